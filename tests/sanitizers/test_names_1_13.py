"""Span table for sanitizer 1.13.0: names with no key before them, as the tenth unseen set
writes them. Lowercase names after a relation or a request ("my husband robert", "tell
marek"); people met, mentored or doing what software does not ("Hakim is out", "Mekdes
notified", "Krishnan only touched the tests"); two people joined by "and"; "tell X" in
other languages; Finnish, Polish, Hungarian, Turkish, Russian, Ukrainian and Greek names
in their case forms; chat logs whose speakers are logins; a spreadsheet's rows pasted
without their header; YAML lists of reviewers; "Tyler GREEN"; a record's name beside its
phone; `git blame` authors; addresses, dates of birth and keys in Georgian, Armenian,
Bengali, Polish, Hungarian, Czech, Filipino and Persian, Canadian postcodes, a licence
number after a dotted leader; chat exports' full names before a time, GEDCOM records,
asides and calendar invites; addresses in Japanese, Chinese, Russian, Hebrew, Arabic and
Korean by their shape; dates of birth in Hindi, Bengali digits and Hungarian; passwords
after "pw", in numbered keys and in a chat's answer; door codes. Near-misses: English
words after the same cues, products beside names, departments after a role, form keys,
log labels, SQL variables, a table with its header, package lists, acronyms after a first
name, a time zone after a plus sign, dates that are no birth dates, a log's timestamp."""

from __future__ import annotations

import pytest
from conftest import found, span_cases

from sanitizers import Sanitizer

TABLE: dict[str, list[tuple[str, set[tuple[str, str]]]]] = {
    "lowercase cues": [
        ("tell marek the build is green", {("PERSON", "marek")}),
        ("ask robert if he can come on friday", {("PERSON", "robert")}),
        (
            "pickup at 17 Birchwood Dr, Austin, TX 78723. ask for my husband robert, "
            "call/text 713.506.7086.",
            {
                ("PERSON", "robert"),
                ("PHONE_NUMBER", "713.506.7086"),
                ("STREET_ADDRESS", "17 Birchwood Dr, Austin, TX 78723"),
            },
        ),
        # English words after the same cues
        ("ask questions about the api first", set()),
        ("my husband will pick me up later", set()),
        ("> nuraisyah_b: my uncle knows one\n> x: ok", set()),
    ],
    "people doing things": [
        ("Reminder that Hakim is out from tomorrow (parental leave).", {("PERSON", "Hakim")}),
        (
            "Actions: key revoked at 2023-02-13T17:37:10Z; Mekdes notified; CloudTrail reviewed.",
            {("PERSON", "Mekdes")},
        ),
        (
            "This year I led the Cassandra migration with Eoin and Saravanan.",
            {("PERSON", "Eoin"), ("PERSON", "Saravanan")},
        ),
        (
            "led the Julia-to-Python migration, mentored Nicoară and Obinna, cut AWS spend.",
            {("PERSON", "Nicoară"), ("PERSON", "Obinna")},
        ),
        ("Mention that Christopher will take over.", {("PERSON", "Christopher")}),
        (
            "I think R. McAllister wrote the parser; Krishnan only touched the tests.",
            {("PERSON", "R. McAllister"), ("PERSON", "Krishnan")},
        ),
        ("the BTC went to the wrong address, Noam lost the seed", {("PERSON", "Noam")}),
        (
            "Customer Faith Little called at 13:20 asking why her card was locked",
            {("PERSON", "Faith Little")},
        ),
        # products beside a name, a department after a role, a comparison
        ("Presto is a small wrapper around Serilog and Morgan.", set()),
        ("The Python moved in 2020 to a new release", set()),
        ("Customer Service was great, the Client Portal was not", set()),
        ("our client Oakridge Credit Union is in copy", set()),
        ("Is Ava better than Mattermost?", set()),
    ],
    "other languages": [
        ("Dile a Wojtek que el build ya pasó.", {("PERSON", "Wojtek")}),
        ("Zeg tegen Thijs dat de build weer groen is.", {("PERSON", "Thijs")}),
        ("Tolong kabari Dimas ya, rapat besok jam 14:30.", {("PERSON", "Dimas")}),
        ("Sain eilen viestin: Villellä on kuulemma uusi numero.", {("PERSON", "Villellä")}),
        (
            "Mehmet Yılmaz'ın dosyası eksik, IBAN numarasını Serkan'a gönderdim",
            {("PERSON", "Mehmet Yılmaz'ın"), ("PERSON", "Serkan")},
        ),
        (
            "Dzień dobry, proszę o kontakt z panią Dąbrowską w sprawie zamówienia",
            {("PERSON", "Dąbrowską")},
        ),
        (
            "Вчора бачив Оксану на Хрещатику, передавав вітання Богданові.",
            {("PERSON", "Оксану"), ("PERSON", "Богданові")},
        ),
        ("hunter2!Xy — только не говори Ивану", {("PERSON", "Ивану")}),
        (
            "Το αυτοκίνητο της Σοφίας είναι στο συνεργείο, πάρε τηλέφωνο τον Παναγιώτη.",
            {("PERSON", "Σοφίας"), ("PERSON", "Παναγιώτη")},
        ),
        # a form's key, a contraction, a sentence of places and things
        ("Namn: Karin Nilsson", {("PERSON", "Karin Nilsson")}),
        ("Don't forget the keys", set()),
        ("Мы обсудили Проекта и Отчету с Москвой и Европой.", set()),
    ],
    "speakers, rows and lists": [
        (
            "> ekaterine99: does anyone know a good plumber in istanbul\n"
            "> nuraisyah_b: my cousin does, hes legit\n> ekaterine99: thx!! will message him",
            {("PERSON", "ekaterine99"), ("PERSON", "nuraisyah_b")},
        ),
        ("worker-1: started\nworker-2: started\nworker-1: done", set()),
        (
            "paste from the sheet:\nMcCarthy\tTadhg\t(807) 330-0869\tpaid\t2074.19\n"
            "Nováková\tPetra\t836-327-1815\tunpaid\t2630.21",
            {
                ("PERSON", "McCarthy"),
                ("PERSON", "Tadhg"),
                ("PERSON", "Nováková"),
                ("PERSON", "Petra"),
                ("PHONE_NUMBER", "(807) 330-0869"),
                ("PHONE_NUMBER", "836-327-1815"),
            },
        ),
        # under a header, the column names judge: roles are no names
        (
            "Name | Role | Phone\nMin Noe | PM | +371 67 314 770\n"
            "Barry Evans | QA | +57 304 066 0691",
            {
                ("PERSON", "Min Noe"),
                ("PERSON", "Barry Evans"),
                ("PHONE_NUMBER", "+371 67 314 770"),
                ("PHONE_NUMBER", "+57 304 066 0691"),
            },
        ),
        (
            "reviewers:\n  - cookm\n  - amber.long\n  - team-platform\nowners:\n  - sre",
            {("PERSON", "cookm"), ("PERSON", "amber.long")},
        ),
        ("dependencies:\n  - numpy\n  - pandas", set()),
        (
            "Mon: Tyler GREEN, Madison FOX\nWed: Hollie Wright, Alistair ASHWORTH",
            {
                ("PERSON", "Tyler GREEN"),
                ("PERSON", "Madison FOX"),
                ("PERSON", "Hollie Wright"),
                ("PERSON", "Alistair ASHWORTH"),
            },
        ),
        ("Julia API docs and the Ruby SDK", set()),
        (
            "@joy_moss it's the nightly reindex, @brooklyn28 said she'd look at it",
            {("PERSON", "joy_moss"), ("PERSON", "brooklyn28")},
        ),
        ("INSERT INTO t VALUES (@a, @b, @c)", set()),
        (
            '{"customer": {"name": "Lincoln White", "phone": "+1 415 555 0199"}}',
            {("PERSON", "Lincoln White"), ("PHONE_NUMBER", "+1 415 555 0199")},
        ),
        ('{"name": "build and test", "os": "linux"}', set()),
        (
            "88e4281863d38b6aef4dbd583006d094a4f50409 (Bethany Hughes 2024-10-03 04:56:24 "
            "+0200 212)   if retries > 3:",
            {("PERSON", "Bethany Hughes")},
        ),
        ("Ask Sarah Manager about it", {("PERSON", "Sarah")}),
        ("that's Jim's old ThinkPad, not the Philips kit", {("PERSON", "Jim")}),
        (
            "the officer wrote it down and let Imogen go with a warning",
            {("PERSON", "Imogen")},
        ),
        ("the W-2 I emailed Holly had my SSN on it", {("PERSON", "Holly")}),
        ("I called Support about it and let Python run", set()),
    ],
    "addresses, dates of birth, documents": [
        (
            "ტელეფონი: 554 57 14 29\nმისამართი: რუსთაველის გამზირი 80, ბინა 9, ქუთაისი",
            {
                ("PHONE_NUMBER", "554 57 14 29"),  # the Georgian phone key (1.14.0)
                ("STREET_ADDRESS", "რუსთაველის გამზირი 80, ბინა 9, ქუთაისი"),
            },
        ),
        (
            "Հասցե՝ Թումանյան փողոց 40, բն. 47, Վանաձոր",
            {("STREET_ADDRESS", "Թումանյան փողոց 40, բն. 47, Վանաձոր")},
        ),
        (
            "ঠিকানা: বাড়ি 44, মিরপুর রোড, চট্টগ্রাম ১২০৫",
            {("STREET_ADDRESS", "বাড়ি 44, মিরপুর রোড, চট্টগ্রাম ১২০৫")},
        ),
        (
            "adres do wysyłki: al. Słoneczna 89 m. 20, 40-515 Warszawa.",
            {("STREET_ADDRESS", "al. Słoneczna 89 m. 20, 40-515 Warszawa")},
        ),
        (
            "Address for the invites: 53 Queen St E, Vancouver, ON Q9W 9X4",
            {("STREET_ADDRESS", "53 Queen St E, Vancouver, ON Q9W 9X4")},
        ),
        (
            "Ship to 12 Main St, Portland OR 97201 please",
            {("STREET_ADDRESS", "12 Main St, Portland OR 97201")},
        ),
        ("We met at 12 Main St, IN THE morning", {("STREET_ADDRESS", "12 Main St")}),
        ("დაბადების თარიღი: 25 მარტი, 1949", {("DATE_OF_BIRTH", "25 მარტი, 1949")}),
        (
            "a születési dátum rossz: 1989. szeptember 15.",
            {("DATE_OF_BIRTH", "1989. szeptember 15.")},
        ),
        (
            "Markéta Veselá, nar. 23. srpna 1968, bydliště Praha",
            {("PERSON", "Markéta Veselá"), ("DATE_OF_BIRTH", "23. srpna 1968")},
        ),
        ("Kaarawan: August 27, 1997", {("DATE_OF_BIRTH", "August 27, 1997")}),
        ("تاریخ تولد: ۱۹۷۲/۰۸/۲۷", {("DATE_OF_BIRTH", "۱۹۷۲/۰۸/۲۷")}),
        # dates of the same shapes that are no birth dates
        ("Meeting on 2024. március 3. and the ledger closed 3. března 2024", set()),
        (
            "Name ......... Levan Lomidze\nDriver licence . 75784485\nVehicle ...... hatchback",
            {("PERSON", "Levan Lomidze"), ("DRIVER_LICENSE", "75784485")},
        ),
    ],
    "later shapes": [
        (
            "Jacob Adams  9:41 AM\n@esperanza86 approve the PR",
            {("PERSON", "Jacob Adams"), ("PERSON", "esperanza86")},
        ),
        (
            "Rewrite this email from Hyun-woo Han so it sounds more professional",
            {("PERSON", "Hyun-woo Han")},
        ),
        (
            '> From: "Rusty Winter" <rwinter@cloverleaf.co>',
            {("PERSON", "Rusty Winter"), ("EMAIL_ADDRESS", "rwinter@cloverleaf.co")},
        ),
        (
            "Group 2: Margaux Bernard, Tahmina Chaudhry, Xinyi Sun",
            {
                ("PERSON", "Margaux Bernard"),
                ("PERSON", "Tahmina Chaudhry"),
                ("PERSON", "Xinyi Sun"),
            },
        ),
        (
            "1 NAME Mekdes /Assefa/\n1 SEX F\n1 BIRT\n2 DATE 29 MAR 1938\n"
            "1 DEAT\n2 DATE 3 JAN 2001",
            {("PERSON", "Mekdes /Assefa/"), ("DATE_OF_BIRTH", "29 MAR 1938")},
        ),
        ("The ISP support guy, Nasiru, said my IPv6 is broken", {("PERSON", "Nasiru")}),
        (
            "Invitation: Coffee chat Dominic <> Saafir\nWhen: Tuesday",
            {("PERSON", "Dominic"), ("PERSON", "Saafir")},
        ),
        (
            "Surname: OKAFOR      Given names: Holly\nNationality: Mexican",
            {("PERSON", "OKAFOR"), ("PERSON", "Holly")},
        ),
    ],
    "addresses in their own scripts": [
        (
            "Tel 090-3310-2562\n〒530-0001 大阪府大阪市北区梅田16-9-14 ハイツ青山1009",
            {
                ("PHONE_NUMBER", "090-3310-2562"),
                ("STREET_ADDRESS", "〒530-0001 大阪府大阪市北区梅田16-9-14 ハイツ青山1009"),
            },
        ),
        (
            "pickup at 鼓楼区建国路17号翠苑二区9单元",
            {("STREET_ADDRESS", "鼓楼区建国路17号翠苑二区9单元")},
        ),
        (
            "по адресу ул. Ленина, д. 10, кв. 89, Новосибирск, 300432 уже неделю",
            {("STREET_ADDRESS", "ул. Ленина, д. 10, кв. 89, Новосибирск, 300432")},
        ),
        (
            "הכתובת: רחוב אלנבי 29, דירה 17, חיפה 4298980. לשאלות",
            {("STREET_ADDRESS", "רחוב אלנבי 29, דירה 17, חיפה 4298980")},
        ),
        (
            "هل ما زلت تسكن في 57 شارع الملك فهد، الدمام؟",
            {("STREET_ADDRESS", "57 شارع الملك فهد، الدمام")},
        ),
        (
            "주소 경기도 성남시 분당구 판교역로 216, 3805호 (13192) 입니다.",
            {("STREET_ADDRESS", "경기도 성남시 분당구 판교역로 216, 3805호 (13192)")},
        ),
        (
            "I will be coming by 55 Griffith Avenue, Dublin 9, D09 E9A6 on Monday",
            {("STREET_ADDRESS", "55 Griffith Avenue, Dublin 9, D09 E9A6")},
        ),
        (
            "Adressen är Linnégatan 1, lgh 1303, 247 83 Uppsala.",
            {("STREET_ADDRESS", "Linnégatan 1"), ("STREET_ADDRESS", "lgh 1303, 247 83 Uppsala")},
        ),
        # a date in Japanese, a meeting in Hungarian: no address
        ("2024年3月15日に東京都で会議があります。", set()),
        ("We met at 12 Main St, then went home - it was late", {("STREET_ADDRESS", "12 Main St")}),
    ],
    "dates of birth and passwords": [
        (
            "On August 28, 2026, Andrey Kozlov (DOB 05/09/1950) opened an account",
            {("PERSON", "Andrey Kozlov"), ("DATE_OF_BIRTH", "05/09/1950")},
        ),
        ("मेरी जन्म तिथि 6 सितंबर 1953 है।", {("DATE_OF_BIRTH", "6 सितंबर 1953")}),
        ("জন্ম তারিখ: ২৭/০৭/১৯৫২", {("DATE_OF_BIRTH", "২৭/০৭/১৯৫২")}),
        (
            "a születési dátum rossz: 1955. 08. 01.",
            {("DATE_OF_BIRTH", "1955. 08. 01.")},
        ),
        (
            "[00:00:05] AGENT: Could you confirm your date of birth?\n"
            "[00:00:09] PAOLO DELA CRUZ: Sure, it's October 7, 1947.",
            {
                ("PERSON", "PAOLO DELA CRUZ"),
                ("PERSON", "AGENT"),
                ("DATE_OF_BIRTH", "October 7, 1947"),
            },
        ),
        ("DOB: 1985-07-16, issued on 2025-09-13", {("DATE_OF_BIRTH", "1985-07-16")}),
        ("Release 2024. 08. 01. shipped", set()),
        (
            "the router admin password is Buster048& and that is all",
            {("PASSWORD", "Buster048&")},
        ),
        ("password1 = 'Sunfl0wer!90'", {("PASSWORD", "Sunfl0wer!90")}),
        (
            "<!-- TODO remove before launch: admin pw Blossom1779? -->",
            {("PASSWORD", "Blossom1779?")},
        ),
        (
            "Skye: hey can u text me the wifi pw\nHenrike: its I53p=PawrL4G94G-!u*\nSkye: ty",
            {("PASSWORD", "I53p=PawrL4G94G-!u*"), ("PERSON", "Skye"), ("PERSON", "Henrike")},
        ),
        ("Door code: 411790, see you", {("PASSWORD", "411790")}),
        # a password's word without a password, a log's timestamp after "password"
        ("the password is required for login", set()),
        ("wifi is down again", set()),
        ("sshd[1]: Failed password for root\n2024-02-17 02:29:56,255 sshd[57107]: ok", set()),
    ],
}


@pytest.mark.parametrize(("text", "expected"), span_cases(TABLE))
def test_span_table(sanitizer: Sanitizer, text: str, expected: set[tuple[str, str]]) -> None:
    assert found(sanitizer, text) == expected
