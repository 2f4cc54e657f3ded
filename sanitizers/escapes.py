"""JSON's escapes: `\\uXXXX` decoded for analysis with a map back to the escaped text, and
`\\n`, `\\t`, `\\r` blanked or read as line breaks (`escaped_view`), offsets unchanged.

A log written by `json.dumps` with `ensure_ascii` (Python's default) spells every non-ASCII
character as an escape: "Ara\\u00fajo", "\\u041b\\u0435\\u0431\\u0435\\u0434\\u0435\\u0432\\u0430".
No rule sees a name there. `decoded` returns the text with the escapes of non-ASCII
characters decoded (surrogate pairs joined; ASCII escapes such as `\\u0022` stay, so quotes
and line structure do not move) and, per decoded character, its span in the original, so
findings map back to exact input offsets; `to_original` maps a finding. In the same pass it
reads the text as visible.py says a reader sees it: the invisible format characters that
split a word for every rule are dropped (a soft hyphen left by a PDF, "Habe\\u00adrkorn";
a byte order mark, "\\ufeffKučera"; a direction mark; a joiner that shapes nothing), and
combining accents are composed with their letter.
"""

from __future__ import annotations

import re
import unicodedata

from sanitizers.tries import compiled
from sanitizers.visible import (
    ARABIC,
    COMBINING,
    INVISIBLE,
    JOINERS,
    MARKS,
    SHAPED,
    VARIATION,
    compose,
)

# an escaped backslash (skipped whole, so "\\\\u00e9" stays a backslash and "u00e9"), a
# surrogate pair, one escape; or, written as themselves, invisible format characters,
# joiners that shape nothing, combining accents after a letter (visible.py)
_ESCAPE = compiled(
    r"\\\\|\\u(d[89ab][0-9a-f]{2})\\u(d[c-f][0-9a-f]{2})|\\u([0-9a-f]{4})"
    f"|([{INVISIBLE}])|({JOINERS})|((?-i:{COMBINING}))",  # (ι would fold to U+0345)
    re.IGNORECASE,
)
_SHAPED = compiled(f"[{SHAPED}\u200c\u200d]")  # (or a joiner kept after one)
_VARIATION = compiled(f"[{VARIATION}]")
_DROPPED = compiled(f"[{INVISIBLE}]")  # an escape of an invisible character
_ACCENTS = compiled(f"[{MARKS}]+")
_ARABIC = compiled(f"[{ARABIC}]")
_NEXT_VISIBLE = compiled(f"(?>[{INVISIBLE}\u200c\u200d]*)(.?)", re.DOTALL)
_NEXT_SHOWN = compiled(f"(?>[{INVISIBLE}]*)(.?)", re.DOTALL)  # (a joiner after it counts)
_TRIGGER = compiled(f"[{INVISIBLE}\u200c\u200d{MARKS}]")

Spans = tuple[list[int], list[int]]  # per decoded character: original start, original end


def decoded(text: str) -> tuple[str, Spans | None]:
    """(text with non-ASCII escapes decoded and invisible format characters dropped, the
    original spans of its characters), or (text, None) when there is nothing to change.
    A dropped character's span goes to the character before it (at the very start, to none)."""
    if "\\u" not in text and "\\U" not in text and _TRIGGER.search(text) is None:
        return text, None
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for m in _ESCAPE.finditer(text):
        written = m.group(4) or m.group(5) or m.group(6)
        char = written or _char(m)
        if not char:
            continue  # an escaped backslash, ASCII or a lone surrogate: left as written
        if m.start() > pos:  # the run before, character for character
            out.append(text[pos : m.start()])
            starts.extend(range(pos, m.start()))
            ends.extend(range(pos + 1, m.start() + 1))
        accents = _ACCENTS.fullmatch(char) is not None and out and out[-1][-1].isalpha()
        one = compose(out[-1][-1], char) if accents else None
        if one is not None:  # composed with the letter before
            out[-1] = out[-1][:-1] + one
            ends[-1] = m.end()
        elif m.group(5) and _shaping(out, m):
            out.append(char)  # a joiner that shapes a letter beside it: kept
            starts.extend(range(m.start(), m.end()))
            ends.extend(range(m.start() + 1, m.end() + 1))
        elif _VARIATION.fullmatch(char) and out and _symbol(out[-1][-1]):
            out.append(char)  # an emoji's or a symbol's variation selector: kept
            starts.append(m.start())
            ends.append(m.end())
        elif m.group(4) or m.group(5) or _DROPPED.fullmatch(char):
            if ends:  # dropped: its span goes to the character before
                ends[-1] = m.end()
        else:  # a decoded escape, or accents that make no single character
            out.append(char)
            starts.extend([m.start()] * len(char) if written is None else range(m.start(), m.end()))
            ends.extend(
                [m.end()] * len(char) if written is None else range(m.start() + 1, m.end() + 1)
            )
        pos = m.end()
    if pos == 0:
        return text, None  # only ASCII escapes: nothing changes
    out.append(text[pos:])
    starts.extend(range(pos, len(text)))
    ends.extend(range(pos + 1, len(text) + 1))
    return "".join(out), (starts, ends)


def _symbol(char: str) -> bool:
    return unicodedata.category(char)[0] == "S"  # ("❤", "©"; not a letter, digit or space)


def _shaping(out: list[str], m: re.Match[str]) -> bool:
    """The joiners `m` shape the visible character before or after them, unless they are
    zero-width joiners between two Arabic letters (which join anyway)."""
    before = out[-1][-1] if out else ""
    after = _NEXT_VISIBLE.match(m.string, m.end()).group(1)  # type: ignore[union-attr]
    if not any(_SHAPED.fullmatch(c) for c in (before, after)):
        return False
    if set(m.group()) != {"\u200d"}:
        return True
    # zero-width joiners between two Arabic letters join nothing; a non-joiner after an
    # invisible character still stands between them ("م\u200d\u200e\u200cم")
    after = _NEXT_SHOWN.match(m.string, m.end()).group(1)  # type: ignore[union-attr]
    return not all(_ARABIC.fullmatch(c) for c in (before, after))


def _char(m: re.Match[str]) -> str:
    """The character of a non-ASCII escape (a surrogate pair joined), else ""."""
    if m.group(1):
        high, low = int(m.group(1), 16), int(m.group(2), 16)
        return chr(0x10000 + ((high - 0xD800) << 10) + low - 0xDC00)
    if m.group(3) is None:
        return ""  # an escaped backslash
    code = int(m.group(3), 16)
    return "" if code < 0x80 or 0xD800 <= code < 0xE000 else chr(code)


def to_original(spans: Spans, start: int, end: int) -> tuple[int, int]:
    """The original span of decoded characters start..end (end > start)."""
    starts, ends = spans
    return starts[start], ends[max(start, end - 1)]


# a Windows path (kept as it is) or an escape sequence (replaced, see below)
_LINE_ESCAPE = compiled(r"(\b[A-Za-z]:(?:\\{1,2}[^\\\s\"'<>|?*]+)+)|\\[ntr]")
# what an escape becomes, same length: blanks, or (`lines`) a line break or a tab
_BLANKS = {"\\n": "  ", "\\t": "  ", "\\r": "  "}
_LINES = {"\\n": " \n", "\\t": " \t", "\\r": "  "}


def escaped_view(text: str, lines: bool = False) -> str:
    """`text` with literal escape sequences (backslash-n, -t, -r, as in JSON-escaped logs)
    blanked to two spaces: same length, so offsets stay valid, and words around them are
    seen as separate words. With `lines`, an escaped line break is a space and a line break
    (and a tab a space and a tab): a chat export logged inside a JSON string keeps its lines
    for the rules that read speakers and forms line by line. Windows paths keep theirs
    (C:\\Users\\teixeirad)."""
    if "\\" not in text:
        return text
    table = _LINES if lines else _BLANKS
    if ":\\" in text:  # "C:\\Users\\teixeirad" keeps its "\\t"
        return _LINE_ESCAPE.sub(lambda m: m.group() if m.group(1) else table[m.group()], text)
    for escape, same_length in table.items():
        text = text.replace(escape, same_length)
    return text
