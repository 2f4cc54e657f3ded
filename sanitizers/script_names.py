"""Names in Ethiopic, Sinhala, Khmer and Burmese script by curated lists: "ጥሪ ሰለሞን ደስታ",
"මගේ මව සමන් බණ්ඩාර", "ឪពុកម្តាយ: ចាន់ ស្រីល័ក្ខ", "ဦးဇော်ဝင်း".

These scripts have no capitals, and the English model sees none of their names. Common
given names and surnames (names.yaml `script_names`) are looked up word by word:
- Ethiopic, Sinhala, Khmer: a run of listed names, one space apart, is a name where one of
  them is a given name that is no word (`words`: ደስታ joy, සමන් a god, សុភាព polite), or a
  given name is one of two or more, or a title stands before the run (አቶ, ወ/ሮ, លោក) or,
  in Sinhala, after it (මහතා). A run of surnames alone is none. An Amharic word may carry
  a one-letter preposition (የ of, ለ for, በ in, ከ from: "የሙሉጌታ ስልክ", Mulugeta's phone),
  read off a word that is no name as written.
- Burmese writes a name as one word of syllables without spaces ("ခင်မြတ်မွန်"): a word made
  wholly of two to four listed name syllables is a name (not one syllable twice:
  "ကောင်းကောင်း" well), and so are one to four after an honorific (ဦး, ဒေါ်, ကို, မ; "Ko",
  "Daw" in Latin letters).
"""

from __future__ import annotations

import functools
import re

from sanitizers.lexicon import names_data
from sanitizers.recognizers import Finding
from sanitizers.tries import compiled

# letters and signs of each script (no digits or punctuation)
ETHIOPIC = "\u1200-\u135a\u135d-\u135f"
SINHALA = "\u0d81-\u0df3"
_JOINER = "\u200d"  # inside a Sinhala word, of its conjuncts ("ප්‍ර")
KHMER = "\u1780-\u17d3\u17dd"
MYANMAR = "\u1000-\u103f\u1050-\u109f"
_PREFIXES = "የለበከ"  # Amharic prepositions glued to a word
MAX_SYLLABLES = 4
_TITLE_SPAN = 24  # characters looked at for a title before or after a run of names


class _Script:
    """One script's lists and its words in a line."""

    def __init__(self, key: str, letters: str) -> None:
        data = names_data()["script_names"][key]
        self.given = frozenset(data["given"])
        self.surnames = frozenset(data.get("surnames", []))
        self.words = frozenset(data["words"])
        self.titles = frozenset(data["titles"])  # before a name
        self.titles_after = frozenset(data.get("titles_after", []))
        self.word = compiled(f"[{letters}]+")
        self.prefixes = _PREFIXES if key == "ethiopic" else ""

    def names(self, line: str) -> list[Finding]:
        out: list[Finding] = []
        run: list[tuple[int, int, str]] = []  # the listed words of the current run
        last_end = -2
        for m in self.word.finditer(line):
            start, word = m.start(), m.group()
            listed = self._listed(word)
            if listed and run and line[last_end:start] == " ":
                run.append((start + len(word) - len(listed), m.end(), listed))
            else:
                out.extend(self._close(run, line))
                run = [(start + len(word) - len(listed), m.end(), listed)] if listed else []
            last_end = m.end()
        out.extend(self._close(run, line))
        return out

    def _listed(self, word: str) -> str:
        """The listed name `word` is, without a glued preposition, or ""."""
        if word in self.given or word in self.surnames:
            return word
        if word[:1] and word[0] in self.prefixes and word[1:] in self.given:
            return word[1:]
        return ""

    def _close(self, run: list[tuple[int, int, str]], line: str) -> list[Finding]:
        if not run:
            return []
        names = [name for _, _, name in run]
        given = [n for n in names if n in self.given]
        start, end = run[0][0], run[-1][1]
        before = line[max(0, start - _TITLE_SPAN) : start].split()[-1:]  # a title is short
        after = line[end : end + _TITLE_SPAN].split()[:1]
        titled = bool(set(before) & self.titles or set(after) & self.titles_after)
        if given and (len(names) >= 2 or titled or any(n not in self.words for n in given)):
            return [(start, end, "PERSON", 0.75)]
        return []


@functools.cache
def _scripts() -> tuple[tuple[re.Pattern[str], _Script], ...]:
    return tuple(
        (compiled(f"[{letters}]"), _Script(key, letters + _JOINER * (key == "sinhala")))
        for key, letters in (("ethiopic", ETHIOPIC), ("sinhala", SINHALA), ("khmer", KHMER))
    )


@functools.cache
def _burmese() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = names_data()["script_names"]
    syllables = sorted(data["myanmar_syllables"], key=lambda s: (-len(s), s))
    one = f"(?:{'|'.join(syllables)})"
    honorifics = sorted(data["myanmar_honorifics"], key=lambda s: (-len(s), s))
    word = compiled(rf"(?<![{MYANMAR}])(?:{one}){{2,{MAX_SYLLABLES}}}(?![{MYANMAR}])")
    titled = compiled(
        rf"(?:(?<![{MYANMAR}\w])(?:{'|'.join(honorifics)})[ ]?)"
        rf"((?:{one}){{1,{MAX_SYLLABLES}}})(?![{MYANMAR}])"
    )
    return word, titled


_MYANMAR_LETTER = compiled(f"[{MYANMAR}]")


LETTERS = ETHIOPIC + SINHALA + KHMER + MYANMAR


def script_names(line: str) -> list[Finding]:
    """PERSON findings for listed Ethiopic, Sinhala, Khmer and Burmese names in `line`."""
    out: list[Finding] = []
    for letters, script in _scripts():
        if letters.search(line):
            out.extend(script.names(line))
    if _MYANMAR_LETTER.search(line):
        word, titled = _burmese()
        for m in word.finditer(line):  # not a word of one syllable twice ("ကောင်းကောင်း" well)
            half = len(m.group()) // 2
            if m.group()[:half] != m.group()[half:]:
                out.append((m.start(), m.end(), "PERSON", 0.75))
        out.extend((m.start(1), m.end(1), "PERSON", 0.75) for m in titled.finditer(line))
    return out
