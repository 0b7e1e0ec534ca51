-- +goose Up
-- The near-duplicate index's two functions keep one plan a session for
-- their statements (issue #17). A function's statement is planned for its
-- arguments' values for its first five calls, then the plan cache keeps a
-- plan for any values only if that plan's estimated cost is no higher:
-- near_candidates' LIMIT p_per_key and near_put's arrays of unknown
-- length estimate higher than the custom plans, so every call of either
-- was planned again (planning inside PL/pgSQL was 2.2% of the PostgreSQL
-- backends' samples in a 10,000-draft launch; alternating runs on a
-- launch's kept schema: 0.93x of near_candidates' time, 0.94-0.95x of
-- near_put's, docs/PERFORMANCE.md, "The near-duplicate key write without
-- speculative insertion"). The generic plans are the custom ones' shape:
-- near_candidates reads each key by a range scan of near_keys_pkey
-- (bitmap scans stay off), and its ORDER BY nk.ref fixes which refs a key
-- gives whatever the plan; near_put probes near_key_sets_pkey and
-- near_keys_pkey by key.
ALTER FUNCTION near_candidates(bigint[], integer, integer) SET plan_cache_mode = force_generic_plan;
ALTER FUNCTION near_put(text[], bigint[], bigint[]) SET plan_cache_mode = force_generic_plan;

-- +goose Down
ALTER FUNCTION near_put(text[], bigint[], bigint[]) RESET plan_cache_mode;
ALTER FUNCTION near_candidates(bigint[], integer, integer) RESET plan_cache_mode;
