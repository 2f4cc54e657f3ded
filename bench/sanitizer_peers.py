"""Peer projects' PII test cases: `python -m bench.sanitizer_peers [--list] [--model M]`.

Runs lakesweep's sanitizer (spaCy en_core_web_sm unless --model) on each distinct text of
sanitizer_peer_cases.py (from the tests of presidio, NeMo-Curator and datatrove) and
prints, per source and type, how many cases ended in each state (pos/neg: case counts).

Positive case (expected values given), exactly one of:
- removed: every expected value is gone;
- leaked: a value is still present whole in the output (placeholders blanked out), or,
  at some occurrence of it in the input, an alphanumeric word of it is not entirely inside
  an entity the sanitizer found (so part of it survives, e.g. "eth0" of "fe80::1%eth0");
- leaked-weak: leaked, but presidio itself scores that value <=0.4 (0-0.15 for passports)
  without context words (NOTES "presidio-weak");
- kept-design: a value lakesweep keeps on purpose was left (removed ones count as
  removed): URL (bare URLs), DATE_TIME (generic dates), and IPs that name no one (loopback,
  unspecified, 0.x.x.x, x.y.0.0 networks, broadcast), see docs/sanitizer.md;
- mangled: such a keep-by-design IP was partly replaced.
Negative case (nothing should be removed), exactly one of:
- kept: the sanitizer found no entity;
- altered: it found an entity of the tested type;
- altered-other: it found entities of other types only.

`--list` also prints the leaked positives and the altered negatives, with what was found.
"""

from __future__ import annotations

import argparse
import ipaddress
import logging
import re
from collections import Counter
from dataclasses import dataclass, field

from bench.sanitizer_peer_cases import CASES, NOTES
from sanitizers import Sanitizer, SanitizerConfig

DESIGN_TYPES = {"URL", "DATE_TIME"}  # bare URLs and generic dates are kept by design
PLACEHOLDER = re.compile(r"<[A-Z][A-Z_]*_[0-9a-f]+>")
WORD = re.compile(r"[A-Za-z0-9]+")
COLUMNS = ["pos", "removed", "leaked", "leaked-weak", "kept-design", "mangled"]
COLUMNS += ["neg", "kept", "altered", "altered-other"]
WIDTH = {c: max(len(c), 4) + 1 for c in COLUMNS}
LISTED = {
    "leaked": "LEAKED POSITIVES",
    "leaked-weak": "LEAKED POSITIVES that presidio itself scores weakly without context",
    "altered": "ALTERED NEGATIVES (an entity of the tested type)",
    "altered-other": "ALTERED NEGATIVES (entities of other types only)",
}


@dataclass
class Row:
    """One case and what the sanitizer made of it."""

    source: str
    type: str
    text: str
    values: list[str]
    out: str
    found: list[tuple[str, str]]
    note: str | None
    status: str = ""
    whole: list[str] = field(default_factory=list)
    partial: dict[str, list[str]] = field(default_factory=dict)


def as_ip(value: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """The address `value` names (zone id dropped, IPv4-mapped IPv6 as IPv4), or None."""
    try:
        ip = ipaddress.ip_address(value.split("%")[0])
    except ValueError:
        return None
    return (ip.ipv4_mapped or ip) if ip.version == 6 else ip


def kept_ip(value: str) -> bool:
    """Whether lakesweep keeps this IP on purpose: loopback, unspecified, 0.x.x.x, x.y.0.0
    network, broadcast."""
    ip = as_ip(value)
    if ip is None:
        return False
    o = ip.packed
    v4_kept = ip.version == 4 and (o[0] == 0 or o[2:] == b"\0\0" or o == b"\xff" * 4)
    return ip.is_loopback or ip.is_unspecified or v4_kept


def check_positive(
    text: str, out: str, values: list[str], spans: list[tuple[int, int]]
) -> tuple[list[str], dict[str, list[str]]]:
    """(values left whole in `out`, {value: its words not entirely inside a found span})."""
    out_clean = PLACEHOLDER.sub(" ", out)
    covered = {i for s, e in spans for i in range(s, e)}
    whole, partial = [], {}
    for v in values:
        if v in out_clean:
            whole.append(v)
            continue
        left: list[str] = []
        start = text.find(v)
        while start != -1:
            for m in WORD.finditer(v):
                inside = all(i in covered for i in range(start + m.start(), start + m.end()))
                if not inside and m.group() not in left:
                    left.append(m.group())
            start = text.find(v, start + 1)
        if left:
            partial[v] = left
    return whole, partial


def classify(row: Row, spans: list[tuple[int, int]]) -> str:
    """The row's status (see the module docstring); fills row.whole / row.partial."""
    if not row.values:
        same = any(t == row.type for t, _ in row.found)
        return ("altered" if same else "altered-other") if row.found else "kept"
    row.whole, row.partial = check_positive(row.text, row.out, row.values, spans)
    if not (row.whole or row.partial):
        return "removed"
    if row.type in DESIGN_TYPES:
        return "kept-design"
    if row.type == "IP_ADDRESS" and all(kept_ip(v) for v in row.whole + list(row.partial)):
        return "mangled" if row.partial else "kept-design"  # partly replaced / kept whole
    return "leaked-weak" if (row.note or "").startswith("presidio-weak") else "leaked"


def evaluate(sanitizer: Sanitizer) -> list[Row]:
    """Sanitize each distinct text once and classify every case."""
    texts = list(dict.fromkeys(c[2] for c in CASES))
    results = dict(zip(texts, sanitizer.sanitize_texts(texts), strict=True))
    rows = []
    for source, typ, text, values in CASES:
        r = results[text]
        found = [(e.type, text[e.start : e.end]) for e in r.entities]
        row = Row(source, typ, text, values, r.text, found, NOTES.get((source, typ, text)))
        row.status = classify(row, [(e.start, e.end) for e in r.entities])
        rows.append(row)
    return rows


def table(rows: list[Row]) -> str:
    """Counts per (source, type) and in total, one column per status."""
    counts: dict[tuple[str, str], Counter[str]] = {}
    for r in rows:
        c = counts.setdefault((r.source, r.type), Counter())
        c["pos" if r.values else "neg"] += 1
        c[r.status] += 1

    def line(label: str, c: Counter[str]) -> str:
        return f"{label:<34}" + "".join(f"{c[k]:>{WIDTH[k]}}" for k in COLUMNS)

    hdr = f"{'source':<19}{'type':<15}" + "".join(f"{k:>{WIDTH[k]}}" for k in COLUMNS)
    out = [hdr, "-" * len(hdr)]
    total: Counter[str] = Counter()
    for (source, typ), c in sorted(counts.items()):
        total.update(c)
        out.append(line(f"{source:<19}{typ}", c))
    out += ["-" * len(hdr), line("TOTAL", total)]
    return "\n".join(out)


def listing(rows: list[Row]) -> str:
    """The leaked positives and altered negatives, grouped by status and type."""
    out = []
    for status, title in LISTED.items():
        chosen = sorted((r for r in rows if r.status == status), key=lambda r: r.type)
        out.append(f"{'=' * 30} {title} ({len(chosen)})")
        for r in chosen:
            out.append(f"  [{r.source} {r.type}] {r.text!r}")
            if r.whole:
                out.append(f"      left whole: {r.whole}")
            if r.partial:
                out.append(f"      words left: {r.partial}")
            out.append(f"      found: {r.found}\n      out:   {r.out!r}")
            if r.note:
                out.append(f"      note: {r.note}")
            elif r.source == "datatrove" and (ip := as_ip(r.text)) and ip.is_private:
                out.append("      note: datatrove keeps private IPs by policy")
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--list", action="store_true", help="also list the failing cases")
    parser.add_argument("--model", default="en_core_web_sm", help="spaCy model")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    with Sanitizer(SanitizerConfig(model=args.model)) as sanitizer:
        rows = evaluate(sanitizer)
    print(f"{len(CASES)} peer test cases; columns: see `python -m bench.sanitizer_peers --help`")
    print(table(rows))
    if args.list:
        print(listing(rows))


if __name__ == "__main__":
    main()
