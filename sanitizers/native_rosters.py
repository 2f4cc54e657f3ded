"""Lists of people after a key that says who they are, in scripts without capitals and in
Cyrillic: a shift's workers, a crew, members, staff, volunteers, those present
("የማታ ፈረቃ ሰራተኞች: አበባ ከበደ፣ ዳዊት ታምራት", "कल के मजदूर: रमेश यादव, सुनीता देवी और मोहन।",
"ဝန်ထမ်းစာရင်း: မောင်မောင်, ခင်ခင်ဝင်း", "רשימת העובדים: דנה לוי, יוסי כהן-אברהם (מנהל)",
"ბრიგადის წევრები: გიორგი ბერიძე, …", "Өнөөдрийн ажилчид: Болд Ганбаатар, Сарнай Дорж").

The key is what opens the line up to its colon (at most 60 characters) and holds a word
of ROSTER_WORDS. Each item of the list (split at commas, Arabic and Ethiopic commas,
semicolons and "and") is a person's name when it is one to four words of one script that
is not Latin (Cyrillic ones capitalized), with no digit, optionally with a bracket after
it ("(lead)"); the list ends at its sentence's end, and holds two such items at least (one
word after "सदस्य संख्या:", members' number, is a number's). CJK lists: `native_names.listed_names`.
"""

from __future__ import annotations

from sanitizers.recognizers import Finding
from sanitizers.tries import compiled

# the words for a group of people that a list of names follows, by language
ROSTER_WORDS = (
    # Amharic, Tigrinya: workers, members, staff, present
    "ሰራተኞች|ሠራተኞች|አባላት|ተሳታፊዎች|የተገኙ"
    # Sinhala: employees, workers, members, staff
    "|සේවකයින්|සේවකයෝ|කම්කරුවන්|සාමාජිකයින්|කාර්ය මණ්ඩලය"
    # Myanmar: workers, staff, members
    "|အလုပ်သမား|ဝန်ထမ်း|အဖွဲ့ဝင်"
    # Hindi, Nepali, Marathi: workers, staff, members, present, volunteers
    "|कामदार|मजदूर|मज़दूर|कर्मचारी|कामगार|सदस्य|उपस्थित|स्वयंसेवक"
    # Bengali, Tamil, Telugu
    "|শ্রমিক|কর্মী|সদস্য|উপস্থিত|தொழிலாளர்|ஊழியர்|பணியாளர்|உறுப்பினர்|కార్మికులు|సిబ్బంది"
    # Urdu, Persian, Arabic: workers, employees, members, crew
    "|مزدور|ملازمین|کارکن|اراکین|کارگران|کارکنان|اعضا|العمال|العاملين|الموظفين|الموظفون"
    "|الأعضاء|الطاقم|طاقم"
    # Khmer, Thai, Lao
    "|កម្មករ|បុគ្គលិក|សមាជិក|คนงาน|พนักงาน|สมาชิก|ผู้เข้าร่วม|ພະນັກງານ"
    # Hebrew, Georgian, Armenian
    "|העובדים|עובדים|חברי הצוות|נוכחים|ბრიგად|მუშები|თანამშრომლები|წევრები|աշխատողներ"
    # Mongolian, Russian, Ukrainian, Kazakh
    "|ажилчид|ажилтнууд|гишүүд|рабочие|сотрудники|бригада|участники|присутствовали"
    "|працівники|робітники|жұмысшылар|қызметкерлер"
)
ROSTER_KEY = compiled(ROSTER_WORDS)  # a key that is a roster's, not a chat's speaker
_ROSTER = compiled(
    rf"(?m:^)[ \t\-•*]*(?P<key>[^\n:：]{{0,60}}?(?:{ROSTER_WORDS})[^\n:：]{{0,30}})[ \t]*[:：]"
    r"[ \t]*(?P<items>[^\n]{2,400})"
)
MYANMAR = "\u1000-\u103f\u1050-\u109f"  # Myanmar's letters and signs (not its digits, sections)
# one script's letters and signs, per script (Cyrillic words capitalized)
SCRIPTS = (
    "\u1200-\u135f",  # Ethiopic letters (not its commas, stops and digits)
    "\u0d80-\u0dff\u200d",  # Sinhala (and its joiner)
    MYANMAR,
    "\u0900-\u0963\u0971-\u097f",  # Devanagari (without dandas and digits)
    "\u0980-\u09e3\u09f0-\u09ff",  # Bengali
    "\u0b80-\u0be5\u0bf0-\u0bff",  # Tamil
    "\u0c00-\u0c65\u0c70-\u0c7f",  # Telugu
    "\u0620-\u064a\u064b-\u065f\u0670-\u06d3",  # Arabic, Urdu, Persian
    "\u1780-\u17d3",  # Khmer (without its signs of the end and digits)
    "\u0e01-\u0e4e",  # Thai
    "\u05d0-\u05ea\u05f3\u05f4\u05be",  # Hebrew (geresh, maqaf)
    "\u10d0-\u10ff",  # Georgian
    "\u0531-\u0587",  # Armenian
)


def script_name(most: int) -> str:
    """A regex for one to `most` words of one of SCRIPTS (a word may be hyphenated)."""
    return "|".join(
        rf"[{s}]{{2,}}(?:[\-‑][{s}]{{2,}})?(?:[ ][{s}]{{2,}}(?:[\-‑][{s}]{{2,}})?){{0,{most - 1}}}"
        for s in SCRIPTS
    )


_UPPER, _LOWER = "А-ЯЁӨҮІЇЄҐҚҢҒҰҺ", "а-яёөүіїєґқңғұһ"


def cyrillic_name(most: int) -> str:
    """A regex for one to `most` capitalized Cyrillic words."""
    return rf"[{_UPPER}][{_LOWER}]+(?:[ ][{_UPPER}][{_LOWER}]+){{0,{most - 1}}}"


SCRIPT_NAME = script_name(3)
CYRILLIC_NAME = cyrillic_name(3)
_ITEM = compiled(
    rf"(?:{script_name(4)}|{cyrillic_name(4)})(?=[ \t]*(?:[(（][^()（）\n]{{0,24}}[)）])?[ \t]*$)"
)
_END = compiled(r"[.。।॥።။៕!?]|[ \t]{3,}")
# (and "and": Hindi and Nepali, Bengali, Tamil, Amharic, Khmer, Thai, Arabic, Russian,
# Georgian, Armenian, Mongolian, Ukrainian)
_SPLIT = compiled(r"[,،፣、;；፤]|[ \t](?:and|और|तथा|र|আর|ও|மற்றும்|እና|និង|และ|و|и|та|і|და|և|ба)[ \t]")


def roster_items(line: str) -> list[Finding]:
    """PERSON findings for the names listed after a roster's key in `line` (see above)."""
    out: list[Finding] = []
    for m in _ROSTER.finditer(line):
        start = m.start("items")
        items = m.group("items")
        end = _END.search(items)
        items = items[: end.start()] if end is not None else items
        pos = 0
        names: list[Finding] = []
        for part in _SPLIT.split(items):
            at = items.find(part, pos)
            pos = at + len(part)
            lead = len(part) - len(part.lstrip())
            item = _ITEM.match(part, lead)
            if item is not None:
                names.append((start + at + item.start(), start + at + item.end(), "PERSON", 0.75))
        if len(names) >= 2:  # a list: one item after "सदस्य संख्या:" may be a number's word
            out.extend(names)
    return out
