"""The parts of a postal address after its street, as regular expressions: separators,
the parts themselves (towns, region codes, postcodes, units, floors and doors, place
abbreviations) and the shape of an address block's next line. addresses.py walks them.
"""

from __future__ import annotations

from sanitizers.lexicon import UNCASED_SCRIPTS
from sanitizers.tries import compiled

SEP = (
    r"(?:[ \t]*,[ \t]*(?:\n[ \t]*)?|;{1,3}|[ \t]*\n[ \t]*,?[ \t]*|[ \t]*/[ \t]*|[ \t]+-[ \t]+"
    r"|[ \t]+)"
)
# place abbreviations before a name ("Brgy. Kamuning", "Col. Roma Norte"); no other word
# before a period, which ends the sentence ("... 4058-638 Porto. Obrigada")
ABBREVIATIONS = (
    "Brgy|Bgy|Col|Fracc|Pob|Sta|Sto|Mt|St|Ste|Ft|Pt|Kec|Kel|Kab|Dist|Distt|Tal|Mun|Prov|Sec"
    "|Blk|Bldg|Mz|Urb|Res|Jd|Av|Pq|Pl|Fl|Apt|г|м"
)
DOORS = "esq|esqdo|dto|dta|dcha|dcho|izq|izda|izdo|fte|frt|drt"  # left, right, front
PART = (
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
    rf"(?:{ABBREVIATIONS})\.(?=[ ][A-ZА-ЯЁІЇЄ][a-zа-яёіїє])"
    r"|[^\W\d_a-z][\w'’.-]*(?<!\.)"  # Abington, NANTES, Žabnica, L' Anse
    # postcodes: 12345(-6789), 12-809 (PL), 570 04 (CZ, SK, SE, GR), 5614 ZR (NL),
    # G8S 2N9 (CA), SW1A 1AA (UK); 59027779 (BR without its dash)
    r"|\d{4,8}(?:-\d{3,4})?|\d{2}-\d{3}|\d{3}[ ]\d{2}(?!\d)|\d{4}[ ]?[A-Z]{2}(?![\w])"
    r"|[A-Z]\d[A-Z][ ]?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[A-Z]{2}|\d[A-Z]{2}"
    # D09 E9A6 (IE), #6C and #16-499 (units), 7º B (floors), F-8/1 (sectors), lgh 1303 (SE),
    # a district's number before a comma ("Dublin 9,")
    r"|[A-Z]\d{2}[ ]?[A-Z0-9]{4}(?![\w-])|\#\d{1,5}(?:-\d{1,5})?[A-Za-z]?"
    rf"|\d{{1,2}}\.?[º°ª](?:[ ](?:[A-Z]\b|(?i:{DOORS})\b\.?))?"  # 4º Esq., 7º B
    r"|[A-Z]-\d{1,2}/\d{1,2}|(?i:lgh|bis|ter)\b\.?(?:[ ]\d{1,5})?"
    r"|\d{1,2}(?=,[ ])"
    r"|(?i:apt|apartment|suite|ste|unit|flat|floor|level|studio|edif|depto|dpto|piso|int|"
    r"interior|local|torre|bloco|bloque|casa|apto|bodega|as)\.?[ ]?#?\d{1,5}[A-Za-z]?"
    r"|(?:de|do|da|dos|das|del|la|le|los|las|di|du|na|nad|pod|am|an|der|sur|upon)(?=[ ][A-ZÀ-Ý]))"
)
# a part is followed by a separator, a closing quote or bracket, the end of the line or a
# sentence end
NEXT = compiled(
    rf"""{SEP}({PART})(?=[ \t]*(?:[,;/\n"'”)\]}}।?!]|$)|[ \t]+\S|\.(?:[\s"'”)\]}}]|$))"""
)

UNIT_WORDS = frozenset(
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
        "dto",
        "bajo",
        "puerta",
        "г",
        "м",
    ]
)  # lowercase parts of an address ("apto 67", "lgh 1303", "39 bis")

# a line of an address block after the first: places and postcodes up to the end of the
# line or a sentence's punctuation ("Bengaluru 560038", "W86 7JG", "Greenville", "Canada",
# "ME3V 3HB]. For six weeks"), not "Pedido ORD-2024-218553, paquetería ..." nor
# "Listed by Sung-min Kwon"
PLACE = (
    r"(?:[^\W\d_a-z][^\W\d_]*(?:[-'’.][^\W\d_]+)*\.?|\d{1,6}(?:-\d{3,4})?(?![\w-])|(?=[\w-]{1,8}(?![\w-]))[A-Z\d][A-Z\d-]*"
    r"|\([^)\n]{1,30}\)|(?:de|do|da|del|la|le|am|an|der|sur|upon)(?=[ ][A-ZÀ-Ý]))"
)
PLACE_LINE = compiled(
    rf"{PLACE}(?:[ ,/-]+{PLACE}){{0,6}}"
    r"(?:[ \t]*(?:[\n,;)\"'\]]|(?<=\w{4})\.(?=\s+[A-Z\d])|(?<=\d[A-Z]{2})\.(?=\s)|\.?[ \t]*$)"
    r"|(?<=[\dA-Z]{3})(?=[ ]))"  # a postcode before the rest of the line ("EH3 8NB sat 8pm")
)
