"""NER's person spans in a line of another language (called by `analysis.Analyzer`).

The English model reads Spanish, Portuguese or Polish prose as runs of names: "llevar
mañana", "Carmen al médico porque", "bo ja jestem". In such a line a span keeps its
capitalized words only: it starts at its first capitalized word and ends before the first
lowercase word that is no particle before a capitalized one ("Carmen al médico" is
"Carmen"; "Helena Gomes da Silva" and "Pieter van den Berg" stay whole); a word's part
after a soft hyphen or a hyphen belongs to it ("Kata\\u00adrzyna"); a run cut out of a
longer span is kept as one word only when it is a listed first name or no English word
(`words`: "Lo zio Giovanni dice": "Giovanni"; "halo Dedi ini Siti nomor"). A span of lowercase
words only is dropped where the line capitalizes some word, since its writer capitalizes
names, unless a listed first name is among them ("dobrý den tady jana procházková"); in
a line written all in lowercase it stays.
"""

from __future__ import annotations

from sanitizers.first_names import MIN_FREQUENCY, given_name_list
from sanitizers.lexicon import COMMON_WORDS, NAME_PARTICLES, known
from sanitizers.names import TOKEN

# ("Carvalho e Melo", "Vila i Rovira", "de los Reyes", "zu Dohna")
_PARTICLES = frozenset(NAME_PARTICLES) | {"e", "y", "i", "los", "las", "do", "zu", "vom", "ten"}
_GLUE = frozenset("\u00ad-")  # a soft hyphen or a hyphen inside a word


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
        or not (known(text[a:b], words) or text[a:b].lower() in COMMON_WORDS)
    ]
