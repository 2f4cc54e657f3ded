"""dev10: an independent evaluation set for the PII sanitizer.

Written without looking at the sanitizer's rules, word lists, tests or other evaluation sets.
Texts are hand-written templates (see ``sanitizer_dev10_templates``) filled with hand-written
names from 30+ cultures and generated, validated identifiers (Luhn, mod-97, base58check,
bech32/bech32m, EIP-55, SSN/ITIN rules). About half of the PERSON labels sit in running text
with no cue word. Faker is not used.

    dev10_set(scale=1.0, seed=7411) -> list[Sample]
"""

from __future__ import annotations

import base64
import hashlib
import json
import random
import re
import string
import unicodedata
from dataclasses import dataclass, field

from bench import sanitizer_dev10_templates as T
from bench.sanitizer_data import Sample

# ---------------------------------------------------------------------------------------------
# Checksums and validators
# ---------------------------------------------------------------------------------------------


def luhn_ok(number: str) -> bool:
    digits = [int(c) for c in number if c.isdigit()]
    if len(digits) < 12:
        return False
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _luhn_complete(partial: str) -> str:
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError("unreachable")


def _iban_num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(iban: str) -> bool:
    s = re.sub(r"[\s\-]", "", iban).upper()
    cc = s[:2]
    if cc not in T.IBAN_SPECS or len(s) != 4 + len(T.IBAN_SPECS[cc]):
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


_SSN_BAD = {"078051120", "219099999", "123456789"}


def ssn_ok(ssn: str) -> bool:
    d = re.sub(r"\D", "", ssn)
    if len(d) != 9 or d in _SSN_BAD:
        return False
    area, group, serial = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < area < 900 and area != 666 and group > 0 and serial > 0


def itin_ok(itin: str) -> bool:
    d = re.sub(r"\D", "", itin)
    if len(d) != 9 or d[0] != "9":
        return False
    g = int(d[3:5])
    return 70 <= g <= 88 or 90 <= g <= 92 or 94 <= g <= 99


_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def _b58encode(b: bytes) -> str:
    n = int.from_bytes(b, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = _B58[r] + out
    pad = len(b) - len(b.lstrip(b"\0"))
    return "1" * pad + out


def _b58decode(s: str) -> bytes:
    n = 0
    for c in s:
        n = n * 58 + _B58.index(c)
    body = n.to_bytes((n.bit_length() + 7) // 8, "big") if n else b""
    pad = len(s) - len(s.lstrip("1"))
    return b"\0" * pad + body


def _dsha(b: bytes) -> bytes:
    return hashlib.sha256(hashlib.sha256(b).digest()).digest()


def b58check_ok(s: str) -> bool:
    try:
        raw = _b58decode(s)
    except ValueError:
        return False
    return len(raw) == 25 and raw[0] in (0, 5) and _dsha(raw[:-4])[:4] == raw[-4:]


_BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_BECH32M = 0x2BC830A3


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
    for v in data:
        acc = (acc << frombits) | v
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            out.append((acc >> bits) & maxv)
    if bits:
        out.append((acc << (tobits - bits)) & maxv)
    return out


def bech32_ok(addr: str) -> bool:
    a = addr.lower()
    if not a.startswith("bc1") or addr not in (a, addr.upper()):
        return False
    data = [_BECH.find(c) for c in a[3:]]
    if -1 in data or len(data) < 7:
        return False
    const = 1 if data[0] == 0 else _BECH32M
    return _polymod(_hrp_expand("bc") + data) == const


_RC = [
    0x0000000000000001, 0x0000000000008082, 0x800000000000808A, 0x8000000080008000,
    0x000000000000808B, 0x0000000080000001, 0x8000000080008081, 0x8000000000008009,
    0x000000000000008A, 0x0000000000000088, 0x0000000080008009, 0x000000008000000A,
    0x000000008000808B, 0x800000000000008B, 0x8000000000008089, 0x8000000000008003,
    0x8000000000008002, 0x8000000000000080, 0x000000000000800A, 0x800000008000000A,
    0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008,
]  # fmt: skip
_ROT = [[0, 36, 3, 41, 18], [1, 44, 10, 45, 2], [62, 6, 43, 15, 61], [28, 55, 25, 21, 56],
        [27, 20, 39, 8, 14]]  # fmt: skip
_M64 = (1 << 64) - 1


def _keccak_f(a: list[list[int]]) -> list[list[int]]:
    for rc in _RC:
        c = [a[x][0] ^ a[x][1] ^ a[x][2] ^ a[x][3] ^ a[x][4] for x in range(5)]
        d = [c[(x - 1) % 5] ^ (((c[(x + 1) % 5] << 1) | (c[(x + 1) % 5] >> 63)) & _M64)
             for x in range(5)]  # fmt: skip
        a = [[a[x][y] ^ d[x] for y in range(5)] for x in range(5)]
        b = [[0] * 5 for _ in range(5)]
        for x in range(5):
            for y in range(5):
                r, v = _ROT[x][y], a[x][y]
                b[y][(2 * x + 3 * y) % 5] = ((v << r) | (v >> (64 - r))) & _M64 if r else v
        a = [[b[x][y] ^ ((~b[(x + 1) % 5][y]) & b[(x + 2) % 5][y]) for y in range(5)]
             for x in range(5)]  # fmt: skip
        a[0][0] ^= rc
    return a


def keccak256(data: bytes) -> bytes:
    rate = 136
    p = bytearray(data) + b"\x01"
    while len(p) % rate:
        p += b"\x00"
    p[-1] |= 0x80
    a = [[0] * 5 for _ in range(5)]
    for off in range(0, len(p), rate):
        for i in range(rate // 8):
            a[i % 5][i // 5] ^= int.from_bytes(p[off + 8 * i : off + 8 * i + 8], "little")
        a = _keccak_f(a)
    return b"".join(a[i % 5][i // 5].to_bytes(8, "little") for i in range(4))


def _eip55(hex40: str) -> str:
    h = keccak256(hex40.lower().encode()).hex()
    return "0x" + "".join(
        c.upper() if c.isalpha() and int(h[i], 16) >= 8 else c for i, c in enumerate(hex40.lower())
    )


def eip55_ok(addr: str) -> bool:
    return bool(re.fullmatch(r"0x[0-9a-fA-F]{40}", addr)) and _eip55(addr[2:]) == addr


def crypto_ok(s: str) -> bool:
    if s.startswith("0x"):
        return eip55_ok(s)
    if s.lower().startswith("bc1"):
        return bech32_ok(s)
    return b58check_ok(s)


VALIDATORS = {
    "CREDIT_CARD": luhn_ok,
    "IBAN": iban_ok,
    "US_SSN": ssn_ok,
    "US_ITIN": itin_ok,
    "CRYPTO": crypto_ok,
}

# ---------------------------------------------------------------------------------------------
# Value generators
# ---------------------------------------------------------------------------------------------

UP = string.ascii_uppercase
ALNUM = string.ascii_letters + string.digits


def _pat(rng: random.Random, pattern: str) -> str:
    """# digit, N digit 2-9, L upper letter, l lower letter, X upper alnum, H hex."""
    out = []
    esc = False
    for ch in pattern:
        if esc:
            out.append(ch)
            esc = False
        elif ch == "\\":
            esc = True
        elif ch == "#":
            out.append(rng.choice(string.digits))
        elif ch == "N":
            out.append(rng.choice("23456789"))
        elif ch == "L":
            out.append(rng.choice(UP))
        elif ch == "l":
            out.append(rng.choice(string.ascii_lowercase))
        elif ch == "X":
            out.append(rng.choice(UP + string.digits))
        elif ch == "H":
            out.append(rng.choice("0123456789abcdef"))
        else:
            out.append(ch)
    return "".join(out)


def _tok(rng: random.Random, n: int, alphabet: str = ALNUM) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def gen_card(rng: random.Random) -> str:
    kind = rng.choice(["visa", "visa", "mc", "mc2", "amex", "disc", "jcb"])
    prefix, length = {
        "visa": ("4", 16),
        "mc": (str(rng.randint(51, 55)), 16),
        "mc2": (str(rng.randint(2221, 2720)), 16),
        "amex": (rng.choice(["34", "37"]), 15),
        "disc": ("6011", 16),
        "jcb": (str(rng.randint(3528, 3589)), 16),
    }[kind]
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    num = _luhn_complete(body)
    sep = rng.choice([" ", " ", "-", "", " "])
    if length == 15:
        parts = [num[:4], num[4:10], num[10:]]
    else:
        parts = [num[i : i + 4] for i in range(0, 16, 4)]
    return sep.join(parts)


def gen_iban(rng: random.Random, country: str | None = None) -> str:
    cc = country or rng.choice(list(T.IBAN_SPECS))
    bban = ""
    for ch in T.IBAN_SPECS[cc]:
        if ch == "n":
            bban += rng.choice(string.digits)
        elif ch == "a":
            bban += rng.choice(UP)
        else:
            bban += rng.choice(UP + string.digits)
    check = 98 - _iban_num(bban + cc + "00") % 97
    iban = f"{cc}{check:02d}{bban}"
    style = rng.random()
    if style < 0.55:
        return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    if style < 0.85:
        return iban
    return "-".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def gen_ssn(rng: random.Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area == 666:
            continue
        d = f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if ssn_ok(d):
            break
    r = rng.random()
    if r < 0.75:
        return f"{d[:3]}-{d[3:5]}-{d[5:]}"
    if r < 0.9:
        return f"{d[:3]} {d[3:5]} {d[5:]}"
    return d


def gen_itin(rng: random.Random) -> str:
    g = rng.choice(list(range(70, 89)) + [90, 91, 92] + list(range(94, 100)))
    d = f"9{rng.randint(0, 99):02d}{g:02d}{rng.randint(1, 9999):04d}"
    return f"{d[:3]}-{d[3:5]}-{d[5:]}" if rng.random() < 0.85 else f"{d[:3]} {d[3:5]} {d[5:]}"


def gen_ipv4(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.3:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if r < 0.45:
        return f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}"
    first = rng.choice([23, 31, 45, 62, 77, 81, 89, 94, 104, 109, 141, 151, 176, 185, 203, 212])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def gen_ipv6(rng: random.Random) -> str:
    groups = [rng.choice(["2001", "2a02", "2a01", "2600", "2405", "fe80"])]
    groups += [f"{rng.randint(0, 0xFFFF):x}" for _ in range(7)]
    if groups[0] == "fe80":
        return "fe80::" + ":".join(groups[4:])
    if rng.random() < 0.5:
        return ":".join(groups[:3]) + "::" + ":".join(groups[5:])
    return ":".join(groups)


def gen_mac(rng: random.Random) -> str:
    b = [rng.randint(0, 255) for _ in range(6)]
    b[0] &= 0xFE
    r = rng.random()
    if r < 0.45:
        return ":".join(f"{x:02x}" for x in b)
    if r < 0.75:
        return ":".join(f"{x:02X}" for x in b)
    if r < 0.9:
        return "-".join(f"{x:02X}" for x in b)
    h = "".join(f"{x:02x}" for x in b)
    return f"{h[:4]}.{h[4:8]}.{h[8:]}"


def gen_btc(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.3:
        payload = bytes([0]) + rng.randbytes(20)
        return _b58encode(payload + _dsha(payload)[:4])
    if r < 0.5:
        payload = bytes([5]) + rng.randbytes(20)
        return _b58encode(payload + _dsha(payload)[:4])
    ver, prog = (0, rng.randbytes(20)) if r < 0.8 else (1, rng.randbytes(32))
    data = [ver] + _convertbits(prog, 8, 5)
    const = 1 if ver == 0 else _BECH32M
    pm = _polymod(_hrp_expand("bc") + data + [0] * 6) ^ const
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return "bc1" + "".join(_BECH[d] for d in data + chk)


def gen_eth(rng: random.Random) -> str:
    return _eip55(rng.randbytes(20).hex())


def gen_secret(rng: random.Random, kind: str | None = None) -> str:
    kind = kind or rng.choice(
        ["aws", "gh", "slack", "stripe", "openai", "google", "jwt", "pwd", "pwd", "sendgrid",
         "anthropic", "npm", "twilio", "hexkey"]
    )  # fmt: skip
    if kind == "aws":
        return "AKIA" + _tok(rng, 16, UP + "234567")
    if kind == "awssecret":
        return _tok(rng, 40, ALNUM + "/+")
    if kind == "gh":
        return rng.choice(["ghp_", "gho_", "github_pat_11A"]) + _tok(rng, 36)
    if kind == "slack":
        return f"xoxb-{rng.randint(10**10, 10**11)}-{rng.randint(10**12, 10**13)}-{_tok(rng, 24)}"
    if kind == "stripe":
        return rng.choice(["sk_live_", "rk_live_"]) + _tok(rng, 32)
    if kind == "openai":
        return "sk-proj-" + _tok(rng, 48, ALNUM + "-_")
    if kind == "anthropic":
        return "sk-ant-api03-" + _tok(rng, 86, ALNUM + "-_") + "AA"
    if kind == "google":
        return "AIza" + _tok(rng, 35, ALNUM + "-_")
    if kind == "sendgrid":
        return "SG." + _tok(rng, 22, ALNUM + "-_") + "." + _tok(rng, 43, ALNUM + "-_")
    if kind == "npm":
        return "npm_" + _tok(rng, 36)
    if kind == "twilio":
        return "SK" + _tok(rng, 32, "0123456789abcdef")
    if kind == "hexkey":
        return _tok(rng, 64, "0123456789abcdef")
    if kind == "jwt":
        head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
        claims = json.dumps(
            {"sub": str(rng.randrange(10**7)), "iat": 1700000000 + rng.randrange(10**7)}
        )
        body = base64.urlsafe_b64encode(claims.encode()).decode().rstrip("=")
        return f"{head}.{body}.{_tok(rng, 43, ALNUM + '-_')}"
    if kind == "pwd":
        return (
            rng.choice(T.PASSWORDS)
            if rng.random() < 0.5
            else _tok(rng, rng.randint(12, 20), ALNUM + "!#%&*?$")
        )
    if kind == "pem":
        lines = [base64.b64encode(rng.randbytes(48)).decode() for _ in range(rng.randint(3, 5))]
        kt = rng.choice(["RSA PRIVATE KEY", "OPENSSH PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY"])
        return f"-----BEGIN {kt}-----\n" + "\n".join(lines) + f"\n-----END {kt}-----"
    raise KeyError(kind)


def gen_dl(rng: random.Random, loc: str) -> str:
    pats = T.DL_FORMATS.get(loc) or T.DL_FORMATS["us"]
    return _pat(rng, rng.choice(pats))


def gen_passport(rng: random.Random, loc: str) -> str:
    pats = T.PASSPORT_FORMATS.get(loc) or T.PASSPORT_FORMATS["us"]
    return _pat(rng, rng.choice(pats))


def _fmt_date(
    rng: random.Random, loc: str, y: int, m: int, d: int, pats: list[str] | None = None
) -> str:
    L = T.LOCALES[loc]
    pats = pats or L.get("dob") or T.LOCALES["us"]["dob"]
    p = rng.choice(pats)
    months = L.get("months") or T.EN_MONTHS
    gen = L.get("months_gen") or months
    vals = {
        "d": d, "dd": f"{d:02d}", "m": m, "mm": f"{m:02d}", "Y": y, "yy": f"{y % 100:02d}",
        "mon": months[m - 1], "mong": gen[m - 1], "Mon": T.EN_MONTHS[m - 1],
        "Mo": T.EN_MONTHS[m - 1][:3], "th": _ordinal(d), "BE": y + 543,
    }  # fmt: skip
    out = p.format(**vals)
    if L.get("digits") and rng.random() < 0.5:
        out = out.translate(str.maketrans("0123456789", L["digits"]))
    return out


def _ordinal(d: int) -> str:
    if 10 <= d % 100 <= 20:
        return f"{d}th"
    return f"{d}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th') }".replace(" ", "")


def gen_dob(rng: random.Random, loc: str) -> str:
    return _fmt_date(rng, loc, rng.randint(1941, 2011), rng.randint(1, 12), rng.randint(1, 28))


def gen_date(rng: random.Random, loc: str) -> str:
    return _fmt_date(rng, loc, rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28))


def gen_phone(rng: random.Random, loc: str) -> str:
    return _pat(rng, rng.choice(T.LOCALES[loc]["phone"]))


def gen_address(rng: random.Random, loc: str) -> str:
    L = T.LOCALES[loc]
    p = "".join(
        rng.choice(string.digits) if c == "#" else rng.choice(UP) if c == "^" else c
        for c in rng.choice(L["addr"])
    )
    return p.format(
        st=rng.choice(L["st"]),
        city=rng.choice(L["city"]),
        no=rng.choice([rng.randint(1, 99), rng.randint(1, 99), rng.randint(100, 2999)])
        if loc in ("us", "ca", "au")
        else rng.randint(1, 140),
        apt=rng.randint(1, 48),
    )


# ---------------------------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------------------------

_TRANSLIT = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "đ": "d", "Đ": "D",
                           "ı": "i", "æ": "ae", "Æ": "AE", "œ": "oe", "þ": "th", "ð": "d",
                           "'": "", "’": "", "ʻ": ""})  # fmt: skip


def ascii_fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.translate(_TRANSLIT))
    return "".join(c for c in s if c.isascii())


@dataclass
class NameEntry:
    forms: list[str]  # nominative first; then the culture's cases
    roman: str
    fem_forms: list[str] | None = None
    fem_roman: str | None = None


def _parse_entries(blob: str) -> list[NameEntry]:
    out = []
    for raw in blob.split(";"):
        raw = raw.strip()
        if not raw:
            continue
        fem = fem_roman = None
        if "~" in raw:
            raw, f = raw.split("~", 1)
            fnative, _, fr = f.strip().partition("=")
            fem = fnative.strip().split("|")
            fem_roman = fr.strip() or fem[0]
        native, _, roman = raw.partition("=")
        forms = native.strip().split("|")
        out.append(NameEntry(forms, roman.strip() or forms[0], fem, fem_roman))
    return out


@dataclass
class Culture:
    key: str
    m: list[NameEntry]
    f: list[NameEntry]
    last: list[NameEntry]
    order: str  # "fl" or "lf" (family name first in the native language)
    sep: list[str]  # joiners between native family and given names
    cases: list[str]
    native_script: bool
    nicks: dict[str, str] = field(default_factory=dict)


def _load_cultures() -> dict[str, Culture]:
    out = {}
    for key, c in T.CULTURES.items():
        m, f, last = _parse_entries(c["m"]), _parse_entries(c["f"]), _parse_entries(c["last"])
        native = any(not ascii_fold(e.forms[0]) for e in m + f)
        out[key] = Culture(
            key,
            m,
            f,
            last,
            c.get("order", "fl"),
            c.get("sep", [" "]),
            ["nom"] + c.get("cases", []),
            native,
            c.get("nicks", {}),
        )
    return out


CULTURES = _load_cultures()

_TR_BACK = set("aıou")
_TR_VOICELESS = set("fstkçşhp")


def _tr_suffix(name: str, case: str) -> str:
    """Turkish case suffix after an apostrophe (vowel harmony, buffer consonants)."""
    vowels = [c for c in name.lower() if c in "aeıioöuü"]
    v = vowels[-1] if vowels else "e"
    back = v in _TR_BACK
    ends_vowel = name[-1].lower() in "aeıioöuü"
    a = "a" if back else "e"
    i4 = {"a": "ı", "ı": "ı", "o": "u", "u": "u", "e": "i", "i": "i", "ö": "ü", "ü": "ü"}[v]
    if case == "dat":
        return "'" + ("y" if ends_vowel else "") + a
    if case == "gen":
        return "'" + ("n" if ends_vowel else "") + i4 + "n"
    if case == "acc":
        return "'" + ("y" if ends_vowel else "") + i4
    if case == "ins":
        return "'" + ("y" if ends_vowel else "") + "l" + a
    if case == "loc":
        return "'" + ("t" if name[-1].lower() in _TR_VOICELESS else "d") + a
    if case == "abl":
        return "'" + ("t" if name[-1].lower() in _TR_VOICELESS else "d") + a + "n"
    return ""


class Person:
    def __init__(self, rng: random.Random, culture: Culture, native_lang: bool, gender: str | None):
        self.rng = rng
        self.c = culture
        self.native_lang = native_lang  # the text is in this culture's own language
        # native script in its own language; romanized elsewhere (Latin-script cultures keep
        # diacritics about half of the time outside their language)
        if culture.native_script:
            self.use_roman = not native_lang and rng.random() < 0.95
        else:
            self.use_roman = not native_lang and rng.random() < 0.4
        self.gender = gender or rng.choice("mf")
        pool = culture.m if self.gender == "m" else culture.f
        self.fe = rng.choice(pool)
        self.le = rng.choice(culture.last)
        self.handle_style = rng.randrange(8)
        self.num = rng.randint(1, 99)
        self.sep = rng.choice(culture.sep)
        self.middle = rng.choice("ABCDEFGHJKLMNPRSTW")

    def _get(self, e: NameEntry, is_last: bool, case: str | None) -> str:
        fem = is_last and self.gender == "f" and e.fem_forms
        if self.use_roman:
            return (e.fem_roman if fem else e.roman) or e.roman
        forms = e.fem_forms if fem else e.forms
        if case and case in self.c.cases and self.native_lang:
            idx = self.c.cases.index(case)
            if idx < len(forms):
                return forms[idx]
        return forms[0]

    def first(self, case=None):
        return self._get(self.fe, False, case)

    def last(self, case=None):
        return self._get(self.le, True, case)

    def full(self, case=None):
        if self.native_lang and self.c.order == "lf":
            return self.last() + self.sep + self.first(case)
        if self.c.order == "lf" and self.handle_style < 4:
            return self.last() + " " + self.first()
        return self.first(case) + " " + self.last(case)

    def roman_first(self):
        return ascii_fold(self.fe.roman) or "user"

    def roman_last(self):
        r = self.le.roman
        if self.gender == "f" and self.le.fem_roman:
            r = self.le.fem_roman
        return ascii_fold(r) or "x"

    def field(self, name: str, case: str | None) -> tuple[str, str, str]:
        """-> (label, value, unlabeled trailing text)."""
        tail = ""
        if self.c.key == "tr" and case and self.native_lang:
            tail = _tr_suffix(self._field_raw(name, None), case)
            case = None
        if name == "email":
            return "EMAIL", self.email(), ""
        return "PERSON", self._field_raw(name, case), tail

    def _field_raw(self, name: str, case: str | None) -> str:
        rf, rl = self.roman_first().lower().replace(" ", ""), self.roman_last().lower()
        rl = re.sub(r"[^a-z]", "", rl)
        rf = re.sub(r"[^a-z]", "", rf)
        if name == "first":
            return self.first(case)
        if name == "last":
            return self.last(case)
        if name == "full":
            return self.full(case)
        if name == "rev":
            return f"{self.last()}, {self.first()}"
        if name == "init":
            f = self.first()
            initial = (
                "-".join(p[0] + "." for p in f.split("-"))
                if "-" in f and f[0].isupper()
                else f[0] + "."
            )
            return f"{initial} {self.last(case)}"
        if name == "mid":
            return f"{self.first()} {self.middle}. {self.last()}"
        if name == "fl":  # initial + surname without space as in sign-offs "JSmith"? no: "J Smith"
            return f"{self.first()[0]} {self.last()}"
        if name == "nick":
            n = self.c.nicks.get(self.fe.forms[0]) or self.c.nicks.get(self.fe.roman)
            if n:
                return n
            return self.first(case)
        if name == "handle":
            s = self.handle_style
            return [f"{rf}.{rl[:1]}", f"{rf}_{rl[:1]}", f"{rf}.{rl}", f"{rf}{rl[:1]}",
                    f"{rf}{self.num}", f"{rf}_{rl}", f"{rf[:1]}{rl}", f"{rf}-{rl}"][s]  # fmt: skip
        if name == "at":
            return "@" + self._field_raw("handle", None)
        if name == "atgit":
            return "@" + self._field_raw("git", None)
        if name == "login":
            return [f"{rf[:1]}{rl}", f"{rf}.{rl}", f"{rl}{rf[:1]}", f"{rf}{rl[:2]}"][
                self.handle_style % 4
            ]
        if name == "git":  # GitHub-ish user name
            return [f"{rf}{rl}", f"{rf}-{rl}", f"{rf[:1]}{rl}{self.num}", f"{rf}dev", f"{rl}-{rf}"][
                self.handle_style % 5
            ]
        if name == "full_nl":
            return self.first() + "\n" + self.last()
        if name == "rfull":
            return f"{self.roman_first()} {self.roman_last()}"
        if name == "rfirst":
            return self.roman_first()
        raise KeyError(name)

    def email(self) -> str:
        rf = re.sub(r"[^a-z]", "", self.roman_first().lower()) or "info"
        rl = re.sub(r"[^a-z]", "", self.roman_last().lower()) or "mail"
        local = [f"{rf}.{rl}", f"{rf[:1]}{rl}", f"{rf}{self.num}", f"{rf}_{rl}", f"{rl}.{rf}",
                 f"{rf}.{rl[:1]}", f"{rf}{rl}{self.num}", f"{rf}"][self.handle_style]  # fmt: skip
        return f"{local}@{self.rng.choice(T.EMAIL_DOMAINS)}"


# ---------------------------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------------------------

SLOT = re.compile(r"\[\[([A-Za-z_]+[0-9]*)(?:\.([a-z_]+))?(?:@([a-z]+))?(?:\|([a-z]+))?\]\]")
PERSON_SLOT = re.compile(r"[PFM]\d")


def _case_mod(s: str, mod: str | None) -> str:
    if mod == "lc":
        return s.lower()
    if mod == "up":
        return s.upper()
    if mod == "title":
        return s.title()
    return s


class Ctx:
    def __init__(self, rng: random.Random, lang: str):
        self.rng = rng
        self.lang = lang
        L = T.LANGS[lang]
        self.locale = rng.choice(L["locales"])
        self.cultures = L["cultures"]
        self.own = L.get("own")
        self.cache: dict[str, object] = {}

    def person(self, key: str) -> Person:
        if key not in self.cache:
            ck = self.rng.choice(self.cultures)
            if ck == "*":
                ck = self.rng.choice(T.WORLD)
            g = {"F": "f", "M": "m"}.get(key[0])
            self.cache[key] = Person(self.rng, CULTURES[ck], ck == self.own, g)
        return self.cache[key]  # type: ignore[return-value]

    def labeled(self, base: str, variant: str | None) -> tuple[str, str]:
        rng, loc = self.rng, self.locale
        if base == "EMAIL":
            return "EMAIL", self.person("P_email_" + str(rng.random())).email()
        if base == "PHONE":
            return "PHONE", gen_phone(rng, variant or loc)
        if base == "ADDR":
            return "ADDRESS", gen_address(rng, variant or loc)
        if base == "CC":
            return "CREDIT_CARD", gen_card(rng)
        if base == "IBAN":
            cc = variant.upper() if variant else T.LOCALES[loc].get("iban")
            if cc and cc not in T.IBAN_SPECS:
                cc = None
            return "IBAN", gen_iban(rng, cc if cc and rng.random() < 0.8 else None)
        if base == "SSN":
            return "US_SSN", gen_ssn(rng)
        if base == "ITIN":
            return "US_ITIN", gen_itin(rng)
        if base == "IPV":
            return "IP", gen_ipv4(rng)
        if base == "IPSIX":
            return "IP", gen_ipv6(rng)
        if base == "IP":
            return "IP", gen_ipv4(rng) if rng.random() < 0.7 else gen_ipv6(rng)
        if base == "MAC":
            return "MAC", gen_mac(rng)
        if base == "BTC":
            return "CRYPTO", gen_btc(rng)
        if base == "ETH":
            return "CRYPTO", gen_eth(rng)
        if base == "CRYPTO":
            return "CRYPTO", gen_btc(rng) if rng.random() < 0.55 else gen_eth(rng)
        if base == "DOB":
            pats = T.DATE_VARIANTS.get(variant) if variant else None
            if pats:
                return "DATE_OF_BIRTH", _fmt_date(
                    rng, loc, rng.randint(1941, 2011), rng.randint(1, 12), rng.randint(1, 28), pats
                )
            return "DATE_OF_BIRTH", gen_dob(rng, loc)
        if base == "DL":
            return "DRIVER_LICENSE", gen_dl(rng, variant or loc)
        if base == "PASSPORT":
            return "PASSPORT", gen_passport(rng, variant or loc)
        if base == "SECRET":
            return "SECRET", gen_secret(rng, variant)
        raise KeyError(base)

    def filler(self, base: str, variant: str | None) -> str:
        rng, loc = self.rng, self.locale
        L = T.LOCALES[loc]
        if base == "city":
            return rng.choice(L["city_plain"] if "city_plain" in L else L["city"])
        if base == "date":
            pats = T.DATE_VARIANTS.get(variant) if variant else None
            if pats:
                return _fmt_date(
                    rng, loc, rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28), pats
                )
            return gen_date(rng, loc)
        if base == "time":
            return f"{rng.randint(7, 19)}:{rng.choice(['00', '15', '30', '45', '05', '20'])}"
        if base == "sha":
            return _tok(rng, 40, "0123456789abcdef")
        if base == "sha7":
            return _tok(rng, rng.choice([7, 8]), "0123456789abcdef")
        if base == "uuid":
            h = _tok(rng, 32, "0123456789abcdef")
            return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"
        if base == "ver":
            return f"{rng.randint(0, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 20)}"
        if base == "num":
            return str(rng.randint(2, 99))
        if base == "big":
            return str(rng.randint(1000, 99999))
        if base == "amount":
            return f"{rng.randint(12, 4999)}.{rng.randint(0, 99):02d}"
        if base == "order":
            return _pat(rng, rng.choice(T.ORDER_FORMATS))
        if base == "ticket":
            return _pat(rng, rng.choice(T.TICKET_FORMATS))
        if base == "sha256":
            return _tok(rng, 64, "0123456789abcdef")
        if base == "hexid":
            return _tok(rng, 24, "0123456789abcdef")
        if base == "port":
            return str(rng.choice([5432, 3306, 6379, 8080, 443, 27017, 9200]))
        if base == "ts":
            return f"{rng.randint(2021, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"  # noqa: E501
        if base in T.FILLERS:
            return rng.choice(T.FILLERS[base])
        raise KeyError(base)


@dataclass
class Template:
    lang: str
    kind: str  # "pii" or "clean"
    text: str
    flags: str = ""


def render(tpl: Template, rng: random.Random) -> tuple[str, list[tuple[str, int, int]], list[str]]:
    ctx = Ctx(rng, tpl.lang)
    lc = "lc" in tpl.flags
    text = tpl.text.strip("\n")
    out: list[str] = []
    spans: list[tuple[str, int, int]] = []
    values: list[str] = []
    pos = 0
    last = 0

    def emit(s: str, label: str | None = None) -> None:
        nonlocal pos
        if lc:
            s = s.lower()
        if label and s:
            spans.append((label, pos, pos + len(s)))
            values.append(s)
        out.append(s)
        pos += len(s)

    for m in SLOT.finditer(text):
        emit(text[last : m.start()])
        last = m.end()
        base, fld, case, mod = m.group(1), m.group(2), m.group(3), m.group(4)
        key = m.group(0)
        if PERSON_SLOT.fullmatch(base):
            p = ctx.person(base)
            label, val, tail = p.field(fld or "full", case)
            emit(_case_mod(val, mod), label)
            emit(tail)
            continue
        if base == "NAME":
            emit(_case_mod(fld.replace("_", " ").title(), mod), "PERSON")
            continue
        if key not in ctx.cache:
            stripped = base.rstrip("0123456789")
            if stripped.isupper():
                ctx.cache[key] = ctx.labeled(stripped, fld)
            else:
                ctx.cache[key] = (None, ctx.filler(stripped, fld))
        label, val = ctx.cache[key]  # type: ignore[misc]
        emit(_case_mod(val, mod), label)
    emit(text[last:])
    return "".join(out), spans, values


def _templates() -> list[Template]:
    out = []
    for kind, group in (
        ("pii", T.PII_EN),
        ("pii", T.PII_OTHER),
        ("clean", T.CLEAN_EN),
        ("clean", T.CLEAN_OTHER),
    ):
        for item in group:
            if isinstance(item, str):
                out.append(Template("en", kind, item))
            else:
                lang, flags, text = item
                out.append(Template(lang, kind, text, flags))
    return out


TEMPLATES = _templates()


def _check(sample: Sample, values: list[str], tpl: Template) -> None:
    """Raise unless every span is inside the text, spans do not overlap, each slice equals the
    inserted value and each checksummed value validates."""
    prev_end = -1
    pairs = sorted(zip(sample.spans, values, strict=True), key=lambda x: x[0][1])
    for (cat, s, e), v in pairs:
        if not (0 <= s < e <= len(sample.text)):
            raise ValueError(f"span out of range in {tpl.text[:60]!r}")
        if s < prev_end:
            raise ValueError(f"overlapping spans in {tpl.text[:60]!r}")
        prev_end = e
        if sample.text[s:e] != v:
            raise ValueError(f"span text mismatch {sample.text[s:e]!r} != {v!r}")
        if sample.text[s:e] != sample.text[s:e].strip():
            raise ValueError(f"span with outer whitespace {v!r}")
        check = VALIDATORS.get(cat)
        if check and not check(v):
            raise ValueError(f"invalid {cat} value {v!r}")
    if tpl.kind == "clean" and sample.spans:
        raise ValueError("clean template produced labels")
    if tpl.kind == "pii" and not sample.spans:
        raise ValueError(f"pii template without labels: {tpl.text[:60]!r}")
    leftover = SLOT.search(sample.text)
    if leftover:
        raise ValueError(f"unfilled slot {leftover.group(0)}")


def dev10_set_meta(scale: float = 1.0, seed: int = 7411) -> list[tuple[Sample, Template]]:
    rng = random.Random(seed)
    n = max(10, round(1200 * scale))
    groups = {
        "pii_en": [t for t in TEMPLATES if t.kind == "pii" and t.lang == "en"],
        "pii_other": [t for t in TEMPLATES if t.kind == "pii" and t.lang != "en"],
        "clean_en": [t for t in TEMPLATES if t.kind == "clean" and t.lang == "en"],
        "clean_other": [t for t in TEMPLATES if t.kind == "clean" and t.lang != "en"],
    }
    shares = {"pii_en": 0.55, "pii_other": 0.25, "clean_en": 0.16, "clean_other": 0.04}
    counts = {k: int(round(n * v)) for k, v in shares.items()}
    counts["pii_en"] += n - sum(counts.values())
    plan: list[Template] = []
    for k, c in counts.items():
        pool: list[Template] = []
        while len(pool) < c:
            batch = groups[k][:]
            rng.shuffle(batch)
            pool.extend(batch)
        plan.extend(pool[:c])
    rng.shuffle(plan)
    out = []
    for tpl in plan:
        text, spans, values = render(tpl, rng)
        sample = Sample(text, spans)
        _check(sample, values, tpl)
        out.append((sample, tpl))
    return out


def dev10_set(scale: float = 1.0, seed: int = 7411) -> list[Sample]:
    """round(1200*scale) (at least 10) labeled texts; deterministic for a given seed."""
    return [s for s, _ in dev10_set_meta(scale, seed)]


def _script_of(ch: str) -> str | None:
    if not ch.isalpha():
        return None
    name = unicodedata.name(ch, "")
    for key in ("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "ARABIC", "HEBREW", "DEVANAGARI",
                "BENGALI",
                "TAMIL", "THAI", "CYRILLIC", "GREEK", "GEORGIAN", "ARMENIAN", "LATIN"):  # fmt: skip
        if name.startswith(key) or f" {key} " in f" {name} ":
            return key
    return None


def summary(scale: float = 1.0, seed: int = 7411) -> dict:
    from collections import Counter

    rows = dev10_set_meta(scale, seed)
    cats: Counter = Counter()
    scripts: Counter = Counter()
    langs: Counter = Counter()
    for s, t in rows:
        cats.update(c for c, _, _ in s.spans)
        langs[t.lang] += 1
        scripts.update({sc for sc in map(_script_of, s.text) if sc})
    total = sum(cats.values())
    return {
        "texts": len(rows),
        "labels": dict(cats.most_common()),
        "person_share": round(cats["PERSON"] / total, 3) if total else 0,
        "languages": len(langs),
        "scripts": sorted(scripts),
        "templates": len(TEMPLATES),
        "clean_texts": sum(1 for s, _ in rows if not s.spans),
    }


if __name__ == "__main__":
    print(json.dumps(summary(), ensure_ascii=False, indent=1))
