-- `lakesweep verify`: independent checks of a lake against the contract
-- (shared/spec/lake-contract.md). Written from the contract, not from rules.sql/training.sql:
-- keep it that way, so a bug in the rules is not repeated here.
-- Registered inputs: orgs, opt_out_events, erasure_requests (lakesweep.policy, naive UTC),
-- org_keys(org_key, org_id) and raw_counts / usage_markers (lakesweep.verify).
-- Every rule is judged at two clocks: 'now' ($now) and 'due' ($due = the clock of the last
-- successful nightly run, never after $now). A row the rules delete at 'due' should be gone;
-- one they delete only at 'now' is pending: the next run deletes it.

-- name: raw_file
-- One raw file ($file, absolute path): rows grouped by org and by the rule that deletes them
-- at each clock, with the first $examples row numbers (0-based) and created_at values.
with
raw as (
    select
        file_row_number                                          as row_number,
        cast(org_id as varchar)                                  as org_id,
        timezone('UTC', try_cast(created_at as timestamptz))     as created_at
    from read_parquet($file, file_row_number = true)
),
clocks as (
    select 'now' as clock, cast($now as timestamp) as at, true as any_request
    union all
    select 'due', cast($due as timestamp), false
),
judged as (
    select
        raw.row_number,
        raw.org_id,
        raw.created_at,
        clocks.clock,
        coalesce(orgs.retention_days, $default_retention_days) as retention_days,
        case
            when orgs.zero_data_retention then 'zero_data_retention'
            when orgs.legal_hold_until >= cast(clocks.at as date) then null
            when exists (
                select 1 from erasure_requests as req
                where req.org_id = raw.org_id
                  and req.requested_at >= raw.created_at
                  and (clocks.any_request or req.requested_at <= clocks.at)
            ) then 'erasure'
            when raw.created_at < clocks.at
                - coalesce(orgs.retention_days, $default_retention_days) * interval 1 day
                then 'expired'
        end as rule
    from raw
    cross join clocks
    left join orgs on orgs.org_id = raw.org_id
),
per_row as (
    select
        row_number, org_id, created_at, any_value(retention_days) as retention_days,
        max(rule) filter (where clock = 'now') as rule_now,
        max(rule) filter (where clock = 'due') as rule_due
    from judged
    group by row_number, org_id, created_at
)
select
    org_id,
    rule_due,
    rule_now,
    any_value(retention_days)                                      as retention_days,
    count(*)                                                       as rows,
    list(row_number order by row_number)[1:$examples]              as example_rows,
    list(created_at order by row_number)[1:$examples]              as example_created_at
from per_row
group by org_id, rule_due, rule_now
order by org_id, rule_due nulls first, rule_now nulls first

-- name: usage_counted
-- Requests counted in usage per raw file (parts are named part-<filekey>.parquet) and org.
select
    regexp_extract(filename, 'part-([0-9a-f]{32})\.parquet$', 1)  as filekey,
    cast(org_id as varchar)                                       as org_id,
    sum(requests)                                                 as counted
from read_parquet($files, union_by_name = true, filename = true, hive_partitioning = false)
group by all

-- name: ledger_raw_deleted
-- Rows the ledger ($files) records as deleted from raw, per file and org (deletion records'
-- orgs lists), with the file's key as docs/layout.md defines it.
select
    left(sha256("file"), 32)   as filekey,
    "file",
    o.org_id,
    sum(o."rows")              as deleted
from (
    select "file", unnest(orgs) as o
    from read_json($files, format = 'newline_delimited', columns = {
        kind: 'VARCHAR', "table": 'VARCHAR', "file": 'VARCHAR',
        orgs: 'STRUCT(org_id VARCHAR, "rows" BIGINT)[]'
    })
    where kind = 'deletion' and "table" = 'raw'
)
group by all

-- name: ledger_raw_file_deleted
-- Rows the ledger ($files) records as deleted from each raw file (deletion records' rows).
select left(sha256("file"), 32) as filekey, "file", sum("rows") as deleted
from read_json($files, format = 'newline_delimited', columns = {
    kind: 'VARCHAR', "table": 'VARCHAR', "file": 'VARCHAR', "rows": 'BIGINT'
})
where kind = 'deletion' and "table" = 'raw'
group by all

-- name: usage_vs_ledger
-- Per raw file and org, where usage counts fewer requests than raw still holds plus the
-- ledger deleted. Registered: raw_counts, usage_counted, ledger_deleted, usage_markers.
with
expected as (
    select
        coalesce(r.filekey, d.filekey)    as filekey,
        coalesce(r.file, d.file)          as "file",
        coalesce(r.org_id, d.org_id)      as org_id,
        coalesce(r."rows", 0)             as in_raw,
        coalesce(d.deleted, 0)            as deleted
    from raw_counts as r
    full join ledger_deleted as d on d.filekey = r.filekey and d.org_id = r.org_id
)
select
    e."file", e.org_id, e.in_raw, e.deleted,
    coalesce(u.counted, 0)                as counted,
    m.filekey is not null                 as has_marker
from expected as e
left join usage_counted as u on u.filekey = e.filekey and u.org_id = e.org_id
left join usage_markers as m on m.filekey = e.filekey
where coalesce(u.counted, 0) < e.in_raw + e.deleted
order by e."file", e.org_id

-- name: marker_vs_ledger
-- Per raw file: the usage marker's row count below rows in raw plus rows deleted.
-- Registered: usage_markers, raw_counts, ledger_file_deleted.
with
in_raw as (select filekey, sum("rows") as "rows" from raw_counts group by filekey)
select m.file, m."rows" as marker_rows, coalesce(r."rows", 0) as in_raw,
       coalesce(l.deleted, 0) as deleted
from usage_markers as m
left join in_raw as r using (filekey)
left join ledger_file_deleted as l using (filekey)
where m."rows" < coalesce(r."rows", 0) + coalesce(l.deleted, 0)
order by m.file

-- name: usage_totals
-- Lake-wide: requests counted in usage against rows in raw files already counted (a marker or
-- usage parts) plus rows the ledger deleted. Registered: as for usage_vs_ledger.
select
    (select coalesce(sum(counted), 0) from usage_counted)                  as counted,
    (select coalesce(sum("rows"), 0) from raw_counts
     where filekey in (select filekey from usage_markers)
        or filekey in (select filekey from usage_counted))                 as in_raw,
    (select coalesce(sum(deleted), 0) from ledger_file_deleted)            as deleted

-- name: forbidden_training_columns
-- Training files ($files) that carry a column the contract forbids in training.
select file_name as "file", name as "column"
from parquet_schema($files)
where lower(name) in ('request_id', 'org_id', 'embedding')
order by file_name, name

-- name: training_rows
-- Training rows ($files) whose org is not eligible at the 'due' clock or at 'now', grouped by
-- org and rule, with the first $examples (file, row number, created_at) of each group.
with
t as (
    select
        filename                                                 as "file",
        file_row_number                                          as row_number,
        org_key,
        timezone('UTC', try_cast(created_at as timestamptz))     as created_at
    from read_parquet($files, union_by_name = true, filename = true, file_row_number = true,
                      hive_partitioning = false)
),
clocks as (
    select 'now' as clock, cast($now as timestamp) as at, true as any_request
    union all
    select 'due', cast($due as timestamp), false
),
keyed as (
    select t.*, org_keys.org_id, orgs.org_id is not null as registered,
           orgs.zero_data_retention, orgs.google_workspace
    from t
    left join org_keys on org_keys.org_key = t.org_key
    left join orgs on orgs.org_id = org_keys.org_id
),
judged as (
    select
        keyed."file", keyed.row_number, keyed.org_id, keyed.created_at, clocks.clock,
        case
            when keyed.org_id is null then 'unknown_org_key'
            when not keyed.registered then 'unregistered'
            when keyed.zero_data_retention then 'zero_data_retention'
            when keyed.google_workspace then 'google_workspace'
            when keyed.created_at is null then 'unknown_age'
            when exists (
                select 1 from erasure_requests as req
                where req.org_id = keyed.org_id
                  and req.requested_at >= keyed.created_at
                  and (clocks.any_request or req.requested_at <= clocks.at)
            ) then 'erasure'
            when coalesce((
                select bool_or(ev.opted_out) from opt_out_events as ev
                where ev.org_id = keyed.org_id and ev.effective_at = (
                    select max(e2.effective_at) from opt_out_events as e2
                    where e2.org_id = keyed.org_id and e2.effective_at <= clocks.at)
            ), false) then 'opted_out'
            when coalesce((
                select bool_or(ev.opted_out) from opt_out_events as ev
                where ev.org_id = keyed.org_id and ev.effective_at = (
                    select max(e2.effective_at) from opt_out_events as e2
                    where e2.org_id = keyed.org_id
                      and e2.effective_at <= least(keyed.created_at, clocks.at))
            ), false) then 'opted_out_at_creation'
        end as rule
    from keyed
    cross join clocks
),
per_row as (
    select
        "file", row_number, org_id, created_at,
        max(rule) filter (where clock = 'due') as rule_due,
        max(rule) filter (where clock = 'now') as rule_now
    from judged
    group by "file", row_number, org_id, created_at
)
select
    org_id, rule_due, rule_now,
    count(*)                                                          as rows,
    list("file" order by "file", row_number)[1:$examples]             as example_files,
    list(row_number order by "file", row_number)[1:$examples]         as example_rows,
    list(created_at order by "file", row_number)[1:$examples]         as example_created_at
from per_row
where rule_now is not null or rule_due is not null
group by org_id, rule_due, rule_now
order by org_id, rule_due, rule_now

-- name: training_count
select count(*) as rows
from read_parquet($files, union_by_name = true, hive_partitioning = false)

-- name: training_sample
-- Up to $n training rows, a deterministic spread over every file, with their texts.
select
    filename as "file", file_row_number as row_number, prompt, output, documents
from read_parquet($files, union_by_name = true, filename = true, file_row_number = true,
                  hive_partitioning = false)
order by hash(filename, file_row_number, $seed)
limit $n

-- name: last_nightly
-- The clock ('now') of the latest successful nightly run recorded in the ledger ($files).
select max(try_cast(json_extract_string(detail, '$.now') as timestamp)) as due
from read_json($files, format = 'newline_delimited', columns = {
    kind: 'VARCHAR', status: 'VARCHAR', detail: 'VARCHAR'
})
where kind = 'run' and status = 'succeeded' and json_extract_string(detail, '$.kind') = 'nightly'
