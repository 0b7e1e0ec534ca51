-- +goose Up
-- Each text's near-duplicate signature, stored with it (issue #17): the
-- checker's MinHash signature and sorted shingle hashes
-- (checks.sigEntry.encode, about 1.2 kB for a 120-word text), written by
-- the statement that writes the text and read back with it by
-- NearTextsOf, so a neighbour missing from a worker's cache is not
-- tokenised again. NULL where none was stored: the text is tokenised as
-- before. A draft saved with a new text and no signature loses its old one
-- (sqlstore.SaveDraft), so a stored signature is always its text's.
ALTER TABLE drafts ADD COLUMN near_sig BLOB;
ALTER TABLE catalogue ADD COLUMN near_sig BLOB;

-- +goose Down
ALTER TABLE catalogue DROP COLUMN near_sig;
ALTER TABLE drafts DROP COLUMN near_sig;
