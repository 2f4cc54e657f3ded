"""The parts of an address around a found street that the tail and head walkers stop at:

    {21 Uzeyir Hajibeyov St., apt 3, Sabail} district, Ganja AZ1192
    Mz. {13 Lt. 1192}, Barranco, Trujillo
    {Str. Lalelelor nr. 71}, bl. 12, sc. A, ap. 67, Brașov, 883583

Around a found street (a STREET_ADDRESS finding), on its line, the comma-separated parts
on either side belong to the same address while each is one to six words of an address:
capitalized words, words of a script without capitals, numbers and codes (`G18`, `194/13`,
`AZ1192`), lowercase unit and district words (`apt`, `bl.`, `sc.`, `district`, `zona`,
`mz.`, `lt.`, `piso`, `dto.`) and particles (`de`, `wa`), one of them at least a
capitalized word, a word without capitals or a number. A part with any other lowercase word
("and then", "call me"), a colon, an "@", a bracket or a quote ends the run; so does a
sentence's end (a word of four letters or more, or a number, before ". " or at the line's
end), after that word; and another value found there (a gate's code, a phone number),
which the run does not swallow. Five parts at most after the street, two before it; a part before
it must hold a number or a unit word ("Porte 74", "Mz.", "No. 964"). Right after the
street, before any comma, only unit words and numbers follow ("Sabail} district"), after a
space (not "…18-20-926に変更", "Court, Family Division, 14-MAY-2024": no date is a part).
"""

from __future__ import annotations

from sanitizers.lexicon import UNCASED_SCRIPTS
from sanitizers.recognizers import Finding
from sanitizers.spans import SpanIndex
from sanitizers.tries import compiled

_UNITS = frozenset(
    "apt apto app ap appt bl blk block blok bldg sc et vh kv kvartal no nr n° nº piso dto dpto"  # noqa: SIM905
    " depto of casa manzana mz lt lote lot plot phase floor fl flat unit room suite ste house"
    " villa district dist distt sector sec zone zona colonia col barrio brgy bgy subd mh mah"
    " cad sok sk cd ul pr bd str jl jln rd st ave av road street lane cross main stage layout"
    " nagar colony ward kebele woreda mtaa nyumba guri quận phường p q tầng số ngõ hẻm"
    " microdistrict mkr mikrorayon imm immeuble résidence res cité bt bât bat esc"
    " porte etage étage int interior torre bloque bloco quadra qd lote conj"
    " de del la las los el da do das dos di du des wa al van von der den y x".split()
)
_TOKEN = compiled(r"[^\s,،、?؟!。।]+")
_ENDS = frozenset("?؟!。।")  # a question or a sentence ends after the token
_UNCASED = compiled(f"[{UNCASED_SCRIPTS}]")
_CODE = compiled(r"[#(]?[\w./-]*\d[\w./-]*\)?")  # 13, G18, 194/13, 23a., S2342LBP, (5)
_DATE = compiled(r"\d{1,4}[-/.](?:\d{1,2}|[A-Za-z]{3})[-/.]\d{2,4}")
_STOP = compiled(r"[:@\"'“”«»\[\]{}<>|=]")
# a comma and a space (a CSV row's bare commas split cells, not an address's parts)
_PART_END = compiled(r"[ \t]*(?:,[ \t]+|[،、][ \t]*)")
MAX_AFTER = 5
MAX_BEFORE = 2
_JOINED = frozenset(["STREET_ADDRESS", "PERSON", "LOCATION"])  # parts it may run over
_WINDOW = 400  # characters around a street: an address's parts are near it


def address_runs(text: str, found: list[Finding]) -> list[Finding]:
    """STREET_ADDRESS findings for the parts around each found street (see above)."""
    out: list[Finding] = []
    if not any(kind == "STREET_ADDRESS" for _, _, kind, _ in found):
        return out  # (every text passes here: no index without a street)
    others = SpanIndex([(a, b) for a, b, t, _ in found if t not in _JOINED])
    for start, end, kind, _ in found:
        if kind != "STREET_ADDRESS":
            continue
        line_start = text.rfind("\n", max(0, start - _WINDOW), start) + 1
        line_start = max(line_start, start - _WINDOW)  # (a bounded look on a long line)
        line_end = text.find("\n", end, end + _WINDOW)
        line_end = min(len(text), end + _WINDOW) if line_end < 0 else line_end
        right = _after(text, end, line_end, others)
        left = _before(text, start, line_start, others)
        if right > end or left < start:  # (one span with the street: one placeholder)
            out.append((left, right, "STREET_ADDRESS", 0.6))
    return out


def _after(text: str, at: int, stop: int, others: SpanIndex) -> int:
    """Where the run of address parts after `at` ends."""
    end, parts = at, 0
    while parts <= MAX_AFTER and end < stop:
        sep = _PART_END.match(text, end)
        head = sep.end() if sep is not None else end
        if sep is None and parts > 0:
            break
        nxt = _PART_END.search(text, head, stop)
        part_end = nxt.start() if nxt is not None else stop
        if others.overlaps(head, part_end):
            break  # another value ("…, קוד לשער 8979": a gate's code)
        if sep is None and not text[head : head + 1].isspace():
            break  # glued to the street: "…10.0.19045", "…18-20-926に変更"
        cut, closed = _part(text, head, part_end, first=sep is None)
        if cut <= head:
            break
        end, parts = cut, parts + 1
        if closed:
            break
    return end


def _before(text: str, at: int, stop: int, others: SpanIndex) -> int:
    """Where the run of address parts before `at` starts (parts with a number or unit)."""
    start = at
    for _ in range(MAX_BEFORE):
        sep_start = _separator_before(text, stop, start)
        if sep_start < 0:
            break
        a = max(max(text.rfind(c, stop, sep_start) for c in ",،、") + 1, stop)
        if others.overlaps(a, sep_start):
            break
        words = text[a:sep_start].split()
        lows = [w.lower().rstrip(".") for w in words]
        if not words or len(words) > 4:
            break
        if not any(_CODE.fullmatch(w) for w in words) and not any(w in _UNITS for w in lows):
            break
        cut, closed = _part(text, a, sep_start, first=False)
        if cut != sep_start or closed:
            break
        start = a + len(text[a:sep_start]) - len(text[a:sep_start].lstrip())
    return start


def _separator_before(text: str, stop: int, at: int) -> int:
    """The start of the separator right before `at` (a comma and a space, or an Arabic or
    ideographic comma), or -1."""
    i = at
    while i > stop and text[i - 1] in " \t":
        i -= 1
    if i > stop and (text[i - 1] in "،、" or (text[i - 1] == "," and i < at)):
        return i - 1
    return -1


def _part(text: str, a: int, b: int, first: bool) -> tuple[int, bool]:
    """How far text[a:b] is one address part, and whether a sentence ended there."""
    tokens = list(_TOKEN.finditer(text, a, b))
    if not tokens or len(tokens) > 6 or (b - a) > 48 or _STOP.search(text, a, b):
        return a, False
    strong = False
    for tok in tokens:
        word = tok.group()
        bare = word.rstrip(".")
        unit = bare.lower() in _UNITS
        code = _CODE.fullmatch(word) is not None
        if _DATE.fullmatch(bare):
            return a, False  # "Family Division, 14-MAY-2024"
        if first and not unit and not code:
            return a, False  # after the street without a comma: units and numbers only
        if code or _UNCASED.match(word) or bare[:1].isupper():
            strong = True
        elif not unit:
            return a, False
        if text[tok.end() : tok.end() + 1] in _ENDS and (strong or first):
            return tok.end(), True  # "… الدمام؟"
        ends = tok is tokens[-1] or text[tok.end() : tok.end() + 1].isspace()
        if word.endswith(".") and (len(bare) >= 4 or bare.isdigit()) and ends:
            return (tok.end() - 1, True) if strong else (a, False)  # a sentence ends
    if not strong and not first:
        return a, False  # (right after the street, unit words alone: "Nasimi} district")
    last = tokens[-1]
    if last.group().endswith(".") and last.group()[:-1].lower() not in _UNITS:
        return last.end() - 1, False  # "…, S88 9WH." ends a sentence; "Apt." does not
    return last.end(), False
