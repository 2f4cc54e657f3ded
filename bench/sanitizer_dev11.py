"""Dev set 11: identifiers that are not names, in the shapes real LLM API logs carry.

An independent, labeled evaluation set for the PII sanitizer. It was written blind: the author
did not read the sanitizer's rules, its tests or earlier dev sets (only the ``Sample`` class of
``bench.sanitizer_data``), and never ran the sanitizer on it. Every sentence shape in
``bench.sanitizer_dev11_templates`` was written by hand for this set (chat messages, pasted forms,
CSV/TSV rows, JSON/YAML/.env/INI configs, shell sessions, logs, OCR-ish ID scans with MRZ lines,
tickets, letters and translation requests in 30+ languages and 13 scripts).

The theme is the identifiers that are not names: driving licences (US states, UK DVLA, Canada,
Australia, India, EU, Brazil, Mexico, Japan, Korea), passports (20+ countries, MRZ with correct
check digits), dates of birth in every format and era, secrets (passwords, PINs, API keys and
tokens of real shapes, connection strings, PEM bodies, .env values) and postal addresses in their
own national formats and scripts; plus the people they belong to and a spread of contact and
financial identifiers generated with valid checksums (Luhn, IBAN mod-97, base58check, bech32,
EIP-55, SSN/ITIN ranges, Spanish DNI letter, Brazilian CNH digits).

Values are produced here with ``random.Random(seed)`` (no Faker, no network) and spans are
recorded by position while the text is assembled, never by searching the finished text.

Labeling conventions:

* ADDRESS is one span covering street line, number, unit, postcode, city and region (it may span
  several lines of a letter or label). A country name at the end is never inside the span.
* In a passport MRZ the surname field and the given-names field of line 1 are two PERSON spans;
  the document number in line 2 is a PASSPORT span (without the ``<`` filler). The MRZ birth and
  expiry fields are left unlabeled; the printed birth date of the visual zone is labeled.
* PINs, door/gate/alarm codes: only the code itself is a SECRET (not the cue, not a trailing
  ``#``). Passwords: only the password. Connection strings and basic-auth: only the password or
  the base64 credential. PEM blocks: only the base64 body. .env/INI: only the values of
  secret-looking keys.
* PERSON spans exclude honorifics and suffixes such as Mr./Dr./様/님/さん.
* Dates that are not birth dates (meetings, invoices, expiry/issue dates, log timestamps) and
  look-alikes (order/invoice/tracking numbers, SKUs, ticket ids, versions, hashes, UUIDs, ports,
  product names, placeholders) are deliberately left unlabeled.
"""

from __future__ import annotations

import base64
import datetime as _dt
import hashlib
import json
import random
import re
import string
import unicodedata
from collections.abc import Callable

from bench import sanitizer_dev11_templates as T
from bench.sanitizer_data import Sample

Seg = tuple[str, str | None]

N_BASE = 1200
DIG = string.digits
UP = string.ascii_uppercase
LOW = string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
UPNUM = UP + DIG
HEX = "0123456789abcdef"

# --------------------------------------------------------------------------- checksums


def _rol(a: int, n: int) -> int:
    n %= 64
    return ((a >> (64 - n)) | (a << n)) & 0xFFFFFFFFFFFFFFFF if n else a


def _keccak_f(lanes: list[list[int]]) -> list[list[int]]:
    r = 1
    for _ in range(24):
        c = [lanes[x][0] ^ lanes[x][1] ^ lanes[x][2] ^ lanes[x][3] ^ lanes[x][4] for x in range(5)]
        d = [c[(x + 4) % 5] ^ _rol(c[(x + 1) % 5], 1) for x in range(5)]
        lanes = [[lanes[x][y] ^ d[x] for y in range(5)] for x in range(5)]
        x, y = 1, 0
        cur = lanes[x][y]
        for t in range(24):
            x, y = y, (2 * x + 3 * y) % 5
            cur, lanes[x][y] = lanes[x][y], _rol(cur, (t + 1) * (t + 2) // 2)
        for y in range(5):
            row = [lanes[x][y] for x in range(5)]
            for x in range(5):
                lanes[x][y] = row[x] ^ ((~row[(x + 1) % 5]) & row[(x + 2) % 5])
        for j in range(7):
            r = ((r << 1) ^ ((r >> 7) * 0x71)) % 256
            if r & 2:
                lanes[0][0] ^= 1 << ((1 << j) - 1)
    return lanes


def _keccak256(data: bytes) -> bytes:
    """Keccak-256 (the Ethereum one, not SHA3-256), pure Python."""
    rate = 136
    msg = bytearray(data) + b"\x01"
    while len(msg) % rate:
        msg += b"\x00"
    msg[-1] |= 0x80
    lanes = [[0] * 5 for _ in range(5)]
    for off in range(0, len(msg), rate):
        block = msg[off : off + rate]
        for i in range(rate // 8):
            lanes[i % 5][i // 5] ^= int.from_bytes(block[8 * i : 8 * i + 8], "little")
        lanes = _keccak_f(lanes)
    return b"".join(lanes[i % 5][i // 5].to_bytes(8, "little") for i in range(4))


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def _luhn_ok(num: str) -> bool:
    return _luhn_digit(num[:-1]) == num[-1]


def _iban_num(s: str) -> int:
    return int("".join(str(int(ch, 36)) for ch in s))


def _iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def _mrz_check(s: str) -> str:
    total = 0
    for i, ch in enumerate(s):
        if ch.isdigit():
            v = int(ch)
        elif ch.isalpha():
            v = ord(ch) - 55
        else:
            v = 0
        total += v * (7, 3, 1)[i % 3]
    return str(total % 10)


_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def _b58check(payload: bytes) -> str:
    raw = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(raw, "big")
    out = ""
    while n:
        n, rem = divmod(n, 58)
        out = _B58[rem] + out
    pad = len(raw) - len(raw.lstrip(b"\x00"))
    return "1" * pad + out


def _b58decode_ok(addr: str) -> bool:
    n = 0
    for ch in addr:
        n = n * 58 + _B58.index(ch)
    raw = n.to_bytes(25, "big")
    return hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]


_BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _bech32_polymod(values: list[int]) -> int:
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def _hrp_expand(hrp: str) -> list[int]:
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def _segwit_addr(version: int, program: bytes) -> str:
    acc, bits, data = 0, 0, [version]
    for b in program:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    const = 1 if version == 0 else 0x2BC830A3
    pm = _bech32_polymod(_hrp_expand("bc") + data + [0] * 6) ^ const
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return "bc1" + "".join(_BECH[d] for d in data + chk)


def _bech_ok(addr: str) -> bool:
    data = [_BECH.index(c) for c in addr[3:]]
    const = 1 if data[0] == 0 else 0x2BC830A3
    return _bech32_polymod(_hrp_expand("bc") + data) == const


def _eip55(hex40: str) -> str:
    h = _keccak256(hex40.encode()).hex()
    return "0x" + "".join(
        c.upper() if c.isalpha() and int(h[i], 16) >= 8 else c for i, c in enumerate(hex40)
    )


def _cnh_digits(base: str) -> str:
    s = sum(int(base[i]) * (9 - i) for i in range(9))
    dv1, dsc = s % 11, 0
    if dv1 >= 10:
        dv1, dsc = 0, 2
    s2 = sum(int(base[i]) * (1 + i) for i in range(9))
    x = s2 % 11
    dv2 = 0 if x >= 10 else x - dsc
    if dv2 < 0:
        dv2 += 11
    if dv2 >= 10:
        dv2 = 0
    return f"{dv1}{dv2}"


def _ascii(s: str) -> str:
    s = s.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("ł", "l")
    s = s.replace("Ł", "L").replace("ı", "i").replace("đ", "d").replace("Đ", "D")
    s = s.replace("æ", "ae").replace("Æ", "AE").replace("œ", "oe")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


# --------------------------------------------------------------------------- context


class _Person:
    def __init__(self, rng: random.Random, culture: str):
        d = T.NAMES[culture]
        if "full" in d:
            nat, _, lat = rng.choice(d["full"]).partition("|")
            lat = lat or nat
            self.given_n, _, self.family_n = nat.partition(" ")
            self.given_l, _, self.family_l = lat.partition(" ")
        else:
            g, f = rng.choice(d["given"]), rng.choice(d["family"])
            self.given_n, _, self.given_l = g.partition("|")
            self.family_n, _, self.family_l = f.partition("|")
            self.given_l = self.given_l or self.given_n
            self.family_l = self.family_l or self.family_n
        self.native = self.given_n != self.given_l
        self.join = d.get("join", " ")
        self.order = d.get("order", "gf")
        lat_order = d.get("lat_order", "gf")
        if lat_order == "any":
            lat_order = rng.choice(["gf", "fg"])
        self.lat_order = lat_order
        self.culture = culture
        self.sex = rng.choice("MF")
        start = _dt.date(1941, 1, 1).toordinal()
        self.birth = _dt.date.fromordinal(rng.randint(start, _dt.date(2011, 12, 28).toordinal()))

    def full_l(self) -> str:
        if self.lat_order == "fg":
            return f"{self.family_l} {self.given_l}"
        return f"{self.given_l} {self.family_l}"

    def full_n(self) -> str:
        if not self.native:
            return self.full_l()
        if self.order == "fg":
            return f"{self.family_n}{self.join}{self.given_n}"
        return f"{self.given_n} {self.family_n}"


class _Ctx:
    def __init__(self, rng: random.Random, lang: str):
        self.rng = rng
        self.lang = lang
        self.persons: dict[int, _Person] = {}
        self.cache: dict[tuple[str, int], list[Seg]] = {}
        self.shared: dict[str, object] = {}
        self.decoy = False

    @property
    def native(self) -> bool:
        return self.lang in T.NATIVE_LANGS

    def person(self, idx: int) -> _Person:
        if idx not in self.persons:
            cultures = T.LANG_CULTURES.get(self.lang)
            if cultures:
                culture = self.rng.choice(cultures)
            else:
                pool = list(T.NAMES)
                culture = self.rng.choice(["anglo", "anglo", "anglo", *pool])
            self.persons[idx] = _Person(self.rng, culture)
        return self.persons[idx]


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(DIG) for _ in range(n))


def _c(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _nz(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + _d(rng, n - 1)


# --------------------------------------------------------------------------- persons


def _p_name(ctx: _Ctx, p: _Person) -> str:
    return p.full_n() if ctx.native else p.full_l()


def _email_local(rng: random.Random, p: _Person) -> str:
    g = re.sub(r"[^a-z]", "", _ascii(p.given_l).lower()) or "user"
    f = re.sub(r"[^a-z]", "", _ascii(p.family_l).lower()) or "mail"
    shapes = [
        f"{g}.{f}",
        f"{g[0]}{f}",
        f"{g}{f}{rng.randint(1, 99)}",
        f"{f}.{g}",
        f"{g}_{f}",
        f"{g}.{f}{p.birth.year % 100:02d}",
        f"{f}{g[0]}",
    ]
    return rng.choice(shapes)


def _email_for(ctx: _Ctx, p: _Person) -> str:
    doms = T.EMAIL_DOMAINS.get(ctx.lang, []) + T.EMAIL_DOMAINS["any"]
    return f"{_email_local(ctx.rng, p)}@{ctx.rng.choice(doms)}"


PERSON_KINDS: dict[str, Callable[[_Ctx, _Person], list[Seg]]] = {
    "name": lambda c, p: [(_p_name(c, p), "PERSON")],
    "name_l": lambda c, p: [(p.full_l(), "PERSON")],
    "name_n": lambda c, p: [(p.full_n(), "PERSON")],
    "given": lambda c, p: [(p.given_n if c.native else p.given_l, "PERSON")],
    "given_l": lambda c, p: [(p.given_l, "PERSON")],
    "family": lambda c, p: [(p.family_n if c.native else p.family_l, "PERSON")],
    "family_l": lambda c, p: [(p.family_l, "PERSON")],
    "name_lf": lambda c, p: [(f"{p.family_l}, {p.given_l}", "PERSON")],
    "name_up": lambda c, p: [(f"{p.family_l.upper()} {p.given_l.upper()}", "PERSON")],
    "name_fi": lambda c, p: [(f"{p.given_l[0]}. {p.family_l}", "PERSON")],
    "family_up": lambda c, p: [(p.family_l.upper(), "PERSON")],
    "given_up": lambda c, p: [(p.given_l.upper(), "PERSON")],
    "given_low": lambda c, p: [(p.given_l.lower(), "PERSON")],
    "email_p": lambda c, p: [(_email_for(c, p), "EMAIL")],
    "mrz": lambda c, p: _mrz(c, p),
    "dl_uk": lambda c, p: [(_dl_uk(c.rng, p), "DRIVER_LICENSE")],
    "sex": lambda c, p: [(p.sex, None)],
}

# --------------------------------------------------------------------------- dates


def _ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def _jera(d: _dt.date) -> str:
    for start, name in ((2019, "令和"), (1989, "平成"), (1926, "昭和")):
        if d.year >= start:
            y = d.year - start + 1
            return f"{name}{'元' if y == 1 else y}年{d.month}月{d.day}日"
    return f"{d.year}年{d.month}月{d.day}日"


def _fmt_date(rng: random.Random, d: _dt.date, style: str) -> str:
    y, m, dd = d.year, d.month, d.day
    mon = T.MONTHS["en"][m - 1]
    if style == "iso":
        return f"{y}-{m:02d}-{dd:02d}"
    if style == "us":
        return rng.choice([f"{m:02d}/{dd:02d}/{y}", f"{m}/{dd}/{y}"])
    if style == "us2":
        return f"{m:02d}/{dd:02d}/{y % 100:02d}"
    if style == "eu":
        return f"{dd:02d}/{m:02d}/{y}"
    if style == "dash":
        return f"{dd:02d}-{m:02d}-{y}"
    if style == "dot":
        return f"{dd:02d}.{m:02d}.{y}"
    if style == "dot1":
        return f"{dd}.{m}.{y}"
    if style == "dot2":
        return f"{dd:02d}.{m:02d}.{y % 100:02d}"
    if style == "ymd2":
        return f"{y % 100:02d}/{m:02d}/{dd:02d}"
    if style == "ymds":
        return f"{y}/{m:02d}/{dd:02d}"
    if style == "ymdd":
        return f"{y}.{m:02d}.{dd:02d}"
    if style == "compact":
        return f"{y}{m:02d}{dd:02d}"
    if style == "long":
        return rng.choice(
            [f"{mon} {_ordinal(dd)} {y}", f"{mon} {dd}, {y}", f"{mon} {_ordinal(dd)}, {y}"]
        )
    if style == "dmy":
        return rng.choice([f"{dd} {mon} {y}", f"{_ordinal(dd)} {mon} {y}"])
    if style == "short":
        return rng.choice([f"{dd} {mon[:3]} {y % 100:02d}", f"{mon[:3]} {dd} '{y % 100:02d}"])
    if style == "ocr":
        return rng.choice([f"{dd:02d} {mon[:3].upper()} {y}", f"{dd:02d}-{mon[:3].upper()}-{y}"])
    if style == "jera":
        return _jera(d)
    if style == "be":
        return f"{dd} {T.MONTHS['th'][m - 1]} {y + 543}"
    if style == "be_num":
        return f"{dd:02d}/{m:02d}/{y + 543}"
    if style == "hijri":
        hm = rng.randint(1, 12)
        hy = int((y - 622) * 33 / 32) + rng.choice([0, 1])
        return f"{rng.randint(1, 29)} {T.MONTHS['hijri'][hm - 1]} {hy} هـ"
    if style == "hijri_num":
        hy = int((y - 622) * 33 / 32)
        return f"{hy}/{rng.randint(1, 12):02d}/{rng.randint(1, 29):02d}هـ"
    if style == "vi":
        return f"ngày {dd} tháng {m} năm {y}"
    if style in ("ja", "zh"):
        return f"{y}年{m}月{dd}日"
    if style == "ko":
        return f"{y}년 {m}월 {dd}일"
    if style == "hu":
        return f"{y}. {T.MONTHS['hu'][m - 1]} {dd}."
    if style == "de":
        return f"{dd}. {T.MONTHS['de'][m - 1]} {y}"
    if style == "cs":
        return f"{dd}. {T.MONTHS['cs'][m - 1]} {y}"
    if style in ("da", "no", "fi"):
        return f"{dd}. {T.MONTHS[style][m - 1]} {y}"
    if style in ("es", "pt"):
        return f"{dd} de {T.MONTHS[style][m - 1]} de {y}"
    if style == "ru":
        return f"{dd} {T.MONTHS['ru'][m - 1]} {y} г."
    if style == "uk":
        return f"{dd} {T.MONTHS['uk'][m - 1]} {y} р."
    if style == "tl":
        return f"{T.MONTHS['tl'][m - 1]} {dd}, {y}"
    if style in T.MONTHS:
        return f"{dd} {T.MONTHS[style][m - 1]} {y}"
    raise ValueError(style)


def _lang_date_style(ctx: _Ctx) -> str:
    return ctx.rng.choice(T.LANG_DATE_STYLES.get(ctx.lang, T.LANG_DATE_STYLES["en"]))


def _dob(style: str | None) -> Callable[[_Ctx, _Person], list[Seg]]:
    def f(ctx: _Ctx, p: _Person) -> list[Seg]:
        st = style or _lang_date_style(ctx)
        return [(_fmt_date(ctx.rng, p.birth, st), "DATE_OF_BIRTH")]

    return f


DOB_STYLES = [
    "iso", "us", "us2", "eu", "dash", "dot", "dot1", "dot2", "ymd2", "ymds", "ymdd", "compact",
    "long", "dmy", "short", "ocr", "jera", "be", "be_num", "hijri", "hijri_num", "vi", "ja", "ko",
    "de", "fr", "es", "pt", "it", "nl", "pl", "ru", "uk", "tr", "el", "he", "ar", "hi", "id", "sv",
    "zh",
    "hu", "cs", "da", "no", "fi", "ro", "tl", "sw", "ka", "th",
]  # fmt: skip
PERSON_KINDS["dob"] = _dob(None)
for _st in DOB_STYLES:
    PERSON_KINDS[f"dob_{_st}"] = _dob(_st)


def _rand_date(rng: random.Random, y0: int = 2016, y1: int = 2026) -> _dt.date:
    a, b = _dt.date(y0, 1, 1).toordinal(), _dt.date(y1, 12, 28).toordinal()
    return _dt.date.fromordinal(rng.randint(a, b))


def _date(style: str | None, y0: int = 2016, y1: int = 2026) -> Callable[[_Ctx], list[Seg]]:
    def f(ctx: _Ctx) -> list[Seg]:
        ctx.decoy = True
        st = style or _lang_date_style(ctx)
        return [(_fmt_date(ctx.rng, _rand_date(ctx.rng, y0, y1), st), None)]

    return f


# --------------------------------------------------------------------------- licences


def _dl_uk(rng: random.Random, p: _Person) -> str:
    fam = re.sub(r"[^A-Z]", "", _ascii(p.family_l).upper())
    fam = (fam[:5] + "99999")[:5]
    b = p.birth
    month = b.month + (50 if p.sex == "F" else 0)
    ini = re.sub(r"[^A-Z]", "", _ascii(p.given_l).upper())[:1] + rng.choice(UP + "9")
    return f"{fam}{(b.year // 10) % 10}{month:02d}{b.day:02d}{b.year % 10}{ini}9{_c(rng, UP, 2)}"


def _dl_in(rng: random.Random) -> str:
    st = rng.choice(["MH", "DL", "KA", "TN", "UP", "GJ", "RJ", "WB", "KL", "AP", "TS", "HR"])
    rto, yr = f"{rng.randint(1, 50):02d}", str(rng.randint(1998, 2023))
    if rng.random() < 0.4:
        return f"{st}-{rto}{yr}{_d(rng, 7)}"
    return rng.choice([f"{st}{rto} {yr}{_d(rng, 7)}", f"{st}{rto}{yr}{_d(rng, 7)}"])


def _dl_br(rng: random.Random) -> str:
    base = _nz(rng, 9)
    return base + _cnh_digits(base)


def _dni(rng: random.Random) -> str:
    n = rng.randint(10000000, 99999999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def _dl_kr(rng: random.Random) -> str:
    return f"{rng.randint(11, 28)}-{_d(rng, 2)}-{_d(rng, 6)}-{_d(rng, 2)}"


def _dl_jp(rng: random.Random) -> str:
    return f"{rng.choice(['30', '44', '46', '50', '62', '11'])}{_d(rng, 10)}"


DL_GEN: dict[str, Callable[[random.Random], str]] = {
    "ca": lambda r: r.choice(UP) + _d(r, 7),
    "ny": lambda r: r.choice(
        [f"{_d(r, 3)} {_d(r, 3)} {_d(r, 3)}", _nz(r, 9), f"{_d(r, 3)}-{_d(r, 3)}-{_d(r, 3)}"]
    ),
    "fl": lambda r: f"{r.choice(UP)}{_d(r, 3)}-{_d(r, 3)}-{_d(r, 2)}-{_d(r, 3)}-{r.randint(0, 9)}",
    "il": lambda r: f"{r.choice(UP)}{_d(r, 3)}-{_d(r, 4)}-{_d(r, 4)}",
    "wa": lambda r: "WDL" + _c(r, UPNUM, 9),
    "tx": lambda r: r.choice(["0", "1", "2", "3", "4"]) + _d(r, 7),
    "pa": lambda r: r.choice([f"{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}", _nz(r, 8)]),
    "nj": lambda r: r.choice(
        [f"{r.choice(UP)}{_d(r, 4)} {_d(r, 5)} {_d(r, 5)}", r.choice(UP) + _d(r, 14)]
    ),
    "mi": lambda r: r.choice(
        [f"{r.choice(UP)} {_d(r, 3)} {_d(r, 3)} {_d(r, 3)} {_d(r, 3)}", r.choice(UP) + _d(r, 12)]
    ),
    "oh": lambda r: _c(r, UP, 2) + _d(r, 6),
    "ga": lambda r: _nz(r, 9),
    "az": lambda r: r.choice(UP[:4] + "D") + _d(r, 8),
    "ma": lambda r: "S" + _d(r, 8),
    "co": lambda r: f"{_d(r, 2)}-{_d(r, 3)}-{_d(r, 4)}",
    "on": lambda r: f"{r.choice(UP)}{_d(r, 4)}-{_d(r, 5)}-{_d(r, 5)}",
    "qc": lambda r: f"{r.choice(UP)}{_d(r, 4)}-{_d(r, 6)}-{_d(r, 2)}",
    "bc": lambda r: _nz(r, 7),
    "ab": lambda r: f"{_d(r, 6)}-{_d(r, 3)}",
    "nsw": lambda r: _nz(r, 8),
    "vic": lambda r: _nz(r, 9),
    "qld": lambda r: _nz(r, 9),
    "aucard": lambda r: r.choice([_nz(r, 10), r.choice(UP) + _d(r, 7)]),
    "in": _dl_in,
    "de": lambda r: (
        r.choice(UP + "0123456789") + _d(r, 2) + _c(r, UPNUM, 6) + r.choice(DIG) + r.choice("123")
    ),
    "fr": lambda r: f"{_d(r, 2)}{r.randint(1, 12):02d}{_d(r, 8)}",
    "it": lambda r: r.choice(
        [
            f"U1{r.choice(UP)}{_d(r, 6)}{r.choice(UP)}",
            f"{r.choice(T.IT_PROV)}{_d(r, 7)}{r.choice(UP)}",
        ]
    ),
    "es": _dni,
    "pl": lambda r: f"{_d(r, 5)}/{_d(r, 2)}/{_d(r, 4)}",
    "nl": lambda r: _nz(r, 10),
    "ie": lambda r: r.choice([_nz(r, 9), f"{_d(r, 3)}{_d(r, 3)}{_d(r, 3)}"]),
    "br": _dl_br,
    "mx": lambda r: r.choice([r.choice(UP) + _d(r, 8), _c(r, UP, 2) + _d(r, 9)]),
    "jp": _dl_jp,
    "kr": _dl_kr,
    "ru": lambda r: f"{_d(r, 2)} {_d(r, 2)} {_d(r, 6)}",
    "za": lambda r: f"{_d(r, 4)}{_d(r, 4)}{_c(r, UP, 2)}{_d(r, 2)}",
    "nz": lambda r: _c(r, UP, 2) + _d(r, 6),
    "cz": lambda r: f"E{r.choice('ABCDEFGH')} {_d(r, 6)}",
}

US_STATES = ["CA", "NY", "FL", "IL", "WA", "TX", "PA", "NJ", "MI", "OH", "GA", "AZ", "MA", "CO"]


def _dlst(ctx: _Ctx) -> list[Seg]:
    st = ctx.rng.choice(US_STATES)
    return [
        (st, None),
        (ctx.rng.choice([" ", " - ", " / ", " #"]), None),
        (DL_GEN[st.lower()](ctx.rng), "DRIVER_LICENSE"),
    ]


# --------------------------------------------------------------------------- passports

PP_GEN: dict[str, Callable[[random.Random], str]] = {
    "us": lambda r: r.choice([_nz(r, 9), r.choice("ACEFGHJKLMNPRX") + _d(r, 8)]),
    "uk": lambda r: r.choice("1234565") + _d(r, 8),
    "de": lambda r: r.choice("CFGHJK") + _c(r, "CFGHJKLMNPRTVWXYZ0123456789", 8),
    "fr": lambda r: _d(r, 2) + _c(r, UP, 2) + _d(r, 5),
    "in": lambda r: r.choice("JKLMNPRSTUVWZ") + _nz(r, 7),
    "cn": lambda r: r.choice(
        ["E" + _d(r, 8), "E" + r.choice("ABCDEFGH") + _d(r, 7), "G" + _d(r, 8)]
    ),
    "jp": lambda r: r.choice(["TK", "TR", "TZ", "MU", "TS", "RE"]) + _d(r, 7),
    "kr": lambda r: r.choice(["M" + _d(r, 8), f"M{_d(r, 3)}{r.choice(UP)}{_d(r, 4)}"]),
    "br": lambda r: r.choice(["FT", "GA", "YB", "FZ", "GB"]) + _d(r, 6),
    "ru": lambda r: f"{r.choice(['72', '75', '76', '65', '53'])} {_d(r, 7)}",
    "ng": lambda r: r.choice("AB") + _d(r, 8),
    "mx": lambda r: r.choice("GNE") + _d(r, 8),
    "ca": lambda r: _c(r, UP, 2) + _d(r, 6),
    "au": lambda r: r.choice(["PA", "PB", "PE", "N", "RA"]) + _d(r, 7),
    "it": lambda r: r.choice(["YA", "YB", "YC", "AA"]) + _d(r, 7),
    "es": lambda r: r.choice(["PAB", "PAC", "PAD", "PAA", "XDA"]) + _d(r, 6),
    "tr": lambda r: "U" + _d(r, 8),
    "nl": lambda r: (
        _c(r, "BCDFGHJKLNPRSTVWXYZ", 2) + _c(r, "BCDFGHJKLNPRSTVWXYZ0123456789", 6) + r.choice(DIG)
    ),
    "pl": lambda r: _c(r, UP, 2) + _d(r, 7),
    "ua": lambda r: r.choice(["FA", "FB", "FC", "EK", "GA"]) + _d(r, 6),
    "ph": lambda r: "P" + _d(r, 7) + r.choice(UP),
    "pk": lambda r: _c(r, UP, 2) + _d(r, 7),
    "il": lambda r: r.choice(["3", "2"]) + _d(r, 7),
    "se": lambda r: _d(r, 8),
    "ch": lambda r: r.choice("XS") + _d(r, 7),
    "eg": lambda r: "A" + _d(r, 8),
    "sa": lambda r: r.choice("ABRT") + _d(r, 7),
    "vn": lambda r: r.choice("BCN") + _d(r, 7),
    "id": lambda r: r.choice(["X", "A", "B", "C"]) + _d(r, 7),
    "th": lambda r: r.choice(["AA", "AB", "AC"]) + _d(r, 7),
    "gr": lambda r: _c(r, UP, 2) + _d(r, 7),
    "ie": lambda r: _c(r, UP, 2) + _d(r, 7),
    "za": lambda r: r.choice("AMT") + _d(r, 8),
    "ke": lambda r: r.choice(["AK", "BK", "CK"]) + _d(r, 7),
}
PP_ISO3 = {
    "us": "USA", "uk": "GBR", "de": "D", "fr": "FRA", "in": "IND", "cn": "CHN", "jp": "JPN",
    "kr": "KOR", "br": "BRA", "ng": "NGA", "mx": "MEX", "ca": "CAN", "au": "AUS", "it": "ITA",
    "es": "ESP", "tr": "TUR", "nl": "NLD", "pl": "POL", "ua": "UKR", "ph": "PHL", "pk": "PAK",
    "il": "ISR", "se": "SWE", "ch": "CHE", "ie": "IRL", "za": "ZAF", "ke": "KEN", "gr": "GRC",
}  # fmt: skip


def _mrz_state(ctx: _Ctx) -> dict[str, str]:
    st = ctx.shared.get("mrz")
    if st is None:
        rng = ctx.rng
        cc = T.LANG_PP.get(ctx.lang) or rng.choice(list(PP_ISO3))
        if cc not in PP_ISO3:
            cc = rng.choice(list(PP_ISO3))
        no = PP_GEN[cc](rng).replace(" ", "")
        exp = _rand_date(rng, 2026, 2034)
        iss = _dt.date(exp.year - 10, exp.month, min(exp.day, 28))
        st = {
            "cc": cc,
            "iso": PP_ISO3[cc],
            "no": no,
            "exp": exp.isoformat(),
            "iss": iss.isoformat(),
        }
        ctx.shared["mrz"] = st
    return st  # type: ignore[return-value]


def _mrz_name(s: str) -> str:
    return re.sub(r"[^A-Z]+", "<", _ascii(s).upper()).strip("<")


def _mrz(ctx: _Ctx, p: _Person) -> list[Seg]:
    st = _mrz_state(ctx)
    iso = st["iso"].ljust(3, "<")
    fam, giv = _mrz_name(p.family_l), _mrz_name(p.given_l)
    head = f"P<{iso}"
    room = 44 - len(head) - len(fam) - 2
    giv = giv[: max(room, 1)]
    line1_tail = "<" * (44 - len(head) - len(fam) - 2 - len(giv))
    no = st["no"]
    no9 = no.ljust(9, "<")
    b = p.birth
    dob = f"{b.year % 100:02d}{b.month:02d}{b.day:02d}"
    e = _dt.date.fromisoformat(st["exp"])
    exp = f"{e.year % 100:02d}{e.month:02d}{e.day:02d}"
    pers = "<" * 14
    rest = f"{_mrz_check(no9)}{iso}{dob}{_mrz_check(dob)}{p.sex}{exp}{_mrz_check(exp)}{pers}<"
    line2 = no9 + rest
    comp = _mrz_check(line2[0:10] + line2[13:20] + line2[21:43])
    return [
        (head, None),
        (fam, "PERSON"),
        ("<<", None),
        (giv, "PERSON"),
        (line1_tail + "\n", None),
        (no, "PASSPORT"),
        (no9[len(no) :] + rest + comp, None),
    ]


def _ppm(ctx: _Ctx) -> list[Seg]:
    return [(_mrz_state(ctx)["no"], "PASSPORT")]


def _mrz_field(key: str, fmt: str) -> Callable[[_Ctx], list[Seg]]:
    def f(ctx: _Ctx) -> list[Seg]:
        st = _mrz_state(ctx)
        if key in ("exp", "iss"):
            return [(_fmt_date(ctx.rng, _dt.date.fromisoformat(st[key]), fmt), None)]
        return [(st[key], None)]

    return f


# --------------------------------------------------------------------------- contact & finance


def _fill_digits(rng: random.Random, fmt: str) -> str:
    return "".join(
        rng.choice(DIG) if ch == "#" else rng.choice(DIG[1:]) if ch == "N" else ch for ch in fmt
    )


def _phone(cc: str) -> Callable[[_Ctx], list[Seg]]:
    def f(ctx: _Ctx) -> list[Seg]:
        return [(_fill_digits(ctx.rng, ctx.rng.choice(T.PHONE_FORMATS[cc])), "PHONE")]

    return f


def _phone_lang(ctx: _Ctx) -> list[Seg]:
    cc = T.LANG_COUNTRY.get(ctx.lang)
    if cc not in T.PHONE_FORMATS:
        cc = ctx.rng.choice(list(T.PHONE_FORMATS))
    return _phone(cc)(ctx)


def _phone_intl(ctx: _Ctx) -> list[Seg]:
    cc = ctx.rng.choice(list(T.PHONE_FORMATS))
    fmts = [f for f in T.PHONE_FORMATS[cc] if f.startswith("+")] or T.PHONE_FORMATS[cc]
    fmt = ctx.rng.choice(fmts)
    return [(_fill_digits(ctx.rng, fmt), "PHONE")]


def _email_rand(ctx: _Ctx) -> list[Seg]:
    p = _Person(ctx.rng, ctx.rng.choice(list(T.NAMES)))
    return [(_email_for(ctx, p), "EMAIL")]


def _ssn(ctx: _Ctx) -> list[Seg]:
    r = ctx.rng
    area = r.choice([a for a in range(1, 900) if a != 666])
    g, s = r.randint(1, 99), r.randint(1, 9999)
    sep = r.choice(["-", "-", "-", " ", ""])
    return [(f"{area:03d}{sep}{g:02d}{sep}{s:04d}", "US_SSN")]


def _itin(ctx: _Ctx) -> list[Seg]:
    r = ctx.rng
    mid = r.choice([*range(50, 66), *range(70, 89), 90, 91, 92, *range(94, 100)])
    sep = r.choice(["-", "-", " "])
    return [(f"9{_d(r, 2)}{sep}{mid}{sep}{_d(r, 4)}", "US_ITIN")]


IBAN_SPEC = {
    "DE": "18n", "FR": "10n11c2n", "ES": "20n", "IT": "1a10n12c", "NL": "4b10n", "BE": "12n",
    "GB": "4b14n", "CH": "5n12c", "AT": "16n", "PL": "24n", "PT": "21n", "IE": "4b14n",
    "SE": "20n", "NO": "11n", "FI": "14n", "DK": "14n", "TR": "5n1z16c", "SA": "2n18c",
    "AE": "19n", "BR": "23n1a1c", "IL": "19n", "GR": "7n16c", "RO": "4b16c", "HU": "24n",
    "CZ": "20n", "LU": "3n13c", "HR": "17n", "LT": "16n", "EG": "25n", "UA": "6n19c",
}  # fmt: skip
BANK_CODES = {
    "GB": ["NWBK", "BARC", "HBUK", "LOYD", "MIDL", "MONZ"],
    "NL": ["ABNA", "INGB", "RABO", "TRIO", "BUNQ"],
    "IE": ["AIBK", "BOFI", "IPBS"], "RO": ["BTRL", "RNCB", "INGB", "BRDE"],
}  # fmt: skip


def _iban_make(rng: random.Random, cc: str) -> str:
    spec = IBAN_SPEC[cc]
    bban = ""
    for n, t in re.findall(r"(\d+)([nacbz])", spec):
        n = int(n)
        if t == "n":
            bban += _d(rng, n)
        elif t == "z":
            bban += "0" * n
        elif t == "a":
            bban += _c(rng, UP, n)
        elif t == "b":
            bban += rng.choice(BANK_CODES[cc])
        else:
            bban += "".join(
                rng.choice(UP) if rng.random() < 0.15 else rng.choice(DIG) for _ in range(n)
            )
    chk = 98 - _iban_num(bban + cc + "00") % 97
    return f"{cc}{chk:02d}{bban}"


def _iban(cc: str | None, grouped: bool | None = None) -> Callable[[_Ctx], list[Seg]]:
    def f(ctx: _Ctx) -> list[Seg]:
        c = cc or T.LANG_IBAN.get(ctx.lang) or ctx.rng.choice(list(IBAN_SPEC))
        s = _iban_make(ctx.rng, c)
        g = ctx.rng.random() < 0.55 if grouped is None else grouped
        if g:
            s = " ".join(s[i : i + 4] for i in range(0, len(s), 4))
        return [(s, "IBAN")]

    return f


CARD_BRANDS = [
    (["4"], 16), (["51", "52", "53", "54", "55", "2221", "2530", "2720"], 16), (["34", "37"], 15),
    (["6011", "65", "644"], 16), (["3528", "3530", "3566", "3589"], 16), (["36", "38"], 14),
    (["62"], 16), (["4"], 13),
]  # fmt: skip


def _cc(ctx: _Ctx) -> list[Seg]:
    r = ctx.rng
    prefixes, n = r.choice(CARD_BRANDS)
    body = r.choice(prefixes)
    body += _d(r, n - 1 - len(body))
    num = body + _luhn_digit(body)
    style = r.random()
    if n == 15 and style < 0.7:
        num = f"{num[:4]} {num[4:10]} {num[10:]}"
    elif n == 16 and style < 0.5:
        num = " ".join(num[i : i + 4] for i in range(0, 16, 4))
    elif n == 16 and style < 0.65:
        num = "-".join(num[i : i + 4] for i in range(0, 16, 4))
    return [(num, "CREDIT_CARD")]


def _ipv4(private: bool) -> Callable[[_Ctx], list[Seg]]:
    def f(ctx: _Ctx) -> list[Seg]:
        r = ctx.rng
        if private:
            ip = r.choice(
                [
                    f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}",
                    f"192.168.{r.randint(0, 255)}.{r.randint(2, 254)}",
                    f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 254)}",
                ]
            )
        else:
            first = r.choice([a for a in range(1, 224) if a not in (10, 127, 172, 192, 100, 169)])
            ip = f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        return [(ip, "IP")]

    return f


def _ipv6(ctx: _Ctx) -> list[Seg]:
    r = ctx.rng
    groups = [f"{r.randint(0, 0xFFFF):x}" for _ in range(8)]
    groups[0] = r.choice(["2001", "2a02", "2600", "2a01", "2804", "240e", "fd12", "fe80"])
    if groups[0] == "2001":
        groups[1] = r.choice(["db8", "4860", "67c", "41d0", "1620"])
    style = r.random()
    if groups[0] == "fe80":
        ip = "fe80::" + ":".join(groups[4:])
    elif style < 0.5:
        ip = ":".join(groups[:4]) + "::" + ":".join(groups[6:])
    elif style < 0.75:
        ip = ":".join(groups)
    else:
        ip = ":".join(groups[:3]) + "::" + groups[7]
    return [(ip, "IP")]


def _mac(ctx: _Ctx) -> list[Seg]:
    r = ctx.rng
    b = [r.randint(0, 255) for _ in range(6)]
    b[0] &= 0xFE
    style = r.random()
    if style < 0.45:
        s = ":".join(f"{x:02x}" for x in b)
    elif style < 0.7:
        s = "-".join(f"{x:02X}" for x in b)
    elif style < 0.85:
        s = ":".join(f"{x:02X}" for x in b)
    else:
        h = "".join(f"{x:02x}" for x in b)
        s = f"{h[0:4]}.{h[4:8]}.{h[8:12]}"
    return [(s, "MAC")]


def _btc(ctx: _Ctx) -> list[Seg]:
    r = ctx.rng
    k = r.random()
    if k < 0.35:
        a = _b58check(bytes([0]) + r.randbytes(20))
    elif k < 0.55:
        a = _b58check(bytes([5]) + r.randbytes(20))
    elif k < 0.85:
        a = _segwit_addr(0, r.randbytes(20))
    else:
        a = _segwit_addr(1, r.randbytes(32))
    return [(a, "CRYPTO")]


def _eth(ctx: _Ctx) -> list[Seg]:
    return [(_eip55(ctx.rng.randbytes(20).hex()), "CRYPTO")]


# --------------------------------------------------------------------------- secrets


def _pw(ctx: _Ctx) -> str:
    r = ctx.rng
    k = r.random()
    w = r.choice(T.PW_WORDS)
    if k < 0.3:
        return f"{w.capitalize()}{r.choice(['2019', '2023', '2024', '2025', '123', '99', '!'])}" + (
            r.choice(["!", "!!", "#", "$", "", "?"])
        )
    if k < 0.45:
        w2 = r.choice(T.PW_WORDS)
        return f"{w}{r.choice(['-', '_', '.'])}{w2}{r.choice(['-', '_', ''])}{r.randint(1, 999)}"
    if k < 0.6:
        leet = w.replace("a", "@").replace("o", "0").replace("e", "3").replace("i", "1")
        return leet.capitalize() + r.choice(["!", "#7", "$$", "%1", "&9"])
    if k < 0.75:
        return _c(r, ALNUM + "!#$%&*+-=?@^_", r.randint(12, 20))
    if k < 0.85:
        return f"{w}{r.randint(1960, 2012)}"
    return r.choice(T.PW_HUMAN)


def _secret(fn: Callable[[random.Random], str]) -> Callable[[_Ctx], list[Seg]]:
    return lambda ctx: [(fn(ctx.rng), "SECRET")]


B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"


def _jwt(r: random.Random) -> str:
    def enc(obj: object) -> str:
        raw = json.dumps(obj, separators=(",", ":")).encode()
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")

    hdr = {"alg": r.choice(["HS256", "RS256", "ES256"]), "typ": "JWT"}
    iat = r.randint(1_700_000_000, 1_760_000_000)
    body = {"sub": _c(r, LOW + DIG, 12), "iat": iat, "exp": iat + r.choice([900, 3600, 86400])}
    if r.random() < 0.5:
        body["scope"] = r.choice(["read write", "admin", "openid profile email"])
    sig = base64.urlsafe_b64encode(r.randbytes(r.choice([32, 64]))).decode().rstrip("=")
    return f"{enc(hdr)}.{enc(body)}.{sig}"


def _pem(ctx: _Ctx) -> list[Seg]:
    r = ctx.rng
    kind = r.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    raw = base64.b64encode(r.randbytes(r.choice([180, 240, 300]))).decode()
    body = "\n".join(raw[i : i + 64] for i in range(0, len(raw), 64))
    return [
        (f"-----BEGIN {kind}-----\n", None),
        (body, "SECRET"),
        (f"\n-----END {kind}-----", None),
    ]


def _dburl(ctx: _Ctx) -> list[Seg]:
    r = ctx.rng
    scheme, port = r.choice(
        [("postgres", 5432), ("postgresql", 5432), ("mysql", 3306), ("mongodb+srv", 0),
         ("redis", 6379), ("amqp", 5672), ("mssql", 1433)]
    )  # fmt: skip
    user = r.choice(["app", "admin", "svc_orders", "root", "etl", "billing_rw", "postgres"])
    host = r.choice(T.DB_HOSTS)
    tail = f"@{host}" + (f":{port}" if port else "") + r.choice(["/prod", "/app", "/orders", ""])
    return [(f"{scheme}://{user}:", None), (_pw(ctx), "SECRET"), (tail, None)]


def _basic(ctx: _Ctx) -> list[Seg]:
    user = ctx.rng.choice(["admin", "api", "jenkins", "deploy", "ops", "grafana"])
    tok = base64.b64encode(f"{user}:{_pw(ctx)}".encode()).decode()
    return [(tok, "SECRET")]


def _slack(r: random.Random) -> str:
    return f"xox{r.choice('bpa')}-{_nz(r, 12)}-{_nz(r, 13)}-{_c(r, ALNUM, 24)}"


SECRET_GEN: dict[str, Callable[[random.Random], str]] = {
    "aws_id": lambda r: r.choice(["AKIA", "ASIA"]) + _c(r, UP + "234567", 16),
    "aws_secret": lambda r: _c(r, B64, 40),
    "ghp": lambda r: r.choice(["ghp_", "gho_", "ghs_"]) + _c(r, ALNUM, 36),
    "gh_pat": lambda r: f"github_pat_{_c(r, UPNUM, 22)}_{_c(r, ALNUM, 59)}",
    "slack": _slack,
    "slack_hook": lambda r: f"T{_c(r, UPNUM, 8)}/B{_c(r, UPNUM, 10)}/{_c(r, ALNUM, 24)}",
    "stripe": lambda r: r.choice(["sk_live_", "rk_live_", "sk_test_"]) + _c(r, ALNUM, 24),
    "openai": lambda r: r.choice(["sk-" + _c(r, ALNUM, 48), "sk-proj-" + _c(r, B64URL, 100)]),
    "anthropic": lambda r: "sk-ant-api03-" + _c(r, B64URL, 93) + "AA",
    "gkey": lambda r: "AIza" + _c(r, B64URL, 35),
    "twilio": lambda r: _c(r, HEX, 32),
    "sendgrid": lambda r: f"SG.{_c(r, B64URL, 22)}.{_c(r, B64URL, 43)}",
    "jwt": _jwt,
    "bearer": lambda r: _c(r, ALNUM, r.choice([32, 40, 48])),
    "hexkey": lambda r: _c(r, HEX, r.choice([32, 64])),
    "npm": lambda r: "npm_" + _c(r, ALNUM, 36),
    "glpat": lambda r: "glpat-" + _c(r, B64URL, 20),
    "hf": lambda r: "hf_" + _c(r, string.ascii_letters, 34),
    "pin": lambda r: _d(r, 4),
    "pin6": lambda r: _d(r, 6),
    "code": lambda r: _d(r, r.choice([4, 4, 5, 6])),
    "pw_strong": lambda r: _c(r, ALNUM + "!#$%&*+-=?@^_~", r.choice([16, 20, 24])),
    "wifi": lambda r: r.choice(T.PW_WORDS) + r.choice(["", "-", "_"]) + _d(r, r.choice([3, 4, 8])),
    "djkey": lambda r: "django-insecure-" + _c(r, LOW + DIG + "!@#$%^&*(-_=+)", 50),
}

# --------------------------------------------------------------------------- addresses


def _addr(cc: str | None, ml: bool, country: bool, script: str | None = None):
    def f(ctx: _Ctx) -> list[Seg]:
        r = ctx.rng
        c = cc
        if c is None:
            c = T.LANG_COUNTRY.get(ctx.lang)
            if c not in T.ADDR:
                c = r.choice(list(T.ADDR))
        data = T.ADDR[c]
        sc = script or ("n" if ctx.native and "n" in data else "l")
        if sc not in data:
            sc = "l"
        fmt_opts = data[sc]["ml" if ml else "one"]
        fmt = r.choice(fmt_opts)
        out = _fill_addr(r, fmt, data[sc])
        segs: list[Seg] = [(out, "ADDRESS")]
        if country:
            name = data[sc].get("country") or data["l"]["country"]
            sep = "\n" if ml else r.choice([", ", ", ", " "])
            segs.append((sep + name, None))
        return segs

    return f


_ADDR_PH = re.compile(r"<(\w+)>")


def _fill_addr(r: random.Random, fmt: str, data: dict) -> str:
    place = r.choice(data["places"]).split("|")
    vals: dict[str, str] = {}

    def get(key: str) -> str:
        if key in vals:
            return vals[key]
        if key == "st":
            v = r.choice(data["streets"])
        elif key in ("pc", "city", "reg", "dist"):
            v = place[["pc", "city", "reg", "dist"].index(key)]
        elif key == "n":
            v = str(r.choice([r.randint(1, 40), r.randint(1, 200), r.randint(100, 9999)]))
        elif key.rstrip("bc") == "n2":
            v = str(r.randint(1, 120))
        elif key.rstrip("bc") == "n3":
            v = str(r.randint(1, 30))
        elif key.rstrip("bc") == "u":
            v = str(r.choice([r.randint(1, 30), r.randint(101, 2405)]))
        elif key == "ul":
            v = r.choice("ABCDEF")
        elif key == "inw":
            v = f"{r.randint(1, 9)}{_c(r, 'ABDEFGHJLNPQRSTUWXYZ', 2)}"
        elif key == "eir":
            v = _c(r, "ACDEFHKNPRTVWXY", 1) + _d(r, 1) + _c(r, "ACDEFHKNPRTVWXY0123456789", 2)
        else:
            v = r.choice(data[key])
        vals[key] = v
        return v

    return _ADDR_PH.sub(lambda m: get(m.group(1)), fmt)


# --------------------------------------------------------------------------- decoys


def _decoy(fn: Callable[[random.Random], str]) -> Callable[[_Ctx], list[Seg]]:
    def f(ctx: _Ctx) -> list[Seg]:
        ctx.decoy = True
        return [(fn(ctx.rng), None)]

    return f


def _ups(r: random.Random) -> str:
    return "1Z" + _c(r, UPNUM, 6) + _d(r, 10)


def _hms(r: random.Random) -> str:
    return f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"


JIRA_KEYS = ["PLAT", "OPS", "CORE", "WEB", "INFRA", "SEC", "DATA", "MOB"]
AIRLINES = ["LH", "BA", "AF", "UA", "NH", "EK", "TK", "QF", "KE", "IB", "AZ", "SQ"]


DECOY_GEN: dict[str, Callable[[random.Random], str]] = {
    "order": lambda r: r.choice(
        [
            f"{_d(r, 3)}-{_d(r, 7)}-{_d(r, 7)}",
            f"ORD-{r.randint(2019, 2026)}-{_d(r, 6)}",
            f"#{_nz(r, 6)}",
            f"SO{_d(r, 8)}",
            f"{_c(r, UP, 2)}{_d(r, 9)}",
        ]
    ),
    "invoice": lambda r: r.choice(
        [
            f"INV-{_d(r, 6)}",
            f"{r.randint(2020, 2026)}-{_d(r, 5)}",
            f"RE-{_d(r, 4)}/{r.randint(20, 26)}",
            f"F{r.randint(2020, 2026)}{_d(r, 6)}",
            f"INV{_d(r, 8)}",
        ]
    ),
    "tracking": lambda r: r.choice(
        [
            _ups(r),
            f"9400 {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 2)}",
            _d(r, 10),
            f"{_c(r, UP, 2)}{_d(r, 9)}{r.choice(['DE', 'CN', 'GB', 'JP', 'US'])}",
            f"JD0{_d(r, 17)}",
        ]
    ),
    "sku": lambda r: r.choice(
        [
            f"{_c(r, UP, 3)}-{_d(r, 4)}-{_c(r, UP, 2)}",
            f"SKU {_d(r, 8)}",
            f"B0{_c(r, UPNUM, 8)}",
            f"{_c(r, UP, 2)}{_d(r, 3)}{_c(r, UP, 1)}/{_c(r, UP, 1)}",
        ]
    ),
    "jira": lambda r: f"{r.choice(JIRA_KEYS)}-{r.randint(12, 9999)}",
    "build": lambda r: r.choice(
        [str(r.randint(100, 99999)), f"{r.randint(2020, 2026)}.{_d(r, 4)}.{r.randint(1, 99)}"]
    ),
    "ver": lambda r: r.choice(
        [
            f"v{r.randint(0, 9)}.{r.randint(0, 40)}.{r.randint(0, 30)}",
            f"{r.randint(1, 24)}.{r.randint(0, 12)}.{r.randint(0, 99)}",
            f"{r.randint(1, 5)}.{r.randint(0, 20)}.{r.randint(0, 9)}-rc.{r.randint(1, 5)}",
            f"{r.randint(2, 30)}.{r.randint(0, 9)}",
        ]
    ),
    "commit": lambda r: _c(r, HEX, 40),
    "sha7": lambda r: _c(r, HEX, r.choice([7, 8, 12])),
    "sha256": lambda r: _c(r, HEX, 64),
    "uuid": lambda r: "-".join(_c(r, HEX, n) for n in (8, 4, 4, 4, 12)),
    "port": lambda r: str(
        r.choice([80, 443, 3000, 5000, 5432, 6379, 8000, 8080, 8443, 9090, 9200, 27017])
    ),
    "flight": lambda r: f"{r.choice(AIRLINES)} {r.randint(10, 9999)}",
    "pnr": lambda r: _c(r, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6),
    "case": lambda r: r.choice(
        [f"CASE-{_d(r, 7)}", f"#{_d(r, 5)}", f"SR{_d(r, 9)}", f"{_c(r, UP, 3)}{_d(r, 8)}"]
    ),
    "ticket": lambda r: r.choice(
        [f"#{r.randint(1000, 999999)}", f"TCK-{_d(r, 6)}", f"INC{_d(r, 7)}"]
    ),
    "product": lambda r: r.choice(T.PRODUCTS),
    "amount": lambda r: r.choice(
        [
            f"${r.randint(5, 2500)}.{_d(r, 2)}",
            f"€{r.randint(5, 2500)},{_d(r, 2)}",
            f"{r.randint(5, 900)} EUR",
            f"£{r.randint(5, 999)}",
            f"¥{r.randint(500, 99000)}",
            f"R$ {r.randint(10, 9999)},{_d(r, 2)}",
        ]
    ),
    "city": lambda r: r.choice(T.CITIES),
    "company": lambda r: r.choice(T.COMPANIES),
    "ts": lambda r: f"{_rand_date(r, 2023, 2026).isoformat()}T{_hms(r)}.{_d(r, 3)}Z",
    "ts2": lambda r: f"{_rand_date(r, 2023, 2026).isoformat()} {_hms(r)}",
    "time": lambda r: f"{r.randint(7, 21)}:{r.choice(['00', '15', '30', '45'])}",
    "num": lambda r: str(r.randint(2, 40)),
    "pid": lambda r: str(r.randint(300, 65000)),
    "ms": lambda r: str(r.randint(3, 2400)),
    "pct": lambda r: f"{r.randint(1, 99)}%",
    "model": lambda r: r.choice(T.MODELS),
    "placeholder": lambda r: r.choice(T.PLACEHOLDERS),
    "host": lambda r: r.choice(T.DB_HOSTS),
    "iso3": lambda r: r.choice(list(PP_ISO3.values())),
    "year": lambda r: str(r.randint(2015, 2026)),
    "room": lambda r: f"{r.randint(1, 12)}.{r.randint(1, 40):02d}",
    "domain": lambda r: r.choice(T.DOMAINS),
}

# --------------------------------------------------------------------------- registry

KINDS: dict[str, Callable[[_Ctx], list[Seg]]] = {}
for _k, _g in DL_GEN.items():
    KINDS[f"dl_{_k}"] = (lambda g: lambda ctx: [(g(ctx.rng), "DRIVER_LICENSE")])(_g)
for _k, _g in PP_GEN.items():
    KINDS[f"pp_{_k}"] = (lambda g: lambda ctx: [(g(ctx.rng), "PASSPORT")])(_g)
for _k, _g in SECRET_GEN.items():
    KINDS[_k] = _secret(_g)
for _k, _g in DECOY_GEN.items():
    KINDS[_k] = _decoy(_g)
for _k in list(T.ADDR):
    KINDS[f"addr_{_k}"] = _addr(_k, False, False)
    KINDS[f"addrc_{_k}"] = _addr(_k, False, True)
    KINDS[f"addrml_{_k}"] = _addr(_k, True, False)
    KINDS[f"addrmlc_{_k}"] = _addr(_k, True, True)
    KINDS[f"addrl_{_k}"] = _addr(_k, False, False, "l")
    KINDS[f"addrn_{_k}"] = _addr(_k, False, False, "n")
    KINDS[f"addrmln_{_k}"] = _addr(_k, True, False, "n")
for _k in T.PHONE_FORMATS:
    KINDS[f"phone_{_k}"] = _phone(_k)
for _k in IBAN_SPEC:
    KINDS[f"iban_{_k.lower()}"] = _iban(_k)
KINDS.update(
    {
        "addr": _addr(None, False, False),
        "addrc": _addr(None, False, True),
        "addrml": _addr(None, True, False),
        "addrmlc": _addr(None, True, True),
        "dlst": _dlst,
        "dl": lambda ctx: [
            (
                DL_GEN[T.LANG_DL.get(ctx.lang) or ctx.rng.choice(list(DL_GEN))](ctx.rng),
                "DRIVER_LICENSE",
            )
        ],
        "pp": lambda ctx: [
            (PP_GEN[T.LANG_PP.get(ctx.lang) or ctx.rng.choice(list(PP_GEN))](ctx.rng), "PASSPORT")
        ],
        "ppm": _ppm,
        "mrz_iso": _mrz_field("iso", ""),
        "mrz_exp": _mrz_field("exp", "ocr"),
        "mrz_iss": _mrz_field("iss", "ocr"),
        "phone": _phone_lang,
        "phone_intl": _phone_intl,
        "email": _email_rand,
        "ssn": _ssn,
        "itin": _itin,
        "iban": _iban(None),
        "iban_plain": _iban(None, False),
        "cc": _cc,
        "ip": _ipv4(False),
        "ipp": _ipv4(True),
        "ip6": _ipv6,
        "mac": _mac,
        "btc": _btc,
        "eth": _eth,
        "pw": lambda ctx: [(_pw(ctx), "SECRET")],
        "pem": _pem,
        "dburl": _dburl,
        "basic": _basic,
        "date": _date(None),
        "date_iso": _date("iso"),
        "date_us": _date("us"),
        "date_long": _date("long"),
        "date_dmy": _date("dmy"),
        "date_eu": _date("eu"),
        "date_dot": _date("dot"),
        "date_dash": _date("dash"),
        "date_ocr": _date("ocr", 2019, 2034),
        "date_fut": _date(None, 2026, 2034),
        "date_old": _date(None, 1950, 2012),
        "date_old_iso": _date("iso", 1950, 2012),
    }
)

_PH = re.compile(r"\{([a-z][a-z0-9_]*)(?:\.(\d))?\}")


def _parse(tpl: str) -> list[str | tuple[str, int | None]]:
    parts: list[str | tuple[str, int | None]] = []
    pos = 0
    for m in _PH.finditer(tpl):
        kind = m.group(1)
        if kind not in KINDS and kind not in PERSON_KINDS:
            raise KeyError(f"unknown placeholder {{{kind}}} in template: {tpl[:60]!r}")
        if m.start() > pos:
            parts.append(tpl[pos : m.start()])
        parts.append((kind, int(m.group(2)) if m.group(2) else None))
        pos = m.end()
    if pos < len(tpl):
        parts.append(tpl[pos:])
    return parts


def _templates() -> list[tuple[str, str, str, int]]:
    """(template id, lang, template text, weight) for every template in the data module."""
    out = []
    for lang, blocks in T.TEMPLATES.items():
        i = 0
        for entry in blocks:
            block, weight = entry if isinstance(entry, tuple) else (entry, 1)
            for raw in block.split("\n===\n"):
                text = raw.strip("\n")
                if text.strip():
                    out.append((f"{lang}-{i:03d}", lang, text, weight))
                    i += 1
    return out


def _render(rng: random.Random, lang: str, parts: list) -> tuple[Sample, bool]:
    ctx = _Ctx(rng, lang)
    chunks: list[str] = []
    spans: list[tuple[str, int, int]] = []
    pos = 0
    for part in parts:
        if isinstance(part, str):
            chunks.append(part)
            pos += len(part)
            continue
        kind, idx = part
        if kind in PERSON_KINDS:
            key = (kind, idx or 0)
            if key not in ctx.cache:
                ctx.cache[key] = PERSON_KINDS[kind](ctx, ctx.person(idx or 0))
            segs = ctx.cache[key]
        elif idx is not None:
            key = (kind, idx)
            if key not in ctx.cache:
                ctx.cache[key] = KINDS[kind](ctx)
            segs = ctx.cache[key]
        else:
            segs = KINDS[kind](ctx)
        for s, cat in segs:
            if cat:
                spans.append((cat, pos, pos + len(s)))
            chunks.append(s)
            pos += len(s)
    return Sample("".join(chunks), spans), ctx.decoy


def _check(samples: list[Sample]) -> None:
    cats = {
        "PERSON", "EMAIL", "PHONE", "CREDIT_CARD", "IBAN", "US_SSN", "US_ITIN", "IP", "MAC",
        "CRYPTO", "DATE_OF_BIRTH", "ADDRESS", "DRIVER_LICENSE", "PASSPORT", "SECRET",
    }  # fmt: skip
    for s in samples:
        last_end = -1
        for cat, a, b in sorted(s.spans, key=lambda x: x[1]):
            assert cat in cats, cat
            assert 0 <= a < b <= len(s.text), (cat, a, b, s.text)
            val = s.text[a:b]
            assert val == val.strip(), (cat, repr(val))
            assert a >= last_end, ("overlap", cat, val, s.text)
            last_end = b
            if cat == "CREDIT_CARD":
                assert _luhn_ok(re.sub(r"\D", "", val)), val
            elif cat == "IBAN":
                assert _iban_ok(val), val
            elif cat == "CRYPTO":
                if val.startswith("0x"):
                    assert _eip55(val[2:].lower()) == val, val
                elif val.startswith("bc1"):
                    assert _bech_ok(val), val
                else:
                    assert _b58decode_ok(val), val


def template_table() -> list[tuple[str, str, str, int]]:
    """All templates as (id, lang, text, weight); for statistics."""
    return _templates()


def dev11_set_with_meta(
    scale: float = 1.0, seed: int = 9311
) -> list[tuple[Sample, str, str, bool]]:
    """Like ``dev11_set`` but each sample comes with (template id, lang, has-look-alike)."""
    n = max(1, round(N_BASE * scale))
    rng = random.Random(seed)
    table = [(tid, lang, _parse(text)) for tid, lang, text, _w in _templates()]
    pool = [i for i, (*_x, w) in enumerate(_templates()) for _ in range(w)]
    order: list[int] = []
    while len(order) < n:
        batch = list(pool)
        rng.shuffle(batch)
        order.extend(batch)
    out = []
    for i in order[:n]:
        tid, lang, parts = table[i]
        sample, decoy = _render(rng, lang, parts)
        out.append((sample, tid, lang, decoy))
    _check([s for s, *_ in out])
    return out


def dev11_set(scale: float = 1.0, seed: int = 9311) -> list[Sample]:
    """round(1200 * scale) labeled samples (at least 1), deterministic for a given seed."""
    return [s for s, *_ in dev11_set_with_meta(scale, seed)]
