"""Span table for sanitizer 1.23.0.

- A table pasted into a request body: its header shares its line with the request's own
  keys (`{"messages": [{"role": "user", "content": "order_id,first_name,...`), so the
  header is read from the JSON string left open on that line; a key and value closed on
  their line (`"role": "user",`) is no header, and the lines under it are no rows. Cells
  quoted with JSON's `\"`; a "Surname, Given" cell cut at its comma in a table's one name
  column, and an amount cut at its thousands separator, put back together; a company in
  a name column is no name ("Northgate Logistics"); consultants, recruiters, advisers,
  invigilators and examiners are person keys.
- A Korean team's member named with their number ("인사팀 임지민 (+82 …)"), a Chinese
  candidate or new hire ("候选人王军，电话…").
- Person keys of Japanese, Chinese and Korean documents, invitations and school papers:
  幹事 (organizer), 喪主 (chief mourner), 作成者, 承認者, 担任, 班主任, 导师, 작성자, 담임,
  상주; a placeholder under such a key names no one (未定, システム, 미정).
- KakaoTalk's stamp in a Korean phone's form before a sender in Latin letters; a chat
  export's sender with a hyphen or an apostrophe in a word ("Han Tae-hyun", "Siobhán
  O'Neill"), which the sender rule did not read at all.
- Names with the surname in capitals and no comma, as HR systems, payslips, exam seating
  plans and CVs print them ("QURESHI Shoaib", "TRẦN Tùng", "Kateřina NOVÁKOVÁ"): two
  pairs in a text, or one with a listed first name and a long surname
  (`caps_surnames.py`); and a surname in capitals beside a found given name ("Lerato
  BOTHA"), or a given name beside a found surname in capitals.
- Thai: a letter's formal "I" and its signature before a given name and a surname
  ("ข้าพเจ้า ธนวัฒน์ แก้วมณี", "ลงชื่อ วิชัย บุญมี"), a chat speaker by both names; Arabic
  and Urdu attendance lists ("الحضور: A، B، C"); the signer under a school leave
  application's closing ("آپ کا فرمانبردار", "বিনীত", "आपका आज्ञाकारी शिष्य"). A
  timesheet's approver and other owner keys (`approver`, `reviewed_by`, `exported_by`...);
  "TBD", "pending" name no one.
- An honorific or kin word after a name ("Nabin bhauju", "Anil mama", "Deepika aunty";
  the English ones after a capitalized name only) and a household by its surname ("the
  Wickramasinghe family", "the Akter kids": a word no dictionary holds).
- Phone numbers by what they are for (RSVP, enquiries, questions, konfirmasi, bKash, Pix,
  Wave, LINE Pay, eSewa...), and a national number in parentheses after a name
  ("Tanvir Rahman (01542012443)"), and a number before an e-mail address in a contact row
  (after it was read already); a date in parentheses is no phone ("(2025-12-28").

Near-misses: a JSON request whose keys hold "user", placeholders, a family list in
lowercase Latin Extended-A letters, "shopee mama", "the Smith family", a date after
"RSVPs", an invoice's total, log levels and acronyms before a word ("ERROR Connection", "HTTP
Request", "IIT Kanpur", "My ITIN").
"""

from __future__ import annotations

import json

import pytest
from conftest import found, span_cases

from sanitizers import Sanitizer

_CSV = (
    "order_id,first_name,last_name,email,phone,ticket_type\n"
    "ORD-155423,Jorge,Condori,condori.jorge@outlook.com,933 580 009,General\n"
    "AUFBRXVH,Luz,Torres Castillo,torres.l@gmail.com,+51 987 315 058,VIP"
)
_CSV_FOUND = {
    ("PERSON", "Jorge"),
    ("PERSON", "Condori"),
    ("PERSON", "Luz"),
    ("PERSON", "Torres Castillo"),
    ("EMAIL_ADDRESS", "condori.jorge@outlook.com"),
    ("EMAIL_ADDRESS", "torres.l@gmail.com"),
    ("PHONE_NUMBER", "933 580 009"),
    ("PHONE_NUMBER", "+51 987 315 058"),
}


def _request(indent: int | None) -> str:
    body = {"model": "gpt-4o", "messages": [{"role": "user", "content": _CSV}]}
    return json.dumps(body, indent=indent)


TABLE: dict[str, list[tuple[str, set[tuple[str, str]]]]] = {
    "tables in a request body": [
        (_CSV, _CSV_FOUND),
        (_request(None), _CSV_FOUND),
        (_request(2), _CSV_FOUND),  # "role": "user" on a line of its own is no header
        ('{\n  "role": "user",\n  "note": "ok"\n}', set()),
    ],
    "csv rows cut at their commas": [
        (
            "seat,student,student_id\n1,Bühler, Lea,38/49503\n2,Weber, Gian,81/37000",
            {("PERSON", "Bühler, Lea"), ("PERSON", "Weber, Gian")},
        ),
        (
            'date,candidate,client,consultant,fee\n2023-04-17,"Sneha Khanna",Northgate'
            " Logistics,Jefferson Dias,$13,346.99",
            {("PERSON", "Sneha Khanna"), ("PERSON", "Jefferson Dias")},
        ),
        (
            "First Name,Last Name,Company\nJulie,Lundblad,King, Miles and Ruiz",
            {("PERSON", "Julie"), ("PERSON", "Lundblad")},  # the company stays
        ),
        (
            json.dumps({"content": 'Name;Email\n"Gill, Manpreet";m.gill@x.co.in'}),
            {("PERSON", "Gill, Manpreet"), ("EMAIL_ADDRESS", "m.gill@x.co.in")},
        ),
    ],
    "keys of CJK documents": [
        (
            "幹事：中村翔（sho-nakamura@docomo.ne.jp）",
            {("PERSON", "中村翔"), ("EMAIL_ADDRESS", "sho-nakamura@docomo.ne.jp")},
        ),
        ("喪主：高橋明子（長男）", {("PERSON", "高橋明子")}),
        ("作成者：佐藤 健太\n承認者：山田花子", {("PERSON", "佐藤 健太"), ("PERSON", "山田花子")}),
        ("班主任：王丽华", {("PERSON", "王丽华")}),
        ("상주: 김민준", {("PERSON", "김민준")}),
        (
            "급여 문의는 인사팀 임지민 (+82 10-2411-0658)",
            {("PERSON", "임지민"), ("PHONE_NUMBER", "+82 10-2411-0658")},
        ),
        ("급여 문의는 인사팀으로 연락주세요", set()),
        (
            "面试改到四点，候选人王军，电话+86-185-0289-0567",
            {("PERSON", "王军"), ("PHONE_NUMBER", "+86-185-0289-0567")},
        ),
        ("幹事：未定", set()),
        ("作成者：システム", set()),
        ("담임: 미정", set()),
    ],
    "chat exports": [
        (
            "2024년 12월 12일 오전 11:13, Zhou Yang : 네 알겠습니다\n"
            "2024년 12월 12일 오전 11:15, Zhou Yang : 내일 봐요",
            {("PERSON", "Zhou Yang")},
        ),
    ],
    "honorifics after a name, households": [
        ("Guests: Nabin bhauju, Anil mama", {("PERSON", "Nabin"), ("PERSON", "Anil")}),
        ("Sweets: Deepika aunty (gulab jamun)", {("PERSON", "Deepika")}),
        ("kak ini akun shopee mama: cek dulu", set()),
        (
            "sponsors: the Wickramasinghe family, the Perera family",
            {("PERSON", "Wickramasinghe"), ("PERSON", "Perera")},
        ),
        ("we stayed with the Smith family", set()),
        ("the royal family", set()),
    ],
    "phones by what they are for": [
        (
            "For enquiries: 08093164275 / 07083334502",
            {("PHONE_NUMBER", "08093164275"), ("PHONE_NUMBER", "07083334502")},
        ),
        ("RSVP: 9188613645", {("PHONE_NUMBER", "9188613645")}),
        ("Questions: 09353619587", {("PHONE_NUMBER", "09353619587")}),
        (
            "Mutawwif: Tanvir Rahman (01542012443)",
            {("PERSON", "Tanvir Rahman"), ("PHONE_NUMBER", "01542012443")},
        ),
        (
            "Margrét Jónsdóttir, född 1991-02-26, 824 2677, margret.j@simnet.is",
            {
                ("PERSON", "Margrét Jónsdóttir"),
                ("DATE_OF_BIRTH", "1991-02-26"),
                ("PHONE_NUMBER", "824 2677"),
                ("EMAIL_ADDRESS", "margret.j@simnet.is"),
            },
        ),
        ("Order 12345 678, a@b.com", {("EMAIL_ADDRESS", "a@b.com")}),
        ("RSVPs for Board Games Night (2025-12-28):", set()),
        ("Invoice total: 08093164275", set()),
    ],
    "chat export senders": [
        (
            "2023. 4. 8. 오후 8:16, Han Tae-hyun : 고마워\n2023. 4. 8. 오후 8:18, Ye-jin : 사진",
            {("PERSON", "Han Tae-hyun"), ("PERSON", "Ye-jin")},
        ),
        (
            "[3/1/24, 9:05 PM] Siobhán O'Neill: running late\n[3/1/24, 9:07 PM] Ana Lima: ok",
            {("PERSON", "Siobhán O'Neill"), ("PERSON", "Ana Lima")},
        ),
    ],
    "surnames in capitals": [
        (
            "Row A: A1 QURESHI Shoaib (u9293509)  A2 SIDDIQUI Hamza (49/87604)",
            {("PERSON", "QURESHI Shoaib"), ("PERSON", "SIDDIQUI Hamza")},
        ),
        (
            "EMP-864671  TRẦN Tùng      Legal\nEMP-864672  POPOVIĆ Ivana   Finance",
            {("PERSON", "TRẦN Tùng"), ("PERSON", "POPOVIĆ Ivana")},
        ),
        ("Employee: Kateřina NOVÁKOVÁ    ID: 56-64318", {("PERSON", "Kateřina NOVÁKOVÁ")}),
        ("Signed: Lerato BOTHA", {("PERSON", "Lerato BOTHA")}),
        ("ERROR Connection refused\nWARN Retrying in 5s", set()),
        ("HTTP Request failed at NASA Goddard", set()),
        ("My ITIN is pending; The ISP said no", set()),
        ("IIT Kanpur and IIT Delhi", set()),
    ],
    "thai and arabic": [
        (
            "ข้าพเจ้า ธนวัฒน์ แก้วมณี ตำแหน่ง Sales Associate",
            {("PERSON", "ธนวัฒน์ แก้วมณี")},
        ),
        ("ลงชื่อ วิชัย บุญมี", {("PERSON", "วิชัย บุญมี")}),
        ("อนันต์ ธงชัย: 10 โมงครับ ห้อง 403", {("PERSON", "อนันต์ ธงชัย")}),
        ("ลงชื่อเข้าใช้ ระบบ", set()),
        ("آپ کا فرمانبردار\nبلال شیخ\nجماعت 5", {("PERSON", "بلال شیخ")}),
        ("आपका आज्ञाकारी शिष्य\nप्रणाली देशमुख\nकक्षा 7", {("PERSON", "प्रणाली देशमुख")}),
        (
            "الحضور: فاطمة البلوشي، لطيفة الشامسي، راشد السويدي",
            {("PERSON", "فاطمة البلوشي"), ("PERSON", "لطيفة الشامسي"), ("PERSON", "راشد السويدي")},
        ),
    ],
    "approvers and placeholders": [
        (
            "Employee;Mon;Total;Approver\nDubois, Margaux;9.0;9.0;hugo_lefebvre",
            {("PERSON", "Dubois, Margaux"), ("PERSON", "hugo_lefebvre")},
        ),
        ("approved_by=florenciaiglesiasperez", {("PERSON", "florenciaiglesiasperez")}),
        ("Approver: Finance team", set()),
    ],
    "kin lists": [
        (
            "children Iosefa, Lagi and Tavita",
            {("PERSON", "Iosefa"), ("PERSON", "Lagi"), ("PERSON", "Tavita")},
        ),
        ("children: ślub, ławka", set()),
    ],
}


@pytest.mark.parametrize(("text", "expected"), span_cases(TABLE))
def test_span_table(sanitizer: Sanitizer, text: str, expected: set[tuple[str, str]]) -> None:
    assert found(sanitizer, text) == expected


def test_a_kin_list_takes_names_in_capitals_of_every_latin_block() -> None:
    # the capital class [A-ZÀ-ÞĀ-Ž] holds lowercase letters too (Latin Extended-A alternates)
    from sanitizers.kin_lists import kin_list_names

    assert kin_list_names("children: ślub, ławka", frozenset()) == []
    assert kin_list_names("children: Ślub, Ławka", frozenset()) == [
        (10, 14, "PERSON", 0.8),
        (16, 21, "PERSON", 0.8),
    ]
