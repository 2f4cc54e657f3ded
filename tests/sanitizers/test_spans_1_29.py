"""Span table for sanitizer 1.29.0.

- A phone number whose word ends the line before ("TELEFON\\n775 377 883", Tok Pisin's
  "ringim em long\\n7642 2493"), in the words of more languages (Czech, Estonian,
  Icelandic, Zulu, Fijian, Twi, Arabic, Persian, Urdu, Chinese...); not the ad's or the
  listing's number of the next sentence, not a chat's timestamp on the next line, not a
  bank account's number after a key for it (on the number's own line: "the phone number on
  the account?\\nCALLER: 084149 79612" is a phone number).
- National shapes read without a word: Russia's and Kazakhstan's 8 before a bracketed area
  code ("8 (495) 673-87-65"), Brazil's mobiles ("(81) 9 5685-6740"), Vilnius's "8 5 862
  3969" after "tel.", a form body's "+" for spaces ("phone=%2B233+24+482+0090").
- A number beside a found person: in brackets ("Sunita M. Kapoor (98662 87223)"), after a
  middle dot or between dashes, alone on the line under a signature's name; seven or eight
  digits where grouped, bracketed or ending its field ("— 32790231 —"); not an ID in a
  sentence ("Ana Lima, 20231234 in the list") nor under a form's name line.
- Words for birth in Kazakh, Uzbek, Icelandic, Czech ("narozen(a)"), Catalan, Armenian,
  Khmer, Amharic, Persian and Chinese ("鄭建宏生于1952年…"); a Hijri date ("6/6/1421 هـ"),
  a Persian solar month; the era after a date of birth is part of it ("E.C.", "г.", "هـ").
- A person's record on one line (a name and a phone number, an e-mail or an IBAN): its lone
  date cell is the birth date, its cell of a number and capitalized words split by commas
  is the address; a date of birth found once is found where it is repeated ("Cannot
  convert '25-11-1988'"). Not a line with two dates, not a note ("called about
  INV-2023-23206"), not a chat's timestamp.
- Secrets of IT work: `echo "$USER:..." | chpasswd`, a BitLocker recovery key, a Rails
  log's `"password"=>"..."`.
- Names of IT work: a Jira mention (`[~sjovanovic]`, not `[~accountid:…]`), a surname in
  capitals at a cell's start, Cyrillic too ("\\"КАСЫМОВА Асель Маратовна\\";"); not a label
  at a line's start ("AGENT Théo:"); a PHP array's `[nom_complet] => Mads Andersen`; Thai
  chat's "P'Somchai" and "N'Ploy" (elder and younger); a Korean given name glued to the
  sibling word it is called by ("현우오빠", not "친구오빠"); a login after Russian "Логин".
"""

from __future__ import annotations

import pytest
from conftest import found, span_cases

from sanitizers import Sanitizer

TABLE: dict[str, list[tuple[str, set[tuple[str, str]]]]] = {
    "a phone number's word on the line before": [
        (
            "Bosman Kaiser Wama i tok yu ken ringim em long\n7642 2493. Rose bai bringim mani.",
            {("PERSON", "Bosman Kaiser Wama"), ("PHONE_NUMBER", "7642 2493")},
        ),
        ("TELEFON\n775 377 883", {("PHONE_NUMBER", "775 377 883")}),
        (
            "AGENT: And the phone number on the account?\nCALLER: 084149 79612.",
            {("PHONE_NUMBER", "084149 79612")},
        ),
        (
            "Müüa jalgratas, palun helista 8356 0081. Kuulutus 5187722",
            {("PHONE_NUMBER", "8356 0081")},
        ),
        (
            "谁有欣怡的电话？\nXiaoming 2025-02-11 20:37:15\n生日快乐",
            {("PERSON", "欣怡")},  # (by its given name, 1.33.0)
        ),
        ("Call me on 0412 555 019.\n계좌 4949-790234-62", {("PHONE_NUMBER", "0412 555 019")}),
    ],
    "national shapes": [
        (
            "Контактное лицо: Павел Богданов, 8 (495) 673-87-65",
            {("PERSON", "Павел Богданов"), ("PHONE_NUMBER", "8 (495) 673-87-65")},
        ),
        ("manda o pix no (81) 9 5685-6740 beijo", {("PHONE_NUMBER", "(81) 9 5685-6740")}),
        (
            "Jonas Paulauskas tel. 8 5 862 3969.",
            {("PERSON", "Jonas Paulauskas"), ("PHONE_NUMBER", "8 5 862 3969")},
        ),
        (
            "POST /book email=k%40x.com&phone=%2B233+24+482+0090&room=1224",
            {("EMAIL_ADDRESS", "k%40x.com"), ("PHONE_NUMBER", "%2B233+24+482+0090")},
        ),
    ],
    "a number beside a found person": [
        (
            "Photographer: Sunita M. Kapoor (98662 87223) – invoice 9990191",
            {("PERSON", "Sunita M. Kapoor"), ("PHONE_NUMBER", "98662 87223")},
        ),
        (
            "Thanks!\n\n--\nLam Siu-ming\n97965204",
            {("PERSON", "Lam Siu-ming"), ("PHONE_NUMBER", "97965204")},
        ),
        (
            "[exported chat · owner Emily Jones · 4295981229]",
            {("PERSON", "Emily Jones"), ("PHONE_NUMBER", "4295981229")},
        ),
        (
            "Sherline Étienne — 32790231 — sherline.e@icloud.com",
            {
                ("PERSON", "Sherline Étienne"),
                ("PHONE_NUMBER", "32790231"),
                ("EMAIL_ADDRESS", "sherline.e@icloud.com"),
            },
        ),
        ("Ana Lima, 20231234 in the list", {("PERSON", "Ana Lima")}),
        ("Name: Ana Lima\n20231234", {("PERSON", "Ana Lima")}),
        (
            "| Ana Souza | 10234567 | ana.souza@gmail.com |",
            {("PERSON", "Ana Souza"), ("EMAIL_ADDRESS", "ana.souza@gmail.com")},
        ),
        (
            "GET /v1/customers?email=lh@outlook.com&phone=%2B45%2020%2051%2009%2098 HTTP/2.0",
            {("EMAIL_ADDRESS", "lh@outlook.com"), ("PHONE_NUMBER", "%2B45%2020%2051%2009%2098")},
        ),
    ],
    "words for birth and eras": [
        ("Туған күні: 1963-06-18", {("DATE_OF_BIRTH", "1963-06-18")}),
        ("Tug'ilgan sanasi: 16/04/1993", {("DATE_OF_BIRTH", "16/04/1993")}),
        ("| Fæðingardagur | 23.1.1970 |", {("DATE_OF_BIRTH", "23.1.1970")}),
        (
            "Jana, narozen(a) 11.05.1989.",
            {("PERSON", "Jana"), ("DATE_OF_BIRTH", "11.05.1989")},
        ),
        (
            "鄭建宏生于1952年5月28日，高雄市人。",
            {("PERSON", "鄭建宏"), ("DATE_OF_BIRTH", "1952年5月28日")},
        ),
        ("متولد 6 اردیبهشت 1310", {("DATE_OF_BIRTH", "6 اردیبهشت 1310")}),
        ("تاريخ الميلاد: 6/6/1421 هـ", {("DATE_OF_BIRTH", "6/6/1421 هـ")}),
        ("የትውልድ ቀን: 01/02/1959 E.C.", {("DATE_OF_BIRTH", "01/02/1959 E.C.")}),
        ("родена на 23 ноември 1944 г.\nПоклонението", {("DATE_OF_BIRTH", "23 ноември 1944 г.")}),
    ],
    "a person's record on one line": [
        (
            "Jovana Nikolić | 05.02.1984. | 061 568 4636 | jovana.nikolic@hotmail.com",
            {
                ("PERSON", "Jovana Nikolić"),
                ("DATE_OF_BIRTH", "05.02.1984"),
                ("PHONE_NUMBER", "061 568 4636"),
                ("EMAIL_ADDRESS", "jovana.nikolic@hotmail.com"),
            },
        ),
        (
            'ws.append(["Anouk de Jong", "25-11-1988", "06 26 56 58 32", None])\n'
            "ValueError: Cannot convert '25-11-1988' to Excel",
            {
                ("PERSON", "Anouk de Jong"),
                ("DATE_OF_BIRTH", "25-11-1988"),
                ("PHONE_NUMBER", "06 26 56 58 32"),
            },
        ),
        (
            "Papp Eszter;+36 70 872 1397;eszter_papp@gmail.com;6701 Szeged, Bartók Béla út 17.",
            {
                ("PERSON", "Papp Eszter"),
                ("PHONE_NUMBER", "+36 70 872 1397"),
                ("EMAIL_ADDRESS", "eszter_papp@gmail.com"),
                ("STREET_ADDRESS", "6701 Szeged, Bartók Béla út 17."),
            },
        ),
        (
            "| Markéta Černá | 4. února 1956 | +420 715 964 629 | called about INV-2023-23206 |",
            {
                ("PERSON", "Markéta Černá"),
                ("DATE_OF_BIRTH", "4. února 1956"),
                ("PHONE_NUMBER", "+420 715 964 629"),
            },
        ),
        (
            "| Ana Souza | 12/03/1985 | 01/06/2012 | ana.souza@gmail.com |",
            {("PERSON", "Ana Souza"), ("EMAIL_ADDRESS", "ana.souza@gmail.com")},
        ),
        (
            "| WU Haoran | 1998年11月28日 | 138 8240 9486 | 6011 5214 5787 8915 |",
            {
                ("PERSON", "WU Haoran"),
                ("DATE_OF_BIRTH", "1998年11月28日"),
                ("PHONE_NUMBER", "138 8240 9486"),
                ("CREDIT_CARD", "6011 5214 5787 8915"),
            },
        ),
        (
            '{"nombre": "Emre Yıldız", "adres": "1453 Sokak No:85 D:3, 34728 Kadıköy/İstanbul",'
            ' "eposta": "hakan.k@yahoo.com"}',
            {
                ("PERSON", "Emre Yıldız"),
                ("STREET_ADDRESS", "1453 Sokak No:85 D:3, 34728 Kadıköy/İstanbul"),
                ("EMAIL_ADDRESS", "hakan.k@yahoo.com"),
            },
        ),
        (
            "[18/04/2024, 16:06:02] Александр: скинь фотки на почту andrey.fedorov@googlemail.com",
            {("PERSON", "Александр"), ("EMAIL_ADDRESS", "andrey.fedorov@googlemail.com")},
        ),
    ],
    "secrets of IT work": [
        ('echo "$NEW_USER:Mango817." | chpasswd', {("PASSWORD", "Mango817.")}),
        (
            "BitLocker recovery key: 734222-909829-983905-939142-024542-642779-668047-351332",
            {("PASSWORD", "734222-909829-983905-939142-024542-642779-668047-351332")},
        ),
        ('Parameters: {"user"=>{"password"=>"Rainbow&1740!"}}', {("PASSWORD", "Rainbow&1740!")}),
    ],
    "names of IT work": [
        (
            "[~sjovanovic] we can't delete invoices. [~accountid:5b10a2844c20165700ede21g] ok",
            {("PERSON", "sjovanovic")},
        ),
        (
            '"КАСЫМОВА Асель Маратовна";"8 777 634 7392"',
            {
                ("PERSON", "КАСЫМОВА"),
                ("PERSON", "Асель Маратовна"),
                ("PHONE_NUMBER", "8 777 634 7392"),
            },
        ),
        ("| NOTE Ana said the file is fine |", set()),
        (
            "6529934  LEVI Itai      Facilities  ₪41,200",
            {("PERSON", "LEVI"), ("PERSON", "Itai")},
        ),
        (
            "Contact->save(Array(\n  [nom_complet] => Mads Andersen\n  [email] => m91@x.dk\n))",
            {("PERSON", "Mads Andersen"), ("EMAIL_ADDRESS", "m91@x.dk")},
        ),
        ("현우오빠 스테이징 DB 비번 뭐였죠?\n친구오빠가 왔어요", {("PERSON", "현우")}),
        (
            "Разблокируйте, пожалуйста. Логин ergashevs, мобильный +998 90 409 53 62.",
            {("PERSON", "ergashevs"), ("PHONE_NUMBER", "+998 90 409 53 62")},
        ),
        (
            "P'Somchai: the customer can't log in, unlock please\nN'Ploy: done",
            {("PERSON", "Somchai"), ("PERSON", "Ploy")},
        ),
    ],
}


@pytest.mark.parametrize(("text", "expected"), span_cases(TABLE))
def test_span_table(sanitizer: Sanitizer, text: str, expected: set[tuple[str, str]]) -> None:
    assert found(sanitizer, text) == expected
