// Package memstore is an in-memory core.Store: the fake that HTTP and
// pipeline tests use, held to the same conformance suite (storetest) as
// the SQL stores so that it never drifts from their contract. A
// transaction works on a copy of the state and swaps it in on commit, one
// transaction at a time.
package memstore

import (
	"cmp"
	"context"
	"maps"
	"slices"
	"sync"
	"time"

	"github.com/copydesk/copydesk/internal/core"
)

// Store is an in-memory core.Store.
type Store struct {
	mu sync.Mutex
	st *state
}

var _ core.Store = (*Store)(nil)

// New returns an empty store.
func New() *Store {
	return &Store{st: &state{launches: map[string]*core.Launch{}, products: map[string]core.Product{},
		drafts: map[string]*core.Draft{}, entries: map[string]*core.CatalogueEntry{}, entryDraft: map[string]int{},
		tokens: map[string]*core.Token{}, guides: map[string]*guide{}, cache: map[string]core.Generation{},
		versions: map[string][]core.DraftVersion{}, relays: map[string]int64{}, hookJobs: map[string]hookJob{}}}
}

// state is every table. Values are never changed in place, only replaced,
// so a shallow copy of the maps is a snapshot.
type state struct {
	launches   map[string]*core.Launch
	products   map[string]core.Product // launchID + "\x00" + sku
	drafts     map[string]*core.Draft
	events     []core.Event
	entries    map[string]*core.CatalogueEntry
	entryDraft map[string]int         // catalogue ID -> draft version
	tokens     map[string]*core.Token // by hash
	guides     map[string]*guide
	guideSeq   int64
	cache      map[string]core.Generation
	versions   map[string][]core.DraftVersion // by draft ID, oldest first
	nearKeys   map[int64][]string             // near-duplicate key -> refs, sorted
	nearRefs   map[string][]int64             // ref -> its keys
	deliveries []core.WebhookDelivery         // in insertion order
	relays     map[string]int64               // relay cursors
	hookJobs   map[string]hookJob             // webhook jobs by event ID
}

type guide struct {
	doc core.StyleGuideDoc
	seq int64
}

func (st *state) clone() *state {
	c := *st
	c.launches, c.products, c.drafts = maps.Clone(st.launches), maps.Clone(st.products), maps.Clone(st.drafts)
	c.events = slices.Clip(st.events)
	c.entries, c.entryDraft, c.tokens = maps.Clone(st.entries), maps.Clone(st.entryDraft), maps.Clone(st.tokens)
	c.guides, c.cache = maps.Clone(st.guides), maps.Clone(st.cache)
	c.versions = maps.Clone(st.versions)
	c.nearKeys, c.nearRefs = maps.Clone(st.nearKeys), maps.Clone(st.nearRefs)
	c.deliveries, c.relays = slices.Clip(st.deliveries), maps.Clone(st.relays)
	c.hookJobs = maps.Clone(st.hookJobs)
	return &c
}

// Tx implements core.Store.
func (s *Store) Tx(ctx context.Context, fn func(core.TxStore) error) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	next := s.st.clone()
	if err := fn(&txStore{st: next, inTx: true}); err != nil {
		return err
	}
	s.st = next
	return nil
}

// View implements core.Store.
func (s *Store) View(ctx context.Context, fn func(core.TxStore) error) error {
	return s.Tx(ctx, func(tx core.TxStore) error {
		tx.(*txStore).readOnly = true
		return fn(tx)
	})
}

// Ping implements core.Store.
func (s *Store) Ping(context.Context) error { return nil }

// Close implements core.Store.
func (s *Store) Close() error { return nil }

// do runs one primitive as its own transaction.
func do[T any](s *Store, fn func(tx *txStore) (T, error)) (T, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	next := s.st.clone()
	out, err := fn(&txStore{st: next})
	if err == nil {
		s.st = next
	}
	return out, err
}

func do0(s *Store, fn func(tx *txStore) error) error {
	_, err := do(s, func(tx *txStore) (struct{}, error) { return struct{}{}, fn(tx) })
	return err
}

// txStore implements core.TxStore on a state.
type txStore struct {
	st       *state
	inTx     bool
	readOnly bool
}

func (t *txStore) write() error {
	if t.readOnly {
		return core.Errorf(core.CodeInternal, "memstore: a write inside View")
	}
	return nil
}

func notFound(what string) error { return core.Errorf(core.CodeNotFound, "%s not found", what) }

// ---- launches ----

func (t *txStore) InsertLaunch(_ context.Context, l *core.Launch) error {
	if err := t.write(); err != nil {
		return err
	}
	if _, ok := t.st.launches[l.ID]; ok {
		return core.Errorf(core.CodeConflict, "a launch with this id or idempotency key exists")
	}
	if l.IdempotencyKey != "" {
		for _, o := range t.st.launches {
			if o.IdempotencyOwner == l.IdempotencyOwner && o.IdempotencyKey == l.IdempotencyKey {
				return core.Errorf(core.CodeConflict, "a launch with this id or idempotency key exists")
			}
		}
	}
	c := *l
	c.Locales, c.Channels = slices.Clone(nonNil(l.Locales)), slices.Clone(nonNil(l.Channels))
	c.Counts, c.Usage, c.Status = nil, core.Usage{}, ""
	c.CreatedAt = core.StoreTime(l.CreatedAt)
	t.st.launches[l.ID] = &c
	return nil
}

func (t *txStore) GetLaunch(_ context.Context, id string) (*core.Launch, error) {
	l, ok := t.st.launches[id]
	if !ok {
		return nil, notFound("launch")
	}
	c := *l
	c.Locales, c.Channels = slices.Clone(l.Locales), slices.Clone(l.Channels)
	return &c, nil
}

func (t *txStore) LaunchByIdempotencyKey(ctx context.Context, owner, key string) (*core.Launch, error) {
	if key != "" {
		for _, l := range t.st.launches {
			if l.IdempotencyOwner == owner && l.IdempotencyKey == key {
				return t.GetLaunch(ctx, l.ID)
			}
		}
	}
	return nil, notFound("launch")
}

func (t *txStore) LaunchProgress(_ context.Context, id string) (map[core.Status]int, core.Usage, error) {
	counts := make(map[core.Status]int, len(core.Statuses))
	for _, st := range core.Statuses {
		counts[st] = 0
	}
	var u core.Usage
	for _, d := range t.st.drafts {
		if d.LaunchID == id {
			counts[d.Status]++
			u = u.Add(d.Usage)
		}
	}
	return counts, u, nil
}

func (t *txStore) ListLaunches(_ context.Context, f core.LaunchFilter) ([]*core.Launch, error) {
	seen := map[string]bool{}
	for _, d := range t.st.drafts {
		if len(f.Locales) == 0 || slices.Contains(f.Locales, d.Locale) {
			seen[d.LaunchID] = true
		}
	}
	out := []*core.Launch{}
	for _, l := range t.st.launches {
		if f.ByID && l.ID <= f.AfterID {
			continue
		}
		if len(f.Locales) == 0 || seen[l.ID] {
			c := *l
			c.Locales, c.Channels = slices.Clone(l.Locales), slices.Clone(l.Channels)
			out = append(out, &c)
		}
	}
	slices.SortFunc(out, func(a, b *core.Launch) int {
		if f.ByID {
			return cmp.Compare(a.ID, b.ID)
		}
		return cmp.Or(compareGoLive(a.GoLive, b.GoLive), cmp.Compare(a.Name, b.Name), cmp.Compare(a.ID, b.ID))
	})
	return out[:min(len(out), limit(f.Limit))], nil
}

// compareGoLive orders go-live dates earliest first, none ("") last.
func compareGoLive(a, b string) int {
	return cmp.Or(cmp.Compare(boolInt(a == ""), boolInt(b == "")), cmp.Compare(a, b))
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func (t *txStore) DraftCounts(_ context.Context, launchIDs, locales []string) (map[string]map[core.Status]int, error) {
	out := map[string]map[core.Status]int{}
	for _, d := range t.st.drafts {
		if !slices.Contains(launchIDs, d.LaunchID) || (len(locales) > 0 && !slices.Contains(locales, d.Locale)) {
			continue
		}
		if out[d.LaunchID] == nil {
			out[d.LaunchID] = map[core.Status]int{}
		}
		out[d.LaunchID][d.Status]++
	}
	return out, nil
}

func (t *txStore) AddLaunchSpend(_ context.Context, id string, cost float64) error {
	if err := t.write(); err != nil {
		return err
	}
	l, ok := t.st.launches[id]
	if !ok {
		return notFound("launch")
	}
	c := *l
	c.Spent += cost
	t.st.launches[id] = &c
	return nil
}

func (t *txStore) InsertProducts(_ context.Context, launchID string, products []core.Product) error {
	if err := t.write(); err != nil {
		return err
	}
	for _, p := range products {
		k := launchID + "\x00" + p.SKU
		if _, ok := t.st.products[k]; ok {
			return core.Errorf(core.CodeInvalid, "duplicate product sku in launch")
		}
		t.st.products[k] = p
	}
	return nil
}

func (t *txStore) GetProduct(_ context.Context, launchID, sku string) (*core.Product, error) {
	p, ok := t.st.products[launchID+"\x00"+sku]
	if !ok {
		return nil, notFound("product " + sku)
	}
	return &p, nil
}

// UpdateProduct implements core.TxStore.
func (t *txStore) UpdateProduct(_ context.Context, launchID string, p core.Product) error {
	if err := t.write(); err != nil {
		return err
	}
	k := launchID + "\x00" + p.SKU
	if _, ok := t.st.products[k]; !ok {
		return notFound("product " + p.SKU)
	}
	t.st.products[k] = p
	return nil
}

// ---- draft versions ----

// PutDraftVersions implements core.TxStore.
func (t *txStore) PutDraftVersions(ctx context.Context, vs []*core.DraftVersion) error {
	for _, v := range vs {
		if err := t.PutDraftVersion(ctx, v); err != nil {
			return err
		}
	}
	return nil
}

// PutDraftVersion implements core.TxStore.
func (t *txStore) PutDraftVersion(_ context.Context, v *core.DraftVersion) error {
	if err := t.write(); err != nil {
		return err
	}
	c := *v
	c.At = core.StoreTime(v.At)
	c.Findings = slices.Clone(v.Findings)
	if c.Findings == nil {
		c.Findings = []core.Finding{}
	}
	old := t.st.versions[v.DraftID]
	next := make([]core.DraftVersion, 0, len(old)+1)
	for _, o := range old {
		if o.Version != v.Version {
			next = append(next, o)
		}
	}
	next = append(next, c)
	slices.SortFunc(next, func(a, b core.DraftVersion) int { return a.Version - b.Version })
	t.st.versions[v.DraftID] = next
	return nil
}

// ListDraftVersions implements core.TxStore.
func (t *txStore) ListDraftVersions(_ context.Context, draftID string) ([]core.DraftVersion, error) {
	out := make([]core.DraftVersion, 0, len(t.st.versions[draftID]))
	for _, v := range t.st.versions[draftID] {
		v.Findings = slices.Clone(v.Findings)
		out = append(out, v)
	}
	return out, nil
}

// ---- drafts ----

// copyDraft copies d without its stored signature, which only
// NearTextsOf reads (as in the SQL stores) and SaveDraft sets.
func copyDraft(d *core.Draft) *core.Draft {
	c := *d
	c.Findings = slices.Clone(d.Findings)
	if c.Findings == nil {
		c.Findings = []core.Finding{}
	}
	c.History = nil
	c.NearSig = nil
	return &c
}

func (t *txStore) InsertDrafts(_ context.Context, drafts []*core.Draft) error {
	if err := t.write(); err != nil {
		return err
	}
	keys := map[string]bool{}
	for _, d := range t.st.drafts {
		keys[d.LaunchID+"\x00"+d.SKU+"\x00"+d.Locale+"\x00"+d.Channel] = true
	}
	for _, d := range drafts {
		k := d.LaunchID + "\x00" + d.SKU + "\x00" + d.Locale + "\x00" + d.Channel
		if _, ok := t.st.drafts[d.ID]; ok || keys[k] {
			return core.Errorf(core.CodeInvalid, "duplicate draft (sku, locale, channel) in launch")
		}
		keys[k] = true
		c := copyDraft(d)
		c.CreatedAt, c.UpdatedAt = core.StoreTime(d.CreatedAt), core.StoreTime(d.UpdatedAt)
		t.st.drafts[d.ID] = c
	}
	return nil
}

func (t *txStore) GetDraft(_ context.Context, id string) (*core.Draft, error) {
	d, ok := t.st.drafts[id]
	if !ok {
		return nil, notFound("draft")
	}
	return copyDraft(d), nil
}

func (t *txStore) LockDraft(ctx context.Context, id string) (*core.Draft, error) {
	return t.GetDraft(ctx, id)
}

func (t *txStore) SaveDraft(_ context.Context, d *core.Draft) error {
	if err := t.write(); err != nil {
		return err
	}
	old, ok := t.st.drafts[d.ID]
	if !ok {
		return notFound("draft")
	}
	c := copyDraft(d)
	c.LaunchID, c.SKU, c.Locale, c.Channel, c.CreatedAt = old.LaunchID, old.SKU, old.Locale, old.Channel, old.CreatedAt
	c.UpdatedAt = core.StoreTime(d.UpdatedAt)
	// The stored signature: the one given, else the old one if the text
	// is the same (sqlstore.SaveDraft's rule).
	switch {
	case len(d.NearSig) > 0:
		c.NearSig = slices.Clone(d.NearSig)
	case d.Text == old.Text:
		c.NearSig = old.NearSig
	}
	t.st.drafts[d.ID] = c
	return nil
}

func (t *txStore) LockDrafts(ctx context.Context, ids []string) ([]*core.Draft, error) {
	out := make([]*core.Draft, 0, len(ids))
	for _, id := range slices.Compact(slices.Sorted(slices.Values(ids))) {
		if d, ok := t.st.drafts[id]; ok {
			out = append(out, copyDraft(d))
		}
	}
	return out, nil
}

func (t *txStore) SaveDrafts(ctx context.Context, ds []*core.Draft) error {
	for _, d := range ds {
		if err := t.SaveDraft(ctx, d); err != nil {
			return err
		}
	}
	return nil
}

func limit(n int) int {
	if n <= 0 {
		return core.DefaultPageSize
	}
	return n
}

func (t *txStore) ListDrafts(_ context.Context, f core.DraftFilter) ([]*core.Draft, error) {
	out := []*core.Draft{}
	for _, d := range t.st.drafts {
		if (f.LaunchID != "" && d.LaunchID != f.LaunchID) || (len(f.Locales) > 0 && !slices.Contains(f.Locales, d.Locale)) ||
			(f.Status != "" && d.Status != f.Status) || (f.SKU != "" && d.SKU != f.SKU) ||
			(f.Channel != "" && d.Channel != f.Channel) || (!f.ByGoLive && f.AfterID != "" && d.ID <= f.AfterID) {
			continue
		}
		if f.ByGoLive && f.After != nil &&
			cmp.Or(compareGoLive(t.st.launches[d.LaunchID].GoLive, f.After.GoLive), cmp.Compare(d.ID, f.After.ID)) <= 0 {
			continue
		}
		out = append(out, copyDraft(d))
	}
	slices.SortFunc(out, func(a, b *core.Draft) int {
		if f.ByGoLive {
			if c := compareGoLive(t.st.launches[a.LaunchID].GoLive, t.st.launches[b.LaunchID].GoLive); c != 0 {
				return c
			}
		}
		return cmp.Compare(a.ID, b.ID)
	})
	return out[:min(len(out), limit(f.Limit))], nil
}

func (t *txStore) StuckDrafts(_ context.Context, statuses []core.Status, before time.Time, n int) ([]*core.Draft, error) {
	out := []*core.Draft{}
	for _, d := range t.st.drafts {
		if slices.Contains(statuses, d.Status) && d.UpdatedAt.Before(before) {
			out = append(out, copyDraft(d))
		}
	}
	slices.SortFunc(out, func(a, b *core.Draft) int {
		return cmp.Or(a.UpdatedAt.Compare(b.UpdatedAt), cmp.Compare(a.ID, b.ID))
	})
	return out[:min(len(out), limit(n))], nil
}

// ---- events ----

func (t *txStore) AppendEvents(_ context.Context, events []*core.Event) error {
	if err := t.write(); err != nil {
		return err
	}
	if !t.inTx {
		return core.Errorf(core.CodeInternal, "events are appended inside a transaction")
	}
	seqs := map[string]int64{}
	for _, e := range t.st.events {
		seqs[e.LaunchID] = max(seqs[e.LaunchID], e.Seq)
	}
	for _, e := range events {
		seqs[e.LaunchID]++
		e.ID, e.Seq, e.At = int64(len(t.st.events)+1), seqs[e.LaunchID], core.StoreTime(e.At)
		t.st.events = append(t.st.events, *e)
	}
	return nil
}

func (t *txStore) ListEvents(_ context.Context, f core.EventFilter) ([]core.Event, error) {
	out := []core.Event{}
	for _, e := range t.st.events { // in ID order, which is Seq order within a launch
		switch {
		case f.LaunchID != "":
			if e.LaunchID != f.LaunchID || e.Seq <= f.After {
				continue
			}
		case f.DraftID != "":
			if e.DraftID != f.DraftID || e.ID <= f.After {
				continue
			}
		default:
			if e.ID <= f.After {
				continue
			}
		}
		out = append(out, e)
		if f.Limit > 0 && len(out) == f.Limit {
			break
		}
	}
	return out, nil
}

// ---- catalogue ----

func (t *txStore) InsertCatalogueEntry(_ context.Context, e *core.CatalogueEntry, draftVersion int) error {
	if err := t.write(); err != nil {
		return err
	}
	version := 0
	for id, o := range t.st.entries {
		if o.DraftID == e.DraftID && t.st.entryDraft[id] == draftVersion {
			return core.Errorf(core.CodeConflict, "this draft version is already published")
		}
		if o.SKU == e.SKU && o.Locale == e.Locale && o.Channel == e.Channel {
			version = max(version, o.Version)
		}
	}
	if _, ok := t.st.entries[e.ID]; ok {
		return core.Errorf(core.CodeConflict, "catalogue entry exists")
	}
	e.Version = version + 1
	c := *e
	c.PublishedAt = core.StoreTime(e.PublishedAt)
	c.NearSig = slices.Clone(e.NearSig)
	t.st.entries[e.ID], t.st.entryDraft[e.ID] = &c, draftVersion
	return nil
}

// entryOut is a stored entry as read: without its stored signature, which
// only NearTextsOf reads (as in the SQL stores).
func entryOut(e *core.CatalogueEntry) core.CatalogueEntry {
	c := *e
	c.NearSig = nil
	return c
}

func (t *txStore) CatalogueEntryForDraft(_ context.Context, draftID string, draftVersion int) (*core.CatalogueEntry, error) {
	for id, e := range t.st.entries {
		if e.DraftID == draftID && t.st.entryDraft[id] == draftVersion {
			c := entryOut(e)
			return &c, nil
		}
	}
	return nil, notFound("catalogue entry")
}

func (t *txStore) CatalogueBySKU(_ context.Context, sku string) ([]core.CatalogueEntry, error) {
	newest := map[string]core.CatalogueEntry{}
	for _, e := range t.st.entries {
		k := e.Locale + "\x00" + e.Channel
		if e.SKU == sku && e.Version > newest[k].Version {
			newest[k] = entryOut(e)
		}
	}
	out := []core.CatalogueEntry{}
	for _, k := range slices.Sorted(maps.Keys(newest)) {
		if !newest[k].Withdrawn {
			out = append(out, newest[k])
		}
	}
	return out, nil
}

func (t *txStore) WithdrawCatalogue(_ context.Context, draftID string, _ time.Time) (int, error) {
	if err := t.write(); err != nil {
		return 0, err
	}
	n := 0
	for id, e := range t.st.entries {
		if e.DraftID == draftID && !e.Withdrawn {
			c := *e
			c.Withdrawn = true
			t.st.entries[id] = &c
			n++
		}
	}
	return n, nil
}

func (t *txStore) ReinstateCatalogueEntry(_ context.Context, id string, at time.Time) error {
	if err := t.write(); err != nil {
		return err
	}
	e, ok := t.st.entries[id]
	if !ok {
		return notFound("catalogue entry")
	}
	c := *e
	c.Withdrawn, c.PublishedAt = false, core.StoreTime(at)
	t.st.entries[id] = &c
	return nil
}

func (t *txStore) ListCatalogue(_ context.Context, f core.CatalogueFilter) ([]core.CatalogueEntry, error) {
	out := []core.CatalogueEntry{}
	for _, e := range t.st.entries {
		if e.Withdrawn || (f.Locale != "" && e.Locale != f.Locale) || (f.Channel != "" && e.Channel != f.Channel) ||
			(f.Category != "" && e.Category != f.Category) || (f.Collection != "" && e.Collection != f.Collection) ||
			(!f.Since.IsZero() && e.PublishedAt.Before(f.Since)) {
			continue
		}
		if f.After != nil && cmp.Or(e.PublishedAt.Compare(f.After.PublishedAt), cmp.Compare(e.ID, f.After.ID)) <= 0 {
			continue
		}
		out = append(out, entryOut(e))
	}
	slices.SortFunc(out, func(a, b core.CatalogueEntry) int {
		return cmp.Or(a.PublishedAt.Compare(b.PublishedAt), cmp.Compare(a.ID, b.ID))
	})
	return out[:min(len(out), limit(f.Limit))], nil
}

// ---- tokens ----

func (t *txStore) CreateToken(_ context.Context, tok *core.Token) error {
	if err := t.write(); err != nil {
		return err
	}
	if _, ok := t.st.tokens[tok.Hash]; ok {
		return core.Errorf(core.CodeConflict, "token exists")
	}
	c := *tok
	c.Locales = slices.Clone(tok.Locales)
	c.CreatedAt = core.StoreTime(tok.CreatedAt)
	t.st.tokens[tok.Hash] = &c
	return nil
}

func (t *txStore) TokenByHash(_ context.Context, hash string) (*core.Token, error) {
	tok, ok := t.st.tokens[hash]
	if !ok {
		return nil, notFound("token")
	}
	c := *tok
	c.Locales = slices.Clone(tok.Locales)
	if len(c.Locales) == 0 {
		c.Locales = nil
	}
	return &c, nil
}

func (t *txStore) ListTokens(_ context.Context, afterID string, limit int) ([]*core.Token, error) {
	var out []*core.Token
	for _, tok := range t.st.tokens {
		if tok.ID > afterID {
			c := *tok
			c.Locales = slices.Clone(tok.Locales)
			if len(c.Locales) == 0 {
				c.Locales = nil
			}
			out = append(out, &c)
		}
	}
	slices.SortFunc(out, func(a, b *core.Token) int { return cmp.Compare(a.ID, b.ID) })
	return out[:min(len(out), limit)], nil
}

func (t *txStore) DeleteToken(_ context.Context, id string) error {
	if err := t.write(); err != nil {
		return err
	}
	for hash, tok := range t.st.tokens {
		if tok.ID == id {
			delete(t.st.tokens, hash)
			return nil
		}
	}
	return notFound("token")
}

// ---- style guides ----

func (t *txStore) SaveStyleGuide(_ context.Context, doc core.StyleGuideDoc) error {
	if err := t.write(); err != nil {
		return err
	}
	if doc.Version == "" {
		return core.Errorf(core.CodeInvalid, "style guide version is empty")
	}
	t.st.guideSeq++
	g := &guide{doc: doc, seq: t.st.guideSeq}
	g.doc.CreatedAt, g.doc.Current = core.StoreTime(doc.CreatedAt), false
	if old, ok := t.st.guides[doc.Version]; ok {
		g.doc = old.doc // a rollback keeps what was stored
	}
	t.st.guides[doc.Version] = g
	return nil
}

func (t *txStore) sortedGuides() []*guide {
	gs := slices.Collect(maps.Values(t.st.guides))
	slices.SortFunc(gs, func(a, b *guide) int { return cmp.Compare(b.seq, a.seq) })
	return gs
}

func (t *txStore) CurrentStyleGuide(context.Context) (*core.StyleGuideDoc, error) {
	gs := t.sortedGuides()
	if len(gs) == 0 {
		return nil, notFound("style guide")
	}
	doc := gs[0].doc
	return &doc, nil
}

func (t *txStore) CurrentStyleGuideVersion(ctx context.Context) (string, error) {
	doc, err := t.CurrentStyleGuide(ctx)
	if err != nil {
		return "", err
	}
	return doc.Version, nil
}

func (t *txStore) StyleGuide(_ context.Context, version string) (*core.StyleGuideDoc, error) {
	g, ok := t.st.guides[version]
	if !ok {
		return nil, notFound("style guide")
	}
	doc := g.doc
	return &doc, nil
}

func (t *txStore) ListStyleGuides(context.Context) ([]core.StyleGuideDoc, error) {
	out := []core.StyleGuideDoc{}
	for i, g := range t.sortedGuides() {
		out = append(out, core.StyleGuideDoc{Version: g.doc.Version, CreatedAt: g.doc.CreatedAt, Current: i == 0})
	}
	return out, nil
}

// ---- generation cache ----

func (t *txStore) CachedGeneration(_ context.Context, key string) (*core.Generation, error) {
	g, ok := t.st.cache[key]
	if !ok {
		return nil, notFound("cached generation")
	}
	return &g, nil
}

func (t *txStore) PutCachedGeneration(_ context.Context, key string, g *core.Generation) error {
	if err := t.write(); err != nil {
		return err
	}
	if g == nil {
		return core.Errorf(core.CodeInvalid, "nil generation")
	}
	t.st.cache[key] = *g
	return nil
}

func nonNil(v []string) []string {
	if v == nil {
		return []string{}
	}
	return v
}
