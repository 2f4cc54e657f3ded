"""Person-name cues that spaCy's NER misses (data in names.yaml) and the English word list.

- `dictionary` (lexicon.py) is the model's own lemmatizer word list (+ stop words): it
  tells a name ("sonoka") from a word ("great") without any list of names.
- `Technical` (technical.py) tells a technical sentence (versions, code, package words).
- `NameCues` finds names after cue phrases ("my name is", "Dear", sign-offs like
  "Thanks,\\nmaria", "ask heather to"), and before tell-tale words ("Jon: ...",
  "Candida's kid", "Veikko said").
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from sanitizers.first_names import (
    common_first_name,
    first_name,
    listed,
    products_named_like_people,
    rare_name_list,
)
from sanitizers.lexicon import (  # noqa: F401 (re-exported: the English word list)
    COMMON_WORDS,
    DETERMINERS,
    NAME_PARTICLES,
    VOWEL_SIGNS,
    dictionary,
    known,
    names_data,
    participle,
    verb_forms,
    world_stop_words,
)
from sanitizers.logins import SERVICE_LOGINS, login_user
from sanitizers.native_rosters import ROSTER_KEY
from sanitizers.prefixes import literal_prefixes
from sanitizers.recognizers import Finding
from sanitizers.tries import compiled

_LETTERS = rf"[^\W\d_](?:[^\W\d_]|[{VOWEL_SIGNS}])*"  # with vowel signs: "प्रिया"
_WORD = rf"{_LETTERS}(?:['’-]{_LETTERS})*"
_CANDIDATE = compiled(rf"{_WORD}(?:[ ]+[A-Z]\.?(?= ))?(?:[ ]+{_WORD}){{0,2}}")
TOKEN = compiled(_WORD)
# a second lowercase name joined to a cued one ("ask anna and kofi to join")
_PARTNER = compiled(
    r"[ \t]+(?:and|&|or)[ \t]+([^\W\d_]+)(?=[ \t]*(?:$|\n|[,.!?;:)])"
    r"|[ \t]+(?:pls|please|to|about|too|today|tomorrow|yesterday)\b)"
)
_MC = compiled(r"Ma?c[A-Z][a-z]+")  # McKenzie, MacLeod
_INITIAL = compiled(r"[A-Z]\.")
# a speaker's line does not hold just a name: "Key: Given Surname" is a form's field
_NAME_VALUE = compiled(
    r"[ \t]*[:：][ \t]*[A-ZÀ-Ý][^\W\d_]+(?:,?[ ][A-ZÀ-Ý][^\W\d_]+){1,3}[ \t]*(?:$|\n|[,;(]|[ ]{2})"
)
# lowercase words inside a capitalized name ("Sjúrður á Lakjuni", "Ivy van de Berg")
_INNER_PARTICLES = frozenset(NAME_PARTICLES) | frozenset(
    "á í ó ní nic ua ap ab bint die zu".split()  # noqa: SIM905
)
LOGIN = compiled(r"[a-z][a-z0-9]*(?:[._-][a-z0-9]+)+|[a-z]{2,}\d+")
_LOGIN_TAIL = compiled(r"(?:[._-]?[a-z0-9]+)*\d(?![\w@])|(?:[._-][a-z0-9]+)+(?![\w@.])|")


_STOP_NAMES = frozenset({"will", "may", "can", "per"})  # stop words that are first names


class NameCues:
    """Names after cue phrases (data in names.yaml)."""

    def __init__(self, words: frozenset[str], nouns: frozenset[str] = frozenset()) -> None:
        data = names_data()
        self.words = words
        self.nouns = nouns  # listed first names the word list holds only as nouns ("robert")
        jargon = frozenset(w for w in data["technical_words"] if " " not in w)  # "Changelog:"
        self.not_names = frozenset(STOP_WORDS) | frozenset(data["not_names"]) | jargon
        self.custom = frozenset(data["not_names"])
        self.cues = []
        for cue in data["cues"]:
            end = r"[ \t]*(?:[,!。，][ \t]*(?:\n[ \t]*){0,2}|(?:\n[ \t]*){1,2})"
            sep = end if cue.get("end") else r"[ \t]*,?[ \t]*"
            regex = compiled(rf"(?<![\w'-])(?i:{cue['cue']})(?!\w){sep}(?={_WORD})")
            follow = cue.get("follow") or (r"[ \t]*(?:$|\n|[.,;!)])" if cue.get("end") else None)
            follow_re = compiled(follow, re.IGNORECASE) if follow else None
            lower, min_tokens = cue.get("lower", "no"), cue.get("min_tokens", 1)
            anchors = literal_prefixes(cue["cue"])
            end, stop = bool(cue.get("end")), bool(cue.get("title_stop"))
            lower = "strict" if cue.get("strict") else lower  # (Title-case words only)
            self.cues.append((regex, lower, follow_re, min_tokens, end, stop, anchors))
        # every cue's literal prefixes, found in one pass (a trie, tried at each position);
        # a prefix found also stands for the shorter prefixes it starts with ("my sister"
        # holds "my"), so each cue tests its own against that set
        prefixes = sorted({a for *_, anchors in self.cues for a in anchors or ()}, key=len)
        self._closure = {a: frozenset(p for p in prefixes if a.startswith(p)) for a in prefixes}
        alternatives = "|".join(re.escape(a) for a in reversed(prefixes))
        self._anchors = compiled(f"(?=({alternatives}))") if prefixes else None
        self.after = []
        for rule in data.get("after", []):
            # a line may open with a bracketed channel or time ("[team] ", "[10:42] ")
            opening = r"(?:^|(?<=\n)|(?<=\s\s)|(?<=\] ))[ >}?|*#-]*"
            if rule.get("lower"):  # a lowercase speaker opens its line: an indented or
                opening = r"(?:^|(?<=\n)|(?<=\] ))>*"  # bulleted "login:" is a YAML key
            lead = opening if rule.get("line_start") else ""
            if rule.get("before"):
                lead += f"(?<={rule['before']})"
            lead += rule.get("lead", "")
            first = r"[^\W\d_]" if rule.get("lower") else r"[^\W\d_a-z]"
            part = rf"{first}[^\W\d_]+(?:-[^\W\d_]+)?"  # hyphenated too (hanne-lore)
            second = "" if rule.get("one_word") else rf"(?:[ ]{part})?"
            name = rf"(?:[A-Z]\.[ ])?{part}{second}"  # an initial too ("K. Horvat")
            if rule.get("login"):  # a login with digits, dots, underscores ("haunani76")
                name = LOGIN.pattern
            regex = compiled(rf"{lead}(?<![\w'’-])({name})(?=(?i:{rule['then']}))")
            then = compiled(rf"(?i:{rule['then']})")  # cheap pre-check: is `then` there?
            unknown = rule.get("unknown") or False  # True, or "listed": common first names too
            flags = (unknown, bool(rule.get("lower")), bool(rule.get("label")))
            self.after.append((regex, then, *flags))

    def _find_after(self, text: str) -> list[Finding]:
        out: list[Finding] = []
        for regex, then, unknown, lower, label in self.after:
            if then.search(text) is None:
                continue
            for m in regex.finditer(text):
                if label and (_NAME_VALUE.match(text, m.end(1)) or ROSTER_KEY.search(m.group(1))):
                    continue  # a form's key before a name ("Auftraggeber: Jonas Wirth"), a
                    # roster's before names ("ბრიგადის წევრები: გიორგი ბერიძე, …")
                tokens = [t for t in m.group(1).split(" ") if not _INITIAL.fullmatch(t)]
                if LOGIN.fullmatch(m.group(1)):
                    if login_user(m.group(1)) and m.group(1) not in self.not_names:
                        out.append((m.start(1), m.end(1), "PERSON", 0.7))
                elif all(self._name_token(t, unknown, lower) for t in tokens):
                    out.append((m.start(1), m.end(1), "PERSON", 0.7))
                elif (
                    len(tokens) == 2
                    and tokens[0].lower() not in DETERMINERS  # "and the tracking says"
                    and not tokens[0].isupper()  # a log level: "INFO auth: login ok"
                    and self._name_token(tokens[1], unknown, lower)
                ):
                    # "whenever mbeaulieu logs in": the word before is no part of the name,
                    # unless it is a capitalized first name ("Will Carpenter commented")
                    given = tokens[0][:1].isupper() and listed(tokens[0])
                    start = m.start(1) if given else m.end(1) - len(tokens[1])
                    out.append((start, m.end(1), "PERSON", 0.7))
        return out

    def _name_token(self, t: str, unknown: bool | str, lower: bool) -> bool:
        english = known(t, self.words) and t.lower() not in self.nouns
        if english and unknown == "listed" and t[:1].isupper():
            english = not common_first_name(t)  # "Fern moved in March", "Grace lost it"
        return (
            (t[:1].isupper() or (lower and t.islower()))
            and (t[1:].islower() or _MC.fullmatch(t) is not None)
            and t.lower() not in self.not_names
            and not (unknown and english)
            and not participle(t, self.words)
            and not any(p in self.not_names or participle(p, self.words) for p in t.split("-")[1:])
        )

    def _accept(self, token: str, lower: str, signoff: bool = False, stop: bool = False) -> bool:
        low = token.lower()
        if signoff and token[:1].isupper() and low in STOP_WORDS and low not in self.custom:
            return True  # "Best,\nPer", "Thanks,\nWill": a capitalized name after a sign-off
        if stop and token[:1].isupper() and low in _STOP_NAMES:
            return True  # "hey Will,", "it's Can from the dentist": a greeting, then a name
        if low in self.not_names or len(token) < 2:
            return False
        if token[0].islower() and low in SERVICE_LOGINS:
            return False  # a role or a machine, written as a login ("unlocked by app")
        if lower == "foreign":  # another language's words are no English: listed names only
            return listed(low)
        if lower == "kin":  # after a kinship title of any language ("tita ligaya", "wujek
            # dawid", "mak cik nadia"): a capitalized word, or a first name of any frequency
            # that neither English nor any language's stop words hold ("tita mo": "your aunt")
            return token[0].isupper() or (
                len(low) >= 3
                and (low in rare_name_list() or first_name(low))
                and low not in world_stop_words()
                and not (known(low, self.words) and low not in self.nouns)
            )
        if token[0].isupper():  # strict: "Customer Faith Little", not "Customer Service",
            return lower != "strict" or (listed(token) and token[1:].islower())  # "Hooli"
        if lower in ("any", "no", "strict"):
            return lower == "any"
        english = low in self.words and low not in self.nouns  # "robert" is a name
        if lower == "unknown":
            return not english
        if low in products_named_like_people():
            return False  # "ping jenkins"
        if lower == "named":  # "tell marek", "ask robert", not "ask questions"
            return not known(low, self.words) or low in self.nouns
        # listed: any listed first name that is no common word ("her bf frank"), and words
        # no dictionary holds in any form ("my uncle knows" is a verb)
        if known(low, self.words) and low not in self.nouns:
            return listed(low) and low not in COMMON_WORDS
        return True

    def _partner(self, word: str, capital: bool) -> bool:
        """The second of two people named together: any lowercase word after a lowercase
        name ("ask anna and kofi"); after a capitalized one, a capitalized word that is no
        English word, or a listed first name ("mentored Nicoară and Obinna")."""
        if not capital:
            return self._accept(word, "any")
        return self._name_token(word, unknown=True, lower=False) or (
            word[1:].islower() and listed(word) and word.lower() not in self.not_names
        )

    def find(self, text: str, part: str = "all") -> list[Finding]:
        """Names after cues in `text`: part="lines" runs the rules that stay within a line
        (so a caller may run them line by line), "multiline" the sign-offs, "all" both."""
        out: list[Finding] = self._find_after(text) if part != "multiline" else []
        lowered = text.lower()
        present: set[str] = set()
        for m in self._anchors.finditer(lowered) if self._anchors is not None else ():
            present |= self._closure[m.group(1)]
        for regex, lower, follow, min_tokens, end, stop, anchors in self.cues:
            if (part == "lines" and end) or (part == "multiline" and not end):
                continue
            if anchors is not None and anchors.isdisjoint(present):
                continue  # none of the cue's words is in the text: skip the regex
            for m in regex.finditer(text):
                cand = _CANDIDATE.match(text, m.end())
                if cand is None:
                    continue
                tokens = list(TOKEN.finditer(text, cand.start(), cand.end()))
                capital = tokens[0].group()[0].isupper()
                ends: list[re.Match[str]] = []  # possible last tokens, in order
                for tok in tokens:
                    if lower in ("foreign", "kin") and ends and not capital:
                        break  # one lowercase name: the next word is the sentence's ("si viene")
                    word = tok.group()
                    is_initial = len(word) == 1 and word.isupper()
                    inner = capital and ends and word in _INNER_PARTICLES  # "Lizz die Pelser"
                    if capital and not word[0].isupper() and not inner:
                        break
                    mode = "no" if lower == "strict" and ends else lower  # (its surname: any)
                    if not (is_initial or inner) and not self._accept(word, mode, end, stop):
                        break
                    ends.append(tok)
                # the longest run of accepted words that `follow` fits ("lol momoko you're
                # right": "momoko", not "momoko you're")
                last = None
                for taken in range(len(ends), min_tokens - 1, -1):
                    tok = ends[taken - 1] if taken else None
                    if tok is None or len(tok.group()) == 1 or tok.group() in _INNER_PARTICLES:
                        continue
                    if follow is None or follow.match(text, tok.end()):
                        last = tok
                        break
                if last is None:
                    continue
                end = last.end() - (2 if last.group()[-2:] in ("'s", "’s") else 0)  # thura's
                if not capital:  # a login goes on with digits ("ngozi77", "maria.k2")
                    end = _LOGIN_TAIL.match(text, end).end()
                out.append((cand.start(), end, "PERSON", 0.75))
                partner = _PARTNER.match(text, last.end())
                if partner and self._partner(partner.group(1), capital):
                    out.append((partner.start(1), partner.end(1), "PERSON", 0.7))
        return out
