"""dev28: a blind, hand-written evaluation set for the PII sanitizer -- online life and platforms.

What it is
    1,200 labeled texts (at scale 1.0) from the world of online platforms: marketplaces and
    classifieds, second-hand sales, peer-to-peer rentals, ride-hailing and delivery gig apps,
    dating sites, online games and guilds, streamers and creators, fan clubs and forums,
    trust-and-safety queues, app support, crowdfunding and donations, online tutoring and
    freelance platforms. Listings, buyer-seller chats, dispute and refund tickets, chargeback
    evidence, receipts, onboarding and KYC forms, dating bios, doxxing reports, ban appeals,
    moderator notes, guild rosters, stream chat logs, brand-deal e-mails, member lists,
    donation receipts, tutoring notes, contracts and invoices, account-recovery tickets,
    messenger exports, OCR'd screenshots, voice-note transcripts, plus machine logs
    (webhooks, payment callbacks, auth logs, moderation events, analytics events) and configs.
    About 80 locales, each written in its own languages and scripts where that is how people
    write, or in English / romanized form.

How it was made
    Written blind: the author saw neither the sanitizer, its rules, its tests nor earlier sets.
    Every pool (names, streets, towns, domains, platforms, near-miss names) and every template
    in `bench/sanitizer_dev28_templates.py` was typed by hand; no Faker, no name data set, no
    detector was used. A text is assembled from pieces `(text, category_or_None)` and the
    offsets are accumulated while assembling, so no label is ever found by searching. About a
    fifth of the texts are wrapped in an LLM API request body (OpenAI chat, Anthropic
    messages, Gemini, OpenAI Responses, Ollama) or in a log line of an app calling an LLM; the
    JSON / log escaping is applied piece by piece, so a label covers the value exactly as it
    appears in the escaped text. About 8% of the texts carry near-misses only. Sender lines and
    signatures (HEADERS / FOOTERS) are pasted around part of the free texts, a few US tax
    templates (SSN / ITIN) occur for any locale, and US texts have their own (LOCAL).

Label conventions (must-remove values)
    PERSON: a private person's whole name (given, middle, patronymic, particles, double
    surnames) as one span; titles, honorifics and kinship terms used as titles stay outside;
    @mentions (with the "@") and logins made of the name are PERSON. Public figures, fictional
    characters, saints and places named after people are not labelled.
    EMAIL, PHONE, IP (v4/v6), MAC, CREDIT_CARD (Luhn), IBAN (mod-97, right length), US_SSN,
    US_ITIN, CRYPTO (base58check, bech32, EIP-55), DATE_OF_BIRTH (birth dates only),
    ADDRESS (first to last given part of a private street address, not the country),
    DRIVER_LICENSE and PASSPORT (numbers named as such), SECRET (passwords, keys, tokens,
    PINs, OTPs, recovery codes, the password inside a connection string; not placeholders).
    Order / ticket / tracking / booking numbers, plates, VINs, masked cards, amounts, other
    dates, IDs, hashes, brand, app, game, shop and place names are near-misses, not labelled.

Template slots (see `_fill`)
    {P} {P2} .. person, with modifiers :full :g :f :t :tg :k :at :h :e :lc :n :ini :sf :nat;
    {EMAIL} {PHONE} ({PHONE:i} international) {ADDR} {DOB} {IP} {IPV6} {MAC} {CC} {IBAN}
    {SSN} {ITIN} {BTC} {ETH} {DL} {PASS} {PW} {APIKEY} {TOKEN} {OTP} {PIN} {RECOV} {DBURL};
    near-miss slots {ORDER} {TICKET} {TRACK} {PNR} {FLIGHT} {PLATE} {VIN} {AMT} {DATE} {TIME}
    {TS} {MASK} {SKU} {HASH} {UID} {LISTING} {TXN} {VER} {REQID} {INV} {CELEB} {CHAR}
    {BRAND} {APP} {GAME} {SHOP} {TOWN} {UNAME} {PLACE} {GUILD} {COMPANY} {SCHOOL} {SAINT}
    {STREETP} {ROOM} {ACCT} {DRVID} {LASTFOUR}. A trailing digit makes a distinct value ({EMAIL2});
    the same slot key repeats the same value within a text.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import time
import unicodedata

from bench import sanitizer_dev28_templates as T
from bench.sanitizer_data import Sample

SEED = 2828
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

Piece = tuple[str, "str | None"]

# --------------------------------------------------------------------------- patterns
_UP = "ABCDEFGHJKLMNPRSTUVWXYZ"
_ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"


def _pat(rng: random.Random, pattern: str) -> str:
    """'#' digit, '%' digit 1-9, '&' upper letter, '?' upper alnum, '~' hex, '^' lower."""
    out = []
    for ch in pattern:
        if ch == "#":
            out.append(str(rng.randrange(10)))
        elif ch == "%":
            out.append(str(rng.randrange(1, 10)))
        elif ch == "&":
            out.append(rng.choice(_UP))
        elif ch == "?":
            out.append(rng.choice(_ALNUM))
        elif ch == "~":
            out.append(rng.choice("0123456789abcdef"))
        elif ch == "^":
            out.append(rng.choice("abcdefghijkmnopqrstuvwxyz"))
        else:
            out.append(ch)
    return "".join(out)


# --------------------------------------------------------------------------- checksums
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


def luhn_ok(number: str) -> bool:
    digits = [int(c) for c in number if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


_CARD_KINDS = [
    # (prefixes, length, grouping)
    (["4"], 16, (4, 4, 4, 4)),
    (["51", "52", "53", "54", "55", "2221", "2300", "2720"], 16, (4, 4, 4, 4)),
    (["34", "37"], 15, (4, 6, 5)),
    (["6011", "65"], 16, (4, 4, 4, 4)),
    (["3528", "3566", "3589"], 16, (4, 4, 4, 4)),
    (["62"], 16, (4, 4, 4, 4)),
    (["2200", "2202", "2204"], 16, (4, 4, 4, 4)),
    (["36"], 14, (4, 6, 4)),
]


def card(rng: random.Random) -> str:
    prefixes, length, groups = rng.choices(_CARD_KINDS, weights=[6, 5, 2, 1, 1, 1, 1, 1])[0]
    body = rng.choice(prefixes)
    while len(body) < length - 1:
        body += str(rng.randrange(10))
    number = body + _luhn_digit(body)
    style = rng.random()
    if style < 0.3:
        return number
    sep = " " if style < 0.8 else "-"
    parts, i = [], 0
    for g in groups:
        parts.append(number[i : i + g])
        i += g
    return sep.join(parts)


_IBAN_BBAN = {
    "DE": "##################",
    "GB": "&&&&##############",
    "IE": "&&&&##############",
    "FR": "##########???????????##",
    "ES": "####################",
    "IT": "&######################",
    "NL": "&&&&##########",
    "BE": "############",
    "PL": "########################",
    "PT": "#####################",
    "AT": "################",
    "CH": "#################",
    "SE": "####################",
    "NO": "###########",
    "DK": "##############",
    "FI": "##############",
    "GR": "#######################",
    "RO": "&&&&????????????????",
    "HU": "########################",
    "CZ": "####################",
    "HR": "#################",
    "RS": "##################",
    "BG": "&&&&######????????",
    "TR": "#####0################",
    "SA": "##??????????????????",
    "AE": "###################",
    "QA": "&&&&?????????????????????",
    "KW": "&&&&??????????????????????",
    "JO": "&&&&####??????????????????",
    "LB": "####????????????????????",
    "IL": "###################",
    "EG": "#########################",
    "PK": "&&&&????????????????",
    "BR": "#######################&?",
    "UA": "#########################",
    "KZ": "###?????????????",
    "GE": "&&################",
    "AZ": "&&&&????????????????????",
    "TN": "####################",
    "IS": "######################",
    "EE": "################",
    "LT": "################",
    "LV": "&&&&?????????????",
    "CR": "0#################",
    "DO": "&&&&####################",
    "GT": "&&&&????????????????????",
    "MU": "&&&&###################&&&",
    "IQ": "&&&&###############",
    "BH": "&&&&??????????????",
    "SK": "####################",
    "SI": "###############",
    "LU": "###?????????????",
    "CY": "########????????????????",
    "MD": "????????????????????",
    "AL": "########????????????????",
    "BY": "????####????????????????",
    "IR": "0#####################",
}
IBAN_LENGTH = {cc: len(b) + 4 for cc, b in _IBAN_BBAN.items()}


def _iban_check(cc: str, bban: str) -> str:
    moved = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in moved)
    return f"{98 - int(num) % 97:02d}"


def iban_ok(value: str) -> bool:
    v = value.replace(" ", "")
    if IBAN_LENGTH.get(v[:2]) != len(v):
        return False
    moved = v[4:] + v[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def iban(rng: random.Random, cc: str) -> str:
    # '?' mostly digits: banks print account parts as digits
    bban = "".join(
        _pat(rng, "#") if ch == "?" and rng.random() < 0.8 else _pat(rng, ch)
        for ch in _IBAN_BBAN[cc]
    )
    value = cc + _iban_check(cc, bban) + bban
    if rng.random() < 0.55:
        return " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    return value


# bitcoin
_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def _b58encode(raw: bytes) -> str:
    n = int.from_bytes(raw, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = _B58[r] + out
    pad = len(raw) - len(raw.lstrip(b"\0"))
    return "1" * pad + out


def btc_legacy(rng: random.Random) -> str:
    payload = bytes([rng.choice([0, 5])]) + bytes(rng.randrange(256) for _ in range(20))
    chk = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    return _b58encode(payload + chk)


def b58check_ok(addr: str) -> bool:
    n = 0
    for ch in addr:
        n = n * 58 + _B58.index(ch)
    raw = n.to_bytes(25, "big")
    return hashlib.sha256(hashlib.sha256(raw[:21]).digest()).digest()[:4] == raw[21:]


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


def btc_bech32(rng: random.Random) -> str:
    prog = bytes(rng.randrange(256) for _ in range(rng.choice([20, 20, 32])))
    data = [0] + _convertbits(prog, 8, 5)
    values = _hrp_expand("bc") + data
    poly = _polymod(values + [0] * 6) ^ 1
    chk = [(poly >> 5 * (5 - i)) & 31 for i in range(6)]
    return "bc1" + "".join(_BECH[d] for d in data + chk)


def bech32_ok(addr: str) -> bool:
    hrp, data = addr[:2], [_BECH.index(c) for c in addr[3:]]
    return _polymod(_hrp_expand(hrp) + data) == 1


# ethereum (keccak-256, written out: hashlib's sha3_256 pads differently)
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


def _keccak_f(a: list[list[int]]) -> None:
    for rc in _RC:
        c = [a[x][0] ^ a[x][1] ^ a[x][2] ^ a[x][3] ^ a[x][4] for x in range(5)]
        d = [c[(x - 1) % 5] ^ _rol(c[(x + 1) % 5], 1) for x in range(5)]
        for x in range(5):
            for y in range(5):
                a[x][y] ^= d[x]
        b = [[0] * 5 for _ in range(5)]
        for x in range(5):
            for y in range(5):
                b[y][(2 * x + 3 * y) % 5] = _rol(a[x][y], _ROT[x][y])
        for x in range(5):
            for y in range(5):
                a[x][y] = b[x][y] ^ ((~b[(x + 1) % 5][y] & _M64) & b[(x + 2) % 5][y])
        a[0][0] ^= rc


def keccak256(data: bytes) -> bytes:
    rate = 136
    msg = bytearray(data)
    msg.append(0x01)
    while len(msg) % rate:
        msg.append(0)
    msg[-1] |= 0x80
    state = [[0] * 5 for _ in range(5)]
    for off in range(0, len(msg), rate):
        block = msg[off : off + rate]
        for i in range(rate // 8):
            state[i % 5][i // 5] ^= int.from_bytes(block[8 * i : 8 * i + 8], "little")
        _keccak_f(state)
    return b"".join(state[i % 5][i // 5].to_bytes(8, "little") for i in range(4))


def eip55(hex40: str) -> str:
    h = keccak256(hex40.lower().encode()).hex()
    return "0x" + "".join(
        c.upper() if c.isalpha() and int(h[i], 16) >= 8 else c for i, c in enumerate(hex40.lower())
    )


def eth(rng: random.Random) -> str:
    return eip55("".join(rng.choice("0123456789abcdef") for _ in range(40)))


def ssn(rng: random.Random) -> str:
    while True:
        area = rng.randrange(1, 900)
        if area != 666:
            break
    group, serial = rng.randrange(1, 100), rng.randrange(1, 10000)
    sep = rng.choice(["-", "-", "-", " ", ""])
    return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"


_ITIN_GROUPS = [*range(70, 89), 90, 91, 92, *range(94, 100)]


def itin(rng: random.Random) -> str:
    sep = rng.choice(["-", "-", " "])
    return (
        f"9{rng.randrange(100):02d}{sep}{rng.choice(_ITIN_GROUPS)}{sep}{rng.randrange(10000):04d}"
    )


def ipv4(rng: random.Random) -> str:
    first = rng.choice([41, 45, 62, 77, 81, 88, 91, 102, 103, 105, 109, 110, 122, 154, 176, 185,
                        186, 187, 190, 196, 197, 200, 201, 203, 210, 213, 217, 223])  # fmt: skip
    return f"{first}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"


def ipv6(rng: random.Random) -> str:
    groups = [rng.choice(["2001", "2a02", "2406", "2c0f", "2800", "2603", "240e"])]
    groups += [f"{rng.randrange(65536):x}" for _ in range(7)]
    if rng.random() < 0.5:
        k = rng.randrange(3, 6)
        return ":".join(groups[:k]) + "::" + ":".join(groups[k + 2 :])
    return ":".join(groups)


def mac(rng: random.Random) -> str:
    octets = [rng.randrange(256) for _ in range(6)]
    octets[0] &= 0xFC
    style = rng.random()
    if style < 0.5:
        return ":".join(f"{o:02x}" for o in octets)
    if style < 0.8:
        return "-".join(f"{o:02X}" for o in octets)
    h = "".join(f"{o:02x}" for o in octets)
    return ".".join(h[i : i + 4] for i in range(0, 12, 4))


# --------------------------------------------------------------------------- people
_FOLD = str.maketrans(
    {"ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "ß": "ss", "ł": "l", "Ł": "L", "đ": "d",
     "Đ": "D", "ı": "i", "ð": "d", "þ": "th", "Þ": "Th", "œ": "oe", "'": "", "’": "", "-": ""}
)  # fmt: skip


def ascii_fold(s: str) -> str:
    s = s.translate(_FOLD)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in " ."))


def _split(v: object) -> list[str]:
    if isinstance(v, list):
        return v
    return [w.replace("_", " ") for w in str(v).split()]


class Person:
    """One private person of a locale; renders the name in many forms."""

    def __init__(self, rng: random.Random, loc: dict, native: bool) -> None:
        self.rng = rng
        self.loc = loc
        self.female = rng.random() < 0.5
        src = loc.get("n") if native and loc.get("n") else loc
        self.native = src is not loc
        self.order = src.get("order", "gf")
        self.join = src.get("join", " ")
        self.style = src.get("style", loc.get("style", "west"))
        gpool = _split(src["gf"] if self.female else src["gm"])
        self.g = rng.choice(gpool)
        fam = src.get("famf") if self.female and src.get("famf") else src.get("fam")
        fams = _split(fam) if fam else []
        self.f = rng.choice(fams) if fams else ""
        self.f2 = ""
        self.mid = ""
        self.part = ""
        st = self.style
        if st in ("es", "pt") and fams:
            self.f2 = rng.choice([x for x in fams if x != self.f] or fams)
        if st == "pt" and rng.random() < 0.3:
            self.part = rng.choice(["de", "da", "dos"])
        if st == "slav":
            pp = src.get("pf") if self.female else src.get("pm")
            self.mid = rng.choice(_split(pp)) if pp else ""
        elif st in ("arab", "ethi", "soma"):
            self.mid = rng.choice(_split(src["gm"]))
        elif st in ("west", "ph") and src.get("mid") and rng.random() < 0.3:
            self.mid = rng.choice(_split(src["mid"]))
        elif st == "vi":
            self.mid = rng.choice(_split(src["midf"] if self.female else src["midm"]))
        if src.get("part") and st not in ("pt",) and rng.random() < 0.5:
            self.part = rng.choice(_split(src["part"]))
        if st == "mono" or (src.get("mono") and rng.random() < src["mono"]):
            self.f = ""
        if st in ("ethi", "soma"):
            self.f = self.mid if st == "ethi" else self.f
            if st == "ethi":
                self.mid = ""
        nicks = _split(src.get("nick", "")) if src.get("nick") else []
        self.nick = rng.choice(nicks) if nicks else self.g
        # ascii identity for handles and e-mail
        if self.native:
            r = Person(rng, loc, False)
            self.ag, self.af = ascii_fold(r.g).replace(" ", ""), ascii_fold(r.f).replace(" ", "")
        else:
            self.ag = ascii_fold(self.g).replace(" ", "")
            self.af = ascii_fold(self.f).replace(" ", "")
        if not self.ag:
            self.ag = "user"
        self.handle_cache: dict[str, str] = {}

    # name pieces -------------------------------------------------------------
    def family(self) -> str:
        fam = self.f
        if self.part:
            fam = f"{self.part} {fam}" if fam else fam
        if self.f2:
            fam = f"{fam} {self.f2}"
        return fam

    def full(self, with_mid: bool | None = None) -> str:
        rng = self.rng
        st = self.style
        if with_mid is None:
            with_mid = rng.random() < 0.5
        g, fam = self.g, self.family()
        if st == "arab":
            conn = _split(self.loc.get("conn", "bin bint"))
            mid = self.mid
            if with_mid and self.f:
                c = conn[1] if self.female and len(conn) > 1 else conn[0]
                mid = f"{c} {mid}" if c != "-" and rng.random() < 0.5 else mid
                return f"{g} {mid} {self.f}"
            return f"{g} {self.f}" if self.f else f"{g} {mid}"
        if st in ("ethi",):
            return f"{g} {self.f}"
        if st == "malay":
            conn = _split(self.loc.get("conn", "bin binti"))
            c = conn[1] if self.female and len(conn) > 1 else conn[0]
            if with_mid or rng.random() < 0.5:
                return f"{g} {c} {self.f}"
            return f"{g} {self.f}"
        if st == "slav" and self.mid and fam and rng.random() < 0.3:
            return f"{fam} {g} {self.mid}"
        if st == "soma":
            return f"{g} {self.mid} {self.f}" if with_mid else f"{g} {self.mid}"
        if not fam:
            return g
        mid = self.mid if (with_mid or st in ("vi",)) and self.mid else ""
        if st == "ph" and mid and rng.random() < 0.6:
            mid = mid[0] + "."
        parts = [fam, mid, g] if self.order == "fg" else [g, mid, fam]
        return self.join.join(p for p in parts if p)

    def initials(self) -> str:
        fam = self.family()
        if not fam:
            return self.g
        st = self.style
        if self.native and self.join == "":
            return self.full(False)
        if st == "slav" and self.mid:
            return f"{fam} {self.g[0]}. {self.mid[0]}."
        if st == "in_s" or (self.loc.get("initfirst") and self.rng.random() < 0.6):
            return f"{fam[0]}. {self.g}"
        gi = ".".join(p[0] for p in self.g.replace("-", " ").split()) + "."
        return f"{gi} {fam}" if self.rng.random() < 0.7 else f"{fam} {gi}"

    def sorted_form(self) -> str:
        fam = self.family()
        if not fam or self.join == "":
            return self.full(False)
        if self.rng.random() < 0.5:
            return f"{fam.upper()} {self.g}"
        return f"{fam}, {self.g}"

    def default(self) -> str:
        r = self.rng.random()
        if r < 0.62:
            return self.full()
        if r < 0.74:
            return self.sorted_form()
        if r < 0.84:
            return self.initials()
        if r < 0.92:
            return self.full(True)
        return self.full(False)

    def handle(self, key: str = "h") -> str:
        if key in self.handle_cache:
            return self.handle_cache[key]
        rng = self.rng
        g, f = self.ag.lower(), self.af.lower()
        yy = str(rng.randrange(60, 100) if rng.random() < 0.5 else rng.randrange(0, 10)).zfill(2)
        forms = [f"{g}{yy}", f"{g}_{rng.randrange(1, 999)}", f"{g}.{yy}"]
        if f:
            forms += [f"{g}.{f}", f"{g}_{f}", f"{g[0]}{f}", f"{g}{f}{yy}", f"{f}.{g}",
                      f"{g}.{f}{yy}", f"{g}{f[0]}", f"{self.ag}{self.af}"]  # fmt: skip
        h = rng.choice(forms)
        self.handle_cache[key] = h
        return h

    def email(self) -> str:
        if "e" in self.handle_cache:
            return self.handle_cache["e"]
        rng = self.rng
        g, f = self.ag.lower(), self.af.lower()
        forms = [f"{g}{rng.randrange(1, 99)}", f"{g}.{rng.randrange(1970, 2006)}"]
        if f:
            forms += [f"{g}.{f}", f"{g}{f}", f"{g[0]}.{f}", f"{f}.{g}"]
            forms.append(f"{g}_{f}{rng.randrange(9)}")
        doms = [d for d in self.loc.get("dom", "").split("|") if d]  # ("a.com|b.com")
        doms += ["gmail.com", "gmail.com", "outlook.com"]
        e = f"{rng.choice(forms)}@{rng.choice(doms)}"
        self.handle_cache["e"] = e
        return e


# --------------------------------------------------------------------------- context
class Ctx:
    def __init__(self, rng: random.Random, loc: dict, lang: str) -> None:
        self.rng = rng
        self.loc = loc
        self.lang = lang
        self.native = lang in loc.get("nlangs", ()) and rng.random() < 0.85
        if not self.native and loc.get("n") and rng.random() < 0.07:
            self.native = True
        self.cache: dict[str, object] = {}
        self.eastern_digits = lang in ("ar", "fa") and rng.random() < 0.25

    def person(self, key: str) -> Person:
        if key not in self.cache:
            self.cache[key] = Person(self.rng, self.loc, self.native)
        return self.cache[key]  # type: ignore[return-value]


_EAST = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_EAST_FA = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def _title(ctx: Ctx, p: Person, kind: str) -> list[Piece]:
    loc, rng = ctx.loc, ctx.rng
    key = ("ntf" if p.female else "ntm") if p.native else ("tf" if p.female else "tm")
    titles = loc.get(key) or loc.get("tf" if p.female else "tm") or ["Mr "]
    if isinstance(titles, str):
        titles = titles.split("|")
    t = rng.choice(titles)
    use = loc.get("tname", "f")
    if p.native:
        use = loc.get("n", {}).get("tname", use)
    if kind == "tg":
        name = p.full()
    elif use == "g" or not p.family():
        name = p.g
    elif use == "full":
        name = p.full(False)
    else:
        name = p.family()
    if t.startswith("~"):
        return [(name, "PERSON"), (t[1:], None)]
    return [(t, None), (name, "PERSON")]


def _kin(ctx: Ctx, p: Person) -> list[Piece]:
    loc, rng = ctx.loc, ctx.rng
    terms = loc.get("nkin" if p.native else "kin") or loc.get("kin") or ["Auntie "]
    if isinstance(terms, str):
        terms = terms.split("|")
    t = rng.choice(terms)
    name = p.nick if rng.random() < 0.3 else p.g
    if t.startswith("~"):
        return [(name, "PERSON"), (t[1:], None)]
    return [(t, None), (name, "PERSON")]


def person_pieces(ctx: Ctx, key: str, mod: str) -> list[Piece]:
    p = ctx.person(key)
    if mod == "":
        return [(p.default(), "PERSON")]
    if mod == "full":
        return [(p.full(False), "PERSON")]
    if mod == "g":
        return [(p.g, "PERSON")]
    if mod == "f":
        return [(p.family() or p.g, "PERSON")]
    if mod == "n":
        return [(p.nick, "PERSON")]
    if mod == "lc":
        return [((p.nick if ctx.rng.random() < 0.3 else p.g).lower(), "PERSON")]
    if mod in ("t", "tg"):
        return _title(ctx, p, mod)
    if mod == "k":
        return _kin(ctx, p)
    if mod == "at":
        return [("@" + p.handle(), "PERSON")]
    if mod == "h":
        return [(p.handle(), "PERSON")]
    if mod == "e":
        return [(p.email(), "EMAIL")]
    if mod == "ini":
        return [(p.initials(), "PERSON")]
    if mod == "sf":
        return [(p.sorted_form(), "PERSON")]
    if mod == "nat":
        if not p.native and ctx.loc.get("n"):
            q = Person(ctx.rng, ctx.loc, True)
            return [(q.full(False), "PERSON")]
        return [(p.full(False), "PERSON")]
    raise KeyError(mod)


# --------------------------------------------------------------------------- values
_MONTHS = T.MONTHS


def birth_date(ctx: Ctx) -> str:
    rng, loc = ctx.rng, ctx.loc
    y, m, d = rng.randrange(1952, 2007), rng.randrange(1, 13), rng.randrange(1, 29)
    names = _MONTHS.get(ctx.lang)
    if names and rng.random() < 0.4:
        fmt = T.DOB_WORD.get(ctx.lang, "{d} {M} {y}")
        return fmt.format(d=d, M=names[m - 1], y=y, dd=f"{d:02d}")
    kind = rng.choice(loc.get("dob", ["dmy/"]))
    if kind == "mdy/":
        s = f"{m:02d}/{d:02d}/{y}"
    elif kind == "ymd-":
        s = f"{y}-{m:02d}-{d:02d}"
    elif kind == "ymd/":
        s = f"{y}/{m:02d}/{d:02d}"
    elif kind == "ymd.":
        s = f"{y}.{m:02d}.{d:02d}"
    elif kind == "dmy.":
        s = f"{d:02d}.{m:02d}.{y}"
    elif kind == "dmy-":
        s = f"{d:02d}-{m:02d}-{y}"
    elif kind == "cjk":
        s = f"{y}年{m}月{d}日"
    elif kind == "jera":
        era = f"平成{y - 1988}" if y >= 1989 else f"昭和{y - 1925}"
        s = f"{era}年{m}月{d}日"
    elif kind == "roc":
        s = f"民國{y - 1911}年{m}月{d}日"
    elif kind == "ko":
        s = f"{y}년 {m}월 {d}일"
    elif kind == "ko6":
        s = f"{y % 100:02d}{m:02d}{d:02d}"
    elif kind == "be":
        s = f"{d}/{m:02d}/{y + 543}"
    elif kind == "jalali":
        s = f"{rng.randrange(1331, 1386)}/{m:02d}/{d:02d}"
    elif kind == "hijri":
        s = f"{d:02d}/{m:02d}/{rng.randrange(1372, 1427)} هـ"
    else:
        s = f"{d:02d}/{m:02d}/{y}"
    if ctx.eastern_digits:
        s = s.translate(_EAST_FA if ctx.lang == "fa" else _EAST)
    return s


def other_date(ctx: Ctx) -> str:
    rng = ctx.rng
    y, m, d = rng.choice([2024, 2025, 2025, 2026]), rng.randrange(1, 13), rng.randrange(1, 29)
    names = _MONTHS.get(ctx.lang)
    if names and rng.random() < 0.4:
        fmt = T.DOB_WORD.get(ctx.lang, "{d} {M} {y}")
        return fmt.format(d=d, M=names[m - 1], y=y, dd=f"{d:02d}")
    return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{d}.{m}.{y}"])


def phone(ctx: Ctx, intl: bool | None) -> str:
    rng, loc = ctx.rng, ctx.loc
    if intl is None:
        intl = rng.random() < 0.4
    pats = loc["phi"] if intl else loc["ph"]
    s = _pat(rng, rng.choice(_split(pats) if isinstance(pats, str) else pats))
    if ctx.eastern_digits and not intl:
        s = s.translate(_EAST_FA if ctx.lang == "fa" else _EAST)
    return s


def address(ctx: Ctx) -> str:
    rng, loc = ctx.rng, ctx.loc
    src = loc.get("n") if ctx.native and loc.get("n", {}).get("addr") else loc
    fmt = rng.choice(src["addr"])
    vals = {
        "n": str(rng.choice([rng.randrange(1, 40), rng.randrange(1, 250), rng.randrange(1, 2000)])),
        "st": rng.choice(src.get("st") or src.get("dist") or src["town"]),
        "town": rng.choice(src["town"]),
        "pc": _pat(rng, rng.choice(src.get("pc") or loc.get("pc") or ["#####"])),
        "flat": str(rng.randrange(1, 120)),
        "fl": str(rng.randrange(1, 25)),
        "dist": rng.choice(src.get("dist") or src["town"]),
    }
    return fmt.format(**vals)


def amount(ctx: Ctx) -> str:
    rng = ctx.rng
    cur = rng.choice(ctx.loc.get("cur", "${}").split("|"))
    v = rng.choice([rng.randrange(5, 100), rng.randrange(100, 2000), rng.randrange(1000, 90000)])
    num = f"{v:,}"
    if ctx.loc.get("dec") == ",":
        num = num.replace(",", ".")
    elif ctx.loc.get("dec") == " ":
        num = num.replace(",", "\u00a0" if rng.random() < 0.3 else " ")
    if rng.random() < 0.3 and v < 2000:
        num += ("," if ctx.loc.get("dec") in (",", " ") else ".") + f"{rng.randrange(100):02d}"
    return cur.format(num)


def _secret(ctx: Ctx, kind: str) -> str:
    rng = ctx.rng
    if kind == "PW":
        return _password(rng)
    if kind == "APIKEY":
        return _pat(rng, rng.choice(T.API_KEY_PATTERNS))
    if kind == "TOKEN":
        return _pat(rng, rng.choice(T.TOKEN_PATTERNS))
    if kind == "OTP":
        return _pat(rng, rng.choice(["######", "######", "####", "###-###", "### ###"]))
    if kind == "PIN":
        return _pat(rng, rng.choice(["####", "####", "######"]))
    if kind == "RECOV":
        return _pat(rng, rng.choice(T.RECOVERY_PATTERNS))
    raise KeyError(kind)


def _password(rng: random.Random) -> str:
    word = rng.choice(T.PW_WORDS)
    style = rng.randrange(5)
    if style == 0:
        return f"{word.capitalize()}{rng.randrange(10, 9999)}{rng.choice('!@#$%*?')}"
    if style == 1:
        return f"{word}_{rng.randrange(1960, 2025)}"
    if style == 2:
        return _pat(rng, "&^^^^#&^^#") + rng.choice("!$%&")
    if style == 3:
        w2 = rng.choice(T.PW_WORDS)
        return f"{word}-{w2}-{rng.randrange(10, 99)}"
    return "".join(rng.choice("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in
                   range(rng.randrange(12, 20)))  # fmt: skip


_NEAR = {
    "ORDER": lambda c: _pat(c.rng, c.rng.choice(T.ORDER_PATTERNS)),
    "TICKET": lambda c: _pat(c.rng, c.rng.choice(T.TICKET_PATTERNS)),
    "TRACK": lambda c: _pat(c.rng, c.rng.choice(T.TRACK_PATTERNS)),
    "PNR": lambda c: _pat(c.rng, "&&&&&&"),
    "FLIGHT": lambda c: _pat(c.rng, c.rng.choice(T.FLIGHT_PATTERNS)),
    "PLATE": lambda c: _pat(c.rng, c.rng.choice(c.loc.get("plate", ["&&& ####"]))),
    "VIN": lambda c: _pat(c.rng, "%&&??????##??????".replace("?", "#", 4)),
    "AMT": amount,
    "DATE": other_date,
    "TIME": lambda c: f"{c.rng.randrange(0, 24):02d}:{c.rng.randrange(60):02d}",
    "TS": lambda c: (
        f"2025-{c.rng.randrange(1, 13):02d}-{c.rng.randrange(1, 29):02d}T"
        f"{c.rng.randrange(24):02d}:{c.rng.randrange(60):02d}:{c.rng.randrange(60):02d}Z"
    ),
    "MASK": lambda c: (
        c.rng.choice(["**** ", "•••• ", "xxxx-xxxx-xxxx-", "ending in ", "*"]) + _pat(c.rng, "####")
    ),
    "SKU": lambda c: _pat(c.rng, c.rng.choice(["SKU-&&-####", "&&####-##", "P/N ####-&&"])),
    "HASH": lambda c: _pat(c.rng, "~" * c.rng.choice([12, 40, 64])),
    "UID": lambda c: _pat(c.rng, c.rng.choice(["%########", "%#######", "u_%#######", "%#####"])),
    "LISTING": lambda c: _pat(c.rng, c.rng.choice(["%#########", "LST-%######", "%######"])),
    "TXN": lambda c: _pat(c.rng, c.rng.choice(T.TXN_PATTERNS)),
    "VER": lambda c: f"{c.rng.randrange(1, 9)}.{c.rng.randrange(0, 40)}.{c.rng.randrange(0, 20)}",
    "REQID": lambda c: _pat(c.rng, "~~~~~~~~-~~~~-4~~~-a~~~-~~~~~~~~~~~~"),
    "INV": lambda c: _pat(c.rng, c.rng.choice(["INV-2025-%####", "F%######", "#####/2025"])),
    "LASTFOUR": lambda c: _pat(c.rng, "####"),
    "ROOM": lambda c: _pat(c.rng, c.rng.choice(["%##", "%#&", "%%"])),
    "ACCT": lambda c: _pat(c.rng, c.rng.choice(["%#########", "ACC-%######", "%###-%###"])),
    "DRVID": lambda c: _pat(c.rng, c.rng.choice(["DRV-%#####", "D%#######", "RDR-&&%####"])),
    "CELEB": lambda c: c.rng.choice(c.loc.get("celeb") or T.CELEBS),
    "CHAR": lambda c: c.rng.choice(T.CHARACTERS),
    "BRAND": lambda c: c.rng.choice(T.BRANDS),
    "APP": lambda c: c.rng.choice(c.loc.get("apps") or T.APPS),
    "GAME": lambda c: c.rng.choice(T.GAMES),
    "SHOP": lambda c: c.rng.choice(T.SHOPS),
    "TOWN": lambda c: c.rng.choice(
        (c.loc["n"] if c.native and c.loc.get("n", {}).get("town") else c.loc)["town"]
    ),  # fmt: skip
    "UNAME": lambda c: c.rng.choice(T.USERNAMES),
    "PLACE": lambda c: c.rng.choice(c.loc.get("place") or T.PLACES),
    "GUILD": lambda c: c.rng.choice(T.GUILDS),
    "COMPANY": lambda c: c.rng.choice(T.COMPANIES),
    "SCHOOL": lambda c: c.rng.choice(T.SCHOOLS),
    "SAINT": lambda c: c.rng.choice(T.SAINTS),
    "STREETP": lambda c: c.rng.choice(c.loc.get("streetp") or T.STREETS_PUBLIC),
    "MODEL": lambda c: c.rng.choice(T.LLM_MODELS),
}

_LABELLED = {
    "EMAIL": "EMAIL",
    "PHONE": "PHONE",
    "ADDR": "ADDRESS",
    "DOB": "DATE_OF_BIRTH",
    "IP": "IP",
    "IPV6": "IP",
    "MAC": "MAC",
    "CC": "CREDIT_CARD",
    "IBAN": "IBAN",
    "SSN": "US_SSN",
    "ITIN": "US_ITIN",
    "BTC": "CRYPTO",
    "ETH": "CRYPTO",
    "DL": "DRIVER_LICENSE",
    "PASS": "PASSPORT",
    "PW": "SECRET",
    "APIKEY": "SECRET",
    "TOKEN": "SECRET",
    "OTP": "SECRET",
    "PIN": "SECRET",
    "RECOV": "SECRET",
}


def _value(ctx: Ctx, base: str, mod: str) -> str:
    rng, loc = ctx.rng, ctx.loc
    if base == "EMAIL":
        return Person(rng, loc, False).email()
    if base == "PHONE":
        return phone(ctx, True if mod == "i" else (False if mod == "n" else None))
    if base == "ADDR":
        return address(ctx)
    if base == "DOB":
        return birth_date(ctx)
    if base == "IP":
        return ipv4(rng)
    if base == "IPV6":
        return ipv6(rng)
    if base == "MAC":
        return mac(rng)
    if base == "CC":
        return card(rng)
    if base == "IBAN":
        return iban(rng, loc.get("iban") or rng.choice(["DE", "GB", "FR", "NL", "AE", "TR"]))
    if base == "SSN":
        return ssn(rng)
    if base == "ITIN":
        return itin(rng)
    if base == "BTC":
        return btc_legacy(rng) if rng.random() < 0.45 else btc_bech32(rng)
    if base == "ETH":
        return eth(rng)
    if base == "DL":
        return _pat(rng, rng.choice(loc.get("dl") or ["&#######"]))
    if base == "PASS":
        return _pat(rng, rng.choice(loc.get("pp") or ["&#######"]))
    return _secret(ctx, base)


_SLOT = re.compile(r"\{([A-Z][A-Z0-9]*?)(\d*)(?::([a-z]+))?\}")
_LEFTOVER = re.compile(r"\{[A-Z][A-Z0-9]*(?::[a-z]+)?\}")
_PARSED: dict[str, list[tuple[str, str, str, str]]] = {}


def _parse(template: str) -> list[tuple[str, str, str, str]]:
    """-> list of (literal, base, key, mod); base '' for a trailing literal."""
    if template in _PARSED:
        return _PARSED[template]
    out, pos = [], 0
    for m in _SLOT.finditer(template):
        base, num, mod = m.group(1), m.group(2), m.group(3) or ""
        if base + num in _LABELLED or base + num in _NEAR:  # names ending in a digit
            base, num = base + num, ""
        if base not in _LABELLED and base not in _NEAR and base not in ("P", "DBURL"):
            continue
        out.append((template[pos : m.start()], base, base + (num or ""), mod))
        pos = m.end()
    out.append((template[pos:], "", "", ""))
    _PARSED[template] = out
    return out


def _fill(ctx: Ctx, base: str, key: str, mod: str) -> list[Piece]:
    if base == "P":
        return person_pieces(ctx, "P" + key[1:], mod)
    if base == "DBURL":
        pw = _value(ctx, "PW", "")
        pre, post = ctx.rng.choice(T.DB_URLS)
        return [(pre, None), (pw, "SECRET"), (post, None)]
    if base in _NEAR:
        if key not in ctx.cache:
            ctx.cache[key] = _NEAR[base](ctx)
        return [(str(ctx.cache[key]), None)]
    ck = key + ":" + mod
    if ck not in ctx.cache:
        ctx.cache[ck] = _value(ctx, base, mod)
    return [(str(ctx.cache[ck]), _LABELLED[base])]


def render(ctx: Ctx, template: str) -> list[Piece]:
    pieces: list[Piece] = []
    for lit, base, key, mod in _parse(template):
        if lit:
            pieces.append((lit, None))
        if base:
            pieces.extend(_fill(ctx, base, key, mod))
    return pieces


# --------------------------------------------------------------------------- wrapping
def _json_escape(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)[1:-1]


def _log_escape(s: str) -> str:
    return s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")


def _escape(pieces: list[Piece], fn) -> list[Piece]:  # noqa: ANN001
    return [(fn(t), c) for t, c in pieces]


_MARK = "@@DEV28_TEXT@@"


def _json_body(ctx: Ctx, pieces: list[Piece], lang: str) -> list[Piece]:
    rng = ctx.rng
    system = rng.choice(T.SYSTEM_PROMPTS)
    kind = rng.choice(["openai", "openai", "anthropic", "anthropic", "gemini", "responses",
                       "ollama", "ollama_chat"])  # fmt: skip
    model = rng.choice(T.MODELS_BY_API[kind])
    if kind == "openai":
        body = {"model": model, "messages": [{"role": "system", "content": system},
                                             {"role": "user", "content": _MARK}],
                "temperature": rng.choice([0, 0.2, 0.7])}  # fmt: skip
    elif kind == "anthropic":
        body = {"model": model, "max_tokens": rng.choice([512, 1024, 4096]), "system": system,
                "messages": [{"role": "user", "content": _MARK}]}  # fmt: skip
    elif kind == "gemini":
        body = {"contents": [{"role": "user", "parts": [{"text": _MARK}]}],
                "systemInstruction": {"parts": [{"text": system}]},
                "generationConfig": {"temperature": 0.3, "maxOutputTokens": 2048}}  # fmt: skip
    elif kind == "responses":
        body = {"model": model, "instructions": system, "input": _MARK, "store": False}
    elif kind == "ollama":
        body = {"model": model, "prompt": _MARK, "stream": False, "options": {"num_ctx": 8192}}
    else:
        body = {"model": model, "messages": [{"role": "user", "content": _MARK}], "stream": False}
    dumped = json.dumps(body, ensure_ascii=False, indent=rng.choice([None, None, 2]))
    pre, post = dumped.split(_MARK)
    return [(pre, None), *_escape(pieces, _json_escape), (post, None)]


def _log_line(ctx: Ctx, pieces: list[Piece]) -> list[Piece]:
    rng = ctx.rng
    ts = _NEAR["TS"](ctx)
    svc = rng.choice(T.LOG_SERVICES)
    if rng.random() < 0.4:
        body = _json_body(ctx, pieces, ctx.lang)
        head = f"{ts} INFO {svc} POST {rng.choice(T.LLM_ENDPOINTS)} request_body="
        return [(head, None), *body]
    head = rng.choice(T.LOG_HEADS).format(
        ts=ts, svc=svc, model=rng.choice(T.LLM_MODELS), rid=_NEAR["REQID"](ctx)
    )
    tail = f'" tokens_in={rng.randrange(80, 4000)} latency_ms={rng.randrange(200, 9000)}'
    return [(head + ' prompt="', None), *_escape(pieces, _log_escape), (tail, None)]


# --------------------------------------------------------------------------- assembly
def _assemble(pieces: list[Piece]) -> tuple[str, list[tuple[str, int, int]], list[str]]:
    text_parts, spans, values = [], [], []
    pos = 0
    for t, cat in pieces:
        if cat is not None:
            spans.append((cat, pos, pos + len(t)))
            values.append(t)
        text_parts.append(t)
        pos += len(t)
    return "".join(text_parts), spans, values


def _merge_literals(pieces: list[Piece]) -> list[Piece]:
    out: list[Piece] = []
    for t, c in pieces:
        if not t:
            continue
        if c is None and out and out[-1][1] is None:
            out[-1] = (out[-1][0] + t, None)
        else:
            out.append((t, c))
    return out


_RECORD: list[dict] = []  # parallel record of the last generated set (for _check)


def _pick_template(rng: random.Random, loc: dict) -> tuple[str, str, str]:
    """-> (lang, kind, template)."""
    r = rng.random()
    if r < 0.08:
        lang = rng.choice(loc["langs"])
        pool = T.NEARMISS.get(lang) if rng.random() < 0.6 else None
        if not pool:
            lang, pool = "en", T.NEARMISS["en"]
        return lang, "nm", rng.choice(pool)
    if r < 0.21:
        kind, tpl = rng.choice(T.MACHINE)
        return rng.choice(loc["langs"]), kind, tpl
    if r < 0.24:
        return "en", "text", rng.choice(T.US_TAX)
    local = T.LOCAL.get(loc["code"])
    if local and rng.random() < 0.5:
        return "en", "text", rng.choice(local)
    lang = rng.choice(loc["langs"])
    pool = T.TEMPLATES.get(lang)
    if not pool or rng.random() < 0.12:
        lang, pool = "en", T.TEMPLATES["en"]
    return lang, "text", rng.choice(pool)


def dev28_set(scale: float = 1.0) -> list[Sample]:
    rng = random.Random(SEED)
    n = int(N_TEXTS * scale)
    out: list[Sample] = []
    _RECORD.clear()
    locs = T.LOCALES
    for i in range(n):
        loc = locs[i % len(locs)] if i < len(locs) else rng.choice(locs)
        lang, kind, tpl = _pick_template(rng, loc)
        ctx = Ctx(rng, loc, lang)
        pieces = render(ctx, tpl)
        is_json = kind == "json"
        if kind == "text" and rng.random() < 0.6:
            r2 = rng.random()
            if r2 < 0.65:
                pieces = render(ctx, rng.choice(T.HEADERS)) + pieces
            if r2 > 0.45:
                pieces = pieces + render(ctx, rng.choice(T.FOOTERS))
        if kind in ("text", "nm") and rng.random() < 0.22:
            instr = T.INSTRUCTIONS.get(lang) or T.INSTRUCTIONS["en"]
            sep = rng.choice(["\n\n", "\n", ": ", "\n---\n"])
            pieces = [(rng.choice(instr) + sep, None), *pieces]
        wrap = rng.random()
        if wrap < 0.15:
            pieces = _json_body(ctx, pieces, lang)
            is_json = True
        elif wrap < 0.21:
            pieces = _log_line(ctx, pieces)
            is_json = False
        pieces = _merge_literals(pieces)
        text, spans, values = _assemble(pieces)
        out.append(Sample(text, spans))
        _RECORD.append({"values": values, "json": is_json, "loc": loc["code"], "kind": kind})
    return out


# --------------------------------------------------------------------------- self-check
def _check(samples: list[Sample], scale: float = 1.0) -> dict[str, int]:
    assert len(samples) == int(N_TEXTS * scale), len(samples)
    assert len(_RECORD) == len(samples)
    counts: dict[str, int] = {}
    for s, rec in zip(samples, _RECORD, strict=True):
        assert len(s.spans) == len(rec["values"])
        last_end = -1
        for (cat, a, b), value in zip(s.spans, rec["values"], strict=True):
            assert cat in CATEGORIES, cat
            assert 0 <= a < b <= len(s.text), (a, b)
            frag = s.text[a:b]
            assert frag == value, (frag, value)
            assert frag == frag.strip() and frag, repr(frag)
            assert a >= last_end, ("overlap", s.text[:80])
            last_end = b
            counts[cat] = counts.get(cat, 0) + 1
            raw = value.replace("\\/", "/")
            if cat == "CREDIT_CARD":
                assert luhn_ok(raw), raw
            elif cat == "IBAN":
                assert iban_ok(raw), raw
            elif cat == "CRYPTO":
                if raw.startswith("0x"):
                    assert raw == eip55(raw[2:]), raw
                elif raw.startswith("bc1"):
                    assert bech32_ok(raw), raw
                else:
                    assert b58check_ok(raw), raw
            elif cat == "US_SSN":
                d = re.sub(r"\D", "", raw)
                assert len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9", raw
                assert d[3:5] != "00" and d[5:] != "0000", raw
            elif cat == "US_ITIN":
                d = re.sub(r"\D", "", raw)
                assert d[0] == "9" and int(d[3:5]) in _ITIN_GROUPS, raw
        assert not _LEFTOVER.search(s.text), _LEFTOVER.search(s.text)
        if rec["json"]:
            json.loads(s.text)
    locales = {r["loc"] for r in _RECORD}
    assert len(locales) >= 70, len(locales)
    return counts


def _selftest_checksums() -> None:
    assert keccak256(b"").hex().startswith("c5d2460186f7233c927e7db2dcc703c0")
    assert eip55("5aaeb6053f3e94c9b9a09f33669435e7ef1beaed") == (
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
    )
    assert iban_ok("GB82 WEST 1234 5698 7654 32")
    assert luhn_ok("4111 1111 1111 1111")
    assert bech32_ok("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4")
    assert b58check_ok("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2")


if __name__ == "__main__":
    _selftest_checksums()
    t0 = time.perf_counter()
    data = dev28_set()
    elapsed = time.perf_counter() - t0
    counts = _check(data)
    again = dev28_set()
    assert [s.text for s in again] == [s.text for s in data], "not deterministic"
    n_labels = sum(counts.values())
    print(f"texts: {len(data)}  labels: {n_labels}  per text: {n_labels / len(data):.2f}")
    for cat in CATEGORIES:
        print(f"  {cat:15s} {counts.get(cat, 0)}")
    print(f"locales: {len({r['loc'] for r in _RECORD})}  templates: {T.count_templates()}")
    print(f"generation time: {elapsed:.2f}s")
    print("self-checks passed")
