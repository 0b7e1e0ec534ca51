package sqlstore

import (
	"context"

	"github.com/copydesk/copydesk/internal/core"
)

// SaveStyleGuide implements core.TxStore: seq records save order, so a
// version saved again (a rollback) becomes current without a clock.
func (q *queries) SaveStyleGuide(ctx context.Context, doc core.StyleGuideDoc) error {
	if doc.Version == "" {
		return core.Errorf(core.CodeInvalid, "style guide version is empty")
	}
	return q.atomically(ctx, func(tx *queries) error {
		if err := tx.lock(ctx, "copydesk.style_guides"); err != nil {
			return err
		}
		_, err := tx.exec(ctx, `INSERT INTO style_guides (version, body, created_at, seq)
			VALUES (?, ?, ?, (SELECT COALESCE(max(seq), 0) + 1 FROM style_guides))
			ON CONFLICT (version) DO UPDATE SET seq = (SELECT COALESCE(max(seq), 0) + 1 FROM style_guides)`,
			doc.Version, doc.Body, q.d.Time(doc.CreatedAt))
		if err != nil {
			return wrap(err, "saving style guide failed")
		}
		return nil
	})
}

const guideCols = `version, body, created_at`

// CurrentStyleGuide implements core.TxStore.
func (q *queries) CurrentStyleGuide(ctx context.Context) (*core.StyleGuideDoc, error) {
	return q.guide(ctx, `SELECT `+guideCols+` FROM style_guides ORDER BY seq DESC LIMIT 1`)
}

// CurrentStyleGuideVersion implements core.TxStore.
func (q *queries) CurrentStyleGuideVersion(ctx context.Context) (string, error) {
	var v string
	if err := q.row(ctx, `SELECT version FROM style_guides ORDER BY seq DESC LIMIT 1`).Scan(&v); err != nil {
		return "", notFound(err, "style guide", "reading style guide failed")
	}
	return v, nil
}

// StyleGuide implements core.TxStore.
func (q *queries) StyleGuide(ctx context.Context, version string) (*core.StyleGuideDoc, error) {
	return q.guide(ctx, `SELECT `+guideCols+` FROM style_guides WHERE version = ?`, version)
}

func (q *queries) guide(ctx context.Context, query string, args ...any) (*core.StyleGuideDoc, error) {
	var doc core.StyleGuideDoc
	if err := q.row(ctx, query, args...).Scan(&doc.Version, &doc.Body, q.d.ScanTime(&doc.CreatedAt)); err != nil {
		return nil, notFound(err, "style guide", "reading style guide failed")
	}
	return &doc, nil
}

// ListStyleGuides implements core.TxStore.
func (q *queries) ListStyleGuides(ctx context.Context) ([]core.StyleGuideDoc, error) {
	rows, err := q.query(ctx, `SELECT version, created_at FROM style_guides ORDER BY seq DESC`)
	if err != nil {
		return nil, wrap(err, "listing style guides failed")
	}
	defer rows.Close()
	out := []core.StyleGuideDoc{}
	for rows.Next() {
		var doc core.StyleGuideDoc
		if err := rows.Scan(&doc.Version, q.d.ScanTime(&doc.CreatedAt)); err != nil {
			return nil, wrap(err, "listing style guides failed")
		}
		doc.Current = len(out) == 0
		out = append(out, doc)
	}
	if err := rows.Err(); err != nil {
		return nil, wrap(err, "listing style guides failed")
	}
	return out, nil
}
