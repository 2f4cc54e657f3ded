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

_SEP = (
    r"(?:[ \t]*,[ \t]*(?:\n[ \t]*)?|;{1,3}|[ \t]*\n[ \t]*,?[ \t]*|[ \t]*/[ \t]*|[ \t]+-[ \t]+"
    r"|[ \t]+)"
)
# place abbreviations before a name ("Brgy. Kamuning", "Col. Roma Norte"); no other word
# before a period, which ends the sentence ("... 4058-638 Porto. Obrigada")
_ABBREVIATIONS = (
    "Brgy|Bgy|Col|Fracc|Pob|Sta|Sto|Mt|St|Ste|Ft|Pt|Kec|Kel|Kab|Dist|Distt|Tal|Mun|Prov|Sec"
    "|Blk|Bldg|Mz|Urb|Res|Jd|Av|Pq|Pl|Fl|Apt"
)
_DOORS = "esq|esqdo|dto|dta|dcha|dcho|izq|izda|izdo|fte|frt|drt"  # left, right, front
_PART = (
    # (a cased script: no word of Hangul, kana, Han, Arabic, Hebrew or Indic script)
    r"(?:[A-Z]\d[A-Z][ ]?\d[A-Z]\d(?!\w)"  # G8S 2N9 (CA) before a word takes "G8S"
    r"|[A-Z]\d{2}[ ]?[A-Z0-9]{4}(?![\w-])"  # D09 E9A6, H91 2E6V (IE) before a word takes "H91"
    # a region in brackets ("Montréal (Québec)"), a Korean postcode in them ("(95560)")
    r"|\((?:[A-ZÀ-Ý][^\W\d_]+(?:[ -][^\W\d_]+)?|\d{5,6})\)"
    r"|RT[ ]?\d{1,3}[ ]?/[ ]?RW[ ]?\d{1,3}"  # Indonesian neighbourhood units
    r"|\d{1,2}(?:ος|ου|ο)[ ]όροφος"  # a Greek floor ("27ος όροφος")
    r"|\d{1,3}\.(?=[ ]\d{1,3}\.)|(?<=\d\.[ ])\d{1,3}"  # a Hungarian floor and door ("1. 2.")
    r"|(?i:fszt|em|emelet|ajtó)\.?(?:[ ]?\d{1,3})?(?![\w])"  # földszint 11
    r"|(?i:no|d|daire|kat|bl|sc|ap|et)[.:][ ]?\d{1,5}[A-Za-z]?(?:/\d{1,4})?"  # No: 142 D: 10, bl. 9
    rf"|(?:[LD]['’][ ]?)?(?![{UNCASED_SCRIPTS}])"
    rf"(?:{_ABBREVIATIONS})\.(?=[ ][A-Z][a-z])"  # an abbreviation before a name: "Brgy. Kamuning"
    r"|[^\W\d_a-z][\w'’.-]*(?<!\.)"  # Abington, NANTES, Žabnica, L' Anse
    # postcodes: 12345(-6789), 12-809 (PL), 570 04 (CZ, SK, SE, GR), 5614 ZR (NL),
    # G8S 2N9 (CA), SW1A 1AA (UK); 59027779 (BR without its dash)
    r"|\d{4,8}(?:-\d{3,4})?|\d{2}-\d{3}|\d{3}[ ]\d{2}(?!\d)|\d{4}[ ]?[A-Z]{2}(?![\w])"
    r"|[A-Z]\d[A-Z][ ]?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[A-Z]{2}|\d[A-Z]{2}"
    # D09 E9A6 (IE), #6C and #16-499 (units), 7º B (floors), F-8/1 (sectors), lgh 1303 (SE),
    # a district's number before a comma ("Dublin 9,")
    r"|[A-Z]\d{2}[ ]?[A-Z0-9]{4}(?![\w-])|\#\d{1,5}(?:-\d{1,5})?[A-Za-z]?"
    rf"|\d{{1,2}}\.?[º°ª](?:[ ](?:[A-Z]\b|(?i:{_DOORS})\b\.?))?"  # 4º Esq., 7º B
    r"|[A-Z]-\d{1,2}/\d{1,2}|(?i:lgh|bis|ter)\b\.?(?:[ ]\d{1,5})?"
    r"|\d{1,2}(?=,[ ])"
    r"|(?i:apt|apartment|suite|ste|unit|flat|floor|level|studio|edif|depto|dpto|piso|int|"
    r"interior|local|torre|bloco|bloque|casa|apto|bodega|as)\.?[ ]?#?\d{1,5}[A-Za-z]?"
    r"|(?:de|do|da|dos|das|del|la|le|los|las|di|du|na|nad|pod|am|an|der|sur|upon)(?=[ ][A-ZÀ-Ý]))"
)
# a part is followed by a separator, a closing quote or bracket, the end of the line or a
# sentence end
_NEXT = compiled(
    rf"""{_SEP}({_PART})(?=[ \t]*(?:[,;/\n"'”)\]}}।?!]|$)|[ \t]+\S|\.(?:[\s"'”)\]}}]|$))"""
)
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
        "as",
        "fszt",
        "em",
        "emelet",
        "ajtó",
    ]
)  # lowercase parts of an address ("apto 67", "lgh 1303", "39 bis")
_UNCASED = compiled(f"[{UNCASED_SCRIPTS}]")
_STREET_WORD = compiled(
    r"(?i:\b(?:road|street|avenue|lane|drive|way|close|court|terrace|crescent|crossroad|manors?"
    r"|block|salai|nagar|marg|sok|sokak|cad|caddesi|mahallesi|rua|avenida|calle|strada|via|rue"
    r"|stra(?:ss|ß)e|weg|laan|straat|katu|gatan|vej|veien|ulica|utca|ulice)\b)"
)
_BARE_STREET = compiled(
    r"(?<![\w.,/:-])\d{1,5}[A-Za-z]?(?:[/-]\d{1,5})?[ ](?:[A-Z][a-z'’-]+[ ]){0,2}[A-Z][a-z'’-]+"
    r"(?=,[ ]|[ \t]*\n)"
)
_HOUSE_NUMBER = compiled(r"(?:^|[\s,(])\d{1,5}[A-Za-z]?(?:[/-]\d{1,5})?,?[ ]$")
_POSTCODE = compiled(
    r"(?<!\d)(?!(?:19|20)\d\d(?!\d))\d{3,}|[A-Z]\d[A-Z]|[A-Z]{1,2}\d{1,2}[ ]?\d[A-Z]{2}"
)
_LOWER_NEXT = compiled(r"[ \t]+[a-z]")
_LINE_END = compiled(r"[ \t]*(?:[,\n]|$)")
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
        text = escaped_view(text)  # a JSON log's "\\n" separates like a line break
        # a house number and capitalized words with no street type ("44-439 Kingsway,"):
        # a street only when a postcode follows in its tail
        streets += [(m.end(), m.start()) for m in _BARE_STREET.finditer(text)]
    for end, named in streets:
        first = last = None
        for _ in range(MAX_PARTS):
            m = _NEXT.match(text, last or end)
            if m is None:
                break
            # a capitalized stop word or a contraction ends it: a title, not a town
            if _UNCASED.search(m.group(1)):
                break  # a word of a script without capitals ("입니다", "טלפון"): not a town
            lead = m.group(1).split(" ")[0].rstrip(".").lower()
            if m.group(1)[:1].islower() and lead not in _UNIT_WORDS | _PARTICLES:
                break  # a lowercase word of another script ("уже", "домофон"): the clause
            new_line = "\n" in text[last or end : m.start(1)]
            if new_line and not _LINE_END.match(text, m.end(1)) and _prose(text, m.end(1)):
                break  # a line that goes on in prose or a product is not the block's next
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
            if named is not None:
                if not _POSTCODE.search(text, first, last):
                    continue  # after a street NER took for a name, only a tail with a postcode
                first = first if named < 0 else min(first, named)
            out.append((first, last, "STREET_ADDRESS", SCORE))
    return out


def _prose(text: str, pos: int) -> bool:
    """What follows a part at `pos` is no further part: a lowercase word or no part."""
    return bool(_LOWER_NEXT.match(text, pos) or not _NEXT.match(text, pos))


def street_name(text: str, start: int, end: int, etype: str) -> bool:
    """A PERSON finding that is a street: a street word in it ("Gül Sok", "Kyle Manors") or
    a house number right before it ("17 Haynes Block", "Flat 12, 91 Lajpat Nagar II")."""
    if etype != "PERSON" or not text[start].isupper():
        return False
    return bool(_STREET_WORD.search(text, start, end) or _HOUSE_NUMBER.search(text[:start][-12:]))
