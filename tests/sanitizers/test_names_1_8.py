"""Span table for sanitizer 1.8.0's names next to the honorifics and greetings of other
scripts, and its login formats: IRC logs without timestamps and their
joins, Slack or Teams messages copied as "login  10:05", sudo's syslog line, an ssh_config
User line, a user variable in YAML, the owner in a device's default name, "started by",
"my username was"; and their near-misses (HTML tags, agenda lines, service logins, device
names of places and roles)."""

from __future__ import annotations

import pytest
from conftest import found, span_cases

from sanitizers import Sanitizer

TABLE: dict[str, list[tuple[str, set[tuple[str, str]]]]] = {
    "chat_logs": [
        ("*** siti7 has joined #linux-help", {("PERSON", "siti7")}),
        ("<luka_popovic> try modprobe -r iwlwifi", {("PERSON", "luka_popovic")}),
        ("ltannous2003  10:05\nyeah my bad, rolled back", {("PERSON", "ltannous2003")}),
        (
            "Hristova, Tsvetelina  11:45\nI'm having audio issues",
            {("PERSON", "Hristova, Tsvetelina")},
        ),
        # WhatsApp exports, Android and iOS; a log line's level is no speaker
        ("July 24, 2023 21:45 - Karwan: not me, I have work till 6", {("PERSON", "Karwan")}),
        ("[2/1/24, 9:05 PM] Ana Lima: ok see you", {("PERSON", "Ana Lima")}),
        ("2024-01-05 10:00 - INFO: started worker", set()),
        ("[2024-06-14 09:22:00] ERROR pool: connection reset by peer", set()),
        # a found login is found again wherever it is written ("ill bring ikenna_okafor")
        (
            "ty dindo!! ill bring ikenna_okafor\nikenna_okafor — Today at 09:31\ncant tmrw",
            {("PERSON", "dindo"), ("PERSON", "ikenna_okafor")},
        ),
    ],
    "system_logs": [
        (
            "2023-03-02 sudo: min_88 : TTY=pts/0 ; COMMAND=/bin/ls",
            {("PERSON", "min_88")},
        ),
        (
            "Host bastion\n    User fatih88\n    IdentityFile ~/.ssh/id_ed25519",
            {("PERSON", "fatih88")},
        ),
        ("    environment:\n      POSTGRES_USER: mferreira", {("PERSON", "mferreira")}),
        (
            "DHCP leases:\nC2:84:D6  jamila-macbook\n44:af:a6  emis-iphone",
            {("PERSON", "jamila"), ("PERSON", "emis")},
        ),
        ("(workflow started by pappam)", {("PERSON", "pappam")}),
        ("can I revoke it? my username was griffinm", {("PERSON", "griffinm")}),
    ],
    "lowercase_lists": [
        # a lowercase list holding a found name: its members the dictionary lacks
        (
            "who should i invite from work: jacintha, emma, yuto, fetu or onyinye? only 3 fit",
            {("PERSON", n) for n in ["jacintha", "emma", "yuto", "fetu", "onyinye"]},
        ),
        ("i need eggs, milk, tortillas and pozole for emma", {("PERSON", "emma")}),
    ],
    "forms": [
        # "Surname, Given" before the next column of a form, or inside an XML element
        ("Student: Maharjan, Kabita          Class: 5B", {("PERSON", "Maharjan, Kabita")}),
        ("<manager>Idris, Hadiza</manager>", {("PERSON", "Idris, Hadiza")}),
        (
            "Name;IBAN;Betrag\nJuma, Mutuku;NO44 0708 5292 468;$4105.65",
            {("PERSON", "Juma, Mutuku"), ("IBAN_CODE", "NO44 0708 5292 468")},
        ),
        ("Name: ANTONOPOULOU Chrysoula   MRN: 200267193", {("PERSON", "ANTONOPOULOU Chrysoula")}),
        ("BEGIN:VCARD\nN:Pedraza;Lucas;;;\nEND:VCARD", {("PERSON", "Pedraza;Lucas")}),
        ("Vendor: Acme, Inc   Terms: net 30", set()),
        ("name: AWS Lambda\nname: NEW Release", set()),
        ("Student: write an essay on climate", set()),
    ],
    "other_scripts": [
        ("同僚の田中さんの送別会の挨拶文", {("PERSON", "田中")}),
        ("鈴木 大輔さんへのお礼のメール", {("PERSON", "鈴木 大輔")}),
        (
            "氏名：鈴木健太\n生年月日：1971年4月24日",
            {("PERSON", "鈴木健太"), ("DATE_OF_BIRTH", "1971年4月24日")},
        ),
        ("김하은님께 보낼 감사 메일 좀 써줘", {("PERSON", "김하은")}),
        ("赵敏您好：\n您的订单已发货", {("PERSON", "赵敏")}),
        ("如有问题请联系客服李洋。", {("PERSON", "李洋")}),
        ("帮我给吴建国写一封感谢信", {("PERSON", "吴建国")}),
        ("ممكن تساعدني أكتب رسالة شكر إلى خالد الخوري؟", {("PERSON", "خالد الخوري")}),
        ("שלום שירה כהן,", {("PERSON", "שירה כהן")}),
        ("प्रिय अनीता वर्मा,", {("PERSON", "अनीता वर्मा")}),
        # everyone, customers, "write to me", "to the school"
        ("皆さん、お客様へのお知らせ", set()),
        ("给我写一封信", set()),
        ("ذهبت إلى المدرسة.", set()),
    ],
    "near_misses": [
        ("<b> bold </b> and <li> item", set()),
        ("Agenda\nLunch  12:30\nReview  14:00", set()),
        ("Host ci\n    User ubuntu", set()),
        ("      POSTGRES_USER: postgres", set()),
        ("spares: office-laptop, build-pc, my-laptop, dev-desktop", set()),
        # an indented or bulleted lowercase "key:" is YAML, not a chat speaker
        ("servers:\n  - hostname: build01\n    region: eu-west", set()),
    ],
}

CASES = span_cases(TABLE)


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_span_table(sanitizer: Sanitizer, text: str, expected: set[tuple[str, str]]) -> None:
    assert found(sanitizer, text) == expected
