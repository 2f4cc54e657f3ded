"""Indic words in the Latin letters of Indian names, and one loose key for their spellings.

`key(word)` writes a word of any Indic script in the Devanagari block (the blocks share one
layout, letter for letter), romanizes it as Indian names are spelled ("राहुल" rahul, "मेहता"
mehta: the inherent vowel dropped at a word's end, not after a cluster, and between a
vowel+consonant and a consonant+vowel; Dravidian scripts keep every written vowel) and
loosens it (`loose`: "aa"/"a", "ee"/"i", "sh"/"s", "th"/"t", doubled letters, a final
"y" or "i"), so that "Sanjaya", "Sanjay" and "संजय" meet.
"""

from __future__ import annotations

import functools

_CONSONANTS = {
    "क": "k", "ख": "kh", "ग": "g", "घ": "gh", "ङ": "n", "च": "ch", "छ": "chh", "ज": "j",
    "झ": "jh", "ञ": "n", "ट": "t", "ठ": "th", "ड": "d", "ढ": "dh", "ण": "n", "त": "t",
    "थ": "th", "द": "d", "ध": "dh", "न": "n", "प": "p", "फ": "ph", "ब": "b", "भ": "bh",
    "म": "m", "य": "y", "र": "r", "ल": "l", "व": "v", "श": "sh", "ष": "sh", "स": "s",
    "ह": "h", "ळ": "l", "क़": "q", "ख़": "kh", "ग़": "g", "ज़": "z", "ड़": "r", "ढ़": "rh",
    "फ़": "f", "य़": "y", "ऱ": "r", "ऩ": "n", "ऴ": "l", "ॎ": "t",
}  # fmt: skip
_VOWELS = {
    "अ": "a", "आ": "aa", "इ": "i", "ई": "ee", "उ": "u", "ऊ": "oo", "ए": "e", "ऐ": "ai",
    "ओ": "o", "औ": "au", "ऋ": "ri", "ऑ": "o", "ऎ": "e", "ऒ": "o",
}  # fmt: skip
_SIGNS = {
    "ा": "aa", "ि": "i", "ी": "ee", "ु": "u", "ू": "oo", "े": "e", "ै": "ai", "ो": "o",
    "ौ": "au", "ृ": "ri", "ॉ": "o", "ॅ": "e", "ॆ": "e", "ॊ": "o",
}  # fmt: skip
_NUKTA, _VIRAMA, _SCHWA = "\u093c", "\u094d", "ə"
_NASALS = {"ं": "n", "ँ": "n"}
_LOOSE = ((_SCHWA, "a"), ("aa", "a"), ("ee", "i"), ("oo", "u"), ("w", "v"), ("ph", "f"),
          ("chh", "ch"), ("sh", "s"), ("z", "j"), ("th", "t"), ("dh", "d"), ("bh", "b"),
          ("kh", "k"), ("gh", "g"), ("jh", "j"), ("q", "k"))  # fmt: skip


@functools.lru_cache(maxsize=20_000)
def key(word: str) -> str:
    """A word's loose romanization, whatever its Indic script."""
    dravidian = any(c >= "\u0b80" for c in word[:1])  # Tamil, Telugu, Kannada, Malayalam
    return loose(romanized(as_devanagari(word), drop_schwas=not dravidian))


def as_devanagari(word: str) -> str:
    """The same letters in the Devanagari block (the Indic blocks share one layout)."""
    return "".join(
        chr(0x900 + (ord(c) - 0x900) % 0x80) if "\u0980" <= c <= "\u0d7f" else c for c in word
    )


def loose(spelling: str) -> str:
    """One key for the usual spellings of a name ("Sanjaya", "Sanjay"; "Shreya", "Sreya")."""
    for a, b in _LOOSE:
        spelling = spelling.replace(a, b)
    out = "".join(c for i, c in enumerate(spelling) if i == 0 or c != spelling[i - 1])
    return out[:-1] if out[-1:] in ("y", "i") and len(out) > 3 else out  # Muthusamy, -சாமி


def romanized(word: str, drop_schwas: bool = True) -> str:
    """A Devanagari word in the Latin letters of Indian names ("राहुल" rahul, "मेहता" mehta)."""
    parts: list[str] = []
    i = 0
    while i < len(word):
        c = word[i]
        if word[i + 1 : i + 2] == _NUKTA:
            c, i = c + _NUKTA, i + 1
        if c in _CONSONANTS:
            parts.append(_CONSONANTS[c])
            sign = word[i + 1 : i + 2]
            if sign in _SIGNS:
                parts.append(_SIGNS[sign])
                i += 1
            elif sign == _VIRAMA:
                i += 1
            else:
                parts.append(_SCHWA)  # the inherent vowel
        elif c in _VOWELS:
            parts.append(_VOWELS[c])
        elif c in _NASALS:
            parts.append(_NASALS[c])
        i += 1
    return "".join(_drop_schwas(parts) if drop_schwas else parts)


def _drop_schwas(parts: list[str]) -> list[str]:
    """Hindi drops the inherent vowel at a word's end (not after a cluster: "आदित्य"
    Aditya) and between a vowel+consonant and a consonant+vowel ("मेहता" Mehta)."""
    consonant = set(_CONSONANTS.values())
    out = list(parts)
    if len(out) >= 2 and out[-1] == _SCHWA and not (len(out) >= 3 and out[-3] in consonant):
        out[-1] = ""
    for k in range(2, len(out) - 2):
        if (
            out[k] == _SCHWA
            and out[k - 1] in consonant
            and out[k - 2] not in consonant
            and out[k - 2] not in ("", "n")
            and out[k + 1] in consonant
            and out[k + 2] not in consonant
            and out[k + 2] not in ("", "n")
        ):
            out[k] = ""
    return out
