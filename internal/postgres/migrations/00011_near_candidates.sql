-- +goose Up
-- The near-duplicate lookup's candidates (sqlstore.nearQuery): the refs
-- filed under the most of a text's band keys, each key contributing its
-- first per_key refs in ref order, ties broken by ref. It was a LATERAL
-- subquery in the lookup, planned like any other: while near_keys is small
-- (the first drafts of a launch, when a connection caches its generic
-- plan) the planner took each key's rows as a bitmap scan, which reads
-- every row filed under the key before the LIMIT applies, rescans the
-- bitmap for each of the 128 keys (an lseek each) and returns the rows in
-- heap order, not ref order; the cached plan then served the whole launch
-- (17% of the server's CPU in a 10,000-draft launch, docs/PERFORMANCE.md,
-- 1 Dec). Here the planner may not use a bitmap scan, so each key is one
-- range scan of near_keys_pkey that stops after per_key rows, in ref order
-- whatever the statistics; PL/pgSQL keeps the plan for the session.
-- +goose StatementBegin
CREATE FUNCTION near_candidates(p_keys bigint[], p_per_key integer, p_limit integer)
    RETURNS TABLE (cand_ref text, cand_n bigint)
    LANGUAGE plpgsql STABLE SET enable_bitmapscan = off AS $$
BEGIN
    RETURN QUERY SELECT h.ref, count(*) FROM unnest(p_keys) AS k(key)
        CROSS JOIN LATERAL (SELECT nk.ref FROM near_keys nk WHERE nk.key = k.key ORDER BY nk.ref LIMIT p_per_key) h
        GROUP BY h.ref ORDER BY count(*) DESC, h.ref LIMIT p_limit;
END $$;
-- +goose StatementEnd

-- +goose Down
DROP FUNCTION near_candidates(bigint[], integer, integer);
