-- Analyst views over one lake (created in this order by lakesweep.analyst.views.attach).
--
-- Only `usage_files` and `ledger` touch the lake. Their {{usage_glob}} / {{ledger_glob}}
-- markers are replaced by a quoted SQL string literal built from the lake root alone (see
-- views.py: DuckDB cannot bind a prepared parameter inside CREATE VIEW): a local path, or a
-- lakesweep-s3-<n>:// path that lakesweep/lakeread.py makes readable on S3 lakes. Their
-- {{source}} marker is VIEW (local lakes: read the files at each query) or TABLE (S3 lakes:
-- the rows are copied once). Every other view reads those two.
-- Each source is unioned BY NAME with a typed empty row set, so the columns always exist:
-- a new lake (no files: allow_empty) gives empty views and old files lacking `connector`
-- read it as NULL.

-- name: usage_files
CREATE OR REPLACE {{source}} usage_files AS
SELECT
    CAST(event_date AS DATE) AS event_date,
    CAST(org_id AS VARCHAR) AS org_id,
    CAST(endpoint AS VARCHAR) AS endpoint,
    CAST(model AS VARCHAR) AS model,
    CAST(connector AS VARCHAR) AS connector,
    CAST(requests AS BIGINT) AS requests,
    CAST(input_tokens AS BIGINT) AS input_tokens,
    CAST(output_tokens AS BIGINT) AS output_tokens
FROM (
    SELECT * FROM read_parquet(
        {{usage_glob}},
        hive_partitioning = true,
        hive_types = {'event_date': DATE},
        union_by_name = true,
        allow_empty = true
    )
    UNION ALL BY NAME
    SELECT
        NULL::DATE AS event_date, NULL::VARCHAR AS org_id, NULL::VARCHAR AS endpoint,
        NULL::VARCHAR AS model, NULL::VARCHAR AS connector, NULL::BIGINT AS requests,
        NULL::BIGINT AS input_tokens, NULL::BIGINT AS output_tokens
    WHERE false
);

-- name: ledger
-- Records are read by name: keys not listed here (and keys nested in `orgs`) are ignored.
CREATE OR REPLACE {{source}} ledger AS
SELECT
    kind, run_id, recorded_at, "table", file, rule, "rows", action, bytes_before, bytes_after,
    orgs, started_at, ended_at, status, detail
FROM (
    SELECT * FROM read_json(
        {{ledger_glob}},
        format = 'newline_delimited',
        allow_empty = true,
        columns = {
            'kind': 'VARCHAR', 'run_id': 'VARCHAR', 'recorded_at': 'TIMESTAMPTZ',
            'table': 'VARCHAR', 'file': 'VARCHAR', 'rule': 'VARCHAR', 'rows': 'BIGINT',
            'action': 'VARCHAR', 'bytes_before': 'BIGINT', 'bytes_after': 'BIGINT',
            'orgs': 'STRUCT(org_id VARCHAR, "rows" BIGINT)[]',
            'started_at': 'TIMESTAMPTZ', 'ended_at': 'TIMESTAMPTZ', 'status': 'VARCHAR',
            'detail': 'VARCHAR'
        }
    )
    UNION ALL BY NAME
    SELECT
        NULL::VARCHAR AS kind, NULL::VARCHAR AS run_id, NULL::TIMESTAMPTZ AS recorded_at,
        NULL::VARCHAR AS "table", NULL::VARCHAR AS file, NULL::VARCHAR AS rule,
        NULL::BIGINT AS "rows", NULL::VARCHAR AS action, NULL::BIGINT AS bytes_before,
        NULL::BIGINT AS bytes_after, NULL::STRUCT(org_id VARCHAR, "rows" BIGINT)[] AS orgs,
        NULL::TIMESTAMPTZ AS started_at, NULL::TIMESTAMPTZ AS ended_at,
        NULL::VARCHAR AS status, NULL::VARCHAR AS detail
    WHERE false
);

-- name: usage
-- One row per key (event_date, org_id, endpoint, model, connector): the sum of its rows.
CREATE OR REPLACE VIEW usage AS
SELECT
    event_date, org_id, endpoint, model, connector,
    CAST(sum(coalesce(requests, 0)) AS BIGINT) AS requests,
    CAST(sum(coalesce(input_tokens, 0)) AS BIGINT) AS input_tokens,
    CAST(sum(coalesce(output_tokens, 0)) AS BIGINT) AS output_tokens,
    CAST(sum(coalesce(input_tokens, 0) + coalesce(output_tokens, 0)) AS BIGINT) AS total_tokens
FROM usage_files
GROUP BY event_date, org_id, endpoint, model, connector;

-- name: usage_daily
CREATE OR REPLACE VIEW usage_daily AS
SELECT
    event_date,
    count(DISTINCT org_id) AS orgs,
    CAST(sum(requests) AS BIGINT) AS requests,
    CAST(sum(input_tokens) AS BIGINT) AS input_tokens,
    CAST(sum(output_tokens) AS BIGINT) AS output_tokens,
    CAST(sum(total_tokens) AS BIGINT) AS total_tokens
FROM usage
GROUP BY event_date;

-- name: usage_by_org
CREATE OR REPLACE VIEW usage_by_org AS
SELECT
    org_id,
    min(event_date) AS first_date,
    max(event_date) AS last_date,
    count(DISTINCT event_date) AS active_days,
    CAST(sum(requests) AS BIGINT) AS requests,
    CAST(sum(input_tokens) AS BIGINT) AS input_tokens,
    CAST(sum(output_tokens) AS BIGINT) AS output_tokens,
    CAST(sum(total_tokens) AS BIGINT) AS total_tokens
FROM usage
GROUP BY org_id;

-- name: deletions
CREATE OR REPLACE VIEW deletions AS
SELECT
    run_id, recorded_at, "table", file, rule, "rows", action, bytes_before, bytes_after, orgs
FROM ledger
WHERE kind = 'deletion';

-- name: deletion_orgs
-- One row per org of each deletion record (who lost how many rows, and why).
CREATE OR REPLACE VIEW deletion_orgs AS
SELECT run_id, recorded_at, "table", file, rule, o.org_id AS org_id, o."rows" AS "rows"
FROM (SELECT *, unnest(orgs) AS o FROM deletions);

-- name: runs
CREATE OR REPLACE VIEW runs AS
SELECT
    r.run_id, r.status, r.started_at, r.ended_at,
    date_diff('second', r.started_at, r.ended_at) AS duration_seconds,
    r.recorded_at,
    coalesce(d.deleted_rows, 0) AS deleted_rows,
    CASE WHEN json_valid(r.detail) THEN CAST(r.detail AS JSON) END AS detail
FROM ledger AS r
LEFT JOIN (
    SELECT run_id, CAST(sum("rows") AS BIGINT) AS deleted_rows FROM deletions GROUP BY run_id
) AS d USING (run_id)
WHERE r.kind = 'run';

-- Helpers of views.py and the prompt (not views).

-- name: describe_views
SELECT table_name AS view_name, string_agg(column_name, ', ' ORDER BY ordinal_position) AS columns
FROM information_schema.columns
WHERE list_contains($names::VARCHAR[], table_name)
GROUP BY table_name
ORDER BY table_name;

-- The views file of `lakesweep views` (lakesweep/analyst/views_file.py).

-- name: object_kinds
SELECT table_name, table_type
FROM information_schema.tables
WHERE table_schema = current_schema() AND list_contains($names::VARCHAR[], table_name);

-- name: drop_view_usage_files
DROP VIEW usage_files;

-- name: drop_view_ledger
DROP VIEW ledger;

-- name: drop_table_usage_files
DROP TABLE usage_files;

-- name: drop_table_ledger
DROP TABLE ledger;

-- name: create_refresh
-- copied_at: when usage_files and ledger were copied from an S3 lake (NULL: they are views
-- that read the local lake's files at each query).
CREATE TABLE IF NOT EXISTS lakesweep_refresh (
    lake VARCHAR, copied_at TIMESTAMPTZ, written_at TIMESTAMPTZ,
    usage_files BIGINT, ledger_files BIGINT
);

-- name: clear_refresh
DELETE FROM lakesweep_refresh;

-- name: record_refresh
INSERT INTO lakesweep_refresh (lake, copied_at, written_at, usage_files, ledger_files)
VALUES ($lake, $copied_at, $written_at, $usage_files, $ledger_files);
