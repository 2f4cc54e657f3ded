"""Span table for sanitizer 1.30.0.

- A lowercase first name in a line of another language counts from the name list's
  frequency 5 ("ei annamaria, voce viu o email do riccardo?", "kya haal hai dario?"; it was
  8), unless another language uses it as a common word (`common_abroad.txt`, from
  wordfreq's lists: "domingo", "novo", "sinh", "dato", "yung").
"""

from __future__ import annotations

import pytest
from conftest import found, span_cases

from sanitizers import Sanitizer

TABLE: dict[str, list[tuple[str, set[tuple[str, str]]]]] = {
    "a lowercase first name in a line of another language, not a common word there": [
        (
            "ei annamaria, voce viu o email do riccardo?",
            {("PERSON", "annamaria"), ("PERSON", "riccardo")},
        ),
        ("kya haal hai dario? kal milte hain", {("PERSON", "dario")}),
        ("el lunes hablo con guillermo y te aviso", {("PERSON", "guillermo")}),
        ("minha chefe me mandou mensagem às 23h de novo", set()),
        ("viết giúp mình tin nhắn chúc mừng sinh nhật chị nhé", set()),
        ("pakisabi mo na yung bayad sa bahay, i-gcash na lang", set()),
    ],
}


@pytest.mark.parametrize(("text", "expected"), span_cases(TABLE))
def test_span_table(sanitizer: Sanitizer, text: str, expected: set[tuple[str, str]]) -> None:
    assert found(sanitizer, text) == expected
