"""Sanitizer benchmark: `python -m bench.sanitizer [--quick]`.

Prints, for lakesweep's sanitizer and for naive Presidio side by side: leak per category
(share of labeled must-remove values still present in the output), non-PII words kept,
chars/s on the labeled set; then throughput on unique ~600-char texts and on a
chat-log-shaped corpus, with the ratios to naive.
"""

from __future__ import annotations

import argparse
import logging
import os
import time

import psutil

from bench.sanitizer_corpus import chat_corpus, labeled_set, unique_texts
from bench.sanitizer_data import STRICT
from bench.sanitizer_eval import NaivePresidio, leak_and_kept, timed
from sanitizers import Sanitizer, SanitizerConfig


def _table(name_a: str, a: tuple[dict, dict], name_b: str, b: tuple[dict, dict]) -> str:
    lines = [f"{'category':<16}{'n':>6}  {name_a + ' leak':>16}  {name_b + ' leak':>16}"]
    tot = {name_a: [0, 0], name_b: [0, 0]}
    for cat in sorted(a[0]):
        la, lb = a[0][cat], b[0].get(cat, [0, 0])
        goal = "<=0.5%" if cat in STRICT else ""
        lines.append(
            f"{cat:<16}{la[1]:>6}  {la[0] / la[1]:>16.2%}  {lb[0] / max(1, lb[1]):>16.2%}  {goal}"
        )
        for key, row in ((name_a, la), (name_b, lb)):
            tot[key][0] += row[0]
            tot[key][1] += row[1]
    ra, rb = tot[name_a], tot[name_b]
    overall = f"{ra[0] / ra[1]:>16.2%}  {rb[0] / rb[1]:>16.2%}"
    lines.append(f"{'OVERALL':<16}{ra[1]:>6}  {overall}  <=2%")
    ka, kb = a[1], b[1]
    kept = f"{ka['kept'] / ka['total']:>16.2%}  {kb['kept'] / kb['total']:>16.2%}"
    lines.append(f"{'words kept':<22}{kept}  >=95%")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="smaller corpora")
    parser.add_argument("--processes", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    scale = 0.3 if args.quick else 1.0
    samples = labeled_set(int(1500 * scale), int(600 * scale), seed=2026)
    texts = [s.text for s in samples]
    chars = sum(map(len, texts))
    naive = NaivePresidio()
    naive.sanitize("warm up John Smith")
    cfg = SanitizerConfig(processes=args.processes)
    with Sanitizer(cfg) as ours:
        ours.sanitize_texts([f"warm up {i} John Smith\nline two {i}" for i in range(64)])
        out_ours, t_ours = timed(lambda: [r.text for r in ours.sanitize_texts(texts)])
        out_naive, t_naive = timed(lambda: naive.sanitize_all(texts))
        load = os.getloadavg()[0]
        print(f"labeled set: {len(samples)} texts, {chars} chars, {args.processes} processes")
        print(f"load average at start: {load:.1f} on {os.cpu_count()} cores (others' jobs)")
        print(
            _table(
                "lakesweep",
                leak_and_kept(samples, out_ours),
                "naive",
                leak_and_kept(samples, out_naive),
            )
        )
        print(
            f"chars/s on labeled set: lakesweep {chars / t_ours:,.0f}  naive {chars / t_naive:,.0f}"
        )
        for name, corpus in (
            ("unique ~600-char texts", unique_texts(int(400 * scale), seed=7)),
            ("chat-log-shaped corpus", chat_corpus(int(1500 * scale), seed=11)),
        ):
            records, _ = corpus
            n, t_o, t_n, c_o, c_n = interleaved(ours, naive, records)
            print(
                f"{name}: {len(records)} records, {n:,} chars\n"
                f"    wall: lakesweep {n / t_o:,.0f} chars/s, naive {n / t_n:,.0f} chars/s, "
                f"ratio {t_n / t_o:.1f}x\n"
                f"    cpu:  lakesweep {n / c_o:,.0f} chars/cpu-s, "
                f"naive {n / c_n:,.0f} chars/cpu-s, "
                f"ratio {c_n / c_o:.1f}x (x{args.processes} cores on an idle machine)"
            )
    print(f"cold start (new Sanitizer, {args.processes} processes, first record): ", end="")
    t0 = time.perf_counter()
    with Sanitizer(cfg) as cold:
        cold.sanitize_records([{"prompt": "Hi, I am Jane Doe."}, {"prompt": "call 212-555-0182"}])
    print(f"{time.perf_counter() - t0:.1f} s")


def _cpu() -> float:
    """CPU seconds of this process and its (worker) children so far."""
    me = psutil.Process()
    procs = [me, *me.children(recursive=True)]
    return sum(p.cpu_times().user + p.cpu_times().system for p in procs)


def interleaved(ours: Sanitizer, naive: NaivePresidio, records: list[dict]) -> tuple:
    """(chars, wall s ours, wall s naive, cpu s ours, cpu s naive), timing both on
    alternating slices so that other load on the machine affects both alike."""
    t_o = t_n = c_o = c_n = 0.0
    chars = 0
    step = max(1, len(records) // 10)
    for i in range(0, len(records), step):
        part = records[i : i + step]
        flat = [
            t for r in part for v in r.values() if v for t in ([v] if isinstance(v, str) else v)
        ]
        chars += sum(map(len, flat))
        c0 = _cpu()
        t_o += timed(lambda: ours.sanitize_records(part))[1]  # noqa: B023
        c1 = _cpu()
        t_n += timed(lambda: naive.sanitize_all(flat))[1]  # noqa: B023
        c_o += c1 - c0
        c_n += _cpu() - c1
    return chars, t_o, t_n, c_o, c_n


if __name__ == "__main__":
    main()
