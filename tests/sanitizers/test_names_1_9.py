"""Span table for sanitizer 1.9.0's names: the other speakers of a chat log whose speakers
were found, logins written in prose, a login beside its own e-mail address, a support
transcript's role with the agent's name, logins in auth lines of other tools and
languages, self-introductions in other languages. Near-misses: chat roles that are English
words, YAML keys, code identifiers and file names in prose, product stems before digits."""

from __future__ import annotations

import pytest
from conftest import found, span_cases

from sanitizers import Sanitizer

TABLE: dict[str, list[tuple[str, set[tuple[str, str]]]]] = {
    "chat logs": [
        (
            "kwamena_o: ugh ok\ntomasz.b: sent it\nliesel.w: 👍",
            {("PERSON", "kwamena_o"), ("PERSON", "tomasz.b"), ("PERSON", "liesel.w")},
        ),
        ("User: hi\nAssistant: hello\nUser: 👍", set()),
        ("name: app\nimage: nginx:1.25\nreplicas: 3", set()),
        ("AGENT (Mads): Thanks for holding.", {("PERSON", "Mads")}),
        ("Support (Tier 2): escalated", set()),
    ],
    "logins": [
        (
            "the refund went to odgerel.gantulga instead of mthokozisi669.",
            {("PERSON", "odgerel.gantulga"), ("PERSON", "mthokozisi669")},
        ),
        ("ask jane_doe about it", {("PERSON", "jane_doe")}),
        ("I saved it as notes.txt and emailed it", set()),
        ("we upgraded to python311 and utf8 everywhere", set()),
        ("the self.name attribute is wrong", set()),
        ("set the max_retries value to 5", set()),
        ("Call me after the sprint12 demo", set()),
        (
            "    171  michelle764 <michelle346@example.org>",
            {("PERSON", "michelle764"), ("EMAIL_ADDRESS", "michelle346@example.org")},
        ),
        (
            "DPT=443 (vpn user gbird)",
            {("PERSON", "gbird")},
        ),
        (
            "2024-01-12 06:31:12 错误 用户 tao.hu 登录失败",
            {("PERSON", "tao.hu")},
        ),
    ],
    "surnames in capitals": [
        (
            "Board 1: AKINOLA, Bukola (2249) vs FASHOLA, Olumide (1539)",
            {("PERSON", "AKINOLA, Bukola"), ("PERSON", "FASHOLA, Olumide")},
        ),
        ("Board 2: WU, Xiuying (1901)", {("PERSON", "WU, Xiuying")}),
        ("NOTE, Please read. ERROR, Connection refused. UK, France", set()),
    ],
    "devices": [
        (
            "9A-EA-BE-E7-63-24  # will-baker-laptop",
            {("MAC_ADDRESS", "9A-EA-BE-E7-63-24"), ("PERSON", "will-baker")},
        ),
        (
            "4e:99:b3:4e:33:65  # Destiny-switch",
            {("MAC_ADDRESS", "4e:99:b3:4e:33:65"), ("PERSON", "Destiny")},
        ),
        (
            "aa:bb:cc:dd:ee:01  # office-laptop",
            {("MAC_ADDRESS", "aa:bb:cc:dd:ee:01")},
        ),
    ],
    "titles and cues of other languages": [
        ("visitato dalla dott.ssa Rismondo il 18/05/2024", {("PERSON", "Rismondo")}),
        ("contactpersoon meneer Peters", {("PERSON", "Peters")}),
        ("Preparer: Chance Long (PTIN on file)", {("PERSON", "Chance Long")}),
        ("मेरा नाम पूजा शर्मा है", {("PERSON", "पूजा शर्मा")}),
        (
            "ชื่อผู้จอง วารุณี ศรีสมบัติ (ชื่อเล่น Beam)",
            {("PERSON", "วารุณี ศรีสมบัติ"), ("PERSON", "Beam")},
        ),
        ("   OR c.full_name ILIKE '%Okeke%'", {("PERSON", "Okeke")}),
        ("WHERE name = 'prod'", set()),
    ],
    "introductions": [
        ("me llamo andrés torres rivera, gracias", {("PERSON", "andrés torres rivera")}),
        ("Bonjour, je m'appelle Élodie Marchand.", {("PERSON", "Élodie Marchand")}),
        ("pangalan ko po Paolo Dela Cruz, salamat", {("PERSON", "Paolo Dela Cruz")}),
    ],
}

CASES = span_cases(TABLE)


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_span_table(sanitizer: Sanitizer, text: str, expected: set[tuple[str, str]]) -> None:
    assert found(sanitizer, text) == expected
