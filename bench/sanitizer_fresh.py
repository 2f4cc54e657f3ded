"""The FRESH held-back set (issue 12, round 2): written before any round-2 rule change and
never changed after its first commit; only its aggregate numbers are looked at.

It differs from both earlier halves in three ways:
- sentence shapes: support tickets, code review comments, CSV/JSON exports, chat in the
  romanization of several languages, e-mail threads, stack traces with user paths;
- names from Faker locales that no other half uses (Greek, Bulgarian, Macedonian, Georgian
  and Armenian transliterated here; Pakistani, Kenyan, Thai romanized, Algerian, Catalan,
  Chilean, Québécois, Swiss, Austrian, Flemish, Irish, New Zealand...);
- its own technical corpus (READMEs, requirements files, SQL, log lines, k8s YAML, tables
  of package versions, go.mod, .NET and Windows versions) with its own product names,
  several of which are also personal names or English words (Travis, Winston, Hugo,
  Falcon...), as real product names are.

Slots are those of sanitizer_halves.py ({kind} or {kind_x}); tech slots are below.
"""

from __future__ import annotations

import random
import re

from bench import sanitizer_values as v
from bench.sanitizer_data import Sample
from bench.sanitizer_halves import HalfValues

FRESH_LOCALES = ["pt_PT", "es_AR", "es_CO", "es_CL", "es_CA", "fr_CA", "fr_CH", "fr_DZ", "de_AT",
                 "de_CH", "nl_BE", "en_IE", "en_PK", "en_KE", "en_TH", "en_NZ", "el_GR", "bg_BG",
                 "mk_MK", "ka_GE", "hy_AM"]  # fmt: skip


def _table(letters: str, latin: str) -> dict[str, str]:
    return dict(zip(letters, latin.split(), strict=True))


_GREEK = _table(
    "αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊΐϋΰ",
    "a v g d e z i th i k l m n x o p r s s t y f ch ps o a e i i o y o i i y y",
)
_CYRILLIC = _table(
    "абвгдежзийклмнопрстуфхцчшщъьюяѓѕјљњќџ",
    "a b v g d e zh z i y k l m n o p r s t u f h ts ch sh sht a y yu ya gj dz j lj nj kj dzh",
)
_GEORGIAN = _table(
    "აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ",
    "a b g d e v z t i k l m n o p zh r s t u p k gh q sh ch ts dz ts ch kh j h",
)
_ARMENIAN = _table(
    "աբգդեզէըթժիլխծկհձղճմյնշոչպջռսվտրցւփքօֆ",
    "a b g d e z e y t zh i l kh ts k h dz gh ch m y n sh o ch p j r s v t r ts v p k o f",
)
_SCRIPTS = {"el_GR": _GREEK, "bg_BG": _CYRILLIC, "mk_MK": _CYRILLIC, "ka_GE": _GEORGIAN,
            "hy_AM": _ARMENIAN}  # fmt: skip


def romanize(word: str, table: dict[str, str]) -> str:
    low = word.lower().replace("ու", "u").replace("ου", "ou").replace("ού", "ou")
    out = "".join(table.get(c, c) for c in low.replace("և", "ev"))
    return "-".join(part[:1].upper() + part[1:] for part in out.split("-"))


class FreshNames(v.Names):
    """Names from FRESH_LOCALES; non-Latin scripts romanized."""

    def pair(self) -> tuple[str, str]:
        loc, fk = self.rng.choice(self.fakers)
        first, last = fk.first_name(), fk.last_name()
        table = _SCRIPTS.get(loc)
        if table is not None:
            first, last = romanize(first, table), romanize(last, table)
        if self.rng.random() < 0.2:
            first, last = v.fold(first), v.fold(last)
        return first, last


FRESH_TEMPLATES = [
    # support tickets
    "Ticket #{num} | Requester: {name_a} <{email_a}> | Subject: cannot reset 2FA after a phone "
    "change\nAgent note: called back on {phone}, customer confirmed.",
    '[helpdesk] New reply from {first} {last}: "The refund for {order} still has not arrived, '
    'my IBAN is {iban}."',
    "Customer: {name}\nAccount: {uuid}\nIssue: double charge on card {card}\nStatus: pending",
    "Hi support, {first_a} here from {company}. Our admin {name} cannot log in since the "
    "{version} update.\nBest, {first_a}",
    "escalating to {lfirst}: the customer says the technician who visited ({name}) left the "
    "router at {ip} open to the internet",
    "Please update my mailing address to {address}, {city}. Thanks, {name}",
    "Caller verified with DOB {dob} and last name {last}.",
    "Driver's license number {dl} was rejected by the KYC check for {name}.",
    # code review comments
    "nit: {first} suggested renaming this in the last round, can we do that before merging?",
    "LGTM once {first}'s comment about the retry budget is addressed.",
    "+1 to what @{handle} said, the lock should be released in a finally block",
    "git blame says {name} touched this in {sha7}, maybe ask them?",
    "Add exponential backoff to the uploader\n\nCo-authored-by: {name_a} <{email_a}>",
    "> {name} wrote: this breaks on Windows\nNot anymore, fixed in {sha7}.",
    "Approved by {name} on {date}; waiting on CI.",
    # CSV and JSON exports
    "employee_id,display_name,work_email,mobile\n{num},{name_a},{email_a},{intl}\n"
    "{num},{name_b},{email_b},{intl}",
    '{"event": "signup", "user": {"given_name": "{first_a}", "family_name": "{last_a}", '
    '"email": "{email_a}", "ip": "{ip}"}}',
    '{"assignee": {"login": "{handle}", "name": "{name}"}, "state": "open"}',
    "id;nombre;apellido;telefono\n{num};{first_a};{last_a};{phone}",
    "- reporter: {name}\n  device_mac: {mac}\n  os: linux",
    '{"customer": "{name}", "wallet": "{eth}", "amount": {num}}',
    'name,dob,ssn\n"{name}",{dob},{ssn}',
    # chat in several languages' romanization
    "hola {lfirst}, me puedes pasar el numero de {lfirst}? es {phone}",
    "oi {lfirst}, tudo bem? o {lfirst} pediu o relatorio ate amanha",
    "{lfirst} bhai, kal {lfirst} ne bola tha ki deploy ho gaya",
    "salamat po {lfirst}! pakisend na lang yung invoice",
    "asante sana {lfirst}, nitakutumia barua pepe kesho",
    "{lfirst}-san, arigatou gozaimasu! shiryou wa ashita okurimasu",
    "merci {first}, je transmets a {name} demain",
    "ciao {lfirst}, hai sentito {lfirst}? dice che il server e giu",
    "danke {first}! Ich habe {name} schon Bescheid gesagt.",
    "makasih {lfirst}, nanti aku kabarin {lfirst} ya",
    "{lfirst_a}: yo did {lfirst_b} ever send the keys?\n{lfirst_c}: nah, ping her",
    # e-mail threads
    "Sure, attached.\n\nOn Tue, Mar 5, 2024 at 9:14 AM {name_a} <{email_a}> wrote:\n"
    "> Can you resend the contract?",
    "From: {name_a} <{email_a}>\nSent: Monday, June 3, 2024 10:02\nTo: {name_b} <{email_b}>\n"
    "Subject: RE: onboarding",
    "-----Original Message-----\nFrom: {name}\nTo: Support\nSubject: account locked",
    "Hi all,\n\nlooping in {name} who owns the billing service now.\n\nThanks,\n{first}",
    "Forwarded message from {first} {last}: please call me back at {intl}",
    "{first_a},\n\nthe NDA is signed. Let me know when {first_b} can start.\n\nWarm regards,\n"
    "{name}",
    # stack traces and paths with user names
    'Traceback (most recent call last):\n  File "/home/{handle}/projects/etl/run.py", line {num}, '
    "in <module>\n    main()\nValueError: bad row",
    "Error: ENOENT: no such file or directory, open 'C:\\Users\\{first}\\Documents\\report.xlsx'",
    "    at Object.<anonymous> (/Users/{handle}/code/web/src/index.js:{num}:13)",
    "PermissionError: [Errno 13] Permission denied: '/home/{handle}/.aws/credentials'",
    # prose and identifiers
    "Write a birthday poem for my grandma {first}, she was born {dob}.",
    "{name} ({email}) reported that {ip} is scanning our network from MAC {mac}",
    "my btc is {btc} and my social is {ssn_plain}",
    "Can you draft a reference letter for {name}? They worked with us until {date}.",
    "Bank details: {name}, IBAN {iban}, BIC DEUTDEFF",
    "ITIN: {itin} / {name}",
    "{name} will present the roadmap; dial-in {phone}.",
    "I'm {first}, {num} years old, living at {address}.",
    "review the attached CV of {name} and summarise it in three bullet points",
    "Shift swap: {first} takes Monday, {first} takes Tuesday.",
    "The rental agreement is between {name} and {name}, signed on {date}.",
    "slack export:\n[10:42] {handle_a}: deploy is done\n[10:43] {handle_b}: thx",
    "Please pay to {btc} - {first}",
    "Sent from my iPhone\n\n-- \n{name}",
    "goodnight {lfirst}, talk tomorrow",
    "tell {lfirst} i said happy birthday lol",
]


class FreshValues(HalfValues):
    def __init__(self, seed: int) -> None:
        super().__init__(FRESH_LOCALES, seed)
        self.names = FreshNames(FRESH_LOCALES, seed)


def fresh_half(scale: float = 1.0, seed: int = 9301) -> list[Sample]:
    """Fresh held-back shapes and locales only."""
    values = FreshValues(seed)
    n = int(1500 * scale)
    return [values.fill(FRESH_TEMPLATES[i % len(FRESH_TEMPLATES)]) for i in range(n)]


# ------------------------------------------------------------------ technical texts
# Product, library and tool names of other ecosystems than sanitizer_tech.py's lists.
FRESH_PRODUCTS = """Sidekiq Resque Capistrano Jekyll Hugo Sinatra Ember Backbone Aurelia Phoenix
Laravel Symfony Drupal Joomla Magento Strapi Ghost Hexo Eleventy Docusaurus Gatsby Nuxt Remix
Astro Qwik Preact Stencil Alpine Stimulus Hotwire Livewire Inertia Storybook Percy Nightwatch
Protractor Karma Jasmine Vitest Sinon Enzyme Nock Pino Winston Bunyan Morgan Helmet Joi Yup Zod
Prisma Sequelize Knex Mongoose Drizzle Kysely Dapper Serilog Polly Hangfire Quartz Autofac Moq
Xunit Refit Humanizer Newtonsoft Lombok Guava Jackson Gson Mockito Jersey Dropwizard Micronaut
Helidon Javalin Netty Undertow Tomcat Jetty Wildfly Liquibase Flyway Jooq Ehcache Caffeine Hystrix
Eureka Zuul Feign Camel Nifi Flink Samza Heron Pulsar Mosquitto Zookeeper Etcd Nomad Vagrant
Packer Pulumi Crossplane Argo Flux Tekton Spinnaker Drone Woodpecker Concourse Buildkite Bamboo
TeamCity Octopus Rundeck Chef Puppet Istio Linkerd Cilium Calico Flannel Kuma Kong Caddy HAProxy
Varnish Squid Keycloak Authelia Casbin Kyverno Falco Trivy Grype Cosign Harbor Quay Nexus
Artifactory Verdaccio Velero Restic Rclone Minio Ceph Rook Longhorn Rancher Portainer Kustomize
Skaffold Tilt Karpenter Keda Knative Dapr Temporal Cadence Zeebe Camunda Airbyte Meltano Amundsen
Marquez Redash Lightdash Trino Presto Druid Pinot Hive Impala Zeppelin Jupyter Spyder Pelican
Nikola Travis Gerrit Jaeger Zipkin Loki Thanos Cortex Mimir Tempo Vector Fluentd Telegraf
InfluxDB CockroachDB Neo4j RabbitMQ Memcached Valkey Dragonfly Huey Dramatiq Litestar Sanic
Falcon Bottle Peewee Tortoise Hypothesis Nox Tox Hatch Pipenv Mkdocs Wagtail Mezzanine
Scrapy Selene Locust Gevent Eventlet Twisted Trio Curio Numba Vaex Modin Pyodide
Brython Nuitka Pyright Pylint Flake8 Bandit Safety Radon Vulture""".split()  # noqa: SIM905

FRESH_TECH = [
    "# {r}\n\n{R} is a small wrapper around {R} and {R}.\n\n## Install\n\n    pip install "
    "{r}=={ver}\n",
    "{r}=={ver}\n{r}>={ver},<{ver}\n{r}[async]~={ver}\n{r} @ git+https://github.com/acme/{r}@v{ver}",
    "INSERT INTO deployments (service, version, created_at) VALUES ('{r}', '{ver4}', now());",
    "SELECT service, max(version) FROM releases WHERE service IN ('{r}', '{r}') GROUP BY service;",
    "{ts} INFO  {R}Worker started pid={num} concurrency={num}",
    'level=warn ts={ts} caller={r}/client.go:{num} msg="retrying request" attempt={num}',
    "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {r}\n  labels:\n"
    '    app.kubernetes.io/name: {r}\n    app.kubernetes.io/version: "{ver}"\nspec:\n'
    "  replicas: {num}",
    "containers:\n  - name: {r}\n    image: ghcr.io/acme/{r}:{ver}\n    ports:\n"
    "      - containerPort: 8080",
    "| Component | Version |\n|---|---|\n| {R} | {ver4} |\n| {R} | {ver} |\n| {R} | {ver4} |",
    "Package    Version    Latest\n---------- ---------- ----------\n{r}    {ver}    {ver}\n"
    "{r}    {ver4}    {ver4}",
    "Should we use {R} or {R} for the job queue?",
    "{R} is great but {R} has better docs.",
    "I switched our CI from {R} to {R} last sprint.",
    "Does {R} work with {R}?",
    "## {ver} ({date})\n- Support {R} {ver}\n- Drop {R} < {ver}",
    'FROM node:{ver}-alpine\nRUN npm ci && npx {r} build\nCMD ["node", "dist/server.js"]',
    '<PackageReference Include="{R}" Version="{ver4}" />',
    "Microsoft Windows [Version 10.0.{num}.{num}]\n(c) Microsoft Corporation. All rights reserved.",
    "NAME                 READY   STATUS    RESTARTS   AGE\n{r}-7c9d8-x2k9q   1/1     Running   0"
    "          3d",
    "require (\n\tgithub.com/acme/{r} v{ver}\n\tgo.uber.org/{r} v{ver}\n)",
    "    {r} ({ver})\n      {r} (>= {ver})\n      {r} (~> {ver})",
    "After upgrading {R} to {ver} the {R} plugin stopped loading.",
    "chore(deps): bump {r} from {ver} to {ver}",
    "[{R}] listening on 0.0.0.0:{num}, metrics on 127.0.0.1:{num}",
    "Thanks to the {R} maintainers for the quick fix!",
    "CREATE TABLE {r}_jobs (id bigserial primary key, payload jsonb, attempts int default 0);",
    "helm upgrade --install {r} {r}/{r} --version {ver} -n {r}",
    "{r}=={ver}\n{r}=={ver4}\n{r}=={ver}",
    '  File "/usr/local/lib/python3.12/site-packages/{r}/api.py", line {num}, in request',
    "Who maintains {R} these days? The last release was {ver}.",
]
_SLOT = re.compile(r"\{(\w+)\}")


def _tech_value(kind: str, rng: random.Random) -> str:
    ver = f"{rng.randrange(0, 15)}.{rng.randrange(0, 40)}.{rng.randrange(0, 30)}"
    gen = {
        "R": lambda: rng.choice(FRESH_PRODUCTS),
        "r": lambda: rng.choice(FRESH_PRODUCTS).lower(),
        "ver": lambda: ver,
        "ver4": lambda: f"{ver}.{rng.randrange(0, 256)}",
        "num": lambda: str(rng.randrange(1, 9000)),
        "ts": lambda: (
            f"2025-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}T"
            f"{rng.randrange(24):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}Z"
        ),
        "date": lambda: f"2025-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}",
    }
    return gen[kind]()


def fresh_tech(n: int, seed: int = 31) -> list[str]:
    """n fresh technical texts (FRESH_TECH cycled, slots filled at random)."""
    rng = random.Random(seed)
    return [
        _SLOT.sub(lambda m: _tech_value(m.group(1), rng), FRESH_TECH[i % len(FRESH_TECH)])
        for i in range(n)
    ]
