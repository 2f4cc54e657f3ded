"""Values in tables and SQL rows, found by their column: the cells under a header that
names a personal column (CSV, TSV, Markdown: `full_name,email,phone`), the values of an
`INSERT INTO t (name, phone) VALUES (...)` under their columns, and the rows of a table of
versions (where a dotted quad is a version, not an IP address).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sanitizers.recognizers import Finding
from sanitizers.sql_columns import sql_rows
from sanitizers.tries import compiled

if TYPE_CHECKING:
    from sanitizers.fields import Fields

# a table header that announces versions, and none that announces addresses
_VERSION_HEADER = compiled(
    r"(?i:\bversions?\b|\bver\b|\brelease\b|\blatest\b|\binstalled\b|\bwanted\b)"
)
_ADDRESS_HEADER = compiled(
    r"(?i:\b(?:ip|ips|ipv4|addr|address|host|hostname|client|peer|src|dst)\b)"
)
_COLUMNS = compiled(r"[|\t,;]|[ ]{2}")

# a date, also one an unquoted CSV row cut at its comma ("December 5, 1983")
DATE = compiled(
    r"^(?:\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|\d{1,2}(?:st|nd|rd|th)?[ -]?(?:of )?[A-Za-z]{3,9}\.?,?"
    r"[ -]\d{4}|[A-Za-z]{3,9}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4})$"
)
# the same with a log's time after it, for the cut ("September 24, 2022 08:14:02")
_STAMPED = compiled(DATE.pattern[:-1] + r"(?:[ T]\d{1,2}:\d{2}(?::\d{2})?(?:[ ]?[AaPp][Mm])?)?$")
# a surname column (last_name, Nachname, apellido...): the table lists people
_SURNAME = compiled(
    r"(?i)(?:last|sur|family)[_ -]?name|^surname$|apellid|nachname|familienname|achternaam|"
    r"nazwisko|efternavn|etternavn|efternamn|sukunimi|p[rř][ií]jmen|soyad|vezet[eé]k|prezime|"
    r"cognome|sobrenome|nom[_ -]de[_ -]famille"
)

# a header cell that names a name part by itself, in a header of personal columns
# columns that only a table of people has: its generic "name" column is a person's
PERSONAL_COLUMN = compiled(
    r"(?i)^(?:e-?mail(?:[_ -]?address)?|mail|correo|courriel|ssn|sin|iban|dob|d\.o\.b|"
    r"date[_ -]of[_ -]birth|birth[_ -]?date|codice[_ -]fiscale|cpf|dni|nif|nie|pesel|bsn|"
    r"passport(?:[_ -](?:no|number))?|phone|telefon[eo]?|tel[eé]fono|t[eé]l[eé]phone|mobile)$"
)
_BARE_NAME = compiled(r"(?i:first|last|given|family|middle|surname|forename|firstname|lastname)")
# the two sides of an amount's thousands separator ("$13" and "346.99")
_AMOUNT_HEAD = compiled(r"[ ]*[$€£¥₹]?[ ]?-?\d{1,3}")
_AMOUNT_TAIL = compiled(r"\d{3}(?:[.]\d{1,2})?[ ]?(?:[$€£¥₹]|[A-Z]{3})?[ ]*")
# a name part of a "Surname, Given" cell cut at its comma ("dos Santos", "Mei Ling")
_SPLIT_NAME = compiled(r"(?:[a-z]{1,3}[ ])*[^\W\d_a-z][^\W\d_A-Z]+(?:[ -][^\W\d_a-z][^\W\d_A-Z]+)?")
# a JSON string opened on the header's line and left open there (a table pasted into a
# request body: `{"messages": [{"role": "user", "content": "order_id,first_name,...`, its
# rows on the next escaped lines): the header is the string, not the request's own keys
# (`"role": "user",` closes its string and is no header)
_JSON_OPEN = compiled(r'(?<!\\)"[ ]?:[ ]?"(?=(?:[^"\\]|\\.)*$)')


def table_cells(fields: Fields, text: str) -> list[Finding]:
    """Cells under a header that names a personal column (CSV, TSV, Markdown)."""
    out: list[Finding] = []
    if "\n" not in text or not ("," in text or "|" in text or "\t" in text or ";" in text):
        return out
    columns: dict[int, tuple[str, str]] = {}
    sep = ""
    width = 0
    pos = 0
    rows = False  # a row of one-word cells was seen in this block: no header can follow it
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if not line.strip():
            columns, rows = {}, False
            continue
        if '\\"' in line:  # a CSV inside a JSON string quotes its cells with \" (same length)
            line = line.replace('\\"', ' "')
        if not columns:
            if rows:
                continue  # "tool,version\ndiscord,4.9": a value is no header
            if '":' in line and (opened := _JSON_OPEN.search(line)):
                line = line[opened.end() :]
            sep = next((s for s in ("|", "\t", ",", ";") if line.count(s) >= 1), "")
            filled = [c for c in line.split(sep) if c.strip()] if sep else []
            rows = len(filled) >= 2 and all(len(c.split()) == 1 for c in filled)
            cells = [c.strip().strip("\"'").lower() for c in line.split(sep)] if sep else []
            bare = [i for i, c in enumerate(cells) if _BARE_NAME.fullmatch(c)]
            # (a cell that is a key by itself: searching the line for every key first cost
            # more than looking up its few cells)
            keyed = {i: k for i, c in enumerate(cells) if (k := fields.kind(c))}
            if keyed or len(bare) >= 2:  # "first","last","street": people's names
                columns = keyed | {i: ("PERSON", "titled_person") for i in bare if i not in keyed}
                # a table of people: its generic "name" column is their (first) name; with
                # only their e-mail, phone or birth date beside it, a capitalized one
                surname = any(_SURNAME.search(c) for c in cells)
                if surname or any(PERSONAL_COLUMN.match(c) for c in cells):
                    strong = "person" if surname else "titled_person"
                    columns = {
                        i: (e, strong if r == "weak_person" else r) for i, (e, r) in columns.items()
                    }
                width = len(cells)
            continue
        at = start
        row = line.split(sep)
        if sep in ",;" and '"' in line and len(row) > width:
            row = _quoted_cells(line, sep)  # "Venkatesan, Bharathi" is one cell
        if sep == "," and len(row) > width:
            row = _join_split_dates(row)
        if sep == "," and len(row) > width:
            row = _join_split_amounts(row, len(row) - width)  # "$13,346.99"
        if sep == "," and len(row) == width + 1:
            row = _join_split_name(row, columns)  # "1,Bühler, Lea,38/49503"
        for i, cell in enumerate(row):
            kind = columns.get(i)
            value = cell.strip().strip("\"'").strip()
            # "Juma, Mutuku" in a semicolon CSV or a quoted cell
            if kind is not None and value and fields.accepts(kind[1], value.replace(",", "")):
                s = at + cell.index(value)
                out.append((s, s + len(value), kind[0], 0.8))
            at += len(cell) + len(sep)
    return out


def insert_values(fields: Fields, text: str) -> list[Finding]:
    """The cells of SQL rows (an INSERT's values, a SELECT's printed rows) under personal
    columns (see sql_columns.py)."""
    out: list[Finding] = []
    for columns, cells in sql_rows(text):
        for name, (a, b) in zip(columns, cells, strict=True):
            kind = fields.kind(name.lower())
            if kind is not None and a < b and fields.accepts(kind[1], text[a:b]):
                out.append((a, b, kind[0], 0.8))
    return out


def _quoted_cells(line: str, sep: str) -> list[str]:
    """The cells of a CSV row whose quoted cells may hold the separator (raw text, quotes
    kept, so their lengths add up to the line's)."""
    cell = compiled(rf'[ ]*"(?:[^"]|"")*"[ ]*(?={re.escape(sep)}|$)|[^{re.escape(sep)}]*')
    out: list[str] = []
    pos = 0
    while pos <= len(line):
        m = cell.match(line, pos)
        out.append(m.group() if m else "")
        pos += len(out[-1]) + len(sep)
    return out


def _join_split_amounts(cells: list[str], extra: int) -> list[str]:
    """The cells of an unquoted CSV row with the thousands separators of up to `extra`
    amounts put back ("$13,346.99" was cut into "$13" and "346.99")."""
    out: list[str] = []
    for cell in cells:
        if extra and out and _AMOUNT_HEAD.fullmatch(out[-1]) and _AMOUNT_TAIL.fullmatch(cell):
            out[-1] += "," + cell
            extra -= 1
        else:
            out.append(cell)
    return out


def _join_split_name(cells: list[str], columns: dict[int, tuple[str, str]]) -> list[str]:
    """The cells of an unquoted CSV row with the comma of a "Surname, Given" name put back,
    in a table's one name column, when its cell and the next are Title-case words ("Bühler,
    Lea"; a first and a last name column hold no such name)."""
    names = [i for i, (entity, _) in columns.items() if entity == "PERSON"]
    i = names[0] if len(names) == 1 else len(cells)
    pair = cells[i : i + 2]
    if len(pair) == 2 and all(_SPLIT_NAME.fullmatch(c.strip()) for c in pair):
        return [*cells[:i], ",".join(pair), *cells[i + 2 :]]
    return cells


def _join_split_dates(cells: list[str]) -> list[str]:
    """Cells of an unquoted CSV row with the commas of dates put back ("December 5, 1983"
    was cut into "December 5" and " 1983")."""
    out: list[str] = []
    i = 0
    while i < len(cells):
        joined = ",".join(cells[i : i + 2])
        cut = i + 1 < len(cells) and not DATE.match(cells[i].strip())
        if cut and _STAMPED.match(joined.strip()):
            out.append(joined)
            i += 2
        else:
            out.append(cells[i])
            i += 1
    return out


def version_rows(text: str) -> list[tuple[int, int]]:
    """Spans of the rows under a table header that names a version column ("| package |
    version |", "tool,version", pip's "Package  Version  Latest"), up to the next blank
    line: a dotted quad there is a version, not an IP address."""
    out: list[tuple[int, int]] = []
    if "\n" not in text:
        return out
    header = False
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if not line.strip():
            header = False
        elif header:
            out.append((start, start + len(line)))
        elif _COLUMNS.search(line.strip()) and _VERSION_HEADER.search(line):
            header = _ADDRESS_HEADER.search(line) is None
    return out


def versions_kept(text: str, found: list[Finding]) -> list[Finding]:
    """Drop IP findings in the rows of a table of versions (a dotted quad there is one)."""
    if not any(f[2] == "IP_ADDRESS" for f in found):
        return found
    rows = version_rows(text)
    if not rows:
        return found
    return [
        f
        for f in found
        if f[2] != "IP_ADDRESS" or not any(a <= f[0] and f[1] <= b for a, b in rows)
    ]
