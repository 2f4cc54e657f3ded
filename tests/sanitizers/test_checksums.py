"""Checksums against published test vectors (BIP 173/350, EIP-55, SHA3 via Keccak)."""

from __future__ import annotations

import hashlib

import pytest

from sanitizers.checksums import base58check, eip55, iban, keccak256, segwit_address


def test_keccak256_vectors() -> None:
    empty = "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"
    assert keccak256(b"").hex() == empty
    for data in (b"abc", b"x" * 135, b"x" * 136, b"y" * 300):  # SHA3 = Keccak, other pad
        assert keccak256(data, pad=0x06) == hashlib.sha3_256(data).digest()


@pytest.mark.parametrize(
    "address",
    [
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
        "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
        "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
        "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb",
    ],
)
def test_eip55(address: str) -> None:
    assert eip55(address) and eip55(address.lower()) and eip55("0x" + address[2:].upper())
    at = max(i for i, c in enumerate(address) if c.isalpha() and i > 1)
    flipped = address[:at] + address[at].swapcase() + address[at + 1 :]
    assert not eip55(flipped)


def test_bitcoin_addresses() -> None:
    assert base58check("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2")
    assert not base58check("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3")
    assert segwit_address("BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4")
    assert segwit_address("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0")
    assert not segwit_address("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5")
    assert not segwit_address("bc1Qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4")  # mixed case


def test_iban_length_and_mod97() -> None:
    assert iban("GB82 WEST 1234 5698 7654 32") and iban("DE89-3704-0044-0532-0130-00")
    assert not iban("DE89 3704 0044 0532 0130 0")  # too short for DE
    assert not iban("DE89 3704 0044 0532 0130 01")
