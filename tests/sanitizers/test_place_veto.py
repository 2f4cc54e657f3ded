"""Span tables for round 4 (issue 12d): a run of Title-case words that the English word
list lacks, which NER calls a place as a whole, is still a name unless words that lead to a
place come before it ("in", "near", "flew to") or an address number does; near-misses
keep the veto."""

from __future__ import annotations

import re

import pytest
from conftest import found

from sanitizers import Sanitizer
from sanitizers.names import dictionary
from sanitizers.nlp import model_path
from sanitizers.person import name_shapes

WORDS = dictionary(str(model_path("en_core_web_sm")))

# text, the run NER called a place, expected PERSON spans of name_shapes
SHAPES: list[tuple[str, str, set[str]]] = [
    ("Zanele Mthembu merged the fix.", "Zanele Mthembu", {"Zanele Mthembu"}),
    ("Thanks, Nkosana Dlamini, for the release.", "Nkosana Dlamini", {"Nkosana Dlamini"}),
    ("Thanks to Gulnara Aliyeva for the fix.", "Gulnara Aliyeva", {"Gulnara Aliyeva"}),
    # near-misses: a place lead before the run keeps the veto
    ("Our office in Buenos Aires merged the fix.", "Buenos Aires", set()),
    ("We spent the summer near Nizhny Novgorod.", "Nizhny Novgorod", set()),
    ("She flew to Puerto Vallarta.", "Puerto Vallarta", set()),
    ("Apartment 12, Villanueva Perales", "Villanueva Perales", set()),
    ("We visited Nizhny Novgorod.", "Nizhny Novgorod", set()),
]


@pytest.mark.parametrize(("text", "place", "expected"), SHAPES)
def test_place_veto_needs_a_place_lead(text: str, place: str, expected: set[str]) -> None:
    m = re.search(re.escape(place), text)
    assert m is not None
    spans = name_shapes(text, WORDS, [m.span()], [m.span()])
    assert {text[a:b] for a, b, _, _ in spans} == expected


# the whole sanitizer: places after a place lead stay
TABLE: list[tuple[str, set[tuple[str, str]]]] = [
    ("I grew up in Buenos Aires and moved away.", set()),
    ("The conference is in Nizhny Novgorod this year.", set()),
]


@pytest.mark.parametrize(("text", "expected"), TABLE)
def test_span_table(sanitizer: Sanitizer, text: str, expected: set[tuple[str, str]]) -> None:
    assert found(sanitizer, text) == expected


# text, the run NER called an organization (in a prose sentence), expected PERSON spans:
# an English first name and a surname the word list lacks is a name (sanitizer 1.6.0)
ORGS: list[tuple[str, str, set[str]]] = [
    ("I had a call with Grace Kowalczyk today.", "Grace Kowalczyk", {"Grace Kowalczyk"}),
    ("Invoice approved by Victor Oyelaran.", "Victor Oyelaran", {"Victor Oyelaran"}),
    # near-misses: the organization is larger than the run, or the last word is English
    ("She joined Grace Kowalczyk Partners.", "Grace Kowalczyk Partners", set()),
    ("She works at Globex Corporation.", "Globex Corporation", set()),
]


@pytest.mark.parametrize(("text", "org", "expected"), ORGS)
def test_org_veto_spares_an_english_first_name(text: str, org: str, expected: set[str]) -> None:
    m = re.search(re.escape(org), text)
    assert m is not None
    spans = name_shapes(text, WORDS, [], [m.span()], weak=frozenset([m.span()]))
    assert {text[a:b] for a, b, _, _ in spans} == expected
