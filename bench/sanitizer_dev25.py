"""dev25: a blind, hand-written evaluation set for the PII sanitizer.

What it is
    1,200 labelled texts (``dev25_set(scale)`` returns ``int(1200 * scale)``) in the genre
    "everyday services and the people behind them, all over the world": hotel and hostel
    bookings, itineraries and OCR'd boarding passes, visa and residence-permit paperwork,
    rental listings and tenancy applications, landlord / neighbour / driver / seller chats,
    building notices, utility and phone bills, delivery and ride-hailing receipts,
    marketplace deals, car repair and roadside tickets, gym, club and school-run groups,
    lost-and-found posts, pet sitting, cleaning and babysitting, support tickets and their
    CRM exports (CSV, JSON, fixed width), app logs, webhooks, SQL, YAML/INI/.env configs,
    vCards, calendar invites, and chat exports (WhatsApp, Telegram, LINE, KakaoTalk,
    WeChat, Viber, Signal, Messenger, Discord, Slack, SMS). 85 locales on every continent,
    each written in its own languages and scripts (and romanized / English where people
    write that way). About a fifth of the texts are wrapped in an LLM API request body
    (OpenAI chat, Anthropic messages, Gemini, OpenAI Responses, Ollama) or in a log line of
    an app calling an LLM; about 8% carry near-misses only.

How it was made
    Every pool (names, streets, towns, postcodes, phone formats, companies, ...) and every
    template in ``bench/sanitizer_dev25_templates.py`` was typed by hand for this set,
    without looking at the sanitizer, its tests or its documentation, and without any
    fake-data package or name dataset. Texts are assembled from pieces ``(text, category)``
    and the offsets are accumulated while assembling; labels are never searched for in the
    finished text. Escaping (JSON, CSV, SQL, URL) is applied piece by piece, so a label
    covers the value exactly as it appears in the escaped text. Checksummed values are
    generated valid: Luhn card numbers, IBAN mod-97 with each country's length, base58check
    BTC, bech32 ``bc1`` addresses, EIP-55 ETH addresses, SSNs and ITINs in their valid ranges.

Label conventions (must-remove values)
    PERSON: a private person's name, the whole name one span (given, middle, patronymic,
    particles, double surnames); honorifics and titles stay outside; @mentions (with the
    "@") and logins made of a name are PERSON. Public figures, places and things named
    after people are not labelled (a street named after someone is inside an ADDRESS span).
    EMAIL, PHONE, IP (v4/v6, LAN addresses too), MAC, CREDIT_CARD, IBAN, US_SSN, US_ITIN,
    CRYPTO: the value. DATE_OF_BIRTH: birth dates only (any format, language or calendar).
    ADDRESS: a private street address from its first to its last given part, without the
    country. DRIVER_LICENSE, PASSPORT: the number where the context says what it is.
    SECRET: passwords, API keys, tokens, PINs, OTPs, door and lockbox codes, Wi-Fi keys,
    recovery codes, passwords inside connection strings (value only).
    Not labelled: booking references, PNRs, flight/train/seat/room numbers, order, ticket,
    tracking, invoice, customer and account numbers, meters, plates, masked cards, amounts,
    business, airport and station names, non-birth dates, times, versions, hashes, SKUs.

Template slots
    ``{KIND}`` or ``{KIND.n}`` (same n = same person or value within a text); ``[[a|b]]``
    picks an alternative. Person slots: NAME (a locale-typical form), FULL, GIVEN, GIVENLC,
    SUR, SURFIRST ("SURNAME Given" / "Surname, Given" / ...), SURCOMMA, SURUP, GIVENUP,
    SURUPN, FULLUP, INIT (initials forms), GIVENINIT, HANDLE, MENTION, HOSTNAME, FULLPAD,
    FULLURL, EMAIL, WEMAIL, EMAILURL; HON (honorific, unlabelled). Other labelled slots:
    PHONE, PHONEI, PHONEPAD, PHONEURL, ADDR, ADDRML, DOB, DOBISO, CARD, IBAN, SSN, ITIN, IP,
    IP6, IPLAN, MAC, BTC, ETH, DL, PASS, PWD, PIN, OTP, CODE, WIFI, APIKEY, TOKEN, HEXTOK,
    RCODE. All other slots (PNR, FLIGHT, ORDER, AMT, DATE, HOTEL, PET, PUBFIG, ...) are
    near-misses. Run ``python -m bench.sanitizer_dev25`` for the self-check.
"""

from __future__ import annotations

import base64
import hashlib
import json
import random
import re
import string
import time
import unicodedata
from urllib.parse import quote, quote_plus

from bench import sanitizer_dev25_templates as T
from bench.sanitizer_data import Sample

SEED = 2525
N_TEXTS = 1200
CATEGORIES = (
    "PERSON",
    "EMAIL",
    "PHONE",
    "IP",
    "MAC",
    "CREDIT_CARD",
    "IBAN",
    "US_SSN",
    "US_ITIN",
    "CRYPTO",
    "DATE_OF_BIRTH",
    "ADDRESS",
    "DRIVER_LICENSE",
    "PASSPORT",
    "SECRET",
)

# ======================================================================================
# checksummed values
# ======================================================================================


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


def luhn_ok(number: str) -> bool:
    digits = [int(c) for c in number if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


_CARD_BRANDS = {
    "visa": (["4"], 16),
    "mc": (["51", "52", "53", "54", "55", "2221", "2720", "2310"], 16),
    "amex": (["34", "37"], 15),
    "discover": (["6011", "65"], 16),
    "jcb": (["3528", "3541", "3566", "3589"], 16),
    "unionpay": (["6212", "6228", "6250"], 16),
    "mir": (["2200", "2202", "2204"], 16),
    "rupay": (["6521", "6522", "6070"], 16),
}
_CARD_BIAS = {
    "jp": "jcb",
    "cn": "unionpay",
    "ru": "mir",
    "kz": "mir",
    "in": "rupay",
    "in_ta": "rupay",
}


def card_number(rng: random.Random, lid: str) -> str:
    brand = _CARD_BIAS.get(lid) if rng.random() < 0.4 else None
    if brand is None:
        brand = rng.choice(["visa", "visa", "visa", "mc", "mc", "amex", "discover"])
    prefixes, length = _CARD_BRANDS[brand]
    body = rng.choice(prefixes)
    while len(body) < length - 1:
        body += rng.choice(string.digits)
    num = body + _luhn_digit(body)
    r = rng.random()
    if length == 15:
        groups = [num[:4], num[4:10], num[10:]]
    else:
        groups = [num[i : i + 4] for i in range(0, 16, 4)]
    if r < 0.6:
        return " ".join(groups)
    if r < 0.75:
        return "-".join(groups)
    return num


# IBAN BBAN layouts: (count, kind) with n digit, a letter, c alphanumeric, 0 a literal zero
_IBAN = {
    "DE": "18n", "FR": "10n11c2n", "GB": "4a14n", "IE": "4a14n", "ES": "20n", "IT": "1a10n12c",
    "NL": "4a10n", "BE": "12n", "PT": "21n", "PL": "24n", "CH": "5n12c", "AT": "16n",
    "CZ": "20n", "HU": "24n", "RO": "4a16c", "GR": "7n16c", "RS": "18n", "UA": "6n19c",
    "SE": "20n", "FI": "14n", "IS": "22n", "NO": "11n", "DK": "14n", "TR": "5n1z16c",
    "SA": "2n18c", "AE": "3n16n", "QA": "4a21c", "JO": "4a4n18c", "LB": "4n20c", "IQ": "4a15n",
    "IL": "19n", "EG": "25n", "TN": "20n", "KW": "4a22c", "BR": "23n1a1c", "PK": "4a16c",
    "AZ": "4a20c", "GE": "2a16n", "KZ": "3n13c", "GT": "4c20c", "CR": "18n",
}  # fmt: skip
IBAN_LENGTH = {
    "DE": 22, "FR": 27, "GB": 22, "IE": 22, "ES": 24, "IT": 27, "NL": 18, "BE": 16, "PT": 25,
    "PL": 28, "CH": 21, "AT": 20, "CZ": 24, "HU": 28, "RO": 24, "GR": 27, "RS": 22, "UA": 29,
    "SE": 24, "FI": 18, "IS": 26, "NO": 15, "DK": 18, "TR": 26, "SA": 24, "AE": 23, "QA": 29,
    "JO": 30, "LB": 28, "IQ": 23, "IL": 23, "EG": 29, "TN": 24, "KW": 30, "BR": 29, "PK": 24,
    "AZ": 28, "GE": 22, "KZ": 20, "GT": 28, "CR": 22,
}  # fmt: skip


def _iban_check(cc: str, bban: str) -> str:
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return f"{98 - int(num) % 97:02d}"


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    if IBAN_LENGTH.get(s[:2]) != len(s):
        return False
    s = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def iban(rng: random.Random, cc: str) -> str:
    bban = ""
    for count, kind in re.findall(r"(\d+)([nacz])", _IBAN[cc]):
        for _ in range(int(count)):
            if kind == "n":
                bban += rng.choice(string.digits)
            elif kind == "a":
                bban += rng.choice(string.ascii_uppercase)
            elif kind == "z":
                bban += "0"
            else:
                pool = string.ascii_uppercase if rng.random() < 0.15 else string.digits
                bban += rng.choice(pool)
    value = cc + _iban_check(cc, bban) + bban
    if rng.random() < 0.45:
        return " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    return value


_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def _b58check(payload: bytes) -> str:
    data = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(data, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = _B58[r] + out
    pad = len(data) - len(data.lstrip(b"\0"))
    return "1" * pad + out


def b58check_ok(addr: str) -> bool:
    n = 0
    for ch in addr:
        n = n * 58 + _B58.index(ch)
    pad = len(addr) - len(addr.lstrip("1"))
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
    data = b"\0" * pad + raw
    body, check = data[:-4], data[-4:]
    return hashlib.sha256(hashlib.sha256(body).digest()).digest()[:4] == check


_BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values: list[int]) -> int:
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
    for value in data:
        acc = (acc << frombits) | value
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            out.append((acc >> bits) & maxv)
    if bits:
        out.append((acc << (tobits - bits)) & maxv)
    return out


def segwit_address(witver: int, program: bytes) -> str:
    const = 1 if witver == 0 else 0x2BC830A3
    data = [witver] + _convertbits(program, 8, 5)
    poly = _polymod(_hrp_expand("bc") + data + [0] * 6) ^ const
    check = [(poly >> 5 * (5 - i)) & 31 for i in range(6)]
    return "bc1" + "".join(_BECH[d] for d in data + check)


def bech32_ok(addr: str) -> bool:
    data = [_BECH.index(c) for c in addr[3:]]
    const = 1 if data[0] == 0 else 0x2BC830A3
    return _polymod(_hrp_expand("bc") + data) == const


def btc_address(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.35:
        return _b58check(b"\x00" + rng.randbytes(20))
    if r < 0.55:
        return _b58check(b"\x05" + rng.randbytes(20))
    if r < 0.9:
        return segwit_address(0, rng.randbytes(20))
    return segwit_address(1, rng.randbytes(32))


_KRC = [
    0x0000000000000001, 0x0000000000008082, 0x800000000000808A, 0x8000000080008000,
    0x000000000000808B, 0x0000000080000001, 0x8000000080008081, 0x8000000000008009,
    0x000000000000008A, 0x0000000000000088, 0x0000000080008009, 0x000000008000000A,
    0x000000008000808B, 0x800000000000008B, 0x8000000000008089, 0x8000000000008003,
    0x8000000000008002, 0x8000000000000080, 0x000000000000800A, 0x800000008000000A,
    0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008,
]  # fmt: skip
_KROT = [[0, 36, 3, 41, 18], [1, 44, 10, 45, 2], [62, 6, 43, 15, 61], [28, 55, 25, 21, 56],
         [27, 20, 39, 8, 14]]  # fmt: skip
_M64 = (1 << 64) - 1


def _rol(x: int, n: int) -> int:
    return ((x << n) | (x >> (64 - n))) & _M64 if n else x


def _keccak_f(a: list[list[int]]) -> None:
    for rc in _KRC:
        c = [a[x][0] ^ a[x][1] ^ a[x][2] ^ a[x][3] ^ a[x][4] for x in range(5)]
        d = [c[(x - 1) % 5] ^ _rol(c[(x + 1) % 5], 1) for x in range(5)]
        for x in range(5):
            for y in range(5):
                a[x][y] ^= d[x]
        b = [[0] * 5 for _ in range(5)]
        for x in range(5):
            for y in range(5):
                b[y][(2 * x + 3 * y) % 5] = _rol(a[x][y], _KROT[x][y])
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
    out = b"".join(state[i % 5][i // 5].to_bytes(8, "little") for i in range(4))
    return out[:32]


def eip55(hex40: str) -> str:
    low = hex40.lower()
    digest = keccak256(low.encode()).hex()
    return "0x" + "".join(
        ch.upper() if ch.isalpha() and int(digest[i], 16) >= 8 else ch for i, ch in enumerate(low)
    )


def eth_address(rng: random.Random) -> str:
    return eip55(rng.randbytes(20).hex())


def ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    value = f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
    return _fmt_ssn(rng, value)


def itin(rng: random.Random) -> str:
    group = rng.choice(list(range(70, 89)) + [90, 91, 92] + list(range(94, 100)))
    value = f"9{rng.randint(0, 99):02d}{group:02d}{rng.randint(0, 9999):04d}"
    return _fmt_ssn(rng, value)


def _fmt_ssn(rng: random.Random, v: str) -> str:
    r = rng.random()
    if r < 0.75:
        return f"{v[:3]}-{v[3:5]}-{v[5:]}"
    if r < 0.88:
        return f"{v[:3]} {v[3:5]} {v[5:]}"
    return v


# ======================================================================================
# small helpers
# ======================================================================================

_DIGITS = {
    "ar": "٠١٢٣٤٥٦٧٨٩",
    "fa": "۰۱۲۳۴۵۶۷۸۹",
    "bn": "০১২৩৪৫৬৭৮৯",
    "dv": "०१२३४५६७८९",
    "th": "๐๑๒๓๔๕๖๗๘๙",
}
_FOLD = str.maketrans(
    {"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "đ": "d", "Đ": "D", "ð": "d", "þ": "th",
     "ł": "l", "Ł": "L", "ı": "i", "œ": "oe", "ə": "e", "Ə": "E", "'": "", "’": "", "ʻ": ""}
)  # fmt: skip


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.translate(_FOLD))
    s = "".join(c for c in s if not unicodedata.combining(c) and ord(c) < 128)
    return re.sub(r"\s+", " ", s).strip()


def pat(rng: random.Random, p: str) -> str:
    """# digit, $ digit 2-9, @ capital letter, ^ a literal '#'."""
    out = []
    for ch in p:
        if ch == "#":
            out.append(rng.choice(string.digits))
        elif ch == "$":
            out.append(rng.choice("23456789"))
        elif ch == "@":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
        elif ch == "^":
            out.append("#")
        else:
            out.append(ch)
    return "".join(out)


def native_digits(s: str, key: str) -> str:
    return s.translate(str.maketrans("0123456789", _DIGITS[key]))


def _split(s: str | None) -> list[str]:
    return [x for x in s.split("|") if x != ""] if s else []


def _pair(entry: str) -> tuple[str, str]:
    if "=" in entry:
        a, b = entry.split("=", 1)
        return a, b
    return entry, entry


def _gendered(entry: str) -> tuple[str, str, str, str]:
    nat, rom = _pair(entry)
    nm, nf = nat.split("/") if "/" in nat else (nat, nat)
    rm, rf = rom.split("/") if "/" in rom else (rom, rom)
    return nm, nf, rm, rf


class Loc:
    """One locale, its pools parsed."""

    def __init__(self, d: dict) -> None:
        self.id = d["id"]
        self.country = d["c"]
        self.region = d["r"]
        self.langs = d["L"].split("|")
        self.style = d["s"]
        self.d = d
        self.gm = [_pair(e) for e in _split(d.get("gm"))]
        self.gf = [_pair(e) for e in _split(d.get("gf"))]
        self.fam = [_gendered(e) for e in _split(d.get("fam"))]
        self.pm = [_pair(e) for e in _split(d.get("pm"))]
        self.pf = [_pair(e) for e in _split(d.get("pf"))]
        self.nick = [_pair(e) for e in _split(d.get("nick"))]
        self.has_native = any(a != b for a, b in self.gm + self.gf)
        if self.has_native:
            self.native_langs = _split(d.get("nb")) or [self.langs[0]]
        else:
            self.native_langs = []
        self.st = [_pair(e) for e in _split(d.get("st"))]
        self.dist = [_pair(e) for e in _split(d.get("dist"))]
        self.bld = [_pair(e) for e in _split(d.get("bld"))]
        self.flat = [_pair(e) for e in _split(d.get("flat"))] or [("Apt ##", "Apt ##")]
        self.towns = []
        for e in _split(d.get("tw")):
            name, pc = e.split(";")
            self.towns.append((*_pair(name), pc))
        self.a = d.get("a", "").split("|")
        self.na = d["na"].split("|") if d.get("na") else []
        self.hn = _split(d.get("hn")) or ["##", "#", "###", "##", "#"]
        self.ph = _split(d.get("ph"))
        self.phi = [p for p in self.ph if p.startswith("+")]
        self.ml = _split(d.get("ml")) or ["gmail.com"]
        self.hm = _split(d.get("hm"))
        self.hf = _split(d.get("hf"))
        self.cur = _split(d.get("cur")) or ["USD {a}"]
        self.ts = d.get("ts", ",")
        self.pl = _split(d.get("pl")) or ["@@@ ###"]
        self.dl = _split(d.get("dl")) or ["@#######"]
        self.pp = _split(d.get("pp")) or ["@########"]
        self.ib = d.get("ib")
        self.dg = d.get("dg")
        self.cal = d.get("cal")
        self.df = _split(d.get("df")) or ["{dd}/{mm}/{Y}"]
        self.ap = [e.split(" ", 1) for e in _split(d.get("ap"))]
        self.biz = _split(d.get("biz")) or ["City Utilities"]
        self.part = _split(d.get("part"))
        self.cc = self.id.split("_")[0].upper()
        codes = re.findall(r"\b[A-Z]{3}\b", d.get("cur", ""))
        self.curcode = codes[0] if codes else "USD"


LOCALES = [Loc(d) for d in T.LOCALES]
_ALL_LANGS = sorted({lang for loc in LOCALES for lang in loc.langs})

# ======================================================================================
# people
# ======================================================================================


def _ini(name: str) -> str:
    parts = re.split(r"([ -])", name)
    return "".join(p[0] + "." if p and p not in " -" else ("-" if p == "-" else "") for p in parts)


def make_person(rng: random.Random, loc: Loc, native: bool) -> dict:
    """A person of the locale: display forms in the chosen script plus romanized parts."""
    g = rng.random() < 0.5
    gender = "m" if g else "f"
    gpool = (loc.gm if g else loc.gf) or (loc.gf or loc.gm)
    gi = rng.choice(gpool)
    fi = rng.choice(loc.fam) if loc.fam else None
    n = 0 if native else 1
    given, rgiven = gi[n], gi[1]
    if fi:
        fam = fi[0 if g else 1] if native else fi[2 if g else 3]
        rfam = fi[2 if g else 3]
    else:
        fam = rfam = ""
    style = loc.style
    cjk_nospace = native and loc.id in ("cn", "tw", "hk", "kr")
    full = f"{given} {fam}".strip()
    famfull = ""
    forms: list[str] = []
    sur = fam or given
    call = given
    if style == "w":
        mid = ""
        if rng.random() < 0.18 and len(gpool) > 1:
            m = rng.choice(gpool)[n]
            if m != given:
                mid = m if rng.random() < 0.6 or native else _ini(m)
        full = " ".join(x for x in (given, mid, fam) if x)
        forms = [f"{given} {fam}"]
        if not native:
            forms += [f"{fam}, {given}", f"{fam.upper()} {given}", f"{fam} {given}"]
            forms += [f"{_ini(given)} {fam}", f"{given} {_ini(fam)}", f"{fam} {_ini(given)}"]
    elif style == "hu":
        if native:
            full = f"{fam} {given}"
            forms = [full, f"{fam.upper()} {given}", f"{_ini(fam)} {given}"]
        else:
            forms = [f"{fam} {given}", f"{fam.upper()} {given}", f"{_ini(given)} {fam}"]
    elif style == "hisp":
        f2 = rng.choice(loc.fam)[2]
        dbl = float(loc.d.get("dbl", "0.8"))
        if f2 != fam and rng.random() < dbl:
            famfull = f"{fam} {f2}"
            full = f"{given} {fam} {f2}"
            forms = [
                f"{given} {fam}",
                f"{fam} {f2}, {given}",
                f"{fam.upper()} {f2.upper()} {given}",
            ]
            sur = f"{fam} {f2}" if rng.random() < 0.4 else fam
        else:
            forms = [f"{fam}, {given}", f"{fam.upper()} {given}"]
        first = given.split(" ")[0]
        forms += [f"{first} {fam}", f"{_ini(first)} {fam}"]
        call = first
    elif style == "pt":
        f2 = rng.choice(loc.fam)[2]
        part = rng.choice(loc.part) + " " if loc.part and rng.random() < 0.35 else ""
        if f2 != fam:
            full = f"{given} {part}{fam} {f2}"
            forms = [f"{given.split(' ')[0]} {f2}", f"{f2.upper()}, {given}", f"{given} {f2}"]
            sur = f2
        forms += [f"{given} {fam}", f"{_ini(given.split(' ')[0])} {fam}"]
        call = given.split(" ")[0]
    elif style == "slav":
        pp = (loc.pm if g else loc.pf) or []
        patr = rng.choice(pp)[n] if pp else ""
        if patr and rng.random() < 0.6:
            full = (
                f"{fam} {given} {patr}" if native or rng.random() < 0.4 else f"{given} {patr} {fam}"
            )
            forms = [
                f"{given} {fam}",
                f"{fam} {_ini(given)}{_ini(patr)}",
                f"{_ini(given)}{_ini(patr)} {fam}",
            ]
            if " " not in patr:
                forms.append(f"{given} {patr}")
        else:
            forms = [f"{fam} {given}", f"{fam.upper()} {given}", f"{_ini(given)} {fam}"]
    elif style == "ice":
        patr = rng.choice(loc.pm if g else loc.pf)[n]
        full = f"{given} {patr}"
        sur = patr
        forms = [full, f"{given} {_ini(patr)}"]
    elif style == "et":
        father = rng.choice(loc.gm)[n]
        full = f"{given} {father}"
        if rng.random() < 0.3:
            full += " " + rng.choice(loc.gm)[n]
        rfam = rng.choice(loc.gm)[1]
        sur = given
        forms = [full, f"{given} {_ini(father)}" if not native else full]
    elif style == "ar":
        full = f"{given} {fam}"
        if rng.random() < 0.45:
            father = rng.choice(loc.gm)[n]
            if loc.id in ("sa", "ae", "qa") and rng.random() < 0.7:
                link = ("بن" if g else "بنت") if native else ("bin" if g else "bint")
                full = f"{given} {link} {father} {fam}"
            else:
                full = f"{given} {father} {fam}"
        forms = [f"{given} {fam}", f"{fam}, {given}" if not native else f"{given} {fam}"]
        if not native:
            forms.append(f"{fam.upper()} {given}")
    elif style == "in_ta":
        initial = _ini(rfam if not native else fam[:1])
        full = f"{given} {fam}" if rng.random() < 0.5 else f"{initial} {given}"
        forms = [f"{initial} {given}", f"{given} {initial}", f"{given} {fam}"]
        sur = given
    elif style == "lk":
        if not native and rng.random() < 0.45:
            inits = " ".join(rng.choice("ABDGHJKLMPRSUW") + "." for _ in range(rng.randint(1, 3)))
            full = f"{inits} {given} {fam}"
            forms = [f"{inits} {fam}", f"{fam} {inits.replace(' ', '')}"]
        forms += [f"{given} {fam}"]
    elif style == "id":
        parts = [given]
        if rng.random() < 0.3:
            g2 = rng.choice(gpool)[1]
            if g2 != given:
                parts.append(g2)
        if rng.random() < 0.55:
            parts.append(fam)
        else:
            rfam = ""
        full = " ".join(parts)
        sur = parts[-1] if len(parts) > 1 else given
        forms = [full, parts[0]]
    elif style == "my":
        r = rng.random()
        if r < 0.5:
            father = rng.choice(loc.gm)[1].split(" ")[-1]
            link = "bin" if g else "binti"
            full = f"{given} {link} {father}"
            forms = [full, f"{given} {father}"]
            sur, rfam = given, father
        elif r < 0.8:
            cf, cg = rng.choice(_split(loc.d["cf"])), rng.choice(_split(loc.d["cg"]))
            full = f"{cf} {cg}"
            forms = [full, f"{cf.upper()} {cg}", f"{cg} {cf}"]
            given = rgiven = call = cg
            fam = rfam = sur = cf
        else:
            ig = rng.choice(_split(loc.d["igm" if g else "igf"]))
            ifa = rng.choice(_split(loc.d["ifa"]))
            full = f"{ig} {'a/l' if g else 'a/p'} {ifa}"
            forms = [full, f"{ig} {ifa}"]
            given = rgiven = call = ig
            fam = rfam = ifa
            sur = ig
    elif style == "sg":
        cf, cg = rng.choice(_split(loc.d["cf"])), rng.choice(_split(loc.d["cg"]))
        r = rng.random()
        if r < 0.45:
            full, call = f"{cf} {cg}", cg
        elif r < 0.75:
            full, call = f"{given} {cf}", given
        else:
            full, call = f"{given} {cf} {cg}", given
        fam = rfam = sur = cf
        given = call
        rgiven = fold(call).replace(" ", "")
        forms = [full, f"{cf.upper()} {cg}", f"{given} {cf}"]
    elif style == "ph":
        mid = rng.choice(loc.fam)[2]
        if mid != fam and rng.random() < 0.6:
            full = f"{given} {_ini(mid)} {fam}" if rng.random() < 0.6 else f"{given} {mid} {fam}"
        forms = [f"{given} {fam}", f"{fam}, {given}", f"{fam.upper()}, {given.upper()}"]
        call = given.split(" ")[0]
    elif style == "vn":
        mp = rng.choice(loc.pm if g else loc.pf)[0]
        dia = native or rng.random() < 0.5
        f_, m_, g_ = (fam, mp, given) if dia else (fold(fam), fold(mp), fold(given))
        full = f"{f_} {m_} {g_}"
        forms = [f"{f_} {g_}", f"{g_} {f_}", full.upper(), f"{g_} {m_} {f_}"]
        given, fam, sur, call = g_, f_, f_, g_
        rgiven, rfam = fold(g_), fold(f_)
    elif style == "cjk":
        if native:
            sep = "" if cjk_nospace or rng.random() < 0.6 else " "
            full = f"{fam}{sep}{given}"
            forms = [full]
            call = given
        else:
            egp = _split(loc.d.get("egm" if g else "egf"))
            if egp and rng.random() < 0.25:
                given = rgiven = call = rng.choice(egp)
                full = f"{given} {fam}"
                forms = [full, f"{given} {fam.upper()}"]
            else:
                full = f"{given} {fam}" if rng.random() < 0.5 else f"{fam} {given}"
                gnh = given.replace("-", "")
                forms = [f"{fam} {given}", f"{fam.upper()} {given}", f"{given} {fam}",
                         f"{fam.upper()} {gnh.upper()}", f"{fam}, {given}"]  # fmt: skip
    elif style == "hk":
        if native:
            full = f"{fam}{given}"
            forms = [full]
        else:
            gh = given.split(" ")
            hy = f"{gh[0]}-{gh[1].lower()}" if len(gh) == 2 else given
            egn = rng.choice(_split(loc.d["egm" if g else "egf"]))
            r = rng.random()
            if r < 0.3:
                full = f"{fam} {given}"
            elif r < 0.55:
                full = f"{fam} {hy}"
            elif r < 0.8:
                full = f"{egn} {fam} {hy}"
                call = egn
            else:
                full = f"{egn} {fam}"
                call = egn
            forms = [f"{fam.upper()} {given}", f"{egn} {fam}", f"{fam}, {egn}"]
            if call != egn:
                call = given
            given = call
            rgiven = fold(call).replace(" ", "")
    elif style == "mn":
        patr = rng.choice(loc.pm)[n]
        full = f"{patr} {given}"
        forms = [full, f"{patr[0]}. {given}", f"{given} {patr[0]}."]
        sur = given
        rfam = rng.choice(loc.pm)[1]
    elif style == "mm":
        full = given
        forms = [given]
        sur = given
        rfam = ""
    elif style == "ff":
        full = f"{fam} {given}"
        forms = [full, f"{given} {fam}", f"{fam.upper()} {given}"]
        sur = given
    else:  # pragma: no cover
        raise ValueError(style)
    nick = None
    if loc.nick and rng.random() < 0.35:
        nick = rng.choice(loc.nick)[n]
    forms = [f for f in forms if f and f != full]
    return {
        "gender": gender,
        "native": native,
        "given": given,
        "fam": fam,
        "full": full,
        "forms": forms,
        "sur": sur,
        "famfull": famfull or fam or sur,
        "call": call,
        "nick": nick,
        "rg": fold(rgiven).replace(" ", "") or "guest",
        "rf": fold(rfam).replace(" ", "").replace("-", ""),
    }


def _local_part(rng: random.Random, p: dict) -> str:
    g, f = p["rg"].lower(), p["rf"].lower()
    if not f:
        f = g
    choices = [
        f"{g}.{f}",
        f"{g}{f}",
        f"{g[0]}{f}",
        f"{g}_{f}",
        f"{g}.{f}{rng.randint(1, 99)}",
        f"{f}.{g}",
        f"{g}{rng.randint(70, 2005)}",
        f"{f}{g[0]}",
        f"{g[0]}.{f}",
        f"{g}-{f}",
    ]
    return rng.choice(choices)


def make_email(rng: random.Random, loc: Loc, p: dict, work: bool = False) -> str:
    if work:
        return f"{_local_part(rng, p)}@{rng.choice(_split(T.COMPANY_DOMAINS))}"
    dom = rng.choice(loc.ml)
    if dom == loc.d.get("mailnum") and rng.random() < 0.5:
        return f"{rng.randint(10000000, 3999999999)}@{dom}"
    return f"{_local_part(rng, p)}@{dom}"


def make_handle(rng: random.Random, p: dict) -> str:
    g, f = p["rg"].lower(), p["rf"].lower() or p["rg"].lower()
    return rng.choice(
        [f"{g}.{f}", f"{g}{f[0]}", f"{g}_{f}", f"{g[0]}{f}", f"{g}{rng.randint(1, 99)}",
         f"{g}.{f}{rng.randint(1, 9)}", f"{p['rg']}{p['rf'][:1].upper()}", f"{g}-{f}"]
    )  # fmt: skip


# ======================================================================================
# dates
# ======================================================================================


def _months(lang: str, nominative: bool = False) -> list[str]:
    if nominative and lang in T.MONTHS_NOM:
        return T.MONTHS_NOM[lang].split("|")
    return T.MONTHS.get(lang, T.MONTHS["en"]).split("|")


def _fill_date(fmt: str, y: int, m: int, d: int, lang: str) -> str:
    months = _months(lang)
    return (
        fmt.replace("{dd}", f"{d:02d}")
        .replace("{d}", str(d))
        .replace("{mm}", f"{m:02d}")
        .replace("{m}", str(m))
        .replace("{Y}", str(y))
        .replace("{yy}", f"{y % 100:02d}")
        .replace("{Mab}", months[m - 1][:3])
        .replace("{M}", months[m - 1])
    )


_EN_FORMATS = ["{dd}/{mm}/{Y}", "{d} {M} {Y}", "{Y}-{mm}-{dd}", "{d} {Mab} {Y}", "{dd}.{mm}.{Y}"]
_US_FORMATS = ["{mm}/{dd}/{Y}", "{M} {d}, {Y}", "{m}/{d}/{Y}", "{Mab} {d}, {Y}"]


def format_date(rng: random.Random, loc: Loc, lang: str, y: int, m: int, d: int) -> str:
    local = lang in loc.langs and lang != "en"
    if local and loc.cal and rng.random() < 0.55:
        s = _alt_calendar(rng, loc, y, m, d)
    elif local:
        s = _fill_date(rng.choice(loc.df), y, m, d, lang)
    elif lang in ("en", "*"):
        if loc.id in ("us", "ph", "jm") or (loc.id == "ca" and rng.random() < 0.5):
            fmts = _US_FORMATS
        elif lang == "*":
            fmts = ["{Y}-{mm}-{dd}", "{dd}/{mm}/{Y}", "{dd}.{mm}.{Y}"]
        else:
            fmts = _EN_FORMATS + ([loc.df[0]] if "{M}" not in loc.df[0] else [])
        s = _fill_date(rng.choice(fmts), y, m, d, "en")
        if rng.random() < 0.08:
            s = s.upper()
    else:
        s = _fill_date(rng.choice(["{dd}/{mm}/{Y}", "{d} {M} {Y}", "{dd}.{mm}.{Y}"]), y, m, d, lang)
    if local and loc.dg and rng.random() < 0.3:
        s = native_digits(s, loc.dg)
    return s


def _alt_calendar(rng: random.Random, loc: Loc, y: int, m: int, d: int) -> str:
    if loc.cal == "jp":
        if y >= 2019:
            era = f"令和{y - 2018}年"
        elif y >= 1989:
            era = f"平成{y - 1988}年"
        else:
            era = f"昭和{y - 1925}年"
        return f"{era}{m}月{d}日"
    if loc.cal == "th":
        return f"{d} {_months('th')[m - 1]} {y + 543}"
    if loc.cal == "roc":
        return f"民國{y - 1911}年{m}月{d}日"
    if loc.cal == "hijri":
        hy = int((y - 622) * 33 / 32)
        return f"{rng.randint(1, 29)}/{rng.randint(1, 12)}/{hy} هـ"
    if loc.cal == "jalali":
        return f"{y - 621}/{rng.randint(1, 12):02d}/{rng.randint(1, 29):02d}"
    if loc.cal == "bs":
        return f"{y + 57}/{rng.randint(1, 12):02d}/{rng.randint(1, 30):02d}"
    if loc.cal == "et":
        return f"{rng.randint(1, 30):02d}/{rng.randint(1, 13):02d}/{y - 8} ዓ.ም."
    raise ValueError(loc.cal)


def _hms(rng: random.Random) -> str:
    return f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def _rand_ymd(rng: random.Random, y0: int, y1: int) -> tuple[int, int, int]:
    return rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28)


# ======================================================================================
# rendering
# ======================================================================================

PERSON_KINDS = {
    "NAME", "FULL", "GIVEN", "GIVENLC", "SUR", "SURFIRST", "SURCOMMA", "SURUP", "GIVENUP",
    "SURUPN", "FULLUP", "INIT", "GIVENINIT", "HANDLE", "MENTION", "HOSTNAME", "FULLPAD",
    "FULLURL",
}  # fmt: skip
LABELLED = {
    "EMAIL": "EMAIL", "WEMAIL": "EMAIL", "EMAILURL": "EMAIL", "PHONE": "PHONE", "PHONEI": "PHONE",
    "PHONEPAD": "PHONE", "PHONEURL": "PHONE", "ADDR": "ADDRESS", "ADDRML": "ADDRESS",
    "DOB": "DATE_OF_BIRTH", "DOBISO": "DATE_OF_BIRTH", "CARD": "CREDIT_CARD", "IBAN": "IBAN",
    "SSN": "US_SSN", "ITIN": "US_ITIN", "IP": "IP", "IP6": "IP", "IPLAN": "IP", "MAC": "MAC",
    "BTC": "CRYPTO", "ETH": "CRYPTO", "DL": "DRIVER_LICENSE", "PASS": "PASSPORT", "PWD": "SECRET",
    "PIN": "SECRET", "OTP": "SECRET", "CODE": "SECRET", "WIFI": "SECRET", "APIKEY": "SECRET",
    "TOKEN": "SECRET", "HEXTOK": "SECRET", "RCODE": "SECRET",
}  # fmt: skip
for _k in PERSON_KINDS:
    LABELLED[_k] = "PERSON"

_SLOT = re.compile(r"\{([A-Z][A-Z0-9]*)(?:\.(\d+))?\}")
_ALT = re.compile(r"\[\[(.*?)\]\]", re.S)

Piece = tuple[str, "str | None"]


def _esc_json(s: str, ascii_only: bool = False) -> str:
    return json.dumps(s, ensure_ascii=ascii_only)[1:-1]


_ESCAPES = {
    None: lambda s: s,
    "json": _esc_json,
    "csv": lambda s: s.replace('"', '""'),
    "sql": lambda s: s.replace("'", "''"),
}


_HON_BY_LANG = {
    "fr": ("M.", "Mme"), "es": ("Sr.", "Sra."), "pt": ("Sr.", "Sra."), "de": ("Herr", "Frau"),
    "it": ("Sig.", "Sig.ra"), "nl": ("dhr.", "mevr."), "pl": ("Pan", "Pani"), "cs": ("pan", "paní"),
    "ru": ("г-н", "г-жа"), "uk": ("пан", "пані"), "ar": ("السيد", "السيدة"),
    "tr": ("Sayın", "Sayın"), "ro": ("dl.", "dna."), "el": ("κ.", "κα"), "id": ("Bapak", "Ibu"),
    "ms": ("Encik", "Puan"), "fa": ("آقای", "خانم"), "hi": ("श्री", "श्रीमती"),
}  # fmt: skip


class Ctx:
    """Everything one text shares: locale, language, people and values by index."""

    def __init__(self, rng: random.Random, loc: Loc, lang: str) -> None:
        self.rng = rng
        self.loc = loc
        self.lang = lang
        self.people: dict[str, dict] = {}
        self.cache: dict[tuple[str, str], list[Piece]] = {}
        self.pieces_by_idx: dict[str, str] = {}

    # ------------------------------------------------------------------ people
    def person(self, idx: str) -> dict:
        if idx not in self.people:
            rng, loc = self.rng, self.loc
            if not loc.has_native:
                native = False
            elif self.lang in loc.native_langs:
                native = rng.random() < 0.85
            elif self.lang == "*":
                native = rng.random() < 0.3
            else:
                native = rng.random() < 0.06
            taken = {p["rg"] for p in self.people.values()}
            for _ in range(6):
                p = make_person(rng, loc, native)
                if p["rg"] not in taken:
                    break
            self.people[idx] = p
        return self.people[idx]

    def person_value(self, kind: str, p: dict) -> str:
        rng = self.rng
        if kind == "NAME":
            if p["forms"] and rng.random() < 0.45:
                return rng.choice(p["forms"])
            return p["full"]
        if kind == "FULL":
            return p["full"]
        if kind == "GIVEN":
            if p["nick"] and rng.random() < 0.5:
                return p["nick"]
            return p["call"]
        if kind == "GIVENLC":
            return p["call"].lower() if not p["native"] else p["call"]
        if kind == "SUR":
            return p["sur"]
        if kind == "SURFIRST":
            fam = p["fam"] or p["full"]
            if p["native"] and not fold(fam):
                return p["full"]
            opts = [
                f"{fam.upper()} {p['given']}",
                f"{fam}, {p['given']}",
                f"{fam.upper()}, {p['given']}",
            ]
            return rng.choice(opts) if fam != p["given"] else p["full"]
        if kind == "SURCOMMA":
            return f"{p['fam']}, {p['given']}" if p["fam"] else p["full"]
        if kind == "SURUP":
            return (fold(p["fam"]) or p["rf"] or p["rg"]).upper()
        if kind == "GIVENUP":
            return (fold(p["given"]) or p["rg"]).upper()
        if kind == "SURUPN":
            return p["famfull"].upper()
        if kind == "FULLUP":
            return fold(p["full"]).upper() or p["full"]
        if kind == "INIT":
            g, f = p["given"], p["fam"] or p["sur"]
            if p["native"] and not fold(g):
                return p["full"]
            return rng.choice(
                [f"{_ini(g)} {f}", f"{f} {_ini(g).replace(' ', '')}", f"{_ini(g)}{f}"]
            )
        if kind == "GIVENINIT":
            f = p["fam"] or p["sur"]
            return f"{p['call']} {f[0]}." if f else p["call"]
        if kind == "HANDLE":
            return make_handle(rng, p)
        if kind == "MENTION":
            return "@" + make_handle(rng, p)
        if kind == "FULLURL":
            return quote_plus(p["full"])
        raise KeyError(kind)

    # ------------------------------------------------------------------ values
    def phone(self, intl: bool = False) -> str:
        rng, loc = self.rng, self.loc
        pool = loc.phi if intl and loc.phi else loc.ph
        s = pat(rng, rng.choice(pool))
        if loc.dg and self.lang in loc.langs and self.lang != "en" and rng.random() < 0.2:
            s = native_digits(s, loc.dg)
        return s

    def address(self, multiline: bool = False) -> str:
        rng, loc = self.rng, self.loc
        if loc.na and (self.lang in loc.native_langs or (self.lang == "*" and rng.random() < 0.3)):
            fmts, n = loc.na, 0
        else:
            fmts, n = loc.a, 1
        if multiline:
            ml = [f for f in fmts if "\n" in f]
            fmt = rng.choice(ml) if ml and rng.random() < 0.7 else rng.choice(fmts)
        else:
            fmt = rng.choice([f for f in fmts if "\n" not in f] or fmts)
        town = rng.choice(loc.towns)
        vals = {
            "{n}": pat(rng, rng.choice(loc.hn)).lstrip("0") or "1",
            "{st}": rng.choice(loc.st)[n] if loc.st else "",
            "{dist}": rng.choice(loc.dist)[n] if loc.dist else town[n],
            "{tw}": town[n],
            "{pc}": pat(rng, town[2]),
            "{flat}": pat(rng, rng.choice(loc.flat)[n]),
            "{bld}": rng.choice(loc.bld)[n] if loc.bld else "",
        }
        out = []
        for part in re.split(r"(\{[a-z]+\})", fmt):
            out.append(vals[part] if part in vals else pat(rng, part))
        s = "".join(out)
        s = re.sub(r" ,", ",", s)
        s = re.sub(r"  +", " ", s).strip(" ,")
        s = s.replace(", ,", ",").rstrip(" ,-")
        if multiline and "\n" not in s and "，" not in s:
            s = s.replace(", ", "\n")
        if self.lang in loc.langs and self.lang != "en" and loc.dg and rng.random() < 0.15:
            s = native_digits(s, loc.dg)
        return s

    def dob(self, iso: bool = False) -> str:
        y, m, d = _rand_ymd(self.rng, 1942, 2006)
        if iso:
            return f"{y}-{m:02d}-{d:02d}"
        return format_date(self.rng, self.loc, self.lang, y, m, d)

    def date(self) -> str:
        y, m, d = _rand_ymd(self.rng, 2024, 2026)
        return format_date(self.rng, self.loc, self.lang, y, m, d)

    def secret(self, kind: str) -> str:
        rng = self.rng
        if kind == "PWD":
            r = rng.random()
            words = _split(T.PASSWORD_WORDS)
            if r < 0.45:
                return (
                    rng.choice(words)
                    + rng.choice(["!", "#", "_", "@", ".", ""])
                    + str(rng.randint(1, 2026))
                    + rng.choice(["", "!", "$", "?"])
                )
            if r < 0.75:
                alphabet = string.ascii_letters + string.digits + "!#$%&*?@"
                return "".join(rng.choice(alphabet) for _ in range(rng.randint(10, 16)))
            return "-".join(rng.choice(words).lower() for _ in range(3)) + str(rng.randint(1, 99))
        if kind == "PIN":
            return "".join(rng.choice(string.digits) for _ in range(rng.choice([4, 4, 6])))
        if kind == "OTP":
            v = "".join(rng.choice(string.digits) for _ in range(rng.choice([6, 6, 6, 4, 8])))
            return f"{v[:3]} {v[3:]}" if len(v) == 6 and rng.random() < 0.15 else v
        if kind == "CODE":
            return "".join(rng.choice(string.digits) for _ in range(rng.choice([4, 4, 5, 6])))
        if kind == "WIFI":
            words = _split(T.PASSWORD_WORDS)
            r = rng.random()
            if r < 0.5:
                return f"{rng.choice(words)}{rng.choice(['-', '_', ''])}{rng.randint(10, 9999)}"
            return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(12))
        if kind == "APIKEY":
            an = string.ascii_letters + string.digits
            r = rng.randint(0, 7)
            if r == 0:
                return "sk_live_" + "".join(rng.choice(an) for _ in range(24))
            if r == 1:
                return "sk-proj-" + "".join(rng.choice(an + "-_") for _ in range(48))
            if r == 2:
                return "ghp_" + "".join(rng.choice(an) for _ in range(36))
            if r == 3:
                return "AKIA" + "".join(
                    rng.choice(string.ascii_uppercase + "234567") for _ in range(16)
                )
            if r == 4:
                return "AIza" + "".join(rng.choice(an + "-_") for _ in range(35))
            if r == 5:
                return (
                    f"xoxb-{rng.randint(10**10, 10**11)}-{rng.randint(10**11, 10**12)}-"
                    + "".join(rng.choice(an) for _ in range(24))
                )
            if r == 6:
                return (
                    "SG."
                    + "".join(rng.choice(an + "-_") for _ in range(22))
                    + "."
                    + "".join(rng.choice(an + "-_") for _ in range(43))
                )
            return "key-" + rng.randbytes(16).hex()
        if kind == "TOKEN":
            if rng.random() < 0.8:
                head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').rstrip(b"=")
                body = json.dumps(
                    {"sub": str(rng.randint(10**6, 10**7)), "iat": rng.randint(1.7e9, 1.77e9)},
                    separators=(",", ":"),
                ).encode()
                body = base64.urlsafe_b64encode(body).rstrip(b"=")
                sig = base64.urlsafe_b64encode(rng.randbytes(32)).rstrip(b"=")
                return b".".join([head, body, sig]).decode()
            return "ya29." + "".join(
                rng.choice(string.ascii_letters + string.digits + "-_") for _ in range(64)
            )
        if kind == "HEXTOK":
            return rng.randbytes(16).hex()
        if kind == "RCODE":
            r = rng.random()
            if r < 0.4:
                return f"{rng.randbytes(2).hex()}-{rng.randbytes(2).hex()}"
            if r < 0.7:
                return "-".join(
                    "".join(rng.choice(string.ascii_uppercase + "23456789") for _ in range(4))
                    for _ in range(3)
                )
            return f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
        raise KeyError(kind)

    def labelled_value(self, kind: str, idx: str | None) -> list[Piece]:
        rng, loc = self.rng, self.loc
        cat = LABELLED[kind]
        if kind in PERSON_KINDS:
            p = self.person(idx or f"_{len(self.people) + 100}")
            if kind == "HOSTNAME":
                dev = rng.choice(
                    ["-iphone", "s-MacBook-Pro", "-galaxy-s23", "-pixel", "-laptop", "-ipad"]
                )
                return [(p["rg"].lower() if rng.random() < 0.6 else p["rg"], "PERSON"), (dev, None)]
            if kind == "FULLPAD":
                v = fold(p["full"]) or f"{p['rg']} {p['rf']}".strip()
                return [(v, "PERSON"), (" " * max(2, 30 - len(v)), None)]
            return [(self.person_value(kind, p), cat)]
        if kind in ("EMAIL", "WEMAIL", "EMAILURL"):
            p = self.person(idx or f"_{len(self.people) + 100}")
            v = make_email(rng, loc, p, work=kind == "WEMAIL")
            return [(quote(v, safe="") if kind == "EMAILURL" else v, cat)]
        if kind in ("PHONE", "PHONEI", "PHONEPAD", "PHONEURL"):
            v = self.phone(intl=kind in ("PHONEI", "PHONEURL"))
            if kind == "PHONEPAD":
                v = pat(rng, rng.choice(loc.phi or loc.ph))
                return [(v, cat), (" " * max(2, 20 - len(v)), None)]
            if kind == "PHONEURL":
                return [(quote_plus(v), cat)]
            return [(v, cat)]
        if kind in ("ADDR", "ADDRML"):
            return [(self.address(multiline=kind == "ADDRML"), cat)]
        if kind in ("DOB", "DOBISO"):
            return [
                (self.dob(iso=kind == "DOBISO" or self.lang == "*" and rng.random() < 0.6), cat)
            ]
        if kind == "CARD":
            return [(card_number(rng, loc.id), cat)]
        if kind == "IBAN":
            cc = loc.ib or rng.choice(["GB", "DE", "FR", "NL", "ES", "AE", "CH", "BE", "PT", "IT"])
            return [(iban(rng, cc), cat)]
        if kind == "SSN":
            return [(ssn(rng), cat)]
        if kind == "ITIN":
            return [(itin(rng), cat)]
        if kind == "IP":
            a = rng.choice(
                [
                    rng.randint(11, 99),
                    rng.randint(101, 126),
                    rng.randint(128, 191),
                    rng.randint(193, 223),
                ]
            )
            return [(f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}", cat)]
        if kind == "IPLAN":
            if rng.random() < 0.7:
                return [(f"192.168.{rng.choice([0, 1, 1, 8, 10, 100])}.{rng.randint(1, 254)}", cat)]
            return [(f"10.{rng.randint(0, 30)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}", cat)]
        if kind == "IP6":
            pre = rng.choice(
                ["2a02", "2001:4860", "2600:1700", "2409:4063", "2c0f:fe38", "2405:201", "2a01:e0a"]
            )
            groups = pre.split(":") + [
                f"{rng.randint(0, 0xFFFF):x}" for _ in range(8 - len(pre.split(":")))
            ]
            if rng.random() < 0.5:
                return [(":".join(groups[:4]) + "::" + ":".join(groups[6:]), cat)]
            return [(":".join(groups), cat)]
        if kind == "MAC":
            b = rng.randbytes(6).hex()
            r = rng.random()
            if r < 0.5:
                v = ":".join(b[i : i + 2] for i in range(0, 12, 2))
            elif r < 0.75:
                v = "-".join(b[i : i + 2] for i in range(0, 12, 2)).upper()
            elif r < 0.9:
                v = ":".join(b[i : i + 2] for i in range(0, 12, 2)).upper()
            else:
                v = ".".join(b[i : i + 4] for i in range(0, 12, 4))
            return [(v, cat)]
        if kind == "BTC":
            return [(btc_address(rng), cat)]
        if kind == "ETH":
            return [(eth_address(rng), cat)]
        if kind == "DL":
            p = rng.choice(loc.dl)
            if p == "DNI":
                num = rng.randint(10000000, 99999999)
                return [(f"{num}{'TRWAGMYFPDXBNJZSQVHLCKE'[num % 23]}", cat)]
            return [(pat(rng, p), cat)]
        if kind == "PASS":
            return [(pat(rng, rng.choice(loc.pp)), cat)]
        return [(self.secret(kind), cat)]

    def near(self, kind: str) -> str:  # noqa: C901
        rng, loc = self.rng, self.loc
        ch = rng.choice
        if kind == "PNR":
            return "".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
        if kind in ("AIRLINE", "AIRLINEC", "FLIGHT"):
            name, code = _pair(ch(_split(T.AIRLINES)))
            if kind == "AIRLINE":
                return name
            if kind == "AIRLINEC":
                return code
            return f"{code}{ch(['', ' '])}{rng.randint(1, 2999)}"
        if kind == "TKT":
            return f"{rng.randint(1, 999):03d}-{rng.randint(10**9, 10**10 - 1)}"
        if kind == "FF":
            return str(rng.randint(10**8, 10**10))
        if kind == "TRAIN":
            return f"{ch(_split(T.TRAINS))} {rng.randint(1, 9999)}"
        if kind == "STATION":
            return ch(_split(T.STATIONS))
        if kind == "SEAT":
            return f"{rng.randint(1, 45)}{ch('ABCDEFHK')}"
        if kind == "ROOM":
            return str(rng.randint(101, 1520))
        if kind == "GATE":
            return f"{ch('ABCDEFGKM')}{rng.randint(1, 60)}"
        if kind == "ORDER":
            return ch(["#", "ORD-", "", "A"]) + str(rng.randint(10**6, 10**10))
        if kind == "TRACK":
            r = rng.random()
            if r < 0.3:
                return "1Z" + "".join(ch(string.ascii_uppercase + string.digits) for _ in range(16))
            if r < 0.55:
                return f"{ch(['RR', 'LX', 'CP', 'EE'])}{rng.randint(10**8, 10**9 - 1)}{loc.cc}"
            if r < 0.8:
                return str(rng.randint(10**11, 10**12 - 1))
            return "JD" + str(rng.randint(10**15, 10**16))
        if kind == "INV":
            return f"INV-{rng.randint(2024, 2026)}-{rng.randint(1, 99999):05d}"
        if kind in ("CUST", "CUSTP"):
            v = f"C{rng.randint(10**5, 10**7)}"
            return v.ljust(10) if kind == "CUSTP" else v
        if kind == "ACCT":
            return str(rng.randint(10**7, 10**12))
        if kind == "METER":
            return ch(["MTR-", "", "E"]) + str(rng.randint(10**7, 10**11))
        if kind == "PLATE":
            return pat(rng, ch(loc.pl))
        if kind == "MASK":
            last = f"{rng.randint(0, 9999):04d}"
            return ch(
                [f"**** {last}", f"**** **** **** {last}", f"•••• {last}", f"XXXX-XXXX-XXXX-{last}"]
            )
        if kind == "LAST4":
            return f"{rng.randint(0, 9999):04d}"
        if kind == "AMT":
            a = rng.choice([rng.randint(5, 99), rng.randint(100, 999), rng.randint(1000, 250000)])
            s = f"{a:,}".replace(",", loc.ts)
            return ch(loc.cur).replace("{a}", s)
        if kind == "HOTEL":
            return ch(_split(T.HOTELS))
        if kind == "HOTELDOM":
            return re.sub(r"[^a-z]", "", fold(ch(_split(T.HOTELS)).lower()))[:18] + ch(
                [".com", ".net", ".travel"]
            )
        if kind == "BIZ":
            return ch(loc.biz)
        if kind == "SHOP":
            return ch(_split(T.SHOPS))
        if kind == "COMPANY":
            return ch(_split(T.COMPANIES))
        if kind == "APP":
            return ch(_split(T.APPS))
        if kind == "APPDOM":
            return ch(_split(T.APP_DOMAINS))
        if kind == "RIDEAPP":
            return ch(_split(T.RIDE_APPS) + _split(T.FOOD_APPS))
        if kind == "MARKET":
            return ch(_split(T.MARKETS))
        if kind == "COURIER":
            return ch(_split(T.COURIERS))
        if kind in ("AIRPORT", "IATA"):
            code, name = ch(loc.ap) if loc.ap and rng.random() < 0.7 else ch(LOCALES).ap[0]
            if kind == "IATA":
                return code
            return ch([f"{name} ({code})", name, f"{code} {name}"])
        if kind == "DATE":
            return self.date()
        if kind == "DATEISO":
            y, m, d = _rand_ymd(rng, 2024, 2026)
            return f"{y}-{m:02d}-{d:02d}"
        if kind == "TIME":
            return f"{rng.randint(6, 22):02d}:{ch(['00', '15', '30', '45', '05', '50'])}"
        if kind == "TS":
            y, m, d = _rand_ymd(rng, 2024, 2026)
            return f"{y}-{m:02d}-{d:02d}T{_hms(rng)}Z"
        if kind == "CLF":
            y, m, d = _rand_ymd(rng, 2024, 2026)
            mon = T.MONTHS["en"].split("|")[m - 1][:3]
            return f"{d:02d}/{mon}/{y}:{_hms(rng)} +0000"
        if kind == "ICSDT":
            y, m, d = _rand_ymd(rng, 2024, 2026)
            return f"{y}{m:02d}{d:02d}T{rng.randint(8, 19):02d}0000"
        if kind == "DAY":
            days = T.WEEKDAYS.get(self.lang if self.lang != "*" else "en")
            return ch(days.split("|")) if days else self.date()
        if kind == "MONTHNAME":
            if self.lang in ("zh", "zht", "ja"):
                return f"{rng.randint(1, 12)}月"
            if self.lang == "ko":
                return f"{rng.randint(1, 12)}월"
            lang = self.lang if self.lang in T.MONTHS or self.lang in T.MONTHS_NOM else "en"
            return ch(_months(lang, nominative=True))
        if kind == "YEAR":
            return str(rng.randint(2012, 2024))
        if kind == "REF":
            return ch(["REF-", "", "R", "CASE-"]) + "".join(
                ch(string.ascii_uppercase + string.digits) for _ in range(8)
            )
        if kind == "TICKET":
            return ch(["#", "TKT-", "SR-", "INC"]) + str(rng.randint(10**4, 10**7))
        if kind == "VOUCHER":
            return "VCH-" + "".join(ch(string.ascii_uppercase + string.digits) for _ in range(6))
        if kind == "VER":
            return f"v{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 20)}"
        if kind == "HASH":
            return rng.randbytes(20).hex()
        if kind == "HEX":
            return rng.randbytes(6).hex()
        if kind == "UUID":
            h = rng.randbytes(16).hex()
            return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{h[16:20]}-{h[20:]}"
        if kind == "SKU":
            letters = ch(string.ascii_uppercase) + ch(string.ascii_uppercase)
            return f"SKU-{letters}-{rng.randint(1000, 99999)}"
        if kind == "TOWN":
            t = ch(loc.towns)
            return t[0] if self.lang in loc.native_langs else t[1]
        if kind == "DIST":
            if loc.dist:
                d = ch(loc.dist)
                return d[0] if self.lang in loc.native_langs else d[1]
            return self.near("TOWN")
        if kind == "COUNTRY":
            return ch(LOCALES).country
        if kind == "CC":
            return loc.cc
        if kind == "CURCODE":
            return loc.curcode
        if kind == "CURCODEL":
            return loc.curcode.lower()
        if kind == "PUBFIG":
            return ch(_split(T.PUBLIC_FIGURES))
        if kind == "QUOTE":
            return ch(_split(T.QUOTES))
        if kind == "PET":
            return ch(_split(T.PETS))
        if kind == "CAR":
            return ch(_split(T.CARS))
        if kind == "ITEM":
            return ch(_split(T.ITEMS))
        if kind == "GYM":
            return ch(_split(T.GYMS))
        if kind == "CLUB":
            return ch(_split(T.CLUBS))
        if kind == "HOSP":
            return ch(_split(T.HOSPITALS))
        if kind == "EVENT":
            return ch(_split(T.EVENTS))
        if kind == "WIFIN":
            return ch(_split(T.WIFI_NAMES))
        if kind == "NUM":
            return str(rng.randint(1, 9))
        if kind == "VIN":
            return "".join(ch("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17))
        if kind == "BIC":
            return (
                "".join(ch(string.ascii_uppercase) for _ in range(4))
                + loc.cc[:2]
                + ch(["2X", "22", "XX", "PP"])
                + ch(["", "XXX"])
            )
        if kind == "EXP":
            return f"{rng.randint(1, 12):02d}/{rng.randint(26, 31)}"
        if kind == "ERRCODE":
            return ch(["ERR_CARD_DECLINED", "E_TIMEOUT", "REFUND_FAILED", "HTTP 502"])
        if kind == "DBUSER":
            return ch(["booking_app", "svc_hostel", "app_rw", "pms_reader", "webapp"])
        if kind == "UA":
            return ch([
                "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15",
                "Mozilla/5.0 (Linux; Android 14; SM-A546B) Chrome/124.0 Mobile",
                "okhttp/4.12.0", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Firefox/126.0",
            ])  # fmt: skip
        if kind == "DUR":
            return str(rng.randint(80, 30000))
        if kind == "LAT":
            return f"{rng.uniform(-40, 60):.5f}"
        if kind == "LNG":
            return f"{rng.uniform(-120, 150):.5f}"
        if kind == "HONSFX":
            return "r" if self.person("1")["gender"] == "m" else ""
        if kind == "HON":
            return self.hon("1")
        raise KeyError(kind)

    def hon(self, idx: str) -> str:
        p = self.person(idx)
        m = p["gender"] == "m"
        rng, loc = self.rng, self.loc
        own = loc.hm if m else loc.hf
        if self.lang not in ("en", "*") and own and self.lang == loc.langs[0]:
            return rng.choice(own)
        if self.lang in _HON_BY_LANG:
            return _HON_BY_LANG[self.lang][0 if m else 1]
        return rng.choice(["Mr", "Mr."]) if m else rng.choice(["Ms", "Mrs", "Ms."])

    # ------------------------------------------------------------------ slots
    def slot(self, kind: str, idx: str | None) -> list[Piece]:
        if kind == "HON":
            return [(self.hon(idx or "1"), None)]
        if kind == "HONSFX":
            return [("r" if self.person(idx or "1")["gender"] == "m" else "", None)]
        if kind == "LOCALNOTE":
            return local_note(self)
        labelled = kind in LABELLED
        if idx is not None and (labelled or kind in ("PHONE",)):
            key = (kind, idx)
            if key not in self.cache:
                self.cache[key] = self.labelled_value(kind, idx)
            return self.cache[key]
        if labelled:
            return self.labelled_value(kind, idx)
        if idx is not None:
            key = (kind, idx)
            if key not in self.cache:
                self.cache[key] = [(self.near(kind), None)]
            return self.cache[key]
        return [(self.near(kind), None)]


def render(ctx: Ctx, template: str, esc: str | None = None) -> list[Piece]:
    """Template -> pieces (text, category); values escaped for the template's format."""
    text = _ALT.sub(lambda m: ctx.rng.choice(m.group(1).split("|")), template)
    pieces: list[Piece] = []
    pos = 0
    escape = _ESCAPES[esc]
    for m in _SLOT.finditer(text):
        if m.start() > pos:
            pieces.append((text[pos : m.start()], None))
        for value, cat in ctx.slot(m.group(1), m.group(2)):
            pieces.append((escape(value), cat))
        pos = m.end()
    if pos < len(text):
        pieces.append((text[pos:], None))
    return pieces


def local_note(ctx: Ctx) -> list[Piece]:
    """A notice in the locale's own language (for 'translate this' prompts)."""
    loc = ctx.loc
    lang = next((lg for lg in loc.langs if lg != "en"), None)
    if lang is None:
        lang = "fr"
    saved = ctx.lang
    ctx.lang = lang
    cands = [t for t in T.TEMPLATES if t[1] == lang and not t[3].startswith("@")]
    if cands:
        pieces = render(ctx, ctx.rng.choice(cands)[3])
    else:
        lines = ctx.rng.sample(T.CHAT[lang], min(3, len(T.CHAT[lang])))
        pieces = render(ctx, "\n".join(lines))
    ctx.lang = saved
    return pieces


# ======================================================================================
# chats and forms
# ======================================================================================

CHAT_APPS = ["whatsapp", "whatsapp2", "telegram", "viber", "signal", "messenger", "discord",
             "slack", "sms"]  # fmt: skip
_APP_BY_LOC = {
    "jp": "line", "th": "line", "tw": "line", "kr": "kakao", "cn": "wechat", "hk": "wechat",
    "sg": "wechat", "my": "wechat", "ru": "telegram", "uz": "telegram", "ir": "telegram",
    "kz": "telegram", "ua": "viber", "mm": "viber", "ph": "messenger",
}  # fmt: skip


def chat_text(ctx: Ctx) -> tuple[str, list[Piece]]:
    rng, loc = ctx.rng, ctx.loc
    app = _APP_BY_LOC.get(loc.id) if rng.random() < 0.55 else None
    app = app or rng.choice(CHAT_APPS)
    lines = T.CHAT.get(ctx.lang) or T.CHAT["en"]
    n = rng.randint(3, 8)
    chosen = rng.sample(lines, min(n, len(lines)))
    speakers = ["1", "2"] + (["3"] if rng.random() < 0.3 else [])
    y, m, d = _rand_ymd(rng, 2024, 2026)
    hh, mm_ = rng.randint(7, 21), rng.randint(0, 50)
    pieces: list[Piece] = []
    unsaved = rng.random() < 0.25

    def who(idx: str) -> list[Piece]:
        if app == "discord":
            return ctx.slot("HANDLE", idx)
        if app in ("whatsapp", "whatsapp2", "sms") and unsaved and idx == "2":
            return ctx.slot("PHONEI", "90")
        if app == "slack":
            return (
                ctx.slot("FULL" if rng.random() < 0.5 else "HANDLE", idx)
                if idx not in ctx.cache_names
                else ctx.cache_names[idx]
            )
        return ctx.cache_names.get(idx) or ctx.slot("GIVEN", idx)

    ctx.cache_names = {}
    for sp in speakers:
        form = rng.choice(["GIVEN", "NAME", "FULL", "GIVEN"])
        if app in ("slack", "discord"):
            form = "HANDLE" if app == "discord" else rng.choice(["FULL", "HANDLE"])
        ctx.cache_names[sp] = ctx.slot(form, sp)
    if app == "kakao":
        pieces += [("", None)] + ctx.cache_names["2"] + [(" 님과 카카오톡 대화\n", None)]
        pieces.append((f"--------------- {y}년 {m}월 {d}일 ---------------\n", None))
    elif app == "line":
        pieces += [("[LINE] Chat history with ", None)] + ctx.cache_names["2"] + [("\n", None)]
        pieces.append((f"{y}/{m:02d}/{d:02d}\n", None))
    elif app == "whatsapp":
        pieces.append(("Messages and calls are end-to-end encrypted.\n", None))
    elif app == "wechat":
        pieces.append((f"—————  {y}-{m:02d}-{d:02d}  —————\n", None))
    cur = speakers[0]
    for i, line in enumerate(chosen):
        if ".1}" in line or ".2}" in line:
            cur = "1"  # lines speak as person 1 and address person 2
        elif i and rng.random() < 0.7:
            cur = speakers[(speakers.index(cur) + 1) % len(speakers)]
        mm_ = min(59, mm_ + rng.randint(0, 6))
        t = f"{hh:02d}:{mm_:02d}"
        body = render(ctx, line)
        name = who(cur)
        if app == "whatsapp":
            head = (
                [(f"[{d:02d}/{m:02d}/{y % 100:02d}, {t}:{rng.randint(10, 59)}] ", None)]
                + name
                + [(": ", None)]
            )
        elif app == "whatsapp2":
            head = [(f"{d:02d}/{m:02d}/{y}, {t} - ", None)] + name + [(": ", None)]
        elif app == "telegram":
            head = name + [(f", [{d:02d}.{m:02d}.{y} {t}]\n", None)]
        elif app == "line":
            head = [(f"{t}\t", None)] + name + [("\t", None)]
        elif app == "kakao":
            ampm = "오전" if hh < 12 else "오후"
            head = [("[", None)] + name + [(f"] [{ampm} {hh % 12 or 12}:{mm_:02d}] ", None)]
        elif app == "wechat":
            head = name + [(f" {t}\n", None)]
        elif app == "viber":
            head = [(f"[{d:02d}/{m:02d}/{y} {t}] ", None)] + name + [(": ", None)]
        elif app == "signal":
            head = name + [(f" ({t}): ", None)]
        elif app == "messenger":
            head = name + [("\n", None)]
        elif app == "discord":
            head = name + [
                (f" — Today at {hh % 12 or 12}:{mm_:02d} {'AM' if hh < 12 else 'PM'}\n", None)
            ]
        elif app == "slack":
            head = name + [(f"  {hh % 12 or 12}:{mm_:02d} {'AM' if hh < 12 else 'PM'}\n", None)]
        else:  # sms
            head = [("Me: ", None)] if cur == "1" else [("From ", None)] + name + [(": ", None)]
        pieces += head + body + [("\n", None)]
        if app == "messenger" and rng.random() < 0.3:
            pieces.append((f"Sent {t}\n", None))
    return f"chat_{app}", pieces


_FORM_FIELDS = ("FULL", "PHONE", "EMAIL", "ADDR", "DOB", "PASS", "DL")


def form_text(ctx: Ctx) -> list[Piece]:
    rng = ctx.rng
    labels = T.FIELDS[ctx.lang].split("|")
    title = rng.choice(T.TITLES[ctx.lang].split("|"))
    chosen = [0] + sorted(rng.sample(range(1, 7), rng.randint(3, 5)))
    style = rng.randint(0, 4)
    pieces: list[Piece] = [
        (title + ("\n" + "=" * min(len(title), 30) if style == 1 else "") + "\n", None)
    ]
    near = [("Ref.", "REF"), ("No.", "ORDER"), ("PNR", "PNR"), ("#", "ROOM"), ("ID", "CUST")]
    if rng.random() < 0.7:
        lab, kind = rng.choice(near)
        pieces.append((f"{lab}: ", None))
        pieces += ctx.slot(kind, None)
        pieces.append(("\n", None))
    for i in chosen:
        kind = _FORM_FIELDS[i]
        lab = labels[i]
        if style == 0:
            pieces.append((f"{lab}: ", None))
        elif style == 1:
            pieces.append((f"{lab} {'.' * max(2, 28 - len(lab))} ", None))
        elif style == 2:
            pieces.append((f"| {lab} | ", None))
        elif style == 3:
            pieces.append((f"{lab.upper()}\n", None))
        else:
            pieces.append((f"- {lab} = ", None))
        pieces += ctx.slot(kind, "1" if kind in ("FULL", "EMAIL", "DOB") else str(i + 1))
        pieces.append((" |\n" if style == 2 else "\n", None))
    if ctx.loc.id == "us" and ctx.lang == "en":
        for lab, kind in (("SSN", "SSN"), ("ITIN", "ITIN")):
            if rng.random() < (0.6 if kind == "SSN" else 0.25):
                pieces.append((f"{lab}: ", None))
                pieces += ctx.slot(kind, None)
                pieces.append(("\n", None))
    if rng.random() < 0.5:
        pieces += (
            [("\n", None)]
            + ctx.slot("DATE", None)
            + [("  ", None)]
            + ctx.slot("INIT", "1")
            + [("\n", None)]
        )
    return pieces


# ======================================================================================
# LLM request wrappers and logs
# ======================================================================================


def wrap(ctx: Ctx, pieces: list[Piece], clean: bool = False) -> tuple[str, list[Piece], bool]:
    """Wrap a text in an LLM API body (JSON) or a log line; escaping piece by piece."""
    rng = ctx.rng
    kind = rng.choice(
        [
            "openai",
            "openai",
            "anthropic",
            "anthropic",
            "gemini",
            "responses",
            "ollama",
            "log",
            "log",
        ]
    )
    ascii_only = rng.random() < 0.3
    body = [(_esc_json(t, ascii_only), c) for t, c in pieces]
    system = _esc_json(rng.choice(_split(T.SYSTEM_PROMPTS)), ascii_only)

    def js(s: str) -> str:
        return _esc_json(s, ascii_only)

    out: list[Piece] = []
    if kind == "openai":
        model = rng.choice(_split(T.MODELS["openai"]))
        out.append(
            (
                f'{{"model": "{model}", "messages": [{{"role": "system", "content": "{system}"}}, ',
                None,
            )
        )
        if rng.random() < 0.3:
            out.append(
                (
                    '{"role": "user", "content": "hi"}, '
                    '{"role": "assistant", "content": "Hi! How can I help?"}, ',
                    None,
                )
            )
        out.append(('{"role": "user", "content": "', None))
        out += body
        out.append(('"}], "temperature": 0.3', None))
        if rng.random() < 0.4 and not clean:
            out.append((', "user": "', None))
            out += [(js(v), c) for v, c in ctx.slot("EMAIL", "80")]
            out.append(('"', None))
        out.append(("}", None))
    elif kind == "anthropic":
        model = rng.choice(_split(T.MODELS["anthropic"]))
        out.append(
            (f'{{"model": "{model}", "max_tokens": 1024, "system": "{system}", "messages": [', None)
        )
        if rng.random() < 0.5:
            out.append(('{"role": "user", "content": [{"type": "text", "text": "', None))
            out += body
            out.append(('"}]}]', None))
        else:
            out.append(('{"role": "user", "content": "', None))
            out += body
            out.append(('"}]', None))
        if rng.random() < 0.3 and not clean:
            out.append((', "metadata": {"user_id": "', None))
            out += [(js(v), c) for v, c in ctx.slot("HANDLE", "81")]
            out.append(('"}', None))
        out.append(("}", None))
    elif kind == "gemini":
        out.append(('{"contents": [{"role": "user", "parts": [{"text": "', None))
        out += body
        out.append(
            (
                f'"}}]}}], "systemInstruction": {{"parts": [{{"text": "{system}"}}]}}, '
                '"generationConfig": {"temperature": 0.2, "maxOutputTokens": 800}}',
                None,
            )
        )
    elif kind == "responses":
        model = rng.choice(_split(T.MODELS["openai"]))
        if rng.random() < 0.5:
            out.append((f'{{"model": "{model}", "instructions": "{system}", "input": "', None))
            out += body
            out.append(('"}', None))
        else:
            out.append(
                (
                    f'{{"model": "{model}", "input": [{{"role": "user", "content": '
                    '[{"type": "input_text", "text": "',
                    None,
                )
            )
            out += body
            out.append(('"}]}], "store": false}', None))
    elif kind == "ollama":
        model = rng.choice(_split(T.MODELS["ollama"]))
        if rng.random() < 0.5:
            out.append((f'{{"model": "{model}", "prompt": "', None))
            out += body
            out.append(('", "stream": false}', None))
        else:
            out.append((f'{{"model": "{model}", "messages": [{{"role": "user", "content": "', None))
            out += body
            out.append(('"}], "stream": false, "options": {"num_ctx": 8192}}', None))
    else:
        y, m, d = _rand_ymd(rng, 2024, 2026)
        ts = f"{y}-{m:02d}-{d:02d}T{_hms(rng)}.{rng.randint(0, 999):03d}Z"
        model = rng.choice(_split(T.MODELS["openai"]) + _split(T.MODELS["anthropic"]))
        rid = rng.randbytes(8).hex()
        out.append((f"{ts} INFO  llm-gateway req={rid} model={model} ", None))
        if rng.random() < 0.6 and not clean:
            out.append(("user=", None))
            out += ctx.slot("EMAIL", "82")
            out.append((" ip=", None))
            out += ctx.slot("IP", "83")
            out.append((" ", None))
        out.append(('prompt="', None))
        out += body
        out.append(
            (f'" tokens_in={rng.randint(50, 4000)} latency_ms={rng.randint(200, 9000)}', None)
        )
        return "log", out, False
    return kind, out, True


# ======================================================================================
# the set
# ======================================================================================


def _pick_lang(rng: random.Random, loc: Loc, local_share: float) -> str:
    local = [lg for lg in loc.langs if lg != "en"]
    if local and rng.random() < local_share:
        return local[0] if rng.random() < 0.75 or len(local) == 1 else rng.choice(local[1:])
    return "en"


def _templates_for(lang: str, loc: Loc, pool: list) -> list:
    return [t for t in pool if t[1] == lang and (not t[2] or loc.id in t[2].split("|"))]


def _prompted(ctx: Ctx, pieces: list[Piece]) -> list[Piece]:
    lang = ctx.lang if ctx.lang in T.PROMPTS and ctx.rng.random() < 0.5 else "en"
    prompts = T.PROMPTS[lang].split("|")
    if ctx.lang in ("en", "*"):
        prompts = [p for p in prompts if not p.startswith("Translate")]
    prompt = ctx.rng.choice(prompts)
    return [(prompt + ctx.rng.choice(["\n\n", "\n", " "]), None)] + pieces


_WEIGHTED = [loc for loc in LOCALES for _ in range(6 if loc.id == "us" else 1)]


def _one(rng: random.Random) -> tuple[str, list[Piece], str]:
    loc = rng.choice(_WEIGHTED)
    r = rng.random()
    clean = r < 0.075
    if clean:
        lang = "en"
        ctx = Ctx(rng, loc, lang)
        tid, _, _, text = rng.choice(T.NEAR)
        esc = "json" if text.startswith("@json\n") else None
        pieces = render(ctx, text.split("\n", 1)[1] if esc else text, esc)
        kind = "json" if esc else "text"
    elif r < 0.275:
        ctx = Ctx(rng, loc, _pick_lang(rng, loc, 0.6))
        tid, pieces = chat_text(ctx)
        kind = "text"
    elif r < 0.37:
        ctx = Ctx(rng, loc, _pick_lang(rng, loc, 0.7))
        tid, pieces = f"form_{ctx.lang}", form_text(ctx)
        kind = "text"
    elif r < 0.52:
        ctx = Ctx(rng, loc, "*")
        cands = _templates_for("*", loc, T.TEMPLATES)
        own = [t for t in cands if t[2]]
        tid, _, _, text = rng.choice(own if own and rng.random() < 0.5 else cands)
        esc = None
        if text.startswith("@"):
            head, text = text.split("\n", 1)
            esc = head[1:]
        pieces = render(ctx, text, esc)
        kind = "json" if esc == "json" else "text"
    else:
        lang = _pick_lang(rng, loc, 0.15 if loc.id == "us" else 0.45)
        cands = _templates_for(lang, loc, T.TEMPLATES)
        own = [t for t in cands if t[2]]
        if own and rng.random() < 0.6:
            cands = own
        if not cands:
            lang = "en"
            cands = _templates_for(lang, loc, T.TEMPLATES)
        ctx = Ctx(rng, loc, lang)
        tid, _, _, text = rng.choice(cands)
        pieces = render(ctx, text)
        kind = "text"
        if rng.random() < 0.15:
            pieces = _prompted(ctx, pieces)
    if rng.random() < 0.2:
        if kind == "text" and rng.random() < 0.6:
            pieces = _prompted(ctx, pieces)
        wkind, pieces, is_json = wrap(ctx, pieces, clean)
        tid = f"{tid}+{wkind}"
        kind = "json" if is_json else "log"
    return tid, pieces, f"{kind}|{loc.id}"


def _assemble(pieces: list[Piece]) -> tuple[str, list[tuple[str, int, int]], list[str]]:
    text_parts: list[str] = []
    spans: list[tuple[str, int, int]] = []
    values: list[str] = []
    pos = 0
    for value, cat in pieces:
        if cat is not None and value:
            spans.append((cat, pos, pos + len(value)))
            values.append(value)
        text_parts.append(value)
        pos += len(value)
    return "".join(text_parts), spans, values


_LAST_META: list[tuple[str, str, list[str]]] = []


def dev25_set(scale: float = 1.0) -> list[Sample]:
    """The dev25 texts: ``int(1200 * scale)`` samples, the same for a given scale."""
    rng = random.Random(SEED)
    out: list[Sample] = []
    _LAST_META.clear()
    for _ in range(int(N_TEXTS * scale)):
        tid, pieces, kind = _one(rng)
        text, spans, values = _assemble(pieces)
        out.append(Sample(text, spans))
        _LAST_META.append((tid, kind, values))
    return out


# ======================================================================================
# self-check
# ======================================================================================


def _check(samples: list[Sample], scale: float = 1.0) -> None:
    assert len(samples) == int(N_TEXTS * scale), len(samples)
    assert len(_LAST_META) == len(samples)
    counts: dict[str, int] = dict.fromkeys(CATEGORIES, 0)
    locales: set[str] = set()
    shapes: set[str] = set()
    empty = 0
    for s, (tid, kind, values) in zip(samples, _LAST_META, strict=True):
        kind_name, lid = kind.split("|")
        locales.add(lid)
        shapes.add(tid.split("+")[0])
        if kind_name == "json":
            json.loads(s.text)
        assert len(values) == len(s.spans)
        last_end = -1
        for (cat, a, b), value in zip(s.spans, values, strict=True):
            assert cat in CATEGORIES, cat
            assert 0 <= a < b <= len(s.text), (a, b)
            sub = s.text[a:b]
            assert sub == value, (sub, value)
            assert sub.strip() == sub, repr(sub)
            assert a >= last_end, "overlap"
            last_end = b
            counts[cat] += 1
        empty += not s.spans
    _check_generators()
    total = sum(counts.values())
    print(f"texts: {len(samples)}  labels: {total}  per text: {total / len(samples):.2f}")
    print(f"locales: {len(locales)}  shapes: {len(shapes)}  near-miss-only texts: {empty}")
    for cat in CATEGORIES:
        print(f"  {cat:<15}{counts[cat]:>6}")
    assert len(locales) >= 70, len(locales)
    assert all(counts[c] > 0 for c in CATEGORIES), counts


def _check_generators() -> None:
    rng = random.Random(1)
    assert (
        keccak256(b"").hex() == "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"
    )
    assert (
        eip55("5aaeb6053f3e94c9b9a09f33669435e7ef1beaed")
        == "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
    )
    ref = segwit_address(0, bytes.fromhex("751e76e8199196d454941c45d1b3a323f1433bd6"))
    assert ref == "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", ref
    for cc in sorted(_IBAN):
        value = iban(rng, cc)
        assert iban_ok(value) and len(value.replace(" ", "")) == IBAN_LENGTH[cc], cc
    for _ in range(200):
        assert luhn_ok(card_number(rng, rng.choice(["us", "jp", "cn", "ru", "in"])))
        cc = rng.choice(sorted(_IBAN))
        assert iban_ok(iban(rng, cc)), cc
        a = btc_address(rng)
        assert bech32_ok(a) if a.startswith("bc1") else b58check_ok(a)
        s = ssn(rng).replace("-", "").replace(" ", "")
        assert s[:3] not in ("000", "666") and s[0] != "9" and s[3:5] != "00" and s[5:] != "0000"
        t = itin(rng).replace("-", "").replace(" ", "")
        g = int(t[3:5])
        assert t[0] == "9" and (70 <= g <= 88 or 90 <= g <= 92 or 94 <= g <= 99)


if __name__ == "__main__":
    t0 = time.perf_counter()
    data = dev25_set()
    elapsed = time.perf_counter() - t0
    _check(data)
    print(f"generation time: {elapsed:.2f}s")
    assert elapsed < 5, elapsed
    again = dev25_set()
    assert [s.text for s in again] == [s.text for s in data], "not deterministic"
    print("self-check passed")
