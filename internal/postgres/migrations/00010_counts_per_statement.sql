-- +goose Up
-- Launch progress on a drafts UPDATE counted once per statement from its
-- transition tables instead of once per row: the worker saves a batch of
-- drafts (20-60) in one UPDATE, and a row trigger ran its PL/pgSQL and
-- its statements for each of them: 4.6 s of function time in a
-- 10,000-draft launch (docs/PERFORMANCE.md, 1 Dec). Old and new rows are
-- paired by id; a row whose status, launch and usage did not change counts
-- nothing, as the row trigger's WHEN skipped it. Count rows are still
-- written in (launch, status) order, so concurrent moves never wait on
-- each other in a cycle.
DROP TRIGGER drafts_counted_update ON drafts;
-- +goose StatementBegin
CREATE FUNCTION drafts_counted_update_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    WITH m AS (
        SELECT o.launch_id AS ol, o.status AS os, n.launch_id AS nl, n.status AS ns,
            n.prompt_tokens - o.prompt_tokens AS p, n.completion_tokens - o.completion_tokens AS c, n.cost - o.cost AS cost
        FROM old_drafts o JOIN new_drafts n ON n.id = o.id
        WHERE o.status <> n.status OR o.launch_id <> n.launch_id OR o.prompt_tokens <> n.prompt_tokens
            OR o.completion_tokens <> n.completion_tokens OR o.cost <> n.cost),
    counted AS (
        INSERT INTO launch_counts (launch_id, status, drafts)
            SELECT v.l, v.s, sum(v.n) FROM (
                SELECT ol AS l, os AS s, -1 AS n FROM m WHERE os <> ns OR ol <> nl
                UNION ALL SELECT nl, ns, 1 FROM m WHERE os <> ns OR ol <> nl) AS v
            GROUP BY v.l, v.s HAVING sum(v.n) <> 0 ORDER BY v.l, v.s
            ON CONFLICT (launch_id, status) DO UPDATE SET drafts = launch_counts.drafts + excluded.drafts)
    UPDATE launches l SET prompt_tokens = l.prompt_tokens + u.p, completion_tokens = l.completion_tokens + u.c,
        usage_cost = l.usage_cost + u.cost
        FROM (SELECT nl, sum(p) AS p, sum(c) AS c, sum(cost) AS cost FROM m GROUP BY nl) AS u
        WHERE l.id = u.nl AND (u.p <> 0 OR u.c <> 0 OR u.cost <> 0);
    RETURN NULL;
END $$;
-- +goose StatementEnd
CREATE TRIGGER drafts_counted_update AFTER UPDATE ON drafts
    REFERENCING OLD TABLE AS old_drafts NEW TABLE AS new_drafts
    FOR EACH STATEMENT EXECUTE FUNCTION drafts_counted_update_rows();

-- +goose Down
DROP TRIGGER drafts_counted_update ON drafts;
DROP FUNCTION drafts_counted_update_rows();
CREATE TRIGGER drafts_counted_update AFTER UPDATE ON drafts
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.prompt_tokens <> NEW.prompt_tokens
        OR OLD.completion_tokens <> NEW.completion_tokens OR OLD.cost <> NEW.cost)
    EXECUTE FUNCTION drafts_counted_update();
