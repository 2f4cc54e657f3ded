"""dev7: an independent, hand-written evaluation set for the sanitizer.

Texts look like what users paste into an LLM chat (e-mail threads, transcripts, reviews, CVs,
clinical notes, contracts, chats, logs, configs, tables, ...) in English and 20+ other
languages. The templates and word lists live in ``bench/sanitizer_dev7_templates.py``; this
module fills them and records where every must-remove value ends up.

Person names come from hand-written per-culture lists; Faker (non-English locales) supplies at
most a small share of them. Every checksummed value (card, IBAN, crypto address) is generated
valid and checked again after generation, together with the span invariants.
"""

from __future__ import annotations

import base64
import datetime
import hashlib
import ipaddress
import random
import re
import string
import unicodedata
import uuid
from collections import Counter
from dataclasses import dataclass, field

from bench import sanitizer_dev7_templates as T
from bench.sanitizer_data import Sample

# ---------------------------------------------------------------------------------------------
# Slots
# ---------------------------------------------------------------------------------------------

_SLOT = re.compile(r"⟦([^⟧]+)⟧")
_SLOT_PARTS = re.compile(r"^(\w+)(?::(\w+))?(?:@([\w-]+))?(?:#(\w+))?$")

LABELED = {
    "phone": "PHONE",
    "email": "EMAIL",
    "address": "ADDRESS",
    "card": "CREDIT_CARD",
    "iban": "IBAN",
    "ssn": "US_SSN",
    "itin": "US_ITIN",
    "ip": "IP",
    "ip6": "IP",
    "ipp": "IP",
    "mac": "MAC",
    "btc": "CRYPTO",
    "eth": "CRYPTO",
    "crypto": "CRYPTO",
    "dob": "DATE_OF_BIRTH",
    "pw": "SECRET",
    "pin": "SECRET",
    "apikey": "SECRET",
    "jwt": "SECRET",
    "pem": "SECRET",
    "dbpw": "SECRET",
    "token": "SECRET",
    "dl": "DRIVER_LICENSE",
    "passport": "PASSPORT",
}
FILLERS = {
    "date", "time", "city", "company", "dom", "num", "amount", "order", "ticket", "version",
    "sha", "sha7", "hash", "uuid", "year", "host", "famous", "fiction", "lib",
}  # fmt: skip
PERSON_FORMS = {
    "full", "first", "last", "nick", "init", "mid", "cite", "lastfirst", "lastinit", "lfirst",
    "llast", "lfull", "FIRST", "LAST", "FULL", "handle", "social", "email", "native", "roman",
    "fio", "fip", "tag", "ltag", "noreply", "wemail",
}  # fmt: skip
CATEGORIES = (
    "PERSON", "EMAIL", "PHONE", "ADDRESS", "CREDIT_CARD", "IBAN", "US_SSN", "IP",
    "DRIVER_LICENSE", "PASSPORT", "US_ITIN", "MAC", "CRYPTO", "DATE_OF_BIRTH", "SECRET",
)  # fmt: skip


def _split(s: str) -> list[str]:
    return [e.strip() for e in s.split(";") if e.strip()]


# ---------------------------------------------------------------------------------------------
# Name lists
# ---------------------------------------------------------------------------------------------

Pair = tuple[str, str]  # (own script, Latin script)


def _pair(s: str) -> Pair:
    native, _, roman = s.partition("|")
    return native.strip(), (roman or native).strip()


def _given(entry: str) -> tuple[Pair, list[Pair]]:
    name, _, nicks = entry.partition(":")
    return _pair(name), [_pair(n) for n in nicks.split(",") if n.strip()]


def _surname(entry: str) -> tuple[Pair, Pair]:
    masc, _, fem = entry.partition("/")
    return _pair(masc), _pair(fem or masc)


@dataclass
class _Culture:
    key: str
    m: list[tuple[Pair, list[Pair]]]
    f: list[tuple[Pair, list[Pair]]]
    last: list[tuple[Pair, Pair]]
    pat: list[tuple[Pair, Pair]]
    middle_m: list[str]
    middle_f: list[str]
    meta: dict[str, str]


def _load_cultures() -> dict[str, _Culture]:
    out = {}
    for key, c in T.CULTURES.items():
        out[key] = _Culture(
            key=key,
            m=[_given(e) for e in _split(c["m"])],
            f=[_given(e) for e in _split(c["f"])],
            last=[_surname(e) for e in _split(c["last"])],
            pat=[_surname(e) for e in _split(c.get("pat", ""))],
            middle_m=_split(c.get("middle_m", "")),
            middle_f=_split(c.get("middle_f", "")),
            meta=c,
        )
    return out


_CULTURES = _load_cultures()


def _fold(s: str) -> str:
    """ASCII form of a Latin-script name, for logins and e-mail addresses."""
    s = s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ø", "o")
    s = s.replace("đ", "d").replace("Đ", "D").replace("ı", "i").replace("æ", "ae")
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def _ru_fem(p: Pair) -> Pair:
    native, roman = p
    for m, f in (("ский", "ская"), ("цкий", "цкая")):
        if native.endswith(m):
            native = native[: -len(m)] + f
            roman = roman[:-1] + "aya" if roman.endswith("y") else roman + "a"
            return native, roman
    if native.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return native + "а", roman + "a"
    return native, roman


def _pl_fem(p: Pair) -> Pair:
    native, roman = p
    if native.endswith("ki"):
        return native[:-1] + "a", roman[:-1] + "a"
    return native, roman


@dataclass
class Person:
    culture: str
    gender: str
    first: Pair
    last: Pair | None
    middle: str | None
    pat: Pair | None
    nick: Pair | None
    native: bool
    fam_first: bool
    src: str
    handle_pat: int
    social_pat: int
    email_pat: int
    mid_initial: str
    digits: str
    domain: str
    work_domain: str

    def _n(self, p: Pair) -> str:
        if self.native:
            return p[0]
        return _fold(p[1]) if self.culture == "vi" else p[1]

    @property
    def cjk_native(self) -> bool:
        return self.native and self.culture in ("ja", "zh", "ko")

    def parts(self) -> tuple[str, str]:
        first = self._n(self.first)
        last = self._n(self.last) if self.last else ""
        return first, last

    def full(self) -> str:
        first, last = self.parts()
        if not last:
            return first
        if self.cjk_native:
            return last + first
        if self.culture == "vi" and (self.native or self.fam_first):
            mid = self._n((self.middle, self.middle)) if self.middle else ""
            return " ".join(x for x in (last, mid, first) if x)
        if self.fam_first:
            return f"{last} {first}"
        return f"{first} {last}"

    def roman_full(self) -> str:
        first = self.first[1]
        last = self.last[1] if self.last else ""
        if self.culture == "vi":
            first, last = _fold(first), _fold(last)
        return f"{first} {last}".strip()

    def _login_parts(self) -> tuple[str, str]:
        f = _fold(self.first[1]).lower()
        last = _fold(self.last[1]).lower() if self.last else ""
        if self.culture == "es" and " " in last and not last.startswith(("de ", "del ")):
            last = last.split(" ")[0]
        f = re.sub(r"[^a-z]", "", f)
        last = re.sub(r"[^a-z]", "", last)
        return f, last

    def handle(self) -> str:
        f, ln = self._login_parts()
        if not ln:
            return f + self.digits[:2]
        return [f[0] + ln, f"{f}.{ln}", ln + f[0], f + ln[0], f"{f}_{ln}", f"{f[0]}.{ln}"][
            self.handle_pat
        ]

    def social(self) -> str:
        f, ln = self._login_parts()
        if not ln:
            return f"{f}_{self.digits}"
        return [
            f"{f}.{ln[0]}",
            f"{ln}_{f[0]}",
            f"{f}{ln}{self.digits[:2]}",
            f"{f}_{ln}",
            f"{f}{self.digits[:2]}",
            f"its{f}{ln[0]}",
            f"{f}.{ln}.{self.digits[:1]}",
        ][self.social_pat]

    def email(self) -> str:
        f, ln = self._login_parts()
        if self.domain in ("qq.com", "163.com", "126.com") and self.email_pat % 2 == 0:
            return f"{self.digits}{self.digits[:3]}@{self.domain}"
        if not ln:
            local = f + self.digits[:2]
        else:
            local = [
                f"{f}.{ln}",
                f + ln,
                f"{f[0]}.{ln}",
                f[0] + ln,
                f"{f}{self.digits[:2]}",
                f"{f}_{ln}",
            ][self.email_pat]
        return f"{local}@{self.domain}"

    def render(self, form: str) -> str:
        first, last = self.parts()
        nick = self._n(self.nick) if self.nick else first
        if form == "full":
            return self.full()
        if form == "first":
            return first
        if form == "last":
            return last or first
        if form == "nick":
            return nick
        if form in ("FIRST", "LAST", "FULL"):
            return self.render(form.lower()).upper()
        if form in ("lfirst", "llast", "lfull"):
            return self.render(form[1:]).lower()
        if form in ("tag", "ltag"):
            tag = re.sub(r"[\s'\-]", "", first if self.native else _fold(first))
            return tag.lower() if form == "ltag" else tag
        if form == "init":
            if self.cjk_native or self.culture in ("ar", "hi") and self.native or not last:
                return self.full()
            return f"{first[0]}. {last}"
        if form == "mid":
            if self.native and self.culture in _NON_LATIN or not last:
                return self.full()
            return f"{first} {self.mid_initial}. {last}"
        if form == "cite":
            if self.cjk_native or not last:
                return self.full()
            return f"{last}, {first[0]}."
        if form == "lastfirst":
            if self.cjk_native or not last:
                return self.full()
            return f"{last}, {first}"
        if form == "lastinit":
            if not last:
                return first
            if self.pat:
                return f"{last} {first[0]}. {self._n(self.pat)[0]}."
            return f"{last} {first[0]}."
        if form == "fio":
            if self.pat and last:
                return f"{last} {first} {self._n(self.pat)}"
            return self.full()
        if form == "fip":
            return f"{first} {self._n(self.pat)}" if self.pat else first
        if form == "native":
            own = Person(**{**self.__dict__, "native": True})
            return own.full()
        if form == "roman":
            return self.roman_full()
        if form == "handle":
            return self.handle()
        if form == "social":
            return self.social()
        if form == "email":
            return self.email()
        if form == "wemail":
            return Person(**{**self.__dict__, "domain": self.work_domain}).email()
        if form == "noreply":
            return f"{self.digits}{self.digits[:2]}+{self.handle()}@users.noreply.github.com"
        raise ValueError(form)


_NON_LATIN = {"ru", "uk", "el", "ka", "ar", "hi", "ja", "ko", "zh"}
_FAMOUS_NAMES = set(_split(T.FAMOUS)) | set(_split(T.FAMOUS_BLOCK))

# ---------------------------------------------------------------------------------------------
# Faker (a small share of names, non-English Latin-script locales only)
# ---------------------------------------------------------------------------------------------

_FAKERS: dict[str, object] = {}
FAKER_SHARE = 0.08  # running cap on the share of people whose name comes from Faker


def _faker(locale: str):
    if locale not in _FAKERS:
        from faker import Faker

        _FAKERS[locale] = Faker(locale)
    return _FAKERS[locale]


def _faker_name(culture: str, gender: str, rng: random.Random) -> tuple[Pair, Pair] | None:
    locales = T.CULTURES[culture].get("faker")
    if not locales:
        return None
    fk = _faker(rng.choice(locales.split(",")))
    fk.seed_instance(rng.randrange(1 << 30))
    try:
        first = fk.first_name_female() if gender == "f" else fk.first_name_male()
        last_fn = getattr(fk, "last_name_female" if gender == "f" else "last_name_male", None)
        last = last_fn() if last_fn else fk.last_name()
    except Exception:  # a locale without gendered name lists
        first, last = fk.first_name(), fk.last_name()
    if not first or not last or not re.fullmatch(r"[^\W\d_][\w'\- .]*", f"{first} {last}"):
        return None
    return (first, first), (last, last)


# ---------------------------------------------------------------------------------------------
# Values
# ---------------------------------------------------------------------------------------------

_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_B62 = string.ascii_letters + string.digits


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _tok(rng: random.Random, n: int, alphabet: str = _B62) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _pattern(rng: random.Random, pat: str) -> str:
    out = []
    for ch in pat:
        if ch == "#":
            out.append(rng.choice(string.digits))
        elif ch == "N":
            out.append(rng.choice("23456789"))
        elif ch == "@":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXY"))
        else:
            out.append(ch)
    return "".join(out)


def luhn_ok(number: str) -> bool:
    digits = [int(c) for c in number if c.isdigit()]
    if not 12 <= len(digits) <= 19:
        return False
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + _digits(rng, length - len(prefix) - 1)
    for check in string.digits:
        if luhn_ok(body + check):
            return body + check
    raise AssertionError("unreachable")


_CARD_PREFIXES = {
    "visa": ["4"],
    "mc": ["51", "52", "53", "54", "55", "2221", "2501", "2720"],
    "amex": ["34", "37"],
    "discover": ["6011", "65"],
    "jcb": ["3528", "3566", "3589"],
    "unionpay": ["6212", "6228", "6259"],
    "mir": ["2200", "2202", "2204"],
    "troy": ["9792"],
}
_LANG_CARDS = {"ja": ["jcb", "visa", "mc"], "zh": ["unionpay", "visa"], "ru": ["mir", "visa", "mc"]}
_LANG_CARDS["tr"] = ["troy", "visa", "mc"]


def card(rng: random.Random, lang: str) -> str:
    net = rng.choice(_LANG_CARDS.get(lang, ["visa", "visa", "mc", "mc", "amex", "discover"]))
    length = 15 if net == "amex" else 16
    num = _luhn_complete(rng.choice(_CARD_PREFIXES[net]), length, rng)
    sep = rng.choice([" ", " ", "-", ""])
    groups = (
        [num[:4], num[4:10], num[10:]]
        if net == "amex"
        else [num[i : i + 4] for i in range(0, 16, 4)]
    )
    return sep.join(groups)


#: IBAN country -> BBAN pattern (# digit, @ letter, * alphanumeric)
IBAN_BBAN = {
    "DE": "##################", "FR": "#######################", "ES": "####################",
    "NL": "@@@@##########", "IT": "@######################", "PL": "########################",
    "PT": "#####################", "GB": "@@@@##############", "SE": "####################",
    "TR": "#####0################", "SA": "##******************", "AE": "###################",
    "GR": "#######################", "GE": "@@################", "UA": "#########################",
    "BE": "############", "CH": "#################", "IE": "@@@@##############",
    "AT": "################", "BR": "#######################@*",
}  # fmt: skip
_IBAN_BANKS = {
    "GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"], "NL": ["ABNA", "RABO", "INGB", "TRIO"],
    "IE": ["AIBK", "BOFI"], "GE": ["NB", "TB", "BG"],
}  # fmt: skip
_LANG_IBAN = {
    "es": "ES", "pt": "PT", "fr": "FR", "de": "DE", "nl": "NL", "it": "IT", "pl": "PL", "uk": "UA",
    "el": "GR", "ka": "GE", "tr": "TR", "ar": "SA", "sv": "SE",
}  # fmt: skip
_COUNTRY_IBAN = {"AT": "AT", "GB": "GB", "IE": "IE", "AE": "AE", "BR": "BR", "PT": "PT"}


def _iban_check(country: str, bban: str) -> str:
    rearranged = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in rearranged)
    return f"{98 - int(num) % 97:02d}"


def iban_ok(value: str) -> bool:
    v = value.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", v):
        return False
    if v[:2] in IBAN_BBAN and len(v) != 4 + len(IBAN_BBAN[v[:2]]):
        return False
    num = "".join(str(int(ch, 36)) for ch in v[4:] + v[:4])
    return int(num) % 97 == 1


def iban(rng: random.Random, country: str) -> str:
    bban = ""
    bank = rng.choice(_IBAN_BANKS[country]) if country in _IBAN_BANKS else ""
    for i, ch in enumerate(IBAN_BBAN[country]):
        if ch == "@":
            bban += bank[i] if i < len(bank) else rng.choice(string.ascii_uppercase)
        elif ch == "*":
            bban += rng.choice(string.digits + string.ascii_uppercase)
        elif ch == "#":
            bban += rng.choice(string.digits)
        else:
            bban += ch
    value = country + _iban_check(country, bban) + bban
    if rng.random() < 0.6:
        return " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    return value


def ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    group, serial = rng.randrange(1, 100), rng.randrange(1, 10000)
    sep = rng.choices(["-", " ", ""], [85, 10, 5])[0]
    return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"


def itin(rng: random.Random) -> str:
    group = rng.choice(list(range(70, 89)) + [90, 91, 92, 94, 95, 96, 97, 98, 99])
    sep = rng.choices(["-", " "], [90, 10])[0]
    return f"9{rng.randrange(100):02d}{sep}{group}{sep}{rng.randrange(1, 10000):04d}"


def ipv4_public(rng: random.Random) -> str:
    while True:
        ip = ipaddress.IPv4Address(rng.randrange(1 << 24, 224 << 24))
        if ip.is_global and not ip.is_multicast:
            return str(ip)


def ipv4_private(rng: random.Random) -> str:
    kind = rng.choice(["10", "192", "172"])
    if kind == "10":
        return f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
    if kind == "192":
        return f"192.168.{rng.randrange(256)}.{rng.randrange(2, 255)}"
    return f"172.{rng.randrange(16, 32)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"


def ipv6_global(rng: random.Random) -> str:
    first = rng.choice(
        [0x2A00, 0x2A01, 0x2A02, 0x2A03, 0x2600, 0x2601, 0x2607, 0x2406, 0x2409, 0x2C0F]
    )
    groups = [first] + [rng.randrange(1 << 16) for _ in range(7)]
    if rng.random() < 0.5:
        groups[4:7] = [0, 0, 0]
    return str(ipaddress.IPv6Address(":".join(f"{g:x}" for g in groups)))


def mac(rng: random.Random) -> str:
    octets = [rng.randrange(256) & 0xFC] + [rng.randrange(256) for _ in range(5)]
    style = rng.choices(["colon", "COLON", "DASH", "cisco"], [40, 30, 20, 10])[0]
    h = "".join(f"{o:02x}" for o in octets)
    if style == "cisco":
        return ".".join(h[i : i + 4] for i in range(0, 12, 4))
    pairs = [h[i : i + 2] for i in range(0, 12, 2)]
    if style == "colon":
        return ":".join(pairs)
    return (":" if style == "COLON" else "-").join(pairs).upper()


# ---- crypto addresses -------------------------------------------------------------------------


def _b58encode(data: bytes) -> str:
    n = int.from_bytes(data, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = _B58[r] + out
    pad = len(data) - len(data.lstrip(b"\0"))
    return "1" * pad + out


def _b58decode(s: str) -> bytes:
    n = 0
    for ch in s:
        n = n * 58 + _B58.index(ch)
    body = n.to_bytes((n.bit_length() + 7) // 8, "big") if n else b""
    pad = len(s) - len(s.lstrip("1"))
    return b"\0" * pad + body


def _dsha(b: bytes) -> bytes:
    return hashlib.sha256(hashlib.sha256(b).digest()).digest()


def _bech32_polymod(values: list[int]) -> int:
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if (top >> i) & 1 else 0
    return chk


def _hrp_expand(hrp: str) -> list[int]:
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def _convertbits(data: bytes, frombits: int, tobits: int) -> list[int]:
    acc = bits = 0
    out = []
    maxv = (1 << tobits) - 1
    for b in data:
        acc = (acc << frombits) | b
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            out.append((acc >> bits) & maxv)
    if bits:
        out.append((acc << (tobits - bits)) & maxv)
    return out


def btc(rng: random.Random, kind: str | None = None) -> str:
    kind = kind or rng.choice(["p2pkh", "p2sh", "bech32", "bech32"])
    h160 = bytes(rng.randrange(256) for _ in range(20))
    if kind == "bech32":
        data = [0] + _convertbits(h160, 8, 5)
        poly = _bech32_polymod(_hrp_expand("bc") + data + [0] * 6) ^ 1
        checksum = [(poly >> 5 * (5 - i)) & 31 for i in range(6)]
        return "bc1" + "".join(_BECH32[d] for d in data + checksum)
    payload = (b"\x00" if kind == "p2pkh" else b"\x05") + h160
    return _b58encode(payload + _dsha(payload)[:4])


# Keccak-256 (the pre-standard SHA-3 padding used by Ethereum), for EIP-55 checksums.
_KECCAK_RC = [
    0x0000000000000001, 0x0000000000008082, 0x800000000000808A, 0x8000000080008000,
    0x000000000000808B, 0x0000000080000001, 0x8000000080008081, 0x8000000000008009,
    0x000000000000008A, 0x0000000000000088, 0x0000000080008009, 0x000000008000000A,
    0x000000008000808B, 0x800000000000008B, 0x8000000000008089, 0x8000000000008003,
    0x8000000000008002, 0x8000000000000080, 0x000000000000800A, 0x800000008000000A,
    0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008,
]  # fmt: skip
_KECCAK_ROT = [
    [0, 36, 3, 41, 18], [1, 44, 10, 45, 2], [62, 6, 43, 15, 61], [28, 55, 25, 21, 56],
    [27, 20, 39, 8, 14],
]  # fmt: skip
_M64 = (1 << 64) - 1


def _rol(x: int, n: int) -> int:
    return ((x << n) | (x >> (64 - n))) & _M64 if n else x


def _keccak_f(a: list[list[int]]) -> None:
    for rc in _KECCAK_RC:
        c = [a[x][0] ^ a[x][1] ^ a[x][2] ^ a[x][3] ^ a[x][4] for x in range(5)]
        d = [c[(x - 1) % 5] ^ _rol(c[(x + 1) % 5], 1) for x in range(5)]
        for x in range(5):
            for y in range(5):
                a[x][y] ^= d[x]
        b = [[0] * 5 for _ in range(5)]
        for x in range(5):
            for y in range(5):
                b[y][(2 * x + 3 * y) % 5] = _rol(a[x][y], _KECCAK_ROT[x][y])
        for x in range(5):
            for y in range(5):
                a[x][y] = b[x][y] ^ ((~b[(x + 1) % 5][y] & _M64) & b[(x + 2) % 5][y])
        a[0][0] ^= rc


def keccak256(data: bytes) -> bytes:
    rate = 136
    msg = bytearray(data) + b"\x01"
    while len(msg) % rate:
        msg.append(0)
    msg[-1] |= 0x80
    state = [[0] * 5 for _ in range(5)]
    for off in range(0, len(msg), rate):
        for i in range(rate // 8):
            state[i % 5][i // 5] ^= int.from_bytes(msg[off + 8 * i : off + 8 * i + 8], "little")
        _keccak_f(state)
    return b"".join(state[i % 5][i // 5].to_bytes(8, "little") for i in range(4))


def _eip55(hex40: str) -> str:
    digest = keccak256(hex40.lower().encode()).hex()
    return "0x" + "".join(
        ch.upper() if ch.isalpha() and int(digest[i], 16) >= 8 else ch
        for i, ch in enumerate(hex40.lower())
    )


def eth(rng: random.Random) -> str:
    return _eip55("".join(rng.choice("0123456789abcdef") for _ in range(40)))


def crypto_ok(value: str) -> bool:
    if value.startswith("0x"):
        body = value[2:]
        return bool(re.fullmatch(r"[0-9a-fA-F]{40}", body)) and _eip55(body) == value
    if value.startswith("bc1"):
        if value.lower() != value or any(ch not in _BECH32 for ch in value[3:]):
            return False
        data = [_BECH32.index(ch) for ch in value[3:]]
        return _bech32_polymod(_hrp_expand("bc") + data) == 1 and data[0] == 0
    if any(ch not in _B58 for ch in value):
        return False
    raw = _b58decode(value)
    return len(raw) == 25 and raw[0] in (0, 5) and _dsha(raw[:21])[:4] == raw[21:]


# ---- secrets ----------------------------------------------------------------------------------


def password(rng: random.Random) -> str:
    words = _split(T.PASSWORD_WORDS)
    style = rng.choice(["word", "word", "leet", "random", "phrase", "word2"])
    sym = "!@#%&*_-+=?."
    if style == "word":
        w = rng.choice(words)
        w = w[0].upper() + w[1:] if rng.random() < 0.6 else w
        return (
            w
            + rng.choice([str(rng.randrange(1970, 2026)), _digits(rng, 2), _digits(rng, 3)])
            + rng.choice(sym + "!!")
        )
    if style == "word2":
        return (
            rng.choice(words).lower()
            + rng.choice("_-.#")
            + rng.choice(words).capitalize()
            + _digits(rng, 2)
        )
    if style == "leet":
        w = (
            rng.choice(words)
            .lower()
            .replace("a", "@")
            .replace("o", "0")
            .replace("e", "3")
            .replace("s", "$")
        )
        return w.capitalize() + _digits(rng, rng.choice([1, 2, 4])) + rng.choice(sym)
    if style == "phrase":
        return "-".join(rng.choice(words).lower() for _ in range(3)) + "-" + _digits(rng, 1)
    return _tok(rng, rng.randrange(12, 20), _B62 + sym)


def apikey(rng: random.Random, vendor: str | None) -> str:
    up = string.ascii_uppercase + "234567"
    hexd = "0123456789abcdef"
    url = _B62 + "_-"
    gens = {
        "openai": lambda: "sk-proj-" + _tok(rng, 20, url) + "T3BlbkFJ" + _tok(rng, 28, url),
        "anthropic": lambda: "sk-ant-api03-" + _tok(rng, 86, url) + "AA",
        "aws_id": lambda: "AKIA" + _tok(rng, 16, up),
        "aws_secret": lambda: _tok(rng, 40, _B62 + "/+"),
        "github": lambda: "ghp_" + _tok(rng, 36),
        "github_pat": lambda: (
            "github_pat_11"
            + _tok(rng, 20, string.ascii_uppercase + string.digits)
            + "_"
            + _tok(rng, 59)
        ),
        "gitlab": lambda: "glpat-" + _tok(rng, 20, url),
        "slack": lambda: f"xoxb-{_digits(rng, 12)}-{_digits(rng, 13)}-{_tok(rng, 24)}",
        "stripe": lambda: rng.choice(["sk_live_", "rk_live_"]) + _tok(rng, rng.choice([24, 99])),
        "google": lambda: "AIza" + _tok(rng, 35, url),
        "sendgrid": lambda: "SG." + _tok(rng, 22, url) + "." + _tok(rng, 43, url),
        "hf": lambda: "hf_" + _tok(rng, 34, string.ascii_letters),
        "npm": lambda: "npm_" + _tok(rng, 36),
        "twilio": lambda: "SK" + _tok(rng, 32, hexd),
        "mailgun": lambda: "key-" + _tok(rng, 32, hexd),
        "shopify": lambda: "shpat_" + _tok(rng, 32, hexd),
    }
    if vendor is None:
        vendor = rng.choice(
            [
                "openai",
                "anthropic",
                "github",
                "stripe",
                "google",
                "slack",
                "sendgrid",
                "hf",
                "gitlab",
                "aws_id",
            ]
        )
    return gens[vendor]()


def jwt(rng: random.Random) -> str:
    def b64(b: bytes) -> str:
        return base64.urlsafe_b64encode(b).decode().rstrip("=")

    head = b64(b'{"alg":"HS256","typ":"JWT"}')
    sub, iat = rng.randrange(10**6, 10**7), rng.randrange(1_690_000_000, 1_760_000_000)
    claims = f'{{"sub":"{sub}","iat":{iat},"scope":"read write"}}'
    return f"{head}.{b64(claims.encode())}.{b64(bytes(rng.randrange(256) for _ in range(32)))}"


def pem_body(rng: random.Random, kind: str | None) -> str:
    n = rng.randrange(8, 14)
    raw = bytes(rng.randrange(256) for _ in range(48 * n))
    if kind == "openssh":
        raw = b"openssh-key-v1\x00\x00\x00\x00" + raw
    text = base64.b64encode(raw).decode()
    width = 70 if kind == "openssh" else 64
    return "\n".join(text[i : i + width] for i in range(0, len(text), width))


def token(rng: random.Random, kind: str | None) -> str:
    if kind == "b64":
        return base64.b64encode(_tok(rng, rng.randrange(16, 33), _B62 + "!_-").encode()).decode()
    return _tok(rng, rng.choice([24, 32, 40, 48]), _B62 + "_-")


def dbpw(rng: random.Random) -> str:
    return _tok(rng, rng.randrange(12, 25), _B62 + "-_.~")


# ---- identity documents -----------------------------------------------------------------------

_US_DL = {
    "CA": "@#######", "NY": "### ### ###", "FL": "@###-###-##-###-#", "TX": "########",
    "IL": "@###-####-####", "PA": "## ### ###", "WA": "WDL@@@@###@@", "NJ": "@#### ##### #####",
    "MI": "@ ### ### ### ###", "OH": "@@######",
}  # fmt: skip


def driver_license(rng: random.Random, arg: str | None, country: str) -> str:
    if arg and arg in _US_DL:
        return _pattern(rng, _US_DL[arg])
    if country == "GB":
        letters = "".join(rng.choice("ABCDEFGHIJKLMNOPRSTUVWY") for _ in range(5))
        return _pattern(
            rng, letters + "#" + f"{rng.choice([0, 1, 5, 6])}{rng.randrange(1, 10)}" + "###@@#@@"
        )
    if country == "DE":
        return _pattern(rng, "@###@@@#@##")
    if country == "IN":
        return (
            rng.choice(["MH12", "KA01", "DL04", "TN09"])
            + " "
            + str(rng.randrange(2008, 2024))
            + _digits(rng, 7)
        )
    if country == "CA":
        return _pattern(rng, "@####-#####-#####")
    if country == "AU":
        return _digits(rng, rng.choice([8, 9]))
    return _pattern(rng, _US_DL[rng.choice(list(_US_DL))])


_PASSPORT = {
    "US": ["#########", "@########"], "GB": ["#########"], "CA": ["@@######"],
    "AU": ["@#######", "@@#######"],
    "IE": ["@@#######"], "IN": ["@#######"], "NG": ["@########"], "ZA": ["@########"],
    "DE": ["C@#@##@##", "C##@@#@##"], "AT": ["@#######"], "FR": ["##@@#####"], "ES": ["@@@######"],
    "MX": ["G########"], "IT": ["@@#######"], "PT": ["@######"], "BR": ["@@######"],
    "NL": ["@@#######"],
    "PL": ["@@#######"], "RU": ["## #######"], "UA": ["@@######"], "GR": ["@@#######"],
    "GE": ["##@@#####"],
    "TR": ["U########"], "SA": ["@#######"], "AE": ["#########"], "EG": ["A########"],
    "JP": ["@@#######"],
    "KR": ["M########"], "CN": ["E########", "E@#######"], "VN": ["C#######"], "ID": ["@#######"],
    "SE": ["########"], "KE": ["@@#######"], "TZ": ["@@#######"], "PH": ["P#######@"],
}  # fmt: skip


def passport(rng: random.Random, country: str) -> str:
    return _pattern(rng, rng.choice(_PASSPORT.get(country, _PASSPORT["US"])))


# ---- phones -----------------------------------------------------------------------------------

_PHONES = {
    "US": "(@) N##-####; @-N##-####; @.N##.####; +1 @ N##-####; +1-@-N##-####; +1 (@) N##-####",
    "CA": "(@) N##-####; +1 @ N##-####; @-N##-####",
    "GB": "+44 7### ######; 07### ######; +44 20 7### ####; 020 7### ####; +44 (0)161 ### ####",
    "AU": "+61 4## ### ###; 04## ### ###; (02) 9### ####",
    "IE": "+353 8# ### ####; 08# ### ####",
    "IN": "+91 9#### #####; +91-98###-#####; +91 7#### #####; 09#########",
    "NG": "+234 80# ### ####; 080# ### ####; +234 81# ### ####",
    "ZA": "+27 82 ### ####; 083 ### ####; +27 (0)21 ### ####",
    "ES": "+34 6## ## ## ##; 6## ### ###; +34 91 ### ## ##",
    "MX": "+52 55 #### ####; +52 33 #### ####; 55 #### ####",
    "BR": "+55 11 9####-####; (11) 9####-####; +55 21 9#### ####",
    "PT": "+351 91# ### ###; 93# ### ###",
    "FR": "+33 6 ## ## ## ##; 06 ## ## ## ##; +33 (0)1 ## ## ## ##; 07 ## ## ## ##",
    "DE": "+49 151 ########; 0151 ########; +49 30 #######; 030 ########; "
    "+49 (0)89 ########; 0176 #######",
    "AT": "+43 664 #######; 0664 ### ####",
    "NL": "+31 6 ########; 06-########; +31 20 ### ####",
    "IT": "+39 3## ### ####; 3## #######; +39 02 #### ####",
    "PL": "+48 5## ### ###; +48 6## ### ###; 5##-###-###",
    "RU": "+7 9## ###-##-##; 8 (9##) ###-##-##; +7 (495) ###-##-##",
    "UA": "+380 67 ### ####; +380 50 ### ## ##; 067 ### ## ##",
    "GR": "+30 69# ### ####; 69# ### ####; +30 210 #######",
    "GE": "+995 5## ## ## ##; 5## ## ## ##; +995 32 2## ## ##",
    "TR": "+90 5## ### ## ##; 0 (5##) ### ## ##; 05## ### ## ##",
    "SA": "+966 5# ### ####; 05# ### ####",
    "AE": "+971 5# ### ####; 05# ### ####",
    "EG": "+20 1# #### ####; 01# #### ####",
    "JP": "+81 90-####-####; 090-####-####; 080-####-####; 03-####-####",
    "KR": "+82 10-####-####; 010-####-####; 02-###-####",
    "CN": "+86 13# #### ####; 13#-####-####; +86 18#########",
    "VN": "+84 9# ### ## ##; 09## ### ###",
    "ID": "+62 81#-####-####; 081#-####-####; +62 21 #### ####",
    "SE": "+46 7# ### ## ##; 07#-### ## ##",
    "KE": "+254 7## ######; 07## ######; +254 7## ### ###",
    "TZ": "+255 7## ### ###; 07## ### ###",
    "PH": "+63 9## ### ####; 09## ### ####",
}
_AREAS = {
    "US": "212 312 415 503 617 646 713 206 404 305 512 720 619 215 973 248 614 919",
    "CA": "604 416 514 403 613 902",
}


def phone(rng: random.Random, country: str) -> str:
    pat = rng.choice(_split(_PHONES[country]))
    if "@" in pat:
        pat = pat.replace("@", rng.choice(_AREAS[country].split()))
    return _pattern(rng, pat)


# ---- addresses --------------------------------------------------------------------------------

_TOKEN = re.compile(r"\{(\w+)\}")
_LONG_STREETS = {"US", "CA", "AU", "BR", "PH"}
_LETTER_APTS = {"US", "CA", "GB", "AU", "IE", "ZA", "NG", "KE", "AE", "EG", "IN", "MX"}


def address(rng: random.Random, country: str) -> str:
    spec = T.ADDRESSES[country]
    street = rng.choice(_split(spec["streets"]))
    if street.count("|") == 2:
        street, city, postal = street.split("|")
    else:
        city, _, postal = rng.choice(_split(spec["cities"])).partition("|")
    fmt = rng.choice(_split(spec["formats"]))
    if not postal:
        fmt = fmt.replace(" ({postal})", "").replace(" {postal}", "").replace(", {postal}", "")
    if not city:
        fmt = fmt.replace(", {city}", "").replace(" {city}", "")

    def sub(m: re.Match) -> str:
        k = m.group(1)
        if k == "street":
            return street
        if k == "city":
            return city
        if k == "postal":
            return _pattern(rng, postal)
        if k == "n":
            if country in _LONG_STREETS:
                return str(rng.choice([rng.randrange(1, 100), rng.randrange(100, 3000)]))
            return str(rng.choice([rng.randrange(1, 40), rng.randrange(1, 150)]))
        if k == "n2":
            return str(rng.randrange(1, 30))
        if k == "n3":
            return str(rng.randrange(101, 999))
        if k == "n4":
            return str(rng.randrange(1000, 9999))
        if k == "d":
            return str(rng.randrange(1, 10))
        if k == "apt":
            if country in _LETTER_APTS and rng.random() < 0.5:
                return f"{rng.randrange(1, 9)}{rng.choice('ABCD')}"
            return str(rng.randrange(1, 80))
        if k == "room":
            return f"{rng.randrange(1, 16)}{rng.randrange(1, 10):02d}"
        if k in T.ADDRESS_PARTS:
            return _TOKEN.sub(sub, rng.choice(_split(T.ADDRESS_PARTS[k])))
        raise KeyError(k)

    return _TOKEN.sub(sub, fmt)


# ---- dates ------------------------------------------------------------------------------------

_DATE_FORMATS = {
    "en": "{Month} {d}, {Y}; {d} {Mon} {Y}; {Y}-{mm}-{dd}; {m}/{d}/{Y}; {dd}/{mm}/{Y}; "
    "{d} {Month} {Y}",
    "es": "{d} de {month} de {Y}; {dd}/{mm}/{Y}",
    "pt": "{d} de {month} de {Y}; {dd}/{mm}/{Y}",
    "fr": "{d} {month} {Y}; {dd}/{mm}/{Y}",
    "de": "{dd}.{mm}.{Y}; {d}. {month} {Y}",
    "nl": "{d} {month} {Y}; {dd}-{mm}-{Y}",
    "it": "{d} {month} {Y}; {dd}/{mm}/{Y}",
    "pl": "{d} {month} {Y}; {dd}.{mm}.{Y}",
    "ru": "{d} {month} {Y}; {dd}.{mm}.{Y}",
    "uk": "{d} {month} {Y}; {dd}.{mm}.{Y}",
    "el": "{d} {month} {Y}; {dd}/{mm}/{Y}",
    "ka": "{d} {month}, {Y}; {dd}.{mm}.{Y}",
    "tr": "{d} {month} {Y}; {dd}.{mm}.{Y}",
    "ar": "{d} {month} {Y}; {dd}/{mm}/{Y}",
    "ar-Latn": "{dd}/{mm}/{Y}",
    "hi": "{d} {month} {Y}; {dd}/{mm}/{Y}",
    "hi-Latn": "{dd}/{mm}/{Y}; {d} {Month} {Y}; {dd}-{mm}-{Y}",
    "ja": "{Y}年{m}月{d}日; {Y}/{mm}/{dd}",
    "zh": "{Y}年{m}月{d}日; {Y}-{mm}-{dd}",
    "ko": "{Y}년 {m}월 {d}일; {Y}.{mm}.{dd}",
    "vi": "ngày {d} tháng {m} năm {Y}; {dd}/{mm}/{Y}",
    "id": "{d} {month} {Y}; {dd}/{mm}/{Y}",
    "sv": "{d} {month} {Y}; {Y}-{mm}-{dd}",
    "sw": "{d} {month} {Y}; {dd}/{mm}/{Y}",
    "tl": "{month} {d}, {Y}; {mm}/{dd}/{Y}",
}


def date_format(rng: random.Random, lang: str) -> str:
    return rng.choice(_split(_DATE_FORMATS.get(lang, _DATE_FORMATS["en"])))


def fmt_date(day: datetime.date, lang: str, fmt: str) -> str:
    y, m, d = day.year, day.month, day.day
    if fmt == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    en = T.MONTHS["en"].split()
    months = T.MONTHS.get(lang, T.MONTHS["en"]).split()
    vals = {
        "Y": str(y), "m": str(m), "d": str(d), "mm": f"{m:02d}", "dd": f"{d:02d}",
        "Month": en[m - 1], "Mon": en[m - 1][:3], "month": months[m - 1],
    }  # fmt: skip
    return _TOKEN.sub(lambda mt: vals[mt.group(1)], fmt)


# ---------------------------------------------------------------------------------------------
# Filling one template
# ---------------------------------------------------------------------------------------------


@dataclass
class _Stats:
    persons_list: int = 0
    persons_faker: int = 0
    mentions_list: int = 0
    mentions_faker: int = 0
    forms: Counter = field(default_factory=Counter)
    scripts: Counter = field(default_factory=Counter)


class _Filler:
    def __init__(self, tpl: tuple, rng: random.Random, stats: _Stats) -> None:
        self.kind, self.domain, self.lang, text = tpl[:4]
        self.cast: dict[str, str] = tpl[4] if len(tpl) > 4 else {}
        self.text = text.strip("\n")
        self.rng = rng
        self.stats = stats
        self.people: dict[str, Person] = {}
        self.memo: dict[str, str] = {}
        countries = T.LANG_COUNTRIES[self.lang].split()
        self.country = rng.choice(countries)
        if self.lang == "en" and re.search(r"⟦(ssn|itin|dl)\b", self.text):
            self.country = "US"
        work = _split(T.WORK_DOMAINS.get(self.lang, T.WORK_DOMAINS["en"]))
        self.work_domain = rng.choice(work)
        self.date_fmt = date_format(rng, self.lang)
        self.prev_date: datetime.date | None = None
        self.ampm = self.lang == "en" and rng.random() < 0.5
        # "*" in the cast: everyone not cast otherwise comes from one culture (a family).
        fam = self.cast.get("*", "")
        if fam == "one":
            keys = list(T.EN_MIX) if self.lang == "en" else [T.LANG_CULTURE[self.lang]]
            weights = [T.EN_MIX.get(k, 1) for k in keys]
            fam = rng.choices(keys, weights)[0]
            fam = "en" if fam == "en_word" else fam
        self.family_culture = fam
        self.need_nick = set(re.findall(r"⟦([A-H]):nick⟧", self.text))

    # ---- people ----
    def _new_person(self, letter: str) -> Person:
        rng = self.rng
        spec = self.cast.get(letter, "")
        culture, _, gender = spec.partition(":")
        if not culture and "*" in self.cast and letter != "_":
            culture = self.family_culture
        if not culture:
            if self.lang == "en":
                keys = list(T.EN_MIX)
                culture = rng.choices(keys, [T.EN_MIX[k] for k in keys])[0]
            else:
                culture = T.LANG_CULTURE[self.lang]
        gender = gender or rng.choice("mf")
        c = _CULTURES[culture]
        st = self.stats
        total = st.persons_list + st.persons_faker
        src = "list"
        names = None
        if (
            rng.random() < 0.15
            and c.meta.get("faker")
            and st.persons_faker + 1 <= FAKER_SHARE * (total + 1)
        ):
            names = _faker_name(culture, gender, rng)
            if names:
                src = "faker"
        given = rng.choice(c.f if gender == "f" else c.m)
        first, nicks = given
        last_m, last_f = rng.choice(c.last)
        last: Pair | None = last_f if gender == "f" else last_m
        if c.meta.get("fem") == "ru" and gender == "f":
            last = _ru_fem(last_m)
        elif c.meta.get("fem") == "pl" and gender == "f":
            last = _pl_fem(last_m)
        if "double" in c.meta and rng.random() < float(c.meta["double"]):
            second = rng.choice(c.last)[0]
            if second != last and not second[0].startswith(("de ", "del ")):
                last = (f"{last[0]} {second[0]}", f"{last[1]} {second[1]}")
        if "mononym" in c.meta and rng.random() < float(c.meta["mononym"]):
            last = None
        if names:
            first, last = names
            nicks = []
        pat = None
        if c.pat:
            pm, pf = rng.choice(c.pat)
            pat = pf if gender == "f" else pm
        middle = None
        if c.middle_m:
            middle = rng.choice(c.middle_f if gender == "f" else c.middle_m)
        native = c.meta.get("lang") == self.lang
        fam_first = c.meta.get("order") == "family" and (
            rng.random() < {"zh": 0.45, "ko": 0.25, "ja": 0.2, "vi": 0.5}.get(culture, 0)
        )
        if self.lang == "en":
            free = _split(T.FREE_DOMAINS["en"])
        else:
            free = _split(T.FREE_DOMAINS.get(self.lang, T.FREE_DOMAINS["en"]))
        domain = self.work_domain if rng.random() < 0.6 else rng.choice(free)
        p = Person(
            culture=culture,
            gender=gender,
            first=first,
            last=last,
            middle=middle,
            pat=pat,
            nick=rng.choice(nicks) if nicks else None,
            native=native,
            fam_first=fam_first,
            src=src,
            handle_pat=rng.randrange(6),
            social_pat=rng.randrange(7),
            email_pat=rng.randrange(6),
            mid_initial=rng.choice("ABCDEFGHJKLMNPRSTW"),
            digits=_digits(rng, 6),
            domain=domain,
            work_domain=self.work_domain,
        )
        return p

    def person(self, letter: str) -> Person:
        if letter not in self.people:
            taken = {q.render("first") for q in self.people.values()}
            taken_last = {q.render("last") for q in self.people.values()}
            for attempt in range(20):
                p = self._new_person(letter)
                if (
                    p.render("first") not in taken
                    and p.render("last") not in taken_last
                    and p.render("first") != p.render("last")
                    and p.roman_full() not in _FAMOUS_NAMES
                    and (letter not in self.need_nick or p.nick or attempt >= 15)
                ):
                    break
            self.people[letter] = p
            if p.src == "faker":
                self.stats.persons_faker += 1
            else:
                self.stats.persons_list += 1
        return self.people[letter]

    # ---- values ----
    def value(self, kind: str, arg: str | None) -> str:
        rng, lang, country = self.rng, self.lang, self.country
        if kind == "phone":
            return phone(rng, arg or country)
        if kind == "email":
            if arg == "role":
                box = rng.choice(["billing", "accounts", "ap", "finance", "payments"])
                return f"{box}@{self.work_domain}"
            tmp = self._new_person("_")
            return tmp.email()
        if kind == "address":
            return address(rng, arg or country)
        if kind == "card":
            return card(rng, lang)
        if kind == "iban":
            c = arg or _LANG_IBAN.get(lang) or _COUNTRY_IBAN.get(country)
            return iban(rng, c or rng.choice(["DE", "GB", "FR", "NL", "ES", "IE", "BE"]))
        if kind == "ssn":
            return ssn(rng)
        if kind == "itin":
            return itin(rng)
        if kind == "ip":
            return ipv4_public(rng)
        if kind == "ipp":
            if arg == "gw":
                return rng.choice(["192.168.0.1", "192.168.1.1", "10.0.0.1", "192.168.1.254"])
            return ipv4_private(rng)
        if kind == "ip6":
            return ipv6_global(rng)
        if kind == "mac":
            return mac(rng)
        if kind == "btc":
            return btc(rng, arg)
        if kind == "eth":
            return eth(rng)
        if kind == "crypto":
            return btc(rng) if rng.random() < 0.5 else eth(rng)
        if kind == "dob":
            y0, y1 = {
                "child": (2014, 2020), "baby": (2023, 2024), "old": (1928, 1948),
                "great": (1896, 1925), "parent": (1946, 1968),
            }.get(arg or "", (1950, 2003))  # fmt: skip
            day = datetime.date(
                rng.randrange(y0, y1 + 1), rng.randrange(1, 13), rng.randrange(1, 29)
            )
            return fmt_date(day, lang, "iso" if arg == "iso" else self.date_fmt)
        if kind == "pw":
            return password(rng)
        if kind == "pin":
            return _digits(rng, rng.choice([4, 4, 5, 6]))
        if kind == "apikey":
            return apikey(rng, arg)
        if kind == "jwt":
            return jwt(rng)
        if kind == "pem":
            return pem_body(rng, arg)
        if kind == "token":
            return token(rng, arg)
        if kind == "dbpw":
            return dbpw(rng)
        if kind == "dl":
            return driver_license(rng, arg, country)
        if kind == "passport":
            return passport(rng, arg or country)
        # fillers
        if kind == "date":
            # Dates in one text share a format and move forward (e.g. "from ... to ...").
            if self.prev_date is None:
                day = datetime.date(2019, 1, 1) + datetime.timedelta(rng.randrange(7 * 365))
            else:
                day = self.prev_date + datetime.timedelta(rng.randrange(1, 45))
            self.prev_date = day
            return fmt_date(day, lang, "iso" if arg == "iso" else self.date_fmt)
        if kind == "time":
            h, mi = rng.randrange(7, 20), rng.choice([0, 15, 30, 45, 10, 40])
            if self.ampm:
                return f"{(h - 1) % 12 + 1}:{mi:02d} {'AM' if h < 12 else 'PM'}"
            return f"{h:02d}:{mi:02d}"
        if kind == "city":
            if lang == "en":
                return rng.choice(_split(T.EN_CITIES[country]))
            return rng.choice(_split(T.CITIES.get(lang, T.CITIES["en"])))
        if kind == "company":
            return rng.choice(_split(T.COMPANIES))
        if kind == "dom":
            return self.work_domain
        if kind == "num":
            return str(rng.choice([rng.randrange(2, 100), rng.randrange(100, 10000)]))
        if kind == "amount":
            return f"{rng.randrange(5, 5000)}.{rng.randrange(100):02d}"
        if kind == "order":
            return rng.choice(
                [
                    f"ORD-{rng.randrange(2021, 2026)}-{_digits(rng, 6)}",
                    f"#{_digits(rng, 8)}",
                    f"{_pattern(rng, '@@')}{_digits(rng, 9)}",
                ]
            )
        if kind == "ticket":
            project = rng.choice(["OPS", "PAY", "WEB", "CORE", "SUP", "INFRA"])
            return f"{project}-{rng.randrange(100, 9999)}"
        if kind == "version":
            return f"{rng.randrange(1, 9)}.{rng.randrange(30)}.{rng.randrange(30)}"
        if kind == "sha":
            return _tok(rng, 40, "0123456789abcdef")
        if kind == "sha7":
            return _tok(rng, 7, "0123456789abcdef")
        if kind == "hash":
            return _tok(rng, 64, "0123456789abcdef")
        if kind == "uuid":
            return str(uuid.UUID(int=rng.getrandbits(128), version=4))
        if kind == "year":
            return str(rng.randrange(2019, 2026))
        if kind == "host":
            return f"{rng.choice(['api', 'db', 'web', 'worker'])}-{rng.randrange(1, 9)}.internal"
        if kind == "famous":
            return rng.choice(_split(T.FAMOUS))
        if kind == "fiction":
            return rng.choice(_split(T.FICTION))
        if kind == "lib":
            return rng.choice(_split(T.LIBS))
        raise KeyError(kind)

    # ---- the template ----
    def fill(self) -> tuple[str, list[tuple[str, int, int, str]]]:
        parts: list[str] = []
        spans: list[tuple[str, int, int, str]] = []  # (category, start, end, owner)
        pos = length = 0
        for m in _SLOT.finditer(self.text):
            literal = self.text[pos : m.start()]
            parts.append(literal)
            length += len(literal)
            pos = m.end()
            sm = _SLOT_PARTS.match(m.group(1))
            if not sm:
                raise ValueError(f"bad slot {m.group(0)!r}")
            name, form, arg, tag = sm.groups()
            if form:
                if form not in PERSON_FORMS:
                    raise ValueError(f"bad person form {m.group(0)!r}")
                p = self.person(name)
                val = p.render(form)
                cat = "EMAIL" if form in ("email", "noreply", "wemail") else "PERSON"
                owner = name
                if cat == "PERSON":
                    self.stats.forms[form] += 1
                    script = (
                        "Latin"
                        if re.fullmatch(r"[\x00-\u024f\u1e00-\u1eff'\- .]+", val)
                        else "other"
                    )
                    self.stats.scripts[script] += 1
                    if p.src == "faker":
                        self.stats.mentions_faker += 1
                    else:
                        self.stats.mentions_list += 1
            else:
                if name not in LABELED and name not in FILLERS:
                    raise ValueError(f"unknown slot {m.group(0)!r}")
                key = m.group(1)
                if tag and key in self.memo:
                    val = self.memo[key]
                else:
                    val = self.value(name, arg)
                    if tag:
                        self.memo[key] = val
                cat = LABELED.get(name, "")
                owner = ""
            parts.append(val)
            if cat:
                spans.append((cat, length, length + len(val), owner))
            length += len(val)
        parts.append(self.text[pos:])
        text = "".join(parts)
        # One full name written as two slots ("⟦A:first⟧ ⟦A:last⟧") is one occurrence.
        merged: list[tuple[str, int, int, str]] = []
        for sp in spans:
            if (
                merged
                and sp[0] == "PERSON"
                and merged[-1][0] == "PERSON"
                and sp[3]
                and sp[3] == merged[-1][3]
                and text[merged[-1][2] : sp[1]] == " "
            ):
                merged[-1] = ("PERSON", merged[-1][1], sp[2], sp[3])
            else:
                merged.append(sp)
        return text, merged


# ---------------------------------------------------------------------------------------------
# Self-check
# ---------------------------------------------------------------------------------------------

_EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
_MAC_RE = re.compile(
    r"([0-9a-f]{2}(:[0-9a-f]{2}){5})|([0-9A-F]{2}([:-][0-9A-F]{2}){5})|([0-9a-f]{4}(\.[0-9a-f]{4}){2})"
)
_SSN_RE = re.compile(r"(?!000|666|9\d\d)\d{3}([- ]?)(?!00)\d{2}\1(?!0000)\d{4}")
_ITIN_RE = re.compile(r"9\d{2}([- ])(7\d|8[0-8]|9[0-2]|9[4-9])\1\d{4}")


def check_sample(s: Sample, clean: bool) -> None:
    """Raise AssertionError if a generated sample breaks an invariant."""
    assert isinstance(s.text, str) and s.text.strip(), "empty text"
    assert "⟦" not in s.text and "⟧" not in s.text, "unfilled slot"
    if clean:
        assert not s.spans, f"clean text has spans: {s.spans}"
        return
    assert s.spans, "labeled template produced no span"
    prev_end = -1
    prev = None
    for cat, start, end in sorted(s.spans, key=lambda x: x[1]):
        assert cat in CATEGORIES, cat
        assert 0 <= start < end <= len(s.text), (cat, start, end)
        assert start >= prev_end, f"overlap at {start}"
        v = s.text[start:end]
        assert v and v == v.strip(), f"bad span text {v!r}"
        if prev and prev[0] == cat == "PERSON":
            assert s.text[prev[2] : start] != " ", f"two names glued: {s.text[prev[1] : end]!r}"
        if cat == "CREDIT_CARD":
            assert luhn_ok(v), f"card fails Luhn: {v}"
        elif cat == "IBAN":
            assert iban_ok(v), f"IBAN fails mod-97: {v}"
        elif cat == "CRYPTO":
            assert crypto_ok(v), f"crypto address fails checksum: {v}"
        elif cat == "EMAIL":
            assert _EMAIL_RE.fullmatch(v), f"bad email {v}"
        elif cat == "IP":
            ip = ipaddress.ip_address(v)
            assert not (ip.is_loopback or ip.is_unspecified), v
        elif cat == "MAC":
            assert _MAC_RE.fullmatch(v), f"bad MAC {v}"
        elif cat == "US_SSN":
            assert _SSN_RE.fullmatch(v), f"bad SSN {v}"
        elif cat == "US_ITIN":
            assert _ITIN_RE.fullmatch(v), f"bad ITIN {v}"
        prev_end = end
        prev = (cat, start, end)


def _self_test() -> None:
    assert (
        keccak256(b"").hex() == "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"
    )
    assert (
        _eip55("5aaeb6053f3e94c9b9a09f33669435e7ef1beaed")
        == "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
    )
    assert crypto_ok("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2")
    assert crypto_ok("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy")
    assert crypto_ok("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq")
    assert not crypto_ok("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdp")
    assert iban_ok("DE89 3704 0044 0532 0130 00") and iban_ok("GB82WEST12345698765432")
    assert luhn_ok("4111 1111 1111 1111") and not luhn_ok("4111 1111 1111 1112")


# ---------------------------------------------------------------------------------------------
# The set
# ---------------------------------------------------------------------------------------------


def _cycle(pool: list[tuple], n: int, rng: random.Random) -> list[tuple]:
    out: list[tuple] = []
    while len(out) < n:
        order = list(pool)
        rng.shuffle(order)
        out.extend(order[: n - len(out)])
    return out


def dev7_set(scale: float = 1.0, seed: int = 8117) -> list[Sample]:
    """round(1200 * scale) hand-written texts (at least 10), deterministic for a seed."""
    _self_test()
    n = max(10, round(1200 * scale))
    rng = random.Random(f"dev7:{seed}")
    n_clean = round(0.2 * n)
    clean = _cycle(T.CLEAN_TEMPLATES, n_clean, rng)
    n_clean_intl = sum(t[2] != "en" for t in clean)
    n_intl = max(0, round(0.25 * n) - n_clean_intl)
    intl = _cycle(T.INTL_TEMPLATES, n_intl, rng)
    en = _cycle(T.EN_TEMPLATES, n - n_clean - n_intl, rng)
    jobs = [(t, True) for t in clean] + [(t, False) for t in intl + en]
    rng.shuffle(jobs)

    stats = _Stats()
    samples: list[Sample] = []
    counts: Counter = Counter()
    kinds: Counter = Counter()
    langs: Counter = Counter()
    domains: Counter = Counter()
    labels: Counter = Counter()
    used: set[str] = set()
    for i, (tpl, is_clean) in enumerate(jobs):
        srng = random.Random(f"dev7:{seed}:{i}")
        text, spans = _Filler(tpl, srng, stats).fill()
        sample = Sample(text, [(c, a, b) for c, a, b, _ in spans])
        check_sample(sample, is_clean)
        samples.append(sample)
        counts["clean_texts"] += is_clean
        kinds[tpl[0]] += 1
        langs[tpl[2]] += 1
        domains[tpl[1]] += 1
        labels.update(c for c, _, _ in sample.spans)
        used.add(tpl[3])

    persons = stats.persons_list + stats.persons_faker
    mentions = stats.mentions_list + stats.mentions_faker
    total_labels = sum(labels.values())
    if persons:
        assert stats.persons_faker <= 0.10 * persons, "too many Faker names"
    if n >= 100:
        assert labels["PERSON"] >= 0.5 * total_labels, "names are less than half of the labels"
    dev7_set.last_counts = {
        "texts": len(samples),
        "clean_texts": counts["clean_texts"],
        "non_english_texts": sum(v for k, v in langs.items() if k != "en"),
        "templates_total": len(T.EN_TEMPLATES) + len(T.INTL_TEMPLATES) + len(T.CLEAN_TEMPLATES),
        "templates_used": len(used),
        "labels_total": total_labels,
        "per_label": dict(sorted(labels.items(), key=lambda kv: -kv[1])),
        "per_language": dict(sorted(langs.items(), key=lambda kv: -kv[1])),
        "per_domain": dict(sorted(domains.items(), key=lambda kv: -kv[1])),
        "per_kind": dict(sorted(kinds.items(), key=lambda kv: -kv[1])),
        "people_from_lists": stats.persons_list,
        "people_from_faker": stats.persons_faker,
        "name_mentions_from_lists": stats.mentions_list,
        "name_mentions_from_faker": stats.mentions_faker,
        "faker_share_people": round(stats.persons_faker / persons, 4) if persons else 0.0,
        "faker_share_mentions": round(stats.mentions_faker / mentions, 4) if mentions else 0.0,
        "name_mentions_per_form": dict(stats.forms.most_common()),
        "name_mentions_per_script": dict(stats.scripts.most_common()),
        "templates_per_pool": {
            "english_labeled": len(T.EN_TEMPLATES),
            "other_languages_labeled": len(T.INTL_TEMPLATES),
            "clean": len(T.CLEAN_TEMPLATES),
        },
    }
    return samples


dev7_set.last_counts = {}
