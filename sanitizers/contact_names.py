"""The name between a contact key and a found phone number, in any language:

    যোগাযোগ: আফরোজা চৌধুরী (+8801201671411), ইমেইল …
    தொடர்புக்கு: R. ரம்யா - 81286 41270
    Холбоо барих: Т. Мөнхбат +976 9912 1333
    ติดต่อ: ชนิดา ศรีสุข โทร 085-707-7819
    ဆက်သွယ်ရန်: နှင်းဝေ 09 785 556 035

A key that says "contact" (KEYS), its colon, then one to four words, then on the same line a
phone number (found by an earlier pass, or shaped like one: the key tells what it is), with
at most a separator (a comma, a dash, a
bracket) or a phone's word (`tel`, `โทร`, `ফোন`) between them. The words are a name when
each is a word of a script without capitals, a capitalized word or an initial ("R.",
"Т."), not all of them are English words ("Contact: Customer Service 0800 123 456"
stays), and none names a desk or a company ("Zylo Helpdesk", "Biuro Obsługi"). A title
before the name stays outside it ("যোগাযোগ: Dr আক্তার 01557 565908").
"""

from __future__ import annotations

import bisect

from sanitizers.lexicon import VOWEL_SIGNS, known, organization_word
from sanitizers.person_rows import phone_cell
from sanitizers.recognizers import Finding
from sanitizers.tries import compiled

KEYS = (
    "contact|contact person|contact name|kontakt|kontaktperson|contacto|persona de contacto"
    "|contato|pessoa de contato|contatto|interlocuteur|ansprechpartner(?:in)?|liên hệ"
    "|người liên hệ|hubungi|kontak|narahubung|للتواصل|التواصل|تواصل|اتصال|איש קשר|ליצירת קשר"
    "|संपर्क|सम्पर्क|যোগাযোগ|தொடர்புக்கு|தொடர்பு|సంప్రదించండి|ติดต่อ|ผู้ติดต่อ|ဆက်သွယ်ရန်"
    "|холбоо барих|контакт|контактное лицо|контактна особа|iletişim|yetkili|επικοινωνία"
    "|საკონტაქტო პირი|კონტაქტი|ተጠሪ|mawasiliano"
)
# the key and its colon, the words after it up to the end of the line
_KEYED = compiled(rf"(?i)(?<![^\W\d_])(?:{KEYS})[ \t]*[:：][ \t]*([^\n]{{1,60}})")
# between the name and the phone number: a separator or a phone's word, to the number
_BETWEEN = compiled(
    r"(?=[ \t,(（–—-])[ \t]*(?:[,(（–—-][ \t]*)?(?i:(?:tel|phone|mob|mobile|ph|hp|wa|โทร|ফোন"
    r"|फ़ोन|फोन|тел|ဖုန်း|điện thoại|đt|sđt)[.:]?[ \t]*)?[(+]?\Z"
)
_WORD = compiled(rf"[^\W\d_](?:[^\W\d_]|[{VOWEL_SIGNS}\u102b-\u103e])*\.?")
_TITLES = frozenset(
    ["mr", "mrs", "ms", "miss", "dr", "prof", "mr.", "mrs.", "ms.", "dr.", "prof.", "shri", "smt"]
)
# the words of a desk or a team that answers a contact's number, in a few languages
_DESKS = frozenset(
    """support helpdesk help desk hotline helpline service services office team sales
    reception center centre enquiries inquiries info customer customers care biuro
    obsługi obslugi kundenservice kundendienst servicio atención atencion clientes client
    clientèle accueil assistenza""".split()  # noqa: SIM905
)
_NUMBER = compiled(r"\+?(?:\(\d{1,5}\)[ -]?)?\d[\d -]{5,16}\d(?![\d-])")


def contact_names(text: str, found: list[Finding], words: frozenset[str]) -> list[Finding]:
    """PERSON findings for the name after a contact key and before a found phone number."""
    phones = sorted(s for s, _, t, _ in found if t == "PHONE_NUMBER")
    out: list[Finding] = []
    for m in _KEYED.finditer(text):
        start, end = m.span(1)
        at = bisect.bisect_left(phones, start)
        if at < len(phones) and phones[at] <= end:
            phone, new = phones[at], None
        elif (number := _NUMBER.search(text, start, end)) and phone_cell(number.group()):
            phone, new = number.start(), number.span()  # a number no pass found: the key
            # tells it is a phone number ("ဆက်သွယ်ရန်: နှင်းဝေ 09-180991545")
        else:
            continue
        head = text[start:phone]
        if (name := _name(head[: _value_end(head)], words)) is not None:
            a, b = name
            out.append((start + a, start + b, "PERSON", 0.75))
            if new is not None:
                out.append((*new, "PHONE_NUMBER", 0.75))
    return out


def _value_end(head: str) -> int:
    """Where the words before the phone number end: before its separator or word."""
    m = _BETWEEN.search(head)
    return len(head) if m is None else m.start()


def _name(value: str, words: frozenset[str]) -> tuple[int, int] | None:
    """The span of the name in `value` (a title before it left out), or None."""
    tokens = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(value)]
    if not tokens or " ".join(t for *_, t in tokens) != value:
        return None  # something other than words and single spaces
    while tokens and tokens[0][2].lower() in _TITLES:
        tokens = tokens[1:]
    if not 1 <= len(tokens) <= 4:
        return None
    full = [t for *_, t in tokens if not (t.endswith(".") and len(t.rstrip(".")) <= 2)]
    if not full:
        return None  # initials only
    if any(t[0].islower() for t in full):
        return None  # a lowercase word of a cased script
    if any(t.lower().rstrip(".") in _DESKS or organization_word(t) for t in full):
        return None  # a desk or a company ("Zylo Helpdesk", "Biuro Obsługi", "Acme GmbH")
    cased = [t for t in full if t[0].isupper()]
    if cased and len(cased) == len(full) and all(known(t.rstrip("."), words) for t in cased):
        return None  # English words ("Customer Service")
    return tokens[0][0], tokens[-1][1]
