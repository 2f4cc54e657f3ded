"""Content hashes of the code that acted on the lake, for run records and the audit
certificate: a version number names a release, the hash names the exact files (an edited
install keeps its version number, not its hash)."""

from __future__ import annotations

import hashlib
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
