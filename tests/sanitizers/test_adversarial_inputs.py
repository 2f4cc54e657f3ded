"""Odd-but-valid inputs finish: long runs that a regex with nested quantifiers would take
exponential time on (letters before an `@`, dotted and dashed runs, capitals, digits, CJK,
Cyrillic and Greek words with many spellings, table rows, chat lines, chat exports and
names in native scripts),
in a record where a name was found so that every record-level pass runs too. A run that
blew up would hang the suite; the alarm fails it instead. (Speed is the benchmark's job:
the bound is minutes, not milliseconds.)"""

from __future__ import annotations

import signal
from collections.abc import Iterator

import pytest

from sanitizers import Sanitizer

BOUND_S = 60
PAYLOADS = [
    "a" * 4000 + "@",
    "abc." * 1500 + "@",
    "a-" * 2000 + "!",
    "x_" * 2000 + "-",
    "A" * 4000,
    "1" * 4000,
    "Name " * 1500,
    "王" * 4000 + "先生",
    "a.b-c_d" * 600 + "@example",
    "https://calendly.com/" + "a" * 3000 + "/",
    "Й" + "й" * 4000,  # romanized with several spellings per letter (transliterated.py)
    "Γ" + "γγ" * 2000,
    "anna." * 1500 + "lund",  # logins built from names (prose_logins.py)
    "| a " * 2000 + "|",  # a Markdown row (technical.py)
    "Joy: hi\n" * 1500,  # chat speakers (speakers.py)
    "[김혜진] [오후 7:12] 네\n" * 1500,  # chat exports in native scripts (native_names.py)
    "王欧阳志强" * 1000,  # surnames before common given names
    "森 奈々\n" * 1500 + "です",  # spaced Japanese names on lines of their own
    "क्" * 2000 + "ा",  # Devanagari romanized (devanagari.py)
    "राहुल " * 1500,
    "محمد بن " * 1000,  # Arabic names and what follows them (abjad.py)
    "ויוסי " * 1500,
]


@pytest.fixture
def alarm() -> Iterator[None]:
    def fail(signum: int, frame: object) -> None:
        raise TimeoutError(f"sanitizing took over {BOUND_S} s")

    previous = signal.signal(signal.SIGALRM, fail)
    signal.alarm(BOUND_S)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


@pytest.mark.parametrize("payload", PAYLOADS, ids=lambda p: f"{p[:12]!r}x{len(p)}")
def test_long_runs_finish(sanitizer: Sanitizer, alarm: None, payload: str) -> None:
    record = {"prompt": f"Ana Lima wrote: {payload}", "output": payload, "documents": [payload]}
    (result,) = sanitizer.sanitize_records([record])
    assert "Ana Lima" not in str(result.fields["prompt"])
    assert len(result.fields["documents"]) == 1
