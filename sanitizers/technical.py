"""Technical sentences: there a lone capitalized word only NER calls a person is a product
("Stack: Polars, Helm and Grafana", "Node v20").

A sentence is judged on its `personal_view`: personal values the patterns found (an
e-mail, a phone or order number, an IBAN, an IP, a login, a password told in prose) are
blanked first. They say that a person is spoken of, not that the sentence is code: "left
the router at 163.67.115.221 open, call Larissa on 9377277912" is prose. Nor is code
what a reader does not see as code: an escaped quote (`\"`), a date written `15.06.21`,
Arabic chat written with digits (`ysa2al`, `arabizi`), a consumer brand in camel case
("WhatsApp")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from sanitizers.config import SECRET_ENTITIES
from sanitizers.tries import compiled

# a time of day written with a dot, as Dutch, German, Nordic, Italian and Polish do: after a
# word for "at" or before one for "o'clock" ("om 14.00 uur", "um 9.30", "klo 12.15", "alle
# 18.30", "godz. 8.15", "9.45 am"), not a version
_TIME = r"(?:[01]?\d|2[0-3])\.[0-5]\d\b"
_CLOCK = (
    rf"{_TIME}[ ]?(?i:uur|uhr|u\b|h\b|hod|godz|val|tim|hrs?\b|am\b|pm\b|a\.m|p\.m)"
    rf"|(?:(?<=\bom[ ])|(?<=\bum[ ])|(?<=\bat[ ])|(?<=\bklo[ ])|(?<=\bkl\.[ ])|(?<=\bkl[ ])"
    rf"|(?<=\balle[ ])|(?<=\bore[ ])|(?<=\bgodz\.[ ])|(?<=\bkello[ ])|(?<=\bvon[ ])|(?<=\bbis[ ])"
    rf"|(?<=\btot[ ])|(?<=\bvan[ ])){_TIME}"
)
# brands written in camel case that people name in everyday prose ("sent it on WhatsApp
# to Tariq", "paid via PayPal", "her EpiPen"): no sign of code, unlike "GitHub" or "MariaDB"
_BRANDS = (
    r"(?:WhatsApp|iPhone|iPad|iPod|iCloud|iMessage|iTunes|AirPods|AirTag|MacBook|FaceTime|"
    r"PayPal|eBay|LinkedIn|YouTube|TikTok|WeChat|FedEx|DoorDash|GrubHub|UberEats|"
    r"PlayStation|MasterCard|NatWest|EpiPen|SoundCloud|PowerPoint|OneDrive|"
    r"AirBnB|GoFundMe|JetBlue|EasyJet|FreeNow|PedidosYa|MercadoPago|GCash|PhonePe|"
    r"KakaoTalk|SnapChat|OnlyFans|BlaBlaCar|CashApp|ApplePay|GooglePay)\b"
)
# (each branch opens with a lookahead for the character it needs: a first look, cheaper than
# its lookbehinds at every position of the text)
_MARKERS = compiled(
    # versions: "v2.1", "1.26.4", "3.11" (not amounts, dates or dotted phone numbers:
    # "₹3385.48", "25.11.2025", "532.210.2636")
    r"(?=v?\d)(?<![$€£¥₹₩₽¢])(?<![A-Z]{3}[ ])(?<![\d.])\bv?(?!\d{1,2}\.\d{1,2}\.(?:19|20)\d\d\b)"
    r"(?!\d{3}\.\d{3}\.\d{4}\b)(?!" + _CLOCK + r")"  # (nor a time of day)
    r"(?!(?:0[1-9]|[12]\d|3[01])\.(?:0[1-9]|1[0-2])\.\d\d\b(?!\.\d))"  # (nor "15.06.21")
    r"\d+\.\d+(?:\.\d+)*\b(?![ ]?%)"  # (not shares: "38.7%")
    r"|[_{}<>=|]|\(\)|::|->"  # code
    # a backslash, but an escaped quote, comma or backslash (a JSON string, a shell's
    # '\'', iCal's "roadmap\, hiring"): the text a reader sees has none
    r"|\\(?![\\\"'’,;/\s]|$)"
    # paths (not dates: 03/20/2017, nor short words: "w/o", "and/or", "his/her")
    # (nor a surname between slashes, as GEDCOM writes it: "1 NAME Gilma /Salazar/", nor
    # Reddit's "r/personalfinance", "u/name")
    r"|(?=/)(?<![A-Za-z])/(?![A-Z][a-z]+/)[A-Za-z_]|(?<![A-Za-z])[A-Za-z]{4,}/[A-Za-z_]"
    r"|(?=/)(?<!\b[ru])/(?![A-Z][a-z]+/)[A-Za-z_]{4,}"
    # camelCase (not "McDonald", "PhD", a consumer brand: "WhatsApp"), boto3, v4 (not an
    # ID, "S20533", a quarter, "Q3", nor an age group, "U12")
    r"|\b(?=[A-Z]?[a-z]+[A-Z])(?!Ma?c[A-Z]|PhD\b|" + _BRANDS + r")[A-Z]?[a-z]+[A-Z]\w*"
    r"|\b(?=[A-Za-z]+\d)(?![A-Z]{1,3}\d{4,}\b|Q[1-4]\b|H[12]\b|U\d\d\b)[A-Za-z]+\d+[a-z]*\b"
    r"|\b(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{7,}\b"  # hashes (not a number, not "defaced")
)
# Arabic chat in Latin letters writes sounds English lacks with digits ("ysa2al", "3andi",
# "bta3"): words, not versions nor logins, where two of them stand in one sentence
_ARABIZI = compiled(
    r"(?<![\w.@/#$%+-])(?=[a-z\d]*[aeiou])(?:[a-z]{0,8}[235-9]){1,2}[a-z]{0,8}(?![\w@/-]|\.\w)"
)
_ARABIZI_DIGITS = frozenset("2356789")
# the JSON a request or a chat export is wrapped in: keys, brackets, the values of its
# settings (`"temperature": 0.7`, `"stream": false`: a number is no version there) and the
# model's name and the request's own labels (`"model": "o3-mini"`, `"type": "input_text"`,
# `"id": "chatcmpl-9f2…"`: no code in the prompt they carry)
_ENVELOPE = compiled(
    r'"[\w.-]+"[ \t]*:[ \t]*(?:-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?|true|false|null)(?=[ \t]*[,}\]])'
    r'|"(?:model|type|object|id|finish_reason|tool_choice|service_tier|reasoning_effort)"'
    r'[ \t]*:[ \t]*"[^"\\\n]{1,80}"'
    r'|"[\w.-]+"[ \t]*:[ \t]*|[{}\[\]]'
)
_PLAIN = compiled(r"[A-Za-z0-9]+")
_QUAD = compiled(r"\b\d{1,3}(?:\.\d{1,3}){3}\b")
_LOGIN_MARK = compiled(r"[@_.\d]")
#: pattern findings that speak of a person, blanked before a sentence is judged, and
#: secrets, which people tell in prose too ("the wifi password is Nordlicht_23, Sanna");
#: MAC addresses and wallets stay: they are what technical text holds
PERSONAL = frozenset(
    {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "US_SSN",
     "IP_ADDRESS", "STREET_ADDRESS", "DRIVER_LICENSE", "PASSPORT", "US_ITIN", "DATE_OF_BIRTH"}
) | SECRET_ENTITIES  # fmt: skip
_WORDS = compiled(r"\w+")


class Technical:
    """`is_technical(text)` with the technical words of names.yaml: a word counts when it
    is a whole word of the text, in any case (as `\\bword\\b` would match it)."""

    def __init__(self, words: list[str]) -> None:
        self.plain = frozenset(w.lower() for w in words if _PLAIN.fullmatch(w))
        rest = sorted((w for w in words if not _PLAIN.fullmatch(w)), key=len, reverse=True)
        alternatives = "|".join(re.escape(w) for w in rest)
        self.phrases = compiled(rf"\b(?:{alternatives})\b", re.IGNORECASE) if rest else None

    def __call__(self, text: str) -> bool:
        return _MARKERS.search(_arabizi_view(text)) is not None or self.worded(text)

    def worded(self, text: str) -> bool:
        """A technical word or phrase ("deploy", "stack trace")."""
        if not self.plain.isdisjoint(_WORDS.findall(text.lower())):
            return True  # a set lookup per word: one regex of 170 words cost 10x more
        return self.phrases is not None and self.phrases.search(text) is not None

    def marked(self, text: str, raw: str | None = None) -> bool:
        """Code, versions, paths or hashes, the JSON around a logged chat and the bars of a
        Markdown table row aside ("| Thu | Sara Russo | Giuseppe, Nicolò |" is data; `raw`,
        the text before its personal values were blanked: a row with a dotted quad, an IP
        or a four-part version, stays marked: "| Charles | 8.7.4.79 | pinned |")."""
        view = _envelope_view(text)
        if view.lstrip().startswith("|") and view.rstrip().endswith("|"):
            if _QUAD.search(raw if raw is not None else text):
                return True
            view = view.replace("|", " ")
        return _MARKERS.search(_arabizi_view(view)) is not None

    def document(self, units: list[str]) -> bool:
        """A text technical as a whole: a third of its sentences (by characters) are,
        the JSON around a logged chat aside. One login, postcode or table bar does not
        make a chat technical."""
        units = [_envelope_view(u) for u in units]
        chars = sum(len(u) for u in units)
        return 3 * sum(len(u) for u in units if self(u)) >= chars > 0


def arabizi(text: str) -> list[re.Match[str]]:
    """The Arabizi words of `text` if it has two or more, one of them with a digit before a
    letter and four characters long ("ysa2al", "3andi"; not "python3 and oauth2", "e2e",
    "k8s": no vowel, or short); else none."""
    if _ARABIZI_DIGITS.isdisjoint(text):
        return []
    found = [m for m in _ARABIZI.finditer(text) if any(c.isalpha() for c in m.group())]
    opening = any(len(m.group()) >= 4 and not m.group()[-1].isdigit() for m in found)
    return found if len(found) >= 2 and opening else []


def _arabizi_view(text: str) -> str:
    """`text` with its Arabizi words (`arabizi`) blanked: same length."""
    found = arabizi(text)
    if not found:
        return text
    chars = list(text)
    for m in found:
        chars[m.start() : m.end()] = " " * (m.end() - m.start())
    return "".join(chars)


# a log line of an app calling a model, its prompt quoted after a key ("2025-12-11 INFO
# [chat] POST https://... model=gpt-4o prompt=\"hey team, ...\" tokens=212"): the line
# up to the quote, and the quote and the key=value pairs after it
_LOG_OPEN = compiled(
    r"^[^\"\n]*?(?<![\w.-])(?i:prompt|input|text|content|message|msg|query|question|body|"
    r"instructions?|user_?message|user_?input|q)=[\"']"
)
# the log's own tokens: key=value and brackets, URLs and paths, stamps and numbers, words
# in capitals (INFO, POST); not a login or a handle written there ("user ana.lima92");
# judged token by token (one regex over the line backtracked quadratically on a long token)
_NON_SPACE = compiled(r"\S+")
_LOG_TOKEN = compiled(r"[=\[\]{}<>]|://|^/|^[\d:.,TZ+-]+$|^[A-Z]{2,}$")
_QUOTED_FIELD = compiled(r"[\w.-]=[\"']")
_LOG_CLOSE = compiled(r"(?<!\\)[\"'](?:[ \t]+[\w.-]+=[^\s\"']*)+[ \t]*$")


def log_view(text: str) -> str:
    """`text` with a logged prompt's envelope blanked (see `_LOG_OPEN`): same length, so
    the prompt's first sentence is judged as prose, not as the log line around it."""
    if "=" not in text:
        return text
    opening = _LOG_OPEN.match(text)
    if opening is not None:  # the log's tokens (stamps, levels' brackets, URLs, key=value)
        # go; its plain words stay, so a name logged before the prompt is still read
        prefix = _NON_SPACE.sub(_log_token_blanked, text[: opening.end()])
        text = prefix + text[opening.end() :]
    closing = _LOG_CLOSE.search(text)
    # (not the end of another quoted field: msg="..." name="Daan de Jong" owner=jeroen_dijk)
    start = opening.end() if opening is not None else 0
    if closing is not None and _QUOTED_FIELD.search(text, start, closing.start()) is None:
        text = text[: closing.start()] + " " * (closing.end() - closing.start())
    return text


def _log_token_blanked(m: re.Match[str]) -> str:
    return " " * len(m.group()) if _LOG_TOKEN.search(m.group()) else m.group()


def _envelope_view(text: str) -> str:
    """`text` with the JSON around a logged request blanked (keys, brackets): same length,
    so a sentence of a chat inside `{"role": "user", "content": "..."}` is judged alone."""
    text = log_view(text)
    if not any(c in text for c in "{}[]"):
        return text
    return _ENVELOPE.sub(lambda m: " " * len(m.group()), text)


def personal_view(text: str, findings: Iterable[tuple[int, int, str, float]]) -> str:
    """`text` with the personal values of `findings` blanked, with the angle brackets
    around one ("Ana <ana@x.org>"): same length, offsets unchanged. Of PERSON findings only
    logins and handles are blanked ("@olivia_gallagher", "tatiana74")."""
    chars: list[str] | None = None
    for start, end, kind, _ in findings:
        if kind not in PERSONAL or not 0 <= start < end <= len(text):
            continue
        if kind == "PERSON" and _LOGIN_MARK.search(text, start, end) is None:
            continue  # a name found by a guess may be a product ("Polars"): judged as it is
        if chars is None:
            chars = list(text)
        if start > 0 and text[start - 1] == "<" and text[end : end + 1] == ">":
            start, end = start - 1, end + 1
        chars[start:end] = " " * (end - start)
    return text if chars is None else "".join(chars)


def single_token(text: str) -> bool:
    """A finding of one word (no space inside)."""
    return " " not in text.strip()
