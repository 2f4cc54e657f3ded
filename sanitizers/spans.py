"""Found spans searched by bisection: whether a stretch of text overlaps a found span or lies
inside one. A crafted log or list of thousands of lines against thousands of found names
is then no millions of comparisons (`speakers`, `name_columns`, `item_columns`)."""

from __future__ import annotations

import bisect


class SpanIndex:
    """The spans sorted, and merged where they overlap."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for s, e in sorted(spans):
            if merged and s < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        self._starts = [s for s, _ in merged]
        self._ends = [e for _, e in merged]

    def __bool__(self) -> bool:
        return bool(self._starts)

    def inside(self, a: int, b: int) -> bool:
        """text[a:b] lies inside one span."""
        i = bisect.bisect_right(self._starts, a) - 1
        return i >= 0 and self._ends[i] >= b

    def overlaps(self, a: int, b: int) -> bool:
        """text[a:b] shares a character with a span (of a span that starts before b, the
        last one reaches furthest: merged spans are disjoint and sorted)."""
        i = bisect.bisect_left(self._starts, b) - 1
        return i >= 0 and self._ends[i] > a
