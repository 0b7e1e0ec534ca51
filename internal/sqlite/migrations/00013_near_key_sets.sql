-- +goose Up
-- PostgreSQL's 00013 keeps each ref's near-duplicate keys as one row
-- (near_key_sets) and drops its index of key rows by ref. SQLite's index
-- is its own (00010: key rows name an integer, deleted by that integer
-- only for a ref filed before, near_numbers.go) and is left as it is: its
-- writes cost no round trip and no shared buffers. PostgreSQL's 00013 also
-- indexes the catalogue by locale, channel and category for its lookup to
-- leave out a scope with no published copy; SQLite's lookup reads every
-- key as before. Kept as a number so both stores' migrations stay in step.
SELECT 1;

-- +goose Down
SELECT 1;
