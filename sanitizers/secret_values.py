"""Validators of secret values: random-looking tokens, values under a password key,
passwords given in prose, quoted secrets, URL query values under a secret key."""

from __future__ import annotations

import math
import re
from collections import Counter
from urllib.parse import unquote_plus

from sanitizers.tries import compiled

_CODE_LIKE = compiled(
    r"^(?:(?:[A-Za-z_]\w*\.)*[A-Za-z_]\w{2,}\((?:[\"'][^\"']*[\"']|[\w.]*)\)$"
    r"|\$\{|\{\{|%\(|<[^>]*>$|\$[A-Z_]+$|[A-Za-z]+>)"  # (an XML tag's end: "Password>")
    r"|(?:os\.environ|getenv|process\.env|secrets\.|settings\.|config\.)"
)
_PLACEHOLDER_VALUE = compiled(r"^(?:\*+|x+|\.+|<[^>]*>|none|null|true|false|string|str)$", re.I)


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
    """A password given in prose: a digit or a symbol in it, words joined by hyphens, or
    random mixed-case letters ("hwkx98ULR!Ke", "candle-harbor-oyster-orbit", "VNJUqiegbL";
    not "required", "too short", "JavaScript")."""
    if len(value) < 6 or not secret_value(value):
        return False
    symbols = any(not c.isalnum() for c in value)
    return has_digit(value) or (symbols and value.count("-") != 1) or random_letters(value)


_WORDS_IN_CAMEL_CASE = compiled(r"[a-z]*[A-Z]*(?:[A-Z][a-z]+)+|[A-Z]+s?")


def random_letters(value: str) -> bool:
    """Eight or more letters in mixed case that no words make ("TjYdaDGqEC", "poRSkQMUwR";
    not "JavaScript", "McDonalds", "iPhone", "NASA", "XMLHttpRequest")."""
    if len(value) < 8 or not value.isalpha() or not value.isascii():
        return False
    upper = sum(c.isupper() for c in value)
    changes = sum(a.isupper() != b.isupper() for a, b in zip(value, value[1:], strict=False))
    return (
        2 <= upper <= len(value) - 2
        and changes >= 2
        and _WORDS_IN_CAMEL_CASE.fullmatch(value) is None
    )


def secret_literal(value: str) -> bool:
    """A quoted secret under a secret key, any characters ("django-insecure-0*uv*8mt..."):
    long, one token, with a digit or a symbol, not a placeholder ("your-secret-key")."""
    if len(value) < 16 or " " in value or not secret_value(value):
        return False
    low = value.lower()
    if any(w in low for w in ("your", "change", "example", "placeholder", "xxxx", "here")):
        return False
    return has_digit(value) and shannon_entropy(value) >= 3.0


def strong_password(value: str) -> bool:
    """A password as people make them, telling itself from words and references by its mix:
    lowercase letters and two of capitals, digits and symbols ("Tamarind1986$",
    "kiwi_amani56", "RYxAxqO9JbOMoT"; not "FAM/184/2047", "5432/analytics", "postgres:16",
    "ל-Kubernetes": a slash, colon, dot or hyphen is a reference's or a word's)."""
    if not 6 <= len(value) <= 63 or not secret_value(value) or "://" in value:
        return False
    lower = any(c.islower() for c in value)
    upper = any(c.isupper() for c in value)
    digit = any(c.isdigit() for c in value)
    symbol = any(c in "!@#$%^&*?~+=_" for c in value)
    return lower and (digit and (upper or symbol) or upper and symbol)


def has_digit(value: str) -> bool:
    return any(c.isdigit() for c in value)


def url_secret(value: str) -> bool:
    """A URL query value under a secret-like key: long enough and not a placeholder."""
    return len(value) >= 6 and secret_value(unquote_plus(value))
