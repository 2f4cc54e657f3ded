"""dev26: a blind, hand-written, labeled evaluation set for the PII sanitizer.

Genre: family, community and civic life all over the world -- what people paste into, or send
through, an LLM about their families, neighbourhoods, faith communities, clubs and dealings
with the state, and what the apps around them log: family group chats, genealogy notes and
GEDCOM-like snippets, obituaries and memorial notices, condolences, wedding and birth
announcements, RSVP lists, naming ceremonies, parish/mosque/temple/synagogue newsletters and
rosters, club membership lists, residents' association minutes, neighbourhood-watch chats,
petitions, municipal and government service requests, police reports, court and jury letters,
insurance claims, NGO and refugee case notes, dating profiles, social posts, forum threads and
signed reviews, e-mail threads with signatures, CSV/TSV pastes and messenger exports.

How it was made: written without opening the sanitizer, its tests, its docs or other bench
sets (only bench/sanitizer_data.py for `Sample` and bench/sanitizer_metrics.py for scoring).
Every pool (names, streets, towns, domains, public figures ...) and every template in
bench/sanitizer_dev26_templates.py was typed by hand; no Faker, no name data set, and no
recognizer was run on the texts. 91 locales, each in its own languages and scripts.
Texts are assembled from pieces `(text, category_or_None)` and offsets are accumulated while
assembling, so labels never come from searching the finished text. About a fifth of the texts
are wrapped in an LLM API request body (OpenAI chat, Anthropic messages, Gemini, OpenAI
Responses, Ollama) or in a log line of an app calling an LLM; escaping (JSON, double JSON) is
applied piece by piece, so a label covers the value exactly as it appears in the escaped text.
About 8% of the texts carry near-misses only and no label.

Label conventions (must-remove values):
- PERSON: a private person's whole name as one span (given, middle, patronymic, particles,
  double surnames, native script, initials forms, "SURNAME Given", "Surname, Given",
  nicknames, lowercase chat names, logins; an @mention includes its "@"). Titles, honorifics
  and kinship terms used as titles stay outside. Public figures, cited authors, saints and
  places named after people are not labeled. Doctors, lawyers, officials, social workers named
  in private documents are labeled.
- EMAIL, PHONE, IP (v4/v6), MAC, CREDIT_CARD (Luhn), IBAN (mod-97, right length), US_SSN,
  US_ITIN, CRYPTO (base58check, bech32, EIP-55): the value.
- DATE_OF_BIRTH: birth dates only (any format, language or calendar).
- ADDRESS: a private street address from its first to its last given part (not the country).
- DRIVER_LICENSE, PASSPORT: the number, when the context says what it is.
- SECRET: passwords, PINs, OTPs, API keys, tokens, recovery codes, passwords inside connection
  strings (the value only).
- Not labeled: booking refs, flight/train numbers, seats, rooms, order/ticket/tracking/invoice
  numbers, customer/account numbers without IBAN, meters, plates, masked cards, amounts,
  companies, venues, public places, non-birth dates, times, reference codes, versions, hashes.

Template slots (see bench/sanitizer_dev26_templates.py): person slots `{P1}` full name,
`{G1}` given/call name, `{S1}` surname or the name used after a title, `{F1}` formal
("Surname, Given" / "SURNAME Given"), `{I1}` initials form, `{N1}` pet name, `{H1}` @handle,
`{U1}` login, `{E1}` e-mail, `{L1}` lowercase given name, `{LP1}` lowercase full name,
`{X1}` longest full form; unlabeled `{kin1}` / `{hon1}` (kinship term / honorific for the
person's sex). Valued slots: `{EMAIL}`, `{PH}` / `{PHI}` / `{PHX}` (national / international /
either), `{ADDR}` (`{ADDR:M}` multi-line), `{STREET}`, `{DOB}` (`:L` long in the text's
language, `:I` ISO, `:E` English, `:C` local calendar; `:o` old, `:k` child, `:b` baby),
`{IBAN}` (`:P` printed), `{CARD}`, `{SSN}`, `{ITIN}`, `{IP}`, `{IP6}`, `{MAC}`, `{BTC}`,
`{BECH}`, `{ETH}`, `{DL}`, `{PASS}`, `{PWD}`, `{PIN}`, `{OTP}`, `{KEY}`, `{TOKEN}`, `{WIFI}`.
Unlabeled filler slots: `{town}`, `{town2}`, `{country}`, `{date}` (same modifiers),
`{time}`, `{ts}`, `{year}`, `{amount}`, `{ref}`, `{case}`, `{pnr}`, `{flight}`, `{plate}`,
`{masked}`, `{order}`, `{invoice}`, `{track}`, `{acct}`, `{meter}`, `{uuid}`, `{sha}`,
`{ver}`, `{room}`, `{seat}`, `{memno}`, `{num:a-b}`, `{pub}`, `{saint}`, `{brand}`,
`{pubst}`, `{placename}`, `{company}`, `{hotel}`, `{venue}`, `{school}`, `{domain}`.
Choices: `⟪a|b|c⟫` picks one alternative (which may hold slots). `{{` / `}}` are braces.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import string
import time
import unicodedata
from dataclasses import dataclass, field

from bench import sanitizer_dev26_templates as T
from bench.sanitizer_data import Sample

SEED = 2626
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
NONLATIN = {
    "ar", "fa", "he", "ru", "uk", "ja", "ko", "zh", "th", "hi", "bn", "ta", "am", "el",
    "ka", "hy", "si", "ne", "mn", "ur", "kk", "bg", "my", "km", "ps", "ky", "tg",
}  # fmt: skip

Piece = tuple[str, "str | None"]

# ---------------------------------------------------------------- checksummed values

_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_B32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
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


def _keccak_f(a: list[list[int]]) -> list[list[int]]:
    for rc in _RC:
        c = [a[x][0] ^ a[x][1] ^ a[x][2] ^ a[x][3] ^ a[x][4] for x in range(5)]
        d = [c[(x - 1) % 5] ^ _rol(c[(x + 1) % 5], 1) for x in range(5)]
        a = [[a[x][y] ^ d[x] for y in range(5)] for x in range(5)]
        b = [[0] * 5 for _ in range(5)]
        for x in range(5):
            for y in range(5):
                b[y][(2 * x + 3 * y) % 5] = _rol(a[x][y], _ROT[x][y])
        a = [
            [b[x][y] ^ ((~b[(x + 1) % 5][y]) & b[(x + 2) % 5][y]) for y in range(5)]
            for x in range(5)
        ]
        a[0][0] ^= rc
    return a


def keccak256(data: bytes) -> bytes:
    """Keccak-256 (the pre-SHA-3 padding Ethereum uses)."""
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


def eth_address(rng: random.Random) -> str:
    raw = "".join(rng.choice("0123456789abcdef") for _ in range(40))
    h = keccak256(raw.encode()).hex()
    return "0x" + "".join(c.upper() if int(h[i], 16) >= 8 else c for i, c in enumerate(raw))


def _b58check(payload: bytes) -> str:
    full = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(full, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = _B58[r] + out
    pad = len(full) - len(full.lstrip(b"\x00"))
    return "1" * pad + out


def btc_legacy(rng: random.Random) -> str:
    version = rng.choice([b"\x00", b"\x00", b"\x05"])
    return _b58check(version + bytes(rng.randrange(256) for _ in range(20)))


def _polymod(values: list[int]) -> int:
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if (b >> i) & 1 else 0
    return chk


def bech32_address(program: bytes, hrp: str = "bc", witver: int = 0) -> str:
    acc = bits = 0
    data = [witver]
    for byte in program:
        acc = (acc << 8) | byte
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    expand = [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]
    pm = _polymod(expand + data + [0] * 6) ^ 1
    check = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_B32[d] for d in data + check)


def btc_bech32(rng: random.Random) -> str:
    size = rng.choice([20, 20, 20, 32])
    return bech32_address(bytes(rng.randrange(256) for _ in range(size)))


def luhn_complete(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def card_number(rng: random.Random) -> str:
    kind = rng.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "jcb", "cup"])
    if kind == "amex":
        num = luhn_complete(rng.choice(["34", "37"]) + _digits(rng, 12))
        sep = rng.choice([" ", " ", "-", ""])
        return sep.join([num[:4], num[4:10], num[10:]])
    prefix = {
        "visa": "4",
        "mc": rng.choice([str(rng.randrange(51, 56)), str(rng.randrange(2221, 2721))]),
        "disc": "6011",
        "jcb": "35" + str(rng.randrange(28, 90)),
        "cup": "62" + str(rng.randrange(10, 100)),
    }[kind]
    num = luhn_complete(prefix + _digits(rng, 15 - len(prefix)))
    sep = rng.choice([" ", " ", "-", "", " "])
    return sep.join(num[i : i + 4] for i in range(0, 16, 4))


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def pattern(p: str, rng: random.Random) -> str:
    """'#' digit, '^' digit 2-9, '%' upper letter, '?' upper letter or digit; '|' separates
    alternatives (one is picked)."""
    if "|" in p:
        p = rng.choice(p.split("|"))
    out = []
    for ch in p:
        if ch == "#":
            out.append(rng.choice(string.digits))
        elif ch == "^":
            out.append(rng.choice("23456789"))
        elif ch == "%":
            out.append(rng.choice(string.ascii_uppercase))
        elif ch == "?":
            out.append(rng.choice(string.ascii_uppercase + string.digits))
        else:
            out.append(ch)
    return "".join(out)


#: country -> BBAN pattern (the IBAN is CC + 2 check digits + BBAN)
IBAN_BBAN = {
    "DE": "#" * 18, "AT": "#" * 16, "CH": "#" * 17, "FR": "#" * 23, "BE": "#" * 12,
    "NL": "%%%%" + "#" * 10, "ES": "#" * 20, "PT": "#" * 21, "IT": "%" + "#" * 22,
    "GB": "%%%%" + "#" * 14, "IE": "%%%%" + "#" * 14, "PL": "#" * 24, "CZ": "#" * 20,
    "HU": "#" * 24, "RO": "%%%%" + "#" * 16, "GR": "#" * 23, "SE": "#" * 20, "NO": "#" * 11,
    "DK": "#" * 14, "FI": "#" * 14, "IS": "#" * 22, "HR": "#" * 17, "RS": "#" * 18,
    "BG": "%%%%" + "#" * 14, "LT": "#" * 16, "UA": "#" * 25, "TR": "#" * 22, "SA": "#" * 20,
    "AE": "#" * 19, "JO": "%%%%" + "#" * 22, "LB": "#" * 24, "QA": "%%%%" + "#" * 21,
    "IL": "#" * 19, "EG": "#" * 25, "TN": "#" * 20, "PK": "%%%%" + "#" * 16,
    "GE": "%%" + "#" * 16, "AZ": "%%%%" + "#" * 20, "KZ": "#" * 16, "BR": "#" * 23 + "%1",
    "IQ": "%%%%" + "#" * 15, "PS": "%%%%" + "#" * 21, "CR": "0" + "#" * 17,
    "DO": "%%%%" + "#" * 20, "GT": "%%%%" + "#" * 20, "LU": "#" * 16, "KW": "%%%%" + "#" * 22,
    "IR": "#" * 22,
}  # fmt: skip
IBAN_LEN = {cc: 4 + len(b) for cc, b in IBAN_BBAN.items()}


def iban_valid(iban: str) -> bool:
    s = iban.replace(" ", "")
    moved = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def iban(rng: random.Random, cc: str) -> str:
    bban = pattern(IBAN_BBAN[cc], rng)
    moved = bban + cc + "00"
    check = 98 - int("".join(str(int(c, 36)) for c in moved)) % 97
    return f"{cc}{check:02d}{bban}"


def ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}-{rng.randrange(1, 100):02d}-{rng.randrange(1, 10000):04d}"


def itin(rng: random.Random) -> str:
    group = rng.choice([*range(70, 89), 90, 91, 92, *range(94, 100)])
    return f"9{rng.randrange(100):02d}-{group}-{rng.randrange(10000):04d}"


def ipv4(rng: random.Random) -> str:
    first = rng.choice([10, 172, 192, 41, 62, 81, 88, 102, 105, 154, 177, 185, 196, 203, 212])
    if first == 192:
        return f"192.168.{rng.randrange(0, 20)}.{rng.randrange(2, 254)}"
    if first == 172:
        return f"172.{rng.randrange(16, 32)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
    return f"{first}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"


def ipv6(rng: random.Random) -> str:
    groups = [rng.choice(["2001", "2a02", "2c0f", "2400", "2804", "2405"])]
    groups += [f"{rng.randrange(65536):x}" for _ in range(7)]
    if rng.random() < 0.5:
        return ":".join(groups[:3]) + "::" + ":".join(groups[6:])
    return ":".join(groups)


def mac(rng: random.Random) -> str:
    octets = [f"{rng.randrange(256):02x}" for _ in range(6)]
    style = rng.randrange(4)
    if style == 0:
        return ":".join(octets).upper()
    if style == 1:
        return ":".join(octets)
    if style == 2:
        return "-".join(octets).upper()
    return ".".join("".join(octets[i : i + 2]) for i in (0, 2, 4))


def _alnum(rng: random.Random, n: int, extra: str = "") -> str:
    return "".join(rng.choice(string.ascii_letters + string.digits + extra) for _ in range(n))


def secret_password(rng: random.Random) -> str:
    kind = rng.randrange(4)
    if kind == 0:
        return _alnum(rng, rng.randrange(10, 16), "!#$%*")
    if kind == 1:
        word = rng.choice(T.PASSWORD_WORDS)
        return f"{word}{rng.choice(['!', '#', '@', '$', '.'])}{rng.randrange(10, 2027)}"
    if kind == 2:
        words = rng.sample(T.PASSWORD_WORDS, 3)
        return "-".join(w.lower() for w in words) + str(rng.randrange(10, 99))
    return rng.choice(T.PASSWORD_WORDS) + _alnum(rng, 4) + rng.choice("!?%&")


def api_key(rng: random.Random) -> str:
    kind = rng.randrange(7)
    if kind == 0:
        return "sk-proj-" + _alnum(rng, 48, "_-")
    if kind == 1:
        return "sk-ant-api03-" + _alnum(rng, 80, "_-") + "AA"
    if kind == 2:
        return "AIza" + _alnum(rng, 35, "_-")
    if kind == 3:
        return "ghp_" + _alnum(rng, 36)
    if kind == 4:
        return f"xoxb-{rng.randrange(10**11, 10**12)}-{rng.randrange(10**12, 10**13)}-" + _alnum(
            rng, 24
        )
    if kind == 5:
        return "sk_live_" + _alnum(rng, 32)
    return "hf_" + _alnum(rng, 34)


def bot_token(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f"{rng.randrange(10**9, 8 * 10**9)}:AA" + _alnum(rng, 33, "_-")
    return _alnum(rng, 24) + "." + _alnum(rng, 6) + "." + _alnum(rng, 38, "_-")


# ---------------------------------------------------------------- names

_FOLD = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ß": "ss", "đ": "d",
     "Đ": "D", "ı": "i", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "ə": "e", "Ə": "E",
     "'": "", "’": "", "ʻ": "", "‘": ""}
)  # fmt: skip


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.translate(_FOLD))
    return "".join(c for c in s if not unicodedata.combining(c))


_CYR = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "yo", "є": "ye",
    "ж": "zh", "з": "z", "и": "i", "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l", "м": "m",
    "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh",
    "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e",
    "ю": "yu", "я": "ya", "ө": "ö", "ү": "ü", "қ": "q", "ғ": "gh", "ң": "ng", "ұ": "u",
    "һ": "h", "ә": "ä", "ҳ": "h", "ӯ": "u", "ӣ": "i", "ҷ": "j", "ј": "j", "љ": "lj",
    "њ": "nj", "ћ": "ć", "ђ": "đ", "џ": "dž",
}  # fmt: skip
_CYR_UK = {**_CYR, "г": "h", "и": "y", "і": "i", "е": "e"}


def translit(s: str, uk: bool = False) -> str:
    table = _CYR_UK if uk else _CYR
    out = []
    for ch in s:
        low = ch.lower()
        if low in table:
            rep = table[low]
            out.append(rep.capitalize() if ch != low else rep)
        else:
            out.append(ch)
    return "".join(out)


_FEM = {
    "ru": [("ский", "ская"), ("цкий", "цкая"), ("ской", "ская"), ("ов", "ова"), ("ев", "ева"),
           ("ёв", "ёва"), ("ин", "ина"), ("ын", "ына"), ("skiy", "skaya"), ("sky", "skaya"),
           ("ov", "ova"), ("ev", "eva"), ("in", "ina")],
    "uk": [("ський", "ська"), ("цький", "цька"), ("ов", "ова"), ("ев", "ева"), ("ін", "іна"),
           ("ин", "ина")],
    "bg": [("ов", "ова"), ("ев", "ева"), ("ски", "ска")],
    "pl": [("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")],
    "sk": [("ý", "á")],
    "gr": [("ος", "ου"), ("ης", "η"), ("ας", "α"), ("os", "ou"), ("is", "i"), ("as", "a")],
    "lv": [("š", "a"), ("s", "a")],
}  # fmt: skip


def feminize(surname: str, rule: str, rng: random.Random) -> str:
    if " " in surname or "-" in surname:
        return surname
    if rule == "cz":
        if surname.endswith("ý"):
            return surname[:-1] + "á"
        if surname.endswith("a"):
            return surname[:-1] + "ová"
        return surname + "ová"
    if rule == "lt":
        for end, unmarried in (("as", "aitė"), ("is", "ytė"), ("us", "ūtė"), ("ys", "ytė")):
            if surname.endswith(end):
                return surname[: -len(end)] + (rng.choice(["ienė", unmarried]))
        return surname
    for end, rep in _FEM.get(rule, []):
        if surname.endswith(end):
            return surname[: -len(end)] + rep
    return surname


def patronymic(father: str, sex: str, rule: str) -> str:
    if rule == "uk":
        if father.endswith("о"):
            stem = father[:-1]
            return stem + ("ович" if sex == "m" else "івна")
        if father.endswith("й"):
            return father + "ович" if sex == "m" else father[:-1] + "ївна"
        return father + ("ович" if sex == "m" else "івна")
    if rule == "bg":
        if father.endswith("й"):
            return father[:-1] + ("ев" if sex == "m" else "ева")
        if father.endswith("и"):
            return father + ("ев" if sex == "m" else "ева")
        stem = father[:-1] if father[-1] in "аоя" else father
        return stem + ("ов" if sex == "m" else "ова")
    if father.endswith(("й", "ь")):
        return father[:-1] + ("евич" if sex == "m" else "евна")
    if father.endswith(("ov", "ev")) or father[-1].isascii():
        return father + ("ovich" if sex == "m" else "ovna")
    return father + ("ович" if sex == "m" else "овна")


@dataclass
class Person:
    sex: str
    full: list[str]  # natural full forms
    longest: str
    formal: list[str]
    initials: list[str]
    call: str  # name alone in running text
    addr: str  # name after an honorific
    latin_given: str
    latin_sur: str


def _pools(loc: dict, native: bool) -> tuple[list[str], list[str], list[str]]:
    if native:
        return loc["ngm"], loc["ngf"], loc.get("nsn", [])
    return loc["gm"], loc["gf"], loc.get("sn", [])


def _pick_given(rng: random.Random, loc: dict, native: bool, sex: str) -> str:
    gm, gf, _ = _pools(loc, native)
    return rng.choice(gm if sex == "m" else gf)


def make_person(
    rng: random.Random, loc: dict, native: bool, sex: str, surname: str | None = None
) -> Person:
    if not native and "gm" not in loc:  # Cyrillic pools only: transliterate a native person
        p = make_person(rng, loc, True, sex, surname)
        uk = loc.get("pat") == "uk"

        def tr(xs: list[str]) -> list[str]:
            return [translit(x, uk) for x in xs]

        return Person(
            sex,
            tr(p.full),
            translit(p.longest, uk),
            tr(p.formal),
            tr(p.initials),
            translit(p.call, uk),
            translit(p.addr, uk),
            translit(p.latin_given, uk),
            translit(p.latin_sur, uk),
        )
    style = loc["style"]
    gm, gf, sn = _pools(loc, native)
    given = rng.choice(gm if sex == "m" else gf)
    fam = surname if surname is not None else (rng.choice(sn) if sn else "")
    if fam and sex == "f" and loc.get("fem"):
        fam = feminize(fam, loc["fem"], rng)
    sep = loc.get("nsep", " ") if native else " "
    order = loc.get("norder", loc.get("order", "gf")) if native else loc.get("order", "gf")
    if native and loc.get("script_latin"):
        sep = " "
    if isinstance(sep, str) and "|" in sep:
        sep = rng.choice(sep.split("|"))
    ls = fam  # the part of the name used in logins next to the given name
    call, addr = given, fam or given
    full: list[str]
    formal: list[str]
    initials: list[str]
    g0 = given[0] if given else ""
    if loc.get("addrgiven"):
        addr = given
    if loc.get("capaddr") and fam:
        addr = fam[0].upper() + fam[1:]
    if style == "west" and rng.random() < loc.get("mono", 0):
        full, formal, initials, longest = [given], [given.upper()], [given], given
        addr = call = given
    elif style == "west" and sex == "f" and loc.get("ne") and rng.random() < 0.3:
        ne = f"{fam} {rng.choice(gm)}né"
        full, formal, initials, longest = [ne], [ne, ne.upper()], [ne], ne
    elif style in ("west", "cjk", "thai", "viet"):
        middle = ""
        if style == "west" and rng.random() < 0.25:
            middle = rng.choice(sn) if loc.get("midsur") else _pick_given(rng, loc, native, sex)
            if middle == given:
                middle = ""
        if style == "viet":
            call = given.split()[-1]
        if loc.get("callsur") and native:
            call = fam
        if style == "thai":
            addr = given
        if order == "fg":
            base = f"{fam}{sep}{given}"
            full = [base, base, base]
            if style == "cjk" and not native and rng.random() < 0.3:
                full.append(f"{given} {fam}")
            formal = [f"{fam.upper()} {given}" if not native else base, base]
            initials = [f"{fam} {g0}." if not native else base]
        else:
            base = f"{given} {fam}"
            full = [base, base, base]
            if middle:
                full.append(f"{given} {middle} {fam}")
                full.append(f"{given} {middle[0]}. {fam}")
            formal = [f"{fam}, {given}", f"{fam.upper()} {given}"]
            initials = [f"{g0}. {fam}"]
            if middle:
                initials.append(f"{g0}. {middle[0]}. {fam}")
        if loc.get("eng") and not native and rng.random() < 0.35:
            eng = rng.choice(loc["eng_f"] if sex == "f" else loc["eng_m"])
            full = [f"{eng} {fam} {given}" if order == "fg" else f"{eng} {fam}", f"{eng} {fam}"]
            call = eng
        longest = max(full, key=len)
    elif style in ("hisp", "pt"):
        fam2 = rng.choice(sn)
        while fam2 == fam:
            fam2 = rng.choice(sn)
        g2 = _pick_given(rng, loc, native, sex) if rng.random() < 0.35 else ""
        if g2 == given:
            g2 = ""
        gg = f"{given} {g2}" if g2 else given
        full = [f"{gg} {fam} {fam2}", f"{gg} {fam} {fam2}", f"{given} {fam}"]
        if style == "pt":
            part = rng.choice(["", "", "de ", "da ", "dos "])
            full = [f"{gg} {part}{fam} {fam2}", f"{given} {fam2}", f"{gg} {fam2}"]
            formal = [f"{fam2.upper()}, {gg} {part}{fam}", f"{fam2}, {gg}"]
            initials = [f"{g0}. {fam2}", f"{gg} {fam[0]}. {fam2}"]
            addr = fam2
        else:
            formal = [f"{fam} {fam2}, {gg}", f"{fam.upper()} {fam2.upper()}, {gg}"]
            initials = [f"{g0}. {fam} {fam2}", f"{gg} {fam} {fam2[0]}."]
        longest = full[0]
    elif style == "slav":
        rule = loc.get("pat", "ru")
        father = rng.choice([g for g in gm if not g.endswith(("а", "я", "a")) and g != given])
        pat = patronymic(father, sex, rule)
        full = [f"{given} {fam}", f"{given} {fam}", f"{fam} {given} {pat}", f"{given} {pat} {fam}"]
        if rule == "bg":
            full = [f"{given} {fam}", f"{given} {pat} {fam}"]
        formal = [f"{fam} {given} {pat}", f"{fam.upper()} {given}"]
        initials = [f"{fam} {g0}. {pat[0]}.", f"{g0}. {pat[0]}. {fam}", f"{g0}. {fam}"]
        longest = f"{given} {pat} {fam}"
    elif style == "turkic":  # Azerbaijani / Uzbek: Given Surname, Surname Given Father oğlu
        father = rng.choice(gm)
        word = loc["patw"][0 if sex == "m" else 1]
        full = [f"{given} {fam}", f"{given} {fam}", f"{fam} {given} {father} {word}"]
        formal = [f"{fam} {given} {father} {word}", f"{fam.upper()} {given}"]
        initials = [f"{g0}. {fam}"]
        longest = full[2]
    elif style == "arab":
        father = rng.choice([g for g in gm if g != given])
        link = ""
        if loc.get("bin"):
            link = (
                ("بن " if sex == "m" else "بنت ") if native else ("bin " if sex == "m" else "bint ")
            )
        full = [f"{given} {fam}", f"{given} {link}{father} {fam}", f"{given} {father} {fam}"]
        if loc.get("bin"):
            full[2] = f"{given} {link}{father} {fam}"
        if native:
            formal = [full[1], f"{fam}، {given}"]
            initials = [full[0]]
        else:
            formal = [f"{fam.upper()} {given} {father}", f"{fam}, {given}"]
            initials = [f"{g0}. {fam}"]
        longest = full[1]
    elif style == "malay":
        father = rng.choice(gm)
        link = rng.choice(["bin", "b."]) if sex == "m" else rng.choice(["binti", "bt."])
        full = [f"{given} {link} {father}", f"{given} {link} {father}", given]
        formal = [f"{given.upper()} {link.upper()} {father.upper()}"]
        initials = [f"{given} {link} {father}"]
        addr = call = given.split()[-1] if given.startswith(("Muhammad", "Nur ")) else given
        longest, ls = full[0], father
    elif style == "nosur":
        g2 = _pick_given(rng, loc, native, sex) if loc.get("two") and rng.random() < 0.6 else ""
        name = f"{given} {g2}" if g2 and g2 != given else given
        full = [name]
        formal = [name.upper() if not native else name]
        initials = [name]
        addr = name if loc.get("burm") else name.split()[0]
        call = addr
        longest, ls = name, g2 or given
    else:  # "patr": Given Father [Grandfather]; Tamil initial; Icelandic -son/-dóttir
        father = rng.choice([g for g in loc.get("patsrc", gm) if g != given])
        kind = loc.get("patkind", "eth")
        addr = given
        if kind == "is":
            patr = father + ("son" if sex == "m" else "dóttir")
            full = [f"{given} {patr}"]
            formal = [f"{given} {patr}", f"{patr.upper()} {given}"]
            initials = [f"{g0}. {patr}"]
            ls = patr
        elif kind == "tamil":
            full = [f"{given} {father}", f"{father[0]}. {given}", f"{given} {father[0]}."]
            formal = [f"{father[0]}. {given}", f"{given.upper()} {father.upper()}"]
            initials = [f"{father[0]}. {given}"]
            ls = father
        elif kind == "mongol":
            full = [f"{father[0]}. {given}", f"{father} {given}", given]
            formal = [f"{father.upper()} {given}", f"{father[0]}. {given}"]
            initials = [f"{father[0]}. {given}"]
            ls = father
        else:
            grand = rng.choice(gm)
            full = [f"{given} {father}", f"{given} {father} {grand}"]
            formal = [f"{given} {father} {grand}", f"{given.upper()} {father.upper()}"]
            initials = [f"{given} {father[0]}."]
            ls = father
        longest = max(full, key=len)
    if not native:
        lg = given
    elif "gm" in loc:
        lg = rng.choice(loc["gm"] if sex == "m" else loc["gf"])
        ls = rng.choice(loc.get("sn") or loc["gm"])
    else:
        uk = loc.get("pat") == "uk"
        lg, ls = translit(given, uk), translit(ls, uk)
    return Person(sex, full, longest, formal, initials, call, addr, lg, ls or lg)


# ---------------------------------------------------------------- dates


@dataclass
class Day:
    y: int
    m: int
    d: int


def _day(rng: random.Random, lo: int, hi: int) -> Day:
    m = rng.randrange(1, 13)
    return Day(rng.randrange(lo, hi + 1), m, rng.randrange(1, 29 if m == 2 else 31))


def numeric_date(day: Day, fmt: str) -> str:
    y, m, d = day.y, day.m, day.d
    return {
        "d.m.y": f"{d:02d}.{m:02d}.{y}",
        "d/m/y": f"{d:02d}/{m:02d}/{y}",
        "d-m-y": f"{d:02d}-{m:02d}-{y}",
        "m/d/y": f"{m:02d}/{d:02d}/{y}",
        "m/d/y2": f"{m}/{d}/{y}",
        "y-m-d": f"{y}-{m:02d}-{d:02d}",
        "y/m/d": f"{y}/{m:02d}/{d:02d}",
        "y.m.d": f"{y}. {m:02d}. {d:02d}.",
        "d.m.y2": f"{d}.{m}.{y}",
        "d. m. y": f"{d}. {m}. {y}",
        "d.m.y.": f"{d:02d}.{m:02d}.{y}.",
        "cjk": f"{y}年{m}月{d}日",
        "ko": f"{y}. {m}. {d}.",
    }[fmt]


def long_date(day: Day, lang: str, rng: random.Random) -> str:
    y, m, d = day.y, day.m, day.d
    months = T.MONTHS.get(lang)
    if lang in ("ja", "zh"):
        return f"{y}年{m}月{d}日"
    if lang == "ko":
        return f"{y}년 {m}월 {d}일"
    if lang == "vi":
        return f"ngày {d} tháng {m} năm {y}"
    if lang == "fa":
        return calendar_date(day, {"cal": "fa"}, lang, rng)
    if months is None:
        months, lang = T.MONTHS["en"], "en"
    name = months[m - 1]
    fmt = T.LONG_FMT.get(lang, "{d} {M} {y}")
    if lang == "en" and rng.random() < 0.4:
        fmt = rng.choice(
            ["{M} {d}, {y}", "{d}th of {M} {y}" if d in range(4, 21) else "{M} {d} {y}"]
        )
    if lang == "th":
        y += 543
    return fmt.format(d=d, M=name, y=y)


def calendar_date(day: Day, loc: dict, lang: str, rng: random.Random) -> str:
    cal = loc.get("cal")
    y, m, d = day.y, day.m, day.d
    if cal == "jp":
        era, base = ("昭和", 1925) if y < 1989 else (("平成", 1988) if y < 2019 else ("令和", 2018))
        return f"{era}{y - base}年{m}月{d}日"
    if cal == "th":
        return f"{d} {T.MONTHS['th'][m - 1]} {y + 543}"
    if cal == "fa":
        sy = y - 621 if m > 3 or (m == 3 and d > 20) else y - 622
        sm = (m + 8) % 12 + 1
        return f"{min(d, 29)} {T.MONTHS['fa'][sm - 1]} {sy}"
    if cal == "ne":
        return f"{y + 57}-{(m + 8) % 12 + 1:02d}-{min(d, 29):02d} वि.सं."
    if cal == "et":
        return f"{min(d, 30)}/{(m + 3) % 13 + 1}/{y - 8} ዓ.ም."
    if cal == "hijri":
        hy = int((y - 622) * 33 / 32)
        return f"{min(d, 29)}/{(m + 4) % 12 + 1}/{hy} هـ"
    if cal == "tw":
        return f"民國{y - 1911}年{m}月{d}日"
    return long_date(day, lang, rng)


# ---------------------------------------------------------------- assembling


@dataclass
class Ctx:
    rng: random.Random
    loc: dict
    lang: str
    sexes: str
    fam: str
    native: bool = False
    people: dict[int, Person] = field(default_factory=dict)
    town: str = ""
    town2: str = ""
    family_name: str | None = None

    def __post_init__(self) -> None:
        self.native = self.lang in NONLATIN and "ngm" in self.loc
        towns = self.loc["ntown"] if self.native and self.loc.get("ntown") else self.loc["towns"]
        self.town = self.rng.choice(towns)
        self.town2 = self.rng.choice([t for t in towns if t != self.town] or towns)

    def person(self, i: int) -> Person:
        if i not in self.people:
            rng, loc = self.rng, self.loc
            sex = self.sexes[i - 1] if i <= len(self.sexes) else "."
            if sex not in "mf":
                sex = rng.choice("mf")
            surname = None
            if str(i) in self.fam and loc["style"] not in ("nosur", "malay", "patr"):
                if self.family_name is None:
                    pool = loc["sn"] if not self.native and "gm" in loc else loc["nsn"]
                    self.family_name = rng.choice(pool)
                surname = self.family_name
            p = make_person(rng, loc, self.native, sex, surname)
            if self.lang == "en" and rng.random() < loc.get("foldp", 0):
                p = Person(
                    p.sex, [fold(x) for x in p.full], fold(p.longest),
                    [fold(x) for x in p.formal], [fold(x) for x in p.initials], fold(p.call),
                    fold(p.addr), p.latin_given, p.latin_sur,
                )  # fmt: skip
            self.people[i] = p
        return self.people[i]


def _email_local(rng: random.Random, given: str, sur: str) -> str:
    g = fold(given).lower().replace(" ", "").replace("-", "")
    s = fold(sur).lower().replace(" ", "").replace("-", "")
    if not g.isascii() or not g:
        g = rng.choice(["family", "home", "mail"])
    if not s.isascii() or not s:
        s = str(rng.randrange(10, 99))
    return rng.choice(
        [f"{g}.{s}", f"{g[0]}{s}", f"{g}{s}{rng.randrange(1, 99)}", f"{g}_{s}", f"{s}.{g}",
         f"{g}{rng.randrange(1950, 2010)}", f"{g}.{s[0]}"]
    )  # fmt: skip


def _handle(rng: random.Random, p: Person) -> str:
    g = fold(p.latin_given).lower().replace(" ", "").replace("-", "")
    s = fold(p.latin_sur).lower().replace(" ", "").replace("-", "")
    if not g.isascii():
        g = "user"
    if not s.isascii():
        s = ""
    return rng.choice(
        [g, f"{g}_{s}" if s else g, f"{g}{s}", f"{g}.{s}" if s else f"{g}.{rng.randrange(99)}",
         f"{g}{rng.randrange(1, 99)}", f"{s or g}_{g[0]}", f"{g[0]}{s}" if s else g]
    )  # fmt: skip


def _domain(rng: random.Random, loc: dict) -> str:
    return rng.choice(loc.get("domains", []) + T.GLOBAL_DOMAINS)


def _address(rng: random.Random, ctx: Ctx, multi: bool, street_only: bool) -> str:
    loc = ctx.loc
    native = ctx.native and "naddr" in loc
    fmt = rng.choice(loc["naddr"] if native else loc["addr"])
    st = rng.choice((loc.get("nst") if native else None) or loc["st"])
    if street_only:
        fmt = loc.get("nstreetfmt" if native else "streetfmt", "<no> <st>")
    d = rng.choice((loc.get("nd") if native else loc.get("d")) or [""])
    out = (
        fmt.replace("<st>", st)
        .replace("<no>", str(rng.choice([rng.randrange(1, 60), rng.randrange(1, 250)])))
        .replace("<flat>", str(rng.randrange(1, 40)))
        .replace("<fl>", str(rng.randrange(1, 25)))
        .replace("<pc>", pattern(loc.get("pc", "#####"), rng))
        .replace("<town>", ctx.town)
        .replace("<d>", d)
    )
    if multi:
        return out.replace(", ", "\n").replace("، ", "\n")
    return out.replace("\n", ", ")


def _amount(rng: random.Random, loc: dict) -> str:
    cur = loc.get("cur", "$")
    n = rng.choice([rng.randrange(5, 100), rng.randrange(100, 1000), rng.randrange(1000, 50000)])
    if "{n}" in cur:
        return cur.format(n=f"{n:,}".replace(",", " "))
    if cur[-1].isalpha():
        return f"{cur} {n:,}"
    return f"{cur}{n:,}"


_PERSON_SLOT = re.compile(r"(P|X|G|S|F|I|N|LP|L|H|U|E|kin|hon)(\d+)$")


def slot(ctx: Ctx, name: str) -> Piece:
    rng, loc = ctx.rng, ctx.loc
    head, _, arg = name.partition(":")
    m = _PERSON_SLOT.match(head)
    if m:
        kind, idx = m.group(1), int(m.group(2))
        if kind in ("kin", "hon"):
            p = ctx.person(idx)
            key = f"{kind}_{p.sex}"
            return rng.choice(loc.get(key) or T.DEFAULT_TERMS[key]), None
        p = ctx.person(idx)
        if kind == "P":
            return rng.choice(p.full), "PERSON"
        if kind == "X":
            return p.longest, "PERSON"
        if kind == "G":
            return p.call, "PERSON"
        if kind == "S":
            return p.addr, "PERSON"
        if kind == "F":
            return rng.choice(p.formal), "PERSON"
        if kind == "I":
            return rng.choice(p.initials), "PERSON"
        if kind == "N":
            nicks = loc.get("nnick") if ctx.native and loc.get("nnick") else loc.get("nick")
            return rng.choice(nicks or [p.call]), "PERSON"
        if kind == "L":
            return p.call.lower(), "PERSON"
        if kind == "LP":
            return rng.choice(p.full).lower(), "PERSON"
        if kind == "H":
            return "@" + _handle(rng, p), "PERSON"
        if kind == "U":
            return _handle(rng, p), "PERSON"
        if kind == "E":
            return _email_local(rng, p.latin_given, p.latin_sur) + "@" + _domain(rng, loc), "EMAIL"
        raise KeyError(name)
    day_lo, day_hi = 1932, 2004
    if "o" in arg:
        day_lo, day_hi = 1921, 1956
    elif "k" in arg:
        day_lo, day_hi = 2007, 2021
    elif "b" in arg:
        day_lo, day_hi = 2024, 2025
    if head in ("DOB", "date"):
        if head == "date" and not any(c in arg for c in "okb"):
            day_lo, day_hi = 2024, 2026
        day = _day(rng, day_lo, day_hi)
        if "I" in arg:
            text = f"{day.y}-{day.m:02d}-{day.d:02d}"
        elif "L" in arg:
            text = long_date(
                day,
                ctx.lang if ctx.lang in T.MONTHS or ctx.lang in ("ja", "zh", "ko", "vi") else "en",
                rng,
            )
        elif "E" in arg:
            text = long_date(day, "en", rng)
        elif "C" in arg:
            text = calendar_date(day, loc, ctx.lang, rng)
        else:
            fmt = loc.get("ndfmt", loc["dfmt"]) if ctx.native else loc["dfmt"]
            text = numeric_date(day, fmt)
        return text, "DATE_OF_BIRTH" if head == "DOB" else None
    simple = {
        "EMAIL": lambda: _random_email(ctx),
        "PH": lambda: (pattern(rng.choice(loc["ph"]), rng), "PHONE"),
        "PHI": lambda: (pattern(rng.choice(loc["phi"]), rng), "PHONE"),
        "PHX": lambda: (pattern(rng.choice(loc["ph"] + loc["phi"]), rng), "PHONE"),
        "ADDR": lambda: (_address(rng, ctx, arg == "M", False), "ADDRESS"),
        "STREET": lambda: (_address(rng, ctx, False, True), "ADDRESS"),
        "IBAN": lambda: _iban_piece(ctx, arg),
        "CARD": lambda: (card_number(rng), "CREDIT_CARD"),
        "SSN": lambda: (ssn(rng), "US_SSN"),
        "ITIN": lambda: (itin(rng), "US_ITIN"),
        "IP": lambda: (ipv4(rng), "IP"),
        "IP6": lambda: (ipv6(rng), "IP"),
        "MAC": lambda: (mac(rng), "MAC"),
        "BTC": lambda: (btc_legacy(rng), "CRYPTO"),
        "BECH": lambda: (btc_bech32(rng), "CRYPTO"),
        "ETH": lambda: (eth_address(rng), "CRYPTO"),
        "DL": lambda: (pattern(rng.choice(loc.get("dl") or T.DEFAULT_DL), rng), "DRIVER_LICENSE"),
        "PASS": lambda: (pattern(rng.choice(loc.get("pp") or T.DEFAULT_PP), rng), "PASSPORT"),
        "PWD": lambda: (secret_password(rng), "SECRET"),
        "PIN": lambda: (_digits(rng, rng.choice([4, 4, 4, 6])), "SECRET"),
        "OTP": lambda: (_digits(rng, 6), "SECRET"),
        "KEY": lambda: (api_key(rng), "SECRET"),
        "TOKEN": lambda: (bot_token(rng), "SECRET"),
        "WIFI": lambda: (
            rng.choice(T.PASSWORD_WORDS)
            + rng.choice(["", "_", "-"])
            + str(rng.randrange(100, 9999))
            + rng.choice(["", "!", "#"]),
            "SECRET",
        ),
        # unlabeled fillers
        "town": lambda: (ctx.town, None),
        "town2": lambda: (ctx.town2, None),
        "country": lambda: (
            loc["ncountry"] if ctx.native and "ncountry" in loc else loc["country"],
            None,
        ),
        "time": lambda: (
            rng.choice(
                [
                    f"{rng.randrange(7, 22)}:{rng.choice(['00', '15', '30', '45'])}",
                    f"{rng.randrange(1, 12)}:{rng.choice(['00', '30'])} {rng.choice(['am', 'pm'])}",
                ]
            ),
            None,
        ),
        "ts": lambda: (
            f"2025-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}T"
            f"{rng.randrange(24):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}Z",
            None,
        ),
        "year": lambda: (str(rng.randrange(2019, 2027)), None),
        "amount": lambda: (_amount(rng, loc), None),
        "ref": lambda: (pattern(rng.choice(T.REF_PATTERNS), rng), None),
        "case": lambda: (pattern(rng.choice(T.CASE_PATTERNS), rng), None),
        "pnr": lambda: (pattern("??????", rng), None),
        "flight": lambda: (rng.choice(T.AIRLINES) + " " + str(rng.randrange(10, 990)), None),
        "plate": lambda: (pattern(rng.choice(loc.get("plate") or ["%%% ###"]), rng), None),
        "masked": lambda: (
            rng.choice(["**** ", "xxxx ", "•••• ", "XXXX-XXXX-XXXX-"]) + _digits(rng, 4),
            None,
        ),
        "order": lambda: (
            pattern(rng.choice(["#########", "ORD-######", "%##-#######-#######"]), rng),
            None,
        ),
        "invoice": lambda: (
            pattern(rng.choice(["INV-####-###", "F####/##", "#######"]), rng),
            None,
        ),
        "track": lambda: (
            pattern(rng.choice(["1Z###%##########", "%%#########%%", "JD0###########"]), rng),
            None,
        ),
        "acct": lambda: (
            pattern(rng.choice(["##########", "###-######-#", "#### #### ####"]), rng),
            None,
        ),
        "meter": lambda: (
            pattern(rng.choice(["M#########", "##########", "E##%#####"]), rng),
            None,
        ),
        "uuid": lambda: ("-".join(_hex(rng, n) for n in (8, 4, 4, 4, 12)), None),
        "sha": lambda: (_hex(rng, rng.choice([7, 12, 40])), None),
        "ver": lambda: (f"{rng.randrange(1, 9)}.{rng.randrange(20)}.{rng.randrange(30)}", None),
        "room": lambda: (str(rng.randrange(1, 6) * 100 + rng.randrange(1, 40)), None),
        "seat": lambda: (f"{rng.randrange(1, 45)}{rng.choice('ABCDEF')}", None),
        "memno": lambda: (pattern(rng.choice(["####", "M-#####", "##/###"]), rng), None),
        "num": lambda: (_num(rng, arg), None),
        "pub": lambda: (rng.choice(loc.get("pub") or T.GLOBAL_PUBLIC), None),
        "saint": lambda: (rng.choice(T.SAINTS), None),
        "brand": lambda: (rng.choice(T.BRANDS), None),
        "pubst": lambda: (rng.choice(loc.get("pubst") or T.GLOBAL_PUBST), None),
        "placename": lambda: (rng.choice(T.PLACE_GIVEN), None),
        "company": lambda: (rng.choice(loc.get("company") or T.COMPANIES), None),
        "hotel": lambda: (rng.choice(T.HOTELS), None),
        "venue": lambda: (rng.choice(loc.get("venue") or T.VENUES), None),
        "school": lambda: (rng.choice(loc.get("school") or T.SCHOOLS), None),
        "domain": lambda: (_domain(rng, loc), None),
    }
    return simple[head]()


def _random_email(ctx: Ctx) -> Piece:
    p = make_person(ctx.rng, ctx.loc, False, ctx.rng.choice("mf"))
    local = _email_local(ctx.rng, p.latin_given, p.latin_sur)
    return local + "@" + _domain(ctx.rng, ctx.loc), "EMAIL"


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _num(rng: random.Random, arg: str) -> str:
    lo, _, hi = arg.partition("-")
    return str(rng.randrange(int(lo or 1), int(hi or 99) + 1))


def _iban_piece(ctx: Ctx, arg: str) -> Piece:
    cc = ctx.loc.get("iban")
    if cc not in IBAN_BBAN:
        cc = ctx.rng.choice(ctx.loc.get("iban_abroad") or ["FR", "DE", "GB", "BE", "NL", "ES"])
    value = iban(ctx.rng, cc)
    if arg == "P" or ctx.rng.random() < 0.35:
        value = " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    return value, "IBAN"


def _match_close(tpl: str, i: int) -> int:
    depth = 0
    for j in range(i, len(tpl)):
        if tpl[j] == "⟪":
            depth += 1
        elif tpl[j] == "⟫":
            depth -= 1
            if depth == 0:
                return j
    raise ValueError("unbalanced choice in template: " + tpl[i : i + 40])


def _split_top(s: str) -> list[str]:
    parts, depth, cur = [], 0, []
    for ch in s:
        if ch == "⟪":
            depth += 1
        elif ch == "⟫":
            depth -= 1
        if ch == "|" and depth == 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur))
    return parts


def expand(tpl: str, ctx: Ctx) -> list[Piece]:
    out: list[Piece] = []
    lit: list[str] = []
    i = 0
    while i < len(tpl):
        ch = tpl[i]
        if ch == "⟪":
            j = _match_close(tpl, i)
            if lit:
                out.append(("".join(lit), None))
                lit = []
            out.extend(expand(ctx.rng.choice(_split_top(tpl[i + 1 : j])), ctx))
            i = j + 1
        elif ch == "{" and tpl.startswith("{{", i):
            lit.append("{")
            i += 2
        elif ch == "}" and tpl.startswith("}}", i):
            lit.append("}")
            i += 2
        elif ch == "{":
            j = tpl.index("}", i)
            if lit:
                out.append(("".join(lit), None))
                lit = []
            out.append(slot(ctx, tpl[i + 1 : j]))
            i = j + 1
        else:
            lit.append(ch)
            i += 1
    if lit:
        out.append(("".join(lit), None))
    return out


# ---------------------------------------------------------------- wrapping


def _jesc(ascii_only: bool):  # noqa: ANN202
    return lambda s: json.dumps(s, ensure_ascii=ascii_only)[1:-1]


def _lit(obj: object) -> str:
    return json.dumps(obj, ensure_ascii=False)


def wrap(
    rng: random.Random, ctx: Ctx, inner: list[Piece], clean: bool = False
) -> tuple[list[Piece], bool]:
    """Wrap the pieces in an LLM request body or log line; returns (pieces, is_json).

    `clean`: the wrapper adds no must-remove value (for near-miss texts)."""
    kind = rng.choice(
        ["openai", "openai", "anthropic", "anthropic", "gemini", "responses", "ollama",
         "ollama_chat", "log_kv", "log_json", "log_http", "log_double"]
    )  # fmt: skip
    ascii_only = rng.random() < 0.25
    esc = _jesc(ascii_only)
    ask = rng.choice(T.ASKS.get(ctx.lang, T.ASKS["en"]))
    if rng.random() < 0.5:
        inner = [(ask + "\n\n", None), *inner]
    sysmsg = rng.choice(T.SYSTEM_PROMPTS)
    body = [(esc(t), c) for t, c in inner]
    meta: list[Piece] = []
    user_piece: list[Piece]
    if rng.random() < 0.3 and not clean:
        user_piece = [(esc(slot(ctx, "EMAIL")[0]), "EMAIL")]
    else:
        user_piece = [(rng.choice(["u_", "usr-", "member:", ""]) + _hex(rng, 12), None)]
    model = rng.choice(
        T.MODELS[kind.split("_")[0]] if kind.split("_")[0] in T.MODELS else T.MODELS["openai"]
    )
    if kind == "openai":
        pre = '{"model": ' + _lit(model) + ', "messages": [{"role": "system", "content": '
        pre += _lit(sysmsg) + '}, {"role": "user", "content": "'
        meta = [
            ('"}], "temperature": ' + str(rng.choice([0.2, 0.3, 0.7, 1])) + ', "user": "', None),
            *user_piece,
            ('"}', None),
        ]
        return [(pre, None), *body, *meta], True
    if kind == "anthropic":
        pre = '{"model": ' + _lit(model) + ', "max_tokens": ' + str(rng.choice([512, 1024, 2048]))
        pre += ', "system": ' + _lit(sysmsg) + ', "messages": [{"role": "user", "content": '
        pre += '[{"type": "text", "text": "'
        meta = [('"}]}], "metadata": {"user_id": "', None), *user_piece, ('"}}', None)]
        return [(pre, None), *body, *meta], True
    if kind == "gemini":
        pre = '{"systemInstruction": {"parts": [{"text": ' + _lit(sysmsg) + "}]}, "
        pre += '"contents": [{"role": "user", "parts": [{"text": "'
        post = '"}]}], "generationConfig": {"temperature": 0.4, "maxOutputTokens": 2048}}'
        return [(pre, None), *body, (post, None)], True
    if kind == "responses":
        pre = '{"model": ' + _lit(model) + ', "instructions": ' + _lit(sysmsg) + ', "input": "'
        post = '", "store": false}'
        return [(pre, None), *body, (post, None)], True
    if kind == "ollama":
        pre = '{"model": ' + _lit(model) + ', "prompt": "'
        return [(pre, None), *body, ('", "stream": false}', None)], True
    if kind == "ollama_chat":
        pre = '{"model": ' + _lit(model) + ', "messages": [{"role": "user", "content": "'
        return [
            (pre, None),
            *body,
            ('"}], "stream": false, "options": {"num_ctx": 8192}}', None),
        ], True
    app = rng.choice(T.APPS)
    ts = slot(ctx, "ts")[0]
    if kind == "log_kv":
        pre = f"{ts} INFO  {app} llm.request model={model} user="
        return [
            (pre, None),
            *user_piece,
            (' prompt="', None),
            *body,
            (f'" tokens_in={rng.randrange(80, 4000)}', None),
        ], False
    if kind == "log_json":
        pre = '{"ts": "' + ts + '", "level": "debug", "service": ' + _lit(app)
        pre += ', "event": "llm_call", "provider": "openai", "request": {"model": ' + _lit(model)
        pre += ', "messages": [{"role": "user", "content": "'
        return [
            (pre, None),
            *body,
            ('"}]}, "latency_ms": ' + str(rng.randrange(300, 9000)) + "}", None),
        ], True
    if kind == "log_http":
        ip_piece = slot(ctx, rng.choice(["IP", "IP", "IP6"]))
        if clean:
            ip_piece = ("gateway-" + _hex(rng, 6), None)
        host = rng.choice(
            [
                "api.openai.com/v1/chat/completions",
                "api.anthropic.com/v1/messages",
                "localhost:11434/api/generate",
            ]
        )
        out: list[Piece] = [
            (f"[{ts}] {app} client=", None),
            ip_piece,
            (f" POST https://{host} ", None),
        ]
        if rng.random() < 0.35 and not clean:
            out += [("auth=Bearer ", None), slot(ctx, "KEY"), (" ", None)]
        out += [
            (
                'body={"model": ' + _lit(model) + ', "messages": [{"role": "user", "content": "',
                None,
            ),
            *body,
            ('"}]}', None),
        ]
        return out, False
    # log_double: the request body is itself a JSON string inside a JSON log record
    esc2 = _jesc(ascii_only)
    body2 = [(esc2(t), c) for t, c in body]
    inner_pre = '{"model": ' + _lit(model) + ', "messages": [{"role": "user", "content": "'
    pre = '{"time": "' + ts + '", "app": ' + _lit(app) + ', "msg": "upstream request", "body": "'
    pre += esc2(inner_pre)
    return [(pre, None), *body2, (esc2('"}]}') + '"}', None)], True


# ---------------------------------------------------------------- the set


@dataclass
class Built:
    sample: Sample
    values: list[str]
    is_json: bool
    locale: str
    template: int
    kind: str = "main"


def _assemble(pieces: list[Piece]) -> tuple[Sample, list[str]]:
    parts: list[str] = []
    spans: list[tuple[str, int, int]] = []
    values: list[str] = []
    pos = 0
    for text, cat in pieces:
        if cat is not None:
            spans.append((cat, pos, pos + len(text)))
            values.append(text)
        parts.append(text)
        pos += len(text)
    return Sample("".join(parts), spans), values


def _locales_for(where: str) -> list[dict]:
    lang, _, codes = where.partition(":")
    if codes:
        wanted = set(codes.split(","))
        return [loc for loc in T.LOCALES if loc["code"] in wanted]
    if lang == "en":
        return list(T.LOCALES)
    out = [loc for loc in T.LOCALES if lang in loc["langs"]]
    if lang in NONLATIN:
        out = [loc for loc in out if "ngm" in loc]
    return out


def build(scale: float = 1.0) -> list[Built]:
    rng = random.Random(SEED)
    n = int(N_TEXTS * scale)
    n_near = round(n * 0.08)
    kinds = ["near"] * n_near + ["main"] * (n - n_near)
    rng.shuffle(kinds)
    wrapped = set(rng.sample(range(n), round(n * 0.2)))
    queues: dict[str, list[int]] = {"main": [], "near": []}
    sources = {"main": T.TEMPLATES, "near": T.NEAR_TEMPLATES}
    loc_queue: list[dict] = []
    out: list[Built] = []
    for k in range(n):
        kind = kinds[k]
        if not queues[kind]:
            queues[kind] = list(range(len(sources[kind])))
            rng.shuffle(queues[kind])
        t_index = queues[kind].pop()
        where, sexes, fam, text = sources[kind][t_index]
        lang = where.partition(":")[0]
        candidates = _locales_for(where)
        if lang == "en" and ":" not in where:
            if not loc_queue:
                loc_queue = list(T.LOCALES)
                rng.shuffle(loc_queue)
            loc = loc_queue.pop()
        else:
            loc = rng.choice(candidates)
        ctx = Ctx(rng, loc, lang, sexes, fam)
        pieces = expand(text, ctx)
        is_json = False
        if k in wrapped:
            pieces, is_json = wrap(rng, ctx, pieces, clean=kind == "near")
        sample, values = _assemble(pieces)
        out.append(Built(sample, values, is_json, loc["code"], t_index, kind))
    return out


def dev26_set(scale: float = 1.0) -> list[Sample]:
    """`int(1200 * scale)` labeled texts, the same for the same scale."""
    return [b.sample for b in build(scale)]


def _checksum_ok(cat: str, value: str) -> bool:
    """Independent re-validation of the checksummed categories."""
    if cat == "CREDIT_CARD":
        digits = value.replace(" ", "").replace("-", "")
        return luhn_complete(digits[:-1]) == digits
    if cat == "IBAN":
        compact = value.replace(" ", "")
        return IBAN_LEN.get(compact[:2]) == len(compact) and iban_valid(compact)
    if cat == "US_SSN":
        area, group, serial = (int(x) for x in value.split("-"))
        return area not in (0, 666) and area < 900 and group > 0 and serial > 0
    if cat == "US_ITIN":
        area, group, _ = value.split("-")
        return area[0] == "9" and int(group) in {*range(70, 89), 90, 91, 92, *range(94, 100)}
    if cat == "CRYPTO":
        if value.startswith("0x"):
            body = value[2:]
            h = keccak256(body.lower().encode()).hex()
            return all(
                c == (c.upper() if int(h[i], 16) >= 8 else c.lower()) for i, c in enumerate(body)
            )
        if value.startswith("bc1"):
            data = [_B32.index(c) for c in value[3:]]
            expand = [ord(x) >> 5 for x in "bc"] + [0] + [ord(x) & 31 for x in "bc"]
            return _polymod(expand + data) == 1
        num = 0
        for c in value:
            num = num * 58 + _B58.index(c)
        raw = num.to_bytes(25, "big")
        return hashlib.sha256(hashlib.sha256(raw[:21]).digest()).digest()[:4] == raw[21:]
    return True


def _check(built: list[Built], n: int) -> None:
    empty = "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"
    assert keccak256(b"").hex() == empty
    assert _checksum_ok("CRYPTO", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")
    assert _checksum_ok("CRYPTO", "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4")
    assert _checksum_ok("CRYPTO", "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2")
    assert len(built) == n, (len(built), n)
    allowed = set(CATEGORIES)
    for b in built:
        text, spans = b.sample.text, b.sample.spans
        assert len(spans) == len(b.values)
        last_end = -1
        for (cat, s, e), value in zip(
            sorted(spans, key=lambda x: x[1]),
            [v for _, v in sorted(zip(spans, b.values, strict=True), key=lambda x: x[0][1])],
            strict=True,
        ):
            assert cat in allowed, cat
            assert 0 <= s < e <= len(text), (cat, s, e)
            frag = text[s:e]
            assert frag == value, (frag, value)
            assert _checksum_ok(cat, value), (cat, value)
            assert frag == frag.strip(), repr(frag)
            assert s >= last_end, ("overlap", text[s:e])
            last_end = e
        if b.is_json:
            json.loads(text)
        if b.kind == "near":
            assert not spans, text[:80]
        else:
            assert spans, text[:80]
    locales = {b.locale for b in built}
    assert len(locales) >= 70, len(locales)


def main() -> None:
    start = time.perf_counter()
    built = build()
    elapsed = time.perf_counter() - start
    _check(built, N_TEXTS)
    counts: dict[str, int] = {}
    for b in built:
        for cat, _, _ in b.sample.spans:
            counts[cat] = counts.get(cat, 0) + 1
    total = sum(counts.values())
    print(f"texts: {len(built)}  labels: {total}  per text: {total / len(built):.2f}")
    for cat in CATEGORIES:
        print(f"  {cat:<15}{counts.get(cat, 0):>6}")
    print(f"no-label texts: {sum(not b.sample.spans for b in built)}")
    print(f"json bodies: {sum(b.is_json for b in built)}")
    print(f"locales used: {len({b.locale for b in built})} of {len(T.LOCALES)}")
    print(
        f"templates: {len(T.TEMPLATES)} main + {len(T.NEAR_TEMPLATES)} near-miss; "
        f"used {len({(b.kind, b.template) for b in built})}"
    )
    print(f"generation time: {elapsed:.2f}s")
    assert elapsed < 5, elapsed
    assert dev26_set(0.1) == dev26_set(0.1)
    print("self-checks passed")


if __name__ == "__main__":
    main()
