"""Span table for sanitizer 1.31.0.

- The name between a contact key and a phone number, in any language and script
  ("যোগাযোগ: মাহমুদ উদ্দিন, 01192694213", "Холбоо барих: Т. Мөнхбат +976 …"; not "Contact:
  Customer Service 0800 …", whose words are English).
- A letter's first line with a title on each side of the name and no greeting ("محترم
  عاطف صاحب،"), Thai's "เรียน นางสาว …"; a Chinese signer before 敬上 ("許俊傑 敬上"; not a
  group's "全體同仁 敬上" nor "小编 敬上").
- A dash signature with a role after the name ("- Mithila, events team"; not a team before
  its member: "-- Moderation, Andrea"), a mail merge's subject that opens with the
  reader's name, staff praised at the front desk, the friend a guest comes with.
- A birth year alone after a birth word of any language ("b. 1871", "born about 1882", "né
  vers 1900", "sinh năm 1933", "ولد سنة 1857"), before one ("1926年生", "1952 года
  рождения"), and the first year of a life's span after a full name ("(1947–2024)"; not a
  job's "(2019–2024)", nor "born 2000 years ago"); a birth date after a verb of being born
  (Finnish "synnyin", Polish "urodziłam się", German "bin am … in Berlin geboren", French
  "Le 24 août 1952, est né(e)"), a Korean lunar date, "9-Nov-1935" in a person's row.
- A PIN under a key ending in `_pin`, the code someone was sent, recovery codes after the
  colon of the sentence that names them; not a zip code.
- Addresses after the words for living and writing from in Swahili, German, French and
  English, after "invoice me at", condolences' "adressées au" and "Residence at time of
  application:".
- Initials that sign ("Signed: R.P."; not a date), a quoted nickname in brackets after a
  name (not a contract's defined term, nor a role: '("Tenant")'), "We called him Sbu",
  "the Stankevičius boy" (not "the Burna Boy gig").
- A research form's people: Kobo/ODK keys (`resp_name`, `hh_head`), an enumerator's login,
  a contact book's "Surname, Given" row (not "Acme, Inc"), a vCard logged in JSON, initials
  after "Collected back by", "I know as …", a nickname before "(real name …)"; a roster's
  date after "Checked:" is no birth; a birth record's father, mother and informant in
  Japanese and Arabic.
"""

from __future__ import annotations

import pytest
from conftest import found, span_cases

from sanitizers import Sanitizer

TABLE: dict[str, list[tuple[str, set[tuple[str, str]]]]] = {
    "the name after a contact key and before a phone number, in any script": [
        (
            "ติดต่อ: ณัฐพงษ์ ศรีสุข โทร 081-533-0353",
            {("PERSON", "ณัฐพงษ์ ศรีสุข"), ("PHONE_NUMBER", "081-533-0353")},
        ),
        (
            "যোগাযোগ: মাহমুদ উদ্দিন, 01192694213",
            {("PERSON", "মাহমুদ উদ্দিন"), ("PHONE_NUMBER", "01192694213")},
        ),
        (
            "தொடர்புக்கு: R. ரம்யா - 81286 41270",
            {("PERSON", "R. ரம்யா"), ("PHONE_NUMBER", "81286 41270")},
        ),
        (
            "Доставка завтра. Холбоо барих: Т. Мөнхбат +976 9912 1333",
            {("PERSON", "Т. Мөнхбат"), ("PHONE_NUMBER", "+976 9912 1333")},
        ),
        ("যোগাযোগ: Dr আক্তার 01557 565908।", {("PERSON", "আক্তার"), ("PHONE_NUMBER", "01557 565908")}),
        ("Contact: Customer Service 0800 123 4567", {("PHONE_NUMBER", "0800 123 4567")}),
        ("Contact: Zylo Helpdesk 0800 123 4567", {("PHONE_NUMBER", "0800 123 4567")}),
        ("संपर्क: +91 73999 16286", {("PHONE_NUMBER", "+91 73999 16286")}),
    ],
    "a letter's first line with a title on each side of the name, and Thai's เรียน": [
        ("محترم عاطف صاحب،\nآپ کا آرڈر SO-985994 تیار ہے۔", {("PERSON", "عاطف")}),
        ("เรียน นางสาว พงษ์ไพบูลย์\nขอบคุณที่แวะมาที่บูธของเรา", {("PERSON", "พงษ์ไพบูลย์")}),
        ("محترم صارفین،\nآپ کا آرڈر تیار ہے۔", set()),
    ],
    "a Chinese signer before 敬上": [
        ("您好：\n感謝您的支持。\n許俊傑 敬上", {("PERSON", "許俊傑")}),
        ("您好：\n感謝您。\n全體同仁 敬上", set()),
        ("您好：\n感谢您。\n小编 敬上", set()),
    ],
    "a dash signature with a role, a mail merge's subject, staff praised, a friend of a guest": [
        (
            "Thanks for your time. - Mithila, events team, 01212-193495",
            {("PERSON", "Mithila"), ("PHONE_NUMBER", "01212-193495")},
        ),
        (
            "Can I call you on 71 679 726? - سلطان عون, recruiting team",
            {("PERSON", "سلطان عون"), ("PHONE_NUMBER", "71 679 726")},
        ),
        ("Bitte löschen. -- Moderation, Andrea", {("PERSON", "Andrea")}),
        (
            'to=johansithole@outlook.com subject="Johan, your Solar Home 5kW is waiting" '
            "cart=SO-230277",
            {("EMAIL_ADDRESS", "johansithole@outlook.com"), ("PERSON", "Johan")},
        ),
        ("Subject: Welcome, your account is ready", set()),
        ('9 - "Eline at the front desk was amazing"', {("PERSON", "Eline")}),
        ('3 - "Waiting at the front desk was long"', set()),
        (
            "Walk-ins: Donghyun (friend of Sungmin), Minji Cho",
            {("PERSON", "Donghyun"), ("PERSON", "Minji Cho"), ("PERSON", "Sungmin")},
        ),
        ("He is a friend of Microsoft.", set()),
    ],
    "a birth year alone after a birth word, before one, and a life's span after a name": [
        (
            "Noah MacDonald (b. 1871, Saskatoon; d. 1954) m. Emma Wilson",
            {("DATE_OF_BIRTH", "1871"), ("PERSON", "Emma Wilson"), ("PERSON", "Noah MacDonald")},
        ),
        (
            "my great-grandfather Einar Gunnarsson, born about 1882 in a fishing village.",
            {("DATE_OF_BIRTH", "1882"), ("PERSON", "Einar Gunnarsson")},
        ),
        (
            "mon arrière-grand-père Ismaël Kouassi, né vers 1900 à Bouaké",
            {("DATE_OF_BIRTH", "1900"), ("PERSON", "Ismaël Kouassi")},
        ),
        (
            "Tôi tên Phạm Bích Hà, sinh năm 1933.",
            {("DATE_OF_BIRTH", "1933"), ("PERSON", "Phạm Bích Hà")},
        ),
        (
            "أبحث عن معلومات عن جدي حسن مصطفى، ولد سنة 1857 في البصرة.",
            {("DATE_OF_BIRTH", "1857"), ("PERSON", "حسن مصطفى")},
        ),
        (
            "סבא רבא שלי, שמעון ביטון, שנולד ב-1896 בחיפה.",
            {("DATE_OF_BIRTH", "1896"), ("PERSON", "שמעון ביטון")},
        ),
        (
            "長女 中村恵子（1926年生、2017年没）",
            {("PERSON", "中村恵子"), ("DATE_OF_BIRTH", "1926")},
        ),
        (
            "Ирина Николаевна Белоусова, 1952 года рождения",
            {("DATE_OF_BIRTH", "1952"), ("PERSON", "Ирина Николаевна Белоусова")},
        ),
        (
            "In Memoriam — Cheng Mei-ling (1947–2024)",
            {("DATE_OF_BIRTH", "1947"), ("PERSON", "Cheng Mei-ling")},
        ),
        ("Software engineer Anna Lima (2019–2024) led it.", {("PERSON", "Anna Lima")}),
        (
            "Busco a mi bisabuelo, nacido en Madrid hacia 1891.",
            {("DATE_OF_BIRTH", "1891")},
        ),
        ("Jesus was born 2000 years ago; the 1990s; fattura n. 1965", set()),
    ],
    "a birth date after a verb of being born, and before one": [
        ("V: Minä synnyin 20. kesäkuuta 1999 (Turku).", {("DATE_OF_BIRTH", "20. kesäkuuta 1999")}),
        ("Народилася 13 лютого 1935 р. Мій чоловік", {("DATE_OF_BIRTH", "13 лютого 1935 р.")}),
        (
            "B: Nazywam się Michał Zieliński, urodziłam się 25 stycznia 1938 r. w Lublin.",
            {("DATE_OF_BIRTH", "25 stycznia 1938 r."), ("PERSON", "Michał Zieliński")},
        ),
        (
            "Ich heiße Jürgen Wagner, bin am 4. Oktober 1970 in Berlin geboren.",
            {("DATE_OF_BIRTH", "4. Oktober 1970"), ("PERSON", "Jürgen Wagner")},
        ),
        (
            "Le 24 août 1952, est né(e) à Mbuji-Mayi : TSHIBANDA Dieudonné",
            {("DATE_OF_BIRTH", "24 août 1952"), ("PERSON", "TSHIBANDA Dieudonné")},
        ),
        (  # (a surname and a listed given name are a person's since 1.32.0)
            "박영수 (음력 1880년 12월 28일 생)",
            {("DATE_OF_BIRTH", "음력 1880년 12월 28일"), ("PERSON", "박영수")},
        ),
        ("Le 1er juillet 1965, est né(e) à Paris.", {("DATE_OF_BIRTH", "1er juillet 1965")}),
        ("Wir treffen uns am 4. Oktober 2025 in Berlin.", set()),
        (
            "My details: Kofi Osei, 9-Nov-1935, +233 (0)55 141 6363.",
            {
                ("DATE_OF_BIRTH", "9-Nov-1935"),
                ("PERSON", "Kofi Osei"),
                ("PHONE_NUMBER", "+233 (0)55 141 6363"),
            },
        ),
    ],
    "a PIN under a key, the code someone was sent, recovery codes after a colon": [
        ("admin_pin = 4830", {("PASSWORD", "4830")}),
        ("The code they sent to her phone yesterday is 504896.", {("PASSWORD", "504896")}),
        (
            "Recovery codes in the shared doc: ktwp-cyxo, 1gqs-rp64.",
            {("PASSWORD", "1gqs-rp64"), ("PASSWORD", "ktwp-cyxo")},
        ),
        ("the zip code we got is 94105", set()),
    ],
    "an address after the words for living, writing from, invoicing, a wake, condolences": [
        (
            "Binti yangu anaishi Nyumba Na. 91, Mbezi Beach, Dar es Salaam, "
            "simu yake ni 0745 538 378.",
            {
                ("PHONE_NUMBER", "0745 538 378"),
                ("STREET_ADDRESS", "Nyumba Na. 91, Mbezi Beach, Dar es Salaam"),
            },
        ),
        (
            "Wohne jetzt c/o Weber, Schillerstraße 166, 10507 Berlin.",
            {("STREET_ADDRESS", "c/o Weber, Schillerstraße 166, 10507 Berlin")},
        ),
        (
            "Please invoice me at Unit 15, No. 120, Hafez Street, Tehran 41870-62106. "
            "I can pay by card.",
            {("STREET_ADDRESS", "Unit 15, No. 120, Hafez Street, Tehran 41870-62106")},
        ),
        (
            "Les condoléances peuvent être adressées au n° 97, Avenue des Aviateurs, "
            "Quartier Himbi, Goma.",
            {("STREET_ADDRESS", "n° 97, Avenue des Aviateurs, Quartier Himbi, Goma")},
        ),
        (
            "Residence at time of application: Mtaa wa Samora, Nyumba Na. 7, Kariakoo, Mwanza",
            {("STREET_ADDRESS", "Mtaa wa Samora, Nyumba Na. 7, Kariakoo, Mwanza")},
        ),
    ],
    "initials that sign, a nickname, the X boy": [
        ("Signed: R.P.      Date: 30-11-2022", {("PERSON", "R.P.")}),
        ("- Editor sign-off: L.R.", {("PERSON", "L.R.")}),
        ("Signed: 2022-12-10", set()),
        (
            'Her son Tinashe Dube ("Sbu") translated from Serbian.',
            {("PERSON", "Sbu"), ("PERSON", "Tinashe Dube")},
        ),
        (
            'This lease is between Lilita Jaunzems ("Tenant") and the owner.',
            {("PERSON", "Lilita Jaunzems")},
        ),
        ('Acme Ltd ("Acme") agrees.', set()),
        ("We called him Sbu back then.", {("PERSON", "Sbu")}),
        (
            "your sister Inga is married now, to the Stankevičius boy.",
            {("PERSON", "Inga"), ("PERSON", "Stankevičius")},
        ),
        ("the Apple boy", set()),
        ("I bought 2 tickets for the Burna Boy gig", set()),
    ],
    "a research form's people: Kobo keys, an enumerator's login, a contact book's rows, "
    "a vCard in JSON": [
        (
            '{"group_resp/resp_name": "Ana Lagi Aiono", "group_resp/hh_head": "Tavita Su\'a", '
            '"group_loc/village": "Leulumoega"}',
            {("PERSON", "Ana Lagi Aiono"), ("PERSON", "Tavita Su'a")},
        ),
        (
            "form_id=u_61862476 enumerator=rfarkas device_mac=2b:bb:91:f3:d1:4e",
            {("MAC_ADDRESS", "2b:bb:91:f3:d1:4e"), ("PERSON", "rfarkas")},
        ),
        (
            "Contact book export:\n"
            "Bakker, Jan; translator; +31 (0)20 951 2210; notes: only call after 16:15\n"
            "Acme, Inc; supplier; +31 (0)20 951 2211",
            {
                ("PERSON", "Bakker, Jan"),
                ("PHONE_NUMBER", "+31 (0)20 951 2210"),
                ("PHONE_NUMBER", "+31 (0)20 951 2211"),
            },
        ),
        (
            '{"content": "BEGIN:VCARD\\nVERSION:3.0\\nN:dos Santos Lima;Francisco Lucas;;;\\n'
            'FN:Francisco Lucas dos Santos Lima\\nEND:VCARD"}',
            {
                ("PERSON", "Francisco Lucas dos Santos Lima"),
                ("PERSON", "dos Santos Lima;Francisco Lucas"),
            },
        ),
        ("Signature: V.Ž.", {("PERSON", "V.Ž.")}),
        ("Collected back by H.S. on 16-02-2023.", {("PERSON", "H.S.")}),
        ("One of them I know as Hamzouz, the son of a neighbour.", {("PERSON", "Hamzouz")}),
        (
            "Robert GONZALEZ\nPhoenix, AZ | (692) 741-6547 | rgonzalez@aol.com",
            {
                ("PERSON", "Robert GONZALEZ"),
                ("PHONE_NUMBER", "(692) 741-6547"),
                ("EMAIL_ADDRESS", "rgonzalez@aol.com"),
            },
        ),
        (
            "Fluffy (real name Tashana Brown) says the box is here",
            {("PERSON", "Fluffy"), ("PERSON", "Tashana Brown")},
        ),
        (
            "Enumerator signature: R.V.   Checked: 2022-12-10\n"
            "1. Rohit Chauhan — head — born 31-Mar-2004\n"
            "2. Neha Verma — wife — born 14-Aug-1964",
            {
                ("DATE_OF_BIRTH", "14-Aug-1964"),
                ("DATE_OF_BIRTH", "31-Mar-2004"),
                ("PERSON", "Neha Verma"),
                ("PERSON", "R.V."),
                ("PERSON", "Rohit Chauhan"),
            },
        ),
    ],
    "a birth record's father, mother and informant in other scripts": [
        (
            "氏名：田中拓也\n父：中村浩\n母：渡辺陽子\n届出人：鈴木一郎",
            {
                ("PERSON", "中村浩"),
                ("PERSON", "渡辺陽子"),
                ("PERSON", "田中拓也"),
                ("PERSON", "鈴木一郎"),
            },
        ),
        (
            "اسم الأب: أيوب بناني\nاسم الأم: مريم نادية برادة",
            {("PERSON", "أيوب بناني"), ("PERSON", "مريم نادية برادة")},
        ),
    ],
}


@pytest.mark.parametrize(("text", "expected"), span_cases(TABLE))
def test_span_table(sanitizer: Sanitizer, text: str, expected: set[tuple[str, str]]) -> None:
    assert found(sanitizer, text) == expected
