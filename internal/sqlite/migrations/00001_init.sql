-- +goose Up
-- Times are INTEGER microseconds since the Unix epoch (UTC): exact round
-- trips, cheap comparisons and ordering without string formats.
-- JSON columns hold encoding/json output of the core types.
CREATE TABLE launches (
    id              TEXT PRIMARY KEY,
    name            TEXT NOT NULL,
    source_locale   TEXT NOT NULL,
    locales         TEXT NOT NULL,
    channels        TEXT NOT NULL,
    go_live         TEXT NOT NULL DEFAULT '',
    callback_url    TEXT NOT NULL DEFAULT '',
    mode            TEXT NOT NULL,
    product_count   INTEGER NOT NULL,
    idempotency_key TEXT UNIQUE, -- NULL when the caller sent none
    request_hash    TEXT NOT NULL DEFAULT '',
    created_by      TEXT NOT NULL DEFAULT '',
    created_at      INTEGER NOT NULL
);

CREATE TABLE products (
    launch_id  TEXT NOT NULL REFERENCES launches (id) ON DELETE CASCADE,
    sku        TEXT NOT NULL,
    category   TEXT NOT NULL,
    collection TEXT NOT NULL,
    data       TEXT NOT NULL,
    PRIMARY KEY (launch_id, sku)
);

CREATE TABLE drafts (
    id                  TEXT PRIMARY KEY,
    launch_id           TEXT NOT NULL REFERENCES launches (id) ON DELETE CASCADE,
    sku                 TEXT NOT NULL,
    locale              TEXT NOT NULL,
    channel             TEXT NOT NULL,
    status              TEXT NOT NULL,
    text                TEXT NOT NULL,
    version             INTEGER NOT NULL,
    attempts            INTEGER NOT NULL,
    findings            TEXT NOT NULL,
    model               TEXT NOT NULL,
    style_guide_version TEXT NOT NULL,
    prompt_version      TEXT NOT NULL,
    prompt_hash         TEXT NOT NULL,
    prompt_tokens       INTEGER NOT NULL,
    completion_tokens   INTEGER NOT NULL,
    cost                REAL NOT NULL,
    feedback            TEXT NOT NULL,
    reason              TEXT NOT NULL,
    created_at          INTEGER NOT NULL,
    updated_at          INTEGER NOT NULL,
    UNIQUE (launch_id, sku, locale, channel)
);
-- Launch pages and counts; the review queue (status + locale, id order);
-- the stuck-draft sweep (status + updated_at).
CREATE INDEX drafts_launch_status ON drafts (launch_id, status, id);
CREATE INDEX drafts_status_locale ON drafts (status, locale, id);
CREATE INDEX drafts_status_updated ON drafts (status, updated_at);

CREATE TABLE draft_events (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    draft_id TEXT NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
    at       INTEGER NOT NULL,
    event    TEXT NOT NULL,
    by       TEXT NOT NULL,
    detail   TEXT NOT NULL
);
CREATE INDEX draft_events_draft ON draft_events (draft_id, id);

CREATE TABLE catalogue (
    id            TEXT PRIMARY KEY,
    sku           TEXT NOT NULL,
    locale        TEXT NOT NULL,
    channel       TEXT NOT NULL,
    version       INTEGER NOT NULL,
    text          TEXT NOT NULL,
    draft_id      TEXT NOT NULL,
    draft_version INTEGER NOT NULL,
    launch_id     TEXT NOT NULL,
    category      TEXT NOT NULL,
    collection    TEXT NOT NULL,
    published_at  INTEGER NOT NULL,
    UNIQUE (sku, locale, channel, version),
    -- a draft version publishes once
    UNIQUE (draft_id, draft_version)
);
CREATE INDEX catalogue_published ON catalogue (published_at, id);
CREATE INDEX catalogue_locale_published ON catalogue (locale, published_at, id);

CREATE TABLE tokens (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    role       TEXT NOT NULL,
    locales    TEXT NOT NULL,
    hash       TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL
);

CREATE TABLE style_guides (
    version    TEXT PRIMARY KEY,
    body       TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    -- save order, so "latest" does not depend on clock resolution
    seq        INTEGER NOT NULL UNIQUE
);

CREATE TABLE generation_cache (
    key        TEXT PRIMARY KEY,
    generation TEXT NOT NULL,
    created_at INTEGER NOT NULL
);

-- +goose Down
DROP TABLE generation_cache;
DROP TABLE style_guides;
DROP TABLE tokens;
DROP TABLE catalogue;
DROP TABLE draft_events;
DROP TABLE drafts;
DROP TABLE products;
DROP TABLE launches;
