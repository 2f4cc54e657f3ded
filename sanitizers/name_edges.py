"""The other half of a found name where a list or a form writes it in its own order
(`name_edges`, called by complete.py for each PERSON finding):

- a surname in capitals before a found given name, at the start of an item: a manifest's
  or a crew list's order ("KENNEDY Nuala", "AL-ZAHRANI Salma", "СМИРНОВА Наталья"); and a
  given name in capitals before a found surname in capitals ("ROHIT SRIVASTAVA");
- anywhere, a surname in capitals (four letters or more, caps_surnames.py's test) beside a
  found given name ("Lerato BOTHA", "SIDDIQUI Hamza"), and a Title-case given name beside
  a found surname in capitals ("Simranjit VIRK"; no English word or a listed first name);
- "Surname, Given" as one item of a list or a cell, found by either half ("- Setiawan,
  Surya (DOB ...)", "Pérez Aguilar, Araceli", 'Domínguez Ruiz, Íñigo', "Edwards, Niamh
  <edwardsn@...>");
- the third syllable of a Vietnamese name, which may be a short English word ("Đinh Hoài
  An", "Văn Thị Thu").

An item starts a line (after a bullet or a number) or follows a cell's bar, a quote, a
parenthesis or a key's colon; it ends the line, a cell, a quote or opens a parenthesis.
"""

from __future__ import annotations

from sanitizers.caps_surnames import CAPS, TITLE, given_word, surname_in_capitals
from sanitizers.first_names import PAIR_MIN_FREQUENCY, census_names, first_name
from sanitizers.lexicon import COMMON_WORDS, known, organization_word
from sanitizers.tries import compiled

_WORD = r"[^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_]))*"
_ITEM_START = compiled(
    r"(?:^|\n)[ \t]*(?:[-*•·]|\d{1,3}[.)])?[ \t]*[\"'(]?$|(?:[|:;(\"'\[]|\t)[ \t]*$"
)
_ITEM_END = compiled(r"[ \t]*(?:$|\n|[|;\"')\]\t]|[ ]?\(|,[ ]?\d|[ ][-–—|·][ ]|[ ]?<[\w.+-]+@)")
_CAPS_END = compiled(r"[ \t]*(?:$|\n|[,|;(\t]|[ ][-–—·][ ])")
_PREV = compiled(rf"({_WORD})[ ]$")
_INVERTED_BEFORE = compiled(rf"({_WORD}(?:[ ]{_WORD}){{0,2}}),[ ]$")  # "Setiawan, |Surya"
_INVERTED_AFTER = compiled(rf",[ ]({_WORD})")  # "Pérez Aguilar|, Araceli"
_NEXT_SYLLABLE = compiled(r"[ ]([A-ZĐÀ-Ỹ][a-zà-ỹđ]{0,4})(?![\w'’-])")
_CAPS_AFTER = compiled(rf"[ ]({CAPS})(?![\w'’@/-])")
_CAPS_BEFORE = compiled(rf"(?<![\w'’.@/-])({CAPS})[ ]$")
_TITLE_AFTER = compiled(rf"[ ]({TITLE})(?![\w'’@/-])")
_TITLE_BEFORE = compiled(rf"(?<![\w'’.@/-])({TITLE})[ ]$")
# a transcript's speaker after their role in capitals ("ASIAKAS Erik Wallin: ...")
_ROLE = compiled(r"[ \t]*:")
_VIETNAMESE = compiled("[ăâđêôơưĂÂĐÊÔƠƯạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]")


def name_edges(text: str, start: int, end: int, words: frozenset[str]) -> tuple[int, int]:
    """The span of the found name `text[start:end]` with its other half, if any."""
    start, end = _caps_neighbours(text, start, end, words)
    name = text[start:end]
    tokens = name.split()
    prev = _PREV.search(text, max(0, start - 40), start)
    if (
        prev is not None
        and len(tokens) == 1
        and _item_start(text, prev.start(1))
        and _CAPS_END.match(text, end) is not None  # not a speaker: "AGENTTI Margus:"
        and _caps_half(prev.group(1), name, words)
    ):
        return prev.start(1), end
    if len(tokens) == 1 and _title(name) and first_name(name.lower()):
        inverted = _INVERTED_BEFORE.search(text, max(0, start - 60), start)
        if (
            inverted is not None
            and _item_start(text, inverted.start(1))
            and _item_end(text, end)
            and all(
                _title(t) and t.lower() not in COMMON_WORDS and not organization_word(t)
                for t in inverted.group(1).split()
            )
            and not first_name(inverted.group(1).lower())  # "| Giuseppe, Nicolò |": two kids
        ):
            return inverted.start(1), end  # "Setiawan, Surya (DOB ...)"
    after = _INVERTED_AFTER.match(text, end)
    if (
        after is not None
        and 1 <= len(tokens) <= 3
        and all(_title(t) and not organization_word(t) for t in tokens)
        and not first_name(name.lower())
        and _item_start(text, start)
        and _item_end(text, after.end())
        and _title(after.group(1))
        and first_name(after.group(1).lower())
    ):
        return start, after.end()  # "Pérez Aguilar, Araceli"
    nxt = _NEXT_SYLLABLE.match(text, end)
    if (
        nxt is not None
        and nxt.group(1)[0].isupper()
        and len(tokens) == 2
        and all(_title(t) for t in tokens)
        and _VIETNAMESE.search(name)
    ):
        return start, nxt.end()  # "Đinh Hoài An"
    return start, end


def _caps_half(word: str, given: str, words: frozenset[str]) -> bool:
    """`word` in capitals is the other half of the found one-word name: a surname before a
    given name in Title case, or a listed given name before a surname in capitals."""
    if not (word.isupper() and len(word) >= 2 and word.lower() not in COMMON_WORDS):
        return False
    if given.isupper():  # "ROHIT SRIVASTAVA"
        return first_name(word.lower())
    if not _title(given):
        return False
    parts = word.lower().replace("’", "'").replace("'", "-").split("-")
    latin = word.isascii() or all(c < "\u0250" for c in word)
    surnames = census_names()[0]
    listed = first_name(given.lower()) or not known(given, words)  # "SULTAN Shaimaa"
    return (listed or not latin) and not all(
        known(p, words) and p not in surnames and not first_name(p) for p in parts if len(p) > 1
    )  # "KENNEDY Nuala", not "URGENT Maria"


def _title(word: str) -> bool:
    return word[:1].isupper() and not word[1:2].isupper()


def _item_start(text: str, at: int) -> bool:
    return _ITEM_START.search(text, max(0, at - 12), at) is not None


def _item_end(text: str, at: int) -> bool:
    return _ITEM_END.match(text, at) is not None


def _caps_neighbours(text: str, start: int, end: int, words: frozenset[str]) -> tuple[int, int]:
    """The other half of a name written with its surname in capitals: the surname beside a
    found given name ("Lerato BOTHA", "SIDDIQUI Hamza"), or a given name beside a found
    surname in capitals ("Simranjit VIRK", "PHROMMA Ploypailin"): a Title-case word that is
    no English word or a listed first name (caps_surnames.py). Capitals before a speaker's
    name and colon are their role ("ASIAKAS Erik Wallin:", a customer)."""
    name = text[start:end]
    if name.isupper():
        nxt, prev = (
            _TITLE_AFTER.match(text, end),
            _TITLE_BEFORE.search(text, max(0, start - 40), start),
        )
        fits = _given_beside
    else:
        nxt, prev = (
            _CAPS_AFTER.match(text, end),
            _CAPS_BEFORE.search(text, max(0, start - 40), start),
        )
        fits = _surname_beside
    if nxt is not None and fits(nxt.group(1), words):
        end = nxt.end()
    elif prev is not None and fits(prev.group(1), words) and not _ROLE.match(text, end):
        start = prev.start(1)
    return start, end


def _surname_beside(word: str, words: frozenset[str]) -> bool:
    return sum(c.isalpha() for c in word) >= 4 and surname_in_capitals(word, words)  # not "IT"


def _given_beside(word: str, words: frozenset[str]) -> bool:
    return given_word(word, words, PAIR_MIN_FREQUENCY)
