"""Technical texts where nothing is personal: code, stack traces, log lines, version strings,
UUIDs, hashes, product and library names in lists, SQL. The bench reports the share of
texts the sanitizer alters. Two halves like the labeled set: TECH_HELD shapes (and the
library names they draw from) were written up front and are never tuned on.
"""

from __future__ import annotations

import random
import re

PRODUCTS = """React Redux Webpack Jest Vite Babel Django Flask FastAPI Celery Redis Kafka Spark
Airflow Kubernetes Terraform Ansible Jenkins Grafana Prometheus Elasticsearch Kibana Nginx
Traefik Envoy Helm Vault Consul Sentry Datadog Jira Confluence Figma Notion Slack Cypress
Playwright Selenium Puppeteer Mocha Chai Lodash Axios Express NestJS Svelte Angular Vue
Tailwind Bootstrap PyTorch TensorFlow Keras JAX XGBoost LightGBM CatBoost OpenCV Pillow
Matplotlib Seaborn Plotly Bokeh Streamlit Gradio Dash Polars DuckDB SQLite MySQL MariaDB
PostgreSQL MongoDB Cassandra ClickHouse Snowflake BigQuery Redshift Databricks Looker Tableau
Metabase Superset Tokio Actix Axum Serde Gradle Maven Spring Hibernate Quarkus Ktor Gin Echo
Fiber Cobra Viper Zap Logrus Pandas NumPy SciPy Dagster Prefect Kedro Luigi Ray Dask""".split()  # noqa: SIM905
# tuned half, round 2: more tools, several named like people or English words
TOOLS = """Julia Ruby Ada Pascal Haskell Erlang Elixir Clojure Scala Kotlin Groovy Perl Lua Nim Zig
Crystal Mercurial Bazaar Fossil Gitea Forgejo Bitbucket Postman Insomnia Hoppscotch Bruno
Wireshark Fiddler Charles Mitmproxy Burp Nmap Metasploit Ghidra Frida Hopper Cutter Electron
Tauri Flutter Ionic Cordova Xamarin Avalonia Blazor Razor Homebrew Chocolatey Scoop Nix Guix
Conda Mamba Pixi Bugzilla Mantis Redmine Mattermost Zulip Matrix Element Signal Discord
Cucumber Gherkin Behave Lettuce Gauge Serenity Karate Ollama Mistral Gemma Qwen Vicuna Alpaca
Orca Dolly Bloom Pythia Milvus Qdrant Weaviate Pinecone Chroma Faiss Annoy Vespa Ava""".split()  # noqa: SIM905
# held half: PyPI's most downloaded packages
PACKAGES = """boto3 packaging urllib3 certifi idna requests setuptools botocore cryptography
pyyaml pydantic pygments cffi click numpy pluggy anyio attrs protobuf pytest fsspec httpx
httpcore pandas markupsafe platformdirs pathspec pyjwt jinja2 rich jmespath aiohttp filelock
yarl starlette multidict jsonschema zipp uvicorn wheel pyasn1 pytz tqdm referencing tzdata
pillow virtualenv greenlet colorama typer grpcio tenacity wrapt pyarrow awscli websockets
scipy sniffio sqlalchemy pyparsing shellingham tomli lxml beautifulsoup4 oauthlib soupsieve
psutil regex cachetools textual openai distro distlib jiter langchain openpyxl coverage
docutils werkzeug networkx redis gitpython msgpack decorator ruff docker pynacl keyring
uvloop httptools fonttools tabulate matplotlib flask bcrypt kiwisolver dill joblib alembic
orjson chardet blinker kubernetes tiktoken mako cycler toml mypy sympy uritemplate paramiko
httplib2 transformers jedi aiofiles parso backoff marshmallow sqlparse mpmath gunicorn
anthropic babel cloudpickle authlib black datasets tornado xmltodict cython markdown
playwright pyzmq pymongo watchdog debugpy structlog isort asyncpg torch pymysql dulwich
loguru invoke sphinx semver arrow brotli poetry mistune beartype safetensors""".split()  # noqa: SIM905

TECH_TUNED = [
    "We evaluated {P}, {P} and {P} for the dashboard; {P} won on latency.",
    "Stack: {P}, {P}, {P}, {P} and {P}.",
    "pip install {p}=={ver} {p}>={ver}\nERROR: Could not find a version that satisfies {p}",
    "Upgraded {P} from {ver} to {ver}; {P} {ver4} still pinned.",
    'Traceback (most recent call last):\n  File "/srv/app/{mod}.py", line {num}, in handle\n'
    "    result = client.fetch(key)\nTimeoutError: read timed out after {num}s",
    "2024-05-01T12:{mm}:07.123Z INFO  worker-{num} job={uuid} status=done duration={num}ms",
    "[{ts}] ERROR pool: connection reset by peer (retry {num}/5)",
    "commit {sha}\nMerge: {sha7} {sha7}\n\n    Bump {p} to {ver}",
    "docker pull ghcr.io/acme/api@sha256:{hex64}",
    "SELECT u.id, count(*) FROM events e JOIN users u ON u.id = e.user_id "
    "WHERE e.ts > now() - interval '7 days' GROUP BY u.id LIMIT {num};",
    "def {fn}(self, items: list[str]) -> dict[str, int]:\n    return {{i: len(i) for i in items}}",
    "const {fn} = async (req, res) => {{ const data = await db.query(sql); res.json(data); }};",
    "User-Agent: Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/{chrome} Safari/537.36",
    "md5 {hex32}  dist/app-{ver}.tar.gz",
    "kernel {ver}-91-generic, glibc 2.35, Python {ver}, Node v{ver}",
    "The request {uuid} was retried by {P} and then dropped by {P}.",
    "Error: Cannot find module '{p}' imported from /app/node_modules/{p}/index.js",
    "{P} vs {P}: which one handles backpressure better?",
    "go: downloading github.com/{p}/{p} v{ver}",
    "CREATE INDEX idx_orders_created ON orders (created_at DESC) WHERE status = 'open';",
    # round 2 (issue 12)
    "Is {T} better than {T} for this?",
    "{T} or {T}? I need something for local inference.",
    "We replaced {T} with {T} and latency halved.",
    "Has anyone tried {T} with {T}?",
    "| Tool | Version | Notes |\n|------|---------|-------|\n| {T} | {ver4} | pinned |\n"
    "| {T} | {ver} | |",
    "tool,version\n{t},{ver4}\n{t},{ver}",
    "Version: {ver4}\nBuild: {num}",
    "FileVersion {ver4}, ProductVersion {ver4}",
    "Listening at http://127.0.0.1:{num} (Press CTRL+C to quit)",
    "I love {T}, but {T} is faster.",
    "{T} keeps crashing when I open a large file.",
    "Why is {T} so slow on Windows?",
    "Comparison: {T} vs {T} vs {T}",
    "## Requirements\n\n- {T} >= {ver}\n- {T}\n- {T} (optional)",
    "INFO:     Started server process [{num}] for {t}",
    "Warning: {T} {ver} is deprecated, use {T} instead.",
    "The {T} team shipped a fix yesterday.",
]
TECH_HELD = [
    "Dependencies: {q}, {q}, {q} and {q}.",
    "We moved from {Q} to {Q} because {Q} kept leaking memory.",
    "| package | version |\n| {q} | {ver} |\n| {q} | {ver} |\n| {q} | {ver4} |",
    "Requires: {q} (>={ver}), {q} (<{ver}), {q}",
    '  File "/usr/lib/python3/site-packages/{q}/core.py", line {num}, in __call__\n'
    "    return self.main(*args, **kwargs)\n{Q}Error: invalid value for '--limit'",
    "at com.acme.billing.InvoiceService.render(InvoiceService.java:{num})\n"
    "at org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:{num})",
    "{ts} WARN  [{Q}] slow query ({num} ms): SELECT * FROM jobs WHERE id = ${num}",
    "build {ver4} ({sha7}) passed on runner-{num}; artifact {hex64}",
    "Installed {Q} {ver4}, which replaced version {ver4}.",
    'trace_id={hex32} span_id={hex16} service={q} level=error msg="upstream closed"',
    "UPDATE accounts SET balance = balance - {num} WHERE id = {num} RETURNING balance;",
    "Why does {Q} raise RecursionError when I import {Q} after {Q}?",
    "npm WARN deprecated {q}@{ver}: this version is no longer supported",
    "Release notes {ver}: faster {Q} adapter, {Q} support, fixed {Q} regression.",
    'class {Cls}({Q}Mixin, Base):\n    """Wraps {Q} for retries."""\n    max_retries = {num}',
    'ETag: "{hex32}"  X-Request-Id: {uuid}',
    "cargo build --release  Compiling {q} v{ver}  Compiling {q} v{ver}",
    "Benchmarks: {Q} {num} ops/s, {Q} {num} ops/s, {Q} {num} ops/s.",
    "git rebase --onto main {sha7} && git push --force-with-lease origin HEAD",
    "ALTER TABLE {q}_events ADD COLUMN retried_at timestamptz NULL;",
]
_SLOT = re.compile(r"\{(\w+)\}")


def _value(kind: str, rng: random.Random) -> str:
    hx = lambda n: "".join(rng.choice("0123456789abcdef") for _ in range(n))  # noqa: E731
    nn = lambda: rng.randrange(60)  # noqa: E731
    ver = lambda: f"{rng.randrange(0, 12)}.{rng.randrange(0, 40)}.{rng.randrange(0, 30)}"  # noqa: E731
    gen = {
        "P": lambda: rng.choice(PRODUCTS),
        "T": lambda: rng.choice(TOOLS),
        "t": lambda: rng.choice(TOOLS).lower(),
        "p": lambda: rng.choice(PRODUCTS).lower(),
        "q": lambda: rng.choice(PACKAGES),
        "Q": lambda: rng.choice(PACKAGES).capitalize(),
        "ver": ver,
        "ver4": lambda: f"{ver()}.{rng.randrange(0, 200)}",
        "chrome": lambda: f"{rng.randrange(90, 131)}.0.{rng.randrange(4000, 7000)}.{nn()}",
        "sha": lambda: hx(40),
        "sha7": lambda: hx(7),
        "hex16": lambda: hx(16),
        "hex32": lambda: hx(32),
        "hex64": lambda: hx(64),
        "uuid": lambda: f"{hx(8)}-{hx(4)}-4{hx(3)}-a{hx(3)}-{hx(12)}",
        "num": lambda: str(rng.randrange(1, 5000)),
        "mm": lambda: f"{rng.randrange(60):02d}",
        "ts": lambda: f"2024-0{rng.randrange(1, 10)}-1{nn() % 10} 0{nn() % 10}:{nn():02d}:00",
        "mod": lambda: rng.choice(["handlers", "client", "tasks", "views", "sync"]),
        "fn": lambda: rng.choice(["loadItems", "count_words", "fetchUser", "parse_rows"]),
        "Cls": lambda: rng.choice(["RetryingClient", "SessionPool", "CacheLayer"]),
    }  # fmt: skip
    return gen[kind]()


def tech_texts(templates: list[str], n: int, seed: int) -> list[str]:
    """n technical texts from `templates` (cycled), slots filled at random."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        template = templates[i % len(templates)]
        text = _SLOT.sub(lambda m: _value(m.group(1), rng), template)
        out.append(text.replace("{{", "{").replace("}}", "}"))
    return out
