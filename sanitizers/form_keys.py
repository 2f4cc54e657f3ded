"""A form's keys that NER or a rule took for names ("Geburtsort:       Bern", "Courriel :
…", "Makazi: …"), for `Fields.keys_named` to drop.

A text is a form (`is_form`) when four lines or more open with a key, no key opens two of
them, and half their values or more hold a digit or an "@" (dates, numbers, addresses,
e-mail): not a chat, whose speakers come back and talk, nor a list of people and their
comments. There a finding is a key (`lone_key`) when it is one word that opens its line
or a column, right before its colon, with a short value after a space, that is no login
("jo.k:", a password file's "ramirezr:$6$…"), no listed first name (a chat's "Anna: hi"),
and that the text names nowhere else ("Ionuț: venim toți!" … "Ionuț confirmă").
"""

from __future__ import annotations

import functools
import re

from sanitizers.first_names import given_name_list
from sanitizers.tries import compiled

_COLON_NEXT = compiled(r"[ \t]*[:：]")
_LOGIN_KEY = compiled(r"[._@\d]")
_WORD = compiled(r"\w+")
# a line that opens with a key and its value ("Geburtsort:   Bern", "7. Matrícula: 5282 PCC")
_KEY_LINE = compiled(
    r"(?m)^[ \t>*-]*(?:\d{1,2}[.)][ \t]*)?([^\W\d_][^\n:：]{0,38}?)[ \t]*[:：][ \t]*\S"
)


def _rest_of_line(text: str, at: int) -> str:
    """text from `at` to the end of its line."""
    end = text.find("\n", at)
    return text[at:] if end < 0 else text[at:end]


def _mentioned(text: str, word: str, key_end: int) -> bool:
    """`word` stands in the text again, not as a key before a colon: a person's name."""
    return any(end != key_end for end in _mentions(text, word)[:2])


def _mentions(text: str, word: str) -> tuple[int, ...]:
    """Where `word` ends in the text, not as a key before a colon. A word of letters and
    digits is looked up in an index of the text's words built once per text (a form of
    3,000 lines with 300 different keys had searched the whole text once per key); another
    word is searched for."""
    if _WORD.fullmatch(word):
        return _word_index(text).get(word, ())
    return _searched(text, word)


@functools.lru_cache(maxsize=64)
def _searched(text: str, word: str) -> tuple[int, ...]:
    """`_mentions` for a word with marks or punctuation inside ("लता", "O'Brien"): searched
    for once per text and word (2,000 lines with the same key searched the text 2,000
    times)."""
    ends = (m.end() for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text))
    return tuple(end for end in ends if _COLON_NEXT.match(text, end) is None)


@functools.lru_cache(maxsize=4)
def _word_index(text: str) -> dict[str, tuple[int, ...]]:
    """Each word of the text (a run of letters and digits) and where it ends, not as a key
    before a colon."""
    index: dict[str, list[int]] = {}
    for m in _WORD.finditer(text):
        if _COLON_NEXT.match(text, m.end()) is None:
            index.setdefault(m.group(), []).append(m.end())
    return {w: tuple(ends) for w, ends in index.items()}


def is_form(text: str) -> bool:
    """Four lines or more open with a key, no key opens two of them, and half their values
    or more hold a digit or an "@" (dates, numbers, addresses, e-mail): a form's fields,
    not a chat, whose speakers come back and talk, nor a list of people and comments."""
    keys: list[str] = []
    typed = 0
    for m in _KEY_LINE.finditer(text):
        keys.append(m.group(1).strip().lower())
        value = _rest_of_line(text, m.end() - 1)
        typed += any(c.isdigit() or c == "@" for c in value)
    return len(keys) >= 4 and len(set(keys)) == len(keys) and 2 * typed >= len(keys)


def lone_key(text: str, s: int, e: int, key_start: int, key: str) -> bool:
    """The finding text[s:e] is a form's one-word key (see above); `key_start`: where its
    line or column starts, `key`: the key's words, lowercased."""
    opens = text[key_start:s].strip(" \t>*-.)0123456789") == ""
    after = _COLON_NEXT.match(text, e)
    if not opens or after is None or _LOGIN_KEY.search(text, s, e):
        return False  # the key's own words only: not "Patient: ANA LIMA   DOB:", "jo.k:"
    value = _rest_of_line(text, after.end())
    if len(value.split()) > 6 or not value[:1].isspace() or " " in text[s:e]:
        return False  # a line that talks: "Boglárka: great at math facts, rushes …"; a
        # password file's "ramirezr:$6$…"; a full name ("Freja Nielsen: paid 20")
    if _mentioned(text, text[s:e], e):
        return False  # "Ionuț: venim toți!" … "Ionuț confirmă": a person
    first = key.split()[0] if key else ""
    return len(key.split()) <= 4 and not given_name_list().get(first, 0)  # "Anna: hi"
