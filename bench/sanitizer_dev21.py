"""dev21: people dealing with small businesses and public services, all over the world.

What it is
    An independent, labelled evaluation set for a PII sanitizer.  Texts are what people
    paste into, or send to, an LLM when dealing with a shop, clinic, pharmacy, landlord,
    school, council, NGO, courier or ride app, bank branch, mechanic, gym, recruiter or
    employer: support tickets and live chats, complaint e-mails, "help me reply",
    "translate this letter", invoices, receipts, quotes, delivery notes, booking
    confirmations, prescriptions and referrals, school notes, tenancy disputes, CVs,
    references, payslips, NGO lists, driver chats, OCR'd ID cards and forms (odd spacing)
    and call-centre speech-to-text (lowercase, no punctuation).  37 countries, in English
    and in about 25 local languages and scripts.  About a fifth of the texts are wrapped
    in an OpenAI / Anthropic / Gemini request body or in a log line of an app calling an
    LLM, escaped piece by piece so the labels still cover the values exactly.  About 8%
    of the texts have nothing to remove and carry near-misses instead (order numbers,
    versions, hashes, placeholders, public figures, eponymous companies and places).

How it was made
    Blind and by hand: every pool, template and envelope in
    ``bench/sanitizer_dev21_templates.py`` was written for this set without looking at
    the sanitizer, its tests or any other data in the repository, and nothing here was
    tuned or checked against it.  Only the standard library is used.  Texts are built
    from pieces ``(text, category_or_None)``; offsets are accumulated while assembling,
    never found by searching the finished text.  ``_check`` validates every sample.

Label conventions (must-remove values)
    PERSON: a private person's full name as one span (particles and middle names
    included, titles/honorifics outside); a given name or surname alone when it refers
    to a private person; lowercase names; @handles and logins that are the person's
    name.  Public figures, fictional characters, companies and places named after people
    are not labelled.  EMAIL, PHONE, IP, MAC, CREDIT_CARD (Luhn-valid), IBAN (mod-97),
    US_SSN, US_ITIN, CRYPTO (base58check / bech32 / EIP-55 or lowercase): the value.
    DATE_OF_BIRTH: only birth dates (any format or language, also spoken).  ADDRESS: a
    private street address with a house number, from the first to the last part given
    (country excluded).  DRIVER_LICENSE, PASSPORT: the number.  SECRET: the secret value
    only (passwords, API keys, tokens, PINs, recovery codes); placeholders are not
    secrets.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import string
import unicodedata

from bench import sanitizer_dev21_templates as T
from bench.sanitizer_data import Sample

SEED = 2121
N_BASE = 1200
CATEGORIES = (
    "PERSON",
    "EMAIL",
    "PHONE",
    "CREDIT_CARD",
    "IBAN",
    "US_SSN",
    "US_ITIN",
    "IP",
    "MAC",
    "CRYPTO",
    "DATE_OF_BIRTH",
    "ADDRESS",
    "DRIVER_LICENSE",
    "PASSPORT",
    "SECRET",
)

Piece = tuple[str, "str | None"]

# --------------------------------------------------------------------------- pools


def _split(s: str) -> list[str]:
    return [e.strip() for e in s.split("|") if e.strip()]


def _pairs(s: str) -> list[tuple[str, str]]:
    out = []
    for e in _split(s):
        roman, _, native = e.partition("=")
        out.append((roman.strip(), native.strip() or roman.strip()))
    return out


class _Loc:
    def __init__(self, key: str, d: dict[str, str]) -> None:
        self.key = key
        self.country = d["c"]
        self.lang = d.get("lang", "en")
        self.gf = _pairs(d["gf"])
        self.gm = _pairs(d["gm"])
        self.sn = _pairs(d["sn"])
        self.order = d.get("order", "gs")
        self.norder = d.get("norder", self.order)
        self.nsep = d.get("nsep", " ")
        self.doc = d.get("doc", "gs")
        self.towns = _pairs(d["towns"])
        self.streets = _pairs(d["streets"])
        self.addr = _split(d["addr"])
        self.naddr = _split(d.get("naddr", d["addr"]))
        self.pc = d.get("pc", "%####")
        self.x = _split(d.get("x", "Centro"))
        self.phone = _split(d["phone"])
        self.dom = _split(d["dom"])
        self.biz = _split(d["biz"])
        self.pub = _split(d["pub"])
        self.place = _split(d["place"])
        self.hon = _split(d["hon"])
        self.dfmt = _split(d["dfmt"])
        self.pp = _split(d.get("pp", "@@#######"))
        self.dl = _split(d.get("dl", "@@######"))
        self.iban = d.get("iban", "")


LOCS = {k: _Loc(k, v) for k, v in T.LOCALES.items()}
LOC_KEYS = list(T.LOCALES)
EPONYMS = _split(T.EPONYM_COMPANIES)
PUBLIC = _split(T.PUBLIC_FIGURES)
PLACES = _split(T.PLACES)
HOSPITALS = _split(T.HOSPITALS)
SCHOOLS = _split(T.SCHOOLS)
_HOSP_KW = (
    "Hospital",
    "Hôpital",
    "Ospedale",
    "Spital",
    "sjukhus",
    "sjukehus",
    "Medical",
    "Bệnh viện",
    "RSUP",
    "Cardiac",
)
_SCHOOL_KW = (
    "School",
    "Schule",
    "Gymnasium",
    "Lycée",
    "Liceo",
    "Colegio",
    "Escola",
    "Szkoła",
    "Colegiul",
    "Universit",
    "Vidyalaya",
)
PRODUCTS = _split(T.PRODUCTS)
DRUGS = _split(T.DRUGS)
PLACEHOLDERS = _split(T.PLACEHOLDERS)
PWD_WORDS = _split(T.PWD_WORDS)
TOOLS = _split(T.TOOLS)
MODELS = _split(T.MODELS)
MONTHS = {k: _split(v) for k, v in T.MONTHS.items()}
MES_PT = _split(T.MES_PT)

CURRENCY = {
    "KE": "KSh",
    "NG": "₦",
    "GH": "GH₵",
    "ZA": "R",
    "EG": "EGP",
    "MA": "MAD",
    "TR": "₺",
    "IR": "IRR",
    "PK": "Rs.",
    "IN": "₹",
    "BD": "Tk",
    "LK": "LKR",
    "ID": "Rp",
    "PH": "₱",
    "VN": "₫",
    "TH": "฿",
    "CN": "¥",
    "JP": "¥",
    "KR": "₩",
    "BR": "R$",
    "MX": "MX$",
    "CO": "COP",
    "AR": "ARS",
    "PL": "zł",
    "RO": "lei",
    "UA": "грн",
    "GR": "€",
    "IT": "€",
    "FR": "€",
    "DE": "€",
    "NL": "€",
    "SE": "kr",
    "NO": "kr",
    "UK": "£",
    "US": "$",
    "CA": "CA$",
    "AU": "A$",
}
CC3 = {
    "KE": "KEN",
    "NG": "NGA",
    "GH": "GHA",
    "ZA": "ZAF",
    "EG": "EGY",
    "MA": "MAR",
    "TR": "TUR",
    "IR": "IRN",
    "PK": "PAK",
    "IN": "IND",
    "BD": "BGD",
    "LK": "LKA",
    "ID": "IDN",
    "PH": "PHL",
    "VN": "VNM",
    "TH": "THA",
    "CN": "CHN",
    "JP": "JPN",
    "KR": "KOR",
    "BR": "BRA",
    "MX": "MEX",
    "CO": "COL",
    "AR": "ARG",
    "PL": "POL",
    "RO": "ROU",
    "UA": "UKR",
    "GR": "GRC",
    "IT": "ITA",
    "FR": "FRA",
    "DE": "D",
    "NL": "NLD",
    "SE": "SWE",
    "NO": "NOR",
    "UK": "GBR",
    "US": "USA",
    "CA": "CAN",
    "AU": "AUS",
}

# IBAN: country -> BBAN pattern ("#" digit, "@" letter)
IBAN_BBAN = {
    "DE": "##################",
    "FR": "#######################",
    "IT": "@######################",
    "NL": "@@@@##########",
    "GB": "@@@@##############",
    "PL": "########################",
    "RO": "@@@@################",
    "UA": "#########################",
    "GR": "#######################",
    "TR": "#####0################",
    "SE": "####################",
    "NO": "###########",
    "PK": "@@@@################",
    "BR": "#######################@#",
    "IR": "######################",
    "ES": "####################",
    "BE": "############",
}

# --------------------------------------------------------------------------- helpers


def _pat(rng: random.Random, p: str) -> str:
    out = []
    for ch in p:
        if ch == "#":
            out.append(str(rng.randint(0, 9)))
        elif ch == "%":
            out.append(str(rng.randint(1, 9)))
        elif ch == "@":
            out.append(rng.choice(string.ascii_uppercase))
        else:
            out.append(ch)
    return "".join(out)


_FOLD = str.maketrans({"ı": "i", "ø": "o", "ł": "l", "đ": "d", "Đ": "D", "ß": "ss", "Ł": "L"})


def _ascii(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.translate(_FOLD)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", s.lower())


_DIG = _split("zero|one|two|three|four|five|six|seven|eight|nine")
_TEENS = _split("ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen")
_TENS = _split("_|_|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety")
_ORD = _split(
    "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    "thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth"
)


def _words(n: int) -> str:
    if n < 10:
        return _DIG[n]
    if n < 20:
        return _TEENS[n - 10]
    t, u = divmod(n, 10)
    return _TENS[t] + ("" if u == 0 else " " + _DIG[u])


def _ordinal(n: int) -> str:
    if n <= 20:
        return _ORD[n - 1]
    if n == 30:
        return "thirtieth"
    t, u = divmod(n, 10)
    return _TENS[t] + " " + _ORD[u - 1] if u else _TENS[t][:-1] + "ieth"


def _year_words(y: int, rng: random.Random) -> str:
    if y >= 2000:
        r = y - 2000
        return "two thousand" + ("" if r == 0 else rng.choice([" and ", " "]) + _words(r))
    hi, lo = divmod(y, 100)
    low = "hundred" if lo == 0 else ("oh " + _DIG[lo] if lo < 10 else _words(lo))
    return _words(hi) + " " + low


def _fmt_date(rng: random.Random, y: int, m: int, d: int, fmt: str, lang: str) -> str:
    def rep(mo: re.Match[str]) -> str:
        t = mo.group(0)
        if t == "YYYY":
            return str(y)
        if t == "MM":
            return f"{m:02d}"
        if t == "DD":
            return f"{d:02d}"
        if t == "M":
            return str(m)
        if t == "D":
            return str(d)
        if t == "MES" and lang == "pt":
            return MES_PT[m - 1]
        return MONTHS[t][m - 1]

    return re.sub(r"YYYY|MONTH|MONAT|MAAND|BULAN|MOIS|MIES|MESE|MES|MON|MM|DD|M|D", rep, fmt)


def _rand_date(rng: random.Random, y0: int, y1: int) -> tuple[int, int, int]:
    return rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28)


# --------------------------------------------------------------------------- checksums

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


def _b58check_ok(s: str) -> bool:
    n = 0
    for ch in s:
        if ch not in _B58:
            return False
        n = n * 58 + _B58.index(ch)
    pad = len(s) - len(s.lstrip("1"))
    body = n.to_bytes((n.bit_length() + 7) // 8, "big") if n else b""
    data = b"\0" * pad + body
    if len(data) < 5:
        return False
    return hashlib.sha256(hashlib.sha256(data[:-4]).digest()).digest()[:4] == data[-4:]


_BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values: list[int]) -> int:
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


def _bech32(hrp: str, witver: int, prog: bytes) -> str:
    acc, bits, data = 0, 0, [witver]
    for b in prog:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    const = 1 if witver == 0 else 0x2BC830A3
    pm = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ const
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_BECH[d] for d in data + chk)


def _bech32_ok(s: str) -> bool:
    s = s.lower()
    pos = s.rfind("1")
    if pos < 1 or len(s) - pos < 7 or any(c not in _BECH for c in s[pos + 1 :]):
        return False
    data = [_BECH.index(c) for c in s[pos + 1 :]]
    return _polymod(_hrp_expand(s[:pos]) + data) in (1, 0x2BC830A3)


def _keccak256(msg: bytes) -> bytes:
    rate = 136
    data = bytearray(msg) + b"\x01"
    while len(data) % rate:
        data.append(0)
    data[-1] |= 0x80
    lanes = [[0] * 5 for _ in range(5)]
    mask = (1 << 64) - 1

    def rol(a: int, n: int) -> int:
        n %= 64
        return ((a << n) | (a >> (64 - n))) & mask

    for off in range(0, len(data), rate):
        block = data[off : off + rate]
        for i in range(rate // 8):
            x, y = i % 5, i // 5
            lanes[x][y] ^= int.from_bytes(block[8 * i : 8 * i + 8], "little")
        r = 1
        for _ in range(24):
            c = [
                lanes[x][0] ^ lanes[x][1] ^ lanes[x][2] ^ lanes[x][3] ^ lanes[x][4]
                for x in range(5)
            ]
            d = [c[(x + 4) % 5] ^ rol(c[(x + 1) % 5], 1) for x in range(5)]
            lanes = [[lanes[x][y] ^ d[x] for y in range(5)] for x in range(5)]
            x, y = 1, 0
            cur = lanes[x][y]
            for t in range(24):
                x, y = y, (2 * x + 3 * y) % 5
                cur, lanes[x][y] = lanes[x][y], rol(cur, (t + 1) * (t + 2) // 2)
            for y in range(5):
                tt = [lanes[x][y] for x in range(5)]
                for x in range(5):
                    lanes[x][y] = tt[x] ^ ((~tt[(x + 1) % 5]) & tt[(x + 2) % 5])
            for j in range(7):
                r = ((r << 1) ^ ((r >> 7) * 0x71)) % 256
                if r & 2:
                    lanes[0][0] ^= 1 << ((1 << j) - 1)
    out = b"".join(lanes[i % 5][i // 5].to_bytes(8, "little") for i in range(4))
    return out


def _eip55(addr_hex: str) -> str:
    h = _keccak256(addr_hex.encode()).hex()
    return "0x" + "".join(
        c.upper() if c.isalpha() and int(h[i], 16) >= 8 else c for i, c in enumerate(addr_hex)
    )


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return total % 10 == 0


def _iban_mod(s: str) -> int:
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97


# --------------------------------------------------------------------------- values


def _card(rng: random.Random) -> str:
    brand = rng.choice(["visa", "visa", "mc", "mc2", "amex", "disc", "jcb", "up", "verve"])
    prefix, length = {
        "visa": ("4", 16),
        "mc": (str(rng.randint(51, 55)), 16),
        "mc2": (str(rng.randint(2221, 2720)), 16),
        "amex": (rng.choice(["34", "37"]), 15),
        "disc": ("6011", 16),
        "jcb": ("35" + str(rng.randint(28, 89)), 16),
        "up": ("62", rng.choice([16, 19])),
        "verve": ("5061", 19),
    }[brand]
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for d in range(10):
        if _luhn_ok(body + str(d)):
            num = body + str(d)
            break
    sep = rng.choice([" ", " ", "-", ""])
    if length == 15:
        groups = [num[:4], num[4:10], num[10:]]
    elif length == 19:
        groups = [num[:4], num[4:8], num[8:12], num[12:16], num[16:]]
    else:
        groups = [num[i : i + 4] for i in range(0, 16, 4)]
    return sep.join(groups)


def _iban(rng: random.Random, cc: str) -> str:
    if cc not in IBAN_BBAN:
        cc = rng.choice(["DE", "FR", "NL", "IT", "GB", "ES", "BE"])
    bban = _pat(rng, IBAN_BBAN[cc])
    chk = 98 - _iban_mod(cc + "00" + bban)
    s = f"{cc}{chk:02d}{bban}"
    if rng.random() < 0.6:
        s = " ".join(s[i : i + 4] for i in range(0, len(s), 4))
    return s


def _ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    sep = rng.choice(["-", "-", " ", ""])
    return f"{area:03d}{sep}{g:02d}{sep}{s:04d}"


_ITIN_GROUPS = list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92] + list(range(94, 100))


def _itin(rng: random.Random) -> str:
    sep = rng.choice(["-", "-", " "])
    return (
        f"9{rng.randint(0, 99):02d}{sep}{rng.choice(_ITIN_GROUPS)}{sep}{rng.randint(0, 9999):04d}"
    )


def _ip(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.25:
        return f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}"
    if r < 0.35:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    first = rng.choice(
        [
            41,
            102,
            105,
            154,
            196,
            197,
            5,
            31,
            46,
            78,
            85,
            89,
            91,
            95,
            27,
            49,
            103,
            110,
            113,
            117,
            180,
            203,
            177,
            186,
            189,
            200,
            24,
            50,
            68,
            73,
            98,
        ]
    )
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def _ip6(rng: random.Random) -> str:
    pre = rng.choice(["2a02", "2001", "2c0f", "2405", "2804", "2600", "2a01", "240e", "fe80"])
    groups = [f"{rng.randint(0, 0xFFFF):x}" for _ in range(rng.choice([3, 4, 7]))]
    if len(groups) == 7:
        return pre + ":" + ":".join(groups)
    return pre + ":" + ":".join(groups[:-1]) + "::" + groups[-1]


def _mac(rng: random.Random) -> str:
    b = [rng.randint(0, 255) for _ in range(6)]
    sep = rng.choice([":", ":", "-"])
    s = sep.join(f"{x:02x}" for x in b)
    return s.upper() if rng.random() < 0.5 else s


def _crypto(rng: random.Random) -> str:
    kind = rng.choice(["p2pkh", "p2sh", "bech", "taproot", "eth", "eth", "tron", "ltc"])
    rb = bytes(rng.randint(0, 255) for _ in range(32))
    if kind == "p2pkh":
        return _b58check(b"\x00" + rb[:20])
    if kind == "p2sh":
        return _b58check(b"\x05" + rb[:20])
    if kind == "tron":
        return _b58check(b"\x41" + rb[:20])
    if kind == "ltc":
        return _b58check(b"\x30" + rb[:20])
    if kind == "bech":
        return _bech32("bc", 0, rb[:20])
    if kind == "taproot":
        return _bech32("bc", 1, rb)
    h = rb[:20].hex()
    return _eip55(h) if rng.random() < 0.5 else "0x" + h


_B64 = string.ascii_letters + string.digits + "-_"
_ALNUM = string.ascii_letters + string.digits


def _rs(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _pwd(rng: random.Random) -> str:
    w = rng.choice(PWD_WORDS)
    k = rng.randint(0, 4)
    if k == 0:
        return f"{w}{rng.randint(1960, 2025)}{rng.choice('!@#$*')}"
    if k == 1:
        return f"{w.lower()}@{rng.randint(10, 9999)}"
    if k == 2:
        return _rs(rng, _ALNUM + "!@#$%&*?", rng.randint(10, 16))
    if k == 3:
        w2 = rng.choice(PWD_WORDS)
        return f"{w.lower()}-{w2}-{rng.randint(1, 99)}"
    return f"{w[0]}{_rs(rng, _ALNUM, 6)}{rng.choice('!#%')}{rng.randint(0, 9)}"


def _apikey(rng: random.Random) -> str:
    k = rng.randint(0, 8)
    if k == 0:
        return "sk-proj-" + _rs(rng, _B64, 48)
    if k == 1:
        return "sk-ant-api03-" + _rs(rng, _B64, 86) + "AA"
    if k == 2:
        return "AIza" + _rs(rng, _B64, 35)
    if k == 3:
        return "ghp_" + _rs(rng, _ALNUM, 36)
    if k == 4:
        return "sk_live_" + _rs(rng, _ALNUM, 24)
    if k == 5:
        a, b = rng.randint(10**10, 10**11), rng.randint(10**11, 10**12)
        return f"xoxb-{a}-{b}-{_rs(rng, _ALNUM, 24)}"
    if k == 6:
        return "SG." + _rs(rng, _B64, 22) + "." + _rs(rng, _B64, 43)
    if k == 7:
        return "glpat-" + _rs(rng, _B64, 20)
    return "rk_live_" + _rs(rng, _ALNUM, 32)


def _token(rng: random.Random) -> str:
    k = rng.randint(0, 2)
    if k == 0:
        return (
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
            + _rs(rng, _B64, rng.randint(40, 70))
            + "."
            + _rs(rng, _B64, 43)
        )
    if k == 1:
        return "ya29." + _rs(rng, _B64, 64)
    return "EAAB" + _rs(rng, _ALNUM, 80)


def _recovery(rng: random.Random) -> list[Piece]:
    out: list[Piece] = []
    fmt = rng.randint(0, 2)
    for i in range(rng.randint(3, 6)):
        if fmt == 0:
            code = (
                _rs(rng, "abcdefghjkmnpqrstuvwxyz23456789", 4)
                + "-"
                + _rs(rng, "abcdefghjkmnpqrstuvwxyz23456789", 4)
            )
        elif fmt == 1:
            code = f"{rng.randint(0, 99999):05d} {rng.randint(0, 99999):05d}"
        else:
            code = _rs(rng, string.ascii_uppercase + string.digits, 10)
        if i:
            out.append(("\n", None))
        out.append((f"{i + 1}. ", None))
        out.append((code, "SECRET"))
    return out


def _spoken_digits(rng: random.Random, s: str) -> str:
    words: list[str] = []
    ds = [c for c in s if c.isdigit() or c == "+"]
    i = 0
    while i < len(ds):
        c = ds[i]
        if c == "+":
            words.append("plus")
        elif i + 1 < len(ds) and ds[i + 1] == c and rng.random() < 0.4:
            words.append("double " + _DIG[int(c)])
            i += 1
        else:
            words.append(_DIG[int(c)] if c != "0" or rng.random() < 0.7 else "oh")
        i += 1
    return " ".join(words)


# --------------------------------------------------------------------------- people


class _Person:
    def __init__(self, loc: _Loc, rng: random.Random) -> None:
        self.fem = rng.random() < 0.5
        self.given, self.ngiven = rng.choice(loc.gf if self.fem else loc.gm)
        sr, sn = rng.choice(loc.sn)
        idx = 1 if self.fem else 0
        self.surname = sr.split("/")[min(idx, len(sr.split("/")) - 1)]
        self.nsurname = sn.split("/")[min(idx, len(sn.split("/")) - 1)]
        if loc.key == "ID" and rng.random() < 0.2:
            self.surname = self.nsurname = ""
        self.loc = loc
        self.call = self.given.split()[-1] if loc.key == "VN" else self.given
        self.ncall = self.ngiven
        g, s = _ascii(self.given), _ascii(self.surname)
        yy = str(rng.randint(70, 99) if rng.random() < 0.5 else rng.randint(1, 2005))
        if not s:
            self.login = rng.choice([g + yy, g + "." + _ascii(loc.country)[:4], g])
        else:
            self.login = rng.choice(
                [
                    f"{g}.{s}",
                    f"{g}{s}",
                    f"{g}_{s}",
                    f"{g[0]}{s}",
                    f"{s}.{g}",
                    f"{g}.{s}{yy}",
                    f"{g}{s[0]}{yy}",
                ]
            )
        dom = rng.choice(loc.dom + ["gmail.com", "outlook.com"])
        local = (
            self.login
            if rng.random() < 0.7
            else rng.choice([f"{g}{yy}", f"{g}.{s}" if s else g + yy])
        )
        self.email = f"{local}@{dom}"

    def full(self, order: str) -> str:
        if not self.surname:
            return self.given
        return f"{self.surname} {self.given}" if order == "sg" else f"{self.given} {self.surname}"

    def nfull(self) -> str:
        if not self.nsurname:
            return self.ngiven
        if self.loc.norder == "sg":
            return self.nsurname + self.loc.nsep + self.ngiven
        return self.ngiven + " " + self.nsurname


# --------------------------------------------------------------------------- rendering

_SLOT = re.compile(r"(?<!\{)\{([A-Za-z_]+[0-9]?)(?:\.([a-z]))?\}(?!\})")
PERSON_SLOTS = {
    "name",
    "first",
    "last",
    "lname",
    "lfirst",
    "NAME",
    "SURNAME",
    "GIVEN",
    "nname",
    "nfirst",
    "nlast",
    "handle",
    "login",
}


class _Ctx:
    def __init__(self, loc: _Loc, rng: random.Random) -> None:
        self.loc = loc
        self.rng = rng
        self.people: dict[str, _Person] = {}
        self.cache: dict[tuple[str, str], list[Piece]] = {}

    def person(self, key: str) -> _Person:
        if key not in self.people:
            for _ in range(20):
                p = _Person(self.loc, self.rng)
                if all(p.given != q.given for q in self.people.values()):
                    break
            self.people[key] = p
        return self.people[key]


def _address(ctx: _Ctx, native: bool, multiline: bool = False) -> str:
    loc, rng = ctx.loc, ctx.rng
    fmt = rng.choice(loc.naddr if native else loc.addr)
    st = rng.choice(loc.streets)
    tw = rng.choice(loc.towns)

    def rep(m: re.Match[str]) -> str:
        k = m.group(1)
        if k == "street":
            return st[1] if native else st[0]
        if k == "town":
            return tw[1] if native else tw[0]
        if k == "n":
            return str(
                rng.choice(
                    [
                        rng.randint(1, 9),
                        rng.randint(1, 99),
                        rng.randint(1, 99),
                        rng.randint(10, 450),
                    ]
                )
            )
        if k == "nj":
            return f"{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}"
        if k == "u":
            return rng.choice(
                [str(rng.randint(1, 30)), f"{rng.randint(1, 12)}0{rng.randint(1, 9)}"]
            )
        if k == "u1":
            return str(rng.randint(1, 9))
        if k == "d2":
            return str(rng.randint(1, 140))
        if k == "pc":
            return _pat(rng, loc.pc)
        if k == "x":
            return rng.choice(loc.x)
        if k == "l":
            return rng.choice("abcdh")
        if k == "L":
            return rng.choice("ABCDEF")
        return m.group(0)

    s = re.sub(r"\{(\w+)\}", rep, fmt)
    if multiline and ", " in s:
        s = s.replace(", ", "\n", 1)
    return s


def _spoken_dob(rng: random.Random) -> str:
    y, m, d = _rand_date(rng, 1940, 2006)
    month = MONTHS["MONTH"][m - 1].lower()
    k = rng.randint(0, 3)
    if k == 0:
        return f"the {_ordinal(d)} of {month} {_year_words(y, rng)}"
    if k == 1:
        return f"{month} {_ordinal(d)} {_year_words(y, rng)}"
    if k == 2:
        return f"{_words(d)} {_words(m)} {_year_words(y, rng)}"
    return f"{d} {month} {y}"


def _value(ctx: _Ctx, kind: str, key: str) -> list[Piece]:
    loc, rng = ctx.loc, ctx.rng
    if kind in PERSON_SLOTS:
        p = ctx.person(key or "z")
        v = {
            "name": lambda: p.full(loc.order),
            "first": lambda: p.call,
            "last": lambda: p.surname or p.given,
            "lname": lambda: p.full(loc.order).lower(),
            "lfirst": lambda: p.call.lower(),
            "NAME": lambda: (
                f"{p.surname.upper()}, {p.given.upper()}"
                if p.surname and loc.doc == "gs" and rng.random() < 0.3
                else p.full(loc.doc).upper()
            ),
            "SURNAME": lambda: (p.surname or p.given).upper(),
            "GIVEN": lambda: p.given.upper(),
            "nname": lambda: p.nfull(),
            "nfirst": lambda: p.ngiven,
            "nlast": lambda: p.nsurname or p.ngiven,
            "handle": lambda: "@" + p.login,
            "login": lambda: p.login,
        }[kind]()
        return [(v, "PERSON")]
    if kind == "title":
        p = ctx.person(key or "z")
        return [
            (rng.choice(["Ms", "Mrs", "Dr"]) if p.fem else rng.choice(["Mr", "Mr", "Dr"]), None)
        ]
    if kind == "hon":
        p = ctx.person(key or "z")
        return [(loc.hon[-1] if p.fem else loc.hon[0], None)]
    if kind == "email" and key:
        return [(ctx.person(key).email, "EMAIL")]
    if key:
        ck = (kind, key)
        if ck not in ctx.cache:
            ctx.cache[ck] = _value(ctx, kind, "")
        return ctx.cache[ck]
    if kind == "email":
        return [(_Person(loc, rng).email, "EMAIL")]
    if kind == "semail":
        e = _Person(loc, rng).email
        return [
            (e.replace(".", " dot ").replace("@", " at ").replace("_", " underscore "), "EMAIL")
        ]
    if kind == "phone":
        return [(_pat(rng, rng.choice(loc.phone)), "PHONE")]
    if kind == "sphone":
        return [(_spoken_digits(rng, _pat(rng, rng.choice(loc.phone))), "PHONE")]
    if kind == "addr":
        return [(_address(ctx, False), "ADDRESS")]
    if kind == "addrml":
        return [(_address(ctx, False, True), "ADDRESS")]
    if kind == "naddr":
        return [(_address(ctx, True), "ADDRESS")]
    if kind == "dob":
        y, m, d = _rand_date(rng, 1938, 2008)
        return [(_fmt_date(rng, y, m, d, rng.choice(loc.dfmt), loc.lang), "DATE_OF_BIRTH")]
    if kind == "sdob":
        return [(_spoken_dob(rng), "DATE_OF_BIRTH")]
    if kind == "date":
        y, m, d = _rand_date(rng, 2022, 2026)
        return [(_fmt_date(rng, y, m, d, rng.choice(loc.dfmt), loc.lang), None)]
    if kind == "card":
        return [(_card(rng), "CREDIT_CARD")]
    if kind == "iban":
        return [(_iban(rng, loc.iban or rng.choice(["DE", "FR", "NL", "GB", "IT"])), "IBAN")]
    if kind == "ssn":
        return [(_ssn(rng), "US_SSN")]
    if kind == "itin":
        return [(_itin(rng), "US_ITIN")]
    if kind == "ip":
        return [(_ip(rng), "IP")]
    if kind == "ip6":
        return [(_ip6(rng), "IP")]
    if kind == "mac":
        return [(_mac(rng), "MAC")]
    if kind == "crypto":
        return [(_crypto(rng), "CRYPTO")]
    if kind == "dl":
        return [(_pat(rng, rng.choice(loc.dl)), "DRIVER_LICENSE")]
    if kind == "passport":
        return [(_pat(rng, rng.choice(loc.pp)), "PASSPORT")]
    if kind == "pwd":
        return [(_pwd(rng), "SECRET")]
    if kind == "apikey":
        return [(_apikey(rng), "SECRET")]
    if kind == "token":
        return [(_token(rng), "SECRET")]
    if kind == "pin":
        return [
            (
                str(rng.randint(1000, 9999))
                if rng.random() < 0.6
                else f"{rng.randint(0, 999999):06d}",
                "SECRET",
            )
        ]
    if kind == "codes":
        return _recovery(rng)
    return [(_plain(ctx, kind), None)]


def _plain(ctx: _Ctx, kind: str) -> str:
    loc, rng = ctx.loc, ctx.rng
    if kind == "company":
        return rng.choice(loc.biz)
    if kind == "eponym":
        return rng.choice(EPONYMS)
    if kind == "public":
        return rng.choice(loc.pub + PUBLIC)
    if kind == "place":
        return rng.choice(loc.place * 2 + PLACES)
    if kind == "hospital":
        return rng.choice([p for p in loc.place if any(k in p for k in _HOSP_KW)] * 3 + HOSPITALS)
    if kind == "school":
        return rng.choice([p for p in loc.place if any(k in p for k in _SCHOOL_KW)] * 3 + SCHOOLS)
    if kind == "town":
        return rng.choice(loc.towns)[1 if loc.lang in ("uk", "el", "zh", "ja", "ko", "th") else 0]
    if kind == "order":
        return _pat(
            rng,
            rng.choice(
                ["#%#######", "ORD-%######", "%##-%######-#######", "A%#########", "SO-%#####"]
            ),
        )
    if kind == "ticket":
        return _pat(rng, rng.choice(["%#####", "TCK-%####", "SR-%###-####", "INC%######"]))
    if kind == "ref":
        return _pat(
            rng, rng.choice(["INV-202#-%####", "Q%####", "RCPT/%###/##", "DN-%#####", "REF%######"])
        )
    if kind == "amount":
        v = rng.randint(3, 4000)
        return f"{CURRENCY.get(loc.key, '$')} {v:,}.{rng.choice(['00', '50', '99', '25'])}"
    if kind == "time":
        return f"{rng.randint(7, 20):02d}:{rng.choice(['00', '15', '30', '45'])}"
    if kind == "product":
        return rng.choice(PRODUCTS)
    if kind == "drug":
        return rng.choice(DRUGS)
    if kind == "version":
        return rng.choice(
            [
                f"v{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}",
                f"{rng.randint(1, 5)}.{rng.randint(0, 9)}.{rng.randint(0, 99)}-beta",
                f"build 202{rng.randint(3, 5)}.{rng.randint(1, 12)}.{rng.randint(1, 9)}",
            ]
        )
    if kind == "hash":
        return _rs(rng, "0123456789abcdef", rng.choice([7, 40, 64]))
    if kind == "placeholder":
        return rng.choice(PLACEHOLDERS)
    if kind == "year":
        return str(rng.randint(2012, 2025))
    if kind == "month":
        return rng.choice(MONTHS["MONTH"])
    if kind == "tool":
        return rng.choice(TOOLS)
    if kind == "cc":
        return CC3.get(loc.key, "XXX")
    if kind in ("d1", "d2", "d3", "d4"):
        n = int(kind[1])
        return str(rng.randint(10 ** (n - 1) if n > 1 else 0, 10**n - 1))
    raise KeyError(kind)


def _ocr_noise(rng: random.Random, s: str) -> str:
    out = []
    for ch in s:
        if ch == " " and rng.random() < 0.2:
            out.append(rng.choice(["  ", "   "]))
        elif ch == ":" and rng.random() < 0.3:
            out.append(rng.choice([" :", " ;", ". "]))
        elif ch.isupper() and rng.random() < 0.04:
            out.append(ch + " ")
        else:
            out.append(ch)
    return "".join(out)


_STT_STRIP = re.compile(r"[,.?!;\"()]")


def _render(tpl: tuple[str, str, str], loc: _Loc, rng: random.Random) -> list[Piece]:
    _, flags, text = tpl
    ctx = _Ctx(loc, rng)
    pieces: list[Piece] = []
    pos = 0
    for m in _SLOT.finditer(text):
        pieces.append((text[pos : m.start()].replace("{{", "{").replace("}}", "}"), None))
        pieces.extend(_value(ctx, m.group(1), m.group(2) or ""))
        pos = m.end()
    pieces.append((text[pos:].replace("{{", "{").replace("}}", "}"), None))
    if flags == "stt":
        new: list[Piece] = []
        for t, c in pieces:
            if c is None:
                t = _STT_STRIP.sub("", t.lower())
            elif c in ("PERSON", "EMAIL"):
                t = t.lower()
            elif c == "ADDRESS":
                t = t.lower().replace(",", "")
            new.append((t, c))
        pieces = new
    elif flags == "ocr":
        pieces = [(_ocr_noise(rng, t) if c is None else t, c) for t, c in pieces]
    return pieces


# --------------------------------------------------------------------------- envelopes


def _wrap(pieces: list[Piece], rng: random.Random) -> list[Piece]:
    ea = rng.random() < 0.25

    def esc(s: str) -> str:
        return json.dumps(s, ensure_ascii=ea)[1:-1]

    def js(s: str) -> str:
        return json.dumps(s, ensure_ascii=ea)

    body = [(esc(t), c) for t, c in pieces]
    model = rng.choice(MODELS)
    sysp = rng.choice(T.SYSTEM_PROMPTS)
    hms = f"{rng.randint(10, 23)}:{rng.randint(10, 59)}:{rng.randint(10, 59)}"
    ts = f"2025-0{rng.randint(1, 9)}-{rng.randint(10, 28)}T{hms}.{rng.randint(100, 999)}Z"
    kind = rng.randint(0, 7)
    if kind == 0:
        pre = (
            '{"model": '
            + js(model)
            + ', "messages": [{"role": "system", "content": '
            + js(sysp)
            + '}, {"role": "user", "content": "'
        )
        post = '"}], "temperature": 0.' + str(rng.randint(0, 9)) + "}"
    elif kind == 1:
        pre = (
            '{"model":'
            + js(model)
            + ',"max_tokens":1024,"system":'
            + js(sysp)
            + ',"messages":[{"role":"user","content":"'
        )
        post = '"}]}'
    elif kind == 2:
        pre = (
            '{"model":'
            + js(model)
            + ',"max_tokens":2048,"messages":[{"role":"user","content":[{"type":"text","text":"'
        )
        post = '"}]}]}'
    elif kind == 3:
        pre = '{"contents":[{"role":"user","parts":[{"text":"'
        post = (
            '"}]}],"systemInstruction":{"parts":[{"text":'
            + js(sysp)
            + '}]},"generationConfig":{"temperature":0.4}}'
        )
    elif kind == 4:
        pre = (
            '{\n  "model": '
            + js(model)
            + ',\n  "messages": [\n    {\n      "role": "user",\n      "content": "'
        )
        post = '"\n    }\n  ]\n}'
    elif kind == 5:
        app = rng.choice(
            ["support-bot", "helpdesk-ai", "clinic-assistant", "shop-copilot", "tenant-portal"]
        )
        pre = f'{ts} INFO [{app}] llm.request provider=openai model={model} prompt="'
        post = f'" max_tokens={rng.choice([256, 512, 1024])}'
    elif kind == 6:
        pre = (
            '{"ts":"'
            + ts
            + '","level":"debug","logger":"llm.client","msg":"sending request","payload":{"model":'
            + js(model)
            + ',"messages":[{"role":"user","content":"'
        )
        post = '"}]}}'
    else:
        pre = (
            f"[{ts}] DEBUG anthropic._base_client: Request options: "
            "{'method': 'post', 'url': '/v1/messages', "
            "'json_data': {'messages': [{'role': 'user', 'content': \""
        )
        post = f"\"}}], 'model': '{model}', 'max_tokens': 1024}}}}"
    return [(pre, None), *body, (post, None)]


# --------------------------------------------------------------------------- assembly


def _assemble(pieces: list[Piece]) -> tuple[str, list[tuple[str, int, int]]]:
    parts: list[str] = []
    spans: list[list] = []
    pos = 0
    for t, c in pieces:
        if not t:
            continue
        if c is not None:
            core = t.strip()
            if not core:
                c = None
            else:
                lead = len(t) - len(t.lstrip())
                start, end = pos + lead, pos + lead + len(core)
                if spans and spans[-1][0] == c:
                    gap = "".join(parts)[spans[-1][2] : start]
                    if gap in ("", " "):
                        spans[-1][2] = end
                        parts.append(t)
                        pos += len(t)
                        continue
                spans.append([c, start, end])
        parts.append(t)
        pos += len(t)
    return "".join(parts), [(c, s, e) for c, s, e in spans]


def _templates_for(loc_key: str, pool: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    return [t for t in pool if t[0] == "*" or loc_key in t[0].split()]


# --------------------------------------------------------------------------- check

_ITIN_OK = set(_ITIN_GROUPS)


def _check(samples: list[Sample]) -> None:
    for i, s in enumerate(samples):
        text = s.text
        prev_end = -1
        prev: tuple[str, int, int] | None = None
        for cat, a, b in s.spans:
            where = f"sample {i} span {(cat, a, b)}"
            if cat not in CATEGORIES:
                raise ValueError(f"{where}: unknown category")
            if not (0 <= a < b <= len(text)):
                raise ValueError(f"{where}: out of range")
            if a < prev_end:
                raise ValueError(f"{where}: unsorted or overlapping")
            v = text[a:b]
            if v[0].isspace() or v[-1].isspace():
                raise ValueError(f"{where}: whitespace at edge {v!r}")
            if prev is not None and prev[0] == cat and text[prev[2] : a] == " ":
                raise ValueError(f"{where}: same-category spans separated by one space")
            if cat == "CREDIT_CARD":
                d = re.sub(r"[ -]", "", v)
                if (
                    not re.fullmatch(r"\d[\d -]*\d", v)
                    or not (12 <= len(d) <= 19)
                    or not _luhn_ok(d)
                ):
                    raise ValueError(f"{where}: bad card {v!r}")
            elif cat == "IBAN":
                d = v.replace(" ", "")
                if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", d) or _iban_mod(d) != 1:
                    raise ValueError(f"{where}: bad IBAN {v!r}")
            elif cat == "US_SSN":
                d = re.sub(r"[ -]", "", v)
                if (
                    not re.fullmatch(r"\d{9}", d)
                    or d[:3] in ("000", "666")
                    or d[0] == "9"
                    or d[3:5] == "00"
                    or d[5:] == "0000"
                ):
                    raise ValueError(f"{where}: bad SSN {v!r}")
            elif cat == "US_ITIN":
                d = re.sub(r"[ -]", "", v)
                if not re.fullmatch(r"9\d{8}", d) or int(d[3:5]) not in _ITIN_OK:
                    raise ValueError(f"{where}: bad ITIN {v!r}")
            elif cat == "CRYPTO":
                if v.startswith("0x"):
                    h = v[2:]
                    ok = bool(re.fullmatch(r"[0-9a-fA-F]{40}", h)) and (
                        h == h.lower() or _eip55(h.lower()) == v
                    )
                elif v.lower().startswith(("bc1", "tb1", "ltc1")):
                    ok = _bech32_ok(v)
                else:
                    ok = _b58check_ok(v)
                if not ok:
                    raise ValueError(f"{where}: bad crypto {v!r}")
            elif cat == "ADDRESS" and not any(ch.isdigit() for ch in v):
                raise ValueError(f"{where}: address without digit {v!r}")
            prev_end = b
            prev = (cat, a, b)


# --------------------------------------------------------------------------- set


def dev21_set(scale: float = 1.0, seed: int = SEED) -> list[Sample]:
    rng = random.Random(seed)
    n = round(N_BASE * scale)
    out: list[Sample] = []
    seen: set[str] = set()
    while len(out) < n:
        neg = rng.random() < 0.08
        loc = LOCS[rng.choice(LOC_KEYS)]
        if neg:
            tpl = rng.choice(_templates_for(loc.key, T.NEGATIVE))
        elif rng.random() < 0.45:
            native = [t for t in T.TEMPLATES if t[0] != "*"]
            tpl = rng.choice(native)
            loc = LOCS[rng.choice([k for k in tpl[0].split() if k in LOCS])]
        else:
            tpl = rng.choice(_templates_for(loc.key, T.TEMPLATES))
        pieces = _render(tpl, loc, rng)
        if rng.random() < 0.2:
            pieces = _wrap(pieces, rng)
        text, spans = _assemble(pieces)
        if neg and spans:
            continue
        if not neg and not spans:
            continue
        if text.count("\n") >= 59 or text in seen:
            continue
        seen.add(text)
        out.append(Sample(text=text, spans=spans))
    _check(out)
    return out
