"""dev20: "people writing the way they really write, all over the world".

An independent, labelled evaluation set for the PII sanitizer, written blind:
nothing in it was derived from, tuned on or checked against the sanitizer.
Every pool, template, envelope and format was typed by hand for this set
(see ``sanitizer_dev20_templates.py``); only the Python standard library is
used.

What the texts are: things people send to an LLM or paste into it from their
messaging life -- WhatsApp / Telegram / Signal / Viber / LINE / WeChat /
KakaoTalk exports in each app's own line format and several locales' date
formats, SMS threads, Instagram / Facebook / Discord / iMessage threads, OCR'd
screenshots, voice-note transcripts without punctuation, "help me reply",
"translate this for my mum", "summarize the family group", complaints to a
landlord / school / clinic, dating bios, neighbourhood posts, wedding /
funeral / birthday announcements, prayer and church rosters, school parent
groups -- heavily code-switched (Pidgin, Hinglish, Taglish, Sheng, Arabizi,
Singlish, Banglish, romanized Urdu/Tamil/Telugu/Malayalam, Indonesian,
Vietnamese without diacritics, Turkish without special letters, ...), often
lowercase, with emoji, nicknames, kinship terms and @mentions.  About a
fifth of the texts are wrapped in an LLM API request body (JSON, escaped piece
by piece) or a log line.

How it is built: texts are assembled from pieces ``(text, category or None)``
and span offsets are accumulated while assembling (never searched for in the
finished text).  One seeded ``random.Random`` drives everything.

Label conventions (must-remove values):
  PERSON  a private person's name; the whole name is one span (given, middle,
          surname, particles such as "bin", "da", "de la", "van der").
          Titles / honorifics / kinship terms stay outside ("aunty Ngozi",
          "Rohit bhaiya", "Tanaka-san", "P'Nok", "kak Faiz", "Mr Bello").
          A given name alone, a nickname alone or a surname alone that refers
          to a private person is a span, lowercase or not, also when glued to
          punctuation, emoji or a suffix ("{name}'s", "{name}ning", "지훈씨").
          @handles made of the person's name are PERSON (the "@" is outside);
          names in WhatsApp sender fields, contact-card file names, vCard
          N:/FN: fields and family group titles ("Okafor Family") count.
          Public figures, saints, brands, places and streets named after
          people, and given names discussed as words are not labelled.
  PHONE, EMAIL, IBAN, CREDIT_CARD, US_SSN, US_ITIN, IP, MAC, CRYPTO,
  PASSPORT, DRIVER_LICENSE: the value itself.  Mobile-money numbers are PHONE.
  DATE_OF_BIRTH  only a date that is somebody's birth date (any format).
  ADDRESS  a private street address with a house number, from the first to
          the last part given (street, number, unit, area, postcode, town);
          a trailing country is outside.
  SECRET  passwords, Wi-Fi keys, PINs and door/alarm codes, OTP codes, API
          keys, bot tokens, recovery codes -- the value only.
About 8% of the texts have nothing to remove and carry near-misses (order and
tracking numbers, versions, hashes, placeholders, public figures, virtue words
such as grace / joy / hope used as words, dates that are not birth dates).
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import unicodedata

from bench import sanitizer_dev20_templates as T
from bench.sanitizer_data import Sample

SEED = 2020
N_BASE = 1200
NEG_FRACTION = 0.08

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

P = "PERSON"
DIG = "0123456789"
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LOW = "abcdefghijklmnopqrstuvwxyz"
ALNUM = UP + LOW + DIG
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"

# ---------------------------------------------------------------------------
# checksums
# ---------------------------------------------------------------------------
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


def _rol(v, n):
    return ((v << n) | (v >> (64 - n))) & _M64 if n else v


def _keccak_f(a):
    for rc in _RC:
        c = [a[x][0] ^ a[x][1] ^ a[x][2] ^ a[x][3] ^ a[x][4] for x in range(5)]
        d = [c[(x - 1) % 5] ^ _rol(c[(x + 1) % 5], 1) for x in range(5)]
        a = [[a[x][y] ^ d[x] for y in range(5)] for x in range(5)]
        b = [[0] * 5 for _ in range(5)]
        for x in range(5):
            for y in range(5):
                b[y][(2 * x + 3 * y) % 5] = _rol(a[x][y], _ROT[x][y])
        a = [
            [b[x][y] ^ ((~b[(x + 1) % 5][y]) & b[(x + 2) % 5][y] & _M64) for y in range(5)]
            for x in range(5)
        ]
        a[0][0] ^= rc
    return a


def keccak256(data: bytes) -> bytes:
    rate = 136
    msg = bytearray(data)
    msg.append(0x01)
    while len(msg) % rate:
        msg.append(0)
    msg[-1] |= 0x80
    a = [[0] * 5 for _ in range(5)]
    for off in range(0, len(msg), rate):
        block = msg[off : off + rate]
        for i in range(rate // 8):
            a[i % 5][i // 5] ^= int.from_bytes(block[8 * i : 8 * i + 8], "little")
        a = _keccak_f(a)
    return b"".join(a[i % 5][i // 5].to_bytes(8, "little") for i in range(4))


def eip55(hex40: str) -> str:
    low = hex40.lower()
    h = keccak256(low.encode("ascii")).hex()
    return "".join(
        ch.upper() if ch.isalpha() and int(h[i], 16) >= 8 else ch for i, ch in enumerate(low)
    )


def _b58encode(raw: bytes) -> str:
    n = int.from_bytes(raw, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    pad = len(raw) - len(raw.lstrip(b"\0"))
    return "1" * pad + out


def _b58decode(s: str) -> bytes:
    n = 0
    for ch in s:
        n = n * 58 + B58.index(ch)
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big") if n else b""
    pad = len(s) - len(s.lstrip("1"))
    return b"\0" * pad + raw


def _dsha(b: bytes) -> bytes:
    return hashlib.sha256(hashlib.sha256(b).digest()).digest()


def b58check(version: bytes, payload: bytes) -> str:
    raw = version + payload
    return _b58encode(raw + _dsha(raw)[:4])


def _bech_polymod(values):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        top = chk >> 25
        chk = ((chk & 0x1FFFFFF) << 5) ^ v
        for i in range(5):
            if (top >> i) & 1:
                chk ^= gen[i]
    return chk


def _hrp_expand(hrp):
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def _convertbits(data, frombits, tobits):
    acc = bits = 0
    out = []
    maxv = (1 << tobits) - 1
    for v in data:
        acc = (acc << frombits) | v
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            out.append((acc >> bits) & maxv)
    if bits:
        out.append((acc << (tobits - bits)) & maxv)
    return out


def bech32_segwit(hrp: str, prog: bytes) -> str:
    data = [0] + _convertbits(prog, 8, 5)
    pm = _bech_polymod(_hrp_expand(hrp) + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH[d] for d in data + chk)


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(rng.choice(DIG) for _ in range(length - len(prefix) - 1))
    for c in DIG:
        if _luhn_ok(body + c):
            return body + c
    raise AssertionError("unreachable")


def _iban_ok(s: str) -> bool:
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(ch, 36)) for ch in r)
    return int(num) % 97 == 1


def _crypto_ok(s: str) -> bool:
    low = s.lower()
    if low.startswith(("bc1", "tb1", "ltc1")):
        if s != low and s != s.upper():
            return False
        hrp, _, data = low.rpartition("1")
        if not hrp or len(data) < 6 or any(c not in BECH for c in data):
            return False
        pm = _bech_polymod(_hrp_expand(hrp) + [BECH.index(c) for c in data])
        return pm in (1, 0x2BC830A3)
    if low.startswith("0x"):
        h = s[2:]
        if not re.fullmatch(r"[0-9a-fA-F]{40}", h):
            return False
        if h == h.lower() or h == h.upper():
            return True
        return eip55(h) == h
    if any(c not in B58 for c in s) or not 25 <= len(s) <= 62:
        return False
    raw = _b58decode(s)
    return len(raw) > 4 and _dsha(raw[:-4])[:4] == raw[-4:]


def _ssn_ok(s: str) -> bool:
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", s)
    if not m:
        return False
    a, g, n = m.groups()
    return a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"


def _itin_ok(s: str) -> bool:
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", s)
    if not m:
        return False
    a, g, _ = m.groups()
    gi = int(g)
    return a[0] == "9" and (50 <= gi <= 65 or 70 <= gi <= 88 or 90 <= gi <= 92 or 94 <= gi <= 99)


def _check(samples) -> None:
    """Raise ValueError on any malformed sample."""
    for k, s in enumerate(samples):
        text = s.text
        prev_end = -1
        prev = None
        for cat, a, b in s.spans:
            where = f"sample {k} span {(cat, a, b)}"
            if cat not in CATEGORIES:
                raise ValueError(f"{where}: unknown category")
            if not (0 <= a < b <= len(text)):
                raise ValueError(f"{where}: out of range")
            if a < prev_end:
                raise ValueError(f"{where}: unsorted or overlapping")
            val = text[a:b]
            if val != val.strip():
                raise ValueError(f"{where}: whitespace at edge {val!r}")
            if prev and prev[0] == cat and text[prev[2] : a] == " ":
                raise ValueError(f"{where}: same category as previous span, one space apart")
            if cat == "CREDIT_CARD":
                d = re.sub(r"[ -]", "", val)
                if not (d.isdigit() and 12 <= len(d) <= 19 and _luhn_ok(d)):
                    raise ValueError(f"{where}: bad card {val!r}")
            elif cat == "IBAN" and not _iban_ok(val):
                raise ValueError(f"{where}: bad IBAN {val!r}")
            elif cat == "CRYPTO" and not _crypto_ok(val):
                raise ValueError(f"{where}: bad crypto {val!r}")
            elif cat == "US_SSN" and not _ssn_ok(val):
                raise ValueError(f"{where}: bad SSN {val!r}")
            elif cat == "US_ITIN" and not _itin_ok(val):
                raise ValueError(f"{where}: bad ITIN {val!r}")
            elif cat == "ADDRESS" and not any(ch.isdigit() for ch in val):
                raise ValueError(f"{where}: address without a digit {val!r}")
            prev_end = b
            prev = (cat, a, b)


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------
_ASCII_MAP = str.maketrans(
    {"ı": "i", "İ": "I", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss", "ø": "o"}
)


def ascii_fold(s: str) -> str:
    s = s.translate(_ASCII_MAP)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", ascii_fold(s).lower())


def lower(s: str) -> str:
    return s.replace("İ", "i").replace("I", "i").lower()


def fill(rng: random.Random, pattern: str) -> str:
    out = []
    for ch in pattern:
        if ch == "#":
            out.append(rng.choice(DIG))
        elif ch == "N":
            out.append(rng.choice("23456789"))
        elif ch == "@":
            out.append(rng.choice(UP))
        else:
            out.append(ch)
    return "".join(out)


def pick_w(rng: random.Random, weights: dict):
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


# ---------------------------------------------------------------------------
# people
# ---------------------------------------------------------------------------
class Person:
    def __init__(self, rng: random.Random, culture: str, gender: str, region: str):
        c = T.CULTURES[culture]
        self.rng = rng
        self.culture = culture
        self.gender = gender
        self.region = region
        pool = c["m"] if gender == "m" else c["f"]
        native = c.get("native", {})
        snative = c.get("snative", {})
        if native and rng.random() < 0.55:
            cand = [g for g in pool if g in native]
            if cand:
                pool = cand
        self.given = rng.choice(pool)
        surs = c["s"]
        if self.given in native and snative and rng.random() < 0.7:
            surs = [s for s in c["s"] if s in snative] or surs
        sur = rng.choice(surs)
        self.sur_base = sur
        if gender == "f" and c.get("sf_suffix") and sur.endswith(("ov", "ev", "in")):
            sur += "a"
        if gender == "f" and c.get("pl_female"):
            for a, b in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
                if sur.endswith(a):
                    sur = sur[: -len(a)] + b
        self.surname = sur
        self.native_given = native.get(self.given)
        ns = snative.get(self.sur_base)
        if ns and gender == "f" and culture in ("russian", "kazakh") and ns.endswith("ов"):
            ns += "а"
        self.native_sur = ns
        fmt = rng.choice(c["fmt"])
        self.full = self._build(c, fmt)
        nicks = c.get("nick", {})
        if self.given in nicks:
            self.nick = rng.choice(nicks[self.given].split("|"))
        elif c.get("pet") and rng.random() < 0.6:
            self.nick = rng.choice(c["pet"])
        else:
            self.nick = self.given.split()[0] if rng.random() < 0.5 else self.given
        fold_p = {"viet": 0.55, "turkish": 0.45 if region != "de" else 0.0}.get(culture, 0.0)
        if rng.random() < fold_p:
            self._fold()
        self._phone = None
        self._email = None
        self._addr = None
        self._dob = {}
        self._handle = None

    def _fold(self):
        self.given = ascii_fold(self.given)
        self.surname = ascii_fold(self.surname)
        self.full = ascii_fold(self.full)
        self.nick = ascii_fold(self.nick)

    def _other_given(self, c, gender):
        pool = [g for g in (c["m"] if gender == "m" else c["f"]) if g != self.given]
        return self.rng.choice(pool)

    def _build(self, c, fmt):
        rng = self.rng
        g, s = self.given, self.surname
        if fmt == "G S":
            return f"{g} {s}"
        if fmt == "S G":
            return f"{s} {g}"
        if fmt == "G":
            return g
        if fmt == "G M S":
            return f"{g} {self._other_given(c, self.gender)} {s}"
        if fmt == "G S F":
            return f"{g} {s} {rng.choice([x for x in c['s'] if x != s])}"
        if fmt == "G F S":
            return f"{g} {self._other_given(c, 'm')} {s}"
        if fmt == "I G":
            return f"{s[0]}. {g}"
        if fmt == "G I":
            return f"{g} {s[0]}"
        if fmt == "G I S":
            return f"{g} {rng.choice(UP)}. {s}"
        if fmt == "G Singh S":
            return f"{g} {'Kaur' if self.gender == 'f' else 'Singh'} {s}"
        if fmt == "G bin F":
            return f"{g} {'binti' if self.gender == 'f' else 'bin'} {s}"
        if fmt == "G F":
            return f"{g} {s}"
        if fmt == "G P S":
            stem = rng.choice(c["patr"])
            return f"{g} {stem}{'na' if self.gender == 'f' else 'ich'} {s}"
        if fmt == "G S S2":
            return f"{g} {s} {rng.choice([x for x in c['s'] if x != s])}"
        if fmt == "S M G":
            mid = rng.choice(c["mid_f"] if self.gender == "f" else c["mid_m"])
            return f"{s} {mid} {g}"
        if fmt == "Muhammad G S":
            return f"Muhammad {g} {s}" if self.gender == "m" else f"{g} {s}"
        raise ValueError(fmt)

    # -- derived forms -------------------------------------------------
    @property
    def native(self):
        if self.native_given and self.native_sur:
            if self.culture in ("korean", "chinese"):
                return self.native_sur + self.native_given
            if self.culture == "japanese":
                return self.native_sur + self.rng.choice(["", " ", "\u3000"]) + self.native_given
            return f"{self.native_given} {self.native_sur}"
        return self.native_given or self.full

    def handle(self):
        if self._handle is None:
            rng = self.rng
            g = slug(self.given.split()[0]) or "user"
            s = slug(self.surname) or g
            n = slug(self.nick) or g
            forms = [
                f"{g}.{s}",
                f"{g}_{s}",
                f"{g}{s}",
                f"{g}_{s[0]}",
                f"{n}",
                f"{n}{rng.randint(1, 99)}",
                f"{g}.{s}{rng.randint(80, 99)}",
                f"its{n}",
                f"{n}_{s}",
                f"{s}.{g}",
            ]
            self._handle = rng.choice(forms)
        return self._handle

    def email(self, gen):
        if self._email is None:
            rng = self.rng
            g = slug(self.given.split()[0]) or "me"
            s = slug(self.surname) or "home"
            n = slug(self.nick) or g
            local = rng.choice(
                [
                    f"{g}.{s}",
                    f"{g}{s}{rng.randint(1, 99)}",
                    f"{n}{rng.randint(80, 2005)}",
                    f"{g}_{s}",
                    f"{s}.{g}",
                    f"{g}{s[0]}{rng.randint(1970, 2006)}",
                    f"{n}.{s}",
                    f"{g[0]}{s}",
                ]
            )
            doms = gen.R["dom"] if gen.R["dom"] and rng.random() < 0.6 else T.EMAIL_DOMAINS
            self._email = f"{local}@{rng.choice(doms)}"
        return self._email

    def phone(self, gen):
        if self._phone is None:
            self._phone = gen.phone_value(self.region)
        return self._phone

    def addr(self, gen):
        if self._addr is None:
            self._addr = gen.addr_value(self.region)
        return self._addr

    def dob(self, gen, lang, age=None):
        if "_d" not in self._dob:
            lo, hi = DOB_YEARS.get(age, (1950, 2004))
            self._dob["_d"] = (
                self.rng.randint(lo, hi),
                self.rng.randint(1, 12),
                self.rng.randint(1, 28),
            )
        if lang not in self._dob:
            self._dob[lang] = gen.format_date(self._dob["_d"], lang)
        return self._dob[lang]

    def kin(self):
        c = T.CULTURES[self.culture]
        terms = c["kin_f"] if self.gender == "f" else c["kin_m"]
        term = self.rng.choice(terms)
        name = self.nick if self.rng.random() < 0.4 else self.given
        if self.culture == "japanese" and term in ("-san", "-sensei") and self.rng.random() < 0.6:
            name = self.surname
        if (
            self.culture == "hindi"
            and term in (" ji", " uncle", " aunty")
            and self.rng.random() < 0.5
        ):
            name = self.surname
        if term.endswith((" ", "'")):
            return [(term, None), (name, P)]
        if term.startswith("+"):
            return [(name, P), (term[1:], None)]
        return [(name, P), (term, None)]

    def title(self, full=False):
        c = T.CULTURES[self.culture]
        t = self.rng.choice(c["t_f"] if self.gender == "f" else c["t_m"])
        name = self.full if full else self.surname
        if t.startswith(" "):
            return [(name, P), (t, None)]
        return [(t, None), (name, P)]


# ---------------------------------------------------------------------------
# template parsing
# ---------------------------------------------------------------------------
_TOKEN = re.compile(r"\{\{|\}\}|\{([^{}]+)\}")
_PARSED: dict = {}


def parse(tpl: str):
    got = _PARSED.get(tpl)
    if got is not None:
        return got
    out = []
    pos = 0
    for m in _TOKEN.finditer(tpl):
        if m.start() > pos:
            out.append(("lit", tpl[pos : m.start()]))
        tok = m.group(0)
        if tok == "{{":
            out.append(("lit", "{"))
        elif tok == "}}":
            out.append(("lit", "}"))
        else:
            body = m.group(1)
            mods = body.split("!")
            head = mods[0].split(":")
            out.append(("slot", head[0], head[1:], mods[1:]))
        pos = m.end()
    if pos < len(tpl):
        out.append(("lit", tpl[pos:]))
    _PARSED[tpl] = out
    return out


# ---------------------------------------------------------------------------
# the generator
# ---------------------------------------------------------------------------
SYS_PROMPTS = [
    "You are a helpful assistant.",
    "You are a friendly assistant. Answer in the user's language.",
    "You are a translation assistant. Keep the meaning, keep it casual.",
    "Summarize chats concisely with bullet points.",
    "You help people write messages to family and friends.",
]
MODELS = ["gpt-4o-mini", "gpt-4.1", "gpt-4o", "llama-3.1-70b-instruct", "mistral-large-latest"]
CLAUDE = ["claude-3-5-sonnet-20241022", "claude-3-5-haiku-20241022", "claude-sonnet-4-20250514"]
EMOJI = ["😂", "🙏", "❤️", "🔥", "😭", "🙏🏾", "🥰", "😅", "👍", "🎉", "💯", "😩", "🤣", "✨", "🥲"]
LAUGHS = [
    "hahaha",
    "😂😂😂",
    "lmao",
    "wkwkwk",
    "jajaja",
    "kkkkkk",
    "5555",
    "hahahah",
    "ㅋㅋㅋ",
    "mdr",
    "lol",
    "😹",
]
FLIGHTS = [
    "PR 102",
    "5J 560",
    "EK 783",
    "QR 1405",
    "ET 302",
    "KQ 101",
    "WB 102",
    "AI 191",
    "PK 785",
    "GA 880",
    "TK 1",
    "SV 123",
    "MS 985",
    "QZ 7510",
    "LA 8084",
    "BA 75",
    "AA 2270",
]
VERSIONS = [
    "iOS 17.4.1",
    "Android 14",
    "v2.24.6.77",
    "One UI 6.1",
    "HyperOS 1.0.5",
    "iOS 18.0",
    "2.25.3.78",
    "MIUI 14",
    "ColorOS 13",
    "v1.8.2-beta",
]
URLS = [
    "https://youtu.be/{a11}",
    "https://vm.tiktok.com/ZM{a7}/",
    "https://www.instagram.com/reel/C{a10}/",
    "https://fb.watch/{a9}/",
    "https://x.com/i/status/17{d17}",
]
STREETS_NAMED = [
    "Obafemi Awolowo Way",
    "Jomo Kenyatta Avenue",
    "Gandhi Road",
    "Rizal Avenue",
    "Jalan Sudirman",
    "Atatürk Caddesi",
    "Avenida Benito Juárez",
    "Martin Luther King Jr Blvd",
    "Rue Victor Hugo",
    "Via Garibaldi",
    "Nelson Mandela Drive",
    "Kwame Nkrumah Avenue",
    "Jinnah Avenue",
    "Moi Avenue",
    "Avenida Getúlio Vargas",
    "Shota Rustaveli Avenue",
    "Haile Selassie Avenue",
]
TIMES = [
    "9:30pm",
    "14:00",
    "7am",
    "6:45 PM",
    "10.00",
    "noon",
    "4pm sharp",
    "19h30",
    "8:15",
    "11 ng umaga",
]
AMPM = ["AM", "PM"]
PATTERN_KEYS = {"zip", "pc", "cep", "cp", "gps"}
WA_E2E = (
    "Messages and calls are end-to-end encrypted. No one outside of this chat, not even "
    "WhatsApp, can read or listen to them. Tap to learn more.\n"
)
DOW_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
DOW_KO = ["월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일"]
DOW_JA = ["月", "火", "水", "木", "金", "土", "日"]
BIG_CURRENCIES = {
    "₦",
    "N",
    "KSh",
    "Ksh",
    "TSh",
    "Rp",
    "k",
    "đ",
    "VND",
    "₹",
    "Rs",
    "PKR",
    "৳",
    "tk",
    "toman",
    "so'm",
    "IQD",
    "AMD",
    "dram",
    "원",
    "won",
    "円",
    "¥",
    "₸",
    "tg",
    "CFA",
    "JMD",
    "₱",
    "php",
    "P",
    "birr",
    "ETB",
    "NPR",
    "LKR",
    "AFN",
    "afs",
    "LE",
    "EGP",
    "lucas",
    "GH₵",
    "GHS",
    "元",
    "RMB",
    "₽",
    "rub",
    "TL",
    "₺",
    "R",
}
DOB_YEARS = {
    "new": (2023, 2025),
    "kid": (2010, 2019),
    "teen": (2005, 2008),
    "old": (1938, 1966),
    "adult": (1988, 2001),
}
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

IBAN_SPECS = {
    "DE": "n18",
    "GB": "a4n14",
    "FR": "n10c11n2",
    "IT": "a1n10c12",
    "ES": "n20",
    "NL": "a4n10",
    "PL": "n24",
    "TR": "n6c16",
    "PK": "a4c16",
    "SA": "n2c18",
    "AE": "n19",
    "EG": "n25",
    "BR": "n23a1c1",
    "GE": "a2n16",
    "PT": "n21",
    "JO": "a4n4c18",
    "LB": "n4c20",
    "KZ": "n3c13",
    "RO": "a4c16",
    "CZ": "n20",
    "IE": "a4n14",
    "BE": "n12",
}

PASSPORTS = {
    "ng": ["A########", "B########"],
    "gh": ["G#######"],
    "ke": ["AK#######", "A#######"],
    "in": ["@#######"],
    "bd": ["A########", "@@#######"],
    "pk": ["@@#######"],
    "ph": ["P#######@"],
    "id": ["B#######", "C#######"],
    "my": ["A########", "H########"],
    "vn": ["C#######", "B#######"],
    "tr": ["U########"],
    "ru": ["## #######", "#########"],
    "pl": ["@@#######"],
    "de": ["C@#@##@##", "C########"],
    "fr": ["##@@#####"],
    "it": ["@@#######"],
    "br": ["@@######"],
    "mx": ["G########", "N########"],
    "us": ["#########", "@########"],
    "uk": ["#########"],
    "kr": ["M########"],
    "cn": ["E########", "EA#######"],
    "jp": ["@@#######"],
    "gen": ["@#######", "@@#######", "@########"],
}
LICENCES = {
    "us": ["@#######", "### ### ###", "########", "@###-###-##-###-#"],
    "uk": ["@@@@@######@@#@@"],
    "in": ["MH## ###########", "KA-##-####-#######", "DL-#############"],
    "ph": ["N##-##-######", "D##-##-######"],
    "ng": ["LAG#####@@##", "ABJ#####@@##"],
    "mx": ["@########"],
    "de": ["B##@@@#@##"],
    "za": ["############"],
    "br": ["###########"],
    "id": ["####-####-######"],
    "gen": ["@#######", "DL-#######"],
    "ke": ["DL-@#######"],
}


class Gen:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.regions = [r for r in T.REGIONS if r != "mix"]

    # -- per-sample context ------------------------------------------------
    def start(self, region: str):
        self.region = region
        self.R = T.REGIONS[region]
        self.persons = {}
        self.names_lower = False
        self.used = set()

    def new_person(self, gender=None, region=None):
        rng = self.rng
        region = region or self.region
        if region == "mix" or not T.REGIONS[region]["cult"]:
            region = rng.choice(self.regions)
        cult = pick_w(rng, T.REGIONS[region]["cult"])
        gender = gender or rng.choice("mf")
        return Person(rng, cult, gender, region)

    def person(self, pid):
        p = self.persons.get(pid)
        if p is None:
            g = pid[0] if pid[0] in "mf" else None
            reg = self.region
            if self.region == "mix":
                reg = self.rng.choice(self.regions)
            taken = {q.given for q in self.persons.values()}
            for _ in range(8):
                p = self.new_person(g, reg)
                if p.given not in taken:
                    break
            self.persons[pid] = p
        return p

    # -- value generators -----------------------------------------------
    def phone_value(self, region=None):
        R = T.REGIONS[region or self.region]
        cc = self.rng.choice(R["phone"] or ["us"])
        return fill(self.rng, self.rng.choice(T.PHONES[cc]))

    def addr_value(self, region=None, country=None):
        rng = self.rng
        R = T.REGIONS[region or self.region]
        country = country or rng.choice(R["addr"] or ["us"])
        pool = T.ADDRS[country]
        fmt = rng.choice(pool["fmt"])

        def rep(m):
            k = m.group(1)
            if k in pool:
                v = pool[k]
                v = rng.choice(v) if isinstance(v, list) else v
                return fill(rng, v) if k in PATTERN_KEYS else v
            if k == "n":
                return str(rng.choice([rng.randint(1, 60), rng.randint(1, 250)]))
            if k == "n2":
                return str(rng.randint(1, 40))
            if k == "n3":
                return str(rng.randint(1, 20))
            if k == "big":
                return str(rng.randint(1000, 9999))
            if k == "L":
                return rng.choice("ABCDEFGH")
            if k == "l":
                return rng.choice("abcd")
            if k == "street2":
                return rng.choice(pool["street"])
            raise KeyError(k)

        return re.sub(r"\{(\w+)\}", rep, fmt)

    def format_date(self, ymd, lang):
        rng = self.rng
        y, m, d = ymd
        if lang == "iso":
            return f"{y:04d}-{m:02d}-{d:02d}"
        fmts = T.DATE_FMTS.get(lang) or T.DATE_FMTS["en"]
        fmt = rng.choice(fmts)
        months = T.MONTHS.get(lang) or T.MONTHS["en"]
        mon = months[m - 1]
        suf = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        vals = {
            "d": str(d),
            "dd": f"{d:02d}",
            "m": str(m),
            "mm": f"{m:02d}",
            "yyyy": str(y),
            "yy": f"{y % 100:02d}",
            "mon": mon,
            "mon3": MON3[m - 1],
            "ord": f"{d}{suf}",
        }
        return re.sub(r"\{(\w+)\}", lambda mm: vals[mm.group(1)], fmt)

    def date_value(self, lang=None):
        rng = self.rng
        ymd = (rng.randint(2023, 2026), rng.randint(1, 12), rng.randint(1, 28))
        return self.format_date(ymd, lang or self.R["lang"])

    def iban_value(self, country=None):
        rng = self.rng
        if country is None:
            pool = self.R["iban"] or ["DE", "GB", "FR", "NL", "ES", "IT", "PL", "TR"]
            country = rng.choice(pool)
        spec = IBAN_SPECS[country]
        bban = []
        for kind, cnt in re.findall(r"([anc])(\d+)", spec):
            src = {"n": DIG, "a": UP, "c": UP + DIG}[kind]
            bban.append("".join(rng.choice(src) for _ in range(int(cnt))))
        bban = "".join(bban)
        num = "".join(str(int(ch, 36)) for ch in bban + country + "00")
        chk = 98 - int(num) % 97
        iban = f"{country}{chk:02d}{bban}"
        if rng.random() < 0.6:
            iban = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
        return iban

    def card_value(self):
        rng = self.rng
        kind = rng.choice(["visa", "visa", "mc", "mc", "amex", "verve", "rupay", "discover"])
        if kind == "visa":
            num = _luhn_complete("4" + fill(rng, "#####"), 16, rng)
        elif kind == "mc":
            num = _luhn_complete(str(rng.randint(51, 55)) + fill(rng, "####"), 16, rng)
        elif kind == "amex":
            num = _luhn_complete(rng.choice(["34", "37"]) + fill(rng, "####"), 15, rng)
            sep = rng.choice([" ", "-", ""])
            return sep.join([num[:4], num[4:10], num[10:]])
        elif kind == "verve":
            num = _luhn_complete("506099" + fill(rng, "####"), 19, rng)
        elif kind == "rupay":
            num = _luhn_complete(rng.choice(["6521", "6081", "6522"]) + fill(rng, "##"), 16, rng)
        else:
            num = _luhn_complete("6011" + fill(rng, "##"), 16, rng)
        sep = rng.choice([" ", " ", "-", ""])
        return sep.join(num[i : i + 4] for i in range(0, len(num), 4))

    def ssn_value(self):
        rng = self.rng
        while True:
            a = rng.randint(1, 899)
            if a != 666:
                break
        v = f"{a:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
        return v if rng.random() < 0.8 else v.replace("-", " ")

    def itin_value(self):
        rng = self.rng
        g = rng.choice(
            list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92] + list(range(94, 100))
        )
        return f"9{rng.randint(0, 99):02d}-{g:02d}-{rng.randint(0, 9999):04d}"

    def ip_value(self):
        rng = self.rng
        first = rng.choice(
            [41, 102, 105, 154, 197, 49, 103, 117, 177, 189, 78, 85, 92, 24, 73, 98, 112, 180, 203]
        )
        return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"

    def ip6_value(self):
        rng = self.rng
        groups = [rng.choice(["2c0f", "2a02", "2402", "2001", "2605", "2800", "2409"])]
        groups += [f"{rng.randint(0, 0xFFFF):x}" for _ in range(7)]
        if rng.random() < 0.5:
            return ":".join(groups[:4]) + "::" + ":".join(groups[6:])
        return ":".join(groups)

    def mac_value(self):
        rng = self.rng
        parts = [f"{rng.randint(0, 255):02x}" for _ in range(6)]
        sep = rng.choice([":", ":", "-"])
        s = sep.join(parts)
        return s.upper() if rng.random() < 0.6 else s

    def btc_value(self):
        rng = self.rng
        payload = bytes(rng.randint(0, 255) for _ in range(20))
        kind = rng.choice(["p2pkh", "p2sh", "bech32", "bech32"])
        if kind == "p2pkh":
            return b58check(b"\x00", payload)
        if kind == "p2sh":
            return b58check(b"\x05", payload)
        return bech32_segwit("bc", payload)

    def eth_value(self):
        h = "".join(self.rng.choice("0123456789abcdef") for _ in range(40))
        return "0x" + (eip55(h) if self.rng.random() < 0.6 else h)

    def trx_value(self):
        return b58check(b"\x41", bytes(self.rng.randint(0, 255) for _ in range(20)))

    def wifi_value(self):
        rng = self.rng
        w = rng.choice(T.WIFI_WORDS)
        k = rng.randint(0, 5)
        if k == 0:
            return f"{w}{rng.randint(2015, 2025)}"
        if k == 1:
            return f"{w}@{rng.randint(100, 9999)}"
        if k == 2:
            return "".join(rng.choice(ALNUM) for _ in range(rng.randint(8, 12)))
        if k == 3:
            return f"{lower(w)}_{rng.choice(['home', 'fam', 'house', '5g'])}{rng.randint(1, 99)}"
        if k == 4:
            return fill(rng, rng.choice(["########", "##########"]))
        return f"{w}#{rng.choice(['Fam', 'Love', 'Kids'])}{rng.randint(1, 9)}!"

    def pw_value(self):
        rng = self.rng
        w = rng.choice(T.PW_WORDS)
        k = rng.randint(0, 4)
        if k == 0:
            return f"{w}{rng.randint(1, 2005)}"
        if k == 1:
            return f"{w.capitalize()}@{rng.randint(1970, 2010)}"
        if k == 2:
            nm = slug(self.new_person().given).capitalize() or "Mama"
            return f"{nm}{rng.choice(['#', '!', '@', '_'])}{rng.randint(10, 9999)}"
        if k == 3:
            return "".join(rng.choice(ALNUM + "!#$%") for _ in range(rng.randint(10, 14)))
        return f"{w}{w[:2].upper()}{rng.randint(10, 99)}$"

    def apikey_value(self):
        rng = self.rng
        b = ALNUM
        k = rng.randint(0, 3)
        if k == 0:
            return "sk-proj-" + "".join(rng.choice(b + "-_") for _ in range(rng.randint(48, 64)))
        if k == 1:
            return "sk-" + "".join(rng.choice(b) for _ in range(48))
        if k == 2:
            return "AIzaSy" + "".join(rng.choice(b + "-_") for _ in range(33))
        return "ghp_" + "".join(rng.choice(b) for _ in range(36))

    def bottoken_value(self):
        rng = self.rng
        if rng.random() < 0.5:
            return f"{rng.randint(10**8, 10**10)}:AA" + "".join(
                rng.choice(ALNUM + "-_") for _ in range(33)
            )
        parts = [
            "MT" + "".join(rng.choice(ALNUM) for _ in range(24)),
            "".join(rng.choice(ALNUM) for _ in range(6)),
            "".join(rng.choice(ALNUM + "-_") for _ in range(38)),
        ]
        return ".".join(parts)

    def passport_value(self):
        style = self.R["pp"] or "gen"
        return fill(self.rng, self.rng.choice(PASSPORTS.get(style, PASSPORTS["gen"])))

    def dl_value(self):
        style = self.R["dl"] or "gen"
        return fill(self.rng, self.rng.choice(LICENCES.get(style, LICENCES["gen"])))

    def money_value(self):
        rng = self.rng
        cur = rng.choice(self.R["cur"] or ["$"])
        big = cur in BIG_CURRENCIES
        amt = rng.choice(
            [500, 1000, 1500, 2000, 2500, 5000, 10000, 45000, 150000]
            if big
            else [20, 30, 50, 85, 100, 250, 400]
        )
        s = f"{amt:,}"
        if cur in ("Rp", "R$", "€") and rng.random() < 0.5:
            s = s.replace(",", ".")
        if cur in (
            "k",
            "tg",
            "toman",
            "so'm",
            "lei",
            "zł",
            "birr",
            "baht",
            "dram",
            "lari",
            "원",
            "円",
            "元",
        ):
            return f"{s} {cur}" if rng.random() < 0.7 else f"{s}{cur}"
        return f"{cur}{s}" if len(cur) <= 2 else f"{cur} {s}"

    def nm_key(self, table):
        k = self.R["nm"] or "us"
        return k if k in table else "us"

    # -- slot resolution ----------------------------------------------------
    def person_attr(self, p: Person, attr, args):
        rng = self.rng
        if attr == "full":
            return [(p.full, P)]
        if attr == "first":
            return [(p.given, P)]
        if attr == "nick":
            return [(p.nick, P)]
        if attr == "last":
            return [(p.surname, P)]
        if attr == "fl":
            return [(f"{p.given} {p.surname[0]}.", P)]
        if attr == "any":
            return [(rng.choice([p.full, p.given, p.nick]), P)]
        if attr == "kin":
            return p.kin()
        if attr == "title":
            return p.title()
        if attr == "tfull":
            return p.title(full=True)
        if attr == "handle":
            return [("@", None), (p.handle(), P)]
        if attr == "handle0":
            return [(p.handle(), P)]
        if attr == "email":
            return [(p.email(self), "EMAIL")]
        if attr == "phone":
            return [(p.phone(self), "PHONE")]
        if attr == "addr":
            return [(p.addr(self), "ADDRESS")]
        if attr == "dob":
            age = next((a for a in args if a in DOB_YEARS), None)
            lang = next((a for a in args if a not in DOB_YEARS), T.REGIONS[p.region]["lang"])
            return [(p.dob(self, lang, age), "DATE_OF_BIRTH")]
        if attr == "native":
            return [(p.native, P)]
        if attr == "nfirst":
            return [(p.native_given or p.given, P)]
        if attr == "nlast":
            return [(p.native_sur or p.surname, P)]
        raise KeyError(attr)

    def slot(self, name, args, mods, bind):
        rng = self.rng
        if "." in name:
            ref, attr = name.split(".", 1)
            if ref in bind:
                p = bind[ref]
            elif ref == "n":
                p = bind.setdefault("n", self.new_person())
            else:
                p = self.person(ref)
            pieces = self.person_attr(p, attr, args)
            if "low" in mods or (
                self.names_lower and attr not in ("email", "phone", "addr", "dob")
            ):
                pieces = [(lower(t), c) if c == P else (t, c) for t, c in pieces]
            return pieces
        if name == "chat":
            return self.chat(args)
        R = self.R
        simple = {
            "phone": lambda: [
                (fill(rng, rng.choice(T.PHONES[args[0]])) if args else self.phone_value(), "PHONE")
            ],
            "email": lambda: [(self.new_person().email(self), "EMAIL")],
            "addr": lambda: [(self.addr_value(), "ADDRESS")],
            "addr2": lambda: [(self.addr_value(), "ADDRESS")],
            "dob": lambda: [
                (self.new_person().dob(self, args[0] if args else R["lang"]), "DATE_OF_BIRTH")
            ],
            "date": lambda: [(self.date_value(), None)],
            "date2": lambda: [(self.date_value(), None)],
            "iban": lambda: [(self.iban_value(args[0] if args else None), "IBAN")],
            "card": lambda: [(self.card_value(), "CREDIT_CARD")],
            "ssn": lambda: [(self.ssn_value(), "US_SSN")],
            "itin": lambda: [(self.itin_value(), "US_ITIN")],
            "ip": lambda: [(self.ip_value(), "IP")],
            "ip6": lambda: [(self.ip6_value(), "IP")],
            "mac": lambda: [(self.mac_value(), "MAC")],
            "btc": lambda: [(self.btc_value(), "CRYPTO")],
            "eth": lambda: [(self.eth_value(), "CRYPTO")],
            "trx": lambda: [(self.trx_value(), "CRYPTO")],
            "wifi": lambda: [(self.wifi_value(), "SECRET")],
            "pw": lambda: [(self.pw_value(), "SECRET")],
            "otp": lambda: [
                (fill(rng, rng.choice(["######", "####", "######", "### ###"])), "SECRET")
            ],
            "pin": lambda: [(fill(rng, rng.choice(["####", "####", "######"])), "SECRET")],
            "apikey": lambda: [(self.apikey_value(), "SECRET")],
            "bottoken": lambda: [(self.bottoken_value(), "SECRET")],
            "recovery": lambda: [(fill(rng, "#### ####"), "SECRET")],
            "passport": lambda: [(self.passport_value(), "PASSPORT")],
            "dl": lambda: [(self.dl_value(), "DRIVER_LICENSE")],
            "celeb": lambda: [(rng.choice(T.CELEBS[self.nm_key(T.CELEBS)]), None)],
            "saint": lambda: [(rng.choice(T.SAINTS), None)],
            "brand": lambda: [(rng.choice(T.BRANDS[self.nm_key(T.BRANDS)]), None)],
            "place": lambda: [(rng.choice(T.PLACES[self.nm_key(T.PLACES)]), None)],
            "place2": lambda: [(rng.choice(T.PLACES[self.nm_key(T.PLACES)]), None)],
            "street0": lambda: [(rng.choice(STREETS_NAMED), None)],
            "money": lambda: [(self.money_value(), None)],
            "time": lambda: [(rng.choice(TIMES), None)],
            "day": lambda: [(rng.choice(T.DAYS), None)],
            "month": lambda: [(rng.choice(T.MONTHS["en"]), None)],
            "laugh": lambda: [(rng.choice(LAUGHS), None)],
            "emo": lambda: [(rng.choice(EMOJI), None)],
            "num": lambda: [(str(rng.randint(1, 999)), None)],
            "num4": lambda: [(fill(rng, "0###"), None)],
            "year": lambda: [(str(rng.randint(2023, 2026)), None)],
            "age": lambda: [(str(rng.randint(19, 68)), None)],
            "age2": lambda: [(str(rng.randint(19, 68)), None)],
            "rel": lambda: [(rng.choice(T.RELATIONS), None)],
            "zodiac": lambda: [(rng.choice(T.ZODIAC), None)],
            "food": lambda: [(rng.choice(T.FOODS), None)],
            "language": lambda: [(rng.choice(T.LANG_NAMES), None)],
            "church": lambda: [(rng.choice(T.CHURCHES), None)],
            "uni": lambda: [(rng.choice(T.UNIS), None)],
            "city": lambda: [(rng.choice(T.CITIES), None)],
            "city2": lambda: [(rng.choice(T.CITIES), None)],
            "wifiname": lambda: [(rng.choice(T.WIFI_NAMES), None)],
            "exp": lambda: [(f"{rng.randint(1, 12):02d}/{rng.randint(25, 31)}", None)],
            "handlenoise": lambda: [("@" + rng.choice(T.HANDLE_NOISE), None)],
            "order": lambda: [(self.order_value(), None)],
            "trk": lambda: [
                (
                    fill(
                        rng,
                        rng.choice(
                            [
                                "JNTPH##########",
                                "1Z999@@1########",
                                "LB#########SG",
                                "SPXID0##########",
                                "JP############",
                            ]
                        ),
                    ),
                    None,
                )
            ],
            "ver": lambda: [(rng.choice(VERSIONS), None)],
            "hash": lambda: [
                ("".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([40, 64]))), None)
            ],
            "pnr": lambda: [
                ("".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)), None)
            ],
            "flight": lambda: [(rng.choice(FLIGHTS), None)],
            "url": lambda: [(self.url_value(), None)],
        }
        if name in simple:
            return simple[name]()
        raise KeyError(name)

    def group_name(self):
        extra = T.GROUP_NAMES_BY_REGION.get(self.region)
        if extra and self.rng.random() < 0.5:
            return self.rng.choice(extra)
        return self.rng.choice(T.GROUP_NAMES)

    def order_value(self):
        rng = self.rng
        return fill(
            rng,
            rng.choice(
                [
                    "#OD4#########",
                    "40#-#######-#######",
                    "ORD-######",
                    "#####",
                    "24##@@@@###@@@",
                    "INV-2025-####",
                ]
            ),
        )

    def url_value(self):
        rng = self.rng
        u = rng.choice(URLS)
        u = u.replace("{a11}", "".join(rng.choice(ALNUM) for _ in range(11)))
        u = u.replace("{a10}", "".join(rng.choice(ALNUM) for _ in range(10)))
        u = u.replace("{a9}", "".join(rng.choice(ALNUM) for _ in range(9)))
        u = u.replace("{a7}", "".join(rng.choice(ALNUM) for _ in range(7)))
        return u.replace("{d17}", fill(rng, "#################"))

    def render(self, tpl, bind=None):
        bind = {} if bind is None else bind
        out = []
        for tok in parse(tpl):
            if tok[0] == "lit":
                out.append((tok[1], None))
            else:
                out.extend(self.slot(tok[1], tok[2], tok[3], bind))
        return out

    # -- chats ----------------------------------------------------------
    def display(self, p: Person, mode):
        rng = self.rng
        if mode == "full":
            return [(p.full, P)]
        if mode == "first":
            return [(p.given, P)]
        if mode == "nick":
            sep = rng.choice([" ", " ", ""])
            return [
                (p.nick, P),
                (sep + rng.choice(["💅", "❤️", "🌸", "👑", "⚽", "🦋", "✨", "🙏🏾"]), None),
            ]
        if mode == "kin":
            pieces = p.kin()
            return [
                (t[:1].upper() + t[1:], c) if c is None and i == 0 else (t, c)
                for i, (t, c) in enumerate(pieces)
            ]
        if mode == "phone":
            return [(p.phone(self), "PHONE")]
        if mode == "tag":
            return [
                (p.full, P),
                (
                    rng.choice(
                        [" (Work)", " Landlord", " 🏠", " New", " Church", " Gym", " 2", " (old)"]
                    ),
                    None,
                ),
            ]
        if mode == "native":
            return [(p.native, P)]
        if mode == "handle":
            return [(p.handle(), P)]
        raise KeyError(mode)

    def chat(self, args):
        rng = self.rng
        app = args[0] if args else "auto"
        nmsg = int(args[1]) if len(args) > 1 else rng.randint(5, 12)
        if app == "auto":
            reg = self.region
            if reg == "kr":
                app = "kakao"
            elif reg in ("jp", "th") and rng.random() < 0.6:
                app = "line"
            elif reg == "cn":
                app = "wechat"
            elif reg in ("ru", "uz", "kz", "ir", "et") and rng.random() < 0.6:
                app = "tg"
            else:
                app = rng.choice(
                    ["wa"] * 6
                    + ["wa_ios", "tg", "signal", "viber", "sms", "ig", "fb", "discord", "ocr"]
                )
        k = max(2, min(5, rng.randint(2, 5)))
        parts = [self.person(f"p{i}") for i in range(1, k + 1)]
        modes = {}
        native_ok = self.region in ("kr", "cn", "jp", "ru", "th", "et", "ge", "am")
        for p in parts:
            if app == "discord":
                modes[id(p)] = "handle"
                continue
            choices = (
                ["full"] * 7
                + ["first"] * 4
                + ["nick"] * 2
                + ["kin"] * 3
                + ["phone"] * 2
                + ["tag"] * 2
            )
            if native_ok and p.native_given:
                choices += ["native"] * 8
            modes[id(p)] = rng.choice(choices)
        pools = self.R["chat"]
        lines = []
        used = set()
        for _ in range(nmsg):
            s = rng.choice(parts)
            if rng.random() < 0.08:
                lines.append((s, "sys", None))
                continue
            pool = pools[0] if rng.random() < 0.72 or len(pools) == 1 else rng.choice(pools[1:])
            cand = T.CHAT_LINES[pool]
            tpl = rng.choice(cand)
            tries = 0
            while tpl in used and tries < 5:
                tpl = rng.choice(cand)
                tries += 1
            used.add(tpl)
            others = [q for q in parts if q is not s]
            bind = {"o": rng.choice(others)}
            saved = self.names_lower
            self.names_lower = rng.random() < 0.3
            body = self.render(tpl, bind)
            self.names_lower = saved
            lines.append((s, "msg", body))
        return self.format_chat(app, parts, modes, lines)

    def _clock(self):
        rng = self.rng
        return [
            rng.randint(2021, 2025),
            rng.randint(1, 12),
            rng.randint(1, 28),
            rng.randint(6, 21),
            rng.randint(0, 59),
            rng.randint(0, 59),
        ]

    def _tick(self, c):
        rng = self.rng
        step = rng.choice([0, 1, 1, 2, 3, 5, 8, 12, 25, 47, 90])
        c[5] += rng.randint(1, 50)
        if c[5] >= 60:
            c[5] -= 60
            step += 1
        c[4] += step
        while c[4] >= 60:
            c[4] -= 60
            c[3] += 1
        if c[3] >= 24 or rng.random() < 0.05:
            c[3] = rng.randint(6, 10)
            c[2] += 1
            if c[2] > 28:
                c[2] = 1
                c[1] = c[1] % 12 + 1
        return c

    def format_chat(self, app, parts, modes, lines):
        rng = self.rng
        out = []

        cache = {}

        def disp(p):
            if id(p) not in cache:
                cache[id(p)] = self.display(p, modes[id(p)])
            return cache[id(p)]

        c = self._clock()
        if app == "wa":
            app = {
                "us": "wa_us",
                "de": "wa_de",
                "br": "wa_br",
                "id": "wa_id",
                "ru": "wa_ru",
                "tr": "wa_tr",
            }.get(self.R["wa"], "wa_gb")
            if rng.random() < 0.2:
                app = "wa_ios"
        sep_nb = "\u202f" if rng.random() < 0.5 else " "

        def wa_ts(c):
            y, mo, d, h, mi = c[:5]
            h12 = (h % 12) or 12
            ap = AMPM[h >= 12]
            return {
                "wa_gb": f"{d:02d}/{mo:02d}/{y}, {h:02d}:{mi:02d} - ",
                "wa_us": f"{mo}/{d}/{y % 100:02d}, {h12}:{mi:02d}{sep_nb}{ap} - ",
                "wa_de": f"{d:02d}.{mo:02d}.{y % 100:02d}, {h:02d}:{mi:02d} - ",
                "wa_br": f"{d:02d}/{mo:02d}/{y} {h:02d}:{mi:02d} - ",
                "wa_id": f"{d:02d}/{mo:02d}/{y % 100:02d} {h:02d}.{mi:02d} - ",
                "wa_ru": f"{d:02d}.{mo:02d}.{y}, {h:02d}:{mi:02d} - ",
                "wa_tr": f"{d:02d}.{mo:02d}.{y} {h:02d}:{mi:02d} - ",
                "wa_ios": f"[{d:02d}/{mo:02d}/{y}, {h:02d}:{mi:02d}:{c[5]:02d}] ",
            }[app]

        if app.startswith("wa"):
            if rng.random() < 0.5:
                out.append((wa_ts(c), None))
                out.append((WA_E2E, None))
            if len(parts) > 2 and rng.random() < 0.5:
                out.append((wa_ts(c), None))
                out.extend(disp(parts[0]))
                out.append((' created group "', None))
                out.extend(self.render(self.group_name()))
                out.append(('"\n', None))
                out.append((wa_ts(c), None))
                out.extend(disp(parts[0]))
                out.append((" added ", None))
                out.extend(disp(parts[-1]))
                out.append(("\n", None))
            for s, kind, body in lines:
                self._tick(c)
                pre = wa_ts(c)
                if app == "wa_ios" and rng.random() < 0.3:
                    pre = "\u200e" + pre
                out.append((pre, None))
                out.extend(disp(s))
                out.append((": ", None))
                if kind == "sys":
                    r = rng.random()
                    if r < 0.25:
                        o = rng.choice([q for q in parts if q is not s])
                        out.append((o.full, P))
                        out.append((".vcf (file attached)", None))
                    elif r < 0.45:
                        ts = f"{c[0]}{c[1]:02d}{c[2]:02d}"
                        out.append(
                            (f"IMG-{ts}-WA{rng.randint(0, 99):04d}.jpg (file attached)", None)
                        )
                    else:
                        out.append((rng.choice(T.SYSTEM_LINES["wa"]), None))
                else:
                    out.extend(body)
                out.append(("\n", None))
            return out
        if app == "tg":
            style = rng.random() < 0.6
            for s, kind, body in lines:
                self._tick(c)
                y, mo, d, h, mi = c[:5]
                if style:
                    out.extend(disp(s))
                    out.append((f", [{d:02d}.{mo:02d}.{y} {h:02d}:{mi:02d}]\n", None))
                else:
                    out.append((f"[{d:02d}.{mo:02d}.{y % 100:02d} {h:02d}:{mi:02d}] ", None))
                    out.extend(disp(s))
                    out.append((": ", None))
                if kind == "sys":
                    if rng.random() < 0.4:
                        o = rng.choice([q for q in parts if q is not s])
                        out.append(("[Contact] ", None))
                        out.append((o.full, P))
                        out.append((", ", None))
                        out.append((o.phone(self), "PHONE"))
                    else:
                        out.append((rng.choice(T.SYSTEM_LINES["tg"]), None))
                else:
                    if rng.random() < 0.12:
                        o = rng.choice([q for q in parts if q is not s])
                        out.append(("In reply to ", None))
                        out.extend(disp(o))
                        out.append(("\n", None))
                    out.extend(body)
                out.append(("\n\n" if style else "\n", None))
            return out
        if app == "signal":
            for s, kind, body in lines:
                self._tick(c)
                y, mo, d, h, mi = c[:5]
                out.append((f"[{y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}] ", None))
                out.extend(disp(s))
                out.append((": ", None))
                out.extend(
                    body if kind == "msg" else [(rng.choice(T.SYSTEM_LINES["generic"]), None)]
                )
                out.append(("\n", None))
            return out
        if app == "viber":
            out.append(("Date,Time,Sender Name,Sender Phone Number,Message\n", None))
            for s, kind, body in lines:
                self._tick(c)
                y, mo, d, h, mi = c[:5]
                out.append(
                    (f"{d:02d}/{mo:02d}/{y},{h:02d}:{mi:02d}:{rng.randint(0, 59):02d},", None)
                )
                out.append((s.full, P))
                out.append((",", None))
                out.append((s.phone(self), "PHONE"))
                out.append((",", None))
                body = body if kind == "msg" else [(rng.choice(T.SYSTEM_LINES["generic"]), None)]
                joined = "".join(t for t, _ in body)
                if any(ch in joined for ch in ',"\n'):
                    out.append(('"', None))
                    out.extend((t.replace('"', '""'), cat) for t, cat in body)
                    out.append(('"', None))
                else:
                    out.extend(body)
                out.append(("\n", None))
            return out
        if app == "line":
            ja = self.region == "jp"
            other = parts[1]
            if ja:
                out.append(("[LINE] ", None))
                out.extend(disp(other))
                out.append(("とのトーク履歴\n", None))
                out.append(
                    (f"保存日時：{c[0]}/{c[1]:02d}/{c[2]:02d} {c[3]:02d}:{c[4]:02d}\n", None)
                )
            else:
                out.append(("[LINE] Chat history with ", None))
                out.extend(disp(other))
                out.append(
                    (f"\nSaved on: {c[0]}/{c[1]:02d}/{c[2]:02d}, {c[3]:02d}:{c[4]:02d}\n", None)
                )
            last_day = None
            for s, kind, body in lines:
                self._tick(c)
                y, mo, d, h, mi = c[:5]
                if (y, mo, d) != last_day:
                    dow = (y * 365 + mo * 31 + d) % 7
                    out.append(
                        (f"\n{y}/{mo:02d}/{d:02d}({DOW_JA[dow] if ja else DOW_EN[dow]})\n", None)
                    )
                    last_day = (y, mo, d)
                out.append((f"{h:02d}:{mi:02d}\t", None))
                out.extend(disp(s))
                out.append(("\t", None))
                out.extend(
                    body if kind == "msg" else [("[Sticker]" if not ja else "[スタンプ]", None)]
                )
                out.append(("\n", None))
            return out
        if app == "kakao":
            ko = rng.random() < 0.7
            if ko:
                out.extend(self.render(self.group_name()))
                out.append((" 님과 카카오톡 대화\n", None))
                out.append(
                    (
                        f"저장한 날짜 : {c[0]}-{c[1]:02d}-{c[2]:02d} "
                        f"{c[3]:02d}:{c[4]:02d}:{c[5]:02d}\n\n",
                        None,
                    )
                )
            for s, kind, body in lines:
                self._tick(c)
                y, mo, d, h, mi = c[:5]
                h12 = (h % 12) or 12
                if ko:
                    out.append(
                        (f"{y}. {mo}. {d}. {'오후' if h >= 12 else '오전'} {h12}:{mi:02d}, ", None)
                    )
                else:
                    out.append((f"{MON3[mo - 1]} {d}, {y}, {h12}:{mi:02d} {AMPM[h >= 12]}, ", None))
                out.extend(disp(s))
                out.append((" : ", None))
                out.extend(body if kind == "msg" else [("사진" if ko else "Photo", None)])
                out.append(("\n", None))
            return out
        if app == "wechat":
            for s, kind, body in lines:
                self._tick(c)
                y, mo, d, h, mi = c[:5]
                out.extend(disp(s))
                out.append(
                    (f" {y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{rng.randint(0, 59):02d}\n", None)
                )
                out.extend(body if kind == "msg" else [("[图片]", None)])
                out.append(("\n", None))
            return out
        if app in ("sms", "imsg"):
            me = rng.choice(["Me", "You", "me"])
            for s, kind, body in lines:
                self._tick(c)
                y, mo, d, h, mi = c[:5]
                mine = rng.random() < 0.35
                if app == "sms":
                    out.append(
                        (f"[{MON3[mo - 1]} {d}, {(h % 12) or 12}:{mi:02d} {AMPM[h >= 12]}] ", None)
                    )
                if mine:
                    out.append((me, None))
                elif app == "sms" and rng.random() < 0.5:
                    out.append((s.phone(self), "PHONE"))
                else:
                    out.extend(disp(s))
                out.append((": ", None))
                out.extend(
                    body if kind == "msg" else [(rng.choice(T.SYSTEM_LINES["generic"]), None)]
                )
                out.append(("\n", None))
            if app == "imsg":
                out.append((f"Read {(c[3] % 12) or 12}:{c[4]:02d} {AMPM[c[3] >= 12]}\n", None))
            return out
        if app in ("ig", "fb"):
            last = None
            for s, kind, body in lines:
                self._tick(c)
                y, mo, d, h, mi = c[:5]
                if rng.random() < 0.25:
                    out.append(
                        (
                            f"{MON3[mo - 1]} {d}, {y}, {(h % 12) or 12}:{mi:02d} {AMPM[h >= 12]}\n",
                            None,
                        )
                    )
                if rng.random() < 0.3:
                    out.append(("You sent\n" if app == "fb" else "You\n", None))
                else:
                    out.extend(disp(s))
                    out.append(("\n", None))
                if kind == "msg" and last is not None and rng.random() < 0.15:
                    out.append(("Replied to ", None))
                    out.extend(disp(last[0]))
                    out.append((": ", None))
                    out.extend(last[1])
                    out.append(("\n", None))
                out.extend(body if kind == "msg" else [("Reacted ❤️ to your message", None)])
                out.append(("\n", None))
                if kind == "msg":
                    last = (s, body)
            return out
        if app == "discord":
            for s, kind, body in lines:
                self._tick(c)
                y, mo, d, h, mi = c[:5]
                if rng.random() < 0.2:
                    out.append((rng.choice(T.HANDLE_NOISE), None))
                else:
                    out.extend(disp(s))
                if rng.random() < 0.5:
                    out.append((f" — {d:02d}/{mo:02d}/{y} {h:02d}:{mi:02d}\n", None))
                else:
                    out.append((f" — Today at {(h % 12) or 12}:{mi:02d} {AMPM[h >= 12]}\n", None))
                if kind == "msg" and body[0][1] is None and rng.random() < 0.2:
                    o = rng.choice([q for q in parts if q is not s])
                    out.append(("@", None))
                    out.append((o.handle(), P))
                    out.append((" ", None))
                out.extend(body if kind == "msg" else [("[image]", None)])
                out.append(("\n", None))
            return out
        if app == "ocr":
            y, mo, d, h, mi = c[:5]
            out.append(
                (
                    f"{h:02d}:{mi:02d} {rng.choice(['⚡', '📶', ''])} 4G {rng.randint(10, 99)}%\n",
                    None,
                )
            )
            out.append(("< ", None))
            group = len(parts) > 2
            if group:
                out.extend(self.render(self.group_name()))
                out.append((f"\n{len(parts) + rng.randint(0, 30)} participants\n", None))
            else:
                out.extend(disp(parts[1]))
                out.append((f"\nlast seen today at {h:02d}:{mi:02d}\n", None))
            for s, kind, body in lines:
                self._tick(c)
                y, mo, d, h, mi = c[:5]
                if group and rng.random() < 0.7:
                    if modes[id(s)] == "phone":
                        out.append((s.phone(self), "PHONE"))
                        out.append((" ~", None))
                        out.append((s.given, P))
                    else:
                        out.extend(disp(s))
                    out.append(("\n", None))
                out.extend(body if kind == "msg" else [("Photo", None)])
                out.append((f" {h:02d}:{mi:02d} {rng.choice(['✓✓', '√√', 'vv', ''])}\n", None))
            out.append(("Type a message", None))
            return out
        raise KeyError(app)

    # -- envelopes ------------------------------------------------------
    def envelope(self, pieces):
        rng = self.rng
        r = rng.random()
        if r < 0.79:
            return pieces

        def esc(ps):
            return [(json.dumps(t, ensure_ascii=False)[1:-1], c) for t, c in ps]

        body = esc(pieces)
        if r < 0.90:
            pre = (
                f'{{"model": "{rng.choice(MODELS)}", "messages": [{{"role": "system", "content": '
                f'{json.dumps(rng.choice(SYS_PROMPTS))}}}, {{"role": "user", "content": "'
            )
            post = f'"}}], "temperature": {rng.choice(["0.2", "0.7", "1"])}}}'
        elif r < 0.95:
            pre = (
                f'{{"model": "{rng.choice(CLAUDE)}", '
                f'"max_tokens": {rng.choice([512, 1024, 2048])}, '
                f'"messages": [{{"role": "user", "content": "'
            )
            post = '"}]}'
        elif r < 0.98:
            pre = '{"contents": [{"role": "user", "parts": [{"text": "'
            post = '"}]}], "generationConfig": {"temperature": 0.4}}'
        else:
            day = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            ts = (
                f"{day}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"
            )
            req = fill(rng, "########")
            pre = f'{ts} INFO llm.request route=/v1/chat/completions req_id={req} prompt="'
            post = '"'
        return [(pre, None)] + body + [(post, None)]


def _style_lower(pieces, mode):
    out = []
    for t, c in pieces:
        if mode == "all" and c in (None, P, "EMAIL", "ADDRESS"):
            out.append((lower(t), c))
        else:
            out.append((t, c))
    return out


def _assemble(pieces):
    text_parts = []
    spans = []
    pos = 0
    for t, c in pieces:
        if not t:
            continue
        if c is not None:
            if spans and spans[-1][0] == c and spans[-1][2] == pos:
                spans[-1] = (c, spans[-1][1], pos + len(t))
            else:
                spans.append((c, pos, pos + len(t)))
        text_parts.append(t)
        pos += len(t)
    text = "".join(text_parts)
    merged = []
    for s in spans:
        if merged and merged[-1][0] == s[0] and text[merged[-1][2] : s[1]] == " ":
            merged[-1] = (s[0], merged[-1][1], s[2])
        else:
            merged.append(s)
    return text, merged


def _regions_for(gen, spec):
    if spec == "*":
        return gen.rng.choice(gen.regions + ["mix", "mix", "mix"])
    return gen.rng.choice(spec.split())


def dev20_set(scale: float = 1.0, seed: int = SEED) -> list[Sample]:
    rng = random.Random(seed)
    gen = Gen(rng)
    n = round(N_BASE * scale)
    n_neg = round(n * NEG_FRACTION)
    kinds = [True] * n_neg + [False] * (n - n_neg)
    rng.shuffle(kinds)
    pos_deck: list = []
    neg_deck: list = []
    seen = set()
    out = []
    for neg in kinds:
        for _attempt in range(200):
            deck = neg_deck if neg else pos_deck
            if not deck:
                src = T.NEG_DOCS if neg else T.DOCS
                deck.extend(range(len(src)))
                # chat exports are the heart of this set: twice as many draws
                deck.extend(i for i, d in enumerate(src) if "{chat:" in d[2])
                rng.shuffle(deck)
            idx = deck.pop()
            region_spec, style, tpl = (T.NEG_DOCS if neg else T.DOCS)[idx]
            gen.start(_regions_for(gen, region_spec))
            is_chat = "{chat:" in tpl
            mode = "none"
            if style == "c" and not is_chat:
                r = rng.random()
                if r < 0.25:
                    mode = "all"
                elif r < 0.45:
                    gen.names_lower = True
            pieces = gen.render(tpl)
            pieces = _style_lower(pieces, mode)
            pieces = gen.envelope(pieces)
            text, spans = _assemble(pieces)
            if neg and spans:
                continue
            if not neg and not spans:
                continue
            if text in seen or text.count("\n") >= 59:
                continue
            seen.add(text)
            out.append(Sample(text=text, spans=[tuple(s) for s in spans]))
            break
        else:
            raise RuntimeError("could not draw a sample")
    _check(out)
    return out


if __name__ == "__main__":  # pragma: no cover
    import collections
    import time

    t0 = time.time()
    ss = dev20_set()
    dt = time.time() - t0
    cnt = collections.Counter(c for s in ss for c, _, _ in s.spans)
    print(len(ss), f"{dt:.2f}s", sum(1 for s in ss if not s.spans), dict(cnt))
