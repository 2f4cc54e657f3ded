"""Analyst features: DuckDB views over usage/ and _ledger/, `lakesweep usage`, the HTML report.

Modules: views (the only lake access), usage_report, report and charts (library code);
cli, usage_cli, console, shell and output (the command line layer).
"""
