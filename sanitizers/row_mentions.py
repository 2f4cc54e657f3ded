"""A found person's name written again, shorter, in another cell of the same table row, and
a call-up list's surnames with their shirt numbers:

    | 27 | L. PINTO LOPES | Leonor Pinto Lopes | DF |     (a squad list's shirt name)
    | 18 | 오 | 오서준 | DF |    | 8 | 清水 | 清水真由美 |     (a surname alone)
    Sumaiya Islam | shirt name: ISLAM | no. 8
    ACOSTA (20)
    M. NÚÑEZ (6)                                          (three lines or more)

In a row (cells set apart by `|`, a tab or two spaces) that holds a found name, a cell
whose words are the end of that name in any case, after the given name's initial or none
("L. PINTO LOPES", "ISLAM"), or, for a name in Chinese, Japanese or Korean letters, its
first letters ("오", "清水"), is the same person's. A cell may carry its label ("shirt name:
ISLAM").
"""

from __future__ import annotations

import bisect

from sanitizers.recognizers import Finding
from sanitizers.tries import compiled

_ROW = compiled(r"\||\t|\S[ ]{2,}\S")
_CELL = compiled(r"[^|\t]+?(?=[ ]{2,}|[|\t]|$)")
_LABEL = compiled(r"[^\W\d_][\w .'-]{0,20}:[ ]*")
_INITIALS = compiled(r"^(?:[^\W\d_]\.[ -]?)+")
_CJK = compiled("^[\u3400-\u9fff\uac00-\ud7a3\u3040-\u30ff々 ]+$")
_UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"
_CALL_UP = compiled(
    rf"(?m)^[ \t]*((?:[{_UPPER}]\.[ ]?)?[{_UPPER}][{_UPPER}'’-]+(?:[ ][{_UPPER}][{_UPPER}'’-]+)"
    r"{0,3})[ ]\(\d{1,2}\)[ \t]*$"
)
MIN_CALL_UPS = 3  # lines in a row


def row_mentions(view: str, found: list[Finding]) -> list[Finding]:
    """PERSON findings for a found name written again in its row, and call-up lists;
    `view` is the text's `escaped_view` with lines (a table logged in a JSON string)."""
    people = sorted((s, e) for s, e, t, _ in found if t == "PERSON")
    starts = [s for s, _ in people]
    out: list[Finding] = []
    pos = 0
    for line in view.split("\n"):
        end = pos + len(line)
        first, last = bisect.bisect_left(starts, pos), bisect.bisect_right(starts, end)
        names = [(s, e) for s, e in people[first:last] if e <= end]  # (binary search: a
        # text of thousands of rows is read in linear time)
        if names and _ROW.search(line):
            out.extend(_cells(view, pos, line, names))
        pos = end + 1
    return out + _call_ups(view)


def _cells(view: str, pos: int, line: str, names: list[tuple[int, int]]) -> list[Finding]:
    out: list[Finding] = []
    for m in _CELL.finditer(line):
        start, end = pos + m.start(), pos + m.end()
        while start < end and view[start] == " ":
            start += 1
        while end > start and view[end - 1] == " ":
            end -= 1
        label = _LABEL.match(view, start, end)
        start = label.end() if label else start
        if start >= end or any(s <= start and end <= e for s, e in names):
            continue
        cell = view[start:end]
        initials = _INITIALS.match(cell)
        rest = cell[initials.end() if initials else 0 :]
        if any(_shorter(rest, view[s:e]) for s, e in names):
            out.append((start, end, "PERSON", 0.75))
    return out


def _shorter(cell: str, name: str) -> bool:
    """Whether `cell` is `name` written shorter: its last words in any case, or the first
    letters of a name in Chinese, Japanese or Korean letters."""
    if not cell or cell == name:
        return False
    if _CJK.match(name):
        letters = name.replace(" ", "")
        shorter = len(cell) < len(letters) and letters.startswith(cell)
        return shorter and _CJK.match(cell) is not None
    words = name.split()
    if len(cell) < 2 or len(words) < 2:
        return False
    ends = {" ".join(words[k:]).casefold() for k in range(1, len(words))}
    return cell.casefold() in ends


def _call_ups(view: str) -> list[Finding]:
    matches = list(_CALL_UP.finditer(view))
    out: list[Finding] = []
    run: list = []
    for m in [*matches, None]:
        if m is not None and run and view[run[-1].end() : m.start()].strip(" \t\n") == "":
            run.append(m)
            continue
        if len(run) >= MIN_CALL_UPS:
            out.extend((r.start(1), r.end(1), "PERSON", 0.75) for r in run)
        run = [m] if m is not None else []
    return out
