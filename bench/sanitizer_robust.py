"""Odd-but-valid text: the labeled sets again, each value written the way real systems and
attackers write it, scored against the same texts as generated, in one run.

    python -m bench.sanitizer_robust [scale]

Every variant keeps the text's meaning for a reader and moves the labels with it:

- `nfd`: the whole text decomposed (macOS file names, some PDF extractors: "Jose\u0301");
- `nbsp`: the spaces inside each value no-break or narrow no-break spaces (word
  processors, French typography, copied web pages);
- `fullwidth`: each value's ASCII letters and digits in full width (Japanese and Chinese
  input methods: "０９０-１２３４-５６７８");
- `bidi`: each value wrapped in left-to-right marks and isolates (text copied around
  right-to-left scripts);
- `joiners`: a zero-width joiner or non-joiner inside each word of a value (an attacker,
  or an emoji keyboard);
- `homoglyphs`: one Latin letter of each word of a value written with its Cyrillic twin
  (an attacker);
- `hyphens`: each value's hyphens non-breaking ones (word processors: "555‑0142");
- `styled`: each value's ASCII letters and digits in mathematical bold ("fancy text"
  generators of social media profiles: "𝐉𝐨𝐡𝐧");
- `upper`: each value in capitals (forms, shouting);
- `lower`: each value in lowercase (chat).

Printed per variant: the share of must-remove values leaked, overall and for names, and
the ratio to the unperturbed texts' leak. A value leaks when one of its words is not
inside a found span (bench/sanitizer_metrics.py).
"""

from __future__ import annotations

import logging
import sys
import unicodedata
from collections.abc import Callable

from bench.sanitizer_data import Sample
from bench.sanitizer_metrics import score

_HOMOGLYPHS = dict(zip("aceopxyiABCEHKMOPTX", "асеорхуіАВСЕНКМОРТХ", strict=True))
_JOINERS = "\u200d\u200c"
_SPACES = "\u00a0\u202f"

Edit = Callable[[str, int], str]  # (value, index of the value in its text) -> new value


def _rebuilt(sample: Sample, edit: Edit) -> Sample:
    """The sample with each labeled value replaced by `edit(value)`, labels moved."""
    spans = sorted(sample.spans, key=lambda s: (s[1], -s[2]))
    out: list[str] = []
    moved: list[tuple[str, int, int]] = []
    pos = shift = 0
    for i, (cat, a, b) in enumerate(spans):
        if a < pos:  # a value inside the one before it: kept with it
            continue
        out.append(sample.text[pos:a])
        new = edit(sample.text[a:b], i)
        start = a + shift
        moved.append((cat, start, start + len(new)))
        shift += len(new) - (b - a)
        out.append(new)
        pos = b
    out.append(sample.text[pos:])
    return Sample("".join(out), moved)


def _nfd(sample: Sample) -> Sample:
    marked = _rebuilt(sample, lambda v, _: "\0" + v + "\1")
    text, spans, cats = [], [], iter(c for c, _, _ in marked.spans)
    start = 0
    for ch in unicodedata.normalize("NFD", marked.text):
        if ch == "\0":
            start = len(text)
        elif ch == "\1":
            spans.append((next(cats), start, len(text)))
        else:
            text.append(ch)
    return Sample("".join(text), spans)


def _nbsp(value: str, i: int) -> str:
    return value.replace(" ", _SPACES[i % 2])


def _fullwidth(value: str, _: int) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isalnum() else c for c in value)


def _bidi(value: str, i: int) -> str:
    return "\u200e" + value + "\u200e" if i % 2 else "\u2066" + value + "\u2069"


def _each_word(value: str, change: Callable[[str, int], str], i: int) -> str:
    return " ".join(change(w, i) if len(w) >= 4 else w for w in value.split(" "))


def _joiners(value: str, i: int) -> str:
    return _each_word(value, lambda w, k: w[:2] + _JOINERS[k % 2] + w[2:], i)


def _styled(value: str, _: int) -> str:
    def bold(c: str) -> str:
        if c.isascii() and c.isdigit():
            return chr(0x1D7CE + ord(c) - 48)
        if c.isascii() and c.isalpha():
            return chr((0x1D400 if c.isupper() else 0x1D41A) + ord(c.upper()) - 65)
        return c

    return "".join(map(bold, value))


def _cased(value: str, upper: bool) -> str:  # one for one (not "ß" -> "SS")
    def one(c: str) -> str:
        new = c.upper() if upper else c.lower()
        return new if len(new) == 1 else c

    return "".join(map(one, value))


def _homoglyph(word: str, _: int) -> str:
    for k, c in enumerate(word):
        if c in _HOMOGLYPHS:
            return word[:k] + _HOMOGLYPHS[c] + word[k + 1 :]
    return word


VARIANTS: dict[str, Callable[[Sample], Sample]] = {
    "nfd": _nfd,
    "nbsp": lambda s: _rebuilt(s, _nbsp),
    "fullwidth": lambda s: _rebuilt(s, _fullwidth),
    "bidi": lambda s: _rebuilt(s, _bidi),
    "joiners": lambda s: _rebuilt(s, _joiners),
    "homoglyphs": lambda s: _rebuilt(s, lambda v, i: _each_word(v, _homoglyph, i)),
    "hyphens": lambda s: _rebuilt(s, lambda v, _: v.replace("-", "\u2011")),
    "styled": lambda s: _rebuilt(s, _styled),
    "upper": lambda s: _rebuilt(s, lambda v, _: _cased(v, True)),
    "lower": lambda s: _rebuilt(s, lambda v, _: _cased(v, False)),
}


def _sets(scale: float) -> dict[str, list[Sample]]:
    from bench.sanitizer_dev19 import dev19_set
    from bench.sanitizer_dev20 import dev20_set
    from bench.sanitizer_halves import held_half, tuned_half

    return {
        "tuned": tuned_half(scale),
        "held-back": held_half(scale),
        "dev19": dev19_set(scale),
        "dev20": dev20_set(scale),
    }


def _leaks(samples: list[Sample], found: list) -> tuple[float, float]:
    rows = score(samples, found).rows
    n = sum(r.n for r in rows.values())
    leaked = sum(r.leaked for r in rows.values())
    names = rows.get("PERSON")
    return leaked / max(n, 1), (names.leaked / max(names.n, 1)) if names else 0.0


def main() -> None:
    from sanitizers import Sanitizer, SanitizerConfig

    logging.basicConfig(level=logging.WARNING)
    scale = float(sys.argv[1]) if len(sys.argv) > 1 else 0.5
    sets = _sets(scale)
    with Sanitizer(SanitizerConfig(processes=2)) as ours:

        def found(samples: list[Sample]) -> list:
            results = ours.sanitize_texts([s.text for s in samples])
            return [[(e.type, e.start, e.end) for e in r.entities] for r in results]

        print(f"{'set':10} {'variant':11} {'leak':>7} {'names':>7} {'x base':>7}")
        for name, samples in sets.items():
            base, base_names = _leaks(samples, found(samples))
            print(f"{name:10} {'as written':11} {base:7.2%} {base_names:7.2%} {1:7.2f}")
            for variant, change in VARIANTS.items():
                changed = [change(s) for s in samples]
                leak, names = _leaks(changed, found(changed))
                print(f"{name:10} {variant:11} {leak:7.2%} {names:7.2%} {leak / base:7.2f}")


if __name__ == "__main__":
    main()
