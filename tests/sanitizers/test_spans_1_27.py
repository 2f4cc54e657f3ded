"""Span table for sanitizer 1.27.0.

- A logged request's own settings and labels are no code: `"temperature": 0.7`,
  `"model": "o3-mini"`, `"type": "input_text"` no longer make the sentence of the prompt
  they stand beside technical, where a lone listed first name is a product's. Code inside
  the prompt still does (`"deps": ["numpy==1.26"]` stays a version).
- A list of people after a key that says who they are (a shift's workers, a crew, staff,
  members, those present) in scripts without capitals and in Cyrillic: each item of one
  to four words of one script; two items at least (one word after "members' number:" is
  a number's).
- A name after a greeting and a title (before or after it) on a message's first line, in
  those scripts: "ሰላም አቶ …፣", "ආයුබෝවන් … මහතා,", "Сайн байна уу … багш,", Myanmar's
  title glued to the name ("ကို…"); a greeting with no title names no one.
- A login under the key of whoever did something (caller=, "by":, "worker":, Checker:,
  picked_by, issued_to), and under a role's key when it has a dot, an underscore or digits
  ("cashier=james7"); a login made of a common first name is a person's. Not an ID
  ("Picker: PCK45"), nor a tool's name under a vague key ("name": "ocr_document").
- A message's signer on its last line in those scripts, after a line of its details (a
  colon or a digit), in a text that names someone or gives a number; or after a closing
  word and a comma. Not a closing word alone, a request ("ترجم إلى الإنجليزية"), nor a
  Thai sentence written as one word.
"""

from __future__ import annotations

import pytest
from conftest import found, span_cases

from sanitizers import Sanitizer

TABLE: dict[str, list[tuple[str, set[tuple[str, str]]]]] = {
    "a request's envelope": [
        (
            '{"model": "o3-mini", "messages": [{"role": "user", "content": "Help me. Sign it'
            ' from the team: Kate\\u0159ina, Veronika, Petra and me (Jan)."}]}',
            {
                ("PERSON", "Kate\\u0159ina"),
                ("PERSON", "Veronika"),
                ("PERSON", "Petra"),
                ("PERSON", "Jan"),
            },
        ),
        (
            '{"model": "gpt-4o", "messages": [{"role": "user", "content": "Sign it from the'
            ' team: Veronika, Petra and me (Jan)."}], "temperature": 0.7}',
            {("PERSON", "Veronika"), ("PERSON", "Petra"), ("PERSON", "Jan")},
        ),
        (
            '{"model": "gpt-4.1", "input": [{"role": "user", "content": [{"type": "input_text",'
            ' "text": "ask Veronika about the rota"}]}]}',
            {("PERSON", "Veronika")},
        ),
        # code in the prompt itself is still code: a package, not a person
        (
            '{"model": "gpt-4o", "messages": [{"role": "user", "content": "pin Pandas==2.2'
            ' and Polars in requirements"}], "temperature": 0}',
            set(),
        ),
    ],
    "rosters in their own scripts": [
        (
            "የማታ ፈረቃ ሰራተኞች: አበባ ከበደ፣ ዳዊት ታምራት፣ ሄኖክ",
            {("PERSON", "አበባ ከበደ"), ("PERSON", "ዳዊት ታምራት"), ("PERSON", "ሄኖክ")},
        ),
        (
            "कल के मजदूर: रमेश यादव, सुनीता देवी और मोहन।",
            {("PERSON", "रमेश यादव"), ("PERSON", "सुनीता देवी"), ("PERSON", "मोहन")},
        ),
        (
            "ဝန်ထမ်းစာရင်း: မောင်မောင်, ခင်ခင်ဝင်း",
            {("PERSON", "မောင်မောင်"), ("PERSON", "ခင်ခင်ဝင်း")},
        ),
        (
            "רשימת העובדים: דנה לוי, יוסי כהן-אברהם (מנהל)",
            {("PERSON", "דנה לוי"), ("PERSON", "יוסי כהן-אברהם")},
        ),
        (
            "ბრიგადის წევრები: გიორგი ბერიძე, ნათია კაპანაძე",
            {("PERSON", "გიორგი ბერიძე"), ("PERSON", "ნათია კაპანაძე")},
        ),
        (
            "Өнөөдрийн ажилчид: Болд Ганбаатар, Сарнай Дорж",
            {("PERSON", "Болд Ганбаатар"), ("PERSON", "Сарнай Дорж")},
        ),
        # one item, or items with digits: no list of people
        ("सदस्य संख्या: पाँच", set()),
        ("عدد العمال: ١٢ عاملا، ٣ مشرفين", set()),
    ],
    "greetings with a title": [
        ("ሰላም አቶ አበበ ከበደ፣\nነገ እንገናኝ።", {("PERSON", "አበበ ከበደ")}),
        ("ආයුබෝවන් නිමල් පෙරේරා මහතා,", {("PERSON", "නිමල් පෙරේරා")}),
        ("السلام علیکم ڈاکٹر جاوید،", {("PERSON", "جاوید")}),
        ("ជម្រាបសួរ លោក សុខ ចាន់", {("PERSON", "សុខ ចាន់")}),
        ("Сайн байна уу Болд багш,", {("PERSON", "Болд")}),
        ('שלום עו"ד דנה לוי,', {("PERSON", "דנה לוי")}),
        ("გამარჯობა ქ-ნი ნინო ბერიძე,", {("PERSON", "ნინო ბერიძე")}),
        ("မင်္ဂလာပါ ကိုအောင်အောင်", {("PERSON", "အောင်အောင်")}),
        ("سلام مهندس علیزاده،", {("PERSON", "علیزاده")}),
        # no title: no name
        ("سلام دوستان،", set()),
        ("Сайн байна уу, бүгдээрээ!", set()),
    ],
    "logins under the key of who did it": [
        ("level=debug svc=crewdesk caller=akua42 model=gpt-4.1-mini", {("PERSON", "akua42")}),
        ("POS#42 SALE amt=406 cashier=james7 auth=IR-2025-086", {("PERSON", "james7")}),
        ('payload={"on":true,"by":"wanjiru.kamau","gw":"pump-3"}', {("PERSON", "wanjiru.kamau")}),
        ('{"worker": "tkowalski", "hours": 13}', {("PERSON", "tkowalski")}),
        ("Checker: russos", {("PERSON", "russos")}),
        ("Cashier: Lucas", {("PERSON", "Lucas")}),
        ("Picker: PCK45", set()),
        ("webhook created (owner: BARAKA.ODHIAMBO)", {("PERSON", "BARAKA.ODHIAMBO")}),
        ("worker=celery@host1 pid=42", set()),
        (
            '{"name": "ocr_document", "nombre": "Ainhoa", "apellidos": "Ruiz Castillo",'
            ' "telefono": "+34 612 345 678"}',
            {
                ("PERSON", "Ainhoa"),
                ("PERSON", "Ruiz Castillo"),
                ("PHONE_NUMBER", "+34 612 345 678"),
            },
        ),
    ],
    "signers on the last line": [
        (
            "ሰላም አቶ አበበ ከበደ፣\nጠቅላላ ክፍያ: 5,000 ብር\nሄኖክ ታደሰ",
            {("PERSON", "አበበ ከበደ"), ("PERSON", "ሄኖክ ታደሰ")},
        ),
        (
            '{"messages": [{"role": "user", "content": "हेलो\\nफोन: 9876543210\\nरमेश यादव"}]}',
            {("PHONE_NUMBER", "9876543210"), ("PERSON", "रमेश यादव")},
        ),
        (
            "الرجاء إرسال الراتب\nالحساب: 12345\nمع التحية، لولوة الكبيسي",
            {("PERSON", "لولوة الكبيسي")},
        ),
        ("नमस्ते\nमेरा नंबर 9876543210 है\nधन्यवाद", {("PHONE_NUMBER", "9876543210")}),
        (
            "العنوان: Villa 72, Dubai\nهاتف: +971 51 710 4069\nترجم إلى الإنجليزية",
            {("STREET_ADDRESS", "Villa 72, Dubai"), ("PHONE_NUMBER", "+971 51 710 4069")},
        ),
        ("โทร: 081-234-9838\nช่วยแปลเป็นภาษาอังกฤษให้หน่อย", {("PHONE_NUMBER", "081-234-9838")}),
    ],
}


@pytest.mark.parametrize(("text", "expected"), span_cases(TABLE))
def test_span_table(sanitizer: Sanitizer, text: str, expected: set[tuple[str, str]]) -> None:
    assert found(sanitizer, text) == expected
