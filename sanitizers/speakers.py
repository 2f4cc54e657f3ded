"""The other speakers of a chat log whose speakers were found.

    hunterk: ugh ok
    sergeil: sent. also cc'd tautvydas
    wenger.a: 👍

Cues find a speaker by what follows the colon (a word, a quote); a line that answers with
an emoji, a number or a link has none. When two or more lines of a text open with a
speaker already found as a person, the text is a chat log, and the other lines that open
the same way name speakers too when they are a login or a listed or census first name,
also one that is an English word ("Hope:", "Cherry:"; "User:", "Bot:", "Summary:", "May:"
and a form's keys in any language are not).

A chat log is also known by its speakers alone (`listed_speakers`): when lines open with
two or more listed first names, one of them twice, those openings name people even where
the name is an English word ("Joy: Sige.", "Mark: Unit 26A", "Noel: Oo naman!"); months and
weekdays are no speakers ("May: revenue up").
"""

from __future__ import annotations

import re

from sanitizers.export_senders import AM_PM, DASHED_STAMP
from sanitizers.first_names import (
    MIN_FREQUENCY,
    census_names,
    first_name,
    given_name_list,
    not_names,
)
from sanitizers.given_pairs import title
from sanitizers.lexicon import CALENDAR, COMMON_WORDS, known
from sanitizers.logins import login_parts
from sanitizers.recognizers import Finding
from sanitizers.spans import SpanIndex
from sanitizers.tries import compiled

# (a JSON string's start opens a line: '{"content":"Tomás: ...')
_OPENING = compiled(
    r"(?m)(?:^|(?<=\":\")|(?<=\": \"))[ \t>*-]*"
    rf"(?:\[[^\]\n]{{1,30}}\][ \t]*|{DASHED_STAMP})?"
    r"([A-Za-z][\w.-]{1,31}|[A-ZÀ-Ý][^\W\d_]+(?:[ ][A-ZÀ-Ý][^\W\d_]+)?)[ \t]?:[ \t]+(?=\S)"
)
_LOGIN = compiled(r"[A-Za-z][A-Za-z]*(?:[._-][A-Za-z0-9]+)+|[A-Za-z]{2,}\d{1,4}")
MIN_FOUND = 2


def more_speakers(text: str, found: list[Finding], words: frozenset[str]) -> list[Finding]:
    """PERSON findings for the unfound speakers of a chat log with two found speakers."""
    if text.count("\n") < 2 or ":" not in text:
        return []
    covered = SpanIndex([(s, e) for s, e, t, _ in found if t == "PERSON"]).inside
    openings = list(_OPENING.finditer(text))
    speakers = {m.group(1) for m in openings if covered(m.start(1), m.end(1))}
    if len(speakers) < MIN_FOUND:
        return []
    out: list[Finding] = []
    for m in openings:
        name = m.group(1)
        if name in speakers or name.lower().startswith("http"):
            continue
        parts = name.split()
        login = _LOGIN.fullmatch(name) is not None
        lows = [p.lower() for p in parts]
        named = any(first_name(p) for p in lows)
        if login or (named and not any(p in COMMON_WORDS or p in CALENDAR for p in lows)):
            out.append((m.start(1), m.end(1), "PERSON", 0.7))
    return out


def listed_speakers(text: str, words: frozenset[str] = frozenset()) -> list[Finding]:
    """PERSON findings for the listed first names or the logins that open the lines of a
    chat log: two of them or more, one opening two lines or more (see above)."""
    if text.count("\n") < 2 or ":" not in text:
        return []
    listed = given_name_list()
    openings = [m for m in _OPENING.finditer(text) if _speaker(m.group(1), listed, words)]
    logins = [m for m in openings if m.group(1).islower()]
    if logins and not _chatty(text, logins):
        openings = [m for m in openings if not m.group(1).islower()]
    names = [m.group(1) for m in openings]
    if len(set(names)) < MIN_FOUND or len(names) == len(set(names)):
        return []
    return [(m.start(1), m.end(1), "PERSON", 0.7) for m in openings]


def _chatty(text: str, openings: list[re.Match[str]]) -> bool:
    """The lines after these openings read as messages, three words or more on average
    ("kubelet: started" is a log)."""
    lengths = [
        len(text[m.end() : text.find("\n", m.end()) % (len(text) + 1)].split()) for m in openings
    ]
    return sum(lengths) >= 3 * len(lengths)


def _speaker(label: str, listed: dict[str, int], words: frozenset[str]) -> bool:
    """A listed first name in Title case or capitals that is no month or common word ("Me:
    yes!"), or a login (`ekaterine99`, `nuraisyah_b`, `jli`) whose letters are no English
    words."""
    low = label.lower()
    if " " in label or low in CALENDAR or low in COMMON_WORDS:
        return False
    if (title(label) or label.isupper() and len(label) >= 3) and listed.get(
        low, 0
    ) >= MIN_FREQUENCY:
        return True  # "Hope:", and a transcript's "HIROSHI:", "EILIDH:"
    if not words or not label.islower() or low.startswith("http"):
        return False
    parts = login_parts(low)
    if not parts or len(parts[0]) < 3 or low in not_names():
        return False  # "kubelet", "systemd" are technical words
    return not any(known(p, words) for p in parts if len(p) > 2)


# a transcript's speaker after its timestamp, in capitals or Title case ("[00:00:04] AYODELE
# OYELARAN: Okay we're recording.", "[00:01:12] Hope Bishop: Sure."), or named after a role
# ("CANDIDATE (OLUWAKEMI NWOSU): At my last job")
_WORD = r"[A-ZÀ-Ý][A-Za-zÀ-ÿ'’-]+"
_STAMPED = compiled(
    r"(?m)^[ \t]*\[\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?\][ \t]+"
    rf"({_WORD}(?:[ ]{_WORD}){{1,2}}):[ \t]"
)
# a Slack or Teams export's author line: a name and the time, alone on the line
_NAME_WORD = r"[A-ZÀ-Ý][^\W\d_]+(?:['’-][^\W\d_]+)?"
_AUTHOR_TIME = compiled(
    rf"(?m)^[ \t]*({_NAME_WORD}(?:[ ]{_NAME_WORD}){{0,2}})"
    rf"[ \t]{{1,3}}\d{{1,2}}:\d{{2}}{AM_PM}[ \t]*$"
)
_ROLED = compiled(
    r"(?m)^[ \t]*(?i:interviewer|candidate|interviewee|customer|client|agent|caller|patient|"
    r"doctor|witness|moderator|host|guest|speaker(?:[ ]\d)?|q|a)[ \t]*\(([^()\n:]{3,40})\):"
)


def stamped_speakers(text: str, words: frozenset[str]) -> list[Finding]:
    """PERSON findings for a transcript's speakers: two words or three after a timestamp,
    none an English word or the first a listed first name ("[00:01] BUILD FAILED:" stays),
    a name in parentheses after a role, or a chat export's author on a line with the time
    alone ("Harmony Gentry  10:14 AM"; not "Team Sync 10:00")."""
    out = [(m.start(1), m.end(1), "PERSON", 0.7) for m in _ROLED.finditer(text)]
    listed = given_name_list()
    surnames = census_names()[0]
    for m in _AUTHOR_TIME.finditer(text):
        lows = [w.lower() for w in re.split(r"[ '’-]", m.group(1)) if w]
        if all(w in COMMON_WORDS or w in CALENDAR for w in lows):
            continue
        if len(lows) > 1 and any(
            first_name(w) or w in surnames or not known(w, words) for w in lows
        ):
            out.append((m.start(1), m.end(1), "PERSON", 0.7))
    for m in _STAMPED.finditer(text):
        parts = m.group(1).split()
        first = listed.get(parts[0].lower(), 0) >= MIN_FREQUENCY
        if first or not any(known(w, words) for w in parts):
            out.append((m.start(1), m.end(1), "PERSON", 0.7))
    return out


# a transcript's role that opens lines ("INTERVIEWER:", "Host:", "Q:"): the other labels
# that open lines there are people ("BLESSING OGUNLEYE: Outside São Paulo", "Dr Mensah: ")
_ROLE_LINE = compiled(
    r"(?m)^[ \t]*(?i:interviewer|interviewee|host|co-?host|moderator|narrator|"
    r"q|agent|operator|caller|therapist|counsel(?:l)?or|judge|prosecutor)[ \t]*:"
)
_LABEL = compiled(
    r"(?m)^[ \t]*((?:(?:Dr|Mr|Mrs|Ms|Prof)\.?[ ])?[A-ZÀ-Ý][^\W\d_'’-]+(?:['’-][^\W\d_]+)?"
    r"(?:[ ][A-ZÀ-Ý][^\W\d_'’-]+(?:['’-][^\W\d_]+)?){0,2})"
    r"[ \t]*:[ \t]+(?=\S)"
)


def transcript_speakers(text: str, words: frozenset[str]) -> list[Finding]:
    """PERSON findings for the other speakers of a transcript that names a role (see
    `_ROLE_LINE`): labels of one to three capitalized words that are no role, common word
    or all-English phrase ("Date:", "Location:", "Next Steps:"), unless a listed name."""
    roles = _ROLE_LINE.findall(text)
    if len(roles) < 2:
        return []  # a role that speaks twice: not an e-mail's or a request's one header
    out: list[Finding] = []
    for m in _LABEL.finditer(text):
        label = m.group(1)
        if _ROLE_LINE.match(label + ":"):
            continue
        if any(w[1:] != w[1:].lower() and not w.isupper() for w in label.split()):
            continue  # CamelCase: "ValueError", "X-Request-Id"
        lows = [w.lower().rstrip(".") for w in re.split(r"[ '’-]", label) if w]
        if any(w in COMMON_WORDS or w in CALENDAR or w in not_names() for w in lows):
            continue
        if any(first_name(w) for w in lows) or not all(known(w, words) for w in lows):
            out.append((m.start(1), m.end(1), "PERSON", 0.7))
    return out
