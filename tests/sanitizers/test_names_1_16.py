"""Span table for sanitizer 1.16.0, as the fourteenth development set's names showed the gaps.

- Fields in a request body logged inside a JSON string (`{\\"first_name\\":\\"Ana\\"}`).
- The people of a booking, a transfer, a lease or an enrolment under their role in other
  languages and scripts: passengers, guests, sender and recipient, landlord and tenant,
  parent, next of kin ("Gjest: BERG Arne", "ላኪ፦ ዳዊት ለማ", "임대인: 송예은").
- A chat, a form or a table logged inside a JSON string, its line breaks escaped, is read
  line by line: a WhatsApp export's speakers, the answer on the next line, a form's keys;
  an export's senders whatever their names ("Dawn:", "Summer:"), not "You:".
- A name asked for in a call and given at the start of the next line, in lowercase
  ("CLIENTE: giuseppe conti"); who speaks in a call or a voice message in other languages
  ("sono giuseppe", "le atiende pilar"); a transcript's speakers in capitals ("EILIDH:");
  a name spelled out letter by letter ("that's H O L L O W A Y").
- Serbian titles and the Cyrillic letters of Serbian and Macedonian (Лазић, Ђорђевић);
  Amharic greetings and titles (ሰላም ዳዊት ተሾመ፣, ከዶ/ር አለሙ አሰፋ ጋር); NER's guesses in scripts the
  English model cannot read (Ethiopic, Georgian, Myanmar, Khmer, Lao) are dropped.
- A Japanese surname before 先生 on a line without kana, in a Japanese text.

- Who did a job, by a listed first name ("packed by Chihiro", "handled by Shweta"; not
  "delivered by Amazon"); a driver, an agent, a duty manager named by a listed first name;
  the owner in a code comment's TODO(Clive).
- Codes and keys people share in chat: a Wi-Fi key right after its word ("wifi Papaya_94"),
  the second device's password ("the nas one is ..."), one-time codes in text messages,
  combinations, padlocks, key safes, lockers, garages and alarms, letter-and-digit keypad
  codes ("F286"), and a code asked for and answered at the start of the next message;
  random mixed-case passwords ("VNJUqiegbL", not "XMLHttpRequest"), a login's e-mail and
  password, lists of backup codes, a card's CVV.
- E-mail addresses read out in a call ("techguy35 at gmail dot com"), phone numbers after
  the number words of more languages and payment apps, with whose they are in parentheses
  ("(dad)"), and a chat export's sender shown by their number.
- The other half of a found name where a list writes it in its own order: a surname in
  capitals before the given name ("KENNEDY Nuala", "СМИРНОВА Наталья"), "Surname, Given"
  as one item ("Pérez Aguilar, Araceli"), a Vietnamese name's third syllable ("Đinh Hoài
  An"), a census surname after a first name ("Alasdair Buchanan"), a Mc or Mac surname.

Near-misses: a role's chat line that opens with a greeting or an answer ("Tenant: Hi",
"Landlord: Ok."), a Chinese surname before 先生 in a Chinese text, a word in capitals
that is no name before a found one ("URGENT Maria"), a zip or an error code asked for, a
dash before a title in a script without capitals ("Form — 태권도장")."""

from __future__ import annotations

import pytest
from conftest import found, span_cases

from sanitizers import Sanitizer

TABLE: dict[str, list[tuple[str, set[tuple[str, str]]]]] = {
    "escaped JSON fields": [
        (
            'POST /kyc/v3/verify returned 422. Request was {\\"first_name\\":\\"Ginevra\\",'
            '\\"last_name\\":\\"Costa\\",\\"plan\\":\\"basic\\"}',
            {("PERSON", "Ginevra"), ("PERSON", "Costa")},
        ),
        (
            '{"prompt":"triage: {\\"id\\":2105,\\"name\\":\\"Wu Fang\\",'
            '\\"body\\":\\"charged twice\\"}"}',
            {("PERSON", "Wu Fang")},
        ),
        ('{"prompt":"{\\"name\\":\\"Build Docs\\",\\"run\\":\\"make\\"}"}', set()),
        ("Name: Sinéad O'Connor", {("PERSON", "Sinéad O'Connor")}),
        ("Patient: D'ABBADIE Nathalie, chambre 12", {("PERSON", "D'ABBADIE Nathalie")}),
    ],
    "a chat or a form logged inside a JSON string keeps its lines": [
        (
            '{"content":"[27/02/2025, 13:46:07] Tomás: alguien sabe si va la seño Florencia?\\n'
            "[27/02/2025, 14:30:27] Itziar: sí y el profe de gimnasia\\n"
            '[27/02/2025, 14:46:16] Tomás: hecho!"}',
            {("PERSON", "Tomás"), ("PERSON", "Florencia"), ("PERSON", "Itziar")},
        ),
        (
            '{"messages":[{"role":"user","content":"who said what\\n\\n'
            "12/02/2025 09:56 - Priya: machan wifi password enna?\\n"
            "12/02/2025 09:58 - Vijay: MariposaPineapple2 da\\n"
            '12/02/2025 10:26 - Priya: thanks da"}]}',
            {("PERSON", "Priya"), ("PERSON", "Vijay"), ("PASSWORD", "MariposaPineapple2")},
        ),
        (
            "3/20/25, 8:57 PM - Dawn: up since dawn with the baby\n"
            "3/20/25, 9:00 PM - Summer: omg same, can't wait for summer break\n"
            "3/20/25, 9:02 PM - You: ha",
            {("PERSON", "Dawn"), ("PERSON", "Summer")},
        ),
        ("Grade notes — 태권도장\n이름: 오재원", {("PERSON", "오재원")}),
        ("Great job on the release! — Mária", {("PERSON", "Mária")}),
    ],
    "names in calls, as speech-to-text writes them": [
        (
            "OPERATORE: mi dà nome e cognome\nCLIENTE: giuseppe conti\nOPERATORE: data di nascita",
            {("PERSON", "giuseppe conti")},
        ),
        (
            "agent: and your name and date of birth\ncaller: irakli lomidze june 23rd 1975",
            {("PERSON", "irakli lomidze")},
        ),
        ("Log Name:      System\nSource:        Microsoft-Windows-WindowsUpdateClient", set()),
        (
            "Danielle: what's your last name so I can find you?\nChloé: ha nice try",
            {("PERSON", "Danielle"), ("PERSON", "Chloé")},
        ),
        ("OPERATORE: buongiorno sono giuseppe come posso aiutarla", {("PERSON", "giuseppe")}),
        ("sono stanco oggi, c'est bien", set()),
        (
            "Agent: what is the patient's surname?\nCaller: that's H O L L O W A Y",
            {("PERSON", "H O L L O W A Y")},
        ),
        ("that's a b c, easy as 1 2 3", set()),
    ],
    "roles in other languages": [
        (
            "ይህ ጥያቄ ሙሉ ነው?\nላኪ፦ ዳዊት ለማ\nተቀባይ፦ ተስፋዬ ወንድሙ፣ ስልክ የለም",
            {("PERSON", "ዳዊት ለማ"), ("PERSON", "ተስፋዬ ወንድሙ")},
        ),
        ("이 계약서 요약:\n임대인: 송예은\n보증금: 19,524,500원", {("PERSON", "송예은")}),
        ("किरायानामा:\nमकान मालिक: नितिन कुमार\nकिराया: ₹23,000", {("PERSON", "नितिन कुमार")}),
        ("Tenant: Hi, the heater is broken again\nLandlord: Ok. I'll send someone", set()),
        ("Guest: Hello, the wifi is down in room 12", set()),
    ],
    "Serbian and Japanese titles": [
        ("Поштовани/а господин Лазић,\n\nВаш захтев је примљен.", {("PERSON", "Лазић")}),
        ("Поштовани г. Ђорђевић, бојлер у стану не ради.", {("PERSON", "Ђорђевић")}),
        ("Поштована госпођо Јовановић, хвала.", {("PERSON", "Јовановић")}),
        ("カルテの要約をお願いします。\n主治医：中村先生", {("PERSON", "中村")}),
        (
            "ሰላም ዳዊት ተሾመ፣\nከዶ/ር አለሙ አሰፋ ጋር ያለዎት ቀጠሮ ነገ ነው።",
            {("PERSON", "ዳዊት ተሾመ"), ("PERSON", "አለሙ አሰፋ")},
        ),
        ("ሰላም፣ ይህ ጥያቄ ሙሉ ነው?", set()),
        ("请联系王先生，谢谢", {("PERSON", "王")}),
    ],
    "the other half of a found name": [
        (
            "Crew list:\n1. KENNEDY Nuala, born 9-Jun-1989, passport 378888294",
            {
                ("PERSON", "KENNEDY Nuala"),
                ("DATE_OF_BIRTH", "9-Jun-1989"),
                ("PASSPORT", "378888294"),
            },
        ),
        (
            "Two patients:\n- Pérez Aguilar, Araceli (DOB 1991-04-15): K 5.9",
            {("PERSON", "Pérez Aguilar, Araceli"), ("DATE_OF_BIRTH", "1991-04-15")},
        ),
        ("Đinh Hoài An: yes, meet links are in the classroom", {("PERSON", "Đinh Hoài An")}),
        ("URGENT Maria please call back", {("PERSON", "Maria")}),
    ],
    "who did a job, and code owners": [
        ("Order 794-8165505 · packed by Chihiro", {("PERSON", "Chihiro")}),
        ("Minibar posting error room 140, reversed by Roman", {("PERSON", "Roman")}),
        ("support_tickets: 2 (handled by Shweta)", {("PERSON", "Shweta")}),
        ("delivered by Amazon yesterday, handled by Support", set()),
        (
            "Team: Elena Colombo (lead), driver Jennifer",
            {("PERSON", "Elena Colombo"), ("PERSON", "Jennifer")},
        ),
        ("Duty manager Greer informed.", {("PERSON", "Greer")}),
        ("# TODO(Clive): remove the hardcoded test patient", {("PERSON", "Clive")}),
        ("# TODO(#123): remove the hardcoded test patient", set()),
    ],
    "codes and keys people share in chat": [
        (
            "notes for the sitter: wifi Papaya_94, alarm 187861",
            {("PASSWORD", "Papaya_94"), ("PASSWORD", "187861")},
        ),
        ("the wifi is down again since 2019", set()),
        (
            "the camera password is falcon-pistachio-24 and the nas one is SonnenblumeTulpen6",
            {("PASSWORD", "falcon-pistachio-24"), ("PASSWORD", "SonnenblumeTulpen6")},
        ),
        ("Verify: Your Google verification code is 388834", {("PASSWORD", "388834")}),
        ("The old padlock was cut. New combination is 86-80.", {("PASSWORD", "86-80")}),
        ("gate code F286, key safe 58415", {("PASSWORD", "F286"), ("PASSWORD", "58415")}),
        (
            "[04/08/2021, 09:23:10] Mum: what is the new alarm code again?\n"
            "[04/08/2021, 09:24:18] Khadija: 06318 mum",
            {("PERSON", "Khadija"), ("PASSWORD", "06318")},  # (1.20.0: "Mum" names no one)
        ),
        ("Q: what is your zip code?\nA: 90210", set()),
        (
            "[07/06/2024, 20:40:01] Nor: password wifi rumah sewa?\n"
            "[07/06/2024, 20:44:09] Hafiz: VNJUqiegbL. kod pagar 47-55",
            {
                ("PERSON", "Nor"),
                ("PERSON", "Hafiz"),
                ("PASSWORD", "VNJUqiegbL"),
                ("PASSWORD", "47-55"),
            },
        ),
        ("SSH creds I set: ubnt / poRSkQMUwR", {("PASSWORD", "poRSkQMUwR")}),
        (
            "Netflix coffeeaddict@gmail.com / Lumi3r363",
            {("EMAIL_ADDRESS", "coffeeaddict@gmail.com"), ("PASSWORD", "Lumi3r363")},
        ),
        ("I changed my password to Cactus_25 and enabled 2FA.", {("PASSWORD", "Cactus_25")}),
        (
            "Recovery codes: shhjb-ubpgj, qnmeb-uqfmn-nhamx. Is my account safe?",
            {("PASSWORD", "shhjb-ubpgj, qnmeb-uqfmn-nhamx")},
        ),
        ("exp 10/27 cvv 196", {("PASSWORD", "196")}),
        ("boarding pass A12345 for gate 4", set()),
        ("Please pass the XMLHttpRequest object to the handler", set()),
        ("what was the error code?\nbob: 4040 again", set()),
    ],
    "numbers and addresses read out or sent in chat": [
        ("caller: techguy35 at gmail dot com", {("EMAIL_ADDRESS", "techguy35 at gmail dot com")}),
        (
            "CALLER: a dot karlsson at outlook dot com",
            {("EMAIL_ADDRESS", "a dot karlsson at outlook dot com")},
        ),
        ("just look at google dot com for it", set()),
        ("Year 6 trip contacts:\n2. 09361832243 (dad)", {("PHONE_NUMBER", "09361832243")}),
        (
            "mój numer +48 22 165 82 37 · sąsiadka 588 732 589",
            {("PHONE_NUMBER", "+48 22 165 82 37"), ("PHONE_NUMBER", "588 732 589")},
        ),
        ("build 2024 11 942 took 12 s", set()),
    ],
}


# short texts of other languages, where NER adds its own guesses ("Fyll", "Safari"): the
# role's person is found, whatever else is
INCLUDES: dict[str, list[tuple[str, set[tuple[str, str]]]]] = {
    "roles in other languages": [
        (
            "Fyll ut gjesteregistreringen:\nGjest: BERG Arne\nReiser med: familie",
            {("PERSON", "BERG Arne")},
        ),
        (
            "Toa taarifa muhimu kutoka kwenye tiketi hii:\nAbiria: JUMA OTIENO\nSafari: Nairobi",
            {("PERSON", "JUMA OTIENO")},
        ),
        (
            "Trích thông tin:\nHành khách: PHẠM MỸ DUYÊN\nMã đặt chỗ: 2VB8K6",
            {("PERSON", "PHẠM MỸ DUYÊN")},
        ),
        ("Пасажир: СМИРНОВА Наталья\nКод бронювання: VMPCDC", {("PERSON", "СМИРНОВА Наталья")}),
    ],
}


@pytest.mark.parametrize(("text", "expected"), span_cases(INCLUDES))
def test_span_includes(sanitizer: Sanitizer, text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= found(sanitizer, text)


@pytest.mark.parametrize(("text", "expected"), span_cases(TABLE))
def test_span_table(sanitizer: Sanitizer, text: str, expected: set[tuple[str, str]]) -> None:
    assert found(sanitizer, text) == expected
