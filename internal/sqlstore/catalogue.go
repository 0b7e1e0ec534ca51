package sqlstore

import (
	"context"
	"strconv"
	"strings"
	"time"

	"github.com/copydesk/copydesk/internal/core"
)

const catCols = `id, sku, locale, channel, version, text, draft_id, launch_id, category, collection, published_at`

func (q *queries) scanEntry(sc interface{ Scan(...any) error }) (core.CatalogueEntry, error) {
	var e core.CatalogueEntry
	err := sc.Scan(&e.ID, &e.SKU, &e.Locale, &e.Channel, &e.Version, &e.Text, &e.DraftID, &e.LaunchID,
		&e.Category, &e.Collection, q.d.ScanTime(&e.PublishedAt))
	return e, err
}

// InsertCatalogueEntry implements core.TxStore.
func (q *queries) InsertCatalogueEntry(ctx context.Context, e *core.CatalogueEntry, draftVersion int) error {
	// Two drafts of one (sku, locale, channel) from different launches may
	// publish at once; the lock makes them take turns for the next version.
	if err := q.lock(ctx, "copydesk.catalogue|"+e.SKU+"|"+e.Locale+"|"+e.Channel); err != nil {
		return err
	}
	if err := q.row(ctx, `SELECT COALESCE(max(version), 0) + 1 FROM catalogue WHERE sku = ? AND locale = ? AND channel = ?`,
		e.SKU, e.Locale, e.Channel).Scan(&e.Version); err != nil {
		return wrap(err, "publishing failed")
	}
	_, err := q.exec(ctx, `INSERT INTO catalogue (id, sku, locale, channel, version, text, draft_id, draft_version,
		launch_id, category, collection, published_at, near_sig) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)`,
		e.ID, e.SKU, e.Locale, e.Channel, e.Version, e.Text, e.DraftID, draftVersion, e.LaunchID,
		e.Category, e.Collection, q.d.Time(e.PublishedAt), blob(e.NearSig))
	if q.d.IsUnique(err) {
		return core.Wrap(core.CodeConflict, err, "this draft version is already published")
	}
	if err != nil {
		return wrap(err, "publishing failed")
	}
	return nil
}

// CatalogueEntryForDraft implements core.TxStore.
func (q *queries) CatalogueEntryForDraft(ctx context.Context, draftID string, draftVersion int) (*core.CatalogueEntry, error) {
	var e core.CatalogueEntry
	err := q.row(ctx, `SELECT `+catCols+`, withdrawn_at IS NOT NULL FROM catalogue WHERE draft_id = ? AND draft_version = ?`,
		draftID, draftVersion).Scan(&e.ID, &e.SKU, &e.Locale, &e.Channel, &e.Version, &e.Text, &e.DraftID, &e.LaunchID,
		&e.Category, &e.Collection, q.d.ScanTime(&e.PublishedAt), &e.Withdrawn)
	if err != nil {
		return nil, notFound(err, "catalogue entry", "reading catalogue failed")
	}
	return &e, nil
}

// WithdrawCatalogue implements core.TxStore.
func (q *queries) WithdrawCatalogue(ctx context.Context, draftID string, at time.Time) (int, error) {
	res, err := q.exec(ctx, `UPDATE catalogue SET withdrawn_at = ? WHERE draft_id = ? AND withdrawn_at IS NULL`,
		q.d.Time(at), draftID)
	if err != nil {
		return 0, wrap(err, "withdrawing copy failed")
	}
	n, err := res.RowsAffected()
	if err != nil {
		return 0, wrap(err, "withdrawing copy failed")
	}
	return int(n), nil
}

// ReinstateCatalogueEntry implements core.TxStore.
func (q *queries) ReinstateCatalogueEntry(ctx context.Context, id string, at time.Time) error {
	res, err := q.exec(ctx, `UPDATE catalogue SET withdrawn_at = NULL, published_at = ? WHERE id = ?`, q.d.Time(at), id)
	if err != nil {
		return wrap(err, "publishing failed")
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return core.Errorf(core.CodeNotFound, "catalogue entry not found")
	}
	return nil
}

// CatalogueBySKU implements core.TxStore.
func (q *queries) CatalogueBySKU(ctx context.Context, sku string) ([]core.CatalogueEntry, error) {
	return q.entries(ctx, `SELECT `+catCols+` FROM catalogue c WHERE sku = ? AND withdrawn_at IS NULL AND version =
		(SELECT max(version) FROM catalogue m WHERE m.sku = c.sku AND m.locale = c.locale AND m.channel = c.channel)
		ORDER BY locale, channel`, sku)
}

// ListCatalogue implements core.TxStore.
func (q *queries) ListCatalogue(ctx context.Context, f core.CatalogueFilter) ([]core.CatalogueEntry, error) {
	where := []string{"withdrawn_at IS NULL"}
	var args []any
	for _, c := range []struct{ col, v string }{{"locale", f.Locale}, {"channel", f.Channel}, {"category", f.Category}, {"collection", f.Collection}} {
		if c.v != "" {
			where, args = append(where, c.col+" = ?"), append(args, c.v)
		}
	}
	if !f.Since.IsZero() {
		where, args = append(where, "published_at >= ?"), append(args, q.d.Time(f.Since))
	}
	if f.After != nil {
		where, args = append(where, "(published_at, id) > (?, ?)"), append(args, q.d.Time(f.After.PublishedAt), f.After.ID)
	}
	query := `SELECT ` + catCols + ` FROM catalogue WHERE ` + strings.Join(where, " AND ")
	return q.entries(ctx, query+" ORDER BY published_at, id LIMIT "+strconv.Itoa(limit(f.Limit)), args...)
}

func (q *queries) entries(ctx context.Context, query string, args ...any) ([]core.CatalogueEntry, error) {
	q.stmts.Add(1)
	rows, err := q.read.QueryContext(ctx, q.sqlNoCache(query), args...)
	if err != nil {
		return nil, wrap(err, "reading catalogue failed")
	}
	defer rows.Close()
	out := []core.CatalogueEntry{}
	for rows.Next() {
		e, err := q.scanEntry(rows)
		if err != nil {
			return nil, wrap(err, "reading catalogue failed")
		}
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, wrap(err, "reading catalogue failed")
	}
	return out, nil
}
