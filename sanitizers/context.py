"""Whether a piece of text is technical: code, versions, package lists, logs.

spaCy's small model calls many one-word product and library names persons ("Stack: Polars,
Helm and Grafana", "Node v18"). In a technical sentence, a lone capitalized word that only
NER (or a list around it) calls a person is dropped; names found by a cue, a field key, a
mention or an e-mail pair are kept, and so are names of two words or more.

A sentence is technical when it has one of: a version number (1.2, v18), code punctuation
(`_`, `()`, `{}`, `=`, `::`, `->`, a path), a word with inner capitals or digits (MongoDB,
boto3), a hash or UUID, or a word from names.yaml `technical_words`.
"""

from __future__ import annotations

import re

_MARKERS = re.compile(
    r"\bv?\d+\.\d+(?:\.\d+)*\b"  # versions
    r"|[_{}<>=\\|]|\(\)|::|->|/\w"  # code and paths
    r"|\b(?!Ma?c[A-Z])[A-Z]?[a-z]+[A-Z]\w*|\b[A-Za-z]+\d+[a-z]*\b"  # camelCase, boto3, v4
    r"|\b[0-9a-f]{7,}\b"  # hashes
)


class Technical:
    """`is_technical(text)` with the technical words of names.yaml."""

    def __init__(self, words: list[str]) -> None:
        alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        self.words = re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)

    def __call__(self, text: str) -> bool:
        return bool(_MARKERS.search(text) or self.words.search(text))


def single_token(text: str) -> bool:
    """A finding of one word (no space inside)."""
    return " " not in text.strip()
