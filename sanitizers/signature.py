"""A message signed on its last line after a dash or a slash: "Let me know if it works -
Grace", "Adressen är Linnégatan 1. /Astrid", "Can I call you on 71 679 726? - سلطان عون,
Talent Partner", or on
a line of its own: "/Neil", "~ Ana", "-- Kofi".

The name ends the whole text and follows a sentence on the same line (so not a list
bullet "- Redis", a title "Step 1 - Install" or a log line "failed at 10:42 - Timeout").
The sentence must end in a word or punctuation, not a number or a code; English
words ("Grace", "Victor") are taken as names there, stop words and jargon are not.
"""

from __future__ import annotations

import re

from sanitizers.first_names import name_word
from sanitizers.names import participle
from sanitizers.person import TITLE
from sanitizers.recognizers import Finding
from sanitizers.tries import compiled

# after the name: who the signer is, and the quote closing a pasted message ("— Michael
# (Holly's dad)\"", "- Mithila, events team", "- سلطان عون, Talent Partner")
_AFTER = (
    r"[ \t]*(?:\([^()\n]{1,40}\)|,[ ][^\W\d_]+(?:[ ][^\W\d_]+){0,3})?"
    r"[ \t]*[.!]?[ \t]*[\"'”’»]?\s*\Z"
)
_SIGNED = compiled(rf"(?<=\S)[ \t]+(?:--?|–|—|/)[ \t]*({TITLE}(?:[ ]{TITLE}){{0,2}}){_AFTER}")
_WORDS = compiled(r"[^\W\d_]+")
# a last line of its own: "/Neil", "~ Ana Lima", "-- Kofi", "- Grace" after a blank line
_OWN_LINE = compiled(rf"(?:\A|\n)[ \t]*(/|~|--?|–|—)[ \t]?({TITLE}(?:[ ]{TITLE}){{0,2}}){_AFTER}")
MIN_WORDS = 3  # words of the sentence before the dash


def dash_signature(text: str, words: frozenset[str], not_names: frozenset[str]) -> list[Finding]:
    """The name signing `text` after a dash at its very end (or nothing)."""
    own = _OWN_LINE.search(text, max(0, len(text) - 120))
    if own is not None and _signs(text, own, words, not_names):
        return [(own.start(2), own.end(2), "PERSON", 0.75)]
    m = _SIGNED.search(text, max(0, len(text) - 200))
    if m is None:
        return []
    line = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
    if len(_WORDS.findall(line)) < MIN_WORDS:
        return []
    if not _plain_names(m.group(1), words, not_names):
        return []
    if text.startswith(",", m.end(1)) and not any(
        name_word(w, words) for w in m.group(1).split(" ")
    ):
        return []  # a team, then its member ("-- Moderation, Andrea")
    if not re.search(r"(?:[^\W\d_]|[.!?)])$", line):
        return []  # a number or code before the dash: a title or log line, not a sentence
    return [(m.start(1), m.end(1), "PERSON", 0.75)]


def _signs(text: str, m: re.Match[str], words: frozenset[str], not_names: frozenset[str]) -> bool:
    """A signature line: no stop word or jargon as the name, and a "-" line is no bullet
    of a list (the line before it is blank or not a "- " item)."""
    if not _plain_names(m.group(2), words, not_names):
        return False
    before = text[: m.start()].rstrip(" \t").rsplit("\n", 1)[-1].strip()
    return m.group(1) != "-" or not before or not before.startswith("-")


def _plain_names(name: str, words: frozenset[str], not_names: frozenset[str]) -> bool:
    """No word of the signed name is a stop word, jargon or a participle ("- Done")."""
    return not any(w.lower() in not_names or participle(w, words) for w in name.split(" "))
