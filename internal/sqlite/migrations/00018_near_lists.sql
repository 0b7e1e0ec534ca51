-- +goose Up
-- Each text's near-duplicate keys as one row (near_lists), filed under its
-- number (00010), instead of a row a key in near_keys (key, n). near_keys
-- was ordered by key: the 64 keys a draft files landed on 64 leaf pages
-- at random, and once the index outgrew the writer's page cache (~16,000
-- drafts) nearly every key read a page back and dirtied one of its own,
-- so each draft cost ~64 pages (256 kB) of WAL: the embedded default's
-- cost a draft grew with the launch (docs/PERFORMANCE.md, "The nineteenth
-- session"). A list row is ~1.3 kB at the end of its table (numbers are
-- filed in increasing order): a page every few drafts. The lookups were
-- already answered from the copy of the index each process keeps in memory
-- (sqlstore's near_memory.go), which is built from these lists.
--
-- near_log records, for each re-keying of a ref (its near_refs row's keyed
-- set again) and each ref gone, the keys it had, under the near_clock
-- count the change brought: a process whose copy is at an older count
-- (another process wrote the file) takes the changes since from here and
-- from the lists, instead of reading a table of keys. near_clock.pruned is
-- the count up to which the log has been cut (sqlstore.putNearNumbers
-- keeps the last 65,536 changes): a copy older than it is built again.
--
-- keys is a JSON array of the distinct keys, ascending ('' for none), so
-- that this migration and its Down convert in SQL.
CREATE TABLE near_lists (
    n    INTEGER PRIMARY KEY, -- near_refs.n
    keys TEXT NOT NULL DEFAULT ''
);
INSERT INTO near_lists (n, keys)
    SELECT n, json_group_array(key) FROM (SELECT n, key FROM near_keys ORDER BY n, key) GROUP BY n;
DROP TABLE near_keys;

CREATE TABLE near_log (
    at  INTEGER PRIMARY KEY, -- near_clock's count after the change
    n   INTEGER NOT NULL,
    old TEXT NOT NULL DEFAULT ''
);
ALTER TABLE near_clock ADD COLUMN pruned INTEGER NOT NULL DEFAULT 0;
UPDATE near_clock SET pruned = v;

-- The re-keying's log row is written by the store with the new keys
-- (sqlstore.putNearNumbers, which also reads the old keys back for its own
-- copy); a ref gone is logged here, whoever deletes it.
DROP TRIGGER near_clock_gone;
-- +goose StatementBegin
CREATE TRIGGER near_clock_gone AFTER DELETE ON near_refs BEGIN
    UPDATE near_clock SET v = v + 1 WHERE id = 1;
    INSERT INTO near_log (at, n, old)
        SELECT v, OLD.n, COALESCE((SELECT keys FROM near_lists WHERE n = OLD.n), '') FROM near_clock WHERE id = 1;
    DELETE FROM near_lists WHERE n = OLD.n;
END;
-- +goose StatementEnd

-- +goose Down
DROP TRIGGER near_clock_gone;
-- +goose StatementBegin
CREATE TRIGGER near_clock_gone AFTER DELETE ON near_refs BEGIN
    UPDATE near_clock SET v = v + 1 WHERE id = 1;
END;
-- +goose StatementEnd
CREATE TABLE near_keys (
    key INTEGER NOT NULL,
    n   INTEGER NOT NULL,
    PRIMARY KEY (key, n)
) WITHOUT ROWID;
INSERT INTO near_keys (key, n) SELECT DISTINCT j.value, l.n FROM near_lists l, json_each(l.keys) j WHERE l.keys <> '';
CREATE INDEX near_keys_n ON near_keys (n);
DROP TABLE near_lists;
DROP TABLE near_log;
ALTER TABLE near_clock DROP COLUMN pruned;
