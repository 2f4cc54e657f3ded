"""First names written in Devanagari (Hindi, Marathi, Nepali): "मैं प्रकाश कपूर", "कल राहुल
की शादी".

Devanagari has no capitals, so a name is told by its sound: a word is romanized the way
Indian names are spelled in Latin letters (inherent vowels dropped at the end and between
a vowel+consonant and a consonant+vowel: "मेहता" is Mehta, "कविता" Kavita) and looked up,
loosely ("aa"/"a", "ee"/"i", "sh"/"s", "w"/"v", doubled letters), among the first names of
India in the first-name list. Short romanizations (three letters: "शाम" sham, "माँ" maa)
are no names. Common words that are also names ("पूजा" worship, "कविता" poem, "आशा" hope:
names.yaml `devanagari_words`) need a cue: a surname after them, an honorific or a kin
word after (जी, साहब, दीदी, मौसी: "लक्ष्मी मौसी"), or श्री, श्रीमती, डॉ or मैं ("I am")
before. A surname of names.yaml `devanagari_surnames` right after a found name extends it.
"""

from __future__ import annotations

import functools

from sanitizers.first_names import country_names
from sanitizers.lexicon import names_data
from sanitizers.recognizers import Finding
from sanitizers.tries import compiled

_CONSONANTS = {
    "क": "k", "ख": "kh", "ग": "g", "घ": "gh", "ङ": "n", "च": "ch", "छ": "chh", "ज": "j",
    "झ": "jh", "ञ": "n", "ट": "t", "ठ": "th", "ड": "d", "ढ": "dh", "ण": "n", "त": "t",
    "थ": "th", "द": "d", "ध": "dh", "न": "n", "प": "p", "फ": "ph", "ब": "b", "भ": "bh",
    "म": "m", "य": "y", "र": "r", "ल": "l", "व": "v", "श": "sh", "ष": "sh", "स": "s",
    "ह": "h", "ळ": "l", "क़": "q", "ख़": "kh", "ग़": "g", "ज़": "z", "ड़": "r", "ढ़": "rh",
    "फ़": "f", "य़": "y",
}  # fmt: skip
_VOWELS = {
    "अ": "a", "आ": "aa", "इ": "i", "ई": "ee", "उ": "u", "ऊ": "oo", "ए": "e", "ऐ": "ai",
    "ओ": "o", "औ": "au", "ऋ": "ri", "ऑ": "o",
}  # fmt: skip
_SIGNS = {
    "ा": "aa", "ि": "i", "ी": "ee", "ु": "u", "ू": "oo", "े": "e", "ै": "ai", "ो": "o",
    "ौ": "au", "ृ": "ri", "ॉ": "o", "ॅ": "e",
}  # fmt: skip
_NUKTA, _VIRAMA, _SCHWA = "\u093c", "\u094d", "ə"
_NASALS = {"ं": "n", "ँ": "n"}
_LOOSE = ((_SCHWA, "a"), ("aa", "a"), ("ee", "i"), ("oo", "u"), ("w", "v"), ("ph", "f"),
          ("chh", "ch"), ("sh", "s"), ("z", "j"))  # fmt: skip
MIN_LETTERS = 4  # of a loose romanization: "sham", not "sam"
MIN_FREQUENCY = 2  # in nam_dict's India column
LETTERS = "\u0900-\u0963\u0971-\u097f"  # Devanagari letters and signs, no digits or dandas
_WORD = compiled(f"[{LETTERS}]+")
_HONORIFIC = compiled(
    r"[ \t]+(?:जी|साहब|साहिबा|भाई|दीदी|बहन|भैया|भाभी|मौसी|मौसा|मामा|मामी|चाचा|चाची|बुआ|फूफा|नाना|नानी"
    r"|दादा|दादी|अंकल|आंटी|मैडम|सर|बेटा|बेटी)(?![" + LETTERS + "])"
)
_BEFORE = compiled(r"(?:श्री|श्रीमती|सुश्री|कुमारी|डॉ\.?|डा\.|मैं)[ \t]+$")


def devanagari_names(line: str) -> list[Finding]:
    """PERSON findings for the Devanagari first names of `line`, with their surnames."""
    out: list[Finding] = []
    words = list(_WORD.finditer(line))
    data = _data()
    skip = -1
    for i, m in enumerate(words):
        if i <= skip or not _listed(m.group()):
            continue
        end = m.end()
        j = i + 1
        while j < len(words) and words[j].group() in data[1] and _adjacent(line, end, words[j]):
            end, j = words[j].end(), j + 1  # "प्रकाश कपूर", "सुरेश कुमार वर्मा"
        if m.group() in data[0] and end == m.end() and not _cued(line, m.start(), m.end()):
            continue  # "पूजा" (worship), "कविता" (a poem) alone
        out.append((m.start(), end, "PERSON", 0.75))
        skip = j - 1
    return out


def _adjacent(line: str, end: int, word) -> bool:  # noqa: ANN001
    return line[end : word.start()] in (" ", "\t")


def _cued(line: str, start: int, end: int) -> bool:
    return bool(_HONORIFIC.match(line, end) or _BEFORE.search(line[max(0, start - 12) : start]))


@functools.cache
def _data() -> tuple[frozenset[str], frozenset[str]]:
    data = names_data()
    return frozenset(data["devanagari_words"]), frozenset(data["devanagari_surnames"])


@functools.lru_cache(maxsize=20_000)
def _listed(word: str) -> bool:
    loose = _loose(romanized(word))
    return len(loose) >= MIN_LETTERS and _india().get(loose, 0) >= MIN_FREQUENCY


@functools.cache
def _india() -> dict[str, int]:
    out: dict[str, int] = {}
    for name, freq in country_names("india").items():
        key = _loose(name)
        out[key] = max(out.get(key, 0), freq)
    return out


def _loose(spelling: str) -> str:
    """One key for the usual spellings of a name ("Sanjaya", "Sanjay"; "Shreya", "Sreya")."""
    for a, b in _LOOSE:
        spelling = spelling.replace(a, b)
    out = "".join(c for i, c in enumerate(spelling) if i == 0 or c != spelling[i - 1])
    return out[:-1] if out.endswith("y") and len(out) > 3 else out


def romanized(word: str) -> str:
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
    return "".join(_drop_schwas(parts))


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
