"""Tables printed with spaces for alignment, as pandas, psql or a terminal prints them:

                 name            phone        city
    0  Moshe Azoulay  07084957170  Abuja

A header with two or more personal columns (fields.py keys: name, phone, email, dob...),
or one that can only hold a person's name ("EmployeeName", "姓名"), names the cells under
it, row by row; a row with one cell more than the header starts with the index. Column
definitions (`email  CITEXT UNIQUE,`) have fewer than three cells and are no header.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sanitizers.recognizers import Finding
from sanitizers.tables import PERSONAL_COLUMN
from sanitizers.tries import compiled

if TYPE_CHECKING:
    from sanitizers.fields import Fields


# a cell of a table aligned with runs of spaces (one space, or an ideographic one, inside)
_SPACED = compiled("\\S+(?:[ \u3000]\\S+)*")


def spaced_cells(fields: Fields, text: str) -> list[Finding]:
    """Cells of a table aligned with spaces under a header that names a personal column, as
    pandas, psql or a terminal print it ("   name   phone   city" / "0  Ana Lima
    07084957170  Abuja"); a row with one cell more than its header starts with the index."""
    out: list[Finding] = []
    if "  " not in text:
        return out
    columns: dict[int, tuple[str, str]] = {}
    width = 0
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        cells = [
            (m.start(), m.group())
            for m in _SPACED.finditer(line)
            if m.start() == 0 or line[m.start() - 2 : m.start()] == "  "
        ]
        if len(cells) < 2 or "  " not in line.strip():
            columns = {} if not line.strip() else columns
            continue
        if not columns:
            kinds = {i: fields.kind(c.lower()) for i, (_, c) in enumerate(cells)}
            columns = {i: k for i, k in kinds.items() if k is not None}
            strong = any(r == "person" for _, r in columns.values())  # "EmployeeName"
            if len(cells) < 3 or len(columns) < (1 if strong else 2):  # not "email  TEXT"
                columns = {}
                continue
            people = any(e != "PERSON" for e, _ in columns.values()) or any(
                PERSONAL_COLUMN.match(c.lower()) for _, c in cells
            )  # beside a phone, e-mail or birth date column, "name" is a person's
            columns = {
                i: (e, "titled_person" if people and r == "weak_person" else r)
                for i, (e, r) in columns.items()
            }
            width = len(cells)
            continue
        shift = 1 if len(cells) == width + 1 else 0
        if len(cells) - shift != width:
            continue
        for i, kind in columns.items():
            at, value = cells[i + shift]
            if fields.accepts(kind[1], value):
                out.append((start + at, start + at + len(value), kind[0], 0.8))
    return out


# an addressee in capitals on the line above a street address, as labels, envelopes and
# pharmacy labels print it ("SHIP TO:\nKAVYA KULKARNI\nFlat 661, ...", "BONGANI NDLOVU\n170
# JAN SMUTS AVENUE")
_LABEL_NAME = compiled(
    r"(?m)^[ \t]*([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+(?:[ ][A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]*){1,2})[ \t]*\n"
    r"[ \t]*(?:\d{1,5}[A-Za-z]?[ ,]+[A-Za-z]|(?i:flat|apt|apartment|unit|suite|house|no\.?)[ ]?\d)"
)


def label_names(text: str, words: frozenset[str]) -> list[Finding]:
    """PERSON findings for a name in capitals on the line above a street address: two or
    three words, one of them at least no English word ("CUSTOMER SERVICE" stays)."""
    out: list[Finding] = []
    for m in _LABEL_NAME.finditer(text):
        parts = [p.strip(".") for p in m.group(1).split()]
        if all(len(p) >= 2 for p in parts) and not all(p.lower() in words for p in parts):
            out.append((m.start(1), m.end(1), "PERSON", 0.75))
    return out
