-- `lakesweep audit`: a deletion certificate for one org, from the ledger and the lake.
-- The org id is untrusted input: it is only ever bound as $org_id / $org_key, never formatted.

-- name: org_deletions
-- Every deletion record ($files = ledger files) that names the org, oldest first, with the
-- org's own row count and the record's total.
select
    d.run_id, d.recorded_at, d."table", d."file", d.rule, d.action,
    o."rows" as org_rows, d."rows" as record_rows
from (
    select *, unnest(orgs) as o
    from read_json($files, format = 'newline_delimited', columns = {
        kind: 'VARCHAR', run_id: 'VARCHAR', recorded_at: 'TIMESTAMP', "table": 'VARCHAR',
        "file": 'VARCHAR', rule: 'VARCHAR', "rows": 'BIGINT', action: 'VARCHAR',
        orgs: 'STRUCT(org_id VARCHAR, "rows" BIGINT)[]'
    })
    where kind = 'deletion'
) as d
where d.o.org_id = $org_id
order by d.recorded_at, d."table", d."file", d.rule

-- name: runs
-- Every run record of the ledger ($files), oldest first.
select
    run_id, status, started_at, ended_at,
    json_extract_string(detail, '$.kind')                  as kind,
    try_cast(json_extract_string(detail, '$.now') as timestamp) as clock
from read_json($files, format = 'newline_delimited', columns = {
    kind: 'VARCHAR', run_id: 'VARCHAR', status: 'VARCHAR', started_at: 'TIMESTAMP',
    ended_at: 'TIMESTAMP', detail: 'VARCHAR'
})
where kind = 'run'
order by ended_at

-- name: org_raw_rows
-- The org's rows still in one raw file ($file): per event_date, and per erasure request of
-- the org (registered erasure_requests) the rows it covers.
with
raw as (
    select timezone('UTC', try_cast(created_at as timestamptz)) as created_at
    from read_parquet($file)
    where cast(org_id as varchar) = $org_id
)
select 'event_date' as what, cast(cast(created_at as date) as varchar) as "key", count(*) as n
from raw
group by all
union all
select 'request', coalesce(req.request_id, 'requested ' || req.requested_at), count(*)
from raw
join erasure_requests as req
    on req.org_id = $org_id and req.requested_at >= raw.created_at
group by all

-- name: org_training_rows
-- The org's rows in training ($files), found by org_key = HMAC(org_id): per event_date and
-- per erasure request of the org.
with
t as (
    select timezone('UTC', try_cast(created_at as timestamptz)) as created_at
    from read_parquet($files, union_by_name = true, hive_partitioning = false)
    where org_key = $org_key
)
select 'event_date' as what, cast(cast(created_at as date) as varchar) as "key", count(*) as n
from t
group by all
union all
select 'request', coalesce(req.request_id, 'requested ' || req.requested_at), count(*)
from t
join erasure_requests as req
    on req.org_id = $org_id and req.requested_at >= t.created_at
group by all
