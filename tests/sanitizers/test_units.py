"""Units keep exact offsets; overlap resolution is deterministic."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from sanitizers.analysis import resolve
from sanitizers.units import sentences, split_units

TEXT = st.text(alphabet=st.sampled_from(list("ab .!?\n\tDrP.O5 A\\n")), max_size=300)


@settings(max_examples=300, deadline=None)
@given(TEXT, st.integers(min_value=4, max_value=50))
def test_units_are_exact_slices(text: str, limit: int) -> None:
    last = -1
    for offset, unit in split_units(text, limit):
        assert text[offset : offset + len(unit)] == unit
        assert 0 < len(unit) <= limit and "\n" not in unit
        assert offset > last
        last = offset


def test_sentence_cuts_skip_abbreviations() -> None:
    line = "Ask Dr. Smith. He lives at P.O. Box 17, Main St. Springfield! J. R. R. Tolkien wrote."
    assert [s for _, s in sentences(line)] == [
        "Ask Dr. Smith.",
        "He lives at P.O. Box 17, Main St. Springfield!",
        "J. R. R. Tolkien wrote.",
    ]


def test_overlaps_merge_deterministically() -> None:
    findings = [
        (0, 10, "PERSON", 0.85),
        (5, 20, "EMAIL_ADDRESS", 1.0),
        (25, 30, "PHONE_NUMBER", 0.6),
        (25, 30, "US_SSN", 0.6),
    ]
    results = {tuple(resolve(list(p))) for p in itertools.permutations(findings)}
    assert results == {((0, 20, "EMAIL_ADDRESS", 1.0), (25, 30, "US_SSN", 0.6))}
