"""The speakers of a chat copied with its times, as Slack, Teams, Telegram, WeChat and
LINE show them: a name, the time, a colon, the message.

    Paweł 06:21: ktoś loguje się jako joanna-kowalczyk
    Наталья [18:28]: кто закоммитил пароль?
    俊杰 17:26：生产库密码是不是被改了？
    Pedro 14:10 : la base de prod répond plus

Two lines or more that open this way make a chat (one speaker twice, or two speakers), and
each opening names a person, in any script: one word, or two capitalized words. A label that
is a common or technical word, a month or a weekday names no one; nor does one in capitals
or made of English words, unless it is a listed first name: a log's level or a service
("INFO 12:00:01:", "Standup 09:30:"; but "Hope 10:02:").
"""

from __future__ import annotations

from sanitizers.export_senders import AM_PM
from sanitizers.first_names import MIN_FREQUENCY, given_name_list, not_names
from sanitizers.lexicon import CALENDAR, COMMON_WORDS, known
from sanitizers.recognizers import Finding
from sanitizers.tries import compiled

_TIMED = compiled(
    r"(?m)^[ \t>*-]*(?:\*\*)?"
    r"([^\W\d_][^\W\d_'’.-]{0,24}(?:['’-][^\W\d_]+)?(?:[ ][A-ZÀ-ÝА-Я][^\W\d_]+)?)"
    rf"(?:\*\*)?[ \t]+\[?\d{{1,2}}:\d{{2}}(?::\d{{2}})?{AM_PM}\]?"
    r"[ \t]*[:：][ \t]*"
    r"(?=\S)(?![0-9A-Fa-f]{2}[:-])"  # not a MAC address (10:03:4A:21:8C:1A)
)
MIN_LINES = 2


def timed_speakers(text: str, words: frozenset[str] = frozenset()) -> list[Finding]:
    """PERSON findings for the speakers of a chat copied with its times (see above)."""
    if text.count("\n") < MIN_LINES or ":" not in text and "：" not in text:
        return []
    openings = [m for m in _TIMED.finditer(text) if _speaker(m.group(1), words)]
    labels = [m.group(1) for m in openings]
    if len(labels) < MIN_LINES:
        return []
    return [(m.start(1), m.end(1), "PERSON", 0.7) for m in openings]


def _speaker(label: str, words: frozenset[str]) -> bool:
    lows = label.lower().split()
    if any(w in COMMON_WORDS or w in CALENDAR or w in not_names() for w in lows):
        return False
    listed = given_name_list().get(lows[0], 0) >= MIN_FREQUENCY
    if label.isupper() and len(label) > 1 or all(known(w, words) for w in lows):
        return listed  # "Hope 10:02:" and "HIROSHI 10:02:", not "Standup 09:30:"
    return True
