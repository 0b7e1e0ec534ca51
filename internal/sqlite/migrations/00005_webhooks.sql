-- +goose Up
-- Webhooks: every delivery attempt of a webhook event, and the relay's
-- cursor into the event outbox (draft_events.id of the last event it has
-- turned into deliveries). The outbox stays the one source of truth: the
-- relay reads it after the cursor and the queue delivers.
CREATE TABLE webhook_deliveries (
    id          TEXT PRIMARY KEY,
    launch_id   TEXT NOT NULL REFERENCES launches (id) ON DELETE CASCADE,
    event_id    TEXT NOT NULL,
    type        TEXT NOT NULL,
    attempt     INTEGER NOT NULL,
    at          INTEGER NOT NULL,
    outcome     TEXT NOT NULL,
    status_code INTEGER NOT NULL DEFAULT 0,
    error       TEXT NOT NULL DEFAULT '',
    duration_ms INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX webhook_deliveries_launch ON webhook_deliveries (launch_id, id);
CREATE INDEX webhook_deliveries_event ON webhook_deliveries (event_id, outcome);
CREATE TABLE webhook_relay (
    name          TEXT PRIMARY KEY,
    last_event_id INTEGER NOT NULL
);
-- A database that already has events starts relaying after them: what
-- happened before webhooks were delivered is not sent now.
INSERT INTO webhook_relay (name, last_event_id) SELECT 'webhooks', COALESCE(max(id), 0) FROM draft_events;

-- +goose Down
DROP TABLE webhook_relay;
DROP TABLE webhook_deliveries;
