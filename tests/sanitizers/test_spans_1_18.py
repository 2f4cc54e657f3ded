"""Span table for sanitizer 1.18.0.

- A rarer first name before a surname the dictionary holds only as a noun ("awarded to
  Isla Mackenzie": WordNet's nouns hold many surnames, "mackenzie", "macleod"), a
  hyphenated first name before its surname ("Klaus-Dieter Schmidt"), and the particle
  rule no longer reaches into a lowercase word ("départ de Jean-Luc Martin").
- NER's person spans in a line of another language keep their capitalized words: "llevar
  mañana" (no capital) is no name, "Carmen al médico porque" is "Carmen", "van Leeuwen"
  keeps its particle; there "a" before a name is no article ("llevar a Carmen", "visitar
  a Joana"); "su" is a command only where a command starts ("a su madre." is no login).
- A listed first name that is an English word too, capitalized inside a sentence of
  another language ("kleinzoon Sander", "la tía Pilar"); a time of day written with a dot
  ("om 14.00 uur") no longer makes a sentence technical.
- A birth date with its month in words under a key that names it ("Datum rođenja: 11.
  kolovoza 2010."), and after a name's "(* " or Finnish "(s. " ("Stefan Hoffmann (* 19.
  Dezember 2002)").
- A postcode and town under their joint key ("PLZ/Ort:", "Postnr./sted:", "C.P. y
  localidad:", "Postcode en woonplaats:"), a street under its own ("Straße:", "Calle:").
- A form's columns split by ideographic spaces ("성명: 신민준\u3000\u3000사번: 873928"); whose
  name a Chinese, Japanese or Korean form asks for ("员工姓名：", "緊急聯絡人：", "报警人：",
  "임차인:"); a role's first or last name in snake_case ("applicant_first=Marcus").
- An address under its key in more languages ("Aadress:", "Residenza:", "Wohnung:",
  "Nơi tạm trú:", "Adresse pour l'envoi :").
- A password before a semicolon ("the wifi password is Pineapple_43; the flat ..."), after
  "is now" ("guest wifi pw is now Lumi3r366"), changed to random letters ("changed my
  password to EVvkNEChws") or after its word ("pwd VyUVLPUzCp"); a code or a combination
  said to be something ("the coffee machine code is 9918", "the vault combination is
  2910-816733").
- A chat export's time with a narrow no-break space before its AM or PM, as iOS writes it
  ("5/7/22, 4:13\u202fPM - 98414 15496: Hi", "3/20/25, 9:06\u202fPM - Dawn: ..."); a
  phone number after the French "numéro" (not an order's: "numéro de commande").
- A soft hyphen, a zero-width space or a byte order mark inside or before a word no longer
  splits it ("Frau Habe\u00adrkorn", "Jan \ufeffKučera"); findings map back over them.
- A driving licence named in the words of more languages ("ökuskírteini nr.", "prawem jazdy
  nr", "carta de condução n.º", "Vezetői engedély száma:", a form's "DL/ID NUMBER:"), and
  the letter and eleven digits of a US state's grouping ("Z29-246-03-980-6").
- A birth date under a key in more languages ("Data de naixement", "Datum rojstva",
  "Dátum narodenia", "Дата на раждане", "dzimis/-usi", "γεννηθείς/είσα", "gebore"), with
  its numbers spaced ("13 10 1967", "27. 10. 1962") or a Thai form's Buddhist-era year
  ("เกิดวันที่: 05/11/2489").
- A password under a key of another language or a Wi-Fi key's psk, unquoted
  ("VPN-Startpasswort: Sommer@eBhU4", "wifi_psk=quartz-pixel-cobalt-67"), reset "to
  temporary value ..."; a Litecoin or Dogecoin address (its checksum decides); a passport
  number under its key in more languages ("পাসপোর্ট নম্বর:", "номер паспорта:").
- A bilingual form's key, the other language first ("氏名 / Name：", "성명 / Name:"), a
  name's value ending at " / " ("박성민 / PARK Sung-min"); a second name, a middle initial,
  a patronymic under its key ("отчество", "Second name:"); a password after "pass:"; demo
  and test accounts are no person's logins ("demo-admin").
- A form's key is no name: in a text of four key lines or more, none repeated, half of
  them with a typed value, a one-word key before its colon and a short value that the text
  names nowhere else ("Geburtsort:       Bern"); a chat's speakers come back or talk, and
  stay ("Ionuț: venim toți!" … "Ionuț confirmă"); Italian "Recapito" announces a phone.
- A date under a birth key is judged by the value alone, never by today's date: the same
  text is sanitized the same way on every run (a date still to come, an expected birth, is
  taken; a month that no calendar has is not).

Near-misses: a town after a preposition of another language, a rarer first name before a
place's or a company's word, an impossible month under a birth key, a date under a key
that names no birth."""

from __future__ import annotations

import pytest
from conftest import found, span_cases

from sanitizers import Sanitizer

INCLUDES: dict[str, list[tuple[str, set[tuple[str, str]]]]] = {
    "a rarer or hyphenated first name before its surname": [
        (
            "This year's scholarship has been awarded to Isla Mackenzie, a first student.",
            {("PERSON", "Isla Mackenzie")},
        ),
        (
            "Dariush's dad, Klaus-Dieter Schmidt, had to wade in.",
            {("PERSON", "Klaus-Dieter Schmidt")},
        ),
    ],
    "a phone after Italian Recapito": [
        (
            "IBAN: IT53 X775 8103 6049 1162 4149 413\nRecapito: 310-2318751",
            {("PHONE_NUMBER", "310-2318751")},
        ),
    ],
    "birth dates in words under their key, a name's star": [
        (
            "Ime i prezime djeteta: SNJEŽANA MATIĆ\nDatum rođenja: 11. kolovoza 2010.",
            {("DATE_OF_BIRTH", "11. kolovoza 2010")},
        ),
        (
            "Mieter: Stefan Hoffmann (* 19. Dezember 2002) und Christos Makris",
            {("DATE_OF_BIRTH", "19. Dezember 2002")},
        ),
        (
            '"Hei, Joonas (s. 15. elokuuta 2018) on ollut kipeänä',
            {("DATE_OF_BIRTH", "15. elokuuta 2018")},
        ),
    ],
    "an address under its key": [
        (
            "Documento: passaporto n. YB2659042\nResidenza: Via dei Mille 61/A, 20174 Milano MI",
            {("STREET_ADDRESS", "Via dei Mille 61/A, 20174 Milano MI")},
        ),
        (
            "Mieter: Stefan Hoffmann\nWohnung: Bergstraße 68b, 79619 Freiburg im Breisgau",
            {("STREET_ADDRESS", "Bergstraße 68b, 79619 Freiburg im Breisgau")},
        ),
        (
            "Ngày sinh: 21/6/1986\nNơi tạm trú: Căn hộ E7-95, Số 4 đường Điện Biên Phủ, Hà Nội",
            {("STREET_ADDRESS", "Căn hộ E7-95, Số 4 đường Điện Biên Phủ, Hà Nội")},
        ),
    ],
    "passwords and codes in prose": [
        (
            "the keys are with the neighbour; the wifi password is Pineapple_43; the flat is 3B.",
            {("PASSWORD", "Pineapple_43")},
        ),
        ("done, guest wifi pw is now Lumi3r366", {("PASSWORD", "Lumi3r366")}),
        ("I changed my password to EVvkNEChws and enabled 2FA.", {("PASSWORD", "EVvkNEChws")}),
        ("user ops@example.org / pwd VyUVLPUzCp, staging only", {("PASSWORD", "VyUVLPUzCp")}),
        ("the coffee machine code is 9918 (don't tell anyone)", {("PASSWORD", "9918")}),
        ("from tomorrow the vault combination is 2910-816733", {("PASSWORD", "2910-816733")}),
    ],
    "a chat export's narrow space, the French numéro": [
        (
            "5/7/22, 4:13\u202fPM - 98414 15496: Hi is this Clémence?",
            {("PHONE_NUMBER", "98414 15496")},
        ),
        (
            "3/20/25, 9:06\u202fPM - Dawn: Summer you're a teacher\n"
            "3/20/25, 9:07\u202fPM - Summer: true",
            {("PERSON", "Dawn"), ("PERSON", "Summer")},
        ),
        ("Léa : Parfait, mon numéro 0615784765 si souci", {("PHONE_NUMBER", "0615784765")}),
    ],
    "invisible characters inside a name": [
        ("Sehr geehrte Frau Habe\u00adrkorn, vielen Dank", {("PERSON", "Habe\u00adrkorn")}),
        ("Ms Mack\u00adenzie stated that she saw the car", {("PERSON", "Mack\u00adenzie")}),
    ],
    "driving licences named in more languages": [
        (
            "Driver's License # / State: Z29-246-03-980-6 / WA",
            {("DRIVER_LICENSE", "Z29-246-03-980-6")},
        ),
        ("7. CURRENT DL/ID NUMBER: C152613311157", {("DRIVER_LICENSE", "C152613311157")}),
        (
            "Ökumaður: fæddur 09.09.1957, ökuskírteini nr. 672757856",
            {("DRIVER_LICENSE", "672757856")},
        ),
        ("carta de condução n.º EL-530790", {("DRIVER_LICENSE", "EL-530790")}),
        ("Vezetői engedély száma: HT673002", {("DRIVER_LICENSE", "HT673002")}),
    ],
    "a postcode and town under their key, a street under its own": [
        (
            "Straße: Am Mühlbach 54\nPLZ/Ort: 04231 Leipzig\nTelefon: +49 89 5365779",
            {("STREET_ADDRESS", "Am Mühlbach 54"), ("STREET_ADDRESS", "04231 Leipzig")},
        ),
        (
            "Adres: Koningsweg 8-6\nPostcode en woonplaats: 2043 HV Haarlem",
            {("STREET_ADDRESS", "2043 HV Haarlem")},
        ),
        ("Adresse: Sandviksveien 29\nPostnr./sted: 0418 Oslo", {("STREET_ADDRESS", "0418 Oslo")}),
        (
            "DOMICILE : 7 chemin des Vignes, appt 87, 34035 Montpellier",
            {("STREET_ADDRESS", "7 chemin des Vignes, appt 87, 34035 Montpellier")},
        ),
    ],
    "a form's columns and roles": [
        ("성명: 신민준\u3000\u3000사번: 873928", {("PERSON", "신민준")}),
        ("姓名：胡洋\u3000\u3000性别：男", {("PERSON", "胡洋")}),
        ("员工姓名：陈军\u3000\u3000工号：43190", {("PERSON", "陈军")}),
        ("緊急聯絡人：王柏翰\u3000\u3000關係：配偶", {("PERSON", "王柏翰")}),
        ("氏名：山本\u3000蓮\u3000\u3000生年月日：1990年1月1日", {("PERSON", "山本\u3000蓮")}),
        (
            "applicant_first=Marcus\napplicant_last=Young",
            {("PERSON", "Marcus"), ("PERSON", "Young")},
        ),
    ],
    "birth keys of more languages, spaced dates": [
        ("Data de naixement: 26/04/1995", {("DATE_OF_BIRTH", "26/04/1995")}),
        ("Roberts Balodis, dzimis/-usi 02.04.1985, Skolas iela", {("DATE_OF_BIRTH", "02.04.1985")}),
        (
            "Datum rojstva: 27. 10. 1962    Kraj rojstva: Portorož",
            {("DATE_OF_BIRTH", "27. 10. 1962")},
        ),
        ("First names Callum\nDate of birth 13 10 1967", {("DATE_OF_BIRTH", "13 10 1967")}),
        ("เกิดวันที่: 05/11/2489 | ที่อยู่", {("DATE_OF_BIRTH", "05/11/2489")}),
    ],
    "passwords under more keys, other coins, passports": [
        (
            "wifi_ssid=HomeNet\nwifi_psk=quartz-pixel-cobalt-67",
            {("PASSWORD", "quartz-pixel-cobalt-67")},
        ),
        ("VPN-Startpasswort: Sommer@eBhU4", {("PASSWORD", "Sommer@eBhU4")}),
        ("Passwort: Sommer@eBhU4, bitte ändern", {("PASSWORD", "Sommer@eBhU4")}),
        (
            "Work notes: Reset password to temporary value Velvet@DSYP4 and forced change",
            {("PASSWORD", "Velvet@DSYP4")},
        ),
        (
            "Settlement wallet: LcNiKTUbXitZZJum6imZj5tVeJMg1qEvRG",
            {("CRYPTO", "LcNiKTUbXitZZJum6imZj5tVeJMg1qEvRG")},
        ),
        ("পূর্ববর্তী পাসপোর্ট নম্বর: JT1983925", {("PASSPORT", "JT1983925")}),
    ],
    "bilingual keys, patronymics, pass:": [
        (
            "氏名 / Name：井上 和也 / Kazuya Inoue",
            {("PERSON", "井上 和也"), ("PERSON", "Kazuya Inoue")},
        ),
        ('{"имя": "Анна", "отчество": "Александровна"}', {("PERSON", "Александровна")}),
        ("First name: Jessica\nSecond name: Lynn", {("PERSON", "Lynn")}),
        (
            "user: demo-admin / pass: tequila-Monkey07 (don't share!!)",
            {("PASSWORD", "tequila-Monkey07")},
        ),
    ],
    "a form's keys, a chat's speakers": [
        (
            "Name:          Anna Huber\nGeburtsdatum:     11. Februar 2005\n"
            "Geburtsort:       Bern\nE-Mail:           aebischerf05@hispeed.ch\n"
            "Telefon: +41 75 647 03 44",
            {
                ("PERSON", "Anna Huber"),
                ("DATE_OF_BIRTH", "11. Februar 2005"),
                ("EMAIL_ADDRESS", "aebischerf05@hispeed.ch"),
                ("PHONE_NUMBER", "+41 75 647 03 44"),
            },
        ),
        (
            "Pesan:\nIonuț: venim toți 2!\nMaria: da 3\nAna: 4 ok\nVlad: 5 da\nIonuț confirmă",
            {("PERSON", "Ionuț"), ("PERSON", "Maria"), ("PERSON", "Ana"), ("PERSON", "Vlad")},
        ),
    ],
    "birth dates judged by their value alone": [
        ('{"dob": "2091-03-14", "plan": "gold"}', {("DATE_OF_BIRTH", "2091-03-14")}),
        ("expected_birth_date = 20990612", {("DATE_OF_BIRTH", "20990612")}),
        ("出生日期：2098年1月5日", {("DATE_OF_BIRTH", "2098年1月5日")}),
    ],
}

TABLE: dict[str, list[tuple[str, set[tuple[str, str]]]]] = {
    "a form's keys are no names": [
        (
            "Name:          Anna Huber\nGeburtsdatum:     11. Februar 2005\n"
            "Geburtsort:       Bern\nE-Mail:           aebischerf05@hispeed.ch\n"
            "Telefon: +41 75 647 03 44",
            {
                ("PERSON", "Anna Huber"),
                ("DATE_OF_BIRTH", "11. Februar 2005"),
                ("EMAIL_ADDRESS", "aebischerf05@hispeed.ch"),
                ("PHONE_NUMBER", "+41 75 647 03 44"),
            },
        ),
    ],
    "a line of another language: the capitalized words of a span, a after a verb": [
        (
            "no pueden llevar mañana a Carmen al médico porque ambos trabajan",
            {("PERSON", "Carmen")},
        ),
        ("Ela foi visitar a Joana no hospital ontem.", {("PERSON", "Joana")}),
        (
            "Geachte heer van Leeuwen, wij hebben uw bezwaar ontvangen.",
            {("PERSON", "van Leeuwen")},
        ),
        ("Se lo pedirá a su madre.", set()),
        ("sudo su - deploy", set()),
    ],
    "a listed first name that is an English word, inside a sentence of another language": [
        (
            "Zijn dochter belde om 14.00 uur; zij komt zaterdag met kleinzoon Sander.",
            {("PERSON", "Sander")},
        ),
        ("Mañana no puede ir porque la tía Pilar está enferma en casa.", {("PERSON", "Pilar")}),
        ("Zgubiłem wczoraj portfel w Austin podczas podróży służbowej.", set()),
    ],
    "a name after a particle, and nothing before it": [
        ("Le pot de départ de Jean-Luc Martin est vendredi.", {("PERSON", "Jean-Luc Martin")}),
        ("Helena Gomes da Silva called.", {("PERSON", "Helena Gomes da Silva")}),
    ],
    "a rarer first name before a place's or a company's word": [
        ("The grant was awarded to Isla Hospital last year.", set()),
        ("Donations went to Ewan Foundation.", set()),
    ],
    "no password, no code": [
        ("the password is required: please enter it", set()),
        ("the admin password Manager", set()),
        ("I changed my password to something stronger.", set()),
        ("The error code is 4001 and the zip code is 94105.", set()),
        ("numéro de commande 0615784765", set()),
        ("Straße: bitte ausfüllen", set()),
        ("Passwort: ********", set()),
        ("tests: pass: 3, fail: 0", set()),
        ("Status / Name: pending", set()),
        ("Settlement wallet: LcNiKTUbXitZZJum6imZj5tVeJMg1qEvRH", set()),
    ],
    "no calendar's day, no birth key": [
        ("Release date: 7 February 1997", set()),
        ("Release 13 10 1967 build", set()),
        ("expected_birth_date = 20991332", set()),
        ('{"renewal_date": "2091-03-14"}', set()),
    ],
}


@pytest.mark.parametrize(("text", "expected"), span_cases(INCLUDES))
def test_span_includes(sanitizer: Sanitizer, text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= found(sanitizer, text)


@pytest.mark.parametrize(("text", "expected"), span_cases(TABLE))
def test_span_table(sanitizer: Sanitizer, text: str, expected: set[tuple[str, str]]) -> None:
    assert found(sanitizer, text) == expected
