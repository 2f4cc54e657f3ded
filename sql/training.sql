-- Training rows that must leave the training dataset now. Training rows carry no org_id:
-- org_keys maps HMAC(org_id) -> org_id for every org the policy names (computed by
-- lakesweep.propagate with the operator's key). The per-org facts are sql/rules.sql's
-- per-run tables, so raw and training rows are judged from the same org_state.
-- Inputs: training_rows(__row, org_key, created_at), org_keys(org_key, org_id),
-- org_state and opt_events (sql/rules.sql, as of the run's $now).

-- name: remove_from_training
with

keyed as (
    select training_rows.__row, training_rows.created_at, org_keys.org_id
    from training_rows
    left join org_keys using (org_key)
),

-- An opt-out event may arrive late, with an effective_at before rows already exported:
-- the contract wants the org opted in at created_at too.
with_opt_out as (
    select
        keyed.*,
        coalesce(at_created.opted_out, false) as opted_out_at_created
    from keyed
    asof left join opt_events as at_created
        on keyed.org_id = at_created.org_id
        and keyed.created_at >= at_created.effective_at
),

joined as (
    select
        with_opt_out.__row,
        with_opt_out.org_id,
        coalesce(org_state.registered, false)                        as registered,
        coalesce(org_state.zero_data_retention, false)               as zero_data_retention,
        coalesce(org_state.google_workspace, false)                  as google_workspace,
        coalesce(org_state.opted_out_now, false)
            or with_opt_out.opted_out_at_created                     as opted_out,
        coalesce(org_state.last_requested_at >= with_opt_out.created_at, false)
                                                                     as erasure_covered
    from with_opt_out
    left join org_state using (org_id)
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
