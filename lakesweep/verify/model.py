"""The verify report: checks, each with named kinds of findings, counts and examples."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Severity = Literal["violation", "warning"]


@dataclass(frozen=True)
class Example:
    """Where a finding is (path relative to the lake root, 0-based row) and why. No row text."""

    file: str | None
    row: int | None
    reason: str


@dataclass
class Finding:
    kind: str
    severity: Severity
    count: int = 0
    examples: list[Example] = field(default_factory=list)


@dataclass
class Check:
    """One check of the report; ``status`` is violation, warning, skipped or ok."""

    name: str
    title: str
    findings: dict[str, Finding] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    skipped: bool = False
    max_examples: int = 5

    def add(
        self,
        kind: str,
        example: Example | None,
        *,
        severity: Severity = "violation",
        count: int = 1,
    ) -> None:
        """Count ``count`` findings of ``kind``; keep ``example`` while under the cap."""
        finding = self.findings.setdefault(kind, Finding(kind, severity))
        finding.count += count
        if example is not None and len(finding.examples) < self.max_examples:
            finding.examples.append(example)

    def count(self, severity: Severity) -> int:
        return sum(f.count for f in self.findings.values() if f.severity == severity)

    @property
    def status(self) -> str:
        if self.count("violation"):
            return "violation"
        if self.skipped:
            return "skipped"
        return "warning" if self.count("warning") else "ok"


@dataclass
class Report:
    lake: str
    now: str
    grace: str
    checks: list[Check] = field(default_factory=list)

    @property
    def violations(self) -> int:
        return sum(c.count("violation") for c in self.checks)

    @property
    def exit_code(self) -> int:
        return 1 if self.violations else 0

    def to_dict(self) -> dict[str, Any]:
        checks = []
        for check in self.checks:
            data = asdict(check)
            data.pop("max_examples")
            data["findings"] = list(data["findings"].values())
            data["status"] = check.status
            data["violations"] = check.count("violation")
            data["warnings"] = check.count("warning")
            checks.append(data)
        return {
            "lake": self.lake,
            "now": self.now,
            "grace": self.grace,
            "status": "violation" if self.violations else "ok",
            "violations": self.violations,
            "checks": checks,
        }
