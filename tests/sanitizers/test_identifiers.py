"""Span tables for the identifier recognizers added for issue 12 (wallets, MAC, ITIN, dates
of birth, URLs with secrets or personal data, odd IBAN/SSN/phone/IP forms), each with
near-misses that must be left alone. Real model, no mocks."""

from __future__ import annotations

import pytest
from conftest import found, span_cases

from sanitizers import Sanitizer

ETH = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"  # EIP-55 test vector
TABLE: dict[str, list[tuple[str, set[tuple[str, str]]]]] = {
    "crypto": [
        (
            "send it to 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2 today",
            {("CRYPTO", "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2")},
        ),
        (
            "p2sh 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy",
            {("CRYPTO", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy")},
        ),
        (
            "wallet: bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
            {("CRYPTO", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq")},
        ),
        (
            "taproot bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0",
            {("CRYPTO", "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0")},
        ),
        (f"my eth address is {ETH}.", {("CRYPTO", ETH)}),
        (f"lowercase {ETH.lower()} too", {("CRYPTO", ETH.lower())}),
    ],
    "mac": [
        ("device 00:1A:2B:3C:4D:5E dropped", {("MAC_ADDRESS", "00:1A:2B:3C:4D:5E")}),
        ("hw a4-5e-60-c2-11-0f on eth0", {("MAC_ADDRESS", "a4-5e-60-c2-11-0f")}),
        ("cisco 001a.2b3c.4d5e port 3", {("MAC_ADDRESS", "001a.2b3c.4d5e")}),
    ],
    "itin": [
        ("ITIN 912-70-1234 on the form", {("US_ITIN", "912-70-1234")}),
        ("my taxpayer id is 912701234", {("US_ITIN", "912701234")}),
    ],
    "date_of_birth": [
        ("she was born on December 5, 1983 in Lyon", {("DATE_OF_BIRTH", "December 5, 1983")}),
        ("DOB: 05/12/1983", {("DATE_OF_BIRTH", "05/12/1983")}),
        ("date of birth 1983-12-05", {("DATE_OF_BIRTH", "1983-12-05")}),
        ('{"dob": "1990-02-03", "plan": "pro"}', {("DATE_OF_BIRTH", "1990-02-03")}),
        ("my birthday is 3rd of March 1990", {("DATE_OF_BIRTH", "3rd of March 1990")}),
    ],
    "url": [
        ("https://deploy:hunter2x@git.example.com/app.git", {("PASSWORD", "hunter2x")}),
        (
            "https://app.example.com/reset?token=Zq81kd0Pq7Ls92&lang=en",
            {("SECRET", "Zq81kd0Pq7Ls92")},
        ),
        (
            "https://news.example.org/unsub?email=ann.lee%40example.com&list=w",
            {("EMAIL_ADDRESS", "ann.lee%40example.com")},
        ),
        ("https://forms.example.com/x?name=Ana+Lima&plan=basic", {("PERSON", "Ana+Lima")}),
    ],
    "odd_formats": [
        ("IBAN DE89-3704-0044-0532-0130-00", {("IBAN_CODE", "DE89-3704-0044-0532-0130-00")}),
        (
            "IBAN DE89 3704 0044 0532 0130 00 EUR",
            {("IBAN_CODE", "DE89 3704 0044 0532 0130 00")},
        ),
        ("SSN 123.45.6789", {("US_SSN", "123.45.6789")}),
        ("call me at555-123-4567", {("PHONE_NUMBER", "555-123-4567")}),
        ("(+44) 20 7946 0958", {("PHONE_NUMBER", "(+44) 20 7946 0958")}),
        ("0044 20 7946 0958", {("PHONE_NUMBER", "0044 20 7946 0958")}),
        ("+49 (0)30 1234567 office", {("PHONE_NUMBER", "+49 (0)30 1234567")}),
        ("SRC=[10.1.2.3] DST=(10.1.2.4)", {("IP_ADDRESS", "10.1.2.3"), ("IP_ADDRESS", "10.1.2.4")}),
        ("ip=10.0.0.1;port=22", {("IP_ADDRESS", "10.0.0.1")}),
        ("ioc 10[.]0[.]0[.]9", {("IP_ADDRESS", "10[.]0[.]0[.]9")}),
    ],
    "round2": [
        ("DOB: 07/16/1985, issued on 13.09.2025", {("DATE_OF_BIRTH", "07/16/1985")}),
        (  # a birth-date column makes it a table of people (1.9.0)
            "name,dob,plan\nAna,December 5, 1983,pro",
            {("PERSON", "Ana"), ("DATE_OF_BIRTH", "December 5, 1983")},
        ),
        ("my social is 512441234", {("US_SSN", "512441234")}),
        ("ssh deploy@10.0.0.5", {("IP_ADDRESS", "10.0.0.5")}),
        ("server 10.1.2.3 is down", {("IP_ADDRESS", "10.1.2.3")}),
        ("| host | ip | version |\n| a | 10.2.3.4 | 1.2.3 |", {("IP_ADDRESS", "10.2.3.4")}),
    ],
    "peer_formats": [
        ("Device MAC: AA:BB:CC:DD:EE:FF", {("MAC_ADDRESS", "AA:BB:CC:DD:EE:FF")}),
        ("Physical address is aabb.ccdd.eeff", {("MAC_ADDRESS", "aabb.ccdd.eeff")}),
        ("write to jdoe@192.0.2.7", {("EMAIL_ADDRESS", "jdoe@192.0.2.7")}),
        ("write to jdoe@[192.0.2.7]", {("EMAIL_ADDRESS", "jdoe@[192.0.2.7]")}),
        ("(.jdoe@example.org)", {("EMAIL_ADDRESS", "jdoe@example.org")}),
        ("my ssn is 078-051120", {("US_SSN", "078-051120")}),
        ("my ssn is 07805-1120", {("US_SSN", "07805-1120")}),
        ("my taxpayer id is 91170-1234", {("US_ITIN", "91170-1234")}),
        ("my travel document is A12803456", {("PASSPORT", "A12803456")}),
        ("Deliver to 66-4 Parkhurst Rd today", {("STREET_ADDRESS", "66-4 Parkhurst Rd")}),
        (
            "12 Quincy Ave, Abington MA 02351",
            {("STREET_ADDRESS", "12 Quincy Ave, Abington MA 02351")},
        ),
        ("Ship to: Springfield, IL 62704", {("STREET_ADDRESS", "Springfield, IL 62704")}),
    ],
    "addresses_of_other_countries": [
        ("Ship it to Via Bonino, 39 please", {("STREET_ADDRESS", "Via Bonino, 39")}),
        ("Address: Jalan Sukabumi No. 12", {("STREET_ADDRESS", "Jalan Sukabumi No. 12")}),
        ("Send it to 95, avenue Diallo today", {("STREET_ADDRESS", "95, avenue Diallo")}),
        ("I moved to Solbergtoppen 8 last year", {("STREET_ADDRESS", "Solbergtoppen 8")}),
        ("Address: Sabina-Franke-Gasse 77/93", {("STREET_ADDRESS", "Sabina-Franke-Gasse 77/93")}),
        ("We live at Tivolska cesta 2 now", {("STREET_ADDRESS", "Tivolska cesta 2")}),
        ("Address: Mašekova 364", {("STREET_ADDRESS", "Mašekova 364")}),
        (
            "Largo Monteiro, S/N, 1200 Lisboa",
            {("STREET_ADDRESS", "Largo Monteiro, S/N, 1200 Lisboa")},
        ),
        ("Deliver to H.No. 73, Chaudry Marg", {("STREET_ADDRESS", "H.No. 73, Chaudry Marg")}),
        # near-misses: products and versions after a type-like word
        ("Upgrade to Spring 6 and Notepad 2 via SSH 22, then Windows 11", set()),
        ("Read Chapter 5 of the Python 3 guide", set()),
    ],
    "phones_by_column": [
        (
            "INSERT INTO users (name, phone) VALUES ('Farzona Sevinchova', '09086 71823');",
            {("PERSON", "Farzona Sevinchova"), ("PHONE_NUMBER", "09086 71823")},
        ),
        (
            "Name | Role | Phone\nOlivier Moreau | PM | 099 738 29 71",
            {("PERSON", "Olivier Moreau"), ("PHONE_NUMBER", "099 738 29 71")},
        ),
        ('{"phone": "0288618399"}', {("PHONE_NUMBER", "0288618399")}),
        ("call me on 0732/62998649 after 5", {("PHONE_NUMBER", "0732/62998649")}),
        ("timeout: 1700000000", set()),  # a number after a lowercase key is no chat line
    ],
    "address_tails": [
        (
            "I live at 12 Quincy Ave, Abington MA 02351 and work nearby.",
            {("STREET_ADDRESS", "12 Quincy Ave, Abington MA 02351")},  # one, after the cue (1.9.0)
        ),
        (
            "Office: 221 Baker Street, London NW1 6XE, UK",
            {("STREET_ADDRESS", "221 Baker Street, London NW1 6XE, UK")},  # one (1.14.0),
        ),
        (
            "Ship to 35 Mira Stravenue\n Suite 220\n Žabnica\n Slovenia 98420\nThanks!",
            {
                ("STREET_ADDRESS", "35 Mira Stravenue"),
                ("STREET_ADDRESS", "Suite 220"),
                ("STREET_ADDRESS", "Žabnica\n Slovenia 98420"),
            },
        ),
        (
            "al. Skośna 53/10, 12-809 Gorzów Wielkopolski",
            {
                ("STREET_ADDRESS", "al. Skośna 53/10, 12-809 Gorzów Wielkopolski"),
            },
        ),
        (
            "Heydukova 89\n570 04 Mnichovice",
            {("STREET_ADDRESS", "Heydukova 89\n570 04 Mnichovice")},  # (1.19.0: one block)
        ),
        ("Calle 2ª # 27-9 Este", {("STREET_ADDRESS", "Calle 2ª # 27-9 Este")}),
        # a JSON string's escaped line break is a line break of the address block (1.16.0)
        (
            '{"text": "Deliver to 3 Wakahoro Mews\\nOliviaburn 6257"}',
            {("STREET_ADDRESS", "3 Wakahoro Mews\\nOliviaburn 6257")},
        ),
        # under an address key (1.7.0) the value is taken whole, across the escape
        (
            '{"text": "Address: 3 Wakahoro Mews\\nOliviaburn 6257"}',
            {("STREET_ADDRESS", "3 Wakahoro Mews\\nOliviaburn 6257")},
        ),
        (
            "Customer: 1 Cunningham-Olsen Quay, Pukenui 8418",
            {("STREET_ADDRESS", "1 Cunningham-Olsen Quay, Pukenui 8418")},
        ),
        # the tail stops at a lowercase word, a sentence end, "!" or a capitalized stop word
        (
            "My address is 12 Main St, Boston. Then I moved.",
            {("STREET_ADDRESS", "12 Main St, Boston")},
        ),
    ],
    "near_misses": [
        # peer projects' negatives: a millisecond timestamp passes Luhn; an IPv4-mapped
        # loopback is kept whole, not cut at its dots; digits of a broken IBAN are no card
        ('{"ts": 1748503543012}', set()),
        ("::ffff:127.0.0.1 and ::ffff:256.0.0.1", set()),
        ("AL47 212A 1009 0000 0002 3569 874", set()),
        ("Status OK 2000 requests, deploy IN 2024", set()),
        ("FileVersion 8.1.1.40, ProductVersion 6.32.13.151", set()),
        ("tool,version\nnix,8.5.1.55\nzig,7.0.15", set()),
        ("| Tool | Version |\n|---|---|\n| Ionic | 9.5.3.112 |", set()),
        (
            "Package    Version    Latest\n---------- ---------- ----------\n"
            "rich    9.13.25.167    13.19.22.11",
            set(),
        ),
        ('<PackageReference Include="Polly" Version="8.4.1.0" />', set()),
        ("Listening at http://127.0.0.1:4810 and 0.0.0.0:80, mask 255.255.255.0", set()),
        ("numpy 0.9.1.2 and AssemblyFileVersion 4.0.0.0; route 10.20.0.0 via eth0", set()),
        ('deps = [("requests", "2.31.0.1"), ("lxml", "5.2.1.3")]', set()),
        ('["db_host", "10.20.0.5"]', {("IP_ADDRESS", "10.20.0.5")}),
        (
            'servers = ["10.20.0.5", "10.20.0.6"]',
            {("IP_ADDRESS", "10.20.0.5"), ("IP_ADDRESS", "10.20.0.6")},
        ),
        ("allow 10.20.0.5 but not 0.9.1.2", {("IP_ADDRESS", "10.20.0.5")}),
        (
            "NAME       READY   STATUS    RESTARTS   AGE\n"
            "web-7c9d8   1/1     Running   0          3d",
            set(),
        ),
        ("id,created,total\n1,March 3, 2024,12", set()),
        ("send it to 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3 today", set()),  # checksum off by one
        ("eth 0x5aaeb6053F3E94C9b9A09f33669435E7Ef1BeAed", set()),  # EIP-55 case broken
        ("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdx is a typo", set()),
        ("six zeros 00:00:00:00:00:00 and five 00:1A:2B:3C:4D", set()),
        ("fingerprint 43:51:43:a1:b5:fc:8b:b7:0a:3a:a9:b1:0f:66:73:a8", set()),
        ("ITIN 912-93-1234 is not issued", set()),  # group 93 is never assigned
        ("the release shipped on December 5, 2023", set()),  # a generic date
        ("see https://docs.python.org/3/library/re.html for details", set()),  # a bare URL
        ("https://example.com/search?q=python&page=2", set()),
        ("version 123.45.6789 and build 10.0.19041.1", set()),
        ("pinned to 1.24.3 and 2.8.0.1 in the lockfile", set()),
        ("Installed Loguru 1.2.3.4, boto3 1.2.3.5 and numpy==1.2.3.6", set()),
        ("User-Agent: Mozilla/5.0 Chrome/120.0.0.0 Safari/537.36", set()),
        ("IBAN DE89 3704 0044 0532 0130 01", set()),  # mod 97 fails
        ("git clone git@github.com:org/repo.git", set()),
        ("sha256:c40d2affbb1494978278947bec540a2123e7cefa30c14d732f64cb79abcc4b9d", set()),
        ("commit 3f2a9c1e8b7d6a5f4e3d2c1b0a9f8e7d6c5b4a39 by the bot", set()),
        ("trace 123e4567-e89b-12d3-a456-426614174000 retried", set()),
    ],
}

CASES = span_cases(TABLE)


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_span_table(sanitizer: Sanitizer, text: str, expected: set[tuple[str, str]]) -> None:
    assert found(sanitizer, text) == expected
