"""The senders of a WhatsApp-style chat export, whatever their names are:

    [27/02/2025, 13:46:07] Tomás: alguien sabe si va la seño Florencia?
    3/20/25, 8:57 PM - Dawn: up since dawn with the baby
    3/20/25, 9:00 PM - Summer: omg same

An export writes each message as its date and time, then the sender as the phone's
contact book names them, then a colon. There the label is a person's name even when it is
an English word ("Dawn", "Summer", "Will"), which no other rule takes alone. A text counts
as an export when two lines or more open that way; common words ("You", "Me") and what
exports print themselves ("Messages", "System") are not taken.
"""

from __future__ import annotations

from sanitizers.lexicon import COMMON_WORDS
from sanitizers.recognizers import Finding
from sanitizers.tries import compiled

#: a clock's AM or PM, after a space or the narrow no-break space iOS exports write (also as
#: a JSON escape): "9:06\u202fPM"
AM_PM = r"(?:(?:[ \u202f]|\\u202f)?[AaPp]\.?[Mm]\.?)?"
_TIME = rf"\d{{1,2}}:\d{{2}}(?::\d{{2}})?{AM_PM}"
_DATE = r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}"
#: an Android export's date, time and dash before the sender ("3/20/25, 8:57 PM - ")
DASHED_STAMP = rf"{_DATE},?[ ]{_TIME}[ ][-–][ ]"
_SENDER = compiled(
    rf"(?m)^[ \t]*(?:\[{_DATE},?[ ]{_TIME}\][ ]|{DASHED_STAMP})"
    r"([^\W\d_][^\W\d_'’.-]*(?:[ ][^\W\d_][^\W\d_'’.-]*){0,3}):[ \t]"
)
_NOT_SENDERS = frozenset({"you", "me", "system", "messages", "whatsapp", "admin", "bot"})
MIN_LINES = 2


def export_senders(text: str) -> list[Finding]:
    """PERSON findings for the senders of a chat export's messages."""
    if text.count(":") < MIN_LINES * 2:
        return []
    matches = list(_SENDER.finditer(text))
    if len(matches) < MIN_LINES:
        return []
    out: list[Finding] = []
    for m in matches:
        low = m.group(1).lower()
        if low in _NOT_SENDERS or (" " not in low and low in COMMON_WORDS):
            continue
        out.append((m.start(1), m.end(1), "PERSON", 0.7))
    return out
