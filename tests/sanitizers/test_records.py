"""Records: placeholder consistency, shapes, hash mode, entity switches, long texts."""

from __future__ import annotations

import pytest

from sanitizers import SANITIZER_VERSION, Sanitizer, SanitizerConfig


def test_placeholders_consistent_within_a_record(sanitizer: Sanitizer) -> None:
    record = {
        "prompt": "Email Jane Fowler at jane@acme.io about the invoice.",
        "output": "I wrote to Jane Fowler (jane@acme.io) and to bob@acme.io.",
        "documents": ["From: jane@acme.io", "no pii", "cc bob@acme.io"],
    }
    (res,) = sanitizer.sanitize_records([record])
    assert res.fields["prompt"] == "Email <PERSON_1> at <EMAIL_ADDRESS_1> about the invoice."
    assert (
        res.fields["output"]
        == "I wrote to <PERSON_1> (<EMAIL_ADDRESS_1>) and to <EMAIL_ADDRESS_2>."
    )
    assert res.fields["documents"] == ["From: <EMAIL_ADDRESS_1>", "no pii", "cc <EMAIL_ADDRESS_2>"]
    assert res.entity_counts == {"PERSON": 2, "EMAIL_ADDRESS": 5}


def test_placeholders_independent_between_records(sanitizer: Sanitizer) -> None:
    a, b = sanitizer.sanitize_records(
        [{"prompt": "mail x@a.io and y@a.io"}, {"prompt": "mail y@a.io"}]
    )
    assert a.fields["prompt"] == "mail <EMAIL_ADDRESS_1> and <EMAIL_ADDRESS_2>"
    assert b.fields["prompt"] == "mail <EMAIL_ADDRESS_1>"


def test_record_shapes_kept(sanitizer: Sanitizer) -> None:
    (res,) = sanitizer.sanitize_records(
        [{"prompt": None, "output": "", "documents": [], "extra": ["a", None, "10.0.0.1"]}]
    )
    assert res.fields == {
        "prompt": None,
        "output": "",
        "documents": [],
        "extra": ["a", None, "<IP_ADDRESS_1>"],
    }


def test_found_names_are_propagated_in_the_record(sanitizer: Sanitizer) -> None:
    (res,) = sanitizer.sanitize_records(
        [{"prompt": "My name is Sonoka Miki.", "output": "Nice to meet you, Sonoka! sonoka?"}]
    )
    assert "Sonoka" not in res.fields["output"] and "sonoka" not in res.fields["output"]


def test_hash_mode_is_keyed_and_stable() -> None:
    texts = ["ping ops@acme.io", "again ops@acme.io"]
    one = Sanitizer(
        SanitizerConfig(mode="hash", hash_key=b"k1", entities=frozenset({"EMAIL_ADDRESS"}))
    )
    two = Sanitizer(
        SanitizerConfig(mode="hash", hash_key=b"k2", entities=frozenset({"EMAIL_ADDRESS"}))
    )
    a, b = (r.text.split()[-1] for r in one.sanitize_texts(texts))
    assert a == b and a.startswith("<EMAIL_ADDRESS_") and "ops" not in a
    assert two.sanitize_texts(texts[:1])[0].text.split()[-1] != a


def test_entity_types_switch_on_and_off() -> None:
    text = "Ana Silva flew to Lisbon on 2024-05-01, ip 10.1.2.3."
    only_dates = Sanitizer(SanitizerConfig(entities=frozenset({"DATE_TIME", "LOCATION"})))
    (res,) = only_dates.sanitize_texts([text])
    assert {e.type for e in res.entities} == {"DATE_TIME", "LOCATION"}
    assert "Ana Silva" in res.text and "10.1.2.3" in res.text


def test_bad_config_says_what_to_do() -> None:
    with pytest.raises(ValueError, match="hash_key"):
        SanitizerConfig(mode="hash")
    with pytest.raises(ValueError, match="unknown entity types"):
        SanitizerConfig(entities=frozenset({"NOPE"}))
    with pytest.raises(RuntimeError, match="not installed"):
        Sanitizer(SanitizerConfig(model="no_such_model_xyz")).sanitize_texts(["Jane Doe"])
    assert SANITIZER_VERSION


def test_long_text_beyond_max_length() -> None:
    small = Sanitizer(SanitizerConfig(max_length=2_000))
    filler = "the quick brown fox jumps over the lazy dog " * 120  # one 5,280-char line
    text = f"{filler}write to Ada Lovelace at ada@example.com {filler}\n{filler} ip 10.9.8.7"
    (res,) = small.sanitize_texts([text])
    got = {(e.type, text[e.start : e.end]) for e in res.entities}
    assert got == {
        ("PERSON", "Ada Lovelace"),
        ("EMAIL_ADDRESS", "ada@example.com"),
        ("IP_ADDRESS", "10.9.8.7"),
    }
    assert res.text.count("fox") == text.count("fox")


def test_text_longer_than_spacy_max_length(sanitizer: Sanitizer) -> None:
    para = "The meeting went fine and nothing else happened that day at all. " * 40 + "\n"
    text = para * 400 + "Contact Grace Hopper at grace@navy.mil.\n"  # > 1,000,000 chars
    assert len(text) > 1_000_000
    (res,) = sanitizer.sanitize_texts([text])
    assert res.text.endswith("Contact <PERSON_1> at <EMAIL_ADDRESS_1>.\n")
