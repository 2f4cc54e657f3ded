"""Dates of birth in a roster: a text that speaks of birth ("flag anyone born before 2011",
"Geburtsdaten der Kinder") and lists people one per line, each with one date.

    #4  Shaurya Oak    14-06-2018
    #7  Niraj Poudel    24/09/2015

The context word is lines away from most of the dates, so the registry's context window
cannot see it. A line's date counts when a person was found before it; in a line of
several dates, each date right after its own person, with punctuation between, when two
of them are ("DOB of both kids: Ana Lima - 12/11/2013, Yuto Sato - 05/25/2016"; not "Seen
by F. Evans, follow-up with Dr Young on 11/28/2024"); the dates count only when there are
two or more of them (a roster), so a lone "Meeting with Ana on 2024-05-01" in a text that
mentions a birth stays a date.
"""

from __future__ import annotations

from sanitizers.birth_keys import names_birth
from sanitizers.first_names import name_word
from sanitizers.lexicon import CALENDAR, COMMON_WORDS, participle
from sanitizers.recognizers import Finding
from sanitizers.tries import compiled
from sanitizers.validators import calendar_date

_BIRTH = compiled(
    r"(?i)\b(?:born|birth|births|birthdays?|dob|d\.o\.b|geboren|geburts\w*|nacimiento|nacidos?"
    r"|naissance|nés?|nascita|nati|nascimento|nascidos?|urodzeni[ae]?|рождения|родились|BIRT)\b"
    r"|生年月日|出生|생년월일"
)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_YEAR = r"(?:18|19|20)\d\d"
DATE = compiled(  # a date with a year, numeric or with an English month name
    rf"(?<![\w/.-])(?:{_YEAR}[-/.]\d{{1,2}}[-/.]\d{{1,2}}|\d{{1,2}}[-/.]\d{{1,2}}[-/.]{_YEAR})"
    rf"(?![\w/-]|\.\d)"
    rf"|(?i:\b\d{{1,2}}[ ]{_MONTH}[ ,]+{_YEAR}\b|\b{_MONTH}[ ]\d{{1,2}},?[ ]{_YEAR}\b)"
)
MIN_ROWS = 2
# a text that lists birthdays, in the languages people ask to format them in
_BIRTHDAYS = compiled(  # searched in the lowercased text: (?i) makes it five times slower
    r"(?:birthday|bdays|cumpleaños|compleann|anniversaires|aniversários|verjaardag|"
    r"geburtstage|urodzin|syntymäpäiv|születésnap|narozenin|zilele de naștere|γενέθλια|"
    r"doğum günleri|sinh nhật|ulang tahun|hari jadi|kaarawan|siku za kuzaliwa|ọjọ́ ìbí|"
    r"जन्मदिन|জন্মদিন|سالگرہ|تولد|أعياد الميلاد|ימי הולדת|誕生日|生日|생일|วันเกิด|"
    r"дни рождения|дней рождения|днів народження|födelsedag|fødselsdag|bursdag)"
)
# a list's line: a name or a relation, a dash or a colon, and what ends the line
_LIST_LINE = compiled(
    r"(?m)^[ \t]*(?:[-•*·]|\d{1,2}[.)])?[ \t]*(?P<who>[^\W\d][^\n\d:：–—]{0,58}?)[ \t]*"
    r"(?:[–—-]|[:：])[ \t]*(?P<date>[^\s][^\n]{3,33}?)[ \t.]*$"
)
# a year of the Gregorian, Solar Hijri or Hijri calendar, in any digits
_YEAR_IN = compiled(r"(?<!\d)(?:1[3-9]\d\d|20\d\d)(?!\d)|[۰-۹٠-٩०-९০-৯]{4}")
_LETTERS = compiled(r"[^\W\d_]+")
_NUMBERS = compiled(r"\d+")
_NOT_DATE = compiled(r"[+@]")  # a phone number, an e-mail address
_PARENS = compiled(r"[（(]([^()（）]{2,40})[）)]")
# between a person and their date in a line of several: punctuation only ("Ana Lima -
# 12/11/2013", "me (Ana Lima) 11/03/1988"), not "with Dr Young on 11/28/2024"
_BESIDE = compiled(r"[ \t,;:()–—-]*")
_DOCUMENT_AFTER = compiled(
    r"[ \t]*[,;|][ \t]*(?i:passport|passeport|pasaporte|passaporto|reisepass|paspoort|"
    r"national id|id card|dni|nic|driver'?s licen[cs]e|dl)\b"
)
_GEDCOM = compiled(r"(?m)^[ \t]*\d[ ]+BIRT[ \t]*\n[ \t]*\d[ ]+DATE[ ]+([^\n]{4,40}?)[ \t]*$")


def birth_rows(text: str, found: list[Finding]) -> list[Finding]:
    """DATE_OF_BIRTH findings for a guest's date before their passport, the dates of a
    roster in a text about birth, and a GEDCOM record's birth date ("1 BIRT" / "2 DATE 29
    MAR 1938", a line below its context). A list of birthdays: `birthday_list`."""
    guests = _guest_dates(text, found)
    if _BIRTH.search(text) is None:
        return guests
    births = [(m.start(1), m.end(1), "DATE_OF_BIRTH", 0.9) for m in _GEDCOM.finditer(text)]
    return guests + births + _roster_dates(text, found)


def birthday_list(text: str) -> list[tuple[Finding, Finding]]:
    """The (person, date) of each line of a list of birthdays: two lines or more that are
    a name or a relation, a dash or a colon, and a date with its year that ends the line,
    in any script or calendar ("Nacho – 11/8/1949", "la abuela Inmaculada – 18 de octubre
    de 1939", "直樹：1995/08/16", "سعید – ۱۳۸۷/۰۲/۲۱"). The person is the label, or what
    its parentheses hold ("祖母（小林由美子）")."""
    if not _BIRTHDAYS.search(text.lower()):
        return []
    out: list[tuple[Finding, Finding]] = []
    for m in _LIST_LINE.finditer(text):
        date = m.group("date")
        if _BIRTHDAYS.search(m.group("who").lower()) or _BIRTH.search(m.group("who")):
            return []  # a form whose key names the birth date ("出生日期：1998-09-20")
        dated = _YEAR_IN.search(date) and 2 <= len(_NUMBERS.findall(date)) <= 3  # day, year
        if dated and len(_LETTERS.findall(date)) <= 4 and not _NOT_DATE.search(date):
            inner = _PARENS.search(text, *m.span("who"))
            a, b = inner.span(1) if inner else m.span("who")
            out.append(((a, b, "PERSON", 0.7), (*m.span("date"), "DATE_OF_BIRTH", 0.8)))
    return out if len(out) >= MIN_ROWS else []


def _guest_dates(text: str, found: list[Finding]) -> list[Finding]:
    """The date between a person and their identity document, as a registration lists
    guests ("Guest 2: Larissa Lima, 25/2/1981, passport XS5833289"): a birth date."""
    ends = {e for s, e, t, _ in found if t == "PERSON"}
    if not ends or not _DOCUMENT_AFTER.search(text):
        return []
    out: list[Finding] = []
    for m in DATE.finditer(text):
        before = max((e for e in ends if e <= m.start()), default=-1)
        if before < 0 or not _BESIDE.fullmatch(text, before, m.start()):
            continue
        if _DOCUMENT_AFTER.match(text, m.end()) and calendar_date(m.group()):
            out.append((m.start(), m.end(), "DATE_OF_BIRTH", 0.8))
    return out


# the key of a date that is no birth, right before it in a roster's line
_OTHER_DATE_KEY = compiled(
    r"(?i:\b(?:checked|date|dated|signed|issued|approved|recorded|interviewed|visited"
    r"|registered|filed|received|expires?|expiry)[ \t]*(?::|on)?[ \t]*)$"
)


def _roster_dates(text: str, found: list[Finding]) -> list[Finding]:
    people = sorted((s, e) for s, e, t, _ in found if t == "PERSON")
    if len(people) < MIN_ROWS:
        return []
    rows: list[Finding] = []
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        dates = [m for m in DATE.finditer(line) if calendar_date(m.group())]
        after = start  # a date counts with a person between it and the date before it
        taken: list[Finding] = []
        for m in dates:
            a, b = start + m.start(), start + m.end()
            before = [e for s, e in people if after <= s and e <= a]
            if _OTHER_DATE_KEY.search(text, max(start, a - 20), a):
                before = []  # a signature's date ("Enumerator signature: R.V.   Checked: …")
            if before and (len(dates) == 1 or _BESIDE.fullmatch(text, max(before), a)):
                taken.append((a, b, "DATE_OF_BIRTH", 0.8))
            after = b
        if len(dates) == 1 or len(taken) >= 2:  # one person's date, or a line of people's
            rows.extend(taken)
    return rows if len(rows) >= MIN_ROWS else []


# a name right before a birth date, after the start of a line, a comma, a colon or a bracket
# ("DOB check: Hawraa 06/07/2019, Mustafa 26/09/2019", "(Sagal: 13/05/2013, Mahad: ...)")
_NAME = r"[A-ZÀ-Ý][^\W\d_]+(?:['’-][^\W\d_]+)?(?:[ ][A-ZÀ-Ý][^\W\d_]+(?:['’-][^\W\d_]+)?){0,2}"
_NAME_BEFORE = compiled(
    rf"(?:^|(?<=\n)|(?<=[,;(:]\s)|(?<=[,;(]))({_NAME})(?::[ ]?|[ ][–-][ ]|[ ])$"
)
# the next person of the list and their date: after a comma, or on the next line with a colon
_NEXT = compiled(
    rf"(?:,[ ]?|;[ ]?)({_NAME})(?::[ ]?|[ ][–-][ ]|[ ])({DATE.pattern})"
    rf"|[ \t]*\n[ \t]*({_NAME}):[ ]?({DATE.pattern})"
)


def birth_lists(text: str, found: list[Finding], words: frozenset[str]) -> list[Finding]:
    """PERSON and DATE_OF_BIRTH findings for a list of people and their birth dates that
    goes on after a found birth date ("DOB check: Hawraa 06/07/2019, Mustafa 26/09/2019";
    "dates of birth:\nAbbas: 24/08/1971\nShahad: 22/10/1994"): each name a word no
    dictionary knows or a listed first name ("Baby: 14/01/2025" and "Issued: …" stay)."""
    out: list[Finding] = []
    for s, e, t, _ in found:
        first = _NAME_BEFORE.search(text, max(0, s - 40), s) if t == "DATE_OF_BIRTH" else None
        if first is None or not _person(first.group(1), words):
            continue  # a list of people goes on from a person's date, not a form's key
        listed_dates = []
        while (m := _NEXT.match(text, e)) is not None:
            g = 1 if m.group(1) else 3
            if not _person(m.group(g), words) or not calendar_date(m.group(g + 1)):
                break
            out.append((*m.span(g), "PERSON", 0.7))
            listed_dates.append((*m.span(g + 1), "DATE_OF_BIRTH", 0.8))
            e = m.end()
        if listed_dates:
            out.extend([*listed_dates, (*first.span(1), "PERSON", 0.7)])
    return out


def _person(name: str, words: frozenset[str]) -> bool:
    lows = name.lower().split()
    if any(
        w in COMMON_WORDS or w in CALENDAR or names_birth(w) or participle(w, words) for w in lows
    ):
        return False
    return all(name_word(w, words) for w in lows)
