"""Typed columns of SQL that a text pastes: the values of an INSERT's rows and the rows a
SELECT printed, by the column list that names them.

    INSERT INTO клиенты (фио, email, телефон, дата_рождения, адрес) VALUES
    ('Екатерина Смирнова', 'ekaterina94@mail.ru', '+7 495 711-57-16', '1966-01-22', ...),

    SELECT id, jmeno, datum_narozeni FROM klienti WHERE ...;
      836 | Petr Novotný | 1952-11-15

A column named for a birth date, a licence, a passport or a password types its cells the
way a table's heading does (`columns.kind_of`, `columns.typed_values`). A row counts only
when it has as many cells as the column list; the first that does not ends the rows.
"""

from __future__ import annotations

from sanitizers.columns import cell_spans, kind_of, typed_values
from sanitizers.recognizers import Finding
from sanitizers.tries import compiled

_INSERT = compiled(r"(?i)\binsert\s+into\s+[^\s(]{1,80}\s*\(([^()]{1,600})\)\s*values\s*")
_SELECT = compiled(r"(?i)\bselect\s+((?:[\w.\"`]+[ \t]*,[ \t]*){1,40}[\w.\"`]+)\s+from\b[^\n]*")
_RULE = compiled(r"[ \t]*[-+| \t]*-{3,}[-+| \t]*$")
_QUOTES = " \t\"'`"
MAX_ROWS = 500


def sql_values(text: str) -> list[Finding]:
    """Findings for the typed columns of the INSERTs and SELECTs in `text`."""
    lowered = text.lower()
    if "insert" not in lowered and "select" not in lowered:
        return []
    out: list[Finding] = []
    for m in _INSERT.finditer(text):
        kinds = _kinds(m.group(1))
        if kinds:
            out.extend(_inserted(text, m.end(), len(m.group(1).split(",")), kinds))
    for m in _SELECT.finditer(text):
        kinds = _kinds(m.group(1))
        if kinds:
            out.extend(_printed(text, m.end(), len(m.group(1).split(",")), kinds))
    return out


def _kinds(columns: str) -> dict[int, str]:
    names = (c.strip(_QUOTES + "[]") for c in columns.split(","))
    return {k: etype for k, name in enumerate(names) if (etype := kind_of(name)) is not None}


def _inserted(text: str, pos: int, width: int, kinds: dict[int, str]) -> list[Finding]:
    out: list[Finding] = []
    for _ in range(MAX_ROWS):
        while pos < len(text) and text[pos] in " \t\r\n,":
            pos += 1
        if pos >= len(text) or text[pos] != "(":
            break
        end = _closing(text, pos)
        if end < 0:
            break
        cells = _tuple_cells(text, pos + 1, end)
        if len(cells) != width:
            break
        for k, etype in kinds.items():
            out.extend(_typed(text, *cells[k], etype))
        pos = end + 1
    return out


def _closing(text: str, pos: int) -> int:
    """The index of the parenthesis that closes the one at `pos` (quotes respected)."""
    depth, quoted = 0, False
    for i in range(pos, min(len(text), pos + 4000)):
        c = text[i]
        if c == "'":
            quoted = not quoted
        elif not quoted and c == "(":
            depth += 1
        elif not quoted and c == ")":
            depth -= 1
            if depth == 0:
                return i
    return -1


def _tuple_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    cells, depth, quoted, cell = [], 0, False, start
    for i in range(start, end):
        c = text[i]
        if c == "'":
            quoted = not quoted
        elif not quoted and c in "()":
            depth += 1 if c == "(" else -1
        elif not quoted and depth == 0 and c == ",":
            cells.append((cell, i))
            cell = i + 1
    return [*cells, (cell, end)]


def _printed(text: str, pos: int, width: int, kinds: dict[int, str]) -> list[Finding]:
    """The rows a SELECT printed below it, psql's way: cells split by pipes."""
    out: list[Finding] = []
    lines = text[pos:].split("\n")[1 : MAX_ROWS + 1]
    pos = text.index("\n", pos) + 1 if "\n" in text[pos:] else len(text)
    started, skipped = False, 0
    for line in lines:
        start, pos = pos, pos + len(line) + 1
        if not started and skipped < 3 and (_RULE.match(line) or not _digit(line)):
            skipped += 1
            continue  # the header psql prints and its rule
        inner = line.strip().strip("|")
        offset = start + line.index(inner) if inner else start
        spans = cell_spans(inner, "|")
        if len(spans) != width:
            break
        started = True
        for k, etype in kinds.items():
            out.extend(_typed(text, offset + spans[k][0], offset + spans[k][1], etype))
    return out


def _digit(line: str) -> bool:
    return any(c.isdigit() for c in line)


def _typed(text: str, a: int, b: int, etype: str) -> list[Finding]:
    while a < b and text[a] in _QUOTES:
        a += 1
    while b > a and text[b - 1] in _QUOTES:
        b -= 1
    return typed_values(etype, text, a, b) if a < b else []
