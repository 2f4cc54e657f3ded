"""Names written in their own scripts, which the English model cannot see: Chinese, Japanese
and Korean ones (no space separates them from the words around them), and the speakers of a
chat log in any script that is not Latin.

- **Titles after a name** (`刘师傅`, `徐明先生`, `孙总`; `木村部長`; `오 과장님`, `임유나 사원`,
  `서유나 드림`): a Chinese name is cut where a common surname starts (one to three
  characters); a Japanese one is the run of kanji before the title (the particles around it
  are kana); a Korean one starts with a common surname, one syllable with a space before the
  title or two to four.
- **Lists after an attendance key** (`出席者：木村葵（部長）、鈴木真由`, `参会人：孙明、黄芳`,
  `참석자: 김민수, 이지은`): each item of two to six letters of these scripts.
- **Chat speakers** (`王静：周六聚餐…`, `[9:12] مريم: صباح الخير`, `დათო: სალამი!`): labels
  opening lines (one to five CJK letters, or one or two words of another script that is not
  Latin, after an optional `[time]`), in a text with two such speakers or more of whom one
  speaks twice (form keys such as `时间：` are listed, and open one line each); in Chinese a
  label starts with a surname.
- **A name in parentheses after a found name** (`Ming Yang (杨明)`), in any script.
"""

from __future__ import annotations

import re

from sanitizers.lexicon import names_data
from sanitizers.recognizers import Finding
from sanitizers.tries import compiled

HAN = r"\u3400-\u4dbf\u4e00-\u9fff"
KANA = r"\u3040-\u30ff"
HANGUL = r"\uac00-\ud7a3"
CJK = HAN + KANA + HANGUL
CJK_LETTER = compiled(f"[{CJK}]")  # a text or span with a letter of these scripts
_KANA = compiled(f"[{KANA}]")  # Japanese (Chinese text has no kana)
_DATA = names_data()["cjk"]

# the common Chinese surnames (about 90% of people), the compound and the Korean ones
SURNAMES = frozenset(_DATA["surnames"])
COMPOUND_SURNAMES = frozenset(_DATA["compound_surnames"])
KOREAN_SURNAMES = frozenset(_DATA["korean_surnames"])

_FUNCTION = frozenset("和于向时")  # surnames that are mostly words ("and", "at", "to", "when")
_ZH_TITLE = compiled(
    rf"([{HAN}]{{1,4}})(?=先生|女士|小姐|老师|师傅|經理|经理|总监|總監|总(?![结共计体部额是之统理数量])|主任|"
    r"医生|醫生|大夫|律师|律師|教授|同学|博士|处长|局长|科长|院长|董事长|阿姨)"
)
_JA_TITLE = compiled(
    rf"(?<![{HAN}])([{HAN}]{{1,6}})(?=部長|課長|社長|係長|先輩|主任|専務|常務|会長|教授|先生)"
)
_KO_TITLE = compiled(
    rf"(?<![{HANGUL}])([{HANGUL}]{{1,4}}?)([ ]?)(?=(?:과장|대리|사원|팀장|부장|차장|실장|주임|선배|"
    r"후배|교수|매니저)|(?:대표|이사|원장|사장|선생)님|님|씨|(?<=[ ])(?:드림|올림)"
    rf"(?:[^{HANGUL}]|$))"
)
# words before an honorific or a title that name no one ("お客様", "고객님")
_JA_NOT_NAMES = frozenset(_DATA["japanese_not_names"])
_KO_NOT_NAMES = frozenset(_DATA["korean_not_names"])

_ROSTER = compiled(
    r"(?:出席者|欠席者|参加者|参会人员?|与会者|与会人员|缺席|列席|出席|成员|名单|メンバー|参加メンバー|"
    r"참석자|불참자|참석|명단|참여자)[ \t]*[：:][ \t]*([^\n]{2,300})"
)
_ITEM = compiled(
    rf"^([{HAN}{KANA}]{{2,6}}|[{HANGUL}]{{2,4}})(?:[ \t]*[（(][^（）()\n]{{0,12}}[）)])?$"
)
_ITEM_SPLIT = compiled(r"[ \t]*[、，,/；;][ \t]*")

# letters of the scripts that are neither Latin nor CJK (Greek, Cyrillic, Armenian, Hebrew,
# Arabic, the Indic scripts, Thai, Georgian), with their vowel signs
OTHER = (
    r"\u0370-\u03ff\u0400-\u04ff\u0530-\u058f\u05d0-\u05ea\u0620-\u064a\u0660-\u06d3"
    r"\u0900-\u0e7f\u10a0-\u10ff"
)
_SPEAKER = compiled(
    rf"(?m)^[ \t]*(?:\[[^\]\n]{{1,25}}\][ \t]*)?([{HAN}{KANA}{HANGUL}]{{1,5}}"
    rf"|[{OTHER}]{{2,}}(?:[ ][{OTHER}]{{2,}})?)[ \t]*[：:](?=[ \t]*[^\s])"  # a message after it
)
_KEYS = frozenset(_DATA["speaker_keys"])  # form keys that open lines too ("时间：")
_ROMAN = compiled(r"[A-Za-z]")
_PARENS = compiled(r"[ ]?[（(]([^\W\d_a-zA-Z]{1,8}(?:[ ·・][^\W\d_a-zA-Z]{1,8})?)[）)]")


def _chinese(run: str) -> str | None:
    """The name that ends `run` (the characters before a title): from the last surname
    start that leaves one to three characters, longest first."""
    for size in (3, 2, 1):
        name = run[-size:]
        if len(name) < size or (size > 1 and (name[0] in _FUNCTION or name[:2] == "关于")):
            continue  # "我和王先生", "关于李总": a word before the name
        if name[:2] in COMPOUND_SURNAMES and size >= 2 or name[0] in SURNAMES:
            return name
    return None


def titled_names(line: str) -> list[Finding]:
    """PERSON findings for CJK names before a title or honorific in `line`."""
    out: list[Finding] = []
    japanese = _KANA.search(line) is not None
    if not japanese:
        for m in _ZH_TITLE.finditer(line):
            name = _chinese(m.group(1))
            if name is not None:
                out.append((m.end(1) - len(name), m.end(1), "PERSON", 0.75))
    else:
        for m in _JA_TITLE.finditer(line):
            if m.group(1) not in _JA_NOT_NAMES:
                out.append((m.start(1), m.end(1), "PERSON", 0.75))
    for m in _KO_TITLE.finditer(line):
        name, space = m.group(1), m.group(2)
        if name in _KO_NOT_NAMES or name[0] not in KOREAN_SURNAMES:
            continue
        if len(name) == 1 and not space:
            continue  # one syllable glued to 님: a word ("형님"), not a surname
        out.append((m.start(1), m.end(1), "PERSON", 0.75))
    return out


def listed_names(line: str) -> list[Finding]:
    """PERSON findings for the items of a CJK attendance list in `line`."""
    out: list[Finding] = []
    for m in _ROSTER.finditer(line):
        pos = m.start(1)
        for part in _ITEM_SPLIT.split(m.group(1)):
            at = line.find(part, pos)
            pos = at + len(part)
            item = _ITEM.match(part.strip())
            if item is not None and item.group(1) not in _KEYS:
                start = at + part.find(item.group(1))
                out.append((start, start + len(item.group(1)), "PERSON", 0.75))
    return out


def chat_speakers(text: str) -> list[Finding]:
    """PERSON findings for the speakers of a CJK chat log in `text`."""
    labels: dict[str, list[int]] = {}
    for m in _SPEAKER.finditer(text):
        if m.group(1) not in _KEYS:
            labels.setdefault(m.group(1), []).append(m.start(1))
    speakers = {name: at for name, at in labels.items() if _named(name, text)}
    lines = sum(len(at) for at in speakers.values())
    if len(speakers) < 2 or lines < 3 or max(len(at) for at in speakers.values()) < 2:
        return []  # a chat: two speakers or more, and one speaks twice (form keys do not)
    return [(a, a + len(name), "PERSON", 0.75) for name, at in speakers.items() for a in at]


def _named(label: str, text: str) -> bool:
    """A speaker's label that may be a name: in Chinese (no kana in the text) it starts with
    a surname; in Korean with one, or is a given name of two syllables."""
    if _KANA.search(text) or re.match(f"[{OTHER}]", label):
        return True
    if label[0] in KOREAN_SURNAMES or re.fullmatch(f"[{HANGUL}]{{2}}", label):
        return re.fullmatch(f"[{HANGUL}]+", label) is not None
    return label[:2] in COMPOUND_SURNAMES or label[0] in SURNAMES


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
