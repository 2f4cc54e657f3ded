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

from sanitizers.given import MIN_FREQUENCY, PAIR_MIN_FREQUENCY, given_name_list
from sanitizers.lexicon import NAME_PARTICLES, known
from sanitizers.logins import SERVICE_LOGINS, login_parts, login_user
from sanitizers.printed import spaced_cells
from sanitizers.recognizers import Finding
from sanitizers.tables import DATE, insert_values, table_cells
from sanitizers.tries import compiled
from sanitizers.validators import us_ssn

# (with the vowel signs of Indic and Thai script, which are no letters to `re`)
_MARK = r"\u0300-\u036f\u064b-\u065f\u0900-\u0dff\u0e31-\u0e4e"
_NAME_WORD = compiled(rf"[^\W\d_](?:[^\W\d_]|[{_MARK}]|['’.-](?=[^\W\d_]))*\.?")
_PARTICLES = frozenset(NAME_PARTICLES) | {"ó", "mac"}
_VALUE = r"""(?:"([^"\n]{1,80})"|'([^'\n]{1,80})'|([^\s"'{}\[\],;#=&][^\n"'{}\[\],;#=&]{0,79}))"""
# the given name after "Surname," in an unquoted value that ends there
_LAST_FIRST = compiled(
    r",[ ](?!(?:Inc|Ltd|LLC|GmbH|Corp|Co|SA|AG|BV|Oy|AB|AS|Srl|SpA|Plc|PLC|LLP|Limited)\b)"
    r"[A-ZÀ-Ý][^\W\d_]+(?:-[A-ZÀ-Ý][^\W\d_]+)?(?=[ \t]*(?:$|\n|[;.:)<,])|[ ]{2,}|\t|[ ]\()"
)
# logfmt: the value ends at the space before the next key ("user=nurlanz ip=1.2.3.4")
_LOGFMT = compiled(r"[ ]+[\w.-]+=")
_COLUMN_GAP = compiled(r"[ ]{2,}|\t")
_NAME_END = compiled(r"[ ]?[(（]|[،，、]")
_QUOTED = compiled(r"""(["'])([^"'\n]{1,80})\1""")
_CONTACT_TAIL = compiled(r"[ \t]*(?:<[^<>]*>|\([^()]*\))[ \t]*")
_PLACEHOLDER = frozenset({"string", "null", "none", "n/a", "na", "unknown", "test", "example"})


# an address has a number and a word; memory, IP, MAC and host:port "addresses" are no place
_NOT_A_PLACE = compiled(
    r"://|0x|@|^\[?[\d.:a-fA-F]+\]?$|\w:\d+\b|^[\w.-]+\.[a-z]{2,}$|\b\d{1,3}(?:\.\d{1,3}){3}\b"
)
_POSTCODE = compiled(r"(?=[^\n]*\d)[A-Za-z0-9]{2,5}(?:[ -][A-Za-z0-9]{2,4})?")


_ADDRESS_END = compiled(r"[ ]{3,}|\t|[ ]\|[ ]|[;|·\"{}\[\]<>]|\n|$")


def _address_line(text: str, start: int) -> str:
    """An unquoted address value: the rest of its line, commas included, up to the next
    column ("Endereço: Rua Augusta, 213 - Centro, São Paulo - SP, 01305-000")."""
    end = _ADDRESS_END.search(text, start)
    return text[start : end.start() if end else len(text)].rstrip(" .,")


def _address(rule: str, value: str) -> bool:
    if rule == "postcode":
        return _POSTCODE.fullmatch(value) is not None
    return (
        any(c.isdigit() for c in value)
        and re.search(r"[^\W\d_]{3,}", value) is not None
        and _NOT_A_PLACE.search(value) is None
        and 2 <= len(value.split()) <= 24
    )


class Fields:
    """Finds personal values by key (inline fields and table columns)."""

    def __init__(self, data: dict, words: frozenset[str]) -> None:
        self.words = words
        self.kinds: list[tuple[re.Pattern[str], str, str]] = []  # (key regex, entity, rule)
        for spec in data:
            key = compiled(rf"(?:{spec['keys']})", re.IGNORECASE)
            self.kinds.append((key, spec["entity"], spec["value"]))
        keys = "|".join(f"(?:{spec['keys']})" for spec in data)
        self.inline = compiled(
            rf"""(?<![\w-])["']?_{{0,2}}((?i:{keys}))_{{0,2}}["']?\)?[ \t]*(?:=>|:=|[:=：])[ \t]*"""
            + _VALUE
        )
        # a list of people under a key ("contributors": ["Ray Wood"], authors = [{ name = ...}])
        self.listed = compiled(
            rf"""(?<![\w-])["']?((?i:{keys}))["']?[ \t]*[:=][ \t]*\[([^\]\n]{{1,400}})\]"""
        )
        self.header = compiled(rf"(?i:\b(?:{keys})\b)")
        # XML elements (<FirstName>Ana</FirstName>, <author role="x">Li Wei</author>)
        self.element = compiled(rf"<((?i:{keys}))(?:[ \t][^<>]*)?>([^<>\n]{{1,80}})</\1>")

    def kind(self, key: str) -> tuple[str, str] | None:
        for regex, entity, rule in self.kinds:
            if regex.fullmatch(key):
                return entity, rule
        return None

    def accepts(self, rule: str, value: str) -> bool:
        """Whether `value` fits the value rule of a key (person, weak_person, handle, user,
        date, phone)."""
        value = value.strip()
        if not value or value.lower() in _PLACEHOLDER:
            return False
        if rule == "date":
            return DATE.match(value) is not None
        if rule == "phone":  # 7-15 digits written as a phone number
            digits = sum(c.isdigit() for c in value)
            return 7 <= digits <= 15 and re.fullmatch(r"\+?[\d ()./-]+", value) is not None
        if rule in ("address", "postcode"):
            return _address(rule, value)
        if rule == "id_number":  # a document number: 5-20 letters and digits, 4+ digits
            bare = re.sub(r"[ -]", "", value)
            return (
                re.fullmatch(r"[A-Za-z0-9]{5,20}", bare) is not None
                and sum(c.isdigit() for c in bare) >= 4
            )
        if rule == "ssn":  # a column or key named ssn: nine digits, any grouping
            return re.fullmatch(r"\d{3}[ .-]?\d{2}[ .-]?\d{4}", value) is not None and us_ssn(value)
        if rule == "handle" and " " not in value:
            return re.fullmatch(r"@?[\w.-]{2,40}", value) is not None and not value.isdigit()
        if rule == "owner":  # "owner": "benjamin_holcik", created_by=ana.lima, Owner: Ana Lima
            if " " not in value:
                return (
                    re.fullmatch(r"[A-Za-z][A-Za-z]*(?:[._][A-Za-z]+)*[._]?\d{0,4}", value)
                    is not None
                    and (  # a dot, underscore or digits, or a word no dictionary knows
                        re.search(r"[._]|\d$", value) is not None
                        or (len(value) >= 5 and not known(value, self.words))
                    )
                    and login_user(value)
                    and self._personal_login(value)
                )
            rule = "weak_person"
        if rule == "user":  # "user": "zmusa22" (an API's end-user id), or "User: Ana Lima"
            if " " not in value:  # a login or id, not a chat line's word ("User: hi")
                login = re.search(r"[\d._@-]", value) or value.lower() not in self.words
                return (
                    bool(login)
                    and re.fullmatch(r"@?[\w.@+-]{2,64}", value) is not None
                    and login_user(value)
                )
            rule = "weak_person"
        tokens = value.split()
        if not 0 < len(tokens) <= 5 or any(_NAME_WORD.fullmatch(t) is None for t in tokens):
            return False
        if rule == "titled_person":  # "Manager: Hope Cook", not "Lead: investigate the test"
            return len(tokens) <= 4 and all(
                t[:1].isupper() or t.lower() in _PARTICLES for t in tokens
            )
        if rule != "weak_person":
            return True
        names = [t for t in tokens if t.lower() not in _PARTICLES]
        listed = given_name_list()
        if len(names) >= 2 and all(t.isupper() for t in names):  # "HEKMAT SHINWARI"
            return any(listed.get(t.lower(), 0) >= MIN_FREQUENCY for t in names)
        capitals = [t.isupper() and len(t) > 1 for t in names]  # "ANTONOPOULOU Chrysoula"
        if 2 <= len(names) <= 4 and capitals[0] and not all(capitals):  # the form's order
            upper = [t for t, c in zip(names, capitals, strict=True) if c]
            return (
                all(t[:1].isupper() for t in names)
                and capitals == sorted(capitals)[::-1]
                and all(len(t) >= 3 and t.lower() not in self.words for t in upper)
                and not all(t.lower() in self.words for t in names if not t.isupper())
            )  # not "NEW Release", "AWS Lambda"
        return (
            len(names) >= 2
            and all(t[:1].isupper() and not t[1:].isupper() for t in names)
            and (  # a word no dictionary knows, or a listed first name ("Dawn Morris")
                any(t.lower().strip(".") not in self.words for t in names)
                or listed.get(names[0].lower(), 0) >= PAIR_MIN_FREQUENCY
            )
        )

    def _personal_login(self, value: str) -> bool:
        """Not a service account ("svc_deploy") nor English words ("data_pipeline")."""
        parts = login_parts(value)
        return not any(p in SERVICE_LOGINS for p in parts) and not all(
            p in self.words for p in parts
        )

    def find(self, text: str) -> list[Finding]:
        """Inline fields and table cells."""
        return self.inline_fields(text) + self.tables(text)

    def inline_fields(self, text: str) -> list[Finding]:
        """`key: value` style fields (line-local)."""
        out: list[Finding] = []
        if ":" in text or "=" in text or "：" in text:
            for m in self.inline.finditer(text):
                kind = self.kind(m.group(1))
                group = next(g for g in (2, 3, 4) if m.group(g) is not None)
                value = m.group(group).rstrip()
                if group == 4 and _LOGFMT.match(text, m.start(group) + len(value.split(" ")[0])):
                    value = value.split(" ")[0]  # "login ok user=nurlanz ip=46.140.181.201"
                if group == 4 and "(" not in value:
                    value = value.rstrip(")")  # "(ssn=607312041, dob=11/22/1947)"
                if group == 4 and kind is not None and kind[0] == "PERSON":
                    value = _COLUMN_GAP.split(value, maxsplit=1)[0]  # "Patient: ANA LIMA   DOB:"
                    value = _NAME_END.split(value, maxsplit=1)[0].rstrip()  # "오재원 (Oh Jae-won)"
                if group == 4 and kind is not None and kind[1] == "address":
                    value = _address_line(text, m.start(group))  # "Rua Augusta, 213 - Centro, ..."
                person = group == 4 and kind is not None and kind[0] == "PERSON"
                last_first = _LAST_FIRST.match(text, m.end(group)) if person else None
                if kind is not None and last_first:  # "Lead: Dolidze, Vakhtang"
                    value += last_first.group()
                    kind = (kind[0], "titled_person" if kind[1] == "weak_person" else kind[1])
                if kind is not None and self.accepts(kind[1], value.replace(",", "")):
                    start = m.start(group)
                    out.append((start, start + len(value), kind[0], 0.8))
            if "[" in text:
                out.extend(self._listed(text))
        if "</" in text:
            for m in self.element.finditer(text):
                kind = self.kind(m.group(1))
                value = m.group(2).strip()
                if kind is not None and self.accepts(kind[1], value.replace(",", "")):
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
        return table_cells(self, text) + insert_values(self, text) + spaced_cells(self, text)
