"""Sealed evaluation set #2 for the PII sanitizer: LLM-API-traffic-shaped texts with exact
must-remove spans.

The texts come from the hand-written templates in `bench.sanitizer_sealed2_templates`; this
module fills their slots (names from many cultures, contact data, payment data, birth dates and
unlabeled filler) and records the offsets of every labeled value. Deterministic for a seed;
no network. Only measure with this set: nobody tuning the rules should read its texts.

Slot syntax inside templates (delimiters U+27E6/U+27E7):
    ⟦p1.full⟧            person 1 of the sample in a form (see `_Person.form`), label PERSON
    ⟦p1.email⟧           an address derived from person 1's name, label EMAIL
    ⟦r.first⟧            inside a rows block: a fresh person on every row
    ⟦phone@a⟧            any slot with @key: the same value at every use of that key
    ⟦x|lower⟧ ⟦x|upper⟧  case modifier
    ⟦~a;b;c⟧             a literal choice, unlabeled
    ⟦rows 3-6⟧...⟦/rows⟧ a block repeated a random number of times; ⟦i⟧ is the row number
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import string
import unicodedata
from dataclasses import dataclass, field

from faker import Faker

from bench import sanitizer_sealed2_templates as T
from bench.sanitizer_data import Sample

_PERSON_KEY = re.compile(r"[pfm]\d|r[fm]?")
_SLOT = re.compile(r"⟦([^⟦⟧]*)⟧")
_ROWS = re.compile(r"⟦rows (\d+)-(\d+)⟧(.*?)⟦/rows⟧", re.S)

#: share of texts per kind: no PII at all, casual lowercase chat, everything else
KIND_SHARE = {"clean": 0.20, "chat": 0.15, "doc": 0.65}

# --------------------------------------------------------------------------- countries

_ENGLISH = ["us"] * 10 + ["gb"] * 3 + ["ca", "ca", "au", "au", "in", "in", "ng", "ie", "nz"]
_ENGLISH += ["za", "gh", "ken", "phe", "sg"]


@dataclass(frozen=True)
class _Country:
    lang: str  # month names / date wording
    dates: str  # "us" MM/DD, "dmy" DD/MM, "dot" DD.MM., "dash" DD-MM
    fakers: tuple[str, ...]  # Faker locales with real name data
    addr: str  # Faker locale for addresses, or "" for the own generator
    iban: str  # IBAN country, "" for none in use
    cur: str
    phones: tuple[str, ...]


_C = {
    "us": _Country("en", "us", ("en_US",), "en_US", "", "$", T.PHONES["us"]),
    "gb": _Country("en", "dmy", ("en_GB",), "en_GB", "GB", "£", T.PHONES["gb"]),
    "ca": _Country("en", "us", ("en_US", "fr_CA"), "en_CA", "", "CA$", T.PHONES["us"]),
    "au": _Country("en", "dmy", ("en_GB", "en_US"), "en_AU", "", "A$", T.PHONES["au"]),
    "nz": _Country("en", "dmy", ("en_NZ",), "en_NZ", "", "NZ$", T.PHONES["nz"]),
    "ie": _Country("en", "dmy", ("en_IE", "ga_IE"), "", "IE", "€", T.PHONES["ie"]),
    "in": _Country("en", "dmy", ("en_IN",), "en_IN", "", "₹", T.PHONES["in"]),
    "ng": _Country("en", "dmy", ("yo_NG", "ig_NG", "ha_NG"), "", "", "₦", T.PHONES["ng"]),
    "za": _Country("en", "dmy", ("zu_ZA", "en_GB"), "", "", "R", T.PHONES["za"]),
    "gh": _Country("en", "dmy", ("tw_GH",), "", "", "GH₵", T.PHONES["gh"]),
    "ken": _Country("en", "dmy", ("en_KE", "sw"), "", "", "KSh ", T.PHONES["ke"]),
    "phe": _Country("en", "us", (), "", "", "₱", T.PHONES["ph"]),
    "sg": _Country("en", "dmy", (), "", "", "S$", T.PHONES["sg"]),
    "de": _Country("de", "dot", ("de_DE",), "de_DE", "DE", "€", T.PHONES["de"]),
    "at": _Country("de", "dot", ("de_AT",), "de_AT", "AT", "€", T.PHONES["at"]),
    "ch": _Country("de", "dot", ("de_CH",), "de_CH", "CH", "CHF ", T.PHONES["ch"]),
    "fr": _Country("fr", "dmy", ("fr_FR",), "fr_FR", "FR", "€", T.PHONES["fr"]),
    "be": _Country("nl", "dmy", ("nl_BE", "fr_BE"), "", "BE", "€", T.PHONES["be"]),
    "es": _Country("es", "dmy", ("es_ES",), "", "ES", "€", T.PHONES["es"]),
    "mx": _Country("es", "dmy", ("es_MX",), "", "", "MX$", T.PHONES["mx"]),
    "ar": _Country("es", "dmy", ("es_AR",), "es_AR", "", "AR$", T.PHONES["ar"]),
    "co": _Country("es", "dmy", ("es_CO",), "es_CO", "", "COP ", T.PHONES["co"]),
    "br": _Country("pt", "dmy", ("pt_BR",), "pt_BR", "BR", "R$", T.PHONES["br"]),
    "pt": _Country("pt", "dmy", ("pt_PT",), "pt_PT", "PT", "€", T.PHONES["pt"]),
    "it": _Country("it", "dmy", ("it_IT",), "it_IT", "IT", "€", T.PHONES["it"]),
    "nl": _Country("nl", "dash", ("nl_NL",), "nl_NL", "NL", "€", T.PHONES["nl"]),
    "pl": _Country("pl", "dot", ("pl_PL",), "pl_PL", "PL", "zł", T.PHONES["pl"]),
    "tr": _Country("tr", "dot", (), "", "TR", "₺", T.PHONES["tr"]),
    "vn": _Country("vi", "dmy", (), "", "", "₫", T.PHONES["vn"]),
    "id": _Country("id", "dmy", ("id_ID",), "", "", "Rp", T.PHONES["id"]),
    "ph": _Country("tl", "us", (), "", "", "₱", T.PHONES["ph"]),
    "ke": _Country("sw", "dmy", ("sw", "en_KE"), "", "", "KSh ", T.PHONES["ke"]),
    "tz": _Country("sw", "dmy", ("sw",), "", "", "TSh ", T.PHONES["tz"]),
    "se": _Country("en", "dmy", ("sv_SE",), "sv_SE", "SE", "kr ", T.PHONES["se"]),
    "fi": _Country("en", "dot", ("fi_FI",), "fi_FI", "FI", "€", T.PHONES["fi"]),
    "cz": _Country("en", "dot", ("cs_CZ",), "cs_CZ", "", "Kč ", T.PHONES["cz"]),
    "ro": _Country("en", "dot", ("ro_RO",), "ro_RO", "RO", "lei ", T.PHONES["ro"]),
    "hu": _Country("en", "dot", ("hu_HU",), "hu_HU", "", "Ft ", T.PHONES["hu"]),
}
#: cultures whose people live in a country (besides the Faker locales)
_LOCAL_CULTURES = {
    "nz": ["maori", "samoan_tongan"],
    "ng": ["yoruba", "igbo", "hausa"],
    "za": ["zulu_xhosa"],
    "gh": ["akan"],
    "ken": ["kenyan"],
    "ke": ["kenyan"],
    "tz": ["kenyan"],
    "phe": ["filipino"],
    "ph": ["filipino"],
    "tr": ["turkish", "kurdish"],
    "vn": ["vietnamese"],
    "id": ["indonesian"],
    "sg": ["mandarin", "malay", "tamil"],
    "in": ["north_indian", "tamil", "bengali", "punjabi"],
    "es": ["catalan", "basque"],
    "fr": ["breton", "maghrebi"],
    "gb": ["welsh", "scottish"],
    "ie": ["irish"],
    "nl": ["frisian"],
    "mx": ["quechua_aymara"],
    "ca": ["inuit"],
    "us": ["dine", "lakota", "hawaiian"],
    "se": ["sami"],
}
_ALL_FAKERS = sorted({loc for c in _C.values() for loc in c.fakers} | {"hr_HR", "sl_SI"})


# --------------------------------------------------------------------------- values


def _digits(rng: random.Random, pattern: str) -> str:
    """'#' any digit, 'N' a non-zero digit, 'M' 2-9; other characters kept."""
    lows = {"#": 0, "N": 1, "M": 2}
    return "".join(str(rng.randrange(lows[c], 10)) if c in lows else c for c in pattern)


def _hashes(rng: random.Random, pattern: str) -> str:
    """Only '#' becomes a digit (for place names that may contain an N)."""
    return "".join(str(rng.randrange(10)) if c == "#" else c for c in pattern)


def _luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def credit_card(rng: random.Random) -> str:
    kind = rng.choices(["visa", "mc", "amex", "disc", "mc2"], [45, 25, 13, 9, 8])[0]
    if kind == "amex":
        num = _luhn_complete(rng.choice(["34", "37"]), 15, rng)
        sep = rng.choice([" ", "-", ""])
        return sep.join([num[:4], num[4:10], num[10:]])
    prefix = {
        "visa": "4",
        "mc": str(rng.randint(51, 55)),
        "mc2": str(rng.randint(2221, 2720)),
        "disc": "6011",
    }[kind]
    num = _luhn_complete(prefix, 16, rng)
    sep = rng.choices([" ", "-", ""], [55, 20, 25])[0]
    return sep.join(num[i : i + 4] for i in range(0, 16, 4))


#: IBAN country -> BBAN layout: n digit, a upper letter, c digit or upper letter
_IBAN = {
    "DE": "n" * 18,
    "GB": "aaaa" + "n" * 14,
    "FR": "n" * 10 + "n" * 11 + "nn",
    "ES": "n" * 20,
    "IT": "a" + "n" * 10 + "n" * 12,
    "NL": "aaaa" + "n" * 10,
    "PL": "n" * 24,
    "PT": "n" * 21,
    "TR": "n" * 5 + "0" + "n" * 16,
    "BE": "n" * 12,
    "AT": "n" * 16,
    "CH": "n" * 5 + "c" * 12,
    "IE": "aaaa" + "n" * 14,
    "FI": "n" * 14,
    "SE": "n" * 20,
    "DK": "n" * 14,
    "NO": "n" * 11,
    "RO": "aaaa" + "c" * 16,
    "BR": "n" * 23 + "a" + "c",
    "AE": "n" * 19,
    "SA": "n" * 22,
    "LU": "n" * 3 + "c" * 13,
}
_BANK_CODES = {"GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"], "NL": ["ABNA", "INGB", "RABO"]}
_BANK_CODES["IE"] = ["AIBK", "BOFI"]
_BANK_CODES["RO"] = ["RNCB", "BTRL", "BRDE"]


def iban(rng: random.Random, country: str, grouped: bool | None = None) -> str:
    bban = ""
    for c in _IBAN[country]:
        if c == "n":
            bban += str(rng.randrange(10))
        elif c == "a":
            bban += rng.choice(string.ascii_uppercase)
        elif c == "c":
            bban += rng.choice(string.digits * 3 + string.ascii_uppercase)
        else:
            bban += c
    if country in _BANK_CODES:
        bban = rng.choice(_BANK_CODES[country]) + bban[4:]
    moved = bban + country + "00"
    num = int("".join(str(int(ch, 36)) for ch in moved))
    full = f"{country}{98 - num % 97:02d}{bban}"
    if grouped is None:
        grouped = rng.random() < 0.6
    return " ".join(full[i : i + 4] for i in range(0, len(full), 4)) if grouped else full


def ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    num = f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
    sep = rng.choices(["-", " ", ""], [80, 12, 8])[0]
    return f"{num[:3]}{sep}{num[3:5]}{sep}{num[5:]}"


def ipv4(rng: random.Random, private: bool | None = None) -> str:
    if private is None:
        private = rng.random() < 0.2
    if private:
        kind = rng.choice(["192", "10", "172"])
        if kind == "192":
            return f"192.168.{rng.choice([0, 1, 1, 2, 10, 50, 178])}.{rng.randint(2, 254)}"
        if kind == "10":
            return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    while True:
        a = rng.randint(1, 223)
        if a not in (10, 127, 172, 192, 169, 100):
            break
    return f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng: random.Random) -> str:
    groups = [rng.choice(["2001", "2a02", "2600", "2a01", "2405", "2c0f", "2804"])]
    groups += [f"{rng.randrange(0x10000):x}" for _ in range(7)]
    if rng.random() < 0.5:
        cut = rng.randint(2, 5)
        return ":".join(groups[:cut]) + "::" + ":".join(groups[cut + 2 :])
    return ":".join(groups)


# ------------------------------------------------------------------------------ dates

_NUMERIC = {
    "us": "{m:02d}/{d:02d}/{y}",
    "dmy": "{d:02d}/{m:02d}/{y}",
    "dot": "{d:02d}.{m:02d}.{y}",
    "dash": "{d:02d}-{m:02d}-{y}",
}
_LONG = {
    "en_us": "{M} {d}, {y}",
    "en": "{d} {M} {y}",
    "de": "{d}. {M} {y}",
    "fr": "{d} {M} {y}",
    "es": "{d} de {M} de {y}",
    "pt": "{d} de {M} de {y}",
    "it": "{d} {M} {y}",
    "nl": "{d} {M} {y}",
    "pl": "{d} {M} {y}",
    "tr": "{d} {M} {y}",
    "vi": "ngày {d} tháng {m} năm {y}",
    "id": "{d} {M} {y}",
    "tl": "{M} {d}, {y}",
    "sw": "{d} {M} {y}",
}


def fmt_date(rng: random.Random, d: dt.date, cc: str, style: str = "", pad: bool = True) -> str:
    c = _C[cc]
    style = style or rng.choices(["num", "long", "iso", "short"], [50, 35, 10, 5])[0]
    if style == "iso":
        return d.isoformat()
    if style == "short" and c.lang == "en":
        return f"{T.MONTHS['en'][d.month - 1][:3]} {d.day}, {d.year}"
    if style == "long":
        key = "en_us" if c.lang == "en" and c.dates == "us" else c.lang
        months = T.MONTHS[c.lang]
        return _LONG[key].format(d=d.day, m=d.month, y=d.year, M=months[d.month - 1])
    fmt = _NUMERIC[c.dates]
    if not pad and c.dates in ("us", "dmy"):
        fmt = fmt.replace(":02d", "")
    return fmt.format(d=d.day, m=d.month, y=d.year)


#: rough units per US dollar, so amounts look plausible in each currency
_CUR_SCALE = {"₫": 25000, "Rp": 15000, "₦": 1500, "KSh ": 130, "TSh ": 2500, "COP ": 4000}
_CUR_SCALE |= {"Ft ": 350, "₹": 80, "₱": 55, "R": 18, "₺": 30, "Kč ": 23, "AR$": 900}
_CUR_SCALE |= {"MX$": 17, "kr ": 10, "zł": 4, "lei ": 4.6, "GH₵": 12, "R$": 5}
_COMMA_DECIMAL = {"de", "es", "pt", "it", "nl", "tr", "id", "vi", "pl", "fr"}
_SUFFIX_CUR = {"€", "zł", "Kč ", "Ft ", "lei ", "kr "}


def money(rng: random.Random, cc: str) -> str:
    c = _C[cc]
    usd = rng.choice([rng.randint(5, 300), rng.randint(300, 5000)]) + rng.choice([0, 0.5, 0.99])
    scale = _CUR_SCALE.get(c.cur, 1)
    value = usd * scale
    whole = scale >= 50
    text = f"{round(value, -2 if scale >= 1000 else 0):,.0f}" if whole else f"{value:,.2f}"
    if c.lang in _COMMA_DECIMAL:
        sep = "\u202f" if c.lang == "fr" and rng.random() < 0.5 else " " if c.lang == "fr" else "."
        text = text.replace(",", "\0").replace(".", ",").replace("\0", sep)
    if c.lang != "en" and c.cur in _SUFFIX_CUR:
        return f"{text} {c.cur.strip()}"
    return f"{c.cur}{text}"


#: birth years by age group ("" adults)
_BIRTH_YEARS = {"": (1940, 2004), "old": (1925, 1950), "kid": (2009, 2019), "teen": (2007, 2009)}


def _rand_date(rng: random.Random, y0: int, y1: int) -> dt.date:
    start = dt.date(y0, 1, 1).toordinal()
    return dt.date.fromordinal(rng.randint(start, dt.date(y1, 12, 31).toordinal()))


# ------------------------------------------------------------------------------ names

_FOLD = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "ß": "ss", "đ": "d", "Đ": "D"}
    | {"ı": "i", "ð": "d", "þ": "th", "œ": "oe", "’": "", "'": "", "ʻ": ""}
)


def ascii_fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.translate(_FOLD))
    return "".join(c for c in s if c.isascii())


@dataclass
class _Person:
    given: str
    family: str  # "" for one-word names
    order: str = "gf"  # gf given first, fg family first, mono one name
    middle: str = ""
    nicks: tuple[str, ...] = ()
    user_: str = ""
    email_: str = ""
    cache: dict[str, str] = field(default_factory=dict)

    def full(self) -> str:
        if self.order == "mono" or not self.family:
            return self.given
        if self.order == "fg":
            return " ".join(x for x in (self.family, self.middle, self.given) if x)
        return " ".join(x for x in (self.given, self.middle, self.family) if x)

    def form(self, name: str, rng: random.Random) -> tuple[str, str]:
        """(value, category) of one form of the name."""
        fam = self.family or self.given
        if name == "full":
            return self.full(), "PERSON"
        if name == "first":
            return self.given, "PERSON"
        if name == "last":
            return fam, "PERSON"
        if name == "west":  # given name first whatever the culture
            if not self.family:
                return self.given, "PERSON"
            return f"{self.given} {self.family}", "PERSON"
        if name == "fl":  # initial + surname
            if not self.family:
                return self.given, "PERSON"
            if self.order == "fg":
                return f"{self.family} {self.given[0]}.", "PERSON"
            return f"{self.given[0]}. {self.family}", "PERSON"
        if name == "rev":
            if not self.family:
                return self.given, "PERSON"
            return f"{self.family}, {self.given}", "PERSON"
        if name == "nick":
            return (self.nicks[0] if self.nicks else self.given), "PERSON"
        if name == "mid":
            if self.order == "gf" and self.family:
                mid = self.middle or rng.choice(string.ascii_uppercase) + "."
                return f"{self.given} {mid} {self.family}", "PERSON"
            return self.full(), "PERSON"
        if name == "upper":
            return self.full().upper(), "PERSON"
        if name == "pnr":
            fam = re.sub(r"[^A-Za-z]", "", ascii_fold(fam)).upper()
            giv = re.sub(r"[^A-Za-z]", "", ascii_fold(self.given)).upper()
            return f"{fam}/{giv}", "PERSON"
        if name == "user":
            return self.user_, "PERSON"
        if name == "email":
            return self.email_, "EMAIL"
        raise KeyError(name)


def _nicks(given: str) -> tuple[str, ...]:
    first = given.split("-")[0].split(" ")[0]
    return tuple(T.NICKNAMES.get(first, ()))


def _username(rng: random.Random, p: _Person) -> str:
    giv = re.sub(r"[^a-z]", "", ascii_fold(p.given.split(" ")[0]).lower()) or "user"
    fam = re.sub(r"[^a-z]", "", ascii_fold(p.family).lower()) if p.family else ""
    yy = str(rng.choice([rng.randint(70, 99), rng.randint(0, 12), rng.randint(1, 999)]))
    if not fam:
        pats = [giv, giv + yy, giv + "_" + yy, giv + rng.choice(["x", "_", ".official"])]
    else:
        pats = [
            giv[0] + fam,
            f"{giv}.{fam}",
            f"{giv}_{fam}",
            giv + fam,
            f"{giv}{fam[0]}",
            f"{fam}{giv[0]}",
            f"{giv}.{fam}{yy}",
            f"{giv}_{fam[:3]}",
            f"{fam}.{giv}",
            f"{giv}{yy}",
            f"the{giv}{fam}",
        ]
    return rng.choice(pats)[:30].rstrip("._")


def _email(rng: random.Random, p: _Person, cc: str, domain: str = "") -> str:
    giv = re.sub(r"[^a-z]", "", ascii_fold(p.given.split(" ")[0]).lower()) or "mail"
    fam = re.sub(r"[^a-z]", "", ascii_fold(p.family).lower()) if p.family else ""
    if not domain:
        domain = rng.choice(T.MAIL_DOMAINS.get(cc, []) + T.MAIL_DOMAINS["*"])
    n = str(rng.randint(1, 99))
    if not fam:
        local = rng.choice([giv, giv + n, giv + "." + str(rng.randint(1970, 2005))])
    else:
        local = rng.choice(
            [
                f"{giv}.{fam}",
                f"{giv}{fam}",
                f"{giv[0]}.{fam}",
                f"{giv[0]}{fam}",
                f"{giv}_{fam}",
                f"{fam}.{giv}",
                f"{giv}.{fam}{n}",
                f"{giv}{fam[0]}",
                f"{giv}{n}",
            ]
        )
    return f"{local}@{domain}"


class _Names:
    """Person factory: Faker locales, the own culture lists and English-word names."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self._fakers: dict[str, Faker] = {}
        self.gender = ""

    def faker(self, loc: str) -> Faker:
        if loc not in self._fakers:
            f = Faker(loc)
            f.seed_instance(self.rng.randrange(2**31))
            self._fakers[loc] = f
        return self._fakers[loc]

    def person(self, cc: str, gender: str = "") -> _Person:
        """A person living in country cc; gender "f", "m" or "" (any)."""
        self.gender = gender
        rng = self.rng
        c = _C[cc]
        local = _LOCAL_CULTURES.get(cc, [])
        english = c.lang == "en"
        p_word, p_local = (0.10, 0.45) if english else (0.03, 0.75)
        r = rng.random()
        if r < p_word:
            p, src = self._wordname(), "word"
        elif r < p_word + p_local and (c.fakers or local):
            if local and (not c.fakers or rng.random() < 0.3):
                src = rng.choice(local)
                p = self._culture(src)
            else:
                src = rng.choice(c.fakers)
                p = self._faker(src)
        elif rng.random() < 0.38:
            src = rng.choice(_ALL_FAKERS)
            p = self._faker(src)
        else:
            src = rng.choice(sorted(T.CULTURES))
            p = self._culture(src)
        if p.order == "gf" and p.family and rng.random() < 0.04:  # double-barrelled
            if src in _ALL_FAKERS:
                other = self._faker(src)
            else:
                other = self._wordname() if src == "word" else self._culture(src)
            both = p.family + other.family
            if other.family and other.family != p.family and not {" ", "-"} & set(both):
                p.family = f"{p.family}-{other.family}"
        anglo = src == "word" or src.startswith("en_")
        if anglo and p.order == "gf" and p.family and not p.middle and rng.random() < 0.12:
            p.middle = rng.choice(string.ascii_uppercase) + "."
        hyphen = T.HYPHEN_GIVEN.get(src[:2] if src != "word" else "en")
        hyphen = [g for g in hyphen or [] if self._given_ok(g)]
        if hyphen and p.order == "gf" and rng.random() < 0.05:
            p.given = rng.choice(hyphen)
        p.nicks = _nicks(p.given)
        if p.nicks:
            p.nicks = (rng.choice(p.nicks),)
        p.user_ = _username(rng, p)
        return p

    def _given_ok(self, given: str) -> bool:
        if not self.gender:
            return True
        first = given.split(" ")[0]
        if first in T.EITHER:
            return True
        return (first in T.FEMALE) == (self.gender == "f")

    def _faker(self, loc: str) -> _Person:
        f = self.faker(loc)
        female = self.gender == "f" if self.gender else self.rng.random() < 0.5
        if female:
            given, family = f.first_name_female(), f.last_name_female()
        else:
            given, family = f.first_name_male(), f.last_name_male()
        return _Person(given.strip(), family.strip())

    def _wordname(self) -> _Person:
        rng = self.rng
        words = [g for g in T.WORD_GIVEN if self._given_ok(g)]
        if rng.random() < 0.55:
            return _Person(rng.choice(words), rng.choice(T.WORD_FAMILY))
        f = self.faker(rng.choice(["en_US", "en_GB", "en_NZ"]))
        if rng.random() < 0.5:
            return _Person(rng.choice(words), f.last_name())
        female = self.gender == "f" if self.gender else rng.random() < 0.5
        given = f.first_name_female() if female else f.first_name_male()
        return _Person(given, rng.choice(T.WORD_FAMILY))

    def _culture(self, name: str) -> _Person:
        rng = self.rng
        cu = T.CULTURES[name]
        order = cu.get("order", "gf")
        if order == "mono" or (cu.get("mono") and rng.random() < cu["mono"]):
            singles = [g for g in cu.get("single") or cu["given"] if self._given_ok(g)]
            if singles:
                return _Person(rng.choice(singles), "", "mono")
        givens = [g for g in cu["given"] if self._given_ok(g)] or cu["given"]
        given, family = rng.choice(givens), rng.choice(cu["family"])
        middle = rng.choice(cu["middle"]) if cu.get("middle") else ""
        if order == "fg" and rng.random() < cu.get("west", 0.0):
            order, middle = "gf", ""
            if name == "vietnamese" and rng.random() < 0.6:
                given, family = ascii_fold(given), ascii_fold(family)
        if order == "patronym":  # "Ahmad bin Ismail"
            female = self.gender == "f" if self.gender else rng.random() < 0.5
            link = cu["link"][1] if female else cu["link"][0]
            given = rng.choice(cu["given_m"] if link == cu["link"][0] else cu["given_f"])
            return _Person(given, family, "gf", middle=link)
        return _Person(given, family, order, middle=middle)


# ------------------------------------------------------------------------------ addresses


def _address(names: _Names, rng: random.Random, cc: str) -> list[str]:
    """Lines of a postal address in the country's usual layout."""
    c = _C[cc]
    if c.addr:
        f = names.faker(c.addr)
        text = f.address()
        while _MILITARY.search(text):
            text = f.address()
        lines = [ln.strip(" ,") for ln in text.split("\n") if ln.strip(" ,")]
        if len(lines) == 1 and "," in lines[0] and rng.random() < 0.5:
            lines = [x.strip() for x in lines[0].split(",", 1)]
        return lines
    a = T.ADDR[cc if cc in T.ADDR else "gen"]
    n = rng.randint(1, 220)
    street = rng.choice(a["streets"])
    city, zipc = rng.choice(a["cities"])
    city, zipc = _hashes(rng, city), _hashes(rng, zipc)
    if cc == "tr":
        door = f" D: {rng.randint(1, 30)}" if rng.random() < 0.7 else ""
        return [
            f"{rng.choice(a['areas'])} Mah. {street} No: {n}{door}",
            f"{zipc} {rng.choice(a['districts'])}/{city}",
        ]
    if cc == "vn":
        return [
            f"Số {n}, ngõ {rng.randint(2, 120)} {street}",
            f"Phường {rng.choice(a['areas'])}, Quận {rng.choice(a['districts'])}, {city}",
        ]
    if cc == "id":
        return [
            f"Jl. {street} No. {n}, RT {rng.randint(1, 12):02d}/RW {rng.randint(1, 9):02d}",
            f"Kel. {rng.choice(a['areas'])}, Kec. {rng.choice(a['districts'])}",
            f"{city} {zipc}",
        ]
    if cc in ("ph", "phe"):
        lot = f"Blk {rng.randint(1, 40)} Lot {rng.randint(1, 60)}, " if rng.random() < 0.5 else ""
        return [f"{lot}{n} {street}, Brgy. {rng.choice(a['areas'])}", f"{city} {zipc}"]
    if cc in ("ke", "ken", "tz"):
        return [
            f"{rng.choice(['House No.', 'Plot', 'Apt'])} {n}, {street}",
            f"P.O. Box {rng.randint(100, 99999)}-{zipc}",
            city,
        ]
    if cc == "mx":
        return [
            f"{street} {n}, Int. {rng.randint(1, 12)}",
            f"Col. {rng.choice(a['areas'])}, {rng.choice(a['districts'])}",
            f"{zipc} {city}",
        ]
    if cc == "es":
        piso = f", {rng.randint(1, 8)}º {rng.choice('ABCD')}" if rng.random() < 0.7 else ""
        return [f"{street}, {n}{piso}", f"{zipc} {city}"]
    if cc == "be":
        return [f"{street} {n}", f"{zipc} {city}"]
    if cc == "sg":
        return [f"Blk {n} {street}, {rng.choice(a['areas'])}", city]
    area = f", {rng.choice(a['areas'])}" if a.get("areas") else ""
    return [f"{n} {street}{area}", f"{city} {zipc}".strip()]


_MILITARY = re.compile(r"\b[FAD]PO\b|\bUSNS\b|\bUSNV\b|\bUSS\b|\bUSCGC\b|\bPSC\b")


def _street(names: _Names, rng: random.Random, cc: str) -> str:
    c = _C[cc]
    if c.addr:
        return names.faker(c.addr).street_address()
    return _address(names, rng, cc)[0]


# ------------------------------------------------------------------------------ rendering


class _Builder:
    def __init__(self) -> None:
        self.parts: list[tuple[str, str | None]] = []

    def add(self, text: str, cat: str | None = None) -> None:
        if text:
            self.parts.append((text, cat))

    def lower(self) -> None:
        self.parts = [(_lower_same_length(t), c) for t, c in self.parts]

    def sample(self, escape: bool = False) -> Sample:
        out, spans, pos = [], [], 0
        for text, cat in self.parts:
            if escape:
                text = json.dumps(text, ensure_ascii=False)[1:-1]
            if cat:
                spans.append((cat, pos, pos + len(text)))
            out.append(text)
            pos += len(text)
        return Sample("".join(out), spans)


def _lower_same_length(s: str) -> str:
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in s)


class _Render:
    def __init__(self, rng: random.Random, names: _Names, cc: str):
        self.rng, self.names, self.cc = rng, names, cc
        self.people: dict[str, _Person] = {}
        self.cache: dict[str, tuple[str, str | None]] = {}
        self.domain = ""
        self.row = 0
        # one document mostly keeps one date and time layout
        self.dstyle = rng.choices(["num", "long", "iso", "short"], [50, 35, 10, 5])[0]
        self.pad = rng.random() < 0.8
        self.t12 = _C[cc].dates == "us" and rng.random() < 0.6

    def _style(self, forced: str) -> str:
        if forced:
            return forced
        return self.dstyle if self.rng.random() < 0.85 else ""

    def person(self, key: str) -> _Person:
        """p1.. any gender, f1.. female, m1.. male, r / rf / rm a fresh one per row."""
        if key not in self.people:
            gender = key[1:2] if key.startswith("r") else key[0]
            self.people[key] = self.names.person(self.cc, gender if gender in "fm" else "")
        return self.people[key]

    def run(self, template: str, b: _Builder) -> None:
        pos = 0
        for m in _ROWS.finditer(template):
            self._flat(template[pos : m.start()], b)
            lo, hi = int(m.group(1)), int(m.group(2))
            for i in range(self.rng.randint(lo, hi)):
                self.row = i + 1
                for key in ("r", "rf", "rm"):
                    self.people.pop(key, None)
                self.cache = {k: v for k, v in self.cache.items() if not k.startswith("row@")}
                self._flat(m.group(3), b)
            pos = m.end()
        self._flat(template[pos:], b)

    def _flat(self, text: str, b: _Builder) -> None:
        pos = 0
        for m in _SLOT.finditer(text):
            b.add(text[pos : m.start()])
            value, cat = self.slot(m.group(1))
            b.add(value, cat)
            pos = m.end()
        b.add(text[pos:])

    def slot(self, spec: str) -> tuple[str, str | None]:
        if spec.startswith("~"):
            return self.rng.choice(spec[1:].split(";")), None
        mod = ""
        if "|" in spec:
            spec, mod = spec.split("|", 1)
        if "@" in spec:
            kind = spec.split("@", 1)[0]
            if spec not in self.cache:
                self.cache[spec] = self.value(kind)
            value, cat = self.cache[spec]
        else:
            value, cat = self.value(spec)
        if mod == "lower":
            value = value.lower()
        elif mod == "upper":
            value = value.upper()
        elif mod == "cap":
            value = value[:1].upper() + value[1:]
        return value, cat

    def value(self, kind: str) -> tuple[str, str | None]:
        rng, cc = self.rng, self.cc
        c = _C[cc]
        if "." in kind and _PERSON_KEY.fullmatch(kind.split(".", 1)[0]):
            who, form = kind.split(".", 1)
            p = self.person(who)
            if form == "workemail":
                domain = self.domain or rng.choice(T.COMPANIES)[1]
                if not p.cache.get("work"):
                    p.cache["work"] = _email(rng, p, cc, domain)
                return p.cache["work"], "EMAIL"
            if form == "email" and not p.email_:
                p.email_ = _email(rng, p, cc)
            return p.form(form, rng)
        if kind == "i":
            return str(self.row), None
        # labeled values --------------------------------------------------------------
        if kind == "email":
            p = self.names.person(cc)
            return _email(rng, p, cc), "EMAIL"
        if kind == "user":
            return self.names.person(cc).user_, "PERSON"
        if kind == "phone":
            return _digits(rng, rng.choice(c.phones)), "PHONE"
        if kind == "phone_us":
            return _digits(rng, rng.choice(T.PHONES["us"])), "PHONE"
        if kind == "phone_any":
            other = rng.choice(sorted(T.PHONES))
            pats = [p for p in T.PHONES[other] if p.startswith("+")] or T.PHONES[other]
            return _digits(rng, rng.choice(pats)), "PHONE"
        if kind == "addr":
            return "\n".join(_address(self.names, rng, cc)), "ADDRESS"
        if kind == "addr1":
            return ", ".join(_address(self.names, rng, cc)), "ADDRESS"
        if kind == "street":
            return _street(self.names, rng, cc), "ADDRESS"
        if kind == "ip":
            return ipv4(rng), "IP"
        if kind == "ip_pub":
            return ipv4(rng, False), "IP"
        if kind == "ip_lan":
            return ipv4(rng, True), "IP"
        if kind == "ip6":
            return ipv6(rng), "IP"
        if kind == "ipx":
            return (ipv6(rng) if rng.random() < 0.25 else ipv4(rng)), "IP"
        if kind == "cc":
            return credit_card(rng), "CREDIT_CARD"
        if kind == "iban":
            country = c.iban or rng.choice(["DE", "GB", "FR", "NL", "ES", "IT", "BE", "IE", "AE"])
            return iban(rng, country), "IBAN"
        if kind == "iban_any":
            return iban(rng, rng.choice(sorted(_IBAN))), "IBAN"
        if kind == "ssn":
            return ssn(rng), "US_SSN"
        if kind.startswith("dob"):  # dob[_style][-age group]
            kind, _, group = kind.partition("-")
            style = {"dob": "", "dob_iso": "iso", "dob_long": "long", "dob_num": "num"}[kind]
            d = _rand_date(rng, *_BIRTH_YEARS[group])
            return fmt_date(rng, d, cc, self._style(style), self.pad), "DATE_OF_BIRTH"
        # unlabeled filler ------------------------------------------------------------
        return self.filler(kind), None

    def filler(self, kind: str) -> str:
        rng, cc = self.rng, self.cc
        c = _C[cc]
        if kind.startswith("date"):
            style = {"date": "", "date_iso": "iso", "date_long": "long", "date_num": "num"}
            d = _rand_date(rng, 2022, 2025)
            return fmt_date(rng, d, cc, self._style(style[kind]), self.pad)
        if kind == "company":
            name, domain = rng.choice(T.COMPANIES)
            self.domain = self.domain or domain
            return name
        if kind == "city":
            return rng.choice(T.CITIES.get(cc) or T.CITIES["us"])
        if kind == "anycity":
            return rng.choice(rng.choice(list(T.CITIES.values())))
        if kind == "year":
            return str(rng.randint(2019, 2025))
        if kind == "time":
            if self.t12:
                minute = rng.choice([0, 15, 30, 45, 5, 50])
                return f"{rng.randint(1, 12)}:{minute:02d} {rng.choice(['AM', 'PM', 'am', 'pm'])}"
            return f"{rng.randint(6, 22):02d}:{rng.randrange(60):02d}"
        if kind == "ts":
            return f"{_rand_date(rng, 2023, 2025).isoformat()}T{_clock(rng)}Z"
        if kind == "ts_log":
            d = _rand_date(rng, 2023, 2025)
            return f"{T.MONTHS['en'][d.month - 1][:3]} {d.day:2d} {_clock(rng)}"
        if kind == "amount":
            return money(rng, cc)
        if kind == "exp":
            return f"{rng.randint(1, 12):02d}/{rng.randint(25, 31)}"
        if kind == "num":
            return str(rng.randint(2, 28))
        if kind == "num2":
            return str(rng.randint(100, 999))
        if kind == "pct":
            return f"{rng.randint(1, 99)}%"
        if kind == "uuid":
            return "-".join(_hex(rng, n) for n in (8, 4, 4, 4, 12))
        if kind == "sha":
            return _hex(rng, 7)
        if kind == "sha40":
            return _hex(rng, 40)
        if kind == "ver":
            return f"{rng.randint(0, 5)}.{rng.randint(0, 24)}.{rng.randint(0, 15)}"
        if kind == "order":
            return rng.choice(["#", "ORD-", "", "SO-", "A"]) + _digits(
                rng, "N#######"[: rng.randint(6, 8)]
            )
        if kind == "ticket":
            return f"{rng.choice(T.JIRA_KEYS)}-{rng.randint(12, 4999)}"
        if kind == "acct":
            return rng.choice(["CUST-", "AC", "C-", ""]) + _digits(rng, "N######")
        if kind == "mrn":
            return rng.choice(["MRN ", "MRN: ", "Pt ID "]) + _digits(rng, "N#######")
        if kind == "policy":
            return (
                rng.choice(["POL-", "HX", "", "AUTO-"])
                + _digits(rng, "N#########")[: rng.randint(7, 10)]
            )
        if kind == "claim":
            return f"CLM-{rng.randint(2022, 2025)}-{_digits(rng, '######')}"
        if kind == "invoice":
            return f"INV-{rng.randint(2023, 2025)}-{_digits(rng, '####')}"
        if kind == "pnrcode":
            return "".join(rng.choice(string.ascii_uppercase + "23456789") for _ in range(6))
        if kind == "flight":
            return f"{rng.choice(T.AIRLINE_CODES)} {rng.randint(11, 2999)}"
        if kind == "iata":
            return rng.choice(T.AIRPORTS)
        if kind == "last4":
            return _digits(rng, "####")
        if kind == "tracking":
            return rng.choice(["1Z", "TBA", "JD", "LX"]) + _digits(
                rng, "N" + "#" * rng.randint(9, 15)
            )
        if kind == "port":
            return str(rng.choice([3000, 5432, 6379, 8000, 8080, 8443, 9092, 27017]))
        if kind == "pid":
            return str(rng.randint(300, 65000))
        if kind == "ms":
            return str(rng.randint(3, 2400))
        if kind == "weekday":
            return rng.choice(T.WEEKDAYS.get(c.lang, T.WEEKDAYS["en"]))
        if kind == "month":
            return rng.choice(T.MONTHS.get(c.lang, T.MONTHS["en"]))
        if kind in T.FILLERS:
            return rng.choice(T.FILLERS[kind])
        raise KeyError(f"unknown slot {kind!r}")


def _clock(rng: random.Random) -> str:
    return f"{rng.randrange(24):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}"


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


# ------------------------------------------------------------------------------ the set


def _wrap(rng: random.Random, b: _Builder, kind: str) -> tuple[_Builder, bool]:
    """Some texts stay inside the logged JSON body of the API call they came from."""
    if rng.random() >= 0.09:
        return b, False
    model = rng.choice(T.FILLERS["model"])
    out = _Builder()
    if rng.random() < 0.7:
        system = rng.choice(T.SYSTEM_PROMPTS)
        head = (
            f'{{"model": "{model}", "temperature": {rng.choice([0, 0.2, 0.7, 1])}, '
            f'"messages": [{{"role": "system", "content": "{system}"}}, '
            f'{{"role": "user", "content": "'
        )
        tail = '"}]}'
    else:  # a legacy completions call as the gateway logged it
        head = (
            f'{{"ts": "{dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(600))}T'
            f'{rng.randrange(24):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}Z", '
            f'"endpoint": "/v1/completions", "model": "{model}", "prompt": "'
        )
        tail = f'", "max_tokens": {rng.choice([256, 512, 1024])}, "status": 200}}'
    out.parts.append((head, None))
    out.parts.extend(b.parts)
    out.parts.append((tail, None))
    return out, True


def _escaped_sample(b: _Builder) -> Sample:
    """Escape everything but the JSON frame (first and last part)."""
    parts = b.parts
    out, spans, pos = [], [], 0
    for i, (text, cat) in enumerate(parts):
        if 0 < i < len(parts) - 1:
            text = json.dumps(text, ensure_ascii=False)[1:-1]
        if cat:
            spans.append((cat, pos, pos + len(text)))
        out.append(text)
        pos += len(text)
    return Sample("".join(out), spans)


def _pick_country(rng: random.Random, loc: str) -> str:
    if loc == "en":
        return rng.choice(_ENGLISH)
    if loc == "any":
        return rng.choice(sorted(_C))
    if "," in loc:
        return rng.choice(loc.split(","))
    return loc


def sealed2_set(scale: float = 1.0, seed: int = 9090) -> list[Sample]:
    """About round(1000 * scale) labeled texts; the same texts for the same seed."""
    rng = random.Random(seed)
    names = _Names(rng)
    n = round(1000 * scale)
    pools = {"clean": T.CLEAN, "chat": T.CHAT, "doc": T.DOCS}
    counts = {k: round(n * share) for k, share in KIND_SHARE.items()}
    counts["doc"] = n - counts["clean"] - counts["chat"]
    plan: list[tuple[str, str, str]] = []
    for kind, k in counts.items():
        pool = pools[kind]
        order: list[int] = []
        while len(order) < k:  # every template before any repeats
            batch = list(range(len(pool)))
            rng.shuffle(batch)
            order += batch
        plan += [(kind, *pool[i]) for i in order[:k]]
    rng.shuffle(plan)
    out = []
    for kind, loc, template in plan:
        cc = _pick_country(rng, loc)
        b = _Builder()
        _Render(rng, names, cc).run(template.strip("\n"), b)
        if kind != "chat" and loc in ("en", "us") and rng.random() < 0.3:
            if rng.random() < 0.5:
                b.parts.insert(0, (rng.choice(T.OPENERS) + rng.choice([" ", "\n"]), None))
            else:
                b.add(rng.choice(["\n\n", "\n", " "]) + rng.choice(T.CLOSERS))
        if kind == "chat" and rng.random() < 0.85:
            b.lower()
        b, wrapped = _wrap(rng, b, kind)
        out.append(_escaped_sample(b) if wrapped else b.sample())
    return out
