"""Span table for sanitizer 1.26.0.

- A printed form's vague name key ("Nombre:", "Name:") takes a person's name when another
  line of the text is a personal field (a surname, a birth date, a phone, an address), as
  it did when both keys were on one line; not a mail's "To: AI Assistant", nor one English
  word ("name: Deploy").
- The one-word authors of a chat copied out of Slack or Teams ("christophera  8:47 AM",
  "tomas.diaz  8:49 AM") and Discord's "Name + initial" handles ("MariamK — Today at");
  an agenda's items are English words and stay.
- The holder of an account a payment goes to, after the words that say so, with or without
  a colon: 户名, 戶名, 예금주, ชื่อบัญชี, باسم, নাম, "au nom de"; not another key after them
  ("Account holder SSN:").
- A name in brackets after a tradesperson's role ("the cleaner (Daniel)", "Tukang (Dewi)",
  "기사님(임도윤)", "维修师傅(王强)"); not a company ("(DHL)", "(Uber)", "(CNH)").
- A name glued before a Chinese greeting ("Rachel你好", "晓燕你好"); not the many or a
  role ("大家好", "老师您好"). A Korean role before 님 ("기사님") and other languages'
  weekdays ("hari Minggu") are no names.
- Births: "born" in more languages (Samoan, Fijian, Kinyarwanda, Somali, Shona, Māori,
  Sinhala, Indonesian, Tagalog...), Vietnamese and Japanese-era dates, a life's span
  ("19 June 1938 – 20 April 2024": fifteen years or more, not a term or a mortgage), the
  dates listed after a keyed one, and a list of people with their birth dates that goes on
  from a person's date (not a form's next key: "Issued:", "Tid:").
- Phone numbers after a contact word in more languages (ტელ, सम्पर्क, যোগাযোগ...) and with
  their area code in brackets inside brackets after a name. "bint" inside Arab names, a
  Turkic patronymic's "oğlu"/"qızı", a CJK list of volunteers or mourners (志工, سوگوار),
  a CJK contact key (聯絡人) whose value ends before a title ("張宜庭 里長").
- A printed sheet of recovery codes, several on a line; a Wi-Fi password some words after
  its word ("the wifi for the hall is ..."), the code of a gate or a front door in other
  languages (codice del cancello, código del portal, yeni şifre, 현관 비번).
"""

from __future__ import annotations

import pytest
from conftest import found, span_cases

from sanitizers import Sanitizer

TABLE: dict[str, list[tuple[str, set[tuple[str, str]]]]] = {
    "a form's vague name key": [
        (
            "PARTE DE ENTRADA\nNombre: Brittany\nApellidos: PATEL\n"
            "Fecha de nacimiento: 12/27/1982\nN.º de pasaporte: 588102274",
            {
                ("PERSON", "Brittany"),
                ("PERSON", "PATEL"),
                ("DATE_OF_BIRTH", "12/27/1982"),
                ("PASSPORT", "588102274"),
            },
        ),
        (
            "Employer: Melcom\nEmployee: AMA ADDO\nEmployee address: 3 Liberation Road, Kumasi",
            {
                ("PERSON", "Melcom"),
                ("PERSON", "AMA ADDO"),
                ("STREET_ADDRESS", "3 Liberation Road, Kumasi"),
            },
        ),
        (
            "From: Ana Popa <ana.popa@example.org>\nTo: AI Assistant\n"
            "Phone: +40 721 555 019\nSubject: contract",
            {
                ("PERSON", "Ana Popa"),
                ("EMAIL_ADDRESS", "ana.popa@example.org"),
                ("PHONE_NUMBER", "+40 721 555 019"),
            },
        ),
        ("name: Deploy\nphone: +1 415 555 0100", {("PHONE_NUMBER", "+1 415 555 0100")}),
    ],
    "copied chat authors": [
        (
            "christophera  8:47 AM\nthe plumber is coming at 10\ntomas.diaz  8:49 AM\nok",
            {("PERSON", "christophera"), ("PERSON", "tomas.diaz")},
        ),
        ("Agenda\nRegistration  9:00 AM\nKeynote  9:30 AM\nLunch  12:30 PM", set()),
        (
            "MariamK — Today at 9:27 AM\nwhere are the keys?\n"
            "made.made — Today at 9:31 AM\nunder the mat",
            {("PERSON", "MariamK"), ("PERSON", "made.made")},
        ),
    ],
    "account holders": [
        (
            "押金转到这个卡上：4842044062131695，户名Michelle Lim",
            {("CREDIT_CARD", "4842044062131695"), ("PERSON", "Michelle Lim")},
        ),
        ("9月的房租請匯到帳戶533390020141（戶名：鄭俊傑）。", {("PERSON", "鄭俊傑")}),
        ("8월 월세 계좌 692802918006 (예금주 임민준)로 보내주세요.", {("PERSON", "임민준")}),
        ("ค่าเช่าโอนเข้าพร้อมเพย์ ชื่อบัญชี ศุภชัย พรหมมา นะคะ", {("PERSON", "ศุภชัย พรหมมา")}),
        ("ادفع الإيجار إلى الحساب باسم ربى عبيدات. شكرا", {("PERSON", "ربى عبيدات")}),
        ("এই মাসের ভাড়া বিকাশে পাঠান, নাম ফাহিম সিদ্দিকী।", {("PERSON", "ফাহিম সিদ্দিকী")}),
        (
            "Le colis au nom de EL IDRISSI Lamia est à récupérer en loge.",
            {("PERSON", "EL IDRISSI Lamia")},
        ),
        ("Account holder SSN: 003-33-3015", {("US_SSN", "003-33-3015")}),
    ],
    "a name in brackets after a role": [
        (
            "the cleaner (Daniel) comes Tuesdays, the courier (DHL) on Mondays",
            {("PERSON", "Daniel")},
        ),
        ("Tukang (Dewi) datang hari Minggu.", {("PERSON", "Dewi")}),
        ("보일러 기사님(임도윤)이 화요일에 방문합니다", {("PERSON", "임도윤")}),
        ("维修师傅(王强)周一上午过来", {("PERSON", "王强")}),
        (
            "Carteira de motorista (CNH) nº registro 51704182880",
            {("DRIVER_LICENSE", "51704182880")},
        ),
        ("the driver (Uber) was late", set()),
    ],
    "a name greeted in Chinese": [
        ("Rachel你好，押金收到了", {("PERSON", "Rachel")}),
        ("Me: 晓燕你好，我到楼下了", {("PERSON", "晓燕")}),
        ("大家好，老师您好，明天见", set()),
    ],
    "births": [
        (
            "Ua maliu Sefo Aiono i le 14/11/2025. Na fanau i le 23/04/1925.",
            {("PERSON", "Sefo Aiono"), ("DATE_OF_BIRTH", "23/04/1925")},
        ),
        ("享年92歳（昭和20年11月3日生）", {("DATE_OF_BIRTH", "昭和20年11月3日")}),
        (
            "Can the headstone read:\n  Marloes Hendriks\n  19 June 1938 – 20 April 2024",
            {("PERSON", "Marloes Hendriks"), ("DATE_OF_BIRTH", "19 June 1938")},
        ),
        (
            "Дилноза Каримова (11 августа 1940 г. – 26 апреля 2026 г.)",
            {("PERSON", "Дилноза Каримова"), ("DATE_OF_BIRTH", "11 августа 1940 г.")},
        ),
        ("Mortgage term: 01/03/2005 – 01/03/2030", set()),
        ("Stay 12/03/2024 – 15/03/2024", set()),
        (
            "Dates of birth: 02/09/1960, 27/10/1969, 11/04/2013.",
            {
                ("DATE_OF_BIRTH", "02/09/1960"),
                ("DATE_OF_BIRTH", "27/10/1969"),
                ("DATE_OF_BIRTH", "11/04/2013"),
            },
        ),
        (
            "DOB check for the youth trip: Hawraa 06/07/2019, Mustafa 26/09/2019",
            {
                ("PERSON", "Hawraa"),
                ("DATE_OF_BIRTH", "06/07/2019"),
                ("PERSON", "Mustafa"),
                ("DATE_OF_BIRTH", "26/09/2019"),
            },
        ),
        ("Date of birth: 12/03/1990, Issued: 01/02/2020", {("DATE_OF_BIRTH", "12/03/1990")}),
        (
            "Patient: Kari Hansen\nFödelsedatum: 12.03.1970\nTid: 17.11.2022 kl. 19:30",
            {("PERSON", "Kari Hansen"), ("DATE_OF_BIRTH", "12.03.1970")},
        ),
    ],
    "phones and names": [
        ("ტელ: 599 938 709", {("PHONE_NUMBER", "599 938 709")}),
        ("सम्पर्क: 9893826840", {("PHONE_NUMBER", "9893826840")}),
        (
            "Питання — до Петро Бойко ((093) 155-68-24) або Юлія.",
            {("PERSON", "Петро Бойко"), ("PERSON", "Юлія"), ("PHONE_NUMBER", "(093) 155-68-24")},
        ),
        (
            "RSVP to Maha bint Sultan Al-Shammari or Sultan bin Mohammed Al-Anazi.",
            {
                ("PERSON", "Maha bint Sultan Al-Shammari"),
                ("PERSON", "Sultan bin Mohammed Al-Anazi"),
            },
        ),
        (
            "Present: Fuad Abbasov (chair), Bayramov Orxan Orxan oğlu, Rauf Həsənov",
            {
                ("PERSON", "Fuad Abbasov"),
                ("PERSON", "Bayramov Orxan Orxan oğlu"),
                ("PERSON", "Rauf Həsənov"),
            },
        ),
        (
            "志工：謝宇成、謝惠貞、謝偉倫",
            {("PERSON", "謝宇成"), ("PERSON", "謝惠貞"), ("PERSON", "謝偉倫")},
        ),
        (
            "里長通知（臺南市）\n聯絡人：張宜庭 里長，電話 0901-833-258",
            {("PERSON", "張宜庭"), ("PHONE_NUMBER", "0901-833-258")},
        ),
        (
            "REPAIR ORDER CASE-9JQJ0NUG\nCustomer: Ó BRIAIN, Caoimhe\nPhone: 087 6784195",
            {("PERSON", "Ó BRIAIN, Caoimhe"), ("PHONE_NUMBER", "087 6784195")},
        ),
    ],
    "codes and Wi-Fi keys": [
        (
            "Mum's phone recovery codes (keep in the drawer!):\n068256  708693  325203\n"
            "046908  086374\nApple ID email: a@example.com",
            {
                ("PERSON", "Mum"),
                ("PASSWORD", "068256  708693  325203\n046908  086374"),
                ("EMAIL_ADDRESS", "a@example.com"),
            },
        ),
        ("what's the wifi at grandma's? -> Pelican-4064!", {("PASSWORD", "Pelican-4064!")}),
        (
            'The wifi for the hall is "Horizon9458!" from tonight',
            {("PASSWORD", "Horizon9458!")},
        ),
        ("the wifi is down again since 2024, router model RT-AX58U", set()),
        ("Il codice del cancello è 749308. A domenica!", {("PASSWORD", "749308")}),
        ("The hall key safe code is changing to 0911.", {("PASSWORD", "0911")}),
        (  # (the speaker's listed given name is a person's since 1.32.0)
            "지훈: 현관 비번 9418* 맞지?",
            {("PASSWORD", "9418"), ("PERSON", "지훈")},
        ),
    ],
}


@pytest.mark.parametrize(("text", "expected"), span_cases(TABLE))
def test_span_table(sanitizer: Sanitizer, text: str, expected: set[tuple[str, str]]) -> None:
    assert found(sanitizer, text) == expected
