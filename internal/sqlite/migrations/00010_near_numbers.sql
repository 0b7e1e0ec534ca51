-- +goose Up
-- The near-duplicate index files each text under a small integer, not its
-- 36-character ID: a row of near_keys is ~15 bytes instead of ~50, so the
-- 64 rows a draft inserts at random keys dirty fewer pages and a lookup's
-- 128 key ranges read fewer. near_refs names each number and keeps the
-- columns the lookup filters on (what NearRefs returns), kept right by the
-- triggers below and refreshed whenever a text is indexed, so a lookup
-- reads neither drafts nor catalogue (SQLite only; PostgreSQL keeps
-- near_keys (key, ref)).
CREATE TABLE near_refs (
    n         INTEGER PRIMARY KEY,
    ref       TEXT NOT NULL UNIQUE, -- a draft's or a catalogue entry's id
    catalogue INTEGER NOT NULL DEFAULT 0,
    launch_id TEXT NOT NULL DEFAULT '',
    locale    TEXT NOT NULL DEFAULT '',
    channel   TEXT NOT NULL DEFAULT '',
    sku       TEXT NOT NULL DEFAULT '',
    version   INTEGER NOT NULL DEFAULT 0,
    live      INTEGER NOT NULL DEFAULT 0, -- a text to compare: a draft not failed, a text not empty
    keyed     INTEGER NOT NULL DEFAULT 0  -- 1 once indexed before: keys to replace
);
INSERT INTO near_refs (ref, keyed) SELECT DISTINCT ref, 1 FROM near_keys ORDER BY ref;
UPDATE near_refs SET (catalogue, launch_id, locale, channel, sku, version, live) =
    (SELECT 0, d.launch_id, d.locale, d.channel, d.sku, d.version, d.status <> 'failed' AND d.text <> ''
        FROM drafts d WHERE d.id = near_refs.ref)
    WHERE EXISTS (SELECT 1 FROM drafts d WHERE d.id = near_refs.ref);
UPDATE near_refs SET (catalogue, launch_id, locale, channel, sku, version, live) =
    (SELECT 1, c.launch_id, c.locale, c.channel, c.sku, 0, c.text <> ''
        FROM catalogue c WHERE c.id = near_refs.ref)
    WHERE EXISTS (SELECT 1 FROM catalogue c WHERE c.id = near_refs.ref);

CREATE TABLE near_numbers (
    key INTEGER NOT NULL,
    n   INTEGER NOT NULL,
    PRIMARY KEY (key, n)
) WITHOUT ROWID;
INSERT INTO near_numbers (key, n) SELECT k.key, r.n FROM near_keys k JOIN near_refs r ON r.ref = k.ref;
DROP TABLE near_keys;
ALTER TABLE near_numbers RENAME TO near_keys;
CREATE INDEX near_keys_n ON near_keys (n);

-- +goose StatementBegin
CREATE TRIGGER near_refs_draft AFTER UPDATE OF launch_id, locale, channel, sku, version, status, text ON drafts
    WHEN OLD.launch_id <> NEW.launch_id OR OLD.locale <> NEW.locale OR OLD.channel <> NEW.channel
        OR OLD.sku <> NEW.sku OR OLD.version <> NEW.version
        OR (OLD.status <> 'failed' AND OLD.text <> '') <> (NEW.status <> 'failed' AND NEW.text <> '') BEGIN
    UPDATE near_refs SET launch_id = NEW.launch_id, locale = NEW.locale, channel = NEW.channel, sku = NEW.sku,
        version = NEW.version, live = NEW.status <> 'failed' AND NEW.text <> ''
        WHERE ref = NEW.id AND catalogue = 0;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER near_refs_draft_gone AFTER DELETE ON drafts BEGIN
    UPDATE near_refs SET live = 0 WHERE ref = OLD.id AND catalogue = 0;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER near_refs_catalogue AFTER UPDATE OF launch_id, locale, channel, sku, text ON catalogue
    WHEN OLD.launch_id <> NEW.launch_id OR OLD.locale <> NEW.locale OR OLD.channel <> NEW.channel
        OR OLD.sku <> NEW.sku OR (OLD.text <> '') <> (NEW.text <> '') BEGIN
    UPDATE near_refs SET launch_id = NEW.launch_id, locale = NEW.locale, channel = NEW.channel, sku = NEW.sku,
        live = NEW.text <> ''
        WHERE ref = NEW.id AND catalogue = 1;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER near_refs_catalogue_gone AFTER DELETE ON catalogue BEGIN
    UPDATE near_refs SET live = 0 WHERE ref = OLD.id AND catalogue = 1;
END;
-- +goose StatementEnd

-- +goose Down
DROP TRIGGER near_refs_catalogue_gone;
DROP TRIGGER near_refs_catalogue;
DROP TRIGGER near_refs_draft_gone;
DROP TRIGGER near_refs_draft;
CREATE TABLE near_texts (
    key INTEGER NOT NULL,
    ref TEXT NOT NULL,
    PRIMARY KEY (key, ref)
) WITHOUT ROWID;
INSERT INTO near_texts (key, ref) SELECT k.key, r.ref FROM near_keys k JOIN near_refs r ON r.n = k.n;
DROP TABLE near_keys;
ALTER TABLE near_texts RENAME TO near_keys;
CREATE INDEX near_keys_ref ON near_keys (ref);
DROP TABLE near_refs;
