"""Span table for listed first names (given.py, sanitizer 1.8.0): a first name of the
54-country list that is no English word, Title-case or lowercase, in prose; and its
near-misses: English words that are names too, products in technical sentences and
comparisons, places after a preposition or a house number, words of other languages."""

from __future__ import annotations

import pytest
from conftest import found, span_cases

from sanitizers import Sanitizer
from sanitizers.first_names import FOREIGN_MIN_FREQUENCY, MIN_FREQUENCY, given_name_list

TABLE: dict[str, list[tuple[str, set[tuple[str, str]]]]] = {
    "lowercase_chat": [
        (
            "who should i cc on this, henrietta or peader?",
            {("PERSON", "henrietta"), ("PERSON", "peader")},
        ),
        ("reminder for myself: pay tatiana back for the taxi", {("PERSON", "tatiana")}),
        ("hey its christiane. i think u still have my hoodie", {("PERSON", "christiane")}),
        ("sign it from me and erling", {("PERSON", "erling")}),
        (
            "the lady from the tax office (giorgia something) asked for it",
            {("PERSON", "giorgia")},
        ),
        # the surname after a listed first name goes with it
        ("a form for my dad dusty choi, it asks for his ssn", {("PERSON", "dusty choi")}),
    ],
    "title_case": [
        ("Please forward the invoice to Bastiaan before Friday.", {("PERSON", "Bastiaan")}),
        # a prose line of a technical text: a lone guess would be dropped there, a listed
        # first name is kept
        (
            "Cleanup please:\n\nMy boss Bram wants this done by Sunday.\nI'm using Hadoop"
            " 8.13.14 and getting `KeyError: 'user_id'` when merging two DataFrames.",
            {("PERSON", "Bram")},
        ),
    ],
    "first_name_and_surname": [
        # a listed first name that is an English word too, before a Title-case surname
        ("Seats 4 and 5 are for Grace Little and her son.", {("PERSON", "Grace Little")}),
        ("The keys are with Marcus Pollard at the front desk.", {("PERSON", "Marcus Pollard")}),
    ],
    "under_a_name_key": [
        # a value of two English words under a generic name key: a listed first name tells
        (
            "<developer>\n  <name>Dawn Morris</name>\n</developer>",
            {("PERSON", "Dawn Morris")},
        ),
        ('login ok user="Anthony Tyler" method=sso', {("PERSON", "Anthony Tyler")}),
        # a first name rarer than PAIR_MIN_FREQUENCY does not make a product a person
        ('{"name": "Summer Sale", "discount": 20}', set()),
    ],
    "capitals": [
        # forms, manifests and statements write names in capitals; the run is cut at
        # common and technical words
        (
            "5/6/2024  SEPA TRANSFER FROM NORBERT ŘÍHA  +€1734.57",
            {("PERSON", "NORBERT ŘÍHA")},
        ),
        (
            '{"passengers": [{"name": "AGNES LAKSITA", "seat": "12C"}]}',
            {("PERSON", "AGNES LAKSITA")},
        ),
        (
            "help me write a toast for KHOA VU & AGNES LAKSITA's 25th anniversary",
            {("PERSON", "KHOA VU"), ("PERSON", "AGNES LAKSITA")},
        ),
        # a strong key takes a name in capitals, up to the next column of the form
        (
            "DISCHARGE SUMMARY\nPatient: PEMA NAMGYAL   MRN: 46516721",
            {("PERSON", "PEMA NAMGYAL")},
        ),
        ("Account holder: GARAZI LARRAÑAGA\nIBAN follows", {("PERSON", "GARAZI LARRAÑAGA")}),
        # no listed first name, or all English words: headings, places
        ("DISCHARGE SUMMARY", set()),
        ("RENTAL AGREEMENT — NEW YORK CITY BRANCH", set()),
        ('{"name": "PROD DB", "region": "EU WEST"}', set()),
    ],
    "near_misses": [
        # a lowercase word in a sentence of mixed case, a quoted key, code in backticks
        ("# In this block, calls to blas implementation (like openblas or MKL)", set()),
        ('{"lang": "en", "tokens": 12}', set()),
        ("a library might provide a `Meta` type", set()),
        # an English first name before a place or organization word, or after "in"
        ("Our client is Victoria Station Ltd", set()),
        ("We met in Crystal Lake last year", set()),
        # English words that are first names too are left to NER and cues
        ("give me 3 opening lines that aren't cringe, theres a deadline", set()),
        ("aren we done yet", set()),
        # products: a technical sentence, a comparison, after a determiner, before a version
        ("We migrated the pipeline to Frida 16.2 last week.", set()),
        ("Is Ava better than Mattermost for this?", set()),
        ("Open the Luigi dashboard and check the scheduler.", set()),
        # places
        ("I'm moving to Kaarina next month.", set()),
        # inside a URL, key or login
        ("curl https://x.com/reset?token=abc&lang=en", set()),
        # a word of another language that is also a rare name
        ("Ang bago kong numero ay 0917 801 5990.", {("PHONE_NUMBER", "0917 801 5990")}),
        ("kya haal hai? kal milte hain", set()),
        # a list item or a config value of a technical text
        ("## Requirements\n\n- Discord >= 7.16.2\n- Frida\n- Groovy (optional)", set()),
        ("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: kong\n", set()),
    ],
}

CASES = span_cases(TABLE)


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_span_table(sanitizer: Sanitizer, text: str, expected: set[tuple[str, str]]) -> None:
    assert found(sanitizer, text) == expected


def test_the_list_is_read_from_the_installed_data() -> None:
    """nam_dict.txt as shipped: names of many countries with their top frequency; the
    lowest kept is MIN_FREQUENCY, and the foreign-line bar is above it."""
    names = given_name_list()
    assert 15_000 < len(names) < 25_000
    assert min(names.values()) == MIN_FREQUENCY < FOREIGN_MIN_FREQUENCY
    for name in ["bastiaan", "henrietta", "józef", "łucja", "mihhail", "jun-wei", "junwei"]:
        assert name in names, name
    assert names["john"] >= FOREIGN_MIN_FREQUENCY
    assert "kafka" not in names and "django" not in names
