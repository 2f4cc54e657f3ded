"""Span table for sanitizer 1.30.0.

- A lowercase first name in a line of another language counts from the name list's
  frequency 5 ("ei annamaria, voce viu o email do riccardo?", "kya haal hai dario?"; it was
  8), unless another language uses it as a common word (`common_abroad.txt`, from
  wordfreq's lists: "domingo", "novo", "sinh", "dato", "yung").
- Names of sales and membership work: a call's first words ("Hi, is that Prisca?", "you're
  speaking with Charlotte"; a listed first name, not "Is this legit?" nor a dog's "Is that
  Waffles?"), a callback's caller, an honorific after the name glued to Japanese
  ("Kato-sanも") or in Uzbek and Azerbaijani ("Yusupov aka", "Həsənova müəllimə"), a
  surname and two initials ("Abdullayeva D. A.", "Иванов И.И."; not a company's "S.A."
  nor "Section A. B."), a CRM's activity log ("broua created lead …", "changed owner to
  adjoua-kouadio") and its `responsible_user`, the dependents of an insurance quote
  (their dates in brackets are no "Surname, Given"), "Surname, Given" before an address in
  angle brackets.
- Dates of birth: an Uzbek key with its apostrophe ("Tug'ilgan sana"), the Republic of
  China's years ("民國69年6月30日"), Spanish and Portuguese "2 de agosto de 2004" under a
  birthday's key.
- Addresses after the words for "deliver to" in Vietnamese, Spanish and French ("giao về",
  "mándalas a", "livrez chez ma Khali Othmane, …"), under Azerbaijani "Ünvan"; not a
  shipping cost under "Shipping:".
- A phone number in the slot of a found one: an unsaved contact's number opening a chat
  line, the phone column of a donor list (in Arabic-Indic digits too); not an order's or a
  compact date's cell.
"""

from __future__ import annotations

import pytest
from conftest import found, span_cases

from sanitizers import Sanitizer

TABLE: dict[str, list[tuple[str, set[tuple[str, str]]]]] = {
    "a lowercase first name in a line of another language, not a common word there": [
        (
            "ei annamaria, voce viu o email do riccardo?",
            {("PERSON", "annamaria"), ("PERSON", "riccardo")},
        ),
        ("kya haal hai dario? kal milte hain", {("PERSON", "dario")}),
        ("el lunes hablo con guillermo y te aviso", {("PERSON", "guillermo")}),
        ("minha chefe me mandou mensagem às 23h de novo", set()),
        ("viết giúp mình tin nhắn chúc mừng sinh nhật chị nhé", set()),
        ("pakisabi mo na yung bayad sa bahay, i-gcash na lang", set()),
    ],
    "names of sales and membership work": [
        ("Rep: Hi, is that Prisca?\nProspect: Speaking.", {("PERSON", "Prisca")}),
        ("Is this legit? Found a cheap apartment.", set()),
        ("Wiremu: Is that Waffles? I think I saw him", {("PERSON", "Wiremu")}),
        (
            "BlueOcean Events insurance, you're speaking with Charlotte.",
            {("PERSON", "Charlotte")},
        ),
        ("Agent notes: wants a callback from Grace after 3pm", {("PERSON", "Grace")}),
        ("Kato-sanも同席します", {("PERSON", "Kato")}),
        ("Həsənova müəllimə zəng etdi.", {("PERSON", "Həsənova")}),
        (
            "Dependents: Brooklyn (10/12/2023), Aaliyah (11/13/2012)",
            {("PERSON", "Brooklyn"), ("PERSON", "Aaliyah")},
        ),
        (
            "Abdullayeva D. A. - 96 060-22-98",
            {("PERSON", "Abdullayeva D. A."), ("PHONE_NUMBER", "96 060-22-98")},
        ),
        ("Иванов И.И. подписал акт.", {("PERSON", "Иванов И.И.")}),
        ("Cajero | Cobalt Constructora S.A.", set()),
        ("See Section A. B. for details.", set()),
        (
            "2026-03-17 11:45 broua created lead 00Q8A0Z5LE6A42B\n"
            "2026-03-17 13:15 broua changed owner to adjoua-kouadio",
            {("PERSON", "broua"), ("PERSON", "adjoua-kouadio")},
        ),
        ("the system created lead records nightly; cron changed owner to admin.", set()),
        ('{"price": 0, "responsible_user": "rene", "status": "won"}', {("PERSON", "rene")}),
        (
            "Kovačević, Josip <josip.kovacevic1997@gmail.com>",
            {
                ("PERSON", "Kovačević, Josip"),
                ("EMAIL_ADDRESS", "josip.kovacevic1997@gmail.com"),
            },
        ),
    ],
    "dates of birth": [
        ("Tug'ilgan sana: 15.03.1996", {("DATE_OF_BIRTH", "15.03.1996")}),
        ("出生日期: 民國69年6月30日", {("DATE_OF_BIRTH", "民國69年6月30日")}),
        ("La reunión es el 2 de agosto de 2024.", set()),
    ],
    "addresses after a word for delivering": [
        (
            "sí, quiero 3 cajas. mándalas a Gran Vía, 49, esc. izq., 1º, 46080 Valencia",
            {("STREET_ADDRESS", "Gran Vía, 49, esc. izq., 1º, 46080 Valencia")},
        ),
        (
            "super merci ! livrez chez ma Khali Othmane, Résidence Al Amal, Imm. 6, Appt 505,"
            " Rue Ibnou Majid El Bahar, Marrakech",
            {
                ("PERSON", "Khali Othmane"),
                (
                    "STREET_ADDRESS",
                    "Résidence Al Amal, Imm. 6, Appt 505, Rue Ibnou Majid El Bahar, Marrakech",
                ),
            },
        ),
        (
            "Ünvan: Bakı, Bakıxanov küçəsi, ev 57, mənzil 30",
            {("STREET_ADDRESS", "Bakı, Bakıxanov küçəsi, ev 57, mənzil 30")},
        ),
        ("Billing: monthly, by card\nShipping: free over 50 EUR", set()),
    ],
    "a phone number in the slot of a found one": [
        (
            "From our viber group:\n0813 3711 5456: Who has stock?\n08995154032: Me, 40 pcs.",
            {("PHONE_NUMBER", "0813 3711 5456"), ("PHONE_NUMBER", "08995154032")},
        ),
        (
            "Donors\nNasser Qteishat - 200 JD - 079 291 2886\n"
            "Layla Zoubi - JOD 28 000 - ٠٦ ٦٩٠ ١٥٩٥",
            {
                ("PERSON", "Nasser Qteishat"),
                ("PERSON", "Layla Zoubi"),
                ("PHONE_NUMBER", "079 291 2886"),
                ("PHONE_NUMBER", "٠٦ ٦٩٠ ١٥٩٥"),
            },
        ),
        (
            "Orders:\n1. Ana - ORD-662198 - 024 287 9583\n2. Ben - 2024-05-01 - 20240501",
            {("PERSON", "Ana"), ("PERSON", "Ben"), ("PHONE_NUMBER", "024 287 9583")},
        ),
    ],
}


@pytest.mark.parametrize(("text", "expected"), span_cases(TABLE))
def test_span_table(sanitizer: Sanitizer, text: str, expected: set[tuple[str, str]]) -> None:
    assert found(sanitizer, text) == expected
