"""dev31 — a blind, hand-written, labeled evaluation set for the PII sanitizer.

Genre: research, journalism, translation, transcription, genealogy and archives, all over
the world, and the people in them. Interview transcripts with speaker labels and timestamps,
SRT/VTT subtitles, voice-message transcriptions, field notes, consent forms and participant
registers (pseudonym keys left in by mistake), survey and census-style exports (CSV,
SPSS/Stata dumps, Kobo/ODK JSON), journalists' source lists and contact books (vCard),
tip-line messages, fact-check worksheets, press releases, translation jobs and certified
translation headers, parish/civil/temple registers, GEDCOM lines and indented family trees,
old letters, obituaries, ship manifests, finding aids, bibliographies, e-mail threads.
About a fifth of the texts are wrapped in an LLM API request body (OpenAI chat, Anthropic
messages, Gemini, OpenAI Responses, Ollama) or in a log line of an app calling an LLM.
About 8% carry near-misses only (public and historical figures, cited authors, fictional
characters, saints, institutions and streets named after people, participant codes,
pseudonyms, shelf marks, DOIs, ISBNs, case numbers, non-birth dates).

How it was made
---------------
Every pool (names, streets, towns, districts, domains, phone formats, ...) and every
template in ``bench/sanitizer_dev31_templates.py`` was typed by hand for this set, without
reading the sanitizer, its tests, its docs or earlier benchmark sets, and without Faker or
any name dataset. Each locale (more than 80, in their own languages and scripts, with
romanized forms) has its own naming style (given + family, family-first, patronymics and
matronymics, particles, double surnames, bin/binti, postnoms, initials, mononyms ...).
Texts are built from pieces ``(text, category or None)``; offsets are accumulated while
assembling (never searched for afterwards). When a text is wrapped in JSON or a log line the
escaping is applied piece by piece, so a label covers the value exactly as it appears in the
escaped text. Checksummed values are valid (Luhn, IBAN mod-97 with the right lengths,
base58check, bech32, EIP-55; US SSN and ITIN ranges).

Label conventions (must-remove values)
--------------------------------------
PERSON: a private person's name, the whole name one span; titles, honorifics and kinship
terms used as titles (Mr, Dr, Frau, さん, Auntie, Tío, Oma, 이모 ...) stay outside.
@mentions and logins made of the person's name are PERSON (the "@" is inside the span).
Public figures, cited authors, fictional characters, saints, and streets, schools,
hospitals or ships named after people are not labeled (a street name is part of an ADDRESS
span only). Doctors, lawyers, judges, officials named in private documents are labeled.
EMAIL, PHONE, IP, MAC, CREDIT_CARD, IBAN, US_SSN, US_ITIN, CRYPTO: the value.
DATE_OF_BIRTH: only birth dates (also a birth year in "b. 1931" and in "(1931–2004)"),
in any format, language or calendar. ADDRESS: a private street address from its first to
its last given part (not the country). DRIVER_LICENSE, PASSPORT: the number.
SECRET: passwords, API keys, tokens, PINs, OTPs, recovery codes (the value only).
Not labeled: booking/order/ticket/case/file numbers, participant codes, pseudonyms, account
numbers without IBAN, masked cards, plates, IDs, amounts, non-birth dates, times, hashes.

Template slots
--------------
``{p1}`` ``{f1}`` ``{m1}``: a person (any/female/male) of the text's locale; attributes
``.given .family .upper .comma .init .initials .lower .at .login .nick .native .email
.maiden`` (labeled) and ``.hon .kin`` (unlabeled title). ``{phone1}`` (``.i`` ``.n``),
``{email1}``, ``{addr1}`` (``.block``: multi-line), ``{fam}`` (a family name alone),
``{dob1}``/``{odob1}`` (modern/ancestor; ``.long .num .iso .cal .y .en .ged``),
``{iban}``, ``{card}``, ``{ssn}``, ``{itin}``, ``{btc}``, ``{eth}``, ``{ip}``,
``{ipv6}``, ``{mac}``, ``{key}``, ``{pw}``, ``{pin}``, ``{otp}``, ``{recovery}``,
``{passport}``, ``{dl}``: labeled values; a digit suffix keeps a value the same within a
text. ``{x_...}``: the same slot for the text's second locale. Unlabeled fillers: ``{town}``,
``{date}``, ``{ts}``, ``{pcode}``, ``{pseud}``, ``{cite}``, ``{etal}``, ``{pub}``,
``{bapt1}``/``{adm1}``/``{dyear1}`` (baptism, admission, death: after ``{odob1}``),
``{shelf}``, ``{doi}``, ``{isbn}``, ``{case}``, ``{ship}``, ``{ref}``, ... and
``{~a|b|c}`` for a random literal choice.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import string
import sys
import time
import unicodedata
from datetime import date, timedelta

from bench import sanitizer_dev31_templates as T
from bench.sanitizer_data import Sample

SEED = 3131
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

# ----------------------------------------------------------------------------- checksums


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


def luhn_ok(num: str) -> bool:
    digits = [int(c) for c in num if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _iban_check(cc: str, bban: str) -> str:
    s = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    return f"{98 - n % 97:02d}"


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    if len(s) != T.IBAN_LEN.get(s[:2], -1):
        return False
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


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


_BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values: list[int]) -> int:
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = ((chk & 0x1FFFFFF) << 5) ^ v
        for i in range(5):
            if (b >> i) & 1:
                chk ^= gen[i]
    return chk


def _bech32(hrp: str, prog: bytes) -> str:
    acc = bits = 0
    data = [0]
    for b in prog:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    exp = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    pm = _polymod(exp + data + [0] * 6) ^ 1
    data += [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_BECH[d] for d in data)


def bech32_ok(addr: str) -> bool:
    hrp, _, rest = addr.rpartition("1")
    vals = [_BECH.index(c) for c in rest]
    exp = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    return _polymod(exp + vals) == 1


def _keccak_consts() -> list[int]:
    out, r = [], 1
    for _ in range(24):
        rc = 0
        for j in range(7):
            r = ((r << 1) ^ ((r >> 7) * 0x71)) % 256
            if r & 2:
                rc ^= 1 << ((1 << j) - 1)
        out.append(rc)
    return out


_RC = _keccak_consts()
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
    rate = 136
    p = bytearray(data)
    p.append(0x01)
    while len(p) % rate:
        p.append(0)
    p[-1] |= 0x80
    a = [[0] * 5 for _ in range(5)]
    for off in range(0, len(p), rate):
        for i in range(rate // 8):
            a[i % 5][i // 5] ^= int.from_bytes(p[off + 8 * i : off + 8 * i + 8], "little")
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
    return b"".join(a[i % 5][i // 5].to_bytes(8, "little") for i in range(4))


def eip55(hex40: str) -> str:
    h = keccak256(hex40.lower().encode()).hex()
    return "0x" + "".join(
        c.upper() if c.isalpha() and int(h[i], 16) >= 8 else c for i, c in enumerate(hex40.lower())
    )


def ssn_ok(s: str) -> bool:
    a, g, n = s.replace(" ", "-").split("-")
    return a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"


def itin_ok(s: str) -> bool:
    a, g, _ = s.replace(" ", "-").split("-")
    gi = int(g)
    return a[0] == "9" and (70 <= gi <= 88 or 90 <= gi <= 92 or 94 <= gi <= 99)


# ------------------------------------------------------------------------------- helpers

_POOLS: dict[tuple[str, str], list[str]] = {}
LOCS = {loc["code"]: loc for loc in T.LOCALES}


def pool(loc: dict, key: str) -> list[str]:
    k = (loc["code"], key)
    if k not in _POOLS:
        raw = loc.get(key)
        if raw is None:
            raw = T.LANG_DEFAULTS.get(loc["langs"].split()[0], {}).get(key)
        if raw is None:
            raw = T.LANG_DEFAULTS["en"].get(key, "")
        _POOLS[k] = [x.strip() for x in split_top(raw) if x.strip()]
    return _POOLS[k]


def split_top(raw: str) -> list[str]:
    """Split on "|" outside {...} (an entry may hold a {~a|b} choice)."""
    out, depth, cur = [], 0, []
    for ch in raw:
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        if ch == "|" and depth == 0:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    out.append("".join(cur))
    return out


def gpool(name: str) -> list[str]:
    k = ("*", name)
    if k not in _POOLS:
        _POOLS[k] = [x.strip() for x in split_top(getattr(T, name)) if x.strip()]
    return _POOLS[k]


def entry(e: str) -> tuple[str, str, str | None]:
    """'native=roman~pc' -> (native, roman, pc)."""
    pc = None
    if "~" in e:
        e, pc = e.split("~", 1)
    if "=" in e:
        n, r = e.split("=", 1)
    else:
        n = r = e
    return n.strip(), r.strip(), pc


def gform(s: str, g: str) -> str:
    if "/" in s:
        m, f = s.split("/", 1)
        return f if g == "f" else m
    return s


def fold(s: str) -> str:
    s = s.replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L")
    s = s.replace("đ", "d").replace("Đ", "D").replace("ß", "ss").replace("æ", "ae")
    s = s.replace("ð", "d").replace("Ð", "D").replace("þ", "th").replace("Þ", "Th")
    s = s.replace("ı", "i").replace("ʻ", "").replace("‘", "'")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def slug(s: str) -> str:
    return "".join(c for c in fold(s).lower() if c.isalnum() and c.isascii())


def fill(rng: random.Random, pat: str) -> str:
    out = []
    for c in pat:
        if c == "#":
            out.append(rng.choice(string.digits))
        elif c == "%":
            out.append(rng.choice("23456789"))
        elif c == "@":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
        elif c == "$":
            out.append(rng.choice("CFGHJKLMNPRTVWXYZ0123456789"))
        elif c == "^":
            out.append(rng.choice("abcdefghijkmnopqrstuvwxyz0123456789"))
        else:
            out.append(c)
    return "".join(out)


_CHOICE = re.compile(r"\{~([^{}]*)\}")


def choices(rng: random.Random, s: str) -> str:
    return _CHOICE.sub(lambda m: rng.choice(m.group(1).split("|")), s)


# --------------------------------------------------------------------------------- people


class Person:
    def __init__(self, ctx: Text, loc: dict, g: str):
        rng = ctx.rng
        self.loc, self.g = loc, g
        style = loc.get("style", "w")
        gp = pool(loc, "gm" if g == "m" else "gf")
        gn, gr, _ = entry(rng.choice(gp))
        fams = pool(loc, "fam")
        fe = entry(rng.choice(fams)) if fams else ("", "", None)
        fn, fr = gform(fe[0], g), gform(fe[1], g)
        has_native = bool(loc.get("nlang"))
        self.native = has_native and (
            ctx.lang == loc["nlang"] or (ctx.lang != loc["nlang"] and rng.random() < 0.12)
        )
        sep = "" if loc.get("nosp") else " "
        # parts: list of (native, roman) words of the full name; given/family pairs
        gv, fm = (gn, gr), (fn, fr)
        full_n = full_r = None
        pre = ""
        if style == "w":
            parts = [gv]
            if rng.random() < float(loc.get("midp", 0.12)):
                mn, mr, _ = entry(rng.choice(gp))
                if rng.random() < 0.4 and not has_native:
                    mr = mn = mr[0] + "."
                if mr != gr:
                    parts.append((mn, mr))
            if loc.get("iprefix") and rng.random() < 0.5:
                pre = " ".join(c + "." for c in rng.sample("ABDGHJKMPRSTW", rng.randint(1, 3)))
            parts.append(fm)
            full_n = " ".join(p[0] for p in parts)
            full_r = " ".join(p[1] for p in parts)
            if pre:
                full_n, full_r = pre + " " + full_n, pre + " " + full_r
        elif style in ("es", "pt"):
            f2 = entry(rng.choice(fams))
            f2 = (gform(f2[0], g), gform(f2[1], g))
            if rng.random() < 0.3:
                g2 = entry(rng.choice(gp))
                if g2[1] != gr and " " not in gr:
                    gv = (gn + " " + g2[0], gr + " " + g2[1])
            if style == "es":
                if rng.random() < 0.75 and f2[1] != fr:
                    fm = (fn + " " + f2[0], fr + " " + f2[1])
            else:
                if rng.random() < 0.8 and f2[1] != fr:
                    part = rng.choice(["", "", "da ", "dos ", "de "])
                    fm = (part + f2[0] + " " + fn, part + f2[1] + " " + fr)
            full_n, full_r = gv[0] + " " + fm[0], gv[1] + " " + fm[1]
        elif style == "ph":
            mo = entry(rng.choice(fams))
            r = rng.random()
            if r < 0.45 and mo[1] != fr:
                mid = mo
            elif r < 0.75:
                mid = (mo[1][0] + ".", mo[1][0] + ".")
            else:
                mid = None
            if mid:
                full_n = full_r = gr + " " + mid[1] + " " + fr
            else:
                full_n = full_r = gr + " " + fr
        elif style == "fam1st":
            west = None
            if loc.get("westm") and rng.random() < 0.4:
                west = rng.choice(pool(loc, "westm" if g == "m" else "westf"))
            full_n = fn + sep + gn
            order = loc.get("rorder", "mix")
            if order == "mix":
                order = rng.choice(["fg", "gf"])
            full_r = fr + " " + gr if order == "fg" else gr + " " + fr
            if west:
                full_r = (
                    west + " " + fr + " " + gr
                    if rng.random() < 0.6
                    else fr + " " + gr + ", " + west
                )
                gv = (west, west)
        elif style == "vn":
            mid = rng.choice(pool(loc, "midm" if g == "m" else "midf"))
            full_n = full_r = fn + " " + mid + " " + gn
        elif style in ("pat", "is", "mn"):
            pe = entry(rng.choice(pool(loc, "pat")))
            pn, pr = gform(pe[0], g), gform(pe[1], g)
            if style == "is":
                fm = (pn, pr)
                full_n = full_r = gn + " " + pn
            elif style == "mn":
                fm = (pn, pr)
                full_n = pn + " " + gn
                full_r = pr + " " + gr if rng.random() < 0.5 else pr[0] + ". " + gr
            else:
                r = rng.random()
                if r < 0.45:
                    full_n, full_r = f"{gn} {pn} {fn}", f"{gr} {pr} {fr}"
                elif r < 0.65:
                    full_n, full_r = f"{fn} {gn} {pn}", f"{fr} {gr} {pr}"
                else:
                    full_n, full_r = f"{gn} {fn}", f"{gr} {fr}"
        elif style == "bin":
            fa = entry(rng.choice(pool(loc, "gm")))
            cn, cr = ("بن", "bin") if g == "m" else ("بنت", "bint")
            if rng.random() < 0.6:
                full_n = f"{gn} {cn} {fa[0]} {fn}"
                full_r = f"{gr} {cr} {fa[1]} {fr}"
            else:
                full_n, full_r = f"{gn} {fn}", f"{gr} {fr}"
        elif style == "binl":
            full_n = full_r = f"{gr} {'bin' if g == 'm' else 'binti'} {fr}"
        elif style == "father":
            fa = entry(rng.choice(pool(loc, "gm")))
            if fams and rng.random() < 0.65:
                full_n, full_r = f"{gn} {fa[0]} {fn}", f"{gr} {fa[1]} {fr}"
            else:
                fm = (fa[0], fa[1])
                full_n, full_r = f"{gn} {fa[0]}", f"{gr} {fa[1]}"
        elif style == "mono":
            fm = gv
            full_n, full_r = gn, gr
        elif style == "id":
            if rng.random() < 0.3:
                fm = gv
                full_n = full_r = gr
            else:
                full_n = full_r = gr + " " + fr
        elif style == "init":
            if rng.random() < 0.5:
                full_n = full_r = fr[0] + ". " + gr
            else:
                full_n = full_r = gr + " " + fr
        elif style == "hu":
            full_n = fn + " " + gn
            if g == "f" and rng.random() < 0.2:
                hf = entry(rng.choice(fams))[1]
                if hf != fr:
                    full_n = f"{hf}né {fn} {gn}"
            full_r = gr + " " + fr
        elif style == "cd":
            pn = entry(rng.choice(fams))
            if pn[1] == fr:
                pn = ("", "")
            post = (" " + pn[1]) if pn[1] else ""
            if rng.random() < 0.6:
                full_n = full_r = f"{fr}{post} {gr}"
            else:
                full_n = full_r = f"{gr} {fr}{post}"
        else:
            raise ValueError(style)
        foreign = ctx.lang == "en" and loc["langs"].split()[0] != "en"
        if foreign and not has_native and rng.random() < 0.08:
            full_r, gv, fm = fold(full_r), (gv[0], fold(gv[1])), (fm[0], fold(fm[1]))
        self.gn, self.gr = gv
        self.fn, self.fr = fm
        self.full_n, self.full_r = full_n, full_r
        self.ctx = ctx

    # forms --------------------------------------------------------------------------
    def form(self, attr: str) -> tuple[str, str | None]:
        nat = self.native
        rng = self.ctx.rng
        given = self.gn if nat else self.gr
        family = self.fn if nat else self.fr
        full = self.full_n if nat else self.full_r
        if attr in ("", "full"):
            return full, "PERSON"
        if attr == "given":
            return given, "PERSON"
        if attr == "family":
            return family, "PERSON"
        if attr == "native":
            return self.full_n, "PERSON"
        if attr == "roman":
            return self.full_r, "PERSON"
        if attr == "upper":
            if self.fr == self.gr:
                return self.full_r.upper(), "PERSON"
            return self.fr.upper() + " " + self.gr, "PERSON"
        if attr == "comma":
            if self.fr == self.gr:
                return self.full_r, "PERSON"
            return f"{self.fr}, {self.gr}", "PERSON"
        if attr == "init":
            if self.fr == self.gr:
                return self.full_r, "PERSON"
            return f"{self.gr[0]}. {self.fr}", "PERSON"
        if attr == "initials":
            words = [w for w in re.split(r"[\s-]+", self.full_r) if w and w[0].isalpha()]
            return "".join(w[0].upper() + "." for w in words[:3]), "PERSON"
        if attr == "lower":
            return (full if nat else fold(self.full_r)).lower(), "PERSON"
        if attr == "at":
            return "@" + self.handle(), "PERSON"
        if attr == "login":
            return self.handle(), "PERSON"
        if attr == "nick":
            nicks = pool(self.loc, "nick")
            return (rng.choice(nicks) if nicks else self.gr.split()[0]), "PERSON"
        if attr == "email":
            return self.email(), "EMAIL"
        if attr == "maiden":
            fp = pool(self.loc, "fam") or pool(self.loc, "pat") or pool(self.loc, "gm")
            for _ in range(3):
                fe = entry(rng.choice(fp))
                v = gform(fe[0] if nat else fe[1], "f")
                if v != family:
                    break
            return v, "PERSON"
        if attr == "hon":
            key = "honm" if self.g == "m" else "honf"
            return rng.choice(pool(self.loc, key)), None
        if attr == "kin":
            key = "kinm" if self.g == "m" else "kinf"
            return rng.choice(pool(self.loc, key)), None
        raise KeyError(attr)

    def handle(self) -> str:
        if not hasattr(self, "_handle"):
            rng = self.ctx.rng
            g = slug(self.gr.split()[0]) or "user"
            f = slug(self.fr.split()[-1]) if self.fr != self.gr else ""
            if not f or f == g:
                f = str(rng.randint(10, 99))
            opts = [
                f"{g}.{f}",
                f"{g}{f}",
                f"{g[0]}{f}",
                f"{g}_{f}",
                f"{f}.{g}",
                f"{g}{f}{rng.randint(1, 99)}",
                f"{g}.{f[0]}",
                f"{g}_{f}_{rng.choice(['ph', 'dr', 'gen', 'fam', 'tree'])}",
            ]
            self._handle = rng.choice(opts)
        return self._handle

    def email(self) -> str:
        if not hasattr(self, "_email"):
            rng = self.ctx.rng
            h = self.handle()
            if rng.random() < 0.4:
                h = rng.choice([f"{slug(self.gr)}.{slug(self.fr)}", h.replace("_", ".")])
            h = h.strip(".") or "contact"
            self._email = f"{h}@{rng.choice(pool(self.loc, 'mail'))}"
        return self._email


# ---------------------------------------------------------------------------------- dates

_MONTHS = T.MONTHS


def _ord(d: int) -> str:
    if 10 <= d % 100 <= 20:
        return f"{d}th"
    return f"{d}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th') }"


def _jalali(d: date) -> tuple[int, int, int]:
    gy, gm, gd = d.year, d.month, d.day
    g_d_m = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
    gy2 = gy + 1 if gm > 2 else gy
    days = (
        355666
        + (365 * gy)
        + ((gy2 + 3) // 4)
        - ((gy2 + 99) // 100)
        + ((gy2 + 399) // 400)
        + gd
        + g_d_m[gm - 1]
    )
    jy = -1595 + (33 * (days // 12053))
    days %= 12053
    jy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        jy += (days - 1) // 365
        days = (days - 1) % 365
    if days < 186:
        jm, jd = 1 + days // 31, 1 + days % 31
    else:
        jm, jd = 7 + (days - 186) // 30, 1 + (days - 186) % 30
    return jy, jm, jd


def _hijri(d: date) -> tuple[int, int, int]:
    jd = d.toordinal() + 1721425
    l_ = jd - 1948440 + 10632
    n = (l_ - 1) // 10631
    l_ = l_ - 10631 * n + 354
    j = ((10985 - l_) // 5316) * ((50 * l_) // 17719) + (l_ // 5670) * ((43 * l_) // 15238)
    l_ = l_ - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43) + 29
    m = (24 * l_) // 709
    dd = l_ - (709 * m) // 24
    y = 30 * n + j - 30
    return y, m, dd


_FA_DIG = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
_CN_NUM = "〇一二三四五六七八九十"


def _cn_day(n: int) -> str:
    if n <= 10:
        return "初" + _CN_NUM[n] if n < 10 else "初十"
    if n < 20:
        return "十" + _CN_NUM[n - 10]
    if n == 20:
        return "二十"
    if n < 30:
        return "廿" + _CN_NUM[n - 20]
    return "三十"


def cal_date(d: date, code: str, rng: random.Random) -> str | None:
    y, m, dd = d.year, d.month, d.day
    if code == "jp":
        for start, era in ((1989, "平成"), (1926, "昭和"), (1912, "大正"), (1868, "明治")):
            if y > start or (y == start and m > 1):
                n = y - start + 1
                return f"{era}{'元' if n == 1 else n}年{m}月{dd}日"
        return None
    if code == "tw" and y > 1911:
        return rng.choice([f"民國{y - 1911}年{m}月{dd}日", f"{y - 1911}/{m:02d}/{dd:02d}"])
    if code == "th":
        mon = _MONTHS["th"][m - 1]
        return rng.choice([f"{dd} {mon} {y + 543}", f"{dd}/{m}/{y + 543}"])
    if code in ("ir", "af"):
        jy, jm, jd = _jalali(d)
        if rng.random() < 0.5:
            return f"{jy}/{jm:02d}/{jd:02d}".translate(_FA_DIG)
        return f"{jd} {T.JALALI_MONTHS[jm - 1]} {jy}"
    if code in ("sa", "ae", "jo", "iq", "eg", "ma"):
        hy, hm, hd = _hijri(d)
        return rng.choice([f"{hd:02d}/{hm:02d}/{hy} هـ", f"{hd} {T.HIJRI_MONTHS[hm - 1]} {hy} هـ"])
    if code == "et":
        ny = date(y, 9, 11)
        if d >= ny:
            ey, days = y - 7, (d - ny).days
        else:
            ey, days = y - 8, (d - date(y - 1, 9, 11)).days
        em, ed = min(days // 30, 12), days % 30 + 1
        if rng.random() < 0.5:
            return f"{T.ETH_MONTHS[em]} {ed} ቀን {ey} ዓ.ም."
        return f"{ed}/{em + 1}/{ey} E.C."
    if code == "np":
        b = d + timedelta(days=rng.randint(14, 18))
        by = b.year + 56 + (1 if b.month >= 4 else 0)
        bm = (b.month - 4) % 12
        return f"{by} {T.BS_MONTHS[bm]} {b.day}".translate(T.DEVA_DIG)
    if code in ("cn", "hk", "sg"):
        ld = d - timedelta(days=rng.randint(20, 45))
        stem, branch = "甲乙丙丁戊己庚辛壬癸", "子丑寅卯辰巳午未申酉戌亥"
        gz = stem[(ld.year - 4) % 10] + branch[(ld.year - 4) % 12]
        mon = ["正", "二", "三", "四", "五", "六", "七", "八", "九", "十", "冬", "腊"][ld.month - 1]
        return f"农历{gz}年{mon}月{_cn_day(min(ld.day, 30))}"
    if code == "kr":
        ld = d - timedelta(days=rng.randint(20, 45))
        return f"음력 {ld.year}년 {ld.month}월 {ld.day}일"
    return None


def fmt_date(d: date, lang: str, loc: dict, rng: random.Random, kind: str = "") -> str:
    y, m, dd = d.year, d.month, d.day
    if kind == "y":
        return str(y)
    if kind == "ged":
        if rng.random() < 0.2:
            return f"{rng.choice(['ABT', 'BEF', 'AFT', 'EST'])} {y}"
        return f"{dd} {_MONTHS['en'][m - 1][:3].upper()} {y}"
    if kind == "iso":
        return d.isoformat()
    if kind == "cal":
        c = cal_date(d, loc["code"], rng)
        if c:
            return c
        kind = "long"
    if kind == "":
        r = rng.random()
        kind = "long" if r < 0.5 else ("num" if r < 0.85 else "iso")
        if r > 0.93 and cal_date(d, loc["code"], rng):
            return cal_date(d, loc["code"], rng) or ""
    if kind == "num":
        order = loc.get("dfmt", "dmy")
        sep = rng.choice(loc.get("dsep", "/.-"))
        pad = rng.random() < 0.7
        ds, ms = (f"{dd:02d}", f"{m:02d}") if pad else (str(dd), str(m))
        if order == "mdy":
            return f"{ms}{sep}{ds}{sep}{y}"
        if order == "ymd":
            if lang in ("ko", "hu") and rng.random() < 0.5:
                return f"{y}. {m:02d}. {dd:02d}."
            return f"{y}{sep}{m:02d}{sep}{dd:02d}"
        return f"{ds}{sep}{ms}{sep}{y}"
    if kind == "en":
        lang = "en"
    mn = _MONTHS.get(lang, _MONTHS["en"])
    mon = mn[m - 1]
    if lang == "en":
        mdy = loc.get("dfmt") == "mdy"
        opts = [f"{dd} {mon} {y}", f"{mon} {dd}, {y}", f"{_ord(dd)} {mon} {y}"]
        opts += [f"{_ord(dd)} of {mon} {y}", f"{dd} {mon[:3]} {y}", f"{dd}-{mon[:3]}-{y}"]
        if mdy:
            opts = [f"{mon} {dd}, {y}", f"{mon[:3]}. {dd}, {y}", f"{mon} {_ord(dd)}, {y}"]
        return rng.choice(opts)
    fmt = T.LONG_DATE.get(lang, "{d} {M} {y}")
    day = str(dd)
    if lang == "fr" and dd == 1:
        day = "1er"
    return fmt.format(d=day, M=mon, y=y, m=m, be=y + 543)


# --------------------------------------------------------------------------------- values


def iban(rng: random.Random, cc: str, spaced: bool | None = None) -> str:
    bban = fill(rng, rng.choice(T.IBAN_BBAN[cc].split("|")))
    if cc == "BE":
        body = bban[:10]
        chk = int(body) % 97 or 97
        bban = f"{body}{chk:02d}"
    s = cc + _iban_check(cc, bban) + bban
    assert len(s) == T.IBAN_LEN[cc], (cc, s)
    if spaced is None:
        spaced = rng.random() < 0.6
    if spaced:
        s = " ".join(s[i : i + 4] for i in range(0, len(s), 4))
    return s


def card(rng: random.Random, loc: dict) -> str:
    brands = ["visa", "visa", "mc", "mc", "amex"] + loc.get("cards", "").split()
    b = rng.choice(brands)
    if b == "amex":
        body = rng.choice(["34", "37"]) + fill(rng, "#" * 12)
        n = body + _luhn_digit(body)
        return rng.choice([f"{n[:4]} {n[4:10]} {n[10:]}", n, f"{n[:4]}-{n[4:10]}-{n[10:]}"])
    prefix = {
        "visa": "4",
        "mc": rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]),
        "jcb": "35" + rng.choice(["28", "40", "89"]),
        "unionpay": "62" + rng.choice(["22", "28", "12"]),
        "mir": "220" + rng.choice("01234"),
        "rupay": rng.choice(["60", "65", "8175"]),
        "elo": rng.choice(["636368", "506699", "4389"]),
        "discover": "6011",
    }[b]
    body = prefix + fill(rng, "#" * (15 - len(prefix)))
    n = body + _luhn_digit(body)
    assert luhn_ok(n)
    return rng.choice(
        [
            " ".join(n[i : i + 4] for i in range(0, 16, 4)),
            n,
            "-".join(n[i : i + 4] for i in (0, 4, 8, 12)),
        ]
    )


def ssn(rng: random.Random) -> str:
    a = rng.choice([x for x in range(1, 900) if x != 666])
    s = f"{a:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
    return s if rng.random() < 0.85 else s.replace("-", " ")


def itin(rng: random.Random) -> str:
    g = rng.choice(list(range(70, 89)) + [90, 91, 92] + list(range(94, 100)))
    return f"9{rng.randint(0, 99):02d}-{g}-{rng.randint(0, 9999):04d}"


def btc(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.35:
        return _b58check(b"\x00" + rng.randbytes(20))
    if r < 0.55:
        return _b58check(b"\x05" + rng.randbytes(20))
    return _bech32("bc", rng.randbytes(20 if r < 0.9 else 32))


def eth(rng: random.Random) -> str:
    h = rng.randbytes(20).hex()
    return eip55(h) if rng.random() < 0.85 else "0x" + h


def ipv4(rng: random.Random) -> str:
    while True:
        a = rng.randint(1, 223)
        if a not in (10, 127, 0):
            break
    if rng.random() < 0.2:
        return (
            rng.choice(["192.168", "10.0", "172.16"])
            + f".{rng.randint(0, 254)}.{rng.randint(2, 254)}"
        )
    return f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng: random.Random) -> str:
    head = rng.choice(["2001:db8", "2a02:8108", "2600:1700", "2c0f:fe38", "2405:201", "2a01:cb1d"])
    groups = [f"{rng.randint(0, 0xFFFF):x}" for _ in range(rng.choice([2, 3, 6]))]
    if len(groups) == 6:
        return head + ":" + ":".join(groups)
    return head + ":" + ":".join(groups[:-1]) + "::" + groups[-1]


def mac(rng: random.Random) -> str:
    b = [rng.randint(0, 255) for _ in range(6)]
    r = rng.random()
    if r < 0.5:
        return ":".join(f"{x:02x}" for x in b)
    if r < 0.8:
        return "-".join(f"{x:02X}" for x in b)
    h = "".join(f"{x:02x}" for x in b)
    return f"{h[:4]}.{h[4:8]}.{h[8:]}"


_B62 = string.ascii_letters + string.digits


def api_key(rng: random.Random) -> str:
    def r(n: int, al: str = _B62) -> str:
        return "".join(rng.choice(al) for _ in range(n))

    k = rng.randrange(10)
    if k == 0:
        return "sk-proj-" + r(48)
    if k == 1:
        return "sk-ant-api03-" + r(86, _B62 + "-_") + "AA"
    if k == 2:
        return "AIza" + r(35, _B62 + "-_")
    if k == 3:
        return "hf_" + r(34, string.ascii_letters)
    if k == 4:
        return "ghp_" + r(36)
    if k == 5:
        return f"xoxb-{rng.randint(10**10, 10**11)}-{rng.randint(10**11, 10**12)}-{r(24)}"
    if k == 6:
        return r(32, "0123456789abcdef")
    if k == 7:
        return r(24, string.ascii_letters + string.digits)
    if k == 8:
        return "AKIA" + r(16, string.ascii_uppercase + "234567")
    return "whsec_" + r(32)


def password(rng: random.Random) -> str:
    w = rng.choice(gpool("PW_WORDS"))
    return rng.choice(
        [
            f"{w}{rng.choice('!#$%&*')}{rng.randint(1950, 2024)}",
            f"{w.lower()}_{rng.randint(10, 99)}{rng.choice(['!', '?', ''])}",
            f"{w[:1].upper()}{w[1:].lower()}{rng.randint(100, 999)}{rng.choice('#@.')}",
            "".join(rng.choice(_B62 + "!#%") for _ in range(rng.randint(12, 18))),
            f"{w}-{rng.choice(gpool('PW_WORDS')).lower()}-{rng.randint(1, 99)}",
        ]
    )


# ---------------------------------------------------------------------------------- text


_SLOT = re.compile(r"\{(~[^{}]*|[a-z][a-z0-9_]*(?:\.[a-z0-9]+)?)\}")
_WORDNUM = re.compile(r"([a-z]+?)(\d*)")


class Text:
    def __init__(self, rng: random.Random, loc: dict, loc2: dict, lang: str):
        self.rng, self.loc, self.loc2, self.lang = rng, loc, loc2, lang
        self.pieces: list[tuple[str, str | None]] = []
        self.cache: dict[str, object] = {}
        self.ts = rng.randint(0, 300)

    # building ---------------------------------------------------------------------
    def lit(self, s: str) -> None:
        if s:
            self.pieces.append((s, None))

    def val(self, s: str, cat: str | None) -> None:
        self.pieces.append((s, cat))

    def render(self, s: str, esc=None) -> None:  # noqa: ANN001
        """Append template ``s``; slot values (not the literal text) pass through ``esc``."""
        pos = 0
        for m in _SLOT.finditer(s):
            self.lit(s[pos : m.start()])
            name = m.group(1)
            if name.startswith("~"):
                self.lit(self.rng.choice(name[1:].split("|")))
            else:
                v, cat = self.slot(name)
                if v:
                    self.pieces.append((esc(v) if esc else v, cat))
            pos = m.end()
        self.lit(s[pos:])

    @staticmethod
    def jesc(s: str) -> str:
        return json.dumps(s, ensure_ascii=False)[1:-1]

    def person(self, key: str, loc: dict | None = None) -> Person:
        loc = loc or self.loc
        ck = f"P:{loc['code']}:{key}"
        if ck not in self.cache:
            g = key.removeprefix("x")[0]
            if g == "p":
                g = self.rng.choice("mf")
            self.cache[ck] = Person(self, loc, g)
        return self.cache[ck]  # type: ignore[return-value]

    # slots ------------------------------------------------------------------------
    def slot(self, name: str) -> tuple[str, str | None]:
        loc = self.loc
        full = name
        if name.startswith("x_"):
            loc, name = self.loc2, name[2:]
        base, _, attr = name.partition(".")
        mm = _WORDNUM.fullmatch(base)
        word, num = (mm.group(1), mm.group(2)) if mm else (base, "")
        if word in ("p", "f", "m") and num:
            return self.person(("x" if full.startswith("x_") else "") + base, loc).form(attr)
        ck = f"V:{full}"
        if num and ck in self.cache:
            return self.cache[ck]  # type: ignore[return-value]
        v = self.value(word, attr, loc, num, full.split(".")[0])
        if num:
            self.cache[ck] = v
        return v

    def value(
        self, word: str, attr: str, loc: dict, num: str, key: str = ""
    ) -> tuple[str, str | None]:
        rng = self.rng
        lang = self.lang if loc is self.loc else "en"
        native = bool(loc.get("nlang")) and lang == loc.get("nlang")
        if word == "phone":
            pats = pool(loc, "phone")
            if attr == "i":
                pats = [p for p in pats if p.startswith("+")] or pats
            elif attr == "n":
                pats = [p for p in pats if not p.startswith("+")] or pats
            return fill(rng, rng.choice(pats)), "PHONE"
        if word == "email":
            p = Person(self, loc, rng.choice("mf"))
            return p.email(), "EMAIL"
        if word == "fam":
            fp = pool(loc, "fam") or pool(loc, "pat") or pool(loc, "gm")
            e = entry(rng.choice(fp))
            return gform(e[0] if native else e[1], "m"), "PERSON"
        if word == "addr":
            a = self.address(loc, native)
            return (a if attr == "block" else a.replace("\n", ", ")), "ADDRESS"
        if word in ("dob", "odob"):
            d = self.birth(key)
            return fmt_date(d, lang, loc, rng, attr), "DATE_OF_BIRTH"
        if word == "iban":
            cc = loc.get("iban") or self.loc2.get("iban") or rng.choice(["GB", "DE", "NL", "FR"])
            return iban(rng, cc), "IBAN"
        if word == "card":
            return card(rng, loc), "CREDIT_CARD"
        if word == "ssn":
            return ssn(rng), "US_SSN"
        if word == "itin":
            return itin(rng), "US_ITIN"
        if word == "btc":
            return btc(rng), "CRYPTO"
        if word == "eth":
            return eth(rng), "CRYPTO"
        if word == "crypto":
            return (btc(rng) if rng.random() < 0.6 else eth(rng)), "CRYPTO"
        if word == "ip":
            return ipv4(rng), "IP"
        if word == "ipv":
            return ipv6(rng), "IP"
        if word == "mac":
            return mac(rng), "MAC"
        if word == "key":
            return api_key(rng), "SECRET"
        if word == "pw":
            return password(rng), "SECRET"
        if word == "pin":
            return fill(rng, rng.choice(["####", "####", "######"])), "SECRET"
        if word == "otp":
            return fill(rng, rng.choice(["######", "### ###"])), "SECRET"
        if word == "recovery":
            return "-".join(fill(rng, "^^^^") for _ in range(rng.choice([2, 3, 4]))), "SECRET"
        if word == "passport":
            return fill(rng, rng.choice(pool(loc, "passport"))), "PASSPORT"
        if word == "dl":
            if loc["code"] == "gb":
                p = Person(self, loc, rng.choice("mf"))
                s = (slug(p.fr) + "99999")[:5].upper()
                return s + fill(rng, "######") + slug(p.gr)[:1].upper() + fill(rng, "9@#@@"), (
                    "DRIVER_LICENSE"
                )
            return fill(rng, rng.choice(pool(loc, "dl"))), "DRIVER_LICENSE"
        if word == "dyear" and num:
            k = f"dob{num}" if f"D:dob{num}" in self.cache else f"odob{num}"
            y = self.birth(k).year + rng.randint(38, 95)
            return str(min(y, 2024)), None
        if word == "bapt":
            d = self.birth(f"odob{num}") + timedelta(days=rng.randint(2, 60))
            return fmt_date(d, lang, loc, rng, attr or "long"), None
        if word == "adm":
            d = self.birth(f"odob{num}") + timedelta(days=rng.randint(5 * 365, 8 * 365))
            return fmt_date(d, lang, loc, rng, attr or "long"), None
        return self.filler(word, attr, loc, lang, native), None

    def birth(self, key: str) -> date:
        """The birth date behind slot ``key`` (``dob1``, ``odob2``, ``x_dob1``)."""
        ck = f"D:{key}"
        if ck not in self.cache:
            rng = self.rng
            k = key.removeprefix("x_")
            if k.startswith("odob"):
                # one family per text: persons 1-2 one generation, 3+ the next one
                if "OB" not in self.cache:
                    self.cache["OB"] = rng.randint(1838, 1912)
                base: int = self.cache["OB"]  # type: ignore[assignment]
                num = int(k[4:] or 1)
                if num <= 2:
                    y = base + rng.randint(-5, 5)
                elif num <= 6:
                    y = base + rng.randint(22, 36)
                else:
                    y = base + rng.randint(46, 70)
                d = date(min(y, 1948), 1, 1) + timedelta(days=rng.randint(0, 364))
            else:
                d = date(rng.randint(1932, 2007), 1, 1) + timedelta(days=rng.randint(0, 364))
            self.cache[ck] = d
        return self.cache[ck]  # type: ignore[return-value]

    def address(self, loc: dict, native: bool) -> str:
        rng = self.rng
        fmts = pool(loc, "naddr") if native and loc.get("naddr") else pool(loc, "addr")
        fmt = rng.choice(fmts)
        te = entry(rng.choice(pool(loc, "towns")))
        idx = 0 if native else 1

        def pick(key: str) -> str:
            p = pool(loc, key)
            return entry(rng.choice(p))[idx] if p else ""

        streets = pool(loc, "streets")
        ss = rng.sample(streets, min(3, len(streets)))
        pc = te[2] or loc.get("pc", "")
        lo, hi = (int(x) for x in loc.get("nrange", "1-199").split("-"))
        vals = {
            "n": str(rng.randint(lo, hi)),
            "nn": str(rng.randint(10, 399)),
            "nnn": str(rng.randint(100, 999)),
            "nnnn": str(rng.randint(1000, 9999)),
            "n2": str(rng.randint(1, 40)),
            "n3": str(rng.randint(1, 19)),
            "flat": str(rng.randint(1, 48)),
            "street": entry(ss[0])[idx],
            "street2": entry(ss[1 % len(ss)])[idx],
            "street3": entry(ss[2 % len(ss)])[idx],
            "town": te[idx],
            "pc": fill(rng, pc) if pc else "",
            "district": pick("districts"),
            "district2": pick("districts"),
            "gps": fill(rng, loc.get("gps", "")),
        }
        s = choices(rng, fmt)
        for _ in range(2):
            s = re.sub(r"\{(\w+)\}", lambda m: vals[m.group(1)], s)
        s = re.sub(r"\s+,", ",", s).strip(" ,")
        return s

    def filler(self, word: str, attr: str, loc: dict, lang: str, native: bool) -> str:
        rng = self.rng
        idx = 0 if native else 1
        if word in ("lb", "rb"):
            return "{" if word == "lb" else "}"
        if word == "town":
            return entry(rng.choice(pool(loc, "towns")))[idx].split(",")[0].split(" (")[0]
        if word == "country":
            return loc["country"]
        if word == "district":
            p = pool(loc, "districts") or pool(loc, "towns")
            return entry(rng.choice(p))[idx].split(",")[0]
        if word in ("date", "odate"):
            if word == "date":
                d = date(2014, 1, 1) + timedelta(days=rng.randint(0, 4200))
            else:
                d = date(1850, 1, 1) + timedelta(days=rng.randint(0, 40000))
            if attr == "long":
                return fmt_date(d, lang, loc, rng, "long")
            if attr == "iso":
                return d.isoformat()
            return fmt_date(d, lang, loc, rng, rng.choice(["long", "num", "iso"]))
        if word == "year":
            return str(rng.randint(2016, 2025))
        if word == "dyear":
            return str(rng.randint(1951, 2023))
        if word == "time":
            return f"{rng.randint(7, 21):02d}:{rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50]):02d}"
        if word == "ts":
            self.ts += rng.randint(8, 140)
            t = self.ts
            return f"{t // 3600:02d}:{t // 60 % 60:02d}:{t % 60:02d}"
        if word == "age":
            return str(rng.randint(19, 88))
        if word == "n":
            return str(rng.randint(2, 14))
        if word == "amount":
            return f"{rng.choice(['$', '€', '£', 'KES ', 'NGN ', 'R', '₹'])}{rng.randint(15, 900)}"
        if word == "pseud":
            e = entry(rng.choice(pool(loc, rng.choice(["gm", "gf"]))))
            return e[idx]
        if word == "nick":
            return rng.choice(pool(loc, "nick") or gpool("HANDLES"))
        if word == "pub":
            lp = pool(loc, "pub")
            if lp and rng.random() < 0.6:
                return rng.choice(lp)
            return rng.choice(gpool("PUBLIC"))
        if word in T.FILLERS:
            return choices(rng, rng.choice(gpool(T.FILLERS[word])))
        if word in T.PATTERNS:
            return fill(rng, choices(rng, rng.choice(split_top(T.PATTERNS[word]))))
        if word == "isbn":
            body = "978" + fill(rng, "#########")
            s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
            n = body + str((10 - s % 10) % 10)
            return f"{n[:3]}-{n[3]}-{n[4:8]}-{n[8:12]}-{n[12]}"
        raise KeyError(word)

    # assembling -------------------------------------------------------------------
    def assemble(self) -> tuple[str, list[tuple[str, int, int]], list[str]]:
        out, spans, vals, pos = [], [], [], 0
        pieces = list(self.pieces)
        for i in range(1, len(pieces)):  # "Mérida, Yuc." + ". Next" -> one period
            (a, ca), (b, cb) = pieces[i - 1], pieces[i]
            if ca and not cb and a.endswith(".") and b.startswith("."):
                pieces[i] = (b[1:], None)
        for t, cat in pieces:
            if cat:
                spans.append((cat, pos, pos + len(t)))
                vals.append(t)
            out.append(t)
            pos += len(t)
        return "".join(out), spans, vals


# ------------------------------------------------------------------------------- wrappers


def _json_esc(ascii_: bool):  # noqa: ANN202
    return lambda s: json.dumps(s, ensure_ascii=ascii_)[1:-1]


def _py_esc(s: str) -> str:
    return s.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n").replace("\t", "\\t")


def _stamp(rng: random.Random) -> str:
    d = date(2025, 1, 1) + timedelta(days=rng.randint(0, 330))
    t = rng.randint(0, 86399)
    return f"{d} {t // 3600:02d}:{t // 60 % 60:02d}:{t % 60:02d},{rng.randint(0, 999):03d}"


def wrap(tx: Text) -> bool:
    """Wrap tx.pieces in an LLM API body or a log line; return True if the result is JSON."""
    rng = tx.rng
    inner = tx.pieces
    instr = choices(rng, rng.choice(T.WRAP_INSTRUCTIONS))
    system = choices(rng, rng.choice(T.WRAP_SYSTEMS))
    model = rng.choice(gpool("MODELS"))
    kind = rng.choice(
        ["openai", "anthropic", "gemini", "responses", "ollama", "log", "jsonl", "pylog"]
    )
    if kind in ("log", "pylog"):
        esc = _py_esc if kind == "pylog" else _json_esc(False)
    else:
        esc = _json_esc(rng.random() < 0.25)
    body = [(esc(instr + "\n\n"), None)] if instr else []
    body += [(esc(t), c) for t, c in inner]
    q = json.dumps
    if kind == "openai":
        head = (
            f'{{"model": {q(model)}, "temperature": {rng.choice([0, 0.2, 0.3, 0.7])}, "messages": '
            f'[{{"role": "system", "content": {q(system)}}}, {{"role": "user", "content": "'
        )
        tail = '"}]}'
    elif kind == "anthropic":
        head = (
            f'{{"model": {q(model)}, "max_tokens": {rng.choice([1024, 2048, 4096])}, '
            f'"system": {q(system)}, "messages": [{{"role": "user", "content": '
            f'[{{"type": "text", "text": "'
        )
        tail = '"}]}]}'
    elif kind == "gemini":
        head = (
            f'{{"systemInstruction": {{"parts": [{{"text": {q(system)}}}]}}, '
            f'"contents": [{{"role": "user", "parts": [{{"text": "'
        )
        tail = f'"}}]}}], "generationConfig": {{"temperature": {rng.choice([0.1, 0.4, 1.0])}}}}}'
    elif kind == "responses":
        head = f'{{"model": {q(model)}, "instructions": {q(system)}, "input": "'
        tail = f'", "store": {rng.choice(["false", "true"])}}}'
    elif kind == "ollama":
        if rng.random() < 0.5:
            head = f'{{"model": {q(model)}, "stream": false, "prompt": "'
            tail = '"}'
        else:
            head = (
                f'{{"model": {q(model)}, "messages": '
                f'[{{"role": "system", "content": {q(system)}}}, {{"role": "user", "content": "'
            )
            tail = '"}], "stream": false, "options": {"num_ctx": 8192}}'
    elif kind == "jsonl":
        ts = _stamp(rng).replace(" ", "T")[:19] + "Z"
        head = (
            f'{{"ts": "{ts}", "level": "info", "logger": {q(rng.choice(gpool("APPS")))}, '
            f'"event": "llm.request", "model": {q(model)}, "prompt": "'
        )
        tail = f'", "prompt_tokens": {rng.randint(200, 6000)}}}'
    else:
        ts = _stamp(rng)
        app = rng.choice(gpool("APPS"))
        if kind == "log":
            head = f'{ts} INFO [{app}] calling {model} prompt="'
            tail = f'" req_id={fill(rng, "req_^^^^^^^^^^^^")}'
        else:
            head = f"{ts} DEBUG {app}.llm: request messages=[{{'role': 'user', 'content': '"
            tail = f"'}}] model={model!r}"
    tx.pieces = [(head, None)] + body + [(tail, None)]
    return kind not in ("log", "pylog")


# ------------------------------------------------------------------------------ generate


def _pick_template(rng: random.Random, loc: dict, near: bool):  # noqa: ANN202
    langs = loc["langs"].split()
    cands = T.NEAR if near else T.TEMPLATES + T.GENERATORS
    ok = [t for t in cands if (len(t) < 4 or loc["code"] in t[3].split()) and t[1] in langs]
    native = [t for t in ok if t[1] != "en"]
    restricted = [t for t in ok if len(t) >= 4]
    if native and rng.random() < (0.55 if not near else 0.4):
        return rng.choice(native)
    if restricted and rng.random() < 0.45:
        return rng.choice(restricted)
    en = [t for t in ok if t[1] == "en"]
    return rng.choice(en or ok)


def dev31_set(scale: float = 1.0, _records: list | None = None) -> list[Sample]:
    rng = random.Random(SEED)
    n = int(N_TEXTS * scale)
    codes = [loc["code"] for loc in T.LOCALES] + T.EXTRA_WEIGHT.split()
    hubs = T.HUB_LOCALES.split()
    near_idx = set(rng.sample(range(n), round(n * 0.08)))
    out: list[Sample] = []
    for i in range(n):
        loc = LOCS[rng.choice(codes)]
        r = rng.random()
        loc2 = loc if r < 0.45 else LOCS[rng.choice(hubs if r < 0.8 else codes)]
        near = i in near_idx
        tpl = _pick_template(rng, loc, near)
        tx = Text(rng, loc, loc2, tpl[1])
        if callable(tpl[2]):
            tpl[2](tx)
        else:
            tx.render(tpl[2])
        is_json = getattr(tx, "is_json", False)
        if rng.random() < 0.2:
            is_json = wrap(tx)
        text, spans, vals = tx.assemble()
        out.append(Sample(text, spans))
        if _records is not None:
            _records.append((vals, is_json, loc["code"], tpl[0], near))
    return out


# -------------------------------------------------------------------------------- checks


def _check(samples: list[Sample], records: list, n_expected: int) -> None:
    assert len(samples) == n_expected, (len(samples), n_expected)
    counts: dict[str, int] = {}
    for s, (vals, is_json, _code, tid, near) in zip(samples, records, strict=True):
        last = 0
        assert len(vals) == len(s.spans)
        for (cat, a, b), v in zip(sorted(s.spans, key=lambda x: x[1]), vals, strict=True):
            assert cat in CATEGORIES, cat
            assert 0 <= a < b <= len(s.text), (tid, cat, a, b)
            seg = s.text[a:b]
            assert seg == v, (tid, seg, v)
            assert seg == seg.strip(), (tid, repr(seg))
            assert a >= last, (tid, "overlap", seg)
            last = b
            counts[cat] = counts.get(cat, 0) + 1
        if is_json:
            json.loads(s.text)
        if near:
            assert not s.spans, (tid, s.spans)
        for cat, a, b in s.spans:
            v = s.text[a:b]
            if cat == "CREDIT_CARD":
                assert luhn_ok(v), v
            if cat == "IBAN":
                assert iban_ok(v), v
            if cat == "US_SSN":
                assert ssn_ok(v), v
            if cat == "US_ITIN":
                assert itin_ok(v), v
            if cat == "CRYPTO" and v.startswith("bc1"):
                assert bech32_ok(v), v
            if cat == "CRYPTO" and v.startswith("0x") and v != v.lower():
                assert eip55(v[2:]) == v, v
    unfilled = [s.text for s in samples if re.search(r"\{(~|[a-z]+\d*(\.[a-z]+)?\})", s.text)]
    assert not unfilled, unfilled[0][:300]
    locs = {r[2] for r in records}
    if n_expected >= 1000:
        assert len(locs) >= 70, len(locs)
    shapes = {r[3] for r in records}
    total = sum(counts.values())
    print(f"texts: {len(samples)}  labels: {total}  per text: {total / len(samples):.2f}")
    print(f"locales used: {len(locs)}  shapes used: {len(shapes)}")
    print(f"near-miss-only texts: {sum(1 for r in records if r[4])}")
    print(f"JSON texts: {sum(1 for r in records if r[1])}")
    for cat in CATEGORIES:
        print(f"  {cat:<15} {counts.get(cat, 0)}")


def main() -> None:
    assert keccak256(b"").hex().startswith("c5d2460186f7233c927e7db2dcc703c0")
    assert eip55("5aaeb6053f3e94c9b9a09f33669435e7ef1beaed") == (
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
    )
    assert iban_ok("GB82 WEST 1234 5698 7654 32")
    t0 = time.perf_counter()
    records: list = []
    samples = dev31_set(1.0, records)
    dt = time.perf_counter() - t0
    _check(samples, records, N_TEXTS)
    print(f"generation time: {dt:.2f}s")
    assert dt < 5.0
    again = dev31_set(1.0)
    assert [s.text for s in again] == [s.text for s in samples], "not deterministic"
    small = dev31_set(0.1, rec := [])
    _check(small, rec, int(N_TEXTS * 0.1))
    if len(sys.argv) > 1 and sys.argv[1] == "show":
        k = int(sys.argv[2]) if len(sys.argv) > 2 else 30
        for s in random.Random(int(time.time())).sample(samples, k):
            print("=" * 100)
            print(s.text)
            print("--")
            for cat, a, b in s.spans:
                print(f"   {cat}: {s.text[a:b]!r}")


if __name__ == "__main__":
    main()
