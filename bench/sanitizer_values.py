"""Values for the two-halves sanitizer evaluation: names from Faker locales (romanized),
identifiers in many formats (wallets, MACs, ITINs, dates of birth, odd IBAN/SSN/phone/IP
forms), and non-PII near-misses (versions, hashes, UUIDs, bare URLs, generic dates).

Each half draws names from its own locales (TUNED_LOCALES, HELD_LOCALES: no overlap).
Only values come from here; no detector is built from these lists.
"""

from __future__ import annotations

import hashlib
import random
import string
import unicodedata
from urllib.parse import quote, quote_plus

from faker import Faker

from sanitizers.checksums import keccak256

TUNED_LOCALES = ["de_DE", "fr_FR", "es_ES", "it_IT", "pl_PL", "nl_NL", "sv_SE", "tr_TR", "en_IN",
                 "yo_NG", "ig_NG", "ja_JP", "en_GB", "ru_RU", "no_NO", "is_IS"]  # fmt: skip
HELD_LOCALES = ["pt_BR", "cs_CZ", "hu_HU", "fi_FI", "ro_RO", "da_DK", "hr_HR", "id_ID",
                "zu_ZA", "sw", "ha_NG", "az_AZ", "ga_IE", "lt_LT", "es_MX", "en_NG", "et_EE",
                "sk_SK", "sl_SI", "lv_LV", "uz_UZ", "zh_CN", "zh_TW", "uk_UA", "tw_GH"]  # fmt: skip
ROMANIZED = {"ja_JP", "zh_CN", "zh_TW"}
_LATIN = "a b v g d e yo zh z i y k l m n o p r s t u f kh ts ch sh shch  y  e yu ya i yi ye g"
_CYR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ", _LATIN.split(" "), strict=True))
_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]  # fmt: skip


def _translit(word: str) -> str:
    out = "".join(_CYR.get(c.lower(), c) for c in word)
    return out[:1].upper() + out[1:]


_LETTERS = str.maketrans(
    {"ð": "d", "Ð": "D", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "æ": "ae", "Æ": "Ae", "þ": "th",
     "Þ": "Th", "ß": "ss", "đ": "d", "Đ": "D", "ı": "i"}
)  # fmt: skip


def fold(text: str) -> str:
    """Diacritics dropped, as people often type names ("Mária" -> "Maria")."""
    norm = unicodedata.normalize("NFKD", text.translate(_LETTERS))
    return "".join(c for c in norm if not unicodedata.combining(c))


class Names:
    """First and last names from a set of Faker locales, romanized."""

    def __init__(self, locales: list[str], seed: int) -> None:
        self.fakers = []
        for i, loc in enumerate(locales):
            fk = Faker(loc)
            fk.seed_instance(seed * 100 + i)
            self.fakers.append((loc, fk))
        self.rng = random.Random(seed)

    def pair(self) -> tuple[str, str]:
        loc, fk = self.rng.choice(self.fakers)
        if loc in ROMANIZED:
            first, last = fk.first_romanized_name(), fk.last_romanized_name()
            first, last = first.title(), last.title()
        else:
            first, last = fk.first_name(), fk.last_name()
            if loc in ("ru_RU", "uk_UA"):
                first, last = _translit(first), _translit(last)
        if self.rng.random() < 0.2:
            first, last = fold(first), fold(last)
        return first, last


def _b58check(payload: bytes) -> str:
    raw = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(raw, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = _B58[r] + out
    return "1" * (len(raw) - len(raw.lstrip(b"\0"))) + out


def _bech32(version: int, program: bytes) -> str:
    def polymod(values: list[int]) -> int:
        gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
        chk = 1
        for v in values:
            b = chk >> 25
            chk = (chk & 0x1FFFFFF) << 5 ^ v
            for i in range(5):
                chk ^= gen[i] if (b >> i) & 1 else 0
        return chk

    acc, bits, data = 0, 0, [version]
    for byte in program:
        acc, bits = (acc << 8) | byte, bits + 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    const = 1 if version == 0 else 0x2BC830A3
    pm = polymod([3, 3, 0, 2, 3] + data + [0] * 6) ^ const
    return "bc1" + "".join(_BECH[d] for d in data + [(pm >> 5 * (5 - i)) & 31 for i in range(6)])


def eth_address(rng: random.Random, checksummed: bool) -> str:
    body = bytes(rng.randrange(256) for _ in range(20)).hex()
    if not checksummed:
        return "0x" + body
    digest = keccak256(body.encode()).hex()
    return "0x" + "".join(
        c.upper() if c.isalpha() and int(h, 16) >= 8 else c
        for c, h in zip(body, digest[:40], strict=True)
    )


def btc_address(rng: random.Random) -> str:
    kind = rng.randrange(4)
    if kind < 2:
        return _b58check(bytes([0 if kind == 0 else 5]) + rng.randbytes(20))
    return _bech32(kind - 2, rng.randbytes(20 if kind == 2 else 32))


def mac(rng: random.Random) -> str:
    octets = [f"{rng.randrange(256):02x}" for _ in range(6)]
    style = rng.randrange(4)
    if style == 3:
        return ".".join("".join(octets[i : i + 2]) for i in (0, 2, 4))
    text = (":", "-", ":")[style].join(octets)
    return text.upper() if style == 1 or rng.random() < 0.4 else text


def itin(rng: random.Random, sep: str = "-") -> str:
    group = rng.choice([*range(50, 66), *range(70, 89), 90, 91, 92, *range(94, 100)])
    return f"9{rng.randrange(100):02d}{sep}{group}{sep}{rng.randrange(10000):04d}"


def date_text(rng: random.Random, years: tuple[int, int]) -> str:
    y, m, d = rng.randrange(*years), rng.randrange(1, 13), rng.randrange(1, 29)
    name = MONTHS[m - 1]
    suffix = "th" if d in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return rng.choice(
        [f"{name} {d}, {y}", f"{d} {name} {y}", f"{name[:3]} {d}, {y}", f"{m:02d}/{d:02d}/{y}",
         f"{y}-{m:02d}-{d:02d}", f"{d:02d}.{m:02d}.{y}", f"{d}{suffix} of {name} {y}",
         f"{name} {d}{suffix}, {y}", f"{d:02d}-{name[:3]}-{y}", f"{d}/{m}/{y}"]
    )  # fmt: skip


def odd_iban(compact: str, rng: random.Random) -> str:
    style = rng.randrange(4)
    if style == 0:
        return compact
    if style == 1:
        return "-".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    if style == 2:
        return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    cuts, at = [], 0
    while at < len(compact):
        step = rng.randrange(3, 7)
        cuts.append(compact[at : at + step])
        at += step
    return rng.choice([" ", "-"]).join(cuts)


def intl_phone(rng: random.Random) -> str:
    n = lambda k: "".join(rng.choice(string.digits) for _ in range(k))  # noqa: E731
    return rng.choice(
        [f"+44 20 {n(4)} {n(4)}", f"+1-{rng.randrange(201, 989)}-555-{n(4)}",
         f"(+44) 7{n(3)} {n(6)}", f"0044 20 {n(4)} {n(4)}", f"+49 (0)30 {n(7)}",
         f"+91-9{n(4)}-{n(5)}", f"+33 6 {n(2)} {n(2)} {n(2)} {n(2)}", f"+86 138 {n(4)} {n(4)}",
         f"+7 (495) {n(3)}-{n(2)}-{n(2)}", f"+1.{rng.randrange(201, 989)}.555.{n(4)}",
         f"+351 9{n(2)} {n(3)} {n(3)}", f"+254 7{n(2)} {n(6)}"]
    )  # fmt: skip


def handle(first: str, last: str, rng: random.Random) -> str:
    f, la = fold(first).lower().replace(" ", ""), fold(last).lower().replace(" ", "")
    la = "".join(c for c in la if c.isalpha())
    n = rng.randrange(10, 99)
    return rng.choice([f"{f[0]}{la}", f"{f}.{la}", f"{f}_{la}", f"{f}{n}", f"{la}{f[0]}",
                       f"{f}-{la[:1]}"])  # fmt: skip


def url_email(email: str, rng: random.Random) -> str:  # percent-encoded 70% of the time
    return quote(email, safe="") if rng.random() < 0.7 else email


def url_name(first: str, last: str) -> str:
    return quote_plus(f"{first} {last}")  # Ana+Lima
