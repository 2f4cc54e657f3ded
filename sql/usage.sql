-- Token-count aggregates of raw files, computed once per file identity, before the file
-- loses any row. Input: raw_usage(__file, created_at, org_id, endpoint, model, connector,
-- input_tokens, output_tokens), created_at already normalized to naive UTC; __file is the
-- index of the file among those counted together (aggregates never cross files).
-- A key's sums are exact: when one would not fit in BIGINT (extreme token values), that
-- key's requests are written one row each instead (a key may appear in several rows; its
-- aggregate is their sum).

-- name: aggregate_file
with

requests as (
    select
        __file,
        -- The UTC date of created_at; null outside years 1-9999 (no folder can name it).
        case when created_at >= timestamp '0001-01-01'
            and cast(created_at as date) <= date '9999-12-31'
            then cast(created_at as date) end         as event_date,
        org_id,
        endpoint,
        model,
        connector,
        coalesce(input_tokens, 0)::hugeint            as input_tokens,
        coalesce(output_tokens, 0)::hugeint           as output_tokens
    from raw_usage
),

grouped as (
    select
        __file, event_date, org_id, endpoint, model, connector,
        count(*)            as requests,
        sum(input_tokens)   as input_tokens,
        sum(output_tokens)  as output_tokens
    from requests
    group by all
),

fits as (
    select *,
        input_tokens between -9223372036854775808 and 9223372036854775807
        and output_tokens between -9223372036854775808 and 9223372036854775807 as fits
    from grouped
),

one_row_each as (
    select r.__file, r.event_date, r.org_id, r.endpoint, r.model, r.connector,
        1 as requests, r.input_tokens, r.output_tokens
    from requests as r
    semi join (select * from fits where not fits) as f
        on  r.__file = f.__file
        and r.event_date is not distinct from f.event_date
        and r.org_id     is not distinct from f.org_id
        and r.endpoint   is not distinct from f.endpoint
        and r.model      is not distinct from f.model
        and r.connector  is not distinct from f.connector
),

final as (
    select __file, event_date, org_id, endpoint, model, connector,
        requests::bigint as requests,
        input_tokens::bigint as input_tokens,
        output_tokens::bigint as output_tokens
    from (
        select __file, event_date, org_id, endpoint, model, connector, requests,
            input_tokens, output_tokens
        from fits where fits
        union all
        select * from one_row_each
    )
)

select * from final
order by __file, event_date nulls last, org_id, endpoint nulls first, model nulls first,
    connector nulls first, input_tokens, output_tokens
