"""The rows of SQL that a text pastes, cell by cell under the column list that names them:
the values of an INSERT and the rows a SELECT printed.

    INSERT INTO клиенты (фио, email, телефон, дата_рождения, адрес) VALUES
    ('Екатерина Смирнова', 'ekaterina94@mail.ru', '+7 495 711-57-16', '1966-01-22', ...),

    SELECT id, jmeno, datum_narozeni FROM klienti WHERE ...;
      836 | Petr Novotný | 1952-11-15

`sql_rows` gives each row's cells with their column names; a row counts only when it has
as many cells as the column list, and the first that does not ends the rows. A column
named for a birth date, a licence, a passport or a password types its cells the way a
table's heading does (`sql_values`); fields.py reads the personal columns (names, e-mail
addresses, phones) by its own keys.
"""

from __future__ import annotations

from collections.abc import Iterator

from sanitizers.columns import cell_spans, kind_of, typed_values
from sanitizers.recognizers import Finding
from sanitizers.tries import compiled

_INSERT = compiled(r"(?i)\binsert\s+into\s+[^\s(]{1,80}\s*\(([^()]{1,600})\)\s*values\s*")
_SELECT = compiled(r"(?i)\bselect\s+((?:[\w.\"`]+[ \t]*,[ \t]*){1,40}[\w.\"`]+)\s+from\b[^\n]*")
_RULE = compiled(r"[ \t]*[-+| \t]*-{3,}[-+| \t]*$")
_QUOTES = " \t\"'`"
MAX_ROWS = 500
Row = tuple[list[str], list[tuple[int, int]]]  # column names, (start, end) of each cell


def sql_rows(text: str) -> Iterator[Row]:
    """Each row of the INSERTs and SELECTs in `text` with its column names (see above)."""
    lowered = text.lower()
    if "insert" not in lowered and "select" not in lowered:
        return
    for m in _INSERT.finditer(text):
        yield from _inserted(text, m.end(), _names(m.group(1)))
    for m in _SELECT.finditer(text):
        yield from _printed(text, m.end(), _names(m.group(1)))


def sql_values(text: str) -> list[Finding]:
    """Findings for the SQL columns typed as birth dates, licences, passports, passwords."""
    out: list[Finding] = []
    for columns, cells in sql_rows(text):
        for name, (a, b) in zip(columns, cells, strict=True):
            if (etype := kind_of(name)) is not None and a < b:
                out.extend(typed_values(etype, text, a, b))
    return out


def _names(columns: str) -> list[str]:
    return [c.strip(_QUOTES + "[]") for c in columns.split(",")]


def _inserted(text: str, pos: int, columns: list[str]) -> Iterator[Row]:
    for _ in range(MAX_ROWS):
        while pos < len(text) and text[pos] in " \t\r\n,":
            pos += 1
        if pos >= len(text) or text[pos] != "(":
            return
        end = _closing(text, pos)
        if end < 0:
            return
        cells = _tuple_cells(text, pos + 1, end)
        if len(cells) != len(columns):
            return
        yield columns, [_unquoted(text, a, b) for a, b in cells]
        pos = end + 1


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


def _printed(text: str, pos: int, columns: list[str]) -> Iterator[Row]:
    """The rows a SELECT printed below it, psql's way: cells split by pipes."""
    newline = text.find("\n", pos)
    if newline < 0:
        return  # nothing printed below the query
    pos = newline + 1
    lines = text[pos:].split("\n")[:MAX_ROWS]
    started, skipped = False, 0
    for line in lines:
        start, pos = pos, pos + len(line) + 1
        if not started and skipped < 3 and (_RULE.match(line) or not _digit(line)):
            skipped += 1
            continue  # the header psql prints and its rule
        inner = line.strip().strip("|")
        offset = start + line.index(inner) if inner else start
        spans = cell_spans(inner, "|")
        if len(spans) != len(columns):
            return
        started = True
        yield columns, [_unquoted(text, offset + a, offset + b) for a, b in spans]


def _digit(line: str) -> bool:
    return any(c.isdigit() for c in line)


def _unquoted(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in _QUOTES:
        a += 1
    while b > a and text[b - 1] in _QUOTES:
        b -= 1
    return a, b
