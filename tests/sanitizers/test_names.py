"""Span tables for names outside plain prose (issue 12): lowercase chat, sign-offs, @handles,
authors in code and git logs, names as JSON/YAML values and table cells, many cultures; with
near-misses from technical text (product lists, decorators, versions) that stay."""

from __future__ import annotations

import pytest
from conftest import found, span_cases

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
    "round2": [
        ("gracias sara! nos vemos el lunes", {("PERSON", "sara")}),
        ("salamat po noa! pakisend na lang", {("PERSON", "noa")}),
        ("namaste maurycy ji, report bhej diya", {("PERSON", "maurycy")}),
        ("kofi-san, arigatou gozaimasu!", {("PERSON", "kofi")}),
        ("lol momoko you're right", {("PERSON", "momoko")}),
        ("igor can u send the file", {("PERSON", "igor")}),
        ("Hi, Nedyo here from Acme.", {("PERSON", "Nedyo")}),
        ("Happy birthday Emmerich! Hope you have a great one.", {("PERSON", "Emmerich")}),
        ("Thanks for the quick turnaround!\n\nBest,\nPer", {("PERSON", "Per")}),
        ("as Hideki pointed out, this leaks a file handle", {("PERSON", "Hideki")}),
        ("LGTM once Montse's comment is addressed", {("PERSON", "Montse")}),
        ("Review requested from Ivy van de Berg", {("PERSON", "Ivy van de Berg")}),
        (
            "<Contact><FirstName>Abilio</FirstName><LastName>Roura</LastName></Contact>",
            {("PERSON", "Abilio"), ("PERSON", "Roura")},
        ),
        (
            "shirley: can u check the logs\nhanne-lore: on it",
            {("PERSON", "shirley"), ("PERSON", "hanne-lore")},
        ),
        (
            "İbrahim Yılmaz wrote to us. İbrahim said hi",
            {("PERSON", "İbrahim Yılmaz"), ("PERSON", "İbrahim")},
        ),
    ],
    "exports_and_logs": [
        (
            "id;nombre;apellido;telefono\n623;Jaruwan;Sujjaboriboon;+1-864-393-2519",
            {
                ("PERSON", "Jaruwan"),
                ("PERSON", "Sujjaboriboon"),
                ("PHONE_NUMBER", "+1-864-393-2519"),
            },
        ),
        ("Vorname,Nachname\nJürgen,Weiß", {("PERSON", "Jürgen"), ("PERSON", "Weiß")}),
        (
            "[10:42] alexandre.baptista: deploy is done\n[10:43] nugzar67: thx",
            {("PERSON", "alexandre.baptista"), ("PERSON", "nugzar67")},
        ),
        ("12:01 <jdoe> hi all", {("PERSON", "jdoe")}),
        ("Write a poem for my grandma Agron.", {("PERSON", "Agron")}),
        ("name,version,author\nlakesweep,1.2,Ana Lima", {("PERSON", "Ana Lima")}),
    ],
    "user_paths": [
        ('File "/home/jdoe/projects/x.py", line 3', {("PERSON", "jdoe")}),
        ("open 'C:\\Users\\Leah\\Documents\\r.xlsx'", {("PERSON", "Leah")}),
        ("at (/Users/scarlette36/code/web/src/index.js:5:13)", {("PERSON", "scarlette36")}),
        ("ssh ana.lima@example.org -p 22", {("PERSON", "ana.lima")}),
    ],
    "accents_hyphens_signatures": [
        ("józef, can you take a look at this when you get a chance?", {("PERSON", "józef")}),
        ("i asked łucja about the invoice yesterday", {("PERSON", "łucja")}),
        ("anna-lena and i will update the slides", {("PERSON", "anna-lena")}),
        ("pinging kofi about the release", {("PERSON", "kofi")}),
        ("jared smith sent the report", {("PERSON", "jared smith")}),
        (
            "Merge pull request #412 from anna.kowalska/fix-login",
            {("PERSON", "anna.kowalska")},
        ),
        ("Let me know if the fix works - Grace", {("PERSON", "Grace")}),
        ("Thanks for the quick review! - Oyelaran Adeyemi", {("PERSON", "Oyelaran Adeyemi")}),
        # near-misses: compounds of English words, titles and log lines after a dash
        ("run the follow-up job on the well-known port", set()),
        ("Step 1 - Install", set()),
        ("Chapter 3 - Results", set()),
        ("Deploy failed at 10:42 - Timeout", set()),
        ("The migration finished without errors - Done", set()),
    ],
    "near_misses": [
        ("/home/runner/work/app/app/main.py", set()),
        ("ssh -i key.pem ubuntu@bastion.internal", set()),
        ("C:\\Users\\Public\\Documents", set()),
        ("Reviewed-by: the whole team", set()),
        ("Grafana vs Slack: which one handles backpressure better?", set()),
        ("# Created: 14th of May 2025\ndef load(path):\n    return open(path).read()", set()),
        ("name,dob,plan\nlakesweep,2024-01-02,pro", {("DATE_OF_BIRTH", "2024-01-02")}),
        ("ok cool, thanks", set()),
        ("see you tomorrow", set()),
        ("<name>lakesweep</name><version>1.2</version>", set()),
        ("10:30 Standup: notes", set()),
        ("nombre,precio\nTeclado,20", set()),
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

CASES = span_cases(TABLE)


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_span_table(sanitizer: Sanitizer, text: str, expected: set[tuple[str, str]]) -> None:
    assert found(sanitizer, text) == expected
