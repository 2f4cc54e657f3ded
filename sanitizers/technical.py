"""Technical sentences: there a lone capitalized word only NER calls a person is a product
("Stack: Polars, Helm and Grafana", "Node v20")."""

from __future__ import annotations

import re

_MARKERS = re.compile(
    r"\bv?\d+\.\d+(?:\.\d+)*\b"  # versions
    r"|[_{}<>=\\|]|\(\)|::|->|/[A-Za-z_]"  # code and paths (not dates: 03/20/2017)
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
