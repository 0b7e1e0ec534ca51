-- +goose Up
-- A launch may cap what its model calls spend.
ALTER TABLE launches ADD COLUMN budget REAL NOT NULL DEFAULT 0;

-- +goose Down
ALTER TABLE launches DROP COLUMN budget;
