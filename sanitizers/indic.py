"""First names in the Indic scripts: Devanagari, Bengali, Tamil, Gujarati, Gurmukhi, Telugu,
Kannada, Malayalam and Oriya ("मैं प्रकाश कपूर", "আমি নুসরাত সরকার", "டாக்டர் நடராஜன்").

No capitals, so a name is told by its sound: a word's loose romanization
(`indic_sounds.key`: "मेहता" Mehta, "কবিতা" Kavita) is looked up among India's first names
in the first-name list. Tamil has no voiced stops and breaks clusters with a vowel: its
words are also tried voiced (first, between vowels, after a nasal), unbroken and with `ச`
as "s" (கணேஷ் Ganesh, பிரியா Priya, முருகன் Murugan).
Romanizations of three letters are no names ("शाम" sham). Words that are also names
(names.yaml `indic_words`: "पूजा" worship, "कविता" poem) need a cue: a surname, an
honorific or a kin word after (जी, मौसी, அவர்கள்), or a title or "I am" before (श्री, मैं,
আমি, டாக்டர்). A surname of `indic_surnames` (compared by the same key, so one list serves
all scripts) extends a name. After a strong cue ("dear", "hello", "Dr", "my name is") one or
two unlisted words before a comma, a danda or an honorific are a name too; after "I am"
only with a listed surname ("আমি ভালো আছি।" is "I am fine").
"""

from __future__ import annotations

import functools

from sanitizers.first_names import country_names
from sanitizers.indic_sounds import key, loose
from sanitizers.lexicon import names_data
from sanitizers.recognizers import Finding
from sanitizers.tries import compiled

MIN_LETTERS = 4  # of a loose romanization: "sham", not "sam"
MIN_FREQUENCY = 2  # in nam_dict's India column
# letters and signs of the nine Indic blocks (each 0x80 wide, laid out like Devanagari's),
# no digits or dandas
LETTERS = "".join(
    f"{chr(b)}-{chr(b + 0x63)}{chr(b + 0x71)}-{chr(b + 0x7F)}" for b in range(0x900, 0xD80, 0x80)
)
_TAMIL_CA = "\u0b9a"
_TAMIL_CLUSTER = compiled(r"^(p|k|t|s|ch)ir(?=[aeiou])")  # பிரியா: "piriya" for Priya
_VOICED = {"k": "g", "t": "d", "p": "b", "c": "j"}
_TAMIL_SOFT = compiled(r"(?<=[aeioun])[kp](?=[aeiou])|(?<=n)t(?=[aeiou])")
_WORD = compiled(f"[{LETTERS}]+")
_HONORIFIC = compiled(
    r"[ \t]+(?:जी|साहब|साहिबा|भाई|दीदी|बहन|भैया|भाभी|मौसी|मौसा|मामा|मामी|चाचा|चाची|बुआ|फूफा|नाना|नानी"
    r"|दादा|दादी|अंकल|आंटी|मैडम|सर|बेटा|बेटी|দিদি|বাবু|সাহেব|அவர்கள்|அவர்களுடன்|அவர்களை|சார்|மேடம்)"
    r"(?![" + LETTERS + "])"
)
_I_AM = frozenset({"मैं", "আমি", "நான்"})
_ADDRESSED = compiled(
    r"(?:^|(?<=[\s,(]))(प्रिय|नमस्ते|मेरा नाम|डॉ\.?|প্রিয়|আমার নাম|ডাঃ|ডা\.|অধ্যাপক|அன்புள்ள|வணக்கம்"
    r"|என் பெயர்|டாக்டர்|मैं|আমি|நான்)[ \t]+"
    rf"([{LETTERS}]+(?:[ ][{LETTERS}]+)?)"
    r"(?=[ \t]*(?:[,،।.!?:]|$|जी|அவர்கள்|அவர்களுடன்|அவர்களை))"
)
_BEFORE = compiled(
    r"(?:श्री|श्रीमती|सुश्री|कुमारी|डॉ\.?|डा\.|मैं|আমি|প্রিয়|শ্রী|শ্রীমতী|ডাঃ|ডা\.|டாக்டர்|டாக்டர்\.|திரு|திருமதி"
    r"|செல்வி|பெயர்"
    # a relative or a friend before the name ("मेरी दोस्त प्रिया", "আমার বোন পূজা", "Chacha
    # Kiran"), in the script or romanized
    r"|दोस्त|भाई|बहन|चाचा|चाची|मामा|मामी|मौसी|नाना|नानी|दादा|दादी|बुआ|पति|पत्नी|बेटा|बेटी|भैया|दीदी"
    r"|বোন|ভাই|বন্ধু|স্বামী|স্ত্রী|বাবা|দাদা|দিদি|ছেলে|মেয়ে|শাশুড়ি"
    r"|(?i:chacha|chachi|mausi|nanaji|nani|dadaji|dadi|bua|bhaiya|didi))[ \t]+$"
)


# case endings glued to a name: Bengali (-কে to, -দের/-এর/-র of, -রা plural) and Tamil (-வுக்கு,
# -க்கு to, -வை/-ஐ object, -விடம்/-இடம் from, -வின்/-இன் of)
_SUFFIXES = sorted(
    ["কে", "দের", "এর", "ের", "র", "রা", "வுக்கு", "க்கு", "வை", "ஐ", "விடம்", "இடம்", "வின்", "இன்"],
    key=len,
    reverse=True,
)


def _stem(word: str) -> str:
    """The listed first name `word` is with a case ending glued to it, else ""."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) > len(suffix) + 2 and _listed(word[: -len(suffix)]):
            return word[: -len(suffix)]
    return ""


def indic_names(line: str) -> list[Finding]:
    """PERSON findings for the Indic first names of `line`, with their surnames."""
    out: list[Finding] = []
    words = list(_WORD.finditer(line))
    data = _data()
    skip = -1
    for i, m in enumerate(words):
        if i <= skip:
            continue
        if not _listed(m.group()):
            stem = _stem(m.group())  # "অর্ণবকে" (to Arnab), "கவிதாவுக்கு" (to Kavita)
            if stem and key(stem) not in data[0]:
                out.append((m.start(), m.start() + len(stem), "PERSON", 0.75))
            continue
        end = m.end()
        j = i + 1
        while (
            j < len(words) and key(words[j].group()) in data[1] and _adjacent(line, end, words[j])
        ):
            end, j = words[j].end(), j + 1  # "प्रकाश कपूर", "सुरेश कुमार वर्मा"
        if key(m.group()) in data[0] and end == m.end() and not _cued(line, m.start(), m.end()):
            continue  # "पूजा" (worship), "कविता" (a poem) alone
        out.append((m.start(), end, "PERSON", 0.75))
        skip = j - 1
    return out + _addressed(line, data[1])


def _addressed(line: str, surnames: frozenset[str]) -> list[Finding]:
    """Unlisted names after a strong cue: one or two words after "dear", "hello", "Dr" or
    "my name is" and before a comma, a danda or an honorific ("প্রিয় নুসরাত,", "டாக்டர்
    அண்ணாமலை அவர்களுடன்"); after "I am", two words of which the second is a listed
    surname ("আমি ফারহানা চৌধুরী।": "আমি ভালো আছি।" is "I am fine")."""
    out: list[Finding] = []
    for m in _ADDRESSED.finditer(line):
        name = m.group(2)
        if name.split()[0] in _not_names():
            continue  # "प्रिय मित्र," (dear friend)
        if m.group(1) in _I_AM and (" " not in name or key(name.split()[-1]) not in surnames):
            continue
        out.append((m.start(2), m.end(2), "PERSON", 0.75))
    return out


def _adjacent(line: str, end: int, word) -> bool:  # noqa: ANN001
    return line[end : word.start()] in (" ", "\t")


def _cued(line: str, start: int, end: int) -> bool:
    return bool(_HONORIFIC.match(line, end) or _BEFORE.search(line[max(0, start - 12) : start]))


@functools.cache
def _not_names() -> frozenset[str]:
    return frozenset(names_data()["indic_not_names"])


@functools.cache
def _data() -> tuple[frozenset[str], frozenset[str]]:
    data = names_data()
    words = {*map(key, data["indic_words"]), *(loose(w) for w in data["indic_given_words"])}
    return frozenset(words), frozenset(map(key, data["indic_surnames"]))


@functools.lru_cache(maxsize=20_000)
def _listed(word: str) -> bool:
    india = _india()
    return any(len(k) >= MIN_LETTERS and india.get(k, 0) >= MIN_FREQUENCY for k in _spellings(word))


def _spellings(word: str) -> set[str]:
    """The loose keys of a word; Bengali has no "v", so its words are also tried with one;
    Tamil writes no voiced stops and breaks clusters with a vowel, so its names are also
    tried voiced and unbroken (கணேஷ் Ganesh, பிரியா Priya)."""
    first = key(word)
    if "\u0980" <= word[:1] <= "\u09ff":  # Bengali has no "v": তানভীর Tanvir
        return {first, first.replace("b", "v")}
    if not "\u0b80" <= word[:1] <= "\u0bff":
        return {first}
    keys = {first}
    if _TAMIL_CA in word:
        keys.add(key(word.replace(_TAMIL_CA, "\u0bb8")))  # ச as "s": செல்வி Selvi
    for k in list(keys):
        k = _TAMIL_CLUSTER.sub(r"\1r", k)
        keys |= {k, _VOICED.get(k[:1], k[:1]) + k[1:]}
    # a stop between vowels or after a nasal is voiced (முருகன் Murugan, சண்முகம் Shanmugam)
    for k in list(keys):
        keys.add(_TAMIL_SOFT.sub(lambda m: _VOICED[m.group()], k))
    return keys


@functools.cache
def _india() -> dict[str, int]:
    out: dict[str, int] = {}
    for name, freq in country_names("india").items():
        key = loose(name)
        out[key] = max(out.get(key, 0), freq)
    for name in map(loose, names_data()["indic_given"]):  # the curated list counts as frequent
        out[name] = max(out.get(name, 0), MIN_FREQUENCY)
    return out
