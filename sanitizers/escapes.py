"""JSON's escapes: `\\uXXXX` decoded for analysis with a map back to the escaped text, and
`\\n`, `\\t`, `\\r` blanked or read as line breaks (`escaped_view`), offsets unchanged.

A log written by `json.dumps` with `ensure_ascii` (Python's default) spells every non-ASCII
character as an escape: "Ara\\u00fajo", "\\u041b\\u0435\\u0431\\u0435\\u0434\\u0435\\u0432\\u0430".
No rule sees a name there. `decoded` returns the text with the escapes of non-ASCII
characters decoded (surrogate pairs joined; ASCII escapes such as `\\u0022` stay, so quotes
and line structure do not move) and, per decoded character, its span in the original, so
findings map back to exact input offsets; `to_original` maps a finding. It also drops the
invisible format characters that split a word for every rule: a soft hyphen left by a PDF
("Habe\\u00adrkorn"), a zero-width space, a word joiner, a byte order mark ("\\ufeffKučera").
"""

from __future__ import annotations

import re

from sanitizers.tries import compiled

# an escaped backslash (skipped whole, so "\\\\u00e9" stays a backslash and "u00e9"), a
# surrogate pair, one escape; or an invisible format character written as itself
_ESCAPE = compiled(
    r"\\\\|\\u(d[89ab][0-9a-f]{2})\\u(d[c-f][0-9a-f]{2})|\\u([0-9a-f]{4})"
    "|([\u00ad\u200b\u2060\ufeff])",  # (_INVISIBLE_CHARS)
    re.IGNORECASE,
)
# a soft hyphen, zero-width spaces and joiners, a byte order mark: invisible, and inside a
# word they split it for every rule ("Habe\u00adrkorn", "Jan \ufeffKu\u010dera")
_INVISIBLE_CHARS = "\u00ad\u200b\u2060\ufeff"
_INVISIBLE = compiled(f"[{_INVISIBLE_CHARS}]")

Spans = tuple[list[int], list[int]]  # per decoded character: original start, original end


def decoded(text: str) -> tuple[str, Spans | None]:
    """(text with non-ASCII escapes decoded and invisible format characters dropped, the
    original spans of its characters), or (text, None) when there is nothing to change.
    A dropped character's span goes to the character before it (at the very start, to none)."""
    if "\\u" not in text and "\\U" not in text and _INVISIBLE.search(text) is None:
        return text, None
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for m in _ESCAPE.finditer(text):
        if m.group(4):
            char = m.group(4)
        elif m.group() == "\\\\":
            continue
        else:
            if m.group(1):
                high, low = int(m.group(1), 16), int(m.group(2), 16)
                code = 0x10000 + ((high - 0xD800) << 10) + low - 0xDC00
            else:
                code = int(m.group(3), 16)
            if code < 0x80 or 0xD800 <= code < 0xE000:
                continue  # ASCII, or a lone surrogate: left as written
            char = chr(code)
        if m.start() > pos:  # the run before, character for character
            out.append(text[pos : m.start()])
            starts.extend(range(pos, m.start()))
            ends.extend(range(pos + 1, m.start() + 1))
        if char in _INVISIBLE_CHARS:
            if ends:
                ends[-1] = m.end()
        else:
            out.append(char)
            starts.append(m.start())
            ends.append(m.end())
        pos = m.end()
    if pos == 0:
        return text, None  # only ASCII escapes: nothing changes
    out.append(text[pos:])
    starts.extend(range(pos, len(text)))
    ends.extend(range(pos + 1, len(text) + 1))
    return "".join(out), (starts, ends)


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
