"""A fast generator of big lakes for benchmarks (numpy + pyarrow, vectorized; no Faker).

The lake follows ``shared/spec/lake-contract.md``: ``raw/event_date=YYYY-MM-DD/part-NNN.parquet``
over ``days`` days ending at ``now``, plus ``policy/{orgs,opt_out_events,erasure_requests}``.

Orgs live on *shards* (one logging shard serves a fixed set of orgs), and every raw file holds
the rows of one shard for one day. So the deletions of a night hit some files and leave many
alone, as in a real lake:

* shard ``a`` (~50% of rows): default 30-day retention, except one org at 35 days, one at 60
  and one on legal hold (old files are partly kept); one org is not registered;
* shard ``b`` (~20%): two orgs with erasure requests (5 and 15 days ago, ~3% of all rows),
  one with an erasure request suspended by a legal hold;
* shard ``c`` (~12%): one zero-data-retention org (~2% of all rows, every day);
* shard ``d`` (~18%): enterprise contracts, 90-day retention: never loses a row tonight.

Rows older than 30 days are ~25% of the lake; with the exceptions above ~20% of all rows are
deleted tonight, and the recent files of shards a and b plus all of shard d change nothing.

Usage: ``python -m bench.lakegen DIR [--rows N] [--days D]`` or :func:`cached_lake`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import shutil
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from lakesweep.demo import RAW_SCHEMA as DEMO_RAW_SCHEMA

GENERATOR_VERSION = 2
DEFAULT_NOW = dt.datetime(2026, 11, 28, 2, 0, tzinfo=dt.UTC)
OUT = Path(__file__).resolve().parent / "out"

RAW_SCHEMA = DEMO_RAW_SCHEMA  # the contract's raw columns, as lakesweep's demo writes them
ENDPOINTS = ("chat", "generate", "embed", "rerank", "classify", "summarize", "finetune")
ENDPOINT_P = (0.50, 0.12, 0.12, 0.08, 0.08, 0.08, 0.02)
CHAT_MODELS = ("command-r", "command-r-plus", "command-light", "command-a")
EMBED_MODEL = "embed-english-v3"


# -- the orgs and their policy ------------------------------------------------------------


@dataclass(frozen=True)
class Org:
    org_id: str
    shard: str
    weight: float  # share of its shard's rows (relative)
    registered: bool = True
    zero_data_retention: bool = False
    google_workspace: bool = False
    legal_hold_days: int | None = None  # legal_hold_until = today + this
    retention_days: int | None = None
    erasure_days_ago: float | None = None
    opt_out: tuple[tuple[int, bool], ...] = ()  # (days ago, opted_out)


SHARD_SHARE = {"a": 0.50, "b": 0.20, "c": 0.12, "d": 0.18}


def _shard(
    name: str, n: int, special: dict[int, dict[str, object]], share: dict[int, float]
) -> list[Org]:
    """``n`` orgs of one shard; ``share`` fixes some orgs' share of the shard, the rest split
    what is left with Zipf-like weights."""
    rest = [i for i in range(n) if i not in share]
    zipf = np.array([1.0 / (k + 2) for k in range(len(rest))])
    zipf = zipf / zipf.sum() * (1.0 - sum(share.values()))
    weights = dict(share) | dict(zip(rest, zipf.tolist(), strict=True))
    return [
        Org(f"org_{name}{i:02d}", name, weights[i], **special.get(i, {}))  # type: ignore[arg-type]
        for i in range(n)
    ]


def default_orgs() -> list[Org]:
    """~50 orgs over four shards; see the module docstring."""
    c_zdr = 0.02 / SHARD_SHARE["c"]
    b_erasure = 0.02 / SHARD_SHARE["b"]
    return [
        *_shard(
            "a",
            20,
            {
                0: {"retention_days": 35},
                1: {"retention_days": 60},
                2: {"legal_hold_days": 30},
                3: {"google_workspace": True},
                4: {"opt_out": ((20, True),)},
                5: {"opt_out": ((60, True), (10, False))},
                19: {"registered": False},
            },
            {0: 0.06, 1: 0.06, 2: 0.05, 19: 0.02},
        ),
        *_shard(
            "b",
            10,
            {
                0: {"erasure_days_ago": 5.0},
                1: {"erasure_days_ago": 15.0},
                2: {"erasure_days_ago": 3.0, "legal_hold_days": 14},
                3: {"google_workspace": True},
            },
            {0: b_erasure, 1: b_erasure, 2: 0.05},
        ),
        *_shard("c", 8, {0: {"zero_data_retention": True}}, {0: c_zdr}),
        *_shard("d", 12, {i: {"retention_days": 90} for i in range(12)}, {}),
    ]


def write_policy(root: Path, now: dt.datetime, orgs: list[Org]) -> None:
    today = now.date()
    folder = root / "policy"
    folder.mkdir(parents=True, exist_ok=True)
    reg = [o for o in orgs if o.registered]
    holds = [
        None if o.legal_hold_days is None else today + dt.timedelta(days=o.legal_hold_days)
        for o in reg
    ]
    pq.write_table(
        pa.table(
            {
                "org_id": pa.array([o.org_id for o in reg], pa.string()),
                "zero_data_retention": pa.array([o.zero_data_retention for o in reg]),
                "google_workspace": pa.array([o.google_workspace for o in reg]),
                "legal_hold_until": pa.array(holds, pa.date32()),
                "retention_days": pa.array([o.retention_days for o in reg], pa.int64()),
            }
        ),
        folder / "orgs.parquet",
    )
    ts = pa.timestamp("us", tz="UTC")
    events = [(o.org_id, out, now - dt.timedelta(days=d)) for o in orgs for d, out in o.opt_out]
    pq.write_table(
        pa.table(
            {
                "org_id": pa.array([e[0] for e in events], pa.string()),
                "opted_out": pa.array([e[1] for e in events], pa.bool_()),
                "effective_at": pa.array([e[2] for e in events], ts),
            }
        ),
        folder / "opt_out_events.parquet",
    )
    erased = [o for o in orgs if o.erasure_days_ago is not None]
    pq.write_table(
        pa.table(
            {
                "request_id": pa.array([f"er-{i:04d}" for i in range(len(erased))], pa.string()),
                "org_id": pa.array([o.org_id for o in erased], pa.string()),
                "requested_at": pa.array(
                    [now - dt.timedelta(days=o.erasure_days_ago or 0) for o in erased], ts
                ),
            }
        ),
        folder / "erasure_requests.parquet",
    )


# -- text -----------------------------------------------------------------------------------

_COMMON_TEXT = (
    "the of and to a in is you that it for on with as are this be at or your can from by we "
    "not have an will if please what all how which when there use should would about more "
    "data user model customer request order report email account team make need help write "
    "summary answer question list table code function return error file value name date time"
)
_SYLLABLE_TEXT = (
    "ka ri to mi na su re lo pe an ex con pro ter ing tion al ment ble ver dis com ad in per "
    "sta tra ble ca de fi go hu la me no pa qu ro se ti un vi wa ze ob ly ous ic ist"
)
COMMON = _COMMON_TEXT.split()
SYLLABLES = _SYLLABLE_TEXT.split()


@dataclass(frozen=True)
class Vocab:
    flat: np.ndarray  # uint8: every word followed by one space
    starts: np.ndarray  # int32 offset of each word in flat
    lens: np.ndarray  # int32 length of each word + 1 (the space)
    cdf: np.ndarray  # float64 Zipf cumulative distribution over words

    @classmethod
    def build(cls, seed: int, size: int = 20_000) -> Vocab:
        rng = np.random.default_rng(seed)
        words = list(COMMON)
        seen = set(words)
        while len(words) < size:
            n = int(rng.integers(1, 5))
            word = "".join(SYLLABLES[int(i)] for i in rng.integers(0, len(SYLLABLES), n))
            if word not in seen:
                seen.add(word)
                words.append(word)
        encoded = [w.encode() + b" " for w in words]
        lens = np.array([len(w) for w in encoded], np.int32)
        starts = np.concatenate([[0], np.cumsum(lens)[:-1]]).astype(np.int32)
        p = 1.0 / np.power(np.arange(size) + 2.7, 1.07)
        return cls(np.frombuffer(b"".join(encoded), np.uint8), starts, lens, np.cumsum(p / p.sum()))

    def text(self, rng: np.random.Generator, words_per_row: np.ndarray) -> pa.StringArray:
        """One string per row of ``words_per_row[i]`` (>= 1) words, ending with a period."""
        step = 2048  # small chunks: the temporaries stay in cache and need no fresh pages
        parts = [
            self._text(rng, words_per_row[i : i + step]) for i in range(0, len(words_per_row), step)
        ]
        if len(parts) == 1:
            return parts[0]
        return pa.chunked_array(parts, pa.string()).combine_chunks()

    def _text(self, rng: np.random.Generator, words_per_row: np.ndarray) -> pa.StringArray:
        n = len(words_per_row)
        ids = np.searchsorted(self.cdf, rng.random(int(words_per_row.sum())))
        ids = np.minimum(ids, len(self.lens) - 1)
        lens = self.lens[ids]
        tok_end = np.cumsum(lens, dtype=np.int32)
        src = np.repeat(self.starts[ids] - (tok_end - lens), lens)
        src += np.arange(int(tok_end[-1]), dtype=np.int32)
        data = self.flat[src]
        row_end = tok_end[np.cumsum(words_per_row) - 1]
        data[row_end - 1] = ord(".")
        offsets = np.concatenate([[0], row_end]).astype(np.int32)
        return pa.StringArray.from_buffers(n, pa.py_buffer(offsets), pa.py_buffer(data))


_HEX = np.frombuffer(b"0123456789abcdef", np.uint8)


def _hex64(values: np.ndarray) -> np.ndarray:
    """(n, 16) uint8 hex digits of uint64 values."""
    shifts = np.arange(60, -4, -4, dtype=np.uint64)
    return _HEX[((values[:, None] >> shifts) & np.uint64(0xF)).astype(np.int64)]


def request_ids(rng: np.random.Generator, file_no: int, n: int) -> pa.StringArray:
    """``req_`` + 16 hex (file, row: unique) + 16 random hex."""
    serial = (np.uint64(file_no) << np.uint64(32)) | np.arange(n, dtype=np.uint64)
    rand = rng.integers(0, np.iinfo(np.int64).max, n, dtype=np.int64).astype(np.uint64)
    chars = np.empty((n, 36), np.uint8)
    chars[:, :4] = np.frombuffer(b"req_", np.uint8)
    chars[:, 4:20] = _hex64(serial)
    chars[:, 20:] = _hex64(rand)
    offsets = np.arange(0, 36 * (n + 1), 36, dtype=np.int32)
    return pa.StringArray.from_buffers(n, pa.py_buffer(offsets), pa.py_buffer(chars.ravel()))


# -- raw files ------------------------------------------------------------------------------


@dataclass(frozen=True)
class FileSpec:
    path: str  # relative to the lake root
    file_no: int
    rows: int
    start_us: int  # created_at range [start_us, end_us)
    end_us: int
    org_ids: tuple[str, ...]
    org_p: tuple[float, ...]
    gw_orgs: tuple[str, ...]
    embed_dim: int
    seed: int


def _make_table(spec: FileSpec, vocab: Vocab) -> pa.Table:
    rng = np.random.default_rng([spec.seed, spec.file_no])
    n = spec.rows
    org_idx = rng.choice(len(spec.org_ids), n, p=np.array(spec.org_p) / sum(spec.org_p))
    org_names = pa.array(spec.org_ids, pa.string())
    created = np.sort(rng.integers(spec.start_us, spec.end_us, n))
    ep_idx = rng.choice(len(ENDPOINTS), n, p=ENDPOINT_P)
    is_embed = ep_idx == ENDPOINTS.index("embed")
    model_idx = rng.integers(0, len(CHAT_MODELS), n)
    models = np.where(is_embed, EMBED_MODEL, np.array(CHAT_MODELS, dtype=object)[model_idx])
    gw = np.isin(np.array(spec.org_ids, dtype=object)[org_idx], np.array(spec.gw_orgs, object))
    drive = gw & (rng.random(n) < 0.3)

    prompt = vocab.text(rng, rng.integers(38, 68, n))
    out_words = rng.integers(38, 68, n)
    output = vocab.text(rng, out_words)
    prompt_len = pc.binary_length(prompt).to_numpy()
    output_len = pc.binary_length(output).to_numpy()
    valid = pa.py_buffer(np.packbits(~is_embed, bitorder="little"))
    output = pa.StringArray.from_buffers(n, output.buffers()[1], output.buffers()[2], valid)

    has_docs = (~is_embed) & (rng.random(n) < 0.08)
    n_docs = np.where(has_docs, rng.integers(1, 4, n), 0)
    doc_text = vocab.text(rng, rng.integers(25, 60, max(int(n_docs.sum()), 1)))
    if int(n_docs.sum()) == 0:
        doc_text = doc_text.slice(0, 0)
    doc_off = pa.array(np.concatenate([[0], np.cumsum(n_docs)]).astype(np.int32))
    documents = pa.ListArray.from_arrays(doc_off, doc_text, mask=pa.array(~has_docs))

    n_emb = int(is_embed.sum())
    emb_off = pa.array(np.concatenate([[0], np.cumsum(is_embed * spec.embed_dim)]).astype(np.int32))
    emb_values = pa.array(rng.standard_normal(n_emb * spec.embed_dim, dtype=np.float32))
    embedding = pa.ListArray.from_arrays(emb_off, emb_values, mask=pa.array(~is_embed))

    in_tok = pa.array(prompt_len // 4, pa.int64(), mask=rng.random(n) < 0.02)
    out_tok = np.where(is_embed, 0, output_len // 4)

    return pa.Table.from_arrays(
        [
            request_ids(rng, spec.file_no, n),
            org_names.take(pa.array(org_idx)),
            pa.array(created, pa.timestamp("us", tz="UTC")),
            pa.array(ENDPOINTS, pa.string()).take(pa.array(ep_idx)),
            pa.array(models.tolist(), pa.string()),
            pa.array(np.where(drive, "google_drive", None).tolist(), pa.string()),
            prompt,
            output,
            documents,
            embedding,
            in_tok,
            pa.array(out_tok, pa.int64()),
        ],
        schema=RAW_SCHEMA,
    )


_VOCAB: dict[int, Vocab] = {}


def _write_file(root: str, spec: FileSpec) -> int:
    vocab = _VOCAB.get(spec.seed)
    if vocab is None:
        vocab = _VOCAB[spec.seed] = Vocab.build(spec.seed)
    table = _make_table(spec, vocab)
    path = Path(root) / spec.path
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(table, path, compression="zstd")
    return path.stat().st_size


@dataclass(frozen=True)
class LakeParams:
    rows: int = 2_000_000
    days: int = 40
    now: dt.datetime = DEFAULT_NOW
    seed: int = 7
    rows_per_file: int = 50_000  # a shard's day is split into files of at most this many rows
    embed_dim: int = 256
    late_rows: int = 2_000  # one late file in today's folder with rows of 2-4 days ago
    version: int = GENERATOR_VERSION

    def key(self) -> str:
        blob = json.dumps(asdict(self), default=str, sort_keys=True).encode()
        return f"lake-{self.rows}r-{self.days}d-{hashlib.sha256(blob).hexdigest()[:10]}"


@dataclass
class LakeInfo:
    root: str
    params: dict[str, object]
    files: int
    rows: int
    bytes: int
    seconds: float
    orgs: list[dict[str, object]] = field(default_factory=list)


def plan_files(params: LakeParams, orgs: list[Org]) -> list[FileSpec]:
    now_us = int(params.now.timestamp() * 1_000_000)
    today = params.now.date()
    specs: list[FileSpec] = []
    per_day = params.rows / params.days
    gw = tuple(o.org_id for o in orgs if o.google_workspace)
    file_no = 0
    for d in range(params.days):
        day = today - dt.timedelta(days=params.days - 1 - d)
        start = int(dt.datetime.combine(day, dt.time(), tzinfo=dt.UTC).timestamp() * 1_000_000)
        end = min(start + 86_400_000_000, now_us - 1_000_000)
        part = 0
        for shard, share in SHARD_SHARE.items():
            members = [o for o in orgs if o.shard == shard]
            rows = round(per_day * share)
            pieces = max(1, -(-rows // params.rows_per_file))
            for i in range(pieces):
                n = rows // pieces + (1 if i < rows % pieces else 0)
                specs.append(
                    FileSpec(
                        f"raw/event_date={day.isoformat()}/part-{part:03d}.parquet",
                        file_no,
                        n,
                        start,
                        end,
                        tuple(o.org_id for o in members),
                        tuple(o.weight for o in members),
                        gw,
                        params.embed_dim,
                        params.seed,
                    )
                )
                part += 1
                file_no += 1
    if params.late_rows:
        members = [o for o in orgs if o.shard == "a"]
        specs.append(
            FileSpec(
                f"raw/event_date={today.isoformat()}/part-900.parquet",
                file_no,
                params.late_rows,
                now_us - 4 * 86_400_000_000,
                now_us - 2 * 86_400_000_000,
                tuple(o.org_id for o in members),
                tuple(o.weight for o in members),
                gw,
                params.embed_dim,
                params.seed,
            )
        )
    return specs


def generate(root: Path, params: LakeParams, workers: int = 2) -> LakeInfo:
    """Write a complete lake at ``root`` (which must not exist)."""
    started = time.perf_counter()
    orgs = default_orgs()
    root.mkdir(parents=True)
    write_policy(root, params.now, orgs)
    specs = plan_files(params, orgs)
    with ProcessPoolExecutor(max_workers=workers) as pool:
        sizes = list(pool.map(_write_file, [str(root)] * len(specs), specs, chunksize=4))
    return LakeInfo(
        str(root),
        {k: str(v) for k, v in asdict(params).items()},
        len(specs),
        sum(s.rows for s in specs),
        sum(sizes),
        time.perf_counter() - started,
        [asdict(o) for o in orgs],
    )


def cached_lake(params: LakeParams, out: Path = OUT, workers: int = 2) -> LakeInfo:
    """The lake for ``params`` under ``out/`` (generated once, reused by later runs)."""
    root = out / params.key()
    meta = out / f"{params.key()}.json"
    if root.is_dir() and meta.is_file():
        return LakeInfo(**json.loads(meta.read_text()))
    if root.exists():
        shutil.rmtree(root)
    tmp = out / f".{params.key()}.tmp-{os.getpid()}"
    if tmp.exists():
        shutil.rmtree(tmp)
    out.mkdir(parents=True, exist_ok=True)
    info = generate(tmp, params, workers)
    tmp.rename(root)
    info.root = str(root)
    meta.write_text(json.dumps(asdict(info), indent=1, default=str))
    return info


def copy_lake(src: Path, dst: Path) -> None:
    """A real copy (new inodes, no hardlinks): the copies get rewritten in place."""
    if dst.exists():
        shutil.rmtree(dst)
    shutil.copytree(src, dst, copy_function=shutil.copyfile)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("dir", nargs="?", help="write the lake here (default: cache in bench/out)")
    ap.add_argument("--rows", type=int, default=LakeParams.rows)
    ap.add_argument("--days", type=int, default=LakeParams.days)
    ap.add_argument("--now", type=dt.datetime.fromisoformat, default=DEFAULT_NOW)
    ap.add_argument("--seed", type=int, default=LakeParams.seed)
    args = ap.parse_args(argv)
    now = args.now if args.now.tzinfo else args.now.replace(tzinfo=dt.UTC)
    params = LakeParams(rows=args.rows, days=args.days, now=now, seed=args.seed)
    info = generate(Path(args.dir), params) if args.dir else cached_lake(params)
    print(
        f"{info.root}: {info.files} files, {info.rows:,} rows, {info.bytes / 1e6:,.1f} MB "
        f"in {info.seconds:.1f} s"
    )


if __name__ == "__main__":
    main()
