"""The English word list and names.yaml: what tells a name from a word, without names.

- `dictionary`: the model's own lemmatizer words (+ stop words), "sonoka" vs "great";
- `verb_forms`: its verbs, which NER glues to names in truecased lines;
- `nouns_only`: its words that are nouns only, proper nouns among them ("tyler");
- `known`, `participle`: a word or its plural, a past participle opening a sentence;
- `names_data`: names.yaml (cues, fields, technical words), parsed once;
- `world_stop_words`: the stop words of spaCy's languages, for a word after a kinship title.
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path

import yaml
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.lookups import Lookups

#: Scripts without letter case (Hebrew, Arabic, Indic, kana, Han, Hangul), for a regex
#: character class: a word of theirs is never "capitalized", so no capitalized-word rule
#: may take it
# combining marks and the vowel signs of Arabic, Indic and Thai script, which are no
# letters to `re` (a name's word may hold them: "प्रिया", "สมชาย")
VOWEL_SIGNS = r"\u0300-\u036f\u064b-\u065f\u0900-\u0dff\u0e31-\u0e4e"
UNCASED_SCRIPTS = "\u0590-\u0dff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"


@functools.cache
def names_data() -> dict:
    """names.yaml, parsed once per process."""
    raw = resources.files("sanitizers").joinpath("names.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(raw)


@functools.cache
def world_stop_words() -> frozenset[str]:
    """The lowercase stop words of every language spaCy ships (world_stop_words.txt, cased
    scripts): "tita mo", "kay nanay na", "ya ampun" hold no name."""
    raw = resources.files("sanitizers").joinpath("world_stop_words.txt").read_text("utf-8")
    return frozenset(w for w in raw.splitlines() if w and not w.startswith("#"))


@functools.cache
def _lemma_lookups(model_path: str) -> Lookups | None:
    """The model's lemmatizer tables, read from disk once per process (None if it has none)."""
    lookups_dir = Path(model_path) / "lemmatizer" / "lookups"
    return Lookups().from_disk(lookups_dir) if lookups_dir.exists() else None


@functools.cache
def dictionary(model_path: str) -> frozenset[str]:
    """Lowercase English words known to the model's lemmatizer tables (empty if none)."""
    words: set[str] = set(STOP_WORDS) | set(names_data()["not_names"])
    lookups = _lemma_lookups(model_path)
    if lookups is not None:
        if lookups.has_table("lemma_index"):
            for group in lookups.get_table("lemma_index").values():
                words.update(w for w in group if "_" not in w)
        if lookups.has_table("lemma_exc"):
            for group in lookups.get_table("lemma_exc").values():
                words.update(group.keys())
    return frozenset(words)


@functools.cache
def verb_forms(model_path: str) -> frozenset[str]:
    """Verbs and their irregular forms per the model's lemmatizer ("mark", "lunch", "told"):
    in a line truecased word by word, NER calls them a name ("I Will Mark it") or glues them
    to one ("Maria Pires Told me")."""
    lookups = _lemma_lookups(model_path)
    if lookups is None:
        return frozenset()
    index, exc = lookups.get_table("lemma_index"), lookups.get_table("lemma_exc")
    return frozenset(index.get("verb", [])) | frozenset(exc.get("verb", {}).keys())


@functools.cache
def nouns_only(model_path: str) -> frozenset[str]:
    """Words the model's lemmatizer knows only as nouns (no verb, adjective or adverb, no
    irregular form): its proper nouns are among them, lowercased ("tyler", "beatrice")."""
    lookups = _lemma_lookups(model_path)
    if lookups is None:
        return frozenset()
    index, exc = lookups.get_table("lemma_index"), lookups.get_table("lemma_exc")
    other: set[str] = set()
    for pos in ("verb", "adj", "adv"):
        other.update(index.get(pos, []))
    for table in exc.values():
        other.update(table.keys())
    return frozenset(w for w in index.get("noun", []) if w not in other)


def known(word: str, words: frozenset[str]) -> bool:
    """`word` or its singular (-s, -es) is an English word."""
    low = word.lower()
    return low in words or (low.endswith("s") and (low[:-1] in words or low[:-2] in words))


def participle(word: str, words: frozenset[str]) -> bool:
    """A past participle opening a sentence ("Upgraded Kubernetes", "Created: ..."): a word
    in -ed whose stem is an English word; short names (Jared, Fred) are spared."""
    low = word.lower()
    return len(low) >= 6 and low.endswith("ed") and (low[:-1] in words or low[:-2] in words)


COMMON_WORDS = frozenset(STOP_WORDS) | frozenset(names_data()["not_names"])
#: articles and possessives: a word after one is a thing or a role ("the tracking", "our Lead")
DETERMINERS = frozenset("the a an this that these those its my your our their his her".split())  # noqa: SIM905
#: last words of organization names ("Aurora Biotech"): such a run is no person
ORGANIZATION_WORDS = frozenset(names_data()["organization_words"])
# a company's legal form written as initials ("Kyma A.E.", "Ironbridge Groep N.V."): no
# person's initials
COMPANY_FORMS = frozenset(
    "S.A. B.V. N.V. S.L. A.G. A.S. S.E. L.P. P.C. S.C. K.K. G.K. E.V. S.P.A. S.R.L. S.A.S. "  # noqa: SIM905
    "D.O.O. A.B. O.Y. P.T. S.P. S.R.O. A.D. A.E. O.E. E.E. S.A.C. C.V. K.G.".split()
)


def organization_word(word: str) -> bool:
    """The last word of an organization's name ("Biotech", "Freight", "Ltd.")."""
    return word.lower().strip(".,") in ORGANIZATION_WORDS


#: months and weekdays (English), weekdays of other languages
CALENDAR = frozenset(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
     "friday", "saturday", "sunday",
     # other languages' weekdays, capitalized as Indonesian, Tagalog or German write them
     # ("hari Minggu"; not those that are also given names: Domingo, Cuma, Ahad)
     "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "isnin", "khamis",
     "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "lundi", "mardi",
     "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "montag", "dienstag", "mittwoch",
     "donnerstag", "freitag", "samstag", "sonntag", "maandag", "dinsdag", "woensdag",
     "donderdag", "vrijdag", "zaterdag", "zondag", "miyerkules", "huwebes", "biyernes",
     "sabado", "linggo", "jumatatu", "jumanne", "jumatano", "alhamisi", "ijumaa", "jumamosi",
     "jumapili", "pazartesi", "çarşamba", "perşembe", "cumartesi"]
)  # fmt: skip
#: words after a name that make it a place's or a building's ("Victoria Station", "Ewan Hall")
PLACE_WORDS = frozenset(
    """street st road rd avenue ave lane boulevard station square park lake river bridge hall
    center centre college university school hospital airport museum library church tower
    house building island islands mountain valley beach bay county city town village""".split()  # noqa: SIM905
)


def surname_noun(word: str, nouns: frozenset[str]) -> bool:
    """A capitalized word the dictionary holds only as a noun (`nouns`, where its surnames
    are: "Jones", "MacLeod", "Rousseau"), no common, calendar, place or company word: a
    surname after a first name."""
    low = word.lower()
    return (
        low in nouns
        and len(low) > 2
        and low not in CALENDAR
        and low not in PLACE_WORDS
        and low not in COMMON_WORDS
        and not organization_word(word)
    )


#: first words of places named like people ("Saint Paul", "Santa Clara", "Lake Victoria")
PLACE_HEADS = frozenset("saint st san santa lake mount mt fort port cape".split())  # noqa: SIM905
#: lowercase particles inside a personal name ("Ivy van de Berg", "Hassan bin Ali")
NAME_PARTICLES = (
    "van von der den de da di del della dela delos degli dei dos das du la le ten ter".split()  # noqa: SIM905
    + "bin binti binte bint bte ibn al el".split()  # noqa: SIM905
)
