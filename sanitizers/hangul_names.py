"""Korean names by their given name: "내일 민준 생일파티", "서연아, 토요일이 혜진 생일이야",
"주치의: 박지연", "아빠 오태양 · 엄마 강은지".

Korean writes a name as one word: a surname of one syllable (two for 남궁, 제갈, ...) and a
given name of two, with a particle glued after it ("정혜진은", "민준이한테"). A curated list
of common given names (names.yaml `cjk.korean_given_names`) is looked up in each word of
Hangul:
- a surname and a listed given name, alone or before a particle: the whole name;
- a listed given name alone, before a particle, or before the vocative (`아` after a
  closing consonant, `야` after a vowel: "서연아", "지우야"): the given name.
Given names that are also words (`korean_given_words`: "지원" support, "하늘" sky, "수정"
correction) are taken only after a surname. A particle must agree with the name's last
syllable as Korean spells it ("민준이가", "지우가"; not "지우이가"), which keeps words that
merely end like a particle out.
"""

from __future__ import annotations

import functools

from sanitizers.native_names import CJK_DATA, KOREAN_SURNAMES
from sanitizers.recognizers import Finding
from sanitizers.tries import compiled

_WORD = compiled("[가-힣]+")
_COMPOUND_SURNAMES = frozenset(["남궁", "제갈", "선우", "황보", "독고", "사공", "서문"])
# particles after a name ending in a consonant, after a vowel, and after either
_AFTER_CONSONANT = ("은", "이", "을", "과", "아", "이랑", "으로", "이가", "이는", "이도", "이를")
_AFTER_CONSONANT += ("이의", "이한테", "이에게", "이네", "이야", "이고", "이랑은", "이었")
_AFTER_VOWEL = ("는", "가", "를", "와", "야", "랑", "로", "예요", "네", "였")
_EITHER = ("", "의", "도", "만", "에게", "한테", "께", "께서", "하고", "씨", "님", "처럼", "보다")
_EITHER += ("부터", "까지", "입니다", "이에요", "한테서", "에게서", "한테도", "에게도")


def _closed(syllable: str) -> bool:
    """Whether a Hangul syllable ends in a consonant (has a final jamo)."""
    return (ord(syllable) - 0xAC00) % 28 != 0


def _agrees(given: str, particle: str) -> bool:
    if particle in _EITHER:
        return True
    closed = _closed(given[-1])
    if particle in (_AFTER_CONSONANT if closed else _AFTER_VOWEL):
        return True
    # a particle with a second one after it ("한테는", "이랑도", "에게만")
    return len(particle) >= 2 and particle[-1] in "는도만은요" and _agrees(given, particle[:-1])


@functools.cache
def _lists() -> tuple[frozenset[str], frozenset[str]]:
    """The given names taken alone, and those taken after a surname (words too)."""
    alone = frozenset(CJK_DATA["korean_given_names"])
    return alone, alone | frozenset(CJK_DATA["korean_given_words"])


def hangul_names(line: str) -> list[Finding]:
    """PERSON findings for Korean names with a listed given name in `line`."""
    alone, after_surname = _lists()
    out: list[Finding] = []
    for m in _WORD.finditer(line):
        word = m.group()
        if len(word) < 2:
            continue
        span = _full_name(word, after_surname) or _given_alone(word, alone)
        if span:
            out.append((m.start(), m.start() + span, "PERSON", 0.75))
    return out


def _full_name(word: str, given: frozenset[str]) -> int:
    """The length of a surname and a given name opening `word` before a particle, or 0."""
    for size in (2, 1):
        surname = word[:size]
        if (size == 2 and surname in _COMPOUND_SURNAMES) or (
            size == 1 and surname in KOREAN_SURNAMES
        ):
            name = word[size : size + 2]
            if name in given and _agrees(name, word[size + 2 :]):
                return size + 2
    return 0


def _given_alone(word: str, names: frozenset[str]) -> int:
    """The length of a listed given name opening `word` alone, before a particle or a
    vocative, or 0."""
    name, rest = word[:2], word[2:]
    return 2 if name in names and _agrees(name, rest) else 0
