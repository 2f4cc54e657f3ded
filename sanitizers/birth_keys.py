"""Dates of birth that a key or a column heading names, in the shapes code, configs, query
results and exports write them:

    "dogum_tarihi":"11.08.1949"           <szuletesi_datum>1975/01/08</szuletesi_datum>
    dob = datetime.date(1956, 11, 8)      u.setBirthday("1973-09-14")
    "dob" : ISODate("2004-04-07T00:00:00Z")        DOB:     19820126
    "BIRTHDAY":"05/24"                    (a birthday's month and day, quoted after its key)

             name  geburtstag    plz      (a pandas frame, a psql result or any table whose
    0  Stefan Weber    19490519  24571     columns line up: the date under the heading)

The key is the label right before the value: snake_case, camelCase or words, in a
language's own spelling or folded to ASCII (`dogum`, `fodselsdato`, `ngay_sinh`). Between
them there is only punctuation and a date constructor (ISODate, datetime.date,
LocalDate.parse, new Date). A value is a real calendar date: numeric with separators (an
ISO time may follow), eight digits (19490519), Chinese, Japanese or Korean (1991年11月1日,
1960년 2월 29일), or a constructor's year, month and day (1956, 11, 8).
"""

from __future__ import annotations

import datetime
import functools
import re

from sanitizers.recognizers import Finding
from sanitizers.tries import compiled
from sanitizers.validators import calendar_date

# words that name a birth date in a key or a heading (lowercased; any position in the key:
# "tanggalLahir", "setBirthday", "data_nasterii"); "dob" is checked apart, in its own case
BIRTH = compiled(
    r"birth|(?<![a-z])b[-_]?days?(?![a-z])|(?<![a-z])born(?![a-z])|geburt|gebdat|naissance"
    r"|nacimiento|nascimento|nascita|(?<![a-z])nasc?(?![a-z])|na[sș]ter|narozen|urodz|rozhd"
    r"|рожд|народж|narodzh|rodjen|rođen|рођ|sz[uü]let|do[gğ]um|lahir|f[oø]dsel|f[oö]delse"
    r"|syntym|s[uü]nni|geboorte|ngay[_ ]?sinh|ngày sinh|γ[εέ]νν|לידה|ميلاد|تولد|जन्म|জন্ম"
    r"|பிறந்த|பிறப்பு|เกิด|出生|生年月日|誕生|生日|생년월일|출생|생일|compleann|cumplea"
    r"|kuzaliwa|kapanganakan|dzim[sš]|dzimis|dzimusi|gimim|naixement|rojstva|(?<![a-z])rojen|narodeni[ae]"
    r"|раждане|(?<![а-я])роден|(?<![a-z])gebore(?![a-z])|יליד"
    r"|туған|tug['ʻ‘’]?ilgan|туғилган|fæðing|ծնվ|ծննդ|ትውልድ|مواليد|កើត|(?<![a-z])nac(?![a-z])"
    # Maltese, Galician, Macedonian, Belarusian, Luxembourgish, Hausa, Basque, Mongolian,
    # Albanian, Irish, Welsh, Zulu, Somali, Georgian, Urdu, Pashto, Kurdish, Telugu,
    # Kannada, Malayalam, Gujarati, Punjabi, Sinhala, Burmese, Lao
    r"|twelid|nacement|раѓа|нарадж|gebuert|haihuwa|jaiotz|төрс|lindj|breith|(?<![a-z])geni(?![a-z])"
    r"|zalwa|dhalash|დაბად|پیدائش|زیږ|jidayik|పుట్టిన|ಜನ್ಮ|ಹುಟ್ಟಿದ|ജനന|જન્મ|ਜਨਮ|උපන්|မွေး|ເກີດ"
)
_DOB = compiled(r"(?:(?<![A-Za-z])[Dd][Oo][Bb]|(?<=[a-z])D(?:ob|OB))(?![a-z])")
_BIRTHDAY = compiled(r"(?i)b[-_]?day|birthday|compleann|cumplea|生日|誕生日|생일")
_YEAR = r"(?:18|19|20)\d\d"
_NUM_YEAR = r"(?:18|19|20|24|25)\d\d"  # (a Thai form's Buddhist-era year too: 05/11/2489)
_THAI_MONTH = r"(?:ม\.ค|ก\.พ|มี\.ค|เม\.ย|พ\.ค|มิ\.ย|ก\.ค|ส\.ค|ก\.ย|ต\.ค|พ\.ย|ธ\.ค)"
VALUE = compiled(
    rf"(?P<num>(?<![\w/.:-])(?:{_YEAR}[-/.]\d{{1,2}}[-/.]\d{{1,2}}(?:T[\d:.]+Z?)?"
    rf"|\d{{1,2}}[-/.]\d{{1,2}}[-/.]{_NUM_YEAR}|\d{{1,2}}[ ]\d{{1,2}}[ ]{_YEAR}"
    rf"|\d{{1,2}}\.[ ]\d{{1,2}}\.[ ]{_YEAR})(?![\w/-]|\.\d))"
    rf"|(?<![\w.-])(?P<compact>{_YEAR}\d{{4}})(?![\w.-])"
    rf"|(?<!\d)(?P<cjk>{_YEAR}[ ]?(?:年[ ]?\d{{1,2}}[ ]?月[ ]?\d{{1,2}}[ ]?日"
    rf"|년[ ]?\d{{1,2}}[ ]?월[ ]?\d{{1,2}}[ ]?일))"
    rf"|(?<=\()[ ]?(?P<call>{_YEAR},[ ]?\d{{1,2}},[ ]?\d{{1,2}})(?=[ ]?\))"
    rf"|(?<!\d)(?P<thai>\d{{1,2}}[ ]{_THAI_MONTH}\.[ ]25\d\d)(?!\d)"
    rf"|(?<=[\"'>])(?P<md>\d{{1,2}}[/.-]\d{{1,2}})(?=\\?[\"'<])"
)
_NUMBERS = compiled(r"\d+")
# a year's abbreviation after a date ("13 лютого 1935 р.", "25 stycznia 1938 r.", "1955 г."):
# optional after a birth word's date, and extending a keyed or a column's date
_MARK = r"[ ](?:р|г|r)\.(?!\w)"
_YEAR_MARK = rf"(?:{_MARK})?"
MARK_AFTER = compiled(_MARK)
# the label before a value: its last words, then punctuation and a date constructor
_KEYED = compiled(
    r"(?P<key>[^\W\d](?:[\w.\u0900-\u0dff\u0e00-\u0e7f-]|/(?=-?[^\W\d])|[ ](?=[^\W\d])"
    r"|['ʻ‘’](?=[^\W\d])){0,30})"  # (an apostrophe inside a word: "Tug'ilgan sana")
    r"(?P<gap>[\s\"'`\\:=<>\[\](){}|,：፦]*(?:(?:new[ ])?(?i:isodate|datetime\.date|datetime"
    r"|localdate\.(?:parse|of)|date\.parse|date|to_date|timestamp)[\s\"'(]*)?)$"
)


def keyed_births(text: str) -> list[Finding]:
    """DATE_OF_BIRTH findings for the values of keys and columns that name a birth date,
    and for a date right after or before a word for birth (`worded_births`)."""
    out = worded_births(text)
    if not mentions_birth(text):
        return out
    keyed = [f for m in VALUE.finditer(text) if (f := _keyed(text, m)) is not None]
    out.extend(keyed + [f for k in keyed for f in _listed_after(text, k[1])])
    out.extend(f for m in WORDED.finditer(text) if (f := _keyed_words(text, m)) is not None)
    return out + _aligned(text)


# a date in words or numbers, in the orders of many languages: "2. helmikuuta 1939", "2 de
# agosto de 2004", "28-Nov-1979", "20 اپریل 1940", "25.9.1941", "1943 m. rugpjūčio 15 d.",
# "1946. gada 15. aprīlī", "1951 թ. դեկտեմբերի 17-ին", "1948年8月19日", "民國69年6月30日"
_MONTH_WORD = r"[^\W\d_](?:[^\W\d_]|[\u0900-\u0d7f]){2,14}"  # (Indic vowel signs: "এপ্রিল")
ANY_DATE = (
    rf"(?:\d{{1,2}}(?:er|st|nd|rd|th)?\.?[ ]{_MONTH_WORD}\.?,?[ ]{_YEAR}"
    rf"|\d{{1,2}}[ ]de[ ][^\W\d_]{{3,12}}[ ](?:de[ ]|del[ ])?{_YEAR}"  # "2 de agosto de 2004"
    rf"|\d{{1,2}}-[^\W\d_]{{3,9}}-{_YEAR}"  # "28-Nov-1979"
    rf"|\d{{1,2}}-[^\W\d_]{{3,9}}[ ]{_YEAR}(?:-yil)?"  # Uzbek "4-yanvar 2013-yil"
    rf"|{_YEAR}[ ]оны[ ]\d{{1,2}}[ ]сарын[ ]\d{{1,2}}"  # Mongolian "1966 оны 12 сарын 24"
    rf"|\d{{1,2}}[-/.]\d{{1,2}}[-/.]{_YEAR}|{_YEAR}[-/.]\d{{1,2}}[-/.]\d{{1,2}}"
    rf"|{_YEAR}[ ]m\.[ ][^\W\d_]{{3,12}}[ ]\d{{1,2}}[ ]d\."
    rf"|{_YEAR}\.[ ]gada[ ]\d{{1,2}}\.[ ][^\W\d_]{{3,12}}"
    rf"|{_YEAR}[ ]թ\.[ ][^\W\d_]{{3,12}}[ ]\d{{1,2}}(?:-ին)?"
    rf"|{_YEAR}[ ]?年[ ]?\d{{1,2}}[ ]?月[ ]?\d{{1,2}}[ ]?日"
    rf"|{_YEAR}년[ ]?\d{{1,2}}월[ ]?\d{{1,2}}일"
    rf"|(?:ngày[ ])?\d{{1,2}}[ ]tháng[ ]\d{{1,2}}[ ]năm[ ]{_YEAR}"  # "ngày 5 tháng 2 năm 1943"
    r"|(?:明治|大正|昭和|平成|令和|民國|民国)\d{1,3}年\d{1,2}月\d{1,2}日"  # "昭和20年11月3日"
    # the Persian solar calendar's months ("6 اردیبهشت 1310") and a Hijri year ("6/6/1421 هـ")
    r"|\d{1,2}[ ](?:فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند)[ ]1[34]\d\d"
    r"|\d{1,2}/\d{1,2}/1[34]\d\d(?=[ ]?هـ))"
)
# a word for birth right before the date, in the languages of obituaries, discharge letters
# and family histories; an obituary's star or Finnish "s." opening a line
_BORN_BEFORE = compiled(
    r"(?i:(?<![\w.])(?:born(?:[ ]on)?|née|né|geb\.|geboren(?:[ ]am)?|syntynyt|synnyin"
    r"|sündinud|sünd\."
    r"|gimė|gim\.|dzimis|dzimusi|rođen[a]?|roden[a]?(?:[ ]na)?|nar\.|narodený|narodená"
    r"|narozen[a]?(?:\(a\))?|urodzon[ya]|ur\.|født(?:[ ]den)?|född(?:[ ]den)?|fæddur|fædd"
    r"|nascut[a]?(?:[ ]el)?|născut[ăa]?(?:[ ]la)?|nat[oa](?:[ ]il)?|nacid[oa](?:[ ]el)?"
    r"|nascid[oa](?:[ ]em)?|rugadh|aliyezaliwa|alizaliwa|роден[а]?(?:[ ]на)?"
    r"|sinh(?:[ ]ngày(?![ ]\d{1,2}[ ]tháng))?"
    r"|родил(?:ся|ась)|народи(?:вся|лася)"
    r"|lahir(?:[ ](?:pada|tanggal|tgl\.?))?|dilahirkan(?:[ ]pada)?|ipinanganak(?:[ ]noong)?"
    r"|nació(?:[ ]el)?|nasceu(?:[ ]em)?|nacque(?:[ ]il)?|urodził(?:a|am|em)?[ ]się"
    r"|wazalwa(?:[ ]ngo)?"
    r"|akazvarwa|wavutse|dhashay|fanau(?:[ ]i[ ]le)?|sucu(?:[ ]ena)?|whānau(?:[ ]mai)?|fèt"
    r"|anadan[ ]olub|උපත|ተወለደ(?:ች)?|जन्म(?:[ ]मिति|[ ]तिथि)?|জন্ম|பிறப்பு"
    r"|ծնված՝?|ծնվել[ ]է|დაბადებული|تاریخ پیدائش|የትውልድ[ ]ቀን|የተወለዱት?|متولد|مواليد"
    r"|nascud[ao](?:[ ]el)?|туған(?:[ ]күні)?|tug['ʻ‘’]?ilgan(?:[ ]sanasi)?|fæðingardag(?:ur)?"
    r"|កើត(?:ថ្ងៃទី)?|\(\*|\(s\.)|出生于|生于)"  # (no word boundary in Chinese: "鄭建宏生于")
    r"[ ]?[:(（፦|]?[ ]?(" + ANY_DATE + _YEAR_MARK + ")"
    r"|(?m:^)[ \t]*(?:\*|s\.)[ ](" + ANY_DATE + ")"
    r"(?(2)(?=[^\n]{0,40}†|[ \t]*(?:\n|\\n)[ \t]*(?:k\.|†)))"  # and the death's marker
)
_BORN_AFTER = compiled(
    r"(?=[\dn明大昭平令民음양])(?:"  # (a first look: what a date can start with)
    "((?:음력[ ]|양력[ ])?" + ANY_DATE + r")(?=[ ]?(?:生まれ|生|생|doğumlu|年生))"  # (lunar: 음력)
    # a sentence that ends in the birth ("bin am 4. Oktober 1970 in Berlin geboren", "Le 24
    # août 1952, est né(e) à Garoua")
    r"|(?<=am[ ])(" + ANY_DATE + r")(?=[ ](?:in[ ][^\W\d_]+(?:[ ][^\W\d_]+)?[ ])?geboren)"
    r"|(" + ANY_DATE + r")(?=,?[ ](?:est|était|fut)[ ]née?))"
)
# the literal words of _BORN_BEFORE and _BORN_AFTER (a first look, in the lowercased text)
_BORN_WORDS = compiled(
    r"born|(?<![a-z])(?:née|né |gim\.|nar\.|ur\.|nato |nata |sinh)|geb\.|geboren|syntynyt"
    r"|synnyin|sünd"
    r"|gimė|dzimis|dzimusi|rođen|roden|narod|narozen|urodzon|født|född|fædd|nascut|născut"
    r"|nacid|nascid|rugadh|zaliwa|lahir|ipinanganak|nació|nasceu|nacque|urodził|wazalwa"
    r"|akazvarwa|wavutse|dhashay|fanau|sucu|whānau|fèt|anadan|උපත|ተወለደ|जन्म|জন্ম|பிறப்பு"
    "|sinh|роден|родил|народи|ծնված|ծնվել|დაბადებული|生于|出生于|پیدائش|ትውልድ|生まれ|일생|doğumlu"
    "|年生|日生|일 생|ተወለዱ|متولد|مواليد|nascud|туған|ilgan|fæðing|កើត|est né|était né"
    r"|\(\*|\(s\."
)
WORDED = compiled(r"(?<![\w.])(" + ANY_DATE + ")")
_LINE_MARK = compiled(r"(?m:^)[ \t]*(?:\*|s\.)[ ]\d")


def worded_births(text: str) -> list[Finding]:
    """DATE_OF_BIRTH findings for a date right after a word for birth ("rođen 31. srpnja
    1941.", "s. 2. helmikuuta 1939", "* 27.12.1942   † 26.5.2024", a name's "(* 19.
    Dezember 2002)" or "(s. 15. elokuuta 2018)") or right before one
    ("1938/07/02生まれ", "1944년 12월 9일생", "08.08.1941 doğumlu")."""
    if _BORN_WORDS.search(text.lower()) is None and _LINE_MARK.search(text) is None:
        return []
    out: list[Finding] = []
    for m in _BORN_BEFORE.finditer(text):
        group = 1 if m.group(1) else 2
        out.append((*m.span(group), "DATE_OF_BIRTH", 0.85))
    out.extend(
        (*m.span(m.lastindex or 1), "DATE_OF_BIRTH", 0.85) for m in _BORN_AFTER.finditer(text)
    )
    return out


_NEXT = compiled(r",[ ]?|;[ ]?|[ ](?:and|&|et|y|und|e|i|и)[ ]")


def _listed_after(text: str, end: int) -> list[Finding]:
    """The dates listed after a keyed one ("Dates of birth: 02/09/1960, 27/10/1969")."""
    out: list[Finding] = []
    while (sep := _NEXT.match(text, end)) and (m := VALUE.match(text, sep.end())):
        if m.group("num") is None or not _real(m, "num"):
            break
        out.append((*m.span("num"), "DATE_OF_BIRTH", 0.85))
        end = m.end()
    return out


def _birth_key(text: str, start: int) -> re.Match[str] | None:
    """The key on the line right before text[start:] when it names a birth date."""
    line = text.rfind("\n", 0, start) + 1
    k = _KEYED.search(text, max(line, start - 60), start)
    if k is None or len(k.group("gap")) > 24 or not names_birth(k.group("key")):
        return None
    return k


def _keyed(text: str, m: re.Match[str]) -> Finding | None:
    k = _birth_key(text, m.start())
    if k is None:
        return None
    if m.group("md") and not _BIRTHDAY.search(k.group("key")):
        return None  # a month and day alone is a birthday only under its own key
    group = _shape(m)
    if not _real(m, group):
        return None
    mark = MARK_AFTER.match(text, m.end(group))  # "23.06.1972 r.", "04.05.2011 р."
    return (m.start(group), mark.end() if mark else m.end(group), "DATE_OF_BIRTH", 0.9)


def _keyed_words(text: str, m: re.Match[str]) -> Finding | None:
    """A date with its month in words under a key that names a birth date ("Datum rođenja:
    11. kolovoza 2010.", "Date of birth: 7 February 1997")."""
    if _birth_key(text, m.start(1)) is None:
        return None
    return (*m.span(1), "DATE_OF_BIRTH", 0.9)


# the literal stems of BIRTH and "dob": a text without any of them names no birth date
_STEMS = compiled(
    "birth|bday|b-day|b_day|born|geburt|gebdat|naissance|nacimiento|nascimento|nascita|nasc"
    "|naster|naşter|naște|narozen|urodz|rozhd|рожд|народж|narodzh|rodjen|rođen|рођ|szulet|szület"
    "|dogum|doğum|lahir|fodsel|fødsel|fodelse|födelse|syntym|sunni|sünni|geboorte|ngay"
    "|ngày sinh|γενν|γένν|לידה|ميلاد|تولد|जन्म|জন্ম|பிறந்த|பிறப்பு|เกิด|出生|生年月日|誕生|生日"
    "|생년월일|출생|생일|compleann|cumplea|kuzaliwa|kapanganakan|dzims|dzimš|gimim|dob"
    "|naixement|rojstva|rojen|narodeni|раждане|роден|gebore|יליד|dzimis|dzimusi"
    "|туған|ilgan|туғилган|fæðing|ծնվ|ծննդ|ትውልድ|مواليد|កើត|nac"
    "|twelid|nacement|раѓа|нарадж|gebuert|haihuwa|jaiotz|төрс|lindj|breith|geni|zalwa|dhalash"
    "|დაბად|پیدائش|زیږ|jidayik|పుట్టిన|ಜನ್ಮ|ಹುಟ್ಟಿದ|ജനന|જન્મ|ਜਨਮ|උපන්|မွေး|ເກີດ"
)


@functools.lru_cache(maxsize=4)
def mentions_birth(text: str) -> bool:
    """Whether a text has a word for a birth date anywhere: the first look of the passes
    that read keys and columns (`keyed_births`, `columns.column_values`), which ask it of
    the same text one after the other (cached apart from the keys and lines that
    `names_birth` judges, so these do not push the text out)."""
    return names_birth(text)


def names_birth(key: str) -> bool:
    """Whether a key, a heading or a label names a birth date."""
    lowered = key.lower()
    if _STEMS.search(lowered) is None:
        return False
    return BIRTH.search(lowered) is not None or _DOB.search(key) is not None


def dates_in(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of real calendar dates in text[start:end] (a table's cell)."""
    shapes = ((m, _shape(m)) for m in VALUE.finditer(text, start, end))
    return [m.span(g) for m, g in shapes if g in ("num", "compact", "cjk") and _real(m, g)]


def _real(m: re.Match[str], group: str) -> bool:
    """A real calendar date (VALUE's shapes hold years 1800-2099, Buddhist-era 2400-2599):
    judged by the value alone, never by today's date, so a text is sanitized the same way
    on every run (a date still to come under a birth key, an expected birth, is taken)."""
    value = m.group(group)
    if group == "num":
        return calendar_date(value.split("T")[0])
    if group == "thai":  # a day and a month's abbreviation: the shape is the check
        return True
    if group == "md":
        a, b = (int(x) for x in _NUMBERS.findall(value))
        return (1 <= a <= 12 and 1 <= b <= 31) or (1 <= b <= 12 and 1 <= a <= 31)
    if group == "compact":
        numbers = [int(value[:4]), int(value[4:6]), int(value[6:])]
    else:
        numbers = [int(x) for x in _NUMBERS.findall(value)]
    try:
        datetime.date(*numbers)
    except ValueError:
        return False
    return True


_WORD = compiled(r"\S+")
_CELLS = compiled(r"[ ]{2,}|\t|[ ]?\|[ ]?")
MAX_ROWS = 200


def _aligned(text: str) -> list[Finding]:
    """The dates under a heading that names a birth date, in a table whose columns line up:
    the heading's line has no digits and two cells or more (split by two spaces, a tab or a
    pipe); each row below, up to a blank line, has a date that overlaps the heading."""
    out: list[Finding] = []
    lines = text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    for i, line in enumerate(lines[:-1]):
        if any(c.isdigit() for c in line) or not names_birth(line):
            continue
        cells = [c for c in _CELLS.split(line.strip()) if c]
        if len(cells) < 2 or any(len(c.split()) > 3 for c in cells):
            continue
        heads = [w.span() for w in _WORD.finditer(line) if names_birth(w.group())]
        for row in range(i + 1, min(len(lines), i + 1 + MAX_ROWS)):
            if not lines[row].strip():
                break
            dates = [(m, _shape(m)) for m in VALUE.finditer(lines[row])]
            dates = [(m, g) for m, g in dates if g in ("num", "compact", "cjk")]
            hit = [
                m.span(g)
                for m, g in dates
                if any(m.start(g) < b and a < m.end(g) for a, b in heads) and _real(m, g)
            ]
            if dates and not hit:
                break  # a row whose dates are in other columns: not this table
            out.extend((offsets[row] + a, offsets[row] + b, "DATE_OF_BIRTH", 0.85) for a, b in hit)
    return out


def _shape(m: re.Match[str]) -> str:
    return next(g for g in ("num", "compact", "cjk", "call", "thai", "md") if m.group(g))
