"""First names written in Georgian: "ხვალ თამარ და მზია მოდიან", "დაესწრება ირაკლი კაპანაძე".

Georgian has no capitals. Its letters map one to one onto the Latin spelling of Georgian
names, so a word is romanized and looked up among the first names of Georgia in the
first-name list, as written and without the nominative's final -ი or a case ending
("ლევანი", "ნინოს", "ლევანმა"); romanizations of three letters or fewer ("და" and, "ეკა")
are no names. A surname of the usual shapes (-ძე, -შვილი, -ია, -ავა, -ური, -ანი, -ული)
right after a found first name extends it.
"""

from __future__ import annotations

import functools

from sanitizers.first_names import country_names
from sanitizers.lexicon import names_data
from sanitizers.recognizers import Finding
from sanitizers.tries import compiled

_LATIN = {
    "ა": "a", "ბ": "b", "გ": "g", "დ": "d", "ე": "e", "ვ": "v", "ზ": "z", "თ": "t", "ი": "i",
    "კ": "k", "ლ": "l", "მ": "m", "ნ": "n", "ო": "o", "პ": "p", "ჟ": "zh", "რ": "r", "ს": "s",
    "ტ": "t", "უ": "u", "ფ": "p", "ქ": "k", "ღ": "gh", "ყ": "q", "შ": "sh", "ჩ": "ch", "ც": "ts",
    "ძ": "dz", "წ": "ts", "ჭ": "ch", "ხ": "kh", "ჯ": "j", "ჰ": "h",
}  # fmt: skip
LETTERS = "\u10d0-\u10ff"
_WORD = compiled(f"[{LETTERS}]+")
_SURNAME = compiled(f"[{LETTERS}]{{2,}}(?:ძე|შვილი|ია|ავა|ური|ანი|ული)(?![{LETTERS}])")
_ENDINGS = ("სთან", "თან", "ისთვის", "ის", "ით", "მა", "ს", "მ", "ო")  # case endings
MIN_LETTERS = 4


def georgian_names(line: str) -> list[Finding]:
    """PERSON findings for the Georgian first names of `line`, with their surnames."""
    out: list[Finding] = []
    for m in _WORD.finditer(line):
        if m.group() in _form_words() or not _listed(m.group()):
            continue
        end = m.end()
        surname = _SURNAME.match(line, end + 1) if line[end : end + 1] == " " else None
        if surname is not None:
            end = surname.end()
        out.append((m.start(), end, "PERSON", 0.75))
    return out


@functools.cache
def _form_words() -> frozenset[str]:
    """A form's keys (names.yaml `not_names`: "მისამართი" address, "სახელი" name)."""
    return frozenset(names_data()["not_names"])


@functools.lru_cache(maxsize=20_000)
def _listed(word: str) -> bool:
    names = country_names("georgia")
    forms = [word] + [word[: -len(e)] for e in _ENDINGS if word.endswith(e) and len(word) > len(e)]
    for form in forms:
        latin = "".join(_LATIN.get(c, "") for c in form)
        for spelling in (latin, latin[:-1] if latin.endswith("i") else None):
            if spelling and len(spelling) >= MIN_LETTERS and names.get(spelling, 0) >= 1:
                return True
    return False
