"""dev27: a blind, hand-written evaluation set for the sanitizer -- crews, trades and the
people who hire them, all over the world.

What it is
    1,200 labeled texts (``dev27_set(scale)`` returns ``int(1200 * scale)``) of the kind that
    workers, foremen, contractors, recruiters, cooperatives, unions and small employers on
    farms, fishing boats, factories, mines, building sites, warehouses, trucking and shipping
    lines, ports, markets, repair shops and in domestic and seasonal work paste into, or send
    through, an LLM, and that their apps log: rosters, crew lists, site diaries, incident
    reports, timesheets, payslips, harvest tallies, cooperative ledgers, catch logs, dispatch
    sheets, bills of lading, gate passes, pick lists, job offers, permit paperwork, grievance
    letters, wage claims, equipment logs, quotes and invoices, chat messages and voice-note
    transcripts, plus machine logs (IoT gateways, telematics, badge readers, POS terminals)
    and config files. About 80 locales, each written in its own languages and scripts (and in
    English or romanized where people write that way).

How it was made
    Every pool (names, streets, towns, companies, domains, ...) and every template in
    ``bench/sanitizer_dev27_templates.py`` was typed by hand for this set, without looking at
    the sanitizer, its recognizers, tests or documentation, and without Faker or any name
    dataset. Checksummed values are generated valid here (Luhn cards, IBAN mod-97 with each
    country's length, base58check and bech32/bech32m BTC, EIP-55 ETH, valid SSN and ITIN
    ranges). About a fifth of the texts are wrapped in an LLM API request body (OpenAI chat,
    Anthropic messages, Gemini, OpenAI Responses, Ollama) or in a log line of an app calling an
    LLM; escaping is applied piece by piece, so a label covers the value exactly as it appears
    in the escaped text. About 8% of the texts carry near-misses only.

Label conventions (must-remove values; everything else is kept)
    PERSON: a private person's name, the whole name as one span; titles, honorifics and
    kinship terms used as titles stay outside; @mentions (with the "@") and logins made of a
    name are PERSON; public figures and places, ships, schools, streets named after people
    are not labeled. A maiden name after "née"/"geb." is a separate PERSON span.
    EMAIL, PHONE, IP, MAC, CREDIT_CARD, IBAN, US_SSN, US_ITIN, CRYPTO: the value.
    DATE_OF_BIRTH: birth dates only (any format or calendar). ADDRESS: a private street
    address from its first to its last given part (not the country). DRIVER_LICENSE,
    PASSPORT: the number, where the context says what it is. SECRET: passwords, keys, tokens,
    PINs, OTPs, the password inside a connection string (value only).
    Not labeled: booking refs, flight numbers, order/ticket/tracking/invoice numbers, plain
    account numbers, plates, VINs, employee/badge/picker IDs, container/seal/IMO numbers,
    permit application numbers, masked cards, amounts, company/place names, other dates.

Template slots (``{slot}``, ``{slot.form}``, ``{slot~width}`` pads to a column width)
    Persons ``{p1}`` .. ``{p30}`` (one person per number in a text) with forms: full name
    (default), ``.g`` given, ``.f`` family, ``.up`` "FAMILY Given", ``.cm`` "Family, Given",
    ``.ini`` initials form, ``.lo`` lowercase full, ``.gl`` lowercase given, ``.h`` login,
    ``.at`` @mention, ``.em`` e-mail, ``.nick`` nickname, ``.hon`` honorific + name,
    ``.kin`` kinship term + name, ``.nat``/``.rom`` native/romanized full, ``.mdn`` maiden.
    Labeled: ``name gname phone phonei phonen phonew email addr dob iban card ssn itin ip ip6
    mac btc eth dl pp pin otp pw apikey token wifi dbpw``.
    Unlabeled: ``hon kin town country co date time dt n amt plate vin cont seal imo vessel
    badge emp pick order inv track pnr flight sku masked acct permit meter model tool crop
    fish nm hash ver uuid ref hrs kg gate berth shift port``.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import string
import time
import unicodedata

from bench import sanitizer_dev27_templates as T
from bench.sanitizer_data import Sample

SEED = 2727
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
_SLOT = re.compile(r"\{([a-z][a-z0-9_]*)(?:\.([a-z]+))?(?:~(\d+))?\}")

# --------------------------------------------------------------------------- checksums


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _luhn(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if _luhn_ok(body + c):
            return body + c
    raise AssertionError


def _iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def _iban(cc: str, bban: str) -> str:
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return f"{cc}{98 - int(num) % 97:02d}{bban}"


_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def _dsha(b: bytes) -> bytes:
    return hashlib.sha256(hashlib.sha256(b).digest()).digest()


def _b58check(payload: bytes) -> str:
    data = payload + _dsha(payload)[:4]
    n = int.from_bytes(data, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = _B58[r] + out
    return "1" * (len(data) - len(data.lstrip(b"\0"))) + out


def _b58_ok(s: str) -> bool:
    n = 0
    for c in s:
        n = n * 58 + _B58.index(c)
    data = n.to_bytes(25, "big")
    return _dsha(data[:21])[:4] == data[21:]


_BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values: list[int]) -> int:
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
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


def _segwit(ver: int, prog: bytes) -> str:
    const = 1 if ver == 0 else 0x2BC830A3
    data = [ver, *_bits(prog)]
    pm = _polymod(_hrp("bc") + data + [0] * 6) ^ const
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return "bc1" + "".join(_BECH[d] for d in data + chk)


def _bech_ok(s: str) -> bool:
    data = [_BECH.index(c) for c in s[3:]]
    return _polymod(_hrp("bc") + data) == (1 if data[0] == 0 else 0x2BC830A3)


_RC = [
    0x0000000000000001, 0x0000000000008082, 0x800000000000808A, 0x8000000080008000,
    0x000000000000808B, 0x0000000080000001, 0x8000000080008081, 0x8000000000008009,
    0x000000000000008A, 0x0000000000000088, 0x0000000080008009, 0x000000008000000A,
    0x000000008000808B, 0x800000000000008B, 0x8000000000008089, 0x8000000000008003,
    0x8000000000008002, 0x8000000000000080, 0x000000000000800A, 0x800000008000000A,
    0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008,
]  # fmt: skip
_ROT = [[0, 36, 3, 41, 18], [1, 44, 10, 45, 2], [62, 6, 43, 15, 61],
        [28, 55, 25, 21, 56], [27, 20, 39, 8, 14]]  # fmt: skip
_M64 = (1 << 64) - 1


def _rol(x: int, n: int) -> int:
    return ((x << n) | (x >> (64 - n))) & _M64 if n else x


def _keccak256(msg: bytes) -> bytes:
    rate = 136
    msg = bytearray(msg) + b"\x01"
    msg += b"\0" * (-len(msg) % rate)
    msg[-1] |= 0x80
    a = [[0] * 5 for _ in range(5)]
    for off in range(0, len(msg), rate):
        block = msg[off : off + rate]
        for i in range(rate // 8):
            a[i % 5][i // 5] ^= int.from_bytes(block[8 * i : 8 * i + 8], "little")
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
    out = b"".join(a[i % 5][i // 5].to_bytes(8, "little") for i in range(4))
    return out


def _eip55(hexaddr: str) -> str:
    h = _keccak256(hexaddr.lower().encode()).hex()
    return "0x" + "".join(c.upper() if int(h[i], 16) >= 8 else c for i, c in enumerate(hexaddr))


def _ssn_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    a, g, n = int(d[:3]), int(d[3:5]), int(d[5:])
    return len(d) == 9 and a not in (0, 666) and a < 900 and g > 0 and n > 0


def _itin_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    g = int(d[3:5])
    return len(d) == 9 and d[0] == "9" and (70 <= g <= 88 or 90 <= g <= 92 or 94 <= g <= 99)


# --------------------------------------------------------------------------- helpers

_ASCII = str.maketrans({"ø": "o", "đ": "d", "ł": "l", "ß": "ss", "æ": "ae", "ı": "i",
                        "Ø": "O", "Đ": "D", "Ł": "L", "Æ": "AE", "þ": "th", "ð": "d",
                        "'": "", "’": ""})  # fmt: skip


def _asc(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.translate(_ASCII))
    return "".join(c for c in s if not unicodedata.combining(c))


def _slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", _asc(s).lower())


def _pat(rng: random.Random, pattern: str) -> str:
    """'#' digit, '@' capital letter, '%' capital or digit, '^' hex, '~' small letter."""
    out = []
    for c in pattern:
        if c == "#":
            out.append(rng.choice(string.digits))
        elif c == "@":
            out.append(rng.choice(string.ascii_uppercase))
        elif c == "%":
            out.append(rng.choice(string.ascii_uppercase + string.digits))
        elif c == "^":
            out.append(rng.choice("0123456789abcdef"))
        elif c == "~":
            out.append(rng.choice(string.ascii_lowercase))
        else:
            out.append(c)
    return "".join(out)


def _split(s: str) -> list[str]:
    return [x.strip() for x in re.split(r"[|\n]", s or "") if x.strip()]


def _pairs(s: str) -> list[tuple[str, str]]:
    out = []
    for tok in (s or "").split():
        rom, _, nat = tok.partition(":")
        out.append((rom.replace("_", " "), (nat or rom).replace("_", " ")))
    return out


class Locale:
    def __init__(self, d: dict) -> None:
        self.code = d["code"]
        self.country = d["country"]
        self.langs = d["langs"].split()
        self.style = d.get("style", "west")
        self.natp = d.get("natp", 0.0)
        self.nsep = d.get("nsep", " ")
        self.gm = _pairs(d["gm"])
        self.gf = _pairs(d["gf"])
        self.fam = _pairs(d.get("fam", ""))
        self.ffam = _pairs(d.get("ffam", ""))
        self.patm = _pairs(d.get("patm", ""))
        self.patf = _pairs(d.get("patf", ""))
        self.nick = _pairs(d.get("nick", ""))
        self.hon = _split(d.get("hon", "m:Mr _F|f:Mrs _F|f:Ms _F"))
        self.nhon = _split(d.get("nhon", "")) or self.hon
        self.kin = _split(d.get("kin", "f:Auntie _G|m:Uncle _G"))
        self.nkin = _split(d.get("nkin", "")) or self.kin
        self.ph = _split(d["ph"])
        self.pre = (d.get("pre") or "").split()
        self.ad = _split(d["ad"])
        self.nad = _split(d.get("nad", ""))
        self.st = _split(d["st"])
        self.nst = _split(d.get("nst", ""))
        self.tw = _split(d["tw"])
        self.ntw = _split(d.get("ntw", ""))
        self.ds = _split(d.get("ds", ""))
        self.nds = _split(d.get("nds", ""))
        self.pc = d.get("pc", "#####")
        self.dob = _split(d.get("dob", "{dd}/{mm}/{yyyy}"))
        self.ml = d.get("ml", "en")
        self.iban = d.get("iban", "")
        self.dl = _split(d.get("dl", "@#######"))
        self.pp = _split(d.get("pp", "@#######"))
        self.dom = (d.get("dom") or "gmail.com yahoo.com").split()
        self.co = _split(d.get("co", ""))
        self.nm = _split(d.get("nm", ""))
        self.cur = d.get("cur", "USD {}")
        self.plate = _split(d.get("plate", "@@@ ####"))
        self.weight = d.get("weight", 1.0)


class Person:
    def __init__(self, loc: Locale, rng: random.Random) -> None:
        self.loc = loc
        self.fem = rng.random() < 0.45
        pool = loc.gf if self.fem else loc.gm
        self.g = rng.choice(pool)
        self.g2 = rng.choice([x for x in pool if x != self.g] or pool)
        fams = loc.fam or loc.gm
        i, j = rng.randrange(len(fams)), rng.randrange(len(fams))
        if j == i:
            j = (i + 1) % len(fams)
        use_f = self.fem and loc.ffam
        self.f = loc.ffam[i] if use_f else fams[i]
        self.f2 = loc.ffam[j] if use_f else fams[j]
        self.mdn = loc.ffam[j] if loc.ffam else fams[j]
        self.fa = rng.choice(loc.gm)
        k = rng.randrange(len(loc.patm)) if loc.patm else 0
        self.pat = (loc.patf if self.fem else loc.patm)[k] if loc.patm else self.fa
        self.nickname = rng.choice(loc.nick) if loc.nick else None
        self.v = rng.random()
        self.mi = rng.choice("ABCDEFGHJKLMNPRSTW")
        self.num = rng.randrange(1, 99)
        self.hv = rng.randrange(8)
        self.dom = rng.choice(loc.dom)

    # -- name parts
    def given(self, s: int) -> str:
        return self.g[s]

    def family(self, s: int) -> str:
        st = self.loc.style
        if st == "mono":
            return self.g[s]
        if st in ("malay", "eth"):
            return self.fa[s]
        if st == "is":
            return self.pat[s]
        if st == "idn" and self.v < 0.35:
            return self.g[s]
        return self.f[s]

    def full(self, s: int) -> str:
        st, v = self.loc.style, self.v
        g, g2, f, f2, fa, pat = (
            x[s] for x in (self.g, self.g2, self.f, self.f2, self.fa, self.pat)
        )
        sep = self.loc.nsep if s else " "
        if st == "west":
            if v < 0.62:
                return f"{g} {f}"
            if v < 0.77:
                return f"{g} {g2} {f}"
            if v < 0.9 and not (s and self.g[0] != self.g[1]):  # no Latin initial in Hebrew
                return f"{g} {self.mi}. {f}"
            return f"{g} {f}-{f2}" if "-" not in f + f2 and " " not in f + f2 else f"{g} {f}"
        if st == "hisp":
            if v < 0.45:
                return f"{g} {f} {f2}"
            if v < 0.65:
                return f"{g} {g2} {f} {f2}"
            return f"{g} {f}"
        if st == "lusa":
            if v < 0.4:
                return f"{g} {f2} {f}"
            if v < 0.6:
                return f"{g} {g2} {f2} {f}"
            return f"{g} {f}"
        if st == "ph":
            if v < 0.45:
                return f"{g} {f2} {f}"
            if v < 0.7:
                return f"{g} {f2[0]}. {f}"
            return f"{g} {f}"
        if st == "east":
            if s:
                return f"{f}{sep}{g}"
            if v < 0.45:
                return f"{f} {g}"
            if v < 0.8:
                return f"{g} {f}"
            return f"{f.upper()} {g}"
        if st == "hu":
            return f"{f} {g}" if s else f"{g} {f}"
        if st == "vn":
            name = f"{f} {pat} {g}" if v < 0.7 else f"{f} {g}"
            return _asc(name) if s == 0 and v > 0.4 else name
        if st == "slav":
            if v < 0.3:
                return f"{g} {pat} {f}"
            if v < 0.55:
                return f"{f} {g} {pat}"
            if v < 0.8:
                return f"{g} {f}"
            return f"{f} {g[0]}. {pat[0]}."
        if st == "arab":
            bn = ("bint" if self.fem else "bin") if s == 0 else ("بنت" if self.fem else "بن")
            if v < 0.25:
                return f"{g} {bn} {fa} {f}"
            if v < 0.55:
                return f"{g} {fa} {f}"
            return f"{g} {f}"
        if st == "malay":
            bn = "binti" if self.fem else "bin"
            if v < 0.4:
                return f"{g} {bn} {fa}"
            if v < 0.6:
                return f"{g} {'bt' if self.fem else 'b.'} {fa}"
            return f"{g} {fa}"
        if st == "eth":
            return f"{g} {fa} {f}" if v < 0.3 else f"{g} {fa}"
        if st == "mono":
            return g
        if st == "idn":
            if v < 0.35:
                return g
            return f"{g} {f}" if v < 0.8 else f"{g} {g2} {f}"
        if st == "tamil":
            if v < 0.4 and s == 0:
                return f"{fa[0]}. {g}"
            return f"{g} {fa}"
        if st == "is":
            return f"{g} {pat}" if v < 0.7 else f"{g} {g2} {pat}"
        if st == "pash":
            return f"{g} {f}" if v < 0.6 else g
        return f"{g} {f}"

    def handle(self) -> str:
        g, f = _slug(self.g[0]), _slug(self.family(0))
        if f == g:
            f = _slug(self.fa[0]) or f
        forms = [f"{g}.{f}", f"{g[0]}{f}", f"{g}{f[:1]}", f"{g}_{f}", f"{f}.{g}",
                 f"{g}{self.num}", f"{g}.{f}{self.num}", f"{f}{g[0]}"]  # fmt: skip
        return forms[self.hv]


class Ctx:
    def __init__(self, loc: Locale, rng: random.Random, script: int) -> None:
        self.loc = loc
        self.rng = rng
        self.s = script
        self.people: dict[str, Person] = {}

    def person(self, key: str) -> Person:
        if key not in self.people:
            taken = {p.full(0) for p in self.people.values()}
            p = Person(self.loc, self.rng)
            for _ in range(6):  # different people in one text get different names
                if p.full(0) not in taken and p.given(0) not in {
                    q.given(0) for q in self.people.values()
                }:
                    break
                p = Person(self.loc, self.rng)
            self.people[key] = p
        return self.people[key]

    # ------------------------------------------------------------------ persons
    def _titled(self, p: Person, fmt: str) -> list[Piece]:
        s = self.s
        tok = re.search(r"_[NGFK]", fmt)
        assert tok, fmt
        name = {
            "_N": p.full(s),
            "_G": p.given(s),
            "_F": p.family(s),
            "_K": (p.nickname or p.g)[s],
        }[tok.group()]
        out: list[Piece] = []
        if fmt[: tok.start()]:
            out.append((fmt[: tok.start()], None))
        out.append((name, "PERSON"))
        if fmt[tok.end() :]:
            out.append((fmt[tok.end() :], None))
        return out

    def _pick_title(self, p: Person, pool: list[str]) -> str:
        ok = [h for h in pool if h[:2] not in ("m:", "f:") or h[0] == "mf"[p.fem]]
        h = self.rng.choice(ok or pool)
        return h[2:] if h[:2] in ("m:", "f:") else h

    def pslot(self, key: str, form: str | None) -> list[Piece]:
        p = self.person(key)
        s, loc, rng = self.s, self.loc, self.rng
        if form in (None, ""):
            return [(p.full(s), "PERSON")]
        if form == "g":
            return [(p.given(s), "PERSON")]
        if form == "f":
            return [(p.family(s), "PERSON")]
        no_family = loc.style in ("mono", "malay", "eth", "tamil") or p.family(s) == p.given(s)
        if form == "up":
            if loc.style == "east" and s:
                return [(p.full(s), "PERSON")]
            if no_family:
                return [(p.full(s).upper(), "PERSON")]
            return [(f"{p.family(s).upper()} {p.given(s)}", "PERSON")]
        if form == "cm":
            if no_family or (loc.style == "east" and s):
                return [(p.full(s), "PERSON")]
            return [(f"{p.family(s)}, {p.given(s)}", "PERSON")]
        if form == "ini":
            if loc.style == "slav":
                return [(f"{p.family(s)} {p.given(s)[0]}.{p.pat[s][0]}.", "PERSON")]
            if loc.style in ("mono", "east") and s:
                return [(p.full(s), "PERSON")]
            if loc.style == "tamil":
                return [(f"{p.fa[s][0]}. {p.given(s)}", "PERSON")]
            return [(f"{p.given(s)[0]}. {p.family(s)}", "PERSON")]
        if form == "lo":
            return [(p.full(0).lower(), "PERSON")]
        if form == "gl":
            return [(p.given(0).lower(), "PERSON")]
        if form == "h":
            return [(p.handle(), "PERSON")]
        if form == "at":
            h = [p.handle(), _slug(p.g[0]), _slug(p.g[0]) + "_" + _slug(p.family(0))[:1]]
            return [("@" + rng.choice(h), "PERSON")]
        if form == "em":
            return [(f"{p.handle()}@{p.dom}", "EMAIL")]
        if form == "nick":
            return [((p.nickname or p.g)[s], "PERSON")]
        if form == "hon":
            return self._titled(p, self._pick_title(p, loc.nhon if s else loc.hon))
        if form == "kin":
            return self._titled(p, self._pick_title(p, loc.nkin if s else loc.kin))
        if form == "nat":
            return [(p.full(1), "PERSON")]
        if form == "rom":
            return [(p.full(0), "PERSON")]
        if form == "mdn":
            return [(p.mdn[s], "PERSON")]
        raise KeyError(form)

    # ------------------------------------------------------------------ values
    def phone(self, kind: str = "") -> str:
        rng, loc = self.rng, self.loc
        pats = loc.ph
        intl = [x for x in pats if x.startswith(("+", "00"))]
        if kind in ("i", "w"):
            pats = intl or pats
        elif kind == "n":
            pats = [x for x in pats if x not in intl] or pats
        pat = rng.choice(pats)
        if "P" in pat:
            pat = pat.replace("P", rng.choice(loc.pre) if loc.pre else "")
        val = _pat(rng, pat)
        if kind == "w":
            digits = re.sub(r"\D", "", val)
            val = "+" + (digits[2:] if val.startswith("00") else digits)
        return val

    def address(self) -> str:
        rng, loc = self.rng, self.loc
        nat = self.s and loc.nad
        fmt = rng.choice(loc.nad if nat else loc.ad)
        st = rng.choice(loc.nst if nat and loc.nst else loc.st)
        tw = rng.choice(loc.ntw if nat and loc.ntw else loc.tw)
        ds = rng.choice((loc.nds if nat and loc.nds else loc.ds) or [tw])
        vals = {
            "n": str(rng.choice([rng.randrange(1, 40), rng.randrange(1, 250)])),
            "n2": str(rng.randrange(1, 30)),
            "n3": str(rng.randrange(1, 20)),
            "flat": str(rng.randrange(1, 60)),
            "st": st,
            "tw": tw,
            "ds": ds,
            "pc": _pat(rng, loc.pc),
        }
        return re.sub(r"\{(\w+)\}", lambda m: vals[m.group(1)], fmt)

    def date(self, birth: bool) -> str:
        rng, loc = self.rng, self.loc
        y = rng.randrange(1958, 2007) if birth else rng.randrange(2023, 2027)
        m, d = rng.randrange(1, 13), rng.randrange(1, 29)
        months = T.MONTHS.get(loc.ml, T.MONTHS["en"])
        era = (
            f"昭和{y - 1925}年"
            if y < 1989
            else f"平成{y - 1988}年"
            if y < 2019
            else f"令和{y - 2018}年"
        )
        vals = {
            "yyyy": str(y), "yy": f"{y % 100:02d}", "mm": f"{m:02d}", "m": str(m),
            "dd": f"{d:02d}", "d": str(d), "mon": months[m - 1], "mon3": months[m - 1][:3],
            "ybe": str(y + 543), "jera": era, "ysh": str(y - 621),
            "yhj": str(round((y - 622) * 1.0307)),
            "ybs": str(y + 57), "yec": str(y - 8), "yroc": str(y - 1911),
        }  # fmt: skip
        fmt = rng.choice(loc.dob)
        return re.sub(r"\{(\w+)\}", lambda mm: vals[mm.group(1)], fmt)

    def iban(self) -> str:
        rng = self.rng
        cc = self.loc.iban or rng.choice(["AE", "SA", "QA", "GB", "DE", "FR", "ES", "IT", "NL"])
        val = _iban(cc, _pat(rng, T.IBAN_BBAN[cc]))
        if rng.random() < 0.6:
            val = " ".join(val[i : i + 4] for i in range(0, len(val), 4))
        return val

    def card(self) -> str:
        rng = self.rng
        kind = rng.choice(["visa", "visa", "mc", "mc2", "amex", "disc", "jcb", "up", "mir"])
        pre, ln = {
            "visa": ("4", 16), "mc": (str(rng.randrange(51, 56)), 16),
            "mc2": (str(rng.randrange(2221, 2721)), 16), "amex": (rng.choice(["34", "37"]), 15),
            "disc": ("6011", 16), "jcb": (str(rng.randrange(3528, 3590)), 16),
            "up": ("62" + str(rng.randrange(10, 99)), 16),
            "mir": ("220" + str(rng.randrange(5)), 16),
        }[kind]  # fmt: skip
        num = _luhn(pre, ln, rng)
        sep = rng.choice([" ", " ", "-", ""])
        if ln == 15:
            return sep.join([num[:4], num[4:10], num[10:]])
        return sep.join(num[i : i + 4] for i in range(0, 16, 4))

    def ssn(self) -> str:
        rng = self.rng
        a = rng.choice([x for x in range(1, 900) if x != 666])
        d = f"{a:03d}{rng.randrange(1, 100):02d}{rng.randrange(1, 10000):04d}"
        sep = rng.choice(["-", "-", "-", " ", ""])
        return sep.join([d[:3], d[3:5], d[5:]])

    def itin(self) -> str:
        rng = self.rng
        g = rng.choice([*range(70, 89), 90, 91, 92, *range(94, 100)])
        sep = rng.choice(["-", "-", " "])
        return sep.join([f"9{rng.randrange(100):02d}", str(g), f"{rng.randrange(1, 10000):04d}"])

    def ip(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.3:
            return f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
        if r < 0.5:
            return f"192.168.{rng.randrange(256)}.{rng.randrange(1, 255)}"
        return ".".join(
            [str(rng.choice([41, 62, 88, 102, 105, 110, 154, 177, 185, 196, 203, 212]))]
            + [str(rng.randrange(1, 255)) for _ in range(3)]
        )

    def ip6(self) -> str:
        rng = self.rng
        head = rng.choice(["2001:db8", "2a02:8109", "2c0f:fb50", "2400:cb00", "2804:14c", "fe80:"])
        groups = [f"{rng.randrange(65536):x}" for _ in range(4)]
        if head.endswith(":"):
            return head + ":" + ":".join(groups)
        return head + ":" + ":".join(groups[:2]) + "::" + ":".join(groups[2:])

    def mac(self) -> str:
        rng = self.rng
        b = [rng.randrange(256) for _ in range(6)]
        k = rng.random()
        if k < 0.45:
            return ":".join(f"{x:02x}" for x in b)
        if k < 0.8:
            return "-".join(f"{x:02X}" for x in b)
        if k < 0.9:
            return ":".join(f"{x:02X}" for x in b)
        h = "".join(f"{x:02x}" for x in b)
        return f"{h[:4]}.{h[4:8]}.{h[8:]}"

    def crypto(self, kind: str) -> str:
        rng = self.rng
        if kind == "eth":
            return _eip55(bytes(rng.randrange(256) for _ in range(20)).hex())
        k = rng.random()
        if k < 0.3:
            return _b58check(b"\0" + bytes(rng.randrange(256) for _ in range(20)))
        if k < 0.45:
            return _b58check(b"\x05" + bytes(rng.randrange(256) for _ in range(20)))
        if k < 0.85:
            return _segwit(0, bytes(rng.randrange(256) for _ in range(20)))
        return _segwit(1, bytes(rng.randrange(256) for _ in range(32)))

    def secret(self, kind: str) -> str:
        rng = self.rng
        an = string.ascii_letters + string.digits
        if kind == "pin":
            return _pat(rng, rng.choice(["####", "####", "######"]))
        if kind == "otp":
            return _pat(rng, rng.choice(["######", "######", "### ###", "####"]))
        if kind in ("pw", "wifi"):
            w = rng.choice(T.PW_WORDS)
            r = rng.random()
            if r < 0.3:
                return w.capitalize() + rng.choice("@#!$*.") + _pat(rng, "####")
            if r < 0.55:
                return w + _pat(rng, "###") + rng.choice("!?#")
            if r < 0.75:
                return "".join(rng.choice(an + "!#$%&*") for _ in range(rng.randrange(10, 17)))
            return w.upper()[:4] + "_" + _pat(rng, "~~##") + rng.choice(T.PW_WORDS).capitalize()
        if kind == "dbpw":
            return "".join(rng.choice(an + "_-.") for _ in range(rng.randrange(12, 22)))
        if kind == "token":
            if rng.random() < 0.5:
                head = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
                body = "eyJ" + "".join(rng.choice(an) for _ in range(rng.randrange(40, 70)))
                return f"{head}.{body}.{''.join(rng.choice(an + '-_') for _ in range(43))}"
            return "".join(rng.choice(an) for _ in range(rng.randrange(32, 48)))
        # api keys
        k = rng.randrange(10)
        tok = lambda n, al=an: "".join(rng.choice(al) for _ in range(n))  # noqa: E731
        return [
            lambda: "sk-proj-" + tok(48, an + "-_"),
            lambda: "sk-ant-api03-" + tok(86, an + "-_") + "AA",
            lambda: "AIza" + tok(35, an + "-_"),
            lambda: "AKIA" + tok(16, string.ascii_uppercase + "234567"),
            lambda: "ghp_" + tok(36),
            lambda: f"xoxb-{_pat(rng, '############')}-{_pat(rng, '#############')}-{tok(24)}",
            lambda: "SG." + tok(22, an + "-_") + "." + tok(43, an + "-_"),
            lambda: "sk_live_" + tok(24),
            lambda: "glpat-" + tok(20, an + "-_"),
            lambda: tok(32, "0123456789abcdef"),
        ][k]()

    # ------------------------------------------------------------------ dispatcher
    def slot(self, name: str, form: str | None) -> list[Piece]:
        rng, loc = self.rng, self.loc
        if re.fullmatch(r"p\d+", name):
            return self.pslot(name, form)
        lab = {
            "name": lambda: (Person(loc, rng).full(self.s), "PERSON"),
            "gname": lambda: (Person(loc, rng).given(self.s), "PERSON"),
            "phone": lambda: (self.phone(), "PHONE"),
            "phonei": lambda: (self.phone("i"), "PHONE"),
            "phonen": lambda: (self.phone("n"), "PHONE"),
            "phonew": lambda: (self.phone("w"), "PHONE"),
            "email": lambda: (
                f"{Person(loc, rng).handle()}@{rng.choice(loc.dom + T.DOMAINS)}",
                "EMAIL",
            ),
            "addr": lambda: (self.address(), "ADDRESS"),
            "dob": lambda: (self.date(True), "DATE_OF_BIRTH"),
            "iban": lambda: (self.iban(), "IBAN"),
            "card": lambda: (self.card(), "CREDIT_CARD"),
            "ssn": lambda: (self.ssn(), "US_SSN"),
            "itin": lambda: (self.itin(), "US_ITIN"),
            "ip": lambda: (self.ip(), "IP"),
            "ip6": lambda: (self.ip6(), "IP"),
            "mac": lambda: (self.mac(), "MAC"),
            "btc": lambda: (self.crypto("btc"), "CRYPTO"),
            "eth": lambda: (self.crypto("eth"), "CRYPTO"),
            "dl": lambda: (_pat(rng, rng.choice(loc.dl)), "DRIVER_LICENSE"),
            "pp": lambda: (_pat(rng, rng.choice(loc.pp)), "PASSPORT"),
            **{
                k: (lambda k=k: (self.secret(k), "SECRET"))
                for k in ("pin", "otp", "pw", "apikey", "token", "wifi", "dbpw")
            },
        }
        if name in lab:
            return [lab[name]()]
        if name == "hon":
            return [(self._pick_title(Person(loc, rng), loc.hon).split("_")[0].strip(), None)]
        if name == "kin":
            return [(self._pick_title(Person(loc, rng), loc.kin).split("_")[0].strip(), None)]
        return [(self.plain(name), None)]

    def plain(self, name: str) -> str:
        rng, loc = self.rng, self.loc
        if name == "town":
            return rng.choice(loc.ntw if self.s and loc.ntw else loc.tw)
        if name == "country":
            return loc.country
        if name == "co":
            return rng.choice(loc.co or T.COMPANIES)
        if name == "date":
            return self.date(False)
        if name == "time":
            return f"{rng.randrange(5, 23):02d}:{rng.choice(['00', '15', '30', '45', '10', '50'])}"
        if name == "dt":
            return (
                f"2025-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}T"
                f"{rng.randrange(24):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}Z"
            )
        if name == "n":
            return str(rng.randrange(2, 60))
        if name == "amt":
            v = rng.choice([rng.randrange(20, 999), rng.randrange(1000, 90000)])
            return loc.cur.format(f"{v:,}")
        if name == "plate":
            return _pat(rng, rng.choice(loc.plate))
        if name == "vin":
            al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
            return (
                rng.choice(["JT", "MA", "WDB", "1FT", "LZZ", "KMH"])
                + "".join(rng.choice(al) for _ in range(14))[: 17 - 2]
            )
        if name == "cont":
            return self.container()
        if name == "imo":
            d = [rng.randrange(10) for _ in range(6)]
            d[0] = rng.randrange(9, 10)
            chk = sum(x * w for x, w in zip(d, range(7, 1, -1), strict=True)) % 10
            return "IMO " + "".join(map(str, d)) + str(chk)
        if name == "nm":
            return rng.choice(loc.nm + T.NEAR_GLOBAL if loc.nm else T.NEAR_GLOBAL)
        gen = T.PLAIN.get(name)
        if gen is None:
            raise KeyError(name)
        return _pat(rng, rng.choice(_split(gen)))

    def container(self) -> str:
        rng = self.rng
        owner = rng.choice(["MSCU", "MAEU", "CMAU", "HLXU", "OOLU", "TGHU", "COSU", "EGHU"])
        digits = _pat(rng, "######")
        code = owner + digits
        vals = {}
        v = 10
        for ch in string.ascii_uppercase:
            if v % 11 == 0:
                v += 1
            vals[ch] = v
            v += 1
        total = sum((vals[c] if c.isalpha() else int(c)) * 2**i for i, c in enumerate(code))
        return f"{code}{total % 11 % 10}"


# --------------------------------------------------------------------------- assembly


def _render(tpl: str, ctx: Ctx) -> list[Piece]:
    out: list[Piece] = []
    pos = 0
    for m in _SLOT.finditer(tpl):
        if m.start() > pos:
            out.append((tpl[pos : m.start()], None))
        pieces = ctx.slot(m.group(1), m.group(2))
        out.extend(pieces)
        if m.group(3):
            width = int(m.group(3))
            used = sum(len(t) for t, _ in pieces)
            out.append((" " * max(1, width - used), None))
        pos = m.end()
    if pos < len(tpl):
        out.append((tpl[pos:], None))
    return out


def _json_esc(ascii_only: bool):
    return lambda s: json.dumps(s, ensure_ascii=ascii_only)[1:-1]


def _log_esc(s: str) -> str:
    return s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")


_HOLE = "\x00HOLE\x00"


def _wrap(
    pieces: list[Piece], rng: random.Random, ctx: Ctx, clean: bool
) -> tuple[list[Piece], bool]:
    """Wrap in an LLM request body (JSON) or an app log line; escape piece by piece.

    ``clean``: the wrapper adds no labeled value (for near-miss texts)."""
    kind = rng.choice(T.WRAPPERS)
    model = rng.choice(T.MODELS[kind if kind in T.MODELS else "openai"])
    system = rng.choice(T.SYSTEM_PROMPTS)
    if kind == "log":
        lines = T.LOG_LINES
        if clean:
            lines = [x for x in lines if not re.search(r"\{(email|ip|p\d)", x[0] + x[1])]
        head, tail = rng.choice(lines)
        head_p = _render(head.replace("MODEL", model), ctx)
        tail_p = _render(tail, ctx)
        body = [(_log_esc(t), c) for t, c in pieces]
        return head_p + body + tail_p, False
    if kind == "openai":
        obj: dict = {"model": model, "messages": [{"role": "user", "content": _HOLE}]}
        if rng.random() < 0.6:
            obj["messages"].insert(0, {"role": "system", "content": system})
        if rng.random() < 0.4:
            obj["temperature"] = rng.choice([0, 0.2, 0.3, 0.7])
    elif kind == "anthropic":
        content = _HOLE if rng.random() < 0.6 else [{"type": "text", "text": _HOLE}]
        obj = {"model": model, "max_tokens": rng.choice([512, 1024, 2048, 4096])}
        if rng.random() < 0.6:
            obj["system"] = system
        obj["messages"] = [{"role": "user", "content": content}]
    elif kind == "gemini":
        obj = {"contents": [{"role": "user", "parts": [{"text": _HOLE}]}]}
        if rng.random() < 0.5:
            obj["systemInstruction"] = {"parts": [{"text": system}]}
        obj["generationConfig"] = {"temperature": rng.choice([0.1, 0.4, 1.0])}
    elif kind == "responses":
        if rng.random() < 0.5:
            obj = {"model": model, "instructions": system, "input": _HOLE}
        else:
            obj = {
                "model": model,
                "input": [{"role": "user", "content": [{"type": "input_text", "text": _HOLE}]}],
            }
    elif kind == "ollama":
        if rng.random() < 0.5:
            obj = {"model": model, "prompt": _HOLE, "stream": False}
        else:
            obj = {"model": model, "messages": [{"role": "user", "content": _HOLE}]}
            obj["stream"] = False
    else:  # jsonl app log
        obj = {
            "ts": ctx.plain("dt"),
            "level": "info",
            "svc": rng.choice(T.APP_NAMES),
            "event": "llm.request",
            "model": model,
            "prompt": _HOLE,
        }
    ascii_only = rng.random() < 0.3
    indent = rng.choice([None, None, 2])
    dumped = json.dumps(obj, ensure_ascii=ascii_only, indent=indent)
    hole = json.dumps(_HOLE)[1:-1]
    before, after = dumped.split(hole)
    esc = _json_esc(ascii_only)
    return [(before, None)] + [(esc(t), c) for t, c in pieces] + [(after, None)], True


def _assemble(pieces: list[Piece]) -> tuple[str, list[tuple[str, int, int]], list[str]]:
    text: list[str] = []
    spans: list[tuple[str, int, int]] = []
    values: list[str] = []
    pos = 0
    for t, cat in pieces:
        if cat is not None:
            spans.append((cat, pos, pos + len(t)))
            values.append(t)
        text.append(t)
        pos += len(t)
    return "".join(text), spans, values


#: template languages written with native-script (or native-order) names
_NATIVE = {
    "ru", "uk", "el", "ka", "hy", "ar", "fa", "ps", "he", "hi", "ne", "mr", "ta", "bn", "ur",
    "si", "th", "my", "km", "vi", "lo", "zh", "ja", "ko", "mn", "kk", "am", "hu",
}  # fmt: skip


def _tagged(d: dict) -> list[tuple[str, str, object]]:
    """(language, only-this-locale, template) from {"lang" or "lang@locale": [...]}."""
    out = []
    for tag, items in d.items():
        lang, _, only = tag.partition("@")
        out += [(lang, only, t) for t in items]
    return out


_LAST_VALUES: list[list[str]] = []
_LAST_JSON: list[bool] = []
_LAST_LOCALES: list[str] = []
_LAST_NEAR: list[bool] = []


def dev27_set(scale: float = 1.0) -> list[Sample]:
    """``int(1200 * scale)`` labeled texts, the same ones for a given scale."""
    rng = random.Random(SEED)
    n = int(N_TEXTS * scale)
    locales = [Locale(d) for d in T.LOCALES]
    generic = [("en", "", t) for t in [*T.GENERIC_TEMPLATES, *T.CODE_TEMPLATES]]
    lang_t = _tagged(T.LANG_TEMPLATES)
    near = [("en", "", t) for t in T.NEAR_TEMPLATES] + _tagged(T.NEAR_LANG)
    used: dict[int, int] = {}
    order: list[Locale] = []
    out: list[Sample] = []
    _LAST_VALUES.clear()
    _LAST_JSON.clear()
    _LAST_LOCALES.clear()
    _LAST_NEAR.clear()
    for _ in range(n):
        if not order:
            order = [loc for loc in locales for _ in range(int(loc.weight))]
            rng.shuffle(order)
        loc = order.pop()
        is_near = rng.random() < 0.08

        def fits(x: tuple[str, str, object], loc: Locale = loc) -> bool:
            return x[1] == loc.code or (not x[1] and x[0] in loc.langs)

        if is_near:
            cands = [x for x in near if fits(x) or (x[0] == "en" and not x[1])]
        else:
            native = [x for x in lang_t if fits(x)]
            special = [x for x in native if x[1]]
            cands = native if native and rng.random() < 0.55 else generic
            if special and rng.random() < 0.35:
                cands = special
        picks = [rng.choice(cands) for _ in range(3)]
        lang, _, tpl = min(picks, key=lambda x: used.get(id(x[2]), 0))
        used[id(tpl)] = used.get(id(tpl), 0) + 1
        script = 1 if lang in _NATIVE else int(rng.random() < loc.natp)
        ctx = Ctx(loc, rng, script)
        text_t = tpl(rng) if callable(tpl) else tpl
        pieces = _render(text_t.strip("\n"), ctx)
        if (not is_near or rng.random() < 0.5) and rng.random() < 0.3:
            pre = rng.choice(T.INSTRUCTIONS.get(lang, T.INSTRUCTIONS["en"]))
            pieces = [(pre, None), *pieces]
        is_json = False
        if rng.random() < 0.2:
            pieces, is_json = _wrap(pieces, rng, ctx, is_near)
        text, spans, values = _assemble(pieces)
        out.append(Sample(text, spans))
        _LAST_VALUES.append(values)
        _LAST_JSON.append(is_json)
        _LAST_LOCALES.append(loc.code)
        _LAST_NEAR.append(is_near)
    return out


# --------------------------------------------------------------------------- self-check


def _value_ok(cat: str, v: str) -> bool:
    if cat == "CREDIT_CARD":
        d = re.sub(r"\D", "", v)
        return 13 <= len(d) <= 19 and _luhn_ok(d)
    if cat == "IBAN":
        s = v.replace(" ", "")
        return len(s) == T.IBAN_LEN[s[:2]] and _iban_ok(s)
    if cat == "US_SSN":
        return _ssn_ok(v)
    if cat == "US_ITIN":
        return _itin_ok(v)
    if cat == "CRYPTO":
        if v.startswith("0x"):
            return _eip55(v[2:].lower()) == v
        if v.startswith("bc1"):
            return _bech_ok(v)
        return _b58_ok(v)
    return True


def _check(samples: list[Sample], scale: float = 1.0) -> None:
    assert len(samples) == int(N_TEXTS * scale), len(samples)
    counts: dict[str, int] = {}
    for i, smp in enumerate(samples):
        last = 0
        assert len(smp.spans) == len(_LAST_VALUES[i])
        for (cat, a, b), val in zip(smp.spans, _LAST_VALUES[i], strict=True):
            assert cat in CATEGORIES, cat
            assert 0 <= a < b <= len(smp.text), (i, a, b)
            sub = smp.text[a:b]
            assert sub == val, (i, sub, val)
            assert sub == sub.strip() and sub, (i, repr(sub))
            assert a >= last, ("overlap", i, a, last)
            last = b
            assert _value_ok(cat, json.loads(f'"{sub}"') if _LAST_JSON[i] else sub), (cat, sub)
            counts[cat] = counts.get(cat, 0) + 1
        if _LAST_JSON[i]:
            json.loads(smp.text)
        if _LAST_NEAR[i]:
            assert not smp.spans, (i, smp.text[:80])
    assert len(set(_LAST_LOCALES)) >= 70, len(set(_LAST_LOCALES))
    for cat in CATEGORIES:
        print(f"{cat:<15}{counts.get(cat, 0):>6}")
    total = sum(counts.values())
    print(f"{'TOTAL':<15}{total:>6}  ({total / len(samples):.2f} per text)")
    print(f"locales used: {len(set(_LAST_LOCALES))}")
    print(f"json bodies: {sum(_LAST_JSON)}, near-miss only: {sum(_LAST_NEAR)}")


if __name__ == "__main__":
    t0 = time.perf_counter()
    data = dev27_set()
    dt = time.perf_counter() - t0
    _check(data)
    assert dt < 5, dt
    print(f"texts: {len(data)}  generation: {dt:.2f}s")
    again = dev27_set()
    assert [s.text for s in again] == [s.text for s in data], "not deterministic"
    print("self-check passed")
