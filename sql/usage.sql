-- Token-count aggregates of one raw file, computed before that file loses any row.
-- Input: raw_usage(created_at, org_id, endpoint, model, connector, input_tokens, output_tokens)
-- with created_at already normalized to naive UTC.

-- name: aggregate_file
with

requests as (
    select
        cast(created_at as date) as event_date,
        org_id,
        endpoint,
        model,
        connector,
        coalesce(input_tokens, 0)  as input_tokens,
        coalesce(output_tokens, 0) as output_tokens
    from raw_usage
),

final as (
    select
        event_date,
        org_id,
        endpoint,
        model,
        connector,
        count(*)                           as requests,
        cast(sum(input_tokens) as bigint)  as input_tokens,
        cast(sum(output_tokens) as bigint) as output_tokens
    from requests
    group by all
)

select * from final
order by event_date nulls last, org_id, endpoint nulls first, model nulls first,
    connector nulls first
