"""dev32 — a blind, hand-written, labeled evaluation set for the PII sanitizer.

Genre
-----
Sport, fitness, outdoor and leisure clubs all over the world: the kind of text people
paste into an LLM, send through an LLM-backed app, or that such apps write to their logs.
Club membership forms and renewals, rosters and squad lists, race entries and result
tables (bib numbers, clubs, times), youth-team parent group chats (WhatsApp, Telegram,
LINE, KakaoTalk exports), coaches' messages and training plans, gym and studio
memberships and cancellation letters, personal-trainer notes, swimming waitlists, scout
camps, hiking / climbing / sailing / diving trip sign-ups with emergency contacts, chess
and esports rating lists, referee and disciplinary reports, transfers and player
registration, licence / medical / anti-doping forms, sport-injury insurance, volunteer
rotas, kit orders, treasurer spreadsheets (CSV / TSV / Markdown), dues paid by IBAN, card
or crypto, court and pitch bookings, wearable and fitness-app exports (JSON / CSV),
activity posts, e-mails to the club secretary, newsletters, obituaries, congratulations,
lost-and-found notices, carpools to away games, configs and code that embed data.

How it was made
---------------
Written blind: without looking at the sanitizer, its tests, its data files or any other
evaluation set, and without Faker, name corpora or any package data.  Every pool (given
and family names, streets, towns, postcode / phone / licence / passport shapes, clubs,
famous athletes, stadiums, trophies) and every template in
``bench/sanitizer_dev32_templates.py`` was typed by hand.  The set covers about a hundred
locales, each written in its own language(s) and script(s), with romanized forms where
people actually use them (international result lists, e-mail local parts, handles), and
with each locale's naming customs (family-first order, patronymics, Icelandic -son /
-dóttir, bin / binti, double surnames, particles, initials, mononyms, sport nicknames,
shirt names), address layouts, phone groupings, postcodes and calendars (Japanese eras,
Minguo, Buddhist, Solar Hijri, Hijri, Ethiopian, Bikram Sambat, native digits).

A text is built from pieces ``(text, category or None)``; offsets are accumulated while
the pieces are joined, so a label is never found by searching afterwards.  About 8 % of
the texts carry near-misses only (famous athletes and coaches, fictional characters,
stadiums / trophies / memorial tournaments named after people, team and club names, bib,
membership and match numbers, scores, times, distances, heart rates, versions, non-birth
dates, masked cards, licence plates) and have no labels.  About a fifth of the texts are
wrapped in an LLM API request body (OpenAI chat and Responses, Anthropic messages, Gemini,
Ollama, Mistral, Cohere, Bedrock, ...) or in a log line of an app that calls an LLM; JSON
escaping is applied piece by piece, so a label covers the value exactly as it appears in
the escaped text (``\\n`` inside an address, ``\\u00e9`` when the app used ASCII-only
JSON).  Texts that are themselves JSON (app exports) are escaped the same way.

Everything is drawn from ``random.Random(SEED)``; no ``hash()`` of strings, no set
iteration, so the output is identical on every call and in every process.

Label conventions (categories are exactly these strings)
--------------------------------------------------------
PERSON          a private person's name; the whole name is one span (given, middle, family,
                particles, patronymic, bin / binti together).  Titles, honorifics and kinship
                terms used as titles (Mr, Dr, Coach, Frau, Míster, Oma, Tío, Auntie, さん,
                くん, ちゃんママ, 코치, 이모, 阿姨, 教练, U / Daw, Hanım/Bey ...) stay outside.
                "Surname, Given", "G. Surname", "SURNAME Given", "Surname G.I." (Russian
                lists), shirt names, sport nicknames of private persons, lowercase chat names,
                @mentions and logins / handles made of the name (the "@" inside the span) are
                PERSON.  A possessive or case suffix ('s, -s, -n, -'in, -t) stays outside.  When
                a document splits a name into separate fields (CSV first / last name columns,
                vCard N, XML givenName / familyName) each field is its own span.  Coaches,
                referees, physios, doctors and club officials named in private documents are
                labeled.  Famous athletes and coaches, public figures, fictional characters,
                saints, and streets / stadiums / trophies / tournaments / clubs / venues named
                after people are not.
EMAIL           the address; every address is labeled, club role mailboxes (secretary@...)
                included, because the value itself is what must be removed.
PHONE           the number as written (every number: mobile, landline, club office, payment
                numbers such as Bizum / Swish / MobilePay / Pix / GCash / M-Pesa).
IP, MAC         the value (private and public IPv4, IPv6, any MAC notation).
CREDIT_CARD     a full card number (Luhn-valid); masked cards are not labeled.
IBAN            the IBAN, printed or compact (mod-97 valid, right length per country).
US_SSN, US_ITIN the number (valid ranges); only in US texts.
CRYPTO          BTC base58check (1..., 3...), bech32 / bech32m (bc1q..., bc1p...), ETH EIP-55.
DATE_OF_BIRTH   only birth dates, in any format, language or calendar; a birth year alone in
                a birth context is labeled too ("Jahrgang 2011", the Jg. / B-Year / Año nac. /
                Г.р. column of a result or rating list, "b. 1961"); an age group ("U12, 2014
                births"), an age, and every other date are not.
ADDRESS         a private street address from its first to its last given part (house
                number, street, unit, district, town, postcode as written together, also across
                a line break); a town alone, a venue or a country is not.
DRIVER_LICENSE, PASSPORT   the number only.
SECRET          passwords, API keys, tokens, PINs, door / locker / padlock codes, OTPs, recovery
                codes (the value only, never the key name).
Not labeled: membership / bib / club licence / order / booking / case / policy numbers,
player, federation and chip ids, plain account numbers, masked cards, plates, amounts,
non-birth dates, times, scores, hashes, ages, team, club, gym and venue names.

Template slots
--------------
Templates use ``{{...}}`` slots (JSON templates keep their single braces):
  entities   ``p1 p2 ...`` adults, ``c1`` / ``c1b`` children of ``p1`` (same family name;
             patronymic / Icelandic -son / -dóttir / bin from a father), ``k1`` unrelated
             child, ``v1`` veteran, ``s1`` staff, ``w1`` the wrapper's app user; inside a row
             block ``r`` is the row's person (adult, or child with ``row_age="kid"``), ``rp``
             its parent, ``rc`` its child, ``rq`` another adult.  Attributes: (none) full
             name, ``.g`` given / address form, ``.lc`` lowercase given, ``.lcf`` lowercase
             full, ``.f`` surname, ``.fg`` "Surname, Given", ``.i`` initial form, ``.up``
             "SURNAME Given", ``.shirt``, ``.nick``, ``.formal`` (with patronymic / bin),
             ``.h`` @handle, ``.login``, ``.email``, ``.phone[:intl|:nat]``,
             ``.dob[:iso|:us|:eu|:dmy|:year|:long]``, ``.addr``, ``.addr1`` (one line),
             ``.dl``, ``.pass``, ``.iban``, ``.card``; flags ``.r`` romanized / ``.n``
             native; unlabeled helpers ``.mr`` (Mr / Frau / M. ...) and ``.age``.
  labeled    ``iban[:CC]``, ``card``, ``ssn``, ``itin``, ``tin`` (SSN or ITIN), ``btc``,
             ``eth``, ``ip``, ``ip6``, ``ipp`` (private IPv4), ``mac``, ``pw``, ``pin``,
             ``code``, ``otp``, ``token``, ``apikey``, ``recovery``, ``phone``, ``clubmail``.
  unlabeled  ``date[:iso|:us|:eu|:dmy|:long]``, ``time``, ``tick`` (increasing chat clock),
             ``ts``, ``year``, ``n:LO-HI``, ``pat:PATTERN`` (# digit, % non-zero digit,
             @ letter, ^ alnum, $ hex, [..] class), ``pick:a|b|c``, ``club``, ``venue``,
             ``town``, ``cur``, ``famous``, ``fict``, ``stadium``, ``trophy``, ``memorial``,
             ``plate``, ``masked``, ``hex:N``, ``uuid``, ``i`` (row number).  A non-entity
             slot ending in a digit (``date1``) keeps its value within a text.
  blocks     ``{{#LO-HI}} ... {{/}}`` repeats a row with a fresh ``r``;
             ``{{?}} ... {{/?}}`` (or ``{{?0.3}}``) is an optional part.
  metadata   ``sex="p1:f c1:m"``, ``row_age``, ``locs`` (locale restriction),
             ``roman=True`` (romanized names and addresses), ``json=True`` (a JSON document:
             every inserted value is JSON-escaped), ``nm=True`` (near-miss only).
Wrappers use ``{{CONTENT}}``, ``{{SYS}}``, ``{{INSTR}}``, ``{{MODEL}}``, ``{{USER}}`` (a
labeled e-mail) and ``{{CIP}}`` (a labeled client IP); the last two only in wrappers whose
id ends in ``+pii``, which are never used for near-miss texts.

Selection: locales are dealt from a weighted, shuffled deck (every locale appears); each
locale's first labeled text uses a template in its own language; otherwise own language
about 60 %, language-neutral structured templates about 25 %, a second language of the
locale (often English) the rest, always preferring the least-used template so that every
shape is used at scale 1.0.  Names of non-Latin locales are written in their own script
in their own language and romanized in other languages; tables keep one script and one
date format; a row may carry a name from a neighbouring locale (mixed squads).

Run ``python -m bench.sanitizer_dev32`` for the self-checks and the counts.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import random
import re
import sys
import time
import unicodedata

from bench import sanitizer_dev32_templates as T
from bench.sanitizer_data import Sample

SEED = 3232
N_TEXTS = 1200
NEAR_MISS_SHARE = 0.08
WRAP_SHARE = 0.20
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

# --------------------------------------------------------------------------- checksums


def luhn_complete(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def luhn_ok(number: str) -> bool:
    digits = [int(c) for c in number if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


# BBAN shapes in the pattern language of ``expand`` (# digit, @ letter, ^ alnum)
IBAN_BBAN = {
    "AD": "########^^^^^^^^^^^^",
    "AE": "###################",
    "AL": "################^^^^^^^^",
    "AT": "################",
    "AZ": "@@@@####################",
    "BA": "################",
    "BE": "############",
    "BG": "@@@@######^^^^^^^^",
    "BR": "#######################@^",
    "CH": "#################",
    "CY": "########################",
    "CZ": "####################",
    "DE": "##################",
    "DK": "##############",
    "EE": "################",
    "EG": "#########################",
    "ES": "####################",
    "FI": "##############",
    "FR": "#######################",
    "GB": "@@@@##############",
    "GE": "@@################",
    "GR": "#######################",
    "HR": "#################",
    "HU": "########################",
    "IE": "@@@@##############",
    "IL": "###################",
    "IR": "0#####################",
    "IS": "######################",
    "IT": "@######################",
    "JO": "@@@@######################",
    "KZ": "################",
    "LB": "########################",
    "LT": "################",
    "LU": "################",
    "LV": "@@@@#############",
    "MC": "#######################",
    "ME": "##################",
    "MK": "###############",
    "MT": "@@@@#######################",
    "NL": "@@@@##########",
    "NO": "###########",
    "PK": "@@@@################",
    "PL": "########################",
    "PT": "#####################",
    "RO": "@@@@################",
    "RS": "##################",
    "SA": "####################",
    "SE": "####################",
    "SI": "###############",
    "SK": "####################",
    "TN": "####################",
    "TR": "#####0################",
    "UA": "#########################",
}
IBAN_LEN = {cc: len(b) + 4 for cc, b in IBAN_BBAN.items()}


def _iban_num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban_make(rng: random.Random, cc: str, printed: bool) -> str:
    bban = expand(rng, IBAN_BBAN[cc])
    check = 98 - _iban_num(bban + cc + "00") % 97
    iban = f"{cc}{check:02d}{bban}"
    if printed:
        return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    return iban


def iban_ok(value: str) -> bool:
    s = value.replace(" ", "")
    if s[:2] not in IBAN_LEN or len(s) != IBAN_LEN[s[:2]]:
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def _dsha(b: bytes) -> bytes:
    return hashlib.sha256(hashlib.sha256(b).digest()).digest()


def b58check_encode(payload: bytes) -> str:
    data = payload + _dsha(payload)[:4]
    n = int.from_bytes(data, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    pad = len(data) - len(data.lstrip(b"\0"))
    return "1" * pad + out


def b58check_ok(s: str) -> bool:
    n = 0
    for c in s:
        if c not in B58:
            return False
        n = n * 58 + B58.index(c)
    pad = len(s) - len(s.lstrip("1"))
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
    data = b"\0" * pad + raw
    if len(data) != 25:
        return False
    return _dsha(data[:-4])[:4] == data[-4:]


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


def _hrp_expand(hrp: str) -> list[int]:
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


def segwit_encode(witver: int, prog: bytes) -> str:
    data = [witver] + _convertbits(prog, 8, 5)
    const = 1 if witver == 0 else BECH32M
    pm = _polymod(_hrp_expand("bc") + data + [0] * 6) ^ const
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return "bc1" + "".join(BECH[d] for d in data + chk)


def segwit_ok(s: str) -> bool:
    if not s.startswith("bc1") or any(c not in BECH for c in s[3:]):
        return False
    data = [BECH.index(c) for c in s[3:]]
    const = 1 if data[0] == 0 else BECH32M
    return _polymod(_hrp_expand("bc") + data) == const


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


def _keccak_f(a: list[int]) -> None:
    for rc in _KRC:
        c = [a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20] for x in range(5)]
        d = [c[(x - 1) % 5] ^ _rol(c[(x + 1) % 5], 1) for x in range(5)]
        for i in range(25):
            a[i] ^= d[i % 5]
        b = [0] * 25
        for x in range(5):
            for y in range(5):
                b[y + 5 * ((2 * x + 3 * y) % 5)] = _rol(a[x + 5 * y], _KROT[x][y])
        for x in range(5):
            for y in range(5):
                a[x + 5 * y] = b[x + 5 * y] ^ ((~b[(x + 1) % 5 + 5 * y]) & b[(x + 2) % 5 + 5 * y])
        a[0] ^= rc


def keccak256(data: bytes, pad: int = 0x01) -> bytes:
    """Keccak-256 as used by Ethereum (pad 0x01); pad 0x06 gives SHA3-256 for testing."""
    rate = 136
    msg = bytearray(data)
    msg.append(pad)
    while len(msg) % rate:
        msg.append(0)
    msg[-1] |= 0x80
    st = [0] * 25
    for off in range(0, len(msg), rate):
        for i in range(rate // 8):
            st[i] ^= int.from_bytes(msg[off + 8 * i : off + 8 * i + 8], "little")
        _keccak_f(st)
    return b"".join(st[i].to_bytes(8, "little") for i in range(4))


def eip55(hex40: str) -> str:
    low = hex40.lower()
    h = keccak256(low.encode()).hex()
    return "0x" + "".join(
        c.upper() if c.isalpha() and int(h[i], 16) >= 8 else c for i, c in enumerate(low)
    )


def eth_ok(s: str) -> bool:
    return len(s) == 42 and s.startswith("0x") and eip55(s[2:]) == s


def ssn_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    a, g, n = int(d[:3]), int(d[3:5]), int(d[5:])
    return a not in (0, 666) and a < 900 and g != 0 and n != 0


def itin_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if len(d) != 9 or d[0] != "9":
        return False
    g = int(d[3:5])
    return 70 <= g <= 88 or 90 <= g <= 92 or 94 <= g <= 99


def crypto_ok(s: str) -> bool:
    if s.startswith("0x"):
        return eth_ok(s)
    if s.startswith("bc1"):
        return segwit_ok(s)
    return s[:1] in "13" and b58check_ok(s)


# --------------------------------------------------------------------------- patterns

_CLASSES = {
    "#": "0123456789",
    "%": "123456789",
    "@": "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "&": "ABCDEFGHJKLMNPRSTUVWXYZ",
    "~": "abcdefghijklmnopqrstuvwxyz",
    "^": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "$": "0123456789abcdef",
    "?": "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789",
}


def _charclass(spec: str) -> str:
    out = []
    i = 0
    while i < len(spec):
        if i + 2 < len(spec) and spec[i + 1] == "-":
            out.extend(chr(c) for c in range(ord(spec[i]), ord(spec[i + 2]) + 1))
            i += 3
        else:
            out.append(spec[i])
            i += 1
    return "".join(out)


def expand(rng: random.Random, pat: str) -> str:
    """# digit, % 1-9, @ A-Z, & A-Z w/o IOQ, ~ a-z, ^ 0-9A-Z, $ hex, ? base58-ish, [..], \\x."""
    out = []
    i = 0
    while i < len(pat):
        c = pat[i]
        if c == "\\":
            out.append(pat[i + 1])
            i += 2
        elif c == "[":
            j = pat.index("]", i)
            out.append(rng.choice(_charclass(pat[i + 1 : j])))
            i = j + 1
        elif c in _CLASSES:
            out.append(rng.choice(_CLASSES[c]))
            i += 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


# --------------------------------------------------------------------------- scripts

_SPECIAL_FOLD = {
    "ß": "ss",
    "ø": "o",
    "Ø": "O",
    "æ": "ae",
    "Æ": "Ae",
    "œ": "oe",
    "Œ": "Oe",
    "đ": "d",
    "Đ": "D",
    "ł": "l",
    "Ł": "L",
    "ı": "i",
    "ð": "d",
    "Ð": "D",
    "þ": "th",
    "Þ": "Th",
    "ħ": "h",
    "Ħ": "H",
    "ʻ": "",
    "ə": "e",
    "Ə": "E",
    "’": "",
    "'": "",
}


def fold(s: str) -> str:
    s = "".join(_SPECIAL_FOLD.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(s).lower())


def _words(s: str) -> list[str]:
    return s.split()


_CYR = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        _words("a b v g d e yo zh z i y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya"),
        strict=True,
    )
)
_CYR_LANG = {
    "ru": {},
    "be": {"г": "h", "і": "i", "ў": "w", "х": "kh", "и": "i"},
    "uk": {"г": "h", "ґ": "g", "и": "y", "і": "i", "ї": "yi", "є": "ye", "х": "kh", "й": "i"},
    "bg": {"щ": "sht", "ъ": "a", "х": "h", "й": "y", "ц": "ts"},
    "sr": {
        "ђ": "đ",
        "ј": "j",
        "љ": "lj",
        "њ": "nj",
        "ћ": "ć",
        "џ": "dž",
        "ц": "c",
        "ч": "č",
        "ш": "š",
        "ж": "ž",
        "х": "h",
    },
    "mk": {
        "ѓ": "gj",
        "ќ": "kj",
        "ѕ": "dz",
        "ј": "j",
        "љ": "lj",
        "њ": "nj",
        "џ": "dž",
        "ц": "c",
        "ч": "č",
        "ш": "š",
        "ж": "ž",
        "х": "h",
    },
    "kk": {
        "ә": "ä",
        "ғ": "ğ",
        "қ": "q",
        "ң": "ñ",
        "ө": "ö",
        "ұ": "u",
        "ү": "ü",
        "һ": "h",
        "і": "i",
        "х": "kh",
    },
    "mn": {"ө": "ö", "ү": "ü", "х": "kh", "й": "i", "ы": "y"},
}
_KA = dict(
    zip(
        "აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ",
        _words("a b g d e v z t i k l m n o p zh r s t u p k gh q sh ch ts dz ts ch kh j h"),
        strict=True,
    )
)
_HY = dict(
    zip(
        "աբգդեզէըթժիլխծկհձղճմյնշոչպջռսվտրցւփքօֆ",
        _words(
            "a b g d e z e y t zh i l kh ts k h dz gh ch m y n sh o ch p j r s v t r ts v p k o f"
        ),
        strict=True,
    )
)


def translit(s: str, how: str | None, cap: bool = True) -> str:
    if not how:
        return s
    out = []
    if how in _CYR_LANG:
        table = dict(_CYR)
        table.update(_CYR_LANG[how])
    elif how == "ka":
        table = _KA
    elif how == "hy":
        s = s.replace("ու", "u").replace("Ու", "U").replace("և", "ev")
        table = _HY
    else:
        raise ValueError(how)
    words = s.split(" ")
    res = []
    for w in words:
        out = []
        for idx, ch in enumerate(w):
            low = ch.lower()
            if how == "hy" and idx == 0 and low in "եո":
                rep = "ye" if low == "ե" else "vo"
            elif low in table:
                rep = table[low]
                if rep == "-":
                    rep = ""
            else:
                rep = low
            if ch != low or (cap and idx == 0 and how == "ka"):
                rep = rep[:1].upper() + rep[1:]
            out.append(rep)
        word = "".join(out)
        res.append(word[:1].upper() + word[1:] if (word and cap) else word)
    return " ".join(res)


DIGITS = {
    "ar": "٠١٢٣٤٥٦٧٨٩",
    "fa": "۰۱۲۳۴۵۶۷۸۹",
    "hi": "०१२३४५६७८९",
    "bn": "০১২৩৪৫৬৭৮৯",
    "th": "๐๑๒๓๔๕๖๗๘๙",
    "my": "၀၁၂၃၄၅၆၇၈၉",
    "km": "០១២៣៤៥៦៧៨៩",
}


def to_digits(s: str, system: str | None) -> str:
    if not system:
        return s
    table = DIGITS[system]
    return "".join(table[int(c)] if c in "0123456789" else c for c in s)


# --------------------------------------------------------------------------- calendars


def _jdn(y: int, m: int, d: int) -> int:
    a = (14 - m) // 12
    y2 = y + 4800 - a
    m2 = m + 12 * a - 3
    return d + (153 * m2 + 2) // 5 + 365 * y2 + y2 // 4 - y2 // 100 + y2 // 400 - 32045


def jalali(gy: int, gm: int, gd: int) -> tuple[int, int, int]:
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


def hijri(gy: int, gm: int, gd: int) -> tuple[int, int, int]:
    jd = _jdn(gy, gm, gd)
    ll = jd - 1948440 + 10632
    n = (ll - 1) // 10631
    ll = ll - 10631 * n + 354
    j = ((10985 - ll) // 5316) * ((50 * ll) // 17719) + (ll // 5670) * ((43 * ll) // 15238)
    ll = ll - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43) + 29
    m = (24 * ll) // 709
    d = ll - (709 * m) // 24
    return 30 * n + j - 30, m, d


def ethiopic(gy: int, gm: int, gd: int) -> tuple[int, int, int]:
    jd = _jdn(gy, gm, gd)
    r = (jd - 1723856) % 1461
    n = r % 365 + 365 * (r // 1460)
    y = 4 * ((jd - 1723856) // 1461) + r // 365 - r // 1460
    return y, n // 30 + 1, n % 30 + 1


def bikram(gy: int, gm: int, gd: int) -> tuple[int, int, int]:
    """Approximate Bikram Sambat (a plausible BS date, not an exact conversion)."""
    after = (gm, gd) >= (4, 14)
    y = gy + 56 + (1 if after else 0)
    m = (gm - 4) % 12 + 1 if gd >= 14 else (gm - 5) % 12 + 1
    d = (gd - 13) if gd >= 14 else gd + 17
    return y, m, min(d, 30)


def jp_era(d: _dt.date) -> tuple[str, str, int]:
    if d >= _dt.date(2019, 5, 1):
        return "令和", "R", d.year - 2018
    if d >= _dt.date(1989, 1, 8):
        return "平成", "H", d.year - 1988
    return "昭和", "S", d.year - 1925


_TOKEN = re.compile(r"<([A-Za-z]+)>")


def fmt_date(d: _dt.date, fmt: str, lang: str) -> str:
    digits = None
    if "|" in fmt:
        fmt, digits = fmt.split("|")
    months = T.MONTHS.get(lang) or T.MONTHS["en"]
    abbr = T.MONTHS_ABBR.get(lang) or [m[:3] for m in months]
    era, era_a, ey = jp_era(d)
    jy, jm, jd = jalali(d.year, d.month, d.day)
    hy, hm, hd = hijri(d.year, d.month, d.day)
    ety, etm, etd = ethiopic(d.year, d.month, d.day)
    by, bm, bd = bikram(d.year, d.month, d.day)
    vals = {
        "D": str(d.day),
        "DD": f"{d.day:02d}",
        "M": str(d.month),
        "MM": f"{d.month:02d}",
        "YYYY": str(d.year),
        "YY": f"{d.year % 100:02d}",
        "MONTH": months[d.month - 1],
        "MON": abbr[d.month - 1],
        "ERA": era + ("元" if ey == 1 else str(ey)),
        "ERAA": f"{era_a}{ey}",
        "ROC": str(d.year - 1911),
        "BE": str(d.year + 543),
        "JY": str(jy),
        "JM": str(jm),
        "JD": str(jd),
        "JMM": f"{jm:02d}",
        "JDD": f"{jd:02d}",
        "JMONTH": T.MONTHS["fa_jalali"][jm - 1],
        "HY": str(hy),
        "HM": str(hm),
        "HD": str(hd),
        "HMONTH": T.MONTHS["hijri"][hm - 1],
        "EtY": str(ety),
        "EtM": str(etm),
        "EtD": str(etd),
        "EtMONTH": T.MONTHS["ethiopic"][etm - 1],
        "BSY": str(by),
        "BSM": f"{bm:02d}",
        "BSD": f"{bd:02d}",
        "BSMONTH": T.MONTHS["bs"][bm - 1],
    }
    out = _TOKEN.sub(lambda m: vals[m.group(1)], fmt)
    return to_digits(out, digits)


GENERIC_DATE_FMTS = ("<YYYY>-<MM>-<DD>", "<DD>/<MM>/<YYYY>", "<D> <MON> <YYYY>", "<DD>.<MM>.<YYYY>")


# --------------------------------------------------------------------------- locales


class Name:
    __slots__ = ("nm", "nf", "rm", "rf", "extra")

    def __init__(self, nm: str, nf: str, rm: str, rf: str, extra: str | None):
        self.nm, self.nf, self.rm, self.rf, self.extra = nm, nf, rm, rf, extra

    def native(self, sex: str) -> str:
        return self.nf if sex == "f" else self.nm

    def roman(self, sex: str) -> str:
        return self.rf if sex == "f" else self.rm


def _split(s: str | tuple | list | None) -> list[str]:
    if s is None:
        return []
    if isinstance(s, (tuple, list)):
        return [x.strip() for x in s if x.strip()]
    return [x.strip() for x in s.split(",") if x.strip()]


def parse_pool(s, how: str | None) -> list[Name]:
    out = []
    for raw in _split(s):
        extra = None
        if ":" in raw:
            raw, extra = raw.split(":", 1)
        if "=" in raw:
            nat, rom = raw.split("=", 1)
        else:
            nat, rom = raw, None
        nm, _, nf = nat.partition("/")
        nf = nf or nm
        if rom is not None:
            rm, _, rf = rom.partition("/")
            rf = rf or rm
        else:
            rm, rf = translit(nm, how), translit(nf, how)
        out.append(Name(nm.strip(), nf.strip(), rm.strip(), rf.strip(), extra))
    return out


class Loc:
    def __init__(self, code: str, d: dict):
        self.code = code
        self.d = d
        self.langs = tuple(d["langs"])
        self.lang = self.langs[0]
        self.weight = d.get("w", 1)
        self.style = d.get("style", "western")
        self.latin = d.get("latin", True)
        how = d.get("tr")
        self.gm = parse_pool(d["gm"], how)
        self.gf = parse_pool(d["gf"], how)
        self.fam = parse_pool(d.get("fam"), how)
        self.mid = parse_pool(d.get("mid"), how)
        self.streets = _split(d.get("streets"))
        self.towns = []
        for item in d.get("towns", "").split(";"):
            if not item.strip():
                continue
            town, _, pc = item.strip().partition("=")
            self.towns.append((town.strip(), pc.strip()))
        self.addr = d.get("addr", ("{hn} {st}, {town} {pc}",))
        self.phones = tuple(d["phone"])
        self.mail = _split(d.get("mail", "gmail.com, outlook.com"))
        self.iban = d.get("iban")
        self.nicks = parse_pool(d.get("nick"), how)
        self.mix = tuple(d.get("mix", ()))


LOCALES: dict[str, Loc] = {code: Loc(code, d) for code, d in T.LOCALES.items()}


# --------------------------------------------------------------------------- persons

ADULT, KID, VET = "adult", "kid", "vet"


def _initial(name: str) -> str:
    parts = re.split(r"([- ])", name)
    out = []
    for p in parts:
        if p in ("-", " "):
            out.append(p)
        elif p:
            out.append(p[0] + ".")
    return "".join(out).replace(". ", ".")


class Person:
    """A private person with consistent name forms and personal data."""

    def __init__(
        self, rng, name_loc: Loc, home: Loc, sex: str, age: str, base=None, kin=False, sep=None
    ):
        self.rng = rng
        self.sep_choice = sep
        self.nl = name_loc
        self.home = home
        self.sex = sex
        self.age = age
        self.cache: dict[str, str] = {}
        self.roman = False
        y0, y1 = {ADULT: (1958, 2004), KID: (2008, 2019), VET: (1931, 1957)}[age]
        start = _dt.date(y0, 1, 1).toordinal()
        end = _dt.date(y1, 12, 31).toordinal()
        self.dob = _dt.date.fromordinal(rng.randint(start, end))
        self._build(rng, base, kin)

    # -- name construction -------------------------------------------------
    def _given(self, rng) -> Name:
        pool = self.nl.gf if self.sex == "f" else self.nl.gm
        return rng.choice(pool)

    def _build(self, rng, base, kin) -> None:
        loc = self.nl
        st = loc.style
        sx = self.sex
        d = loc.d
        g = self._given(rng)
        self.gname = g
        gn, gr = g.native(sx), g.roman(sx)
        same = base is not None and base.nl is loc
        fam_entry = None
        if same and base.fam_entry is not None:
            fam_entry = base.fam_entry
        elif loc.fam:
            fam_entry = rng.choice(loc.fam)
        self.fam_entry = fam_entry
        f1n = fam_entry.native(sx) if fam_entry else ""
        f1r = fam_entry.roman(sx) if fam_entry else ""
        fn, fr = f1n, f1r
        self.fam2 = None
        if d.get("double") and fam_entry:
            if same and base.fam2 is not None:
                self.fam2 = base.fam2
            elif not same and rng.random() < d["double"]:
                others = [x for x in loc.fam if x is not fam_entry]
                self.fam2 = rng.choice(others)
            if self.fam2 is not None:
                fn = f"{fn} {self.fam2.native(sx)}"
                fr = f"{fr} {self.fam2.roman(sx)}"
        if d.get("mono") and not same and rng.random() < d["mono"]:
            fn = fr = f1n = f1r = ""
            self.fam_entry = None
        self.father = None
        if st == "iceland":
            father = base.gname if (kin and same and base.sex == "m") else rng.choice(loc.gm)
            stem = father.extra or father.nm + "s"
            fn = fr = f1n = f1r = stem + ("dóttir" if sx == "f" else "son")
        if st in ("arab", "malay", "ethiopic"):
            if kin and same and base.sex == "m":
                self.father = base.gname
            else:
                self.father = rng.choice(loc.gm)
        mid_n = mid_r = ""
        if st == "slavic" and loc.mid and rng.random() < 0.9:
            pat = rng.choice(loc.mid)
            mid_n, mid_r = pat.native(sx), pat.roman(sx)
        if st == "western" and d.get("middle") and rng.random() < d["middle"]:
            m = rng.choice(loc.fam) if d.get("midfam") else self._given(rng)
            if m is not g and m is not fam_entry:
                if d.get("midinit", True) and rng.random() < 0.6:
                    mid_n = m.native(sx)[0] + "."
                    mid_r = m.roman(sx)[0] + "."
                else:
                    mid_n, mid_r = m.native(sx), m.roman(sx)
        if st == "east" and loc.mid:
            m = rng.choice(loc.mid)
            mid_n, mid_r = m.native(sx), m.roman(sx)
        sep = d.get("sep", "")
        if isinstance(sep, tuple):
            sep = self.sep_choice if self.sep_choice in sep else rng.choice(sep)
        self.sep = sep
        self.gn, self.gr, self.fn, self.fr = gn, gr, fn, fr
        self.forms_n = self._forms(gn, fn, f1n, mid_n, native=True)
        if loc.latin:
            self.forms_r = dict(self.forms_n)
        else:
            self.forms_r = self._forms(gr, fr, f1r, mid_r, native=False)
        alt = d.get("alt_f" if sx == "f" else "alt_m")
        if alt and rng.random() < 0.55:
            eng = rng.choice(_split(alt))
            self.forms_r.update(
                full=f"{eng} {fr}",
                g=eng,
                fg=f"{fr}, {eng}",
                i=f"{eng[0]}. {fr}",
                up=f"{fr.upper()} {eng}",
                formal=f"{eng} {fr} {gr}",
            )
        if d.get("full_is_i"):
            self.forms_n["full"] = self.forms_n["i"]

    def _up(self, s: str, native: bool) -> str:
        if native and self.nl.d.get("nocase"):
            return s
        return s.upper()

    def _forms(self, g: str, f: str, f1: str, m: str, native: bool) -> dict[str, str]:
        loc = self.nl
        st = loc.style
        sx = self.sex
        d = loc.d
        cased = (not native) or loc.latin or d.get("cased", False)
        up = self._up
        fm: dict[str, str] = {}
        gm = f"{g} {m}" if m else g
        if st == "east":
            if native and not loc.latin:
                sep = self.sep
                full = f"{f}{sep}{m + sep if m else ''}{g}"
                fm.update(full=full, g=g, f=f, fg=full, i=full, up=full, shirt=f, formal=full)
            elif native:  # Latin script, family name first (vi, hu)
                full = " ".join(x for x in (f, m, g) if x)
                ini = full if loc.code.startswith("vi") else f"{f} {g[0]}."
                fm.update(
                    full=full,
                    g=g,
                    f=f,
                    fg=full,
                    i=ini,
                    up=" ".join(x for x in (f.upper(), m, g) if x),
                    shirt=g.upper() if loc.code.startswith("vi") else f.upper(),
                    formal=full,
                )
            else:
                if d.get("rwest", True):
                    full = " ".join(x for x in (g, m, f) if x)
                else:
                    full = " ".join(x for x in (f, m, g) if x)
                fm.update(
                    full=full,
                    g=g,
                    f=f,
                    fg=f"{f}, {g}",
                    i=f"{g[0]}. {f}",
                    up=f"{f.upper()} {g}",
                    shirt=f.upper(),
                    formal=full,
                )
            return fm
        if st == "arab":
            father = self.father.native("m") if native else self.father.roman("m")
            patr = d.get("patr")
            if patr == "bin":
                words = ("بنت", "بن") if native else ("bint", "bin")
                word = words[0] if sx == "f" else words[1]
                formal = f"{g} {word} {father} {f}".strip()
            elif patr == "plain":
                formal = f"{g} {father} {f}".strip()
            else:
                formal = f"{g} {f}".strip()
            full = formal if patr == "plain" else f"{g} {f}".strip()
            fm.update(
                full=full,
                formal=formal,
                g=g,
                f=f or g,
                fg=f"{f}, {g}" if cased else full,
                i=f"{g[0]}. {f}" if cased else full,
                up=f"{f.upper()} {g}" if cased else full,
                shirt=(f or g).upper(),
            )
            return fm
        if st == "malay":
            father = self.father.native("m") if native else self.father.roman("m")
            word = "binti" if sx == "f" else "bin"
            full = f"{g} {word} {father}"
            fm.update(
                full=full,
                formal=full,
                g=g,
                f=g,
                fg=full,
                i=full,
                up=full.upper(),
                shirt=g.split(" ")[-1].upper(),
            )
            return fm
        if st == "ethiopic":
            father = self.father.native("m") if native else self.father.roman("m")
            full = f"{g} {father}"
            fm.update(
                full=full,
                formal=full,
                g=g,
                f=father,
                fg=full if not cased else f"{father}, {g}",
                i=full if not cased else f"{g} {father[0]}.",
                up=full if not cased else f"{g.upper()} {father.upper()}",
                shirt=g if not cased else g.upper(),
            )
            return fm
        if st == "mono" or not f:
            fm.update(full=gm, formal=gm, g=g, f=g, fg=gm, i=gm)
            fm["up"] = up(gm, native) if cased else gm
            fm["shirt"] = up(g.split(" ")[-1], native) if cased else g
            return fm
        if st == "slavic":
            full = f"{g} {f}"
            if loc.code[:2] == "bg":
                formal = " ".join(x for x in (g, m, f) if x)
            else:
                formal = " ".join(x for x in (f, g, m) if x)
            ini = f"{g[0]}. {f}"
            if m and self.rng.random() < 0.5:
                ini = f"{f} {g[0]}.{m[0]}."
            fm.update(
                full=full,
                formal=formal,
                g=g,
                f=f,
                fg=f"{f} {g}" if native and not loc.latin else f"{f}, {g}",
                i=ini,
                up=f"{up(f, native)} {g}",
                shirt=up(f1, native),
            )
            return fm
        full = f"{gm} {f}"
        ini = _initial(g) + " " + f
        if d.get("ifirst"):
            ini = f"{_initial(f.split(' ')[0])} {g}"
        fm.update(
            full=full,
            formal=full,
            g=g,
            f=f,
            fg=f"{f}, {gm}" if cased else full,
            i=ini,
            up=f"{up(f, native)} {g}" if cased else full,
            shirt=up(f1, native) if cased else f1,
        )
        return fm

    # -- derived data ------------------------------------------------------
    def _name_tokens(self) -> tuple[str, str]:
        g = slug(self.forms_r["g"].split(" ")[0]) or "user"
        f = slug(self.fr) if self.fr else ""
        if not f and self.father is not None:
            f = slug(self.father.roman("m"))
        return g, f

    def handle_base(self) -> str:
        if "handle" in self.cache:
            return self.cache["handle"]
        rng = self.rng
        g, f = self._name_tokens()
        yy = f"{self.dob.year % 100:02d}"
        if f:
            opts = [
                f"{g}.{f}",
                f"{g}{f}",
                f"{g}_{f}",
                f"{g[0]}{f}",
                f"{g}{f[0]}",
                f"{f}.{g}",
                f"{g}_{f[:1]}{yy}",
                f"{g}{f}{yy}",
                f"{f}{g[0]}",
                f"{g}.{f}{rng.randint(1, 99)}",
            ]
        else:
            opts = [g, f"{g}{yy}", f"{g}_{rng.randint(1, 999)}", f"the.{g}"]
        h = rng.choice(opts)
        self.cache["handle"] = h
        return h

    def email(self) -> str:
        if "email" in self.cache:
            return self.cache["email"]
        rng = self.rng
        dom = rng.choice(self.home.mail)
        if dom == "qq.com" and rng.random() < 0.7:
            local = expand(rng, "%########" + rng.choice(["", "#"]))
        else:
            g, f = self._name_tokens()
            yy = f"{self.dob.year % 100:02d}"
            opts = [f"{g}.{f}", f"{g}{f}", f"{g[0]}.{f}", f"{g}_{f}{yy}", f"{f}.{g}", f"{g}{yy}"]
            if not f:
                opts = [g, f"{g}{yy}", f"{g}.{self.dob.year}", f"{g}{rng.randint(1, 99)}"]
            local = rng.choice(opts).strip(".") or g
            if rng.random() < 0.06:
                local += "+" + rng.choice(["club", "sport", "run", "gym", "team"])
        e = f"{local}@{dom}"
        self.cache["email"] = e
        return e


NONLATIN_LANGS = frozenset(
    _words("ru uk be bg mk kk mn el ka hy ar he fa ur hi bn ta si ne ja zh zh_hant ko th km my am")
)
CURRENCY = {
    "en_GB": "£",
    "cy_GB": "£",
    "en_IE": "€",
    "ga_IE": "€",
    "mt_MT": "€",
    "en_ZA": "R",
    "zu_ZA": "R",
    "af_ZA": "R",
    "en_IN": "₹",
    "en_NG": "₦",
    "en_KE": "KSh ",
    "en_GH": "GH₵",
}


def _roman_default(ctx, person: Person) -> bool:
    if person.nl.latin:
        return False
    if ctx.tpl is not None and ctx.tpl.roman:
        return True
    if ctx.tlang == "*":
        return ctx.star_roman
    if ctx.tlang == person.nl.lang:
        return False
    return not (ctx.tlang in person.nl.langs and ctx.tlang in NONLATIN_LANGS)


# --------------------------------------------------------------------------- parser

_SLOT = re.compile(r"\{\{([^{}]*)\}\}")
_REP = re.compile(r"#(\d+)-(\d+)$")
_ENTITY = re.compile(r"^(?:[pckvsw]\d+[a-z]?|r|rp|rc|rq)$")


def parse_template(text: str) -> list:
    root: list = []
    stack = [root]
    pos = 0
    for m in _SLOT.finditer(text):
        if m.start() > pos:
            stack[-1].append(("lit", text[pos : m.start()]))
        body = m.group(1).strip()
        pos = m.end()
        rep = _REP.match(body)
        if rep:
            node = ("rep", int(rep.group(1)), int(rep.group(2)), [])
            stack[-1].append(node)
            stack.append(node[3])
        elif body.startswith("?") and not body.startswith("?/"):
            p = float(body[1:]) if len(body) > 1 else 0.5
            node = ("opt", p, [])
            stack[-1].append(node)
            stack.append(node[2])
        elif body in ("/", "/?"):
            stack.pop()
            if not stack:
                raise ValueError(f"unbalanced block in template: {text[:60]!r}")
        else:
            stack[-1].append(("slot", body))
    if pos < len(text):
        stack[-1].append(("lit", text[pos:]))
    if len(stack) != 1:
        raise ValueError(f"unclosed block in template: {text[:60]!r}")
    return root


def _slots(nodes) -> list[str]:
    out = []
    for n in nodes:
        if n[0] == "slot":
            out.append(n[1])
        elif n[0] == "rep":
            out.extend(_slots(n[3]))
        elif n[0] == "opt":
            out.extend(_slots(n[2]))
    return out


class Template:
    def __init__(self, d: dict):
        self.id = d["id"]
        self.lang = d["lang"]
        self.text = d["text"]
        self.nm = d.get("nm", False)
        self.json = d.get("json", False)
        self.sex = dict(x.split(":") for x in d.get("sex", "").split()) if d.get("sex") else {}
        self.row_age = d.get("row_age", ADULT)
        self.locs = tuple(d["locs"]) if d.get("locs") else None
        self.roman = d.get("roman", False)
        self.nodes = parse_template(self.text)
        slots = _slots(self.nodes)
        self.needs_iban = any(s.split(":")[0] == "iban" or ".iban" in s for s in slots)
        self.us_only = any(s.split(":")[0] in ("ssn", "itin", "tin") for s in slots)

    def fits(self, loc: Loc) -> bool:
        if self.locs is not None and loc.code not in self.locs:
            return False
        if self.needs_iban and not loc.iban:
            return False
        if self.us_only and loc.code != "en_US":
            return False
        return self.lang == "*" or self.lang in loc.langs


TEMPLATES = [Template(d) for d in T.TEMPLATES]
WRAPPERS = [(w["id"], w.get("kind", "json"), parse_template(w["text"])) for w in T.WRAPPERS]


# --------------------------------------------------------------------------- rendering


def jesc(s: str, ascii_only: bool) -> str:
    return json.dumps(s, ensure_ascii=ascii_only)[1:-1]


class Ctx:
    def __init__(self, rng: random.Random, loc: Loc, tpl: Template | None, tlang: str):
        self.rng = rng
        self.loc = loc
        self.tpl = tpl
        self.tlang = tlang
        self.esc = False
        self.ascii = False
        self.ents: dict[str, Person] = {}
        self.cache: dict[str, tuple[str, str | None]] = {}
        self.used_names: set[str] = set()
        self.dfmt: dict[str, str] = {}
        self.star_roman = rng.random() < 0.3
        self.clock: int | None = None
        seps = loc.d.get("sep", "")
        self.sep = rng.choice(seps) if isinstance(seps, tuple) else seps
        self.pieces: list[tuple[str, str | None]] = []

    def emit(self, text: str, cat: str | None, literal: bool = False) -> None:
        if not text:
            return
        if self.esc and not literal:
            text = jesc(text, self.ascii)
        self.pieces.append((text, cat))


def _pick_lang_pool(pools: dict, lang: str, rng) -> str:
    pool = pools.get(lang) or pools.get(lang.split("_")[0]) or pools["en"]
    return rng.choice(pool)


_ROW_KEYS = ("r", "rp", "rc", "rq")


def _entity(ctx: Ctx, key: str, bind: dict) -> Person:
    store = bind if key in _ROW_KEYS else ctx.ents
    if key in store:
        return store[key]
    rng = ctx.rng
    base = None
    kin = False
    if key[0] == "c":
        base = _entity(ctx, "p" + re.sub(r"\D", "", key), bind)
        kin = True
    elif key in ("rp", "rc"):
        base = _entity(ctx, "r", bind)
        kin = True
    if key[0] in "ck" or key == "rc":
        age = KID
    elif key[0] == "v":
        age = VET
    elif key == "r":
        age = ctx.tpl.row_age if ctx.tpl else ADULT
    else:
        age = ADULT
    sex = ctx.tpl.sex.get(key) if ctx.tpl else None
    if not sex:
        sex = rng.choice("mf")
    name_loc = ctx.loc
    if base is not None:
        name_loc = base.nl
    elif ctx.loc.mix:
        share = 0.18 if key in ("r", "rq") else 0.06
        if rng.random() < share:
            name_loc = LOCALES[rng.choice(ctx.loc.mix)]
    for _ in range(8):
        p = Person(rng, name_loc, ctx.loc, sex, age, base=base, kin=kin, sep=ctx.sep)
        if p.forms_n["full"] not in ctx.used_names and p.forms_n["g"] not in ctx.used_names:
            break
    ctx.used_names.add(p.forms_n["full"])
    ctx.used_names.add(p.forms_n["g"])
    p.roman = _roman_default(ctx, p)
    store[key] = p
    return p


def _numeric_only(fmt: str) -> bool:
    return not re.search(r"[^\W\d_]", _TOKEN.sub("", fmt.split("|")[0]))


def _date_fmts(ctx: Ctx, which: str) -> list[str]:
    loc = ctx.loc
    key = "dob" if which == "dob" else "date"
    fm = list(loc.d.get(key) or loc.d.get("dob") or ())
    if ctx.tlang == loc.lang and fm:
        return fm
    if ctx.tlang in loc.langs:
        numeric = [f for f in fm if _numeric_only(f)]
        if numeric:
            return numeric
    if loc.code == "en_US":
        return ["<MM>/<DD>/<YYYY>", "<M>/<D>/<YYYY>", "<MONTH> <D>, <YYYY>", "<YYYY>-<MM>-<DD>"]
    return list(GENERIC_DATE_FMTS)


def _fmt_lang(ctx: Ctx) -> str:
    if ctx.tlang == ctx.loc.lang:
        return ctx.loc.d.get("mlang", ctx.tlang)
    if ctx.tlang in ctx.loc.langs:
        return ctx.tlang
    return "en"


def _phone(ctx: Ctx, arg: str) -> str:
    rng = ctx.rng
    pats = list(ctx.loc.phones)
    if arg == "intl":
        pats = [p for p in pats if p.startswith("+")] or pats
    elif arg == "nat":
        pats = [p for p in pats if not p.startswith("+")] or pats
    pat = rng.choice(pats)
    digits = None
    if "|" in pat:
        pat, digits = pat.split("|")
    return to_digits(expand(rng, pat), digits)


def _address(ctx: Ctx, one_line: bool) -> str:
    rng = ctx.rng
    loc = ctx.loc
    fmt = rng.choice(loc.addr)
    town, pcpat = rng.choice(loc.towns)
    vals = {
        "st": rng.choice(loc.streets) if loc.streets else "",
        "hn": expand(rng, rng.choice(loc.d.get("hn", ("%", "%#", "%#")))),
        "pc": expand(rng, pcpat),
        "town": town,
        "apt": expand(rng, rng.choice(loc.d.get("apt", ("%#",)))),
        "dist": rng.choice(_split(loc.d.get("dist", "Centre"))),
    }
    out = fmt.format(**vals)
    roman = (ctx.tpl is not None and ctx.tpl.roman) or ctx.tlang not in ("*", *loc.langs)
    if roman and loc.d.get("tr"):
        out = translit(out, loc.d["tr"], cap=False)
    if one_line:
        out = out.replace("\n", ", ")
    return out.strip()


def _card(rng, loc: Loc) -> str:
    brands = loc.d.get("cards", "visa visa visa mc mc amex")
    brand = rng.choice(brands.split())
    if brand == "amex":
        num = luhn_complete(rng.choice(["34", "37"]) + expand(rng, "############"))
        sep = rng.choice([" ", " ", "-", ""])
        return sep.join((num[:4], num[4:10], num[10:]))
    prefix = {
        "visa": "4" + expand(rng, "#####"),
        "mc": rng.choice(["5" + rng.choice("12345") + "####", "22" + rng.choice("34567") + "###"]),
        "jcb": "35" + str(rng.randint(28, 89)) + expand(rng, "##"),
        "cup": "62" + expand(rng, "####"),
        "disc": "6011" + expand(rng, "##"),
        "maestro": "6759" + expand(rng, "##"),
    }[brand]
    prefix = expand(rng, prefix)
    num = luhn_complete(prefix + expand(rng, "#########"))
    sep = rng.choice([" ", " ", " ", "-", ""])
    return sep.join(num[i : i + 4] for i in range(0, 16, 4))


def _ssn(rng) -> str:
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    s = f"{a:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
    return s if rng.random() < 0.85 else s.replace("-", rng.choice(["", " "]))


def _itin(rng) -> str:
    g = rng.choice([*range(70, 89), 90, 91, 92, *range(94, 100)])
    s = f"9{rng.randint(0, 99):02d}-{g}-{rng.randint(0, 9999):04d}"
    return s if rng.random() < 0.85 else s.replace("-", "")


def _btc(rng) -> str:
    kind = rng.random()
    prog = bytes(rng.randrange(256) for _ in range(20))
    if kind < 0.3:
        return b58check_encode(b"\x00" + prog)
    if kind < 0.45:
        return b58check_encode(b"\x05" + prog)
    if kind < 0.85:
        return segwit_encode(0, prog)
    return segwit_encode(1, bytes(rng.randrange(256) for _ in range(32)))


def _mac(rng) -> str:
    b = [rng.randrange(256) for _ in range(6)]
    if rng.random() < 0.3:
        b[0] |= 0xC0  # BLE random static address
    style = rng.random()
    hx = [f"{x:02x}" for x in b]
    if style < 0.45:
        return ":".join(hx).upper()
    if style < 0.75:
        return ":".join(hx)
    if style < 0.9:
        return "-".join(hx).upper()
    return ".".join("".join(hx[i : i + 2]) for i in (0, 2, 4))


def _ipv4(rng, private: bool = False) -> str:
    if private:
        return rng.choice(
            [
                f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}",
                f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
            ]
        )
    first = rng.choice([31, 37, 46, 62, 77, 81, 84, 89, 91, 93, 95, 109, 151, 176, 178, 185, 188])
    first = rng.choice([first, rng.choice([24, 49, 58, 73, 98, 101, 112, 118, 121, 139, 175, 203])])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def _ipv6(rng) -> str:
    head = rng.choice(["2a02", "2a01", "2001", "2600", "2406", "2804", "2a00", "240e"])
    groups = [head] + [f"{rng.randrange(65536):x}" for _ in range(7)]
    if rng.random() < 0.4:
        return ":".join(groups[:4]) + "::" + ":".join(groups[6:])
    return ":".join(groups)


def _secret(rng, kind: str) -> str:
    if kind == "pw":
        w = rng.choice(T.PASSWORD_WORDS)
        style = rng.random()
        if style < 0.35:
            return w.capitalize() + str(rng.randint(1, 2025)) + rng.choice("!#$?*.")
        if style < 0.6:
            return expand(rng, "??????????" + rng.choice(["", "??", "????"]))
        if style < 0.8:
            return f"{w}-{rng.choice(T.PASSWORD_WORDS)}-{rng.randint(10, 99)}"
        return w[:1].upper() + w[1:].replace("o", "0").replace("e", "3") + rng.choice("!@#%&")
    if kind == "pin":
        return expand(rng, rng.choice(["####", "####", "######"]))
    if kind == "code":
        return expand(rng, rng.choice(["####", "#####", "####", "%##%#"])) + rng.choice(
            ["", "", "", "#"]
        )
    if kind == "otp":
        return expand(rng, rng.choice(["######", "### ###", "######"]))
    if kind == "token":
        return expand(
            rng,
            rng.choice(
                [
                    "$" * 40,
                    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + "?" * 36 + "." + "?" * 43,
                    "ya29.a0" + "?" * 60,
                    "ghp_" + "?" * 36,
                    "xoxb-" + "#" * 12 + "-" + "#" * 13 + "-" + "?" * 24,
                    "?" * 32,
                ]
            ),
        )
    if kind == "apikey":
        return expand(
            rng,
            rng.choice(
                [
                    "sk-proj-" + "?" * 48,
                    "sk-ant-api03-" + "?" * 40 + "-" + "?" * 12 + "AA",
                    "AIza" + "?" * 35,
                    "sk_live_" + "?" * 24,
                    "rk_live_" + "?" * 24,
                    "SG." + "?" * 22 + "." + "?" * 43,
                    "SK" + "$" * 32,
                    "key-" + "$" * 32,
                    "gsk_" + "?" * 48,
                ]
            ),
        )
    if kind == "recovery":
        return expand(rng, "^^^^^-^^^^^").lower()
    raise KeyError(kind)


def _club_domain(ctx: Ctx) -> str:
    rng = ctx.rng
    loc = ctx.loc
    tld = loc.d.get("tld", "org")
    if loc.latin and loc.towns:
        town = slug(rng.choice(loc.towns)[0])[:14]
        prefix = rng.choice(T.CLUB_PREFIX.get(loc.lang, T.CLUB_PREFIX["en"]))
        base = f"{prefix}-{town}" if prefix else town + rng.choice(["runners", "fc", "tri", "sc"])
    else:
        base = rng.choice(T.CLUB_SLUGS)
    return f"{base}.{tld}"


def _masked(rng) -> str:
    last = expand(rng, "####")
    return rng.choice(
        [
            f"**** **** **** {last}",
            f"•••• {last}",
            f"XXXX-XXXX-XXXX-{last}",
            f"ending in {last}",
            f"{expand(rng, '4###')} **** **** {last}",
        ]
    )


_PLAIN_KINDS = frozenset(
    _words(
        "iban card ssn itin tin btc eth ip ipp ip6 mac pw pin code otp token apikey recovery "
        "phone clubmail date time tick ts year n pat pick hex uuid town plate masked club venue "
        "famous fict stadium trophy memorial cur MODEL SYS INSTR"
    )
)


def slot_value(ctx: Ctx, body: str, bind: dict) -> tuple[str, str | None]:
    name, _, arg = body.partition(":")
    parts = name.split(".")
    key = parts[0]
    if _ENTITY.match(key):
        return _entity_value(ctx, _entity(ctx, key, bind), parts[1:], arg)
    if key == "i":
        return str(bind.get("i", 1)), None
    cache_key = None
    if key not in _PLAIN_KINDS and key.rstrip("0123456789") in _PLAIN_KINDS:
        cache_key = body
        if cache_key in ctx.cache:
            return ctx.cache[cache_key]
        key = key.rstrip("0123456789")
    val = _plain_value(ctx, key, arg)
    if cache_key:
        ctx.cache[cache_key] = val
    return val


def _plain_value(ctx: Ctx, key: str, arg: str) -> tuple[str, str | None]:
    rng = ctx.rng
    loc = ctx.loc
    if key == "iban":
        cc = arg or loc.iban
        return iban_make(rng, cc, printed=rng.random() < 0.7), "IBAN"
    if key == "card":
        return _card(rng, loc), "CREDIT_CARD"
    if key == "ssn":
        return _ssn(rng), "US_SSN"
    if key == "itin":
        return _itin(rng), "US_ITIN"
    if key == "tin":
        return (_ssn(rng), "US_SSN") if rng.random() < 0.65 else (_itin(rng), "US_ITIN")
    if key == "btc":
        return _btc(rng), "CRYPTO"
    if key == "eth":
        return eip55(expand(rng, "$" * 40)), "CRYPTO"
    if key == "ip":
        return _ipv4(rng), "IP"
    if key == "ipp":
        return _ipv4(rng, private=True), "IP"
    if key == "ip6":
        return _ipv6(rng), "IP"
    if key == "mac":
        return _mac(rng), "MAC"
    if key in ("pw", "pin", "code", "otp", "token", "apikey", "recovery"):
        return _secret(rng, key), "SECRET"
    if key == "phone":
        return _phone(ctx, arg), "PHONE"
    if key == "clubmail":
        local = rng.choice(T.ROLE_MAIL.get(loc.lang, T.ROLE_MAIL["en"]))
        return f"{local}@{_club_domain(ctx)}", "EMAIL"
    # ---- unlabeled
    if key == "date":
        lo, hi = _dt.date(2023, 1, 1).toordinal(), _dt.date(2025, 12, 31).toordinal()
        d = _dt.date.fromordinal(rng.randint(lo, hi))
        return _fmt_any_date(ctx, d, arg, "date"), None
    if key == "tick":
        if ctx.clock is None:
            ctx.clock = rng.randint(17 * 60, 21 * 60)
        ctx.clock = min(ctx.clock + rng.randint(1, 14), 23 * 60 + 59)
        return f"{ctx.clock // 60:02d}:{ctx.clock % 60:02d}", None
    if key == "time":
        return f"{rng.randint(6, 21):02d}:{rng.choice(['00', '15', '30', '45', '10', '20'])}", None
    if key == "ts":
        return (
            f"2025-{rng.randint(1, 9):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:"
            f"{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}.{rng.randint(0, 999):03d}Z"
        ), None
    if key == "year":
        return str(rng.randint(2023, 2025)), None
    if key == "n":
        lo, hi = arg.split("-")
        return str(rng.randint(int(lo), int(hi))), None
    if key == "pat":
        return expand(rng, arg), None
    if key == "pick":
        return rng.choice(arg.split("|")), None
    if key == "hex":
        return expand(rng, "$" * int(arg or 12)), None
    if key == "uuid":
        h = expand(rng, "$" * 32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}", None
    if key == "cur":
        return CURRENCY.get(loc.code, "$" if loc.lang == "en" else "€"), None
    if key == "town":
        return rng.choice(loc.towns)[0], None
    if key == "plate":
        return expand(rng, rng.choice(loc.d.get("plate", ("@@ ####",)))), None
    if key == "masked":
        return _masked(rng), None
    if key in ("club", "venue", "famous", "fict", "stadium", "trophy", "memorial"):
        pools = getattr(T, key.upper())
        return _pick_lang_pool(pools, ctx.tlang if ctx.tlang != "*" else loc.lang, rng), None
    if key == "SYS":
        pool = list(T.SYSTEM_PROMPTS["en"])
        pool += T.SYSTEM_PROMPTS.get(loc.lang, []) * 3
        return rng.choice(pool), None
    if key in ("MODEL", "INSTR"):
        return rng.choice(T.MODELS if key == "MODEL" else T.INSTRUCTIONS), None
    raise KeyError(f"unknown slot {key!r}")


def _fmt_any_date(ctx: Ctx, d: _dt.date, arg: str, which: str) -> str:
    rng = ctx.rng
    if arg == "iso":
        return d.isoformat()
    if arg == "us":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if arg == "eu":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if arg == "dmy":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if arg == "year":
        return str(d.year)
    if arg == "long":
        lang = _fmt_lang(ctx)
        long_fmt = ctx.loc.d.get("long") if ctx.tlang in ctx.loc.langs else None
        return fmt_date(d, long_fmt or "<D> <MONTH> <YYYY>", lang)
    if which not in ctx.dfmt:
        ctx.dfmt[which] = rng.choice(_date_fmts(ctx, which))
    return fmt_date(d, ctx.dfmt[which], _fmt_lang(ctx))


def _entity_value(ctx: Ctx, p: Person, attrs: list[str], arg: str) -> tuple[str, str | None]:
    rng = ctx.rng
    roman = p.roman
    if "r" in attrs:
        roman = True
    if "n" in attrs:
        roman = False
    attrs = [a for a in attrs if a not in ("r", "n")]
    attr = attrs[0] if attrs else "full"
    forms = p.forms_r if roman else p.forms_n
    if attr in ("full", "g", "f", "fg", "i", "up", "shirt", "formal"):
        val = forms[attr]
        if attr == "shirt" and rng.random() < 0.3 and p.nl.latin:
            val = forms["i"].upper()
        return val, "PERSON"
    if attr == "lc":
        return forms["g"].lower(), "PERSON"
    if attr == "lcf":
        return forms["full"].lower(), "PERSON"
    if attr == "nick":
        if "nick" not in p.cache:
            pool = p.nl.nicks
            if pool:
                entry = rng.choice(pool)
                p.cache["nick"] = entry.roman(p.sex) if roman else entry.native(p.sex)
            else:
                p.cache["nick"] = forms["g"]
        return p.cache["nick"], "PERSON"
    if attr in ("h", "login"):
        h = p.handle_base()
        return ("@" + h if attr == "h" else h), "PERSON"
    if attr == "email":
        return p.email(), "EMAIL"
    if attr == "phone":
        k = "phone:" + arg
        if k not in p.cache:
            p.cache[k] = _phone(ctx, arg)
        return p.cache[k], "PHONE"
    if attr == "dob":
        return _fmt_any_date(ctx, p.dob, arg, "dob"), "DATE_OF_BIRTH"
    if attr in ("addr", "addr1"):
        if "addr" not in p.cache:
            p.cache["addr"] = _address(ctx, one_line=False)
        val = p.cache["addr"]
        if attr == "addr1":
            val = val.replace("\n", ", ")
        return val, "ADDRESS"
    if attr == "dl":
        if "dl" not in p.cache:
            p.cache["dl"] = expand(rng, rng.choice(ctx.loc.d.get("dl", ("@#######",))))
        return p.cache["dl"], "DRIVER_LICENSE"
    if attr == "pass":
        if "pass" not in p.cache:
            p.cache["pass"] = expand(rng, rng.choice(p.home.d.get("pp", ("@@#######",))))
        return p.cache["pass"], "PASSPORT"
    if attr == "iban":
        if "iban" not in p.cache:
            p.cache["iban"] = iban_make(rng, arg or ctx.loc.iban, printed=rng.random() < 0.7)
        return p.cache["iban"], "IBAN"
    if attr == "card":
        if "card" not in p.cache:
            p.cache["card"] = _card(rng, ctx.loc)
        return p.cache["card"], "CREDIT_CARD"
    if attr == "mr":
        titles = T.TITLES.get(ctx.tlang, T.TITLES["en"])
        return titles[0 if p.sex == "m" else 1], None
    if attr == "age":
        return str(2025 - p.dob.year), None
    raise KeyError(f"unknown attribute {attr!r}")


def render(ctx: Ctx, nodes: list, bind: dict) -> None:
    rng = ctx.rng
    for node in nodes:
        kind = node[0]
        if kind == "lit":
            ctx.emit(node[1], None, literal=True)
        elif kind == "slot":
            text, cat = slot_value(ctx, node[1], bind)
            ctx.emit(text, cat)
        elif kind == "rep":
            for i in range(rng.randint(node[1], node[2])):
                render(ctx, node[3], {"i": i + 1})
        elif kind == "opt" and rng.random() < node[1]:
            render(ctx, node[2], bind)


def assemble(pieces: list[tuple[str, str | None]]) -> tuple[str, list[tuple[str, int, int]], list]:
    out = []
    spans = []
    values = []
    pos = 0
    for text, cat in pieces:
        if cat is not None:
            spans.append((cat, pos, pos + len(text)))
            values.append(text)
        out.append(text)
        pos += len(text)
    return "".join(out), spans, values


def _wrap(ctx: Ctx, inner: list[tuple[str, str | None]], near: bool) -> tuple[str, str]:
    """Wrap pieces in an LLM request body or log line; returns (wrapper id, kind)."""
    rng = ctx.rng
    candidates = [w for w in WRAPPERS if not (near and w[0].endswith("+pii"))]
    wid, kind, nodes = rng.choice(candidates)
    ascii_only = rng.random() < 0.25
    out: list[tuple[str, str | None]] = []

    def walk(nodes_):
        for node in nodes_:
            if node[0] == "lit":
                out.append((node[1], None))
                continue
            if node[0] == "opt":
                if rng.random() < node[1]:
                    walk(node[2])
                continue
            body = node[1]
            if body == "CONTENT":
                out.extend((jesc(t, ascii_only), c) for t, c in inner)
            elif body == "USER":
                p = _entity(ctx, "w1", {})
                out.append((jesc(p.email(), ascii_only), "EMAIL"))
            elif body == "CIP":
                out.append((_ipv4(rng), "IP"))
            else:
                text, cat = _plain_value(ctx, body.split(":")[0], body.partition(":")[2])
                out.append((jesc(text, ascii_only), cat))

    walk(nodes)
    ctx.pieces = out
    return wid, kind


# --------------------------------------------------------------------------- generation


def _locale_deck(rng: random.Random, n: int) -> list[str]:
    deck: list[str] = []
    base = [code for code, loc in LOCALES.items() for _ in range(loc.weight)]
    while len(deck) < n:
        chunk = list(base)
        rng.shuffle(chunk)
        deck.extend(chunk)
    return deck[:n]


def _choose_template(
    rng, loc: Loc, near: bool, usage: dict[str, int], seen_own: set[str]
) -> Template:
    if near:
        cands = [t for t in TEMPLATES if t.nm and t.fits(loc)]
        own_nm = [t for t in cands if t.lang == loc.lang]
        if own_nm and rng.random() < 0.6:
            cands = own_nm
        if not cands:
            cands = [t for t in TEMPLATES if t.nm and t.lang in ("en", "*")]
    else:
        pool = [t for t in TEMPLATES if not t.nm and t.fits(loc)]
        own = [t for t in pool if t.lang == loc.lang]
        special = [t for t in pool if t.locs is not None]
        if special and loc.code in seen_own and rng.random() < 0.5:
            own = special
        other = [t for t in pool if t.lang not in ("*", loc.lang)]
        generic = [t for t in pool if t.lang == "*"]
        r = rng.random()
        if own and loc.code not in seen_own:
            r = 0.0
            seen_own.add(loc.code)
        if own and (r < 0.62 or not (other or generic)):
            cands = own
        elif generic and (r < 0.85 or not other):
            cands = generic
        else:
            cands = other or own or generic
    low = min(usage.get(t.id, 0) for t in cands)
    least = [t for t in cands if usage.get(t.id, 0) <= low + (1 if rng.random() < 0.3 else 0)]
    tpl = rng.choice(least)
    usage[tpl.id] = usage.get(tpl.id, 0) + 1
    return tpl


def dev32_set(scale: float = 1.0, _records: list | None = None) -> list[Sample]:
    """Return ``int(N_TEXTS * scale)`` labeled texts (deterministic)."""
    n = int(N_TEXTS * scale)
    rng = random.Random(SEED)
    idx = list(range(n))
    near_set = set(rng.sample(idx, round(n * NEAR_MISS_SHARE)))
    wrap_set = set(rng.sample(idx, round(n * WRAP_SHARE)))
    deck = _locale_deck(rng, n)
    usage: dict[str, int] = {}
    seen_own: set[str] = set()
    out: list[Sample] = []
    for i in range(n):
        loc = LOCALES[deck[i]]
        near = i in near_set
        tpl = _choose_template(rng, loc, near, usage, seen_own)
        ctx = Ctx(rng, loc, tpl, tpl.lang)
        native_json = tpl.json
        if native_json:
            ctx.esc = True
            ctx.ascii = rng.random() < 0.2
        render(ctx, tpl.nodes, {})
        wrapped = None
        wkind = None
        if i in wrap_set:
            inner = ctx.pieces
            wrapped, wkind = _wrap(ctx, inner, near)
        text, spans, values = assemble(ctx.pieces)
        json_from = None
        if wkind == "json":
            json_from = 0
        elif wkind and wkind.startswith("prefix"):
            json_from = text.index("{")
        elif native_json and not wrapped:
            json_from = 0
        out.append(Sample(text=text, spans=spans))
        if _records is not None:
            _records.append(
                {
                    "locale": loc.code,
                    "template": tpl.id,
                    "lang": tpl.lang,
                    "near_miss": near,
                    "wrapper": wrapped,
                    "wrapper_kind": wkind,
                    "native_json": native_json,
                    "json_from": json_from,
                    "values": values,
                }
            )
    return out


# --------------------------------------------------------------------------- self-check


_VALIDATORS = {
    "CREDIT_CARD": (lambda v: 13 <= len(re.sub(r"\D", "", v)) <= 19 and luhn_ok(v), "bad Luhn"),
    "IBAN": (iban_ok, "bad IBAN"),
    "CRYPTO": (crypto_ok, "bad crypto checksum"),
    "US_SSN": (ssn_ok, "bad SSN range"),
    "US_ITIN": (itin_ok, "bad ITIN range"),
}


def _check_value(cat: str, value: str) -> str | None:
    if cat in _VALIDATORS:
        ok, msg = _VALIDATORS[cat]
        if not ok(value):
            return msg
    return None


def _self_test_primitives() -> None:
    empty = "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"
    assert keccak256(b"").hex() == empty
    for msg in (b"", b"abc", b"x" * 135, b"y" * 136, b"z" * 300):
        assert keccak256(msg, pad=0x06) == hashlib.sha3_256(msg).digest()
    vector = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
    assert eip55(vector[2:].lower()) == vector
    assert eth_ok("0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359")
    assert eth_ok("0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB")
    assert segwit_ok("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4")
    assert b58check_ok("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2")
    assert iban_ok("GB82 WEST 1234 5698 7654 32")
    assert luhn_ok("4539 1488 0343 6467")
    assert jalali(2024, 3, 20) == (1403, 1, 1)
    assert ethiopic(2023, 9, 12) == (2016, 1, 1)
    assert hijri(2023, 3, 23)[:2] in ((1444, 9), (1444, 8))


def _validate(data: list[Sample], records: list, errors: list[str], tag: str) -> dict:
    """Check every text and label; append problems to ``errors``; return counts."""

    def err(i: int, msg: str) -> None:
        if len(errors) < 40:
            rec = records[i]
            errors.append(f"[{tag}] #{i} [{rec['locale']} {rec['template']}] {msg}")

    cat_counts = {c: 0 for c in CATEGORIES}
    json_texts = native_json = 0
    for i, (s, rec) in enumerate(zip(data, records, strict=True)):
        text = s.text
        prev_end = -1
        if len(s.spans) != len(rec["values"]):
            err(i, "span / value count mismatch")
        for (cat, a, b), value in zip(s.spans, rec["values"], strict=False):
            if cat not in cat_counts:
                err(i, f"unknown category {cat}")
                continue
            cat_counts[cat] += 1
            if not (0 <= a < b <= len(text)):
                err(i, f"span out of bounds {cat} {a}-{b}")
                continue
            if text[a:b] != value:
                err(i, f"span text != inserted value for {cat}")
            if text[a:b] != text[a:b].strip():
                err(i, f"whitespace at span edge {cat} {text[a:b]!r}")
            if a < prev_end:
                err(i, "overlapping spans")
            prev_end = b
            problem = _check_value(cat, value)
            if problem:
                err(i, f"{problem}: {value!r}")
        if re.search(r"\{\{[^{}]*\}\}", text) or "{{" in text:
            err(i, "unfilled template slot")
        if rec["near_miss"] and s.spans:
            err(i, f"near-miss text has {len(s.spans)} spans")
        if not rec["near_miss"] and not s.spans:
            err(i, "labeled template produced no spans")
        if rec["json_from"] is not None:
            json_texts += 1
            native_json += bool(rec["native_json"])
            try:
                json.loads(text[rec["json_from"] :])
            except json.JSONDecodeError as exc:
                err(i, f"JSON does not parse: {exc}")
    return {"cats": cat_counts, "json": json_texts, "native_json": native_json}


def main() -> int:
    _self_test_primitives()
    t0 = time.perf_counter()
    records: list = []
    data = dev32_set(1.0, _records=records)
    elapsed = time.perf_counter() - t0
    errors: list[str] = []
    if len(data) != N_TEXTS:
        errors.append(f"expected {N_TEXTS} texts, got {len(data)}")
    stats = _validate(data, records, errors, "1.0")
    again = dev32_set(1.0)
    if [(s.text, s.spans) for s in again] != [(s.text, s.spans) for s in data]:
        errors.append("not deterministic across calls")
    small_records: list = []
    small = dev32_set(0.1, _records=small_records)
    if len(small) != int(N_TEXTS * 0.1):
        errors.append("scale 0.1 gives the wrong length")
    _validate(small, small_records, errors, "0.1")
    locales = sorted({r["locale"] for r in records})
    if len(locales) < 70:
        errors.append(f"only {len(locales)} locales used")
    shapes = sorted({r["template"] for r in records})
    langs = sorted({r["lang"] for r in records})
    near = sum(r["near_miss"] for r in records)
    wrapped = sum(bool(r["wrapper"]) for r in records)
    labels = sum(len(s.spans) for s in data)
    cat_counts = stats["cats"]
    print(f"texts            {len(data)}")
    print(f"labels           {labels}")
    for c in CATEGORIES:
        print(f"  {c:<15}{cat_counts[c]:>6}")
    print(f"locales          {len(locales)} (defined {len(LOCALES)})")
    print(f"template langs   {len(langs)}")
    print(
        f"shapes used      {len(shapes)} (defined {len(TEMPLATES)}, plus {len(WRAPPERS)} wrappers)"
    )
    print(f"near-miss texts  {near}")
    print(f"wrapped texts    {wrapped}")
    print(f"JSON texts       {stats['json']} (native JSON documents {stats['native_json']})")
    print(f"generation       {elapsed:.2f} s")
    if elapsed > 5:
        errors.append(f"generation took {elapsed:.1f} s")
    missing = [c for c, v in cat_counts.items() if v == 0]
    if missing:
        errors.append(f"categories never produced: {missing}")
    if errors:
        print("SELF-CHECK FAILED")
        for e in errors:
            print("  " + e)
        return 1
    print("self-check OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
