-- Data of `lakesweep report` (lakesweep/analyst/report.py), over the analyst views.

-- name: report_summary
SELECT
    (SELECT min(event_date) FROM usage) AS first_date,
    (SELECT max(event_date) FROM usage) AS last_date,
    (SELECT count(DISTINCT org_id) FROM usage) AS orgs,
    (SELECT CAST(coalesce(sum(requests), 0) AS BIGINT) FROM usage) AS requests,
    (SELECT CAST(coalesce(sum(total_tokens), 0) AS BIGINT) FROM usage) AS total_tokens,
    (SELECT count(*) FROM runs) AS runs,
    (SELECT CAST(coalesce(sum("rows"), 0) AS BIGINT) FROM deletions) AS deleted_rows;

-- name: tokens_by_model
-- Total tokens per $bucket ('day' or 'week') and model; models beyond the $models largest
-- are summed as 'other'. Rows without an event_date are left out (they have no time).
WITH ranked AS (
    SELECT model, row_number() OVER (ORDER BY sum(total_tokens) DESC, model NULLS LAST) AS rank
    FROM usage
    WHERE event_date IS NOT NULL
    GROUP BY model
)
SELECT
    CASE $bucket::VARCHAR
        WHEN 'week' THEN CAST(date_trunc('week', u.event_date) AS DATE)
        ELSE u.event_date
    END AS bucket,
    CASE WHEN r.rank <= $models::BIGINT THEN coalesce(u.model, '(no model)') ELSE 'other' END
        AS model,
    CAST(sum(u.total_tokens) AS BIGINT) AS total_tokens
FROM usage AS u
JOIN ranked AS r ON r.model IS NOT DISTINCT FROM u.model
WHERE u.event_date IS NOT NULL
GROUP BY ALL
ORDER BY bucket, min(r.rank);

-- name: top_orgs
SELECT org_id, CAST(sum(total_tokens) AS BIGINT) AS total_tokens
FROM usage
GROUP BY org_id
ORDER BY total_tokens DESC, org_id
LIMIT $limit::BIGINT;

-- name: requests_by_endpoint
SELECT coalesce(endpoint, '(no endpoint)') AS endpoint, CAST(sum(requests) AS BIGINT) AS requests
FROM usage
GROUP BY ALL
ORDER BY requests DESC, endpoint;

-- name: deletions_by_rule
-- Rows deleted per rule in each of the last $runs runs (runs with no deletions included).
WITH run_times AS (
    SELECT run_id, max(run_at) AS run_at
    FROM (
        SELECT run_id, coalesce(ended_at, recorded_at) AS run_at FROM runs
        UNION ALL
        SELECT run_id, recorded_at AS run_at FROM deletions
    )
    WHERE run_id IS NOT NULL
    GROUP BY run_id
),
last_runs AS (
    SELECT run_id, run_at FROM run_times ORDER BY run_at DESC NULLS LAST, run_id DESC LIMIT $runs::BIGINT
)
SELECT l.run_id, l.run_at, d.rule, CAST(coalesce(sum(d."rows"), 0) AS BIGINT) AS "rows"
FROM last_runs AS l
LEFT JOIN deletions AS d USING (run_id)
GROUP BY l.run_id, l.run_at, d.rule
ORDER BY l.run_at NULLS FIRST, l.run_id, d.rule;
