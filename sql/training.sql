-- Training rows that must leave the training dataset now. Training rows carry no org_id:
-- org_keys maps HMAC(org_id) -> org_id for every org the policy names (computed by
-- lakesweep.propagate with the operator's key). The per-org facts are sql/rules.sql's
-- per-run tables, so raw and training rows are judged from the same org_state.
-- Inputs: training_rows(__row, sample_id, org_key, created_at, duplicated), org_keys(org_key,
-- org_id), org_state and opt_events (sql/rules.sql, as of the run's $now). `duplicated`
-- marks rows whose sample_id an earlier training part holds (lakesweep.exported).

-- name: remove_from_training
with

keyed as (
    select
        training_rows.__row,
        training_rows.created_at,
        org_keys.org_id,
        coalesce(training_rows.sample_id, '') = ''
            or coalesce(training_rows.org_key, '') = ''                  as no_pseudonym,
        training_rows.duplicated
            or row_number() over (
                partition by training_rows.sample_id order by training_rows.__row) > 1
                                                                         as duplicated
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
        with_opt_out.no_pseudonym,
        with_opt_out.duplicated,
        with_opt_out.created_at is null                              as unknown_age,
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
            when no_pseudonym        then 'no_pseudonym'
            when unknown_age         then 'unknown_age'
            when duplicated          then 'duplicate'
        end as rule
    from joined
)

select * from final
order by __row

-- name: duplicates
-- Sample ids held by more than one training part: every part but the first (in path order)
-- must drop them. Input: training_ids(part, sample_id), part = index in path order.
with

holders as (
    select distinct part, sample_id
    from training_ids
    where sample_id is not null
),

ranked as (
    select part, sample_id, min(part) over (partition by sample_id) as keeper
    from holders
),

final as (
    select part, sample_id
    from ranked
    where part <> keeper
)

select * from final
order by part, sample_id
