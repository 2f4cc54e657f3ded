"""dev3: an independent labeled evaluation set for the sanitizer (about 1200 texts at scale 1).

Built from bench/sanitizer_dev3_templates.py without looking at the sanitizer's rules, tests
or docs, to measure how it does on text its rule writers have never seen.

Mix (exact counts, then shuffled):
- 20% near-miss texts with no personal data at all (technical text, product and brand names,
  words and places that look like names, eponyms, ordinary dates, versions, hashes, UUIDs,
  order ids, hostnames, schema column names). These have no spans; every removal is a
  false positive.
- 15% lowercase chat (the whole text lowercased character by character, keeping offsets).
- 65% varied requests people send to an LLM API: JSON chat transcripts, support tickets,
  emails with signatures, meeting notes, HR letters, medical referrals, legal text, CSV/TSV/
  markdown tables, logs, code with author comments, git logs, Slack/Discord/Teams exports,
  calendar invites, CVs, forum posts, translation requests in 15 languages, SMS threads,
  voice-assistant transcripts, game chat, dating profiles, listings, shipping labels,
  school reports, rosters, citations, genealogy, social posts and everyday letters.
Templates are drawn round-robin within each group (in a shuffled order), so every template
is used about equally often.

People: about 10% English-word names (Hope, Grace Hill, Will Bishop...), about 45% from
romanized lists for about 60 cultures and naming traditions that Faker does not cover in
Latin script (Amharic, Somali, Hausa, Pashto, Kurdish, Mongolian, Khmer, Lao, Burmese,
Nepali, Sinhala, Tamil, Telugu, Bengali, Punjabi, Maori, Samoan, Tongan, Hawaiian, Quechua,
Aymara, Navajo, Inuit, Sami, Basque, Catalan, Welsh, Scottish Gaelic, Georgian, Armenian,
Chechen, Kazakh, Yoruba, Zulu, Xhosa, Malagasy, Fijian, Hmong, Cebuano, Tibetan, Uyghur,
Chinese, Japanese, Korean, ...; particles such as van der, bin, al-, de la) and about 45%
from 54 Latin-script Faker locales (where a text needs a gender, fewer from the lists).
Names appear in full, first-only, last-only, as initials + surname, in citation form,
upper-cased, as nicknames, and as name-derived handles, slugs and Windows/Unix user names.

Labels (category, start, end) cover exactly each must-remove value: PERSON (names and
name-derived handles; honorifics such as Dr/Ms are outside the span), EMAIL, PHONE, ADDRESS
(whole postal address incl. line breaks, a street address, or a person's postcode),
IP, CREDIT_CARD, IBAN, US_SSN and DATE_OF_BIRTH (only birth dates, incl. day-month birthdays).
Two name slots separated by one space ("Amara" "Okafor") form one span.
"""

from __future__ import annotations

import random
import re
import string
import unicodedata
from datetime import date, timedelta

from faker import Faker

from bench import sanitizer_dev3_templates as T
from bench.sanitizer_data import Sample

SLOT = re.compile(r"⟨([^⟨⟩]+)⟩")
CHOICE = re.compile(r"⟪([^⟪⟫]*)⟫")
PERSON_KEY = re.compile(r"^(om|of|sm|sf|[pwmfkgbos])(\d+)\.(.+)$")
#: person key prefix -> (age class, gender or None, word name)
PERSON_KINDS = {
    "p": ("adult", None, False), "m": ("adult", "m", False), "f": ("adult", "f", False),
    "w": ("adult", None, True), "k": ("kid", None, False), "g": ("kid", "f", False),
    "b": ("kid", "m", False), "o": ("old", None, False), "om": ("old", "m", False),
    "of": ("old", "f", False), "s": ("senior", None, False), "sm": ("senior", "m", False),
    "sf": ("senior", "f", False),
}  # fmt: skip
GENDERED_CULTURES = {
    "m": ["chechen", "kazakh", "russian", "ukrainian", "greek", "malay_m"],
    "f": ["chechen", "kazakh", "russian", "ukrainian", "greek", "malay_f"],
}

NEAR_SHARE = 0.20
LOWER_SHARE = 0.15

# --------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------

_FOLD = str.maketrans(
    {"ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ß": "ss", "ł": "l", "Ł": "L", "đ": "d",
     "Đ": "D", "ð": "d", "þ": "th", "ı": "i", "ə": "e", "Ə": "E", "œ": "oe"}
)  # fmt: skip


def ascii_fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.translate(_FOLD))
    return "".join(c for c in s if not unicodedata.combining(c) and ord(c) < 128)


def alnum(s: str) -> str:
    return "".join(c for c in ascii_fold(s) if c.isalnum())


def lower_keep(s: str) -> str:
    """Lowercase character by character, only where that keeps the length."""
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in s)


def split_top(s: str) -> list[str]:
    """Split on '|' outside ⟨slots⟩."""
    parts, depth, cur = [], 0, []
    for c in s:
        if c == "⟨":
            depth += 1
        elif c == "⟩":
            depth -= 1
        if c == "|" and depth == 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(c)
    parts.append("".join(cur))
    return parts


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
           "setembro", "outubro", "novembro", "dezembro"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
           "settembre", "ottobre", "novembre", "dicembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
           "września", "października", "listopada", "grudnia"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül",
           "Ekim", "Kasım", "Aralık"],
    "id": ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
           "September", "Oktober", "November", "Desember"],
    "sw": ["Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti",
           "Septemba", "Oktoba", "Novemba", "Desemba"],
}  # fmt: skip
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
            "ninth", "tenth", "eleventh", "twelfth", "fourteenth", "twentieth",
            "twenty-first", "twenty-third", "thirtieth"]  # fmt: skip


def fmt_date(d: date, style: str, rng: random.Random) -> str:
    """A date in one of many written styles ('' picks an English or numeric one)."""
    m_en = MONTHS["en"][d.month - 1]
    if not style:
        style = rng.choice(["us", "eu", "iso", "long", "longeu", "short", "dot"])
    if style == "us":
        return rng.choice([f"{d.month:02d}/{d.day:02d}/{d.year}", f"{d.month}/{d.day}/{d.year}"])
    if style == "eu":
        sep = rng.choice(["/", ".", "-"])
        return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"
    if style == "dot":
        return f"{d.day}.{d.month}.{d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "long":
        return rng.choice([f"{m_en} {d.day}, {d.year}", f"{m_en[:3]} {d.day}, {d.year}"])
    if style == "longeu":
        suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}
        return rng.choice(
            [f"{d.day} {m_en} {d.year}", f"{d.day}{suffix.get(d.day, 'th')} {m_en} {d.year}"]
        )
    if style == "short":
        return f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}"
    if style == "de":
        return rng.choice([f"{d.day}. {MONTHS['de'][d.month - 1]} {d.year}", f"{d:%d.%m.%Y}"])
    if style == "fr":
        return rng.choice([f"{d.day} {MONTHS['fr'][d.month - 1]} {d.year}", f"{d:%d/%m/%Y}"])
    if style == "es":
        return f"{d.day} de {MONTHS['es'][d.month - 1]} de {d.year}"
    if style == "pt":
        return rng.choice([f"{d.day} de {MONTHS['pt'][d.month - 1]} de {d.year}", f"{d:%d/%m/%Y}"])
    if style in ("it", "nl", "pl", "tr", "id"):
        return f"{d.day} {MONTHS[style][d.month - 1]} {d.year}"
    if style == "sw":
        return f"{d.day} {MONTHS['sw'][d.month - 1]} {d.year}"
    if style == "gedcom":
        return f"{d.day} {m_en[:3].upper()} {d.year}"
    if style == "clf":
        return f"{d.day:02d}/{m_en[:3]}/{d.year}"
    if style == "ics":
        return f"{d:%Y%m%d}"
    if style == "md":
        return rng.choice([f"{d.day} {m_en}", f"{m_en} {d.day}"])
    raise KeyError(style)


# --------------------------------------------------------------------------------------
# Addresses and phones per country
# --------------------------------------------------------------------------------------

COUNTRY_NAME = {
    "us": "USA", "gb": "United Kingdom", "au": "Australia", "ca": "Canada",
    "nz": "New Zealand", "ie": "Ireland", "in": "India", "de": "Germany", "at": "Austria",
    "ch": "Switzerland", "fr": "France", "es": "Spain", "it": "Italy", "nl": "Netherlands",
    "be": "Belgium", "pl": "Poland", "br": "Brazil", "pt": "Portugal", "id": "Indonesia",
    "se": "Sweden", "dk": "Denmark", "no": "Norway", "fi": "Finland", "cz": "Czech Republic",
    "hu": "Hungary", "ro": "Romania", "hr": "Croatia", "sk": "Slovakia", "mx": "Mexico",
    "tr": "Türkiye", "ke": "Kenya", "ng": "Nigeria", "za": "South Africa", "jp": "Japan",
    "ph": "Philippines",
}  # fmt: skip
ADDR_LOCALE = {
    "us": "en_US", "gb": "en_GB", "au": "en_AU", "ca": "en_CA", "nz": "en_NZ", "ie": "en_IE",
    "in": "en_IN", "de": "de_DE", "at": "de_AT", "ch": "de_CH", "fr": "fr_FR", "es": "es_ES",
    "it": "it_IT", "nl": "nl_NL", "be": "nl_BE", "pl": "pl_PL", "br": "pt_BR", "pt": "pt_PT",
    "id": "id_ID", "se": "sv_SE", "dk": "da_DK", "no": "no_NO", "fi": "fi_FI", "cz": "cs_CZ",
    "hu": "hu_HU", "ro": "ro_RO", "hr": "hr_HR", "sk": "sk_SK", "mx": "es_MX", "ph": "en_PH",
}  # fmt: skip
ADDR_WEIGHTS = {"us": 8, "gb": 6, "de": 4, "fr": 3, "es": 3, "in": 3, "au": 2, "ca": 2}

TR_STREETS = [
    "Atatürk Cad.",
    "Cumhuriyet Cad.",
    "İnönü Sok.",
    "Gül Sok.",
    "Lale Sok.",
    "Bağdat Cad.",
    "Mimar Sinan Cad.",
    "Menekşe Sok.",
    "Kızılay Sok.",
]
TR_DISTRICTS = [
    ("Kadıköy", "İstanbul", "347"),
    ("Çankaya", "Ankara", "066"),
    ("Konak", "İzmir", "352"),
    ("Nilüfer", "Bursa", "161"),
    ("Muratpaşa", "Antalya", "071"),
    ("Üsküdar", "İstanbul", "346"),
]
KE_ROADS = [
    "Ngong Road",
    "Argwings Kodhek Road",
    "Moi Avenue",
    "Kenyatta Avenue",
    "Lenana Road",
    "Nyerere Road",
    "Oginga Odinga Street",
]
KE_TOWNS = [
    ("Nairobi", "00100"),
    ("Mombasa", "80100"),
    ("Kisumu", "40100"),
    ("Nakuru", "20100"),
    ("Eldoret", "30100"),
]
NG_STREETS = [
    "Adeola Odeku Street",
    "Awolowo Road",
    "Admiralty Way",
    "Allen Avenue",
    "Aminu Kano Crescent",
    "Ahmadu Bello Way",
    "Ogui Road",
    "Bode Thomas Street",
]
NG_AREAS = [
    ("Victoria Island", "Lagos"),
    ("Ikoyi", "Lagos"),
    ("Lekki Phase 1", "Lagos"),
    ("Ikeja", "Lagos"),
    ("Wuse II", "Abuja"),
    ("Independence Layout", "Enugu"),
]
ZA_STREETS = [
    "Jan Smuts Avenue",
    "Long Street",
    "Main Road",
    "Florida Road",
    "Oxford Road",
    "Church Street",
    "Voortrekker Road",
]
ZA_SUBURBS = [
    ("Parktown", "Johannesburg", "2193"),
    ("Gardens", "Cape Town", "8001"),
    ("Morningside", "Durban", "4001"),
    ("Hatfield", "Pretoria", "0083"),
    ("Rondebosch", "Cape Town", "7700"),
]
JP_AREAS = [
    ("Jingumae", "Shibuya-ku", "Tokyo", "150-0001"),
    ("Nishishinjuku", "Shinjuku-ku", "Tokyo", "160-0023"),
    ("Umeda", "Kita-ku", "Osaka", "530-0001"),
    ("Sakae", "Naka-ku", "Nagoya", "460-0008"),
    ("Kita 3-jo Nishi", "Chuo-ku", "Sapporo", "060-0003"),
]
IN_AREAS = [
    ("Indiranagar", "Bengaluru", "560038"),
    ("Banjara Hills", "Hyderabad", "500034"),
    ("Andheri West", "Mumbai", "400053"),
    ("Salt Lake", "Kolkata", "700091"),
    ("Adyar", "Chennai", "600020"),
    ("Koregaon Park", "Pune", "411001"),
]
IN_BUILDINGS = [
    "Sai Residency",
    "Green Park Apartments",
    "Lakshmi Nivas",
    "Shanti Kunj",
    "Prestige Towers",
    "Krishna Enclave",
]

PHONE_FORMATS = {
    "us": ["(AXX) XXX-XXXX", "AXX-XXX-XXXX", "+1 AXX XXX XXXX", "AXX.XXX.XXXX", "+1-AXX-XXX-XXXX"],
    "gb": ["+44 7XXX XXXXXX", "07XXX XXXXXX", "+44 20 XXXX XXXX", "020 XXXX XXXX", "0161 XXX XXXX"],
    "de": ["+49 15X XXXXXXX", "0176 XXXXXXXX", "+49 30 XXXXXXXX", "030 XXXXXXXX", "0170/XXXXXXX"],
    "fr": ["06 XX XX XX XX", "+33 6 XX XX XX XX", "01 XX XX XX XX", "+33 (0)7 XX XX XX XX"],
    "es": ["+34 6XX XXX XXX", "6XX XX XX XX", "+34 91 XXX XX XX"],
    "it": ["+39 3XX XXX XXXX", "3XX XXX XXXX", "+39 06 XXXX XXXX"],
    "nl": ["06-XXXXXXXX", "+31 6 XXXXXXXX", "+31 (0)20 XXX XXXX"],
    "pl": ["+48 5XX XXX XXX", "6XX XXX XXX", "+48 22 XXX XX XX"],
    "tr": ["+90 5XX XXX XX XX", "0 (5XX) XXX XX XX", "05XX XXX XX XX"],
    "in": ["+91 9XXXX XXXXX", "98XXXXXXXX", "+91-80-XXXX-XXXX"],
    "ng": ["+234 80X XXX XXXX", "080X XXX XXXX", "+234 (0)70X XXX XXXX"],
    "ke": ["+254 7XX XXX XXX", "07XX XXX XXX", "+254-7XX-XXXXXX"],
    "za": ["+27 8X XXX XXXX", "08X XXX XXXX", "+27 21 XXX XXXX"],
    "br": ["+55 11 9XXXX-XXXX", "(11) 9XXXX-XXXX", "+55 (21) 9XXXX-XXXX"],
    "mx": ["+52 55 XXXX XXXX", "55 XXXX XXXX", "+52 1 33 XXXX XXXX"],
    "au": ["04XX XXX XXX", "+61 4XX XXX XXX", "(02) XXXX XXXX"],
    "jp": ["090-XXXX-XXXX", "+81 90 XXXX XXXX", "03-XXXX-XXXX"],
    "id": ["+62 812-XXXX-XXXX", "0812-XXXX-XXXX", "+62 21 XXXX XXXX"],
    "ph": ["+63 917 XXX XXXX", "0917 XXX XXXX", "(02) 8XXX XXXX"],
    "se": ["070-XXX XX XX", "+46 70 XXX XX XX"],
    "pt": ["+351 91X XXX XXX", "91X XXX XXX"],
    "cz": ["+420 6XX XXX XXX", "7XX XXX XXX"],
}  # fmt: skip
PHONE_WEIGHTS = {"us": 8, "gb": 6, "de": 3, "in": 3, "fr": 2, "ng": 2, "ke": 2, "au": 2}

PERSONAL_DOMAINS = [
    "gmail.com", "outlook.com", "yahoo.com", "hotmail.co.uk", "proton.me", "icloud.com",
    "web.de", "gmx.de", "orange.fr", "libero.it", "wp.pl", "yandex.com", "mail.com",
    "yahoo.co.in", "rediffmail.com", "naver.com", "live.com", "aol.com", "gmx.at",
    "hotmail.fr", "bigpond.com", "xtra.co.nz", "telkomsa.net", "ymail.com",
]  # fmt: skip
TLDS = [".com", ".io", ".co.uk", ".de", ".com.au", ".co.za", ".fr", ".nl", ".co", ".org"]

IBAN_LOCALES = ["de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "pt_PT", "cs_CZ",
                "sk_SK", "de_AT", "de_CH", "nl_BE", "da_DK", "no_NO", "fi_FI", "ro_RO",
                "tr_TR", "pt_BR", "en_GB", "en_IE"]  # fmt: skip
IBAN_BY_CC = {
    "de": "de_DE", "fr": "fr_FR", "es": "es_ES", "it": "it_IT", "nl": "nl_NL",
    "pl": "pl_PL", "pt": "pt_PT", "cz": "cs_CZ", "gb": "en_GB", "tr": "tr_TR",
}  # fmt: skip

HOST_WORDS = ["api", "auth", "cdn", "db-prod-03", "edge-eu-2", "ci", "grafana", "mail",
              "vpn", "build-agent-7", "ledger", "search", "staging", "docs", "status"]  # fmt: skip
VENUES = ["The Old Boathouse", "Rosehill Barn", "St. Mary's Hall", "The Glasshouse",
          "Harbour Lights Pavilion", "Villa Serena", "The Granary"]  # fmt: skip
NATIONALITIES = ["Kenyan", "German", "Polish", "Turkish", "Indonesian", "Brazilian",
                 "Nepali", "Filipino", "Irish", "Mexican", "Ethiopian", "Georgian"]  # fmt: skip
HASHTAGS = ["DesignWeek", "a11y", "DevFest", "WomenInTech", "OpenSource", "UXConf"]


# --------------------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------------------


def initials(given: str) -> str:
    out = []
    for part in given.replace(".", "").split():
        out.append("-".join(p[0] + "." for p in part.split("-") if p))
    return " ".join(out)


class Person:
    """One person of a sample; every attribute is drawn once and then reused."""

    def __init__(self, gen: Generator, kind: str) -> None:
        self.gen = gen
        rng = gen.rng
        self.cache: dict[str, tuple[str, str | None]] = {}
        age_class, want_gender, word = PERSON_KINDS[kind]
        self.gender = want_gender or rng.choice("mf")
        self.gender_known = True
        year0, year1 = {"kid": (2009, 2018), "senior": (1936, 1962), "old": (1838, 1932)}.get(
            age_class, (1950, 2004)
        )
        self.birth = date(rng.randint(year0, year1), 1, 1) + timedelta(days=rng.randrange(365))
        self.age = 2025 - self.birth.year
        r = rng.random()
        if word or r < 0.10:
            self.source = "word"
            given, family = self._word_name(want_gender)
            full, first, last = self._western(given, family)
            fam_full = last
        elif r < (0.30 if want_gender else 0.55):
            if want_gender:
                self.source = rng.choice(GENDERED_CULTURES[want_gender])
            else:
                self.source = rng.choice(sorted(T.CULTURES))
            c = T.CULTURES[self.source]
            self.gender_known = "given_m" in c or self.source.startswith("malay")
            if self.source.startswith("malay"):
                self.gender = self.source[-1]
            full, first, last, fam_full = self._culture(c)
        else:
            self.source = rng.choice(T.FAKER_NAME_LOCALES)
            fk = gen.faker(self.source)
            sex = "male" if self.gender == "m" else "female"
            given = " ".join(getattr(fk, f"first_name_{sex}")().split())
            family = " ".join(getattr(fk, f"last_name_{sex}")().split())
            for _ in range(5):
                if family != given:
                    break
                family = " ".join(getattr(fk, f"last_name_{sex}")().split())
            if rng.random() < 0.04:
                family = f"{family}-{' '.join(fk.last_name().split())}"
            full, first, last = self._western(given, family)
            fam_full = last
        self.full, self.first, self.last, self.fam = full.strip(), first, last, fam_full

    def _word_name(self, want_gender: str | None) -> tuple[str, str]:
        rng = self.gen.rng
        if want_gender == "f" or (want_gender is None and self.gender == "f"):
            givens = T.WORD_GIVEN_F + T.WORD_GIVEN_N
        else:
            givens = T.WORD_GIVEN_M + T.WORD_GIVEN_N
        self.gender_known = True
        r = rng.random()
        if r < 0.3:
            pairs = [p for p in T.WORD_PAIRS if p[0] in givens]
            given, family = rng.choice(pairs)
        elif r < 0.65:
            given, family = rng.choice(givens), self.gen.faker("en_US").last_name()
        elif r < 0.85:
            sex = "male" if self.gender == "m" else "female"
            given = getattr(self.gen.faker("en_GB"), f"first_name_{sex}")()
            family = rng.choice(T.WORD_FAMILY)
        else:
            given, family = rng.choice(givens), rng.choice(T.WORD_FAMILY)
        if given == family:
            family = rng.choice([f for f in T.WORD_FAMILY if f != given])
        if given in T.WORD_GIVEN_N:
            self.gender_known = False
        return given, family

    def _western(self, given: str, family: str) -> tuple[str, str, str]:
        rng = self.gen.rng
        full = f"{given} {family}"
        if rng.random() < 0.08:
            full = f"{given} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {family}"
        return full, given, family

    def _culture(self, c: dict) -> tuple[str, str, str, str | None]:
        rng = self.gen.rng
        g = self.gender
        givens = c.get(f"given_{g}", c.get("given"))
        fams = c.get(f"family_{g}", c.get("family"))
        given = rng.choice(givens)
        given2 = rng.choice([x for x in givens if x != given])
        fam = rng.choice([x for x in fams if x != given])
        fam2 = rng.choice([x for x in fams if x != fam])
        fmt = rng.choice(c.get("formats", ["{g} {f}"]))
        full = fmt.format(g=given, g2=given2, f=fam, f2=fam2, fi=fam[0])
        if c.get("mono") or "{f}" not in fmt:
            return full, full, full, None
        if "{fi}" in fmt or " bin" in fmt and self.source.startswith("malay"):
            return full, given, given, None
        if "{f} i {f2}" in fmt:
            return full, given, fam, f"{fam} i {fam2}"
        if "{f} {f2}" in fmt:
            return full, given, fam, f"{fam} {fam2}"
        return full, given, fam, fam

    # -- derived forms ---------------------------------------------------------------
    def tokens(self) -> tuple[str, str]:
        if self.fam:
            f = alnum(self.first.split()[0]) or alnum(self.first)
            last = alnum(self.last)
        else:
            parts = [alnum(p) for p in self.full.split() if alnum(p)]
            f, last = parts[0], (parts[-1] if len(parts) > 1 else "")
        return f, last

    def handle(self) -> str:
        rng = self.gen.rng
        f, last = self.tokens()
        f_l, l_l = f.lower(), last.lower()
        yy = f"{rng.randrange(60, 100) if rng.random() < 0.5 else rng.randrange(0, 15):02d}"
        options = [f"{f_l}{rng.randrange(2, 999)}", f"{f_l}_{yy}"]
        if l_l:
            options += [
                f"{f_l}.{l_l}", f"{f_l[0]}{l_l}", f"{f_l}_{l_l}", f"{f_l}{l_l[0]}",
                f"{l_l}.{f_l[0]}", f"{f}{last}", f"{f_l}-{l_l}", f"{f_l}.{l_l}{yy}",
                f"{f_l[0]}{l_l}{rng.randrange(1, 99)}", f"{l_l}{f_l[0]}",
            ]  # fmt: skip
        return rng.choice(options)

    def email(self) -> str:
        rng = self.gen.rng
        f, last = (t.lower() for t in self.tokens())
        locals_ = [f"{f}{rng.randrange(1, 999)}", f"{f}.{rng.randrange(70, 100)}"]
        if last:
            locals_ += [
                f"{f}.{last}", f"{f[0]}{last}", f"{f}{last}", f"{f}_{last}", f"{last}.{f}",
                f"{f}.{last}{rng.randrange(1, 99)}", f"{f[0]}.{last}",
            ]  # fmt: skip
        personal = rng.random() < 0.6
        domain = rng.choice(PERSONAL_DOMAINS) if personal else self.gen.company_domain()
        return f"{rng.choice(locals_)}@{domain}"

    def attr(self, name: str, idx: str, loc: str) -> tuple[str, str | None]:
        gen, rng = self.gen, self.gen.rng
        fam = self.fam
        if name == "full":
            return self.full, "PERSON"
        if name == "first":
            return self.first, "PERSON"
        if name == "last":
            return self.last, "PERSON"
        if name == "nick":
            opts = T.NICKNAMES.get(self.first)
            return (rng.choice(opts) if opts else self.first), "PERSON"
        if name == "initl":
            return (f"{initials(self.first)} {fam}" if fam else self.full), "PERSON"
        if name == "cite":
            return (f"{fam}, {initials(self.first)}" if fam else self.full), "PERSON"
        if name == "lastfirst":
            return (f"{fam}, {self.first}" if fam else self.full), "PERSON"
        if name == "upperfull":
            return (f"{fam.upper()} {self.first}" if fam else self.full.upper()), "PERSON"
        if name == "upperfirst":
            return self.first.upper(), "PERSON"
        if name == "gedcom":
            return (f"{self.first} /{fam}/" if fam else self.full), "PERSON"
        if name == "vcardn":
            return (f"{fam};{self.first}" if fam else self.full), "PERSON"
        if name == "handle":
            return self.handle(), "PERSON"
        if name == "slug":
            f, last = (t.lower() for t in self.tokens())
            base = f"{f}-{last}" if last else f
            if rng.random() < 0.4:
                base += "-" + "".join(
                    rng.choice("0123456789abcdef") for _ in range(rng.choice([5, 8]))
                )
            return base, "PERSON"
        if name == "email":
            return self.email(), "EMAIL"
        if name == "phone":
            return gen.phone(loc), "PHONE"
        if name in ("addr", "addrline", "street", "postcode", "vcardadr"):
            lines, street, postcode, city, cc = self.address(loc, idx)
            if name == "addr":
                return "\n".join(lines), "ADDRESS"
            if name == "addrline":
                return ", ".join(lines), "ADDRESS"
            if name == "street":
                return street, "ADDRESS"
            if name == "postcode":
                return postcode, "ADDRESS"
            return f"{street};{city};;{postcode};{COUNTRY_NAME[cc]}", "ADDRESS"
        if name == "dob":
            style = loc or (gen.date_style if rng.random() < 0.6 else "")
            return fmt_date(self.birth, style, rng), "DATE_OF_BIRTH"
        if name == "bday":
            return fmt_date(self.birth, "md", rng), "DATE_OF_BIRTH"
        if name == "ssn":
            return gen.ssn(), "US_SSN"
        if name == "card":
            return gen.card(), "CREDIT_CARD"
        if name == "iban":
            return gen.iban(loc), "IBAN"
        if name == "ip":
            return gen.ip(), "IP"
        if name == "title":
            if not self.gender_known or rng.random() < 0.2:
                return "Dr.", None
            return ("Mr." if self.gender == "m" else "Ms."), None
        if name == "age":
            return str(self.age), None
        raise KeyError(name)

    def address(self, loc: str, idx: str):
        key = f"addr:{loc}:{idx}"
        if key not in self.cache:
            self.cache[key] = self.gen.address(loc)  # type: ignore[assignment]
        return self.cache[key]


# --------------------------------------------------------------------------------------
# Generator
# --------------------------------------------------------------------------------------


class Generator:
    def __init__(self, seed: int) -> None:
        self.seed = seed
        self.rng = random.Random(seed)
        self._fakers: dict[str, Faker] = {}
        self.reset()

    def faker(self, locale: str) -> Faker:
        if locale not in self._fakers:
            fk = Faker(locale)
            fk.seed_instance(f"dev3:{self.seed}:{locale}")
            self._fakers[locale] = fk
        return self._fakers[locale]

    def reset(self) -> None:
        self.people: dict[str, Person] = {}
        self.values: dict[str, tuple[str, str | None]] = {}
        # one written style for the ordinary dates and times of a sample
        self.date_style = self.rng.choice(["us", "eu", "iso", "long", "longeu", "short", "dot"])
        self.seconds = self.rng.random() < 0.4

    # -- labeled values --------------------------------------------------------------
    def _cc(self, loc: str, table: dict, weights: dict) -> str:
        if loc in table:
            return loc
        ccs = sorted(table)
        return self.rng.choices(ccs, [weights.get(c, 1) for c in ccs])[0]

    def phone(self, loc: str = "") -> str:
        cc = self._cc(loc, PHONE_FORMATS, PHONE_WEIGHTS)
        fmt = self.rng.choice(PHONE_FORMATS[cc])
        out = []
        for c in fmt:
            if c == "X":
                out.append(self.rng.choice(string.digits))
            elif c == "A":
                out.append(self.rng.choice("23456789"))
            else:
                out.append(c)
        return "".join(out)

    def ssn(self) -> str:
        rng = self.rng
        area = rng.choice([a for a in range(1, 900) if a != 666])
        s = f"{area:03d}-{rng.randrange(1, 100):02d}-{rng.randrange(1, 10000):04d}"
        r = rng.random()
        return s.replace("-", " ") if r < 0.1 else s.replace("-", "") if r < 0.2 else s

    def card(self) -> str:
        rng = self.rng
        kind = rng.choice(["visa16", "visa16", "mastercard", "mastercard", "amex", "discover"])
        num = self.faker("en_US").credit_card_number(kind)
        style = rng.random()
        if style < 0.3:
            return num
        sep = " " if style < 0.8 else "-"
        groups = [4, 6, 5] if len(num) == 15 else [4] * (len(num) // 4)
        parts, i = [], 0
        for g in groups:
            parts.append(num[i : i + g])
            i += g
        return sep.join(parts)

    def iban(self, loc: str = "") -> str:
        locale = IBAN_BY_CC.get(loc) or self.rng.choice(IBAN_LOCALES)
        ib = self.faker(locale).iban()
        if self.rng.random() < 0.6:
            ib = " ".join(ib[i : i + 4] for i in range(0, len(ib), 4))
        return ib

    def ip(self) -> str:
        fk = self.faker("en_US")
        r = self.rng.random()
        if r < 0.75:
            return fk.ipv4_public()
        if r < 0.9:
            return fk.ipv4_private()
        return fk.ipv6()

    def address(self, loc: str = ""):
        """(lines, street line, postcode, city, country code)."""
        rng = self.rng
        pool = sorted(set(ADDR_LOCALE) | {"tr", "ke", "ng", "za", "jp"})
        cc = loc if loc in pool else rng.choices(pool, [ADDR_WEIGHTS.get(c, 1) for c in pool])[0]
        n = rng.randrange(1, 200)
        if cc == "tr":
            dist, city, pc = rng.choice(TR_DISTRICTS)
            street = f"{rng.choice(TR_STREETS)} No: {n} D: {rng.randrange(1, 30)}"
            postcode = f"{pc}{rng.randrange(10, 99)}"
            lines, city_name = [street, f"{postcode} {dist}/{city}"], city
        elif cc == "ke":
            town, pc = rng.choice(KE_TOWNS)
            unit = f"{rng.choice(['Apartment', 'House', 'Flat'])} {rng.randrange(1, 40)}"
            street = f"{unit}{rng.choice('ABCD')}, {rng.choice(KE_ROADS)}"
            postcode = f"{rng.randrange(100, 99999)}-{pc}"
            lines, city_name = [street, f"P.O. Box {postcode}", town], town
        elif cc == "ng":
            area, city = rng.choice(NG_AREAS)
            street = f"{n} {rng.choice(NG_STREETS)}"
            postcode = f"{rng.randrange(100, 999)}{rng.randrange(100, 999)}"
            lines, city_name = [f"{street}, {area}", f"{city} {postcode}"], city
        elif cc == "za":
            sub, city, postcode = rng.choice(ZA_SUBURBS)
            street = f"{n} {rng.choice(ZA_STREETS)}"
            lines, city_name = [street, sub, f"{city} {postcode}"], city
        elif cc == "jp":
            area, ward, city, postcode = rng.choice(JP_AREAS)
            street = f"{rng.randrange(1, 5)}-{rng.randrange(1, 30)}-{rng.randrange(1, 20)} {area}"
            lines, city_name = [f"{street}, {ward}", f"{city} {postcode}"], city
        elif cc == "in":
            area, city, postcode = rng.choice(IN_AREAS)
            flat = f"Flat {rng.randrange(1, 9)}0{rng.randrange(1, 9)}"
            street = f"{flat}, {rng.choice(IN_BUILDINGS)}, {rng.randrange(1, 20)}th Main Road"
            lines, city_name = [street, area, f"{city} {postcode}"], city
        else:
            fk = self.faker(ADDR_LOCALE[cc])
            street = " ".join(fk.street_address().split())
            postcode = fk.postcode().strip()
            city_name = " ".join(fk.city().split())
            if cc == "us":
                last = f"{city_name}, {fk.state_abbr()} {postcode}"
            elif cc == "ca":
                last = f"{city_name}, {fk.province_abbr()} {postcode}"
            elif cc == "au":
                last = f"{city_name} {fk.state_abbr()} {postcode}"
            elif cc in ("gb", "ie"):
                last = f"{city_name}\n{postcode}"
            elif cc in ("nz", "id", "ph"):
                last = f"{city_name} {postcode}"
            elif cc == "br":
                last = f"{city_name} - {fk.estado_sigla()}\n{postcode}"
            elif cc == "mx":
                last = f"{postcode} {city_name}, {fk.state_abbr()}"
            else:
                last = f"{postcode} {city_name}"
            lines = [street, *last.split("\n")]
        if rng.random() < 0.2:
            lines.append(COUNTRY_NAME[cc])
        lines = [" ".join(x.split()) for x in lines]
        return lines, street, postcode, city_name, cc

    def company(self) -> str:
        return self.rng.choice(T.COMPANIES) + (
            self.rng.choice(T.COMPANY_SUFFIX) if self.rng.random() < 0.3 else ""
        )

    def company_domain(self) -> str:
        words = self.rng.choice(T.COMPANIES).lower().replace("&", "and").replace(".", "").split()
        base = words[0] if self.rng.random() < 0.5 else "-".join(words[:2])
        return ascii_fold(base) + self.rng.choice(TLDS)

    # -- filler ----------------------------------------------------------------------
    def filler(self, base: str, loc: str) -> str:
        rng = self.rng
        hexs = "0123456789abcdef"
        if base == "company":
            return self.company()
        simple = {
            "product": T.PRODUCTS, "city": T.CITIES, "country": T.COUNTRIES, "lib": T.LIBS,
            "lang": T.LANGS, "storm": T.STORMS, "tea": T.TEAS, "drink": T.DRINKS,
            "brand": T.BRANDS, "assistant": T.ASSISTANTS, "model": T.MODELS,
            "venue": VENUES, "nationality": NATIONALITIES, "hashtag": HASHTAGS,
            "weekday": WEEKDAYS, "ordinal": ORDINALS,
        }  # fmt: skip
        if base in simple:
            return rng.choice(simple[base])
        if base == "wkday":
            return rng.choice(WEEKDAYS)[:3]
        if base == "month":
            return rng.choice(MONTHS.get(loc or "en", MONTHS["en"]))
        if base == "version":
            return f"{rng.randrange(0, 9)}.{rng.randrange(0, 30)}.{rng.randrange(0, 20)}"
        if base == "sha":
            return "".join(rng.choice(hexs) for _ in range(40))
        if base == "commit":
            return "".join(rng.choice(hexs) for _ in range(7))
        if base == "hex":
            return "".join(rng.choice(hexs) for _ in range(32))
        if base == "b64":
            return "".join(
                rng.choice(string.ascii_letters + string.digits + "+/") for _ in range(43)
            )
        if base == "uuid":
            return str(self.faker("en_US").uuid4())
        if base == "order":
            prefix = rng.choice(["ORD", "SO", "INV", "PO"])
            return f"{prefix}-{rng.randrange(2019, 2026)}-{digits(rng, 6)}"
        if base == "ticket":
            return f"{rng.choice(['', 'SUP-', 'INC', 'CS-'])}{digits(rng, 6)}"
        if base == "policy":
            return f"HO-{digits(rng, 4)}-{digits(rng, 6)}"
        if base == "booking":
            return "".join(rng.choice(string.ascii_uppercase + "23456789") for _ in range(6))
        if base == "flight":
            airline = rng.choice(["LH", "BA", "KQ", "TK", "QF", "AF", "ET", "GA"])
            return f"{airline} {rng.randrange(100, 1999)}"
        if base == "tracking":
            return rng.choice(["1Z", "JD", "LX"]) + "".join(
                rng.choice(string.ascii_uppercase + string.digits) for _ in range(16)
            )
        if base == "sku":
            return f"SKU-{digits(rng, 5)}"
        if base == "isbn":
            return f"1-{digits(rng, 4)}-{digits(rng, 4)}-{rng.randrange(10)}"
        if base == "cve":
            return f"CVE-{rng.randrange(2021, 2026)}-{rng.randrange(1000, 49999)}"
        if base == "build":
            return f"{rng.randrange(2019, 2026)}.{rng.randrange(1, 13)}.{digits(rng, 4)}"
        if base == "pod":
            return (
                "".join(rng.choice(hexs) for _ in range(9))
                + "-"
                + "".join(rng.choice(string.ascii_lowercase + string.digits) for _ in range(5))
            )
        if base == "cluster":
            return rng.choice(["ledger-prod", "analytics-eu", "events-dev", "orders-main"])
        if base == "winhost":
            return rng.choice(["DESKTOP-", "WS-FIN-", "BUILD-", "LAPTOP-"]) + "".join(
                rng.choice(string.ascii_uppercase + string.digits) for _ in range(7)
            )
        if base == "host":
            words = rng.choice(T.COMPANIES).lower().replace("&", "and").replace(".", "").split()
            tld = rng.choice([".io", ".com", ".net", ".internal", ".cloud"])
            return f"{rng.choice(HOST_WORDS)}.{ascii_fold(words[0])}{tld}"
        if base == "port":
            return str(rng.randrange(1024, 65535))
        if base == "num":
            return str(rng.randrange(2, 500))
        if base == "small":
            return str(rng.randrange(2, 13))
        if base == "goals":
            return str(rng.randrange(0, 6))
        if base == "amount":
            cur = rng.choice(["$", "€", "£", "USD ", "EUR ", "KES ", "₹"])
            return f"{cur}{rng.randrange(5, 5000)}.{rng.randrange(100):02d}"
        if base == "pct":
            return f"{rng.randrange(1, 40)}%"
        if base == "ein":
            return f"{digits(rng, 2)}-{digits(rng, 7)}"
        if base == "last4":
            return digits(rng, 4)
        if base == "epoch":
            return str(rng.randrange(1_600_000_000, 1_760_000_000))
        if base == "room":
            return f"{rng.randrange(1, 9)}{rng.choice('ABCDEF')}{rng.randrange(1, 40)}"
        if base == "year":
            if loc == "old":
                return str(rng.randrange(1860, 1999))
            return str(rng.randrange(2005, 2026))
        if base == "oldyear":
            return str(rng.randrange(1880, 1999))
        if base == "day":
            return f"{rng.randrange(1, 29):2d}".strip()
        if base == "time":
            h, m, s = rng.randrange(0, 24), rng.randrange(60), rng.randrange(60)
            if loc == "ics":
                return f"{h:02d}{m:02d}00"
            return f"{h:02d}:{m:02d}:{s:02d}" if self.seconds else f"{h:02d}:{m:02d}"
        if base == "date":
            d = date(rng.randrange(2019, 2027), 1, 1) + timedelta(days=rng.randrange(365))
            return fmt_date(d, loc or self.date_style, rng)
        raise KeyError(base)

    LABELED = {
        "ip": "IP", "ip6": "IP", "phone": "PHONE", "email": "EMAIL", "addr": "ADDRESS",
        "addrline": "ADDRESS", "street": "ADDRESS", "postcode": "ADDRESS",
        "card": "CREDIT_CARD", "iban": "IBAN", "ssn": "US_SSN",
    }  # fmt: skip

    def sample_value(self, base: str, loc: str) -> tuple[str, str | None]:
        if base in self.LABELED:
            cat = self.LABELED[base]
            if base == "ip":
                fk = self.faker("en_US")
                return (fk.ipv4_private() if loc == "lan" else fk.ipv4_public()), cat
            if base == "ip6":
                return self.faker("en_US").ipv6(), cat
            if base == "phone":
                return self.phone(loc), cat
            if base == "email":
                fk = self.faker("en_US")
                return (
                    f"{fk.word()}{self.rng.randrange(10, 99)}@{self.rng.choice(PERSONAL_DOMAINS)}",
                    cat,
                )
            if base in ("addr", "addrline", "street", "postcode"):
                lines, street, postcode, _, _ = self.address(loc)
                return {"addr": "\n".join(lines), "addrline": ", ".join(lines),
                        "street": street, "postcode": postcode}[base], cat  # fmt: skip
            if base == "card":
                return self.card(), cat
            if base == "iban":
                return self.iban(loc), cat
            return self.ssn(), cat
        return self.filler(base, loc), None

    # -- rendering -------------------------------------------------------------------
    @staticmethod
    def parse(key: str, known) -> tuple[str, str, str]:
        head, _, tail = key.partition("_")
        loc = tail.rstrip(string.digits)
        idx = tail[len(loc) :]
        if head not in known:
            stripped = head.rstrip(string.digits)
            idx = head[len(stripped) :] + idx
            head = stripped
        return head, idx, loc

    PERSON_ATTRS = {
        "full", "first", "last", "nick", "initl", "cite", "lastfirst", "upperfull",
        "upperfirst", "gedcom", "vcardn", "handle", "slug", "email", "phone", "addr",
        "addrline", "street", "postcode", "vcardadr", "dob", "bday", "ssn", "card", "iban",
        "ip", "title", "age",
    }  # fmt: skip
    SAMPLE_KINDS = {"ip6", "b64", "last4", "wkday"}

    def value(self, key: str) -> tuple[str, str | None, str | None]:
        m = PERSON_KEY.match(key)
        if m:
            pid = m.group(1) + m.group(2)
            if pid not in self.people:
                self.people[pid] = self._new_person(m.group(1))
            person = self.people[pid]
            if key not in person.cache:
                name, idx, loc = self.parse(m.group(3), self.PERSON_ATTRS)
                person.cache[key] = person.attr(name, idx, loc)
            text, cat = person.cache[key]
            return text, cat, pid
        if key not in self.values:
            base, _, loc = self.parse(key, self.SAMPLE_KINDS)
            taken = {
                v[0] for k, v in self.values.items() if self.parse(k, self.SAMPLE_KINDS)[0] == base
            }
            for _ in range(10):
                self.values[key] = self.sample_value(base, loc)
                if self.values[key][0] not in taken:
                    break
        text, cat = self.values[key]
        return text, cat, None

    def _new_person(self, kind: str) -> Person:
        taken = {(p.full, p.first) for p in self.people.values()}
        firsts = {p.first for p in self.people.values()}
        for _ in range(20):
            p = Person(self, kind)
            if p.first not in firsts and (p.full, p.first) not in taken:
                return p
        return p

    def render(self, template: str) -> Sample:
        self.reset()
        tpl = template.strip("\n")
        while True:
            new = CHOICE.sub(lambda m: self.rng.choice(split_top(m.group(1))), tpl)
            if new == tpl:
                break
            tpl = new
        out: list[str] = []
        spans: list[tuple[str, int, int, str | None]] = []
        pos = 0
        length = 0
        for m in SLOT.finditer(tpl):
            lit = tpl[pos : m.start()]
            out.append(lit)
            length += len(lit)
            key, *mods = m.group(1).split("|")
            text, cat, owner = self.value(key)
            for mod in mods:
                if mod == "lower":
                    text = lower_keep(text)
                elif mod == "upper":
                    text = text.upper()
                elif mod == "json":
                    text = text.replace("\n", "\\n")
                else:
                    raise KeyError(mod)
            if cat:
                prev = spans[-1] if spans else None
                if prev and prev[0] == cat == "PERSON" and lit == " " and prev[2] == length - 1:
                    spans[-1] = (cat, prev[1], length + len(text), owner)
                else:
                    spans.append((cat, length, length + len(text), owner))
            out.append(text)
            length += len(text)
            pos = m.end()
        out.append(tpl[pos:])
        return Sample("".join(out), [(c, s, e) for c, s, e, _ in spans])


def dev3_set(scale: float = 1.0, seed: int = 7373) -> list[Sample]:
    """About round(1200 * scale) labeled samples; the same seed gives the same set."""
    n = round(1200 * scale)
    gen = Generator(seed)
    rng = gen.rng
    n_near = round(n * NEAR_SHARE)
    n_lower = round(n * LOWER_SHARE)
    plan = [
        (T.NEAR_MISS, n_near, "near"),
        (T.LOWER_CHAT, n_lower, "lower"),
        (T.GENERAL, n - n_near - n_lower, "general"),
    ]
    samples: list[Sample] = []
    for templates, count, group in plan:
        order: list[tuple[str, str]] = []
        while len(order) < count:
            batch = list(templates)
            rng.shuffle(batch)
            order += batch
        for genre, template in order[:count]:
            s = gen.render(template)
            if group == "lower" or genre.startswith("lc_"):
                s = Sample(lower_keep(s.text), s.spans)
            if group == "near" and s.spans:
                raise AssertionError(f"near-miss template {genre!r} produced labels")
            samples.append(s)
    rng.shuffle(samples)
    return samples
