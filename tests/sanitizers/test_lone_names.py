"""Span tables for round 3 (issue 12c): a lone capitalized word the English word list lacks
in prose; every word of an all-lowercase prose line shown capitalized to NER (the word list
holds many names: "martin", "helena"); names with an inner apostrophe or hyphen; a first
name before a found surname; logins in environment variables, sudo/su and sshd logs; with
near-misses (places, products, labels, tables, comparisons, service logins) that stay."""

from __future__ import annotations

import pytest
from conftest import found, span_cases

from sanitizers import Sanitizer

TABLE: dict[str, list[tuple[str, set[tuple[str, str]]]]] = {
    "lone_word": [
        ("I emailed Siobhán but got no reply.", {("PERSON", "Siobhán")}),
        ("Could Oleksandr take the night shift on Friday?", {("PERSON", "Oleksandr")}),
        ("The refund for Xiaoming was approved yesterday.", {("PERSON", "Xiaoming")}),
        ("I think Hovhannes deserves a raise.", {("PERSON", "Hovhannes")}),
        ("Support agent Nkechi closed the case.", {("PERSON", "Nkechi")}),
        ("Why is Nkosinathi so quiet today?", {("PERSON", "Nkosinathi")}),
        ("We hired Aigerim last month; she starts Monday.", {("PERSON", "Aigerim")}),
        ("Please send the contract to Anna-Lena before Friday.", {("PERSON", "Anna-Lena")}),
        ("The refund for O'tkir was approved yesterday.", {("PERSON", "O'tkir")}),
    ],
    "apostrophes_and_first_names": [
        (
            "Please send the contract to Ol'ha Kovalenko before Friday.",
            {("PERSON", "Ol'ha Kovalenko")},
        ),
        ("The refund for O'tkir Karimov was approved.", {("PERSON", "O'tkir Karimov")}),
        ("Minutes taken by Ch'en Shui-pien today.", {("PERSON", "Ch'en Shui-pien")}),
    ],
    "lowercase_prose": [
        ("i had lunch with helena yesterday", {("PERSON", "helena")}),
        ("martin and me will be late today", {("PERSON", "martin")}),
        ("wang ran will join the call", {("PERSON", "wang ran")}),
        ("ok so maria pires told me the total is wrong", {("PERSON", "maria pires")}),
        ("i will mark it done", set()),
        ("the grace period ends today", set()),
        ("can you check the logs please", set()),
        ("upgrade the kernel and reboot", set()),
        ("def load(path):", set()),
    ],
    "logins": [
        ("export ADMIN_USER=okafor_c", {("PERSON", "okafor_c")}),
        ('DB_USERNAME="ana.k"', {("PERSON", "ana.k")}),
        ("sudo -u ewa.nowak ls /srv", {("PERSON", "ewa.nowak")}),
        ("su - mkowalski", {("PERSON", "mkowalski")}),
        (
            "sshd[311]: Accepted publickey for dlamini_s from 10.2.3.4 port 22 ssh2",
            {("PERSON", "dlamini_s"), ("IP_ADDRESS", "10.2.3.4")},
        ),
        ("Invalid user jnovak from 10.9.8.7", {("PERSON", "jnovak"), ("IP_ADDRESS", "10.9.8.7")}),
    ],
    "login_near_misses": [
        ("POSTGRES_USER=postgres", set()),
        ("su - postgres", set()),
        ("echo $USER", set()),
        ("USER=$(whoami)", set()),
        ("ENV USER=app", set()),
        ("if user == 'root': return", set()),
        ("sudo -u www-data php artisan migrate", set()),
    ],
    "jargon_labels": [
        ("Changelog: bumped the parser", set()),
        ("Dockerfile: add a healthcheck", set()),
        ("maintainers: see the readme", set()),
        ("nazimet: on it", {("PERSON", "nazimet")}),
        ("Kiplagat: the deploy is done", {("PERSON", "Kiplagat")}),
    ],
    "near_misses": [
        ("I grew up in Kutaisi and moved away in 2006.", set()),
        ("The Gitea team shipped a fix yesterday.", set()),
        ("Is Blazor better than Zig for this?", set()),
        ("Has anyone tried Mattermost at work?", set()),
        ("We'll meet at the office.", set()),
        ("Hatchet 2 is out.", set()),
        ("Don't Panic is a good motto.", set()),
        ("The menu;drinks;Kvass;price", set()),
        ("I flew to Tbilisi on Monday morning.", set()),
        ("The team flew to Padborg on Sunday morning.", set()),
        ("Our warehouse is at Borgarholtsbraut 47, Kópavogur", set()),
        ("The Uzbek delegation arrives tomorrow.", set()),
        ("THE QUICK BROWN FOX", set()),
        ("Reviewed-by: the whole team", set()),
        ("I went to the store yesterday.", set()),
        ("Great, thanks for the help!", set()),
        ("Our Grafana dashboard is slow since the upgrade.", set()),
    ],
}

CASES = span_cases(TABLE)


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_span_table(sanitizer: Sanitizer, text: str, expected: set[tuple[str, str]]) -> None:
    assert found(sanitizer, text) == expected
