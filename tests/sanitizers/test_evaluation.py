"""A small version of the benchmark: labeled set -> leak rates and words kept."""

from __future__ import annotations

from bench.sanitizer_corpus import labeled_set
from bench.sanitizer_data import STRICT
from bench.sanitizer_eval import leak_and_kept
from sanitizers import Sanitizer


def test_leak_rates_on_a_small_labeled_set(sanitizer: Sanitizer) -> None:
    samples = labeled_set(n_evaluator=250, n_logs=120, seed=99)
    outputs = [r.text for r in sanitizer.sanitize_texts([s.text for s in samples])]
    leaks, words = leak_and_kept(samples, outputs)
    strict = [leaks[c] for c in STRICT if c in leaks]
    strict_rate = sum(r[0] for r in strict) / sum(r[1] for r in strict)
    overall = sum(r[0] for r in leaks.values()) / sum(r[1] for r in leaks.values())
    assert strict_rate <= 0.005, leaks
    assert leaks["SECRET"][0] == 0, leaks
    assert overall <= 0.10, leaks  # the benchmark reports the real figure (goal: 2%)
    assert words["kept"] / words["total"] >= 0.95, words
