-- +goose Up
-- Webhook jobs the relay has taken from the event outbox, recorded in the
-- transaction that moves its cursor: the database, not Redis, knows what
-- is still to be delivered. state is pending until the event is delivered
-- (or refused, or has nowhere to go); the sweep re-enqueues a pending job
-- whose task the queue has lost. job is the core.WebhookJob as JSON.
CREATE TABLE webhook_jobs (
    event_id   text COLLATE "C" PRIMARY KEY,
    launch_id  text COLLATE "C" NOT NULL REFERENCES launches (id) ON DELETE CASCADE,
    job        text NOT NULL,
    state      text NOT NULL DEFAULT 'pending',
    created_at timestamptz NOT NULL
);
CREATE INDEX webhook_jobs_pending ON webhook_jobs (state, created_at);
-- The id of the HTTP request that submitted a launch, carried into the
-- webhook tasks of its events so their log lines join the request's.
ALTER TABLE launches ADD COLUMN request_id text NOT NULL DEFAULT '';

-- +goose Down
ALTER TABLE launches DROP COLUMN request_id;
DROP TABLE webhook_jobs;
