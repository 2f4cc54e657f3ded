"""dev18: blind, hand-built evaluation set of filled-in forms, records and documents.

What the set is
---------------
Texts of the genre "forms, records and documents people paste to an LLM to extract,
fill in, translate or check": HR onboarding sheets, patient intake and referral forms,
insurance claims, rental and loan applications, school enrolment, visa and consular
forms, police and accident reports, party blocks of court filings, invoices and receipts
with customer blocks, shipping labels and customs declarations, bank statement headers,
payslips, vCards, calendar invites, forwarded e-mail headers, CSV/TSV address book
exports, Markdown/HTML/ASCII tables, key: value dumps, two-column OCR layouts with
misaligned labels, checkbox forms, bilingual forms, and the LLM request/response
envelopes around them (prompts, chat-completion JSON with escaped newlines, a model's
JSON answer with the extracted fields).  About half the texts are not in English; the
templates cover more than 35 languages and the form conventions of many countries.

How it was made
---------------
Blind and by hand, by two writers in turn (the second completed and extended the first's
draft): nobody looked at the sanitizer, its tests, its documentation or any other
benchmark data.  Every template and layout, the per-culture name pools (native script and
romanisation, gendered surnames, patronymics, compound surnames, particles), the
per-country streets, towns and postcode/phone/ID-number patterns, the companies and the
envelopes were written for this set; no name library, word list or fake-data package is
used.  The data lives in ``bench/sanitizer_dev18_templates.py``.
A text is assembled from pieces ``(text, category | None)``; span offsets are
accumulated while assembling, never found by searching the finished text.  OCR-like
effects, escaping (JSON, HTML, CSV, Markdown) and envelopes are applied piece by piece
and character by character, so a label always covers the value exactly as it appears
(for instance its JSON-escaped form).  Generation is deterministic for a seed (one seeded
``random.Random``, no hashing of strings, no set-order dependence); duplicates are
rejected and ``_check`` validates structure and checksums before the set is returned.

Label conventions
-----------------
* PERSON: a private person's full name is one span (given + middle + surname +
  particles); titles and honorifics stay outside.  "DUPONT Jean" / "Dupont, Jean" as one
  field value is one span; a given name or surname alone in its own field is a span.
  Native scripts, furigana readings, signature names and MRZ name fields are labelled.
* ADDRESS: a private street address with a street and a house number, from the first to
  the last component written together (a multi-line block under one label is one span);
  split form fields are labelled each (street+number field, postcode+town field).  The
  dwelling let in a lease between private persons counts as a home address.  Every
  ADDRESS span contains a digit (a town field without a postcode stays unlabelled).
* DATE_OF_BIRTH: a full date presented as a birth date, in any calendar or script.
* PHONE / EMAIL of persons (work e-mail of a person included).
* US_SSN, US_ITIN (valid ranges), DRIVER_LICENSE and PASSPORT numbers where the document
  names them so (any country), CREDIT_CARD (Luhn), IBAN (mod 97, country length; every
  IBAN is labelled, whoever owns the account), IP, MAC, CRYPTO (Base58Check, Bech32(m),
  EIP-55), SECRET (passwords, PINs written as passwords, API keys, tokens).

Left unlabelled
---------------
National ID numbers that have no category (PESEL, BSN, codice fiscale, CPF, TC Kimlik,
resident ID numbers, personal numbers, Aadhaar, SIN, NINO, ...) although they appear with
valid check digits, and identity-card numbers that are not called a passport; the last
four digits of an SSN; bank account and routing numbers that are not IBANs; companies,
their letterhead addresses, switchboard numbers and generic mailboxes; hospitals,
schools, courts, streets or towns mentioned on their own; dates other than birth dates;
amounts, policy/claim/order/tracking numbers, vehicle plates, masked card numbers;
placeholders ("[Name]", "<first name>", "________") and example names or addresses
printed in form instructions.  About 8% of the texts contain nothing to remove.
"""

from __future__ import annotations

import hashlib
import random
import re
import unicodedata
from datetime import date, timedelta

from bench.sanitizer_data import Sample
from bench.sanitizer_dev18_templates import COMPANIES_INTL, LOCALES, NAMES, SOURCES

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

Piece = tuple[str, "str | None"]
BLANK_SHARE = 0.08  # share of texts drawn from templates with nothing to remove

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
    for c in "0123456789":
        if _luhn_ok(body + c):
            return body + c
    raise AssertionError(body)


IBAN_BBAN = {
    "AT": "################",
    "BE": "############",
    "BG": "@@@@######%%%%%%%%",
    "CH": "#####%%%%%%%%%%%%",
    "CY": "########%%%%%%%%%%%%%%%%",
    "CZ": "####################",
    "DE": "##################",
    "DK": "##############",
    "EE": "################",
    "ES": "####################",
    "FI": "##############",
    "FR": "##########%%%%%%%%%%%##",
    "GB": "@@@@##############",
    "GR": "#######%%%%%%%%%%%%%%%%",
    "HR": "#################",
    "HU": "########################",
    "IE": "@@@@##############",
    "IS": "######################",
    "IT": "@##########%%%%%%%%%%%%",
    "LT": "################",
    "LU": "###%%%%%%%%%%%%%",
    "LV": "@@@@%%%%%%%%%%%%%",
    "NL": "@@@@##########",
    "NO": "###########",
    "PL": "########################",
    "PT": "#####################",
    "RO": "@@@@%%%%%%%%%%%%%%%%",
    "SE": "####################",
    "SI": "###############",
    "SK": "####################",
    "TR": "######%%%%%%%%%%%%%%%%",
    "SA": "##%%%%%%%%%%%%%%%%%%",
    "AE": "###################",
    "IL": "###################",
    "BR": "#######################@%",
    "UA": "######%%%%%%%%%%%%%%%%%%%",
    "EG": "#########################",
    "PK": "@@@@%%%%%%%%%%%%%%%%",
}


def _iban_num(s: str) -> int:
    return int("".join(str(int(ch, 36)) for ch in s))


def _iban_ok(raw: str) -> bool:
    s = raw.replace(" ", "").upper()
    cc = s[:2]
    if cc not in IBAN_BBAN or len(s) != 4 + len(IBAN_BBAN[cc]) or not s.isalnum():
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


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


def _keccak_f(a: list[list[int]]) -> None:
    for rc in _KECCAK_RC:
        c = [a[x][0] ^ a[x][1] ^ a[x][2] ^ a[x][3] ^ a[x][4] for x in range(5)]
        d = [c[(x - 1) % 5] ^ _rotl(c[(x + 1) % 5], 1) for x in range(5)]
        for x in range(5):
            for y in range(5):
                a[x][y] ^= d[x]
        b = [[0] * 5 for _ in range(5)]
        for x in range(5):
            for y in range(5):
                b[y][(2 * x + 3 * y) % 5] = _rotl(a[x][y], _KECCAK_ROT[x][y])
        for x in range(5):
            for y in range(5):
                a[x][y] = (b[x][y] ^ ((~b[(x + 1) % 5][y]) & b[(x + 2) % 5][y])) & _M64
        a[0][0] ^= rc


def _keccak256(data: bytes) -> bytes:
    rate = 136
    msg = bytearray(data) + b"\x01"
    while len(msg) % rate:
        msg += b"\x00"
    msg[-1] |= 0x80
    st = [[0] * 5 for _ in range(5)]
    for off in range(0, len(msg), rate):
        block = msg[off : off + rate]
        for i in range(rate // 8):
            st[i % 5][i // 5] ^= int.from_bytes(block[8 * i : 8 * i + 8], "little")
        _keccak_f(st)
    return b"".join(st[i % 5][i // 5].to_bytes(8, "little") for i in range(4))


def _eip55(hex40: str) -> str:
    low = hex40.lower()
    h = _keccak256(low.encode()).hex()
    return "0x" + "".join(
        ch.upper() if ch.isalpha() and int(h[i], 16) >= 8 else ch for i, ch in enumerate(low)
    )


_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def _sha256d(b: bytes) -> bytes:
    return hashlib.sha256(hashlib.sha256(b).digest()).digest()


def _b58check(payload: bytes) -> str:
    b = payload + _sha256d(payload)[:4]
    n = int.from_bytes(b, "big")
    s = ""
    while n:
        n, r = divmod(n, 58)
        s = _B58[r] + s
    pad = len(b) - len(b.lstrip(b"\0"))
    return "1" * pad + s


def _b58check_ok(s: str) -> bool:
    n = 0
    for ch in s:
        if ch not in _B58:
            return False
        n = n * 58 + _B58.index(ch)
    pad = len(s) - len(s.lstrip("1"))
    b = b"\0" * pad + n.to_bytes((n.bit_length() + 7) // 8, "big")
    return len(b) > 4 and _sha256d(b[:-4])[:4] == b[-4:]


_BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_BECH32M = 0x2BC830A3


def _polymod(values: list[int]) -> int:
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        top = chk >> 25
        chk = ((chk & 0x1FFFFFF) << 5) ^ v
        for i in range(5):
            if (top >> i) & 1:
                chk ^= gen[i]
    return chk


def _hrp_expand(h: str) -> list[int]:
    return [ord(x) >> 5 for x in h] + [0] + [ord(x) & 31 for x in h]


def _segwit(hrp: str, ver: int, prog: bytes) -> str:
    acc, bits, data = 0, 0, [ver]
    for byte in prog:
        acc = (acc << 8) | byte
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    const = 1 if ver == 0 else _BECH32M
    pm = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ const
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_BECH[d] for d in data + chk)


def _bech_ok(s: str) -> bool:
    if s.lower() != s and s.upper() != s:
        return False
    s = s.lower()
    pos = s.rfind("1")
    if pos < 1 or len(s) - pos < 8:
        return False
    hrp, data = s[:pos], s[pos + 1 :]
    if any(c not in _BECH for c in data):
        return False
    vals = [_BECH.index(c) for c in data]
    pm = _polymod(_hrp_expand(hrp) + vals)
    return pm == (1 if vals[0] == 0 else _BECH32M)


def _crypto_ok(s: str) -> bool:
    if s.startswith("0x"):
        h = s[2:]
        return len(h) == 40 and all(c in "0123456789abcdefABCDEF" for c in h) and _eip55(h) == s
    if s.lower().startswith(("bc1", "ltc1", "tb1")):
        return _bech_ok(s)
    return _b58check_ok(s)


def _ssn_ok(s: str) -> bool:
    d = re.sub(r"[ -]", "", s)
    if len(d) != 9 or not d.isdigit():
        return False
    a, g, n = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < a < 900 and a != 666 and g != 0 and n != 0


def _itin_ok(s: str) -> bool:
    d = re.sub(r"[ -]", "", s)
    if len(d) != 9 or not d.isdigit() or d[0] != "9":
        return False
    g = int(d[3:5])
    return 50 <= g <= 65 or 70 <= g <= 88 or 90 <= g <= 92 or 94 <= g <= 99


# --------------------------------------------------------------------------- small helpers

_ALNUM = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def _pat(p: str, r: random.Random, vals: list[str] | None = None) -> str:
    """# digit, & digit 1-9, ^ digit 2-9, @ capital letter, % capital or digit; rest literal."""
    out = []
    k = 0
    for ch in p:
        if ch in "#&^@%":
            if vals is not None and k < len(vals):
                out.append(vals[k])
            else:
                if ch == "#":
                    v = str(r.randint(0, 9))
                elif ch == "&":
                    v = str(r.randint(1, 9))
                elif ch == "^":
                    v = str(r.randint(2, 9))
                elif ch == "@":
                    v = r.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
                else:
                    v = r.choice(_ALNUM)
                if vals is not None:
                    vals.append(v)
                out.append(v)
            k += 1
        else:
            out.append(ch)
    return "".join(out)


_FOLD = {"ß": "ss", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "đ": "d"}
_FOLD.update({"Đ": "D", "ı": "i", "þ": "th", "Þ": "Th", "ð": "d", "œ": "oe", "ħ": "h"})


def _fold(s: str) -> str:
    s = "".join(_FOLD.get(c, c) for c in s)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _ascii_local(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", _fold(s).lower())


_POOL_CACHE: dict[str, list[str]] = {}


def _pool(s: str) -> list[str]:
    got = _POOL_CACHE.get(s)
    if got is None:
        got = [x.strip() for x in s.split("|")]
        _POOL_CACHE[s] = got
    return got


def _pick(r: random.Random, s: str) -> str:
    return r.choice(_pool(s))


def _forms(entry: str, g: str) -> tuple[str, str, str]:
    """'native~kana~latin' with optional 'male,female' inside each form."""
    parts = []
    for f in entry.split("~"):
        alts = f.split(",")
        parts.append(alts[1] if g == "f" and len(alts) > 1 else alts[0])
    if len(parts) == 1:
        return parts[0], parts[0], parts[0]
    if len(parts) == 2:
        return parts[0], parts[1], parts[1]
    return parts[0], parts[1], parts[2]


def _pair(entry: str) -> tuple[str, str]:
    a = entry.split("~")
    return a[0], a[-1]


# --------------------------------------------------------------------------- dates

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
    "dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
    "dezembro",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października "
    "listopada grudnia",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "sk": "januára februára marca apríla mája júna júla augusta septembra októbra novembra "
    "decembra",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "bg": "януари февруари март април май юни юли август септември октомври ноември декември",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "nb": "januar februar mars april mai juni juli august september oktober november desember",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta "
    "elokuuta syyskuuta lokakuuta marraskuuta joulukuuta",
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου "
    "Οκτωβρίου Νοεμβρίου Δεκεμβρίου",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie "
    "noiembrie decembrie",
    "hu": "január február március április május június július augusztus szeptember október "
    "november december",
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
    "ms": "Januari Februari Mac April Mei Jun Julai Ogos September Oktober November Disember",
    "hr": "siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada "
    "studenoga prosinca",
    "ca": "de gener|de febrer|de març|d'abril|de maig|de juny|de juliol|d'agost|de setembre|"
    "d'octubre|de novembre|de desembre",
    "is": "janúar febrúar mars apríl maí júní júlí ágúst september október nóvember desember",
    "sl": "januarja februarja marca aprila maja junija julija avgusta septembra oktobra "
    "novembra decembra",
    "lt": "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio "
    "lapkričio gruodžio",
    "tl": "Enero Pebrero Marso Abril Mayo Hunyo Hulyo Agosto Setyembre Oktubre Nobyembre Disyembre",
    "sw": "Januari Februari Machi Aprili Mei Juni Julai Agosti Septemba Oktoba Novemba Desemba",
    "af": "Januarie Februarie Maart April Mei Junie Julie Augustus September Oktober November "
    "Desember",
}
_LONG = {
    "en-US": "{M} {d}, {y}",
    "en": "{d} {M} {y}",
    "de": "{d}. {M} {y}",
    "es": "{d} de {M} de {y}",
    "pt": "{d} de {M} de {y}",
    "pl": "{d} {M} {y} r.",
    "cs": "{d}. {M} {y}",
    "sk": "{d}. {M} {y}",
    "ru": "{d} {M} {y} г.",
    "uk": "{d} {M} {y} р.",
    "bg": "{d} {M} {y} г.",
    "da": "{d}. {M} {y}",
    "nb": "{d}. {M} {y}",
    "fi": "{d}. {M} {y}",
    "hu": "{y}. {M} {d}.",
    "hr": "{d}. {M} {y}.",
    "ca": "{d} {M} {y}",
    "is": "{d}. {M} {y}",
    "sl": "{d}. {M} {y}",
    "lt": "{y} m. {M} {d} d.",
    "ja": "{y}年{m}月{d}日",
    "zh": "{y}年{m}月{d}日",
    "ko": "{y}년 {m}월 {d}일",
    "vi": "ngày {dd} tháng {mm} năm {y}",
}
_DEF_DATE = {
    "en-US": "us",
    "en-PH": "us",
    "en": "dmy/",
    "de": "dmy.",
    "fr": "dmy/",
    "es": "dmy/",
    "it": "dmy/",
    "pt": "dmy/",
    "nl": "dmy-",
    "pl": "dmy.",
    "cs": "d. m. y",
    "sk": "d. m. y",
    "hu": "hu",
    "ro": "dmy.",
    "bg": "dmy.",
    "hr": "d.m.y.",
    "sr": "d.m.y.",
    "sl": "d. m. y",
    "el": "dmy/",
    "tr": "dmy.",
    "ru": "dmy.",
    "uk": "dmy.",
    "sv": "iso",
    "da": "dmy-",
    "nb": "dmy.",
    "fi": "d.m.y",
    "is": "dmy.",
    "et": "dmy.",
    "lv": "dmy.",
    "lt": "iso",
    "ja": "jp",
    "zh": "jp",
    "ko": "kod",
    "ar": "dmy/",
    "he": "dmy/",
    "hi": "dmy/",
    "vi": "dmy/",
    "th": "thai",
    "id": "dmy-",
    "ms": "dmy/",
    "tl": "us",
    "sw": "dmy/",
    "fa": "jalali",
    "bn": "dmy/",
    "ur": "dmy/",
    "ca": "dmy/",
    "af": "ymd/",
}
_AR_DIG = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_FA_DIG = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
_BN_DIG = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")
_HI_DIG = str.maketrans("0123456789", "०१२३४५६७८९")


def _jalali(d: date) -> tuple[int, int, int]:
    gy, gm, gd = d.year, d.month, d.day
    g_d_m = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
    gy2 = gy + 1 if gm > 2 else gy
    days = (
        355666
        + (365 * gy)
        + ((gy2 + 3) // 4)
        - ((gy2 + 99) // 100)
        + ((gy2 + 399) // 400)
        + gd
        + g_d_m[gm - 1]
    )
    jy = -1595 + (33 * (days // 12053))
    days %= 12053
    jy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        jy += (days - 1) // 365
        days = (days - 1) % 365
    if days < 186:
        jm, jd = 1 + days // 31, 1 + days % 31
    else:
        jm, jd = 7 + (days - 186) // 30, 1 + (days - 186) % 30
    return jy, jm, jd


def _wareki(d: date) -> str:
    if d >= date(2019, 5, 1):
        era, y = "令和", d.year - 2018
    elif d >= date(1989, 1, 8):
        era, y = "平成", d.year - 1988
    else:
        era, y = "昭和", d.year - 1925
    return f"{era}{'元' if y == 1 else y}年{d.month}月{d.day}日"


def _fmt_date(d: date, fmt: str | None, tag: str) -> str:
    lang = tag.split("-")[0]
    if not fmt:
        fmt = _DEF_DATE.get(tag) or _DEF_DATE.get(lang, "dmy/")
    dd, mm, y = f"{d.day:02d}", f"{d.month:02d}", str(d.year)
    simple = {
        "iso": f"{y}-{mm}-{dd}",
        "us": f"{mm}/{dd}/{y}",
        "usn": f"{d.month}/{d.day}/{y}",
        "dmy/": f"{dd}/{mm}/{y}",
        "dmy.": f"{dd}.{mm}.{y}",
        "dmy-": f"{dd}-{mm}-{y}",
        "dmy": f"{dd} {mm} {y}",
        "ymd/": f"{y}/{mm}/{dd}",
        "ymd.": f"{y}.{mm}.{dd}",
        "hu": f"{y}. {mm}. {dd}.",
        "d.m.y": f"{d.day}.{d.month}.{y}",
        "d.m.y.": f"{d.day}.{d.month}.{y}.",
        "d. m. y": f"{d.day}. {d.month}. {y}",
        "jp": f"{y}年{d.month}月{d.day}日",
        "jp0": f"{y}年{mm}月{dd}日",
        "ko": f"{y}년 {d.month}월 {d.day}일",
        "kod": f"{y}. {d.month}. {d.day}.",
        "compact": f"{y}{mm}{dd}",
        "yymmdd": f"{y[2:]}{mm}{dd}",
        "roc": f"民國{d.year - 1911}年{d.month}月{d.day}日",
        "rocn": f"{d.year - 1911}/{mm}/{dd}",
        "thai": f"{dd}/{mm}/{d.year + 543}",
        "arab": f"{dd}/{mm}/{y}".translate(_AR_DIG),
        "bn": f"{dd}/{mm}/{y}".translate(_BN_DIG),
        "deva": f"{dd}/{mm}/{y}".translate(_HI_DIG),
    }
    if fmt in simple:
        return simple[fmt]
    if fmt == "wareki":
        return _wareki(d)
    if fmt in ("jalali", "jalalifa"):
        jy, jm, jd = _jalali(d)
        s = f"{jy}/{jm:02d}/{jd:02d}"
        return s.translate(_FA_DIG) if fmt == "jalalifa" else s
    if fmt == "mon":
        mon = MONTHS["en"].split()[d.month - 1][:3].upper()
        return f"{dd} {mon} {y}"
    if fmt == "mon-":
        mon = MONTHS["en"].split()[d.month - 1][:3]
        return f"{dd}-{mon}-{y}"
    if fmt.startswith("long"):
        lg = fmt[5:] or lang
        names = MONTHS.get(lg)
        if names is None:
            return _fmt_date(d, None, tag)
        months = names.split("|") if "|" in names else names.split()
        key = "en-US" if (lg == "en" and tag in ("en-US", "en-PH")) else lg
        pat = _LONG.get(key, "{d} {M} {y}")
        return pat.format(M=months[d.month - 1], d=d.day, y=y, m=d.month, dd=dd, mm=mm)
    raise ValueError(f"unknown date format {fmt!r}")


def _rand_date(r: random.Random, y0: int, y1: int) -> date:
    start = date(y0, 1, 1)
    span = (date(y1, 12, 31) - start).days
    return start + timedelta(days=r.randint(0, span))


# --------------------------------------------------------------------------- national IDs


def _digits(r: random.Random, n: int, first_nonzero: bool = True) -> str:
    s = "".join(str(r.randint(0, 9)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(r.randint(1, 9)) + s[1:]
    return s


def _w_sum(s: str, w: list[int]) -> int:
    return sum(int(a) * b for a, b in zip(s, w, strict=False))


def _nid_pesel(p: Person, r: random.Random) -> str:
    d = p.dob
    mm = d.month + (20 if d.year >= 2000 else 0)
    s = f"{d.year % 100:02d}{mm:02d}{d.day:02d}{r.randint(0, 999):03d}"
    s += r.choice("13579" if p.g == "m" else "02468")
    c = (10 - _w_sum(s, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10) % 10
    return s + str(c)


def _nid_bsn(p: Person, r: random.Random) -> str:
    while True:
        s = _digits(r, 8)
        c = _w_sum(s, [9, 8, 7, 6, 5, 4, 3, 2]) % 11
        if c < 10:
            return s + str(c)


def _nid_cpf(p: Person, r: random.Random) -> str:
    s = _digits(r, 9)
    for n in (10, 11):
        t = sum(int(s[i]) * (n - i) for i in range(n - 1))
        c = (t * 10) % 11
        s += str(0 if c == 10 else c)
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


def _nid_tckn(p: Person, r: random.Random) -> str:
    s = _digits(r, 9)
    d = [int(c) for c in s]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d11 = (sum(d) + d10) % 10
    return f"{s}{d10}{d11}"


def _nid_dni(p: Person, r: random.Random) -> str:
    n = r.randint(10000000, 79999999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def _nid_nie(p: Person, r: random.Random) -> str:
    x = r.choice("XYZ")
    n = r.randint(1000000, 9999999)
    v = int(str("XYZ".index(x)) + str(n))
    return f"{x}{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[v % 23]}"


_CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25]
_CF_ODD += [24, 23]


def _cf_part(s: str, given: bool) -> str:
    s = re.sub(r"[^A-Z]", "", _fold(s).upper())
    cons = [c for c in s if c not in "AEIOU"]
    vow = [c for c in s if c in "AEIOU"]
    if given and len(cons) > 3:
        cons = [cons[0], cons[2], cons[3]]
    return "".join((cons + vow + ["X", "X", "X"])[:3])


def _nid_cf(p: Person, r: random.Random) -> str:
    d = p.dob
    day = d.day + (40 if p.g == "f" else 0)
    comune = r.choice(["F205", "H501", "L219", "F839", "G273", "A944", "D612", "L736", "C351"])
    s = _cf_part(p.sur[2], False) + _cf_part(p.given[2], True)
    s += f"{d.year % 100:02d}{'ABCDEHLMPRST'[d.month - 1]}{day:02d}{comune}"
    tot = 0
    for i, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else ord(ch) - 65
        tot += _CF_ODD[v] if i % 2 == 0 else v
    return s + chr(65 + tot % 26)


def _nid_se(p: Person, r: random.Random) -> str:
    d = p.dob
    s = f"{d.year % 100:02d}{d.month:02d}{d.day:02d}{r.randint(0, 99):02d}"
    s += r.choice("13579" if p.g == "m" else "02468")
    s = _luhn_complete(s)
    return f"{s[:6]}{'+' if d.year < 1925 else '-'}{s[6:]}"


def _nid_dk(p: Person, r: random.Random) -> str:
    d = p.dob
    last = r.choice("13579" if p.g == "m" else "02468")
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{r.randint(0, 999):03d}{last}"


def _nid_no(p: Person, r: random.Random) -> str:
    d = p.dob
    while True:
        s = f"{d.day:02d}{d.month:02d}{d.year % 100:02d}"
        ind = r.randint(0, 499) if d.year < 2000 else r.randint(500, 999)
        s += f"{ind:03d}"
        k1 = 11 - _w_sum(s, [3, 7, 6, 1, 8, 9, 4, 5, 2]) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        s += str(k1)
        k2 = 11 - _w_sum(s, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        return s + str(k2)


def _nid_fi(p: Person, r: random.Random) -> str:
    d = p.dob
    n = r.randint(2, 899)
    base = f"{d.day:02d}{d.month:02d}{d.year % 100:02d}"
    c = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(f"{base}{n:03d}") % 31]
    return f"{base}{'-' if d.year < 2000 else 'A'}{n:03d}{c}"


def _nid_is(p: Person, r: random.Random) -> str:
    d = p.dob
    while True:
        s = f"{d.day:02d}{d.month:02d}{d.year % 100:02d}{r.randint(20, 99)}"
        c = 11 - _w_sum(s, [3, 2, 7, 6, 5, 4, 3, 2]) % 11
        c = 0 if c == 11 else c
        if c < 10:
            return f"{s[:6]}-{s[6:]}{c}{'9' if d.year < 2000 else '0'}"


def _ee_lt_check(s: str) -> str:
    c = _w_sum(s, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]) % 11
    if c == 10:
        c = _w_sum(s, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]) % 11
        c = 0 if c == 10 else c
    return str(c)


def _nid_ee(p: Person, r: random.Random) -> str:
    d = p.dob
    g = (3 if d.year < 2000 else 5) + (1 if p.g == "f" else 0)
    s = f"{g}{d.year % 100:02d}{d.month:02d}{d.day:02d}{r.randint(0, 999):03d}"
    return s + _ee_lt_check(s)


def _nid_lv(p: Person, r: random.Random) -> str:
    d = p.dob
    century = "1" if d.year < 2000 else "2"
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{century}{_digits(r, 4, False)}"


def _nid_cn(p: Person, r: random.Random) -> str:
    area = r.choice(["110105", "310115", "440106", "510107", "330106", "420102", "320102"])
    seq = r.randint(0, 99) * 10 + (
        r.choice([1, 3, 5, 7, 9]) if p.g == "m" else r.choice([0, 2, 4, 6, 8])
    )
    s = f"{area}{p.dob:%Y%m%d}{seq:03d}"
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return s + "10X98765432"[_w_sum(s, w) % 11]


def _nid_kr(p: Person, r: random.Random) -> str:
    d = p.dob
    g = (1 if d.year < 2000 else 3) + (1 if p.g == "f" else 0)
    s = f"{d.year % 100:02d}{d.month:02d}{d.day:02d}{g}{_digits(r, 5, False)}"
    c = (11 - _w_sum(s, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11) % 10
    return f"{s[:6]}-{s[6:]}{c}"


_TW_L = dict(zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36), strict=True))


def _nid_tw(p: Person, r: random.Random) -> str:
    letter = r.choice("ABFHE")
    body = ("1" if p.g == "m" else "2") + _digits(r, 7, False)
    code = _TW_L[letter]
    nums = [code // 10, code % 10] + [int(c) for c in body]
    tot = sum(a * b for a, b in zip(nums, [1, 9, 8, 7, 6, 5, 4, 3, 2, 1], strict=True))
    return f"{letter}{body}{(10 - tot % 10) % 10}"


def _nid_jp(p: Person, r: random.Random) -> str:
    s = _digits(r, 11)
    tot = 0
    for n in range(1, 12):
        q = n + 1 if n <= 6 else n - 5
        tot += int(s[11 - n]) * q
    rem = tot % 11
    c = 0 if rem <= 1 else 11 - rem
    t = s + str(c)
    return f"{t[:4]} {t[4:8]} {t[8:]}"


def _nid_za(p: Person, r: random.Random) -> str:
    d = p.dob
    g = r.randint(5000, 9999) if p.g == "m" else r.randint(0, 4999)
    return _luhn_complete(f"{d.year % 100:02d}{d.month:02d}{d.day:02d}{g:04d}08")


def _nid_il(p: Person, r: random.Random) -> str:
    s = _digits(r, 8, False)
    tot = 0
    for i, ch in enumerate(s):
        x = int(ch) * (1 if i % 2 == 0 else 2)
        tot += x if x < 10 else x - 9
    return s + str((10 - tot % 10) % 10)


def _nid_sin(p: Person, r: random.Random) -> str:
    s = _luhn_complete(r.choice("1234567") + _digits(r, 7, False))
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def _nid_nino(p: Person, r: random.Random) -> str:
    a = r.choice("ABCEGHJKLMNPRSTWXYZ") + r.choice("ABCEGHJKLMNPRSTWXYZ")
    s = _digits(r, 6, False)
    return f"{a} {s[:2]} {s[2:4]} {s[4:]} {r.choice('ABCD')}"


def _nid_fr(p: Person, r: random.Random) -> str:
    d = p.dob
    dep = r.choice(["75", "69", "13", "33", "59", "44", "31", "67", "35", "06"])
    s = f"{1 if p.g == 'm' else 2}{d.year % 100:02d}{d.month:02d}{dep}{r.randint(1, 400):03d}"
    s += f"{r.randint(1, 999):03d}"
    key = 97 - int(s) % 97
    return f"{s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:10]} {s[10:13]} {key:02d}"


def _nid_be(p: Person, r: random.Random) -> str:
    d = p.dob
    seq = r.randint(1, 997)
    seq = seq + 1 if (seq % 2 == 0) == (p.g == "m") else seq
    base = f"{d.year % 100:02d}{d.month:02d}{d.day:02d}{seq:03d}"
    c = 97 - int(("2" if d.year >= 2000 else "") + base) % 97
    return f"{base[:2]}.{base[2:4]}.{base[4:6]}-{base[6:]}.{c:02d}"


def _nid_ro(p: Person, r: random.Random) -> str:
    d = p.dob
    s0 = (1 if d.year < 2000 else 5) + (1 if p.g == "f" else 0)
    s = f"{s0}{d.year % 100:02d}{d.month:02d}{d.day:02d}"
    s += f"{r.randint(1, 46):02d}{r.randint(1, 999):03d}"
    c = _w_sum(s, [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]) % 11
    return s + str(1 if c == 10 else c)


def _nid_bg(p: Person, r: random.Random) -> str:
    d = p.dob
    mm = d.month + (40 if d.year >= 2000 else 0)
    s = f"{d.year % 100:02d}{mm:02d}{d.day:02d}{r.randint(0, 99):02d}"
    s += r.choice("02468" if p.g == "m" else "13579")
    c = _w_sum(s, [2, 4, 8, 5, 10, 9, 7, 3, 6]) % 11
    return s + str(0 if c == 10 else c)


def _nid_hr(p: Person, r: random.Random) -> str:
    s = _digits(r, 10)
    a = 10
    for ch in s:
        a = (a + int(ch)) % 10 or 10
        a = (a * 2) % 11
    c = 11 - a
    return s + str(0 if c == 10 else c)


def _nid_cz(p: Person, r: random.Random) -> str:
    d = p.dob
    mm = d.month + (50 if p.g == "f" else 0)
    while True:
        s = f"{d.year % 100:02d}{mm:02d}{d.day:02d}{r.randint(0, 999):03d}"
        c = int(s) % 11
        if c < 10:
            return f"{s[:6]}/{s[6:]}{c}"


def _nid_jmbg(p: Person, r: random.Random) -> str:
    d = p.dob
    while True:
        rr = r.choice(["71", "80", "21", "50", "10"])
        bbb = r.randint(0, 499) if p.g == "m" else r.randint(500, 999)
        s = f"{d.day:02d}{d.month:02d}{d.year % 1000:03d}{rr}{bbb:03d}"
        k = 11 - _w_sum(s, [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11
        if k <= 9:
            return s + str(k)


def _nid_pt(p: Person, r: random.Random) -> str:
    s = r.choice("123") + _digits(r, 7, False)
    c = 11 - _w_sum(s, [9, 8, 7, 6, 5, 4, 3, 2]) % 11
    return s + str(0 if c >= 10 else c)


def _nid_hu(p: Person, r: random.Random) -> str:
    s = _digits(r, 8)
    c = sum(int(ch) * (3 if i % 2 == 0 else 7) for i, ch in enumerate(s)) % 10
    t = s + str(c)
    return f"{t[:3]} {t[3:6]} {t[6:]}"


def _nid_gr(p: Person, r: random.Random) -> str:
    d = p.dob
    return _luhn_complete(f"{d.day:02d}{d.month:02d}{d.year % 100:02d}{_digits(r, 4, False)}")


def _nid_snils(p: Person, r: random.Random) -> str:
    s = _digits(r, 9)
    t = sum(int(s[i]) * (9 - i) for i in range(9))
    c = t if t < 100 else (0 if t in (100, 101) else t % 101)
    c = 0 if c == 100 else c
    return f"{s[:3]}-{s[3:6]}-{s[6:]} {c:02d}"


def _nid_ir(p: Person, r: random.Random) -> str:
    s = _digits(r, 9)
    rem = sum(int(s[i]) * (10 - i) for i in range(9)) % 11
    return s + str(rem if rem < 2 else 11 - rem)


def _nid_th(p: Person, r: random.Random) -> str:
    s = r.choice("1358") + _digits(r, 11, False)
    c = (11 - sum(int(s[i]) * (13 - i) for i in range(12)) % 11) % 10
    t = s + str(c)
    return f"{t[0]}-{t[1:5]}-{t[5:10]}-{t[10:12]}-{t[12]}"


def _nid_ie(p: Person, r: random.Random) -> str:
    s = _digits(r, 7, False)
    c = sum(int(s[i]) * (8 - i) for i in range(7)) % 23
    return s + "WABCDEFGHIJKLMNOPQRSTUV"[c] + r.choice(["", "", "A"])


def _nid_au(p: Person, r: random.Random) -> str:
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        s = _digits(r, 8)
        for c in "0123456789":
            if _w_sum(s + c, w) % 11 == 0:
                t = s + c
                return f"{t[:3]} {t[3:6]} {t[6:]}"


def _nid_ch(p: Person, r: random.Random) -> str:
    s = "756" + _digits(r, 9, False)
    tot = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(s))
    t = s + str((10 - tot % 10) % 10)
    return f"{t[:3]}.{t[3:7]}.{t[7:11]}.{t[11:]}"


def _nid_at(p: Person, r: random.Random) -> str:
    d = p.dob
    while True:
        a = _digits(r, 3)
        dob = f"{d.day:02d}{d.month:02d}{d.year % 100:02d}"
        c = _w_sum(a + "0" + dob, [3, 7, 9, 0, 5, 8, 4, 2, 1, 6]) % 11
        if c < 10:
            return f"{a}{c} {dob}"


def _nid_de(p: Person, r: random.Random) -> str:
    s = _digits(r, 11)
    return f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"


def _nid_mx(p: Person, r: random.Random) -> str:
    sur = re.sub(r"[^A-Z]", "", _fold(p.sur[2]).upper()) or "XX"
    giv = re.sub(r"[^A-Z]", "", _fold(p.given[2]).upper()) or "X"
    vow = next((c for c in sur[1:] if c in "AEIOU"), "X")
    parts = sur.split() if " " in p.sur[2] else [sur]
    second = parts[1][0] if len(parts) > 1 else r.choice("GLMRS")
    st = r.choice(["DF", "JC", "NL", "PL", "VZ", "GT", "MC"])
    cons = "".join(r.choice("BCDFGHJKLMNPRSTVZ") for _ in range(3))
    d = p.dob
    return (
        f"{sur[0]}{vow}{second}{giv[0]}{d.year % 100:02d}{d.month:02d}{d.day:02d}"
        f"{'H' if p.g == 'm' else 'M'}{st}{cons}{r.choice('0A')}{r.randint(0, 9)}"
    )


def _nid_in(p: Person, r: random.Random) -> str:
    s = str(r.randint(2, 9)) + _digits(r, 11, False)
    return f"{s[:4]} {s[4:8]} {s[8:]}"


def _nid_pan(p: Person, r: random.Random) -> str:
    ini = (re.sub(r"[^A-Z]", "", _fold(p.sur[2]).upper()) or "K")[0]
    return _pat("@@@P", r) + ini + _pat("####@", r)


def _nid_id(p: Person, r: random.Random) -> str:
    d = p.dob
    dd = d.day + (40 if p.g == "f" else 0)
    reg = r.choice(["317101", "327301", "357801", "337401", "517101", "127101"])
    return f"{reg}{dd:02d}{d.month:02d}{d.year % 100:02d}{r.randint(1, 9999):04d}"


def _nid_my(p: Person, r: random.Random) -> str:
    d = p.dob
    last = r.choice("13579" if p.g == "m" else "02468")
    state = r.choice(["14", "10", "08", "01", "07"])
    return f"{d.year % 100:02d}{d.month:02d}{d.day:02d}-{state}-{_digits(r, 3, False)}{last}"


def _nid_ae(p: Person, r: random.Random) -> str:
    s = _luhn_complete(f"784{p.dob.year}{_digits(r, 7, False)}")
    return f"{s[:3]}-{s[3:7]}-{s[7:14]}-{s[14]}"


def _nid_eg(p: Person, r: random.Random) -> str:
    d = p.dob
    c = 2 if d.year < 2000 else 3
    g = r.randint(0, 999) * 10 + (
        r.choice([1, 3, 5, 7, 9]) if p.g == "m" else r.choice([0, 2, 4, 6, 8])
    )
    gov = r.choice(["01", "02", "21", "88"])
    return f"{c}{d.year % 100:02d}{d.month:02d}{d.day:02d}{gov}{g:04d}{r.randint(1, 9)}"


def _nid_vn(p: Person, r: random.Random) -> str:
    g = (0 if p.dob.year < 2000 else 2) + (1 if p.g == "f" else 0)
    prov = r.choice(["001", "079", "031", "048", "036"])
    return f"{prov}{g}{p.dob.year % 100:02d}{_digits(r, 6, False)}"


def _pattern_nid(pattern: str):  # noqa: ANN202
    def f(p: Person, r: random.Random) -> str:
        return _pat(pattern, r)

    return f


NATID = {
    "pesel": _nid_pesel,
    "bsn": _nid_bsn,
    "cpf": _nid_cpf,
    "tckn": _nid_tckn,
    "dni": _nid_dni,
    "nie": _nid_nie,
    "cf": _nid_cf,
    "se": _nid_se,
    "dk": _nid_dk,
    "no": _nid_no,
    "fi": _nid_fi,
    "is": _nid_is,
    "ee": _nid_ee,
    "lt": _nid_ee,
    "lv": _nid_lv,
    "cn": _nid_cn,
    "kr": _nid_kr,
    "tw": _nid_tw,
    "jp": _nid_jp,
    "za": _nid_za,
    "il": _nid_il,
    "sin": _nid_sin,
    "nino": _nid_nino,
    "fr": _nid_fr,
    "be": _nid_be,
    "ro": _nid_ro,
    "bg": _nid_bg,
    "hr": _nid_hr,
    "cz": _nid_cz,
    "jmbg": _nid_jmbg,
    "pt": _nid_pt,
    "hu": _nid_hu,
    "gr": _nid_gr,
    "snils": _nid_snils,
    "ir": _nid_ir,
    "th": _nid_th,
    "ie": _nid_ie,
    "au": _nid_au,
    "ch": _nid_ch,
    "at": _nid_at,
    "de": _nid_de,
    "mx": _nid_mx,
    "in": _nid_in,
    "pan": _nid_pan,
    "id": _nid_id,
    "my": _nid_my,
    "ae": _nid_ae,
    "eg": _nid_eg,
    "vn": _nid_vn,
    "inn": _pattern_nid("&###########"),
    "ua": _pattern_nid("&#########"),
    "sa": _pattern_nid("1#########"),
    "pk": _pattern_nid("&####-#######-#"),
    "bd": _pattern_nid("&#########"),
    "ke": _pattern_nid("&#######"),
    "ng": _pattern_nid("&##########"),
    "ph": _pattern_nid("&###-####-####-####"),
    "ar": _pattern_nid("&#.###.###"),
    "co": _pattern_nid("1.0&#.###.###"),
    "nz": _pattern_nid("&##-###-###"),
    "sk": _nid_cz,
    "si": _nid_jmbg,
    "rs": _nid_jmbg,
    "inn_ru": _pattern_nid("77##########"),
    "rfc": _pattern_nid("@@@@######%%%"),
    "medicare": _pattern_nid("&### ##### #"),
    "steuer": _nid_de,
    "nif_es": _nid_dni,
}

# --------------------------------------------------------------------------- values

_PW_WORDS = [
    "Sommer",
    "Winter",
    "Falcon",
    "Tiger",
    "Maple",
    "Lotus",
    "Orion",
    "Kiwi",
    "Mango",
    "Delta",
    "Zebra",
    "Nova",
    "Sakura",
    "Pixel",
    "Rocket",
    "Bruma",
    "Sol",
    "Luna",
    "Mistral",
    "Fjord",
    "Kestrel",
    "Cobalt",
    "Saffron",
    "Ember",
    "Glacier",
    "Tundra",
    "Koala",
    "Panda",
    "Quartz",
    "Velvet",
    "Harbor",
    "Cedar",
    "Papaya",
    "Otter",
    "Lynx",
    "Comet",
    "Nimbus",
]
_ALNUM_MIX = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"


def _rs(r: random.Random, n: int, alphabet: str = _ALNUM_MIX) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def _secret(r: random.Random, kind: str | None) -> str:
    kind = kind or r.choice(["pw", "pw", "pw", "api", "token"])
    if kind == "pin":
        return _digits(r, r.choice([4, 4, 5, 6]), False)
    if kind in ("pw", "wifi"):
        style = r.randint(0, 4)
        if style == 0:
            return f"{r.choice(_PW_WORDS)}{r.randint(10, 2026)}{r.choice('!?#$%&*')}"
        if style == 1:
            return _rs(r, r.randint(10, 16), _ALNUM_MIX + "!#$%&*?@")
        if style == 2:
            w = r.sample(_PW_WORDS, 3)
            return f"{w[0].lower()}-{w[1].lower()}-{w[2].lower()}-{r.randint(1, 99)}"
        if style == 3:
            return f"{r.choice(_PW_WORDS)}{r.choice('.@_')}{_rs(r, 4)}{r.randint(0, 9)}"
        return _rs(r, 4) + r.choice("!#$%") + _rs(r, 4) + str(r.randint(10, 99))
    if kind == "token":
        return "".join(r.choice("0123456789abcdef") for _ in range(r.choice([32, 40, 64])))
    b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    style = r.randint(0, 8)
    if style == 0:
        return "sk-" + _rs(r, 48, b64)
    if style == 1:
        return "sk-proj-" + _rs(r, 56, b64 + "-_")
    if style == 2:
        return "ghp_" + _rs(r, 36, b64)
    if style == 3:
        return "AKIA" + _rs(r, 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
    if style == 4:
        return f"xoxb-{_digits(r, 12)}-{_digits(r, 13)}-{_rs(r, 24, b64)}"
    if style == 5:
        return "AIza" + _rs(r, 35, b64 + "-_")
    if style == 6:
        return "glpat-" + _rs(r, 20, b64 + "-_")
    if style == 7:
        return "sk_live_" + _rs(r, 24, b64)
    return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + _rs(r, 48, b64) + "." + _rs(r, 43, b64 + "-_")


def _card(r: random.Random, brand: str | None) -> str:
    brand = brand or r.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "jcb", "up"])
    if brand == "visa":
        num = _luhn_complete("4" + _digits(r, 14, False))
    elif brand == "mc":
        pre = r.choice(["51", "52", "53", "54", "55", "2221", "2720", "2305"])
        num = _luhn_complete(pre + _digits(r, 15 - len(pre), False))
    elif brand == "amex":
        num = _luhn_complete(r.choice(["34", "37"]) + _digits(r, 12, False))
    elif brand == "disc":
        num = _luhn_complete("6011" + _digits(r, 11, False))
    elif brand == "jcb":
        num = _luhn_complete("35" + str(r.randint(28, 89)) + _digits(r, 11, False))
    elif brand == "diners":
        num = _luhn_complete("36" + _digits(r, 11, False))
    else:
        num = _luhn_complete("62" + _digits(r, 13, False))
    style = r.random()
    if style < 0.25:
        return num
    sep = "-" if style > 0.85 else " "
    if len(num) == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    if len(num) == 14:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i : i + 4] for i in range(0, 16, 4))


def _iban(r: random.Random, cc: str, compact: bool | None = None) -> str:
    bban = _pat(IBAN_BBAN[cc], r)
    chk = 98 - _iban_num(bban + cc + "00") % 97
    s = f"{cc}{chk:02d}{bban}"
    if compact is None:
        compact = r.random() < 0.3
    return s if compact else " ".join(s[i : i + 4] for i in range(0, len(s), 4))


def _crypto(r: random.Random, kind: str | None) -> str:
    kind = kind or r.choice(["btc", "eth", "eth", "bech", "p2sh", "ltc", "taproot"])
    prog = bytes(r.randint(0, 255) for _ in range(32))
    if kind == "btc":
        return _b58check(b"\x00" + prog[:20])
    if kind == "p2sh":
        return _b58check(b"\x05" + prog[:20])
    if kind == "ltc":
        return _b58check(b"\x30" + prog[:20])
    if kind == "bech":
        return _segwit("bc", 0, prog[:20])
    if kind == "taproot":
        return _segwit("bc", 1, prog)
    return _eip55(prog[:20].hex())


def _ip(r: random.Random) -> str:
    if r.random() < 0.2:
        return f"192.168.{r.randint(0, 20)}.{r.randint(2, 254)}"
    while True:
        a = r.randint(11, 223)
        if a not in (100, 127, 169, 172, 192):
            return f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def _ip6(r: random.Random) -> str:
    pre = r.choice(["2a02:810d", "2001:16b8", "2a01:e0a", "2600:1700", "2409:8a1e", "2a00:23c7"])
    groups = [f"{r.randint(0, 0xFFFF):x}" for _ in range(4)]
    if r.random() < 0.5:
        return f"{pre}:{r.randint(0, 0xFFFF):x}::{':'.join(groups[:3])}"
    return f"{pre}:{r.randint(0, 0xFFFF):x}:{r.randint(0, 0xFFFF):x}:{':'.join(groups)}"


def _mac(r: random.Random) -> str:
    b = [r.randint(0, 255) for _ in range(6)]
    b[0] &= 0xFC
    h = [f"{x:02x}" for x in b]
    style = r.randint(0, 3)
    if style == 0:
        return ":".join(h)
    if style == 1:
        return ":".join(h).upper()
    if style == 2:
        return "-".join(h).upper()
    return f"{h[0]}{h[1]}.{h[2]}{h[3]}.{h[4]}{h[5]}"


def _mrz_val(c: str) -> int:
    if c.isdigit():
        return int(c)
    if c == "<":
        return 0
    return ord(c) - 55


def _mrz_check(s: str) -> str:
    return str(sum(_mrz_val(c) * (7, 3, 1)[i % 3] for i, c in enumerate(s)) % 10)


def _mrz_name(s: str) -> str:
    return re.sub(r"[^A-Z<]", "", _fold(s).upper().replace(" ", "<").replace("-", "<"))


# --------------------------------------------------------------------------- locales

_LOC_KEYS = list(LOCALES)
_LANG_SCRIPTS_LATN = {"ja", "zh", "ko", "ru", "uk", "bg", "el", "ar", "he", "fa", "ur", "hi"}
_LANG_SCRIPTS_LATN |= {"th", "bn", "sr"}


def _loc(key: str) -> dict:
    return LOCALES[key]


def _culture(key: str) -> dict:
    return NAMES[LOCALES[key]["names"]]


def _lang_of(tag: str) -> str:
    return tag.split("-")[0]


class Person:
    def __init__(self, r: random.Random, home: str, nloc: str, child: bool = False):
        self.r = r
        self.home = home
        self.nloc = nloc
        self.H = _loc(home)
        self.C = _culture(nloc)
        C = self.C
        self.g = r.choice("mf")
        self.given = _forms(_pick(r, C["g" + self.g]), self.g)
        sur = _forms(_pick(r, C["sur"]), self.g)
        dbl = C.get("double", 0)
        if dbl and r.random() < dbl:
            s2 = _forms(_pick(r, C["sur"]), self.g)
            if s2 != sur:
                sur = tuple(f"{a} {b}" for a, b in zip(sur, s2, strict=True))
        self.sur = sur
        self.mid: tuple[str, str, str] | None = None
        key = "mid_" + self.g
        if key in C and r.random() < C.get("midp", 1.0):
            self.mid = _forms(_pick(r, C[key]), self.g)
            if C.get("midinit") and r.random() < 0.5:
                self.mid = tuple(m[0] + "." for m in self.mid)
        if C.get("fold"):
            self.given = (self.given[0], self.given[1], _fold(self.given[2]))
            self.sur = (self.sur[0], self.sur[1], _fold(self.sur[2]))
            if self.mid:
                self.mid = (self.mid[0], self.mid[1], _fold(self.mid[2]))
        self.dob = _rand_date(r, 2008, 2021) if child else _rand_date(r, 1944, 2005)
        self.addr = _gen_addr(r, home)
        self.cache: dict[tuple[str, str | None], object] = {}

    # names
    def native(self, tlang: str) -> bool:
        return tlang in self.C["langs"].split()

    def gv(self, nat: bool) -> str:
        return self.given[0 if nat else 2]

    def sr(self, nat: bool) -> str:
        return self.sur[0 if nat else 2]

    def md(self, nat: bool) -> str:
        return self.mid[0 if nat else 2] if self.mid else ""

    def full(self, nat: bool) -> str:
        C = self.C
        g, s = self.gv(nat), self.sr(nat)
        if nat and C.get("order") == "sg":
            return s + C.get("sep", " ") + g
        m = self.md(nat) if C.get("mid_full" if nat else "mid_latin") else ""
        return " ".join(x for x in (g, m, s) if x)

    def fio(self, nat: bool) -> str:
        return " ".join(x for x in (self.sr(nat), self.gv(nat), self.md(nat)) if x)

    def kana(self) -> str:
        if self.C.get("kana"):
            return f"{self.sur[1]} {self.given[1]}"
        return self.full(False)


def _gen_addr(r: random.Random, home: str) -> dict:
    H = _loc(home)
    vals: list[str] = []
    num = _pool(H["num"])
    nn = r.choice(num)
    npair = nn.split("~")
    n_n = _pat(npair[0], r, vals)
    n_l = _pat(npair[-1], r, vals)
    u_n = u_l = ""
    if "unit" in H:
        up = r.choice(_pool(H["unit"])).split("~")
        v2: list[str] = []
        u_n = _pat(up[0], r, v2)
        u_l = _pat(up[-1], r, v2)
    s_n, s_l = _pair(r.choice(_pool(H["streets"])))
    town = r.choice(_pool(H["towns"]))
    pcp, tn = town.split(":", 1)
    t_n, t_l = _pair(tn)
    return {
        "s": (s_n, s_l),
        "n": (n_n, n_l),
        "u": (u_n, u_l),
        "t": (t_n, t_l),
        "pc": _pat(pcp, r),
    }


def _clean_addr(s: str) -> str:
    s = re.sub(r"[ \t]+", " ", s)
    s = re.sub(r" ,", ",", s)
    s = re.sub(r",(,)+", ",", s)
    s = "\n".join(x.strip(" ,") for x in s.split("\n"))
    return s.strip(" ,\n")


def _fmt_addr(H: dict, a: dict, kind: str, nat: bool) -> str:
    i = 0 if nat else 1
    suf = "" if nat else "_l"

    def f(name: str, default: str) -> str:
        return H.get(name + suf) or H.get(name) or default

    st = f("st", "{s} {n}{u}")
    pt = f("pt", "{pc} {t}")
    fmt = {
        "st": st,
        "pt": pt,
        "a1": f("a1", "{st}, {pt}"),
        "aml": f("aml", "{st}\n{pt}"),
    }[kind]
    fmt = fmt.replace("{st}", st).replace("{pt}", pt)
    out = fmt.format(s=a["s"][i], n=a["n"][i], u=a["u"][i], t=a["t"][i], pc=a["pc"])
    return _clean_addr(out)


# --------------------------------------------------------------------------- templates


class Tpl:
    __slots__ = ("tid", "tag", "lang", "locs", "flags", "text")

    def __init__(self, tid: str, tag: str, locs: list[str], flags: tuple[str, ...], text: str):
        self.tid = tid
        self.tag = tag
        self.lang = _lang_of(tag)
        self.locs = locs
        self.flags = flags
        self.text = text

    def esc(self) -> str | None:
        for f in self.flags:
            if f.startswith("esc="):
                return f[4:]
        return None


_HDR = re.compile(r"^=== ([\w.-]+) \| ([\w-]+) \| ([^|]*?)\s*(?:\|\s*(.*?))?\s*$")
_REGISTRY: list[Tpl] = []


def _registry() -> list[Tpl]:
    if _REGISTRY:
        return _REGISTRY
    seen_ids: dict[str, int] = {}
    seen_text: dict[str, str] = {}
    for src in SOURCES:
        cur: list = []
        blocks: list = []
        for line in src.split("\n"):
            m = _HDR.match(line)
            if m:
                cur = [m.groups(), []]
                blocks.append(cur)
            elif cur:
                cur[1].append(line)
        for (tid, tag, locs, flags), lines in blocks:
            text = "\n".join(lines).strip("\n")
            if tid in seen_ids:
                raise ValueError(f"duplicate template id {tid}")
            if text in seen_text:
                raise ValueError(f"template {tid} duplicates {seen_text[text]}")
            seen_ids[tid] = 1
            seen_text[text] = tid
            loc_list = _LOC_KEYS if locs.strip() == "*" else locs.split()
            for lk in loc_list:
                if lk not in LOCALES:
                    raise ValueError(f"template {tid}: unknown locale {lk}")
            flag_t = tuple(sorted((flags or "").split()))
            if "env" in flag_t and not _labelled_keys(text):
                flag_t = tuple(sorted(flag_t + ("clean",)))
            _REGISTRY.append(Tpl(tid, tag, loc_list, flag_t, text))
    return _REGISTRY


_PH = re.compile(r"\{(?:p(\d)\.)?([a-z][a-z0-9_]*)(?::([^{}\n]*))?\}")

_CAT = {
    "PERSON": "full full_n full_l given given_n given_l sur sur_n sur_l sur_up up_given up_comma "
    "sur_comma init given_init mid fio kana sig given_mid up_comma_mid",
    "DATE_OF_BIRTH": "dob",
    "ADDRESS": "addr addr_c addr_ml addr_mlc street pc_town home2",
    "PHONE": "phone mobile",
    "EMAIL": "email wemail",
    "US_SSN": "ssn",
    "US_ITIN": "itin",
    "DRIVER_LICENSE": "dl",
    "PASSPORT": "passport",
    "CREDIT_CARD": "card",
    "IBAN": "iban",
    "IP": "ip ip6",
    "MAC": "mac",
    "CRYPTO": "crypto",
    "SECRET": "secret",
}
KEY_CAT = {k: c for c, ks in _CAT.items() for k in ks.split()}
_CO_KEYS = {"co", "coweb", "codom", "comail", "coaddr", "cophone"}
_CO_KEYS |= {k + "2" for k in _CO_KEYS}
_CACHED = set(KEY_CAT) | {"natid", "emp", "emp_addr", "emp_phone", "card_exp", "card_last4"}
_CACHED |= {"plate", "vin", "acct", "bic", "pob", "idcard"}


def _labelled_keys(text: str) -> list[str]:
    """Placeholder keys in a template that can produce a labelled value."""
    keys = [m.group(2) for m in _PH.finditer(text)]
    return [k for k in keys if k in KEY_CAT or k in ("natid", "mrz")]


TITLES = {
    "en": ("Mr", "Ms"),
    "de": ("Herr", "Frau"),
    "fr": ("M.", "Mme"),
    "es": ("Sr.", "Sra."),
    "it": ("Sig.", "Sig.ra"),
    "pt": ("Sr.", "Sra."),
    "nl": ("dhr.", "mevr."),
    "pl": ("Pan", "Pani"),
    "cs": ("pan", "paní"),
    "ru": ("г-н", "г-жа"),
    "tr": ("Bay", "Bayan"),
    "ca": ("Sr.", "Sra."),
    "ro": ("Dl.", "Dna."),
    "el": ("κ.", "κα"),
    "th": ("นาย", "นางสาว"),
    "vi": ("Ông", "Bà"),
    "id": ("Bapak", "Ibu"),
    "ms": ("Encik", "Puan"),
    "ar": ("السيد", "السيدة"),
    "he": ("מר", "גב'"),
    "sv": ("Herr", "Fru"),
    "da": ("Hr.", "Fru"),
    "nb": ("Herr", "Fru"),
    "hu": ("Úr", "Asszony"),
    "uk": ("пан", "пані"),
    "bg": ("г-н", "г-жа"),
}
SEX = {
    "en": ("Male", "Female"),
    "de": ("männlich", "weiblich"),
    "fr": ("masculin", "féminin"),
    "es": ("Hombre", "Mujer"),
    "it": ("M", "F"),
    "pt": ("Masculino", "Feminino"),
    "nl": ("Man", "Vrouw"),
    "pl": ("mężczyzna", "kobieta"),
    "cs": ("muž", "žena"),
    "sk": ("muž", "žena"),
    "hu": ("férfi", "nő"),
    "ro": ("masculin", "feminin"),
    "bg": ("мъж", "жена"),
    "hr": ("muški", "ženski"),
    "sr": ("мушки", "женски"),
    "sl": ("moški", "ženski"),
    "el": ("Άρρεν", "Θήλυ"),
    "tr": ("Erkek", "Kadın"),
    "ru": ("муж.", "жен."),
    "uk": ("чол.", "жін."),
    "sv": ("Man", "Kvinna"),
    "da": ("Mand", "Kvinde"),
    "nb": ("Mann", "Kvinne"),
    "fi": ("mies", "nainen"),
    "is": ("Karl", "Kona"),
    "et": ("mees", "naine"),
    "lv": ("vīrietis", "sieviete"),
    "lt": ("vyras", "moteris"),
    "ja": ("男", "女"),
    "zh": ("男", "女"),
    "ko": ("남", "여"),
    "ar": ("ذكر", "أنثى"),
    "he": ("זכר", "נקבה"),
    "hi": ("पुरुष", "महिला"),
    "vi": ("Nam", "Nữ"),
    "th": ("ชาย", "หญิง"),
    "id": ("Laki-laki", "Perempuan"),
    "ms": ("Lelaki", "Perempuan"),
    "tl": ("Lalaki", "Babae"),
    "sw": ("Mwanamume", "Mwanamke"),
    "fa": ("مرد", "زن"),
    "bn": ("পুরুষ", "মহিলা"),
    "ur": ("مرد", "عورت"),
    "ca": ("Home", "Dona"),
    "af": ("Manlik", "Vroulik"),
}


def _amount(r: random.Random, lang: str, arg: str | None) -> str:
    lo, hi = (float(x) for x in (arg or "10-2000").split("-"))
    v = round(r.uniform(lo, hi), 2)
    if lang in ("ja", "ko"):
        return f"{round(v * 100):,}"
    s = f"{v:,.2f}"
    if lang in ("en", "zh", "he", "th", "hi", "ms", "tl", "sw", "ur", "bn", "ar", "fa", "ja"):
        return s
    if lang in ("de", "es", "it", "nl", "pt", "id", "tr", "da", "ro", "el", "hr", "sl", "vi"):
        return s.replace(",", "_").replace(".", ",").replace("_", ".")
    return s.replace(",", " ").replace(".", ",")


class Ctx:
    def __init__(self, r: random.Random, tpl: Tpl, persons: dict[int, Person] | None = None):
        self.r = r
        self.tpl = tpl
        self.lang = tpl.lang
        self.persons: dict[int, Person] = persons if persons is not None else {}
        self.body: list[Piece] = []
        self.gcache: dict[tuple[str, int], object] = {}
        if not self.persons:
            self.persons[1] = self._new_person(1)
        self.tloc = tpl.tag if tpl.tag in LOCALES else self.persons[1].home

    def _new_person(self, idx: int) -> Person:
        r = self.r
        child = (idx == 1 and "child" in self.tpl.flags) or f"child{idx}" in self.tpl.flags
        if idx == 1:
            home = r.choice(self.tpl.locs)
            nloc = home
            if len(self.tpl.locs) < len(_LOC_KEYS) and r.random() < 0.12:
                nloc = r.choice(_LOC_KEYS)
            return Person(r, home, nloc, child)
        p1 = self.persons[1]
        if len(self.tpl.locs) == len(_LOC_KEYS) and r.random() < 0.45:
            home = r.choice(_LOC_KEYS)
            return Person(r, home, home)
        nloc = p1.nloc if r.random() < 0.7 else p1.home
        return Person(r, p1.home, nloc, child)

    def person(self, idx: int) -> Person:
        if idx not in self.persons:
            self.persons[idx] = self._new_person(idx)
        return self.persons[idx]

    # ------------------------------------------------------------------ values
    def value(self, key: str, arg: str | None, idx: int) -> list[Piece]:
        if key == "body":
            return list(self.body)
        cat = KEY_CAT.get(key)
        glob = self._global(key, arg)
        if glob is not None:
            return [(glob, None)]
        p = self.person(idx)
        ck = (key, arg)
        if key in _CACHED and ck in p.cache:
            got = p.cache[ck]
        else:
            got = self._pval(p, key, arg)
            if key in _CACHED:
                p.cache[ck] = got
        if isinstance(got, list):
            return got
        text = str(got)
        if cat == "ADDRESS" and not any(c.isdigit() for c in text):
            cat = None
        if cat and text != text.strip():
            raise ValueError(f"labelled value with edge whitespace: {text!r}")
        return [(text, cat)]

    def _global(self, key: str, arg: str | None) -> str | None:
        r = self.r
        if key == "date":
            return _fmt_date(_rand_date(r, 2022, 2025), arg, self.tpl.tag)
        if key == "fdate":
            return _fmt_date(_rand_date(r, 2026, 2034), arg, self.tpl.tag)
        if key == "time":
            return f"{r.randint(7, 19):02d}:{r.choice(['00', '15', '30', '45', '10', '50'])}"
        if key == "n":
            return _digits(r, int(arg or "6"))
        if key == "ref":
            return _pat(arg or "####", r)
        if key == "amt":
            return _amount(r, self.lang, arg)
        if key == "pick":
            return r.choice((arg or "").split("|"))
        if key in ("cb", "cbu"):
            opts = (arg or "").split("|")
            k = r.randrange(len(opts))
            on, off = ("[x]", "[ ]") if key == "cb" else ("☒", "☐")
            return "  ".join(f"{on if i == k else off} {o}" for i, o in enumerate(opts))
        if key in _CO_KEYS:
            slot = 1 if key.endswith("2") else 0
            base = key.rstrip("2")
            gk = (base, slot)
            if gk not in self.gcache:
                self.gcache[gk] = self._co_value(base, slot)
            return self.gcache[gk]
        if key == "city":
            H = _loc(self.tloc)
            t = r.choice(_pool(H["towns"])).split(":", 1)[1]
            tn, tl = _pair(t)
            return tn if self.lang == _lang_of(self.tloc) else tl
        return None

    def _co_value(self, base: str, slot: int) -> str:
        r = self.r
        ck = ("_co", slot)
        if ck not in self.gcache:
            got = self._company(self.tloc)
            other = self.gcache.get(("_co", 1 - slot))
            for _ in range(6):
                if got != other:
                    break
                got = self._company(self.tloc)
            self.gcache[ck] = got
        name, dom = self.gcache[ck]  # type: ignore[misc]
        if base == "co":
            return name
        if base == "coweb":
            return "www." + dom
        if base == "codom":
            return dom
        if base == "comail":
            box = r.choice(["info", "office", "service", "contact", "billing", "support", "hr"])
            return f"{box}@{dom}"
        H = _loc(self.tloc)
        if base == "coaddr":
            a = _gen_addr(r, self.tloc)
            a["u"] = ("", "")
            return _fmt_addr(H, a, "a1", self.lang == H["lang"])
        return _pat(r.choice(_pool(H["phones"])), r)

    def _company(self, loc: str) -> tuple[str, str]:
        pool = _loc(loc).get("co") or COMPANIES_INTL
        name, dom = self.r.choice(_pool(pool)).split(";")
        return name, dom

    def _pval(self, p: Person, key: str, arg: str | None) -> object:  # noqa: C901
        r = self.r
        nat = p.native(self.lang)
        if arg == "n":
            nat = True
        elif arg == "l":
            nat = False
        H = p.H
        if key in ("full", "sig"):
            return p.full(nat)
        if key == "full_n":
            return p.full(True)
        if key == "full_l":
            return p.full(False)
        if key == "given":
            return p.gv(nat)
        if key == "given_n":
            return p.gv(True)
        if key == "given_l":
            return p.gv(False)
        if key == "sur":
            return p.sr(nat)
        if key == "sur_n":
            return p.sr(True)
        if key == "sur_l":
            return p.sr(False)
        if key == "sur_up":
            return p.sr(nat).upper()
        if key == "up_given":
            return f"{p.sr(nat).upper()} {p.gv(nat)}"
        if key == "up_comma":
            return f"{p.sr(nat).upper()}, {p.gv(nat)}"
        if key == "sur_comma":
            return f"{p.sr(nat)}, {p.gv(nat)}"
        if key == "init":
            gl = p.gv(False)
            ini = ".".join(x[0] for x in re.split(r"[ -]", gl) if x) + "."
            return f"{ini} {p.sr(False)}"
        if key == "given_init":
            return f"{p.gv(nat)} {p.sr(nat)[0]}."
        if key == "mid":
            return p.md(nat)
        if key == "given_mid":
            return " ".join(x for x in (p.gv(nat), p.md(nat)) if x)
        if key == "up_comma_mid":
            return " ".join(x for x in (f"{p.sr(nat).upper()}, {p.gv(nat)}", p.md(nat)) if x)
        if key == "fio":
            return p.fio(nat)
        if key == "kana":
            return p.kana()
        if key == "title":
            t = TITLES.get(self.lang, ("Mr", "Ms"))
            return t[0 if p.g == "m" else 1]
        if key == "sex":
            t = SEX.get(self.lang, ("M", "F"))
            return t[0 if p.g == "m" else 1]
        if key == "sexc":
            return "M" if p.g == "m" else "F"
        if key == "cbs":
            opts = (arg or "M|F").split("|")
            k = 0 if p.g == "m" else 1
            return "  ".join(f"{'[x]' if i == k else '[ ]'} {o}" for i, o in enumerate(opts))
        if key == "age":
            return str((date(2025, 6, 1) - p.dob).days // 365)
        if key == "dob":
            return _fmt_date(p.dob, arg, self.tpl.tag)
        if key == "dob_year":
            return str(p.dob.year)
        if key in ("pob", "town"):
            t = r.choice(_pool(H["towns"])).split(":", 1)[1] if key == "pob" else None
            tn, tl = _pair(t) if t else p.addr["t"]
            return tn if self.lang == H["lang"] else tl
        if key in ("addr", "addr_c", "addr_ml", "addr_mlc", "street", "pc_town"):
            nat_a = self.lang == H["lang"] if arg not in ("n", "l") else arg == "n"
            kind = {"addr": "a1", "addr_c": "a1", "addr_ml": "aml", "addr_mlc": "aml"}.get(key)
            kind = kind or ("st" if key == "street" else "pt")
            s = _fmt_addr(H, p.addr, kind, nat_a)
            if key in ("addr_c", "addr_mlc"):
                cn = H["country_n"] if nat_a or self.lang == H["lang"] else H["country"]
                s += (", " if key == "addr_c" else "\n") + cn
            return s
        if key == "home2":
            a = _gen_addr(r, p.home)
            return _fmt_addr(
                H, a, "a1", self.lang == H["lang"] if arg not in ("n", "l") else arg == "n"
            )
        if key == "country":
            return H["country_n"] if self.lang == H["lang"] else H["country"]
        if key == "nat":
            if self.lang == H["lang"]:
                return H["nat_n"]
            return H["nat"] if self.lang == "en" else H["iso3"]
        if key == "iso3":
            return H["iso3"]
        if key in ("phone", "mobile"):
            pats = _pool(H["phones"])
            if arg == "intl":
                pats = [x for x in pats if x.startswith("+")] or pats
            elif arg == "nat":
                pats = [x for x in pats if not x.startswith("+")] or pats
            return _pat(r.choice(pats), r)
        if key == "email":
            return self._email(p, arg)
        if key == "wemail":
            dom = self._emp(p)[1]
            g, s = _ascii_local(p.gv(False)), _ascii_local(p.sr(False))
            lp = r.choice([f"{g}.{s}", f"{g[0]}{s}", f"{g}.{s}", f"{s}", f"{g}{s[0]}"])
            return f"{lp}@{dom}"
        if key == "emp":
            return self._emp(p)[0]
        if key == "emp_mail":
            return (
                r.choice(["info", "office", "hr", "contact", "billing", "kontakt"])
                + "@"
                + self._emp(p)[1]
            )
        if key == "emp_addr":
            a = _gen_addr(r, p.home)
            a["u"] = ("", "")
            return _fmt_addr(H, a, "a1", self.lang == H["lang"])
        if key == "emp_phone":
            return _pat(r.choice(_pool(H["phones"])), r)
        if key == "ssn":
            return self._ssn(arg)
        if key == "itin":
            g = r.choice(
                list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92, 94, 95, 96, 97, 98, 99]
            )
            return f"9{r.randint(0, 99):02d}-{g}-{r.randint(1, 9999):04d}"
        if key == "natid":
            gen = arg or H.get("natid")
            if gen == "ssn" or (gen is None and p.home == "en-US"):
                return [(self._ssn(None), "US_SSN")]
            fn = NATID.get(gen or "")
            if fn is None:
                return _digits(r, 10)
            return fn(p, r)
        if key == "dl":
            if H.get("dl") == "gb":
                return self._gbdl(p)
            return _pat(r.choice(_pool(H.get("dl", "########"))), r)
        if key == "passport":
            return _pat(r.choice(_pool(H.get("pp", "@@#######"))), r)
        if key == "idcard":
            return _pat(r.choice(_pool(H.get("idc") or H.get("pp", "@@#######"))), r)
        if key == "card":
            return _card(r, arg)
        if key == "card_last4":
            return f"**** **** **** {_digits(r, 4, False)}"
        if key == "card_exp":
            return f"{r.randint(1, 12):02d}/{r.randint(26, 31)}"
        if key == "iban":
            cc = H.get("iban") or _loc(self.tloc).get("iban") or "DE"
            if arg and len(arg) == 2:
                cc = arg
            return _iban(r, cc, compact=True if arg == "c" else None)
        if key == "bic":
            return _pat("@@@@", r) + H.get("iban", "DE") + _pat("%%", r) + r.choice(["", "XXX"])
        if key == "acct":
            return _digits(r, int(arg or "10"))
        if key == "ip":
            return _ip(r)
        if key == "ip6":
            return _ip6(r)
        if key == "mac":
            return _mac(r)
        if key == "crypto":
            return _crypto(r, arg)
        if key == "secret":
            return _secret(r, arg)
        if key == "plate":
            return _pat(r.choice(_pool(H.get("plate", "@@ ####"))), r)
        if key == "vin":
            return _pat("%%%%%%%%%%%%%%%%%", r).replace("O", "0")
        if key == "mrz":
            return self._mrz(p)
        if key == "ppexp":
            return _fmt_date(self._ppexp(p), arg, self.tpl.tag)
        raise ValueError(f"unknown placeholder key {key!r} in {self.tpl.tid}")

    def _ssn(self, arg: str | None) -> str:
        r = self.r
        while True:
            a = r.randint(1, 899)
            if a != 666:
                break
        s = f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"
        if arg == "plain":
            return s.replace("-", "")
        if arg == "space":
            return s.replace("-", " ")
        return s

    def _emp(self, p: Person) -> tuple[str, str]:
        key = ("_emp", None)
        if key not in p.cache:
            p.cache[key] = self._company(p.home)
        return p.cache[key]  # type: ignore[return-value]

    def _email(self, p: Person, arg: str | None) -> str:
        r = self.r
        g, s = _ascii_local(p.gv(False)), _ascii_local(p.sr(False))
        s = s[:14]
        yy = f"{p.dob.year % 100:02d}"
        lp = r.choice(
            [
                f"{g}.{s}",
                f"{g}{s}",
                f"{g}_{s}{yy}",
                f"{g[0]}{s}",
                f"{s}.{g}",
                f"{g}.{s}{r.randint(1, 99)}",
                f"{g}{p.dob.year}",
                f"{g[0]}.{s}",
                f"{s}{g[0]}{yy}",
            ]
        )
        dom = r.choice(_pool(p.H["mail"]))
        return f"{lp}@{dom}"

    def _gbdl(self, p: Person) -> str:
        r = self.r
        s = re.sub(r"[^A-Z]", "", _fold(p.sr(False)).upper())[:5].ljust(5, "9")
        d = p.dob
        mm = d.month + (50 if p.g == "f" else 0)
        g = re.sub(r"[^A-Z]", "", _fold(p.gv(False)).upper())[:1] or "X"
        m = re.sub(r"[^A-Z]", "", _fold(p.md(False)).upper())[:1] or "9"
        ys = str(d.year)
        return f"{s}{ys[2]}{mm:02d}{d.day:02d}{ys[3]}{g}{m}{r.randint(0, 9)}{_pat('@@', r)}"

    def _mrz(self, p: Person) -> list[Piece]:
        H = p.H
        iso3 = H["iso3"]
        name = _mrz_name(p.sr(False)) + "<<" + _mrz_name(p.gv(False))
        name = name[:39]
        pp = re.sub(r"[^A-Z0-9]", "", self.value("passport", None, self._pidx(p))[0][0])[:9]
        pp_f = pp.ljust(9, "<")
        dob = _fmt_date(p.dob, "yymmdd", "en")
        exp = _fmt_date(self._ppexp(p), "yymmdd", "en")
        sex = "M" if p.g == "m" else "F"
        pers = "<" * 14
        part = pp_f + _mrz_check(pp_f) + dob + _mrz_check(dob) + exp + _mrz_check(exp)
        part += pers + _mrz_check(pers)
        comp = _mrz_check(part)
        return [
            (f"P<{iso3}", None),
            (name, "PERSON"),
            ("<" * (39 - len(name)) + "\n", None),
            (pp, "PASSPORT"),
            (pp_f[len(pp) :] + _mrz_check(pp_f) + iso3, None),
            (dob, "DATE_OF_BIRTH"),
            (_mrz_check(dob) + sex + exp + _mrz_check(exp) + pers + _mrz_check(pers) + comp, None),
        ]

    def _ppexp(self, p: Person) -> date:
        key = ("_ppexp", None)
        if key not in p.cache:
            p.cache[key] = _rand_date(self.r, 2026, 2034)
        return p.cache[key]  # type: ignore[return-value]

    def _pidx(self, p: Person) -> int:
        for k, v in self.persons.items():
            if v is p:
                return k
        return 1


# --------------------------------------------------------------------------- rendering


def _esc_json(t: str, ascii_only: bool = False) -> str:
    out = []
    for ch in t:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\t":
            out.append("\\t")
        elif ascii_only and ord(ch) > 127:
            o = ord(ch)
            if o > 0xFFFF:
                o -= 0x10000
                out.append(f"\\u{0xD800 + (o >> 10):04x}\\u{0xDC00 + (o & 0x3FF):04x}")
            else:
                out.append(f"\\u{o:04x}")
        else:
            out.append(ch)
    return "".join(out)


def _esc_html(t: str) -> str:
    return "".join({"&": "&amp;", "<": "&lt;", ">": "&gt;"}.get(c, c) for c in t)


def _escape(pieces: list[Piece], mode: str | None) -> list[Piece]:
    if not mode:
        return pieces
    out: list[Piece] = []
    for t, c in pieces:
        if mode == "json":
            out.append((_esc_json(t), c))
        elif mode == "jsona":
            out.append((_esc_json(t, True), c))
        elif mode == "html":
            out.append((_esc_html(t), c))
        elif mode == "csv":
            if any(x in t for x in ',"\n'):
                out += [('"', None), (t.replace('"', '""'), c), ('"', None)]
            else:
                out.append((t, c))
        elif mode == "md":
            out.append((t.replace("|", "\\|").replace("\n", " "), c))
        else:
            raise ValueError(mode)
    return out


def _render(ctx: Ctx, text: str, body_mode: str | None = None) -> list[Piece]:
    out: list[Piece] = []
    pos = 0
    esc = ctx.tpl.esc()
    for m in _PH.finditer(text):
        if m.start() > pos:
            out.append((text[pos : m.start()], None))
        pidx, key, arg = m.group(1), m.group(2), m.group(3)
        vals = ctx.value(key, arg, int(pidx or 1))
        out.extend(_escape(vals, body_mode if key == "body" else esc))
        pos = m.end()
    if pos < len(text):
        out.append((text[pos:], None))
    return out


# --------------------------------------------------------------------------- effects

_OCR_MAP = {"l": "1", "I": "l", "O": "0", "S": "5", "B": "8", ":": ";", "e": "c", ",": "."}
_OCR_MAP.update({"i": "í", "m": "rn", "g": "q", "0": "O", "1": "l", "5": "S"})


def _fx(pieces: list[Piece], effect: str, r: random.Random) -> list[Piece]:
    out: list[Piece] = []
    if effect == "flat":
        sep = r.choice(["  ", " | ", "   ", " / "])
        for t, c in pieces:
            out.append((t.replace("\n", sep if c is None else " "), c))
        return out
    if effect == "crlf":
        return [(t.replace("\n", "\r\n"), c) for t, c in pieces]
    if effect == "indent":
        pad = r.choice(["  ", "    ", "\t", "   "])
        out = [(pad, None)]
        for t, c in pieces:
            out.append((t.replace("\n", "\n" + pad) if c is None else t, c))
        return out
    if effect == "trail":
        return [
            (t.replace("\n", " " * r.randint(1, 4) + "\n") if c is None else t, c)
            for t, c in pieces
        ]
    if effect == "upper":
        return [(t.upper() if c in (None, "PERSON", "ADDRESS") else t, c) for t, c in pieces]
    if effect == "tabs":
        return [(re.sub(r": +", ":\t", t) if c is None else t, c) for t, c in pieces]
    if effect == "wide":
        return [
            (re.sub(r": ", lambda _m: ":" + " " * r.randint(3, 14), t) if c is None else t, c)
            for t, c in pieces
        ]
    if effect == "ocr":
        rate = r.uniform(0.015, 0.05)
        for t, c in pieces:
            if c is None:
                t = "".join(
                    _OCR_MAP.get(ch, ch) if r.random() < rate and ch not in "0151" else ch
                    for ch in t
                )
                t = re.sub(r" ", lambda _m: "  " if r.random() < 0.08 else " ", t)
            elif c in ("PERSON", "ADDRESS"):
                t = "".join(
                    _OCR_MAP.get(ch, ch) if r.random() < rate / 3 and ch in "lISBmgie" else ch
                    for ch in t
                )
            out.append((t, c))
        return out
    raise ValueError(effect)


_EFFECTS = ["flat", "crlf", "indent", "trail", "upper", "tabs", "wide", "ocr", "ocr"]


def _merge(pieces: list[Piece]) -> tuple[str, list[tuple[str, int, int]]]:
    merged: list[list] = []
    for t, c in pieces:
        if not t:
            continue
        if merged and merged[-1][1] == c:
            merged[-1][0] += t
        else:
            merged.append([t, c])
    text_parts = []
    spans = []
    pos = 0
    for t, c in merged:
        if c is not None:
            spans.append((c, pos, pos + len(t)))
        text_parts.append(t)
        pos += len(t)
    return "".join(text_parts), spans


# --------------------------------------------------------------------------- assembly


class _Deck:
    def __init__(self, items: list, r: random.Random):
        self.items = items
        self.r = r
        self.cur: list = []

    def draw(self):  # noqa: ANN201
        if not self.cur:
            self.cur = list(self.items)
            self.r.shuffle(self.cur)
        return self.cur.pop()


def _one(
    r: random.Random, decks: dict[str, _Deck], envs: dict[str, list[Tpl]], blank: bool
) -> Sample | None:
    group = "blank" if blank else ("other" if r.random() < 0.49 else "en")
    tpl: Tpl = decks[group].draw()
    ctx = Ctx(r, tpl)
    pieces = _render(ctx, tpl.text)
    if "blank" in tpl.flags and any(c for _, c in pieces):
        raise ValueError(f"blank template {tpl.tid} produced labels")
    if "noocr" not in tpl.flags and not tpl.esc() and r.random() < 0.24:
        pieces = _fx(pieces, r.choice(_EFFECTS), r)
        if r.random() < 0.15:
            pieces = _fx(pieces, r.choice(["crlf", "trail", "ocr"]), r)
    if "noenv" not in tpl.flags and r.random() < 0.3:
        kind = "resp" if "ans" in tpl.flags else "req"
        pool = envs.get(kind + ":" + tpl.lang, []) if r.random() < 0.45 else []
        pool = pool or envs[kind + ":en"]
        if "blank" in tpl.flags:
            pool = [e for e in pool if "clean" in e.flags] or [
                e for e in envs[kind + ":en"] if "clean" in e.flags
            ]
        env = r.choice(pool)
        ectx = Ctx(r, env, ctx.persons)
        ectx.body = pieces
        ectx.lang = env.lang
        pieces = _render(ectx, env.text, env.esc())
    text, spans = _merge(pieces)
    if text.count("\n") >= 59 or not text.strip():
        return None
    return Sample(text=text, spans=spans)


def dev18_set(scale: float = 1.0, seed: int = 1818) -> list[Sample]:
    """Return round(1200 * scale) labelled form/record texts (deterministic for a seed)."""
    n = round(1200 * scale)
    r = random.Random(seed)
    reg = _registry()
    docs = [t for t in reg if "env" not in t.flags]
    decks = {
        "blank": _Deck([t for t in docs if "blank" in t.flags], r),
        "other": _Deck([t for t in docs if "blank" not in t.flags and t.lang != "en"], r),
        "en": _Deck([t for t in docs if "blank" not in t.flags and t.lang == "en"], r),
    }
    envs: dict[str, list[Tpl]] = {}
    for t in reg:
        if "env" in t.flags:
            kind = "resp" if "resp" in t.flags else "req"
            envs.setdefault(f"{kind}:{t.lang}", []).append(t)
            if "both" in t.flags:
                envs.setdefault(f"resp:{t.lang}", []).append(t)
    n_blank = round(n * BLANK_SHARE)
    plan = [True] * n_blank + [False] * (n - n_blank)
    r.shuffle(plan)
    out: list[Sample] = []
    seen: set[str] = set()
    tries = 0
    while len(out) < n:
        tries += 1
        if tries > 30 * n + 100:
            raise RuntimeError("could not generate enough distinct samples")
        s = _one(r, decks, envs, plan[len(out)])
        if s is None or s.text in seen:
            continue
        seen.add(s.text)
        out.append(s)
    _check(out)
    return out


# --------------------------------------------------------------------------- validation


def _check(samples: list[Sample]) -> None:
    """Raise ValueError on any structural or checksum violation."""
    texts: dict[str, int] = {}
    for i, s in enumerate(samples):
        t = s.text
        where = f"sample {i}"
        if not isinstance(t, str) or not t:
            raise ValueError(f"{where}: empty or non-string text")
        if t in texts:
            raise ValueError(f"{where}: duplicate of sample {texts[t]}")
        texts[t] = i
        if t.count("\n") + 1 >= 60:
            raise ValueError(f"{where}: {t.count(chr(10)) + 1} lines (limit 59)")
        prev_end = -1
        prev: tuple[str, int, int] | None = None
        for sp in s.spans:
            if not (isinstance(sp, tuple) and len(sp) == 3):
                raise ValueError(f"{where}: malformed span {sp!r}")
            cat, a, b = sp
            v = t[a:b]
            if cat not in CATEGORIES:
                raise ValueError(f"{where}: unknown category {cat!r}")
            if not (0 <= a < b <= len(t)):
                raise ValueError(f"{where}: span out of range {sp!r}")
            if a < prev_end:
                raise ValueError(f"{where}: spans unsorted or overlapping at {sp!r}")
            if v != v.strip() or v[0].isspace() or v[-1].isspace():
                raise ValueError(f"{where}: whitespace at edge of {cat} span {v!r}")
            if prev and prev[0] == cat and t[prev[2] : a] == " ":
                raise ValueError(f"{where}: adjacent {cat} spans split by one space: {v!r}")
            prev_end = b
            prev = sp
            if cat == "CREDIT_CARD":
                d = re.sub(r"[ -]", "", v)
                if not (d.isdigit() and 12 <= len(d) <= 19 and _luhn_ok(d)):
                    raise ValueError(f"{where}: invalid card {v!r}")
            elif cat == "IBAN" and not _iban_ok(v):
                raise ValueError(f"{where}: invalid IBAN {v!r}")
            elif cat == "CRYPTO" and not _crypto_ok(v):
                raise ValueError(f"{where}: invalid crypto address {v!r}")
            elif cat == "US_SSN" and not _ssn_ok(v):
                raise ValueError(f"{where}: invalid SSN {v!r}")
            elif cat == "US_ITIN" and not _itin_ok(v):
                raise ValueError(f"{where}: invalid ITIN {v!r}")
            elif cat == "ADDRESS" and not any(c.isdigit() for c in v):
                raise ValueError(f"{where}: ADDRESS span without digit {v!r}")
