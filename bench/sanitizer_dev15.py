"""dev15: "people talking" -- a blind, hand-written evaluation set for the PII sanitizer.

What the set is
---------------
About 1200 texts (``round(1200 * scale)``) of the kind an LLM API receives when people paste
or pipe in conversational material:

* speech-to-text output: call-centre transcripts, voicemail transcriptions, meeting
  auto-captions, dictated notes, podcast and interview transcripts, in ASR style (mostly
  lowercase, little punctuation, disfluencies, digits formatted the way modern ASR does,
  sometimes speaker labels, a few names spelled out letter by letter);
* messaging exports: WhatsApp, Telegram, Signal, iMessage, WeChat, LINE, KakaoTalk and Viber
  exports in their export layouts, SMS threads, family / neighbourhood / school-parents /
  sports-club groups, landlord-tenant, marketplace and dating-app chats;
* community text: forum posts with quotes, Reddit-like threads, Discord / Slack messages,
  product reviews and replies, comment sections, Q&A answers, group e-mails with signatures;
* the LLM requests that wrap them ("summarize this chat", "translate this voicemail", "who
  said what", "extract the action items", "write a reply to ...") and assistant answers
  that repeat names and details back.

About 55% of the texts are English; the rest are spread over more than 30 other languages
and code-switched mixes (Hinglish, Taglish, Spanglish, Arabizi, Franglais, Singlish, Roman
Urdu, romanized Russian, Greeklish, Finglish, Swiss German), in native scripts and
romanized, in casual registers (lowercase names, nicknames, diminutives, honorifics).

Numbers at scale 1.0, seed 15 (recompute with ``dev15_stats()``): 1200 texts from 692
templates (none used more than 3 times); 50 language codes (English, 37 other languages and
12 code-switched or romanized varieties); 6,409 labels, PERSON 58.6%, every other category
at least 44 times; 26.5% of texts wrapped in an API request; 80% of texts carry a marked
unlabeled look-alike (70% counting look-alikes other than chat timestamps); 1.8% of texts
have nothing to remove; texts are 1 to 27 lines long.

Each ``Sample`` carries ``(category, start, end)`` spans for the values that MUST be
removed, in the 15 categories of ``CATEGORIES``.  Honorifics, "@" signs and particles such
as "ssi", "さん", "님", "tía" stay outside PERSON spans; a full name is one span.  Many
texts also carry look-alikes that must stay and are deliberately unlabeled:
organizations, brands and shops named after people, apps, places, streets outside a full
address, pets, weekdays and months, names-as-ordinary-words, non-birth dates and times,
order / ticket / tracking / booking / flight numbers, prices, version numbers, hashes,
non-name handles, role words, placeholders ("<NAME>", "[redacted]", "{{first_name}}",
"John Doe" in a template, "Speaker 2").  Celebrities are people and are labeled.

How it was made
---------------
* Blind: written without looking at the sanitizer, its tests, its docs or any other
  evaluation set, and without running the sanitizer.  Nobody who writes detection rules
  shaped it.
* Hand-written: every template, name list and value pool lives in
  ``bench/sanitizer_dev15_templates.py`` and was typed by hand; no Faker or name library.
  Given names and surnames come from hand-picked lists for 50+ cultures (native scripts and
  romanized, with gendered surname forms, particles and diminutives).
* Templates (600+) are used round-robin, English and non-English drawn separately to the
  55/45 quota, so no template yields more than a few texts.  A template contains labeled
  placeholders (``⟦...⟧``) and unlabeled look-alike markers (``⟪...⟫``); the generator fills
  them strictly left to right and records each labeled span from the running length of
  the string it is building.  It never searches the finished text for a value.
* About a quarter of the texts are wrapped in an LLM API request (OpenAI / Anthropic JSON
  bodies, curl and ``llm`` command lines, Python SDK calls).  Each piece is escaped on its
  own for the envelope's syntax, so spans stay exact.
* Values with checksums are generated valid: Luhn for cards, ISO 13616 mod-97 for IBANs,
  SSA rules for SSNs (no 000/666/9xx area, no 00 group, no 0000 serial), IRS ranges for
  ITINs, base58check (P2PKH / P2SH) and bech32 for BTC, EIP-55 with a pure-Python
  Keccak-256 for ETH.  Dates of birth are labeled only where the text says (or clearly
  implies) that the date is a birth date.
* Where an assistant answer quotes a value from the user's text, the generator repeats the
  value exactly (same person slots, same phone / date / address).
* ``_check`` validates every sample: known categories, spans in range, sorted,
  non-overlapping, no outer whitespace, no two PERSON spans separated only by spaces,
  checksums, no unfilled placeholder, no duplicate or empty text, fewer than 40 lines.

Known limitations and judgment calls
------------------------------------
* Driver-licence and passport numbers follow each country's visible format only (no
  national check digits); phone numbers follow national numbering shapes but are random.
* Left unlabeled on purpose: last four digits of a card ("card ending 1234"), order /
  policy / member / ticket numbers, business names containing person names, pets named
  after people.  Mailing-list / no-reply addresses and national ID numbers outside the 15
  categories were left out of the texts rather than left unlabeled.
* Labeled as PERSON: celebrities, online stage names of real people (e.g. a YouTuber's
  handle-like name), names inside device hostnames ("<name>s-iPhone"), spelled-out letters
  of a caller's surname, and surname-only references ("Mrs. <surname>", "the <surname>s").
* Names and cultures are mixed freely in English texts; a few pairings (name, pronoun,
  city) are therefore unusual, though genders are kept consistent where the text marks them.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import random
import re
import unicodedata
from collections import Counter

from bench import sanitizer_dev15_templates as T
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

_N_TEXTS = 1200
_ENGLISH_SHARE = 0.55
_ENVELOPE_SHARE = 0.26
_INSTRUCTION_SHARE = 0.30

_PH = re.compile(r"⟦([^⟦⟧]*)⟧|⟪([^⟪⟫]*)⟫")
_PERSON = re.compile(r"^([fldn])(\d)([wm]?)(?:@([A-Za-z_]+))?(?:\.(lc|up|sp|cap))?$")
_SPLIT = "\x00SPLIT\x00"

_GEN_CAT = {
    "EMAIL": "EMAIL",
    "PHONE": "PHONE",
    "CARD": "CREDIT_CARD",
    "IBAN": "IBAN",
    "SSN": "US_SSN",
    "ITIN": "US_ITIN",
    "IP": "IP",
    "MAC": "MAC",
    "BTC": "CRYPTO",
    "ETH": "CRYPTO",
    "DOB": "DATE_OF_BIRTH",
    "ADDR": "ADDRESS",
    "DL": "DRIVER_LICENSE",
    "PASS": "PASSPORT",
    "SECRET": "SECRET",
}


# --------------------------------------------------------------------------- checksums


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _luhn_complete(body: str) -> str:
    for last in "0123456789":
        if _luhn_ok(body + last):
            return body + last
    raise AssertionError("unreachable")


def _iban_num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def _iban_ok(value: str) -> bool:
    s = re.sub(r"[\s-]", "", value).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def _iban_make(cc: str, bban: str) -> str:
    check = 98 - _iban_num(bban + cc + "00") % 97
    return f"{cc}{check:02d}{bban}"


def _ssn_ok(value: str) -> bool:
    d = re.sub(r"\D", "", value)
    if len(d) != 9:
        return False
    area, group, serial = int(d[:3]), int(d[3:5]), int(d[5:])
    return area not in (0, 666) and area < 900 and group != 0 and serial != 0


def _itin_ok(value: str) -> bool:
    d = re.sub(r"\D", "", value)
    if len(d) != 9 or d[0] != "9":
        return False
    g = int(d[3:5])
    return 50 <= g <= 65 or 70 <= g <= 88 or 90 <= g <= 92 or 94 <= g <= 99


_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def _b58check_encode(payload: bytes) -> str:
    data = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(data, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = _B58[r] + out
    pad = len(data) - len(data.lstrip(b"\0"))
    return "1" * pad + out


def _b58check_ok(s: str) -> bool:
    if not s or any(c not in _B58 for c in s):
        return False
    n = 0
    for c in s:
        n = n * 58 + _B58.index(c)
    pad = len(s) - len(s.lstrip("1"))
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big") if n else b""
    data = b"\0" * pad + raw
    if len(data) != 25 or data[0] not in (0, 5):
        return False
    return hashlib.sha256(hashlib.sha256(data[:-4]).digest()).digest()[:4] == data[-4:]


_BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _bech32_polymod(values: list[int]) -> int:
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if (top >> i) & 1 else 0
    return chk


def _bech32_hrp_expand(hrp: str) -> list[int]:
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def _convertbits(data: bytes, frm: int, to: int) -> list[int]:
    acc = bits = 0
    out = []
    maxv = (1 << to) - 1
    for b in data:
        acc = (acc << frm) | b
        bits += frm
        while bits >= to:
            bits -= to
            out.append((acc >> bits) & maxv)
    if bits:
        out.append((acc << (to - bits)) & maxv)
    return out


def _bech32_encode(hrp: str, witver: int, prog: bytes) -> str:
    data = [witver] + _convertbits(prog, 8, 5)
    values = _bech32_hrp_expand(hrp) + data
    pm = _bech32_polymod(values + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_BECH[d] for d in data + chk)


def _bech32_ok(s: str) -> bool:
    if s.lower() != s and s.upper() != s:
        return False
    s = s.lower()
    pos = s.rfind("1")
    if pos < 1 or pos + 7 > len(s):
        return False
    hrp, data = s[:pos], s[pos + 1 :]
    if any(c not in _BECH for c in data):
        return False
    return _bech32_polymod(_bech32_hrp_expand(hrp) + [_BECH.index(c) for c in data]) == 1


_KECCAK_RC = [
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
_KECCAK_ROT = [
    [0, 36, 3, 41, 18],
    [1, 44, 10, 45, 2],
    [62, 6, 43, 15, 61],
    [28, 55, 25, 21, 56],
    [27, 20, 39, 8, 14],
]
_M64 = (1 << 64) - 1


def _rotl(v: int, n: int) -> int:
    return ((v << n) | (v >> (64 - n))) & _M64 if n else v


def _keccak_f(a: list[list[int]]) -> list[list[int]]:
    for rc in _KECCAK_RC:
        c = [a[x][0] ^ a[x][1] ^ a[x][2] ^ a[x][3] ^ a[x][4] for x in range(5)]
        d = [c[(x - 1) % 5] ^ _rotl(c[(x + 1) % 5], 1) for x in range(5)]
        a = [[a[x][y] ^ d[x] for y in range(5)] for x in range(5)]
        b = [[0] * 5 for _ in range(5)]
        for x in range(5):
            for y in range(5):
                b[y][(2 * x + 3 * y) % 5] = _rotl(a[x][y], _KECCAK_ROT[x][y])
        a = [
            [b[x][y] ^ ((~b[(x + 1) % 5][y]) & b[(x + 2) % 5][y] & _M64) for y in range(5)]
            for x in range(5)
        ]
        a[0][0] ^= rc
    return a


def _keccak256(msg: bytes) -> bytes:
    rate = 136
    data = bytearray(msg) + b"\x01"
    while len(data) % rate:
        data += b"\x00"
    data[-1] |= 0x80
    a = [[0] * 5 for _ in range(5)]
    for off in range(0, len(data), rate):
        block = data[off : off + rate]
        for i in range(rate // 8):
            x, y = i % 5, i // 5
            a[x][y] ^= int.from_bytes(block[8 * i : 8 * i + 8], "little")
        a = _keccak_f(a)
    out = b""
    for i in range(4):
        out += a[i % 5][i // 5].to_bytes(8, "little")
    return out


def _eip55(hex40: str) -> str:
    h = hex40.lower()
    digest = _keccak256(h.encode()).hex()
    return "0x" + "".join(c.upper() if int(digest[i], 16) >= 8 else c for i, c in enumerate(h))


def _eth_ok(s: str) -> bool:
    if not re.fullmatch(r"0x[0-9a-fA-F]{40}", s):
        return False
    return _eip55(s[2:]) == s


def _crypto_ok(s: str) -> bool:
    if s.startswith("0x"):
        return _eth_ok(s)
    if s.lower().startswith("bc1"):
        return _bech32_ok(s)
    return _b58check_ok(s)


# --------------------------------------------------------------------------- helpers


def _pat(rng: random.Random, pattern: str) -> str:
    """Fill a value pattern: # digit, ^ non-zero digit, $ 2-9, @ A-Z, & a-z, % hex, * A-Z0-9,
    ~ a-zA-Z0-9; a backslash makes the next character literal."""
    out = []
    it = iter(pattern)
    for ch in it:
        if ch == "\\":
            out.append(next(it))
        elif ch == "#":
            out.append(rng.choice("0123456789"))
        elif ch == "^":
            out.append(rng.choice("123456789"))
        elif ch == "$":
            out.append(rng.choice("23456789"))
        elif ch == "@":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
        elif ch == "&":
            out.append(rng.choice("abcdefghijkmnopqrstuvwxyz"))
        elif ch == "%":
            out.append(rng.choice("0123456789abcdef"))
        elif ch == "*":
            out.append(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"))
        elif ch == "~":
            out.append(rng.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"))
        else:
            out.append(ch)
    return "".join(out)


def _ascii(s: str) -> str:
    s = s.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("ł", "l")
    s = s.replace("Ł", "L").replace("đ", "d").replace("Đ", "D").replace("ı", "i")
    s = s.replace("æ", "ae").replace("Æ", "Ae")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in " -'"))


def _base(lang: str) -> str:
    return T.LANG_BASE.get(lang, lang)


def _digits(s: str, system: str) -> str:
    table = {"fa": "۰۱۲۳۴۵۶۷۸۹", "ar": "٠١٢٣٤٥٦٧٨٩"}[system]
    return "".join(table[int(c)] if c.isdigit() else c for c in s)


class _Ctx:
    def __init__(self, rng: random.Random, lang: str, cult: str, cc: str):
        self.rng = rng
        self.lang = lang
        self.cult = cult
        self.cc = cc
        self.people: dict[int, dict] = {}
        self.cache: dict[str, str] = {}
        self.used_given: set[str] = set()
        self.lookalike: set[str] = set()
        self.answering = False
        self.first_values: dict[str, tuple[str, str]] = {}
        year = rng.randint(2019, 2025)
        self.clock = _dt.datetime(year, rng.randint(1, 12), rng.randint(1, 28), rng.randint(7, 21))
        self.clock += _dt.timedelta(minutes=rng.randint(0, 59))


# --------------------------------------------------------------------------- people


def _pick_culture(ctx: _Ctx, cult: str | None) -> str:
    c = cult or ctx.cult
    if c == "mix":
        c = ctx.rng.choice(T.MIX_CULTURES)
    elif "|" in c:
        c = ctx.rng.choice(c.split("|"))
    if c not in T.NAMES:
        raise KeyError(f"unknown name culture {c!r}")
    return c


def _make_person(ctx: _Ctx, gender: str, cult: str | None) -> dict:
    rng = ctx.rng
    c = _pick_culture(ctx, cult)
    data = T.NAMES[c]
    g = gender or rng.choice("wm")
    for _ in range(50):
        entry = rng.choice(data["f" if g == "w" else "m"]).split("|")
        if entry[0] not in ctx.used_given:
            break
    ctx.used_given.add(entry[0])
    sur = rng.choice(data["s"]).split("/")
    surname = sur[1] if (g == "w" and len(sur) > 1) else sur[0]
    mid = ""
    key = "mid_f" if g == "w" else "mid_m"
    if key in data and rng.random() < 0.8:
        mid = rng.choice(data[key])
    order = data.get("order", "gs")
    if order == "either":
        order = rng.choice(["gs", "sg"])
    sep = data.get("sep", " ")
    if isinstance(sep, list):
        sep = rng.choice(sep)
    given_full = f"{mid}{sep}{entry[0]}" if mid else entry[0]
    full = f"{given_full}{sep}{surname}" if order == "gs" else f"{surname}{sep}{given_full}"
    return {
        "f": entry[0],
        "d": rng.choice(entry[1:]) if len(entry) > 1 else entry[0],
        "l": surname,
        "n": full,
    }


def _person(m: re.Match, ctx: _Ctx) -> str:
    kind, idx, _g, _c, mod = m.groups()
    p = ctx.people[int(idx)]
    v = p[kind]
    if mod == "lc":
        v = v.lower()
    elif mod == "up":
        v = v.upper()
    elif mod == "cap":
        v = v[:1].upper() + v[1:]
    elif mod == "sp":
        v = " ".join(ch for ch in v.upper() if ch.isalpha())
    return v


# --------------------------------------------------------------------------- generators


def _country(ctx: _Ctx, args: list[str], table: dict) -> str:
    for a in args:
        if a in table:
            return a
    if ctx.cc in table:
        return ctx.cc
    fallback = [c for c in T.FALLBACK_CC.get(ctx.cc, []) if c in table]
    if fallback:
        return ctx.rng.choice(fallback)
    return ctx.rng.choice(sorted(table))


def _g_phone(ctx: _Ctx, args: list[str]) -> str:
    rng = ctx.rng
    cc = _country(ctx, args, T.PHONE)
    pattern = rng.choice(T.PHONE[cc])
    value = _pat(rng, pattern)
    if "asr" in args:
        digits = re.sub(r"\D", "", value)
        if rng.random() < 0.7 and cc in ("us", "ca"):
            digits = digits[-10:]
            groups = [digits[:3], digits[3:6], digits[6:]]
        else:
            groups, i = [], 0
            while i < len(digits):
                k = rng.choice([2, 3, 3, 4])
                groups.append(digits[i : i + k])
                i += k
            if len(groups[-1]) == 1 and len(groups) > 1:
                groups[-2] += groups.pop()
        value = " ".join(groups)
    if "fa" in args:
        value = _digits(value, "fa")
    if "ar" in args:
        value = _digits(value, "ar")
    return value


def _email_local(ctx: _Ctx, idx: int | None) -> str:
    rng = ctx.rng
    p = ctx.people.get(idx) if idx is not None else None
    if p is not None:
        first = _ascii(p["f"]).lower().replace(" ", "").replace("'", "")
        last = _ascii(p["l"]).lower().replace(" ", "").replace("'", "")
        if first and last and len(first) >= 2:
            style = rng.randrange(7)
            if style == 0:
                return f"{first}.{last}"
            if style == 1:
                return f"{first}{last}"
            if style == 2:
                return f"{first[0]}.{last}"
            if style == 3:
                return f"{first}_{last}{rng.randint(1, 99)}"
            if style == 4:
                return f"{first}{rng.randint(70, 2005)}"
            if style == 5:
                return f"{last}.{first}"
            return f"{first[0]}{last}"
    return rng.choice(T.EMAIL_LOCALS) + rng.choice(
        ["", str(rng.randint(1, 99)), "_" + _pat(rng, "##")]
    )


def _g_email(ctx: _Ctx, args: list[str]) -> str:
    rng = ctx.rng
    idx = next((int(a) for a in args if a.isdigit()), None)
    local = _email_local(ctx, idx)
    domains = T.EMAIL_DOMAINS.get(ctx.cc, []) + T.EMAIL_DOMAINS["*"]
    domain = rng.choice(domains)
    if "work" in args:
        domain = rng.choice(T.WORK_DOMAINS)
    if "asr" in args:
        spoken = local.replace(".", " dot ").replace("_", " underscore ")
        return f"{spoken} at {domain.replace('.', ' dot ')}".replace("  ", " ")
    return f"{local}@{domain}"


def _g_card(ctx: _Ctx, args: list[str]) -> str:
    rng = ctx.rng
    brand = rng.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    for a in args:
        if a in ("visa", "mc", "amex", "disc"):
            brand = a
    if brand == "visa":
        digits = _luhn_complete("4" + _pat(rng, "#" * 14))
    elif brand == "mc":
        head = rng.choice(["51", "52", "53", "54", "55", "2221", "2331", "2470", "2605", "2720"])
        digits = _luhn_complete(head + _pat(rng, "#" * (15 - len(head))))
    elif brand == "disc":
        digits = _luhn_complete("6011" + _pat(rng, "#" * 11))
    else:
        digits = _luhn_complete(rng.choice(["34", "37"]) + _pat(rng, "#" * 12))
    if len(digits) == 15:
        groups = [digits[:4], digits[4:10], digits[10:]]
    else:
        groups = [digits[i : i + 4] for i in range(0, 16, 4)]
    if "asr" in args:
        return " ".join(groups)
    sep = rng.choice([" ", " ", "-", ""])
    return sep.join(groups)


def _g_iban(ctx: _Ctx, args: list[str]) -> str:
    rng = ctx.rng
    cc = _country(ctx, args, T.IBAN)
    iban = _iban_make(cc.upper(), _pat(rng, T.IBAN[cc]))
    if "compact" in args or rng.random() < 0.3:
        return iban
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def _g_ssn(ctx: _Ctx, args: list[str]) -> str:
    rng = ctx.rng
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    d = f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
    if "asr" in args:
        return f"{d[:3]} {d[3:5]} {d[5:]}"
    sep = rng.choice(["-", "-", "-", " ", ""])
    return f"{d[:3]}{sep}{d[3:5]}{sep}{d[5:]}"


def _g_itin(ctx: _Ctx, args: list[str]) -> str:
    rng = ctx.rng
    group = rng.choice(
        list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92] + list(range(94, 100))
    )
    d = f"9{rng.randint(0, 99):02d}{group:02d}{rng.randint(1, 9999):04d}"
    sep = " " if "asr" in args else rng.choice(["-", "-", " ", ""])
    return f"{d[:3]}{sep}{d[3:5]}{sep}{d[5:]}"


def _g_ip(ctx: _Ctx, args: list[str]) -> str:
    rng = ctx.rng
    if "6" in args or ("4" not in args and rng.random() < 0.15):
        head = rng.choice(T.IPV6_PREFIXES)
        if rng.random() < 0.5:
            return head + ":" + ":".join(_pat(rng, "%%%%").lstrip("0") or "0" for _ in range(4))
        return head + "::" + _pat(rng, "%%%").lstrip("0") + ":" + _pat(rng, "%%%%").lstrip("0")
    first = rng.choice(T.IPV4_FIRST)
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def _g_mac(ctx: _Ctx, args: list[str]) -> str:
    rng = ctx.rng
    b = [rng.randrange(256) for _ in range(6)]
    b[0] &= 0xFC
    h = [f"{x:02x}" for x in b]
    style = rng.randrange(5)
    if style == 0:
        return ":".join(h)
    if style == 1:
        return ":".join(h).upper()
    if style == 2:
        return "-".join(h).upper()
    if style == 3:
        s = "".join(h)
        return f"{s[:4]}.{s[4:8]}.{s[8:]}"
    return "-".join(h)


def _g_btc(ctx: _Ctx, args: list[str]) -> str:
    rng = ctx.rng
    prog = bytes(rng.randrange(256) for _ in range(20))
    kind = next((a for a in args if a in ("p2pkh", "p2sh", "bech32")), None)
    kind = kind or rng.choice(["p2pkh", "p2sh", "bech32", "bech32"])
    if kind == "p2pkh":
        return _b58check_encode(b"\x00" + prog)
    if kind == "p2sh":
        return _b58check_encode(b"\x05" + prog)
    return _bech32_encode("bc", 0, prog)


def _g_eth(ctx: _Ctx, args: list[str]) -> str:
    return _eip55(bytes(ctx.rng.randrange(256) for _ in range(20)).hex())


_ORD = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}


def _fmt_date(ctx: _Ctx, d: _dt.date, fmt: str) -> str:
    lang = _base(ctx.lang)
    months = T.MONTHS.get(lang, T.MONTHS["en"])
    short = T.MONTHS_SHORT.get(lang, [m[:3] for m in months])
    digits = None
    if fmt.startswith("fa:") or fmt.startswith("ar:"):
        digits, fmt = fmt[:2], fmt[3:]
    if "{FA" in fmt:
        # a plausible Solar Hijri date (year offset 621/622); day kept in range
        fy = d.year - 621 if d.month > 3 else d.year - 622
        fm = (d.month + 8) % 12 + 1
        fd = min(d.day, 29)
        fmt = (
            fmt.replace("{FAY}", str(fy))
            .replace("{FAM}", f"{fm:02d}")
            .replace("{FAD}", f"{fd:02d}")
        )
    out = fmt.format(
        d=d.day,
        dd=f"{d.day:02d}",
        m=d.month,
        mm=f"{d.month:02d}",
        MON=months[d.month - 1],
        mon=months[d.month - 1].lower(),
        Mon=short[d.month - 1],
        yyyy=d.year,
        yy=f"{d.year % 100:02d}",
        ord=f"{d.day}{_ORD.get(d.day, 'th')}",
        by=d.year + 543,
        wy=d.year - 1988 if d.year >= 1989 else d.year - 1925,
    )
    if digits:
        out = _digits(out, digits)
    return out


def _rand_date(rng: random.Random, y0: int, y1: int) -> _dt.date:
    start = _dt.date(y0, 1, 1).toordinal()
    end = _dt.date(y1, 12, 31).toordinal()
    return _dt.date.fromordinal(rng.randint(start, end))


def _formats(ctx: _Ctx, args: list[str]) -> list[str]:
    for a in args:
        if a in T.DATE_FORMATS:
            return T.DATE_FORMATS[a]
    return (
        T.DATE_FORMATS.get(ctx.lang) or T.DATE_FORMATS.get(_base(ctx.lang)) or T.DATE_FORMATS["en"]
    )


def _g_dob(ctx: _Ctx, args: list[str]) -> str:
    rng = ctx.rng
    y0, y1 = 1938, 2005
    if "kid" in args:
        y0, y1 = 2008, 2022
    if "old" in args:
        y0, y1 = 1925, 1955
    return _fmt_date(ctx, _rand_date(rng, y0, y1), rng.choice(_formats(ctx, args)))


def _g_addr(ctx: _Ctx, args: list[str]) -> str:
    rng = ctx.rng
    cc = _country(ctx, args, T.ADDR)
    spec = T.ADDR[cc]
    kind = "short" if "short" in args else "full" if "full" in args else None
    if kind is None:
        kind = "short" if rng.random() < 0.3 else "full"
    fmt = rng.choice(spec[kind])
    fields = {}
    for key, pool in spec["pools"].items():
        fields[key] = rng.choice(pool) if isinstance(pool, list) else _pat(rng, pool)
    return fmt.format(**fields)


def _g_dl(ctx: _Ctx, args: list[str]) -> str:
    cc = _country(ctx, args, T.DL)
    pattern = ctx.rng.choice(T.DL[cc])
    if pattern == "ES_DNI":
        n = ctx.rng.randint(10000000, 99999999)
        return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"
    return _pat(ctx.rng, pattern)


def _g_pass(ctx: _Ctx, args: list[str]) -> str:
    cc = _country(ctx, args, T.PASSPORT)
    return _pat(ctx.rng, ctx.rng.choice(T.PASSPORT[cc]))


def _g_secret(ctx: _Ctx, args: list[str]) -> str:
    rng = ctx.rng
    kind = args[0] if args else "pw"
    if kind in ("wifi", "pw"):
        word = rng.choice(T.PASSWORD_WORDS)
        style = rng.randrange(6)
        if style == 0:
            return f"{word}{rng.randint(1, 2025)}{rng.choice('!#$@*?')}"
        if style == 1:
            return f"{word}_{rng.randint(10, 99)}"
        if style == 2:
            return f"{word.lower()}-{rng.choice(T.PASSWORD_WORDS).lower()}-{rng.randint(1, 99)}"
        if style == 3:
            return word.replace("a", "@").replace("o", "0").replace("e", "3") + str(
                rng.randint(1, 99)
            )
        if style == 4:
            return _pat(rng, "~~~~~~~~~~")
        return f"{word}{rng.choice(T.PASSWORD_WORDS)}{rng.randint(1, 9)}"
    if kind == "pin":
        return _pat(rng, rng.choice(["####", "####", "######"]))
    if kind == "door":
        return _pat(rng, rng.choice(["####\\#", "\\*####", "####", "#####", "##-##", "@###"]))
    if kind == "alarm":
        return _pat(rng, rng.choice(["####", "#####", "######"]))
    if kind == "otp":
        v = _pat(rng, "######")
        return f"{v[:3]} {v[3:]}" if rng.random() < 0.2 else v
    if kind == "api":
        return _pat(rng, rng.choice(T.API_KEY_PATTERNS))
    if kind == "recovery":
        return "-".join(_pat(rng, "&&&&&") for _ in range(rng.choice([2, 3, 4])))
    if kind == "seed":
        return " ".join(rng.sample(T.SEED_WORDS, 12))
    if kind == "privkey":
        return _pat(rng, "%" * 64)
    if kind == "wgkey":
        return _pat(rng, "~" * 42) + rng.choice("AEIMQUYcgkosw048") + "="
    if kind == "cvv":
        return _pat(rng, "###")
    raise KeyError(kind)


_GEN = {
    "EMAIL": _g_email,
    "PHONE": _g_phone,
    "CARD": _g_card,
    "IBAN": _g_iban,
    "SSN": _g_ssn,
    "ITIN": _g_itin,
    "IP": _g_ip,
    "MAC": _g_mac,
    "BTC": _g_btc,
    "ETH": _g_eth,
    "DOB": _g_dob,
    "ADDR": _g_addr,
    "DL": _g_dl,
    "PASS": _g_pass,
    "SECRET": _g_secret,
}


# --------------------------------------------------------------------------- fillers


def _advance(ctx: _Ctx) -> _dt.datetime:
    ctx.clock += _dt.timedelta(minutes=ctx.rng.choice([0, 1, 1, 2, 3, 5, 8, 13, 27, 44]))
    ctx.clock += _dt.timedelta(seconds=ctx.rng.randint(0, 59))
    return ctx.clock


def _h12(t: _dt.datetime) -> tuple[int, str]:
    h = t.hour % 12 or 12
    return h, "AM" if t.hour < 12 else "PM"


def _f_ts(ctx: _Ctx, fmt: str) -> str:
    t = _advance(ctx)
    h, ap = _h12(t)
    y, mo, d, hh, mi, s = t.year, t.month, t.day, t.hour, t.minute, t.second
    wd, mon = T.WEEKDAY_EN[t.weekday()][:3], T.MONTHS_SHORT["en"][mo - 1]
    table = {
        "wa": f"[{d:02d}/{mo:02d}/{y}, {hh:02d}:{mi:02d}:{s:02d}]",
        "wa_de": f"[{d:02d}.{mo:02d}.{y % 100:02d}, {hh:02d}:{mi:02d}:{s:02d}]",
        "wa_and": f"{d:02d}/{mo:02d}/{y} {hh:02d}:{mi:02d}",
        "wa_us": f"{mo}/{d}/{y % 100:02d}, {h}:{mi:02d}\u202f{ap}",
        "wa_us2": f"{mo}/{d}/{y % 100:02d}, {h}:{mi:02d} {ap}",
        "wa_br": f"{d:02d}/{mo:02d}/{y} {hh:02d}:{mi:02d}",
        "tg": f"[{d:02d}.{mo:02d}.{y} {hh:02d}:{mi:02d}]",
        "tg2": f"{d:02d}.{mo:02d}.{y} {hh:02d}:{mi:02d}",
        "signal": f"[{y}-{mo:02d}-{d:02d} {hh:02d}:{mi:02d}]",
        "imsg": f"{mon} {d}, {y} at {h}:{mi:02d}:{s:02d} {ap}",
        "wechat": f"{y}-{mo:02d}-{d:02d} {hh:02d}:{mi:02d}:{s:02d}",
        "line": f"{hh:02d}:{mi:02d}",
        "line_day": f"{y}/{mo:02d}/{d:02d}({T.WEEKDAY_JA[t.weekday()]})",
        "line_day_en": f"{y}.{mo:02d}.{d:02d} {T.WEEKDAY_EN[t.weekday()]}",
        "kakao": f"{y}. {mo}. {d}. {'오전' if hh < 12 else '오후'} {h}:{mi:02d}",
        "kakao_day": f"{y}년 {mo}월 {d}일 {T.WEEKDAY_KO[t.weekday()]}요일",
        "viber": f"[{d:02d}/{mo:02d}/{y} {hh:02d}:{mi:02d}:{s:02d}]",
        "discord": f"{mo:02d}/{d:02d}/{y} {h}:{mi:02d} {ap}",
        "discord_today": f"Today at {h}:{mi:02d} {ap}",
        "slack": f"{h}:{mi:02d} {ap}",
        "hm": f"{hh:02d}:{mi:02d}",
        "hms": f"{hh:02d}:{mi:02d}:{s:02d}",
        "ms": f"{mi:02d}:{s:02d}",
        "hmsf": f"00:{mi:02d}:{s:02d}.{ctx.rng.randint(0, 999):03d}",
        "sms": f"{wd}, {mon} {d}, {h}:{mi:02d} {ap}",
        "iso": f"{y}-{mo:02d}-{d:02d}T{hh:02d}:{mi:02d}:{s:02d}Z",
        "date": f"{d:02d}/{mo:02d}/{y}",
        "mdy": f"{mo}/{d}/{y}",
        "ymd": f"{y}-{mo:02d}-{d:02d}",
        "dmy_dot": f"{d:02d}.{mo:02d}.{y}",
        "reddit": f"{ctx.rng.randint(2, 23)}h ago",
    }
    return table[fmt]


def _f_time(ctx: _Ctx) -> str:
    rng = ctx.rng
    hh, mi = rng.randint(7, 22), rng.choice([0, 0, 15, 30, 45, 10, 20])
    h = hh % 12 or 12
    ap = "am" if hh < 12 else "pm"
    fmts = T.TIME_FORMATS.get(_base(ctx.lang), T.TIME_FORMATS["*"])
    return rng.choice(fmts).format(H=hh, HH=f"{hh:02d}", mm=f"{mi:02d}", h=h, ap=ap, AP=ap.upper())


def _f_price(ctx: _Ctx) -> str:
    rng = ctx.rng
    fmts = (
        T.PRICE_FORMATS.get(ctx.lang)
        or T.PRICE_FORMATS.get(_base(ctx.lang))
        or T.PRICE_FORMATS["en"]
    )
    n = rng.choice([rng.randint(3, 99), rng.randint(100, 2500), rng.randint(10, 400)])
    return rng.choice(fmts).format(n=n, c=f"{rng.choice([0, 0, 50, 99, 95, 25]):02d}", k=n * 1000)


def _filler(body: str, ctx: _Ctx) -> str:
    if "#" in body and not body.startswith("#"):
        cache_key = "⟪" + body
        if cache_key not in ctx.cache:
            ctx.cache[cache_key] = _filler(body.partition("#")[0], ctx)
        return ctx.cache[cache_key]
    key, _, arg = body.partition(":")
    rng = ctx.rng
    if key == "TS":
        return _f_ts(ctx, arg or "hm")
    if key == "TIME":
        return _f_time(ctx)
    if key == "PRICE":
        return _f_price(ctx)
    if key == "DATE":
        d = _rand_date(rng, 2022, 2026)
        return _fmt_date(ctx, d, rng.choice(_formats(ctx, [arg] if arg else [])))
    if key == "NUM":
        lo, _, hi = (arg or "2-99").partition("-")
        return str(rng.randint(int(lo), int(hi)))
    if key in T.FILLER_PATTERNS:
        return _pat(rng, rng.choice(T.FILLER_PATTERNS[key]))
    if key in T.FILLER_POOLS:
        return rng.choice(T.FILLER_POOLS[key])
    return body


# --------------------------------------------------------------------------- rendering


def _labeled(body: str, ctx: _Ctx) -> tuple[str, str]:
    if "=" in body:
        cat, _, literal = body.partition("=")
        if cat not in CATEGORIES:
            raise KeyError(f"bad literal category {cat!r}")
        return literal, cat
    m = _PERSON.match(body)
    if m:
        return _person(m, ctx), "PERSON"
    name, _, tag = body.partition("#")
    if tag or name.startswith(("PHONE", "EMAIL", "ADDR")):
        cache_key = body if tag else None
    else:
        cache_key = None
    if cache_key and cache_key in ctx.cache:
        return ctx.cache[cache_key], _GEN_CAT[name.split(":")[0]]
    key, *args = name.split(":")
    value = _GEN[key](ctx, args)
    if cache_key:
        ctx.cache[cache_key] = value
    return value, _GEN_CAT[key]


def _prepare_people(template: str, ctx: _Ctx) -> None:
    spec: dict[int, list[str | None]] = {}
    for m in _PH.finditer(template):
        if m.group(1) is None:
            continue
        pm = _PERSON.match(m.group(1))
        if not pm:
            continue
        idx = int(pm.group(2))
        g, c = spec.setdefault(idx, [None, None])
        spec[idx] = [g or pm.group(3) or None, c or pm.group(4)]
    for idx in sorted(spec):
        if idx not in ctx.people:
            g, c = spec[idx]
            ctx.people[idx] = _make_person(ctx, g or "", c)


def _render(template: str, ctx: _Ctx) -> list[tuple[str, str | None]]:
    pieces: list[tuple[str, str | None]] = []
    pos = 0
    for m in _PH.finditer(template):
        if m.start() > pos:
            pieces.append((template[pos : m.start()], None))
        if m.group(1) is not None:
            body = m.group(1)
            if body == "|":
                pieces.append((_SPLIT, None))
                ctx.answering = True
            elif ctx.answering and body in ctx.first_values:
                # the assistant's answer repeats a value quoted earlier in the text
                pieces.append(ctx.first_values[body])
            else:
                piece = _labeled(body, ctx)
                if not ctx.answering:
                    ctx.first_values.setdefault(body, piece)
                pieces.append(piece)
        else:
            body = m.group(2)
            ctx.lookalike.add(body.partition(":")[0].partition("#")[0])
            key = "⟪" + body
            if ctx.answering and key in ctx.first_values:
                pieces.append(ctx.first_values[key])
            else:
                piece = (_filler(body, ctx), None)
                if not ctx.answering:
                    ctx.first_values.setdefault(key, piece)
                pieces.append(piece)
        pos = m.end()
    if pos < len(template):
        pieces.append((template[pos:], None))
    return pieces


def _split_turns(pieces):
    turns = [[]]
    for text, cat in pieces:
        if text == _SPLIT and cat is None:
            turns.append([])
        else:
            turns[-1].append((text, cat))
    return turns


def _assemble(pieces) -> Sample:
    text_parts: list[str] = []
    spans: list[tuple[str, int, int]] = []
    n = 0
    for text, cat in pieces:
        if cat is not None:
            spans.append((cat, n, n + len(text)))
        text_parts.append(text)
        n += len(text)
    return Sample(text="".join(text_parts), spans=spans)


def _json_esc(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)[1:-1]


def _shell_sq(s: str) -> str:
    return s.replace("'", "'\\''")


def _esc_pieces(pieces, fn):
    return [(fn(t), c) for t, c in pieces]


def _plain(turns, rng: random.Random):
    out = list(turns[0])
    for turn in turns[1:]:
        out.append(("\n\n" + rng.choice(T.ASSISTANT_LABELS) + " ", None))
        out.extend(turn)
    return out


def _envelope(turns, rng: random.Random, lang: str):
    """Wrap the turns in an API request; returns pieces."""
    kind = rng.choice(T.ENVELOPE_KINDS)
    model = rng.choice(T.MODELS["anthropic" if kind.startswith("anthropic") else "openai"])
    system = rng.choice(T.SYSTEM_PROMPTS)
    follow = rng.choice(T.FOLLOW_UPS.get(_base(lang), T.FOLLOW_UPS["en"]))
    roles = []
    for i, turn in enumerate(turns):
        roles.append(("user" if i % 2 == 0 else "assistant", turn))
    if len(turns) % 2 == 0:
        roles.append(("user", [(follow, None)]))

    def msgs(esc, indent: str, inline_sep: str):
        out = []
        for j, (role, turn) in enumerate(roles):
            out.append((f'{indent}{{"role": "{role}", "content": "', None))
            out.extend(_esc_pieces(turn, esc))
            out.append(('"}' + ("," if j < len(roles) - 1 else "") + inline_sep, None))
        return out

    if kind == "openai_json":
        head = f'{{\n  "model": "{model}",\n  "messages": [\n'
        head += f'    {{"role": "system", "content": "{_json_esc(system)}"}},\n'
        tail = f'  ],\n  "temperature": {rng.choice(["0", "0.2", "0.3", "0.7"])}\n}}'
        return [(head, None)] + msgs(_json_esc, "    ", "\n") + [(tail, None)]
    if kind == "anthropic_json":
        head = f'{{"model": "{model}", "max_tokens": {rng.choice([512, 1024, 2048, 4096])}, '
        head += f'"system": "{_json_esc(system)}", "messages": ['
        return [(head, None)] + msgs(_json_esc, "", " ")[:-1] + [('"}]}', None)]
    if kind == "curl":
        url = rng.choice(T.API_URLS)
        head = f"curl -s {url} \\\n  -H 'content-type: application/json' \\\n"
        head += f'  -H "Authorization: Bearer ${rng.choice(T.ENV_KEYS)}" \\\n'
        head += f'  -d \'{{"model": "{model}", "messages": ['
        both = lambda s: _shell_sq(_json_esc(s))  # noqa: E731
        return [(head, None)] + msgs(both, "", " ")[:-1] + [("\"}]}'", None)]
    if kind == "llm_cli":
        text_pieces = []
        for role, turn in roles:
            if role == "user":
                text_pieces.extend(turn)
                break
        tool = rng.choice(T.CLI_TOOLS).format(model=model)
        return [(f"$ {tool} '", None)] + _esc_pieces(text_pieces, _shell_sq) + [("'", None)]
    if kind == "openai_py":
        head = "from openai import OpenAI\n\nclient = OpenAI()\n"
        head += "resp = client.chat.completions.create(\n"
        head += f'    model="{model}",\n    messages=[\n'
        tail = "    ],\n)\nprint(resp.choices[0].message.content)"
        return [(head, None)] + msgs(_json_esc, "        ", "\n") + [(tail, None)]
    if kind == "anthropic_py":
        head = "import anthropic\n\nclient = anthropic.Anthropic()\nmsg = client.messages.create(\n"
        head += f'    model="{model}",\n    max_tokens={rng.choice([800, 1024, 2000])},\n'
        head += "    messages=[\n"
        tail = "    ],\n)\nprint(msg.content[0].text)"
        return [(head, None)] + msgs(_json_esc, "        ", "\n") + [(tail, None)]
    raise KeyError(kind)


def _instruction(rng: random.Random, lang: str) -> str:
    pool = T.INSTRUCTIONS.get(lang) or T.INSTRUCTIONS.get(_base(lang)) or []
    if not pool or rng.random() < 0.3:
        pool = T.INSTRUCTIONS["en"]
    return rng.choice(pool)


def _one(tpl: tuple[str, str, str, str], rng: random.Random) -> tuple[Sample, frozenset]:
    lang, cult, cc, body = tpl
    self_contained = body.startswith("§")
    if self_contained:
        body = body[1:]
    ctx = _Ctx(rng, lang, cult, cc or rng.choice(T.LANG_CC.get(lang, ["us"])))
    _prepare_people(body, ctx)
    pieces = _render(body, ctx)
    lookalike = frozenset(ctx.lookalike)
    wrap = rng.random() < _ENVELOPE_SHARE
    instr = None
    if not self_contained and (wrap or rng.random() < _INSTRUCTION_SHARE):
        instr = _instruction(rng, lang)
    if instr is not None:
        cut = next((i for i, (t, c) in enumerate(pieces) if t == _SPLIT and c is None), len(pieces))
        head, tail = pieces[:cut], pieces[cut:]
        style = rng.random()
        if style < 0.15:
            head = [(instr + '\n\n"""\n', None)] + head + [('\n"""', None)]
        elif style < 0.75 or tail:
            sep = rng.choice(["\n\n", "\n", "\n\n---\n", "\n\n"])
            head = [(instr + sep, None)] + head
        else:
            head = head + [("\n\n" + instr, None)]
        pieces = head + tail
    turns = _split_turns(pieces)
    final = _envelope(turns, rng, lang) if wrap else _plain(turns, rng)
    return _assemble(final), lookalike


def _check(samples: list[Sample]) -> None:
    seen: set[str] = set()
    for s in samples:
        text = s.text
        assert text.strip(), "empty text"
        assert text not in seen, f"duplicate text: {text[:80]!r}"
        seen.add(text)
        assert text.count("\n") + 1 < 40, f"too many lines: {text[:80]!r}"
        for ch in "⟦⟧⟪⟫\x00":
            assert ch not in text, f"unfilled placeholder in {text[:120]!r}"
        prev_end = 0
        prev = None
        for cat, a, b in s.spans:
            assert cat in CATEGORIES, cat
            assert 0 <= a < b <= len(text), (cat, a, b)
            assert a >= prev_end, f"overlap/unsorted spans in {text[:80]!r}"
            value = text[a:b]
            assert value == value.strip(), f"outer whitespace in {value!r}"
            if prev is not None and prev[0] == "PERSON" and cat == "PERSON":
                between = text[prev[2] : a]
                assert between.strip(" ") != "", f"adjacent PERSON spans: {text[prev[1] : b]!r}"
            raw = value.replace('\\"', '"').replace("'\\''", "'")
            if cat == "CREDIT_CARD":
                digits = re.sub(r"\D", "", raw)
                assert 13 <= len(digits) <= 19 and _luhn_ok(digits), value
            elif cat == "IBAN":
                assert _iban_ok(raw), value
            elif cat == "CRYPTO":
                assert _crypto_ok(raw), value
            elif cat == "US_SSN":
                assert _ssn_ok(raw) and not _itin_ok(raw), value
            elif cat == "US_ITIN":
                assert _itin_ok(raw), value
            prev_end = b
            prev = (cat, a, b)


# --------------------------------------------------------------------------- building


def _build(scale: float, seed: int) -> list[tuple[Sample, str, frozenset]]:
    rng = random.Random(seed)
    n = max(1, round(_N_TEXTS * scale))
    n_en = round(n * _ENGLISH_SHARE)
    en = [t for t in T.TEMPLATES if t[0] == "en"]
    other = [t for t in T.TEMPLATES if t[0] != "en"]
    rng.shuffle(en)
    rng.shuffle(other)
    plan = ["en"] * n_en + ["xx"] * (n - n_en)
    rng.shuffle(plan)
    cursor = {"en": 0, "xx": 0}
    pools = {"en": en, "xx": other}
    out: list[tuple[Sample, str, frozenset]] = []
    seen: set[str] = set()
    for which in plan:
        pool = pools[which]
        for _attempt in range(len(pool)):
            tpl = pool[cursor[which] % len(pool)]
            cursor[which] += 1
            done = False
            for _try in range(6):
                sample, look = _one(tpl, rng)
                if sample.text not in seen and sample.text.count("\n") + 1 < 40:
                    seen.add(sample.text)
                    out.append((sample, tpl[0], look))
                    done = True
                    break
            if done:
                break
    return out


def dev15_set(scale: float = 1.0, seed: int = 15) -> list[Sample]:
    """The dev15 "people talking" set: about round(1200 * scale) labeled texts."""
    samples = [s for s, _lang, _look in _build(scale, seed)]
    _check(samples)
    return samples


def dev15_stats(scale: float = 1.0, seed: int = 15) -> dict:
    """Summary numbers for the data card."""
    built = _build(scale, seed)
    labels = Counter(cat for s, _l, _k in built for cat, _a, _b in s.spans)
    langs = Counter(lang for _s, lang, _k in built)
    return {
        "texts": len(built),
        "labels": dict(labels.most_common()),
        "person_share": labels["PERSON"] / max(1, sum(labels.values())),
        "english_share": langs["en"] / max(1, len(built)),
        "templates": len(T.TEMPLATES),
        "languages": len(langs),
        "lookalike_share": sum(1 for _s, _l, k in built if k) / max(1, len(built)),
        "lookalike_share_not_just_timestamps": sum(1 for _s, _l, k in built if k - {"TS", "TIME"})
        / max(1, len(built)),
        "no_label_share": sum(1 for s, _l, _k in built if not s.spans) / max(1, len(built)),
    }


if __name__ == "__main__":
    for k, v in dev15_stats().items():
        print(f"{k}: {v}")
