-- +goose Up
-- Each text's near-duplicate signature, stored with it (issue #17): the
-- checker's MinHash signature and sorted shingle hashes
-- (checks.sigEntry.encode, about 1.2 kB for a 120-word text), written by
-- the statement that writes the text and read back with it by
-- NearTextsOf, so a neighbour missing from a worker's cache is not
-- tokenised again. NULL where none was stored: the text is tokenised as
-- before. A draft saved with a new text and no signature loses its old one
-- (sqlstore.SaveDraft), so a stored signature is always its text's.
-- STORAGE EXTERNAL: hashes do not compress; the server is spared trying
-- each time a row outgrows a page's quarter.
ALTER TABLE drafts ADD COLUMN near_sig bytea;
ALTER TABLE drafts ALTER COLUMN near_sig SET STORAGE EXTERNAL;
ALTER TABLE catalogue ADD COLUMN near_sig bytea;
ALTER TABLE catalogue ALTER COLUMN near_sig SET STORAGE EXTERNAL;

-- +goose Down
ALTER TABLE catalogue DROP COLUMN near_sig;
ALTER TABLE drafts DROP COLUMN near_sig;
