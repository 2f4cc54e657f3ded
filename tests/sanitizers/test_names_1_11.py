"""Span table for sanitizer 1.11.0's names: a sentence is judged technical on its personal
view (an order number, an IP, an IBAN or a phone number says a person is spoken of, not that
the sentence is code); first names that the English word list holds only as nouns are names
when capitalized and alone; in a sentence of technical words without code, a listed first
name is a person's unless the sentence names software; a login made of a first name and a
surname is a person's in any sentence; listed first names opening the lines of a chat log
speak there; a Markdown table row is no code; a lone capitalized word in another
language's prose counts only after a lowercase word, and not in a language that
capitalizes its nouns; Cyrillic and Greek first names whose romanization is listed.
Near-misses: products named like people, places and brands named like people, greetings
and nouns of other languages, code and paths."""

from __future__ import annotations

import pytest
from conftest import found, span_cases

from sanitizers import Sanitizer

TABLE: dict[str, list[tuple[str, set[tuple[str, str]]]]] = {
    "personal values are no code": [
        (
            "Order 58213977 never arrived; I spoke to Larissa at the desk.",
            {("PERSON", "Larissa")},
        ),
        ("Ticket 48213377: Marta says the printer is jammed again.", {("PERSON", "Marta")}),
        (
            "The technician (Kwame Mensah) left the router at 203.0.113.45 wide open.",
            {("PERSON", "Kwame Mensah"), ("IP_ADDRESS", "203.0.113.45")},
        ),
        (
            "Pay the deposit to DE89 3704 0044 0532 0130 00 and tell Ingrid when it's done.",
            {("IBAN_CODE", "DE89 3704 0044 0532 0130 00"), ("PERSON", "Ingrid")},
        ),
        ("going w/o Bernadette this time, she is sick", {("PERSON", "Bernadette")}),
        ("She finished her PhD with Tyler in Leipzig.", {("PERSON", "Tyler")}),
        (
            'You\'ve been invited to the "Q3 Planning" workspace by Uwe Brandtner.',
            {("PERSON", "Uwe Brandtner")},
        ),
        (
            "Posted in r/personalfinance: my ex Larissa still has access to our account",
            {("PERSON", "Larissa")},
        ),
        ("I run the U12 netball team and Larissa coaches with me.", {("PERSON", "Larissa")}),
        # code, versions and paths still are
        ("Install frida 16.2.1 and hook the Luigi scheduler.", set()),
        ("logs are in /var/log/frida and /opt/Luigi", set()),
        ("git checkout 3f9a1c27 && rerun the Hugo build", set()),
        ("pip install luigi==3.5 and start the Luigi Scheduler", set()),
    ],
    "names the word list holds as nouns": [
        (
            "The two movers, Tyler and Beatrice, arrived at noon.",
            {("PERSON", "Tyler"), ("PERSON", "Beatrice")},
        ),
        ("I asked Logan to bring the ladder.", {("PERSON", "Logan")}),
        # places, brands and things: beside a capitalized word, "&", a quote or a place verb
        ("We flew over Lake Victoria at dawn.", set()),
        ("Thanks for contacting Ben & Jerry's support!", set()),
        ("The Marshall Plan rebuilt Europe.", set()),
        ('Write a product description for the "Victoria" sofa.', set()),
        ("Then we might drive down to Charlotte and Savannah.", set()),
        ("Planning a trip to Adelaide in March.", set()),
        ("The holly by the gate needs cutting.", set()),
        ("SHIP TO:\nTYLER FLETCHER", {("PERSON", "TYLER FLETCHER")}),
        ("GRACE PERIOD ENDS FRIDAY", set()),
        # lowercase chat: common first names only, not other languages' words nor places
        ("yo did ibrahim ever send the keys?", {("PERSON", "ibrahim")}),
        ("we met in saint paul in 2012, she once drove 6 hours", set()),
        ("ok so which one do u want, the rosa one or the blue one", set()),
    ],
    "first names that are words, before a surname": [
        ("Hi, I'm Will Baker. Can you draft a short note?", {("PERSON", "Will Baker")}),
        ("Prepare interview questions for May Frost, who applies.", {("PERSON", "May Frost")}),
        ("thanks to Hope Walter for the exporter", {("PERSON", "Hope Walter")}),
        # a month, an alert; "I'm" after a greeting is no name
        ("We launched in May Bank Holiday week.", set()),
        ("the dashboard shows a Silver Alert for the old tier", set()),
        ("Hi, I'm new here. Can you help?", set()),
    ],
    "software sentences": [
        (
            "Magnus onboarded two interns on the Kafka migration (Ottilie and Ruben).",
            {("PERSON", "Magnus"), ("PERSON", "Ottilie"), ("PERSON", "Ruben")},
        ),
        ("The migration from Serilog to Morgan broke our logging.", set()),
        ("Deploy the Julia bindings before the Ruby ones.", set()),
    ],
    "chat logs and tables": [
        (
            "Joy: tuloy ba tayo bukas?\nMark: oo naman!\nJoy: sige, see you",
            {("PERSON", "Joy"), ("PERSON", "Mark")},
        ),
        (
            "| Day | Driver | Kids |\n|---|---|---|\n| Thu | Sara Russo | Giuseppe, Nicolò |",
            {("PERSON", "Sara Russo"), ("PERSON", "Giuseppe"), ("PERSON", "Nicolò")},
        ),
        (
            "[23/03/2024 18:31] Baraka: nitatuma kesho\n[23/03/2024 18:33] Wanjiru: sawa",
            {("PERSON", "Baraka"), ("PERSON", "Wanjiru")},
        ),
        ("[18.09.2021 01:55:05] Customer: The courier left my package", set()),
        # months, "Me", a table of tools with their versions
        ("May: revenue up 4%\nJune: revenue down 2%\nMay: flat", set()),
        ("| Tool | Version |\n|------|---------|\n| Charles | 8.7.4.79 |", set()),
    ],
    "logins built from a name": [
        (
            "| 2024-08-22 | radoslav_horvat58 | +234 800 176 0681 |",
            {("PERSON", "radoslav_horvat58"), ("PHONE_NUMBER", "+234 800 176 0681")},
        ),
        ("owner=ingeborg.lund, retries=3", {("PERSON", "ingeborg.lund")}),
        ("- Julia and Ruby syntax highlighting (@sarah_long62)", {("PERSON", "sarah_long62")}),
        ("Handoff from m.rezaei (2023-01-18)", {("PERSON", "m.rezaei")}),
        # code, files and packages
        ("set max_width=20 and grace.period=30 in config.yaml; run a.out and self.name", set()),
        ("bump jackson-databind to 2.17.1; import numpy.linalg; open anna.json", set()),
    ],
    "Cyrillic and Greek first names": [
        (
            "γεια σου Κατερίνα!! η Βασιλική και ο Κώστας έρχονται στις 9",
            {("PERSON", "Κατερίνα"), ("PERSON", "Βασιλική"), ("PERSON", "Κώστας")},
        ),
        ("Завтра придёт Максим со своей сестрой.", {("PERSON", "Максим")}),
        ("Мы живём в Софии, а Роман пишет книгу.", {("PERSON", "Роман")}),
        # faith opening a sentence, a town after a preposition, a word that is no name
        ("Вера без дел мертва.", set()),
        ("Мы живём в Софии.", set()),
        ("Спасибо за помощь, Контакт потерян.", set()),
    ],
    "other languages": [
        ("Cảm ơn bác sĩ Adamu rất nhiều.", {("PERSON", "Adamu")}),
        ("Bitte senden Sie die Unterlagen an meine neue Adresse.", set()),
        ("Sehr geehrte Damen und Herren, vielen Dank.", set()),
        ("Theek hai, aapka pata kya hai?", set()),
    ],
}


@pytest.mark.parametrize(("text", "expected"), span_cases(TABLE))
def test_span_table(sanitizer: Sanitizer, text: str, expected: set[tuple[str, str]]) -> None:
    assert found(sanitizer, text) == expected
