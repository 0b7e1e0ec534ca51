-- +goose Up
-- A count of the near-duplicate index's changes, for the copy of near_keys
-- the store keeps in memory (sqlstore's near_memory.go): every write of
-- near_keys files or re-keys its ref's near_refs row in the same
-- transaction (sqlstore.putNearNumbers), and each such row adds one here,
-- whichever process wrote it. A lookup uses the copy only where the count
-- it reads is the copy's; the drafts' and catalogue's triggers on
-- near_refs change neither keyed nor the keys, and add nothing.
CREATE TABLE near_clock (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    v  INTEGER NOT NULL
);
INSERT INTO near_clock (id, v) VALUES (1, 0);

-- +goose StatementBegin
CREATE TRIGGER near_clock_filed AFTER INSERT ON near_refs BEGIN
    UPDATE near_clock SET v = v + 1 WHERE id = 1;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER near_clock_keyed AFTER UPDATE OF keyed ON near_refs BEGIN
    UPDATE near_clock SET v = v + 1 WHERE id = 1;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER near_clock_gone AFTER DELETE ON near_refs BEGIN
    UPDATE near_clock SET v = v + 1 WHERE id = 1;
END;
-- +goose StatementEnd

-- +goose Down
DROP TRIGGER near_clock_gone;
DROP TRIGGER near_clock_keyed;
DROP TRIGGER near_clock_filed;
DROP TABLE near_clock;
