"""The two halves of the labeled evaluation: tuned (the earlier labeled set + the tuned
shapes, TUNED_LOCALES names) and held-back (other shapes, HELD_LOCALES names).

A template slot is {kind} or {kind_x} (see sanitizer_tuned.py); must-remove kinds become
labeled spans of their category.
"""

from __future__ import annotations

import random
import re
import string

from faker import Faker

from bench import sanitizer_values as v
from bench.sanitizer_corpus import labeled_set
from bench.sanitizer_data import Sample
from bench.sanitizer_heldout import HELD_TEMPLATES
from bench.sanitizer_tuned import TUNED_TEMPLATES

CATEGORY = {
    **dict.fromkeys(["first", "last", "name", "lfirst", "lname", "handle"], "PERSON"),
    "email": "EMAIL",
    **dict.fromkeys(["phone", "intl"], "PHONE"),
    "card": "CREDIT_CARD",
    "iban": "IBAN",
    **dict.fromkeys(["ssn", "ssn_dots", "ssn_plain"], "US_SSN"),
    **dict.fromkeys(["itin", "itin_plain"], "US_ITIN"),
    "ip": "IP",
    "mac": "MAC",
    **dict.fromkeys(["btc", "eth"], "CRYPTO"),
    "dob": "DATE_OF_BIRTH",
    "address": "ADDRESS",
    "dl": "DRIVER_LICENSE",
    **dict.fromkeys(["urltoken", "urlpass", "urlemail", "urlname"], "URL"),
}
PERSON_KINDS = {"first", "last", "name", "lfirst", "lname", "email", "handle", "urlemail",
                "urlname"}  # fmt: skip
IBAN_LOCALES = ["de_DE", "fr_FR", "es_ES", "it_IT", "pl_PL", "nl_NL", "pt_BR", "cs_CZ", "ro_RO",
                "fi_FI", "da_DK", "tr_TR", "sk_SK", "no_NO"]  # fmt: skip
SERVICE_USERS = ["deploy", "ci-bot", "oauth2", "x-access-token", "admin", "build", "gitlab-ci"]
DOMAINS = ["gmail.com", "outlook.com", "example.org", "mail.example.com", "proton.me"]
_SLOT = re.compile(r"\{([a-z0-9_]+?)(?:_([a-z]))?\}")


class HalfValues:
    """Value factory for one half: names from its locales, the rest shared."""

    def __init__(self, locales: list[str], seed: int) -> None:
        self.names = v.Names(locales, seed)
        self.rng = random.Random(seed + 1)
        self.fk = Faker("en_US")
        self.fk.seed_instance(seed + 2)
        self.ibans = []
        for i, loc in enumerate(IBAN_LOCALES):
            fk = Faker(loc)
            fk.seed_instance(seed + 10 + i)
            self.ibans.append(fk)

    def person(self, kind: str, first: str, last: str) -> str:
        rng = self.rng
        email = f"{v.fold(first)}.{v.fold(last)}".lower().replace(" ", "")
        return {
            "first": first,
            "last": last,
            "name": f"{first} {last}",
            "lfirst": first.lower(),
            "lname": f"{first} {last}".lower(),
            "email": f"{email}@{rng.choice(DOMAINS)}",
            "handle": v.handle(first, last, rng),
            "urlemail": v.url_email(f"{email}@{rng.choice(DOMAINS)}", rng),
            "urlname": v.url_name(first, last),
        }[kind]

    def value(self, kind: str) -> str:
        rng, fk = self.rng, self.fk
        gen = {
            "phone": fk.phone_number,
            "intl": lambda: v.intl_phone(rng),
            "card": fk.credit_card_number,
            "iban": lambda: v.odd_iban(rng.choice(self.ibans).iban(), rng),
            "ssn": fk.ssn,
            "ssn_dots": lambda: fk.ssn().replace("-", "."),
            "ssn_plain": lambda: fk.ssn().replace("-", ""),
            "itin": lambda: v.itin(rng, rng.choice(["-", " "])),
            "itin_plain": lambda: v.itin(rng, ""),
            "ip": fk.ipv4,
            "mac": lambda: v.mac(rng),
            "btc": lambda: v.btc_address(rng),
            "eth": lambda: v.eth_address(rng, rng.random() < 0.7),
            "dob": lambda: v.date_text(rng, (1940, 2007)),
            "date": lambda: v.date_text(rng, (2015, 2028)),
            "address": fk.street_address,
            "dl": lambda: rng.choice(string.ascii_uppercase) + str(rng.randrange(10**6, 10**8)),
            "urltoken": lambda: "".join(
                rng.choice(string.ascii_letters + string.digits) for _ in range(32)
            ),
            "urlpass": lambda: fk.password(length=12, special_chars=False),
            "user": lambda: rng.choice(SERVICE_USERS),
            "version": lambda: f"{rng.randrange(0, 5)}.{rng.randrange(30)}.{rng.randrange(20)}",
            "sha": lambda: "".join(rng.choice("0123456789abcdef") for _ in range(40)),
            "sha7": lambda: "".join(rng.choice("0123456789abcdef") for _ in range(7)),
            "uuid": lambda: str(fk.uuid4()),
            "num": lambda: str(rng.randrange(2, 900)),
            "order": lambda: f"ORD-{rng.randrange(10**5, 10**6)}",
            "company": fk.company,
            "city": fk.city,
        }
        return gen[kind]()

    def fill(self, template: str) -> Sample:
        people: dict[str, tuple[str, str]] = {}
        same: dict[str, str] = {}
        parts: list[str] = []
        spans: list[tuple[str, int, int]] = []
        pos = length = 0
        for m in _SLOT.finditer(template):
            parts.append(template[pos : m.start()])
            length += m.start() - pos
            kind, tag = m.group(1), m.group(2)
            if kind in PERSON_KINDS:
                key = tag or f"#{m.start()}"
                if key not in people:
                    people[key] = self.names.pair()
                val = self.person(kind, *people[key])
            elif tag and m.group(0) in same:
                val = same[m.group(0)]
            else:
                val = same[m.group(0)] = self.value(kind)
            if kind in CATEGORY:
                spans.append((CATEGORY[kind], length, length + len(val)))
            parts.append(val)
            length += len(val)
            pos = m.end()
        parts.append(template[pos:])
        return Sample("".join(parts), spans)


def _half(templates: list[str], locales: list[str], n: int, seed: int) -> list[Sample]:
    values = HalfValues(locales, seed)
    return [values.fill(templates[i % len(templates)]) for i in range(n)]


def tuned_half(scale: float = 1.0, seed: int = 2026) -> list[Sample]:
    """The earlier labeled set plus the tuned shapes."""
    legacy = labeled_set(int(1500 * scale), int(600 * scale), seed=seed)
    return legacy + _half(TUNED_TEMPLATES, v.TUNED_LOCALES, int(1400 * scale), seed)


def held_half(scale: float = 1.0, seed: int = 4711) -> list[Sample]:
    """Held-back shapes and locales only."""
    return _half(HELD_TEMPLATES, v.HELD_LOCALES, int(2000 * scale), seed)
