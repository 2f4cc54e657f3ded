"""Pattern recognizers built from the YAML registry (registry.yaml).

A `DataRecognizer` is a Presidio `PatternRecognizer` whose behaviour is all data: regexes,
the capture group to report, a validator name, context words (optional or required) and
deny-context words looked up in a window of characters before the match, and a prefilter
of literal substrings that lets most texts skip the regexes entirely.
"""

from __future__ import annotations

import functools
import re
from importlib import resources
from typing import Any

import yaml
from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult

from sanitizers.escapes import escaped_view
from sanitizers.tries import compiled
from sanitizers.validators import VALIDATORS

_DIGIT = compiled(r"\d")

#: A finding: (start, end, entity type, score), offsets in the analysed string.
Finding = tuple[int, int, str, float]


def _words_regex(words: list[str]) -> re.Pattern[str] | None:
    if not words:
        return None
    alternatives = "|".join(re.escape(w.lower()) for w in sorted(words, key=len, reverse=True))
    return compiled(rf"(?<![a-z])(?:{alternatives})")


class DataRecognizer(PatternRecognizer):
    """One registry entry: regexes + validator + context rules, reported as one entity."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self.entity: str = spec["entity"]
        score = float(spec.get("score", 0.9))
        flags = re.IGNORECASE if spec.get("ignorecase") else 0
        self.regexes = [compiled(p, flags) for p in spec["patterns"]]
        self.group: int = int(spec.get("group", 0))
        name = spec.get("validator")
        if name is not None and name not in VALIDATORS:
            raise ValueError(f"registry entry {spec['name']!r}: unknown validator {name!r}")
        self.validator = VALIDATORS.get(name) if name else None
        self.context_re = _words_regex(spec.get("context", []))
        self.context_required: bool = bool(spec.get("context_required", False))
        self.deny_context = _words_regex(spec.get("deny_context", []))
        self.window: int = int(spec.get("window", 48))
        self.deny_window: int = int(spec.get("deny_window", self.window))
        self.multiline: bool = bool(spec.get("multiline", False))
        # (a whole-text entry whose context word stays in its sentence, as a line's would)
        self.sentences: bool = bool(spec.get("sentences", False))
        # a second value right after an accepted one needs no context word of its own
        # ("two passports: 624483588 and L52580403")
        self.chain: bool = bool(spec.get("chain", False))
        self.prefilter: list[str] = [p.lower() for p in spec.get("prefilter", [])]
        if self.context_required and not self.prefilter:  # no context word, no match
            self.prefilter = [w.lower() for w in spec.get("context", [])]
        # one search for any of the prefilter's substrings (a trie: one pass over the text)
        self._prefilter = (
            compiled("|".join(re.escape(p) for p in sorted(set(self.prefilter), key=len)[::-1]))
            if self.prefilter
            else None
        )
        self.requires_digit: bool = bool(spec.get("requires_digit", False))
        deny = spec.get("deny_pattern")
        self.deny_pattern = compiled(deny) if deny else None
        self.shrink: bool = bool(spec.get("shrink", False))
        self.score = score
        super().__init__(
            supported_entity=self.entity,
            name=spec["name"],
            patterns=[Pattern(spec["name"], p, score) for p in spec["patterns"]],
            context=spec.get("context") or None,
            supported_language="en",
        )

    def find(self, text: str, lowered: str | None = None, digits: bool = True) -> list[Finding]:
        """All accepted matches in `text` (`lowered` = text.lower(), if already computed;
        `digits` = whether text has a digit)."""
        if self.requires_digit and not digits:
            return []
        if self.prefilter or self.context_required or self.deny_context:
            lowered = lower_same_length(text) if lowered is None else lowered
        if self._prefilter is not None and self._prefilter.search(lowered) is None:
            return []
        out: list[Finding] = []
        for regex in self.regexes:
            for m in regex.finditer(text):
                start, end = m.span(self.group)
                if start < 0 or end <= start:
                    continue
                if self.validator is not None and not self.validator(text[start:end]):
                    end = self._shrunk(text, start, end)
                    if end < 0:
                        continue
                score = self.score
                if self.deny_pattern is not None and self.deny_pattern.search(
                    text, max(0, start - self.window), start
                ):
                    continue
                if self.context_re is not None or self.deny_context is not None:
                    before = lowered[max(0, m.start() - self.window) : m.start()]
                    before = before[before.rfind("\n\n") + 1 :]  # no context across a blank line
                    if self.sentences:
                        before = before[_sentence_start(text, m.start() - len(before), m.start()) :]
                    near = before[-self.deny_window :]
                    if self.sentences:  # a deny word stays on its line ("on the account?\n…")
                        near = near[near.rfind("\n") + 1 :]
                    if self.deny_context is not None and self.deny_context.search(near):
                        continue
                    if self.context_re is not None:
                        if self.context_re.search(before):
                            score = min(1.0, score + 0.2)
                        elif self.context_required and not (
                            self.chain and out and 0 <= m.start() - out[-1][1] <= self.window
                        ):
                            continue  # no context word, and no value of its kind just before
                out.append((start, end, self.entity, score))
        return out

    def _shrunk(self, text: str, start: int, end: int) -> int:
        """With `shrink`: the end of the longest prefix of the match, cut before a space or
        dash, that the validator accepts (greedy groupings like "DE89 3704 ... 00 EUR");
        else -1."""
        if not self.shrink or self.validator is None:
            return -1
        for cut in range(end - 1, start, -1):
            if text[cut] in " -" and text[cut - 1] not in " -" and self.validator(text[start:cut]):
                return cut
        return -1

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: Any = None, regex_flags: Any = None
    ) -> list[RecognizerResult]:
        """Presidio interface: the same findings as RecognizerResults."""
        if self.entity not in entities:
            return []
        return [RecognizerResult(t, s, e, sc) for s, e, t, sc in self.find(text)]


@functools.cache
def _registry_data() -> dict[str, Any]:
    raw = resources.files("sanitizers").joinpath("registry.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(raw)


def registry_fragment(name: str) -> str:
    """A fragment of registry.yaml, for the code that needs the same words as a pattern."""
    return _registry_data()["fragments"][name]


@functools.cache
def load_registry() -> tuple[DataRecognizer, ...]:
    """The packaged recognizers (registry.yaml), compiled once per process."""
    data = _registry_data()
    fragments: dict[str, str] = data.get("fragments") or {}
    return tuple(
        DataRecognizer({**spec, "patterns": [_expanded(p, fragments) for p in spec["patterns"]]})
        for spec in data["recognizers"]
    )


_FRAGMENT = re.compile(r"\{\{(\w+)\}\}")


def _expanded(pattern: str, fragments: dict[str, str], depth: int = 2) -> str:
    """`pattern` with its {{name}} fragments written out (a fragment may use another)."""

    def fragment(m: re.Match[str]) -> str:
        if m.group(1) not in fragments:
            raise ValueError(f"registry pattern uses an unknown fragment {{{{{m.group(1)}}}}}")
        return fragments[m.group(1)]

    for _ in range(depth):
        pattern = _FRAGMENT.sub(fragment, pattern)
    if _FRAGMENT.search(pattern):
        raise ValueError(f"registry fragments nest deeper than {depth}: {pattern[:60]}")
    return pattern


# (after a word of four letters or more, or a number: "No. HP", "Tel. Mr Ali" go on)
_SENTENCE_END = compiled(r"(?:(?<=[^\W\d_]{4})|(?<=\d))[.!?][ \t]+(?=[A-ZÀ-ÖØ-ÞА-ЯЁ])|[。！？]")


def _sentence_start(text: str, start: int, end: int) -> int:
    """The offset, from `start`, of the last sentence's start in text[start:end] (0: none)."""
    last = 0
    for m in _SENTENCE_END.finditer(text, start, end):
        last = m.end() - start
    return last


def lower_same_length(text: str) -> str:
    """text.lower() with the offsets of `text`: characters whose lowercase form is longer
    ("İ" -> "i̇") stay as they are."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def find_all(
    text: str, recognizers: list[DataRecognizer], entities: frozenset[str]
) -> list[Finding]:
    """Run the recognizers for `entities` over `text` (escape sequences blanked)."""
    text = escaped_view(text)
    lowered = lower_same_length(text)
    digits = _DIGIT.search(text) is not None
    out: list[Finding] = []
    for rec in recognizers:
        if rec.entity in entities:
            out.extend(rec.find(text, lowered, digits))
    return out
