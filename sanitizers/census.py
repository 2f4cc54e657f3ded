"""A first name before a surname that are both English words ("Hunter Price", "Ivy Sharp",
"Cliff Stone"), found by the census's lists of common names.

`given_pairs.name_pairs` leaves such a pair to NER when the surname is an English word,
and the small model often misses it ("Card on file for Autumn Washington", "the wedding of
Faith Rivers"). Here the pair is a name when the first word is a listed first name
(`nam_dict`, or the census's 3,055 most frequent first names) and the second one of the
census's 3,000 most frequent surnames (`census_names.txt`: the 1990 United States Census's
"Frequently Occurring Names", public domain), with the pair rule's vetoes: no stop,
calendar or organization word ("Morgan Stanley Ltd"), not after a determiner or a place
word ("at Jackson Park", "in Virginia Beach"), not before a number, and not a place,
organization or product for NER ("Merrill Lynch", "Elden Ring").
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span

from sanitizers.first_names import census_pair
from sanitizers.given_pairs import PAIR, free, lead_word, plain_pair, title, word_given
from sanitizers.lexicon import COMMON_WORDS, organization_word
from sanitizers.lone import GIVEN_SCORE
from sanitizers.recognizers import Finding

_THINGS = frozenset(["ORG", "GPE", "FAC", "LOC", "NORP", "PRODUCT", "EVENT"])


def census_pairs(text: str, ents: Iterable[Span], technical: bool) -> list[Finding]:
    """PERSON findings for a listed first name before a common census surname in `text`
    (`ents`: NER's entities there; a pair that one of them names a place, an organization
    or a product as a whole is not taken, a part or another label does not veto: "Sharp"
    as an organization in "great-grandma Ivy Sharp"). Not in a `technical` sentence, where
    such pairs name products ("Julia Computing")."""
    if technical:
        return []
    things = [(e.start_char, e.end_char) for e in ents if e.label_ in _THINGS]
    out: list[Finding] = []
    for m in PAIR.finditer(text):
        given, surname = m.group(1), m.group(2)
        low, last = given.lower(), surname.lower()
        if not census_pair(low, last):
            continue
        if not title(given) or not title(surname) or organization_word(surname):
            continue
        prev = lead_word(text, m.start(1))
        given_word = prev[:1].islower() and word_given(low, prev)
        if not plain_pair(low, last, given_word, COMMON_WORDS):
            continue  # "May Day"; "for Will Cash" stays
        a, b = m.start(1), m.end(2)
        if not free(text, a, b) or any(s <= a and b <= e for s, e in things):
            continue
        out.append((a, b, "PERSON", GIVEN_SCORE))
    return out
