"""Document numbers, dates of birth and passwords in a table's column or a list under its
heading, where the word that says what they are is lines away from them (and the bare
SSNs of a list of SSNs, `listed_ssns`):

    licence_no;state;expiry;points          fleet drivers, just licences:
    14804017;NSW;2018-03-13;0               - MA - S87294984
    857085278;VIC;2017-05-04;3              - PA / 80 809 325

A header row (comma, semicolon, tab or pipe separated) names its columns; a column named
for a licence, passport, birth date or password types the cells below it, row by row, as
long as the rows keep the header's separator and number of cells. A line that names a type
and ends in a colon types the bulleted lines under it. A cell or a line item counts only
when it has the type's shape: the registry's own patterns for licences and passports, a
real date for a birth date, one token for a password; a "license" column of package names
("MIT", "Apache-2.0") has no licence number in it.
"""

from __future__ import annotations

import functools
import re

from sanitizers.birth_keys import MARK_AFTER, WORDED, dates_in, mentions_birth, names_birth
from sanitizers.births import DATE
from sanitizers.name_columns import SPACED_CELL
from sanitizers.recognizers import Finding, load_registry
from sanitizers.tries import compiled
from sanitizers.validators import calendar_date, us_ssn

_KINDS = (  # header word -> entity; the first that a header cell holds wins
    (
        "DRIVER_LICENSE",
        r"licen[cs]e|\bdl\b|dl_?(?:no|num)|driver|führerschein|permis|patente"
        r"|rijbewijs|prawo jazdy",
    ),
    ("PASSPORT", r"passport|passeport|pasaporte|passaporto|reisepass|paspoort|paszport"),
    ("PASSWORD", r"password|passwd|\bpwd\b|kennwort|passwort|contraseña|mot de passe"),
)
_KIND = [(etype, compiled(rf"(?i:{words})")) for etype, words in _KINDS]
_SEPARATORS = (";", "\t", "|", ",")
_HEADING = compiled(r"[:：]\s*$")
_BULLET = compiled(r"^[ \t]*(?:[-*•·]|\d{1,3}[.)])[ \t]+(\S.*?)[ \t]*$")
_RULE = compiled(r"^[ \t]*\|?[ \t]*:?-{3,}")
_CELL = compiled(r"^[ \t\"']*(.*?)[ \t\"']*$")
MAX_CELLS = 40


@functools.cache
def _patterns(etype: str) -> list[re.Pattern[str]]:
    """The registry's patterns for `etype`, each once (a unit's recognizer and its whole-text
    twin share their patterns)."""
    regexes = [r for rec in load_registry() if rec.entity == etype for r in rec.regexes]
    return list({r.pattern: r for r in regexes}.values())


# a column of birth years: results lists and rating lists ("Jg.", "Г.р.", "B-Year", "Año
# nac.", "YoB"); its cells are years alone
_YEAR_HEADINGS = (
    r"jg|jahrg(?:ang)?|geb\.?[ ]?jahr|geburtsjahr|г\.?[ ]?р|год[ ]рождения|рік[ ]народження"
    r"|р\.[ ]?н|b-?year|birth[ _-]?year|year[ ]of[ ]birth|yob|año[ ]nac|año[ ]de[ ]nacimiento"
    r"|rok[ ]ur|rok[ ]urodzenia|r\.[ ]?ur|ano[ ](?:de[ ])?nasc(?:imento)?|anno[ ](?:di[ ])?nascita"
    r"|ann[ée]e[ ](?:de[ ])?naissance|syntymävuosi|fødselsår|födelseår|doğum[ ]yılı|生年"
    r"|出生年份?|출생[ ]?연도|geboortejaar|rok[ ]narození|születési[ ]év|година[ ]на[ ]раждане"
    r"|godina[ ]rođenja"
)
_YEAR_COLUMN = compiled(rf"(?i)^[ \t]*(?:{_YEAR_HEADINGS})\.?[ \t]*$")
# the same headings anywhere in a text (a first look: a cell that is one stands between
# separators or spaces)
_YEAR_WORDS = compiled(rf"(?i)(?<![\w.])(?:{_YEAR_HEADINGS})(?!\w)")
BIRTH_YEAR = "BIRTH_YEAR"  # a column kind: years alone, found as DATE_OF_BIRTH
_A_YEAR = compiled(r"(?:19\d\d|20[0-2]\d)")


def kind_of(label: str) -> str | None:
    if _YEAR_COLUMN.match(label):
        return BIRTH_YEAR
    if names_birth(label) or "d.o.b" in label.lower() or "geb." in label.lower():
        return "DATE_OF_BIRTH"
    return next((etype for etype, words in _KIND if words.search(label)), None)


def typed_values(etype: str, text: str, start: int, end: int) -> list[Finding]:
    """The spans of `etype` values in text[start:end] (a cell or a list item)."""
    if etype == "PASSWORD":
        value = text[start:end]
        ok = 4 <= len(value) <= 64 and not any(c.isspace() for c in value)
        return [(start, end, etype, 0.9)] if ok else []
    if etype == BIRTH_YEAR:
        ok = _A_YEAR.fullmatch(text, start, end) is not None
        return [(start, end, "DATE_OF_BIRTH", 0.85)] if ok else []
    if etype == "DATE_OF_BIRTH":
        dates = [(m.start(), m.end()) for m in DATE.finditer(text, start, end)]
        dates = [(a, b) for a, b in dates if calendar_date(text[a:b])] or dates_in(text, start, end)
        dates = dates or [m.span(1) for m in WORDED.finditer(text, start, end)]
        marks = [MARK_AFTER.match(text, b) for _, b in dates]  # "28 октября 2008 г."
        return [
            (a, m.end() if m else b, etype, 0.9) for (a, b), m in zip(dates, marks, strict=True)
        ]
    out = []
    for regex in _patterns(etype):
        for m in regex.finditer(text, start, end):
            if sum(c.isdigit() for c in m.group()) >= 4:
                out.append((m.start(), m.end(), etype, 0.9))
    return out


def column_values(text: str) -> list[Finding]:
    """Findings for the typed columns of tables and the items of typed lists in `text`."""
    if "\n" not in text or not (
        any(w.search(text) for _, w in _KIND) or mentions_birth(text) or _YEAR_WORDS.search(text)
    ):
        return []  # no line can be a typed header or heading
    lines = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    out: list[Finding] = []
    for i, (_, line) in enumerate(lines):
        if _HEADING.search(line) and (etype := kind_of(line)) is not None:
            out.extend(_list_items(text, lines[i + 1 :], etype))
        out.extend(_table(text, lines, i))
        out.extend(_fixed_width(text, lines, i))
    return out


def _list_items(text: str, lines: list[tuple[int, str]], etype: str) -> list[Finding]:
    out: list[Finding] = []
    for start, line in lines:
        m = _BULLET.match(line)
        if m is None:
            break
        out.extend(typed_values(etype, text, start + m.start(1), start + m.end(1)))
    return out


def _table(text: str, lines: list[tuple[int, str]], i: int) -> list[Finding]:
    """Typed columns of the table whose header is line i (nothing if it is no header)."""
    header = lines[i][1]
    sep = next((s for s in _SEPARATORS if s in header), None)
    if sep is None or any(c.isdigit() for c in header):
        return []
    cells = header.split(sep)
    if not 2 <= len(cells) <= MAX_CELLS:
        return []
    if i > 0 and len(lines[i - 1][1].split(sep)) == len(cells):
        return []  # a row of a table whose header is above it
    kinds = {k: etype for k, cell in enumerate(cells) if (etype := kind_of(cell)) is not None}
    rows = lines[i + 1 :]
    if sep == "|":  # a Markdown table: its header has a rule under it
        if not rows or not _RULE.match(rows[0][1]):
            return []
        rows = rows[1:]
    out: list[Finding] = []
    for start, row in rows if kinds else []:
        spans = cell_spans(row, sep)
        if len(spans) != len(cells):
            break
        for k, etype in kinds.items():
            a, b = spans[k]
            m = _CELL.match(row[a:b])
            if m.start(1) < m.end(1):
                a, b = start + a + m.start(1), start + a + m.end(1)
                out.extend(typed_values(etype, text, a, b))
    return out


_GAP = compiled(r"[ ]{2,}")


def _fixed_width(text: str, lines: list[tuple[int, str]], i: int) -> list[Finding]:
    """Birth dates and years under their heading in a table whose columns are set apart by
    spaces (a results list, a rating list, a team's entry form):

        Pl.  Stnr.  Name                 Jg.    Verein            Zeit
        1.   187    Leitner, Sebastian   1991   SC Holzheim       80:05

    The rows need not line up (pasted lists lose their alignment): a birth date is any date
    of the row when the header has one column of dates; a birth year is the row's one year,
    or, if it has several (a rating may look like a year), the one at the heading's place
    counted from the row's start or its end."""
    header = lines[i][1]
    if any(sep in header for sep in _SEPARATORS) or any(c.isdigit() for c in header):
        return []
    cells = SPACED_CELL.findall(header)
    if len(cells) < 3 or _GAP.search(header.strip()) is None:
        return []
    kinds = {k: etype for k, cell in enumerate(cells) if (etype := kind_of(cell)) is not None}
    kinds = {k: e for k, e in kinds.items() if e in (BIRTH_YEAR, "DATE_OF_BIRTH")}
    if len(kinds) != 1:
        return []
    ((k, etype),) = kinds.items()
    out: list[Finding] = []
    for start, row in lines[i + 1 :]:
        if not row.strip():
            break
        found = [(start + m.start(), start + m.end()) for m in SPACED_CELL.finditer(row)]
        if len(found) < 2:
            break
        if etype == "DATE_OF_BIRTH":
            out.extend(typed_values(etype, text, start, start + len(row)))
            continue
        years = [(a, b) for a, b in found if _A_YEAR.fullmatch(text, a, b)]
        if len(years) > 1:
            at = {found[k]} if k < len(found) else set()
            at |= {found[k - len(cells)]} if len(cells) - k <= len(found) else set()
            years = [span for span in years if span in at]
        for a, b in years[:1]:
            out.append((a, b, "DATE_OF_BIRTH", 0.85))
    return out


def cell_spans(line: str, sep: str, quote: str = '"') -> list[tuple[int, int]]:
    """The (start, end) of each cell of `line` split by `sep`; a comma or a semicolon inside
    `quote`s is part of its cell ("Villa 3, Hamdan Street" in a CSV row)."""
    if sep not in ",;" or quote not in line:
        spans, pos = [], 0
        for part in line.split(sep):
            spans.append((pos, pos + len(part)))
            pos += len(part) + len(sep)
        return spans
    spans, start, quoted = [], 0, False
    for i, c in enumerate(line):
        if c == quote:
            quoted = not quoted
        elif c == sep and not quoted:
            spans.append((start, i))
            start = i + 1
    return [*spans, (start, len(line))]


# a text about SSNs ("Which of these are SSNs?", "SSN verification results"): a line or a
# table cell that holds nine digits alone, beside SSNs found in their dashed shape
_SSN_WORD = compiled(r"(?i)\bssns?\b|social security")
_BARE_NINE = compiled(r"(?m)(?:^|\|)[ \t]*(\d{9})[ \t]*(?=$|\|)")


def listed_ssns(text: str, found: list[Finding]) -> list[Finding]:
    """US_SSN findings for the bare nine-digit numbers of a list or table of SSNs (see
    above): the text names SSNs and holds one (or an ITIN) already found; the SSA's rules
    hold."""
    numbers = any(t in ("US_SSN", "US_ITIN") for _, _, t, _ in found)
    if not numbers or _SSN_WORD.search(text) is None:
        return []
    return [
        (m.start(1), m.end(1), "US_SSN", 0.85)
        for m in _BARE_NINE.finditer(text)
        if us_ssn(m.group(1))
    ]
