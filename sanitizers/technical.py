"""Technical sentences: there a lone capitalized word only NER calls a person is a product
("Stack: Polars, Helm and Grafana", "Node v20")."""

from __future__ import annotations

import re

from sanitizers.tries import compiled

_MARKERS = compiled(
    r"\bv?\d+\.\d+(?:\.\d+)*\b"  # versions
    r"|[_{}<>=\\|]|\(\)|::|->|/[A-Za-z_]"  # code and paths (not dates: 03/20/2017)
    r"|\b(?!Ma?c[A-Z])[A-Z]?[a-z]+[A-Z]\w*|\b[A-Za-z]+\d+[a-z]*\b"  # camelCase, boto3, v4
    r"|\b[0-9a-f]{7,}\b"  # hashes
)
_PLAIN = compiled(r"[A-Za-z0-9]+")
_WORDS = compiled(r"\w+")


class Technical:
    """`is_technical(text)` with the technical words of names.yaml: a word counts when it
    is a whole word of the text, in any case (as `\\bword\\b` would match it)."""

    def __init__(self, words: list[str]) -> None:
        self.plain = frozenset(w.lower() for w in words if _PLAIN.fullmatch(w))
        rest = sorted((w for w in words if not _PLAIN.fullmatch(w)), key=len, reverse=True)
        alternatives = "|".join(re.escape(w) for w in rest)
        self.phrases = compiled(rf"\b(?:{alternatives})\b", re.IGNORECASE) if rest else None

    def __call__(self, text: str) -> bool:
        if _MARKERS.search(text):
            return True
        if not self.plain.isdisjoint(_WORDS.findall(text.lower())):
            return True  # a set lookup per word: one regex of 170 words cost 10x more
        return self.phrases is not None and self.phrases.search(text) is not None


def single_token(text: str) -> bool:
    """A finding of one word (no space inside)."""
    return " " not in text.strip()
