"""The first-name list and the words around it that tell a name from a word.

- `given_name_list`: the first names of Jörg Michael's list (`nam_dict.txt`, about 46,000
  names with their frequency in 54 countries, GFDL 1.2; shipped with the `gender-guesser`
  package and read as data, unchanged) with at least `MIN_FREQUENCY` in some country;
- `name_nouns`: listed first names that the English word list holds only as nouns (its
  famous people, lowercased: "tyler", "beatrice"), less common nouns, places and titles;
- `lower_noun`: those of them that are names in lowercase chat too;
- `products_named_like_people` and `not_names`: words that look like first names and are
  software, technical words or chat contractions.
- `common_abroad`: listed first names of middling frequency that another language uses as a
  common word ("domingo", "novo", "sinh", "dato", "yung"; `common_abroad.txt`, derived from
  wordfreq's lists, CC BY-SA 4.0): no name in a lowercase line of another language;
- `census_names`, `census_pair`: the 1990 United States Census's most frequent surnames
  and first names (`census_names.txt`, public domain), for a pair of English words that is
  a name ("Ivy Sharp").
"""

from __future__ import annotations

import functools
from importlib import resources

from sanitizers.lexicon import COMMON_WORDS, known, names_data, nouns_only

MIN_FREQUENCY = 3  # nam_dict's scale: 1 (rare) .. 13 (very common), per country
PAIR_MIN_FREQUENCY = 5  # a first name that is also an English word, before a surname
FOREIGN_MIN_FREQUENCY = 5  # lowercase, in a line of another language: its words are names too
ABROAD_BELOW = 8  # below this frequency, a name that is a common word abroad is that word
ABROAD_ZIPF = 5.0  # common abroad: wordfreq's Zipf frequency in some other language
_COLUMNS = slice(30, 85)  # one frequency digit per country (hex, blank: unknown there)
COUNTRIES = {"georgia": 74, "india": 80}  # their columns


@functools.cache
def given_name_list() -> dict[str, int]:
    """Lowercase first names with a frequency of at least MIN_FREQUENCY somewhere."""
    return _names(_COLUMNS)


@functools.cache
def rare_name_list() -> dict[str, int]:
    """Lowercase first names of any frequency in some country (below `MIN_FREQUENCY` too:
    "hamish", "rhodri", "poppy"), for a capitalized word that no dictionary knows."""
    return _names(_COLUMNS, minimum=1)


@functools.cache
def country_names(country: str) -> dict[str, int]:
    """Lowercase first names with any frequency in one of nam_dict's countries (`COUNTRIES`),
    with that frequency: the names of India for a romanized Hindi word."""
    column = COUNTRIES[country]
    return _names(slice(column, column + 1), minimum=1)


def _names(columns: slice, minimum: int = MIN_FREQUENCY) -> dict[str, int]:
    out: dict[str, int] = {}
    for name, line in _entries():
        digits = [int(c, 16) for c in line[columns] if c in "123456789ABCD"]
        top = max(digits, default=0)
        if top < minimum:
            continue
        for form in (name.replace("+", ""), name.replace("+", "-")):
            out[form] = max(out.get(form, 0), top)
    return out


@functools.cache
def _entries() -> tuple[tuple[str, str], ...]:
    """nam_dict's name lines, read once per process: (lowercase name, the line)."""
    data = resources.files("gender_guesser").joinpath("data/nam_dict.txt")
    return tuple(
        (line[3:29].strip().lower(), line)  # "jun+wei": "junwei", "jun-wei" (and two words)
        for line in data.read_text(encoding="utf-8").splitlines()
        # not comments, equivalences, or the copies sorted by expanded umlauts
        if line[:1] not in ("#", "=", "") and len(line) >= _COLUMNS.start and line[29] != "+"
    )


def listed(word: str) -> bool:
    """A listed first name, also one that is an English word ("Will", "Hope", "Grace")."""
    return given_name_list().get(word.lower(), 0) >= MIN_FREQUENCY


def name_word(word: str, words: frozenset[str]) -> bool:
    """A word that may be a name: a listed first name, or a word the English dictionary
    `words` does not know ("Grace", "Sbu"; not "Tenant", "Moderation")."""
    return listed(word) or not known(word, words)


def common_first_name(word: str) -> bool:
    """A first name common enough to be one although an English word ("Grace", "Fern")."""
    return given_name_list().get(word.lower(), 0) >= PAIR_MIN_FREQUENCY


@functools.cache
def name_nouns(model_path: str) -> frozenset[str]:
    """Listed first names that the English word list holds only as nouns ("tyler",
    "beatrice", "logan"), less the common nouns, places and titles of names.yaml's
    `name_nouns_words` ("angel", "holly", "paris"): capitalized, they are names."""
    names = given_name_list()
    words = frozenset(names_data()["name_nouns_words"]) | COMMON_WORDS
    return frozenset(
        w for w in nouns_only(model_path) if w in names and w not in words and len(w) >= 3
    )


@functools.cache
def products_named_like_people() -> frozenset[str]:
    """Software, models and assistants with a person's first name (names.yaml)."""
    return frozenset(names_data()["products_named_like_people"])


@functools.cache
def not_names() -> frozenset[str]:
    """Technical words and chat contractions: never a first name."""
    data = names_data()
    return frozenset(data["technical_words"]) | frozenset(data["chat_contractions"])


def lower_noun(low: str) -> bool:
    """A name noun that is a name in lowercase chat too ("did ibrahim send it"): a first name
    of some frequency (`foreign_name`) that is no word of another language or a place
    written lowercase ("nada", "yang", "milan": names.yaml `name_nouns_lowercase_words`)."""
    return foreign_name(low) and low not in _lowercase_words()


def foreign_name(low: str) -> bool:
    """The lowercase `low` may be a first name in a line of another language: listed with at
    least `FOREIGN_MIN_FREQUENCY`, and, below `ABROAD_BELOW`, no common word abroad
    ("domingo", "novo")."""
    frequency = given_name_list().get(low, 0)
    if frequency < FOREIGN_MIN_FREQUENCY:
        return False
    return frequency >= ABROAD_BELOW or low not in common_abroad()


@functools.cache
def common_abroad() -> frozenset[str]:
    """The first names that are common words of another language (`common_abroad.txt`)."""
    raw = resources.files("sanitizers").joinpath("common_abroad.txt").read_text("utf-8")
    return frozenset(w for w in raw.splitlines() if w and not w.startswith("#"))


@functools.cache
def _lowercase_words() -> frozenset[str]:
    return frozenset(names_data()["name_nouns_lowercase_words"])


@functools.cache
def census_names() -> tuple[frozenset[str], frozenset[str]]:
    """(surnames, first names) of `census_names.txt`, lowercase, read once per process."""
    raw = resources.files("sanitizers").joinpath("census_names.txt").read_text(encoding="utf-8")
    sections: dict[str, set[str]] = {}
    current: set[str] = set()
    for line in raw.splitlines():
        if line.startswith("["):
            current = sections.setdefault(line.strip("[]"), set())
        elif line and not line.startswith("#"):
            current.add(line)
    return frozenset(sections["surnames"]), frozenset(sections["first names"])


def first_name(low: str) -> bool:
    """`low` (lowercase) is a listed first name (`MIN_FREQUENCY`) or a census one."""
    return given_name_list().get(low, 0) >= MIN_FREQUENCY or low in census_names()[1]


def census_pair(first: str, last: str) -> bool:
    """`first` (lowercase) is a listed or census first name and `last` one of the census's
    3,000 most frequent surnames ("ivy", "sharp")."""
    return last in census_names()[0] and first_name(first)
