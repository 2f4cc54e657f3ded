"""dev16: a blind, hand-written labeled set of developer and data-people pastes.

What the set is
---------------
About 1200 texts (``dev16_set(scale=1.0)``) of the kind an LLM API receives from
engineers, analysts, SREs, support engineers and data scientists who paste their work
artifacts and ask for help: code with personal data in it (test fixtures, seed scripts,
migrations, ORM models, hardcoded credentials, debug prints, notebook cells and their
outputs, regexes with examples), query results and exports (psql / MySQL / BigQuery /
Snowflake / DuckDB tables, CSV, TSV, JSONL, pandas ``head()``, spreadsheet pastes,
Elasticsearch hits), logs and traces (JSON and plain application logs, stack traces with
request payloads, web-server access logs, auth logs, audit trails, Kubernetes events,
CI output, cron mail, error-tracker and APM payloads), configs and infrastructure
(.env, YAML, TOML, INI, docker-compose, Terraform, Kubernetes secrets, SSH config,
connection strings, crontabs), version control and tickets (git log / blame, commit
messages, PR descriptions, review comments, issue trackers, on-call handoffs,
postmortems, engineer chat threads), the LLM requests that wrap them, and assistant
answers that repeat values back.

Each text is a ``Sample(text, spans)``; a span ``(category, start, end)`` marks a value
that MUST be removed, in one of the 15 ``CATEGORIES``.  Everything else must stay: the
texts are full of unlabeled technical look-alikes (UUIDs, git SHAs and other hashes,
build numbers, versions, timestamps and non-birth dates, durations, ports, PIDs, status
codes, request and trace ids, order and ticket numbers, service hostnames, library and
class names that look like given names, service and bot accounts, obvious placeholders,
example.com addresses, localhost), and given names that are also ordinary or technical
words appear both as people (labeled) and as words (unlabeled).  60% of the texts are
English; the rest are spread over 34 other languages and a dozen scripts (Latin, Cyrillic,
Greek, Arabic, Hebrew, Devanagari, Bengali, Tamil, Han, Kana, Hangul, Thai).  30% are
wrapped in an LLM API request envelope (chat-completions / messages JSON bodies, curl with
a JSON body, Python SDK calls, LangChain / LlamaIndex trace JSON).  A few percent of the
texts contain nothing to remove at all.

Label conventions: a full name is one PERSON span; a lone given name or surname that
refers to a person is PERSON; a login or handle built from a person's real name is
PERSON (also inside a home-directory path).  Password hashes in user tables count as
SECRET; for a connection string only the password is SECRET.  DATE_OF_BIRTH is only
used where the key, column or sentence says the date is a birth date (a month/day
birthday without year included).  ADDRESS is a home or personal street address (street
and number at least); bare cities and plainly public company offices stay unlabeled.
Every IP address other than 0.0.0.0, 127.0.0.1 and ::1 is labeled (private ranges
included; documentation ranges are not used).  One-time codes and PINs are SECRET; a
Slack webhook is labeled on its secret path only; a first name inside a device hostname
("<name>s-iphone") is PERSON on the name part only.  Left unlabeled on purpose: bot and
service accounts and their no-reply addresses, role mailboxes of the (fictional)
companies (billing@, no-reply@), root@host cron senders, example.com addresses and the
documented placeholders "John Doe" / "Jane Smith" / "+1 555 0100" when the text marks
them as documentation examples, obvious placeholders (changeme, ${VAR}, <your-api-key>,
xxx), masked values and last-4 digits, the broadcast MAC ff:ff:ff:ff:ff:ff, an invalid
SSN (000 area) and a checksum-invalid Bitcoin-like string offered as negative test
vectors, business identifiers (BIC, VAT, EIN, Twilio account SIDs), CSRF and analytics
cookies, and the local default "postgres" password in a .pgpass localhost line.

How it was made
---------------
Written blind: the authors of this set did not open the sanitizer, its tests, its
documentation or any other evaluation set, and did not run the sanitizer while writing
it.  All templates (more than 650), name lists (given names and surnames of 48
cultures, in native script and romanized, with gendered surname forms where the language
has them, plus given names that are also English words) and value pools (streets,
cities and postcodes of 52 countries in local formats, phone formats, driving-licence and
passport number formats, email domains, passwords, asks) were written by hand in
``sanitizer_dev16_templates.py``; no Faker or other name library was used.  A scenario
written in several languages was kept to about eight languages at most.
Templates are consumed round-robin, English and non-English templates drawn separately
to a 60/40 quota, so no template yields more than a few texts.  Structured values are
generated valid: Luhn-valid card numbers (well-known documented test numbers excluded),
mod-97-valid IBANs with country-correct lengths, SSNs with valid area / group / serial,
ITINs with valid group ranges, Base58Check (P2PKH / P2SH) and Bech32 / Bech32m Bitcoin
addresses, and EIP-55 checksummed Ethereum addresses (Keccak-256 implemented here in
pure Python).

Spans are never found by searching the finished text.  The generator fills each
template's placeholders left to right into a list of pieces ``(text, category|None)``;
table blocks are padded cell by cell (padding is added as separate unlabeled pieces);
envelopes escape every piece on its own for the envelope's syntax (JSON string escaping,
Python triple-quoted string escaping); offsets are then accumulated piece by piece.
``_check`` validates every sample before the set is returned: known category, bounds,
sorted non-overlapping spans, no outer whitespace in a span, full names as one span,
checksums of cards, IBANs, crypto addresses, SSNs and ITINs, no unfilled placeholder, no
empty or duplicate text, fewer than 40 lines.
"""

from __future__ import annotations

import base64
import datetime as _dt
import hashlib
import json
import random
import re
import string
import unicodedata

from bench import sanitizer_dev16_templates as T
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

# ---------------------------------------------------------------------------
# checksums
# ---------------------------------------------------------------------------

_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_BECH32M_CONST = 0x2BC830A3

_TEST_CARDS = {
    "4111111111111111",
    "4242424242424242",
    "4012888888881881",
    "4000056655665556",
    "5555555555554444",
    "5105105105105100",
    "5200828282828210",
    "378282246310005",
    "371449635398431",
    "6011111111111117",
    "6011000990139424",
    "3530111333300000",
    "3566002020360505",
}


def _luhn_ok(digits: str) -> bool:
    if not digits.isdigit() or len(digits) < 12:
        return False
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
    raise AssertionError(body)


def _iban_mod97(s: str) -> int:
    s = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in s)
    return int(num) % 97


def _iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    spec = _IBAN_SPECS.get(s[:2])
    if spec is not None and len(s) != 4 + sum(n for n, _ in spec):
        return False
    return _iban_mod97(s) == 1


# (length, kind) pieces of each country's BBAN: n digits, a upper letters, c alnum
_IBAN_SPECS = {
    "DE": [(18, "n")],
    "AT": [(16, "n")],
    "CH": [(5, "n"), (12, "n")],
    "FR": [(10, "n"), (11, "n"), (2, "n")],
    "ES": [(20, "n")],
    "IT": [(1, "a"), (10, "n"), (12, "n")],
    "NL": [(4, "b"), (10, "n")],
    "BE": [(12, "n")],
    "GB": [(4, "b"), (14, "n")],
    "IE": [(4, "b"), (14, "n")],
    "PL": [(24, "n")],
    "PT": [(21, "n")],
    "SE": [(20, "n")],
    "NO": [(11, "n")],
    "DK": [(14, "n")],
    "FI": [(14, "n")],
    "CZ": [(20, "n")],
    "HU": [(24, "n")],
    "RO": [(4, "b"), (16, "c")],
    "GR": [(7, "n"), (16, "n")],
    "TR": [(5, "n"), (1, "0"), (16, "n")],
    "SA": [(2, "n"), (18, "n")],
    "AE": [(3, "n"), (16, "n")],
    "IL": [(19, "n")],
    "BR": [(23, "n"), (1, "a"), (1, "c")],
    "UA": [(6, "n"), (19, "n")],
    "LU": [(3, "n"), (13, "n")],
    "HR": [(17, "n")],
    "EG": [(25, "n")],
}
_IBAN_BANKS = {
    "NL": ["INGB", "RABO", "ABNA", "SNSB", "TRIO", "BUNQ", "KNAB"],
    "GB": ["NWBK", "BARC", "HBUK", "LOYD", "MIDL", "MONZ", "SRLG"],
    "IE": ["AIBK", "BOFI", "IPBS", "ULSB"],
    "RO": ["BTRL", "RNCB", "BRDE", "INGB", "RZBR"],
}


def _sha256d(b: bytes) -> bytes:
    return hashlib.sha256(hashlib.sha256(b).digest()).digest()


def _b58encode(b: bytes) -> str:
    n = int.from_bytes(b, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = _B58[r] + out
    pad = len(b) - len(b.lstrip(b"\x00"))
    return "1" * pad + out


def _b58decode(s: str) -> bytes:
    n = 0
    for ch in s:
        n = n * 58 + _B58.index(ch)
    body = n.to_bytes((n.bit_length() + 7) // 8, "big") if n else b""
    pad = len(s) - len(s.lstrip("1"))
    return b"\x00" * pad + body


def _bech32_polymod(values: list[int]) -> int:
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((top >> i) & 1) else 0
    return chk


def _bech32_hrp_expand(hrp: str) -> list[int]:
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


def _bech32_encode(hrp: str, witver: int, prog: bytes) -> str:
    data = [witver] + _convertbits(prog, 8, 5)
    const = 1 if witver == 0 else _BECH32M_CONST
    poly = _bech32_polymod(_bech32_hrp_expand(hrp) + data + [0] * 6) ^ const
    chk = [(poly >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_BECH32[d] for d in data + chk)


def _btc_ok(s: str) -> bool:
    if s.lower().startswith("bc1"):
        s = s.lower()
        data = [_BECH32.find(c) for c in s[3:]]
        if -1 in data or len(data) < 8:
            return False
        const = _bech32_polymod(_bech32_hrp_expand("bc") + data)
        return (data[0] == 0 and const == 1) or (data[0] > 0 and const == _BECH32M_CONST)
    if s[:1] not in ("1", "3") or any(c not in _B58 for c in s):
        return False
    raw = _b58decode(s)
    return len(raw) == 25 and _sha256d(raw[:21])[:4] == raw[21:]


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


def _rol(x: int, n: int) -> int:
    return ((x << n) | (x >> (64 - n))) & _M64 if n else x


def _keccak_f(a: list[list[int]]) -> list[list[int]]:
    for rc in _KECCAK_RC:
        c = [a[x][0] ^ a[x][1] ^ a[x][2] ^ a[x][3] ^ a[x][4] for x in range(5)]
        d = [c[(x - 1) % 5] ^ _rol(c[(x + 1) % 5], 1) for x in range(5)]
        a = [[a[x][y] ^ d[x] for y in range(5)] for x in range(5)]
        b = [[0] * 5 for _ in range(5)]
        for x in range(5):
            for y in range(5):
                b[y][(2 * x + 3 * y) % 5] = _rol(a[x][y], _KECCAK_ROT[x][y])
        a = [
            [b[x][y] ^ ((~b[(x + 1) % 5][y]) & b[(x + 2) % 5][y]) for y in range(5)]
            for x in range(5)
        ]
        a[0][0] ^= rc
    return a


def keccak256(data: bytes) -> bytes:
    """Original Keccak-256 (padding 0x01), as used by Ethereum; not NIST SHA3-256."""
    rate = 136
    p = bytearray(data) + b"\x01"
    while len(p) % rate:
        p += b"\x00"
    p[-1] |= 0x80
    a = [[0] * 5 for _ in range(5)]
    for off in range(0, len(p), rate):
        blk = p[off : off + rate]
        for i in range(rate // 8):
            a[i % 5][i // 5] ^= int.from_bytes(blk[8 * i : 8 * i + 8], "little")
        a = _keccak_f(a)
    return b"".join(a[i % 5][i // 5].to_bytes(8, "little") for i in range(4))


def _eip55(hex40: str) -> str:
    h = hex40.lower()
    k = keccak256(h.encode("ascii")).hex()
    return "0x" + "".join(
        c.upper() if c.isalpha() and int(k[i], 16) >= 8 else c for i, c in enumerate(h)
    )


def _eth_ok(s: str) -> bool:
    return bool(re.fullmatch(r"0x[0-9a-fA-F]{40}", s)) and _eip55(s[2:]) == s


def _ssn_ok(s: str) -> bool:
    d = re.sub(r"[ -]", "", s)
    if not re.fullmatch(r"\d{9}", d):
        return False
    area, group, serial = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < area < 900 and area != 666 and group > 0 and serial > 0


def _itin_ok(s: str) -> bool:
    d = re.sub(r"[ -]", "", s)
    if not re.fullmatch(r"9\d{8}", d):
        return False
    g = int(d[3:5])
    return 50 <= g <= 65 or 70 <= g <= 88 or 90 <= g <= 92 or 94 <= g <= 99


# ---------------------------------------------------------------------------
# template parsing
# ---------------------------------------------------------------------------

_TOKEN = re.compile(r"⟦([^⟦⟧]*)⟧")
_HEADER = re.compile(r"^§§ ([a-z]{2})((?: [a-z]+)*)\s*$")

_LABELED = {
    "NAME": "PERSON",
    "FIRST": "PERSON",
    "LAST": "PERSON",
    "LOGIN": "PERSON",
    "WNAME": "PERSON",
    "WFIRST": "PERSON",
    "EMAIL": "EMAIL",
    "WEMAIL": "EMAIL",
    "PHONE": "PHONE",
    "CARD": "CREDIT_CARD",
    "IBAN": "IBAN",
    "SSN": "US_SSN",
    "ITIN": "US_ITIN",
    "IP": "IP",
    "IPP": "IP",
    "IP6": "IP",
    "MAC": "MAC",
    "BTC": "CRYPTO",
    "ETH": "CRYPTO",
    "DOB": "DATE_OF_BIRTH",
    "ADDR": "ADDRESS",
    "STREET": "ADDRESS",
    "DL": "DRIVER_LICENSE",
    "PASS": "PASSPORT",
}
_SECRET_TYPES = {
    "PW",
    "DBPW",
    "PIN",
    "AWSKEY",
    "AWSSEC",
    "GHP",
    "GHPAT",
    "GLPAT",
    "SLACK",
    "SLACKHOOK",
    "STRIPE",
    "STRIPEWH",
    "JWT",
    "BCRYPT",
    "ARGON",
    "PBKDF2",
    "SHACRYPT",
    "RECOV",
    "COOKIE",
    "GAPI",
    "OPENAI",
    "ANTHROPIC",
    "SENDGRID",
    "TWILIO",
    "NPM",
    "PEM",
    "HEXSEC",
    "B64SEC",
    "DJKEY",
    "TOTP",
    "VAULT",
    "DOCKERPAT",
    "HFTOKEN",
    "MAILGUN",
    "PYPI",
    "TOKEN",
    "BASIC",
    "AZKEY",
    "TGBOT",
}
for _t in _SECRET_TYPES:
    _LABELED[_t] = "SECRET"


class Template:
    __slots__ = ("lang", "flags", "text", "tid")

    def __init__(self, lang: str, flags: frozenset[str], text: str, tid: int) -> None:
        self.lang = lang
        self.flags = flags
        self.text = text
        self.tid = tid


def _parse_templates() -> list[Template]:
    chunks: list[tuple[str, frozenset[str], list[str]]] = []
    for block in T.TEMPLATE_BLOCKS:
        current: list[str] | None = None
        for line in block.split("\n"):
            m = _HEADER.match(line)
            if m:
                current = []
                chunks.append((m.group(1), frozenset(m.group(2).split()), current))
            elif current is not None:
                current.append(line)
    out: list[Template] = []
    for lang, flags, lines in chunks:
        text = "\n".join(lines).strip("\n")
        if text.strip():
            out.append(Template(lang, flags, text.replace("⇥", "\t"), len(out)))
    return out


# ---------------------------------------------------------------------------
# value generation
# ---------------------------------------------------------------------------

_FOLD = str.maketrans(
    {
        "ß": "ss",
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "AE",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ı": "i",
        "þ": "th",
        "ð": "d",
        "œ": "oe",
        "'": "",
        "’": "",
        "-": "",
        " ": "",
    }
)


def _ascii(s: str) -> str:
    s = s.translate(_FOLD)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c) and c.isascii()).lower()


def _parse_entry(entry: str) -> dict[str, tuple[str, str]]:
    """'native[:kana]:roman' with optional 'm/f' gendered forms."""
    parts = entry.split(":")
    if len(parts) == 1:
        nat = kana = rom = parts[0]
    elif len(parts) == 2:
        nat, rom = parts
        kana = rom
    else:
        nat, kana, rom = parts

    def g(x: str) -> tuple[str, str]:
        if "/" in x:
            a, b = x.split("/", 1)
            return a, b
        return x, x

    return {"nat": g(nat), "kana": g(kana), "rom": g(rom)}


_CULTURES: dict[str, dict] = {}


def _cultures() -> dict[str, dict]:
    if _CULTURES:
        return _CULTURES
    for name, spec in T.NAMES.items():
        c = {
            "order": spec.get("order", "gf"),
            "sep": spec.get("sep", " "),
            "langs": set(spec.get("langs", "").split()),
            "m": [_parse_entry(e.strip()) for e in spec["m"].split(",") if e.strip()],
            "f": [_parse_entry(e.strip()) for e in spec["f"].split(",") if e.strip()],
            "s": [_parse_entry(e.strip()) for e in spec["s"].split(",") if e.strip()],
            "mail": spec.get("mail", "gmail.com outlook.com").split(),
        }
        _CULTURES[name] = c
    return _CULTURES


def _dwidth(s: str) -> int:
    w = 0
    for ch in s:
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        w += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return w


_ALNUM = string.ascii_letters + string.digits
_B64 = string.ascii_letters + string.digits + "+/"
_B64URL = string.ascii_letters + string.digits + "-_"
_HEX = "0123456789abcdef"
_PASSPORT_ALNUM = "CFGHJKLMNPRTVWXYZ0123456789"


def _b64url(b: bytes) -> str:
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


class _Ctx:
    """Per-text generation context: language, locale, people, memoized values."""

    def __init__(self, rng: random.Random, tpl: Template) -> None:
        self.rng = rng
        self.lang = tpl.lang
        locs = T.LOCALES[tpl.lang]
        self.cc = rng.choice(locs)
        self.people: dict[int, dict] = {}
        self.memo: dict[str, str] = {}
        pref = [c for c in T.COMPANIES if c[0] in T.LANG_COMPANIES.get(tpl.lang, [])]
        if pref and rng.random() < 0.7:
            self.company, self.dom = rng.choice(pref)
        else:
            self.company, self.dom = rng.choice(T.COMPANIES)
        self.lookalike = False
        self.clock: _dt.datetime | None = None

    # -- helpers ----------------------------------------------------------
    def pat(self, p: str) -> str:
        """'#' digit, '%' digit 1-9, '&' digit 2-9, '^' upper letter, '~' passport
        alphanumeric, '*' upper alphanumeric; every other character is literal."""
        r = self.rng
        table = {
            "#": "0123456789",
            "%": "123456789",
            "&": "23456789",
            "^": string.ascii_uppercase,
            "~": _PASSPORT_ALNUM,
            "*": string.ascii_uppercase + string.digits,
        }
        return "".join(r.choice(table[ch]) if ch in table else ch for ch in p)

    def rand(self, alphabet: str, n: int) -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    # -- people -----------------------------------------------------------
    def person(self, n: int, word: bool = False) -> dict:
        if n in self.people:
            return self.people[n]
        r = self.rng
        cult = _cultures()
        for _ in range(50):
            if word:
                cname = r.choice(["english_us", "english_uk", "english_us", "irish"])
                gender = r.choice("mf")
                given = _parse_entry(r.choice(T.WORD_NAMES[gender]))
            else:
                if self.lang == "en":
                    pool = T.EN_CULTURES
                else:
                    pool = T.LANG_CULTURES[self.lang] if r.random() < 0.85 else T.EN_CULTURES
                cname = r.choice(pool)
                gender = r.choice("mf")
                c = cult[cname]
                given = r.choice(c[gender])
            c = cult[cname]
            fam = r.choice(c["s"])
            gi = 0 if gender == "m" else 1
            p = {
                "culture": cname,
                "order": c["order"],
                "sep": c["sep"],
                "native_ctx": self.lang in c["langs"],
                "g_nat": given["nat"][gi],
                "g_rom": given["rom"][gi],
                "g_kana": given["kana"][gi],
                "s_nat": fam["nat"][gi],
                "s_rom": fam["rom"][gi],
                "s_kana": fam["kana"][gi],
                "mail": c["mail"],
                "roman_ff": c["order"] == "fg" and r.random() < 0.4,
                "gender": gender,
            }
            key = (p["g_rom"], p["s_rom"])
            if all((q["g_rom"], q["s_rom"]) != key for q in self.people.values()) and all(
                q["s_rom"] != p["s_rom"] and q["g_rom"] != p["g_rom"] for q in self.people.values()
            ):
                break
        self.people[n] = p
        return p

    def name(self, p: dict, form: str) -> str:
        native = p["native_ctx"] and form not in ("roman", "init", "upper")
        if form == "native":
            native = True
        if form == "kana":
            return p["s_kana"] + " " + p["g_kana"]
        if native:
            g, s = p["g_nat"], p["s_nat"]
            if form == "lf" and p["order"] == "gf":
                return f"{s}, {g}"
            sep = p["sep"]
            if p["culture"] == "japanese":
                sep = p.setdefault("jsep", self.rng.choice(["", " ", "\u3000"]))
            return f"{s}{sep}{g}" if p["order"] == "fg" else f"{g}{sep}{s}"
        g, s = p["g_rom"], p["s_rom"]
        if form == "lf":
            return f"{s}, {g}"
        if form == "upper":
            return f"{s.upper()} {g}"
        if form == "init":
            return f"{g[0]}. {s}"
        if form == "caps":
            return f"{g} {s}".upper()
        if p["roman_ff"]:
            return f"{s} {g}"
        return f"{g} {s}"

    def login(self, p: dict, style: str | None = None) -> str:
        g, s = _ascii(p["g_rom"]), _ascii(p["s_rom"])
        styles = {
            "dot": f"{g}.{s}",
            "flast": f"{g[0]}{s}",
            "firstl": f"{g}{s[0]}",
            "under": f"{g}_{s}",
            "first": g,
            "lastf": f"{s}{g[0]}",
            "dash": f"{g}-{s}",
            "concat": f"{g}{s}",
            "fdot": f"{g[0]}.{s}",
        }
        if style is None:
            if "login" not in p:
                k = self.rng.choice(list(styles))
                v = styles[k]
                if k in ("flast", "lastf", "first", "firstl") and self.rng.random() < 0.3:
                    v += str(self.rng.randint(1, 99))
                p["login"] = v
            return p["login"]
        return styles[style]

    def email(self, p: dict, work: bool, alt: bool = False) -> str:
        key = ("wemail" if work else "email") + ("_alt" if alt else "")
        for _ in range(10):
            if key in p and not (alt and p[key] == p.get(key[:-4])):
                break
            p.pop(key, None)
            g, s = _ascii(p["g_rom"]), _ascii(p["s_rom"])
            r = self.rng
            if work:
                local = r.choice([f"{g}.{s}", f"{g[0]}{s}", f"{g}", f"{g}.{s}", f"{g}{s[0]}"])
                p[key] = f"{local}@{self.dom}"
            else:
                local = r.choice(
                    [
                        f"{g}.{s}",
                        f"{g}{s}",
                        f"{g}.{s}{r.randint(1, 99)}",
                        f"{g[0]}{s}",
                        f"{g}_{s}",
                        f"{s}.{g}",
                        f"{g}{r.randint(70, 99)}",
                        f"{g}.{s[0]}",
                    ]
                )
                p[key] = f"{local}@{r.choice(p['mail'])}"
        return p[key]

    # -- structured values ----------------------------------------------
    def phone(self, arg: str | None) -> str:
        parts = (arg or "").split(".")
        cc = (parts[0] or self.cc).upper()
        mode = parts[1] if len(parts) > 1 else ""
        fmts = T.PHONE_FORMATS[cc]
        if mode in ("digits", "e164"):
            fmts = [f for f in fmts if f.startswith("+")]
        for _ in range(20):
            v = self.pat(self.rng.choice(fmts))
            if "555" not in v.replace(" ", "")[-9:-4]:
                break
        if mode in ("digits", "e164"):
            digits = re.sub(r"\D", "", v.replace("(0)", ""))
            return digits if mode == "digits" else "+" + digits
        return v

    def card(self, arg: str | None) -> str:
        r = self.rng
        brand = arg or r.choice(["visa"] * 5 + ["mc"] * 4 + ["amex"] * 2 + ["disc", "jcb", "up"])
        while True:
            if brand == "visa":
                body, ln = "4" + self.pat("#####"), 16
            elif brand == "mc":
                body = r.choice([str(r.randint(51, 55)), str(r.randint(2221, 2720))])
                ln = 16
            elif brand == "amex":
                body, ln = r.choice(["34", "37"]), 15
            elif brand == "disc":
                body, ln = r.choice(["6011", "65" + self.pat("##")]), 16
            elif brand == "jcb":
                body, ln = str(r.randint(3528, 3589)), 16
            else:
                body, ln = "62" + self.pat("####"), 16
            body += self.pat("#" * (ln - 1 - len(body)))
            num = _luhn_complete(body)
            if num not in _TEST_CARDS:
                break
        fmt = r.random()
        if ln == 15:
            groups = [num[:4], num[4:10], num[10:]]
        else:
            groups = [num[i : i + 4] for i in range(0, 16, 4)]
        if fmt < 0.55:
            return " ".join(groups)
        if fmt < 0.85:
            return num
        return "-".join(groups)

    def iban(self, arg: str | None) -> str:
        r = self.rng
        cc = (arg or "").upper()
        if cc in ("PLAIN", "SPACED"):
            cc = ""
        if cc not in _IBAN_SPECS:
            cc = self.cc if self.cc in _IBAN_SPECS else r.choice(["DE", "FR", "GB", "NL", "ES"])
        bban = ""
        for n, kind in _IBAN_SPECS[cc]:
            if kind == "n":
                bban += self.pat("#" * n)
            elif kind == "a":
                bban += self.pat("^" * n)
            elif kind == "b":
                bban += r.choice(_IBAN_BANKS[cc])
            elif kind == "c":
                bban += self.pat("*" * n)
            else:
                bban += kind * n
        chk = 98 - _iban_mod97(cc + "00" + bban)
        iban = f"{cc}{chk:02d}{bban}"
        assert _iban_ok(iban)
        spaced = arg == "spaced" or (arg != "plain" and r.random() < 0.5)
        if spaced:
            return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
        return iban

    def ssn(self, arg: str | None) -> str:
        r = self.rng
        while True:
            area = r.randint(1, 899)
            if area != 666:
                break
        d = f"{area:03d}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}"
        fmt = arg or r.choice(["dash"] * 6 + ["plain", "space"])
        if fmt == "plain":
            return d
        sep = " " if fmt == "space" else "-"
        return f"{d[:3]}{sep}{d[3:5]}{sep}{d[5:]}"

    def itin(self, arg: str | None) -> str:
        r = self.rng
        group = r.choice(
            list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92] + list(range(94, 100))
        )
        d = f"9{r.randint(0, 99):02d}{group:02d}{r.randint(0, 9999):04d}"
        if arg == "plain" or r.random() < 0.15:
            return d
        return f"{d[:3]}-{d[3:5]}-{d[5:]}"

    def ipv4(self, private: bool = False) -> str:
        r = self.rng
        if private:
            k = r.random()
            if k < 0.45:
                return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}"
            if k < 0.7:
                return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 254)}"
            return f"192.168.{r.randint(0, 40)}.{r.randint(2, 254)}"
        while True:
            a = r.randint(2, 223)
            b = r.randint(0, 255)
            if a in (10, 127, 100, 169, 172, 192, 198, 203):
                continue
            return f"{a}.{b}.{r.randint(0, 255)}.{r.randint(1, 254)}"

    def ipv6(self) -> str:
        r = self.rng
        first = r.choice(["2a02", "2a01", "2600", "2607", "2001", "2a00", "2406", "2804", "2c0f"])
        if first == "2001":
            first2 = r.choice(["4860", "41d0", "67c", "470", "16b8"])
        else:
            first2 = f"{r.randint(0x100, 0xFFFF):x}"
        groups = [first, first2] + [f"{r.randint(0, 0xFFFF):x}" for _ in range(6)]
        if r.random() < 0.35:
            return ":".join(groups[:4]) + "::" + f"{r.randint(1, 0xFFFF):x}"
        return ":".join(groups)

    def mac(self, arg: str | None) -> str:
        r = self.rng
        b = [r.randint(0, 255) for _ in range(6)]
        b[0] &= 0xFE
        h = "".join(f"{x:02x}" for x in b)
        fmt = arg or r.choice(["colon"] * 5 + ["upper", "upper", "dash", "dash", "cisco"])
        if fmt == "colon":
            return ":".join(h[i : i + 2] for i in range(0, 12, 2))
        if fmt == "upper":
            return ":".join(h[i : i + 2] for i in range(0, 12, 2)).upper()
        if fmt == "dash":
            return "-".join(h[i : i + 2] for i in range(0, 12, 2)).upper()
        return ".".join(h[i : i + 4] for i in range(0, 12, 4))

    def btc(self, arg: str | None) -> str:
        r = self.rng
        kind = arg or r.choice(["p2pkh", "p2pkh", "p2sh", "wpkh", "wpkh", "wsh", "tr"])
        if kind in ("p2pkh", "p2sh"):
            payload = (b"\x00" if kind == "p2pkh" else b"\x05") + r.randbytes(20)
            return _b58encode(payload + _sha256d(payload)[:4])
        if kind == "wpkh":
            return _bech32_encode("bc", 0, r.randbytes(20))
        if kind == "wsh":
            return _bech32_encode("bc", 0, r.randbytes(32))
        return _bech32_encode("bc", 1, r.randbytes(32))

    def eth(self) -> str:
        return _eip55(self.rng.randbytes(20).hex())

    def birth(self) -> _dt.date:
        r = self.rng
        start = _dt.date(1944, 1, 1).toordinal()
        end = _dt.date(2006, 12, 31).toordinal()
        return _dt.date.fromordinal(r.randint(start, end))

    def recent(self) -> _dt.date:
        r = self.rng
        start = _dt.date(2019, 1, 1).toordinal()
        end = _dt.date(2025, 6, 30).toordinal()
        return _dt.date.fromordinal(r.randint(start, end))

    def fmt_date(self, d: _dt.date, fmt: str | None) -> str:
        r = self.rng
        if fmt is None or fmt == "any":
            fmt = r.choice(["iso", "iso", "us", "dmy", "eu", "long", "dlong"])
        y, m, dd = d.year, d.month, d.day
        en_months = T.MONTHS["en"]
        if fmt == "iso":
            return f"{y:04d}-{m:02d}-{dd:02d}"
        if fmt == "isots":
            return f"{y:04d}-{m:02d}-{dd:02d} 00:00:00"
        if fmt == "isoz":
            return f"{y:04d}-{m:02d}-{dd:02d}T00:00:00Z"
        if fmt == "us":
            return f"{m:02d}/{dd:02d}/{y:04d}"
        if fmt == "usshort":
            return f"{m}/{dd}/{y:04d}"
        if fmt == "dmy":
            return f"{dd:02d}/{m:02d}/{y:04d}"
        if fmt == "eu":
            return f"{dd:02d}.{m:02d}.{y:04d}"
        if fmt == "dash":
            return f"{dd:02d}-{m:02d}-{y:04d}"
        if fmt == "pyargs":
            return f"{y}, {m}, {dd}"
        if fmt == "md":
            return f"{m:02d}/{dd:02d}"
        if fmt == "usdash":
            return f"{m:02d}-{dd:02d}-{y:04d}"
        if fmt == "ymd":
            return f"{y:04d}/{m:02d}/{dd:02d}"
        if fmt == "compact":
            return f"{y:04d}{m:02d}{dd:02d}"
        if fmt == "long":
            return f"{en_months[m - 1]} {dd}, {y}"
        if fmt == "short":
            return f"{en_months[m - 1][:3]} {dd}, {y}"
        if fmt == "dlong":
            return f"{dd} {en_months[m - 1]} {y}"
        if fmt == "dmon":
            return f"{dd:02d}-{en_months[m - 1][:3].upper()}-{y}"
        if fmt == "cjk":
            return f"{y}年{m}月{dd}日"
        if fmt == "cjk0":
            return f"{y}年{m:02d}月{dd:02d}日"
        if fmt == "ko":
            return f"{y}년 {m}월 {dd}일"
        if fmt == "ko.":
            return f"{y}. {m}. {dd}."
        if fmt == "loc":
            lang = self.lang if self.lang in T.MONTHS else "en"
            months = T.MONTHS[lang]
            if lang == "th":
                return f"{dd} {months[m - 1]} {y + 543}"
            if lang in ("de",):
                return f"{dd}. {months[m - 1]} {y}"
            if lang in ("es", "pt"):
                return f"{dd} de {months[m - 1]} de {y}"
            if lang == "ru":
                return f"{dd} {months[m - 1]} {y} г."
            if lang == "vi":
                return f"ngày {dd} {months[m - 1]} năm {y}"
            if lang == "en":
                return f"{en_months[m - 1]} {dd}, {y}"
            return f"{dd} {months[m - 1]} {y}"
        raise KeyError(fmt)

    def address(self, cc: str | None, street_only: bool, multiline: bool) -> str:
        r = self.rng
        cc = (cc or self.cc).upper()
        spec = T.ADDRESSES[cc]
        city = r.choice(spec["city"])
        fields = {
            "n": str(r.randint(1, 240)),
            "n2": str(r.randint(1, 48)),
            "street": r.choice(spec["street"]),
            "area": r.choice(city[3] if len(city) > 3 else spec.get("area", [""])),
            "city": city[0],
            "zip": self.pat(city[1]),
            "region": city[2] if len(city) > 2 else "",
        }
        fmts = spec["street_fmt"] if street_only else spec["fmt"]
        out = r.choice(fmts)
        for k, v in fields.items():
            out = out.replace("{" + k + "}", v)
        out = self.pat_fields(out)
        if multiline and not street_only:
            out = out.replace(", ", "\n", 2) if "ml" not in spec else out
        return out

    def pat_fields(self, s: str) -> str:
        # {#3} -> 3 random digits, {^2} -> 2 letters, {%1} -> a digit 1-9
        def rep(m: re.Match) -> str:
            return self.pat(m.group(1) * int(m.group(2)))

        return re.sub(r"\{([#^%&*])(\d+)\}", rep, s)

    def dl(self, cc: str | None, p: dict | None) -> str:
        cc = (cc or self.cc).upper()
        if cc == "GB":
            r = self.rng
            sur = _ascii(p["s_rom"]).upper() if p else r.choice(["SMITH", "JONES", "TAYLO"])
            sur = (sur + "99999")[:5]
            b = self.birth()
            month = b.month + (50 if p and p["gender"] == "f" else 0)
            ini = (_ascii(p["g_rom"])[0].upper() if p else "J") + r.choice(["9", "A", "M", "J"])
            return (
                f"{sur}{str(b.year)[2]}{month:02d}{b.day:02d}{str(b.year)[3]}{ini}9{self.pat('^^')}"
            )
        fmts = T.DL_FORMATS.get(cc) or T.DL_FORMATS["US"]
        return self.pat(self.rng.choice(fmts))

    def passport(self, cc: str | None) -> str:
        cc = (cc or self.cc).upper()
        fmts = T.PASSPORT_FORMATS.get(cc) or T.PASSPORT_FORMATS["XX"]
        return self.pat(self.rng.choice(fmts))

    def secret(self, typ: str, arg: str | None, p: dict | None) -> str:
        r = self.rng
        if typ == "PW":
            k = r.random()
            if arg == "simple" or k < 0.45:
                w = r.choice(T.PASSWORD_WORDS)
                w = w.capitalize() if r.random() < 0.7 else w
                return (
                    w
                    + r.choice(["", "_", "-", "@", "#", "."])
                    + str(r.choice([r.randint(1, 99), r.randint(1970, 2025), r.randint(100, 9999)]))
                    + r.choice(["!", "", "#", "$", "?", "!!", "*"])
                )
            if k < 0.7:
                return r.choice(T.PASSWORDS)
            if k < 0.85:
                return "-".join(r.sample(T.PASSWORD_WORDS, 4))
            return self.rand(_ALNUM + "!#%&*+-=?@^_", r.randint(12, 24))
        if typ == "DBPW":
            if r.random() < 0.5:
                return (
                    r.choice(T.PASSWORD_WORDS).capitalize()
                    + str(r.randint(10, 9999))
                    + r.choice(["", "!", "_x", "-db"]).replace("!", "")
                )
            return self.rand(_ALNUM, r.randint(14, 28))
        if typ == "PIN":
            return self.pat("#" * (int(arg) if arg else r.choice([4, 4, 6])))
        if typ == "AWSKEY":
            return r.choice(["AKIA", "AKIA", "ASIA"]) + self.rand(
                string.ascii_uppercase + "234567", 16
            )
        if typ == "AWSSEC":
            return self.rand(_ALNUM + "/+", 40)
        if typ == "GHP":
            return r.choice(["ghp_", "ghp_", "gho_", "ghs_", "ghu_"]) + self.rand(_ALNUM, 36)
        if typ == "GHPAT":
            return (
                "github_pat_11"
                + self.rand(string.ascii_uppercase + string.digits, 20)
                + "_"
                + self.rand(_ALNUM, 59)
            )
        if typ == "GLPAT":
            return "glpat-" + self.rand(_ALNUM + "-_", 20)
        if typ == "SLACK":
            pre = arg or r.choice(["xoxb", "xoxb", "xoxp", "xapp"])
            if pre == "xapp":
                app = self.pat("^^^^^^^^")
                return f"xapp-1-A0{app}-{self.pat('#' * 13)}-{self.rand(_HEX, 64)}"
            team = self.pat("#" * r.choice([11, 12, 13]))
            return f"{pre}-{team}-{self.pat('#' * 13)}-{self.rand(_ALNUM, 24)}"
        if typ == "SLACKHOOK":
            return f"T0{self.pat('********')}/B0{self.pat('********')}/{self.rand(_ALNUM, 24)}"
        if typ == "STRIPE":
            pre = arg or r.choice(["sk_live_", "sk_live_", "rk_live_"])
            return pre + self.rand(_ALNUM, r.choice([24, 99]))
        if typ == "STRIPEWH":
            return "whsec_" + self.rand(_ALNUM, 32)
        if typ == "JWT":
            alg = r.choice(["HS256", "RS256", "HS512"])
            hdr = _b64url(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
            now = r.randint(1_650_000_000, 1_750_000_000)
            body = {
                "sub": str(r.randint(1000, 999999)),
                "iat": now,
                "exp": now + r.choice([900, 3600, 86400]),
            }
            if r.random() < 0.5:
                body["role"] = r.choice(["user", "admin", "support", "service"])
            pl = _b64url(json.dumps(body, separators=(",", ":")).encode())
            sig = self.rand(_B64URL, 43 if alg != "HS512" else 86)
            return f"{hdr}.{pl}.{sig}"
        if typ == "BCRYPT":
            return f"$2{r.choice('aby')}${r.choice(['10', '12', '12', '11'])}$" + self.rand(
                _ALNUM + "./", 53
            )
        if typ == "ARGON":
            return (
                "$argon2id$v=19$m=65536,t=3,p=4$"
                + self.rand(_ALNUM + "+/", 22)
                + "$"
                + self.rand(_ALNUM + "+/", 43)
            )
        if typ == "PBKDF2":
            return (
                f"pbkdf2_sha256${r.choice(['260000', '390000', '600000', '870000'])}$"
                + self.rand(_ALNUM, 22)
                + "$"
                + self.rand(_B64, 43)
                + "="
            )
        if typ == "SHACRYPT":
            return "$6$" + self.rand(_ALNUM + "./", 16) + "$" + self.rand(_ALNUM + "./", 86)
        if typ == "RECOV":
            k = arg or r.choice(["gh", "hex", "digits"])
            if k == "gh":
                return self.rand("0123456789abcdef", 5) + "-" + self.rand("0123456789abcdef", 5)
            if k == "digits":
                return self.pat("#### ####")
            return "-".join(self.rand(string.ascii_uppercase + string.digits, 4) for _ in range(3))
        if typ == "COOKIE":
            k = arg or r.choice(["django", "php", "java", "express", "rails"])
            if k == "django":
                return self.rand(string.ascii_lowercase + string.digits, 32)
            if k == "php":
                return self.rand("abcdefghijklmnopqrstuv0123456789", 26)
            if k == "java":
                return self.rand("0123456789ABCDEF", 32)
            if k == "express":
                return "s%3A" + self.rand(_B64URL, 32) + "." + self.rand(_ALNUM + "%", 43)
            return self.rand(_ALNUM + "%", 120) + "--" + self.rand(_HEX, 40)
        if typ == "GAPI":
            return "AIza" + self.rand(_ALNUM + "-_", 35)
        if typ == "OPENAI":
            return (
                "sk-proj-"
                + self.rand(_ALNUM + "-_", 48)
                + "T3BlbkFJ"
                + self.rand(_ALNUM + "-_", 48)
            )
        if typ == "ANTHROPIC":
            return "sk-ant-api03-" + self.rand(_ALNUM + "-_", 93) + "AA"
        if typ == "SENDGRID":
            return "SG." + self.rand(_ALNUM + "-_", 22) + "." + self.rand(_ALNUM + "-_", 43)
        if typ == "TWILIO":
            return self.rand(_HEX, 32)
        if typ == "NPM":
            return "npm_" + self.rand(_ALNUM, 36)
        if typ == "PEM":
            kind = arg or r.choice(["rsa", "openssh", "ec", "pkcs8"])
            head = {
                "rsa": ("RSA PRIVATE KEY", "MIIEowIBAAKCAQEA"),
                "openssh": (
                    "OPENSSH PRIVATE KEY",
                    "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAA",
                ),
                "ec": ("EC PRIVATE KEY", "MHcCAQEEI"),
                "pkcs8": ("PRIVATE KEY", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC"),
            }[kind]
            lines = []
            first = head[1] + self.rand(_B64, 64 - len(head[1]))
            lines.append(first)
            for _ in range(r.randint(2, 4)):
                lines.append(self.rand(_B64, 64))
            lines.append(self.rand(_B64, r.randint(20, 60)) + r.choice(["", "=", "=="]))
            return f"-----BEGIN {head[0]}-----\n" + "\n".join(lines) + f"\n-----END {head[0]}-----"
        if typ == "HEXSEC":
            return self.rand(_HEX, int(arg or 32))
        if typ == "B64SEC":
            n = int(arg or 44)
            return self.rand(_B64, n - 1) + "="
        if typ == "AZKEY":
            return self.rand(_B64, 86) + "=="
        if typ == "DJKEY":
            return self.rand(string.ascii_lowercase + string.digits + "!@#%^&*(-_=+)", 50)
        if typ == "TOTP":
            return self.rand(string.ascii_uppercase + "234567", int(arg or 32))
        if typ == "VAULT":
            return "hvs." + self.rand(_ALNUM, 24)
        if typ == "DOCKERPAT":
            return "dckr_pat_" + self.rand(_ALNUM + "-_", 27)
        if typ == "HFTOKEN":
            return "hf_" + self.rand(string.ascii_letters, 34)
        if typ == "MAILGUN":
            return "key-" + self.rand(_HEX, 32)
        if typ == "PYPI":
            return "pypi-AgEIcHlwaS5vcmc" + self.rand(_B64URL, 60)
        if typ == "TGBOT":
            return f"{r.randint(1000000000, 7999999999)}:AA" + self.rand(_ALNUM + "-_", 33)
        if typ == "TOKEN":
            prefix, _, n = (arg or "40").rpartition("/")
            return prefix + self.rand(_ALNUM, int(n))
        if typ == "BASIC":
            user = self.login(p) if p else r.choice(["svc-deploy", "ci-runner", "admin"])
            pw = self.secret("PW", None, None)
            return base64.b64encode(f"{user}:{pw}".encode()).decode()
        raise KeyError(typ)

    # -- fillers (unlabeled) --------------------------------------------
    def filler(self, typ: str, arg: str | None) -> str:
        r = self.rng
        self.lookalike = True
        if typ == "uuid":
            return str(_uuid4(r))
        if typ == "sha":
            return self.rand(_HEX, 40)
        if typ == "sha7":
            return self.rand(_HEX, 7)
        if typ == "sha256":
            return self.rand(_HEX, 64)
        if typ == "md5":
            return self.rand(_HEX, 32)
        if typ == "hex":
            return self.rand(_HEX, int(arg or 12))
        if typ in ("semver", "ver"):
            return f"{r.randint(0, 9)}.{r.randint(0, 30)}.{r.randint(0, 40)}"
        if typ == "day":
            if self.clock is None:
                d = self.recent()
                self.clock = _dt.datetime(
                    d.year, d.month, d.day, r.randint(0, 22), r.randint(0, 59)
                )
            return self.clock.date().isoformat()
        if typ in ("ts", "tsl", "tss", "clf", "syslog", "epoch", "epochms", "time", "hm"):
            if self.clock is None:
                d = self.recent()
                self.clock = _dt.datetime(
                    d.year, d.month, d.day, r.randint(0, 23), r.randint(0, 59)
                )
            self.clock += _dt.timedelta(
                seconds=r.randint(0, 240), microseconds=r.randint(0, 999999)
            )
            c = self.clock
            ms = f"{c.microsecond // 1000:03d}"
            if typ == "ts":
                return c.strftime("%Y-%m-%dT%H:%M:%S.") + ms + "Z"
            if typ == "tsl":
                return c.strftime("%Y-%m-%d %H:%M:%S,") + ms
            if typ == "tss":
                return c.strftime("%Y-%m-%d %H:%M:%S")
            if typ == "clf":
                mon = T.MONTHS["en"][c.month - 1][:3]
                return f"{c.day:02d}/{mon}/{c.year}:" + c.strftime("%H:%M:%S") + " +0000"
            if typ == "syslog":
                mon = T.MONTHS["en"][c.month - 1][:3]
                return f"{mon} {c.day:2d} " + c.strftime("%H:%M:%S")
            if typ == "time":
                return c.strftime("%H:%M:%S")
            if typ == "hm":
                return c.strftime("%H:%M")
            epoch = int(c.replace(tzinfo=_dt.UTC).timestamp())
            return str(epoch) if typ == "epoch" else f"{epoch}{ms}"
        if typ == "date":
            return self.fmt_date(self.recent(), arg or "iso")
        if typ == "port":
            return str(
                r.choice(
                    [
                        5432,
                        3306,
                        6379,
                        8080,
                        8443,
                        9200,
                        27017,
                        5672,
                        9092,
                        3000,
                        8000,
                        443,
                        22,
                        11211,
                        9090,
                        5000,
                    ]
                )
            )
        if typ == "pid":
            return str(r.randint(300, 65000))
        if typ == "ms":
            return str(r.randint(2, 30000))
        if typ in ("reqid", "traceid"):
            return self.rand(_HEX, 32)
        if typ == "spanid":
            return self.rand(_HEX, 16)
        if typ == "num":
            a, b = (arg or "1:9999").split(":")
            return str(r.randint(int(a), int(b)))
        if typ == "pick":
            return r.choice((arg or "").split("|"))
        if typ == "dom":
            return self.dom
        if typ == "company":
            return self.company
        if typ == "city":
            return r.choice(T.ADDRESSES[(arg or self.cc).upper()]["city"])[0]
        if typ == "host":
            return r.choice(T.HOSTS)
        if typ == "build":
            return str(r.randint(100, 48000))
        if typ == "order":
            return self.pat(
                r.choice(["ORD-2024-######", "SO#######", "#########", "INV-#####", "^#####-##"])
            )
        if typ == "amount":
            return f"{r.randint(1, 2500)}.{r.randint(0, 99):02d}"
        if typ == "pod":
            return (
                r.choice(T.SERVICES)
                + "-"
                + self.rand("bcdfghjklmnpqrstvwxz2456789", 9 if r.random() < 0.5 else 10)[:9]
                + "-"
                + self.rand("bcdfghjklmnpqrstvwxz2456789", 5)
            )
        if typ == "cid":
            return self.rand(_HEX, 12)
        if typ == "svc":
            return r.choice(T.SERVICES)
        if typ == "cardmask":
            return r.choice(
                ["**** **** **** ", "************", "XXXX-XXXX-XXXX-", "•••• "]
            ) + self.pat("####")
        if typ == "ssnmask":
            return "***-**-" + self.pat("####")
        if typ == "ask":
            return r.choice(T.ASKS[self.lang])
        if typ == "lib":
            return r.choice(T.NAMELIKE_LIBS)
        if typ == "bot":
            return r.choice(T.BOT_ACCOUNTS)
        if typ == "ph":
            return r.choice(T.PLACEHOLDERS)
        if typ == "jira":
            return (
                r.choice(["PAY", "OPS", "DATA", "INC", "PLAT", "SUP", "CORE", "INFRA", "BI", "SEC"])
                + "-"
                + str(r.randint(12, 9800))
            )
        if typ == "pr":
            return str(r.randint(40, 12000))
        raise KeyError(typ)

    # -- dispatch ---------------------------------------------------------
    def value(self, spec: str) -> tuple[str, str | None]:
        if spec.startswith(("pick:", "num:", "hex:")):
            mm = re.fullmatch(r"(.*)#(\d+)", spec)
            if mm and spec in self.memo:
                return self.memo[spec], None
            body = mm.group(1) if mm else spec
            typ, arg = body.split(":", 1)
            v = self.filler(typ, arg)
            if mm:
                self.memo[spec] = v
            return v, None
        m = re.fullmatch(r"([A-Za-z0-9]+)(?:@(\d))?(?:\.([^#]+))?(?:#(\d+))?", spec)
        if not m:
            raise ValueError(f"bad placeholder {spec!r}")
        typ, slot, arg, memo = m.group(1), m.group(2), m.group(3), m.group(4)
        key = None
        if memo is not None:
            key = f"{typ}.{arg}#{memo}"
            if key in self.memo:
                return self.memo[key], _LABELED.get(typ)
        v = self._value(typ, int(slot) if slot else None, arg)
        if key is not None:
            self.memo[key] = v
        return v, _LABELED.get(typ)

    def _value(self, typ: str, slot: int | None, arg: str | None) -> str:
        if typ in ("NAME", "FIRST", "LAST", "LOGIN", "EMAIL", "WEMAIL", "WNAME", "WFIRST"):
            p = self.person(slot or 1, word=typ in ("WNAME", "WFIRST"))
            if typ in ("NAME", "WNAME"):
                return self.name(p, arg or "")
            if typ in ("FIRST", "WFIRST"):
                if arg == "kana":
                    return p["g_kana"]
                if arg == "lower":
                    return _ascii(p["g_rom"])
                native = p["native_ctx"] and arg != "roman"
                return p["g_nat"] if native else p["g_rom"]
            if typ == "LAST":
                if arg == "kana":
                    return p["s_kana"]
                native = p["native_ctx"] and arg not in ("roman", "upper")
                v = p["s_nat"] if native else p["s_rom"]
                return v.upper() if arg == "upper" else v
            if typ == "LOGIN":
                return self.login(p, arg)
            return self.email(p, typ == "WEMAIL", arg == "alt")
        if typ == "PHONE":
            return self.phone(arg)
        if typ == "CARD":
            return self.card(arg)
        if typ == "IBAN":
            return self.iban(arg)
        if typ == "SSN":
            return self.ssn(arg)
        if typ == "ITIN":
            return self.itin(arg)
        if typ == "IP":
            return self.ipv4()
        if typ == "IPP":
            return self.ipv4(private=True)
        if typ == "IP6":
            return self.ipv6()
        if typ == "MAC":
            return self.mac(arg)
        if typ == "BTC":
            return self.btc(arg)
        if typ == "ETH":
            return self.eth()
        if typ == "DOB":
            return self.fmt_date(self.birth(), arg)
        if typ == "ADDR":
            ml = arg == "ml"
            return self.address(None if ml else arg, False, ml)
        if typ == "STREET":
            return self.address(arg, True, False)
        if typ == "DL":
            return self.dl(arg, self.people.get(slot) if slot else None)
        if typ == "PASS":
            return self.passport(arg)
        if typ in _SECRET_TYPES:
            p = self.person(slot) if slot else None
            return self.secret(typ, arg, p)
        if typ[0].islower():
            return self.filler(typ, arg)
        raise KeyError(typ)


def _uuid4(r: random.Random) -> str:
    h = "".join(r.choice(_HEX) for _ in range(32))
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


# ---------------------------------------------------------------------------
# filling, table alignment, envelopes
# ---------------------------------------------------------------------------

Piece = tuple[str, str | None]


def _fill(ctx: _Ctx, text: str) -> list[Piece]:
    pieces: list[Piece] = []
    pos = 0
    for m in _TOKEN.finditer(text):
        if m.start() > pos:
            pieces.append((text[pos : m.start()], None))
        spec = m.group(1)
        if spec.startswith("ALIGN:"):
            pieces.append(("", "ALIGN:" + spec[6:]))
        elif spec == "/ALIGN":
            pieces.append(("", "/ALIGN"))
        else:
            v, cat = ctx.value(spec)
            if cat is not None:
                assert v and v == v.strip(), (spec, v)
            pieces.append((v, cat))
        pos = m.end()
    if pos < len(text):
        pieces.append((text[pos:], None))
    return _align_all(pieces)


def _align_all(pieces: list[Piece]) -> list[Piece]:
    out: list[Piece] = []
    i = 0
    while i < len(pieces):
        t, c = pieces[i]
        if c is not None and c.startswith("ALIGN:"):
            j = i + 1
            while pieces[j][1] != "/ALIGN":
                j += 1
            out.extend(_align(pieces[i + 1 : j], c[6:]))
            i = j + 1
        else:
            out.append((t, c))
            i += 1
    return out


def _align(region: list[Piece], style: str) -> list[Piece]:
    # split region into rows of cells; each cell is a list of pieces
    rows: list[list[list[Piece]]] = [[[]]]
    for t, c in region:
        if c is not None:
            rows[-1][-1].append((t, c))
            continue
        buf = ""
        for ch in t:
            if ch == "\n":
                if buf:
                    rows[-1][-1].append((buf, None))
                buf = ""
                rows.append([[]])
            elif ch == "¦":
                if buf:
                    rows[-1][-1].append((buf, None))
                buf = ""
                rows[-1].append([])
            else:
                buf += ch
        if buf:
            rows[-1][-1].append((buf, None))
    # drop the empty first/last rows created by the marker lines
    if rows and rows[0] == [[]]:
        rows = rows[1:]
    if rows and rows[-1] == [[]]:
        rows = rows[:-1]
    ncol = max(len(r) for r in rows)
    for r in rows:
        while len(r) < ncol:
            r.append([])

    def cell_text(cell: list[Piece]) -> str:
        return "".join(t for t, _ in cell)

    widths = [max(_dwidth(cell_text(r[k])) for r in rows) for k in range(ncol)]

    numeric_cols = set()
    for k in range(ncol):
        vals = [cell_text(r[k]) for r in rows[1:] if cell_text(r[k])]
        if vals and all(re.fullmatch(r"-?\d+(?:\.\d+)?", v) for v in vals):
            numeric_cols.add(k)
    cell_col = {id(r[k]): k for r in rows for k in range(ncol)}

    def is_num(cell: list[Piece]) -> bool:
        return cell_col.get(id(cell)) in numeric_cols

    def pad(cell: list[Piece], w: int, how: str) -> list[Piece]:
        gap = w - _dwidth(cell_text(cell))
        if gap <= 0:
            return list(cell)
        if how == "r":
            return [(" " * gap, None)] + list(cell)
        if how == "c":
            left = gap // 2
            return [(" " * left, None)] + list(cell) + [(" " * (gap - left), None)]
        return list(cell) + [(" " * gap, None)]

    out: list[Piece] = []

    def emit(ps: list[Piece]) -> None:
        out.extend(p for p in ps if p[0])

    def sep_line(left: str, mid: str, right: str, fill: str) -> list[Piece]:
        return [(left + mid.join(fill * (w + 2) for w in widths) + right, None)]

    lines: list[list[Piece]] = []
    for ri, r in enumerate(rows):
        header = ri == 0
        line: list[Piece] = []
        if style in ("psql",):
            for k, cell in enumerate(r):
                how = "c" if header else ("r" if is_num(cell) else "l")
                body = pad(cell, widths[k], how)
                if k == ncol - 1 and how != "r":
                    body = list(cell) if not header else pad(cell, widths[k], "c")
                line += [(" ", None)] + body
                if k < ncol - 1:
                    line.append((" |", None))
            lines.append(line)
            if header:
                lines.append(sep_line("", "+", "", "-"))
        elif style in ("mysql", "box", "md"):
            bar = "│" if style == "box" else "|"
            line.append((bar + " ", None))
            for k, cell in enumerate(r):
                how = "r" if (not header and is_num(cell) and style != "md") else "l"
                line += pad(cell, widths[k], how)
                line.append((" " + bar + (" " if k < ncol - 1 else ""), None))
            if style == "mysql" and ri == 0:
                lines.append(sep_line("+", "+", "+", "-"))
            if style == "box" and ri == 0:
                lines.append(sep_line("┌", "┬", "┐", "─"))
            lines.append(line)
            if header:
                if style == "mysql":
                    lines.append(sep_line("+", "+", "+", "-"))
                elif style == "box":
                    lines.append(sep_line("├", "┼", "┤", "─"))
                else:
                    lines.append(sep_line("|", "|", "|", "-"))
        elif style == "pandas":
            for k, cell in enumerate(r):
                how = "l" if k == 0 else "r"
                line += pad(cell, widths[k], how)
                if k < ncol - 1:
                    line.append(("  ", None))
            lines.append(line)
        else:  # plain: left aligned, last column unpadded
            for k, cell in enumerate(r):
                if k < ncol - 1:
                    line += pad(cell, widths[k], "l")
                    line.append(("   ", None))
                else:
                    line += list(cell)
            lines.append(line)
    if style == "mysql":
        lines.append(sep_line("+", "+", "+", "-"))
    if style == "box":
        lines.append(sep_line("└", "┴", "┘", "─"))
    for li, line in enumerate(lines):
        # strip trailing spaces of unlabeled pieces at the end of the line
        while line and line[-1][1] is None and line[-1][0].strip() == "":
            line.pop()
        if line and line[-1][1] is None:
            line[-1] = (line[-1][0].rstrip(" "), None)
        emit(line)
        if li < len(lines) - 1:
            out.append(("\n", None))
    return out


def _esc_json(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)[1:-1]


def _esc_py3(s: str) -> str:
    return s.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')


_SENTINEL = "@@INNER@@"


def _json_env(obj: object, indent: int | None) -> tuple[str, str]:
    s = json.dumps(obj, ensure_ascii=False, indent=indent)
    a, b = s.split(_SENTINEL)
    return a, b


def _envelope(
    rng: random.Random, pieces: list[Piece], tpl: Template, compact: bool = False
) -> list[Piece]:
    inner_lines = "".join(t for t, _ in pieces).count("\n") + 1
    asst = "asst" in tpl.flags
    kinds = ["openai", "anthropic", "curl", "langchain", "llamaindex", "pyjson"]
    if inner_lines <= 26 and not asst:
        kinds += ["pysdk", "pysdk"]
    kind = rng.choice(kinds)
    system = rng.choice(T.SYSTEM_PROMPTS)
    question = rng.choice(T.ASST_QUESTIONS.get(tpl.lang, T.ASST_QUESTIONS["en"]))
    esc = _esc_json
    if kind == "pysdk":
        esc = _esc_py3
    if asst:
        msgs = [
            {"role": "user", "content": question},
            {"role": "assistant", "content": _SENTINEL},
        ]
    else:
        msgs = [{"role": "user", "content": _SENTINEL}]
    model_oa = rng.choice(["gpt-4o", "gpt-4o-mini", "gpt-4.1", "o3-mini", "gpt-4-turbo"])
    model_an = rng.choice(
        [
            "claude-3-5-sonnet-20241022",
            "claude-3-haiku-20240307",
            "claude-sonnet-4-20250514",
            "claude-3-opus-20240229",
        ]
    )
    indent = rng.choice([None, None, 2])
    if compact:
        indent = None
    if kind == "openai":
        obj = {
            "model": model_oa,
            "messages": [{"role": "system", "content": system}] + msgs,
            "temperature": rng.choice([0, 0.2, 0.7]),
        }
        a, b = _json_env(obj, indent)
    elif kind == "anthropic":
        amsgs = [
            {"role": m["role"], "content": [{"type": "text", "text": m["content"]}]} for m in msgs
        ]
        obj = {
            "model": model_an,
            "max_tokens": rng.choice([1024, 2048, 4096]),
            "system": system,
            "messages": amsgs,
        }
        a, b = _json_env(obj, indent)
    elif kind == "curl":
        obj = {"model": model_oa, "messages": msgs}
        a, b = _json_env(obj, None)
        if rng.random() < 0.5:
            head = (
                "curl -sS https://api.openai.com/v1/chat/completions \\\n"
                '  -H "Authorization: Bearer $OPENAI_API_KEY" \\\n'
                '  -H "Content-Type: application/json" \\\n'
                "  --data-binary @- <<'EOF'\n"
            )
        else:
            obj = {"model": model_an, "max_tokens": 1024, "messages": msgs}
            a, b = _json_env(obj, None)
            head = (
                "curl https://api.anthropic.com/v1/messages \\\n"
                '  -H "x-api-key: $ANTHROPIC_API_KEY" \\\n'
                '  -H "anthropic-version: 2023-06-01" \\\n'
                '  -H "content-type: application/json" \\\n'
                "  -d @- <<'EOF'\n"
            )
        a = head + a
        b = b + "\nEOF"
    elif kind == "langchain":
        start = _dt.datetime(rng.randint(2024, 2025), rng.randint(1, 12), rng.randint(1, 28))
        start += _dt.timedelta(seconds=rng.randint(0, 86399), microseconds=rng.randint(0, 999999))
        start_time = start.isoformat()
        obj = {
            "id": str(_uuid4(rng)),
            "name": rng.choice(["ChatOpenAI", "ChatAnthropic", "AzureChatOpenAI"]),
            "run_type": "llm",
            "inputs": {
                "messages": [
                    [
                        {
                            "lc": 1,
                            "type": "constructor",
                            "id": ["langchain", "schema", "messages", "HumanMessage"],
                            "kwargs": {"content": _SENTINEL, "type": "human"},
                        }
                    ]
                ]
            },
            "start_time": start_time,
            "parent_run_id": str(_uuid4(rng)),
            "tags": rng.choice([["support-bot"], ["rag", "prod"], []]),
        }
        if asst:
            obj["inputs"]["messages"][0][0]["kwargs"]["content"] = question
            obj["outputs"] = {"generations": [[{"text": _SENTINEL, "type": "ChatGeneration"}]]}
        a, b = _json_env(obj, indent)
    elif kind == "llamaindex":
        obj = {
            "event": "LLMChatStartEvent",
            "span_id": f"OpenAI.chat-{_uuid4(rng)}",
            "model_dict": {"model": model_oa, "temperature": 0.1},
            "messages": [{"role": m["role"], "content": m["content"]} for m in msgs],
        }
        a, b = _json_env(obj, indent)
    elif kind == "pyjson":
        a0, b0 = _json_env(msgs, None)
        a = (
            "from openai import OpenAI\n\nclient = OpenAI()\n"
            "resp = client.chat.completions.create(\n"
            f'    model="{model_oa}",\n    messages='
        ) + a0
        b = b0 + ",\n)\nprint(resp.choices[0].message.content)"
    else:  # pysdk, triple-quoted prompt
        head = rng.choice(
            [
                'import anthropic\n\nclient = anthropic.Anthropic()\n\nPROMPT = """',
                'from anthropic import Anthropic\n\nclient = Anthropic()\nprompt = """',
            ]
        )
        a = head
        tail_nl = "\n" if pieces and pieces[-1][0].endswith('"') else ""
        b = (
            f'{tail_nl}"""\n\nmsg = client.messages.create(\n    model="{model_an}",\n'
            f"    max_tokens={rng.choice([1024, 2048])},\n"
            '    messages=[{"role": "user", "content": '
            + ("PROMPT" if "PROMPT" in head else "prompt")
            + "}],\n)\nprint(msg.content[0].text)"
        )
    out: list[Piece] = [(a, None)]
    out.extend((esc(t), c) for t, c in pieces)
    out.append((b, None))
    if not compact and "".join(t for t, _ in out).count("\n") >= 39:
        return _envelope(random.Random(rng.random()), pieces, tpl, compact=True)
    return out


def _assemble(pieces: list[Piece]) -> Sample:
    text = ""
    spans: list[tuple[str, int, int]] = []
    for t, c in pieces:
        if c is not None:
            spans.append((c, len(text), len(text) + len(t)))
        text += t
    return Sample(text, spans)


# ---------------------------------------------------------------------------
# look-alike census (statistics only; never used to place spans)
# ---------------------------------------------------------------------------

_LOOKALIKE_RE = re.compile(
    r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
    r"|\b(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{7,64}\b"
    r"|\bv?\d+\.\d+\.\d+\b"
    r"|\b20\d\d-\d\d-\d\d"
    r"|\b(?:localhost|[a-z][\w.-]*):\d{2,5}\b"
    r"|\b(?:localhost|127\.0\.0\.1|0\.0\.0\.0|example\.(?:com|org|net))\b"
    r"|\b(?:HTTP/\d|[1-5]\d\d (?:OK|Not|Internal|Bad|Unauthorized|Forbidden|Created))"
    r"|\b(?:pid|PID|port|build|Build|trace_id|request_id|req_id|order_id|ticket)\b"
    r"|\b[A-Z]{2,6}-\d{2,5}\b"
    r"|\b(?:ORD-\d{4}-\d+|INV-\d+|SO\d{6,})\b"
    r"|#\d{3,}\b"
    r"|\[\d{3,6}\]"
    r"|\b\d\d:\d\d:\d\d\b"
)


def _has_lookalike(s: Sample) -> bool:
    masked = list(s.text)
    for _, a, b in s.spans:
        for i in range(a, b):
            masked[i] = " "
    m = "".join(masked)
    if _LOOKALIKE_RE.search(m):
        return True
    words = set(re.findall(r"[A-Za-z][\w.\-\[\]]+", m))
    return bool(words & (T.LOOKALIKE_WORDS | set(T.HOSTS) | set(T.SERVICES)))


# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------

_TEMPLATES: list[Template] = []


def templates() -> list[Template]:
    if not _TEMPLATES:
        _TEMPLATES.extend(_parse_templates())
    return _TEMPLATES


def _generate(tpl: Template, seed: int, k: int, attempt: int) -> tuple[list[Piece], bool]:
    rng = random.Random(f"dev16:{seed}:{tpl.tid}:{k}:{attempt}")
    ctx = _Ctx(rng, tpl)
    pieces = _fill(ctx, tpl.text)
    return pieces, ctx.lookalike


def _plan(n: int, seed: int) -> list[Template]:
    """Round-robin over shuffled templates, English and non-English to a 60/40 quota."""
    tpls = templates()
    rng = random.Random(f"dev16-order:{seed}")
    en = [t for t in tpls if t.lang == "en"]
    other = [t for t in tpls if t.lang != "en"]
    rng.shuffle(en)
    rng.shuffle(other)
    n_en = round(0.6 * n)
    order = [en[i % len(en)] for i in range(n_en)]
    order += [other[i % len(other)] for i in range(n - n_en)]
    rng.shuffle(order)
    return order


def dev16_set(scale: float = 1.0, seed: int = 16) -> list[Sample]:
    n = max(1, round(1200 * scale))
    order = _plan(n, seed)
    raw: list[tuple[list[Piece], Template]] = []
    seen: set[str] = set()
    uses: dict[int, int] = {}
    for tpl in order:
        k = uses.get(tpl.tid, 0)
        uses[tpl.tid] = k + 1
        for attempt in range(8):
            pieces, _ = _generate(tpl, seed, k, attempt)
            text = "".join(t for t, _ in pieces)
            if text not in seen and text.count("\n") < 39:
                break
        else:
            raise AssertionError(f"cannot make a unique text from template {tpl.tid}")
        seen.add(text)
        raw.append((pieces, tpl))

    rng = random.Random(f"dev16-envelopes:{seed}")
    n_env = round(0.3 * n)
    eligible = [i for i, (_, t) in enumerate(raw) if "noenv" not in t.flags]
    wrap = set(rng.sample(eligible, min(n_env, len(eligible))))
    samples: list[Sample] = []
    for i, (pieces, tpl) in enumerate(raw):
        if i in wrap:
            erng = random.Random(f"dev16-env:{seed}:{i}")
            pieces = _envelope(erng, pieces, tpl)
        samples.append(_assemble(pieces))
    _check(samples)
    return samples


def sample_meta(scale: float = 1.0, seed: int = 16) -> list[dict]:
    """Per-sample metadata (language, template id) in the order of ``dev16_set``."""
    n = max(1, round(1200 * scale))
    return [{"lang": t.lang, "tid": t.tid} for t in _plan(n, seed)]


def lookalike_share(samples: list[Sample]) -> float:
    return sum(_has_lookalike(s) for s in samples) / max(1, len(samples))


def _check(samples: list[Sample]) -> None:
    seen: set[str] = set()
    for s in samples:
        text = s.text
        assert text and text.strip(), "empty text"
        assert text not in seen, f"duplicate text: {text[:80]!r}"
        seen.add(text)
        assert text.count("\n") < 39, f"too many lines: {text[:80]!r}"
        for bad in ("⟦", "⟧", "¦", "⇥", _SENTINEL):
            assert bad not in text, f"unfilled placeholder {bad!r} in {text[:120]!r}"
        prev_end = -1
        prev: tuple[str, int, int] | None = None
        for span in s.spans:
            cat, a, b = span
            assert cat in CATEGORIES, cat
            assert 0 <= a < b <= len(text), (span, len(text))
            assert a >= prev_end, f"overlapping or unsorted spans in {text[:80]!r}"
            v = text[a:b]
            assert v == v.strip(), f"outer whitespace in {v!r}"
            if prev is not None and prev[0] == "PERSON" and cat == "PERSON":
                gap = text[prev[2] : a]
                assert gap.strip(" ") != "", f"split name {text[prev[1] : b]!r}"
            if cat == "CREDIT_CARD":
                assert _luhn_ok(re.sub(r"[ -]", "", v)), v
            elif cat == "IBAN":
                assert _iban_ok(v), v
            elif cat == "CRYPTO":
                assert _eth_ok(v) if v.startswith("0x") else _btc_ok(v), v
            elif cat == "US_SSN":
                assert _ssn_ok(v), v
            elif cat == "US_ITIN":
                assert _itin_ok(v), v
            prev_end = b
            prev = span
