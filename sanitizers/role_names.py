"""The name in brackets after a tradesperson's or a household helper's role, in the
languages that write it that way:

    the cleaner (Daniel) comes Tuesdays
    Tukang (Dewi) datang hari Minggu
    ช่าง (ศุภชัย ทองดี) จะเข้าไป
    보일러 기사님(임도윤)이 화요일에 방문합니다
    维修师傅(王强)周一上午过来

The bracket holds the name alone, written in its script's shape: one to three capitalized
Latin words (not English words, unless a listed first name; not an acronym, a day or a
month), a Chinese or Korean name of two to four characters that starts with a listed
surname, one or two Thai words, one to three Arabic-script words. A company after the role
("the courier (DHL)", "driver (Uber)") is an acronym or a word the dictionary knows, and
stays unless it is an unknown brand in Title case, which this rule cannot tell apart.
"""

from __future__ import annotations

from sanitizers.first_names import name_word
from sanitizers.lexicon import CALENDAR, COMMON_WORDS, NAME_PARTICLES, organization_word
from sanitizers.native_names import KOREAN_SURNAMES, SURNAMES
from sanitizers.recognizers import Finding
from sanitizers.tries import compiled

_ROLES = (
    "plumber|electrician|cleaner|technician|mechanic|courier|driver|handyman|gardener|nanny|"
    "babysitter|caretaker|janitor|concierge|doorman|contractor|painter|locksmith|carpenter|"
    "housekeeper|maid|dog walker|pet sitter|repairman|installer|inspector|"
    "tukang|sopir|supir|kurir|pembantu|satpam|teknisi|"
    "fontanero|plomero|electricista|técnico|conserje|portero|casero|chófer|repartidor|"
    "limpiadora|plombier|électricien|technicien|gardienne?|livreur|chauffeur|"
    "klempner|elektriker|techniker|hausmeister|fahrer|encanador|eletricista|porteiro|síndico|"
    "motorista|entregador|tesisatçı|teknisyen|kapıcı|şoför|kurye|thợ|tài xế"
)
_GLUED_ROLES = (  # (written glued to the words before: "维修师傅", "보일러 기사님")
    "ช่าง|คนขับ|แม่บ้าน|기사님|기사|관리인|경비|师傅|師傅|司机|司機|阿姨|保洁|快递员|管理人|業者|"
    "الفني|السائق|السباك|البواب|मिस्त्री|प्लंबर|ड्राइवर"
)
# (read from the bracket, which is rare, then the role before it: the role alternation
# tried at every position of a text cost more than the rest of the rule)
_BRACKETED = compiled(r"[(（]([^()（）\n]{2,40})[)）]")
_ROLE_BEFORE = compiled(rf"(?:(?<![\w])(?i:{_ROLES})|{_GLUED_ROLES})[ ]?$")
# a tradesperson's firm: its name's last word ("Harbourside Property", "Kowalski Plumbing")
_TRADE_WORDS_TEXT = "property plumbing repairs repair maintenance cleaning removals movers heating"
_TRADE_WORDS = frozenset(_TRADE_WORDS_TEXT.split(" "))
_LATIN = compiled(r"[A-ZÀ-Ý][^\W\d_]+(?:['’-][^\W\d_]+)?")
_CJK = compiled(r"[\u4e00-\u9fff]{2,4}")
_HANGUL = compiled(r"[\uac00-\ud7a3]{2,4}")
_THAI = compiled(r"[\u0e01-\u0e4e]+(?:[ ][\u0e01-\u0e4e]+)?")
_ARABIC = compiled(
    r"[\u0621-\u064a\u0671-\u06d3\u06cc]+(?:[ ][\u0621-\u064a\u0671-\u06d3\u06cc]+){0,2}"
)


def role_names(text: str, words: frozenset[str]) -> list[Finding]:
    """PERSON findings for a name in brackets after a role (see above)."""
    if "(" not in text and "（" not in text:
        return []
    return [
        (m.start(1), m.end(1), "PERSON", 0.7)
        for m in _BRACKETED.finditer(text)
        if _ROLE_BEFORE.search(text, max(0, m.start() - 20), m.start()) and _name(m.group(1), words)
    ]


def _name(value: str, words: frozenset[str]) -> bool:
    if _CJK.fullmatch(value):
        return value[0] in SURNAMES
    if _HANGUL.fullmatch(value):
        return value[0] in KOREAN_SURNAMES
    if _THAI.fullmatch(value) or _ARABIC.fullmatch(value):
        return True
    tokens = [t for t in value.split(" ") if t.lower() not in NAME_PARTICLES]
    if not 1 <= len(tokens) <= 3 or not all(
        _LATIN.fullmatch(t) and not t.isupper() for t in tokens
    ):
        return False
    lows = [t.lower() for t in tokens]
    if any(w in COMMON_WORDS or w in CALENDAR for w in lows) or organization_word(lows[-1]):
        return False
    if len(lows) > 1 and lows[-1] in _TRADE_WORDS:  # "the plumber (Harbourside Property)"
        return False
    return any(name_word(w, words) for w in lows)
