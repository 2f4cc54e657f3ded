"""`lakesweep verify --explain`: what each check proves, and what it cannot prove."""

from __future__ import annotations

EXPLAIN: dict[str, tuple[str, str]] = {
    "raw_rules": (
        "Every raw row (every file the contract's glob reads, hidden names included) is judged "
        "by the contract's three deletion rules, re-written in sql/verify.sql, at --now. A row "
        "a rule deletes that fell due more than the grace period ago is a violation, whether "
        "or not nightly ran; a file that cannot be read is a violation.",
        "Files are read with the same reader as nightly (lakesweep.rawfile), so a reading "
        "bug would be shared. A zero-retention row is due from its created_at, an erased or "
        "expired one from its request/retention end: when a policy change became known is "
        "not recorded by the policy files.",
    ),
    "usage": (
        "For every file content lakesweep counted, at every place it was seen, per org: "
        "usage requests and both token sums = rows in raw now + rows the ledger deleted there. "
        "Rows that vanished without a record, rows added back and double counting all show. "
        "A raw file not counted for longer than the grace period is a violation.",
        "A file removed or replaced before lakesweep ever saw it leaves no trace. Usage per "
        "endpoint/model/day is not reconciled, only per org.",
    ),
    "ledger_chain": (
        "The ledger entries are numbered without gaps and hash-chained: an edited, removed or "
        "inserted entry is found. Every run that wrote records has exactly one run record.",
        "Cutting off the newest entries leaves a valid chain (the usage check then finds the "
        "deletions without record). Someone who rewrites the whole chain consistently is not "
        "detected by the chain alone.",
    ),
    "deletions": (
        "Every raw deletion record is justified under the policy snapshot and clock of its "
        "run: zero retention, or no legal hold and an erasure request or retention covering "
        "the newest deleted row.",
        "Deletions from training are not re-judged (removing training rows never breaks a "
        "promise). The snapshot is what the run read, not what the policy owner intended.",
    ),
    "training_rows": (
        "No training row of an org that may not be exported now (unknown key, unregistered, "
        "zero retention, Google-connected, erased, opted out now or at created_at), past the "
        "grace period; no row without pseudonyms; no request exported twice.",
        "Needs LAKESWEEP_PSEUDONYM_KEY (the same key as nightly). Whether a row's raw row "
        "was eligible in every other respect (connector, clock) is not re-derived.",
    ),
    "training_columns": (
        "No training column is a request id, org id or embedding, in any case or spelling.",
        "Identifiers inside text or nested fields are not looked for here (see rescan).",
    ),
    "leftovers": (
        "No temporary file and no unfinished change (write-ahead intent) is left while no run "
        "holds the lake.",
        "A change in progress while a run holds the lake is reported as a warning only.",
    ),
    "rescan": (
        "A deterministic sample of training text is scanned again by the sanitizer: e-mails, "
        "cards, SSNs, IBANs, IPs and secrets found there are violations.",
        "Personal data outside the sample, and types the sanitizer does not recognize, are not "
        "checked; names found in sanitized text are warnings (the NER model is noisy).",
    ),
    "sanitizer_versions": (
        "Counts training rows per sanitizer release (the sanitizer_version column) and warns "
        "about rows from an earlier release or none, and about rows of the current release "
        "written by another build of it (sanitizer_build: a hash of the sanitizer's files, its "
        "first-name list and model versions, so an edited registry.yaml or another spaCy model "
        "shows), with the days to backfill with --resanitize.",
        "Warnings only: the contract asks for sanitized text, not the newest sanitizer. A "
        "version or build is what the writer recorded; it proves nothing about what the text "
        "holds (the rescan check samples that). Rows from writers before builds were recorded "
        "are counted in a note.",
    ),
    "registry": (
        "Warns about org ids in raw data, opt-outs or erasure requests that match no org of "
        "the registry (a typo or whitespace in an id loses its contract).",
        "Warnings only: an unregistered org is valid input (default retention, no export).",
    ),
}
