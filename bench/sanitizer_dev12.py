"""dev12: an independent, labeled evaluation set for the PII sanitizer ("a day of LLM API traffic").

What it is
    1,200 texts (at scale 1.0) that imitate what users send to, and get back from, a general LLM
    API: coding help (stack traces, configs, git logs, SQL, code with author comments), support
    chats, e-mails to rewrite or translate, CVs, HR/legal letters, medical and insurance forms,
    travel bookings, listings, school letters, chat exports, meeting notes, CRM CSV/JSON dumps,
    OCR of scans and plain chat. About 60% is English; the rest covers 32 other languages in
    Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Bengali, Thai, Han, kana, Hangul and
    Georgian script.

How it was made
    The templates, name lists and value pools in ``sanitizer_dev12_templates`` were written by
    hand, blind: without opening, importing or running the sanitizer, its tests, its docs or the
    other benchmark sets (only ``Sample`` is imported from ``bench.sanitizer_data``). Nobody who
    wrote detection rules shaped it. Names come from hand-picked lists for 48 cultures (native
    script and romanized), not from a library.

    A template is text with ``⟦...⟧`` placeholders. The generator fills them left to right and
    records every labeled span by position while it builds the string; it never searches the
    finished text. Upper-case placeholders (and person slots ``p1``..``p5``) are labeled;
    lower-case ones (UUIDs, hashes, versions, order numbers, non-birth dates, ports, product and
    place names that look like names, doc placeholders) and ``⟦=literal⟧`` are look-alikes that
    must be kept and carry no label.

    Identifiers have valid checksums where one exists (Luhn, IBAN mod-97, base58check and bech32
    for BTC, EIP-55 for ETH, SSN/ITIN area and group rules) and real formats otherwise.
    ``_check`` validates spans and checksums; ``dev12_set`` calls it before returning.
"""

from __future__ import annotations

import base64
import hashlib
import json
import random
import re
import string
import unicodedata

from bench import sanitizer_dev12_templates as T
from bench.sanitizer_data import Sample

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

_PH = re.compile(r"⟦([^⟧]+)⟧")
_ALNUM = string.ascii_letters + string.digits
_UPPER_ALNUM = string.ascii_uppercase + string.digits
_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"

# ---------------------------------------------------------------------------------------------
# checksums
# ---------------------------------------------------------------------------------------------


def _luhn_ok(number: str) -> bool:
    digits = [int(c) for c in number if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _luhn_complete(payload: str) -> str:
    for d in "0123456789":
        if _luhn_ok(payload + d):
            return payload + d
    raise AssertionError("unreachable")


def _iban_int(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def _iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    return len(s) > 4 and _iban_int(s[4:] + s[:4]) % 97 == 1


def _b58check(payload: bytes) -> str:
    data = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(data, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = _B58[r] + out
    pad = len(data) - len(data.lstrip(b"\0"))
    return "1" * pad + out


def _b58_ok(addr: str) -> bool:
    n = 0
    for c in addr:
        n = n * 58 + _B58.index(c)
    pad = len(addr) - len(addr.lstrip("1"))
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
    raw = b"\0" * pad + raw
    body, chk = raw[:-4], raw[-4:]
    return hashlib.sha256(hashlib.sha256(body).digest()).digest()[:4] == chk


def _bech32_polymod(values: list[int]) -> int:
    gen = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if (b >> i) & 1 else 0
    return chk


def _bech32_hrp(hrp: str) -> list[int]:
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def _bech32_encode(hrp: str, witver: int, prog: bytes) -> str:
    acc, bits, data = 0, 0, [witver]
    for b in prog:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    poly = _bech32_polymod(_bech32_hrp(hrp) + data + [0] * 6) ^ 1
    chk = [(poly >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_BECH32[d] for d in data + chk)


def _bech32_ok(addr: str) -> bool:
    hrp, _, rest = addr.rpartition("1")
    return _bech32_polymod(_bech32_hrp(hrp) + [_BECH32.index(c) for c in rest]) == 1


def _keccak_rot() -> list[int]:
    rot = [0] * 25
    x, y = 1, 0
    for t in range(24):
        rot[x + 5 * y] = ((t + 1) * (t + 2) // 2) % 64
        x, y = y, (2 * x + 3 * y) % 5
    return rot


def _keccak_rc() -> list[int]:
    # round constants from the LFSR x^8 + x^6 + x^5 + x^4 + 1 (FIPS 202, 3.2.5)
    out, state = [], 1
    for _ in range(24):
        c = 0
        for j in range(7):
            if state & 1:
                c |= 1 << ((1 << j) - 1)
            state = ((state << 1) ^ (0x171 if state & 0x80 else 0)) & 0xFF
        out.append(c)
    return out


_KRC = _keccak_rc()
_KROT = _keccak_rot()
_M64 = (1 << 64) - 1


def _keccak256(data: bytes) -> bytes:
    rate = 136
    msg = bytearray(data) + b"\x01"
    while len(msg) % rate:
        msg.append(0)
    msg[-1] |= 0x80
    a = [0] * 25
    for off in range(0, len(msg), rate):
        for i in range(rate // 8):
            a[i] ^= int.from_bytes(msg[off + 8 * i : off + 8 * i + 8], "little")
        for rnd in range(24):
            c = [a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20] for x in range(5)]
            d = [
                c[(x - 1) % 5] ^ (((c[(x + 1) % 5] << 1) | (c[(x + 1) % 5] >> 63)) & _M64)
                for x in range(5)
            ]
            a = [a[i] ^ d[i % 5] for i in range(25)]
            b = [0] * 25
            for x in range(5):
                for y in range(5):
                    v, n = a[x + 5 * y], _KROT[x + 5 * y]
                    b[y + 5 * ((2 * x + 3 * y) % 5)] = (
                        ((v << n) | (v >> (64 - n))) & _M64 if n else v
                    )
            a = [
                b[i] ^ ((~b[(i % 5 + 1) % 5 + 5 * (i // 5)]) & b[(i % 5 + 2) % 5 + 5 * (i // 5)])
                for i in range(25)
            ]
            a[0] ^= _KRC[rnd]
    return b"".join(a[i].to_bytes(8, "little") for i in range(4))


def _eip55(hex40: str) -> str:
    h = _keccak256(hex40.lower().encode()).hex()
    return "0x" + "".join(
        c.upper() if c.isalpha() and int(h[i], 16) >= 8 else c for i, c in enumerate(hex40.lower())
    )


def _eth_ok(addr: str) -> bool:
    return _eip55(addr[2:]) == addr


# ---------------------------------------------------------------------------------------------
# value generators
# ---------------------------------------------------------------------------------------------


def _pattern(rng: random.Random, pat: str) -> str:
    """'#' digit, '%' digit 1-9, '@' upper letter, '^' upper letter or digit; others literal."""
    out = []
    for ch in pat:
        if ch == "#":
            out.append(rng.choice(string.digits))
        elif ch == "%":
            out.append(rng.choice("123456789"))
        elif ch == "@":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
        elif ch == "^":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789"))
        else:
            out.append(ch)
    return "".join(out)


def _rand(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _card(rng: random.Random, brand: str | None = None) -> str:
    brand = brand or rng.choice(
        ["visa", "visa", "visa", "mc", "mc", "amex", "disc", "jcb", "diners"]
    )
    if brand == "visa":
        num = _luhn_complete("4" + _pattern(rng, "#" * 14))
    elif brand == "mc":
        pre = rng.choice([str(rng.randint(51, 55)), str(rng.randint(2221, 2720))])
        num = _luhn_complete(pre + _pattern(rng, "#" * (15 - len(pre))))
    elif brand == "amex":
        num = _luhn_complete(rng.choice(["34", "37"]) + _pattern(rng, "#" * 12))
    elif brand == "disc":
        pre = rng.choice(["6011", "65" + _pattern(rng, "##")])
        num = _luhn_complete(pre + _pattern(rng, "#" * 11))
    elif brand == "jcb":
        num = _luhn_complete(str(rng.randint(3528, 3589)) + _pattern(rng, "#" * 11))
    else:
        num = _luhn_complete(rng.choice(["36", "38"]) + _pattern(rng, "#" * 11))
    sep = rng.choice([" ", " ", "-", ""])
    if len(num) == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    if len(num) == 14:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i : i + 4] for i in range(0, 16, 4))


def _iban(rng: random.Random, cc: str) -> str:
    cc = cc.upper()
    spec = T.IBAN_SPECS.get(cc) or T.IBAN_SPECS[rng.choice(sorted(T.IBAN_SPECS))]
    if cc not in T.IBAN_SPECS:
        cc = [k for k, v in T.IBAN_SPECS.items() if v is spec][0]
    bank, rest = spec
    bban = (rng.choice(bank) if bank else "") + _pattern(rng, rest)
    check = 98 - _iban_int(bban + cc + "00") % 97
    iban = f"{cc}{check:02d}{bban}"
    if rng.random() < 0.6:
        return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    return iban


def _ssn(rng: random.Random, plain: bool = False) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    s = f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
    r = rng.random()
    if plain or r < 0.12:
        return s.replace("-", "")
    if r < 0.2:
        return s.replace("-", " ")
    return s


def _itin(rng: random.Random) -> str:
    group = rng.choice(
        list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92] + list(range(94, 100))
    )
    s = f"9{rng.randint(0, 99):02d}-{group:02d}-{rng.randint(0, 9999):04d}"
    return s.replace("-", "") if rng.random() < 0.12 else s


def _ip4(rng: random.Random) -> str:
    while True:
        a = rng.randint(1, 223)
        b = rng.randint(0, 255)
        if a in (10, 127, 0) or (a == 172 and 16 <= b <= 31) or (a == 192 and b == 168):
            continue
        if (a == 169 and b == 254) or (a == 100 and 64 <= b <= 127):
            continue
        return f"{a}.{b}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def _ippriv(rng: random.Random) -> str:
    k = rng.random()
    if k < 0.45:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    if k < 0.8:
        return f"192.168.{rng.choice([0, 1, 1, 2, 10, 50, 178])}.{rng.randint(2, 254)}"
    return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"


def _ip6(rng: random.Random) -> str:
    pre = rng.choice(["2a02", "2a01", "2600", "2607", "2001", "2a00", "2404", "2803", "2c0f"])
    groups = [pre] + [f"{rng.randint(0, 0xFFFF):x}" for _ in range(7)]
    if rng.random() < 0.4:
        return ":".join(groups[:4]) + "::" + groups[7]
    return ":".join(groups)


def _mac(rng: random.Random) -> str:
    b = [rng.choice(T.MAC_OUIS)[i : i + 2] for i in (0, 2, 4)]
    b = [x.lower() for x in b] + [f"{rng.randint(0, 255):02x}" for _ in range(3)]
    k = rng.random()
    if k < 0.5:
        return ":".join(b)
    if k < 0.7:
        return ":".join(b).upper()
    if k < 0.88:
        return "-".join(b).upper()
    h = "".join(b)
    return f"{h[0:4]}.{h[4:8]}.{h[8:12]}"


def _btc(rng: random.Random) -> str:
    k = rng.random()
    prog = rng.randbytes(20)
    if k < 0.4:
        return _bech32_encode("bc", 0, prog)
    if k < 0.75:
        return _b58check(b"\x00" + prog)
    return _b58check(b"\x05" + prog)


def _eth(rng: random.Random) -> str:
    return _eip55(rng.randbytes(20).hex())


def _b64(rng: random.Random, n: int) -> str:
    return base64.b64encode(rng.randbytes(n)).decode()


def _b64url(obj: dict) -> str:
    return (
        base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode())
        .decode()
        .rstrip("=")
    )


def _human_password(rng: random.Random) -> str:
    k = rng.random()
    if k < 0.35:
        w = rng.choice(T.PASSWORD_WORDS)
        return w.capitalize() + str(rng.randint(1, 2025)) + rng.choice("!?#$@*.")
    if k < 0.55:
        w1, w2 = rng.sample(T.PASSWORD_WORDS, 2)
        return w1 + rng.choice("-_.") + w2 + str(rng.randint(10, 99))
    if k < 0.75:
        return _rand(rng, _ALNUM + "!@#$%&*", rng.randint(10, 16))
    leet = str.maketrans({"a": "4", "e": "3", "o": "0", "i": "1", "s": "$"})
    w = rng.choice(T.PASSWORD_WORDS)
    return w[0].upper() + w[1:].translate(leet) + str(rng.randint(0, 99))


def _secret(rng: random.Random, kind: str) -> str:
    if kind == "aws_id":
        return "AKIA" + _rand(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)
    if kind == "aws_secret":
        return _rand(rng, _ALNUM + "+/", 40)
    if kind == "gh":
        if rng.random() < 0.7:
            return "ghp_" + _rand(rng, _ALNUM, 36)
        return "github_pat_11" + _rand(rng, _UPPER_ALNUM, 20) + "_" + _rand(rng, _ALNUM, 59)
    if kind == "gl":
        return "glpat-" + _rand(rng, _ALNUM + "-_", 20)
    if kind == "slack":
        a, b = _pattern(rng, "%" + "#" * 11), _pattern(rng, "%" + "#" * 12)
        return f"xox{rng.choice('bp')}-{a}-{b}-{_rand(rng, _ALNUM, 24)}"
    if kind == "stripe":
        return rng.choice(["sk_live_", "rk_live_"]) + "51" + _rand(rng, _ALNUM, 96)
    if kind == "openai":
        return (
            "sk-proj-" + _rand(rng, _ALNUM + "-_", 74) + "T3BlbkFJ" + _rand(rng, _ALNUM + "-_", 74)
        )
    if kind == "anthropic":
        return "sk-ant-api03-" + _rand(rng, _ALNUM + "-_", 93) + "AA"
    if kind == "google":
        return "AIza" + _rand(rng, _ALNUM + "-_", 35)
    if kind == "hf":
        return "hf_" + _rand(rng, _ALNUM, 34)
    if kind == "npm":
        return "npm_" + _rand(rng, _ALNUM, 36)
    if kind == "sendgrid":
        return "SG." + _rand(rng, _ALNUM + "-_", 22) + "." + _rand(rng, _ALNUM + "-_", 43)
    if kind == "telegram":
        return _pattern(rng, "%" + "#" * 9) + ":AA" + _rand(rng, _ALNUM + "-_", 33)
    if kind == "hex32":
        return rng.randbytes(16).hex()
    if kind == "hex64":
        return rng.randbytes(32).hex()
    if kind == "django":
        return _rand(rng, string.ascii_lowercase + string.digits + "!@#%^&*(-_=+)", 50)
    if kind == "azure":
        return _b64(rng, 64)
    if kind == "b64":
        return _b64(rng, 33)
    if kind == "jwt":
        head = _b64url({"alg": rng.choice(["HS256", "RS256"]), "typ": "JWT"})
        iat = rng.randint(1_700_000_000, 1_760_000_000)
        body = _b64url(
            {
                "sub": str(rng.randint(10_000, 9_999_999)),
                "role": "user",
                "iat": iat,
                "exp": iat + 3600,
            }
        )
        return f"{head}.{body}.{base64.urlsafe_b64encode(rng.randbytes(32)).decode().rstrip('=')}"
    if kind == "pw":
        return _human_password(rng)
    if kind == "dbpw":
        return _rand(rng, _ALNUM, rng.randint(12, 24))
    if kind == "wifi":
        w1, w2 = rng.sample(T.PASSWORD_WORDS, 2)
        return rng.choice([w1 + w2 + str(rng.randint(100, 9999)), _rand(rng, _ALNUM, 12)])
    if kind == "seed":
        return " ".join(rng.sample(T.SEED_WORDS, 12))
    if kind == "pin":
        return _pattern(rng, "####")
    if kind == "pin6":
        return _pattern(rng, "######")
    if kind == "door":
        return _pattern(rng, rng.choice(["####", "#####", "######"]))
    if kind == "otp":
        return (
            _pattern(rng, "#### ####")
            if rng.random() < 0.5
            else _pattern(rng, "^^^^^-^^^^^").lower()
        )
    if kind.startswith("pem"):
        sub = kind.partition("_")[2] or "rsa"
        prefix = {
            "rsa": "MIIEowIBAAKCAQEA",
            "ec": "MHcCAQEEI",
            "ssh": "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW",
        }[sub]
        nbytes = {"rsa": 600, "ec": 90, "ssh": 300}[sub]
        body = prefix + _b64(rng, nbytes)
        body = body[: len(body) - len(body) % 4]
        return "\n".join(body[i : i + 64] for i in range(0, len(body), 64))
    raise KeyError(kind)


# ---------------------------------------------------------------------------------------------
# people
# ---------------------------------------------------------------------------------------------

_FOLD = str.maketrans(
    {"ß": "ss", "ø": "o", "æ": "ae", "ł": "l", "đ": "d", "ı": "i", "þ": "th", "ð": "d", "œ": "oe"}
)


def _ascii(s: str) -> str:
    s = s.lower().translate(_FOLD)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and c.isalnum())


def _split(entry: str, gender: str) -> tuple[str, str]:
    native, _, roman = entry.partition("|")
    roman = roman or native

    def g(x: str) -> str:
        if "/" in x:
            m, f = x.split("/")
            return f if gender == "f" else m
        return x

    return g(native), g(roman)


class _Person:
    def __init__(self, rng: random.Random, cult: str, gender: str | None, native: bool):
        c = T.NAMES[cult]
        self.cult = cult
        self.gender = gender or rng.choice("mf")
        self.native = native
        self.first_n, self.first_r = _split(rng.choice(c[self.gender]), self.gender)
        self.last_n, self.last_r = _split(rng.choice(c["l"]), self.gender)
        self.order = c.get("order", "fl")
        self.rorder = c.get("rorder", self.order)
        self.sep = c.get("sep", " ")
        self.rng = rng
        self._email: str | None = None
        self._handle: str | None = None

    def full(self, roman: bool = False) -> str:
        if roman or not self.native:
            f, l_ = self.first_r, self.last_r
            return f"{l_} {f}" if self.rorder == "lf" else f"{f} {l_}"
        f, l_ = self.first_n, self.last_n
        return f"{l_}{self.sep}{f}" if self.order == "lf" else f"{f}{self.sep}{l_}"

    def first(self, roman: bool = False) -> str:
        return self.first_r if roman or not self.native else self.first_n

    def last(self, roman: bool = False) -> str:
        return self.last_r if roman or not self.native else self.last_n

    def email(self) -> str:
        if self._email is None:
            rng = self.rng
            f, l_ = _ascii(self.first_r), _ascii(self.last_r)
            local = rng.choice(
                [
                    f"{f}.{l_}",
                    f"{f}{l_}",
                    f"{f[0]}{l_}",
                    f"{f}.{l_}{rng.randint(1, 99)}",
                    f"{f}_{l_}",
                    f"{l_}.{f}",
                    f"{f}{rng.randint(70, 99)}",
                    f"{f[0]}.{l_}",
                    f"{l_}{f[0]}",
                ]
            )
            pool = T.EMAIL_DOMAINS.get(self.cult, []) + T.EMAIL_DOMAINS["_"]
            self._email = f"{local}@{rng.choice(pool)}"
        return self._email

    def handle(self) -> str:
        if self._handle is None:
            f, l_ = _ascii(self.first_r), _ascii(self.last_r)
            self._handle = self.rng.choice(
                [f"{f[0]}{l_}", f"{f}.{l_}", f"{f}{l_[0]}", f"{l_}{f[0]}", f"{f}_{l_[:3]}"]
            )
        return self._handle


# ---------------------------------------------------------------------------------------------
# rendering
# ---------------------------------------------------------------------------------------------


def _date_str(rng: random.Random, lang: str, y: int, m: int, d: int) -> str:
    fmts = T.DATE_FORMATS.get(lang) or T.DATE_FORMATS[lang.split("-")[0]]
    f = rng.choice(fmts)
    months = T.MONTHS.get(lang.split("-")[0], T.MONTHS["en"])
    if f == "fa_jalali":
        jy, jm, jd = y - 621, rng.randint(1, 12), rng.randint(1, 29)
        return f"{jy}/{jm:02d}/{jd:02d}".translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
    if f == "ja_era":
        if y >= 1989:
            era = "平成" + ("元" if y == 1989 else str(y - 1988))
        else:
            era = "昭和" + str(y - 1925)
        return f"{era}年{m}月{d}日"
    s = f.format(
        d=d,
        m=m,
        y=y,
        dd=f"{d:02d}",
        mm=f"{m:02d}",
        yy=f"{y % 100:02d}",
        by=y + 543,
        mon=months[m - 1],
        Mon=months[m - 1][:3],
        th=_ordinal(d),
    )
    if lang == "ar" and rng.random() < 0.3:
        s = s.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    if lang == "bn" and rng.random() < 0.4:
        s = s.translate(str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯"))
    return s


def _ordinal(d: int) -> str:
    suf = "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return f"{d}{suf}"


def _address(rng: random.Random, cc: str, one_line: bool = False) -> str:
    spec = T.ADDRESSES[cc]
    city, region, pc = rng.choice(spec["cities"])
    fmts = [f for f in spec["fmts"] if not one_line or "\n" not in f]
    return (
        rng.choice(fmts)
        .format(
            no=_pattern(rng, rng.choice(["%", "%#", "%#", "%##", "%###"])),
            st=rng.choice(spec["streets"]),
            u=_pattern(rng, rng.choice(["%", "%#", "%#@", "%@", "%##"])),
            n=rng.randint(1, 24),
            pc=_pattern(rng, pc),
            city=city,
            reg=region,
        )
        .replace(" ,", ",")
        .replace("  ", " ")
        .strip()
    )


class _Ctx:
    def __init__(self, rng: random.Random, loc: str):
        self.rng = rng
        self.loc = loc
        base = loc.split("-")[0]
        self.base = base
        cc = T.LOC_CC.get(loc)
        if cc is None:
            cc = rng.choice(T.LOC_CC_CHOICES.get(loc, T.LOC_CC_CHOICES["en"]))
        self.cc = cc
        if loc.startswith("en"):
            self.date_lang = "en-us" if cc == "us" else "en"
        else:
            self.date_lang = base
        self.persons: dict[str, _Person] = {}
        self.cache: dict[str, str] = {}
        self.negative = False

    def culture(self) -> tuple[str, bool]:
        rng = self.rng
        opts = T.LOC_CULTURES.get(self.loc) or T.LOC_CULTURES.get(self.base)
        if opts is None:
            opts = T.LOC_CULTURES["en"]
        cult = rng.choice(opts)
        if cult == "*":
            cult = rng.choice(sorted(T.NAMES))
        native = not self.loc.startswith("en") and not self.loc.endswith("-latn")
        native = native and T.NAMES[cult].get("lang") == self.base
        return cult, native


def _person_value(ctx: _Ctx, slot: str, attr: str, args: list[str]) -> tuple[str, str | None]:
    p = ctx.persons.get(slot)
    if p is None:
        cult, native = ctx.culture()
        gender = None
        for a in args:
            if a in ("m", "f"):
                gender = a
            elif a == "n":
                native = True
            elif a == "r":
                native = False
            elif a in T.NAMES:
                cult = a
                native = native and T.NAMES[a].get("lang") == ctx.base
                if "n" in args:
                    native = True
        p = _Person(ctx.rng, cult, gender, native)
        ctx.persons[slot] = p
    if attr == "":
        return p.full(), "PERSON"
    if attr == "r":
        return p.full(roman=True), "PERSON"
    if attr == "f":
        return p.first(), "PERSON"
    if attr == "rf":
        return p.first(roman=True), "PERSON"
    if attr == "l":
        return p.last(), "PERSON"
    if attr == "rl":
        return p.last(roman=True), "PERSON"
    if attr == "fl":
        return p.first().lower(), "PERSON"
    if attr == "lc":
        return p.full().lower(), "PERSON"
    if attr == "L":
        return p.last().upper(), "PERSON"
    if attr == "LF":
        return f"{p.last(True).upper()} {p.first(True)}", "PERSON"
    if attr == "rev":
        return f"{p.last(True)}, {p.first(True)}", "PERSON"
    if attr == "ini":
        return f"{p.first(True)[0]}. {p.last(True)}", "PERSON"
    if attr == "email":
        return p.email(), "EMAIL"
    if attr == "handle":
        ctx.negative = True
        return p.handle(), None
    raise KeyError(f"{slot}.{attr}")


def _fill(ctx: _Ctx, key: str) -> tuple[str, str | None]:
    if key.startswith("="):
        ctx.negative = True
        return key[1:], None
    cache_key = None
    if "#" in key:
        key, _, idx = key.rpartition("#")
        cache_key = key + "#" + idx
        if cache_key in ctx.cache:
            val, cat = ctx.cache[cache_key].split("\x00")
            return val, cat or None
    name, _, arg = key.partition(":")
    args = arg.split(",") if arg else []
    val, cat = _fill_kind(ctx, name, args)
    if cache_key:
        ctx.cache[cache_key] = f"{val}\x00{cat or ''}"
    return val, cat


def _fill_kind(ctx: _Ctx, name: str, args: list[str]) -> tuple[str, str | None]:
    rng = ctx.rng
    a0 = args[0] if args else ""
    m = re.fullmatch(r"(p\d)(?:\.(\w+))?", name)
    if m:
        return _person_value(ctx, m.group(1), m.group(2) or "", args)
    if name == "INFL":
        return rng.choice(T.INFLECTED[a0]), "PERSON"
    if name == "EMAIL":
        cult = a0 if a0 in T.NAMES else ctx.culture()[0]
        return _Person(rng, cult, None, False).email(), "EMAIL"
    if name == "PHONE":
        cc = a0 or ctx.cc
        return _pattern(rng, rng.choice(T.PHONES[cc])), "PHONE"
    if name == "CARD":
        return _card(rng, a0 or None), "CREDIT_CARD"
    if name == "IBAN":
        return _iban(rng, a0 or ctx.cc), "IBAN"
    if name == "SSN":
        return _ssn(rng, a0 == "plain"), "US_SSN"
    if name == "ITIN":
        return _itin(rng), "US_ITIN"
    if name == "IP4":
        return _ip4(rng), "IP"
    if name == "IPPRIV":
        return _ippriv(rng), "IP"
    if name == "IP6":
        return _ip6(rng), "IP"
    if name == "IP":
        return rng.choice([_ip4, _ip4, _ippriv, _ip6])(rng), "IP"
    if name == "MAC":
        return _mac(rng), "MAC"
    if name == "BTC":
        return _btc(rng), "CRYPTO"
    if name == "ETH":
        return _eth(rng), "CRYPTO"
    if name == "CRYPTO":
        return rng.choice([_btc, _eth])(rng), "CRYPTO"
    if name == "DOB":
        child = "child" in args
        lang = next((a for a in args if a != "child"), ctx.date_lang)
        y = rng.randint(2007, 2020) if child else rng.randint(1941, 2006)
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        return _date_str(rng, lang, y, m, d), "DATE_OF_BIRTH"
    if name == "ADDR":
        cc = next((a for a in args if a != "1"), ctx.cc)
        return _address(rng, cc, "1" in args), "ADDRESS"
    if name == "DL":
        key = a0 or ctx.cc
        if key == "us":
            key = rng.choice([k for k in T.DL_FORMATS if k.startswith("us_")])
        fmts = T.DL_FORMATS.get(key) or T.DL_FORMATS[rng.choice(["us_ca", "us_tx", "us_ny"])]
        return _pattern(rng, rng.choice(fmts)), "DRIVER_LICENSE"
    if name == "PASSPORT":
        cc = a0 or ctx.cc
        if cc == "de":
            return rng.choice("CFGHJK") + _rand(rng, "CFGHJKLMNPRTVWXYZ0123456789", 8), "PASSPORT"
        fmts = T.PASSPORT_FORMATS.get(cc, ["@@#######"])
        return _pattern(rng, rng.choice(fmts)), "PASSPORT"
    if name == "SECRET":
        return _secret(rng, a0), "SECRET"
    # ----- unlabeled look-alikes -----
    ctx.negative = True
    return _negative(ctx, name, args), None


def _negative(ctx: _Ctx, name: str, args: list[str]) -> str:
    rng = ctx.rng
    a0 = args[0] if args else ""
    if name == "uuid":
        return "-".join(rng.randbytes(n).hex() for n in (4, 2, 2, 2, 6))
    if name == "sha":
        return rng.randbytes(20).hex()
    if name == "sha7":
        return rng.randbytes(4).hex()[:7]
    if name == "sha256":
        return rng.randbytes(32).hex()
    if name == "ver":
        v = f"{rng.randint(0, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 20)}"
        return rng.choice([v, v, "v" + v, v + "-rc." + str(rng.randint(1, 4)), v + ".post1"])
    if name == "winver":
        return f"10.0.{rng.choice([19045, 22621, 22631, 26100])}.{rng.randint(1000, 5000)}"
    if name == "num":
        lo, hi = (int(x) for x in (a0 or "1-99").split("-"))
        return str(rng.randint(lo, hi))
    if name == "order":
        return _pattern(
            rng,
            rng.choice(
                ["ORD-2025-######", "#%%#####", "W#########", "SO-%%####", "###-#######-#######"]
            ),
        )
    if name == "invoice":
        return _pattern(rng, rng.choice(["INV-2025-0####", "RE-24-#####", "F2025/####", "#######"]))
    if name == "ticket":
        return _pattern(
            rng, rng.choice(["@@-%###", "@@@-%%##", "INC00#####", "CS-%%#####", "#%%####"])
        )
    if name == "case":
        return _pattern(rng, rng.choice(["%%####-###", "CLM-%%#####", "%###/2025", "%%-####-####"]))
    if name == "port":
        return str(
            rng.choice([80, 443, 3000, 5432, 6379, 8000, 8080, 8443, 9200, 27017, 5672, 3306])
        )
    if name == "ts":
        return (
            f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:"
            f"{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}.{rng.randint(0, 999):03d}Z"
        )
    if name == "time":
        return f"{rng.randint(7, 20):02d}:{rng.choice(['00', '15', '30', '45', '10', '50'])}"
    if name == "date":
        y = rng.randint(2023, 2026)
        lang = a0 or ctx.date_lang
        return _date_str(rng, lang, y, rng.randint(1, 12), rng.randint(1, 28))
    if name == "amount":
        return f"{rng.randint(5, 4999)}.{rng.randint(0, 99):02d}"
    if name == "epoch":
        return str(rng.randint(1_700_000_000, 1_760_000_000))
    if name == "pid":
        return str(rng.randint(1000, 65000))
    if name == "hexaddr":
        return "0x" + rng.randbytes(6).hex()
    if name == "tracking":
        return _pattern(
            rng,
            rng.choice(["1Z#^##^#########", "JJD00000#########", "LX#########CN", "9400########"]),
        )
    if name == "flight":
        return rng.choice(T.AIRLINES) + " " + str(rng.randint(10, 2999))
    if name == "pnr":
        return _rand(rng, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6)
    if name == "city":
        return rng.choice(T.ADDRESSES[a0 or ctx.cc]["cities"])[0]
    if name in T.LOOKALIKES:
        return rng.choice(T.LOOKALIKES[name])
    if name == "ph":
        return rng.choice(T.DOC_PLACEHOLDERS)
    if name == "n":
        return str(rng.randint(2, 60))
    raise KeyError(name)


def _render(loc: str, tpl: str, rng: random.Random) -> tuple[Sample, bool]:
    ctx = _Ctx(rng, loc)
    parts: list[str] = []
    spans: list[tuple[str, int, int]] = []
    pos = 0
    last = 0
    for m in _PH.finditer(tpl):
        lit = tpl[last : m.start()]
        parts.append(lit)
        pos += len(lit)
        val, cat = _fill(ctx, m.group(1))
        if cat:
            spans.append((cat, pos, pos + len(val)))
        parts.append(val)
        pos += len(val)
        last = m.end()
    parts.append(tpl[last:])
    return Sample(text="".join(parts), spans=spans), ctx.negative


# ---------------------------------------------------------------------------------------------
# validation and entry point
# ---------------------------------------------------------------------------------------------


def _validate_value(cat: str, value: str) -> bool:
    if cat == "CREDIT_CARD":
        return _luhn_ok(value)
    if cat == "IBAN":
        return _iban_ok(value)
    if cat == "CRYPTO":
        if value.startswith("0x"):
            return _eth_ok(value)
        if value.startswith("bc1"):
            return _bech32_ok(value)
        return _b58_ok(value)
    if cat == "US_SSN":
        d = value.replace("-", "").replace(" ", "")
        return (
            len(d) == 9
            and d[:3] not in ("000", "666")
            and d[0] != "9"
            and d[3:5] != "00"
            and d[5:] != "0000"
        )
    if cat == "US_ITIN":
        d = value.replace("-", "")
        g = int(d[3:5])
        return (
            len(d) == 9
            and d[0] == "9"
            and (50 <= g <= 65 or 70 <= g <= 88 or g in (90, 91, 92) or 94 <= g <= 99)
        )
    return True


def _check(samples: list[Sample]) -> None:
    assert (
        _keccak256(b"").hex() == "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"
    )
    assert (
        _eip55("5aaeb6053f3e94c9b9a09f33669435e7ef1beaed")
        == "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
    )
    assert _iban_ok("GB82 WEST 1234 5698 7654 32")
    assert _bech32_ok("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4")
    for s in samples:
        prev_end = -1
        for cat, start, end in sorted(s.spans, key=lambda x: x[1]):
            assert cat in CATEGORIES, cat
            assert 0 <= start < end <= len(s.text), (start, end)
            value = s.text[start:end]
            assert value == value.strip(), repr(value)
            assert start >= prev_end, ("overlap", s.text)
            assert _validate_value(cat, value), (cat, value)
            prev_end = end


def _all_templates() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    en = [(loc, txt.strip("\n")) for loc, txt in T.TEMPLATES if loc.startswith("en")]
    other = [(loc, txt.strip("\n")) for loc, txt in T.TEMPLATES if not loc.startswith("en")]
    return en, other


def _build(scale: float = 1.0, seed: int = 12012) -> list[tuple[Sample, str, int, bool]]:
    rng = random.Random(seed)
    n = max(1, round(1200 * scale))
    en, other = _all_templates()
    all_t = en + other
    index = {t: i for i, t in enumerate(all_t)}
    n_en = round(n * 0.6)
    picks: list[tuple[str, str]] = []
    for pool, k in ((en, n_en), (other, n - n_en)):
        order: list[tuple[str, str]] = []
        while len(order) < k:
            batch = pool[:]
            rng.shuffle(batch)
            order.extend(batch)
        picks.extend(order[:k])
    rng.shuffle(picks)
    out = []
    for loc, txt in picks:
        sample, neg = _render(loc, txt, rng)
        out.append((sample, loc, index[(loc, txt)], neg))
    return out


def dev12_set(scale: float = 1.0, seed: int = 12012) -> list[Sample]:
    """Return round(1200 * scale) (at least 1) labeled samples, deterministic for ``seed``."""
    samples = [s for s, _, _, _ in _build(scale, seed)]
    _check(samples)
    return samples
