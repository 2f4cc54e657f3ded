"""Sanitizer benchmark: `python -m bench.sanitizer [--quick]`.

Prints, for lakesweep's sanitizer and for naive Presidio (one analyze + anonymize per
text) side by side: per category leak and precision on the tuned and the held-back halves
of the labeled set (sanitizer_halves.py), on the fresh held-back set (sanitizer_fresh.py) and
on the development sets (sanitizer_dev.py, sanitizer_dev2.py ... sanitizer_dev33.py) and the
sealed sets (sanitizer_unseen.py, sanitizer_sealed2.py, sanitizer_sealed3.py), all
thirty-six written without reading the rules (the sealed ones are never read, only
scored), non-PII words kept, the share of technical texts altered (sanitizer_tech.py, and
the fresh set's own); then throughput on unique ~600-char texts and on a chat-log-shaped
corpus, with the ratios to naive, all in one run.
"""

from __future__ import annotations

import argparse
import logging
import os
import time
from collections import Counter

import psutil

from bench.sanitizer_corpus import chat_corpus, unique_texts
from bench.sanitizer_data import STRICT
from bench.sanitizer_dev import dev_set
from bench.sanitizer_dev2 import dev2_set
from bench.sanitizer_dev3 import dev3_set
from bench.sanitizer_dev4 import dev4_set
from bench.sanitizer_dev5 import dev5_set
from bench.sanitizer_dev6 import dev6_set
from bench.sanitizer_dev7 import dev7_set
from bench.sanitizer_dev8 import dev8_set
from bench.sanitizer_dev9 import dev9_set
from bench.sanitizer_dev10 import dev10_set
from bench.sanitizer_dev11 import dev11_set
from bench.sanitizer_dev12 import dev12_set
from bench.sanitizer_dev13 import dev13_set
from bench.sanitizer_dev14 import dev14_set
from bench.sanitizer_dev15 import dev15_set
from bench.sanitizer_dev16 import dev16_set
from bench.sanitizer_dev17 import dev17_set
from bench.sanitizer_dev18 import dev18_set
from bench.sanitizer_dev19 import dev19_set
from bench.sanitizer_dev20 import dev20_set
from bench.sanitizer_dev21 import dev21_set
from bench.sanitizer_dev22 import dev22_set
from bench.sanitizer_dev23 import dev23_set
from bench.sanitizer_dev24 import dev24_set
from bench.sanitizer_dev25 import dev25_set
from bench.sanitizer_dev26 import dev26_set
from bench.sanitizer_dev27 import dev27_set
from bench.sanitizer_dev28 import dev28_set
from bench.sanitizer_dev29 import dev29_set
from bench.sanitizer_dev30 import dev30_set
from bench.sanitizer_dev31 import dev31_set
from bench.sanitizer_dev32 import dev32_set
from bench.sanitizer_dev33 import dev33_set
from bench.sanitizer_eval import NaivePresidio, timed
from bench.sanitizer_fresh import fresh_half, fresh_tech
from bench.sanitizer_halves import held_half, tuned_half
from bench.sanitizer_metrics import Found, score, table
from bench.sanitizer_sealed2 import sealed2_set
from bench.sanitizer_sealed3 import sealed3_set
from bench.sanitizer_tech import TECH_HELD, TECH_TUNED, tech_texts
from bench.sanitizer_unseen import unseen_half
from sanitizers import Sanitizer, SanitizerConfig


def _found(sanitizer: Sanitizer, texts: list[str]) -> list[Found]:
    return [[(e.type, e.start, e.end) for e in r.entities] for r in sanitizer.sanitize_texts(texts)]


def quality(ours: Sanitizer, naive: NaivePresidio | None, scale: float) -> None:
    """Per-category leak and precision on every labeled set, and technical texts altered."""
    halves = {
        "tuned": tuned_half(scale),
        "held-back": held_half(scale),
        "fresh": fresh_half(scale),
        "dev": dev_set(scale),
        "dev2": dev2_set(scale),
        "dev3": dev3_set(scale),
        "dev4": dev4_set(scale),
        "dev5": dev5_set(scale),
        "dev6": dev6_set(scale),
        "dev7": dev7_set(scale),
        "dev8": dev8_set(scale),
        "dev9": dev9_set(scale),
        "dev10": dev10_set(scale),
        "dev11": dev11_set(scale),
        "dev12": dev12_set(scale),
        "dev13": dev13_set(scale),
        "dev14": dev14_set(scale),
        "dev15": dev15_set(scale),
        "dev16": dev16_set(scale),
        "dev17": dev17_set(scale),
        "dev18": dev18_set(scale),
        "dev19": dev19_set(scale),
        "dev20": dev20_set(scale),
        "dev21": dev21_set(scale),
        "dev22": dev22_set(scale),
        "dev23": dev23_set(scale),
        "dev24": dev24_set(scale),
        "dev25": dev25_set(scale),
        "dev26": dev26_set(scale),
        "dev27": dev27_set(scale),
        "dev28": dev28_set(scale),
        "dev29": dev29_set(scale),
        "dev30": dev30_set(scale),
        "dev31": dev31_set(scale),
        "dev32": dev32_set(scale),
        "dev33": dev33_set(scale),
        "unseen": unseen_half(scale),
        "sealed2": sealed2_set(scale),
        "sealed3": sealed3_set(scale),
    }
    sizes = ", ".join(f"{h} {len(s)} texts" for h, s in halves.items())
    print(f"labeled sets: {sizes} (leak = 1 - recall: values with any word left)")
    runs = [("lakesweep", lambda t: _found(ours, t))]
    runs += [("naive", naive.find_all)] if naive else []
    for who, run in runs:
        columns = [
            (f"{who} {half}", score(samples, run([s.text for s in samples])))
            for half, samples in halves.items()
        ]
        print(table(columns, STRICT))
        intact = ", ".join(f"{name} {sc.leak(intact=True):.2%}" for name, sc in columns)
        print(f"values left whole (the earlier, lenient leak): {intact}")
        for name, held in columns[1:]:
            print(
                f"{name}: must-remove leak {held.leak():.2%} (held-back goal <=1.5%), "
                f"names {held.leak({'PERSON'}):.2%} (<=2%)"
            )
    n = int(600 * scale)
    for half, texts in (
        ("tuned", tech_texts(TECH_TUNED, n, 5)),
        ("held-back", tech_texts(TECH_HELD, n, 6)),
        ("fresh", fresh_tech(n, 31)),
    ):
        found = _found(ours, texts)
        ours_hit = sum(bool(f) for f in found)
        naive_hit = sum(bool(f) for f in naive.find_all(texts)) if naive else 0
        by_type = Counter(t for f in found for t in {e[0] for e in f})
        print(
            f"technical texts altered ({half}, {n}): lakesweep {ours_hit / n:.1%} (<=5%), "
            f"naive {naive_hit / n:.1%}; lakesweep's by type: {dict(by_type.most_common())}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="smaller corpora")
    parser.add_argument("--processes", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--speed-only", action="store_true", help="skip the quality tables")
    parser.add_argument("--ours-only", action="store_true", help="quality of lakesweep only")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    scale = 0.3 if args.quick else 1.0
    naive = NaivePresidio()
    naive.sanitize("warm up John Smith")
    cfg = SanitizerConfig(processes=args.processes)
    print(f"load average at start: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    with Sanitizer(cfg) as ours:
        ours.sanitize_texts([f"warm up {i} John Smith\nline two {i}" for i in range(64)])
        if not args.speed_only:
            quality(ours, None if args.ours_only else naive, scale)
        for name, corpus in (
            ("unique ~600-char texts", unique_texts(int(400 * scale), seed=7)),
            ("chat-log-shaped corpus", chat_corpus(int(1500 * scale), seed=11)),
        ):
            records, _ = corpus
            n, t_o, t_n, c_o, c_n = interleaved(ours, naive, records)
            print(
                f"{name}: {len(records)} records, {n:,} chars, {args.processes} processes\n"
                f"    wall: lakesweep {n / t_o:,.0f} chars/s, naive {n / t_n:,.0f} chars/s, "
                f"ratio {t_n / t_o:.1f}x\n"
                f"    cpu:  lakesweep {n / c_o:,.0f} chars/cpu-s, "
                f"naive {n / c_n:,.0f} chars/cpu-s, "
                f"ratio {c_n / c_o:.1f}x (x{args.processes} cores on an idle machine)"
            )
    print(f"load average at end: {os.getloadavg()[0]:.1f}")
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
