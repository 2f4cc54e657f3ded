"""Replacement: typed placeholders (<PERSON_1>) or keyed-hash pseudonyms (<PERSON_9f2c...>).

Placeholders are numbered per record: the same value (compared case- and
whitespace-insensitively, as a reader sees it: "Nu\u200drlan" is "Nurlan") gets the same
placeholder in every field of one record, and numbering starts again for the next record.
The text surgery itself is Presidio's AnonymizerEngine with one custom operator per entity
type; findings reach it already resolved (no overlaps), so its own conflict handling never
changes a span.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable

from presidio_anonymizer import AnonymizerEngine
from presidio_anonymizer.entities import (
    ConflictResolutionStrategy,
    OperatorConfig,
    RecognizerResult,
)

from sanitizers.escapes import decoded
from sanitizers.recognizers import Finding
from sanitizers.visible import plain

HASH_CHARS = 12


def _norm(value: str) -> str:
    """The value as a reader sees it (visible.py), case and spaces folded."""
    return " ".join(plain(decoded(value)[0]).casefold().split())


class RecordPseudonyms:
    """The value -> placeholder table of one record."""

    def __init__(self, mode: str, key: bytes | None) -> None:
        self.mode = mode
        self.key = key or b""
        self.table: dict[tuple[str, str], str] = {}
        self.counters: dict[str, int] = {}

    def placeholder(self, entity: str, value: str) -> str:
        slot = (entity, _norm(value))
        found = self.table.get(slot)
        if found is None:
            if self.mode == "hash":
                msg = f"{entity}\x00{slot[1]}".encode()
                tag = hmac.new(self.key, msg, hashlib.sha256).hexdigest()[:HASH_CHARS]
                found = f"<{entity}_{tag}>"
            else:
                self.counters[entity] = self.counters.get(entity, 0) + 1
                found = f"<{entity}_{self.counters[entity]}>"
            self.table[slot] = found
        return found

    def operator(self, entity: str) -> Callable[[str], str]:
        return lambda value: self.placeholder(entity, value)


class Replacer:
    """Applies resolved findings to a text with a record's pseudonym table."""

    def __init__(self) -> None:
        self.engine = AnonymizerEngine()

    def apply(self, text: str, findings: list[Finding], names: RecordPseudonyms) -> str:
        if not findings:
            return text
        # Number placeholders in reading order, whatever order Presidio applies them in.
        for start, end, entity, _ in findings:
            names.placeholder(entity, text[start:end])
        results = [RecognizerResult(e, s, t, sc) for s, t, e, sc in findings]
        operators = {
            e: OperatorConfig("custom", {"lambda": names.operator(e)})
            for e in {f[2] for f in findings}
        }
        return self.engine.anonymize(
            text,
            results,
            operators,
            conflict_resolution=ConflictResolutionStrategy.MERGE_SIMILAR_OR_CONTAINED,
            merge_entities_with_spaces=False,
        ).text
