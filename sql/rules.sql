-- The contract's rules, one row per raw row. Read top to bottom as the contract reads.
-- Per run, lakesweep.plan computes two small tables from the policy inputs (orgs,
-- opt_out_events, erasure_requests, normalized by lakesweep.policy) with `org_state` and
-- `opt_events`; per raw file, `decide` applies the rules to raw_rows(__row, request_id,
-- org_id, created_at, connector).
-- Extremes are inputs: retention is compared in microseconds as HUGEINT, so a
-- retention_days of 2^31-1 (or more) never overflows; it simply never expires a row.
-- Parameters: $now (naive UTC timestamp of the run), $today (UTC date of $now),
-- $default_retention_days.

-- name: opt_events
-- Opt-out history as of $now (events after the run's clock are ignored). Two events at the
-- same instant resolve to "opted out": the privacy-safe reading.
with

effective as (
    select org_id, effective_at, opted_out
    from opt_out_events
    where effective_at <= $now
),

final as (
    select org_id, effective_at, bool_or(opted_out) as opted_out
    from effective
    group by org_id, effective_at
)

select * from final
order by org_id, effective_at

-- name: org_state
-- One row per org the policy names: the registry's facts, the legal hold as of $today,
-- the retention that applies, the latest erasure request and the opt-out state now.
with

-- Erasure: a row is covered when a request for its org has requested_at >= created_at,
-- so only each org's latest request matters.
erasure as (
    select org_id, max(requested_at) as last_requested_at
    from erasure_requests
    group by org_id
),

opted_out_now as (
    select org_id, arg_max(opted_out, effective_at) as opted_out
    from opt_events
    group by org_id
),

named as (
    select org_id from orgs
    union
    select org_id from erasure
    union
    select org_id from opted_out_now
),

final as (
    select
        named.org_id,
        orgs.org_id is not null                                   as registered,
        coalesce(orgs.zero_data_retention, false)                 as zero_data_retention,
        coalesce(orgs.google_workspace, false)                    as google_workspace,
        coalesce(orgs.legal_hold_until >= $today, false)          as on_legal_hold,
        coalesce(orgs.retention_days, $default_retention_days)    as retention_days,
        erasure.last_requested_at,
        coalesce(opted_out_now.opted_out, false)                  as opted_out_now
    from named
    left join orgs using (org_id)
    left join erasure using (org_id)
    left join opted_out_now using (org_id)
)

select * from final

-- name: decide
with

rows as (
    select __row, request_id, org_id, created_at, connector
    from raw_rows
),

-- An org the policy does not name is unregistered: default retention, no hold, no export.
joined as (
    select
        rows.__row,
        rows.request_id,
        rows.org_id,
        rows.created_at,
        rows.connector,
        coalesce(org_state.registered, false)                     as registered,
        coalesce(org_state.zero_data_retention, false)            as zero_data_retention,
        coalesce(org_state.google_workspace, false)               as google_workspace,
        coalesce(org_state.on_legal_hold, false)                  as on_legal_hold,
        coalesce(org_state.retention_days, $default_retention_days) as retention_days,
        coalesce(org_state.last_requested_at >= rows.created_at, false) as erasure_covered,
        coalesce(org_state.opted_out_now, false)                  as opted_out_now
    from rows
    left join org_state using (org_id)
),

with_opt_out as (
    select
        joined.*,
        coalesce(at_created.opted_out, false) as opted_out_at_created
    from joined
    asof left join opt_events as at_created
        on joined.org_id = at_created.org_id
        and joined.created_at >= at_created.effective_at
),

decided as (
    select
        *,
        case
            when zero_data_retention
                then 'zero_data_retention'
            when erasure_covered and not on_legal_hold
                then 'erasure'
            when epoch_us(created_at)::hugeint
                    < epoch_us($now::timestamp)::hugeint
                      - retention_days::hugeint * 86400000000
                and not on_legal_hold
                then 'expired'
        end as rule
    from with_opt_out
),

final as (
    select
        __row,
        org_id,
        rule,
        registered,
        -- Unknown age: no readable created_at, or one after the run's clock (kept, not
        -- exported tonight; a skewed clock only defers the export to a later run).
        created_at is null or created_at > $now                 as unknown_age,
        -- The UTC date of created_at; null outside years 1-9999 (no folder can name it).
        case when created_at >= timestamp '0001-01-01'
            and cast(created_at as date) <= date '9999-12-31'
            then cast(created_at as date) end                    as event_date,
        rule is null
            and not erasure_covered
            and coalesce(request_id, '') <> ''
            and registered
            and created_at >= timestamp '0001-01-01'
            and created_at <= $now
            and not opted_out_at_created
            and not opted_out_now
            and not zero_data_retention
            and not google_workspace
            and connector is distinct from 'google_drive'        as eligible
    from decided
)

select * from final
order by __row
