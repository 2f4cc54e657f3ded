"""Span tables per recognizer: text -> expected (type, covered text), near-misses included."""

from __future__ import annotations

import pytest
from conftest import found, span_cases

from sanitizers import Sanitizer

PEM = "\n".join(
    [
        "-----BEGIN RSA PRIVATE KEY-----",
        "MIIEowIBAAKCAQEA7x",
        "q2bY+Zk9w==",
        "-----END RSA PRIVATE KEY-----",
    ]
)
JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"

TABLE: dict[str, list[tuple[str, set[tuple[str, str]]]]] = {
    "email": [
        (
            "write to jane.doe+x@mail.example.org today",
            {("EMAIL_ADDRESS", "jane.doe+x@mail.example.org")},
        ),
        ("mailto:ops@acme.io", {("EMAIL_ADDRESS", "ops@acme.io")}),
    ],
    "phone": [
        ("call (212) 555-0182 now", {("PHONE_NUMBER", "(212) 555-0182")}),
        ("cell: 212.555.0182", {("PHONE_NUMBER", "212.555.0182")}),
        ("reach me on +44 20 7946 0958", {("PHONE_NUMBER", "+44 20 7946 0958")}),
        ("+41 (0)43 363 95 32 mobile", {("PHONE_NUMBER", "+41 (0)43 363 95 32")}),
        ("my phone number is 9822 3749", {("PHONE_NUMBER", "9822 3749")}),
    ],
    "credit_card": [
        ("card 4111 1111 1111 1111 expired", {("CREDIT_CARD", "4111 1111 1111 1111")}),
        ("amex 378282246310005", {("CREDIT_CARD", "378282246310005")}),
    ],
    "iban": [
        ("IBAN GB82 WEST 1234 5698 7654 32 please", {("IBAN_CODE", "GB82 WEST 1234 5698 7654 32")}),
        ("to DE89370400440532013000.", {("IBAN_CODE", "DE89370400440532013000")}),
    ],
    "ssn": [
        ("SSN: 123-45-6789", {("US_SSN", "123-45-6789")}),
        ("social security number 123456789", {("US_SSN", "123456789")}),
    ],
    "ip": [
        ("ssh into 192.168.10.24 please", {("IP_ADDRESS", "192.168.10.24")}),
        (
            "host 2001:db8:85a3::8a2e:370:7334 is down",
            {("IP_ADDRESS", "2001:db8:85a3::8a2e:370:7334")},
        ),
    ],
    "address": [
        (
            "ship it to 1600 Pennsylvania Avenue, thanks",
            {("STREET_ADDRESS", "1600 Pennsylvania Avenue")},
        ),
        ("I live at 42 Elm St Apt 5 now", {("STREET_ADDRESS", "42 Elm St Apt 5")}),
    ],
    "ids": [
        ("my driver's license number is D1234567", {("DRIVER_LICENSE", "D1234567")}),
        ("passport no. X12345678", {("PASSPORT", "X12345678")}),
    ],
    "person": [
        ("Please forward this to Barack Obama.", {("PERSON", "Barack Obama")}),
        ("hi, my name is sonoka miki", {("PERSON", "sonoka miki")}),
        ("Thanks,\nmaria", {("PERSON", "maria")}),
        ("can you ask heather to send it?", {("PERSON", "heather")}),
        ("Jouni: What a day.\nJames: Indeed", {("PERSON", "Jouni"), ("PERSON", "James")}),
        ("It was Candida's kid who called.", {("PERSON", "Candida")}),
        ("Dorofiej Kaczmarek\\n\\nsent this", {("PERSON", "Dorofiej Kaczmarek")}),
        (
            "They had 6: Mara, Veronica, Amanda, Steven, Rachel and Catherine.",
            {
                ("PERSON", n)
                for n in ("Mara", "Veronica", "Amanda", "Steven", "Rachel", "Catherine")
            },
        ),
        ("She named him Garrett", {("PERSON", "Garrett")}),
        (
            "Speakers: Vésteinsson, Thomas and Thompson.",
            {("PERSON", "Vésteinsson"), ("PERSON", "Thomas"), ("PERSON", "Thompson")},
        ),
        ("A tribute to Marina Araujo, sadly", {("PERSON", "Marina Araujo")}),
        ("I would like to remove my kid Mirela from the will.", {("PERSON", "Mirela")}),
        (
            "Write to Ashley Price (ap@example.org) today",
            {("PERSON", "Ashley Price"), ("EMAIL_ADDRESS", "ap@example.org")},
        ),
        ("we need to add Tosh N Brandt as guardian", {("PERSON", "Tosh N Brandt")}),
        ("Don't go to town, Victoria!", {("PERSON", "Victoria")}),
        ("McKenzie, can I please speak to your boss?", {("PERSON", "McKenzie")}),
    ],
    "secrets": [
        ("key AKIAIOSFODNN7EXAMPLE", {("AWS_KEY", "AKIAIOSFODNN7EXAMPLE")}),
        (
            "GH_TOKEN=ghp_abcdefghijklmnopqrstuvwxyz0123456789",
            {("GITHUB_TOKEN", "ghp_abcdefghijklmnopqrstuvwxyz0123456789")},
        ),
        (
            "slack xoxb-123456789012-abcdefGHIJKL",
            {("SLACK_TOKEN", "xoxb-123456789012-abcdefGHIJKL")},
        ),
        (
            "stripe sk_live_4eC39HqLyjWDarjtT1zdp7dc",
            {("STRIPE_KEY", "sk_live_4eC39HqLyjWDarjtT1zdp7dc")},
        ),
        (
            "export OPENAI_API_KEY=sk-proj-Abc123Def456Ghi789Jkl012",
            {("API_KEY", "sk-proj-Abc123Def456Ghi789Jkl012")},
        ),
        (f"jwt {JWT}", {("JWT", JWT)}),
        (f"key:\n{PEM}\nend", {("PRIVATE_KEY", PEM)}),
        ("postgres://admin:s3cr3t!@db.internal:5432/app", {("PASSWORD", "s3cr3t!")}),
        ("Server=db;User Id=sa;Password=Xy#9(pq;Encrypt=True", {("PASSWORD", "Xy#9(pq")}),
        ('password: "correct horse"', {("PASSWORD", "correct horse")}),
        ("Authorization: Bearer abcDEF123456ghiJKL", {("BEARER_TOKEN", "abcDEF123456ghiJKL")}),
        (
            '"client_secret": "9f8e7d6c5b4a39281706f5e4d3c2b1a0"',
            {("SECRET", "9f8e7d6c5b4a39281706f5e4d3c2b1a0")},
        ),
    ],
    "near_misses": [
        ("upgrade from version 1.2.3 to 2.10.0 on 2024-01-15", set()),
        ("pinned to v1.2.3.4 in the lockfile", set()),
        ("fixed in commit 3f2a9c1e8b7d6a5f4e3d2c1b0a9f8e7d6c5b4a39", set()),
        ("the request 123e4567-e89b-12d3-a456-426614174000 timed out", set()),
        ("it happened on 12/29/2023 at 10:30", set()),
        ("order #123456 and order ORD-2024-001234 shipped", set()),
        ("invoice number 4111 1111 1111 1112 is wrong", set()),
        ("password = os.environ['DB_PASSWORD']", set()),
        ("We met in Paris, France, at Google.", set()),
        ("Note: restart it.\nError: timeout\nUser: hi\nAssistant: hello", set()),
        ("why does this fail with AccessDenied on the bucket?", set()),
        ("Thanks for the help, best practices.", set()),
        ("In March, Search and Sync were rewritten.", set()),
        ("the field is called Status, not State", set()),
        ("Is that right, Python 3?", set()),
    ],
}

CASES = span_cases(TABLE)


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_span_table(sanitizer: Sanitizer, text: str, expected: set[tuple[str, str]]) -> None:
    assert found(sanitizer, text) == expected


def test_spans_are_offsets_in_the_input(sanitizer: Sanitizer) -> None:
    text = "line one\r\n  Mail: bob@example.com\n\n\tIP 10.0.0.7 here"
    (res,) = sanitizer.sanitize_texts([text])
    assert [text[e.start : e.end] for e in res.entities] == ["bob@example.com", "10.0.0.7"]
    assert res.text == "line one\r\n  Mail: <EMAIL_ADDRESS_1>\n\n\tIP <IP_ADDRESS_1> here"


def test_escaped_newlines_in_json_logs(sanitizer: Sanitizer) -> None:
    text = "Name: Dorofiej Kaczmarek\\nPhone: 0680 549 51 86\\n"
    assert found(sanitizer, text) >= {("PHONE_NUMBER", "0680 549 51 86")}


def test_registry_fragments_are_written_out_and_unknown_ones_refused() -> None:
    """A pattern's {{name}} becomes the registry fragment's regex (one level of nesting);
    a misspelt name is an error at load time, not a pattern that silently never matches."""
    from sanitizers.recognizers import _expanded

    fragments = {"street": r"\d+ {{word}}", "word": r"[A-Z]\w+"}
    assert _expanded(r"at {{street}}\b", fragments) == r"at \d+ [A-Z]\w+\b"
    with pytest.raises(ValueError, match="unknown fragment"):
        _expanded("{{stret}}", fragments)
