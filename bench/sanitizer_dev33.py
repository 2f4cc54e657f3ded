"""dev33 — a blind, hand-written, labeled evaluation set for the PII sanitizer.

Genre
-----
Home, housing, neighbourhood and everyday services, all over the world: what people
paste into an LLM, send through an LLM-backed app, or what such apps log, about where
and how they live.  Rental applications and tenancy agreements, landlord and
letting-agent e-mails, deposit disputes, property-management tickets, condo / HOA /
owners' association minutes, neighbour group chats (WhatsApp, Telegram, LINE,
KakaoTalk, WeChat and Viber exports), noise complaints, moving quotes and inventories,
utility and broadband sign-ups, meter readings, plumber and electrician job sheets,
cleaners' and nannies' schedules, house- and pet-sitting notes, home insurance
claims, mortgage and bank letters, registrations of residence, parcel and failed
delivery messages, food-delivery and restaurant-reservation logs, grocery orders,
short-term-rental host/guest messages with door codes and wifi passwords, key
handovers, smart-home and alarm configs and logs (JSON, YAML, .env, code), visitor
logs of gated communities, CSV / TSV / Markdown tables of tenants and payments,
classified ads, lost-pet posters, obituaries and condolences, tenant references.

Size: 1200 texts from 93 locales and 265 hand-written template shapes in 59 template
languages (English ones are used for every locale, as expats, international platforms
and English-speaking neighbours write them, with the locale's names, addresses, phone
numbers, dates and currencies).

How it was made
---------------
Everything in ``bench/sanitizer_dev33_templates.py`` was typed by hand for this set,
without looking at the sanitizer, its tests, its data files or any other evaluation
set, and without Faker, name lists or any package data: the locale pools (given and
family names, patronymics, nicknames, honorifics and kinship address terms, streets,
towns, districts, landmarks, building names, postcode / phone / licence / passport /
plate patterns, date patterns and month names, currencies, e-mail domains, public
figures, shops, streets named after people) and the templates (one template = one
"shape").  This module only assembles them: a locale is drawn round-robin over a
shuffled list of locales, then a template written in one of the locale's languages
(or an English one, as expats, international platforms and English-speaking
neighbours would write it), the least used first.  Persons are drawn per text with
consistent forms (the same person's full name, given name, handle, e-mail, phone and
birth date agree), grammatical gender is agreed through ``[[gN:..|..]]`` slots, and a
document keeps one date style.  Every text is built from pieces
``(text, category or None)``; span offsets are accumulated while the pieces are
joined, never searched for afterwards.  About a fifth of the texts are then wrapped
in an LLM API request body (OpenAI chat / tools / Responses, Anthropic Messages,
Gemini, Ollama generate / chat, Mistral, Cohere, Bedrock Converse) or in an
application log line that carries such a body, sometimes JSON-inside-JSON; the pieces
are JSON-escaped one by one (sometimes with ``ensure_ascii``), so the labels cover the
values exactly as they appear in the escaped text.  About 8 % of the texts come from
near-miss templates that contain nothing to remove.  Checksummed values are generated
valid (Luhn, IBAN mod-97 with each country's length, base58check, bech32 / bech32m,
EIP-55 with a Keccak-256 implemented here, US SSN / ITIN ranges).  A ``random.Random``
seeded with ``SEED`` drives everything, so the set is identical on every call and in
every process.

Label conventions (must-remove values)
--------------------------------------
PERSON, EMAIL, PHONE, IP, MAC, CREDIT_CARD, IBAN, US_SSN, US_ITIN, CRYPTO,
DATE_OF_BIRTH, ADDRESS, DRIVER_LICENSE, PASSPORT, SECRET.

* PERSON — a private person's name; the whole name is one span (given, middle,
  patronymic, particles, both surnames, "bin"/"binti" + father's name).  Titles,
  honorifics and kinship terms used as titles stay outside (Mr, Frau, Mme, Sr., さん,
  様, 씨, 님, 先生, คุณ, anh/chị, Pak/Bu, Encik/Puan, ji, Auntie, Tío, Oma, Kuya/Ate,
  Mama/Mzee, Bey/Hanım ...).  Nicknames of private people, @mentions and logins made
  of a person's name (the "@" inside), lowercase names in chat, "Surname, Given",
  "A. Surname", uppercase doorbell names and names in table cells or JSON values are
  PERSON.  Landlords, agents, caretakers, tradespeople, couriers and neighbours named
  in private documents are labeled.  Public figures, fictional characters, saints,
  and streets, parks, buildings and shops named after people are not.
* EMAIL, PHONE, IP, MAC, CREDIT_CARD, IBAN, US_SSN, US_ITIN, CRYPTO — the value.
  Every e-mail address, phone number, IP and MAC address in the set is labeled,
  also role accounts of agencies (``lettings@...``); the set contains no unlabeled
  ones.  IPs include LAN addresses of home devices.
* DATE_OF_BIRTH — only birth dates, in any format, language, script and calendar
  (Japanese era, Thai Buddhist, Minguo, Solar Hijri, Hijri, Bikram Sambat, Ethiopian
  years; Persian / Arabic-Indic / Devanagari / Bengali / Thai digits), and a birth
  year in a birth context ("born 2009", "Jahrgang 2011", "né en 1958", "1987年生まれ").
  Other dates (of death, of moving, of invoices), "built 1961", ages are not.
* ADDRESS — a private street address from its first to its last given part (unit,
  house number, street, block, ward, district, town, postcode, P.O. box, rural
  directions and landmarks as written together).  A multi-line address is one span
  (newlines inside).  The country name is kept outside the span; a town alone, a
  flat number alone, a building or estate name alone are not addresses.
* DRIVER_LICENSE, PASSPORT — the number only (no national ID numbers appear).
* SECRET — passwords, wifi passwords, API keys, tokens, PINs, door / key-safe /
  locker / gate codes, OTPs, recovery codes: the value only, never the key name.
* Not labeled: order, tracking, booking, invoice, case, ticket, meter, contract and
  customer numbers, account numbers that are not IBANs, masked cards, licence plates,
  amounts, non-birth dates, times, floor areas, versions, SSIDs, device names,
  building names, shops, brands, venues, towns.

Template slots
--------------
Templates are plain text (or JSON / YAML / CSV / Markdown / code) with ``[[...]]``
slots.  The same slot (with the same index) gives the same value within a text;
``.2``, ``.3`` ... give further values of a kind.

* Persons ``[[pN.FIELD]]`` (N = 1..9; inside a row block ``p@``), FIELD one of
  ``full given family hon kin inv formal init nick handle login email phone dob kdob
  byear kbyear sign upper`` — ``hon`` and ``kin`` give the address form of the
  template's language (title pieces unlabeled, the name labeled), ``kdob`` / ``kbyear``
  a child's birth date / year.
* ``[[gN:male text|female text]]`` — grammatical gender agreement with person N.
* ``[[alt:a|b|c]]`` — an unlabeled free variant.
* Labeled values: ``email oemail phone addr addrml street iban card ssn itin btc eth
  ip lip ip6 mac dl passport pin code wifi pw apikey token otp rcode``.
* Unlabeled values: ``order track booking invoice meter acct contract case amount
  rent big salary date time area version masked plate year town named shop public
  fiction bld flat floor ssid n nn nnn``.
* Row blocks ``[[rows:A-B]] ... [[/rows]]`` (optionally ``[[rows:A-B:SEP]]``) repeat
  their body A..B times with fresh persons and values (``@`` in slot names).
* Modifiers ``|lower``, ``|upper``, ``|cap`` after a slot name.

Run ``python -m bench.sanitizer_dev33`` for the self-checks and the counts.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
import time
import unicodedata
from dataclasses import dataclass, field

from bench import sanitizer_dev33_templates as tpl
from bench.sanitizer_data import Sample

SEED = 3333
N_TEXTS = 1200
NEAR_RATE = 0.08
WRAP_RATE = 0.20

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

UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LO = "abcdefghijklmnopqrstuvwxyz"
DIG = "0123456789"
B62 = UP + LO + DIG
HEX = "0123456789abcdef"

# ---------------------------------------------------------------------------------------
# Checksums
# ---------------------------------------------------------------------------------------


def luhn_ok(number: str) -> bool:
    digits = [int(c) for c in number if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return len(digits) >= 12 and total % 10 == 0


def luhn_complete(rng: random.Random, prefix: str, length: int) -> str:
    body = prefix + "".join(rng.choice(DIG) for _ in range(length - len(prefix) - 1))
    for check in DIG:
        if luhn_ok(body + check):
            return body + check
    raise AssertionError("unreachable")


IBAN_SPEC = {
    "AD": "4n4n12c",
    "AE": "3n16n",
    "AL": "8n16c",
    "AT": "5n11n",
    "AZ": "4a20c",
    "BA": "3n3n8n2n",
    "BE": "3n7n2n",
    "BG": "4a4n2n8c",
    "BH": "4a14c",
    "BR": "8n5n10n1a1c",
    "BY": "4c4n16c",
    "CH": "5n12c",
    "CR": "4n14n",
    "CY": "3n5n16c",
    "CZ": "4n6n10n",
    "DE": "8n10n",
    "DK": "4n9n1n",
    "DO": "4c20n",
    "EE": "2n2n11n1n",
    "EG": "4n4n17n",
    "ES": "4n4n1n1n10n",
    "FI": "3n11n",
    "FR": "5n5n11c2n",
    "GB": "4a6n8n",
    "GE": "2a16n",
    "GR": "3n4n16c",
    "GT": "4c20c",
    "HR": "7n10n",
    "HU": "3n4n1n15n1n",
    "IE": "4a6n8n",
    "IL": "3n3n13n",
    "IQ": "4a3n12n",
    "IR": "3n19n",
    "IS": "4n2n6n10n",
    "IT": "1a5n5n12c",
    "JO": "4a4n18c",
    "KW": "4a22c",
    "KZ": "3n13c",
    "LB": "4n20c",
    "LI": "5n12c",
    "LT": "5n11n",
    "LU": "3n13c",
    "LV": "4a13c",
    "MC": "5n5n11c2n",
    "MD": "2c18c",
    "ME": "3n13n2n",
    "MK": "3n10c2n",
    "MT": "4a5n18c",
    "MU": "4a2n2n12n3n3a",
    "NL": "4a10n",
    "NO": "4n6n1n",
    "PK": "4a16c",
    "PL": "8n16n",
    "PS": "4a21c",
    "PT": "4n4n11n2n",
    "QA": "4a21c",
    "RO": "4a16c",
    "RS": "3n13n2n",
    "SA": "2n18c",
    "SE": "3n16n1n",
    "SI": "5n8n2n",
    "SK": "4n6n10n",
    "SM": "1a5n5n12c",
    "SV": "4a20n",
    "TN": "2n3n13n2n",
    "TR": "5n1n16c",
    "UA": "6n19c",
    "XK": "4n10n2n",
}
#: Total IBAN lengths of the official registry, typed separately from the BBAN patterns.
IBAN_LEN = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22,
    "BH": 22, "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22,
    "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FR": 27, "GB": 22,
    "GE": 22, "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IR": 26,
    "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LI": 21, "LT": 20,
    "LU": 20, "LV": 21, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MT": 31, "MU": 30,
    "NL": 18, "NO": 15, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24,
    "RS": 22, "SA": 24, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "SV": 28, "TN": 24,
    "TR": 26, "UA": 29, "XK": 20,
}  # fmt: skip
IBAN_BANKS = {
    "GB": "NWBK BARC LOYD HBUK MIDL NAIA MONZ SRLG",
    "IE": "AIBK BOFI IPBS ULSB",
    "NL": "ABNA INGB RABO SNSB ASNB TRIO KNAB BUNQ",
    "RO": "BTRL RNCB BRDE INGB RZBR",
    "BG": "UNCR STSA FINV BPBI",
    "LV": "HABA UNLA PARX RIKO",
    "MT": "VALL MALT APSB",
    "PK": "HABB MUCB ALFH UNIL MEZN",
    "QA": "QNBA DOHB CBQA",
    "KW": "NBOK CBKU GULB",
    "JO": "ARAB CAAB HBHO",
    "BH": "NBOB BBKU AUBB",
    "AZ": "NABZ AIIB IBAZ",
    "PS": "PALS ARAB",
    "IQ": "NBIQ RAFB",
    "MU": "MCBL SBMA",
}


def _iban_digits(s: str) -> str:
    return "".join(str(int(c, 36)) for c in s)


def iban_make(rng: random.Random, cc: str) -> str:
    bban = ""
    for count, kind in re.findall(r"(\d+)([nac])", IBAN_SPEC[cc]):
        for _ in range(int(count)):
            pool = DIG if kind == "n" else UP if kind == "a" else DIG * 15 + UP
            bban += rng.choice(pool)
    banks = IBAN_BANKS.get(cc)
    if banks:
        bban = rng.choice(banks.split()) + bban[4:]
    if cc == "TR":
        bban = bban[:5] + "0" + bban[6:]
    check = 98 - int(_iban_digits(bban + cc + "00")) % 97
    return f"{cc}{check:02d}{bban}"


def iban_ok(value: str) -> bool:
    s = value.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    return len(s) == IBAN_LEN.get(s[:2], -1) and int(_iban_digits(s[4:] + s[:4])) % 97 == 1


B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def _dsha(b: bytes) -> bytes:
    return hashlib.sha256(hashlib.sha256(b).digest()).digest()


def b58check(version: int, payload: bytes) -> str:
    raw = bytes([version]) + payload
    raw += _dsha(raw)[:4]
    n = int.from_bytes(raw, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    return "1" * (len(raw) - len(raw.lstrip(b"\0"))) + out


def b58check_ok(s: str) -> bool:
    n = 0
    for c in s:
        if c not in B58:
            return False
        n = n * 58 + B58.index(c)
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
    raw = b"\0" * (len(s) - len(s.lstrip("1"))) + raw
    return len(raw) == 25 and raw[0] in (0, 5) and _dsha(raw[:-4])[:4] == raw[-4:]


BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
BECH32M = 0x2BC830A3


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


def _hrp(h: str) -> list[int]:
    return [ord(x) >> 5 for x in h] + [0] + [ord(x) & 31 for x in h]


def _bits8to5(data: bytes) -> list[int]:
    acc = bits = 0
    out = []
    for v in data:
        acc = (acc << 8) | v
        bits += 8
        while bits >= 5:
            bits -= 5
            out.append((acc >> bits) & 31)
    if bits:
        out.append((acc << (5 - bits)) & 31)
    return out


def segwit_make(rng: random.Random, version: int, nbytes: int) -> str:
    data = [version] + _bits8to5(bytes(rng.randrange(256) for _ in range(nbytes)))
    const = 1 if version == 0 else BECH32M
    pm = _polymod(_hrp("bc") + data + [0] * 6) ^ const
    data += [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return "bc1" + "".join(BECH[d] for d in data)


def bech32_ok(s: str) -> bool:
    if s != s.lower() or not s.startswith("bc1"):
        return False
    try:
        data = [BECH.index(c) for c in s[3:]]
    except ValueError:
        return False
    const = 1 if data[0] == 0 else BECH32M
    return len(s) in (42, 62) and _polymod(_hrp("bc") + data) == const


_RC = (
    0x0000000000000001, 0x0000000000008082, 0x800000000000808A, 0x8000000080008000,
    0x000000000000808B, 0x0000000080000001, 0x8000000080008081, 0x8000000000008009,
    0x000000000000008A, 0x0000000000000088, 0x0000000080008009, 0x000000008000000A,
    0x000000008000808B, 0x800000000000008B, 0x8000000000008089, 0x8000000000008003,
    0x8000000000008002, 0x8000000000000080, 0x000000000000800A, 0x800000008000000A,
    0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008,
)  # fmt: skip
_ROT = (
    (0, 36, 3, 41, 18),
    (1, 44, 10, 45, 2),
    (62, 6, 43, 15, 61),
    (28, 55, 25, 21, 56),
    (27, 20, 39, 8, 14),
)
_M64 = (1 << 64) - 1


def _rotl(x: int, n: int) -> int:
    return ((x << n) | (x >> (64 - n))) & _M64 if n else x


def _keccak_f(a: list[int]) -> None:
    for rc in _RC:
        c = [a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20] for x in range(5)]
        d = [c[(x - 1) % 5] ^ _rotl(c[(x + 1) % 5], 1) for x in range(5)]
        for i in range(25):
            a[i] ^= d[i % 5]
        b = [0] * 25
        for x in range(5):
            for y in range(5):
                b[y + 5 * ((2 * x + 3 * y) % 5)] = _rotl(a[x + 5 * y], _ROT[x][y])
        for x in range(5):
            for y in range(5):
                a[x + 5 * y] = b[x + 5 * y] ^ (
                    (~b[(x + 1) % 5 + 5 * y] & _M64) & b[(x + 2) % 5 + 5 * y]
                )
        a[0] ^= rc


def keccak256(data: bytes) -> bytes:
    """Keccak-256 as used by Ethereum (original 0x01 padding, not SHA3's 0x06)."""
    rate = 136
    msg = bytearray(data) + b"\x01"
    while len(msg) % rate:
        msg.append(0)
    msg[-1] |= 0x80
    state = [0] * 25
    for off in range(0, len(msg), rate):
        for i in range(rate // 8):
            state[i] ^= int.from_bytes(msg[off + 8 * i : off + 8 * i + 8], "little")
        _keccak_f(state)
    return b"".join(state[i].to_bytes(8, "little") for i in range(4))


def eip55(hex40: str) -> str:
    low = hex40.lower()
    h = keccak256(low.encode("ascii")).hex()
    return "0x" + "".join(
        c.upper() if c.isalpha() and int(h[i], 16) >= 8 else c for i, c in enumerate(low)
    )


def eth_ok(s: str) -> bool:
    return bool(re.fullmatch(r"0x[0-9a-fA-F]{40}", s)) and eip55(s[2:]) == s


def ssn_ok(s: str) -> bool:
    d = re.sub(r"[ -]", "", s)
    if not re.fullmatch(r"\d{9}", d):
        return False
    area, group, serial = int(d[:3]), int(d[3:5]), int(d[5:])
    return area not in (0, 666) and area < 900 and group != 0 and serial != 0


def itin_ok(s: str) -> bool:
    d = re.sub(r"[ -]", "", s)
    if not re.fullmatch(r"9\d{8}", d):
        return False
    g = int(d[3:5])
    return 70 <= g <= 88 or 90 <= g <= 92 or 94 <= g <= 99


def crypto_ok(s: str) -> bool:
    if s.startswith("0x"):
        return eth_ok(s)
    if s.startswith("bc1"):
        return bech32_ok(s)
    return b58check_ok(s)


# ---------------------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------------------

_FOLD = {
    "ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ł": "l",
    "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ı": "i",
    "ħ": "h", "Ħ": "H", "ʻ": "", "ʼ": "", "’": "", "‘": "",
}  # fmt: skip


def fold(s: str) -> str:
    s = "".join(_FOLD.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def ascii_token(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(s).lower())


DIGITS = {
    "fa": "۰۱۲۳۴۵۶۷۸۹",
    "ar": "٠١٢٣٤٥٦٧٨٩",
    "hi": "०१२३४५६७८९",
    "bn": "০১২৩৪৫৬৭৮৯",
    "th": "๐๑๒๓๔๕๖๗๘๙",
    "my": "၀၁၂၃၄၅၆၇၈၉",
}


def with_digits(s: str, code: str | None) -> str:
    if not code:
        return s
    table = DIGITS[code]
    return "".join(table[int(c)] if c in DIG else c for c in s)


def split_digits(pattern: str) -> tuple[str | None, str]:
    """``"!fa 09## ### ####"`` -> ``("fa", "09## ### ####")``."""
    if pattern.startswith("!"):
        code, rest = pattern[1:].split(" ", 1)
        return code, rest
    return None, pattern


def fill_pattern(rng: random.Random, pattern: str) -> str:
    code, pattern = split_digits(pattern)
    out = []
    for ch in pattern:
        if ch == "#":
            out.append(rng.choice(DIG))
        elif ch == "%":
            out.append(rng.choice("123456789"))
        elif ch == "@":
            out.append(rng.choice(UP))
        elif ch == "&":
            out.append(rng.choice(LO))
        elif ch == "?":
            out.append(rng.choice(UP + DIG))
        else:
            out.append(ch)
    return with_digits("".join(out), code)


def items(s: str, sep: str = ",") -> list[str]:
    if not s:
        return []
    return [x.strip().replace("^", ",") for x in s.split(sep) if x.strip()]


def pair(entry: str) -> tuple[str, str]:
    if "/" in entry:
        a, b = entry.split("/", 1)
        return a.strip(), b.strip()
    return entry, entry


def gpair(entry: str) -> tuple[str, str]:
    if "=" in entry:
        a, b = entry.split("=", 1)
        return a.strip(), b.strip()
    return entry, entry


def gendered(entry: str) -> tuple[tuple[str, str], tuple[str, str]]:
    """``"Иванов=Иванова/Ivanov=Ivanova"`` -> ``((native m, native f), (roman m, roman f))``."""
    nat, rom = pair(entry)
    return gpair(nat), gpair(rom)


# ---------------------------------------------------------------------------------------
# Locales
# ---------------------------------------------------------------------------------------

ADDR_TOKENS = {
    "st",
    "st2",
    "no",
    "noa",
    "d1",
    "n",
    "nn",
    "nnn",
    "fl",
    "L",
    "box",
    "km",
    "town",
    "dist",
    "bld",
    "reg",
    "lm",
    "pc",
}


class Locale:
    def __init__(self, code: str, d: dict) -> None:
        self.code = code
        self.country = d["country"]
        self.langs = d["langs"].split()
        self.style = d.get("style", "w")
        self.gm = [pair(x) for x in items(d["gm"])]
        self.gf = [pair(x) for x in items(d["gf"])]
        self.fam = [gendered(x) for x in items(d.get("fam", ""))]
        self.pat = [gendered(x) for x in items(d.get("pat", ""))]
        self.midm = [pair(x) for x in items(d.get("midm", ""))]
        self.midf = [pair(x) for x in items(d.get("midf", ""))]
        self.engm = items(d.get("engm", ""))
        self.engf = items(d.get("engf", ""))
        self.nick = [pair(x) for x in items(d.get("nick", ""))]
        self.hon = items(d.get("hon", ""), ";")
        self.hon_en = items(d.get("hon_en", ""), ";")
        self.kin = items(d.get("kin", ""), ";")
        self.kin_en = items(d.get("kin_en", ""), ";")
        self.pools = {
            k: [pair(x) for x in items(d.get(k, ""))]
            for k in ("streets", "towns", "dists", "blds", "regs", "lms")
        }
        self.addr = items(d["addr"], ";")
        self.addr_en = items(d.get("addr_en", ""), ";")
        self.short = items(d.get("short", ""), ";")
        self.short_en = items(d.get("short_en", ""), ";")
        self.sep = d.get("sep", ", ")
        self.sep_en = d.get("sep_en", ", ")
        self.pc = items(d.get("pc", ""), ";")
        self.phone = items(d["phone"], ";")
        self.dates = items(d["dates"], ";")
        self.order = d.get("order", "dmy")
        self.mon = d.get("mon", "")
        self.cur = d.get("cur", "{n}")
        self.num = d.get("num", "en")
        self.fx = float(d.get("fx", 1))
        self.iban = d.get("iban", "")
        self.cards = d.get("cards", "visa mc")
        self.dl = items(d.get("dl", ""), ";")
        self.pp = items(d.get("pp", ""), ";")
        self.plate = items(d.get("plate", ""), ";")
        self.mail = items(d.get("mail", ""))
        self.public = [pair(x) for x in items(d.get("public", ""))]
        self.shops = [pair(x) for x in items(d.get("shops", ""))]
        self.named = [pair(x) for x in items(d.get("named", ""))]
        self.area = d.get("area", "{n} m²")
        self.latin = all(a == b for a, b in self.gm + self.gf)
        self._validate()

    def _validate(self) -> None:
        for fmt in self.addr + self.addr_en + self.short + self.short_en:
            for t in re.findall(r"\{(\w+)\}", fmt):
                assert t in ADDR_TOKENS, (self.code, t)
                pool = {"st2": "streets"}.get(
                    t,
                    {
                        "town": "towns",
                        "dist": "dists",
                        "bld": "blds",
                        "reg": "regs",
                        "lm": "lms",
                        "st": "streets",
                    }.get(t),
                )
                if pool:
                    assert self.pools[pool], (self.code, "pool", pool)
                if t == "pc":
                    assert self.pc, (self.code, "pc")
        assert self.gm and self.gf, self.code
        if self.style in (
            "w",
            "es",
            "pt",
            "hu",
            "ru",
            "cjk",
            "ko",
            "ja",
            "vi",
            "id",
            "th",
            "ph",
            "ta",
        ):
            assert self.fam, (self.code, "fam")
        if self.style in ("ru", "is"):
            assert self.pat, (self.code, "pat")
        if self.style == "vi":
            assert self.midm and self.midf, self.code
        if self.iban:
            assert self.iban in IBAN_SPEC, self.code
        assert self.dates, self.code


LOCALES = {code: Locale(code, d) for code, d in tpl.LOCALES.items()}


def _lang_defaults(attr: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for code in sorted(LOCALES):
        loc = LOCALES[code]
        lang = loc.langs[0]
        if lang not in out and getattr(loc, attr) and loc.latin == (lang not in tpl.NONLATIN_LANGS):
            out[lang] = getattr(loc, attr)
    for code in sorted(LOCALES):
        loc = LOCALES[code]
        if loc.langs[0] not in out and getattr(loc, attr):
            out[loc.langs[0]] = getattr(loc, attr)
    return out


LANG_HON = _lang_defaults("hon")
LANG_KIN = _lang_defaults("kin")


@dataclass
class Template:
    id: str
    langs: list[str]
    kind: str
    fmt: str
    only: list[str]
    mode: str
    text: str
    slots: set[str] = field(default_factory=set)


SLOT = re.compile(r"\[\[([^\[\]]+)\]\]")
ROWS = re.compile(r"\[\[rows:(\d+)-(\d+)(?::([^\]]*))?\]\](.*?)\[\[/rows\]\]", re.S)
LABELED_KINDS = {
    "email": "EMAIL", "oemail": "EMAIL", "phone": "PHONE", "addr": "ADDRESS", "addrml": "ADDRESS",
    "street": "ADDRESS", "iban": "IBAN", "card": "CREDIT_CARD", "ssn": "US_SSN", "itin": "US_ITIN",
    "btc": "CRYPTO", "eth": "CRYPTO", "ip": "IP", "lip": "IP", "ip6": "IP", "mac": "MAC",
    "dl": "DRIVER_LICENSE", "passport": "PASSPORT", "pin": "SECRET", "code": "SECRET",
    "wifi": "SECRET", "pw": "SECRET", "apikey": "SECRET", "token": "SECRET", "otp": "SECRET",
    "rcode": "SECRET",
}  # fmt: skip
UNLABELED_KINDS = {
    "order", "track", "booking", "invoice", "meter", "acct", "contract", "case", "amount", "rent",
    "big", "date", "time", "area", "version", "masked", "plate", "year", "town", "named", "shop",
    "public", "fiction", "bld", "flat", "floor", "ssid", "n", "nn", "nnn", "salary",
}  # fmt: skip
PERSON_FIELDS = {
    "full", "given", "family", "hon", "kin", "inv", "formal", "init", "nick", "handle", "login",
    "email", "phone", "dob", "kdob", "byear", "kbyear", "sign", "upper",
}  # fmt: skip


def _slot_names(text: str) -> set[str]:
    return {m.group(1) for m in SLOT.finditer(text)}


def _load_templates() -> list[Template]:
    out = []
    seen = set()
    for t in tpl.TEMPLATES:
        text = t["text"].strip("\n")
        tt = Template(t["id"], t["langs"].split(), t.get("kind", "pii"), t.get("fmt", "text"),
                      t.get("only", "").split(), t.get("mode", ""), text)  # fmt: skip
        assert tt.id not in seen, tt.id
        seen.add(tt.id)
        for name in _slot_names(ROWS.sub(lambda m: m.group(4), text)):
            if name.startswith(("alt:", "rows:", "/rows")) or re.match(r"g[\d@]+:", name):
                continue
            base = name.split("|")[0]
            if re.match(r"p[\d@]+\.", base):
                fld = base.split(".", 1)[1]
                assert fld in PERSON_FIELDS, (tt.id, name)
                if tt.kind == "near":
                    raise AssertionError(("person slot in near-miss template", tt.id, name))
                tt.slots.add("p." + fld)
                continue
            kind = base.split(".")[0]
            assert kind in LABELED_KINDS or kind in UNLABELED_KINDS, (tt.id, name)
            if tt.kind == "near":
                assert kind not in LABELED_KINDS, (tt.id, name)
            tt.slots.add(kind)
        if tt.slots & {"ssn", "itin"}:
            assert tt.only, tt.id
        rest = SLOT.sub("", text)
        assert "[[" not in rest and "]]" not in rest, ("stray brackets", tt.id)
        assert not re.search(r"\{(?:st|no|town|pc|g|f|full)\}", rest), ("stray token", tt.id)
        out.append(tt)
    return out


TEMPLATES = _load_templates()

# ---------------------------------------------------------------------------------------
# Dates, numbers
# ---------------------------------------------------------------------------------------

_MDAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def rand_date(rng: random.Random, y0: int, y1: int) -> tuple[int, int, int]:
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12)
    dmax = _MDAYS[m - 1] + (1 if m == 2 and y % 4 == 0 and (y % 100 or y % 400 == 0) else 0)
    return y, m, rng.randint(1, dmax)


def _jera(y: int, m: int, d: int) -> tuple[str, str, int]:
    if (y, m, d) >= (2019, 5, 1):
        return "令和", "R", y - 2018
    if (y, m, d) >= (1989, 1, 8):
        return "平成", "H", y - 1988
    return "昭和", "S", y - 1925


EN_DATES = {
    "dmy": [
        "{d} {MON} {y}",
        "{dd}/{mm}/{y}",
        "{d} {Mon} {y}",
        "{dd}.{mm}.{y}",
        "{y}-{mm}-{dd}",
        "{d}/{m}/{y}",
    ],
    "mdy": [
        "{MON} {d}, {y}",
        "{mm}/{dd}/{y}",
        "{m}/{d}/{y}",
        "{Mon} {d}, {y}",
        "{y}-{mm}-{dd}",
        "{m}-{d}-{y}",
    ],
    "ymd": ["{y}-{mm}-{dd}", "{y}/{mm}/{dd}", "{d} {MON} {y}", "{y}.{mm}.{dd}"],
}


def fmt_date(ymd: tuple[int, int, int], pattern: str, months: list[str]) -> str:
    y, m, d = ymd
    code, pattern = split_digits(pattern)
    era, era_r, ey = _jera(y, m, d)

    def tok(t: str) -> str:
        return {
            "d": str(d),
            "dd": f"{d:02d}",
            "m": str(m),
            "mm": f"{m:02d}",
            "y": str(y),
            "yy": f"{y % 100:02d}",
            "MON": months[m - 1] if months else str(m),
            "Mon": (months[m - 1][:3] if months else str(m)),
            "be": str(y + 543),
            "roc": str(y - 1911),
            "sh": str(y - 621 if m > 3 else y - 622),
            "bs": str(y + 57 if m > 4 else y + 56),
            "et": str(y - 7 if m >= 9 else y - 8),
            "hj": str(int((y - 622) * 33 / 32)),
            "jera": era + ("元" if ey == 1 else str(ey)),
            "jeraR": f"{era_r}{ey}",
        }[t]

    return with_digits(re.sub(r"\{(\w+)\}", lambda mm: tok(mm.group(1)), pattern), code)


def fmt_num(value: float, style: str) -> str:
    dec = not style.endswith("0")
    base = style.rstrip("0")
    cents = round(value * 100) if dec else round(value) * 100
    ip, fp = divmod(cents, 100)
    s = str(ip)
    group = {"en": ",", "de": ".", "fr": " ", "ch": "'", "in": ",", "sp": " ", "no": ""}[base]
    decimal = {"en": ".", "de": ",", "fr": ",", "ch": ".", "in": ".", "sp": ",", "no": "."}[base]
    if base == "in" and len(s) > 3:
        head, tail = s[:-3], s[-3:]
        parts = []
        while len(head) > 2:
            parts.insert(0, head[-2:])
            head = head[:-2]
        if head:
            parts.insert(0, head)
        s = ",".join(parts) + "," + tail
    elif group and len(s) > 3:
        parts = []
        while len(s) > 3:
            parts.insert(0, s[-3:])
            s = s[:-3]
        parts.insert(0, s)
        s = group.join(parts)
    return s + (decimal + f"{fp:02d}" if dec else "")


# ---------------------------------------------------------------------------------------
# Persons and values
# ---------------------------------------------------------------------------------------


class Person:
    def __init__(self, ctx: Ctx) -> None:
        loc, rng = ctx.loc, ctx.rng
        self.ctx = ctx
        self.sex = rng.choice("mf")
        si = 0 if self.sex == "m" else 1
        pool = loc.gm if self.sex == "m" else loc.gf
        self.g = rng.choice(pool)
        self.f = self.f2 = self.mid = self.p = self.e = None
        st = loc.style
        if loc.fam:
            fam = rng.choice(loc.fam)
            self.f = (fam[0][si], fam[1][si])
        if st in ("es", "pt"):
            fam2 = rng.choice(loc.fam)
            self.f2 = (fam2[0][si], fam2[1][si])
            if self.f2 == self.f:
                self.f2 = None
        if st in ("w", "pt") and rng.random() < (0.3 if st == "pt" else 0.15):
            m = rng.choice(pool)
            if m != self.g:
                self.mid = m
        if st == "ph":
            fam2 = rng.choice(loc.fam)
            self.mid = (fam2[0][si], fam2[1][si])
        if st in ("ru", "is"):
            pt = rng.choice(loc.pat)
            self.p = (pt[0][si], pt[1][si])
        if st in ("ar", "ms", "et", "ta", "mn"):
            self.p = rng.choice(loc.gm)
        if st == "vi":
            self.mid = rng.choice(loc.midm if self.sex == "m" else loc.midf)
        if st in ("id",) and rng.random() < 0.35:
            self.f = None
        if st == "mm":
            self.f = None
        eng = loc.engm if self.sex == "m" else loc.engf
        if eng and rng.random() < 0.4:
            self.e = rng.choice(eng)
        self.nick = rng.choice(loc.nick) if loc.nick else None
        self.dob = rand_date(rng, 1938, 2004)
        self.kdob = rand_date(rng, 2008, 2023)
        self.memo: dict[str, list[tuple[str, str | None]]] = {}

    # script ------------------------------------------------------------------------
    def s(self, p: tuple[str, str] | None) -> str:
        if p is None:
            return ""
        mode = self.ctx.mode
        if mode == "native":
            return p[0]
        return fold(p[1]) if mode == "ascii" else p[1]

    @property
    def native_cjk(self) -> bool:
        return self.ctx.mode == "native" and self.ctx.loc.style in ("cjk", "ko", "ja")

    def given(self) -> str:
        return self.s(self.g)

    def family(self) -> str:
        st = self.ctx.loc.style
        if st in ("is", "et", "mn"):
            return self.s(self.p)
        if st in ("ms", "mm") or self.f is None:
            return self.s(self.g)
        return self.s(self.f)

    def _full(self) -> str:
        rng, st = self.ctx.rng, self.ctx.loc.style
        g, f = self.s(self.g), self.s(self.f)
        if st == "w":
            if self.mid and rng.random() < 0.6:
                return f"{g} {self.s(self.mid)} {f}"
            return f"{g} {f}"
        if st in ("es", "pt"):
            mid = f" {self.s(self.mid)}" if self.mid and rng.random() < 0.7 else ""
            if self.f2 and rng.random() < 0.65:
                return f"{g}{mid} {f} {self.s(self.f2)}"
            return f"{g}{mid} {f}"
        if st == "hu":
            return f"{f} {g}"
        if st == "ru":
            return rng.choice(
                [f"{g} {f}", f"{g} {self.s(self.p)} {f}", f"{f} {g} {self.s(self.p)}"]
            )
        if st == "is":
            return f"{g} {self.s(self.p)}"
        if st in ("cjk", "ko", "ja"):
            if self.ctx.mode == "native":
                if st == "ja" and rng.random() < 0.5:
                    return f"{f} {g}"
                return f"{f}{g}"
            if self.e and rng.random() < 0.7:
                return rng.choice([f"{self.e} {f}", f"{self.e} {f} {g}"])
            return rng.choice([f"{f} {g}", f"{g} {f}"])
        if st == "vi":
            return f"{f} {self.s(self.mid)} {g}"
        if st == "ar":
            return rng.choice([f"{g} {f}", f"{g} {self.s(self.p)} {f}"])
        if st == "ms":
            if self.ctx.mode == "native" and self.ctx.loc.code != "ms_MY":
                return f"{g} {self.s(self.p)}"
            return rng.choice(
                [
                    f"{g} {'bin' if self.sex == 'm' else 'binti'} {self.s(self.p)}",
                    f"{g} {self.s(self.p)}",
                ]
            )
        if st == "mm":
            return g
        if st == "et":
            return f"{g} {self.s(self.p)}"
        if st == "mn":
            p = self.s(self.p)
            return rng.choice([f"{p[:1]}. {g}", f"{p} {g}", g])
        if st == "id":
            return g if not f else f"{g} {f}"
        if st == "ta":
            p = self.s(self.p)
            return rng.choice([f"{p[:1]}. {g}", f"{g} {f}", f"{g} {p}"]) if p else f"{g} {f}"
        if st == "th":
            return f"{g} {f}"
        if st == "ph":
            m = self.s(self.mid)
            return rng.choice([f"{g} {m[:1]}. {f}", f"{g} {f}", f"{g} {m} {f}"])
        raise AssertionError(st)

    def full(self) -> str:
        if "_full" not in self.memo:
            self.memo["_full"] = [(self._full(), "PERSON")]
        return self.memo["_full"][0][0]

    def _inv(self) -> str:
        st = self.ctx.loc.style
        if self.native_cjk or st in ("mm", "ms", "hu", "vi", "et", "ta", "mn") or self.f is None:
            return self.full()
        g, f = self.given(), self.family()
        if st == "ru":
            return f"{f} {g} {self.s(self.p)}"
        if st in ("es", "pt") and self.f2:
            return f"{f} {self.s(self.f2)}, {g}"
        return f"{f}, {g}"

    def _formal(self) -> str:
        st, rng = self.ctx.loc.style, self.ctx.rng
        if self.native_cjk or not self.ctx.loc.latin and self.ctx.mode == "native":
            return self.full()
        if st == "ms":
            return (
                f"{self.given()} {'BIN' if self.sex == 'm' else 'BINTI'} {self.s(self.p)}".upper()
            )
        if st in ("mm", "et", "ta", "vi", "mn") or self.f is None:
            return self.full().upper()
        g, f = self.given(), self.family()
        if st == "ru":
            return f"{f.upper()} {g} {self.s(self.p)}"
        if st in ("es", "pt") and self.f2:
            return f"{f.upper()} {self.s(self.f2).upper()}, {g}"
        return rng.choice([f"{f.upper()} {g}", f"{f.upper()}, {g}", f"{f}, {g}"])

    def _init(self) -> str:
        st = self.ctx.loc.style
        if self.native_cjk or st in ("mm", "ms", "et", "vi", "mn") or self.f is None:
            return self.full()
        g, f = self.given(), self.family()
        if st == "ru":
            return f"{f} {g[:1]}. {self.s(self.p)[:1]}."
        if st == "hu":
            return f"{f} {g[:1]}."
        parts = re.split(r"([- ])", g)
        ini = "".join(p[:1] + "." if p not in ("-", " ") else p for p in parts if p)
        return f"{ini} {f}"

    def _ascii(self) -> tuple[str, str]:
        g = ascii_token(self.g[1])
        base = (
            self.f
            if self.f
            else (self.p if self.ctx.loc.style in ("ms", "et", "ta", "is", "ar", "mn") else None)
        )
        f = ascii_token(base[1]) if base else ""
        if self.e and self.ctx.rng.random() < 0.5:
            g = ascii_token(self.e)
        return g, f

    def _local(self) -> str:
        rng = self.ctx.rng
        g, f = self._ascii()
        yy = f"{self.dob[0] % 100:02d}"
        nn = str(rng.randint(1, 99))
        if not f:
            return rng.choice([g, f"{g}{yy}", f"{g}.{nn}", f"{g}_{self.dob[0]}"])
        options = [f"{g}.{f}", f"{g}{f}", f"{g[:1]}{f}", f"{f}.{g}", f"{g}_{f}{yy}"]
        options += [f"{g}.{f}{nn}", f"{f}{g[:1]}", f"{g}{f[:1]}{yy}", f"{g[:1]}.{f}", f"{f}-{g}"]
        return rng.choice(options)

    def _handle(self) -> str:
        rng = self.ctx.rng
        g, f = self._ascii()
        if not f:
            return rng.choice([g, f"{g}_{rng.randint(1, 99)}", f"{g}.{self.dob[0]}"])
        return rng.choice(
            [
                f"{g}{f}",
                f"{g}_{f}",
                f"{g}.{f}",
                f"{g}{f[:1]}",
                f"{g[:1]}{f}",
                f"{f}_{g}",
                f"{g}.{f[:1]}",
            ]
        )

    def _pattern(self, patterns: list[str]) -> list[tuple[str, str | None]]:
        rng = self.ctx.rng
        ok = [p for p in patterns if not p.endswith(("|m", "|f")) or p.endswith("|" + self.sex)]
        pat = rng.choice(ok or ["{g}"]).rsplit("|", 1)[0] if ok else "{g}"
        m = re.search(r"\{(g|f|full|gp|nick)\}", pat)
        assert m, pat
        tok = m.group(1)
        if tok == "g":
            val = self.given()
        elif tok == "f":
            val = self.family()
        elif tok == "gp":
            val = f"{self.given()} {self.s(self.p)}" if self.p else self.given()
        elif tok == "nick":
            val = self.s(self.nick) if self.nick else self.given()
        else:
            val = self.full()
        out = [(pat[: m.start()], None), (val, "PERSON"), (pat[m.end() :], None)]
        return [x for x in out if x[0]]

    def _hon_patterns(self, which: str) -> list[str]:
        ctx = self.ctx
        loc = ctx.loc
        lang = ctx.lang
        native_list = loc.hon if which == "hon" else loc.kin
        en_list = loc.hon_en if which == "hon" else loc.kin_en
        if lang == "en":
            base = tpl.EN_HON if which == "hon" else tpl.EN_KIN
            if ctx.mode == "native" and not loc.latin:
                return native_list if native_list and ctx.rng.random() < 0.35 else base
            return en_list if en_list and ctx.rng.random() < 0.35 else base
        if lang == loc.langs[0]:
            if ctx.mode == "native" and native_list:
                return native_list
            if en_list:
                return en_list
            return native_list or ["{g}"]
        table = LANG_HON if which == "hon" else LANG_KIN
        return table.get(lang) or LANG_HON.get(lang) or ["{g}"]

    def field(self, name: str) -> list[tuple[str, str | None]]:
        if name in self.memo:
            return self.memo[name]
        ctx = self.ctx
        rng = ctx.rng
        P = "PERSON"
        if name == "full":
            self.full()
            out = self.memo["_full"]
        elif name == "given":
            out = [(self.given(), P)]
        elif name == "family":
            out = [(self.family(), P)]
        elif name in ("hon", "kin"):
            out = self._pattern(self._hon_patterns(name))
        elif name == "inv":
            out = [(self._inv(), P)]
        elif name == "formal":
            out = [(self._formal(), P)]
        elif name == "init":
            out = [(self._init(), P)]
        elif name == "nick":
            out = [(self.s(self.nick) if self.nick else self.given(), P)]
        elif name == "handle":
            out = [("@" + self._handle(), P)]
        elif name == "login":
            out = [(self._handle(), P)]
        elif name == "email":
            dom = (
                rng.choice(ctx.loc.mail + tpl.GLOBAL_MAIL)
                if ctx.loc.mail and rng.random() < 0.65
                else rng.choice(tpl.GLOBAL_MAIL)
            )
            out = [(f"{self._local()}@{dom}", "EMAIL")]
        elif name == "phone":
            out = [(ctx.phone(), "PHONE")]
        elif name in ("dob", "kdob"):
            out = [(ctx.date_str(self.dob if name == "dob" else self.kdob), "DATE_OF_BIRTH")]
        elif name in ("byear", "kbyear"):
            out = [(str((self.dob if name == "byear" else self.kdob)[0]), "DATE_OF_BIRTH")]
        elif name == "sign":
            out = [(rng.choice([self.given(), self.full(), self.full()]), P)]
        elif name == "upper":
            out = [
                (self.full().upper() if ctx.loc.latin or ctx.mode != "native" else self.full(), P)
            ]
        else:
            raise KeyError(name)
        self.memo[name] = out
        return out


class Ctx:
    """Per-text state: locale, template language, script mode, persons, memoized values."""

    def __init__(self, rng: random.Random, loc: Locale, lang: str, mode: str, esc: bool) -> None:
        self.rng, self.loc, self.lang, self.mode, self.esc = rng, loc, lang, mode, esc
        self.persons: dict[str, Person] = {}
        self.vals: dict[tuple[str, str], list[tuple[str, str | None]]] = {}
        self._date_pats: dict[str, str] = {}

    def person(self, key: str) -> Person:
        if key not in self.persons:
            taken = {p.g for p in self.persons.values()}
            for _ in range(6):
                p = Person(self)
                if p.g not in taken:
                    break
            self.persons[key] = p
        return self.persons[key]

    # locale-driven values ----------------------------------------------------------
    def months(self) -> list[str]:
        if self.lang == "en" or not self.loc.mon:
            return tpl.MONTHS["en"]
        return tpl.MONTHS[self.loc.mon]

    def _pat(self, key: str, pats: list[str]) -> str:
        """One date pattern per text (80 %), as a document or chat keeps its style."""
        if key not in self._date_pats or self.rng.random() < 0.2:
            self._date_pats[key] = self.rng.choice(pats)
        return self._date_pats[key]

    def date_str(self, ymd: tuple[int, int, int]) -> str:
        if self.lang == "en" or self.lang != self.loc.langs[0] and self.lang not in tpl.LANG_DATES:
            return fmt_date(ymd, self._pat("en", EN_DATES[self.loc.order]), tpl.MONTHS["en"])
        if self.lang == self.loc.langs[0]:
            pats = self.loc.dates
            if self.mode != "native":
                pats = [p for p in pats if not p.startswith("!")] or EN_DATES[self.loc.order]
            return fmt_date(
                ymd, self._pat("loc", pats), tpl.MONTHS.get(self.loc.mon, tpl.MONTHS["en"])
            )
        lang_pats, mon = tpl.LANG_DATES[self.lang]
        return fmt_date(ymd, self._pat("lang", items(lang_pats, ";")), tpl.MONTHS[mon])

    def phone(self) -> str:
        pats = self.loc.phone
        if self.mode != "native":
            pats = [p for p in pats if not p.startswith("!")] or pats
        return fill_pattern(self.rng, self.rng.choice(pats))

    def _pick(self, pool: str) -> str:
        p = self.rng.choice(self.loc.pools[pool])
        if self.mode == "native":
            return p[0]
        return fold(p[1]) if self.mode == "ascii" else p[1]

    def _pair_pick(self, pool: list[tuple[str, str]], fallback: list[str]) -> str:
        if not pool:
            return self.rng.choice(fallback)
        p = self.rng.choice(pool)
        return p[0] if self.mode == "native" else p[1]

    def address(self, kind: str) -> str:
        loc, rng = self.loc, self.rng
        native = self.mode == "native" or not loc.addr_en
        if kind == "street" and (loc.short or loc.short_en):
            fmts = loc.short if native or not loc.short_en else loc.short_en
            fmts = fmts or loc.short_en
        else:
            fmts = loc.addr if native else loc.addr_en
        code, fmt = split_digits(rng.choice(fmts))
        used: dict[str, str] = {}

        def tok(t: str) -> str:
            if t in ("st", "st2"):
                v = self._pick("streets")
                while t == "st2" and v == used.get("st") and len(loc.pools["streets"]) > 1:
                    v = self._pick("streets")
                used[t] = v
                return v
            if t == "no":
                return str(
                    rng.choice([rng.randint(1, 40), rng.randint(1, 40), rng.randint(1, 250)])
                )
            if t == "noa":
                return str(rng.randint(1, 120)) + rng.choice(["", "", "", "a", "b", "A", "B"])
            if t == "d1":
                return str(rng.randint(1, 9))
            if t == "n":
                return str(rng.randint(1, 30))
            if t == "nn":
                return str(rng.randint(1, 99))
            if t == "nnn":
                return str(rng.randint(100, 999))
            if t == "fl":
                return str(rng.randint(1, 25))
            if t == "L":
                return rng.choice("ABCDEFGH")
            if t == "box":
                return str(rng.randint(10, 99999))
            if t == "km":
                return str(rng.randint(1, 48))
            if t == "pc":
                return fill_pattern(rng, rng.choice(loc.pc))
            return self._pick(
                {"town": "towns", "dist": "dists", "bld": "blds", "reg": "regs", "lm": "lms"}[t]
            )

        s = re.sub(r"\{(\w+)\}", lambda m: tok(m.group(1)), fmt)
        parts = [p.strip() for p in s.split("|") if p.strip()]
        if kind == "street" and not (loc.short or loc.short_en):
            parts = parts[:1]
        if kind == "addrml":
            return with_digits("\n".join(parts), code)
        return with_digits((loc.sep if native else loc.sep_en).join(parts), code)

    def amount(self, lo: float, hi: float) -> str:
        rng, loc = self.rng, self.loc
        v = rng.uniform(lo, hi) * loc.fx
        if v >= 1000:
            step = 10 ** max(0, len(str(int(v))) - 3)
            v = round(v / step) * step
        elif v >= 100 and rng.random() < 0.6:
            v = round(v)
        else:
            v = round(v, 2)
        return loc.cur.replace("{n}", fmt_num(v, loc.num))

    # generic values --------------------------------------------------------------------
    def value(self, kind: str, idx: str) -> list[tuple[str, str | None]]:
        key = (kind, idx)
        if key not in self.vals:
            self.vals[key] = self._make(kind, idx)
        return self.vals[key]

    def _make(self, kind: str, idx: str) -> list[tuple[str, str | None]]:
        rng, loc = self.rng, self.loc
        cat = LABELED_KINDS.get(kind)
        if kind == "email":
            return self.person("_e" + idx).field("email")
        if kind == "oemail":
            local = rng.choice(tpl.ORG_LOCALS)
            dom = rng.choice(tpl.ORG_DOMAINS)
            return [(f"{local}@{dom}", cat)]
        if kind == "phone":
            return [(self.phone(), cat)]
        if kind in ("addr", "addrml", "street"):
            return [(self.address(kind), cat)]
        if kind == "iban":
            cc = loc.iban or "DE"
            v = iban_make(rng, cc)
            if rng.random() < 0.65:
                v = " ".join(v[i : i + 4] for i in range(0, len(v), 4))
            return [(v, cat)]
        if kind == "card":
            return [(make_card(rng, loc.cards), cat)]
        if kind == "ssn":
            area = rng.choice([a for a in range(1, 900) if a != 666])
            v = f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
            return [(rng.choice([v, v, v.replace("-", " "), v.replace("-", "")]), cat)]
        if kind == "itin":
            g = rng.choice([*range(70, 89), 90, 91, 92, *range(94, 100)])
            v = f"9{rng.randint(0, 99):02d}-{g:02d}-{rng.randint(0, 9999):04d}"
            return [(rng.choice([v, v, v.replace("-", " "), v.replace("-", "")]), cat)]
        if kind == "btc":
            r = rng.random()
            if r < 0.3:
                v = b58check(0, bytes(rng.randrange(256) for _ in range(20)))
            elif r < 0.45:
                v = b58check(5, bytes(rng.randrange(256) for _ in range(20)))
            elif r < 0.8:
                v = segwit_make(rng, 0, 20)
            elif r < 0.9:
                v = segwit_make(rng, 0, 32)
            else:
                v = segwit_make(rng, 1, 32)
            return [(v, cat)]
        if kind == "eth":
            return [(eip55("".join(rng.choice(HEX) for _ in range(40))), cat)]
        if kind == "ip":
            while True:
                a = rng.randint(2, 223)
                if a not in (10, 127, 169, 172, 192, 100):
                    break
            return [(f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}", cat)]
        if kind == "lip":
            host = rng.randint(2, 254)
            v = rng.choice(
                [
                    f"192.168.{rng.choice([0, 1, 1, 2, 178, 10])}.{host}",
                    f"10.0.{rng.randint(0, 9)}.{host}",
                    f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{host}",
                ]
            )
            return [(v, cat)]
        if kind == "ip6":
            pre = rng.choice(
                [
                    "2a02:8108",
                    "2001:16b8",
                    "2a01:cb00",
                    "2600:1700",
                    "2001:db8",
                    "2409:8a28",
                    "2a00:23c5",
                    "fe80:",
                ]
            )
            if pre == "fe80:":
                v = "fe80::" + ":".join(f"{rng.randrange(65536):x}" for _ in range(4))
            else:
                tail = [f"{rng.randrange(65536):x}" for _ in range(6)]
                v = (
                    pre + ":" + ":".join(tail)
                    if rng.random() < 0.6
                    else pre + ":" + ":".join(tail[:2]) + "::" + tail[-1]
                )
            return [(v, cat)]
        if kind == "mac":
            b = [rng.randrange(256) for _ in range(6)]
            b[0] &= 0xFC
            style = rng.randrange(5)
            if style == 0:
                v = ":".join(f"{x:02X}" for x in b)
            elif style == 1:
                v = ":".join(f"{x:02x}" for x in b)
            elif style == 2:
                v = "-".join(f"{x:02X}" for x in b)
            elif style == 3:
                h = "".join(f"{x:02x}" for x in b)
                v = f"{h[0:4]}.{h[4:8]}.{h[8:12]}"
            else:
                v = "-".join(f"{x:02x}" for x in b)
            return [(v, cat)]
        if kind == "dl":
            return [(fill_pattern(rng, rng.choice(loc.dl or tpl.DEFAULT_DL)), cat)]
        if kind == "passport":
            return [(fill_pattern(rng, rng.choice(loc.pp or tpl.DEFAULT_PP)), cat)]
        if cat == "SECRET":
            return [(make_secret(rng, kind), cat)]
        # ---- unlabeled ----
        if kind in tpl.NUMBER_PATTERNS:
            return [(fill_pattern(rng, rng.choice(tpl.NUMBER_PATTERNS[kind])), None)]
        if kind == "amount":
            return [(self.amount(4, 240), None)]
        if kind == "rent":
            return [(self.amount(380, 2400), None)]
        if kind == "big":
            return [(self.amount(1200, 25000), None)]
        if kind == "salary":
            return [(self.amount(1400, 7000), None)]
        if kind == "date":
            return [(self.date_str(rand_date(rng, 2023, 2026)), None)]
        if kind == "time":
            h, m = rng.randint(7, 21), rng.choice([0, 0, 15, 30, 30, 45, 10, 20, 40, 50])
            if self.lang == "en" and loc.order == "mdy" and rng.random() < 0.7:
                v = f"{(h - 1) % 12 + 1}:{m:02d} {'am' if h < 12 else 'pm'}"
            else:
                v = f"{h}:{m:02d}" if rng.random() < 0.5 else f"{h:02d}:{m:02d}"
            return [(v, None)]
        if kind == "area":
            if loc.area.startswith("{sqft}"):
                return [(f"{rng.randint(45, 260) * 10} sq ft", None)]
            return [(loc.area.replace("{n}", str(rng.randint(18, 140))), None)]
        if kind == "version":
            return [
                (
                    rng.choice(["v", "", "", "fw "])
                    + f"{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 99)}",
                    None,
                )
            ]
        if kind == "masked":
            last = "".join(rng.choice(DIG) for _ in range(4))
            return [(rng.choice(tpl.MASKED).replace("NNNN", last), None)]
        if kind == "plate":
            return [(fill_pattern(rng, rng.choice(loc.plate or ["@@ ####"])), None)]
        if kind == "year":
            return [(str(rng.randint(1958, 2022)), None)]
        if kind == "town":
            return [(self._pick("towns").split(",")[0].strip(), None)]
        if kind == "named":
            return [(self._pair_pick(loc.named, tpl.GLOBAL_NAMED), None)]
        if kind == "shop":
            return [
                (self._pair_pick(loc.shops if rng.random() < 0.7 else [], tpl.GLOBAL_SHOPS), None)
            ]
        if kind == "public":
            return [
                (self._pair_pick(loc.public if rng.random() < 0.8 else [], tpl.GLOBAL_PUBLIC), None)
            ]
        if kind == "fiction":
            return [(rng.choice(tpl.FICTION), None)]
        if kind == "bld":
            if loc.pools["blds"]:
                return [(self._pick("blds"), None)]
            return [(rng.choice(tpl.GLOBAL_BLDS), None)]
        if kind == "flat":
            return [
                (
                    rng.choice(
                        [
                            f"{rng.randint(1, 12)}{rng.choice('ABCDEF')}",
                            str(rng.randint(1, 40)),
                            f"{rng.randint(1, 25)}0{rng.randint(1, 8)}",
                        ]
                    ),
                    None,
                )
            ]
        if kind == "floor":
            return [(str(rng.randint(1, 24)), None)]
        if kind == "ssid":
            return [(fill_pattern(rng, rng.choice(tpl.SSIDS)), None)]
        if kind == "n":
            return [(str(rng.randint(2, 9)), None)]
        if kind == "nn":
            return [(str(rng.randint(10, 99)), None)]
        if kind == "nnn":
            return [(str(rng.randint(101, 999)), None)]
        raise KeyError(kind)

    # slots ---------------------------------------------------------------------------
    def fill(self, slot: str) -> list[tuple[str, str | None]]:
        if slot.startswith("alt:"):
            return [(self.rng.choice(slot[4:].split("|")), None)]
        m = re.match(r"g(\d+):(.*)", slot, re.S)
        if m:
            male, female = m.group(2).split("|")
            return [(male if self.person(m.group(1)).sex == "m" else female, None)]
        name, *mods = slot.split("|")
        m = re.match(r"p(\d+)\.(\w+)$", name)
        if m:
            pieces = self.person(m.group(1)).field(m.group(2))
        else:
            kind, _, idx = name.partition(".")
            pieces = self.value(kind, idx)
        for mod in mods:
            fn = {"lower": str.lower, "upper": str.upper, "cap": lambda s: s[:1].upper() + s[1:]}[
                mod
            ]
            pieces = [(fn(t), c) for t, c in pieces]
        if self.esc:
            pieces = [(jesc(t, False), c) for t, c in pieces]
        return pieces


CARD_BRANDS = {
    "visa": (["4"], [16]),
    "mc": (["51", "52", "53", "54", "55", "2221", "2320", "2720"], [16]),
    "amex": (["34", "37"], [15]),
    "disc": (["6011", "65"], [16]),
    "jcb": (["3528", "3541", "3566", "3589"], [16]),
    "unionpay": (["62"], [16, 19]),
    "mir": (["2200", "2202", "2204"], [16]),
    "rupay": (["6070", "6521", "6522", "8172"], [16]),
    "troy": (["9792"], [16]),
    "diners": (["36"], [14]),
    "elo": (["6362", "5067", "4576"], [16]),
}


def make_card(rng: random.Random, brands: str) -> str:
    brand = rng.choice(brands.split() + ["visa", "mc"])
    prefixes, lengths = CARD_BRANDS[brand]
    length = rng.choice(lengths)
    num = luhn_complete(rng, rng.choice(prefixes), length)
    style = rng.choice([" ", " ", "-", ""])
    if length in (14, 15):
        groups = [num[:4], num[4:10], num[10:]]
    else:
        groups = [num[i : i + 4] for i in range(0, length, 4)]
    return style.join(groups) if style else num


def make_secret(rng: random.Random, kind: str) -> str:
    def rs(pool: str, n: int) -> str:
        return "".join(rng.choice(pool) for _ in range(n))

    if kind == "pin":
        return rs(DIG, rng.choice([4, 4, 4, 5, 6]))
    if kind == "otp":
        return rs(DIG, 6) if rng.random() < 0.8 else rs(DIG, 3) + "-" + rs(DIG, 3)
    if kind == "code":
        r = rng.random()
        if r < 0.45:
            return rs(DIG, 4)
        if r < 0.6:
            return rs(DIG, 4) + "#"
        if r < 0.7:
            return "*" + rs(DIG, 4)
        if r < 0.8:
            return rs(DIG, 6)
        if r < 0.9:
            return rng.choice("ABCXZ") + rs(DIG, 4)
        return rs(DIG, 3) + "-" + rs(DIG, 3)
    if kind == "wifi":
        r = rng.random()
        if r < 0.35:
            w = rng.choice(tpl.WIFI_WORDS)
            return (
                w[:1].upper()
                + w[1:]
                + rs(DIG, rng.choice([2, 3, 4]))
                + rng.choice(["", "!", "#", "?", "$"])
            )
        if r < 0.6:
            return (
                rng.choice(tpl.WIFI_WORDS)
                + rng.choice(["-", "_", ".", ""])
                + rng.choice(tpl.WIFI_WORDS)
                + rs(DIG, 2)
            )
        if r < 0.85:
            return rs(UP + LO + DIG, rng.randint(10, 16))
        return (
            rs("23456789ABCDEFGHJKLMNPQRSTUVWXYZ", 4)
            + "-"
            + rs("23456789ABCDEFGHJKLMNPQRSTUVWXYZ", 4)
            + "-"
            + rs("23456789ABCDEFGHJKLMNPQRSTUVWXYZ", 4)
        )
    if kind == "pw":
        r = rng.random()
        if r < 0.4:
            w = rng.choice(tpl.WIFI_WORDS)
            return (
                w[:1].upper()
                + w[1:]
                + rng.choice(["@", "!", "#", "_", "."])
                + rs(DIG, rng.choice([2, 4]))
            )
        return rs(UP + LO + DIG + "!#%&*+-_=?", rng.randint(10, 18))
    if kind == "apikey":
        r = rng.randrange(9)
        return [
            "sk-proj-" + rs(B62 + "_-", 48),
            "sk-ant-api03-" + rs(B62 + "_-", 64),
            "ghp_" + rs(B62, 36),
            "AKIA" + rs(UP + "234567", 16),
            "AIza" + rs(B62 + "_-", 35),
            "SG." + rs(B62 + "_-", 22) + "." + rs(B62 + "_-", 43),
            "xoxb-" + rs(DIG, 12) + "-" + rs(DIG, 13) + "-" + rs(B62, 24),
            "sk_live_" + rs(B62, 24),
            "key-" + rs(HEX, 32),
        ][r]
    if kind == "token":
        r = rng.randrange(4)
        if r == 0:
            return rs(HEX, 32)
        if r == 1:
            return rs(HEX, 40)
        if r == 2:
            return (
                "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
                + rs(B62 + "_-", 60)
                + "."
                + rs(B62 + "_-", 43)
            )
        return rs(B62, 24) + rs(B62 + "_-", 20)
    if kind == "rcode":
        pool = "abcdefghjkmnpqrstuvwxyz23456789"
        return (
            rs(pool, 4) + "-" + rs(pool, 4) if rng.random() < 0.5 else rs(DIG, 4) + " " + rs(DIG, 4)
        )
    raise KeyError(kind)


def jesc(s: str, ensure_ascii: bool) -> str:
    return json.dumps(s, ensure_ascii=ensure_ascii)[1:-1]


# ---------------------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------------------


def expand_rows(text: str, rng: random.Random) -> str:
    block = [0]

    def rep(m: re.Match) -> str:
        block[0] += 1
        k = rng.randint(int(m.group(1)), int(m.group(2)))
        sep = m.group(3) or ""
        body = m.group(4)
        out = []
        for i in range(k):
            rid = str(100 * block[0] + i)
            out.append(
                SLOT.sub(lambda s, rid=rid: "[[" + s.group(1).replace("@", rid) + "]]", body)
            )
        return sep.join(out)

    return ROWS.sub(rep, text)


def render(ctx: Ctx, template: Template) -> list[tuple[str, str | None]]:
    text = expand_rows(template.text, ctx.rng)
    pieces: list[tuple[str, str | None]] = []
    pos = 0
    for m in SLOT.finditer(text):
        if m.start() > pos:
            pieces.append((text[pos : m.start()], None))
        pieces.extend(ctx.fill(m.group(1)))
        pos = m.end()
    if pos < len(text):
        pieces.append((text[pos:], None))
    return [p for p in pieces if p[0]]


MARK = "@@DEV33_CONTENT@@"
WRAP_KINDS = (
    "openai",
    "openai",
    "openai_multi",
    "openai_tool",
    "anthropic",
    "anthropic",
    "gemini",
    "responses",
    "responses_str",
    "ollama_gen",
    "ollama_chat",
    "mistral",
    "cohere",
    "bedrock",
    "log_plain",
    "log_plain",
    "log_double",
    "log_double",
)


def _ts(rng: random.Random) -> str:
    y, m, d = rand_date(rng, 2024, 2026)
    hh, mm, ss, ms = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999)
    return f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}:{ss:02d}.{ms:03d}Z"


def make_wrapper(rng: random.Random, lang: str) -> tuple[str, str, str, tuple[bool, ...], int, int]:
    """Return (kind, prefix, suffix, escaping layers, json start, json end-from-right)."""
    sys_prompt = rng.choice(tpl.SYSTEM_PROMPTS)
    model = rng.choice
    kind = rng.choice(WRAP_KINDS)
    user = MARK
    if kind == "openai":
        body = {
            "model": model(tpl.MODELS["openai"]),
            "messages": [
                {"role": "system", "content": sys_prompt},
                {"role": "user", "content": user},
            ],
            "temperature": rng.choice([0, 0.2, 0.3, 0.7]),
        }
    elif kind == "openai_multi":
        q, a = rng.choice(tpl.PRIOR_TURNS)
        body = {
            "model": model(tpl.MODELS["openai"]),
            "messages": [
                {"role": "system", "content": sys_prompt},
                {"role": "user", "content": q},
                {"role": "assistant", "content": a},
                {"role": "user", "content": user},
            ],
            "stream": False,
        }
    elif kind == "openai_tool":
        call = "call_" + "".join(rng.choice(B62) for _ in range(24))
        body = {
            "model": model(tpl.MODELS["openai"]),
            "messages": [
                {"role": "system", "content": sys_prompt},
                {"role": "user", "content": rng.choice(tpl.TOOL_ASKS)},
                {
                    "role": "assistant",
                    "content": None,
                    "tool_calls": [
                        {
                            "id": call,
                            "type": "function",
                            "function": {"name": rng.choice(tpl.TOOL_NAMES), "arguments": "{}"},
                        }
                    ],
                },
                {"role": "tool", "tool_call_id": call, "content": user},
            ],
        }
    elif kind == "anthropic":
        body = {
            "model": model(tpl.MODELS["anthropic"]),
            "max_tokens": rng.choice([512, 1024, 2048, 4096]),
            "system": sys_prompt,
            "messages": [{"role": "user", "content": [{"type": "text", "text": user}]}],
        }
    elif kind == "gemini":
        body = {
            "systemInstruction": {"parts": [{"text": sys_prompt}]},
            "contents": [{"role": "user", "parts": [{"text": user}]}],
            "generationConfig": {
                "temperature": rng.choice([0.1, 0.4, 0.9]),
                "maxOutputTokens": rng.choice([512, 2048]),
            },
        }
    elif kind == "responses":
        body = {
            "model": model(tpl.MODELS["openai"]),
            "instructions": sys_prompt,
            "input": [{"role": "user", "content": [{"type": "input_text", "text": user}]}],
            "store": False,
        }
    elif kind == "responses_str":
        body = {
            "model": model(tpl.MODELS["openai"]),
            "input": user,
            "text": {"format": {"type": "text"}},
        }
    elif kind == "ollama_gen":
        body = {
            "model": model(tpl.MODELS["ollama"]),
            "prompt": user,
            "system": sys_prompt,
            "stream": False,
            "options": {"temperature": 0.2, "num_ctx": 8192},
        }
    elif kind == "ollama_chat":
        body = {
            "model": model(tpl.MODELS["ollama"]),
            "messages": [
                {"role": "system", "content": sys_prompt},
                {"role": "user", "content": user},
            ],
            "stream": False,
        }
    elif kind == "mistral":
        body = {
            "model": model(tpl.MODELS["mistral"]),
            "messages": [
                {"role": "system", "content": sys_prompt},
                {"role": "user", "content": user},
            ],
            "response_format": {"type": "json_object"},
        }
    elif kind == "cohere":
        body = {
            "model": model(tpl.MODELS["cohere"]),
            "preamble": sys_prompt,
            "message": user,
            "temperature": 0.3,
        }
    else:
        body = {
            "modelId": model(tpl.MODELS["bedrock"]),
            "system": [{"text": sys_prompt}],
            "messages": [{"role": "user", "content": [{"text": user}]}],
            "inferenceConfig": {"maxTokens": 1024, "temperature": 0.2},
        }
    if kind in ("log_plain", "log_double"):
        inner_kind = rng.choice(["openai", "anthropic", "gemini"])
        if inner_kind == "openai":
            body = {
                "model": model(tpl.MODELS["openai"]),
                "messages": [
                    {"role": "system", "content": sys_prompt},
                    {"role": "user", "content": user},
                ],
            }
        elif inner_kind == "anthropic":
            body = {
                "model": model(tpl.MODELS["anthropic"]),
                "max_tokens": 1024,
                "messages": [{"role": "user", "content": user}],
            }
        else:
            body = {"contents": [{"role": "user", "parts": [{"text": user}]}]}
    ea = rng.random() < 0.12
    dumped = json.dumps(body, ensure_ascii=ea)
    layers: tuple[bool, ...] = (ea,)
    svc = rng.choice(tpl.APP_NAMES)
    rid = "".join(rng.choice(HEX) for _ in range(16))
    if kind == "log_double":
        ea2 = rng.random() < 0.3
        outer = {
            "ts": _ts(rng),
            "level": "info",
            "service": svc,
            "event": "llm.request",
            "request_id": rid,
            "body": dumped,
        }
        dumped = json.dumps(outer, ensure_ascii=ea2)
        layers = (ea, ea2)
    i = dumped.index(MARK)
    prefix, suffix = dumped[:i], dumped[i + len(MARK) :]
    jstart, jend = 0, 0
    if kind == "log_plain":
        lp = rng.choice(tpl.LOG_PREFIXES).format(
            ts=_ts(rng).replace("T", " ")[:-1], svc=svc, rid=rid
        )
        prefix = lp + prefix
        jstart = len(lp)
    return kind, prefix, suffix, layers, jstart, jend


@dataclass
class Rec:
    locale: str
    shape: str
    lang: str
    mode: str
    near: bool
    fmt: str
    wrap: str | None
    layers: tuple[bool, ...]
    raw_text: str
    json_start: int = 0
    json_end: int = 0
    values: list[tuple[str, int, int, str, str]] = field(default_factory=list)


def _choose(rng: random.Random, loc: Locale, near: bool, usage: dict[str, int]) -> Template:
    kind = "near" if near else "pii"

    def ok(t: Template) -> bool:
        if t.kind != kind or (t.only and loc.code not in t.only):
            return False
        return not ("iban" in t.slots and not loc.iban)

    native = [
        t
        for t in TEMPLATES
        if ok(t) and any(lang in loc.langs for lang in t.langs) and "en" not in t.langs
    ]
    english = [t for t in TEMPLATES if ok(t) and "en" in t.langs]
    if loc.langs[0] == "en":
        native = native + english
    if loc.langs[0] == "en":
        p_native = 1.0
    elif near:
        p_native = 0.6
    else:
        p_native = min(0.6, 0.25 + 0.1 * len(native))
    pool = native if native and (rng.random() < p_native or not english) else english
    low = min(usage[t.id] for t in pool)
    best = [t for t in pool if usage[t.id] == low]
    return rng.choice(best)


def _one(rng: random.Random, loc: Locale, template: Template) -> tuple[Sample, Rec]:
    lang = next((lang for lang in template.langs if lang in loc.langs), template.langs[0])
    if template.mode:
        mode = template.mode
    elif lang != "en" or loc.langs[0] == "en" and loc.latin:
        mode = "native"
    elif loc.latin:
        mode = "roman" if rng.random() < 0.8 else "ascii"
    else:
        r = rng.random()
        mode = "native" if r < 0.2 else "roman" if r < 0.85 else "ascii"
    if loc.langs[0] == "en" and not loc.latin and lang == "en" and not template.mode:
        mode = "roman" if rng.random() < 0.8 else "native"
    if lang != "en" and lang not in tpl.NONLATIN_LANGS and not loc.latin:
        mode = "roman"
    ctx = Ctx(rng, loc, lang, mode, esc=template.fmt == "json")
    pieces = render(ctx, template)
    raw_text = "".join(p[0] for p in pieces)
    wrap = None
    layers: tuple[bool, ...] = ()
    prefix = suffix = ""
    jstart = 0
    if rng.random() < WRAP_RATE:
        instr = (
            tpl.INSTRUCTIONS.get(lang)
            if lang in tpl.INSTRUCTIONS and rng.random() < 0.6
            else tpl.INSTRUCTIONS["en"]
        )
        if rng.random() < 0.75:
            pieces = [(rng.choice(instr) + "\n\n", None), *pieces]
        wrap, prefix, suffix, layers, jstart, _ = make_wrapper(rng, lang)

    def esc(s: str) -> str:
        for ea in layers:
            s = jesc(s, ea)
        return s

    text_parts = [prefix]
    pos = len(prefix)
    rec = Rec(
        loc.code,
        template.id,
        lang,
        mode,
        template.kind == "near",
        template.fmt,
        wrap,
        layers,
        raw_text,
    )
    spans = []
    for t, cat in pieces:
        shown = esc(t)
        if cat:
            spans.append((cat, pos, pos + len(shown)))
            raw = t if template.fmt != "json" else json.loads('"' + t + '"')
            rec.values.append((cat, pos, pos + len(shown), shown, raw))
        text_parts.append(shown)
        pos += len(shown)
    text_parts.append(suffix)
    text = "".join(text_parts)
    if wrap:
        rec.json_start = jstart
        rec.json_end = len(text)
    return Sample(text, spans), rec


def dev33_set(scale: float = 1.0, _records: list | None = None) -> list[Sample]:
    """The dev33 texts (``int(N_TEXTS * scale)`` of them), identical on every call."""
    rng = random.Random(SEED)
    n = int(N_TEXTS * scale)
    codes = sorted(LOCALES)
    usage = {t.id: 0 for t in TEMPLATES}
    order: list[str] = []
    out = []
    near_at = set(rng.sample(range(n), round(n * NEAR_RATE)))
    for i in range(n):
        if not order:
            order = codes[:]
            rng.shuffle(order)
        loc = LOCALES[order.pop()]
        near = i in near_at
        template = _choose(rng, loc, near, usage)
        usage[template.id] += 1
        sample, rec = _one(rng, loc, template)
        out.append(sample)
        if _records is not None:
            _records.append(rec)
    return out


# ---------------------------------------------------------------------------------------
# Self-checks
# ---------------------------------------------------------------------------------------

_LEFTOVER = re.compile(
    r"\[\[[^\[\]]+\]\]|\{(?:st|st2|no|noa|town|pc|dist|bld|reg|lm|g|f|full|gp|nick)\}|@@DEV33"
)


def _check(samples: list[Sample], recs: list[Rec]) -> list[str]:
    errors: list[str] = []

    def err(i: int, msg: str) -> None:
        if len(errors) < 60:
            errors.append(f"text {i} ({recs[i].shape}/{recs[i].locale}): {msg}")

    for i, (s, r) in enumerate(zip(samples, recs, strict=True)):
        last_end = -1
        for cat, a, b in sorted(s.spans, key=lambda x: (x[1], x[2])):
            if cat not in CATEGORIES:
                err(i, f"bad category {cat}")
            if not (0 <= a < b <= len(s.text)):
                err(i, f"span out of bounds {cat} {a} {b}")
                continue
            if a < last_end:
                err(i, f"overlapping span {cat} {a} {b}")
            last_end = max(last_end, b)
            v = s.text[a:b]
            if v != v.strip() or v.startswith("\\n") or v.endswith("\\n"):
                err(i, f"whitespace at span edge {cat} {v!r}")
        if len(r.values) != len(s.spans):
            err(i, "record/span count mismatch")
        inserted = {(a, b): (cat, shown) for cat, a, b, shown, _ in r.values}
        for cat, a, b in s.spans:
            if inserted.get((a, b)) != (cat, s.text[a:b]):
                err(i, f"span {cat} {a}-{b} is not exactly an inserted value: {s.text[a:b]!r}")
        for cat, a, b, shown, raw in r.values:
            if s.text[a:b] != shown:
                err(i, f"span text != inserted value {cat} {s.text[a:b]!r} {shown!r}")
            back = shown
            for ea in reversed(r.layers):
                back = json.loads('"' + back + '"')
                del ea
            if r.fmt != "json" and back != raw:
                err(i, f"escaped value does not round-trip {cat} {raw!r}")
            if not raw.strip():
                err(i, "empty value")
            if cat == "CREDIT_CARD" and not luhn_ok(raw):
                err(i, f"bad Luhn {raw}")
            if cat == "IBAN" and not iban_ok(raw):
                err(i, f"bad IBAN {raw}")
            if cat == "CRYPTO" and not crypto_ok(raw):
                err(i, f"bad crypto {raw}")
            if cat == "US_SSN" and not ssn_ok(raw):
                err(i, f"bad SSN {raw}")
            if cat == "US_ITIN" and not itin_ok(raw):
                err(i, f"bad ITIN {raw}")
        if r.wrap:
            try:
                obj = json.loads(s.text[r.json_start : r.json_end])
            except ValueError as e:
                err(i, f"wrapped JSON does not parse: {e}")
            else:
                if r.wrap == "log_double":
                    json.loads(obj["body"])
        if r.fmt == "json":
            try:
                json.loads(r.raw_text)
            except ValueError as e:
                err(i, f"JSON template does not parse: {e}")
        if r.fmt == "yaml":
            try:
                import yaml

                yaml.safe_load(r.raw_text)
            except ImportError:
                pass
            except Exception as e:  # noqa: BLE001
                err(i, f"YAML template does not parse: {e}")
        if _LEFTOVER.search(r.raw_text) or _LEFTOVER.search(s.text):
            err(i, "unfilled template slot")
        if r.near and s.spans:
            err(i, "near-miss text has spans")
    return errors


def main() -> int:
    t0 = time.perf_counter()
    recs: list[Rec] = []
    samples = dev33_set(1.0, recs)
    dt = time.perf_counter() - t0
    errors = _check(samples, recs)
    # fixed vectors for the checksum code itself
    assert (
        keccak256(b"").hex() == "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"
    )
    assert (
        eip55("5aaeb6053f3e94c9b9a09f33669435e7ef1beaed")
        == "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
    )
    assert eth_ok("0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359")
    assert bech32_ok("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4")
    assert b58check_ok("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2")
    assert iban_ok("GB82 WEST 1234 5698 7654 32") and iban_ok("DE89370400440532013000")
    assert luhn_ok("4111 1111 1111 1111")
    again = dev33_set(1.0)
    if [(s.text, s.spans) for s in again] != [(s.text, s.spans) for s in samples]:
        errors.append("not deterministic between two calls")
    small = dev33_set(0.1)
    if len(small) != int(N_TEXTS * 0.1):
        errors.append(f"scale 0.1 gave {len(small)} texts")
    if len(samples) != N_TEXTS:
        errors.append(f"scale 1.0 gave {len(samples)} texts")
    locales = {r.locale for r in recs}
    if len(locales) < 70:
        errors.append(f"only {len(locales)} locales used")
    if dt > 5:
        errors.append(f"generation took {dt:.2f}s")
    counts = {c: 0 for c in CATEGORIES}
    for s in samples:
        for c, _, _ in s.spans:
            counts[c] += 1
    shapes_used = {r.shape for r in recs}
    near = sum(r.near for r in recs)
    wrapped = sum(bool(r.wrap) for r in recs)
    json_fmt = sum(r.fmt == "json" for r in recs)
    langs = {r.lang for r in recs}
    print(f"dev33: {len(samples)} texts in {dt:.2f}s")
    print(f"labels: {sum(counts.values())}")
    for c in CATEGORIES:
        print(f"  {c:<15} {counts[c]}")
    print(f"locales: {len(locales)} used of {len(LOCALES)}")
    print(f"template languages used: {len(langs)}")
    print(f"shapes: {len(shapes_used)} used of {len(TEMPLATES)} templates")
    print(f"near-miss texts: {near}")
    print(f"JSON texts: {wrapped} wrapped in an LLM request or log line")
    print(f"JSON-format templates: {json_fmt} texts")
    print(f"texts without labels: {sum(not s.spans for s in samples)}")
    if errors:
        print(f"{len(errors)} self-check errors:")
        for e in errors:
            print("  " + e)
        return 1
    print("self-checks: OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
