"""Span-level scores for the two-halves evaluation.

- Recall per category: a labeled must-remove value counts as removed only if every word
  of it (alphanumeric run) lies inside a found span; half a name left is a leak.
  Leak = 1 - recall. Honorifics inside a label ("Mr. Marcus Weeks") need not be covered.
- Precision per category: found spans whose type maps to the category, and the share of
  them that overlap some labeled must-remove value (of any category).
- Intact: values of which no word was touched (the whole value still in the output, the
  lenient leak of earlier releases), printed for comparison.
- Words kept: the share of words outside labeled values that no found span touches.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bench.sanitizer_data import Sample
from sanitizers.config import SECRET_ENTITIES

Found = list[tuple[str, int, int]]  # (type, start, end) in the input text

#: sanitizer (and Presidio) entity types -> benchmark category
TYPE_CATEGORY = {
    "PERSON": "PERSON",
    "EMAIL_ADDRESS": "EMAIL",
    "PHONE_NUMBER": "PHONE",
    "CREDIT_CARD": "CREDIT_CARD",
    "IBAN_CODE": "IBAN",
    "US_SSN": "US_SSN",
    "US_ITIN": "US_ITIN",
    "IP_ADDRESS": "IP",
    "MAC_ADDRESS": "MAC",
    "CRYPTO": "CRYPTO",
    "DATE_OF_BIRTH": "DATE_OF_BIRTH",
    "DATE_TIME": "DATE_OF_BIRTH",  # naive Presidio removes every date
    "STREET_ADDRESS": "ADDRESS",
    "LOCATION": "ADDRESS",
    "DRIVER_LICENSE": "DRIVER_LICENSE",
    "US_DRIVER_LICENSE": "DRIVER_LICENSE",
    "PASSPORT": "PASSPORT",
    "US_PASSPORT": "PASSPORT",
    "URL": "URL",
}
_WORD = re.compile(r"[^\W_]+")
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "madam"})


@dataclass
class Row:
    n: int = 0
    leaked: int = 0
    intact: int = 0  # no word of the value touched (the earlier, lenient leak)
    found: int = 0
    correct: int = 0


@dataclass
class Scores:
    rows: dict[str, Row] = field(default_factory=dict)
    kept: int = 0
    words: int = 0

    def row(self, cat: str) -> Row:
        return self.rows.setdefault(cat, Row())

    def leak(self, cats: set[str] | None = None, intact: bool = False) -> float:
        """Share of labeled values leaked (any word left; `intact`: no word touched)."""
        rows = [r for c, r in self.rows.items() if cats is None or c in cats]
        n = sum(r.n for r in rows)
        return sum(r.intact if intact else r.leaked for r in rows) / n if n else 0.0


def _covered(a: int, b: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= a and b <= e for s, e in spans)


def score(samples: list[Sample], found: list[Found]) -> Scores:
    out = Scores()
    for sample, spans in zip(samples, found, strict=True):
        merged = _merge([(s, e) for _, s, e in spans])
        for cat, start, end in sample.spans:
            words = [
                w
                for w in _WORD.finditer(sample.text, start, end)
                if w.group().lower() not in HONORIFICS
            ]
            if not words:
                continue
            row = out.row(cat)
            row.n += 1
            covered = [_covered(w.start(), w.end(), merged) for w in words]
            row.leaked += not all(covered)
            row.intact += not any(covered)
        for etype, start, end in spans:
            cat = "SECRET" if etype in SECRET_ENTITIES else TYPE_CATEGORY.get(etype, "OTHER")
            row = out.row(cat)
            row.found += 1
            row.correct += any(s < end and start < e for _, s, e in sample.spans)
        for w in _WORD.finditer(sample.text):
            if any(s < w.end() and w.start() < e for _, s, e in sample.spans):
                continue
            out.words += 1
            out.kept += not any(s < w.end() and w.start() < e for s, e in merged)
    return out


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def table(columns: list[tuple[str, Scores]], strict: set[str]) -> str:
    """Per category: n, leak and precision for each column (name, scores)."""
    cats = sorted({c for _, sc in columns for c, r in sc.rows.items() if r.n})
    head = f"{'category':<15}" + "".join(f"{name:>26}" for name, _ in columns)
    sub = f"{'':<15}" + "".join(f"{'n':>8}{'leak':>9}{'prec':>9}" for _ in columns)
    lines = [head, sub]
    for cat in [*cats, "OVERALL"]:
        cells = ""
        for _, sc in columns:
            if cat == "OVERALL":
                n = sum(r.n for r in sc.rows.values())
                found = sum(r.found for r in sc.rows.values())
                correct = sum(r.correct for r in sc.rows.values())
                leak = sc.leak()
            else:
                r = sc.rows.get(cat, Row())
                n, found, correct = r.n, r.found, r.correct
                leak = r.leaked / n if n else 0.0
            prec = f"{correct / found:.1%}" if found else "-"
            cells += f"{n:>8}{leak:>9.2%}{prec:>9}" if n else f"{'-':>8}{'':>9}{prec:>9}"
        lines.append(f"{cat + (' *' if cat in strict else ''):<15}{cells}")
    kept = "".join(f"{'':>8}{sc.kept / max(1, sc.words):>9.1%}{'':>9}" for _, sc in columns)
    lines.append(f"{'words kept':<15}{kept}")
    return "\n".join(lines)
