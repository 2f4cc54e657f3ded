"""The calendar or era written after a date of birth belongs to the date: "6/6/1421 هـ"
(Hijri), "01/02/1959 E.C." and "18/5/1926 ዓ.ም." (Ethiopian), "2007-06-21 वि.सं." and
"2061-09-01 BS" (Nepal's Bikram Sambat), "23 ноември 1944 г." and "20 мамыр 1963 ж."
(the year's abbreviation in Bulgarian, Russian and Kazakh), "1944 թ." (Armenian). Left out,
the marker tells the calendar of a birth date that was removed, and a reader who sees
"[DATE_OF_BIRTH] هـ" learns little; but a span that stops short of it is a partial removal
in a labelled set's eyes, and a marker glued to a date is part of how the date is written.
"""

from __future__ import annotations

from sanitizers.recognizers import Finding
from sanitizers.tries import compiled

_MARK = compiled(
    r"[ ]?(?:هـ(?:[ .]?ش\.?)?|ه\.[شق]\.?|ዓ\.[ ]?ም\.?|E\.[ ]?C\.?|वि\.[ ]?सं\.?|B\.[ ]?S\.?|BS"
    r"|г\.|ж\.|թ\.)(?![\w])"
)


def era_marks(text: str, found: list[Finding]) -> list[Finding]:
    """Each DATE_OF_BIRTH finding again, reaching over the era marker right after it."""
    out: list[Finding] = []
    for start, end, etype, score in found:
        if etype == "DATE_OF_BIRTH" and (m := _MARK.match(text, end)) is not None:
            out.append((start, m.end(), etype, score))
    return out
