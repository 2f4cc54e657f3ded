"""Whole-text analysis: recognizers that see across lines (PEM key blocks, sign-offs like
"Regards,\\nJohn"), name cues, fields and tables, and the line-local cues, mentions,
rosters and citations (cached by the line's string). No model: cheap.
"""

from __future__ import annotations

from sanitizers.abjad import ARABIC, HEBREW, abjad_names
from sanitizers.account_holders import account_holders
from sanitizers.caps_surnames import caps_surname_names
from sanitizers.citations import cited_authors
from sanitizers.cjk_greetings import greeted_names
from sanitizers.config import SanitizerConfig
from sanitizers.escapes import escaped_view
from sanitizers.fields import Fields
from sanitizers.first_names import name_nouns
from sanitizers.georgian import LETTERS as GEORGIAN
from sanitizers.georgian import georgian_names
from sanitizers.han_names import han_names
from sanitizers.handles import Handles, path_logins
from sanitizers.hangul_names import hangul_names
from sanitizers.iata import passenger_names
from sanitizers.id_cards import id_card_names
from sanitizers.indic import LETTERS as INDIC
from sanitizers.indic import indic_names
from sanitizers.kin_lists import kin_list_names
from sanitizers.lexicon import nouns_only
from sanitizers.lists import with_me
from sanitizers.names import COMMON_WORDS, NameCues, dictionary, names_data
from sanitizers.native_greetings import greeted_native
from sanitizers.native_names import (
    CJK,
    CJK_LETTER,
    KANA_LETTER,
    OTHER,
    THAI,
    listed_names,
    thai_names,
    titled_names,
)
from sanitizers.native_rosters import roster_items
from sanitizers.native_texts import chat_speakers, signed_lines
from sanitizers.nlp import model_path
from sanitizers.phone_rosters import phone_roster_names
from sanitizers.printed import label_names
from sanitizers.recognizers import Finding, find_all, load_registry
from sanitizers.role_names import role_names
from sanitizers.rosters import quoted_last_first, roster, upper_last_first
from sanitizers.script_names import LETTERS as SPACED_SCRIPTS
from sanitizers.script_names import script_names
from sanitizers.signature import dash_signature
from sanitizers.speakers import stamped_speakers, transcript_speakers
from sanitizers.technical import Technical
from sanitizers.thai_given import thai_given
from sanitizers.transliterated import LETTERS as GREEK_OR_CYRILLIC
from sanitizers.transliterated import translit_names
from sanitizers.tries import compiled

LINE_CACHE = 50_000  # lines whose cue findings are remembered
_NATIVE = compiled(f"[{CJK}{OTHER}]")
_GREEK_OR_CYRILLIC = compiled(f"[{GREEK_OR_CYRILLIC}]")
_INDIC = compiled(f"[{INDIC}]")
_ABJAD = compiled(f"[{ARABIC}{HEBREW}]")
_GEORGIAN = compiled(f"[{GEORGIAN}]")
_THAI = compiled(f"[{THAI}]")
_HANGUL = compiled("[가-힣]")
# characters of Chinese that Japanese does not write (simplified forms; traditional 們, 這, 說)
_CHINESE_ONLY = compiled("[们这说请报话电时对个为么吗呢吧还从给让們這說嗎呢沒從讓對麼]")
_SCRIPT_RULES = (
    (_GREEK_OR_CYRILLIC, translit_names),
    (_INDIC, indic_names),
    (_ABJAD, abjad_names),
    (_GEORGIAN, georgian_names),
    (_THAI, thai_names, thai_given),
    (_HANGUL, hangul_names),
    (compiled(f"[{SPACED_SCRIPTS}]"), script_names),
)


class WholeTextAnalyzer:
    """Recognizers that run over a whole text (multi-line patterns, name cues). No model."""

    def __init__(self, config: SanitizerConfig) -> None:
        entities = config.active_entities
        self.recognizers = [r for r in load_registry() if r.multiline and r.entity in entities]
        self.words = dictionary(str(model_path(config.model)))
        data = names_data()
        self.only_nouns = nouns_only(str(model_path(config.model)))  # surnames among them
        names = name_nouns(str(model_path(config.model)))
        self.cues = NameCues(self.words, names) if "PERSON" in entities else None
        self.handles = Handles(frozenset(data["not_handles"])) if "PERSON" in entities else None
        self.fields = Fields(data["fields"], self.words)
        self.technical = Technical(data["technical_words"])
        self.common = COMMON_WORDS
        self.entities = entities
        self._lines: dict[tuple[str, bool, bool], list[Finding]] = {}

    def find(self, text: str) -> list[Finding]:
        view = escaped_view(text, lines=True)  # a logged chat keeps its lines
        found = find_all(view, self.recognizers, frozenset(r.entity for r in self.recognizers))
        if self.cues is not None:
            found.extend(self.cues.find(view, "multiline"))
            found.extend(dash_signature(view, self.words, self.cues.not_names))
            found.extend(account_holders(view))
            found.extend(role_names(view, self.words))
            found.extend(greeted_names(view))
            if "\n" in view:
                found.extend(label_names(view, self.words))
                found.extend(id_card_names(view))
                found.extend(passenger_names(view, self.words))
                if not view.isascii():
                    found.extend(phone_roster_names(view))
            if ":" in view:  # a timestamp, a role, an export's time
                found.extend(stamped_speakers(view, self.words))
            found.extend(transcript_speakers(view, self.words))
            found.extend(caps_surname_names(view, self.words))
            if _NATIVE.search(view):
                found.extend(chat_speakers(view))
                found.extend(signed_lines(view))
        found.extend(f for f in self.fields.tables(view) if f[2] in self.entities)
        pos = 0
        japanese = KANA_LETTER.search(view) is not None  # "主治医：中村先生" in a Japanese text
        personal = "\n" in view and self.fields.personal_form(view)  # "Apellidos: PATEL"
        for line in view.split("\n"):
            if line.strip():
                hits = self._lines.get((line, japanese, personal))
                if hits is None:
                    hits = self._line(line, japanese, personal)
                    if len(self._lines) >= LINE_CACHE:
                        self._lines.clear()
                    self._lines[line, japanese, personal] = hits
                found.extend((s + pos, e + pos, t, sc) for s, e, t, sc in hits)
            pos += len(line) + 1
        return found

    def _line(self, line: str, japanese: bool, personal: bool) -> list[Finding]:
        """Line-local name cues, mentions and fields (cached by the line's string)."""
        found = [f for f in self.fields.inline_fields(line, personal) if f[2] in self.entities]
        if self.cues is not None and self.handles is not None:
            found.extend(self.cues.find(line, "lines"))
            found.extend(self.handles.find(line))
            found.extend(roster(line, self.words, self.cues.not_names))
            found.extend(quoted_last_first(line, self.words))
            found.extend(upper_last_first(line, self.words))
            found.extend(cited_authors(line))
            found.extend(with_me(line, self.words))
            found.extend(kin_list_names(line, self.words))
            found.extend(path_logins(line, self.words))
            if not line.isascii():
                found.extend(self._other_scripts(line, japanese))
        return found

    @staticmethod
    def _other_scripts(line: str, japanese: bool) -> list[Finding]:
        """Names in the scripts that are not Latin (each rule only where its script is)."""
        found: list[Finding] = []
        if japanese and not KANA_LETTER.search(line) and _CHINESE_ONLY.search(line):
            japanese = False  # a Chinese line in a text with Japanese ("报修人：郑振华")
        if CJK_LETTER.search(line):
            found.extend(titled_names(line, japanese))
            found.extend(listed_names(line))
            found.extend(han_names(line, japanese))
        elif _ABJAD.search(line):
            found.extend(listed_names(line))  # "الحضور: فاطمة البلوشي، لطيفة الشامسي"
        for letters, *rules in _SCRIPT_RULES:
            if letters.search(line):
                for names in rules:
                    found.extend(names(line))
        if ":" in line or "：" in line:
            found.extend(roster_items(line))
        found.extend(greeted_native(line))
        return found
