-- What a deletion record says about the rows it deleted: counts and token sums per rule and
-- org, and the span of their created_at (so `verify` can judge the deletion later). No row
-- content. Input: doomed(__file, rule, org_id, created_at, input_tokens, output_tokens),
-- __file = the index of the file in the group planned together.

-- name: deleted_by_org
with

per_org as (
    select
        __file,
        rule,
        org_id,
        count(*)                                        as "rows",
        coalesce(sum(input_tokens::hugeint), 0)         as input_tokens,
        coalesce(sum(output_tokens::hugeint), 0)        as output_tokens,
        min(created_at)                                 as min_created_at,
        max(created_at)                                 as max_created_at
    from doomed
    group by __file, rule, org_id
),

final as (
    select * from per_org
)

select * from final
order by __file, rule, org_id nulls first
