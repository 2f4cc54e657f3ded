"""Span table for sanitizer 1.20.0 (the text as a reader sees it has its own table,
test_visible.py).

- A name in capitals inside a line written otherwise (a form's value, a name shouted in
  prose, a list of first names, a signature): one of its words is a first name, and NER
  reads the line with the name in Title case ("They had 6: MILENA, GEORGE, FRANK").

Near-misses: acronyms and English words in capitals ("SSN", "DHCP", "LAN", "BILL TO:"),
"AITA", a heading in capitals with no first name.
"""

from __future__ import annotations

import pytest
from conftest import found, span_cases

from sanitizers import Sanitizer

TABLE: dict[str, list[tuple[str, set[tuple[str, str]]]]] = {
    "a name in capitals": [
        ("ROBERT had given Maureen his address.", {("PERSON", "ROBERT"), ("PERSON", "Maureen")}),
        (
            "They had 6: ALAIN, KIMBERLY, SARAH and Alexis.",
            {
                ("PERSON", "ALAIN, KIMBERLY"),  # (a list's names join, as before)
                ("PERSON", "SARAH"),
                ("PERSON", "Alexis"),
            },
        ),
        ("Please call SOPHIA KOHLER about the lease.", {("PERSON", "SOPHIA KOHLER")}),
    ],
    "near-misses": [
        ("Patient record, SSN and DHCP lease for the office LAN.", set()),
        ("BILL TO: the account on file", set()),
        ("AITA for not inviting my sister?", set()),
        ("EUROPEAN ACCIDENT STATEMENT, page 2", set()),
    ],
}


@pytest.mark.parametrize(("text", "expected"), span_cases(TABLE))
def test_span_table(sanitizer: Sanitizer, text: str, expected: set[tuple[str, str]]) -> None:
    assert found(sanitizer, text) == expected
