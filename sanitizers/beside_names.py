"""Values written beside a found name in a record, with no word that says what they are.

A phone number right after the person it belongs to: "Arbiter: Pooja Verma, 98626 44596",
"Next of kin: Frank March (son), 653 40 03 00", "owner Joseph Allen, 09328736500", "Guram
Beridze — former manager — 09488111890", "Liana Vakhaeva — 9845495421, prefers mornings".

After a found name come a separator (a comma, a dash, a colon, a middle dot, a bar), at
most a short role in brackets or between dashes, then 9 to 13 digits in one to five groups.
The number may also stand in brackets right after the name ("Sunita Kapoor (98662 87223)
wrote:"), or alone on the line below a name that is alone on its line (a signature:
"--\nLam Siu-ming\n97965204"). A date, a year, a rating in brackets or an amount is no
such number: the digits must be 9 or more and the shape no date (phone validator); a number
glued to more digits or letters is left. Seven or eight digits (Norway, Hong Kong, Iceland,
Guatemala) count where the number is grouped, bracketed or ends its line ("Sindre Larsen
(48532712)", "Witness: Goh Kai Wen, 8558 6539"; not "Ana Lima, 20231234 in the list").

An upper-case surname before a given name, in a form's order ("HILL, James", "PATIENT NAME
PARK Jimin", a cell's "КАСЫМОВА Асель Маратовна").

A nickname in quotes in brackets right after a found name: 'Her son Tinashe Dube ("Rue")
translated', not an English word that names no one ('Ana Lima ("Tenant")'). (After
anything else that shape defines a contract's term: 'Acme Ltd ("Acme")'.)
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from sanitizers.first_names import name_word
from sanitizers.recognizers import Finding
from sanitizers.tries import compiled
from sanitizers.validators import national_phone, phone

_AFTER = compiled(
    # ", " / " (son), " / " — " / " · "
    r"(?:[ \t]*(?:\([^()\n]{1,20}\)[ \t]*)?(?:[,;:·|]|[ \t][–—-])[ \t]*"
    r"(?:[^\W\d][^\n\d,;()]{0,24}?[ \t][–—-][ \t]*)?"  # a role between dashes
    # or a space alone, when the number ends the line (a list of people and their numbers:
    # "Levan Kapanadze 577904168") or stands in brackets ("Lee Ka-yan (9321 7322)")
    r"|[ \t]+(?=[(+\d][\d ().+-]{6,24}[ \t]*(?:\n|$)|\(\+?\d[\d .-]{5,18}\d\)(?!\w))"
    # or a line break, when the number is alone on the next line (a signature)
    r"|[ \t]*\n[ \t]*(?=[(+\d][\d ().+-]{6,24}[ \t]*(?:\n|$)))"
    r"(\(?\+?\d{1,5}\)?(?:[ .-]?\d{2,8}){1,4})(?![\w/-]|[.,]\d)"
)
_LINE_END = compiled(r"[ \t]*\)?[ \t]*(?:\n|$|[·–—][ \t])")  # or a record's next field
SCORE = 0.6


def phones_after_names(text: str, found: list[Finding]) -> list[Finding]:
    """PHONE_NUMBER findings for numbers right after the PERSON findings in `found`."""
    out: list[Finding] = []
    for start, end, etype, _ in found:
        if etype != "PERSON":
            continue
        m = _AFTER.match(text, end)
        if m is None or not _number(text, m):
            continue
        if "\n" in m.group(0):
            if text[text.rfind("\n", 0, start) + 1 : start].strip(" \t-•*>"):
                continue  # a signature's name is alone on its line
        elif not text[end : m.start(1)].strip() and not _listed(text, start, m.group(1)):
            continue
        lead = m.group(1).startswith("(") and ")" not in m.group(1)  # "(+82 10-…)": no "("
        out.append((m.start(1) + lead, m.end(1), "PHONE_NUMBER", SCORE))
    return out


def _number(text: str, m: re.Match[str]) -> bool:
    """9 to 12 digits, or 7 or 8 where the number is grouped, bracketed or ends its line or
    field ("Jocelyn Joseph — 32790231 — j@x.ht")."""
    number = m.group(1)
    if national_phone(number):
        return True
    digits = sum(c.isdigit() for c in number)
    if not 7 <= digits <= 8 or not phone(number):
        return False
    bracketed = number.startswith("(") or text[m.start(1) - 1 : m.start(1)] == "("
    return bracketed or " " in number.strip("()") or _LINE_END.match(text, m.end(1)) is not None


def _listed(text: str, start: int, number: str) -> bool:
    """A number after a name and a space alone is the name's where a line or a key's value
    is a name and a number, or the number is in parentheses ("Levan Kapanadze 577904168",
    "Treasurer: Raimunda Ferreira 11 99815 8367", "Taras Lysenko (3052242380)"; not
    "Versicherungsnummer 15269272-77", whose "name" NER read in a sentence)."""
    before = text[text.rfind("\n", 0, start) + 1 : start].strip(" \t-•*")
    return not before or before.endswith(":") or number.startswith("(")


# an upper-case surname before a found given name, in a form's order ("HILL, James",
# "VÉZINA, Martin"); not a label in capitals ("NOTE, James said")
_SURNAME_FIRST = compiled(
    r"(?:^|[:;|(,–—-][ \t]*|[ \t]{2,}|\n[ \t]*)"  # a field's start, not prose ("the VPN, John")
    r"(?=[A-ZÀ-Þ'’-]*[AEIOUYÀ-ÖØ-Þ])([A-ZÀ-Þ][A-ZÀ-Þ'’-]{2,30}),[ ]\Z"
    # or after a form's key in capitals, with no comma ("PATIENT NAME PARK Jimin")
    r"|(?:^|\n)[ \t]*(?:[A-Z]{2,}[ ]){1,3}"
    r"(?=[A-ZÀ-Þ'’-]*[AEIOUYÀ-ÖØ-Þ])([A-ZÀ-Þ][A-ZÀ-Þ'’-]{1,30})[ ]\Z"
    # or at a cell's start or after a column's spaces, with no comma, in Latin or Cyrillic
    # letters ("| GONZÁLEZ Julieta", "\"КАСЫМОВА Асель Маратовна\";", "6529934  LEVI Itai");
    # not at a line's start ("AGENT Théo:", "RIP Siro Bättig" are labels)
    r"|(?:[|;\"„\t]|[ \t]{2,})[ \t]*(?=[A-ZÀ-ÞА-ЯЁ'’-]*[AEIOUYÀ-ÖØ-ÞАЕЁИОУЫЭЮЯ])"
    r"([A-ZÀ-ÞА-ЯЁ][A-ZÀ-ÞА-ЯЁ'’-]{2,30})[ ]\Z"
)
_LABELS = frozenset(
    [
        "note",
        "notes",
        "todo",
        "fyi",
        "attn",
        "re",
        "fw",
        "fwd",
        "cc",
        "bcc",
        "ps",
        "ok",
        "nb",
        "important",
        "urgent",
        "warning",
        "error",
        "info",
        "debug",
        "usa",
        "uk",
        "eu",
        "us",
        "hr",
        "it",
        "qa",
        "ceo",
        "cto",
        "dob",
        "id",
        "faq",
        "pdf",
        "api",
        "url",
        "sql",
        "asap",
        "update",
        "reminder",
    ]
)


def surnames_before(text: str, found: list[Finding]) -> list[Finding]:
    """PERSON findings for upper-case surnames written before a found given name."""
    out: list[Finding] = []
    for start, _end, etype, score in found:
        if etype != "PERSON" or not (
            text[start : start + 1].isupper() and text[start + 1 : start + 2].islower()
        ):
            continue  # a given name in Title case ("PARK Jimin"; not "LINA HU", "OKAFOR Ikenna")
        window = max(0, start - 34)
        m = _SURNAME_FIRST.search(text[window:start])
        group = m.lastindex if m is not None else None  # the one alternative that matched
        if m is not None and group and m.group(group).lower() not in _LABELS | STOP_WORDS:
            out.append((window + m.start(group), window + m.end(group), "PERSON", score))
    return out


# a capitalized nickname of one or two words, quoted in brackets
_NICKNAME = compiled(r"[ ]?\([\"“'‘]([^\W\d_][^\W\d_'’-]*(?:[ ][^\W\d_][^\W\d_'’-]*)?)[\"”'’]\)")


def nicknames_after(text: str, found: list[Finding], words: frozenset[str]) -> list[Finding]:
    """PERSON findings for a quoted nickname in brackets right after a found name, not an
    English word that is no listed first name (a contract's '("Tenant")', '("Pop")')."""
    out: list[Finding] = []
    for _, end, etype, _ in found:
        m = _NICKNAME.match(text, end) if etype == "PERSON" else None
        if m is None or not m.group(1)[0].isupper():
            continue
        if not any(name_word(w, words) for w in m.group(1).split(" ")):
            continue
        out.append((m.start(1), m.end(1), "PERSON", 0.75))
    return out
