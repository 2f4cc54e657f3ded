"""Sanitizer settings: which entity types are removed, how, and with which model."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

#: Secrets: always worth removing; each one is its own type so it can be turned off.
SECRET_ENTITIES = frozenset(
    {
        "AWS_KEY",
        "GITHUB_TOKEN",
        "SLACK_TOKEN",
        "STRIPE_KEY",
        "API_KEY",
        "JWT",
        "PRIVATE_KEY",
        "PASSWORD",
        "BEARER_TOKEN",
        "SECRET",
    }
)

#: Removed by default (the data usage policy's personal data plus secrets).
DEFAULT_ENTITIES = frozenset(
    {
        "PERSON",
        "EMAIL_ADDRESS",
        "PHONE_NUMBER",
        "CREDIT_CARD",
        "IBAN_CODE",
        "US_SSN",
        "IP_ADDRESS",
        "STREET_ADDRESS",
        "DRIVER_LICENSE",
        "PASSPORT",
        "US_ITIN",
        "MAC_ADDRESS",
        "CRYPTO",
        "DATE_OF_BIRTH",
    }
    | SECRET_ENTITIES
)

#: Recognized but kept unless asked for: not personal on their own, training needs them.
OPTIONAL_ENTITIES = frozenset({"DATE_TIME", "ORGANIZATION", "LOCATION", "NRP"})

ALL_ENTITIES = DEFAULT_ENTITIES | OPTIONAL_ENTITIES

#: spaCy NER labels -> our entity types (labels not listed are ignored).
SPACY_LABELS = {
    "PERSON": "PERSON",
    "ORG": "ORGANIZATION",
    "GPE": "LOCATION",
    "LOC": "LOCATION",
    "FAC": "LOCATION",
    "NORP": "NRP",
    "DATE": "DATE_TIME",
    "TIME": "DATE_TIME",
}


def default_model() -> str:
    """The spaCy model name or path: env `LAKESWEEP_SPACY_MODEL`, else en_core_web_sm."""
    return os.environ.get("LAKESWEEP_SPACY_MODEL") or "en_core_web_sm"


@dataclass(frozen=True)
class SanitizerConfig:
    """What to remove and how.

    model: spaCy pipeline name or path (en_core_web_sm, en_core_web_lg, a transformer...).
    entities: types to remove; None means DEFAULT_ENTITIES.
    mode: "placeholder" (<PERSON_1>) or "hash" (<PERSON_3f9a1c2b>, HMAC-SHA256 under hash_key).
    processes: worker processes for NER (1 = in this process; > 1 uses "spawn", so a
        script that sets it needs the usual `if __name__ == "__main__":` guard).
    cache_size: sentences whose findings are remembered (in the calling process).
    max_length: longest piece handed to spaCy at once (None = 10,000 chars; must not exceed
        the model's own max_length).
    batch_size: units per nlp.pipe batch.
    """

    model: str = field(default_factory=default_model)
    entities: frozenset[str] | None = None
    mode: str = "placeholder"
    hash_key: bytes | None = None
    processes: int = 1
    cache_size: int = 100_000
    max_length: int | None = None
    batch_size: int = 64

    def __post_init__(self) -> None:
        if self.mode not in ("placeholder", "hash"):
            raise ValueError(
                f"SanitizerConfig.mode must be 'placeholder' or 'hash', not {self.mode!r}"
            )
        if self.mode == "hash" and not self.hash_key:
            raise ValueError(
                "SanitizerConfig(mode='hash') needs hash_key (bytes): pass a secret key"
            )
        if self.processes < 1:
            raise ValueError(f"SanitizerConfig.processes must be >= 1, not {self.processes}")
        unknown = set(self.entities or ()) - ALL_ENTITIES
        if unknown:
            raise ValueError(
                f"unknown entity types {sorted(unknown)}; known: {sorted(ALL_ENTITIES)}"
            )

    @property
    def active_entities(self) -> frozenset[str]:
        """The entity types this configuration removes."""
        return DEFAULT_ENTITIES if self.entities is None else frozenset(self.entities)
