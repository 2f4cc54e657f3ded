"""The holder of an account a payment goes to, named after the words that say so, with or
without a colon, in the languages that write it that way:

    押金转到这个卡上：4842…，户名Michelle Lim       (Chinese: account name)
    계좌 692802918006 (예금주 임민준)로 보내주세요     (Korean: account holder)
    โอนเข้าพร้อมเพย์ 094-100-2985 ชื่อบัญชี ศุภชัย พรหมมา นะคะ  (Thai: account name)
    إلى الحساب … باسم ربى عبيدات.                    (Arabic: in the name of)
    নম্বরে পাঠান, নাম ফাহিম সিদ্দিকী।                  (Bengali: name)
    Le colis au nom de EL IDRISSI Lamia               (French: in the name of)

Each key takes the value its script writes a name in: a Chinese or Korean one starts with a
listed surname and has two to four characters; a Thai one is a given name and a surname
(a polite ending after them is no part); an Arabic-script or Bengali one is one to three
words up to the sentence's end; a Latin one is one to four capitalized words (or capitals)
with a particle between them. Ordinary words after the key ("au nom de la société") are no
name, nor are an organization's words.
"""

from __future__ import annotations

import re

from sanitizers.lexicon import NAME_PARTICLES, organization_word
from sanitizers.native_names import KOREAN_SURNAMES, SURNAMES
from sanitizers.recognizers import Finding
from sanitizers.tries import compiled

_LATIN_WORD = r"(?:[A-ZÀ-Ý][\w'’-]+|[A-Z]\.)"
_PARTICLE = r"(?:de|da|do|dos|das|del|van|von|der|bin|binti|al|el)(?=[ ][A-ZÀ-Ý])"
_LATIN = rf"{_LATIN_WORD}(?:[ ](?:{_LATIN_WORD}|{_PARTICLE})){{0,4}}"
_CJK = r"[\u4e00-\u9fff]{2,4}"
_HANGUL = (  # (or three syllables before a particle: "임민준입니다", "임민준님")
    r"[\uac00-\ud7a3]{2,4}(?![\uac00-\ud7a3])"
    r"|[\uac00-\ud7a3]{3}(?=(?:입니다|이에요|예요|으로|로|님|씨))"
)
_THAI = r"[\u0e01-\u0e4e]+(?:[ ][\u0e01-\u0e4e]+)?"
_ARABIC = r"[\u0621-\u064a\u0671-\u06d3\u06cc]+(?:[ ][\u0621-\u064a\u0671-\u06d3\u06cc]+){0,2}"
_BENGALI = r"[\u0980-\u09fe]+(?:[ ][\u0980-\u09fe]+){0,2}(?=[।,.\n]|$)"
_SEP = r"[ \t]?[:：]?[ \t]?"
# the words before the holder's name, by the script its name is written in
_CJK_KEYS = "户名|戶名|账户名|帳戶名|开户名|開戶名|收款人|户主|口座名義|名義"
_ARABIC_KEYS = "باسم|اسم الحساب|صاحب الحساب|اکاؤنٹ ٹائٹل"
_LATIN_KEYS = (
    "au nom de|a nombre de|em nome de|in nome di|auf den Namen"
    "|(?i:account name|account holder|name on the account)"
)
_HOLDERS = compiled(
    rf"(?:(?:{_CJK_KEYS}){_SEP}(?P<cjk>{_CJK}|{_LATIN})"
    rf"|예금주{_SEP}(?P<hangul>{_HANGUL})"
    rf"|ชื่อบัญชี{_SEP}(?P<thai>{_THAI})"
    rf"|(?<![\w])(?:{_ARABIC_KEYS}){_SEP}(?P<arabic>{_ARABIC})"
    rf"|(?:^|(?<=[,，] ))নাম{_SEP}(?P<bengali>{_BENGALI})"
    rf"|(?<![\w])(?:{_LATIN_KEYS}){_SEP}(?P<latin>{_LATIN})"
    r")",
    re.MULTILINE,
)
_PRE = compiled(f"{_CJK_KEYS}|예금주|ชื่อบัญชี|{_ARABIC_KEYS}|নাম|{_LATIN_KEYS}")  # a first look
_KEY_NEXT = compiled(r"[ \t]*[:：]")
# Thai polite endings and particles after a name ("… พรหมมา นะคะ")
_THAI_AFTER = ("นะคะ", "นะครับ", "ค่ะ", "ครับ", "คะ", "นะ", "จ้า", "ด้วย")
# Arabic-script words that end a name's run: prepositions, "day", "on", "and", "the month"
_ARABIC_STOP_WORDS = "في يوم على من إلى الى عن مع و ثم قبل بعد لدى عند کو میں سے کا کی کے اور ہے"
_ARABIC_STOP = frozenset(_ARABIC_STOP_WORDS.split(" "))


def account_holders(text: str) -> list[Finding]:
    """PERSON findings for the names after an account holder's key (see above)."""
    if _PRE.search(text) is None:
        return []
    out: list[Finding] = []
    for m in _HOLDERS.finditer(text):
        kind = m.lastgroup
        start = m.start(kind)
        value = m.group(kind)
        if kind == "cjk" and value[0] >= "\u4e00" and value[0] not in SURNAMES:
            continue
        if kind == "hangul" and value[0] not in KOREAN_SURNAMES:
            continue
        if kind == "thai" and value.endswith(_THAI_AFTER):
            value = value.rsplit(" ", 1)[0] if " " in value else ""
        if kind == "arabic":
            words = value.split(" ")
            cut = next((i for i, w in enumerate(words) if w in _ARABIC_STOP), len(words))
            value = " ".join(words[:cut])
        if kind in ("cjk", "latin") and _KEY_NEXT.match(text, start + len(value)):
            continue  # "Account holder SSN: …": another key
        if kind in ("cjk", "latin") and value[0] < "\u4e00":
            words = value.split(" ")
            if organization_word(words[-1]) or all(w.lower() in NAME_PARTICLES for w in words):
                continue
        if value:
            out.append((start, start + len(value), "PERSON", 0.7))
    return out
