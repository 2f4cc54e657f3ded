"""dev19: blind, hand-written evaluation set for the PII sanitizer -- "agents and tools".

What it is
----------
1200 labeled texts (at scale 1.0) shaped like what LLM API logs carry when a model
calls tools or is wired into business systems: tool-call arguments and tool results
(often JSON inside a JSON string), CRM/helpdesk records, e-mail and calendar payloads,
Slack/Teams/Discord/Telegram/WhatsApp message objects, payment/signup/shipping
webhooks, SQL result tables and CSV exports, ORM/debug reprs, YAML/TOML/.env files,
HTTP dumps and curl commands, application logs, stack traces, CI output, and the
model's own prose answers quoting the data.  About a third of the texts are in a
language other than English, and the name pools cover many cultures, in native
script and romanised.  About 8% of the texts contain nothing to remove, only
near-misses (request/trace ids, UUIDs, commit SHAs, masked values, placeholders,
publishable keys, public figures, companies and places named after people).

How it was made
---------------
Blind: written without looking at the sanitizer, its tests, its docs or any other
evaluation set.  Every pool, template and value format was written by hand for this
set (``bench/sanitizer_dev19_templates.py``); only the Python standard library is
used.  Texts are assembled from pieces ``(text, category_or_None)`` and the span
offsets are accumulated while assembling; nothing is found by searching the
finished text.  When a value is escaped (JSON, JSON-in-JSON, CSV, SQL, Python repr,
HTML, URL encoding, YAML indentation), it is escaped piece by piece so the label
covers the value exactly as it appears.  One seeded ``random.Random`` drives
everything; identical texts are rejected and redrawn.

Label conventions (must-remove values)
--------------------------------------
* PERSON: a private person's name, whole (given + middle + family, particles such as
  "van den", "da", "bin", "Al-" included); honorifics stay outside (Mr, Frau, -san,
  様, 님).  Given name or family name alone referring to a private person is a span.
  Usernames and @handles built from the name (``amara.okafor``) are PERSON; the "@"
  of a handle stays outside.  Public figures, fictional characters, companies,
  products, bots and places named after people are not labeled.
* EMAIL, PHONE, IP, MAC, CREDIT_CARD, IBAN, US_SSN, US_ITIN, CRYPTO: the value itself
  (all e-mail addresses are labeled, role addresses included; loopback/bind
  addresses such as 127.0.0.1 and 0.0.0.0 are not; WhatsApp ``wa_id`` digits are
  PHONE).
* DATE_OF_BIRTH: only birth dates; timestamps, due dates, hire dates are not.
* ADDRESS: a private street address from its first to its last given part (street,
  number, unit, postcode, town; not the country).  When a payload splits the
  address into fields, ``line1``/``line2`` (when it holds a number) and the postal
  code are labeled one by one; city, state and country fields are not.  A Japanese
  "〒" mark stays outside.
* DRIVER_LICENSE, PASSPORT: the document number when the context says what it is.
* SECRET: the secret value only (not its key name): API keys, tokens, JWTs, bearer
  and basic-auth credentials, cookie session values, passwords (in DSNs only the
  password part), webhook signing secrets, OTP codes, PINs, recovery codes, whole
  private-key PEM blocks (BEGIN/END lines included), secret webhook URLs.
  Placeholders, masked values, publishable/public keys, signatures and digests are
  not secrets.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import random
import re
import string
import unicodedata
import urllib.parse
import uuid
from datetime import UTC, date, datetime, timedelta

from bench import sanitizer_dev19_templates as T
from bench.sanitizer_data import Sample

SEED = 1919
N_BASE = 1200
CLEAN_SHARE = 0.08
NON_EN_SHARE = 0.35
MAX_LINES = 59

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

_B62 = string.ascii_letters + string.digits
_B64 = _B62 + "+/"
_B64U = _B62 + "-_"
_HEX = "0123456789abcdef"
_UPD = string.ascii_uppercase + string.digits
_LOWD = string.ascii_lowercase + string.digits
_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _rs(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _fill(rng: random.Random, pat: str) -> str:
    out = []
    for ch in pat:
        if ch == "#":
            out.append(rng.choice(string.digits))
        elif ch == "@":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
        elif ch == "N":
            out.append(rng.choice("23456789"))
        else:
            out.append(ch)
    return "".join(out)


_FOLD = {
    "ı": "i",
    "İ": "I",
    "ø": "o",
    "Ø": "O",
    "æ": "ae",
    "Æ": "AE",
    "ß": "ss",
    "đ": "d",
    "Đ": "D",
    "ł": "l",
    "Ł": "L",
    "œ": "oe",
    "ð": "d",
    "þ": "th",
}


def _ascii(s: str) -> str:
    s = "".join(_FOLD.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if ord(c) < 128)


def _side(s: str, native: bool) -> str:
    if "|" not in s:
        return s
    a, b = s.split("|", 1)
    return a if native else b


# ---------------------------------------------------------------------------
# checksums: Luhn, IBAN, base58check, bech32, keccak / EIP-55
# ---------------------------------------------------------------------------


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


def _iban_mod(s: str) -> int:
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97


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
    for c in s:
        if c not in _B58:
            return False
        n = n * 58 + _B58.index(c)
    pad = len(s) - len(s.lstrip("1"))
    raw = b"\0" * pad + (n.to_bytes((n.bit_length() + 7) // 8, "big") if n else b"")
    if len(raw) < 5:
        return False
    body, chk = raw[:-4], raw[-4:]
    return hashlib.sha256(hashlib.sha256(body).digest()).digest()[:4] == chk


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


def _hrp_expand(h: str) -> list[int]:
    return [ord(x) >> 5 for x in h] + [0] + [ord(x) & 31 for x in h]


def _convertbits(data: bytes, frm: int, to: int) -> list[int]:
    acc = bits = 0
    out = []
    maxv = (1 << to) - 1
    for v in data:
        acc = (acc << frm) | v
        bits += frm
        while bits >= to:
            bits -= to
            out.append((acc >> bits) & maxv)
    if bits:
        out.append((acc << (to - bits)) & maxv)
    return out


def _segwit(hrp: str, ver: int, prog: bytes) -> str:
    data = [ver, *_convertbits(prog, 8, 5)]
    const = 1 if ver == 0 else 0x2BC830A3
    pm = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ const
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_BECH[d] for d in data + chk)


def _bech32_ok(s: str) -> bool:
    s = s.lower()
    pos = s.rfind("1")
    if pos < 1:
        return False
    hrp, rest = s[:pos], s[pos + 1 :]
    if any(c not in _BECH for c in rest) or len(rest) < 7:
        return False
    pm = _polymod(_hrp_expand(hrp) + [_BECH.index(c) for c in rest])
    return pm in (1, 0x2BC830A3)


_KRC = (
    0x0000000000000001, 0x0000000000008082, 0x800000000000808A, 0x8000000080008000,
    0x000000000000808B, 0x0000000080000001, 0x8000000080008081, 0x8000000000008009,
    0x000000000000008A, 0x0000000000000088, 0x0000000080008009, 0x000000008000000A,
    0x000000008000808B, 0x800000000000008B, 0x8000000000008089, 0x8000000000008003,
    0x8000000000008002, 0x8000000000000080, 0x000000000000800A, 0x800000008000000A,
    0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008,
)  # fmt: skip
_KROT = (
    0,
    1,
    62,
    28,
    27,
    36,
    44,
    6,
    55,
    20,
    3,
    10,
    43,
    25,
    39,
    41,
    45,
    15,
    21,
    8,
    18,
    2,
    61,
    56,
    14,
)
_M64 = (1 << 64) - 1


def _rol(v: int, n: int) -> int:
    return ((v << n) | (v >> (64 - n))) & _M64 if n else v


def _keccak_f(a: list[int]) -> list[int]:
    for rc in _KRC:
        c = [a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20] for x in range(5)]
        d = [c[(x - 1) % 5] ^ _rol(c[(x + 1) % 5], 1) for x in range(5)]
        a = [a[i] ^ d[i % 5] for i in range(25)]
        b = [0] * 25
        for x in range(5):
            for y in range(5):
                b[y + 5 * ((2 * x + 3 * y) % 5)] = _rol(a[x + 5 * y], _KROT[x + 5 * y])
        a = [
            b[i] ^ ((~b[(i % 5 + 1) % 5 + 5 * (i // 5)]) & b[(i % 5 + 2) % 5 + 5 * (i // 5)])
            for i in range(25)
        ]
        a[0] ^= rc
    return a


def _keccak256(data: bytes) -> bytes:
    rate = 136
    msg = bytearray(data)
    msg.append(0x01)
    while len(msg) % rate:
        msg.append(0)
    msg[-1] |= 0x80
    st = [0] * 25
    for off in range(0, len(msg), rate):
        for i in range(rate // 8):
            st[i] ^= int.from_bytes(msg[off + 8 * i : off + 8 * i + 8], "little")
        st = _keccak_f(st)
    return b"".join(st[i].to_bytes(8, "little") for i in range(4))


def _eip55(hex40: str) -> str:
    h = _keccak256(hex40.encode()).hex()
    return "".join(
        c.upper() if c.isalpha() and int(h[i], 16) >= 8 else c for i, c in enumerate(hex40)
    )


def _crypto_ok(v: str) -> bool:
    if v.startswith("0x"):
        body = v[2:]
        if not re.fullmatch(r"[0-9a-fA-F]{40}", body):
            return False
        return body == body.lower() or _eip55(body.lower()) == body
    if re.match(r"^(bc1|ltc1|tb1)", v.lower()):
        return _bech32_ok(v)
    return _b58check_ok(v)


# ---------------------------------------------------------------------------
# value generators
# ---------------------------------------------------------------------------

_MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    "pt": [
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ],
    "it": [
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ],
    "nl": [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
    "pl": [
        "stycznia",
        "lutego",
        "marca",
        "kwietnia",
        "maja",
        "czerwca",
        "lipca",
        "sierpnia",
        "września",
        "października",
        "listopada",
        "grudnia",
    ],
    "tr": [
        "Ocak",
        "Şubat",
        "Mart",
        "Nisan",
        "Mayıs",
        "Haziran",
        "Temmuz",
        "Ağustos",
        "Eylül",
        "Ekim",
        "Kasım",
        "Aralık",
    ],
    "ru": [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ],
    "uk": [
        "січня",
        "лютого",
        "березня",
        "квітня",
        "травня",
        "червня",
        "липня",
        "серпня",
        "вересня",
        "жовтня",
        "листопада",
        "грудня",
    ],
    "id": [
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    ],
    "sv": [
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ],
    "sw": [
        "Januari",
        "Februari",
        "Machi",
        "Aprili",
        "Mei",
        "Juni",
        "Julai",
        "Agosti",
        "Septemba",
        "Oktoba",
        "Novemba",
        "Desemba",
    ],
    "ar": [
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "مايو",
        "يونيو",
        "يوليو",
        "أغسطس",
        "سبتمبر",
        "أكتوبر",
        "نوفمبر",
        "ديسمبر",
    ],
    "hi": [
        "जनवरी",
        "फ़रवरी",
        "मार्च",
        "अप्रैल",
        "मई",
        "जून",
        "जुलाई",
        "अगस्त",
        "सितंबर",
        "अक्टूबर",
        "नवंबर",
        "दिसंबर",
    ],
    "th": [
        "มกราคม",
        "กุมภาพันธ์",
        "มีนาคม",
        "เมษายน",
        "พฤษภาคม",
        "มิถุนายน",
        "กรกฎาคม",
        "สิงหาคม",
        "กันยายน",
        "ตุลาคม",
        "พฤศจิกายน",
        "ธันวาคม",
    ],
}
_DOB_AUTO = {
    "en": ["us", "long", "iso", "eu", "longus"],
    "de": ["dot", "dot", "long"],
    "fr": ["eu", "long"],
    "es": ["eu", "long"],
    "pt": ["eu", "long"],
    "it": ["eu", "long"],
    "nl": ["dash", "long"],
    "pl": ["dot", "long"],
    "tr": ["dot", "long"],
    "ru": ["dot", "long"],
    "uk": ["dot", "long"],
    "ja": ["cjk", "ymdslash"],
    "zh": ["cjk", "iso"],
    "ko": ["cjk", "ymddot"],
    "vi": ["eu", "long"],
    "id": ["dash", "long"],
    "ar": ["eu", "long"],
    "fa": ["eu", "iso"],
    "hi": ["eu", "long"],
    "sv": ["iso", "long"],
    "sw": ["eu", "long"],
    "th": ["eu", "long"],
}


def _fmt_date(rng: random.Random, d: date, fmt: str, lang: str) -> str:
    if fmt == "auto":
        fmt = rng.choice(_DOB_AUTO.get(lang, ["iso"]))
    y, m, dd = d.year, d.month, d.day
    if fmt == "iso":
        return f"{y:04d}-{m:02d}-{dd:02d}"
    if fmt == "us":
        return f"{m:02d}/{dd:02d}/{y:04d}"
    if fmt == "eu":
        return f"{dd:02d}/{m:02d}/{y:04d}"
    if fmt == "dot":
        return f"{dd:02d}.{m:02d}.{y:04d}"
    if fmt == "dash":
        return f"{dd:02d}-{m:02d}-{y:04d}"
    if fmt == "pydate":
        return f"{y}, {m}, {dd}"
    if fmt == "compact":
        return f"{y:04d}{m:02d}{dd:02d}"
    if fmt == "ymdslash":
        return f"{y:04d}/{m:02d}/{dd:02d}"
    if fmt == "ymddot":
        return f"{y:04d}.{m:02d}.{dd:02d}"
    if fmt == "cjk":
        if lang == "ko":
            return f"{y}년 {m}월 {dd}일"
        return f"{y}年{m}月{dd}日"
    if fmt == "longus":
        return f"{_MONTHS['en'][m - 1]} {dd}, {y}"
    if fmt.startswith("long"):
        lg = fmt[5:] or lang
        if lg in ("ja", "zh", "ko"):
            return _fmt_date(rng, d, "cjk", lg)
        if lg == "vi":
            return f"{dd} tháng {m} năm {y}"
        names = _MONTHS.get(lg, _MONTHS["en"])
        mon = names[m - 1]
        if lg == "en":
            return f"{dd} {mon} {y}" if rng.random() < 0.5 else f"{mon} {dd}, {y}"
        if lg == "de":
            return f"{dd}. {mon} {y}"
        if lg in ("es", "pt"):
            return f"{dd} de {mon} de {y}"
        if lg == "fr":
            return f"{'1er' if dd == 1 else dd} {mon} {y}"
        if lg == "th":
            return f"{dd} {mon} {y + 543}"
        return f"{dd} {mon} {y}"
    raise ValueError(fmt)


def _public_ipv4(rng: random.Random) -> str:
    first = rng.choice(
        [
            23,
            31,
            37,
            41,
            45,
            62,
            77,
            78,
            81,
            82,
            84,
            85,
            86,
            88,
            89,
            91,
            93,
            94,
            95,
            102,
            103,
            105,
            109,
            110,
            112,
            113,
            116,
            117,
            118,
            121,
            122,
            124,
            125,
            129,
            136,
            139,
            141,
            146,
            151,
            154,
            156,
            160,
            176,
            177,
            178,
            179,
            180,
            181,
            182,
            185,
            186,
            187,
            188,
            189,
            190,
            191,
            193,
            194,
            195,
            196,
            197,
            200,
            201,
            202,
            203,
            212,
            213,
            217,
            219,
            220,
            221,
            222,
        ]
    )
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def _ipv6(rng: random.Random) -> str:
    pre = rng.choice(
        [
            "2a02:8109",
            "2a01:cb00",
            "2600:1700",
            "2601:646",
            "2409:4071",
            "2804:14c",
            "2c0f:f4c0",
            "2405:201",
            "2a00:23c7",
            "2001:ee0",
            "2400:4051",
            "2a0d:5600",
        ]
    )
    groups = [f"{rng.randint(0, 0xFFFF):x}" for _ in range(8 - len(pre.split(":")))]
    if rng.random() < 0.35:
        return f"{pre}:{groups[0]}::{groups[-1]}"
    return pre + ":" + ":".join(groups)


def _mac(rng: random.Random) -> str:
    b = [rng.randint(0, 255) for _ in range(6)]
    b[0] &= 0xFC
    k = rng.random()
    if k < 0.45:
        return ":".join(f"{x:02x}" for x in b)
    if k < 0.75:
        return ":".join(f"{x:02X}" for x in b)
    if k < 0.9:
        return "-".join(f"{x:02X}" for x in b)
    h = "".join(f"{x:02x}" for x in b)
    return f"{h[0:4]}.{h[4:8]}.{h[8:12]}"


_CARD = {
    "visa": (["4"], [16, 16, 16, 13]),
    "mc": (["51", "52", "53", "54", "55", "2221", "2720", "23", "25", "26"], [16]),
    "amex": (["34", "37"], [15]),
    "discover": (["6011", "65", "644"], [16]),
    "jcb": (["3528", "3530", "3566", "3589"], [16]),
    "unionpay": (["62"], [16, 19]),
    "diners": (["36", "38"], [14]),
    "maestro": (["6759", "5018", "5020"], [12, 16, 19]),
}


def _card(rng: random.Random, arg: str) -> str:
    parts = [p for p in arg.split(".") if p]
    brand = next((p for p in parts if p in _CARD), None)
    fmt = next((p for p in parts if p in ("plain", "space", "dash")), None)
    if brand is None:
        brand = rng.choice(
            [
                "visa",
                "visa",
                "visa",
                "mc",
                "mc",
                "amex",
                "discover",
                "jcb",
                "unionpay",
                "diners",
                "maestro",
            ]
        )
    prefs, lens = _CARD[brand]
    pre = rng.choice(prefs)
    n = rng.choice(lens)
    body = pre + "".join(rng.choice(string.digits) for _ in range(n - len(pre) - 1))
    num = body + _luhn_digit(body)
    if fmt is None:
        fmt = rng.choice(["plain", "space", "space", "dash"])
    if fmt == "plain" or n == 13:
        return num
    sep = " " if fmt == "space" else "-"
    if n in (14, 15):
        groups = [num[:4], num[4:10], num[10:]]
    else:
        groups = [num[i : i + 4] for i in range(0, n, 4)]
    return sep.join(groups)


def _iban(rng: random.Random, cc: str, fmt: str = "") -> str:
    if cc not in T.IBAN_BBAN:
        cc = rng.choice(T.IBAN_FALLBACK)
    bban = ""
    for cnt, kind in re.findall(r"(\d*)([nab])", T.IBAN_BBAN[cc]):
        k = int(cnt or 1)
        if kind == "b":
            bban += rng.choice(T.IBAN_BANKS.get(cc, ["BANK"]))
        elif kind == "a":
            bban += "".join(rng.choice(string.ascii_uppercase) for _ in range(k))
        else:
            bban += "".join(rng.choice(string.digits) for _ in range(k))
    chk = 98 - _iban_mod(cc + "00" + bban)
    iban = f"{cc}{chk:02d}{bban}"
    if not fmt:
        fmt = rng.choice(["compact", "space", "space"])
    if fmt == "space":
        return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    return iban


def _ssn(rng: random.Random, fmt: str = "") -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    fmt = fmt or rng.choice(["dash", "dash", "dash", "plain", "space"])
    if fmt == "plain":
        return f"{area:03d}{g:02d}{s:04d}"
    if fmt == "space":
        return f"{area:03d} {g:02d} {s:04d}"
    return f"{area:03d}-{g:02d}-{s:04d}"


_ITIN_GROUPS = [*range(50, 66), *range(70, 89), 90, 91, 92, *range(94, 100)]


def _itin(rng: random.Random, fmt: str = "") -> str:
    a, g, s = rng.randint(900, 999), rng.choice(_ITIN_GROUPS), rng.randint(0, 9999)
    if (fmt or rng.choice(["dash", "dash", "plain"])) == "plain":
        return f"{a}{g:02d}{s:04d}"
    return f"{a}-{g:02d}-{s:04d}"


def _crypto(rng: random.Random, kind: str) -> str:
    if not kind:
        kind = rng.choice(
            ["btc1", "btc3", "bc1q", "bc1p", "eth", "eth", "eth", "ltc", "doge", "trx", "ltc1"]
        )
    if kind in ("btc", "btc1"):
        return _b58check(b"\x00" + rng.randbytes(20))
    if kind == "btc3":
        return _b58check(b"\x05" + rng.randbytes(20))
    if kind == "bc1q":
        return _segwit("bc", 0, rng.randbytes(rng.choice([20, 20, 32])))
    if kind == "bc1p":
        return _segwit("bc", 1, rng.randbytes(32))
    if kind == "ltc1":
        return _segwit("ltc", 0, rng.randbytes(20))
    if kind == "ltc":
        return _b58check(b"\x30" + rng.randbytes(20))
    if kind == "doge":
        return _b58check(b"\x1e" + rng.randbytes(20))
    if kind == "trx":
        return _b58check(b"\x41" + rng.randbytes(20))
    if kind in ("eth", "ethl"):
        h = rng.randbytes(20).hex()
        return "0x" + (h if kind == "ethl" or rng.random() < 0.3 else _eip55(h))
    raise ValueError(kind)


def _b64u(b: bytes) -> str:
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def _jwt(ctx: _Ctx) -> str:
    r = ctx.rng
    alg = r.choice(["HS256", "RS256", "RS256", "ES256"])
    hdr = {"alg": alg, "typ": "JWT"}
    if alg != "HS256" and r.random() < 0.6:
        hdr["kid"] = _rs(r, _B64U, 20)
    now = int(ctx.t0.timestamp())
    pl = {
        "sub": r.choice(
            [
                str(uuid.UUID(int=r.getrandbits(128), version=4)),
                f"usr_{_rs(r, _B62, 16)}",
                str(r.randint(1000, 999999)),
            ]
        ),
        "iat": now,
        "exp": now + r.choice([900, 3600, 86400]),
    }
    if r.random() < 0.6:
        pl["iss"] = r.choice(
            [
                "https://auth.lumenfield.io/",
                "https://securetoken.google.com/app-prod",
                "supabase",
                "https://login.microsoftonline.com/tenant/v2.0",
            ]
        )
    if r.random() < 0.5:
        pl["scope"] = r.choice(
            [
                "read:tickets write:tickets",
                "openid profile email",
                "crm.objects.contacts.read",
                "role:service",
            ]
        )
    siglen = {"HS256": 32, "RS256": 256, "ES256": 64}[alg]
    return ".".join(
        [
            _b64u(json.dumps(hdr, separators=(",", ":")).encode()),
            _b64u(json.dumps(pl, separators=(",", ":")).encode()),
            _b64u(r.randbytes(siglen)),
        ]
    )


def _password(rng: random.Random) -> str:
    k = rng.random()
    if k < 0.3:
        return rng.choice(T.PW_WORDS) + str(rng.randint(10, 2025)) + rng.choice("!#$%&*?@.")
    if k < 0.55:
        return _rs(rng, _B62 + "!#$%&*@^", rng.randint(12, 20)) + str(rng.randint(0, 9))
    if k < 0.72:
        return (
            "-".join(rng.choice(T.PW_WORDS).lower() for _ in range(3))
            + "-"
            + str(rng.randint(1, 99))
        )
    if k < 0.88:
        return (
            rng.choice(string.ascii_uppercase)
            + _rs(rng, string.ascii_lowercase, 5)
            + str(rng.randint(0, 9))
            + rng.choice("!?#")
            + _rs(rng, _B62, 5)
        )
    return _rs(rng, _B62, 24)


def _pem(rng: random.Random, kind: str) -> str:
    if kind == "ec":
        head, lines = (
            "EC PRIVATE KEY",
            ["MHcCAQEEI" + _rs(rng, _B64, 55), _rs(rng, _B64, 64), _rs(rng, _B64, 30) + "=="],
        )
    elif kind == "openssh":
        head = "OPENSSH PRIVATE KEY"
        lines = [
            "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW",
            *[_rs(rng, _B64, 70) for _ in range(4)],
            _rs(rng, _B64, 24) + "=",
        ]
    elif kind == "pkcs8":
        head, lines = "PRIVATE KEY", ["MC4CAQAwBQYDK2VwBCIEI" + _rs(rng, _B64, 27)]
    else:
        head = "RSA PRIVATE KEY"
        lines = [
            "MIICXAIBAAKBgQ" + _rs(rng, _B64, 50),
            *[_rs(rng, _B64, 64) for _ in range(rng.randint(10, 13))],
            _rs(rng, _B64, 20) + "=",
        ]
    return f"-----BEGIN {head}-----\n" + "\n".join(lines) + f"\n-----END {head}-----"


def _secret(ctx: _Ctx, kind: str) -> str:
    r = ctx.rng
    rs = _rs
    if kind == "openai":
        return r.choice(
            [
                f"sk-proj-{rs(r, _B64U, 40)}T3BlbkFJ{rs(r, _B64U, 40)}",
                f"sk-{rs(r, _B62, 20)}T3BlbkFJ{rs(r, _B62, 20)}",
                f"sk-svcacct-{rs(r, _B64U, 60)}",
            ]
        )
    if kind == "anthropic":
        return f"sk-ant-api03-{rs(r, _B64U, 93)}AA"
    if kind == "stripe":
        return f"sk_{r.choice(['live', 'live', 'test'])}_51{rs(r, _B62, 96)}"
    if kind == "stripe_rk":
        return f"rk_live_51{rs(r, _B62, 96)}"
    if kind == "whsec":
        return f"whsec_{rs(r, _B62, 32)}"
    if kind in ("ghp", "gho", "ghs", "ghu"):
        return f"{kind}_{rs(r, _B62, 36)}"
    if kind == "github_pat":
        return f"github_pat_11{rs(r, _UPD, 20)}_{rs(r, _B62, 59)}"
    if kind == "gitlab":
        return f"glpat-{rs(r, _B64U, 20)}"
    if kind == "slack_bot":
        return f"xoxb-{rs(r, string.digits, 12)}-{rs(r, string.digits, 13)}-{rs(r, _B62, 24)}"
    if kind == "slack_user":
        d = string.digits
        return f"xoxp-{rs(r, d, 12)}-{rs(r, d, 12)}-{rs(r, d, 13)}-{rs(r, _HEX, 32)}"
    if kind == "slack_webhook":
        path = f"T{rs(r, _UPD, 8)}/B{rs(r, _UPD, 10)}/{rs(r, _B62, 24)}"
        return f"https://hooks.slack.com/services/{path}"
    if kind == "discord_webhook":
        return f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/{rs(r, _B64U, 68)}"
    if kind == "aws_id":
        return r.choice(["AKIA", "AKIA", "ASIA"]) + rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)
    if kind == "aws_secret":
        return rs(r, _B64, 40)
    if kind == "aws_session":
        return "IQoJb3JpZ2luX2VjE" + rs(r, _B64, 160)
    if kind == "google":
        return "AIza" + rs(r, _B64U, 35)
    if kind == "google_oauth":
        return "ya29.a0" + rs(r, _B64U, 120)
    if kind == "refresh":
        return "1//0" + rs(r, _B64U, 100)
    if kind == "sendgrid":
        return f"SG.{rs(r, _B64U, 22)}.{rs(r, _B64U, 43)}"
    if kind in ("twilio", "datadog", "hex32"):
        return rs(r, _HEX, 32)
    if kind == "twilio_key":
        return "SK" + rs(r, _HEX, 32)
    if kind == "mailgun":
        return "key-" + rs(r, _HEX, 32)
    if kind == "hf":
        return "hf_" + rs(r, _B62, 34)
    if kind == "npm":
        return "npm_" + rs(r, _B62, 36)
    if kind == "pypi":
        return "pypi-AgEIcHlwaS5vcmc" + rs(r, _B64U, 140)
    if kind == "telegram":
        return f"{r.randint(10**9, 7 * 10**9)}:AA{rs(r, _B64U, 33)}"
    if kind == "discord":
        return (
            f"{_b64u(str(r.randint(10**17, 10**18)).encode())}.{rs(r, _B64U, 6)}.{rs(r, _B64U, 38)}"
        )
    if kind == "shopify":
        return "shpat_" + rs(r, _HEX, 32)
    if kind == "linear":
        return "lin_api_" + rs(r, _B62, 40)
    if kind == "notion":
        return r.choice(["ntn_" + rs(r, _B62, 46), "secret_" + rs(r, _B62, 43)])
    if kind == "azure_key":
        return rs(r, _B64, 86) + "=="
    if kind == "openrouter":
        return "sk-or-v1-" + rs(r, _HEX, 64)
    if kind == "groq":
        return "gsk_" + rs(r, _B62, 52)
    if kind == "replicate":
        return "r8_" + rs(r, _B62, 37)
    if kind == "xai":
        return "xai-" + rs(r, _B62, 80)
    if kind == "mistral":
        return rs(r, _B62, 32)
    if kind == "cohere":
        return rs(r, _B62, 40)
    if kind == "deepseek":
        return "sk-" + rs(r, _HEX, 32)
    if kind == "do":
        return "dop_v1_" + rs(r, _HEX, 64)
    if kind == "vault":
        return "hvs." + rs(r, _B64U, 90)
    if kind == "sentry":
        return "sntrys_" + rs(r, _B62, 88)
    if kind == "pinecone":
        return "pcsk_" + rs(r, _B62, 6) + "_" + rs(r, _B62, 60)
    if kind == "cloudflare":
        return rs(r, _B64U, 40)
    if kind == "jwt":
        return _jwt(ctx)
    if kind == "hubspot":
        return f"pat-{r.choice(['na1', 'eu1'])}-{uuid.UUID(int=r.getrandbits(128), version=4)}"
    if kind == "bearer":
        return r.choice([rs(r, _B62, 40), rs(r, _B64U, 64), "at_" + rs(r, _B62, 48)])
    if kind == "basic":
        user = r.choice(
            ["api", "admin", "svc-reporting", "deploy", "metrics", "billing-sync", "importer"]
        )
        return base64.b64encode(f"{user}:{_password(r)}".encode()).decode()
    if kind == "password":
        return _password(r)
    if kind == "dsnpw":
        return r.choice(
            [
                rs(r, _B62 + "-_.", r.randint(14, 24)),
                r.choice(T.PW_WORDS) + "%40" + str(r.randint(100, 9999)),
                rs(r, _B62, 32),
            ]
        )
    if kind == "pin":
        while True:
            v = rs(r, string.digits, 4)
            if v not in ("1234", "0000", "1111"):
                return v
    if kind == "pin6":
        return rs(r, string.digits, 6)
    if kind == "otp":
        return rs(r, string.digits, 6)
    if kind == "recovery":
        return f"{rs(r, _LOWD, 5)}-{rs(r, _LOWD, 5)}"
    if kind == "cookie_express":
        return "s%3A" + rs(r, _B64U, 32) + "." + rs(r, _B62 + "%", 43)
    if kind == "cookie_django":
        return rs(r, _LOWD, 32)
    if kind == "cookie_php":
        return rs(r, _LOWD, 26)
    if kind == "cookie_rails":
        return rs(r, _B62 + "%", 110) + "--" + rs(r, _B62, 24) + "%3D%3D"
    if kind == "session":
        return rs(r, _B64U, 48)
    if kind in ("pem_rsa", "pem_ec", "pem_openssh", "pem_pkcs8"):
        return _pem(r, kind[4:])
    if kind == "hex40":
        return rs(r, _HEX, 40)
    if kind == "hex64":
        return rs(r, _HEX, 64)
    if kind == "b64_32":
        return base64.b64encode(r.randbytes(32)).decode()
    if kind == "fernet":
        return base64.urlsafe_b64encode(r.randbytes(32)).decode()
    if kind == "django":
        return "django-insecure-" + rs(r, _LOWD + "!@#$%^&*(-_=+)", 50)
    if kind == "wifi":
        return (
            r.choice(T.PW_WORDS) + "-" + r.choice(T.PW_WORDS).lower() + "-" + str(r.randint(10, 99))
        )
    if kind == "seed":
        return " ".join(r.choice(T.SEED_WORDS) for _ in range(r.choice([12, 12, 24])))
    if kind == "uuidkey":
        return str(uuid.UUID(int=r.getrandbits(128), version=4))
    raise KeyError(f"secret kind {kind}")


def _masked(ctx: _Ctx, kind: str) -> str:
    r = ctx.rng
    last4 = _rs(r, string.digits, 4)
    if kind == "card":
        return r.choice(
            [
                f"**** **** **** {last4}",
                f"•••• {last4}",
                f"XXXX-XXXX-XXXX-{last4}",
                f"************{last4}",
                f"ending in {last4}",
            ]
        )
    if kind == "key":
        return r.choice(
            [
                f"sk-...{_rs(r, _B62, 4)}",
                f"sk-proj-****{_rs(r, _B62, 4)}",
                f"ghp_************************{_rs(r, _B62, 4)}",
                f"xoxb-****-****-{_rs(r, _B62, 4)}",
                f"sk_live_…{_rs(r, _B62, 4)}",
                "****************",
                f"AKIA************{_rs(r, _UPD, 4)}",
            ]
        )
    if kind == "ssn":
        return r.choice([f"***-**-{last4}", f"XXX-XX-{last4}", f"•••-••-{last4}"])
    if kind == "iban":
        cc = r.choice(["DE", "FR", "NL", "GB", "ES"])
        tail = f"{_rs(r, string.digits, 4)} {_rs(r, string.digits, 2)}"
        return f"{cc}{r.randint(10, 99)} **** **** **** {tail}"
    if kind == "phone":
        return r.choice(
            [
                f"+44 •••• ••{_rs(r, string.digits, 4)}",
                f"(***) ***-{last4}",
                f"+49 *** ****{_rs(r, string.digits, 3)}",
            ]
        )
    if kind == "pw":
        return r.choice(["********", "••••••••••", "<hidden>", "[REDACTED]", "***"])
    raise KeyError(kind)


# ---------------------------------------------------------------------------
# people
# ---------------------------------------------------------------------------

_CULTURE_KEYS = sorted(T.CULTURES)
_NATIVE_ADDR = {
    "JP": ("ja",),
    "CN": ("zh",),
    "KR": ("ko",),
    "RU": ("ru", "uk"),
    "UA": ("uk", "ru"),
    "GR": ("el",),
    "IR": ("fa",),
    "TH": ("th",),
}
_HON = {
    "en": ("Mr", "Ms"),
    "de": ("Herr", "Frau"),
    "fr": ("M.", "Mme"),
    "es": ("Sr.", "Sra."),
    "pt": ("Sr.", "Sra."),
    "it": ("Sig.", "Sig.ra"),
    "nl": ("dhr.", "mevr."),
    "pl": ("Pan", "Pani"),
    "id": ("Bapak", "Ibu"),
    "air": ("MR", "MS"),
}


class _Person:
    def __init__(self, ctx: _Ctx):
        r = ctx.rng
        self.ctx = ctx
        lang = ctx.lang
        pref = T.LANG_CULTURES.get(lang)
        ck = r.choice(pref) if pref and r.random() < 0.7 else r.choice(_CULTURE_KEYS)
        cul = T.CULTURES[ck]
        self.ck = ck
        self.gi = r.randint(0, 1)
        given = r.choice(cul["m" if self.gi == 0 else "f"])
        fam = r.choice(cul["fam"])
        gn, gl = _side(given, True), _side(given, False)
        fn, fl = _side(fam, True), _side(fam, False)
        if "/" in fn:
            fn = fn.split("/")[self.gi]
        if "/" in fl:
            fl = fl.split("/")[self.gi]
        has_native = gn != gl
        self.native = has_native and (
            lang in cul.get("native_langs", []) or r.random() < (0.02 if ctx.force_cc else 0.2)
        )
        self.given_l, self.family_l = gl, fl
        self.given = gn if self.native else gl
        self.family = fn if self.native else fl
        lo = cul.get("latin_order", "gf") if cul["order"] == "fg" else "gf"
        if lo == "either":
            lo = "gf" if r.random() < 0.6 else "fg"
        self.full_latin = f"{fl} {gl}" if lo == "fg" else f"{gl} {fl}"
        if self.native:
            self.full = (fn + cul.get("sep", " ") + gn) if cul["order"] == "fg" else f"{gn} {fn}"
        else:
            self.full = self.full_latin
        self.call = self.given.split()[-1] if ck == "vi" else self.given
        # country
        if ctx.force_cc:
            cc = ctx.force_cc
        elif (
            lang in T.LANG_COUNTRIES
            and (ck in T.LANG_CULTURES.get(lang, []) or r.random() < 0.4)
            and r.random() < 0.7
        ):
            cc = r.choice(T.LANG_COUNTRIES[lang])
        elif r.random() < 0.12:
            cc = r.choice(T.DIASPORA)
        else:
            cc = r.choice(cul["countries"])
        self.cc = cc
        self.addr_native = cc in _NATIVE_ADDR and (
            lang in _NATIVE_ADDR[cc] or (self.native and r.random() < 0.8)
        )
        # ascii name parts for e-mails and usernames
        gt = [t for t in re.split(r"[\s]+", _ascii(gl).lower()) if t]
        g = re.sub(r"[^a-z]", "", gt[0]) or "user"
        if len(gt) > 1 and r.random() < 0.4:
            g = re.sub(r"[^a-z]", "", "".join(gt)) or g
        ft = [t for t in _ascii(fl).split() if t]
        keep = []
        for i, t in enumerate(ft):
            if t[0].islower() and i < len(ft) - 1 and r.random() < 0.5:
                continue
            keep.append(t)
        if ck in ("es", "latam") and len(keep) == 2 and r.random() < 0.7:
            keep = keep[:1]
        f = re.sub(r"[^a-z]", "", "".join(keep).lower()) or "x"
        self.ga, self.fa = g, f
        self.cache: dict[str, list] = {}
        self.dob = date(1948, 1, 1) + timedelta(days=r.randint(0, 21550))

    # -- attribute resolution -------------------------------------------------
    def attr(self, name: str, var: str | None) -> list:
        key = f"{name}:{var}"
        if key in self.cache:
            return self.cache[key]
        v = self._attr(name, var or "")
        if isinstance(v, str):
            v = [(v, None)]
        elif isinstance(v, tuple):
            v = [v]
        self.cache[key] = v
        return v

    def _email(self, domain: str, work: bool) -> str:
        r = self.ctx.rng
        g, f = self.ga, self.fa
        if domain in ("qq.com", "163.com") and r.random() < 0.6:
            return f"{r.randint(10**7, 3 * 10**9)}@{domain}"
        if work:
            local = r.choice(
                [f"{g}.{f}", f"{g}.{f}", f"{g[0]}{f}", g, f"{g}.{f[0]}", f"{f}.{g}", f"{g}{f[0]}"]
            )
        else:
            local = r.choice(
                [
                    f"{g}.{f}",
                    f"{g}{f}",
                    f"{g}_{f}",
                    f"{g[0]}{f}",
                    f"{g[0]}.{f}",
                    f"{f}.{g}",
                    f"{g}.{f}{r.randint(1, 99)}",
                    f"{g}{r.randint(1970, 2006)}",
                    f"{f}{g[0]}",
                    f"{g}.{f[0]}",
                    f"{g}-{f}",
                ]
            )
        return f"{local}@{domain}"

    def _addr(self) -> dict:
        if "_addr" not in self.cache:
            self.cache["_addr"] = _make_addr(self.ctx.rng, self.cc, self.addr_native)
        return self.cache["_addr"]

    def _attr(self, name: str, var: str):
        ctx, r = self.ctx, self.ctx.rng
        if name.endswith("2") and name[:-1] in (
            "email",
            "phone",
            "passport",
            "dl",
            "iban",
            "card",
            "ip",
            "mac",
            "crypto",
        ):
            name = name[:-1]
        if name == "full":
            if var == "latin":
                return (self.full_latin, "PERSON")
            if var == "upper":
                return (
                    (f"{self.family.upper()} {self.given}", "PERSON")
                    if not self.native
                    else (self.full, "PERSON")
                )
            if var == "caps":
                return (_ascii(self.full_latin).upper(), "PERSON")
            if var == "comma":
                return (f"{self.family}, {self.given}", "PERSON")
            return (self.full, "PERSON")
        if name == "first":
            return (self.given_l if var == "latin" else self.call, "PERSON")
        if name == "given":
            return (self.given, "PERSON")
        if name == "last":
            v = self.family_l if var == "latin" else self.family
            return (v.upper() if var == "upper" else v, "PERSON")
        if name in ("user", "handle"):
            g, f = self.ga, self.fa
            return (
                r.choice(
                    [f"{g}.{f}", f"{g}.{f}", f"{g}_{f}", f"{g}{f}", f"{g}-{f}", g, f"{f}.{g}"]
                ),
                "PERSON",
            )
        if name in ("email", "email2"):
            dom_c = T.PERSONAL_DOMAINS.get(self.cc, [])
            dom = (
                r.choice(dom_c) if dom_c and r.random() < 0.5 else r.choice(T.PERSONAL_DOMAINS["*"])
            )
            return (self._email(dom, False), "EMAIL")
        if name == "wemail":
            return (self._email(ctx.co[1], True), "EMAIL")
        if name in ("phone", "phone2"):
            if var == "e164":
                return (_e164(r, self.cc), "PHONE")
            if var == "wa":
                return (_e164(r, self.cc)[1:], "PHONE")
            return (_fill(r, r.choice(T.PHONES[self.cc])), "PHONE")
        if name == "dob":
            return (_fmt_date(r, self.dob, var or "auto", ctx.lang), "DATE_OF_BIRTH")
        if name == "age":
            return str(ctx.t0.year - self.dob.year)
        if name == "addr":
            a = self._addr()
            if var in ("", "full"):
                return _addr_pieces(a["full"])
            if var == "ml":
                return _addr_pieces(a["ml"])
            if var in ("line1", "line2", "postal"):
                v = a[var]
                return (v, "ADDRESS" if any(c.isdigit() for c in v) else None)
            if var in ("city", "region", "country", "cc"):
                return a[var]
            raise KeyError(var)
        if name == "cc":
            return self.cc
        if name == "country":
            return T.ADDRESSES[self.cc]["country"]
        if name == "ip":
            return (_public_ipv4(r), "IP")
        if name == "ip6":
            return (_ipv6(r), "IP")
        if name == "mac":
            return (_mac(r), "MAC")
        if name == "card":
            return (_card(r, var), "CREDIT_CARD")
        if name == "iban":
            if re.fullmatch(r"[A-Z]{2}", var):
                return (_iban(r, var), "IBAN")
            return (_iban(r, self.cc, var), "IBAN")
        if name == "ssn":
            return (_ssn(r, var), "US_SSN")
        if name == "itin":
            return (_itin(r, var), "US_ITIN")
        if name == "passport":
            cc = var or self.cc
            return (_fill(r, r.choice(T.PASSPORTS.get(cc, ["@#######"]))), "PASSPORT")
        if name == "dl":
            cc = var or self.cc
            if cc == "GB":
                return (_uk_dl(r, self), "DRIVER_LICENSE")
            return (_fill(r, r.choice(T.DRIVER_LICENSES.get(cc, ["@@######"]))), "DRIVER_LICENSE")
        if name == "crypto":
            return (_crypto(r, var), "CRYPTO")
        if name == "hon":
            lg = var or ctx.lang
            return _HON.get(lg, _HON["en"])[self.gi]
        raise KeyError(f"person attr {name}")


def _uk_dl(r: random.Random, p: _Person) -> str:
    sur = re.sub(r"[^A-Z]", "", _ascii(p.family_l).upper())[:5].ljust(5, "9")
    y, m, d = p.dob.year, p.dob.month + (50 if p.gi == 1 else 0), p.dob.day
    ini = (re.sub(r"[^A-Z]", "", _ascii(p.given_l).upper())[:1] or "X") + "9"
    return f"{sur}{str(y)[2]}{m:02d}{d:02d}{str(y)[3]}{ini}9{_rs(r, 'ABCDEFGHJKLMNPQRSTUVWXYZ', 2)}"


def _e164(r: random.Random, cc: str) -> str:
    pats = [p for p in T.PHONES[cc] if p.startswith("+") and "(0)" not in p]
    s = _fill(r, r.choice(pats))
    return "+" + re.sub(r"\D", "", s)


def _fmt_opt(pat: str, f: dict) -> str:
    s = re.sub(r"\[([^\[\]]*)\]", lambda m: m.group(1) if f["l2"] else "", pat)
    return s.format(**f)


def _make_addr(r: random.Random, cc: str, native: bool) -> dict:
    a = T.ADDRESSES[cc]
    town = r.choice(a["towns"])
    city, pcpat = town[0], town[1]
    region = town[2] if len(town) > 2 else ""
    areas = town[3] if len(town) > 3 else []
    f = {
        "n": str(r.randint(1, 199)),
        "nbig": str(r.randint(10, 9899)),
        "n1": str(r.randint(1, 9)),
        "n2": str(r.randint(1, 30)),
        "n2b": str(r.randint(1, 20)),
        "n2z": f"{r.randint(1, 15):02d}",
        "n3": str(r.randint(100, 999)),
        "n4": str(r.randint(1000, 2999)),
        "u": f"{r.randint(1, 24)}{r.choice('ABCDEF')}",
        "L": r.choice("ABCDEFGH"),
        "l": r.choice("abcd"),
    }
    f["street"] = _side(r.choice(a["streets"]), native).format(**f)
    f["bname"] = _side(r.choice(a.get("bnames", [""])), native)
    f["area"] = _side(r.choice(areas), native) if areas else ""
    f["city"] = _side(city, native)
    f["region"] = region
    f["pc"] = _fill(r, pcpat)
    f["l1"] = _side(r.choice(a["l1"]), native).format(**f)
    f["l2"] = _side(r.choice(a["l2"]), native).format(**f)
    f["cl"] = _side(r.choice(a["cl"]), native).format(**f)
    full = _fmt_opt(_side(a.get("full", "{l1}[, {l2}], {cl}"), native), f)
    ml = _fmt_opt(_side(a.get("ml", "{l1}[\n{l2}]\n{cl}"), native), f)
    return {
        "full": full,
        "ml": ml,
        "line1": f["l1"],
        "line2": f["l2"],
        "postal": f["pc"],
        "city": f["city"],
        "region": region,
        "country": a["country"],
        "cc": cc,
    }


def _addr_pieces(v: str) -> list:
    if v.startswith("〒"):
        return [("〒", None), (v[1:], "ADDRESS")]
    return [(v, "ADDRESS")]


# ---------------------------------------------------------------------------
# rendering context
# ---------------------------------------------------------------------------

_PERSON_RE = re.compile(r"^p(\d+)\.([a-z0-9]+)(?::([\w.]+))?$")


class _Ctx:
    def __init__(self, rng: random.Random, lang: str):
        self.rng = rng
        self.lang, _, self.force_cc = lang.partition("-")
        self.persons: dict[int, _Person] = {}
        self.cache: dict[str, list] = {}
        self.co = rng.choice(T.COMPANIES)
        self.t0 = datetime(2024, 1, 1, tzinfo=UTC) + timedelta(seconds=rng.randint(0, 590 * 86400))
        self.tcur = self.t0

    def person(self, k: int) -> _Person:
        if k not in self.persons:
            self.persons[k] = _Person(self)
        return self.persons[k]

    def resolve(self, spec: str) -> list:
        if spec in self.cache:
            return self.cache[spec]
        m = re.fullmatch(r"(.+)#(\w+)", spec, re.S)
        v = self._resolve(m[1] if m else spec)
        if isinstance(v, str):
            v = [(v, None)]
        elif isinstance(v, tuple):
            v = [v]
        if m:
            self.cache[spec] = v
        return v

    def _tick(self) -> datetime:
        self.tcur = self.tcur + timedelta(
            seconds=self.rng.randint(0, 240), milliseconds=self.rng.randint(0, 999)
        )
        return self.tcur

    def _resolve(self, spec: str):
        r = self.rng
        if spec.startswith("~"):
            return r.choice(spec[1:].split("|"))
        m = _PERSON_RE.match(spec)
        if m:
            return self.person(int(m[1])).attr(m[2], m[3])
        name, _, arg = spec.partition(":")
        if name == "co":
            return self.co[0]
        if name == "co.domain":
            return self.co[1]
        if name == "email":
            role = arg or r.choice(
                ["support", "billing", "noreply", "hello", "orders", "hr", "security", "accounts"]
            )
            return (f"{role}@{self.co[1]}", "EMAIL")
        if name == "phone":
            return (_fill(r, r.choice(T.PHONES[arg or "US"])), "PHONE")
        if name == "e164":
            return (_e164(r, arg or "US"), "PHONE")
        if name == "UPD":
            return _rs(r, _UPD, int(arg or 8))
        if name == "uuid":
            u = str(uuid.UUID(int=r.getrandbits(128), version=4))
            return u.upper() if arg == "upper" else u
        if name == "hex":
            return _rs(r, _HEX, int(arg or 32))
        if name == "HEX":
            return _rs(r, "0123456789ABCDEF", int(arg or 32))
        if name == "b62":
            return _rs(r, _B62, int(arg or 24))
        if name == "digits":
            k = int(arg or 6)
            return r.choice("123456789") + _rs(r, string.digits, k - 1)
        if name == "num":
            lo, hi = arg.split("-") if arg else ("1", "999")
            return str(r.randint(int(lo), int(hi)))
        if name == "sha":
            return _rs(r, _HEX, 40)
        if name == "sha7":
            return _rs(r, _HEX, 7)
        if name == "sha256":
            return _rs(r, _HEX, 64)
        if name == "ts":
            return self._ts(arg)
        if name == "date":
            d = (self.t0 + timedelta(days=r.randint(-400, 120))).date()
            return _fmt_date(r, d, arg or "iso", self.lang)
        if name in ("product", "model", "pub", "fict", "place", "ncompany", "bot", "city"):
            pool = {
                "product": T.PRODUCTS,
                "model": T.MODELS,
                "pub": T.PUBLIC_FIGURES,
                "fict": T.FICTIONAL,
                "place": T.NAMED_PLACES,
                "ncompany": T.NAMED_COMPANIES,
                "bot": T.BOTS,
                "city": T.CITIES,
            }[name]
            return r.choice(pool)
        if name == "ph":
            return r.choice(T.PLACEHOLDER_PASSWORDS if arg == "pw" else T.PLACEHOLDER_KEYS)
        if name == "mask":
            return _masked(self, arg)
        if name == "amount":
            lo, hi = (float(x) for x in arg.split("-")) if arg else (5.0, 2500.0)
            return f"{r.uniform(lo, hi):.2f}"
        if name == "cents":
            return str(r.randint(500, 250000))
        if name == "cur":
            return r.choice(
                [
                    "EUR",
                    "USD",
                    "GBP",
                    "BRL",
                    "JPY",
                    "INR",
                    "NGN",
                    "KES",
                    "TRY",
                    "PLN",
                    "SEK",
                    "MXN",
                    "AED",
                    "KRW",
                ]
            )
        if name == "req":
            return "req_" + _rs(r, _B62, 24)
        if name == "trace":
            return _rs(r, _HEX, 32)
        if name == "span":
            return _rs(r, _HEX, 16)
        if name == "callid":
            return "call_" + _rs(r, _B62, 24)
        if name == "toolu":
            return "toolu_01" + _rs(r, _B62, 22)
        if name == "msgid":
            return "msg_01" + _rs(r, _B62, 22)
        if name == "chatcmpl":
            return "chatcmpl-" + _rs(r, _B62, 29)
        if name == "oid":
            return f"{arg}_" + _rs(r, _B62, 24)
        if name == "stripe":
            if arg == "cus":
                return "cus_" + _rs(r, _B62, 14)
            return f"{arg}_{r.choice('13')}{_rs(r, _UPD, 2)}{_rs(r, _B62, 21)}"
        if name == "slackid":
            return (arg or "U") + _rs(r, _UPD, 10)
        if name == "snowflake":
            return str(r.randint(10**17, 2 * 10**18))
        if name == "ver":
            return f"{r.randint(0, 9)}.{r.randint(0, 40)}.{r.randint(0, 20)}"
        if name == "build":
            return f"{r.randint(10, 26)}.0.{r.randint(1000, 29999)}.{r.randint(256, 9999)}"
        if name == "etag":
            return _rs(r, _HEX, 32)
        if name == "pk":
            return "pk_live_51" + _rs(r, _B62, 96)
        if name == "acsid":
            return "AC" + _rs(r, _HEX, 32)
        if name == "awsacct":
            return _rs(r, string.digits, 12)
        if name == "sshpub":
            return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + _rs(r, _B64, 43)
        if name == "pubpem":
            return (
                "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE"
                + _rs(r, _B64, 28)
                + "\n"
                + _rs(r, _B64, 62)
                + "==\n-----END PUBLIC KEY-----"
            )
        if name == "txhash":
            return "0x" + _rs(r, _HEX, 64)
        if name == "localip":
            return r.choice(["127.0.0.1", "0.0.0.0", "127.0.0.1", "::1"])
        if name == "ip4":
            return (_public_ipv4(r), "IP")
        if name == "ip6":
            return (_ipv6(r), "IP")
        if name == "mac":
            return (_mac(r), "MAC")
        if name == "card":
            return (_card(r, arg), "CREDIT_CARD")
        if name == "iban":
            cc, _, fmt = arg.partition(".")
            return (_iban(r, cc or r.choice(sorted(T.IBAN_BBAN)), fmt), "IBAN")
        if name == "ssn":
            return (_ssn(r, arg), "US_SSN")
        if name == "itin":
            return (_itin(r, arg), "US_ITIN")
        if name == "crypto":
            return (_crypto(r, arg), "CRYPTO")
        if name == "sec":
            return (_secret(self, arg), "SECRET")
        if name == "last4":
            return _rs(r, string.digits, 4)
        raise KeyError(f"slot {spec}")

    def _ts(self, arg: str) -> str:
        t = self._tick()
        if arg in ("", "iso"):
            return t.strftime("%Y-%m-%dT%H:%M:%SZ")
        if arg == "ms":
            return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"
        if arg == "off":
            return t.strftime("%Y-%m-%dT%H:%M:%S") + self.rng.choice(
                ["+00:00", "+01:00", "+02:00", "-05:00", "+05:30", "+09:00", "-03:00"]
            )
        if arg == "epoch":
            return str(int(t.timestamp()))
        if arg == "epochms":
            return str(int(t.timestamp() * 1000))
        if arg == "http":
            return t.strftime("%a, %d %b %Y %H:%M:%S GMT")
        if arg == "log":
            return t.strftime("%Y-%m-%d %H:%M:%S,") + f"{t.microsecond // 1000:03d}"
        if arg == "logsp":
            return t.strftime("%Y-%m-%d %H:%M:%S")
        if arg == "syslog":
            return (
                t.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1)
                if t.day < 10
                else t.strftime("%b %d %H:%M:%S")
            )
        if arg == "nginx":
            return t.strftime("%d/%b/%Y:%H:%M:%S +0000")
        if arg == "slack":
            return f"{int(t.timestamp())}.{self.rng.randint(0, 999999):06d}"
        if arg == "time":
            return t.strftime("%H:%M:%S")
        if arg == "hm":
            return t.strftime("%H:%M")
        if arg == "gha":
            return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{self.rng.randint(0, 9999999):07d}Z"
        raise KeyError(arg)


# ---------------------------------------------------------------------------
# escaping and assembly
# ---------------------------------------------------------------------------

_ESC_MODES = (
    "raw",
    "json",
    "jsona",
    "json2",
    "json2a",
    "csv",
    "sql",
    "py",
    "html",
    "url",
    "urlq",
    "md",
)


def _esc(text: str, mode: str) -> tuple[str, str, str]:
    if mode in ("raw", "md"):
        return "", text, ""
    if mode == "json":
        return "", json.dumps(text, ensure_ascii=False)[1:-1], ""
    if mode == "jsona":
        return "", json.dumps(text)[1:-1], ""
    if mode == "json2":
        return (
            "",
            json.dumps(json.dumps(text, ensure_ascii=False)[1:-1], ensure_ascii=False)[1:-1],
            "",
        )
    if mode == "json2a":
        return "", json.dumps(json.dumps(text)[1:-1])[1:-1], ""
    if mode == "csv":
        if any(c in text for c in ',"\n'):
            return '"', text.replace('"', '""'), '"'
        return "", text, ""
    if mode == "sql":
        return "", text.replace("'", "''"), ""
    if mode == "py":
        return "", text.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n"), ""
    if mode == "html":
        return "", html.escape(text, quote=True), ""
    if mode == "url":
        return "", urllib.parse.quote_plus(text, safe=""), ""
    if mode == "urlq":
        return "", urllib.parse.quote(text, safe=""), ""
    m = re.fullmatch(r"ind(\d+)", mode)
    if m:
        return "", text.replace("\n", "\n" + " " * int(m[1])), ""
    raise KeyError(mode)


_SLOT = re.compile(r"⟦([^⟦⟧]*)⟧")
_REP = re.compile(r"⟦rep:(\d+):(\d+)⟧(.*?)⟦sep⟧(.*?)⟦/rep⟧", re.S)


def _expand(body: str, rng: random.Random) -> str:
    counter = [11]

    def sub(m: re.Match) -> str:
        k = rng.randint(int(m[1]), int(m[2]))
        parts = []
        for _ in range(k):
            idx = counter[0]
            counter[0] += 1
            parts.append(m[3].replace("pR.", f"p{idx}.").replace("#R", f"#{idx}"))
        return m[4].join(parts)

    return _REP.sub(sub, body)


def _render(body: str, ctx: _Ctx, esc: str) -> list[tuple[str, str | None]]:
    pieces: list[tuple[str, str | None]] = []
    pos = 0
    for m in _SLOT.finditer(body):
        if m.start() > pos:
            pieces.append((body[pos : m.start()], None))
        spec, mode = m[1], esc
        if "!" in spec:
            head, _, tail = spec.rpartition("!")
            if tail in _ESC_MODES or re.fullmatch(r"ind\d+", tail):
                spec, mode = head, tail
        for text, cat in ctx.resolve(spec):
            pre, mid, post = _esc(text, mode)
            if pre:
                pieces.append((pre, None))
            pieces.append((mid, cat))
            if post:
                pieces.append((post, None))
        pos = m.end()
    if pos < len(body):
        pieces.append((body[pos:], None))
    return pieces


def _assemble(pieces: list[tuple[str, str | None]]) -> Sample:
    out: list[str] = []
    spans: list[tuple[str, int, int]] = []
    off = 0
    for text, cat in pieces:
        if not text:
            continue
        if cat:
            if (
                spans
                and spans[-1][0] == cat
                and (spans[-1][2] == off or (off - spans[-1][2] == 1 and out[-1] == " "))
            ):
                spans[-1] = (cat, spans[-1][1], off + len(text))
            else:
                spans.append((cat, off, off + len(text)))
        out.append(text)
        off += len(text)
    return Sample(text="".join(out), spans=spans)


def _dwidth(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in s)


def _center(h: str, w: int) -> str:
    gap = w - _dwidth(h)
    left = gap // 2
    return " " * left + h + " " * (gap - left)


def _table(spec: dict, ctx: _Ctx) -> list[tuple[str, str | None]]:
    r = ctx.rng
    style = spec["style"]
    cols = spec["cols"]
    nrows = r.randint(*spec.get("rows", (2, 5)))
    cell_esc = "csv" if style == "csv" else "raw"
    rows = []
    for i in range(nrows):
        row = []
        for _, cell in cols:
            body = cell.replace("⟦p.", f"⟦p{100 + i}.").replace("#R", f"#{100 + i}")
            row.append(_render(body, ctx, cell_esc))
        rows.append(row)
    heads = [h for h, _ in cols]
    out: list[tuple[str, str | None]] = []
    if spec.get("pre"):
        out += _render(spec["pre"], ctx, spec.get("esc", "raw"))
    if style in ("csv", "tsv"):
        sep = "," if style == "csv" else "\t"
        out.append((sep.join(heads) + "\n", None))
        for row in rows:
            for j, cell in enumerate(row):
                if j:
                    out.append((sep, None))
                out += cell
            out.append(("\n", None))
    else:
        widths = [
            max([_dwidth(h)] + [_dwidth("".join(t for t, _ in row[j])) for row in rows])
            for j, h in enumerate(heads)
        ]

        def pad(cell: list, w: int) -> list:
            return [*cell, (" " * (w - _dwidth("".join(t for t, _ in cell))), None)]

        if style == "psql":
            out.append(
                (
                    "|".join(
                        " " + _center(h, w) + " " for h, w in zip(heads, widths, strict=True)
                    ).rstrip()
                    + "\n",
                    None,
                )
            )
            out.append(("+".join("-" * (w + 2) for w in widths) + "\n", None))
            for row in rows:
                for j, cell in enumerate(row):
                    out.append(((" | " if j else " "), None))
                    out += pad(cell, widths[j]) if j < len(row) - 1 else cell
                out.append(("\n", None))
            out.append((f"({nrows} rows)\n", None))
        elif style == "mysql":
            border = "+" + "+".join("-" * (w + 2) for w in widths) + "+\n"
            out.append((border, None))
            out.append(
                (
                    "| "
                    + " | ".join(h.ljust(w) for h, w in zip(heads, widths, strict=True))
                    + " |\n",
                    None,
                )
            )
            out.append((border, None))
            for row in rows:
                out.append(("| ", None))
                for j, cell in enumerate(row):
                    if j:
                        out.append((" | ", None))
                    out += pad(cell, widths[j])
                out.append((" |\n", None))
            out.append((border, None))
            out.append((f"{nrows} rows in set (0.0{r.randint(0, 9)} sec)\n", None))
        elif style == "md":
            out.append(("| " + " | ".join(heads) + " |\n", None))
            out.append(("|" + "|".join("---" for _ in heads) + "|\n", None))
            for row in rows:
                out.append(("| ", None))
                for j, cell in enumerate(row):
                    if j:
                        out.append((" | ", None))
                    out += cell
                out.append((" |\n", None))
        elif style == "cols":
            out.append(
                (
                    "  ".join(h.ljust(w) for h, w in zip(heads, widths, strict=True)).rstrip()
                    + "\n",
                    None,
                )
            )
            out.append(("  ".join("-" * w for w in widths) + "\n", None))
            for row in rows:
                for j, cell in enumerate(row):
                    if j:
                        out.append(("  ", None))
                    out += pad(cell, widths[j]) if j < len(row) - 1 else cell
                out.append(("\n", None))
        else:
            raise KeyError(style)
    if spec.get("post"):
        out += _render(spec["post"], ctx, spec.get("esc", "raw"))
    return out


def _make(tpl, rng: random.Random) -> Sample:
    if isinstance(tpl, dict):
        ctx = _Ctx(rng, tpl["lang"])
        pieces = _table(tpl, ctx)
    else:
        _, lang, esc, body = tpl
        ctx = _Ctx(rng, lang)
        pieces = _render(_expand(body.strip("\n"), rng), ctx, esc)
    s = _assemble(pieces)
    text = s.text.rstrip("\n")
    return Sample(text=text, spans=s.spans)


def _tpl_id(tpl) -> str:
    return tpl["id"] if isinstance(tpl, dict) else tpl[0]


def _tpl_lang(tpl) -> str:
    return (tpl["lang"] if isinstance(tpl, dict) else tpl[1]).split("-")[0]


def _pools():
    allt = list(T.TEMPLATES) + list(T.TABLES)
    clean = [t for t in allt if _tpl_id(t).startswith("clean_")]
    pii = [t for t in allt if not _tpl_id(t).startswith("clean_")]
    en = [t for t in pii if _tpl_lang(t) == "en"]
    other = [t for t in pii if _tpl_lang(t) != "en"]
    return clean, en, other


def dev19_set(scale: float = 1.0, seed: int = SEED) -> list[Sample]:
    """Build the dev19 set: ``round(1200 * scale)`` labeled samples, deterministic for ``seed``."""
    n = round(N_BASE * scale)
    rng = random.Random(seed)
    clean, en, other = _pools()
    out: list[Sample] = []
    seen: set[str] = set()
    tries = 0
    while len(out) < n:
        tries += 1
        if tries > n * 50:
            raise RuntimeError("could not draw enough distinct samples")
        k = rng.random()
        if k < CLEAN_SHARE:
            tpl = rng.choice(clean)
        elif rng.random() < NON_EN_SHARE:
            tpl = rng.choice(other)
        else:
            tpl = rng.choice(en)
        s = _make(tpl, rng)
        if s.text in seen or s.text.count("\n") + 1 > MAX_LINES:
            continue
        if _tpl_id(tpl).startswith("clean_") and s.spans:
            raise ValueError(f"clean template {_tpl_id(tpl)} produced spans")
        if not _tpl_id(tpl).startswith("clean_") and not s.spans:
            continue
        seen.add(s.text)
        out.append(s)
    _check(out)
    return out


# ---------------------------------------------------------------------------
# validation
# ---------------------------------------------------------------------------

_ITIN_OK = set(_ITIN_GROUPS)


def _check(samples: list[Sample]) -> None:
    """Raise ValueError when a sample breaks the label rules."""
    texts: set[str] = set()
    for i, s in enumerate(samples):
        text = s.text
        if text in texts:
            raise ValueError(f"sample {i}: duplicate text")
        texts.add(text)
        if text.count("\n") + 1 > MAX_LINES:
            raise ValueError(f"sample {i}: too many lines")
        prev = None
        for cat, a, b in s.spans:
            where = f"sample {i} span {cat} [{a}:{b}]"
            if cat not in CATEGORIES:
                raise ValueError(f"{where}: unknown category")
            if not (0 <= a < b <= len(text)):
                raise ValueError(f"{where}: out of range")
            if prev is not None:
                if a < prev[2]:
                    raise ValueError(f"{where}: unsorted or overlapping")
                if prev[0] == cat and text[prev[2] : a] == " ":
                    raise ValueError(f"{where}: same-category spans split by one space")
            v = text[a:b]
            if v != v.strip():
                raise ValueError(f"{where}: whitespace at span edge {v!r}")
            if cat == "CREDIT_CARD":
                d = re.sub(r"[ -]", "", v)
                if not (d.isdigit() and 12 <= len(d) <= 19 and _luhn_ok(d)):
                    raise ValueError(f"{where}: bad card {v!r}")
            elif cat == "IBAN":
                c = v.replace(" ", "")
                if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", c) or _iban_mod(c) != 1:
                    raise ValueError(f"{where}: bad IBAN {v!r}")
            elif cat == "CRYPTO":
                if not _crypto_ok(v):
                    raise ValueError(f"{where}: bad crypto address {v!r}")
            elif cat == "US_SSN":
                d = re.sub(r"[ -]", "", v)
                if (
                    not (len(d) == 9 and d.isdigit())
                    or d[:3] in ("000", "666")
                    or d[0] == "9"
                    or d[3:5] == "00"
                    or d[5:] == "0000"
                ):
                    raise ValueError(f"{where}: bad SSN {v!r}")
            elif cat == "US_ITIN":
                d = re.sub(r"[ -]", "", v)
                if not (len(d) == 9 and d.isdigit()) or d[0] != "9" or int(d[3:5]) not in _ITIN_OK:
                    raise ValueError(f"{where}: bad ITIN {v!r}")
            elif cat == "ADDRESS" and not any(c.isdigit() for c in v):
                raise ValueError(f"{where}: address without a digit {v!r}")
            prev = (cat, a, b)
