"""The value rules of personal keys (names.yaml `fields`): whether a value under a key fits
what the key promises (a person's name, a login, a date, a phone, an address, a document
number). Fields finds the keys; ValueRules judges their values."""

from __future__ import annotations

import re

from sanitizers.first_names import (
    MIN_FREQUENCY,
    PAIR_MIN_FREQUENCY,
    common_first_name,
    given_name_list,
    not_names,
)
from sanitizers.first_names import listed as listed_name
from sanitizers.lexicon import COMMON_WORDS, NAME_PARTICLES, VOWEL_SIGNS, known, organization_word
from sanitizers.logins import SERVICE_LOGINS, login_parts, login_user
from sanitizers.native_names import CJK, CJK_DATA, CJK_LETTER, KOREAN_SURNAMES, SURNAMES
from sanitizers.tables import DATE
from sanitizers.tries import compiled
from sanitizers.validators import us_itin, us_ssn

_NAME_WORD = compiled(rf"[^\W\d_](?:[^\W\d_]|[{VOWEL_SIGNS}]|['’.-](?=[^\W\d_]))*\.?")
_PARTICLES = frozenset(NAME_PARTICLES) | {"ó", "mac"}
# one to three words of scripts without capitals: Han, kana and Hangul of two to eight
# letters each (split by an ideographic space too: "佐藤　美咲"), Arabic, Hebrew, Indic, Thai,
# Georgian and Ethiopic of two to sixteen (vowel signs count: "சுப்பிரமணியன்")
_CJK_WORD = f"[{CJK}]{{2,8}}"
_OTHER_WORD = "[\u0590-\u0dff\u0e00-\u0e7f\u10d0-\u10ff\u1200-\u135a]{2,16}"
_UNCASED_NAME = compiled(
    f"{_CJK_WORD}(?:[ \u3000]{_CJK_WORD}){{0,2}}|{_OTHER_WORD}(?:[ ]{_OTHER_WORD}){{0,2}}"
)
_CJK_SURNAMES = SURNAMES | KOREAN_SURNAMES
_JA_SURNAMES = tuple(CJK_DATA["japanese_surnames"])
_THAI_POLITE = compiled("ครับ|ค่ะ|คะ|นะ")  # a Thai sentence's polite endings
# Hangul of five syllables or more, or a sentence's ending: a Korean name has two to four
_HANGUL_SENTENCE = compiled("[\uac00-\ud7a3]{5,}|[요다까죠네](?:[ ]|$)")
_KATAKANA_NAME = compiled("[\u30a0-\u30ff]{2,8}[ \u3000][\u30a0-\u30ff]{2,8}")  # a reading
# words of a phrase, not of a name (technical words, chat words, stop words but particles)
_NOT_LOWER_NAMES = not_names() | (COMMON_WORDS - frozenset(NAME_PARTICLES))
_PRONOUN = compiled("[我你您他她]")  # no Chinese name holds one
_PLACEHOLDER = frozenset(
    {"string", "null", "none", "n/a", "na", "unknown", "test", "example", "tbd"}
)
_PLACEHOLDER |= frozenset({"tba", "tbc", "pending", "nobody", "vacant", "open"})
# ... and in the scripts whose keys name people (幹事：未定, 담당: 미정, 作成者：システム)
_UNNAMED = "未定 未記入 募集中 調整中 不明 なし 無し 無 待定 暂无 无 未知 미정 없음"
_UNNAMED += " システム 系统 시스템"  # a system, not a person
_PLACEHOLDER |= frozenset(_UNNAMED.split())

# an address has a number and a word; memory, IP, MAC and host:port "addresses" are no place
_NOT_A_PLACE = compiled(
    r"://|0x|@|^\[?[\d.:a-fA-F]+\]?$|\w:\d+\b|^[\w.-]+\.[a-z]{2,}$|\b\d{1,3}(?:\.\d{1,3}){3}\b"
)
_NINE_DIGITS = compiled(r"\d{3}[ .-]?\d{2}[ .-]?\d{4}")  # an SSN's or an ITIN's, any grouping
# a Chinese or Japanese address is one word ("403臺中市西區公益路764號7樓")
_CJK_ADDRESS = compiled(f"[{CJK}]{{3,}}")
_POSTCODE = compiled(r"(?=[^\n]*\d)[A-Za-z0-9]{2,6}(?:[ -][A-Za-z0-9]{2,5})?")


def _address(rule: str, value: str) -> bool:
    if rule == "postcode":
        return _POSTCODE.fullmatch(value) is not None
    if rule == "unit":  # a flat, a floor, a unit: a number in a short value ("3. OG", "#05-986")
        digits = sum(c.isdigit() for c in value)
        return (
            0 < digits < 7  # (seven or more: a phone, "LINE 2: (697) 615-8466")
            and len(value) <= 40
            and not _NOT_A_PLACE.search(value)
        )
    return (
        any(c.isdigit() for c in value)
        and sum(c.isalpha() for c in value) >= 3  # (Indic letters have vowel signs between)
        and _NOT_A_PLACE.search(value) is None
        and (2 <= len(value.split()) <= 24 or _CJK_ADDRESS.search(value) is not None)
    )


_ADDRESS_END = compiled(
    r"[ ]{3,}|\t|[ ]\|[ ]|[;|·\"{}\[\]<>]|\n|$"
    r"|(?<=[^\W\d_])\.[ ]+(?=[^\W\d_]{3}[^\s:]{0,21}:[ ])"  # the next key of a sentence-form
)  # ("Heimilisfang: Bústaðavegur 72, 776 Reykjavík. Sími: 824 5958")


def address_line(text: str, start: int) -> str:
    """An unquoted address value: the rest of its line, commas included, up to the next
    column ("Endereço: Rua Augusta, 213 - Centro, São Paulo - SP, 01305-000")."""
    end = _ADDRESS_END.search(text, start)
    return text[start : end.start() if end else len(text)].rstrip(" .,")


_CAPITALIZED = compiled(r"[A-Z][a-z]+")  # one capitalized word: judged as a name
_ID = compiled(r"[A-Z]{1,5}\d+")  # a code of capitals and digits: a picker's ID, a badge
_LOGIN_MARK = compiled(r"[._]|\d$")  # a login's dot, underscore or digits at its end


class ValueRules:
    """Judges values by the rule of their key (the English dictionary tells words apart)."""

    def __init__(self, words: frozenset[str]) -> None:
        self.words = words

    def accepts(self, rule: str, value: str, logins: bool = True) -> bool:
        """Whether `value` fits the value rule of a key (person, weak_person, titled_person,
        promoted_person, form_person, driver, handle, user, date, phone); `logins`: a role's login
        counts (not under a form's vague key: "name": "ocr_document" is a tool's)."""
        value = value.strip()
        if not value or value.lower() in _PLACEHOLDER:
            return False
        if rule == "promoted_person":  # a vague key on a personal line: a role's, no login's
            return self.accepts("titled_person", value, False)
        if rule == "driver":  # a driver's key names software too: "driver: Postgres"
            one = " " not in value and _UNCASED_NAME.fullmatch(value) is None
            if one and not (value[:1].isupper() and value[1:].islower() and listed_name(value)):
                return False  # one word: a listed first name ("Driver: Sigrid · YBC 2126")
            return self.accepts("titled_person", value, False)
        if rule == "form_person":  # "Nombre: Brittany" in a form, "Name: Fletcher Hill"
            tokens = value.split()
            acronym = any(t.isalpha() and t.isupper() and len(t) <= 3 for t in tokens)
            word = len(tokens) == 1 and known(value, self.words) and not listed_name(value)
            return self.accepts("titled_person", value, False) and not (
                word or acronym and not all(t.isupper() for t in tokens)
            )  # (nor one English word: "name: Deploy")
            # (not an acronym before a word: "AI Assistant", "HR Team"; "AMA ADDO" is a name)
        if rule == "date":
            return DATE.match(value) is not None
        if rule == "phone":  # 7-15 digits written as a phone number
            digits = sum(c.isdigit() for c in value)
            return 7 <= digits <= 15 and re.fullmatch(r"\+?[\d ()./-]+", value) is not None
        if rule in ("address", "postcode", "unit"):
            return _address(rule, value)
        if rule == "id_number":  # a document number: 5-20 letters and digits, 4+ digits
            bare = re.sub(r"[ /-]", "", value)  # (Polish licences: "36516/47/9713")
            return (
                re.fullmatch(r"[A-Za-z0-9]{5,20}", bare) is not None
                and sum(c.isdigit() for c in bare) >= 4
            )
        if rule in ("ssn", "itin"):  # a column or key named ssn or itin: nine digits, any grouping
            valid = us_ssn if rule == "ssn" else us_itin
            return _NINE_DIGITS.fullmatch(value) is not None and valid(value)
        if rule == "handle" and " " not in value:
            return (
                re.fullmatch(r"@?[\w.-]{2,40}", value) is not None
                and not value.isdigit()
                and login_user(value.lstrip("@"))  # not "admin", "svc-etl"
            )
        # a login under an owner's key ("owner": "benjamin_holcik", created_by=ana.lima,
        # caller=akua42; "Owner: Ana Lima" is a name), or under a role's key when it has a
        # dot, an underscore or digits ("cashier=james7")
        login = " " not in value and not _CAPITALIZED.fullmatch(value)  # ("Owner: Lucas")
        titled = rule == "titled_person" and logins
        if login and (rule == "owner" or titled and _LOGIN_MARK.search(value)):
            return (
                re.fullmatch(r"[A-Za-z][A-Za-z]*(?:[._][A-Za-z]+)*[._]?\d{0,4}", value) is not None
                and _ID.fullmatch(value) is None  # an ID ("Picker: PCK45"), not "ANA.LIMA"
                and (  # a dot, underscore or digits, or a word no dictionary knows
                    _LOGIN_MARK.search(value) is not None
                    or (len(value) >= 5 and not known(value, self.words))
                )
                and login_user(value)
                and self._personal_login(value)
            )
        if rule == "owner":
            rule = "weak_person"
        if rule == "user":  # "user": "zmusa22" (an API's end-user id), or "User: Ana Lima"
            if " " not in value:  # a login or id, not a chat line's word ("User: hi")
                login = re.search(r"[\d._@-]", value) or value.lower() not in self.words
                return (
                    bool(login)
                    and not value.isdigit()  # a row's number under "user_id"
                    and re.fullmatch(r"@?[\w.@+-]{2,64}", value) is not None
                    and login_user(value)
                )
            rule = "weak_person"
        tokens = value.split()
        if not 0 < len(tokens) <= 5 or any(_NAME_WORD.fullmatch(t) is None for t in tokens):
            return False
        if len(tokens) > 1 and organization_word(tokens[-1]):
            return False  # a client's "Northgate Logistics", "Tyrell Corp"
        if _PRONOUN.search(value):
            return False  # "收件人写我" (write me as the recipient): a phrase, not a name
        if rule in ("titled_person", "weak_person") and _UNCASED_NAME.fullmatch(value):
            # "| 신유나 |" under "Name": no capitals to look for; a Chinese or Korean one
            # under a vague key starts with a surname ("From: 北京" is a city)
            cjk = CJK_LETTER.match(value) is not None
            if _THAI_POLITE.search(value) or _HANGUL_SENTENCE.search(value):
                return False  # a customer's "hello" ("สวัสดีครับ", "안녕하세요"), no name
            return (
                rule == "titled_person"
                or not cjk
                and len(tokens) >= 2
                or value[0] in _CJK_SURNAMES
                or value.startswith(_JA_SURNAMES)  # "渡辺美咲"
                or _KATAKANA_NAME.fullmatch(value) is not None  # "マツモト サクラ" (furigana)
            )
        if (
            rule in ("titled_person", "weak_person")
            and value.islower()
            and self._lower_name(tokens)
        ):
            return True  # "Name: hans-peter neumann", "| kavita agarwal |"
        if rule == "titled_person":  # "Manager: Hope Cook", not "Lead: investigate the test"
            return (
                len(tokens) <= 4
                and all(t[:1].isupper() or t.lower() in _PARTICLES for t in tokens)
                and not (len(tokens) == 1 and self._word_only(tokens[0]))  # "Tenant: Hi"
            )
        if rule != "weak_person":
            return True
        names = [t for t in tokens if t.lower() not in _PARTICLES]
        listed = given_name_list()
        if len(names) >= 2 and all(t.isupper() for t in names):  # "HEKMAT SHINWARI"
            return any(listed.get(t.lower(), 0) >= MIN_FREQUENCY for t in names) or (
                rule == "weak_person"
                and len(names) <= 3
                and all(len(t) >= 3 and t.isalpha() for t in names)
                and not any(t.lower() in self.words for t in names)
            )  # "TAIWO BALOGUN" under a name key: names the list lacks, no English word
        capitals = [t.isupper() and len(t) > 1 for t in names]  # "ANTONOPOULOU Chrysoula"
        if 2 <= len(names) <= 4 and capitals[0] and not all(capitals):  # the form's order
            upper = [t for t, c in zip(names, capitals, strict=True) if c]
            return (
                all(t[:1].isupper() for t in names)
                and capitals == sorted(capitals)[::-1]
                and all(len(t) >= 3 and t.lower() not in self.words for t in upper)
                and not all(t.lower() in self.words for t in names if not t.isupper())
            )  # not "NEW Release", "AWS Lambda"
        return (
            len(names) >= 2
            and all(t[:1].isupper() and not t[1:].isupper() for t in names)
            and (  # a word no dictionary knows, or a listed first name ("Dawn Morris")
                any(not known(t.strip("."), self.words) for t in names)
                or any(listed.get(t.lower(), 0) >= PAIR_MIN_FREQUENCY for t in names)
            )
        )

    def _word_only(self, token: str) -> bool:
        """A common word in Title case: "Hi", "Ok.", "Yes" (not "Hill", and not a surname in
        capitals: "COMMENT")."""
        return not token.isupper() and token.lower().strip(".") in COMMON_WORDS

    def _lower_name(self, tokens: list[str]) -> bool:
        """Two to four lowercase words that start with a listed first name (a common one if
        it is an English word) and hold no technical word: a name typed in lowercase, not a
        CI step ("name: build and test")."""
        first = tokens[0].split("-")[0]
        english = first in self.words  # then not all English: "grace period check"
        return (
            2 <= len(tokens) <= 4
            and given_name_list().get(first, 0)
            >= (PAIR_MIN_FREQUENCY if english else MIN_FREQUENCY)
            and not any(t in _NOT_LOWER_NAMES for t in tokens)
            and not (english and all(t in self.words for t in tokens[1:]))
        )

    def _personal_login(self, value: str) -> bool:
        """Not a service account ("svc_deploy") nor English words ("data_pipeline"); a
        common first name among them is a person's ("james7", "grace.hill")."""
        parts = login_parts(value)
        return not any(p in SERVICE_LOGINS for p in parts) and not all(
            p in self.words and not common_first_name(p) for p in parts
        )
