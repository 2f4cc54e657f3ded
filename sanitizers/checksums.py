"""Checksums that identifiers carry: Base58Check and Bech32/Bech32m (Bitcoin addresses),
Keccak-256 for EIP-55 (Ethereum addresses), IBAN mod 97 with the country's length.

Pure Python and only run on regex matches, so their cost does not matter.
"""

from __future__ import annotations

import hashlib

_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_BECH32M_CONST = 0x2BC830A3


def base58check(value: str) -> bool:
    """A Base58Check string (legacy BTC address): 25 bytes whose last 4 are the first 4 of
    the double SHA-256 of the rest."""
    number = 0
    for char in value:
        digit = _B58.find(char)
        if digit < 0:
            return False
        number = number * 58 + digit
    zeros = len(value) - len(value.lstrip("1"))
    try:
        raw = b"\0" * zeros + number.to_bytes((number.bit_length() + 7) // 8, "big")
    except OverflowError:
        return False
    if len(raw) != 25:
        return False
    check = hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4]
    return raw[-4:] == check


def _polymod(values: list[int]) -> int:
    gen = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if (top >> i) & 1 else 0
    return chk


def segwit_address(value: str) -> bool:
    """A Bech32 (witness v0) or Bech32m (v1+) SegWit address with a valid checksum (BIP 173,
    BIP 350), mainnet `bc` or testnet `tb`, and Litecoin's `ltc` and `tltc`."""
    if value.lower() != value and value.upper() != value:
        return False
    value = value.lower()
    hrp, _, data = value.rpartition("1")
    if hrp not in ("bc", "tb", "ltc", "tltc") or not 6 < len(data) <= 84:
        return False
    if any(c not in _BECH32 for c in data):
        return False
    values = [_BECH32.index(c) for c in data]
    expanded = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    const = _polymod(expanded + values)
    version = values[0]
    if version > 16 or const != (1 if version == 0 else _BECH32M_CONST):
        return False
    bits = len(values[1:-6]) * 5 // 8  # witness program length in bytes
    return (bits in (20, 32)) if version == 0 else 2 <= bits <= 40


_RC = [
    0x0000000000000001, 0x0000000000008082, 0x800000000000808A, 0x8000000080008000,
    0x000000000000808B, 0x0000000080000001, 0x8000000080008081, 0x8000000000008009,
    0x000000000000008A, 0x0000000000000088, 0x0000000080008009, 0x000000008000000A,
    0x000000008000808B, 0x800000000000008B, 0x8000000000008089, 0x8000000000008003,
    0x8000000000008002, 0x8000000000000080, 0x000000000000800A, 0x800000008000000A,
    0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008,
]  # fmt: skip
_ROT = [[0, 36, 3, 41, 18], [1, 44, 10, 45, 2], [62, 6, 43, 15, 61], [28, 55, 25, 21, 56],
        [27, 20, 39, 8, 14]]  # fmt: skip
_MASK = (1 << 64) - 1


def _rol(x: int, n: int) -> int:
    return ((x << n) | (x >> (64 - n))) & _MASK if n else x


def _keccak_f(a: list[int]) -> list[int]:
    for rc in _RC:
        c = [a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20] for x in range(5)]
        d = [c[(x - 1) % 5] ^ _rol(c[(x + 1) % 5], 1) for x in range(5)]
        a = [a[i] ^ d[i % 5] for i in range(25)]
        b = [0] * 25
        for x in range(5):
            for y in range(5):
                b[y + 5 * ((2 * x + 3 * y) % 5)] = _rol(a[x + 5 * y], _ROT[x][y])
        a = [b[i] ^ (~b[(i + 1) % 5 + i // 5 * 5] & b[(i + 2) % 5 + i // 5 * 5]) for i in range(25)]
        a[0] ^= rc
    return a


def keccak256(data: bytes, pad: int = 0x01) -> bytes:
    """Keccak-256 as Ethereum uses it (pad 0x01; pad 0x06 gives SHA3-256)."""
    rate = 136
    msg = bytearray(data) + bytes([pad]) + b"\0" * (-(len(data) + 1) % rate)
    msg[-1] |= 0x80
    state = [0] * 25
    for off in range(0, len(msg), rate):
        for i in range(rate // 8):
            state[i] ^= int.from_bytes(msg[off + 8 * i : off + 8 * i + 8], "little")
        state = _keccak_f(state)
    return b"".join(lane.to_bytes(8, "little") for lane in state[:4])


def eip55(value: str) -> bool:
    """An Ethereum address (0x + 40 hex): all one case, or mixed case matching EIP-55."""
    body = value[2:]
    if len(body) != 40 or any(c not in "0123456789abcdefABCDEF" for c in body):
        return False
    if body.lower() == body or body.upper() == body:
        return True
    digest = keccak256(body.lower().encode()).hex()
    pairs = zip(body, digest[:40], strict=True)
    return all(c.isdigit() or (c.isupper() == (int(h, 16) >= 8)) for c, h in pairs)


# IBAN lengths per country (ISO 13616 registry)
IBAN_LENGTHS = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22,
    "BI": 27, "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DJ": 27,
    "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FK": 18, "FO": 18, "FR": 27,
    "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22,
    "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32,
    "LI": 21, "LT": 20, "LU": 20, "LV": 21, "LY": 25, "MC": 27, "MD": 24, "ME": 22, "MK": 19,
    "MN": 20, "MR": 27, "MT": 31, "MU": 30, "NI": 28, "NL": 18, "NO": 15, "OM": 23, "PK": 24,
    "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "RU": 33, "SA": 24, "SC": 31,
    "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "SO": 23, "ST": 25, "SV": 28, "TL": 23,
    "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20, "YE": 30,
}  # fmt: skip


def iban(value: str) -> bool:
    """mod 97 == 1 over the rearranged IBAN (separators ignored), with the registered
    length for the country when it is known."""
    compact = "".join(c for c in value if c not in " -.").upper()
    if not compact.isalnum() or not 15 <= len(compact) <= 34 or not compact[2:4].isdigit():
        return False
    expected = IBAN_LENGTHS.get(compact[:2])
    if expected is not None and len(compact) != expected:
        return False
    if expected is None and (not value[:2].isupper() or sum(c.isalpha() for c in compact) > 8):
        return False  # no registered country: "on 020 7946 0000 or contact support at" (1 in 97)
    rearranged = compact[4:] + compact[:4]
    try:
        number = int("".join(str(int(c, 36)) for c in rearranged))
    except ValueError:
        return False
    return number % 97 == 1
