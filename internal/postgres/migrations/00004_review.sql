-- +goose Up
-- The review workflow: who last edited a draft by hand (a bulk run never
-- overwrites it), why approved copy went stale, and every version of every
-- draft's text.
ALTER TABLE drafts ADD COLUMN edited_by text NOT NULL DEFAULT '';
ALTER TABLE drafts ADD COLUMN stale text NOT NULL DEFAULT '';
CREATE TABLE draft_versions (
    draft_id text COLLATE "C" NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
    version  integer NOT NULL,
    text     text NOT NULL,
    findings jsonb NOT NULL,
    model    text NOT NULL DEFAULT '',
    event    text NOT NULL DEFAULT '',
    author   text NOT NULL DEFAULT '',
    at       timestamptz NOT NULL,
    PRIMARY KEY (draft_id, version)
);
INSERT INTO draft_versions (draft_id, version, text, findings, model, event, author, at)
SELECT id, version, text, findings, model, '', '', updated_at FROM drafts WHERE version > 0;

-- +goose Down
DROP TABLE draft_versions;
ALTER TABLE drafts DROP COLUMN stale;
ALTER TABLE drafts DROP COLUMN edited_by;
