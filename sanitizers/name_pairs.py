"""The other person of a pair joined by "&" or "and", when one of them was found: rotas,
invitations and announcements name people two by two ("Sat – Logan Chen & Étienne Nguyen
– dal", "daughter of Uche & Aisha", "Fatou et Ndèye arrivent", "Wedding of Favour Okoro &
Tunde Oyelaran").

The other is one to three Title-case words (with a name's particles), at least one of them
no English word ("Amber Alert and Silver Alert" stays), none a stop word of a language ("Me
and Lusine", Swedish "Hon och Annika"), an organization's word or a possessive ("Gordon and
Sons's", "Warner and Pearson's"). Only a found person pulls in a partner, so "Marks &
Spencer" stays unless something took "Marks" for a person.
"""

from __future__ import annotations

from sanitizers.lexicon import NAME_PARTICLES, known, organization_word, world_stop_words
from sanitizers.recognizers import Finding
from sanitizers.tries import compiled

_AND = r"(?:&|and|und|et|y|og|och|ve|dan)"  # (not Swahili "na", Romanian "e": "Clientul e")
#: a capitalized word of a name, hyphenated or with an apostrophe inside ("Jean-Luc",
#: "O'Brien"; kin_lists.py too)
NAME_WORD = r"[A-ZÀ-ÞĀ-Ž][^\W\d_]+(?:[-'’][^\W\d_]+)?"
_PARTICLE = "|".join(NAME_PARTICLES)
_NAME = rf"{NAME_WORD}(?:[ ](?:(?:{_PARTICLE})[ ])*{NAME_WORD}){{0,2}}"
_AFTER = compiled(rf"[ \t]+{_AND}[ \t]+({_NAME})(?![\w'’-])")
_BEFORE = compiled(rf"(?<![\w'’-])({_NAME})[ \t]+{_AND}[ \t]+\Z")
# a possessive or a contraction ("Sloan's", "We're", "They'll"), not "O'Brien"
_CONTRACTION = compiled(r"[^\W\d_]+['’](?i:s|re|ll|ve|d|m|t)")
SCORE = 0.8


def paired_names(text: str, found: list[Finding], words: frozenset[str]) -> list[Finding]:
    """PERSON findings for the partner of a found person in a pair (see above)."""
    out: list[Finding] = []
    people = {(s, e) for s, e, t, _ in found if t == "PERSON"}
    for s, e in sorted(people):
        after = _AFTER.match(text, e)
        before = _BEFORE.search(text, max(0, s - 60), s)
        for m in (after, before):
            if m is None or (m.start(1), m.end(1)) in people:
                continue
            parts = [p for p in m.group(1).split() if p not in NAME_PARTICLES]
            if any(_not_a_name(p) for p in parts):
                continue
            if any(not known(p, words) for p in parts):
                out.append((m.start(1), m.end(1), "PERSON", SCORE))
    return out


def _not_a_name(word: str) -> bool:
    """A word no name holds: lowercase, a stop word of a language ("Me and ...", "Hon och
    ..."), an organization's ("Sons", "Ltd"), a possessive or a contraction ("Sloan's
    banking assistant", "We're Thijs and Kumush")."""
    return (
        not word[0].isupper()
        or word.lower() in world_stop_words()
        or organization_word(word)
        or _CONTRACTION.fullmatch(word) is not None
    )
