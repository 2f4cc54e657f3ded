"""dev24: a blind, hand-written, labeled evaluation set for the PII sanitizer.

Genre: health, law and money -- private life in documents and chats, all over the world.
Clinic letters, discharge summaries, lab results, pharmacy and caregiver chats, insurance
claims, benefits applications, tax letters, bank statements (CSV, PDF text, fixed width),
payment-app exports, loan and credit disputes, wills, custody and child-support letters,
court papers, police reports, tenancy and eviction letters, immigration forms, social-work
notes, legal-aid intake, "help me write to my lawyer/doctor/bank" requests, e-mail threads
and messenger chats, in about eighty locales and their own languages and scripts.

How it was made: every pool (names, streets, towns, domains, ...) and every template in
`bench/sanitizer_dev24_templates.py` was typed by hand, without looking at the sanitizer,
its tests or its docs, and without any fake-data package or name dataset. Values with a
checksum are generated valid here (Luhn cards, mod-97 IBANs with the right country length,
base58check and bech32 BTC, EIP-55 ETH with a pure-Python keccak-256, valid SSN and ITIN
ranges). Texts are assembled from pieces `(text, category_or_None)` and offsets are counted
while assembling; no label is ever found by searching the finished text. About a fifth of
the texts are wrapped in an LLM API request body (OpenAI chat, Anthropic messages, Gemini,
OpenAI Responses, Ollama) or in an application log line; escaping is applied piece by piece
so each span covers the value exactly as it appears in the escaped text. About 8% of the
texts carry near-misses only (no labels).

Label conventions (must-remove values): PERSON (whole name in one span, titles and
honorifics outside; @mentions include the "@"; logins made of a name are PERSON; doctors,
lawyers, judges and officers named in private documents are private persons; public
figures and eponyms are not labelled), EMAIL, PHONE, IP, MAC, CREDIT_CARD, IBAN, US_SSN,
US_ITIN, CRYPTO, DATE_OF_BIRTH (birth dates only), ADDRESS (first to last given part of a
private street address, country excluded), DRIVER_LICENSE, PASSPORT, SECRET (passwords,
keys, tokens, PINs, OTPs, recovery codes; value only). Case, claim, policy, account and
record numbers, ICD codes, drugs, lab values, amounts, masked cards, courts, hospitals,
companies, agencies and non-birth dates are never labelled.

Template slots: `{kind}` or `{kind:N}` (N = which person / which value of that kind; the
same slot repeated gives the same value). Person slots: name (a formal form), full, short,
given, fam, chat, at (@mention), login, upper, init, email. Other labelled slots: phone,
intl, addr, addrml, dob, iban, card, ssn, itin, ip, ip6, mac, btc, eth, passport, dl, pw,
apikey, token, pin, otp, recov, seed (email is labelled EMAIL, the other person slots
PERSON). Unlabelled slots: date, amount, mrn, case, claim, policy, acct, icd, drug, lab,
masked, ref, town, sort, taxref, hash, ver, time, age, num, year. A template starting with
"R|" forces romanized names, "N|" native script; by default texts in a locale's own language
use its script and English texts the romanized forms. Persons 2+ come from another locale
now and then (diaspora, foreign doctors and lawyers).

Self-check: `python -m bench.sanitizer_dev24` (from the repository root) rebuilds the set,
asserts counts, span bounds, no overlaps, labelled values as inserted, checksums, JSON bodies
that parse, >= 70 locales and determinism, and prints counts per category and the time.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
import time
import unicodedata

from bench import sanitizer_dev24_templates as T
from bench.sanitizer_data import Sample

SEED = 2424
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
_SLOT = re.compile(r"\{([a-z][a-z0-9]*)(?::(\d))?\}")

# ---------------------------------------------------------------- checksummed values


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


def keccak256(data: bytes) -> bytes:
    """Keccak-256 as used by Ethereum (original padding 0x01, not SHA3's 0x06)."""
    rate = 136
    msg = bytearray(data) + b"\x01"
    while len(msg) % rate:
        msg.append(0)
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


def eip55(addr_hex: str) -> str:
    a = addr_hex.lower()
    h = keccak256(a.encode()).hex()
    return "0x" + "".join(ch.upper() if int(h[i], 16) >= 8 else ch for i, ch in enumerate(a))


_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def base58check(payload: bytes) -> str:
    full = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(full, "big")
    s = ""
    while n:
        n, m = divmod(n, 58)
        s = _B58[m] + s
    pad = len(full) - len(full.lstrip(b"\x00"))
    return "1" * pad + s


_BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values: list[int]) -> int:
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = ((chk & 0x1FFFFFF) << 5) ^ v
        for i in range(5):
            chk ^= gen[i] if (b >> i) & 1 else 0
    return chk


def _hrp_expand(hrp: str) -> list[int]:
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


def segwit_address(witver: int, prog: bytes, hrp: str = "bc") -> str:
    const = 1 if witver == 0 else 0x2BC830A3
    data = [witver] + _convertbits(prog, 8, 5)
    pm = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ const
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_BECH[d] for d in data + chk)


def bech32_valid(addr: str) -> bool:
    hrp, _, rest = addr.rpartition("1")
    data = [_BECH.index(c) for c in rest]
    pm = _polymod(_hrp_expand(hrp) + data)
    return pm == (1 if data[0] == 0 else 0x2BC830A3)


def luhn_ok(num: str) -> bool:
    digits = [int(c) for c in num if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return total % 10 == 0


def luhn_complete(rng: random.Random, prefix: str, length: int) -> str:
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    if len(s) != T.IBAN_LEN[s[:2]]:
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def make_iban(rng: random.Random, cc: str) -> str:
    bban = pattern(rng, T.IBAN_BBAN[cc].replace("A", "@"))
    assert len(bban) + 4 == T.IBAN_LEN[cc], cc
    num = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
    return f"{cc}{98 - num % 97:02d}{bban}"


def _pat_char(rng: random.Random, ch: str) -> str:
    if ch == "#":
        return rng.choice("0123456789")
    if ch == "@":
        return rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
    if ch == "?":
        return rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ")
    if ch == "%":
        return rng.choice("0123456789abcdef")
    return ch


def pattern(rng: random.Random, pat: str) -> str:
    return "".join(_pat_char(rng, ch) for ch in pat)


# ---------------------------------------------------------------- people


def _pairs(s: str) -> list[tuple[str, str]]:
    out = []
    for item in s.split():
        item = item.replace("_", " ")
        if "/" in item:
            a, b = item.split("/", 1)
            out.append((a, b))
        else:
            out.append((item, item))
    return out


def ascii_fold(s: str) -> str:
    s = s.replace("đ", "d").replace("Đ", "D").replace("ł", "l").replace("Ł", "L")
    s = s.replace("ø", "o").replace("Ø", "O").replace("ß", "ss").replace("æ", "ae")
    s = s.replace("ð", "d").replace("þ", "th").replace("ı", "i").replace("’", "")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class Locale:
    def __init__(self, spec: dict) -> None:
        self.code = spec["c"]
        self.spec = spec
        self.style = spec.get("s", "w")
        self.langs = []
        for part in spec["L"].split():
            lang, w = part.split(":")
            self.langs.append((lang, float(w)))
        fold = self.style == "vn"
        self.m = self._pool(spec["m"], fold)
        self.f = self._pool(spec["f"], fold)
        self.fam = self._pool(spec.get("fam", ""), fold)
        self.pm = self._pool(spec.get("pm", ""), fold)
        self.pf = self._pool(spec.get("pf", ""), fold)
        self.vm = self._pool(spec.get("vm", ""), fold)
        self.nick = spec.get("nick", "").split()
        self.streets = self._places(spec["st"])
        self.towns = self._places(spec["tw"])
        self.pn = spec["pn"].split("|")
        self.pi = spec["pi"].split("|") if "pi" in spec else [self._intl(p) for p in self.pn]
        self.doms = spec.get("dom", "gmail.com").split()

    @staticmethod
    def _places(s: str) -> list[tuple[str, str]]:
        out = []
        for x in s.split("|"):
            a, _, b = x.partition("/") if "/" in x and not x.startswith("/") else (x, "", x)
            out.append((a.replace("_", " "), (b or a).replace("_", " ")))
        return out

    @staticmethod
    def _pool(s: str, fold: bool) -> list[tuple[str, str]]:
        ps = _pairs(s)
        return [(a, ascii_fold(b)) for a, b in ps] if fold else ps

    def _intl(self, p: str) -> str:
        cc = self.spec["cc"]
        return "+" + cc + " " + (p[1:] if p.startswith("0") else p)

    @property
    def nonlatin(self) -> bool:
        return bool(self.spec.get("nl"))


class Person:
    def __init__(self, rng: random.Random, loc: Locale) -> None:
        self.loc = loc
        self.rng = rng
        st = loc.style
        self.female = rng.random() < 0.5
        gp = loc.f if self.female else loc.m
        self.first = [rng.choice(gp)]
        self.mid: tuple[str, str] | None = None
        self.last: list[tuple[str, str]] = []
        if st == "mono":
            n = rng.choice([2, 2, 3])
            parts = []
            while len(parts) < n:
                c = rng.choice(gp)
                if c not in parts:
                    parts.append(c)
            self.first = parts
            return
        if rng.random() < loc.spec.get("mid2", 0.0):
            g2 = rng.choice(gp + (loc.fam if st == "w2" else []))
            if g2 != self.first[0]:
                self.first.append(g2)
        if st == "pat":
            self.mid = rng.choice(loc.pf if self.female else loc.pm)
        elif st == "ar":
            self.mid = rng.choice(loc.m)
        elif st == "vn":
            self.mid = rng.choice(loc.pf if self.female else loc.pm)
        if st == "is":
            fa = rng.choice(loc.pm)
            suf = "dóttir" if self.female else "son"
            self.last = [(fa[0] + suf, fa[1] + suf)]
            return
        if st == "id":
            if rng.random() < 0.55:
                self.last = [rng.choice(loc.fam)]
            elif len(self.first) == 1:
                g2 = rng.choice(gp)
                if g2 != self.first[0]:
                    self.first.append(g2)
            return
        if st == "es" or (st == "pt" and rng.random() < 0.6):
            a = rng.choice(loc.fam)
            b = rng.choice(loc.fam)
            self.last = [a] if a == b else [a, b]
            return
        fam = rng.choice(loc.fam)
        fem = loc.spec.get("femfam")
        if fem and self.female:
            fam = (_feminine(fam[0], fem), _feminine(fam[1], fem))
        self.last = [fam]

    # pieces ------------------------------------------------------------
    def g(self, nat: bool) -> str:
        return self.first[0][0 if nat else 1]

    def gg(self, nat: bool) -> str:
        return " ".join(x[0 if nat else 1] for x in self.first)

    def f(self, nat: bool) -> str:
        return " ".join(x[0 if nat else 1] for x in self.last)

    def m(self, nat: bool) -> str:
        return self.mid[0 if nat else 1] if self.mid else ""

    def cjk(self, nat: bool) -> bool:
        return nat and self.loc.spec.get("nsp", False)

    # forms -------------------------------------------------------------
    def full(self, nat: bool) -> str:
        st = self.loc.style
        if st == "mono":
            return ("" if self.cjk(nat) else " ").join(x[0 if nat else 1] for x in self.first)
        if st in ("ff", "vn", "hu"):
            if self.cjk(nat):
                return self.f(nat) + self.gg(nat)
            if st == "vn":
                return f"{self.f(nat)} {self.m(nat)} {self.gg(nat)}"
            if nat or st == "ff":
                return f"{self.f(nat)} {self.gg(nat)}"
            return f"{self.gg(nat)} {self.f(nat)}"
        if st == "pat":
            return f"{self.gg(nat)} {self.m(nat)} {self.f(nat)}"
        if st == "ar":
            b = self.loc.spec.get("bin", "")
            if b and self.rng.random() < 0.4:
                bb = b.split("/")
                return f"{self.gg(nat)} {bb[0 if nat else 1]} {self.m(nat)} {self.f(nat)}"
            return f"{self.gg(nat)} {self.m(nat)} {self.f(nat)}"
        if not self.last:
            return self.gg(nat)
        return f"{self.gg(nat)} {self.f(nat)}"

    def short(self, nat: bool) -> str:
        st = self.loc.style
        if st in ("mono", "vn") or not self.last:
            return self.full(nat)
        if st in ("ff", "hu") and (nat or st == "ff"):
            return self.f(nat) + ("" if self.cjk(nat) else " ") + self.g(nat)
        if st == "es" or st == "pt":
            return f"{self.g(nat)} {self.last[0][0 if nat else 1]}"
        return f"{self.g(nat)} {self.f(nat)}"

    def given(self, nat: bool) -> str:
        if self.loc.style == "mono":
            return self.full(nat)
        return self.g(nat)

    def fam(self, nat: bool) -> str:
        st = self.loc.style
        if st in ("mono", "is") or not self.last:
            return self.full(nat)
        if st == "vn":
            return self.g(nat)
        return self.f(nat)

    def upper(self, nat: bool) -> str:
        st = self.loc.style
        if st in ("mono", "is") or not self.last or (nat and self.loc.nonlatin):
            return self.full(nat)
        if st == "vn":
            return self.full(nat).upper()
        fam = self.f(nat).upper()
        return self.rng.choice(
            [f"{fam} {self.gg(nat)}", f"{fam}, {self.gg(nat)}", f"{self.f(nat)}, {self.gg(nat)}"]
        )

    def init(self, nat: bool) -> str:
        st = self.loc.style
        if st in ("mono", "ff", "vn", "is") or not self.last or (nat and self.loc.nonlatin):
            return self.short(nat)
        ini = [x[0 if nat else 1][0] + "." for x in self.first]
        if self.mid and st == "pat":
            ini.append(self.m(nat)[0] + ".")
        r = self.rng.random()
        if r < 0.4:
            return " ".join(ini) + " " + self.f(nat)
        if r < 0.7:
            return self.f(nat) + " " + "".join(ini)
        return ini[0] + " " + self.f(nat)

    def name(self, nat: bool) -> str:
        r = self.rng.random()
        if r < 0.42:
            return self.full(nat)
        if r < 0.72:
            return self.short(nat)
        if r < 0.86:
            return self.upper(nat)
        return self.init(nat)

    def chat(self, nat: bool) -> str:
        r = self.rng.random()
        if self.loc.nick and r < 0.25:
            return self.rng.choice(self.loc.nick)
        g = self.given(nat)
        if (not nat or not self.loc.nonlatin) and r < 0.6:
            return g.lower()
        return g

    def handle(self) -> str:
        g = ascii_fold(self.given(False)).lower().replace(" ", "").replace("-", "")
        f = ascii_fold(self.fam(False)).lower().replace(" ", "").replace("-", "").replace("'", "")
        r = self.rng
        sep = r.choice([".", "_", "", "."])
        form = r.randrange(6)
        if g == f:
            return g + str(r.randrange(1, 999)) if form < 3 else g
        if form == 0:
            h = g + sep + f
        elif form == 1:
            h = g[0] + sep + f
        elif form == 2:
            h = f + sep + g
        elif form == 3:
            h = g + sep + f + str(r.randrange(1, 99))
        elif form == 4:
            h = g + str(r.choice([r.randrange(1, 99), r.randrange(1960, 2006)]))
        else:
            h = f + g[0] + str(r.randrange(1, 9))
        return h.strip("._") or "user"


def _feminine(s: str, kind: str) -> str:
    if kind == "ru":
        for a, b in (
            ("ов", "ова"),
            ("ев", "ева"),
            ("ин", "ина"),
            ("ov", "ova"),
            ("ev", "eva"),
            ("in", "ina"),
        ):  # noqa: E501
            if s.endswith(a):
                return s + b[len(a) :]
        for a, b in (("ий", "ая"), ("iy", "aya")):
            if s.endswith(a):
                return s[: -len(a)] + b
        return s
    if kind == "pl":
        for a, b in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
            if s.endswith(a):
                return s[: -len(a)] + b
        return s
    if kind == "cs":
        if s.endswith("ý"):
            return s[:-1] + "á"
        if s.endswith("a"):
            return s[:-1] + "ová"
        return s + "ová"
    if kind == "lt":
        if s.endswith("as"):
            return s[:-2] + "ienė"
        return s
    return s


# ---------------------------------------------------------------- filling slots

_PERSON_KINDS = {"name", "full", "short", "given", "fam", "chat", "at", "login", "upper", "init"}
LABELLED = {
    "email": "EMAIL",
    "phone": "PHONE",
    "intl": "PHONE",
    "addr": "ADDRESS",
    "addrml": "ADDRESS",
    "dob": "DATE_OF_BIRTH",
    "iban": "IBAN",
    "card": "CREDIT_CARD",
    "ssn": "US_SSN",
    "itin": "US_ITIN",
    "ip": "IP",
    "ip6": "IP",
    "mac": "MAC",
    "btc": "CRYPTO",
    "eth": "CRYPTO",
    "passport": "PASSPORT",
    "dl": "DRIVER_LICENSE",
    "pw": "SECRET",
    "apikey": "SECRET",
    "token": "SECRET",
    "pin": "SECRET",
    "otp": "SECRET",
    "recov": "SECRET",
    "seed": "SECRET",
}
UNLABELLED = {
    "date",
    "amount",
    "mrn",
    "case",
    "claim",
    "policy",
    "acct",
    "icd",
    "drug",
    "lab",
    "masked",
    "ref",
    "town",
    "sort",
    "taxref",
    "hash",
    "ver",
    "time",
    "age",
    "num",
    "year",
}


class Ctx:
    def __init__(self, rng: random.Random, loc: Locale, lang: str, nat: bool) -> None:
        self.rng = rng
        self.loc = loc
        self.lang = lang
        self.nat = nat
        self.memo: dict[tuple[str, str], str] = {}
        self.people: dict[str, Person] = {}

    def person(self, idx: str) -> Person:
        if idx not in self.people:
            loc = self.loc
            if idx not in ("", "1") and self.rng.random() < 0.06:
                loc = self.rng.choice(LOCALES)
            taken = {p.full(False) for p in self.people.values()}
            taken |= {p.given(False) for p in self.people.values()}
            p = Person(self.rng, loc)
            for _ in range(8):
                if p.full(False) not in taken and p.given(False) not in taken:
                    break
                p = Person(self.rng, loc)
            self.people[idx] = p
        return self.people[idx]

    def fill(self, kind: str, idx: str) -> tuple[str, str | None]:
        key = (kind, idx)
        if key not in self.memo:
            self.memo[key] = self._make(kind, idx)
        if kind in _PERSON_KINDS:
            return self.memo[key], "PERSON"
        if kind in LABELLED:
            return self.memo[key], LABELLED[kind]
        if kind in UNLABELLED:
            return self.memo[key], None
        raise KeyError(kind)

    def _make(self, kind: str, idx: str) -> str:
        r = self.rng
        loc = self.loc
        if kind in _PERSON_KINDS or kind == "email":
            p = self.person(idx)
            nat = self.nat and p.loc is loc
            if kind == "at":
                return "@" + p.handle()
            if kind == "login":
                return p.handle()
            if kind == "email":
                dom = r.choice(p.loc.doms + ["gmail.com", "outlook.com", "yahoo.com"])
                return p.handle() + "@" + dom
            return getattr(p, kind)(nat)
        if kind == "phone":
            return pattern(r, r.choice(loc.pn))
        if kind == "intl":
            v = pattern(r, r.choice(loc.pi))
            x = r.random()
            if x < 0.2:
                v = v.replace(" ", "").replace("-", "")
            elif x < 0.28:
                v = "00" + v[1:]
            return v
        if kind in ("addr", "addrml"):
            return self._addr(kind == "addrml")
        if kind == "dob":
            return T.fmt_date(r, self.lang, loc.spec, birth=True)
        if kind == "date":
            return T.fmt_date(r, self.lang, loc.spec, birth=False)
        if kind == "iban":
            cc = loc.spec.get("ib") or r.choice(["DE", "GB", "FR", "NL", "ES", "IE", "LT"])
            v = make_iban(r, cc)
            if r.random() < 0.55:
                v = " ".join(v[i : i + 4] for i in range(0, len(v), 4))
            return v
        if kind == "card":
            return T.make_card(r, luhn_complete)
        if kind == "ssn":
            area = r.choice([x for x in range(1, 900) if x != 666])
            v = f"{area:03d}-{r.randrange(1, 100):02d}-{r.randrange(1, 10000):04d}"
            return v if r.random() < 0.85 else v.replace("-", r.choice(["", " "]))
        if kind == "itin":
            grp = r.choice(list(range(70, 89)) + [90, 91, 92] + list(range(94, 100)))
            return f"9{r.randrange(0, 100):02d}-{grp:02d}-{r.randrange(0, 10000):04d}"
        if kind == "ip":
            return T.make_ipv4(r)
        if kind == "ip6":
            return T.make_ipv6(r)
        if kind == "mac":
            b = [r.randrange(256) for _ in range(6)]
            b[0] &= 0xFC
            f = r.randrange(4)
            if f == 0:
                return ":".join(f"{x:02x}" for x in b)
            if f == 1:
                return "-".join(f"{x:02X}" for x in b)
            if f == 2:
                return ":".join(f"{x:02X}" for x in b)
            h = "".join(f"{x:02x}" for x in b)
            return ".".join(h[i : i + 4] for i in range(0, 12, 4))
        if kind == "btc":
            x = r.random()
            if x < 0.3:
                return base58check(bytes([0]) + r.randbytes(20))
            if x < 0.45:
                return base58check(bytes([5]) + r.randbytes(20))
            if x < 0.85:
                return segwit_address(0, r.randbytes(20))
            return segwit_address(1, r.randbytes(32))
        if kind == "eth":
            return eip55(r.randbytes(20).hex())
        if kind == "passport":
            return pattern(r, r.choice(loc.spec.get("pp", "A#######").split("|")))
        if kind == "dl":
            return pattern(r, r.choice(loc.spec.get("dl", "########").split("|")))
        if kind in ("pw", "apikey", "token", "pin", "otp", "recov", "seed"):
            return T.make_secret(r, kind)
        # unlabelled
        if kind == "amount":
            return T.fmt_amount(r, loc.spec)
        if kind == "town":
            return r.choice(loc.towns)[0 if self.nat else 1]
        if kind == "year":
            return str(r.randrange(2019, 2027))
        if kind == "age":
            return str(r.randrange(2, 94))
        if kind == "num":
            return str(r.randrange(2, 60))
        if kind == "time":
            return f"{r.randrange(7, 23):02d}:{r.randrange(0, 60):02d}"
        return T.make_misc(r, kind, pattern)

    def _addr(self, multiline: bool) -> str:
        r = self.rng
        loc = self.loc
        sp = loc.spec
        nat = self.nat and "an" in sp
        fmt = sp["an"] if nat else sp["a"]
        fmt = r.choice(fmt.split("|"))
        st = r.choice(loc.streets)[0 if nat else 1]
        tw = r.choice(loc.towns)[0 if nat else 1]
        pc = pattern(r, r.choice(sp.get("pc", "#####").split("|")))
        v = fmt.format(
            no=r.choice([r.randrange(1, 60), r.randrange(1, 300), r.randrange(1, 30)]),
            st=st,
            town=tw,
            pc=pc,
            flat=r.randrange(1, 48),
            hn=r.randrange(100, 9999),
            fl=r.randrange(1, 12),
            blk=r.randrange(1, 40),
        )
        if multiline:
            v = v.replace(", ", "\n", 1)
        return v


LOCALES = [Locale(s) for s in T.LOCALES]
LOC_BY_CODE = {loc.code: loc for loc in LOCALES}

# ---------------------------------------------------------------- assembly


def _parse(tpl: str) -> list[tuple[str, str | None, str]]:
    """Template -> [(literal, None, ''), (kind, 'slot', idx)...]."""
    out: list[tuple[str, str | None, str]] = []
    pos = 0
    for m in _SLOT.finditer(tpl):
        if m.start() > pos:
            out.append((tpl[pos : m.start()], None, ""))
        out.append((m.group(1), "slot", m.group(2) or "1"))
        pos = m.end()
    if pos < len(tpl):
        out.append((tpl[pos:], None, ""))
    return out


Piece = tuple[str, str | None]


def _pieces(ctx: Ctx, tpl: str) -> list[Piece]:
    out: list[Piece] = []
    for a, kind, idx in _parse(tpl):
        if kind is None:
            out.append((a, None))
        else:
            out.append(ctx.fill(a, idx))
    return out


def _json_esc(ascii_only: bool):  # noqa: ANN202
    return lambda s: json.dumps(s, ensure_ascii=ascii_only)[1:-1]


def _log_esc(s: str) -> str:
    return s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")


def _wrap(rng: random.Random, pieces: list[Piece]) -> tuple[list[Piece], bool, str]:
    """Wrap a text in an LLM request body or a log line; returns (pieces, is_json, plain)."""
    w = rng.choice(T.WRAPPERS)
    kind, pre, post = w[0], w[1], w[2]
    ascii_only = rng.random() < 0.25
    esc = _json_esc(ascii_only) if kind == "json" else _log_esc
    instr = rng.choice(T.WRAP_INSTR)
    fields = {
        "model": rng.choice(T.MODELS[w[3]]),
        "sys": esc(rng.choice(T.SYSTEM_PROMPTS)),
        "ts": f"2026-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}T"
        f"{rng.randrange(24):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}Z",
        "rid": pattern(rng, "%%%%%%%%-%%%%-4%%%-%%%%-%%%%%%%%%%%%"),
        "n": str(rng.randrange(200, 4000)),
        "instr": esc(instr),
    }
    head = pre.format(**fields)
    tail = post.format(**fields)
    out: list[Piece] = [(head, None)]
    for text, cat in pieces:
        if kind == "log2":
            out.append((_log_esc(json.dumps(text, ensure_ascii=ascii_only)[1:-1]), cat))
        else:
            out.append((esc(text), cat))
    out.append((tail, None))
    return out, kind == "json", instr


def _assemble(pieces: list[Piece]) -> tuple[str, list[tuple[str, int, int]], list[str]]:
    buf: list[str] = []
    spans: list[tuple[str, int, int]] = []
    values: list[str] = []
    pos = 0
    for text, cat in pieces:
        if cat is not None:
            spans.append((cat, pos, pos + len(text)))
            values.append(text)
        buf.append(text)
        pos += len(text)
    return "".join(buf), spans, values


class _Gen:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: dict[str, int] = {}

    def pick(self, cands: list[tuple[str, str]]) -> tuple[str, str]:
        low = min(self.used.get(k, 0) for k, _ in cands)
        best = [c for c in cands if self.used.get(c[0], 0) <= low + 1]
        k, tpl = self.rng.choice(best)
        self.used[k] = self.used.get(k, 0) + 1
        return k, tpl


_LAST: dict[str, object] = {}


def dev24_set(scale: float = 1.0) -> list[Sample]:
    """int(1200 * scale) labeled texts, deterministic for a given scale."""
    rng = random.Random(SEED)
    n = int(N_TEXTS * scale)
    gen = _Gen(rng)
    samples: list[Sample] = []
    meta: list[dict] = []
    pool = [loc for loc in LOCALES for _ in range(loc.spec.get("wt", 1))]
    order = [pool[i % len(pool)] for i in range(n)]
    rng.shuffle(order)
    near_idx = set(rng.sample(range(n), round(n * 0.08)))
    for i in range(n):
        loc = order[i]
        near = i in near_idx
        langs = [lg for lg, _ in loc.langs]
        weights = [w for _, w in loc.langs]
        lang = rng.choices(langs, weights)[0]
        cands = T.near_candidates(lang, loc.code) if near else T.candidates(lang, loc.code)
        key, tpl = gen.pick(cands)
        nat = lang != "en"
        if loc.style == "vn" and rng.random() < 0.25:
            nat = False
        if tpl.startswith("R|"):
            nat, tpl = False, tpl[2:]
        elif tpl.startswith("N|"):
            nat, tpl = True, tpl[2:]
        ctx = Ctx(rng, loc, lang, nat)
        pieces = _pieces(ctx, tpl)
        plain = "".join(t for t, _ in pieces)
        is_json = False
        wrapped = False
        if rng.random() < 0.2:
            pieces, is_json, _ = _wrap(rng, pieces)
            wrapped = True
        text, spans, values = _assemble(pieces)
        samples.append(Sample(text, spans))
        meta.append(
            {
                "values": values,
                "json": is_json,
                "plain": plain,
                "wrapped": wrapped,
                "loc": loc.code,
                "tpl": key,
                "near": near,
            }
        )
    _LAST["meta"] = meta
    _LAST["scale"] = scale
    return samples


# ---------------------------------------------------------------- self-check


def _check(samples: list[Sample], meta: list[dict], n_expected: int) -> dict[str, int]:
    assert len(samples) == n_expected, (len(samples), n_expected)
    counts: dict[str, int] = {}
    for s, m in zip(samples, meta, strict=True):
        assert len(s.spans) == len(m["values"])
        prev_end = -1
        for (cat, a, b), v in zip(sorted(s.spans, key=lambda x: x[1]), m["values"], strict=True):
            assert cat in CATEGORIES, cat
            assert 0 <= a < b <= len(s.text), (a, b)
            val = s.text[a:b]
            assert val == v, (val, v)
            assert val.strip() == val and val.strip(), repr(val)
            assert not val.startswith(("\\n", "\\t")) and not val.endswith("\\"), repr(val)
            assert a >= prev_end, "overlap"
            prev_end = b
            counts[cat] = counts.get(cat, 0) + 1
        if m["near"]:
            assert not s.spans, "near-miss text with labels"
        if m["json"]:
            body = json.loads(s.text)
            assert _contains(body, m["plain"]), "wrapped text lost"
    for s in samples:
        for cat, a, b in s.spans:
            v = s.text[a:b]
            if cat == "CREDIT_CARD":
                assert luhn_ok(v), v
            elif cat == "IBAN":
                assert iban_ok(v), v
            elif cat == "CRYPTO" and v.startswith("bc1"):
                assert bech32_valid(v), v
            elif cat == "CRYPTO" and v.startswith("0x"):
                assert eip55(v[2:].lower()) == v, v
            elif cat == "CRYPTO":
                n = 0
                for ch in v:
                    n = n * 58 + _B58.index(ch)
                raw = n.to_bytes(25, "big")
                assert base58check(raw[:21]) == v, v
            elif cat in ("US_SSN", "US_ITIN"):
                d = v.replace("-", "").replace(" ", "")
                area, grp, ser = int(d[:3]), int(d[3:5]), int(d[5:])
                if cat == "US_SSN":
                    assert area not in (0, 666) and area < 900 and grp and ser, v
                else:
                    assert area >= 900 and (70 <= grp <= 88 or 90 <= grp <= 92 or grp >= 94), v
            elif cat == "EMAIL":
                assert v.isascii() and v.count("@") == 1, v
    locs = {m["loc"] for m in meta}
    assert len(locs) >= 70, len(locs)
    return counts


def _contains(obj: object, text: str) -> bool:
    if isinstance(obj, str):
        return text in obj
    if isinstance(obj, dict):
        return any(_contains(v, text) for v in obj.values())
    if isinstance(obj, list):
        return any(_contains(v, text) for v in obj)
    return False


def main() -> None:
    assert keccak256(b"").hex() == (
        "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"
    )
    assert eip55("5aaeb6053f3e94c9b9a09f33669435e7ef1beaed") == (
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
    )
    assert bech32_valid("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4")
    assert base58check(bytes(21)) == "1111111111111111111114oLvT2"
    t0 = time.perf_counter()
    samples = dev24_set()
    dt = time.perf_counter() - t0
    meta = _LAST["meta"]
    counts = _check(samples, meta, N_TEXTS)  # type: ignore[arg-type]
    again = dev24_set()
    assert [s.text for s in again] == [s.text for s in samples], "not deterministic"
    assert [s.spans for s in again] == [s.spans for s in samples]
    half = dev24_set(0.5)
    assert len(half) == 600
    n_labels = sum(counts.values())
    print(f"texts: {len(samples)}  labels: {n_labels}  per text: {n_labels / len(samples):.2f}")
    for cat in CATEGORIES:
        print(f"  {cat:15s} {counts.get(cat, 0)}")
    print(f"locales used: {len({m['loc'] for m in meta})}")  # type: ignore[union-attr]
    print(f"templates used: {len({m['tpl'] for m in meta})}")  # type: ignore[union-attr]
    print(f"no-label texts: {sum(1 for s in samples if not s.spans)}")
    print(f"json bodies: {sum(1 for m in meta if m['json'])}")  # type: ignore[index]
    print(f"wrapped: {sum(1 for m in meta if m['wrapped'])}")  # type: ignore[index]
    print(f"generation time: {dt:.2f}s")
    assert dt < 5.0
    print("self-check: OK")


if __name__ == "__main__":
    main()
    sys.exit(0)
