"""dev9: an independent, hand-templated evaluation set for the PII sanitizer.

Written without looking at the sanitizer's rules, word lists or tests. Texts are shaped like
what people paste into an LLM API: chats and chat exports, emails, tickets, CRM notes, CVs,
letters, forms, JSON/YAML/CSV/SQL, logs, code, git logs, rosters, genealogy, prompts.

Names come from the hand-written lists in ``bench.sanitizer_dev9_templates`` (no Faker, no
gender_guesser). Every structured value is generated to be valid (Luhn, IBAN mod-97,
base58check, bech32/bech32m, EIP-55, SSN/ITIN rules) and re-validated in ``dev9_set``.
"""

from __future__ import annotations

import base64
import hashlib
import ipaddress
import json
import random
import re
import string
import unicodedata
from dataclasses import dataclass, field

from bench import sanitizer_dev9_templates as D
from bench.sanitizer_data import Sample

# --------------------------------------------------------------------------------------------
# Validators
# --------------------------------------------------------------------------------------------


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


def _luhn_digit(partial: str) -> str:
    for d in "0123456789":
        if luhn_ok(partial + d):
            return d
    raise AssertionError


IBAN_SPEC = {  # country: (total length, BBAN pattern: n digit, a upper letter, c alnum)
    "DE": (22, "18n"),
    "GB": (22, "4a14n"),
    "FR": (27, "10n11c2n"),
    "ES": (24, "20n"),
    "IT": (27, "1a10n12c"),
    "NL": (18, "4a10n"),
    "BE": (16, "12n"),
    "CH": (21, "5n12c"),
    "AT": (20, "16n"),
    "PL": (28, "24n"),
    "PT": (25, "21n"),
    "SE": (24, "20n"),
    "NO": (15, "11n"),
    "DK": (18, "14n"),
    "FI": (18, "14n"),
    "IE": (22, "4a14n"),
    "TR": (26, "5n1n16c"),
    "SA": (24, "2n18c"),
    "AE": (23, "3n16n"),
    "BR": (29, "8n5n10n1a1c"),
    "GR": (27, "7n16c"),
    "RO": (24, "4a16c"),
    "HU": (28, "24n"),
    "CZ": (24, "20n"),
    "UA": (29, "6n19c"),
    "GE": (22, "2a16n"),
    "IL": (23, "19n"),
    "LU": (20, "3n13c"),
    "EG": (29, "25n"),
}


def _iban_num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(iban: str) -> bool:
    s = re.sub(r"[\s-]", "", iban).upper()
    if len(s) < 5 or s[:2] not in IBAN_SPEC or len(s) != IBAN_SPEC[s[:2]][0]:
        return False
    if not s.isalnum():
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def ssn_ok(ssn: str) -> bool:
    d = re.sub(r"[\s-]", "", ssn)
    if not re.fullmatch(r"\d{9}", d):
        return False
    area, group, serial = int(d[:3]), int(d[3:5]), int(d[5:])
    if area == 0 or area == 666 or area >= 900 or group == 0 or serial == 0:
        return False
    return d not in {"078051120", "219099999", "123456789"}


def itin_ok(itin: str) -> bool:
    d = re.sub(r"[\s-]", "", itin)
    if not re.fullmatch(r"9\d{8}", d):
        return False
    g = int(d[3:5])
    return (70 <= g <= 88 or 90 <= g <= 92 or 94 <= g <= 99) and d[5:] != "0000"


B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58encode(b: bytes) -> str:
    n = int.from_bytes(b, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    pad = len(b) - len(b.lstrip(b"\0"))
    return "1" * pad + out


def b58decode(s: str) -> bytes:
    n = 0
    for c in s:
        n = n * 58 + B58.index(c)
    pad = len(s) - len(s.lstrip("1"))
    body = n.to_bytes((n.bit_length() + 7) // 8, "big") if n else b""
    return b"\0" * pad + body


def _dsha(b: bytes) -> bytes:
    return hashlib.sha256(hashlib.sha256(b).digest()).digest()


BECH_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
BECH32_CONST, BECH32M_CONST = 1, 0x2BC830A3


def _bech_polymod(values):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def _hrp_expand(hrp):
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def _convertbits(data, frombits, tobits):
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


def bech32_encode(hrp: str, witver: int, prog: bytes) -> str:
    const = BECH32_CONST if witver == 0 else BECH32M_CONST
    data = [witver] + _convertbits(prog, 8, 5)
    polymod = _bech_polymod(_hrp_expand(hrp) + data + [0] * 6) ^ const
    chk = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH_CHARSET[d] for d in data + chk)


def btc_ok(addr: str) -> bool:
    if addr.lower().startswith("bc1"):
        a = addr.lower()
        hrp, _, data = a.rpartition("1")
        try:
            vals = [BECH_CHARSET.index(c) for c in data]
        except ValueError:
            return False
        pm = _bech_polymod(_hrp_expand(hrp) + vals)
        witver = vals[0]
        want = BECH32_CONST if witver == 0 else BECH32M_CONST
        return hrp == "bc" and pm == want
    try:
        raw = b58decode(addr)
    except ValueError:
        return False
    return len(raw) == 25 and raw[0] in (0, 5) and _dsha(raw[:21])[:4] == raw[21:]


_KECCAK_RC = [
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
_KECCAK_ROT = [
    [0, 36, 3, 41, 18],
    [1, 44, 10, 45, 2],
    [62, 6, 43, 15, 61],
    [28, 55, 25, 21, 56],
    [27, 20, 39, 8, 14],
]
_M64 = (1 << 64) - 1


def _rol(v, n):
    return ((v << n) | (v >> (64 - n))) & _M64 if n else v


def _keccak_f(a):
    for rc in _KECCAK_RC:
        c = [a[x][0] ^ a[x][1] ^ a[x][2] ^ a[x][3] ^ a[x][4] for x in range(5)]
        d = [c[(x - 1) % 5] ^ _rol(c[(x + 1) % 5], 1) for x in range(5)]
        a = [[a[x][y] ^ d[x] for y in range(5)] for x in range(5)]
        b = [[0] * 5 for _ in range(5)]
        for x in range(5):
            for y in range(5):
                b[y][(2 * x + 3 * y) % 5] = _rol(a[x][y], _KECCAK_ROT[x][y])
        a = [
            [b[x][y] ^ ((~b[(x + 1) % 5][y]) & b[(x + 2) % 5][y]) for y in range(5)]
            for x in range(5)
        ]
        a[0][0] ^= rc
    return a


def keccak256(data: bytes) -> bytes:
    rate = 136
    msg = bytearray(data) + b"\x01"
    while len(msg) % rate:
        msg += b"\0"
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


def eip55(hex40: str) -> str:
    h = keccak256(hex40.lower().encode()).hex()
    return "0x" + "".join(
        c.upper() if c.isalpha() and int(h[i], 16) >= 8 else c for i, c in enumerate(hex40.lower())
    )


def eth_ok(addr: str) -> bool:
    return bool(re.fullmatch(r"0x[0-9a-fA-F]{40}", addr)) and eip55(addr[2:]) == addr


def ip_ok(s: str) -> bool:
    try:
        ipaddress.ip_address(s)
        return True
    except ValueError:
        return False


def mac_ok(s: str) -> bool:
    return bool(
        re.fullmatch(
            r"([0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}|([0-9a-fA-F]{4}\.){2}[0-9a-fA-F]{4}", s
        )
    )


assert keccak256(b"").hex() == "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"
assert (
    eip55("5aaeb6053f3e94c9b9a09f33669435e7ef1beaed")
    == "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
)
assert btc_ok("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa")

VALIDATORS = {
    "CREDIT_CARD": luhn_ok,
    "IBAN": iban_ok,
    "US_SSN": ssn_ok,
    "US_ITIN": itin_ok,
    "CRYPTO": lambda s: eth_ok(s) if s.startswith("0x") else btc_ok(s),
    "IP": ip_ok,
    "MAC": mac_ok,
}

# --------------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------------

DIG = string.digits
UP = string.ascii_uppercase
AN = UP + DIG


def _r(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def ascii_fold(s: str) -> str:
    s = s.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L")
    s = s.replace("đ", "d").replace("Đ", "D").replace("æ", "ae").replace("ı", "i").replace("'", "")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in " -"))


# --------------------------------------------------------------------------------------------
# Value generators
# --------------------------------------------------------------------------------------------


def gen_card(rng):
    brand = rng.choice(["visa", "visa", "mc", "mc2", "amex", "disc", "jcb"])
    if brand == "visa":
        pre, n = "4" + _r(rng, DIG, 5), 16
    elif brand == "mc":
        pre, n = str(rng.randint(51, 55)) + _r(rng, DIG, 4), 16
    elif brand == "mc2":
        pre, n = str(rng.randint(2221, 2720)) + _r(rng, DIG, 2), 16
    elif brand == "amex":
        pre, n = rng.choice(["34", "37"]) + _r(rng, DIG, 4), 15
    elif brand == "disc":
        pre, n = "6011" + _r(rng, DIG, 2), 16
    else:
        pre, n = str(rng.randint(3528, 3589)) + _r(rng, DIG, 2), 16
    body = pre + _r(rng, DIG, n - len(pre) - 1)
    num = body + _luhn_digit(body)
    style = rng.random()
    groups = (
        [num[:4], num[4:10], num[10:]] if n == 15 else [num[i : i + 4] for i in range(0, 16, 4)]
    )
    if style < 0.45:
        out = " ".join(groups)
    elif style < 0.7:
        out = "-".join(groups)
    else:
        out = num
    assert luhn_ok(out)
    return out


def gen_iban(rng, cc):
    length, pat = IBAN_SPEC[cc]
    bban = ""
    for cnt, kind in re.findall(r"(\d+)([nac])", pat):
        alpha = {"n": DIG, "a": UP, "c": DIG * 3 + UP}[kind]
        bban += _r(rng, alpha, int(cnt))
    if cc == "TR":
        bban = bban[:5] + "0" + bban[6:]
    check = 98 - _iban_num(bban + cc + "00") % 97
    iban = f"{cc}{check:02d}{bban}"
    assert len(iban) == length and iban_ok(iban)
    style = rng.random()
    groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
    if style < 0.55:
        out = " ".join(groups)
    elif style < 0.9:
        out = iban
    else:
        out = "-".join(groups)
    assert iban_ok(out)
    return out


def gen_ssn(rng):
    while True:
        d = f"{rng.randint(1, 899):03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if ssn_ok(d):
            break
    s = rng.random()
    out = (
        f"{d[:3]}-{d[3:5]}-{d[5:]}"
        if s < 0.75
        else (f"{d[:3]} {d[3:5]} {d[5:]}" if s < 0.88 else d)
    )
    assert ssn_ok(out)
    return out


def gen_itin(rng):
    g = rng.choice(list(range(70, 89)) + [90, 91, 92] + list(range(94, 100)))
    d = f"9{rng.randint(0, 99):02d}{g:02d}{rng.randint(1, 9999):04d}"
    out = f"{d[:3]}-{d[3:5]}-{d[5:]}" if rng.random() < 0.85 else d
    assert itin_ok(out)
    return out


def gen_ip4(rng, private=False):
    if private:
        out = rng.choice(
            [
                f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}",
                f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
            ]
        )
    else:
        while True:
            a = rng.randint(11, 223)
            if a not in (10, 127, 172, 192, 169, 100):
                break
        out = f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    assert ip_ok(out)
    return out


def gen_ip6(rng):
    pre = rng.choice(["2001:0db8", "2a02:8109", "2600:1700", "2a01:4f8", "2406:da18", "2c0f:fb50"])
    groups = pre.split(":") + [f"{rng.randrange(65536):x}" for _ in range(8 - len(pre.split(":")))]
    if rng.random() < 0.4:
        groups[4] = groups[5] = "0"
    addr = ipaddress.IPv6Address(":".join(groups))
    out = addr.compressed if rng.random() < 0.75 else addr.exploded
    assert ip_ok(out)
    return out


def gen_mac(rng):
    b = [rng.randrange(256) for _ in range(6)]
    b[0] &= 0xFE
    h = [f"{x:02x}" for x in b]
    s = rng.random()
    if s < 0.5:
        out = ":".join(h)
    elif s < 0.75:
        out = "-".join(h).upper()
    elif s < 0.9:
        out = ":".join(h).upper()
    else:
        j = "".join(h)
        out = f"{j[:4]}.{j[4:8]}.{j[8:]}"
    assert mac_ok(out)
    return out


def gen_btc(rng):
    s = rng.random()
    if s < 0.3:
        payload = b"\x00" + bytes(rng.randrange(256) for _ in range(20))
        out = b58encode(payload + _dsha(payload)[:4])
    elif s < 0.45:
        payload = b"\x05" + bytes(rng.randrange(256) for _ in range(20))
        out = b58encode(payload + _dsha(payload)[:4])
    elif s < 0.8:
        out = bech32_encode("bc", 0, bytes(rng.randrange(256) for _ in range(20)))
    else:
        out = bech32_encode("bc", 1, bytes(rng.randrange(256) for _ in range(32)))
    assert btc_ok(out), out
    return out


def gen_eth(rng):
    out = eip55(_r(rng, "0123456789abcdef", 40))
    assert eth_ok(out)
    return out


def _b64u(rng, n):
    return (
        base64.urlsafe_b64encode(bytes(rng.randrange(256) for _ in range(n))).decode().rstrip("=")
    )


def gen_secret(rng, kind):
    al = string.ascii_letters + DIG
    if kind == "any":
        kind = rng.choice(
            [
                "aws",
                "gh",
                "slack",
                "stripe",
                "openai",
                "anthropic",
                "google",
                "jwt",
                "npm",
                "sendgrid",
                "hex",
                "glpat",
                "twilio",
            ]
        )
    if kind == "aws":
        return "AKIA" + _r(rng, UP + "234567", 16)
    if kind == "awssecret":
        return _r(rng, al + "/+", 40)
    if kind == "gh":
        return "ghp_" + _r(rng, al, 36)
    if kind == "ghfine":
        return "github_pat_11" + _r(rng, AN, 20) + "_" + _r(rng, al, 59)
    if kind == "glpat":
        return "glpat-" + _r(rng, al + "-_", 20)
    if kind == "slack":
        return f"xoxb-{rng.randint(10**10, 10**11)}-{rng.randint(10**11, 10**12)}-{_r(rng, al, 24)}"
    if kind == "slackhook":
        path = f"T{_r(rng, AN, 8)}/B{_r(rng, AN, 10)}/{_r(rng, al, 24)}"
        return f"https://hooks.slack.com/services/{path}"
    if kind == "stripe":
        return rng.choice(["sk_live_", "rk_live_"]) + _r(rng, al, 24)
    if kind == "openai":
        return "sk-proj-" + _r(rng, al + "-_", 74)
    if kind == "anthropic":
        return "sk-ant-api03-" + _r(rng, al + "-_", 93) + "AA"
    if kind == "google":
        return "AIza" + _r(rng, al + "-_", 35)
    if kind == "jwt":
        head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
        body = (
            base64.urlsafe_b64encode(
                json.dumps(
                    {
                        "sub": str(rng.randrange(10**7)),
                        "iat": rng.randrange(1_600_000_000, 1_800_000_000),
                    }
                ).encode()
            )
            .decode()
            .rstrip("=")
        )
        return f"{head}.{body}.{_b64u(rng, 32)}"
    if kind == "npm":
        return "npm_" + _r(rng, al, 36)
    if kind == "sendgrid":
        return f"SG.{_r(rng, al + '-_', 22)}.{_r(rng, al + '-_', 43)}"
    if kind == "twilio":
        return "SK" + _r(rng, "0123456789abcdef", 32)
    if kind == "hex":
        return _r(rng, "0123456789abcdef", rng.choice([32, 40, 64]))
    if kind == "pw":
        return gen_password(rng)
    if kind == "pem":
        lines = [
            base64.b64encode(bytes(rng.randrange(256) for _ in range(48))).decode()
            for _ in range(rng.randint(3, 6))
        ]
        tag = rng.choice(
            ["RSA PRIVATE KEY", "PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY"]
        )
        return f"-----BEGIN {tag}-----\n" + "\n".join(lines) + f"\n-----END {tag}-----"
    raise KeyError(kind)


def gen_password(rng):
    s = rng.random()
    if s < 0.35:
        w = rng.choice(D.PW_WORDS)
        return w.capitalize() + str(rng.randint(1, 2025)) + rng.choice("!@#$%&*?")
    if s < 0.6:
        return _r(rng, string.ascii_letters + DIG + "!@#$%^&*_-+=", rng.randint(12, 20))
    if s < 0.8:
        ws = [rng.choice(D.PW_WORDS) for _ in range(3)]
        return rng.choice("-_.").join(ws) + str(rng.randint(0, 99))
    w = list(rng.choice(D.PW_WORDS))
    sub = {"a": "@", "o": "0", "e": "3", "i": "1", "s": "$"}
    w = [sub.get(c, c) if rng.random() < 0.6 else c for c in w]
    return "".join(w).capitalize() + rng.choice(["!", "#1", "2024", "99!", "*"])


def _digits_fmt(rng, spec):
    """spec like '(ddd) ddd-dddd'; d = random digit, N = 2-9, M = 1-9."""
    out = []
    for c in spec:
        if c == "d":
            out.append(rng.choice(DIG))
        elif c == "N":
            out.append(rng.choice("23456789"))
        elif c == "M":
            out.append(rng.choice("123456789"))
        else:
            out.append(c)
    return "".join(out)


def gen_phone(rng, cc):
    fmts = D.PHONE_FORMATS.get(cc) or D.PHONE_FORMATS["us"]
    out = _digits_fmt(rng, rng.choice(fmts))
    if cc in ("us", "ca"):  # avoid N11 area codes
        out = re.sub(r"(?<=\()(\d)11", lambda m: m.group(1) + "21", out)
    return out


def gen_address(rng, cc):
    data = D.ADDRESS.get(cc) or D.ADDRESS["us"]
    fmt = rng.choice(data["fmt"])
    vals = {}
    for k, v in data.items():
        if k != "fmt":
            # '#' in a part (postcodes) is a random digit; literal '#' in fmt (unit numbers) stays.
            vals[k] = re.sub("#", lambda _m: rng.choice(DIG), rng.choice(v))
    vals["n"] = str(rng.choice([rng.randint(1, 99), rng.randint(1, 40), rng.randint(100, 2999)]))
    vals["n2"] = str(rng.randint(1, 60))
    vals["n3"] = str(rng.randint(1, 20))
    return fmt.format(**vals)


def _pc(rng, spec):
    return "".join(rng.choice(UP) if c == "A" else rng.choice(DIG) if c == "9" else c for c in spec)


def gen_dob(rng, lang, style=None, year_range=(1940, 2008)):
    y = rng.randint(*year_range)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28 if m == 2 else 30)
    return fmt_date(rng, lang, y, m, d, style)


def fmt_date(rng, lang, y, m, d, style=None):
    fm = D.DATE_FORMATS.get(lang) or D.DATE_FORMATS["en"]
    f = style or rng.choice(fm)
    months = D.MONTHS.get(lang) or D.MONTHS["en"]
    mon = months[m - 1]
    return (
        f.replace("YYYY", str(y))
        .replace("BE", str(y + 543))
        .replace("MMMM", mon)
        .replace("Mon", D.MONTHS["en"][m - 1][:3])
        .replace("MM", f"{m:02d}")
        .replace("DD", f"{d:02d}")
        .replace("M_", str(m))
        .replace("D_", str(d))
    )


def gen_dl(rng, cc, person=None):
    if cc == "us":
        st = rng.choice(["CA", "NY", "FL", "TX", "IL", "WA", "PA", "NJ", "OH", "MI"])
        f = {
            "CA": "A#######",
            "NY": "### ### ###",
            "FL": "A###-###-##-###-#",
            "TX": "########",
            "IL": "A###-####-####",
            "WA": "WDL" + "AAAAAA" + "###",
            "PA": "## ### ###",
            "NJ": "A#### ##### #####",
            "OH": "AA######",
            "MI": "A ### ### ### ###",
        }[st]
    elif cc == "gb" and person is not None:
        sur = (ascii_fold(person.last_r).replace(" ", "").replace("-", "").upper() + "99999")[:5]
        y = rng.randint(50, 99)
        mm = rng.randint(1, 12) + (50 if person.gender == "f" else 0)
        dd = rng.randint(1, 28)
        ini = (ascii_fold(person.first_r)[:1] + "9").upper()
        return f"{sur}{y // 10}{mm:02d}{dd:02d}{y % 10}{ini}{rng.randint(0, 9)}{_r(rng, UP, 2)}"
    elif cc == "ca":
        f = "A####-#####-#####"
    elif cc == "in":
        f = rng.choice(["MH12 ###########", "KA05 ###########", "DL-04########### "]).strip()
    elif cc == "de":
        f = "A###AAA#A##"
    elif cc == "au":
        f = "########"
    elif cc == "fr":
        f = "############"
    else:
        f = rng.choice(["A#######", "AA######", "#########", "A##-###-###"])
    return "".join(rng.choice(UP) if c == "A" else rng.choice(DIG) if c == "#" else c for c in f)


def gen_passport(rng, cc):
    f = {
        "us": ["#########", "A########"],
        "gb": ["#########"],
        "de": ["C@@@@@@@@"],
        "fr": ["##AA#####"],
        "in": ["A#######"],
        "cn": ["E########", "EA#######"],
        "jp": ["AA#######"],
        "kr": ["M########"],
        "ru": ["## #######"],
        "ua": ["AA######"],
        "br": ["AA######"],
        "es": ["AAA######"],
        "it": ["AA#######"],
        "tr": ["U########"],
        "ph": ["P#######A"],
        "ng": ["A########"],
        "au": ["PA#######"],
        "ca": ["AA######"],
    }.get(cc, ["A########", "AA#######"])
    s = rng.choice(f)
    return "".join(
        rng.choice(UP)
        if c == "A"
        else rng.choice(DIG)
        if c == "#"
        else rng.choice("CFGHJKLMNPRTVWXYZ0123456789")
        if c == "@"
        else c
        for c in s
    )


# --------------------------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------------------------


def _split(s):
    return [x.strip() for x in s.split(";") if x.strip()]


@dataclass
class Culture:
    code: str
    lang: str
    native_script: bool
    order: str  # "fl" or "lf" (native order)
    join: str
    m: list
    f: list
    last: list
    mid_m: list = field(default_factory=list)
    mid_f: list = field(default_factory=list)
    nick: dict = field(default_factory=dict)
    nicks: list = field(default_factory=list)
    cases: list = field(default_factory=list)


def _entry(s):
    """'native=roman' or 'name' -> (native, roman); either may hold 'm/f' and '|cases'."""
    if "=" in s:
        a, b = s.split("=", 1)
        return a.strip(), b.strip()
    return s.strip(), s.strip()


def _load_cultures():
    out = {}
    for code, c in D.CULTURES.items():
        out[code] = Culture(
            code=code,
            lang=c["lang"],
            native_script=c.get("native", False),
            order=c.get("order", "fl"),
            join=c.get("join", " "),
            m=[_entry(x) for x in _split(c["m"])],
            f=[_entry(x) for x in _split(c["f"])],
            last=[_entry(x) for x in _split(c["last"])],
            mid_m=[_entry(x) for x in _split(c.get("mid_m", ""))],
            mid_f=[_entry(x) for x in _split(c.get("mid_f", ""))],
            nick={k: [_entry(x) for x in _split(v)] for k, v in c.get("nick", {}).items()},
            nicks=[_entry(x) for x in _split(c.get("nicks", ""))],
            cases=c.get("cases", []),
        )
    return out


CULT = _load_cultures()


def _gendered(s, g):
    if "/" in s:
        a, b = s.split("/", 1)
        return a if g == "m" else b
    return s


def _cases(s):
    parts = s.split("|")
    return parts[0], parts[1:]


# Russian / Ukrainian declension for the few endings used in the lists.
def _decl_slav(word, g, case, lang, kind):
    if case == "nom":
        return word
    i = {"gen": 0, "dat": 1, "ins": 2}[case]
    uk = lang == "uk"
    if kind == "last":
        if g == "m":
            for end, forms in (
                [
                    ("ський", ["ського", "ському", "ським"]),
                    ("цький", ["цького", "цькому", "цьким"]),
                    ("енко", ["енка", "енкові", "енком"]),
                    ("ук", ["ука", "укові", "уком"]),
                    ("юк", ["юка", "юкові", "юком"]),
                    ("ов", ["ова", "ову", "овим"]),
                    ("ів", ["іва", "іву", "івим"]),
                    ("ин", ["ина", "ину", "иним"]),
                ]
                if uk
                else [
                    ("ский", ["ского", "скому", "ским"]),
                    ("цкий", ["цкого", "цкому", "цким"]),
                    ("ов", ["ова", "ову", "овым"]),
                    ("ев", ["ева", "еву", "евым"]),
                    ("ин", ["ина", "ину", "иным"]),
                ]
            ):
                if word.endswith(end):
                    return word[: -len(end)] + forms[i]
            return word
        for end, forms in (
            [
                ("ська", ["ської", "ській", "ською"]),
                ("цька", ["цької", "цькій", "цькою"]),
                ("ова", ["ової", "овій", "овою"]),
                ("іна", ["іної", "іній", "іною"]),
            ]
            if uk
            else [
                ("ская", ["ской", "ской", "ской"]),
                ("цкая", ["цкой", "цкой", "цкой"]),
                ("ова", ["овой", "овой", "овой"]),
                ("ева", ["евой", "евой", "евой"]),
                ("ина", ["иной", "иной", "иной"]),
            ]
        ):
            if word.endswith(end):
                return word[: -len(end)] + forms[i]
        return word  # -енко, -ук etc. for women: indeclinable
    # first names
    if word.endswith("ія"):  # Ukrainian -ія (Марія, Софія)
        return word[:-2] + ["ії", "ії", "ією"][i]
    if word.endswith("ия"):
        return word[:-2] + (["ии", "ии", "ией"] if not uk else ["ії", "ії", "ією"])[i]
    if word.endswith("ья"):
        return word[:-2] + ["ьи", "ье", "ьей"][i]
    if word.endswith("ій"):
        return word[:-2] + ["ія", "ію", "ієм"][i]
    if word.endswith("ий"):
        return word[:-2] + ["ия", "ию", "ием"][i]
    if word.endswith("й"):
        return word[:-1] + (["я", "ю", "ем"] if not uk else ["я", "ю", "єм"])[i]
    if word.endswith("ь"):
        return word[:-1] + ["я", "ю", "ем"][i]
    if word.endswith("я"):
        return word[:-1] + (["и", "е", "ей"] if not uk else ["і", "і", "ею"])[i]
    if word.endswith("а"):
        soft = word[-2] in "кгхжшчщ"
        if uk:
            return word[:-1] + [("и"), "і", ("ою")][i]
        return (
            word[:-1]
            + [("и" if soft else "ы"), "е", ("ой" if word[-2] not in "жшчщц" else "ей")][i]
        )
    return word + (["а", "у", "ом"] if not uk else ["а", "ові", "ом"])[i]


class Person:
    def __init__(self, rng: random.Random, culture: Culture, native: bool, western_order: bool):
        self.rng = rng
        self.c = culture
        self.gender = rng.choice("mf")
        pool = culture.m if self.gender == "m" else culture.f
        fn, fr = rng.choice(pool)
        ln, lr = rng.choice(culture.last)
        self.first_n, self.first_cases = _cases(fn)
        self.first_r = _cases(fr)[0]
        self.last_n, self.last_cases = _cases(_gendered(ln, self.gender))
        self.last_r = _cases(_gendered(lr, self.gender))[0]
        mids = culture.mid_m if self.gender == "m" else culture.mid_f
        self.mid = rng.choice(mids) if mids else None
        nk = culture.nick.get(fn.split("|")[0]) or culture.nick.get(fr.split("|")[0])
        if nk:
            self.nick = rng.choice(nk)
        elif culture.nicks:
            self.nick = rng.choice(culture.nicks)
        else:
            self.nick = (self.first_n, self.first_r)
        self.native = native and culture.native_script
        self.western = western_order
        a_first = ascii_fold(self.first_r).lower().replace(" ", "").replace("-", "")
        a_last = ascii_fold(self.last_r).lower().replace(" ", "").replace("-", "")
        a_last = a_last or "x"
        a_first = a_first or "x"
        self.handle = rng.choice(
            [
                f"{a_first}.{a_last[0]}",
                f"{a_first[0]}{a_last}",
                f"{a_first}_{a_last[0]}",
                f"{a_first}{a_last}{rng.randint(1, 99)}",
                f"{a_last}.{a_first}",
                f"{a_first}{rng.randint(70, 99)}",
                f"{a_first}.{a_last}",
                f"{a_first[0]}.{a_last}",
                f"{a_first}_{a_last}",
                f"{a_last}{a_first[0]}",
            ]
        )
        self.email = self.handle + "@" + rng.choice(D.EMAIL_DOMAINS)
        self.work_email = (
            rng.choice([f"{a_first}.{a_last}", f"{a_first[0]}{a_last}", a_first])
            + "@"
            + rng.choice(D.WORK_DOMAINS)
        )

    def _pick(self, n, r, native=None):
        return n if (self.native if native is None else native) else r

    def _full(self, native=None, case="nom", with_mid=None):
        nat = self.native if native is None else native
        first = self.first_n if nat else self.first_r
        last = self.last_n if nat else self.last_r
        if case != "nom":
            first, last = self.inflect("first", case, nat), self.inflect("last", case, nat)
        mid = None
        if (
            self.mid
            and case == "nom"
            and (with_mid or (with_mid is None and self.rng.random() < 0.4))
        ):
            mid = self.mid[0] if nat else self.mid[1]
        if self.c.order == "lf" and (nat or not self.western):
            j = self.c.join if nat else " "
            if self.c.code == "ja" and nat and self.rng.random() < 0.5:
                j = " "
            parts = [last, mid, first] if mid else [last, first]
            return j.join(parts)
        parts = [first, mid, last] if mid else [first, last]
        return " ".join(parts)

    def inflect(self, which, case, nat=True):
        word = (
            (self.first_n if which == "first" else self.last_n)
            if nat
            else (self.first_r if which == "first" else self.last_r)
        )
        if case == "nom":
            return word
        if self.c.code in ("ru", "ua") and nat:
            return _decl_slav(word, self.gender, case, self.c.lang, which)
        forms = self.first_cases if which == "first" else self.last_cases
        if self.c.cases and case in self.c.cases and forms:
            k = self.c.cases.index(case) - 1
            if 0 <= k < len(forms):
                return forms[k]
        return word

    def form(self, f, case="nom"):
        rng = self.rng
        if f == "full":
            return self._full(case=case)
        if f == "fullmid":
            return self._full(case=case, with_mid=True)
        if f == "rfull":
            return self._full(native=False)
        if f == "nfull":
            return self._full(native=True)
        if f == "first":
            return self.inflect("first", case, self.native)
        if f == "last":
            return self.inflect("last", case, self.native)
        if f == "rfirst":
            return self.first_r
        if f == "rlast":
            return self.last_r
        if f == "nick":
            return self.nick[0] if self.native else self.nick[1]
        if f == "handle":
            return self.handle
        if f == "at":
            return "@" + self.handle
        if f == "il":
            return f"{self.first_r[0]}. {self.last_r}"
        if f == "lf":
            return f"{self.last_r}, {self.first_r}"
        if f == "mi":
            return f"{self.first_r} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {self.last_r}"
        if f == "initials":
            return f"{self.first_r[0]}.{self.last_r[0]}."
        raise KeyError(f)


# --------------------------------------------------------------------------------------------
# Template filling
# --------------------------------------------------------------------------------------------

LANG_COUNTRY = {
    "es": ["es", "mx"],
    "pt": ["pt", "br"],
    "fr": ["fr"],
    "de": ["de"],
    "it": ["it"],
    "pl": ["pl"],
    "tr": ["tr"],
    "vi": ["vn"],
    "id": ["id"],
    "tl": ["ph"],
    "sw": ["ke"],
    "yo": ["ng"],
    "zh": ["cn"],
    "ja": ["jp"],
    "ko": ["kr"],
    "ar": ["sa", "ae", "eg"],
    "he": ["il"],
    "hi": ["in"],
    "bn": ["bd"],
    "ta": ["in"],
    "th": ["th"],
    "ru": ["ru"],
    "uk": ["ua"],
    "el": ["gr"],
    "ka": ["ge"],
    "hy": ["am"],
    "nl": ["nl"],
    "sv": ["se"],
    "fi": ["fi"],
    "hu": ["hu"],
    "fa": ["ir"],
    "ro": ["ro"],
    "cs": ["cz"],
    "ms": ["my"],
}
EN_COUNTRIES = (
    ["us"] * 50
    + ["gb"] * 18
    + ["in"] * 8
    + ["au"] * 7
    + ["ie"] * 5
    + ["ca"] * 6
    + ["ng", "ke", "ph", "sg", "nz", "za"]
)
COUNTRY_IBAN = {
    "de": "DE",
    "fr": "FR",
    "es": "ES",
    "mx": "ES",
    "it": "IT",
    "nl": "NL",
    "pl": "PL",
    "pt": "PT",
    "br": "BR",
    "tr": "TR",
    "sa": "SA",
    "ae": "AE",
    "eg": "EG",
    "il": "IL",
    "gr": "GR",
    "ro": "RO",
    "hu": "HU",
    "cz": "CZ",
    "ua": "UA",
    "ge": "GE",
    "se": "SE",
    "fi": "FI",
    "gb": "GB",
    "ie": "IE",
}
LANG_CULTURES = {
    "es": ["es", "mx"],
    "pt": ["pt", "br"],
    "fr": ["fr"],
    "de": ["de"],
    "it": ["it"],
    "pl": ["pl"],
    "tr": ["tr"],
    "vi": ["vi"],
    "id": ["id"],
    "tl": ["ph"],
    "sw": ["ke"],
    "yo": ["yo"],
    "zh": ["zh"],
    "ja": ["ja"],
    "ko": ["ko"],
    "ar": ["ar"],
    "he": ["he"],
    "hi": ["hi"],
    "bn": ["bn"],
    "ta": ["ta"],
    "th": ["th"],
    "ru": ["ru"],
    "uk": ["ua"],
    "el": ["gr"],
    "ka": ["ge"],
    "hy": ["am"],
    "nl": ["nl"],
    "sv": ["se"],
    "fi": ["fi"],
    "hu": ["hu"],
    "fa": ["fa"],
    "ro": ["ro"],
    "cs": ["cz"],
    "ms": ["my"],
}
PH = re.compile(r"⟦([^⟧]+)⟧")
PERSON_FORMS = {
    "full",
    "fullmid",
    "rfull",
    "nfull",
    "first",
    "last",
    "rfirst",
    "rlast",
    "nick",
    "handle",
    "at",
    "il",
    "lf",
    "mi",
    "initials",
}
LABELS = {
    "phone": "PHONE",
    "addr": "ADDRESS",
    "cc": "CREDIT_CARD",
    "iban": "IBAN",
    "ssn": "US_SSN",
    "itin": "US_ITIN",
    "ip4": "IP",
    "ip4p": "IP",
    "ip6": "IP",
    "mac": "MAC",
    "btc": "CRYPTO",
    "eth": "CRYPTO",
    "dob": "DATE_OF_BIRTH",
    "dl": "DRIVER_LICENSE",
    "pp": "PASSPORT",
    "key": "SECRET",
    "pw": "SECRET",
    "email": "EMAIL",
}


@dataclass
class Template:
    tid: int
    lang: str
    tags: str
    text: str

    @property
    def clean(self) -> bool:
        for key in PH.findall(self.text):
            base = key.split("#")[0].split(":")[0].split(".")[0].split("!")[0]
            if base in LABELS or re.fullmatch(r"p\d", base):
                return False
        return True


def load_templates():
    out = []
    for i, (lang, tags, text) in enumerate(D.TEMPLATES):
        out.append(Template(i, lang, tags, text.strip("\n")))
    return out


class Ctx:
    def __init__(self, rng: random.Random, tpl: Template):
        self.rng = rng
        self.tpl = tpl
        self.lang = tpl.lang
        self.country = (
            rng.choice(LANG_COUNTRY.get(self.lang, EN_COUNTRIES))
            if self.lang != "en"
            else rng.choice(EN_COUNTRIES)
        )
        self.people: dict[str, Person] = {}
        self.cache: dict[str, tuple[str, str | None]] = {}
        self.casing = 0.0
        if "chat" in tpl.tags:
            self.casing = 0.18
        elif "log" in tpl.tags or "form" in tpl.tags:
            self.casing = 0.06
        else:
            self.casing = 0.03

    def person(self, pid: str) -> Person:
        if pid not in self.people:
            rng = self.rng
            if self.lang == "en":
                code = rng.choice(["en"] * 9 + ["ie"] + list(D.CULTURES))
                if code in ("ru", "ua", "pl", "fi"):
                    code = rng.choice([code, "en"])
                native = rng.random() < 0.08
            else:
                local = LANG_CULTURES.get(self.lang, ["en"])
                code = rng.choice(local) if rng.random() < 0.88 else rng.choice(list(D.CULTURES))
                native = CULT[code].lang == self.lang or (
                    CULT[code].native_script and rng.random() < 0.15
                )
            cult = CULT[code]
            self.people[pid] = Person(
                rng, cult, native, western_order=(self.lang == "en" and rng.random() < 0.6)
            )
        return self.people[pid]

    def _case(self, s: str, p: Person) -> str:
        r = self.rng.random()
        if r < self.casing:
            return s.lower()
        if r < self.casing + 0.025:
            return s.upper()
        return s

    def resolve(self, key: str) -> tuple[str, str | None]:
        if key in self.cache:
            return self.cache[key]
        val = self._resolve(key)
        self.cache[key] = val
        return val

    def _resolve(self, key: str) -> tuple[str, str | None]:
        rng = self.rng
        mod = None
        if "!" in key:
            key, mod = key.split("!", 1)
        m = re.fullmatch(r"(p\d)\.(\w+)(?:@(\w+))?", key)
        if m:
            p = self.person(m.group(1))
            f, case = m.group(2), m.group(3) or "nom"
            if f == "email":
                return p.email, "EMAIL"
            if f == "wemail":
                return p.work_email, "EMAIL"
            if f == "dl":
                return gen_dl(
                    rng, "gb" if self.country in ("gb", "ie") else self.country, p
                ), "DRIVER_LICENSE"
            assert f in PERSON_FORMS, key
            v = p.form(f, case)
            if mod == "U":
                v = v.upper()
            elif mod == "l":
                v = v.lower()
            elif f not in ("handle", "at") and not p.native:
                v = self._case(v, p)
            return v, "PERSON"
        base, _, arg = key.partition(":")
        base = base.split("#")[0]
        arg = arg.split("#")[0]
        cc = arg or self.country
        if base == "phone":
            return gen_phone(rng, cc), "PHONE"
        if base == "addr":
            return gen_address(rng, cc), "ADDRESS"
        if base == "cc":
            return gen_card(rng), "CREDIT_CARD"
        if base == "iban":
            code = (
                arg.upper()
                if arg
                else COUNTRY_IBAN.get(self.country)
                or rng.choice(["DE", "GB", "FR", "NL", "ES", "IE"])
            )
            return gen_iban(rng, code), "IBAN"
        if base == "ssn":
            return gen_ssn(rng), "US_SSN"
        if base == "itin":
            return gen_itin(rng), "US_ITIN"
        if base == "ip4":
            return gen_ip4(rng), "IP"
        if base == "ip4p":
            return gen_ip4(rng, private=True), "IP"
        if base == "ip6":
            return gen_ip6(rng), "IP"
        if base == "mac":
            return gen_mac(rng), "MAC"
        if base == "btc":
            return gen_btc(rng), "CRYPTO"
        if base == "eth":
            return gen_eth(rng), "CRYPTO"
        if base == "dob":
            return gen_dob(
                rng, self.lang if not arg else "en", D.DATE_STYLE.get(arg)
            ), "DATE_OF_BIRTH"
        if base == "date":
            y = rng.randint(2019, 2026)
            return fmt_date(
                rng,
                self.lang if not arg else "en",
                y,
                rng.randint(1, 12),
                rng.randint(1, 28),
                D.DATE_STYLE.get(arg),
            ), None
        if base == "year":
            return str(rng.randint(2015, 2026)), None
        if base == "dl":
            return gen_dl(rng, cc), "DRIVER_LICENSE"
        if base == "pp":
            return gen_passport(rng, cc), "PASSPORT"
        if base == "key":
            return gen_secret(rng, arg or "any"), "SECRET"
        if base == "pw":
            return gen_password(rng), "SECRET"
        if base == "email":
            p = Person(rng, CULT[rng.choice(list(CULT))], False, True)
            return p.email, "EMAIL"
        return self._plain(base, arg), None

    def _plain(self, base, arg):
        rng = self.rng
        if base in D.WORDS:
            return rng.choice(D.WORDS[base])
        if base == "uuid":
            return str(__import__("uuid").UUID(int=rng.getrandbits(128), version=4))
        if base == "sha":
            return _r(rng, "0123456789abcdef", 40)
        if base == "sha7":
            return _r(rng, "0123456789abcdef", 7)
        if base == "sha256":
            return _r(rng, "0123456789abcdef", 64)
        if base == "ver":
            return f"{rng.randint(0, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 15)}"
        if base == "order":
            return rng.choice(
                [
                    f"ORD-{rng.randint(2019, 2026)}-{rng.randint(10000, 999999)}",
                    f"#{rng.randint(100000, 9999999)}",
                    f"{_r(rng, UP, 2)}{rng.randint(10**7, 10**8)}",
                    f"PO-{rng.randint(1000, 99999)}",
                ]
            )
        if base == "ticket":
            return rng.choice(
                [
                    rng.choice(["PAY", "OPS", "CORE", "INFRA", "WEB", "SUP"])
                    + f"-{rng.randint(10, 9999)}",
                    f"INC{rng.randint(10**6, 10**7):07d}",
                    f"#{rng.randint(100, 99999)}",
                    f"CS-{rng.randint(100000, 999999)}",
                ]
            )
        if base == "num":
            lo, hi = (int(x) for x in (arg or "1-99").split("-"))
            return str(rng.randint(lo, hi))
        if base == "amount":
            return f"{rng.randint(5, 4999)}.{rng.randint(0, 99):02d}"
        if base == "time":
            return f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"
        if base == "ts":
            return (
                f"{rng.randint(2021, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T"
                f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"
            )
        if base == "isbn":
            core = "978" + _r(rng, DIG, 9)
            s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(core))
            return f"{core[:3]}-{core[3]}-{core[4:8]}-{core[8:]}-{(10 - s % 10) % 10}"
        if base == "tracking":
            return "1Z" + _r(rng, AN, 16)
        if base == "port":
            return str(rng.choice([5432, 3306, 6379, 8080, 443, 27017, 9200]))
        raise KeyError(base)


def render(tpl: Template, rng: random.Random) -> tuple[Sample, list[str]]:
    ctx = Ctx(rng, tpl)
    lower_all = "lc" in tpl.tags and rng.random() < 0.35
    pieces = PH.split(tpl.text)
    text = []
    spans = []
    values = []
    pos = 0
    for i, piece in enumerate(pieces):
        if i % 2 == 0:
            lit = piece.lower() if lower_all else piece
            text.append(lit)
            pos += len(lit)
            continue
        val, cat = ctx.resolve(piece)
        if lower_all and cat in (None, "PERSON", "ADDRESS", "EMAIL"):
            low = val.lower()
            if len(low) == len(val):
                val = low
        text.append(val)
        if cat:
            spans.append((cat, pos, pos + len(val)))
            values.append(val)
        pos += len(val)
    return Sample("".join(text), spans), values


def check(sample: Sample, values: list[str]) -> None:
    t = sample.text
    last_end = -1
    for (cat, s, e), v in zip(sample.spans, values, strict=True):
        if not (0 <= s < e <= len(t)):
            raise ValueError(f"span out of range: {cat} {s}-{e}")
        if s < last_end:
            raise ValueError(f"overlapping spans near {s}")
        if t[s:e] != v:
            raise ValueError(f"span text mismatch: {t[s:e]!r} != {v!r}")
        if cat in VALIDATORS and not VALIDATORS[cat](v):
            raise ValueError(f"invalid {cat} value {v!r}")
        last_end = e


MIX = {"en": 0.55, "xx": 0.25, "clean_en": 0.16, "clean_xx": 0.04}


def _build(scale: float = 1.0, seed: int = 5309):
    rng = random.Random(seed)
    n = max(10, round(1200 * scale))
    tpls = load_templates()
    groups = {"en": [], "xx": {}, "clean_en": [], "clean_xx": []}
    for t in tpls:
        if t.clean:
            groups["clean_en" if t.lang == "en" else "clean_xx"].append(t)
        elif t.lang == "en":
            groups["en"].append(t)
        else:
            groups["xx"].setdefault(t.lang, []).append(t)
    counts = {k: round(n * v) for k, v in MIX.items()}
    counts["en"] += n - sum(counts.values())
    chosen: list[Template] = []
    for k, c in counts.items():
        if k == "xx":
            langs = sorted(groups["xx"])
            order = []
            while len(order) < c:
                block = langs[:]
                rng.shuffle(block)
                order.extend(block)
            chosen.extend(rng.choice(groups["xx"][lg]) for lg in order[:c])
        else:
            pool = groups[k][:]
            order = []
            while len(order) < c:
                rng.shuffle(pool)
                order.extend(pool)
            chosen.extend(order[:c])
    rng.shuffle(chosen)
    samples, meta = [], []
    for t in chosen:
        s, vals = render(t, rng)
        check(s, vals)
        if t.clean and s.spans:
            raise ValueError("clean template produced labels")
        samples.append(s)
        meta.append(t)
    return samples, meta, tpls


def dev9_set(scale: float = 1.0, seed: int = 5309) -> list[Sample]:
    """round(1200*scale) (>= 10) labeled texts; raises if a span is malformed or a value invalid."""
    return _build(scale, seed)[0]


def _scripts(text: str) -> set[str]:
    out = set()
    for ch in text:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            word = name.split(" ")[0]
            if word in (
                "CJK",
                "HIRAGANA",
                "KATAKANA",
                "HANGUL",
                "LATIN",
                "CYRILLIC",
                "ARABIC",
                "HEBREW",
                "DEVANAGARI",
                "BENGALI",
                "TAMIL",
                "THAI",
                "GREEK",
                "GEORGIAN",
                "ARMENIAN",
            ):
                out.add(word)
    return out


if __name__ == "__main__":
    import collections
    import time

    t0 = time.time()
    samples, meta, tpls = _build()
    dt = time.time() - t0
    cats = collections.Counter(c for s in samples for c, _, _ in s.spans)
    total = sum(cats.values())
    langs = collections.Counter(t.lang for t in meta)
    scripts = set().union(*(_scripts(s.text) for s in samples))
    used = len({t.tid for t in meta})
    print(f"texts={len(samples)} time={dt:.1f}s templates={len(tpls)} used={used}")
    print("clean texts:", sum(1 for s in samples if not s.spans))
    for c, k in cats.most_common():
        print(f"  {c:15s} {k}")
    print(f"PERSON share: {cats['PERSON'] / total:.1%} of {total} labels")
    print(f"languages={len(langs)} {sorted(langs)}")
    print(f"scripts={len(scripts)} {sorted(scripts)}")
    print("cultures:", len(CULT))
