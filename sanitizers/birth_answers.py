"""A date of birth given as the answer to a question for it, in a call transcript or a
chat, the next line after the question:

    agent: and your date of birth and a phone we can reach you
    caller: 22 october 1987 and 517 776 5438

    HANDLÄGGARE: vad är ditt födelsedatum        상담원: 생년월일 말씀해 주시겠어요
    KUND: 1968-08-09                             고객: 1957.03.25

The question is a line that names a birth date (`birth_keys.BIRTH`, "dob", "birthday") and
holds no date itself; the answer is the next line's message, after its speaker's label and
its time, when a real calendar date opens it or follows a name there ("amit chauhan 14th
July 1956", "the 10th of september 1979"), in digits or spoken ("july twenty seventh
nineteen seventy four"). A date further into the line is something else
("I'll come on 12/03/2025 with my son" is not taken when it is past `REACH` characters).
"""

from __future__ import annotations

import re

from sanitizers.birth_keys import BIRTH, dates_in, mentions_birth
from sanitizers.recognizers import Finding
from sanitizers.tries import compiled

_MONTH = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
    r"|(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre"
    r"|diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro"
    r"|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|januar|februar"
    r"|märz|juni|juli|oktober|dezember|janvier|février|mars|avril|mai|juin|juillet|août"
    r"|septembre|octobre|novembre|décembre|ocak|şubat|mart|nisan|mayıs|haziran|temmuz"
    r"|ağustos|eylül|ekim|kasım|aralık|januari|februari|maret|mei|agustus|desember"
    r"|noiembrie|decembrie|ianuarie|februarie|martie|aprilie|iunie|iulie|septembrie"
    r"|octombrie)"
)
_YEAR = r"(?:18|19|20)\d\d"
# a date with its month in words, in the orders speech-to-text writes ("august 13th 1973",
# "the 10th of september 1979", "14th July 1956", "October 11, 1944", "11 de maio de 1945",
# "26. November 1970", "ika-2 ng Mayo 2001")
_WORDED = compiled(
    rf"(?i:(?<![\w.])(?:(?:the[ ])?(?:ika-)?\d{{1,2}}(?:st|nd|rd|th)?\.?[ ](?:of[ ]|de[ ]|ng[ ])?"
    rf"(?:{_MONTH})(?:[ ]de)?,?[ ]{_YEAR}"
    rf"|(?:{_MONTH})[ ]\d{{1,2}}(?:st|nd|rd|th)?,?[ ]{_YEAR}"
    # any language's month after a day and its dot ("25. lokakuuta 1958", "12. јула 1994.")
    rf"|\d{{1,2}}\.[ ][^\W\d_]{{3,12}}[ ]{_YEAR})(?![\w]))"
)
# a date spoken and written out by speech-to-text ("july twenty seventh nineteen seventy
# four", "the twenty first of may nineteen sixty six", "october twenty first two thousand
# six", day and month as numbers: "three seven nineteen seventy two")
_UNIT = "one|two|three|four|five|six|seven|eight|nine"
_TEEN = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_NTH = (
    "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    "|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth"
)
_ORDINAL = rf"(?:(?:twenty|thirty)[ -])?(?:{_NTH})|twentieth|thirtieth"
_NUMBER = rf"(?:twenty|thirty)(?:[ -](?:{_UNIT}))?|{_TEEN}|{_UNIT}"
_SPOKEN_YEAR = (
    rf"(?:nineteen|eighteen)[ ](?:(?:{_TENS})(?:[ -](?:{_UNIT}))?|{_TEEN}|oh[ ](?:{_UNIT})|hundred)"
    rf"|two[ ]thousand(?:[ ]and)?(?:[ ](?:(?:{_TENS})(?:[ -](?:{_UNIT}))?|{_TEEN}|{_UNIT}))?"
    rf"|twenty[ ](?:(?:{_TENS})(?:[ -](?:{_UNIT}))?|{_TEEN}|oh[ ](?:{_UNIT}))"
)
_SPOKEN = compiled(
    rf"(?i:(?<![\w-])(?:(?:{_MONTH})[ ](?:the[ ])?(?:{_ORDINAL}|{_NUMBER})"
    rf"|(?:the[ ])?(?:{_ORDINAL})[ ]of[ ](?:{_MONTH})"
    rf"|(?:{_NUMBER})[ ](?:{_UNIT}|ten|eleven|twelve))"
    rf",?[ ](?:{_SPOKEN_YEAR})(?![\w-]))"
)
# a message's opening: a speaker's label and its time ("caller: ", "[07/09/2023, 12:53:14]
# Mihaela: ", "客户：")
_LABEL = compiled(r"[ \t]*(?:\[[^\]\n]{1,30}\][ \t]*)?(?:[^\n:：]{1,40}[:：][ \t]*)?")
_DOB = compiled(r"(?i:(?<![a-z])(?:dob|d\.o\.b\.?|birthday|b-?day)(?![a-z]))")
_STAMP = compiled(r"^[ \t]*\[[^\]\n]{1,30}\][ \t]*")
REACH = 40  # the date opens the message or follows a name


def birth_answers(text: str) -> list[Finding]:
    """DATE_OF_BIRTH findings for a date given on the line after a question for it."""
    lines = text.split("\n")
    if len(lines) < 2 or not (mentions_birth(text) or _DOB.search(text)):
        return []
    out: list[Finding] = []
    at = 0
    for line, answer in zip(lines, lines[1:], strict=False):
        start = at + len(line) + 1
        at = start
        asked = _LABEL.match(line)
        question = line[asked.end() if asked else 0 :]  # (a key's own word is no question)
        if not (BIRTH.search(question.lower()) or _DOB.search(question)) or _date(
            question, 0, len(question)
        ):
            continue  # no question, or one that holds its own date (keys take it)
        label = _LABEL.match(answer)
        begin = label.end() if label else 0
        if not _speaker(answer[:begin], text):
            continue  # "Date of issue: 21 APR 2025" after "Place of birth: …" is a form
        found = _date(answer, begin, min(len(answer), begin + REACH + 30))
        if found is not None and found[0] - begin <= REACH:
            out.append((start + found[0], start + found[1], "DATE_OF_BIRTH", 0.85))
    return out


def _date(line: str, start: int, end: int) -> tuple[int, int] | None:
    """The first real calendar date in line[start:end], numeric or in words."""
    spans = dates_in(line, start, end)
    for regex in (_WORDED, _SPOKEN):
        worded = regex.search(line, start, end)
        if worded is not None:
            spans.append(worded.span())
    return min(spans) if spans else None


def _speaker(label: str, text: str) -> bool:
    """A label that opens another line of the text too (a dialogue's speaker), or after a
    chat's time stamp."""
    name = _STAMP.sub("", label).strip(" \t:：")
    if not name:
        return False
    if label.lstrip().startswith("["):
        return True
    # the whole label, or its role word ("ASIAKAS Erik Wallin:" after "ASIAKAS:")
    for who in dict.fromkeys((name, name.split()[0])):
        opener = re.compile(  # (no alternation to compact; re caches it)
            rf"(?m)^[ \t]*(?:\[[^\]\n]{{1,30}}\][ \t]*)?{re.escape(who)}"
            r"(?:[ ][^\n:：]{1,30})?[ \t]*[:：]"
        )
        if len(opener.findall(text)) >= 2:
            return True
    return False
