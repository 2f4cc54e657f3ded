"""`lakesweep verify` and `lakesweep audit`: checks an auditor can run without trusting the core.

Nothing here imports the modules that apply the rules (plan, rewrite, units, export,
propagate, usage, run) or their SQL: the checks are written again from the contract, in
sql/verify.sql and sql/audit.sql. Shared code is limited to the contract's inputs
(lakesweep.storage, lakesweep.policy, lakesweep.settings), the SQL loader (lakesweep.queries)
and the HMAC function (lakesweep.pseudonym.hmac_hex).
"""
