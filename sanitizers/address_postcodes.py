"""The rest of an address up to its postcode, through the parts that address_tails does not
walk: lowercase unit abbreviations and floors ("Østergade 7, 9. th., 5000 Odense C",
"Bryggen 77, leil. H204, 0957 Oslo", "ул. Раковски № 5, ет. 1, ап. 66, 4000 Пловдив",
"Savanorių pr. 3, Kaunas LT-47208", "Rua XV de Novembro, 131, apto 6, Pinheiros, São Paulo
- SP, CEP 01445-337").

After a found address, the walk takes up to five short parts split by commas (or by the
line breaks of an address block) and keeps them only when the last one is a postcode with
its town, or a postcode after a town: the postcode is the proof, so a lowercase word
between is a unit ("st. tv.", "appt 68", "стан 12"), not the sentence going on. No year is a
postcode, and a part with a colon, an @ or a stop word ends the walk ("..., and 2024").
"""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS

from sanitizers.lexicon import CALENDAR, known
from sanitizers.recognizers import Finding
from sanitizers.tries import compiled

_SEP = compiled(r"[ \t]*(?:,|·|\n(?![ \t]*\n))[ \t]*")
_POSTCODE = (
    r"(?:(?:CEP|C\.P\.|CP|PLZ|T\.K\.)[ ]?)?"
    r"(?:(?!(?:19|20)\d\d(?!\d))(?:[A-Z]{1,2}-)?\d{4,6}(?:-\d{3,4})?|\d{4}[ ]?[A-Z]{2}"
    r"|\d{3}[ ]\d{2}|\d{2}-\d{3}|[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[A-Z]{2}|[A-Z]\d[A-Z][ ]?\d[A-Z]\d"
    r"|[A-Z]\d{2}[ ]?[A-Z0-9]{4})"
)
_AT_POSTCODE = compiled(rf"{_POSTCODE}(?![\w-])")
# a town before its postcode: "Kaunas LT-47208", "Recife - PE - CEP 32970-008"
_TOWN_FIRST = compiled(rf"(?:[^\W\d_][\w'’.-]*[ ,–-]+){{1,4}}?{_POSTCODE}(?![\w-])")
_TOWN_WORD = compiled(r"[ ]([^\W\d_](?:[^\W\d_]|['’-])*\.?|\([^()\n]{1,20}\)|[-–])")
_HOUSE = compiled(
    r"(?:,?[ ]|[ ][^\W\d_]{1,6}\.?[ ])(?:№[ ]?|\#)?\d{1,5}[A-Za-z]?(?:[/-]\d{1,5}[A-Za-z]?)?(?!\w)"
)
_TOKEN = compiled(r"\S+")
_INITIAL = compiled(r"(?<![\w'’])[a-z]")
_WORD = r"[\wÀ-ÿĀ-ž'’.-]"
# an address block's street line, then its postcode and town's line ("Liamhof 6\n5104
# Groot-Bijgaarden"): a Title-case street and a number, no function word
_BLOCK = compiled(
    rf"(?m:^)[ \t]*([A-ZÀ-ÝĀ-Ž]{_WORD}*(?:[ ](?!(?i:and|or|the|to|of|in|on|at|for|with|is|was"
    rf"|are|from|by|my|our|your|step|page|version|chapter|part|room|level)\b){_WORD}+){{0,3}}"
    r"[ ]\d{1,5}[A-Za-z]?(?:[/-]\d{1,4}[A-Za-z]?)?[ \t]*\n[ \t]*(?!(?:19|20)\d\d[ ])"
    r"(?:\d{4}[ ]?[A-Z]{2}|\d{4,6}|\d{3}[ ]\d{2}|\d{2}-\d{3}|[A-Z]{1,2}-\d{4,5})[ ]"
    rf"[A-ZÀ-ÝĀ-Ž]{_WORD}+(?:[ ][A-ZÀ-ÝĀ-Ž]{_WORD}+)?)(?=[ \t]*(?:\n|$|,))"
)
_PARTICLES = frozenset("de do da dos das del la le di du am an der upon sur".split())  # noqa: SIM905
# money and measures after a number are no town, nor the next field's label ("2500 EUR")
_NOT_TOWNS = frozenset(
    "eur euro euros usd gbp chf sek nok dkk pln czk huf ron inr kr km kg mb gb tel tél fax"  # noqa: SIM905
    " phone mob email".split()
)
MAX_PARTS = 5
MAX_PART = 32
SCORE = 0.86


def _cased(word: str) -> bool:
    return word[:1].isupper() or word.lower() in _PARTICLES


def _place(word: str) -> bool:
    """No amount's currency, no stop word but a place's particle."""
    low = word.lower().rstrip(".")
    if low in _NOT_TOWNS or low in CALENDAR:
        return False
    region = len(word) == 2 and word.isupper()  # "10123 Torino TO"
    return region or low not in STOP_WORDS or low in _PARTICLES


def _unit_like(part: str) -> bool:
    """A part between a street and its postcode: numbers, unit abbreviations, short
    lowercase unit words, Title-case place names."""
    if len(part) > MAX_PART or any(c in part for c in ':@=;!?"{}[]<>|'):
        return False
    for token in _TOKEN.findall(part):
        word = token.strip(".()").lower()
        if any(c.isdigit() for c in token) or not word or token in ("-", "–", "№", "#"):
            continue
        if word in STOP_WORDS and word not in _PARTICLES:
            return False
        if not (_cased(token) or token.endswith(".") or len(word) <= 6):
            return False
    return True


def _closing(text: str, at: int, town_before: bool, new_line: bool) -> int | None:
    """The end of a part at `at` that closes an address: a postcode and its town, a town
    and its postcode, or a postcode alone after a town's part."""
    m = _AT_POSTCODE.match(text, at)
    if m is not None:
        end = m.end()
        for _ in range(4):
            w = _TOWN_WORD.match(text, end)
            word = w.group(1) if w else ""
            if not (_cased(word) or word[:1] in ("(", "-", "–")) or not _place(word):
                break
            end = w.end()
            if word.endswith(".") and len(word) > 4:
                break  # "4058-638 Porto. Obrigada": the sentence ends
        end = len(text[:end].rstrip(" -–."))
        return end if end > m.end() or town_before else None
    m = None if new_line else _TOWN_FIRST.match(text, at)
    town = [w.strip(",") for w in _TOKEN.findall(m.group()) if w[0].isalpha()] if m else []
    if m is not None and all(_cased(w) and _place(w) for w in town):
        return m.end()
    return None


def postcode_tails(text: str, found: list[Finding]) -> list[Finding]:
    """STREET_ADDRESS findings from the end of each address finding in `found` to the
    postcode that closes it."""
    out: list[Finding] = []
    ends = {e: 0 for _s, e, etype, _ in found if etype == "STREET_ADDRESS"}
    lower = {e for s, e, etype, _ in found if etype == "STREET_ADDRESS" and text[s:e].islower()}
    # a street that NER took for a name, when its house number follows ("Savanorių pr. 3");
    # the postcode comes after that number
    for _s, e, etype, _ in found:
        house = _HOUSE.match(text, e) if etype == "PERSON" else None
        if house is not None and e not in ends:
            ends[e] = house.end()
    for end in sorted(ends):
        at, town, new_line = end, False, False
        view = _titled(text, end) if end in lower else text
        for _ in range(MAX_PARTS):
            while at < len(view) and view[at] in " \t":
                at += 1
            # (an address all in lowercase closes after a comma at least: "…way, lagos 965967")
            after = at >= ends[end] and (end not in lower or at > end + 1)
            close = _closing(view, at, town, new_line) if after else None
            if close is not None:
                start = end + len(text[end:close]) - len(text[end:close].lstrip(" \t,·\n"))
                out.append((start, close, "STREET_ADDRESS", SCORE))
                break
            sep = _SEP.search(view, at, at + MAX_PART + 2)
            part = view[at : sep.start() if sep else at]
            if sep is None or not _unit_like(part):
                break
            town = bool(part) and all(_cased(w) for w in _TOKEN.findall(part))
            new_line = "\n" in sep.group()
            at = sep.end()
    return out


def _titled(text: str, at: int) -> str:
    """`text` with the words after `at` capitalized, for an address written all lowercase
    in a chat ("165 admiralty way, ikoyi, lagos 965967")."""
    view = text[:at] + _INITIAL.sub(lambda m: m.group().upper(), text[at : at + 200])
    return view + text[len(view) :] if len(view) <= len(text) else text


def block_addresses(text: str, words: frozenset[str]) -> list[Finding]:
    """STREET_ADDRESS findings for a street's line and its postcode and town's line, when
    a word of each is no English word ("Liamhof 6\n5104 Groot-Bijgaarden", not "Table
    4\n1500 Rows")."""
    out: list[Finding] = []
    for m in _BLOCK.finditer(text):
        street, town = m.group(1).split("\n")
        if all(_foreign(part, words) for part in (street, town)):
            out.append((m.start(1), m.end(1), "STREET_ADDRESS", SCORE))
    return out


def _foreign(line: str, words: frozenset[str]) -> bool:
    return any(w.isalpha() and not known(w, words) for w in _TOKEN.findall(line.replace("-", " ")))
