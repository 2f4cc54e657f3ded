"""Authors in citations and chat speakers written "Surname, Given".

- A reference list or a citation names its authors by surname and initials ("Friberg, S.,
  Poláková, I., & Lund, G. (2005)", "Leota, I. (2009)") or by surname and year inside
  parentheses ("(Friberg et al., 2005; Barroso, 2018)").
- A chat export (Teams, Lync, WhatsApp) writes a speaker "Surname, Given" after the time:
  "[01/02/25 16:43:10] Garcia, Clay: thx".
"""

from __future__ import annotations

from sanitizers.recognizers import Finding
from sanitizers.tries import compiled

_PARTICLE = r"(?:(?:van|von|de|der|den|da|di|du|ab|ap|bin|al|el|le|la|dos|del|ter|ten)[ ])*"
_SURNAME = rf"{_PARTICLE}[A-ZÀ-ÝĀ-Ž][^\W\d_]+(?:['’-][A-ZÀ-ÝĀ-Ž]?[^\W\d_]+)*"
_INITIALS = r"[A-ZÀ-ÝĀ-Ž]\.(?:[ -]?[A-ZÀ-ÝĀ-Ž]\.)*"
# "Surname, I." followed by what follows an author in a list: a comma, "&", the year
_WITH_INITIALS = compiled(
    rf"(?<![\w'’-])({_SURNAME}(?:[ ][A-ZÀ-ÝĀ-Ž][^\W\d_]+)?,[ ]{_INITIALS})"
    r"(?=,|[ ]?&|[ ]?\(?(?:19|20)\d\d|[ ]?$|…|\.\.\.)"
)
_PARENS = compiled(r"\(([^()\n]{6,300})\)")
_CITED = compiled(
    rf"[ ]*({_SURNAME})(?:[ ](?:and|&)[ ]({_SURNAME}))?(?:[ ]et[ ]al\.)?,?[ ]"
    r"(?:19|20)\d\d[a-z]?(?:,[ ]p+\.[ ]?\d+(?:[-–]\d+)?)?[ ]*"
)
_SPEAKER = compiled(
    r"^\[[^\]\n]{4,30}\][ \t]+([A-ZÀ-ÝĀ-Ž][^\W\d_]+(?:[-'’ ][A-ZÀ-ÝĀ-Ž][^\W\d_]+)?,[ ]"
    r"[A-ZÀ-ÝĀ-Ž][^\W\d_]+(?:-[A-ZÀ-ÝĀ-Ž][^\W\d_]+)?)(?=:[ \t])"
)


def cited_authors(line: str) -> list[Finding]:
    """PERSON findings for authors cited in `line` (offsets in `line`)."""
    out = [(m.start(1), m.end(1), "PERSON", 0.7) for m in _WITH_INITIALS.finditer(line)]
    for group in _PARENS.finditer(line):
        items, pos = group.group(1).split(";"), group.start(1)
        found = []
        for item in items:
            m = _CITED.fullmatch(item)
            if m is None:
                found = []
                break  # every item a citation, or none is taken ("(Paris, 2024 edition)")
            found += [(pos + m.start(g), pos + m.end(g)) for g in (1, 2) if m.group(g)]
            pos += len(item) + 1
        out += [(a, b, "PERSON", 0.7) for a, b in found]
    speaker = _SPEAKER.match(line)
    if speaker is not None:
        out.append((speaker.start(1), speaker.end(1), "PERSON", 0.7))
    return out
