package sqlstore

import (
	"context"
	"encoding/json"
	"time"

	"github.com/copydesk/copydesk/internal/core"
)

// CachedGeneration implements core.TxStore.
func (q *queries) CachedGeneration(ctx context.Context, key string) (*core.Generation, error) {
	var data string
	if err := q.row(ctx, `SELECT generation FROM generation_cache WHERE key = ?`, key).Scan(&data); err != nil {
		return nil, notFound(err, "cached generation", "reading generation cache failed")
	}
	var g core.Generation
	if err := json.Unmarshal([]byte(data), &g); err != nil {
		return nil, wrap(err, "reading generation cache failed")
	}
	return &g, nil
}

// PutCachedGeneration implements core.TxStore.
func (q *queries) PutCachedGeneration(ctx context.Context, key string, g *core.Generation) error {
	if g == nil {
		return core.Errorf(core.CodeInvalid, "nil generation")
	}
	_, err := q.exec(ctx, `INSERT INTO generation_cache (key, generation, created_at) VALUES (?, ?, ?)
		ON CONFLICT (key) DO UPDATE SET generation = excluded.generation, created_at = excluded.created_at`,
		key, mustJSON(g), q.d.Time(core.StoreTime(time.Now())))
	if err != nil {
		return wrap(err, "writing generation cache failed")
	}
	return nil
}
