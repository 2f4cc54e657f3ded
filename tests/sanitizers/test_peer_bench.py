"""The peer-cases benchmark (bench/sanitizer_peers.py): its data is consistent and its
statuses follow the definitions in its docstring (no model needed: entities are given)."""

from __future__ import annotations

import pytest

from bench.sanitizer_peer_cases import CASES, NOTES
from bench.sanitizer_peers import Row, classify, kept_ip


def test_cases_are_consistent() -> None:
    keys = [c[:3] for c in CASES]
    assert len(keys) == len(set(keys))
    assert set(NOTES) <= set(keys)
    for _, _, text, values in CASES:
        assert all(v and v in text for v in values), text


IP, PH = "IP_ADDRESS", "PHONE_NUMBER"


@pytest.mark.parametrize(
    ("typ", "text", "values", "out", "entities", "note", "status"),
    [
        (PH, "tel 555-0100", ["555-0100"], "tel <PHONE_NUMBER_1>", [(PH, 4, 12)], None, "removed"),
        (PH, "call 555-0100", ["555-0100"], "call 555-0100", [], None, "leaked"),
        (IP, "fe80::1%eth0", ["fe80::1%eth0"], "<IP_ADDRESS_1>%eth0", [(IP, 0, 7)], None, "leaked"),
        ("PASSPORT", "A12803456", ["A12803456"], "A12803456", [], "presidio-weak", "leaked-weak"),
        ("URL", "see a.io", ["a.io"], "see a.io", [], None, "kept-design"),
        ("URL", "see a.io", ["a.io"], "see <URL_1>", [("URL", 4, 8)], None, "removed"),
        (IP, "127.0.0.1", ["127.0.0.1"], "127.0.0.1", [], None, "kept-design"),
        (IP, "::1%lo", ["::1%lo"], "<IP_ADDRESS_1>%lo", [(IP, 0, 3)], None, "mangled"),
        (IP, "v 1.2.3", [], "v 1.2.3", [], None, "kept"),
        (IP, "1.2.3.4", [], "<IP_ADDRESS_1>", [(IP, 0, 7)], None, "altered"),
        (IP, "aa:bb", [], "<PERSON_1>", [("PERSON", 0, 5)], None, "altered-other"),
    ],
)  # fmt: skip
def test_statuses(typ, text, values, out, entities, note, status) -> None:
    found = [(t, text[s:e]) for t, s, e in entities]
    row = Row("src", typ, text, values, out, found, note)
    assert classify(row, [(s, e) for _, s, e in entities]) == status


def test_kept_ips() -> None:
    kept = ["127.0.0.1", "::1", "0.0.0.0", "::", "::ffff:127.0.0.1", "0.1.2.3", "10.1.0.0"]
    assert all(kept_ip(ip) for ip in [*kept, "255.255.255.255"])
    assert not any(kept_ip(ip) for ip in ["10.1.2.3", "192.168.1.1", "2001:db8::1", "x"])
