-- +goose Up
-- A generation lease (see the PostgreSQL migration): lease_until in
-- microseconds since the epoch, 0 when nobody holds it.
ALTER TABLE drafts ADD COLUMN lease_token TEXT NOT NULL DEFAULT '';
ALTER TABLE drafts ADD COLUMN lease_until INTEGER NOT NULL DEFAULT 0;

-- +goose Down
ALTER TABLE drafts DROP COLUMN lease_until;
ALTER TABLE drafts DROP COLUMN lease_token;
