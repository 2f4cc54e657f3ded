"""Span table for sanitizer 1.18.0.

- A date under a birth key is judged by the value alone, never by today's date: the same
  text is sanitized the same way on every run (a date still to come, an expected birth, is
  taken; a month that no calendar has is not).

Near-misses: an impossible month under a birth key, a date under a key that names no birth."""

from __future__ import annotations

import pytest
from conftest import found, span_cases

from sanitizers import Sanitizer

INCLUDES: dict[str, list[tuple[str, set[tuple[str, str]]]]] = {
    "birth dates judged by their value alone": [
        ('{"dob": "2091-03-14", "plan": "gold"}', {("DATE_OF_BIRTH", "2091-03-14")}),
        ("expected_birth_date = 20990612", {("DATE_OF_BIRTH", "20990612")}),
        ("出生日期：2098年1月5日", {("DATE_OF_BIRTH", "2098年1月5日")}),
    ],
}

TABLE: dict[str, list[tuple[str, set[tuple[str, str]]]]] = {
    "no calendar's day, no birth key": [
        ("expected_birth_date = 20991332", set()),
        ('{"renewal_date": "2091-03-14"}', set()),
    ],
}


@pytest.mark.parametrize(("text", "expected"), span_cases(INCLUDES))
def test_span_includes(sanitizer: Sanitizer, text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= found(sanitizer, text)


@pytest.mark.parametrize(("text", "expected"), span_cases(TABLE))
def test_span_table(sanitizer: Sanitizer, text: str, expected: set[tuple[str, str]]) -> None:
    assert found(sanitizer, text) == expected
