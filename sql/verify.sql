-- `lakesweep verify`: independent checks of a lake against the contract (docs/contract.md).
-- Written from the contract, not from rules.sql/training.sql: keep it that way, so a bug in
-- the rules is not repeated here. Times are compared as microseconds since the epoch in
-- HUGEINT ($now_us, $grace_us), so no retention or date, however extreme, overflows.
-- Registered inputs: orgs, opt_out_events, erasure_requests (the current policy);
-- raw_rows(file, row_number, org_id, created_at, input_tokens, output_tokens) (every raw
-- row, read with lakesweep.rawfile); org_keys(org_key, org_id); the tables named per query.

-- name: raw_judged
-- Raw rows a rule deletes now, with when they fell due: a zero-retention row at its
-- created_at (never allowed), an erased row when the first request covering it was made, an
-- expired row when its retention ended; never before the day after a legal hold that has
-- ended. Overdue = due more than $grace_us ago.
with
req as (
    select org_id, requested_at from erasure_requests
),
judged as (
    select
        r.file, r.row_number, r.org_id, r.created_at,
        coalesce(o.zero_data_retention, false)                       as zdr,
        coalesce(o.legal_hold_until >= $today, false)                as on_hold,
        case when o.legal_hold_until is not null
            then epoch_us(cast(o.legal_hold_until as timestamp))::hugeint + 86400000000
        end                                                          as hold_end_us,
        coalesce(o.retention_days, $default_retention_days)::hugeint as retention_days,
        req.requested_at                                             as erased_at
    from raw_rows as r
    left join orgs as o on o.org_id = r.org_id
    asof left join req on req.org_id = r.org_id and req.requested_at >= r.created_at
),
ruled as (
    select *,
        case
            when zdr then 'zero_data_retention'
            when created_at is null or on_hold then null
            when erased_at is not null then 'erasure'
            when epoch_us(created_at)::hugeint + retention_days * 86400000000 < $now_us
                then 'expired'
        end as rule
    from judged
),
due as (
    select *,
        case rule
            when 'zero_data_retention' then coalesce(epoch_us(created_at)::hugeint, -$now_us)
            when 'erasure' then greatest(epoch_us(erased_at)::hugeint, hold_end_us)
            else greatest(epoch_us(created_at)::hugeint + retention_days * 86400000000,
                          hold_end_us)
        end as due_us
    from ruled
    where rule is not null
)
select
    file, org_id, rule,
    $now_us - due_us > $grace_us                           as overdue,
    count(*)                                               as "rows",
    any_value(retention_days)::bigint                      as retention_days,
    list(row_number order by row_number)[1:$examples]      as example_rows,
    list(created_at::varchar order by row_number)[1:$examples] as example_created_at
from due
group by all
order by file, org_id nulls first, rule

-- name: raw_per_org
-- Rows and token sums per raw file and org, as the reconciliation needs them.
select
    file, org_id,
    count(*)                                           as "rows",
    coalesce(sum(input_tokens::hugeint), 0)            as input_tokens,
    coalesce(sum(output_tokens::hugeint), 0)           as output_tokens
from raw_rows
group by all

-- name: usage_by_origin
-- What usage counts per counted file identity (parts are part-<origin>.parquet) and org.
select
    regexp_extract(filename, 'part-([0-9a-f]{32})\.parquet$', 1)  as origin32,
    cast(org_id as varchar)                                       as org_id,
    sum(requests)::hugeint                                        as "rows",
    coalesce(sum(input_tokens::hugeint), 0)                       as input_tokens,
    coalesce(sum(output_tokens::hugeint), 0)                      as output_tokens
from read_parquet($files::varchar[], union_by_name = true, filename = true,
                  hive_partitioning = false)
group by all

-- name: reconcile
-- Every place a counted file identity (origin) was ever seen must account, per org, for
-- exactly what usage counted: rows still there + rows the ledger deleted there.
-- Registered: lineage(cid, origin, parent, path), present(file, origin, org_id, rows,
-- input_tokens, output_tokens) (origin: the identity the file's content descends from, null
-- when never counted), deleted(origin, file, org_id, rows, input_tokens,
-- output_tokens), counted(origin32, org_id, rows, input_tokens, output_tokens).
with
here as (
    select p.file, p.origin, p.org_id, p."rows", p.input_tokens, p.output_tokens
    from present as p where p.origin is not null
),
gone as (
    select origin, file, org_id, sum("rows")::hugeint as "rows",
        sum(input_tokens)::hugeint as input_tokens, sum(output_tokens)::hugeint as output_tokens
    from deleted group by all
),
instances as (
    select distinct origin, file from here
    union select distinct origin, file from gone
    union select origin, path as file from lineage where parent is null
),
origin_orgs as (
    select distinct origin, org_id from here
    union select distinct origin, org_id from gone
    union select l.origin, c.org_id from counted as c
        join lineage as l on l.parent is null and left(l.origin, 32) = c.origin32
),
expected as (
    select
        i.origin, i.file, o.org_id,
        coalesce(h."rows", 0) + coalesce(g."rows", 0)                   as "rows",
        coalesce(h.input_tokens, 0) + coalesce(g.input_tokens, 0)       as input_tokens,
        coalesce(h.output_tokens, 0) + coalesce(g.output_tokens, 0)     as output_tokens,
        coalesce(h."rows", 0)                                           as in_raw,
        coalesce(g."rows", 0)                                           as in_ledger
    from instances as i
    join origin_orgs as o using (origin)
    left join here as h
        on h.origin = i.origin and h.file = i.file and h.org_id is not distinct from o.org_id
    left join gone as g
        on g.origin = i.origin and g.file = i.file and g.org_id is not distinct from o.org_id
)
select
    e.origin, e.file, e.org_id, e.in_raw, e.in_ledger,
    coalesce(c."rows", 0)            as counted,
    e.input_tokens, coalesce(c.input_tokens, 0) as counted_input,
    e.output_tokens, coalesce(c.output_tokens, 0) as counted_output
from expected as e
left join counted as c
    on c.origin32 = left(e.origin, 32) and c.org_id is not distinct from e.org_id
where coalesce(c."rows", 0) <> e."rows"
   or coalesce(c.input_tokens, 0) <> e.input_tokens
   or coalesce(c.output_tokens, 0) <> e.output_tokens
order by e.file, e.org_id nulls first

-- name: unjustified_deletions
-- Ledger deletions from raw that no rule justified under the policy and clock of their run.
-- Registered: deletion_orgs(seq, run_id, file, rule, org_id, rows, max_created_at, run_now,
-- default_retention_days, policy), snap_orgs(policy, org_id, zero_data_retention,
-- legal_hold_until, retention_days), snap_erasures(policy, org_id, requested_at).
with
d as (
    select *, try_cast(max_created_at as timestamp) as newest, try_cast(run_now as timestamp) as at
    from deletion_orgs
),
judged as (
    select d.*,
        case
            when d.rule = 'zero_data_retention' then
                case when coalesce(o.zero_data_retention, false) then null
                     else 'the org was not zero-retention under the run''s policy' end
            when d.rule not in ('erasure', 'expired') then 'no rule of that name deletes raw rows'
            when d.at is null or d.newest is null then 'the record lacks its clock or row times'
            when o.legal_hold_until >= cast(d.at as date)
                then 'the org was on legal hold at the run''s clock'
            when d.rule = 'erasure' then
                case when exists (
                    select 1 from snap_erasures as e
                    where e.policy = d.policy and e.org_id = d.org_id
                      and e.requested_at >= d.newest
                ) then null else 'no erasure request of the run''s policy covers the rows' end
            else
                case when epoch_us(d.newest)::hugeint
                        + coalesce(o.retention_days, d.default_retention_days)::hugeint
                          * 86400000000 < epoch_us(d.at)::hugeint
                     then null else 'the rows were not past their retention at the run''s clock'
                end
        end as problem
    from d
    left join snap_orgs as o on o.policy = d.policy and o.org_id = d.org_id
)
select seq, run_id, file, rule, org_id, "rows", problem
from judged
where problem is not null
order by seq, file, org_id

-- name: training_judged
-- Training rows ($files) that may not be there now, with when that fell due: rows of an org
-- that is unknown, unregistered, zero-retention or Google-connected (never allowed: due at
-- created_at), covered by an erasure request (due when requested), opted out now (due at
-- the opt-out) or at created_at (never allowed). Overdue = due more than $grace_us ago.
with
t as (
    select filename as "file", file_row_number as row_number, org_key,
        timezone('UTC', try_cast(created_at as timestamptz)) as created_at
    from read_parquet($files::varchar[], union_by_name = true, filename = true,
                      file_row_number = true, hive_partitioning = false)
),
keyed as (
    select t.*, org_keys.org_id, orgs.org_id is not null as registered,
        coalesce(orgs.zero_data_retention, false) as zdr,
        coalesce(orgs.google_workspace, false) as google
    from t
    left join org_keys on org_keys.org_key = t.org_key
    left join orgs on orgs.org_id = org_keys.org_id
),
latest as (
    select org_id, max(effective_at) as at from opt_out_events
    where effective_at <= $now group by org_id
),
now_out as (
    select l.org_id, l.at, bool_or(e.opted_out) as opted_out
    from latest as l join opt_out_events as e on e.org_id = l.org_id and e.effective_at = l.at
    group by all
),
events as (
    select org_id, effective_at, bool_or(opted_out) as opted_out
    from opt_out_events group by all
),
judged as (
    select k.*, n.opted_out as out_now, n.at as out_since, e.opted_out as out_at_creation,
        req.requested_at as erased_at
    from keyed as k
    left join now_out as n on n.org_id = k.org_id
    asof left join events as e on e.org_id = k.org_id and k.created_at >= e.effective_at
    asof left join erasure_requests as req
        on req.org_id = k.org_id and req.requested_at >= k.created_at
),
ruled as (
    select *,
        case
            when org_id is null then 'unknown_org_key'
            when not registered then 'unregistered'
            when zdr then 'zero_data_retention'
            when google then 'google_workspace'
            when created_at is null then 'unknown_age'
            when erased_at is not null then 'erasure'
            when coalesce(out_at_creation, false) then 'opted_out_at_creation'
            when coalesce(out_now, false) then 'opted_out'
        end as rule
    from judged
),
due as (
    select *,
        case rule
            when 'erasure' then epoch_us(erased_at)::hugeint
            when 'opted_out' then greatest(epoch_us(out_since)::hugeint,
                                           epoch_us(created_at)::hugeint)
            else coalesce(epoch_us(created_at)::hugeint, -$now_us)
        end as due_us
    from ruled where rule is not null
)
select
    org_id, rule, $now_us - due_us > $grace_us as overdue,
    count(*)                                                          as "rows",
    list("file" order by "file", row_number)[1:$examples]             as example_files,
    list(row_number order by "file", row_number)[1:$examples]         as example_rows,
    list(created_at::varchar order by "file", row_number)[1:$examples] as example_created_at
from due
group by all
order by org_id nulls first, rule

-- name: training_pseudonyms
-- Training rows ($files) without a pseudonym, and sample ids held more than once.
with
t as (
    select filename as "file", file_row_number as row_number,
        cast(sample_id as varchar) as sample_id, cast(org_key as varchar) as org_key
    from read_parquet($files::varchar[], union_by_name = true, filename = true,
                      file_row_number = true, hive_partitioning = false)
),
numbered as (
    select *, row_number() over (partition by sample_id order by "file", row_number) as copy
    from t
)
select
    case when coalesce(sample_id, '') = '' or coalesce(org_key, '') = '' then 'no_pseudonym'
         else 'duplicate' end                                        as problem,
    count(*)                                                          as "rows",
    list("file" order by "file", row_number)[1:$examples]             as example_files,
    list(row_number order by "file", row_number)[1:$examples]         as example_rows
from numbered
where coalesce(sample_id, '') = '' or coalesce(org_key, '') = '' or copy > 1
group by all

-- name: training_columns
-- Every column name of the training files ($files), to find forbidden ones in any spelling.
select distinct file_name as "file", name as "column"
from parquet_schema($files::varchar[])
order by 1, 2

-- name: training_count
select count(*) as "rows"
from read_parquet($files::varchar[], union_by_name = true, hive_partitioning = false)

-- name: training_sample
-- Up to $n training rows, a deterministic spread over every file, with their texts.
select
    filename as "file", file_row_number as row_number, prompt, output, documents
from read_parquet($files::varchar[], union_by_name = true, filename = true,
                  file_row_number = true, hive_partitioning = false)
order by hash(filename, file_row_number, $seed)
limit $n

-- name: unmatched_org_ids
-- Org ids of raw rows, opt-out events and erasure requests that the registry does not name.
with
named as (
    select 'raw' as source, org_id from raw_rows
    union all select 'opt_out_events', org_id from opt_out_events
    union all select 'erasure_requests', org_id from erasure_requests
)
select source, org_id, count(*) as "rows"
from named
where org_id is null or org_id not in (select org_id from orgs)
group by all
order by source, org_id nulls first

-- name: training_sanitizer_versions
-- Training rows per sanitizer release in the files $files (each has the column), the days
-- they span and one file that holds them.
with exported as (
    select sanitizer_version, event_date, filename
    from read_parquet($files::varchar[], union_by_name = true, filename = true,
                      hive_partitioning = false)
),

final as (
    select
        coalesce(sanitizer_version, '') as version,
        count(*) as "rows",
        min(event_date) as first_day,
        max(event_date) as last_day,
        min(filename) as example_file
    from exported
    group by 1
)

select * from final
order by version

-- name: training_sanitizer_builds
-- Training rows of release $release per sanitizer build in the files $files (each has the
-- sanitizer_build column), the days they span and one file that holds them.
with exported as (
    select sanitizer_build, event_date, filename
    from read_parquet($files::varchar[], union_by_name = true, filename = true,
                      hive_partitioning = false)
    where sanitizer_version = $release
),

final as (
    select
        coalesce(sanitizer_build, '') as build,
        count(*) as "rows",
        min(event_date) as first_day,
        max(event_date) as last_day,
        min(filename) as example_file
    from exported
    group by 1
)

select * from final
order by build
