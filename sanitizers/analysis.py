"""Finding entities: per-unit analysis (cacheable); whole-text analysis is in whole.py.

A text is cut into units: the sentences of its lines (units.py), cut again at whitespace
when longer than the piece limit (so no piece handed to spaCy exceeds max_length). Units
carry their offset, so a finding in a unit maps back to the exact input offset.

Per unit, `Analyzer` runs the line-local pattern recognizers and spaCy NER (plus the
name-shape rule that uses NER's other entities as vetoes). That result depends on the
unit's string alone, so the engine caches it by string: repeated system prompts,
documents and boilerplate sentences are analysed once. Recognizers that must see across
lines (PEM key blocks, sign-offs like "Regards,\\nJohn") run over the whole text instead
(`whole.WholeTextAnalyzer`, no model needed, cheap).
"""

from __future__ import annotations

from sanitizers.census import census_pairs
from sanitizers.config import SPACY_LABELS, SanitizerConfig
from sanitizers.escapes import escaped_view
from sanitizers.first_names import name_nouns
from sanitizers.foreign_ner import foreign_spans
from sanitizers.given import given_names
from sanitizers.lexicon import DETERMINERS, UNCASED_SCRIPTS, nouns_only, organization_word
from sanitizers.lone import NER_SCORE, lone_names, noun_capitalizing
from sanitizers.names import (
    COMMON_WORDS,
    dictionary,
    listed,
    names_data,
    participle,
    verb_forms,
)
from sanitizers.nlp import OfflineSpacyNlpEngine, model_path
from sanitizers.person import name_shapes, split_joined, trim_person
from sanitizers.prose_logins import prose_logins
from sanitizers.recognizers import Finding, find_all, load_registry
from sanitizers.technical import Technical, log_view, personal_view, single_token
from sanitizers.transliterated import LETTERS as GREEK_OR_CYRILLIC
from sanitizers.tries import compiled
from sanitizers.truecase import (
    caps_variant,
    foreign_prose,
    inflected,
    mostly_foreign,
    trim_english,
    truecase_variant,
    written_capital,
)
from sanitizers.units import DEFAULT_PIECE, needs_person_ner

# NER "PERSON" spans with these characters are code, paths or numbers, not names.
# scripts the English model cannot read (names there: native_names, abjad, indic, georgian):
# also Lao, Myanmar, Georgian, Ethiopic and Khmer
_UNCASED = compiled(f"[{UNCASED_SCRIPTS}\u0e00-\u0eff\u1000-\u10ff\u1200-\u137f\u1780-\u17ff]")
_GREEK_CYRILLIC = compiled(f"[{GREEK_OR_CYRILLIC}]")
_NOT_A_NAME = compiled(
    r"[_=/\\{}\[\]()<>@#$%^&*|~;:\"\d]|(?<!\bM)(?<!\bMa)(?<!\bD)(?<!\bL)[a-z][A-Z]"
)
# a word after an article or possessive is a role or a thing ("to the Buyer", "our Lead")
_DETERMINER = compiled(rf"(?<![\w'’-])(?i:{'|'.join(sorted(DETERMINERS))})[ ]+$")


class Analyzer:
    """Per-unit analysis: line-local patterns + spaCy NER. Loads the model on first use."""

    def __init__(self, config: SanitizerConfig) -> None:
        self.config = config
        self.entities = config.active_entities
        self.local = [r for r in load_registry() if not r.multiline and r.entity in self.entities]
        self.ner_types = self.entities & set(SPACY_LABELS.values())
        self.words = dictionary(str(model_path(config.model)))
        self.stop = COMMON_WORDS | verb_forms(str(model_path(config.model)))
        self.not_names = frozenset(names_data()["not_names"] + names_data()["ner_not_names"])
        self.technical = Technical(names_data()["technical_words"])
        self.nouns = name_nouns(str(model_path(config.model)))
        self.only_nouns = nouns_only(str(model_path(config.model)))  # surnames among them
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
        caps_runs: dict[int, list[tuple[int, int]]] = {}
        if not self.ner_types or not units:
            return results
        # (text, (tag, text, technical verdict if already judged)) for nlp.pipe
        inputs: list[tuple[str, tuple[int, str, bool | None]]] = []
        foreign: set[int] = set()  # units in another language: NER's lone words are noise
        person_only = self.ner_types == {"PERSON"}
        for i, unit in enumerate(units):
            written = escaped_view(unit)
            view = log_view(written)  # (a logged prompt's envelope blanked)
            variant = caps = None
            if mostly_foreign(view, self.words):
                foreign.add(i)  # another language: names there are found by cues, not NER
            if "PERSON" in self.ner_types:
                technical = self.technical(view)
                # a listed first name is a person's beside a phone number or an IBAN, and
                # in a sentence that speaks of software without code, unless a product's
                # (results[i] holds the unit's pattern findings only, so far)
                personal = personal_view(view, results[i]) if technical else view
                marked = technical and self.technical.marked(personal, view)
                worded = technical and self.technical.worded(personal)
                found = given_names(
                    view,
                    self.words,
                    COMMON_WORDS,
                    marked,
                    i in foreign,
                    self.nouns,
                    worded,
                    self.only_nouns,
                )
                results[i].extend(found)
                # (logins on the line as written: a log's prefix may hold one, "user ana.lima92")
                results[i].extend(prose_logins(written, self.words, self.technical, self.nouns))
                if i not in foreign:  # a line with some capitals: only unknown words
                    lexicon = self.words if view.lower() != view else COMMON_WORDS
                    variant = truecase_variant(view, lexicon)
                if variant is not None and technical:  # prose: NER judges every word
                    variant = truecase_variant(view, self.words)
                if variant is None and i not in foreign and not technical:
                    caps = caps_variant(view, self.words)  # "JOSUÉ HEREDIA points out"
                    if caps is not None:
                        caps_runs[i] = caps[1]
            if caps is not None:  # judged besides the line as written, as if written so
                # (its findings go to a unit of their own, n + i, kept where they meet a name
                # it wrote in Title case)
                inputs.append((caps[0], (len(units) + i, caps[0], None)))
            if variant is None and person_only and not needs_person_ner(view, self.words):
                continue  # nothing NER could call a person: skip the model
            text = variant or view  # the view's verdict holds; a variant is judged anew
            known = technical if variant is None and "PERSON" in self.ner_types else None
            inputs.append((text, (-1 - i if variant else i, text, known)))
        batch = self.config.batch_size
        person = "PERSON" in self.ner_types
        nlp = self.engine.nlp["en"]  # straight nlp.pipe: Presidio's artifacts cost ~8%
        results.extend([] for _ in units)  # the capitals' variants' findings (above)
        for doc, (tag, text, known) in nlp.pipe(inputs, batch_size=batch, as_tuples=True):
            i = max(tag, -1 - tag)  # negative: a truecased variant (doc.text rebuilds the text)
            technical = self.technical(text) if known is None else known
            stop = self.stop if tag < 0 else COMMON_WORDS  # a variant: "Maria Pires Told"
            places: list[tuple[int, int]] = []
            others: list[tuple[int, int]] = []
            weak: set[tuple[int, int]] = set()  # labels NER gives names in prose too
            for ent in doc.ents:
                start, end = ent.start_char, ent.end_char
                label = SPACY_LABELS.get(ent.label_, ent.label_)
                if ent.label_ in ("ORG", "FAC") and not technical:
                    weak.add((start, end))
                if label != "PERSON":
                    others.append((start, end))
                    if label != "ORGANIZATION":
                        places.append((start, end))
                elif _NOT_A_NAME.search(ent.text) or _shouting(ent.text, self.words):
                    continue
                elif tag < 0 and ent.text.islower():
                    continue  # dictionary words only, in a truecased line: "road trip"
                elif _UNCASED.search(ent.text):
                    continue  # the English model reads no CJK, Arabic, Hebrew, Indic, Thai...
                elif _GREEK_CYRILLIC.search(ent.text) and any(
                    w.islower() for w in ent.text.split()
                ):
                    continue  # nor Greek or Cyrillic: "πάρε τηλέφωνο", "Служебная записка"
                else:
                    ner_start = start
                    start, end = trim_person(text, start, end, self.words, stop)
                    if tag < 0:  # "my supervisor is Josh Harris": not the verb "josh"
                        start = written_capital(units[i], ner_start, start)
                    pieces = [(start, end)]
                    if i in foreign:
                        pieces = foreign_spans(text, start, end, self.words)
                    cut = pieces != [(start, end)]  # "Carmen al médico porque": "Carmen"
                    for start, end in pieces:
                        if tag < 0:  # a truecased line: English words at its edges are no name
                            start, end = trim_english(text, start, end, self.words, self.stop)
                        if _company(text[start:end]):
                            continue  # "Aurora Biotech", "Meridian Freight"
                        if "PERSON" in self.ner_types:
                            lone = technical or (i in foreign and not cut)  # lone words: noise
                            lone = lone or noun_capitalizing(text, self.words, i in foreign)
                            results[i].extend(
                                self._people(text, start, end, label, tag < 0, stop, lone)
                            )
                    continue
                if label in self.ner_types:
                    results[i].append((start, end, label, NER_SCORE))
            if person:
                shapes = name_shapes(text, self.words, places, others, stop, frozenset(weak))
                if tag < 0:  # "Roomate Rose Keeps Eating": "Roomate Rose"
                    shapes = [
                        (*trim_english(text, a, b, self.words, self.stop), *f)
                        for a, b, *f in shapes
                    ]
                results[i].extend(shapes)
                if tag >= 0:
                    foreign_text = foreign_prose(text, self.words)
                    results[i].extend(
                        lone_names(text, self.words, doc.ents, technical, foreign_text)
                    )
                    results[i].extend(census_pairs(text, doc.ents, technical))
        for i, runs in caps_runs.items():
            results[i].extend(f for f in results[len(units) + i] if _meets(f, runs))
        return results[: len(units)]

    def _people(
        self,
        text: str,
        start: int,
        end: int,
        label: str,
        variant: bool,
        stop: frozenset[str],
        no_lone: bool,
    ) -> list[Finding]:
        """NER's person span text[start:end] cut at inner joining words, less the one-word
        pieces that are no names: a verb in a truecased line (`variant`: "I Will Mark it"),
        a non-name word, a participle, a word after a determiner, and any one word where
        `no_lone` (a technical sentence, a line of another language)."""
        out: list[Finding] = []
        for a, b in split_joined(text, start, end):
            word = text[a:b]
            low = word.lower()  # a verb: "I Will Mark it", "Tracking Says"
            verb = variant and (low in stop or inflected(low, self.stop))
            if single_token(word) and (
                verb
                or (low in self.not_names and not listed(word))  # "Grüßen"
                or no_lone
                or participle(word, self.words)
                or _DETERMINER.search(text, max(0, a - 8), a) is not None
            ):
                continue  # "Stack: Polars, Helm", "Created:", "the Buyer"
            out.append((a, b, label, NER_SCORE))
        return out


def _meets(finding: Finding, runs: list[tuple[int, int]]) -> bool:
    return any(finding[0] < b and a < finding[1] for a, b in runs)


def _company(name: str) -> bool:
    """Two or more words ending in an organization word ("Cascade Water")."""
    parts = name.split()
    return len(parts) > 1 and organization_word(parts[-1])


def _shouting(text: str, words: frozenset[str]) -> bool:
    """All-caps English words ("A REAL PERSON"), not a name."""
    return text.isupper() and all(w.lower() in words for w in text.split())


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
