"""A listed first name before a surname ("Grace Little", "I'm Will Baker"), and names in
capitals ("NORBERT ŘÍHA" in "SEPA TRANSFER FROM NORBERT ŘÍHA").

A listed first name that is also an English word ("Grace", "Crystal"; at least
`PAIR_MIN_FREQUENCY`) is a name before a Title-case surname that is no common,
organization or calendar word ("Grace Little", not "Victoria Station Ltd"); inside a
sentence (after a lowercase word) the list's lower frequency is enough, and "Will", "May",
"June", "April", "August" count there ("for May Frost"; not "in May"). In a technical
sentence only a first name and a surname that are no English words nor a product's name
count ("by Uwe Brandtner").

Names in capitals (forms, manifests, statements; in technical sentences too) are two to
four upper-case words between common words, one of them listed, not all English (a name
noun is no English word there: "TYLER FLETCHER", not "GRACE PERIOD").
"""

from __future__ import annotations

import re

from sanitizers.export_senders import CLOCK_LINE
from sanitizers.first_names import (
    MIN_FREQUENCY,
    PAIR_MIN_FREQUENCY,
    census_pair,
    given_name_list,
    not_names,
    products_named_like_people,
    rare_name_list,
)
from sanitizers.lexicon import (
    CALENDAR,
    COMMON_WORDS,
    DETERMINERS,
    known,
    organization_word,
    surname_noun,
)
from sanitizers.lone import GIVEN_SCORE, PLACE_BEFORE
from sanitizers.person import PLACE_LEAD
from sanitizers.tries import compiled

# a listed first name before a Title-case surname, with or without an initial ("Grant Price",
# "Sandra R. Best"); a third Title-case word makes a run for the name shapes
# (a lookahead, so that "Hi Grant Price" tries "Grant Price" too)
PAIR = compiled(
    r"(?<![\w.@/\\&=?#$%:+'’-])(?=([^\W\d_]{3,}(?:-[^\W\d_]{2,})?)[ ](?:[A-Z]\.[ ])?([^\W\d_]{3,})"
    r"(?![\w@/\\=&]|\.\w|-\w|:\w|[ ][A-Z]))"
)
_UPPER_WORD = r"[^\W\d_a-zß-ÿ]{2,}(?:['’-][^\W\d_a-zß-ÿ]{2,})?"
# a run of upper-case words (a possessive may follow: "AGNES LAKSITA's")
_CAPITALS = compiled(
    rf"(?<![\w.@/\\'’-]){_UPPER_WORD}(?:[ ]{_UPPER_WORD})+(?![\w@/\\-]|['’](?!s\b))"
)
_SPLIT = compiled(r"\S+")
_BEFORE = compiled(r"([^\W\d_]+(?:'m)?)[ \t]+$")
# first names that are stop or calendar words: a name inside a sentence before a surname
_WORD_GIVEN = frozenset(["will", "may", "june", "april", "august"])
_DATE_LEAD = frozenset("in on since until till by from of before after during early late".split())  # noqa: SIM905
_TITLE_CAPS = compiled(r"(?<![\w.@/-])([A-Z][a-z]{2,}) ([A-Z]{3,}(?:[-'’][A-Z]{2,})?)(?![\w.@/-])")
_VOWEL = compiled(r"[AEIOUY]")
# a number after the name ("Julia 1.10"), but the time a chat copy prints after its sender
# on a line of their own ("Ewa  4:46 PM")
_DIGIT_AFTER = compiled(rf"[ \t]*(?!v?{CLOCK_LINE})v?\d")
# a chat export's time or date after a speaker's full name ("Jacob Adams  9:41 AM")
_STAMP_AFTER = compiled(r"[ \t]+(?:\d{1,2}:\d\d|\d{4}-\d\d-\d\d|\d{1,2}/\d{1,2}/\d)")
# a clause's verb after "that Name" ("Mention that Christopher will take over")
_VERB_AFTER = compiled(
    r"[ \t]+(?:will|would|can|could|should|might|must|is|was|has|had|does|did|says|said|"
    r"knows|needs|wants|thinks|still|also|already|never|just)\b"
)
# a thing or a place after these ("the Frida dashboard", "in Kaarina"); "my", "his", "her"
# and "its" ("hey its christiane") come before people too
_NOT_BEFORE = (DETERMINERS - {"my", "his", "her", "its"}) | frozenset(
    "in at near into vs versus via using use try tried of".split()  # noqa: SIM905
)


def name_pairs(
    text: str,
    words: frozenset[str],
    common: frozenset[str],
    nouns: frozenset[str],
    technical: bool,
    surnames: frozenset[str] = frozenset(),
) -> list[tuple[int, int, str, float]]:
    """A listed first name before a Title-case surname ("Grace Little", "I'm Will Baker").
    In a `technical` sentence only a first name and a surname that are no English words,
    nor the name of a product ("by Uwe Hoffmann", not "Luigi Scheduler", "Julia Computing").
    `surnames`: the words the dictionary holds only as nouns, where its surnames are: one
    of them may follow a rarer first name ("awarded to Isla Mackenzie")."""
    names = given_name_list()
    out = []
    for m in PAIR.finditer(text):
        given, surname = m.group(1), m.group(2)
        low = given.lower().split("-")[0]  # "Hyun-woo Han": Hyun
        prev = lead_word(text, m.start(1))
        mid = prev[:1].islower() or prev in ("I'm", "Im")  # inside a sentence, not a heading
        unlisted = (  # a rare first name before a surname, neither an English word
            low not in names
            and low in rare_name_list()
            and not known(low, words)
            and (not known(surname, words) or surname_noun(surname, surnames))
            and not in_company(text, m.start(1), m.end(2))
        )  # "the idea of Hamish MacLeod"
        if names.get(low, 0) < (MIN_FREQUENCY if mid else PAIR_MIN_FREQUENCY) and not (
            mid and unlisted
        ):
            continue  # "thanks to Hope Walter": a rarer first name, where capitals mean names
        if not title(given) or not title(surname):
            continue
        last = surname.lower()
        if not plain_pair(low, last, mid and word_given(low, prev), common):
            continue  # "I'm Will Baker", "for May Frost"; not "Will Baker join?", "in May"
        rare = names.get(low, 0) < PAIR_MIN_FREQUENCY and low not in _WORD_GIVEN
        if rare and known(last, words) and last not in nouns:
            continue  # "Amber Alert and Silver Alert"; "Hope Walter" stays
        stamped = _STAMP_AFTER.match(text, m.end(2)) is not None  # "Jacob Adams  9:41 AM"
        if organization_word(surname) or not free(text, m.start(1), m.end(2), not stamped):
            continue
        products = products_named_like_people()
        if technical and (
            known(low, words) or known(last, words) or low in products or last in products
        ):
            continue
        out.append((m.start(1), m.end(2), "PERSON", GIVEN_SCORE))
    return out


def word_given(low: str, prev: str) -> bool:
    """A first name that is a stop or calendar word ("will", "may") counts as one after
    `prev`, a word that is no date's lead ("for May Frost"; not "in May")."""
    return low in _WORD_GIVEN and prev.lower() not in _DATE_LEAD


def plain_pair(low: str, last: str, given_word: bool, common: frozenset[str]) -> bool:
    """Neither word of a pair is a `common`, non-name or calendar word, but a first name
    that `word_given` lets count (`given_word`)."""
    if (low in common or low in not_names() or low in CALENDAR) and not given_word:
        return False
    return not (last in common or last in not_names() or last in CALENDAR)


def lead_word(text: str, at: int) -> str:
    """The word right before `at` ("" at a line's start or after punctuation)."""
    before = _BEFORE.search(text, max(0, at - 30), at)
    return before.group(1) if before is not None else ""


def capitals(
    text: str,
    words: frozenset[str],
    common: frozenset[str],
    names: dict[str, int],
    nouns: frozenset[str] = frozenset(),
) -> list[tuple[int, int, str, float]]:
    """Names in capitals, as forms, manifests and statements write them ("AGNES LAKSITA",
    "NORBERT ŘÍHA" in "SEPA TRANSFER FROM NORBERT ŘÍHA"): two to four upper-case words
    between common or technical words, one of them a listed first name, not all English
    but a census pair (`first_names.census_pair`)."""
    out = []
    for run in _CAPITALS.finditer(text):
        part: list[re.Match[str]] = []
        for word in [*_SPLIT.finditer(run.group()), None]:
            low = word.group().lower() if word is not None else ""
            if word is not None and low not in common and low not in not_names():
                part.append(word)
                continue
            lows = [w.group().lower() for w in part]
            listed = any(len(w) >= 3 and names.get(w, 0) >= MIN_FREQUENCY for w in lows)
            english = all(known(w, words) and w not in nouns for w in lows)
            if len(lows) == 2 and census_pair(*lows):
                listed, english = True, False  # "IRIS WASHINGTON", "PHOEBE BELL": census names
            if 2 <= len(part) <= 4 and listed and not english:
                start = run.start() + part[0].start()  # (all English: "GRACE PERIOD";
                # a name noun is no English word here: "TYLER FLETCHER")
                out.append((start, run.start() + part[-1].end(), "PERSON", GIVEN_SCORE))
            part = []
    return out


def capital_surnames(
    text: str, words: frozenset[str], names: dict[str, int], nouns: frozenset[str] = frozenset()
) -> list[tuple[int, int, str, float]]:
    """A listed first name before its surname in capitals, as rosters, citations and French
    forms write it ("Tyler GREEN", "Matteo GALLO", "Dewi KUSUMA"): the first name is no
    English word (or a name noun), the surname three letters or more with a vowel and no
    technical word ("Julia API", "Ruby SDK", "Mason JSON" stay)."""
    out = []
    for m in _TITLE_CAPS.finditer(text):
        first, last = m.group(1), m.group(2)
        low = first.lower()
        if names.get(low, 0) < MIN_FREQUENCY or (known(low, words) and low not in nouns):
            continue
        if not _VOWEL.search(last) or last.lower() in not_names() or last.lower() in COMMON_WORDS:
            continue
        out.append((m.start(), m.end(), "PERSON", GIVEN_SCORE))
    return out


def title(word: str) -> bool:
    """Title-case; a hyphenated word's later parts may be capitalized too ("Klaus-Dieter",
    "Seo-jun")."""
    return word[0].isupper() and all(part[1:].islower() for part in word.split("-"))


# a company named after people: "Tyrell Corporation", "Oneal Inc", "Goodman, Carr and
# Anderson", "Merrill Lynch Foundation": the word after the name is an organization's, or
# the name stands in a list of capitalized words joined by commas and "and" or "&" whose
# other words are mostly no listed first names (not "Priya, Rhodri and Abena")
_NEXT_WORD = compiled(r"[ ]+([A-Za-z]+\.?)(?![\w-])")
_FIRM = compiled(r"\b[A-Z][a-z]+(?:,[ ][A-Z][a-z]+)+,?[ ](?:and|&)[ ][A-Z][a-z]+\b")
_CAPITALIZED = compiled(r"[A-Z][a-z]+")


def in_company(text: str, a: int, b: int) -> bool:
    """The name at text[a:b] is part of a company's (see above)."""
    after = _NEXT_WORD.match(text, b)
    if after is not None and organization_word(after.group(1)):
        return True
    names = given_name_list()
    for m in _FIRM.finditer(text, max(0, a - 60), min(len(text), b + 60)):
        if m.start() <= a and b <= m.end():
            others = [w for w in _CAPITALIZED.findall(m.group()) if w != text[a:b]]
            listed = sum(names.get(w.lower(), 0) >= MIN_FREQUENCY for w in others)
            return 2 * listed < len(others)
    return False


def free(text: str, a: int, b: int, digits: bool = True, foreign: bool = False) -> bool:
    """Not after a determiner or a place word, not before a number ("Julia 1.10"); in a
    `foreign` line "a" is no article: Spanish writes it before a person ("llevar a Carmen")."""
    before = _BEFORE.search(text, max(0, a - 30), a)
    lead = before.group(1).lower() if before is not None else ""
    if foreign and lead == "a":
        lead = ""
    if lead in _NOT_BEFORE and (lead != "that" or _VERB_AFTER.match(text, b) is None):
        return False  # "that Frida dashboard", not "Mention that Christopher will"
    if PLACE_BEFORE.search(text, max(0, a - 40), a) or PLACE_LEAD.search(text, max(0, a - 40), a):
        return False  # "moving to Kaarina", "visit Santa Cruz", "Allika 46, Kaarina"
    return not (digits and _DIGIT_AFTER.match(text, b))
