"""The literal openings of a regex: a cheap substring test before running it."""

from __future__ import annotations

import re


def literal_prefixes(pattern: str) -> frozenset[str] | None:
    """The literal text each match of `pattern` must start with (lowercase), one entry per
    alternative ("hi|hey|good (?:morning|night)" -> hi, hey, good morning, good night), or
    None when some alternative starts with less than two fixed characters. A text holding
    none of them cannot match: a cheap substring test saves scanning it with the regex."""
    try:
        parsed = re._parser.parse(pattern)  # type: ignore[attr-defined]
    except re.error:
        return None
    found = _prefixes(list(parsed))
    if found is None or any(len(p) < 2 for p in found):
        return None
    return frozenset(p.lower() for p in found)


def _prefixes(items: list) -> set[str] | None:
    out = {""}
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            out = {p + chr(av) for p in out}
            continue
        if name == "SUBPATTERN":
            sub = _prefixes(list(av[-1]))
        elif name == "BRANCH":
            subs = [_prefixes(list(b)) for b in av[1]]
            sub = None if any(x is None for x in subs) else set().union(*subs)  # type: ignore[arg-type]
        else:
            return out
        if sub is None:
            return None
        return {p + q for p in out for q in sub}
    return out
