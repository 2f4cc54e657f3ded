"""The rest of a name next to a found one (`complete_names`, in place):

- particles and the surname after them, or before ("Sietske van der Wardt", "Morgan Ó
  Rúnaidhe", "Aishah binti Ahmad");
- up to two following capitalized words that are no English words ("Maria Júlia Pires"),
  the first of them an English word too when the found name is a common first name alone
  ("Summer Stone"), not a place's or a company's word ("Victoria Station");
- one word before it: a capitalized word the dictionary lacks ("Ol'ha Kovalenko" when NER
  saw the surname only), or a common first name that is also an English word ("Faith
  Elizabeth Chambers"), not a place's first word ("Santa Clara"); and an initial ("J.
  Price", "Ma. Lourdes").
"""

from __future__ import annotations

from sanitizers.first_names import (
    PAIR_MIN_FREQUENCY,
    census_names,
    first_name,
    given_name_list,
)
from sanitizers.lexicon import (
    CALENDAR,
    COMPANY_FORMS,
    PLACE_HEADS,
    PLACE_WORDS,
    UNCASED_SCRIPTS,
    organization_word,
    surname_noun,
)
from sanitizers.name_edges import name_edges
from sanitizers.names import COMMON_WORDS, known, participle
from sanitizers.person import PARTICLE, title_word
from sanitizers.recognizers import Finding
from sanitizers.transliterated import LETTERS as GREEK_OR_CYRILLIC
from sanitizers.tries import compiled

_CONTRACTION = compiled(r"(?i:['’](?:re|ve|ll|d|m|s|t))$")
_CAPITAL_PARTICLE = (
    r"(?:Van|Von|De|Da|Di|Del|Du|Dos|Das|Le|La|Ó|Ní|Nic|Mac|Mc|Ua|Al|El|Bin|Binti|Bint|Ibn|Abu)"
)
# Malaysian and Singaporean Indian names: "son of" and "daughter of" between given name and
# father's name ("Prakash a/l Arumugam", "REVATHI A/P SELVARAJ")
_OF = r"(?:[aA]/[lLpP]|[sSdD]/[oO])"
_AFTER_PARTICLES = compiled(
    rf"(?:[ ](?:{PARTICLE}|{_CAPITAL_PARTICLE}|{_OF}))+[ ][^\W\d_a-z][^\W\d_]*"
)
_BEFORE_PARTICLES = compiled(rf"(?<![\w'’-])[^\W\d_a-z][^\W\d_]*(?:[ ](?:{PARTICLE}|{_OF}))+[ ]$")
# initials after a surname, as a signature, a list or a form writes them ("Keller U.",
# "Mwangi J.K.", "Quliyev R.V.o."), not the initial of the next name ("Lima and B. Cruz")
# (not a company's legal form: "Asigurări Carpați S.A.", "Verhuizingen Van Dam B.V.")
_INITIALS_AFTER = compiled(r"[ ](?:[A-Z]\.){1,3}(?:[a-z]\.)?(?![\w.])(?![ ]+[A-Z][a-z])")
# a Turkic patronymic's last word after the father's name ("Quliyev Nicat Fuad oğlu",
# "Abbasova Fidan Elçin qızı", "Asanov Bakyt uulu", "Karimova Dilnoza Jamshid qizi")
_PATRONYMIC_AFTER = compiled(
    r"[ ](?:oğlu|oglu|qızı|qizi|kızı|kyzy|uulu|ugli|o[‘'’`]g[‘'’`]li)(?![\w])"
)
# (a capitalized word: of a cased script, not Han, kana, Hangul, Arabic, Hebrew or Indic)
_NEXT_WORD = compiled(
    rf"[ ](?![{UNCASED_SCRIPTS}])"
    r"((?:Mc|Mac)?[^\W\d_a-z][^\W\d_A-Z'’-]+(?:[-'’][^\W\d_][^\W\d_]*)?)"
)  # ("McIntyre", "MacKenzie")


# surnames that are common English words, after a found first name alone ("Xinyi Sun",
# "Yuhan He", "Yeng Her", "Joy Best", "Pooja More", "Jin Young Park")
_WORD_SURNAMES = frozenset("sun he hu ma long young best more do her han song may".split())  # noqa: SIM905
_INITIAL = compiled(r"(?<![\w.])(?:[A-Z]|Ma)\.[ ]$")  # "J. Price", "Ma. Lourdes"
_LATIN_OR_OTHER = compiled(f"[^{GREEK_OR_CYRILLIC}]+")  # no Greek or Cyrillic letter
_PREV_WORD = compiled(r"(?<![\w'’.@/-])([^\W\d_]+(?:['’-][^\W\d_]+)?)[ ]$")


def _first_name(word: str, words: frozenset[str]) -> bool:
    """A Title-case word the dictionary lacks, right before a found name: its first part."""
    return (
        title_word(word)
        and len(word) > 1
        and _LATIN_OR_OTHER.fullmatch(word) is not None  # any Cyrillic word is "unknown"
        and not known(word, words)
        and word.lower() not in COMMON_WORDS
        and not participle(word, words)
        and _CONTRACTION.search(word) is None  # "We're Thijs": "We're" is no first name
    )


def complete_names(
    text: str, found: list[Finding], words: frozenset[str], nouns: frozenset[str] = frozenset()
) -> None:
    """Extend PERSON findings over particles + surname (either side) and over up to two
    following capitalized non-English words, in place; `nouns`: the words the dictionary
    holds only as nouns, where its surnames are ("Jones", "Rousseau")."""
    for i, (start, end, etype, score) in enumerate(found):
        if etype != "PERSON":
            continue
        m = _AFTER_PARTICLES.match(text, end)
        if m is not None and _capital_after(m.group()):
            end = m.end()
        m = _BEFORE_PARTICLES.search(text, max(0, start - 40), start)
        if m is not None and m.group()[0].isupper():  # not "départ de Jean-Luc"
            start = m.start()
        prev = _PREV_WORD.search(text, max(0, start - 40), start)
        if prev is not None and (
            _first_name(prev.group(1), words) or _listed_first(prev.group(1), text[start:end])
        ):
            start = prev.start(1)  # "Ol'ha Kovalenko" when NER saw "Kovalenko" only
        initial = _INITIAL.search(text, max(0, start - 4), start)
        if initial is not None:
            start = initial.start()  # "J. Price"
        for step in range(2):
            nxt = _NEXT_WORD.match(text, end)
            word = nxt.group(1) if nxt else ""
            if not nxt or not word[0].isupper():
                break  # (a lowercase word of another cased script: "Βασιλική και")
            surname = step == 0 and word.lower() in _WORD_SURNAMES and _first_alone(text[start:end])
            if surname:
                end = nxt.end()  # "Xinyi Sun", "Yeng Her"
                break
            if word.lower() in COMMON_WORDS:
                break  # "Maria Said"
            if step == 0 and _census_surname(text[start:end], word):
                end = nxt.end()  # "Alasdair Buchanan"
                continue
            if known(word, words) and not (
                step == 0
                and (
                    _surname_after(text[start:end], word)
                    or _surname_noun(text[start:end], word, nouns)
                )
            ):
                break
            end = nxt.end()
        m = _AFTER_PARTICLES.match(text, end)  # "Helena Gomes da Silva"
        if m is not None and _capital_after(m.group()):
            end = m.end()
        m = _INITIALS_AFTER.match(text, end)
        if m is not None and m.group().strip().upper() not in COMPANY_FORMS:
            end = m.end()  # "Keller U."
        m = _PATRONYMIC_AFTER.match(text, end)
        if m is not None:
            end = m.end()  # "Bayramov Orxan Orxan oğlu"
        start, end = name_edges(text, start, end, words)
        found[i] = (start, end, etype, score)


def _capital_after(particles: str) -> bool:
    """The word after a name's particles is capitalized ("da Silva"; not "de évoluer":
    the pattern's letter class lets a lowercase accented letter through)."""
    return particles.rsplit(" ", 1)[-1][0].isupper()


def _listed_first(word: str, name: str) -> bool:
    """A common first name that is also an English word ("Faith", "Mason", "Chase") right
    before a found name that starts with a capital: "Faith Elizabeth Chambers"."""
    return (
        title_word(word)
        and word.lower() not in COMMON_WORDS
        and word.lower() not in PLACE_HEADS  # "Santa Clara"
        and given_name_list().get(word.lower(), 0) >= PAIR_MIN_FREQUENCY
        and name[:1].isupper()
    )


def _surname_after(name: str, word: str) -> bool:
    """A Title-case English word after a found common first name alone is its surname
    ("Summer Stone", "Grace Hopper"), unless it heads a place or a company."""
    low = word.lower()
    return (
        " " not in name
        and given_name_list().get(name.lower(), 0) >= PAIR_MIN_FREQUENCY
        and low not in CALENDAR
        and low not in PLACE_WORDS
        and not organization_word(word)
    )


def _surname_noun(name: str, word: str, nouns: frozenset[str]) -> bool:
    """A surname the dictionary holds only as a noun after a found first name alone
    ("Llinos Jones", "Clémence Rousseau"; `lexicon.surname_noun`)."""
    return " " not in name and title_word(name) and surname_noun(word, nouns)


def _census_surname(name: str, word: str) -> bool:
    """One of the census's common surnames after a found first name alone ("Alasdair
    Buchanan", "Innes McIntyre"), not a place's or a company's word."""
    low = word.lower()
    return (
        _first_alone(name)
        and first_name(name.lower())  # not "Elden Ring"
        and low in census_names()[0]
        and low not in CALENDAR
        and low not in PLACE_WORDS
        and not organization_word(word)
    )


def _first_alone(name: str) -> bool:
    """A found name of one Title-case word ("Xinyi"), which a surname may follow."""
    return " " not in name and title_word(name)
