"""A name after a greeting and a title, in scripts without capitals and in Cyrillic: a
letter's or a message's first line ("ሰላም አቶ አበበ ከበደ፣", "ආයුබෝවන් නිමල් පෙරේරා මහතා,",
"السلام علیکم ڈاکٹر جاوید،", "ជម្រាបសួរ លោក សុខ ចាន់", "Сайн байна уу Болд багш,",
"שלום עו\"ד דנה לוי,", "გამარჯობა ქ-ნი ნინო ბერიძე,", "မင်္ဂလာပါ ကိုအောင်အောင်").

The line opens with a greeting of GREETINGS; a title before the name (TITLES_BEFORE) or
after it (TITLES_AFTER) is needed, so "hello, friends" names no one. The name is one to
three words of one script (`native_rosters.SCRIPTS`), or capitalized Cyrillic words, and
ends at a comma, at the title after it or at the line's end. Myanmar glues the title to
the name (ကို, မ, ဦး, ဒေါ်): there the name is the run after it. Chinese greetings:
`cjk_greetings.py`; Latin ones: the cues of names.yaml.
"""

from __future__ import annotations

from sanitizers.native_rosters import CYRILLIC_NAME, MYANMAR, SCRIPT_NAME
from sanitizers.recognizers import Finding
from sanitizers.tries import compiled

GREETINGS = (
    "ሰላም|ጤና ይስጥልኝ|ආයුබෝවන්|नमस्ते|नमस्कार|प्रणाम|السلام علیکم|السلام عليكم|السلام علیکم و رحمة الله"
    "|سلام|مرحبا|أهلا|اهلا|درود|ជម្រាបសួរ|សួស្តី|Сайн байна уу|Сайн уу|Здравствуйте|Привет"
    "|Добрый день|Вітаю|Доброго дня|Сәлеметсіз бе|Салам|Ассалому алайкум|שלום|היי|გამარჯობა"
    "|მოგესალმებით|မင်္ဂလာပါ|สวัสดี|வணக்கம்|নমস্কার|আসসালামু আলাইকুম|আসসালামুয়ালাইকুম"
    "|Բարև|Բարեւ|ನಮಸ್ಕಾರ|నమస్కారం|നമസ്കാരം|เรียน"
)
TITLES_BEFORE = (
    "አቶ|ወ/ሮ|ወይዘሮ|ወ/ሪት|ዶ/ር|ኢንጂነር|ڈاکٹر|جناب|محترم|محترمہ|مهندس|دکتر|آقای|خانم|ښاغلی|میرمن"
    "|الأستاذ|الاستاذ|أستاذ|استاذ|الدكتور|دكتور|د\\.|المهندس|السيد|السيدة|الأخ|الاخ|الحاج|أبو|ابو"
    "|បង|លោកស្រី|លោក|អ្នកស្រី|អ្នកគ្រូ|លោកគ្រូ|г-н|г-жа|господин|госпожа|пан|пані"
    '|עו"ד|ד"ר|מר|גב\'|גברת|הרב|ქ-ნ[ი]?|ბ-ნ[ი]?|ბატონო|ქალბატონო|ბატონი|ქალბატონი'
    "|คุณ|พี่|ดร\\.|นางสาว|นาย|นาง|श्री|श्रीमती|सुश्री|श्रीमान|डॉ\\.?|डा\\.|திரு|திருமதி|டாக்டர்|ড\\.|ডাঃ|ডা\\."
    "|জনাব|শ্রী|শ্রীমতী|Պարոն|Տիկին|պարոն|տիկին"
)
TITLES_AFTER = (
    "මහත්මිය|මහත්මයා|මහතා|මිය|दाइ|दिदी|दीदी|जी|साहब|साहेब|भैया|ভাই|ভাইয়া|আপা|দিদি|সাহেব"
    "|багш|гуай|ах|эгч|ага|апа|ሻምበል|साब|அவர்களுக்கு|அவர்களே|சார்|ครับ|ค่ะ|کاکا|جان|صاحب"
)
_MYANMAR_TITLE = "ကို|မ|ဦး|ဒေါ်|ဆရာမ|ဆရာ"
_MYANMAR_NAME = f"[{MYANMAR}]{{2,}}"
_GREETED = compiled(
    rf"(?m:^)[ \t]*(?:{GREETINGS})[,!،]?[ \t]+"
    rf"(?:(?:{_MYANMAR_TITLE})(?P<myanmar>{_MYANMAR_NAME})"
    rf"|(?:(?:{TITLES_BEFORE})[ \t]*(?P<before>{SCRIPT_NAME}|{CYRILLIC_NAME})"
    rf"(?:[ \t]+(?:{TITLES_AFTER}))?"
    rf"|(?P<after>{SCRIPT_NAME}|{CYRILLIC_NAME})[ \t]+(?:{TITLES_AFTER})))"
    r"[ \t]*(?=[,،፣!:]|$)"
    # a letter's first line with no greeting, a title on each side ("محترم عاطف صاحب،")
    rf"|(?m:^)[ \t]*(?:{TITLES_BEFORE})[ \t]+(?P<both>{SCRIPT_NAME})[ \t]+(?:{TITLES_AFTER})"
    r"[ \t]*(?=[,،፣!]|$)"
)


_AFTER = frozenset(TITLES_AFTER.split("|"))


def greeted_native(line: str) -> list[Finding]:
    """PERSON findings for the name after a greeting and a title in `line` (see above)."""
    out: list[Finding] = []
    for m in _GREETED.finditer(line):
        if (group := m.lastgroup) is None:
            continue
        start, end = m.span(group)
        words = m.group(group).split(" ")
        while len(words) > 1 and words[-1] in _AFTER:  # the title after it ("… दाइ")
            end -= len(words.pop()) + 1
        out.append((start, end, "PERSON", 0.75))
    return out
