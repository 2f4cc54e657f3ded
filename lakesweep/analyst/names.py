"""Names the analyst commands share, kept free of heavy imports (``lakesweep --help`` is fast)."""

from __future__ import annotations

VIEWS_FILE = "views.sql"
SOURCES = ("usage_files", "ledger")
"""The views that read the lake's files (copied into tables on S3)."""
VIEW_NAMES = (
    *SOURCES,
    "usage",
    "usage_daily",
    "usage_by_org",
    "deletions",
    "deletion_orgs",
    "runs",
)
"""Created in this order; later views read earlier ones."""


class LakeError(Exception):
    """The lake root cannot be read by the analyst commands; the message says what to do."""
