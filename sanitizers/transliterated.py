"""First names written in Cyrillic or Greek: "η Βασιλική και ο Κώστας", "Контакт: Максим".

The first-name list (`given.py`) is in Latin letters, and the English model reads no other
script, so a lone Cyrillic or Greek name without a cue was left. A Title-case word of
these scripts is taken when one of its romanizations is a listed first name (Maksim,
Vasiliki, Kostas) and it is no sentence's first word (there, Russian "Вера" is faith,
"Роман" a novel), unless a comma or another Title-case word of its script follows it (the
vocative "Вера, привет", a full name "Максим Петров"); never after a preposition of place
("в Софии", "στην Ελένη" is a street's or a town's name there).

Romanization tries the usual spellings of the ambiguous letters (й: y/i/j, х: kh/h, я: ya/ja/ia,
Greek η and υ: i/y, χ: ch/h, γγ: ng), a handful of variants per word.
"""

from __future__ import annotations

import functools
import itertools
import unicodedata

from sanitizers.first_names import MIN_FREQUENCY, PAIR_MIN_FREQUENCY, given_name_list
from sanitizers.lexicon import names_data
from sanitizers.recognizers import Finding
from sanitizers.tries import compiled

_CYRILLIC = {
    "а": ("a",), "б": ("b",), "в": ("v",), "г": ("g", "h"), "ґ": ("g",), "д": ("d",),
    "е": ("e",), "ё": ("e", "yo"), "є": ("ye", "e"), "ж": ("zh",), "з": ("z",),
    "и": ("i", "y"), "і": ("i",), "ї": ("yi", "i"), "й": ("y", "i", "j", ""), "к": ("k",),
    "л": ("l",), "м": ("m",), "н": ("n",), "о": ("o",), "п": ("p",), "р": ("r",), "с": ("s",),
    "т": ("t",), "у": ("u",), "ф": ("f",), "х": ("kh", "h"), "ц": ("ts", "c"), "ч": ("ch",),
    "ш": ("sh",), "щ": ("shch",), "ъ": ("",), "ы": ("y",), "ь": ("",), "э": ("e",),
    "ю": ("yu", "ju", "iu"), "я": ("ya", "ja", "ia"), "ђ": ("dj",), "ј": ("j",), "љ": ("lj",),
    "њ": ("nj",), "ћ": ("c",), "џ": ("dz",),
}  # fmt: skip
_GREEK = {
    "α": ("a",), "β": ("v",), "γ": ("g",), "δ": ("d",), "ε": ("e",), "ζ": ("z",),
    "η": ("i", "e"), "θ": ("th",), "ι": ("i",), "κ": ("k",), "λ": ("l",), "μ": ("m",),
    "ν": ("n",), "ξ": ("x",), "ο": ("o",), "π": ("p",), "ρ": ("r",), "σ": ("s",), "ς": ("s",),
    "τ": ("t",), "υ": ("y", "i"), "φ": ("f", "ph"), "χ": ("ch", "h"), "ψ": ("ps",),
    "ω": ("o",), "γγ": ("ng",), "γκ": ("g", "nk"), "ου": ("ou", "u"), "αι": ("ai", "e"),
    "ει": ("ei", "i"), "οι": ("oi", "i"), "αυ": ("av",), "ευ": ("ev",), "μπ": ("b", "mp"),
    "ντ": ("d", "nt"),
}  # fmt: skip
_MAX_VARIANTS = 64
#: Greek and Cyrillic letters, for a regex character class
LETTERS = "\u0370-\u03ff\u0400-\u04ff"
_CAPITAL = "\u0386-\u038f\u0391-\u03a9\u0400-\u042f\u0490"  # Greek, Cyrillic (and Ґ)
_WORD = compiled(rf"(?<![\w'’-])[{_CAPITAL}][{LETTERS}]{{2,}}(?![\w'’-])")
_SENTENCE_START = compiled(r"(?:^|[.!?:;…«\"“„(\[\-–—]|\d)[ \t]*$")
_NEXT = compiled(rf"[ \t]*(?:,|[{_CAPITAL}])")
_PLACE_BEFORE = compiled(
    r"(?:^|\s)(?:в|во|на|из|до|у|к|по|под|над|за|від|зі|στην|στη|στο|στον|σε|από|προς|κοντά)"
    r"[ \t]+$"
)


def translit_names(line: str) -> list[Finding]:
    """PERSON findings for Cyrillic or Greek first names of `line` (see above)."""
    out: list[Finding] = []
    curated = _curated()
    for m in _WORD.finditer(line):
        word = m.group()
        if not word[1:].islower() or not (word.lower() in curated or _listed(word.lower())):
            continue
        before = line[max(0, m.start() - 30) : m.start()]
        if _PLACE_BEFORE.search(before.lower()) or _SAINT_BEFORE.search(before):
            continue  # "в Софии", "στην Ελένη", the church "Св. Никола"
        if (
            _SENTENCE_START.search(before)
            and not _NEXT.match(line, m.end())
            and word.lower() not in curated
        ):
            continue  # "Вера ..." opening a sentence is faith; "Вера, привет" is Vera
        out.append((m.start(), m.end(), "PERSON", 0.75))
    for m in _LOWER.finditer(line):  # "ping олег", "у даша ключи"
        if m.group() in curated:
            out.append((m.start(), m.end(), "PERSON", 0.75))
    for m in _HYPHENATED.finditer(line):  # Mongolian "Бат-Эрдэнэ"
        if m.group().lower() in curated:
            out.append((m.start(), m.end(), "PERSON", 0.75))
    return out


_SAINT_BEFORE = compiled(r"(?:^|[\s„«\"])(?:[Сс]в\.|[Сс]вет[иа]|[Сс]вят(?:ой|ая|ий|а))[ \t]*$")
_LOWER = compiled(r"(?<![\w'’-])[а-яёіїєґјөү]{3,}(?![\w'’-])")
_HYPHENATED = compiled(r"(?<![\w'’-])[\u0400-\u04ff]{2,}-[\u0400-\u04ff]{2,}(?![\w'’-])")


@functools.cache
def _curated() -> frozenset[str]:
    """First names and pet forms in Cyrillic that are no words (names.yaml)."""
    return frozenset(names_data()["cyrillic_given"])


# a name's case forms back to its nominative: Russian and Ukrainian datives, genitives,
# accusatives, instrumentals (Ивану, Сергею, Маше, Богданові, Оксану), Greek accusatives and
# genitives
# (Κώστα, Γιώργο, Παναγιώτη, Σοφίας)
_CASE_FORMS = (
    ("ові", ""), ("еві", "й"), ("ою", "а"), ("ом", ""), ("ем", "й"), ("у", ""), ("у", "а"),
    ("ю", "й"), ("ю", "я"),
    ("е", "а"), ("і", "а"), ("и", "а"), ("а", ""), ("я", "й"),
    ("α", "ας"), ("ο", "ος"), ("η", "ης"), ("ας", "α"), ("ης", "η"), ("ου", "ος"),
)  # fmt: skip


@functools.lru_cache(maxsize=20_000)
def _listed(word: str) -> bool:
    names = given_name_list()
    if any(names.get(v, 0) >= MIN_FREQUENCY for v in _romanized(word)):
        return True
    for end, nominative in _CASE_FORMS:  # a case form of a common first name
        if word.endswith(end) and len(word) - len(end) >= 3:
            stem = word[: -len(end)] + nominative
            if any(names.get(v, 0) >= PAIR_MIN_FREQUENCY for v in _romanized(stem)):
                return True
    return False


def _romanized(word: str) -> list[str]:
    """The plausible Latin spellings of a lowercase Cyrillic or Greek word."""
    greek = any("\u0370" <= c <= "\u03ff" for c in word)
    plain = word
    if greek:  # accents and diaeresis off ("Ελένη"); Cyrillic й and ё keep theirs
        plain = "".join(
            c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn"
        )
    table = _GREEK if greek else _CYRILLIC
    parts: list[tuple[str, ...]] = []
    i = 0
    while i < len(plain):
        pair = plain[i : i + 2]
        if pair in table:
            parts.append(table[pair])
            i += 2
            continue
        options = table.get(plain[i])
        if options is None:
            return []  # a letter of no table: not a word of these scripts
        parts.append(options)
        i += 1
    spellings = itertools.islice(itertools.product(*parts), _MAX_VARIANTS)
    return ["".join(s) for s in spellings]
