"""The senders of a WhatsApp-style chat export, whatever their names are:

    [27/02/2025, 13:46:07] Tomás: alguien sabe si va la seño Florencia?
    3/20/25, 8:57 PM - Dawn: up since dawn with the baby
    3/20/25, 9:00 PM - Summer: omg same
    27/11/24 18.46 - Fikri: ya i'm here at the gate
    2025. 11. 26. 오후 7:43, 최지호 : 사진
    Saba Kebede, [08.01.2022 09:48]

An export writes each message as its date and time, then the sender as the phone's
contact book names them, then a colon (KakaoTalk puts a space before it; a label may carry
a note in brackets or emoji); Telegram's copy puts the sender and the time on a line of
their own. There the label is a person's name even when it is an English word ("Dawn",
"Summer", "Will"), which no other rule takes alone. A text counts as an export when two
lines or more open that way; common words ("You", "Me") and what exports print themselves
("Messages", "System") are not taken.
"""

from __future__ import annotations

from sanitizers.lexicon import COMMON_WORDS
from sanitizers.recognizers import Finding, registry_fragment
from sanitizers.tries import compiled

#: a clock's AM or PM, after a space or the narrow no-break space iOS exports write (also as
#: a JSON escape): "9:06\u202fPM"
AM_PM = r"(?:(?:[ \u202f]|\\u202f)?[AaPp]\.?[Mm]\.?)?"
_TIME = rf"\d{{1,2}}:\d{{2}}(?::\d{{2}})?{AM_PM}"
_DATE = r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}"
#: a time alone on the rest of its line, as a chat copy prints it after its sender ("Ewa
#: 4:46 PM"; lone.py, given_pairs.py)
CLOCK_LINE = rf"{_TIME}[ \t]*(?:\n|$)"
#: an Android export's date, time and dash before the sender ("3/20/25, 8:57 PM - ")
DASHED_STAMP = rf"{_DATE},?[ ]{_TIME}[ ][-–][ ]"
# (an iOS export opens its lines with a left-to-right mark: "\u200e[17/04/2025, 12:19:02] ")
# a time with a dot, as Indonesian, Finnish or Danish phones write it ("27/11/24 18.46 - ")
_DOT_TIME = rf"\d{{1,2}}\.\d{{2}}(?:\.\d{{2}})?{AM_PM}"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
#: KakaoTalk's export stamp in a Korean phone's two forms ("2025. 11. 26. 오후 7:43, ",
#: "2024년 12월 12일 오전 11:13, "); lakesweep's native_texts reads it before names in Hangul
KAKAO_STAMP = (
    r"(?:\d{4}\.[ ]?\d{1,2}\.[ ]?\d{1,2}\.?|\d{4}년[ ]\d{1,2}월[ ]\d{1,2}일)"
    r"[ ](?:오전|오후)[ ]\d{1,2}:\d{2},[ ]"
)
_STAMP = (
    rf"\[{_DATE},?[ ]{_TIME}\][ ]|{DASHED_STAMP}|{_DATE},?[ ]{_DOT_TIME}[ ][-–][ ]"
    rf"|{KAKAO_STAMP}"  # and in an English phone's form: "Sep 22, 2023, 7:42 AM, "
    rf"|{_MONTH}[ ]\d{{1,2}},[ ]\d{{4}},[ ]{_TIME},[ ]"
    rf"|\[{_MONTH}[ ]\d{{1,2}},?[ ]{_TIME}\][ ]"  # "[Feb 3, 1:27 PM] "
)
#: a chat export line's date and time ("09/09/2025, 15:02 - ", "[17/04/2025, 12:19:02] ")
STAMP = compiled(rf"[ \t\u200e\u200f]*(?:{_STAMP})")
# a sender's words, hyphens and apostrophes inside them ("Han Tae-hyun", "Siobhán O'Neill")
_WORD = r"[^\W\d_]+(?:['’-][^\W\d_]+)*"
_NAME = rf"{_WORD}(?:[ ]{_WORD}){{0,3}}"
# what a contact's label may carry after the name: a note in brackets, emoji ("Bebang 👑")
_LABEL_TAIL = r"(?:[ ]\([^()\n]{1,20}\))?(?:[ ]?[\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\u200d]+)?"
_SENDER = compiled(rf"(?m)^[ \t\u200e\u200f]*(?:{_STAMP})({_NAME}){_LABEL_TAIL}[ ]?:[ \t]")
# a sender the phone has no name for: the number itself ("28/08/23 16.22 - 080963594514: ")
_SENDER_NUMBER = r"\+?\(?\d[\d ()-]{5,20}\d"
_NUMBER = compiled(rf"(?m)^[ \t\u200e\u200f]*(?:{_STAMP})({_SENDER_NUMBER})[ ]?:[ \t]")
# LINE's saved chat history: the time, a tab, the sender, a tab, the message ("21:17\t小林 大輔\t
# 主治医は…", "10:15\tYai Pimchanok\tmai pen rai"; the morning or afternoon before the time in
# a Japanese or Korean phone's copy: "午後9:17", "오후 9:17"); Japanese names are written with
# an ideographic space too ("佐藤\u3000健太")
_TABBED_NAME = rf"{_WORD}(?:[ \u3000]{_WORD}){{0,3}}"
_TABBED_TIME = rf"(?:(?:午前|午後|오전|오후)[ ]?)?{_TIME}"
_TABBED = compiled(rf"(?m)^[ \u200e\u200f]*{_TABBED_TIME}\t({_TABBED_NAME}){_LABEL_TAIL}\t(?=\S)")
_TABBED_NUMBER = compiled(rf"(?m)^[ \u200e\u200f]*{_TABBED_TIME}\t({_SENDER_NUMBER})\t(?=\S)")
# Telegram's copied messages: the sender and the time on a line of their own
# ("Saba Kebede, [08.01.2022 09:48]")
_HEADER = compiled(rf"(?m)^[ \t\u200e\u200f]*({_NAME}),[ ]\[{_DATE}[ ,]+{_TIME}\][ \t]*$")
_NOT_SENDERS = frozenset({"you", "me", "system", "messages", "whatsapp", "admin", "bot"})
# a contact saved by its relation names no one ("Mom: ok"; registry.yaml's fragment)
_NOT_SENDERS |= frozenset(registry_fragment("relation").split("|"))
MIN_LINES = 2


def export_senders(text: str) -> list[Finding]:
    """PERSON findings for the senders of a chat export's messages, PHONE_NUMBER ones for
    the senders that are a number."""
    if text.count(":") < MIN_LINES:
        return []
    matches = [*_SENDER.finditer(text), *_HEADER.finditer(text), *_TABBED.finditer(text)]
    numbers = [*_NUMBER.finditer(text), *_TABBED_NUMBER.finditer(text)]
    numbers = [m for m in numbers if 7 <= sum(c.isdigit() for c in m[1]) <= 15]
    if len(matches) + len(numbers) < MIN_LINES:
        return []
    out: list[Finding] = [(m.start(1), m.end(1), "PHONE_NUMBER", 0.7) for m in numbers]
    for m in matches:
        low = m.group(1).lower()
        if low in _NOT_SENDERS or (" " not in low and low in COMMON_WORDS):
            continue
        out.append((m.start(1), m.end(1), "PERSON", 0.7))
    return out
