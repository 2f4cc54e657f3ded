"""The UNSEEN evaluation set of the PII sanitizer.

Written on 2026-11-29 by an engineer who did not read the sanitizer rules, its name lists,
its documentation or its tests, and committed before any measurement was made with it.
This file and sanitizer_unseen_templates.py must never be changed, and the set must never be
used for tuning: only its aggregate numbers (recall/leak per category, precision, words kept)
may be looked at, never single texts or the sanitizer's output on them.

Shapes follow real LLM API logs: lowercase chat with names anywhere in the sentence, e-mail
signatures and sign-offs, @handles and logins, authors in code comments, git logs and
CODEOWNERS, names as JSON/YAML values under varied keys, support tickets, meeting notes,
CSV rows and markdown tables; about a fifth of the texts are near misses without any
must-remove value (technical prose naming tools and products, commit messages).

Names come from Faker locales that no other half uses (NAME_LOCALES) and from romanized
name lists of further cultures (CULTURES in the templates file). Labels cover exactly the
value characters; a lowercase name in a lowercase text is labeled in its lowercase form.
"""

from __future__ import annotations

import datetime
import hashlib
import random
import re
import unicodedata
from dataclasses import dataclass

from faker import Faker

from bench import sanitizer_unseen_templates as t
from bench.sanitizer_data import Sample

#: Faker locales with Latin-script names that neither sanitizer_halves nor sanitizer_fresh use.
NAME_LOCALES = ["fr_BE", "de_LI", "de_LU", "vi_VN"]
PERSON_KINDS = ("first", "last", "full", "lfirst", "llast", "lfull", "ufirst", "ulast", "ufull",
                "first_ulast", "init", "handle", "email")  # fmt: skip
#: slot kind -> labeled category (kinds not listed are not labeled)
CATEGORY = {**dict.fromkeys(PERSON_KINDS[:-1], "PERSON"), "email": "EMAIL", "phone": "PHONE",
            "card": "CREDIT_CARD", "iban": "IBAN", "ssn": "US_SSN", "itin": "US_ITIN", "ip": "IP",
            "mac": "MAC", "btc": "CRYPTO", "eth": "CRYPTO", "dob": "DATE_OF_BIRTH",
            "address": "ADDRESS"}  # fmt: skip
_SLOT = re.compile(r"\[\[([a-z0-9_]+)(?::([a-z]))?\]\]")
_LETTERS = str.maketrans({"đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ø": "o", "ß": "ss", "ħ": "h"})
_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def fold(text: str) -> str:
    """Diacritics dropped, as people often type names."""
    norm = unicodedata.normalize("NFKD", text.translate(_LETTERS))
    return "".join(c for c in norm if not unicodedata.combining(c))


@dataclass
class Person:
    first: str
    last: str
    full: str
    handle: str
    email: str


def _seeded(locales: list[str], seed: int) -> list[Faker]:
    out = []
    for i, loc in enumerate(locales):
        fk = Faker(loc)
        fk.seed_instance(seed + i)
        out.append(fk)
    return out


class UnseenValues:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.name_fk = dict(zip(NAME_LOCALES, _seeded(NAME_LOCALES, seed * 10), strict=True))
        # each Faker locale twice as likely as one hand-written culture
        self.cultures = NAME_LOCALES * 2 + list(t.CULTURES)
        self.fk = _seeded(["en_US"], seed + 1)[0]
        self.iban_fk = _seeded(t.IBAN_LOCALES, seed + 100)
        self.addr_fk = _seeded(t.ADDRESS_LOCALES, seed + 200)
        self.phone_fk = _seeded(t.PHONE_LOCALES, seed + 300)

    def person(self) -> Person:
        rng = self.rng
        culture = rng.choice(self.cultures)
        fold_p = 0.2
        if culture in self.name_fk:
            fk = self.name_fk[culture]
            female = rng.random() < 0.5
            first = fk.first_name_female() if female else fk.first_name_male()
            last = fk.last_name()
            full = f"{first} {last}"
            if culture == "vi_VN":
                fold_p = 0.5
                if rng.random() < 0.7:
                    full = f"{last} {fk.middle_name()} {first}"
        else:
            firsts, lasts, family_first = t.CULTURES[culture]
            first = rng.choice(firsts.split()).replace("_", " ")
            last = rng.choice(lasts.split()).replace("_", " ")
            full = f"{last} {first}" if family_first and rng.random() < 0.5 else f"{first} {last}"
        if rng.random() < fold_p:
            first, last, full = fold(first), fold(last), fold(full)
        f = re.sub(r"[^a-z]", "", fold(first).lower())
        la = re.sub(r"[^a-z]", "", fold(last).lower())
        handle = rng.choice(
            [f[0] + la, f"{f}.{la}", f"{f}{rng.randrange(1, 99)}", f"{f}_{la[0]}", la + f[0],
             f"{f}-{la}", f]
        )  # fmt: skip
        local = handle if rng.random() < 0.5 else f"{f}.{la}"
        return Person(first, last, full, handle, f"{local}@{rng.choice(t.DOMAINS)}")

    @staticmethod
    def person_field(p: Person, kind: str) -> str:
        if kind == "first_ulast":
            return f"{p.first} {p.last.upper()}"
        if kind == "init":
            return f"{p.first[0]}. {p.last}"
        if kind[0] in "lu" and kind[1:] in ("first", "last", "full"):
            word = getattr(p, kind[1:])
            return word.lower() if kind[0] == "l" else word.upper()
        return getattr(p, kind)

    def _digits(self, pattern: str) -> str:
        return "".join(str(self.rng.randrange(10)) if c == "#" else c for c in pattern)

    def _hex(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def _btc(self) -> str:
        payload = bytes([self.rng.choice([0, 5])]) + bytes(
            self.rng.randrange(256) for _ in range(20)
        )
        raw = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
        n, out = int.from_bytes(raw, "big"), ""
        while n:
            n, r = divmod(n, 58)
            out = _B58[r] + out
        return "1" * (len(raw) - len(raw.lstrip(b"\0"))) + out

    def _day(self, first_year: int, last_year: int) -> datetime.date:
        rng = self.rng
        return datetime.date(
            rng.randrange(first_year, last_year + 1), rng.randrange(1, 13), rng.randrange(1, 29)
        )

    def _dob(self) -> str:
        d = self._day(1946, 2006)
        return self.rng.choice(
            [d.isoformat(), f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.month:02d}/{d.day:02d}/"
             f"{d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}",
             f"{d:%B} {d.day}, {d.year}", f"{d.day} {d:%b} {d.year}"]
        )  # fmt: skip

    def _grouped(self, value: str, sep: str) -> str:
        return sep.join(value[i : i + 4] for i in range(0, len(value), 4))

    def value(self, kind: str) -> str:
        rng, fk = self.rng, self.fk
        if kind == "phone":
            if rng.random() < 0.6:
                return self._digits(rng.choice(t.PHONE_FORMATS))
            return rng.choice(self.phone_fk).phone_number()
        if kind == "card":
            card = fk.credit_card_number(rng.choice(["visa16", "mastercard", "discover"]))
            return rng.choice([card, self._grouped(card, " "), self._grouped(card, "-")])
        if kind == "iban":
            iban = rng.choice(self.iban_fk).iban()
            return self._grouped(iban, " ") if rng.random() < 0.4 else iban
        if kind == "ip":
            return fk.ipv6() if rng.random() < 0.2 else fk.ipv4_public()
        if kind == "mac":
            mac = fk.mac_address()
            return mac.upper().replace(":", "-") if rng.random() < 0.3 else mac
        if kind == "address":
            return rng.choice(self.addr_fk).street_address()
        if kind == "gitdate":
            d = self._day(2023, 2026)
            return (
                f"{d:%a %b} {d.day} {rng.randrange(24):02d}:"
                f"{rng.randrange(60):02d}:{rng.randrange(60):02d} {d.year} +0100"
            )
        simple = {
            "ssn": fk.ssn,
            "itin": fk.itin,
            "btc": self._btc,
            "eth": lambda: "0x" + self._hex(40),
            "dob": self._dob,
            "date": lambda: self._day(2024, 2026).isoformat(),
            "time": lambda: f"{rng.randrange(24):02d}:{rng.randrange(60):02d}",
            "sha7": lambda: self._hex(7),
            "sha8": lambda: self._hex(8),
            "sha40": lambda: self._hex(40),
            "num": lambda: str(rng.randrange(2, 9999)),
            "ver": lambda: f"{rng.randrange(0, 9)}.{rng.randrange(0, 30)}.{rng.randrange(0, 20)}",
            "ticket": lambda: (
                f"{rng.choice(['SUP', 'HD', 'CS', 'OPS'])}-{rng.randrange(100, 99999)}"
            ),
            "city": lambda: rng.choice(t.CITIES),
            "company": lambda: rng.choice(t.COMPANIES),
            "tool": lambda: rng.choice(t.TOOLS),
            "tool_l": lambda: rng.choice(t.TOOLS).lower(),
        }
        return simple[kind]()

    def fill(self, template: str) -> Sample:
        people: dict[str, Person] = {}
        same: dict[str, str] = {}
        parts: list[str] = []
        spans: list[tuple[str, int, int]] = []
        pos = length = 0
        for m in _SLOT.finditer(template):
            parts.append(template[pos : m.start()])
            length += m.start() - pos
            kind, tag = m.group(1), m.group(2)
            if kind in PERSON_KINDS:
                key = tag or "a"
                if key not in people:
                    people[key] = self.person()
                val = self.person_field(people[key], kind)
            elif tag:
                if m.group(0) not in same:
                    same[m.group(0)] = self.value(kind)
                val = same[m.group(0)]
            else:
                val = self.value(kind)
            if kind in CATEGORY:
                spans.append((CATEGORY[kind], length, length + len(val)))
            parts.append(val)
            length += len(val)
            pos = m.end()
        parts.append(template[pos:])
        return Sample("".join(parts), spans)


def unseen_half(scale: float = 1.0, seed: int = 7707) -> list[Sample]:
    """About 1500 * scale labeled texts; every fifth one is a near miss without PII."""
    values = UnseenValues(seed)
    out = []
    for i in range(int(1500 * scale)):
        if i % 5 == 4:
            template = t.NEAR_MISS[(i // 5) % len(t.NEAR_MISS)]
        else:
            template = t.PII_TEMPLATES[(i - i // 5) % len(t.PII_TEMPLATES)]
        out.append(values.fill(template))
    return out
