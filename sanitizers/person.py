"""Person names from shape and repetition (used with spaCy NER, see analysis.py).

- `name_shapes` takes runs of Title-case words unknown to the dictionary ("Dorofiej
  Kaczmarek") that NER did not label as a place or organization.
- `trim_person` drops common words NER glued to a name; `propagate` marks every other
  occurrence of a found name's parts in the same record.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from sanitizers.escapes import escaped_view
from sanitizers.lexicon import NAME_PARTICLES, organization_word
from sanitizers.names import COMMON_WORDS, LOGIN, TOKEN, known, participle
from sanitizers.native_names import CJK
from sanitizers.recognizers import Finding, lower_same_length
from sanitizers.tries import compiled
from sanitizers.truecase import inflected

PARTICLE = rf"(?:{'|'.join(NAME_PARTICLES)})"
_PARTICLE_WORD = compiled(PARTICLE)
# a Title-case word, also with an inner apostrophe or hyphen ("O'Connor", "Ol'ha",
# "Ching-kuo"), not a contraction or possessive ("Don't", "Maria's", "We'll")
TITLE = r"[^\W\d_a-z][^\W\d_'’-]*(?:['’](?!(?:ll|re|ve)\b)[^\W\d_]{2,}|-[^\W\d_]{2,})?"
_NEXT_TITLE = rf"(?:[ ]{PARTICLE})*[ ]{TITLE}\.?"
# two to four Title-case words, or an initial and one to three ("D. Nadeau")
_RUN = compiled(
    rf"(?<![\w'’.-])(?:[A-Z]\.[ ]{TITLE}(?:{_NEXT_TITLE}){{0,2}}|{TITLE}(?:{_NEXT_TITLE}){{1,3}})"
)
_PARTS = compiled(r"['’-]")
# words that lead to a place ("in", "flew to"), or the number of a postal address
PLACE_LEAD = compiled(
    r"(?:\b(?:in|at|near|into|across|around|outside|via|visit(?:ed|ing)?|(?:flew|moved|"
    r"went|drove|travell?ed|relocated|returned|back|(?:drive|driving|fly|flying|head|"
    r"heading|headed|trip|move|moving|relocating)(?:[ \t]+(?:down|up|over|out|back))?) to)"
    r"|\d[A-Za-z]?,?)[ \t]+$",
    re.IGNORECASE,
)


def title_word(word: str) -> bool:
    """Title case, part by part: "Maria", "O'Connor", "Ol'ha", "Anna-Lena", "Ching-kuo"."""
    parts = _PARTS.split(word)
    return word[:1].isupper() and all(p[1:].islower() or len(p) == 1 for p in parts)


def name_shapes(
    text: str,
    words: frozenset[str],
    places: list[tuple[int, int]],
    others: list[tuple[int, int]],
    stop: frozenset[str] = COMMON_WORDS,
    weak: frozenset[tuple[int, int]] = frozenset(),
) -> list[Finding]:
    """Runs of 2-4 Title-case words shaped like a name ("Dorofiej Kaczmarek", "Arne P
    Brandt"): all words unknown to the English dictionary and not inside a place entity, or
    some unknown and not inside any other NER entity (places, orgs, products...)."""
    out: list[Finding] = []
    for run in _RUN.finditer(text):
        segment: list[tuple[int, int, bool]] = []  # (start, end, unknown) of name words
        for tok in [*TOKEN.finditer(text, run.start(), run.end()), None]:
            word = tok.group().rstrip(".") if tok else ""
            low = word.lower()
            if tok and len(word) == 1 and word.isupper():
                if not segment and text[tok.end() : tok.end() + 1] == ".":
                    segment.append((tok.start(), tok.end(), False))  # "D. Nadeau"
                continue  # a middle initial
            if tok and segment and _PARTICLE_WORD.fullmatch(word):
                continue  # van, de, bin... inside a name
            if tok and not segment and participle(word, words):
                continue  # "Upgraded Kubernetes": a verb opening the sentence
            third = low in stop and len(segment) >= 2  # "Maria Pires Told", not "Wang Ran"
            if tok and title_word(word) and low not in COMMON_WORDS and not third:
                segment.append((tok.start(), tok.start() + len(word), low not in words))
                continue
            unknown = sum(u for _, _, u in segment)
            if len(segment) >= 2 and unknown:
                a, b = segment[0][0], segment[-1][1]
                # all-unknown words: only a place covering the whole run, after words
                # that lead to a place, vetoes ("in Buenos Aires"); NER often tags a
                # foreign name, or one half of it, as a place.
                words_in = [x for x in segment if x[1] - x[0] > 1]  # not the initial
                if unknown == len(words_in):
                    vetoed = any(x <= a and b <= y for x, y in places) and bool(
                        PLACE_LEAD.search(text, max(0, a - 40), a)
                    )
                else:  # an English first name and a surname NER calls an organization
                    # ("Grace Kowalczyk": ORG) is a name
                    last = text[segment[-1][0] : segment[-1][1]]
                    english_first = not segment[0][2] and not known(last, words)
                    spared = (a, b) if english_first and (a, b) in weak else None
                    vetoed = any(x < b and a < y and (x, y) != spared for x, y in others)
                verb = segment[0][1] - a > 1 and inflected(text[a : segment[0][1]].lower(), stop)
                if not vetoed and verb:
                    a = segment[1][0]  # "Asked Łucja": the verb is not part of the name
                    rest = text[a:b].lower()
                    if len(segment) == 2 and (not segment[1][2] or inflected(rest, stop)):
                        vetoed = True  # "Tracking Says": two verbs, no name
                if not vetoed and not organization_word(text[segment[-1][0] : b]):
                    out.append((a, b, "PERSON", 0.6))
            segment = []
    return out


def trim_person(
    text: str, start: int, end: int, words: frozenset[str], verbs: frozenset[str] = frozenset()
) -> tuple[int, int]:
    """Drop leading/trailing common words NER glued to a name ("Email Jane Fowler"), and a
    verb of `verbs` after two words ("Maria Pires Told" in a line truecased word by word)."""
    tokens = list(TOKEN.finditer(text, start, end))
    while len(tokens) > 1 and (
        tokens[0].group().lower() in COMMON_WORDS or participle(tokens[0].group(), words)
    ):
        tokens.pop(0)
    while len(tokens) > 1 and (
        tokens[-1].group().lower() in COMMON_WORDS
        or (len(tokens) > 2 and tokens[-1].group().lower() in verbs)  # not "Wang Ran"
    ):
        tokens.pop()
    while len(tokens) > 1 and inflected(tokens[0].group().lower(), verbs):
        tokens.pop(0)  # "Asked Łucja", "Pinging Kofi" in a truecased line
    if not tokens:
        return start, end
    return max(start, tokens[0].start()), min(end, tokens[-1].end())


# words that join two things compared or combined, not two people ("and" lists people too)
_JOINERS = frozenset({"vs", "versus", "or", "with", "than", "via", "over", "instead"})


def split_joined(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """An NER person span cut at inner lowercase function words that no name holds
    ("Grafana vs Slack", "Ollama with Qwen"); name particles ("Ivy van de Berg") stay."""
    tokens = list(TOKEN.finditer(text, start, end))
    pieces: list[tuple[int, int]] = []
    first = last = None
    for tok in tokens:
        word = tok.group()
        if word in _JOINERS and first and last:
            pieces.append((first.start(), last.end()))
            first = None
            continue
        if word in _JOINERS:
            continue
        if first is None:
            first = tok
        last = tok
    if first is not None and last is not None:
        pieces.append((first.start(), last.end()))
    if not tokens or (len(pieces) == 1 and pieces[0] == (tokens[0].start(), tokens[-1].end())):
        return [(start, end)]
    return pieces


def propagate(
    texts: list[str], findings: list[list[Finding]], words: frozenset[str], extra: set[str]
) -> None:
    """Add a PERSON finding for every other occurrence of a found name part (or of the
    `extra` parts), in place."""
    parts: set[str] = set(extra)
    for text, found in zip(texts, findings, strict=True):
        for start, end, etype, _ in found:
            if etype == "PERSON":
                if LOGIN.fullmatch(text[start:end].lower()):  # "ikenna_okafor", "siti7"
                    parts.add(text[start:end].lower())
                for tok in TOKEN.findall(text[start:end]):
                    if (len(tok) >= 3 or _GLUED.fullmatch(tok)) and tok.lower() not in STOP_WORDS:
                        parts.add(tok if tok.lower() in words else tok.lower())
    if not parts:
        return
    for text, found in zip(texts, findings, strict=True):
        lowered = lower_same_length(text)  # same offsets as text ("İ" lowers to 2 chars)
        view = escaped_view(text)  # "\\n\\nSavannah has": a word after an escaped line break
        for part in parts:
            hay = lowered if part.islower() else text
            at = hay.find(part)
            while at >= 0:
                end = at + len(part)
                glued = _GLUED.fullmatch(part) is not None  # no spaces around it: "郭伟去吗"
                before = at == 0 or not _is_word(view[at - 1])
                if glued or before and (end == len(text) or not _is_word(view[end])):
                    found.append((at, end, "PERSON", 0.7))
                elif before and (inflected := _inflected(view, at, end, words)) > 0:
                    found.append((at, inflected, "PERSON", 0.7))  # "Onnilla", "Jespers"
                at = hay.find(part, end)


# the case endings and possessives a name takes in running text: Finnish, Estonian,
# Hungarian, Polish, Czech, Slovak, Russian, Ukrainian, Serbian, Croatian, Armenian, and the
# Nordic, Dutch and German genitive -s ("Onnilla", "Kadriga", "Eszternek", "Волковым",
# "Արմենին", "Jespers datter")
_CASE_ENDING = compiled(
    "(?:s|a|e|i|u|y|ą|ę|em|om|ovi|owi|ou|ym|ie|ga|le|lt|l|ni|na|ta|ks|st|sse|lla|llä"
    "|lta|ltä|lle|ssa|ssä|sta|stä|n|nak|nek|val|vel|hoz|hez|höz|tól|től|ról|ről|nál|nél|t"
    "|а|у|е|ы|ой|ом|ым|ем|ою|ові|ю|я|ի|ին|ից|ով|ը)(?![\\w])"
)
MIN_INFLECTED = 4  # letters of a name that takes an ending ("Ana" + "s" is no name's form)


def _inflected(view: str, start: int, end: int, words: frozenset[str]) -> int:
    """The end of the word at view[start:end] + a case ending, when that word is no English
    word; else -1."""
    m = _CASE_ENDING.match(view, end)
    if m is None or end - start < MIN_INFLECTED or not view[start].isupper():
        return -1  # a capitalized name's form only (not "korisnik" -> "korisnika")
    if known(view[start : m.end()], words):
        return -1
    return m.end()


# a name in a script written without spaces (two letters or more: "王静", "彩花", "지은")
_GLUED = compiled(f"[{CJK}]{{2,}}")


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"
