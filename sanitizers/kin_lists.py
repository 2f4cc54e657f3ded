"""A family's members listed after their kinship, as obituaries, genealogies, invitations
and family trees write them: "survived by ...; children Iosefa (Lusia), Lagi and Tavita",
"hijos, Constanza y Sebastián; nietos, Camila, Javiera", "börn: Kristín, Gunnar, Einar",
"In Liebe: Annegret und Jonas mit Anna und Klaus" (after "Kinder", "Enkel"...).

After a plural kinship word of a language (children, grandchildren, sons, hijos, nietos,
enfants, Kinder, figli, börn, dzieci...) and a colon, a comma or a space, a list of names
follows, joined by commas, semicolons and the word "and" of the languages. An item is one
to three Title-case words, with an aside in parentheses (a spouse, "Iosefa (Lusia)", is a
name too, a date is not), at
least one of them no English word or a listed first name ("Books and Games" stays), not
in capitals ("parents, PTA meeting"). The list ends at the first item that is none; without
a colon after the kinship word it holds two names at least ("the class parents WhatsApp
group" names no one).
"""

from __future__ import annotations

from sanitizers.first_names import first_name
from sanitizers.lexicon import known
from sanitizers.name_pairs import NAME_WORD
from sanitizers.recognizers import Finding
from sanitizers.tries import compiled

_KIN = (
    r"children|grandchildren|great-grandchildren|sons|daughters|grandsons|granddaughters"
    r"|siblings|brothers|sisters|parents|kids|twins|hijos|hijas|nietos|nietas|bisnietos"
    r"|hermanos|hermanas|padres|filhos|filhas|netos|netas|irmãos|irmãs|enfants"
    r"|petits-enfants|frères|sœurs|soeurs|kinder|enkel|enkelkinder|geschwister|figli|figlie"
    r"|nipoti|fratelli|sorelle|kinderen|kleinkinderen|børn|barn|barnebarn|barnbarn|börn"
    r"|barnabörn|lapset|lapsenlapset|dzieci|wnuki|wnuczki|rodzeństwo|děti|vnoučata"
    r"|anak-anak|cucu|mga anak|watoto|wajukuu|tamariki|mokopuna|fanau|fānau"
)
_LIST = compiled(rf"(?i:(?<![\w-])(?:{_KIN}))(?![\w-])[ \t]*[:,]?[ \t]+")
_ITEM = compiled(
    rf"({NAME_WORD}(?:[ ]{NAME_WORD}){{0,2}})"
    r"(?:[ ]\(([A-ZÀ-ÞĀ-Ž][^\W\d_]+(?:[ ][A-ZÀ-ÞĀ-Ž][^\W\d_]+)?)\)|[ ]\([^()\n]{1,40}\))?"
)
_JOIN = compiled(
    r"[ \t]*(?:[,;][ \t]*(?:(?:and|y|e|und|et|og|och|en|i|ja|dan|na|&)[ \t]+)?"
    r"|[ \t]+(?:and|y|e|und|et|og|och|en|i|ja|dan|na|&)[ \t]+)"
)


def kin_list_names(text: str, words: frozenset[str]) -> list[Finding]:
    """PERSON findings for the names listed after a plural kinship word; `words`: the
    English dictionary, lowercase."""
    out: list[Finding] = []
    for m in _LIST.finditer(text):
        at = m.end()
        listed: list[Finding] = []
        while (item := _ITEM.match(text, at)) is not None:
            parts = item.group(1).split()
            if (
                item.group(1).isupper()
                or not all(p[0].isupper() for p in parts)  # Ā-Ž holds lowercase letters too
                or not any(not known(p, words) or first_name(p.lower()) for p in parts)
            ):
                break  # "Dear parents, PTA meeting"
            listed.append((item.start(1), item.end(1), "PERSON", 0.8))
            if item.group(2) and item.group(2)[0].isupper():  # a spouse: "Iosefa (Lusia)"
                listed.append((item.start(2), item.end(2), "PERSON", 0.8))
            join = _JOIN.match(text, item.end())
            if join is None:
                break
            at = join.end()
        if len(listed) >= 2 or ":" in m.group():  # "class parents WhatsApp group" is none
            out.extend(listed)
    return out
