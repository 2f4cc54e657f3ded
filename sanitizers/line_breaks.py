"""A name does not cross an escaped line break.

A form logged inside a JSON string keeps its lines as the two characters backslash-n:

    "Name: Olena Oliinyk\\nStart date: 27 квітня 2023 р."

NER reads the escape as blank space and may take the next line's key into the name
("Olena Oliinyk\\nStart"); propagation would then blank every other "Start" of the
record. `cut_at_breaks` cuts a person finding at its escaped breaks and keeps the pieces
that can be names (`_name_like`) ("Okonjo\\n\\nAuthorized" keeps "Okonjo"; "Skill\\nLotte
Wouters" keeps "Lotte Wouters"; "María Belén Álvarez\\nfecha de" keeps the name; "Ethan
Anderson\\n- Teléfono" keeps the name).
"""

from __future__ import annotations

from sanitizers.lexicon import CALENDAR, known
from sanitizers.recognizers import Finding
from sanitizers.tries import compiled

# an escaped line break, carriage return or tab (not a Windows path's "C:\\temp")
_BREAK = compiled(r"(?<![A-Za-z]:)(?<!\\)\\[ntr]")
_MARKS = " \t-–•*>·"


def cut_at_breaks(text: str, found: list[Finding], words: frozenset[str]) -> list[Finding]:
    """`found` with each PERSON finding that crosses an escaped break cut into the pieces
    that can be names (see above)."""
    if "\\" not in text:
        return found
    out: list[Finding] = []
    for f in found:
        start, end, kind, score = f
        if kind != "PERSON" or _BREAK.search(text, start, end) is None:
            out.append(f)
            continue
        edges = [start, *(x for m in _BREAK.finditer(text, start, end) for x in m.span()), end]
        for k in range(0, len(edges), 2):
            a, b = _stripped(text, edges[k], edges[k + 1])
            piece = text[a:b]
            colon = text[b : b + 2].lstrip()[:1] in (":", "：")
            key = colon and any(w[:1].islower() for w in piece.split())  # "Giới tính:"
            if a < b and not key and _name_like(piece, words, first=k == 0):
                out.append((a, b, kind, score))
    return out


def _stripped(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in _MARKS:
        a += 1
    while b > a and text[b - 1] in " \t":
        b -= 1
    return a, b


def _name_like(piece: str, words: frozenset[str], first: bool) -> bool:
    """The finding's first line: two words, or one capitalized word that is no English
    word ("Skill"). A later line: two words or more (its one word opens a key: "Passport",
    "Petsa ng kapanganakan:", "Dátum narodenia"), one of them capitalized and no English
    word or month. A piece before a colon with a lowercase word is a key ("Giới tính:"),
    one in capitals a list's name ("AL-FARSI Hamood: 3782 …")."""
    parts = piece.split()
    if first and len(parts) > 1:
        return True
    if not first and len(parts) < 2:
        return False
    return any(p[:1].isupper() and not known(p, words) and p.lower() not in CALENDAR for p in parts)
