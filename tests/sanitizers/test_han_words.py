"""han_words.txt holds the Chinese words that could cross the edge of a name made of
names.yaml's lists, or be one ("公司明天" holds no 司明, "安静" is quiet): han_names.py takes
a name only where none of them does. The list is derived from jieba's dictionary; this test
checks its shape and what it must and must not hold, and rebuilds it where jieba and zhconv
are installed. Regenerate (after a change of the lists or of the bounds below):

    uv pip install jieba==0.42.1 zhconv==1.4.3 && python tests/sanitizers/test_han_words.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from sanitizers.han_names import han_words
from sanitizers.lexicon import names_data

MIN_FREQUENCY = 20  # jieba's counts
MIN_NAME_TAGGED = 50  # a word jieba tags as a name (nr, nrfg, nrt)
MIN_NAME_SHAPED = 700  # ... shaped like a name of the lists: mostly a name ("王平", "李娜")
_FILE = Path(__file__).resolve().parents[2] / "sanitizers" / "han_words.txt"
_HAN = re.compile("[\u4e00-\u9fff]{2,4}")


def _lists() -> dict[str, frozenset[str]]:
    cjk = names_data()["cjk"]
    return {
        key: frozenset(cjk[key])
        for key in ("surnames", "compound_surnames", "single_given", "given_names")
    }


def _name_shaped(word: str, lists: dict[str, frozenset[str]]) -> bool:
    surnames, compounds = lists["surnames"], lists["compound_surnames"]
    single, given = lists["single_given"], lists["given_names"]
    head, rest = (word[:2], word[2:]) if word[:2] in compounds else (word[:1], word[1:])
    if head in surnames or head in compounds:
        return rest in single or rest in given
    return word in given


def _needed(word: str, lists: dict[str, frozenset[str]]) -> bool:
    """Whether `word` can cross the edge of a name of the lists, or be one."""
    surnames = lists["surnames"] | set("小老阿")
    firsts = surnames | {g[0] for g in lists["given_names"]}
    firsts |= {c[0] for c in lists["compound_surnames"]}
    lasts = lists["single_given"] | {g[-1] for g in lists["given_names"]} | lists["surnames"]
    return (
        any(c in firsts for c in word[1:])
        or any(c in lasts for c in word[:-1])
        or (len(word) == 2 and word[0] in surnames and word[1] in lasts)
        or word in lists["given_names"]
        or word[:2] in lists["compound_surnames"]
    )


def rebuilt(dictionary: str) -> list[str]:
    """The words of jieba's `dictionary` file (with their traditional forms) to ship."""
    from zhconv import convert

    lists = _lists()
    chars = set("".join(w for ws in lists.values() for w in ws)) | set("小老阿")
    words = []
    for line in Path(dictionary).read_text(encoding="utf-8").splitlines():
        word, count, tag = line.split()
        if not _HAN.fullmatch(word) or not set(word) & chars:
            continue
        name = tag.startswith("nr")
        floor = MIN_NAME_TAGGED if name else MIN_FREQUENCY
        if name and _name_shaped(word, lists):
            floor = MIN_NAME_SHAPED
        if int(count) >= floor:
            words.append(word)
    forms = words + [convert(w, v) for v in ("zh-tw", "zh-hk") for w in words]
    return sorted(w for w in set(forms) if _HAN.fullmatch(w) and _needed(w, lists))


def test_shape() -> None:
    lines = [w for w in _FILE.read_text("utf-8").splitlines() if not w.startswith("#")]
    assert lines == sorted(set(lines))
    assert all(_HAN.fullmatch(w) for w in lines)


def test_holds_the_words_and_not_the_names() -> None:
    words = han_words()
    assert {"公司", "安静", "高明", "王子", "房东", "简洁", "明天", "伟大", "周末"} <= words
    assert {"公司", "房東", "簡潔"} <= words  # traditional forms
    assert not {"张伟", "王芳", "李娜", "王平", "刘洋", "陈静", "雅婷"} & words


def test_matches_jieba() -> None:
    jieba = pytest.importorskip("jieba")
    pytest.importorskip("zhconv")
    dictionary = Path(jieba.__file__).parent / "dict.txt"
    assert frozenset(rebuilt(str(dictionary))) == han_words()


if __name__ == "__main__":
    import jieba

    head = [w for w in _FILE.read_text("utf-8").splitlines() if w.startswith("#")]
    body = rebuilt(str(Path(jieba.__file__).parent / "dict.txt"))
    _FILE.write_text("\n".join(head + body) + "\n", encoding="utf-8")
    sys.stdout.write(f"{len(body)} words\n")
