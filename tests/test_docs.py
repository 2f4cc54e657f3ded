"""The docs a user needs live in the repository, and the copies of the spec stay in sync."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT.parent / "shared" / "spec"


@pytest.mark.parametrize(
    ("copy", "source"), [("contract.md", "lake-contract.md"), ("policy.md", "policy.md")]
)
def test_spec_copies_in_docs_are_verbatim(copy: str, source: str) -> None:
    text = (ROOT / "docs" / copy).read_text(encoding="utf-8")
    body = text.split("\n", 1)[1]  # after the one-line provenance comment
    if not (SPEC / source).exists():
        pytest.skip("the shared spec is not next to this clone (CI): nothing to compare")
    assert body == (SPEC / source).read_text(encoding="utf-8")


def test_links_between_docs_resolve() -> None:
    for page in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        for target in re.findall(r"\]\(((?:docs/)?[\w./-]+\.md)(?:#[\w-]*)?\)", page.read_text()):
            assert (page.parent / target).exists(), f"{page.name} links to missing {target}"
