"""Given names of 54 countries: a word that is a first name and no English word is a name.

The small NER model misses a lone first name it has not seen ("pakisabi kay Bastiaan",
"who should i cc on this, henrietta or peader?"), and lowercase chat hides the capital
that other rules look for. `given_names` takes such a word when it is

- a first name of Jörg Michael's list (`nam_dict.txt`, about 46,000 names with their
  frequency in 54 countries, GFDL 1.2; shipped with the `gender-guesser` package and read
  as data, unchanged) with at least `MIN_FREQUENCY` in some country;
- not English: neither the model's English word list ("grace", "will" are left to NER and
  cues), a common or technical word, nor a contraction written without its apostrophe
  ("aren", "theres"); a name the list holds only as a noun ("tyler", `name_nouns`) counts
  when capitalized, or common and in lowercase chat, and alone (no capitalized word, "&",
  quote or place word beside it: not "Lake Victoria", "Ben & Jerry's");
- Title-case ("Bastiaan") or lowercase in an all-lowercase sentence ("henrietta"; four
  letters or more: "hai", "que" are words of other languages; in a line of another
  language only a name of some frequency, at least `FOREIGN_MIN_FREQUENCY`, that is no
  common word of another language: "kong" is a word there, and "domingo", "novo" or "sinh"
  are in `common_abroad`);
- standalone, not part of a login, file, address, URL or key ("roger924", "lang=en");
- in a sentence without code (there, "Frida", "Luigi" and "kong" are products; a sentence
  technical by its words only keeps a name that is no product's, unless it names other
  software: "from Serilog to Morgan"), not after a determiner or a place preposition
  ("the Frida dashboard", "in Kaarina", "moving to Kaarina", the town after a house
  number), not before a number ("Julia 1.10"), not within two words of a comparison ("Is
  Ava better than Mattermost?"; "Mikko knows more than I do" is a person's), not in a
  comparison between two capitalized words ("Is Sofia or Bucharest a better base?").

Before a surname, and in capitals, listed first names are `given_pairs.py`'s; the list
and the words around it are `first_names.py`'s.

In a text that is technical as a whole, the engine drops such a name when its line has
at most three words ("- Frida", "name: kong"); a prose line there keeps it.

Surnames are not listed: the rest of a found name is taken by the rules that follow a
name (`whole.py`), and found names propagate through the record.
"""

from __future__ import annotations

from sanitizers.first_names import (
    PAIR_MIN_FREQUENCY,
    foreign_name,
    given_name_list,
    lower_noun,
    not_names,
    products_named_like_people,
    rare_name_list,
)
from sanitizers.foreign_ner import named_abroad
from sanitizers.given_pairs import (
    capital_surnames,
    capitals,
    free,
    in_company,
    name_pairs,
    title,
)
from sanitizers.lexicon import COMMON_WORDS, PLACE_HEADS, known, participle
from sanitizers.lone import COMPARISON, GIVEN_SCORE
from sanitizers.tries import compiled
from sanitizers.truecase import casual

_AFTER_CAPITAL = compiled(r"[A-Z][\w'’-]*[ ]$")  # a capitalized word right before
_BEFORE_CAPITAL = compiled(r"[ ][A-Z]")  # and right after
# Turkish case endings after an apostrophe ("Serkan'a", "Elif'e", "Ayşe'nin")
_CASES = r"(?:y?[ae]|n?[ıiuü]n|y?[ıiuü]|[dt][ae]n?|y?l[ae]|n?[dt][ae]ki)\b"
# a standalone word: not inside a login, path, URL, key or address ("roger924", "a/b")
_WORD = compiled(
    r"(?<![\w.@/\\&=?#$%:+'’`-])[^\W\d_]{3,}(?![\w@/\\=&`]|['’](?!s\b|"
    + _CASES
    + r")|\.\w|-\w|:\w|\"[ \t]*:)"
)  # a possessive is fine ("Nicoline's"), a Turkish case ending ("Serkan'a"); not code in
# backticks nor a quoted key ("lang": "en")
_LEFT = compiled(r"(\S+)[ \t]+$")  # the word before, the word after (`_alone`)
_RIGHT = compiled(r"[ \t]+(\S+)")
_TITLE_WORD = compiled(r"(?<![\w.@/\\-])[A-Z][a-z]+(?:[A-Z]\w*)?\b")
_CHOICE = compiled(r"\b[A-Z][a-z]+,? or [A-Z][a-z]+\b")  # "Sofia or Bucharest"
_GLUED = frozenset("\"',&")  # before the word
_JOINERS = r"with|by|mentored|thanks to|from"  # words before two people ("with Eoin and X")
_AND_BEFORE = compiled(rf"\b({_JOINERS}) ([A-Z][a-z]+) and $")
_AND_LEFT = compiled(r"(?<![\w.-])([A-Z][a-z]+) and $")
_WITH = compiled(rf"\b(?:{_JOINERS}) $")
_AND_AFTER = compiled(r" and ([A-Z][a-z]+)\b(?![\w'’-])")


def given_names(
    text: str,
    words: frozenset[str],
    common: frozenset[str],
    technical: bool,
    foreign: bool,
    nouns: frozenset[str] = frozenset(),
    products: bool = False,
    surnames: frozenset[str] = frozenset(),
) -> list[tuple[int, int, str, float]]:
    """PERSON findings for the listed first names of a sentence `text` (see above), alone
    or before a surname; `foreign`: the line is mostly in another language; `nouns`: the
    `name_nouns`, names when Title-case although English words; `products`: the sentence
    speaks of software (technical words, no code), where names of products are products."""
    names = given_name_list()
    out = capitals(text, words, common, names, nouns)  # forms and manifests: technical or not
    out.extend(capital_surnames(text, words, names, nouns))
    if COMPARISON.search(text) and _CHOICE.search(text):
        return out  # "Is Sofia or Bucharest a better base?": places, tools
    if technical:
        return out + name_pairs(text, words, common, nouns, technical=True)
    lowercase_line = casual(text)  # people who capitalize, capitalize names
    software = products and _named_software(text, words, names)
    for m in _WORD.finditer(text):
        word, a, b = m.group(), m.start(), m.end()
        low = word.lower()
        if low not in names and title(word) and not known(word, words) and text[b : b + 1] != ":":
            low = inflected_name(low, names)  # "Villellä", "Grzegorzowi", "Péternek"
        rare = (  # a rarer first name, capitalized, in English prose ("Rhodri was brilliant")
            low not in names
            and not foreign
            and title(word)
            and len(low) >= 5
            and low in rare_name_list()
            and not in_company(text, a, b)
            and not _AFTER_CAPITAL.search(text, max(0, a - 30), a)  # "Woonstichting De Linde"
            and not _BEFORE_CAPITAL.match(text, b)  # a pair is name_pairs' ("Merrill Lynch")
        )
        if (low not in names and not rare) or low in common or low in not_names():
            continue
        if _compared(text, a, b):
            continue  # "Is Ava better than Mattermost?", "Julia vs. Python": tools
        if products and (low in products_named_like_people() or software):
            continue  # "migrate the jobs to Luigi", "from Backbone to Jackson"
        if not title(word) and not (
            lowercase_line and len(word) >= 4 and (not foreign or foreign_name(low))
        ):  # "hai", ALL-CAPS, "kong" in Tagalog, "blas" in a sentence of mixed case
            continue
        noun_name = low in nouns and (title(word) or lower_noun(low))
        word = low if low != word.lower() else word  # an inflected name: judged as its stem
        english = known(word, words) and not (noun_name and not foreign and _alone(text, a, b))
        english = english and not (foreign and named_abroad(text, a, b))  # "kleinzoon Sander"
        if english or participle(word, words) or not free(text, a, b, foreign=foreign):
            continue
        out.append((a, b, "PERSON", GIVEN_SCORE))
        out.extend(_partners(text, a, b, words, names))
    out.extend(name_pairs(text, words, common, nouns, technical=False, surnames=surnames))
    return out


# case endings of inflecting languages, longest first: Finnish, Polish, Czech, Hungarian
_ENDINGS = sorted(
    """lla llä lta ltä lle ssa ssä sta stä na nä n a ä owi em ie ą ę ovi ou em ě nak nek val
    vel hoz hez höz tól től ról ről nál nél ért t""".split(),  # noqa: SIM905
    key=len,
    reverse=True,
)


def inflected_name(low: str, names: dict[str, int]) -> str:
    """The listed first name `low` inflects ("villellä" -> "ville", "grzegorzowi" ->
    "grzegorz", "péternek" -> "péter"), common enough (`PAIR_MIN_FREQUENCY`) and four
    letters or more, five before a one-letter ending ("namn" is no "nam"); else `low`."""
    for end in _ENDINGS:
        stem = low[: -len(end)]
        shortest = 5 if len(end) == 1 else 4
        if not low.endswith(end) or len(stem) < shortest - (len(end) > 1):
            continue
        for form in (stem, *_graded(stem)):  # Finnish: "sadun" Satu, "mikon" Mikko
            if len(form) >= shortest and names.get(form, 0) >= PAIR_MIN_FREQUENCY:
                return form
    return low


def _graded(stem: str) -> list[str]:
    """A Finnish stem's strong grade, its last consonant doubled or hardened ("sadu" ->
    "satu", "miko" -> "mikko", "anti" -> "antti")."""
    if len(stem) < 3 or stem[-1] not in "aeiouyäö":
        return []
    consonant, rest = stem[-2], stem[:-2]
    forms = [rest + consonant * 2 + stem[-1]] if consonant in "kpt" else []
    return forms + ([rest + "t" + stem[-1]] if consonant == "d" else [])


def _compared(text: str, a: int, b: int) -> bool:
    """A comparison word within two words of the name ("Ava better than", "than Julia",
    "Julia vs. Python", "Nikola has better docs"); farther off, it compares something else
    ("Mikko knows more than I do")."""
    before = " ".join(text[max(0, a - 40) : a].split()[-2:])
    after = " ".join(text[b : b + 40].split()[:2])
    return COMPARISON.search(before) is not None or COMPARISON.search(after) is not None


def _named_software(text: str, words: frozenset[str], names: dict[str, int]) -> bool:
    """A capitalized word past the first that is neither English nor a listed first name
    ("Serilog", "Kustomize"): in a sentence of technical words, the capitalized words
    there name software."""
    for m in _TITLE_WORD.finditer(text, 1):
        low = m.group().lower()
        if (
            low not in names
            and not known(low, words)
            and low not in COMMON_WORDS
            and not _paired(text, m.start(), m.end(), names)
        ):
            return True
    return False


def _partners(
    text: str, a: int, b: int, words: frozenset[str], names: dict[str, int]
) -> list[tuple[int, int, str, float]]:
    """A capitalized word no dictionary holds, joined by "and" to a found first name
    ("Eoin and Saravanan", "Adaeze and Eoin"): the other person."""
    out = []
    after = _AND_AFTER.match(text, b)
    if after is not None and not known(after.group(1), words):
        out.append((after.start(1), after.end(1), "PERSON", GIVEN_SCORE))
    before = _AND_LEFT.search(text, max(0, a - 30), a)
    if before is not None and not known(before.group(1), words):
        out.append((before.start(1), before.end(1), "PERSON", GIVEN_SCORE))
    return out


def _paired(text: str, a: int, b: int, names: dict[str, int]) -> bool:
    """The word at a:b is joined by "and" to a listed first name after a word that joins
    people ("with Eoin and Saravanan", "by Saravanan and Eoin"): two people, not a product
    ("a wrapper around Serilog and Morgan")."""
    before = _AND_BEFORE.search(text, max(0, a - 50), a)
    if before is not None:
        return before.group(2).lower() in names
    after = _AND_AFTER.match(text, b)
    return (
        after is not None
        and after.group(1).lower() in names
        and _WITH.search(text, max(0, a - 20), a) is not None
    )


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
        if word.lower().rstrip(".") in PLACE_HEADS:
            return False  # "saint paul", "st. mary's", "lake victoria" in lowercase too
    return after is None or not (after.group(1)[:1].isupper() or after.group(1) == "&")
