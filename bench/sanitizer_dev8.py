"""dev8: an independent, hand-written evaluation set for the PII sanitizer.

The texts come from the hand-written templates in ``sanitizer_dev8_templates``: each slot is
filled with a seeded ``random.Random`` and the span of every must-remove value is recorded while
the text is being built.  Names come from the hand-written lists for more than 30 cultures; Faker
supplies only a small share (about 3 %) of the names in English texts.  Card numbers pass the Luhn
check, IBANs have valid mod-97 check digits and country lengths, BTC addresses are valid
base58check / bech32(m), ETH addresses carry EIP-55 checksums.  ``dev8_set`` checks all of that
(and that spans lie inside the text and do not overlap) before returning.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import ipaddress
import random
import re
import string
import unicodedata
import uuid
from collections import Counter

from faker import Faker

from bench import sanitizer_dev8_templates as D
from bench.sanitizer_data import Sample

CATEGORIES = (
    "PERSON",
    "EMAIL",
    "PHONE",
    "ADDRESS",
    "CREDIT_CARD",
    "IBAN",
    "US_SSN",
    "US_ITIN",
    "IP",
    "MAC",
    "CRYPTO",
    "DATE_OF_BIRTH",
    "SECRET",
    "DRIVER_LICENSE",
    "PASSPORT",
)

SLOT = re.compile(r"⟦([^⟦⟧]+)⟧")
PERSON_REF = re.compile(r"^(p\d+[fm]?|r\d*[fm]?)\.(\w+)(?::(.*))?$")
NAME_ATTRS = {
    "full",
    "first",
    "last",
    "lastfirst",
    "lastinit",
    "initlast",
    "finit",
    "nick",
    "handle",
    "uname",
    "pnrname",
    "fio",
    "io",
}
KEPT_PERSON_ATTRS = {"title", "mrms", "dlstate", "g"}
KIND_CAT = {
    "email": "EMAIL",
    "wemail": "EMAIL",
    "phone": "PHONE",
    "address": "ADDRESS",
    "card": "CREDIT_CARD",
    "iban": "IBAN",
    "ssn": "US_SSN",
    "itin": "US_ITIN",
    "ip": "IP",
    "ip6": "IP",
    "mac": "MAC",
    "btc": "CRYPTO",
    "eth": "CRYPTO",
    "crypto": "CRYPTO",
    "dob": "DATE_OF_BIRTH",
    "secret": "SECRET",
    "dl": "DRIVER_LICENSE",
    "passport": "PASSPORT",
    "tin": None,
}

FAKER_SHARE = 0.035  # of persons drawn for English texts ("mixed" pool)
N_BASE = 1200

# ---------------------------------------------------------------------------------------------
# Checksums
# ---------------------------------------------------------------------------------------------


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    for last in string.digits:
        if luhn_ok(body + last):
            return body + last
    raise AssertionError("unreachable")


IBAN_SPECS = {
    "DE": "8n10n",
    "FR": "5n5n11n2n",
    "ES": "4n4n2n10n",
    "IT": "1a5n5n12n",
    "NL": "4a10n",
    "GB": "4a6n8n",
    "BE": "3n7n2n",
    "CH": "5n12n",
    "AT": "5n11n",
    "PL": "8n16n",
    "PT": "4n4n11n2n",
    "SE": "3n16n1n",
    "TR": "5n1z16n",
    "SA": "2n18n",
    "IE": "4a6n8n",
    "GR": "3n4n16n",
    "NO": "4n6n1n",
    "DK": "4n9n1n",
    "FI": "3n11n",
    "IL": "3n3n13n",
    "AE": "3n16n",
    "BR": "8n5n10n1a1c",
    "EG": "4n4n17n",
    "UA": "6n19n",
    "HU": "3n4n1n15n1n",
    "CZ": "4n6n10n",
}
#: Official IBAN lengths (used by the self-check, independent of the specs above).
IBAN_LEN = {
    "DE": 22,
    "FR": 27,
    "ES": 24,
    "IT": 27,
    "NL": 18,
    "GB": 22,
    "BE": 16,
    "CH": 21,
    "AT": 20,
    "PL": 28,
    "PT": 25,
    "SE": 24,
    "TR": 26,
    "SA": 24,
    "IE": 22,
    "GR": 27,
    "NO": 15,
    "DK": 18,
    "FI": 18,
    "IL": 23,
    "AE": 23,
    "BR": 29,
    "EG": 29,
    "UA": 29,
    "HU": 28,
    "CZ": 24,
}
IBAN_BANKS = {
    "GB": ["NWBK", "BARC", "HBUK", "LOYD", "MIDL", "SCBL"],
    "IE": ["AIBK", "BOFI", "IPBS"],
    "NL": ["ABNA", "INGB", "RABO", "SNSB", "TRIO"],
}
CC_IBAN = {
    "de": "DE",
    "at": "AT",
    "ch": "CH",
    "fr": "FR",
    "be": "BE",
    "es": "ES",
    "it": "IT",
    "nl": "NL",
    "pl": "PL",
    "pt": "PT",
    "br": "BR",
    "se": "SE",
    "tr": "TR",
    "sa": "SA",
    "eg": "EG",
    "il": "IL",
    "gb": "GB",
    "ie": "IE",
    "gr": "GR",
    "ua": "UA",
    "ae": "AE",
    "hu": "HU",
    "cz": "CZ",
    "no": "NO",
    "dk": "DK",
    "fi": "FI",
}


def _iban_number(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(value: str) -> bool:
    s = value.replace(" ", "")
    country = s[:2]
    if country not in IBAN_LEN or len(s) != IBAN_LEN[country] or not s[2:4].isdigit():
        return False
    if not s.isalnum() or not s.isascii():
        return False
    return _iban_number(s[4:] + s[:4]) % 97 == 1


B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58encode(data: bytes) -> str:
    n = int.from_bytes(data, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    pad = len(data) - len(data.lstrip(b"\0"))
    return "1" * pad + out


def b58check_ok(s: str) -> bool:
    try:
        n = 0
        for c in s:
            n = n * 58 + B58.index(c)
    except ValueError:
        return False
    pad = len(s) - len(s.lstrip("1"))
    raw = b"\0" * pad + (n.to_bytes((n.bit_length() + 7) // 8, "big") if n else b"")
    if len(raw) != 25 or raw[0] not in (0x00, 0x05):
        return False
    return hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]


BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
BECH32M_CONST = 0x2BC830A3


def _bech32_polymod(values: list[int]) -> int:
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if (b >> i) & 1 else 0
    return chk


def _hrp_expand(hrp: str) -> list[int]:
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def _convertbits(data: bytes, frombits: int, tobits: int) -> list[int]:
    acc = bits = 0
    out = []
    maxv = (1 << tobits) - 1
    for value in data:
        acc = (acc << frombits) | value
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            out.append((acc >> bits) & maxv)
    if bits:
        out.append((acc << (tobits - bits)) & maxv)
    return out


def segwit_address(version: int, program: bytes) -> str:
    const = 1 if version == 0 else BECH32M_CONST
    data = [version] + _convertbits(program, 8, 5)
    poly = _bech32_polymod(_hrp_expand("bc") + data + [0] * 6) ^ const
    checksum = [(poly >> 5 * (5 - i)) & 31 for i in range(6)]
    return "bc1" + "".join(BECH32[d] for d in data + checksum)


def segwit_ok(s: str) -> bool:
    if not s.startswith("bc1") or s.lower() != s:
        return False
    try:
        data = [BECH32.index(c) for c in s[3:]]
    except ValueError:
        return False
    const = _bech32_polymod(_hrp_expand("bc") + data)
    version = data[0]
    if version == 0:
        return const == 1 and len(s) == 42
    return version == 1 and const == BECH32M_CONST and len(s) == 62


_RC = [
    0x0000000000000001,
    0x0000000000008082,
    0x800000000000808A,
    0x8000000080008000,
    0x000000000000808B,
    0x0000000080000001,
    0x8000000080008081,
    0x8000000000008009,
    0x000000000000008A,
    0x0000000000000088,
    0x0000000080008009,
    0x000000008000000A,
    0x000000008000808B,
    0x800000000000008B,
    0x8000000000008089,
    0x8000000000008003,
    0x8000000000008002,
    0x8000000000000080,
    0x000000000000800A,
    0x800000008000000A,
    0x8000000080008081,
    0x8000000000008080,
    0x0000000080000001,
    0x8000000080008008,
]
_ROT = [
    [0, 36, 3, 41, 18],
    [1, 44, 10, 45, 2],
    [62, 6, 43, 15, 61],
    [28, 55, 25, 21, 56],
    [27, 20, 39, 8, 14],
]
_M64 = (1 << 64) - 1


def _rol(x: int, n: int) -> int:
    return ((x << n) | (x >> (64 - n))) & _M64 if n else x


def keccak256(data: bytes) -> bytes:
    """Keccak-256 as used by Ethereum (not NIST SHA3-256)."""
    rate = 136
    msg = bytearray(data) + b"\x01"
    while len(msg) % rate:
        msg.append(0)
    msg[-1] |= 0x80
    a = [[0] * 5 for _ in range(5)]
    for off in range(0, len(msg), rate):
        for i in range(rate // 8):
            a[i % 5][i // 5] ^= int.from_bytes(msg[off + 8 * i : off + 8 * i + 8], "little")
        for rc in _RC:
            c = [a[x][0] ^ a[x][1] ^ a[x][2] ^ a[x][3] ^ a[x][4] for x in range(5)]
            d = [c[(x - 1) % 5] ^ _rol(c[(x + 1) % 5], 1) for x in range(5)]
            a = [[a[x][y] ^ d[x] for y in range(5)] for x in range(5)]
            b = [[0] * 5 for _ in range(5)]
            for x in range(5):
                for y in range(5):
                    b[y][(2 * x + 3 * y) % 5] = _rol(a[x][y], _ROT[x][y])
            a = [
                [b[x][y] ^ ((~b[(x + 1) % 5][y]) & b[(x + 2) % 5][y]) for y in range(5)]
                for x in range(5)
            ]
            a[0][0] ^= rc
    return b"".join(a[i % 5][i // 5].to_bytes(8, "little") for i in range(4))


def eip55(hex40: str) -> str:
    h = keccak256(hex40.encode()).hex()
    return "0x" + "".join(c.upper() if int(h[i], 16) >= 8 else c for i, c in enumerate(hex40))


def eth_ok(s: str) -> bool:
    if not re.fullmatch(r"0x[0-9a-fA-F]{40}", s):
        return False
    body = s[2:]
    if body == body.lower() or body == body.upper():
        return True
    return eip55(body.lower()) == s


def crypto_ok(s: str) -> bool:
    if s.startswith("0x"):
        return eth_ok(s)
    if s.startswith("bc1"):
        return segwit_ok(s)
    return s[0] in "13" and b58check_ok(s)


def ssn_ok(s: str) -> bool:
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", s)
    if not m:
        return False
    area, group, serial = (int(g) for g in m.groups())
    return 0 < area < 900 and area != 666 and group > 0 and serial > 0


ITIN_GROUPS = [*range(50, 66), *range(70, 89), *range(90, 93), *range(94, 100)]


def itin_ok(s: str) -> bool:
    m = re.fullmatch(r"9(\d{2})[- ]?(\d{2})[- ]?(\d{4})", s)
    return bool(m) and int(m.group(2)) in ITIN_GROUPS


MAC_RE = re.compile(
    r"(?:[0-9a-f]{2}(?::[0-9a-f]{2}){5}|[0-9A-F]{2}(?:[:-][0-9A-F]{2}){5}|[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4})"
)
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")


def check_sample(s: Sample) -> None:
    """Raise ValueError if a span is out of range, overlapping or holds an invalid value."""
    if "⟦" in s.text or "⟧" in s.text:
        raise ValueError(f"unfilled slot in {s.text[:80]!r}")
    prev_end = 0
    for cat, a, b in sorted(s.spans, key=lambda x: x[1]):
        if cat not in CATEGORIES:
            raise ValueError(f"unknown category {cat}")
        if not (0 <= a < b <= len(s.text)):
            raise ValueError(f"span {(cat, a, b)} outside text of length {len(s.text)}")
        if a < prev_end:
            raise ValueError(f"overlapping span {(cat, a, b)} in {s.text[:80]!r}")
        prev_end = b
        v = s.text[a:b]
        if v != v.strip():
            raise ValueError(f"span with surrounding whitespace: {v!r}")
        ok = True
        if cat == "CREDIT_CARD":
            digits = re.sub(r"[ -]", "", v)
            ok = digits.isdigit() and 13 <= len(digits) <= 19 and luhn_ok(digits)
        elif cat == "IBAN":
            ok = iban_ok(v)
        elif cat == "US_SSN":
            ok = ssn_ok(v)
        elif cat == "US_ITIN":
            ok = itin_ok(v)
        elif cat == "CRYPTO":
            ok = crypto_ok(v)
        elif cat == "IP":
            try:
                ipaddress.ip_address(v)
            except ValueError:
                ok = False
        elif cat == "MAC":
            ok = bool(MAC_RE.fullmatch(v))
        elif cat == "EMAIL":
            ok = bool(EMAIL_RE.fullmatch(v))
        if not ok:
            raise ValueError(f"invalid {cat} value {v!r}")


# ---------------------------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------------------------


def _split(entry: str) -> tuple[tuple[str, str], tuple[str, str]]:
    """'Иванов/Иванова|Ivanov/Ivanova' -> ((m, f) native, (m, f) roman)."""
    native, _, roman = entry.partition("|")
    roman = roman or native
    nm, _, nf = native.partition("/")
    rm, _, rf = roman.partition("/")
    return (nm, nf or nm), (rm, rf or rm)


def _load_cultures() -> dict[str, dict]:
    out = {}
    for key, c in D.CULTURES.items():
        cul = dict(c)
        for g in ("m", "f"):
            cul[g] = [_split(e) for e in c[g]]
            if "w" + g in c:
                cul["w" + g] = [_split(e) for e in c["w" + g]]
        cul["s"] = [_split(e) for e in c["s"]]
        if "ws" in c:
            cul["ws"] = [_split(e) for e in c["ws"]]
        if "patr" in c:
            cul["patr"] = [_split(e) for e in c["patr"]]
        if "nicks" in c:
            cul["nicks"] = {g: [_split(e) for e in c["nicks"][g]] for g in ("m", "f")}
        out[key] = cul
    return out


CULTURES = _load_cultures()

_FOLD = str.maketrans(
    {
        "ß": "ss",
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "AE",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ı": "i",
        "œ": "oe",
        "þ": "th",
        "ð": "d",
    }
)
_DE_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


def ascii_fold(s: str, german: bool = False) -> str:
    if german:
        s = s.translate(_DE_FOLD)
    s = unicodedata.normalize("NFKD", s.translate(_FOLD))
    return "".join(c for c in s if not unicodedata.combining(c)).encode("ascii", "ignore").decode()


class Person:
    """One person of a text: the name parts in native script and romanized, plus cached values."""

    def __init__(self, culture: str, gender: str, given, surname, *, native: bool, rng, extra=None):
        self.culture = culture
        self.gender = gender
        self.given_n, self.given_r = given
        self.sur_n, self.sur_r = surname if surname else ("", "")
        self.native = native
        self.extra = extra or {}
        self.faker = self.extra.get("faker", False)
        self.cache: dict = {}
        self.birth: dt.date | None = None
        self.western = rng.random() < (0.6 if culture == "vietnamese" else 0.75)

    # names in the script of the text
    @property
    def g(self) -> str:
        if self.native:
            return self.given_n
        if self.culture == "vietnamese" and self.western:
            return ascii_fold(self.given_r)
        return self.given_r

    @property
    def s(self) -> str:
        if self.native:
            return self.sur_n
        if self.culture == "vietnamese" and self.western:
            return ascii_fold(self.sur_r)
        return self.sur_r

    def _sf(self) -> bool:
        """Surname first?"""
        cul = CULTURES.get(self.culture, {})
        return cul.get("order") == "sf" and (self.native or not self.western)

    def full(self) -> str:
        g, s = self.g, self.s
        if not s:
            return g
        cul = CULTURES.get(self.culture, {})
        if self._sf():
            mid = self.extra.get("middle")
            if mid:
                return f"{s} {mid} {g}"
            sep = cul.get("sep", " ") if self.native else " "
            return f"{s}{sep}{g}"
        return f"{g} {s}"

    def name(self, attr: str, rng: random.Random) -> str:
        g, s = self.g, self.s
        native_cjk = self.native and CULTURES.get(self.culture, {}).get("order") == "sf"
        if attr == "full":
            return self.full()
        if attr == "first":
            return g
        if attr == "last":
            return s or g
        if attr == "lastfirst":
            return self.full() if (native_cjk or not s) else f"{s}, {g}"
        if attr == "lastinit":
            return self.full() if (native_cjk or not s) else f"{s}, {g[0]}."
        if attr == "initlast":
            return self.full() if (native_cjk or not s) else f"{g[0]}. {s}"
        if attr == "finit":
            return self.full() if (native_cjk or not s) else f"{g} {s[0]}."
        if attr == "nick":
            return self.nick()
        if attr == "pnrname":
            last = re.sub(r"[^A-Z]", "", ascii_fold(self.sur_r or self.given_r).upper())
            first = re.sub(r"[^A-Z]", "", ascii_fold(self.given_r).upper())
            return f"{last}/{first}"
        if attr == "fio":
            p = self.extra.get("patr")
            return f"{s} {g} {p}" if p else self.full()
        if attr == "io":
            p = self.extra.get("patr")
            return f"{g} {p}" if p else g
        if attr == "handle":
            return self._cached("handle", lambda: self._handle(rng, HANDLE_PATTERNS))
        if attr == "uname":
            return self._cached("uname", lambda: self._handle(rng, UNAME_PATTERNS))
        raise KeyError(attr)

    def nick(self) -> str:
        if "nick" in self.extra:
            n_native, n_roman = self.extra["nick"]
            return n_native if self.native else n_roman
        if self.culture == "russian":
            nn = D.CULTURES["russian"]["nick"].get(self.given_n)
            if nn and self.native:
                return nn
        return D.NICKS.get(self.given_r, self.g)

    def _cached(self, key, fn):
        if key not in self.cache:
            self.cache[key] = fn()
        return self.cache[key]

    def ascii_parts(self) -> tuple[str, str]:
        german = self.culture in ("german",)
        g = re.sub(r"[^a-z0-9]", "", ascii_fold(self.given_r, german).lower())
        s = ascii_fold(self.sur_r.split(" ")[0] if self.culture in DOUBLE else self.sur_r, german)
        s = re.sub(r"[^a-z0-9]", "", s.lower())
        return g, s

    def _handle(self, rng: random.Random, patterns: list[str]) -> str:
        g, s = self.ascii_parts()
        year = (self.birth.year if self.birth else rng.randint(1975, 2003)) % 100
        pats = patterns if s else [p for p in patterns if "{s" not in p]
        pat = rng.choice(pats)
        return pat.format(g=g, s=s, g0=g[0], s0=s[:1], nn=rng.randint(1, 99), yy=f"{year:02d}")

    def email(self, rng: random.Random, cc: str) -> str:
        if self.culture == "chinese" and rng.random() < 0.35:
            return f"{rng.randint(10**7, 10**10)}@{rng.choice(['qq.com', 'qq.com', '163.com'])}"
        local = self._handle(rng, EMAIL_PATTERNS)
        local_domains = D.EMAIL_DOMAINS.get(cc, [])
        pool = local_domains if local_domains and rng.random() < 0.5 else D.EMAIL_GENERIC
        return f"{local}@{rng.choice(pool)}"

    def wemail(self, rng: random.Random, domain: str) -> str:
        g, s = self.ascii_parts()
        pat = rng.choice(
            ["{g}.{s}", "{g}.{s}", "{g0}{s}", "{g}", "{g}{s0}", "{g}_{s}"] if s else ["{g}"]
        )
        return pat.format(g=g, s=s, g0=g[0], s0=s[:1]) + "@" + domain


DOUBLE = {k for k, c in D.CULTURES.items() if c.get("double")}
HANDLE_PATTERNS = [
    "{g}.{s}",
    "{g}{s}",
    "{g}_{s}",
    "{g0}{s}",
    "{g}{s}{nn}",
    "{s}.{g}",
    "{g}.{s}{yy}",
    "{g}{nn}",
    "{g}_{s0}",
    "{g}{yy}",
    "{g}-{s}",
]
UNAME_PATTERNS = ["{g0}{s}", "{g}.{s}", "{g}{s0}", "{s}{g0}", "{g0}{s}{nn}", "{g}"]
EMAIL_PATTERNS = [
    "{g}.{s}",
    "{g}{s}",
    "{g0}{s}",
    "{g}.{s}{yy}",
    "{g}{s}{nn}",
    "{g}_{s}",
    "{s}.{g}",
    "{g}{yy}",
    "{g}.{s0}",
]


# ---------------------------------------------------------------------------------------------
# Values
# ---------------------------------------------------------------------------------------------

PHONE_CC = {"inhi": "in"}  # Hindi-script texts use Indian phone/passport formats


def _pattern(fmt: str, rng: random.Random) -> str:
    out = []
    for ch in fmt:
        if ch == "d":
            out.append(rng.choice(string.digits))
        elif ch == "n":
            out.append(rng.choice("23456789"))
        else:
            out.append(ch)
    return "".join(out)


def phone(cc: str, rng: random.Random, e164: bool = False) -> str:
    fmts = D.PHONE_FORMATS.get(PHONE_CC.get(cc, cc)) or D.PHONE_FORMATS["us"]
    if e164:
        intl = [f for f in fmts if f.startswith("+")] or ["+1 ndd ndd dddd"]
        return "+" + re.sub(r"\D", "", _pattern(rng.choice(intl), rng))
    return _pattern(rng.choice(fmts), rng)


def _digits(n: int, rng: random.Random) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _letters(n: int, rng: random.Random, alphabet: str = string.ascii_uppercase) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _fill(prefix: str, total: int, rng: random.Random) -> str:
    return prefix + _digits(total - len(prefix), rng)


def address(cc: str, rng: random.Random) -> str:  # noqa: C901, PLR0911, PLR0912, PLR0915
    A = D.ADDR.get(cc) or D.ADDR["us"]
    cc = cc if cc in D.ADDR else "us"
    r = rng
    if cc == "us":
        city, st, z = r.choice(A["cities"])
        unit = f", {r.choice(A['units'])}" if r.random() < 0.3 else ""
        street = f"{r.choice(A['streets'])} {r.choice(A['suffix'])}"
        return f"{r.randint(12, 9899)} {street}{unit}, {city}, {st} {_fill(z, 5, r)}"
    if cc == "gb":
        city, out = r.choice(A["cities"])
        flat = f"Flat {r.randint(1, 12)}, " if r.random() < 0.25 else ""
        pc = f"{out} {r.randint(1, 9)}{_letters(2, r, 'ABDEFGHJLNPQRSTUWXYZ')}"
        return f"{flat}{r.randint(1, 220)} {r.choice(A['streets'])}, {city} {pc}"
    if cc == "ie":
        city, out = r.choice(A["cities"])
        eir = _letters(4, r, "ACDEFHKNPRTVWXY0123456789")
        return f"{r.randint(1, 120)} {r.choice(A['streets'])}, {city}, {out} {eir}"
    if cc == "ca":
        city, prov, fsa = r.choice(A["cities"])
        pc = f"{fsa} {r.randint(0, 9)}{r.choice('ABCEGHJKLMNPRSTVWXYZ')}{r.randint(0, 9)}"
        return f"{r.randint(10, 2400)} {r.choice(A['streets'])}, {city}, {prov} {pc}"
    if cc == "au":
        sub, st, pc = r.choice(A["cities"])
        unit = f"Unit {r.randint(1, 20)}/" if r.random() < 0.3 else ""
        return f"{unit}{r.randint(1, 300)} {r.choice(A['streets'])}, {sub} {st} {pc}"
    if cc == "de":
        city, p = r.choice(A["cities"])
        num = f"{r.randint(1, 140)}{r.choice(['', '', '', 'a', 'b'])}"
        return f"{r.choice(A['streets'])} {num}, {_fill(p, 5, r)} {city}"
    if cc == "at":
        city, p = r.choice(A["cities"])
        return (
            f"{r.choice(A['streets'])} {r.randint(1, 140)}/{r.randint(1, 30)}"
            f", {_fill(p, 4, r)} {city}"
        )
    if cc == "ch":
        city, p = r.choice(A["cities"])
        return f"{r.choice(A['streets'])} {r.randint(1, 120)}, {_fill(p, 4, r)} {city}"
    if cc == "fr":
        city, p = r.choice(A["cities"])
        bis = " bis" if r.random() < 0.1 else ""
        return f"{r.randint(1, 180)}{bis} {r.choice(A['streets'])}, {_fill(p, 5, r)} {city}"
    if cc == "be":
        city, pc = r.choice(A["cities"])
        return f"{r.choice(A['streets'])} {r.randint(1, 200)}, {pc} {city}"
    if cc == "es":
        city, p = r.choice(A["cities"])
        piso = f"{r.randint(1, 8)}º {r.choice('ABCD')}"
        return f"{r.choice(A['streets'])}, {r.randint(1, 150)}, {piso}, {_fill(p, 5, r)} {city}"
    if cc == "mx":
        city, st, p = r.choice(A["cities"])
        return (
            f"{r.choice(A['streets'])} {r.randint(1, 2500)}"
            f", Col. {r.choice(A['colonias'])}, {_fill(p, 5, r)} {city}, {st}"
        )
    if cc == "pt":
        city, p = r.choice(A["cities"])
        cp = f"{_fill(p, 4, r)}-{_digits(3, r)}"
        return (
            f"{r.choice(A['streets'])} {r.randint(1, 300)}, {r.randint(1, 6)}"
            f"º {r.choice(['Esq.', 'Dto.'])}, {cp} {city}"
        )
    if cc == "br":
        city, uf, p = r.choice(A["cities"])
        cep = f"{_fill(p, 5, r)}-{_digits(3, r)}"
        return (
            f"{r.choice(A['streets'])}, {r.randint(10, 3000)}"
            f", apto {r.randint(11, 1804)} - {r.choice(A['bairros'])}, {city} - {uf}"
            f", {cep}"
        )
    if cc == "it":
        city, prov, p = r.choice(A["cities"])
        return f"{r.choice(A['streets'])} {r.randint(1, 200)}, {_fill(p, 5, r)} {city} ({prov})"
    if cc == "nl":
        city, p = r.choice(A["cities"])
        pc = f"{_fill(p, 4, r)} {_letters(2, r, 'ABCDEGHJKLMNPRSTVWXZ')}"
        return f"{r.choice(A['streets'])} {r.randint(1, 400)}, {pc} {city}"
    if cc == "pl":
        city, p = r.choice(A["cities"])
        kod = f"{_fill(p, 2, r)}-{_digits(3, r)}"
        return f"ul. {r.choice(A['streets'])} {r.randint(1, 140)}/{r.randint(1, 60)}, {kod} {city}"
    if cc == "se":
        city, p = r.choice(A["cities"])
        return (
            f"{r.choice(A['streets'])} {r.randint(1, 90)}, {_fill(p, 3, r)} {_digits(2, r)} {city}"
        )
    if cc == "tr":
        district, city, p = r.choice(A["cities"])
        return (
            f"{r.choice(A['mahalle'])} Mah. {r.choice(A['streets'])}"
            f" No: {r.randint(1, 180)} D: {r.randint(1, 24)}, {_fill(p, 5, r)}"
            f" {district}/{city}"
        )
    if cc == "ru":
        city, p = r.choice(A["cities"])
        idx = _fill(p, 6, r)
        st, n, m = r.choice(A["streets"]), r.randint(1, 120), r.randint(1, 300)
        if r.random() < 0.5:
            return f"{st}, д. {n}, кв. {m}, г. {city}, {idx}"
        return f"{idx}, г. {city}, {st}, д. {n}, кв. {m}"
    if cc == "ua":
        city, p = r.choice(A["cities"])
        return (
            f"{r.choice(A['streets'])}, {r.randint(1, 120)}, кв. {r.randint(1, 200)}"
            f", {city}, {_fill(p, 5, r)}"
        )
    if cc == "gr":
        city, p = r.choice(A["cities"])
        return (
            f"{r.choice(A['streets'])} {r.randint(1, 150)}, {_fill(p, 3, r)} {_digits(2, r)} {city}"
        )
    if cc == "sa":
        city, p = r.choice(A["cities"])
        return (
            f"{r.randint(1, 9999)} {r.choice(A['streets'])}"
            f"، {r.choice(A['districts'])}، {city} {_fill(p, 5, r)}"
        )
    if cc == "eg":
        city, _p = r.choice(A["cities"])
        return f"{r.randint(1, 120)} {r.choice(A['streets'])}، {r.choice(A['districts'])}، {city}"
    if cc == "il":
        city, p = r.choice(A["cities"])
        return (
            f"{r.choice(A['streets'])} {r.randint(1, 120)}, דירה {r.randint(1, 40)}"
            f", {city} {_fill(p, 7, r)}"
        )
    if cc in ("in", "inhi"):
        city, state, p, loc = r.choice(A["cities"])
        flat = "Flat" if cc == "in" else "फ्लैट"
        return (
            f"{flat} {r.randint(1, 12)}{r.randint(0, 1)}{r.randint(1, 9)}"
            f", {r.choice(A['buildings'])}, {loc}, {city}, {state} {_fill(p, 6, r)}"
        )
    if cc == "cn":
        city, dist = r.choice(A["cities"])
        comp = r.choice(A["compounds"])
        return (
            f"{city}{dist}{r.choice(A['roads'])}{r.randint(1, 999)}号{comp}"
            f"{r.randint(1, 30)}栋{r.randint(1, 30)}{r.randint(1, 4):02d}室"
        )
    if cc == "jp":
        pref, city, town, p = r.choice(A["areas"])
        bldg = (
            f" {r.choice(A['buildings'])}{r.randint(1, 9)}0{r.randint(1, 9)}号室"
            if r.random() < 0.5
            else ""
        )
        return (
            f"〒{p}-{_digits(4, r)} {pref}{city}{town}{r.randint(1, 5)}"
            f"-{r.randint(1, 30)}-{r.randint(1, 20)}{bldg}"
        )
    if cc == "kr":
        city, gu, road = r.choice(A["areas"])
        return (
            f"{city} {gu} {road} {r.randint(1, 400)}, {r.randint(1, 25)}"
            f"0{r.randint(1, 9)}호 ({_digits(5, r)})"
        )
    if cc == "th":
        road, khwaeng, khet, prov, pc = r.choice(A["areas"])
        return f"{r.randint(1, 999)}/{r.randint(1, 300)} {road} {khwaeng} {khet} {prov} {pc}"
    if cc == "vn":
        ward, dist, city = r.choice(A["areas"])
        return f"Số {r.randint(1, 300)} {r.choice(A['streets'])}, {ward}, {dist}, {city}"
    if cc == "id":
        kel, kec, city, p = r.choice(A["areas"])
        return (
            f"{r.choice(A['streets'])} No. {r.randint(1, 200)}"
            f", RT {r.randint(1, 12):02d}/RW {r.randint(1, 9):02d}, {kel}, {kec}"
            f", {city} {_fill(p, 5, r)}"
        )
    if cc == "ph":
        brgy, city, z = r.choice(A["areas"])
        unit = f"Unit {r.randint(1, 30)}{r.choice('ABCD')}, " if r.random() < 0.4 else ""
        return f"{unit}{r.randint(1, 999)} {r.choice(A['streets'])}, {brgy}, {city} {z}"
    if cc == "ke":
        city, code = r.choice(A["cities"])
        return (
            f"{r.choice(A['estates'])}, {r.choice(A['streets'])}"
            f", Apt {r.randint(1, 30)}{r.choice('ABCD')}"
            f", P.O. Box {r.randint(100, 99999)}-{code}, {city}"
        )
    if cc == "tz":
        area, city = r.choice(A["areas"])
        return f"Nyumba Na. {r.randint(1, 200)}, {r.choice(A['streets'])}, {area}, {city}"
    if cc == "ng":
        area, city = r.choice(A["areas"])
        return f"{r.randint(1, 90)} {r.choice(A['streets'])}, {area}, {city}"
    raise KeyError(cc)


CARD_BRANDS = {
    "visa": (["4"], 16),
    "mc": (["51", "52", "53", "54", "55", "2221", "2720", "2367"], 16),
    "amex": (["34", "37"], 15),
    "discover": (["6011", "65"], 16),
    "jcb": (["3528", "3566", "3589"], 16),
    "unionpay": (["62"], 16),
}


def card_digits(rng: random.Random, brand: str | None = None) -> str:
    brand = brand or rng.choice(["visa", "visa", "visa", "mc", "mc", "amex", "discover", "jcb"])
    prefixes, length = CARD_BRANDS[brand]
    return luhn_complete(rng.choice(prefixes), length, rng)


def card_format(digits: str, rng: random.Random, plain: bool = False) -> str:
    if plain:
        return digits
    sep = rng.choice([" ", " ", " ", "-", ""])
    if len(digits) == 15:
        groups = [digits[:4], digits[4:10], digits[10:]]
    else:
        groups = [digits[i : i + 4] for i in range(0, len(digits), 4)]
    return sep.join(groups)


def iban(country: str, rng: random.Random, compact: bool | None = None) -> str:
    spec = IBAN_SPECS[country]
    bban = ""
    for count, kind in re.findall(r"(\d+)([nacz])", spec):
        count = int(count)
        if kind == "a" and count == 4 and country in IBAN_BANKS and not bban:
            bban += rng.choice(IBAN_BANKS[country])
        elif kind == "a":
            bban += _letters(count, rng)
        elif kind == "c":
            bban += _letters(count, rng, string.ascii_uppercase + string.digits)
        elif kind == "z":
            bban += "0" * count
        else:
            bban += _digits(count, rng)
    check = 98 - _iban_number(bban + country + "00") % 97
    s = f"{country}{check:02d}{bban}"
    if compact is None:
        compact = rng.random() < 0.35
    return s if compact else " ".join(s[i : i + 4] for i in range(0, len(s), 4))


def ssn(rng: random.Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    v = f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
    fmt = rng.random()
    if fmt < 0.8:
        return f"{v[:3]}-{v[3:5]}-{v[5:]}"
    if fmt < 0.9:
        return f"{v[:3]} {v[3:5]} {v[5:]}"
    return v


def itin(rng: random.Random) -> str:
    return f"9{rng.randint(0, 99):02d}-{rng.choice(ITIN_GROUPS):02d}-{rng.randint(0, 9999):04d}"


def ipv4(rng: random.Random, private: bool = False) -> str:
    if private:
        return rng.choice(
            [
                f"192.168.{rng.choice([0, 1, 1, 1, 10, 50, 178])}.{rng.randint(2, 254)}",
                f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
            ]
        )
    while True:
        a = ipaddress.IPv4Address(rng.getrandbits(32))
        if a.is_global and not a.is_multicast and a.packed[0] < 224 and a.packed[3] not in (0, 255):
            return str(a)


def ipv6(rng: random.Random) -> str:
    first = rng.choice(
        ["2a02", "2a01", "2600", "2603", "2604", "2806", "240e", "2405", "2c0f", "2001"]
    )
    groups = [first] + [f"{rng.getrandbits(16):x}" for _ in range(7)]
    if rng.random() < 0.5:  # typical SLAAC-free address with a zero run
        groups[4:6] = ["0", "0"]
    return ipaddress.IPv6Address(":".join(groups)).compressed


def mac(rng: random.Random) -> str:
    b = [rng.getrandbits(8) for _ in range(6)]
    b[0] &= 0xFC
    style = rng.random()
    if style < 0.55:
        return ":".join(f"{x:02x}" for x in b)
    if style < 0.8:
        return "-".join(f"{x:02X}" for x in b)
    if style < 0.9:
        return ":".join(f"{x:02X}" for x in b)
    h = "".join(f"{x:02x}" for x in b)
    return f"{h[:4]}.{h[4:8]}.{h[8:]}"


def btc(rng: random.Random) -> str:
    kind = rng.choice(["p2pkh", "p2pkh", "p2sh", "bech32", "bech32", "taproot"])
    if kind in ("p2pkh", "p2sh"):
        payload = bytes([0 if kind == "p2pkh" else 5]) + rng.randbytes(20)
        return b58encode(payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4])
    if kind == "bech32":
        return segwit_address(0, rng.randbytes(20))
    return segwit_address(1, rng.randbytes(32))


def eth(rng: random.Random) -> str:
    body = rng.randbytes(20).hex()
    return eip55(body) if rng.random() < 0.8 else "0x" + body


B62 = string.ascii_letters + string.digits
B64URL = B62 + "-_"


def _b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def secret(kind: str, rng: random.Random) -> str:  # noqa: PLR0911
    t = lambda n, a=B62: "".join(rng.choice(a) for _ in range(n))  # noqa: E731
    if kind == "openai":
        return "sk-proj-" + t(rng.randint(56, 90), B64URL) if rng.random() < 0.7 else "sk-" + t(48)
    if kind == "anthropic":
        return "sk-ant-api03-" + t(93, B64URL) + "AA"
    if kind == "awsid":
        return rng.choice(["AKIA", "ASIA"]) + t(16, string.ascii_uppercase + "234567")
    if kind == "awskey":
        return t(40, B62 + "/+")
    if kind == "github":
        return (
            "ghp_" + t(36) if rng.random() < 0.7 else "github_pat_11" + t(20).upper() + "_" + t(59)
        )
    if kind == "slack":
        return f"xoxb-{_digits(12, rng)}-{_digits(13, rng)}-{t(24)}"
    if kind == "stripe":
        return "sk_live_" + t(rng.choice([24, 99]))
    if kind == "google":
        return "AIza" + t(35, B64URL)
    if kind == "sendgrid":
        return f"SG.{t(22, B64URL)}.{t(43, B64URL)}"
    if kind == "npm":
        return "npm_" + t(36)
    if kind == "hf":
        return "hf_" + t(34, string.ascii_letters)
    if kind == "hex32":
        return t(32, "0123456789abcdef")
    if kind == "jwt":
        head = _b64url(b'{"alg":"HS256","typ":"JWT"}')
        body = _b64url(
            (
                f'{{"sub":"{rng.randint(1000, 999999)}'
                f'","scope":"admin","iat":{rng.randint(1700000000, 1760000000)}}}'
            ).encode()
        )
        return f"{head}.{body}.{_b64url(rng.randbytes(32))}"
    if kind == "password":
        w = rng.choice(D.PASSWORD_WORDS)
        return rng.choice(
            [
                f"{w.capitalize()}#{rng.randint(1990, 2025)}",
                f"{w}-{rng.choice(D.PASSWORD_WORDS)}-{rng.randint(10, 99)}",
                f"{w[0].upper()}{w[1:].replace('a', '@').replace('o', '0')}!{rng.randint(1, 99)}",
                t(14, B62 + "!#$%&*"),
                f"{w}{rng.randint(100, 9999)}{rng.choice('!?.$')}",
            ]
        )
    raise KeyError(kind)


US_DL = {
    "CA": lambda r: _letters(1, r) + _digits(7, r),
    "NY": lambda r: f"{_digits(3, r)} {_digits(3, r)} {_digits(3, r)}",
    "TX": lambda r: _digits(8, r),
    "FL": lambda r: (
        f"{_letters(1, r)}{_digits(3, r)}-{_digits(3, r)}-{_digits(2, r)}"
        f"-{_digits(3, r)}-{_digits(1, r)}"
    ),
    "IL": lambda r: f"{_letters(1, r)}{_digits(3, r)}-{_digits(4, r)}-{_digits(4, r)}",
    "WA": lambda r: "WDL" + _letters(9, r, string.ascii_uppercase + string.digits),
    "PA": lambda r: f"{_digits(2, r)} {_digits(3, r)} {_digits(3, r)}",
    "NJ": lambda r: f"{_letters(1, r)}{_digits(4, r)} {_digits(5, r)} {_digits(5, r)}",
    "OH": lambda r: _letters(2, r) + _digits(6, r),
    "MI": lambda r: (
        f"{_letters(1, r)} {_digits(3, r)} {_digits(3, r)} {_digits(3, r)} {_digits(3, r)}"
    ),
    "MA": lambda r: "S" + _digits(8, r),
    "CO": lambda r: f"{_digits(2, r)}-{_digits(3, r)}-{_digits(4, r)}",
}


def driver_license(cc: str, rng: random.Random, person: Person | None) -> tuple[str, str]:
    if cc == "gb":
        sur = re.sub(r"[^A-Z]", "", ascii_fold(person.sur_r if person else "SMITH").upper())
        sur = (sur + "99999")[:5]
        b = person.birth if person and person.birth else dt.date(rng.randint(1950, 2003), 1, 1)
        month = b.month + (50 if person and person.gender == "f" else 0)
        ini = ascii_fold(person.given_r if person else "J").upper()[:1] + "9"
        return (
            f"{sur}{str(b.year)[2]}{month:02d}{b.day:02d}{str(b.year)[3]}{ini}9{_letters(2, rng)}",
            "",
        )
    if cc == "de":
        return _letters(1, rng) + _digits(3, rng) + _letters(
            4, rng, string.ascii_uppercase + string.digits
        ) + _digits(3, rng), ""
    if cc in ("us", "ca") or cc not in ("fr", "es", "au"):
        state = rng.choice(list(US_DL))
        return US_DL[state](rng), state
    if cc == "fr":
        return _digits(12, rng), ""
    if cc == "es":
        n = rng.randint(10**7, 10**8 - 1)
        return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}", ""
    return _digits(9, rng), rng.choice(["NSW", "VIC", "QLD"])


PASSPORT = {
    "us": lambda r: _digits(9, r) if r.random() < 0.5 else _letters(1, r) + _digits(8, r),
    "gb": lambda r: _digits(9, r),
    "de": lambda r: "C" + _letters(8, r, "CFGHJKLMNPRTVWXYZ0123456789"),
    "fr": lambda r: _digits(2, r) + _letters(2, r) + _digits(5, r),
    "es": lambda r: _letters(3, r) + _digits(6, r),
    "it": lambda r: _letters(2, r) + _digits(7, r),
    "nl": lambda r: (
        _letters(2, r) + _letters(6, r, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789") + _digits(1, r)
    ),
    "pl": lambda r: _letters(2, r) + _digits(7, r),
    "ru": lambda r: f"{_digits(2, r)} {_digits(2, r)} {_digits(6, r)}",
    "ua": lambda r: _letters(2, r) + _digits(6, r),
    "in": lambda r: _letters(1, r) + _digits(7, r),
    "cn": lambda r: (
        "E" + _digits(8, r) if r.random() < 0.5 else "E" + _letters(1, r) + _digits(7, r)
    ),
    "jp": lambda r: _letters(2, r) + _digits(7, r),
    "kr": lambda r: "M" + _digits(8, r),
    "br": lambda r: _letters(2, r) + _digits(6, r),
    "mx": lambda r: _letters(1, r) + _digits(8, r),
    "tr": lambda r: "U" + _digits(8, r),
    "ph": lambda r: "P" + _digits(7, r) + _letters(1, r),
    "ng": lambda r: "A" + _digits(8, r),
}


# ---------------------------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------------------------

DATE_DEFAULTS = {
    "us": ["us", "us", "long", "iso"],
    "ph": ["us", "long"],
    "ca": ["iso", "long"],
    "gb": ["slash", "long"],
    "ie": ["slash", "long"],
    "au": ["slash", "long"],
    "in": ["slash", "long"],
    "inhi": ["slash", "long"],
    "ng": ["slash", "long"],
    "ke": ["slash", "long"],
    "tz": ["slash", "long"],
    "de": ["dot", "dot", "long"],
    "at": ["dot", "long"],
    "ch": ["dot", "long"],
    "ru": ["dot", "dot", "long"],
    "ua": ["dot", "long"],
    "pl": ["dot", "long"],
    "tr": ["dot", "long"],
    "nl": ["dashnl", "long"],
    "se": ["iso", "long"],
    "cn": ["long", "ymdslash", "iso"],
    "jp": ["long", "ymdslash"],
    "kr": ["long", "ymddot"],
    "th": ["long", "slashbe"],
}
ABBR = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def fmt_date(d: dt.date, style: str | None, lang: str, cc: str, rng: random.Random) -> str:  # noqa: C901, PLR0911, PLR0912
    if style is None:
        style = rng.choice(DATE_DEFAULTS.get(cc, ["slash", "long"]))
    y, m, day = d.year, d.month, d.day
    if style == "iso":
        return d.isoformat()
    if style == "us":
        return f"{m:02d}/{day:02d}/{y}" if rng.random() < 0.7 else f"{m}/{day}/{y}"
    if style == "slash":
        return f"{day:02d}/{m:02d}/{y}"
    if style == "dot":
        return f"{day:02d}.{m:02d}.{y}"
    if style == "dashnl":
        return f"{day:02d}-{m:02d}-{y}"
    if style == "dmy2":
        return f"{day}/{m}/{y % 100:02d}"
    if style == "wa":
        return f"{m}/{day}/{y % 100:02d}" if cc == "us" else f"{day:02d}/{m:02d}/{y}"
    if style == "ymdslash":
        return f"{y}/{m:02d}/{day:02d}"
    if style == "ymddot":
        return f"{y}.{m:02d}.{day:02d}."
    if style == "slashbe":
        return f"{day:02d}/{m:02d}/{y + 543}"
    if style in ("passport", "gedcom"):
        return f"{day:02d} {ABBR[m - 1]} {y}" if style == "passport" else f"{day} {ABBR[m - 1]} {y}"
    if style != "long":
        raise KeyError(style)
    mon = D.MONTHS.get(lang, D.MONTHS["en"])[m - 1]
    if lang == "en":
        return f"{mon} {day}, {y}" if cc in ("us", "ph", "ca") else f"{day} {mon} {y}"
    if lang in ("es", "pt"):
        return f"{day} de {mon} de {y}"
    if lang == "de":
        return f"{day}. {mon} {y}"
    if lang == "fr":
        return f"{'1er' if day == 1 else day} {mon} {y}"
    if lang == "ru":
        return f"{day} {mon} {y} г."
    if lang == "uk":
        return f"{day} {mon} {y} р."
    if lang == "th":
        return f"{day} {mon} {y + 543}"
    if lang == "tl":
        return f"{mon} {day}, {y}"
    if lang == "vi":
        return f"ngày {day} tháng {m} năm {y}"
    if lang in ("zh", "ja"):
        return f"{y}年{m}月{day}日"
    if lang == "ko":
        return f"{y}년 {m}월 {day}일"
    return f"{day} {mon} {y}"


DOB_YEARS = {"kid": (2010, 2019), "old": (1925, 1948), "adult": (1946, 2004)}


def _rand_date(rng: random.Random, y0: int, y1: int) -> dt.date:
    start = dt.date(y0, 1, 1).toordinal()
    end = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(rng.randint(start, end))


# ---------------------------------------------------------------------------------------------
# Filling a template
# ---------------------------------------------------------------------------------------------


class Filler:
    def __init__(self, tpl: dict, rng: random.Random, fk: Faker, stats: Counter):
        self.tpl = tpl
        self.rng = rng
        self.fk = fk
        self.stats = stats
        self.lang = tpl["lang"]
        self.cc = tpl["cc"]
        orgs = D.ORGS_BY_LANG.get(self.lang, []) + ([] if self.lang != "en" else D.ORGS)
        orgs = orgs or D.ORGS
        self.org = rng.choice(orgs)
        rest = [o for o in orgs if o != self.org] or [o for o in D.ORGS if o != self.org]
        self.org2 = rng.choice(rest)
        self.persons: dict[str, Person] = {}
        self.cache: dict[str, tuple[str, str | None]] = {}
        self.pieces: list[str] = []
        self.spans: list[tuple[str, int, int]] = []
        self.pos = 0
        self.now = _rand_date(rng, 2023, 2025)
        self.last_date: dt.date | None = None

    # ---- persons
    def _pool_culture(self) -> str:
        pool = self.tpl.get("pool") or D.LANG_POOL[self.lang]
        if isinstance(pool, list):
            return self.rng.choice(pool)
        if pool == "mixed":
            keys = list(D.MIXED_WEIGHTS)
            return self.rng.choices(keys, weights=[D.MIXED_WEIGHTS[k] for k in keys])[0]
        return pool

    def new_person(self, gender: str | None = None, parent: Person | None = None) -> Person:
        rng = self.rng
        gender = gender or rng.choice("mf")
        pool = self.tpl.get("pool") or D.LANG_POOL[self.lang]
        for _ in range(50):
            if parent is None and pool == "mixed" and rng.random() < FAKER_SHARE:
                given = self.fk.first_name_male() if gender == "m" else self.fk.first_name_female()
                p = Person(
                    "faker",
                    gender,
                    (given, given),
                    (self.fk.last_name(),) * 2,
                    native=False,
                    rng=rng,
                    extra={"faker": True},
                )
            else:
                p = self._person_from_culture(
                    parent.culture if parent else self._pool_culture(), gender, parent
                )
            taken = {q.given_r for q in self.persons.values()}
            if p.given_r in taken:
                continue
            if not self.tpl.get("noapos") or "'" not in p.given_r + p.sur_r:
                return p
        return p

    def _person_from_culture(self, key: str, gender: str, parent: Person | None) -> Person:
        rng = self.rng
        cul = CULTURES[key]
        words = "w" + gender in cul and rng.random() < 0.4
        given = rng.choice(cul["w" + gender] if words else cul[gender])
        given = (given[0][0], given[1][0])
        gi = 0 if gender == "m" else 1
        surname = None
        if parent is not None:
            surname = (parent.extra["sur"][0][gi], parent.extra["sur"][1][gi])
            sur_pair = parent.extra["sur"]
        elif not (cul.get("mono") and rng.random() < cul["mono"]):
            src = cul["ws"] if "ws" in cul and rng.random() < 0.4 else cul["s"]
            sur_pair = rng.choice(src)
            if cul.get("double") and rng.random() < cul["double"]:
                other = rng.choice([x for x in cul["s"] if x != sur_pair])
                sur_pair = tuple(
                    tuple(f"{a} {b}" for a, b in zip(x, y, strict=True))
                    for x, y in zip(sur_pair, other, strict=True)
                )
            surname = (sur_pair[0][gi], sur_pair[1][gi])
        extra = {"sur": sur_pair if surname else None}
        if "middle" in cul:
            extra["middle"] = rng.choice(cul["middle"][gender])
        if "patr" in cul:
            pn, pr = rng.choice(cul["patr"])
            extra["patr"] = pn[gi] if cul.get("lang") == self.lang else pr[gi]
        if "nicks" in cul:
            n = rng.choice(cul["nicks"][gender])
            extra["nick"] = (n[0][0], n[1][0])
        native = cul.get("lang") == self.lang
        return Person(key, gender, given, surname, native=native, rng=rng, extra=extra)

    def person(self, pid: str) -> Person:
        if pid not in self.persons:
            gender = pid[-1] if pid[-1] in "fm" else None
            parent_id = self.tpl.get("fam", {}).get(pid)
            parent = self.person(parent_id) if parent_id else None
            if parent is not None and parent.extra.get("sur") is None:
                parent = None
            p = self.new_person(gender, parent)
            self.persons[pid] = p
            self.stats["persons"] += 1
            self.stats["faker_persons"] += p.faker
        return self.persons[pid]

    # ---- values
    def value(self, kind: str, arg: str, person: Person | None) -> tuple[str, str | None]:  # noqa: C901, PLR0911, PLR0912
        rng = self.rng
        args = [a for a in arg.split(",") if a] if arg else []
        cc = self.cc
        for a in args:
            if a in D.ADDR or a in D.PHONE_FORMATS or a in PASSPORT or a.upper() in IBAN_SPECS:
                cc = a
        cat = KIND_CAT.get(kind)
        if kind == "email":
            p = person or self.new_person()
            return p.email(rng, cc), cat
        if kind == "wemail":
            return (person or self.new_person()).wemail(rng, self.org[1]), cat
        if kind == "phone":
            return phone(cc, rng, e164="e164" in args), cat
        if kind == "address":
            return address(cc, rng), cat
        if kind == "card":
            brand = next((a for a in args if a in CARD_BRANDS), None)
            if person is not None:
                digits = person._cached("card_digits", lambda: card_digits(rng, brand))
            else:
                digits = card_digits(rng, brand)
            return card_format(digits, rng, plain="plain" in args), cat
        if kind == "iban":
            country = CC_IBAN.get(cc) or rng.choice(
                ["DE", "GB", "FR", "NL", "ES", "IT", "CH", "BE", "IE"]
            )
            return iban(country, rng, compact=True if "compact" in args else None), cat
        if kind == "ssn":
            return ssn(rng), cat
        if kind == "itin":
            return itin(rng), cat
        if kind == "tin":
            return (ssn(rng), "US_SSN") if rng.random() < 0.6 else (itin(rng), "US_ITIN")
        if kind == "ip":
            return ipv4(rng, private="priv" in args), cat
        if kind == "ip6":
            return ipv6(rng), cat
        if kind == "mac":
            return mac(rng), cat
        if kind == "btc":
            return btc(rng), cat
        if kind == "eth":
            return eth(rng), cat
        if kind == "crypto":
            return (btc(rng) if rng.random() < 0.6 else eth(rng)), cat
        if kind == "dob":
            years = DOB_YEARS["kid" if "kid" in args else "old" if "old" in args else "adult"]
            if person is not None:
                if person.birth is None:
                    person.birth = _rand_date(rng, *years)
                d = person.birth
            else:
                d = _rand_date(rng, *years)
            style = next((a for a in args if a not in DOB_YEARS and a not in D.ADDR), None)
            return fmt_date(d, style, self.lang, cc, rng), cat
        if kind == "secret":
            return secret(arg or "password", rng), cat
        if kind == "dl":
            number, state = driver_license(cc, rng, person)
            if person is not None:
                person.cache["dlstate"] = state
            return number, cat
        if kind == "passport":
            pcc = PHONE_CC.get(cc, cc)
            gen = PASSPORT.get(
                pcc,
                PASSPORT["us"] if pcc in ("us", "ca") else lambda r: _letters(1, r) + _digits(8, r),
            )
            return gen(rng), cat
        return self.kept(kind, arg), None

    def kept(self, kind: str, arg: str) -> str:  # noqa: C901, PLR0911, PLR0912
        rng = self.rng
        if kind == "org":
            return self.org[0]
        if kind == "org2":
            return self.org2[0]
        if kind == "domain":
            return self.org[1]
        if kind == "orgh":
            return rng.choice(D.ORG_HANDLES)
        if kind == "city":
            return rng.choice(D.CITIES)
        if kind == "nplace":
            return rng.choice(D.NAME_PLACES)
        if kind == "country":
            return rng.choice(D.COUNTRIES)
        if kind == "n":
            lo, hi = (int(x) for x in arg.split("-"))
            return str(rng.randint(lo, hi))
        if kind == "pick":
            return rng.choice(arg.split("|"))
        if kind == "ref":
            return _letters(rng.randint(2, 3), rng) + "-" + _digits(rng.randint(5, 7), rng)
        if kind == "pnr":
            return _letters(6, rng, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        if kind == "uuid":
            return str(uuid.UUID(int=rng.getrandbits(128), version=4))
        if kind == "hex":
            return "".join(rng.choice("0123456789abcdef") for _ in range(int(arg)))
        if kind == "ver":
            return f"{rng.randint(0, 5)}.{rng.randint(0, 30)}.{rng.randint(0, 15)}"
        if kind == "product":
            return rng.choice(D.PRODUCTS)
        if kind == "lib":
            return rng.choice(D.LIBS)
        if kind == "month":
            return D.MONTHS.get(self.lang, D.MONTHS["en"])[rng.randint(0, 11)]
        if kind == "date":  # successive dates in a text move forward
            step = rng.randint(0, 21) if self.last_date else -rng.randint(0, 60)
            self.last_date = (self.last_date or self.now) + dt.timedelta(days=step)
            return fmt_date(self.last_date, arg or None, self.lang, self.cc, rng)
        if kind == "time":
            h, m = rng.randint(8, 18), rng.choice([0, 15, 30, 45])
            return (
                f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"
                if self.cc == "us"
                else f"{h}:{m:02d}"
            )
        ts = dt.datetime.combine(self.now, dt.time()) + dt.timedelta(seconds=rng.randint(0, 86399))
        if kind == "gitdate":
            return ts.strftime("%a %b %d %H:%M:%S %Y ") + rng.choice(
                ["+0100", "+0000", "-0500", "+0200", "-0800"]
            )
        if kind == "logtime":
            return ts.strftime("%d/%b/%Y:%H:%M:%S +0000")
        if kind == "systime":
            return ts.strftime("%b %d %H:%M:%S")
        if kind == "isots":
            return ts.strftime("%Y-%m-%dT%H:%M:%S.") + f"{rng.randint(0, 999):03d}Z"
        raise KeyError(kind)

    def person_attr(self, p: Person, attr: str, arg: str) -> tuple[str, str | None]:
        if attr in NAME_ATTRS:
            self.stats["faker_name_mentions"] += p.faker
            return p.name(attr, self.rng), "PERSON"
        if attr == "title":
            m, f = D.TITLES.get(self.lang, D.TITLES["en"])
            return (m if p.gender == "m" else f), None
        if attr == "mrms":
            return ("MR" if p.gender == "m" else "MS"), None
        if attr == "g":
            m, f = arg.split("|")
            return (m if p.gender == "m" else f), None
        if attr == "dlstate":
            if "dlstate" not in p.cache:
                self.cached_person_value(p, "dl", "")
            return p.cache["dlstate"], None
        return self.cached_person_value(p, attr, arg)

    def cached_person_value(self, p: Person, kind: str, arg: str) -> tuple[str, str | None]:
        key = ("v", kind, arg)
        if key not in p.cache:
            p.cache[key] = self.value(kind, arg, p)
        return p.cache[key]

    # ---- slots and text
    def slot(self, body: str) -> tuple[str, str | None]:
        mods = []
        while m := re.search(r"!(up|low)$", body):
            mods.append(m.group(1))
            body = body[: m.start()]
        key = body if "#" in body else None
        if key is not None and key in self.cache:
            val, cat = self.cache[key]
        else:
            core = body.split("#", 1)[0]
            pm = PERSON_REF.match(core)
            if pm:
                p = self.person(pm.group(1))
                val, cat = self.person_attr(p, pm.group(2), pm.group(3) or "")
            else:
                kind, _, arg = core.partition(":")
                val, cat = self.value(kind, arg, None)
            if key is not None:
                self.cache[key] = (val, cat)
        for mod in mods:
            val = val.upper() if mod == "up" else val.lower()
        return val, cat

    def emit_literal(self, s: str) -> None:
        self.pieces.append(s)
        self.pos += len(s)

    def emit(self, template: str) -> None:
        last = 0
        for m in SLOT.finditer(template):
            self.emit_literal(template[last : m.start()])
            val, cat = self.slot(m.group(1))
            if cat and val:
                self.spans.append((cat, self.pos, self.pos + len(val)))
                self.stats["label_" + cat] += 1
                if cat == "PERSON":
                    self.stats["name_mentions"] += 1
            self.emit_literal(val)
            last = m.end()
        self.emit_literal(template[last:])

    def render(self) -> Sample:
        text = self.tpl["text"]
        if "⟦ROWS⟧" in text:
            head, tail = text.split("⟦ROWS⟧")
            self.emit(head)
            lo, hi = self.tpl.get("n", (3, 6))
            for i in range(self.rng.randint(lo, hi)):
                for pid in [k for k in self.persons if k.startswith("r")]:
                    del self.persons[pid]
                if i:
                    self.emit_literal(self.tpl.get("sep", "\n"))
                self.emit(self.tpl["row"])
            self.emit(tail)
        else:
            self.emit(text)
        out = "".join(self.pieces)
        assert len(out) == self.pos
        return Sample(out, list(self.spans))


# ---------------------------------------------------------------------------------------------
# The set
# ---------------------------------------------------------------------------------------------


def _cycle(items: list, k: int, rng: random.Random) -> list:
    out: list = []
    while len(out) < k:
        batch = list(items)
        rng.shuffle(batch)
        out.extend(batch)
    return out[:k]


def _pick_foreign(k: int, rng: random.Random) -> list[dict]:
    by_lang: dict[str, list[dict]] = {}
    for t in D.TEMPLATES_XX:
        by_lang.setdefault(t["lang"], []).append(t)
    langs = _cycle(sorted(by_lang), k, rng)
    queues = {lang: _cycle(ts, k, rng) for lang, ts in by_lang.items()}
    return [queues[lang].pop() for lang in langs]


def build(scale: float = 1.0, seed: int = 9241) -> tuple[list[Sample], list[dict], Counter]:
    """The samples, per-sample metadata (language, genre, clean) and counters."""
    rng = random.Random(seed)
    fk = Faker("en_US")
    fk.seed_instance(seed)
    n = max(10, round(N_BASE * scale))
    n_clean = round(n * 0.20)
    n_foreign = round(n * 0.25)
    n_fc = round(n * 0.04)
    n_ec = n_clean - n_fc
    n_fp = n_foreign - n_fc
    n_ep = n - n_clean - n_fp
    chosen = (
        _cycle(D.TEMPLATES_EN, n_ep, rng)
        + _pick_foreign(n_fp, rng)
        + _cycle(D.TEMPLATES_CLEAN_EN, n_ec, rng)
        + _cycle(D.TEMPLATES_CLEAN_XX, n_fc, rng)
    )
    rng.shuffle(chosen)
    stats: Counter = Counter()
    samples, meta = [], []
    for tpl in chosen:
        s = Filler(tpl, rng, fk, stats).render()
        check_sample(s)
        samples.append(s)
        meta.append({"lang": tpl["lang"], "genre": tpl["genre"], "clean": not s.spans})
    for tpl, m in zip(chosen, meta, strict=True):
        if m["clean"] != (tpl in D.TEMPLATES_CLEAN_EN or tpl in D.TEMPLATES_CLEAN_XX):
            raise ValueError(f"template {tpl['genre']!r} ({tpl['lang']}) has unexpected labels")
    return samples, meta, stats


def dev8_set(scale: float = 1.0, seed: int = 9241) -> list[Sample]:
    """round(1200 * scale) (at least 10) hand-templated texts with their must-remove spans."""
    return build(scale, seed)[0]
