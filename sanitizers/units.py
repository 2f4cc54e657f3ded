"""Cutting texts into units (sentences of lines) with exact offsets, and deciding which
units need the NER model at all.

Units are the cache key: a system prompt, a document or a boilerplate sentence seen before
is never analysed again. Sentences are cut at ". " / "! " / "? " before a capital or digit,
except after abbreviations and initials ("Dr. Smith", "J. Smith", "Main St. Springfield").
"""

from __future__ import annotations

from sanitizers.tries import compiled

DEFAULT_PIECE = 10_000

_BOUNDARY = compiled(r"([.!?]+[\"')\]]*)[ \t]+(?=[\"'(\[]?[A-Z0-9])")
_LAST_WORD = compiled(r"([\w.]+)$")
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "avda",
        "vul",
        "prosp",
        "per",
        "bul",
        "nab",
        "kv",
        "sok",
        "mah",
        "cad",
        "str",
        "utca",
        "mrs",
        "ms",
        "dr",
        "prof",
        "st",
        "ave",
        "rd",
        "blvd",
        "jr",
        "sr",
        "inc",
        "ltd",
        "co",
        "corp",
        "no",
        "nr",
        "apt",
        "vs",
        "etc",
        "e.g",
        "i.e",
        "u.s",
        "ph.d",
        "fig",
        "dept",
        "mt",
        "ft",
        "sq",
        "ste",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "rev",
        "hon",
        "est",
        "approx",
        "ca",
        "cf",
        "al",
    ]
)
_CAPITALIZED = compiled(r"(?<![\w'’-])[^\W\d_a-z][^\W\d_]*")
_LEAD = compiled(r"^[\W\d_]*")


def _pieces(line: str, start: int, limit: int) -> list[tuple[int, str]]:
    out = []
    while len(line) > limit:
        cut = max(line.rfind(" ", limit // 2, limit), line.rfind("\t", limit // 2, limit))
        cut = cut if cut > 0 else limit
        out.append((start, line[:cut]))
        start += cut
        line = line[cut:]
    out.append((start, line))
    return out


def _ends_sentence(token: str, digit_next: bool = False) -> bool:
    """Whether a period after `token` ends a sentence: not after abbreviations, initials,
    dotted tokens (P.O, e.g), one- or two-letter words (ul., J.), one- or two-digit
    numbers (German dates: 4. April), short capitalized words (Proc., Ave., Gen.) or a
    short word before a number (a label: "geb. 22.11.1969", "tel. 030 1234", "ref. 42")."""
    low = token.lower()
    if digit_next and token.isalpha() and (len(token) <= 6 or low.endswith("str")):
        return False  # a label or a German street ("Weserstr. 26")
    if token.isdigit() and (len(token) <= 2 or digit_next):
        return False  # a day or an ordinal ("4. April 1994", "1. Mai"), a year ("1955. 08. 01.")
    if low in _ABBREVIATIONS or "." in token or (len(token) <= 2 and token.isalpha()):
        return False
    return not (token[:1].isupper() and len(token) < 5)


def sentences(line: str) -> list[tuple[int, str]]:
    """(offset, sentence) within one line."""
    out = []
    pos = 0
    for m in _BOUNDARY.finditer(line):
        if line[m.start() - 1 : m.start()] in (" ", "\t"):
            continue  # a leader, not an end: "Driver licence . 75784485"
        word = _LAST_WORD.search(line, pos, m.start())
        digit_next = line[m.end() : m.end() + 1].isdigit()
        if word is not None and not _ends_sentence(word.group(1), digit_next):
            continue
        out.append((pos, line[pos : m.end(1)]))
        pos = m.end()
    out.append((pos, line[pos:]))
    return out


def split_units(text: str, limit: int = DEFAULT_PIECE) -> list[tuple[int, str]]:
    """(offset, unit) for each sentence of each non-blank line; pieces <= limit chars."""
    units: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        start = pos
        pos += len(line) + 1
        if not line.strip():
            continue
        for offset, sentence in sentences(line):
            if sentence.strip():
                units.extend(_pieces(sentence, start + offset, limit))
    return units


def needs_person_ner(unit: str, words: frozenset[str]) -> bool:
    """False when the unit has no word that could start a name for spaCy: no capitalized
    word except a dictionary word opening the sentence, "I"-forms and ALL-CAPS acronyms."""
    lead = _LEAD.match(unit).end()
    for m in _CAPITALIZED.finditer(unit):
        word = m.group()
        if word.isupper() and (len(word) > 1 or word == "I"):
            continue
        if m.start() == lead and word.lower() in words:
            continue
        return True
    return False
