"""Technical sentences: there a lone capitalized word only NER calls a person is a product
("Stack: Polars, Helm and Grafana", "Node v20")."""

from __future__ import annotations

import re

from sanitizers.tries import compiled

_MARKERS = compiled(
    # versions: "v2.1", "1.26.4", "3.11" (not amounts, dates or dotted phone numbers:
    # "₹3385.48", "25.11.2025", "532.210.2636")
    r"(?<![$€£¥₹₩₽¢])(?<![A-Z]{3}[ ])(?<![\d.])\bv?(?!\d{1,2}\.\d{1,2}\.(?:19|20)\d\d\b)"
    r"(?!\d{3}\.\d{3}\.\d{4}\b)\d+\.\d+(?:\.\d+)*\b"
    r"|[_{}<>=\\|]|\(\)|::|->|/[A-Za-z_]"  # code and paths (not dates: 03/20/2017)
    r"|\b(?!Ma?c[A-Z])[A-Z]?[a-z]+[A-Z]\w*|\b[A-Za-z]+\d+[a-z]*\b"  # camelCase, boto3, v4
    r"|\b[0-9a-f]{7,}\b"  # hashes
)
# the JSON a request or a chat export is wrapped in: keys, brackets
_ENVELOPE = compiled(r'"[\w.-]+"[ \t]*:[ \t]*|[{}\[\]]')
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

    def document(self, units: list[str]) -> bool:
        """A text technical as a whole: a third of its sentences (by characters) are,
        the JSON around a logged chat aside. One login, postcode or table bar does not
        make a chat technical."""
        units = [_envelope_view(u) for u in units]
        chars = sum(len(u) for u in units)
        return 3 * sum(len(u) for u in units if self(u)) >= chars > 0


def _envelope_view(text: str) -> str:
    """`text` with the JSON around a logged request blanked (keys, brackets): same length,
    so a sentence of a chat inside `{"role": "user", "content": "..."}` is judged alone."""
    if not any(c in text for c in "{}[]"):
        return text
    return _ENVELOPE.sub(lambda m: " " * len(m.group()), text)


def single_token(text: str) -> bool:
    """A finding of one word (no space inside)."""
    return " " not in text.strip()
