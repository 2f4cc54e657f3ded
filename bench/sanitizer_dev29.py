"""dev29: a blind, hand-written, labeled set for the PII sanitizer.

What it is
    1,200 texts (at scale 1.0) from software, data and IT work at organisations all over the
    world, and the personal data that leaks into it: bug reports and support escalations with
    customer records pasted in, SQL results and INSERTs, CSV/TSV/Excel exports, JSON and YAML
    fixtures, stack traces, access and audit logs, git logs, blame, CODEOWNERS and AUTHORS
    files, package metadata, code comments, incident timelines, issue threads, chat exports,
    helpdesk tickets, LDAP/AD dumps, provisioning scripts, mailing-list mail with quotes and
    signatures, dedupe/migration/DSAR requests and "fix this / explain this" questions to an
    LLM. 91 locales on every continent, each with its own languages, scripts and name forms.
    About a fifth of the texts are wrapped in an LLM API request body (OpenAI chat, Anthropic
    messages, Gemini, OpenAI Responses, Ollama) or in a log line of an app calling an LLM; the
    JSON/log escaping is applied piece by piece, so a label covers the value exactly as it
    appears in the escaped text. About 8% of the texts have nothing to remove and carry only
    near-misses (public figures, fictional characters, saints, places and products named after
    people, placeholders, bot and service accounts, hashes, versions, IDs).

How it was made
    Every pool (names, streets, towns, companies, phone and postcode patterns) and every
    template in ``bench/sanitizer_dev29_templates.py`` was typed by hand for this set, without
    looking at the sanitizer, its tests, its docs or the other benchmark sets, and without any
    fake-data package or name list. Texts are assembled from pieces ``(text, category|None)``
    and the span offsets are accumulated while assembling; no label is found by searching the
    finished text. Checksummed values are generated valid (Luhn, IBAN mod-97 with the right
    length per country, base58check, bech32, EIP-55), US SSNs and ITINs in their valid ranges.
    ``random.Random(SEED)`` makes the set deterministic for a given scale.

Label conventions (must-remove values)
    PERSON: a private person's whole name (given, middle, patronymic, particles, double
    surnames) as one span; honorifics and kinship terms used as titles stay outside; @mentions
    (with the "@") and logins made of a name are PERSON. Public figures, fictional characters,
    placeholders ("John Doe", "张三") and places named after people are not labelled.
    EMAIL, PHONE, IP (v4/v6, also private ranges; 0.0.0.0 is not labelled), MAC, CREDIT_CARD,
    IBAN, US_SSN, US_ITIN, CRYPTO: the value. DATE_OF_BIRTH: birth dates only. ADDRESS: a
    private street address from its first to its last given part (not the country; a town or
    postcode standing alone in its own column is not labelled). DRIVER_LICENSE, PASSPORT: the
    number when the context says what it is. SECRET: passwords, API keys, tokens, PINs, OTPs,
    recovery codes, the password inside a connection string; placeholders are not secrets.
    Not labelled: order, ticket, invoice, booking, tracking, customer, employee and account
    numbers, IMEIs, masked cards, amounts, dates that are not birth dates, hashes, versions.

Template slots (written ⟦...⟧ in the templates)
    pN.attr / xN.attr   person N of the text's locale / of another locale; attr is one of
                        full name native ascii formal rev caps init given agiven fam fam1 nick
                        login caps_login at email wmail pmail hon hname kin phone addr addr1
                        street dob dobiso; ⟦pN:f⟧ / ⟦pN:m⟧ fix the person's gender.
    t.key               a phrase in the locale's language (hi thx name phone ... regards).
    labelled values     phone addr dob email ip ipint ip6 mac mac_cisco cc iban ssn itin btc
                        eth pwd apikey token jwt ghp xoxb stripe otp pin recovery bitlocker dl
                        passport conn
    near-misses         sha sha7 uuid ver host svc order ticket inc date ts clf time dd mm
                        port err http amount masked plate empid custid pnr flight vin invoice
                        tracking celeb cited fict saint pubplace nplace brand app uname phname
                        phmail phsecret table col func lib company cdomain town pc country cc2
                        reqid sku acct meter region ns tz role dept pr pod asset serial
                        container seat txn exp bic hexN nN b64
    modifiers           |sql |json |q (CSV quoting) |url |upper |lower
"""

from __future__ import annotations

import base64
import hashlib
import json
import random
import re
import string
import sys
import time
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta
from urllib.parse import quote

from bench import sanitizer_dev29_templates as TT
from bench.sanitizer_data import Sample

SEED = 2929
N_TEXTS = 1200
CATEGORIES = [
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
]

Piece = tuple[str, str | None]
_SLOT = re.compile(r"⟦([^⟧]*)⟧")

# ---------------------------------------------------------------- small helpers

_FOLD = str.maketrans(
    {
        "ß": "ss",
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ð": "d",
        "þ": "th",
        "ı": "i",
        "ə": "e",
        "Ə": "E",
    }
)


def fold(s: str) -> str:
    s = s.translate(_FOLD)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _login_part(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(s).lower())


def _pattern(rng: random.Random, pat: str) -> str:
    out = []
    for c in pat:
        if c == "#":
            out.append(rng.choice(string.digits))
        elif c == "N":
            out.append(rng.choice("23456789"))
        elif c == "@":
            out.append(rng.choice(string.ascii_uppercase))
        elif c == "*":
            out.append(rng.choice(string.ascii_uppercase + string.digits))
        else:
            out.append(c)
    return "".join(out)


def _pairs(s: str) -> list[tuple[str, str]]:
    out = []
    for tok in s.split():
        tok = tok.replace("_", " ")
        if ":" in tok:
            n, r = tok.split(":", 1)
            out.append((n, r))
        else:
            out.append((tok, tok))
    return out


def _words(s: str) -> list[str]:
    return [t.replace("_", " ") for t in s.split()]


def _is_latin(s: str) -> bool:
    return all(not c.isalpha() or "LATIN" in unicodedata.name(c, "LATIN") for c in s)


# ---------------------------------------------------------------- checksummed values


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num: str) -> bool:
    return luhn_digit(num[:-1]) == num[-1]


IBAN_BBAN = {
    "AT": "################",
    "BE": "############",
    "BG": "@@@@######********",
    "CH": "#####************",
    "CZ": "####################",
    "DE": "##################",
    "DK": "##############",
    "ES": "####################",
    "FI": "##############",
    "FR": "##########***********##",
    "GB": "@@@@##############",
    "GE": "@@################",
    "GR": "#######****************",
    "HR": "#################",
    "HU": "#" * 24,
    "IE": "@@@@##############",
    "IL": "###################",
    "IS": "#" * 22,
    "IT": "@##########************",
    "JO": "@@@@####******************",
    "KZ": "###*************",
    "LB": "####********************",
    "LT": "################",
    "NL": "@@@@##########",
    "NO": "###########",
    "PL": "#" * 24,
    "PT": "#" * 21,
    "QA": "@@@@*********************",
    "RO": "@@@@****************",
    "RS": "##################",
    "SA": "##******************",
    "SE": "####################",
    "TN": "####################",
    "TR": "#####0****************",
    "AE": "###################",
    "UA": "######*******************",
    "PK": "@@@@****************",
    "BR": "#######################@*",
    "CR": "0#################",
    "AZ": "@@@@********************",
    "IQ": "@@@@###############",
    "EG": "#" * 25,
    "IR": "0" + "#" * 21,
}
IBAN_LEN = {
    "AT": 20,
    "BE": 16,
    "BG": 22,
    "CH": 21,
    "CZ": 24,
    "DE": 22,
    "DK": 18,
    "ES": 24,
    "FI": 18,
    "FR": 27,
    "GB": 22,
    "GE": 22,
    "GR": 27,
    "HR": 21,
    "HU": 28,
    "IE": 22,
    "IL": 23,
    "IS": 26,
    "IT": 27,
    "JO": 30,
    "KZ": 20,
    "LB": 28,
    "LT": 20,
    "NL": 18,
    "NO": 15,
    "PL": 28,
    "PT": 25,
    "QA": 29,
    "RO": 24,
    "RS": 22,
    "SA": 24,
    "SE": 24,
    "TN": 24,
    "TR": 26,
    "AE": 23,
    "UA": 29,
    "PK": 24,
    "BR": 29,
    "CR": 22,
    "AZ": 28,
    "IQ": 23,
    "EG": 29,
    "IR": 26,
}


def _iban_num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    return len(s) == IBAN_LEN[s[:2]] and _iban_num(s[4:] + s[:4]) % 97 == 1


def make_iban(rng: random.Random, cc: str) -> str:
    bban = _pattern(rng, IBAN_BBAN[cc])
    check = 98 - _iban_num(bban + cc + "00") % 97
    s = f"{cc}{check:02d}{bban}"
    assert iban_ok(s), s
    if rng.random() < 0.6:
        return " ".join(s[i : i + 4] for i in range(0, len(s), 4))
    return s


_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58check(payload: bytes) -> str:
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
        b = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
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


def bech32_addr(rng: random.Random) -> str:
    prog = bytes(rng.getrandbits(8) for _ in range(rng.choice([20, 20, 32])))
    data = [0] + _convertbits(prog, 8, 5)
    poly = _polymod(_hrp_expand("bc") + data + [0] * 6) ^ 1
    chk = [(poly >> 5 * (5 - i)) & 31 for i in range(6)]
    return "bc1" + "".join(_BECH[d] for d in data + chk)


def bech32_ok(s: str) -> bool:
    hrp, data = s[:2], [_BECH.index(c) for c in s[3:]]
    return _polymod(_hrp_expand(hrp) + data) == 1


_RC = [
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
_ROT = [
    [0, 36, 3, 41, 18],
    [1, 44, 10, 45, 2],
    [62, 6, 43, 15, 61],
    [28, 55, 25, 21, 56],
    [27, 20, 39, 8, 14],
]
_M64 = (1 << 64) - 1


def _rol(x: int, n: int) -> int:
    return ((x << n) | (x >> (64 - n))) & _M64 if n else x


def keccak256(data: bytes) -> bytes:
    """Keccak-256 as used by Ethereum (original padding, not SHA3-256)."""
    rate = 136
    msg = bytearray(data) + b"\x01"
    while len(msg) % rate:
        msg.append(0)
    msg[-1] |= 0x80
    st = [[0] * 5 for _ in range(5)]
    for off in range(0, len(msg), rate):
        block = msg[off : off + rate]
        for i in range(rate // 8):
            st[i % 5][i // 5] ^= int.from_bytes(block[8 * i : 8 * i + 8], "little")
        for rc in _RC:
            c = [st[x][0] ^ st[x][1] ^ st[x][2] ^ st[x][3] ^ st[x][4] for x in range(5)]
            d = [c[(x - 1) % 5] ^ _rol(c[(x + 1) % 5], 1) for x in range(5)]
            st = [[st[x][y] ^ d[x] for y in range(5)] for x in range(5)]
            b = [[0] * 5 for _ in range(5)]
            for x in range(5):
                for y in range(5):
                    b[y][(2 * x + 3 * y) % 5] = _rol(st[x][y], _ROT[x][y])
            st = [
                [b[x][y] ^ ((~b[(x + 1) % 5][y]) & b[(x + 2) % 5][y]) for y in range(5)]
                for x in range(5)
            ]
            st[0][0] ^= rc
    out = b"".join(st[i % 5][i // 5].to_bytes(8, "little") for i in range(4))
    return out


def eip55(addr_hex: str) -> str:
    h = keccak256(addr_hex.encode()).hex()
    return "0x" + "".join(c.upper() if int(h[i], 16) >= 8 else c for i, c in enumerate(addr_hex))


def ssn_ok(s: str) -> bool:
    a, g, n = s.split("-")
    return a not in ("000", "666") and not a.startswith("9") and g != "00" and n != "0000"


def itin_ok(s: str) -> bool:
    a, g, _ = s.split("-")
    gi = int(g)
    return a.startswith("9") and (70 <= gi <= 88 or 90 <= gi <= 92 or 94 <= gi <= 99)


# ---------------------------------------------------------------- locales


def _prep_locales() -> dict[str, dict]:
    out = {}
    for code, raw in TT.LOCALES.items():
        loc = dict(raw)
        loc["_gm"] = _pairs(raw["gm"])
        loc["_gf"] = _pairs(raw["gf"])
        loc["_fam"] = _pairs(raw["fam"])
        loc["_famf"] = _pairs(raw["fam_f"]) if raw.get("fam_f") else None
        loc["_pm"] = _pairs(raw.get("pm", ""))
        loc["_pf"] = _pairs(raw.get("pf", ""))
        loc["_nick"] = _pairs(raw.get("nick", ""))
        loc["_eng"] = _words(raw.get("eng", ""))
        loc["_midm"] = _words(raw.get("mid_m", ""))
        loc["_midf"] = _words(raw.get("mid_f", ""))
        loc["_streets"] = _words(raw["streets"])
        towns = []
        for tok in raw["towns"].split():
            name, _, pc = tok.partition(":")
            towns.append((name.replace("_", " "), pc.replace("_", " ")))
        loc["_towns"] = towns
        loc["_addr"] = raw["addr"].split("|")
        loc["_phone"] = raw["phone"].split("|")
        loc["_hon"] = {"m": raw.get("hon_m", "").split(), "f": raw.get("hon_f", "").split()}
        loc["_kin"] = {"m": raw.get("kin_m", "").split(), "f": raw.get("kin_f", "").split()}
        loc["_mail"] = raw.get("mail", "").split()
        loc["_co"] = _words(raw["co"])
        loc["_dob"] = raw["dob"].split()
        names = loc["_gm"] + loc["_gf"] + loc["_fam"]
        loc["_nonlatin"] = any(not _is_latin(n) for n, _ in names)
        out[code] = loc
    return out


LOCS = _prep_locales()
FREEMAIL = [
    "gmail.com",
    "gmail.com",
    "outlook.com",
    "yahoo.com",
    "hotmail.com",
    "icloud.com",
    "proton.me",
]
GIVEN_FIRST = {"id", "my", "th", "mm", "et", "is", "vn", "tr", "ir", "uz", "az", "ph", "kh"}
SUFFIX_FAM = {"cn", "tw", "jp"}


def _fem(style: str, code: str, native: str, roman: str) -> tuple[str, str]:
    """Feminine form of a surname where the language inflects it."""
    if style in ("ru", "bg", "az"):
        n = native
        if n.endswith("ький"):
            n = n[:-4] + "ька"
        elif n.endswith("ий"):
            n = n[:-2] + "ая"
        elif n.endswith(("ов", "ев", "ин", "ын", "ёв")):
            n = n + "а"
        r = roman
        if r.endswith("skyi"):
            r = r[:-4] + "ska"
        elif r.endswith("sky"):
            r = r[:-3] + "skaya"
        elif r.endswith(("ov", "ev", "in", "yn")):
            r = r + "a"
        return n, r
    if style == "gr":
        n, r = native, roman
        if n.endswith("όπουλος"):
            n = n[:-7] + "οπούλου"
        elif n.endswith("ος"):
            n = n[:-2] + "ου"
        elif n.endswith("ης"):
            n = n[:-2] + "η"
        if r.endswith("os"):
            r = r[:-2] + "ou"
        elif r.endswith("is"):
            r = r[:-2] + "i"
        return n, r
    if style == "lt":
        return native, native
    return native, roman


def _lt_fem(rng: random.Random, fam: str) -> str:
    married = rng.random() < 0.5
    if fam.endswith("ius"):
        return fam[:-3] + ("ienė" if married else "iūtė")
    if fam.endswith("as"):
        return fam[:-2] + ("ienė" if married else "aitė")
    if fam.endswith("us"):
        return fam[:-2] + ("ienė" if married else "utė")
    return fam


# ---------------------------------------------------------------- people


class Person:
    def __init__(self, gen: Gen, loc: dict, gender: str | None) -> None:
        self.gen = gen
        self.loc = loc
        rng = gen.rng
        self.sex = gender or rng.choice("mf")
        self.native_script = loc["_nonlatin"] and rng.random() < 0.45
        self.cache: dict[str, list[Piece]] = {}
        self.fam1 = ""
        giv = rng.choice(loc["_gm"] if self.sex == "m" else loc["_gf"])
        fam = rng.choice(loc["_fam"])
        style = loc["style"]
        if self.sex == "f":
            if loc["_famf"]:
                fam = loc["_famf"][loc["_fam"].index(fam)]
            elif style == "lt":
                f = _lt_fem(rng, fam[1])
                fam = (f, f)
            else:
                fam = _fem(style, loc["code"], *fam)
        getattr(self, "_s_" + style)(rng, giv, fam)
        if not self.fam1:
            self.fam1 = self.R["fam"]
        self.ag = _login_part(self.R["given"].split()[0]) or "user"
        self.af = _login_part(self.R["fam"].replace(" ", "")) or self.ag

    # each style sets self.N (native script) and self.R (roman/Latin) with the keys
    # full name given fam formal rev caps init
    def _set(self, n: dict, r: dict) -> None:
        for d in (n, r):
            d.setdefault("name", d["full"])
            d.setdefault("rev", f"{d['fam']}, {d['given']}")
            d.setdefault("caps", f"{d['fam'].upper()} {d['given']}")
            d.setdefault("init", f"{d['given'][0]}. {d['fam']}")
            d.setdefault("formal", self.gen.rng.choice([d["rev"], d["caps"]]))
        self.N, self.R = n, r

    def _s_w(self, rng, giv, fam) -> None:
        (gn, gr), (fn, fr) = giv, fam
        mid = None
        if self.loc["lang"] == "en" and not self.loc["_nonlatin"] and rng.random() < 0.15:
            mid = rng.choice(self.loc["_gm"] if self.sex == "m" else self.loc["_gf"])[1]
        rfull = f"{gr} {mid} {fr}" if mid else f"{gr} {fr}"
        self._set(
            {"full": f"{gn} {fn}", "given": gn, "fam": fn},
            {"full": rfull, "name": f"{gr} {fr}", "given": gr, "fam": fr},
        )

    def _s_nl(self, rng, giv, fam) -> None:
        g, f = giv[1], fam[1]
        parts = f.split()
        d = {"full": f"{g} {f}", "given": g, "fam": f}
        if parts[0][0].islower():
            core, part = parts[-1], " ".join(parts[:-1])
            d["rev"] = f"{core}, {g} {part}"
            d["caps"] = f"{f.upper()} {g}"
            d["init"] = f"{g[0]}. {f}"
        self._set(d, dict(d))

    def _s_hisp(self, rng, giv, fam) -> None:
        g, f1 = giv[1], fam[1]
        f2 = rng.choice([x[1] for x in self.loc["_fam"] if x[1] != f1])
        both = rng.random() < 0.65
        f = f"{f1} {f2}" if both else f1
        d = {"full": f"{g} {f}", "given": g, "fam": f, "caps": f"{f.upper()}, {g}"}
        self._set(d, dict(d))
        self.fam1 = f1

    def _s_pt(self, rng, giv, fam) -> None:
        g, f1 = giv[1], fam[1]
        f2 = rng.choice([x[1] for x in self.loc["_fam"] if x[1] != f1])
        part = rng.choice(["", "", "", "de ", "da ", "dos "])
        full = f"{g} {part}{f1} {f2}"
        d = {
            "full": full,
            "given": g,
            "fam": f2,
            "rev": f"{f2}, {g} {part}{f1}",
            "caps": full.upper(),
            "init": f"{g.split()[0]} {f1[0]}. {f2}",
        }
        self._set(d, dict(d))
        self.fam1 = f1

    def _s_ru(self, rng, giv, fam) -> None:
        (gn, gr), (fn, fr) = giv, fam
        pats = self.loc["_pm"] if self.sex == "m" else self.loc["_pf"]
        pn, pr = rng.choice(pats) if pats else ("", "")
        shape = rng.choice(["gf", "gf", "gpf", "fgp", "fgp"]) if pn else "gf"
        out = []
        for g, p, f in ((gn, pn, fn), (gr, pr, fr)):
            full = {"gf": f"{g} {f}", "gpf": f"{g} {p} {f}", "fgp": f"{f} {g} {p}"}[shape]
            init = f"{f} {g[0]}.{p[0]}." if p and p[0].isupper() else f"{g[0]}. {f}"
            out.append(
                {
                    "full": full,
                    "name": f"{g} {f}",
                    "given": g,
                    "fam": f,
                    "init": init,
                    "caps": f"{f.upper()} {g} {p}".strip(),
                    "formal": f"{f} {g} {p}".strip(),
                }
            )
        self._set(*out)

    _s_az = _s_ru

    def _s_bg(self, rng, giv, fam) -> None:
        (gn, gr), (fn, fr) = giv, fam
        pn, pr = rng.choice(self.loc["_fam"])
        if self.sex == "f":
            pn, pr = pn + "а", pr + "a"
        three = rng.random() < 0.5
        out = []
        for g, p, f in ((gn, pn, fn), (gr, pr, fr)):
            out.append(
                {
                    "full": f"{g} {p} {f}" if three else f"{g} {f}",
                    "name": f"{g} {f}",
                    "given": g,
                    "fam": f,
                }
            )
        self._set(*out)

    def _s_gr(self, rng, giv, fam) -> None:
        (gn, gr), (fn, fr) = giv, fam
        self._set(
            {"full": f"{gn} {fn}", "given": gn, "fam": fn},
            {"full": f"{gr} {fr}", "given": gr, "fam": fr},
        )

    _s_lt = _s_gr

    def _s_cn(self, rng, giv, fam) -> None:
        (gn, gr), (fn, fr) = giv, fam
        eng = rng.choice(self.loc["_eng"]) if self.loc["_eng"] and rng.random() < 0.25 else None
        if (
            eng
            and self.sex == "f"
            and eng in ("Kevin", "Jason", "Eric", "Leo", "Tony", "Allen", "Jerry", "Vincent")
        ):
            eng = None
        if (
            eng
            and self.sex == "m"
            and eng not in ("Kevin", "Jason", "Eric", "Leo", "Tony", "Allen", "Jerry", "Vincent")
        ):
            eng = None
        rg = eng or gr
        rfull = (
            rng.choice([f"{rg} {fr}", f"{fr} {gr}", f"{fr.upper()} {gr}"])
            if not eng
            else f"{eng} {fr}"
        )
        n = {
            "full": fn + gn,
            "given": gn,
            "fam": fn,
            "rev": fn + gn,
            "caps": fn + gn,
            "init": fn + gn,
            "formal": fn + gn,
        }
        r = {"full": rfull, "name": f"{rg} {fr}", "given": rg, "fam": fr}
        self._set(n, r)
        self.cn_nick = rng.choice(["小" + fn, "老" + fn, "阿" + gn[-1]])

    def _s_jp(self, rng, giv, fam) -> None:
        (gn, gr), (fn, fr) = giv, fam
        n = {
            "full": rng.choice([f"{fn} {gn}", fn + gn]),
            "given": gn,
            "fam": fn,
            "rev": f"{fn} {gn}",
            "caps": f"{fn} {gn}",
            "init": f"{fn} {gn}",
            "formal": f"{fn} {gn}",
        }
        r = {
            "full": rng.choice([f"{gr} {fr}", f"{fr.upper()} {gr}", f"{fr} {gr}"]),
            "name": f"{gr} {fr}",
            "given": gr,
            "fam": fr,
        }
        self._set(n, r)

    def _s_kr(self, rng, giv, fam) -> None:
        (gn, gr), (fn, fr) = giv, fam
        n = {
            "full": fn + gn,
            "given": gn,
            "fam": fn,
            "rev": fn + gn,
            "caps": fn + gn,
            "init": fn + gn,
            "formal": fn + gn,
        }
        r = {
            "full": rng.choice([f"{fr} {gr}", f"{gr} {fr}", f"{fr.upper()} {gr.replace('-', '')}"]),
            "name": f"{gr} {fr}",
            "given": gr,
            "fam": fr,
        }
        self._set(n, r)

    def _s_vn(self, rng, giv, fam) -> None:
        g, f = giv[1], fam[1]
        m = rng.choice(self.loc["_midm"] if self.sex == "m" else self.loc["_midf"])
        full = f"{f} {m} {g}"
        d = {
            "full": full,
            "name": full,
            "given": g,
            "fam": f,
            "caps": fold(full).upper(),
            "rev": f"{g} {f}",
            "init": f"{g} {f}",
            "formal": rng.choice([fold(full).upper(), f"{g} {fold(f)}"]),
        }
        self._set(d, dict(d))

    def _s_mm(self, rng, giv, fam) -> None:
        pool = [x[1] for x in (self.loc["_gm"] if self.sex == "m" else self.loc["_gf"])]
        k = rng.choice([2, 3, 3])
        sy = rng.sample(pool, k)
        full = " ".join(sy)
        d = {
            "full": full,
            "given": full,
            "fam": sy[-1],
            "rev": full,
            "caps": full.upper(),
            "init": full,
            "formal": full,
        }
        self._set(d, dict(d))
        self.mm_first = sy[0]

    def _s_fam_first(self, rng, giv, fam) -> None:
        g, f = giv[1], fam[1]
        d = {
            "full": f"{f} {g}",
            "name": f"{f} {g}",
            "given": g,
            "fam": f,
            "caps": f"{f.upper()} {g}",
        }
        self._set(d, dict(d))

    def _s_hu(self, rng, giv, fam) -> None:
        g, f = giv[1], fam[1]
        full = f"{f} {g}"
        if self.sex == "f" and rng.random() < 0.25:
            h = rng.choice([x[1] for x in self.loc["_fam"] if x[1] != f])
            full = f"{h}né {f} {g}"
        d = {
            "full": full,
            "name": f"{f} {g}",
            "given": g,
            "fam": f,
            "rev": f"{f} {g}",
            "init": f"{f} {g[0]}.",
        }
        self._set(d, dict(d))

    def _s_ic(self, rng, giv, fam) -> None:
        g = giv[1]
        p = fam[1] + ("son" if self.sex == "m" else "dóttir")
        d = {"full": f"{g} {p}", "given": g, "fam": p, "rev": f"{g} {p}"}
        self._set(d, dict(d))

    def _s_et(self, rng, giv, fam) -> None:
        (gn, gr), (fn, fr) = giv, fam
        self._set(
            {"full": f"{gn} {fn}", "given": gn, "fam": fn, "rev": f"{gn} {fn}"},
            {
                "full": f"{gr} {fr}",
                "given": gr,
                "fam": fr,
                "rev": f"{gr} {fr}",
                "caps": f"{gr.upper()} {fr.upper()}",
            },
        )

    def _s_ar(self, rng, giv, fam) -> None:
        (gn, gr), (fn, fr) = giv, fam
        pn, pr = rng.choice([x for x in self.loc["_gm"] if x != giv])
        code = self.loc["code"]
        bin_n = "بن" if self.sex == "m" else "بنت"
        bin_r = "bin" if self.sex == "m" else "bint"
        shape = rng.choice(["gf", "gpf", "gpf"] + (["gbpf"] if code in ("sa", "ae", "qa") else []))
        out = []
        for g, p, f, b in ((gn, pn, fn, bin_n), (gr, pr, fr, bin_r)):
            full = {"gf": f"{g} {f}", "gpf": f"{g} {p} {f}", "gbpf": f"{g} {b} {p} {f}"}[shape]
            out.append({"full": full, "name": f"{g} {f}", "given": g, "fam": f})
        self._set(*out)

    def _s_ml(self, rng, giv, fam) -> None:
        g, f = giv[1], fam[1]
        b = "bin" if self.sex == "m" else "binti"
        full = f"{g} {b} {f}" if rng.random() < 0.6 else f"{g} {f}"
        d = {
            "full": full,
            "name": full,
            "given": g,
            "fam": f,
            "rev": full,
            "caps": full.upper(),
            "formal": full.upper(),
        }
        self._set(d, dict(d))

    def _s_ph(self, rng, giv, fam) -> None:
        g, f = giv[1], fam[1]
        m = rng.choice([x[1] for x in self.loc["_fam"] if x[1] != f])
        full = rng.choice([f"{g} {m} {f}", f"{g} {m[0]}. {f}", f"{g} {f}"])
        d = {
            "full": full,
            "name": f"{g} {f}",
            "given": g,
            "fam": f,
            "rev": f"{f}, {g} {m[0]}.",
            "caps": f"{f.upper()}, {g.upper()} {m[0]}.",
        }
        self._set(d, dict(d))

    def _s_sg(self, rng, giv, fam) -> None:
        cg, f = giv[1], fam[1]
        eng = None
        if self.loc["_eng"] and rng.random() < 0.5:
            pool = self.loc["_eng"]
            half = len(pool) // 2
            eng = rng.choice(pool[:half] if self.sex == "m" else pool[half:])
        full = rng.choice([f"{eng} {f}", f"{eng} {f} {cg}"]) if eng else f"{f} {cg}"
        g = eng or cg
        d = {
            "full": full,
            "name": full,
            "given": g,
            "fam": f,
            "rev": f"{f}, {g}",
            "caps": f"{f.upper()} {cg}" + (f", {eng}" if eng else ""),
        }
        self._set(d, dict(d))

    def _s_in_s(self, rng, giv, fam) -> None:
        (gn, gr), (fn, fr) = giv, fam
        rfull = rng.choice([f"{gr} {fr}", f"{fr[0]}. {gr}", f"{gr} {fr[0]}"])
        self._set(
            {"full": f"{gn} {fn}", "given": gn, "fam": fn},
            {
                "full": rfull,
                "name": f"{gr} {fr}",
                "given": gr,
                "fam": fr,
                "init": f"{fr[0]}. {gr}",
                "caps": f"{fr[0]}. {gr.upper()}",
            },
        )

    def _s_mn(self, rng, giv, fam) -> None:
        (gn, gr), (fn, fr) = giv, fam
        shape = rng.choice(["i", "pg", "gp"])
        out = []
        for g, p in ((gn, fn), (gr, fr)):
            full = {"i": f"{p[0]}. {g}", "pg": f"{p} {g}", "gp": f"{g} {p}"}[shape]
            out.append(
                {
                    "full": full,
                    "name": f"{g} {p}",
                    "given": g,
                    "fam": p,
                    "init": f"{p[0]}. {g}",
                    "rev": f"{p} {g}",
                }
            )
        self._set(*out)

    # ---- attributes
    def form(self, key: str) -> str:
        d = self.N if self.native_script else self.R
        return d[key]

    def nick(self) -> str:
        rng = self.gen.rng
        if self.loc["code"] in ("cn", "tw") and self.native_script:
            return self.cn_nick
        if self.loc["_nick"] and rng.random() < 0.6:
            n, r = rng.choice(self.loc["_nick"])
            return n if self.native_script else r
        return self.form("given")

    def login(self) -> str:
        if "login" not in self.cache:
            rng = self.gen.rng
            g, f = self.ag, self.af
            if self.loc["style"] == "mm":
                g = _login_part(self.mm_first)
            shape = rng.choice(
                [
                    f"{g}.{f}",
                    f"{g[0]}{f}",
                    f"{f}{g[0]}",
                    f"{g}_{f}",
                    f"{g}{f[0]}",
                    f"{g}.{f}",
                    f"{f}.{g}",
                    f"{g}{f}",
                ]
            )
            self.cache["login"] = [(shape[:20].rstrip("._"), "PERSON")]
        return self.cache["login"][0][0]

    def email_local(self) -> str:
        rng = self.gen.rng
        g, f = self.ag, self.af
        return rng.choice(
            [
                f"{g}.{f}",
                f"{g[0]}{f}",
                f"{g}{f[0]}",
                f"{g}_{f}",
                f"{f}.{g}",
                f"{g}.{f}{rng.randint(1, 99)}",
                f"{g}{rng.randint(70, 99)}",
                f"{g}.{f}",
            ]
        )

    def honorific(self, kind: str) -> list[Piece]:
        rng = self.gen.rng
        toks = self.loc[kind][self.sex]
        if not toks:
            return [(self.form("full"), "PERSON")]
        tok = rng.choice(toks)
        code = self.loc["code"]
        if not _is_latin(tok) and not self.native_script and self.loc["_nonlatin"]:
            saved, self.native_script = self.native_script, True
            try:
                return self.honorific_target(kind, tok, code)
            finally:
                self.native_script = saved
        return self.honorific_target(kind, tok, code)

    def honorific_target(self, kind: str, tok: str, code: str) -> list[Piece]:
        rng = self.gen.rng
        if kind == "_kin":
            target = self.nick() if rng.random() < 0.5 else self.form("given")
        elif tok.startswith("=") and code in SUFFIX_FAM:
            target = self.form("fam") if rng.random() < 0.75 else self.form("full")
        elif code in GIVEN_FIRST or self.loc["style"] in ("mm", "ml"):
            target = self.form("given") if rng.random() < 0.7 else self.form("full")
        elif code == "kr":
            target = rng.choice([self.form("given"), self.form("full"), self.form("fam")])
        else:
            target = self.form("fam") if rng.random() < 0.5 else self.form("full")
        return _affix(tok, target)

    def attr(self, a: str) -> list[Piece]:
        g = self.gen
        rng = g.rng
        P = "PERSON"
        if a in ("full", "given", "fam", "formal", "rev", "caps", "init"):
            return [(self.form(a), P)]
        if a == "name":
            return [(self.R["name"], P)]
        if a == "native":
            return [(self.N["full"], P)]
        if a == "ascii":
            return [(fold(self.R["name"]), P)]
        if a == "agiven":
            return [(fold(self.R["given"]).split()[0], P)]
        if a == "fam1":
            return [(self.fam1, P)]
        if a == "nick":
            return [(self.nick(), P)]
        if a == "login":
            return [(self.login(), P)]
        if a == "caps_login":
            return [(self.login().replace(".", "").replace("_", "").upper()[:12], P)]
        if a == "at":
            return [("@" + rng.choice([self.login(), self.login(), self.ag]), P)]
        if a == "hon":
            return self.honorific("_hon")
        if a == "hname":
            toks = self.loc["_hon"][self.sex]
            if not toks:
                return [(self.form("full"), P)]
            return _affix(rng.choice(toks), self.form("full"))
        if a == "kin":
            return self.honorific("_kin") if self.loc["_kin"][self.sex] else self.honorific("_hon")
        if a in self.cache:
            return self.cache[a]
        if a in ("wmail", "pmail", "email"):
            taken = {self.cache[k][0][0] for k in ("wmail", "pmail", "email") if k in self.cache}
            kind = a if a != "email" else rng.choice(["wmail", "pmail", "pmail"])
            for _ in range(8):
                dom = g.cdomain if kind == "wmail" else rng.choice(FREEMAIL + self.loc["_mail"])
                addr = f"{self.email_local()}@{dom}"
                if addr not in taken:
                    break
            v = [(addr, "EMAIL")]
        elif a == "phone":
            v = [(g.phone(self.loc), "PHONE")]
        elif a in ("addr", "addr1", "street"):
            full, pre, street = g.address(self.loc)
            self.cache["addr"] = pre + [(full, "ADDRESS")]
            self.cache["addr1"] = pre + [(_one_line(full), "ADDRESS")]
            self.cache["street"] = [(street, "ADDRESS")]
            return self.cache[a]
        elif a in ("dob", "dobiso"):
            d = g.birth_date()
            self.cache["dob"] = g.fmt_date(
                self.loc, d, rng.choice(self.loc["_dob"]), "DATE_OF_BIRTH"
            )
            self.cache["dobiso"] = [(d.isoformat(), "DATE_OF_BIRTH")]
            return self.cache[a]
        else:
            raise KeyError(f"person attribute {a}")
        self.cache[a] = v
        return v


def _affix(tok: str, target: str) -> list[Piece]:
    if tok.startswith("+"):
        return [(target, "PERSON"), (" " + tok[1:].replace("_", " "), None)]
    if tok.startswith("="):
        return [(target, "PERSON"), (tok[1:], None)]
    if tok.startswith("^"):
        return [(tok[1:], None), (target, "PERSON")]
    return [(tok.replace("_", " ") + " ", None), (target, "PERSON")]


def _one_line(s: str) -> str:
    return s.replace("\n", ", ")


# ---------------------------------------------------------------- generator


@dataclass
class Meta:
    kind: str
    locale: str
    is_json: bool
    values: list[tuple[str, str]] = field(default_factory=list)  # (category, value in text)


_PUB_OCTET = [
    23,
    31,
    37,
    41,
    45,
    49,
    58,
    62,
    77,
    81,
    89,
    91,
    103,
    105,
    110,
    117,
    121,
    141,
    154,
    160,
    176,
    185,
    187,
    190,
    196,
    197,
    201,
    203,
    212,
    213,
    217,
]
_V6 = [
    "2a02:8108",
    "2a01:cb00",
    "2600:1700",
    "2405:201",
    "2c0f:fe38",
    "2804:14c",
    "2401:4900",
    "240e:3b7",
    "2a00:1450",
    "2001:41d0",
    "2406:da18",
    "2c0f:f7a8",
]
_PWD_WORDS = [
    "Summer",
    "Winter",
    "Dragon",
    "Sunshine",
    "Mango",
    "Tiger",
    "Lisboa",
    "Bandung",
    "Kilimanjaro",
    "Pancake",
    "Monkey",
    "Football",
    "Galaxy",
    "Rainbow",
    "Coffee",
    "Baobab",
    "Jollof",
    "Sakura",
    "Nomad",
    "Falcon",
    "Cobalt",
    "Harmattan",
    "Monsoon",
]
_HOSTS = [
    "crm-db-02.prod.eu-west-1.internal",
    "api-gw-03",
    "k8s-node-7.dc2.corp",
    "etl-worker-11",
    "ldap01.corp.local",
    "bastion.ops.internal",
    "mq-broker-1.stg",
    "reporting-replica",
    "jenkins-agent-04",
    "grafana.monitoring.svc",
    "vpn-gw-fra",
    "pg-primary.payments.svc",
    "es-data-5.logging",
    "sftp.partner-gateway",
    "web-frontend-9c",
]
_SVC = [
    "svc_crm_sync",
    "svc-etl",
    "svc_backup",
    "svc-payroll-export",
    "svc_reporting",
    "airflow",
    "svc-ldap-bind",
    "svc_ci_deploy",
    "svc-dwh-loader",
    "svc-mailer",
]


class Gen:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    # ---- one text
    def start(self, loc: dict) -> None:
        self.loc = loc
        self.people: dict[str, Person] = {}
        self.cached: dict[str, list[Piece]] = {}
        co = self.rng.choice(loc["_co"])
        self.company = co
        self.cdomain = re.sub(r"[^a-z0-9]", "", fold(co).lower()) + "." + loc["tld"]

    def person(self, key: str, gender: str | None = None) -> Person:
        if key not in self.people:
            if key.startswith("x"):
                others = [c for c in LOCS if c != self.loc["code"]]
                loc = LOCS[self.rng.choice(others)]
            else:
                loc = self.loc
            self.people[key] = Person(self, loc, gender)
        return self.people[key]

    # ---- values
    def phone(self, loc: dict) -> str:
        return _pattern(self.rng, self.rng.choice(loc["_phone"]))

    def address(self, loc: dict) -> tuple[str, list[Piece], str]:
        rng = self.rng
        fmt = rng.choice(loc["_addr"])
        town, tpc = rng.choice(loc["_towns"])
        pc = _pattern(rng, tpc or loc.get("pc", "") or "#####")
        s = rng.choice(loc["_streets"])
        vals = {
            "n": str(rng.randint(1, 180)),
            "n2": str(rng.randint(10, 99)),
            "n3": str(rng.randint(100, 999)),
            "n4": str(rng.randint(1000, 9999)),
            "f": str(rng.randint(1, 24)),
            "g": str(rng.randint(1, 9)),
            "L": rng.choice("ABCDEFGH"),
            "s": s,
            "t": town,
            "pc": pc,
            "fam": rng.choice(loc["_fam"])[1],
        }
        full = fmt.format(**vals)
        full = re.sub(r"[ ]{2,}", " ", full).strip()
        pre = []
        if loc.get("addr_pre") and fmt.startswith("{pc}"):
            pre = [(loc["addr_pre"], None)]
        code = loc["code"]
        if code in ("cn", "tw"):
            street = f"{s}{vals['n']}号" if code == "cn" else f"{s}{vals['n']}號"
        elif code == "jp":
            street = f"{town}{s}{vals['g']}-{vals['n']}-{vals['f']}"
        elif code == "kr":
            street = f"{s} {vals['n']}"
        elif re.search(r"\{n4?\} \{s\}", loc["_addr"][0]):
            street = f"{vals['n']} {s}"
        else:
            street = f"{s} {vals['n']}"
        return full, pre, street

    def birth_date(self) -> date:
        return date(1946, 1, 1) + timedelta(days=self.rng.randint(0, 60 * 365))

    def fmt_date(self, loc: dict, d: date, style: str, cat: str | None) -> list[Piece]:
        rng = self.rng
        y, m, dd = d.year, d.month, d.day
        lang = loc["lang"]
        months = TT.MONTHS
        if style == "dmy.":
            return [(f"{dd:02d}.{m:02d}.{y}", cat)]
        if style == "dmy..":
            return [(f"{dd:02d}.{m:02d}.{y}.", cat)]
        if style == "dmy/":
            return [(f"{dd:02d}/{m:02d}/{y}", cat)]
        if style == "dmy-":
            return [(f"{dd:02d}-{m:02d}-{y}", cat)]
        if style == "mdy/":
            return [(rng.choice([f"{m:02d}/{dd:02d}/{y}", f"{m}/{dd}/{y}"]), cat)]
        if style == "ymd-":
            return [(d.isoformat(), cat)]
        if style == "ymd/":
            return [(f"{y}/{m:02d}/{dd:02d}", cat)]
        if style == "ymd.":
            return [(f"{y}.{m:02d}.{dd:02d}", cat)]
        if style == "hu":
            return [(f"{y}. {m:02d}. {dd:02d}.", cat)]
        if style in ("cn", "jp"):
            return [(f"{y}年{m}月{dd}日", cat)]
        if style == "jpw":
            if d >= date(1989, 1, 8):
                ey, era = y - 1988, "平成"
            else:
                ey, era = y - 1925, "昭和"
            return [(f"{era}{'元' if ey == 1 else ey}年{m}月{dd}日", cat)]
        if style == "kr":
            return [(f"{y}년 {m}월 {dd}일", cat)]
        if style == "roc":
            return [(f"民國{y - 1911}年{m}月{dd}日", cat)]
        if style == "th":
            return [(f"{dd} {months['th'].split()[m - 1]} {y + 543}", cat)]
        if style == "ir":
            jy = y - 621 if (m, dd) >= (3, 21) else y - 622
            jm = rng.randint(1, 12)
            jd = rng.randint(1, 31 if jm <= 6 else 30)
            s = f"{jy}/{jm:02d}/{jd:02d}"
            if rng.random() < 0.6:
                s = s.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
            return [(s, cat)]
        if style == "hijri":
            hy = int((y - 622) * 33 / 32) + rng.choice([0, 1])
            s = f"{rng.randint(1, 29):02d}/{rng.randint(1, 12):02d}/{hy}"
            return [(s, cat), (" هـ", None)]
        if style.startswith("long_"):
            lg = style[5:]
            mon = months.get({"us": "en"}.get(lg, lg), months["en"]).split()[m - 1]
            if lg == "us":
                return [(f"{mon} {dd}, {y}", cat)]
            if lg in ("de", "cs"):
                return [(f"{dd}. {mon} {y}", cat)]
            if lg == "fr":
                return [(f"{'1er' if dd == 1 else dd} {mon} {y}", cat)]
            if lg in ("es", "pt"):
                return [(f"{dd} de {mon} de {y}", cat)]
            if lg == "hu":
                return [(f"{y}. {mon} {dd}.", cat)]
            if lg == "vi":
                return [(f"ngày {dd} tháng {m} năm {y}", cat)]
            return [(f"{dd} {mon} {y}", cat)]
        raise KeyError(f"date style {style} ({lang})")

    def value(self, name: str) -> list[Piece]:
        """A global slot; ``name1``, ``name2`` ... are cached per text (same value twice)."""
        rng = self.rng
        fn = getattr(self, "v_" + name, None)
        cache_key = None
        if fn is None:
            m = re.fullmatch(r"(n|hex)(\d+)", name)
            if m:
                k = int(m.group(2))
                if m.group(1) == "n":
                    first = str(rng.randint(1, 9))
                    return [
                        (first + "".join(rng.choice(string.digits) for _ in range(k - 1)), None)
                    ]
                return [("".join(rng.choice("0123456789abcdef") for _ in range(k)), None)]
            m = re.fullmatch(r"([a-z_]+)(\d)", name)
            fn = getattr(self, "v_" + m.group(1), None) if m else None
            if fn is None:
                raise KeyError(f"slot {name}")
            cache_key = name
            if cache_key in self.cached:
                return self.cached[cache_key]
        out = fn()
        if isinstance(out, str):
            out = [(out, None)]
        elif isinstance(out, tuple):
            out = [out]
        if cache_key:
            self.cached[cache_key] = out
        return out

    # labelled values
    def v_phone(self):
        return (self.phone(self.loc), "PHONE")

    def v_addr(self):
        full, pre, _ = self.address(self.loc)
        return pre + [(full, "ADDRESS")]

    def v_dob(self):
        return self.fmt_date(
            self.loc, self.birth_date(), self.rng.choice(self.loc["_dob"]), "DATE_OF_BIRTH"
        )

    def v_email(self):
        p = Person(self, self.loc, None)
        return p.attr("pmail")

    def v_ip(self):
        r = self.rng
        return (
            f"{r.choice(_PUB_OCTET)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
            "IP",
        )

    def v_ipint(self):
        r = self.rng
        return (
            r.choice(
                [
                    f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}",
                    f"192.168.{r.randint(0, 20)}.{r.randint(2, 254)}",
                    f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 254)}",
                ]
            ),
            "IP",
        )

    def v_ip6(self):
        r = self.rng
        hs = [f"{r.randint(0, 0xFFFF):x}" for _ in range(6)]
        pre = r.choice(_V6)
        if r.random() < 0.5:
            return (f"{pre}:{hs[0]}:{hs[1]}::{hs[2]}", "IP")
        return (f"{pre}:{':'.join(hs)}", "IP")

    def _mac_bytes(self):
        return [self.rng.randint(0, 255) for _ in range(6)]

    def v_mac(self):
        b = self._mac_bytes()
        sep = self.rng.choice([":", ":", "-"])
        s = sep.join(f"{x:02x}" for x in b)
        return (s.upper() if self.rng.random() < 0.4 else s, "MAC")

    def v_mac_cisco(self):
        b = self._mac_bytes()
        h = "".join(f"{x:02x}" for x in b)
        return (f"{h[:4]}.{h[4:8]}.{h[8:]}", "MAC")

    def v_cc(self):
        r = self.rng
        kind = r.choice(["visa", "visa", "mc", "mc2", "amex", "disc", "jcb", "up"])
        prefix, length = {
            "visa": ("4", 16),
            "mc": (str(r.randint(51, 55)), 16),
            "mc2": (str(r.randint(2221, 2720)), 16),
            "amex": (r.choice(["34", "37"]), 15),
            "disc": ("6011", 16),
            "jcb": (str(r.randint(3528, 3589)), 16),
            "up": ("62" + str(r.randint(10, 99)), 16),
        }[kind]
        body = prefix + "".join(r.choice(string.digits) for _ in range(length - len(prefix) - 1))
        num = body + luhn_digit(body)
        style = r.choice(["space", "space", "plain", "dash"])
        if kind == "amex":
            groups = [num[:4], num[4:10], num[10:]]
        else:
            groups = [num[i : i + 4] for i in range(0, 16, 4)]
        s = {"space": " ".join(groups), "plain": num, "dash": "-".join(groups)}[style]
        return (s, "CREDIT_CARD")

    def v_iban(self):
        cc = self.loc.get("iban") or self.rng.choice(sorted(IBAN_BBAN))
        return (make_iban(self.rng, cc), "IBAN")

    def v_bic(self):
        cc = (self.loc.get("iban") or self.loc["code"][:2]).upper()
        return (
            _pattern(self.rng, "@@@@")
            + cc
            + _pattern(self.rng, self.rng.choice(["**", "**XXX", "**###"]))
        )

    def v_ssn(self):
        r = self.rng
        while True:
            a = r.randint(1, 899)
            if a != 666:
                break
        return (f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}", "US_SSN")

    def v_itin(self):
        r = self.rng
        g = r.choice(list(range(70, 89)) + [90, 91, 92] + list(range(94, 100)))
        return (f"9{r.randint(0, 99):02d}-{g}-{r.randint(0, 9999):04d}", "US_ITIN")

    def v_btc(self):
        r = self.rng
        if r.random() < 0.4:
            return (bech32_addr(r), "CRYPTO")
        ver = r.choice([b"\x00", b"\x05"])
        return (b58check(ver + bytes(r.getrandbits(8) for _ in range(20))), "CRYPTO")

    def v_eth(self):
        h = "".join(self.rng.choice("0123456789abcdef") for _ in range(40))
        return (eip55(h), "CRYPTO")

    def _alnum(self, k: int, chars: str = string.ascii_letters + string.digits) -> str:
        return "".join(self.rng.choice(chars) for _ in range(k))

    def v_pwd(self):
        r = self.rng
        kind = r.random()
        if kind < 0.35:
            sep = r.choice(["", "@", "#", "_"])
            s = f"{r.choice(_PWD_WORDS)}{sep}{r.randint(1, 2025)}{r.choice('!#$%*?.')}"
            s = s.replace("@", r.choice("#$%&"))
        elif kind < 0.7:
            s = self._alnum(r.randint(12, 18), string.ascii_letters + string.digits + "!#$%&*?-_+=")
        elif kind < 0.85:
            s = "-".join(
                r.sample(
                    [
                        "river",
                        "copper",
                        "lantern",
                        "mosaic",
                        "tundra",
                        "velvet",
                        "orbit",
                        "saffron",
                        "glacier",
                        "pepper",
                        "harbor",
                        "cactus",
                    ],
                    3,
                )
            ) + str(r.randint(1, 99))
        else:
            s = r.choice(_PWD_WORDS).lower() + str(r.randint(100, 99999))
        return (s, "SECRET")

    def v_apikey(self):
        r = self.rng
        return (
            r.choice(
                [
                    "sk-proj-" + self._alnum(48),
                    "AIza" + self._alnum(35, string.ascii_letters + string.digits + "-_"),
                    "SG." + self._alnum(22) + "." + self._alnum(43),
                    "glpat-" + self._alnum(20),
                    self._alnum(32, "0123456789abcdef"),
                    "key-" + self._alnum(32, "0123456789abcdef"),
                ]
            ),
            "SECRET",
        )

    def v_token(self):
        return (self._alnum(40), "SECRET")

    def v_jwt(self):
        def b64(d: dict) -> str:
            return (
                base64.urlsafe_b64encode(json.dumps(d, separators=(",", ":")).encode())
                .decode()
                .rstrip("=")
            )

        r = self.rng
        head = b64({"alg": "HS256", "typ": "JWT"})
        body = b64(
            {
                "sub": str(r.randint(10000, 999999)),
                "iat": r.randint(1700000000, 1760000000),
                "scope": "api",
            }
        )
        return (
            f"{head}.{body}.{self._alnum(43, string.ascii_letters + string.digits + '-_')}",
            "SECRET",
        )

    def v_ghp(self):
        return ("ghp_" + self._alnum(36), "SECRET")

    def v_xoxb(self):
        r = self.rng
        return (
            f"xoxb-{r.randint(10**10, 10**11 - 1)}-{r.randint(10**12, 10**13 - 1)}-"
            + self._alnum(24),
            "SECRET",
        )

    def v_stripe(self):
        return ("sk_live_" + self._alnum(24), "SECRET")

    def v_otp(self):
        return (f"{self.rng.randint(0, 999999):06d}", "SECRET")

    def v_pin(self):
        return (f"{self.rng.randint(0, 9999):04d}", "SECRET")

    def v_recovery(self):
        ch = "abcdefghjkmnpqrstuvwxyz23456789"
        return ("-".join(self._alnum(4, ch) for _ in range(3)), "SECRET")

    def v_bitlocker(self):
        return ("-".join(f"{self.rng.randint(0, 999999):06d}" for _ in range(8)), "SECRET")

    def v_conn(self):
        r = self.rng
        scheme, port = r.choice(
            [("postgresql", 5432), ("mysql", 3306), ("mongodb", 27017), ("redis", 6379)]
        )
        user = r.choice(_SVC + ["app", "crm_rw", "report_ro"])
        pwd = self.v_pwd()[0]
        host = r.choice(_HOSTS)
        return [
            (f"{scheme}://{user}:", None),
            (pwd, "SECRET"),
            (f"@{host}:{port}/{r.choice(['crm', 'app', 'hr', 'billing'])}", None),
        ]

    def v_dl(self):
        r = self.rng
        pat = self.loc.get("dl", "")
        if pat == "us":
            return (
                r.choice(
                    [
                        _pattern(r, "@#######"),
                        _pattern(r, "### ### ###"),
                        _pattern(r, "########"),
                        _pattern(r, "@###-###-##-###-#"),
                    ]
                ),
                "DRIVER_LICENSE",
            )
        if pat == "gb":
            p = Person(self, self.loc, None)
            sur = re.sub(r"[^A-Z]", "", fold(p.R["fam"]).upper())[:5].ljust(5, "9")
            return (sur + _pattern(r, "######@@#@@"), "DRIVER_LICENSE")
        return (
            _pattern(r, pat or r.choice(["@########", "########", "@@######"])),
            "DRIVER_LICENSE",
        )

    def v_passport(self):
        return (
            _pattern(self.rng, self.loc.get("pp") or self.rng.choice(["@########", "@@#######"])),
            "PASSPORT",
        )

    # near-misses
    def v_sha(self):
        return self._alnum(40, "0123456789abcdef")

    def v_sha7(self):
        return self._alnum(7, "0123456789abcdef")

    def v_uuid(self):
        h = self._alnum(32, "0123456789abcdef")
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"

    def v_ver(self):
        r = self.rng
        return r.choice(
            [
                f"{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 12)}",
                f"v{r.randint(1, 5)}.{r.randint(0, 20)}.{r.randint(0, 9)}",
                f"2024.{r.randint(1, 12)}.{r.randint(0, 3)}",
                f"{r.randint(1, 9)}.{r.randint(0, 9)}.{r.randint(0, 9)}.{r.randint(0, 99)}",
            ]
        )

    def v_host(self):
        return self.rng.choice(_HOSTS)

    def v_svc(self):
        return self.rng.choice(_SVC)

    def v_order(self):
        r = self.rng
        return r.choice(
            [
                f"ORD-2025-{r.randint(100000, 999999)}",
                f"#{r.randint(1000000, 9999999)}",
                f"SO{r.randint(10**7, 10**8 - 1)}",
            ]
        )

    def v_ticket(self):
        r = self.rng
        proj = r.choice(["CRM", "PAY", "OPS", "DATA", "HR", "SEC", "IT", "MIG"])
        return f"{proj}-{r.randint(100, 9999)}"

    def v_inc(self):
        r = self.rng
        return f"{r.choice(['INC', 'REQ', 'RITM', 'SR'])}{r.randint(10**6, 10**7 - 1):07d}"

    def _any_date(self) -> date:
        return date(2023, 1, 1) + timedelta(days=self.rng.randint(0, 1000))

    def v_date(self):
        r = self.rng
        d = self._any_date()
        if r.random() < 0.5:
            return d.isoformat()
        return self.fmt_date(
            self.loc,
            d,
            r.choice([s for s in self.loc["_dob"] if s not in ("ir", "hijri")] or ["ymd-"]),
            None,
        )

    def v_ts(self):
        r = self.rng
        d = self._any_date()
        return (
            f"{d.isoformat()}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"
            + r.choice(["Z", ".512Z", "+00:00", "Z"])
        )

    def v_clf(self):
        r = self.rng
        d = self._any_date()
        hms = f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"
        return f"{d.day:02d}/{d.strftime('%b')}/{d.year}:{hms} +0000"

    def v_time(self):
        return f"{self.rng.randint(0, 23):02d}:{self.rng.randint(0, 59):02d}"

    def v_dd(self):
        return f"{self.rng.randint(1, 28):2d}"

    def v_week(self):
        return str(self.rng.randint(1, 52))

    def v_mm(self):
        return f"{self.rng.randint(0, 59):02d}"

    def v_port(self):
        return str(
            self.rng.choice(
                [5432, 3306, 6379, 8080, 8443, 9200, 27017, 1521, 1433, 5672, 22, 3000, 9090]
            )
        )

    def v_err(self):
        return self.rng.choice(TT.ERRORS)

    def v_http(self):
        return str(self.rng.choice([500, 502, 503, 422, 409, 400, 504]))

    def v_ms(self):
        return str(self.rng.randint(80, 4800))

    def v_amount(self):
        r = self.rng
        v = r.randint(5, 9999)
        return r.choice(
            [
                f"€{v},{r.randint(0, 99):02d}",
                f"${v}.{r.randint(0, 99):02d}",
                f"KES {v * 10:,}",
                f"R$ {v},{r.randint(0, 99):02d}",
                f"₹{v * 10:,}",
                f"£{v}.{r.randint(0, 99):02d}",
                f"{v} PLN",
                f"¥{v * 100:,}",
                f"AED {v}.00",
                f"₦{v * 100:,}",
            ]
        )

    def v_masked(self):
        r = self.rng
        return r.choice(
            [
                f"**** **** **** {r.randint(0, 9999):04d}",
                f"XXXX-{r.randint(0, 9999):04d}",
                f"•••• {r.randint(0, 9999):04d}",
                f"{r.randint(400000, 559999)}******{r.randint(0, 9999):04d}",
            ]
        )

    def v_plate(self):
        r = self.rng
        return _pattern(
            r,
            r.choice(
                [
                    "K@@ ###@",
                    "B #### @@@",
                    "MH## @@ ####",
                    "@@## @@@",
                    "M-@@ ####",
                    "@@@-####",
                    "##-@@@-#",
                ]
            ),
        )

    def v_empid(self):
        return f"E{self.rng.randint(10000, 99999)}"

    def v_custid(self):
        r = self.rng
        return r.choice(
            [
                f"C-{r.randint(10**6, 10**7 - 1)}",
                str(r.randint(10**6, 10**8)),
                f"CUST{r.randint(10000, 99999)}",
            ]
        )

    def v_pnr(self):
        return self._alnum(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")

    def v_flight(self):
        r = self.rng
        airline = r.choice(["LH", "EK", "ET", "QR", "TK", "SQ", "LA", "AF", "KQ", "NH", "6E"])
        return f"{airline} {r.randint(10, 999)}"

    def v_vin(self):
        return self._alnum(17, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")

    def v_invoice(self):
        return f"INV-{self.rng.randint(2023, 2025)}-{self.rng.randint(10000, 99999)}"

    def v_tracking(self):
        r = self.rng
        return r.choice(
            [
                "1Z" + self._alnum(16, string.ascii_uppercase + string.digits),
                f"JD{r.randint(10**15, 10**16 - 1)}",
                f"RR{r.randint(10**8, 10**9 - 1)}CN",
            ]
        )

    def v_txn(self):
        return self._alnum(10, string.ascii_uppercase + string.digits)

    def v_container(self):
        return _pattern(self.rng, "@@@U#######")

    def v_seat(self):
        return f"{self.rng.randint(1, 45)}{self.rng.choice('ABCDEF')}"

    def v_acct(self):
        return f"ACC-{self.rng.randint(10**7, 10**8 - 1)}"

    def v_meter(self):
        return f"MTR{self.rng.randint(10**8, 10**9 - 1)}"

    def v_exp(self):
        return f"{self.rng.randint(1, 12):02d}/{self.rng.randint(26, 31)}"

    def v_asset(self):
        return f"IT-{self.rng.randint(10000, 99999)}"

    def v_serial(self):
        return self._alnum(10, string.ascii_uppercase + string.digits)

    def v_b64(self):
        return self._alnum(43, string.ascii_letters + string.digits + "+/")

    def v_pr(self):
        r = self.rng
        return r.choice(
            [f"PR #{r.randint(100, 9999)}", f"!{r.randint(100, 9999)}", f"#{r.randint(100, 9999)}"]
        )

    def v_pod(self):
        ch = "bcdfghjklmnpqrstvwxz2456789"
        app = self.rng.choice(["crm-api", "billing-worker", "sync"])
        return f"{app}-{self._alnum(9, ch)}-{self._alnum(5, ch)}"

    def v_reqid(self):
        return "req_" + self._alnum(16, "0123456789abcdef")

    def v_sku(self):
        return _pattern(self.rng, "SKU-@@-####")

    def v_imei(self):
        body = "35" + self._alnum(12, string.digits)
        return body + luhn_digit(body)

    def v_region(self):
        return self.rng.choice(
            [
                "eu-west-1",
                "ap-southeast-1",
                "me-central-1",
                "af-south-1",
                "sa-east-1",
                "us-east-2",
                "ap-northeast-2",
            ]
        )

    def v_ns(self):
        return self.rng.choice(
            ["crm", "payments", "data-platform", "acme", "internal-tools", "billing"]
        )

    def v_tz(self):
        return self.rng.choice(
            [
                "Europe/Berlin",
                "Africa/Lagos",
                "Asia/Kolkata",
                "America/Sao_Paulo",
                "Asia/Tokyo",
                "Australia/Sydney",
            ]
        )

    def v_celeb(self):
        return self.rng.choice(TT.CELEBS)

    def v_cited(self):
        return self.rng.choice(TT.CITED)

    def v_fict(self):
        return self.rng.choice(TT.FICTIONAL)

    def v_saint(self):
        return self.rng.choice(TT.SAINTS)

    def v_pubplace(self):
        return self.rng.choice(TT.PUBLIC_PLACES)

    def v_nplace(self):
        return self.rng.choice(TT.NAME_PLACES)

    def v_brand(self):
        return self.rng.choice(TT.BRANDS)

    def v_app(self):
        return self.rng.choice(TT.APPS)

    def v_uname(self):
        return self.rng.choice(TT.UNAMES)

    def v_phname(self):
        return self.rng.choice(TT.PLACEHOLDER_NAMES)

    def v_phmail(self):
        return self.rng.choice(TT.PLACEHOLDER_EMAILS)

    def v_phsecret(self):
        return self.rng.choice(TT.PLACEHOLDER_SECRETS)

    def v_table(self):
        return self.rng.choice(TT.TABLES)

    def v_col(self):
        return self.rng.choice(TT.COLUMNS)

    def v_func(self):
        return self.rng.choice(TT.FUNCS)

    def v_lib(self):
        return self.rng.choice(TT.LIBS)

    def v_role(self):
        return self.rng.choice(TT.ROLES)

    def v_dept(self):
        return self.rng.choice(TT.DEPTS)

    def v_model(self):
        return self.rng.choice(TT.MODELS)

    def v_company(self):
        return self.company

    def v_cdomain(self):
        return self.cdomain

    def v_town(self):
        return self.rng.choice(self.loc["_towns"])[0]

    def v_pc(self):
        t, tpc = self.rng.choice(self.loc["_towns"])
        return _pattern(self.rng, tpc or self.loc.get("pc", "") or "#####")

    def v_country(self):
        return self.loc["country"]

    def v_cc2(self):
        return self.loc["code"][:2].upper()

    # ---- rendering
    def render(self, template: str) -> list[Piece]:
        for who, sex in re.findall(r"⟦([px]\d):([mf])⟧", template):
            self.person(who, sex)
        template = re.sub(r"⟦[px]\d:[mf]⟧", "", template)
        pieces: list[Piece] = []
        pos = 0
        for m in _SLOT.finditer(template):
            if m.start() > pos:
                pieces.append((template[pos : m.start()], None))
            pos = m.end()
            pieces.extend(self.slot(m.group(1)))
        if pos < len(template):
            pieces.append((template[pos:], None))
        return pieces

    def slot(self, spec: str) -> list[Piece]:
        name, *mods = spec.split("|")
        if name == "n15":
            out = [(self.v_imei(), None)]
        elif re.fullmatch(r"[px]\d\.\w+", name):
            who, a = name.split(".")
            out = list(self.person(who).attr(a))
        elif name.startswith("t."):
            key = name[2:]
            out = [(TT.PHRASES.get(self.loc["lang"], TT.PHRASES["en"])[key], None)]
        else:
            out = list(self.value(name))
        for mod in mods:
            out = _modify(out, mod)
        return out


def _modify(pieces: list[Piece], mod: str) -> list[Piece]:
    if mod == "q":
        text = "".join(t for t, _ in pieces)
        if "," in text or '"' in text or "\n" in text:
            inner = [(t.replace('"', '""'), c) for t, c in pieces]
            return [('"', None), *inner, ('"', None)]
        return pieces
    fn = {
        "sql": lambda s: s.replace("'", "''"),
        "json": lambda s: json.dumps(s, ensure_ascii=False)[1:-1],
        "url": lambda s: quote(s, safe=""),
        "upper": str.upper,
        "lower": str.lower,
    }[mod]
    return [(fn(t), c) for t, c in pieces]


# ---------------------------------------------------------------- LLM API / log wrappers


def _esc_json(ascii_only: bool):
    return lambda s: json.dumps(s, ensure_ascii=ascii_only)[1:-1]


def _esc_log(s: str) -> str:
    return s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")


def _esc_repr(s: str) -> str:
    return s.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n").replace("\t", "\\t")


def _wrap(g: Gen, pieces: list[Piece]) -> tuple[list[Piece], bool]:
    r = g.rng
    model = r.choice(TT.MODELS)
    system = json.dumps(r.choice(TT.SYSTEM_PROMPTS), ensure_ascii=False)[1:-1]
    ts = g.v_ts()
    req = g._alnum(24)
    kind = r.randrange(11)
    esc = _esc_json(r.random() < 0.3)
    is_json = True
    if kind == 0:
        pre = (
            f'{{"model":"{model}","messages":[{{"role":"system","content":"{system}"}},'
            '{"role":"user","content":"'
        )
        post = f'"}}],"temperature":{r.choice(["0", "0.2", "0.7"])}}}'
    elif kind == 1:
        pre = (
            '{\n  "model": "'
            + model
            + '",\n  "messages": [\n    {\n      "role": "system",\n      "content": "'
            + system
            + '"\n    },\n    {\n      "role": "user",\n      "content": "'
        )
        post = '"\n    }\n  ],\n  "stream": true\n}'
    elif kind == 2:
        pre = (
            f'{{"model":"{model}","max_tokens":{r.choice([1024, 2048, 4096])},"system":"{system}",'
            f'"messages":[{{"role":"user","content":[{{"type":"text","text":"'
        )
        post = '"}]}]}'
    elif kind == 3:
        pre = '{"contents":[{"role":"user","parts":[{"text":"'
        temp = r.choice(["0.1", "0.4"])
        post = f'"}}]}}],"generationConfig":{{"temperature":{temp},"maxOutputTokens":2048}}}}'
    elif kind == 4:
        pre = f'{{"model":"{model}","instructions":"{system}","input":"'
        post = '","store":false}'
    elif kind == 5:
        pre = (
            f'{{"model":"{model}","input":[{{"role":"user","content":['
            + '{"type":"input_text","text":"'
        )
        post = '"}]}]}'
    elif kind == 6:
        pre = f'{{"model":"{model}","prompt":"'
        post = '","stream":false,"options":{"num_ctx":8192}}'
    elif kind == 7:
        pre = f'{{"model":"{model}","messages":[{{"role":"user","content":"'
        post = '"}],"stream":false}'
    elif kind == 8:
        pre = (
            f'{{"ts":"{ts}","level":"debug","logger":"llm.client","msg":"request",'
            f'"request_id":"{req}","prompt":"'
        )
        post = f'","model":"{model}"}}'
    elif kind == 9:
        is_json = False
        esc = _esc_log
        pre = f'{ts} INFO llm-gateway POST /v1/chat/completions model={model} req={req} prompt="'
        post = f'" prompt_tokens={r.randint(120, 4000)}'
    else:
        is_json = False
        esc = _esc_repr
        pre = f"{ts} - assistant.agent - DEBUG - sending prompt to {model}: '"
        post = "'"
    body = [(esc(t), c) for t, c in pieces]
    if kind in (0, 2, 5, 7) and r.random() < 0.3:
        # a log line of the app that carries the JSON body
        is_json = False
        pre = f"[{ts}] DEBUG httpx: Request body: " + pre
    return [(pre, None), *body, (post, None)], is_json


# ---------------------------------------------------------------- assembly


def _assemble(pieces: list[Piece]) -> tuple[str, list[tuple[str, int, int]], list[tuple[str, str]]]:
    out: list[str] = []
    spans = []
    values = []
    pos = 0
    for text, cat in pieces:
        if cat is not None and text:
            spans.append((cat, pos, pos + len(text)))
            values.append((cat, text))
        out.append(text)
        pos += len(text)
    return "".join(out), spans, values


def _needs(text: str) -> set[str]:
    need = set()
    if "⟦iban⟧" in text:
        need.add("iban")
    return need


def _generate(scale: float = 1.0) -> tuple[list[Sample], list[Meta]]:
    rng = random.Random(SEED)
    g = Gen(rng)
    n = int(N_TEXTS * scale)
    regular = [t for t in TT.T if t[0] != "nm"]
    near = [t for t in TT.T if t[0] == "nm"]
    n_nm = round(n * 0.08)
    plan: list[tuple[str, str, str]] = []
    for pool, k in ((near, n_nm), (regular, n - n_nm)):
        order: list[tuple[str, str, str]] = []
        while len(order) < k:
            batch = list(pool)
            rng.shuffle(batch)
            order.extend(batch)
        plan.extend(order[:k])
    rng.shuffle(plan)
    wrap_idx = set(rng.sample(range(n), round(n * 0.2))) if n else set()
    codes = sorted(LOCS)
    rot: list[str] = []
    samples, metas = [], []
    for i, (kind, locs, tpl) in enumerate(plan):
        allowed = locs.split() if locs else None
        need = _needs(tpl)
        if allowed is None:
            if not rot:
                rot = list(codes)
                rng.shuffle(rot)
            cands = [c for c in rot if "iban" not in need or LOCS[c].get("iban")]
            if cands:
                code = cands[0]
                rot.remove(code)
            else:
                code = rng.choice([c for c in codes if LOCS[c].get("iban")])
        else:
            cands = [c for c in allowed if "iban" not in need or LOCS[c].get("iban")] or allowed
            code = rng.choice(cands)
        g.start(LOCS[code])
        pieces = g.render(tpl)
        is_json = False
        if i in wrap_idx:
            pieces, is_json = _wrap(g, pieces)
        text, spans, values = _assemble(pieces)
        samples.append(Sample(text, spans))
        metas.append(Meta(kind, code, is_json, values))
    return samples, metas


def dev29_set(scale: float = 1.0) -> list[Sample]:
    """The dev29 texts with their must-remove spans (deterministic for a given scale)."""
    return _generate(scale)[0]


# ---------------------------------------------------------------- self-check


def _check(samples: list[Sample], metas: list[Meta], scale: float = 1.0) -> dict[str, int]:
    assert len(samples) == int(N_TEXTS * scale), len(samples)
    counts: dict[str, int] = {}
    for s, m in zip(samples, metas, strict=True):
        last = -1
        assert len(s.spans) == len(m.values)
        for (cat, a, b), (vcat, val) in zip(s.spans, m.values, strict=True):
            assert cat in CATEGORIES, cat
            assert 0 <= a < b <= len(s.text), (a, b)
            frag = s.text[a:b]
            assert frag == frag.strip() and frag, repr(frag)
            assert a >= last, ("overlap", s.text[:80])
            last = b
            assert cat == vcat and frag == val, (frag, val)
            counts[cat] = counts.get(cat, 0) + 1
        assert "⟦" not in s.text and "⟧" not in s.text, s.text[:200]
        if m.is_json:
            json.loads(s.text)
        if m.kind == "nm":
            assert not s.spans, s.text[:200]
        else:
            assert s.spans, s.text[:200]
    for m in metas:
        raw = {"CREDIT_CARD": [], "IBAN": [], "CRYPTO": [], "US_SSN": [], "US_ITIN": []}
        for cat, val in m.values:
            if cat in raw:
                raw[cat].append(val)
        for v in raw["CREDIT_CARD"]:
            assert luhn_ok(re.sub(r"\D", "", v)), v
        for v in raw["IBAN"]:
            assert iban_ok(v), v
        for v in raw["CRYPTO"]:
            if v.startswith("bc1"):
                assert bech32_ok(v), v
            elif v.startswith("0x"):
                assert eip55(v[2:].lower()) == v, v
            else:
                assert b58check_ok(v), v
        for v in raw["US_SSN"]:
            assert ssn_ok(v), v
        for v in raw["US_ITIN"]:
            assert itin_ok(v), v
    locales = {m.locale for m in metas}
    assert len(locales) >= 70 or scale < 0.5, len(locales)
    return counts


def _selftest_crypto() -> None:
    assert (
        keccak256(b"").hex() == "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"
    )
    # the EIP-55 reference vector
    assert (
        eip55("5aaeb6053f3e94c9b9a09f33669435e7ef1beaed")
        == "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
    )
    assert iban_ok("GB82 WEST 1234 5698 7654 32")
    assert b58check_ok("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa")
    assert bech32_ok("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4")


def main() -> None:
    _selftest_crypto()
    t0 = time.perf_counter()
    samples, metas = _generate(1.0)
    dt = time.perf_counter() - t0
    counts = _check(samples, metas)
    again = dev29_set(1.0)
    assert [s.text for s in again] == [s.text for s in samples], "not deterministic"
    n_spans = sum(counts.values())
    print(f"texts: {len(samples)}  labels: {n_spans}  ({n_spans / len(samples):.2f} per text)")
    for cat in CATEGORIES:
        print(f"  {cat:<15}{counts.get(cat, 0):>6}")
    print(f"locales used: {len({m.locale for m in metas})}")
    print(
        f"templates: {len(TT.T)}  nothing-to-remove texts: {sum(1 for s in samples if not s.spans)}"
    )
    print(f"wrapped: {sum(1 for m in metas if m.is_json)} JSON bodies")
    print(f"generation time: {dt:.2f}s")
    if len(sys.argv) > 1 and sys.argv[1] == "show":
        rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 0)
        for i in rng.sample(range(len(samples)), 30):
            s = samples[i]
            print("=" * 100)
            print(f"[{i}] {metas[i].kind} {metas[i].locale}")
            print(s.text)
            print("--", [(c, s.text[a:b]) for c, a, b in s.spans])
    print("self-check passed")


if __name__ == "__main__":
    main()
