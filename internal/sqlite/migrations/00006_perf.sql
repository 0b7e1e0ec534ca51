-- +goose Up
-- The near-duplicate index: each draft's (and published entry's) text is
-- filed under the LSH band keys of its MinHash signature (neardup.Keys,
-- scoped by launch, locale and channel), so a check finds its candidates
-- by key instead of reading every sibling.
CREATE TABLE near_keys (
    key INTEGER NOT NULL,
    ref TEXT NOT NULL, -- a draft's or a catalogue entry's id
    PRIMARY KEY (key, ref)
) WITHOUT ROWID;
CREATE INDEX near_keys_ref ON near_keys (ref);

-- Launch progress kept as drafts are written, by triggers, so reading a
-- launch does not count its drafts: one row per launch and status, and the
-- drafts' summed usage on the launch row.
CREATE TABLE launch_counts (
    launch_id TEXT NOT NULL REFERENCES launches (id) ON DELETE CASCADE,
    status    TEXT NOT NULL,
    drafts    INTEGER NOT NULL,
    PRIMARY KEY (launch_id, status)
) WITHOUT ROWID;
ALTER TABLE launches ADD COLUMN prompt_tokens INTEGER NOT NULL DEFAULT 0;
ALTER TABLE launches ADD COLUMN completion_tokens INTEGER NOT NULL DEFAULT 0;
ALTER TABLE launches ADD COLUMN usage_cost REAL NOT NULL DEFAULT 0;
INSERT INTO launch_counts (launch_id, status, drafts)
    SELECT launch_id, status, count(*) FROM drafts WHERE true GROUP BY launch_id, status;
UPDATE launches SET
    prompt_tokens = COALESCE((SELECT sum(prompt_tokens) FROM drafts d WHERE d.launch_id = launches.id), 0),
    completion_tokens = COALESCE((SELECT sum(completion_tokens) FROM drafts d WHERE d.launch_id = launches.id), 0),
    usage_cost = COALESCE((SELECT sum(cost) FROM drafts d WHERE d.launch_id = launches.id), 0);

-- +goose StatementBegin
CREATE TRIGGER drafts_counted_insert AFTER INSERT ON drafts BEGIN
    INSERT INTO launch_counts (launch_id, status, drafts) VALUES (NEW.launch_id, NEW.status, 1)
        ON CONFLICT (launch_id, status) DO UPDATE SET drafts = drafts + 1;
    UPDATE launches SET prompt_tokens = prompt_tokens + NEW.prompt_tokens,
        completion_tokens = completion_tokens + NEW.completion_tokens, usage_cost = usage_cost + NEW.cost
        WHERE id = NEW.launch_id AND (NEW.prompt_tokens <> 0 OR NEW.completion_tokens <> 0 OR NEW.cost <> 0);
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER drafts_counted_status AFTER UPDATE OF status, launch_id ON drafts
    WHEN OLD.status <> NEW.status OR OLD.launch_id <> NEW.launch_id BEGIN
    UPDATE launch_counts SET drafts = drafts - 1 WHERE launch_id = OLD.launch_id AND status = OLD.status;
    INSERT INTO launch_counts (launch_id, status, drafts) VALUES (NEW.launch_id, NEW.status, 1)
        ON CONFLICT (launch_id, status) DO UPDATE SET drafts = drafts + 1;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER drafts_counted_usage AFTER UPDATE OF prompt_tokens, completion_tokens, cost ON drafts
    WHEN OLD.prompt_tokens <> NEW.prompt_tokens OR OLD.completion_tokens <> NEW.completion_tokens OR OLD.cost <> NEW.cost BEGIN
    UPDATE launches SET prompt_tokens = prompt_tokens + NEW.prompt_tokens - OLD.prompt_tokens,
        completion_tokens = completion_tokens + NEW.completion_tokens - OLD.completion_tokens,
        usage_cost = usage_cost + NEW.cost - OLD.cost
        WHERE id = NEW.launch_id;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER drafts_counted_delete AFTER DELETE ON drafts BEGIN
    UPDATE launch_counts SET drafts = drafts - 1 WHERE launch_id = OLD.launch_id AND status = OLD.status;
    UPDATE launches SET prompt_tokens = prompt_tokens - OLD.prompt_tokens,
        completion_tokens = completion_tokens - OLD.completion_tokens, usage_cost = usage_cost - OLD.cost
        WHERE id = OLD.launch_id;
END;
-- +goose StatementEnd

-- +goose Down
DROP TRIGGER drafts_counted_delete;
DROP TRIGGER drafts_counted_usage;
DROP TRIGGER drafts_counted_status;
DROP TRIGGER drafts_counted_insert;
ALTER TABLE launches DROP COLUMN usage_cost;
ALTER TABLE launches DROP COLUMN completion_tokens;
ALTER TABLE launches DROP COLUMN prompt_tokens;
DROP TABLE launch_counts;
DROP TABLE near_keys;
