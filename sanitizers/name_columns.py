"""The other cells of a table's column of names: a rota, a roster, a bracket or a log whose
column holds found names, whatever its header says.

    | Mon | Emine Doğan | Ineke, Na, Llinos |
    | Tue | Nuria Jiménez | Liam, Deepika, Siyuan |

A block of three rows or more split by " | " or tabs into the same number of cells (or set
apart by two spaces or more: then its leading cells, those every row has), and
no version number (a Markdown rule line `|---|`, the header row above it and a first row
without a found name do not count) has a column of names
when two of its cells or more, and at least half of its filled cells, hold a found person
or are a listed first name alone.
Its other cells and items are then names too (split by commas, "and" or "&"): one to
three capitalized words (not all in capitals) with no digit or slash, none of them a
common or calendar word ("Nobody", "Monday", "TBD"), and at least one of them a word the
English word list lacks or a listed or census first name ("Iris", "Pau"; not "Kitchen",
"Cancelled").
"""

from __future__ import annotations

from sanitizers.first_names import (
    census_names,
    first_name,
    products_named_like_people,
)
from sanitizers.lexicon import CALENDAR, COMMON_WORDS, known
from sanitizers.recognizers import Finding
from sanitizers.spans import SpanIndex
from sanitizers.tries import compiled

_CELL = compiled(r"[ ]*\|[ ]*|\t")
_RULE = compiled(r"^[ \t|:+-]*-{3,}[ \t|:+-]*$")
_ITEM = compiled(r"[^,;&]+")
_AND = compiled(r"[ ]+and[ ]+")
_WORD = compiled(r"[^\W\d_][^\W\d_'’.-]*(?:['’-][^\W\d_]+)*")
_NAME_WORD = r"[^\W\d_](?:[^\W\d_]|['’.-])*"
_NAME_ITEM = compiled(rf"{_NAME_WORD}(?:[ ]{_NAME_WORD}){{0,2}}")
_VERSION = compiled(r"\bv?\d+\.\d+\.\d+")
SPACED_CELL = compiled(r"\S+(?:[ ]\S+)*")  # a cell of a row set apart by spaces
MIN_ROWS = 3


def name_columns(text: str, found: list[Finding], words: frozenset[str]) -> list[Finding]:
    """PERSON findings for the name items of a table column that holds found names."""
    if "|" not in text and "\t" not in text and "   " not in text:
        return []
    persons = SpanIndex([(s, e) for s, e, t, _ in found if t == "PERSON"])
    out: list[Finding] = []
    for block in _blocks(text):
        if _VERSION.search(text, block[0][0][0], block[-1][-1][1]):
            continue  # a table of components and their versions ("| Kong | 10.3.1 |")
        if not any(_hit(text, a, b, persons, words) for a, b in block[0]) or _heading(text, block):
            block = block[1:]  # a header row ("Student | Parent/guardian | Teacher seen")
        for column in zip(*block, strict=True):
            if not holds_names(text, column, persons, words):
                continue
            for a, b in column:
                out.extend(
                    item
                    for item in name_items(text, a, b, words)
                    if not persons.overlaps(item[0], item[1])
                )
    return out


def _blocks(text: str) -> list[list[list[tuple[int, int]]]]:
    """Runs of rows of the same width: each row a list of its cells' (start, end)."""
    blocks: list[list[list[tuple[int, int]]]] = []
    run: list[list[tuple[int, int]]] = []
    pos = 0
    for line in [*text.split("\n"), ""]:
        start, pos = pos, pos + len(line) + 1
        if _RULE.match(line):
            run = []  # the header above a rule line is no row
            continue
        cells = _cells(line, start)
        spaced = "|" not in line and "\t" not in line
        if run and (len(cells) < 2 or (len(cells) != len(run[0]) and not spaced)):
            if len(run) >= MIN_ROWS:
                blocks.append(_leading(run))
            run = []
        if len(cells) >= 2:
            run.append(cells)
    return blocks


def _heading(text: str, block: list[list[tuple[int, int]]]) -> bool:
    """Whether the block's first row is a heading: no digit in it, digits in the next."""
    first = text[block[0][0][0] : block[0][-1][1]]
    second = text[block[1][0][0] : block[1][-1][1]] if len(block) > 1 else ""
    return not any(c.isdigit() for c in first) and any(c.isdigit() for c in second)


def _leading(run: list[list[tuple[int, int]]]) -> list[list[tuple[int, int]]]:
    """The rows cut to the cells they all have: a list set apart by spaces leaves an empty
    cell out ("Tit" of a rating list), so only its leading columns line up."""
    width = min(len(row) for row in run)
    return [row[:width] for row in run]


def _cells(line: str, start: int) -> list[tuple[int, int]]:
    if "|" not in line and "\t" not in line:
        return _spaced_cells(line, start)
    cells, at = [], 0
    for m in [*_CELL.finditer(line), None]:
        end = m.start() if m is not None else len(line)
        if m is None or m.start() > 0 or m.group().strip() != "|":
            cell = line[at:end]
            lead = len(cell) - len(cell.lstrip())
            cells.append((start + at + lead, start + at + len(cell.rstrip())))
        at = m.end() if m is not None else end
    if line.rstrip().endswith("|") and cells and cells[-1][0] >= cells[-1][1]:
        cells.pop()  # the empty cell after a closing pipe
    return cells if len(cells) >= 2 else []


def _spaced_cells(line: str, start: int) -> list[tuple[int, int]]:
    """The cells of a row set apart by two spaces or more (three cells or more)."""
    cells = [(start + m.start(), start + m.end()) for m in SPACED_CELL.finditer(line)]
    return cells if len(cells) >= 3 else []


def name_items(
    text: str, a: int, b: int, words: frozenset[str], lower: bool = False
) -> list[Finding]:
    """The name items of the cell text[a:b] (see above); with `lower`, also one or two
    lowercase words that are no English words or are listed first names (a tally typed
    in haste: "niall - 942.5 kg" under "Declan - 451.5 kg")."""
    out: list[Finding] = []
    surnames = census_names()[0]
    for part in _ITEM.finditer(text, a, b):
        for piece in _AND.split(part.group()):
            item = piece.strip()
            if not _NAME_ITEM.fullmatch(item) or item.isupper():
                continue  # (in capitals: `given_pairs.capitals`)
            lows = [w.lower() for w in _WORD.findall(item)]
            if not lows or any(w in COMMON_WORDS or w in CALENDAR for w in lows):
                continue
            if lower and item.islower() and len(lows) <= 2:
                if all(not known(w, words) or first_name(w) for w in lows):
                    s = text.index(item, part.start(), part.end())
                    out.append((s, s + len(item), "PERSON", 0.7))
                continue
            if not all(w[0].isupper() for w in item.split()):
                continue
            if not any(not known(w, words) or first_name(w) or w in surnames for w in lows):
                continue
            s = text.index(item, part.start(), part.end())
            out.append((s, s + len(item), "PERSON", 0.7))
    return out


def holds_names(
    text: str, column: tuple[tuple[int, int], ...], persons: SpanIndex, words: frozenset[str]
) -> bool:
    """A column of names: two of its filled cells or more, and at least half of them, hold
    a found person or are a listed first name alone."""
    filled = [(a, b) for a, b in column if b > a]
    hits = sum(_hit(text, a, b, persons, words) for a, b in filled)
    return hits >= 2 and 2 * hits >= len(filled)


def _hit(text: str, a: int, b: int, persons: SpanIndex, words: frozenset[str]) -> bool:
    return persons.overlaps(a, b) or listed_first_name(text[a:b], words)


def listed_first_name(cell: str, words: frozenset[str]) -> bool:
    """A cell that is one listed or census first name in Title case that is no English word
    ("Guadalupe"; not "Austin", "Victoria": towns in a column of stores)."""
    low = cell.lower()
    if not (cell[:1].isupper() and cell[1:].islower()) or known(low, words):
        return False
    if low in products_named_like_people():
        return False  # "Kong", "Luigi"
    return first_name(low)
