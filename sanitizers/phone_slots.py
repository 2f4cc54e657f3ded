"""Phone numbers that stand where a found one stands: the other rows of a list or a chat in
which a found phone number fills the same slot.

    +234 808 487 8452: Who has stock of Whitening Serum 30ml?   (found by its shape)
    0813-606-3047: Me, 40 pcs. Oluwaseun here                   (an unsaved contact, too)
    ناصر قطيشات - 200 JD - 079 291 2886                          (found)
    ليلى الزعبي - JOD 28 000 - ٠٦ ٦٩٠ ١٥٩٥                        (the same column)

A number's slot is what bounds it in its line: before it the line's start or a cell's
separator (" - ", " | ", a tab); after it the line's end, a separator or a speaker's colon.
Where the text holds a found phone number in a slot, another number in the same slot is a
phone number too when it is shaped like one (7 to 15 digits, Arabic-Indic ones too,
grouped or after a trunk 0 or a country code; no date) and no other finding covers it. A
separator bounds a whole cell, so an amount ("JOD 28 000"), an order ("ORD-662198") or a
year range in brackets fills no slot.
"""

from __future__ import annotations

from sanitizers.person_rows import phone_cell
from sanitizers.recognizers import Finding
from sanitizers.spans import SpanIndex
from sanitizers.tries import compiled

# a phone-shaped number (any script's digits) with what bounds it in its line
_SLOTTED = compiled(
    r"(?P<before>(?:^|\n|\\n)[ \t>*•]*|[ ][-–—|][ ]|\|[ ]?|\t)"
    r"(?P<number>\+?(?:\(\d{1,5}\)[ ]?)?\d(?:[ .-]?\d|[ ]?\(\d{1,5}\)[ ]?\d){6,16})"
    r"(?=(?P<after>[ \t.]*(?:$|\n|\\n|\")|[ \t]*:[ ]|[ ][-–—|][ ]|[ ]?\||\t))"
)
_KIND = {"-": "-", "–": "-", "—": "-", "|": "|", "\t": "\t", ":": ":"}


def sibling_phones(text: str, found: list[Finding]) -> list[Finding]:
    """PHONE_NUMBER findings for the numbers in the slot of a found phone number."""
    phones = {(s, e) for s, e, t, _ in found if t == "PHONE_NUMBER"}
    if not phones:
        return []
    slots: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for m in _SLOTTED.finditer(text):
        slot = (_kind(m.group("before")), _kind(m.group("after")))
        slots.setdefault(slot, []).append(m.span("number"))
    covered = SpanIndex([(s, e) for s, e, _, _ in found])
    out: list[Finding] = []
    for spans in slots.values():
        if not any(span in phones for span in spans):
            continue  # no found phone number in this slot
        for a, b in spans:
            if (a, b) not in phones and not covered.overlaps(a, b) and phone_cell(text[a:b]):
                out.append((a, b, "PHONE_NUMBER", 0.8))
    return out


def _kind(bound: str) -> str:
    """A slot's side: the separator it holds, or the line's start or end."""
    return next((_KIND[c] for c in bound if c in _KIND), "line")
