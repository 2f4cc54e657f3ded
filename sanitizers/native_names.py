"""Names written in their own scripts, which the English model cannot see, line by line:
Chinese, Japanese and Korean ones (no space separates them from the words around them).

- **Titles after a name** (`刘师傅`, `徐明先生`, `孙总`; `木村部長`; `오 과장님`, `임유나 사원`,
  `서유나 드림`): a Chinese name is cut where a common surname starts (one to three
  characters); a Japanese one is the run of kanji before the title (the particles around it
  are kana); a Korean one starts with a common surname, one syllable with a space before the
  title or two to four.
- **Lists after an attendance key** (`出席者：木村葵（部長）、鈴木真由`, `参会人：孙明、黄芳`,
  `참석자: 김민수, 이지은`): each item of two to six letters of these scripts.
- **Running text**: a Chinese name with a common given name (`同事欧阳志强`); a Japanese
  name spaced between surname and given name introducing itself (`…の佐々木 真由美です`), or
  a listed Japanese surname before a particle (`山本の2名`); a Korean name introducing
  itself after its team (`인사팀 한서연입니다`) or before a particle used for people
  (`윤도윤한테`).

Chats, signatures and names mentioned again: `native_texts.py`.
"""

from __future__ import annotations

from sanitizers.lexicon import names_data
from sanitizers.recognizers import Finding
from sanitizers.tries import compiled

HAN = r"\u3400-\u4dbf\u4e00-\u9fff"
KANA = r"\u3040-\u30ff"
HANGUL = r"\uac00-\ud7a3"
CJK = HAN + KANA + HANGUL
CJK_LETTER = compiled(f"[{CJK}]")  # a text or span with a letter of these scripts
KANA_LETTER = compiled(f"[{KANA}]")  # Japanese (Chinese text has no kana)
CJK_DATA = names_data()["cjk"]

# the common Chinese surnames (about 90% of people), the compound and the Korean ones
SURNAMES = frozenset(CJK_DATA["surnames"])
COMPOUND_SURNAMES = frozenset(CJK_DATA["compound_surnames"])
KOREAN_SURNAMES = frozenset(CJK_DATA["korean_surnames"])

# surnames that are mostly words ("and", "at", "to", "when")
FUNCTION_SURNAMES = frozenset("和于向时")
_ZH_TITLE = compiled(
    rf"([{HAN}]{{1,4}})(?=先生|女士|小姐|老师|师傅|經理|经理|总监|總監|总(?![结共计体部额是之统理数量])|主任|"
    r"医生|醫生|大夫|律师|律師|教授|同学|博士|处长|局长|科长|院长|董事长|阿姨)"
)
_JA_TITLE = compiled(
    rf"(?<![{HAN}々])([{HAN}々]{{1,6}})(?=部長|課長|社長|係長|先輩|主任|専務|常務|会長|教授|先生)"
)
_KO_TITLE = compiled(
    rf"(?<![{HANGUL}])([{HANGUL}]{{1,4}}?)([ ]?)(?=(?:과장|대리|사원|팀장|부장|차장|실장|주임|선배|"
    r"후배|교수|매니저|성도)|(?:대표|이사|원장|사장|선생|집사|권사|장로|목사|전도사)님|님|씨"
    r"|(?<=[ ])(?:드림|올림)"
    rf"(?:[^{HANGUL}]|$))"
)
# a Chinese name with a common given name, anywhere in running text ("同事欧阳志强")
_SURNAME = "|".join(CJK_DATA["compound_surnames"]) + "|[" + "".join(CJK_DATA["surnames"]) + "]"
_ZH_GIVEN = compiled(rf"(?=({_SURNAME})({'|'.join(CJK_DATA['given_names'])}))")
# a Chinese name after "my name is" or a colleague's role ("我叫何勇", "我的同事陈敏也会联系你",
# "候选人王军，电话…"):
# a surname and one or two letters, the second not a word that follows names (也, 会, 的)
_ZH_CUED = compiled(
    r"(?:我叫|我是|名叫|叫做|同事|客户|朋友|同学|室友|邻居|跟|告诉|通知|转告|问问|姓名"
    r"|候选人|应聘者|面试者|新员工|实习生)[ ]?"
    rf"(({_SURNAME})[{HAN}]"
    rf"(?:(?![也会的和在是说了给把将要就都还来去能对跟与让被您你我他她])[{HAN}])?)"
)
# a Thai name after "my name is", up to its surname ("ดิฉันชื่ออรุณี ศรีสุข")
THAI = "\u0e01-\u0e4e"
_LATIN_HONORED = compiled(
    r"(?<![\w-])([A-Z][a-zà-ÿ'’-]+(?:[ ][A-Z][a-zà-ÿ'’-]+)?)[ ]?"
    r"(?=様|さん|さま|氏|先生|くん|ちゃん)"
)
_TH_NAMED = compiled(
    rf"(?:ดิฉันชื่อ|ผมชื่อ|ฉันชื่อ|หนูชื่อ|เราชื่อ|ชื่อว่า|ชื่อเล่น)[ ]?([{THAI}]{{2,20}}(?:[ ][{THAI}]{{2,20}})?)"
    # a letter's formal "I" and its signature, before a given name and a surname ("ข้าพเจ้า
    # ธนวัฒน์ แก้วมณี ตำแหน่ง...", "ลงชื่อ วิชัย บุญมี"; not "ลงชื่อเข้าใช้", to sign in)
    rf"|(?:ข้าพเจ้า|ลงชื่อ|ลงนาม)[ ]+([{THAI}]{{2,20}}[ ][{THAI}]{{2,20}})(?![{THAI}])"
    # a chat's speaker by a given name and a surname ("อนันต์ ธงชัย: 10 โมงครับ")
    rf"|^[ \t]*([{THAI}]{{2,20}}[ ][{THAI}]{{2,20}})[ \t]?:[ \t]*\S"
)
# a full Korean name introducing oneself after one's team ("인사팀 한서연입니다") or before a
# particle used for people only ("윤도윤한테 연락해", "김서준에게")
_KO_SELF = compiled(
    rf"(?:팀|부|과|실|센터|본부|지점|저는|이름은)[ ]([{HANGUL}]{{3}})"
    r"(?=입니다|이에요|예요|이라고 합니다|라고 합니다"
    # ... or a team's member named with their number ("인사팀 임지민 (+82 10-2411-0658)")
    r"|[ ]?[(（]?[ ]?\+?\d{2,}[-‐ )\d])"
)
_KO_ACCOUNT = compiled(
    rf"(?<![{HANGUL}])([{HANGUL}]{{2,4}})[ ]?명의"
)  # "조하은 명의로" (in her name)
_KO_TO = compiled(rf"(?<![{HANGUL}])([{HANGUL}]{{3}})(?=한테|에게|께)")
# a given name glued to the sibling word a younger one calls an elder by ("현우오빠 DB 비번
# 뭐였죠?", "서준형", "지민언니"); not a friend's or a cousin's ("친구오빠", "사촌언니")
_KO_SIBLING = compiled(rf"(?<![{HANGUL}])([{HANGUL}]{{2}})(?=(?:오빠|언니|누나|형)(?![{HANGUL}]))")
_KO_NOT_SIBLINGS = frozenset(
    ["친구", "사촌", "동네", "옆집", "우리", "아는", "남친", "여친", "회사", "학교"]
    + ["교회", "대학", "직장", "엄마", "아빠", "동생", "친오", "친언"]
)
# a Korean name after a kinship or a role word in running text ("외할머니 정혜진은", "남편
# 장성호의", "주장 오준혁은"): three syllables before a particle (not "딸 이름을")
_KO_KIN = compiled(
    r"(?:증조할아버지|증조할머니|외할아버지|외할머니|할아버지|할머니|아버지|어머니|남편|아내|부인|딸|아들"
    r"|손녀|손자|형|누나|오빠|언니|동생|삼촌|이모|고모|사위|며느리|주장|감독|선수|코치|교사|학생|환자"
    r"|고객|목격자|피해자|신고인)[ ]"
    rf"([{HANGUL}]{{2}}[^\W을를은는이가의과와])(?=(?:은|는|이|가|의|을|를|과|와|에게|씨|님)(?![{HANGUL}]))"
)
_KO_NOT_ENDING = frozenset("자들님사")  # "사용자에게", "학생들에게", "선생님께", "변호사"
# words before an honorific or a title that name no one ("お客様", "고객님")
_JA_NOT_NAMES = frozenset(CJK_DATA["japanese_not_names"])
_KO_NOT_NAMES = frozenset(CJK_DATA["korean_not_names"])

_ROSTER = compiled(
    r"(?:出席者|欠席者|参加者|参会人员?|与会者|与会人员|缺席|列席|出席|成员|名单|メンバー|参加メンバー|"
    r"참석자|불참자|참석|명단|참여자|الحضور|الحاضرون|المشاركون|الغائبون|حاضرین|غیر حاضر|"
    r"志工|志愿者|義工|义工|工作人员|工作人員|家属|家屬|遺族|ボランティア|봉사자|자원봉사자|"
    r"المتطوعون|سوگوار|سوگواران)"
    r"[ \t]*[：:][ \t]*([^\n]{2,300})"
)
# a Japanese name written with a space between surname and given name ("佐々木 真由美")
SPACED = rf"[{HAN}々]{{1,3}}[ 　][{HAN}々{KANA}]{{1,4}}"
_ARABIC_NAME = r"[\u0620-\u064a\u0671-\u06d3]{2,}(?:[ ][\u0620-\u064a\u0671-\u06d3]{2,}){0,3}"
_ITEM = compiled(
    rf"^([{HAN}{KANA}々]{{2,6}}|[{HANGUL}]{{2,4}}|{SPACED}|{_ARABIC_NAME})"
    r"(?:[ \t]*[（(][^（）()\n]{0,12}[）)])?$"
)
# introducing oneself ("青葉商事の佐々木 真由美です"), signing a Japanese letter on a line of
# its own ("佐々木 真由美" above the company's name)
_JA_SURNAME_WORDS = "|".join(CJK_DATA["japanese_surnames"])
_JA_SURNAME = compiled(
    rf"(?<![{HAN}々])({_JA_SURNAME_WORDS})"
    r"(?=が|は|と|の|に|から|より|も|へ|さん|さま|様|君|くん|ちゃん|氏|殿|先生)"
)
# a Japanese surname and a given name of one or two kanji or two to four kana, in running
# text before a particle or a title ("曽祖父の山本武は", "小林陽子と結婚し", "中村浩選手");
# not a household, a place or a title after the surname ("山本家は", "山本町の",
# "山本さんは", "山本社長は")
_JA_FULL = compiled(
    rf"(?<![{HAN}々])({_JA_SURNAME_WORDS})"
    rf"([{HAN}々]{{1,2}}|[{KANA}]{{2,4}})"
    r"(?=は|が|と|を|に|の|も|へ|から|より|だ|です|選手|投手|監督|氏|さん|さま|様|君|くん|ちゃん|先生|、|。)"
)
_JA_NOT_KANA = (
    "です",
    "でし",
    "でご",
    "だっ",
    "から",
    "まで",
    "など",
    "たち",
    "さん",
    "さま",
)  # 高橋です
_JA_NOT_GIVEN = frozenset(
    """家 町 市 区 村 県 駅 店 社 屋 組 川 山 橋 通 様 氏 君 さん さま くん ちゃん 先生
    社長 部長 課長 係長 教授 選手 監督 一家 一族 家族 夫妻 夫人 医院 病院 商店 工務
    会長 院長 店長 校長""".split()  # noqa: SIM905
)
_ROLE_SPEAKER = compiled(
    r"[ \t]*(?:客服|店员|司机|快递员|医生|老师|护士|상담원|기사님?|직원|オペレーター|担当)[ ]?"
    rf"([{HAN}]{{1,3}}|[{HANGUL}]{{2,3}}|[{KANA}]{{2,6}})[ \t]*[：:]"
)
_JA_SELF = compiled(rf"(?:^|(?<=[のは、]))({SPACED})(?=です|と申します|と言います|でございます)")
# a spaced Japanese name after a name key, before an honorific or before a record's next
# field ("氏名 伊藤 拓也", "田中 さくら 様", "「高橋 陽子、生年月日 ...")
_SPACED_KEYED = compiled(
    rf"(?:(?:氏名|名前|お名前|姓名)[：:]?[ 　]*({SPACED})(?![{HAN}{KANA}々])"
    rf"|(?<![{HAN}{KANA}々])({SPACED})(?=[ 　]?(?:様|さま|殿)|、(?:生年月日|住所|年齢|電話)))"
)
SPEAKER_KEYS = frozenset(CJK_DATA["speaker_keys"])  # form keys that open lines too ("时间：")
_ITEM_SPLIT = compiled(r"[ \t]*[、，,/；;،][ \t]*")

# letters of the scripts that are neither Latin nor CJK (Greek, Cyrillic, Armenian, Hebrew,
# Arabic, the Indic scripts, Thai, Georgian), with their vowel signs
OTHER = (
    r"\u0370-\u03ff\u0400-\u04ff\u0530-\u058f\u05d0-\u05ea\u0620-\u064a\u0660-\u06d3"
    r"\u0900-\u0e7f\u10a0-\u10ff\u1000-\u109f\u1200-\u137f\u1780-\u17ff"
)  # (and Myanmar, Ethiopic and Khmer)


def _chinese(run: str) -> str | None:
    """The name that ends `run` (the characters before a title): from the last surname
    start that leaves one to three characters, longest first."""
    for size in (3, 2, 1):
        name = run[-size:]
        if len(name) < size or (size > 1 and (name[0] in FUNCTION_SURNAMES or name[:2] == "关于")):
            continue  # "我和王先生", "关于李总": a word before the name
        if name[:2] in COMPOUND_SURNAMES and size >= 2 or name[0] in SURNAMES:
            return name
    return None


def titled_names(line: str, japanese: bool) -> list[Finding]:
    """PERSON findings for CJK names before a title or honorific in `line` (of a Japanese
    text when `japanese`: its lines without kana too)."""
    out: list[Finding] = latin_before_honorific(line)
    m = _ROLE_SPEAKER.match(line)
    if m is not None:  # a support chat's agent named after the role ("客服子轩：", "상담원 하은:")
        out.append((m.start(1), m.end(1), "PERSON", 0.75))
    for m in _SPACED_KEYED.finditer(line):
        group = 1 if m.group(1) else 2
        out.append((m.start(group), m.end(group), "PERSON", 0.75))
    if not japanese:
        for m in _ZH_GIVEN.finditer(line):
            if m.group(1) not in FUNCTION_SURNAMES:
                out.append((m.start(1), m.end(2), "PERSON", 0.75))
        for m in _ZH_CUED.finditer(line):
            out.append((m.start(1), m.end(1), "PERSON", 0.75))
        for m in _ZH_TITLE.finditer(line):
            name = _chinese(m.group(1))
            if name is not None:
                out.append((m.end(1) - len(name), m.end(1), "PERSON", 0.75))
    else:
        for m in _JA_TITLE.finditer(line):
            if m.group(1) not in _JA_NOT_NAMES:
                out.append((m.start(1), m.end(1), "PERSON", 0.75))
        for m in (*_JA_SELF.finditer(line), *_JA_SURNAME.finditer(line)):
            out.append((m.start(1), m.end(1), "PERSON", 0.75))
        for m in _JA_FULL.finditer(line):
            given = m.group(2)
            if (
                given not in _JA_NOT_GIVEN
                and given[:1] not in _JA_NOT_GIVEN
                and not given.startswith(_JA_NOT_KANA)
            ):
                out.append((m.start(1), m.end(2), "PERSON", 0.75))
    korean = (*_KO_SELF.finditer(line), *_KO_TO.finditer(line), *_KO_ACCOUNT.finditer(line))
    for m in (*korean, *_KO_KIN.finditer(line)):
        name = m.group(1)
        surname = name[0] in KOREAN_SURNAMES and name[-1] not in _KO_NOT_ENDING
        if surname and name not in _KO_NOT_NAMES:
            out.append((m.start(1), m.end(1), "PERSON", 0.75))
    for m in _KO_SIBLING.finditer(line):
        if m.group(1) not in _KO_NOT_SIBLINGS | _KO_NOT_NAMES:
            out.append((m.start(1), m.end(1), "PERSON", 0.75))
    for m in _KO_TITLE.finditer(line):
        name, space = m.group(1), m.group(2)
        if name in _KO_NOT_NAMES or name[0] not in KOREAN_SURNAMES:
            continue
        if len(name) == 1 and not space:
            continue  # one syllable glued to 님: a word ("형님"), not a surname
        out.append((m.start(1), m.end(1), "PERSON", 0.75))
    return out


def latin_before_honorific(line: str) -> list[Finding]:
    """A name in Latin letters before a Japanese honorific ("Lehtonen様", "Anna さん")."""
    return [(m.start(1), m.end(1), "PERSON", 0.75) for m in _LATIN_HONORED.finditer(line)]


def thai_names(line: str) -> list[Finding]:
    """PERSON findings for a Thai name after "my name is", a letter's "I" or its signature,
    and a chat speaker's given name and surname, in `line`."""
    return [
        (m.start(g), m.end(g), "PERSON", 0.75)
        for m in _TH_NAMED.finditer(line)
        if (g := m.lastindex)
    ]


def listed_names(line: str) -> list[Finding]:
    """PERSON findings for the items of a CJK attendance list in `line`."""
    out: list[Finding] = []
    for m in _ROSTER.finditer(line):
        pos = m.start(1)
        for part in _ITEM_SPLIT.split(m.group(1)):
            at = line.find(part, pos)
            pos = at + len(part)
            item = _ITEM.match(part.strip())
            if item is not None and item.group(1) not in SPEAKER_KEYS:
                start = at + part.find(item.group(1))
                out.append((start, start + len(item.group(1)), "PERSON", 0.75))
    return out
