-- Queries of `lakesweep usage` (lakesweep/analyst/usage_report.py), over the `usage` view.
-- Keys that are not asked for are set to NULL, so one GROUP BY serves every --by choice;
-- the caller keeps only the columns it asked for.
--   $keys    VARCHAR[]  subset of org, model, endpoint, connector
--   $period  VARCHAR    day | week (ISO, Monday) | month | NULL
--   $metric  VARCHAR    requests | input_tokens | output_tokens | total_tokens (ranks, --top)
--   $since, $until DATE (inclusive, NULL = open), $orgs VARCHAR[] (empty = all), $top BIGINT

-- name: usage_summary
WITH picked AS (
    SELECT
        CASE WHEN list_contains($keys::VARCHAR[], 'org') THEN org_id END AS org_id,
        CASE WHEN list_contains($keys::VARCHAR[], 'model') THEN model END AS model,
        CASE WHEN list_contains($keys::VARCHAR[], 'endpoint') THEN endpoint END AS endpoint,
        CASE WHEN list_contains($keys::VARCHAR[], 'connector') THEN connector END AS connector,
        CASE $period::VARCHAR
            WHEN 'day' THEN event_date
            WHEN 'week' THEN CAST(date_trunc('week', event_date) AS DATE)
            WHEN 'month' THEN CAST(date_trunc('month', event_date) AS DATE)
        END AS period,
        requests, input_tokens, output_tokens, total_tokens
    FROM usage
    WHERE ($since::DATE IS NULL OR event_date >= $since::DATE)
      AND ($until::DATE IS NULL OR event_date <= $until::DATE)
      AND (len($orgs::VARCHAR[]) = 0 OR list_contains($orgs::VARCHAR[], org_id))
),
grouped AS (
    SELECT
        org_id, model, endpoint, connector, period,
        CAST(sum(requests) AS BIGINT) AS requests,
        CAST(sum(input_tokens) AS BIGINT) AS input_tokens,
        CAST(sum(output_tokens) AS BIGINT) AS output_tokens,
        CAST(sum(total_tokens) AS BIGINT) AS total_tokens
    FROM picked
    GROUP BY org_id, model, endpoint, connector, period
),
measured AS (
    SELECT
        *,
        CASE $metric::VARCHAR
            WHEN 'requests' THEN requests
            WHEN 'input_tokens' THEN input_tokens
            WHEN 'output_tokens' THEN output_tokens
            ELSE total_tokens
        END AS measure
    FROM grouped
),
ranked AS (
    SELECT
        *,
        dense_rank() OVER (
            ORDER BY group_measure DESC, org_id NULLS LAST, model NULLS LAST,
                endpoint NULLS LAST, connector NULLS LAST
        ) AS group_rank,
        row_number() OVER (ORDER BY measure DESC, period NULLS LAST) AS row_rank
    FROM (
        SELECT
            *,
            sum(measure) OVER (PARTITION BY org_id, model, endpoint, connector) AS group_measure
        FROM measured
    )
)
SELECT org_id, model, endpoint, connector, period,
    requests, input_tokens, output_tokens, total_tokens
FROM ranked
WHERE $top::BIGINT IS NULL
   OR (CASE WHEN len($keys::VARCHAR[]) > 0 THEN group_rank ELSE row_rank END) <= $top::BIGINT
ORDER BY period NULLS LAST, group_rank, row_rank;

-- name: usage_date_range
SELECT min(event_date) AS first_date, max(event_date) AS last_date
FROM usage
WHERE ($since::DATE IS NULL OR event_date >= $since::DATE)
  AND ($until::DATE IS NULL OR event_date <= $until::DATE);

-- name: usage_growth
-- $before_from..$before_to and $after_from..$after_to: two equally long windows (inclusive).
WITH picked AS (
    SELECT
        CASE WHEN list_contains($keys::VARCHAR[], 'org') THEN org_id END AS org_id,
        CASE WHEN list_contains($keys::VARCHAR[], 'model') THEN model END AS model,
        CASE WHEN list_contains($keys::VARCHAR[], 'endpoint') THEN endpoint END AS endpoint,
        CASE WHEN list_contains($keys::VARCHAR[], 'connector') THEN connector END AS connector,
        event_date,
        CASE $metric::VARCHAR
            WHEN 'requests' THEN requests
            WHEN 'input_tokens' THEN input_tokens
            WHEN 'output_tokens' THEN output_tokens
            ELSE total_tokens
        END AS measure
    FROM usage
    WHERE event_date BETWEEN $before_from::DATE AND $after_to::DATE
      AND (len($orgs::VARCHAR[]) = 0 OR list_contains($orgs::VARCHAR[], org_id))
),
compared AS (
    SELECT
        org_id, model, endpoint, connector,
        CAST(coalesce(sum(measure) FILTER (
            WHERE event_date BETWEEN $before_from::DATE AND $before_to::DATE), 0) AS BIGINT
        ) AS before,
        CAST(coalesce(sum(measure) FILTER (
            WHERE event_date BETWEEN $after_from::DATE AND $after_to::DATE), 0) AS BIGINT
        ) AS after
    FROM picked
    GROUP BY org_id, model, endpoint, connector
)
SELECT
    org_id, model, endpoint, connector, before, after, after - before AS change,
    CASE WHEN before > 0 THEN round(100.0 * (after - before) / before, 1)::DOUBLE END AS change_pct
FROM compared
WHERE before > 0 OR after > 0
ORDER BY before = 0 DESC, change_pct DESC, change DESC,
    org_id NULLS LAST, model NULLS LAST, endpoint NULLS LAST, connector NULLS LAST
LIMIT coalesce($top::BIGINT, 9223372036854775807);
