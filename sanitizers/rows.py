"""Names in the rows of a table pasted without its header (a spreadsheet's rows, a CSV
export's body):

    McCarthy	Tadhg	(807) 330-0869	paid	2074.19
    Nováková	Petra	836-327-1815	unpaid	2630.21

A row is a line split by tabs, semicolons or " | " into three cells or more, one of them a
phone number, e-mail address or IBAN found on it. When two rows or more of the same width
hold such a value in the same column, the cells before that column that are one to three
capitalized words (no digits, no common or calendar word: "Paid", "Monday"; not in
capitals: "PM") name the row's person; a surname that is an English word counts there too
("Hill", "Stone"). A table with a header row (a line of the same width without such a
value) is left to the header's column names (tables.py). A first cell written "Surname,
Given" names the person in a row alone too ("Bakker, Jan; translator; +31 20 951 2210";
not a company's "Acme, Inc", nor a town's "Austin, TX").
"""

from __future__ import annotations

from sanitizers.lexicon import CALENDAR, COMMON_WORDS, organization_word
from sanitizers.recognizers import Finding
from sanitizers.tries import compiled

_SPLIT = compiled(r"\t|[ ]?;[ ]?|[ ]\|[ ]")
_NAME_CELL = compiled(r"[A-ZÀ-ÝĀ-Ž][^\W\d_]*(?:['’-][^\W\d_]+)*(?:[ ][A-ZÀ-ÝĀ-Ž][^\W\d_'’-]*){0,2}")
_CONTACT = frozenset(["PHONE_NUMBER", "EMAIL_ADDRESS", "IBAN_CODE"])
# a cell written "Surname, Given", which names its row's person even in a row alone
_SURNAME_GIVEN = compiled(
    r"[A-ZÀ-ÝĀ-Ž][^\W\d_'’-]*(?:['’-][^\W\d_]+)*(?:[ ][A-ZÀ-ÝĀ-Ž][^\W\d_'’-]*){0,2}"
    r",[ ][A-ZÀ-ÝĀ-Ž][a-zß-ÿā-ž'’]+(?:[ -][A-ZÀ-ÝĀ-Ž][a-zß-ÿā-ž'’]+)?"
)
MIN_ROWS = 2


def headerless_rows(text: str, found: list[Finding]) -> list[Finding]:
    """PERSON findings for the name cells of a headerless table's rows (see above)."""
    if "\t" not in text and ";" not in text and " | " not in text:
        return []
    contacts = [(s, e) for s, e, t, _ in found if t in _CONTACT]
    if len(contacts) < MIN_ROWS:
        return []
    out: list[Finding] = []
    rows: dict[tuple[int, int], list[list[tuple[int, str]]]] = {}  # (width, column): rows
    widths: set[int] = set()  # of rows without a contact: a header's
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        cells, at = [], 0
        for m in _SPLIT.finditer(line):
            cells.append((start + at, line[at : m.start()]))
            at = m.end()
        cells.append((start + at, line[at:]))
        if len(cells) < 3:
            continue
        if not any(s < start + len(line) and start <= e for s, e in contacts):
            widths.add(len(cells))  # a header, or a separator ("|---|---|")
            continue
        for i, (a, cell) in enumerate(cells):
            b = a + len(cell.rstrip())
            if cell.strip() and any(
                s <= a + len(cell) - len(cell.lstrip()) and b <= e for s, e in contacts
            ):
                rows.setdefault((len(cells), i), []).append(cells[:i])
                first, value = _trimmed(*cells[0])  # "Bakker, Jan; translator; +31 …"
                if i > 0 and _SURNAME_GIVEN.fullmatch(value) and not _company(value):
                    out.append((first, first + len(value), "PERSON", 0.8))  # (a row alone)
                break
    for (width, _), group in rows.items():
        if len(group) < MIN_ROWS or width in widths:
            continue  # under a header, the columns' names judge the cells (tables.py)
        for before in group:
            for a, cell in before:
                first, value = _trimmed(a, cell)
                if _NAME_CELL.fullmatch(value) and not value.isupper() and not _word(value):
                    out.append((first, first + len(value), "PERSON", 0.8))
    return out


def _trimmed(a: int, cell: str) -> tuple[int, str]:
    """A cell's value without the spaces around it, and where the value starts."""
    return a + len(cell) - len(cell.lstrip()), cell.strip()


def _company(value: str) -> bool:
    """A company's name and its legal form ("Acme, Inc", "Northwind, GmbH")."""
    return organization_word(value.rsplit(" ", 1)[-1])


def _word(value: str) -> bool:
    """A common or calendar word, not a name ("Paid", "Monday", "Total")."""
    low = value.lower()
    return low in COMMON_WORDS or low in CALENDAR
