-- `lakesweep audit`: a deletion certificate for one org, from the ledger and the lake.
-- The org id is untrusted input: it is only ever bound as $org_id / $org_key, never formatted.
-- Raw rows are read by lakesweep.rawfile (names may hold glob characters) and registered
-- as org_raw(file, created_at); training and usage files carry names lakesweep wrote.

-- name: org_raw_rows
-- The org's rows still in raw: per event_date (UTC date of created_at), per erasure request
-- of the org (registered erasure_requests) the rows it covers, and per file.
select 'event_date' as what, coalesce(cast(cast(created_at as date) as varchar), 'unknown') as "key",
    count(*) as n
from org_raw
group by all
union all
select 'request', coalesce(req.request_id, 'requested ' || req.requested_at), count(*)
from org_raw
join erasure_requests as req
    on req.org_id = $org_id and req.requested_at >= org_raw.created_at
group by all
union all
select 'file', file, count(*)
from org_raw
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

-- name: org_usage
-- The usage aggregates kept for the org ($files = usage parts): per event_date, endpoint and
-- model, requests and token sums (counts only: no text, no request ids).
select
    cast(event_date as varchar)                     as event_date,
    cast(endpoint as varchar)                       as endpoint,
    cast(model as varchar)                          as model,
    sum(requests)::bigint                           as requests,
    coalesce(sum(input_tokens::hugeint), 0)         as input_tokens,
    coalesce(sum(output_tokens::hugeint), 0)        as output_tokens
from read_parquet($files::varchar[], union_by_name = true, hive_partitioning = false)
where cast(org_id as varchar) = $org_id
group by all
order by all
