"""Passenger names written the airlines' way, SURNAME/GIVEN NAMES in capitals, as tickets,
boarding passes, reservation records (PNR) and manifests print them ("NIEMINEN/MIKKO MR",
" 2.1KOSKINEN/JOHANNA MSTR", "01  LIU/WEI-LUN   13/03/2007", "SECK/R0KHAYA MS" as OCR
reads an O).

A pair of capitalized word runs joined by a slash is a name when a passenger's title
follows it (MR, MRS, MS, MSTR, MISS, DR, CHD, INF), when a reservation's passenger number
opens it ("1.1"), or when the text is about travel (a boarding pass, a flight, a manifest)
and one of its halves is no English word ("INPUT/OUTPUT", "FROM/TO" and "TCP/IP" stay, and
so do a room's types, "DBL/SV", and a placeholder, "SURNAME/GIVENNAME MR").
"""

from __future__ import annotations

from sanitizers.recognizers import Finding
from sanitizers.tries import compiled

# a word in capitals, OCR's 0 for an O inside it ("R0KHAYA"), hyphens and apostrophes
_WORD = r"[A-ZÀ-Þ][A-ZÀ-Þ0'’-]*[A-ZÀ-Þ]"
_TITLE_WORDS = ("MR", "MRS", "MS", "MSTR", "MISS", "DR", "PROF", "CHD", "INF")
_TITLE = rf"(?:{'|'.join(_TITLE_WORDS)})"
_NAME = compiled(
    rf"(?<![^\W\d_]|/)({_WORD}(?:[ ]{_WORD}){{0,3}}/{_WORD}(?:[ -](?!{_TITLE}\b){_WORD}){{0,3}})"
    rf"(?:([ ]+{_TITLE}\b)|(?![\w/]))"
)
_PNR_NUMBER = compiled(r"\d\.\d[ ]?\Z")
_TRAVEL = compiled(
    r"(?i:boarding|passenger|flight|\bpnr\b|manifest|itinerary|e-?ticket|\bpax\b|check-in"
    r"|\bgate\b|\bseat\b|airline|airways|rooming)"
)
SCORE = 0.87  # (not 0.85: that score marks NER's guesses, lone.NER_SCORE)
_PLACEHOLDERS = frozenset(["surname", "givenname", "givennames", "firstname", "lastname", "name"])
_TITLES = frozenset(_TITLE_WORDS)


def passenger_names(text: str, words: frozenset[str]) -> list[Finding]:
    """PERSON findings for names written SURNAME/GIVEN (see above); `words`: the English
    dictionary, lowercase."""
    if "/" not in text:
        return []
    travel: bool | None = None
    out: list[Finding] = []
    for m in _NAME.finditer(text):
        name = m.group(1)
        numbered = _PNR_NUMBER.search(text, max(0, m.start() - 4), m.start())
        titled = m.group(2) is not None or numbered is not None
        halves = name.lower().split("/")
        if any(h.replace(" ", "") in _PLACEHOLDERS for h in halves):
            continue  # "SURNAME/GIVENNAME MR" in a changelog
        if not titled:
            english = [all(w in words for w in h.split()) for h in halves]
            short = [len(h) <= 3 for h in halves]
            if all(english) or name.split("/")[1] in _TITLES or all(short):
                continue  # "INPUT/OUTPUT", "DBL/SV" (a room's type)
            if any(e and not s for e, s in zip(english, short, strict=True)) and any(short):
                continue  # "TKT/TIME LIMIT"
            if travel is None:
                travel = _TRAVEL.search(text) is not None
            if not travel:
                continue
        out.append((m.start(1), m.end(1), "PERSON", SCORE))
    return out
