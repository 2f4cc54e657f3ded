"""Removes personal information and secrets from texts, offline (Presidio + spaCy NER).

Design (see analysis.py and engine.py): pattern recognizers are data (registry.yaml,
names.yaml); texts are cut into lines so that spaCy NER and line-local patterns run once per
distinct line (cached), while multi-line patterns run over the whole text.
"""

import os

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")  # presidio probes transformers
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from sanitizers.config import SanitizerConfig  # noqa: E402
from sanitizers.engine import Entity, RecordResult, Sanitizer, TextResult  # noqa: E402

#: Bump whenever the output for the same input may change (patterns, model handling, format).
SANITIZER_VERSION = "1.33.0"

__all__ = [
    "SANITIZER_VERSION",
    "Entity",
    "RecordResult",
    "Sanitizer",
    "SanitizerConfig",
    "TextResult",
]
