"""Check 6: a sample of training text, scanned again by the sanitizer, holds nothing to remove.

Which findings count:
- violations: EMAIL_ADDRESS, CREDIT_CARD, US_SSN, IBAN_CODE, IP_ADDRESS and every secret type
  (API keys, tokens, passwords, private keys...). Their recognizers are patterns with
  checksums or strict shapes: a hit in text that was already sanitized is a real leak.
- warnings: every other type (PERSON above all). On sanitized text the small spaCy model
  tags capitalized leftovers ("Ship it to 3086 <PERSON_1>") or words next to placeholders as
  names; reporting those as violations would make CI fail on noise. They are listed for a
  human to look at.
A finding that overlaps a placeholder the sanitizer wrote (``<PERSON_1>``, ``<EMAIL_ADDRESS_
3f9a...>``) is not a finding. Texts are never printed: only file, row, field and type.
"""

from __future__ import annotations

import re
from functools import cache

import duckdb

from lakesweep import queries
from lakesweep.verify.lake import SQL, LakeInputs
from lakesweep.verify.model import Check, Example

STRICT = frozenset({"EMAIL_ADDRESS", "CREDIT_CARD", "US_SSN", "IBAN_CODE", "IP_ADDRESS"})
PLACEHOLDER = re.compile(r"<[A-Z][A-Z_]*_[0-9a-zA-Z]+>")
SEED = 20260615


@cache
def _sanitizer():  # noqa: ANN202  (loading spaCy takes seconds: once per process)
    from sanitizers import Sanitizer, SanitizerConfig

    return Sanitizer(SanitizerConfig())


def strict_types() -> frozenset[str]:
    from sanitizers.config import SECRET_ENTITIES

    return STRICT | SECRET_ENTITIES


def check_rescan(
    inputs: LakeInputs, con: duckdb.DuckDBPyConnection, sample: int, examples: int
) -> Check:
    check = Check(
        "rescan", "sanitizer finds nothing in sampled training text", max_examples=examples
    )
    if sample <= 0 or not inputs.training_files:
        check.skipped = sample <= 0
        check.notes.append("--sample 0: not run" if sample <= 0 else "training/ is empty")
        return check
    files = inputs.paths(inputs.training_files)
    rows = queries.run(con, SQL, "training_sample", files=files, n=sample, seed=SEED).fetchall()
    where: list[tuple[str, int, str]] = []
    texts: list[str] = []
    for path, row, prompt, output, documents in rows:
        fields = [("prompt", prompt), ("output", output)]
        fields += [(f"documents[{i}]", d) for i, d in enumerate(documents or [])]
        for name, text in fields:
            if text:
                where.append((inputs.rel(path), row, name))
                texts.append(text)
    strict = strict_types()
    results = _sanitizer().sanitize_texts(texts) if texts else []
    for (rel, row, name), text, result in zip(where, texts, results, strict=True):
        spans = [m.span() for m in PLACEHOLDER.finditer(text)]
        for entity in result.entities:
            if any(s < entity.end and entity.start < e for s, e in spans):
                continue
            reason = f"{name}: {entity.type} found at characters {entity.start}-{entity.end}"
            severity = "violation" if entity.type in strict else "warning"
            check.add(f"text_{entity.type.lower()}", Example(rel, row, reason), severity=severity)
    check.notes.append(f"{len(rows)} rows, {len(texts)} texts scanned")
    return check
