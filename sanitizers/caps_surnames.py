"""Names with the surname in capitals and the given name in Title case, without a comma, as
HR systems, payslips, exam seating plans, class lists and French or Italian CVs print them:
"QURESHI Shoaib", "TRẦN Tùng", "LOMIDZE Davit" (surname first) and "Ivana KOSTIĆ",
"Kateřina NOVÁKOVÁ" (surname last).

A pair is a surname in capitals (one or two words: "TE WHARE Kahu") that is no English
word, no label and no acronym (a vowel in it, three letters or more), beside one or two
Title-case given names, each no English word or a listed first name (no stop word, no
company's word: "My ITIN", "HEKI Co"). A text holds names so written when it has two pairs
or more (a surname of three letters beside a listed first name only: "IIT Kanpur" stays);
one alone needs a surname of five letters or more and a listed first name or one that
is no English word ("ERROR Connection", "HTTP Request", "NASA Goddard", "Mercedes EQA"
stay), nor a word in capitals that labels a line by itself elsewhere (a transcript's role:
"ASIAKAS: hei" / "ASIAKAS Erik Wallin: ..."). "SURNAME, Given" with its comma is
rosters.upper_last_first's.
"""

from __future__ import annotations

import unicodedata

from sanitizers.first_names import MIN_FREQUENCY, census_names, given_name_list
from sanitizers.lexicon import COMMON_WORDS, NAME_PARTICLES, known, organization_word
from sanitizers.recognizers import Finding
from sanitizers.tries import compiled

# every upper- and lowercase letter of the Basic Multilingual Plane (Latin, Greek, Cyrillic,
# Armenian, Georgian's Mtavruli...), so "TRẦN" and "NOVÁKOVÁ" are words in capitals
UPPER = "".join(chr(c) for c in range(0x41, 0x10000) if chr(c).isupper() and chr(c).isalpha())
LOWER = "".join(chr(c) for c in range(0x61, 0x10000) if chr(c).islower() and chr(c).isalpha())
CAPS = rf"[{UPPER}](?:[{UPPER}'’]*[{UPPER}])?"
TITLE = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"
_SURNAME_FIRST = compiled(
    rf"(?<![\w'’.@/-])({CAPS}(?:[ -]{CAPS})?)[ ]({TITLE}(?:[ ]{TITLE})?)(?![\w'’@/-])"
)
_SURNAME_LAST = compiled(
    rf"(?<![\w'’.@/-])({TITLE}(?:[ ]{TITLE})?)[ ]({CAPS}(?:[ -]{CAPS})?)(?![\w'’@/-])"
)
_LABEL = compiled(rf"(?m)^[ \t>*-]*({CAPS})[ \t]*:")
_LABELS = "info warn warning error debug trace fatal notice note todo fixme attn re fw fwd cc"
_LABELS += " bcc select from where insert update delete get post put patch head ok fail pass"
_LABELS += " null true false and or not rsvp asap fyi pto ooo hr"
_LABELS += " ceo cfo cto coo cio cmo evp svp phd mba bsc msc usa uae ngo llc plc gmbh"
_NOT_SURNAMES = frozenset(_LABELS.split())


def caps_surname_names(text: str, words: frozenset[str]) -> list[Finding]:
    """PERSON findings for names with the surname in capitals (see above); `words`: the
    English dictionary, lowercase."""
    if not any(c.isupper() for c in text):
        return []
    listed = given_name_list()

    def given_name(word: str) -> bool:  # not "My ITIN", "The ISP", "HEKI Co"
        return not organization_word(word) and given_word(word, words, MIN_FREQUENCY)

    # words that label a line by themselves ("ASIAKAS: hei"): a speaker's role, no surname
    labels = {m.group(1) for m in _LABEL.finditer(text)} if ":" in text else set()
    pairs: list[tuple[int, int, bool]] = []
    for regex, caps_group in ((_SURNAME_FIRST, 1), (_SURNAME_LAST, 2)):
        for m in regex.finditer(text):
            surname, given = m.group(caps_group), m.group(3 - caps_group)
            names = given.replace("-", " ").split()
            if not all(map(given_name, names)):
                continue  # "ERROR Connection"
            if surname in labels:
                continue  # a transcript's "ASIAKAS Erik Wallin:" beside "ASIAKAS: hei"
            first = listed.get(names[0].lower(), 0) >= MIN_FREQUENCY
            if not surname_in_capitals(surname, words) and not (first and census_surname(surname)):
                continue
            size = sum(c.isalpha() for c in surname)
            if size == 3 and not first:
                continue  # three capitals before a place are an acronym ("IIT Kanpur")
            # alone in its text: a surname too long for an acronym beside a listed first name
            # or a word no dictionary knows ("NWOSU Folake", "CAMPBELL Ruby")
            alone = size >= 5 and (first or (len(names[0]) >= 3 and not known(names[0], words)))
            pairs.append((m.start(), m.end(), alone))
    if len(pairs) < 2:
        pairs = [p for p in pairs if p[2]]  # "Mercedes EQA" alone is a car
    return [(s, e, "PERSON", 0.75) for s, e, _ in pairs]


def given_word(word: str, words: frozenset[str], frequency: int) -> bool:
    """A given name beside a surname in capitals: no stop word, and no English word or a
    first name listed at `frequency` or more."""
    low = word.lower()
    return low not in COMMON_WORDS and (
        not known(word, words) or given_name_list().get(low, 0) >= frequency
    )


def census_surname(word: str) -> bool:
    """A common surname in capitals that is also an English word ("MILLER", "WALKER",
    "SMITH"): before a listed first name, a name ("MILLER Crystal", "SMITH Mélissa"; not
    "READ More", "LONG Island")."""
    low = word.lower()
    return word.isupper() and len(low) >= 3 and low in census_names()[0]


def surname_in_capitals(word: str, words: frozenset[str]) -> bool:
    """A surname in capitals: no English word, no label, no acronym (a vowel, three letters
    or more in all). A particle before it is no word of its own ("EL AMRANI", "DE LA
    CRUZ"), and one glued to it makes a surname of any word ("AL-FARSI", "O'CONNOR")."""
    glued = word.split("-", 1)[0].lower() in NAME_PARTICLES and "-" in word  # "AL-FARSI"
    parts = [p for p in word.replace("-", " ").replace("’", "'").split() if p]
    while len(parts) > 1 and parts[0].lower() in NAME_PARTICLES:
        parts = parts[1:]
    if glued or parts[0].startswith("O'") and len(parts[0]) > 4:  # "O'CONNOR"
        return word.isupper()
    letters = "".join(parts)
    return (
        word.isupper()
        and len(letters) >= 3
        and any(_base(c) in "AEIOUY" for c in letters)
        and not any(known(p.lower(), words) or p.lower() in _NOT_SURNAMES for p in parts)
    )


def _base(letter: str) -> str:
    """The letter without its accents ("Á" → "A", "Ầ" → "A")."""
    return unicodedata.normalize("NFD", letter)[0]
