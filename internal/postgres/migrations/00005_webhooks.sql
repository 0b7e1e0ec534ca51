-- +goose Up
-- Webhooks: every delivery attempt of a webhook event, and the relay's
-- cursor into the event outbox (draft_events.id of the last event it has
-- turned into deliveries). The outbox stays the one source of truth: the
-- relay reads it after the cursor and the queue delivers.
CREATE TABLE webhook_deliveries (
    id          text COLLATE "C" PRIMARY KEY,
    launch_id   text COLLATE "C" NOT NULL REFERENCES launches (id) ON DELETE CASCADE,
    event_id    text COLLATE "C" NOT NULL,
    type        text NOT NULL,
    attempt     integer NOT NULL,
    at          timestamptz NOT NULL,
    outcome     text NOT NULL,
    status_code integer NOT NULL DEFAULT 0,
    error       text NOT NULL DEFAULT '',
    duration_ms bigint NOT NULL DEFAULT 0
);
CREATE INDEX webhook_deliveries_launch ON webhook_deliveries (launch_id, id);
CREATE INDEX webhook_deliveries_event ON webhook_deliveries (event_id, outcome);
CREATE TABLE webhook_relay (
    name          text PRIMARY KEY,
    last_event_id bigint NOT NULL
);
-- A database that already has events starts relaying after them: what
-- happened before webhooks were delivered is not sent now.
INSERT INTO webhook_relay (name, last_event_id) SELECT 'webhooks', COALESCE(max(id), 0) FROM draft_events;

-- +goose Down
DROP TABLE webhook_relay;
DROP TABLE webhook_deliveries;
