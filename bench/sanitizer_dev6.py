"""dev6: an independent, hand-written evaluation set for the PII sanitizer.

Texts are filled from the templates in `bench.sanitizer_dev6_templates`: chat messages,
multi-turn chats, documents, technical texts and clean texts (look-alikes only) in English and
22 other languages. Names come from hand-written per-culture lists (a small share from Faker's
non-English locales); checksummed values (Luhn, IBAN, base58check, bech32, EIP-55) are computed
here and validated before use.
"""

from __future__ import annotations

import base64
import hashlib
import json
import random
import re
import string
import unicodedata

from bench import sanitizer_dev6_templates as T
from bench.sanitizer_data import Sample

# ---------------------------------------------------------------------------------------------
# checksums


def luhn_ok(number: str) -> bool:
    digits = [int(c) for c in number if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(prefix: str) -> str:
    for d in "0123456789":
        if luhn_ok(prefix + d):
            return prefix + d
    raise AssertionError(prefix)


def _iban_num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    return len(s) > 4 and _iban_num(s[4:] + s[:4]) % 97 == 1


def iban_make(cc: str, bban: str) -> str:
    check = 98 - _iban_num(bban + cc + "00") % 97
    return f"{cc}{check:02d}{bban}"


_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def _dsha(b: bytes) -> bytes:
    return hashlib.sha256(hashlib.sha256(b).digest()).digest()


def b58check_encode(payload: bytes) -> str:
    raw = payload + _dsha(payload)[:4]
    n = int.from_bytes(raw, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = _B58[r] + out
    pad = len(raw) - len(raw.lstrip(b"\0"))
    return "1" * pad + out


def b58check_ok(addr: str) -> bool:
    n = 0
    for c in addr:
        if c not in _B58:
            return False
        n = n * 58 + _B58.index(c)
    pad = len(addr) - len(addr.lstrip("1"))
    raw = b"\0" * pad + (n.to_bytes((n.bit_length() + 7) // 8, "big") if n else b"")
    return len(raw) == 25 and _dsha(raw[:-4])[:4] == raw[-4:]


_B32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values: list[int]) -> int:
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = ((chk & 0x1FFFFFF) << 5) ^ v
        for i in range(5):
            chk ^= gen[i] if (b >> i) & 1 else 0
    return chk


def _hrp(h: str) -> list[int]:
    return [ord(x) >> 5 for x in h] + [0] + [ord(x) & 31 for x in h]


def _bits(data: bytes) -> list[int]:
    acc = bits = 0
    out = []
    for b in data:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            out.append((acc >> bits) & 31)
    if bits:
        out.append((acc << (5 - bits)) & 31)
    return out


def bech32_segwit(program: bytes, hrp: str = "bc") -> str:
    data = [0, *_bits(program)]
    pm = _polymod(_hrp(hrp) + data + [0] * 6) ^ 1
    data += [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_B32[d] for d in data)


def bech32_ok(addr: str) -> bool:
    hrp, _, rest = addr.lower().rpartition("1")
    if not hrp or any(c not in _B32 for c in rest):
        return False
    return _polymod(_hrp(hrp) + [_B32.index(c) for c in rest]) == 1


_ROT = [
    [0, 36, 3, 41, 18],
    [1, 44, 10, 45, 2],
    [62, 6, 43, 15, 61],
    [28, 55, 25, 21, 56],
    [27, 20, 39, 8, 14],
]
_M64 = (1 << 64) - 1


def _rc_bit(t: int) -> int:
    r = 1
    for _ in range(t % 255):
        r <<= 1
        if r & 0x100:
            r ^= 0x171
    return r & 1


_RC = [sum(_rc_bit(j + 7 * i) << ((1 << j) - 1) for j in range(7)) for i in range(24)]


def _rol(v: int, n: int) -> int:
    return ((v << n) | (v >> (64 - n))) & _M64 if n else v


def _keccak_f(a: list[int]) -> list[int]:
    for rnd in range(24):
        c = [a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20] for x in range(5)]
        d = [c[(x - 1) % 5] ^ _rol(c[(x + 1) % 5], 1) for x in range(5)]
        a = [a[i] ^ d[i % 5] for i in range(25)]
        b = [0] * 25
        for x in range(5):
            for y in range(5):
                b[y + 5 * ((2 * x + 3 * y) % 5)] = _rol(a[x + 5 * y], _ROT[x][y])
        a = [
            b[i] ^ (~b[(i + 1) % 5 + 5 * (i // 5)] & b[(i + 2) % 5 + 5 * (i // 5)])
            for i in range(25)
        ]
        a[0] ^= _RC[rnd]
    return a


def keccak256(data: bytes) -> bytes:
    rate = 136
    msg = bytearray(data) + b"\x01"
    while len(msg) % rate:
        msg.append(0)
    msg[-1] |= 0x80
    st = [0] * 25
    for off in range(0, len(msg), rate):
        for i in range(rate // 8):
            st[i] ^= int.from_bytes(msg[off + 8 * i : off + 8 * i + 8], "little")
        st = _keccak_f(st)
    return b"".join(st[i].to_bytes(8, "little") for i in range(4))


def eip55(hex40: str) -> str:
    h = keccak256(hex40.lower().encode()).hex()
    return "0x" + "".join(
        c.upper() if c.isalpha() and int(h[i], 16) >= 8 else c for i, c in enumerate(hex40.lower())
    )


def eip55_ok(addr: str) -> bool:
    return len(addr) == 42 and eip55(addr[2:]) == addr


def _self_test() -> None:
    assert (
        keccak256(b"").hex() == "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"
    )
    assert (
        keccak256(b"abc").hex()
        == "4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45"
    )
    assert (
        eip55("5aaeb6053f3e94c9b9a09f33669435e7ef1beaed")
        == "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
    )
    assert (
        eip55("fb6916095ca1df60bb79ce92ce3ea74c37c5d359")
        == "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359"
    )
    prog = bytes.fromhex("751e76e8199196d454941c45d1b3a323f1433bd6")
    assert bech32_segwit(prog) == "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"
    assert b58check_ok("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2")
    assert not b58check_ok("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3")
    assert iban_ok("GB82 WEST 1234 5698 7654 32") and not iban_ok("GB82 WEST 1234 5698 7654 33")
    assert luhn_ok("4111 1111 1111 1111") and not luhn_ok("4111 1111 1111 1112")


_self_test()

# ---------------------------------------------------------------------------------------------
# helpers

_FOLD = str.maketrans(
    {"ß": "ss", "ø": "o", "æ": "ae", "ł": "l", "đ": "d", "ı": "i", "œ": "oe", "Ł": "L", "Đ": "D"}
)


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.translate(_FOLD))
    return "".join(c for c in s if c.isascii() and c.isalnum()).lower()


def pattern(rng: random.Random, pat: str) -> str:
    """'#' digit, '%' digit 1-9, '@' upper letter, '*' upper letter or digit; rest literal."""
    out = []
    for c in pat:
        if c == "#":
            out.append(rng.choice(string.digits))
        elif c == "%":
            out.append(rng.choice("123456789"))
        elif c == "@":
            out.append(rng.choice(string.ascii_uppercase))
        elif c == "*":
            out.append(rng.choice(string.ascii_uppercase + string.digits))
        else:
            out.append(c)
    return "".join(out)


def _alts(s: str) -> list[str]:
    return [x.strip() for x in s.split("|") if x.strip()]


def _weighted(spec: str) -> list[tuple[str, int]]:
    out = []
    for tok in spec.split():
        code, _, w = tok.partition(":")
        out.append((code, int(w or 1)))
    return out


def _wchoice(rng: random.Random, items: list[tuple[str, int]]) -> str:
    return rng.choices([c for c, _ in items], weights=[w for _, w in items])[0]


_PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")

# ---------------------------------------------------------------------------------------------
# names


class Culture:
    def __init__(self, code: str, spec: dict) -> None:
        self.code = code
        self.order = spec.get("order", "w")
        self.given = [self._tok(t) for t in spec["given"].split()]
        self.family = [self._fam(t) for t in spec.get("family", "").split()]
        self.middle = [self._tok(t) for t in spec.get("middle", "").split()]
        self.patr = [self._fam(t) for t in spec.get("patr", "").split()]
        self.nicks = [self._tok(t) for t in spec.get("nicks", "").split()]
        self.faker = spec.get("faker")

    @staticmethod
    def _tok(tok: str) -> tuple[str, str, str]:
        """'Roman/Native:g' -> (roman, native, gender)."""
        body, _, g = tok.partition(":")
        roman, _, native = body.partition("/")
        roman = roman.replace("_", " ")
        return roman, (native or roman).replace("_", " "), g or "x"

    @staticmethod
    def _fam(tok: str) -> dict[str, tuple[str, str]]:
        """'Novak|Novakova/Native|Native' -> {'m': (roman, native), 'f': (...)}."""
        roman, _, native = tok.partition("/")
        rm, _, rf = roman.partition("|")
        native = native or roman
        nm, _, nf = native.partition("|")
        rm, rf, nm, nf = (x.replace("_", " ") for x in (rm, rf or rm, nm, nf or nm))
        return {"m": (rm, nm), "f": (rf, nf)}


CULTURES = {code: Culture(code, spec) for code, spec in T.CULTURES.items()}
NICK = dict(pair.split("=") for pair in T.NICKNAMES.split())
HONORIFICS = {lang: hon.split("|") for lang, hon in T.HONORIFICS.items()}


class Person:
    def __init__(self, ctx: Ctx, culture: Culture, gender: str) -> None:
        rng = ctx.rng
        self.ctx = ctx
        self.culture = culture
        pool = [g for g in culture.given if g[2] in (gender, "x")] or culture.given
        given, ngiven, g = rng.choice(pool)
        self.gender = gender if g == "x" else g
        gk = self.gender
        self.fam, self.nfam = "", ""
        self.patr = self.npatr = ""
        order = culture.order
        if order == "e" and ctx.lang == "en" and rng.random() < 0.5:
            order = "w"
        self.order = order
        if culture.family:
            self.fam, self.nfam = rng.choice(culture.family)[gk]
        if order in ("es", "pt") and rng.random() < 0.75:
            fam2, nfam2 = rng.choice(culture.family)[gk]
            if fam2 != self.fam:
                self.fam += " " + fam2
                self.nfam += " " + nfam2
        if culture.patr:
            self.patr, self.npatr = rng.choice(culture.patr)[gk]
        self.from_faker = False
        fk = ctx.fakers.get(culture.faker) if culture.faker else None
        if fk is not None and rng.random() < T.FAKER_SHARE:
            self.from_faker = True
            given = fk.first_name_female() if gk == "f" else fk.first_name_male()
            ngiven = given
            last = getattr(
                fk, "last_name_female" if gk == "f" else "last_name_male", fk.last_name
            )()
            self.fam = self.nfam = last
        self.given, self.ngiven = given, ngiven
        self.middle = ""
        if order == "vi":
            opts = [m for m in culture.middle if m[2] in (gk, "x")]
            self.middle = rng.choice(opts)[0]
        if order == "ms":
            self.fam = self.nfam = ("bin " if gk == "m" else "binti ") + rng.choice(culture.patr)[
                "m"
            ][0]
            self.patr = ""
        if order == "et":
            self.fam = self.nfam = rng.choice([x for x in culture.given if x[2] == "m"])[0]
        self.nick = NICK.get(given, given)
        if culture.nicks:
            self.nick = rng.choice(culture.nicks)[0]
        n = rng.randrange(100)
        self.num = f"{n:02d}" if rng.random() < 0.5 else str(rng.randrange(1960, 2006))[2:]
        self._email: dict[str, str] = {}
        self._login = ""
        ctx.stats["names_list" if not self.from_faker else "names_faker"] += 1

    # ---- forms
    def _full(self, given: str, fam: str, middle: str = "") -> str:
        o = self.order
        if o == "e":
            return f"{fam} {given}"
        if o == "vi":
            return f"{fam} {middle} {given}"
        return f"{given} {fam}".strip()

    def surname(self) -> str:
        if self.order in ("ms", "et", "th"):
            return self.given
        fam = self.fam.split(" ")[-1] if self.order == "pt" and " " in self.fam else self.fam
        if self.order == "es" and " " in self.fam and not self.fam.startswith("de "):
            fam = self.fam.split(" ")[0]
        if self.culture.code == "nl":
            fam = fam[0].upper() + fam[1:]
        return fam

    def _last_word(self) -> str:
        if self.order in ("ms", "et"):
            return self.fam.split(" ")[-1]
        return fold(self.surname() if self.order not in ("th",) else self.fam) or fold(self.fam)

    def login(self) -> str:
        if not self._login:
            rng = self.ctx.rng
            f = fold(self.given.split(" ")[0].split("-")[0]) or "user"
            lw = self._last_word() or f
            pats = [
                f"{f[0]}{lw}",
                f"{f}.{lw}",
                f"{f}{lw[0]}",
                f"{lw}{f[0]}",
                f"{f}_{lw}{self.num}",
                f"{f}{self.num}",
                f"{f}-{lw}",
                f"{f}.{lw[0]}",
            ]
            self._login = rng.choice(pats)
        return self._login

    def email(self, domain: str = "") -> str:
        if domain not in self._email:
            rng = self.ctx.rng
            f = fold(self.given.split(" ")[0]) or "mail"
            lw = self._last_word() or f
            local = rng.choice(
                [
                    f"{f}.{lw}",
                    f"{f}{lw}",
                    f"{f}_{lw}{self.num}",
                    f"{f[0]}{lw}",
                    f"{lw}.{f}",
                    f"{f}{self.num}",
                    f"{f}.{lw}{self.num}",
                ]
            )
            if domain:
                local = rng.choice([f"{f}.{lw}", f"{f[0]}.{lw}", f"{f[0]}{lw}", f])
            dom = {"work": rng.choice(T.WORK_DOMAINS), "uni": rng.choice(T.UNI_DOMAINS)}.get(
                domain, domain
            )
            dom = dom or rng.choice(self.ctx.country["email"].split())
            self._email[domain] = f"{local}@{dom}"
        return self._email[domain]

    def typo(self) -> str:
        rng = self.ctx.rng
        full = self._full(self.given, self.fam, self.middle)
        word_starts = [
            i for i, c in enumerate(full) if c.isalpha() and (i == 0 or full[i - 1] == " ")
        ]
        for _ in range(20):
            i = rng.randrange(1, len(full) - 1)
            if not (full[i].isalpha() and full[i + 1].isalpha()) or i in word_starts:
                continue
            op = rng.randrange(3)
            if op == 0:
                return full[:i] + full[i + 1] + full[i] + full[i + 2 :]
            if op == 1:
                return full[:i] + full[i + 1 :]
            return full[:i] + full[i] + full[i:]
        return full.lower()

    def form(self, field: str, arg: str) -> tuple[str, str | None]:
        """(value, category) of a person field."""
        full = self._full(self.given, self.fam, self.middle)
        nfull = self._full(self.ngiven, self.nfam, self.middle)
        sur = self.surname()
        rev = full if self.order in ("ms", "et") else f"{self.fam}, {self.given}"
        if self.order == "e":
            rev = f"{self.fam}, {self.given}"
        if field == "full":
            return full, "PERSON"
        if field == "first":
            return self.given, "PERSON"
        if field == "last":
            return sur, "PERSON"
        if field == "rev":
            return rev, "PERSON"
        if field == "REV":
            return (
                rev if self.order in ("ms", "et") else f"{self.fam.upper()}, {self.given}"
            ), "PERSON"
        if field == "LAST":
            return sur.upper(), "PERSON"
        if field == "CAPS":
            return full.upper(), "PERSON"
        if field == "init":
            if self.order in ("ms", "et"):
                return full, "PERSON"
            ini = "-".join(p[0] + "." for p in self.given.split(" ")[0].split("-"))
            return f"{ini} {self.fam}", "PERSON"
        if field == "low":
            return full.lower(), "PERSON"
        if field == "lowfirst":
            return self.given.lower(), "PERSON"
        if field == "nick":
            return self.nick, "PERSON"
        if field == "login":
            return self.login(), "PERSON"
        if field == "typo":
            return self.typo(), "PERSON"
        if field == "nfull":
            return nfull, "PERSON"
        if field == "nfirst":
            return self.ngiven, "PERSON"
        if field == "nlast":
            return (self.ngiven if self.order in ("ms", "et", "th") else self.nfam), "PERSON"
        if field == "offic":
            return " ".join(x for x in (self.fam, self.given, self.patr) if x), "PERSON"
        if field == "noffic":
            return " ".join(x for x in (self.nfam, self.ngiven, self.npatr) if x), "PERSON"
        if field == "email":
            return self.email(arg), "EMAIL"
        if field == "hon":
            hon = HONORIFICS.get(self.ctx.lang, HONORIFICS["en"])
            return hon[0 if self.gender == "m" else 1], None
        if field == "g":
            opts = arg.split("|")
            return opts[0 if self.gender == "m" else -1], None
        raise KeyError(f"person field {field}")


# ---------------------------------------------------------------------------------------------
# values


def _rand_ipv4(rng: random.Random, kind: str) -> str:
    if kind == "priv" or (not kind and rng.random() < 0.35):
        return rng.choice(
            [
                f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                f"192.168.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                f"172.{rng.randrange(16, 32)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
            ]
        )
    while True:
        a = rng.randrange(1, 224)
        if a in (10, 100, 127, 169, 172, 192, 198, 203):
            continue
        return f"{a}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"


def _rand_ipv6(rng: random.Random) -> str:
    head = rng.choice(["2a02", "2600", "2001:0470", "2a01", "2806", "2c0f", "2405", "fe80"])
    groups = head.split(":")
    if head == "fe80":
        return "fe80::" + ":".join(f"{rng.randrange(65536):x}" for _ in range(4))
    while len(groups) < 8:
        groups.append(f"{rng.randrange(65536):x}")
    if rng.random() < 0.5:
        return ":".join(groups[:4]) + "::" + ":".join(groups[6:])
    return ":".join(groups)


def _card(rng: random.Random) -> str:
    kind = rng.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
    if kind == "amex":
        num = luhn_complete(rng.choice(["34", "37"]) + pattern(rng, "#" * 12))
        sep = rng.choice([" ", "-", ""])
        out = f"{num[:4]}{sep}{num[4:10]}{sep}{num[10:]}"
    else:
        pre = {
            "visa": "4",
            "mc": str(rng.randrange(51, 56)),
            "mc2": str(rng.randrange(2221, 2721)),
            "disc": "6011",
        }[kind]
        num = luhn_complete(pre + pattern(rng, "#" * (15 - len(pre))))
        sep = rng.choice([" ", " ", "-", ""])
        out = sep.join(num[i : i + 4] for i in range(0, 16, 4))
    assert luhn_ok(out)
    return out


def _iban(rng: random.Random, cc: str) -> str:
    spec = T.IBAN_BBAN.get(cc) or T.IBAN_BBAN[rng.choice(sorted(T.IBAN_BBAN))]
    if cc not in T.IBAN_BBAN:
        cc = next(k for k, v in T.IBAN_BBAN.items() if v == spec)
    iban = iban_make(cc, pattern(rng, spec))
    assert iban_ok(iban)
    if rng.random() < 0.65:
        return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    return iban


def _ssn(rng: random.Random) -> str:
    while True:
        area = rng.randrange(1, 900)
        if area != 666:
            break
    return f"{area:03d}-{rng.randrange(1, 100):02d}-{rng.randrange(1, 10000):04d}"


def _itin(rng: random.Random) -> str:
    group = rng.choice([*range(50, 66), *range(70, 89), *range(90, 93), *range(94, 100)])
    return f"9{rng.randrange(100):02d}-{group}-{rng.randrange(1, 10000):04d}"


def _mac(rng: random.Random) -> str:
    b = [rng.randrange(256) for _ in range(6)]
    b[0] &= 0xFE
    style = rng.randrange(4)
    if style == 0:
        return ":".join(f"{x:02x}" for x in b)
    if style == 1:
        return ":".join(f"{x:02X}" for x in b)
    if style == 2:
        return "-".join(f"{x:02X}" for x in b)
    h = "".join(f"{x:02x}" for x in b)
    return f"{h[:4]}.{h[4:8]}.{h[8:]}"


def _btc(rng: random.Random, kind: str = "") -> str:
    kind = kind or rng.choice(["p2pkh", "p2sh", "bech32", "bech32"])
    prog = bytes(rng.randrange(256) for _ in range(20))
    if kind == "bech32":
        out = bech32_segwit(prog)
        assert bech32_ok(out)
        return out
    out = b58check_encode((b"\x00" if kind == "p2pkh" else b"\x05") + prog)
    assert b58check_ok(out)
    return out


def _eth(rng: random.Random) -> str:
    out = eip55("".join(rng.choice("0123456789abcdef") for _ in range(40)))
    assert eip55_ok(out)
    return out


def _tok(rng: random.Random, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _b64(rng: random.Random, n: int) -> str:
    return base64.b64encode(bytes(rng.randrange(256) for _ in range(n))).decode()


def _b64u(rng: random.Random, n: int) -> str:
    return (
        base64.urlsafe_b64encode(bytes(rng.randrange(256) for _ in range(n))).decode().rstrip("=")
    )


def _password(rng: random.Random) -> str:
    style = rng.randrange(4)
    if style == 0:
        w = rng.choice(T.PASSWORD_WORDS)
        return f"{w.capitalize()}{rng.randrange(1, 2026)}{rng.choice('!?#$*.')}"
    if style == 1:
        return _tok(rng, rng.randrange(14, 24), string.ascii_letters + string.digits + "!#%^*-_+=")
    if style == 2:
        ws = rng.sample(T.PASSWORD_WORDS, 3)
        return rng.choice("-._").join(ws) + str(rng.randrange(10, 99))
    w = rng.choice(T.PASSWORD_WORDS)
    leet = w.replace("a", "@").replace("o", "0").replace("e", "3").replace("i", "1")
    return leet.capitalize() + rng.choice(["!", "#1", "$$", "2024", "_99"])


def _secret(rng: random.Random, kind: str) -> str:
    kinds = [
        "aws_id", "aws_key", "gh", "ghpat", "gitlab", "slack", "stripe", "openai", "anthropic",
        "google", "hf", "npm", "sendgrid", "twilio", "jwt", "hex32", "hex64", "session", "azure",
    ]  # fmt: skip
    if not kind:
        kind = rng.choice(kinds)
    up = string.ascii_uppercase + "234567"
    an = string.ascii_letters + string.digits
    if kind == "aws_id":
        return rng.choice(["AKIA", "ASIA"]) + _tok(rng, 16, up)
    if kind == "aws_key":
        return _tok(rng, 40, an + "+/")
    if kind == "gh":
        return rng.choice(["ghp_", "gho_", "ghs_"]) + _tok(rng, 36)
    if kind == "ghpat":
        return (
            f"github_pat_11{_tok(rng, 20, string.ascii_uppercase + string.digits)}_{_tok(rng, 59)}"
        )
    if kind == "gitlab":
        return "glpat-" + _tok(rng, 20, an + "-_")
    if kind == "slack":
        team, bot = rng.randrange(10**11, 10**12), rng.randrange(10**12, 10**13)
        return f"xox{rng.choice('bp')}-{team}-{bot}-{_tok(rng, 24)}"
    if kind == "slackhook":
        return _tok(rng, 24)
    if kind == "stripe":
        return rng.choice(["sk_live_", "rk_live_"]) + _tok(rng, rng.choice([24, 99]))
    if kind == "openai":
        return "sk-proj-" + _tok(rng, 74, an + "-_") + "T3BlbkFJ" + _tok(rng, 20)
    if kind == "anthropic":
        return "sk-ant-api03-" + _tok(rng, 93, an + "-_") + "AA"
    if kind == "google":
        return "AIza" + _tok(rng, 35, an + "-_")
    if kind == "hf":
        return "hf_" + _tok(rng, 34, string.ascii_letters)
    if kind == "npm":
        return "npm_" + _tok(rng, 36)
    if kind == "sendgrid":
        return f"SG.{_tok(rng, 22, an + '-_')}.{_tok(rng, 43, an + '-_')}"
    if kind == "twilio":
        return "SK" + _tok(rng, 32, "0123456789abcdef")
    if kind == "jwt":
        head = _b64u_json({"alg": rng.choice(["HS256", "RS256"]), "typ": "JWT"})
        body = _b64u_json(
            {"sub": str(rng.randrange(10**6, 10**7)), "iat": rng.randrange(1700000000, 1760000000)}
        )
        return f"{head}.{body}.{_b64u(rng, 32)}"
    if kind == "hex32":
        return _tok(rng, 32, "0123456789abcdef")
    if kind == "hex64":
        return _tok(rng, 64, "0123456789abcdef")
    if kind == "session":
        return rng.choice([_tok(rng, 32, string.ascii_lowercase + string.digits), _b64u(rng, 36)])
    if kind == "azure":
        return _b64(rng, 64)
    if kind == "pw":
        return _password(rng)
    if kind == "pem":
        body = _b64(rng, rng.choice([180, 228, 270]))
        return "\n".join(body[i : i + 64] for i in range(0, len(body), 64))
    if kind == "discord":
        return _b64u(rng, 51)
    if kind == "tg":
        return f"{rng.randrange(10**9, 10**10)}:AA{_tok(rng, 33, an + '-_')}"
    if kind == "basic":
        return _b64(rng, rng.randrange(18, 30))
    raise KeyError(f"secret kind {kind}")


def _b64u_json(obj: dict) -> str:
    return (
        base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode())
        .decode()
        .rstrip("=")
    )


def _fmt_date(ctx: Ctx, y: int, m: int, d: int, style: str = "") -> str:
    lang = ctx.lang
    if lang == "fa" and style != "iso":
        jy, jm, jd = y - 621, (m + 8) % 12 + 1, min(d, 29)
        out = f"{jy}/{jm:02d}/{jd:02d}"
        return out.translate(_PERSIAN_DIGITS) if ctx.rng.random() < 0.5 else out
    key = lang
    if lang == "en":
        key = "en-US" if ctx.cc in ("US", "PH") else "en"
    styles = T.DATE_STYLES.get(key, T.DATE_STYLES["en"])
    fmt = {"iso": "{Y}-{mm}-{dd}", "num": styles[0], "long": styles[-1]}.get(
        style
    ) or ctx.rng.choice(styles)
    months = T.MONTHS.get(lang, T.MONTHS["en"]).split()
    return fmt.format(
        Y=y,
        BE=y + 543,
        m=m,
        d=d,
        mm=f"{m:02d}",
        dd=f"{d:02d}",
        M=months[m - 1],
        Mon=months[m - 1][:3],
    )


def _dl(ctx: Ctx, where: str) -> str:
    rng = ctx.rng
    if where.startswith("US"):
        state = where[3:] or rng.choice(sorted(T.US_DL))
        return pattern(rng, rng.choice(_alts(T.US_DL[state])))
    if where == "IN":
        st = rng.choice(["MH", "KA", "DL", "TN", "UP", "WB", "GJ", "TS"])
        return (
            f"{st}{rng.randrange(1, 60):02d} {rng.randrange(1995, 2024)}{pattern(rng, '#######')}"
        )
    if where == "UA":
        return "".join(rng.choice("АВЕКМНОРСТХ") for _ in range(3)) + " " + pattern(rng, "######")
    if where == "GB":
        fam = (fold(rng.choice(CULTURES["en"].family)["m"][0]).upper() + "99999")[:5]
        month = rng.choice("0156") + pattern(rng, "%")
        return f"{fam}{pattern(rng, '%#')}{month}{pattern(rng, '##@@9@@')}"
    pats = ctx.country_of(where).get("dl", "##########")
    return pattern(rng, rng.choice(_alts(pats)))


def _passport(ctx: Ctx, where: str) -> str:
    rng = ctx.rng
    if where == "DE":
        return "C" + "".join(rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
    pats = ctx.country_of(where).get("passport", "@########")
    return pattern(rng, rng.choice(_alts(pats)))


def _phone(ctx: Ctx, where: str, arg: str) -> str:
    rng = ctx.rng
    c = ctx.country_of(where)
    kind = arg or rng.choice(["nat", "nat", "intl"])
    out = pattern(rng, rng.choice(_alts(c["intl" if kind == "intl" else "phone"])))
    if where == "IR" and rng.random() < 0.3:
        out = out.translate(_PERSIAN_DIGITS)
    return out


def _address(ctx: Ctx, where: str, arg: str) -> str:
    rng = ctx.rng
    c = ctx.country_of(where)
    fmt = rng.choice(_alts(c["addr"]))
    lo, hi = c.get("nrange", (1, 240))
    out = fmt.format(
        n=rng.randrange(lo, hi),
        m=rng.randrange(1, 90),
        a=rng.randrange(1, 40),
        s=rng.choice(_alts(c["streets"])),
        c=rng.choice(_alts(c["cities"])),
        b=rng.choice(_alts(c.get("buildings", "Block A"))),
        x=rng.choice(["a", "b", ""]),
    )
    if arg == "ml":
        sep = c.get("mlsep", ", ")
        head, _, tail = out.rpartition(sep)
        out = f"{head}\n{tail}" if head else out
    elif arg == "caps":
        out = out.upper()
    return out


VALUE_CATS = {
    "email": "EMAIL", "phone": "PHONE", "addr": "ADDRESS", "cc": "CREDIT_CARD", "iban": "IBAN",
    "ssn": "US_SSN", "itin": "US_ITIN", "ip": "IP", "mac": "MAC", "btc": "CRYPTO", "eth": "CRYPTO",
    "crypto": "CRYPTO", "secret": "SECRET", "dob": "DATE_OF_BIRTH", "dl": "DRIVER_LICENSE",
    "passport": "PASSPORT",
}  # fmt: skip


class Ctx:
    def __init__(
        self, rng: random.Random, lang: str, cc: str, cultures: str, fakers: dict, stats: dict
    ) -> None:
        self.rng = rng
        self.lang = lang
        self.cc = cc
        self.country = T.COUNTRIES[cc]
        self.cultures = _weighted(cultures or self.country["cultures"])
        self.fakers = fakers
        self.stats = stats
        self.persons: dict[str, Person] = {}
        self.memo: dict[tuple, str] = {}

    def country_of(self, where: str) -> dict:
        return T.COUNTRIES.get(where[:2], self.country) if where else self.country

    def person(self, slot: str) -> Person:
        if slot not in self.persons:
            gender = {"f": "f", "m": "m"}.get(slot[0]) or self.rng.choice("mf")
            self.persons[slot] = Person(self, CULTURES[_wchoice(self.rng, self.cultures)], gender)
        return self.persons[slot]

    def value(self, name: str, arg: str, where: str) -> tuple[str, str | None]:
        rng = self.rng
        cc = where or self.cc
        if name in VALUE_CATS:
            cat = VALUE_CATS[name]
            if name == "email":
                return self.person(f"_e{len(self.persons)}").email(arg), cat
            if name == "phone":
                return _phone(self, cc, arg), cat
            if name == "addr":
                return _address(self, cc, arg), cat
            if name == "cc":
                return _card(rng), cat
            if name == "iban":
                return _iban(rng, cc[:2] if where else self.country.get("iban", "")), cat
            if name == "ssn":
                return _ssn(rng), cat
            if name == "itin":
                return _itin(rng), cat
            if name == "ip":
                return (_rand_ipv6(rng) if arg == "v6" else _rand_ipv4(rng, arg)), cat
            if name == "mac":
                return _mac(rng), cat
            if name == "btc":
                return _btc(rng, arg), cat
            if name == "eth":
                return _eth(rng), cat
            if name == "crypto":
                return (_eth(rng) if rng.random() < 0.4 else _btc(rng)), cat
            if name == "secret":
                return _secret(rng, arg), cat
            if name == "dob":
                y = rng.randrange(2009, 2020) if arg == "child" else rng.randrange(1941, 2004)
                style = "" if arg == "child" else arg
                return _fmt_date(self, y, rng.randrange(1, 13), rng.randrange(1, 29), style), cat
            if name == "dl":
                return _dl(self, where or self.cc), cat
            if name == "passport":
                return _passport(self, cc), cat
        return self.keep(name, arg), None

    def keep(self, name: str, arg: str) -> str:
        rng = self.rng
        hexd = "0123456789abcdef"
        if name == "pick":
            return rng.choice(arg.split("|"))
        if name == "int":
            lo, _, hi = arg.partition("-")
            return str(rng.randrange(int(lo), int(hi) + 1))
        if name == "num":
            return pattern(rng, "%" + "#" * (int(arg) - 1))
        if name == "pat":
            return pattern(rng, arg.replace("~", "#").replace("^", "@"))
        if name == "uuid":
            return "-".join(_tok(rng, n, hexd) for n in (8, 4, 4, 4, 12))
        if name == "sha":
            return _tok(rng, 40, hexd)
        if name == "sha7":
            return _tok(rng, 7, hexd)
        if name == "sha256":
            return _tok(rng, 64, hexd)
        if name == "ver":
            return f"{rng.randrange(0, 9)}.{rng.randrange(0, 30)}.{rng.randrange(0, 20)}"
        if name == "build":
            return f"{rng.randrange(1, 130)}.0.{rng.randrange(1000, 9999)}.{rng.randrange(10, 300)}"
        if name == "order":
            return pattern(
                rng, rng.choice(["%#######", "@@-%#####", "%##-%######-%######", "ORD-%#####"])
            )
        if name == "ticket":
            return pattern(rng, rng.choice(["@@@-%###", "@@-%##", "INC%######", "#%####"]))
        if name == "track":
            return pattern(
                rng,
                rng.choice(["1Z%##@##%#########", "JD0%#######GB", "%##########", "@@%########@@"]),
            )
        if name == "pnr":
            return pattern(rng, "******").replace("0", "Q")
        if name == "flight":
            return rng.choice(
                ["LH", "AF", "TK", "ET", "QR", "BA", "LA", "AM", "KL", "TG", "MH"]
            ) + str(rng.randrange(10, 1999))
        if name == "ts":
            day = f"20{rng.randrange(23, 26)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
            return f"{day}T{rng.randrange(24):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}Z"
        if name == "date":
            y = rng.randrange(2022, 2026)
            return _fmt_date(self, y, rng.randrange(1, 13), rng.randrange(1, 29), arg)
        if name == "time":
            return f"{rng.randrange(7, 22):02d}:{rng.choice(['00', '15', '30', '45', '10', '50'])}"
        if name == "amount":
            return f"{rng.randrange(3, 2500)}.{rng.randrange(100):02d}"
        if name == "port":
            return str(
                rng.choice([443, 5432, 6379, 8080, 8443, 3000, 9200, 27017, 5672, 3306, 8000])
            )
        if name == "coord":
            return f"{rng.uniform(-40, 60):.5f}, {rng.uniform(-120, 120):.5f}"
        if name == "city":
            return rng.choice(_alts(self.country.get("plaincities", "Lisbon|Nairobi|Denver|Osaka")))
        if name == "company":
            return rng.choice(T.COMPANIES)
        if name == "pub":
            return rng.choice(T.PUBLIC_FIGURES)
        if name == "tool":
            return rng.choice(T.TOOLS)
        if name == "hex":
            return _tok(rng, int(arg), hexd)
        if name == "tok":
            return _tok(rng, int(arg))
        if name == "localip":
            return rng.choice(["127.0.0.1", "0.0.0.0", "localhost", "::1"])
        raise KeyError(f"placeholder {name}")


_PH = re.compile(r"⟦([a-z_]\w*)(?:\.(\w+))?(?::([^@#⟧]*))?(?:@([A-Z][A-Z\-]*))?(?:#(\w+))?⟧")
_REP = re.compile(r"⟦rep:(\d+)-(\d+)⟧(.*?)⟦/rep⟧", re.S)


def _expand_reps(rng: random.Random, text: str) -> str:
    def one(m: re.Match) -> str:
        n = rng.randrange(int(m.group(1)), int(m.group(2)) + 1)
        body = m.group(3)
        parts = []
        for i in range(n):
            b = body.replace("⟦r.", f"⟦r{i}.")
            b = re.sub(r"#(\w+)⟧", rf"#\1_{i}⟧", b)
            b = b.replace("⟦i⟧", str(i + 1))
            parts.append(b)
        return "".join(parts)

    return _REP.sub(one, text)


def fill(ctx: Ctx, template: str) -> Sample:
    text = _expand_reps(ctx.rng, template.strip("\n"))
    out: list[str] = []
    spans: list[tuple[str, int, int]] = []
    pos = 0
    length = 0
    for m in _PH.finditer(text):
        lit = text[pos : m.start()]
        out.append(lit)
        length += len(lit)
        name, field, arg, where, key = m.groups()
        arg, where = arg or "", where or ""
        if field is not None:
            if not re.fullmatch(r"[pfmr]\d*|_e\d+", name):
                raise KeyError(f"bad slot {name}")
            val, cat = ctx.person(name).form(field, arg)
        elif key is not None and (name, arg, where, key) in ctx.memo:
            val, cat = ctx.memo[(name, arg, where, key)]
        else:
            val, cat = ctx.value(name, arg, where)
            if key is not None:
                ctx.memo[(name, arg, where, key)] = (val, cat)
        if cat is not None:
            assert val and val == val.strip(), (name, val)
            spans.append((cat, length, length + len(val)))
        out.append(val)
        length += len(val)
        pos = m.end()
    out.append(text[pos:])
    full = "".join(out)
    assert "⟦" not in full and "⟧" not in full, full[:200]
    return Sample(full, spans)


def _check(sample: Sample, clean: bool, values: list[str] | None = None) -> None:
    text, spans = sample.text, sample.spans
    assert spans == sorted(spans, key=lambda s: (s[1], s[2]))
    prev = 0
    for cat, s, e in spans:
        assert 0 <= prev <= s < e <= len(text), (cat, s, e)
        v = text[s:e]
        assert v == v.strip() and v, (cat, v)
        if cat == "CREDIT_CARD":
            assert luhn_ok(v)
        elif cat == "IBAN":
            assert iban_ok(v)
        elif cat == "CRYPTO":
            assert (
                eip55_ok(v)
                if v.startswith("0x")
                else (bech32_ok(v) if v.startswith("bc1") else b58check_ok(v))
            )
        prev = e
    assert (not spans) if clean else bool(spans), text[:300]


def _pool_cycle(rng: random.Random, items: list, n: int) -> list:
    out: list = []
    while len(out) < n:
        batch = list(items)
        rng.shuffle(batch)
        out.extend(batch)
    return out[:n]


def dev6_set(scale: float = 1.0, seed: int = 7373) -> list[Sample]:
    from faker import Faker

    rng = random.Random(seed)
    fakers = {}
    for i, loc in enumerate(sorted({c.faker for c in CULTURES.values() if c.faker})):
        fk = Faker(loc)
        fk.seed_instance(seed + i)
        fakers[loc] = fk
    stats = {"names_list": 0, "names_faker": 0}
    n = max(10, round(1200 * scale))
    n_clean = round(0.2 * n)
    n_foreign = round(0.25 * n)
    foreign_clean = round(0.2 * n_clean)
    eng_clean = n_clean - foreign_clean
    foreign_lab = n_foreign - foreign_clean
    eng_lab = n - n_clean - foreign_lab

    tpls = [T.Tpl(*t) if not isinstance(t, T.Tpl) else t for t in T.TEMPLATES]
    eng = [t for t in tpls if t.lang == "en"]
    frn = [t for t in tpls if t.lang != "en"]
    jobs: list[T.Tpl] = []
    jobs += _pool_cycle(rng, [t for t in eng if t.kind != "clean"], eng_lab)
    jobs += _pool_cycle(rng, [t for t in eng if t.kind == "clean"], eng_clean)
    jobs += _pool_cycle(rng, [t for t in frn if t.kind == "clean"], foreign_clean)
    langs = sorted({t.lang for t in frn if t.kind != "clean"})
    for lang in _pool_cycle(rng, langs, foreign_lab):
        pool = [t for t in frn if t.kind != "clean" and t.lang == lang]
        jobs.append(pool[rng.randrange(len(pool))])
    rng.shuffle(jobs)

    samples: list[Sample] = []
    counts: dict[str, dict[str, int]] = {"kind": {}, "lang": {}, "domain": {}, "labels": {}}
    for tpl in jobs:
        cc = rng.choice(tpl.countries.split()) if tpl.countries else T.LANG_COUNTRY[tpl.lang]
        ctx = Ctx(rng, tpl.lang, cc, tpl.cultures, fakers, stats)
        sample = fill(ctx, tpl.text)
        _check(sample, tpl.kind == "clean")
        samples.append(sample)
        for key, val in (("kind", tpl.kind), ("lang", tpl.lang), ("domain", tpl.domain)):
            counts[key][val] = counts[key].get(val, 0) + 1
        for cat, _, _ in sample.spans:
            counts["labels"][cat] = counts["labels"].get(cat, 0) + 1
    for key in counts:
        counts[key] = dict(sorted(counts[key].items()))
    dev6_set.last_counts = {
        "texts": len(samples),
        "clean": sum(1 for s in samples if not s.spans),
        "non_english": sum(counts["lang"][k] for k in counts["lang"] if k != "en"),
        **counts,
        "person_names": dict(stats),
    }
    return samples


dev6_set.last_counts = {}
