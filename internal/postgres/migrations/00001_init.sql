-- +goose Up
-- IDs are text (time-ordered UUIDv7 strings by default) so callers and
-- tests may choose their own; text order of UUIDv7 is creation order. ID
-- columns use the "C" collation so that ordering and cursors compare bytes,
-- whatever the database locale, exactly as SQLite does.
CREATE TABLE launches (
    id              text COLLATE "C" PRIMARY KEY,
    name            text NOT NULL,
    source_locale   text NOT NULL,
    locales         text[] NOT NULL,
    channels        text[] NOT NULL,
    go_live         text NOT NULL DEFAULT '',
    callback_url    text NOT NULL DEFAULT '',
    mode            text NOT NULL,
    product_count   integer NOT NULL,
    idempotency_key text UNIQUE, -- NULL when the caller sent none
    request_hash    text NOT NULL DEFAULT '',
    created_by      text NOT NULL DEFAULT '',
    created_at      timestamptz NOT NULL
);

CREATE TABLE products (
    launch_id  text COLLATE "C" NOT NULL REFERENCES launches (id) ON DELETE CASCADE,
    sku        text NOT NULL,
    category   text NOT NULL,
    collection text NOT NULL,
    data       jsonb NOT NULL,
    PRIMARY KEY (launch_id, sku)
);

CREATE TABLE drafts (
    id                  text COLLATE "C" PRIMARY KEY,
    launch_id           text COLLATE "C" NOT NULL REFERENCES launches (id) ON DELETE CASCADE,
    sku                 text NOT NULL,
    locale              text NOT NULL,
    channel             text NOT NULL,
    status              text NOT NULL,
    text                text NOT NULL,
    version             integer NOT NULL,
    attempts            integer NOT NULL,
    findings            jsonb NOT NULL,
    model               text NOT NULL,
    style_guide_version text NOT NULL,
    prompt_version      text NOT NULL,
    prompt_hash         text NOT NULL,
    prompt_tokens       bigint NOT NULL,
    completion_tokens   bigint NOT NULL,
    cost                double precision NOT NULL,
    feedback            text NOT NULL,
    reason              text NOT NULL,
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL,
    UNIQUE (launch_id, sku, locale, channel)
);
-- Launch pages and counts; the review queue (status + locale, id order);
-- the stuck-draft sweep (status + updated_at).
CREATE INDEX drafts_launch_status ON drafts (launch_id, status, id);
CREATE INDEX drafts_status_locale ON drafts (status, locale, id);
CREATE INDEX drafts_status_updated ON drafts (status, updated_at);

CREATE TABLE draft_events (
    id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    draft_id text COLLATE "C" NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
    at       timestamptz NOT NULL,
    event    text NOT NULL,
    by       text NOT NULL,
    detail   text NOT NULL
);
CREATE INDEX draft_events_draft ON draft_events (draft_id, id);

CREATE TABLE catalogue (
    id            text COLLATE "C" PRIMARY KEY,
    sku           text NOT NULL,
    locale        text NOT NULL,
    channel       text NOT NULL,
    version       integer NOT NULL,
    text          text NOT NULL,
    draft_id      text NOT NULL,
    draft_version integer NOT NULL,
    launch_id     text NOT NULL,
    category      text NOT NULL,
    collection    text NOT NULL,
    published_at  timestamptz NOT NULL,
    UNIQUE (sku, locale, channel, version),
    -- a draft version publishes once
    UNIQUE (draft_id, draft_version)
);
CREATE INDEX catalogue_published ON catalogue (published_at, id);
CREATE INDEX catalogue_locale_published ON catalogue (locale, published_at, id);

CREATE TABLE tokens (
    id         text PRIMARY KEY,
    name       text NOT NULL,
    role       text NOT NULL,
    locales    text[] NOT NULL,
    hash       text NOT NULL UNIQUE,
    created_at timestamptz NOT NULL
);

CREATE TABLE style_guides (
    version    text PRIMARY KEY,
    body       text NOT NULL,
    created_at timestamptz NOT NULL,
    -- save order, so "latest" does not depend on clock resolution
    seq        bigint GENERATED ALWAYS AS IDENTITY UNIQUE
);

CREATE TABLE generation_cache (
    key        text PRIMARY KEY,
    generation jsonb NOT NULL,
    created_at timestamptz NOT NULL
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
