-- +goose Up
-- The near-duplicate index's functions of migration 00016 keep one plan a
-- session for their statements, as 00015 had near_candidates and the old
-- near_put do (issue #17). A function's statement is planned for its
-- arguments' values for its first five calls, then the plan cache keeps a
-- plan for any values only if its estimated cost is no higher; near_lacking's
-- reads of near_log by p_xmax and p_xip estimate higher than the custom
-- plans, so each lookup planned them again: 0.11-0.13 of a lookup
-- statement's 0.34-0.39 ms of the backend's CPU on a 10,000-draft launch's
-- kept schema, 0.05-0.06 ms with this (docs/PERFORMANCE.md, "The
-- twenty-second session"). The generic plans are the custom ones' shape:
-- each function reads near_log by near_log_xid (sequential scans off), and
-- near_put probes near_key_sets_pkey.
ALTER FUNCTION near_lacking(bigint, bigint[], bigint[], bigint) SET plan_cache_mode = force_generic_plan;
ALTER FUNCTION near_catch_up(bigint, bigint[], bigint[]) SET plan_cache_mode = force_generic_plan;
ALTER FUNCTION near_put(text[], bigint[], bigint[]) SET plan_cache_mode = force_generic_plan;

-- +goose Down
ALTER FUNCTION near_put(text[], bigint[], bigint[]) RESET plan_cache_mode;
ALTER FUNCTION near_catch_up(bigint, bigint[], bigint[]) RESET plan_cache_mode;
ALTER FUNCTION near_lacking(bigint, bigint[], bigint[], bigint) RESET plan_cache_mode;
