-- +goose Up
-- The review workflow: who last edited a draft by hand (a bulk run never
-- overwrites it), why approved copy went stale, and every version of every
-- draft's text.
ALTER TABLE drafts ADD COLUMN edited_by TEXT NOT NULL DEFAULT '';
ALTER TABLE drafts ADD COLUMN stale TEXT NOT NULL DEFAULT '';
CREATE TABLE draft_versions (
    draft_id TEXT NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
    version  INTEGER NOT NULL,
    text     TEXT NOT NULL,
    findings TEXT NOT NULL,
    model    TEXT NOT NULL DEFAULT '',
    event    TEXT NOT NULL DEFAULT '',
    author   TEXT NOT NULL DEFAULT '',
    at       INTEGER NOT NULL,
    PRIMARY KEY (draft_id, version)
);
-- The text each draft has now is its current version.
INSERT INTO draft_versions (draft_id, version, text, findings, model, event, author, at)
SELECT id, version, text, findings, model, '', '', updated_at FROM drafts WHERE version > 0;

-- +goose Down
DROP TABLE draft_versions;
ALTER TABLE drafts DROP COLUMN stale;
ALTER TABLE drafts DROP COLUMN edited_by;
