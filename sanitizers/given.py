"""Given names of 54 countries: a word that is a first name and no English word is a name.

The small NER model misses a lone first name it has not seen ("pakisabi kay Bastiaan",
"who should i cc on this, henrietta or peader?"), and lowercase chat hides the capital
that other rules look for. `given_names` takes such a word when it is

- a first name of Jörg Michael's list (`nam_dict.txt`, about 46,000 names with their
  frequency in 54 countries, GFDL 1.2; shipped with the `gender-guesser` package and read
  as data, unchanged) with at least `MIN_FREQUENCY` in some country;
- not English: neither the model's English word list ("grace", "will", "sarah" are left to
  NER and cues), a common or technical word, nor a contraction written without its
  apostrophe ("aren", "theres");
- Title-case ("Bastiaan") or lowercase in an all-lowercase sentence ("henrietta"; four
  letters or more: "hai", "que" are words of other languages; in a line of another
  language only a common name, at least `FOREIGN_MIN_FREQUENCY`: "kong", "logi" are words
  there);
- standalone, not part of a login, file, address, URL or key ("roger924", "lang=en");
- in a sentence that is not technical (there, "Frida", "Luigi" and "kong" are products),
  not after a determiner or a place preposition ("the Frida dashboard", "in Kaarina",
  "moving to Kaarina", the town after a house number), not before a number ("Julia 1.10"),
  not in a comparison ("Is Ava better than Mattermost?").

A listed first name that is also an English word ("Grace", "Crystal"; at least
`PAIR_MIN_FREQUENCY`) is a name before a Title-case surname that is no common,
organization or calendar word, with the same vetoes ("Grace Little", not "Victoria
Station Ltd").

Names in capitals (forms, manifests, statements: "NORBERT ŘÍHA", in technical sentences
too) are two to four upper-case words between common words, one of them listed.

In a text that is technical as a whole, the engine drops such a name when its line has
at most three words ("- Frida", "name: kong"); a prose line there keeps it.

Surnames are not listed: the rest of a found name is taken by the rules that follow a
name (`whole.py`), and found names propagate through the record.
"""

from __future__ import annotations

import functools
import re
from importlib import resources

from sanitizers.lexicon import (
    COMMON_WORDS,
    DETERMINERS,
    known,
    names_data,
    nouns_only,
    organization_word,
    participle,
)
from sanitizers.lone import COMPARISON, GIVEN_SCORE, PLACE_BEFORE
from sanitizers.person import PLACE_LEAD
from sanitizers.tries import compiled
from sanitizers.truecase import casual

MIN_FREQUENCY = 3  # nam_dict's scale: 1 (rare) .. 13 (very common), per country
PAIR_MIN_FREQUENCY = 5  # a first name that is also an English word, before a surname
FOREIGN_MIN_FREQUENCY = 8  # lowercase, in a line of another language: its words are names too
_COLUMNS = slice(30, 85)  # one frequency digit per country (hex, blank: unknown there)
# a standalone word: not inside a login, path, URL, key or address ("roger924", "a/b")
_WORD = compiled(
    r"(?<![\w.@/\\&=?#$%:+'’`-])[^\W\d_]{3,}(?![\w@/\\=&`]|['’](?!s\b)|\.\w|-\w|:\w|\"[ \t]*:)"
)  # a possessive is fine ("Nicoline's"); not code in backticks nor a quoted key ("lang": "en")
# a listed first name before a Title-case surname, with or without an initial ("Grant Price",
# "Sandra R. Best"); a third Title-case word makes a run for the name shapes
# (a lookahead, so that "Hi Grant Price" tries "Grant Price" too)
_PAIR = compiled(
    r"(?<![\w.@/\\&=?#$%:+'’-])(?=([^\W\d_]{3,})[ ](?:[A-Z]\.[ ])?([^\W\d_]{3,})"
    r"(?![\w@/\\=&]|\.\w|-\w|:\w|[ ][A-Z]))"
)
_UPPER_WORD = r"[^\W\d_a-zß-ÿ]{2,}(?:['’-][^\W\d_a-zß-ÿ]{2,})?"
# a run of upper-case words (a possessive may follow: "AGNES LAKSITA's")
_CAPITALS = compiled(
    rf"(?<![\w.@/\\'’-]){_UPPER_WORD}(?:[ ]{_UPPER_WORD})+(?![\w@/\\-]|['’](?!s\b))"
)
_SPLIT = compiled(r"\S+")
_CALENDAR = frozenset(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
     "friday", "saturday", "sunday"]
)  # fmt: skip
_BEFORE = compiled(r"([^\W\d_]+(?:'m)?)[ \t]+$")
# first names that are stop or calendar words: a name inside a sentence before a surname
_WORD_GIVEN = frozenset(["will", "may", "june", "april", "august"])
_DATE_LEAD = frozenset("in on since until till by from of before after during early late".split())  # noqa: SIM905
_LEFT = compiled(r"(\S+)[ \t]+$")  # the word before, the word after (`_alone`)
_RIGHT = compiled(r"[ \t]+(\S+)")
_TITLE_WORD = compiled(r"(?<![\w.@/\\-])[A-Z][a-z]+(?:[A-Z]\w*)?\b")
_PLACE_HEADS = frozenset("saint st san santa lake mount mt fort port cape".split())  # noqa: SIM905
_GLUED = frozenset("\"',&")  # before the word
_DIGIT_AFTER = compiled(r"[ \t]*v?\d")
# a thing or a place after these ("the Frida dashboard", "in Kaarina"); "my", "his", "her"
# and "its" ("hey its christiane") come before people too
_NOT_BEFORE = (DETERMINERS - {"my", "his", "her", "its"}) | frozenset(
    "in at near into vs versus via using use try tried of".split()  # noqa: SIM905
)


@functools.cache
def given_name_list() -> dict[str, int]:
    """Lowercase first names with a frequency of at least MIN_FREQUENCY somewhere."""
    data = resources.files("gender_guesser").joinpath("data/nam_dict.txt")
    out: dict[str, int] = {}
    for line in data.read_text(encoding="utf-8").splitlines():
        if line[:1] in ("#", "=", "") or len(line) < _COLUMNS.start or line[29] == "+":
            continue  # comments, equivalences, and the copies sorted by expanded umlauts
        digits = [int(c, 16) for c in line[_COLUMNS] if c in "123456789ABCD"]
        top = max(digits, default=0)
        if top < MIN_FREQUENCY:
            continue
        name = line[3:29].strip().lower()  # "jun+wei": "junwei", "jun-wei" (and two words)
        for form in (name.replace("+", ""), name.replace("+", "-")):
            out[form] = max(out.get(form, 0), top)
    return out


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
def _not_names() -> frozenset[str]:
    data = names_data()
    return frozenset(data["technical_words"]) | frozenset(data["chat_contractions"])


def given_names(
    text: str,
    words: frozenset[str],
    common: frozenset[str],
    technical: bool,
    foreign: bool,
    nouns: frozenset[str] = frozenset(),
    products: bool = False,
) -> list[tuple[int, int, str, float]]:
    """PERSON findings for the listed first names of a sentence `text` (see above), alone
    or before a surname; `foreign`: the line is mostly in another language; `nouns`: the
    `name_nouns`, names when Title-case although English words; `products`: the sentence
    speaks of software (technical words, no code), where names of products are products."""
    names = given_name_list()
    out = _capitals(text, words, common, names, nouns)  # forms and manifests: technical or not
    if COMPARISON.search(text):
        return out  # "Is Ava better than Mattermost?": tools
    if technical:
        return out + _pairs(text, words, common, nouns, technical=True)
    lowest = FOREIGN_MIN_FREQUENCY if foreign else MIN_FREQUENCY  # for lowercase words
    lowercase_line = casual(text)  # people who capitalize, capitalize names
    software = products and _named_software(text, words, names)
    for m in _WORD.finditer(text):
        word, a, b = m.group(), m.start(), m.end()
        low = word.lower()
        if low not in names or low in common or low in _not_names():
            continue
        if products and (low in products_named_like_people() or software):
            continue  # "migrate the jobs to Luigi", "from Backbone to Jackson"
        if not _title(word) and not (
            lowercase_line and len(word) >= 4 and names[low] >= lowest
        ):  # "hai", ALL-CAPS, "kong" in Tagalog, "blas" in a sentence of mixed case
            continue
        noun_name = low in nouns and (_title(word) or _lower_noun(low))
        english = known(word, words) and not (noun_name and not foreign and _alone(text, a, b))
        if english or participle(word, words) or not _free(text, a, b):
            continue
        out.append((a, b, "PERSON", GIVEN_SCORE))
    out.extend(_pairs(text, words, common, nouns, technical=False))
    return out


def _pairs(
    text: str, words: frozenset[str], common: frozenset[str], nouns: frozenset[str], technical: bool
) -> list[tuple[int, int, str, float]]:
    """A listed first name before a Title-case surname ("Grace Little", "I'm Will Baker").
    In a `technical` sentence only a first name and a surname that are no English words,
    nor the name of a product ("by Uwe Hoffmann", not "Luigi Scheduler", "Julia Computing")."""
    names = given_name_list()
    out = []
    for m in _PAIR.finditer(text):
        given, surname = m.group(1), m.group(2)
        low = given.lower()
        before = _BEFORE.search(text, max(0, m.start(1) - 30), m.start(1))
        prev = before.group(1) if before is not None else ""
        mid = prev[:1].islower() or prev in ("I'm", "Im")  # inside a sentence, not a heading
        if names.get(low, 0) < (MIN_FREQUENCY if mid else PAIR_MIN_FREQUENCY):
            continue  # "thanks to Hope Walter": a rarer first name, where capitals mean names
        if not _title(given) or not _title(surname):
            continue
        word_given = mid and low in _WORD_GIVEN and prev.lower() not in _DATE_LEAD
        if (low in common or low in _not_names() or low in _CALENDAR) and not word_given:
            continue  # "I'm Will Baker", "for May Frost"; not "Will Baker join?", "in May"
        last = surname.lower()
        if last in common or last in _not_names() or last in _CALENDAR:
            continue
        rare = names.get(low, 0) < PAIR_MIN_FREQUENCY and low not in _WORD_GIVEN
        if rare and known(last, words) and last not in nouns:
            continue  # "Amber Alert and Silver Alert"; "Hope Walter" stays
        if organization_word(surname) or not _free(text, m.start(1), m.end(2)):
            continue
        products = products_named_like_people()
        if technical and (
            known(low, words) or known(last, words) or low in products or last in products
        ):
            continue
        out.append((m.start(1), m.end(2), "PERSON", GIVEN_SCORE))
    return out


def _capitals(
    text: str,
    words: frozenset[str],
    common: frozenset[str],
    names: dict[str, int],
    nouns: frozenset[str] = frozenset(),
) -> list[tuple[int, int, str, float]]:
    """Names in capitals, as forms, manifests and statements write them ("AGNES LAKSITA",
    "NORBERT ŘÍHA" in "SEPA TRANSFER FROM NORBERT ŘÍHA"): two to four upper-case words
    between common or technical words, one of them a listed first name, not all English."""
    out = []
    for run in _CAPITALS.finditer(text):
        part: list[re.Match[str]] = []
        for word in [*_SPLIT.finditer(run.group()), None]:
            low = word.group().lower() if word is not None else ""
            if word is not None and low not in common and low not in _not_names():
                part.append(word)
                continue
            lows = [w.group().lower() for w in part]
            listed = any(len(w) >= 3 and names.get(w, 0) >= MIN_FREQUENCY for w in lows)
            english = all(known(w, words) and w not in nouns for w in lows)
            if 2 <= len(part) <= 4 and listed and not english:
                start = run.start() + part[0].start()  # (all English: "GRACE PERIOD";
                # a name noun is no English word here: "TYLER FLETCHER")
                out.append((start, run.start() + part[-1].end(), "PERSON", GIVEN_SCORE))
            part = []
    return out


def _named_software(text: str, words: frozenset[str], names: dict[str, int]) -> bool:
    """A capitalized word past the first that is neither English nor a listed first name
    ("Serilog", "Kustomize"): in a sentence of technical words, the capitalized words
    there name software."""
    for m in _TITLE_WORD.finditer(text, 1):
        low = m.group().lower()
        if low not in names and not known(low, words) and low not in COMMON_WORDS:
            return True
    return False


def _lower_noun(low: str) -> bool:
    """A name noun that is a name in lowercase chat too ("did ibrahim send it"): a common
    first name (`FOREIGN_MIN_FREQUENCY`) that is no word of another language or a place
    written lowercase ("nada", "yang", "milan": names.yaml `name_nouns_lowercase_words`)."""
    if given_name_list().get(low, 0) < FOREIGN_MIN_FREQUENCY:
        return False
    return low not in names_data()["name_nouns_lowercase_words"]


def _alone(text: str, a: int, b: int) -> bool:
    """No capitalized word (but a common one: "When Tyler..."), "&", quote or comma beside
    it: "Tyler and Grace", not "Lake Victoria", "St. Mary's", "Marshall Plan", "Ben &
    Jerry's", '"Victoria" sofa' or a CSV cell (",Victoria")."""
    if text[a - 1 : a] in _GLUED or text[b : b + 1] in ('"', "&"):
        return False
    before, after = _LEFT.search(text, max(0, a - 40), a), _RIGHT.match(text, b)
    if before is not None:
        word = before.group(1)
        if word == "&" or (word[:1].isupper() and word.lower() not in COMMON_WORDS):
            return False
        if word.lower().rstrip(".") in _PLACE_HEADS:
            return False  # "saint paul", "st. mary's", "lake victoria" in lowercase too
    return after is None or not (after.group(1)[:1].isupper() or after.group(1) == "&")


def _title(word: str) -> bool:
    return word[0].isupper() and word[1:].islower()


def _free(text: str, a: int, b: int) -> bool:
    """Not after a determiner or a place word, not before a number ("Julia 1.10")."""
    before = _BEFORE.search(text, max(0, a - 30), a)
    if before is not None and before.group(1).lower() in _NOT_BEFORE:
        return False
    if PLACE_BEFORE.search(text, max(0, a - 40), a) or PLACE_LEAD.search(text, max(0, a - 40), a):
        return False  # "moving to Kaarina", "visit Santa Cruz", "Allika 46, Kaarina"
    return not _DIGIT_AFTER.match(text, b)
