"""world_stop_words.txt is spaCy's stop words of every language it ships, lowercase, in cased
scripts: this test rebuilds the list from the installed spaCy and compares. Run this file
with Python to rewrite the list after a spaCy upgrade."""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys
from pathlib import Path

import spacy
import spacy.lang

from sanitizers.lexicon import world_stop_words

_FILE = Path(__file__).resolve().parents[2] / "sanitizers" / "world_stop_words.txt"
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)?")
_CASED = re.compile(r"[a-zà-ɏͰ-ϿЀ-ӿ]")


def _languages() -> list[tuple[str, frozenset[str]]]:
    out = []
    for module in pkgutil.iter_modules(spacy.lang.__path__):
        try:
            words = importlib.import_module(f"spacy.lang.{module.name}.stop_words").STOP_WORDS
        except (ImportError, AttributeError):
            continue
        out.append((module.name, frozenset(words)))
    return out


def rebuilt() -> tuple[int, frozenset[str]]:
    """(number of languages, their stop words as world_stop_words.txt keeps them)."""
    languages = _languages()
    words = {
        w.lower().strip()
        for _, stop in languages
        for w in stop
        if _WORD.fullmatch(w.lower().strip()) and _CASED.search(w.lower())
    }
    return len(languages), frozenset(words)


def test_the_list_is_spacys() -> None:
    _, words = rebuilt()
    assert world_stop_words() == words
    assert {"mo", "na", "ya", "kok", "und", "что"} <= words  # Tagalog, Indonesian, German...
    assert not {"ligaya", "dawid", "rawan", "nadia"} & words  # names are no stop words


def main() -> None:
    count, words = rebuilt()
    header = (
        f"# The stop words of spaCy {spacy.__version__}'s {count} languages"
        " (spacy.lang.*.stop_words, MIT),\n"
        "# lowercase, in cased scripts only (Latin, Greek, Cyrillic): a word after a kinship"
        " title\n# that is one of these is the sentence's, not a name. Regenerate: python"
        " tests/sanitizers/test_world_stop_words.py\n"
    )
    _FILE.write_text(header + "".join(w + "\n" for w in sorted(words)), encoding="utf-8")
    sys.stdout.write(f"{len(words)} words from {count} languages -> {_FILE}\n")


if __name__ == "__main__":
    main()
