"""Span table for sanitizer 1.9.0: identifiers keyed in other languages and national
formats. Passport and driving-licence numbers under their own language's key (Reisepass,
passeport, CNH, Паспорт, 운전면허), national licence formats (Florida, UK DVLA, India);
dates of birth after a label with a period ("geb. 22.11.1969"), in CJK and Russian forms,
as the answer to a question in a transcript and in a roster; national phone numbers after a
trunk 0 and beside a contact; a keyed address up to the end of its line; logins in web
paths and owner columns; the name and SSN columns of a table of people. Near-misses: hex
dumps and rows of numbers, version strings, "/users/me", an API id, service accounts,
"Ana was born in Lisbon" with a later meeting date."""

from __future__ import annotations

import pytest
from conftest import found, span_cases

from sanitizers import Sanitizer

TABLE: dict[str, list[tuple[str, set[tuple[str, str]]]]] = {
    "passports and licences": [
        ("Reisepass-Nr.: C4JXN82LP", {("PASSPORT", "C4JXN82LP")}),
        ("Passeport n° : 19AB52730", {("PASSPORT", "19AB52730")}),
        ("Паспорт: 72 4419036", {("PASSPORT", "72 4419036")}),
        ("여권 번호 M48215907 확인 부탁드립니다", {("PASSPORT", "M48215907")}),
        ("Führerscheinnummer: B072RRE2I55", {("DRIVER_LICENSE", "B072RRE2I55")}),
        ("CNH: 40318275561", {("DRIVER_LICENSE", "40318275561")}),
        ("Permis de conduire : 150763204118", {("DRIVER_LICENSE", "150763204118")}),
        ("Florida DL W426-813-57-902-1, phone on file", {("DRIVER_LICENSE", "W426-813-57-902-1")}),
        (
            "Driving licence number: MORGA753116SM9IJ",
            {("DRIVER_LICENSE", "MORGA753116SM9IJ")},
        ),
        ("mera dl KA05 20190031842 hai", {("DRIVER_LICENSE", "KA05 20190031842")}),
        ("the driver version is 535.104.05", set()),
        ("Our passport photo booth opens at 9", set()),
    ],
    "dates of birth": [
        (
            "Auftraggeber: Jonas Wirth, geb. 03.04.1981",
            {("PERSON", "Jonas Wirth"), ("DATE_OF_BIRTH", "03.04.1981")},
        ),
        ("生年月日：1983年2月7日", {("DATE_OF_BIRTH", "1983年2月7日")}),
        ("생년월일: 1990년 11월 3일", {("DATE_OF_BIRTH", "1990년 11월 3일")}),
        ("Дата рождения: 17 марта 1979", {("DATE_OF_BIRTH", "17 марта 1979")}),
        ('{"data_nascita": "1975-08-30"}', {("DATE_OF_BIRTH", "1975-08-30")}),
        (
            "AGENT: Can you confirm your date of birth?\nCALLER: Sure, it's 12 March 1968.",
            {("DATE_OF_BIRTH", "12 March 1968")},
        ),
        (
            "Flag anyone born before 2012:\n"
            "#3  Tomasz Wielicki    04-05-2013\n"
            "#8  Ngozi Eze    21.11.2011",
            {
                ("PERSON", "Tomasz Wielicki"),
                ("PERSON", "Ngozi Eze"),
                ("DATE_OF_BIRTH", "04-05-2013"),
                ("DATE_OF_BIRTH", "21.11.2011"),
            },
        ),
        (
            "Birthdays this month: Wanjiru (March 3), Tomasz Wielicki (21 March)",
            {
                ("PERSON", "Wanjiru"),
                ("PERSON", "Tomasz Wielicki"),
                ("DATE_OF_BIRTH", "March 3"),
                ("DATE_OF_BIRTH", "21 March"),
            },
        ),
        ("Release 2.1 shipped on 2024-05-01. Tag: v2.1", set()),
    ],
    "phones": [
        ("Телефон: 8 916 204 55 17", {("PHONE_NUMBER", "8 916 204 55 17")}),
        (
            "Kwa maswali wasiliana na ofisi kwa simu 0722 418 903.",
            {("PHONE_NUMBER", "0722 418 903")},
        ),
        ("Si te interesa, llámame al 611 42 87 90", {("PHONE_NUMBER", "611 42 87 90")}),
        ("Celular: (11) 98421-3307", {("PHONE_NUMBER", "(11) 98421-3307")}),
        ("お問い合わせは03-6812-4471までお電話ください。", {("PHONE_NUMBER", "03-6812-4471")}),
        (
            "[09:14] Rehana (612 884 301): on my way",
            {("PERSON", "Rehana"), ("PHONE_NUMBER", "612 884 301")},
        ),
        (
            "Lior Ben-Ami, lior.benami@example.org, 614 332 907",
            {
                ("PERSON", "Lior Ben-Ami"),
                ("EMAIL_ADDRESS", "lior.benami@example.org"),
                ("PHONE_NUMBER", "614 332 907"),
            },
        ),
        ("00 01 02 03 04 05 06 07 08 09 0a 0b", set()),
        ("JO94 CBJO A010 0000 0000 0131 0003 02", set()),  # a broken IBAN's groups
        ("078-05-0000", set()),  # an SSN's shape, not a phone
        (
            "Michael Summers #16 0707 008 7827",
            {("PERSON", "Michael Summers"), ("PHONE_NUMBER", "0707 008 7827")},
        ),
        ("pip install numpy==1.26.4 pandas==2.2.1", set()),
    ],
    "addresses": [
        (
            "Endereço: Rua das Flores, 412, apto 31 - Centro, Curitiba - PR, 80020-090",
            {
                (
                    "STREET_ADDRESS",
                    "Rua das Flores, 412, apto 31 - Centro, Curitiba - PR, 80020-090",
                )
            },
        ),
        ("server address: 10.2.0.14:8080, port 22", {("IP_ADDRESS", "10.2.0.14")}),
    ],
    "logins and tables": [
        (
            '"GET /api/v2/users/tkaminski HTTP/1.1" 200',
            {("PERSON", "tkaminski")},
        ),
        ('"GET /account/rhea.n/orders HTTP/2.0"', {("PERSON", "rhea.n")}),
        ("GET /api/users/me HTTP/1.1", set()),
        ("GET /users/12345/orders", set()),
        (
            "wallet,owner,balance\n1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2,okello_j,12.5",
            {("CRYPTO", "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2"), ("PERSON", "okello_j")},
        ),
        ('owner = "svc_deploy"', set()),
        ("owner: data_pipeline", set()),
        (
            "id;nome;codice_fiscale\n1;SAVERIA LOMBARDO;(omesso)",
            {("PERSON", "SAVERIA LOMBARDO")},
        ),
        (
            "name\tssn\tplan\nOKON BASSEY\t412553871\tPPO",
            {("PERSON", "OKON BASSEY"), ("US_SSN", "412553871")},
        ),
        ("name,version,license\nrequests,2.31.0,Apache-2.0", set()),
    ],
    "auth logs, forms and passports": [
        (
            "INFO auth: login ok for marta.k from 10.254.1.7",
            {("PERSON", "marta.k"), ("IP_ADDRESS", "10.254.1.7")},
        ),
        (
            "WARN auth: 5 failed logins for dt_okoro from 10.9.8.7",
            {("PERSON", "dt_okoro"), ("IP_ADDRESS", "10.9.8.7")},
        ),
        ("I'm using user hkaur and the key in ~/.ssh/id_ed25519", {("PERSON", "hkaur")}),
        ("web01 ansible_user=piotr.nowak", {("PERSON", "piotr.nowak")}),
        ("ERRORE login fallito utente=gianni_ros77", {("PERSON", "gianni_ros77")}),
        ("login ok for root from 127.0.0.1", set()),
        ("P<NGAOKAFOR<<CHIDI<EMEKA<<<<<<<<<<<<<<<<<<<<", {("PERSON", "OKAFOR<<CHIDI<EMEKA")}),
        (
            "Customer: Kowalczyk, Irena (irena.k@example.org)",
            {("PERSON", "Kowalczyk, Irena"), ("EMAIL_ADDRESS", "irena.k@example.org")},
        ),
        ("display_name=Ildikó&newsletter=1", {("PERSON", "Ildikó")}),
        ("<Dbtr><Nm>HAFSA IDRIS</Nm></Dbtr>", {("PERSON", "HAFSA IDRIS")}),
        ("Policyholder: OYELARAN Bukola", {("PERSON", "OYELARAN Bukola")}),
        ("Họ và tên: TRAN MINH KHOA", {("PERSON", "TRAN MINH KHOA")}),
        ("성명: 박지민 (Park Ji-min)", {("PERSON", "박지민"), ("PERSON", "Park Ji-min")}),
        (
            "P<NGAOKAFOR<<CHIDI<<<<<<<<<<<<<<<<<<<<<<<<<<<\n"
            "A123456780NGA8802145M3004157<<<<<<<<<<<<<<02",
            {
                ("PERSON", "OKAFOR<<CHIDI"),
                ("PASSPORT", "A12345678"),
                ("DATE_OF_BIRTH", "880214"),
            },
        ),
    ],
    "other languages": [
        ("Geboortedatum: 18 maart 1994", {("DATE_OF_BIRTH", "18 maart 1994")}),
        ("data urodzenia 22 czerwca 1979", {("DATE_OF_BIRTH", "22 czerwca 1979")}),
        # (1.11: "Ngày", "day", opens a Vietnamese sentence: no lone name there)
        ("Ngày sinh: 2 tháng 7 năm 1984", {("DATE_OF_BIRTH", "2 tháng 7 năm 1984")}),
        ("Tél. : 02.81.50.37.30", {("PHONE_NUMBER", "02.81.50.37.30")}),
        (
            "收件人胡雨婷，电话136 0330 1053，谢谢",
            {("PERSON", "胡雨婷"), ("PHONE_NUMBER", "136 0330 1053")},
        ),
        ("山田と申します。", {("PERSON", "山田")}),
        (
            "地址上海市浦东新区世纪大道4号2栋502室。",
            {("STREET_ADDRESS", "上海市浦东新区世纪大道4号2栋502室")},
        ),
        (
            "주소 서울특별시 강남구 판교역로 175, 3805호 (06013) 입니다.",
            {("STREET_ADDRESS", "서울특별시 강남구 판교역로 175, 3805호 (06013)")},
        ),
        (
            "residente in Via Roma, 96 - 10172 Torino (TO), titolare",
            {("STREET_ADDRESS", "Via Roma, 96 - 10172 Torino (TO)")},
        ),
        ("me llamo andrés torres rivera, gracias", {("PERSON", "andrés torres rivera")}),
        ("db01 ansible_become_pass=kopi-luwak-88", {("PASSWORD", "kopi-luwak-88")}),
        ("the pass_rate = 0.95", set()),
    ],
    "printed tables": [
        (
            "             name            phone        city\n"
            "0  Moshe Azoulay  07084957170  Abuja\n"
            "1  Valentina Romano  7890353180  Lucknow",
            {
                ("PERSON", "Moshe Azoulay"),
                ("PHONE_NUMBER", "07084957170"),
                ("PERSON", "Valentina Romano"),
                ("PHONE_NUMBER", "7890353180"),
            },
        ),
        ("  name      version   license\n  Flask     3.0.0     BSD", set()),
        ('tags = { owner = "kramdial", cost_center = "4711" }', {("PERSON", "kramdial")}),
        ("owner: payments", set()),
        (
            "room,guest,nationality,passport\n149,INÈS MOREAU,DE,Y23129502",
            {("PERSON", "INÈS MOREAU"), ("PASSPORT", "Y23129502")},
        ),
        (
            'member_id,name,phone\n10498,"Venkatesan, Bharathi",9742093034',
            {("PERSON", "Venkatesan, Bharathi"), ("PHONE_NUMBER", "9742093034")},
        ),
    ],
    "more scripts and forms": [
        ("Datum narození: 13. 2. 2009", {("DATE_OF_BIRTH", "13. 2. 2009")}),
        ("วันเกิด: 7 พฤษภาคม 2520", {("DATE_OF_BIRTH", "7 พฤษภาคม 2520")}),
        ("تاریخ تولد: ۱۳۶۰/۰۱/۱۳", {("DATE_OF_BIRTH", "۱۳۶۰/۰۱/۱۳")}),
        ("Αρ. Διαβατηρίου: PK9336118", {("PASSPORT", "PK9336118")}),
        ("מספר רישיון נהיגה: 97691706", {("DRIVER_LICENSE", "97691706")}),
        ("नाम: रोहित सक्सेना", {("PERSON", "रोहित सक्सेना")}),
        ("ชื่อ-นามสกุล: มาลี ชัยพร", {("PERSON", "มาลี ชัยพร")}),
        ("Assuré : BLANC, Chloé", {("PERSON", "BLANC, Chloé")}),
        (
            "DATABASE_URL=postgres://grace-gallagher:nandos-tulpe-winter26@db-prod:5432/app",
            {("PERSON", "grace-gallagher"), ("PASSWORD", "nandos-tulpe-winter26")},
        ),
        (
            "remote: https://oauth2:n6lb5vyeN9JI@gitlab.example.org/x.git",
            {("PASSWORD", "n6lb5vyeN9JI")},
        ),
        (
            "pickup at 2311 Rue Saint-Denis, Unit 9, Ottawa, ON K1S 3W7 around 12:15.",
            {("STREET_ADDRESS", "2311 Rue Saint-Denis, Unit 9, Ottawa, ON K1S 3W7")},
        ),
        ("the address space starts at 0x1000", set()),
    ],
}

CASES = span_cases(TABLE)


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_span_table(sanitizer: Sanitizer, text: str, expected: set[tuple[str, str]]) -> None:
    assert found(sanitizer, text) == expected


def test_meeting_date_beside_a_birth_is_kept(sanitizer: Sanitizer) -> None:
    """One person with one later date is no roster: the date stays."""
    text = "Ana was born in Lisbon.\nMeeting with Ana on 2024-05-01"
    assert ("DATE_OF_BIRTH", "2024-05-01") not in found(sanitizer, text)


def test_an_address_ends_before_a_conjunction_of_its_language(sanitizer: Sanitizer) -> None:
    """Swedish "men" (but) ends the address after "levereras till" (to be delivered to)."""
    text = "Paketet skulle levereras till Vasagatan 84 lgh 1250, 753 20 Uppsala men föraren"
    assert ("STREET_ADDRESS", "Vasagatan 84 lgh 1250, 753 20 Uppsala") in found(sanitizer, text)
