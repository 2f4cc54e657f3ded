"""Content hashes of the code that acted on the lake, for run records and the audit
certificate: a version number names a release, the hash names the exact files (an edited
install keeps its version number, not its hash)."""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
from functools import cache
from pathlib import Path

SOURCES = (".py", ".sql", ".yaml", ".yml")


@cache
def code_hash(*packages: str) -> str | None:
    """sha256 (16 hex digits) over the source files of ``packages`` (found without importing
    them), by package, relative path and content; None when a package cannot be found."""
    digest = hashlib.sha256()
    for package in packages:
        spec = importlib.util.find_spec(package)
        if spec is None or not spec.submodule_search_locations:
            return None
        root = Path(next(iter(spec.submodule_search_locations)))
        for path in sorted(p for p in root.rglob("*") if p.suffix in SOURCES and p.is_file()):
            if "__pycache__" in path.parts:
                continue
            rel = path.relative_to(root).as_posix()
            digest.update(f"{package}/{rel}\0".encode())
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:16]


@cache
def sanitizer_build(model: str) -> str | None:
    """sha256 (16 hex digits) naming the exact sanitizer: its source and data files, the
    first-name list it reads (gender-guesser's ``nam_dict.txt``), and the installed versions
    of the spaCy model ``model``, spaCy and Presidio. A release number says which rules were
    meant; this says which files and models acted (an edited ``registry.yaml`` keeps the
    release, not the build). None when the sanitizers package cannot be found."""
    code = code_hash("sanitizers")
    if code is None:
        return None
    digest = hashlib.sha256(f"sanitizers\0{code}\0".encode())
    names = importlib.util.find_spec("gender_guesser")
    if names is not None and names.submodule_search_locations:
        data = Path(next(iter(names.submodule_search_locations))) / "data" / "nam_dict.txt"
        digest.update(hashlib.sha256(data.read_bytes()).digest() if data.is_file() else b"-")
    for part in (model, "spacy", "presidio-analyzer"):
        digest.update(f"{part}\0{_installed(part)}\0".encode())
    return digest.hexdigest()[:16]


def _installed(name: str) -> str:
    """A distribution's version; for a model given as a folder, a hash of its meta.json."""
    meta = Path(name) / "meta.json"
    if meta.is_file():
        return hashlib.sha256(meta.read_bytes()).hexdigest()[:16]
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"
