-- Training rows that must leave the training dataset now. Training rows carry no org_id:
-- org_keys maps HMAC(org_id) -> org_id for every org in the registry and for every org
-- named in an erasure request (computed by lakesweep.propagate with the operator's key).
-- Inputs: training_rows(__row, org_key, created_at), org_keys(org_key, org_id),
-- orgs, opt_out_events, erasure_requests. Parameters: $now.

-- name: remove_from_training
with

keyed as (
    select training_rows.__row, training_rows.created_at, org_keys.org_id
    from training_rows
    left join org_keys using (org_key)
),

opt_events as (
    select org_id, effective_at, bool_or(opted_out) as opted_out
    from opt_out_events
    where effective_at <= $now
    group by org_id, effective_at
),

opted_out_now as (
    select org_id, arg_max(opted_out, effective_at) as opted_out
    from opt_events
    group by org_id
),

-- An opt-out event may arrive late, with an effective_at before rows already exported:
-- the contract wants the org opted in at created_at too.
opted_out_at_created as (
    select keyed.__row, coalesce(at_created.opted_out, false) as opted_out
    from keyed
    asof left join opt_events as at_created
        on keyed.org_id = at_created.org_id
        and keyed.created_at >= at_created.effective_at
),

erasure as (
    select org_id, max(requested_at) as last_requested_at
    from erasure_requests
    group by org_id
),

joined as (
    select
        keyed.__row,
        keyed.org_id,
        orgs.org_id is not null                                      as registered,
        coalesce(orgs.zero_data_retention, false)                    as zero_data_retention,
        coalesce(orgs.google_workspace, false)                       as google_workspace,
        coalesce(opted_out_now.opted_out, false)
            or opted_out_at_created.opted_out                        as opted_out,
        coalesce(erasure.last_requested_at >= keyed.created_at, false) as erasure_covered
    from keyed
    left join orgs using (org_id)
    left join opted_out_now using (org_id)
    left join opted_out_at_created using (__row)
    left join erasure using (org_id)
),

final as (
    select
        __row,
        org_id,
        case
            when zero_data_retention then 'zero_data_retention'
            when erasure_covered     then 'erasure'
            when not registered      then 'unregistered'
            when opted_out           then 'opted_out'
            when google_workspace    then 'google_workspace'
        end as rule
    from joined
)

select * from final
order by __row
