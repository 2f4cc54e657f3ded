"""Person names from shape and repetition (used with spaCy NER, see analysis.py).

- `truecase_variant` capitalizes the unknown (non-dictionary) words of a short all-lowercase
  line so that NER sees "sonoka miki" as "Sonoka Miki"; same length, same offsets.
- `name_shapes` takes runs of Title-case words unknown to the dictionary ("Dorofiej
  Kaczmarek") that NER did not label as a place or organization.
- `trim_person` drops common words NER glued to a name; `propagate` marks every other
  occurrence of a found name's parts in the same record.
- `coordinate` extends a found name to the other Title-case members of its list ("Mara,
  Veronica and Steven", "Stil and Ross").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.lang.en.stop_words import STOP_WORDS

from sanitizers.names import COMMON_WORDS, TOKEN, participle
from sanitizers.recognizers import Finding

_LOWER_WORD = re.compile(r"\b[a-z]{2,}\b")
_CODE_CHARS = re.compile(r"[=;{}/_<>\\]")
TRUECASE_MAX = 400


def truecase_variant(line: str, words: frozenset[str]) -> str | None:
    """For a short all-lowercase prose line: the same line with unknown words capitalized
    (else None). Long lines and code-looking lines are left alone."""
    if len(line) > TRUECASE_MAX or _CODE_CHARS.search(line) or any(c.isupper() for c in line):
        return None
    changed = False

    def cap(m: re.Match[str]) -> str:
        nonlocal changed
        word = m.group()
        if word in words:
            return word
        changed = True
        return word[0].upper() + word[1:]

    variant = _LOWER_WORD.sub(cap, line)
    return variant if changed else None


_PARTICLE = r"(?:van|von|der|den|de|da|di|del|della|dos|das|du|la|le|ten|ter|bin|ibn|al|el)"
_PARTICLE_WORD = re.compile(_PARTICLE)
_RUN = re.compile(
    rf"(?<![\w'’-])[^\W\d_a-z][^\W\d_]*(?:(?:[ ]{_PARTICLE})*[ ][^\W\d_a-z][^\W\d_'’-]*\.?){{1,3}}"
)


def name_shapes(
    text: str, words: frozenset[str], places: list[tuple[int, int]], others: list[tuple[int, int]]
) -> list[Finding]:
    """Runs of 2-4 Title-case words shaped like a name ("Dorofiej Kaczmarek", "Arne P
    Brandt"): all words unknown to the English dictionary and not inside a place entity, or
    some unknown and not inside any other NER entity (places, orgs, products...)."""
    out: list[Finding] = []
    for run in _RUN.finditer(text):
        segment: list[tuple[int, int, bool]] = []  # (start, end, unknown) of name words
        for tok in [*TOKEN.finditer(text, run.start(), run.end()), None]:
            word = tok.group().rstrip(".") if tok else ""
            low = word.lower()
            if tok and len(word) == 1 and word.isupper() and segment:
                continue  # a middle initial
            if tok and segment and _PARTICLE_WORD.fullmatch(word):
                continue  # van, de, bin... inside a name
            if tok and not segment and participle(word, words):
                continue  # "Upgraded Kubernetes": a verb opening the sentence
            if tok and word[1:].islower() and word[:1].isupper() and low not in COMMON_WORDS:
                segment.append((tok.start(), tok.start() + len(word), low not in words))
                continue
            unknown = sum(u for _, _, u in segment)
            if len(segment) >= 2 and unknown:
                a, b = segment[0][0], segment[-1][1]
                # all-unknown words: only a place covering the whole run vetoes ("Buenos
                # Aires"); NER often tags one half of a foreign name as a GPE.
                if unknown == len(segment):
                    vetoed = any(x <= a and b <= y for x, y in places)
                else:
                    vetoed = any(x < b and a < y for x, y in others)
                if not vetoed:
                    out.append((a, b, "PERSON", 0.6))
            segment = []
    return out


def trim_person(text: str, start: int, end: int, words: frozenset[str]) -> tuple[int, int]:
    """Drop leading/trailing common words NER glued to a name ("Email Jane Fowler")."""
    tokens = list(TOKEN.finditer(text, start, end))
    while len(tokens) > 1 and (
        tokens[0].group().lower() in COMMON_WORDS or participle(tokens[0].group(), words)
    ):
        tokens.pop(0)
    while len(tokens) > 1 and tokens[-1].group().lower() in COMMON_WORDS:
        tokens.pop()
    if not tokens:
        return start, end
    return max(start, tokens[0].start()), min(end, tokens[-1].end())


_AFTER_PARTICLES = re.compile(rf"(?:[ ]{_PARTICLE})+[ ][^\W\d_a-z][^\W\d_]*")


def join_particles(text: str, found: list[Finding]) -> None:
    """Extend PERSON findings over name particles and the surname after them ("Sietske van
    der Wardt", "Brent de Strigter"), in place."""
    for i, (start, end, etype, score) in enumerate(found):
        if etype == "PERSON":
            m = _AFTER_PARTICLES.match(text, end)
            if m is not None:
                found[i] = (start, m.end(), etype, score)


def propagate(
    texts: list[str], findings: list[list[Finding]], words: frozenset[str], extra: set[str]
) -> None:
    """Add a PERSON finding for every other occurrence of a found name part (or of the
    `extra` parts), in place."""
    parts: set[str] = set(extra)
    for text, found in zip(texts, findings, strict=True):
        for start, end, etype, _ in found:
            if etype == "PERSON":
                for tok in TOKEN.findall(text[start:end]):
                    if len(tok) >= 3 and tok.lower() not in STOP_WORDS:
                        parts.add(tok if tok.lower() in words else tok.lower())
    if not parts:
        return
    for text, found in zip(texts, findings, strict=True):
        lowered = text.lower()
        for part in parts:
            hay = lowered if part.islower() else text
            at = hay.find(part)
            while at >= 0:
                end = at + len(part)
                if (at == 0 or not _is_word(text[at - 1])) and (
                    end == len(text) or not _is_word(text[end])
                ):
                    found.append((at, end, "PERSON", 0.7))
                at = hay.find(part, end)


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


_MEMBER = r"[^\W\d_a-z][^\W\d_'’-]*(?:[ ][^\W\d_a-z][^\W\d_'’-]*)?"
_LIST = re.compile(
    rf"(?<![\w'’-]){_MEMBER}(?:(?:,[ ](?:and[ ]|or[ ])?|[ ](?:and|&|or)[ ]){_MEMBER})+(?![\w'’-])"
)
NER_ONLY = 0.8  # findings scored below come from cues and shapes, not NER alone
_SEPARATOR = re.compile(r",[ ](?:and[ ]|or[ ])?|[ ](?:and|&|or)[ ]")


def coordinate(
    text: str, found: list[Finding], words: frozenset[str], technical: Callable[[str], bool]
) -> None:
    """Add PERSON findings for the Title-case members of a list ("Mara, Veronica and
    Steven", "Kay & Ross") in which some member is already a PERSON, in place. Lists in
    technical lines (`technical`) are left alone: they name products."""
    persons = [(s, e, sc < NER_ONLY) for s, e, t, sc in found if t == "PERSON"]
    if not persons:
        return
    for m in _LIST.finditer(text):
        line = text[text.rfind("\n", 0, m.start()) + 1 : max(m.end(), text.find("\n", m.end()))]
        if technical(line):
            continue
        members: list[tuple[int, int]] = []
        at = m.start()
        for sep in [*_SEPARATOR.finditer(text, m.start(), m.end()), None]:
            end = sep.start() if sep else m.end()
            tokens = list(TOKEN.finditer(text, at, end))
            while tokens and tokens[0].group().lower() in COMMON_WORDS:
                tokens.pop(0)
            while tokens and tokens[-1].group().lower() in COMMON_WORDS:
                tokens.pop()
            if tokens:
                members.append((tokens[0].start(), tokens[-1].end()))
            at = sep.end() if sep else end
        hits = [any(s < b and a < e for s, e, _ in persons) for a, b in members]
        cued = any(c and s < b and a < e for s, e, c in persons for a, b in members)
        if len(members) < 2 or not any(hits):
            continue
        after_colon = text[: m.start()].rstrip().endswith(":")  # "founders: A, B and C"
        # dictionary words ("Search", "Cross") join only a list that looks like names: a
        # member found by a cue, two found members, or one with a word the dictionary lacks
        strong = (
            cued
            or sum(hits) >= 2
            or any(
                hit and any(t.lower() not in words for t in TOKEN.findall(text[a:b]))
                for (a, b), hit in zip(members, hits, strict=True)
            )
        )
        for (a, b), hit in zip(members, hits, strict=True):
            name = text[a:b]
            if hit or not all(t[1:].islower() and len(t) > 1 for t in name.split(" ")):
                continue
            # a dictionary word opening the list before a comma ("In March, John and I")
            # is an adverbial, not a name (unless a colon introduces the list)
            first = (a, b) == members[0] and not after_colon
            if first and text[b : b + 1] == "," and name.lower() in words:
                continue
            if not strong and all(t.lower() in words for t in name.split(" ")):
                continue
            found.append((a, b, "PERSON", 0.65))
