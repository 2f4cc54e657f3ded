"""common_abroad.txt holds the first names of middling frequency that are common words of
another language ("domingo", "novo", "sinh", "dato"): in a lowercase line of another
language such a word is the sentence's, not a name. The list is derived from wordfreq's
word lists; this test checks it against the name list, and against wordfreq where that is
installed. Regenerate (after a change of the name list, its bounds or wordfreq):

    uv pip install wordfreq==3.1.1 && python tests/sanitizers/test_common_abroad.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from sanitizers.first_names import (
    ABROAD_BELOW,
    ABROAD_ZIPF,
    FOREIGN_MIN_FREQUENCY,
    common_abroad,
    given_name_list,
)

# English (the dictionary's business) and the languages of scripts without case, which use no
# Latin first name as a word (their tokenizers need packages of their own)
_UNCASED = frozenset("en ar bn fa he hi ja ko ta ur zh".split())  # noqa: SIM905
_FILE = Path(__file__).resolve().parents[2] / "sanitizers" / "common_abroad.txt"


def _band() -> list[str]:
    """The first names the list may hold: lowercase in a foreign line, yet not common."""
    names = given_name_list()
    return sorted(w for w, f in names.items() if FOREIGN_MIN_FREQUENCY <= f < ABROAD_BELOW)


def rebuilt() -> tuple[str, frozenset[str]]:
    """(wordfreq's version, the names of the band to which some other language of a cased
    script gives a Zipf frequency of at least ABROAD_ZIPF)."""
    from importlib.metadata import version

    import wordfreq

    languages = [
        lang for lang in wordfreq.available_languages(wordlist="small") if lang not in _UNCASED
    ]
    common = {
        w
        for w in _band()
        if max(wordfreq.zipf_frequency(w, lang, wordlist="small") for lang in languages)
        >= ABROAD_ZIPF
    }
    return version("wordfreq"), frozenset(common)


def test_every_word_is_a_listed_name_of_the_band() -> None:
    words = common_abroad()
    assert words <= set(_band())
    assert {"domingo", "novo", "sinh", "dato", "yung", "niko"} <= words  # es, pt, vi, it, fil
    assert not {"dario", "helena", "gustavo", "ximena", "riccardo"} & words  # names


def test_the_list_is_wordfreqs() -> None:
    pytest.importorskip("wordfreq")
    assert rebuilt()[1] == common_abroad()


def main() -> None:
    wf_version, words = rebuilt()
    header = (
        f"# First names of frequency {FOREIGN_MIN_FREQUENCY} to {ABROAD_BELOW - 1} (nam_dict) that"
        f" some other language in a cased script\n# uses at least once in 100,000 words (Zipf"
        f" {ABROAD_ZIPF}) in wordfreq {wf_version}'s 'small' lists\n# (data CC BY-SA 4.0, Robyn"
        " Speer et al., https://github.com/rspeer/wordfreq): common words abroad,\n# not names"
        " in a lowercase line of another language. Regenerate: python"
        " tests/sanitizers/test_common_abroad.py\n"
    )
    _FILE.write_text(header + "".join(w + "\n" for w in sorted(words)), encoding="utf-8")
    sys.stdout.write(f"{len(words)} words -> {_FILE}\n")


if __name__ == "__main__":
    main()
