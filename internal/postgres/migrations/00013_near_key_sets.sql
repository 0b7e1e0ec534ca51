-- +goose Up
-- Each ref's near-duplicate keys as one row (issue #17): what
-- sqlstore.PutNearKeys needs to replace them, in place of the index
-- near_keys_ref (ref), which every key row inserted had to enter (64 a
-- draft, at random places: about a third of the index writes' buffers,
-- docs/PERFORMANCE.md). The keys a ref no longer has are deleted through
-- near_keys_pkey (key, ref), one probe each, and a new ref (a draft's
-- first text, every draft of a launch) has none to look for.
CREATE TABLE near_key_sets (
    ref  text COLLATE "C" PRIMARY KEY, -- a draft's or a catalogue entry's id
    keys bigint[] NOT NULL
);
INSERT INTO near_key_sets (ref, keys) SELECT ref, array_agg(key ORDER BY key) FROM near_keys GROUP BY ref;
DROP INDEX near_keys_ref;
-- Whether any copy of a locale, channel and category is published, one
-- probe: the near-duplicate lookup leaves out the published copy's 64 keys
-- where none is (sqlstore.nearQuery), instead of 64 probes of
-- near_keys_pkey that find nothing.
CREATE INDEX catalogue_scope ON catalogue (locale, channel, category);

-- +goose Down
DROP INDEX catalogue_scope;
CREATE INDEX near_keys_ref ON near_keys (ref);
DROP TABLE near_key_sets;
