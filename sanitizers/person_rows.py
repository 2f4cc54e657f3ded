"""A person's record written as one row, its cells with no key: the date of birth, the phone
number and the address among the person's name and contacts.

    Jovana Nikolić | 05.02.1984. | 061 568 4636 | jovana.nikolic@hotmail.com
    "Mustafa";"Yıldız";"myildiz@gmail.com";"0555 617 40 56";"19.01.1957"
    ws.append(["Anouk de Jong", "25-11-1988", "06 26 56 58 32", None])
    Papp Eszter;1946. augusztus 15.;+36 70 872 1397;e.papp@gmail.com;6701 Szeged, Bartók Béla út 17.

A line that holds a found person and a found phone number, e-mail address, IBAN or card is one
person's record. Its cells are split by tabs, semicolons, bars and quotes.
- A cell of a grouped number, or of one after its trunk 0 or country code, in a record with
  an e-mail address, an IBAN, a card or a date of birth, is the person's phone number.
- A cell that is a whole date (day, month and a year before 2016, in numbers or in words)
  and the only such cell of the line is the person's birth date. A line with two dates (born
  and hired, issued and expired) is left: which one is the birth is not written.
- A cell with a number and words, in parts split by commas or with a street's word ("Lot 19,
  Vaea Street, Apia", "Gurruchaga 6846 9º C, Caballito, CABA") is the person's address; a
  note ("called about INV-2023-23206") has neither.
A date of birth found once is the same value where the text repeats it ("ValueError: Cannot
convert '25-11-1988'"): each repetition is found too.
"""

from __future__ import annotations

import bisect
import re

from sanitizers.addresses import street_word
from sanitizers.birth_keys import ANY_DATE
from sanitizers.recognizers import Finding
from sanitizers.spans import SpanIndex
from sanitizers.tries import compiled
from sanitizers.validators import calendar_date, phone

_CONTACT = frozenset(["PHONE_NUMBER", "EMAIL_ADDRESS", "IBAN_CODE", "CREDIT_CARD"])
_OTHER_VALUES = frozenset(["EMAIL_ADDRESS", "IBAN_CODE", "CREDIT_CARD", "DATE_OF_BIRTH"])
# a phone number's cell: grouped, or after its trunk 0 or country code (not an ID: 10234567)
_PHONE_CELL = compiled(
    r"\+?(?:\(\d{1,5}\)[ -]?)?\d{1,5}(?:[ -]\d{1,8}){1,5}|(?:\+|0)\d{8,14}|1\d{10}"
)
_CELL = compiled(r"[^\t;|\"„“”\[\]\n]+")  # a cell between a row's separators and quotes
_DATE_CELL = compiled(r"[^\t;|,\"„“”\[\]()\n]+")  # (a date has no comma inside)
_TRIM = " \t\"'„“”«»‚‘’\\,"
_DATE = compiled(  # (ANY_DATE holds "28 de setembro de 1985" and "民國69年6月30日")
    rf"(?:{ANY_DATE}"
    r"|(?:19|20)\d\d\.[ ][^\W\d_]{3,12}[ ]\d{1,2})\.?"  # Hungarian "1946. augusztus 15."
)
_YEAR = compiled(r"(?<!\d)(?:18|19|20)\d\d(?!\d)|民國")
# (a key, a time, code, a path, a note in brackets, an amount, a date, a sentence: no
# address; Turkish "No:85 D:3" and "Kadıköy/İstanbul" are)
_NOT_ADDRESS = compiled(
    r"[@={}()<>$€£¥₹₱₦₩]|:(?!\d)|\b\d{1,2}:\d\d\b|(?:^|\s)/|\\[nt]|\b(?:19|20)\d\d[-/.]\d"
    r"|\b(?i:your|is|are|was|were|will)\b"  # "Johan, your Solar Home 5kW is waiting"
)
_WORDS = compiled(r"[^\W\d_]+")
_LINE_BREAK = compiled(r"\n")
LAST_YEAR = 2015  # a date in a record after it is more likely a visit, an order, a hire
MIN_REPEAT = 8  # characters: a shorter value ("5/6/78") is too common to chase


def row_births(text: str, found: list[Finding]) -> list[Finding]:
    """DATE_OF_BIRTH findings for the lone date cell of a person's one-line record, and for
    the repetitions of every date of birth found in `text`."""
    others = _others(found, "DATE_OF_BIRTH")
    out = [f for a, b in _records(text, found) if (f := _lone_date(text, a, b, others))]
    return out + _repeated(text, [f for f in found if f[2] == "DATE_OF_BIRTH"] + out)


def row_addresses(text: str, found: list[Finding]) -> list[Finding]:
    """STREET_ADDRESS findings for the address cells of a person's one-line record."""
    out: list[Finding] = []
    others = _others(found, "STREET_ADDRESS")
    for start, end in _records(text, found):
        for a, b in _cells(text, start, end, _CELL):
            if _address(text[a:b]) and not others.overlaps(a, b):
                out.append((a, b, "STREET_ADDRESS", 0.86))
    return out


def row_phones(text: str, found: list[Finding]) -> list[Finding]:
    """PHONE_NUMBER findings for the phone cells of a person's one-line record that has an
    e-mail address, an IBAN, a card or a date of birth ("| WU Haoran | 1998年11月28日 | 138
    8240 9486 | 6011 5214 5787 8915 |")."""
    out: list[Finding] = []
    others = _others(found, "PHONE_NUMBER")
    for start, end in _records(text, found, _OTHER_VALUES):
        for a, b in _cells(text, start, end, _DATE_CELL):
            value = text[a:b]
            if phone_cell(value) and not others.overlaps(a, b):
                out.append((a, b, "PHONE_NUMBER", 0.8))
    return out


def phone_cell(value: str) -> bool:
    """A whole cell or slot that is a phone number: grouped, or after its trunk 0 or country
    code (not an ID: 10234567, nor a compact date: 20240501), with a phone number's digits."""
    return _PHONE_CELL.fullmatch(value) is not None and phone(value)


def _records(
    text: str, found: list[Finding], kinds: frozenset[str] = _CONTACT
) -> list[tuple[int, int]]:
    """The lines holding a found person and a found value of `kinds` (each finding put in
    its line by a binary search: a table of thousands of rows stays linear)."""
    kinds_found = {t for _, _, t, _ in found}
    if "PERSON" not in kinds_found or kinds_found.isdisjoint(kinds):
        return []  # (every text passes here: no line scan without a person and a value)
    starts = [0] + [m.end() for m in _LINE_BREAK.finditer(text)]
    people: set[int] = set()
    contacts: set[int] = set()
    for s, e, t, _ in found:
        if t == "PERSON" or t in kinds:
            line = bisect.bisect_right(starts, s) - 1
            if line + 1 < len(starts) and e >= starts[line + 1]:
                continue  # across a line break
            (people if t == "PERSON" else contacts).add(line)
    ends = [b - 1 for b in starts[1:]] + [len(text)]
    return [(starts[i], ends[i]) for i in sorted(people & contacts)]


def _cells(text: str, start: int, end: int, cell: re.Pattern[str]) -> list[tuple[int, int]]:
    """Each cell's span, its quotes, spaces and a last full stop trimmed."""
    out = []
    for m in cell.finditer(text, start, end):
        value = m.group()
        a = m.start() + len(value) - len(value.lstrip(_TRIM))
        b = m.end() - (len(value) - len(value.rstrip(_TRIM + ".")))
        if b > a:
            out.append((a, b))
    return out


def _others(found: list[Finding], keep: str) -> SpanIndex:
    """The findings of other types than `keep`, a person's or a place's aside (NER reads
    "Szeged" or "Bartók Béla" in an address): a cell they overlap is theirs."""
    return SpanIndex([(s, e) for s, e, t, _ in found if t not in (keep, "PERSON", "LOCATION")])


def _lone_date(text: str, start: int, end: int, others: SpanIndex) -> Finding | None:
    dates = [
        (a, b)
        for a, b in _cells(text, start, end, _DATE_CELL)
        if _DATE.fullmatch(text[a:b]) and _past(text[a:b])
    ]
    if len(dates) != 1 or others.overlaps(*dates[0]):
        return None  # none, two (which is the birth?), or a cell read as something else
    return (*dates[0], "DATE_OF_BIRTH", 0.85)


def _past(value: str) -> bool:
    """A real date with a year before LAST_YEAR + 1 (a Taiwanese 民國 year is one)."""
    year = _YEAR.search(value)
    if year is None or (year.group() != "民國" and int(year.group()) > LAST_YEAR):
        return False
    return calendar_date(value)


def _address(cell: str) -> bool:
    """A number and words, in comma-split parts or with a street's word."""
    if not 8 <= len(cell) <= 120 or _NOT_ADDRESS.search(cell):
        return False
    digits = sum(c.isdigit() for c in cell)
    letters = sum(c.isalpha() for c in cell)
    if not digits or letters < 5 or digits > letters or _capitals(cell) < 2:
        return False  # ("arrives late, room 1078": a note)
    return ", " in cell or street_word(cell)


def _capitals(cell: str) -> int:
    """The words that start with a capital (or with a letter of a script without case)."""
    return sum(not w[0].islower() for w in _WORDS.findall(cell))


def _repeated(text: str, births: list[Finding]) -> list[Finding]:
    """Every place of the text that repeats a birth date found (one pass for all of them,
    a trie of the values: a roster of thousands of dates is not read once per date)."""
    values = {text[s:e] for s, e, _, _ in births if e - s >= MIN_REPEAT}
    values = {v for v in values if _past(v)}  # (not a chat's date NER took for a birth)
    if not values:
        return []
    alternatives = "|".join(re.escape(v) for v in sorted(values, key=len, reverse=True))
    pattern = compiled(rf"(?<![\w/.-])(?:{alternatives})(?![\w/-]|\.\d)")
    return [(m.start(), m.end(), "DATE_OF_BIRTH", 0.85) for m in pattern.finditer(text)]
