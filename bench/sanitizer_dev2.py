"""Second labeled development set for the PII sanitizer: LLM-API-shaped texts.

Written 2026-11-29 without reading the sanitizer rules. This is a development set: it may
be read to find failures (unlike a held-out set). Texts mimic what people send to an LLM
API and what it answers: JSON-serialized multi-turn conversations, system prompts with a
customer profile, RAG chunks (emails, meeting transcripts, forum posts, wiki pages), code
and package manifests, logs, support chats, translation requests, CVs, HR and medical
letters, contracts, rosters, sports/gaming/social chat, 15% lowercase chat and 20% near-miss
texts without PII. Names come from Latin-script Faker locales, romanized lists for 40
less-covered cultures and English-word names (bench/sanitizer_dev2_templates.py).

Spans label exactly the value characters: names (without honorifics), name-derived handles
(PERSON), emails, phones, whole postal address blocks (including their line breaks or JSON
"\\n" escapes), IPs, card numbers, IBANs, SSNs and dates of birth. Other dates, company and
product names, versions and hashes are unlabeled. Deterministic for a seed.
"""

from __future__ import annotations

import random
import re
import unicodedata
from datetime import date, timedelta

from faker import Faker

from bench import sanitizer_dev2_templates as T
from bench.sanitizer_data import Sample

LABELED = {
    **dict.fromkeys(["name", "first", "last", "handle"], "PERSON"),
    "email": "EMAIL",
    "phone": "PHONE",
    **dict.fromkeys(["addr", "addr_nl", "addr_j", "street"], "ADDRESS"),
    "ip": "IP",
    "card": "CREDIT_CARD",
    "iban": "IBAN",
    "ssn": "US_SSN",
    "dob": "DATE_OF_BIRTH",
}
FILLER = "company city country date version sha uuid num order host product pkg bot team game lang"
KINDS = sorted([*LABELED, *FILLER.split()], key=len, reverse=True)
SLOT = re.compile(r"\{(" + "|".join(KINDS) + r")(\d?)\}")


def _fold(s: str) -> str:
    """ASCII lowercase letters of a name, for emails and handles."""
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z]", "", s)


def _lower(s: str) -> str:
    """Lowercase that keeps every character's length (spans stay valid)."""
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in s)


class _Gen:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.fakers: dict[str, Faker] = {}

    def fk(self, locale: str) -> Faker:
        if locale not in self.fakers:
            self.fakers[locale] = Faker(locale)
        f = self.fakers[locale]
        f.seed_instance(self.rng.randrange(2**32))
        return f

    def person(self) -> tuple[str, str]:
        r, rng = self.rng.random(), self.rng
        if r < 0.45:
            f = self.fk(rng.choice(T.FAKER_LOCALES))
            return f.first_name(), f.last_name()
        if r < 0.9:
            given, family = T.CULTURES[rng.choice(list(T.CULTURES))]
            return rng.choice(given.split()), rng.choice(family.split()).replace("_", " ")
        last = rng.choice(T.WORD_FAMILY) if rng.random() < 0.5 else self.fk("en_US").last_name()
        return rng.choice(T.WORD_GIVEN), last

    def date(self, start: date, days: int) -> date:
        return start + timedelta(days=self.rng.randrange(days))

    def labeled(self, kind: str, who: tuple[str, str]) -> str:
        rng = self.rng
        first, last = who
        f, s = _fold(first) or "user", _fold(last) or "x"
        if kind == "name":
            return f"{first} {last}"
        if kind in ("first", "last"):
            return first if kind == "first" else last
        if kind == "handle":
            return rng.choice(
                [f"{f}-{s}", f"{f}{s}", f"{f}_{s}{rng.randrange(10, 99)}", f"{f}.{s}"]
            )
        if kind == "email":
            if rng.random() < 0.3:
                return self.fk(rng.choice(T.PHONE_LOCALES)).email()
            local = rng.choice([f"{f}.{s}", f"{f[0]}{s}", f"{f}{rng.randrange(1, 99)}", f"{f}_{s}"])
            return f"{local}@{rng.choice(T.MAIL_DOMAINS)}"
        if kind == "phone":
            if rng.random() < 0.2:
                n = [rng.randrange(10, 99), rng.randrange(100, 999), rng.randrange(1000, 9999)]
                return rng.choice(T.INTL).format(a=n[0], b=n[1], c=n[2])
            return self.fk(rng.choice(T.PHONE_LOCALES)).phone_number()
        if kind == "street":
            return self.fk(rng.choice(T.ADDR_LOCALES)).street_address()
        if kind.startswith("addr"):
            return self.fk(rng.choice(T.ADDR_LOCALES)).address()  # lines joined by the slot
        if kind == "ip":
            r, f0 = rng.random(), self.fk("en_US")
            return f0.ipv4_public() if r < 0.7 else f0.ipv4_private() if r < 0.85 else f0.ipv6()
        if kind == "card":
            n = self.fk("en_US").credit_card_number()
            if len(n) == 16 and rng.random() < 0.5:
                n = rng.choice(" -").join(n[i : i + 4] for i in range(0, 16, 4))
            return n
        if kind == "iban":
            n = self.fk(rng.choice(T.IBAN_LOCALES)).iban()
            return " ".join(n[i : i + 4] for i in range(0, len(n), 4)) if rng.random() < 0.3 else n
        if kind == "ssn":
            n = self.fk("en_US").ssn()
            return n.replace("-", "") if rng.random() < 0.15 else n
        return self.date(date(1930, 1, 1), 28000).strftime(rng.choice(T.DOB_FORMATS))  # dob

    def filler(self, kind: str) -> str:
        rng = self.rng
        simple = {
            "product": T.PRODUCTS,
            "pkg": T.PKGS,
            "bot": T.BOTS,
            "team": T.TEAMS,
            "game": T.GAMES,
        }
        if kind in simple or kind == "lang":
            return rng.choice(simple.get(kind, T.LANGS))
        if kind == "date":
            return self.date(date(2023, 1, 1), 1400).isoformat()
        if kind == "version":
            return f"{rng.randrange(1, 9)}.{rng.randrange(30)}.{rng.randrange(30)}"
        if kind == "sha":
            return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([7, 40])))
        if kind == "uuid":
            return str(self.fk("en_US").uuid4())
        if kind == "num":
            return str(rng.randrange(2, 9000))
        if kind == "order":
            return f"ORD-{rng.randrange(10**5, 10**6)}"
        f = self.fk("en_US")
        return {"company": f.company, "city": f.city, "country": f.country}.get(kind, f.hostname)()

    def fill(self, template: str, lower: bool) -> Sample:
        people: dict[str, tuple[str, str]] = {}
        cache: dict[tuple[str, str], str] = {}
        parts: list[str] = []
        spans: list[tuple[str, int, int]] = []
        pos = length = 0
        for m in SLOT.finditer(template):
            kind, idx = m.group(1), m.group(2) or "0"
            key = ("addr" if kind.startswith("addr") else kind, idx)
            if kind in LABELED:
                if idx not in people:
                    people[idx] = self.person()
                if key not in cache:
                    cache[key] = self.labeled(key[0], people[idx])
                val = cache[key]
                if kind in T.ADDR_SEP:  # one block, laid out as the slot asks
                    val = val.replace("\n", T.ADDR_SEP[kind])
            else:
                val = cache.setdefault(key, self.filler(kind))
            val = _lower(val) if lower else val
            literal = template[pos : m.start()]
            parts += [literal, val]
            start = length + len(literal)
            if kind in LABELED:
                spans.append((LABELED[kind], start, start + len(val)))
            length = start + len(val)
            pos = m.end()
        parts.append(template[pos:])
        return Sample("".join(parts), spans)


def dev2_set(scale: float = 1.0, seed: int = 5151) -> list[Sample]:
    """About 1200*scale labeled texts (20% near-miss without PII, 15% lowercase chat)."""
    gen = _Gen(seed)
    total = max(1, round(1200 * scale))
    fixed = {"near_miss": 0.20, "lower": 0.15}
    rest = sum(w for g, (w, _) in T.GROUPS.items() if g not in fixed)
    out: list[Sample] = []
    for group, (weight, templates) in T.GROUPS.items():
        share = fixed.get(group, weight / rest * (1 - sum(fixed.values())))
        for i in range(round(total * share)):
            template = templates[i % len(templates)] if i < len(templates) else None
            out.append(gen.fill(template or gen.rng.choice(templates), group == "lower"))
    gen.rng.shuffle(out)
    return out
