"""Logins made from a name found in the same record: `jwilson` beside "Wilson, Joseph",
`@huyn` beside "Huy Ngo", `emeijer` beside "Eva Meijer", `l.ribeiro`, `yuhang_sima`,
`carterl` (LDAP dumps, user tables, access logs, on-call lists, git logs).

Each found name of two words or more gives its usual login forms, its first and last word
taken as given name and surname in either order ("Wilson, Joseph"): both joined, an initial
and the other, with or without `.`, `_` or `-` between them. A lowercase token of the record
that is one of them, with digits after it or not, is a PERSON (not the local part of an
e-mail address: that is found whole; an English word only with digits or a separator). A
form must be four letters or more.
"""

from __future__ import annotations

import functools

from sanitizers.handles import fold
from sanitizers.names import TOKEN
from sanitizers.recognizers import Finding
from sanitizers.tries import compiled

_CANDIDATE = compiled(r"(?<![\w@.+-])@?([a-z][a-z0-9]*(?:[._-][a-z0-9]+)*)(?![\w@-]|\.\w)")
MIN_FORM = 4
_SEPARATORS = ("", ".", "_", "-")


@functools.lru_cache(maxsize=65536)
def _fold(word: str) -> str:
    """Lowercase ASCII letters of a name word ("Müller" -> "muller", "O'Brien" -> "obrien")."""
    return "".join(c for c in fold(word) if c.isascii() and c.isalpha())


def login_forms(names: list[str]) -> set[tuple[str, str]]:
    """The login forms of each name of `names` with two words or more, as (first part,
    second part) pairs: a login writes them joined, or with `.`, `_` or `-` between."""
    forms: set[tuple[str, str]] = set()
    for name in names:
        words = [w for w in (_fold(t) for t in TOKEN.findall(name)) if w]
        if len(words) < 2:
            continue
        for given, surname in ((words[0], words[-1]), (words[-1], words[0])):
            if len(given) < 2 or len(surname) < 2:
                continue
            forms |= {(given, surname), (given[0], surname), (surname, given[0])}
            forms.add((given, surname[0]))
    return {(a, b) for a, b in forms if len(a) + len(b) >= MIN_FORM}


def derived_logins(texts: list[str], findings: list[list[Finding]], words: frozenset[str]) -> None:
    """Add a PERSON finding for every login made from a name found in the record, in place
    (an English word only with digits or a separator: "wills" beside "Will Stone" stays)."""
    names = [
        text[s:e] for text, found in zip(texts, findings, strict=True) for s, e, t, _ in found
        if t == "PERSON" and " " in text[s:e].strip(" ,")
    ]  # fmt: skip
    pairs = login_forms(names)
    forms = {a + b for a, b in pairs}
    written = {a + sep + b for a, b in pairs for sep in _SEPARATORS}
    for text, found in zip(texts, findings, strict=True):
        lowered = text.lower()  # a substring check first: most records hold no such login
        if not any(w in lowered for w in written):
            continue
        for m in _CANDIDATE.finditer(text):
            login = m.group(1)
            bare = login.rstrip("0123456789")
            if bare.replace(".", "").replace("_", "").replace("-", "") not in forms:
                continue
            if login == bare and login in words:
                continue
            found.append((m.start(1), m.end(1), "PERSON", 0.7))
