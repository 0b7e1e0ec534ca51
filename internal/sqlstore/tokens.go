package sqlstore

import (
	"context"

	"github.com/copydesk/copydesk/internal/core"
)

// CreateToken implements core.TxStore.
func (q *queries) CreateToken(ctx context.Context, t *core.Token) error {
	_, err := q.exec(ctx, `INSERT INTO tokens (id, name, role, locales, hash, created_at) VALUES (?,?,?,?,?,?)`,
		t.ID, t.Name, string(t.Role), q.d.Array(nonNil(t.Locales)), t.Hash, q.d.Time(t.CreatedAt))
	if q.d.IsUnique(err) {
		return core.Wrap(core.CodeConflict, err, "token exists")
	}
	if err != nil {
		return wrap(err, "creating token failed")
	}
	return nil
}

// TokenByHash implements core.TxStore.
func (q *queries) TokenByHash(ctx context.Context, hash string) (*core.Token, error) {
	var t core.Token
	err := q.row(ctx, `SELECT id, name, role, locales, hash, created_at FROM tokens WHERE hash = ?`, hash).
		Scan(&t.ID, &t.Name, &t.Role, q.d.ScanArray(&t.Locales), &t.Hash, q.d.ScanTime(&t.CreatedAt))
	if err != nil {
		return nil, notFound(err, "token", "reading token failed")
	}
	if len(t.Locales) == 0 {
		t.Locales = nil
	}
	return &t, nil
}

// ListTokens implements core.TxStore.
func (q *queries) ListTokens(ctx context.Context, afterID string, limit int) ([]*core.Token, error) {
	rows, err := q.query(ctx, `SELECT id, name, role, locales, hash, created_at FROM tokens WHERE id > ? ORDER BY id LIMIT ?`,
		afterID, limit)
	if err != nil {
		return nil, wrap(err, "listing tokens failed")
	}
	defer rows.Close()
	var out []*core.Token
	for rows.Next() {
		var t core.Token
		if err := rows.Scan(&t.ID, &t.Name, &t.Role, q.d.ScanArray(&t.Locales), &t.Hash, q.d.ScanTime(&t.CreatedAt)); err != nil {
			return nil, wrap(err, "listing tokens failed")
		}
		if len(t.Locales) == 0 {
			t.Locales = nil
		}
		out = append(out, &t)
	}
	if err := rows.Err(); err != nil {
		return nil, wrap(err, "listing tokens failed")
	}
	return out, nil
}

// DeleteToken implements core.TxStore.
func (q *queries) DeleteToken(ctx context.Context, id string) error {
	res, err := q.exec(ctx, `DELETE FROM tokens WHERE id = ?`, id)
	if err != nil {
		return wrap(err, "revoking token failed")
	}
	if n, err := res.RowsAffected(); err == nil && n == 0 {
		return core.Errorf(core.CodeNotFound, "no token %q", id)
	}
	return nil
}
