"""Span tables for names outside plain prose (issue 12): lowercase chat, sign-offs, @handles,
authors in code and git logs, names as JSON/YAML values and table cells, many cultures; with
near-misses from technical text (product lists, decorators, versions) that stay."""

from __future__ import annotations

import pytest
from conftest import found

from sanitizers import Sanitizer

TABLE: dict[str, list[tuple[str, set[tuple[str, str]]]]] = {
    "chat": [
        ("hi john, can you check my order?", {("PERSON", "john")}),
        ("hey maria can you help me with this", {("PERSON", "maria")}),
        ("i talked to gary smith yesterday", {("PERSON", "gary smith")}),
        ("Oluchi here, quick question about the invoice", {("PERSON", "Oluchi")}),
        ("nazimet: on it", {("PERSON", "nazimet")}),
        ("ok so maria pires told me the total is wrong", {("PERSON", "maria pires")}),
        (
            "ilona.nagy@example.org\nthe report from ilona is late",
            {("EMAIL_ADDRESS", "ilona.nagy@example.org"), ("PERSON", "ilona")},
        ),
    ],
    "sign_offs": [
        ("Best, Mária", {("PERSON", "Mária")}),
        ("Thanks!\nRehaan", {("PERSON", "Rehaan")}),
        ("Sincerely,\n\nHeinz-Joachim Kühnert, PhD", {("PERSON", "Heinz-Joachim Kühnert")}),
    ],
    "handles": [
        ("cc @jsmith can you review?", {("PERSON", "jsmith")}),
        ("@john.doe please take a look", {("PERSON", "john.doe")}),
        ("# TODO(chinyere_okafor): drop this", {("PERSON", "chinyere_okafor")}),
    ],
    "code_and_git": [
        (
            "Author: Else Nguyen <else.nguyen@example.com>",
            {("PERSON", "Else Nguyen"), ("EMAIL_ADDRESS", "else.nguyen@example.com")},
        ),
        (
            "Signed-off-by: Kwame Mensah <kwame@example.org>",
            {("PERSON", "Kwame Mensah"), ("EMAIL_ADDRESS", "kwame@example.org")},
        ),
        ('__author__ = "Łukasz Wiśniewski"', {("PERSON", "Łukasz Wiśniewski")}),
        ("Copyright (c) 2021 Willem Kort. All rights reserved.", {("PERSON", "Willem Kort")}),
    ],
    "structured": [
        ('{"name": "Sakura Tanaka", "age": 31}', {("PERSON", "Sakura Tanaka")}),
        (
            '[{"first_name": "Abel", "last_name": "Garay"}]',
            {("PERSON", "Abel"), ("PERSON", "Garay")},
        ),
        ("customer:\n  full_name: Nomvula Dlamini\n  tier: gold", {("PERSON", "Nomvula Dlamini")}),
        (
            "full_name,email\nTran Thi Mai,mai@example.com",
            {("PERSON", "Tran Thi Mai"), ("EMAIL_ADDRESS", "mai@example.com")},
        ),
    ],
    "cultures": [
        ("Please forward this to Sietske van der Wardt.", {("PERSON", "Sietske van der Wardt")}),
        ("The name on the account should be Jan Krčmář", {("PERSON", "Jan Krčmář")}),
    ],
    "near_misses": [
        ("- name: Checkout code\n  uses: actions/checkout@v4", set()),
        ('{"name": "lakesweep", "version": "1.2.3"}', set()),
        ('{"name": "get_weather", "description": "Current weather"}', set()),
        ("@dataclass\nclass Row:\n    id: int", set()),
        ("@app.route('/health')\ndef health():", set()),
        ("npm i @types/node@20.1.0", set()),
        ("SELECT * FROM t WHERE id = @id", set()),
        ("Stack: Polars, Angular, Helm, Grafana and Hibernate.", set()),
        ("kernel 6.1.0-91-generic, Python 3.11.4, Node v20.1.0", set()),
        ("Upgraded Kubernetes from 1.27.3 to 1.28.0 last night.", set()),
        ("Copyright (c) Microsoft Corporation.", set()),
        ("hi there, quick question", set()),
        ("thanks a lot!", set()),
        ("Results: 120 ops/s", set()),
    ],
}

CASES = [
    pytest.param(text, expected, id=f"{group}-{i}")
    for group, rows in TABLE.items()
    for i, (text, expected) in enumerate(rows)
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_span_table(sanitizer: Sanitizer, text: str, expected: set[tuple[str, str]]) -> None:
    assert found(sanitizer, text) == expected
