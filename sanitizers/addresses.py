"""The rest of a postal address after its street: city, region, postcode and country.

A street ("12 Quincy Ave", "Pikk 20", "P.O. Box 171") is found by the patterns in
registry.yaml; what follows it on the same line or the next lines of the block is part of
the same address when it is made of capitalized or upper-case words, short region codes,
postcodes and unit designators, separated by commas, line breaks or spaces:
"12 Quincy Ave, Abington MA 02351", "Pargi 1, NANTES, France",
"35 Mira Stravenue\\n Suite 220\\n Žabnica\\n Slovenia 98420". The tail ends at a lowercase
word, a sentence end, a blank line or other punctuation ("12 Main St, Boston. Then I...").
A next line joins only when it holds places and postcodes (address_parts.PLACE_LINE).

Tails also start after a street that NER took for a name ("Gül Sok", "17 Haynes Block") and
after a house number with capitalized words and no street type ("44-439 Kingsway,"); those
count only when their tail holds a postcode.
"""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS

from sanitizers.address_parts import NEXT, PLACE_LINE, UNIT_WORDS
from sanitizers.lexicon import UNCASED_SCRIPTS
from sanitizers.recognizers import Finding
from sanitizers.tries import compiled

_CONTRACTION = compiled(r"\w['’](?:s|t|re|ll|ve|d|m)\b")  # "You're", "Don't"
_UNCASED = compiled(f"[{UNCASED_SCRIPTS}]")
_STREET_WORD = compiled(
    r"(?i:\b(?:road|street|avenue|lane|drive|way|close|court|terrace|crescent|crossroad|manors?"
    r"|block|salai|nagar|marg|sok|sokak|cad|caddesi|mahallesi|rua|avenida|calle|strada|via|rue"
    r"|stra(?:ss|ß)e|weg|laan|straat|katu|gatan|vej|veien|ulica|utca|ulice)\b)"
)
_CYRILLIC_STREET = compiled(
    r"(?<![^\W\d_])(?:ул|пр|бул|пер|мкр)\.[ ]|(?<![^\W\d_])(?:улица|проспект)\b"
)
_BARE_STREET = compiled(
    r"(?<![\w.,/:-])\d{1,5}[A-Za-z]?(?:[/-]\d{1,5})?[ ](?:[A-Z][a-z'’-]+[ ]){0,2}[A-Z][a-z'’-]+"
    r"(?=,[ ]|[ \t]*\n)"
)
_HOUSE_NUMBER = compiled(r"(?:^|[\s,(])\d{1,5}[A-Za-z]?(?:[/-]\d{1,5})?,?[ ]$")
_POSTCODE = compiled(
    r"(?<!\d)(?!(?:19|20)\d\d(?!\d))\d{3,}|[A-Z]\d[A-Z]|[A-Z]{1,2}\d{1,2}[ ]?\d[A-Z]{2}"
)
_LABELS = frozenset(
    [
        "tel",
        "tél",
        "telefon",
        "telephone",
        "phone",
        "mobile",
        "mob",
        "fax",
        "email",
        "e-mail",
        "contact",
    ]
)
_LABEL_END = compiled(r"[.:]|[ ]+[+(]?\d")  # "Tel.", "TEL 06 88 46 04 54"
_POSTCODE_NEXT = compiled(r"[ \t]+(?:\d|[A-Z]\d[A-Z])")
# particles of place names ("Lima do Campo", "Biograd na Moru") are no stop words here
_PARTICLES = frozenset("de do da dos das del la le los las di du na am an der".split())  # noqa: SIM905
MAX_PARTS = 12
SCORE = 0.86  # above NER: a town after a street is part of the address


def address_tails(text: str, found: list[Finding]) -> list[Finding]:
    """STREET_ADDRESS findings for the tails after the street findings in `found`."""
    out: list[Finding] = []
    streets = [(end, None) for _start, end, etype, _ in found if etype == "STREET_ADDRESS"]
    streets += [(end, -1) for start, end, etype, _ in found if street_name(text, start, end, etype)]
    if streets or _BARE_STREET.search(text):
        # (text_passes gives the line view: a JSON log's "\\n" is a line break here)
        # a house number and capitalized words with no street type ("44-439 Kingsway,"):
        # a street only when a postcode follows in its tail
        streets += [(m.end(), m.start()) for m in _BARE_STREET.finditer(text)]
    for end, named in streets:
        first = last = None
        for _ in range(MAX_PARTS):
            m = NEXT.match(text, last or end)
            if m is None:
                break
            # a capitalized stop word or a contraction ends it: a title, not a town
            if _UNCASED.search(m.group(1)):
                break  # a word of a script without capitals ("입니다", "טלפון"): not a town
            word = m.group(1).lower()
            lead = word.split(" ")[0].rstrip(".")
            if m.group(1)[:1].islower() and lead not in UNIT_WORDS | _PARTICLES:
                break  # a lowercase word of another script ("уже", "домофон"): the clause
            new_line = "\n" in text[last or end : m.start(1)]
            if new_line and not PLACE_LINE.match(text, m.start(1)):
                break  # a line that goes on in prose or a product is not the block's next
            if word in _LABELS and _LABEL_END.match(text, m.end(1)):
                break  # "..., 80331 München, Tel. +49 ...": the next field
            # a region code before its postcode ("ON N7W 5G4", "OR 97201"), not "IN THE"
            region = (
                len(word) == 2 and m.group(1).isupper() and _POSTCODE_NEXT.match(text, m.end(1))
            )
            if (word in STOP_WORDS and word not in _PARTICLES and not region) or (
                _CONTRACTION.search(word)
            ):
                break
            first, last = first or m.start(1), m.end(1)
        if first is not None and last is not None:
            if named is not None:
                if not _POSTCODE.search(text, first, last):
                    continue  # after a street NER took for a name, only a tail with a postcode
                first = first if named < 0 else min(first, named)
            out.append((first, last, "STREET_ADDRESS", SCORE))
    return out


def street_word(text: str) -> bool:
    """Whether `text` has a street's word ("Road", "calle", "utca", "ул.")."""
    return _STREET_WORD.search(text) is not None or _CYRILLIC_STREET.search(text) is not None


def street_name(text: str, start: int, end: int, etype: str) -> bool:
    """A PERSON finding that is a street: a street word in it ("Gül Sok", "Kyle Manors") or
    a house number right before it ("17 Haynes Block", "Flat 12, 91 Lajpat Nagar II")."""
    if etype != "PERSON" or not text[start].isupper():
        return False
    return bool(_STREET_WORD.search(text, start, end) or _HOUSE_NUMBER.search(text[:start][-12:]))
