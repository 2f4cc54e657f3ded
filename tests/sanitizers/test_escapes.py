"""JSON \\uXXXX escapes (escapes.py): text as json.dumps writes it with ensure_ascii (Python's
default) is analysed decoded, and findings map back to exact offsets of the escaped text."""

from __future__ import annotations

import json

from conftest import found
from hypothesis import given
from hypothesis import strategies as st

from sanitizers import Sanitizer
from sanitizers.escapes import decoded, to_original

TEXT = st.text(st.characters(exclude_categories=("Cs", "Cc")), max_size=60)  # no controls


INVISIBLE = "\u00ad\u200b\u2060\ufeff"  # dropped from the decoded view


def _visible(text: str) -> str:
    return "".join(c for c in text if c not in INVISIBLE)


@given(TEXT)
def test_decoding_is_what_json_writes_without_ensure_ascii(value: str) -> None:
    escaped = json.dumps(value)[1:-1]
    text, spans = decoded(escaped)
    assert text == _visible(json.dumps(value, ensure_ascii=False)[1:-1])
    if spans is None:
        assert text == escaped
        return
    for i, char in enumerate(text):  # each decoded character maps back to its own escape
        if ord(char) >= 0x80:  # (and to the invisible characters right after it)
            a, b = to_original(spans, i, i + 1)
            assert _visible(json.loads(f'"{escaped[a:b]}"')) == char


@given(st.text(st.sampled_from(["a", "é", " ", *INVISIBLE]), max_size=30))
def test_invisible_characters_are_dropped_and_spans_stay_contiguous(value: str) -> None:
    text, spans = decoded(value)
    assert text == _visible(value)
    if spans is None:
        assert text == value
        return
    starts, ends = spans
    assert starts == sorted(starts) and all(a < b for a, b in zip(starts, ends, strict=True))
    for i, char in enumerate(text):
        a, b = to_original(spans, i, i + 1)
        assert value[a] == char and _visible(value[a:b]) == char


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
