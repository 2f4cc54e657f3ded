"""Sentence shapes of the TUNED half (rules may be tuned while looking at these).

Slots: {kind} or {kind_x}: the same slot name gets the same value within one text; a
suffix _a/_b/... ties name-derived kinds (first, last, name, lfirst, lname, email, handle)
to one person. Kinds are listed in sanitizer_halves.py.
"""

TUNED_TEMPLATES = [
    "hi {lfirst}, can you check why the nightly build fails on {version}?",
    "hey {lfirst} can you send me the slides from the review on {date}",
    "Thanks for the quick turnaround!\n\nBest,\n{first}",
    "Cheers,\n{name}\nSenior Data Engineer | {company}",
    "Kind regards,\n\n{name_a}\n{email_a}\n{phone}",
    "@{handle} can you take a look at this PR when you get a chance?",
    "thanks @{handle}, merged in {sha7}",
    "commit {sha}\nAuthor: {name_a} <{email_a}>\nDate:   Tue Mar 5 10:12:01 2024 +0100\n\n"
    "    Fix race in retry loop",
    "Fix flaky upload test\n\nSigned-off-by: {name_a} <{email_a}>",
    '{"id": {num}, "name": "{name}", "email": "{email}", "plan": "pro"}',
    '[{"first_name": "{first_a}", "last_name": "{last_a}", "age": {num}}]',
    "# Author: {name}\n# Created: {date}\ndef load(path):\n    return open(path).read()",
    "send the refund to my btc address {btc} please, the order was {order}",
    "my ETH wallet is {eth}, did the transfer go through? tx took {num} blocks",
    "Device {mac} keeps dropping off the wifi, the router is at {ip}",
    "arp -a shows {ip} at {mac} on en0",
    "My ITIN is {itin_plain} and I need help filling in the 1040 for {version}",
    "Applicant: {name}, date of birth: {dob}, address: {address}.",
    "she was born on {dob} in {city}, can you write a short bio?",
    "The migration is planned for {date}; please freeze merges after {date}.",
    "the reset link is https://app.example.com/reset?token={urltoken}&lang=en",
    "git clone https://{user}:{urlpass}@git.example.com/team/app.git fails with 403",
    "Docs are at https://docs.example.com/v2/guide/install.html#linux, see step {num}.",
    "please wire it to {iban}, reference {order}",
    "SSN: {ssn_dots}, employer {company}",
    "my social security number is {ssn_plain}, is it safe to put in this form?",
    "call me at{phone} or on my mobile {intl}",
    "Tel:{intl} (office)",
    "firewall log: DROP IN=eth0 SRC=[{ip}] DST=({ip}) PROTO=TCP",
    "upstream timed out ({ip}:8080) while reading response header",
    "DL# {dl}, issued in {city}",
    "i talked to {lname} yesterday and she said it is fine",
    "Meeting notes: {name}, {name} and {name} agreed to ship {version} on {date}.",
    "{name} from {company} asked whether we support SSO.",
    'Traceback (most recent call last):\n  File "app.py", line {num}, in <module>\n'
    "KeyError: 'user_id'\nrequest {uuid}",
]
