"""Span table for sanitizer 1.10.0's names: the signer after a letter's closing in English
and other languages, a signer with an aside or inside a closing quote, family named without
a possessive or with the possessives of other languages, someone to reach on a number.
Near-misses: a team after a closing, a bullet after a dash, numbers to call that name no one,
words the model took for names (greetings and closings of other languages), and an IBAN-like
run of words that passes mod 97 by chance."""

from __future__ import annotations

import pytest
from conftest import found, span_cases

from sanitizers import Sanitizer

TABLE: dict[str, list[tuple[str, set[tuple[str, str]]]]] = {
    "closings": [
        ("I was billed twice.\n\nYours faithfully,\nHope Wood", {("PERSON", "Hope Wood")}),
        ("Danke!\nMit freundlichen Grüßen\nJonas Weber", {("PERSON", "Jonas Weber")}),
        ("Gracias.\nAtentamente,\nLucía Romero", {("PERSON", "Lucía Romero")}),
        ("Спасибо.\nС уважением,\nИван Петров", {("PERSON", "Иван Петров")}),
        ("Thanks,\nThe Support Team", set()),
        ("Merci pour votre aide.\nCordialement,\nLe service client", set()),
    ],
    "signers": [
        (
            'Rewrite: "Give it back or text me on 0452 892 737. — Michael (Holly\'s dad)"',
            {("PHONE_NUMBER", "0452 892 737"), ("PERSON", "Michael"), ("PERSON", "Holly")},
        ),
        ("Thanks for the quick fix - Grace (team lead).", {("PERSON", "Grace")}),
        ("Step 1 - Install (optional)", set()),
    ],
    "family": [
        ("the parcel is for my aunt (from cousin Pooja).", {("PERSON", "Pooja")}),
        ("Hola, voy con mi hermana Lucía.", {("PERSON", "Lucía")}),
        ("Разом зі мною дочка Людмила.", {("PERSON", "Людмила")}),
        ("This fixes the son node ordering and the parent node too", set()),
    ],
    "pairings": [
        (
            "Board 1: FOX, Amber (1641) vs BAKER, Bill (1806)",
            {("PERSON", "FOX, Amber"), ("PERSON", "BAKER, Bill")},
        ),
        ("Standings: SPAIN, France, ITALY, Germany", set()),
        ("NOTE, Please read. WARNING, Grace period ends", set()),
    ],
    "author lists": [
        (
            "Authors: Kwabena Ofori²*, G. Carpenter¹\n\nShould Ofori stay the contact?",
            {("PERSON", "Kwabena Ofori²"), ("PERSON", "G. Carpenter¹"), ("PERSON", "Ofori")},
        ),
        ("Attendees: Ops Team, everyone", set()),
    ],
    "logins made from a found name": [
        (
            "displayName: Wilson, Joseph\nsAMAccountName: jwilson",
            {("PERSON", "Wilson, Joseph"), ("PERSON", "jwilson")},
        ),
        (
            "- Huy Ngo (@huyn) — shadowing only\n- Linda Carter (@carterl)",
            {
                ("PERSON", "Huy Ngo"),
                ("PERSON", "huyn"),
                ("PERSON", "Linda Carter"),
                ("PERSON", "carterl"),
            },
        ),
        ("Will Stone drafted the wills", {("PERSON", "Stone")}),
    ],
    "profile URLs": [
        (
            "Book time with me: https://calendly.com/madeline_dubose",
            {("PERSON", "madeline_dubose")},
        ),
        ("image: ghcr.io/sydney.gibson/orders-api:4.11.3", {("PERSON", "sydney.gibson")}),
        ("see https://github.com/pallets/flask and github.com/psf/requests", set()),
    ],
    "roles and presence": [
        ("Battery died. Support rep Divya was nice but could not help", {("PERSON", "Divya")}),
        (
            "The agent at the desk, Rebecca, said the bags were in Frankfurt",
            {("PERSON", "Rebecca")},
        ),
        ("Per qualsiasi dubbio può contattare la mia collega Beatrice.", {("PERSON", "Beatrice")}),
        ("[presence] Precious White is typing…", {("PERSON", "Precious White")}),
        ("NPM_TOKEN: xyz   # Jerome's token, TODO move to secrets", {("PERSON", "Jerome")}),
        ("restart the server Nginx, then the client Postman", set()),
    ],
    "names in capitals": [
        (
            "Passenger 1: CARTER/DYLAN MR\nPassenger 2: DE LA CRUZ/MARIA ELENA MS",
            {
                ("PERSON", "CARTER/DYLAN"),
                ("PERSON", "DE LA CRUZ/MARIA ELENA"),
            },
        ),
        ("Route: LHR/JFK, then TCP/IP and AND/OR", set()),
        (
            "Patient THIBODEAUX, KAREN (born 20 July 1939)",
            {("PERSON", "THIBODEAUX, KAREN"), ("DATE_OF_BIRTH", "20 July 1939")},
        ),
        ("ERROR, WARNING and USA, JORDAN", set()),
    ],
    "reach on a number": [
        (
            "write an invite, rsvp to khoa on +17959946341",
            {("PERSON", "khoa"), ("PHONE_NUMBER", "+17959946341")},
        ),
        (
            "Text Sunny at 0412 555 123 when you land",
            {("PERSON", "Sunny"), ("PHONE_NUMBER", "0412 555 123")},
        ),
        (
            "call reception on 020 7946 0000 or contact support at +1 555 0100",
            {("PHONE_NUMBER", "020 7946 0000"), ("PHONE_NUMBER", "+1 555 0100")},
        ),
    ],
}

CASES = span_cases(TABLE)


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_span_table(sanitizer: Sanitizer, text: str, expected: set[tuple[str, str]]) -> None:
    assert found(sanitizer, text) == expected
