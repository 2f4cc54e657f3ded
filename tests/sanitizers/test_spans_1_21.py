"""Span table for sanitizer 1.21.0: what makes a sentence technical, read as a reader
reads it.

- An escaped quote, comma or backslash is no code (a JSON string's `\\"`, a shell's
  `'\\''`, iCal's `roadmap\\, hiring`); a date written `15.06.21` (Telegram's export) is no
  version; Arabic chat written with digits (`ysa2al`, `3andi`, two such words in a
  sentence) is words, not logins; a password or token told in prose is a person's value,
  blanked like a phone number before the sentence is judged; a chat export's date
  ("09/09/2025, 15:02 - ") does not make its line a table for the lone-word rule, which
  leaves a message's first word alone ("Palesa: Eish, load shedding"); a consumer brand
  written in camel case ("WhatsApp", "EpiPen", "PayPal") is no camelCase code.
- The time a chat copy prints after its sender, on a line of their own ("Olumide 8:41
  PM"), is no version number after a product's name ("Julia 1.10").
- Read on the twenty-first set after its blind run: numbered recovery codes under the
  line that names them, and a licence card read as text (the EU card's field 5 after its
  fields 1 to 3, and fields 1 and 2 as the holder's name; a Japanese licence's "番号
  第...号", a Brazilian CNH's "Nº REGISTRO"); French name keys ("Nom :", "Prénom(s) :",
  "Nom de naissance :"); "nom" before a lowercase word is prose, no table's header ("mon
  nom est").
- Who makes a statement or a deed: "I, River Stone, of 714 Joshua Ramp", "Yo, ..., mayor de
  edad", "Je soussignée, ..., demeurant".
- A sentence of a language that capitalizes its nouns is told by one of its function
  words that is no English word even where most words look English ("bin um 18 Uhr am
  Hauptbahnhof, ich warte"): its capitalized words are nouns, for the lone-word rule and
  for NER's one-word names alike.

Near-misses: real code and paths stay technical (`C:\\Users\\...`, `export
GITHUB_TOKEN=...`), a line of short tool names with digits ("e2e", "k8s"), German nouns.
"""

from __future__ import annotations

import pytest
from conftest import found, span_cases

from sanitizers import Sanitizer

TABLE: dict[str, list[tuple[str, set[tuple[str, str]]]]] = {
    "escapes are no code": [
        (
            "DESCRIPTION:Agenda from Mateusz: roadmap\\, hiring\\, Youssef's promo case",
            {("PERSON", "Mateusz"), ("PERSON", "Youssef")},
        ),
        (
            "Agent: You'\\''re through to the council tax team, my name'\\''s Malik.",
            {("PERSON", "Malik")},
        ),
    ],
    "dates are no versions": [
        (
            "[01.11.24 11:59] Rustam Xolmatov: rahmat Feruza",
            {("PERSON", "Rustam Xolmatov"), ("PERSON", "Feruza")},
        ),
        (
            "[12.05.24 12:36] Sergey Belov: u kogo est nomer Anastasia?",
            {("PERSON", "Sergey Belov"), ("PERSON", "Anastasia")},
        ),
    ],
    "a chat export's date is no table": [
        (
            "09/09/2025, 15:02 - Zinhle: is Sibongile still coming or nah",
            {("PERSON", "Zinhle"), ("PERSON", "Sibongile")},
        ),
        (
            "10/09/2023 17:39 - Blessing: Abeg who get Funmilayo new number? E don change am",
            {("PERSON", "Blessing"), ("PERSON", "Funmilayo")},
        ),
    ],
    "a consumer brand in camel case is no code": [
        (
            "Tariq's EpiPen is in the blue bag, call Sanne if he needs it",
            {("PERSON", "Tariq"), ("PERSON", "Sanne")},
        ),
        ("I sent the photos on WhatsApp to Oluwaseun yesterday", {("PERSON", "Oluwaseun")}),
    ],
    "a chat copy's time after its sender is no version": [
        (
            "Olumide 8:41 PM\nok, the wifi code is on the fridge\nBaptiste 8:43 PM\nthanks!",
            {("PERSON", "Olumide"), ("PERSON", "Baptiste")},
        ),
    ],
    "Arabizi is words": [
        (
            "wallah ya Lina el 3ammo Majid za3lan menak, ro7 zouro yom el jom3a w khalas",
            {("PERSON", "Lina"), ("PERSON", "Majid")},
        ),
    ],
    "secrets told in prose": [
        (
            "github token in a screenshot Rekha posted on twitter: "
            "ghp_0HEuQdWAVvV434hA0TNm9h2FI1NPi5FYYbHU. how bad is this?",
            {("PERSON", "Rekha"), ("GITHUB_TOKEN", "ghp_0HEuQdWAVvV434hA0TNm9h2FI1NPi5FYYbHU")},
        ),
        (
            "new laptop setup: user zhiqiang, password banana-mango818, bitlocker PIN 833244",
            {
                ("PERSON", "zhiqiang"),
                ("PASSWORD", "banana-mango818"),
                ("PASSWORD", "833244"),
            },
        ),
    ],
    "who makes a statement": [
        (
            "I, River Stone, of 714 Joshua Ramp Apt. 153, Lake Barry, declare as follows.",
            {
                ("PERSON", "River Stone"),
                ("STREET_ADDRESS", "714 Joshua Ramp Apt. 153, Lake Barry"),
            },
        ),
    ],
    "recovery codes and licence cards (read on dev 21)": [
        (
            "The vendor gave me these recovery codes, which one do I use first?\n"
            "1. 7w9d-utqy\n2. 18147 96610\nAccount email: chai.chaiyaporn@gmail.com",
            {
                ("PASSWORD", "1. 7w9d-utqy\n2. 18147 96610"),
                ("EMAIL_ADDRESS", "chai.chaiyaporn@gmail.com"),
            },
        ),
        (
            "PATENTE DI   GUIDA\n1. LO BIANCO\n2. LUCA\n3. 27/01/1975   Roma   (RM)\n"
            "4a. 01/02/2015\n5. VV9658745L\n9. B",
            {
                ("PERSON", "LO BIANCO"),
                ("PERSON", "LUCA"),
                ("DATE_OF_BIRTH", "27/01/1975"),  # (field 3, since 1.22.0)
                ("DRIVER_LICENSE", "VV9658745L"),
            },
        ),
        (
            "RZECZPOSPOLITA POLSKA\nPRAWO JAZDY\n1.  KOWALCZYK\n2.   PAWEŁ\n3.   13.04.1989\n"
            "5. 66809/49/0924",
            {
                ("PERSON", "KOWALCZYK"),
                ("PERSON", "PAWEŁ"),
                ("DATE_OF_BIRTH", "13.04.1989"),  # (field 3, since 1.22.0)
                ("DRIVER_LICENSE", "66809/49/0924"),
            },
        ),
        (
            "RÉPUBLIQUE FRANÇAISE\nNom : DURAND\nPrénom(s) : JULIEN\nNé(e) le : 14 juin 1989",
            {("PERSON", "DURAND"), ("PERSON", "JULIEN"), ("DATE_OF_BIRTH", "14 juin 1989")},
        ),
        (
            "Nom de naissance : MARTIN\nNom d'usage : DUBOIS",
            {("PERSON", "MARTIN"), ("PERSON", "DUBOIS")},
        ),
        (
            "運 転 免 許 証\n氏名 伊藤 遥\n2000/05/25生\n番号 第023778252454号",
            {
                ("PERSON", "伊藤 遥"),
                ("DATE_OF_BIRTH", "2000/05/25"),  # (before 生, since 1.22.0)
                ("DRIVER_LICENSE", "023778252454"),
            },
        ),
    ],
    "near-misses": [
        ("Steps for the recovery codes page:\n1. Open settings\n2. Click security", set()),
        ("Nom de l'entreprise : Boulangerie du Port\nNom du produit : Baguette", set()),
        (
            "Client : Bonjour, il y a une erreur sur le billet QCQ11U, mon nom est Mme Roux.",
            {("PERSON", "Mme Roux")},  # (the honorific with it, as before 1.21.0)
        ),
        ("Shopping list:\n1. Milk\n2. Eggs\n3. Pay 10 euros on 12 May 2024\n5. ABC1234", set()),
        ("I, Will Power, of course agree", set()),
        # a message's first word is a greeting more often than a name
        (
            "[23/06/2021, 19:28:17] Palesa: Eish, load shedding stage 4 again",
            {("PERSON", "Palesa")},
        ),
        ("[10/12/2025, 12:59:53] Sofie: Hej! Vi ses i morgen", {("PERSON", "Sofie")}),
        ("run the e2e suite on k8s and ping me", set()),
        ("Julia 1.10 is out, and Luigi 2.1 too", set()),
        ("Build 15.06.21 of the Frida agent failed on Luigi", set()),
        ("see C:\\Users\\Public\\report.txt for Frida", set()),
        (
            "export GITHUB_TOKEN=ghp_0HEuQdWAVvV434hA0TNm9h2FI1NPi5FYYbHU # Luigi",
            {("GITHUB_TOKEN", "ghp_0HEuQdWAVvV434hA0TNm9h2FI1NPi5FYYbHU")},
        ),
        ("bin um 18 Uhr am Hauptbahnhof, ich warte", set()),
        ("Unter seiner Führung wurde das neue Gerätehaus an der Hauptstraße errichtet.", set()),
        ("Wir wünschen euch frohe Weihnachten und ein gesundes neues Jahr!", set()),
    ],
}


@pytest.mark.parametrize(("text", "expected"), span_cases(TABLE))
def test_span_table(sanitizer: Sanitizer, text: str, expected: set[tuple[str, str]]) -> None:
    assert found(sanitizer, text) == expected


MARKED: list[tuple[str, bool]] = [
    ("roadmap\\, hiring\\, Youssef's promo case", False),  # iCal's escaped commas
    ('He wrote: \\"see you at 8\\"', False),  # a JSON string's escaped quotes
    ("the regex is \\d+ here", True),
    ("see C:\\Users\\Public\\report.txt", True),
    ("see C:\\\\Users\\\\Public", True),  # escaped in JSON, still a path
    ("[15.06.21 11:41] Galina: hi", False),
    ("release 1.10.2 is out", True),
    ("release 15.06.21.3 is out", True),  # four parts: a version
    ("ana ma b2der, 3andi shoghl", False),
    ("upgrade python3 and oauth2", True),  # digits at the end: no Arabizi opening word
    ("the wifi is ysa2al", True),  # one Arabizi-shaped word alone is a login's shape
    ("sent it on WhatsApp, paid via PayPal", False),
    ("call getUserName() first", True),
    ("the GitHub repo of Mercurial", True),  # software in camel case: technical
]


@pytest.mark.parametrize(("text", "marked"), MARKED)
def test_what_marks_a_sentence_technical(text: str, marked: bool) -> None:
    from sanitizers.names import names_data
    from sanitizers.technical import Technical

    assert Technical(names_data()["technical_words"]).marked(text) is marked
