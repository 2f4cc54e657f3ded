"""Span table for sanitizer 1.28.0.

- A name does not cross a line break escaped in a JSON string: NER's "Olena
  Oliinyk\\nStart" keeps the name, and the next line's key ("Start date:", "Passport",
  "Petsa ng kapanganakan:") is no part of it; a wrapped list's next name is its own.
- A name its writer capitalized mid-sentence, in a line otherwise lowercase, keeps a
  first word that is also an English verb ("my supervisor is Josh Harris").
- The people of a work site's, a vehicle's and an incident's papers, in the crews'
  languages: driver and co-driver, dispatcher, foreman, witness, injured worker,
  claimant, the second party of a labour contract, seller and buyer ("Co-driver: Rithy",
  "证人：周志強", "乙方：陈永生", "الشاهد: …"); a name's line may end in "tel" and a phone
  number, or go on after " · ". Under "Driver:" one word is a name only when it is a
  listed first name ("Driver: Tamar · PPF 4907"), not a driver's software ("driver:
  Postgres", "driver: overlay2").
- A surname in capitals that is also an English word, before a listed first name
  ("MILLER Crystal", "SMITH Mélissa"), and one glued to its particle ("AL-FARSI Hamood",
  "O'CONNOR Brittany"); not "READ More", "LONG Island", "O'REILLY Media".
- A tally's, a squad list's or a phone list's names: a run of three lines or more of a
  name and a number, whose heads hold found names, gives its other heads, lowercase ones
  too ("konan - 48.3 kg", "ibrahima 29"); a shopping list or a log's month gives none.
- The parts of an address around a found street that the walkers stopped at: lowercase
  unit and district words (`apt 3`, `bl. 12`, `sc. A`, `Sabail district`) and towns
  without a postcode, up to a sentence's end or a lowercase word ("…, and my phone").
- A Chinese chat between people who call each other by their given names: a two-letter
  label that speaks twice, once in a sentence ("偉明：對，律師費…"); a form's repeated
  key ("备注：无") is none.
"""

from __future__ import annotations

import pytest
from conftest import found, span_cases

from sanitizers import Sanitizer

TABLE: dict[str, list[tuple[str, set[tuple[str, str]]]]] = {
    "escaped line breaks": [
        (
            '{"messages": [{"role": "user", "content": "NEW STARTER\\nName: Olena Oliinyk'
            '\\nStart date: 27 April 2023\\nManager: Andriy Kravchenko\\nUsername: ooliinyk"}]}',
            {
                ("PERSON", "Olena Oliinyk"),
                ("PERSON", "Andriy Kravchenko"),
                ("PERSON", "ooliinyk"),
            },
        ),
        (
            '{"content": "Pangalan ng pasyente: Rowena Dizon Garcia\\nPetsa ng kapanganakan:'
            ' 11/28/1987"}',
            {("PERSON", "Rowena Dizon Garcia"), ("DATE_OF_BIRTH", "11/28/1987")},
        ),
    ],
    "a capital its writer typed": [
        (
            "hi, I can't log into the payroll portal.\nmy email is tegan@optusnet.com.au."
            " my supervisor is Josh Harris.",
            {("EMAIL_ADDRESS", "tegan@optusnet.com.au"), ("PERSON", "Josh Harris")},
        ),
    ],
    "crews' papers": [
        (
            "RUN SHEET 03-09-2025 – truck 2Q-8056\nDriver: HENG Samnang tel +85518750654\n"
            "Co-driver: Rithy\nStop 1: collect 48 pallets",
            {
                ("PERSON", "HENG Samnang"),
                ("PHONE_NUMBER", "+85518750654"),
                ("PERSON", "Rithy"),
            },
        ),
        ("Trip T-4411\nCo-driver: Patrick · Honda Fit · 64-C-0931", {("PERSON", "Patrick")}),
        (
            "DRIVER : Zhou, Lei    DOB:  01/28/2004",
            {("PERSON", "Zhou, Lei"), ("DATE_OF_BIRTH", "01/28/2004")},
        ),
        (
            "劳务合同\n乙方：陈永生，护照号码 K9716509T\n证人：周志強",
            {("PERSON", "陈永生"), ("PASSPORT", "K9716509T"), ("PERSON", "周志強")},
        ),
        ("services:\n  web:\n    logging:\n      driver: overlay2", set()),
        (
            "To: the old town square\nDriver: Tamar · PPF 4907 · Toyota Corolla",
            {("PERSON", "Tamar")},
        ),
        ("driver: Postgres\nDriver: NVIDIA", set()),
    ],
    "surnames in capitals": [
        (
            "MUSTER DRILL\nPresent: MILLER Crystal, WASHINGTON Luis, O'CONNOR Brittany",
            {
                ("PERSON", "MILLER Crystal"),
                ("PERSON", "WASHINGTON Luis"),
                ("PERSON", "O'CONNOR Brittany"),
            },
        ),
        (
            "Company fuel cards\nAL-FARSI Hamood: card blocked\nAL-AMRI Said: limit 300",
            {("PERSON", "AL-FARSI Hamood"), ("PERSON", "AL-AMRI Said")},
        ),
        ("READ More about LONG Island. The O'REILLY Media book. CLICK Here.", set()),
    ],
    "tallies and lists of names": [
        (
            "harvest tally 18/07\nClarisse - 583 kg\nAya Kone - 08.5 kg\nKouadio - 74.2 kg"
            "\nkonan - 48.3 kg\nBrice - 47 kg",
            {
                ("PERSON", "Clarisse"),
                ("PERSON", "Aya Kone"),
                ("PERSON", "Kouadio"),
                ("PERSON", "konan"),
                ("PERSON", "Brice"),
            },
        ),
        (
            "today tally:\nlamine 38 crates\nAdama Traoré 41\nibrahima 29 (left early)\n"
            "Fatou Sarr 44\nrate 3,080 FCFA per crate",
            {
                ("PERSON", "lamine"),
                ("PERSON", "Adama Traoré"),
                ("PERSON", "ibrahima"),
                ("PERSON", "Fatou Sarr"),
            },
        ),
        ("shopping:\neggs 12\nmilk 2\nbread 1\nflour 3", set()),
        (
            "Jun 19 11:51:35 dnsmasq-dhcp[812]: DHCPREQUEST(br-lan)\n"
            "Jun 19 00:44:45 dnsmasq-dhcp[812]: DHCPACK(br-lan)\n"
            "Jun 19 18:48:47 dnsmasq-dhcp[812]: DHCPACK(br-lan)",
            set(),
        ),
    ],
    "the parts around a found street": [
        (
            "Продаю велосипед. Самовывоз: 21 Uzeyir Hajibeyov St., apt 3, Sabail district,"
            " Ganja AZ1192. Звонить вечером",
            {("STREET_ADDRESS", "21 Uzeyir Hajibeyov St., apt 3, Sabail district, Ganja AZ1192")},
        ),
        (
            "Selling a bike. Pickup from Str. Lalelelor nr. 71, bl. 12, sc. A, ap. 67, Brașov,"
            " 883583. Thanks",
            {("STREET_ADDRESS", "Str. Lalelelor nr. 71, bl. 12, sc. A, ap. 67, Brașov, 883583")},
        ),
        (
            "I live at 12 Main St, Springfield, and my phone is off.",
            {("STREET_ADDRESS", "12 Main St, Springfield")},
        ),
    ],
    "given names in a Chinese chat": [
        (
            "偉明：律師說案件下個月開庭\n淑儀：案號是多少？\n偉明：對，律師費匯到帳號了\n淑儀：好，我先給你",
            {("PERSON", "偉明"), ("PERSON", "淑儀")},
        ),
        ("备注：无\n数量：两箱\n备注：请尽快发货，谢谢！\n数量：三箱", set()),
    ],
}


@pytest.mark.parametrize(("text", "expected"), span_cases(TABLE))
def test_span_table(sanitizer: Sanitizer, text: str, expected: set[tuple[str, str]]) -> None:
    assert found(sanitizer, text) == expected
