"""A PERSON finding's score says which rule guessed it: NER (`NER_SCORE`), a lone unknown
word (`LONE_SCORE`) or a listed first name (`GIVEN_SCORE`) are the guesses that the engine
drops in technical texts (`lone.guessed_word`). A pattern of registry.yaml that scored the
same, with or without its context boost, would be dropped with them: in 1.10.0 the airline
passenger pattern was first written at 0.85 and vanished. This keeps the scores apart."""

from __future__ import annotations

import pytest

from sanitizers.lone import GIVEN_SCORE, LONE_SCORE, NER_SCORE, guessed_word
from sanitizers.recognizers import DataRecognizer, load_registry

GUESSES = {NER_SCORE, LONE_SCORE, GIVEN_SCORE}
CONTEXT_BOOST = 0.2  # recognizers.py: a context word before a match adds this, up to 1.0


@pytest.mark.parametrize(
    "recognizer",
    [r for r in load_registry() if r.entity == "PERSON"],
    ids=lambda r: r.name,
)
def test_no_person_pattern_scores_like_a_guess(recognizer: DataRecognizer) -> None:
    score = recognizer.score
    boosted = round(min(1.0, score + CONTEXT_BOOST), 6)
    assert round(score, 6) not in GUESSES
    assert boosted not in GUESSES


def test_a_pattern_finding_is_no_guess() -> None:
    text = "- Frida"
    assert guessed_word(text, (2, 7, "PERSON", NER_SCORE))
    assert guessed_word(text, (2, 7, "PERSON", GIVEN_SCORE))
    assert not guessed_word(text, (2, 7, "PERSON", 0.9))
    assert not guessed_word(text, (2, 7, "PERSON", 0.75))
