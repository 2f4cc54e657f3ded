"""Labeled texts for the sanitizer benchmark and its test: presidio-evaluator sentences plus
LLM-API-log-shaped texts (code, configs, stack traces, chat) filled with Faker values.

Faker generates the values only; no detector is built from its lists.
"""

from __future__ import annotations

import base64
import json
import random
import re
import string
from dataclasses import dataclass
from datetime import datetime
from unittest import mock

from faker import Faker

#: presidio-evaluator label -> benchmark category (must-remove only; the rest is kept).
EVALUATOR_TYPES = {
    "PERSON": "PERSON",
    "EMAIL_ADDRESS": "EMAIL",
    "PHONE_NUMBER": "PHONE",
    "CREDIT_CARD": "CREDIT_CARD",
    "IBAN_CODE": "IBAN",
    "US_SSN": "US_SSN",
    "IP_ADDRESS": "IP",
    "STREET_ADDRESS": "ADDRESS",
    "US_DRIVER_LICENSE": "DRIVER_LICENSE",
}
STRICT = {"EMAIL", "CREDIT_CARD", "IBAN", "US_SSN", "IP", "SECRET", "CRYPTO", "MAC", "US_ITIN"}


@dataclass
class Sample:
    text: str
    spans: list[tuple[str, int, int]]  # (category, start, end) of must-remove values


def evaluator_samples(n: int, seed: int) -> list[Sample]:
    """PresidioSentenceFaker sentences, labels mapped to the benchmark categories."""
    import contextlib
    import io

    from presidio_evaluator.data_generator import PresidioSentenceFaker
    from presidio_evaluator.data_generator.presidio_sentence_faker import (
        presidio_additional_entity_providers as providers,
    )

    # HospitalProvider queries WikiData at start-up; no template uses it, so leave it out.
    offline = [p for p in providers if p.__name__ != "HospitalProvider"]
    import faker.providers.date_time as faker_dates

    class _Frozen(datetime):  # Faker's dates end "now": the same sentences on every run
        @classmethod
        def now(cls, tz=None):  # noqa: ANN001, ANN206
            return cls(2026, 1, 1, tzinfo=tz)

    with (
        contextlib.redirect_stdout(io.StringIO()),
        contextlib.redirect_stderr(io.StringIO()),
        mock.patch.object(faker_dates, "datetime", _Frozen),
    ):
        random.seed(seed)  # its people table draws middle initials before it seeds itself
        faker = PresidioSentenceFaker(
            "en_US", lower_case_ratio=0.1, random_seed=seed, entity_providers=offline
        )
        generated = faker.generate_new_fake_sentences(n)
    out = []
    for s in generated:
        spans = [
            (EVALUATOR_TYPES[sp.entity_type], sp.start_position, sp.end_position)
            for sp in s.spans
            if sp.entity_type in EVALUATOR_TYPES
        ]
        out.append(Sample(s.full_text, spans))
    return out


def _tok(rng: random.Random, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _b64(rng: random.Random, n: int) -> str:
    return (
        base64.urlsafe_b64encode(bytes(rng.randrange(256) for _ in range(n))).decode().rstrip("=")
    )


def value(kind: str, fk: Faker, rng: random.Random) -> str:
    """A fake value of one kind (see LOG_TEMPLATES)."""
    up = string.ascii_uppercase + string.digits
    jwt_head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    claims = json.dumps({"sub": str(rng.randrange(10**6)), "iat": rng.randrange(10**9)})
    gen = {
        "name": fk.name,
        "first": fk.first_name,
        "lname": lambda: fk.name().lower(),
        "lfirst": lambda: fk.first_name().lower(),
        "email": fk.email,
        "phone": fk.phone_number,
        "intl": lambda: (
            f"+{rng.choice([44, 49, 33, 41, 31])} {rng.randrange(10, 99)} "
            f"{rng.randrange(100, 999)} {rng.randrange(1000, 9999)}"
        ),
        "card": fk.credit_card_number,
        "iban": fk.iban,
        "ssn": fk.ssn,
        "ip": fk.ipv4,
        "ip6": fk.ipv6,
        "address": lambda: fk.street_address(),
        "dl": lambda: rng.choice(string.ascii_uppercase) + str(rng.randrange(10**7, 10**8)),
        "passport": lambda: rng.choice(string.ascii_uppercase) + str(rng.randrange(10**7, 10**8)),
        "aws_id": lambda: "AKIA" + _tok(rng, 16, up),
        "aws_secret": lambda: _tok(rng, 40, string.ascii_letters + string.digits + "/+"),
        "ghp": lambda: "ghp_" + _tok(rng, 36),
        "slack": lambda: f"xoxb-{rng.randrange(10**11)}-{rng.randrange(10**12)}-{_tok(rng, 24)}",
        "stripe": lambda: "sk_live_" + _tok(rng, 24),
        "sk": lambda: "sk-proj-" + _tok(rng, 40, string.ascii_letters + string.digits + "_-"),
        "jwt": lambda: (
            f"{jwt_head}.{base64.urlsafe_b64encode(claims.encode()).decode().rstrip('=')}"
            f".{_b64(rng, 32)}"
        ),
        "pem": lambda: (
            "-----BEGIN RSA PRIVATE KEY-----\n"
            + "\n".join(_b64(rng, 48).replace("-", "+").replace("_", "/") for _ in range(4))
            + "\n-----END RSA PRIVATE KEY-----"
        ),
        "dbpass": lambda: fk.password(length=14),
        "bearer": lambda: _b64(rng, 30),
        "hexkey": lambda: _tok(rng, 32, "0123456789abcdef"),
        "user": fk.user_name,
        "host": fk.domain_name,
        "city": fk.city,
        "country": fk.country,
        "company": fk.company,
        "date": lambda: fk.date(),
        "version": lambda: f"{rng.randrange(1, 9)}.{rng.randrange(30)}.{rng.randrange(30)}",
        "sha": lambda: _tok(rng, 40, "0123456789abcdef"),
        "uuid": lambda: str(fk.uuid4()),
        "order": lambda: f"ORD-{rng.randrange(2019, 2026)}-{rng.randrange(10**5, 10**6)}",
        "num": lambda: str(rng.randrange(2, 500)),
    }
    return gen[kind]()


CATEGORY = {
    **dict.fromkeys(["name", "first", "lname", "lfirst"], "PERSON"),
    "email": "EMAIL",
    "phone": "PHONE",
    "intl": "PHONE",
    "card": "CREDIT_CARD",
    "iban": "IBAN",
    "ssn": "US_SSN",
    "ip": "IP",
    "ip6": "IP",
    "address": "ADDRESS",
    "dl": "DRIVER_LICENSE",
    "passport": "PASSPORT",
    **dict.fromkeys(
        ["aws_id", "aws_secret", "ghp", "slack", "stripe", "sk", "jwt", "pem", "dbpass", "bearer"],
        "SECRET",
    ),
    "hexkey": "SECRET",
}

_SLOT = re.compile(r"\{(\w+)\}")


def fill(template: str, fk: Faker, rng: random.Random) -> Sample:
    """Fill {kind} slots; must-remove kinds become labeled spans."""
    parts: list[str] = []
    spans: list[tuple[str, int, int]] = []
    pos = 0
    length = 0
    for m in _SLOT.finditer(template):
        literal = template[pos : m.start()]
        parts.append(literal)
        length += len(literal)
        val = value(m.group(1), fk, rng)
        if m.group(1) in CATEGORY:
            spans.append((CATEGORY[m.group(1)], length, length + len(val)))
        parts.append(val)
        length += len(val)
        pos = m.end()
    parts.append(template[pos:])
    return Sample("".join(parts), spans)
