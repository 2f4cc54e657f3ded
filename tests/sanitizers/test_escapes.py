"""JSON \\uXXXX escapes (escapes.py): text as json.dumps writes it with ensure_ascii (Python's
default) is analysed decoded, and findings map back to exact offsets of the escaped text.
The same pass drops what a reader does not see and composes accents (visible.py); the
oracle here does the same steps one after another, on the decoded text."""

from __future__ import annotations

import json
import re
import unicodedata

from conftest import found
from hypothesis import example, given
from hypothesis import strategies as st

from sanitizers import Sanitizer
from sanitizers.escapes import decoded, to_original
from sanitizers.visible import ARABIC, INVISIBLE, SHAPED, VARIATION

TEXT = st.text(st.characters(exclude_categories=("Cs", "Cc")), max_size=60)  # no controls


SOME_INVISIBLE = "\u00ad\u200b\u2060\ufeff\u200e\u2066\u2069\ufe0f"  # dropped
JOINERS = "\u200c\u200d"  # dropped where no neighbour is of a script they shape
ACCENTS = "\u0301\u0308\u0327"  # composed with the letter before them


def _visible(text: str) -> str:
    """What a reader sees: invisible characters out (variation selectors but after a
    symbol), joiners between characters of no shaped script out, accents composed
    with their letter; the last three steps repeated until nothing changes (each can make
    work for another: "ι\u0308\ufe0f\u0301")."""
    text = re.sub(f"(?![{VARIATION}])[{INVISIBLE}]", "", text)
    before = None
    while text != before:
        before = text
        text = _symbols_keep_variations(text)
        shaping = f"(?<![{SHAPED}{JOINERS}])[{JOINERS}]++(?!(?>[{VARIATION}]*)[{SHAPED}])"
        text = re.sub(f"(?<=[{ARABIC}])\u200d++(?=[{ARABIC}])", "", re.sub(shaping, "", text))
        text = unicodedata.normalize("NFC", text)
    return text


def _symbols_keep_variations(text: str) -> str:
    """Variation selectors out, but those right after a symbol (an emoji's)."""
    out: list[str] = []
    for c in text:
        if not re.fullmatch(f"[{VARIATION}]", c) or (
            out and unicodedata.category(out[-1])[0] == "S"
        ):
            out.append(c)
    return "".join(out)


def _same(a: str, b: str) -> bool:
    return unicodedata.normalize("NFC", a) == unicodedata.normalize("NFC", b)


@given(TEXT)
def test_decoding_is_what_json_writes_without_ensure_ascii(value: str) -> None:
    escaped = json.dumps(value)[1:-1]
    text, spans = decoded(escaped)
    assert _same(text, _visible(json.dumps(value, ensure_ascii=False)[1:-1]))
    if spans is None:
        assert text == escaped
        return
    for i, char in enumerate(text):  # each decoded character maps back to its own escape
        if ord(char) >= 0x80:  # (and to the invisible characters right after it)
            a, b = to_original(spans, i, i + 1)
            assert _same(_visible(json.loads(f'"{escaped[a:b]}"')), char)


ALPHABET = ["a", "é", "e", "k", "K", "\u03b9", "\u0645", "\U0001f468", "\u2764", " "]
ALPHABET += [*SOME_INVISIBLE, *JOINERS, *ACCENTS, "\u1100", "\u1161", "\u11a8", "\uac00"]


@given(st.text(st.sampled_from(ALPHABET), max_size=30))
@example("\u0645\u200d\u200e\u200c\u0645")  # a non-joiner after an invisible character
def test_invisible_characters_are_dropped_and_spans_stay_contiguous(value: str) -> None:
    text, spans = decoded(value)
    assert _same(text, _visible(value))
    if spans is None:
        assert text == value
        return
    starts, ends = spans
    assert starts == sorted(starts) and all(a < b for a, b in zip(starts, ends, strict=True))
    for i, char in enumerate(text):
        a, b = to_original(spans, i, i + 1)
        # a kept joiner or variation selector maps to itself (alone, with no neighbour, it
        # would be dropped)
        piece = value[a:b]
        kept = char in JOINERS or re.fullmatch(f"[{VARIATION}]", char)
        assert (
            piece[0] == char and re.fullmatch(f"[{INVISIBLE}{JOINERS}]*", piece[1:])
            if kept
            else _same(re.sub(f"[{JOINERS}]", "", _visible(piece)), char)  # (in context)
        )


def test_a_name_in_an_escaped_log_is_found_at_its_escaped_offsets(sanitizer: Sanitizer) -> None:
    escaped = json.dumps({"content": "Cadastro\nNome: Thiago Araújo\nCNH: 07045"})
    assert ("PERSON", "Thiago Ara\\u00fajo") in {
        (t, v.split("\\n")[0]) for t, v in found(sanitizer, escaped)
    }
    (result,) = sanitizer.sanitize_texts([escaped])
    assert "Ara" not in result.text and json.loads(result.text)["content"].startswith("Cadastro")


def test_escaped_cyrillic_under_its_key(sanitizer: Sanitizer) -> None:
    escaped = json.dumps({"content": "ФИО: Лебедева Татьяна Сергеевна\nДата: 2024"})
    values = {v for t, v in found(sanitizer, escaped) if t == "PERSON"}
    names = [json.loads(f'"{v}"') for v in values]  # the span may run on past the \\n
    assert any(n.startswith("Лебедева Татьяна Сергеевна") for n in names), names
