"""The passes over one text's findings after its units were analysed, and over one record's
names once they are complete. Each pass reads what the earlier ones found: an address's
tail starts after a found street, a roster's dates after found names, a phone number after
a found person. engine.py calls them in this order.
"""

from __future__ import annotations

from sanitizers.address_heads import address_heads
from sanitizers.address_postcodes import block_addresses, postcode_tails
from sanitizers.address_runs import address_runs
from sanitizers.addresses import address_tails
from sanitizers.beside_names import nicknames_after, phones_after_names, surnames_before
from sanitizers.birth_answers import birth_answers
from sanitizers.birth_eras import era_marks
from sanitizers.birth_keys import keyed_births
from sanitizers.birth_years import birth_years
from sanitizers.births import birth_lists, birth_rows, birthday_list
from sanitizers.columns import column_values, listed_ssns
from sanitizers.contact_names import contact_names
from sanitizers.copied_authors import copied_authors
from sanitizers.escapes import escaped_view
from sanitizers.export_senders import export_senders
from sanitizers.item_columns import item_columns
from sanitizers.lifespans import lifespans
from sanitizers.name_answers import name_answers
from sanitizers.name_columns import name_columns
from sanitizers.name_pairs import paired_names
from sanitizers.native_signers import last_line_signer
from sanitizers.native_texts import native_mentions
from sanitizers.person_rows import row_addresses, row_births, row_phones
from sanitizers.phone_slots import sibling_phones
from sanitizers.recognizers import Finding
from sanitizers.row_mentions import row_mentions
from sanitizers.rows import headerless_rows
from sanitizers.speakers import listed_speakers, more_speakers
from sanitizers.sql_columns import sql_values
from sanitizers.timed_speakers import timed_speakers


def text_passes(
    text: str, found: list[Finding], active: frozenset[str], words: frozenset[str]
) -> None:
    """Add to `found` what follows from it in `text`: addresses whole, rosters' birth dates,
    typed columns and lists, a list's bare SSNs, the people of a list of birthdays, chat
    speakers, headerless rows, columns of names, native-script mentions. (A chat or a table
    logged inside a JSON string is read with its escaped line breaks as lines.)"""
    text = escaped_view(text, lines=True)
    if "STREET_ADDRESS" in active:
        if "\n" in text:
            found.extend(block_addresses(text, words))
        found.extend(address_tails(text, found))
        found.extend(postcode_tails(text, found))
        found.extend(address_heads(text, found))
        found.extend(address_runs(text, found))
    person = "PERSON" in active
    birthdays = birthday_list(text) if person or "DATE_OF_BIRTH" in active else []
    if "DATE_OF_BIRTH" in active:
        found.extend(date for _, date in birthdays)
        found.extend(birth_rows(text, found))
        found.extend(keyed_births(text))
        found.extend(birth_answers(text))
        found.extend(lifespans(text))
        found.extend(birth_years(text, found))
        found.extend(f for f in birth_lists(text, found, words) if f[2] in active)
    found.extend(f for f in column_values(text) + sql_values(text) if f[2] in active)
    found.extend(f for f in export_senders(text) if f[2] in active)  # names and numbers
    if "US_SSN" in active:
        found.extend(listed_ssns(text, found))
    if person:
        found.extend(who for who, _ in birthdays)
        found.extend(listed_speakers(text, words))
        found.extend(timed_speakers(text, words))
        found.extend(copied_authors(text, words))
        found.extend(headerless_rows(text, found))
        found.extend(more_speakers(text, found, words))
        found.extend(paired_names(text, found, words))
        found.extend(name_answers(text, words))
        found.extend(name_columns(text, found, words))
        found.extend(item_columns(text, found, words))
        found.extend(native_mentions(text, found))
        found.extend(last_line_signer(text, found))
    # a person's one-line record (its names found by every pass above): date, phone, address
    if "DATE_OF_BIRTH" in active:
        found.extend(row_births(text, found))
    if "PHONE_NUMBER" in active:
        found.extend(row_phones(text, found))
        found.extend(sibling_phones(text, found))
    if person and "PHONE_NUMBER" in active:
        found.extend(contact_names(text, found, words))
    if "STREET_ADDRESS" in active:
        found.extend(row_addresses(text, found))
    if "DATE_OF_BIRTH" in active:
        found.extend(era_marks(text, found))


def record_passes(
    texts: list[str], found: list[list[Finding]], active: frozenset[str], words: frozenset[str]
) -> None:
    """Add to each text's findings what its complete names bring: an upper-case surname
    before a given name, a nickname after it, a phone number after a person."""
    for text, f in zip(texts, found, strict=True):
        if "PERSON" in active:
            f.extend(surnames_before(text, f))
            f.extend(nicknames_after(text, f, words))
            view = escaped_view(text, lines=True)
            f.extend(row_mentions(view, f))
            f.extend(name_columns(view, f, words))  # again, now the model's names are in
        if "PHONE_NUMBER" in active:
            f.extend(phones_after_names(text, f))
