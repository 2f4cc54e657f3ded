"""Finding entities: per-line analysis (cacheable) and whole-text analysis.

A text is cut into units: its lines, with lines longer than the piece limit cut again at
whitespace (so no piece handed to spaCy exceeds max_length). Units carry their offset, so a
finding in a unit maps back to the exact input offset. Per unit, `Analyzer` runs the
line-local pattern recognizers and spaCy NER; that result depends on the unit's string
alone, so the engine caches it by string and repeated system prompts, documents and
boilerplate lines are analysed once. Recognizers that must see across lines (PEM key
blocks, sign-offs like "Regards,\\nJohn") run over the whole text instead.
"""

from __future__ import annotations

import logging
import re

from sanitizers.config import SPACY_LABELS, SanitizerConfig
from sanitizers.names import NameCues, dictionary, trim_person, truecase_variant
from sanitizers.nlp import OfflineSpacyNlpEngine, model_path
from sanitizers.recognizers import Finding, escaped_view, find_all, load_registry

log = logging.getLogger(__name__)

DEFAULT_PIECE = 10_000
# NER "PERSON" spans with these characters are code, paths or numbers, not names.
_NOT_A_NAME = re.compile(r"[_=/\\{}\[\]()<>@#$%^&*|~\d]")
NER_SCORE = 0.85


def split_units(text: str, limit: int = DEFAULT_PIECE) -> list[tuple[int, str]]:
    """(offset, unit) for each non-blank line of text; long lines cut at whitespace."""
    units: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        start = pos
        pos += len(line) + 1
        if not line.strip():
            continue
        while len(line) > limit:
            cut = max(line.rfind(" ", limit // 2, limit), line.rfind("\t", limit // 2, limit))
            cut = cut if cut > 0 else limit
            units.append((start, line[:cut]))
            start += cut
            line = line[cut:]
        units.append((start, line))
    return units


class WholeTextAnalyzer:
    """Recognizers that run over a whole text (multi-line patterns, name cues). No model."""

    def __init__(self, config: SanitizerConfig) -> None:
        entities = config.active_entities
        self.recognizers = [r for r in load_registry() if r.multiline and r.entity in entities]
        self.words = dictionary(str(model_path(config.model)))
        self.cues = NameCues(self.words) if "PERSON" in entities else None

    def find(self, text: str) -> list[Finding]:
        found = find_all(text, self.recognizers, frozenset(r.entity for r in self.recognizers))
        if self.cues is not None:
            found.extend(self.cues.find(escaped_view(text)))
        return found


class Analyzer:
    """Per-unit analysis: line-local patterns + spaCy NER. Loads the model on first use."""

    def __init__(self, config: SanitizerConfig) -> None:
        self.config = config
        self.entities = config.active_entities
        self.local = [r for r in load_registry() if not r.multiline and r.entity in self.entities]
        self.ner_types = self.entities & set(SPACY_LABELS.values())
        self.words = dictionary(str(model_path(config.model)))
        self._engine: OfflineSpacyNlpEngine | None = None

    @property
    def engine(self) -> OfflineSpacyNlpEngine:
        if self._engine is None:
            engine = OfflineSpacyNlpEngine(self.config.model)
            engine.load()
            limit = self.config.max_length or DEFAULT_PIECE
            if limit > engine.nlp["en"].max_length:
                raise ValueError(
                    f"SanitizerConfig.max_length={limit} exceeds the model's max_length "
                    f"{engine.nlp['en'].max_length}; pass a smaller max_length"
                )
            self._engine = engine
        return self._engine

    def analyze_units(self, units: list[str]) -> list[list[Finding]]:
        """Findings per unit, offsets within the unit."""
        results = [find_all(u, self.local, self.entities) for u in units]
        if not self.ner_types or not units:
            return results
        inputs: list[tuple[str, int]] = []
        for i, unit in enumerate(units):
            view = escaped_view(unit)
            variant = truecase_variant(view, self.words) if "PERSON" in self.ner_types else None
            inputs.append((variant or view, i))
        batch = self.config.batch_size
        for text, artifacts, i in self.engine.process_batch(
            inputs, "en", batch_size=batch, as_tuples=True
        ):
            for ent in artifacts.entities:
                start, end, label = ent.start_char, ent.end_char, ent.label_
                if label not in self.ner_types:
                    continue
                if label == "PERSON":
                    if _NOT_A_NAME.search(ent.text):
                        continue
                    start, end = trim_person(text, start, end, self.words)
                results[i].append((start, end, label, NER_SCORE))
        return results


def resolve(findings: list[Finding]) -> list[Finding]:
    """Deterministic overlap resolution: overlapping findings merge into their union, typed
    by the member with the highest (score, length, type name)."""
    out: list[Finding] = []
    best: Finding | None = None
    end = -1
    start = 0
    for f in sorted(findings, key=lambda f: (f[0], -f[1], f[2])):
        if best is not None and f[0] < end:
            end = max(end, f[1])
            if (f[3], f[1] - f[0], f[2]) > (best[3], best[1] - best[0], best[2]):
                best = f
            continue
        if best is not None:
            out.append((start, end, best[2], best[3]))
        best, start, end = f, f[0], f[1]
    if best is not None:
        out.append((start, end, best[2], best[3]))
    return out
