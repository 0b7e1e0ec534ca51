-- +goose Up
-- Published copy whose product's facts changed under it is withdrawn from
-- the public catalogue (feed, CSV, by SKU) until a reviewer approves it
-- again: withdrawn_at is when (NULL: public).
ALTER TABLE catalogue ADD COLUMN withdrawn_at INTEGER;

-- +goose Down
ALTER TABLE catalogue DROP COLUMN withdrawn_at;
