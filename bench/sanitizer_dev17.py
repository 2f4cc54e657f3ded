"""dev17: "prose about people" -- a blind, hand-written evaluation set for the PII sanitizer.

What it is
----------
Long-form and narrative text of the kind users paste into an LLM API (to summarise,
translate, rewrite, proofread or extract) or that a model writes back: local news,
newsletters, obituaries and announcements, biographies, reference letters, reviews,
case narratives (social work, discharge summaries, incident and claim reports, HR
findings, judgments, school reports, care notes), family histories and letters,
acknowledgements, minutes, show notes, OCR/PDF extractions, and LLM request or response
envelopes around them.  People are mostly mentioned in running sentences, often with no
cue word, by full name, given name only, surname only, nickname, initial, in possessive
or grammatically inflected form.  About half of the texts are not English (40+
languages, Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Bengali, Tamil, Thai,
Han, Kana, Hangul, Georgian, Armenian and Ethiopic script).

How it was made
---------------
The templates, name lists and value pools in ``sanitizer_dev17_templates`` were written
by hand without reading the sanitizer, its tests, its docs, git history or any other
bench set (only the ``Sample`` dataclass was imported).  No Faker or name library is
used.  Structured values are generated valid (Luhn for cards, mod-97 and national
length for IBANs, Base58Check / Bech32 / EIP-55 for crypto addresses, valid SSN and
ITIN ranges).  Every text is assembled from pieces ``(text, category | None)`` and
offsets are accumulated while assembling; spans are never found by searching the
finished text.  OCR effects (line wrapping, hyphenation, ligatures, soft hyphens, page
furniture) and JSON/curl envelopes are applied character by character, so each
character keeps the label of the piece it came from.  ``dev17_set`` is deterministic
for a given seed.

Label conventions
-----------------
* PERSON: a private person's full name is ONE span (given + middle + surname + particles
  such as van der / de / bin / ibn / al- / Mac / O'); titles (Mr, Dr, Judge, Frau, pani,
  г-н, さん, 씨, คุณ ...) are outside the span.  A lone given name, surname, nickname
  or initial + surname is a span.  Inflected forms are labeled as written, case ending
  included (``Kowalskiej``, ``Virtaselle``, ``Nagy Péternek``, German ``Annas``), but an
  English possessive ``'s`` / ``'`` is outside the span (``Anna's`` -> ``Anna``).  A
  clitic conjunction or preposition glued to an Arabic, Hebrew or Amharic name (و, ل,
  ו, ל, ש, የ, ለ ...) is outside the span, and so are separable particles and articles
  written after a name: Turkish suffixes after the apostrophe (``Ayşe'nin`` ->
  ``Ayşe``), Korean and Japanese particles and honorifics (``민준은``, ``田中さんは``),
  Thai คุณ and the Armenian article -ը/-ն.  A name broken by an OCR line break,
  hyphenation or a soft hyphen is one span covering the break.  In a JSON envelope the
  span covers the escaped form as it appears (``\\u00e9`` escapes included when the
  body was written with ASCII escapes).
* DATE_OF_BIRTH: only a full date (day, month, year) the text presents as a birth date.
  Bare birth years, ages, dates of death, weddings, hearings etc. stay unlabeled.
* ADDRESS: a home or personal street address with at least street and number; the
  span runs from the first to the last address component.  Bare towns, regions and
  public institutions (hospital, court, school, church) are unlabeled.
* Other categories: the whole value, without surrounding punctuation.  A password
  written in the text and an API key in a curl Authorization header are SECRET.

Left unlabeled on purpose
-------------------------
Common words that are also given names (grace, hope, joy, will, faith, summer, ...),
places that are also names (Georgia, Florence, Victoria, Sydney, Jordan, Paris ...),
companies, products, ships, buildings, streets, hurricanes, prizes, laws and diseases
named after people (Ford, Dell, Parkinson's, Crohn's, Nobel Prize, Hooke's law ...),
and a few clearly historical public figures named in passing (e.g. Shakespeare, Marie
Curie, Gandhi).  About 8% of texts contain nothing to remove.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import unicodedata
from dataclasses import dataclass, field

from bench import sanitizer_dev17_templates as _T
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

_BASE_N = 1200
_NONE_SHARE = 0.08
_EN_SHARE = 0.5
_MAX_LINES = 60

# --------------------------------------------------------------------------- checksums

_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


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


def _luhn_complete(prefix: str) -> str:
    for last in "0123456789":
        if _luhn_ok(prefix + last):
            return prefix + last
    raise AssertionError("unreachable")


def _iban_num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def _iban_ok(iban: str) -> bool:
    iban = iban.replace(" ", "")
    cc = iban[:2]
    if cc not in _T.IBAN_FORMATS or len(iban) != 4 + len(_T.IBAN_FORMATS[cc]):
        return False
    if not iban.isalnum() or not iban.isascii():
        return False
    return _iban_num(iban[4:] + iban[:4]) % 97 == 1


def _b58encode(raw: bytes) -> str:
    n = int.from_bytes(raw, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = _B58[r] + out
    pad = len(raw) - len(raw.lstrip(b"\0"))
    return "1" * pad + out


def _b58decode(s: str) -> bytes:
    n = 0
    for ch in s:
        n = n * 58 + _B58.index(ch)
    body = n.to_bytes((n.bit_length() + 7) // 8, "big") if n else b""
    pad = len(s) - len(s.lstrip("1"))
    return b"\0" * pad + body


def _dsha(b: bytes) -> bytes:
    return hashlib.sha256(hashlib.sha256(b).digest()).digest()


def _bech_polymod(values: list[int]) -> int:
    gen = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    chk = 1
    for v in values:
        top = chk >> 25
        chk = ((chk & 0x1FFFFFF) << 5) ^ v
        for i in range(5):
            if (top >> i) & 1:
                chk ^= gen[i]
    return chk


def _bech_hrp(hrp: str) -> list[int]:
    return [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]


def _bech_encode(hrp: str, prog: bytes) -> str:
    acc, bits, data = 0, 0, [0]
    for b in prog:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    pm = _bech_polymod(_bech_hrp(hrp) + data + [0] * 6) ^ 1
    data += [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_BECH[d] for d in data)


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
    (0, 36, 3, 41, 18),
    (1, 44, 10, 45, 2),
    (62, 6, 43, 15, 61),
    (28, 55, 25, 21, 56),
    (27, 20, 39, 8, 14),
)
_M64 = (1 << 64) - 1


def _rol(v: int, n: int) -> int:
    return ((v << n) | (v >> (64 - n))) & _M64 if n else v


def _keccak_f(a: list[list[int]]) -> None:
    for rc in _KRC:
        c = [a[x][0] ^ a[x][1] ^ a[x][2] ^ a[x][3] ^ a[x][4] for x in range(5)]
        d = [c[(x - 1) % 5] ^ _rol(c[(x + 1) % 5], 1) for x in range(5)]
        for x in range(5):
            for y in range(5):
                a[x][y] ^= d[x]
        b = [[0] * 5 for _ in range(5)]
        for x in range(5):
            for y in range(5):
                b[y][(2 * x + 3 * y) % 5] = _rol(a[x][y], _KROT[x][y])
        for x in range(5):
            for y in range(5):
                a[x][y] = b[x][y] ^ ((~b[(x + 1) % 5][y] & _M64) & b[(x + 2) % 5][y])
        a[0][0] ^= rc


def _keccak256(data: bytes) -> bytes:
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
        _keccak_f(st)
    return b"".join(st[i % 5][i // 5].to_bytes(8, "little") for i in range(4))


def _eip55(hex40: str) -> str:
    h = _keccak256(hex40.lower().encode()).hex()
    return "0x" + "".join(
        c.upper() if c.isalpha() and int(h[i], 16) >= 8 else c for i, c in enumerate(hex40.lower())
    )


def _crypto_ok(v: str) -> bool:
    if v.startswith("0x"):
        body = v[2:]
        if len(body) != 40 or any(c not in "0123456789abcdefABCDEF" for c in body):
            return False
        return body == body.lower() or v == _eip55(body)
    if v.lower().startswith("bc1"):
        v = v.lower()
        hrp, _, rest = v.rpartition("1")
        if hrp != "bc" or any(c not in _BECH for c in rest):
            return False
        return _bech_polymod(_bech_hrp(hrp) + [_BECH.index(c) for c in rest]) == 1
    if any(c not in _B58 for c in v):
        return False
    raw = _b58decode(v)
    return len(raw) == 25 and _dsha(raw[:21])[:4] == raw[21:] and raw[0] in (0, 5)


def _ssn_ok(v: str) -> bool:
    d = re.sub(r"[ -]", "", v)
    if len(d) != 9 or not d.isdigit():
        return False
    area, grp, ser = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < area < 900 and area != 666 and grp > 0 and ser > 0


def _itin_ok(v: str) -> bool:
    d = re.sub(r"[ -]", "", v)
    if len(d) != 9 or not d.isdigit() or d[0] != "9":
        return False
    g = int(d[3:5])
    return 50 <= g <= 65 or 70 <= g <= 88 or 90 <= g <= 92 or 94 <= g <= 99


# --------------------------------------------------------------------------- values


def _pattern(rng: random.Random, pat: str) -> str:
    out = []
    for ch in pat:
        if ch == "#":
            out.append(rng.choice("0123456789"))
        elif ch == "%":
            out.append(rng.choice("123456789"))
        elif ch == "A":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
        elif ch == "X":
            out.append(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ"))
        elif ch == "&":
            out.append(rng.choice("CFGHJKLMNPRTVWXYZ0123456789"))
        else:
            out.append(ch)
    return "".join(out)


def _gen_card(rng: random.Random) -> str:
    kind = rng.choice(("visa", "visa", "visa", "mc", "mc", "mc2", "amex", "disc"))
    if kind == "amex":
        num = _luhn_complete(rng.choice(("34", "37")) + _pattern(rng, "#" * 12))
        groups = (num[:4], num[4:10], num[10:])
    else:
        pre = {"visa": "4", "mc": str(rng.randint(51, 55)), "disc": "6011"}.get(kind)
        if pre is None:
            pre = str(rng.randint(2221, 2720))
        num = _luhn_complete(pre + _pattern(rng, "#" * (15 - len(pre))))
        groups = (num[:4], num[4:8], num[8:12], num[12:])
    sep = rng.choice((" ", " ", "-", ""))
    return sep.join(groups)


def _gen_iban(rng: random.Random, cc: str) -> str:
    if cc not in _T.IBAN_FORMATS:
        cc = rng.choice(("DE", "GB", "FR", "NL", "ES"))
    bban = _pattern(rng, _T.IBAN_FORMATS[cc])
    chk = 98 - _iban_num(bban + cc + "00") % 97
    iban = f"{cc}{chk:02d}{bban}"
    if rng.random() < 0.75:
        iban = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    return iban


def _gen_ssn(rng: random.Random) -> str:
    area = rng.randint(1, 899)
    while area == 666:
        area = rng.randint(1, 899)
    d = f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
    sep = rng.choice(("-", "-", "-", " ", ""))
    return sep.join((d[:3], d[3:5], d[5:]))


def _gen_itin(rng: random.Random) -> str:
    g = rng.choice([*range(50, 66), *range(70, 89), 90, 91, 92, *range(94, 100)])
    d = f"9{rng.randint(0, 99):02d}{g:02d}{rng.randint(1, 9999):04d}"
    sep = rng.choice(("-", "-", " ", ""))
    return sep.join((d[:3], d[3:5], d[5:]))


def _gen_crypto(rng: random.Random, kind: str = "") -> str:
    kind = kind or rng.choice(("btc", "btc", "bc1", "p2sh", "eth", "eth"))
    body = bytes(rng.randrange(256) for _ in range(20))
    if kind == "eth":
        return _eip55(body.hex()) if rng.random() < 0.8 else "0x" + body.hex()
    if kind == "bc1":
        return _bech_encode("bc", body)
    raw = (b"\x05" if kind == "p2sh" else b"\x00") + body
    return _b58encode(raw + _dsha(raw)[:4])


def _gen_ip(rng: random.Random, v6: bool = False) -> str:
    if v6:
        groups = [f"{rng.randrange(65536):x}" for _ in range(8)]
        groups[0] = rng.choice(("2001", "2a02", "2a01", "2600", "2401", "2806"))
        if rng.random() < 0.5:
            return ":".join(groups[:4]) + "::" + ":".join(groups[6:])
        return ":".join(groups)
    r = rng.random()
    if r < 0.2:
        return f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}"
    if r < 0.3:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    first = rng.choice([n for n in range(11, 224) if n not in (127, 169, 172, 192, 100)])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def _gen_mac(rng: random.Random) -> str:
    b = [rng.randrange(256) for _ in range(6)]
    b[0] &= 0xFC
    style = rng.choice(("colon", "colon", "COLON", "dash", "cisco"))
    if style == "cisco":
        h = "".join(f"{x:02x}" for x in b)
        return ".".join((h[:4], h[4:8], h[8:]))
    out = ":".join(f"{x:02x}" for x in b) if style == "colon" else ":".join(f"{x:02X}" for x in b)
    return out.replace(":", "-").upper() if style == "dash" else out


_ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def _gen_secret(rng: random.Random, kind: str = "") -> str:
    def rnd(n: int, alphabet: str = _ALNUM) -> str:
        return "".join(rng.choice(alphabet) for _ in range(n))

    kind = kind or rng.choice(("sk", "proj", "ghp", "aws", "slack", "pw", "pw", "ant", "gl"))
    if kind == "pw":
        return rng.choice(_T.PASSWORDS) + rng.choice(("", "!", "#", "?", "2024", "19", "!!"))
    if kind == "sk":
        return "sk-" + rnd(48)
    if kind == "proj":
        return "sk-proj-" + rnd(56, _ALNUM + "-_")
    if kind == "ant":
        return "sk-ant-api03-" + rnd(86, _ALNUM + "-_") + "AA"
    if kind == "ghp":
        return "ghp_" + rnd(36)
    if kind == "gl":
        return "glpat-" + rnd(20, _ALNUM + "-_")
    if kind == "aws":
        return "AKIA" + rnd(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
    return f"xoxb-{rnd(11, '0123456789')}-{rnd(12, '0123456789')}-{rnd(24)}"


_FOLD = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "đ": "d",
        "Đ": "D",
        "þ": "th",
        "Þ": "Th",
        "ð": "d",
        "ı": "i",
        "œ": "oe",
        "'": "",
        "’": "",
    }
)


def _pairs(spec: str) -> dict[str, str]:
    out = {}
    for item in spec.split():
        k, _, v = item.partition("=")
        out[k] = v
    return out


_CYR = _pairs(
    "а=a б=b в=v г=g д=d е=e ё=e ж=zh з=z и=i й=y к=k л=l м=m н=n о=o п=p р=r с=s т=t "
    "у=u ф=f х=kh ц=ts ч=ch ш=sh щ=shch ъ= ы=y ь= э=e ю=yu я=ya і=i ї=yi є=ye ґ=g"
)
_GRK = _pairs(
    "α=a β=v γ=g δ=d ε=e ζ=z η=i θ=th ι=i κ=k λ=l μ=m ν=n ξ=x ο=o π=p ρ=r σ=s ς=s τ=t "
    "υ=y φ=f χ=ch ψ=ps ω=o ά=a έ=e ή=i ί=i ό=o ύ=y ώ=o ϊ=i"
)


def _latin(s: str) -> str:
    out = []
    for ch in s.lower():
        out.append(_CYR.get(ch, _GRK.get(ch, ch)))
    s = "".join(out).translate(_FOLD)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


# --------------------------------------------------------------------------- people


@dataclass
class _Person:
    gender: str
    full: str
    given: str
    surname: str
    nick: str = ""
    native: str = ""
    culture: str = ""
    forms: dict[str, tuple[str, str]] = field(default_factory=dict)
    nickforms: dict[str, str] = field(default_factory=dict)
    patr: dict[str, str] = field(default_factory=dict)
    rule: str = "gs"


def _parse_world() -> list[_Person]:
    people = []
    for line in _T.WORLD_NAMES.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = (line.split("|") + [""] * 7)[:7]
        cult, gen, full, given, sur, nick, native = (p.strip() for p in parts)
        people.append(
            _Person(gen, full or f"{given} {sur}", given, sur, nick, native, cult, rule="gs")
        )
    return people


def _parse_lang_pools() -> dict[str, list[_Person]]:
    pools: dict[str, list[_Person]] = {}
    for lang, block in _T.LANG_NAMES.items():
        order = _T.NAME_ORDER.get(lang, "gs")
        lst = []
        for line in block.strip().splitlines():
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            parts = (line.split("|") + [""] * 5)[:5]
            gen, full, given, sur, nick = (p.strip() for p in parts)
            if not full:
                full = {"gs": f"{given} {sur}", "sg": f"{sur} {given}", "sg0": sur + given}[order]
            lst.append(_Person(gen, full, given, sur, nick, culture=lang, rule=order))
        pools[lang] = lst
    for lang, block in _T.LANG_FORMS.items():
        cases = _T.CASES[lang].split()
        rule = _T.FULL_RULE[lang]
        lst = pools.setdefault(lang, [])
        for line in block.strip().splitlines():
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            parts = [p.strip() for p in line.split("|")]
            gen, gforms, sforms = parts[0], parts[1].split(), parts[2].split()
            nforms = parts[3].split() if len(parts) > 3 and parts[3] else []
            pforms = parts[4].split() if len(parts) > 4 and parts[4] else []
            if len(gforms) != len(cases) or len(sforms) != len(cases):
                raise ValueError(f"dev17: bad case table for {lang}: {line!r}")
            if nforms and len(nforms) != len(cases):
                raise ValueError(f"dev17: bad nick table for {lang}: {line!r}")
            forms = {c: (gforms[i], sforms[i]) for i, c in enumerate(cases)}
            g, s = forms["n"]
            full = f"{s} {g}" if rule == "hu" else f"{g} {s}"
            p = _Person(gen, full, g, s, nforms[0] if nforms else "", culture=lang, rule=rule)
            p.forms = forms
            p.nickforms = {c: nforms[i] for i, c in enumerate(cases)} if nforms else {}
            p.patr = {c: pforms[i] for i, c in enumerate(cases)} if pforms else {}
            lst.append(p)
    return pools


_WORLD = _parse_world()
_POOLS = _parse_lang_pools()
_HARD_CULTURES = ("us", "gb", "ie", "ng", "gh", "jm", "za", "au", "ke", "ph", "sco", "wal")
_GEN_S_LANGS = ("de", "nl", "sv", "no", "da")


def _case_full(p: _Person, case: str, lang: str) -> str:
    if case == "n":
        return p.full
    if case in p.forms:
        g, s = p.forms[case]
        g0, s0 = p.forms["n"]
        return {
            "both": f"{g} {s}",
            "last": f"{g0} {s}",
            "hu": f"{s0} {g}",
            "first": f"{g} {s0}",
        }[p.rule]
    raise KeyError(case)


def _case_part(p: _Person, part: str, case: str) -> str:
    if case == "n":
        return {"f": p.given, "l": p.surname, "n": p.nick or p.given}[part]
    if part == "n":
        if case in p.nickforms:
            return p.nickforms[case]
        part = "f"
    idx = 0 if part == "f" else 1
    return p.forms[case][idx]


def _gen_s(word: str) -> tuple[str, str]:
    """German/Dutch/Scandinavian genitive: returns (labeled part, unlabeled suffix)."""
    if word[-1] in "sxzß":
        return word, "'"
    return word + "s", ""


# --------------------------------------------------------------------------- rendering

_TOKEN = re.compile(r"\{([^{}]+)\}")
_PREF = re.compile(r"^([A-H])(?:\.([flnuUisxqr]))?(?:~(\w+))?$")


class _Ctx:
    def __init__(self, rng: random.Random, lang: str, cc: str):
        self.rng = rng
        self.lang = lang
        self.cc = cc
        self.people: dict[str, _Person] = {}
        self.dob_years = (1935, 2004)


def _fmt_date(rng: random.Random, lang: str, cc: str, y: int, m: int, d: int) -> str:
    key = lang if lang != "en" else ("en-us" if cc in ("us", "ph", "ca") else "en")
    fmts = _T.DATE_FORMATS.get(key) or _T.DATE_FORMATS["iso"]
    fmt = rng.choice(fmts)
    digits = ""
    if fmt.startswith("@"):
        digits, fmt = fmt[1:].split(":", 1)
    months = [m.replace("_", " ") for m in _T.MONTHS.get(key[:2], _T.MONTHS["en"]).split()]
    ordinal = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(d, "th")
    out = (
        fmt.replace("{dd}", f"{d:02d}")
        .replace("{mm}", f"{m:02d}")
        .replace("{do}", f"{d}{ordinal}")
        .replace("{d}", str(d))
        .replace("{m}", str(m))
        .replace("{M}", months[m - 1])
        .replace("{Mc}", months[m - 1].capitalize())
        .replace("{by}", str(y + 543))
        .replace("{jy}", str(y - 621))
        .replace("{y}", str(y))
    )
    if digits:
        out = out.translate(str.maketrans("0123456789", _T.DIGITS[digits]))
    return out


def _rand_date(rng: random.Random, y0: int, y1: int) -> tuple[int, int, int]:
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28 if m == 2 else 30 if m in (4, 6, 9, 11) else 31)
    return y, m, d


def _gen_address(rng: random.Random, cc: str) -> str:
    if cc not in _T.ADDRESSES:
        cc = "us"
    fmts, streets, cities = _T.ADDRESSES[cc]
    fmt = rng.choice(fmts.split("||"))
    pc, city = rng.choice(cities.split(";")).split("|")
    return (
        fmt.replace("{s}", rng.choice(streets.split("|")))
        .replace("{n}", str(rng.choice((rng.randint(1, 40), rng.randint(2, 240)))))
        .replace("{a}", str(rng.randint(1, 60)))
        .replace("{k}", str(rng.randint(1, 9)))
        .replace("{pc}", _pattern(rng, pc.strip()))
        .replace("{c}", city.strip())
    )


def _cc_table(table: dict, cc: str) -> list:
    return table.get(cc) or table.get(_T.COUNTRY_ALIAS.get(cc, "")) or table["us"]


def _gen_phone(rng: random.Random, cc: str) -> str:
    return _pattern(rng, rng.choice(_cc_table(_T.PHONES, cc)))


def _gen_dl(rng: random.Random, cc: str, ctx: _Ctx) -> str:
    if cc == "gb":
        people = [p for p in ctx.people.values() if p.surname.isascii()]
        sur = _latin(people[0].surname if people else "Smith").upper()
        sur = re.sub(r"[^A-Z]", "", sur)
        sur = (sur + "99999")[:5]
        y, m, d = _rand_date(rng, 1950, 2004)
        if rng.random() < 0.5:
            m += 50
        init = _pattern(rng, "AA")
        return f"{sur}{y % 100 // 10}{m:02d}{d:02d}{y % 10}{init}9{_pattern(rng, 'AA')}"
    if cc == "es":
        num = rng.randint(10000000, 99999999)
        return f"{num}{'TRWAGMYFPDXBNJZSQVHLCKE'[num % 23]}"
    return _pattern(rng, rng.choice(_cc_table(_T.DRIVER_LICENSES, cc)))


def _gen_email(rng: random.Random, ctx: _Ctx, who: str) -> str:
    local = ""
    if who and who in ctx.people:
        p = ctx.people[who]
        g = re.sub(r"[^a-z]", "", _latin(p.nick if p.nick and rng.random() < 0.3 else p.given))
        s = re.sub(r"[^a-z]", "", _latin(p.surname))
        if g and s:
            local = rng.choice(
                (
                    f"{g}.{s}",
                    f"{g}.{s}",
                    f"{g}{s}{rng.randint(1, 99)}",
                    f"{g[0]}{s}",
                    f"{g[0]}.{s}",
                    f"{s}.{g}",
                    f"{g}_{s}",
                    f"{g}{rng.randint(60, 99)}",
                    f"{s}{g[0]}",
                )
            )
    if not local:
        local = rng.choice(_T.HANDLES) + rng.choice(("", "", str(rng.randint(1, 99))))
    cc = ctx.cc if ctx.cc in _T.EMAIL_DOMAINS else _T.COUNTRY_ALIAS.get(ctx.cc, "")
    domains = _T.EMAIL_DOMAINS.get(cc, "") + "|" + _T.EMAIL_DOMAINS["*"]
    dom = rng.choice([d for d in domains.split("|") if d])
    return f"{local}@{dom}"


def _pick_person(ctx: _Ctx, spec: str, used: set[str], needs_native: bool) -> _Person:
    rng = ctx.rng
    m = re.match(r"^([fm*])(?:/(\w+))?(?:\^([A-H]))?(?:!([^:]*)(?::(.*))?)?$", spec)
    if not m:
        raise ValueError(f"dev17: bad person spec {spec!r}")
    gender, pool, family, force_given, force_sur = m.groups()
    if (force_given or force_sur) and ctx.lang != "en" and not pool:
        cands = _POOLS[ctx.lang]
    elif force_given or force_sur:
        cands = [p for p in _WORLD if p.culture in _HARD_CULTURES]
    elif pool and ctx.lang != "en" and pool in _POOLS:
        cands = _POOLS[pool]
    elif pool == "w" or (ctx.lang == "en" and not pool):
        cands = _WORLD
    elif pool:
        cands = [p for p in _WORLD if p.culture == pool] or _POOLS.get(pool, [])
    else:
        cands = _POOLS[ctx.lang]
    if gender != "*":
        cands = [p for p in cands if p.gender == gender]
    if needs_native:
        cands = [p for p in cands if p.native]
    cands = [p for p in cands if p.full not in used and p.given not in used]
    if not cands:
        raise ValueError(f"dev17: no candidates for {spec!r} in {ctx.lang}")
    p = rng.choice(cands)
    if p.forms and (force_given or force_sur):
        q = _force_forms(p, force_given, force_sur)
        return _share_surname(q, ctx.people[family]) if family else q
    if force_given or force_sur or family:
        g = force_given or p.given
        s = force_sur or p.surname
        if family:
            base = ctx.people[family]
            if base.forms or p.forms:
                return _share_surname(p, base)
            s = base.surname
        full = f"{s} {g}" if p.rule in ("sg", "hu") else s + g if p.rule == "sg0" else f"{g} {s}"
        p = _Person(p.gender, full, g, s, "" if force_given else p.nick, "", p.culture, rule=p.rule)
    return p


def _force_forms(p: _Person, given: str | None, sur: str | None) -> _Person:
    """Forced name in an inflected pool: all case forms given as a/b/c... in CASES order."""
    cases = list(p.forms)
    gforms = given.split("/") if given else [p.forms[c][0] for c in cases]
    sforms = sur.split("/") if sur else [p.forms[c][1] for c in cases]
    if len(gforms) != len(cases) or len(sforms) != len(cases):
        raise ValueError(f"dev17: forced name needs {len(cases)} case forms: {given!r} {sur!r}")
    forms = {c: (gforms[i], sforms[i]) for i, c in enumerate(cases)}
    g, s = forms["n"]
    full = f"{s} {g}" if p.rule == "hu" else f"{g} {s}"
    nickforms = {} if given else p.nickforms
    return _Person(p.gender, full, g, s, "", "", p.culture, forms, nickforms, p.patr, p.rule)


def _share_surname(p: _Person, base: _Person) -> _Person:
    """Same-gender relative in an inflected pool: given forms of p, surname forms of base."""
    if p.gender != base.gender or not (p.forms and base.forms):
        raise ValueError("dev17: inflected surname sharing needs the same gender")
    forms = {c: (p.forms[c][0], base.forms[c][1]) for c in p.forms}
    g, s = forms["n"]
    full = f"{s} {g}" if p.rule == "hu" else f"{g} {s}"
    q = _Person(p.gender, full, g, s, p.nick, "", p.culture, forms, p.nickforms, p.patr, p.rule)
    return q


def _bind(ctx: _Ctx, spec: str, text: str) -> None:
    used: set[str] = set()
    declared = {}
    for tok in spec.split():
        if "=" in tok and not tok.startswith("#"):
            k, v = tok.split("=", 1)
            declared[k] = v
    letters = sorted(set(re.findall(r"\{([A-H])[.~}]", text)) | set(declared))
    natives = set(re.findall(r"\{([A-H])\.x", text))
    # bind persons without family links first
    order = sorted(letters, key=lambda x: ("^" in declared.get(x, ""), x))
    for k in order:
        p = _pick_person(ctx, declared.get(k, "*"), used, k in natives)
        ctx.people[k] = p
        used.update((p.full, p.given))


def _unesc(s: str) -> str:
    return s.replace("\x01", "{").replace("\x02", "}")


def _render(ctx: _Ctx, text: str) -> list[tuple[str, str | None]]:
    """Render a template part; ``{{`` and ``}}`` are literal braces."""
    text = text.replace("{{", "\x01").replace("}}", "\x02")
    out: list[tuple[str, str | None]] = []
    pos = 0
    for m in _TOKEN.finditer(text):
        if m.start() > pos:
            out.append((_unesc(text[pos : m.start()]), None))
        pos = m.end()
        out.extend(_render_token(ctx, m.group(1)))
    if pos < len(text):
        out.append((_unesc(text[pos:]), None))
    return out


def _tr_suffix(word: str, case: str) -> str:
    """Turkish case suffix after a proper name (written after an apostrophe)."""
    low = word.replace("I", "ı").replace("İ", "i").lower()
    vowels = [c for c in low if c in "aeıioöuü"]
    v = vowels[-1] if vowels else "e"
    a2 = "e" if v in "eiöü" else "a"
    i4 = {"a": "ı", "ı": "ı", "e": "i", "i": "i", "o": "u", "u": "u", "ö": "ü", "ü": "ü"}[v]
    vend = low[-1] in "aeıioöuü"
    d = "t" if low[-1] in "fstkçşhp" else "d"
    suf = {
        "g": ("n" + i4 + "n") if vend else (i4 + "n"),
        "d": ("y" + a2) if vend else a2,
        "a": ("y" + i4) if vend else i4,
        "l": d + a2,
        "b": d + a2 + "n",
        "i": ("yl" + a2) if vend else ("l" + a2),
    }[case]
    return "'" + suf


def _ko_particle(word: str, case: str) -> str:
    """Korean particle chosen by the final syllable (batchim) of the name."""
    code = ord(word[-1]) - 0xAC00
    bat = 0 <= code < 11172 and code % 28 != 0
    pair = {
        "t": ("은", "는"),
        "s": ("이", "가"),
        "o": ("을", "를"),
        "w": ("과", "와"),
        "v": ("아", "야"),
        "c": ("이는", "는"),
    }[case]
    return pair[0] if bat else pair[1]


def _person_value(p: _Person, part: str, case: str, lang: str) -> str:
    if part == "":
        return _case_full(p, case, lang)
    if part in "fln":
        return _case_part(p, part, case)
    if part == "u":
        return _case_full(p, case, lang).upper()
    if part == "U":
        return _case_part(p, "l", case).upper()
    if part == "i":
        return f"{p.given[0]}. {_case_part(p, 'l', case)}"
    if part == "s":
        return f"{p.surname}, {p.given}"
    if part == "x":
        return p.native
    if part in "qr":
        if not p.patr:
            raise ValueError(f"dev17: no patronymic for {p.full!r}")
        val = f"{_case_part(p, 'f', case)} {p.patr[case]}"
        return f"{val} {_case_part(p, 'l', case)}" if part == "r" else val
    raise ValueError(f"dev17: bad person part {part!r}")


def _render_token(ctx: _Ctx, tok: str) -> list[tuple[str, str | None]]:
    rng = ctx.rng
    pm = _PREF.match(tok)
    if pm:
        p = ctx.people[pm.group(1)]
        part, case = pm.group(2) or "", pm.group(3) or "n"
        if case != "n" and not p.forms:
            base = _person_value(p, part, "n", ctx.lang)
            if case == "g" and ctx.lang in _GEN_S_LANGS:
                lab, suf = _gen_s(base)
                return [(lab, "PERSON")] + ([(suf, None)] if suf else [])
            if ctx.lang == "tr":
                return [(base, "PERSON"), (_tr_suffix(base, case), None)]
            if ctx.lang == "ko":
                return [(base, "PERSON"), (_ko_particle(base, case), None)]
            raise ValueError(f"dev17: case {case!r} requested for uninflected {p.full!r}")
        return [(_person_value(p, part, case, ctx.lang), "PERSON")]
    if tok.startswith("="):
        return [(rng.choice(tok[1:].split("|")), None)]
    if tok.startswith("@"):
        cat, alts = tok[1:].split(":", 1)
        if cat not in CATEGORIES:
            raise ValueError(f"dev17: unknown category in {tok!r}")
        return [(rng.choice(alts.split("|")), cat)]
    name, _, arg = tok.partition(":")
    cc = arg if arg and len(arg) == 2 and arg.islower() else ctx.cc
    if name == "EMAIL":
        return [(_gen_email(rng, ctx, arg if arg in ctx.people else ""), "EMAIL")]
    if name == "PHONE":
        return [(_gen_phone(rng, cc), "PHONE")]
    if name == "CARD":
        return [(_gen_card(rng), "CREDIT_CARD")]
    if name == "IBAN":
        icc = (arg or ctx.cc).upper()
        return [(_gen_iban(rng, _T.IBAN_ALIAS.get(icc, icc)), "IBAN")]
    if name == "SSN":
        return [(_gen_ssn(rng), "US_SSN")]
    if name == "ITIN":
        return [(_gen_itin(rng), "US_ITIN")]
    if name == "IP":
        return [(_gen_ip(rng, arg == "6"), "IP")]
    if name == "MAC":
        return [(_gen_mac(rng), "MAC")]
    if name == "CRYPTO":
        return [(_gen_crypto(rng, arg), "CRYPTO")]
    if name == "SECRET":
        return [(_gen_secret(rng, arg), "SECRET")]
    if name == "DOB":
        y0, y1 = ctx.dob_years
        if arg and "-" in arg:
            y0, y1 = (int(x) for x in arg.split("-"))
        y, m, d = _rand_date(rng, y0, y1)
        return [(_fmt_date(rng, ctx.lang, ctx.cc, y, m, d), "DATE_OF_BIRTH")]
    if name == "ADDR":
        return [(_gen_address(rng, cc), "ADDRESS")]
    if name == "DL":
        return [(_gen_dl(rng, cc, ctx), "DRIVER_LICENSE")]
    if name == "PASS":
        return [(_pattern(rng, rng.choice(_cc_table(_T.PASSPORTS, cc))), "PASSPORT")]
    if name == "date":
        y0, y1 = (2012, 2025)
        if arg and "-" in arg:
            y0, y1 = (int(x) for x in arg.split("-"))
        return [(_fmt_date(rng, ctx.lang, ctx.cc, *_rand_date(rng, y0, y1)), None)]
    if name == "year":
        y0, y1 = (int(x) for x in (arg or "1950-2020").split("-"))
        return [(str(rng.randint(y0, y1)), None)]
    if name == "n":
        a, b = (int(x) for x in (arg or "2-9").split("-"))
        return [(str(rng.randint(a, b)), None)]
    if name == "city":
        cities = _T.ADDRESSES.get(cc, _T.ADDRESSES["us"])[2].split(";")
        city = rng.choice(cities).split("|")[1]
        parts = [x.strip() for x in city.split(",")]
        return [(parts[-1] if len(parts[-1]) > 3 else parts[0], None)]
    if name == "time":
        return [(f"{rng.randint(7, 21)}:{rng.choice(('00', '15', '30', '45', '10', '50'))}", None)]
    raise ValueError(f"dev17: unknown placeholder {{{tok}}}")


# --------------------------------------------------------------------------- char level

_Chars = list[tuple[str, int]]


def _to_chars(pieces: list[tuple[str, str | None]], cats: list[str]) -> _Chars:
    out: _Chars = []
    for txt, cat in pieces:
        if not txt:
            continue
        tag = -1
        if cat:
            cats.append(cat)
            tag = len(cats) - 1
        out.extend((ch, tag) for ch in txt)
    return out


def _plain(s: str) -> _Chars:
    return [(ch, -1) for ch in s]


_NOBREAK = {"CREDIT_CARD", "IBAN", "PHONE", "US_SSN", "US_ITIN", "DATE_OF_BIRTH", "SECRET"}


def _ocr(chars: _Chars, cats: list[str], rng: random.Random) -> _Chars:
    width = rng.randint(52, 78)
    out: _Chars = []
    line: _Chars = []
    words: list[_Chars] = []

    def can_break(tag: int) -> bool:
        return tag < 0 or cats[tag] not in _NOBREAK

    def flush_word(word: _Chars) -> None:
        nonlocal line
        if not word:
            return
        if line and len(line) + len(word) > width:
            sep = line[-1]
            alpha = [c for c in word if c[0].isalpha()]
            if len(alpha) == len(word) and len(word) >= 8 and rng.random() < 0.35:
                cut = rng.randint(3, len(word) - 3)
                tag = word[cut][1]
                if word[cut - 1][1] == tag and can_break(tag):
                    line.extend(word[:cut])
                    line.extend([("-", tag), ("\n", tag)])
                    out.extend(line)
                    line = list(word[cut:])
                    return
            if sep[0] == " " and can_break(sep[1]):
                line[-1] = ("\n", sep[1])
                out.extend(line)
                line = list(word)
                return
        line.extend(word)

    word: _Chars = []
    for ch in chars:
        if ch[0] == "\n":
            flush_word(word)
            word = []
            out.extend(line)
            out.append(ch)
            line = []
        elif ch[0] == " ":
            flush_word(word)
            word = []
            line.append(ch)
        else:
            word.append(ch)
    flush_word(word)
    out.extend(line)
    del words
    # soft hyphens inside a few long words (names included)
    if rng.random() < 0.3:
        out = _soft_hyphens(out, rng)
    # ligatures
    res: _Chars = []
    i = 0
    lig = {"fi": "ﬁ", "fl": "ﬂ", "ff": "ﬀ"}
    use_lig = rng.random() < 0.5
    while i < len(out):
        pair = out[i][0] + (out[i + 1][0] if i + 1 < len(out) else "")
        if use_lig and pair in lig and out[i][1] == out[i + 1][1] and rng.random() < 0.7:
            res.append((lig[pair], out[i][1]))
            i += 2
            continue
        res.append(out[i])
        i += 1
    return res


def _soft_hyphens(chars: _Chars, rng: random.Random) -> _Chars:
    runs = []
    start = 0
    for i in range(1, len(chars) + 1):
        if i == len(chars) or not (chars[i][0].isalpha() and chars[i][1] == chars[start][1]):
            if i - start >= 8 and all(c[0].isalpha() for c in chars[start:i]):
                runs.append((start, i))
            start = i
    picks = sorted(rng.sample(runs, min(2, len(runs))), reverse=True)
    for a, b in picks:
        cut = (a + b) // 2
        chars = chars[:cut] + [("\u00ad", chars[cut][1])] + chars[cut:]
    return chars


def _page_furniture(chars: _Chars, rng: random.Random, lang: str) -> _Chars:
    nl = [i for i, c in enumerate(chars) if c[0] == "\n" and c[1] < 0]
    if len(nl) < 6:
        return chars
    at = nl[len(nl) // 2]
    pg = rng.randint(2, 14)
    marks = _T.PAGE_MARKS.get(lang, _T.PAGE_MARKS["en"])
    mark = rng.choice(marks).replace("{p}", str(pg)).replace("{q}", str(pg + rng.randint(0, 6)))
    return chars[: at + 1] + _plain(mark + "\n") + chars[at + 1 :]


# --------------------------------------------------------------------------- envelopes

_ESC_CACHE: dict[tuple[str, bool], str] = {}


def _esc(chars: _Chars, ascii_: bool, shell: bool = False) -> _Chars:
    out: _Chars = []
    for ch, tag in chars:
        key = (ch, ascii_)
        e = _ESC_CACHE.get(key)
        if e is None:
            e = json.dumps(ch, ensure_ascii=ascii_)[1:-1]
            _ESC_CACHE[key] = e
        if shell and "'" in e:
            e = e.replace("'", "'\\''")
        out.extend((c, tag) for c in e)
    return out


def _instruction(rng: random.Random, lang: str) -> str:
    if lang != "en" and rng.random() < 0.45 and lang in _T.INSTRUCTIONS:
        return rng.choice(_T.INSTRUCTIONS[lang])
    if lang != "en" and rng.random() < 0.5:
        return rng.choice(_T.INSTRUCTIONS["to_en"])
    return rng.choice(_T.INSTRUCTIONS["en"])


def _envelope(
    parts: list[_Chars], cats: list[str], rng: random.Random, lang: str, kind: str
) -> _Chars:
    user = parts[0]
    answer = parts[1] if len(parts) > 1 else None
    r = rng.random()
    if kind == "raw" or r < 0.52:
        if answer is None:
            return user
        style = rng.random()
        if style < 0.35:
            return answer
        if style < 0.7:
            return user + _plain("\n\n---\n\n") + answer
        lab = rng.choice((("User: ", "Assistant: "), ("Q: ", "A: "), (">>> ", "")))
        return _plain(lab[0]) + user + _plain("\n\n" + lab[1]) + answer
    if r < 0.7:
        instr = _instruction(rng, lang)
        body = _plain(instr + rng.choice(("\n\n", "\n", " ", '\n\n"""\n'))) + user
        if answer is not None:
            body = body + _plain("\n\n") + answer
        return body
    ascii_ = rng.random() < 0.2
    system = rng.choice(_T.SYSTEM_PROMPTS)
    model = rng.choice(_T.MODELS)
    instr = _instruction(rng, lang) + "\n\n" if rng.random() < 0.6 else ""
    ucontent = _esc(_plain(instr) + user, ascii_)
    sysj = json.dumps(system, ensure_ascii=ascii_)
    if r < 0.85 or answer is not None and r < 0.9:
        msgs = _plain(f'[{{"role": "system", "content": {sysj}}}, {{"role": "user", "content": "')
        msgs += ucontent + _plain('"}')
        if answer is not None:
            msgs += _plain(', {"role": "assistant", "content": "') + _esc(answer, ascii_)
            msgs += _plain('"}')
        msgs += _plain("]")
        temp = rng.choice(("0", "0.2", "0.3", "0.7", "1"))
        body = _plain(f'{{"model": "{model}", "messages": ') + msgs
        body += _plain(f', "temperature": {temp}}}')
        if rng.random() < 0.25:
            rid = f"req-{rng.randint(1, 99999):05d}"
            body = (
                _plain(
                    f'{{"custom_id": "{rid}", "method": "POST", '
                    '"url": "/v1/chat/completions", "body": '
                )
                + body
                + _plain("}")
            )
        elif rng.random() < 0.3 and kind != "nocurl":
            key = _gen_secret(rng, rng.choice(("sk", "proj")))
            cats.append("SECRET")
            tag = len(cats) - 1
            head = _plain(
                "curl https://api.openai.com/v1/chat/completions \\\n"
                '  -H "Content-Type: application/json" \\\n'
                '  -H "Authorization: Bearer '
            )
            head += [(c, tag) for c in key]
            head += _plain("\" \\\n  -d '")
            shell_body: _Chars = []
            for ch, tg in body:
                if ch == "'":
                    shell_body.extend((c, tg) for c in "'\\''")
                else:
                    shell_body.append((ch, tg))
            return head + shell_body + _plain("'")
        return body
    if r < 0.93:
        body = _plain(f'{{"model": "claude-{rng.choice(_T.CLAUDE)}", "max_tokens": ')
        body += _plain(f'{rng.choice((512, 1024, 2048, 4096))}, "system": {sysj}, ')
        body += _plain('"messages": [{"role": "user", "content": "') + ucontent + _plain('"}')
        if answer is not None:
            body += _plain(', {"role": "assistant", "content": "') + _esc(answer, ascii_)
            body += _plain('"}')
        return body + _plain("]}")
    # a logged response: assistant text only (or the user text if there is no answer)
    content = _esc(answer if answer is not None else user, ascii_)
    cid = "chatcmpl-" + "".join(rng.choice(_ALNUM) for _ in range(24))
    body = _plain(
        f'{{"id": "{cid}", "object": "chat.completion", "model": "{model}", '
        '"choices": [{"index": 0, "message": {"role": "assistant", "content": "'
    )
    body += content + _plain('"}, "finish_reason": "stop"}], "usage": {"prompt_tokens": ')
    body += _plain(f'{rng.randint(200, 3000)}, "completion_tokens": {rng.randint(50, 900)}}}}}')
    return body


def _finish(chars: _Chars, cats: list[str]) -> Sample:
    text = "".join(c for c, _ in chars)
    spans: list[tuple[str, int, int]] = []
    pos = 0
    cur_tag, start = -1, 0
    for ch, tag in chars:
        if tag != cur_tag:
            if cur_tag >= 0:
                spans.append((cats[cur_tag], start, pos))
            cur_tag, start = tag, pos
        pos += len(ch)
    if cur_tag >= 0:
        spans.append((cats[cur_tag], start, pos))
    return Sample(text=text, spans=spans)


# --------------------------------------------------------------------------- assembly


def _make(tpl: tuple[str, str, str], rng: random.Random) -> Sample:
    lang, spec, text = tpl
    flags = [t for t in spec.split() if t.startswith("#")]
    cc = ""
    for fl in flags:
        if fl.startswith("#cc="):
            cc = rng.choice(fl[4:].split(","))
    if not cc:
        cc = rng.choice(_T.LANG_COUNTRIES.get(lang, "us").split(","))
    ctx = _Ctx(rng, lang, cc)
    text = text.strip("\n")
    _bind(ctx, spec, text)
    cats: list[str] = []
    parts = [_to_chars(_render(ctx, part), cats) for part in text.split("\n===\n")]
    ocr = "#ocr" in flags or (
        lang not in ("zh", "ja", "th", "ko") and len(parts) == 1 and rng.random() < 0.04
    )
    if ocr:
        parts[0] = _ocr(parts[0], cats, rng)
        if rng.random() < 0.6:
            parts[0] = _page_furniture(parts[0], rng, lang)
    kind = "raw" if "#raw" in flags else "nocurl" if "#none" in flags else ""
    chars = _envelope(parts, cats, rng, lang, kind)
    return _finish(chars, cats)


def _templates() -> tuple[list, list, list]:
    none, en, other = [], [], []
    for tpl in _T.TEMPLATES:
        lang, spec, _ = tpl
        if "#none" in spec.split():
            none.append(tpl)
        elif lang == "en":
            en.append(tpl)
        else:
            other.append(tpl)
    return none, en, other


def dev17_set(scale: float = 1.0, seed: int = 17) -> list[Sample]:
    """Return round(1200 * scale) labeled prose texts, deterministic for ``seed``."""
    rng = random.Random(seed)
    n = round(_BASE_N * scale)
    none, en, other = _templates()
    n_none = round(n * _NONE_SHARE)
    n_en = round((n - n_none) * _EN_SHARE)
    plan = [(none, n_none), (en, n_en), (other, n - n_none - n_en)]
    samples: list[Sample] = []
    seen: set[str] = set()
    for group, count in plan:
        order: list = []
        made = 0
        while made < count:
            if not order:
                order = list(group)
                rng.shuffle(order)
            tpl = order.pop()
            for _attempt in range(6):
                s = _make(tpl, rng)
                if s.text not in seen:
                    seen.add(s.text)
                    samples.append(s)
                    made += 1
                    break
    rng.shuffle(samples)
    _check(samples)
    return samples


# --------------------------------------------------------------------------- checks

_LEFTOVER = re.compile(
    r"\{(?:[A-H](?:\.[a-zA-Z])?(?:~\w+)?|[A-Z]{2,}(?::[^{}\"]*)?|[a-z]+:[^{}\"]*|"
    r"(?:city|date|year|time|n)|[=@][^{}]*)\}"
)


def _check(samples: list[Sample]) -> None:
    seen: set[str] = set()
    for i, s in enumerate(samples):
        where = f"dev17 sample {i} ({s.text[:60]!r})"
        if not s.text.strip():
            raise ValueError(f"{where}: empty text")
        if s.text in seen:
            raise ValueError(f"{where}: duplicate text")
        seen.add(s.text)
        if s.text.count("\n") + 1 >= _MAX_LINES:
            raise ValueError(f"{where}: {s.text.count(chr(10)) + 1} lines")
        m = _LEFTOVER.search(s.text)
        if m:
            raise ValueError(f"{where}: unfilled placeholder {m.group(0)!r}")
        prev_end = 0
        for cat, a, b in s.spans:
            if cat not in CATEGORIES:
                raise ValueError(f"{where}: unknown category {cat!r}")
            if not (0 <= a < b <= len(s.text)):
                raise ValueError(f"{where}: bad offsets {(cat, a, b)}")
            if a < prev_end:
                raise ValueError(f"{where}: unsorted or overlapping span {(cat, a, b)}")
            prev_end = b
            v = s.text[a:b]
            if v != v.strip():
                raise ValueError(f"{where}: whitespace at edge of span {v!r}")
            ok = True
            if cat == "CREDIT_CARD":
                d = re.sub(r"[ -]", "", v)
                ok = d.isdigit() and 13 <= len(d) <= 19 and _luhn_ok(d)
            elif cat == "IBAN":
                ok = _iban_ok(v)
            elif cat == "CRYPTO":
                ok = _crypto_ok(v)
            elif cat == "US_SSN":
                ok = _ssn_ok(v)
            elif cat == "US_ITIN":
                ok = _itin_ok(v)
            elif cat == "ADDRESS":
                ok = any(c.isdigit() for c in unicodedata.normalize("NFKD", v)) or any(
                    unicodedata.category(c) == "Nd" for c in v
                )
            if not ok:
                raise ValueError(f"{where}: invalid {cat} value {v!r}")
