"""The text as a reader sees it, for the rules: what a screen does not show, or shows the
same, is analysed as its plain form, and findings map back to exact input offsets.

Real texts spell the same letters in many ways, and so does an attacker. Each way split or
hid a value from every rule (bench/sanitizer_robust.py measures them):

- invisible format characters are dropped: soft hyphens, zero-width spaces, word joiners,
  byte order marks, direction marks and isolates (text copied around Arabic or Hebrew:
  "\u2066José García\u2069"), variation selectors but a symbol's (an emoji keeps its own),
  tag characters, the combining grapheme
  joiner; zero-width joiners and non-joiners too, unless a neighbour is of a script they
  shape (Arabic, Indic, emoji: "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645" keeps its
  ZWNJ, "Jo\u200dhn" and Thai or Hangul names lose theirs);
- combining accents are composed with their letter ("Jose\u0301" is "José"), and a Hangul
  syllable's decomposed letters into the syllable, as NFC does, where one character
  results (length-changing, so done in escapes.py's pass with its offset map); a
  zero-width joiner between two Arabic letters, which join anyway, is dropped too;
- one for one (`plain`): no-break, narrow and other typographic spaces are spaces, line
  and paragraph separators line breaks, hyphens of other code points ("‑", a non-breaking
  one, as word processors write in phone numbers) and minus signs "-"; full-width ASCII
  letters, digits and "＠＋－．＿" plain ASCII ("０９０－１２３４" is "090-1234"; CJK
  punctuation such as "：" stays, the rules read it); "fancy text" letters ("𝐉𝐨𝐡𝐧") plain
  letters; and in a word that mixes Latin with Cyrillic or Greek, the minority
  script's look-alike letters are written in the majority's ("Jоhn" with a Cyrillic о is
  "John"; "Ивaнов" with a Latin a is "Иванов").
"""

from __future__ import annotations

import re
import unicodedata

from sanitizers.tries import compiled

# dropped wherever they are (escapes.py drops them in its single pass, with the offset map),
# but for variation selectors after a symbol (an emoji's "\u2764\ufe0f" stays)
VARIATION = "\ufe00-\ufe0f\U000e0100-\U000e01ef"
INVISIBLE = (
    "\u00ad\u034f\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069"
    "\ufe00-\ufe0f\ufeff\U000e0000-\U000e007f\U000e0100-\U000e01ef"
)
# the scripts a zero-width joiner or non-joiner shapes: Arabic, Syriac, Thaana, N'Ko,
# Indic, Myanmar, Khmer, Mongolian, Arabic presentation forms, symbols and emoji
SHAPED = (
    "\u0600-\u07ff\u0840-\u08ff\u0900-\u0dff\u1000-\u109f\u1780-\u18af\u2190-\u2bff"
    "\ufb50-\ufdff\ufe70-\ufefc\U0001f000-\U0001faff"
)
# zero-width joiners and non-joiners (escapes.py keeps those next to a shaped script)
JOINERS = "[\u200c\u200d]+"
# combining accents, and a decomposed Hangul syllable's vowel and final consonant (composed
# with the letter before them when NFC makes one character)
MARKS = "\u0300-\u036f\u1161-\u1175\u11a8-\u11c2"
COMBINING = "[\u0300-\u036f]+|[\u1161-\u1175\u11a8-\u11c2]{1,2}"
# Arabic letters: a zero-width joiner between two of them changes nothing a reader sees
ARABIC = "\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff"

_SPACES = (
    "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f"
)
_TABLE = {ord(c): " " for c in _SPACES} | {0x2028: "\n", 0x2029: "\n"}
_TABLE |= {c: chr(c - 0xFEE0) for c in range(0xFF10, 0xFF1A)}  # digits
_TABLE |= {c: chr(c - 0xFEE0) for c in range(0xFF21, 0xFF3B)}  # A-Z
_TABLE |= {c: chr(c - 0xFEE0) for c in range(0xFF41, 0xFF5B)}  # a-z
_TABLE |= {ord(c): chr(ord(c) - 0xFEE0) for c in "＠＋－．＿"}
_TABLE |= {c: "-" for c in (0x2010, 0x2011, 0x2012, 0x2212)}  # hyphens, figure dash, minus
_ONE_FOR_ONE = compiled(f"[{_SPACES}\u2010-\u2012\u2028\u2029\u2212\uff0b-\uff5a]")
# "fancy text": mathematical bold, italic, script... letters and digits ("𝐉𝐨𝐡𝐧")
_STYLED = compiled("[\U0001d400-\U0001d7ff]")

_LATIN = "aceopxyiABCEHKMOPTXjsSIJ"
_CYRILLIC = "асеорхуіАВСЕНКМОРТХјѕЅІЈ"
_GREEK = {"ο": "o", "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K"}
_GREEK |= {"Μ": "M", "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X"}
_TO_LATIN = str.maketrans(dict(zip(_CYRILLIC, _LATIN, strict=True)) | _GREEK)
_TO_CYRILLIC = str.maketrans(dict(zip(_LATIN, _CYRILLIC, strict=True)))
# a word with a Latin letter or a digit and a Cyrillic or Greek letter
_MIXED = compiled(r"(?<![^\W_])(?=[^\W_]*[A-Za-z0-9])(?=[^\W_]*[\u0370-\u04ff])[^\W_]+")
_SCRIPTS = compiled(r"[\u0370-\u04ff]")
_LATIN_LETTERS = compiled(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")
_LOOKALIKES = compiled(f"[{_CYRILLIC}{''.join(_GREEK)}]")
_AROUND = 40
_GREEK_LETTER = compiled(r"[\u0370-\u03ff]")


def compose(letter: str, marks: str) -> str | None:
    """The one character NFC makes of `letter` and its combining `marks`, or None."""
    composed = unicodedata.normalize("NFC", letter + marks)
    return composed if len(composed) == 1 else None


def plain(text: str) -> str:
    """`text` with the one-for-one spellings above written plainly (same length)."""
    if _ONE_FOR_ONE.search(text) is not None:
        text = text.translate(_TABLE)
    if _STYLED.search(text) is not None:
        text = _STYLED.sub(_unstyled, text)
    if _SCRIPTS.search(text) is not None:
        text = _MIXED.sub(_one_script, text)
    return text


def _unstyled(m: re.Match[str]) -> str:
    plain_letter = unicodedata.normalize("NFKC", m.group())
    return plain_letter if len(plain_letter) == 1 else m.group()


def _one_script(m: re.Match[str]) -> str:
    word = m.group()
    latin = len(_LATIN_LETTERS.findall(word))
    other = _SCRIPTS.findall(word)
    if latin >= len(other) or (latin == 0 and _latin_around(m, len(other))):
        return word.translate(_TO_LATIN)
    return word if _GREEK_LETTER.search(word) else word.translate(_TO_CYRILLIC)


def _latin_around(m: re.Match[str], others: int) -> bool:
    """Digits with look-alike letters only ("С5468278", "3629х5863"), among Latin words;
    among Cyrillic ones they stay ("буд. 57а")."""
    if len(_LOOKALIKES.findall(m.group())) != others:
        return False
    around = m.string[max(0, m.start() - _AROUND) : m.end() + _AROUND]
    return len(_LATIN_LETTERS.findall(around)) > len(_SCRIPTS.findall(around)) - others
