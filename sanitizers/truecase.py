"""Truecasing for NER: lowercase chat lines shown to the model with capitals.

- `truecase_variant` capitalizes the unknown (non-dictionary) words of a short lowercase
  line (or one written without capitals but for a few words: `casual`) so that NER sees
  "sonoka miki" as "Sonoka Miki"; same length, same offsets.
- `mostly_foreign` tells a line of another language, which is not truecased.
- `inflected` tells a verb form ("asked", "pinging") that NER glues to a name there;
  `trim_english` drops such words from the edges of a span found in a truecased line.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from sanitizers.first_names import common_first_name, listed, not_names
from sanitizers.lexicon import COMMON_WORDS, known
from sanitizers.names import TOKEN
from sanitizers.technical import arabizi
from sanitizers.tries import compiled

# a standalone word (any script: "józef"), also hyphenated ("anna-lena"), not part of a
# file name, address or path (key.pem, a@b, a/b)
_LOWER_WORD = compiled(r"(?<![\w.@/-])[^\W\d_]{2,}(?:-[^\W\d_]{2,})*(?![\w@/-]|\.\w)")
_ALPHA_WORD = compiled(r"[^\W\d_]{2,}")
# capitalized words (of two letters or more) in a run, with initials between them
_CAPS_WORD = compiled(r"[^\W\d_]{2,}(?:-[^\W\d_]{2,})*")
_CAPS_RUN = compiled(
    r"(?<![\w.@/-])[A-ZÀ-Þ][^\W\d_a-zß-ÿ]+(?:-[^\W\d_a-zß-ÿ]{2,})*"
    r"(?:[ ](?:[A-Z]\.?[ ])?[A-ZÀ-Þ][^\W\d_a-zß-ÿ]+(?:-[^\W\d_a-zß-ÿ]{2,})*)*(?![\w@/-]|\.\w)"
)
_CAPS = compiled(r"[A-ZÀ-Þ]{3}")
_LETTER = compiled(r"[^\W\d_]")
_CODE_CHARS = compiled(r"[=;{}/_<>\\|]|,\S|\w\(")  # code, paths, CSV rows, calls
TRUECASE_MAX = 400


def truecase_variant(line: str, words: frozenset[str]) -> str | None:
    """For a short casual prose line (see `casual`): the same line with the words not in `words`
    capitalized, any script and hyphenated ones too ("józef", "anna-lena"), else None.
    Long lines and code-looking lines are left alone. (An accented loanword is
    capitalized as well: folding "maría" or "léa" to English words would hide them.) In
    Arabic written with Latin letters and digits (`arabizi`: "ana ma b2der, 3andi shoghl")
    only listed first names are: its words are no English words either."""
    if len(line) > TRUECASE_MAX or _CODE_CHARS.search(line) or not casual(line):
        return None
    changed = False
    names_only = bool(arabizi(line))  # "ahlan", "yom", "khalas" are no English words either

    def cap(m: re.Match[str]) -> str:
        nonlocal changed
        if not m.group()[0].islower():
            return m.group()  # capitalized by its writer: "Brighton"
        parts = m.group().split("-")
        # a compound is a name only if no part is English ("well-known", "follow-up")
        if any(p in words for p in parts) or any(len(p[0].upper()) != 1 for p in parts):
            return m.group()  # ("ß".upper() is "SS": offsets must not move)
        if names_only and not all(listed(p) for p in parts):
            return m.group()
        changed = True
        return "-".join(p[0].upper() + p[1:] for p in parts)

    variant = _LOWER_WORD.sub(cap, line)
    return variant if changed else None


def caps_variant(line: str, words: frozenset[str]) -> tuple[str, list[tuple[int, int]]] | None:
    """For a short line with a name in capitals (a form's "NAME: SOPHIA T. KOHLER", a name
    shouted in prose: "They had 6: MILENA, GEORGE, FRANK"): the same line with that name in
    Title case and the spans of the words it changed, else None. A name is a run of
    capitalized words, one of them a first name of four letters or more (see `_first`);
    the run's first names and its words that are no English words are written Title case,
    the rest stay as written ("SSN", "ALSO"). Code and long lines are left alone."""
    if len(line) > TRUECASE_MAX or _CODE_CHARS.search(line) or not _CAPS.search(line):
        return None
    out = line
    changed: list[tuple[int, int]] = []
    for run in _CAPS_RUN.finditer(line):
        parts = [w for w in _CAPS_WORD.finditer(line, run.start(), run.end())]
        lows = [w.group().lower() for w in parts]
        if not any(len(low) > 3 and _first(low, words) for low in lows):
            continue
        for w, low in zip(parts, lows, strict=True):
            if (low not in words or _first(low, words)) and all(len(c.upper()) == 1 for c in low):
                title = "-".join(p[:1].upper() + p[1:] for p in low.split("-"))
                out = out[: w.start()] + title + out[w.end() :]
                changed.append(w.span())
    return (out, changed) if changed else None


def _first(low: str, words: frozenset[str]) -> bool:
    """A listed first name that is no English word, or a common first name of five letters
    or more that is no common word; capitals often drop their accents, and lists spell
    "josué" "josue"."""
    if low in not_names():
        return False  # "AITA?"
    plain = "".join(c for c in unicodedata.normalize("NFD", low) if not unicodedata.combining(c))
    if len(low) > 4 and low not in COMMON_WORDS and common_first_name(low):
        return True  # "ROBERT", "SARAH" (not "BILL TO", "MARK")
    return any(listed(w) and w not in words for w in {low, plain})


@functools.lru_cache(maxsize=65536)
def casual(line: str) -> bool:
    """Written by someone who does not capitalize: all lowercase, or the first word lowercase
    and at most one word in five capitalized ("we did that road trip to Brighton w graham
    brennan lol"); names there may be lowercase too."""
    if not any(c.isupper() for c in line):
        return True
    first = _LETTER.search(line)
    tokens = _ALPHA_WORD.findall(line)
    if len(tokens) < 5 or first is None or not first.group().islower():
        return False  # "I emailed Siobhán": capitals where they belong
    return sum(not t[0].islower() for t in tokens) * 5 <= len(tokens)


def mostly_foreign(line: str, words: frozenset[str]) -> bool:
    """Most words of the line are unknown to the English dictionary (another language):
    truecased, all of them would look like names ("Gracias Ana! Nos Vemos El Lunes"), so
    such a line is not truecased; names there are found by cues (greetings, honorifics)."""
    tokens = _ALPHA_WORD.findall(line.lower())
    unknown = sum(t not in words for t in tokens)
    return unknown >= 3 and unknown * 2 > len(tokens)


def foreign_prose(line: str, words: frozenset[str]) -> bool:
    """Most lowercase words of the line are unknown to the English dictionary: another
    language's prose ("Bitte senden Sie die Ware an meine neue Anschrift"), where every
    capitalized noun or greeting would pass for a lone name. Unlike `mostly_foreign`,
    capitalized words do not count: an English sentence full of names is English."""
    tokens = [t for t in _ALPHA_WORD.findall(line) if t[0].islower()]
    unknown = sum(not known(t, words) for t in tokens)
    return unknown >= 2 and unknown * 2 > len(tokens)


def inflected(word: str, verbs: frozenset[str]) -> bool:
    """`word` is a verb of `verbs` or its regular -s, -ed or -ing form."""
    if word in verbs:
        return True
    for end, cuts in (("s", (1,)), ("ed", (1, 2)), ("ing", (3,))):
        for n in cuts if word.endswith(end) else ():
            stem = word[:-n]
            if len(stem) < 3 or (len(stem) == 3 and n > 1 and _cvc(stem)):
                continue  # "jar" doubles ("jarred"), so "jared" is a name
            if stem in verbs or stem + "e" in verbs:
                return True
    return False


def _cvc(stem: str) -> bool:
    vowels = "aeiou"
    return stem[0] not in vowels and stem[1] in vowels and stem[2] not in vowels + "wxy"


def written_capital(original: str, start: int, a: int) -> int:
    """The start of a name whose first words the trim of a truecased line dropped
    (`trim_person`, `trim_english`) although its writer capitalized them mid-sentence, in
    a line otherwise lowercase: "my supervisor is Josh Harris" keeps "Josh" ("josh" is an
    English verb). A line's first word stays dropped ("Asked Łucja")."""
    tokens = list(TOKEN.finditer(original, start, a))
    k = len(tokens)
    while k and tokens[k - 1].group()[:1].isupper() and tokens[k - 1].group()[1:].islower():
        k -= 1
    if k == len(tokens):
        return a
    before = original[: tokens[k].start()].rstrip(" ")
    return tokens[k].start() if before[-1:].islower() or before[-1:] == "," else a


def trim_english(
    text: str, start: int, end: int, words: frozenset[str], verbs: frozenset[str]
) -> tuple[int, int]:
    """Drop English words from the edges of a span found in a truecased line, where every
    word was capitalized ("Roomate Rose Keeps Eating": "Roomate Rose"): common words that
    are no common first name, and after the name verb forms and adverbs (a surname is often
    an English word: "Hannah Chambers", "Penny Armstrong")."""
    tokens = list(TOKEN.finditer(text, start, end))

    def leading(word: str) -> bool:
        low = word.lower()
        return not common_first_name(low) and low in COMMON_WORDS

    def trailing(word: str) -> bool:
        low = word.lower()
        if common_first_name(low):
            return False
        verb = low.endswith(("ing", "ly", "es", "ed")) and inflected(low, verbs)
        return low in COMMON_WORDS or verb or (low.endswith("ly") and known(low, words))

    while len(tokens) > 1 and leading(tokens[0].group()):
        tokens.pop(0)
    while len(tokens) > 1 and trailing(tokens[-1].group()):
        tokens.pop()
    return (tokens[0].start(), tokens[-1].end()) if tokens else (start, end)
