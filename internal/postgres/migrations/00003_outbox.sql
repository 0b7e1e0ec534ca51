-- +goose Up
-- The event outbox, launch spend and idempotency keys scoped to their caller.
ALTER TABLE launches ADD COLUMN spent double precision NOT NULL DEFAULT 0;
ALTER TABLE launches ADD COLUMN idempotency_owner text NOT NULL DEFAULT '';
ALTER TABLE launches DROP CONSTRAINT launches_idempotency_key_key;
CREATE UNIQUE INDEX launches_idempotency ON launches (idempotency_owner, idempotency_key);
UPDATE launches l SET spent = COALESCE((SELECT sum(cost) FROM drafts d WHERE d.launch_id = l.id), 0);

-- Every state change of a draft: id is global, seq counts within a launch;
-- both are handed out by the store under an advisory lock, in commit order.
ALTER TABLE draft_events ALTER COLUMN id DROP IDENTITY;
ALTER TABLE draft_events ADD COLUMN launch_id text COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE draft_events ADD COLUMN seq bigint NOT NULL DEFAULT 0;
ALTER TABLE draft_events ADD COLUMN from_status text NOT NULL DEFAULT '';
ALTER TABLE draft_events ADD COLUMN to_status text NOT NULL DEFAULT '';
ALTER TABLE draft_events ADD COLUMN version integer NOT NULL DEFAULT 0;
UPDATE draft_events e SET launch_id = d.launch_id FROM drafts d WHERE d.id = e.draft_id;
UPDATE draft_events SET seq = r.n
    FROM (SELECT id, row_number() OVER (PARTITION BY launch_id ORDER BY id) AS n FROM draft_events) r
    WHERE r.id = draft_events.id;
CREATE UNIQUE INDEX draft_events_launch_seq ON draft_events (launch_id, seq);

-- Save order is written by the store, so a rollback can move a version last.
ALTER TABLE style_guides ALTER COLUMN seq DROP IDENTITY;

-- +goose Down
SELECT 1;
