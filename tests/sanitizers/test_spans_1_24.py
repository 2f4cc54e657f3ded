"""Span table for sanitizer 1.24.0.

- A list whose lines share one shape is a table of two columns (`item_columns.py`): the
  names before a dash in a list where most are found ("- Jurgis – needs help with
  fractions"), the names a roster gives after its keys ("Standby: Ishaan"), and a chat's
  speakers, who each speak more than once. A form's keys are each said once and are no
  names; a list of products is no list of people.
- A password some words after its word, in any language, when it is made like one
  (lowercase letters and two of capitals, digits and symbols): "password changed to ...",
  "le code du portail c'est ...", "şifreni değiştir, ...". A one-time code, PIN or BLIK
  code some words after its word ("blik mi przyszedł 551204", "পিন 4821"); not a year, a
  phone number's first group, or a number after the sentence ends.
- Phone numbers under the keys of more languages (Утас, โทร, கைபேசி, Sími, Puhelin, "su
  cel"), sent from ("texted me from ..."), and with a one-digit group after the area code
  (Tbilisi's "032 2 72 75 67").
- A phone number after a name and a space alone, where the line (or a key's value) is a name
  and a number ("Levan Kapanadze 577904168"); a licence after Spanish "permiso".
- Birth dates: Polish "22 lipca 1963 r.", Mongolian "төрсөн огноо", Uzbek "... yilda
  tug'ilgan", a date glued to Chinese "出生日期", "20/04/1959 г.р.", Japanese "25.10.1993生".
- Names in scripts without capitals: a chat's speakers in Ethiopic, Khmer and Myanmar
  script, a Chinese familiar name ("小敏"), the signer after "thank you" in Bengali, Tamil,
  Sinhala, Myanmar, Amharic, Khmer, Swahili, Uzbek, Icelandic and Hungarian, and the name
  after a lawyer's, a doctor's or Mr's title in Ethiopic, Khmer, Myanmar and Sinhala script.
- A lawyer or doctor by the title of other languages ("advokat Al-Dosari", "Atty. Reyes",
  "doktor Tashkentov", "wakili ..."), and legal and clinical roles as person keys
  (executor, embryologist, officer in charge, account name, vekil, greffier, attorney).
  Not "Defendant(s)": a case caption prints it under the party, which may be a company.
- Addresses under the keys of more languages (Хаяг, ලිපිනය, ठेगाना, អាសយដ្ឋាន, Manzil,
  Címünk), after an Ethiopic or Khmer colon; a sentence-form's address ends where the next
  key starts ("Heimilisfang: ... Reykjavík. Sími: ...").
"""

from __future__ import annotations

import pytest
from conftest import found, span_cases

from sanitizers import Sanitizer

TABLE: dict[str, list[tuple[str, set[tuple[str, str]]]]] = {
    "lists of one shape": [
        (
            "Notes for the parents' evening:\n- Anneliese – reads well, talks a lot\n"
            "- Jurgis – needs help with fractions\n- Oskar – new this term\n"
            "- Teodora – excellent in art",
            {
                ("PERSON", "Anneliese"),
                ("PERSON", "Jurgis"),
                ("PERSON", "Oskar"),
                ("PERSON", "Teodora"),
            },
        ),
        (
            "Stack:\n- Redis – cache\n- Kafka – queue\n- Postgres – main store\n- Nginx – proxy",
            set(),
        ),
        (
            "Room 1: Aarav Mehta, Kavya Iyer\nRoom 2: Rohan Pillai, Meera Nair\nStandby: Ishaan",
            {
                ("PERSON", "Aarav Mehta"),
                ("PERSON", "Kavya Iyer"),
                ("PERSON", "Rohan Pillai"),
                ("PERSON", "Meera Nair"),
                ("PERSON", "Ishaan"),
            },
        ),
        (
            "Siti: kirim nomor paspor ya\nBudi Santoso: sebentar\nSiti: oke makasih\nWulan: sip",
            {("PERSON", "Siti"), ("PERSON", "Budi Santoso"), ("PERSON", "Wulan")},
        ),
        (
            "Priority: High\nAssignee: Dina Suleiman\nReporter: Rose Cook\nStatus: Open",
            {("PERSON", "Dina Suleiman"), ("PERSON", "Rose Cook")},
        ),
    ],
    "names in scripts without capitals": [
        (
            "ብርቱካን: ጠበቃ አበበ ሀይሌ ችሎቱ ነው አሉ\nሄለን: ክፍያውን በቴሌብር ልላክ?\nብርቱካን: አዎ",
            {("PERSON", "ብርቱካን"), ("PERSON", "አበበ ሀይሌ"), ("PERSON", "ሄለን")},
        ),
        (
            "磊：律师说离婚案开庭\n小敏：案号是多少\n磊：对。\n小敏：好。",
            {("PERSON", "小敏")},
        ),
        (
            "মোবাইল: 01786 044320\n\nধন্যবাদ,\nসুমাইয়া সরকার",
            {("PHONE_NUMBER", "01786 044320"), ("PERSON", "সুমাইয়া সরকার")},
        ),
        (
            "សុភា៖ មេធាវី សុខ ស្រីនិច ថាសវនាការថ្ងៃ",
            {("PERSON", "សុខ ស្រីនិច"), ("PERSON", "សុភា")},  # (the speaker too, 1.33.0)
        ),
        ("ရှေ့နေ ဇော်ထွန်း က ရုံးချိန်း တဲ့", {("PERSON", "ဇော်ထွန်း")}),
        ("ගරු වෛද්‍ය ජයසූරිය මහත්මයාණෙනි,", {("PERSON", "ජයසූරිය")}),
    ],
    "lawyers, doctors and legal roles": [
        (
            "hanne: advokat Al-Dosari sier saken er utsatt",
            {("PERSON", "hanne"), ("PERSON", "Al-Dosari")},
        ),
        ("Hurmatli doktor Tashkentov, onam", {("PERSON", "Tashkentov")}),
        ("Embryologist: Becker, Felix\nPayment: by card", {("PERSON", "Becker, Felix")}),
        ("I am the lawyer for the company.", set()),
    ],
    "passwords and codes near their word": [
        ("the clinic portal password changed to m4Rigold_77", {("PASSWORD", "m4Rigold_77")}),
        ("le code du portail c'est Soleil#Bleu42, connecte-toi", {("PASSWORD", "Soleil#Bleu42")}),
        ("e-devlet şifreni değiştir, kuzu%7Tepe herkes biliyor", {("PASSWORD", "kuzu%7Tepe")}),
        ("dobra, blik mi przyszedł 551204 ale nie wpisuję", {("PASSWORD", "551204")}),
        ("হ্যাঁ। পিন 4821 কাউকে দিও না", {("PASSWORD", "4821")}),
        ("и не говори никому код из смс 609-198", {("PASSWORD", "609-198")}),
        ("the otp 2024 release notes", set()),
        ("I never share my PIN. My card ends 7822, sort code 46-33-49.", set()),
        ("the password for postgres:16 is in the vault at 5432/analytics", set()),
        ("איך מעבירים את הסיסמה ל-Kubernetes Secret?", set()),
    ],
    "phones": [
        ("Утас: 9930 0350", {("PHONE_NUMBER", "9930 0350")}),
        ("ტელეფონი: 032 2 72 75 67", {("PHONE_NUMBER", "032 2 72 75 67")}),
        ("Kérem, hívjon a 06 1 888 3435 számon.", {("PHONE_NUMBER", "06 1 888 3435")}),
        ("SĐT: 0989687782. Cảm ơn ạ!", {("PHONE_NUMBER", "0989687782")}),
    ],
    "numbers after names": [
        (
            "They messaged:\nLevan Kapanadze 577904168\nMariam Kapanadze 591 23 12 64\nsaying",
            {
                ("PERSON", "Levan Kapanadze"),
                ("PHONE_NUMBER", "577904168"),
                ("PERSON", "Mariam Kapanadze"),
                ("PHONE_NUMBER", "591 23 12 64"),
            },
        ),
        (
            "Conductor B: Javier López Ruiz, permiso 12247879",
            {("PERSON", "Javier López Ruiz"), ("DRIVER_LICENSE", "12247879")},
        ),
    ],
    "birth dates": [
        (
            "Krzysztof Nowak (ur. 22 lipca 1963 r.) nie dostał skierowania",
            {("PERSON", "Krzysztof Nowak"), ("DATE_OF_BIRTH", "22 lipca 1963 r.")},
        ),
        (
            "Миний ээж (төрсөн огноо 1947-09-16) шинжилгээний хариу",
            {("DATE_OF_BIRTH", "1947-09-16")},
        ),
        ("Onam (1939-08-18 yilda tug'ilgan) tahlil natijasi", {("DATE_OF_BIRTH", "1939-08-18")}),
        ("家父（出生日期03/03/1945）於25/08/2020出院", {("DATE_OF_BIRTH", "03/03/1945")}),
    ],
    "addresses": [
        (
            "Хаяг: Улаанбаатар, Сүхбаатар дүүрэг, 32-р хороо, 29-р байр, 35 тоот",
            {("STREET_ADDRESS", "Улаанбаатар, Сүхбаатар дүүрэг, 32-р хороо, 29-р байр, 35 тоот")},
        ),
        (
            "አድራሻ፡ መቀሌ ቦሌ መንገድ ቀበሌ 3 የቤት ቁጥር 12",
            {("STREET_ADDRESS", "መቀሌ ቦሌ መንገድ ቀበሌ 3 የቤት ቁጥር 12")},
        ),
    ],
}


@pytest.mark.parametrize(("text", "expected"), span_cases(TABLE))
def test_span_table(sanitizer: Sanitizer, text: str, expected: set[tuple[str, str]]) -> None:
    assert found(sanitizer, text) == expected


def test_a_form_keys_are_no_names_but_a_chat_speakers_are() -> None:
    from sanitizers.item_columns import item_columns

    form = "Uthyrare: Sara Lindberg\nHyresgäst: Eko Gunawan\nLägenhet: Björkvägen 4\nHyra: 1"
    persons = [(form.index(n), form.index(n) + len(n), "PERSON", 0.9) for n in ("Lägenhet", "Hyra")]
    assert item_columns(form, persons, frozenset()) == []  # keys said once: no speakers
    chat = "Siti: ok\nBudi: ya\nSiti: ok\nWulan: sip"
    persons = [(0, 4, "PERSON", 0.9), (18, 22, "PERSON", 0.9)]
    assert item_columns(chat, persons, frozenset()) == [
        (9, 13, "PERSON", 0.7),
        (27, 32, "PERSON", 0.7),
    ]
