"""A life's span, as obituaries, headstones and family trees write it: the birth date, a
dash, the death date, both whole dates, the second fifteen years or more after the first.

    Marloes Hendriks
    19 June 1938 – 20 April 2024
    Галина Тарасівна Шевченко (22 февраля 1955 г. – 9 сентября 2026 г.)

The first date is a date of birth. A term, a loan, a lease or a validity is no life: a
range on a line that names one ("valid", "mortgage", "term", "Laufzeit", "période") stays,
and so does a range of less than fifteen years (a booking, a contract, a school career).
"""

from __future__ import annotations

from sanitizers.birth_keys import ANY_DATE
from sanitizers.recognizers import Finding
from sanitizers.tries import compiled

_SUFFIX = r"(?:[ ]г\.|[ ]r\.|[ ]m\.)?"  # a year's abbreviation after the date ("1955 г.")
_SPAN = compiled(
    rf"(?<![\w/.-])({ANY_DATE}{_SUFFIX})[ ]?[–—-][ ]?({ANY_DATE}{_SUFFIX})(?![\w/-]|\.\d)"
)
_YEAR = compiled(r"(?<!\d)(?:18|19|20)\d\d(?!\d)")
_TERM = compiled(
    r"(?i)valid|expir|mortgage|loan|lease|term|contract|period|policy|coverage|subscription"
    r"|between|from|range|laufzeit|gültig|vertrag|période|validit|vigencia|periodo|período"
    r"|okres|срок|период|действ|дійсн|有效|期間|期间|기간"
)
MIN_YEARS = 15
# a first look: a year, a dash, another year within a line
_TWO_YEARS = compiled(r"(?:18|19|20)\d\d[^\n\d]{0,20}[–—-][^\n]{0,40}?(?:18|19|20)\d\d")


def lifespans(text: str) -> list[Finding]:
    """DATE_OF_BIRTH findings for the first date of a life's span (see above)."""
    if _TWO_YEARS.search(text) is None:
        return []
    out: list[Finding] = []
    for m in _SPAN.finditer(text):
        born, died = _YEAR.search(m.group(1)), _YEAR.search(m.group(2))
        if born is None or died is None or int(died.group()) - int(born.group()) < MIN_YEARS:
            continue
        line = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
        if _TERM.search(line) is None:
            out.append((*m.span(1), "DATE_OF_BIRTH", 0.8))
    return out
