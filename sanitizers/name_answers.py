"""A name asked for in a call or a chat and given at the start of the next line:

    CONSEILLER : et votre nom et prénom
    CLIENTE : anaïs rousseau
    agent: and your name and date of birth
    caller: irakli lomidze june 23rd 1975

Speech-to-text writes names in lowercase, and no cue stands before them: the question is
the cue. The question holds a word for a name in one of 30 languages ("name", "nom",
"nome", "nombre", "имя", "фио", "이름", "お名前", "姓名", "नाम", "اسم", "tên"...). The answer is
its line's first one to three words after the speaker's label (and an "it's", "c'est",
"soy"): the first a listed or census first name or surname, the others words of letters
that are no English words (unless listed: "grace holloway"), months or common words; it
stops at the first that is not. Both lines open with a speaker's label, and the question
asks ("your", "may I", a question mark, and their kin), so "Log Name: System" asks nothing.
"""

from __future__ import annotations

from sanitizers.first_names import census_names, first_name
from sanitizers.lexicon import CALENDAR, COMMON_WORDS, known
from sanitizers.recognizers import Finding
from sanitizers.tries import compiled

_ASKED = compiled(
    r"(?i:\b(?:(?:full |first |last |sur|patient'?s |policyholder'?s |account holder'?s )?name|"
    r"nom(?:[ ]et[ ]prénom)?|prénom|nome(?:[ ]e[ ]cognome)?|cognome|nombre(?:[ ]completo)?|"
    r"apellidos?|naam|vorname|nachname|isim|adınız|soyadınız|imię|nazwisko|jméno|"
    r"who (?:am i|i'm) speaking (?:to|with))\b|имя|фамили[юя]|фио|прізвище|ім.я|όνομα|"
    r"ονοματεπώνυμο|이름|성함|名前|お名前|姓名|名字|ชื่อ|नाम|اسم|שם|tên|nama|jina|pangalan)"
    r"[^\n]{0,60}$"
)
_LABEL = compiled(
    r"[ \t]*(?:\[[^\]\n]{1,25}\][ \t]*|\d{1,2}:\d{2}(?::\d{2})?[ \t]+)?[^\n:：\d]{1,30}[:：][ \t]*"
)
_LEAD = compiled(
    r"(?i:it'?s|its|this is|my name is|c'est|je m'appelle|soy|me llamo|sono|mi chiamo|"
    r"ich bin|ik ben|sure,?|yes,?|oui,?|sí,?|sì,?|да,?|ja,?)[ ]+"
)
# a request or a question: "your", "may I", "?" and their kin in other languages
_REQUEST = compiled(
    r"[?？]|(?i:\b(?:your|may i|can i|could i|please|votre|vos|puis-je|su|sua|suo|seu|ihr(?:en)?|"
    r"uw|twoje|pana|pani|mi dà|dígame|me da|dites|назовите|ваш[аеу]?|ваше|ваш[иі]|jūsų|"
    r"adınız|soyadınız)\b)|성함|お名前|您的|请|ขอ|आपका|बताइए|اسمك|שמך|cho em xin|xin"
)
_TOKEN = compiled(r"[^\W\d_]+(?:['’-][^\W\d_]+)?")
MAX_TOKENS = 3


def name_answers(text: str, words: frozenset[str]) -> list[Finding]:
    """PERSON findings for names given right after a question for them."""
    out: list[Finding] = []
    lines = text.split("\n")
    pos = 0
    starts = []
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    for i in range(len(lines) - 1):
        question = lines[i]
        if _LABEL.match(question) is None or _REQUEST.search(question) is None:
            continue  # a speaker who asks ("agent: and your name?"), not a "Log Name:" line
        if _ASKED.search(question.rstrip(" ?？")) is None:
            continue
        answer = lines[i + 1]
        label = _LABEL.match(answer)
        if label is None:
            continue
        at = label.end()
        lead = _LEAD.match(answer, at)
        at = lead.end() if lead else at
        span = _name_at(answer, at, words)
        if span is not None:
            out.append((starts[i + 1] + span[0], starts[i + 1] + span[1], "PERSON", 0.75))
    return out


def _name_at(line: str, at: int, words: frozenset[str]) -> tuple[int, int] | None:
    """The span of one to three name words at `at`, or None."""
    surnames = census_names()[0]
    end = None
    for taken, m in enumerate(_TOKEN.finditer(line, at), 1):
        if m.start() != (at if end is None else end + 1):
            break  # one space between words
        low = m.group().lower()
        listed = first_name(low) or low in surnames
        if end is None and (not listed or len(low) < 3):
            break  # the answer starts with a listed first name or surname ("sige", "ha")
        if low in COMMON_WORDS or low in CALENDAR or (known(low, words) and not listed):
            break
        end = m.end()
        if taken == MAX_TOKENS:
            break
    return (at, end) if end is not None else None
