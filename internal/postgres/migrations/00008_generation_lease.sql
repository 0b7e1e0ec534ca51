-- +goose Up
-- A generation lease: the worker generating a draft holds lease_token until
-- lease_until and renews it while it works, so that a task rescued from a
-- worker that only seemed dead (its queue lease expired) cannot generate,
-- and pay for, the same draft at the same time; and a worker whose lease
-- was taken over cannot store its result. Empty token: nobody holds it.
ALTER TABLE drafts ADD COLUMN lease_token text NOT NULL DEFAULT '';
ALTER TABLE drafts ADD COLUMN lease_until timestamptz;

-- +goose Down
ALTER TABLE drafts DROP COLUMN lease_until;
ALTER TABLE drafts DROP COLUMN lease_token;
