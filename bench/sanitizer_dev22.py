"""dev22: a blind, hand-written evaluation set for the PII sanitizer.

Genre: travel, events and community life, all over the world.  Itineraries,
boarding passes read by OCR, GDS pastes, hotel and hostel registers, visa and
residence-permit forms, insurance claims, lost-luggage reports, tour rosters
and rooming lists, car-rental agreements, wedding guest lists, seating
charts, vows and invitations, birthday and funeral notices, obituaries and
condolences, genealogy notes and GEDCOM, group-chat exports (WhatsApp,
Telegram, LINE, KakaoTalk, WeChat, Signal, Slack), club and choir rosters,
church / mosque / temple / synagogue bulletins, volunteer rotas, alumni
notes, dating profiles, flat-share ads, event registration exports, ticket
resale chats and app logs, from 59 locales (Kenya to Tonga) in their
languages and scripts.  About a fifth of the texts are wrapped in an LLM API
request body (OpenAI, Anthropic or Gemini JSON) or in the log line of an app
that calls an LLM; escaping is applied piece by piece, so every label covers
the value exactly as it appears in the wrapped text.

How it was made
---------------
Written blind: nothing here was derived from, tuned on or checked against
the sanitizer, its tests or the other bench sets.  Every name, street, town,
phone shape, venue and template in ``bench/sanitizer_dev22_templates.py``
was written by hand for this set; only the standard library is used.  Texts
are assembled from pieces ``(text, category or None)`` and the offsets are
accumulated while assembling; spans are never searched for in the finished
text.  ``_check`` validates every sample before the set is returned.

Label conventions (must-remove values)
--------------------------------------
* PERSON: a private person's name, whole (given + middle + surname,
  particles, patronymics, "bin"/"binti" included) as one span; titles and
  honorifics (Mr, Frau, Bapak, Tita, -san, 様, 씨, ...) stay outside.  A given
  name, nickname or surname alone that refers to a private person is a span,
  also in lower case, in native script, glued to punctuation or emoji.
  Boarding-pass forms (``SURNAME/GIVEN``) are one span; the ``MR``/``MS``
  after them is not.  ``Surname, Given`` in a cell is one span.  An @handle
  or login made of the person's name is PERSON (the leading ``@`` is inside
  the span).  A given name inside a device name (``iPhone-de-Marie``) is
  PERSON.  Public figures, saints, fictional characters, companies, and
  hotels, airports, streets, schools or churches named after people are not
  labelled.
* EMAIL, PHONE, IP (v4/v6), MAC, CREDIT_CARD, IBAN, US_SSN, US_ITIN, CRYPTO:
  the value itself (all card, IBAN, SSN/ITIN and wallet values satisfy
  their checksums / structure rules).  Placeholder e-mails on example.com
  and masked values (``**** 4821``) are near-misses and not labelled.
* DATE_OF_BIRTH: a date that is someone's birth date, any format, calendar
  or language (GDS ``14MAR87``, Jalali, Japanese era, Thai Buddhist year).
  Event, travel, death and name-day dates are not labelled.
* ADDRESS: a private street address with a house number, from its first
  to its last part (street, number, unit, postcode, town; not the country).
* DRIVER_LICENSE, PASSPORT: the number, when the context says what it is.
* SECRET: passwords, API keys, tokens, PINs, door and lock codes, recovery
  codes, connection-string passwords: the value only, not the key name.
  Placeholders (``<API_KEY>``, ``your-password-here``) are not secrets.
* Not labelled (near-misses): booking references, e-ticket, order, policy,
  frequent-flyer and bag-tag numbers, hashes, UUIDs, versions.

Template mini-language (bodies in the templates module)
-------------------------------------------------------
``{p1.full}``, ``{f2.given}``, ``{m3.dob:dmy.}``: a person of the sample
(``f``/``m`` fix the gender) and one of its fields; ``{p2@US.phone}`` pins
that person's locale on first use.  ``{r.full}``/``{r2.full}`` are fresh
persons on each repetition of a row line ``*a-b|...`` (repeated a to b
times, ``{i}`` is the row number).  Other slots (``{phone}``, ``{iban}``,
``{date:long_fr}``, ``{pick:a|b}``, ``{n:1-9}``, ``{t:wa}``, ...) are
generic; ``{{``/``}}`` are literal braces.
"""

from __future__ import annotations

import base64
import hashlib
import json
import random
import re
import unicodedata
from datetime import date, datetime, timedelta

from bench.sanitizer_data import Sample
from bench.sanitizer_dev22_templates import (
    AIRLINES,
    AIRPORTS,
    ALLERGIES,
    ANTHROPIC_MODELS,
    CARS,
    CHURCHES,
    CLEAN_TEMPLATES,
    COMPANIES,
    CONCERTS,
    CONFERENCES,
    DEVICE_KINDS,
    FICTIONAL,
    GEMINI_MODELS,
    GROUPS,
    HOTELS,
    ITEMS,
    JOBS,
    LOCALES,
    LOG_SERVICES,
    MONTHS,
    MUSEUMS,
    OPENAI_MODELS,
    PUBLIC,
    PW_WORDS,
    ROOMTYPES,
    SAINTS,
    SCHOOLS,
    STREETS_NAMED,
    SYSTEM_PROMPTS,
    TEMPLATES,
    WEEKDAYS_EN,
    WIFI_SSIDS,
)

SEED = 2222
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

_N_SAMPLES = 1200
_CLEAN_SHARE = 0.08
_ENVELOPE_SHARE = 0.2
_MAX_LINES = 59

Piece = tuple[str, "str | None"]

# ---------------------------------------------------------------------------
# Parsing the hand-written pools
# ---------------------------------------------------------------------------


def _split_list(s: str) -> list[str]:
    return [x.strip() for x in s.split(",") if x.strip()]


def _parse_name(entry: str) -> tuple[str, str, str | None, str | None]:
    """'Ivanov/Ivanova|Иванов/Иванова' -> (masc, fem, native masc, native fem)."""
    roman, _, native = entry.partition("|")
    rm, _, rf = roman.partition("/")
    rf = rf or rm
    if native:
        nm, _, nf = native.partition("/")
        nf = nf or nm
        return rm.strip(), rf.strip(), nm.strip(), nf.strip()
    return rm.strip(), rf.strip(), None, None


def _parse_pair(entry: str) -> tuple[str, str | None]:
    roman, _, native = entry.partition("|")
    return roman.strip(), (native.strip() or None)


def _parse_locale(code: str, raw: dict) -> dict:
    loc = dict(raw)
    loc["code"] = code
    loc["m"] = [_parse_pair(x) for x in _split_list(raw["m"])]
    loc["f"] = [_parse_pair(x) for x in _split_list(raw["f"])]
    loc["s"] = [_parse_name(x) for x in _split_list(raw["s"])]
    loc["mid"] = _split_list(raw.get("mid", ""))
    loc["pat"] = [_parse_name(x) for x in _split_list(raw.get("pat", ""))]
    nick: dict[str, list[tuple[str, str | None]]] = {}
    for item in _split_list(raw.get("nick", "")):
        key, _, opts = item.partition(":")
        nick[key.strip()] = [_parse_pair(o) for o in opts.split("/") if o.strip()]
    loc["nick"] = nick
    loc["nickpool"] = [_parse_pair(x) for x in _split_list(raw.get("nickpool", ""))]
    loc["eng_m"] = _split_list(raw.get("eng_m", ""))
    loc["eng_f"] = _split_list(raw.get("eng_f", ""))
    if code in ("US", "CA"):  # "Austin, TX; Columbus, OH" keeps the state with the town
        loc["towns"] = [(t.strip(), None) for t in raw["towns"].split(";")]
    else:
        loc["towns"] = [_parse_pair(x) for x in _split_list(raw["towns"])]
    loc["streets"] = _split_list(raw.get("streets", ""))
    loc["areas"] = _split_list(raw.get("areas", ""))
    loc["n_streets"] = _split_list(raw.get("n_streets", ""))
    loc["n_areas"] = _split_list(raw.get("n_areas", ""))
    loc["blds"] = _split_list(raw.get("blds", ""))
    loc["st"] = _split_list(raw.get("st", ""))
    loc["dom"] = _split_list(raw["dom"])
    loc["lt_m"] = _split_list(raw.get("lt_m", ""))
    loc["lt_f"] = _split_list(raw.get("lt_f", ""))
    pc = raw.get("pc", "#####")
    loc["pc"] = pc if isinstance(pc, list) else [pc]
    return loc


LOC: dict[str, dict] = {code: _parse_locale(code, raw) for code, raw in LOCALES.items()}
ALL_CODES: list[str] = list(LOC)


def _resolve_spec(spec: str) -> list[str]:
    out: list[str] = []
    for tok in spec.split():
        if tok == "*":
            out.extend(ALL_CODES)
        elif tok.startswith("@"):
            out.extend(GROUPS[tok[1:]].split())
        else:
            out.append(tok)
    seen: list[str] = []
    for c in out:
        if c not in seen:
            seen.append(c)
    return seen


# ---------------------------------------------------------------------------
# Small value generators
# ---------------------------------------------------------------------------

_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_ALNUM_UP = _UPPER + "0123456789"
_B62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
_FA_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
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
        "ð": "d",
        "Ð": "D",
        "þ": "th",
        "Þ": "TH",
        "ı": "i",
        "œ": "oe",
        "Œ": "OE",
        "ʻ": "",
        "’": "",
    }
)


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.translate(_FOLD))
    return "".join(c for c in s if not unicodedata.combining(c))


def _fill(rng: random.Random, pattern: str) -> str:
    persian = pattern.startswith("^fa")
    if persian:
        pattern = pattern[3:]
    out = []
    for ch in pattern:
        if ch == "#":
            out.append(str(rng.randint(0, 9)))
        elif ch == "N":
            out.append(str(rng.randint(2, 9)))
        elif ch == "@":
            out.append(rng.choice(_UPPER))
        elif ch == "%":
            out.append(rng.choice(_ALNUM_UP))
        else:
            out.append(ch)
    s = "".join(out)
    return s.translate(_FA_DIGITS) if persian else s


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _card(rng: random.Random) -> str:
    kind = rng.choice(
        ["visa", "visa", "visa", "mc", "mc", "mc2", "amex", "disc", "jcb", "unionpay", "diners"]
    )
    prefix, length = {
        "visa": ("4", 16),
        "mc": (str(rng.randint(51, 55)), 16),
        "mc2": (str(rng.randint(2221, 2720)), 16),
        "amex": (rng.choice(["34", "37"]), 15),
        "disc": ("6011", 16),
        "jcb": (str(rng.randint(3528, 3589)), 16),
        "unionpay": ("62" + str(rng.randint(10, 99)), rng.choice([16, 19])),
        "diners": ("36", 14),
    }[kind]
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for check in "0123456789":
        if _luhn_ok(body + check):
            num = body + check
            break
    style = rng.random()
    if style < 0.35:
        return num
    sep = " " if style < 0.85 else "-"
    if kind in ("amex", "diners"):
        groups = [num[:4], num[4:10], num[10:]]
    else:
        groups = [num[i : i + 4] for i in range(0, len(num), 4)]
    return sep.join(groups)


_IBAN_BBAN = {
    "DE": "##################",
    "FR": "##########%%%%%%%%%%%##",
    "ES": "####################",
    "IT": "@##########%%%%%%%%%%%%",
    "NL": "@@@@##########",
    "PL": "########################",
    "CZ": "####################",
    "HU": "########################",
    "RO": "@@@@%%%%%%%%%%%%%%%%",
    "UA": "######%%%%%%%%%%%%%%%%%%%",
    "GR": "#######%%%%%%%%%%%%%%%%",
    "PT": "#####################",
    "IE": "@@@@##############",
    "GB": "@@@@##############",
    "SE": "####################",
    "NO": "###########",
    "DK": "##############",
    "FI": "##############",
    "IS": "######################",
    "TR": "#####0%%%%%%%%%%%%%%%%",
    "SA": "##%%%%%%%%%%%%%%%%%%",
    "EG": "#########################",
    "IL": "###################",
    "GE": "@@################",
    "BR": "#######################@%",
    "PK": "@@@@%%%%%%%%%%%%%%%%",
    "SN": "@@######################",
    "MA": "########################",
}


def _iban_numeric(s: str) -> str:
    return "".join(str(int(ch, 36)) for ch in s)


def _iban(rng: random.Random, cc: str | None) -> str:
    if cc not in _IBAN_BBAN:
        cc = rng.choice(["DE", "FR", "ES", "IT", "NL", "GB", "PT", "PL", "IE", "BE_DE"])
        if cc == "BE_DE":
            cc = "DE"
    bban = _fill(rng, _IBAN_BBAN[cc])
    check = 98 - int(_iban_numeric(bban + cc + "00")) % 97
    iban = f"{cc}{check:02d}{bban}"
    if rng.random() < 0.6:
        return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    return iban


def _ssn(rng: random.Random) -> str:
    area = rng.randint(1, 899)
    while area == 666:
        area = rng.randint(1, 899)
    group, serial = rng.randint(1, 99), rng.randint(1, 9999)
    sep = rng.choice(["-", "-", "-", " ", ""])
    return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"


_ITIN_GROUPS = [*range(50, 66), *range(70, 89), 90, 91, 92, *range(94, 100)]


def _itin(rng: random.Random) -> str:
    sep = rng.choice(["-", "-", " "])
    area, group, serial = rng.randint(0, 99), rng.choice(_ITIN_GROUPS), rng.randint(0, 9999)
    return f"9{area:02d}{sep}{group:02d}{sep}{serial:04d}"


# --- crypto helpers (base58check, bech32/bech32m, keccak-256 for EIP-55) ---

_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def _b58encode(data: bytes) -> str:
    n = int.from_bytes(data, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = _B58[r] + out
    pad = len(data) - len(data.lstrip(b"\0"))
    return "1" * pad + out


def _b58decode(s: str) -> bytes | None:
    n = 0
    for ch in s:
        idx = _B58.find(ch)
        if idx < 0:
            return None
        n = n * 58 + idx
    body = n.to_bytes((n.bit_length() + 7) // 8, "big") if n else b""
    pad = len(s) - len(s.lstrip("1"))
    return b"\0" * pad + body


def _b58check(payload: bytes) -> str:
    chk = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    return _b58encode(payload + chk)


def _b58check_ok(s: str) -> bool:
    raw = _b58decode(s)
    if raw is None or len(raw) < 5:
        return False
    return hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]


_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _bech32_polymod(values: list[int]) -> int:
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = ((chk & 0x1FFFFFF) << 5) ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def _hrp_expand(hrp: str) -> list[int]:
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def _convertbits(data: bytes, frombits: int, tobits: int) -> list[int]:
    acc = bits = 0
    ret = []
    maxv = (1 << tobits) - 1
    for value in data:
        acc = (acc << frombits) | value
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            ret.append((acc >> bits) & maxv)
    if bits:
        ret.append((acc << (tobits - bits)) & maxv)
    return ret


def _segwit_addr(hrp: str, witver: int, prog: bytes) -> str:
    const = 1 if witver == 0 else 0x2BC830A3
    data = [witver, *_convertbits(prog, 8, 5)]
    polymod = _bech32_polymod(_hrp_expand(hrp) + data + [0] * 6) ^ const
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_BECH32[d] for d in data + checksum)


def _bech32_ok(addr: str) -> bool:
    s = addr.lower()
    if addr != s and addr != addr.upper():
        return False
    pos = s.rfind("1")
    if pos < 1 or pos + 7 > len(s):
        return False
    hrp, data_part = s[:pos], s[pos + 1 :]
    if any(c not in _BECH32 for c in data_part):
        return False
    data = [_BECH32.index(c) for c in data_part]
    const = _bech32_polymod(_hrp_expand(hrp) + data)
    return const in (1, 0x2BC830A3)


def _keccak_rc() -> list[int]:
    def rc_bit(t: int) -> int:
        if t % 255 == 0:
            return 1
        r = 1
        for _ in range(t % 255):
            r <<= 1
            if r & 0x100:
                r ^= 0x171
        return r & 1

    return [sum(rc_bit(j + 7 * ir) << ((1 << j) - 1) for j in range(7)) for ir in range(24)]


_KECCAK_RC = _keccak_rc()
_KECCAK_ROT = [
    [0, 36, 3, 41, 18],
    [1, 44, 10, 45, 2],
    [62, 6, 43, 15, 61],
    [28, 55, 25, 21, 56],
    [27, 20, 39, 8, 14],
]
_M64 = (1 << 64) - 1


def _rotl(x: int, n: int) -> int:
    return ((x << n) | (x >> (64 - n))) & _M64 if n else x


def _keccak_f(a: list[list[int]]) -> list[list[int]]:
    for rc in _KECCAK_RC:
        c = [a[x][0] ^ a[x][1] ^ a[x][2] ^ a[x][3] ^ a[x][4] for x in range(5)]
        d = [c[(x - 1) % 5] ^ _rotl(c[(x + 1) % 5], 1) for x in range(5)]
        a = [[a[x][y] ^ d[x] for y in range(5)] for x in range(5)]
        b = [[0] * 5 for _ in range(5)]
        for x in range(5):
            for y in range(5):
                b[y][(2 * x + 3 * y) % 5] = _rotl(a[x][y], _KECCAK_ROT[x][y])
        a = [
            [b[x][y] ^ ((~b[(x + 1) % 5][y]) & b[(x + 2) % 5][y]) for y in range(5)]
            for x in range(5)
        ]
        a[0][0] ^= rc
    return a


def _keccak256(data: bytes) -> bytes:
    rate = 136
    msg = bytearray(data) + b"\x01"
    while len(msg) % rate:
        msg += b"\x00"
    msg[-1] |= 0x80
    a = [[0] * 5 for _ in range(5)]
    for off in range(0, len(msg), rate):
        block = msg[off : off + rate]
        for i in range(rate // 8):
            x, y = i % 5, i // 5
            a[x][y] ^= int.from_bytes(block[8 * i : 8 * i + 8], "little")
        a = _keccak_f(a)
    out = b""
    for i in range(4):
        out += a[i % 5][i // 5].to_bytes(8, "little")
    return out


def _eip55(hex40: str) -> str:
    h = _keccak256(hex40.lower().encode()).hex()
    return "".join(
        c.upper() if c.isalpha() and int(h[i], 16) >= 8 else c for i, c in enumerate(hex40.lower())
    )


def _eth_ok(addr: str) -> bool:
    body = addr[2:]
    if len(body) != 40 or any(c not in "0123456789abcdefABCDEF" for c in body):
        return False
    if body == body.lower():
        return True
    return body == _eip55(body)


def _crypto(rng: random.Random, kind: str | None = None) -> str:
    kind = kind or rng.choice(["btc", "btc", "eth", "eth", "trx", "ltc"])
    if kind == "btc":
        sub = rng.choice(["p2pkh", "p2sh", "wpkh", "wpkh", "tr"])
        if sub == "p2pkh":
            return _b58check(b"\x00" + rng.randbytes(20))
        if sub == "p2sh":
            return _b58check(b"\x05" + rng.randbytes(20))
        if sub == "wpkh":
            return _segwit_addr("bc", 0, rng.randbytes(20))
        return _segwit_addr("bc", 1, rng.randbytes(32))
    if kind == "eth":
        body = rng.randbytes(20).hex()
        return "0x" + (_eip55(body) if rng.random() < 0.5 else body)
    if kind == "trx":
        return _b58check(b"\x41" + rng.randbytes(20))
    return _b58check(b"\x30" + rng.randbytes(20))


def _ipv4(rng: random.Random) -> str:
    first = rng.choice(
        [
            31,
            37,
            41,
            46,
            62,
            77,
            80,
            82,
            85,
            88,
            91,
            102,
            105,
            110,
            112,
            114,
            116,
            121,
            154,
            175,
            177,
            181,
            185,
            186,
            189,
            190,
            196,
            197,
            200,
            201,
            203,
            213,
            217,
        ]
    )
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def _ipv4_private(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.5:
        return f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}"
    if r < 0.8:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"


def _ipv6(rng: random.Random) -> str:
    head = rng.choice(["2a02", "2001", "2c0f", "2405", "2804", "2a01", "2600", "2409", "2401"])
    groups = [head] + [f"{rng.randint(0, 0xFFFF):x}" for _ in range(7)]
    if rng.random() < 0.4:
        return ":".join(groups[:4]) + "::" + groups[7]
    return ":".join(groups)


def _mac(rng: random.Random) -> str:
    b = [rng.randint(0, 255) for _ in range(6)]
    b[0] &= 0xFE
    r = rng.random()
    if r < 0.45:
        return ":".join(f"{x:02X}" for x in b)
    if r < 0.75:
        return ":".join(f"{x:02x}" for x in b)
    if r < 0.9:
        return "-".join(f"{x:02X}" for x in b)
    h = "".join(f"{x:02x}" for x in b)
    return f"{h[:4]}.{h[4:8]}.{h[8:]}"


def _password(rng: random.Random) -> str:
    w = rng.choice(PW_WORDS)
    r = rng.random()
    if r < 0.3:
        return f"{w.capitalize()}{rng.randint(10, 9999)}{rng.choice('!#$%&*?@')}"
    if r < 0.5:
        return f"{w}-{rng.choice(PW_WORDS).lower()}-{rng.randint(10, 99)}"
    if r < 0.75:
        return "".join(rng.choice(_B62 + "!#$%&*?") for _ in range(rng.randint(10, 16)))
    return f"{w[:1].upper()}{w[1:]}@{rng.randint(1970, 2025)}"


def _wifi(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.4:
        return f"{rng.choice(PW_WORDS).lower()}{rng.randint(1000, 9999)}"
    if r < 0.7:
        return "".join(rng.choice(_B62) for _ in range(rng.randint(8, 12)))
    first, second = rng.choice(PW_WORDS).capitalize(), rng.choice(PW_WORDS).capitalize()
    return f"{first}_{second}_{rng.randint(1, 99)}"


def _apikey(rng: random.Random, kind: str | None = None) -> str:
    kind = kind or rng.choice(
        ["openai", "openai", "anthropic", "google", "stripe", "github", "slack"]
    )
    if kind == "openai":
        return "sk-proj-" + "".join(rng.choice(_B62 + "-_") for _ in range(rng.randint(48, 64)))
    if kind == "anthropic":
        return "sk-ant-api03-" + "".join(rng.choice(_B62 + "-_") for _ in range(86)) + "AA"
    if kind == "google":
        return "AIza" + "".join(rng.choice(_B62 + "-_") for _ in range(35))
    if kind == "stripe":
        return "sk_live_" + "".join(rng.choice(_B62) for _ in range(24))
    if kind == "github":
        return "ghp_" + "".join(rng.choice(_B62) for _ in range(36))
    return f"xoxb-{rng.randint(10**10, 10**11)}-{rng.randint(10**12, 10**13)}-" + "".join(
        rng.choice(_B62) for _ in range(24)
    )


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _token(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.45:
        payload = json.dumps(
            {
                "sub": str(rng.randint(10**6, 10**9)),
                "iat": rng.randint(1_700_000_000, 1_760_000_000),
                "scope": "events:write",
            }
        )
        sig = "".join(rng.choice(_B62 + "-_") for _ in range(43))
        return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + _b64url(payload.encode()) + "." + sig
    if r < 0.75:
        return "".join(rng.choice(_ALNUM_UP) for _ in range(20))
    return "glpat-" + "".join(rng.choice(_B62) for _ in range(20))


def _recovery(rng: random.Random) -> str:
    r = rng.random()
    low = "abcdefghijkmnpqrstuvwxyz23456789"
    if r < 0.4:
        return (
            "".join(rng.choice(low) for _ in range(4))
            + "-"
            + "".join(rng.choice(low) for _ in range(4))
        )
    if r < 0.7:
        return f"{rng.randint(10000000, 99999999)}"
    return "-".join("".join(rng.choice(_UPPER) for _ in range(4)) for _ in range(3))


# ---------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------


def _rand_date(rng: random.Random, y0: int, y1: int) -> date:
    return date.fromordinal(rng.randint(date(y0, 1, 1).toordinal(), date(y1, 12, 31).toordinal()))


def _g2j(gy: int, gm: int, gd: int) -> tuple[int, int, int]:
    g_d_m = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
    gy2 = gy + 1 if gm > 2 else gy
    days = (
        355666
        + 365 * gy
        + (gy2 + 3) // 4
        - (gy2 + 99) // 100
        + (gy2 + 399) // 400
        + gd
        + g_d_m[gm - 1]
    )
    jy = -1595 + 33 * (days // 12053)
    days %= 12053
    jy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        jy += (days - 1) // 365
        days = (days - 1) % 365
    if days < 186:
        return jy, 1 + days // 31, 1 + days % 31
    return jy, 7 + (days - 186) // 30, 1 + (days - 186) % 30


def _jp_era(d: date) -> str:
    if d >= date(2019, 5, 1):
        era, y = "令和", d.year - 2018
    elif d >= date(1989, 1, 8):
        era, y = "平成", d.year - 1988
    else:
        era, y = "昭和", d.year - 1925
    return f"{era}{'元' if y == 1 else y}年{d.month}月{d.day}日"


_MONTH_LISTS = {k: v.split() for k, v in MONTHS.items()}
_MON3 = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def _long(d: date, lang: str) -> str:
    y, dd = d.year, d.day
    if lang == "vi":
        return f"ngày {dd} tháng {d.month} năm {y}"
    m = _MONTH_LISTS["en" if lang == "us" else lang][d.month - 1]
    fmt = {
        "en": f"{dd} {m} {y}",
        "us": f"{_MONTH_LISTS['en'][d.month - 1]} {dd}, {y}",
        "es": f"{dd} de {m} de {y}",
        "pt": f"{dd} de {m} de {y}",
        "fr": f"{'1er' if dd == 1 else dd} {m} {y}",
        "de": f"{dd}. {m} {y}",
        "cs": f"{dd}. {m} {y}",
        "no": f"{dd}. {m} {y}",
        "da": f"{dd}. {m} {y}",
        "fi": f"{dd}. {m} {y}",
        "ru": f"{dd} {m} {y} г.",
        "uk": f"{dd} {m} {y} р.",
        "hu": f"{y}. {m} {dd}.",
        "tl": f"ika-{dd} ng {m}, {y}",
        "th": f"{dd} {m} {y + 543}",
        "ka": f"{dd} {m}, {y}",
    }
    return fmt.get(lang, f"{dd} {m} {y}")


def _fmt_date(rng: random.Random, d: date, style: str | None, loc: dict) -> str:
    if not style:
        style = rng.choice(loc["df"])
    if style == "long":
        longs = [s for s in loc["df"] if s.startswith("long_")]
        style = longs[0] if longs else "long_en"
    dd, mm, y = d.day, d.month, d.year
    if style.startswith("long_"):
        lang = style[5:]
        return _long(d, "us" if lang == "us" else lang)
    if style == "dmy/":
        return f"{dd:02d}/{mm:02d}/{y}"
    if style == "dmy.":
        return f"{dd:02d}.{mm:02d}.{y}"
    if style == "dmy-":
        return f"{dd:02d}-{mm:02d}-{y}"
    if style == "mdy/":
        return f"{mm:02d}/{dd:02d}/{y}"
    if style == "iso":
        return d.isoformat()
    if style == "ymd/":
        return f"{y}/{mm:02d}/{dd:02d}"
    if style == "ymd.":
        return f"{y}. {mm:02d}. {dd:02d}."
    if style == "ymd.k":
        return f"{y}. {mm}. {dd}."
    if style == "cjk":
        return f"{y}年{mm}月{dd}日"
    if style == "ko":
        return f"{y}년 {mm}월 {dd}일"
    if style == "jp_era":
        return _jp_era(d)
    if style == "th":
        return _long(d, "th")
    if style in ("fa", "fa_lat", "fa_long"):
        jy, jm, jd = _g2j(y, mm, dd)
        if style == "fa_long":
            return f"{jd} {_MONTH_LISTS['fa'][jm - 1]} {jy}".translate(_FA_DIGITS)
        s = f"{jy}/{jm:02d}/{jd:02d}"
        return s.translate(_FA_DIGITS) if style == "fa" else s
    if style == "apis":
        return f"{dd:02d}{_MON3[mm - 1]}{y % 100:02d}"
    if style == "apis4":
        return f"{dd:02d}{_MON3[mm - 1]}{y}"
    if style == "ged":
        return f"{dd} {_MON3[mm - 1]} {y}"
    if style == "short":
        return f"{dd:02d}{_MON3[mm - 1]}"
    if style == "dow":
        return f"{WEEKDAYS_EN.split()[d.weekday()]} {dd} {_MON3[mm - 1].title()}"
    if style == "dMon":
        return f"{dd} {_MON3[mm - 1].title()} {y}"
    raise ValueError(f"unknown date style {style!r}")


# ---------------------------------------------------------------------------
# Persons
# ---------------------------------------------------------------------------


class Person:
    """A private person drawn from one locale's hand-written pools."""

    def __init__(self, rng: random.Random, code: str, gender: str) -> None:
        self.rng = rng
        self.code = code
        self.L = L = LOC[code]
        self.g = gender
        fem = gender == "f"
        self.given_r, self.given_n = rng.choice(L["f"] if fem else L["m"])
        ent = rng.choice(L["s"])
        self.sur_r = ent[1] if fem else ent[0]
        self.sur_n = ent[3] if fem else ent[2]
        if rng.random() < L.get("double_p", 0.0):
            ent2 = rng.choice(L["s"])
            if ent2 != ent:
                self.sur_r += " " + (ent2[1] if fem else ent2[0])
                n2 = ent2[3] if fem else ent2[2]
                self.sur_n = f"{self.sur_n} {n2}" if (self.sur_n and n2) else None
        self.mono = rng.random() < L.get("mono_p", 0.0)
        self.mid = None
        mids = [m.partition("~")[0] for m in L["mid"] if m.partition("~")[2] in ("", gender)]
        if mids and rng.random() < L.get("mid_p", 0.3):
            self.mid = rng.choice([m for m in mids if m != self.given_r] or mids)
        elif L.get("mid_from_s") and rng.random() < L["mid_from_s"]:
            self.mid = rng.choice(L["s"])[1]
        self.pat_r = self.pat_n = None
        style = L.get("pat_style")
        if style == "ru" and L["pat"]:
            p = rng.choice(L["pat"])
            self.pat_r, self.pat_n = (p[1], p[3]) if fem else (p[0], p[2])
        elif style in ("bin", "father_mid"):
            self.pat_r, self.pat_n = rng.choice(L["m"])
        elif style == "triple":
            p = rng.choice(L["s"])
            self.pat_r, self.pat_n = p[0], p[2]
        eng_pool = L["eng_f"] if fem else L["eng_m"]
        self.eng = rng.choice(eng_pool) if eng_pool and rng.random() < L.get("eng_p", 0.0) else None
        self.nick_r = self.nick_n = None
        opts = L["nick"].get(self.given_r)
        if opts:
            self.nick_r, self.nick_n = rng.choice(opts)
        elif L["nickpool"] and rng.random() < 0.7:
            self.nick_r, self.nick_n = rng.choice(L["nickpool"])
        nsep = L.get("nsep", " ")
        self.nsep = rng.choice([" ", ""]) if nsep == "either" else nsep
        self._cache: dict[str, object] = {}

    # -- basic name parts ---------------------------------------------------
    @property
    def given(self) -> str:
        if self.L.get("call_last"):
            return self.given_r.split()[-1]
        return self.given_r

    @property
    def given_full(self) -> str:
        return (
            f"{self.given_r} {self.mid}"
            if self.mid and not self.L.get("mid_from_s")
            else self.given_r
        )

    @property
    def sur(self) -> str:
        return self.given_r if self.mono else self.sur_r

    @property
    def has_native(self) -> bool:
        return bool(self.given_n and self.sur_n)

    def _bin(self) -> str:
        return (
            ("binti " if self.g == "f" else "bin ")
            if self.code == "MY"
            else ("bint " if self.g == "f" else "bin ")
        )

    @property
    def full(self) -> str:
        L = self.L
        if self.mono:
            return self.given_r
        if L.get("pat_style") == "bin_ms":
            return f"{self.given_r} {self._bin()}{self.sur_r}"
        if self.eng:
            if self.code == "SG":
                return f"{self.eng} {self.sur_r} {self.given_r}"
            return f"{self.eng} {self.sur_r}"
        if L.get("order") == "sg":
            return f"{self.sur_r} {self.given_r}"
        return f"{self.given_full} {self.sur_r}"

    @property
    def west(self) -> str:
        if self.mono or self.L.get("pat_style") == "bin_ms":
            return self.full
        return f"{self.eng or self.given_r} {self.sur_r}"

    @property
    def n_full(self) -> str:
        if not self.has_native:
            return self.full
        order = self.L.get("norder", self.L.get("order", "gs"))
        if order == "sg":
            return f"{self.sur_n}{self.nsep}{self.given_n}"
        return f"{self.given_n} {self.sur_n}"

    @property
    def formal(self) -> str:
        style = self.L.get("pat_style")
        if self.mono:
            return self.given_r
        if style == "ru":
            return f"{self.sur_r} {self.given_r} {self.pat_r}"
        if style == "bin":
            return f"{self.given_r} {self._bin()}{self.pat_r} {self.sur_r}"
        if style == "father_mid":
            return f"{self.given_r} {self.pat_r} {self.sur_r}"
        if style == "triple":
            return f"{self.given_r} {self.sur_r} {self.pat_r}"
        if self.L.get("mid_from_s") and self.mid:
            return f"{self.given_r} {self.mid} {self.sur_r}"
        return self.full

    @property
    def n_formal(self) -> str:
        if not self.has_native:
            return self.formal
        style = self.L.get("pat_style")
        if style == "ru" and self.pat_n:
            return f"{self.sur_n} {self.given_n} {self.pat_n}"
        if style == "bin" and self.pat_n:
            return f"{self.given_n} {'بنت' if self.g == 'f' else 'بن'} {self.pat_n} {self.sur_n}"
        if style == "father_mid" and self.pat_n:
            return f"{self.given_n} {self.pat_n} {self.sur_n}"
        if style == "triple" and self.pat_n:
            return f"{self.given_n} {self.sur_n} {self.pat_n}"
        return self.n_full

    def _once(self, key: str, make):
        if key not in self._cache:
            self._cache[key] = make()
        return self._cache[key]

    # -- derived forms ------------------------------------------------------
    def pax(self) -> str:
        rng = self.rng
        keep_space = self._once("pax_space", lambda: rng.random() < 0.5)
        sur = _fold(self.sur).upper().replace("'", "")
        giv = _fold(self.given_full).upper().replace("'", "").replace(".", "")
        if not keep_space:
            sur = sur.replace(" ", "").replace("-", "")
        if self.mono and self._once("fnu", lambda: rng.random() < 0.5):
            return f"{giv}/FNU"
        return f"{sur}/{giv}"

    def ocr(self) -> str:
        rng = self.rng
        p = self.pax()
        r = rng.random()
        if r < 0.2:
            return p.replace("/", " /", 1)
        if r < 0.35:
            return p.replace("/", "/\n", 1)
        if r < 0.55 and "O" in p:
            i = p.index("O")
            return p[:i] + "0" + p[i + 1 :]
        if r < 0.65:
            sur, _, giv = p.partition("/")
            return " ".join(sur) + "/" + giv
        if r < 0.75:
            return p.replace("/", "/ ", 1)
        return p

    def uname(self) -> str:
        def make() -> str:
            rng = self.rng
            g = re.sub(
                r"[^a-z0-9]",
                "",
                _fold(
                    self.nick_r if (self.nick_r and rng.random() < 0.3) else self.given_r
                ).lower(),
            )
            s = re.sub(r"[^a-z0-9]", "", _fold(self.sur).lower())
            if not g:
                g = "user"
            if not s or self.mono:
                s = ""
            nn = str(rng.choice([rng.randint(1, 99), rng.randint(1970, 2010)]))
            if not s:
                return rng.choice([g, f"{g}{nn}", f"{g}_{nn}"])
            return rng.choice(
                [
                    f"{g}.{s}",
                    f"{g}_{s}",
                    f"{g}{s}",
                    f"{g[0]}{s}",
                    f"{g}{s}{nn}",
                    f"{s}.{g}",
                    f"{g}.{s}{nn[-2:]}",
                    f"{g}_{s[0]}",
                ]
            )

        return self._once("uname", make)

    def email(self) -> str:
        def make() -> str:
            rng = self.rng
            dom = rng.choice(self.L["dom"])
            if dom == "qq.com" and rng.random() < 0.6:
                return f"{rng.randint(10**7, 10**10)}@qq.com"
            local = self.uname() if rng.random() < 0.4 else self._fresh_local()
            return f"{local}@{dom}"

        return self._once("email", make)

    def _fresh_local(self) -> str:
        rng = self.rng
        g = re.sub(r"[^a-z0-9]", "", _fold(self.given_r).lower()) or "mail"
        s = re.sub(r"[^a-z0-9]", "", _fold(self.sur).lower())
        if not s or self.mono:
            return f"{g}{rng.randint(1, 999)}"
        return rng.choice(
            [
                f"{g}.{s}",
                f"{g[0]}.{s}",
                f"{s}.{g}",
                f"{g}{s[:1]}{rng.randint(1, 99)}",
                f"{g}-{s}",
                f"{s}{g[0]}",
            ]
        )

    def title(self) -> str:
        def make() -> str:
            if self.g == "m":
                return self.rng.choice(["Mr", "Mr.", "Mr", "Dr"])
            return self.rng.choice(["Ms", "Mrs", "Ms.", "Miss", "Dr"])

        return self._once("title", make)

    def ltitle(self) -> str:
        pool = self.L["lt_f"] if self.g == "f" else self.L["lt_m"]
        if not pool:
            return self.title()
        return self._once("ltitle", lambda: self.rng.choice(pool))

    def paxtitle(self) -> str:
        if self.g == "m":
            return "MR"
        return self._once("paxtitle", lambda: self.rng.choice(["MS", "MRS", "MS", "MISS"]))

    def dob_date(self, age: str | None = None) -> date:
        """Birth date, fixed on first use; ``old`` / ``kid`` narrow the range."""
        y0, y1 = {"old": (1922, 1952), "kid": (2010, 2021)}.get(age or "", (1938, 2007))
        return self._once("dob", lambda: _rand_date(self.rng, y0, y1))

    def passport(self) -> str:
        return self._once("pp", lambda: _fill(self.rng, self.rng.choice(self.L["pp"])))

    def dl(self) -> str:
        def make() -> str:
            pats = self.L.get("dl") or ["@#######"]
            pat = self.rng.choice(pats)
            if pat == "&uk":
                return self._uk_dl()
            if pat == "&dni":
                n = self.rng.randint(10_000_000, 99_999_999)
                return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"
            return _fill(self.rng, pat)

        return self._once("dl", make)

    def _uk_dl(self) -> str:
        d = self.dob_date()
        s = re.sub(r"[^A-Z]", "", _fold(self.sur).upper())[:5].ljust(5, "9")
        month = d.month + (50 if self.g == "f" else 0)
        g = re.sub(r"[^A-Z]", "", _fold(self.given_r).upper())
        m = re.sub(r"[^A-Z]", "", _fold(self.mid or "").upper())
        initials = (g[:1] + (m[:1] or "9")).ljust(2, "9")
        tail = "".join(self.rng.choice(_ALNUM_UP) for _ in range(2))
        return f"{s}{str(d.year)[2]}{month:02d}{d.day:02d}{str(d.year)[3]}{initials}9{tail}"

    def phone(self) -> str:
        return self._once("phone", lambda: _fill(self.rng, self.rng.choice(self.L["phone"])))

    def addr(self, native: bool = False) -> str:
        key = "naddr" if native else "addr"
        return self._once(key, lambda: _address(self.rng, self.L, native))

    def maiden(self) -> str:
        def make() -> str:
            for _ in range(10):
                e = self.rng.choice(self.L["s"])
                if e[1] != self.sur_r:
                    return e[1]
            return self.L["s"][0][1]

        return self._once("maiden", make)

    def nick(self) -> str:
        if self.nick_r:
            return self.nick_r
        return self.eng or self.given

    def n_nick(self) -> str:
        if self.L.get("cn_nick") and self.has_native:
            return self._once(
                "cnnick",
                lambda: self.rng.choice(
                    [f"小{self.sur_n}", f"老{self.sur_n}", f"阿{self.given_n[-1]}"]
                ),
            )
        if self.nick_n:
            return self.nick_n
        if self.nick_r:
            return self.nick_r
        return self.given_n or self.given

    def eng_name(self) -> str:
        if self.eng:
            return self.eng
        pool = self.L["eng_f"] if self.g == "f" else self.L["eng_m"]
        if pool:
            return self._once("eng", lambda: self.rng.choice(pool))
        return self.given


def _address(rng: random.Random, L: dict, native: bool) -> str:
    fmts = L.get("n_addr") if native and L.get("n_addr") else L["addr"]
    fmt = rng.choice(fmts)
    persian = fmt.startswith("^fa")
    if persian:
        fmt = fmt[3:]
    use_native = native and bool(L.get("n_addr"))
    streets = L["n_streets"] if use_native and L["n_streets"] else L["streets"]
    areas = L["n_areas"] if use_native and L["n_areas"] else L["areas"]
    town_r, town_n = rng.choice(L["towns"])
    town = town_n if (use_native and town_n) else town_r
    if L["code"] in ("US", "CA"):
        town = town_r
    vals = {
        "n": str(rng.choice([rng.randint(1, 40), rng.randint(1, 250), rng.randint(1, 1999)])),
        "n1": str(rng.randint(1, 9)),
        "n2": str(rng.randint(1, 40)),
        "u": str(rng.randint(1, 120)),
        "u2": f"{rng.randint(1, 30):02d}",
        "u3": str(rng.randint(101, 1899)),
        "f": str(rng.randint(1, 15)),
        "f2": f"{rng.randint(1, 25):02d}",
        "L": rng.choice("ABCDEF"),
        "l": rng.choice("abcd"),
        "street": rng.choice(streets) if streets else "Main Street",
        "area": rng.choice(areas) if areas else town,
        "town": town,
        "pc": _fill(rng, rng.choice(L["pc"])),
        "bld": rng.choice(L["blds"]) if L["blds"] else "Residency",
        "st": rng.choice(L["st"]) if L["st"] else "",
        "lgh": str(rng.randint(1001, 1599)),
    }
    out = re.sub(r"\{(\w+)\}", lambda m: vals[m.group(1)], fmt)
    return out.translate(_FA_DIGITS) if persian else out


# ---------------------------------------------------------------------------
# Template parsing and rendering
# ---------------------------------------------------------------------------

_SLOT_RE = re.compile(r"\{\{|\}\}|\{([^{}]+)\}")
_PERSON_RE = re.compile(r"^((?:[pfm]\d+)|r2|r)(?:@([^.]+))?\.(\w+)(?::(.*))?$", re.S)
_GENERIC_RE = re.compile(r"^(\w+)(?:@([^:]+))?(?::(.*))?$", re.S)


def _tokenize(line: str) -> list[tuple]:
    toks: list[tuple] = []
    pos = 0
    for m in _SLOT_RE.finditer(line):
        if m.start() > pos:
            toks.append(("lit", line[pos : m.start()]))
        tok = m.group(0)
        if tok == "{{":
            toks.append(("lit", "{"))
        elif tok == "}}":
            toks.append(("lit", "}"))
        else:
            toks.append(_parse_slot(m.group(1)))
        pos = m.end()
    if pos < len(line):
        toks.append(("lit", line[pos:]))
    return toks


def _parse_slot(content: str) -> tuple:
    if content.startswith("pick:"):
        return ("pick", content[5:].split("|"))
    m = _PERSON_RE.match(content)
    if m:
        return ("person", m.group(1), m.group(2), m.group(3), m.group(4))
    m = _GENERIC_RE.match(content)
    if not m:
        raise ValueError(f"bad slot {{{content}}}")
    return ("gen", m.group(1), m.group(2), m.group(3))


def _parse_body(body: str) -> list[tuple]:
    lines = []
    for line in body.split("\n"):
        rm = re.match(r"^\*(\d+)-(\d+)\|(.*)$", line, re.S)
        if rm:
            lines.append(("row", int(rm.group(1)), int(rm.group(2)), _tokenize(rm.group(3))))
        else:
            lines.append(("line", 0, 0, _tokenize(line)))
    return lines


class _Ctx:
    def __init__(self, rng: random.Random, main: str, pool: list[str], mix: bool) -> None:
        self.rng = rng
        self.main = main
        self.pool = pool
        self.mix = mix
        self.persons: dict[str, Person] = {}
        self.row: dict[str, Person] = {}
        self.row_i = 0
        self.clock = datetime(2024, 1, 1) + timedelta(minutes=rng.randint(0, 60 * 24 * 600))
        self.used_names: list[str] = []
        self.date_style: str | None = None

    def new_person(self, pid: str, spec: str | None) -> Person:
        rng = self.rng
        if spec:
            codes = _resolve_spec(spec)
        elif self.mix:
            codes = self.pool
        else:
            codes = [self.main]
        gender = pid[0] if pid[0] in "fm" and pid not in ("r", "r2") else rng.choice("fm")
        p = Person(rng, rng.choice(codes), gender)
        for _ in range(6):
            if p.full not in self.used_names and p.given not in self.used_names:
                break
            p = Person(rng, rng.choice(codes), gender)
        self.used_names.extend([p.full, p.given])
        return p

    def person(self, pid: str, spec: str | None) -> Person:
        if pid in ("r", "r2"):
            if pid not in self.row:
                self.row[pid] = self.new_person(pid, spec)
            return self.row[pid]
        if pid not in self.persons:
            self.persons[pid] = self.new_person(pid, spec)
        return self.persons[pid]

    def tick(self) -> datetime:
        self.clock += timedelta(minutes=self.rng.randint(0, 47), seconds=self.rng.randint(0, 59))
        return self.clock


def _person_field(ctx: _Ctx, p: Person, field: str, arg: str | None) -> list[Piece]:
    rng = ctx.rng
    P = "PERSON"
    simple_person = {
        "full": lambda: p.full,
        "given": lambda: p.given,
        "sur": lambda: p.sur,
        "nick": p.nick,
        "upper": lambda: p.full.upper(),
        "upper_sur": lambda: p.sur.upper(),
        "upper_given": lambda: p.given_full.upper(),
        "pax": p.pax,
        "ocr": p.ocr,
        "comma": lambda: f"{p.sur}, {p.given_full}",
        "formal": lambda: p.formal,
        "west": lambda: p.west,
        "n_full": lambda: p.n_full,
        "n_given": lambda: p.given_n or p.given,
        "n_sur": lambda: p.sur_n or p.sur,
        "n_nick": p.n_nick,
        "nick_cn": p.n_nick,
        "n_formal": lambda: p.n_formal,
        "handle": lambda: "@" + p.uname(),
        "uname": p.uname,
        "gedname": lambda: f"{p.given_full} /{p.sur}/",
        "maiden": p.maiden,
        "eng": p.eng_name,
        "eng_n": lambda: f"{p.eng_name()} {p.sur_n or p.sur}",
    }
    if field in simple_person:
        return [(simple_person[field](), P)]
    if field == "lower":
        base = p.nick() if rng.random() < 0.5 else p.given
        return [(base.lower(), P)]
    if field == "at":
        base = p.nick() if rng.random() < 0.4 else p.given
        base = base.replace(" ", "")
        return [("@" + (base.lower() if rng.random() < 0.5 else base), P)]
    if field == "init":
        if p.L.get("init_sur"):
            return [(f"{p.sur[0]}. {p.given}", P)]
        return [(f"{p.given[0]}. {p.sur}", P)]
    if field == "email":
        return [(p.email(), "EMAIL")]
    if field == "phone":
        return [(p.phone(), "PHONE")]
    if field == "addr":
        return [(p.addr(), "ADDRESS")]
    if field == "n_addr":
        return [(p.addr(native=True), "ADDRESS")]
    if field == "dob":
        style, _, age = (arg or "").partition("!")
        style = style or p._once("dobstyle", lambda: rng.choice(p.L["df"]))
        return [(_fmt_date(rng, p.dob_date(age or None), style, p.L), "DATE_OF_BIRTH")]
    if field == "mrz":
        return _mrz(rng, p)
    if field == "passport":
        return [(p.passport(), "PASSPORT")]
    if field == "dl":
        return [(p.dl(), "DRIVER_LICENSE")]
    if field == "device":
        kind = rng.choice(DEVICE_KINDS)
        g = re.sub(r"[^A-Za-z-]", "", _fold(p.given.split()[0])) or "Guest"
        v = rng.random()
        if v < 0.3:
            return [(f"{kind}-de-", None), (g, P)]
        if v < 0.55:
            return [(g, P), (f"s-{kind}", None)]
        if v < 0.8:
            return [(f"{kind}-", None), (g, P)]
        return [(f"{kind}-von-", None), (g, P)]
    none_fields = {
        "title": p.title,
        "ltitle": p.ltitle,
        "paxtitle": p.paxtitle,
        "country": lambda: p.L["country"],
        "iso3": lambda: p.L["iso3"],
        "gsex": lambda: "F" if p.g == "f" else "M",
        "age": lambda: str(p._once("age", lambda: rng.randint(18, 84))),
    }
    if field in none_fields:
        return [(none_fields[field](), None)]
    raise ValueError(f"unknown person field {field!r}")


def _mrz_check(s: str) -> str:
    weights = (7, 3, 1)
    total = 0
    for i, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else (ord(ch) - 55 if ch.isalpha() else 0)
        total += v * weights[i % 3]
    return str(total % 10)


def _mrz(rng: random.Random, p: Person) -> list[Piece]:
    """Two machine-readable-zone lines of a passport (TD3, 44 characters each)."""

    def words(s: str) -> list[str]:
        return re.sub(r"[^A-Z ]", "", _fold(s).upper().replace("-", " ")).split()

    iso3 = p.L["iso3"]
    name = ("<".join(words(p.sur)) + "<<" + "<".join(words(p.given_full)))[:39].rstrip("<")
    line1 = [(f"P<{iso3}", None), (name, "PERSON"), ("<" * (39 - len(name)), None)]
    pp = re.sub(r"[^A-Z0-9]", "", p.passport().upper())[:9]
    ppf = pp.ljust(9, "<")
    d = p.dob_date()
    dob6 = f"{d.year % 100:02d}{d.month:02d}{d.day:02d}"
    e = _rand_date(rng, 2026, 2034)
    exp6 = f"{e.year % 100:02d}{e.month:02d}{e.day:02d}"
    sex = "F" if p.g == "f" else "M"
    opt = "<" * 14
    c1, c2, c3 = _mrz_check(ppf), _mrz_check(dob6), _mrz_check(exp6)
    final = _mrz_check(ppf + c1 + dob6 + c2 + exp6 + c3 + opt + "0")
    line2 = [
        (pp, "PASSPORT"),
        ("<" * (9 - len(pp)) + c1 + iso3, None),
        (dob6, "DATE_OF_BIRTH"),
        (c2 + sex + exp6 + c3 + opt + "0" + final, None),
    ]
    return [*line1, ("\n", None), *line2]


def _money(rng: random.Random) -> str:
    n = rng.choice([rng.randint(15, 300), rng.randint(100, 2500)])
    return rng.choice(
        [
            f"€{n}",
            f"${n}",
            f"£{n}",
            f"{n} EUR",
            f"KSh {n * 120:,}",
            f"₦{n * 1500:,}",
            f"R{n * 18}",
            f"{n * 30} TL",
            f"₹{n * 80:,}",
            f"¥{n * 150:,}",
            f"₩{n * 1300:,}",
            f"R$ {n * 5}",
            f"{n} USD",
        ]
    )


def _generic(ctx: _Ctx, name: str, spec: str | None, arg: str | None) -> list[Piece]:
    rng = ctx.rng
    code = rng.choice(_resolve_spec(spec)) if spec else ctx.main
    L = LOC[code]
    if name == "phone":
        return [(_fill(rng, rng.choice(L["phone"])), "PHONE")]
    if name == "email":
        return [(Person(rng, code, rng.choice("fm")).email(), "EMAIL")]
    if name == "addr":
        return [(_address(rng, L, False), "ADDRESS")]
    if name == "n_addr":
        return [(_address(rng, L, True), "ADDRESS")]
    if name == "dob":
        return [(_fmt_date(rng, _rand_date(rng, 1938, 2007), arg, L), "DATE_OF_BIRTH")]
    if name == "passport":
        return [(_fill(rng, rng.choice(L["pp"])), "PASSPORT")]
    if name == "card":
        return [(_card(rng), "CREDIT_CARD")]
    if name == "iban":
        return [(_iban(rng, arg or L.get("iban")), "IBAN")]
    if name == "ssn":
        return [(_ssn(rng), "US_SSN")]
    if name == "itin":
        return [(_itin(rng), "US_ITIN")]
    if name == "ip":
        return [(_ipv4(rng), "IP")]
    if name == "ipp":
        return [(_ipv4_private(rng), "IP")]
    if name == "ip6":
        return [(_ipv6(rng), "IP")]
    if name == "mac":
        return [(_mac(rng), "MAC")]
    if name in ("btc", "eth", "trx"):
        return [(_crypto(rng, name), "CRYPTO")]
    if name == "crypto":
        return [(_crypto(rng), "CRYPTO")]
    if name == "pw":
        return [(_password(rng), "SECRET")]
    if name == "wifi":
        return [(_wifi(rng), "SECRET")]
    if name == "pin":
        return [
            (
                str(rng.randint(0, 10 ** rng.choice([4, 4, 6]) - 1)).zfill(rng.choice([4, 6])),
                "SECRET",
            )
        ]
    if name == "apikey":
        return [(_apikey(rng, arg), "SECRET")]
    if name == "token":
        return [(_token(rng), "SECRET")]
    if name == "rec":
        return [(_recovery(rng), "SECRET")]
    if name == "puk":
        return [(str(rng.randint(10_000_000, 99_999_999)), "SECRET")]
    return [(_generic_plain(ctx, name, L, arg), None)]


def _generic_plain(ctx: _Ctx, name: str, L: dict, arg: str | None) -> str:
    rng = ctx.rng
    if name == "date":
        if arg is None and L is LOC[ctx.main]:
            if ctx.date_style is None:
                ctx.date_style = rng.choice(L["df"])
            arg = ctx.date_style
        return _fmt_date(rng, _rand_date(rng, 2023, 2026), arg, L)
    if name == "time":
        return f"{rng.randint(6, 22):02d}:{rng.choice(range(0, 60, 5)):02d}"
    if name == "year":
        return str(rng.randint(1998, 2025))
    if name == "t":
        t = ctx.tick()
        fmt = arg or "iso"
        if fmt == "wa":
            return t.strftime("%d/%m/%Y, %H:%M:%S")
        if fmt == "wa2":
            return t.strftime("%d/%m/%Y, %H:%M -")
        if fmt == "tg":
            return t.strftime("%d.%m.%y %H:%M")
        if fmt == "hm":
            return t.strftime("%H:%M")
        if fmt == "kakao":
            ampm = "오전" if t.hour < 12 else "오후"
            h = t.hour % 12 or 12
            return f"{t.year}년 {t.month}월 {t.day}일 {ampm} {h}:{t.minute:02d},"
        if fmt == "log":
            return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{rng.randint(0, 999):03d}Z"
        return t.strftime("%Y-%m-%d %H:%M:%S")
    if name == "n":
        lo, _, hi = (arg or "1-99").partition("-")
        return str(rng.randint(int(lo), int(hi)))
    if name == "i":
        return f"{ctx.row_i:02d}" if arg == "02" else str(ctx.row_i)
    if name == "pnr":
        return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    if name == "eticket":
        body = f"{rng.randint(1, 999):03d}{rng.randint(10**9, 10**10 - 1)}"
        return f"{body[:3]}-{body[3:]}" if rng.random() < 0.5 else body
    if name == "flight":
        return f"{rng.choice(AIRLINES)[1]}{rng.choice(['', ' '])}{rng.randint(1, 2999)}"
    if name == "airline":
        a = rng.choice(AIRLINES)[0]
        return a.upper() if arg == "up" else a
    if name == "airline2":
        return rng.choice(AIRLINES)[1]
    if name == "seat":
        return f"{rng.randint(1, 52)}{rng.choice('ABCDEFHJK')}"
    if name == "gate":
        return f"{rng.choice('ABCDEFGHK')}{rng.randint(1, 60)}"
    if name == "airport":
        code, nm = rng.choice(AIRPORTS)
        return f"{nm} ({code})"
    if name == "apt":
        return rng.choice(AIRPORTS)[0]
    if name == "ffn":
        return f"{rng.choice(AIRLINES)[1]}{rng.randint(10**7, 10**9)}"
    if name == "town":
        return rng.choice(L["towns"])[0]
    if name == "n_town":
        t = rng.choice(L["towns"])
        return t[1] or t[0]
    if name == "area":
        return rng.choice(L["areas"]) if L["areas"] else rng.choice(L["towns"])[0]
    if name == "country":
        return LOC[rng.choice(ALL_CODES)]["country"]
    simple = {
        "hotel": HOTELS,
        "church": CHURCHES,
        "museum": MUSEUMS,
        "school": SCHOOLS,
        "street": STREETS_NAMED,
        "public": PUBLIC,
        "fictional": FICTIONAL,
        "saint": SAINTS,
        "company": COMPANIES,
        "item": ITEMS,
        "car": CARS,
        "concert": CONCERTS,
        "conf": CONFERENCES,
        "job": JOBS,
        "allergy": ALLERGIES,
        "ssid": WIFI_SSIDS,
        "roomtype": ROOMTYPES,
    }
    if name in simple:
        return rng.choice(simple[name])
    if name == "order":
        return rng.choice(
            [
                f"ORD-{rng.randint(100000, 999999)}",
                f"{rng.randint(10**7, 10**8)}",
                "".join(rng.choice(_ALNUM_UP) for _ in range(8)),
                f"EB-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
            ]
        )
    if name == "policy":
        return f"{rng.choice(['TRV', 'AXA', 'WT', 'POL'])}-{rng.randint(10**6, 10**8)}"
    if name == "money":
        return _money(rng)
    if name == "room":
        return str(rng.randint(101, 1899))
    if name == "hash":
        return rng.randbytes(32).hex()
    if name == "version":
        return f"{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 20)}"
    if name == "uuid":
        h = rng.randbytes(16).hex()
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{h[16:20]}-{h[20:]}"
    if name == "plate":
        return _fill(
            rng,
            rng.choice(["KD@ ###@", "@@-###-@@", "@ @@ ####", "@@## @@@", "###-@@@", "@@@ ####"]),
        )
    if name == "exp":
        return f"{rng.randint(1, 12):02d}/{rng.randint(25, 31)}"
    raise ValueError(f"unknown slot {name!r}")


def _emit(ctx: _Ctx, toks: list[tuple], out: list[Piece]) -> None:
    for tok in toks:
        kind = tok[0]
        if kind == "lit":
            out.append((tok[1], None))
        elif kind == "pick":
            out.append((ctx.rng.choice(tok[1]), None))
        elif kind == "person":
            _, pid, spec, field, arg = tok
            out.extend(_person_field(ctx, ctx.person(pid, spec), field, arg))
        else:
            _, name, spec, arg = tok
            out.extend(_generic(ctx, name, spec, arg))


def _render(parsed: list[tuple], ctx: _Ctx) -> list[Piece]:
    out: list[Piece] = []
    for li, (kind, lo, hi, toks) in enumerate(parsed):
        if li:
            out.append(("\n", None))
        if kind == "row":
            for j in range(ctx.rng.randint(lo, hi)):
                if j:
                    out.append(("\n", None))
                ctx.row = {}
                ctx.row_i = j + 1
                _emit(ctx, toks, out)
        else:
            _emit(ctx, toks, out)
    return out


# ---------------------------------------------------------------------------
# LLM envelopes (escaping is applied piece by piece)
# ---------------------------------------------------------------------------


def _json_esc(s: str, ascii_only: bool) -> str:
    return json.dumps(s, ensure_ascii=ascii_only)[1:-1]


def _log_esc(s: str) -> str:
    return s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")


def _repr_esc(s: str) -> str:
    return s.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n").replace("\t", "\\t")


def _envelope(rng: random.Random, pieces: list[Piece], clean: bool) -> list[Piece]:
    kind = rng.choice(
        [
            "openai",
            "openai",
            "openai_pretty",
            "anthropic",
            "anthropic",
            "gemini",
            "log",
            "log",
            "pylog",
            "jsonlog",
        ]
    )
    sys_prompt = rng.choice(SYSTEM_PROMPTS)
    ascii_only = rng.random() < 0.3
    t = datetime(2024, 1, 1) + timedelta(seconds=rng.randint(0, 86400 * 600))
    ts = t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{rng.randint(0, 999):03d}Z"

    def body(esc) -> list[Piece]:
        return [(esc(x), c) for x, c in pieces]

    def js(x: str) -> str:
        return _json_esc(x, ascii_only)

    if kind == "openai":
        model = rng.choice(OPENAI_MODELS)
        pre = (
            f'{{"model": "{model}", "messages": [{{"role": "system", '
            f'"content": "{js(sys_prompt)}"}}, {{"role": "user", "content": "'
        )
        temp = rng.choice(["0", "0.2", "0.3", "0.7", "1"])
        return [(pre, None), *body(js), (f'"}}], "temperature": {temp}}}', None)]
    if kind == "openai_pretty":
        model = rng.choice(OPENAI_MODELS)
        pre = (
            f'{{\n  "model": "{model}",\n  "messages": [\n    {{\n'
            '      "role": "user",\n      "content": "'
        )
        max_tokens = rng.choice([256, 512, 800, 1024])
        tail = f'"\n    }}\n  ],\n  "max_tokens": {max_tokens}\n}}'
        return [(pre, None), *body(js), (tail, None)]
    if kind == "anthropic":
        model = rng.choice(ANTHROPIC_MODELS)
        max_tokens = rng.choice([512, 1024, 2048])
        pre = (
            f'{{"model": "{model}", "max_tokens": {max_tokens}, "system": "{js(sys_prompt)}", '
            '"messages": [{"role": "user", "content": [{"type": "text", "text": "'
        )
        return [(pre, None), *body(js), ('"}]}]}', None)]
    if kind == "gemini":
        model = rng.choice(GEMINI_MODELS)
        pre = (
            f"POST /v1beta/models/{model}:generateContent\n"
            '{"contents": [{"role": "user", "parts": [{"text": "'
        )
        temp = rng.choice(["0.2", "0.4", "0.9"])
        tail = f'"}}]}}], "generationConfig": {{"temperature": {temp}, "maxOutputTokens": 1024}}}}'
        return [(pre, None), *body(js), (tail, None)]
    svc = rng.choice(LOG_SERVICES)
    ip_piece: Piece | None = None
    key_piece: Piece | None = None
    if not clean and rng.random() < 0.45:
        ip_piece = (_ipv4(rng) if rng.random() < 0.8 else _ipv6(rng), "IP")
    if not clean and rng.random() < 0.2:
        key_piece = (_apikey(rng), "SECRET")
    if kind == "log":
        model = rng.choice(OPENAI_MODELS + ANTHROPIC_MODELS)
        pre = f"{ts} INFO  [{svc}] llm.request model={model} req_id={rng.randbytes(6).hex()}"
        extra: list[Piece] = []
        if ip_piece:
            extra += [(" client_ip=", None), ip_piece]
        if key_piece:
            extra += [(' authorization="Bearer ', None), key_piece, ('"', None)]
        tail = f'" tokens_est={rng.randint(80, 3000)}'
        return [(pre, None), *extra, (' prompt="', None), *body(_log_esc), (tail, None)]
    if kind == "pylog":
        model = rng.choice(OPENAI_MODELS)
        stamp = f"{t.strftime('%Y-%m-%d %H:%M:%S')},{rng.randint(0, 999):03d}"
        pre = (
            f"{stamp} DEBUG openai._base_client: Request options: {{'method': 'post', "
            "'url': '/chat/completions', 'json_data': {'messages': [{'role': 'user', 'content': '"
        )
        return [(pre, None), *body(_repr_esc), (f"'}}], 'model': '{model}'}}}}", None)]
    model = rng.choice(ANTHROPIC_MODELS)
    pre = (
        f'{{"ts": "{ts}", "level": "debug", "logger": "{svc}.llm", '
        f'"event": "anthropic.messages.create", "model": "{model}", "prompt": "'
    )
    tail_pieces: list[Piece] = [('"', None)]
    if ip_piece:
        tail_pieces += [(', "client_ip": "', None), ip_piece, ('"', None)]
    if key_piece:
        tail_pieces += [(', "api_key": "', None), key_piece, ('"', None)]
    return [(pre, None), *body(js), *tail_pieces, ("}", None)]


# ---------------------------------------------------------------------------
# Assembly and checks
# ---------------------------------------------------------------------------


def _assemble(pieces: list[Piece]) -> Sample:
    parts: list[str] = []
    spans: list[tuple[str, int, int]] = []
    pos = 0
    for text, cat in pieces:
        if not text:
            continue
        if cat is not None:
            spans.append((cat, pos, pos + len(text)))
        parts.append(text)
        pos += len(text)
    return Sample(text="".join(parts), spans=spans)


def _ssn_ok(v: str) -> bool:
    d = re.sub(r"[ -]", "", v)
    if not re.fullmatch(r"\d{9}", d):
        return False
    area, group, serial = int(d[:3]), int(d[3:5]), int(d[5:])
    return area not in (0, 666) and area < 900 and group != 0 and serial != 0


def _itin_ok(v: str) -> bool:
    d = re.sub(r"[ -]", "", v)
    if not re.fullmatch(r"9\d{8}", d):
        return False
    return int(d[3:5]) in _ITIN_GROUPS


def _iban_ok(v: str) -> bool:
    s = v.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    return int(_iban_numeric(s[4:] + s[:4])) % 97 == 1


def _card_ok(v: str) -> bool:
    d = re.sub(r"[ -]", "", v)
    return bool(re.fullmatch(r"\d{12,19}", d)) and _luhn_ok(d)


def _crypto_ok(v: str) -> bool:
    if v.startswith("0x"):
        return _eth_ok(v)
    if v.lower().startswith(("bc1", "tb1", "ltc1")):
        return _bech32_ok(v)
    return _b58check_ok(v)


def _check(samples: list[Sample]) -> None:
    """Raise ValueError if any sample breaks the set's structural rules."""
    seen: dict[str, int] = {}
    validators = {
        "CREDIT_CARD": _card_ok,
        "IBAN": _iban_ok,
        "CRYPTO": _crypto_ok,
        "US_SSN": _ssn_ok,
        "US_ITIN": _itin_ok,
        "ADDRESS": lambda v: any(ch.isdigit() for ch in v),
    }
    for idx, s in enumerate(samples):
        text = s.text
        if text in seen:
            raise ValueError(f"sample {idx}: duplicate of sample {seen[text]}")
        seen[text] = idx
        if text.count("\n") + 1 > _MAX_LINES:
            raise ValueError(f"sample {idx}: more than {_MAX_LINES} lines")
        prev: tuple[str, int, int] | None = None
        for span in s.spans:
            cat, a, b = span
            if cat not in CATEGORIES:
                raise ValueError(f"sample {idx}: unknown category {cat!r}")
            if not (0 <= a < b <= len(text)):
                raise ValueError(f"sample {idx}: span out of range {span}")
            if prev is not None and a < prev[2]:
                raise ValueError(f"sample {idx}: unsorted or overlapping spans {prev} {span}")
            value = text[a:b]
            if value != value.strip():
                raise ValueError(f"sample {idx}: whitespace at span edge {span} {value!r}")
            if prev is not None and prev[0] == cat and text[prev[2] : a] == " ":
                raise ValueError(
                    f"sample {idx}: {cat} spans separated by a single space {prev} {span}"
                )
            check = validators.get(cat)
            if check is not None and not check(value):
                raise ValueError(f"sample {idx}: invalid {cat} value {value!r}")
            prev = span


def _pick_template(rng: random.Random, deck: list, source: list) -> tuple[str, str, str]:
    if not deck:
        deck.extend(source)
        rng.shuffle(deck)
    return deck.pop()


_PARSED: dict[str, list[tuple]] = {}


def _parsed(tid: str, body: str) -> list[tuple]:
    if tid not in _PARSED:
        _PARSED[tid] = _parse_body(body)
    return _PARSED[tid]


def dev22_set(scale: float = 1.0, seed: int = SEED) -> list[Sample]:
    """Return round(1200 * scale) labelled samples, deterministic for ``seed``."""
    rng = random.Random(seed)
    n = round(_N_SAMPLES * scale)
    samples: list[Sample] = []
    texts: set[str] = set()
    deck: list = []
    clean_deck: list = []
    n_clean = round(n * _CLEAN_SHARE)
    clean_flags = [True] * n_clean + [False] * (n - n_clean)
    rng.shuffle(clean_flags)
    while len(samples) < n:
        clean = clean_flags[len(samples)]
        tid, spec, body = (
            _pick_template(rng, clean_deck, CLEAN_TEMPLATES)
            if clean
            else _pick_template(rng, deck, TEMPLATES)
        )
        mix = spec.startswith("mix:")
        pool = _resolve_spec(spec[4:] if mix else spec)
        for _attempt in range(20):
            ctx = _Ctx(rng, rng.choice(pool), pool, mix)
            pieces = _render(_parsed(tid, body), ctx)
            if clean and any(c is not None for _, c in pieces):
                raise ValueError(f"clean template {tid} produced a label")
            if rng.random() < _ENVELOPE_SHARE:
                pieces = _envelope(rng, pieces, clean)
            sample = _assemble(pieces)
            if sample.text in texts or sample.text.count("\n") + 1 > _MAX_LINES:
                continue
            texts.add(sample.text)
            samples.append(sample)
            break
    _check(samples)
    return samples


__all__ = ["CATEGORIES", "CLEAN_TEMPLATES", "SEED", "dev22_set"]
