"""A login written in prose, with no cue around it: "it went to odgerel.gantulga instead of
mthokozisi669", "Quarterfinal 2: penny_drake vs amber563".

A token shaped like a login (words joined by a dot or an underscore, or a word with two to
four digits) in a sentence that is not technical names its owner, unless it is code or a
file: parts that are all English words (`self.name`, `data_frame`), a file extension or
domain at its end (`notes.txt`, `example.com`), a product or technical stem before digits
(`python311`, `utf8`, `gpt4o`, `win32`), or an English word before digits that is no first
name (`version22`; `amber563` counts: Amber is a first name).
"""

from __future__ import annotations

from collections.abc import Callable

from sanitizers.first_names import MIN_FREQUENCY, given_name_list, products_named_like_people
from sanitizers.lexicon import known
from sanitizers.recognizers import Finding
from sanitizers.tries import compiled

_TOKEN = compiled(
    r"(?:(?<=[ \t(\"'“])|^)"  # after a space in running text, not in a CSV row or a path
    r"([a-z]{3,}(?:[._][a-z]+)+\d{0,4}|[a-z]{3,}[._-]?\d{2,4})"
    r"(?![\w@/\\(-]|\.[A-Za-z0-9])"
)
_ENDINGS = frozenset(
    """com org net io ai co uk de fr es it nl ru cn jp in br au ca us eu dev app me info biz
    py js ts jsx tsx json yaml yml txt md csv tsv log sh bash zsh html htm css xml sql cfg ini
    toml env lock exe dll so gz zip tar tgz png jpg jpeg gif svg pdf doc docx xls xlsx ppt
    pptx rb go rs java kt swift php pl c h cpp hpp cs ipynb parquet avro orc db sqlite bak
    tmp old new conf service timer socket mount key pem crt csr pub internal local lan cloud
    corp svc cluster home intra intranet prod staging test""".split()  # noqa: SIM905
)
_TECH_STEMS = frozenset(
    """python py utf md sha base win ipv http https mp gpt llama claude gemini qwen mistral phi
    rtx gtx iphone pixel galaxy windows ubuntu debian centos rhel fedora node php java ecma
    cpp gcc clang cuda arm amd intel ryzen xeon net dotnet postgres postgresql mysql redis
    mongo kafka spark hadoop scala kotlin swift ios android api v x vs es aws gcp azure s ec
    t3 m5 c5 r5 db dev prod stage test qa sprint release build rc beta alpha day week year
    room gate line item page step phase level floor unit model type layer epoch batch node
    pod host server user users admin team group order invoice ticket case issue bug task
    resnet vgg densenet mobilenet efficientnet bert roberta whisper opus yolo pkcs ed x509
    proxy grafana prometheus nginx apache docker""".split()  # noqa: SIM905
)


_PARTS = compiled(r"[._-]")
_CODE_WORDS = frozenset(
    """max min num str int tmp val var len idx cnt src dst cfg conf config obj arr buf ptr
    ctx req res resp err msg args kwargs params opts init util utils lib pkg mod cls fn func
    get set is has new old raw df id ids uid key keys""".split()  # noqa: SIM905
)


def _english(part: str, words: frozenset[str]) -> bool:
    """An English word, also inflected (retries, failed, running)."""
    if known(part, words):
        return True
    for suffix, stem in (("ies", "y"), ("ed", ""), ("ing", ""), ("er", ""), ("es", "")):
        if part.endswith(suffix) and part[: -len(suffix)] + stem in words:
            return True
    return False


def prose_logins(
    text: str,
    words: frozenset[str],
    technical: Callable[[str], bool],
    nouns: frozenset[str] = frozenset(),
) -> list[Finding]:
    """PERSON findings for login-shaped tokens in a sentence that is prose once they are
    set aside (`technical`: the sentence judge; a login itself looks like code to it), and
    for logins made of a first name and a surname anywhere (`named_logins`)."""
    if _TOKEN.search(text) is None or technical(_TOKEN.sub("someone", text)):
        return named_logins(text, words, nouns)
    listed = given_name_list()
    out: list[Finding] = []
    for m in _TOKEN.finditer(text):
        token = m.group(1)
        stem = token.rstrip("0123456789").rstrip("._-")
        parts = [p for p in stem.replace("_", ".").split(".") if p]
        if not parts or len(parts) > 2 or parts[-1] in _ENDINGS or parts[0] in _TECH_STEMS:
            continue  # a host name (grafana.acme.internal), a file, a product
        named = any(len(p) > 2 and listed.get(p, 0) >= MIN_FREQUENCY for p in parts)
        if len(parts) > 1:
            if any(p in _CODE_WORDS for p in parts) or any(c.isdigit() for c in token):
                continue  # max_retries, ssn_last4
            if not named and any(_english(p, words) for p in parts if len(p) > 1):
                continue  # self.name, data_frame; penny_drake stays (Penny)
        elif not named and (known(stem, words) or len(stem) < 5):
            continue  # version22, pkcs12 (amber563 stays: a first name)
        out.append((m.start(1), m.end(1), "PERSON", 0.7))
    return out


# first.last, first_last (with up to four digits), or an initial and a surname; not with a
# hyphen, which joins package names ("jackson-databind") and clitics ("peux-tu")
_NAMED = compiled(
    r"(?:(?<=[ \t(\"'“*=|:@,;>\[])|^)([a-z]{3,}[._][a-z]{2,}\d{0,4}|[a-z][._][a-z]{3,}\d{0,4})"
    r"(?![\w@/\\(-]|\.[A-Za-z0-9])"
)


def named_logins(text: str, words: frozenset[str], nouns: frozenset[str]) -> list[Finding]:
    """PERSON findings for logins built from a person's name, in any sentence, technical
    ones (tables, logs, configs, changelogs) too: `odalys.ferreira`, `okafor_chidi`,
    `sarah_long62`, `m.rezaei`. The first name is listed and no English word (or one of the
    `nouns`, names the word list holds as nouns: "sarah"), first or last; no part is a
    file ending, code word or technical stem, and a surname after an initial is no English
    word ("a.out", "e.mail")."""
    listed = given_name_list()
    products = products_named_like_people()
    out: list[Finding] = []
    for m in _NAMED.finditer(text):
        token = m.group(1)
        first, last = _PARTS.split(token.rstrip("0123456789"), maxsplit=1)
        if last in _ENDINGS or last in _CODE_WORDS or last in _TECH_STEMS or last in products:
            continue
        if len(first) == 1:
            if _english(last, words) or listed.get(last, 0) >= MIN_FREQUENCY:
                continue  # "a.out", "e.mail"; an initial and a surname: "m.rezaei"
        elif not any(_first_name(p, words, nouns, listed) for p in (first, last)):
            continue  # "max_width", "will_retry", "grace.period" ("okafor.chidi" counts)
        elif first in products or first in _CODE_WORDS or first in _TECH_STEMS:
            continue
        out.append((m.start(1), m.end(1), "PERSON", 0.7))
    return out


def _first_name(part: str, words: frozenset[str], nouns: frozenset[str], listed: dict) -> bool:
    """A listed first name that is no English word, or one of the name `nouns`."""
    if listed.get(part, 0) < MIN_FREQUENCY:
        return False
    return not known(part, words) or part in nouns
