"""Span table for sanitizer 1.8.0's secrets and identifiers from the fourth development
set: passwords given in prose (several languages), PINs, the password of a login call,
quoted secrets of any characters, session cookies, Discord bot tokens, password hashes in
a user table, TOTP seeds; an IP after a word starting with "v"; an e-mail glued to a word
of another script. Near-misses: "the password is required", a board's "pin 13",
placeholder keys, connection-string passwords stop at ";"."""

from __future__ import annotations

import pytest
from conftest import found, span_cases

from sanitizers import Sanitizer

TABLE: dict[str, list[tuple[str, set[tuple[str, str]]]]] = {
    "passwords": [
        (
            "the wifi password at my parents place is hwkx98ULR!Ke but",
            {("PASSWORD", "hwkx98ULR!Ke")},
        ),
        (
            "the password to the shared account, it's zpcs49NEY!dB. should i",
            {("PASSWORD", "zpcs49NEY!dB")},
        ),
        ("my password is hunter2.", {("PASSWORD", "hunter2")}),
        ("my pw is Tr0ub4dor#3 lol", {("PASSWORD", "Tr0ub4dor#3")}),
        ("texted me her debit card PIN 1404 so i can shop", {("PASSWORD", "1404")}),
        (
            'requests.post(url, auth=("svc", "harbor-orbit-candle-pixel"))',
            {("PASSWORD", "harbor-orbit-candle-pixel")},
        ),
        ('s.login("relay", "atsk30BHJ!Uz")', {("PASSWORD", "atsk30BHJ!Uz")}),
        ('DB_PASSWORD = "Summer2020$"', {("PASSWORD", "Summer2020$")}),
        ("Server=db;User Id=sa;Password=Xy#9(pq;Encrypt=True", {("PASSWORD", "Xy#9(pq")}),
        ("the password is required and too short", set()),
        ("set pin 13 to HIGH", set()),
    ],
    "secrets": [
        (
            'SECRET_KEY = "django-insecure-0*uv*8mt*6pe^luk@hs6psky4q_&qim=z#1+dd*%&^or&m7on-"',
            {("SECRET", "django-insecure-0*uv*8mt*6pe^luk@hs6psky4q_&qim=z#1+dd*%&^or&m7on-")},
        ),
        (
            "Cookie: sessionid=ob6y3fdzj5jj323zkhg4dp4nc1s2podm; theme=dark",
            {("SECRET", "ob6y3fdzj5jj323zkhg4dp4nc1s2podm")},
        ),
        (
            'client.run("ODAwNTI1NjAyNDc5NzYyMjYw.eSDMeQ.WZrisGnoptG1kwS7zckT_jhO8YjvNX6uIP4O0X")',
            {("SECRET", "ODAwNTI1NjAyNDc5NzYyMjYw.eSDMeQ.WZrisGnoptG1kwS7zckT_jhO8YjvNX6uIP4O0X")},
        ),
        (
            "| root | localhost | *6C3503239DE17922195EAACD08053A9FEFB788A7 |",
            {("SECRET", "6C3503239DE17922195EAACD08053A9FEFB788A7")},
        ),
        ("saved the secret key HXIPY3CAGFV6CMVL in a text file", {("SECRET", "HXIPY3CAGFV6CMVL")}),
        ('SECRET_KEY = "your-secret-key-here-change-me"', set()),
    ],
    "identifiers": [
        (
            "Anmeldung fehlgeschlagen für Benutzer von 172.27.49.198",
            {("IP_ADDRESS", "172.27.49.198")},
        ),
        ("문의 사항은 mkim@yandex.ru로 연락 주세요", {("EMAIL_ADDRESS", "mkim@yandex.ru")}),
        ("version 10.0.0.1", set()),
    ],
}

CASES = span_cases(TABLE)


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_span_table(sanitizer: Sanitizer, text: str, expected: set[tuple[str, str]]) -> None:
    assert found(sanitizer, text) == expected
