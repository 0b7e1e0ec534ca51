package httpapi_test

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/copydesk/copydesk/internal/core"
)

// memStore is a minimal in-memory core.Store for the adapter's tests; the
// real stores have their own conformance suite. Adapters do not import
// each other, so the SQLite store is not used here.
type memStore struct {
	mu        sync.Mutex
	seq       int
	launches  map[string]*core.Launch
	products  map[string]core.Product // launchID + "/" + sku
	drafts    map[string]*core.Draft
	order     []string // draft IDs in creation order: the stable list order
	catalogue []core.CatalogueEntry
	tokens    map[string]*core.Token // by hash
	guides    []core.StyleGuideDoc
	cache     map[string]*core.Generation
	pingErr   error
}

func newMemStore() *memStore {
	return &memStore{launches: map[string]*core.Launch{}, products: map[string]core.Product{},
		drafts: map[string]*core.Draft{}, tokens: map[string]*core.Token{}, cache: map[string]*core.Generation{}}
}

func (s *memStore) nextID(prefix string) string {
	s.seq++
	return fmt.Sprintf("%s%04d", prefix, s.seq)
}

func notFound(what, id string) error {
	return core.Errorf(core.CodeNotFound, "%s %q not found", what, id)
}

func cloneDraft(d *core.Draft, withHistory bool) *core.Draft {
	c := *d
	c.Findings = slices.Clone(d.Findings)
	c.History = nil
	if withHistory {
		c.History = slices.Clone(d.History)
	}
	return &c
}

func (s *memStore) CreateLaunch(_ context.Context, l *core.Launch, products []core.Product, drafts []*core.Draft) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if l.IdempotencyKey != "" {
		for _, other := range s.launches {
			if other.IdempotencyKey == l.IdempotencyKey {
				return core.Errorf(core.CodeConflict, "idempotency key already used")
			}
		}
	}
	if l.ID == "" {
		l.ID = s.nextID("L")
	}
	stored := *l
	stored.ProductCount = len(products)
	s.launches[l.ID] = &stored
	for _, p := range products {
		s.products[l.ID+"/"+p.SKU] = p
	}
	for _, d := range drafts {
		if d.ID == "" {
			d.ID = s.nextID("D")
		}
		d.LaunchID = l.ID
		c := cloneDraft(d, false)
		c.History = []core.Event{{At: d.CreatedAt, Event: "queued", By: l.CreatedBy}}
		s.drafts[d.ID] = c
		s.order = append(s.order, d.ID)
	}
	return nil
}

func (s *memStore) withProgress(l *core.Launch) *core.Launch {
	c := *l
	c.Counts = map[core.Status]int{}
	for _, st := range core.Statuses {
		c.Counts[st] = 0
	}
	for _, d := range s.drafts {
		if d.LaunchID == l.ID {
			c.Counts[d.Status]++
			c.Usage = c.Usage.Add(d.Usage)
		}
	}
	c.Status = core.DeriveLaunchStatus(c.Counts)
	return &c
}

func (s *memStore) GetLaunch(_ context.Context, id string) (*core.Launch, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	l, ok := s.launches[id]
	if !ok {
		return nil, notFound("launch", id)
	}
	return s.withProgress(l), nil
}

func (s *memStore) LaunchByIdempotencyKey(_ context.Context, key string) (*core.Launch, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, l := range s.launches {
		if l.IdempotencyKey == key {
			return s.withProgress(l), nil
		}
	}
	return nil, notFound("launch with key", key)
}

func (s *memStore) GetProduct(_ context.Context, launchID, sku string) (*core.Product, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	p, ok := s.products[launchID+"/"+sku]
	if !ok {
		return nil, notFound("product", sku)
	}
	return &p, nil
}

func (s *memStore) GetDraft(_ context.Context, id string) (*core.Draft, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	d, ok := s.drafts[id]
	if !ok {
		return nil, notFound("draft", id)
	}
	return cloneDraft(d, true), nil
}

// ListDrafts pages by position in creation order; the cursor is the index
// of the next draft.
func (s *memStore) ListDrafts(_ context.Context, f core.DraftFilter) ([]*core.Draft, string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	start := 0
	if f.Cursor != "" {
		n, err := strconv.Atoi(f.Cursor)
		if err != nil || n < 0 {
			return nil, "", core.Invalid("bad cursor", core.FieldError{Field: "cursor", Message: "is not a cursor from this API"})
		}
		start = n
	}
	limit := f.Limit
	if limit <= 0 {
		limit = 100
	}
	var out []*core.Draft
	for i := start; i < len(s.order); i++ {
		d := s.drafts[s.order[i]]
		if (f.LaunchID != "" && d.LaunchID != f.LaunchID) ||
			(len(f.Locales) > 0 && !slices.Contains(f.Locales, d.Locale)) ||
			(f.Status != "" && d.Status != f.Status) {
			continue
		}
		if len(out) == limit {
			return out, strconv.Itoa(i), nil
		}
		out = append(out, cloneDraft(d, false))
	}
	return out, "", nil
}

func (s *memStore) UpdateDraft(_ context.Context, id string, from []core.Status, ev core.Event, mutate func(*core.Draft) error) (*core.Draft, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	d, ok := s.drafts[id]
	if !ok {
		return nil, notFound("draft", id)
	}
	if len(from) > 0 && !slices.Contains(from, d.Status) {
		return nil, core.Errorf(core.CodeConflict, "the draft is %s", d.Status)
	}
	c := cloneDraft(d, true)
	if err := mutate(c); err != nil {
		return nil, err
	}
	c.UpdatedAt = time.Now().UTC()
	ev.At = c.UpdatedAt
	c.History = append(c.History, ev)
	s.drafts[id] = c
	return cloneDraft(c, true), nil
}

func (s *memStore) PublishDraft(_ context.Context, id string, ev core.Event) (*core.CatalogueEntry, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	d, ok := s.drafts[id]
	if !ok {
		return nil, notFound("draft", id)
	}
	if d.Status == core.StatusPublished {
		for _, e := range s.catalogue {
			if e.DraftID == id {
				return &e, nil
			}
		}
	}
	if d.Status != core.StatusApproved {
		return nil, core.Errorf(core.CodeConflict, "the draft is %s", d.Status)
	}
	version := 1
	for _, e := range s.catalogue {
		if e.SKU == d.SKU && e.Locale == d.Locale && e.Channel == d.Channel && e.Version >= version {
			version = e.Version + 1
		}
	}
	p := s.products[d.LaunchID+"/"+d.SKU]
	e := core.CatalogueEntry{SKU: d.SKU, Locale: d.Locale, Channel: d.Channel, Text: d.Text, Version: version,
		PublishedAt: time.Now().UTC(), DraftID: d.ID, LaunchID: d.LaunchID, Category: p.Category, Collection: p.Collection}
	s.catalogue = append(s.catalogue, e)
	c := cloneDraft(d, true)
	c.Status = core.StatusPublished
	ev.At = e.PublishedAt
	c.History = append(c.History, ev)
	s.drafts[id] = c
	return &e, nil
}

func (s *memStore) StuckDrafts(context.Context, []core.Status, time.Time, int) ([]*core.Draft, error) {
	return nil, nil
}

func (s *memStore) CatalogueBySKU(_ context.Context, sku string) ([]core.CatalogueEntry, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	newest := map[string]core.CatalogueEntry{}
	for _, e := range s.catalogue {
		k := e.Locale + "/" + e.Channel
		if e.SKU == sku && e.Version > newest[k].Version {
			newest[k] = e
		}
	}
	out := make([]core.CatalogueEntry, 0, len(newest))
	for _, e := range newest {
		out = append(out, e)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Locale+out[i].Channel < out[j].Locale+out[j].Channel })
	return out, nil
}

func (s *memStore) ListCatalogue(_ context.Context, f core.CatalogueFilter) ([]core.CatalogueEntry, string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []core.CatalogueEntry
	for _, e := range s.catalogue {
		if (f.Locale != "" && e.Locale != f.Locale) || (f.Channel != "" && e.Channel != f.Channel) ||
			(f.Category != "" && e.Category != f.Category) || (f.Collection != "" && e.Collection != f.Collection) ||
			e.PublishedAt.Before(f.Since) {
			continue
		}
		out = append(out, e)
	}
	return out, "", nil
}

func (s *memStore) CreateToken(_ context.Context, t *core.Token) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	t.ID = s.nextID("T")
	c := *t
	s.tokens[t.Hash] = &c
	return nil
}

func (s *memStore) TokenByHash(_ context.Context, hash string) (*core.Token, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	t, ok := s.tokens[hash]
	if !ok {
		return nil, notFound("token", "")
	}
	c := *t
	return &c, nil
}

func (s *memStore) SaveStyleGuide(_ context.Context, doc core.StyleGuideDoc) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, g := range s.guides {
		if g.Version == doc.Version {
			return nil
		}
	}
	s.guides = append(s.guides, doc)
	return nil
}

func (s *memStore) LatestStyleGuide(_ context.Context) (*core.StyleGuideDoc, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.guides) == 0 {
		return nil, notFound("style guide", "")
	}
	g := s.guides[len(s.guides)-1]
	return &g, nil
}

func (s *memStore) StyleGuide(_ context.Context, version string) (*core.StyleGuideDoc, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, g := range s.guides {
		if g.Version == version {
			return &g, nil
		}
	}
	return nil, notFound("style guide", version)
}

func (s *memStore) CachedGeneration(_ context.Context, key string) (*core.Generation, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	g, ok := s.cache[key]
	if !ok {
		return nil, notFound("generation", key)
	}
	return g, nil
}

func (s *memStore) PutCachedGeneration(_ context.Context, key string, g *core.Generation) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.cache[key] = g
	return nil
}

func (s *memStore) Ping(context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.pingErr
}

func (s *memStore) Close() error { return nil }

// fakeQueue records what was enqueued.
type fakeQueue struct {
	mu       sync.Mutex
	generate []string
	publish  []string
}

func (q *fakeQueue) EnqueueGenerate(_ context.Context, d *core.Draft) error {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.generate = append(q.generate, d.ID)
	return nil
}

func (q *fakeQueue) EnqueuePublish(_ context.Context, d *core.Draft) error {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.publish = append(q.publish, d.ID)
	return nil
}

// fakeGenerator writes a fixed sentence naming the product and locale.
type fakeGenerator struct{}

func (fakeGenerator) Generate(_ context.Context, req core.GenerateRequest) (*core.Generation, error) {
	return &core.Generation{Text: fmt.Sprintf("The %s, crafted for %s.", req.Product.Name, req.Locale),
		Model: "fake/writer", PromptVersion: "test", Usage: core.Usage{PromptTokens: 10, CompletionTokens: 5}}, nil
}

// fakeChecker blocks texts that contain "gold" and warns on "!", so tests
// can steer verdicts through the text alone.
type fakeChecker struct{}

func (fakeChecker) Check(in core.CheckInput) []core.Finding {
	var out []core.Finding
	if i := strings.Index(in.Text, "gold"); i >= 0 {
		out = append(out, core.Finding{Rule: "grounding.material", Category: "grounding", Severity: core.SeverityBlock,
			Message: "mentions gold; the product does not", Start: i, End: i + 4})
	}
	if strings.Contains(in.Text, "!") {
		out = append(out, core.Finding{Rule: "one-exclamation", Category: "readability", Severity: core.SeverityWarn,
			Message: "too excited"})
	}
	return out
}
