"""The other names of a list whose lines share one shape, whatever their words say:

    - Giorgos – strong reader, chatty in class        Hall A: Priya Raman, R. Saravanan
    - Sofia – struggles with fractions                Hall B: Revathi Natarajan
    - Nikos – new this term, shy                      Reserve: Vignesh

A run of three lines or more (bulleted or numbered, or not) that each split once into a
head and a tail by the same separator is a table of two columns.

- A dash between spaces: either column is a column of names by `name_columns`'s test (two
  cells or more, and at least half of them, hold a found person or are a listed first name
  alone); its other cells' name items are names too (one to three capitalized words, none a
  common or calendar word, one a word the English word list lacks or a listed first name).
  A tail such as "strong reader, chatty in class" holds no such item. A name typed in
  lowercase there is one too when its words are no English words or listed first names
  ("niall - 942.5 kg" under "Declan - 451.5 kg").
- A number after the head (a tally, a squad list, a phone list: "wasswa 38 crates", "#4
  R. Lakshmi    27/02/2018", "Vivek Patel +44 113 859 9856"): the same test, when each head
  is a name alone (letters, initials; no comma or colon: "Rasmus Andersen, født 27.
  marts" is a record) and none is a month (a log's "Jun 19 11:51:35" is no tally).
- A colon and a space (forms, rosters, chats): stricter, since a form's keys and values are
  capitalized words too. Two cells or more, and at least half, must be nothing but found
  persons. A tail counts only when it is nothing but name items that are not all English
  words and name no organization ("Reserve: Vignesh"; not "Priority: High", "Apotheek:
  BENU Apotheek", "Geburtsort: Pécs, 1972"). A head counts only in a conversation, where a
  speaker speaks twice ("Siti: ... / Fajar: ... / Siti: ..."); a form's keys are each said
  once ("Uthyrare:", "Hyresgäst:").
"""

from __future__ import annotations

import re

from sanitizers.lexicon import ORGANIZATION_WORDS, known
from sanitizers.name_columns import MIN_ROWS, holds_names, name_items
from sanitizers.recognizers import Finding
from sanitizers.spans import SpanIndex
from sanitizers.tries import compiled

# a bullet, a list's number ("3.", "#4") or a data frame's row index ("4  Ji-ho Cho  1995…")
_BULLET = compiled(r"[ \t]*(?:[-*•·▪◦‣]|\d{1,2}[.)]|\#\d{1,3}|\d{1,5}(?=[ \t]{2}))?[ \t]*")
_DASH = compiled(r"[ \t]+[-–—][ \t]+")
_COLON = compiled(r"[ \t]*[:：][ \t]+")  # (a space after it: no time, "Read 8:39 AM")
# a tally's name and its count or number ("wasswa 38 crates", "#4  R. Lakshmi    27/02/2018",
# "Vivek Patel +44 113 859 9856")
_NUMBER = compiled(r"[ \t]+(?=[+(#]?\d)")
_BARE_HEAD = compiled(r"[^\W\d_]+\.?(?:(?:[ ]|[ ]?['’-][ ]?)[^\W\d_]+\.?){0,3}")
_MONTHS = frozenset("jan feb mar apr may jun jul aug sep sept oct nov dec".split())  # noqa: SIM905
_PUNCTUATION = compiled(r"[,:;()=/\d]")  # (and no digit: "stage-laptop-1   64:8D:…")
_HEAD_MAX = 40  # characters: a head is a name or a key, not a sentence
_TRIM = compiled(r"[^\W\d_](?:.*[^\W\d_.])?")  # a head from its first to its last letter
_WORD = compiled(r"[^\W\d_]+")
_JOINS = compiled(r"(?:[\s,;&/+]|\band\b)*")
Cell = tuple[int, int]


def item_columns(text: str, found: list[Finding], words: frozenset[str]) -> list[Finding]:
    """PERSON findings for the name items of a list's column that holds found names."""
    if "\n" not in text or (":" not in text and "-" not in text and "–" not in text):
        return []
    persons = SpanIndex([(s, e) for s, e, t, _ in found if t == "PERSON"])
    if not persons:
        return []
    out: list[Finding] = []
    tallies = [b for b in _blocks(text, _NUMBER) if not _dated(text, [h for h, _ in b])]
    for block in _blocks(text, _DASH) + tallies:
        for column in zip(*block, strict=True):
            if holds_names(text, column, persons, words):
                for a, b in column:
                    items = name_items(text, a, b, words, lower=True)
                    out.extend(_new([i for i in items if not _organization(text, i)], persons))
    for block in _blocks(text, _COLON):
        heads, tails = zip(*block, strict=True)
        keys = [text[a:b] for a, b in heads]
        if len(set(keys)) < len(keys) and _whole_hits(text, heads, persons):
            for a, b in heads:
                out.extend(_new(_whole_items(text, a, b, words), persons))
        if _whole_hits(text, tails, persons):
            for a, b in tails:
                out.extend(_new(_whole_items(text, a, b, words), persons))
    return out


def _dated(text: str, heads: list[Cell]) -> bool:
    """A log's lines that open with a month ("Jun 19 11:51:35 dnsmasq", "[Sep 2, 10:13
    AM]"), not a tally's names."""
    return any(text[a:b].lower() in _MONTHS for a, b in heads)


def _new(items: list[Finding], persons: SpanIndex) -> list[Finding]:
    return [i for i in items if not persons.overlaps(i[0], i[1])]


def _organization(text: str, item: Finding) -> bool:
    return any(w.lower() in ORGANIZATION_WORDS for w in _WORD.findall(text, item[0], item[1]))


def _whole_items(text: str, a: int, b: int, words: frozenset[str]) -> list[Finding]:
    """The name items of a cell that is nothing but name items, none an organization's or
    all English words; else none."""
    items = name_items(text, a, b, words)
    rest, at = [], a
    for s, e, _, _ in items:
        lows = [w.lower() for w in _WORD.findall(text, s, e)]
        if any(w in ORGANIZATION_WORDS for w in lows) or all(known(w, words) for w in lows):
            return []
        rest.append(text[at:s])
        at = e
    rest.append(text[at:b])
    return items if items and all(_JOINS.fullmatch(r) for r in rest) else []


def _whole_hits(text: str, column: tuple[Cell, ...], persons: SpanIndex) -> bool:
    """Two cells or more, and at least half of them, are nothing but found persons."""
    hits = 0
    for a, b in column:
        letters = [w.span() for w in _WORD.finditer(text, a, b)]
        hits += bool(letters) and all(persons.inside(x, y) for x, y in letters)
    return hits >= 2 and 2 * hits >= len(column)


def _blocks(text: str, separator: re.Pattern[str]) -> list[list[tuple[Cell, Cell]]]:
    """Runs of consecutive lines that split into (head, tail) by `separator`."""
    blocks: list[list[tuple[Cell, Cell]]] = []
    run: list[tuple[Cell, Cell]] = []
    pos = 0
    for line in [*text.split("\n"), ""]:
        start, pos = pos, pos + len(line) + 1
        row = _split(line, start, separator)
        if row is None:
            if len(run) >= MIN_ROWS:
                blocks.append(run)
            run = []
        else:
            run.append(row)
    return blocks


def _split(line: str, start: int, separator: re.Pattern[str]) -> tuple[Cell, Cell] | None:
    lead = _BULLET.match(line).end()
    sep = separator.search(line, lead)
    if sep is None or not 0 < sep.start() - lead <= _HEAD_MAX:
        return None
    raw = line[lead : sep.start()]
    if separator is _COLON and ("(" in raw or ")" in raw):
        return None  # a remark ("Harry Myers (last known: Sofia)")
    head = _TRIM.search(line, lead, sep.start())
    if separator is _NUMBER and (
        _PUNCTUATION.search(raw) or head is None or not _BARE_HEAD.fullmatch(head.group())
    ):
        return None  # a tally's head is a name alone ("Rasmus Andersen, født 27. marts")
    end = len(line.rstrip())
    if head is None or sep.end() >= end:
        return None
    return (start + head.start(), start + head.end()), (start + sep.end(), start + end)
