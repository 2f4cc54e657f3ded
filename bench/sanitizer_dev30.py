"""dev30: a blind, hand-written evaluation set for the PII sanitizer.

What it is
    1,200 labelled texts (at scale 1.0) from sales, marketing, fundraising and membership
    work all over the world: CRM lead and contact exports, OCR'd business cards, mail-merge
    drafts and data rows, newsletter and unsubscribe lists, event registration and check-in
    sheets, donor, pledge, gift-aid and tax-receipt records, membership rosters and renewal
    reminders, call notes and speaker-labelled call-centre transcripts, chat-app sales
    threads, LinkedIn/Instagram outreach, referral chains, property viewings, insurance
    quotes with household members, home-seller order sheets, affiliate payout rosters,
    loyalty sign-ups and "write a follow-up / segment / dedupe / translate / summarize"
    requests with e-mail threads and signatures. 90 locales, each with its own languages,
    scripts, name customs, phone, address and date formats. About a fifth of the texts are
    wrapped in an LLM API request body (OpenAI chat, Anthropic messages, Gemini, OpenAI
    Responses, Ollama) or in a log line of an app calling an LLM; about 8% carry near-misses
    only.

How it was made
    Every pool (names, streets, towns, companies, domains, ...) and every template in
    bench/sanitizer_dev30_templates.py was typed by hand for this set, without looking at
    the sanitizer, its tests or its rules. No fake-data package or name list was used.
    Each text is assembled from pieces (text, category or None); offsets are accumulated
    while assembling, never searched for in the finished text. JSON and log escaping is
    applied piece by piece, so a label covers the value exactly as it appears escaped.
    Checksummed values are generated valid (Luhn, IBAN mod-97, base58check, bech32/bech32m,
    EIP-55, SSN/ITIN ranges).

Label conventions (must-remove values)
    PERSON: a private person's name, the whole name one span; honorifics and kinship terms
    used as titles stay outside; @mentions and logins made of a name are PERSON (an
    @mention span includes the "@"). Public figures, fictional characters, saints and
    businesses or streets named after people are not labelled (a street is part of an
    ADDRESS span only). EMAIL, PHONE, IP, MAC, CREDIT_CARD, IBAN, US_SSN, US_ITIN, CRYPTO:
    the value. DATE_OF_BIRTH: birth dates only. ADDRESS: first to last given part of a
    private street address, without the country. DRIVER_LICENSE, PASSPORT: the number when
    the context says what it is. SECRET: passwords, API keys, tokens, PINs, OTPs, the
    password inside a connection string; placeholders are not secrets. Booking, order,
    invoice, deal, lead, ticket and customer numbers, masked cards, SKUs, UTM parameters,
    amounts, company and product names and dates that are not birth dates are not labelled.

Template slots
    {pN} a person's full name (N = 1..9, the same person within a text); {pN.attr} with
    attr: g (usual call name), f (formal/family name), first, last, full, hon (honorific +
    name), honf (honorific + full name), kin (kinship term + name), sc ("SURNAME Given"), cs
    ("Surname, Given"), ini (initials form), lc (lower-case call name), nick, at (@handle),
    login, email, phone, phonei, phonen, addr, addrml (multi-line), dob, dobn, dobw, kdob (a
    child's birth date), dl, pp, dear, he, his, him, sib, child, age. Value slots: card,
    iban, ibanx (a European IBAN), ssn, itin, btc, eth, crypto, ip, ip6, mac, phone, pw,
    dbpw, apikey, pin, otp, token. Near-miss slots: co, gco, cop, brand, product, crm,
    chatapp, mailtool, eventtool, celeb, fict, saint, place, city, country, date, time, amt,
    deal, lead, opp, quote, inv, sku, utm, stage, lstatus, source, title, order, track,
    ticket, plate, acct, masked, merge, campaign, url, domain, pnr, flight, ver, hash, room,
    listing, memno, receipt, event, venue, user, num, pct, year. {L.x} is a form label in
    the text's language (name, phone, mobile, email, addr, dob, hi, thanks, regards). A
    trailing digit (date2, co3, ...) gives another value of the same kind; the same slot
    name repeats its value within a text.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
import time
import unicodedata
from datetime import date, timedelta

from bench import sanitizer_dev30_templates as T
from bench.sanitizer_data import Sample

SEED = 3030
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

Piece = tuple[str, str | None]

# ======================================================================================
# Checksummed and structured values
# ======================================================================================

_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _b58check(payload: bytes) -> str:
    data = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(data, "big")
    out = ""
    while n:
        n, rem = divmod(n, 58)
        out = _B58[rem] + out
    pad = len(data) - len(data.lstrip(b"\0"))
    return "1" * pad + out


def _bech32_polymod(values: list[int]) -> int:
    gen = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if (b >> i) & 1 else 0
    return chk


def _bech32(hrp: str, witver: int, prog: bytes) -> str:
    acc, bits, data = 0, 0, [witver]
    for b in prog:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    const = 1 if witver == 0 else 0x2BC830A3
    exp = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    pm = _bech32_polymod(exp + data + [0] * 6) ^ const
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_BECH[d] for d in data + chk)


def _rol64(a: int, n: int) -> int:
    n %= 64
    return ((a >> (64 - n)) | (a << n)) & 0xFFFFFFFFFFFFFFFF if n else a


def _keccak_f(lanes: list[list[int]]) -> list[list[int]]:
    r = 1
    for _ in range(24):
        c = [lanes[x][0] ^ lanes[x][1] ^ lanes[x][2] ^ lanes[x][3] ^ lanes[x][4] for x in range(5)]
        d = [c[(x + 4) % 5] ^ _rol64(c[(x + 1) % 5], 1) for x in range(5)]
        lanes = [[lanes[x][y] ^ d[x] for y in range(5)] for x in range(5)]
        x, y = 1, 0
        cur = lanes[x][y]
        for t in range(24):
            x, y = y, (2 * x + 3 * y) % 5
            cur, lanes[x][y] = lanes[x][y], _rol64(cur, (t + 1) * (t + 2) // 2)
        for y in range(5):
            row = [lanes[x][y] for x in range(5)]
            for x in range(5):
                lanes[x][y] = row[x] ^ ((~row[(x + 1) % 5]) & row[(x + 2) % 5])
        for j in range(7):
            r = ((r << 1) ^ ((r >> 7) * 0x71)) % 256
            if r & 2:
                lanes[0][0] ^= 1 << ((1 << j) - 1)
    return lanes


def _keccak256(data: bytes) -> bytes:
    rate = 136
    msg = bytearray(data) + b"\x01"
    while len(msg) % rate:
        msg += b"\0"
    msg[-1] |= 0x80
    lanes = [[0] * 5 for _ in range(5)]
    for off in range(0, len(msg), rate):
        block = msg[off : off + rate]
        for i in range(rate // 8):
            x, y = i % 5, i // 5
            lanes[x][y] ^= int.from_bytes(block[8 * i : 8 * i + 8], "little")
        lanes = _keccak_f(lanes)
    out = b"".join(lanes[i % 5][i // 5].to_bytes(8, "little") for i in range(4))
    return out


def _eth(rng: random.Random) -> str:
    addr = "".join(rng.choice("0123456789abcdef") for _ in range(40))
    h = _keccak256(addr.encode()).hex()
    return "0x" + "".join(
        c.upper() if c.isalpha() and int(h[i], 16) >= 8 else c for i, c in enumerate(addr)
    )


def _btc(rng: random.Random) -> str:
    k = rng.random()
    if k < 0.35:
        return _b58check(b"\x00" + rng.randbytes(20))
    if k < 0.55:
        return _b58check(b"\x05" + rng.randbytes(20))
    if k < 0.85:
        return _bech32("bc", 0, rng.randbytes(20))
    return _bech32("bc", 1, rng.randbytes(32))


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


def _card(rng: random.Random) -> str:
    brand = rng.choice(
        ["visa", "visa", "visa", "mc", "mc", "amex", "disc", "jcb", "up", "mir", "rupay"]
    )
    prefix, length = {
        "visa": ("4" + str(rng.randint(10000, 99999)), 16),
        "mc": (str(rng.choice([rng.randint(51, 55), rng.randint(2221, 2720)])), 16),
        "amex": (rng.choice(["34", "37"]), 15),
        "disc": ("6011", 16),
        "jcb": (str(rng.randint(3528, 3589)), 16),
        "up": ("62" + str(rng.randint(1000, 9999)), 16),
        "mir": ("220" + str(rng.randint(0, 4)), 16),
        "rupay": (rng.choice(["6521", "6522", "6080"]), 16),
    }[brand]
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    num = body + _luhn_digit(body)
    style = rng.random()
    if length == 15:
        groups = [num[:4], num[4:10], num[10:]]
    else:
        groups = [num[i : i + 4] for i in range(0, 16, 4)]
    if style < 0.45:
        return " ".join(groups)
    if style < 0.65:
        return "-".join(groups)
    return num


#: IBAN country -> BBAN layout (n digits, a letters, c letters or digits)
_IBAN = {
    "DE": "18n", "GB": "4a14n", "FR": "10n11c2n", "ES": "20n", "IT": "1a10n12c", "NL": "4a10n",
    "BE": "12n", "PL": "24n", "PT": "21n", "CH": "5n12c", "AT": "16n", "SE": "20n", "NO": "11n",
    "DK": "14n", "FI": "14n", "IE": "4a14n", "TR": "5n1n16c", "SA": "2n18c", "AE": "3n16n",
    "QA": "4a21c", "KW": "4a22c", "JO": "4a4n18c", "LB": "4n20c", "IL": "3n3n13n",
    "EG": "4n4n17n", "PK": "4a16c", "RO": "4a16c", "HU": "3n4n1n15n1n", "CZ": "20n",
    "GR": "3n4n16c", "UA": "6n19c", "KZ": "3n13c", "AZ": "4a20c", "GE": "2a16n", "HR": "17n",
    "RS": "18n", "LT": "16n", "IS": "22n", "TN": "20n", "BR": "23n1a1c", "DO": "4c20n",
    "MR": "23n", "IQ": "4a3n12n",
}  # fmt: skip
_BANK_CODES = {
    "GB": ["NWBK", "BARC", "LOYD", "HBUK", "MONZ"],
    "NL": ["ABNA", "INGB", "RABO", "BUNQ"],
    "IE": ["AIBK", "BOFI"],
}


def _iban(rng: random.Random, cc: str) -> str:
    spec = _IBAN[cc]
    bban = ""
    first = True
    for count, kind in re.findall(r"(\d+)([nac])", spec):
        count = int(count)
        if kind == "a" and first and _BANK_CODES.get(cc):
            bban += rng.choice(_BANK_CODES[cc])[:count]
        elif kind == "a":
            bban += "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(count))
        elif kind == "n":
            bban += "".join(str(rng.randint(0, 9)) for _ in range(count))
        else:
            bban += "".join(
                str(rng.randint(0, 9))
                if rng.random() < 0.85
                else rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
                for _ in range(count)
            )
        first = False
    conv = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    check = 98 - int(conv) % 97
    iban = f"{cc}{check:02d}{bban}"
    if rng.random() < 0.6:
        return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    return iban


def _ssn(rng: random.Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    s = f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
    return s if rng.random() < 0.85 else s.replace("-", rng.choice(["", " "]))


def _itin(rng: random.Random) -> str:
    group = rng.choice([*range(70, 89), 90, 91, 92, *range(94, 100)])
    s = f"9{rng.randint(0, 99):02d}-{group:02d}-{rng.randint(0, 9999):04d}"
    return s if rng.random() < 0.85 else s.replace("-", " ")


def _fill(rng: random.Random, pat: str) -> str:
    out = []
    for ch in pat:
        if ch == "#":
            out.append(str(rng.randint(0, 9)))
        elif ch == "%":
            out.append(str(rng.randint(2, 9)))
        elif ch == "^":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
        elif ch == "*":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789"))
        else:
            out.append(ch)
    return "".join(out)


def _ip(rng: random.Random) -> str:
    k = rng.random()
    if k < 0.2:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if k < 0.35:
        return f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}"
    a = rng.choice([41, 77, 84, 91, 102, 105, 110, 115, 154, 176, 185, 196, 197, 203, 212])
    return f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def _ip6(rng: random.Random) -> str:
    groups = [
        rng.choice(["2001", "2a02", "2405", "2c0f", "2600", "2a01"]),
        f"{rng.randint(0, 0xFFFF):x}",
    ]
    groups += [f"{rng.randint(0, 0xFFFF):x}" for _ in range(6)]
    if rng.random() < 0.5:
        return ":".join(groups[:3]) + "::" + ":".join(groups[5:])
    return ":".join(groups)


def _mac(rng: random.Random) -> str:
    octets = [rng.randint(0, 255) for _ in range(6)]
    octets[0] &= 0xFE
    sep = rng.choice([":", ":", "-"])
    s = sep.join(f"{o:02x}" for o in octets)
    if rng.random() < 0.3:
        return ".".join(s.replace(sep, "")[i : i + 4] for i in range(0, 12, 4))
    return s.upper() if rng.random() < 0.5 else s


_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def _rand(rng: random.Random, n: int, alphabet: str = _ALNUM) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _apikey(rng: random.Random) -> str:
    hexd = "0123456789abcdef"
    k = rng.randrange(14)
    return [
        lambda: "sk-proj-" + _rand(rng, 48),
        lambda: "sk-ant-api03-" + _rand(rng, 86, _ALNUM + "-_") + "AA",
        lambda: "AIza" + _rand(rng, 35, _ALNUM + "-_"),
        lambda: (
            f"pat-{rng.choice(['na1', 'eu1'])}-{_rand(rng, 8, hexd)}-{_rand(rng, 4, hexd)}-"
            f"{_rand(rng, 4, hexd)}-{_rand(rng, 4, hexd)}-{_rand(rng, 12, hexd)}"
        ),
        lambda: _rand(rng, 32, hexd) + f"-us{rng.randint(2, 21)}",
        lambda: "SG." + _rand(rng, 22, _ALNUM + "-_") + "." + _rand(rng, 43, _ALNUM + "-_"),
        lambda: "sk_live_" + _rand(rng, 24),
        lambda: "rk_live_" + _rand(rng, 32),
        lambda: _rand(rng, 32, hexd),
        lambda: (
            f"xoxb-{rng.randint(10**10, 10**11)}-{rng.randint(10**12, 10**13)}-{_rand(rng, 24)}"
        ),
        lambda: _rand(rng, 40, hexd),
        lambda: f"1000.{_rand(rng, 32, hexd)}.{_rand(rng, 32, hexd)}",
        lambda: f"{rng.randint(10**9, 7 * 10**9)}:AA{_rand(rng, 33, _ALNUM + '-_')}",
        lambda: "shpat_" + _rand(rng, 32, hexd),
    ][k]()


def _token(rng: random.Random) -> str:
    if rng.random() < 0.5:
        head = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
        return f"{head}.eyJ{_rand(rng, 60, _ALNUM + '-_')}.{_rand(rng, 43, _ALNUM + '-_')}"
    return "EAA" + _rand(rng, rng.randint(90, 140))


def _password(rng: random.Random) -> str:
    k = rng.random()
    w = rng.choice(_pool(T.PW_WORDS))
    if k < 0.4:
        return w + str(rng.randint(1, 2026)) + rng.choice("!@#$*?")
    if k < 0.6:
        return rng.choice("!@#") + w.lower() + str(rng.randint(10, 99))
    if k < 0.75:
        return (
            w[:1].lower() + w[1:] + "_" + _rand(rng, 4, "0123456789") + rng.choice(["", "!", "#"])
        )
    return _rand(rng, rng.randint(10, 16), _ALNUM + "!#$%&*?@")


# ======================================================================================
# Locales and names
# ======================================================================================

_POOL_CACHE: dict[int, list[str]] = {}


def _pool(s: object) -> list[str]:
    if isinstance(s, (list, tuple)):
        return list(s)
    key = id(s)
    got = _POOL_CACHE.get(key)
    if got is None:
        got = [x.strip() for x in str(s).split("|") if x.strip()]
        _POOL_CACHE[key] = got
    return got


def _entry(e: str) -> tuple[str, str, str, str]:
    """'native/nativeF:roman/romanF' -> (nat_m, nat_f, rom_m, rom_f)."""
    nat, _, rom = e.partition(":")
    if not rom:
        rom = nat
    nm, _, nf = nat.partition("/")
    rm, _, rf = rom.partition("/")
    return nm, nf or nm, rm, rf or rm


_FOLD = str.maketrans(
    {"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ð": "d", "þ": "th", "ł": "l", "Ł": "L",
     "đ": "d", "Đ": "D", "ı": "i", "ə": "e", "Ə": "E", "œ": "oe"}
)  # fmt: skip


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.translate(_FOLD))
    return "".join(c for c in s if not unicodedata.combining(c))


def _slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", _fold(s).lower())


def _latin(s: str) -> bool:
    return all(ord(c) < 0x250 or unicodedata.combining(c) or c in "ʻ’" for c in s)


class Person:
    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        rng, loc = ctx.rng, ctx.loc
        self.male = rng.random() < 0.5
        self.kid = False
        style = loc["style"]
        gpool = _pool(loc["gm"] if self.male else loc["gf"])
        mpool = _pool(loc["gm"])
        idx = 0 if self.male else 1

        def pick(pool: list[str]) -> tuple[str, str]:
            e = _entry(rng.choice(pool))
            return e[idx], e[2 + idx]

        def fam() -> tuple[str, str] | None:
            p = _pool(loc["fam"])
            return pick(p) if p else None

        g = pick(gpool)
        nat: dict[str, str] = {}
        rom: dict[str, str] = {}
        last = fam()
        self.native_ok = not _latin(g[0]) or (last is not None and not _latin(last[0]))

        def both(fn):  # noqa: ANN001, ANN202
            return fn(0), fn(1)

        def setf(key: str, pair: tuple[str, str]) -> None:
            nat[key], rom[key] = pair

        if style in ("w", "th") or (style == "es") or (style == "nl") or (style == "pt"):
            mid = None
            if style == "w" and rng.random() < 0.12 and _latin(g[0]):
                mid = pick(gpool)
                if mid == g:
                    mid = None
            if style == "es":
                f1 = last
                f2 = fam() if rng.random() < loc["f2"] else None
                if f2 == f1:
                    f2 = None
                lastfull = (
                    f1[0] + (" " + f2[0] if f2 else ""),
                    f1[1] + (" " + f2[1] if f2 else ""),
                )
                formal = f1
            elif style == "pt":
                f1 = last
                f2 = fam() if rng.random() < 0.6 else None
                part = rng.choice(["da ", "dos ", "de ", "das "]) if rng.random() < 0.25 else ""
                lastfull = (part + f1[0] + (" " + f2[0] if f2 else ""),) * 2
                formal = f2 or f1
            elif style == "nl":
                tv = rng.choice(_pool(loc["tv"])) if rng.random() < 0.35 else ""
                lastfull = ((tv + " " if tv else "") + last[0],) * 2
                formal = ((tv.capitalize() + " " if tv else "") + last[0],) * 2
                self.tv = tv
            else:
                lastfull = last
                formal = last
            midtxt = (mid[0][0] + ".", mid[1][0] + ".") if mid and rng.random() < 0.5 else mid
            for i in (0, 1):
                parts_i = [g[i]] + ([midtxt[i]] if midtxt else []) + [lastfull[i]]
                (nat if i == 0 else rom)["full"] = " ".join(parts_i)
            setf("first", g)
            setf("last", lastfull)
            setf("formal", formal)
            setf("call", g)
            if style == "th":
                setf("formal", g)
        elif style == "ru":
            pats = _pool(loc.get("pat", ""))
            pat = pick(pats) if pats and rng.random() < 0.8 else None
            order = rng.random()
            for i in (0, 1):
                d = nat if i == 0 else rom
                if pat and i == 0 and order < 0.45:
                    d["full"] = f"{last[i]} {g[i]} {pat[i]}"
                elif pat and i == 0 and order < 0.6:
                    d["full"] = f"{g[i]} {pat[i]} {last[i]}"
                else:
                    d["full"] = f"{g[i]} {last[i]}"
            setf("first", g)
            setf("last", last)
            setf("formal", last)
            setf("call", g)
            self.pat = pat
        elif style == "is":
            father = rng.choice(_pool(loc["pat"]))
            pn = father + ("son" if self.male else "dóttir")
            setf("full", (f"{g[0]} {pn}", f"{g[1]} {pn}"))
            setf("first", g)
            setf("last", (pn, pn))
            setf("formal", g)
            setf("call", g)
        elif style in ("arg", "are", "et", "so"):
            fa = _entry(rng.choice(mpool))
            fa = (fa[0], fa[2])
            gf = _entry(rng.choice(mpool))
            gf = (gf[0], gf[2])
            if style == "arg":
                lastn = last
                k = rng.random()
                if k < 0.4:
                    w = ("بن" if self.male else "بنت", "bin" if self.male else "bint")
                    full = both(lambda i: f"{g[i]} {w[i]} {fa[i]} {lastn[i]}")
                elif k < 0.7:
                    full = both(lambda i: f"{g[i]} {fa[i]} {lastn[i]}")
                else:
                    full = both(lambda i: f"{g[i]} {lastn[i]}")
                formal = lastn if rng.random() < 0.5 else g
                lastp = lastn
            elif style in ("are", "so"):
                full = both(lambda i: f"{g[i]} {fa[i]} {gf[i]}")
                if rng.random() < 0.4:
                    full = both(lambda i: f"{g[i]} {fa[i]}")
                formal = g
                lastp = gf if style == "so" else fa
            else:
                full = both(lambda i: f"{g[i]} {fa[i]}")
                formal = g
                lastp = fa
            setf("full", full)
            setf("first", g)
            setf("last", lastp)
            setf("formal", formal)
            setf("call", g)
        elif style in ("ja", "zh", "ko"):
            sep = " " if style == "ja" and rng.random() < 0.5 else ""
            nat["full"] = last[0] + sep + g[0]
            k = rng.random()
            if style == "ja":
                rom["full"] = (
                    f"{g[1]} {last[1]}"
                    if k < 0.5
                    else f"{last[1].upper()} {g[1]}"
                    if k < 0.8
                    else f"{last[1]} {g[1]}"
                )
                setf("call", last)
                setf("formal", last)
            elif style == "zh":
                nk = _pool(loc["nk"])
                self.en = rng.choice(nk) if nk and rng.random() < 0.3 else None
                if self.en:
                    rom["full"] = f"{self.en} {last[1]}"
                else:
                    rom["full"] = f"{last[1]} {g[1]}" if k < 0.55 else f"{g[1]} {last[1]}"
                setf("formal", last)
                nat["call"] = nat["full"] if rng.random() < 0.5 else g[0]
                rom["call"] = self.en or g[1]
            else:
                rom["full"] = f"{last[1]} {g[1]}" if k < 0.5 else f"{g[1]} {last[1]}"
                nat["call"] = nat["full"] if rng.random() < 0.6 else g[0]
                rom["call"] = g[1]
                nat["formal"] = nat["full"]
                rom["formal"] = last[1]
            setf("first", g)
            setf("last", last)
        elif style == "vn":
            mid = rng.choice(_pool(loc["mm"] if self.male else loc["mf"]))
            nat["full"] = f"{last[0]} {mid} {g[0]}"
            rom["full"] = (
                _fold(nat["full"]) if rng.random() < 0.5 else f"{_fold(g[0])} {_fold(last[0])}"
            )
            setf("first", g)
            setf("last", last)
            nat["formal"] = nat["call"] = g[0]
            rom["formal"] = rom["call"] = _fold(g[0])
        elif style == "hu":
            nat["full"] = f"{last[0]} {g[0]}"
            rom["full"] = f"{g[0]} {last[0]}"
            setf("first", g)
            setf("last", last)
            setf("formal", last)
            setf("call", g)
        elif style == "ins":
            k = rng.random()
            if k < 0.4:
                full = both(lambda i: f"{last[1][0]}. {g[i]}")
            elif k < 0.55:
                full = both(lambda i: f"{g[i]} {last[1][0]}.")
            else:
                full = both(lambda i: f"{g[i]} {last[i]}")
            setf("full", full)
            setf("first", g)
            setf("last", last)
            setf("formal", g)
            setf("call", g)
        elif style == "mm":
            n = rng.choice([2, 3, 3])
            syl = [pick(gpool) for _ in range(n)]
            nat["full"] = "".join(x[0] for x in syl)
            rom["full"] = " ".join(x[1] for x in syl)
            setf("first", (nat["full"], rom["full"]))
            setf("last", ("", ""))
            nat["formal"] = nat["call"] = nat["full"]
            rom["formal"] = rom["call"] = rom["full"]
            self.native_ok = True
        elif style == "id":
            if rng.random() < 0.35:
                setf("full", g)
                setf("last", ("", ""))
            else:
                setf("full", both(lambda i: f"{g[i]} {last[i]}"))
                setf("last", last)
            setf("first", g)
            setf("formal", g)
            setf("call", g)
        elif style == "mys":
            if rng.random() < 0.7:
                fa = rng.choice(_pool(loc["fam"]))
                w = "bin" if self.male else "binti"
                setf("full", (f"{g[0]} {w} {fa}",) * 2)
                setf("first", g)
                setf("last", (fa, fa))
                setf("formal", g)
                short = g[0].split()[-1]
                setf("call", (short, short))
            else:
                cg = rng.choice(_pool(loc["cg"]))
                cf = rng.choice(_pool(loc["cf"]))
                setf("full", (f"{cf} {cg}",) * 2)
                setf("first", (cg, cg))
                setf("last", (cf, cf))
                setf("formal", (cf, cf))
                setf("call", (cg, cg))
        elif style in ("fgw", "fgr"):
            family_first = style == "fgr" or " " in g[1]
            if family_first:
                rom["full"] = f"{last[1]} {g[1]}"
            else:
                rom["full"] = f"{g[1]} {last[1]}"
            nat["full"] = (
                last[0] + g[0] if not _latin(g[0]) and not _latin(last[0]) else rom["full"]
            )
            self.native_ok = nat["full"] != rom["full"]
            setf("first", g)
            setf("last", last)
            setf("formal", last if style == "fgw" else g)
            setf("call", g)
        elif style == "mn":
            fa = pick(mpool)
            k = rng.random()
            nat["full"] = f"{fa[0][0]}. {g[0]}" if k < 0.6 else f"{fa[0]} {g[0]}"
            rom["full"] = f"{g[1]} {fa[1]}" if k < 0.5 else f"{fa[1][0]}. {g[1]}"
            setf("first", g)
            setf("last", fa)
            setf("formal", g)
            setf("call", g)
        elif style == "ph":
            mid = fam()
            k = rng.random()
            if k < 0.45:
                full = f"{g[0]} {mid[0][0]}. {last[0]}"
            elif k < 0.7:
                full = f"{g[0]} {mid[0]} {last[0]}"
            else:
                full = f"{g[0]} {last[0]}"
            setf("full", (full, full))
            setf("first", g)
            setf("last", last)
            setf("formal", last)
            setf("call", g)
        else:  # pragma: no cover
            raise ValueError(style)
        self.nat, self.rom = nat, rom
        nk = _pool(loc["nk"])
        if style == "th" and nk:
            self.nick = pick(nk) if rng.random() < 0.8 else g
            if rng.random() < 0.5:
                nat["call"], rom["call"] = self.nick
        elif style == "zh" and getattr(self, "en", None):
            self.nick = (self.en, self.en)
        elif nk and style not in ("zh",) and rng.random() < 0.5:
            e = _entry(rng.choice(nk))
            self.nick = (e[0], e[2])
        else:
            self.nick = (nat["call"], rom["call"])
        self._cache: dict[str, str] = {}

    # -------------------------------------------------------------- forms
    def form(self, key: str) -> str:
        d = self.nat if self.ctx.native and self.native_ok else self.rom
        return d.get(key, "")

    def roman(self, key: str) -> str:
        return self.rom.get(key, "")

    def cached(self, key: str, fn) -> str:  # noqa: ANN001
        if key not in self._cache:
            self._cache[key] = fn()
        return self._cache[key]


def _handle(rng: random.Random, p: Person, for_email: bool = False) -> str:
    g = _slug(p.roman("first").split()[0] if p.roman("first") else p.roman("full"))
    fl = p.roman("last")
    f = _slug(fl.split()[-1]) if fl else ""
    if not f:
        f = _slug(p.roman("full").split()[-1])
        if f == g:
            f = ""
    yy = str(
        rng.choice(
            [rng.randint(70, 99), rng.randint(0, 9), rng.randint(10, 25), rng.randint(1975, 2005)]
        )
    )
    if f:
        opts = [
            f"{g}.{f}",
            f"{g}{f}",
            f"{g[0]}{f}",
            f"{g}_{f}",
            f"{f}.{g}",
            f"{g}.{f}{yy}",
            f"{f}{g[0]}",
            f"{g}{yy}",
            f"{g}-{f}",
        ]
        if not for_email:
            opts += [f"{g}{f}{yy}", f"{g}_{f[0]}", f"{f}_{g}"]
    else:
        opts = [
            f"{g}{yy}",
            f"{g}.{yy}",
            f"{g}_{_rand(rng, 2, 'abcdefghijklmnopqrstuvwxyz')}",
            f"the.{g}",
        ]
    return rng.choice(opts)


# ======================================================================================
# Dates
# ======================================================================================


def _numeric_date(rng: random.Random, code: str, d: date) -> str:
    y, m, dd = d.year, d.month, d.day
    if code == "dmy/":
        return f"{dd:02d}/{m:02d}/{y}" if rng.random() < 0.8 else f"{dd}/{m}/{y}"
    if code == "dmy.":
        return f"{dd:02d}.{m:02d}.{y}"
    if code == "dmy-":
        return f"{dd:02d}-{m:02d}-{y}"
    if code == "mdy/":
        return f"{m:02d}/{dd:02d}/{y}" if rng.random() < 0.7 else f"{m}/{dd}/{y}"
    if code == "ymd-":
        return f"{y}-{m:02d}-{dd:02d}"
    if code == "ymd/":
        return f"{y}/{m:02d}/{dd:02d}" if rng.random() < 0.7 else f"{y}/{m}/{dd}"
    if code == "ymd.":
        return f"{y}.{m:02d}.{dd:02d}."[: -1 if rng.random() < 0.5 else None]
    if code == "ja":
        if rng.random() < 0.5:
            if d >= date(1989, 1, 8):
                era = (
                    f"平成{y - 1988}年"
                    if y < 2019 or (y == 2019 and m < 5)
                    else f"令和{y - 2018}年"
                )
            else:
                era = f"昭和{y - 1925}年"
            return f"{era}{m}月{dd}日"
        return f"{y}年{m}月{dd}日"
    if code == "ko":
        return f"{y}년 {m}월 {dd}일"
    if code == "zh":
        return f"{y}年{m}月{dd}日"
    if code == "roc":
        return f"民國{y - 1911}年{m}月{dd}日"
    if code == "dmyb/":
        return f"{dd:02d}/{m:02d}/{y + 543}"
    if code == "cz":
        return f"{dd}. {m}. {y}"
    if code == "jal":
        jy = y - 621 - (1 if (m, dd) < (3, 21) else 0)
        jm = ((m + 8) % 12) + 1
        return f"{jy}/{jm:02d}/{min(dd, 30):02d}"
    raise ValueError(code)


def _word_date(rng: random.Random, lang: str, d: date) -> str | None:
    months = T.MONTHS.get(lang)
    fmt = T.WORD_DATE.get(lang)
    if not months or not fmt:
        return None
    mname = months.split()[d.month - 1]
    f = rng.choice(fmt.split("|"))
    if lang == "en" and rng.random() < 0.3:
        mname = mname[:3]
    return f.format(d=d.day, M=mname, y=d.year, be=d.year + 543)


def _rand_date(rng: random.Random, y0: int, y1: int) -> date:
    start = date(y0, 1, 1)
    return start + timedelta(days=rng.randrange((date(y1, 12, 31) - start).days))


# ======================================================================================
# Rendering context
# ======================================================================================

_SLOT = re.compile(r"\{([a-z][a-z0-9_]*(?:\.[a-z0-9_]+)?|L\.[a-z]+)\}")
_EASTERN = {
    "ar": str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"),
    "fa": str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"),
}


class Ctx:
    def __init__(self, rng: random.Random, loc: dict, lang: str, native: bool) -> None:
        self.rng, self.loc, self.lang, self.native = rng, loc, lang, native
        self.json_mode = False
        self.people: dict[int, Person] = {}
        self.cache: dict[str, list[Piece]] = {}
        primary = loc["langs"].split()[0]
        self.form_lang = (
            lang if lang in T.LANG and lang != "en" else (primary if primary in T.LANG else "en")
        )
        if lang == "en":
            self.form_lang = "en"
        self.loc_form_lang = primary if primary in T.LANG else "en"

    def person(self, i: int) -> Person:
        if i not in self.people:
            self.people[i] = Person(self)
        return self.people[i]

    # ---------------------------------------------------------------- render
    def render(self, body: str) -> list[Piece]:
        out: list[Piece] = []
        pos = 0

        def lit(s: str) -> str:
            return s.replace("{{", "{").replace("}}", "}")

        for m in _SLOT.finditer(body):
            if m.start() > pos:
                out.append((lit(body[pos : m.start()]), None))
            got = self.slot(m.group(1))
            if self.json_mode:
                got = _esc_pieces(got, lambda s: _json_escape(s, False))
            out.extend(got)
            pos = m.end()
        if pos < len(body):
            out.append((lit(body[pos:]), None))
        return out

    def slot(self, name: str) -> list[Piece]:
        if name in self.cache:
            return self.cache[name]
        if name.startswith("L."):
            val = self.label(name[2:])
            res: list[Piece] = [(val, None)]
        elif re.fullmatch(r"p\d(\..+)?", name):
            res = self.person_slot(int(name[1]), name[3:] if len(name) > 2 else "full")
        else:
            base = name.rstrip("0123456789")
            res = self.value(base)
        self.cache[name] = res
        return res

    def label(self, key: str) -> str:
        lang = self.form_lang if self.form_lang in T.LANG else "en"
        keys = [
            "name",
            "phone",
            "mobile",
            "email",
            "addr",
            "dob",
            "hi",
            "dear",
            "thanks",
            "regards",
        ]
        return T.LANG[lang].split("|")[keys.index(key)]

    # ---------------------------------------------------------------- persons
    def _hon(self, p: Person, pool_key: str) -> str | None:
        pool = _pool(self.loc[pool_key])
        if not pool:
            return None
        want_native = self.native and p.native_ok
        good = [h for h in pool if _latin(h.strip("~_ ")) != want_native]
        if not good and not want_native:
            good = {"hm": ["Mr"], "hf": ["Ms", "Mrs"], "km": ["Uncle"], "kf": ["Auntie"]}[pool_key]
        return self.rng.choice(good or pool)

    def _attach(self, word: str, name: str) -> list[Piece]:
        if word.startswith("~"):
            return [(name, "PERSON"), (word[1:], None)]
        if word.endswith("_"):
            return [(word[:-1], None), (name, "PERSON")]
        if word.endswith("'"):
            return [(word, None), (name, "PERSON")]
        return [(word + " ", None), (name, "PERSON")]

    def person_slot(self, i: int, attr: str) -> list[Piece]:
        p = self.person(i)
        rng = self.rng
        P = "PERSON"
        if attr == "full":
            return [(p.form("full"), P)]
        if attr == "g":
            return [(p.form("call"), P)]
        if attr == "f":
            return [(p.form("last") or p.form("formal"), P)]
        if attr == "first":
            return [(p.form("first"), P)]
        if attr == "last":
            v = p.form("last")
            return [(v, P)] if v else []
        if attr in ("hon", "honf"):
            word = self._hon(p, "hm" if p.male else "hf")
            name = p.form("formal") if attr == "hon" else p.form("full")
            if not word:
                return [(p.form("full"), P)]
            return self._attach(word, name)
        if attr == "kin":
            word = self._hon(p, "km" if p.male else "kf")
            nick = p.nick[0] if self.native and p.native_ok else p.nick[1]
            name = nick if rng.random() < 0.5 else p.form("call")
            return self._attach(word, name)
        if attr == "sc":
            last = p.roman("last")
            if not last or not _latin(last):
                return [(p.form("full"), P)]
            return [(f"{last.upper()} {p.roman('first')}", P)]
        if attr == "cs":
            last = p.form("last")
            if not last:
                return [(p.form("full"), P)]
            if getattr(p, "tv", ""):
                return [(f"{last.split(' ', len(p.tv.split()))[-1]}, {p.form('first')} {p.tv}", P)]
            return [(f"{last}, {p.form('first')}", P)]
        if attr == "ini":
            last, first = p.form("last"), p.form("first")
            if not last or not _latin(first):
                return [(p.form("full"), P)]
            if self.loc["style"] == "ru" and getattr(p, "pat", None) and rng.random() < 0.6:
                pat = p.pat[0] if self.native and p.native_ok else p.pat[1]
                return [(f"{last} {first[0]}. {pat[0]}.", P)]
            inits = "".join(w[0] + "." for w in first.replace("-", " ").split())
            return [(f"{inits} {last}" if rng.random() < 0.7 else f"{last} {inits}", P)]
        if attr == "lc":
            return [(_fold(p.roman("call")).lower(), P)]
        if attr == "nick":
            return [(p.nick[0] if self.native and p.native_ok else p.nick[1], P)]
        if attr in ("at", "login"):
            h = p.cached("handle", lambda: _handle(rng, p))
            return [("@" + h if attr == "at" else h, P)]
        if attr == "email":
            return [(p.cached("email", lambda: self.email(p)), "EMAIL")]
        if attr in ("phone", "phonei", "phonen"):
            return [(p.cached(attr, lambda: self.phone(attr)), "PHONE")]
        if attr in ("addr", "addrml"):
            a = p.cached("addr", self.address)
            if attr == "addrml":
                a = a.replace(", ", "\n").replace("، ", "\n")
            return [(a, "ADDRESS")]
        if attr in ("dob", "dobn", "dobw", "kdob"):
            if attr == "kdob":
                d = p.cached("kdate", lambda: _rand_date(rng, 2008, 2023).isoformat())
            else:
                d = p.cached("bdate", lambda: _rand_date(rng, 1942, 2005).isoformat())
            return [(self.date_text(date.fromisoformat(d), attr), "DATE_OF_BIRTH")]
        if attr == "age":
            d = p.cached("bdate", lambda: _rand_date(rng, 1942, 2005).isoformat())
            return [(str(2025 - int(d[:4])), None)]
        if attr == "dl":
            return [(p.cached("dl", lambda: self.licence(p)), "DRIVER_LICENSE")]
        if attr == "pp":
            return [
                (p.cached("pp", lambda: _fill(rng, rng.choice(_pool(self.loc["pp"])))), "PASSPORT")
            ]
        if attr == "dear":
            lang = self.form_lang
            word = T.LANG[lang].split("|")[7]
            m, _, f = word.partition("/")
            return [((m if p.male else (f or m)), None)]
        if attr in ("he", "his", "him", "sib", "child"):
            w = {
                "he": ("he", "she"),
                "his": ("his", "her"),
                "him": ("him", "her"),
                "sib": ("brother", "sister"),
                "child": ("son", "daughter"),
            }[attr]
            return [(w[0] if p.male else w[1], None)]
        raise KeyError(attr)

    def email(self, p: Person) -> str:
        rng = self.rng
        local = _handle(rng, p, for_email=True)
        if self.loc["cc"] == "CN" and rng.random() < 0.3:
            return f"{rng.randint(10**7, 10**10)}@qq.com"
        if rng.random() < 0.3:
            dom = self.value("domain")[0][0]
        else:
            dom = rng.choice(_pool(self.loc["dom"]))
        return f"{local}@{dom}"

    def phone(self, kind: str) -> str:
        rng = self.rng
        pats = _pool(self.loc["ph"])
        if kind == "phonei":
            pats = [x for x in pats if x.startswith("+")] or pats
        elif kind == "phonen":
            pats = [x for x in pats if not x.startswith("+")] or pats
        num = _fill(rng, rng.choice(pats))
        if self.lang in _EASTERN and rng.random() < 0.3:
            num = num.translate(_EASTERN[self.lang])
        return num

    def address(self) -> str:
        rng, loc = self.rng, self.loc
        fmt = _fill(rng, rng.choice(_pool(loc["af"])))
        town, _, pcpat = rng.choice(_pool(loc["tw"])).partition("@")
        pcpat = pcpat or loc["pc"]
        streets = _pool(loc["st"]) if loc.get("st") else [""]
        repl = {
            "{street}": rng.choice(streets),
            "{town}": town,
            "{pc}": _fill(rng, pcpat),
            "{no}": _fill(rng, rng.choice(_pool(loc["no"]))),
            "{flat}": _fill(rng, rng.choice(_pool(loc["fl"]))),
            "{fl}": str(rng.randint(1, 14)),
            "{hash}": "#",
        }
        for k, v in repl.items():
            fmt = fmt.replace(k, v)
        if "{" in fmt:
            raise ValueError(fmt)
        return re.sub(r"\s+,", ",", fmt).strip(" ,")

    def date_text(self, d: date, attr: str = "dob") -> str:
        rng = self.rng
        codes = _pool(self.loc["dt"])
        lang = self.lang if self.lang != "loc" else self.loc_form_lang
        want_words = attr == "dobw" or (attr in ("dob", "kdob", "date") and rng.random() < 0.3)
        if attr == "dobn":
            want_words = False
        if want_words:
            w = _word_date(rng, lang, d)
            if w:
                return w
        if self.lang == "en" and rng.random() < 0.12:
            return d.isoformat()
        s = _numeric_date(rng, rng.choice(codes), d)
        if self.lang in _EASTERN and rng.random() < 0.25:
            s = s.translate(_EASTERN[self.lang])
        return s

    def iban_country(self) -> str:
        cc = self.loc["cc"]
        if cc in _IBAN:
            return cc
        primary = self.loc["langs"].split()[0]
        return {"es": "ES", "pt": "PT", "fr": "FR", "ar": "AE", "en": "GB"}.get(
            primary, self.rng.choice(["DE", "NL"])
        )

    def licence(self, p: Person) -> str:
        rng = self.rng
        pat = rng.choice(_pool(self.loc["dl"]))
        if pat == "gbdl":
            sur = (_slug(p.roman("last") or p.roman("full")).upper() + "99999")[:5]
            bd = date.fromisoformat(
                p.cached("bdate", lambda: _rand_date(rng, 1942, 2005).isoformat())
            )
            mm = bd.month + (0 if p.male else 50)
            ini = (_slug(p.roman("first"))[:1].upper() + "9")[:2]
            yy = str(bd.year)
            s = f"{sur}{yy[2]}{mm:02d}{bd.day:02d}{yy[3]}{ini}9{_fill(rng, '^^')}"
            return s if rng.random() < 0.7 else f"{s[:5]} {s[5:11]} {s[11:]}"
        return _fill(rng, pat)

    # ---------------------------------------------------------------- values
    def value(self, base: str) -> list[Piece]:  # noqa: C901
        rng, loc = self.rng, self.loc
        C = rng.choice
        labelled = {
            "card": lambda: ("CREDIT_CARD", _card(rng)),
            "iban": lambda: ("IBAN", _iban(rng, self.iban_country())),
            "ibanx": lambda: (
                "IBAN",
                _iban(
                    rng, C(["DE", "GB", "FR", "NL", "ES", "IT", "BE", "PT", "IE", "PL", "CH", "AT"])
                ),
            ),
            "ssn": lambda: ("US_SSN", _ssn(rng)),
            "itin": lambda: ("US_ITIN", _itin(rng)),
            "btc": lambda: ("CRYPTO", _btc(rng)),
            "eth": lambda: ("CRYPTO", _eth(rng)),
            "crypto": lambda: ("CRYPTO", _btc(rng) if rng.random() < 0.5 else _eth(rng)),
            "ip": lambda: ("IP", _ip(rng)),
            "ip6": lambda: ("IP", _ip6(rng)),
            "mac": lambda: ("MAC", _mac(rng)),
            "pw": lambda: ("SECRET", _password(rng)),
            "dbpw": lambda: ("SECRET", _rand(rng, rng.randint(10, 18), _ALNUM + "!*-_")),
            "apikey": lambda: ("SECRET", _apikey(rng)),
            "pin": lambda: ("SECRET", _fill(rng, C(["####", "####", "######"]))),
            "otp": lambda: ("SECRET", _fill(rng, C(["######", "### ###", "####"]))),
            "token": lambda: ("SECRET", _token(rng)),
            "phone": lambda: ("PHONE", self.phone("phone")),
        }
        if base in labelled:
            cat, v = labelled[base]()
            return [(v, cat)]
        pools = {
            "co": lambda: C(_pool(loc["co"]) + _pool(T.GLOBAL_CO)[:6]),
            "gco": lambda: C(_pool(T.GLOBAL_CO)),
            "brand": lambda: C(_pool(T.BRANDS)),
            "product": lambda: C(_pool(T.PRODUCTS)),
            "crm": lambda: C(_pool(T.CRMS)),
            "chatapp": lambda: C(_pool(T.CHAT_APPS)),
            "mailtool": lambda: C(_pool(T.EMAIL_TOOLS)),
            "eventtool": lambda: C(_pool(T.EVENT_TOOLS)),
            "celeb": lambda: C(_pool(T.CELEBS)),
            "fict": lambda: C(_pool(T.FICT)),
            "saint": lambda: C(_pool(T.SAINTS)),
            "place": lambda: C(_pool(T.PLACE_NAMES)),
            "stage": lambda: C(_pool(T.STAGES)),
            "lstatus": lambda: C(_pool(T.LEAD_STATUS)),
            "source": lambda: C(_pool(T.SOURCES)),
            "title": lambda: C(_pool(T.TITLES)),
            "event": lambda: C(_pool(T.EVENTS)),
            "venue": lambda: C(_pool(T.VENUES)),
            "campaign": lambda: C(_pool(T.CAMPAIGNS)),
            "user": lambda: C(_pool(T.JUNK_USERS)),
            "merge": lambda: C(T.MERGE_FIELDS),
            "country": lambda: loc["country"],
            "city": lambda: C(_pool(loc["tw"])).partition("@")[0],
        }
        if base in pools:
            return [(pools[base](), None)]
        if base == "cop":
            fam = _pool(loc["fam"]) or _pool(loc["gm"])
            e = _entry(C(fam))
            sur = e[2] if not self.native else e[0]
            given = _entry(C(_pool(loc["gm"] if rng.random() < 0.5 else loc["gf"])))[2]
            f = C([
                "{s} & Sons", "{s} Bakery", "{s} Realty", "{s} Law Chambers", "{g}'s Kitchen",
                "{s} Trading LLC", "{s} Insurance Brokers", "Casa {s}", "{s} Motors",
                "{g}'s Beauty Hub",
                "{s} & Partners", "{s} Family Dental", "{g} & Co. Boutique", "{s} Holdings",
            ])  # fmt: skip
            return [(f.format(s=sur, g=given), None)]
        if base == "domain":
            w = C(["acme", "brightpath", "kumo", "orbitpay", "greenleaf", "harborpine",
                   "summitrealty",
                   "atlasbrokers", "nimbuspartners", "sunrisetravel", "pixelforge", "evergreen-fdn",
                   "lumenhealth", "terranova", "coastalhomes", "apexfit",
                   "blueocean-events"])  # fmt: skip
            tld = C(
                [
                    ".com",
                    ".io",
                    ".co",
                    ".org",
                    ".net",
                    "." + loc["cc"][:2].lower(),
                    ".com." + loc["cc"][:2].lower(),
                ]
            )
            return [(w + tld, None)]
        if base == "url":
            dom = self.value("domain")[0][0]
            path = C(
                [
                    "/pricing",
                    "/demo",
                    "/webinar/register",
                    "/donate",
                    "/join",
                    "/offers/spring",
                    "/listings/3br-condo",
                    "",
                ]
            )
            return [(f"https://www.{dom}{path}", None)]
        if base == "date":
            return [(self.date_text(_rand_date(rng, 2024, 2026), "date"), None)]
        if base == "year":
            return [(str(rng.randint(2019, 2026)), None)]
        if base == "time":
            h, mi = rng.randint(8, 19), C([0, 15, 30, 45])
            s = (
                f"{h:02d}:{mi:02d}"
                if rng.random() < 0.6
                else f"{(h - 1) % 12 + 1}:{mi:02d} {'AM' if h < 12 else 'PM'}"
            )
            return [(s, None)]
        if base == "amt":
            cur = C(_pool(loc["cur"]))
            n = C(
                [
                    rng.randint(5, 99) * 10,
                    rng.randint(100, 9999),
                    rng.randint(10, 999) * 100,
                    rng.randint(1, 50) * 1000,
                ]
            )
            style = C(["comma", "dot", "space", "plain"])
            s, dec = str(n), C([".", ","])
            if n >= 1000 and style != "plain":
                s = f"{n:,}".replace(",", {"comma": ",", "dot": ".", "space": " "}[style])
                dec = "." if style == "comma" else ","
            if rng.random() < 0.3:
                s += dec + C(["00", "50", "99"])
            word = cur.replace(".", "").replace("'", "").isalpha()
            if cur.endswith("."):
                out = f"{cur} {s}"
            elif word:
                out = f"{s} {cur}" if rng.random() < 0.5 else f"{cur} {s}"
            else:
                out = f"{cur}{s}" if rng.random() < 0.7 else f"{s} {cur}"
            return [(out, None)]
        if base == "num":
            return [(str(rng.randint(2, 48)), None)]
        if base == "pct":
            return [(f"{rng.randint(5, 60)}%", None)]
        simple = {
            "deal": ["DEAL-2025-0###", "D-#####", "OPP-%####", "#######"],
            "lead": ["LEAD-######", "00Q%^**#^*#^%#*", "L-####-%##"],
            "opp": ["006%*^#*^#^*#^*", "OPP-%#####"],
            "quote": ["Q-2025-####", "QT-%#####", "QUO/%##/2025"],
            "inv": ["INV-%#####", "INV/2025/0###", "F-2025-#####"],
            "sku": ["SKU-^^^-###", "^^-%###-^", "%#####-^^"],
            "order": ["ORD-%#######", "%########", "SO-%#####", "WC-%####"],
            "track": ["1Z%##^^^##########", "JD0###########", "RR%########CN", "TH%##########"],
            "ticket": ["TCK-%####", "CS-%######", "INC%######"],
            "plate": ["^^%# ^^^", "^^^ %###", "^-%##-^^", "%# ^ ####", "^^ %###-^^"],
            "acct": ["CUST-%#####", "C%#######", "ACC-%####-^^"],
            "memno": ["M-%#####", "MEM%####", "%####/2025"],
            "receipt": ["RCPT-2025-%####", "TR-%#####", "GA-%#####"],
            "pnr": ["^*^*^*", "^^^^^^"],
            "flight": ["^^ %##", "^^%###"],
            "room": ["Room %0#", "Hall ^", "Suite %#0"],
            "listing": ["MLS-%#######", "LST-%#####", "ID %######"],
        }
        if base in simple:
            return [(_fill(rng, C(simple[base])), None)]
        if base == "masked":
            tail = _fill(rng, "####")
            return [
                (
                    C(
                        [
                            f"**** {tail}",
                            f"•••• {tail}",
                            f"XXXX-XXXX-XXXX-{tail}",
                            f"ending {tail}",
                            f"************{tail}",
                        ]
                    ),
                    None,
                )
            ]
        if base == "utm":
            src = C(
                ["facebook", "instagram", "google", "linkedin", "newsletter", "whatsapp", "tiktok"]
            )
            med = C(["cpc", "email", "social", "paid_social", "referral"])
            camp = C(
                [
                    "summer_sale_2025",
                    "gt_appeal",
                    "renewals_q3",
                    "webinar_may",
                    "bf_blitz",
                    "open_house",
                ]
            )
            return [(f"utm_source={src}&utm_medium={med}&utm_campaign={camp}", None)]
        if base == "ver":
            return [(f"v{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}", None)]
        if base == "hash":
            return [(_rand(rng, C([7, 12, 40]), "0123456789abcdef"), None)]
        raise KeyError(base)


# ======================================================================================
# Wrappers: LLM API request bodies and log lines
# ======================================================================================


def _json_escape(s: str, ascii_only: bool) -> str:
    return json.dumps(s, ensure_ascii=ascii_only)[1:-1]


def _esc_pieces(pieces: list[Piece], fn) -> list[Piece]:  # noqa: ANN001
    return [(fn(t), c) for t, c in pieces]


_HOLE = "@@CONTENT@@"


def _split_json(obj: object, asc: bool, indent: int | None) -> tuple[str, str]:
    text = json.dumps(obj, ensure_ascii=asc, indent=indent)
    head, tail = text.split(_HOLE)
    return head, tail


def _wrap(rng: random.Random, pieces: list[Piece]) -> tuple[list[Piece], bool]:
    """Wrap a text in an LLM request body or log line. Returns (pieces, is_json)."""
    C = rng.choice
    asc = rng.random() < 0.25
    indent = 2 if rng.random() < 0.25 else None
    sys_prompt = C(_pool(T.SYSTEM_PROMPTS))
    instr = C(_pool(T.INSTR))
    joined = rng.random() < 0.5  # instruction inside the same message
    user = ([(instr + "\n\n", None)] if joined else []) + pieces
    ask = [] if joined else [{"role": "user", "content": instr}]
    k = rng.random()
    if k < 0.72:
        kind = C(["openai", "openai", "anthropic", "gemini", "responses", "ollama", "ollama_chat"])
        if kind == "openai":
            obj: dict = {
                "model": C(["gpt-4o", "gpt-4o-mini", "gpt-4.1-mini", "gpt-3.5-turbo"]),
                "temperature": C([0, 0.2, 0.7, 1]),
                "messages": [
                    {"role": "system", "content": sys_prompt},
                    *ask,
                    {"role": "user", "content": _HOLE},
                ],
                "stream": C([False, True]),
            }
        elif kind == "anthropic":
            pre = [] if joined else [*ask, {"role": "assistant", "content": "Sure - paste it."}]
            obj = {
                "model": C(["claude-3-5-sonnet-20241022", "claude-3-haiku-20240307"]),
                "max_tokens": C([512, 1024, 2048, 4096]),
                "system": sys_prompt,
                "messages": [*pre, {"role": "user", "content": _HOLE}],
            }
        elif kind == "gemini":
            obj = {
                "systemInstruction": {"parts": [{"text": sys_prompt}]},
                "contents": [{"role": "user", "parts": [{"text": _HOLE}]}],
                "generationConfig": {"temperature": 0.4, "maxOutputTokens": C([1024, 8192])},
            }
        elif kind == "responses":
            obj = {
                "model": C(["gpt-4.1", "o4-mini", "gpt-4o"]),
                "instructions": sys_prompt,
                "input": [{"role": "user", "content": [{"type": "input_text", "text": _HOLE}]}],
                "store": False,
            }
        elif kind == "ollama":
            obj = {
                "model": C(["llama3.1:8b", "mistral:7b", "qwen2.5:14b", "gemma2:9b"]),
                "system": sys_prompt,
                "prompt": _HOLE,
                "stream": False,
                "options": {"temperature": 0.3},
            }
        else:
            obj = {
                "model": C(["llama3.1:8b", "qwen2.5:7b", "phi3:mini"]),
                "messages": [*ask, {"role": "user", "content": _HOLE}],
                "stream": False,
            }
        head, tail = _split_json(obj, asc, indent)
        esc = _esc_pieces(user, lambda x: _json_escape(x, asc))
        return [(head, None), *esc, (tail, None)], True
    # log lines
    d = date(2025, 1, 1) + timedelta(days=rng.randrange(365))
    clock = f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    ms = f"{rng.randint(0, 999):03d}"
    lk = rng.random()
    if lk < 0.35:
        obj = {
            "ts": f"{d}T{clock}.{ms}Z",
            "level": "info",
            "logger": C(["crm-copilot", "leadbot", "donor-assist", "mailmerge-ai"]),
            "event": "llm.request",
            "provider": C(["openai", "anthropic", "google", "ollama"]),
            "prompt": _HOLE,
            "tokens_in": rng.randint(80, 4000),
            "latency_ms": rng.randint(200, 9000),
        }
        head, tail = _split_json(obj, asc, None)
        esc = _esc_pieces(user, lambda x: _json_escape(x, asc))
        return [(head, None), *esc, (tail, None)], True
    if lk < 0.7:
        text = "".join(t for t, _ in user)
        quote = '"' if "'" in text and '"' not in text else "'"

        def pyesc(x: str) -> str:
            x = x.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")
            return x.replace("\r", "\\r").replace(quote, "\\" + quote)

        head = (
            f"{d} {clock},{ms} DEBUG openai._base_client: Request options: "
            "{'method': 'post', 'url': '/chat/completions', 'json_data': {'messages': "
            f"[{{'role': 'user', 'content': {quote}"
        )
        model = C(["gpt-4o-mini", "gpt-4o"])
        tail = f"{quote}}}], 'model': '{model}', 'temperature': 0.3}}}}"
        return [(head, None), *_esc_pieces(user, pyesc), (tail, None)], False

    def logesc(x: str) -> str:
        x = x.replace("\\", "\\\\").replace('"', '\\"')
        return x.replace("\n", "\\n").replace("\t", "\\t")

    app = C(["sales-assistant", "crm-sync", "outreach-worker", "ngo-mailer"])
    model = C(["gpt-4o-mini", "claude-3-haiku", "gemini-1.5-flash", "llama3.1"])
    head = (
        f"{d}T{clock}.{ms}Z INFO  [{app}] req_id={_rand(rng, 12)} model={model} "
        f'user_id=u_{rng.randint(1000, 99999)} prompt="'
    )
    tail = f'" max_tokens={C([256, 512, 1024])}'
    return [(head, None), *_esc_pieces(user, logesc), (tail, None)], False


# ======================================================================================
# Assembly
# ======================================================================================


#: languages written in a non-Latin script (names in them are written natively)
_NONLATIN = frozenset(
    ("ar", "fa", "he", "hi", "ur", "bn", "ta", "ne", "th", "my", "km", "ja")
    + ("ko", "zh", "zt", "mn", "kk", "ru", "uk", "el", "ka", "hy", "am")
)


def _locale_langs(loc: dict) -> list[str]:
    return loc["langs"].split()


def _choose(rng: random.Random, loc: dict, by_lang: dict[str, list]) -> tuple[str, object]:
    langs = _locale_langs(loc)
    restricted = "en@" + loc["cc"]
    if by_lang.get(restricted) and rng.random() < 0.5:
        return restricted, rng.choice(by_lang[restricted])
    native_langs = [lg for lg in langs if lg != "en" and by_lang.get(lg)]
    k = rng.random()
    if native_langs and k < 0.45:
        lang = rng.choice(native_langs)
    elif (native_langs and k < 0.57) or (not native_langs and k < 0.14):
        lang = "loc"
    else:
        lang = "en"
    return lang, rng.choice(by_lang[lang])


def _assemble(pieces: list[Piece]) -> tuple[str, list[tuple[str, int, int]], list[str]]:
    parts: list[str] = []
    spans: list[tuple[str, int, int]] = []
    values: list[str] = []
    pos = 0
    for text, cat in pieces:
        if not text:
            continue
        if cat is not None:
            if text != text.strip():
                raise ValueError(f"labelled value with outer whitespace: {text!r}")
            spans.append((cat, pos, pos + len(text)))
            values.append(text)
        parts.append(text)
        pos += len(text)
    return "".join(parts), spans, values


def _build(scale: float = 1.0) -> tuple[list[Sample], list[dict]]:
    rng = random.Random(SEED)
    n = int(N_TEXTS * scale)
    by_lang: dict[str, list] = {}
    for lang, body, kind in T.TEMPLATES:
        by_lang.setdefault(lang, []).append((body, kind))
    near = list(T.NEAR)
    samples: list[Sample] = []
    meta: list[dict] = []
    weight = {"US": 6, "GB": 2, "IN": 2, "DE": 2, "BR": 2, "NG": 2, "MX": 2, "FR": 2}
    locales = [loc for loc in T.LOCALES for _ in range(weight.get(loc["cc"], 1))]
    for i in range(n):
        loc = T.LOCALES[i] if i < len(T.LOCALES) else rng.choice(locales)
        is_near = rng.random() < 0.08
        if is_near:
            lang = "en"
            native_langs = [lg for lg in _locale_langs(loc) if any(x[0] == lg for x in near)]
            if native_langs and rng.random() < 0.4:
                lang = rng.choice(native_langs)
            body, kind = rng.choice([(b, k) for lg, b, k in near if lg == lang])
            tid = f"near:{near.index((lang, body, kind))}"
        else:
            lang, (body, kind) = _choose(rng, loc, by_lang)
            tid = f"{lang}:{by_lang[lang].index((body, kind))}"
        primary = _locale_langs(loc)[0]
        if lang == "loc":
            p_native = 0.6 if primary in _NONLATIN else 0.3
        elif lang == "en" or "@" in lang:
            p_native = 0.3
        else:
            p_native = 0.85 if (lang in _NONLATIN or lang == primary) else 0.0
        native = rng.random() < p_native
        ctx = Ctx(rng, loc, lang if "@" not in lang else "en", native)
        ctx.json_mode = kind == "json"
        if callable(body):
            body = body(rng)
        pieces = ctx.render(body)
        is_json = kind == "json"
        if rng.random() < 0.2:
            pieces, is_json = _wrap(rng, pieces)
        text, spans, values = _assemble(pieces)
        if is_near and spans:
            raise ValueError(f"near-miss template produced labels: {tid}")
        samples.append(Sample(text, spans))
        meta.append(
            {"values": values, "json": is_json, "locale": loc["cc"], "tid": tid, "near": is_near}
        )
    return samples, meta


def dev30_set(scale: float = 1.0) -> list[Sample]:
    """The dev30 texts (int(1200 * scale)), the same for a given scale."""
    return _build(scale)[0]


# ======================================================================================
# Self-check
# ======================================================================================


def _check(samples: list[Sample], meta: list[dict], n_expected: int) -> None:
    assert len(samples) == n_expected, (len(samples), n_expected)
    counts: dict[str, int] = {}
    for s, m in zip(samples, meta, strict=True):
        prev_end = -1
        assert len(s.spans) == len(m["values"])
        for (cat, a, b), val in zip(s.spans, m["values"], strict=True):
            assert cat in CATEGORIES, cat
            assert 0 <= a < b <= len(s.text), (a, b)
            sub = s.text[a:b]
            assert sub == val, (sub, val)
            assert sub.strip() == sub and sub, repr(sub)
            assert a >= prev_end, "overlap"
            prev_end = b
            counts[cat] = counts.get(cat, 0) + 1
        if m["json"]:
            json.loads(s.text)
        assert not re.search(r"\{p\d(\.[a-z]+)?\}|\{L\.[a-z]+\}", s.text), s.text
    locs = {m["locale"] for m in meta}
    assert len(locs) >= 70, len(locs)
    total = sum(counts.values())
    print(f"texts: {len(samples)}  labels: {total}  per text: {total / len(samples):.2f}")
    for cat in CATEGORIES:
        print(f"  {cat:<15}{counts.get(cat, 0):>6}")
    print(f"locales: {len(locs)}  templates used: {len({m['tid'] for m in meta})}")
    print(
        f"json bodies: {sum(m['json'] for m in meta)}  "
        f"near-miss texts: {sum(m['near'] for m in meta)}"
    )


if __name__ == "__main__":
    t0 = time.perf_counter()
    scale = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    samples, meta = _build(scale)
    dt = time.perf_counter() - t0
    _check(samples, meta, int(N_TEXTS * scale))
    again = dev30_set(scale)
    assert [s.text for s in again] == [s.text for s in samples], "not deterministic"
    print(f"generation time: {dt:.2f}s")
    print("self-check passed")
