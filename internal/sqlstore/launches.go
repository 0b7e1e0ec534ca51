package sqlstore

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/copydesk/copydesk/internal/core"
)

const launchCols = `id, name, source_locale, locales, channels, go_live, callback_url, mode, budget, spent,
	product_count, COALESCE(idempotency_key, ''), idempotency_owner, request_hash, created_by, created_at, request_id`

func (q *queries) scanLaunch(sc interface{ Scan(...any) error }) (*core.Launch, error) {
	var l core.Launch
	err := sc.Scan(&l.ID, &l.Name, &l.SourceLocale, q.d.ScanArray(&l.Locales), q.d.ScanArray(&l.Channels), &l.GoLive,
		&l.CallbackURL, &l.Mode, &l.Budget, &l.Spent, &l.ProductCount, &l.IdempotencyKey, &l.IdempotencyOwner,
		&l.RequestHash, &l.CreatedBy, q.d.ScanTime(&l.CreatedAt), &l.RequestID)
	return &l, err
}

// InsertLaunch implements core.TxStore.
func (q *queries) InsertLaunch(ctx context.Context, l *core.Launch) error {
	var key any // NULL when the caller sent none: NULLs never collide
	if l.IdempotencyKey != "" {
		key = l.IdempotencyKey
	}
	_, err := q.exec(ctx, `INSERT INTO launches (id, name, source_locale, locales, channels, go_live, callback_url,
		mode, budget, spent, product_count, idempotency_key, idempotency_owner, request_hash, created_by, created_at, request_id)
		VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
		l.ID, l.Name, l.SourceLocale, q.d.Array(nonNil(l.Locales)), q.d.Array(nonNil(l.Channels)), l.GoLive,
		l.CallbackURL, l.Mode, l.Budget, l.Spent, l.ProductCount, key, l.IdempotencyOwner, l.RequestHash,
		l.CreatedBy, q.d.Time(l.CreatedAt), l.RequestID)
	if q.d.IsUnique(err) {
		return core.Wrap(core.CodeConflict, err, "a launch with this id or idempotency key exists")
	}
	if err != nil {
		return wrap(err, "creating launch failed")
	}
	return nil
}

// GetLaunch implements core.TxStore.
func (q *queries) GetLaunch(ctx context.Context, id string) (*core.Launch, error) {
	l, err := q.scanLaunch(q.row(ctx, `SELECT `+launchCols+` FROM launches WHERE id = ?`, id))
	if err != nil {
		return nil, notFound(err, "launch", "reading launch failed")
	}
	return l, nil
}

// LaunchByIdempotencyKey implements core.TxStore.
func (q *queries) LaunchByIdempotencyKey(ctx context.Context, owner, key string) (*core.Launch, error) {
	if key == "" {
		return nil, core.Errorf(core.CodeNotFound, "launch not found")
	}
	l, err := q.scanLaunch(q.row(ctx, `SELECT `+launchCols+` FROM launches
		WHERE idempotency_owner = ? AND idempotency_key = ?`, owner, key))
	if err != nil {
		return nil, notFound(err, "launch", "reading launch failed")
	}
	return l, nil
}

// ListLaunches implements core.TxStore.
func (q *queries) ListLaunches(ctx context.Context, f core.LaunchFilter) ([]*core.Launch, error) {
	query := `SELECT ` + launchCols + ` FROM launches WHERE true`
	var args []any
	if len(f.Locales) > 0 {
		for _, l := range f.Locales {
			args = append(args, l)
		}
		query += ` AND id IN (SELECT DISTINCT launch_id FROM drafts WHERE locale IN (` + placeholders(len(args)) + `))`
	}
	if f.ByID {
		query += ` AND id > ? ORDER BY id`
		args = append(args, f.AfterID)
	} else {
		query += ` ORDER BY (CASE WHEN go_live = '' THEN 1 ELSE 0 END), go_live, name, id`
	}
	query += ` LIMIT ` + strconv.Itoa(limit(f.Limit))
	rows, err := q.read.QueryContext(ctx, q.sqlNoCache(query), args...)
	if err != nil {
		return nil, wrap(err, "listing launches failed")
	}
	defer rows.Close()
	out := []*core.Launch{}
	for rows.Next() {
		l, err := q.scanLaunch(rows)
		if err != nil {
			return nil, wrap(err, "listing launches failed")
		}
		out = append(out, l)
	}
	if err := rows.Err(); err != nil {
		return nil, wrap(err, "listing launches failed")
	}
	return out, nil
}

// DraftCounts implements core.TxStore.
func (q *queries) DraftCounts(ctx context.Context, launchIDs, locales []string) (map[string]map[core.Status]int, error) {
	out := map[string]map[core.Status]int{}
	if len(launchIDs) == 0 {
		return out, nil
	}
	args := make([]any, 0, len(launchIDs)+len(locales))
	for _, id := range launchIDs {
		args = append(args, id)
	}
	query := `SELECT launch_id, status, count(*) FROM drafts WHERE launch_id IN (` + placeholders(len(launchIDs)) + `)`
	if len(locales) > 0 {
		for _, l := range locales {
			args = append(args, l)
		}
		query += ` AND locale IN (` + placeholders(len(locales)) + `)`
	}
	rows, err := q.read.QueryContext(ctx, q.sqlNoCache(query+` GROUP BY launch_id, status`), args...)
	if err != nil {
		return nil, wrap(err, "counting drafts failed")
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		var st core.Status
		var n int
		if err := rows.Scan(&id, &st, &n); err != nil {
			return nil, wrap(err, "counting drafts failed")
		}
		if out[id] == nil {
			out[id] = map[core.Status]int{}
		}
		out[id][st] = n
	}
	if err := rows.Err(); err != nil {
		return nil, wrap(err, "counting drafts failed")
	}
	return out, nil
}

// LaunchProgress implements core.TxStore. The counts and usage are kept
// by the database's triggers on drafts (migration 00006) as drafts are
// inserted and saved: one indexed read of a few rows, whatever the size of
// the launch.
func (q *queries) LaunchProgress(ctx context.Context, id string) (map[core.Status]int, core.Usage, error) {
	counts := make(map[core.Status]int, len(core.Statuses))
	for _, st := range core.Statuses {
		counts[st] = 0
	}
	var total core.Usage
	rows, err := q.query(ctx, `SELECT '', prompt_tokens, completion_tokens, usage_cost FROM launches WHERE id = ?
		UNION ALL SELECT status, drafts, 0, 0 FROM launch_counts WHERE launch_id = ?`, id, id)
	if err != nil {
		return nil, total, wrap(err, "reading launch progress failed")
	}
	defer rows.Close()
	for rows.Next() {
		var st core.Status
		var n, c int64
		var cost float64
		if err := rows.Scan(&st, &n, &c, &cost); err != nil {
			return nil, total, wrap(err, "reading launch progress failed")
		}
		if st == "" {
			total = core.Usage{PromptTokens: int(n), CompletionTokens: int(c), Cost: cost}
			continue
		}
		counts[st] = int(n)
	}
	if err := rows.Err(); err != nil {
		return nil, total, wrap(err, "reading launch progress failed")
	}
	return counts, total, nil
}

// LaunchWithProgress implements core.LaunchReader: the launch row, its
// usage and its counts per status (string_agg of launch_counts) in one
// statement, so one snapshot without a transaction: one round trip.
func (q *queries) LaunchWithProgress(ctx context.Context, id string) (*core.Launch, error) {
	var l core.Launch
	var counts string
	err := q.row(ctx, `SELECT `+launchCols+`, prompt_tokens, completion_tokens, usage_cost,
		COALESCE((SELECT string_agg(status || '=' || drafts, ',') FROM launch_counts c WHERE c.launch_id = launches.id), '')
		FROM launches WHERE id = ?`, id).Scan(&l.ID, &l.Name, &l.SourceLocale, q.d.ScanArray(&l.Locales),
		q.d.ScanArray(&l.Channels), &l.GoLive, &l.CallbackURL, &l.Mode, &l.Budget, &l.Spent, &l.ProductCount,
		&l.IdempotencyKey, &l.IdempotencyOwner, &l.RequestHash, &l.CreatedBy, q.d.ScanTime(&l.CreatedAt), &l.RequestID,
		&l.Usage.PromptTokens, &l.Usage.CompletionTokens, &l.Usage.Cost, &counts)
	if err != nil {
		return nil, notFound(err, "launch", "reading launch failed")
	}
	l.Counts = make(map[core.Status]int, len(core.Statuses))
	for _, st := range core.Statuses {
		l.Counts[st] = 0
	}
	for _, part := range strings.Split(counts, ",") {
		st, n, ok := strings.Cut(part, "=")
		if !ok {
			continue
		}
		c, err := strconv.Atoi(n)
		if err != nil {
			return nil, wrap(err, "reading launch progress failed")
		}
		l.Counts[core.Status(st)] = c
	}
	return &l, nil
}

// AddLaunchSpend implements core.TxStore.
func (q *queries) AddLaunchSpend(ctx context.Context, id string, cost float64) error {
	return q.execCheck(ctx, "recording launch spend failed", func(n int64) error {
		if n == 0 {
			return core.Errorf(core.CodeNotFound, "launch not found")
		}
		return nil
	}, `UPDATE launches SET spent = spent + ? WHERE id = ?`, cost, id)
}

// InsertProducts implements core.TxStore.
func (q *queries) InsertProducts(ctx context.Context, launchID string, products []core.Product) error {
	rows := make([][]any, len(products))
	for i := range products {
		p := &products[i]
		rows[i] = []any{launchID, p.SKU, p.Category, p.Collection, mustJSON(p)}
	}
	err := q.insertRows(ctx, "products", []string{"launch_id", "sku", "category", "collection", "data"}, rows)
	if q.d.IsUnique(err) {
		return core.Wrap(core.CodeInvalid, err, "duplicate product sku in launch")
	}
	if err != nil {
		return wrap(err, "storing products failed")
	}
	return nil
}

// UpdateProduct implements core.TxStore.
func (q *queries) UpdateProduct(ctx context.Context, launchID string, p core.Product) error {
	res, err := q.exec(ctx, `UPDATE products SET category = ?, collection = ?, data = ? WHERE launch_id = ? AND sku = ?`,
		p.Category, p.Collection, mustJSON(p), launchID, p.SKU)
	if err != nil {
		return wrap(err, "updating product failed")
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return core.Errorf(core.CodeNotFound, "product %s not found", p.SKU)
	}
	return nil
}

// GetProduct implements core.TxStore.
func (q *queries) GetProduct(ctx context.Context, launchID, sku string) (*core.Product, error) {
	var data string
	err := q.row(ctx, `SELECT data FROM products WHERE launch_id = ? AND sku = ?`, launchID, sku).Scan(&data)
	if err != nil {
		return nil, notFound(err, fmt.Sprintf("product %s", sku), "reading product failed")
	}
	var p core.Product
	if err := json.Unmarshal([]byte(data), &p); err != nil {
		return nil, wrap(err, "reading product failed")
	}
	return &p, nil
}

// GetProducts implements core.ProductsReader: one statement for every SKU,
// each element decoded on its own.
func (q *queries) GetProducts(ctx context.Context, launchID string, skus []string) ([]*core.Product, error) {
	out, _, err := q.getProducts(ctx, launchID, skus, false)
	return out, err
}

// GetProductsWithGuide implements core.ProductsGuideReader: the current
// style guide's version is a row of the products' statement (marked 1).
func (q *queries) GetProductsWithGuide(ctx context.Context, launchID string, skus []string) ([]*core.Product, string, error) {
	return q.getProducts(ctx, launchID, skus, true)
}

func (q *queries) getProducts(ctx context.Context, launchID string, skus []string, withGuide bool) ([]*core.Product, string, error) {
	out := make([]*core.Product, len(skus))
	if len(skus) == 0 {
		if !withGuide {
			return out, "", nil
		}
		v, err := q.CurrentStyleGuideVersion(ctx)
		if core.IsCode(err, core.CodeNotFound) {
			return out, "", nil
		}
		return out, v, err
	}
	cond, arg := q.inList("sku", skus)
	query := `SELECT 0, sku, data FROM products WHERE launch_id = ? AND ` + cond
	if withGuide {
		// The version in the SKU's column ('{}' is of data's type on both
		// stores: jsonb, TEXT).
		query += ` UNION ALL SELECT 1, g.version, '{}' FROM (SELECT version FROM style_guides ORDER BY seq DESC LIMIT 1) g`
	}
	rows, err := q.query(ctx, query, launchID, arg)
	if err != nil {
		return nil, "", wrap(err, "reading products failed")
	}
	defer rows.Close()
	data := make(map[string]string, len(skus))
	guide := ""
	for rows.Next() {
		var mark int
		var sku, d string
		if err := rows.Scan(&mark, &sku, &d); err != nil {
			return nil, "", wrap(err, "reading products failed")
		}
		if mark == 1 {
			guide = sku
			continue
		}
		data[sku] = d
	}
	if err := rows.Err(); err != nil {
		return nil, "", wrap(err, "reading products failed")
	}
	for i, sku := range skus {
		d, ok := data[sku]
		if !ok {
			continue
		}
		var p core.Product
		if err := json.Unmarshal([]byte(d), &p); err != nil {
			return nil, "", wrap(err, "reading product failed")
		}
		out[i] = &p
	}
	return out, guide, nil
}

// StatusCounts implements core.TxStore from launch_counts, the counters the
// drafts' triggers keep: one row per launch and status, never the drafts.
func (q *queries) StatusCounts(ctx context.Context) (map[core.Status]int, error) {
	counts := make(map[core.Status]int, len(core.Statuses))
	for _, st := range core.Statuses {
		counts[st] = 0
	}
	rows, err := q.query(ctx, `SELECT status, COALESCE(sum(drafts), 0) FROM launch_counts GROUP BY status`)
	if err != nil {
		return nil, wrap(err, "counting drafts failed")
	}
	defer rows.Close()
	for rows.Next() {
		var st core.Status
		var n int64
		if err := rows.Scan(&st, &n); err != nil {
			return nil, wrap(err, "counting drafts failed")
		}
		counts[st] = int(n)
	}
	if err := rows.Err(); err != nil {
		return nil, wrap(err, "counting drafts failed")
	}
	return counts, nil
}
