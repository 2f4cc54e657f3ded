"""Span table for sanitizer 1.19.0.

- An address under a key with words around it ("Adresse actuelle :", "Last address in
  Ukraine:", "Heimatanschrift:", "نشانی فعلی مستأجر:", "承租人現址："); a Chinese or
  Japanese address is one word ("403臺中市西區公益路764號7樓").
- The rest of an address through its units up to the postcode that closes it ("Østergade
  7, 9. th., 5000 Odense C", "Bd. Eroilor nr. 33, ap. 57, 300006 Timișoara"), also after a
  street that NER took for a name when its house number follows ("Savanorių pr. 3, Kaunas
  LT-47208"); a house number with a hyphen before the postcode ("Lange Voorhout 132-21,
  0327 WV Amsterdam"); "residente na", "demeurant" and "wohnhaft:" announce an address.
- An address block's street line and its postcode and town's line, when a word of each is
  no English word ("Liamhof 6\n5104 Groot-Bijgaarden"); "66 bis rue"; a building's letter
  before the street ("Bât. B, 58 quai de la Loire"); an address written all in lowercase
  closes at its postcode after a comma ("165 admiralty way, ikoyi, lagos 965967"); a line's
  "TEL" before its number is no town.

- A code asked for in a chat in other languages, with or without a question mark, given
  at the start of the next message ("nuzhen kod ot vorot" / "Dmitry: *9450#", "jag behöver
  portkoden" / "Karl: C9262"); a keypad's code by its star or hash ("Server room: *0754#",
  "1955#"); a code said in a sentence of any language ("kód trezoru je 0708", "ο κωδικός
  του χρηματοκιβωτίου 054479", "our code (0469)").

- A chat export's senders after a time with a dot ("27/11/24 18.46 - Fikri:"), in
  KakaoTalk's exports ("2025. 11. 26. 오후 7:43, 최지호 :", "Sep 22, 2023, 7:42 AM, 홍예진 :"),
  with a note or emoji on the label ("Bebang 👑:"), and Telegram's copied headers ("Saba
  Kebede, [08.01.2022 09:48]").
- A name after a kinship or address title of any language ("kay nanay trixie", "wujek
  dawid", "3amto rawan", "tonton Olivier", "mak cik nadia"): a capitalized word, or a first
  name of any frequency that is no English word and no stop word of any of spaCy's
  languages; a name before an honorific of more languages ("Bibek sir", "Swathi garu",
  "reza joon", "so-yeon unnie").

- What agents and tools carry: a postcode of six digits or 5-5 under its key, with a prefix
  ("MailingPostalCode", "avs_zip"); an address's second line ("line2": "#05-986"); a
  licence under its key in more languages ("prawo_jazdy", "No. SIM"); an ITIN column; a
  number's encoded plus (%2B...); a WhatsApp message's sender; Tron and Litecoin bech32
  wallets (checksums); a password in PHP's print_r, Django's set_password, "changed to" in
  more languages; a one-time code a log says was sent, in more languages; a session cookie.

- A chat export's sender that is a phone number ("28/08/23 14.47 - 080963594514:", "[Feb
  3, 1:27 PM] 89215697568:"); an address after more cues ("manzil:", "she stays at", "pick it
  up at", "mieszkam pod adresem", "kirim ke:", "domicilio"); an OTP after a particle
  ("kode otp nya 6032").

- A date of birth given on the next line as the answer to a question for it, after the
  speaker's label, numeric or in words of several languages (`caller: august 13th 1973`,
  `KUND: 1968-08-09`, `KUNDE: 26. November 1970`): the label opens another line too, or
  follows a chat's time stamp (not a form's `Date of issue:` after `Place of birth:`).

- Backup or recovery codes on the lines under the line that names them; an OTP after the
  bare word "otp" (`otp 082 706 hai`, no year); a password after an e-mail and a slash in
  quotes (`'tigista1992@yahoo.com / zebra1471'`).

- An international number with a Korean or Japanese particle glued after it
  (`+821515683463로`); an iOS export's lines that open with a left-to-right mark.

Near-misses: a venue ("Venue: Hall 3 at 7pm"), "tita mo" (your aunt), Papa John's, Tata
Consultancy, Malay "mana nak", a word before "abi" or a capitalized "Jan"; an error's, a
status's, an exit's, a depot's code, a year after "code", an issue's "#1234", a masked
card; an amount after an address is no town ("2500 EUR"), a club's year is no postcode
("TSV 1860"), a colon ends an address's walk, "Step 2\n1234 Items" is no address block; an
address key's value without a number, an e-mail, an IP, a wallet under an "address" key.
"""

from __future__ import annotations

import pytest
from conftest import found, span_cases

from sanitizers import Sanitizer

INCLUDES: dict[str, list[tuple[str, set[tuple[str, str]]]]] = {
    "an address under a key with words around it": [
        (
            "Adresse actuelle : 975, boulevard Laurier, app. 70, Montréal (Québec) H1U 9W6",
            {("STREET_ADDRESS", "975, boulevard Laurier, app. 70, Montréal (Québec) H1U 9W6")},
        ),
        (
            "Last address in Ukraine: vul. Derybasivska, bud. 35, apt. 50, Vinnytsia 21430",
            {("STREET_ADDRESS", "vul. Derybasivska, bud. 35, apt. 50, Vinnytsia 21430")},
        ),
        (
            "Heimatanschrift: al. Jerozolimskie 59P, 07-851 Warszawa, Poland",
            {("STREET_ADDRESS", "al. Jerozolimskie 59P, 07-851 Warszawa, Poland")},
        ),
        (
            "نشانی فعلی مستأجر: کرج، خیابان چهارباغ، پلاک 874، کد پستی 33903-59675",
            {("STREET_ADDRESS", "کرج، خیابان چهارباغ، پلاک 874، کد پستی 33903-59675")},
        ),
        (
            "承租人現址：403臺中市西區公益路764號7樓",
            {("STREET_ADDRESS", "403臺中市西區公益路764號7樓")},
        ),
        ("住所：東京都新宿区西新宿2-8-1", {("STREET_ADDRESS", "東京都新宿区西新宿2-8-1")}),
    ],
    "an address through its units to its postcode": [
        (
            "Leieobjekt: Sandviksveien 76, leil. H308, 0793 Oslo",
            {("STREET_ADDRESS", "Sandviksveien 76"), ("STREET_ADDRESS", "leil. H308, 0793 Oslo")},
        ),
        (
            "Huslejen for Østerbrogade 6576, st. th., 5000 Odense C skal fremover betales.",
            {("STREET_ADDRESS", "Østerbrogade 6576"), ("STREET_ADDRESS", "st. th., 5000 Odense C")},
        ),
        (
            "Noul card va fi trimis la Bd. Eroilor nr. 33, ap. 57, 300006 Timișoara",
            {("STREET_ADDRESS", "Bd. Eroilor nr. 33, ap. 57, 300006 Timișoara")},
        ),
        (
            "Nauja kortelė bus išsiųsta adresu Savanorių pr. 3, Kaunas LT-47208.",
            {("STREET_ADDRESS", "pr. 3, Kaunas LT-47208")},
        ),
        (
            "Saņēmējs: Andris Zariņš, Rīgas iela 46, Jūrmala, LV-2041",
            {("STREET_ADDRESS", "iela 46, Jūrmala, LV-2041")},
        ),
        (
            "Uw bestelling wordt bezorgd op Lange Voorhout 132-21, 0327 WV Amsterdam.",
            {("STREET_ADDRESS", "Lange Voorhout 132-21, 0327 WV Amsterdam")},
        ),
    ],
    "an address block, a building's letter, an address in lowercase": [
        (
            "Jodie Sharp\nLiamhof 6\n5104 Groot-Bijgaarden\nBelgium",
            {("STREET_ADDRESS", "Liamhof 6\n5104 Groot-Bijgaarden")},
        ),
        (
            "DESTINATAIRE :\nRIVIÈRE Céline\n66 bis rue de la Paix\n44089 Nantes",
            {("STREET_ADDRESS", "66 bis rue de la Paix"), ("STREET_ADDRESS", "44089 Nantes")},
        ),
        (
            "Conducteur B : Inès Lefèvre, domicilié Bât. B, 58 quai de la Loire, 31081 Toulouse",
            {("STREET_ADDRESS", "Bât. B, 58 quai de la Loire, 31081 Toulouse")},
        ),
        (
            "u still have the spare key to 165 admiralty way, ikoyi, lagos 965967, nigeria.",
            {("STREET_ADDRESS", "165 admiralty way"), ("STREET_ADDRESS", "ikoyi, lagos 965967")},
        ),
        (
            "SHIP TO:\nÚpská 87\n457 46 Prostějov\nTEL 06 88 46 04 54",
            {("STREET_ADDRESS", "Úpská 87\n457 46 Prostějov"), ("PHONE_NUMBER", "06 88 46 04 54")},
        ),
    ],
    "an address after its cue": [
        (
            "Eu, Juliana Costa Ribeiro, residente na Rua XV de Novembro, 131, apto 6, Pinheiros,"
            " São Paulo - SP, CEP 01445-337",
            {
                (
                    "STREET_ADDRESS",
                    "Rua XV de Novembro, 131, apto 6, Pinheiros, São Paulo - SP, CEP 01445-337",
                )
            },
        ),
        (
            "Kind: Tobias Neumann\nwohnhaft: Am Alten Markt 68-38, 70789 Stuttgart\nTelefon: -",
            {("STREET_ADDRESS", "Am Alten Markt 68-38, 70789 Stuttgart")},
        ),
    ],
}

TABLE: dict[str, list[tuple[str, set[tuple[str, str]]]]] = {
    "what agents and tools carry": [
        (
            '{"line1": "102 Jurong West St 52", "line2": "#05-986", "postal_code": "552709"}',
            {
                ("STREET_ADDRESS", "102 Jurong West St 52"),
                ("STREET_ADDRESS", "#05-986"),
                ("STREET_ADDRESS", "552709"),
            },
        ),
        ('"MailingPostalCode": "83000"', {("STREET_ADDRESS", "83000")}),
        (
            '{"prawo_jazdy": "36516/47/9713"}\nNo. SIM: 189970327899',
            {("DRIVER_LICENSE", "36516/47/9713"), ("DRIVER_LICENSE", "189970327899")},
        ),
        (
            "| client_name | itin |\n|---|---|\n| Yuliia Popova | 965630366 |",
            {("PERSON", "Yuliia Popova"), ("US_ITIN", "965630366")},
        ),
        (
            "NumMedia=0&From=%2B819041092685&Body=Hi",
            {("PHONE_NUMBER", "%2B819041092685")},
        ),
        (
            '{"wa_id": "917851370557"}], "messages": [{"from": "917851370557", "id": "wamid.J3W"}]',
            {("PHONE_NUMBER", "917851370557")},
        ),
        (
            "pay TJaR4wWUMwvbFUJxuyxUUhmAjjUTmsFjnr,ltc1qggfs05vmd2p042cq4am2t3rnqpv89pxnv3ctkp",
            {
                ("CRYPTO", "TJaR4wWUMwvbFUJxuyxUUhmAjjUTmsFjnr"),
                ("CRYPTO", "ltc1qggfs05vmd2p042cq4am2t3rnqpv89pxnv3ctkp"),
            },
        ),
        ("    [password_plain] => corazon284&", {("PASSWORD", "corazon284&")}),
        (">>> c.set_password('Zirqon8#YJSTf'); c.save()", {("PASSWORD", "Zirqon8#YJSTf")}),
        ('WLAN: Kennwort geändert auf "pinguin-falcon-22"', {("PASSWORD", "pinguin-falcon-22")}),
        ('{"msg":"verification code sent","code":"479589"}', {("PASSWORD", "479589")}),
        ("[sms] Code de confirmation 505702 envoyé", {("PASSWORD", "505702")}),
        ("[sms-svc] 验证码 895925 已发送", {("PASSWORD", "895925")}),
        (
            "< set-cookie: __Host-session=KuLlRecF7-tT4Y6ocBOLiSCr9PQjIc; Path=/",
            {("SECRET", "KuLlRecF7-tT4Y6ocBOLiSCr9PQjIc")},
        ),
    ],
    "a number as a chat's sender, an address after more cues, a code after a particle": [
        (
            "28/08/23 14.46 - Agus: gpp kok santai aja\n28/08/23 14.47 - 080963594514: ada yg?",
            {("PERSON", "Agus"), ("PHONE_NUMBER", "080963594514")},
        ),
        (
            "[Feb 3, 1:27 PM] 89215697568: ok\n[Feb 3, 1:28 PM] +7 (933) 817 42 34: норм",
            {("PHONE_NUMBER", "89215697568"), ("PHONE_NUMBER", "+7 (933) 817 42 34")},
        ),
        ("kode otp nya 6032 kak", {("PASSWORD", "6032")}),
        (
            "to'yi kuni, manzil: amir temur ko'chasi 59, kv. 4, farg'ona",
            {("STREET_ADDRESS", "amir temur ko'chasi 59, kv. 4, farg'ona")},
        ),
        (
            "during confinement she stays at 105, jalan kuchai lama, 26278 ipoh",
            {("STREET_ADDRESS", "105, jalan kuchai lama, 26278 ipoh")},
        ),
    ],
    "a date of birth given as the answer to a question for it": [
        (
            "caller: hi\nagent: and your date of birth\ncaller: august 13th 1973 and i am at home",
            {("DATE_OF_BIRTH", "august 13th 1973")},
        ),
        (
            "HANDLÄGGARE: hej\nKUND: hej\nHANDLÄGGARE: vad är ditt födelsedatum\nKUND: 1968-08-09",
            {("DATE_OF_BIRTH", "1968-08-09")},
        ),
        (
            "KUNDE: hallo\nMITARBEITER: und ihr geburtsdatum zur verifizierung"
            "\nKUNDE: 26. November 1970",
            {("DATE_OF_BIRTH", "26. November 1970")},
        ),
        (
            "[07/09/2023, 12:52:01] Mum: whats my birthday again\n"
            "[07/09/2023, 12:53:14] Mihaela: mum!! 31/05/1946",
            {("PERSON", "Mihaela"), ("DATE_OF_BIRTH", "31/05/1946")},  # (1.20.0: no "Mum")
        ),
    ],
    "backup codes under their line, an OTP alone, a password after an e-mail in quotes": [
        (
            "backup codes for @ha.ho's instagram (keep safe!!)\n5314 9071\n3898 7257",
            {("PERSON", "ha.ho"), ("PASSWORD", "5314 9071\n3898 7257")},
        ),
        ("Rahul: otp 082 706 hai", {("PERSON", "Rahul"), ("PASSWORD", "082 706")}),
        (
            "a sticky note: 'tigista1992@yahoo.com / zebra1471' help",
            {("EMAIL_ADDRESS", "tigista1992@yahoo.com"), ("PASSWORD", "zebra1471")},
        ),
        ("the otp 2024 release notes", set()),
        ("backup codes\nnone yet\n2024 plan", set()),
    ],
    "a phone glued to a particle, an iOS export's left-to-right mark": [
        ("모르면 +821515683463로 전화해", {("PHONE_NUMBER", "+821515683463")}),
        (
            "\u200e[17/04/2025, 12:19:02] 0300-7699777: ok\n"
            "\u200e[17/04/2025, 12:19:23] 0300-7699777: k",
            {("PHONE_NUMBER", "0300-7699777")},
        ),
    ],
    "a birth date answered by a role and a name, a month of any language": [
        (
            "ASIAKAS: hei\nAGENTTI: Voitteko vahvistaa syntymäaikanne?\n"
            "ASIAKAS Erik Wallin: 25. lokakuuta 1958.",
            {("PERSON", "Erik Wallin"), ("DATE_OF_BIRTH", "25. lokakuuta 1958")},
        ),
    ],
    "no birth date asked for": [
        ("Place of birth: Texas\nDate of issue: 21 APR 2025", set()),
        ("agent: and your date of birth\ncaller: i can call you back tomorrow", set()),
    ],
    "no secret, no wallet, no unit": [
        ("Venue: Hall 3 at 7pm", set()),
        ("[password_hint] => mydog and [password_changed_at] => 2024-01-01", set()),
        ('{"status":"ok","code":"200"}', set()),
        ("TJaR4wWUMwvbFUJxuyxUUhmAjjUTmsFjnx is a bad checksum", set()),
        ("see 100%2B200", set()),
        ('"line2": "suite"', set()),
    ],
    "a chat export's senders in more apps and locales": [
        (
            "27/11/24 18.45 - Ilham: sabar ya\n27/11/24 18.46 - Fikri: ya i am here at the gate",
            {("PERSON", "Ilham"), ("PERSON", "Fikri")},
        ),
        (
            "2025. 11. 26. 오후 7:38, 민서 : ㅋㅋㅋㅋ\n2025. 11. 26. 오후 7:43, 최지호 : k",
            {("PERSON", "민서"), ("PERSON", "최지호")},
        ),
        (
            "Sep 22, 2023, 7:42 AM, 홍예진 : 생일 축하해!!\n"
            "Sep 22, 2023, 7:26 AM, 강지연 : 카톡으로 보낼게",
            {("PERSON", "홍예진"), ("PERSON", "강지연")},
        ),
        (
            "Saba Kebede, [08.01.2022 09:48]\nselam new\n\nDawit Alemu, [08.01.2022 09:49]\nok",
            {("PERSON", "Saba Kebede"), ("PERSON", "Dawit Alemu")},
        ),
    ],
    "a name after a kinship title of any language, or before an honorific": [
        ("pakisabi kay nanay trixie na yung balikbayan box", {("PERSON", "trixie")}),
        ("wujek dawid mówi że przyjdzie", {("PERSON", "dawid")}),
        ("ahlan 3amto rawan ana nour", {("PERSON", "rawan"), ("PERSON", "nour")}),  # "I am"
        ("tonton Olivier 3ayez yeegy ma3ana", {("PERSON", "Olivier")}),
        ("my uncle Ravi sent it", {("PERSON", "Ravi")}),
        ("Bibek sir namaste", {("PERSON", "Bibek")}),
        ("Swathi garu, the function is on Sunday", {("PERSON", "Swathi")}),
    ],
    "no kin's name, no honorific's": [
        ("kay tita mo na lang", set()),
        ("the Papa John's pizza was cold", set()),
        ("a junior data analyst role at Tata Consultancy Services.", set()),
        ("macam mana nak tegur dia", set()),
        ("Nur: tamamdır abi gönderiyorum", {("PERSON", "Nur")}),
        ("muzyczną zapewnił organista Jan Kamiński.", {("PERSON", "Jan Kamiński")}),
    ],
    "a code asked for and given, a keypad's code, a code in a sentence": [
        (
            "Alexey Petrov: ya, no nuzhen kod ot vorot\nDmitry: *9450#, nikomu ne govori",
            {("PERSON", "Alexey Petrov"), ("PERSON", "Dmitry"), ("PASSWORD", "*9450#")},
        ),
        (
            "need the warehouse padlock code\n[03/12/2025, 16:10] Emily Davies: 3658",
            {("PERSON", "Emily Davies"), ("PASSWORD", "3658")},
        ),
        (
            "Main gate: *2828#\nServer room: 1955#",
            {("PASSWORD", "*2828#"), ("PASSWORD", "1955#")},
        ),
        ("nová karta je pripravená, kód trezoru je 0708", {("PASSWORD", "0708")}),
        ("ο κωδικός του χρηματοκιβωτίου 054479", {("PASSWORD", "054479")}),
        ("The safe would not open with our code (0469) and", {("PASSWORD", "0469")}),
    ],
    "no code": [
        ("Fixes #1234 and card ****1234", set()),
        ("I changed the code\n[10:01] B: 2024 was a good year", set()),
        ("see line 42 of the code 2024 release", set()),
        ("exit code 137, HTTP code 500, returned status code 404 after 3000 ms", set()),
        ("The depot code is 3057.", set()),
    ],
    "no town, no postcode, no place": [
        ("Ship to 12 Main Street, and 2500 EUR later", {("STREET_ADDRESS", "12 Main Street")}),
        (
            "Kanzlei:\nHauptstraße 73-32, 01971 Dresden.   Gebühr: 21,56 €",
            {("STREET_ADDRESS", "Hauptstraße 73-32, 01971 Dresden")},
        ),
        ("Email address: ann.smith@example.com", {("EMAIL_ADDRESS", "ann.smith@example.com")}),
        ("Server address: db-01.internal:5432", set()),
        ("Adresse actuelle : voir ci-dessus", set()),
        ("Er ist wohnhaft und gemeldet.", set()),
        ("Step 2\n1234 Items", set()),
        ("Table 4\n1500 Rows", set()),
        ("send it to 12 main street, and 10001 more", {("STREET_ADDRESS", "12 main street,")}),
    ],
}


@pytest.mark.parametrize(("text", "expected"), span_cases(INCLUDES))
def test_span_includes(sanitizer: Sanitizer, text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= found(sanitizer, text)


@pytest.mark.parametrize(("text", "expected"), span_cases(TABLE))
def test_span_table(sanitizer: Sanitizer, text: str, expected: set[tuple[str, str]]) -> None:
    assert found(sanitizer, text) == expected
