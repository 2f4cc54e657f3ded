"""Chinese and Japanese names by their given name: "委托人：张伟，", "前台的胡涛会为您办理",
"緊急連絡先：鈴木 直樹", "佐藤恵子儀", "夫の翔太は".

Chinese writes a name without a space or a title around it: a surname of one character
(two for 欧阳, 司马, ...) and a given name of one or two. Curated lists (names.yaml `cjk`)
tell the common ones:
- a common surname and a common one-character given name (`single_given`: 伟, 芳, 娜):
  the name, where no word of `han_words.txt` crosses its edges or is the name itself
  ("公司明天" holds no 司明, "安静" is quiet, "周伟大学" is no 周伟);
- a listed two-character given name alone (`given_names` without `given_words`: 雅婷,
  美玲; not 建国, to found a state), on the same terms.
Not in a Japanese text, whose kanji words these lists do not know.

Japanese names by a listed given name (`japanese_given_names`):
- a common surname (`japanese_surnames`, and `japanese_surnames_more`, which are also
  places and companies: 松本, 山口, 林) and a listed given name, with or without a space
  ("鈴木 直樹", "佐藤恵子"); a given name of one kanji only before a particle, a title or
  the end of the word ("小林 浩", "佐藤誠は"; not "中村進捗");
- a common surname of two kanji or more, a space and one to three kanji before the end of
  the word or an honorific ("井上 涼", "池田 凛さん"; not "山本 部長");
- in a Japanese text, a listed given name of two kanji or more alone ("夫の翔太は", "大輔:"),
  unless it is also a word (`japanese_given_words`: 大和, 勇気 courage).
"""

from __future__ import annotations

import functools
import re
from importlib import resources

from sanitizers.first_names import listed
from sanitizers.native_names import CJK_DATA, FUNCTION_SURNAMES, HAN, KANA
from sanitizers.recognizers import Finding
from sanitizers.tries import compiled

_HAN_RUN = compiled(f"[{HAN}]+")
_KANJI = compiled(f"[{HAN}々]")
# an English given name before a Chinese surname, as Hong Kong and Taiwan write them
_LATIN_GIVEN = compiled(rf"(?<![\w-])([A-Z][a-z]{{2,11}})[ ]([{HAN}])(?![{HAN}])")
_FAMILIAR = frozenset("小老阿")  # before a surname or a given name: what friends call one
_KIN = frozenset("父母兄姉弟妹夫妻娘孫")  # a kinship word before a name ("父森一輝の還暦")
_HONORIFIC = "さん|さま|様|君|くん|ちゃん|氏|殿|先生|儀|宛"  # 儀: an obituary's, 宛: "to"
_PARTICLE = f"[はがのにをともへでや、。]|{_HONORIFIC}|選手"
_NOT_GIVEN = frozenset(CJK_DATA["japanese_not_names"]) | frozenset(
    """家 町 市 区 村 県 駅 店 社 屋 組 様 氏 君 殿 部長 課長 社長 係長 教授 選手 監督 一家 一族
    家族 夫妻 夫人 医院 病院 商店 工務店 会長 院長 店長 校長 先生 主任 専務 常務 部 課 係""".split()  # noqa: SIM905
)


@functools.cache
def han_words() -> frozenset[str]:
    """Chinese words that could cross the edge of a name of the lists, or be one
    (han_words.txt)."""
    raw = resources.files("sanitizers").joinpath("han_words.txt").read_text("utf-8")
    return frozenset(w for w in raw.splitlines() if w and not w.startswith("#"))


@functools.cache
def _chinese_lists() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """Surnames (one character), compound surnames, one-character and lone two-character
    given names."""
    surnames = frozenset(CJK_DATA["surnames"]) - FUNCTION_SURNAMES
    alone = frozenset(CJK_DATA["given_names"]) - frozenset(CJK_DATA["given_words"])
    return (
        surnames,
        frozenset(CJK_DATA["compound_surnames"]),
        frozenset(CJK_DATA["single_given"]),
        alone,
    )


@functools.cache
def _japanese() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A surname and a listed given name; a surname, a space and kanji; a given name alone."""
    surnames = sorted(
        set(CJK_DATA["japanese_surnames"]) | set(CJK_DATA["japanese_surnames_more"]),
        key=lambda s: (-len(s), s),
    )
    given = sorted(set(CJK_DATA["japanese_given_names"]), key=lambda s: (-len(s), s))
    alone = [g for g in given if len(g) >= 2 and g not in CJK_DATA["japanese_given_words"]]
    alone = [g for g in alone if re.fullmatch(f"[{HAN}々]+", g)]
    long_surnames = [s for s in surnames if len(s) >= 2]
    full = compiled(
        rf"({'|'.join(surnames)})([ 　]?)({'|'.join(given)})"
        rf"(?=((?:{_PARTICLE})|[^{HAN}々{KANA}]|$)?)"
    )
    spaced = compiled(
        rf"(?<![{HAN}々{KANA}])({'|'.join(long_surnames)})[ 　]([{HAN}々]{{1,3}}?)"
        rf"(?=[ 　]?(?:{_HONORIFIC})|[^{HAN}々{KANA} 　]|$)"
    )
    lone = compiled(rf"(?<![{HAN}々])({'|'.join(alone)})(?![{HAN}々])")
    return full, spaced, lone


def han_names(line: str, japanese: bool) -> list[Finding]:
    """PERSON findings for Chinese (not in a Japanese text) and Japanese names with a listed
    given name in `line`."""
    out: list[Finding] = []
    if not japanese:
        for m in _HAN_RUN.finditer(line):
            out.extend(
                (m.start() + a, m.start() + b, "PERSON", 0.75) for a, b in _chinese(m.group())
            )
    for m in _LATIN_GIVEN.finditer(line):  # "Vincent 陳: 我跟雅婷會晚"
        if listed(m.group(1)) and m.group(2) in _chinese_lists()[0]:
            out.append((m.start(1), m.end(2), "PERSON", 0.75))
    full, spaced, lone = _japanese()
    for m in full.finditer(line):
        surname, space, given, after = m.groups()
        # a given name of one kanji before a particle, a title or the end of the word only,
        # after a surname of one kanji only with a space ("林 翔"; "北陸" is a region)
        short = len(given) == 1 and (after is None or (len(surname) == 1 and not space))
        # a surname of one kanji not inside a word ("関東大地震"); a longer one anywhere
        # ("父伊藤 大輔の", "名義佐藤 恵")
        before = line[m.start() - 1 : m.start()]
        inside = len(surname) == 1 and _KANJI.match(before) and before not in _KIN
        if given not in _NOT_GIVEN and not short and not inside:
            out.append((m.start(1), m.end(3), "PERSON", 0.75))
    for m in spaced.finditer(line):
        if m.group(2) not in _NOT_GIVEN and m.group(2)[:1] not in _NOT_GIVEN:
            out.append((m.start(1), m.end(2), "PERSON", 0.75))
    if japanese:
        out.extend((m.start(1), m.end(1), "PERSON", 0.75) for m in lone.finditer(line))
    return out


def _chinese(run: str) -> list[tuple[int, int]]:
    """Spans of Chinese names in a run of Han characters."""
    surnames, compounds, single, alone = _chinese_lists()
    words = han_words()
    out: list[tuple[int, int]] = []
    for i in range(len(run) - 1):
        ends = []
        if run[i] in surnames and run[i + 1] in single:
            ends.append(i + 2)
        if run[i : i + 2] in compounds and i + 2 < len(run) and run[i + 2] in single:
            ends.append(i + 3)
        if run[i : i + 2] in alone and (i == 0 or run[i - 1] not in surnames):
            ends.append(i + 2)
        if run[i] in _FAMILIAR and (run[i + 1] in surnames or run[i + 1] in single):
            ends.append(i + 2)  # "小陈", "老王", "阿涛"; not "小米", "老师" (words)
        out.extend((i, end) for end in ends if _clear(run, i, end, words))
    return out


def _clear(run: str, start: int, end: int, words: frozenset[str]) -> bool:
    """Whether `run[start:end]` is no word and no word of two to four characters crosses
    its edges."""
    if run[start:end] in words:
        return False
    for i in range(max(0, start - 3), end):
        for j in range(i + 2, min(len(run), i + 4) + 1):
            if (i < start < j or i < end < j) and run[i:j] in words:
                return False
    return True
