"""dev4: an independent labeled set of LLM-API-shaped texts for the sanitizer.

Texts are filled from hand-written templates (bench/sanitizer_dev4_templates.py). Person names
come mostly from the hand-written per-culture lists there; Faker supplies the rest of the names
(a minority). Every must-remove value is labeled with its exact character span; about a fifth
of the texts hold no must-remove value at all, only look-alikes that must be kept.
"""

from __future__ import annotations

import base64
import hashlib
import json
import random
import re
import string
import unicodedata
import zlib
from dataclasses import dataclass

from faker import Faker

from bench.sanitizer_data import Sample
from bench.sanitizer_dev4_templates import (
    CULTURES,
    LANG_CULTURES,
    LANG_FAKER,
    NATIVE,
    PREFIXES,
    TEMPLATES,
    Template,
)

Seg = tuple[str, str | None]  # (text, category or None for kept text)


def _w(s: str) -> list[str]:
    """Words of a literal (a list written compactly)."""
    return s.split()


def _o(s: str) -> list[str]:
    """Options of a literal, separated by '|'."""
    return s.split("|")


# --------------------------------------------------------------------------------------
# checksums


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _luhn_complete(partial: str) -> str:
    for d in "0123456789":
        if luhn_ok(partial + d):
            return partial + d
    raise AssertionError(partial)


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def _iban(country: str, bban: str) -> str:
    s = bban + country + "00"
    check = 98 - int("".join(str(int(c, 36)) for c in s)) % 97
    return f"{country}{check:02d}{bban}"


_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def _b58check(payload: bytes) -> str:
    raw = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(raw, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = _B58[r] + out
    pad = len(raw) - len(raw.lstrip(b"\0"))
    return "1" * pad + out


def b58check_ok(s: str) -> bool:
    n = 0
    for c in s:
        n = n * 58 + _B58.index(c)
    pad = len(s) - len(s.lstrip("1"))
    raw = b"\0" * pad + n.to_bytes((n.bit_length() + 7) // 8, "big")
    return hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]


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


def _bech32(hrp: str, program: bytes) -> str:
    data = [0]  # witness version 0
    acc = bits = 0
    for b in program:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    pm = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ 1
    data += [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_BECH[d] for d in data)


def bech32_ok(s: str) -> bool:
    hrp, _, rest = s.rpartition("1")
    return _polymod(_hrp_expand(hrp) + [_BECH.index(c) for c in rest]) == 1


_RC = [
    0x0000000000000001, 0x0000000000008082, 0x800000000000808A, 0x8000000080008000,
    0x000000000000808B, 0x0000000080000001, 0x8000000080008081, 0x8000000000008009,
    0x000000000000008A, 0x0000000000000088, 0x0000000080008009, 0x000000008000000A,
    0x000000008000808B, 0x800000000000008B, 0x8000000000008089, 0x8000000000008003,
    0x8000000000008002, 0x8000000000000080, 0x000000000000800A, 0x800000008000000A,
    0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008,
]  # fmt: skip
_ROT = [
    [0, 36, 3, 41, 18],
    [1, 44, 10, 45, 2],
    [62, 6, 43, 15, 61],
    [28, 55, 25, 21, 56],
    [27, 20, 39, 8, 14],
]
_M64 = (1 << 64) - 1


def _rol(v: int, n: int) -> int:
    return ((v << n) | (v >> (64 - n))) & _M64 if n else v


def keccak256(data: bytes) -> bytes:
    """Original Keccak-256 (Ethereum), not NIST SHA3-256."""
    rate = 136
    msg = bytearray(data) + b"\x01"
    msg += b"\0" * (-len(msg) % rate)
    msg[-1] |= 0x80
    a = [[0] * 5 for _ in range(5)]
    for off in range(0, len(msg), rate):
        for i in range(rate // 8):
            a[i % 5][i // 5] ^= int.from_bytes(msg[off + 8 * i : off + 8 * i + 8], "little")
        for rc in _RC:
            c = [a[x][0] ^ a[x][1] ^ a[x][2] ^ a[x][3] ^ a[x][4] for x in range(5)]
            d = [c[(x - 1) % 5] ^ _rol(c[(x + 1) % 5], 1) for x in range(5)]
            a = [[a[x][y] ^ d[x] for y in range(5)] for x in range(5)]
            b = [[0] * 5 for _ in range(5)]
            for x in range(5):
                for y in range(5):
                    b[y][(2 * x + 3 * y) % 5] = _rol(a[x][y], _ROT[x][y])
            a = [
                [b[x][y] ^ (~b[(x + 1) % 5][y] & b[(x + 2) % 5][y]) for y in range(5)]
                for x in range(5)
            ]
            a[0][0] ^= rc
    return b"".join(a[i % 5][i // 5].to_bytes(8, "little") for i in range(4))


def eip55(addr_hex: str) -> str:
    h = keccak256(addr_hex.lower().encode()).hex()
    return "0x" + "".join(c.upper() if int(h[i], 16) >= 8 else c for i, c in enumerate(addr_hex))


def eip55_ok(addr: str) -> bool:
    return eip55(addr[2:].lower()) == addr


# --------------------------------------------------------------------------------------
# persons

_FOLD = str.maketrans(
    {
        "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "ß": "ss", "đ": "d",
        "Đ": "D", "ı": "i", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "œ": "oe", "ʻ": "",
        "’": "", "'": "", "ŋ": "ng", "ħ": "h",
    }
)  # fmt: skip
_CYR = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ",
        _w(
            "a b v g d e yo zh z i y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya i yi ye g"
        ),
        strict=True,
    )
)
_GRK = dict(
    zip(
        "αάβγδεέζηήθιίϊΐκλμνξοόπρσςτυύϋΰφχψωώ",
        _w("a a v g d e e z i i th i i i i k l m n x o o p r s s t y y y y f ch ps o o"),
        strict=True,
    )
)


def ascii_fold(s: str) -> str:
    s = s.translate(_FOLD)
    out = []
    for ch in s:
        low = ch.lower()
        if low in _CYR:
            out.append("" if _CYR[low] == "-" else _CYR[low])
        elif low in _GRK:
            out.append(_GRK[low])
        else:
            out.append(ch)
    s = unicodedata.normalize("NFKD", "".join(out))
    return "".join(c for c in s if not unicodedata.combining(c))


def _slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", ascii_fold(s).lower())


@dataclass
class Person:
    given: str
    surname: str
    nick: str
    full: str
    joined: bool  # CJK: surname and given written without a space
    login: str
    email: str
    source: str  # "own" or "faker"
    latin: bool = True


_EN_GIVEN = "Kevin Vivian Jason Cathy Eric Grace Tony Michelle Alan Winnie Vincent Ivy Derek Candy"
_MAIL_FREE = _w(
    "gmail.com gmail.com gmail.com outlook.com hotmail.com yahoo.com icloud.com proton.me "
    "gmx.de web.de mail.ru yandex.ru qq.com 163.com naver.com yahoo.co.jp orange.fr libero.it "
    "uol.com.br yahoo.com.mx rediffmail.com btinternet.com hotmail.co.uk live.com aol.com "
    "seznam.cz wp.pl abv.bg ukr.net zoho.com fastmail.com"
)
_MAIL_WORK = _w(
    "northwind-logistics.com brightpath.edu cityhospital.org acmecorp.io hollowbrook.co.uk "
    "tessellate.dev kestrel-analytics.com bluefjord.no marisol-legal.mx quokka.com.au "
    "lumenhealth.ca orbitpay.io ridgeview-realty.com nimbusworks.de alder-school.org "
    "saffronfoods.in harbourline.co.nz tanager.fr"
)


def _split(entry: str) -> tuple[str, str]:
    name, _, extra = entry.partition("/")
    return name.replace("_", " "), extra.replace("_", " ")


class People:
    """Draws persons for a language from the hand-written lists or (a minority) Faker."""

    def __init__(self, rng: random.Random, seed: int) -> None:
        self.rng = rng
        self.seed = seed
        self._fakers: dict[str, Faker] = {}
        self.counts = {"own": 0, "faker": 0}

    def faker(self, locale: str) -> Faker:
        if locale not in self._fakers:
            fk = Faker(locale)
            fk.seed_instance(self.seed * 1009 + zlib.crc32(locale.encode()))
            self._fakers[locale] = fk
        return self._fakers[locale]

    def person(self, lang: str) -> Person:
        rng = self.rng
        fakers = LANG_FAKER.get(lang, [])
        share = 0.3 if lang == "en" else 0.4
        if fakers and rng.random() < share:
            p = self._faker_person(rng.choice(fakers), lang)
        elif lang in NATIVE and rng.random() < 0.85:
            p = self._native_person(lang)
        else:
            pool = LANG_CULTURES.get(lang, LANG_CULTURES["en"])
            p = self._own_person(rng.choice(pool), lang)
        self.counts[p.source] += 1
        return p

    def _finish(self, given: str, surname: str, nick: str, full: str, **kw: object) -> Person:
        rng = self.rng
        roman_g = str(kw.pop("roman_g", "")) or given
        roman_s = str(kw.pop("roman_s", "")) or surname
        g = _slug(roman_g.split()[0]) or "user"
        s = _slug(roman_s.split()[-1]) if roman_s else ""
        n = _slug(nick) if nick else g
        nn = str(rng.choice([rng.randrange(1, 99), rng.randrange(1970, 2010), 7, 42, 88]))
        if s:
            login = rng.choice(
                [f"{g}.{s}", f"{g}{s}", f"{g[0]}{s}", f"{g[0]}{s}{nn}", f"{g}_{s}", f"{s}{g[0]}",
                 f"{g}.{s[0]}", f"{n}{nn}", f"{g}{s[0]}", f"{s}.{g}"]
            )  # fmt: skip
        else:
            login = rng.choice([g, f"{g}{nn}", f"{n}_{nn}", f"{g}.{nn}", f"the{n}"])
        local = login if rng.random() < 0.6 else (f"{g}.{s}" if s else f"{g}{nn}")
        dom = rng.choice(_MAIL_FREE if rng.random() < 0.65 else _MAIL_WORK)
        return Person(given, surname, nick, full, login=login, email=f"{local}@{dom}", **kw)

    def _own_person(self, culture: str, lang: str) -> Person:
        rng = self.rng
        c = CULTURES[culture]
        sex = rng.choice("mf")
        given, nick = _split(rng.choice(c[sex].split()))
        mode = c.get("mode", "gs")
        sur = ""
        if "s" in c:
            sur = rng.choice(c["s"].split())
            if "|" in sur:
                sur = sur.split("|")[0 if sex == "m" else 1]
            sur = sur.replace("_", " ")
        full = f"{given} {sur}".strip()
        if mode == "single":
            sur, full = "", given
        elif mode == "es2":
            if culture == "andean" and rng.random() < 0.5:
                given, nick = _split(rng.choice(CULTURES["mexican"][sex].split()))
            full = f"{given} {sur}"
            other = rng.choice(c["s"].split()).replace("_", " ")
            if rng.random() < 0.45 and other != sur:
                full = f"{given} {sur} {other}"
        elif mode == "vi":
            mid = rng.choice(c["m" + sex].split())
            western = lang == "en" and rng.random() < 0.4
            full = f"{given} {sur}" if western else f"{sur} {mid} {given}"
            if lang == "en" and rng.random() < 0.5:
                given, sur, full = ascii_fold(given), ascii_fold(sur), ascii_fold(full)
        elif mode == "bin":
            full = f"{given} {'bin' if sex == 'm' else 'binti'} {sur}"
            sur = ""
        elif mode == "sg":
            if culture == "chinese" and rng.random() < 0.2:
                given = rng.choice(_EN_GIVEN.split())
            if culture == "cantonese":
                r = rng.random()
                if r < 0.3:
                    given = given.replace(" ", "-").capitalize()
                elif r < 0.5:
                    given = rng.choice(_EN_GIVEN.split())
            if culture == "korean" and rng.random() < 0.3:
                given = given.replace("-", "").capitalize()
            western = (lang == "en" and rng.random() < 0.5) or given in _EN_GIVEN.split()
            full = f"{given} {sur}" if western else f"{sur} {given}"
        elif lang == "hu" and culture == "hungarian":
            full = f"{sur} {given}"
        return self._finish(given, sur, nick, full, joined=False, source="own")

    def _native_person(self, lang: str) -> Person:
        rng = self.rng
        c = NATIVE[lang]
        sex = rng.choice("mf")
        g, _, rg = rng.choice(c[sex].split()).partition("=")
        s, _, rs = rng.choice(c["s"].split()).partition("=")
        if "|" in s:
            s = s.split("|")[0 if sex == "m" else 1]
        joined = lang in ("zh", "ja", "ko")
        if joined:
            full = f"{s}{g}" if lang != "ja" or rng.random() < 0.6 else f"{s} {g}"
        elif lang == "ru" and rng.random() < 0.35:
            pat = rng.choice(c["pm"].split()).split("|")[0 if sex == "m" else 1]
            full = f"{s} {g} {pat}"
        else:
            full = f"{g} {s}"
        return self._finish(
            g, s, "", full, joined=joined, source="own", latin=False, roman_g=rg, roman_s=rs
        )

    def _faker_person(self, locale: str, lang: str) -> Person:
        fk = self.faker(locale)
        g = s = ""
        while not (g.strip() and s.strip()):
            if self.rng.random() < 0.5:
                g, s = fk.first_name_male(), fk.last_name_male()
            else:
                g, s = fk.first_name_female(), fk.last_name_female()
        g, s = g.strip(), s.strip()
        full = f"{s} {g}" if lang == "hu" else f"{g} {s}"
        latin = not any(ord(ch) > 0x24F for ch in full)
        return self._finish(g, s, "", full, joined=False, source="faker", latin=latin)


def person_form(p: Person, form: str) -> str:
    g, s = p.given, p.surname
    if p.joined and form in ("lf", "init", "fi", "gs"):
        form = ""
    if form == "":
        return p.full
    if form == "first":
        return g
    if form == "last":
        return s or g
    if form == "lf":
        return f"{s}, {g}" if s else p.full
    if form == "init":
        return f"{g[0]}. {s}" if s else p.full
    if form == "fi":
        return f"{g} {s[0]}." if s else g
    if form == "ini":
        return "".join(w[0] for w in f"{g} {s}".replace("-", " ").split() if w[0].isalpha())
    if form == "nick":
        return p.nick or g.split()[0]
    if form == "nickl":
        return (p.nick or g.split()[0]).lower()
    if form == "upper":
        return p.full.upper()
    if form == "lower":
        return p.full.lower()
    if form == "firstl":
        return g.lower()
    if form == "firstu":
        return g.upper()
    if form == "lastu":
        return (s or g).upper()
    if form == "lastl":
        return (s or g).lower()
    if form == "gs":
        return f"{g} {s}".strip()
    if form == "login":
        return p.login
    if form == "handle":
        return "@" + p.login
    if form == "email":
        return p.email
    if form == "ascii":
        return ascii_fold(p.full) if p.latin else p.full
    raise KeyError(form)


# --------------------------------------------------------------------------------------
# values

_UP = string.ascii_uppercase
_AN = string.ascii_letters + string.digits
_HEX = "0123456789abcdef"

#: language -> countries used for phones and addresses (repeats are weights)
LANG_COUNTRY = {
    "en": _w("us us us us us us uk uk uk ca au in in ng ke za ie nz ph pk gh sg"),
    "es": _w("es mx mx co ar pe"),
    "pt": _w("br br pt"),
    "fr": _w("fr fr fr cafr ma"),
    "de": _w("de"),
    "it": _w("it"),
    "nl": _w("nl"),
    "pl": _w("pl"),
    "ru": _w("ru"),
    "tr": _w("tr"),
    "el": _w("gr"),
    "he": _w("il"),
    "ar": _w("ae eg"),
    "fa": _w("ae"),
    "ja": _w("jp"),
    "zh": _w("cn"),
    "ko": _w("kr"),
    "vi": _w("vn"),
    "th": _w("th"),
    "id": _w("id"),
    "tl": _w("ph"),
    "hi": _w("in"),
    "sw": _w("ke"),
    "hu": _w("hu"),
    "ro": _w("ro"),
    "sv": _w("se"),
    "fi": _w("fi"),
    "am": _w("et"),
}


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _tok(rng: random.Random, n: int, alphabet: str = _AN) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _b64(rng: random.Random, n: int, url: bool = True) -> str:
    raw = bytes(rng.randrange(256) for _ in range(n))
    return (base64.urlsafe_b64encode(raw) if url else base64.b64encode(raw)).decode()


def phone(rng: random.Random, cc: str) -> str:
    r = rng.randrange
    d = lambda n: _d(rng, n)  # noqa: E731
    area = rng.choice(_w("212 310 415 617 312 713 206 305 404 512 702 917 646 818 929 503"))
    f = {
        "us": [
            f"({area}) {r(200, 999)}-{d(4)}",
            f"{area}-{r(200, 999)}-{d(4)}",
            f"{area}.{r(200, 999)}.{d(4)}",
            f"+1 {area} {r(200, 999)} {d(4)}",
            f"+1-{area}-{r(200, 999)}-{d(4)}",
            f"1 ({area}) {r(200, 999)}-{d(4)}",
            f"{area}{r(200, 999)}{d(4)}",
        ],
        "ca": [
            f"({rng.choice(['416', '604', '514', '403'])}) {r(200, 999)}-{d(4)}",
            f"+1 {rng.choice(['647', '778', '438'])}-{r(200, 999)}-{d(4)}",
        ],
        "cafr": [f"514 {r(200, 999)}-{d(4)}", f"+1 438 {r(200, 999)} {d(4)}"],
        "uk": [
            f"07{d(3)} {d(6)}",
            f"+44 7{d(3)} {d(6)}",
            f"020 7{d(3)} {d(4)}",
            f"+44 (0)20 {d(4)} {d(4)}",
            f"0161 {d(3)} {d(4)}",
        ],
        "ie": [f"08{r(3, 10)} {d(3)} {d(4)}", f"+353 8{r(3, 10)} {d(3)} {d(4)}"],
        "au": [f"04{d(2)} {d(3)} {d(3)}", f"+61 4{d(2)} {d(3)} {d(3)}", f"(02) {d(4)} {d(4)}"],
        "nz": [f"021 {d(3)} {d(4)}", f"+64 21 {d(3)} {d(4)}"],
        "in": [
            f"+91 {r(7, 10)}{d(4)} {d(5)}",
            f"0{r(7, 10)}{d(4)} {d(5)}",
            f"{r(7, 10)}{d(9)}",
            f"+91-{r(7, 10)}{d(9)}",
        ],
        "pk": [f"+92 3{d(2)} {d(7)}", f"03{d(2)}-{d(7)}"],
        "ng": [
            f"+234 80{r(2, 10)} {d(3)} {d(4)}",
            f"080{r(2, 10)} {d(3)} {d(4)}",
            f"0{rng.choice(['70', '81', '90'])}{d(8)}",
        ],
        "gh": [f"+233 24 {d(3)} {d(4)}", f"024 {d(3)} {d(4)}"],
        "ke": [f"+254 7{d(2)} {d(6)}", f"07{d(2)} {d(3)} {d(3)}"],
        "za": [f"+27 8{r(2, 5)} {d(3)} {d(4)}", f"08{r(2, 5)} {d(3)} {d(4)}"],
        "ph": [f"+63 9{d(2)} {d(3)} {d(4)}", f"09{d(2)} {d(3)} {d(4)}", f"0917-{d(3)}-{d(4)}"],
        "sg": [f"+65 {r(8, 10)}{d(3)} {d(4)}"],
        "de": [
            f"+49 15{r(1, 8)} {d(8)}",
            f"015{r(1, 8)} {d(8)}",
            f"030 {d(7)}",
            f"+49 (0)30 {d(8)}",
            f"0176 / {d(8)}",
        ],
        "fr": [
            f"06 {d(2)} {d(2)} {d(2)} {d(2)}",
            f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}",
            f"01.{d(2)}.{d(2)}.{d(2)}.{d(2)}",
            f"07{d(8)}",
        ],
        "ma": [f"+212 6{d(2)}-{d(6)}", f"06 {d(2)} {d(2)} {d(2)} {d(2)}"],
        "es": [f"+34 6{d(2)} {d(3)} {d(3)}", f"6{d(2)} {d(2)} {d(2)} {d(2)}", f"91 {d(3)} {d(4)}"],
        "mx": [f"+52 55 {d(4)} {d(4)}", f"55 {d(4)} {d(4)}", f"+52 1 33 {d(4)} {d(4)}"],
        "co": [f"+57 3{d(2)} {d(3)} {d(4)}", f"3{d(2)} {d(7)}"],
        "ar": [f"+54 9 11 {d(4)}-{d(4)}", f"11 {d(4)}-{d(4)}"],
        "pe": [f"+51 9{d(2)} {d(3)} {d(3)}", f"9{d(2)} {d(3)} {d(3)}"],
        "br": [
            f"({r(11, 99)}) 9{d(4)}-{d(4)}",
            f"+55 {r(11, 99)} 9{d(4)}-{d(4)}",
            f"+55 (21) 9{d(4)}-{d(4)}",
        ],
        "pt": [f"+351 91{d(1)} {d(3)} {d(3)}", f"91{d(1)} {d(3)} {d(3)}"],
        "it": [f"+39 3{d(2)} {d(3)} {d(4)}", f"3{d(2)} {d(7)}", f"02 {d(4)} {d(4)}"],
        "nl": [f"+31 6 {d(8)}", f"06-{d(8)}", f"020 {d(3)} {d(4)}"],
        "pl": [f"+48 {r(5, 9)}{d(2)} {d(3)} {d(3)}", f"{r(5, 9)}{d(2)}-{d(3)}-{d(3)}"],
        "ru": [
            f"+7 (9{d(2)}) {d(3)}-{d(2)}-{d(2)}",
            f"8 9{d(2)} {d(3)} {d(2)} {d(2)}",
            f"+7 495 {d(3)}-{d(2)}-{d(2)}",
        ],
        "tr": [f"+90 5{d(2)} {d(3)} {d(2)} {d(2)}", f"05{d(2)} {d(3)} {d(2)} {d(2)}"],
        "gr": [f"+30 69{d(1)} {d(3)} {d(4)}", f"69{d(1)} {d(3)} {d(4)}"],
        "il": [f"+972 5{d(1)}-{d(3)}-{d(4)}", f"05{d(1)}-{d(7)}"],
        "ae": [
            f"+971 5{r(0, 9)} {d(3)} {d(4)}",
            f"05{r(0, 9)} {d(3)} {d(4)}",
            f"+966 5{d(1)} {d(3)} {d(4)}",
        ],
        "eg": [f"+20 1{r(0, 3)} {d(4)} {d(4)}", f"01{r(0, 3)}{d(8)}"],
        "jp": [f"090-{d(4)}-{d(4)}", f"+81 90-{d(4)}-{d(4)}", f"03-{d(4)}-{d(4)}"],
        "cn": [f"+86 1{r(30, 99)} {d(4)} {d(4)}", f"1{r(30, 99)}{d(8)}"],
        "kr": [f"010-{d(4)}-{d(4)}", f"+82 10-{d(4)}-{d(4)}"],
        "vn": [f"+84 9{d(2)} {d(3)} {d(3)}", f"09{d(2)} {d(3)} {d(3)}"],
        "th": [f"+66 8{d(1)} {d(3)} {d(4)}", f"08{d(1)}-{d(3)}-{d(4)}"],
        "id": [f"+62 81{d(1)}-{d(4)}-{d(4)}", f"081{d(1)} {d(4)} {d(4)}"],
        "hu": [f"+36 30 {d(3)} {d(4)}", f"06 20 {d(3)} {d(4)}"],
        "ro": [f"+40 7{d(2)} {d(3)} {d(3)}", f"07{d(2)} {d(3)} {d(3)}"],
        "se": [f"+46 70 {d(3)} {d(2)} {d(2)}", f"070-{d(3)} {d(2)} {d(2)}"],
        "fi": [f"+358 40 {d(3)} {d(4)}", f"040 {d(3)} {d(4)}"],
        "et": [f"+251 91 {d(3)} {d(4)}", f"091 {d(3)} {d(4)}"],
    }
    return rng.choice(f[cc])


_US_CITIES = [
    ("Springfield", "IL", "627"), ("Austin", "TX", "787"), ("Portland", "OR", "972"),
    ("Columbus", "OH", "432"), ("Brooklyn", "NY", "112"), ("Oakland", "CA", "946"),
    ("Tucson", "AZ", "857"), ("Raleigh", "NC", "276"), ("Madison", "WI", "537"),
    ("Denver", "CO", "802"), ("Jacksonville", "FL", "322"), ("Minneapolis", "MN", "554"),
    ("Boise", "ID", "837"), ("Albuquerque", "NM", "871"), ("Savannah", "GA", "314"),
    ("Burlington", "VT", "054"), ("Omaha", "NE", "681"), ("Sacramento", "CA", "958"),
    ("Dearborn", "MI", "481"), ("Queens", "NY", "113"), ("Charlotte", "NC", "282"),
]  # fmt: skip


def address(rng: random.Random, cc: str, multiline: bool = False) -> str:
    """A postal address: street and number, then whatever of the rest the country writes."""
    r, c = rng.randrange, rng.choice
    n = r(1, 300)
    nl = "\n" if multiline else ", "
    if cc == "us":
        street = c(
            _w("Maple Oak Cedar Pine Elm Park Lake Hill Sunset Ridge Mill Church Highland Spring")
            + _w("Walnut Chestnut Willow Franklin Jefferson Harbor 2nd 3rd 14th")
            + ["Martin Luther King Jr", "North Main", "Old Mill"]
        )
        suf = c(_w("St Street Ave Avenue Blvd Rd Road Dr Drive Ln Lane Ct Way Pl Terrace"))
        unit = c(["", "", "", ", Apt 4B", " Apt. 12", " #305", ", Unit 7", ", Suite 200",
                  f" Apt {r(1, 40)}{c('ABCD')}"])  # fmt: skip
        city, st, z = c(_US_CITIES)
        zip5 = z + _d(rng, 2) + (f"-{_d(rng, 4)}" if rng.random() < 0.15 else "")
        return f"{r(10, 9999)} {street} {suf}{unit}{nl}{city}, {st} {zip5}"
    if cc == "uk":
        street = c(_o("Albert|Victoria|Church|Station|Park|High|Mill|Queen's|King's|Bridge|Manor"))
        suf = c(_w("Road Street Lane Avenue Close Gardens Crescent Terrace Way"))
        town, area = c([("Leeds", "LS"), ("Manchester", "M"), ("Bristol", "BS"),
                        ("Glasgow", "G"), ("Cardiff", "CF"), ("Norwich", "NR"),
                        ("Brighton", "BN"), ("London", c(["N", "E", "SE", "SW", "NW"])),
                        ("Edinburgh", "EH"), ("Belfast", "BT"), ("Leicester", "LE"),
                        ("Sheffield", "S"), ("Swansea", "SA")])  # fmt: skip
        pc = f"{area}{r(1, 20)} {r(1, 9)}{_tok(rng, 2, 'ABDEFGHJLNPQRSTUWXYZ')}"
        flat = c(["", "", f"Flat {r(1, 12)}, ", f"Flat {r(1, 9)}{c('ABC')}, "])
        return f"{flat}{n} {street} {suf}{nl}{town} {pc}"
    if cc == "ie":
        street = c(["Griffith Avenue", "Main Street", "Sráid an Mhuilinn", "Cork Road"])
        town = c(["Drumcondra, Dublin 9", "Rathmines, Dublin 6", "Galway", "Ennis"])
        eir = f"{c(['D09', 'D06', 'H91', 'V95'])} {_tok(rng, 4, _UP + string.digits)}"
        return f"{n} {street}{nl}{town}, {eir}"
    if cc == "cafr" or (cc == "ca" and rng.random() < 0.3):
        street = c(["Sainte-Catherine Ouest", "Saint-Denis", "Ontario Est", "Sherbrooke"])
        apt = c(["", f", app. {r(1, 30)}"])
        pc = f"H{r(1, 9)}{c(_UP)} {r(1, 9)}{c(_UP)}{r(1, 9)}"
        return f"{r(100, 9999)} rue {street}{apt}{nl}Montréal (Québec) {pc}"
    if cc == "ca":
        city, prov, p0 = c([("Toronto", "ON", "M"), ("Vancouver", "BC", "V"),
                            ("Calgary", "AB", "T"), ("Halifax", "NS", "B"),
                            ("Winnipeg", "MB", "R")])  # fmt: skip
        street = f"{c(_w('Queen Bloor Robson Jasper Portage'))} {c(['St W', 'Street', 'Ave'])}"
        unit = c(["", f", Unit {r(1, 900)}"])
        pc = f"{p0}{r(1, 9)}{c(_UP)} {r(1, 9)}{c(_UP)}{r(1, 9)}"
        return f"{r(10, 9999)} {street}{unit}{nl}{city}, {prov} {pc}"
    if cc == "au":
        sub, stt, pc = c([("Fitzroy", "VIC", 3065), ("Newtown", "NSW", 2042),
                          ("Fortitude Valley", "QLD", 4006), ("Fremantle", "WA", 6160),
                          ("Glenelg", "SA", 5045), ("Sandy Bay", "TAS", 7005),
                          ("Parramatta", "NSW", 2150), ("Brunswick", "VIC", 3056)])  # fmt: skip
        unit = c(["", f"Unit {r(1, 20)}/", f"{r(1, 20)}/"])
        street = f"{c(_w('Smith King George Brunswick Oxford Wattle'))} {c(_w('Street St Parade'))}"
        return f"{unit}{n} {street}{nl}{sub} {stt} {pc}"
    if cc == "nz":
        street = c(["Ponsonby Road", "Cuba Street", "Riccarton Road", "Te Awe Awe St"])
        rest = c(["Grey Lynn, Auckland 1021", "Te Aro, Wellington 6011", "Christchurch 8041"])
        return f"{n} {street}, {rest}"
    if cc == "in":
        if rng.random() < 0.5:
            bldg = c(["Sai Residency", "Green Glen Layout", "Prestige Towers", "Shanti Niketan"])
            area = c(["Indiranagar", "Koramangala", "HSR Layout"])
            return (f"Flat {r(101, 1204)}, {bldg}, {r(1, 20)}th Cross Road, {area}"
                    f"{nl}Bengaluru {r(560001, 560110)}")  # fmt: skip
        area = c(["Banjara Hills", "Jubilee Hills", "Ameerpet"])
        return (f"H.No. {r(1, 20)}-{r(1, 9)}-{r(10, 99)}, Road No. {r(1, 14)}, {area}"
                f"{nl}Hyderabad, Telangana {r(500001, 500100)}")  # fmt: skip
    if cc == "pk":
        return f"House {n}, Street {r(1, 40)}, F-{r(6, 11)}/{r(1, 4)}{nl}Islamabad 44000"
    if cc == "ng":
        if rng.random() < 0.7:
            street = c(["Adeola Odeku", "Awolowo", "Allen Avenue", "Herbert Macaulay"])
            area = c(["Victoria Island", "Ikoyi", "Yaba", "Ikeja"])
            return f"{n} {street} Street, {area}{nl}Lagos"
        return f"Plot {r(100, 3000)} Cadastral Zone, Wuse II{nl}Abuja 900288"
    if cc == "gh":
        street = c(["Oxford Street, Osu", "Liberation Road", "Spintex Road"])
        return f"House No. {n}, {street}{nl}Accra"
    if cc == "ke":
        road = c(["Argwings Kodhek", "Ngong", "Lenana", "Kiambere"])
        return (
            f"House No. {n}, {road} Road, {c(['Kilimani', 'Kileleshwa', 'Upper Hill'])}{nl}Nairobi"
        )
    if cc == "za":
        street = c(["Jan Smuts Avenue", "Long Street", "Main Road", "Florida Road"])
        rest = c(["Parktown, Johannesburg, 2193", "Cape Town City Centre, Cape Town, 8001",
                  "Morningside, Durban, 4001"])  # fmt: skip
        return f"{n} {street}, {rest}"
    if cc == "ph":
        street = c(["Rizal", "Mabini", "Bonifacio", "P. Burgos"])
        brgy = c(["San Antonio", "Poblacion", "Bagong Silang"])
        city = c(["Makati City 1203", "Quezon City 1105", "Cebu City 6000"])
        return f"{n} {street} St., Brgy. {brgy}{nl}{city}"
    if cc == "sg":
        unit = f"#{r(2, 20):02d}-{r(1, 999):03d}"
        return (
            f"Blk {r(100, 999)} Ang Mo Kio Ave {r(1, 10)}, {unit}{nl}Singapore {r(100000, 830000)}"
        )
    if cc == "de":
        street = c(_w("Linden Berliner Haupt Schiller Goethe Bahnhof Garten Kirch Mozart Rosen"))
        suf = c(["straße", "str.", "weg", "allee", "ring", "gasse"])
        city, p0 = c([("Berlin", "10"), ("Hamburg", "20"), ("München", "80"), ("Köln", "50"),
                      ("Leipzig", "04"), ("Frankfurt am Main", "60"), ("Stuttgart", "70"),
                      ("Dresden", "01"), ("Bremen", "28"),
                      ("Freiburg im Breisgau", "79")])  # fmt: skip
        return f"{street}{suf} {n}{c(['', 'a', 'b'])}{nl}{p0}{_d(rng, 3)} {city}"
    if cc == "fr":
        kind = c(["rue", "avenue", "boulevard", "impasse", "allée", "place", "chemin"])
        name = c(["des Lilas", "Victor Hugo", "de la République", "Jean Jaurès", "du Moulin",
                  "Pasteur", "des Écoles", "Gambetta", "de Verdun", "Saint-Michel"])  # fmt: skip
        city, cp = c([("Paris", f"750{r(1, 20):02d}"), ("Lyon", f"6900{r(1, 9)}"),
                      ("Marseille", f"130{r(1, 16):02d}"), ("Toulouse", "31000"),
                      ("Lille", "59000"), ("Nantes", "44000"), ("Bordeaux", "33000"),
                      ("Strasbourg", "67000"), ("Rennes", "35000"),
                      ("Montpellier", "34000")])  # fmt: skip
        return f"{n}{c(['', ' bis'])} {kind} {name}{nl}{cp} {city}"
    if cc == "ma":
        street = c(["Ibn Batouta", "Tarik Ibn Ziad", "Moulay Youssef"])
        return f"{n} Rue {street}, Quartier Gauthier{nl}Casablanca 20060"
    if cc == "es":
        if rng.random() < 0.3:
            street = c(["Mallorca", "Provença", "Sants", "la Marina"])
            return f"Carrer de {street} {n}, {r(1, 8)}r {r(1, 4)}a{nl}080{r(1, 42):02d} Barcelona"
        name = c(["Mayor", "de Alcalá", "Gran Vía", "del Carmen", "de la Paz", "Real",
                  "San Vicente", "de Toledo"])  # fmt: skip
        city, p0 = c([("Madrid", "280"), ("Valencia", "460"), ("Sevilla", "410"),
                      ("Bilbao", "480"), ("Zaragoza", "500"), ("Málaga", "290")])  # fmt: skip
        floor = f"{r(1, 9)}º {c(['izq.', 'dcha.', 'A', 'B'])}"
        return f"{c(['Calle', 'C/', 'Avenida'])} {name} {n}, {floor}{nl}{p0}{r(1, 50):02d} {city}"
    if cc == "mx":
        k = r(3)
        if k == 0:
            col = c(["Del Valle", "Roma Norte", "Nápoles"])
            return (f"Av. Insurgentes Sur {r(100, 3000)}, Col. {col}"
                    f"{nl}0{r(3100, 6800)} Ciudad de México, CDMX")  # fmt: skip
        if k == 1:
            street = c(["Hidalgo", "Morelos", "Juárez", "5 de Mayo"])
            return f"Calle {street} {n}, Col. Centro{nl}44100 Guadalajara, Jal."
        street, fracc = c(["Los Pinos", "Las Flores"]), c(["San Pedro", "Las Américas"])
        return f"Privada {street} {n}, Fracc. {fracc}{nl}{r(64000, 64999)} Monterrey, N.L."
    if cc == "co":
        apt = c(["", ", Apto 402"])
        return f"{c(['Calle', 'Carrera'])} {r(1, 120)} # {r(1, 99)}-{r(1, 99)}{apt}{nl}Bogotá"
    if cc == "ar":
        street = c(["Corrientes", "Santa Fe", "Rivadavia"])
        floor = f"Piso {r(1, 12)} Dto. {c('ABCD')}"
        return f"Av. {street} {r(100, 5000)}, {floor}{nl}C{r(1000, 1440)} CABA"
    if cc == "pe":
        street = c(["Jr. Huallaga", "Av. Arequipa", "Calle Las Begonias"])
        rest = c(["Cercado de Lima, Lima 15001", "Miraflores, Lima 15074",
                  "San Isidro, Lima 15046"])  # fmt: skip
        return f"{street} {n}{nl}{rest}"
    if cc == "br":
        street = c(["das Flores", "Augusta", "da Consolação", "Sete de Setembro", "Oscar Freire"])
        apt = c(["", f", apto {r(11, 120)}"])
        bairro = c(["Pinheiros", "Centro", "Copacabana", "Savassi"])
        city = c(["São Paulo - SP", "Rio de Janeiro - RJ", "Belo Horizonte - MG"])
        return f"Rua {street}, {n}{apt} - {bairro}{nl}{city}, {_d(rng, 5)}-{_d(rng, 3)}"
    if cc == "pt":
        street = c(["Augusta", "do Ouro", "de Santa Catarina"])
        floor = f"{r(1, 6)}º {c(['Esq.', 'Dto.'])}"
        cp = f"{r(1000, 4999)}-{_d(rng, 3)} {c(['Lisboa', 'Porto'])}"
        return f"Rua {street} {n}, {floor}{nl}{cp}"
    if cc == "it":
        city, prov, p0 = c([("Milano", "MI", "201"), ("Roma", "RM", "001"),
                            ("Torino", "TO", "101"), ("Bologna", "BO", "401"),
                            ("Napoli", "NA", "801"), ("Firenze", "FI", "501")])  # fmt: skip
        street = c(["Roma", "Garibaldi", "Mazzini", "Cavour", "dei Mille", "XX Settembre"])
        return f"Via {street} {n}{nl}{p0}{r(10, 99)} {city} ({prov})"
    if cc == "nl":
        city, p0 = c([("Amsterdam", "10"), ("Rotterdam", "30"), ("Utrecht", "35"),
                      ("Den Haag", "25"), ("Eindhoven", "56"), ("Groningen", "97")])  # fmt: skip
        street = c(_w("Keizersgracht Hoofdstraat Dorpsstraat Kerkstraat Molenweg Julianalaan"))
        pc = f"{p0}{r(10, 99)} {_tok(rng, 2, 'ABCDEGHJKLMNPRSTVWXZ')}"
        return f"{street} {n}{c(['', '-II', 'A', ' bis'])}{nl}{pc} {city}"
    if cc == "pl":
        street = c(_w("Marszałkowska Długa Piękna Polna Kwiatowa Mickiewicza"))
        flat = c(["", f"/{r(1, 80)}", f" m. {r(1, 80)}"])
        city = c(_w("Warszawa Kraków Wrocław Gdańsk Poznań Łódź"))
        return f"ul. {street} {n}{flat}{nl}{r(0, 99):02d}-{_d(rng, 3)} {city}"
    if cc == "ru":
        street = c(_w("Ленина Тверская Садовая Мира Гагарина"))
        city = c(["Москва", "Санкт-Петербург", "Казань", "Новосибирск"])
        return f"ул. {street}, д. {n}, кв. {r(1, 200)}, {city}, {r(101000, 690000)}"
    if cc == "tr":
        street = c(_w("Bağdat İstiklal Atatürk Cumhuriyet"))
        district = c(_w("Kadıköy Beyoğlu Şişli Üsküdar"))
        return f"{street} Cad. No: {n} D: {r(1, 20)}{nl}{r(34000, 34990)} {district}/İstanbul"
    if cc == "gr":
        street = c(_w("Ερμού Πατησίων Σταδίου Τσιμισκή"))
        city = c(["Αθήνα", "Θεσσαλονίκη"])
        return f"{street} {n}{nl}{r(100, 570)} {r(10, 99)} {city}"
    if cc == "il":
        if rng.random() < 0.5:
            street = c(["Rothschild Blvd", "Dizengoff St", "Herzl St", "Ben Yehuda St"])
            city = c(["Tel Aviv", "Haifa", "Jerusalem"])
            return f"{street} {n}, Apt {r(1, 30)}{nl}{city} {_d(rng, 7)}"
        street, city = c(["הרצל", "דיזנגוף", "אלנבי"]), c(["חיפה", "תל אביב"])
        return f"רחוב {street} {n}, דירה {r(1, 30)}{nl}{city} {_d(rng, 7)}"
    if cc == "ae":
        return c(
            [
                f"Villa {n}, Street {r(1, 40)}, Al Barsha 2{nl}Dubai",
                f"Apartment {r(101, 3500)}, Marina Heights Tower, Dubai Marina{nl}Dubai",
                f"شارع الملك فهد، مبنى {n}، الرياض {r(11000, 14000)}",
            ]
        )
    if cc == "eg":
        return c([f"{n} Tahrir St, Dokki{nl}Giza {r(12000, 12999)}",
                  f"{n} شارع التحرير، الدقي، الجيزة"])  # fmt: skip
    if cc == "jp":
        if rng.random() < 0.5:
            ward = c(["渋谷区渋谷", "新宿区西新宿", "港区六本木"])
            return f"〒{r(100, 199)}-{_d(rng, 4)} 東京都{ward}{r(1, 5)}-{r(1, 30)}-{r(1, 20)}"
        area, ku = c([("Shibuya", "Shibuya-ku"), ("Nishi-Shinjuku", "Shinjuku-ku"),
                      ("Roppongi", "Minato-ku")])  # fmt: skip
        block = f"{r(1, 5)}-{r(1, 30)}-{r(1, 20)}"
        return f"{block} {area}, {ku}{nl}Tokyo {r(100, 199)}-{_d(rng, 4)}"
    if cc == "kr":
        return c([f"서울특별시 강남구 테헤란로 {n}, {r(1, 20)}층",
                  f"{n} Teheran-ro, Gangnam-gu{nl}Seoul {r(6000, 6399):05d}"])  # fmt: skip
    if cc == "cn":
        return c([f"北京市朝阳区建国路{n}号{r(1, 30)}{r(1, 9):02d}室",
                  f"Room {r(101, 2808)}, No. {n} Jianguo Road, Chaoyang District"
                  f"{nl}Beijing 100022"])  # fmt: skip
    if cc == "vn":
        if rng.random() < 0.5:
            street, ward = (
                c(["Nguyễn Huệ", "Lê Lợi", "Trần Hưng Đạo"]),
                c(["Bến Nghé", "Bến Thành"]),
            )
            return f"{n} {street}, Phường {ward}, Quận 1, TP. Hồ Chí Minh"
        street = c(["Nguyen Hue", "Le Loi", "Hang Bai"])
        rest = c(["District 1, Ho Chi Minh City", "Hoan Kiem, Hanoi"])
        return f"{n} {street} Street, {rest}"
    if cc == "th":
        soi = f"{n}/{r(1, 99)}"
        if rng.random() < 0.5:
            return f"{soi} ซอยสุขุมวิท {r(1, 101)} แขวงคลองเตยเหนือ เขตวัฒนา กรุงเทพฯ 10110"
        return f"{soi} Sukhumvit Soi {r(1, 101)}, Khlong Toei Nuea, Watthana{nl}Bangkok 10110"
    if cc == "id":
        street = c(["Sudirman", "Gatot Subroto", "Kebon Sirih", "Malioboro"])
        city = c(["Jakarta Pusat 10220", "Yogyakarta 55213", "Bandung 40115"])
        return f"Jl. {street} No. {n}, RT {r(1, 12):03d}/RW {r(1, 9):02d}{nl}{city}"
    if cc == "hu":
        city, street = c(["Budapest", "Debrecen", "Szeged"]), c(["Váci", "Kossuth Lajos", "Petőfi"])
        return f"{city}, {street} utca {n}. {r(1, 5)}/{r(1, 12)}, {r(1011, 1239)}"
    if cc == "ro":
        street = c(["Mihai Eminescu", "Lipscani", "Victoriei"])
        city = c(["București", "Cluj-Napoca", "Iași"])
        return f"Str. {street} nr. {n}, ap. {r(1, 60)}{nl}{_d(rng, 6)} {city}"
    if cc == "se":
        street = c(["Drottninggatan", "Storgatan", "Kungsgatan"])
        city = c(["Stockholm", "Göteborg", "Uppsala"])
        return f"{street} {n}{nl}{r(111, 118)} {r(10, 99)} {city}"
    if cc == "fi":
        street = c(["Mannerheimintie", "Hämeenkatu", "Aleksanterinkatu"])
        city = c(["00100 Helsinki", "33100 Tampere", "20100 Turku"])
        return f"{street} {n} {c('ABC')} {r(1, 40)}{nl}{city}"
    if cc == "et":
        street = c(["Bole Road", "Churchill Avenue", "Africa Avenue"])
        return f"House No. {r(100, 999)}, {street}{nl}Addis Ababa"
    raise KeyError(cc)


_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
    "dezembro",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
    "dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
}


def date_style(rng: random.Random, lang: str) -> str:
    return {
        "en": rng.choice(["us", "us", "long", "dmy", "iso", "longd"]),
        "de": "dot", "ru": "dot", "tr": "dot", "pl": "dot", "fi": "dot", "ro": "dot",
        "hu": "hu", "ja": "cjk", "zh": "cjk", "ko": "ko", "sv": "iso",
        "es": rng.choice(["dmy", "word"]), "fr": rng.choice(["dmy", "word"]),
        "pt": rng.choice(["dmy", "word"]), "it": rng.choice(["dmy", "word"]),
        "nl": rng.choice(["dash", "word"]),
    }.get(lang, rng.choice(["dmy", "iso"]))  # fmt: skip


def date_str(rng: random.Random, lang: str, y0: int, y1: int, style: str = "") -> str:
    y, m, d = rng.randrange(y0, y1), rng.randrange(1, 13), rng.randrange(1, 29)
    style = style or date_style(rng, lang)
    names = _MONTHS.get(lang, _MONTHS["en"]).split()
    if style == "us":
        return rng.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}"])
    if style == "dmy":
        return f"{d:02d}/{m:02d}/{y}"
    if style == "dot":
        return f"{d:02d}.{m:02d}.{y}"
    if style == "dash":
        return f"{d:02d}-{m:02d}-{y}"
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "long":
        return f"{_MONTHS['en'].split()[m - 1]} {d}, {y}"
    if style == "longd":
        return f"{d} {_MONTHS['en'].split()[m - 1]} {y}"
    if style == "word":
        de = {"es": " de ", "pt": " de "}.get(lang, " ")
        return f"{d}{de}{names[m - 1]}{de}{y}"
    if style == "cjk":
        return f"{y}年{m}月{d}日"
    if style == "ko":
        return f"{y}년 {m}월 {d}일"
    if style == "hu":
        return f"{y}. {m:02d}. {d:02d}."
    raise KeyError(style)


def card(rng: random.Random, kind: str = "") -> str:
    kind = kind or rng.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "jcb", "up"])
    prefix, length = {
        "visa": ("4" + _d(rng, 5), 16),
        "mc": (rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16),
        "amex": (rng.choice(["34", "37"]), 15),
        "disc": ("6011", 16),
        "jcb": ("35" + str(rng.randrange(28, 90)), 16),
        "up": ("62" + _d(rng, 4), 16),
    }[kind]
    num = _luhn_complete(prefix + _d(rng, length - len(prefix) - 1))
    assert luhn_ok(num)
    sep = rng.choice([" ", " ", "-", ""])
    if length == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i : i + 4] for i in range(0, 16, 4))


_IBAN_BBAN = {
    "DE": lambda rng: _d(rng, 18),
    "GB": lambda rng: rng.choice(["NWBK", "BARC", "HBUK", "LOYD", "MIDL"]) + _d(rng, 14),
    "FR": lambda rng: _d(rng, 23),
    "ES": lambda rng: _d(rng, 20),
    "IT": lambda rng: rng.choice(_UP) + _d(rng, 22),
    "NL": lambda rng: rng.choice(["ABNA", "INGB", "RABO", "TRIO"]) + _d(rng, 10),
    "BE": lambda rng: _d(rng, 12),
    "CH": lambda rng: _d(rng, 17),
    "AT": lambda rng: _d(rng, 16),
    "PL": lambda rng: _d(rng, 24),
    "PT": lambda rng: _d(rng, 21),
    "IE": lambda rng: rng.choice(["AIBK", "BOFI"]) + _d(rng, 14),
    "SE": lambda rng: _d(rng, 20),
    "NO": lambda rng: _d(rng, 11),
    "FI": lambda rng: _d(rng, 14),
    "TR": lambda rng: _d(rng, 22),
    "SA": lambda rng: _d(rng, 20),
    "AE": lambda rng: _d(rng, 19),
    "BR": lambda rng: _d(rng, 23) + "C" + str(rng.randrange(1, 3)),
    "RO": lambda rng: rng.choice(["BTRL", "RNCB", "INGB"]) + _d(rng, 16),
    "GR": lambda rng: _d(rng, 23),
    "HU": lambda rng: _d(rng, 24),
    "CZ": lambda rng: _d(rng, 20),
    "IL": lambda rng: _d(rng, 19),
    "EG": lambda rng: _d(rng, 25),
    "GE": lambda rng: rng.choice(["BG", "TB"]) + _d(rng, 16),
    "EE": lambda rng: _d(rng, 16),
    "LT": lambda rng: _d(rng, 16),
    "IS": lambda rng: _d(rng, 22),
    "UA": lambda rng: _d(rng, 25),
}
_IBAN_LANG = {
    "en": _w("GB GB DE FR NL IE ES IT BE CH"), "de": ["DE", "DE", "AT", "CH"],
    "fr": ["FR", "FR", "BE"], "es": ["ES"], "it": ["IT"], "nl": ["NL", "BE"], "pl": ["PL"],
    "pt": ["PT", "BR"], "tr": ["TR"], "el": ["GR"], "he": ["IL"], "ar": ["SA", "AE", "EG"],
    "ro": ["RO"], "hu": ["HU"], "sv": ["SE"], "fi": ["FI"], "ru": ["UA"],
}  # fmt: skip


def iban(rng: random.Random, lang: str, cc: str = "") -> str:
    cc = cc or rng.choice(_IBAN_LANG.get(lang, _IBAN_LANG["en"]))
    value = _iban(cc, _IBAN_BBAN[cc](rng))
    assert iban_ok(value)
    if rng.random() < 0.55:
        return " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    return value


def ssn(rng: random.Random, style: str = "") -> str:
    area = rng.choice([rng.randrange(1, 666), rng.randrange(667, 900)])
    group, serial = rng.randrange(1, 100), rng.randrange(1, 10000)
    style = style or rng.choice(["-", "-", "-", " ", ""])
    return f"{area:03d}{style}{group:02d}{style}{serial:04d}"


def itin(rng: random.Random) -> str:
    mid = rng.choice(
        list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92, 94, 95, 96, 97, 98, 99]
    )
    sep = rng.choice(["-", "-", " ", ""])
    return f"9{rng.randrange(0, 100):02d}{sep}{mid}{sep}{rng.randrange(0, 10000):04d}"


def ipv4(rng: random.Random, private: bool | None = None) -> str:
    r = rng.randrange
    if private is None:
        private = rng.random() < 0.45
    if private:
        return rng.choice(
            [f"10.{r(0, 256)}.{r(0, 256)}.{r(1, 255)}", f"192.168.{r(0, 256)}.{r(2, 255)}",
             f"172.{r(16, 32)}.{r(0, 256)}.{r(1, 255)}"]
        )  # fmt: skip
    while True:
        a = r(1, 224)
        if a not in (10, 127, 169, 172, 192, 100, 198, 0):
            return f"{a}.{r(0, 256)}.{r(0, 256)}.{r(1, 255)}"


def ipv6(rng: random.Random) -> str:
    groups = [rng.choice(["2001", "2a02", "2600", "2a01", "2406", "2804"])] + [
        f"{rng.randrange(0x10000):x}" for _ in range(7)
    ]
    r = rng.random()
    if r < 0.4:
        return ":".join(groups)
    if r < 0.8:
        return ":".join(groups[:3]) + "::" + ":".join(groups[6:])
    return "fe80::" + ":".join(f"{rng.randrange(0x10000):x}" for _ in range(4))


def mac(rng: random.Random) -> str:
    b = [rng.randrange(256) for _ in range(6)]
    b[0] &= 0xFE
    style = rng.choice([":", ":", "-", "cisco", ":U"])
    if style == "cisco":
        h = "".join(f"{x:02x}" for x in b)
        return f"{h[:4]}.{h[4:8]}.{h[8:]}"
    if style == ":U":
        return ":".join(f"{x:02X}" for x in b)
    return style.join(f"{x:02x}" if style == ":" else f"{x:02X}" for x in b)


def crypto(rng: random.Random, kind: str = "") -> str:
    kind = kind or rng.choice(["btc", "btc3", "bc1", "eth", "eth"])
    payload = bytes(rng.randrange(256) for _ in range(20))
    if kind == "btc":
        v = _b58check(b"\x00" + payload)
        assert b58check_ok(v)
    elif kind == "btc3":
        v = _b58check(b"\x05" + payload)
        assert b58check_ok(v)
    elif kind == "bc1":
        v = _bech32("bc", payload)
        assert bech32_ok(v)
    else:
        v = eip55(payload.hex())
        if rng.random() < 0.25:
            v = v.lower()
        else:
            assert eip55_ok(v)
    return v


def dl(rng: random.Random, kind: str, surname: str = "") -> str:
    r, d, up = rng.randrange, lambda n: _d(rng, n), _UP
    kind = kind or rng.choice(["ca", "ny", "fl", "tx", "il", "pa", "nj", "uk", "de", "on"])
    if kind == "ca":
        return rng.choice(up) + d(7)
    if kind == "ny":
        return rng.choice([d(9), f"{d(3)} {d(3)} {d(3)}"])
    if kind == "fl":
        return f"{rng.choice(up)}{d(3)}-{d(3)}-{d(2)}-{d(3)}-{d(1)}"
    if kind == "tx":
        return d(8)
    if kind == "il":
        return f"{rng.choice(up)}{d(3)}-{d(4)}-{d(4)}"
    if kind == "pa":
        return f"{d(2)} {d(3)} {d(3)}"
    if kind == "nj":
        return f"{rng.choice(up)}{d(4)} {d(5)} {d(5)}"
    if kind == "uk":
        s = (_slug(surname).upper() + "99999")[:5] if surname else _tok(rng, 5, up)
        born = f"{r(5, 9)}{r(1, 13):02d}{r(1, 29):02d}{r(0, 10)}"
        return f"{s}{born}{_tok(rng, 2, up)}9{_tok(rng, 2, up)}"
    if kind == "de":
        return f"{rng.choice('BFJN')}{d(3)}{_tok(rng, 3, up)}{d(1)}{rng.choice(up)}{d(2)}"
    if kind == "on":
        return f"{rng.choice(up)}{d(4)}-{d(5)}-{d(5)}"
    if kind == "in":
        return f"{rng.choice(['MH', 'KA', 'DL', 'TN'])}{d(2)} {r(2005, 2023)}{d(7)}"
    if kind == "fr":
        return d(12)
    if kind == "au":
        return d(8)
    if kind == "br":
        return d(11)
    if kind == "mx":
        return f"{rng.choice(up)}{d(8)}"
    raise KeyError(kind)


def passport(rng: random.Random, kind: str) -> str:
    d, up = lambda n: _d(rng, n), _UP
    noV = "CFGHJKLMNPRTVWXYZ"
    kind = kind or rng.choice(["us", "uk", "de", "fr", "in", "cn", "br", "mx", "ng", "ph", "jp"])
    return {
        "us": lambda: rng.choice([d(9), rng.choice(up) + d(8)]),
        "uk": lambda: d(9),
        "de": lambda: rng.choice(noV) + _tok(rng, 8, noV + string.digits),
        "fr": lambda: f"{d(2)}{_tok(rng, 2, up)}{d(5)}",
        "in": lambda: rng.choice(up) + d(7),
        "cn": lambda: rng.choice(["E" + d(8), "EA" + d(7), "EB" + d(7)]),
        "br": lambda: _tok(rng, 2, up) + d(6),
        "mx": lambda: rng.choice(up) + d(8),
        "ng": lambda: rng.choice(up) + d(8),
        "ph": lambda: "P" + d(7) + rng.choice(up),
        "jp": lambda: _tok(rng, 2, up) + d(7),
        "kr": lambda: "M" + d(8),
        "ru": lambda: f"{d(2)} {d(7)}",
        "es": lambda: _tok(rng, 3, up) + d(6),
        "it": lambda: _tok(rng, 2, up) + d(7),
        "tr": lambda: "U" + d(8),
        "pl": lambda: _tok(rng, 2, up) + d(7),
    }[kind]()


_WORDS = _w("maple river quantum tiger lemon orbit velvet candle oyster granite pixel harbor")


def secret(rng: random.Random, kind: str) -> str:
    t = lambda n, a=_AN: _tok(rng, n, a)  # noqa: E731
    up_d = _UP + string.digits
    if kind == "pw":
        return rng.choice([
            rng.choice(_w("Summer Winter Spring Autumn Welcome Monkey"))
            + f"{rng.randrange(2015, 2026)}{rng.choice('!#$@?')}",
            rng.choice(_w("P@ssw0rd Passw0rd Qwerty Admin"))
            + f"{rng.randrange(1, 999)}{rng.choice(['!', '', '#'])}",
            t(rng.randrange(10, 17), _AN + "!@#$%^&*"),
            "-".join(rng.choice(_WORDS) for _ in range(4)),
            t(4, string.ascii_lowercase) + f"{rng.randrange(10, 99)}{t(3, _UP)}!{t(2)}",
        ])  # fmt: skip
    if kind == "aws_id":
        return rng.choice(["AKIA", "ASIA"]) + t(16, up_d)
    if kind == "aws_secret":
        return t(40, _AN + "/+")
    if kind == "ghp":
        return rng.choice(["ghp_", "gho_", "ghs_"]) + t(36)
    if kind == "ghpat":
        return "github_pat_11" + t(20, up_d) + "_" + t(59)
    if kind == "glpat":
        return "glpat-" + t(20, _AN + "-_")
    if kind == "slack":
        return f"{rng.choice(['xoxb', 'xoxp'])}-{_d(rng, 12)}-{_d(rng, 13)}-{t(24)}"
    if kind == "slackhook":
        return f"T{t(8, up_d)}/B{t(10, up_d)}/{t(24)}"
    if kind == "stripe":
        return rng.choice(["sk_live_", "rk_live_"]) + t(rng.choice([24, 34, 99]))
    if kind == "whsec":
        return "whsec_" + t(32)
    if kind == "openai":
        return rng.choice(["sk-proj-", "sk-"]) + t(48, _AN + "_-")
    if kind == "anthropic":
        return "sk-ant-api03-" + t(93, _AN + "_-") + "AA"
    if kind == "gkey":
        return "AIza" + t(35, _AN + "_-")
    if kind == "hf":
        return "hf_" + t(34)
    if kind == "npm":
        return "npm_" + t(36)
    if kind == "pypi":
        return "pypi-AgEIcHlwaS5vcmc" + t(rng.randrange(60, 140), _AN + "-_")
    if kind == "sendgrid":
        return f"SG.{t(22, _AN + '-_')}.{t(43, _AN + '-_')}"
    if kind == "mailgun":
        return "key-" + t(32, _HEX)
    if kind == "twilio":
        return t(32, _HEX)
    if kind == "hex32":
        return t(rng.choice([32, 40, 64]), _HEX)
    if kind == "bearer":
        return rng.choice([_b64(rng, 32).rstrip("="), "ya29." + t(100, _AN + "-_")])
    if kind == "jwt":
        head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
        body = json.dumps(
            {"sub": str(rng.randrange(10**6)), "iat": rng.randrange(17 * 10**8, 18 * 10**8)}
        )
        claims = base64.urlsafe_b64encode(body.encode()).decode().rstrip("=")
        return f"{head}.{claims}.{_b64(rng, 32).rstrip('=')}"
    if kind == "pem":
        label = rng.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY"])
        lines = [base64.b64encode(bytes(rng.randrange(256) for _ in range(48))).decode()
                 for _ in range(rng.randrange(3, 7))]  # fmt: skip
        return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----"
    if kind == "sshkey":
        lines = [base64.b64encode(bytes(rng.randrange(256) for _ in range(52))).decode()[:70]
                 for _ in range(rng.randrange(3, 6))]  # fmt: skip
        lines[0] = "b3BlbnNzaC1rZXktdjEAAAAA" + lines[0][24:]
        label = "OPENSSH PRIVATE KEY"
        return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----"
    if kind == "azure":
        return base64.b64encode(bytes(rng.randrange(256) for _ in range(64))).decode()
    if kind == "django":
        return "django-insecure-" + t(50, string.ascii_lowercase + string.digits + "!@#%^&*(-_=+)")
    if kind == "tgbot":
        return f"{rng.randrange(10**8, 10**10)}:AA{t(33, _AN + '_-')}"
    if kind == "discord":
        uid = str(rng.randrange(10**17, 10**18)).encode()
        return (
            f"{base64.b64encode(uid).decode().rstrip('=')}.{t(6, _AN + '_-')}.{t(38, _AN + '_-')}"
        )
    if kind == "totp":
        return t(rng.choice([16, 32]), "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
    if kind == "session":
        return t(rng.choice([32, 40, 48]), string.ascii_lowercase + string.digits)
    if kind == "basic":
        user = rng.choice(["admin", "deploy", "svc-backup", "api", "ci"])
        return base64.b64encode(f"{user}:{secret(rng, 'pw')}".encode()).decode()
    if kind == "wifi":
        low = string.ascii_lowercase
        return rng.choice([f"{t(4, low)}{rng.randrange(1000, 9999)}{t(3, low)}",
                           secret(rng, "pw")])  # fmt: skip
    if kind == "pin":
        return _d(rng, rng.choice([4, 6]))
    raise KeyError(kind)


#: value kinds and the category they are labeled with
SECRET_KINDS = _w(
    "pw aws_id aws_secret ghp ghpat glpat slack slackhook stripe whsec openai anthropic gkey hf "
    "npm pypi sendgrid mailgun twilio hex32 bearer jwt pem sshkey azure django tgbot discord "
    "totp session basic wifi pin"
)
CATEGORY = {
    "email": "EMAIL",
    "phone": "PHONE",
    "address": "ADDRESS",
    "card": "CREDIT_CARD",
    "iban": "IBAN",
    "ssn": "US_SSN",
    "itin": "US_ITIN",
    "ip": "IP",
    "ipp": "IP",
    "ip6": "IP",
    "mac": "MAC",
    "crypto": "CRYPTO",
    "dob": "DATE_OF_BIRTH",
    "dl": "DRIVER_LICENSE",
    "passport": "PASSPORT",
    **dict.fromkeys(SECRET_KINDS, "SECRET"),
}


# --------------------------------------------------------------------------------------
# kept look-alikes

_KEEP_LISTS = {
    "org": "Wells Fargo|Morgan Stanley|JPMorgan Chase|Charles Schwab|Goldman Sachs|Johnson & "
    "Johnson|Procter & Gamble|Ben & Jerry's|Dr. Martens|Ford|Ferrari|Porsche|Dell|Ernst & Young|"
    "Marks & Spencer|Sainsbury's|McDonald's|Wendy's|Tim Hortons|Mercedes-Benz|Disney|Boeing|"
    "Siemens|Philips|Bosch|Heineken|Carlsberg|Kellogg's|Heinz|Levi's|Calvin Klein|Ralph Lauren|"
    "Tommy Hilfiger|Hugo Boss|Louis Vuitton|Christian Dior|Chanel|Estée Lauder|Toyota|Honda|"
    "Suzuki|Yamaha|Hyundai|Samsung|Tata Consultancy Services|Mahindra|Infosys|Jollibee|Alibaba|"
    "Xiaomi|Schneider Electric|Bayer|Pfizer|Sherwin-Williams|Campbell's|Baker McKenzie|"
    "Lockheed Martin|Hewlett Packard Enterprise|Harley-Davidson|Marriott|Hilton|Dyson|"
    "Ocean Spray|Trader Joe's|Kia|Mitsubishi|Nokia|Ericsson|Zara|Mango|Aldi|Lidl|Carrefour",
    "product": "Jenkins|Alexa|Siri|Cortana|Julia|Ruby|Django|Flask|Hugo|Jekyll|Sphinx|"
    "Cassandra|Kafka|Ansible|Terraform|Vagrant|Grafana|Loki|Thanos|Prometheus|Helm|Argo CD|"
    "Celery|Dask|Polars|Keras|Ollama|Llama 3|Mistral 7B|Claude 3.5 Sonnet|Gemini 1.5 Pro|"
    "Watson|Jasmine|Mocha|Karma|Sinatra|Elixir|Crystal|Ada|Pascal|Haskell|Erlang|Nginx|"
    "Apache Spark|Airflow|Dagster|Prefect|Sentry|Datadog|Figma|Notion|Linear|Asana|Jira|"
    "Confluence|Zendesk|Intercom|Twilio|Stripe|Plaid|Okta|Auth0|Vercel|Netlify|Heroku|"
    "GitHub Copilot|Cursor|Windsurf|Pandas|NumPy|Matplotlib|Seaborn|Bootstrap|Tailwind|Svelte|"
    "Gatsby|Astro|Remix|Kubernetes|Docker|Podman|Redis|Valkey|MariaDB|Oracle|Rosetta|Jasper AI",
    "place": "Victoria|Charlotte|Austin|Jackson|Madison|Florence|Georgia|Adelaide|"
    "Alice Springs|Elizabeth, NJ|Lake Louise|Mount Isa|Santa Monica|San Jose|São Paulo|"
    "St. Petersburg|Port Louis|Lake Mary|Lincoln|Houston|Regina|Helena|Augusta|Santa Barbara|"
    "Kimberley|Darwin|Hamilton|Wellington|Nelson|Hastings|Chester|Sofia|Lake Victoria|"
    "Victoria Island|Santa Clara|Marysville|Juliaca|Isabela|Rosario|Dolores Hidalgo|"
    "Josephine County|Virginia Beach|Jamestown|Louisville|Charleston|Florianópolis",
    "city": "Lisbon|Nairobi|Lagos|Accra|Osaka|Busan|Chennai|Pune|Dhaka|Karachi|Lahore|Cairo|"
    "Casablanca|Istanbul|Tbilisi|Yerevan|Almaty|Tashkent|Ulaanbaatar|Kathmandu|Colombo|Bangkok|"
    "Vientiane|Phnom Penh|Yangon|Hanoi|Manila|Cebu|Jakarta|Surabaya|Kuala Lumpur|Shenzhen|"
    "Hong Kong|Honolulu|Auckland|Apia|Cusco|La Paz|Oaxaca|Guadalajara|Recife|Port-au-Prince|"
    "Mombasa|Durban|Mogadishu|Kano|Kumasi|Tromsø|Bilbao|Barcelona|Galway|Inverness|Cardiff|"
    "Reykjavík|Tampere|Tartu|Vilnius|Riga|Kraków|Brno|Kyiv|Belgrade|Budapest|Thessaloniki|"
    "Tirana|Cluj-Napoca|Haifa|Toronto|Denver|Leeds|Lyon|Munich|Rotterdam|Turin",
    "lib": "requests|numpy|pandas|scikit-learn|torch|transformers|fastapi|pydantic|sqlalchemy|"
    "boto3|openai|anthropic|langchain|llama-index|express|react|next|vue|axios|lodash|"
    "jasmine-core|karma|mocha|sinatra|rails|devise|sidekiq|serde|tokio|reqwest|gin|cobra|"
    "spring-boot|hibernate|jackson-databind|log4j|guava|junit|pytest|black|ruff|mypy|uvicorn",
}
_MODELS = _w(
    "gpt-4o gpt-4o-mini gpt-4.1 o3-mini claude-3-5-sonnet-20241022 claude-3-haiku-20240307 "
    "claude-sonnet-4-20250514 gemini-1.5-pro llama-3.1-70b-instruct mistral-large-latest "
    "qwen2.5-72b-instruct deepseek-chat"
)


def keep(rng: random.Random, kind: str, lang: str) -> str:
    r = rng.randrange
    if kind in _KEEP_LISTS:
        return rng.choice(_KEEP_LISTS[kind].split("|"))
    if kind == "lookalike":
        return rng.choice(
            (_KEEP_LISTS["org"] + "|" + _KEEP_LISTS["product"] + "|" + _KEEP_LISTS["place"]).split(
                "|"
            )
        )
    if kind == "version":
        return rng.choice([f"{r(0, 9)}.{r(0, 30)}.{r(0, 30)}", f"v{r(1, 6)}.{r(0, 20)}.{r(0, 12)}",
                           f"{r(1, 4)}.{r(0, 13)}",
                           f"{r(2019, 2026)}.{r(1, 13)}.{r(0, 5)}"])  # fmt: skip
    if kind == "ver4":
        return rng.choice([f"{r(100, 130)}.0.{r(5000, 7000)}.{r(10, 200)}",
                           f"10.0.{r(19041, 26100)}.{r(1000, 4000)}", f"{r(1, 5)}.0.0.0",
                           f"{r(1, 9)}.{r(0, 9)}.{r(0, 9)}.{r(0, 9)}"])  # fmt: skip
    if kind == "sha":
        return _tok(rng, 40, _HEX)
    if kind == "sha7":
        return _tok(rng, 7, _HEX)
    if kind == "sha256":
        return "sha256:" + _tok(rng, 64, _HEX)
    if kind == "txhash":
        return "0x" + _tok(rng, 64, _HEX)
    if kind == "uuid":
        h = _tok(rng, 32, _HEX)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"
    if kind == "order":
        return rng.choice([f"ORD-{r(2019, 2026)}-{r(10**5, 10**6)}", f"#{r(100000, 999999)}",
                           f"{r(100, 999)}-{r(1000000, 9999999)}-{r(1000000, 9999999)}",
                           f"SO{r(10**7, 10**8)}"])  # fmt: skip
    if kind == "invoice":
        return f"INV-{r(2020, 2026)}-{r(1, 99999):05d}"
    if kind == "ticket":
        return (
            f"{rng.choice(['PAY', 'OPS', 'INFRA', 'WEB', 'DATA', 'SEC', 'HR', 'CS'])}-{r(10, 9999)}"
        )
    if kind == "tracking":
        return rng.choice([f"1Z{_tok(rng, 6, _UP + string.digits)}{_d(rng, 10)}",
                           f"9400 {_d(rng, 4)} {_d(rng, 4)} {_d(rng, 4)} {_d(rng, 4)} {_d(rng, 2)}",
                           f"JD{_d(rng, 18)}", f"LX{_d(rng, 9)}CN"])  # fmt: skip
    if kind == "isbn":
        return f"978-{r(0, 2)}-{r(100, 999)}-{r(10000, 99999)}-{r(0, 10)}"
    if kind == "sku":
        return f"{_tok(rng, 3, _UP)}-{r(100, 9999)}-{rng.choice(['BLK', 'WHT', 'XL', 'M', 'S'])}"
    if kind == "num":
        return str(r(2, 500))
    if kind == "big":
        return f"{r(1000, 99999):,}"
    if kind == "pct":
        return f"{r(1, 99)}.{r(0, 10)}%"
    if kind == "price":
        amount = f"{r(3, 2500)}.{r(0, 100):02d}"
        cur = {"en": ["$", "£", "€", "USD "], "de": ["€ "], "fr": ["€ "], "es": ["€", "MX$"],
               "pt": ["R$ "], "ja": ["¥"], "hi": ["₹"], "tr": ["₺"],
               "pl": ["zł "]}.get(lang, ["$"])  # fmt: skip
        return rng.choice(cur) + amount
    if kind == "date":
        return date_str(rng, lang, 2022, 2026)
    if kind == "time":
        return f"{r(0, 24):02d}:{r(0, 60):02d}"
    if kind == "ts":
        day = f"{r(2023, 2026)}-{r(1, 13):02d}-{r(1, 29):02d}"
        return f"{day}T{r(0, 24):02d}:{r(0, 60):02d}:{r(0, 60):02d}.{r(0, 1000):03d}Z"
    if kind == "logts":
        day = f"{r(2023, 2026)}-{r(1, 13):02d}-{r(1, 29):02d}"
        return f"{day} {r(0, 24):02d}:{r(0, 60):02d}:{r(0, 60):02d},{r(0, 1000):03d}"
    if kind == "year":
        return str(r(2019, 2027))
    if kind == "url":
        return rng.choice([
            "https://docs.python.org/3/library/json.html", "https://github.com/pallets/flask/issues/5210",
            "https://www.ikea.com/us/en/p/billy-bookcase-white-00263850/", "https://en.wikipedia.org/wiki/Victoria,_British_Columbia",
            "https://status.openai.com", "https://pypi.org/project/requests/", "https://stackoverflow.com/q/41123571",
            "https://www.bbc.co.uk/news/technology", "https://maps.app.goo.gl/xYz3Kq9Lm", "https://example.com/pricing",
            "https://kubernetes.io/docs/concepts/workloads/pods/", "https://registry.npmjs.org/jasmine-core",
            "https://www.wellsfargo.com/help/", "https://shop.lego.com/en-us/product/75313", "https://arxiv.org/abs/2310.06825",
        ])  # fmt: skip
    if kind == "host":
        return rng.choice([
            "api.internal", "db-prod-3.cluster-c9xk2.eu-west-1.rds.amazonaws.com",
            "cache-01.svc.local", "gateway.staging.example.net", "localhost", "build-agent-7",
            "ip-172-31-0-0.ec2.internal",
            "kafka-broker-2.kafka.svc.cluster.local", "metrics.acmecorp.io", "worker-eu-2",
        ])  # fmt: skip
    if kind == "region":
        return rng.choice(["us-east-1", "eu-west-1", "ap-southeast-2", "eu-central-1", "us-west-2"])
    if kind == "port":
        return str(rng.choice([80, 443, 3000, 5432, 6379, 8000, 8080, 8443, 9092, 27017]))
    if kind == "pod":
        alpha = "bcdfghjklmnpqrstvwxz2456789"
        app = rng.choice(["checkout", "api", "worker", "billing", "search"])
        return f"{app}-{_tok(rng, 9, alpha)}-{_tok(rng, 5, alpha)}"
    if kind == "reqid":
        return f"{rng.choice(['req_', 'msg_', 'chatcmpl-', 'run_'])}{_tok(rng, 24)}"
    if kind == "hexid":
        return _tok(rng, 12, _HEX)
    if kind == "model":
        return rng.choice(_MODELS)
    if kind == "errcode":
        return rng.choice(
            _o(
                "E11000|ECONNRESET|ORA-00942|ERR_SSL_PROTOCOL_ERROR|0x80070005|"
                "HTTP 503|SQLSTATE 23505|EADDRINUSE|ENOENT|429 Too Many Requests"
            )
        )
    if kind == "dur":
        return rng.choice(
            [f"{r(2, 999)}ms", f"{r(1, 59)}.{r(0, 9)}s", f"{r(1, 48)}h", f"{r(2, 30)} min"]
        )
    if kind == "mem":
        return rng.choice(
            [f"{r(64, 4096)}Mi", f"{r(1, 64)}Gi", f"{r(100, 900)} MB", f"{r(1, 32)} GB"]
        )
    if kind == "weekday":
        return rng.choice(_w("Monday Tuesday Wednesday Thursday Friday Saturday Sunday"))
    if kind == "pid":
        return str(r(100, 65000))
    if kind == "container":
        return _tok(rng, 12, _HEX)
    if kind == "localip":
        return rng.choice(["127.0.0.1", "0.0.0.0", "::1", "localhost"])
    if kind == "build":
        return f"{r(2023, 2026)}{r(1, 13):02d}{r(1, 29):02d}.{r(1, 40)}"
    raise KeyError(kind)


# --------------------------------------------------------------------------------------
# rendering

_SLOT = re.compile(r"\{\{([a-z][a-z0-9_]*)(?:\.([a-z0-9_]+))?(?:#(\w+))?(?::([^{}]*))?\}\}")
_TURN = "\n~~~\n"


class Renderer:
    def __init__(self, rng: random.Random, people: People, lang: str) -> None:
        self.rng, self.people, self.lang = rng, people, lang
        self.persons: dict[str, Person] = {}
        self.memo: dict[str, str] = {}
        self.country = rng.choice(LANG_COUNTRY.get(lang, LANG_COUNTRY["en"]))
        self.date_style = date_style(rng, lang)

    def person(self, key: str) -> Person:
        if key not in self.persons:
            while True:
                p = self.people.person(self.lang)
                if all(p.full != q.full for q in self.persons.values()):
                    break
            self.persons[key] = p
        return self.persons[key]

    def slot(self, base: str, var: str | None, arg: str | None) -> Seg:
        rng, lang = self.rng, self.lang
        var = var or ""
        if re.fullmatch(r"p\d", base):
            p = self.person(base)
            return person_form(p, var), ("EMAIL" if var == "email" else "PERSON")
        if base == "alt":
            return rng.choice((arg or "").split("|")), None
        if base == "email":
            p = self.people.person(lang)
            return p.email, "EMAIL"
        if base == "phone":
            return phone(rng, var or self.country), "PHONE"
        if base == "address":
            if var == "line":
                return address(rng, self.country, True).split("\n")[0], "ADDRESS"
            cc = self.country if var in ("", "ml") else var
            return address(rng, cc, var == "ml"), "ADDRESS"
        if base == "card":
            return card(rng, var), "CREDIT_CARD"
        if base == "iban":
            return iban(rng, lang, var.upper()), "IBAN"
        if base == "ssn":
            return ssn(rng, {"dash": "-", "raw": ""}.get(var, "")), "US_SSN"
        if base == "itin":
            return itin(rng), "US_ITIN"
        if base in ("ip", "ipp"):
            return ipv4(rng, True if base == "ipp" else (False if var == "pub" else None)), "IP"
        if base == "ip6":
            return ipv6(rng), "IP"
        if base == "mac":
            return mac(rng), "MAC"
        if base == "crypto":
            return crypto(rng, var), "CRYPTO"
        if base == "dob":
            return date_str(rng, lang, 1938, 2012, var or self.date_style), "DATE_OF_BIRTH"
        if base == "dl":
            sur = self.persons["p1"].surname if "p1" in self.persons else ""
            return dl(rng, var, sur), "DRIVER_LICENSE"
        if base == "passport":
            return passport(rng, var), "PASSPORT"
        if base in CATEGORY:
            return secret(rng, base), "SECRET"
        if base == "date":
            return date_str(rng, lang, 2022, 2026, var or self.date_style), None
        return keep(rng, base, lang), None

    def render(self, text: str) -> list[Seg]:
        segs: list[Seg] = []
        pos = 0
        for m in _SLOT.finditer(text):
            if m.start() > pos:
                segs.append((text[pos : m.start()], None))
            base, var, key, arg = m.groups()
            memo = f"{base}.{var}#{key}" if key else ""
            if memo and memo in self.memo:
                segs.append((self.memo[memo], CATEGORY.get(base) or self._cat(base, var)))
            else:
                val, cat = self.slot(base, var, arg)
                if memo:
                    self.memo[memo] = val
                segs.append((val, cat))
            pos = m.end()
        if pos < len(text):
            segs.append((text[pos:], None))
        return segs

    def _cat(self, base: str, var: str | None) -> str | None:
        if re.fullmatch(r"p\d", base):
            return "EMAIL" if var == "email" else "PERSON"
        return None


# --------------------------------------------------------------------------------------
# transforms and envelopes

_EMOJI = ["🙏", "😅", "👍", "🙂", "😭", "🔥", "✅", "🤔", "😂", "❤️", "🙌", "😬", "👀"]


def _typos(rng: random.Random, segs: list[Seg], n: int) -> list[Seg]:
    idx = [i for i, (t, c) in enumerate(segs) if c is None and re.search(r"[a-z]{5,}", t)]
    out = list(segs)
    for _ in range(n):
        if not idx:
            break
        i = rng.choice(idx)
        text = out[i][0]
        words = [m for m in re.finditer(r"\b[a-z]{5,}\b", text)]
        if not words:
            continue
        w = rng.choice(words)
        s = w.group()
        k = rng.randrange(1, len(s) - 2)
        op = rng.random()
        if op < 0.4:
            s2 = s[:k] + s[k + 1] + s[k] + s[k + 2 :]
        elif op < 0.7:
            s2 = s[:k] + s[k + 1 :]
        else:
            s2 = s[:k] + s[k] + s[k:]
        out[i] = (text[: w.start()] + s2 + text[w.end() :], None)
    return out


def _lower(segs: list[Seg]) -> list[Seg]:
    return [(t.lower(), c) if c in (None, "PERSON") else (t, c) for t, c in segs]


def _escape(segs: list[Seg], ascii_only: bool) -> list[Seg]:
    return [(json.dumps(t, ensure_ascii=ascii_only)[1:-1], c) for t, c in segs]


def _join_turns(rng: random.Random, turns: list[list[Seg]]) -> list[Seg]:
    style = rng.randrange(5)
    labels = [("User: ", "Assistant: "), ("### User\n", "### Assistant\n"),
              ("[user] ", "[assistant] "), ("Human: ", "AI: "), ("> ", "")][style]  # fmt: skip
    out: list[Seg] = []
    for i, turn in enumerate(turns):
        if i:
            out.append(("\n\n", None))
        out.append((labels[i % 2], None))
        out.extend(turn)
    return out


def _envelope(rng: random.Random, turns: list[list[Seg]], model: str) -> list[Seg]:
    ascii_only = rng.random() < 0.3
    kind = rng.randrange(5)
    msgs = []
    for i, turn in enumerate(turns):
        role = "user" if i % 2 == 0 else "assistant"
        msgs.append((role, _escape(turn, ascii_only)))
    out: list[Seg] = []
    system = rng.choice(["You are a helpful assistant.", "You are a concise assistant. Answer in "
                         "the user's language.", "You rewrite text for clarity."])  # fmt: skip
    if kind in (0, 1, 2):
        if kind == 0:
            out.append((f'{{"model": "{model}", "messages": [{{"role": "system", "content": '
                        f'"{system}"}}, ', None))  # fmt: skip
        elif kind == 1:
            out.append((f'{{"model": "{model}", "max_tokens": {rng.choice([512, 1024, 4096])}, '
                        '"messages": [', None))  # fmt: skip
        else:
            out.append((f'{{"custom_id": "request-{rng.randrange(1, 5000)}", "method": "POST", '
                        f'"url": "/v1/chat/completions", "body": {{"model": "{model}", '
                        '"messages": [', None))  # fmt: skip
        for i, (role, segs) in enumerate(msgs):
            out.append((("" if i == 0 else ", ") + f'{{"role": "{role}", "content": "', None))
            out.extend(segs)
            out.append(('"}', None))
        tail = "]}}" if kind == 2 else f'], "temperature": {rng.choice([0, 0.2, 0.7, 1])}}}'
        out.append((tail, None))
        return out
    if kind == 3:
        ts = keep(rng, "ts", "en")
        out.append((f"{ts} INFO llm.gateway request_id={keep(rng, 'reqid', 'en')} model={model} "
                    'prompt="', None))  # fmt: skip
        for i, (_, segs) in enumerate(msgs):
            if i:
                out.append(("\\n\\n", None))
            out.extend(segs)
        out.append((f'" tokens_in={rng.randrange(20, 4000)}', None))
        return out
    last_user = max(i for i, (role, _) in enumerate(msgs) if role == "user")
    out.append((f'{{"id": "{keep(rng, "reqid", "en")}", "object": "chat.completion", "model": '
                f'"{model}", "input": [', None))  # fmt: skip
    for i, (role, segs) in enumerate(msgs[: last_user + 1]):
        out.append((("" if i == 0 else ", ") + f'{{"role": "{role}", "content": "', None))
        out.extend(segs)
        out.append(('"}', None))
    out.append(('], "usage": {"prompt_tokens": ' + str(rng.randrange(20, 4000)) + "}}", None))
    return out


def _to_sample(segs: list[Seg]) -> Sample:
    text, spans, pos = [], [], 0
    for t, c in segs:
        if c is not None and t:
            spans.append((c, pos, pos + len(t)))
        text.append(t)
        pos += len(t)
    return Sample("".join(text), spans)


def render_template(tpl: Template, rng: random.Random, people: People) -> tuple[Sample, list[str]]:
    r = Renderer(rng, people, tpl.lang)
    body = tpl.text
    if tpl.kind == "doc" and rng.random() < 0.55:
        body = rng.choice(PREFIXES.get(tpl.lang, PREFIXES["en"])) + body
    turns = [r.render(part) for part in body.split(_TURN)]
    chatty = tpl.kind in ("chat", "turns")
    if chatty and rng.random() < 0.2:
        turns = [_lower(t) if i % 2 == 0 else t for i, t in enumerate(turns)]
    if chatty and tpl.lang == "en" and rng.random() < 0.35:
        turns = [_typos(rng, t, rng.randrange(1, 3)) if i % 2 == 0 else t
                 for i, t in enumerate(turns)]  # fmt: skip
    if chatty and rng.random() < 0.12:
        turns[0] = [*turns[0], (" " + rng.choice(_EMOJI), None)]
    p_env = {"chat": 0.15, "doc": 0.12, "tech": 0.06, "turns": 0.4, "clean": 0.12}[tpl.kind]
    if rng.random() < p_env:
        segs = _envelope(rng, turns, keep(rng, "model", "en"))
    elif len(turns) > 1:
        segs = _join_turns(rng, turns)
    else:
        segs = turns[0]
    sample = _to_sample(segs)
    values = [t for t, c in segs if c is not None and t]
    return sample, values


def check(sample: Sample, values: list[str] | None = None) -> None:
    """Spans inside the text, sorted, not overlapping, and equal to the inserted values."""
    last = 0
    for i, (cat, s, e) in enumerate(sample.spans):
        assert 0 <= last <= s < e <= len(sample.text), (cat, s, e)
        if values is not None:
            assert sample.text[s:e] == values[i], (sample.text[s:e], values[i])
        assert sample.text[s:e] == sample.text[s:e].strip(), repr(sample.text[s:e])
        last = e


def dev4_templates() -> list[Template]:
    return list(TEMPLATES)


def dev4_set(scale: float = 1.0, seed: int = 5151) -> list[Sample]:
    """About 1200 labeled texts at scale 1.0; a fifth without must-remove values."""
    n = round(1200 * scale)
    rng = random.Random(seed)
    people = People(random.Random(seed + 1), seed)
    clean = [t for t in TEMPLATES if t.kind == "clean"]
    pii = [t for t in TEMPLATES if t.kind != "clean"]
    n_clean = round(n * 0.2)
    plan: list[Template] = []
    for pool, count in ((clean, n_clean), (pii, n - n_clean)):
        foreign = [t for t in pool if t.lang != "en"]
        english = [t for t in pool if t.lang == "en"]
        n_foreign = round(count * 0.25)
        for group, k in ((foreign, n_foreign), (english, count - n_foreign)):
            order: list[Template] = []
            while len(order) < k:
                batch = list(group)
                rng.shuffle(batch)
                order.extend(batch)
            plan.extend(order[:k])
    rng.shuffle(plan)
    out = []
    for tpl in plan:
        sample, values = render_template(tpl, rng, people)
        check(sample, values)
        if tpl.kind == "clean":
            assert not sample.spans, tpl.text[:60]
        else:
            assert sample.spans, tpl.text[:60]
        out.append(sample)
    stats = {f"names_{k}": v for k, v in people.counts.items()}
    stats["texts_not_english"] = sum(t.lang != "en" for t in plan)
    dev4_set.last_counts = stats  # type: ignore[attr-defined]
    return out
