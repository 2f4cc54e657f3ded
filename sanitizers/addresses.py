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
    "|Blk|Bldg|Mz|Urb|Res|Jd|Av|Pq|Pl|Fl|Apt|г|м"
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
    # No: 142 D: 10 (TR), bl. A28 (RO); D-01067, A-5020; S2000, C1043AAZ (AR)
    r"|(?i:no|d|daire|kat|bl|sc|ap|et)[.:][ ]?[A-Z]?\d{1,5}[A-Za-z]?(?:/\d{1,4})?"
    r"|[A-Z]{1,2}-\d{4,5}(?![\w-])|[A-Z]\d{4}(?:[A-Z]{3})?(?![\w-])"
    r"|\d{3}-\d{4}(?![\w-])"  # 604-8005 (JP)
    r"|(?:C\.P\.|CP|CEP|PLZ)[ ]?\d{4,5}(?:-\d{3})?(?![\w-])"  # a postcode after its prefix
    r"|Τ\.Κ\.[ ]?\d{3}[ ]?\d{2}"  # a Greek postcode (Τ.Κ. 105 63)
    r"|(?i:dto|dpto|depto|puerta|pta)\.?[ ]?[A-Z0-9]{1,3}(?![\w-])"  # a door (dto. E)
    r"|(?i:bajo|entlo|ático|atico)(?![\w-])"  # a floor
    r"|Top[ ]?\d{1,4}(?![\w-])"  # an Austrian flat (Herrengasse 119/Top 24)
    r"|\d{1,2}(?=[ ]+[A-Z]\d)"  # a district's number before its postcode (Dublin 6 D06 Y8Y9)
    rf"|(?:[LD]['’][ ]?)?(?![{UNCASED_SCRIPTS}])"
    # an abbreviation before a name: "Brgy. Kamuning", "г. Екатеринбург"
    rf"(?:{_ABBREVIATIONS})\.(?=[ ][A-ZА-ЯЁІЇЄ][a-zа-яёіїє])"
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
        "int",
        "interno",
        "piso",
        "dto",
        "dpto",
        "bajo",
        "puerta",
        "г",
        "м",
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
# a line of an address block after the first: places and postcodes up to the end of the
# line or a sentence's punctuation ("Bengaluru 560038", "W86 7JG", "Greenville", "Canada",
# "ME3V 3HB]. For six weeks"), not "Pedido ORD-2024-218553, paquetería ..." nor
# "Listed by Sung-min Kwon"
_PLACE = (
    r"(?:[^\W\d_a-z][^\W\d_]*(?:[-'’.][^\W\d_]+)*\.?|\d{1,6}(?:-\d{3,4})?(?![\w-])|(?=[\w-]{1,8}(?![\w-]))[A-Z\d][A-Z\d-]*"
    r"|\([^)\n]{1,30}\)|(?:de|do|da|del|la|le|am|an|der|sur|upon)(?=[ ][A-ZÀ-Ý]))"
)
_PLACE_LINE = compiled(
    rf"{_PLACE}(?:[ ,/-]+{_PLACE}){{0,6}}"
    r"(?:[ \t]*(?:[\n,;)\"'\]]|(?<=\w{4})\.(?=\s+[A-Z\d])|(?<=\d[A-Z]{2})\.(?=\s)|\.?[ \t]*$)"
    r"|(?<=[\dA-Z]{3})(?=[ ]))"  # a postcode before the rest of the line ("EH3 8NB sat 8pm")
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
            word = m.group(1).lower()
            lead = word.split(" ")[0].rstrip(".")
            if m.group(1)[:1].islower() and lead not in _UNIT_WORDS | _PARTICLES:
                break  # a lowercase word of another script ("уже", "домофон"): the clause
            new_line = "\n" in text[last or end : m.start(1)]
            if new_line and not _PLACE_LINE.match(text, m.start(1)):
                break  # a line that goes on in prose or a product is not the block's next
            if word in _LABELS and text[m.end(1) : m.end(1) + 1] in (".", ":"):
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


def street_name(text: str, start: int, end: int, etype: str) -> bool:
    """A PERSON finding that is a street: a street word in it ("Gül Sok", "Kyle Manors") or
    a house number right before it ("17 Haynes Block", "Flat 12, 91 Lajpat Nagar II")."""
    if etype != "PERSON" or not text[start].isupper():
        return False
    return bool(_STREET_WORD.search(text, start, end) or _HOUSE_NUMBER.search(text[:start][-12:]))
