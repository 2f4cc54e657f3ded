"""Long alternations as tries: the same regex language, scanned several times faster.

Python's `re` tries the alternatives of `(?i:rue|avenue|av|...)` one by one at every
position; written as a trie (`(?i:ru(?:e|a)|a(?:venue|v(?:da|enida)?)...)`) it compares
each character once. `compact(pattern)` rewrites every group of at least
MIN_ALTERNATIVES alternatives (nested groups first, the pattern's own alternation last)
and leaves the rest of the pattern as it is. `compiled()` is how the sanitizer compiles its
regular expressions.

The rewrite matches the same strings and keeps the order in which alternatives are tried,
so leftmost-first results (which alternative wins, and so a match's span) are unchanged.
Alternatives are grouped by their first character, which is exact because two
alternatives that start with different literal characters cannot both match at one
position; an alternative that does not start with a plain character (a class, a group,
an escape like `\\w`, a quantified atom) or that is empty may match where others do, so
none moves across it. Groups holding a capturing group are left alone (reordering
alternatives would renumber it).
"""

from __future__ import annotations

import re
from typing import NamedTuple

MIN_ALTERNATIVES = 6
_OPENER = re.compile(r"\((?:\?(?:[aiLmsux-]*:|<?[=!]|P<\w+>|<\w+>|[aiLmsux]+\)))?")
_QUANTIFIER = re.compile(r"(?:[*+?]|\{\d*(?:,\d*)?\})[?+]?")
_META = set(".^$|()[]{}*+?\\")
_GLOBAL_FLAGS = re.compile(r"(?:\(\?[aiLmsux]+\))*")
_CAPTURE = re.compile(r"(?<!\\)\((?!\?[:=!<aiLmsux-])")


class Atom(NamedTuple):
    text: str
    key: str | None  # the one character a plain atom matches (None: anything else)


def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(compact(pattern), flags)`."""
    return re.compile(compact(pattern, bool(flags & re.IGNORECASE)), flags)


def compact(pattern: str, ignorecase: bool = False) -> str:
    """`pattern` with each alternation of >= MIN_ALTERNATIVES written as a trie."""
    out: list[str] = []
    stack: list[tuple[int, bool, bool]] = []  # (output index of content, ci, may rewrite)
    head = _GLOBAL_FLAGS.match(pattern).group()  # type: ignore[union-attr]  # "(?i)", kept
    ci = ignorecase or "i" in head
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c in "\\[":
            j = i + 2 if c == "\\" else _class_end(pattern, i)
            out.append(pattern[i:j])
            i = j
        elif c == "(":
            opener = _OPENER.match(pattern, i).group()  # type: ignore[union-attr]
            out.append(opener)
            i += len(opener)
            if opener.endswith(")") and opener != "(":
                continue  # "(?i)": flags for the whole pattern
            flags = opener[2:-1] if opener.startswith("(?") and opener.endswith(":") else ""
            on, _, off = flags.partition("-")
            inner = "i" in on or ((stack[-1][1] if stack else ci) and "i" not in off)
            stack.append((len(out), inner, not opener.startswith(("(?<=", "(?<!"))))
        elif c == ")" and stack:
            start, group_ci, rewrite = stack.pop()
            content = "".join(out[start:])
            trie = _trie(content, group_ci) if rewrite else None
            if trie is not None:
                del out[start:]
                out.append(trie)
            out.append(c)
            i += 1
        else:
            out.append(c)
            i += 1
    # the pattern's own alternation ("born|geb\.|geboren|..."), after its global flags
    result = "".join(out)
    trie = _trie(result[len(head) :], ci)
    return result if trie is None else head + trie


def _trie(content: str, ci: bool) -> str | None:
    """A group's content (or a whole pattern's) as a trie; None: left as it is."""
    alternatives = _split(content)
    if len(alternatives) < MIN_ALTERNATIVES or _CAPTURE.search(content):
        return None
    atoms = [_atoms(a, ci) for a in alternatives]
    if any(a is None for a in atoms):
        return None
    return _emit(atoms, ci)  # type: ignore[arg-type]


def _class_end(s: str, i: int) -> int:
    """Index after the character class opening at `i`."""
    j = i + 1
    j += s.startswith("^", j)
    j += s.startswith("]", j)  # a leading "]" is a member
    while j < len(s) and s[j] != "]":
        j += 2 if s[j] == "\\" else 1
    return j + 1


def _item_end(s: str, i: int) -> int:
    """Index after the escape, class, group or character at `i`."""
    if s[i] == "\\":
        return i + 2
    if s[i] == "[":
        return _class_end(s, i)
    if s[i] != "(":
        return i + 1
    depth, j = 0, i
    while j < len(s):
        if s[j] in "\\[":
            j = _item_end(s, j)
            continue
        depth += {"(": 1, ")": -1}.get(s[j], 0)
        j += 1
        if depth == 0:
            return j
    return j


def _split(content: str) -> list[str] | None:
    """The top-level alternatives of a group's content."""
    parts, start, i = [], 0, 0
    while i < len(content):
        if content[i] == "|":
            parts.append(content[start:i])
            start = i + 1
        i = _item_end(content, i) if content[i] != "|" else i + 1
    return [*parts, content[start:]]


def _atoms(alternative: str, ci: bool) -> list[Atom] | None:
    """The alternative as atoms (None: an escape this module does not read)."""
    out, i = [], 0
    while i < len(alternative):
        j = _item_end(alternative, i)
        text = alternative[i:j]
        if (
            text[:2] in ("\\x", "\\u", "\\U", "\\N", "\\0")
            or text[:1] == "\\"
            and text[1:].isdigit()
        ):
            return None
        quantifier = _QUANTIFIER.match(alternative, j)
        if quantifier:
            j = quantifier.end()
            out.append(Atom(alternative[i:j], None))
        else:
            out.append(Atom(text, _key(text, ci)))
        i = j
    return out


def _key(text: str, ci: bool) -> str | None:
    """The character a plain atom matches, lowercase when case is ignored."""
    if len(text) == 2 and text[0] == "\\" and not text[1].isalnum():
        char = text[1]  # "\\." "\\-"
    elif len(text) == 1 and text not in _META:
        char = text
    else:
        return None
    low = char.lower()
    return low if ci and len(low) == 1 else char


def _emit(alternatives: list[list[Atom]], ci: bool) -> str:
    """A trie over atom lists, trying alternatives in their given order."""
    groups: list[tuple[Atom, list[list[Atom]]] | list[Atom]] = []
    open_groups: dict[str, tuple[Atom, list[list[Atom]]]] = {}
    for alt in alternatives:
        if not alt or alt[0].key is None:
            groups.append(alt)  # may match where others do: nothing moves across it
            open_groups.clear()
        elif alt[0].key in open_groups:
            open_groups[alt[0].key][1].append(alt[1:])
        else:
            group = (alt[0], [alt[1:]])
            groups.append(group)
            open_groups[alt[0].key] = group
    parts = []
    for group in groups:
        if isinstance(group, list):
            parts.append("".join(a.text for a in group))
            continue
        first, rest = group
        shared = _shared(rest)  # "please find|please see": "please (?:find|see)"
        rest = [alt[len(shared) :] for alt in rest]
        head = first.text + "".join(a.text for a in shared)
        parts.append(head + (f"(?:{_emit(rest, ci)})" if len(rest) > 1 else _text(rest[0])))
    return "|".join(parts)


def _text(atoms: list[Atom]) -> str:
    return "".join(a.text for a in atoms)


def _shared(alternatives: list[list[Atom]]) -> list[Atom]:
    """The plain atoms every alternative starts with (none for a single alternative)."""
    if len(alternatives) == 1:
        return []
    shared: list[Atom] = []
    for atoms in zip(*alternatives, strict=False):
        if atoms[0].key is None or len({a.key for a in atoms}) > 1:
            break
        shared.append(atoms[0])
    return shared
