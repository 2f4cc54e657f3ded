"""Name propagation within a record (engine.py -> person.propagate): a found name's other
mentions go too; code identifiers and ordinary words stay. Span table: text -> the last
occurrence of each `gone` word lies inside a PERSON span, no `kept` word is touched."""

from __future__ import annotations

import pytest

from sanitizers import Sanitizer

CUE = "My name is Dorota Wiśniewska.\n"


def _spans(sanitizer: Sanitizer, text: str) -> list[tuple[int, int]]:
    (result,) = sanitizer.sanitize_texts([text])
    return [(e.start, e.end) for e in result.entities if e.type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        (CUE + "Later, Dorota's report came in.", ["Dorota"], ["report"]),  # possessive
        (CUE + "Wiśniewska signed it.", ["Wiśniewska"], ["signed"]),  # surname alone
        (CUE + "so i told dorota about it", ["dorota"], ["about"]),  # lowercase chat
        (CUE + "ping @dorota.w today", ["dorota"], ["today"]),  # inside a handle
        # near-misses: code identifiers holding the name stay
        (CUE + "set dorota_id = 4 and call getDorota()", [], ["dorota_id", "getDorota"]),
        # an English word of a found name spreads only as written, not in lowercase
        (CUE + "Thanks, Grace Nwosu. The grace period ends soon.", ["Nwosu"], ["grace period"]),
        # nothing found, nothing spread
        ("the dorota_id column and the Dorota table", [], ["dorota_id"]),
    ],
)
def test_found_names_spread_within_the_text(
    sanitizer: Sanitizer, text: str, gone: list[str], kept: list[str]
) -> None:
    spans = _spans(sanitizer, text)
    for word in gone:
        at = text.rindex(word)
        assert any(s <= at and at + len(word) <= e for s, e in spans), (word, spans)
    for word in kept:
        at = text.rindex(word)
        assert not any(s < at + len(word) and at < e for s, e in spans), (word, spans)


def test_found_names_spread_across_the_texts_of_a_record(sanitizer: Sanitizer) -> None:
    (res,) = sanitizer.sanitize_records(
        [{"prompt": CUE, "output": "Dorota's draft, by wiśniewska", "documents": ["getDorota()"]}]
    )
    out = str(res.fields["output"])
    assert "Dorota" not in out and "wiśniewska" not in out and "draft" in out
    assert res.fields["documents"] == ["getDorota()"]
