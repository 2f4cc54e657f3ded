"""Checks that turn a regex match into a finding (checksums, entropy, shape rules).

Each validator takes the matched value and returns True to keep it. The YAML registry refers
to them by name (`validator: luhn`) through VALIDATORS. The numbers' checks are here; those of
secrets are in secret_values.py, those of people and places in people_values.py.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable
from urllib.parse import unquote_plus

from sanitizers import checksums
from sanitizers.logins import login_user
from sanitizers.people_values import (
    address_value,
    address_with_comma,
    device_owner,
    prose_login,
    surname_with_initials,
    url_email,
    url_login,
    url_words,
)
from sanitizers.secret_values import (
    has_digit,
    high_entropy,
    password_token,
    secret_literal,
    secret_value,
    strong_password,
    url_secret,
)
from sanitizers.tries import compiled

_NON_DIGITS = compiled(r"\D")
_DATE_LIKE = compiled(  # (a date, or a date and the hour after it: "2025-02-11 20")
    r"^(?:19|20)\d\d[-./](?:0?[1-9]|1[0-2])[-./](?:0?[1-9]|[12]\d|3[01])(?:$|[ T])"
    r"|^(?:0?[1-9]|[12]\d|3[01])[-./](?:0?[1-9]|[12]\d|3[01])[-./](?:19|20)?\d\d(?:$|[ T])"
)


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
    return not _DATE_LIKE.match(value.strip().strip("()"))  # "(2025-12-28" is a date too


def url_phone(value: str) -> bool:
    """A phone number written in a URL's query ("%2B45%2020%2051%2009%2098")."""
    decoded = unquote_plus(value)
    return re.fullmatch(r"\+?[\d ()./-]+", decoded) is not None and phone(decoded)


def national_phone(value: str) -> bool:
    """A national number after its trunk prefix: 9-12 digits ("020 7946 0958"), not in the
    3-2-4 shape of an SSN ("078-05-0000")."""
    digits = _NON_DIGITS.sub("", value)
    ssn_shape = re.fullmatch(r"\d{3}[ -]\d{2}[ -]\d{4}", value.strip()) is not None
    return 9 <= len(digits) <= 12 and not ssn_shape and phone(value)


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


def dvla_licence(value: str) -> bool:
    """A UK driving licence number's birth digits: a month 01-12 (51-62 for women) and a
    real day (MORGA753116SM9IJ: a woman born on 11 March 1976, month 53)."""
    digits = value.replace(" ", "")[5:11]
    month, day = int(digits[1:3]), int(digits[3:5])
    return (1 <= month <= 12 or 51 <= month <= 62) and 1 <= day <= 31


VALIDATORS: dict[str, Callable[[str], bool]] = {
    "login_user": login_user,
    "password_token": password_token,
    "strong_password": strong_password,
    "secret_literal": secret_literal,
    "device_owner": device_owner,
    "surname_with_initials": surname_with_initials,
    "prose_login": prose_login,
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
    "dvla_licence": dvla_licence,
    "address_with_comma": address_with_comma,
    "national_phone": national_phone,
    "url_phone": url_phone,
    "url_login": url_login,
    "high_entropy": high_entropy,
    "secret_value": secret_value,
    "has_digit": has_digit,
}
