"""The holder's name on an identity document read by OCR: a passport's, an ID card's or a
licence's name fields, printed without a colon ("Surname  KAYA", "Given names HENRIK",
"Nom .  BERNARD", "NOME   SOUZA, RAIMUNDA") or above their value, in two languages and two
scripts ("Прізвище / Surname" / "Гриценко" / "HRYTSENKO").

A key is one of names.yaml's `document_name_keys`, read as OCR writes it (spaces and dots
inside ignored: "G iven names"), alone or with its translation after a slash. Its value is
one to four words of letters, in capitals or Title case ("SOUZA, RAIMUNDA", "Наталія"),
after a gap, OCR's stray punctuation or one space, or on the one or two lines below a key
that stands alone (a key before a colon is a field's: fields.py). A text is a document when
two lines or more hold a name key; one does when its value is in capitals after a gap or
punctuation ("Name ;  KAMAU KIPTOO"). A value that is itself a key, a type of a schema
(`name TEXT`) or a word of three capitals (the next column's key: "Nombre      DNI") is
none.
"""

from __future__ import annotations

import functools

from sanitizers.lexicon import names_data
from sanitizers.recognizers import Finding
from sanitizers.tries import compiled

# a name value: one to four words of letters ("SOUZA, RAIMUNDA", "Ana-Maria", "O'NEILL")
_VALUE = compiled(r"[^\W\d_][^\W\d_'’-]*(?:,?[ ][^\W\d_][^\W\d_'’-]*){0,3}")
_DROPPED = compiled(r"[\s.]+")  # what OCR puts inside a key ("G iven names", "Pass-Nr.")
# where a key ends and its value begins on one line: OCR's stray punctuation, a gap, a space
# (not a colon: `key: value` is a field's, fields.py)
_SEPARATOR = compiled(r"[ \t]*[;.,][ \t]*|[ \t]{2,}|[ \t]")
_SCHEMA_TYPES = frozenset(
    [
        "text",
        "varchar",
        "char",
        "string",
        "integer",
        "int",
        "bigint",
        "null",
        "not",
        "unique",
        "key",
        "primary",
    ]
)


@functools.cache
def _keys() -> frozenset[str]:
    return frozenset(_normal(k) for k in names_data()["document_name_keys"])


@functools.cache
def _openings() -> frozenset[str]:
    """Every start of a key as `_normal` writes it: a line whose first word is none names
    no key (a cheap test before a line's separators are tried)."""
    return frozenset(k[:i] for k in _keys() for i in range(1, len(k) + 1))


_LONGEST_KEY = 60  # characters: the longest name key, with OCR's spaces, is shorter


def _normal(key: str) -> str:
    """A key as OCR may split it: lowercase, without spaces, dots and "(s)"."""
    return _DROPPED.sub("", key.lower().replace("(s)", "s").replace("’", "'"))


def _is_key(words: str) -> bool:
    """`words` are a name key, or two joined by a slash ("Adı / Given names")."""
    parts = [_normal(p) for p in words.split("/")]
    return len(parts) <= 2 and all(p in _keys() for p in parts)


def _opens_key(line: str) -> bool:
    """The first word of `line` may open a name key: a cheap test before a line's
    separators or its whole text are tried (most lines open with no key)."""
    first = line[: _LONGEST_KEY + 8].split(maxsplit=1)  # (a key is short, a line may not be)
    return bool(first) and _normal(first[0].rstrip(":;.,/")) in _openings()


def _key_alone(line: str) -> bool:
    """`line` (stripped) holds only a name key, with OCR's stray punctuation after it."""
    return _is_key(line.rstrip(":;.,").rstrip())


def _value(words: str) -> bool:
    """`words` are a name in capitals or Title case, no key and no schema's type."""
    if _VALUE.fullmatch(words) is None or _is_key(words):
        return False
    parts = words.replace(",", "").split()
    if any(not p[0].isupper() for p in parts) or all(p.lower() in _SCHEMA_TYPES for p in parts):
        return False
    if len(parts) == 1 and len(parts[0]) <= 3 and parts[0].isupper():
        return False  # the next column's key: "Nombre         DNI"
    return all(len(p) >= 2 for p in parts)


def _same_line(line: str) -> tuple[int, bool] | None:
    """(where the value starts, whether it is printed: capitals after a gap or punctuation)
    for a line that is a name key and its value, else None."""
    best = None
    text = line.rstrip()
    for m in _SEPARATOR.finditer(line):
        if _VALUE.fullmatch(text, m.end()) is None:
            continue  # (tested first, in place: a long line's every space is a separator)
        key, value = line[: m.start()].strip(" \t>*-"), text[m.end() :]
        if key and _is_key(key) and _value(value):
            best = (m.end(), value.isupper() and m.group() != " ")
    return best


def id_card_names(text: str) -> list[Finding]:
    """PERSON findings for the name values of an identity document's name keys."""
    lines: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    found: list[Finding] = []
    keyed = 0
    printed = False
    for i, (start, line) in enumerate(lines):
        alone = line.strip(" \t>*-")
        if not _opens_key(alone):
            continue
        if _key_alone(alone):
            keyed += 1
            for below_start, below in lines[i + 1 : i + 3]:
                value = below.strip()
                if not _value(value):
                    break
                at = below_start + below.index(value)
                found.append((at, at + len(value), "PERSON", 0.8))
            continue
        same = _same_line(line)
        if same is not None:
            keyed += 1
            printed = printed or same[1]
            value = line[same[0] :].rstrip()
            found.append((start + same[0], start + same[0] + len(value), "PERSON", 0.8))
    return found if keyed >= 2 or (keyed == 1 and printed) else []


def key_lines_named(text: str, found: list[Finding]) -> list[Finding]:
    """The PERSON findings of `found` that lie on a line holding only a document's name key
    ("Прізвище / Surname" is no name)."""
    out = []
    keys: dict[int, bool] = {}  # by where the line starts: a line is judged once
    for f in found:
        if f[2] != "PERSON":
            continue
        start = text.rfind("\n", 0, f[0]) + 1
        if start not in keys:
            end = text.find("\n", f[1])
            line = text[start : len(text) if end < 0 else end].strip(" \t>*-")
            keys[start] = _opens_key(line) and _key_alone(line)
        if keys[start]:
            out.append(f)
    return out
