"""Alternations written as tries (sanitizers/tries.py) match exactly what they replace."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sanitizers.tries import compact

# A spec table: the pattern as written, and as the sanitizer compiles it.
CASES = [
    (
        "(?i:rue|avenue|av|avda|avenida|boulevard|bd|chemin)",
        "(?i:rue|av(?:enue||da|enida)|b(?:oulevard|d)|chemin)",
    ),
    # an alternative ending where another goes on keeps its place ("ab" before "a")
    ("(?:ab|a|abc|b|bd|be|c)", "(?:a(?:b||bc)|b(?:|d|e)|c)"),
    # shared openings are written once
    ("(?:please find|please see|pls|x|y|z)", "(?:pl(?:ease (?:find|see)|s)|x|y|z)"),
    # a quantified or non-literal alternative: nothing moves across it
    ("(?:a+|ab|ac|ad|ae|af|ag)", "(?:a+|a(?:b|c|d|e|f|g))"),
    ("(?:x|\\w+|xa|xb|xc|xd|xe)", "(?:x|\\w+|x(?:a|b|c|d|e))"),
    # left alone: fewer than six alternatives, a capturing group, a lookbehind
    ("(?:ab|ac|ad)", "(?:ab|ac|ad)"),
    ("(?:a(x)|b|c|d|e|f|g)", "(?:a(x)|b|c|d|e|f|g)"),
    ("(?<=ab|ac|ad|ae|af|ag)x", "(?<=ab|ac|ad|ae|af|ag)x"),
    # the pattern's own alternation too, after its global flags
    ("ab|ac|ad|ae|af|ag", "a(?:b|c|d|e|f|g)"),
    ("(?i)rue|avenue|av|avda|avenida|chemin", "(?i)rue|av(?:enue||da|enida)|chemin"),
    ("x(?<!y)|xa|xb|xc|xd|xe", "x(?:(?<!y)|a|b|c|d|e)"),  # a lookbehind keeps its place
    # classes and escapes are single atoms
    ("[(|)]|(?:a\\.b|a\\.c|[ab]|ad|ae|af)", "[(|)]|(?:a\\.(?:b|c)|[ab]|a(?:d|e|f))"),
]


@pytest.mark.parametrize(("pattern", "expected"), CASES)
def test_compact_table(pattern: str, expected: str) -> None:
    assert compact(pattern) == expected


ATOMS = ["a", "b", "A", "B", " ", "\\.", "-", "[ab]", "a+", "b?", "\\w", "(?:a|bb)", "é", "É"]
alternative = st.lists(st.sampled_from(ATOMS), min_size=0, max_size=4).map("".join)
texts = st.text(alphabet="abAB .-éÉx", max_size=30)


@settings(max_examples=400, deadline=None)
@given(
    alternatives=st.lists(alternative, min_size=6, max_size=14),
    before=st.sampled_from(["", "x", "(?<![ab])", "\\b"]),
    after=st.sampled_from(["", "x", "(?![ab])", "[ab.]*", " "]),
    ignorecase=st.booleans(),
    scoped=st.booleans(),
    text=texts,
)
def test_compact_matches_the_same(
    alternatives: list[str], before: str, after: str, ignorecase: bool, scoped: bool, text: str
) -> None:
    """Same matches, spans and chosen alternative (the group's span) on any text."""
    body = "|".join(alternatives)
    inner = f"(?i:{body})" if scoped else f"(?:{body})"
    pattern = f"{before}({inner}){after}"
    flags = re.IGNORECASE if ignorecase else 0
    rewritten = compact(pattern, ignorecase)
    expected = [(m.span(), m.span(1)) for m in re.finditer(pattern, text, flags)]
    assert [(m.span(), m.span(1)) for m in re.finditer(rewritten, text, flags)] == expected


@settings(max_examples=300, deadline=None)
@given(
    alternatives=st.lists(alternative, min_size=6, max_size=14),
    before=st.sampled_from(["", "x", "(?<![ab])", "\\b"]),
    ignorecase=st.booleans(),
    text=texts,
)
def test_compact_pattern_alternation_matches_the_same(
    alternatives: list[str], before: str, ignorecase: bool, text: str
) -> None:
    """A pattern that is itself an alternation (no group around it): same matches."""
    pattern = before + "|".join(alternatives)
    flags = re.IGNORECASE if ignorecase else 0
    rewritten = compact(pattern, ignorecase)
    expected = [m.span() for m in re.finditer(pattern, text, flags)]
    assert [m.span() for m in re.finditer(rewritten, text, flags)] == expected
