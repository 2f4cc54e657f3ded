"""dev5: an independent, hand-written evaluation set for the PII sanitizer.

Texts shaped like logged LLM API requests (chat messages, multi-turn chats, documents,
code/config/log snippets and clean texts with look-alikes only) in English and 18 other
languages, filled from the templates and per-culture name lists in
`bench.sanitizer_dev5_templates`. Every must-remove value is labeled with its category
(PERSON, EMAIL, PHONE, ADDRESS, CREDIT_CARD, IBAN, US_SSN, US_ITIN, IP, MAC, CRYPTO, SECRET,
DATE_OF_BIRTH, DRIVER_LICENSE, PASSPORT, URL); everything else is meant to be kept.

Labeling conventions:
- PERSON covers names in every form and logins/handles derived from a name; honorifics stay
  outside. An email address is EMAIL only (its name part is not labeled separately).
- URL: only absolute http(s) URLs that carry a credential or personal data, labeled whole
  (nothing inside is labeled again). Credentials in a relative path of an access-log line are
  labeled by their own category (EMAIL, SECRET). Database DSNs (postgres://user:pw@host)
  are connection strings: only the password is labeled, as SECRET.
- SECRET: the secret value itself (key, token, password, cookie value); a PEM private key is
  labeled from its BEGIN line to its END line.
- DATE_OF_BIRTH only for birth dates (in MRZ lines too); other dates are kept.
- IP: every host/client address except loopback and 0.0.0.0; version strings are kept.
- Placeholders are kept: example.com / example.org addresses, `<your-api-key>`, `${VAR}`,
  `***`, `user:password@localhost` DSNs, the sample SSN 123-45-6789 and AWS's documented
  AKIAIOSFODNN7EXAMPLE appear only in clearly documented template/placeholder contexts (docs,
  READMEs, .env.example, regex test strings) and are never labeled. Every other email
  address is labeled EMAIL.
- Names inside MRZ lines (SURNAME<<GIVEN) are labeled per name part; a name used as part of a
  hostname (`Maria-MacBook-Pro`) is labeled on the name part only.
- Identifiers outside the categories (order/ticket/policy/member numbers, licence plates,
  MRNs, UUIDs, hashes) are kept.

Checksums are computed here (Luhn, IBAN mod-97, base58check, bech32/bech32m, EIP-55 with a
pure-Python keccak-256, MRZ 7-3-1, Spanish DNI letter) and asserted on every generated value.
Faker supplies a minority of names (non-English locales) and some street names only.
"""

from __future__ import annotations

import base64
import hashlib
import random
import re
import string
import unicodedata
from collections import Counter
from datetime import date, datetime, timedelta

from bench import sanitizer_dev5_templates as TPL
from bench.sanitizer_data import Sample

CATEGORIES = [
    *("PERSON", "EMAIL", "PHONE", "ADDRESS", "CREDIT_CARD", "IBAN", "US_SSN", "US_ITIN"),
    *("IP", "MAC", "CRYPTO", "SECRET", "DATE_OF_BIRTH", "DRIVER_LICENSE", "PASSPORT", "URL"),
]

# ---------------------------------------------------------------------------------------
# checksums
# ---------------------------------------------------------------------------------------


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(number: str) -> bool:
    digits = re.sub(r"\D", "", number)
    return len(digits) >= 12 and luhn_digit(digits[:-1]) == digits[-1]


def _iban_num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "").upper()
    return len(s) > 14 and _iban_num(s[4:] + s[:4]) % 97 == 1


def iban_make(cc: str, bban: str) -> str:
    check = 98 - _iban_num(bban + cc + "00") % 97
    return f"{cc}{check:02d}{bban}"


B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58check_encode(payload: bytes) -> str:
    data = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(data, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    pad = len(data) - len(data.lstrip(b"\0"))
    return "1" * pad + out


def b58check_ok(s: str) -> bool:
    n = 0
    for ch in s:
        n = n * 58 + B58.index(ch)
    pad = len(s) - len(s.lstrip("1"))
    raw = b"\0" * pad + n.to_bytes((n.bit_length() + 7) // 8, "big")
    body, chk = raw[:-4], raw[-4:]
    return hashlib.sha256(hashlib.sha256(body).digest()).digest()[:4] == chk


BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
BECH32M = 0x2BC830A3


def _polymod(values: list[int]) -> int:
    gen = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    chk = 1
    for v in values:
        b = chk >> 25
        chk = ((chk & 0x1FFFFFF) << 5) ^ v
        for i in range(5):
            if (b >> i) & 1:
                chk ^= gen[i]
    return chk


def _hrp_expand(hrp: str) -> list[int]:
    return [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]


def _to5(data: bytes) -> list[int]:
    acc, bits, out = 0, 0, []
    for b in data:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            out.append((acc >> bits) & 31)
    if bits:
        out.append((acc << (5 - bits)) & 31)
    return out


def segwit_encode(version: int, program: bytes, hrp: str = "bc") -> str:
    const = 1 if version == 0 else BECH32M
    data = [version] + _to5(program)
    pm = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ const
    data += [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH[d] for d in data)


def bech32_ok(addr: str) -> bool:
    hrp, _, rest = addr.rpartition("1")
    data = [BECH.index(c) for c in rest]
    const = 1 if data[0] == 0 else BECH32M
    return _polymod(_hrp_expand(hrp) + data) == const


_ROT = (
    (0, 36, 3, 41, 18),
    (1, 44, 10, 45, 2),
    (62, 6, 43, 15, 61),
    (28, 55, 25, 21, 56),
    (27, 20, 39, 8, 14),
)
_M64 = (1 << 64) - 1


def _round_constants() -> list[int]:
    out, r = [], 1
    for _ in range(24):
        rc = 0
        for j in range(7):
            r = ((r << 1) ^ ((r >> 7) * 0x71)) % 256
            if r & 2:
                rc ^= 1 << ((1 << j) - 1)
        out.append(rc)
    return out


_RC = _round_constants()


def _rol(v: int, n: int) -> int:
    return ((v << n) | (v >> (64 - n))) & _M64 if n else v


def _keccak_f(a: list[list[int]]) -> list[list[int]]:
    for rc in _RC:
        c = [a[x][0] ^ a[x][1] ^ a[x][2] ^ a[x][3] ^ a[x][4] for x in range(5)]
        d = [c[(x - 1) % 5] ^ _rol(c[(x + 1) % 5], 1) for x in range(5)]
        a = [[a[x][y] ^ d[x] for y in range(5)] for x in range(5)]
        b = [[0] * 5 for _ in range(5)]
        for x in range(5):
            for y in range(5):
                b[y][(2 * x + 3 * y) % 5] = _rol(a[x][y], _ROT[x][y])
        a = [
            [b[x][y] ^ (~b[(x + 1) % 5][y] & _M64 & b[(x + 2) % 5][y]) for y in range(5)]
            for x in range(5)
        ]
        a[0][0] ^= rc
    return a


def keccak256(msg: bytes) -> bytes:
    rate = 136
    data = bytearray(msg) + b"\x01" + b"\0" * ((-len(msg) - 1) % rate)
    data[-1] |= 0x80
    a = [[0] * 5 for _ in range(5)]
    for off in range(0, len(data), rate):
        block = data[off : off + rate]
        for i in range(rate // 8):
            x, y = i % 5, i // 5
            a[x][y] ^= int.from_bytes(block[8 * i : 8 * i + 8], "little")
        a = _keccak_f(a)
    out = b"".join(a[i % 5][i // 5].to_bytes(8, "little") for i in range(25))
    return out[:32]


def eip55(hex40: str) -> str:
    h = keccak256(hex40.lower().encode()).hex()
    return "0x" + "".join(c.upper() if int(h[i], 16) >= 8 else c for i, c in enumerate(hex40))


def eip55_ok(addr: str) -> bool:
    return eip55(addr[2:].lower()) == addr


assert keccak256(b"").hex() == "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"
assert eip55("5aaeb6053f3e94c9b9a09f33669435e7ef1beaed") == (
    "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
)


def mrz_digit(s: str) -> str:
    total = 0
    for i, ch in enumerate(s):
        v = 0 if ch == "<" else int(ch, 36)
        total += v * (7, 3, 1)[i % 3]
    return str(total % 10)


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"

# ---------------------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------------------

UP = string.ascii_uppercase
DIG = string.digits
ALNUM = string.ascii_letters + string.digits


def _s(rng: random.Random, n: int, alphabet: str = DIG) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def ascii_fold(s: str) -> str:
    for a, b in (("ß", "ss"), ("ł", "l"), ("Ł", "L"), ("ı", "i"), ("đ", "d"), ("Đ", "D")):
        s = s.replace(a, b)
    for a, b in (("ø", "o"), ("Ø", "O"), ("æ", "ae"), ("ð", "d"), ("þ", "th")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def _slug(s: str) -> str:
    return re.sub(r"[^a-z]", "", ascii_fold(s).lower())


MONTHS = TPL.MONTHS
REF_DAY = date(2025, 6, 1)  # "today" for ages

# ---------------------------------------------------------------------------------------
# persons
# ---------------------------------------------------------------------------------------

_FAKER: dict[str, object] = {}


def _faker(locale: str):
    if locale not in _FAKER:
        from faker import Faker

        _FAKER[locale] = Faker(locale)
    return _FAKER[locale]


def _split(entry: str) -> tuple[str, str]:
    """'Roman:Native' -> (roman, native); '_' stands for a space."""
    roman, _, native = entry.partition(":")
    return roman.replace("_", " "), native.replace("_", " ")


class Person:
    def __init__(
        self,
        rng: random.Random,
        culture: str,
        lang: str,
        sex: str | None = None,
        ages: tuple[int, int] = (19, 79),
    ):
        self.rng, self.culture, self.lang = rng, culture, lang
        self.nat_given = self.nat_sur = ""
        self.middle = self.patronymic = self.nat_patronymic = ""
        self.female = sex == "f" if sex else rng.random() < 0.5
        if culture.startswith("faker_"):
            fk = _faker(culture[6:])
            fk.seed_instance(rng.randrange(2**32))
            self.given = fk.first_name_female() if self.female else fk.first_name_male()
            self.sur = fk.last_name_female() if self.female else fk.last_name_male()
            self.order = "gs"
        else:
            c = TPL.CULTURES[culture]
            self.order = c.get("order", "gs")
            self.given, self.nat_given = _split(rng.choice(c["f" if self.female else "m"]))
            sur = rng.choice(c["s"])
            roman, native = _split(sur)
            if "/" in roman:  # male/female surname forms
                roman = roman.split("/")[self.female]
                native = native.split("/")[self.female] if native else ""
            self.sur, self.nat_sur = roman, native
            if culture == "russian" and rng.random() < 0.5:
                self.patronymic, self.nat_patronymic = _split(
                    rng.choice(c["pf" if self.female else "pm"])
                )
            if culture in ("hispanic", "brazilian") and rng.random() < 0.55:
                second = _split(rng.choice(c["s"]))[0]
                if second != self.sur:
                    self.sur = f"{self.sur} {second}"
            if culture == "vietnamese":
                self.middle = rng.choice(c["mf" if self.female else "mm"])
            if culture == "indonesian" and rng.random() < 0.3:
                self.sur = ""  # single-name person
            if culture == "arabic" and rng.random() < 0.15:
                father = _split(rng.choice(c["m"]))[0]
                self.middle = f"{'bint' if self.female else 'bin'} {father}"
            if culture == "filipino" and rng.random() < 0.4:
                self.middle = rng.choice(UP) + "."
        if self.order == "sg" and culture not in ("vietnamese",) and lang == "en":
            # romanized East Asian / Hungarian names in English text: either order
            self.order = rng.choice(("sg", "gs", "gs"))
        lo, hi = ages
        self.dob = REF_DAY - timedelta(days=rng.randrange(lo * 365 + 1, hi * 365 + 360))
        self._login = None
        self.digits = str(rng.choice([rng.randrange(1, 100), self.dob.year % 100, self.dob.year]))

    # -- forms -------------------------------------------------------------------------
    def full(self) -> str:
        if not self.sur:
            return self.given
        if self.culture == "vietnamese":
            return f"{self.sur} {self.middle} {self.given}"
        if self.patronymic and self.lang == "ru":
            return f"{self.given} {self.patronymic} {self.sur}"
        mid = f" {self.middle}" if self.middle else ""
        if self.order == "sg":
            return f"{self.sur} {self.given}"
        return f"{self.given}{mid} {self.sur}"

    def short_sur(self) -> str:
        return self.sur or self.given

    def formal(self) -> str:
        return f"{self.sur}, {self.given}" if self.sur else self.given

    def native(self) -> str:
        if not self.nat_given:
            return self.full()
        if self.culture in ("chinese", "japanese", "korean"):
            sep = " " if self.culture == "japanese" and self.rng.random() < 0.5 else ""
            return f"{self.nat_sur}{sep}{self.nat_given}"
        if self.culture == "russian":
            if self.nat_patronymic:
                return f"{self.nat_sur} {self.nat_given} {self.nat_patronymic}"
            return f"{self.nat_given} {self.nat_sur}"
        return f"{self.nat_given} {self.nat_sur}"

    def login(self) -> str:
        if self._login is None:
            g = _slug(self.given.split()[0].split("-")[0])
            s = _slug(self.sur.split()[-1]) if self.sur else ""
            r = self.rng
            if not s:
                opts = [f"{g}{self.digits}", f"{g}_{self.digits}", f"{g}.{_slug(self.culture)[:3]}"]
            else:
                opts = [
                    f"{g}{s}",
                    f"{g}.{s}",
                    f"{g[0]}{s}",
                    f"{s}{g[0]}",
                    f"{g}_{s}{self.digits}",
                    f"{g}.{s[0]}",
                    f"{s}.{g}",
                    f"{g}{s[:3]}{self.digits}",
                ]
            self._login = r.choice(opts)
        return self._login

    def email(self, domain: str | None = None) -> str:
        if domain is None:
            domain = self.rng.choice(
                TPL.EMAIL_DOMAINS.get(self.culture, TPL.EMAIL_DOMAINS["default"])
            )
        return f"{self.login()}@{domain}"

    def typo(self) -> str:
        w = self.full()
        i = self.rng.randrange(1, max(2, len(w) - 2))
        if w[i].isalpha() and w[i + 1].isalpha() and w[i] != w[i + 1]:
            return w[:i] + w[i + 1] + w[i] + w[i + 2 :]
        j = next((k for k in range(1, len(w)) if w[k].isalpha()), 1)
        return w[:j] + w[j + 1 :]

    def form(self, name: str, ctx: Ctx) -> str:
        g, s = self.given, self.short_sur()
        if name == "any":
            name = self.rng.choice(("full", "full", "given", "formal", "init", "caps", "sur"))
        if name == "full":
            return self.full()
        if name == "given":
            return g
        if name == "sur":
            return s
        if name == "formal":
            return self.formal()
        if name == "init":
            return f"{g[0]}. {s}" if self.sur else g
        if name == "initials":
            return (g[0] + (self.sur[0] if self.sur else "")).upper()
        if name == "caps":
            return self.full().upper()
        if name == "capsformal":  # SURNAME Given (French / form style)
            return f"{s.upper()} {g}" if self.sur else g.upper()
        if name == "surcaps":
            return s.upper()
        if name == "givencaps":
            return g.upper()
        if name == "lower":
            return g.lower()
        if name == "lowerfull":
            return self.full().lower()
        if name == "nick":
            return TPL.NICKS.get(g, g)
        if name == "login":
            return self.login()
        if name == "handle":
            return "@" + self.login()
        if name == "typo":
            return self.typo()
        if name == "native":
            return self.native()
        if name == "nativegiven":
            return self.nat_given or g
        if name == "nativesur":
            return self.nat_sur or s
        if name == "mid":
            if self.sur and self.order == "gs":
                return f"{g} {self.rng.choice(UP)}. {self.sur}"
            return self.full()
        if name == "gpat":  # Russian: given + patronymic
            return f"{g} {self.patronymic}" if self.patronymic else g
        raise KeyError(name)


# ---------------------------------------------------------------------------------------
# value generators
# ---------------------------------------------------------------------------------------

LANG_CC = {
    "en": "US",
    "de": "DE",
    "fr": "FR",
    "es": "ES",
    "pt": "BR",
    "it": "IT",
    "nl": "NL",
    "pl": "PL",
    "tr": "TR",
    "id": "ID",
    "vi": "VN",
    "sw": "KE",
    "tl": "PH",
    "hi": "IN",
    "ru": "RU",
    "ar": "SA",
    "ja": "JP",
    "ko": "KR",
    "zh": "CN",
}


def _phone(rng: random.Random, cc: str, intl: bool | None) -> str:
    fmt = TPL.PHONES.get(cc, TPL.PHONES["US"])
    if intl is None:
        intl = rng.random() < 0.4
    pats = fmt["intl" if intl else "nat"]
    pat = rng.choice(pats)
    out = []
    for ch in pat:
        if ch == "#":
            out.append(rng.choice(DIG))
        elif ch == "N":
            out.append(rng.choice("23456789"))
        else:
            out.append(ch)
    return "".join(out)


def _card(rng: random.Random, brand: str | None = None) -> str:
    brand = brand or rng.choice(("visa", "visa", "mc", "mc", "amex", "disc"))
    if brand == "visa":
        body = "4" + _s(rng, 14)
    elif brand == "mc":
        body = rng.choice(("51", "52", "53", "54", "55", "22")) + _s(rng, 13)
        if body.startswith("22"):
            body = "2" + str(rng.randrange(221, 272)) + _s(rng, 11)
    elif brand == "amex":
        body = rng.choice(("34", "37")) + _s(rng, 12)
    else:
        body = "6011" + _s(rng, 11)
    num = body + luhn_digit(body)
    assert luhn_ok(num)
    sep = rng.choice((" ", " ", "-", ""))
    if len(num) == 15:
        return sep.join((num[:4], num[4:10], num[10:]))
    return sep.join(num[i : i + 4] for i in range(0, 16, 4))


_BBAN = {
    "DE": "8n10n",
    "FR": "10n11n2n",
    "ES": "20n",
    "IT": "1a10n12n",
    "NL": "4a10n",
    "PL": "24n",
    "TR": "5n1z16n",
    "GB": "4a14n",
    "PT": "21n",
    "BE": "12n",
    "AT": "16n",
    "CH": "17n",
    "SA": "2n18n",
    "AE": "19n",
    "BR": "23n1a1a",
    "NO": "11n",
    "SE": "20n",
    "DK": "14n",
    "FI": "14n",
    "IE": "4a14n",
}
_BANKS = {"NL": ["INGB", "ABNA", "RABO", "SNSB", "TRIO"], "GB": ["NWBK", "BARC", "LOYD", "HBUK"]}
_BANKS["IE"] = ["AIBK", "BOFI"]


def _iban(rng: random.Random, cc: str) -> str:
    if cc not in _BBAN:
        cc = rng.choice(("DE", "FR", "ES", "NL", "GB", "IT"))
    bban = ""
    for n, t in re.findall(r"(\d+)([anz])", _BBAN[cc]):
        n = int(n)
        if t == "n":
            bban += _s(rng, n)
        elif t == "z":
            bban += "0" * n
        elif cc in _BANKS and n == 4:
            bban += rng.choice(_BANKS[cc])
        else:
            bban += _s(rng, n, UP)
    iban = iban_make(cc, bban)
    assert iban_ok(iban)
    if rng.random() < 0.55:
        return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    return iban


def _ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    num = f"{area:03d}{rng.randrange(1, 100):02d}{rng.randrange(1, 10000):04d}"
    r = rng.random()
    if r < 0.75:
        return f"{num[:3]}-{num[3:5]}-{num[5:]}"
    if r < 0.9:
        return f"{num[:3]} {num[3:5]} {num[5:]}"
    return num


def _itin(rng: random.Random) -> str:
    group = rng.choice(list(range(70, 89)) + [90, 91, 92, 94, 95, 96, 97, 98, 99])
    v = f"9{_s(rng, 2)}-{group}-{_s(rng, 4)}"
    return v if rng.random() < 0.85 else v.replace("-", " ")


def _ip(rng: random.Random, private: bool | None = None) -> str:
    if private is None:
        private = rng.random() < 0.3
    if private:
        return rng.choice(
            (
                f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                f"192.168.{rng.randrange(256)}.{rng.randrange(2, 255)}",
                f"172.{rng.randrange(16, 32)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
            )
        )
    first = rng.choice([a for a in range(11, 224) if a not in (100, 127, 169, 172, 192, 198)])
    return f"{first}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"


def _ip6(rng: random.Random) -> str:
    head = rng.choice(("2a02", "2600", "2001", "2a01", "2406", "2803", "2c0f", "2408"))
    if head == "2001":
        head = f"2001:{rng.choice(('4860', '0470', '16b8', '67c'))}"
    groups = [f"{rng.randrange(65536):x}" for _ in range(6 if ":" not in head else 5)]
    if rng.random() < 0.4:
        return f"{head}:{groups[0]}:{groups[1]}::{groups[-1]}"
    return ":".join([head, *groups])


def _mac(rng: random.Random) -> str:
    b = [rng.randrange(256) for _ in range(6)]
    b[0] &= 0xFC
    h = [f"{x:02x}" for x in b]
    r = rng.random()
    if r < 0.45:
        return ":".join(h)
    if r < 0.7:
        return ":".join(h).upper()
    if r < 0.88:
        return "-".join(h).upper()
    return ".".join("".join(h[i : i + 2]) for i in (0, 2, 4))


def _crypto(rng: random.Random, kind: str | None = None) -> str:
    kind = kind or rng.choice(("p2pkh", "p2sh", "bech32", "taproot", "eth", "eth"))
    if kind == "eth":
        v = eip55(bytes(rng.randrange(256) for _ in range(20)).hex())
        assert eip55_ok(v)
        return v
    if kind in ("p2pkh", "p2sh"):
        v = b58check_encode(
            bytes([0 if kind == "p2pkh" else 5]) + bytes(rng.randrange(256) for _ in range(20))
        )
        assert b58check_ok(v)
        return v
    prog = bytes(rng.randrange(256) for _ in range(20 if kind == "bech32" else 32))
    v = segwit_encode(0 if kind == "bech32" else 1, prog)
    assert bech32_ok(v)
    return v


def _b64(rng: random.Random, n: int, url: bool = True) -> str:
    raw = bytes(rng.randrange(256) for _ in range(n))
    enc = base64.urlsafe_b64encode(raw) if url else base64.b64encode(raw)
    return enc.decode().rstrip("=") if url else enc.decode()


def _jwt(rng: random.Random, ctx: Ctx) -> str:
    head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    body = (
        f'{{"sub":"{rng.randrange(10**5, 10**7)}",'
        f'"iat":{rng.randrange(1_700_000_000, 1_760_000_000)}'
        f',"scope":"{rng.choice(("read", "read write", "admin"))}"}}'
    )
    payload = base64.urlsafe_b64encode(body.encode()).decode().rstrip("=")
    return f"{head}.{payload}.{_b64(rng, 32)}"


def _password(rng: random.Random) -> str:
    r = rng.random()
    words = TPL.PASSWORD_WORDS
    sym = "!%*-_.+?"
    if r < 0.35:
        return f"{rng.choice(words)}{rng.randrange(1, 2027)}{rng.choice(sym)}"
    if r < 0.55:
        return "-".join(rng.sample(words, 4)).lower()
    if r < 0.8:
        return _s(rng, rng.randrange(12, 21), ALNUM + sym)
    w = rng.choice(words)
    leet = w.replace("a", "@").replace("o", "0").replace("e", "3").replace("i", "1")
    return f"{leet}{_s(rng, 2)}{rng.choice(sym)}"


def _pem(rng: random.Random, escaped: bool = False) -> str:
    kind = rng.choice(("RSA PRIVATE KEY", "PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY"))
    body = _b64(rng, rng.choice((90, 120, 180)), url=False)
    lines = [body[i : i + 64] for i in range(0, len(body), 64)]
    nl = "\\n" if escaped else "\n"
    return nl.join([f"-----BEGIN {kind}-----", *lines, f"-----END {kind}-----"])


def _secret(rng: random.Random, kind: str, ctx: Ctx) -> str:
    b32 = UP + "234567"
    k = {
        "aws_id": lambda: "AKIA" + _s(rng, 16, b32),
        "aws_secret": lambda: _s(rng, 40, ALNUM + "/+"),
        "gh": lambda: rng.choice(("ghp_", "gho_", "ghs_")) + _s(rng, 36, ALNUM),
        "ghpat": lambda: "github_pat_" + _s(rng, 22, ALNUM) + "_" + _s(rng, 59, ALNUM),
        "slack": lambda: f"xox{rng.choice('bp')}-{_s(rng, 12)}-{_s(rng, 13)}-{_s(rng, 24, ALNUM)}",
        "stripe": lambda: rng.choice(("sk_live_", "rk_live_")) + _s(rng, 40, ALNUM),
        "openai": lambda: "sk-proj-" + _s(rng, 48, ALNUM + "-_") + "T3BlbkFJ" + _s(rng, 40, ALNUM),
        "anthropic": lambda: "sk-ant-api03-" + _s(rng, 93, ALNUM + "-_") + "AA",
        "google": lambda: "AIza" + _s(rng, 35, ALNUM + "-_"),
        "sendgrid": lambda: "SG." + _s(rng, 22, ALNUM + "-_") + "." + _s(rng, 43, ALNUM + "-_"),
        "npm": lambda: "npm_" + _s(rng, 36, ALNUM),
        "hf": lambda: "hf_" + _s(rng, 34, string.ascii_letters),
        "gitlab": lambda: "glpat-" + _s(rng, 20, ALNUM + "-_"),
        "hex32": lambda: _s(rng, 32, "0123456789abcdef"),
        "hex64": lambda: _s(rng, 64, "0123456789abcdef"),
        "b64": lambda: _b64(rng, 32, url=False),
        "azure": lambda: _b64(rng, 64, url=False),
        "jwt": lambda: _jwt(rng, ctx),
        "pw": lambda: _password(rng),
        "pem": lambda: _pem(rng),
        "pem_esc": lambda: _pem(rng, escaped=True),
        "cookie": lambda: _s(rng, rng.choice((32, 40)), "abcdefghijklmnopqrstuvwxyz0123456789"),
        "basic": lambda: base64.b64encode(
            f"{ctx.person('p1').login()}:{_password(rng)}".encode()
        ).decode(),
        "opaque": lambda: _b64(rng, rng.choice((24, 32, 48))),
        "telegram": lambda: f"{rng.randrange(10**8, 10**10)}:AA{_s(rng, 33, ALNUM + '_-')}",
        "pypi": lambda: "pypi-AgEIcHlwaS5vcmc" + _b64(rng, 48),
        "totp": lambda: _s(rng, 32, b32),
        "recovery": lambda: f"{_s(rng, 4, DIG + 'abcdefghjkmnpqrstuvwxyz')}-{_s(rng, 4, DIG)}",
        "wifi": lambda: _password(rng),
        "twilio": lambda: _s(rng, 32, "0123456789abcdef"),
        "dd": lambda: _s(rng, 32, "0123456789abcdef"),
    }
    return k[kind]()


def _fmt_date(rng: random.Random, d: date, lang: str, variant: str = "") -> str:
    m = MONTHS.get(lang, MONTHS["en"])
    if variant == "iso":
        return d.isoformat()
    if variant == "us":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if variant == "eu":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if variant == "slash":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if variant == "long":
        opts = TPL.DATE_LONG.get(lang, TPL.DATE_LONG["en"])
        return rng.choice(opts).format(d=d.day, m=m[d.month - 1], mm=d.month, y=d.year)
    opts = TPL.DATE_FORMATS.get(lang, TPL.DATE_FORMATS["en"])
    return rng.choice(opts).format(
        d=d.day, dd=f"{d.day:02d}", m=m[d.month - 1], mm=f"{d.month:02d}", mn=d.month, y=d.year
    )


def _dl(rng: random.Random, cc: str, ctx: Ctx) -> str:
    if cc == "US":
        st = ctx.us_state()
        pat = TPL.US_DL[st]
    elif cc == "GB":
        p = ctx.person("p1")
        s = (ascii_fold(p.short_sur()).upper().replace(" ", "").replace("'", "") + "99999")[:5]
        d = p.dob
        mon = d.month + (50 if p.female else 0)
        ini = (ascii_fold(p.given)[0] + (p.middle[:1] if p.middle[:1].isalpha() else "9")).upper()
        v = f"{s}{str(d.year)[2]}{mon:02d}{d.day:02d}{str(d.year)[3]}{ini}9{_s(rng, 2, UP)}"
        return v if rng.random() < 0.8 else f"{v[:5]} {v[5:11]} {v[11:]}"
    elif cc == "ES":
        n = rng.randrange(10**7, 10**8)
        return f"{n}{DNI_LETTERS[n % 23]}"
    else:
        pat = TPL.DL_FORMATS.get(cc, "A#######")
    return _pattern(rng, pat)


def _pattern(rng: random.Random, pat: str) -> str:
    out = []
    for ch in pat:
        if ch == "#":
            out.append(rng.choice(DIG))
        elif ch == "A":
            out.append(rng.choice(UP))
        elif ch == "X":
            out.append(rng.choice(UP + DIG))
        elif ch == "G":  # German passport alphabet
            out.append(rng.choice("CFGHJKLMNPRTVWXYZ0123456789"))
        else:
            out.append(ch)
    return "".join(out)


def _passport(rng: random.Random, cc: str) -> str:
    return _pattern(rng, rng.choice(TPL.PASSPORTS.get(cc, ["A#######"])))


def _addr(rng: random.Random, cc: str, multiline: bool = False) -> str:
    spec = TPL.ADDRESSES.get(cc, TPL.ADDRESSES["US"])
    street = rng.choice(spec["streets"])
    if spec.get("faker") and rng.random() < 0.4:
        fk = _faker(spec["faker"])
        fk.seed_instance(rng.randrange(2**32))
        street = fk.street_name()
    city, post = rng.choice(spec["cities"])
    post = _pattern(rng, post)
    fmt = rng.choice(spec["fmt"])
    if not multiline:
        fmt = fmt.replace("\n", ", ")
    return fmt.format(
        street=street,
        no=rng.randrange(1, 240),
        no2=rng.randrange(1, 60),
        apt=rng.randrange(1, 40),
        city=city,
        post=post,
        L=rng.choice("ABCDEF"),
        l=rng.choice("abc"),
        ch=rng.randrange(1, 6),
        rt=f"{rng.randrange(1, 16):02d}",
        rw=f"{rng.randrange(1, 12):02d}",
    )


def _url(rng: random.Random, kind: str, ctx: Ctx) -> str:
    host = rng.choice(TPL.URL_HOSTS)
    p = ctx.person("p1")
    em = p.email().replace("@", "%40")
    k = {
        "basic": lambda: (
            f"https://{p.login()}:{_password(rng)}@{rng.choice(TPL.GIT_HOSTS)}"
            f"/{rng.choice(('platform', 'data', 'infra'))}/{rng.choice(('api', 'etl', 'web'))}.git"
        ),
        "reset": lambda: f"https://{host}/account/reset-password?token={_s(rng, 40, ALNUM)}",
        "email": lambda: f"https://{host}/unsubscribe?email={em}&list={rng.randrange(10, 99)}",
        "magic": lambda: (
            f"https://{host}/auth/magic?code={_b64(rng, 24)}&uid={rng.randrange(10**6)}"
        ),
        "apikey": lambda: (
            f"https://api.{host}/v2/export?format=csv&api_key={_s(rng, 32, '0123456789abcdef')}"
        ),
        "s3": lambda: (
            f"https://{rng.choice(('invoices', 'kyc-uploads', 'hr-docs'))}-prod.s3.amazonaws.com/"
            f"{rng.randrange(1000, 9999)}/scan.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256"
            f"&X-Amz-Credential=AKIA{_s(rng, 16, UP + '234567')}%2F20250312%2Feu-west-1%2Fs3"
            f"%2Faws4_request&X-Amz-Date=20250312T101500Z&X-Amz-Expires=3600"
            f"&X-Amz-SignedHeaders=host&X-Amz-Signature={_s(rng, 64, '0123456789abcdef')}"
        ),
        "slack": lambda: (
            f"https://hooks.slack.com/services/T{_s(rng, 8, UP + DIG)}"
            f"/B{_s(rng, 10, UP + DIG)}/{_s(rng, 24, ALNUM)}"
        ),
        "profile": lambda: (
            f"https://{host}/search?name={p.given}+{p.short_sur()}"
            f"&phone={_phone(rng, ctx.cc, False).replace(' ', '')}"
        ),
        "linkedin": lambda: f"https://www.linkedin.com/in/{p.login().replace('.', '-')}",
        "invite": lambda: f"https://{host}/invite/accept?email={em}&token={_s(rng, 24, ALNUM)}",
    }
    return ascii_fold(k[kind]())


# ---------------------------------------------------------------------------------------
# rendering
# ---------------------------------------------------------------------------------------

PLACEHOLDER = re.compile(r"<<([^<>\n]+)>>")
Seg = tuple[str | None, str]


class Ctx:
    def __init__(self, rng: random.Random, tpl: dict):
        self.rng = rng
        self.lang = tpl["lang"]
        self.cc = tpl.get("cc") or LANG_CC[self.lang]
        if self.cc == "*":
            self.cc = rng.choice(("US", "US", "GB", "IN", "NG", "AU", "CA", "IE"))
        self.cultures = tpl.get("cultures") or TPL.LANG_CULTURES[self.lang]
        self.persons: dict[str, Person] = {}
        self.memo: dict[str, str] = {}
        self.no_apostrophe = tpl["kind"] == "tech"
        self.sex: dict[str, str] = tpl.get("sex", {})
        self.ages: dict[str, tuple[int, int]] = tpl.get("ages", {})
        self.multiline = tpl.get("ml", False)

    def person(self, ref: str) -> Person:
        if ref not in self.persons:
            while True:
                cult = self.rng.choice(self.cultures)
                if cult == "*":
                    cult = self.rng.choice(TPL.ALL_CULTURES)
                if cult != "faker" and self.rng.random() < TPL.FAKER_SHARE.get(self.lang, 0):
                    cult = "faker_" + self.rng.choice(TPL.FAKER_LOCALES[self.lang])
                p = Person(
                    self.rng,
                    cult,
                    self.lang,
                    self.sex.get(ref),
                    self.ages.get(ref, (19, 79)),
                )
                taken = {(q.given, q.sur) for q in self.persons.values()}
                if (p.given, p.sur) in taken:
                    continue
                if self.no_apostrophe and "'" in p.full():
                    continue
                break
            self.persons[ref] = p
        return self.persons[ref]

    def us_state(self) -> str:
        if "state" not in self.memo:
            self.memo["state"] = self.rng.choice(sorted(TPL.US_DL))
        return self.memo["state"]

    def once(self, key: str, fn) -> str:
        if key not in self.memo:
            self.memo[key] = fn()
        return self.memo[key]

    def resolve(self, key: str) -> list[Seg]:
        rng = self.rng
        if key.startswith("?"):
            return [(None, rng.choice(key[1:].split("|")))]
        key, _, memo = key.partition("=")
        head, *args = key.rstrip(":").split(":")
        cc = next((a for a in args if len(a) == 2 and a.isupper()), self.cc)
        var = next((a for a in args if not (len(a) == 2 and a.isupper())), "")
        if re.fullmatch(r"p\d(\.\w+)?", head) or head in ("dob", "email"):
            if head in ("dob", "email"):
                head = "p1." + head
            ref, _, form = head.partition(".")
            p = self.person(ref)
            form = form or "full"
            if form == "email":
                return [("EMAIL", p.email())]
            if form == "wemail":
                dom = self.once("cdomain", lambda: rng.choice(TPL.COMPANY_DOMAINS))
                return [("EMAIL", p.email(dom))]
            if form == "dob":
                return [("DATE_OF_BIRTH", _fmt_date(rng, p.dob, self.lang, var))]
            if form == "age":
                return [(None, str((REF_DAY - p.dob).days // 365))]
            return [("PERSON", p.form(form, self))]
        if head == "mrz":
            return self._mrz(cc)
        labeled = {
            "phone": lambda: ("PHONE", _phone(rng, cc, {"intl": True, "nat": False}.get(var))),
            "addr": lambda: ("ADDRESS", _addr(rng, cc, self.multiline)),
            "card": lambda: ("CREDIT_CARD", _card(rng, var or None)),
            "iban": lambda: ("IBAN", _iban(rng, cc)),
            "ssn": lambda: ("US_SSN", _ssn(rng)),
            "itin": lambda: ("US_ITIN", _itin(rng)),
            "ip": lambda: ("IP", _ip(rng, {"priv": True, "pub": False}.get(var))),
            "ip6": lambda: ("IP", _ip6(rng)),
            "mac": lambda: ("MAC", _mac(rng)),
            "crypto": lambda: ("CRYPTO", _crypto(rng, var or None)),
            "secret": lambda: ("SECRET", _secret(rng, var, self)),
            "dl": lambda: ("DRIVER_LICENSE", _dl(rng, cc, self)),
            "passport": lambda: ("PASSPORT", _passport(rng, cc)),
            "url": lambda: ("URL", _url(rng, var, self)),
        }
        if head in labeled:
            # '=name' re-uses one value within a text: <<ip=srv>> ... <<ip=srv>>
            if memo:
                cat = labeled[head]()[0]
                return [(cat, self.once("v:" + memo, lambda: labeled[head]()[1]))]
            return [labeled[head]()]
        if memo:
            return [(None, self.once("k:" + memo, lambda: self._kept(head, var, args)))]
        return [(None, self._kept(head, var, args))]

    def _kept(self, head: str, var: str, args: list[str]) -> str:
        rng = self.rng
        hexd = "0123456789abcdef"
        if head == "n":
            return str(rng.randrange(int(args[0]), int(args[1]) + 1))
        if head == "date":
            d = date(2019, 1, 1) + timedelta(days=rng.randrange(0, 2600))
            return _fmt_date(rng, d, self.lang, var)
        if head == "ts":
            t = datetime(2024, 1, 1) + timedelta(seconds=rng.randrange(0, 60_000_000))
            if var == "log":
                return t.strftime("%Y-%m-%d %H:%M:%S") + f",{rng.randrange(1000):03d}"
            if var == "clf":
                return t.strftime("%d/%b/%Y:%H:%M:%S +0000")
            return t.strftime("%Y-%m-%dT%H:%M:%S") + rng.choice(
                ("Z", f".{rng.randrange(1000):03d}Z")
            )
        fixed = {
            "uuid": lambda: "-".join(_s(rng, n, hexd) for n in (8, 4, 4, 4, 12)),
            "sha": lambda: _s(rng, 40, hexd),
            "sha7": lambda: _s(rng, 7, hexd),
            "sha256": lambda: _s(rng, 64, hexd),
            "order": lambda: rng.choice(("ORD-", "#", "SO-", "")) + _s(rng, rng.choice((6, 7, 8))),
            "ticket": lambda: rng.choice(("INC", "CS-", "SUP-", "TCK-")) + _s(rng, 6),
            "jira": lambda: (
                rng.choice(("PAY", "OPS", "DATA", "WEB", "SEC", "INFRA"))
                + "-"
                + str(rng.randrange(100, 9999))
            ),
            "invoice": lambda: f"INV-{rng.randrange(2021, 2026)}-{_s(rng, 5)}",
            "time": lambda: (
                f"{rng.randrange(7, 23):02d}:{rng.choice(('00', '15', '30', '45', '10', '05'))}"
            ),
            "amount": lambda: rng.choice(TPL.CURRENCY.get(self.lang, ["${v}"])).format(
                v=f"{rng.randrange(5, 4000)}.{rng.randrange(100):02d}"
            ),
            "port": lambda: str(rng.choice((5432, 6379, 8080, 8443, 3306, 9092, 27017, 443))),
            "ver": lambda: f"{rng.randrange(0, 6)}.{rng.randrange(0, 30)}.{rng.randrange(0, 20)}",
            "ver4": lambda: ".".join(str(rng.randrange(0, 20)) for _ in range(4)),
            "city": lambda: rng.choice(TPL.ADDRESSES.get(self.cc, TPL.ADDRESSES["US"])["cities"])[
                0
            ],
            "company": lambda: self.once("company", lambda: rng.choice(TPL.COMPANIES)),
            "cdomain": lambda: self.once("cdomain", lambda: rng.choice(TPL.COMPANY_DOMAINS)),
            "tracking": lambda: rng.choice(
                (
                    "1Z" + _s(rng, 6, UP + DIG) + _s(rng, 10),
                    _tracking16(rng),
                    "JD" + _s(rng, 16),
                )
            ),
            "coord": lambda: f"{rng.uniform(-40, 60):.5f}, {rng.uniform(-120, 140):.5f}",
            "pnr": lambda: _s(rng, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"),
            "flight": lambda: (
                rng.choice(("LH", "AF", "TK", "QR", "EK", "GA", "VN", "KQ", "PR"))
                + " "
                + str(rng.randrange(10, 1999))
            ),
            "plate": lambda: _pattern(
                rng, rng.choice(TPL.PLATES.get(self.cc, ["AAA-####", "### AAA"]))
            ),
            "policy": lambda: rng.choice(("POL-", "PL", "HX-", "")) + _s(rng, 9),
            "member": lambda: rng.choice(("MBR", "ID ", "M-")) + _s(rng, 8),
            "pct": lambda: f"{rng.randrange(1, 99)}.{rng.randrange(10)}%",
            "year": lambda: str(rng.randrange(2019, 2027)),
            "pid": lambda: str(rng.randrange(1000, 65000)),
            "ms": lambda: str(rng.randrange(3, 4000)),
            "hex8": lambda: _s(rng, 8, hexd),
            "usstate": self.us_state,
            "iso3": lambda: TPL.ISO3.get(self.cc, "UTO").rstrip("<"),
        }
        if head not in fixed:
            raise KeyError(f"unknown placeholder {head!r}")
        return fixed[head]()

    def _mrz(self, cc: str) -> list[Seg]:
        """Two TD3 MRZ lines: names, passport number and birth date labeled."""
        rng = self.rng
        p = self.person("p1")
        iso3 = TPL.ISO3.get(cc, "UTO")
        sur = re.sub(r"[^A-Z]+", "<", ascii_fold(p.short_sur()).upper()).strip("<")
        giv = re.sub(r"[^A-Z]+", "<", ascii_fold(p.given).upper()).strip("<")
        number = self.once("v:pp", lambda: _passport(rng, cc)).replace(" ", "")[:9]
        num9 = number.ljust(9, "<")
        dob = p.dob.strftime("%y%m%d")
        exp = (date(2026, 1, 1) + timedelta(days=rng.randrange(0, 3000))).strftime("%y%m%d")
        opt = "<" * 14
        segs: list[Seg] = [(None, f"P<{iso3}")]
        for sep, name in (("", sur), ("<<", giv)):
            segs.append((None, sep))
            for i, part in enumerate(name.split("<")):
                if i:
                    segs.append((None, "<"))
                segs.append(("PERSON", part))
        used = 5 + len(sur) + 2 + len(giv)
        segs.append((None, "<" * max(1, 44 - used) + "\n"))
        segs.append(("PASSPORT", number))
        tail = num9[len(number) :] + mrz_digit(num9) + iso3
        segs.append((None, tail))
        segs.append(("DATE_OF_BIRTH", dob))
        rest = mrz_digit(dob) + ("F" if p.female else "M") + exp + mrz_digit(exp)
        rest += opt + mrz_digit(opt)
        composite = num9 + mrz_digit(num9) + dob + mrz_digit(dob) + exp + mrz_digit(exp)
        composite += opt + mrz_digit(opt)
        segs.append((None, rest + mrz_digit(composite)))
        return [sg for sg in segs if sg[1]]


def _tracking16(rng: random.Random) -> str:
    """A 16-digit number that fails Luhn (a parcel/reference look-alike)."""
    while True:
        v = _s(rng, 16)
        if not luhn_ok(v):
            return v


def _noise(rng: random.Random, lit: str) -> str:
    """OCR-style damage to literal text (never to values)."""
    out = []
    for ch in lit:
        r = rng.random()
        if ch == " " and r < 0.12:
            out.append("  ")
        elif ch == ":" and r < 0.25:
            out.append(" :")
        elif ch == "l" and r < 0.04:
            out.append("1")
        else:
            out.append(ch)
    return "".join(out)


def render(tpl: dict, rng: random.Random) -> Sample:
    ctx = Ctx(rng, tpl)
    text = tpl["text"].strip("\n")
    parts: list[str] = []
    spans: list[tuple[str, int, int]] = []
    cur, pos = 0, 0

    def add(cat: str | None, s: str) -> None:
        nonlocal cur
        if cat:
            assert s and s == s.strip(), (tpl["id"], s)
            spans.append((cat, cur, cur + len(s)))
        parts.append(s)
        cur += len(s)

    for m in PLACEHOLDER.finditer(text):
        lit = text[pos : m.start()]
        add(None, _noise(rng, lit) if tpl.get("ocr") else lit)
        for cat, s in ctx.resolve(m.group(1)):
            add(cat, s)
        pos = m.end()
    lit = text[pos:]
    add(None, _noise(rng, lit) if tpl.get("ocr") else lit)
    body = "".join(parts)
    # optional request framing ("Summarize this: ...")
    wraps = TPL.WRAPS.get((tpl["lang"], tpl.get("wrap", "")))
    if wraps and rng.random() < 0.4:
        pre, post = rng.choice(wraps)
        fence = tpl.get("fence")
        if fence is not None and "{fence}" in pre:
            pre = pre.replace("{fence}", fence)
            post = "\n```" + post
        else:
            pre = pre.replace("{fence}", "")
        body = pre + body + post
        spans = [(c, s + len(pre), e + len(pre)) for c, s, e in spans]
    return Sample(body, spans)


def check(sample: Sample, values: list[str] | None = None) -> None:
    prev_end = 0
    for i, (cat, s, e) in enumerate(sample.spans):
        assert cat in CATEGORIES, cat
        assert 0 <= s < e <= len(sample.text)
        assert s >= prev_end, "spans overlap or unsorted"
        v = sample.text[s:e]
        assert v == v.strip()
        if values is not None:
            assert v == values[i]
        if cat == "CREDIT_CARD":
            assert luhn_ok(v), v
        elif cat == "IBAN":
            assert iban_ok(v), v
        elif cat == "CRYPTO":
            assert (
                eip55_ok(v)
                if v.startswith("0x")
                else (bech32_ok(v) if v.startswith("bc1") else b58check_ok(v))
            ), v
        prev_end = e


def dev5_set(scale: float = 1.0, seed: int = 6262) -> list[Sample]:
    """About 1200 labeled texts at scale 1.0 (20% clean, 25% not English); deterministic."""
    rng = random.Random(seed)
    n = max(5, round(1200 * scale))
    n_clean = round(n * 0.2)
    n_clean_x = round(n_clean * 0.22)
    n_x = round(n * 0.25) - n_clean_x
    buckets = {
        (True, False): n_clean - n_clean_x,
        (True, True): n_clean_x,
        (False, True): n_x,
        (False, False): n - n_clean - n_x,
    }
    templates = TPL.templates()
    out: list[tuple[dict, Sample]] = []
    for (clean, foreign), count in buckets.items():
        pool = [
            t
            for t in templates
            if (t["kind"] == "clean") == clean and (t["lang"] != "en") == foreign
        ]
        order: list[dict] = []
        for i in range(count):
            if i % len(pool) == 0:
                order = pool[:]
                rng.shuffle(order)
            t = order[i % len(pool)]
            sub = random.Random(rng.randrange(2**63))
            for _ in range(20):
                sample = render(t, sub)
                if clean or sample.spans:
                    break
            out.append((t, sample))
    rng.shuffle(out)
    samples = []
    counts = {
        "texts": len(out),
        "kind": Counter(),
        "lang": Counter(),
        "domain": Counter(),
        "labels": Counter(),
    }
    for t, s in out:
        check(s)
        if t["kind"] == "clean":
            assert not s.spans, t["id"]
        else:
            assert s.spans, t["id"]
        counts["kind"][t["kind"]] += 1
        counts["lang"][t["lang"]] += 1
        counts["domain"][t["domain"]] += 1
        for cat, _, _ in s.spans:
            counts["labels"][cat] += 1
        samples.append(s)
    counts["templates"] = len(templates)
    counts = {
        k: dict(sorted(v.items())) if isinstance(v, Counter) else v for k, v in counts.items()
    }
    dev5_set.last_counts = counts
    return samples


dev5_set.last_counts = {}
