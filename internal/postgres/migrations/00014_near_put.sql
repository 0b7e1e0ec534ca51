-- +goose Up
-- The near-duplicate index's key write (sqlstore.putNearKeyArrays) as a
-- function whose key rows are inserted plainly, with the statement's
-- ON CONFLICT form kept for when a plain insert meets a row it would have
-- skipped (issue #17). INSERT … ON CONFLICT DO NOTHING inserts each row
-- speculatively: a probe of near_keys_pkey before the insert's own descent,
-- and a HEAP_CONFIRM WAL record after it; at 64 key rows a draft that was
-- 9% of the PostgreSQL backends' CPU in a 10,000-draft launch and 66 of its
-- ~1,000 WAL records a draft (docs/PERFORMANCE.md, "The near-duplicate key
-- write without speculative insertion"). Core writes each draft's keys
-- under the draft's row lock and every catalogue entry is a new ref, so a
-- conflict needs a ref written by two transactions at once outside core,
-- or the same key twice in one ref's list: then the plain statement fails
-- with unique_violation, its subtransaction is rolled back whole, and the
-- statement with ON CONFLICT DO NOTHING runs instead, as it always did.
-- The keys written and the rows left are the same either way.
-- +goose StatementBegin
CREATE FUNCTION near_put(p_refs text[], p_keys bigint[], p_key_refs bigint[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    BEGIN
        WITH new AS (SELECT k AS key, p_refs[i::int] AS ref FROM unnest(p_keys, p_key_refs) AS t(k, i)),
            old AS (SELECT s.ref, k AS key FROM near_key_sets s CROSS JOIN LATERAL unnest(s.keys) AS k WHERE s.ref = ANY (p_refs)),
            gone AS (DELETE FROM near_keys n USING old WHERE n.key = old.key AND n.ref = old.ref
                AND NOT EXISTS (SELECT 1 FROM new WHERE new.key = old.key AND new.ref = old.ref)),
            sets AS (INSERT INTO near_key_sets (ref, keys)
                SELECT r.ref, COALESCE(g.keys, '{}') FROM unnest(p_refs) AS r(ref)
                LEFT JOIN (SELECT new.ref, array_agg(new.key) AS keys FROM new GROUP BY new.ref) g ON g.ref = r.ref
                ON CONFLICT (ref) DO UPDATE SET keys = excluded.keys)
        INSERT INTO near_keys (key, ref) SELECT new.key, new.ref FROM new
            WHERE NOT EXISTS (SELECT 1 FROM old WHERE old.key = new.key AND old.ref = new.ref);
    EXCEPTION WHEN unique_violation THEN
        WITH new AS (SELECT k AS key, p_refs[i::int] AS ref FROM unnest(p_keys, p_key_refs) AS t(k, i)),
            old AS (SELECT s.ref, k AS key FROM near_key_sets s CROSS JOIN LATERAL unnest(s.keys) AS k WHERE s.ref = ANY (p_refs)),
            gone AS (DELETE FROM near_keys n USING old WHERE n.key = old.key AND n.ref = old.ref
                AND NOT EXISTS (SELECT 1 FROM new WHERE new.key = old.key AND new.ref = old.ref)),
            sets AS (INSERT INTO near_key_sets (ref, keys)
                SELECT r.ref, COALESCE(g.keys, '{}') FROM unnest(p_refs) AS r(ref)
                LEFT JOIN (SELECT new.ref, array_agg(new.key) AS keys FROM new GROUP BY new.ref) g ON g.ref = r.ref
                ON CONFLICT (ref) DO UPDATE SET keys = excluded.keys)
        INSERT INTO near_keys (key, ref) SELECT new.key, new.ref FROM new
            WHERE NOT EXISTS (SELECT 1 FROM old WHERE old.key = new.key AND old.ref = new.ref)
            ON CONFLICT (key, ref) DO NOTHING;
    END;
END $$;
-- +goose StatementEnd

-- +goose Down
DROP FUNCTION near_put(text[], bigint[], bigint[]);
