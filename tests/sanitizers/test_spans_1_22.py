"""Span table for sanitizer 1.22.0: documents, calls and lists read as they are printed.

- An identity document's name fields as OCR reads them (`id_cards.py`): a name key without
  a colon ("Surname  KAYA", "Given names HENRIK", OCR's stray ";" or "."), or alone above
  its value, in two languages and scripts ("Прізвище / Surname" / "Гриценко" /
  "HRYTSENKO"); the key's own line names no one.
- A service's worker named in an aside ("The driver, Efua, never showed up"), after a
  role and before more verbs ("The technician Sunday Eze also asked"), or as a field's key
  ("Trainer:", "Additional driver:"; not a plain "Driver:", which names hardware).
- Dates of birth on licence cards (the EU card's field 3, a Japanese "…生"), under a birth
  header in any language, and spoken in a call ("july twenty seventh nineteen seventy
  four"); a phone number read out digit by digit.
- People listed with their phone numbers in a script without capitals (two lines or
  more; a colon makes a form's key, and one line alone may be an office's number).
- Cues: a courier before an Arabic name (المندوب), "thank u", the name an order is under,
  a receipt's payer, Tagalog "si … po ito", "Logged by", Korean "담당 기사:".
- Read on the twenty-second set after its blind run: passenger names the airlines' way
  ("NIEMINEN/MIKKO MR", a manifest's "LIU/WEI-LUN"), a chat export's time before a
  speaker of a script without capitals (KakaoTalk's "2024년 12월 12일 오전 11:13, 오수아 :"),
  a seating plan's and an event's lists ("Table 3:", "Going (16):"), a family listed after
  its kinship ("children Iosefa (Lusia), Lagi and Tavita"), the other person of a pair
  ("Logan Chen & Étienne Nguyen"), "born" abbreviated ("Nac.", "f.", "(b. ...)"), a
  passport's machine-readable zone inside a JSON string, numbered and feminine keys
  ("Guest 1", "Tutor/a").

Near-misses: a table's header of tool fields, "Driver: NVIDIA", "The driver, however,",
counting ("one two three four five"), a date before a kanji that is not "born", an
office's one number, a form's numbered keys in Persian, "the name on the card is wrong",
"INPUT/OUTPUT", a room's "DBL/SV", "Books and Games", "the class parents WhatsApp group",
"Marks & Spencer", list items "a. ... b. ...", a traceback's "line 88", a line of an
ideographic space.
"""

from __future__ import annotations

import pytest
from conftest import found, span_cases

from sanitizers import Sanitizer

TABLE: dict[str, list[tuple[str, set[tuple[str, str]]]]] = {
    "id cards": [
        (
            "PASAPORT / PASSPORT\nSoyadı / Surname  KAYA\nAdı / Given names  ZEYNEP",
            {("PERSON", "KAYA"), ("PERSON", "ZEYNEP")},
        ),
        (
            "Type P   Code NOR\nSurname HAUGEN\nGiven names HENRIK",
            {("PERSON", "HAUGEN"), ("PERSON", "HENRIK")},
        ),
        (
            (
                "ПАСПОРТ / PASSPORT\nПрізвище / Surname\nГриценко\nHRYTSENKO\nІм'я / Given names\n"
                "Катерина\nKATERYNA"
            ),
            {
                ("PERSON", "Гриценко"),
                ("PERSON", "Катерина"),
                ("PERSON", "KATERYNA"),
                ("PERSON", "HRYTSENKO"),
            },
        ),
        (
            "REISEPASS / PASSPORT\nName / Surname\nSCHNEIDER\nVornamen / Given names\nLUKAS",
            {("PERSON", "SCHNEIDER"), ("PERSON", "LUKAS")},
        ),
        (
            "DRIVING LICENCE\nName ;  KAMAU KIPTOO\nLicence No: DL-876041",
            {("PERSON", "KAMAU KIPTOO"), ("DRIVER_LICENSE", "DL-876041")},
        ),
        (
            "CARTEIRA NACIONAL DE HABILITAÇÃO\nNOME   SOUZA, RAIMUNDA",
            {("PERSON", "SOUZA, RAIMUNDA")},
        ),
        (
            "CARTE NATIONALE D'IDENTITÉ\nNom .  BERNARD\nPrénom(s)  ; NATHALIE",
            {("PERSON", "NATHALIE"), ("PERSON", "BERNARD")},
        ),
        ("SURAT KETERANGAN\nNama: INTAN LESTARI", {("PERSON", "INTAN LESTARI")}),
        ("Name  Version  Status\nnumpy  1.26.4  ok", set()),
    ],
    "roles": [
        (
            "The driver, Efua, never showed up and the app still charged my card.",
            {("PERSON", "Efua")},
        ),
        ("El repartidor, Wilson, no quiso esperar a que la revisara.", {("PERSON", "Wilson")}),
        ("The driver, however, was late again.", set()),
        ("The technician Sunday Eze also asked for my password.", {("PERSON", "Sunday Eze")}),
        ("Trainer: Sienna\nGoals: lose 5 kg before April", {("PERSON", "Sienna")}),
        ("Additional driver: Ngadiyem (licence on file)", {("PERSON", "Ngadiyem")}),
        ("Driver: NVIDIA", set()),
        ("driver: Postgres", set()),
    ],
    "births": [
        (
            (
                "PATENTE DI GUIDA\n1. LO BIANCO\n2. MATTEO\n3. 13 settembre 1956 Torino (TO)\n"
                "5. WQ5049937Y"
            ),
            {
                ("DRIVER_LICENSE", "WQ5049937Y"),
                ("PERSON", "MATTEO"),
                ("PERSON", "LO BIANCO"),
                ("DATE_OF_BIRTH", "13 settembre 1956"),
            },
        ),
        (
            "運 転 免 許 証\n氏名 加藤 健\n2007年5月18日生",
            {("DATE_OF_BIRTH", "2007年5月18日"), ("PERSON", "加藤 健")},
        ),
        (
            (
                "caller: hi\nagent: and your date of birth\n"
                "caller: july twenty seventh nineteen seventy four\nagent: thank you"
            ),
            {("DATE_OF_BIRTH", "july twenty seventh nineteen seventy four")},
        ),
        (
            (
                "caller: hi\nagent: and her date of birth\n"
                "caller: three seven nineteen seventy two\nagent: thanks"
            ),
            {("DATE_OF_BIRTH", "three seven nineteen seventy two")},
        ),
        (
            "caller: hi\nagent: and your date of birth\ncaller: one sec, let me check\nagent: sure",
            set(),
        ),
        ("the meeting is on 2024年5月18日 at the 生産 plant", set()),
    ],
    "phones read out": [
        (
            (
                "caller: and can i call you back on zero eight one three four zero double four "
                "three one six"
            ),
            {("PHONE_NUMBER", "zero eight one three four zero double four three one six")},
        ),
        (
            "caller: plus six one three seven seven one one two oh five one",
            {("PHONE_NUMBER", "plus six one three seven seven one one two oh five one")},
        ),
        ("one two three four five, here we go", set()),
    ],
    "addresses": [
        (
            "住所 京都府京都市左京区天神2-23-1 16号室",
            {("STREET_ADDRESS", "京都府京都市左京区天神2-23-1 16号室")},
        ),
        (
            "η διεύθυνση οδός Ακαδημίας 3, Τ.Κ. 611 29, Θεσσαλονίκη. Ευχαριστώ!",
            {
                ("STREET_ADDRESS", "Ακαδημίας 3, Τ.Κ. 611 29, Θεσσαλονίκη"),
                ("STREET_ADDRESS", "οδός"),
            },
        ),
    ],
    "phone rosters": [
        (
            "ত্রাণ বিতরণ তালিকা\n১. তানভীর আক্তার - 01796548990\n২. আরিফ আক্তার - 01911-881523",
            {
                ("PERSON", "তানভীর আক্তার"),
                ("PHONE_NUMBER", "01796548990"),
                ("PERSON", "আরিফ আক্তার"),
                ("PHONE_NUMBER", "01911-881523"),
            },
        ),
        ("অফিস - 01711117726", set()),
    ],
    "cues": [
        ("المندوب رشيد ما وصلش الطلب", {("PERSON", "رشيد")}),
        ("omg thank u merve🙏 the cake was perfect!!", {("PERSON", "merve")}),
        (
            "my name on the order is bilal sheikh and my number +92 300 7327757",
            {("PERSON", "bilal sheikh"), ("PHONE_NUMBER", "+92 300 7327757")},
        ),
        ("the name on the card is wrong", set()),
        (
            "Received from Rafael Costa the sum of R$ 3,345.00",
            {("PERSON", "Rafael Costa")},
        ),
        (
            "Hi po, si Lovely po ito, yung tenant sa Unit 26",
            {("PERSON", "Lovely"), ("STREET_ADDRESS", "Unit 26")},
        ),
        ("08.11.2022 16:00 - umbrella, no name.\nLogged by Taras", {("PERSON", "Taras")}),
        (
            "연락처: 02-765-0414. 담당 기사: 최준호",
            {("PERSON", "최준호"), ("PHONE_NUMBER", "02-765-0414")},
        ),
    ],
    "passenger names": [
        (
            (
                "SFUWYH\n 1.1KOSKINEN/JANNE MR  2.1NIEMINEN/MIKKO MR\n"
                " 3.1KOSKINEN/JOHANNA MSTR(CHD/29APR16)"
            ),
            {
                ("PERSON", "KOSKINEN/JANNE"),
                ("DATE_OF_BIRTH", "29APR16"),
                ("PERSON", "KOSKINEN/JOHANNA"),
                ("PERSON", "NIEMINEN/MIKKO"),
            },
        ),
        (
            "BOARDING PASS\nNAME OF PASSENGER\nSECK/R0KHAYA MS\nFROM DSS",
            {("PERSON", "SECK/R0KHAYA")},
        ),
        (
            (
                "Passenger manifest\n01  AKTER/TANVIR   14/01/1938   RT8230976   BGD\n"
                "02  LIU/WEI-LUN   13/03/2007   358764968   TWN"
            ),
            {("PERSON", "LIU/WEI-LUN"), ("PERSON", "AKTER/TANVIR")},
        ),
        ("configure INPUT/OUTPUT and TCP/IP before the flight", set()),
        ("Rooming list\nDBL/SV | TWN/OV | QUAD", set()),
    ],
    "chat exports and titles": [
        (
            (
                "2024년 12월 12일 오전 11:12, 오혜진 : 픽업 가능하실까요?\n"
                "2024년 12월 12일 오전 11:13, 오수아 : 네 가능해요"
            ),
            {("PERSON", "오혜진"), ("PERSON", "오수아")},
        ),
        (
            "06:21 陳欣怡: 過年圍爐訂在除夕\n06:22 蔡淑芬: 阿嬤說要吃佛跳牆",
            {("PERSON", "陳欣怡"), ("PERSON", "蔡淑芬")},
        ),
    ],
    "lists of people": [
        (
            "Table 3: Diego Cruz López (+1), the González family\nKids table: juan, itzel",
            {
                ("PERSON", "Diego Cruz López"),
                ("PERSON", "González"),  # (a household by its surname, since 1.23.0)
                ("PERSON", "juan"),
                ("PERSON", "itzel"),
            },
        ),
        (
            "Going (16): Mandla Khumalo, Karabo +1, thandiwe\nWaitlist: Bongani Mahlangu",
            {
                ("PERSON", "thandiwe"),
                ("PERSON", "Bongani Mahlangu"),
                ("PERSON", "Karabo"),
                ("PERSON", "Mandla Khumalo"),
            },
        ),
        (
            "Ioane is survived by Talia Tuala; children Iosefa (Lusia), Lagi and Tavita.",
            {
                ("PERSON", "Lusia"),
                ("PERSON", "Tavita"),
                ("PERSON", "Lagi"),
                ("PERSON", "Ioane"),
                ("PERSON", "Talia Tuala"),
                ("PERSON", "Iosefa"),
            },
        ),
        (
            "hijos, Constanza y Sebastián; nietos, Camila, Javiera",
            {
                ("PERSON", "Camila"),
                ("PERSON", "Sebastián"),
                ("PERSON", "Constanza"),
                ("PERSON", "Javiera"),
            },
        ),
        ("for children Books and Games are fun", set()),
        ("Summarize these messages from the class parents WhatsApp group", set()),
        (
            "Sat – Logan Chen & Étienne Nguyen – dal",
            {("PERSON", "Logan Chen"), ("PERSON", "Étienne Nguyen")},
        ),
        (
            "Baptisms: welcome to Adaeze Okoro, daughter of Uche & Aisha",
            {("PERSON", "Aisha"), ("PERSON", "Adaeze Okoro"), ("PERSON", "Uche")},
        ),
        ("I bought it at Marks & Spencer", set()),
    ],
    "births and keys": [
        (
            "10. Solongo Naran – pasaporte E5923784 – nac. 03/09/1952",
            {
                ("PASSPORT", "E5923784"),
                ("PERSON", "Solongo Naran"),
                ("DATE_OF_BIRTH", "03/09/1952"),
            },
        ),
        (
            "Einar Ólafsson, f. 25.02.1945, bóndi",
            {("PERSON", "Einar Ólafsson"), ("DATE_OF_BIRTH", "25.02.1945")},
        ),
        (
            "children: Ahmad Faiz (b. 23/07/1979), Nur Izzati (b. 2 September 1945)",
            {
                ("PERSON", "Ahmad Faiz"),
                ("DATE_OF_BIRTH", "23/07/1979"),
                ("PERSON", "Nur Izzati"),
                ("DATE_OF_BIRTH", "2 September 1945"),
            },
        ),
        ("a. 12/03/2020 b. 13/04/2021", set()),
        (
            (
                '{"text": "Date of expiry 24 Nov 2025\\n'
                "P<KORPARK<<SEO<YEON<<<<<<<<<<<<<<<<<<<<<<<<<\\n"
                'M287597550KOR4711074F2704070<<<<<<<<<<<<<<02\\nthanks"}'
            ),
            {("DATE_OF_BIRTH", "471107"), ("PERSON", "PARK<<SEO<YEON"), ("PASSPORT", "M28759755")},
        ),
        (
            "Rooming list\nType | Guest 1 | Guest 2\nDBL | NIMAL JAYASURIYA | JOAQUÍN BENÍTEZ",
            {("PERSON", "JOAQUÍN BENÍTEZ"), ("PERSON", "NIMAL JAYASURIYA")},
        ),
        (
            (
                "N°  Jugador/a               Nac.          Tutor/a              Teléfono\n"
                "1   Ximena Vázquez   01/02/2010   José Luis Sánchez   (81) 3564 8143"
            ),
            {
                ("PERSON", "José Luis Sánchez"),
                ("DATE_OF_BIRTH", "01/02/2010"),
                ("PHONE_NUMBER", "(81) 3564 8143"),
                ("PERSON", "Ximena Vázquez"),
            },
        ),
        ('File "/srv/app/billing.py", line 88, in send_invoice', set()),
        ("SURAT\n\u3000\nName", set()),
    ],
    "device owners": [
        (
            "DHCPACK on 10.108.98.248 to 7E:71:93:CE:33:9A (MacBook-Air-de-Arif) via vlan15",
            {
                ("IP_ADDRESS", "10.108.98.248"),
                ("MAC_ADDRESS", "7E:71:93:CE:33:9A"),
                ("PERSON", "Arif"),
            },
        ),
        (
            "Redmi-Note-12-de-Yong     30:10:9D:3E:D7:9D",
            {("PERSON", "Yong"), ("MAC_ADDRESS", "30:10:9D:3E:D7:9D")},
        ),
        ("Device Name:         Josef's iPhone", {("PERSON", "Josef")}),
        ("Apple's iPhone is expensive", set()),
        ("the company's laptop policy", set()),
        ("Today's phone call", set()),
        ("PC-de-bureau", set()),
    ],
}


@pytest.mark.parametrize(("text", "expected"), span_cases(TABLE))
def test_span_table(sanitizer: Sanitizer, text: str, expected: set[tuple[str, str]]) -> None:
    assert found(sanitizer, text) == expected


def test_a_long_line_after_a_name_key_is_read_in_one_pass() -> None:
    # every space of a line is a place where a key might end; a 150,000-character line
    # that opens with a name key once took minutes (each place re-read the line)
    from sanitizers.id_cards import id_card_names

    line = "Surname " + "A " * 75_000
    assert id_card_names(f"{line}\nGiven names LUKAS\nSurname SCHNEIDER") == [
        (150_021, 150_026, "PERSON", 0.8),
        (150_035, 150_044, "PERSON", 0.8),
    ]
