"""Names next to found names: the other members of their list (the rest of a name itself:
`complete.py`).

- `coordinate` extends a found name to the other Title-case members of its list ("Mara,
  Veronica and Steven", "Stil and Ross"), except in technical lines (product lists) where
  fewer than two members are found people.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from sanitizers.first_names import given_name_list
from sanitizers.lexicon import UNCASED_SCRIPTS
from sanitizers.names import COMMON_WORDS, TOKEN, known
from sanitizers.recognizers import Finding
from sanitizers.tries import compiled
from sanitizers.truecase import mostly_foreign

_MEMBER = r"[^\W\d_a-z][^\W\d_'’-]*(?:[ ][^\W\d_a-z][^\W\d_'’-]*)?"
_LIST = compiled(
    rf"(?<![\w'’-]){_MEMBER}(?:(?:,[ ](?:and[ ]|or[ ])?|[ ](?:and|&|or)[ ]){_MEMBER})+(?![\w'’-])"
)
# the same list in lowercase chat ("jacintha, emma, yuto, fetu or onyinye"), one word each
# (letters with case only: in Georgian, Arabic or Han a "lowercase" word is any word)
_LOWER_MEMBER = rf"(?![{UNCASED_SCRIPTS}\u10a0-\u10ff])[^\W\d_A-Z][^\W\d_A-Z'’-]+"
_LOWER_LIST = compiled(
    rf"(?<![\w'’-]){_LOWER_MEMBER}(?:(?:,[ ](?:and[ ]|or[ ])?|[ ](?:and|&|or)[ ]){_LOWER_MEMBER})+"
    r"(?![\w'’-])"
)
NER_ONLY = 0.8  # findings scored below come from cues and shapes, not NER alone
_SEPARATOR = compiled(r",[ ](?:and[ ]|or[ ])?|[ ](?:and|&|or)[ ]")


def coordinate(
    text: str, found: list[Finding], words: frozenset[str], technical: Callable[[str], bool]
) -> None:
    """Add PERSON findings for the Title-case members of a list ("Mara, Veronica and
    Steven", "Kay & Ross") in which some member is already a PERSON, in place. Lists in
    technical lines (`technical`) are left alone: they name products."""
    persons = sorted((s, e, sc < NER_ONLY) for s, e, t, sc in found if t == "PERSON")
    if not persons:
        return
    nearby = _Near(persons)
    technical_lines: dict[int, bool] = {}  # by where the line starts: judged once per line
    for m in _LIST.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if line_start not in technical_lines:  # (the whole line, the text's last one too)
            line_end = text.find("\n", m.end())
            line_end = len(text) if line_end < 0 else line_end
            technical_lines[line_start] = technical(text[line_start:line_end])
        tech = technical_lines[line_start]
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
        near = nearby(m.start(), m.end())
        hits = [any(s < b and a < e for s, e, _ in near) for a, b in members]
        cued = any(c and s < b and a < e for s, e, c in near for a, b in members)
        if len(members) < 2 or not any(hits) or any(text[a].islower() for a, _ in members):
            continue  # a lowercase member (Cyrillic: `_MEMBER` tells a-z only) is no list:
            # "Передайте, будь ласка, Olena" is a request
        cues = sum(any(c and s < b and a < e for s, e, c in near) for a, b in members)
        if tech and cues < 2:
            continue  # in a technical line, a list of products unless two are found by cues
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
            if hit or not all(
                t[:1].isupper() and t[1:].islower() and len(t) > 1 for t in name.split(" ")
            ):  # (Cyrillic "что" is no capital: `_MEMBER` tells a-z only)
                continue
            # a dictionary word opening the list before a comma ("In March, John and I")
            # is an adverbial, not a name (unless a colon introduces the list)
            first = (a, b) == members[0] and not after_colon
            if first and text[b : b + 1] == "," and name.lower() in words:
                continue
            if not strong and all(t.lower() in words for t in name.split(" ")):
                continue
            found.append((a, b, "PERSON", 0.65))
    _lowercase_members(text, found, words, nearby, technical)


class _Near:
    """The found names (sorted) that may overlap a span: a text of thousands of names and
    lines is not read name by name for each of its lists."""

    def __init__(self, persons: list[tuple[int, int, bool]]) -> None:
        self.persons = persons
        self.starts = [s for s, _, _ in persons]
        self.longest = max(e - s for s, e, _ in persons)

    def __call__(self, start: int, end: int) -> list[tuple[int, int, bool]]:
        low = bisect_left(self.starts, start - self.longest)
        return self.persons[low : bisect_left(self.starts, end)]


def _lowercase_members(
    text: str,
    found: list[Finding],
    words: frozenset[str],
    nearby: _Near,
    technical: Callable[[str], bool],
) -> None:
    """In an all-lowercase line, the members of a list holding a found name that the
    dictionary lacks ("who should i invite: jacintha, emma, yuto, fetu or onyinye")."""
    lines = set()  # the lines that hold a found name
    for s, _, _ in nearby.persons:
        end = text.find("\n", s)
        lines.add((text.rfind("\n", 0, s) + 1, end if end >= 0 else len(text)))
    for line_start, line_end in sorted(lines):
        line = text[line_start:line_end]
        if line != line.lower() or technical(line) or mostly_foreign(line, words):
            continue  # people who capitalize, capitalize names; package lists; any word
            # of another language is unknown
        for m in _LOWER_LIST.finditer(text, line_start, line_end):
            _add_members(text, m, found, words, nearby(m.start(), m.end()))


def _add_members(
    text: str,
    m: re.Match[str],
    found: list[Finding],
    words: frozenset[str],
    persons: list[tuple[int, int, bool]],
) -> None:
    members = [w for w in TOKEN.finditer(text, m.start(), m.end()) if w.group() not in
               ("and", "or")]  # fmt: skip
    hits = [any(s < w.end() and w.start() < e for s, e, _ in persons) for w in members]
    listed = given_name_list()  # a found member on the first-name list, not NER's guess on
    if not any(hit and w.group() in listed for w, hit in zip(members, hits, strict=True)):
        return  # a truecased line ("relative dates, timestamps")
    for w, hit in zip(members, hits, strict=True):
        low = w.group()
        if hit or low in COMMON_WORDS or known(low, words) or len(low) <= 3:
            continue  # "etc"
        if low.endswith(("ing", "ed", "ly", "tion", "ment", "ness")):
            continue  # "requesting": forms the dictionary lists by their stem
        found.append((w.start(), w.end(), "PERSON", 0.65))


# "4 ppl: me, uchenna, lior and alojzij", "kehinde, simran and me": the others in a list that
# has "me" in it are people
_ITEM = r"[a-z][a-z'’-]*"
_WITH_ME = compiled(
    rf"(?<![\w'’-])(?:me|myself)((?:,[ ]*{_ITEM}){{1,8}}(?:,?[ ]+(?:and|&)[ ]+{_ITEM})?)(?![\w'’-])"
    rf"|(?<![\w'’-])((?:{_ITEM},[ ]*){{0,8}}{_ITEM},?[ ]+(?:and|&)[ ]+)(?:me|myself)(?![\w'’-])"
)
_ITEM_WORD = compiled(_ITEM)


def with_me(line: str, words: frozenset[str]) -> list[Finding]:
    """PERSON findings for the lowercase words the dictionary lacks in a list with "me"."""
    out: list[Finding] = []
    for m in _WITH_ME.finditer(line):
        group = 1 if m.group(1) is not None else 2
        for w in _ITEM_WORD.finditer(line, m.start(group), m.end(group)):
            word = w.group()
            if len(word) > 1 and word not in COMMON_WORDS and not known(word, words):
                out.append((w.start(), w.end(), "PERSON", 0.7))
    return out
