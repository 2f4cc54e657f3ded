"""Dev set 13: "what people actually paste into an LLM about other people".

An independent, labelled evaluation set for the PII sanitizer, written blind: its author
never looked at the sanitizer's code, rules, tests or docs, nor at the other benchmark
sets, so no one who writes detection rules shaped it.

How it was made
---------------
* Every template in ``bench/sanitizer_dev13_templates.py`` was written by hand: advice
  narratives about relatives, colleagues, landlords and doctors; pasted e-mails, letters,
  WhatsApp/Slack/Teams/SMS exports, meeting minutes and interview transcripts; CVs,
  reference and HR letters, tenancy agreements, court summaries, school reports, referral
  letters, obituaries, speeches, guest lists, rosters, bibliographies, acknowledgements;
  Git/code artefacts and CSV/JSON/YAML/SQL/spreadsheet dumps; forms, signatures, headers and
  shipping labels - over 600 templates in all. About 55% of the texts are English; the rest
  are spread evenly over 39 other language variants (33 languages in their own scripts, plus
  European Portuguese, Arabizi, Roman Urdu, Hinglish, Taglish and Nigerian English/Pidgin).
* People's names come from hand-picked given-name and surname lists for 45 cultures
  (native script plus romanisation, nicknames, gendered surnames, particles, patronymics),
  chosen by hand - not from a library such as Faker. Many are also ordinary words (Hope,
  Bill, Rose, Guy, Sunny, Precious, Min, Long, Van, Ali, Said, Dolores ...).
* Secondary values are generated with realistic layouts and valid checksums where one
  exists (Luhn, IBAN mod-97, SSN/ITIN number rules, base58check / bech32 for BTC, EIP-55
  for ETH).
* Look-alikes that must stay unlabelled (companies and tools that look like names, towns
  and buildings named after people, words that are also names, non-birth dates, order /
  ticket / tracking numbers, versions, hashes, UUIDs, timestamps, prices, usernames,
  placeholders) appear in well over a third of the texts.

Labelling
---------
Placeholders are filled left to right and each labelled span is recorded by position while
the string is built; the finished text is never searched for values. PERSON spans cover the
name words only (given, middle, surname, particles, initials), never titles, honorifics, a
possessive "'s" or surrounding punctuation; every mention is labelled, including repeats
and first-name-only or nickname mentions. In "Surname, G. M." citations the span ends with
the last initial's full stop. Other spans cover the value only (a multi-line address is one
span including its newlines).

Template syntax
---------------
``⟦P1⟧`` a person (full name); ``⟦P1.first⟧`` ``.last`` ``.nick`` ``.lfirst`` ``.lnick``
``.lower`` ``.upper`` ``.ulast`` ``.LG`` ("SURNAME Given") ``.lf`` ("Surname, Given")
``.init`` ``.init2`` ``.inits`` ``.cite`` (APA) ``.mid`` ``.full3`` ``.gp`` ``.typo``;
``.email`` / ``.wemail`` (EMAIL) and ``.handle`` (an unlabelled username). ``⟦P2f~1⟧``:
female, same family (surname) as P1; ``⟦P3@ng⟧``: culture override. ``⟨a|b|c⟩`` picks one
alternative; ``⇥`` is a tab; ``⟦~text⟧`` is literal look-alike text (unlabelled);
``⟦!us⟧`` sets the text's country; ``⟦X#1⟧`` repeats the same value of X. Other labelled
tokens: EMAIL PHONE DOB DOBK DOBO ADDR ADDRML PW WIFI PIN DOOR APIKEY TOKEN RCODE AWS DL
PASSPORT IBAN CARD SSN ITIN IP IP6 IPPRIV MAC BTC ETH (optional ``:arg``); unlabelled:
DATE TIME TS ORDER TICKET TRACK VER SHA UUID PRICE HANDLE CO TOOL CITYNAME PLACE INV NUM AGE.
"""

from __future__ import annotations

import hashlib
import random
import re
import unicodedata
import uuid

from bench import sanitizer_dev13_templates as T
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

_TOKEN_RE = re.compile(r"⟦([^⟦⟧]+)⟧")
_ALT_RE = re.compile(r"⟨([^⟨⟩]*)⟩")
_PERSON_RE = re.compile(r"^P(\d+)([mf])?(?:~(\d+))?(?:@([a-z_]+))?(?:\.(\w+))?$")
_FIELD_RE = re.compile(r"\{(\w+)\}")

# ---------------------------------------------------------------------------
# checksums
# ---------------------------------------------------------------------------


def _luhn_ok(number: str) -> bool:
    digits = [int(c) for c in number if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return len(digits) >= 12 and total % 10 == 0


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


def _iban_int(s: str) -> int:
    return int("".join(str(int(ch, 36)) for ch in s))


def _iban_ok(value: str) -> bool:
    s = value.replace(" ", "")
    return len(s) >= 15 and s[:2].isalpha() and _iban_int(s[4:] + s[:4]) % 97 == 1


_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_B32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _dsha(b: bytes) -> bytes:
    return hashlib.sha256(hashlib.sha256(b).digest()).digest()


def _b58check(payload: bytes) -> str:
    raw = payload + _dsha(payload)[:4]
    n = int.from_bytes(raw, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = _B58[r] + out
    pad = len(raw) - len(raw.lstrip(b"\0"))
    return "1" * pad + out


def _b58check_ok(s: str) -> bool:
    n = 0
    for ch in s:
        if ch not in _B58:
            return False
        n = n * 58 + _B58.index(ch)
    pad = len(s) - len(s.lstrip("1"))
    body = n.to_bytes((n.bit_length() + 7) // 8, "big") if n else b""
    raw = b"\0" * pad + body
    return len(raw) == 25 and _dsha(raw[:-4])[:4] == raw[-4:]


def _b32_polymod(values: list[int]) -> int:
    gen = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            if (top >> i) & 1:
                chk ^= gen[i]
    return chk


def _b32_hrp(hrp: str) -> list[int]:
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def _convertbits(data: bytes, frombits: int, tobits: int) -> list[int]:
    acc = bits = 0
    out = []
    maxv = (1 << tobits) - 1
    for value in data:
        acc = (acc << frombits) | value
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            out.append((acc >> bits) & maxv)
    if bits:
        out.append((acc << (tobits - bits)) & maxv)
    return out


def _segwit(rng: random.Random, version: int) -> str:
    prog = rng.randbytes(20 if version == 0 else 32)
    data = [version] + _convertbits(prog, 8, 5)
    const = 1 if version == 0 else 0x2BC830A3
    pm = _b32_polymod(_b32_hrp("bc") + data + [0] * 6) ^ const
    checksum = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return "bc1" + "".join(_B32[d] for d in data + checksum)


def _segwit_ok(s: str) -> bool:
    if not s.startswith("bc1") or any(c not in _B32 for c in s[3:]):
        return False
    data = [_B32.index(c) for c in s[3:]]
    const = 1 if data[0] == 0 else 0x2BC830A3
    return _b32_polymod(_b32_hrp("bc") + data) == const


_KRC = (
    0x0000000000000001, 0x0000000000008082, 0x800000000000808A, 0x8000000080008000,
    0x000000000000808B, 0x0000000080000001, 0x8000000080008081, 0x8000000000008009,
    0x000000000000008A, 0x0000000000000088, 0x0000000080008009, 0x000000008000000A,
    0x000000008000808B, 0x800000000000008B, 0x8000000000008089, 0x8000000000008003,
    0x8000000000008002, 0x8000000000000080, 0x000000000000800A, 0x800000008000000A,
    0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008,
)  # fmt: skip
_KROT = (
    (0, 36, 3, 41, 18),
    (1, 44, 10, 45, 2),
    (62, 6, 43, 15, 61),
    (28, 55, 25, 21, 56),
    (27, 20, 39, 8, 14),
)
_M64 = (1 << 64) - 1


def _rol(v: int, n: int) -> int:
    return ((v << n) | (v >> (64 - n))) & _M64 if n else v


def _keccak_f(a: list[int]) -> list[int]:
    for rc in _KRC:
        c = [a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20] for x in range(5)]
        d = [c[(x - 1) % 5] ^ _rol(c[(x + 1) % 5], 1) for x in range(5)]
        a = [a[i] ^ d[i % 5] for i in range(25)]
        b = [0] * 25
        for x in range(5):
            for y in range(5):
                b[y + 5 * ((2 * x + 3 * y) % 5)] = _rol(a[x + 5 * y], _KROT[x][y])
        a = [
            b[i] ^ ((~b[(i % 5 + 1) % 5 + 5 * (i // 5)]) & b[(i % 5 + 2) % 5 + 5 * (i // 5)])
            for i in range(25)
        ]
        a[0] ^= rc
    return a


def _keccak256(data: bytes) -> bytes:
    rate = 136
    msg = bytearray(data)
    msg.append(0x01)
    while len(msg) % rate:
        msg.append(0)
    msg[-1] |= 0x80
    a = [0] * 25
    for off in range(0, len(msg), rate):
        for i in range(rate // 8):
            a[i] ^= int.from_bytes(msg[off + 8 * i : off + 8 * i + 8], "little")
        a = _keccak_f(a)
    return b"".join(a[i].to_bytes(8, "little") for i in range(4))


def _eip55(hex40: str) -> str:
    low = hex40.lower()
    h = _keccak256(low.encode()).hex()
    return "0x" + "".join(
        c.upper() if c.isalpha() and int(h[i], 16) >= 8 else c for i, c in enumerate(low)
    )


def _crypto_ok(s: str) -> bool:
    if s.startswith("0x"):
        return len(s) == 42 and _eip55(s[2:]) == s
    if s.startswith("bc1"):
        return _segwit_ok(s)
    return _b58check_ok(s)


def _ssn_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    area, group, serial = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < area < 900 and area != 666 and group > 0 and serial > 0


_ITIN_GROUPS = [*range(50, 66), *range(70, 89), 90, 91, 92, *range(94, 100)]


def _itin_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    return len(d) == 9 and d[0] == "9" and int(d[3:5]) in _ITIN_GROUPS


# ---------------------------------------------------------------------------
# parsed name lists
# ---------------------------------------------------------------------------


def _entries(s: str) -> list[str]:
    return [e.strip() for e in s.replace("\n", " ").split(";") if e.strip()]


def _raw(s: str) -> list[str]:
    return s.split("; ")


def _parse_given(e: str) -> tuple[str, str | None, str, str | None]:
    parts = e.split("|")
    nat = parts[0].split("~")
    rom = (parts[1] if len(parts) > 1 else parts[0]).split("~")
    return (nat[0], nat[1] if len(nat) > 1 else None, rom[0], rom[1] if len(rom) > 1 else None)


def _parse_sur(e: str) -> tuple[str, str, str, str]:
    parts = e.split("|")
    nat = parts[0].split("/")
    rom = (parts[1] if len(parts) > 1 else parts[0]).split("/")
    return (nat[0], nat[-1], rom[0], rom[-1])


_CULT: dict[str, dict] = {}
for _key, _c in T.CULTURES.items():
    _CULT[_key] = {
        "f": [_parse_given(e) for e in _entries(_c["f"])],
        "m": [_parse_given(e) for e in _entries(_c["m"])],
        "s": [_parse_sur(e) for e in _entries(_c["s"])],
        "mid": [_parse_sur(e) for e in _entries(_c.get("mid", ""))],
        "double": _c.get("double", 0.0),
        "hyph": _c.get("hyph", 0.0),
        "mono": _c.get("mono", 0.0),
        "patro": bool(_c.get("patro")),
        "patronymic": bool(_c.get("patronymic")),
    }

_ASCII_MAP = str.maketrans(
    {"ß": "ss", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "đ": "d", "Đ": "D", "ı": "i"}
)


def _ascii(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.translate(_ASCII_MAP))
    return "".join(c for c in s if not unicodedata.combining(c))


def _slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", _ascii(s).lower())


def _initials(given: str) -> str:
    out = []
    for word in given.split():
        out.append("-".join(p[0] + "." for p in word.split("-") if p))
    return " ".join(out)


def _sur_initial(sur: str) -> str:
    for word in sur.replace("-", " ").split():
        if word[0].isupper():
            return word[0]
    return sur[0].upper()


def _typo(name: str, rng: random.Random) -> str:
    if len(name) < 4 or not name.isalpha():
        return name
    for i in range(1, len(name) - 1):
        if name[i] == name[i + 1]:
            return name[:i] + name[i + 1 :]
    i = rng.randint(1, len(name) - 3)
    if name[i] == name[i + 1]:
        return name
    return name[:i] + name[i + 1] + name[i] + name[i + 2 :]


class _Person:
    def __init__(self, ctx: _Ctx, cult: str, gender: str, family: _Person | None = None):
        rng = ctx.rng
        c = _CULT[cult]
        self.ctx = ctx
        self.cult = cult
        self.gender = gender
        self.native = T.CULTURE_NATIVE_LANG.get(cult) == ctx.lang
        for _ in range(30):
            g = rng.choice(c[gender])
            if g[2] not in ctx.used_given:
                break
        ctx.used_given.add(g[2])
        self.g = g
        if family is not None and family.cult == cult:
            self.sur, self.joiner = family.sur, family.joiner
        elif rng.random() < c["mono"]:
            self.sur, self.joiner = (), " "
        else:
            hy = rng.random() < c["hyph"]
            n = 2 if hy or rng.random() < c["double"] else 1
            for _ in range(10):
                self.sur = tuple(rng.sample(c["s"], n))
                if not any(e[2] in ctx.used_sur for e in self.sur):
                    break
            self.joiner = "-" if hy else " "
        ctx.used_sur.update(e[2] for e in self.sur)
        self.mid = rng.choice(c["mid"]) if c["mid"] and rng.random() < 0.75 else None
        self.mid_letter = rng.choice("ABCDEFGHJKLMNPRST")
        if cult in ("zh", "ko", "hk"):
            self.order = rng.choice(("gs", "sg"))
        elif cult == "vi":
            self.order = "sg" if rng.random() < 0.75 else "gs"
        else:
            self.order = "gs"
        self.vi_ascii = cult == "vi" and not self.native and rng.random() < 0.5
        self.cache: dict[str, str] = {}

    # -- raw parts -----------------------------------------------------------
    def _fix(self, s: str) -> str:
        return _ascii(s) if self.vi_ascii else s

    def given(self) -> str:
        return self._fix(self.g[0] if self.native else self.g[2])

    def nick_raw(self) -> str | None:
        n = self.g[1] if self.native else self.g[3]
        return self._fix(n) if n else None

    def surname(self) -> str:
        i = (0 if self.gender == "m" else 1) + (0 if self.native else 2)
        return self._fix(self.joiner.join(e[i] for e in self.sur))

    def middle(self) -> str | None:
        if not self.mid:
            return None
        i = (0 if self.gender == "m" else 1) + (0 if self.native else 2)
        return self.mid[i]

    def cased(self) -> bool:
        g = self.given()
        return g.upper() != g.lower()

    def first(self) -> str:
        g = self.given()
        return g.split()[-1] if self.cult == "vi" else g

    def last(self) -> str:
        if not self.sur or _CULT[self.cult]["patro"]:
            return self.first()
        return self.surname()

    def full(self) -> str:
        g, s = self.given(), self.surname()
        if not s:
            return g
        if _CULT[self.cult]["patro"]:
            return f"{g} {'bin' if self.gender == 'm' else 'binti'} {s}"
        if self.native and self.cult in ("zh", "ja", "ko"):
            return s + g
        if (self.native and self.cult in ("hu", "vi")) or self.order == "sg":
            return f"{s} {g}"
        return f"{g} {s}"

    def plain(self) -> bool:
        """True when "Surname, Given" style forms make sense."""
        return bool(self.sur) and self.cased() and not _CULT[self.cult]["patro"]

    # -- forms ---------------------------------------------------------------
    def form(self, name: str | None) -> tuple[str, str | None]:
        if name in ("email", "wemail", "handle"):
            if name not in self.cache:
                self.cache[name] = self._contact(name)
            return self.cache[name], (None if name == "handle" else "EMAIL")
        return self._name_form(name or "full"), "PERSON"

    def _name_form(self, f: str) -> str:
        rng = self.ctx.rng
        g, s, first = self.given(), self.surname(), self.first()
        mid = self.middle()
        m_init = mid[0] if mid else self.mid_letter
        if f == "full":
            return self.full()
        if f == "first":
            return first
        if f == "last":
            return self.last()
        if f == "nick":
            return self.nick_raw() or first
        if f == "lfirst":
            return first.lower()
        if f == "lnick":
            return (self.nick_raw() or first).lower()
        if f == "lower":
            return self.full().lower()
        if f == "upper":
            return self.full().upper()
        if f == "llast":
            return self.last().lower()
        if f == "ulast":
            return self.last().upper()
        if f == "typo":
            return _typo(first, rng) if self.cased() else first
        if f == "inits":
            if not self.cased():
                return first
            return (g[0] + (_sur_initial(s) if s else "")).upper()
        if f == "gp":
            return f"{g} {mid}" if _CULT[self.cult]["patronymic"] and mid else first
        if f == "full3":
            if _CULT[self.cult]["patronymic"] and mid:
                return f"{s} {g} {mid}"
            if mid and self.plain() and self.order == "gs":
                return f"{g} {mid} {s}"
            return self.full()
        if not self.plain():
            return self.full()
        if f == "lf":
            return f"{s}, {g}"
        if f == "LG":
            return f"{s.upper()} {g}"
        if f == "init":
            return f"{_initials(g)} {s}"
        if f == "init2":
            return f"{_initials(g)} {m_init}. {s}"
        if f == "si":
            pat = f" {mid[0]}." if mid and _CULT[self.cult]["patronymic"] else ""
            return f"{s} {_initials(g)}{pat}"
        if f == "cite":
            extra = f" {m_init}." if mid and rng.random() < 0.6 else ""
            return f"{s}, {_initials(g)}{extra}"
        if f == "mid":
            return f"{g} {m_init}. {s}" if self.order == "gs" and not self.native else self.full()
        raise ValueError(f"unknown person form {f!r}")

    def _contact(self, kind: str) -> str:
        rng = self.ctx.rng
        gi = self.g[2]
        f = _slug(gi.split()[0] if self.cult != "vi" else gi.split()[-1])
        sur = self.joiner.join(e[2 if self.gender == "m" else 3] for e in self.sur)
        last = _slug(sur.split()[-1]) if sur else ""
        if kind == "handle":
            opts = [
                f + str(rng.randint(1, 99)),
                f"{f}_{last[:1]}",
                f"{f[:1]}{last}{rng.randint(70, 99)}",
            ]
            if last:
                opts += [f"{f}.{last}", f"{last}{f[:1]}", f"the_real_{f}"]
            return rng.choice(opts)
        if kind == "wemail":
            local = rng.choice([f"{f}.{last}", f"{f[:1]}{last}", f] if last else [f])
            return f"{local}@{self.ctx.work_domain}"
        opts = [f + str(rng.randint(70, 2005))]
        if last:
            opts += [
                f"{f}.{last}",
                f"{f[:1]}{last}",
                f"{f}{last}{rng.randint(1, 99)}",
                f"{f}_{last}",
                f"{last}.{f}",
                f"{f}.{last[:1]}",
            ]
        dom = rng.choice(T.EMAIL_DOMAINS.get(self.ctx.country, "gmail.com").split())
        if dom in ("qq.com",):
            return f"{rng.randint(10000000, 2999999999)}@{dom}"
        return f"{rng.choice(opts)}@{dom}"


# ---------------------------------------------------------------------------
# per-text rendering context
# ---------------------------------------------------------------------------

_LOOKALIKE = {
    "DATE", "TS", "ORDER", "TICKET", "TRACK", "VER", "SHA", "UUID", "PRICE", "HANDLE", "CO",
    "TOOL", "CITYNAME", "PLACE", "INV",
}  # fmt: skip
_SECRET_KINDS = {"PW", "WIFI", "PIN", "DOOR", "APIKEY", "TOKEN", "RCODE", "AWS"}
_DIGITS = {"fa": "۰۱۲۳۴۵۶۷۸۹", "ar": "٠١٢٣٤٥٦٧٨٩", "bn": "০১২৩৪৫৬৭৮৯"}
_B62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
_UP = "ABCDEFGHJKLMNPRSTUVWXYZ"


def _weighted(rng: random.Random, table: dict[str, int]) -> str:
    keys = list(table)
    return rng.choices(keys, weights=[table[k] for k in keys])[0]


def _to_digits(s: str, script: str) -> str:
    return s.translate(str.maketrans("0123456789", _DIGITS[script]))


class _Ctx:
    def __init__(self, rng: random.Random, lang: str):
        self.rng = rng
        self.lang = lang
        self.country = _weighted(rng, T.LANG_COUNTRY[lang])
        self.base_cult = _weighted(rng, T.LANG_CULTURES[lang])
        self.work_domain = rng.choice(T.WORK_DOMAINS)
        self.used_given: set[str] = set()
        self.used_sur: set[str] = set()
        self.people: dict[int, _Person] = {}
        self.memo: dict[str, tuple[str, str | None]] = {}
        self.noapos = False
        self.lookalike = False

    # -- helpers ---------------------------------------------------------------
    def pat(self, p: str) -> str:
        rng = self.rng
        out = []
        for ch in p:
            if ch == "#":
                out.append(str(rng.randint(0, 9)))
            elif ch == "%":
                out.append(str(rng.randint(1, 9)))
            elif ch == "&":
                out.append(str(rng.randint(2, 9)))
            elif ch == "@":
                out.append(rng.choice(_UP))
            else:
                out.append(ch)
        return "".join(out)

    def rand(self, alphabet: str, n: int) -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    def new_person(self, spec: dict, family: _Person | None) -> _Person:
        rng = self.rng
        if family is not None:
            cult = family.cult
        elif "cult" in spec:
            cult = spec["cult"]
        elif rng.random() < 0.7:
            cult = self.base_cult
        else:
            cult = _weighted(rng, T.LANG_CULTURES[self.lang])
        for _ in range(30):
            gender = spec.get("g") or rng.choice("mf")
            p = _Person(self, cult, gender, family)
            if not (self.noapos and "'" in p.full()):
                return p
        return p

    # -- values ----------------------------------------------------------------
    def value(self, tok: str) -> tuple[str, str | None]:
        if tok.startswith("~"):
            self.lookalike = True
            return tok[1:], None
        if tok.startswith("!"):
            return "", None
        key = None
        if "#" in tok:
            key = tok
            if key in self.memo:
                return self.memo[key]
            tok = tok.split("#")[0]
        pm = _PERSON_RE.match(tok)
        if pm:
            if pm.group(5) == "handle":
                self.lookalike = True
            val = self.people[int(pm.group(1))].form(pm.group(5))
        else:
            name, _, arg = tok.partition(":")
            if name in _LOOKALIKE:
                self.lookalike = True
            val = getattr(self, "v_" + name)(arg)
        if key:
            self.memo[key] = val
        return val

    def v_EMAIL(self, arg: str) -> tuple[str, str]:
        p = self.new_person({}, None)
        return p._contact("email"), "EMAIL"

    def v_PHONE(self, arg: str) -> tuple[str, str]:
        c = arg or self.country
        return self.pat(self.rng.choice(T.PHONES[T.PHONE_ALIAS.get(c, c)])), "PHONE"

    def _date(self, kind: str, style: str) -> str:
        rng = self.rng
        lo, hi = {
            "DOB": (1948, 2005),
            "DOBK": (2008, 2020),
            "DOBO": (1926, 1956),
            "DATE": (2019, 2026),
        }[kind]
        y, m, d = rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)
        dl = T.DATE_LANG.get(self.lang, self.lang)
        key = ("en_us" if self.country == "us" else "en") if dl == "en" else dl
        mlang = "en" if key.startswith("en") else dl
        fixed = {
            "iso": "{y}-{mm}-{dd}",
            "dmy": "{dd}/{mm}/{y}",
            "mdy": "{mm}/{dd}/{y}",
            "dot": "{dd}.{mm}.{y}",
        }
        script = None
        if style in fixed:
            fmt = fixed[style]
        elif style == "long":
            fmt = next((f for f in T.DATE_FORMATS[key] if "{M}" in f), T.DATE_FORMATS[key][0])
        elif dl == "fa":
            y = y - 621 - (1 if m < 3 else 0)
            fmt = rng.choice(["{y}/{mm}/{dd}", "{d} {M} {y}", "{y}/{m}/{d}"])
            script = "fa" if rng.random() < 0.7 else None
        else:
            fmt = rng.choice(T.DATE_FORMATS[key])
            if dl in ("bn", "ar") and rng.random() < 0.3:
                script = dl
        months = T.MONTHS.get(mlang, T.MONTHS["en"]).split()
        era, ey = (
            ("昭和", y - 1925)
            if y < 1989
            else (("平成", y - 1988) if y < 2019 else ("令和", y - 2018))
        )
        ordsuf = "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        out = fmt.format(
            d=d, dd=f"{d:02d}", m=m, mm=f"{m:02d}", y=y, M=months[m - 1],
            Mon=T.MONTHS_EN_ABBR.split()[m - 1], ord=ordsuf, by=y + 543, era=era, ey=ey,
        )  # fmt: skip
        return _to_digits(out, script) if script else out

    def v_DOB(self, arg: str) -> tuple[str, str]:
        return self._date("DOB", arg), "DATE_OF_BIRTH"

    def v_DOBK(self, arg: str) -> tuple[str, str]:
        return self._date("DOBK", arg), "DATE_OF_BIRTH"

    def v_DOBO(self, arg: str) -> tuple[str, str]:
        return self._date("DOBO", arg), "DATE_OF_BIRTH"

    def v_DATE(self, arg: str) -> tuple[str, None]:
        return self._date("DATE", arg), None

    def _address(self, arg: str, multiline: bool) -> str:
        rng = self.rng
        c = arg or self.country
        spec = T.ADDRESSES[c]
        fmt = rng.choice(spec["fmt"])
        city, _, pcpat = rng.choice(_raw(spec.get("city", ""))).partition("=")
        pc = self.pat(pcpat)
        lo, hi = spec.get("num", (1, 200))

        def sub(mo: re.Match) -> str:
            k = mo.group(1)
            if k == "num":
                return str(rng.randint(lo, hi))
            if k == "n1":
                return str(rng.randint(1, 9))
            if k == "n2":
                return str(rng.randint(1, 40))
            if k == "n3":
                return f"{rng.randint(1, 12)}{rng.randint(1, 20):02d}"
            if k == "city":
                return city
            if k == "pc":
                return pc
            return rng.choice(_raw(spec[k]))

        s = fmt
        for _ in range(4):
            s2 = _FIELD_RE.sub(sub, s)
            if s2 == s:
                break
            s = s2
        lines = [re.sub(r"\s+", " ", ln).replace(" ,", ",").strip(" ,،") for ln in s.split("⏎")]
        lines = [ln for ln in lines if ln]
        out = "\n".join(lines) if multiline else spec.get("sep", ", ").join(lines)
        if "digits" in spec:
            script, prob = spec["digits"]
            if rng.random() < prob:
                out = _to_digits(out, script)
        return out

    def v_ADDR(self, arg: str) -> tuple[str, str]:
        return self._address(arg, False), "ADDRESS"

    def v_ADDRML(self, arg: str) -> tuple[str, str]:
        return self._address(arg, True), "ADDRESS"

    # -- secrets -----------------------------------------------------------------
    def _word(self) -> str:
        return self.rng.choice(T.PASSWORD_WORDS)

    def v_PW(self, arg: str) -> tuple[str, str]:
        rng = self.rng
        r = rng.random()
        w = self._word()
        if r < 0.3:
            v = w.capitalize() + str(rng.randint(1, 2024)) + rng.choice("!#$@*?")
        elif r < 0.45:
            leet = w.capitalize().translate(str.maketrans("aeiost", "4310$7"))
            v = leet + self._word().capitalize() + rng.choice("!$%&")
        elif r < 0.62:
            v = self.rand(_B62 + "!@#$%^&*", rng.randint(12, 18))
        elif r < 0.72:
            v = rng.choice(T.PASSWORD_CLASSICS)
        elif r < 0.87:
            v = f"{w}-{self._word()}-{rng.randint(10, 99)}"
        else:
            v = w + rng.choice("_.") + str(rng.randint(1975, 2012))
        return v, "SECRET"

    def v_WIFI(self, arg: str) -> tuple[str, str]:
        rng = self.rng
        r = rng.random()
        if r < 0.3:
            return self.rand("0123456789", rng.choice((8, 10, 12))), "SECRET"
        if r < 0.5:
            return self.rand("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", rng.choice((10, 12, 16))), "SECRET"
        return self.v_PW(arg)

    def v_PIN(self, arg: str) -> tuple[str, str]:
        n = 6 if self.rng.random() < 0.3 else 4
        return self.rand("0123456789", n), "SECRET"

    def v_DOOR(self, arg: str) -> tuple[str, str]:
        d = self.rand("0123456789", 4)
        return self.rng.choice([d + "#", "*" + d, d, "C" + d, d[:2] + "-" + d[2:]]), "SECRET"

    def v_APIKEY(self, arg: str) -> tuple[str, str]:
        rng, r = self.rng, self.rand
        kind = arg or rng.choice(
            ["oa", "stripe", "aws", "gh", "slack", "gcp", "gl", "sg", "hf", "npm", "hex"]
        )
        v = {
            "oa": lambda: "sk-proj-" + r(_B62 + "-_", 48),
            "stripe": lambda: "sk_live_" + r(_B62, 24),
            "aws": lambda: "AKIA" + r("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16),
            "gh": lambda: "ghp_" + r(_B62, 36),
            "slack": lambda: f"xoxb-{r('0123456789', 12)}-{r('0123456789', 13)}-{r(_B62, 24)}",
            "gcp": lambda: "AIza" + r(_B62 + "-_", 35),
            "gl": lambda: "glpat-" + r(_B62 + "-_", 20),
            "sg": lambda: f"SG.{r(_B62 + '-_', 22)}.{r(_B62 + '-_', 43)}",
            "hf": lambda: "hf_" + r(_B62, 34),
            "npm": lambda: "npm_" + r(_B62, 36),
            "hex": lambda: r("0123456789abcdef", 32),
        }[kind]()
        return v, "SECRET"

    def v_AWS(self, arg: str) -> tuple[str, str]:
        return self.rand(_B62 + "/+", 40), "SECRET"

    def v_TOKEN(self, arg: str) -> tuple[str, str]:
        rng, r = self.rng, self.rand
        x = rng.random()
        if x < 0.5:
            v = (
                "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
                + r(_B62 + "-_", rng.randint(40, 90))
                + "."
                + r(_B62 + "-_", 43)
            )
        elif x < 0.7:
            v = "ya29." + r(_B62 + "-_", 64)
        else:
            v = r("0123456789abcdef", 40)
        return v, "SECRET"

    def v_RCODE(self, arg: str) -> tuple[str, str]:
        rng, r = self.rng, self.rand
        if rng.random() < 0.5:
            a = "abcdefghjkmnpqrstuvwxyz23456789"
            return "-".join(r(a, 4) for _ in range(rng.choice((2, 3)))), "SECRET"
        return f"{r('0123456789', 4)} {r('0123456789', 4)}", "SECRET"

    # -- ids, finance, network ------------------------------------------------------
    def v_DL(self, arg: str) -> tuple[str, str]:
        rng = self.rng
        c = arg or self.country
        if c == "es":
            n = rng.randint(10000000, 99999999)
            return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}", "DRIVER_LICENSE"
        if c == "uk":
            sur = self.rand("ABCDEFGHKLMNPRSTWY", 5)
            y, mo, d = (
                rng.randint(50, 99),
                rng.randint(1, 12) + rng.choice((0, 50)),
                rng.randint(1, 28),
            )
            tail = f"{self.rand(_UP, 2)}9{self.rand('0123456789', 1)}{self.rand(_UP, 2)}"
            return f"{sur}{str(y)[0]}{mo:02d}{d:02d}{str(y)[1]}{tail}", "DRIVER_LICENSE"
        pats = T.DRIVER_LICENSES.get(c) or T.DRIVER_LICENSES.get(
            T.PHONE_ALIAS.get(c, ""), T.DRIVER_LICENSES["default"]
        )
        return self.pat(rng.choice(pats)), "DRIVER_LICENSE"

    def v_PASSPORT(self, arg: str) -> tuple[str, str]:
        c = arg or self.country
        pats = T.PASSPORTS.get(c, T.PASSPORTS["default"])
        return self.pat(self.rng.choice(pats)), "PASSPORT"

    def v_IBAN(self, arg: str) -> tuple[str, str]:
        rng = self.rng
        cc = arg.upper() if arg else T.COUNTRY_IBAN.get(self.country) or rng.choice(T.IBAN_FALLBACK)
        bban = ""
        for cnt, kind in re.findall(r"(\d+)([nac])", T.IBAN_BBAN[cc]):
            alpha = {
                "n": "0123456789",
                "a": "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                "c": "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
            }[kind]
            bban += self.rand(alpha, int(cnt))
        check = 98 - _iban_int(bban + cc + "00") % 97
        iban = f"{cc}{check:02d}{bban}"
        if rng.random() < 0.6:
            iban = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
        return iban, "IBAN"

    def v_CARD(self, arg: str) -> tuple[str, str]:
        rng = self.rng
        brand = arg or rng.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "jcb", "up"])
        prefix = {
            "visa": "4",
            "mc": rng.choice(["51", "52", "53", "54", "55", str(rng.randint(2221, 2720))]),
            "amex": rng.choice(["34", "37"]),
            "disc": rng.choice(["6011", "65"]),
            "jcb": str(rng.randint(3528, 3589)),
            "up": "62",
        }[brand]
        length = 15 if brand == "amex" else 16
        body = prefix + self.rand("0123456789", length - 1 - len(prefix))
        num = body + _luhn_digit(body)
        if brand == "amex":
            groups = [num[:4], num[4:10], num[10:]]
        else:
            groups = [num[i : i + 4] for i in range(0, 16, 4)]
        sep = rng.choice([" ", " ", "-", ""])
        return sep.join(groups), "CREDIT_CARD"

    def v_SSN(self, arg: str) -> tuple[str, str]:
        rng = self.rng
        area = rng.choice([a for a in (rng.randint(1, 899), rng.randint(1, 665)) if a != 666])
        g, s = rng.randint(1, 99), rng.randint(1, 9999)
        sep = rng.choice(["-", "-", "-", " ", ""])
        return f"{area:03d}{sep}{g:02d}{sep}{s:04d}", "US_SSN"

    def v_ITIN(self, arg: str) -> tuple[str, str]:
        rng = self.rng
        sep = rng.choice(["-", "-", " "])
        area, group, serial = rng.randint(0, 99), rng.choice(_ITIN_GROUPS), rng.randint(0, 9999)
        return f"9{area:02d}{sep}{group}{sep}{serial:04d}", "US_ITIN"

    def v_IP(self, arg: str) -> tuple[str, str]:
        rng = self.rng
        if rng.random() < 0.3:
            return self.v_IPPRIV(arg)
        first = rng.choice([o for o in range(1, 224) if o not in (10, 127, 169, 172, 192)])
        return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}", "IP"

    def v_IPPRIV(self, arg: str) -> tuple[str, str]:
        rng = self.rng
        return rng.choice([
            f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}",
            f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
            f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
        ]), "IP"  # fmt: skip

    def v_IP6(self, arg: str) -> tuple[str, str]:
        rng = self.rng
        pre = rng.choice(["2a02", "2001", "2600", "2409", "2405", "2a01", "2804"])
        groups = [f"{rng.randint(0, 0xFFFF):x}" for _ in range(7)]
        if rng.random() < 0.6:
            return f"{pre}:{groups[0]}:{groups[1]}:{groups[2]}::{groups[3]}", "IP"
        return ":".join([pre, *groups]), "IP"

    def v_MAC(self, arg: str) -> tuple[str, str]:
        rng = self.rng
        b = [rng.randint(0, 255) for _ in range(6)]
        b[0] &= 0xFE
        h = [f"{x:02x}" for x in b]
        r = rng.random()
        if r < 0.4:
            return ":".join(h), "MAC"
        if r < 0.7:
            return ":".join(h).upper(), "MAC"
        if r < 0.9:
            return "-".join(h).upper(), "MAC"
        return ".".join("".join(h[i : i + 2]) for i in range(0, 6, 2)), "MAC"

    def v_BTC(self, arg: str) -> tuple[str, str]:
        rng = self.rng
        r = rng.random()
        if r < 0.35:
            return _b58check(b"\x00" + rng.randbytes(20)), "CRYPTO"
        if r < 0.5:
            return _b58check(b"\x05" + rng.randbytes(20)), "CRYPTO"
        return _segwit(rng, 0 if r < 0.9 else 1), "CRYPTO"

    def v_ETH(self, arg: str) -> tuple[str, str]:
        return _eip55(self.rng.randbytes(20).hex()), "CRYPTO"

    # -- unlabelled look-alikes -------------------------------------------------------
    def v_TIME(self, arg: str) -> tuple[str, None]:
        rng = self.rng
        h, m = rng.randint(6, 22), rng.choice((0, 15, 30, 45, 5, 10, 40))
        return rng.choice(
            [
                f"{h}:{m:02d}",
                f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}",
                f"{(h - 1) % 12 + 1}{'am' if h < 12 else 'pm'}",
            ]
        ), None

    def v_TS(self, arg: str) -> tuple[str, None]:
        rng = self.rng
        ts = f"{rng.randint(2021, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        t = f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
        return rng.choice(
            [f"{ts}T{t}Z", f"{ts} {t}", f"{ts}T{t}.{rng.randint(100, 999)}+00:00"]
        ), None

    def v_ORDER(self, arg: str) -> tuple[str, None]:
        return self.pat(
            self.rng.choice(
                [
                    "#%######",
                    "ORD-202#-0####",
                    "1%#-#######-#######",
                    "A-%######",
                    "%#######",
                    "SO%#####",
                ]
            )
        ), None

    def v_TICKET(self, arg: str) -> tuple[str, None]:
        rng = self.rng
        key = rng.choice(["OPS", "INFRA", "HR", "CS", "BUG", "PAY", "SEC", "PLAT", "WEB"])
        return rng.choice(
            [
                f"{key}-{rng.randint(12, 9999)}",
                self.pat("INC00%####"),
                self.pat("#%####"),
                self.pat("CASE-%#####"),
            ]
        ), None

    def v_TRACK(self, arg: str) -> tuple[str, None]:
        return self.pat(
            self.rng.choice(
                [
                    "1Z%##@@#%#########",
                    "RR%########GB",
                    "JD01460000%#########",
                    "9400 1%## #### #### #### ##",
                    "LX%########CN",
                ]
            )
        ), None

    def v_VER(self, arg: str) -> tuple[str, None]:
        return self.pat(
            self.rng.choice(
                ["v%.%#.%", "%.%#.%", "%.%.%-rc%", "%.%.#.%##", "v%.%.%", "%.%#.%-beta.%"]
            )
        ), None

    def v_SHA(self, arg: str) -> tuple[str, None]:
        return self.rand(
            "0123456789abcdef", 40 if arg == "full" or self.rng.random() < 0.4 else 7
        ), None

    def v_UUID(self, arg: str) -> tuple[str, None]:
        return str(uuid.UUID(bytes=self.rng.randbytes(16), version=4)), None

    def v_PRICE(self, arg: str) -> tuple[str, None]:
        rng = self.rng
        key = ("en_us" if self.country == "us" else "en") if self.lang == "en" else self.lang
        pats = T.PRICES.get(key) or T.PRICES["eur"]
        return rng.choice(pats).format(
            n=rng.randint(2, 999), k=f"{rng.randint(0, 999):03d}", k0=f"{rng.randint(0, 99):02d}"
        ), None

    def v_HANDLE(self, arg: str) -> tuple[str, None]:
        rng = self.rng
        w = rng.choice(T.HANDLE_WORDS)
        return rng.choice(
            [w, w + str(rng.randint(1, 99)), f"{w}_{rng.choice(T.HANDLE_WORDS)}", f"x{w}x"]
        ), None

    def v_CO(self, arg: str) -> tuple[str, None]:
        return self.rng.choice(T.COMPANIES), None

    def v_TOOL(self, arg: str) -> tuple[str, None]:
        return self.rng.choice(T.TOOLS), None

    def v_CITYNAME(self, arg: str) -> tuple[str, None]:
        return self.rng.choice(T.CITYNAMES), None

    def v_PLACE(self, arg: str) -> tuple[str, None]:
        return self.rng.choice(T.PLACES), None

    def v_INV(self, arg: str) -> tuple[str, None]:
        return self.pat(self.rng.choice(["INV-202#-0###", "#%####", "F-%#####", "INV%#####"])), None

    def v_NUM(self, arg: str) -> tuple[str, None]:
        return str(self.rng.randint(2, 999)), None

    def v_AGE(self, arg: str) -> tuple[str, None]:
        return str(self.rng.randint(19, 88)), None


def _render(
    lang: str, tpl: str, rng: random.Random
) -> tuple[str, list[tuple[str, int, int]], bool]:
    text = _ALT_RE.sub(lambda m: rng.choice(m.group(1).split("|")), tpl).replace("⇥", "\t")
    ctx = _Ctx(rng, lang)
    specs: dict[int, dict] = {}
    for m in _TOKEN_RE.finditer(text):
        tok = m.group(1)
        if tok.startswith("!"):
            if tok == "!noapos":
                ctx.noapos = True
            else:
                ctx.country = tok[1:]
            continue
        pm = _PERSON_RE.match(tok.split("#")[0])
        if pm:
            spec = specs.setdefault(int(pm.group(1)), {})
            if pm.group(2):
                spec["g"] = pm.group(2)
            if pm.group(3):
                spec["fam"] = int(pm.group(3))
            if pm.group(4):
                spec["cult"] = pm.group(4)

    def make(i: int) -> _Person:
        if i not in ctx.people:
            fam = specs[i].get("fam")
            family = make(fam) if fam is not None and fam != i else None
            ctx.people[i] = ctx.new_person(specs[i], family)
        return ctx.people[i]

    for i in sorted(specs):
        make(i)
    out: list[str] = []
    spans: list[tuple[str, int, int]] = []
    pos = last = 0
    for m in _TOKEN_RE.finditer(text):
        lit = text[last : m.start()]
        out.append(lit)
        pos += len(lit)
        last = m.end()
        val, cat = ctx.value(m.group(1))
        if cat:
            spans.append((cat, pos, pos + len(val)))
        out.append(val)
        pos += len(val)
    out.append(text[last:])
    return "".join(out), spans, ctx.lookalike


def _templates() -> dict[str, list[str]]:
    by_lang: dict[str, list[str]] = {}
    for lang, block in T.TEMPLATES:
        for part in re.split(r"\n~~~\n", "\n" + block.strip("\n") + "\n"):
            t = part.strip("\n")
            if t.strip():
                by_lang.setdefault(lang, []).append(t)
    return by_lang


def _check(samples: list[Sample]) -> None:
    seen: set[str] = set()
    for s in samples:
        assert s.text not in seen, f"duplicate text: {s.text[:80]!r}"
        seen.add(s.text)
        assert 1 <= s.text.count("\n") + 1 <= 40, f"too many lines: {s.text[:80]!r}"
        prev_end = 0
        for cat, a, b in sorted(s.spans, key=lambda x: (x[1], x[2])):
            assert cat in CATEGORIES, cat
            assert 0 <= a < b <= len(s.text), (cat, a, b, s.text[:80])
            assert a >= prev_end, f"overlapping spans in {s.text[:80]!r}"
            prev_end = b
            v = s.text[a:b]
            assert v == v.strip(), f"span with edge whitespace: {v!r}"
            if cat == "CREDIT_CARD":
                assert _luhn_ok(v), v
            elif cat == "IBAN":
                assert _iban_ok(v), v
            elif cat == "CRYPTO":
                assert _crypto_ok(v), v
            elif cat == "US_SSN":
                assert _ssn_ok(v), v
            elif cat == "US_ITIN":
                assert _itin_ok(v), v


def _build(scale: float, seed: int) -> list[tuple[Sample, str, bool]]:
    n = max(1, round(1200 * scale))
    rng = random.Random(seed)
    by_lang = _templates()
    others = sorted(k for k in by_lang if k != "en")
    rng.shuffle(others)
    n_en = round(n * 0.55)
    seq = ["en"] * n_en + [others[i % len(others)] for i in range(n - n_en)]
    rng.shuffle(seq)
    queues: dict[str, list[int]] = {}

    def next_template(lang: str) -> str:
        if not queues.get(lang):
            q = list(range(len(by_lang[lang])))
            rng.shuffle(q)
            queues[lang] = q
        return by_lang[lang][queues[lang].pop()]

    out: list[tuple[Sample, str, bool]] = []
    seen: set[str] = set()
    for lang in seq:
        for _ in range(50):
            text, spans, look = _render(lang, next_template(lang), rng)
            if text not in seen:
                break
        seen.add(text)
        out.append((Sample(text=text, spans=spans), lang, look))
    return out


def dev13_set(scale: float = 1.0, seed: int = 13013) -> list[Sample]:
    """Return round(1200 * scale) labelled texts (at least one), deterministic for the seed."""
    samples = [s for s, _, _ in _build(scale, seed)]
    _check(samples)
    return samples
