"""Dev14: a blind, hand-written, labeled evaluation set for the PII sanitizer.

What the set is
    ``dev14_set()`` returns 1200 texts (at scale 1.0) shaped like one week of a
    company's LLM gateway logs: the prompts and completions that employees of
    many kinds of organizations (a hospital, a law firm, a logistics company, a
    school district, a bank branch, a software startup, a hotel chain, a city
    council, an NGO, a small e-commerce shop, a recruitment agency, a call
    centre) send to an internal LLM assistant.  The texts come in the shapes
    such logs have: raw prompts, OpenAI- and Anthropic-style JSON bodies with
    system prompts, pasted tickets, e-mails and threads with quoted replies,
    meeting transcripts, CSV/TSV exports, query results, log excerpts, OCR'd
    forms, code and commit messages, and assistant answers that repeat the
    personal data back.  About 60% of the texts are English; the rest are spread
    over more than 30 other languages and code-switched mixes, in their own
    scripts and romanized.

    Each ``Sample`` carries (category, start, end) character spans of the values
    that must be removed, in the categories of ``CATEGORIES``.  Look-alikes that
    must stay (organizations, products and places named like people, streets
    outside a full address, months and weekdays, words that are also names,
    non-birth dates, ticket/order/tracking numbers, amounts, versions, hashes,
    UUIDs, request ids, usernames and handles, role words and placeholders such
    as "<NAME>" or "{{first_name}}") are present but unlabeled.

How it was made
    Blind: written without opening the sanitizer, its tests, its docs or the
    other bench sets, so no one who writes detection rules shaped it.  All
    templates, wrappers, name lists and value pools live in
    ``bench/sanitizer_dev14_templates.py`` and were written by hand; person
    names come from hand-picked lists of given names and surnames for 47
    cultures (native script and romanized), not from a library such as Faker.
    Values that have a checksum are generated valid: Luhn for cards, mod-97 for
    IBANs, area/group/serial rules for SSNs and ITINs, base58check, bech32 and
    bech32m for BTC and EIP-55 (Keccak-256) for ETH.

    The generator fills a template's placeholders left to right and records
    each labeled span by its position while it builds the string; it never
    searches the finished text for a value.  About 30% of the texts whose
    template is a plain prompt or answer are additionally wrapped in one of 36
    hand-written gateway envelopes (OpenAI/Anthropic/Azure/Bedrock/Gemini
    bodies, proxy and access logs, CSV exports, audit records, SDK replays);
    the inner pieces are escaped piece by piece for the envelope's syntax, so
    span positions stay exact.  Templates and envelopes are used round-robin
    (English and non-English drawn to a 60/40 quota), so no template produces
    more than a few texts, and each cross-language scenario was written for at
    most about eight languages.  ``_check`` validates every sample before the
    set is returned.
"""

from __future__ import annotations

import base64
import hashlib
import json
import random
import re
import string
import unicodedata
from datetime import date, datetime, timedelta

from bench import sanitizer_dev14_templates as T
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

_BASE = 1200
_EN_SHARE = 0.6
_WRAP_P = 0.3
_MAX_LINES = 40
_WEEK0 = datetime(2025, 3, 10, 0, 0, 0)  # Monday of the logged week

_UP = string.ascii_uppercase
_LOW = string.ascii_lowercase
_DIG = string.digits
_ALNUM = string.ascii_letters + string.digits
_B64URL = _ALNUM + "-_"
_HEX = "0123456789abcdef"

# ---------------------------------------------------------------------------
# small helpers


def _rand(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _fill(rng: random.Random, pat: str) -> str:
    """'#' digit, '%' non-zero, '&' 2-9, '@' capital, '*' capital or digit, '!' a literal '#'."""
    out = []
    for ch in pat:
        if ch == "#":
            out.append(rng.choice(_DIG))
        elif ch == "%":
            out.append(rng.choice("123456789"))
        elif ch == "&":
            out.append(rng.choice("23456789"))
        elif ch == "@":
            out.append(rng.choice(_UP))
        elif ch == "*":
            out.append(rng.choice(_UP + _DIG))
        elif ch == "!":
            out.append("#")
        else:
            out.append(ch)
    return "".join(out)


def _wpick(rng: random.Random, spec: str) -> str:
    """Pick from 'a:3 b c:2' (weight defaults to 1)."""
    items, weights = [], []
    for tok in spec.split():
        name, _, w = tok.partition(":")
        items.append(name)
        weights.append(float(w) if w else 1.0)
    return rng.choices(items, weights)[0]


_FOLD = str.maketrans(
    {"ß": "ss", "æ": "ae", "Æ": "Ae", "ø": "o", "Ø": "O", "œ": "oe", "ł": "l", "Ł": "L"}
    | {"đ": "d", "Đ": "D", "ı": "i", "þ": "th", "ð": "d", "ŀ": "l"}
)


def _fold(s: str) -> str:
    s = s.translate(_FOLD)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def _slug(s: str) -> str:
    return re.sub(r"[^a-z0-9-]", "", _fold(s).lower().replace(" ", ""))


# ---------------------------------------------------------------------------
# checksums


def _luhn_ok(num: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _iban_ok(value: str) -> bool:
    s = value.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    s = s[4:] + s[:4]
    num = "".join(str(int(ch, 36)) for ch in s)
    return int(num) % 97 == 1


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
    pad = len(data) - len(data.lstrip(b"\0"))
    return "1" * pad + out


def _b58check_ok(s: str) -> bool:
    n = 0
    for ch in s:
        if ch not in _B58:
            return False
        n = n * 58 + _B58.index(ch)
    pad = len(s) - len(s.lstrip("1"))
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
    data = b"\0" * pad + raw
    return len(data) == 25 and _dsha(data[:-4])[:4] == data[-4:]


_BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_BECH_GEN = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)


def _polymod(values: list[int]) -> int:
    chk = 1
    for v in values:
        top = chk >> 25
        chk = ((chk & 0x1FFFFFF) << 5) ^ v
        for i in range(5):
            if (top >> i) & 1:
                chk ^= _BECH_GEN[i]
    return chk


def _hrp_exp(hrp: str) -> list[int]:
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def _to5(data: bytes) -> list[int]:
    acc, bits, out = 0, 0, []
    for b in data:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            out.append((acc >> bits) & 31)
    if bits:
        out.append((acc << (5 - bits)) & 31)
    return out


def _segwit(prog: bytes, ver: int) -> str:
    data = [ver] + _to5(prog)
    const = 1 if ver == 0 else 0x2BC830A3
    poly = _polymod(_hrp_exp("bc") + data + [0] * 6) ^ const
    chk = [(poly >> 5 * (5 - i)) & 31 for i in range(6)]
    return "bc1" + "".join(_BECH[d] for d in data + chk)


def _bech_ok(s: str) -> bool:
    s = s.lower()
    if not s.startswith("bc1") or any(ch not in _BECH for ch in s[3:]):
        return False
    data = [_BECH.index(ch) for ch in s[3:]]
    const = 1 if data[0] == 0 else 0x2BC830A3
    return _polymod(_hrp_exp("bc") + data) == const


_KRC = (
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
)
_KROT = (
    0,
    1,
    62,
    28,
    27,
    36,
    44,
    6,
    55,
    20,
    3,
    10,
    43,
    25,
    39,
    41,
    45,
    15,
    21,
    8,
    18,
    2,
    61,
    56,
    14,
)
_M64 = (1 << 64) - 1


def _keccak_f(a: list[int]) -> list[int]:
    for rc in _KRC:
        c = [a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20] for x in range(5)]
        d = [
            c[(x - 1) % 5] ^ (((c[(x + 1) % 5] << 1) | (c[(x + 1) % 5] >> 63)) & _M64)
            for x in range(5)
        ]
        a = [a[i] ^ d[i % 5] for i in range(25)]
        b = [0] * 25
        for x in range(5):
            for y in range(5):
                v, r = a[x + 5 * y], _KROT[x + 5 * y]
                b[y + 5 * ((2 * x + 3 * y) % 5)] = ((v << r) | (v >> (64 - r))) & _M64 if r else v
        a = [
            b[i] ^ ((~b[(i % 5 + 1) % 5 + 5 * (i // 5)]) & b[(i % 5 + 2) % 5 + 5 * (i // 5)])
            for i in range(25)
        ]
        a[0] ^= rc
    return a


def _keccak256(data: bytes) -> bytes:
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


def _eip55(hex40: str) -> str:
    h = _keccak256(hex40.lower().encode()).hex()
    return "".join(
        ch.upper() if ch in "abcdef" and int(h[i], 16) >= 8 else ch for i, ch in enumerate(hex40)
    )


def _crypto_ok(s: str) -> bool:
    if s.startswith("0x"):
        body = s[2:]
        return len(body) == 40 and _eip55(body.lower()) == body
    if s.lower().startswith("bc1"):
        return _bech_ok(s)
    return s[:1] in "13" and _b58check_ok(s)


def _ssn_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    area, grp, ser = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < area < 900 and area != 666 and grp > 0 and ser > 0


def _itin_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if len(d) != 9 or d[0] != "9":
        return False
    g = int(d[3:5])
    return 50 <= g <= 65 or 70 <= g <= 88 or 90 <= g <= 92 or 94 <= g <= 99


# ---------------------------------------------------------------------------
# calendars


def _jdn(d: date) -> int:
    return d.toordinal() + 1721425


def _hijri(d: date) -> tuple[int, int, int]:
    jd = _jdn(d)
    lv = jd - 1948440 + 10632
    n = (lv - 1) // 10631
    lv = lv - 10631 * n + 354
    j = ((10985 - lv) // 5316) * ((50 * lv) // 17719) + (lv // 5670) * ((43 * lv) // 15238)
    lv = lv - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43) + 29
    m = (24 * lv) // 709
    day = lv - (709 * m) // 24
    return 30 * n + j - 30, m, day


def _jalali(d: date) -> tuple[int, int, int]:
    gy, gm, gd = d.year, d.month, d.day
    gdm = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
    gy2 = gy + 1 if gm > 2 else gy
    days = 355666 + 365 * gy + (gy2 + 3) // 4 - (gy2 + 99) // 100 + (gy2 + 399) // 400
    days += gd + gdm[gm - 1]
    jy = -1595 + 33 * (days // 12053)
    days %= 12053
    jy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        jy += (days - 1) // 365
        days = (days - 1) % 365
    if days < 186:
        return jy, 1 + days // 31, 1 + days % 31
    return jy, 7 + (days - 186) // 30, 1 + (days - 186) % 30


def _ethiopian(d: date) -> tuple[int, int, int]:
    jd = _jdn(d)
    r = (jd - 1723856) % 1461
    n = r % 365 + 365 * (r // 1460)
    y = 4 * ((jd - 1723856) // 1461) + r // 365 - r // 1460
    return y, n // 30 + 1, n % 30 + 1


def _jp_era(d: date) -> tuple[str, str, int]:
    if d >= date(2019, 5, 1):
        return "令和", "R", d.year - 2018
    if d >= date(1989, 1, 8):
        return "平成", "H", d.year - 1988
    return "昭和", "S", d.year - 1925


# ---------------------------------------------------------------------------
# data loading


def _pairs(spec: str) -> list[tuple[str, str]]:
    out = []
    for e in spec.split():
        e = e.replace("_", " ")
        nat, _, rom = e.partition("=")
        out.append((nat, rom or nat))
    return out


def _spairs(spec: str) -> list[tuple[tuple[str, str], tuple[str, str]]]:
    out = []
    for nat, rom in _pairs(spec):
        nm, _, nf = nat.partition("|")
        rm, _, rf = rom.partition("|")
        out.append(((nm, nf or nm), (rm, rf or rm)))
    return out


class _Culture:
    def __init__(self, code: str, d: dict):
        self.code = code
        self.m = _pairs(d["m"])
        self.f = _pairs(d["f"])
        self.s = _spairs(d["s"])
        self.pm = _pairs(d["pm"]) if "pm" in d else None
        self.pf = _pairs(d["pf"]) if "pf" in d else None
        self.order = d.get("order", "gs")
        self.sep = d.get("sep", " ")
        self.home = tuple(d.get("home", "").split())
        self.script = d.get("script", "latn")
        self.double = d.get("double", 0.0)
        self.pre = tuple(d["pre"].split("|")) if "pre" in d else None
        self.short_last = d.get("short_last", False)
        self.mid = d.get("mid", 0.0)
        self.mail = d.get("mail", "")


class _Tpl:
    __slots__ = ("name", "lang", "parts", "esc", "cc", "ans", "wrap", "kind", "group")

    def __init__(self, name, lang, parts, flags, group):
        self.name = name
        self.lang = lang
        self.parts = parts
        self.group = group
        self.esc = next((f for f in flags if f in ("json", "sql", "csv", "raw")), None)
        self.cc = next((f[3:] for f in flags if f.startswith("cc=")), None)
        self.ans = "ans" in flags
        self.kind = next((f[5:] for f in flags if f.startswith("kind=")), "any")
        first = next((p for p in parts if isinstance(p, str) and p.strip()), "")
        self.wrap = not (self.esc or "nowrap" in flags or first.lstrip()[:1] in "{[")


_PH = re.compile(r"⟦([^⟦⟧]*)⟧")
_KEY = re.compile(r"^([A-Z][A-Z0-9_]*)(?:\.(\w+))?(?::([\w,\-]+))?(?:#(\w+))?$")


def _compile(text: str) -> list:
    parts: list = []
    pos = 0
    for m in _PH.finditer(text):
        if m.start() > pos:
            parts.append(text[pos : m.start()])
        body = m.group(1)
        if body.startswith("?"):
            parts.append(("?", tuple(body[1:].split("|"))))
        elif body == "~":
            parts.append(("~",))
        else:
            km = _KEY.match(body)
            if not km:
                raise ValueError(f"bad placeholder {body!r}")
            key, form, mods, tag = km.groups()
            if len(key) > 1 and key not in _GEN and key != "BODY":
                raise ValueError(f"unknown placeholder {body!r}")
            parts.append((key, form or "", tuple(mods.split(",")) if mods else (), tag))
        pos = m.end()
    if pos < len(text):
        parts.append(text[pos:])
    for i, p in enumerate(parts):
        if isinstance(p, str) and ("⟦" in p or "⟧" in p):
            raise ValueError(f"stray bracket in {text[:60]!r}")
        if 0 < i < len(parts) - 1 and isinstance(p, str) and p and not p.strip(" "):
            a, b = parts[i - 1], parts[i + 1]
            if _is_name(a) and _is_name(b):
                raise ValueError(f"two name placeholders side by side in {text[:60]!r}")
    return parts


_NAME_FORMS = ("", "f", "l", "lf", "i", "m", "io", "fio", "sg", "U", "UF", "UL")


def _is_name(p) -> bool:
    return isinstance(p, tuple) and len(p) == 4 and len(p[0]) == 1 and p[1] in _NAME_FORMS


def _parse(lang: str, block: str, group: str) -> list[_Tpl]:
    out: list[_Tpl] = []
    head: list[str] | None = None
    lines: list[str] = []

    def flush():
        if head is None:
            return
        text = "\n".join(x.rstrip() for x in lines).strip("\n")
        text = re.sub(r" ⟦~⟧(?= |\n|$)", "⟦~⟧", text)
        if not text.strip():
            raise ValueError(f"empty template {head}")
        tl = lang
        for f in head[1:]:
            if f.startswith("@"):
                tl = f[1:]
        out.append(_Tpl(head[0], tl, _compile(text), head[1:], group))

    for line in block.split("\n"):
        if line.startswith("### "):
            flush()
            head = line[4:].split()
            lines = []
        else:
            lines.append(line)
    flush()
    return out


_DATA: dict = {}


def _data() -> dict:
    if not _DATA:
        cult = {k: _Culture(k, v) for k, v in T.CULTURES.items()}
        tpls: list[_Tpl] = []
        for i, (lang, block) in enumerate(T.TEMPLATES):
            tpls.extend(_parse(lang, block, f"{lang}{i}"))
        names = [t.name for t in tpls]
        dup = {n for n in names if names.count(n) > 1}
        if dup:
            raise ValueError(f"duplicate template names: {sorted(dup)[:5]}")
        for t in tpls:
            if t.lang not in T.LANGS:
                raise ValueError(f"unknown language {t.lang} in {t.name}")
        wraps = _parse("en", T.WRAPPERS, "wrap")
        _DATA.update(cult=cult, tpls=tpls, wraps=wraps)
    return _DATA


# ---------------------------------------------------------------------------
# rendering context and people


class _Person:
    __slots__ = ("c", "fem", "g", "s", "pat", "mid", "order", "sep", "rg", "rs", "cache")


class _Ctx:
    def __init__(self, rng: random.Random, lang: str, cc: str | None, esc: str | None):
        self.rng = rng
        self.lang = lang
        spec = T.LANGS[lang]
        self.base = spec.get("base", lang)
        self.cc = cc or _wpick(rng, spec["cc"])
        self.esc = esc
        self.people: dict[str, _Person] = {}
        self.tags: dict = {}
        self.look = False
        self.look_name = False
        doms = T.WORK_DOMAINS.get(lang) or T.WORK_DOMAINS.get(self.base) or T.WORK_DOMAINS["en"]
        self.dom = rng.choice(doms)

    def tbl(self, table: dict, default=None):
        if self.lang in table:
            return table[self.lang]
        if self.base in table:
            return table[self.base]
        return table[default] if default else table["en"]


def _person(ctx: _Ctx, key: str, mods: tuple) -> _Person:
    p = ctx.people.get(key)
    if p is not None:
        return p
    rng = ctx.rng
    cults = _data()["cult"]
    code = next((m for m in mods if m in cults), None)
    for _ in range(40):
        c = cults[code or _wpick(rng, T.LANGS[ctx.lang]["cult"])]
        p = _make_person(ctx, c, "f" in mods or ("m" not in mods and rng.random() < 0.5))
        clash = any(
            q.rg == p.rg or q.rs.split()[-1] == p.rs.split()[-1] for q in ctx.people.values()
        )
        if not clash:
            break
    ctx.people[key] = p
    return p


def _make_person(ctx: _Ctx, c: _Culture, fem: bool) -> _Person:
    rng = ctx.rng
    p = _Person()
    p.c = c
    p.fem = fem
    fi = 1 if p.fem else 0
    native = ctx.lang in c.home
    k = 0 if native else 1
    gi = rng.choice(c.f if p.fem else c.m)
    si = rng.choice(c.s)
    g, s = gi[k], si[k][fi]
    rg, rs = gi[1], si[1][fi]
    if c.double and rng.random() < c.double:
        s2 = rng.choice(c.s)
        if s2 is not si:
            s += " " + s2[k][fi]
            rs += " " + s2[1][fi]
    if c.pre:
        s = f"{c.pre[fi]} {s}"
        rs = f"{c.pre[fi]} {rs}"
    p.pat = None
    if c.pm:
        pi = rng.choice(c.pf if p.fem else c.pm)
        p.pat = pi[k]
    p.mid = None
    if c.mid and rng.random() < c.mid:
        m2 = rng.choice(c.f if p.fem else c.m)
        if m2 is not gi:
            p.mid = m2[k]
    if native:
        p.order = c.order
        p.sep = c.sep
        if c.code == "ja" and rng.random() < 0.3:
            p.sep = " "
    else:
        p.sep = " "
        if c.code in ("zh", "ko", "ja"):
            p.order = rng.choice(("sg", "gs"))
        elif c.code == "vi":
            p.order = "sg"
        else:
            p.order = "gs"
        if c.script == "latn" and rng.random() < (0.5 if c.code == "vi" else 0.2):
            g, s = _fold(g), _fold(s)
            if p.mid:
                p.mid = _fold(p.mid)
    p.g, p.s, p.rg, p.rs = g, s, rg, rs
    p.cache = {}
    return p


def _upper(p: _Person, s: str) -> str:
    if p.c.code == "tr":
        s = s.replace("i", "İ")
    u = s.upper()
    if p.c.script == "grek":
        u = unicodedata.normalize(
            "NFC", "".join(ch for ch in unicodedata.normalize("NFD", u) if ch != "\u0301")
        )
    return u


def _initial(word: str) -> str:
    return "-".join(w[0] + "." for w in word.split("-") if w)


def _full(p: _Person) -> str:
    if p.order == "sg":
        return f"{p.s}{p.sep}{p.g}"
    return f"{p.g} {p.s}"


_ALPHA_SCRIPTS = ("latn", "cyrl", "grek")


def _pname(ctx: _Ctx, p: _Person, form: str) -> tuple[str, str | None]:
    rng = ctx.rng
    alpha = p.c.script in _ALPHA_SCRIPTS or p.g.isascii()
    if form == "":
        return _full(p), "PERSON"
    if form == "f":
        g = p.g.split()[-1] if p.c.short_last else p.g
        return g, "PERSON"
    if form == "l":
        return p.s, "PERSON"
    if form == "lf":
        if p.sep == "":
            return _full(p), "PERSON"
        return f"{p.s}, {p.g}", "PERSON"
    if form == "i":
        if not alpha:
            return _full(p), "PERSON"
        if p.c.code == "ta":
            return f"{p.s[0]}. {p.g}", "PERSON"
        if p.order == "sg" and p.sep == "":
            return _full(p), "PERSON"
        return f"{_initial(p.g)} {p.s}", "PERSON"
    if form == "m":
        if p.pat:
            return f"{p.g} {p.pat} {p.s}", "PERSON"
        if p.mid and p.order == "gs":
            if "m" not in p.cache:
                p.cache["m"] = rng.choice((p.mid, _initial(p.mid)))
            return f"{p.g} {p.cache['m']} {p.s}", "PERSON"
        return _full(p), "PERSON"
    if form == "io":
        return (f"{p.g} {p.pat}" if p.pat else p.g), "PERSON"
    if form == "fio":
        if p.pat:
            return f"{p.s} {p.g} {p.pat}", "PERSON"
        return (f"{p.s}{p.sep}{p.g}" if p.sep == "" else f"{p.s} {p.g}"), "PERSON"
    if form == "sg":
        return (f"{p.s}{p.sep}{p.g}" if p.sep == "" else f"{p.s} {p.g}"), "PERSON"
    if form == "U":
        return _upper(p, _full(p)), "PERSON"
    if form == "UF":
        if not alpha:
            return _full(p), "PERSON"
        return f"{_upper(p, p.s)} {p.g}", "PERSON"
    if form == "UL":
        return _upper(p, p.s), "PERSON"
    if form == "e":
        if "e" not in p.cache:
            p.cache["e"] = _email_for(ctx, p)
        return p.cache["e"], "EMAIL"
    if form == "u":
        ctx.look = ctx.look_name = True
        if "u" not in p.cache:
            p.cache["u"] = _user_for(rng, p)
        return p.cache["u"], None
    if form == "hon":
        if "hon" not in p.cache:
            opts = ctx.tbl(T.HON)[1 if p.fem else 0].split("|")
            p.cache["hon"] = rng.choice(opts)
        return p.cache["hon"], None
    if form in _PRON:
        return _PRON[form][1 if p.fem else 0], None
    raise ValueError(f"unknown person form {form!r}")


_PRON = {
    "he": ("he", "she"),
    "He": ("He", "She"),
    "his": ("his", "her"),
    "His": ("His", "Her"),
    "him": ("him", "her"),
}


def _email_parts(p: _Person) -> tuple[str, str]:
    g = _slug(p.rg.split()[-1] if p.c.short_last else p.rg.split()[0]) or "x"
    s = _slug(p.rs.split()[-1] if p.c.pre else p.rs.replace(" ", "")) or "y"
    return g, s


def _email_for(ctx: _Ctx, p: _Person) -> str:
    rng = ctx.rng
    g, s = _email_parts(p)
    n2 = str(rng.randint(1, 99))
    yy = str(rng.randint(60, 99) if rng.random() < 0.5 else rng.randint(1970, 2004))
    local = rng.choice(
        (
            f"{g}.{s}",
            f"{g}.{s}",
            f"{g[0]}.{s}",
            f"{g[0]}{s}",
            f"{g}{s[0]}",
            f"{g}_{s}",
            f"{s}.{g}",
            f"{g}.{s}{n2}",
            f"{g}{yy}",
            f"{s}{g[0]}",
            f"{g}-{s}",
            f"{g}{s}",
        )
    )
    if rng.random() < 0.5:
        dom = ctx.dom
    else:
        free = T.FREE_MAIL.get(p.c.mail or p.c.code) or T.FREE_MAIL["default"]
        dom = rng.choice(free if rng.random() < 0.7 else T.FREE_MAIL["default"])
    return f"{local}@{dom}"


def _user_for(rng: random.Random, p: _Person) -> str:
    g, s = _email_parts(p)
    return rng.choice(
        (
            f"{g[0]}{s}",
            f"{g}{s[0]}",
            f"{g[0]}{s}{rng.randint(1, 99)}",
            f"{s}_{g[0]}",
            f"{g}.{s[0]}",
            f"{g[:3]}{s[:3]}",
            f"{s}{g[0]}",
        )
    )


# ---------------------------------------------------------------------------
# value generators: each returns (text, category-or-None)


def _country(ctx: _Ctx, mods: tuple, table: dict) -> str:
    for m in mods:
        if m in table:
            return m
    return ctx.cc


def _g_email(ctx, form, mods):
    cults = _data()["cult"]
    c = cults[_wpick(ctx.rng, T.LANGS[ctx.lang]["cult"])]
    tmp = _Ctx(ctx.rng, ctx.lang, ctx.cc, None)
    return _email_for(tmp, _make_person(tmp, c, ctx.rng.random() < 0.5)), "EMAIL"


def _g_phone(ctx, form, mods):
    rng = ctx.rng
    cc = _country(ctx, mods, T.PHONES)
    pats = T.PHONES[cc].split("|")
    if "intl" in mods:
        pats = [x for x in pats if x.startswith("+")] or pats
    elif "nat" in mods:
        pats = [x for x in pats if not x.startswith("+")] or pats
    s = _fill(rng, rng.choice(pats))
    dig = T.NATIVE_DIGITS.get(ctx.lang)
    if dig and rng.random() < dig[1] * 0.6:
        s = s.translate(str.maketrans(_DIG, dig[0]))
    return s, "PHONE"


_CARD_BRANDS = (
    ("4", 16, 6),
    ("51", 16, 1),
    ("52", 16, 1),
    ("53", 16, 1),
    ("54", 16, 1),
    ("55", 16, 1),
    ("2221", 16, 1),
    ("2720", 16, 0.5),
    ("34", 15, 1),
    ("37", 15, 1.5),
    ("6011", 16, 1),
    ("65", 16, 0.5),
    ("353", 16, 0.7),
    ("62", 16, 0.7),
    ("4", 13, 0.2),
    ("6", 19, 0.2),
)


def _g_card(ctx, form, mods):
    rng = ctx.rng
    if "amex" in mods:
        prefix, n = rng.choice(("34", "37")), 15
    elif "visa" in mods:
        prefix, n = "4", 16
    elif "mc" in mods:
        prefix, n = rng.choice(("51", "53", "55", "2221")), 16
    else:
        prefix, n, _ = rng.choices(_CARD_BRANDS, [b[2] for b in _CARD_BRANDS])[0]
    body = prefix + _rand(rng, _DIG, n - 1 - len(prefix))
    num = next(body + c for c in _DIG if _luhn_ok(body + c))
    sep = rng.choice((" ", " ", "-", "", " "))
    if n == 15:
        groups = [num[:4], num[4:10], num[10:]]
    elif n == 16:
        groups = [num[i : i + 4] for i in range(0, 16, 4)]
    else:
        groups = [num]
    return sep.join(groups), "CREDIT_CARD"


def _g_iban(ctx, form, mods):
    rng = ctx.rng
    cc = _country(ctx, mods, T.IBAN_SPECS)
    if cc not in T.IBAN_SPECS:
        cc = rng.choice(T.IBAN_FALLBACK)
    spec = T.IBAN_SPECS[cc]
    bban = ""
    for i, (cnt, typ) in enumerate(re.findall(r"(\d+)([anc])", spec)):
        n = int(cnt)
        if typ == "a":
            banks = [b for b in T.IBAN_BANKS.get(cc, "").split() if len(b) == n]
            bban += rng.choice(banks) if banks and i == 0 else _rand(rng, _UP, n)
        elif typ == "n":
            bban += "0" * n if (cc == "tr" and i == 1) else _rand(rng, _DIG, n)
        else:
            bban += "".join(
                rng.choice(_UP) if rng.random() < 0.02 else rng.choice(_DIG) for _ in range(n)
            )
    up = cc.upper()
    num = "".join(str(int(ch, 36)) for ch in bban + up + "00")
    iban = f"{up}{98 - int(num) % 97:02d}{bban}"
    if rng.random() < 0.65:
        iban = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    return iban, "IBAN"


def _g_ssn(ctx, form, mods):
    rng = ctx.rng
    area = rng.randint(1, 899)
    while area == 666:
        area = rng.randint(1, 899)
    a, g, s = f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"
    sep = rng.choice(("-", "-", "-", " ", ""))
    return sep.join((a, g, s)), "US_SSN"


def _g_itin(ctx, form, mods):
    rng = ctx.rng
    grp = rng.choice(
        list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92] + list(range(94, 100))
    )
    a, s = f"9{rng.randint(0, 99):02d}", f"{rng.randint(0, 9999):04d}"
    sep = rng.choice(("-", "-", " ", ""))
    return sep.join((a, f"{grp:02d}", s)), "US_ITIN"


def _g_ip(ctx, form, mods):
    rng = ctx.rng
    r = rng.random()
    o = lambda: rng.randint(0, 255)  # noqa: E731
    if r < 0.22:
        ip = f"10.{o()}.{o()}.{rng.randint(1, 254)}"
    elif r < 0.36:
        ip = f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}"
    elif r < 0.42:
        ip = f"172.{rng.randint(16, 31)}.{o()}.{rng.randint(1, 254)}"
    elif r < 0.52:
        base = rng.choice(("192.0.2", "198.51.100", "203.0.113"))
        ip = f"{base}.{rng.randint(1, 254)}"
    else:
        first = rng.choice([x for x in range(1, 224) if x not in (10, 127, 169, 172, 192)])
        ip = f"{first}.{o()}.{o()}.{rng.randint(1, 254)}"
    return ip, "IP"


def _g_ip6(ctx, form, mods):
    rng = ctx.rng

    def h():
        return f"{rng.randint(0, 0xFFFF):x}"

    r = rng.random()
    if r < 0.3:
        ip = f"2001:db8:{h()}:{h()}::{h()}"
    elif r < 0.5:
        ip = f"fe80::{h()}:{h()}:{h()}:{h()}"
    elif r < 0.75:
        pre = rng.choice(("2a02", "2a01", "2001", "2604", "2406", "2a00", "2c0f"))
        ip = ":".join([pre] + [h() for _ in range(7)])
    elif r < 0.88:
        ip = "2001:0db8:" + ":".join(f"{rng.randint(0, 0xFFFF):04x}" for _ in range(6))
    else:
        ip = f"{rng.choice(('2a03', '2600', '2407'))}:{h()}:{h()}::{h()}:{h()}"
    if rng.random() < 0.15:
        ip = ip.upper()
    return ip, "IP"


def _g_mac(ctx, form, mods):
    rng = ctx.rng
    b = [rng.randint(0, 255) for _ in range(6)]
    b[0] &= 0xFE
    hx = [f"{x:02x}" for x in b]
    r = rng.random()
    if r < 0.4:
        s = ":".join(hx).upper()
    elif r < 0.7:
        s = ":".join(hx)
    elif r < 0.85:
        s = "-".join(hx).upper()
    else:
        j = "".join(hx)
        s = f"{j[:4]}.{j[4:8]}.{j[8:]}"
    return s, "MAC"


def _g_btc(ctx, form, mods):
    rng = ctx.rng
    r = rng.random()
    if r < 0.35:
        s = _b58check(b"\x00" + rng.randbytes(20))
    elif r < 0.55:
        s = _b58check(b"\x05" + rng.randbytes(20))
    elif r < 0.85:
        s = _segwit(rng.randbytes(20), 0)
    else:
        s = _segwit(rng.randbytes(32), 1)
    return s, "CRYPTO"


def _g_eth(ctx, form, mods):
    return "0x" + _eip55(ctx.rng.randbytes(20).hex()), "CRYPTO"


def _g_crypto(ctx, form, mods):
    return (_g_btc if ctx.rng.random() < 0.55 else _g_eth)(ctx, form, mods)


def _rand_date(rng: random.Random, y0: int, y1: int) -> date:
    start = date(y0, 1, 1).toordinal()
    end = date(y1, 12, 31).toordinal()
    return date.fromordinal(rng.randint(start, end))


_DOB_RANGES = {
    "kid": (2008, 2019),
    "teen": (2006, 2011),
    "young": (1995, 2006),
    "old": (1932, 1958),
    "adult": (1950, 2004),
}
_CALS = ("hijri", "jalali", "eth", "be", "jp", "roc")


def _digits(ctx: _Ctx, s: str, boost: float = 1.0) -> str:
    dig = T.NATIVE_DIGITS.get(ctx.lang)
    if dig and ctx.rng.random() < dig[1] * boost:
        return s.translate(str.maketrans(_DIG, dig[0]))
    return s


def _fmt_cal(ctx: _Ctx, d: date, cal: str) -> str:
    rng = ctx.rng
    if cal == "jalali":
        y, m, dd = _jalali(d)
        mon = T.JALALI_MONTHS.split()[m - 1]
        f = rng.choice((f"{y}/{m:02d}/{dd:02d}", f"{dd} {mon} {y}", f"{y}/{m}/{dd}"))
        return _digits(ctx, f, 1.4)
    if cal == "hijri":
        y, m, dd = _hijri(d)
        mon = T.HIJRI_MONTHS.split("|")[m - 1]
        f = rng.choice((f"{dd} {mon} {y} هـ", f"{y}/{m:02d}/{dd:02d} هـ", f"{dd}/{m:02d}/{y}هـ"))
        return _digits(ctx, f)
    if cal == "eth":
        y, m, dd = _ethiopian(d)
        mon = T.ETH_MONTHS.split()[m - 1]
        return rng.choice(
            (
                f"{mon} {dd} ቀን {y} ዓ.ም.",
                f"{dd:02d}/{m:02d}/{y} ዓ.ም.",
                f"{dd}/{m}/{y}",
                f"{mon} {dd}, {y}",
            )
        )
    if cal == "be":
        mon = T.MONTHS["th"].split()[d.month - 1]
        f = rng.choice(
            (f"{d.day} {mon} {d.year + 543}", f"{d.day:02d}/{d.month:02d}/{d.year + 543}")
        )
        return _digits(ctx, f)
    if cal == "jp":
        era, ab, ey = _jp_era(d)
        return rng.choice(
            (f"{era}{ey}年{d.month}月{d.day}日", f"{ab}{ey}.{d.month:02d}.{d.day:02d}")
        )
    y = d.year - 1911
    return rng.choice((f"民國{y}年{d.month}月{d.day}日", f"{y}/{d.month:02d}/{d.day:02d}"))


_FIXED_FMT = {
    "iso": "{yyyy}-{mm}-{dd}",
    "us": "{mm}/{dd}/{yyyy}",
    "eu": "{dd}/{mm}/{yyyy}",
    "dot": "{dd}.{mm}.{yyyy}",
    "compact": "{yyyy}{mm}{dd}",
    "dmy": "{dd}{mm}{yyyy}",
}


def _fmt_date(ctx: _Ctx, d: date, mods: tuple, birth: bool) -> str:
    rng = ctx.rng
    cal = next((m for m in mods if m in _CALS), None)
    if cal is None and not any(m in _FIXED_FMT or m in ("long", "num") for m in mods):
        special = T.CAL_DEFAULT.get(ctx.lang)
        if special and rng.random() < special[1]:
            cal = special[0]
    if cal:
        return _fmt_cal(ctx, d, cal)
    fmt = next((_FIXED_FMT[m] for m in mods if m in _FIXED_FMT), None)
    if fmt is None:
        fmts = ctx.tbl(T.DATE_FMT)
        if "long" in mods:
            fmts = [f for f in fmts if "{MON}" in f or "{Mon3}" in f] or fmts
        elif "num" in mods:
            fmts = [f for f in fmts if "{MON}" not in f and "{Mon3}" not in f] or fmts
        fmt = rng.choice(fmts)
    months = ctx.tbl(T.MONTHS).split()
    mon = months[d.month - 1].replace("_", " ")
    s = fmt.format(
        d=d.day,
        dd=f"{d.day:02d}",
        m=d.month,
        mm=f"{d.month:02d}",
        yyyy=d.year,
        yy=f"{d.year % 100:02d}",
        MON=mon,
        Mon3=mon[:3],
    )
    return _digits(ctx, s)


def _g_dob(ctx, form, mods):
    rng = ctx.rng
    rk = next((m for m in mods if m in _DOB_RANGES), "adult")
    d = _rand_date(rng, *_DOB_RANGES[rk])
    return _fmt_date(ctx, d, mods, True), "DATE_OF_BIRTH"


def _g_date(ctx, form, mods):
    rng = ctx.rng
    if "past" in mods:
        d = _rand_date(rng, 2005, 2022)
    elif "fut" in mods:
        d = _rand_date(rng, 2025, 2027)
    elif "week" in mods:
        d = (_WEEK0 + timedelta(days=rng.randint(0, 6))).date()
    else:
        d = _rand_date(rng, 2023, 2025)
    ctx.look = True
    return _fmt_date(ctx, d, mods, False), None


def _g_addr(ctx, form, mods):
    rng = ctx.rng
    cc = _country(ctx, mods, T.ADDRESSES)
    spec = T.ADDRESSES.get(f"{cc}_{ctx.lang}") or T.ADDRESSES.get(cc)
    if spec is None:
        spec = T.ADDRESSES[rng.choice(("us", "gb"))]
    city, zpat, reg = rng.choice(spec["city"].split("|")).split(";")
    fmt = rng.choice(spec["ml" if "ml" in mods else "one"].split("|"))
    vals = {
        "st": rng.choice(spec["st"].split("|")),
        "no": _fill(rng, rng.choice(spec.get("no", "%#").split("|"))),
        "unit": _fill(rng, rng.choice(spec.get("unit", "").split("|"))),
        "zip": _fill(rng, zpat),
        "city": city,
        "reg": reg,
    }
    s = re.sub(r"\{(\w+)\}", lambda m: vals[m.group(1)], fmt)
    return _digits(ctx, s, 0.5), "ADDRESS"


def _uk_dl(rng: random.Random) -> str:
    c = _data()["cult"][rng.choice(("en_gb", "sco", "ie", "en_us"))]
    sur = re.sub(r"[^A-Z]", "", _fold(rng.choice(c.s)[1][0]).upper())
    head = (sur + "99999")[:5]
    d = _rand_date(rng, 1950, 2004)
    mm = d.month + (50 if rng.random() < 0.5 else 0)
    ini = rng.choice(_UP) + rng.choice(_UP + "9")
    return f"{head}{d.year % 100 // 10}{mm:02d}{d.day:02d}{d.year % 10}{ini}9{_rand(rng, _UP, 2)}"


_DNI = "TRWAGMYFPDXBNJZSQVHLCKE"


def _g_dl(ctx, form, mods):
    rng = ctx.rng
    cc = _country(ctx, mods, T.DL_FORMATS)
    if cc == "gb" and rng.random() < 0.8:
        return _uk_dl(rng), "DRIVER_LICENSE"
    if cc == "es":
        n = rng.randint(10000000, 99999999)
        return f"{n}{_DNI[n % 23]}", "DRIVER_LICENSE"
    pats = T.DL_FORMATS.get(cc) or T.DL_FORMATS["us"]
    return _fill(rng, rng.choice(pats.split("|"))), "DRIVER_LICENSE"


def _g_pass(ctx, form, mods):
    rng = ctx.rng
    cc = _country(ctx, mods, T.PASSPORT_FORMATS)
    pats = T.PASSPORT_FORMATS.get(cc) or T.PASSPORT_FORMATS["us"]
    if cc == "de":
        rest = "".join(rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
        return rng.choice("CFGHJK") + rest, "PASSPORT"
    return _fill(rng, rng.choice(pats.split("|"))), "PASSPORT"


def _password(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.32:
        w = rng.choice(T.PW_WORDS)
        n = rng.choice((str(rng.randint(1, 99)), str(rng.randint(1960, 2025)), "123", "1"))
        return w + n + rng.choice(("!", "#", "$", "?", "*", "", "!!", "@"))
    if r < 0.5:
        w = rng.choice(T.PW_WORDS)
        leet = str.maketrans({"a": "@", "o": "0", "e": "3", "s": "$", "i": "1"})
        w = "".join(ch.translate(leet) if rng.random() < 0.6 else ch for ch in w)
        return w + str(rng.randint(0, 999)) + rng.choice(("", "!", "#"))
    if r < 0.8:
        sym = "!#$%&*?@^-_+=~"
        core = [rng.choice(_UP), rng.choice(_LOW), rng.choice(_DIG), rng.choice(sym)]
        core += [rng.choice(_ALNUM + sym) for _ in range(rng.randint(6, 14))]
        rng.shuffle(core)
        return "".join(core)
    words = [rng.choice(T.PW_WORDS).lower() for _ in range(rng.randint(3, 4))]
    sep = rng.choice(("-", ".", "_"))
    words[rng.randrange(len(words))] = words[0].capitalize()
    return sep.join(words) + sep + str(rng.randint(2, 99))


def _jwt(rng: random.Random) -> str:
    def b64(b: bytes) -> str:
        return base64.urlsafe_b64encode(b).decode().rstrip("=")

    head = rng.choice(('{"alg":"HS256","typ":"JWT"}', '{"alg":"RS256","typ":"JWT","kid":"k1"}'))
    iat = int(_WEEK0.timestamp()) + rng.randint(0, 600000)
    body = json.dumps(
        {"sub": str(rng.randint(10000, 9999999)), "iat": iat, "exp": iat + 3600},
        separators=(",", ":"),
    )
    return f"{b64(head.encode())}.{b64(body.encode())}.{_rand(rng, _B64URL, 43)}"


def _secret(rng: random.Random, kind: str) -> str:
    if kind == "key":
        kind = rng.choice(
            ("aws", "gh", "gl", "slack", "stripe", "openai", "ant", "gapi", "sg", "npm", "hf")
            + ("twilio", "mailgun", "shopify", "do", "dd", "ghf", "pypi", "azure")
        )
    f = {
        "aws": lambda: "AKIA" + _rand(rng, _UP + "234567", 16),
        "awss": lambda: _rand(rng, _ALNUM + "/+", 40),
        "gh": lambda: "ghp_" + _rand(rng, _ALNUM, 36),
        "gho": lambda: "gho_" + _rand(rng, _ALNUM, 36),
        "ghf": lambda: f"github_pat_{_rand(rng, _UP + _DIG, 22)}_{_rand(rng, _ALNUM, 59)}",
        "gl": lambda: "glpat-" + _rand(rng, _ALNUM + "-_", 20),
        "slack": lambda: (
            f"xox{rng.choice('bpa')}-{rng.randint(10**10, 10**12)}-{rng.randint(10**11, 10**13)}"
            f"-{_rand(rng, _ALNUM, 24)}"
        ),
        "stripe": lambda: (
            rng.choice(("sk_live_", "rk_live_")) + _rand(rng, _ALNUM, rng.choice((24, 99)))
        ),
        "stripet": lambda: "sk_test_" + _rand(rng, _ALNUM, 24),
        "openai": lambda: rng.choice(
            (
                "sk-proj-" + _rand(rng, _B64URL, 120),
                "sk-" + _rand(rng, _ALNUM, 20) + "T3BlbkFJ" + _rand(rng, _ALNUM, 20),
                "sk-svcacct-" + _rand(rng, _B64URL, 100),
            )
        ),
        "ant": lambda: "sk-ant-api03-" + _rand(rng, _B64URL, 93) + "AA",
        "gapi": lambda: "AIza" + _rand(rng, _B64URL, 35),
        "twilio": lambda: _rand(rng, _HEX, 32),
        "sg": lambda: f"SG.{_rand(rng, _B64URL, 22)}.{_rand(rng, _B64URL, 43)}",
        "npm": lambda: "npm_" + _rand(rng, _ALNUM, 36),
        "pypi": lambda: "pypi-AgEIcHlwaS5vcmc" + _rand(rng, _B64URL, 60),
        "hf": lambda: "hf_" + _rand(rng, string.ascii_letters, 34),
        "azure": lambda: _rand(rng, _ALNUM + "+/", 86) + "==",
        "mailgun": lambda: "key-" + _rand(rng, _HEX, 32),
        "shopify": lambda: "shpat_" + _rand(rng, _HEX, 32),
        "do": lambda: "dop_v1_" + _rand(rng, _HEX, 64),
        "dd": lambda: _rand(rng, _HEX, 32),
        "hex": lambda: _rand(rng, _HEX, rng.choice((32, 40, 64))),
        "b64": lambda: _rand(rng, _ALNUM + "+/", 43) + "=",
        "jwt": lambda: _jwt(rng),
        "pw": lambda: _password(rng),
        "dbpw": lambda: (
            _rand(rng, _ALNUM, rng.randint(3, 6))
            + rng.choice(("!", "_", "-", "*", "."))
            + _rand(rng, _ALNUM, rng.randint(6, 12))
        ),
        "pin": lambda: _rand(rng, _DIG, rng.choice((4, 4, 4, 6))),
        "door": lambda: rng.choice(
            (
                _rand(rng, _DIG, 4) + "#",
                "#" + _rand(rng, _DIG, 4),
                _rand(rng, _DIG, rng.choice((4, 5, 6))),
                "*" + _rand(rng, _DIG, 4) + "#",
                "C" + _rand(rng, _DIG, 4),
            )
        ),
        "wifi": lambda: rng.choice(
            (
                rng.choice(T.PW_WORDS)
                + rng.choice(("-", "_", ""))
                + rng.choice(T.PW_WORDS).lower()
                + str(rng.randint(10, 2025)),
                _rand(rng, _ALNUM, rng.choice((12, 16, 20))),
                f"{_rand(rng, _ALNUM, 4)}-{_rand(rng, _ALNUM, 4)}-{_rand(rng, _ALNUM, 4)}",
            )
        ),
        "rec": lambda: rng.choice(
            (
                f"{_rand(rng, _HEX, 5)}-{_rand(rng, _HEX, 5)}",
                f"{_rand(rng, _DIG, 4)} {_rand(rng, _DIG, 4)}",
                "-".join(_rand(rng, _UP + _DIG, 5) for _ in range(5)),
                "-".join(_rand(rng, _DIG, 6) for _ in range(8)),
                "-".join(_rand(rng, _LOW + _DIG, 4) for _ in range(4)),
            )
        ),
        "totp": lambda: _rand(rng, _UP + "234567", rng.choice((16, 32))),
        "seed": lambda: " ".join(rng.sample(T.SEED_WORDS.split(), rng.choice((12, 12, 24)))),
        "otp": lambda: _rand(rng, _DIG, 6),
    }[kind]
    return f()


def _g_sec(ctx, form, mods):
    kind = mods[0] if mods else "key"
    return _secret(ctx.rng, kind), "SECRET"


# unlabeled look-alikes and fillers


def _look(fn):
    def inner(ctx, form, mods):
        ctx.look = True
        return fn(ctx, form, mods), None

    return inner


def _plain(fn):
    def inner(ctx, form, mods):
        return fn(ctx, form, mods), None

    return inner


def _ticket(ctx, form, mods):
    rng = ctx.rng
    return _fill(
        rng,
        rng.choice(
            (
                "INC00%####",
                "!%####",
                "CASE-2025-0%###",
                "SR-%#####",
                "TKT-%####",
                rng.choice(("OPS", "HR", "FIN", "APP", "CS", "IT", "LEG")) + "-%###",
                "REQ%######",
                "CHG00%####",
            )
        ),
    )


def _uuid(ctx, form, mods):
    h = f"{ctx.rng.getrandbits(128):032x}"
    h = h[:12] + "4" + h[13:16] + "89ab"[int(h[16], 16) % 4] + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _ts(ctx, form, mods):
    rng = ctx.rng
    t = _WEEK0 + timedelta(seconds=rng.randint(7 * 3600, 7 * 86400 - 3600))
    ms = rng.randint(0, 999)
    opts = (
        t.strftime("%Y-%m-%dT%H:%M:%SZ"),
        t.strftime("%Y-%m-%d %H:%M:%S"),
        t.strftime("%Y-%m-%dT%H:%M:%S") + f".{ms:03d}+01:00",
        t.strftime("%Y-%m-%d %H:%M:%S") + f",{ms:03d}",
        t.strftime("%d/%b/%Y:%H:%M:%S +0000"),
        t.strftime("%b %d %H:%M:%S"),
        t.strftime("%Y-%m-%dT%H:%M:%S") + f".{ms:03d}Z",
    )
    if "iso" in mods:
        return opts[0] if rng.random() < 0.5 else opts[6]
    return rng.choice(opts)


def _epoch(ctx, form, mods):
    return str(int(_WEEK0.timestamp()) + ctx.rng.randint(7 * 3600, 7 * 86400))


def _time(ctx, form, mods):
    rng = ctx.rng
    h, m = rng.randint(7, 19), rng.choice((0, 0, 15, 30, 45, 10, 20, 50))
    if ctx.base == "en" and rng.random() < 0.5:
        return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"
    return f"{h}:{m:02d}" if rng.random() < 0.5 else f"{h:02d}:{m:02d}"


def _hash(ctx, form, mods):
    return _rand(ctx.rng, _HEX, 64 if "256" in mods else 40)


def _sha(ctx, form, mods):
    return _rand(ctx.rng, _HEX, ctx.rng.choice((7, 7, 8, 12)))


def _req(ctx, form, mods):
    rng = ctx.rng
    return rng.choice(
        (
            "req_" + _rand(rng, _ALNUM, 24),
            _rand(rng, "0123456789ABCDEFGHJKMNPQRSTVWXYZ", 26),
            _rand(rng, _HEX, 16),
            "01J" + _rand(rng, "0123456789ABCDEFGHJKMNPQRSTVWXYZ", 23),
        )
    )


def _ver(ctx, form, mods):
    rng = ctx.rng
    v = f"{rng.randint(0, 14)}.{rng.randint(0, 30)}.{rng.randint(0, 20)}"
    return rng.choice((v, "v" + v, v + f"-rc.{rng.randint(1, 4)}", v + "-beta"))


def _amt(ctx, form, mods):
    rng = ctx.rng
    cc = _country(ctx, mods, T.CURRENCY)
    sym, pos, seps, dec = T.CURRENCY.get(cc, T.CURRENCY["us"])
    if "small" in mods:
        v = rng.randint(4, 450)
    elif "big" in mods:
        v = rng.randint(20000, 600000)
    else:
        v = rng.choice((rng.randint(5, 400), rng.randint(100, 3000), rng.randint(1000, 20000)))
    if dec:
        whole, cents = v, rng.randint(0, 99)
    else:
        whole, cents = v * rng.choice((1, 10, 100)), None
    num = f"{whole:,}".replace(",", seps[0]) + (
        f"{seps[1]}{cents:02d}" if cents is not None else ""
    )
    if pos == "pre":
        return f"{sym}{num}"
    if pos == "pre_":
        return f"{sym} {num}"
    if pos == "postn":
        return f"{num}{sym}"
    return f"{num} {sym}"


def _order(ctx, form, mods):
    rng = ctx.rng
    return _fill(rng, rng.choice(("!%#####", "ORD-2025-%####", "SO-%####", "%##-%######-#######")))


def _inv(ctx, form, mods):
    rng = ctx.rng
    return _fill(
        rng, rng.choice(("INV-2025-0%##", "RE-2025-%###", "FA-2025/%##", "%#####", "INV%#####"))
    )


def _track(ctx, form, mods):
    rng = ctx.rng
    return _fill(
        rng,
        rng.choice(
            (
                "1Z%##@@%#########",
                "94%# #### #### #### #### ##",
                "JD01%###############",
                "@@%########" + rng.choice(("DE", "GB", "NL", "PL", "CN", "US")),
                "%###########",
                "TBA%##########",
            )
        ),
    )


def _user(ctx, form, mods):
    rng = ctx.rng
    if rng.random() < 0.5:
        return rng.choice(T.HANDLES)
    return _fill(rng, rng.choice(T.HANDLE_PATTERNS))


def _num(ctx, form, mods):
    rng = ctx.rng
    for m in mods:
        if "-" in m:
            a, b = m.split("-")
            return str(rng.randint(int(a), int(b)))
    return str(rng.randint(2, 48))


def _code(ctx, form, mods):
    return _rand(ctx.rng, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6)


def _city(ctx, form, mods):
    rng = ctx.rng
    cc = _country(ctx, mods, T.ADDRESSES)
    spec = T.ADDRESSES.get(f"{cc}_{ctx.lang}") or T.ADDRESSES.get(cc) or T.ADDRESSES["us"]
    return rng.choice(spec["city"].split("|")).split(";")[0]


def _pick(name):
    def inner(ctx, form, mods):
        return ctx.rng.choice(getattr(T, name))

    return inner


_GEN = {
    "EMAIL": _g_email,
    "PHONE": _g_phone,
    "CARD": _g_card,
    "IBAN": _g_iban,
    "SSN": _g_ssn,
    "ITIN": _g_itin,
    "IP": _g_ip,
    "IP6": _g_ip6,
    "MAC": _g_mac,
    "BTC": _g_btc,
    "ETH": _g_eth,
    "CRYPTO": _g_crypto,
    "DOB": _g_dob,
    "ADDR": _g_addr,
    "DL": _g_dl,
    "PASS": _g_pass,
    "SEC": _g_sec,
    "DATE": _g_date,
    "ORG": _look(_pick("ORG_LOOKALIKES")),
    "PLACE": _look(_pick("PLACE_LOOKALIKES")),
    "HOSP": _look(_pick("HOSPITALS")),
    "PH": _look(_pick("PLACEHOLDERS")),
    "TICKET": _look(_ticket),
    "UUID": _look(_uuid),
    "TS": _look(_ts),
    "EPOCH": _look(_epoch),
    "HASH": _look(_hash),
    "SHA": _look(_sha),
    "REQ": _look(_req),
    "VER": _look(_ver),
    "AMT": _look(_amt),
    "ORDER": _look(_order),
    "INV": _look(_inv),
    "TRACK": _look(_track),
    "USER": _look(_user),
    "CODE": _look(_code),
    "TIME": _plain(_time),
    "NUM": _plain(_num),
    "CITY": _plain(_city),
    "MODEL": _plain(_pick("MODELS")),
    "HOST": _plain(_pick("HOSTS")),
    "ORGN": _plain(_pick("ORGS")),
}


# look-alikes that read like names or words that are names
_NAMELIKE = ("ORG", "PLACE", "HOSP", "PH", "USER")

# ---------------------------------------------------------------------------
# rendering


def _esc(mode: str | None, s: str) -> str:
    if mode == "json":
        return json.dumps(s, ensure_ascii=False)[1:-1]
    if mode == "sql":
        return s.replace("'", "''")
    if mode == "csv":
        return s.replace('"', '""')
    return s


def _render(parts: list, ctx: _Ctx, body: list | None = None) -> list[tuple[str, str | None]]:
    rng = ctx.rng
    out: list[tuple[str, str | None]] = []
    for part in parts:
        if isinstance(part, str):
            out.append((part, None))
            continue
        kind = part[0]
        if kind == "?":
            out.append((rng.choice(part[1]), None))
            continue
        if kind == "~":
            ctx.look = ctx.look_name = True
            continue
        key, form, mods, tag = part
        if key == "BODY":
            out.extend(body or [])
            continue
        ck = (key, form, mods, tag)
        if tag and ck in ctx.tags:
            val, cat = ctx.tags[ck]
        elif len(key) == 1:
            val, cat = _pname(ctx, _person(ctx, key, mods), form)
        else:
            val, cat = _GEN[key](ctx, form, mods)
            if key in _NAMELIKE:
                ctx.look_name = True
        if tag:
            ctx.tags[ck] = (val, cat)
        if cat is not None and (not val or val != val.strip()):
            raise ValueError(f"bad value {val!r} for {key}")
        out.append((_esc(ctx.esc, val), cat))
    return out


def _assemble(pieces: list[tuple[str, str | None]]) -> tuple[str, list[tuple[str, int, int]]]:
    buf: list[str] = []
    spans: list[tuple[str, int, int]] = []
    pos = 0
    for text, cat in pieces:
        if cat is not None:
            spans.append((cat, pos, pos + len(text)))
        buf.append(text)
        pos += len(text)
    return "".join(buf), spans


class _Cycler:
    def __init__(self, items: list[_Tpl], rng: random.Random):
        self.items = items
        self.rng = rng
        self.queue: list[_Tpl] = []

    def next(self) -> _Tpl:
        if not self.queue:
            self.queue = list(self.items)
            self.rng.shuffle(self.queue)
        return self.queue.pop()


def _render_sample(
    rng: random.Random, tpl: _Tpl, wraps: dict[str, _Cycler]
) -> tuple[str, list, tuple[bool, bool], str | None]:
    ctx = _Ctx(rng, tpl.lang, tpl.cc, tpl.esc)
    pieces = _render(tpl.parts, ctx)
    look = (ctx.look, ctx.look_name)
    if tpl.wrap and rng.random() < _WRAP_P:
        w = wraps["resp" if tpl.ans else "req"].next()
        inner = [(_esc(w.esc, t), c) for t, c in pieces]
        ctx.esc = "json" if w.esc == "json" else None
        wrapped = _render(w.parts, ctx, body=inner)
        text, spans = _assemble(wrapped)
        if text.count("\n") < _MAX_LINES:
            return text, spans, (look[0] or ctx.look, look[1] or ctx.look_name), w.name
    text, spans = _assemble(pieces)
    return text, spans, look, None


_LAST_STATS: dict = {}


def dev14_set(scale: float = 1.0, seed: int = 14014) -> list[Sample]:
    n = max(1, round(_BASE * scale))
    rng = random.Random(seed)
    data = _data()
    en = [t for t in data["tpls"] if t.lang == "en"]
    other = [t for t in data["tpls"] if t.lang != "en"] or en
    n_en = round(n * _EN_SHARE)
    flags = [True] * n_en + [False] * (n - n_en)
    rng.shuffle(flags)
    cyc = {True: _Cycler(en, rng), False: _Cycler(other, rng)}
    wcyc = {
        kind: _Cycler([w for w in data["wraps"] if w.kind in (kind, "any")], rng)
        for kind in ("req", "resp")
    }
    out: list[Sample] = []
    seen: set[str] = set()
    used: list[str] = []
    wrapped: list[str | None] = []
    looks = 0
    looks_name = 0
    for is_en in flags:
        for _ in range(100):
            tpl = cyc[is_en].next()
            text, spans, look, wname = _render_sample(rng, tpl, wcyc)
            if text not in seen:
                break
        else:
            raise RuntimeError("could not produce a unique text")
        seen.add(text)
        used.append(tpl.name)
        wrapped.append(wname)
        looks += look[0]
        looks_name += look[1]
        out.append(Sample(text=text, spans=spans))
    _LAST_STATS.clear()
    by_name = {t.name: t.lang for t in data["tpls"]}
    _LAST_STATS.update(
        templates=used,
        wrappers=wrapped,
        look_share=looks / len(out),
        look_name_share=looks_name / len(out),
        langs=[by_name[u] for u in used],
    )
    _check(out)
    return out


# ---------------------------------------------------------------------------
# validation


def _check(samples: list[Sample]) -> None:
    texts: set[str] = set()
    for i, s in enumerate(samples):
        text = s.text
        assert text not in texts, f"duplicate text at {i}"
        texts.add(text)
        assert text.strip(), f"empty text at {i}"
        assert text.count("\n") < _MAX_LINES, f"too many lines at {i}"
        assert "⟦" not in text and "⟧" not in text, f"unfilled placeholder at {i}"
        last_end = -1
        prev = None
        for cat, start, end in sorted(s.spans, key=lambda x: (x[1], x[2])):
            assert cat in CATEGORIES, f"unknown category {cat} at {i}"
            assert 0 <= start < end <= len(text), f"span out of range at {i}"
            assert start >= last_end, f"overlapping spans at {i}"
            last_end = end
            val = text[start:end]
            assert val == val.strip(), f"span with outer whitespace at {i}: {val!r}"
            if cat == "PERSON" and prev and prev[0] == "PERSON":
                gap = text[prev[2] : start]
                assert gap.strip(" "), f"two PERSON spans split by spaces only at {i}"
            prev = (cat, start, end)
            if cat == "CREDIT_CARD":
                digits = re.sub(r"[ -]", "", val)
                assert digits.isdigit() and 13 <= len(digits) <= 19, f"bad card {val!r}"
                assert _luhn_ok(digits), f"card fails Luhn: {val!r}"
            elif cat == "IBAN":
                assert _iban_ok(val), f"IBAN fails mod-97: {val!r}"
            elif cat == "CRYPTO":
                assert _crypto_ok(val), f"crypto address fails checksum: {val!r}"
            elif cat == "US_SSN":
                assert _ssn_ok(val), f"bad SSN {val!r}"
            elif cat == "US_ITIN":
                assert _itin_ok(val), f"bad ITIN {val!r}"
