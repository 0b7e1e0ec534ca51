-- +goose NO TRANSACTION
-- +goose Up
-- The event outbox, launch spend and idempotency keys scoped to their
-- caller. SQLite cannot drop the old UNIQUE (idempotency_key), so launches
-- is rebuilt (https://sqlite.org/lang_altertable.html#otheralter), with
-- foreign keys off so that dropping the old table cascades nowhere.
PRAGMA foreign_keys = OFF;
BEGIN IMMEDIATE;
CREATE TABLE launches_new (
    id                TEXT PRIMARY KEY,
    name              TEXT NOT NULL,
    source_locale     TEXT NOT NULL,
    locales           TEXT NOT NULL,
    channels          TEXT NOT NULL,
    go_live           TEXT NOT NULL DEFAULT '',
    callback_url      TEXT NOT NULL DEFAULT '',
    mode              TEXT NOT NULL,
    product_count     INTEGER NOT NULL,
    idempotency_key   TEXT, -- NULL when the caller sent none
    request_hash      TEXT NOT NULL DEFAULT '',
    created_by        TEXT NOT NULL DEFAULT '',
    created_at        INTEGER NOT NULL,
    budget            REAL NOT NULL DEFAULT 0,
    -- what the launch's model calls have cost so far
    spent             REAL NOT NULL DEFAULT 0,
    -- the token that sent idempotency_key: keys are scoped to their caller
    idempotency_owner TEXT NOT NULL DEFAULT ''
);
INSERT INTO launches_new (id, name, source_locale, locales, channels, go_live, callback_url, mode, product_count,
    idempotency_key, request_hash, created_by, created_at, budget, spent)
SELECT id, name, source_locale, locales, channels, go_live, callback_url, mode, product_count,
    idempotency_key, request_hash, created_by, created_at, budget,
    COALESCE((SELECT sum(cost) FROM drafts d WHERE d.launch_id = launches.id), 0)
FROM launches;
DROP TABLE launches;
ALTER TABLE launches_new RENAME TO launches;
CREATE UNIQUE INDEX launches_idempotency ON launches (idempotency_owner, idempotency_key);

-- Every state change of a draft: id is global, seq counts within a launch;
-- both are handed out by the store in commit order.
ALTER TABLE draft_events ADD COLUMN launch_id TEXT NOT NULL DEFAULT '';
ALTER TABLE draft_events ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
ALTER TABLE draft_events ADD COLUMN from_status TEXT NOT NULL DEFAULT '';
ALTER TABLE draft_events ADD COLUMN to_status TEXT NOT NULL DEFAULT '';
ALTER TABLE draft_events ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
UPDATE draft_events SET launch_id = COALESCE((SELECT launch_id FROM drafts WHERE drafts.id = draft_events.draft_id), '');
UPDATE draft_events SET seq = r.n
    FROM (SELECT id, row_number() OVER (PARTITION BY launch_id ORDER BY id) AS n FROM draft_events) r
    WHERE r.id = draft_events.id;
CREATE UNIQUE INDEX draft_events_launch_seq ON draft_events (launch_id, seq);
COMMIT;
PRAGMA foreign_keys = ON;

-- +goose Down
-- Not reversible: the outbox and scoped keys carry data the old schema cannot hold.
SELECT 1;
