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

_NON_DIGITS = re.compile(r"\D")
_DATE_LIKE = re.compile(
    r"^(?:19|20)\d\d[-./](?:0?[1-9]|1[0-2])[-./](?:0?[1-9]|[12]\d|3[01])$"
    r"|^(?:0?[1-9]|[12]\d|3[01])[-./](?:0?[1-9]|[12]\d|3[01])[-./](?:19|20)?\d\d$"
)
_CODE_LIKE = re.compile(
    r"^(?:(?:[A-Za-z_]\w*\.)*[A-Za-z_]\w{2,}\((?:[\"'][^\"']*[\"']|[\w.]*)\)$"
    r"|\$\{|\{\{|%\(|<[^>]*>$|\$[A-Z_]+$)"
    r"|(?:os\.environ|getenv|process\.env|secrets\.|settings\.|config\.)"
)
_PLACEHOLDER_VALUE = re.compile(r"^(?:\*+|x+|\.+|<[^>]*>|none|null|true|false|string|str)$", re.I)


def luhn(value: str) -> bool:
    digits = [int(c) for c in _NON_DIGITS.sub("", value)]
    if not 13 <= len(digits) <= 19 or len(set(digits)) == 1:
        return False
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
    return len(digits) == 12 and luhn("0" + digits)


def iban(value: str) -> bool:
    compact = value.replace(" ", "").upper()
    if not 15 <= len(compact) <= 34:
        return False
    rearranged = compact[4:] + compact[:4]
    try:
        number = int("".join(str(int(c, 36)) for c in rearranged))
    except ValueError:
        return False
    return number % 97 == 1


def us_ssn(value: str) -> bool:
    digits = _NON_DIGITS.sub("", value)
    if len(digits) != 9 or len(set(digits)) == 1:
        return False
    area, group, serial = digits[:3], digits[3:5], digits[5:]
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


def ipv4(value: str) -> bool:
    try:
        ipaddress.IPv4Address(value)
    except ValueError:
        return False
    return True


def ipv6(value: str) -> bool:
    if value.count(":") < 2 or len(value) < 6:
        return False
    try:
        ipaddress.IPv6Address(value)
    except ValueError:
        return False
    return True


_EXTENSION = re.compile(r"\s?(?:x|ext\.?)\s?\d{1,5}$", re.IGNORECASE)


def phone(value: str) -> bool:
    digits = _NON_DIGITS.sub("", _EXTENSION.sub("", value))
    if not 7 <= len(digits) <= 15 or len(set(digits)) == 1:
        return False
    return not _DATE_LIKE.match(value.strip())


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


def has_digit(value: str) -> bool:
    return any(c.isdigit() for c in value)


VALIDATORS: dict[str, Callable[[str], bool]] = {
    "luhn": luhn,
    "luhn12": luhn12,
    "iban": iban,
    "us_ssn": us_ssn,
    "ipv4": ipv4,
    "ipv6": ipv6,
    "phone": phone,
    "high_entropy": high_entropy,
    "secret_value": secret_value,
    "has_digit": has_digit,
}
