"""Templates of LLM-API-log texts; {kind} slots are filled by sanitizer_data.value()."""

LOG_TEMPLATES = [
    (
        "import boto3\n"
        "\n"
        "client = boto3.client(\n"
        '    "s3",\n'
        '    aws_access_key_id="{aws_id}",\n'
        '    aws_secret_access_key="{aws_secret}",\n'
        ")\n"
        "# why does this fail with AccessDenied on version {version}?"
    ),
    (
        "Here is my .env, the app crashes on start:\n"
        "\n"
        "DATABASE_URL=postgres://{user}:{dbpass}@{host}:5432/prod\n"
        "OPENAI_API_KEY={sk}\n"
        "STRIPE_SECRET_KEY={stripe}\n"
        "DEBUG=true\n"
        "RELEASE={version}"
    ),
    (
        "Can you fix this GitHub Action? It fails at checkout.\n"
        "\n"
        "env:\n"
        "  GH_TOKEN: {ghp}\n"
        "  SLACK_BOT_TOKEN: {slack}\n"
        "steps:\n"
        "  - uses: actions/checkout@v4\n"
        "  - run: make test  # commit {sha}"
    ),
    (
        'curl -X POST https://api.example.com/v1/orders -H "Authorization: Bearer {bearer}" -H '
        '"Content-Type: application/json" -d \'{"order_id": "{order}", "qty": {num}}\''
    ),
    ("why is this jwt rejected? token={jwt}\nthe server says signature invalid since {date}"),
    (
        "I pasted our deploy key by mistake, please ignore it:\n"
        "{pem}\n"
        "anyway, the build {version} is green."
    ),
    (
        "config = {\n"
        '    "api_key": "{hexkey}",\n'
        '    "region": "eu-west-1",\n'
        '    "retries": {num},\n'
        "}\n"
        "Refactor this into a dataclass please."
    ),
    ("mysql -h {ip} -u {user} -p'{dbpass}' orders_db\nERROR 1045 (28000): Access denied for user"),
    (
        "Server={host};Database=crm;User Id={user};Password={dbpass};Encrypt=True;\n"
        "what is wrong with this connection string? We upgraded to {version} on {date}."
    ),
    (
        "Traceback (most recent call last):\n"
        '  File "/home/{user}/app/main.py", line {num}, in <module>\n'
        "    send_invoice(customer_email='{email}')\n"
        '  File "/srv/app/billing.py", line 88, in send_invoice\n'
        "    raise ConnectionError('smtp relay {ip} refused')\n"
        "ConnectionError: smtp relay {ip} refused"
    ),
    (
        "java.lang.IllegalStateException: user {email} not found\n"
        "\tat com.acme.users.UserService.get(UserService.java:{num})\n"
        "\tat com.acme.api.Controller.handle(Controller.java:41)\n"
        "request id {uuid}, build {sha}"
    ),
    (
        "nginx log:\n"
        '{ip} - - [{date}] "GET /api/v2/items?id={num} HTTP/1.1" 200 512\n'
        '{ip6} - - "POST /login HTTP/1.1" 401'
    ),
    (
        "Hi team,\n"
        "\n"
        "please update the billing address for {name} to {address}, {city}. Her card ending "
        "{card} was charged twice on {date}.\n"
        "\n"
        "Thanks,\n"
        "{name}"
    ),
    (
        "Dear {name},\n"
        "\n"
        "thank you for your order {order}. We will call you at {phone} once it ships to "
        "{address}.\n"
        "\n"
        "Best regards,\n"
        "{first}\n"
        "{company}"
    ),
    ("hey, it's {lfirst}. my ssn is {ssn} and my iban is {iban}, can you fill the form for me?"),
    (
        "Write a polite reply to {name} ({email}) who asked about a refund for order {order} "
        "from {date}."
    ),
    ("hi i am {lname} from {city}, my phone is {phone} and i need help with my account"),
    (
        "Summarize this email:\n"
        "From: {name} <{email}>\n"
        "To: {name} <{email}>\n"
        "Subject: contract for {company}\n"
        "\n"
        "Hi {first}, attached is the signed contract. Call me on {intl} if anything is "
        "unclear.\n"
        "-- \n"
        "{name}"
    ),
    (
        "my name is {lname} and my driver's license number is {dl}. my passport number is "
        "{passport}."
    ),
    ("Translate to German: My name is {name}, I live at {address} and my number is {phone}."),
    ("can you ask {lfirst} to send the wire to IBAN {iban}? she said the amount is {num} euros"),
    (
        "Patient {name}, SSN {ssn}, was seen on {date} at {company}. Follow-up with Dr. {name} "
        "in {city}."
    ),
    ("the vpn gateway is {ip}, fallback {ip6}. login as {user} / password: {dbpass}"),
    ("Please review PR #{num} by {name}: bumps requests to {version}, fixes {sha}."),
    ("I'm {name}, PM at {company}. Our API key is {sk}, rotate it after the demo on {date}."),
    ("from {lname}: can u resend the invoice to {email}? my card is {card}"),
    (
        "Rewrite this bio in the third person: I am {name}, I grew up in {city}, {country} and "
        "moved to {country} in {date}."
    ),
    (
        "slack webhook for alerts: https://hooks.slack.com/services/T{num}A/B{num}C/{hexkey}\n"
        "ping {name} if it fires more than {num} times"
    ),
]
