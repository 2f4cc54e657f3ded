"""Fixtures for the sanitizer tests: one real model + Presidio per test session (per xdist
worker), no mocks."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # bench/ (the labeled-set builder) lives at the repo root
    sys.path.insert(0, str(ROOT))

from sanitizers import Sanitizer, SanitizerConfig  # noqa: E402


@pytest.fixture(scope="session")
def sanitizer() -> Sanitizer:
    """The default sanitizer, model loaded once for the session."""
    return Sanitizer(SanitizerConfig(model="en_core_web_sm"))


def found(sanitizer: Sanitizer, text: str) -> set[tuple[str, str]]:
    """{(type, covered text)} for one text."""
    (result,) = sanitizer.sanitize_texts([text])
    return {(e.type, text[e.start : e.end]) for e in result.entities}


def span_cases(table: dict[str, list[tuple[str, set[tuple[str, str]]]]]) -> list:
    """A span table (group -> rows of text and expected spans) as pytest params, one per row,
    with the id ``<group>-<n>``."""
    return [
        pytest.param(text, expected, id=f"{group}-{i}")
        for group, rows in table.items()
        for i, (text, expected) in enumerate(rows)
    ]
