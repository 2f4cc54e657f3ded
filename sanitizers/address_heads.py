"""The start of a postal address before its street: unit, building and house numbers.

The street patterns (registry.yaml) and NER find the named part of an address ("Allen
Avenue", "Andrássy utca 17."); what stands right before it on the same line belongs to the
same address when it is a unit or plot with its number ("Plot 53, ", "Level 5 81 ",
"Block 14 Lot 57 ", "H.No. 23, 14th "), a house number ("84 bis ", "4-21-15 ", "25/14 phố "),
a unit word before a street that starts with its number ("House " 73, Satmasjid Road), a
postcode and town written first ("1684 Pécs, ", "(63143) "), a street's leading particle
("Am " Mühlbach 28, "rue de " Brunel, "οδός " Ερμού 9) or a Korean province ("경기도 ").

A head is taken before a street finding. Before a PERSON finding that is a street by its
own words or a house number (addresses.street_name), only a head with a unit word is
("Level 5 81 " Becky Dip, not "at 5 " Mary Jane).
"""

from __future__ import annotations

from sanitizers.addresses import street_name
from sanitizers.recognizers import Finding
from sanitizers.tries import compiled

_UNIT = (
    r"(?i:flat|unit|apt|apartment|suite|ste|level|studio|plot|lot|block|blk|house|woreda"
    r"|h\.[ ]?no|house[ ]no|no|nr|bldg|building|door|shop|room|office|kebele|villa"
    r"|bât|bat|bâtiment|escalier|esc|bloc|blok)\.?"
)
_NUMBER = r"\d{1,5}[A-Za-z]?(?:[/-]\d{1,5}[A-Za-z]?){0,2}(?:-[A-Z](?!\w))?"  # (37-B)
# one part of a head, with the separator after it, anchored at the end of the window
_UNIT_PART = compiled(
    rf"(?:^|(?<=[\s,:(>\"']))(?:{_UNIT}[ ]?#?(?:{_NUMBER}|[A-Z](?![\w]))?"
    r"|(?:شقة|فيلا|مبنى|عمارة)[ ]\d{1,5})"
    r"[ \t]*[,،]?[ \t]*\Z"
)
_OTHER_PART = compiled(
    r"(?:^|(?<=[\s,:(>\"']))(?:"
    rf"{_NUMBER}(?:[ ](?i:bis|ter))?(?:[ ](?i:phố|đường|ngõ|hẻm))?"  # 84 bis, 178/31 phố
    r"|\d{1,3}(?:st|nd|rd|th)"  # 14th (Cross Road)
    r"|\d{4}[ ][A-ZÀ-Ý][^\W\d_]+(?:-[^\W\d_]+)?"  # 1684 Pécs (HU: postcode and town first)
    r"|\(\d{5,6}\)"  # (63143) (KR)
    r"|(?:Am|Im|An[ ]der|Auf[ ]der|In[ ]der|rue[ ]de(?:s|[ ]la)?|rue[ ]du|Jl|Jln|Jalan)\.?"
    r"|(?:οδός|Οδός|οδ\.|Οδ\.|λεωφόρος|Λεωφόρος|Λεωφ\.)"  # Greek "street", "avenue"
    r"|[가-힣]{1,5}도"  # 경기도
    r")[ \t]*,?[ \t]*\Z"
)
_WINDOW = 40
MAX_PARTS = 4
SCORE = 0.86


def address_heads(text: str, found: list[Finding]) -> list[Finding]:
    """STREET_ADDRESS findings for the heads before the address findings in `found`."""
    out: list[Finding] = []
    for start, end, etype, _ in found:
        street = etype == "STREET_ADDRESS"
        if not street and not street_name(text, start, end, etype):
            continue
        head = start
        unit = False
        for _ in range(MAX_PARTS):
            window = text[max(0, head - _WINDOW) : head]
            m = _UNIT_PART.search(window) or _OTHER_PART.search(window)
            if m is None or m.start() == m.end():
                break
            if (
                m.re is _UNIT_PART
                and not any(c.isdigit() for c in m.group())
                and m.group()[0].islower()
            ):
                break  # "no Allen Avenue": a lowercase unit word needs its number
            unit = unit or m.re is _UNIT_PART
            head -= len(window) - m.start()
        stop = start
        while stop > head and text[stop - 1] in " \t,،":
            stop -= 1  # the separator before the street stays
        if head < stop and (street or unit):
            out.append((head, stop, "STREET_ADDRESS", SCORE))
    return out
