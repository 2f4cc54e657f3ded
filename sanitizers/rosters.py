"""People listed after a label: "Watchers: dagmara_kurz, paskalia61", "Reviewers: Ana Lima
and @jdoe", "CC: kofi, ama.owusu".

A line that opens with a label naming people (watchers, reviewers, assignees, attendees,
cc, a seating plan's "Table 3", an event's "Going (16)" and "Waitlist", a choir's voices...)
and a colon lists them, separated by commas, semicolons, "and" or "&". An item is a
person when it is a login (letters with digits, dots, underscores or hyphens: `uchenna36`,
`neus.serra`), an @handle, one to three Title-case words, or a lowercase word the English
dictionary lacks; role and service logins, stop words, jargon and team handles
(`@org/team`) are not.
"""

from __future__ import annotations

import re

from sanitizers.first_names import MIN_FREQUENCY, given_name_list
from sanitizers.lexicon import known
from sanitizers.logins import login_parts, login_user
from sanitizers.recognizers import Finding
from sanitizers.tries import compiled

_LABEL = compiled(
    r"^[ \t>*#-]*(?i:watchers?|assignees?|reviewers?|requested reviewers?|approvers?|owners?|"
    r"cc|bcc|followers|subscribers|attendees|participants|invitees?|guests?|members|authors?|"
    r"maintainers?|contributors?|on[- ]call|on[- ]call rotation|rotation|roster|lineup|line-up|"
    r"squad|cast|speakers?|panelists?|mentioned|team[ ][A-Z0-9]|subs|substitutes|reserves|"
    r"starters|players|casters|commentators|hosts|judges|referees?|waitlist|wait-list|going"
    r"|not[ ]going|maybe|confirmed|invited|rsvps?|volunteers|chaperones|drivers|helpers"
    r"|(?:kids|top|head|family|children's)[ ]table|table[ ]\d{1,2}(?:[ ]\([^)\n]{1,30}\))?"
    r"|sopranos?|altos?|tenors?|bass(?:es)?|baritones?)(?:[ ]\(\d{1,3}\))?[ \t]*:[ \t]*"
)
_SPLIT = compiled(r"[ \t]*(?:[,;]|\band\b|&)[ \t]*")
_LOGIN = compiled(r"@?[a-z][a-z0-9]*(?:[._-][a-z0-9]+)*")
_TITLED = compiled(
    r"(?:[A-ZÀ-Ý]\.[ ]?){0,2}[A-ZÀ-Ý][^\W\d_]+(?:[-'’][^\W\d_]+)?(?:[ ][A-ZÀ-Ý][^\W\d_]+){0,2}"
)  # "Ana Lima", "G. Carpenter"
# an author's affiliation and correspondence marks ("Brooke Gallagher²*", "Li Wei†")
_MARKS = compiled(r"[*†‡§¶¹²³⁰⁴-⁹]+$")


def roster(line: str, words: frozenset[str], not_names: frozenset[str]) -> list[Finding]:
    """PERSON findings for the people a labeled line lists (offsets in `line`)."""
    label = _LABEL.match(line)
    if label is None:
        return []
    out: list[Finding] = []
    pos = label.end()
    for part in _SPLIT.split(line[pos:]):
        start = line.find(part, pos) if part else pos
        pos = start + len(part)
        item = _MARKS.sub("", part.strip()).rstrip(".")  # "Brooke Gallagher²*"
        if not item or item.lower() in not_names:
            continue
        at = line.find(item, start)
        if _person(item, words, not_names):
            bare = item.lstrip("@")
            out.append((at + len(item) - len(bare), at + len(item), "PERSON", 0.72))
    return out


def _person(item: str, words: frozenset[str], not_names: frozenset[str]) -> bool:
    if _TITLED.fullmatch(item):
        return not all(w.lower() in not_names for w in item.split())
    if not _LOGIN.fullmatch(item) or not login_user(item.lstrip("@")):
        return False
    parts = login_parts(item.lstrip("@"))
    if len(parts) > 1 and all(p in words for p in parts) and not any(c.isdigit() for c in item):
        return False  # "platform-team", "data_eng": a team, not a person
    shaped = item.startswith("@") or any(c.isdigit() or c in "._-" for c in item)
    return shaped or not known(item, words)  # not "payments", "docs"


# a quoted CSV cell written "Surname, Given" ("Bongo, Ánne")
_QUOTED_LAST_FIRST = compiled(
    r'(?:^|(?<=[,;\t]))"([A-ZÀ-Ý][^\W\d_]+(?:[ -][A-ZÀ-Ý][^\W\d_]+)?, [A-ZÀ-Ý][^\W\d_]+'
    r'(?:[ -][A-ZÀ-Ý][^\W\d_]+)?)"(?=[,;\t]|$)'
)
# (from a run's start only: tried from each of its letters, a long word with no "@" after
# it was read again and again, 9 s for a 30,000-character one)
_LOCAL = compiled(r"(?<![\w.+-])([\w.+-]+)@[\w-]+(?:\.[\w-]+)+")


def quoted_last_first(line: str, words: frozenset[str]) -> list[Finding]:
    """A CSV cell "Surname, Given" is a person when a word of it is not English or is in
    the local part of an e-mail address on the same row ("Porter, Frank" next to
    frankporter6@...); "Paris, France" or "Acme, Inc" stay."""
    out: list[Finding] = []
    if '"' not in line:
        return out
    locals_ = " ".join(m.group(1).lower() for m in _LOCAL.finditer(line))
    for m in _QUOTED_LAST_FIRST.finditer(line):
        parts = re.findall(r"[^\W\d_]+", m.group(1))
        if any(p.lower() not in words or p.lower() in locals_ for p in parts):
            out.append((m.start(1), m.end(1), "PERSON", 0.75))
    return out


# a name written "SURNAME, Given" with the surname in capitals, as pairings, registers and
# forms print it ("AKINOLA, Bukola (2249) vs FASHOLA, Olumide", "Owner: YOUNG, Destiny")
_UPPER_LAST_FIRST = compiled(
    r"(?<![\w'’-])([^\W\d_a-zà-ÿ]{2,}(?:[ '’-][^\W\d_a-zà-ÿ]{2,})?),[ ]"
    r"([^\W\d_][^\W\d_'’]+(?:[ -][^\W\d_][^\W\d_'’]+)?)(?![\w'’-])"
)


_LABELS = frozenset(
    [
        "note",
        "warning",
        "warn",
        "error",
        "info",
        "debug",
        "notice",
        "attn",
        "re",
        "fw",
        "fwd",
        "todo",
        "fixme",
        "dear",
        "hi",
        "hello",
        "thanks",
        "cc",
        "bcc",
        "from",
        "to",
        "subject",
        "ps",
        "nb",
        "important",
        "urgent",
        "reminder",
        "update",
    ]
)


def upper_last_first(line: str, words: frozenset[str]) -> list[Finding]:
    """PERSON findings for "SURNAME, Given": a surname in capitals that is no English word
    and no acronym (a vowel in it), a Title-case given name that is no English word or is a
    listed first name ("NOTE, Please", "USA, Canada", "ERROR, Connection" stay)."""
    out: list[Finding] = []
    if ", " not in line:
        return out
    listed = given_name_list()
    pairs = list(_UPPER_LAST_FIRST.finditer(line))
    # two or more on a line, each given name listed: a pairing or a roster ("FOX, Amber
    # (1641) vs BAKER, Bill (1806)"), where surnames that are English words count too
    roster = len(pairs) > 1 and all(
        listed.get(m.group(2).split()[0].lower(), 0) >= MIN_FREQUENCY
        and m.group(1).lower() not in _LABELS
        for m in pairs
    )
    for m in pairs:
        surname, given = m.group(1), m.group(2)
        parts = [p.lower() for p in re.split(r"[ '’-]", surname) if p]
        if given.isupper() and surname.isupper():  # "KRISHNAMURTHY, KAVYA": all in capitals
            if listed.get(given.split()[0].lower(), 0) >= MIN_FREQUENCY and not any(
                known(p, words) for p in parts
            ):
                out.append((m.start(), m.end(), "PERSON", 0.75))
            continue
        if not surname.isupper() or not all(
            g[:1].isupper() and g[1:].islower() for g in given.split()
        ):
            continue
        if not any(
            c in "aeiouyàáâãäåèéêëìíîïòóôõöùúûüạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"
            for c in parts[0]
        ):
            continue  # an acronym
        first = given.split()[0].lower()
        first_known = known(first, words)
        surname_known = any(known(p, words) for p in parts)
        if roster and len(parts[0]) >= 3 and parts[0] not in _LABELS:
            out.append((m.start(), m.end(), "PERSON", 0.75))
            continue
        if first_known and (
            listed.get(first, 0) < MIN_FREQUENCY  # "MUSTERMANN, Please"
            or surname_known  # "NOTE, Please", "SPAIN, France"
            or len(parts[0]) < 3  # "UK, France"
        ):
            continue
        if parts[0] in _LABELS or (surname_known and first_known):
            continue  # "WARNING, Maria", "ERROR, Connection"
        out.append((m.start(), m.end(), "PERSON", 0.75))
    return out
