"""Sentence shapes of the HELD-BACK half: never tuned on.

Written before any rule work for issue 12 and not changed since; only aggregate numbers
from this half are looked at, never single failures. Shapes differ from the tuned half
(sanitizer_tuned.py) and names come from other locales (HELD_LOCALES). Slot syntax: see
sanitizer_tuned.py.
"""

HELD_TEMPLATES = [
    "yo {lfirst}!! did u see the deploy broke again",
    "ok so {lname} told me the invoice total is wrong, can you draft a reply?",
    "good morning {first}, attached is the report you asked for",
    "{lfirst} said we should use postgres, thoughts?",
    "Many thanks,\n{first}",
    "Warm regards\n{name_a}\nHead of Finance, {company}\nM: {intl}",
    "— {first}\nSent from my phone",
    "ping @{handle} and @{handle} about the outage in {city}",
    "Merge pull request #{num} from {handle}/fix-timeout",
    "Co-authored-by: {name_a} <{email_a}>",
    "/**\n * Parses the config file.\n *\n * @author {name}\n * @since {version}\n */",
    "| {name_a} | {email_a} | {phone} | active |",
    "full_name,email,dob\n{name_a},{email_a},{dob}",
    "customer:\n  full_name: {name}\n  tier: gold\n  since: {date}",
    '{"customer": {"firstName": "{first_a}", "lastName": "{last_a}"}, "sku": "{order}"}',
    '{"role": "user", "content": "write a thank-you note to {name} for the {company} gift"}',
    "Payout wallet: {btc}",
    "can you check if {eth} is a valid address? the exchange rejected it",
    "dhcpd: DHCPACK on {ip} to {mac} via eth1",
    "The laptop's MAC is {mac}; please whitelist it before {date}.",
    "Taxpayer ID {itin} was rejected by the portal, what do I do?",
    "{name_a} (b. {dob}) joined the team in {date}.",
    "Patient DOB {dob}. Allergies: none known.",
    "My birthday is {dob}, can you tell me my zodiac sign?",
    "We released {version} on {date} and the hotfix a week later.",
    "unsubscribe: https://news.example.org/unsub?email={urlemail}&list=weekly",
    "remote: https://{user}:{urlpass}@gitlab.example.org/ops/infra.git",
    "callback was https://api.example.net/cb?access_token={urltoken}&state=xyz",
    "https://forms.example.com/submit?name={urlname}&plan=basic returned 500",
    "see https://github.com/pallets/flask/issues/{num} for the same bug",
    "IBAN: {iban} (BIC on the invoice)",
    "ssn {ssn_dots} / dob {dob}",
    "Applicant SSN (no dashes): {ssn_plain}",
    "whatsapp:{intl} after 6pm",
    "office line is ({num}) and my cell{phone}",
    "blocked hosts: [{ip}], [{ip}] and <{ip}>",
    "curl -x http://{ip}:3128 https://example.com -> 407",
    "driver's license no. {dl} exp. {date}",
    "{name} wrote in the ticket that the printer on floor {num} is broken again",
    "Interview feedback for {name}: strong on SQL, weaker on system design.",
    "Dear Mr. {last},\n\nyour order {order} has shipped.",
    "can u forward this to {lfirst} and {lfirst} pls",
    "Bumped numpy to {version}, pandas to {version} and scipy to {version}.",
    "SELECT id, created_at FROM orders WHERE status = 'open' AND id > {num};",
]
