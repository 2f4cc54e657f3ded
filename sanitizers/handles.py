"""People named by @handle or by a "Name <e-mail>" pair.

- `@maria.k`, `cc @jsmith`, `<@jsmith>` (chat exports): a mention names a person. Code
  uses `@` too, so these are not mentions: decorators and annotations (`@property` alone
  on its line, `@app.route(`), doc tags and CSS at-rules (names.yaml `not_handles`),
  scoped packages (`@types/node`), versions (`pkg@1.2`, `@v4`), e-mail addresses, SQL
  variables (`= @id`, `DECLARE @n`).
- `Jane Doe <jdoe@example.com>` (git authors, e-mail headers, sign-offs): the words before
  the address are a name when one of them also appears in the address's local part, so
  even words that are common English ("Else Nguyen <else.nguyen@...>") are taken.
"""

from __future__ import annotations

import re
import unicodedata

from sanitizers.logins import login_parts, login_user
from sanitizers.recognizers import Finding
from sanitizers.tries import compiled

_HANDLE = compiled(r"(?<![^\s(\[{,;\"'“<])@([A-Za-z0-9_À-ÿ](?:[\w.-]{0,38}[\w])?)")
_TODO = compiled(
    r"\b(?:TODO|FIXME|XXX|HACK|BUG|NOTE)\(([^\W\d][\w.@-]{1,38})\)"
    # merge commits name the fork's owner (GitHub logins have no dots; other forges' do)
    r"|\bMerge pull request #\d+ from ([\w.-]{2,39})/"
    # a review thread pasted as Markdown ("**tatiana74** commented:")
    r"|^[ \t>]*\*\*([A-Za-z][\w.-]{1,38})\*\*[ \t]+(?:commented|replied|approved|reviewed|"
    r"requested changes|suggested changes|left a comment|wrote)\b"
    # a directory entry's user id ("uid=beatrice,ou=people,dc=corp")
    r"|(?<![\w-])uid=([A-Za-z][\w.-]{1,38})(?=,|\s|$)"
    # a Reddit user ("Posted by u/featherstone_k")
    r"|(?<![\w/.-])u/([A-Za-z0-9][\w-]{2,19})(?![\w/-])"
    # the authenticated user of a web server's access log ("1.2.3.4 - heather_r [10/Oct...")
    r"|(?<![\d.])(?:\d{1,3}\.){3}\d{1,3} - ([A-Za-z][\w.-]{1,40}) (?=\[|\")"
    # a GEDCOM genealogy record's person ("1 NAME Mekdes /Assefa/")
    r"|(?m:^)[ \t]*\d[ ]+NAME[ ]+([^\W\d_][^/\n]{0,60}?/[^/\n]{1,60}/|/[^/\n]{1,60}/)"
    # the author of a line of `git blame` ("88e4281863 (Bethany Hughes 2024-10-03 04:56 212)")
    r"|(?m:^)\^?[0-9a-f]{7,40}[ \t]+(?:[\w./-]+[ \t]+)?\("
    r"([^\W\d_][^\s\d()]*(?:[ ][^\W\d_][^\s\d()]*){0,3})[ \t]+\d{4}-\d{2}-\d{2}"
)
# a SQL variable: "= @id", "DECLARE @n", "VALUES (@a, @b)", "fn(@p)"; not "Telegram (@kofi)"
# nor "the nightly reindex, @brooklyn28 said"
_SQL_BEFORE = compiled(
    r"(?:[=<>]|@\w+[ \t]*,|\w\(|\b(?i:declare|set|select|exec|into|values|in|where)[ \t]*\(?)"
    r"[ \t]*$"
)
_MARKERS = compiled(r"\(|Merge|\*\*|uid=|u/|\d - [A-Za-z]|NAME")  # what todos() needs in a line
_PARTICLES = frozenset("van von der den de da di del dos das du la le ten ter bin ibn al".split())  # noqa: SIM905
# ("Ana Lima" <...>; from a word's start only, "'t" included: tried inside one long word, it
# read the word again from each of its letters)
_PAIR = compiled(
    r"(?<![\w.-])(?<!\w['’])((?:[^\W\d_][\w'’.-]*[ ]){0,4}[^\W\d_][\w'’.-]*)\"?[ \t]*[<(\[]"
    r"([\w.+-]+)@[\w-]+(?:\.[\w-]+)+[>)\]]"
)


def fold(text: str) -> str:
    """Lowercase letters and digits, accents dropped ("Müller" -> "muller")."""
    norm = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in norm if c.isalnum() and not unicodedata.combining(c))


def _stem(word: str) -> str:
    """A word folded without its digits: a login "michelle764" against "michelle346@"."""
    return re.sub(r"\d+", "", fold(word))


_LOCAL_SPLIT = compiled(r"[._+-]|%40|\d+")


def email_name_parts(
    texts: list[str], findings: list[list[Finding]], words: frozenset[str], common: frozenset[str]
) -> set[str]:
    """Name parts spelled out by the e-mail addresses of a record ("ilona.nagy@..." gives
    "ilona", "nagy"), for propagation: a local part of two or more words, or one word that
    is not English (role addresses such as billing@ or support@ give nothing). English words
    only match capitalized ("grace.hopper@" marks "Grace", not "grace")."""
    parts: set[str] = set()
    for text, found in zip(texts, findings, strict=True):
        for start, end, etype, _ in found:
            if etype != "EMAIL_ADDRESS":
                continue
            local = re.split(r"@|%40", text[start:end])[0]
            tokens = [t for t in _LOCAL_SPLIT.split(local.lower()) if t]
            for tok in tokens:
                if len(tok) < 3 or not tok.isalpha() or tok in common:
                    continue
                if tok not in words:
                    parts.add(tok)
                elif len(tokens) >= 2:
                    parts.add(tok.capitalize())
    return parts


class Handles:
    """@mentions and "Name <address>" pairs."""

    def __init__(self, not_handles: frozenset[str]) -> None:
        self.not_handles = not_handles

    def mentions(self, text: str) -> list[Finding]:
        out: list[Finding] = []
        for m in _HANDLE.finditer(text):
            handle, start, end = m.group(1), m.start(1), m.end(1)
            nxt = text[end : end + 1]
            if nxt in ("(", "/") or handle.lower() in self.not_handles:
                continue
            if handle[0].isdigit() or re.fullmatch(r"v\d[\w.]*", handle):
                continue
            line_start = text.rfind("\n", 0, m.start()) + 1
            line_end = text.find("\n", end)
            rest = text[end : len(text) if line_end < 0 else line_end]
            if not text[line_start : m.start()].strip() and not rest.strip():
                continue  # a decorator on its own line (@dataclass, @pytest.fixture)
            chat = text[m.start() - 1 : m.start()] == "<" and nxt == ">"  # <@jsmith>
            if not chat and _SQL_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                continue
            out.append((start, end, "PERSON", 0.72))
        return out

    def pairs(self, text: str) -> list[Finding]:
        out: list[Finding] = []
        for m in _PAIR.finditer(text):
            local = fold(m.group(2))
            words = list(re.finditer(r"[^\W\d_][\w'’-]*", m.group(1)))
            # the name: the trailing words that are capitalized, name particles, or part of
            # the address ("jane doe <jane.doe@...>"); "Write to Ann Lee <...>" gives "Ann Lee"
            keep: list[re.Match[str]] = []
            for w in reversed(words):
                word = w.group()
                if not (word[0].isupper() or _stem(word) in local or word in _PARTICLES):
                    break
                keep.insert(0, w)
            while keep and keep[0].group() in _PARTICLES:
                keep.pop(0)
            if not any(len(_stem(w.group())) > 2 and _stem(w.group()) in local for w in keep):
                continue
            out.append((m.start(1) + keep[0].start(), m.start(1) + keep[-1].end(), "PERSON", 0.8))
        return out

    def todos(self, text: str) -> list[Finding]:
        """`TODO(jsmith):` names who owns the note; so do a merge commit's fork, a pasted
        review's `**author**`, a directory entry's `uid=`, a Reddit `u/` user, an access
        log's user, a GEDCOM record's NAME and the author of a `git blame` line."""
        out: list[Finding] = []
        for m in _TODO.finditer(text):
            group = m.lastindex or 1
            out.append((m.start(group), m.end(group), "PERSON", 0.72))
        return out

    def find(self, text: str) -> list[Finding]:
        if "@" not in text:
            return self.todos(text) if _MARKERS.search(text) else []
        return self.mentions(text) + self.pairs(text) + self.todos(text)


# a login as a path segment of a URL or request line ("GET /api/v1/users/gcarter HTTP/1.1",
# "/account/hidayat.rina/invoices", "github.com/u/zuzana.p"); the segment after a collection
# of people, ending the path or followed by another segment
_PATH_LOGIN = compiled(
    r"/(?:users?|accounts?|profiles?|members?|people|persons?|customers?|employees?|"
    r"authors?|u|~)/([A-Za-z][\w.-]{1,38}[A-Za-z0-9])(?=[/?#\s\"'),]|$)"
)
_PATH_WORDS = frozenset(
    """me self current new edit search list all settings profile account admin login logout
    signup register delete update create avatar followers following repos orders invoices
    billing preferences security notifications password reset verify activate details info
    summary stats export import bulk batch lookup find filter count active inactive index
    home dashboard api v1 v2 v3 id uuid change forgot forgotten confirm recover recovery
    email phone address payment payments subscription subscriptions plan plans team teams org
    orgs group groups role roles permissions token tokens keys key sessions session devices
    device photo photos picture image upload uploads download downloads files file documents
    messages inbox feed posts comments likes friends contacts activity status overview config
    configuration integrations apps webhooks audit logs events invite invites accept decline
    unsubscribe magic auth oauth callback sso mfa otp order history my by public private""".split()  # noqa: SIM905
)


# the account segment of a profile site's URL ("calendly.com/madeline_dubose",
# "linkedin.com/in/ana-lima", "t.me/kofi_a"); on code hosts the account may be an
# organization ("github.com/pallets"), so only one shaped as a login counts there
_PROFILE = compiled(
    r"(?i:\b(?:calendly\.com|cal\.com|linkedin\.com/in|(?:twitter|x|instagram|facebook|threads|tiktok|"
    r"medium|youtube|behance|dribbble|keybase|soundcloud|twitch)\.(?:com|net|tv|io)|t\.me|"
    r"reddit\.com/u(?:ser)?|venmo\.com(?:/u)?|paypal\.me|cash\.app|buymeacoffee\.com|"
    r"ko-fi\.com|patreon\.com|(github|gitlab|bitbucket)\.(?:com|org)|ghcr\.io|hub\.docker\.com/u|"
    r"dev\.to)/)@?\$?([A-Za-z][\w.-]{1,38}[A-Za-z0-9])(?=[/?#\s\"'),]|$)"
)


def path_logins(line: str, words: frozenset[str]) -> list[Finding]:
    """Logins in URL paths: a dot, digit or underscore in them, or a word that is no English
    word (not "settings", "me", "{id}"); on profile sites the account segment, on code
    hosts only one shaped as a login ("ghcr.io/sydney.gibson", not "github.com/psf")."""
    if "/" not in line:
        return []
    out: list[Finding] = []
    for m in _PROFILE.finditer(line):
        value = m.group(2)
        shaped = any(c in value for c in "._") or value[-1].isdigit()
        if value.lower() in _PATH_WORDS or not login_user(value):
            continue
        if shaped or (
            m.group(1) is None and "ghcr" not in m.group(0) and value.lower() not in words
        ):
            out.append((m.start(2), m.end(2), "PERSON", 0.7))
    for m in _PATH_LOGIN.finditer(line):
        value = m.group(1)
        low = value.lower()
        parts = login_parts(value)
        if low in _PATH_WORDS or not login_user(value) or not parts:
            continue
        if all(p in _PATH_WORDS for p in parts) or (len(parts) == 1 and parts[0] in words):
            continue  # "reset-password", "order_history", "settings"
        if value.isalpha() and len(value) < 4:
            continue
        out.append((m.start(1), m.end(1), "PERSON", 0.7))
    return out
