"""The rest of a postal address after its street: city, region, postcode and country.

A street ("12 Quincy Ave", "Pikk 20", "P.O. Box 171") is found by the patterns in
registry.yaml; what follows it on the same line or the next lines of the block is part of
the same address when it is made of capitalized or upper-case words, short region codes,
postcodes and unit designators, separated by commas, line breaks or spaces:
"12 Quincy Ave, Abington MA 02351", "Pargi 1, NANTES, France",
"35 Mira Stravenue\\n Suite 220\\n Žabnica\\n Slovenia 98420". The tail ends at a lowercase
word, a sentence end, a blank line or other punctuation ("12 Main St, Boston. Then I...").
"""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS

from sanitizers.lexicon import UNCASED_SCRIPTS
from sanitizers.recognizers import Finding, escaped_view
from sanitizers.tries import compiled

_SEP = r"(?:[ \t]*,[ \t]*(?:\n[ \t]*)?|[ \t]*\n[ \t]*,?[ \t]*|[ \t]*/[ \t]*|[ \t]+-[ \t]+|[ \t]+)"
_PART = (
    # (a cased script: no word of Hangul, kana, Han, Arabic, Hebrew or Indic script)
    r"(?:[A-Z]\d[A-Z][ ]?\d[A-Z]\d(?!\w)"  # G8S 2N9 (CA) before a word takes "G8S"
    rf"|(?:[LD]['’][ ]?)?(?![{UNCASED_SCRIPTS}])"
    r"[^\W\d_a-z][\w'’-]{0,4}\.(?=[ ][A-Z][a-z])"  # an abbreviation before a name: "Brgy. Kamuning"
    r"|[^\W\d_a-z][\w'’.-]*(?<!\.)"  # Abington, NANTES, Žabnica, L' Anse
    # postcodes: 12345(-6789), 12-809 (PL), 570 04 (CZ, SK, SE, GR), 5614 ZR (NL),
    # G8S 2N9 (CA), SW1A 1AA (UK); 59027779 (BR without its dash)
    r"|\d{4,8}(?:-\d{3,4})?|\d{2}-\d{3}|\d{3}[ ]\d{2}(?!\d)|\d{4}[ ]?[A-Z]{2}(?![\w])"
    r"|[A-Z]\d[A-Z][ ]?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[A-Z]{2}|\d[A-Z]{2}"
    # D09 E9A6 (IE), #6C and #16-499 (units), 7º B (floors), F-8/1 (sectors), lgh 1303 (SE),
    # a district's number before a comma ("Dublin 9,")
    r"|[A-Z]\d{2}[ ]?[A-Z0-9]{4}(?![\w-])|\#\d{1,5}(?:-\d{1,5})?[A-Za-z]?"
    r"|\d{1,2}[º°ª](?:[ ][A-Z]\b)?|[A-Z]-\d{1,2}/\d{1,2}|(?i:lgh|bis|ter)\b\.?(?:[ ]\d{1,5})?"
    r"|\d{1,2}(?=,[ ])"
    r"|(?i:apt|apartment|suite|ste|unit|flat|floor|level|studio|edif|depto|dpto|piso|int|"
    r"interior|local|torre|bloco|bloque|casa|apto|bodega)\.?[ ]?#?\d{1,5}[A-Za-z]?"
    r"|(?:de|do|da|dos|das|del|la|le|los|las|di|du|na|nad|pod|am|an|der|sur|upon)(?=[ ][A-ZÀ-Ý]))"
)
# a part is followed by a separator, a closing quote or bracket, the end of the line or a
# sentence end
_NEXT = compiled(rf"""{_SEP}({_PART})(?=[ \t]*(?:[,/\n"'”)\]}}]|$)|[ \t]+\S|\.(?:\s|$))""")
_CONTRACTION = compiled(r"\w['’](?:s|t|re|ll|ve|d|m)\b")  # "You're", "Don't"
_UNIT_WORDS = frozenset(
    [
        "apt",
        "apartment",
        "suite",
        "ste",
        "unit",
        "flat",
        "floor",
        "level",
        "studio",
        "depto",
        "dpto",
        "piso",
        "apto",
        "bloco",
        "bloque",
        "casa",
        "lgh",
        "bis",
        "ter",
    ]
)  # lowercase parts of an address ("apto 67", "lgh 1303", "39 bis")
_UNCASED = compiled(f"[{UNCASED_SCRIPTS}]")
_POSTCODE_NEXT = compiled(r"[ \t]+(?:\d|[A-Z]\d[A-Z])")
# particles of place names ("Lima do Campo", "Biograd na Moru") are no stop words here
_PARTICLES = frozenset("de do da dos das del la le los las di du na am an der".split())  # noqa: SIM905
MAX_PARTS = 8
SCORE = 0.86  # above NER: a town after a street is part of the address


def address_tails(text: str, found: list[Finding]) -> list[Finding]:
    """STREET_ADDRESS findings for the tails after the street findings in `found`."""
    out: list[Finding] = []
    streets = [end for _start, end, etype, _ in found if etype == "STREET_ADDRESS"]
    if streets:
        text = escaped_view(text)  # a JSON log's "\\n" separates like a line break
    for end in streets:
        first = last = None
        for _ in range(MAX_PARTS):
            m = _NEXT.match(text, last or end)
            if m is None:
                break
            # a capitalized stop word or a contraction ends it: a title, not a town
            if _UNCASED.search(m.group(1)):
                break  # a word of a script without capitals ("입니다", "טלפון"): not a town
            lead = m.group(1).split(" ")[0].rstrip(".").lower()
            if m.group(1)[:1].islower() and lead not in _UNIT_WORDS:
                break  # a lowercase word of another script ("уже", "домофон"): the clause
            word = m.group(1).lower()
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
            out.append((first, last, "STREET_ADDRESS", SCORE))
    return out
