-- +goose Up
-- Each text's near-duplicate keys as one row, and the lookups answered
-- from a copy of the index each process keeps in memory (issue #17;
-- sqlstore's near_sets.go), as SQLite's migration 00018 did for the
-- embedded store. near_keys held a row a key (64 a draft): a lookup was 64
-- descents of near_keys_pkey and a key write 64 random B-tree inserts, two
-- thirds of the PostgreSQL backends' CPU a draft (docs/PERFORMANCE.md, "The
-- nineteenth session: PostgreSQL's CPU a draft"). near_key_sets (00013),
-- already a row a ref, is now the record; near_keys, near_candidates and
-- the old near_put go.
--
-- near_log tells a process's copy which refs other processes re-keyed: a
-- row for each near_put, its transaction's ID (xid) and the refs it
-- wrote. Transaction IDs are assigned in one order and commit in another,
-- so a copy does not ask for "rows past the highest I have seen" (a commit
-- of a lower ID landing later would be lost); it asks for the rows its
-- snapshot did not see: an ID at or past the snapshot's xmax, or one of
-- its in-progress IDs (xip), as pgq-style consumers do. Every writer
-- appends its own row: no counter row that every group commit updates.
-- at is when the row was written; rows older than ten minutes are cut
-- (sqlstore's upkeep, postgres.nearUpkeep) and near_log_cut keeps the
-- highest ID cut: a copy whose snapshot's xmin is not past it may have
-- lost rows and is built again.
CREATE TABLE near_log (
    xid  bigint NOT NULL DEFAULT (pg_current_xact_id()::text::bigint),
    at   timestamptz NOT NULL DEFAULT now(),
    refs text[] NOT NULL
);
CREATE INDEX near_log_xid ON near_log (xid);
CREATE TABLE near_log_cut (
    id  integer PRIMARY KEY CHECK (id = 1),
    cut bigint NOT NULL
);
INSERT INTO near_log_cut (id, cut) VALUES (1, 0);

DROP FUNCTION near_candidates(bigint[], integer, integer);
DROP FUNCTION near_put(text[], bigint[], bigint[]);
DROP TABLE near_keys;

-- near_put files each ref's keys (p_keys, each naming its ref by its
-- place in p_refs, 1-based) as its near_key_sets row, distinct and
-- ascending, logs the refs, and returns the transaction's ID for the
-- writer's own copy.
-- +goose StatementBegin
CREATE FUNCTION near_put(p_refs text[], p_keys bigint[], p_key_refs bigint[]) RETURNS bigint LANGUAGE plpgsql AS $$
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

-- near_lacking is a lookup's check (sqlstore's nearCheckSQL): of
-- near_log's rows that the calling statement sees, the IDs of those a copy
-- at a snapshot (xmax, in-progress IDs xip, xmin) with its own commits
-- own lacks: an ID at or past xmax (at most 64, in ID order) or among xip,
-- and not in own; then 'cut' where the log was cut at or past xmin (rows
-- the copy needs may be gone). Each part after a slash. The log is read
-- by near_log_xid whatever the statistics: a plan a connection kept from
-- while the log was empty would scan the whole log on every lookup.
-- STABLE: it reads in the calling statement's snapshot.
-- +goose StatementBegin
CREATE FUNCTION near_lacking(p_xmax bigint, p_xip bigint[], p_own bigint[], p_xmin bigint) RETURNS text
    LANGUAGE plpgsql STABLE SET enable_seqscan = off SET enable_bitmapscan = off AS $$
BEGIN
    RETURN COALESCE((SELECT string_agg(a.xid::text, ',') FROM (SELECT l.xid FROM near_log l
            WHERE l.xid >= p_xmax AND l.xid <> ALL (p_own) ORDER BY l.xid LIMIT 64) a), '')
        || '/' || COALESCE((SELECT string_agg(l.xid::text, ',') FROM near_log l
            WHERE l.xid = ANY (p_xip) AND l.xid <> ALL (p_own)), '')
        || '/' || CASE WHEN (SELECT c.cut FROM near_log_cut c WHERE c.id = 1) >= p_xmin THEN 'cut' ELSE '' END;
END $$;
-- +goose StatementEnd

-- near_catch_up is a copy's catch-up (sqlstore's catchUpAndRun): the refs
-- of every row near_lacking counts (all of them), each with its keys as
-- near_key_sets has them in the calling statement's snapshot (NULL: none
-- filed), the log read by near_log_xid as there.
-- +goose StatementBegin
CREATE FUNCTION near_catch_up(p_xmax bigint, p_xip bigint[], p_own bigint[]) RETURNS TABLE (ref text, keys bigint[])
    LANGUAGE plpgsql STABLE SET enable_seqscan = off AS $$
BEGIN
    RETURN QUERY SELECT r.ref, s.keys FROM (SELECT DISTINCT unnest(l.refs) AS ref FROM (
            SELECT a.xid, a.refs FROM near_log a WHERE a.xid >= p_xmax
            UNION ALL SELECT b.xid, b.refs FROM near_log b WHERE b.xid = ANY (p_xip)) l
            WHERE l.xid <> ALL (p_own)) r
        LEFT JOIN near_key_sets s ON s.ref = r.ref;
END $$;
-- +goose StatementEnd

-- +goose Down
DROP FUNCTION near_catch_up(bigint, bigint[], bigint[]);
DROP FUNCTION near_lacking(bigint, bigint[], bigint[], bigint);
DROP FUNCTION near_put(text[], bigint[], bigint[]);
CREATE TABLE near_keys (
    key bigint NOT NULL,
    ref text COLLATE "C" NOT NULL,
    PRIMARY KEY (key, ref)
);
INSERT INTO near_keys (key, ref) SELECT DISTINCT k, s.ref FROM near_key_sets s CROSS JOIN LATERAL unnest(s.keys) AS k;
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
ALTER FUNCTION near_candidates(bigint[], integer, integer) SET plan_cache_mode = force_generic_plan;
ALTER FUNCTION near_put(text[], bigint[], bigint[]) SET plan_cache_mode = force_generic_plan;
DROP TABLE near_log_cut;
DROP TABLE near_log;
