"""Personal values in structured text, found by their key: JSON and YAML fields, keyword
arguments, XML elements, logfmt (`"first_name": "Ana"`, `author = 'Li Wei'`,
`<FirstName>Ana</FirstName>`, `dob: 1990-02-03`) and the columns of CSV or Markdown
tables whose header names them (`full_name,email,dob`).

Keys and value rules are data (names.yaml, `fields`). A key names a person outright
(first_name, author, customer_name...) or only weakly (`name`: tool, step and package names
use it too), and then the value must look like a personal name: two to five capitalized
words of which at least one is unknown to the English dictionary ("Sakura Tanaka", not
"Install Dependencies"). Role keys (`manager`, `lead`, `tenant`...) take Title-case words
only, also written "Surname, Given" ("Lead: Dolidze, Vakhtang").
"""

from __future__ import annotations

import re

from sanitizers.block_lists import block_lists
from sanitizers.escapes import escaped_view
from sanitizers.field_values import ValueRules, address_line
from sanitizers.form_keys import is_form, lone_key
from sanitizers.id_cards import key_lines_named
from sanitizers.lexicon import VOWEL_SIGNS
from sanitizers.printed import spaced_cells
from sanitizers.recognizers import Finding
from sanitizers.tables import insert_values, table_cells
from sanitizers.tries import compiled

# a value: JSON-escaped quoted (a request body logged inside a JSON string), quoted, or bare
# (with an apostrophe between letters: "O'Connor", "D'ABBADIE", and "I'll" of a chat line)
_VALUE = (
    r"""(?:\\"([^"\\\n]{1,80})\\"|"([^"\n]{1,80})"|'([^'\n]{1,80})'"""
    r"""|([^\s"'{}\[\],;#=&\\](?:[^\n"'{}\[\],;#=&]|(?<=[^\W\d_])'(?=[^\W\d_])){0,79}))"""
)
_BARE = 5  # the group of a bare value
# the given name after "Surname," in an unquoted value that ends there
_LAST_FIRST = compiled(
    r",[ ](?!(?:Inc|Ltd|LLC|GmbH|Corp|Co|SA|AG|BV|Oy|AB|AS|Srl|SpA|Plc|PLC|LLP|Limited)\b)"
    r"[A-ZÀ-Ý][^\W\d_]+(?:-[A-ZÀ-Ý][^\W\d_]+)?(?=[ \t]*(?:$|\n|[;.:)<,])|[ ]{2,}|\t|[ ]\()"
)
# logfmt: the value ends at the space before the next key ("user=nurlanz ip=1.2.3.4")
_LOGFMT = compiled(r"[ ]+[\w.-]+=")
# a form's columns: wide gaps (of ideographic spaces too: "성명: 신민준\u3000\u3000사번:"),
# tabs, " | "
_COLUMN_GAP = compiled(r"[ \u3000]{2,}|\t|[ ]\|[ ]")
_KEY_AFTER = compiled(r"[:=：፦፡៖]")
_KEY_COLON = compiled(rf"(?:[ \t]+[^\W\d_][\w{VOWEL_SIGNS}]*){{0,2}}[ \t]*[:：፦፡៖]")  # "Địa| chỉ:"
_UPPER_LAST_FIRST = compiled(
    r"[A-Z][A-Z'’-]+(?:[ ][A-Z][A-Z'’-]+)*,[ ][A-Z][a-z]+(?:[ ][A-Z][a-z]+)*"
)  # "ANYANWU, Blessing"
_NAME_END = compiled(  # (" / ": "박성민 / PARK Sung-min"; a title after a space: "張宜庭 里長")
    r"[ ]?[(（)）<|]|[،，、፣]|[ ][–—/·-][ ]"
    r"|[ ](?=(?:里長|里长|村長|村长|主任|會長|会长|經理|经理|老師|老师|先生|女士|小姐"
    r"|社長|部長|課長|さん|様|님|씨)(?!\w))"
)
# a bilingual form's key in the other language first ("氏名 / Name:", "Nom / Name:")
_OTHER_KEY = r"(?:[^\W\d_][^\n/:=：]{0,24}?[ ]?/[ ]?)?"
# a phone number that ends a name's line ("오예린 031-361-9768", "HENG Samnang tel +855…")
_NUMBER_AFTER = compiled(
    r"[ ]+(?=(?i:(?:tel|phone|mob|mobile|cell|hp|ph\.?)[.:]?[ ]+)?[+(]?\d[\d ().-]{5,}$)"
)
_NUMBERED = compiled(r"[ _-]?#?\d{1,2}$")  # "Guest 1", "passenger_2"
# a printed form's key and colon ("Nombre: "; not "name=", "\"name\": ")
_FORM_LINE = compiled(r"""[^\W\d_][^\n"':=]{0,40}?[ \t]*[:：]""")
_QUOTED = compiled(r"""(["'])([^"'\n]{1,80})\1""")
_CONTACT_TAIL = compiled(r"[ \t]*(?:<[^<>]*>|\([^()]*\))[ \t]*")


def _form_key(text: str, m: re.Match[str]) -> bool:
    """The field opens its line, unquoted, with a colon: a printed form's "Nombre: …"."""
    line = text.rfind("\n", 0, m.start()) + 1
    return text[line : m.start()].strip(" \t>*-") == "" and _FORM_LINE.match(m.group()) is not None


def _personal(kind: tuple[str, str] | None) -> bool:
    """A key that is personal by itself: any but a vague name key ("name", "nombre")."""
    return kind is not None and (kind[0] != "PERSON" or kind[1] == "person")


class Fields:
    """Finds personal values by key (inline fields and table columns)."""

    def __init__(self, data: dict, words: frozenset[str]) -> None:
        self.words = words
        self.values = ValueRules(words)
        self.kinds: list[tuple[re.Pattern[str], str, str]] = []  # (key regex, entity, rule)
        for spec in data:
            key = compiled(rf"(?:{spec['keys']})", re.IGNORECASE)
            self.kinds.append((key, spec["entity"], spec["value"]))
        keys = "|".join(f"(?:{spec['keys']})" for spec in data)
        personal = "|".join(
            f"(?:{spec['keys']})" for spec in data if _personal((spec["entity"], spec["value"]))
        )  # a printed form's personal key opening a line, its colon after it (`personal_form`)
        self.form_keys = compiled(
            rf"(?m)^[ \t>*-]*((?i:{personal}))(?:\((?i:s|es|n|en)\))?[ \t]*[:：][ \t]*(?=\S)"
        )
        inline = (
            rf"""(?<![\w-])\\?["']?_{{0,2}}{{other}}((?i:{keys}))(?:\((?i:s|es|n|en)\))?"""
            # (a plural in brackets: "Surname(s):"; a PHP array's "[name] =>")
            rf"""_{{0,2}}\\?["']?[)\]]?[ \t]*"""
            r"(?:=>|:=|[:=：՝፦፡៖])[ \t]*" + _VALUE  # (՝: Armenian, ፦ ፡: Ethiopic, ៖: Khmer)
        )
        self.inline = compiled(inline.replace("{other}", ""))
        self.inline_bilingual = compiled(inline.replace("{other}", _OTHER_KEY))  # (with a "/")
        # a list of people under a key ("contributors": ["Ray Wood"], authors = [{ name = ...}])
        self.listed = compiled(
            rf"""(?<![\w-])["']?((?i:{keys}))["']?[ \t]*[:=][ \t]*\[([^\]\n]{{1,400}})\]"""
        )
        # (French "nom" before a lowercase word is prose, not a key: "mon nom est mal
        # orthographié" had made "Client : Bonjour" a name)
        self.header = compiled(rf"(?i:\b(?!nom[ ]+(?-i:[a-zà-ÿ]))(?:{keys})\b)")
        # XML elements (<FirstName>Ana</FirstName>, <author role="x">Li Wei</author>)
        self.element = compiled(rf"<((?i:{keys}))(?:[ \t][^<>]*)?>([^<>\n]{{1,80}})</\1>")

    def kind(self, key: str) -> tuple[str, str] | None:
        """(entity, value rule) of a key, or None; a numbered person's key counts as its key
        ("Guest 1", "passenger_2", "Contact #2"), a key with its feminine ending as the key
        ("Tutor/a", "Jugador/a", "Schüler/in")."""
        for regex, entity, rule in self.kinds:
            if regex.fullmatch(key):
                return entity, rule
        if key.endswith(("/a", "(a)", "/in", "(in)")):  # "Tutor/a", "Schüler/in"
            return self.kind(key[: key.rindex("/" if "/" in key else "(")])
        if not key[-1:].isdigit():
            return None
        numbered = _NUMBERED.search(key)
        if numbered is None or not numbered.start():
            return None
        person = self.kind(key[: numbered.start()])  # (a person's only: not "line 88")
        return person if person is not None and person[0] == "PERSON" else None

    def keys_named(self, text: str, found: list[Finding]) -> list[Finding]:
        """The PERSON findings of `found` that are a field's key before its colon, opening a
        line or a form's column with the words around it ("Paciente: Jorge Puig", "Tiers
        impliqué : Jean Martin"): a role, no name; and in a form (`form_keys`), a one-word key
        with a short value that the text names nowhere else ("Geburtsort:       Bern"); and
        a document's name key on its own line ("Прізвище / Surname", `id_cards`)."""
        text = escaped_view(text, lines=True)  # a form logged inside a JSON string
        out = []
        form: bool | None = None  # (judged once, at the first key that needs it)
        for f in found:
            s, e, etype, _ = f
            colon = _KEY_COLON.match(text, e) if etype == "PERSON" else None
            if colon is None:
                continue
            line = text.rfind("\n", 0, s) + 1
            gaps = list(_COLUMN_GAP.finditer(text, line, s))
            key = text[gaps[-1].end() if gaps else line : colon.end() - 1]
            key = key.strip(" \t>*-").lower()
            if len(key) <= 40 and self.kind(key):  # "Tiers impliqué :"
                out.append(f)
                continue
            if not lone_key(text, s, e, gaps[-1].end() if gaps else line, key):
                continue
            if form is None:
                form = is_form(text)
            if form:  # "Geburtsort: Bern", "Courriel : …", "Makazi: …" in a form
                out.append(f)
        return out + key_lines_named(text, found)  # "Прізвище / Surname"

    def accepts(self, rule: str, value: str) -> bool:
        """Whether `value` fits the value rule of a key (see field_values.ValueRules)."""
        return self.values.accepts(rule, value)

    def find(self, text: str) -> list[Finding]:
        """Inline fields and table cells."""
        return self.inline_fields(text) + self.tables(text)

    def _inline_matches(self, text: str) -> list[re.Match[str]]:
        """The `key: value` fields of `text`, in one pass: a bare value that runs on over a
        column gap to another key ("Surname: MANN      Given names: Holly") gives way to the
        next column's field, which the search reads from the gap on (each stretch of the text
        is read once, however many columns a line has)."""
        inline = self.inline_bilingual if "/" in text else self.inline
        matches: list[re.Match[str]] = []
        pos = 0
        while (m := inline.search(text, pos)) is not None:
            matches.append(m)
            pos = m.end()
            if m.group(_BARE) is not None:
                gap = _COLUMN_GAP.search(text, m.start(_BARE), m.end(_BARE))
                if gap is not None and _KEY_AFTER.search(text, gap.end(), m.end(_BARE)):
                    pos = gap.end()
        return matches

    def personal_form(self, text: str) -> bool:
        """Whether a line of `text` is a personal field: a phone, address or birth date key,
        or a given-name or surname key, with its value ("Apellidos: PATEL")."""
        if not any(c in text for c in ":："):
            return False
        return self.form_keys.search(text) is not None

    def inline_fields(self, text: str, personal_form: bool = False) -> list[Finding]:
        """`key: value` style fields (line-local; `personal_form`: the whole text has a
        personal field, so its "Nombre: Brittany" is a person's too)."""
        out: list[Finding] = []
        if any(c in text for c in ":=：՝፦፡៖"):
            matches = self._inline_matches(text)
            kinds = [self.kind(m.group(1)) for m in matches]
            # beside a phone, address or birth date key, or a given-name key, "name" is a
            # person's ("Nom : VÉZINA   Prénom : Martin")
            others = [self.kind(h.group()) for h in self.header.finditer(text)] if matches else []
            personal_line = any(_personal(k) for k in kinds + others)
            for m, kind in zip(matches, kinds, strict=True):
                if kind == ("PERSON", "weak_person") and personal_line:
                    kind = ("PERSON", "promoted_person")
                elif kind == ("PERSON", "weak_person") and personal_form and _form_key(text, m):
                    kind = ("PERSON", "form_person")  # (not a mail's "To: AI Assistant")
                group = next(g for g in (2, 3, 4, _BARE) if m.group(g) is not None)
                value = m.group(group).rstrip()
                if group == _BARE and _LOGFMT.match(
                    text, m.start(group) + len(value.split(" ")[0])
                ):
                    value = value.split(" ")[0]  # "login ok user=nurlanz ip=46.140.181.201"
                if group == _BARE and "(" not in value:
                    value = value.rstrip(")")  # "(ssn=607312041, dob=11/22/1947)"
                if group == _BARE and kind is not None and kind[0] == "PERSON":
                    value = _COLUMN_GAP.split(value, maxsplit=1)[0]  # "Patient: ANA LIMA   DOB:"
                    value = _NAME_END.split(value, maxsplit=1)[0].rstrip()  # "오재원 (Oh Jae-won)"
                    value = _NUMBER_AFTER.split(value, maxsplit=1)[0]  # "오예린 031-361-9768"
                if group == _BARE and kind is not None and kind[1] == "address":
                    value = address_line(text, m.start(group))  # "Rua Augusta, 213 - Centro, ..."
                person = group == _BARE and kind is not None and kind[0] == "PERSON"
                # (only after a value that runs to its end: "Brooklyn (10/12/2023), Aaliyah"
                # is no "Surname, Given")
                whole = len(value) == len(m.group(group).rstrip())
                last_first = _LAST_FIRST.match(text, m.end(group)) if person and whole else None
                if kind is not None and last_first:  # "Lead: Dolidze, Vakhtang"
                    value += last_first.group()
                    weak = kind[1] in ("weak_person", "form_person")
                    kind = (kind[0], "promoted_person" if weak else kind[1])
                if kind is not None and self.accepts(kind[1], value.replace(",", "")):
                    start = m.start(group)
                    out.append((start, start + len(value), kind[0], 0.8))
            if "[" in text:
                out.extend(self._listed(text))
        if "</" in text:
            for m in self.element.finditer(text):
                kind = self.kind(m.group(1))
                value = m.group(2).strip()
                rule = kind[1] if kind is not None else ""
                if kind is not None and kind[0] == "PERSON" and _UPPER_LAST_FIRST.fullmatch(value):
                    rule = "person"  # "<name>ANYANWU, Blessing</name>": a form's order
                if kind is not None and self.accepts(rule, value.replace(",", "")):
                    start = m.start(2) + m.group(2).index(value)
                    out.append((start, start + len(value), kind[0], 0.8))
        return out

    def _listed(self, text: str) -> list[Finding]:
        """The quoted names in a list under a person key; an npm-style "Name <mail> (url)"
        counts by its name."""
        out: list[Finding] = []
        for m in self.listed.finditer(text):
            kind = self.kind(m.group(1))
            if kind is None or kind[0] != "PERSON":
                continue
            for q in _QUOTED.finditer(m.group(2)):
                value = _CONTACT_TAIL.sub("", q.group(2))
                rule = "titled_person" if kind[1] == "person" else kind[1]  # not "the team"
                if self.accepts(rule, value):
                    start = m.start(2) + q.start(2)
                    out.append((start, start + len(value), kind[0], 0.8))
        return out

    def tables(self, text: str) -> list[Finding]:
        """Cells under a header that names a personal column (CSV, TSV, Markdown), and the
        values of SQL INSERT statements under their columns."""
        return (
            table_cells(self, text)
            + insert_values(self, text)
            + spaced_cells(self, text)
            + block_lists(text, self.words)
        )
