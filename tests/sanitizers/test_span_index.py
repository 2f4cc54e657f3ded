"""The found-span index (`sanitizers/spans.py`) answers as a scan over every span would."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from sanitizers.spans import SpanIndex

SPAN = st.tuples(st.integers(0, 60), st.integers(1, 12)).map(lambda p: (p[0], p[0] + p[1]))


@given(st.lists(SPAN, max_size=12), SPAN)
def test_overlaps_and_inside_agree_with_a_scan(
    spans: list[tuple[int, int]], ask: tuple[int, int]
) -> None:
    a, b = ask
    index = SpanIndex(spans)
    assert index.overlaps(a, b) == any(s < b and a < e for s, e in spans)
    covered = {i for s, e in spans for i in range(s, e)}  # overlapping spans are one
    touching = any(e == s2 for s, e in spans for s2, _ in spans)
    if not touching:  # (spans that only touch stay two: a stretch across both is inside neither)
        assert index.inside(a, b) == all(i in covered for i in range(a, b))
    assert bool(index) == bool(spans)
