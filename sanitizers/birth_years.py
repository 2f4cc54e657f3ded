"""A birth year alone, where the text says it is one: family trees, registers, obituaries,
oral histories and "find my ancestor" requests write the year when the day is not known.

    Noah MacDonald (b. 1871, Saskatoon; d. 1954)
    my great-grandfather Einar Gunnarsson, born about 1882 in or near Akureyri
    né vers 1897 à Rwamagana · sinh năm 1933 · ولد سنة 1857 · שנולד ב-1896
    জন্মেছিলেন 1932 সালে · 配張秀蘭，生于1903年 · 中村恵子（1926年生） · 1952 года рождения
    In Memoriam — Cheng Mei-ling (1947–2024)

With a name and a place, the year of birth narrows a person down as the whole date does, so
it is a DATE_OF_BIRTH: the year (1600 to 2029) right after a birth word of any language
(with "about", "circa", "in" or "vers" between them), or before a birth word that follows
it (`年生`, `년생`, `года рождения`, `doğumlu`). A year range in brackets right after a
found person's name of two words or more is a life's span when it covers fifteen years or
more: its first year is the birth year ("Letters of Brian Byaruhanga (1851–1892)"; a
name's "(2019–2024)" is a job's). A year that opens a whole date is left to the date rules
("born 1990-05-12").
"""

from __future__ import annotations

from sanitizers.recognizers import Finding
from sanitizers.tries import compiled

_YEAR = r"(?:1[6-9]\d\d|20[0-2]\d)"
_BORN = (
    r"(?=[bBnNgGuUsSlLfFрРнНومנשজज出生])"  # (a first look: the words' first letters)
    r"(?i:born|b\.|(?<=\()n\.|née|né|geb\.|geboren|nat[oa]|nacid[oa]|naci[óo]|nascid[oa]"
    r"|nasceu|ur\.|urodzon[ya]|nar\.|narozen[aá]?|sinh năm|lahir(?:[ ]tahun)?|f[öø]dd"
    r"|født|syntyi|syntynyt|родил(?:ся|ась)|народил(?:ся|ася)|народився|народилася"
    r"|ولد|ولدت|مواليد|נולד|נולדה|שנולד|שנולדה|জন্মেছিলেন|জন্মগ্রহণ করেন|জন্ম|जन्म"
    r"|出生于|生于|生於|出生於|出生)"
)
_BETWEEN = (
    r"(?:[ \t]*(?i:in(?:[ ]the[ ]year)?|about|around|circa|c\.|ca\.|abt\.?|approx\.?"
    r"|vers|en|em|nel|um|im[ ]jahr|w|roku|tahun|سنة|عام|في|ב-|ב|в))*[ \t]*"
)
_AFTER_CUE = compiled(rf"(?<![\w.-]){_BORN}{_BETWEEN}(?P<year>{_YEAR})(?!\d|[-/.]\d|s\b|[ ]years)")
# the same with the birthplace between ("nacido en Valparaíso hacia 1891", "born in Cork
# around 1860")
_AFTER_PLACE = compiled(
    rf"(?<![\w.-]){_BORN}[ ](?:in|en|à|a|em|nel|in der)[ ][A-ZÀ-Ý][^\W\d_]+(?:[ ](?:de[ ]|del[ ])?"
    rf"[A-ZÀ-Ý][^\W\d_]+){{0,2}},?[ ](?:in|around|about|circa|c\.|ca\.|hacia|vers|en|em|nel)[ ]"
    rf"(?P<year>{_YEAR})(?!\d|[-/.]\d|s\b)"
)
_BEFORE_CUE = compiled(
    rf"(?<![\d\w-])(?P<year>{_YEAR})[ \t]*"
    r"(?:年生|年出生|년생|년에 태어|(?i:года рождения|г\.[ ]?р\.|р\.[ ]?н\.|року народження"
    r"|doğumlu))"
)
_LIFE = compiled(rf"[ \t]*\((?P<year>{_YEAR})[ ]?[–—-][ ]?(?P<death>{_YEAR})\)")
MIN_LIFE = 15  # years a life's span covers at least (a job or a term is shorter)


def birth_years(text: str, found: list[Finding]) -> list[Finding]:
    """DATE_OF_BIRTH findings for birth years written alone (see above)."""
    out: list[Finding] = [
        (m.start("year"), m.end("year"), "DATE_OF_BIRTH", 0.8)
        for rx in (_AFTER_CUE, _AFTER_PLACE, _BEFORE_CUE)
        for m in rx.finditer(text)
    ]
    if "(" in text:
        for start, end, etype, _ in found:
            whole = etype == "PERSON" and " " in text[start:end].strip()  # (not NER's one word)
            m = _LIFE.match(text, end) if whole else None
            if m and int(m.group("death")) - int(m.group("year")) >= MIN_LIFE:
                out.append((m.start("year"), m.end("year"), "DATE_OF_BIRTH", 0.8))
    return out
