"""Person names beyond spaCy's NER: cue phrases, lowercase lines, and propagation.

- `NameCues` finds names after cue phrases from names.yaml ("my name is", "Dear", sign-offs),
  including lowercase ones, using the model's English word list to tell names from words.
- `truecase_variant` capitalizes the unknown (non-dictionary) words of an all-lowercase line
  so that NER sees "sonoka miki" as "Sonoka Miki"; the variant has the same length, so the
  offsets NER returns are offsets in the original line.
- `propagate` marks every other occurrence of a found name's parts in the same record.
"""

from __future__ import annotations

import functools
import re
from importlib import resources
from pathlib import Path

import yaml
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.lookups import Lookups

from sanitizers.recognizers import Finding

_WORD = r"[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ'’-]*"
_CANDIDATE = re.compile(rf"{_WORD}(?:[ ]+[A-Z]\.)?(?:[ ]+{_WORD}){{0,2}}")
_TOKEN = re.compile(_WORD)
_LOWER_WORD = re.compile(r"\b[a-z]{2,}\b")
_CODE_CHARS = re.compile(r"[=;{}/_<>\\]")
TRUECASE_MAX = 400


@functools.cache
def _names_data() -> dict:
    raw = resources.files("sanitizers").joinpath("names.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(raw)


@functools.cache
def dictionary(model_path: str) -> frozenset[str]:
    """Lowercase English words known to the model's lemmatizer tables (empty if none)."""
    lookups_dir = Path(model_path) / "lemmatizer" / "lookups"
    words: set[str] = set(STOP_WORDS) | set(_names_data()["not_names"])
    if lookups_dir.exists():
        lookups = Lookups().from_disk(lookups_dir)
        if lookups.has_table("lemma_index"):
            for group in lookups.get_table("lemma_index").values():
                words.update(w for w in group if "_" not in w)
        if lookups.has_table("lemma_exc"):
            for group in lookups.get_table("lemma_exc").values():
                words.update(group.keys())
    return frozenset(words)


_COMMON = frozenset(STOP_WORDS) | frozenset(_names_data()["not_names"])


class NameCues:
    """Names after cue phrases (data in names.yaml)."""

    def __init__(self, words: frozenset[str]) -> None:
        data = _names_data()
        self.words = words
        self.not_names = frozenset(STOP_WORDS) | frozenset(data["not_names"])
        self.cues = []
        for cue in data["cues"]:
            sep = r"[ \t]*(?:,[ \t]*\n?|\n)[ \t]*" if cue.get("end") else r"[ \t]*,?[ \t]*"
            regex = re.compile(rf"(?<![\w'-])(?i:{cue['cue']})(?!\w){sep}(?={_WORD})")
            self.cues.append((regex, cue.get("lower", "no"), bool(cue.get("end"))))

    def _accept(self, token: str, lower: str) -> bool:
        low = token.lower()
        if low in self.not_names or len(token) < 2:
            return False
        if token[0].isupper():
            return True
        return lower == "any" or (lower == "unknown" and low not in self.words)

    def find(self, text: str) -> list[Finding]:
        out: list[Finding] = []
        for regex, lower, end in self.cues:
            for m in regex.finditer(text):
                cand = _CANDIDATE.match(text, m.end())
                if cand is None:
                    continue
                tokens = list(_TOKEN.finditer(text, cand.start(), cand.end()))
                capital = tokens[0].group()[0].isupper()
                last = None
                for tok in tokens:
                    word = tok.group()
                    is_initial = len(word) == 1 and word.isupper()
                    if capital and not word[0].isupper():
                        break
                    if not is_initial and not self._accept(word, lower):
                        break
                    last = tok
                if last is None or len(last.group()) == 1:
                    continue
                if end and not re.match(r"[ \t]*(?:$|\n|[.,;!)])", text[last.end() :]):
                    continue
                out.append((cand.start(), last.end(), "PERSON", 0.75))
        return out


def truecase_variant(line: str, words: frozenset[str]) -> str | None:
    """For a short all-lowercase prose line: the same line with unknown words capitalized
    (else None). Long lines and code-looking lines are left alone."""
    if len(line) > TRUECASE_MAX or _CODE_CHARS.search(line) or any(c.isupper() for c in line):
        return None
    changed = False

    def cap(m: re.Match[str]) -> str:
        nonlocal changed
        word = m.group()
        if word in words:
            return word
        changed = True
        return word[0].upper() + word[1:]

    variant = _LOWER_WORD.sub(cap, line)
    return variant if changed else None


def trim_person(text: str, start: int, end: int, words: frozenset[str]) -> tuple[int, int]:
    """Drop leading/trailing common words NER glued to a name ("Email Jane Fowler")."""
    tokens = list(_TOKEN.finditer(text, start, end))
    while len(tokens) > 1 and tokens[0].group().lower() in _COMMON:
        tokens.pop(0)
    while len(tokens) > 1 and tokens[-1].group().lower() in _COMMON:
        tokens.pop()
    if not tokens:
        return start, end
    return max(start, tokens[0].start()), min(end, tokens[-1].end())


def propagate(texts: list[str], findings: list[list[Finding]], words: frozenset[str]) -> None:
    """Add a PERSON finding for every other occurrence of a found name part, in place."""
    parts: set[str] = set()
    for text, found in zip(texts, findings, strict=True):
        for start, end, etype, _ in found:
            if etype == "PERSON":
                for tok in _TOKEN.findall(text[start:end]):
                    if len(tok) >= 3 and tok.lower() not in STOP_WORDS:
                        parts.add(tok if tok.lower() in words else tok.lower())
    if not parts:
        return
    exact = sorted(p for p in parts if not p.islower())
    folded = sorted(p for p in parts if p.islower())
    alts = [re.escape(p) for p in exact] + [f"(?i:{re.escape(p)})" for p in folded]
    regex = re.compile(rf"(?<![\w]){'|'.join(alts)}(?![\w])")
    for text, found in zip(texts, findings, strict=True):
        found.extend((m.start(), m.end(), "PERSON", 0.7) for m in regex.finditer(text))
