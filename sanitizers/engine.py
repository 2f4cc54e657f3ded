"""The Sanitizer: many texts or records in, sanitized texts and findings out.

Flow for one call:
1. cut every text into units (sentences of lines, see units.py);
2. look each distinct unit up in the findings cache and analyse the missing ones in one
   batch (nlp.pipe; in worker processes when `processes` > 1);
3. add whole-text findings (multi-line patterns, name cues);
4. spread found names to their other occurrences in the same record;
5. resolve overlaps deterministically and replace (anonymize.py).
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field

from sanitizers.analysis import Analyzer, resolve
from sanitizers.anonymize import RecordPseudonyms, Replacer
from sanitizers.complete import complete_names
from sanitizers.config import SanitizerConfig
from sanitizers.derived_logins import derived_logins
from sanitizers.escapes import Spans, decoded, to_original
from sanitizers.handles import email_name_parts
from sanitizers.line_breaks import cut_at_breaks
from sanitizers.lists import coordinate
from sanitizers.lone import guessed_word
from sanitizers.passes import record_passes, text_passes
from sanitizers.person import propagate
from sanitizers.pool import WorkerPool
from sanitizers.recognizers import Finding
from sanitizers.tables import versions_kept
from sanitizers.technical import personal_view
from sanitizers.units import DEFAULT_PIECE, split_units
from sanitizers.visible import plain
from sanitizers.whole import WholeTextAnalyzer

Record = dict[str, str | list[str | None] | None]


@dataclass(frozen=True, slots=True)
class Read:
    """A text as the rules read it, its map back to the input, its findings (read offsets)."""

    text: str
    spans: Spans | None
    found: list[Finding]


@dataclass(frozen=True, slots=True)
class Entity:
    type: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class TextResult:
    text: str
    entities: list[Entity]


@dataclass(frozen=True, slots=True)
class RecordResult:
    fields: dict[str, str | list[str | None] | None]
    entity_counts: dict[str, int] = field(default_factory=dict)


class Sanitizer:
    """Removes personal data and secrets. Thread-unsafe; one per process or flow task."""

    def __init__(self, config: SanitizerConfig | None = None) -> None:
        self.config = config or SanitizerConfig()
        self.limit = self.config.max_length or DEFAULT_PIECE
        self._local: Analyzer | None = None
        self._pool: WorkerPool | None = None
        self._whole: WholeTextAnalyzer | None = None
        self._replacer = Replacer()
        self._cache: OrderedDict[str, list[Finding]] = OrderedDict()

    def _analyze_missing(self, units: list[str]) -> list[list[Finding]]:
        if self.config.processes > 1 and len(units) > 1:
            if self._pool is None:
                self._pool = WorkerPool(self.config)
            return self._pool.analyze_units(units)
        if self._local is None:
            self._local = Analyzer(self.config)
        return self._local.analyze_units(units)

    def _lookup(self, keys: list[str]) -> dict[str, list[Finding]]:
        """Findings for each distinct unit/text key, from the cache or freshly analysed."""
        cache = self._cache
        found: dict[str, list[Finding]] = {}
        missing: list[str] = []
        for key in keys:
            if key in found:
                continue
            hit = cache.get(key)
            if hit is None:
                missing.append(key)
                found[key] = []
            else:
                cache.move_to_end(key)
                found[key] = hit
        if missing:
            for key, result in zip(missing, self._analyze_missing(missing), strict=True):
                found[key] = result
                cache[key] = result
            while len(cache) > self.config.cache_size:
                cache.popitem(last=False)
        return found

    def _findings(self, texts: list[str]) -> list[Read]:
        """Each text as a reader sees it (JSON `\\uXXXX` escapes decoded, visible.py), its
        map back to the input, and its unresolved findings in the read text's offsets."""
        views = [decoded(t) for t in texts]
        read = [plain(v) for v, _ in views]
        found = self._decoded_findings(read)
        return [Read(r, spans, f) for r, (_, spans), f in zip(read, views, found, strict=True)]

    def _decoded_findings(self, texts: list[str]) -> list[list[Finding]]:
        if self._whole is None:
            self._whole = WholeTextAnalyzer(self.config)
        splits = [split_units(t, self.limit) for t in texts]
        table = self._lookup([u for units in splits for _, u in units])
        out: list[list[Finding]] = []
        for text, units in zip(texts, splits, strict=True):
            found = self._whole.find(text)
            for offset, unit in units:
                found.extend((s + offset, e + offset, t, sc) for s, e, t, sc in table[unit])
            found = versions_kept(text, found)
            text_passes(text, found, self.config.active_entities, self._whole.words)
            keys = self._whole.fields.keys_named(text, found)  # "Arzt: Dr. Weber"
            found = [f for f in found if f not in keys] if keys else found
            lone = [f for f in found if guessed_word(text, f)]
            if lone:  # judged with the text's personal values blanked
                view = personal_view(text, found)
                if self._whole.technical.document([view[o : o + len(u)] for o, u in units]):
                    found = [f for f in found if f not in lone]
            out.append(cut_at_breaks(text, found, self._whole.words))
        return out

    def _finish(self, texts: list[str], reads: list[Read]) -> list[TextResult]:
        """Propagate names and resolve in the read texts of ONE record, then replace in the
        input texts (findings mapped back)."""
        assert self._whole is not None
        words = self._whole.words
        views = [r.text for r in reads]
        found = [r.found for r in reads]
        if "PERSON" in self.config.active_entities:
            for text, f in zip(views, found, strict=True):
                coordinate(text, f, words, self._whole.technical)
                complete_names(text, f, words, self._whole.only_nouns)
        person = "PERSON" in self.config.active_entities
        common = self._whole.common
        extra = email_name_parts(views, found, words, common) if person else set()
        if person:
            derived_logins(views, found, words)
        propagate(views, found, words, extra)
        record_passes(views, found, self.config.active_entities, self._whole.words)
        names = RecordPseudonyms(self.config.mode, self.config.hash_key)
        results = []
        for text, read, f in zip(texts, reads, found, strict=True):
            spans = resolve(f)
            if read.spans is not None:
                spans = [(*to_original(read.spans, a, b), t, sc) for a, b, t, sc in spans]
            results.append(
                TextResult(
                    self._replacer.apply(text, spans, names),
                    [Entity(t, s, e) for s, e, t, _ in spans],
                )
            )
        return results

    def sanitize_texts(self, texts: list[str]) -> list[TextResult]:
        """Sanitize independent texts (each is its own record for placeholders)."""
        reads = self._findings(texts)
        return [self._finish([t], [r])[0] for t, r in zip(texts, reads, strict=True)]

    def sanitize_records(self, records: list[Record]) -> list[RecordResult]:
        """Sanitize records ({field: str | list[str] | None}); placeholders per record.
        None stays None, also inside lists; lists keep their length."""
        per_record = [
            [t for v in rec.values() for t in ([v] if isinstance(v, str) else v or []) if t]
            for rec in records
        ]
        reads = iter(self._findings([t for texts in per_record for t in texts]))
        results: list[RecordResult] = []
        for rec, texts in zip(records, per_record, strict=True):
            done = iter(self._finish(texts, [next(reads) for _ in texts]))
            counts: dict[str, int] = {}

            def clean(text: str | None) -> str | None:
                if not text:
                    return text
                part = next(done)  # noqa: B023
                for ent in part.entities:
                    counts[ent.type] = counts.get(ent.type, 0) + 1  # noqa: B023
                return part.text

            fields: dict[str, str | list[str | None] | None] = {
                key: clean(value)
                if value is None or isinstance(value, str)
                else [clean(v) for v in value]
                for key, value in rec.items()
            }
            results.append(RecordResult(fields, counts))
        return results

    def close(self) -> None:
        """Stop worker processes (if any)."""
        if self._pool is not None:
            self._pool.close()
            self._pool = None

    def __enter__(self) -> Sanitizer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
