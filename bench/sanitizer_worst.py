"""Worst-case inputs for the sanitizer: hunts for rules that are quadratic (or worse) in the
length of a line or of a text.

An attacker controls the text of a logged LLM request. A rule that re-scans or re-slices a
line at every space or key can make one crafted request stall a worker for minutes (it
happened: a 32,000-character line opening with "Surname" took 8.8 s). This bench crafts such
inputs, about N = 30,000 x scale characters each, and times the sanitizer on them.

    python -m bench.sanitizer_worst [scale]     # scale defaults to 1.0

At scale 1.0 the run takes about 7 minutes on 2 cores (two cases hit the cap below);
progress goes to stderr, the report to stdout.

What runs:

- one `Sanitizer(SanitizerConfig(processes=1, cache_size=0))` in this process, warmed up
  on a short text. The findings cache is off so that every call pays for all its units, as
  a fresh request does (the distinct units of ONE text are still analysed once, as in
  production; the same line 2,000 times is one NER call);
- trigger words harvested from the sanitizer's own data, so that the cases follow the rules
  as they change: the words of every string of names.yaml and registry.yaml (cues, field
  keys, honorifics, context words) and of the string literals of a few key-naming modules
  (KEY_MODULES: id_cards.py, iata.py, kin_lists.py, birth_keys.py, fields.py,
  address_heads.py, export_senders.py, account_holders.py, role_names.py, cjk_greetings.py,
  copied_authors.py, lifespans.py, native_rosters.py, native_greetings.py,
  native_signers.py, address_runs.py), regex escapes and character classes blanked; runs of
  2-20 letters (with their combining marks) of any script, deduplicated, a seeded sample
  of HARVEST_SAMPLE = 300;
- fixed shapes: `shape:*` one long line (runs of " A" after a trigger, key: value pairs
  joined by spaces, commas, pipes or tabs, digits and digit words, "A/B ", "Mr " and
  capitals, parentheses, literal escapes, one-line JSON, a Markdown row, CSV, lines without
  spaces, Hangul/Han/Arabic/Devanagari, e-mail-like runs, a long URL query, IBAN- and
  card-like digit runs), and `lines:*` many short lines (3,000 "Key: Name" lines, chat
  lines, capitalized words, triggers alone; a 2,000-row 6-column table, pipes and tabs);
- for WORD_SAMPLE = 150 of the harvested words (seeded), with W the word capitalized:
  `word-line:<w>`, "W Ab Ab Ab ..." ("Ab " 3,000 x scale times, one line), and
  `word-keys:<w>`, 2,000 x scale lines "W: Ab Cd". 150 words fit the time budget; a
  smaller sample would miss word-specific rules, a larger one does not fit;
- the baseline: ordinary English prose of N characters, a hand-written paragraph repeated
  with its slots filled in differently each time (its sentences are distinct units, as in
  a real document; an identical repetition would be analysed once and cost nothing), one
  paragraph a line, and the same wrapped at about 80 characters. The slower of the two
  (best of three runs each) gives the baseline's seconds per character.

Each case is timed at N/2 and then at N (time.perf_counter around one
`sanitize_texts([text])`). A call that runs past CAP_SECONDS = 60 s is stopped (SIGALRM
raises inside it: Python code and `re` matching both check for signals; where there is no
SIGALRM, as on Windows, nothing is stopped) and the sanitizer is rebuilt; when the half is
stopped the full length is skipped. Without the stop one case would hold the run for hours:
some rules are exponential, not quadratic.

Reading the output: one row per case, slowest first:

- `chars`, `seconds`: length and time at N; `>60s stopped` (the full call was stopped) or
  `>60s skipped` (its half was stopped: `half s` says `>60s stopped`);
- `ratio`: seconds / the baseline's seconds for as many characters (prose is linear).
  Ordinary shapes land at about 1-15 (NER over one long line costs more than over short
  prose sentences); a rule that is quadratic in the line or the text shows as tens or
  hundreds, and keeps growing with the scale;
- `half s`, `growth`: seconds at N/2, and seconds at N / seconds at N/2. Linear work gives
  about 2, quadratic about 4, exponential more (or a stop);
- `flag`: `R` when ratio > 20, `G` when growth > 3.0 (growth only for cases that take
  GROWTH_FLOOR = 0.2 s or more at N: below that, timer noise decides it).

Then `worst ratio: X (case)` (the highest ratio) and the flagged cases. Times are noisy when
other processes run: rerun a flagged case alone (bigger scale, cProfile) before believing
it. A regression shows as a new `G`, or a ratio that jumps between two runs.
"""

from __future__ import annotations

import ast
import logging
import random
import re
import signal
import sys
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml

from sanitizers import Sanitizer, SanitizerConfig

SANITIZERS = Path(__file__).resolve().parent.parent / "sanitizers"
YAML_FILES = ("names.yaml", "registry.yaml")
KEY_MODULES = (
    "id_cards.py",
    "iata.py",
    "kin_lists.py",
    "birth_keys.py",
    "fields.py",
    "address_heads.py",
    "export_senders.py",
    "account_holders.py",
    "role_names.py",
    "cjk_greetings.py",
    "copied_authors.py",
    "lifespans.py",
    "native_rosters.py",
    "native_greetings.py",
    "native_signers.py",
    "address_runs.py",
)
BASE_LENGTH = 30_000
HARVEST_SAMPLE = 300
WORD_SAMPLE = 150
SEED = 20_240_611
CAP_SECONDS = 60.0
RATIO_FLAG = 20.0
GROWTH_FLAG = 3.0
GROWTH_FLOOR = 0.2  # seconds at N below which growth is timer noise

# regex escapes, inline flags and character classes, whose letters are no words (\b, \d,
# \u00e9, (?i:, (?P<x>, [A-Za-z])
_REGEX_NOISE = re.compile(
    r"\\[ux][0-9A-Fa-f]{2,4}|\\[A-Za-z]|\(\?[a-zA-Z-]+[:)]|\(\?P<\w+>|\[(?:\\.|[^\]\\])*\]"
)

Builder = Callable[[int], str]  # target length in characters -> text


@dataclass(frozen=True)
class Case:
    name: str
    build: Builder


@dataclass(frozen=True)
class Timing:
    name: str
    chars: int
    seconds: float | None  # None: stopped at CAP_SECONDS, or skipped (its half was)
    half_seconds: float | None  # None: stopped at CAP_SECONDS

    @property
    def sort_key(self) -> tuple[float, float]:
        """Slowest first: stopped cases by how fast their half was stopped or ran."""
        if self.seconds is not None:
            return (self.seconds, 0.0)
        half = CAP_SECONDS if self.half_seconds is None else self.half_seconds
        return (float("inf"), half)


# ------------------------------------------------------------------ harvesting


def _strings(node: object) -> list[str]:
    """Every string (keys too) inside a loaded YAML document."""
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [s for k, v in node.items() for s in _strings(k) + _strings(v)]
    if isinstance(node, list):
        return [s for item in node for s in _strings(item)]
    return []


def _literals(source: str) -> list[str]:
    """String literals of a Python module, docstrings left out."""
    tree = ast.parse(source)
    docs: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body:
            first = body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                docs.add(id(first.value))
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs
    ]


def words_of(text: str) -> list[str]:
    """Plain words (runs of 2-20 letters of any script, with their combining marks) of a
    string that may be a regex (escapes and character classes blanked first); runs longer
    than 20 and runs neither lowercase, uppercase, capitalized nor caseless ("iPhone") are
    left out."""
    out: list[str] = []
    run: list[str] = []
    for ch in _REGEX_NOISE.sub(" ", text) + " ":
        cat = unicodedata.category(ch)
        if cat[0] == "L" or (cat[0] == "M" and run):
            run.append(ch)
            continue
        word = "".join(run)
        run = []
        caseless = word.lower() == word.upper()
        if 2 <= len(word) <= 20 and (
            caseless or word.islower() or word.isupper() or word.istitle()
        ):
            out.append(word)
    return out


def harvest_words(sample: int = HARVEST_SAMPLE) -> list[str]:
    """Trigger words from the sanitizer's data: a deterministic sample, sorted."""
    found: set[str] = set()
    for name in YAML_FILES:
        path = SANITIZERS / name
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError):  # gone, or being edited right now
            continue
        for s in _strings(data):
            found.update(words_of(s))
    for name in KEY_MODULES:
        path = SANITIZERS / name
        try:
            literals = _literals(path.read_text(encoding="utf-8"))
        except (OSError, SyntaxError):  # gone, or being edited right now
            continue
        for s in literals:
            found.update(words_of(s))
    words = sorted(found)
    if len(words) <= sample:
        return words
    return sorted(random.Random(SEED).sample(words, sample))


# ------------------------------------------------------------------ text builders

_SYLLABLES = [
    "ka",
    "mi",
    "ro",
    "sa",
    "te",
    "lu",
    "na",
    "vo",
    "de",
    "ri",
    "ba",
    "zen",
    "mar",
    "tol",
    "ein",
    "gu",
    "pe",
    "lo",
    "fa",
    "shi",
    "yan",
    "dor",
    "kel",
    "mo",
    "ti",
    "ra",
    "nu",
    "bel",
    "cas",
    "fin",
]


def pseudo_name(i: int) -> str:
    """A distinct capitalized made-up word for each i ("Kami", "Rosate"...)."""
    n = len(_SYLLABLES)
    parts = [_SYLLABLES[i % n], _SYLLABLES[(i // n) % n]]
    if i >= n * n:
        parts.append(_SYLLABLES[(i // (n * n)) % n])
    return "".join(parts).capitalize()


def repeated(unit: str, n: int, head: str = "", tail: str = "") -> str:
    """head + unit repeated to about n characters in all + tail."""
    count = max(1, (n - len(head) - len(tail)) // max(1, len(unit)))
    return head + unit * count + tail


def joined(items: Callable[[int], str], sep: str, n: int, head: str = "") -> str:
    """head + items(0) + sep + items(1) ... up to about n characters."""
    out = [head]
    size = len(head)
    i = 0
    while size < n:
        piece = items(i) if i == 0 else sep + items(i)
        out.append(piece)
        size += len(piece)
        i += 1
    return "".join(out)


def count_for(n: int, at_base: int) -> int:
    """A count that is `at_base` at BASE_LENGTH characters, scaled to n."""
    return max(1, round(at_base * n / BASE_LENGTH))


_PARAGRAPH = (
    "The {a} committee met on {d} to review the quarterly budget and the plan for the "
    "{b} office. Most of the discussion was about the cost of the new {c} and whether "
    "it could wait until the spring. The finance team explained that the {e} numbers "
    "looked better than expected, mostly because travel had been cut back. Several "
    "people asked for a clearer timeline before anything is signed. In the end the group "
    "agreed to collect three more quotes and to meet again in {f} weeks."
)
_FILL = {
    "a": [
        "planning",
        "steering",
        "budget",
        "review",
        "advisory",
        "facilities",
        "hiring",
        "project",
    ],
    "b": ["northern", "regional", "main", "downtown", "second", "smaller", "shared", "temporary"],
    "c": ["printers", "laptops", "desks", "servers", "chairs", "phones", "screens", "lockers"],
    "d": ["Tuesday", "Monday", "Thursday", "Friday", "Wednesday"],
    "e": ["early", "monthly", "revised", "final", "weekly", "updated", "summary", "draft"],
    "f": ["two", "three", "four", "five", "six"],
}


def prose(n: int, width: int | None = None) -> str:
    """Ordinary English prose of about n characters: the paragraph repeated with its slots
    filled in differently (seeded), one paragraph a line, or wrapped at `width`."""
    rng = random.Random(SEED)
    paragraphs: list[str] = []
    size = 0
    while size < n:
        p = _PARAGRAPH.format(**{k: rng.choice(v) for k, v in _FILL.items()})
        paragraphs.append(p)
        size += len(p) + 1
    text = "\n".join(paragraphs)[:n]
    if width is None:
        return text
    lines: list[str] = []
    for para in text.split("\n"):
        line = ""
        for word in para.split(" "):
            if line and len(line) + 1 + len(word) > width:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}" if line else word
        lines.append(line)
    return "\n".join(lines)


# ------------------------------------------------------------------ cases


def shape_cases(words: list[str]) -> list[Case]:
    """The fixed adversarial shapes, keys taken from the harvested words."""
    keys = [w.capitalize() for w in words] or ["Name"]
    name_keys = [k for k in keys if "name" in k.lower()] or ["Name"]
    cells6 = (name_keys + ["First name", "Last name", "Surname", "Email", "Phone", "City"])[:6]

    def key(i: int) -> str:
        return keys[i % len(keys)]

    def pairs(sep: str) -> Builder:
        return lambda n: joined(lambda i: f"{key(i)}: {pseudo_name(i)}", sep, n)

    def lines(make: Callable[[int], str], at_base: int) -> Builder:
        return lambda n: "\n".join(make(i) for i in range(count_for(n, at_base)))

    digits = "1 2 3 4 5 6 7 8 9 0 "
    number_words = "one two three four five six seven eight nine zero "
    cases = [
        Case("shape:Surname+' A'*", lambda n: repeated(" A", n, "Surname")),
        Case("shape:Name+' A'*", lambda n: repeated(" A", n, "Name")),
        Case("shape:'Word: '+'Name '*", lambda n: repeated("Name ", n, "Word: ")),
        Case("shape:'Name: '+'Name '*", lambda n: repeated("Name ", n, "Name: ")),
        Case("shape:kv-pairs-space", pairs(" ")),
        Case("shape:kv-pairs-comma", pairs(", ")),
        Case("shape:kv-pairs-pipe", pairs(" | ")),
        Case("shape:kv-pairs-tab", pairs("\t")),
        Case("shape:'1 2 3 '", lambda n: repeated(digits, n)),
        Case("shape:counting-numbers", lambda n: joined(str, " ", n)),
        Case("shape:'one two three '", lambda n: repeated(number_words, n)),
        Case("shape:'A/B '", lambda n: repeated("A/B ", n)),
        Case("shape:'Mr '+capitals", lambda n: joined(lambda i: chr(65 + i % 26), " ", n, "Mr ")),
        Case("shape:'Mr '+Capitalized", lambda n: joined(pseudo_name, " ", n, "Mr ")),
        Case("shape:'Name, Name, '", lambda n: repeated("Name, ", n)),
        Case("shape:'Name and Name '", lambda n: repeated("Name and ", n)),
        Case("shape:'Mom, Mom and '", lambda n: repeated("Mom, Dad and ", n, "my ")),
        Case("shape:'(((('", lambda n: repeated("(", n)),
        Case("shape:'))))'", lambda n: repeated(")", n)),
        Case("shape:'(a (b (c'", lambda n: joined(lambda i: f"({chr(97 + i % 26)}", " ", n)),
        Case("shape:'(Ab) '", lambda n: joined(lambda i: f"({pseudo_name(i)})", " ", n)),
        Case("shape:'\\\\\"'*", lambda n: repeated('\\"', n)),
        Case("shape:'\\\\\\\\'*", lambda n: repeated("\\\\", n)),
        Case("shape:'\\\\n'*", lambda n: repeated("\\n", n)),
        Case(
            "shape:'Name: Ab\\\\n'*",
            lambda n: joined(lambda i: f"Name: {pseudo_name(i)}", "\\n", n),
        ),
        Case("shape:'\\\\u00e9'*", lambda n: repeated("\\u00e9", n)),
        Case(
            "shape:'Ab\\\\u00e9 '*", lambda n: joined(lambda i: f"{pseudo_name(i)}\\u00e9", " ", n)
        ),
        Case(
            "shape:json-one-line",
            lambda n: (
                joined(lambda i: f'"{key(i).lower()}": "{pseudo_name(i)}"', ", ", n - 1, "{") + "}"
            ),
        ),
        Case(
            "shape:markdown-row",
            lambda n: joined(lambda i: pseudo_name(i), " | ", n - 2, "| ") + " |",
        ),
        Case(
            "shape:csv-header+row",
            lambda n: (
                joined(lambda i: key(i).lower(), ",", n // 2)
                + "\n"
                + joined(pseudo_name, ",", n // 2)
            ),
        ),
        Case("shape:no-space-letters", lambda n: repeated("abcdefghijklmnopqrstuvwxyz", n)),
        Case("shape:no-space-Capitalized", lambda n: joined(pseudo_name, "", n)),
        Case("shape:no-space-digits", lambda n: repeated("0123456789", n)),
        Case("shape:no-space-'a1.'", lambda n: repeated("a1.", n)),
        Case("shape:hangul-spaced", lambda n: repeated("김민준 ", n)),
        Case("shape:hangul-run", lambda n: repeated("김민준", n)),
        Case("shape:han-spaced", lambda n: repeated("王小明 ", n)),
        Case("shape:han-run", lambda n: repeated("王小明", n)),
        Case("shape:arabic-spaced", lambda n: repeated("محمد ", n)),
        Case("shape:arabic-run", lambda n: repeated("محمد", n)),
        Case("shape:devanagari-spaced", lambda n: repeated("राहुल ", n)),
        Case("shape:devanagari-run", lambda n: repeated("राहुल", n)),
        Case("shape:'a.a.a.a@'", lambda n: repeated("a.", n, tail="@")),
        Case("shape:'a.a.a.a'-no-at", lambda n: repeated("a.", n)),
        Case("shape:'x@a.a.a.a'", lambda n: repeated("a.", n, "x@")),
        Case("shape:url-long-query", lambda n: repeated("a=1&", n, "https://example.com/p?")),
        Case(
            "shape:url-query-names",
            lambda n: joined(
                lambda i: f"{key(i).lower()}={pseudo_name(i)}", "&", n, "https://example.com/p?"
            ),
        ),
        Case("shape:iban-like", lambda n: repeated(" 3704", n, "DE89")),
        Case("shape:card-like", lambda n: repeated("4111 ", n)),
        Case("lines:'Key: Name'", lines(lambda i: f"{key(i)}: {pseudo_name(i)}", 3000)),
        Case(
            "lines:'12:00 Name: hi'",
            lines(lambda i: f"{10 + i // 60 % 14}:{i % 60:02d} {pseudo_name(i % 40)}: hi", 3000),
        ),
        Case("lines:Capitalized", lines(pseudo_name, 3000)),
        Case("lines:trigger-alone", lines(lambda i: words[i % len(words)], 3000)),
        Case(
            "lines:table-pipe-6",
            lambda n: "\n".join(
                ["| " + " | ".join(cells6) + " |", "|" + "---|" * 6]
                + [
                    "| " + " | ".join(pseudo_name(r * 6 + c) for c in range(6)) + " |"
                    for r in range(count_for(n, 2000))
                ]
            ),
        ),
        Case(
            "lines:table-tsv-6",
            lambda n: "\n".join(
                ["\t".join(cells6)]
                + [
                    "\t".join(pseudo_name(r * 6 + c) for c in range(6))
                    for r in range(count_for(n, 2000))
                ]
            ),
        ),
    ]
    return cases


def word_cases(words: list[str], sample: int = WORD_SAMPLE) -> list[Case]:
    """Two cases per sampled harvested word: one long line and many key lines."""
    chosen = sorted(random.Random(SEED + 1).sample(words, min(sample, len(words))))
    cases: list[Case] = []
    for w in chosen:
        cap = w[:1].upper() + w[1:]
        cases.append(Case(f"word-line:{w}", lambda n, c=cap: c + " " + "Ab " * count_for(n, 3000)))
        cases.append(
            Case(
                f"word-keys:{w}",
                lambda n, c=cap: "\n".join([f"{c}: Ab Cd"] * count_for(n, 2000)),
            )
        )
    return cases


# ------------------------------------------------------------------ timing


class CaseTimeout(Exception):
    """One call ran past CAP_SECONDS."""


def _alarm(signum: int, frame: object) -> None:
    raise CaseTimeout


def timed(sanitizer: Sanitizer, text: str, cap: float = CAP_SECONDS) -> float | None:
    """Seconds for one sanitize_texts call on the text; None when it was stopped at `cap`
    (SIGALRM raises in the call: Python code and `re` matching check for signals; without
    SIGALRM, as on Windows, nothing is stopped)."""
    armed = hasattr(signal, "SIGALRM")
    if armed:
        previous = signal.signal(signal.SIGALRM, _alarm)
        signal.setitimer(signal.ITIMER_REAL, cap)
    start = time.perf_counter()
    try:
        sanitizer.sanitize_texts([text])
    except CaseTimeout:
        return None
    finally:
        if armed:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
    return time.perf_counter() - start


def time_case(sanitizer: Sanitizer, case: Case, n: int) -> Timing:
    """The case at n/2 then at n (the full run is skipped when the half hit the cap)."""
    half = timed(sanitizer, case.build(n // 2))
    text = case.build(n)
    full = timed(sanitizer, text) if half is not None else None
    return Timing(case.name, len(text), full, half)


def baseline(sanitizer: Sanitizer, n: int) -> tuple[float, float]:
    """Best-of-three seconds for prose of n chars, one paragraph a line and wrapped."""
    lines = min(timed(sanitizer, prose(n)) or CAP_SECONDS for _ in range(3))
    wrapped = min(timed(sanitizer, prose(n, 80)) or CAP_SECONDS for _ in range(3))
    return lines, wrapped


def _seconds(t: Timing) -> str:
    if t.seconds is not None:
        return f"{t.seconds:.3f}"
    return f">{CAP_SECONDS:g}s" + (" stopped" if t.half_seconds is not None else " skipped")


def _growth(t: Timing) -> str:
    if t.half_seconds is None:
        return "-"
    if t.seconds is None:
        return f">{CAP_SECONDS / max(t.half_seconds, 1e-6):.1f}"
    return f"{t.seconds / max(t.half_seconds, 1e-6):.2f}"


def ratio(t: Timing, rate: float) -> float:
    """Seconds at N over the baseline's seconds for as many characters (`rate`: baseline
    seconds per character); a stopped case counts CAP_SECONDS (a lower bound)."""
    seconds = CAP_SECONDS if t.seconds is None else t.seconds
    return seconds / max(rate * t.chars, 1e-9)


def _ratio(t: Timing, rate: float) -> str:
    return f">{ratio(t, rate):.0f}" if t.seconds is None else f"{ratio(t, rate):.1f}"


def flags(t: Timing, rate: float) -> str:
    """'R' for ratio > RATIO_FLAG, 'G' for growth > GROWTH_FLAG (growth only for cases
    that take GROWTH_FLOOR seconds or more at N); a case stopped at its half is both."""
    out = "R" if ratio(t, rate) > RATIO_FLAG else ""
    if t.half_seconds is None:
        return out + "G"
    seconds = CAP_SECONDS if t.seconds is None else t.seconds
    if seconds >= GROWTH_FLOOR and seconds / max(t.half_seconds, 1e-6) > GROWTH_FLAG:
        out += "G"
    return out


def report(timings: list[Timing], rate: float) -> None:
    """The table, slowest first, the worst ratio and the flagged cases."""
    rows = sorted(timings, key=lambda t: t.sort_key, reverse=True)
    width = max(len(t.name) for t in rows)
    print(
        f"{'case':<{width}}  {'chars':>6}  {'seconds':>12}  {'ratio':>7}  {'half s':>12}  "
        f"{'growth':>6}  flag"
    )
    for t in rows:
        half = f">{CAP_SECONDS:g}s stopped" if t.half_seconds is None else f"{t.half_seconds:.3f}"
        print(
            f"{t.name:<{width}}  {t.chars:>6}  {_seconds(t):>12}  {_ratio(t, rate):>7}  "
            f"{half:>12}  {_growth(t):>6}  {flags(t, rate)}"
        )
    worst = max(rows, key=lambda t: ratio(t, rate))
    print(f"\nworst ratio: {_ratio(worst, rate)} ({worst.name})")
    flagged = [t for t in rows if flags(t, rate)]
    print(f"flagged ({len(flagged)}; ratio > {RATIO_FLAG:g} or growth > {GROWTH_FLAG:g}):")
    for t in flagged:
        print(
            f"  {t.name}: {_seconds(t)} s, ratio {_ratio(t, rate)}, growth {_growth(t)} "
            f"[{flags(t, rate)}]"
        )
    if not flagged:
        print("  none")


def _fresh(config: SanitizerConfig) -> Sanitizer:
    """A warmed-up sanitizer (model loaded, lazy rules built)."""
    sanitizer = Sanitizer(config)
    sanitizer.sanitize_texts(["Hi, I'm John Smith (john@example.com, +1 555 0100)."])
    return sanitizer


def run(scale: float = 1.0) -> list[Timing]:
    """Times every case at N = BASE_LENGTH x scale and prints the report."""
    logging.disable(logging.WARNING)
    n = max(200, int(BASE_LENGTH * scale))
    words = harvest_words()
    cases = shape_cases(words) + word_cases(words)
    started = time.perf_counter()
    config = SanitizerConfig(processes=1, cache_size=0)
    sanitizer = _fresh(config)
    timings: list[Timing] = []
    try:
        lines, wrapped = baseline(sanitizer, n)
        rate = max(lines / len(prose(n)), wrapped / len(prose(n, 80)), 1e-12)
        print(
            f"N = {n} chars (scale {scale:g}); {len(words)} harvested words, "
            f"{len(cases)} cases; baseline prose of N chars: {lines:.3f} s one paragraph a "
            f"line, {wrapped:.3f} s wrapped at 80; ratio against the slower, "
            f"{rate * 10_000:.4f} s per 10,000 chars\n",
            flush=True,
        )
        for i, case in enumerate(cases, 1):
            t = time_case(sanitizer, case, n)
            timings.append(t)
            if t.seconds is None:  # stopped mid-call: start again from a clean state
                sanitizer.close()
                sanitizer = _fresh(config)
            print(
                f"[{i}/{len(cases)} {time.perf_counter() - started:.0f}s] "
                f"{case.name}: {_seconds(t)} (half {_growth(t)}x)",
                file=sys.stderr,
                flush=True,
            )
    finally:
        sanitizer.close()
    report(timings, rate)
    print(f"\ntotal {time.perf_counter() - started:.0f} s")
    return timings


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    run(float(args[0]) if args else 1.0)


if __name__ == "__main__":
    main()
