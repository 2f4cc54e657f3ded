"""Thai names by a listed given name: "ส่งของให้ สมศักดิ์ ศรีสุข ที่ 26/", "เดี๋ยวบอกไอซ์ด้วย",
"ถามยายศศิธร", "ทนายประยุทธ สุขเจริญบอกว่า".

Thai writes no spaces between words, but one between a given name and a surname. A common
given name or nickname (names.yaml `thai_given`, none of them a word) is taken where a word
can start: after a space, punctuation or the line's start, or right after a title, a kin
word or a verb that names someone (นาย, คุณ, พี่, น้อง, ยาย, ทนาย, หมอ, บอก, ชื่อ, ของ); and
where a word can end: before a space, punctuation, the line's end or a particle (นะ, ด้วย,
ค่ะ, ครับ, ก็, ที่, และ, บอก). A listed surname after one space extends it (the sentence
may go on glued to it); after a formal title (นาย, นาง, นางสาว, ทนาย, ดิฉัน) a Thai word of
14 signs or fewer does.
"""

from __future__ import annotations

import functools
import re

from sanitizers.lexicon import names_data
from sanitizers.recognizers import Finding
from sanitizers.tries import compiled

_THAI = "\u0e01-\u0e4e"
_CUES = ("นางสาว", "นาย", "นาง", "คุณ", "พี่", "น้อง", "ยาย", "ตา", "ป้า", "ลุง", "น้า", "ทนาย")
_CUES += ("หมอ", "บอก", "ชื่อ", "ของ", "ให้", "ถาม", "ดิฉัน", "ผม", "หวัดดี", "สวัสดี", "ทีม")
_FORMAL = ("นางสาว", "นาย", "นาง", "ทนาย", "ดิฉัน")
_AFTER = r"(?=[\s,.:;!?()\"“”'’/\-]|$|นะ|ด้วย|ค่ะ|คะ|ครับ|จ้ะ|ก็|ที่|และ|บอก|แทน|ได้|มา|ไป|เป็น|เอา|จะ)"


@functools.cache
def _pattern() -> re.Pattern[str]:
    names = sorted(set(names_data()["thai_given"]), key=len, reverse=True)
    before = "|".join(f"(?<={c})" for c in _CUES)
    return compiled(rf"(?:(?<![{_THAI}])|{before})({'|'.join(names)}){_AFTER}")


@functools.cache
def _surnames() -> tuple[str, ...]:
    """The listed surnames, longest first (the one a word starts with is the same on every
    run)."""
    return tuple(sorted(set(names_data()["thai_surnames"]), key=lambda s: (-len(s), s)))


_NEXT = compiled(rf"[ ]([{_THAI}]{{2,40}})(?![{_THAI}])")
MAX_SURNAME = 14  # letters and signs of an unlisted surname after a formal title


def thai_given(line: str) -> list[Finding]:
    """PERSON findings for Thai names with a listed given name in `line`."""
    out: list[Finding] = []
    for m in _pattern().finditer(line):
        end = m.end(1)
        nxt = _NEXT.match(line, end)
        if nxt:
            word = nxt.group(1)
            listed = next((s for s in _surnames() if word.startswith(s)), None)
            if listed:  # ("สุขเจริญบอกว่า": the surname, then the sentence goes on)
                end = nxt.start(1) + len(listed)
            elif line[: m.start(1)].endswith(_FORMAL) and len(word) <= MAX_SURNAME:
                end = nxt.end(1)
        out.append((m.start(1), end, "PERSON", 0.75))
    return out
