"""Names in a line of another language: NER's person spans there, and listed first names
that are English words too.

The English model reads Spanish, Portuguese or Polish prose as runs of names: "llevar
mañana", "Carmen al médico porque", "bo ja jestem". In such a line a span keeps its
capitalized words only: it starts at its first capitalized word and ends before the first
lowercase word that is no particle before a capitalized one ("Carmen al médico" is
"Carmen"; "Helena Gomes da Silva" and "Pieter van den Berg" stay whole); a word's part
after a soft hyphen or a hyphen belongs to it ("Kata\\u00adrzyna"). A run cut out of a
longer span is kept as one word only when it is a listed first name, or no English word
(`words`) inside a sentence ("Lo zio Giovanni dice": "Giovanni"; "halo Dedi ini Siti
nomor"; not "De getuige, Marieke Visser": "De"). A span of lowercase words only is
dropped where the line capitalizes some word, since its writer capitalizes names, unless
a listed first name is among them ("dobrý den tady jana procházková"); in a line written
all in lowercase it stays.

A listed first name that is an English word too ("Sander", "Pilar", "Heather") is a name
in a line of another language when it is capitalized inside a sentence, after a lowercase
word that is no preposition of place ("kleinzoon Sander", "la tía Pilar"; not "nato a
Roma", "w Austin", "Translate to German"), nor a company's ("Marks & Spencer"), unless
the line is German, which capitalizes its nouns ("die Rose", "eine Mark").
"""

from __future__ import annotations

from sanitizers.first_names import MIN_FREQUENCY, given_name_list
from sanitizers.lexicon import COMMON_WORDS, NAME_PARTICLES, known
from sanitizers.names import TOKEN
from sanitizers.tries import compiled

# ("Carvalho e Melo", "Vila i Rovira", "de los Reyes", "zu Dohna")
_PARTICLES = frozenset(NAME_PARTICLES) | {"e", "y", "i", "los", "las", "do", "zu", "vom", "ten"}
_SENTENCE_START = compiled(r"(?:^|[.!?:;\n\"„“«(][ \t]*)$")
_GLUE = frozenset("\u00ad-")  # a soft hyphen or a hyphen inside a word
_GERMAN = compiled(r"\b(?:und|nicht|ist|ich|für|auf|mit|das|der|dem|des|ein|eine|sich|wird|auch)\b")
_LOWER_BEFORE = compiled(r"(?<![\w'’-])([^\W\d_A-Z]*[a-zß-ÿ][^\W\d_]*)[ ]$")
# prepositions of place, after which a capitalized word is a town ("w Austin", "huko
# Victoria", "nato a Roma", "i Västerås", "en France")
_AT_PLACE = frozenset(
    """a à al au aux en in im nel nella nello di da dal dalla w we z ze na do em no nos i på
    til till aus nach bei uit naar op huko kwa ke dari ng sa va v vo во в из на у to into""".split()  # noqa: SIM905
)


def named_abroad(text: str, a: int, b: int) -> bool:
    """The capitalized listed first name text[a:b], an English word too, is a name in this
    line of another language (see above)."""
    word = text[a:b]
    if not (word[:1].isupper() and word[1:].islower()) or word.lower() in COMMON_WORDS:
        return False
    if given_name_list().get(word.lower(), 0) < MIN_FREQUENCY:
        return False
    before = _LOWER_BEFORE.search(text, max(0, a - 40), a)
    if before is None or before.group(1) in _AT_PLACE:
        return False  # a sentence's first word, after a capitalized one or a place's word
    if text[b : b + 2] == " &":
        return False  # a company: "chez Marks & Spencer"
    return len(_GERMAN.findall(text)) < 2


def foreign_spans(text: str, start: int, end: int, words: frozenset[str]) -> list[tuple[int, int]]:
    """The parts of the NER span text[start:end] that can be names (see above): the span
    itself, its runs of capitalized words, or none."""
    parts: list[tuple[int, int, str]] = []  # tokens glued by a (soft) hyphen are one word
    for t in TOKEN.finditer(text, start, end):
        if parts and (t.start() == parts[-1][1] or text[parts[-1][1] : t.start()] in _GLUE):
            parts[-1] = (parts[-1][0], t.end(), parts[-1][2])
        else:
            parts.append((t.start(), t.end(), t.group()))
    names = given_name_list()
    if not any(w[2][0].isupper() for w in parts):
        listed = any(names.get(w[2].lower(), 0) >= MIN_FREQUENCY for w in parts)
        return [] if any(c.isupper() for c in text) and not listed else [(start, end)]
    runs: list[list[int]] = []  # indices of capitalized words, with particles between them
    for i, (_, _, word) in enumerate(parts):
        if word[0].isupper():
            lead = i  # the particles right before it ("van Leeuwen", "de los Reyes")
            while lead > 0 and parts[lead - 1][2].lower() in _PARTICLES:
                lead -= 1
            if runs and lead <= runs[-1][-1] + 1:
                runs[-1].append(i)  # "Gomes da Silva"
            else:
                runs.append([lead, i])
    spans = [(parts[r[0]][0], parts[r[-1]][1]) for r in runs]
    if spans == [(start, end)]:
        return spans
    return [  # a span cut: one word alone as a listed first name or no English word
        (a, b)
        for r, (a, b) in zip(runs, spans, strict=True)
        if r[-1] > r[0]
        or names.get(text[a:b].lower(), 0) >= MIN_FREQUENCY
        or not (
            known(text[a:b], words)
            or text[a:b].lower() in COMMON_WORDS
            or _SENTENCE_START.search(text, max(0, a - 8), a)  # "De getuige, Marieke Visser"
        )
    ]
