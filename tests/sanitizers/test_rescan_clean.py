"""verify's rescan promise, on the sanitizer alone: text the sanitizer wrote, scanned again,
holds no strict finding (an e-mail, card, SSN, IBAN, IP or secret) outside the placeholders
it wrote. A finding there is a verify violation on a clean lake: a secret pattern that takes
a URL next to a placeholder (``Authorization: Basic <BEARER_TOKEN_1> https://ci.internal/
job/build/14812/console``), a password rule that takes the placeholder's neighbour.

The texts are two blind development sets (identifiers of every kind in real shapes, many
passwords, keys and codes in prose) and the technical corpus, sanitized twice by the real
sanitizer; the check is the one ``lakesweep verify`` runs (rescan.PLACEHOLDER, strict_types).
"""

from __future__ import annotations

from bench.sanitizer_dev5 import dev5_set
from bench.sanitizer_dev11 import dev11_set
from bench.sanitizer_tech import TECH_HELD, tech_texts
from lakesweep.verify.rescan import PLACEHOLDER, strict_types
from sanitizers import Sanitizer


def _strict_leftovers(sanitizer: Sanitizer, texts: list[str]) -> list[str]:
    strict = strict_types()
    once = [r.text for r in sanitizer.sanitize_texts(texts)]
    out = []
    for text, again in zip(once, sanitizer.sanitize_texts(once), strict=True):
        spans = [m.span() for m in PLACEHOLDER.finditer(text)]
        for e in again.entities:
            if e.type in strict and not any(a < e.end and e.start < b for a, b in spans):
                out.append(f"{e.type}: {text[max(0, e.start - 40) : e.end + 20]!r}")
    return out


def test_sanitized_text_rescans_clean(sanitizer: Sanitizer) -> None:
    texts = [s.text for s in dev11_set(0.25)] + [s.text for s in dev5_set(0.15)]
    texts += tech_texts(TECH_HELD, 120, 6)
    assert len(texts) == 300 + 180 + 120
    assert _strict_leftovers(sanitizer, texts) == []


def test_url_after_a_placeholder_is_no_secret(sanitizer: Sanitizer) -> None:
    text = "curl -H 'Authorization: Basic <BEARER_TOKEN_1>' https://ci.internal/job/build/14812/console"
    assert _strict_leftovers(sanitizer, [text]) == []
