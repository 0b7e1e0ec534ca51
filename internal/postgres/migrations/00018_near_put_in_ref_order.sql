-- +goose Up
-- near_put writes the refs' near_key_sets rows in ref order (the primary
-- key's, COLLATE "C"), whatever order the join of the refs and their keys
-- comes out in: two transactions that upsert overlapping refs take their
-- row locks in one order and cannot deadlock (SQLSTATE 40P01) on them.
-- sqlstore sends a transaction's puts together, its refs sorted (sendNear,
-- issue #17); before, a plan free to hash the join could lock them in any
-- order. Otherwise as in migration 00016, with 00017's generic plan.
-- +goose StatementBegin
CREATE OR REPLACE FUNCTION near_put(p_refs text[], p_keys bigint[], p_key_refs bigint[]) RETURNS bigint LANGUAGE plpgsql
    SET plan_cache_mode = force_generic_plan AS $$
BEGIN
    INSERT INTO near_key_sets (ref, keys)
        SELECT r.ref, COALESCE(g.keys, '{}') FROM unnest(p_refs) WITH ORDINALITY AS r(ref, i)
        LEFT JOIN (SELECT t.i, array_agg(DISTINCT t.k ORDER BY t.k) AS keys FROM unnest(p_keys, p_key_refs) AS t(k, i) GROUP BY t.i) g
            ON g.i = r.i
        ORDER BY r.ref COLLATE "C"
        ON CONFLICT (ref) DO UPDATE SET keys = excluded.keys;
    INSERT INTO near_log (refs) VALUES (p_refs);
    RETURN pg_current_xact_id()::text::bigint;
END $$;
-- +goose StatementEnd

-- +goose Down
-- +goose StatementBegin
CREATE OR REPLACE FUNCTION near_put(p_refs text[], p_keys bigint[], p_key_refs bigint[]) RETURNS bigint LANGUAGE plpgsql
    SET plan_cache_mode = force_generic_plan AS $$
BEGIN
    INSERT INTO near_key_sets (ref, keys)
        SELECT r.ref, COALESCE(g.keys, '{}') FROM unnest(p_refs) WITH ORDINALITY AS r(ref, i)
        LEFT JOIN (SELECT t.i, array_agg(DISTINCT t.k ORDER BY t.k) AS keys FROM unnest(p_keys, p_key_refs) AS t(k, i) GROUP BY t.i) g
            ON g.i = r.i
        ON CONFLICT (ref) DO UPDATE SET keys = excluded.keys;
    INSERT INTO near_log (refs) VALUES (p_refs);
    RETURN pg_current_xact_id()::text::bigint;
END $$;
-- +goose StatementEnd
