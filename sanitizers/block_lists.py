"""People listed one per line under a YAML key (CI configs, CODEOWNERS-like files, front
matter):

    reviewers:
      - cookm
      - amber.long
    authors:
      - "Ray Wood"

Each item under a people key (reviewers, approvers, assignees, maintainers, owners,
authors, members...) names a person: a capitalized name, or a login whose letters are not
all English words ("cookm", "amber.long"; not "team-platform", "release-bots"). Items that
are teams (`@org/team`), e-mail addresses (found by their own recognizer) or values with
spaces that are no capitalized name stay.
"""

from __future__ import annotations

import re

from sanitizers.first_names import not_names
from sanitizers.lexicon import known
from sanitizers.logins import login_parts
from sanitizers.recognizers import Finding
from sanitizers.tries import compiled

_KEYS = (
    r"reviewers|approvers|assignees|maintainers|owners|code_?owners|authors|co_?authors|"
    r"members|contributors|collaborators|developers|editors|watchers|subscribers|admins"
)
_BLOCK = compiled(
    rf"(?m)^([ \t]*)[\"']?(?i:{_KEYS})[\"']?[ \t]*:[ \t]*\n((?:\1[ \t]*-[ \t]+[^\n]+(?:\n|$))+)"
)
_ITEM = compiled(r"(?m)^[ \t]*-[ \t]+[\"']?([^\"'\n#]+?)[\"']?[ \t]*(?:#[^\n]*)?$")
_LOGIN = compiled(r"@?[A-Za-z][\w.-]{1,38}")
_NAME = compiled(r"[A-ZÀ-Ý][^\W\d_]+(?:[ ][A-ZÀ-Ý][^\W\d_'’-]+){1,3}")


def block_lists(text: str, words: frozenset[str]) -> list[Finding]:
    """PERSON findings for the items of YAML lists under people keys (see above)."""
    out: list[Finding] = []
    if "-" not in text or ":" not in text:
        return out
    for block in _BLOCK.finditer(text):
        for item in _ITEM.finditer(block.group(2)):
            value = item.group(1)
            if _NAME.fullmatch(value) or (_LOGIN.fullmatch(value) and _login(value, words)):
                start = block.start(2) + item.start(1) + (1 if value.startswith("@") else 0)
                out.append((start, block.start(2) + item.end(1), "PERSON", 0.8))
    return out


def _login(value: str, words: frozenset[str]) -> bool:
    """A person's login: its letters are not all English or technical words."""
    parts = [p for p in login_parts(value.lstrip("@")) if len(p) > 1]
    if not parts or "/" in value or sum(map(len, parts)) < 4:
        return False  # a team ("@org/team"), an acronym ("sre", "ops")
    return not all(known(p, words) or p in not_names() for p in parts) and not re.fullmatch(
        r"v?\d[\w.]*", value
    )
