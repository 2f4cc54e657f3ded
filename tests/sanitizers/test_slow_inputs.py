"""Texts an attacker can write to stall a worker, from `python -m bench.sanitizer_worst`.

A logged request is attacker-controlled, and a stalled worker is retried on the same text.
Each row once took from seconds to minutes (in brackets, before 1.23.0); each is now read
in about a second or less. The test asserts what is found; a rule that turns quadratic or
exponential again makes this file run for minutes, which the suite's time shows.
"""

from __future__ import annotations

import pytest

from sanitizers import Sanitizer, SanitizerConfig

CASES = {
    # fields.inline_fields re-read the rest of the line at each column gap, and each
    # re-reading did the same: exponential (60 fields: 28 s)
    "key-value pairs in columns": (" | ".join(["Name: Ab"] * 60), set()),
    "key-value pairs in tab columns": ("\t".join(["Name: Ab"] * 60), set()),
    "three thousand pipe columns": (" | ".join(["Name: Ab"] * 3000), set()),
    # lists.coordinate judged the whole line technical once per list on it (8.2 s)
    "a line of two thousand list items": (
        "Anna Smith, " + ", ".join(["Key: Ab"] * 2000),
        {"PERSON"},
    ),
    # handles' "Name <address>" pattern read a long word again from each of its letters (10 s)
    "a long word after an at sign": ("@ " + "a" * 30_000, set()),
    "a long dotted address": ("x@" + "a." * 15_000, set()),
    # id_cards.key_lines_named normalized the whole line once per name on it (4.5 s)
    "a line of ten thousand Chinese names": ("王小明" * 10_000, None),
    # form_keys searched the text once per key for the key's word (3 s)
    "two thousand lines with the same key": ("\n".join(["ליאת: Ab Cd"] * 2000), None),
    # and again in 1.26.0 for a key with vowel signs, which its index of words skips (2.8 s)
    "two thousand lines with a key with vowel signs": ("\n".join(["लता: Ab Cd"] * 2000), None),
    # speakers.more_speakers compared every line with every name found (4 million pairs)
    "two thousand speaker lines": ("\n".join(["Friend: Ab Cd"] * 2000), None),
    # registry secret_assignment read a run of name characters from each word boundary (4.5 s)
    "a run of dotted words": ("a1." * 10_000, set()),
    # rosters.quoted_last_first read a long word again from each of its letters looking for
    # an e-mail's "@" once the line held a quote (14 s), and technical.log_view blanked a
    # logged prompt's prefix with a regex that did the same (about 1 s a 10,000-char piece)
    "a long token before a logged prompt": ("x" * 30_000 + ' prompt="hi" n=1', set()),
    # lists.coordinate compared every list with every name found: two thousand rosters of
    # two names (1.27.0 finds them: 4.2 s), or a line of five thousand names (8 s, 1.26.0)
    "two thousand rosters": ("\n".join(["ሰራተኞች: አበበ, ከበደ"] * 2000), None),
    "five thousand names in a list": ("ধন্যবাদ, " * 5000 + "\nরমেশ", None),
    # person_rows put each finding in its line by a search over all of them at first (a
    # table of records: lines times findings), and checked each cell against every finding
    "a thousand one-line records": (
        "\n".join(["Ana Lima | 12.03.1985 | 061 568 4636 | ana@x.pt | Rua A 5, Porto"] * 1000),
        {"PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS", "STREET_ADDRESS"},
    ),
    # and looked for each birth date's repetitions with one search of the text per date
    "two thousand different birth dates": (
        "\n".join(
            f"DOB: {1 + i % 28:02d}.{1 + i // 28 % 12:02d}.{1900 + i // 336}" for i in range(2000)
        ),
        {"DATE_OF_BIRTH"},
    ),
    # phone_slots (1.30.0) groups every number of a text by its slot: one pass over a column
    # of two thousand numbers beside a found one
    "two thousand numbers in a found phone's column": (
        "tel\n" + "\n".join(f"0{811_000_000 + i * 7919} - paid" for i in range(2000)),
        {"PHONE_NUMBER"},
    ),
}


@pytest.fixture(scope="module")
def uncached() -> Sanitizer:
    """No cache: an attacker's request gets no help from lines read before."""
    return Sanitizer(SanitizerConfig(model="en_core_web_sm", cache_size=0))


@pytest.mark.parametrize(("text", "expected"), CASES.values(), ids=CASES.keys())
def test_a_crafted_text_is_read_in_one_pass(
    uncached: Sanitizer, text: str, expected: set[str] | None
) -> None:
    (result,) = uncached.sanitize_texts([text])
    kinds = {e.type for e in result.entities}
    if expected is None:  # names, found or not, are no secret, card or address
        assert kinds <= {"PERSON"}
    else:
        assert kinds == expected
