"""Names in their own scripts that a whole text shows: chat speakers, letters' signers and
names mentioned again (line-level shapes: `native_names.py`).

- **Chat speakers** (`王静：周六聚餐…`, `[9:12] مريم: صباح الخير`, `დათო: სალამი!`): labels
  opening lines (one to five CJK letters, or one to three words of another script that is
  not Latin, after an optional `[time]`), in a text where a speaker speaks twice (form
  keys such as `时间：` are listed, and open one line each); in Chinese a label starts
  with a surname. Exports print the time with the label
  (`[김혜진] [오후 7:12]`, a WeChat `罗磊 2024-02-06 09:30` line, LINE's `18:03\t美咲\t`):
  there two speakers suffice, each speaking once.
- **Signers**: a Chinese letter's last line after its thanks (`谢谢！\n高磊`), a Chinese
  signer before `敬上` (`許俊傑 敬上`); a Japanese
  text's line holding only a spaced name (`森 奈々`), or a listed surname and a given name
  on the last line (`高橋結衣`).
- **Mentioned again**: a name in parentheses after a found name (`Ming Yang (杨明)`); a
  name in its own script on the line beside a line that is a found romanized name (business
  cards: `中村千尋\nCHIHIRO NAKAMURA`); a found spaced Japanese name's one-letter surname
  before a particle (`森より`); a found Chinese name's surname after 小 or 老 (`小高`).
"""

from __future__ import annotations

import re

from sanitizers.export_senders import KAKAO_STAMP
from sanitizers.native_names import (
    CJK_DATA,
    COMPOUND_SURNAMES,
    HAN,
    HANGUL,
    KANA,
    KANA_LETTER,
    KOREAN_SURNAMES,
    OTHER,
    SPACED,
    SPEAKER_KEYS,
    SURNAMES,
)
from sanitizers.recognizers import Finding
from sanitizers.tries import compiled

# a Chinese letter signed after its thanks, on the last line ("谢谢！\n高磊")
_ZH_SIGNED = compiled(
    rf"(?:谢谢|多谢|感谢|祝好|敬上)[！!。，,]?[ \t]*\n[ \t]*([{HAN}]{{2,4}})[ \t]*\Z"
)

# a Chinese letter's signer before 敬上 on its own line ("許俊傑 敬上", "王芳谨上")
_ZH_BEFORE_SIGNOFF = compiled(rf"(?m)^[ \t]*([{HAN}]{{2,4}})[ \t]*(?:敬上|謹上|谨上|拜上)[ \t]*$")
_GROUP_LETTERS = compiled("[体體处處部司会會方队隊组組员員编編辈輩仁团團社院校局所室馆館店]")

# a Japanese letter signed with a listed surname and a given name on its last line
_JA_LAST = compiled(
    rf"\n[ \t]*\n[ \t]*(({'|'.join(CJK_DATA['japanese_surnames'])})[{HAN}々]{{1,3}})[ \t]*\Z"
)

_JA_SIGNED = compiled(rf"(?m)^[ \t]*({SPACED})[ \t]*$")
_SPACED_NAME = compiled(rf"([{HAN}々]{{1,3}})[ 　][{HAN}々{KANA}]{{1,4}}")
_PARTICLE = r"より|から|が|は|と|の|に|へ|も|さん|様|氏"
_ONE_LETTER = compiled(rf"(?<![{HAN}々])([{HAN}々])(?={_PARTICLE})")  # "・森より"
_FAMILIAR = compiled(rf"[小老]([{HAN}]{{1,2}})")  # "小高把", "老欧阳"
_NOT_SPACED = compiled(r"第|[部課長室社会所局係店章節]$")

_LABEL = rf"[{HAN}{KANA}{HANGUL}々]{{1,5}}|[{OTHER}]{{2,}}(?:[ ][{OTHER}]{{2,}}){{0,2}}"
_CLOCK = r"(?:午前|午後|오전|오후|上午|下午)?[ \t]?\d{1,2}:\d{2}(?::\d{2})?"
_EXPORT_STAMP = rf"(?:\d{{1,2}}:\d{{2}}(?::\d{{2}})?[ \t]+|{KAKAO_STAMP})"
_SPEAKER = compiled(
    # "王静：…", "[9:12] مريم: …": a label before a colon and a message
    rf"(?m)^[ \t]*(?:\[[^\]\n]{{1,25}}\][ \t]*)?({_LABEL})[ \t]*[：:](?=[ \t]*[^\s])"
    rf"|^[ \t]*\[({_LABEL})\][ \t]*\[{_CLOCK}\]"  # KakaoTalk: "[김혜진] [오후 7:12] …"
    # WeChat, DingTalk: "罗磊 2024-02-06 09:30" on a line of its own, the message below
    rf"|^[ \t]*({_LABEL})[ \t]+(?:\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}[ \t]+)?{_CLOCK}[ \t]*$"
    rf"|^[ \t]*{_CLOCK}\t({_LABEL})\t"  # LINE: "18:03\t美咲\tまじで？"
    # an export's time before the label ("06:21 陳欣怡: …", KakaoTalk's "2024년 12월 12일 오전
    # 11:13, 오수아 : …", "2025. 11. 26. 오후 7:38, 최지호 : …")
    rf"|^[ \t]*{_EXPORT_STAMP}({_LABEL})[ \t]*[：:](?=[ \t]*[^\s])"
)
# a KakaoTalk export's line, whatever the speaker's script ("[Zhou Yang] [오후 3:32] 네")
_KAKAO = compiled(r"(?m)^[ \t]*\[([^\[\]\n]{1,30})\][ \t]*\[(?:오전|오후)[ ]?\d{1,2}:\d{2}\]")
_ROMAN = compiled(r"[A-Za-z]")
_HAN_NAME = compiled(f"[{HAN}]{{2,4}}")
_NATIVE_LINE = compiled(
    rf"[ \t]*([{HAN}{KANA}{HANGUL}々]{{2,6}}|{SPACED}"
    rf"|[{OTHER}]{{2,}}(?:[ ][{OTHER}]{{2,}}){{0,2}})[ \t]*"
)

_PARENS = compiled(r"[ ]?[（(]([^\W\d_a-zA-Z]{1,8}(?:[ ·・][^\W\d_a-zA-Z]{1,8})?)[）)]")


_TWO_SPEAKERS = compiled(f"[{HAN}]{{2,3}}")
_SAID = compiled(f"[{HAN}]{{2}}.*[，。？！?!]|[{HAN}]{{6}}")  # a sentence, not a value


def chat_speakers(text: str) -> list[Finding]:
    """PERSON findings for the speakers of a CJK chat log in `text`."""
    kakao = [(m.start(1), m.end(1), "PERSON", 0.75) for m in _KAKAO.finditer(text)]
    labels: dict[str, list[int]] = {}
    stamped = 0  # labels with the time of their message (an export's shapes)
    for m in _SPEAKER.finditer(text):
        group = m.lastindex or 1  # each shape has one group: the label
        if m.group(group) not in SPEAKER_KEYS:
            labels.setdefault(m.group(group), []).append(m.start(group))
            stamped += group > 1
    speakers = {name: at for name, at in labels.items() if _named(name, text)}
    given = {n: at for n, at in labels.items() if n not in speakers and _given(n, at, text)}
    if len(given) + len(speakers) >= 2 and len(given) >= 1:
        speakers.update(given)  # "偉明：對，律師費…" / "淑儀：好，…": given names that talk
    lines = sum(len(at) for at in speakers.values())
    if len(speakers) < 2 and lines < 2:
        return kakao  # (one speaker who speaks twice is one too: "กาญจนา: …" / "กาญจนา: …")
    named = not KANA_LETTER.search(text) and all(_TWO_SPEAKERS.fullmatch(n) for n in speakers)
    if stamped < 2 and not named and (lines < 2 or max(len(at) for at in speakers.values()) < 2):
        return kakao  # a chat: one speaks twice (form keys do not), or each speaks with a time,
        # or two speak whose labels are Chinese names ("陈强：…" / "张秀英：…")
    return kakao + [(a, a + len(name), "PERSON", 0.75) for name, at in speakers.items() for a in at]


def signed_lines(text: str) -> list[Finding]:
    """PERSON findings for a Chinese letter's signer after its thanks, and for the lines of a
    Japanese text that hold only a spaced name, or a listed surname and a given name last."""
    if KANA_LETTER.search(text) is None:
        out = []
        m = _ZH_SIGNED.search(text, max(0, len(text) - 40))
        if m is not None and _named(m.group(1), text):
            out.append((m.start(1), m.end(1), "PERSON", 0.75))
        for m in _ZH_BEFORE_SIGNOFF.finditer(text) if "上" in text else ():
            name = m.group(1)  # a surname and one or two letters, not a group's or a
            # role's word ("全體同仁 敬上", "管理处 敬上", "小编 敬上" stay)
            if (
                _named(name, text)
                and (len(name) <= 3 or name[:2] in COMPOUND_SURNAMES)
                and name[0] not in "小阿"
                and _GROUP_LETTERS.search(name) is None
            ):
                out.append((m.start(1), m.end(1), "PERSON", 0.75))
        return out
    out: list[Finding] = []
    last = _JA_LAST.search(text, max(0, len(text) - 20))
    if last is not None:
        out.append((last.start(1), last.end(1), "PERSON", 0.75))
    for m in _JA_SIGNED.finditer(text):
        if not any(_NOT_SPACED.search(part) for part in m.group(1).split()):
            out.append((m.start(1), m.end(1), "PERSON", 0.75))
    return out


def _given(label: str, at: list[int], text: str) -> bool:
    """A Chinese label of two letters that is no listed key and speaks twice or more, once
    at least in a sentence: a given name in a chat between friends ("偉明", "淑儀"); a
    form's repeated key holds short values."""
    if KANA_LETTER.search(text) or not _TWO_SPEAKERS.fullmatch(label) or len(label) != 2:
        return False
    if len(at) < 2:
        return False
    said = [text[a + len(label) + 1 : (text.find("\n", a) + 1 or len(text) + 1) - 1] for a in at]
    return any(_SAID.search(m) for m in said)


def _named(label: str, text: str) -> bool:
    """A speaker's label that may be a name: in Chinese (no kana in the text) it starts with
    a surname; in Korean with one, or is a given name of two syllables."""
    if KANA_LETTER.search(text) or re.match(f"[{OTHER}]", label):
        return True
    if label[0] in KOREAN_SURNAMES or re.fullmatch(f"[{HANGUL}]{{2}}", label):
        return re.fullmatch(f"[{HANGUL}]+", label) is not None
    if re.fullmatch(f"[小阿][{HAN}]{{1,2}}", label):
        return True  # a familiar name ("小敏", "阿强")
    return label[:2] in COMPOUND_SURNAMES or label[0] in SURNAMES


def native_mentions(text: str, found: list[Finding]) -> list[Finding]:
    """Names mentioned again after a found one: in parentheses in its own script, and the
    one-letter surname of a spaced Japanese name before a particle ("・森より", "林から")."""
    out = native_in_parens(text, found) + _card_lines(text, found)
    if KANA_LETTER.search(text) is None:
        return out + _familiar(text, found)
    surnames = set()
    for start, end, etype, _ in found:
        m = _SPACED_NAME.fullmatch(text, start, end) if etype == "PERSON" else None
        if m is not None and len(m.group(1)) == 1:
            surnames.add(m.group(1))  # longer ones spread like any name (person.propagate)
    if surnames:
        for m in _ONE_LETTER.finditer(text):
            if m.group(1) in surnames:
                out.append((m.start(1), m.end(1), "PERSON", 0.7))
    return out


def _familiar(text: str, found: list[Finding]) -> list[Finding]:
    """A found Chinese name's surname after 小 or 老, as colleagues call each other ("让小高把
    发票寄到" when 高娟 is in the chat)."""
    surnames = set()
    for start, end, etype, _ in found:
        if etype == "PERSON" and _HAN_NAME.fullmatch(text, start, end):
            name = text[start:end]
            surnames.add(name[:2] if name[:2] in COMPOUND_SURNAMES else name[0])
    out: list[Finding] = []
    for m in _FAMILIAR.finditer(text) if surnames else ():
        for name in dict.fromkeys((m.group(1), m.group(1)[0])):  # compound, or single
            if name in surnames:
                out.append((m.start(1), m.start(1) + len(name), "PERSON", 0.7))
    return out


def _card_lines(text: str, found: list[Finding]) -> list[Finding]:
    """A name in its own script on the line next to a line that is a found romanized name,
    as business cards and signatures print both ("中村千尋\nCHIHIRO NAKAMURA")."""
    out: list[Finding] = []
    for start, end, etype, _ in found:
        if etype != "PERSON" or not _ROMAN.search(text, start, end):
            continue
        line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        if text[line_start:start].strip() or text[end:line_end].strip():
            continue  # the name is not the whole line
        prev_end = line_start - 1
        next_end = text.find("\n", line_end + 1)
        for a, b in (
            (text.rfind("\n", 0, max(0, prev_end)) + 1, prev_end),
            (line_end + 1, len(text) if next_end < 0 else next_end),
        ):
            m = _NATIVE_LINE.fullmatch(text, a, b) if 0 <= a < b else None
            if m is not None:
                out.append((m.start(1), m.end(1), "PERSON", 0.75))
    return out


def native_in_parens(text: str, found: list[Finding]) -> list[Finding]:
    """A name in another script in parentheses right after a found name: `Ming Yang (杨明)`."""
    out: list[Finding] = []
    for start, end, etype, _ in found:
        if etype != "PERSON" or not _ROMAN.search(text, start, end):
            continue  # a romanized name, then its own script (not "木村葵（部長）")
        m = _PARENS.match(text, end)
        if m is not None:
            out.append((m.start(1), m.end(1), "PERSON", 0.75))
    return out
