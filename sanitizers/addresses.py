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

import re

from spacy.lang.en.stop_words import STOP_WORDS

from sanitizers.recognizers import Finding

_SEP = r"(?:[ \t]*,[ \t]*(?:\n[ \t]*)?|[ \t]*\n[ \t]*,?[ \t]*|[ \t]+)"
_PART = (
    r"(?:[^\W\d_a-z][\w'’.-]*(?<!\.)"  # Abington, NANTES, Saint-Nicolas, Žabnica, ΜΕΣΑ
    r"|\d{4,6}(?:-\d{3,4})?|\d[A-Z]{2}"  # postcodes, ZIP+4, the end of a UK one
    r"|(?i:apt|apartment|suite|ste|unit|flat|floor|level|studio|edif|depto|dpto|piso|int|"
    r"interior|local|torre|bloco|bloque|casa|apto)\.?[ ]?#?\d{1,5}[A-Za-z]?)"
)
# a part is followed by a separator, the end of the line or a sentence end
_NEXT = re.compile(rf"{_SEP}({_PART})(?=[ \t]*(?:[,\n]|$)|[ \t]+\S|\.(?:\s|$))")
MAX_PARTS = 8
SCORE = 0.7


def address_tails(text: str, found: list[Finding]) -> list[Finding]:
    """STREET_ADDRESS findings for the tails after the street findings in `found`."""
    out: list[Finding] = []
    for _start, end, etype, _ in found:
        if etype != "STREET_ADDRESS":
            continue
        first = last = None
        for _ in range(MAX_PARTS):
            m = _NEXT.match(text, last or end)
            # a capitalized stop word or contraction ends it: a title, not a town
            if m is None or m.group(1).lower() in STOP_WORDS or "'" in m.group(1):
                break
            first, last = first or m.start(1), m.end(1)
        if first is not None and last is not None:
            out.append((first, last, "STREET_ADDRESS", SCORE))
    return out
