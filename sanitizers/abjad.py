"""First names in Arabic and Hebrew script: "تم تحويل المبلغ إلى حسن منصور", "לאסוף את יוסי".

Neither script has capitals, and both leave most vowels out, so a name cannot be told by its
shape or romanized reliably. A curated list of common first names (names.yaml
`arabic_names`, `hebrew_names`) is looked up instead, in the spelling without vowel marks
(Arabic alef forms folded, a final ة written ه). A found first name goes on over the
names after it: a father's or a grandfather's name, `عبد` + `ال…`, a listed surname, an
Arabic family name of the shape `ال…ي` ("الشمري", "القحطاني"), and `بن`/`בן` + a word.

Names that are also common words ("نور" light, "أمل" hope, "טל" dew, "שני" Monday:
`arabic_words`, `hebrew_words`) are taken only with a cue: another name or a surname after
them, or before them a title, a vocative or a greeting ("السيد", "يا", "عزيزتي", "גב'",
"היי"), or Hebrew "את" before a word without the article (it marks a definite object:
"לאסוף את טל"). A one-letter Hebrew prefix ("ו" and, "ל" to, "ש" that) or Arabic "و" is
read off a word that is not a name as written ("ויוסי", "ومحمد").
"""

from __future__ import annotations

import functools
import re

from sanitizers.lexicon import names_data
from sanitizers.recognizers import Finding
from sanitizers.tries import compiled

ARABIC = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3"
HEBREW = "\u05d0-\u05ea"
_MARKS = "\u0591-\u05c7\u064b-\u065f\u0670\u0640"  # vowel points, cantillation, tatweel
# (a Persian compound joined by a zero-width non-joiner is one word: "دانش‌آموز" student,
# "ذبیح‌الله")
_WORD = compiled(f"[{ARABIC}{HEBREW}][{ARABIC}{HEBREW}{_MARKS}]*(?:\u200c[{ARABIC}{_MARKS}]+)*")
_ALEF = str.maketrans("أإآٱیکہۃە", "اااايكههه")  # and Persian yeh and kaf, Urdu heh goal
_STRIP = compiled(f"[{_MARKS}]")
_SHADDA = "\u0651"
_CUE = compiled(
    r"(?:^|[\s(«\"'،,:])(?:السيد|السيده|الاستاذ|الاستاذه|الدكتور|الدكتوره|د\.|المهندس|المهندسه|الحاج"
    r"|الحاجه|الشيخ|اخي|اختي|عزيزي|عزيزتي|اسمي|انا|يا|مرحبا|شكرا|العميل|العميله|الموظف|الموظفه|مع"
    r"|سلام|اقاي|خانم|اسم|نام|معك|محترم|محترمه"  # "معك فهد" (you're with), Urdu "محترم"
    r"|مسؤول المبيعات:|مسؤول:|المسؤول:|مندوب المبيعات:|امين الصندوق:"  # a role's key
    r"|المندوب|المندوبه|السائق|السايق|الكابتن|الفني|الطيار"  # a courier, a driver
    # a relative or a colleague ("خواهرم نگار", my sister Negar; "زميلتي", Urdu "بهن")
    r"|خواهرم|برادرم|مادرم|پدرم|همسرم|دخترم|پسرم|شوهرم|دوستم|همكارم|امي|ابي|زوجتي|زوجي|ابني|ابنتي"
    r"|صديقي|صديقتي|زميلي|زميلتي|بهاي|بهن"
    r"|מר|גב'|גב׳|גברת|ואת|ד\"ר|ד״ר|הרב|שמי|אני|היי|שלום|תודה|את|עם|הגננת|המורה|השכן|השכנה|החבר|החברה|השליח|הנהג)"
    r"[ \t]+$"
)
# a title before one or two words that end a clause: a name, listed or not ("جناب آقای دکتر
# رضایی،", "الدكتور خالد النعيمي."); not a respected or dear one ("دکتر عزیز"), "Your Honour"
# ("جناب عالی!"), nor a trade ("مهندس برمجيات", software engineer)
_TITLE = (
    "آقای|آقا|خانم|دکتر|مهندس|ڈاکٹر|انجنیر|انجینئر|جناب|السيد|السيدة|الدكتور|الدكتورة|المهندس"
    "|المهندسة|الأستاذ|الأستاذة|الاستاذ|الاستاذة|د\\."
)
_TITLED = compiled(
    rf"(?:^|(?<=[\s(«\"'،,:]))(?:{_TITLE})(?:[ ](?:{_TITLE}))*[ ]"
    rf"([{ARABIC}][{ARABIC}{_MARKS}]+(?:[ ][{ARABIC}][{ARABIC}{_MARKS}]+)?)"
    r"(?=[ \t]*(?:[،,.:;!?)؛]|$))"
)
_NOT_TITLED = frozenset(
    """عزیز عزیزم محترم گرامی عزيزي عزيزتي الكريم الكريمة المحترم المحترمة جان صاحب
    صاحبه عالی عالي برمجيات نرم\u200cافزار عمومی عمومي متخصص اطفال الأطفال مدني مدنی
    معمار برق كهرباء""".split()  # noqa: SIM905
)
_PREFIXES = {"hebrew": "ולשבמכ", "arabic": "و"}
_LINKS = ("بن", "ابن", "بنت", "ابو", "ام", "בן", "בת")  # "son of", "daughter of"


def normalized(word: str) -> str:
    """A word without vowel marks, Arabic alef forms and Persian and Urdu letters folded
    (`فاطمہ` is `فاطمه`), a final ة as ه."""
    word = _STRIP.sub("", word).translate(_ALEF)
    return word[:-1] + "ه" if word.endswith("ة") else word


def abjad_names(line: str) -> list[Finding]:
    """PERSON findings for the Arabic and Hebrew first names of `line`, with the names
    and surnames after them."""
    words = list(_WORD.finditer(line))
    out: list[Finding] = []
    i = 0
    while i < len(words):
        m = words[i]
        kind, ambiguous = _first_name(m.group())
        if kind is None:
            i += 1
            continue
        j = i + 1
        while j < len(words) and line[words[j - 1].end() : words[j].start()] in (" ", "\t"):
            step = _rest(words, j, kind, line)
            if not step:
                break
            j += step
        cued = j > i + 1 or _cue(line, m.start(), kind)
        if not ambiguous or cued:
            out.append((m.start(), words[j - 1].end(), "PERSON", 0.75))
        i = j
    for t in _TITLED.finditer(line):
        if not set(t.group(1).split()) & _NOT_TITLED:
            out.append((t.start(1), t.end(1), "PERSON", 0.75))
    return out


def _first_name(word: str) -> tuple[str | None, bool]:
    """("arabic" or "hebrew", whether it is also a common word), or (None, False)."""
    plain = normalized(word)
    if "\u200c" in plain and plain not in _lists("arabic")[0]:
        plain = plain.replace("\u200c", "")  # a joiner put inside a name: "سل‌مى"
    if _SHADDA in word and len(plain) == 3:
        return None, False  # a verb of three letters, one doubled: "حسّن" (improve)
    for kind in ("arabic", "hebrew"):
        names, common, _ = _lists(kind)
        if plain in names:
            return kind, plain in common
        head, rest = plain[:1], plain[1:]
        if head and head in _PREFIXES[kind] and len(rest) >= 3 and rest in names:
            return kind, rest in common  # "ויוסי", "ومحمد"
    return None, False


def _rest(words: list[re.Match[str]], j: int, kind: str, line: str) -> int:
    """How many of the words from `j` on continue a name (0: none)."""
    word = normalized(words[j].group())
    head = word.split("\u200c")[0]
    if len(head) >= 4:
        word = head  # "کریمی‌نژاد": its first part (not the prefix of a verb: "می‌کند")
    elif "\u200c" in word and word.replace("\u200c", "") in _lists(kind)[0]:
        word = word.replace("\u200c", "")  # a joiner put inside a name: "مو‌سوی"
    names, _, surnames = _lists(kind)
    after = None
    if j + 1 < len(words) and line[words[j].end() : words[j + 1].start()] == " ":
        after = normalized(words[j + 1].group())
    if word in _LINKS and after is not None:
        return 2  # "بن سلمان", "בן דוד"
    if word == "عبد" and after is not None and after.startswith("ال"):
        return 2  # "عمر عبد الله"
    if word in names or word in surnames:
        return 1
    if kind == "arabic" and word[:1] == "و" and word[1:] in names:
        return 1  # "كريم ولجين": two names joined by "and"
    if kind == "arabic" and word.endswith("ي") and len(word) >= (5 if word[:2] == "ال" else 4):
        return 1  # a family name of origin or tribe: "الشمري", "القحطاني", Persian "رحیمی"
    return 0


def _cue(line: str, start: int, kind: str) -> bool:
    before = line[max(0, start - 16) : start]
    if kind == "hebrew" and line[start] == "ה":
        return False  # the article: "את הספר" is a thing
    return _CUE.search(normalized(before)) is not None


@functools.cache
def _lists(kind: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = names_data()
    return (
        frozenset(map(normalized, data[f"{kind}_names"])),
        frozenset(map(normalized, data[f"{kind}_words"])),
        frozenset(map(normalized, data[f"{kind}_surnames"])),
    )
