"""A labeled DEVELOPMENT set for the PII sanitizer: texts shaped like LLM API request logs.

Written on 2026-11-29 without reading the sanitizer rules (sanitizers/, its docs and tests
unopened); templates are fresh, not copied from other bench sets. Unlike the sealed
bench/sanitizer_unseen.py, this set may be read and used to find and fix failures, so scores
on it turn optimistic once it has been used that way.

~80% of texts come from TEMPLATES, ~20% are near misses without PII (NEAR_MISS), both in
sanitizer_dev_templates.py. Names: Faker locales with Latin-script names (ja_JP, zh_CN, zh_TW
romanized) and hand-written romanized lists (NAME_LISTS); phones, addresses, IBANs: many
Faker locales. Spans (category, start, end) cover exactly the value: a name without
honorific or "@", lowercase where the text is; logins/handles are PERSON, e-mails EMAIL.
A street address alone ({street}) is ADDRESS; a postal address written as one block
({postal} one line, {block} several) is ADDRESS whole, city/region/postcode included; a city
in a field of its own is not labeled. Only birth dates ({dob}) are labeled, as DATE_OF_BIRTH.
"""

from __future__ import annotations

import hashlib
import random
import re
import string
import unicodedata

from faker import Faker

from bench import sanitizer_dev_templates as T
from bench.sanitizer_data import Sample

CATEGORY = {
    **dict.fromkeys(["name", "first", "last", "lname", "lfirst", "llast", "init", "rev",
                     "handle"], "PERSON"),
    "email": "EMAIL", "phone": "PHONE", "intl": "PHONE", "card": "CREDIT_CARD", "iban": "IBAN",
    "ssn": "US_SSN", "itin": "US_ITIN", "ip": "IP", "ipsix": "IP", "mac": "MAC", "btc": "CRYPTO",
    "eth": "CRYPTO", "dob": "DATE_OF_BIRTH", "street": "ADDRESS", "postal": "ADDRESS",
    "block": "ADDRESS",
}  # fmt: skip
PERSON_KINDS = {"name", "first", "last", "lname", "lfirst", "llast", "init", "rev", "handle",
                "email"}  # fmt: skip
ROMANIZED = {"ja_JP", "zh_CN", "zh_TW"}
MONTHS = "January February March April May June July August September October November December"
_SLOT = re.compile(r"\{([a-z]+)(?:_([a-z]))?\}")
_LETTERS = str.maketrans(
    dict(zip("ðÐøØłŁđı", "dDoOlLdi", strict=True)) | {"æ": "ae", "Æ": "Ae", "þ": "th", "ß": "ss"}
)
_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def fold(text: str) -> str:
    """Diacritics dropped ("Núria" -> "Nuria")."""
    norm = unicodedata.normalize("NFKD", text.translate(_LETTERS))
    return "".join(c for c in norm if not unicodedata.combining(c))


def _ascii(text: str) -> str:
    return "".join(c for c in fold(text).lower() if c in string.ascii_lowercase)


class DevValues:
    """Values for one set; every source is seeded from `seed`."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        locales = T.NAME_LOCALES + T.PHONE_LOCALES + T.ADDRESS_LOCALES + T.IBAN_LOCALES
        self.fk: dict[str, Faker] = {}
        for i, loc in enumerate(dict.fromkeys(locales)):
            self.fk[loc] = Faker(loc)
            self.fk[loc].seed_instance(seed * 1000 + i)
        self.lists = {
            culture: tuple([w.replace("_", " ") for w in words.split()] for words in pair)
            for culture, pair in T.NAME_LISTS.items()
        }
        # a Faker locale or a hand-written list; English-word names weigh a little more
        self.sources = T.NAME_LOCALES + list(T.NAME_LISTS) + ["english_words"] * 3

    def pair(self) -> tuple[str, str]:
        rng, src = self.rng, self.rng.choice(self.sources)
        if src in self.lists:
            return rng.choice(self.lists[src][0]), rng.choice(self.lists[src][1])
        fk = self.fk[src]
        if src in ROMANIZED:
            return fk.first_romanized_name().title(), fk.last_romanized_name().title()
        first, last = fk.first_name().strip(), fk.last_name().strip()
        return (fold(first), fold(last)) if rng.random() < 0.15 else (first, last)

    def person(self, kind: str, first: str, last: str) -> str:
        rng = self.rng
        f, la, n = _ascii(first) or "x", _ascii(last) or "y", rng.randrange(2, 99)
        if kind == "handle":
            return rng.choice([f"{f[0]}{la}", f"{f}.{la}", f"{f}_{la}", f"{f}{n}",
                               f"{la}{f[0]}", f"{f}-{la}", f"{f}{la}"])  # fmt: skip
        if kind == "email":
            local = rng.choice([f"{f}.{la}", f"{f[0]}{la}", f, f"{f}{la}{n}", f"{la}.{f}",
                                f"{f}_{la}", f"{f[0]}.{la}"])  # fmt: skip
            return f"{local}@{rng.choice(T.DOMAINS)}"
        name = f"{first} {last}"
        return {"name": name, "first": first, "last": last, "lname": name.lower(),
                "lfirst": first.lower(), "llast": last.lower(), "init": f"{first[0]}. {last}",
                "rev": f"{last}, {first}"}[kind]  # fmt: skip

    def digits(self, k: int) -> str:
        return "".join(self.rng.choice(string.digits) for _ in range(k))

    def date(self, years: tuple[int, int]) -> str:
        rng = self.rng
        y, m, d = rng.randrange(*years), rng.randrange(1, 13), rng.randrange(1, 29)
        name = MONTHS.split()[m - 1]
        return rng.choice([f"{name} {d}, {y}", f"{d} {name} {y}", f"{name[:3]} {d}, {y}",
                           f"{m:02d}/{d:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}.{m:02d}.{y}",
                           f"{d}/{m}/{y}", f"{d:02d}-{name[:3]}-{y}"])  # fmt: skip

    def btc(self) -> str:
        payload = bytes([self.rng.choice([0, 5])]) + self.rng.randbytes(20)
        raw = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
        num, out = int.from_bytes(raw, "big"), ""
        while num:
            num, r = divmod(num, 58)
            out = _B58[r] + out
        return "1" * (len(raw) - len(raw.lstrip(b"\0"))) + out

    def grouped(self, text: str) -> str:
        sep = self.rng.choice(["", "", " ", " ", "-"])  # 2 in 5 as printed
        return sep.join(text[i : i + 4] for i in range(0, len(text), 4)) if sep else text

    def value(self, kind: str) -> str:
        rng, us, fk = self.rng, self.fk["en_US"], self.fk
        loc = fk[rng.choice(T.ADDRESS_LOCALES)]
        gen = {
            "phone": lambda: fk[rng.choice(T.PHONE_LOCALES)].phone_number(),
            "intl": lambda: re.sub(r"\{(\d)\}", lambda m: self.digits(int(m[1])),
                                   rng.choice(T.INTL)),
            "card": lambda: self.grouped(us.credit_card_number()),
            "iban": lambda: self.grouped(fk[rng.choice(T.IBAN_LOCALES)].iban()),
            "ssn": us.ssn,
            "itin": lambda: f"9{self.digits(2)}-{rng.choice([70, 78, 83, 88, 90, 94, 99])}-"
                            f"{self.digits(4)}",
            "ip": us.ipv4,
            "ipsix": us.ipv6,
            "mac": lambda: rng.choice(":-").join(f"{rng.randrange(256):02x}" for _ in range(6)),
            "btc": self.btc,
            "eth": lambda: "0x" + rng.randbytes(20).hex(),
            "dob": lambda: self.date((1940, 2007)),
            "date": lambda: self.date((2019, 2028)),
            "street": lambda: loc.street_address().strip(),
            "postal": lambda: re.sub(r"\s*\n\s*", ", ", loc.address().strip()),
            "block": lambda: "\n".join(x.strip() for x in loc.address().strip().splitlines()),
            "city": loc.city,
            "company": lambda: rng.choice(T.COMPANIES),
            "host": lambda: rng.choice(T.HOSTS),
            "product": lambda: rng.choice(T.PRODUCTS),
            "version": lambda: f"{rng.randrange(0, 6)}.{rng.randrange(30)}.{rng.randrange(20)}",
            "sha": lambda: rng.randbytes(20).hex(),
            "shortsha": lambda: rng.randbytes(4).hex()[:7],
            "uuid": lambda: str(us.uuid4()),
            "num": lambda: str(rng.randrange(2, 9000)),
            "order": lambda: f"ORD-{rng.randrange(10**5, 10**6)}",
            "time": lambda: f"{rng.randrange(24):02d}:{rng.randrange(60):02d}",
        }  # fmt: skip
        return gen[kind]()

    def fill(self, template: str) -> Sample:
        """Fill {kind} / {kind_x} slots; must-remove kinds become labeled spans."""
        people: dict[str, tuple[str, str]] = {}
        same: dict[str, str] = {}
        text, spans, pos = "", [], 0
        for m in _SLOT.finditer(template):
            text += template[pos : m.start()]
            kind, tag = m.group(1), m.group(2)
            if kind in PERSON_KINDS:
                key = tag or f"#{m.start()}"
                people[key] = people.get(key) or self.pair()
                val = self.person(kind, *people[key])
            elif tag and m.group(0) in same:
                val = same[m.group(0)]
            else:
                val = same[m.group(0)] = self.value(kind)
            if kind in CATEGORY:
                spans.append((CATEGORY[kind], len(text), len(text) + len(val)))
            text, pos = text + val, m.end()
        return Sample(text + template[pos:], spans)


def _cycle(templates: list[str], n: int, rng: random.Random) -> list[str]:
    """n templates: shuffled rounds of the whole list, the last round cut."""
    rounds = [rng.sample(templates, len(templates)) for _ in range(-(-n // len(templates)))]
    return [t for r in rounds for t in r][:n]


def dev_set(scale: float = 1.0, seed: int = 4242) -> list[Sample]:
    """About 1500*scale labeled texts, ~20% of them near misses without PII."""
    values = DevValues(seed)
    n = round(1500 * scale)
    n_near, rng = round(0.2 * n), values.rng
    chosen = _cycle(T.TEMPLATES, n - n_near, rng) + _cycle(T.NEAR_MISS, n_near, rng)
    samples = [values.fill(t) for t in chosen]
    rng.shuffle(samples)
    return samples
