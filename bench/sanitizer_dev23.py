"""dev23 -- "work and school, all over the world": a blind, hand-written evaluation set.

What it is
----------
1200 labelled texts (at ``scale=1.0``) of the kind people paste into, or send through, an LLM
about their jobs and studies: CVs and résumés in many national formats, cover letters,
references and recommendation letters, offers and contracts, onboarding checklists, HR and IT
tickets, payroll/timesheet exports (CSV, fixed width), payslips, expense claims, reviews and
360 feedback, interview scorecards, minutes and stand-ups, rosters of wards, shops, factories
and call centres, org charts, out-of-office replies, e-mail threads with quoted replies and
signatures, Slack/Teams/WeCom/DingTalk/Lark/LINE/KakaoTalk/WhatsApp messages, exit
interviews, disciplinary and union letters, visa letters, report cards, class lists, grade
books, parent-teacher messages, permission slips, applications, transcripts, thesis
acknowledgements, scholarship forms, seating plans, OCR'd student cards, tutoring chats and
Moodle/Canvas/Google Classroom exports -- for ~75 locales (Africa, the Middle East, South,
South-East, East and Central Asia, Europe, the Americas, Oceania) in their languages and
scripts.  About a fifth of the texts are wrapped in an LLM API request body (OpenAI, Anthropic,
Gemini, Responses, Ollama) or in a log line of an app that calls an LLM.  About 8% of the
texts have nothing to remove and carry near-misses only.

How it was made
---------------
Blind and by hand: every pool (names, streets, towns, companies, domains, ...) and every
template in ``bench/sanitizer_dev23_templates.py`` was typed for this set; nothing was derived
from, tuned on or checked against the sanitizer, and no fake-data package or name dataset was
used.  Texts are assembled from pieces ``(text, category_or_None)``; offsets are accumulated
while assembling (never found by searching the finished text).  JSON / log escaping is applied
piece by piece, so a label covers the value exactly as it appears in the escaped text.
Checksummed values are generated valid (Luhn, IBAN mod-97, base58check, bech32, EIP-55).

Label conventions (must-remove values)
--------------------------------------
* PERSON -- a private person's name; the whole name is one span (given, middle, patronymic,
  particles, double surnames), also "SURNAME Given", "Surname, Given", initials forms
  ("J. K. Mwangi", "Mwangi J.K.", Tamil "R. Karthik"), native-script names, nicknames, a given
  name or a surname alone, lowercase names in chat.  Titles and honorifics (Mr, Dr, Prof.,
  Frau, Bapak, さん, 先生, 님, Bey ...) stay outside.  @mentions and logins/handles made of the
  person's name are PERSON (an @mention span includes its leading "@").  Public figures,
  cited authors and scientists, and schools/buildings/hospitals/streets named after people
  are not labelled (a street named after someone is part of an ADDRESS span, nothing more).
* EMAIL, PHONE, IP (v4 and v6), MAC, CREDIT_CARD, IBAN, US_SSN, US_ITIN, CRYPTO -- the value.
* DATE_OF_BIRTH -- only birth dates (any format/language/calendar); meeting dates, start
  dates, deadlines, expiry dates are not labelled.
* ADDRESS -- a private street address from its first to its last given part (house/flat,
  street, number, district, postcode, town; not the country).
* DRIVER_LICENSE, PASSPORT -- the number when the context says what it is.
* SECRET -- passwords, API keys, tokens, AWS key ids and secret keys, PINs, Wi-Fi passwords,
  recovery codes, passwords inside connection strings: the value only.  Placeholders
  (``<API_KEY>``, ``your-password-here`` ...) are not secrets.
* Not labelled (near-misses): employee/student IDs, ticket numbers, course codes, grades,
  salaries, bank account numbers without IBAN, masked card digits, order numbers, versions,
  hashes, licence plates, companies, universities, schools and hospitals.

Template slots
--------------
``{p1}`` .. ``{p9}`` are people of the text's locale (``{pf2}``/``{pm2}`` pin the gender,
``{x1}`` is a person from a random locale).  Attributes: ``.full .short .first .last .nick
.low .lowfull .nat .nfirst .nlast .nnick .rom .west .eng .off .noff .LAST .CAPS .inv .init
.rinit .ninit .handle .nhandle .login .father`` (PERSON), ``.email .wemail`` (EMAIL), and the
unlabelled ``.hon .lhon .he .his .him .pron .g_en`` etc.  Other slots are value kinds: labelled
ones are listed in ``LABELLED`` (``{phone} {dob} {addr} {iban} {card} {ssn} {pw}`` ...),
unlabelled ones in ``UNLABELLED`` (``{co} {uni} {date} {salary} {ticket}`` ...).  A trailing
number makes a distinct value (``{phone2}``); the same slot name repeats the same value.
"""

from __future__ import annotations

import base64
import hashlib
import json
import random
import re
import unicodedata

from bench import sanitizer_dev23_templates as T
from bench.sanitizer_data import Sample

SEED = 2323
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

_N = 1200
_CLEAN_SHARE = 0.08
_WRAP_SHARE = 0.2
_MAX_LINES = 59


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------


def _split(s: str) -> list[str]:
    return [x.strip() for x in s.split(";") if x.strip()]


def _pat(rng: random.Random, s: str) -> str:
    """Expand a value pattern: # digit, % 1-9, & 2-9, ? letter, backslash escapes."""
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        if c == "\\" and i + 1 < len(s):
            out.append(s[i + 1])
            i += 2
            continue
        if c == "#":
            out.append(str(rng.randrange(10)))
        elif c == "%":
            out.append(str(rng.randint(1, 9)))
        elif c == "&":
            out.append(str(rng.randint(2, 9)))
        elif c == "?":
            out.append(chr(65 + rng.randrange(26)))
        else:
            out.append(c)
        i += 1
    return "".join(out)


_FOLD = str.maketrans(
    {"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D"}
    | {"ı": "i", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "œ": "oe", "ʻ": ""}
)


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.translate(_FOLD))
    return "".join(c for c in s if c.isascii() and c.isalnum())


_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
_URLSAFE = _ALNUM + "-_"


def _rand(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------------------
# checksums: Luhn, IBAN, base58check, bech32, Keccak-256 / EIP-55
# ---------------------------------------------------------------------------


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


def _luhn_complete(payload: str) -> str:
    for d in "0123456789":
        if _luhn_ok(payload + d):
            return payload + d
    raise AssertionError("unreachable")


def _iban_numeric(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def _iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "").upper()
    if len(s) < 15 or not s[:2].isalpha() or not s[2:4].isdigit() or not s.isalnum():
        return False
    return _iban_numeric(s[4:] + s[:4]) % 97 == 1


_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def _b58encode(b: bytes) -> str:
    n = int.from_bytes(b, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = _B58[r] + out
    pad = len(b) - len(b.lstrip(b"\0"))
    return "1" * pad + out


def _b58decode(s: str) -> bytes:
    n = 0
    for c in s:
        n = n * 58 + _B58.index(c)
    body = n.to_bytes((n.bit_length() + 7) // 8, "big") if n else b""
    pad = len(s) - len(s.lstrip("1"))
    return b"\0" * pad + body


def _sha256d(b: bytes) -> bytes:
    return hashlib.sha256(hashlib.sha256(b).digest()).digest()


def _b58check_ok(s: str) -> bool:
    if not s or any(c not in _B58 for c in s):
        return False
    raw = _b58decode(s)
    return len(raw) > 4 and _sha256d(raw[:-4])[:4] == raw[-4:]


_BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values: list[int]) -> int:
    gen = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            if (top >> i) & 1:
                chk ^= gen[i]
    return chk


def _hrp_expand(hrp: str) -> list[int]:
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def _convertbits(data: bytes, frombits: int, tobits: int) -> list[int]:
    acc = 0
    bits = 0
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


def _bech32_address(hrp: str, witver: int, prog: bytes) -> str:
    data = [witver] + _convertbits(prog, 8, 5)
    const = 1 if witver == 0 else 0x2BC830A3
    pm = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ const
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
    pm = _polymod(_hrp_expand(hrp) + [_BECH.index(c) for c in data])
    return pm in (1, 0x2BC830A3)


def _keccak_tables() -> tuple[list[int], list[list[int]]]:
    def rc_bit(t: int) -> int:
        r = 1
        for _ in range(t % 255):
            r <<= 1
            if r & 0x100:
                r ^= 0x171
        return r & 1

    rcs = []
    for i in range(24):
        rc = 0
        for j in range(7):
            if rc_bit(j + 7 * i):
                rc |= 1 << ((1 << j) - 1)
        rcs.append(rc)
    rot = [[0] * 5 for _ in range(5)]
    x, y = 1, 0
    for t in range(24):
        rot[x][y] = ((t + 1) * (t + 2) // 2) % 64
        x, y = y, (2 * x + 3 * y) % 5
    return rcs, rot


_KRC, _KROT = _keccak_tables()
_M64 = (1 << 64) - 1


def _rol(v: int, n: int) -> int:
    return ((v << n) | (v >> (64 - n))) & _M64 if n else v


def _keccak_f(a: list[list[int]]) -> list[list[int]]:
    for rnd in range(24):
        c = [a[x][0] ^ a[x][1] ^ a[x][2] ^ a[x][3] ^ a[x][4] for x in range(5)]
        d = [c[(x - 1) % 5] ^ _rol(c[(x + 1) % 5], 1) for x in range(5)]
        a = [[a[x][y] ^ d[x] for y in range(5)] for x in range(5)]
        b = [[0] * 5 for _ in range(5)]
        for x in range(5):
            for y in range(5):
                b[y][(2 * x + 3 * y) % 5] = _rol(a[x][y], _KROT[x][y])
        a = [
            [b[x][y] ^ ((~b[(x + 1) % 5][y]) & b[(x + 2) % 5][y]) for y in range(5)]
            for x in range(5)
        ]
        a[0][0] ^= _KRC[rnd]
    return a


def _keccak256(data: bytes) -> bytes:
    rate = 136
    msg = bytearray(data) + b"\x01"
    while len(msg) % rate:
        msg.append(0)
    msg[-1] |= 0x80
    a = [[0] * 5 for _ in range(5)]
    for off in range(0, len(msg), rate):
        block = msg[off : off + rate]
        for i in range(rate // 8):
            a[i % 5][i // 5] ^= int.from_bytes(block[8 * i : 8 * i + 8], "little")
        a = _keccak_f(a)
    out = b"".join(a[i % 5][i // 5].to_bytes(8, "little") for i in range(4))
    return out


def _eip55(hex40: str) -> str:
    h = _keccak256(hex40.lower().encode()).hex()
    return "".join(
        c.upper() if c.isalpha() and int(h[i], 16) >= 8 else c for i, c in enumerate(hex40.lower())
    )


def _crypto_ok(s: str) -> bool:
    if s.startswith("0x"):
        body = s[2:]
        if len(body) != 40 or any(c not in "0123456789abcdefABCDEF" for c in body):
            return False
        if body == body.lower() or body == body.upper():
            return True
        return _eip55(body) == body
    if s.lower().startswith(("bc1", "tb1", "ltc1")):
        return _bech32_ok(s)
    return _b58check_ok(s)


# ---------------------------------------------------------------------------
# locales and people
# ---------------------------------------------------------------------------


def _parse_given(x: str) -> tuple[str, str, str, str, str]:
    p = [s.strip() for s in x.split("|")] + [""] * 5
    rom, g, nick, nat, nnick = p[:5]
    return rom, (g or "u"), nick, (nat or rom), nnick


def _parse_sur(x: str) -> tuple[str, str, str, str]:
    p = [s.strip() for s in x.split("|")]
    rom = p[0]
    nat = p[1] if len(p) > 1 and p[1] else rom
    rm, rf = (rom.split("/") + [rom])[:2] if "/" in rom else (rom, rom)
    nm, nf = (nat.split("/") + [nat])[:2] if "/" in nat else (nat, nat)
    return rm, rf, nm, nf


def _towns(s: str) -> list[tuple[str, str]]:
    out = []
    for t in _split(s):
        name, _, pc = t.partition("=")
        out.append((name.strip(), pc.strip()))
    return out


class _Loc:
    def __init__(self, code: str, d: dict[str, str]) -> None:
        def g(k: str, default: str = "") -> str:
            return d.get(k, default)

        self.code = code
        self.given = [_parse_given(x) for x in _split(g("given"))]
        self.mid = [_parse_given(x) for x in _split(g("mid"))]
        self.sur = [_parse_sur(x) for x in _split(g("sur"))]
        self.pat = [_parse_sur(x) for x in _split(g("pat"))]
        self.mid_src = g("mid_src", "mid")
        self.mid_p = float(g("mid_p", "0"))
        self.show_mid = float(g("show_mid", "0.5"))
        self.mid_init = float(g("mid_init", "0"))
        self.dbl = float(g("dbl", "0"))
        self.mono_p = float(g("mono_p", "0"))
        self.order = g("order", "gs")
        self.nat_order = g("nat_order", self.order)
        self.nat_sep = g("nat_sep", " ")
        self.nat_sep_p = float(g("nat_sep_p", "0"))
        self.init = g("init", "std")
        self.eng = g("eng") == "1"
        self.hon = tuple((g("hon", "Mr|Ms").split("|") + ["Ms"])[:2])
        self.lhon = tuple((g("lhon", g("hon", "Mr|Ms")).split("|") + [""])[:2])
        self.nation = g("nation", "")
        self.langs = g("langs", "English")
        self.lang = g("lang", "en")
        self.phone = _split(g("phone"))
        self.streets = _split(g("streets"))
        self.towns = _towns(g("towns"))
        self.addr = _split(g("addr"))
        self.streets_n = _split(g("streets_n"))
        self.towns_n = _towns(g("towns_n"))
        self.addr_n = _split(g("addr_n"))
        self.num = _split(g("num", "%; %#; %##"))
        self.dom = _split(g("dom")) + ["gmail.com", "outlook.com"]
        self.co_fmt = _split(g("co_fmt", "{S} {I} Ltd"))
        self.stems = _split(g("stems")) + _split(T.STEMS)
        self.ind = _split(g("ind")) or _split(T.IND_EN)
        self.tld = g("tld", "com")
        self.co_n = _split(g("co_n"))
        self.stems_n = _split(g("stems_n"))
        self.ind_n = _split(g("ind_n"))
        self.unis = _split(g("unis"))
        self.unis_n = _split(g("unis_n")) or self.unis
        self.schools = _split(g("schools"))
        self.famous = _split(g("famous")) + _split(T.FAMOUS)
        self.hosp = _split(g("hosp")) or _split(T.HOSPITALS)
        self.cur = _split(g("cur", "$@"))
        lo, hi, step = (int(x) for x in g("sal", "1000-5000-50").split("-"))
        self.sal = (lo, hi, step)
        self.thou = g("thou", ",")
        self.dec = g("dec", ".")
        self.dates = _split(g("dates", "dmy/; long"))
        self.pp = _split(g("pp", "?########"))
        self.dl = _split(g("dl", "?#######"))
        self.iban = T.IBAN.get(code)


LOCALES = {code: _Loc(code, d) for code, d in T.COUNTRIES.items()}
_CODES = list(LOCALES)
_BLOCK = set(_split(T.BLOCK))

_GENDERED = {
    "he": ("he", "she"),
    "He": ("He", "She"),
    "his": ("his", "her"),
    "His": ("His", "Her"),
    "him": ("him", "her"),
    "pron": ("he/him", "she/her"),
    "g_en": ("Male", "Female"),
    "g_zh": ("男", "女"),
    "g_id": ("Laki-laki", "Perempuan"),
    "g_vi": ("Nam", "Nữ"),
    "ihm": ("ihm", "ihr"),
    "sein": ("seine", "ihre"),
}
_UNLABELLED_ATTRS = {"hon", "lhon"}
_EMAIL_ATTRS = {"email", "wemail"}


def _initials(words: list[str], spaced: bool) -> str:
    parts = []
    for w in words:
        for chunk in w.split():
            parts.append("-".join(p[0].upper() + "." for p in chunk.split("-") if p))
    return (" " if spaced else "").join(parts)


class _Person:
    def __init__(self, loc: _Loc, rng: random.Random, want: str = "") -> None:
        self.loc = loc
        self.rng = rng
        pool = [gv for gv in loc.given if gv[1] in (want, "u")] if want else loc.given
        rom, g, nick, nat, nnick = rng.choice(pool or loc.given)
        self.gender = g if g in ("m", "f") else (want or rng.choice("mf"))
        self.first, self.nick, self.nfirst = rom, nick, nat
        self.nnick = nnick or (nick if nat == rom else "")
        fi = 0 if self.gender == "m" else 1
        self.sur_entry = None
        self.last = self.nlast = ""
        if loc.sur and not rng.random() < loc.mono_p:
            s = rng.choice(loc.sur)
            self.sur_entry = s
            self.last, self.nlast = s[fi], s[2 + fi]
            if rng.random() < loc.dbl:
                s2 = rng.choice([x for x in loc.sur if x != s])
                self.last += " " + s2[fi]
                self.nlast += " " + s2[2 + fi]
        self.mid = self.nmid = ""
        if rng.random() < loc.mid_p:
            if loc.mid_src == "pat" and loc.pat:
                p = rng.choice(loc.pat)
                self.mid, self.nmid = p[fi], p[2 + fi]
            elif loc.mid_src == "sur" and len(loc.sur) > 1:
                p = rng.choice([x for x in loc.sur if x is not self.sur_entry])
                self.mid, self.nmid = p[0], p[2]
            elif loc.mid:
                cands = [m for m in loc.mid if m[1] in (self.gender, "u") and m[0] != rom]
                if cands:
                    m = rng.choice(cands)
                    self.mid, self.nmid = m[0], m[3]
        self.show_mid = bool(self.mid) and rng.random() < loc.show_mid
        self.mid_as_init = rng.random() < loc.mid_init
        self.nat_sep = " " if (loc.nat_sep_p and rng.random() < loc.nat_sep_p) else loc.nat_sep
        self.init_spaced = rng.random() < 0.5
        self.cache: dict[str, str] = {}

    @property
    def key(self) -> tuple[str, str]:
        return self.first, self.last

    def has_native(self) -> bool:
        """True when the whole name has a native-script form (never mix scripts)."""
        if self.nfirst == self.first and self.nlast == self.last:
            return False
        return self.nfirst != self.first and (not self.last or self.nlast != self.last)

    def blocked(self) -> bool:
        return f"{self.first} {self.last}" in _BLOCK or f"{self.last} {self.first}" in _BLOCK

    def disp(
        self, native: bool = False, with_mid: bool | None = None, order: str | None = None
    ) -> str:
        if native and not self.has_native():
            native = False
        first = self.nfirst if native else self.first
        last = self.nlast if native else self.last
        show = self.show_mid if with_mid is None else with_mid
        mid = (self.nmid if native else self.mid) if show else ""
        if mid and not native and with_mid is None and self.mid_as_init:
            mid = mid[0] + "."
        order = order or (self.loc.nat_order if native else self.loc.order)
        sep = self.nat_sep if native else " "
        parts = [first, mid, last] if order == "gs" else [last, mid, first]
        return sep.join(p for p in parts if p)

    def _names(self) -> tuple[str, str]:
        f = _fold(self.first).lower() or "user"
        last = self.last
        for prefix in ("bin ", "binti "):
            if last.startswith(prefix):
                last = last[len(prefix) :]
        return f, _fold(last).lower()

    def _login(self) -> str:
        f, l_ = self._names()
        rng = self.rng
        if not l_:
            return rng.choice([f, f + str(rng.randint(1, 99))])
        return rng.choice(
            [f[0] + l_, f + "." + l_, f + l_, l_ + f[0], f + "_" + l_, f + l_[0], l_ + "." + f]
        )

    def _email(self) -> str:
        f, l_ = self._names()
        rng = self.rng
        dom = rng.choice(self.loc.dom)
        if dom == "qq.com" and rng.random() < 0.5:
            return _pat(rng, "%#######" + "#" * rng.randint(0, 2)) + "@" + dom
        yy = str(rng.randint(70, 99) if rng.random() < 0.5 else rng.randint(0, 9)).zfill(2)
        if l_:
            local = rng.choice(
                [
                    f + "." + l_,
                    f + l_,
                    f[0] + l_,
                    f + "_" + l_,
                    f + "." + l_ + yy,
                    l_ + "." + f,
                    f + yy,
                    f[0] + "." + l_,
                ]
            )
        else:
            local = rng.choice([f, f + yy, f + "." + _rand(rng, "abcdefghijklmnopqrstuvwxyz", 3)])
        return local + "@" + dom

    def _wemail(self, domain: str) -> str:
        f, l_ = self._names()
        if not l_:
            return f + "@" + domain
        return (
            self.rng.choice([f + "." + l_, f[0] + l_, f, f + "." + l_[0], f[0] + "." + l_])
            + "@"
            + domain
        )

    def attr(self, name: str, ctx: _Ctx) -> str:
        if name in self.cache:
            return self.cache[name]
        v = self._attr(name, ctx)
        self.cache[name] = v
        return v

    def _attr(self, name: str, ctx: _Ctx) -> str:
        loc, rng = self.loc, self.rng
        last = self.last
        if name == "":
            return self.disp()
        if name == "full":
            return self.disp(with_mid=True)
        if name == "short":
            return self.disp(with_mid=False)
        if name == "rom":
            return self.disp()
        if name == "nat":
            return self.disp(native=True)
        if name == "west":
            return self.disp(with_mid=False, order="gs")
        if name == "eng":
            if loc.eng and self.nick:
                return f"{self.nick} {last}".strip()
            return self.disp(with_mid=False, order="gs")
        if name == "first":
            return self.first
        if name == "nfirst":
            return self.nfirst
        if name == "last":
            return last or self.first
        if name == "nlast":
            return self.nlast or self.nfirst
        if name == "off":
            if loc.order == "gs":
                return " ".join(p for p in (last, self.first, self.mid) if p)
            return self.disp(with_mid=True)
        if name == "noff":
            if loc.order == "gs":
                if not self.has_native():
                    return self._attr("off", ctx)
                return " ".join(p for p in (self.nlast, self.nfirst, self.nmid) if p)
            return self.disp(native=True, with_mid=True)
        if name == "LAST":
            return f"{last.upper()} {self.first}" if last else self.first.upper()
        if name == "CAPS":
            return f"{self.first} {last.upper()}" if last else self.first.upper()
        if name == "inv":
            return f"{last}, {self.first}" if last else self.first
        if name == "init":
            if not last:
                return self.first
            if loc.init == "tamil":
                return f"{last[0]}. {self.first}"
            words = [self.first] + ([self.mid] if self.mid else [])
            return f"{_initials(words, self.init_spaced)} {last}"
        if name == "rinit":
            if not last:
                return self.first
            words = [self.first] + ([self.mid] if self.mid else [])
            return rng.choice(
                [f"{last} {_initials(words, False)}", f"{last}, {_initials(words, True)}"]
            )
        if name == "ninit":
            nat = self.has_native()
            nfirst = self.nfirst if nat else self.first
            nlast = (self.nlast if nat else last) or nfirst
            nmid = self.nmid if nat else self.mid
            return f"{nlast} {_initials([nfirst] + ([nmid] if nmid else []), True)}"
        if name == "nick":
            return self.nick or self.first
        if name == "nnick":
            return self.nnick or self.nfirst
        if name == "low":
            base = self.nick if (self.nick and rng.random() < 0.5) else self.first
            return base.lower()
        if name == "lowfull":
            return self.disp(with_mid=False).lower()
        if name == "handle":
            f, l_ = self._names()
            opts = [f, self.disp(with_mid=False, order="gs")]
            if l_:
                opts += [f + "." + l_, f + "_" + l_, f + l_]
            return "@" + rng.choice(opts)
        if name == "nhandle":
            return "@" + self.disp(native=True, with_mid=False)
        if name == "login":
            return self._login()
        if name == "email":
            return self._email()
        if name == "wemail":
            return self._wemail(ctx.company("co")[1])
        if name == "father":
            males = [
                gv for gv in loc.given if gv[1] in ("m", "u") and gv[0] != self.first
            ] or loc.given
            fg = rng.choice(males)[0]
            flast = self.sur_entry[0] if self.sur_entry else ""
            return f"{fg} {flast}".strip()
        if name == "hon":
            return loc.hon[0 if self.gender == "m" else 1]
        if name == "lhon":
            return loc.lhon[0 if self.gender == "m" else 1]
        if name in _GENDERED:
            return _GENDERED[name][0 if self.gender == "m" else 1]
        raise KeyError(f"unknown person attribute {name!r}")


# ---------------------------------------------------------------------------
# dates, money and generated values
# ---------------------------------------------------------------------------

_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "es": (
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
    ),
    "pt": (
        "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro"
    ),
    "it": (
        "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
        "dicembre"
    ),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pl": (
        "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października "
        "listopada grudnia"
    ),
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "ro": (
        "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie "
        "decembrie"
    ),
    "el": (
        "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου "
        "Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου"
    ),
}
_MONTHS_EN = _MONTHS["en"].split()


def _long_date(lang: str, y: int, m: int, d: int) -> str:
    if lang in ("zh", "ja"):
        return f"{y}年{m}月{d}日"
    if lang == "ko":
        return f"{y}년 {m}월 {d}일"
    if lang == "vi":
        return f"ngày {d} tháng {m} năm {y}"
    if lang == "en_us":
        return f"{_MONTHS_EN[m - 1]} {d}, {y}"
    mn = _MONTHS.get(lang, _MONTHS["en"]).split()[m - 1]
    if lang in ("de", "cs"):
        return f"{d}. {mn} {y}"
    if lang in ("es", "pt"):
        return f"{d} de {mn} de {y}"
    if lang == "pl":
        return f"{d} {mn} {y} r."
    if lang == "ru":
        return f"{d} {mn} {y} г."
    if lang == "uk":
        return f"{d} {mn} {y} р."
    if lang == "fr" and d == 1:
        return f"1er {mn} {y}"
    return f"{d} {mn} {y}"


def _fmt_date(style: str, lang: str, y: int, m: int, d: int, rng: random.Random) -> str:
    if style == "dmy/":
        return f"{d:02}/{m:02}/{y}"
    if style == "dmy.":
        return f"{d:02}.{m:02}.{y}"
    if style == "dmy-":
        return f"{d:02}-{m:02}-{y}"
    if style == "mdy/":
        return f"{m:02}/{d:02}/{y}" if rng.random() < 0.7 else f"{m}/{d}/{y}"
    if style == "ymd-":
        return f"{y}-{m:02}-{d:02}"
    if style == "ymd/":
        return f"{y}/{m:02}/{d:02}"
    if style == "ymd.":
        return f"{y}.{m:02}.{d:02}"
    if style in ("cn", "jp"):
        return f"{y}年{m}月{d}日"
    if style == "jpera":
        if (y, m, d) >= (2019, 5, 1):
            era, n = "令和", y - 2018
        elif (y, m, d) >= (1989, 1, 8):
            era, n = "平成", y - 1988
        else:
            era, n = "昭和", y - 1925
        return f"{era}{'元' if n == 1 else n}年{m}月{d}日"
    if style == "roc":
        return f"民國{y - 1911}年{m}月{d}日"
    if style == "ko":
        return f"{y}년 {m}월 {d}일"
    if style == "hu":
        return f"{y}. {m:02}. {d:02}."
    if style == "th":
        return f"{d:02}/{m:02}/{y + 543}"
    return _long_date(lang, y, m, d)


def _group(n: int, sep: str) -> str:
    s = str(n)
    if sep == "in":
        if len(s) <= 3:
            return s
        head, tail = s[:-3], s[-3:]
        parts = []
        while len(head) > 2:
            parts.insert(0, head[-2:])
            head = head[:-2]
        if head:
            parts.insert(0, head)
        return ",".join(parts + [tail])
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


_PUBLIC_FIRST_OCTETS = (
    [41, 102, 105, 154, 196, 197, 5, 31, 37, 46, 62, 77, 78, 80, 81, 82, 83, 84, 85, 86, 87, 88]
    + [89, 90, 91, 93, 94, 95, 109, 151, 176, 178, 185, 188, 193, 194, 195, 212, 213, 217, 1, 14]
    + [27, 36, 39, 42, 49, 58, 59, 60, 61, 101, 103, 110, 112, 113, 114, 115, 116, 117, 118, 119]
    + [120, 121, 122, 123, 124, 125, 180, 182, 183, 202, 203, 210, 211, 218, 219, 220, 221, 222]
    + [23, 24, 50, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 96, 97, 98, 99, 104]
    + [107, 108, 131, 136, 142, 147, 155, 162, 165, 173, 174, 184, 198, 199, 204, 205, 206, 207]
    + [177, 179, 181, 186, 187, 189, 190, 191, 200, 201]
)


class _Ctx:
    """Per-text state: locale, people and cached slot values."""

    def __init__(self, gen: _Gen, loc: _Loc) -> None:
        self.gen = gen
        self.rng = gen.rng
        self.loc = loc
        self.persons: dict[str, _Person] = {}
        self.cache: dict[str, str] = {}
        self.cos: dict[str, tuple[str, str]] = {}
        self.years: list[int] = []
        self.dob_year = 0
        self.events: list[tuple[int, int, int]] = []
        self._style = ""

    # -- people --------------------------------------------------------
    def person(self, key: str) -> _Person:
        if key in self.persons:
            return self.persons[key]
        rng = self.rng
        loc = self.loc if key[0] == "p" else LOCALES[rng.choice(_CODES)]
        used = [p.key for p in self.persons.values()]
        firsts = [p.first for p in self.persons.values()]
        want = key[1] if key[1] in "fm" else ""
        p = _Person(loc, rng, want)
        for _ in range(60):
            if p.key not in used and p.first not in firsts and not p.blocked():
                break
            p = _Person(loc, rng, want)
        self.persons[key] = p
        return p

    # -- companies -----------------------------------------------------
    def company(self, name: str) -> tuple[str, str]:
        if name in self.cos:
            return self.cos[name]
        rng, loc = self.rng, self.loc
        used = [c[0] for c in self.cos.values()]
        for _ in range(30):
            stem = rng.choice(loc.stems)
            ind = rng.choice(loc.ind)
            fmt = rng.choice(loc.co_fmt)
            cname = fmt.replace("{S}", stem).replace("{I}", ind)
            if cname not in used:
                break
        dom = _fold(stem).lower()
        if "{I}" in fmt and rng.random() < 0.4:
            dom += _fold(ind).lower()
        dom += "." + loc.tld
        self.cos[name] = (cname, dom)
        return self.cos[name]

    def company_native(self, name: str) -> str:
        loc, rng = self.loc, self.rng
        if not loc.co_n:
            return self.company(name)[0]
        fmt = rng.choice(loc.co_n)
        return fmt.replace("{S}", rng.choice(loc.stems_n)).replace("{I}", rng.choice(loc.ind_n))

    # -- dates -----------------------------------------------------------
    def _ymd(self, lo: int, hi: int) -> tuple[int, int, int]:
        rng = self.rng
        return rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)

    def style(self) -> str:
        """One date style per text, so dates in a document look alike."""
        if not self._style:
            self._style = self.rng.choice(self.loc.dates)
        return self._style

    def date(self, lo: int, hi: int, style: str | None = None) -> tuple[str, int]:
        y, m, d = self._ymd(lo, hi)
        return _fmt_date(style or self.style(), self.loc.lang, y, m, d, self.rng), y

    def event(self, name: str, style: str | None = None) -> str:
        """Event dates (meetings, deadlines ...): date < date2 < date3 ... within a text."""
        if not self.events:
            self.events = sorted({self._ymd(2023, 2025) for _ in range(8)})
        digits = name[len(name.rstrip("0123456789")) :]
        y, m, d = self.events[min(int(digits or "1"), len(self.events)) - 1]
        return _fmt_date(style or self.style(), self.loc.lang, y, m, d, self.rng)

    def numeric_style(self) -> str:
        for st in self.loc.dates:
            if st != "long":
                return st
        return "dmy/"

    def slot_value(self, name: str) -> str:
        """Value of an unlabelled slot, cached by full slot name."""
        if name in self.cache:
            return self.cache[name]
        kind = name if name in UNLABELLED else name.rstrip("0123456789")
        if kind.startswith(("job_", "dept_", "degree_")):
            base, _, lang = kind.partition("_")
            table = {"job": T.JOBS, "dept": T.DEPTS, "degree": T.DEGREES}[base]
            v = self.rng.choice(_split(_lang_pool(table, lang)))
        elif kind in ("job", "dept", "degree"):
            table = {"job": T.JOBS, "dept": T.DEPTS, "degree": T.DEGREES}[kind]
            v = self.rng.choice(_split(table["en"]))
        elif kind == "y" or (name[0] == "y" and name[1:].isdigit()):
            v = _years(self, int(name[1:] or "1"))
        elif kind in UNLABELLED:
            v = UNLABELLED[kind](self, name)
        else:
            raise KeyError(f"unknown slot {name!r}")
        self.cache[name] = v
        return v

    # -- money -----------------------------------------------------------
    def money(self, amount: int, cents: int | None = None) -> str:
        loc = self.loc
        s = _group(amount, loc.thou)
        if cents is not None:
            s += loc.dec + f"{cents:02}"
        return self.rng.choice(loc.cur).replace("@", s)

    def salary(self, annual: bool = False) -> str:
        lo, hi, step = self.loc.sal
        v = lo + step * self.rng.randint(0, (hi - lo) // step)
        return self.money(v * 12 if annual else v)


# ---------------------------------------------------------------------------
# value generators (kind -> function(ctx, name) -> str) and categories
# ---------------------------------------------------------------------------


def _addr(ctx: _Ctx, native: bool) -> str:
    loc, rng = ctx.loc, ctx.rng
    use_n = native and bool(loc.addr_n)
    fmt = rng.choice(loc.addr_n if use_n else loc.addr)
    streets = loc.streets_n if use_n else loc.streets
    towns = loc.towns_n if use_n else loc.towns
    town, pcpat = rng.choice(towns)
    out = []
    for part in re.split(r"(\{(?:s|n|t|pc|S|T)\})", fmt):
        if part in ("{s}", "{S}"):
            out.append(rng.choice(streets))
        elif part == "{n}":
            out.append(_pat(rng, rng.choice(loc.num)))
        elif part in ("{t}", "{T}"):
            out.append(town)
        elif part == "{pc}":
            out.append(_pat(rng, pcpat))
        else:
            out.append(_pat(rng, part))
    s = "".join(out)
    s = re.sub(r" {2,}", " ", s).replace(" ,", ",").replace("()", "")
    return s.strip(" ,-")


def _iban(ctx: _Ctx) -> str:
    rng = ctx.rng
    code = ctx.loc.code if ctx.loc.iban else rng.choice(list(T.IBAN))
    layout = T.IBAN[code]
    bban = []
    for count, kind in re.findall(r"(\d+)([#?*])", layout):
        for _ in range(int(count)):
            if kind == "#":
                bban.append(str(rng.randrange(10)))
            elif kind == "?":
                bban.append(chr(65 + rng.randrange(26)))
            else:
                bban.append(rng.choice("0123456789012345678901234ABCDEFGHJKLMNPRSTUVWXYZ"))
    b = "".join(bban)
    check = 98 - _iban_numeric(b + code + "00") % 97
    iban = f"{code}{check:02}{b}"
    if rng.random() < 0.6:
        iban = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    return iban


def _card(ctx: _Ctx) -> str:
    rng = ctx.rng
    prefix, length = rng.choice(
        [
            ("4", 16),
            ("4", 16),
            ("51", 16),
            ("53", 16),
            ("55", 16),
            (str(rng.randint(2221, 2720)), 16),
            ("34", 15),
            ("37", 15),
            ("6011", 16),
            ("35" + str(rng.randint(28, 89)), 16),
            ("62", 16),
            ("62", 19),
            ("36", 14),
        ]
    )
    payload = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    num = _luhn_complete(payload)
    sep = rng.choice([" ", " ", "-", ""])
    groups = {15: (4, 6, 5), 14: (4, 6, 4), 16: (4, 4, 4, 4), 19: (4, 4, 4, 4, 3)}[length]
    out, i = [], 0
    for g in groups:
        out.append(num[i : i + g])
        i += g
    return sep.join(out)


def _ssn(ctx: _Ctx) -> str:
    rng = ctx.rng
    area = rng.randint(1, 899)
    while area == 666:
        area = rng.randint(1, 899)
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    st = rng.random()
    if st < 0.75:
        return f"{area:03}-{g:02}-{s:04}"
    if st < 0.9:
        return f"{area:03} {g:02} {s:04}"
    return f"{area:03}{g:02}{s:04}"


def _itin(ctx: _Ctx) -> str:
    rng = ctx.rng
    group = rng.choice(
        list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92] + list(range(94, 100))
    )
    v = f"9{rng.randint(0, 99):02}-{group:02}-{rng.randint(1, 9999):04}"
    return v if rng.random() < 0.85 else v.replace("-", "")


def _ip(ctx: _Ctx) -> str:
    rng = ctx.rng
    o = rng.choice(_PUBLIC_FIRST_OCTETS)
    return f"{o}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def _ippriv(ctx: _Ctx) -> str:
    rng = ctx.rng
    k = rng.random()
    if k < 0.4:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    if k < 0.75:
        return f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}"
    return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"


def _ip6(ctx: _Ctx) -> str:
    rng = ctx.rng
    prefix = rng.choice(
        ["2a02:", "2001:41d0:", "2c0f:", "2401:", "2600:", "2804:", "2405:", "2a01:"]
    )
    need = 8 - prefix.count(":")
    groups = [f"{rng.randrange(65536):x}" for _ in range(need)]
    full = prefix + ":".join(groups)
    if rng.random() < 0.5:
        return full
    head = full.split(":")
    return ":".join(head[:3]) + "::" + ":".join(head[-2:])


def _mac(ctx: _Ctx) -> str:
    rng = ctx.rng
    b = [rng.randrange(256) for _ in range(6)]
    b[0] &= 0xFE
    st = rng.random()
    if st < 0.45:
        return ":".join(f"{x:02X}" for x in b)
    if st < 0.7:
        return ":".join(f"{x:02x}" for x in b)
    if st < 0.9:
        return "-".join(f"{x:02X}" for x in b)
    h = "".join(f"{x:02x}" for x in b)
    return f"{h[0:4]}.{h[4:8]}.{h[8:12]}"


def _btc(ctx: _Ctx) -> str:
    rng = ctx.rng
    k = rng.random()
    h = bytes(rng.randrange(256) for _ in range(20))
    if k < 0.45:
        return _bech32_address("bc", 0, h)
    payload = (b"\x00" if k < 0.85 else b"\x05") + h
    return _b58encode(payload + _sha256d(payload)[:4])


def _eth(ctx: _Ctx) -> str:
    rng = ctx.rng
    h = "".join(f"{rng.randrange(256):02x}" for _ in range(20))
    return "0x" + (_eip55(h) if rng.random() < 0.6 else h)


def _uk_dl(ctx: _Ctx) -> str:
    rng = ctx.rng
    p = ctx.persons.get("p1") or _Person(ctx.loc, rng)
    sur = (_fold(p.last).upper() + "99999")[:5]
    y, m, d = rng.randint(1960, 2004), rng.randint(1, 12), rng.randint(1, 28)
    mm = m + (50 if p.gender == "f" else 0)
    ini = (_fold(p.first)[:1].upper() + "9")[:2]
    return f"{sur}{str(y)[2]}{mm:02}{d:02}{str(y)[3]}{ini}{rng.randint(0, 9)}{_pat(rng, '??')}"


def _dl(ctx: _Ctx) -> str:
    pat = ctx.rng.choice(ctx.loc.dl)
    return _uk_dl(ctx) if pat == "UKDL" else _pat(ctx.rng, pat)


def _pw(ctx: _Ctx) -> str:
    rng = ctx.rng
    words = _split(T.PW_WORDS)
    k = rng.random()
    if k < 0.35:
        chars = _ALNUM + "!@#$%&*?-_"
        body = _rand(rng, chars, rng.randint(9, 14))
        return body + rng.choice("!@#$%&*?") + str(rng.randint(0, 9))
    if k < 0.65:
        return rng.choice(words) + rng.choice("!#@$.*") + str(rng.randint(1, 9999))
    if k < 0.8:
        return rng.choice(words) + "@" + str(rng.randint(2019, 2026))
    ws = [w.lower() for w in rng.sample(words, 3)]
    return "-".join(ws) + str(rng.randint(1, 99))


def _apikey(ctx: _Ctx) -> str:
    rng = ctx.rng
    k = rng.randrange(8)
    if k == 0:
        return "sk-proj-" + _rand(rng, _URLSAFE, 64)
    if k == 1:
        return "sk-" + _rand(rng, _ALNUM, 48)
    if k == 2:
        return "sk-ant-api03-" + _rand(rng, _URLSAFE, 93) + "AA"
    if k == 3:
        return "AIza" + _rand(rng, _URLSAFE, 35)
    if k == 4:
        return "sk_live_" + _rand(rng, _ALNUM, 24)
    if k == 5:
        return "hf_" + _rand(rng, _ALNUM[:52], 34)
    if k == 6:
        return "gsk_" + _rand(rng, _ALNUM, 52)
    return "glpat-" + _rand(rng, _URLSAFE, 20)


def _token(ctx: _Ctx) -> str:
    rng = ctx.rng
    k = rng.random()
    if k < 0.4:
        return _rand(rng, "0123456789abcdef", rng.choice([32, 40, 64]))
    if k < 0.7:
        return _rand(rng, _URLSAFE, 43)
    return base64.b64encode(bytes(rng.randrange(256) for _ in range(30))).decode()


def _b64url(b: bytes) -> str:
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def _jwt(ctx: _Ctx) -> str:
    rng = ctx.rng
    header = _b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    iat = rng.randint(1700000000, 1760000000)
    payload = {
        "sub": f"emp_{rng.randint(1000, 99999)}",
        "role": rng.choice(["hr_admin", "viewer", "payroll"]),
    }
    payload |= {"iat": iat, "exp": iat + 3600}
    body = _b64url(json.dumps(payload, separators=(",", ":")).encode())
    sig = _b64url(bytes(rng.randrange(256) for _ in range(32)))
    return f"{header}.{body}.{sig}"


def _wifi(ctx: _Ctx) -> str:
    rng = ctx.rng
    if rng.random() < 0.6:
        return (
            rng.choice(_split(T.PW_WORDS))
            + str(rng.randint(10, 9999))
            + rng.choice(["!", "#", "", "$"])
        )
    return _rand(rng, _ALNUM, 12)


def _recov(ctx: _Ctx) -> str:
    rng = ctx.rng
    k = rng.random()
    low = "abcdefghijklmnopqrstuvwxyz0123456789"
    if k < 0.4:
        return _rand(rng, low, 4) + "-" + _rand(rng, low, 4)
    if k < 0.7:
        return _pat(rng, "%####-#####")
    return _rand(rng, low, 10)


def _ghtoken(ctx: _Ctx) -> str:
    rng = ctx.rng
    if rng.random() < 0.6:
        return "ghp_" + _rand(rng, _ALNUM, 36)
    return "github_pat_" + _rand(rng, _ALNUM, 22) + "_" + _rand(rng, _ALNUM, 59)


def _slacktoken(ctx: _Ctx) -> str:
    rng = ctx.rng
    return f"xoxb-{_pat(rng, '%' + '#' * 11)}-{_pat(rng, '%' + '#' * 12)}-{_rand(rng, _ALNUM, 24)}"


def _awssk(ctx: _Ctx) -> str:
    return _rand(ctx.rng, _ALNUM + "/+", 40)


def _awsid(ctx: _Ctx) -> str:
    return "AKIA" + _rand(ctx.rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)


def _pin(ctx: _Ctx) -> str:
    rng = ctx.rng
    return "".join(str(rng.randrange(10)) for _ in range(rng.choice([4, 4, 5, 6])))


def _dob(ctx: _Ctx, lo: int, hi: int, style: str | None = None) -> str:
    s, y = ctx.date(lo, hi, style)
    ctx.dob_year = y
    return s


def _crypto(ctx: _Ctx) -> str:
    return _btc(ctx) if ctx.rng.random() < 0.55 else _eth(ctx)


LABELLED = {
    "phone": ("PHONE", lambda c: _pat(c.rng, c.rng.choice(c.loc.phone))),
    "email": ("EMAIL", lambda c: _Person(c.loc, c.rng).attr("email", c)),
    "dob": ("DATE_OF_BIRTH", lambda c: _dob(c, 1962, 2004)),
    "dobk": ("DATE_OF_BIRTH", lambda c: _dob(c, 2008, 2019)),
    "dobiso": ("DATE_OF_BIRTH", lambda c: _dob(c, 1962, 2004, "ymd-")),
    "doblong": ("DATE_OF_BIRTH", lambda c: _dob(c, 1962, 2004, "long")),
    "dobnum": ("DATE_OF_BIRTH", lambda c: _dob(c, 1962, 2004, c.numeric_style())),
    "addr": ("ADDRESS", lambda c: _addr(c, False)),
    "addrn": ("ADDRESS", lambda c: _addr(c, True)),
    "iban": ("IBAN", _iban),
    "card": ("CREDIT_CARD", _card),
    "ssn": ("US_SSN", _ssn),
    "itin": ("US_ITIN", _itin),
    "ip": ("IP", _ip),
    "ippriv": ("IP", _ippriv),
    "ipx": ("IP", _ip6),
    "mac": ("MAC", _mac),
    "btc": ("CRYPTO", _btc),
    "eth": ("CRYPTO", _eth),
    "crypto": ("CRYPTO", _crypto),
    "dl": ("DRIVER_LICENSE", _dl),
    "passport": ("PASSPORT", lambda c: _pat(c.rng, c.rng.choice(c.loc.pp))),
    "pw": ("SECRET", _pw),
    "apikey": ("SECRET", _apikey),
    "token": ("SECRET", _token),
    "jwt": ("SECRET", _jwt),
    "pin": ("SECRET", _pin),
    "wifi": ("SECRET", _wifi),
    "recov": ("SECRET", _recov),
    "ghtoken": ("SECRET", _ghtoken),
    "slacktoken": ("SECRET", _slacktoken),
    "awssk": ("SECRET", _awssk),
    "awsid": ("SECRET", _awsid),
}


def _pick(c: _Ctx, pool: str) -> str:
    return c.rng.choice(_split(pool))


def _lang_pool(table: dict[str, str], lang: str) -> str:
    return table.get(lang) or table["en"]


def _years(c: _Ctx, idx: int) -> str:
    if not c.years:
        c.years = sorted(c.rng.sample(range(2004, 2025), 5))
    return str(c.years[min(max(idx, 1), 5) - 1])


def _age(c: _Ctx) -> str:
    return str(2025 - c.dob_year) if c.dob_year else str(c.rng.randint(22, 45))


def _amount(c: _Ctx) -> str:
    lo = c.loc.sal[0]
    v = max(1, int(lo * c.rng.uniform(0.004, 0.09)))
    return c.money(v, c.rng.randint(0, 99))


def _hex(c: _Ctx, n: int) -> str:
    return _rand(c.rng, "0123456789abcdef", n)


def _dmyshort(c: _Ctx) -> str:
    y, m, d = c._ymd(2023, 2025)
    if c.loc.code in ("US", "PH"):
        return f"{m}/{d}/{y % 100:02}"
    return f"{d:02}/{m:02}/{y}"


UNLABELLED = {
    "co": lambda c, n: c.company(n)[0],
    "codom": lambda c, n: c.company("co")[1],
    "con": lambda c, n: c.company_native(n),
    "uni": lambda c, n: c.rng.choice(c.loc.unis),
    "unin": lambda c, n: c.rng.choice(c.loc.unis_n),
    "uniup": lambda c, n: c.slot_value("uni").upper(),
    "school": lambda c, n: c.rng.choice(c.loc.schools),
    "hosp": lambda c, n: c.rng.choice(c.loc.hosp),
    "town": lambda c, n: c.rng.choice(c.loc.towns)[0],
    "city": lambda c, n: _pick(c, T.CITIES),
    "nation": lambda c, n: c.loc.nation,
    "langs": lambda c, n: c.loc.langs,
    "field": lambda c, n: _pick(c, T.FIELDS),
    "skill": lambda c, n: _pick(c, T.SKILLS),
    "course": lambda c, n: _pick(c, T.COURSES),
    "sci": lambda c, n: _pick(c, T.SCIENTISTS),
    "famous": lambda c, n: c.rng.choice(c.loc.famous),
    "fund": lambda c, n: _pick(c, T.FUNDS),
    "venue": lambda c, n: _pick(c, T.VENUES),
    "proj": lambda c, n: _pick(c, T.PROJECTS),
    "subj": lambda c, n: _pick(c, T.SUBJECTS),
    "subject": lambda c, n: _pick(c, T.SCHOOL_SUBJECTS),
    "rel": lambda c, n: _pick(c, T.RELS),
    "cls": lambda c, n: _pick(c, T.CLASSES),
    "ward": lambda c, n: _pick(c, T.WARDS),
    "museum": lambda c, n: _pick(c, T.MUSEUMS),
    "bank": lambda c, n: _pick(c, T.BANKS),
    "model": lambda c, n: _pick(c, T.LLM_MODELS),
    "building": lambda c, n: _pick(c, T.BUILDINGS),
    "quote": lambda c, n: _pick(c, T.QUOTES),
    "placeholder": lambda c, n: _pick(c, T.PLACEHOLDERS),
    "ssid": lambda c, n: _pick(c, T.SSIDS),
    "st": lambda c, n: _pick(c, T.US_STATES),
    "ngstate": lambda c, n: _pick(c, T.NG_STATES),
    "destcountry": lambda c, n: _pick(c, T.DEST_COUNTRIES),
    "date": lambda c, n: c.event(n),
    "dateiso": lambda c, n: c.event(n, "ymd-"),
    "datelong": lambda c, n: c.event(n, "long"),
    "dmyshort": lambda c, n: _dmyshort(c),
    "time": lambda c, n: (
        f"{c.rng.randint(7, 18):02}:{c.rng.choice(['00', '15', '30', '45', '05', '40'])}"
    ),
    "logts": lambda c, n: (
        f"{c.date(2024, 2025, 'ymd-')[0]}T{c.rng.randint(0, 23):02}:"
        f"{c.rng.randint(0, 59):02}:{c.rng.randint(0, 59):02}Z"
    ),
    "moodlets": lambda c, n: f"{_dmyshort(c)}, {c.rng.randint(8, 22):02}:{c.rng.randint(0, 59):02}",
    "y": lambda c, n: _years(c, int(n[1:] or "1")),
    "yr": lambda c, n: str(c.rng.randint(2023, 2025)),
    "yf": lambda c, n: str(c.rng.randint(2026, 2030)),
    "mo": lambda c, n: f"{c.rng.randint(1, 12):02}",
    "month": lambda c, n: c.rng.choice(_MONTHS_EN),
    "week": lambda c, n: str(c.rng.randint(1, 52)),
    "term": lambda c, n: str(c.rng.randint(1, 3)),
    "sc": lambda c, n: str(c.rng.randint(35, 100)),
    "grade": lambda c, n: _pick(c, T.GRADES),
    "num": lambda c, n: str(c.rng.randint(2, 15)),
    "pct": lambda c, n: str(c.rng.randint(5, 95)),
    "gpa": lambda c, n: (
        f"{c.rng.uniform(2.5, 4.0):.2f}"
        if c.rng.random() < 0.6
        else f"{c.rng.uniform(6, 9.8):.1f}/10"
    ),
    "score": lambda c, n: str(c.rng.randrange(500, 991, 5)),
    "age": lambda c, n: _age(c),
    "salary": lambda c, n: c.salary(),
    "salaryy": lambda c, n: c.salary(annual=True),
    "amount": lambda c, n: _amount(c),
    "amt": lambda c, n: f"{c.rng.randint(150, 4800):,}.{c.rng.choice(['00', '50', '00', '75'])}",
    "ticket": lambda c, n: _pat(
        c.rng,
        c.rng.choice(
            ["HR-#####", "INC0######", "REQ-%####", "PEOPLE-%###", "SR-%######", "RITM00%####"]
        ),
    ),
    "empid": lambda c, n: _pat(
        c.rng, c.rng.choice(["EMP-%#####", "E%######", "%######", "HR%####", "%#-%####"])
    ),
    "studid": lambda c, n: _pat(
        c.rng, c.rng.choice(["S%#######", "20%#####", "A0%#####?", "u%######", "%#/%####"])
    ),
    "asset": lambda c, n: _pat(c.rng, c.rng.choice(["LT-%#####", "NB%####", "ASSET-%####"])),
    "acct": lambda c, n: _pat(c.rng, "%#########" + "#" * c.rng.randint(0, 3)),
    "routing": lambda c, n: _pat(c.rng, "0%#######"),
    "l4": lambda c, n: _pat(c.rng, "####"),
    "l4b": lambda c, n: _pat(c.rng, "####"),
    "inv": lambda c, n: _pat(c.rng, "INV-20##-%###"),
    "ff": lambda c, n: _pat(c.rng, c.rng.choice(["?? %########", "%## ### ### #"])),
    "order": lambda c, n: _pat(c.rng, c.rng.choice(["ORD-%######", "PO-20##-%###", "\\#%#####"])),
    "ver": lambda c, n: _pat(c.rng, c.rng.choice(["%.%#.%", "v%.%.%#", "20##.%#"])),
    "hashv": lambda c, n: _hex(c, c.rng.choice([7, 12, 40])),
    "room": lambda c, n: _pat(c.rng, c.rng.choice(["?%.%#", "%0%", "%#?", "?-%0#"])),
    "ext": lambda c, n: _pat(c.rng, "%###"),
    "bleep": lambda c, n: _pat(c.rng, "%###"),
    "costc": lambda c, n: _pat(c.rng, "CC-%###"),
    "plate": lambda c, n: _pat(c.rng, c.rng.choice(["??? %##?", "?-%## ??", "%??-%##"])),
    "zoomid": lambda c, n: _pat(c.rng, "%## #### ####"),
    "uid": lambda c, n: _pat(c.rng, "%####"),
    "cid": lambda c, n: _pat(c.rng, "%##"),
}


# ---------------------------------------------------------------------------
# rendering and envelopes
# ---------------------------------------------------------------------------

_SLOT = re.compile(r"\{([A-Za-z][A-Za-z0-9_]*)(?:\.([A-Za-z_]+))?\}")
_PERSON_KEY = re.compile(r"[px][fm]?[1-9]")

Piece = tuple[str, "str | None"]


def _render(text: str, ctx: _Ctx) -> list[Piece]:
    pieces: list[Piece] = []
    pos = 0
    for m in _SLOT.finditer(text):
        pieces.append((text[pos : m.start()], None))
        name, attr = m.group(1), m.group(2)
        if _PERSON_KEY.fullmatch(name):
            p = ctx.person(name)
            a = attr or ""
            val = p.attr(a, ctx)
            if a in _UNLABELLED_ATTRS or a in _GENDERED:
                cat = None
            elif a in _EMAIL_ATTRS:
                cat = "EMAIL"
            else:
                cat = "PERSON"
            pieces.append((val, cat))
        elif attr is not None:
            raise KeyError(f"attribute on non-person slot {m.group(0)!r}")
        else:
            kind = name if name in LABELLED else name.rstrip("0123456789")
            if kind == "itinorssn":
                kind = ctx.cache.setdefault("_itinorssn", ctx.rng.choice(["itin", "ssn"]))
                name = kind + "_tin"
            if kind in LABELLED:
                if name not in ctx.cache:
                    cat, fn = LABELLED[kind]
                    ctx.cache[name] = fn(ctx)
                pieces.append((ctx.cache[name], LABELLED[kind][0]))
            else:
                pieces.append((ctx.slot_value(name), None))
        pos = m.end()
    pieces.append((text[pos:], None))
    out: list[Piece] = []
    for t, cat in pieces:
        # "Ltd." + "." -> "Ltd." (template punctuation after a value that already ends in a dot)
        if (
            cat is None
            and out
            and out[-1][0].endswith(".")
            and t.startswith(".")
            and not t.startswith("..")
        ):
            t = t[1:]
        if t:
            out.append((t, cat))
    return out


def _assemble(pieces: list[Piece]) -> tuple[str, list[tuple[str, int, int]]]:
    buf: list[str] = []
    spans: list[tuple[str, int, int]] = []
    off = 0
    for s, cat in pieces:
        if not s:
            continue
        if cat is not None:
            spans.append((cat, off, off + len(s)))
        buf.append(s)
        off += len(s)
    return "".join(buf), spans


def _esc_json(s: str, ensure_ascii: bool) -> str:
    return json.dumps(s, ensure_ascii=ensure_ascii)[1:-1]


def _esc_py(s: str) -> str:
    return s.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n").replace("\t", "\\t")


_SENTINEL = re.compile(r"\\u0000([A-Z])\\u0000")


def _skeleton(
    obj: object, ensure_ascii: bool, indent: int | None, values: dict[str, list[Piece]]
) -> list[Piece]:
    s = json.dumps(obj, ensure_ascii=ensure_ascii, indent=indent)
    parts = _SENTINEL.split(s)
    out: list[Piece] = []
    for i, part in enumerate(parts):
        if i % 2 == 0:
            out.append((part, None))
        else:
            out.extend(values[part])
    return out


class _Gen:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def _wrap(self, pieces: list[Piece], ctx: _Ctx, clean: bool) -> list[Piece]:
        rng = self.rng
        ea = rng.random() < 0.25
        style = rng.choice(
            ["openai", "openai", "anthropic", "anthropic", "gemini", "responses", "ollama"]
            + ["log", "log", "logjson", "langchain", "pydebug"]
        )
        model = _pick(ctx, T.LLM_MODELS)
        system = _pick(ctx, T.SYSTEM_PROMPTS)
        svc = _pick(ctx, T.SERVICES)
        day = ctx.date(2024, 2025, "ymd-")[0]
        clock = f"{rng.randint(0, 23):02}:{rng.randint(0, 59):02}:{rng.randint(0, 59):02}"
        ts = f"{day} {clock}"
        anon = "anon-" + _hex(ctx, 8)
        if clean or rng.random() < 0.5:
            user: list[Piece] = [(anon, None)]
        else:
            user = [(ctx.person("p1").attr("email", ctx), "EMAIL")]
        ip: list[Piece] = [(_ip(ctx), "IP")] if not clean and rng.random() < 0.6 else [("-", None)]
        if clean:
            ip = [(rng.choice(["-", "unknown", "n/a"]), None)]
        vals = {"U": [(_esc_json(t, ea), c) for t, c in pieces], "E": user, "I": ip}
        indent = 2 if rng.random() < 0.4 else None
        if style == "openai":
            obj: dict = {
                "model": model,
                "messages": [
                    {"role": "system", "content": system},
                    {"role": "user", "content": "\0U\0"},
                ],
                "temperature": rng.choice([0, 0.2, 0.7]),
            }
            if user[0][1]:
                obj["user"] = "\0E\0"
            return _skeleton(obj, ea, indent, vals)
        if style == "anthropic":
            obj = {
                "model": model,
                "max_tokens": rng.choice([512, 1024, 4096]),
                "system": system,
                "messages": [{"role": "user", "content": [{"type": "text", "text": "\0U\0"}]}],
            }
            if user[0][1]:
                obj["metadata"] = {"user_id": "\0E\0"}
            return _skeleton(obj, ea, indent, vals)
        if style == "gemini":
            obj = {
                "contents": [{"role": "user", "parts": [{"text": "\0U\0"}]}],
                "systemInstruction": {"parts": [{"text": system}]},
                "generationConfig": {"temperature": 0.4, "maxOutputTokens": 2048},
            }
            return _skeleton(obj, ea, indent, vals)
        if style == "responses":
            obj = {"model": model, "instructions": system, "input": "\0U\0", "store": False}
            if user[0][1]:
                obj["user"] = "\0E\0"
            return _skeleton(obj, ea, indent, vals)
        if style == "ollama":
            obj = {
                "model": rng.choice(["llama3.1:8b", "qwen2.5:14b", "mistral:7b"]),
                "prompt": "\0U\0",
            }
            obj["stream"] = False
            return _skeleton(obj, ea, indent, vals)
        if style == "log":
            url = "https://api.openai.com/v1/chat/completions"
            head = f"{ts} INFO [{svc}] POST {url} model={model} user="
            return [
                (head, None),
                *user,
                (" client_ip=", None),
                *ip,
                (' prompt="', None),
                *vals["U"],
                ('"', None),
            ]
        if style == "logjson":
            obj = {
                "ts": ts.replace(" ", "T") + "Z",
                "level": "debug",
                "service": svc,
                "event": "llm.request",
                "user": "\0E\0",
                "client_ip": "\0I\0",
                "model": model,
                "prompt": "\0U\0",
            }
            return _skeleton(obj, ea, None, vals)
        if style == "langchain":
            head = (
                "[llm/start] [1:chain:RunnableSequence > 2:llm:ChatOpenAI] "
                "Entering LLM run with input:\n"
                '{\n  "prompts": [\n    "System: ' + _esc_json(system, ea) + "\\nHuman: "
            )
            return [(head, None), *vals["U"], ('"\n  ]\n}', None)]
        # pydebug: the openai client's debug log (Python repr quoting)
        if clean or rng.random() < 0.4:
            key: list[Piece] = [("<redacted>", None)]
        else:
            key = [(_apikey(ctx), "SECRET")]
        head = (
            "DEBUG:openai._base_client:Request options: {'method': 'post', 'url': "
            "'/chat/completions', "
            "'headers': {'Authorization': 'Bearer "
        )
        mid = "'}, 'json_data': {'messages': [{'role': 'user', 'content': '"
        tail = f"'}}], 'model': '{model}'}}}}"
        return [
            (head, None),
            *key,
            (mid, None),
            *[(_esc_py(t), c) for t, c in pieces],
            (tail, None),
        ]

    def sample(self, spec: str, text: str, clean: bool, wrap: bool) -> Sample:
        rng = self.rng
        codes = _spec_codes(spec)
        loc = LOCALES[rng.choice(codes)]
        ctx = _Ctx(self, loc)
        pieces = _render(text.strip("\n"), ctx)
        if wrap:
            pieces = self._wrap(pieces, ctx, clean)
        out, spans = _assemble(pieces)
        return Sample(text=out, spans=spans)


_SPEC_CACHE: dict[str, list[str]] = {}


def _spec_codes(spec: str) -> list[str]:
    if spec in _SPEC_CACHE:
        return _SPEC_CACHE[spec]
    out: list[str] = []
    for tok in spec.split("|"):
        tok = tok.strip()
        if tok == "*":
            items = _CODES
        elif tok.startswith("@"):
            items = T.GROUPS[tok].split()
        else:
            items = [tok]
        for c in items:
            if c not in LOCALES:
                raise KeyError(f"unknown locale {c!r} in spec {spec!r}")
            if c not in out:
                out.append(c)
    _SPEC_CACHE[spec] = out
    return out


# ---------------------------------------------------------------------------
# validation
# ---------------------------------------------------------------------------


def _check(samples: list[Sample]) -> None:
    seen: set[str] = set()
    for i, s in enumerate(samples):
        text = s.text
        where = f"sample {i}"
        if text in seen:
            raise ValueError(f"{where}: duplicate text")
        seen.add(text)
        if text.count("\n") + 1 > _MAX_LINES:
            raise ValueError(f"{where}: more than {_MAX_LINES} lines")
        prev = None
        for cat, a, b in s.spans:
            if cat not in CATEGORIES:
                raise ValueError(f"{where}: unknown category {cat!r}")
            if not (0 <= a < b <= len(text)):
                raise ValueError(f"{where}: span out of range {(cat, a, b)}")
            val = text[a:b]
            if val != val.strip():
                raise ValueError(f"{where}: whitespace at span edge {val!r}")
            if prev is not None:
                pcat, pa, pb = prev
                if a < pb or (a, b) < (pa, pb):
                    raise ValueError(f"{where}: unsorted or overlapping spans {prev} {(cat, a, b)}")
                if pcat == cat and text[pb:a] == " ":
                    raise ValueError(
                        f"{where}: same-category spans split by one space {prev} {(cat, a, b)}"
                    )
            prev = (cat, a, b)
            if cat == "CREDIT_CARD":
                digits = val.replace(" ", "").replace("-", "")
                if not digits.isdigit() or not 12 <= len(digits) <= 19 or not _luhn_ok(digits):
                    raise ValueError(f"{where}: bad card {val!r}")
            elif cat == "IBAN":
                if not _iban_ok(val):
                    raise ValueError(f"{where}: bad IBAN {val!r}")
            elif cat == "CRYPTO":
                if not _crypto_ok(val):
                    raise ValueError(f"{where}: bad crypto address {val!r}")
            elif cat in ("US_SSN", "US_ITIN"):
                d = val.replace("-", "").replace(" ", "")
                if len(d) != 9 or not d.isdigit():
                    raise ValueError(f"{where}: bad {cat} {val!r}")
                area, group, serial = int(d[:3]), int(d[3:5]), int(d[5:])
                if cat == "US_SSN" and (
                    area in (0, 666) or area >= 900 or group == 0 or serial == 0
                ):
                    raise ValueError(f"{where}: bad SSN {val!r}")
                ok_group = (
                    50 <= group <= 65 or 70 <= group <= 88 or 90 <= group <= 92 or 94 <= group <= 99
                )
                if cat == "US_ITIN" and (d[0] != "9" or not ok_group):
                    raise ValueError(f"{where}: bad ITIN {val!r}")
            elif cat == "ADDRESS" and not any(ch.isdigit() for ch in val):
                raise ValueError(f"{where}: address without a digit {val!r}")


# ---------------------------------------------------------------------------
# entry point
# ---------------------------------------------------------------------------


def dev23_set(scale: float = 1.0, seed: int = SEED) -> list[Sample]:
    """Return ``round(1200 * scale)`` labelled samples, deterministic for ``seed``."""
    gen = _Gen(seed)
    rng = gen.rng
    n = round(_N * scale)
    n_clean = round(n * _CLEAN_SHARE)
    kinds = [True] * n_clean + [False] * (n - n_clean)
    rng.shuffle(kinds)
    order = list(range(len(T.TEMPLATES)))
    rng.shuffle(order)
    corder = list(range(len(T.CLEAN)))
    rng.shuffle(corder)
    ti = ci = 0
    seen: set[str] = set()
    out: list[Sample] = []
    for clean in kinds:
        for _attempt in range(200):
            if clean:
                spec, text = T.CLEAN[corder[ci % len(corder)]]
                ci += 1
            else:
                spec, text = T.TEMPLATES[order[ti % len(order)]]
                ti += 1
            wrap = rng.random() < _WRAP_SHARE
            s = gen.sample(spec, text, clean, wrap)
            if clean and s.spans:
                raise AssertionError(f"clean template produced spans: {text[:60]!r}")
            if not clean and not s.spans:
                raise AssertionError(f"template produced no spans: {text[:60]!r}")
            if s.text in seen or s.text.count("\n") + 1 > _MAX_LINES:
                continue
            seen.add(s.text)
            out.append(s)
            break
        else:
            raise RuntimeError("could not draw a new unique sample")
    _check(out)
    return out
