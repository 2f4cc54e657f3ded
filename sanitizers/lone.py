"""A lone capitalized word in English prose that the English word list does not know.

In English a capitalized word inside a sentence is a proper noun: a person, a place, an
organization or a product. The small NER model often calls a lone first name or surname an
organization or nothing at all ("I emailed Siobhán but got no reply", "Could Oleksandr take
the night shift?"). `lone_names` takes such a word when nothing points elsewhere:

- not a word of the model's English word list (so "Grace" or "Victor" are not taken);
- alone: no capitalized word right before or after it (runs are `name_shapes`' business);
- not a date, amount or other such entity for NER (organizations, nationalities, places
  and products do not veto: NER gives lone foreign names those labels, "Budget questions
  go to Roksana": GPE), not after a determiner ("the Grafana dashboard"), a place
  preposition ("in Kutaisi", "flew to Teruel", the town after an address's number:
  "Allika 46, Riisa") or "tried", not in a comparison ("Zulip or Signal", "Is Hatchet
  better than Psycopg?"), not before a number ("Hatchet 2") or a colon (a label:
  "Standup:"), not a file name or address ("Main.java", "a@b");
- in a sentence that is not technical (versions, code, software words) nor a table row:
  a product name there is more likely than a person (a chat export's date opening the
  line, "09/09/2025, 15:02 - Zinhle: ...", is no table; its message's first word is left
  alone: a greeting or an interjection more often than a name, "Palesa: Eish, ...").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Span

from sanitizers.export_senders import CLOCK_LINE, STAMP
from sanitizers.lexicon import CALENDAR
from sanitizers.names import COMMON_WORDS, known, names_data, participle
from sanitizers.person import TITLE, title_word
from sanitizers.recognizers import Finding
from sanitizers.tries import compiled

NER_SCORE = 0.85  # a PERSON from spaCy's NER
LONE_SCORE = 0.84  # below NER's, above the cue-or-shape scores (see lists.NER_ONLY)
GIVEN_SCORE = 0.83  # a listed first name (given.py): kept in prose lines of technical texts
_WORD = compiled(rf"(?<![\w'’.@/\\#$-]){TITLE}(?![\w@/\\-]|\.\w)")
_PREV = compiled(r"([^\W\d_]+(?:['’-][^\W\d_]+)*)[ \t]+$")
_NEXT = compiled(r"[ \t]+([^\W_]+)")
_NOT_BEFORE = frozenset(
    ["the", "a", "an", "this", "that", "these", "those", "our", "your", "their", "its", "in",
     "at", "near", "into", "vs", "versus", "or", "than", "via", "nor", "over", "instead",
     "like", "using", "use", "on", "of", "try", "tried", "trying"]
)  # fmt: skip
_TABLE = compiled(r"[={}/_<>\\|]|[,;]\S")  # code, paths, CSV rows: not prose
# a comparison is about tools, rarely about people ("Is Blazor better than Zig?")
COMPARISON = compiled(r"\b(?:than|better|worse|faster|slower|vs|versus)\b", re.IGNORECASE)
# NER labels a lone foreign name ORG or NORP ("I emailed Siobhán": NORP) as often as PERSON
_WEAK_LABELS = frozenset(["PERSON", "ORG", "NORP", "GPE", "PRODUCT"])
# the place that ends a postal address after its number, or a destination
PLACE_BEFORE = compiled(
    r"(?<![\d.,])\d{1,5}[A-Za-z]?,[ \t]*$"  # a house number, not an amount ("$881.84, ")
    r"|\b(?:flew|flown|flying|moved|moving|returned|travell?ed|drove|"
    r"went|relocated|emigrated|commuted?|back) to[ \t]+$"
)
# a label's colon, also after its number sign ("Standup:", "Reisepass-Nr.:", "Passeport n° :")
_LABEL = compiled(r"\.?(?:[ \t]+(?i:n°|nº|no\.?|nr\.?|num\.?|#))?[ \t]*[:：]")
_NON_LATIN = compiled(r"[\u0370-\u1dff\u2c00-\uffff]")  # Greek, Cyrillic, ...; not Vietnamese
_ENDINGS = frozenset(["ll", "re", "ve"])  # contractions, not O'Neill or Ch'ien
_NOT_AFTER = frozenset(["or", "vs", "versus", "nor"])
# "Feedback for Tapani: ...", "notes from my 1:1 with Oluchi:": an addressee, not a label
_ADDRESSEE = frozenset(["for", "to", "with", "from", "cc", "dear"])
_NOUN_CAPITALS = frozenset(names_data()["noun_capitalizing"])
_SENDER_LABEL = compiled(r"[^:\n]{1,40}:[ \t]+[\"'“‘]?")
_LOWER = compiled(r"[^\W\d_]+")
_CLOCK_LINE = compiled(CLOCK_LINE)  # "Olumide 8:41 PM": a chat copy's sender


def _unknown(word: str, words: frozenset[str]) -> bool:
    """Not English: neither the word nor any part of a hyphenated one ("Reviewed-by")."""
    low = word.lower()
    if low in COMMON_WORDS or low in CALENDAR or participle(word, words) or known(word, words):
        return False
    parts = [p for p in re.split(r"[-'’]", word) if len(p) > 1]
    return len(parts) < 2 or not any(known(p, words) or participle(p, words) for p in parts)


def lone_names(
    text: str, words: frozenset[str], ents: Iterable[Span], technical: bool, foreign: bool
) -> list[Finding]:
    """PERSON findings for lone capitalized unknown words of a prose sentence `text`
    (`ents`: NER's entities there; a place, date, product... vetoes its words). In prose
    of another language (`foreign`) only a word after a lowercase word counts ("Cảm ơn bác
    sĩ Adamu", not "Merhaba," nor "Theek hai"), and none in a language that capitalizes
    its nouns ("Bitte senden Sie die Ware"; in a sentence that is not `foreign`, one of its
    words that is no English word says so: "Ich: bin in 18 Uhr am Hauptbahnhof")."""
    stamp = STAMP.match(text)  # a chat export's date is no table: "09/09/2025, 15:02 - "
    if technical or _TABLE.search(text, stamp.end() if stamp else 0) or COMPARISON.search(text):
        return []
    # a chat message's first word is a greeting or an interjection more often than a name
    # ("Palesa: Eish, load shedding", "Sofie: Hej! ..."): not taken
    sender = _SENDER_LABEL.match(text, stamp.end()) if stamp else None
    opening = sender.end() if sender else -1
    if noun_capitalizing(text, words, foreign):
        return []
    entities = [(e.start_char, e.end_char) for e in ents if e.label_ not in _WEAK_LABELS]
    out: list[Finding] = []
    for m in _WORD.finditer(text):
        word, a, b = m.group(), m.start(), m.end()
        if a == opening:
            continue
        if len(word) < 3 or not title_word(word) or re.split(r"['’]", word)[-1] in _ENDINGS:
            continue  # ALL-CAPS, "We'll"
        if not _unknown(word, words) or _NON_LATIN.search(word):
            continue  # known, or another script: the English model's guess is noise ("Дата")
        if any(x < b and a < y for x, y in entities):
            continue
        prev = _PREV.search(text, max(0, a - 40), a)
        before = prev.group(1) if prev is not None else ""
        if before.lower() in _NOT_BEFORE or (
            before[:1].isupper() and before.lower() not in COMMON_WORDS
        ):
            continue  # "Is Oleksandr", "Could Siobhán": a capitalized stop word is no name
        if foreign and not before[:1].islower():
            continue  # a sentence's first word, a greeting, a label's value
        if PLACE_BEFORE.search(text, max(0, a - 40), a):
            continue  # "47 Spinatsch 94, Moosleerau", "flew to Teruel"
        nxt = _NEXT.match(text, b)
        if nxt is not None:
            following = nxt.group(1)
            digit = following[:1].isdigit() and not _CLOCK_LINE.match(text, nxt.start(1))
            if following[:1].isupper() or digit or following in _NOT_AFTER:
                continue
        if _LABEL.match(text, b) and before.lower() not in _ADDRESSEE:
            continue  # a label ("Standup:", "Reisepass-Nr.:"); chat speakers are cues' business
        out.append((a, b, "PERSON", LONE_SCORE))
    return out


def noun_capitalizing(text: str, words: frozenset[str], foreign: bool) -> bool:
    """A sentence of a language that capitalizes its nouns (names.yaml's function words of
    German and Luxembourgish): in one `foreign`, any of them ("Bitte senden Sie die Ware");
    otherwise one that is no English word ("Ich: bin in 18 Uhr am Hauptbahnhof")."""
    german = _NOUN_CAPITALS.intersection(_LOWER.findall(text.lower()))
    return bool(german) and (foreign or any(not known(w, words) for w in german))


def guessed_word(text: str, f: Finding) -> bool:
    """A one-word PERSON that only NER, `lone_names` or, on a line of at most three words
    (a list item, a config value: "- Frida", "name: kong"), `given_names` found (no cue,
    key or handle): the engine drops it in a text that is technical as a whole."""
    if f[2] != "PERSON" or " " in text[f[0] : f[1]].strip():
        return False
    if f[3] in (NER_SCORE, LONE_SCORE):
        return True
    if f[3] != GIVEN_SCORE:
        return False
    start, end = text.rfind("\n", 0, f[0]) + 1, text.find("\n", f[1])
    return len(text[start : end if end >= 0 else len(text)].split()) <= 3
