"""Text as a reader sees it (visible.py, escapes.py): a value written with invisible
characters, decomposed accents, full-width or styled letters, other spaces and hyphens, or
look-alike letters of another script is found as if written plainly, and replaced whole.

The property: a value that is found as written is found, and no word of it can be read in
the output, whatever a writer or an attacker does to its spelling that a reader would not
see (hypothesis draws the edits)."""

from __future__ import annotations

import re
import unicodedata

import pytest
from conftest import found
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sanitizers import Sanitizer
from sanitizers.escapes import decoded
from sanitizers.visible import plain

PLAIN = [
    ("Ｊｏｈｎ ０９０－１２３４－５６７８", "John 090-1234-5678"),
    ("電話：０９０（１２３４）", "電話：090（1234）"),  # CJK punctuation stays
    ("Jean\u00a0Dupont, 06\u202f12\u202f34", "Jean Dupont, 06 12 34"),
    ("555\u20110142 and \u22125", "555-0142 and -5"),
    ("line\u2028next", "line\nnext"),
    ("\U0001d409\U0001d428\U0001d421\U0001d427 \U0001d7cf\U0001d7d0", "John 12"),
    ("Jоhn Smіth", "John Smith"),  # Cyrillic о and і in Latin words
    ("Ивaнов", "Иванов"),  # a Latin a in a Cyrillic word
    ("No. С5468278", "No. C5468278"),  # digits with a look-alike letter, among Latin words
    ("буд. 57а", "буд. 57а"),  # among Cyrillic ones
    ("Иванов Smith Жх123", "Иванов Smith Жх123"),  # one script per word: unchanged
    ("Αθήνα", "Αθήνα"),
]


@pytest.mark.parametrize(("text", "expected"), PLAIN)
def test_plain_writes_one_for_one(text: str, expected: str) -> None:
    assert plain(text) == expected and len(plain(text)) == len(text)


DECODED = [
    ("Jose\u0301 Garci\u0301a", "José García"),
    ("Jo\u200dhn Sm\u200cith", "John Smith"),
    ("\u2066Nurlan\u2069 \u200eAliyev\u200f", "Nurlan Aliyev"),
    ("Habe\u00adrkorn\ufe0f", "Haberkorn"),
    (
        "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645",
        "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645",
    ),
    ("\U0001f468\u200d\U0001f469\u200d\U0001f467", "\U0001f468\u200d\U0001f469\u200d\U0001f467"),
    ("สม\u200dชาย", "สมชาย"),  # Thai has no joining: dropped
]


@pytest.mark.parametrize(("text", "expected"), DECODED)
def test_decoded_drops_and_composes(text: str, expected: str) -> None:
    assert decoded(text)[0] == expected


STYLED_NAME = "\U0001d40c\U0001d41a\U0001d42b\U0001d422\U0001d41a " + (
    "\U0001d40a\U0001d428\U0001d42b\U0001d41a\U0001d425"  # "Maria Koral" in bold
)
# the value as found is in the input's own spelling
TABLE = [
    (
        "Kunde: Jose\u0301 Garci\u0301a, Tel. 0151 2345 6789",
        {("PERSON", "Jose\u0301 Garci\u0301a"), ("PHONE_NUMBER", "0151 2345 6789")},
    ),
    ("name: Nu\u200drlan Ali\u200cyev", {("PERSON", "Nu\u200drlan Ali\u200cyev")}),
    ("Contact: \u2066Maria Gonzalez\u2069", {("PERSON", "Maria Gonzalez\u2069")}),
    (
        "氏名：山田　太郎　電話：０９０－１２３４－５６７８",
        {("PERSON", "山田　太郎"), ("PHONE_NUMBER", "０９０－１２３４－５６７８")},
    ),
    (
        "mail ｊｏｈｎ．ｓｍｉｔｈ＠ｅｘａｍｐｌｅ．ｃｏｍ now",
        {("EMAIL_ADDRESS", "ｊｏｈｎ．ｓｍｉｔｈ＠ｅｘａｍｐｌｅ．ｃｏｍ")},
    ),
    ("SSN: 123\u201145\u20116789", {("US_SSN", "123\u201145\u20116789")}),
    ("Signed, Jоhn Smіth", {("PERSON", "Jоhn Smіth")}),
    ("IBAN DЕ89 3704 0044 0532 0130 00", {("IBAN_CODE", "DЕ89 3704 0044 0532 0130 00")}),
    ("Best,\n" + STYLED_NAME, {("PERSON", STYLED_NAME)}),
    (  # an Android WhatsApp export's narrow no-break space before "PM"; "Mom" names no one
        "12/3/22, 10:16\u202fPM - Karwan Aziz: on my way\n12/3/22, 10:17\u202fPM - Mom: ok",
        {("PERSON", "Karwan Aziz")},
    ),
    # near-misses: a Persian word keeps its ZWNJ, a version and an emoji family are no one
    (
        "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 v2\u20111.3 \U0001f468\u200d\U0001f469",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "expected"), TABLE)
def test_span_table(sanitizer: Sanitizer, text: str, expected: set[tuple[str, str]]) -> None:
    assert found(sanitizer, text) == expected


# texts whose every value is found as written; the values are what hypothesis respells
BASES = [
    ("Hi, I'm Maria Gonzalez, call me at +1 415 555 0142.", ["Maria Gonzalez", "+1 415 555 0142"]),
    (
        "Name: Dmitri Volkov\nEmail: dmitri.volkov@example.org",
        ["Dmitri Volkov", "dmitri.volkov@example.org"],
    ),
    (
        "Please wire it to IBAN GB82 WEST 1234 5698 7654 32, thanks.",
        ["GB82 WEST 1234 5698 7654 32"],
    ),
    ("SSN 078-05-1120 on file for Amelia Watson", ["078-05-1120", "Amelia Watson"]),
]
_INVISIBLE = [
    "\u200b",
    "\u200d",
    "\u200c",
    "\u00ad",
    "\u2060",
    "\ufeff",
    "\u200e",
    "\u2066",
    "\ufe0f",
]
_LOOKALIKE = dict(zip("aceopxiABCEHKMOPTX", "асеорхіАВСЕНКМОРТХ", strict=True))


def _respelled(value: str, edits: list[tuple[int, int]]) -> str:
    """`value` with edits (kind, position) a reader would not see."""
    chars = list(value)
    for kind, at in sorted(edits, key=lambda e: -e[1]):
        i = at % len(chars)
        c = chars[i]
        if kind == 0:
            chars.insert(i, _INVISIBLE[at % len(_INVISIBLE)])
        elif kind == 1 and c.isascii() and c.isalnum():
            chars[i] = chr(ord(c) + 0xFEE0)  # full width
        elif kind == 2 and c in _LOOKALIKE and (i == 0 or chars[i - 1] != "\u2066"):
            chars[i] = _LOOKALIKE[c]
        elif kind == 3 and c == " ":
            chars[i] = "\u00a0"
        elif kind == 4 and c == "-":
            chars[i] = "\u2011"
    return unicodedata.normalize("NFD", "".join(chars)) if len(edits) % 3 == 0 else "".join(chars)


def _readable_words(text: str) -> set[str]:
    """The words a reader sees in `text`."""
    return set(re.findall(r"[^\W_]+", plain(decoded(text)[0]).casefold()))


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    base=st.sampled_from(BASES),
    edits=st.lists(st.tuples(st.integers(0, 4), st.integers(0, 200)), min_size=1, max_size=8),
)
def test_no_word_of_a_respelled_value_can_be_read(
    sanitizer: Sanitizer, base: tuple[str, list[str]], edits: list[tuple[int, int]]
) -> None:
    text, values = base
    for value in values:
        text = text.replace(value, _respelled(value, edits))
    (result,) = sanitizer.sanitize_texts([text])
    left = _readable_words(result.text)
    for value in values:
        words = _readable_words(value) - {"1"}  # ("+1": a country code alone is no one)
        assert not words & left, (text, result.text)


def test_a_respelled_name_gets_the_same_placeholder(sanitizer: Sanitizer) -> None:
    texts = {
        "a": "Name: Nurlan Aliyev",
        "b": "Name: Nu\u200drlan Aliyev",
        "c": "Name: Ｎｕｒｌａｎ Aliyev",
        "d": "Name: Nurlan Ali\u0301yev",  # an accent a reader sees: another value
    }
    (result,) = sanitizer.sanitize_records([texts])
    assert result.fields == {
        "a": "Name: <PERSON_1>",
        "b": "Name: <PERSON_1>",
        "c": "Name: <PERSON_1>",
        "d": "Name: <PERSON_2>",
    }
