-- +goose Up
-- The near-duplicate index: each draft's (and published entry's) text is
-- filed under the LSH band keys of its MinHash signature (neardup.Keys,
-- scoped by launch, locale and channel), so a check finds its candidates
-- by key instead of reading every sibling.
CREATE TABLE near_keys (
    key bigint NOT NULL,
    ref text COLLATE "C" NOT NULL, -- a draft's or a catalogue entry's id
    PRIMARY KEY (key, ref)
);
CREATE INDEX near_keys_ref ON near_keys (ref);

-- Launch progress kept as drafts are written, by triggers, so reading a
-- launch does not count its drafts: one row per launch and status, and the
-- drafts' summed usage on the launch row.
CREATE TABLE launch_counts (
    launch_id text COLLATE "C" NOT NULL REFERENCES launches (id) ON DELETE CASCADE,
    status    text NOT NULL,
    drafts    bigint NOT NULL,
    PRIMARY KEY (launch_id, status)
);
ALTER TABLE launches ADD COLUMN prompt_tokens bigint NOT NULL DEFAULT 0;
ALTER TABLE launches ADD COLUMN completion_tokens bigint NOT NULL DEFAULT 0;
ALTER TABLE launches ADD COLUMN usage_cost double precision NOT NULL DEFAULT 0;
INSERT INTO launch_counts (launch_id, status, drafts)
    SELECT launch_id, status, count(*) FROM drafts GROUP BY launch_id, status;
UPDATE launches l SET (prompt_tokens, completion_tokens, usage_cost) =
    (SELECT COALESCE(sum(prompt_tokens), 0), COALESCE(sum(completion_tokens), 0), COALESCE(sum(cost), 0)
     FROM drafts d WHERE d.launch_id = l.id);

-- Inserts (multi-row or COPY) count once per statement; an update counts
-- only when the status or the usage moves. Count rows are written in
-- status order, so concurrent moves never wait on each other in a cycle.
-- +goose StatementBegin
CREATE FUNCTION drafts_counted_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO launch_counts (launch_id, status, drafts)
        SELECT launch_id, status, count(*) FROM new_drafts GROUP BY launch_id, status ORDER BY launch_id, status
        ON CONFLICT (launch_id, status) DO UPDATE SET drafts = launch_counts.drafts + excluded.drafts;
    UPDATE launches l SET prompt_tokens = l.prompt_tokens + n.p, completion_tokens = l.completion_tokens + n.c,
        usage_cost = l.usage_cost + n.cost
        FROM (SELECT launch_id, sum(prompt_tokens) AS p, sum(completion_tokens) AS c, sum(cost) AS cost
              FROM new_drafts GROUP BY launch_id) n
        WHERE l.id = n.launch_id AND (n.p <> 0 OR n.c <> 0 OR n.cost <> 0);
    RETURN NULL;
END $$;
-- +goose StatementEnd
CREATE TRIGGER drafts_counted_insert AFTER INSERT ON drafts
    REFERENCING NEW TABLE AS new_drafts FOR EACH STATEMENT EXECUTE FUNCTION drafts_counted_insert();

-- +goose StatementBegin
CREATE FUNCTION drafts_counted_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status <> NEW.status OR OLD.launch_id <> NEW.launch_id THEN
        INSERT INTO launch_counts (launch_id, status, drafts)
            SELECT v.l, v.s, v.n FROM (VALUES (OLD.launch_id, OLD.status, -1), (NEW.launch_id, NEW.status, 1)) AS v (l, s, n)
            ORDER BY v.l, v.s
            ON CONFLICT (launch_id, status) DO UPDATE SET drafts = launch_counts.drafts + excluded.drafts;
    END IF;
    IF OLD.prompt_tokens <> NEW.prompt_tokens OR OLD.completion_tokens <> NEW.completion_tokens OR OLD.cost <> NEW.cost THEN
        UPDATE launches SET prompt_tokens = prompt_tokens + NEW.prompt_tokens - OLD.prompt_tokens,
            completion_tokens = completion_tokens + NEW.completion_tokens - OLD.completion_tokens,
            usage_cost = usage_cost + NEW.cost - OLD.cost
            WHERE id = NEW.launch_id;
    END IF;
    RETURN NULL;
END $$;
-- +goose StatementEnd
CREATE TRIGGER drafts_counted_update AFTER UPDATE ON drafts
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.prompt_tokens <> NEW.prompt_tokens
        OR OLD.completion_tokens <> NEW.completion_tokens OR OLD.cost <> NEW.cost)
    EXECUTE FUNCTION drafts_counted_update();

-- +goose StatementBegin
CREATE FUNCTION drafts_counted_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE launch_counts c SET drafts = c.drafts - o.n
        FROM (SELECT launch_id, status, count(*) AS n FROM old_drafts GROUP BY launch_id, status) o
        WHERE c.launch_id = o.launch_id AND c.status = o.status;
    UPDATE launches l SET prompt_tokens = l.prompt_tokens - o.p, completion_tokens = l.completion_tokens - o.c,
        usage_cost = l.usage_cost - o.cost
        FROM (SELECT launch_id, sum(prompt_tokens) AS p, sum(completion_tokens) AS c, sum(cost) AS cost
              FROM old_drafts GROUP BY launch_id) o
        WHERE l.id = o.launch_id;
    RETURN NULL;
END $$;
-- +goose StatementEnd
CREATE TRIGGER drafts_counted_delete AFTER DELETE ON drafts
    REFERENCING OLD TABLE AS old_drafts FOR EACH STATEMENT EXECUTE FUNCTION drafts_counted_delete();

-- +goose Down
DROP TRIGGER drafts_counted_delete ON drafts;
DROP TRIGGER drafts_counted_update ON drafts;
DROP TRIGGER drafts_counted_insert ON drafts;
DROP FUNCTION drafts_counted_delete();
DROP FUNCTION drafts_counted_update();
DROP FUNCTION drafts_counted_insert();
ALTER TABLE launches DROP COLUMN usage_cost;
ALTER TABLE launches DROP COLUMN completion_tokens;
ALTER TABLE launches DROP COLUMN prompt_tokens;
DROP TABLE launch_counts;
DROP TABLE near_keys;
