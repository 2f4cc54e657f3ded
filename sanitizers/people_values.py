"""Validators of values that may name a person or a place: a URL's user, an address after a
cue, a name in a URL query, the owner part of a device name."""

from __future__ import annotations

from urllib.parse import unquote_plus

from sanitizers.logins import SERVICE_LOGINS, login_parts, login_user
from sanitizers.tries import compiled

_ROLE_PARTS = frozenset(
    """app api etl svc service user users admin root read readonly reader write writer rw ro
    replica replication repl backup monitor monitoring metrics superuser owner dbo sa system
    airflow dbt metabase grafana superset looker tableau jenkins gitlab runner deploy bot
    test testing dev prod staging web www worker job jobs cron sync ingest loader analytics
    report reporting dashboard integration migrate migration migrator flyway liquibase
    keycloak auth guest anon anonymous public default postgres mysql mongo redis rabbit
    kafka elastic minio s3 ftp sftp smtp mail noreply oauth token access bearer apikey key
    client git github gitlab bitbucket ci cd pipeline x dba dbuser usuario utente benutzer
    migracao migracion""".split()  # noqa: SIM905
)


def url_login(value: str) -> bool:
    """A URL's user that may name a person: not a service or role account ("etl_user",
    "readonly", "postgres")."""
    parts = login_parts(value)
    return (
        bool(parts)
        and login_user(value)
        and not any(p in _ROLE_PARTS or p in SERVICE_LOGINS for p in parts)
    )


_WORD3 = compiled(r"[^\W\d_]{3,}")
_ADDRESS_START = compiled(
    r"(?i)(?:the|a|an|my|our|his|her|their|this|that|home|work|\d{1,2}(?::\d\d)?[ ]?(?:am|pm)"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?"
    r"|\d{1,2}(?:st|nd|rd|th)?[ ](?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\b"
)  # a phrase, a time or a date ("moved to Oct 27, 2027"), not an address
_NOT_A_PLACE = compiled(
    r"://|@|0x|\w{20}|\b\d{1,3}(?:\.\d{1,3}){3}\b|\w:\d+\b|\d[.,]\d\d\b|[$€£¥%]"
)


def address_value(value: str) -> bool:
    """An address after a cue: a number and a word of 3+ letters, 2-16 words, not a phrase
    ("the office by 5pm"), an IP, a URL, an amount or a version; written with capitals, it
    ends in a number or a capitalized word ("Tivolska cesta 2", not "Tivolska cesta 2 now")."""
    words = value.split() or [""]
    capitals = any(w[:1].isupper() for w in words)
    if capitals and words[-1].isalpha() and words[-1].islower():
        return False
    return (
        2 <= len(words) <= 16
        and any(c.isdigit() for c in value)
        and _WORD3.search(value) is not None
        and _ADDRESS_START.match(value) is None
        and _NOT_A_PLACE.search(value) is None
    )


def address_with_comma(value: str) -> bool:
    return "," in value and address_value(value)


def url_email(value: str) -> bool:
    return "@" in unquote_plus(value)


def url_words(value: str) -> bool:
    """A name-like query value: 1-5 words of letters (+, %20 or spaces between)."""
    words = unquote_plus(value).replace(".", " ").split()
    return 0 < len(words) <= 5 and all(w.replace("-", "").replace("'", "").isalpha() for w in words)


def device_owner(value: str) -> bool:
    """The owner part of a device name: a login (a dot, digit or underscore) or a listed
    first name ("emi", "faisal"), not a place or role ("office", "work", "build")."""
    from sanitizers.first_names import given_name_list  # the list loads once, when first needed
    from sanitizers.lexicon import COMMON_WORDS

    if not login_user(value) or len(value) < 3 or value.lower() in COMMON_WORDS:
        return False  # "my-laptop"
    names = given_name_list()
    first, _, last = value.lower().partition("-")
    owner = first.rstrip("'’").removesuffix("'s").rstrip("s")  # "Jamilas-MacBook", "ana's-ipad"
    if last:  # first-last ("will-baker"): a listed first name ("living-room" is not)
        return first in names or owner in names
    words = _dictionary()
    return (
        any(c in value for c in "._0123456789")
        or first in names
        or owner in names
        or (len(first) >= 6 and first not in words and owner not in words)  # "buthelezin"
    )


# words that follow "user" in other languages' log lines and are no login ("Benutzer von",
# "usuario desconocido", "utilisateur inconnu")
_NOT_LOGINS = frozenset(
    """von nicht unbekannt gesperrt existiert inconnu introuvable desconocido inexistente
    sconosciuto inesistente nieznany neznámý bilinmeyen onbekend okänd ukjent tuntematon
    ismeretlen necunoscut""".split()  # noqa: SIM905
)


def prose_login(value: str) -> bool:
    """A login named in a sentence ("пользователь emilyj", "usuario morenoa49"): a login
    with a dot, digit, underscore or hyphen, or a word of four letters or more that no
    dictionary knows ("Benutzer von", "usuario desconocido" are no logins)."""
    from sanitizers.lexicon import COMMON_WORDS

    low = value.lower()
    if not login_user(value):
        return False
    if any(c in value for c in "._-0123456789"):
        return True
    return (
        len(value) >= 4
        and low not in COMMON_WORDS
        and low not in _NOT_LOGINS
        and low not in _dictionary()
    )


def surname_with_initials(value: str) -> bool:
    """A surname and two initials ("Abdullayeva D. A.", "Иванов И. И."): the surname is no
    English word, nor a common or organization word ("Section A. B.", "Group A. B."), and
    the initials are no company's legal form ("Constructora S.A.")."""
    from sanitizers.lexicon import COMMON_WORDS, COMPANY_FORMS, known, organization_word

    surname, _, initials = value.partition(" ")
    if initials.replace(" ", "").upper() in COMPANY_FORMS:
        return False  # "Kyma A.E.", "Cyberdyne B.V."
    if surname.lower() in COMMON_WORDS or organization_word(surname):
        return False
    return not surname.isascii() or not known(surname, _dictionary())


def _dictionary() -> frozenset[str]:
    from sanitizers.config import default_model
    from sanitizers.lexicon import dictionary
    from sanitizers.nlp import model_path

    return dictionary(str(model_path(default_model())))
