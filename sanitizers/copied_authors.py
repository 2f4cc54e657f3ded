"""The authors of a chat copied out of Slack, Teams or Discord, whatever their display names
are: a login, a nickname, a first name with an initial glued on.

    christophera  8:47 AM
    the plumber is coming at 10
    tomas.diaz  8:49 AM
    AnahitG — Today at 9:31 AM

Slack and Teams print the author with the time alone on a line; Discord prints the author
before "— Today at", "— Yesterday at" or a date. A text counts as such a copy when two
lines or more open that way. Capitalized full names ("Harmony Gentry  10:14 AM") and
lowercase handles before Discord's dash are `speakers.stamped_speakers`' and names.yaml's;
here a one-word author counts when it is a login (a dot, an underscore or digits), a listed
first name, or a word no dictionary knows, and Discord's "Name + initial" handles
("PatrickN", "MariamK") when the name part is a listed first name or unknown. An agenda's
items are English words ("Lunch  12:30 PM", "Keynote  9:00 AM"), and stay.
"""

from __future__ import annotations

from sanitizers.export_senders import AM_PM
from sanitizers.first_names import name_word, not_names
from sanitizers.lexicon import CALENDAR, COMMON_WORDS
from sanitizers.logins import login_user
from sanitizers.recognizers import Finding
from sanitizers.tries import compiled

# any author line: up to four words, then the time alone ("Ana Lima  4:46 PM", "ewa.k 09:12")
_AUTHOR_LINE = compiled(
    rf"(?m)^[ \t]*[^\W\d_][^\n]{{0,40}}?[ \t]{{1,3}}\d{{1,2}}:\d{{2}}{AM_PM}[ \t]*$"
)
_ONE_WORD = compiled(
    rf"(?m)^[ \t]*([^\W\d_][\w.'’-]{{1,30}})[ \t]{{1,3}}\d{{1,2}}:\d{{2}}{AM_PM}[ \t]*$"
)
_DISCORD_DATE = r"[ \t]+[—–][ \t]+(?:Today|Yesterday|\d{1,2}/\d{1,2}/\d{2,4})\b"
_DISCORD_LINE = compiled(rf"(?m)^[ \t]*\S[^\n]{{0,40}}?{_DISCORD_DATE}")
_DISCORD = compiled(rf"(?m)^[ \t]*([A-Z][a-z]{{2,}}[A-Z]{{1,2}}\d{{0,4}}){_DISCORD_DATE}")
_LOGIN = compiled(r"[A-Za-z][A-Za-z]*(?:[._-][A-Za-z0-9]+)+|[A-Za-z]{2,}\d{1,4}")
MIN_LINES = 2


def copied_authors(text: str, words: frozenset[str]) -> list[Finding]:
    """PERSON findings for the one-word authors of a copied Slack, Teams or Discord chat."""
    if text.count("\n") < MIN_LINES - 1 or ":" not in text:
        return []
    out: list[Finding] = []
    if len(_AUTHOR_LINE.findall(text)) >= MIN_LINES:
        out.extend(
            (m.start(1), m.end(1), "PERSON", 0.7)
            for m in _ONE_WORD.finditer(text)
            if _author(m.group(1), words)
        )
    if ("—" in text or "–" in text) and len(_DISCORD_LINE.findall(text)) >= MIN_LINES:
        out.extend(
            (m.start(1), m.end(1), "PERSON", 0.7)
            for m in _DISCORD.finditer(text)
            if _named(m.group(1).rstrip("0123456789"), words)
        )
    return out


def _author(label: str, words: frozenset[str]) -> bool:
    """A login that may name a person, or a name word (see the module's doc)."""
    if _LOGIN.fullmatch(label):
        return login_user(label) and label.lower() not in not_names()
    return label.isalpha() and not label.isupper() and _name_word(label, words)


def _named(handle: str, words: frozenset[str]) -> bool:
    """ "PatrickN": a name word, then one or two capitals."""
    return _name_word(handle.rstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"), words)


def _name_word(word: str, words: frozenset[str]) -> bool:
    low = word.lower()
    if low in COMMON_WORDS or low in CALENDAR or low in not_names():
        return False
    return name_word(low, words)
