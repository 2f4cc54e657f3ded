"""Checks that turn a regex match into a finding (checksums, entropy, shape rules).

Each validator takes the matched value and returns True to keep it. The YAML registry refers
to them by name (`validator: luhn`).
"""

from __future__ import annotations

import ipaddress
import math
import re
from collections import Counter
from collections.abc import Callable
from urllib.parse import unquote_plus

from sanitizers import checksums
from sanitizers.logins import SERVICE_LOGINS, login_parts, login_user
from sanitizers.tries import compiled

_NON_DIGITS = compiled(r"\D")
_DATE_LIKE = compiled(
    r"^(?:19|20)\d\d[-./](?:0?[1-9]|1[0-2])[-./](?:0?[1-9]|[12]\d|3[01])$"
    r"|^(?:0?[1-9]|[12]\d|3[01])[-./](?:0?[1-9]|[12]\d|3[01])[-./](?:19|20)?\d\d$"
)
_CODE_LIKE = compiled(
    r"^(?:(?:[A-Za-z_]\w*\.)*[A-Za-z_]\w{2,}\((?:[\"'][^\"']*[\"']|[\w.]*)\)$"
    r"|\$\{|\{\{|%\(|<[^>]*>$|\$[A-Z_]+$)"
    r"|(?:os\.environ|getenv|process\.env|secrets\.|settings\.|config\.)"
)
_PLACEHOLDER_VALUE = compiled(r"^(?:\*+|x+|\.+|<[^>]*>|none|null|true|false|string|str)$", re.I)


def luhn(value: str) -> bool:
    """Luhn over 13-19 digits; 13 digits in one run must start with 4 (only Visa issued
    13-digit cards): a millisecond timestamp (1748503543012) is not a card."""
    digits = [int(c) for c in _NON_DIGITS.sub("", value)]
    if not 13 <= len(digits) <= 19 or len(set(digits)) == 1:
        return False
    if len(digits) == 13 and value.strip().isdigit() and digits[0] != 4:
        return False
    return _luhn_ok(digits)


def _luhn_ok(digits: list[int]) -> bool:
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn12(value: str) -> bool:
    """Luhn for 12-digit card numbers (Maestro); only used with card context."""
    digits = _NON_DIGITS.sub("", value)
    return len(digits) == 12 and len(set(digits)) > 1 and _luhn_ok([int(c) for c in digits])


def us_ssn(value: str) -> bool:
    digits = _NON_DIGITS.sub("", value)
    if len(digits) != 9 or len(set(digits)) == 1:
        return False
    area, group, serial = digits[:3], digits[3:5], digits[5:]
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


def ipv4(value: str) -> bool:
    """Four octets 0-255, leading zeros or defanged dots too ("10[.]0[.]0[.]1"); not one that
    names no device: loopback, "this network" (0.x.x.x: never a host's; versions "0.9.1.2"),
    networks x.y.0.0 (versions "4.0.0.0"), broadcast and netmasks (255.255.255.0)."""
    parts = value.replace("[.]", ".").replace("(.)", ".").split(".")
    if len(parts) != 4 or not all(p.isdigit() and int(p) <= 255 for p in parts):
        return False
    octets = [int(p) for p in parts]
    if octets[0] in (0, 127) or octets[2:] == [0, 0]:
        return False
    return not (octets[0] == 255 and octets[1] in (0, 255))


def ipv6(value: str) -> bool:
    if value.count(":") < 2 or len(value) < 6:
        return False
    try:
        address = ipaddress.IPv6Address(value)
    except ValueError:
        return False
    # an IPv4-mapped address (::ffff:10.0.0.5) follows the IPv4 rules: ::ffff:127.0.0.1 stays
    return address.ipv4_mapped is None or ipv4(str(address.ipv4_mapped))


_EXTENSION = compiled(r"\s?(?:x|ext\.?)\s?\d{1,5}$", re.IGNORECASE)


def phone(value: str) -> bool:
    digits = _NON_DIGITS.sub("", _EXTENSION.sub("", value))
    if not 7 <= len(digits) <= 15 or len(set(digits)) == 1:
        return False
    return not _DATE_LIKE.match(value.strip())


_ROLE_PARTS = frozenset(
    """app api etl svc service user users admin root read readonly reader write writer rw ro
    replica replication repl backup monitor monitoring metrics superuser owner dbo sa system
    airflow dbt metabase grafana superset looker tableau jenkins gitlab runner deploy bot
    test testing dev prod staging web www worker job jobs cron sync ingest loader analytics
    report reporting dashboard integration migrate migration migrator flyway liquibase
    keycloak auth guest anon anonymous public default postgres mysql mongo redis rabbit
    kafka elastic minio s3 ftp sftp smtp mail noreply oauth token access bearer apikey key
    client git github gitlab bitbucket ci cd pipeline x dba dbuser usuario utente benutzer
    migracao migracion""".split()  # noqa: SIM905
)


def url_login(value: str) -> bool:
    """A URL's user that may name a person: not a service or role account ("etl_user",
    "readonly", "postgres")."""
    parts = login_parts(value)
    return (
        bool(parts)
        and login_user(value)
        and not any(p in _ROLE_PARTS or p in SERVICE_LOGINS for p in parts)
    )


def national_phone(value: str) -> bool:
    """A national number after its trunk prefix: 9-12 digits ("020 7946 0958"), not in the
    3-2-4 shape of an SSN ("078-05-0000")."""
    digits = _NON_DIGITS.sub("", value)
    ssn_shape = re.fullmatch(r"\d{3}[ -]\d{2}[ -]\d{4}", value.strip()) is not None
    return 9 <= len(digits) <= 12 and not ssn_shape and phone(value)


_WORD3 = compiled(r"[^\W\d_]{3,}")
_ADDRESS_START = compiled(
    r"(?i)(?:the|a|an|my|our|his|her|their|this|that|home|work|\d{1,2}(?::\d\d)?[ ]?(?:am|pm)"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?"
    r"|\d{1,2}(?:st|nd|rd|th)?[ ](?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\b"
)  # a phrase, a time or a date ("moved to Oct 27, 2027"), not an address
_NOT_A_PLACE = compiled(
    r"://|@|0x|\w{20}|\b\d{1,3}(?:\.\d{1,3}){3}\b|\w:\d+\b|\d[.,]\d\d\b|[$€£¥%]"
)


def address_value(value: str) -> bool:
    """An address after a cue: a number and a word of 3+ letters, 2-16 words, not a phrase
    ("the office by 5pm"), an IP, a URL, an amount or a version; written with capitals, it
    ends in a number or a capitalized word ("Tivolska cesta 2", not "Tivolska cesta 2 now")."""
    words = value.split() or [""]
    capitals = any(w[:1].isupper() for w in words)
    if capitals and words[-1].isalpha() and words[-1].islower():
        return False
    return (
        2 <= len(words) <= 16
        and any(c.isdigit() for c in value)
        and _WORD3.search(value) is not None
        and _ADDRESS_START.match(value) is None
        and _NOT_A_PLACE.search(value) is None
    )


def address_with_comma(value: str) -> bool:
    return "," in value and address_value(value)


def shannon_entropy(value: str) -> float:
    counts = Counter(value)
    n = len(value)
    return -sum(c / n * math.log2(c / n) for c in counts.values())


def high_entropy(value: str) -> bool:
    """A random-looking token: long, mixed letters and digits, >= 3 bits per char (random
    hex of 32 chars has ~3.6; identifiers have no digits or are code-like)."""
    if len(value) < 16 or _CODE_LIKE.search(value):
        return False
    has_digit = any(c.isdigit() for c in value)
    has_alpha = any(c.isalpha() for c in value)
    return has_digit and has_alpha and shannon_entropy(value) >= 3.0


def secret_value(value: str) -> bool:
    """A literal value assigned to a password-like key (not code, not a placeholder)."""
    return len(value) >= 4 and not _CODE_LIKE.search(value) and not _PLACEHOLDER_VALUE.match(value)


def password_token(value: str) -> bool:
    """A password given in prose: a digit or a symbol in it, or words joined by hyphens
    ("hwkx98ULR!Ke", "candle-harbor-oyster-orbit"; not "required", "too short")."""
    if len(value) < 6 or not secret_value(value):
        return False
    symbols = any(not c.isalnum() for c in value)
    return has_digit(value) or (symbols and value.count("-") != 1)


def secret_literal(value: str) -> bool:
    """A quoted secret under a secret key, any characters ("django-insecure-0*uv*8mt..."):
    long, one token, with a digit or a symbol, not a placeholder ("your-secret-key")."""
    if len(value) < 16 or " " in value or not secret_value(value):
        return False
    low = value.lower()
    if any(w in low for w in ("your", "change", "example", "placeholder", "xxxx", "here")):
        return False
    return has_digit(value) and shannon_entropy(value) >= 3.0


def has_digit(value: str) -> bool:
    return any(c.isdigit() for c in value)


def us_itin(value: str) -> bool:
    """9XX-GG-XXXX with the group digits the IRS assigns (50-65, 70-88, 90-92, 94-99)."""
    digits = _NON_DIGITS.sub("", value)
    if len(digits) != 9 or digits[0] != "9":
        return False
    group = int(digits[3:5])
    return 50 <= group <= 65 or 70 <= group <= 88 or group in (90, 91, 92) or group >= 94


def mac(value: str) -> bool:
    """Six octets, not all the same (00:00:..., ff:ff:... are placeholders, not devices);
    the dotted form (0012.3456.789a) needs a hex letter to tell it from a number."""
    hexes = "".join(c for c in value.lower() if c not in ":-.")
    if len(hexes) != 12 or len(set(hexes)) == 1:
        return False
    return "." not in value or any(c in "abcdef" for c in hexes)


_DATE_NUMBERS = compiled(r"^(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,4})$")


def calendar_date(value: str) -> bool:
    """Numeric dates: a real day and month in day-month, month-day or year-first order;
    dates written with month names pass (the regex already fixed their shape)."""
    m = _DATE_NUMBERS.match(value)
    if m is None:
        return True
    a, b, c = (int(x) for x in m.groups())
    if len(m.group(1)) == 4:
        return 1 <= b <= 12 and 1 <= c <= 31
    return (1 <= a <= 12 and 1 <= b <= 31) or (1 <= b <= 12 and 1 <= a <= 31)


def url_secret(value: str) -> bool:
    """A URL query value under a secret-like key: long enough and not a placeholder."""
    return len(value) >= 6 and secret_value(unquote_plus(value))


def url_email(value: str) -> bool:
    return "@" in unquote_plus(value)


def url_words(value: str) -> bool:
    """A name-like query value: 1-5 words of letters (+, %20 or spaces between)."""
    words = unquote_plus(value).replace(".", " ").split()
    return 0 < len(words) <= 5 and all(w.replace("-", "").replace("'", "").isalpha() for w in words)


def device_owner(value: str) -> bool:
    """The owner part of a device name: a login (a dot, digit or underscore) or a listed
    first name ("emi", "faisal"), not a place or role ("office", "work", "build")."""
    from sanitizers.given import given_name_list  # the list loads once, when first needed
    from sanitizers.lexicon import COMMON_WORDS

    if not login_user(value) or len(value) < 3 or value.lower() in COMMON_WORDS:
        return False  # "my-laptop"
    names = given_name_list()
    first, _, last = value.lower().partition("-")
    owner = first.rstrip("'’").removesuffix("'s").rstrip("s")  # "Jamilas-MacBook", "ana's-ipad"
    if last:  # first-last ("will-baker"): a listed first name ("living-room" is not)
        return first in names or owner in names
    words = _dictionary()
    return (
        any(c in value for c in "._0123456789")
        or first in names
        or owner in names
        or (len(first) >= 6 and first not in words and owner not in words)  # "buthelezin"
    )


def _dictionary() -> frozenset[str]:
    from sanitizers.config import default_model
    from sanitizers.lexicon import dictionary
    from sanitizers.nlp import model_path

    return dictionary(str(model_path(default_model())))


VALIDATORS: dict[str, Callable[[str], bool]] = {
    "login_user": login_user,
    "password_token": password_token,
    "secret_literal": secret_literal,
    "device_owner": device_owner,
    "luhn": luhn,
    "luhn12": luhn12,
    "iban": checksums.iban,
    "base58check": checksums.base58check,
    "segwit_address": checksums.segwit_address,
    "eip55": checksums.eip55,
    "us_itin": us_itin,
    "mac": mac,
    "calendar_date": calendar_date,
    "url_secret": url_secret,
    "url_email": url_email,
    "url_words": url_words,
    "us_ssn": us_ssn,
    "ipv4": ipv4,
    "ipv6": ipv6,
    "phone": phone,
    "address_value": address_value,
    "address_with_comma": address_with_comma,
    "national_phone": national_phone,
    "url_login": url_login,
    "high_entropy": high_entropy,
    "secret_value": secret_value,
    "has_digit": has_digit,
}
