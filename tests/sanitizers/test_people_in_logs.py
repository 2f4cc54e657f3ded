"""Span tables for sanitizer 1.6.0's shapes of people in logs and prompts: hand-offs and
mentions in chat, rosters after a label, signatures on their own line, role fields and
"Surname, Given", `git blame` authors; with near-misses that stay."""

from __future__ import annotations

import pytest
from conftest import found, span_cases

from sanitizers import Sanitizer

TABLE: dict[str, list[tuple[str, set[tuple[str, str]]]]] = {
    "chat_and_handoffs": [
        ("Ticket escalated to Oyelaran in tier 3 after 2.4.1 failed.", {("PERSON", "Oyelaran")}),
        ("[09:12] <@dagny_holm> restarting the worker", {("PERSON", "dagny_holm")}),
        ("thx tuvshin 🙏", {("PERSON", "tuvshin")}),
        ("fixed in 3f2a9c1, thanks Kajetan for the report", {("PERSON", "Kajetan")}),
        ("lol bartek just force-pushed again", {("PERSON", "bartek")}),
        (
            "PR #88 opened by ngozi77, approved by tkowalczyk",
            {("PERSON", "ngozi77"), ("PERSON", "tkowalczyk")},
        ),
        ("Feedback for Radomir: the demo went well.", {("PERSON", "Radomir")}),
        (
            "Errors from 10.2.3.4 whenever mbeaulieu logs in",
            {("PERSON", "mbeaulieu"), ("IP_ADDRESS", "10.2.3.4")},
        ),
        ("is oyvind still on the data team?", {("PERSON", "oyvind")}),
        ("Write a farewell card for Dagrun from the whole team", {("PERSON", "Dagrun")}),
        ("Ahmadou, attached is the signed contract.", {("PERSON", "Ahmadou")}),
        ("Action items: Tiihonen to send the budget", {("PERSON", "Tiihonen")}),
        ("AI: K. Horvat to send the budget", {("PERSON", "K. Horvat")}),
        ("Sandra owns the vendor review.", {("PERSON", "Sandra")}),
        (
            "403 from 10.0.0.9 whenever haunani76 logs in",
            {("PERSON", "haunani76"), ("IP_ADDRESS", "10.0.0.9")},
        ),
        ("Feedback for Benjamin: more tests please.", {("PERSON", "Benjamin")}),
    ],
    "rosters": [
        (
            "Watchers: dagmara_kurz, uchenna36",
            {("PERSON", "dagmara_kurz"), ("PERSON", "uchenna36")},
        ),
        ("Reviewers: Ana Lima and @jdoe", {("PERSON", "Ana Lima"), ("PERSON", "jdoe")}),
        ("CC: kofi, ama.owusu, root", {("PERSON", "kofi"), ("PERSON", "ama.owusu")}),
    ],
    "signatures_fields_blame": [
        ("Looks good to me.\n\n/Neil", {("PERSON", "Neil")}),
        ("Ship it.\n\n~ Oyinda", {("PERSON", "Oyinda")}),
        ("Manager: Hope Cook", {("PERSON", "Hope Cook")}),
        ("Lead: Dolidze, Vakhtang", {("PERSON", "Dolidze, Vakhtang")}),
        (
            "55d2a05 (Maria Robert 2025-06-11 12:00:00 +0200 43)     retries = 3",
            {("PERSON", "Maria Robert")},
        ),
    ],
    "initials_particles_rows": [
        ("Reviewed by D. Nadeau.", {("PERSON", "D. Nadeau")}),
        ("Tested-by: Lizz die Pelser", {("PERSON", "Lizz die Pelser")}),
        ("a recommendation for Sjúrður á Lakjuni", {("PERSON", "Sjúrður á Lakjuni")}),
        ("a toast for my sister thura's wedding", {("PERSON", "thura")}),
        ("can linda and thabiti both join?", {("PERSON", "linda"), ("PERSON", "thabiti")}),
        (
            '641,"Bongo, Ánne",anne_bongo@example.org',
            {("PERSON", "Bongo, Ánne"), ("EMAIL_ADDRESS", "anne_bongo@example.org")},
        ),
        (
            "ATTENDEE;CN=Sana Akhtar:mailto:sa@example.org",
            {("PERSON", "Sana Akhtar"), ("EMAIL_ADDRESS", "sa@example.org")},
        ),
        ("62c58fc (Robin Fox 7 January 2022 43)     retries = 3", {("PERSON", "Robin Fox")}),
        (
            '"contributors": ["Ray Wood", "Kofi Mensah <k@example.org>"]',
            {("PERSON", "Ray Wood"), ("PERSON", "Kofi Mensah"), ("EMAIL_ADDRESS", "k@example.org")},
        ),
        (
            'authors = [{ name = "Will Little", email = "w@example.org" }]',
            {("PERSON", "Will Little"), ("EMAIL_ADDRESS", "w@example.org")},
        ),
    ],
    "threads_contracts_transcripts": [
        ("> Idir and Amber can't make it", {("PERSON", "Idir"), ("PERSON", "Amber")}),
        ("Senait's workaround fixed it for me.", {("PERSON", "Senait")}),
        ("Crystal Garcia wrote:", {("PERSON", "Crystal Garcia")}),
        ("[team] mehret-gebreyesus: who's on call tonight", {("PERSON", "mehret-gebreyesus")}),
        ("Reply from asgrimurvolundsson: thanks!", {("PERSON", "asgrimurvolundsson")}),
        ("as agreed by the seller, Rudy Goethals, last week", {("PERSON", "Rudy Goethals")}),
        ("Speaker 2 (Christina Fischer): Yes.", {("PERSON", "Christina Fischer")}),
        ("RIP Ricardo Gross.", {("PERSON", "Ricardo Gross")}),
        (
            "On-call rotation: Faith, Nina, Vilikesa",
            {("PERSON", "Faith"), ("PERSON", "Nina"), ("PERSON", "Vilikesa")},
        ),
    ],
    "near_misses": [
        ("A. Introduction", set()),
        ("Python's fix for this landed in 3.12", set()),
        ('"authors": ["the team"], "keywords": ["Data Science"]', set()),
        ('12,"Paris, France",ok', set()),
        ("Owners: @org/backend, platform team", set()),
        ("Attendees: everyone", set()),
        ("CC: root, ci", set()),
        ("Lead: investigate the flaky test", set()),
        ("customer: Acme, Inc", set()),
        ("fixed by default in 2.0", set()),
        ("SELECT * FROM t WHERE a < @limit", set()),
        ("see /usr/local/bin", set()),
        ("tell me the status of the build", set()),
        ("Support for Python: added in 3.12", set()),
        ("the user root logs in nightly", set()),
    ],
}

CASES = span_cases(TABLE)


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_span_table(sanitizer: Sanitizer, text: str, expected: set[tuple[str, str]]) -> None:
    assert found(sanitizer, text) == expected
