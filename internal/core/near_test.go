package core_test

import (
	"context"
	"fmt"
	"github.com/copydesk/copydesk/internal/locales"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/memstore"
	"github.com/copydesk/copydesk/internal/sqlite"
)

// skuGenerator writes the text given for each SKU.
type skuGenerator map[string]string

// ModelFree implements core.ModelFree, as the offline writer does.
func (skuGenerator) ModelFree() bool { return true }

func (g skuGenerator) Generate(_ context.Context, req core.GenerateRequest) (*core.Generation, error) {
	return &core.Generation{Text: g[req.Product.SKU], Model: "fake/m", PromptVersion: "p"}, nil
}

// bandChecker gives each text the band keys listed for its first word and
// records the neighbours each check was given.
type bandChecker struct {
	bands map[string][]uint64
	mu    sync.Mutex
	seen  map[string][]string // text -> neighbour SKUs
}

func (c *bandChecker) NearKeys(text string) []uint64 {
	first, _, _ := strings.Cut(text, " ")
	return c.bands[first]
}

// SupportedLocales implements core.LocaleLister: the locales with a pack,
// as the real checker lists them (core refuses every locale when nothing
// lists).
func (*bandChecker) SupportedLocales() []string {
	set, err := locales.Load()
	if err != nil {
		panic(err)
	}
	return set.Supported()
}

func (c *bandChecker) Check(in core.CheckInput) []core.Finding {
	c.mu.Lock()
	defer c.mu.Unlock()
	var skus []string
	for _, n := range in.Neighbours {
		skus = append(skus, n.SKU)
	}
	slices.Sort(skus)
	c.seen[in.Text] = skus
	if strings.Contains(in.Text, "gold") {
		return []core.Finding{{Rule: "r", Category: "grounding", Severity: core.SeverityBlock, Message: "gold"}}
	}
	return nil
}

// cachingBandChecker is a bandChecker that keeps neighbours' texts by key
// (core.NeighbourCache), as the real checker keeps their signatures, and
// counts the neighbours given with their text and from its cache.
type cachingBandChecker struct {
	*bandChecker
	cmu              sync.Mutex
	kept             map[string]string // key -> text
	given, fromCache int
	withSig          int               // given with their stored signature
	wrong            []string          // neighbours whose text was not their product's
	textOf           map[string]string // SKU -> its copy, when set
}

func newCachingBandChecker(b *bandChecker, textOf map[string]string) *cachingBandChecker {
	return &cachingBandChecker{bandChecker: b, kept: map[string]string{}, textOf: textOf}
}

func (c *cachingBandChecker) NeighbourEntries(keys []string, out []any) []any {
	c.cmu.Lock()
	defer c.cmu.Unlock()
	if cap(out) < len(keys) {
		out = make([]any, len(keys))
	}
	out = out[:len(keys)]
	clear(out)
	for i, k := range keys {
		if t, ok := c.kept[k]; ok {
			out[i] = t
		}
	}
	return out
}

func (c *cachingBandChecker) RememberNeighbour(key, text string) {
	c.cmu.Lock()
	defer c.cmu.Unlock()
	c.kept[key] = text
}

// StoredSignature stands for the real checker's stored entry: the text,
// marked.
func (c *cachingBandChecker) StoredSignature(text string) []byte {
	return []byte("sig:" + text)
}

func (c *cachingBandChecker) Check(in core.CheckInput) []core.Finding {
	c.cmu.Lock()
	for i, n := range in.Neighbours {
		if n.Key == "" && n.Entry == nil {
			c.wrong = append(c.wrong, n.SKU+": no key")
		}
		if n.Key != "" && n.Entry != nil {
			c.wrong = append(c.wrong, n.SKU+": entry and key")
		}
		text := n.Text
		if n.Entry != nil {
			c.fromCache++
			text = n.Entry.(string)
			if n.Text != "" {
				c.wrong = append(c.wrong, n.SKU+": entry and text")
			}
		} else {
			c.given++
			c.kept[n.Key] = n.Text
			switch {
			case n.Sig == nil:
			case string(n.Sig) == "sig:"+n.Text:
				c.withSig++
			default:
				c.wrong = append(c.wrong, n.SKU+": signature "+string(n.Sig))
			}
		}
		if want, ok := c.textOf[n.SKU]; ok && text != want {
			c.wrong = append(c.wrong, n.SKU+": "+text)
		}
		in.Neighbours[i].Text = text
	}
	c.cmu.Unlock()
	return c.bandChecker.Check(in)
}

// A draft's near-duplicate neighbours come from the index: the drafts of
// the same launch, locale and channel that share a band key with its new
// text (not failed ones, not other launches'), and published copy of its
// locale, channel and category; never its own product.
//
// The same with a checker that keeps neighbours by key
// (core.NeighbourCache): the texts it lacks are read, the others come from
// its cache, and each is its product's.
//
// The same with a NearIndex of the service's own (Deps.NearIndex, the
// in-memory fake of the Redis one): written after each commit, read for
// the candidates, the store keeping those the filter names.
func TestNeighboursComeFromTheIndex(t *testing.T) {
	for _, own := range []bool{false, true} {
		for _, caching := range []bool{false, true} {
			t.Run(fmt.Sprintf("caching=%v/ownIndex=%v", caching, own), func(t *testing.T) {
				var index core.NearIndex
				if own {
					index = memstore.NewNearIndex()
				}
				testNeighboursComeFromTheIndex(t, caching, index)
			})
		}
	}
}

func testNeighboursComeFromTheIndex(t *testing.T, caching bool, index core.NearIndex) {
	ctx := context.Background()
	store, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	gen := skuGenerator{"A": "alpha one", "B": "beta two", "C": "alpha three", "D": "gold alpha", "E": "alpha five"}
	chk := &bandChecker{bands: map[string][]uint64{"alpha": {1, 2}, "beta": {3}, "gold": {1}}, seen: map[string][]string{}}
	var checker core.Checker = chk
	var cached *cachingBandChecker
	if caching {
		cached = newCachingBandChecker(chk, gen)
		checker = cached
	}
	svc := core.NewService(core.Deps{Store: store, Queue: &recordingQueue{}, Generator: gen, Checker: checker, NearIndex: index},
		core.Config{AdminToken: "admin-secret", MaxAttempts: 1, GeneratorID: "fake"})
	if _, err := svc.InstallStyleGuide(ctx, []byte(guideYAML), false); err != nil {
		t.Fatal(err)
	}
	admin, _ := svc.Authenticate(ctx, "admin-secret")
	generate := func(l *core.Launch, sku string) { t.Helper(); generateSKU(t, svc, l.ID, sku) }
	other, _, err := svc.SubmitLaunch(ctx, admin, launchInput("A"), "")
	if err != nil {
		t.Fatal(err)
	}
	generate(other, "A") // another launch: never a neighbour
	l, _, err := svc.SubmitLaunch(ctx, admin, launchInput("A", "B", "C", "D", "E"), "")
	if err != nil {
		t.Fatal(err)
	}
	for _, sku := range []string{"A", "B", "D", "C"} {
		generate(l, sku)
	}
	// D failed (its copy blocks): not a neighbour of C.
	if got := chk.seen["alpha three"]; !slices.Equal(got, []string{"A"}) {
		t.Errorf("C's neighbours = %v, want [A]", got)
	}
	if got := chk.seen["beta two"]; len(got) != 0 {
		t.Errorf("B's neighbours = %v, want none", got)
	}
	// Published copy of the category is a neighbour too.
	ds, _, _ := svc.ListDrafts(ctx, core.DraftFilter{LaunchID: other.ID}, "")
	if _, err := svc.Approve(ctx, admin, ds[0].ID, ""); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.PublishDraft(ctx, ds[0].ID); err != nil {
		t.Fatal(err)
	}
	if cached != nil {
		// As after an eviction, or in another worker: E's neighbours are
		// read back, each with the signature stored with its text.
		cached.cmu.Lock()
		clear(cached.kept)
		cached.cmu.Unlock()
	}
	generate(l, "E")
	if got := chk.seen["alpha five"]; !slices.Equal(got, []string{"A", "A", "C"}) {
		t.Errorf("E's neighbours = %v, want [A A C] (this launch's A and C, the published A)", got)
	}
	if cached != nil {
		// D's and C's A were remembered when written; E's three were read
		// with their stored signatures (the drafts' saved with their
		// text, the published A's inserted with it).
		if cached.given != 3 || cached.fromCache != 2 || cached.withSig != 3 || len(cached.wrong) > 0 {
			t.Errorf("given %d, from the cache %d, with a signature %d, wrong %v; want 3, 2, 3, none",
				cached.given, cached.fromCache, cached.withSig, cached.wrong)
		}
	}
}

// TestStatementsPerDraft counts the statements (each a round trip on
// PostgreSQL) one generation round sends to the store, BEGIN and COMMIT
// included, through the whole pipeline with an indexing checker and a
// model-free writer: 15 on SQLite; on PostgreSQL, where each is a round
// trip, the index is rewritten in one statement and the outbox adds its
// advisory lock per state change: 16. It was 27 before the index, the
// history-free pipeline steps, the one-statement event append, the launch
// settings cache and skipping the cache and examples a model-free writer
// has no use for; 16 on SQLite before the style guide's version was read
// with the product (core.ProductsGuideReader). It fails if a change
// brings back per-draft work.
//
// With a checker that keeps neighbours by key (core.NeighbourCache) the
// count is the same: every neighbour was remembered when written, so no
// text is read back.
//
// With a NearIndex of the service's own (the Redis one beside PostgreSQL)
// the index is written outside the store and its candidates are filtered
// in one statement: 14 (13 with the cache: SQLite's two statements of the
// key write gone, the texts read in one more without it).
func TestStatementsPerDraft(t *testing.T) {
	for _, own := range []bool{false, true} {
		for _, caching := range []bool{false, true} {
			t.Run(fmt.Sprintf("caching=%v/ownIndex=%v", caching, own), func(t *testing.T) {
				var index core.NearIndex
				want := 15.0
				if own {
					index, want = memstore.NewNearIndex(), 14
				}
				testStatementsPerDraft(t, caching, index, want)
			})
		}
	}
}

func testStatementsPerDraft(t *testing.T, caching bool, index core.NearIndex, want float64) {
	ctx := context.Background()
	store, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	gen := skuGenerator{}
	var skus []string
	for i := range 20 {
		sku := "S" + string(rune('A'+i))
		gen[sku] = "alpha copy of " + sku
		skus = append(skus, sku)
	}
	chk := &bandChecker{bands: map[string][]uint64{"alpha": {1, 2}}, seen: map[string][]string{}}
	var checker core.Checker = chk
	var cached *cachingBandChecker
	if caching {
		cached = newCachingBandChecker(chk, gen)
		checker = cached
	}
	svc := core.NewService(core.Deps{Store: store, Queue: &recordingQueue{}, Generator: gen, Checker: checker, NearIndex: index},
		core.Config{AdminToken: "admin-secret", MaxAttempts: 1, GeneratorID: "fake"})
	if _, err := svc.InstallStyleGuide(ctx, []byte(guideYAML), false); err != nil {
		t.Fatal(err)
	}
	admin, _ := svc.Authenticate(ctx, "admin-secret")
	l, _, err := svc.SubmitLaunch(ctx, admin, launchInput(skus...), "")
	if err != nil {
		t.Fatal(err)
	}
	ds, _, err := svc.ListDrafts(ctx, core.DraftFilter{LaunchID: l.ID}, "")
	if err != nil {
		t.Fatal(err)
	}
	// The first draft warms the caches a worker keeps (guide, launch).
	if err := svc.GenerateDraft(ctx, ds[0].ID, false); err != nil {
		t.Fatal(err)
	}
	before := store.Statements()
	for _, d := range ds[1:] {
		if err := svc.GenerateDraft(ctx, d.ID, false); err != nil {
			t.Fatal(err)
		}
	}
	per := float64(store.Statements()-before) / float64(len(ds)-1)
	t.Logf("%.1f statements per draft", per)
	if per > want {
		t.Errorf("%.1f statements per generated draft, want at most %.0f", per, want)
	}
	if got := chk.seen["alpha copy of SJ"]; len(got) == 0 {
		t.Errorf("no neighbours: the index was not used")
	}
	if cached != nil && (cached.given != 0 || cached.fromCache == 0 || len(cached.wrong) > 0) {
		t.Errorf("given %d, from the cache %d, wrong %v; want 0, some, none", cached.given, cached.fromCache, cached.wrong)
	}
}

// A big launch answers once it is stored and its first batch enqueued; the
// rest of its drafts are enqueued right after, each once.
func TestSubmitEnqueuesTheRestAfterAnswering(t *testing.T) {
	f := newFixture(t, "A sterling silver charm.")
	ctx := context.Background()
	var skus []string
	for i := range 300 {
		skus = append(skus, fmt.Sprintf("S%03d", i))
	}
	l, _, err := f.svc.SubmitLaunch(ctx, f.admin, launchInput(skus...), "")
	if err != nil || l.Notice != "" {
		t.Fatalf("submit: %v %q", err, l.Notice)
	}
	for range 500 {
		f.queue.mu.Lock()
		n := len(f.queue.generate)
		f.queue.mu.Unlock()
		if n >= len(skus) {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	f.queue.mu.Lock()
	defer f.queue.mu.Unlock()
	if got := len(f.queue.generate); got != len(skus) {
		t.Fatalf("%d drafts enqueued, want %d", got, len(skus))
	}
	seen := map[string]bool{}
	for _, id := range f.queue.generate {
		if seen[id] {
			t.Errorf("draft %s enqueued twice", id)
		}
		seen[id] = true
	}
}

// A NearIndex of the service's own that is lost whole (a flushed Redis)
// is found lost by the sweep and rebuilt from the stored texts: the
// drafts written before the loss are neighbours again, as they were.
func TestNearIndexRebuiltAfterLoss(t *testing.T) {
	ctx := context.Background()
	store, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	gen := skuGenerator{"A": "alpha one", "B": "beta two", "C": "alpha three", "D": "alpha four"}
	chk := &bandChecker{bands: map[string][]uint64{"alpha": {1, 2}, "beta": {3}}, seen: map[string][]string{}}
	index := memstore.NewNearIndex()
	svc := core.NewService(core.Deps{Store: store, Queue: &recordingQueue{}, Generator: gen, Checker: chk, NearIndex: index},
		core.Config{AdminToken: "admin-secret", MaxAttempts: 1, GeneratorID: "fake"})
	if _, err := svc.InstallStyleGuide(ctx, []byte(guideYAML), false); err != nil {
		t.Fatal(err)
	}
	admin, _ := svc.Authenticate(ctx, "admin-secret")
	l, _, err := svc.SubmitLaunch(ctx, admin, launchInput("A", "B", "C", "D"), "")
	if err != nil {
		t.Fatal(err)
	}
	sweep := func() int {
		t.Helper()
		r, err := svc.Sweep(ctx, time.Hour)
		if err != nil {
			t.Fatal(err)
		}
		return r.NearIndexed
	}
	if n := sweep(); n != 0 {
		t.Errorf("the first sweep indexed %d texts: none is written yet", n)
	}
	generate := func(sku string) { t.Helper(); generateSKU(t, svc, l.ID, sku) }
	generate("A")
	generate("B")
	if n := sweep(); n != 0 {
		t.Errorf("a sweep of a complete index indexed %d texts", n)
	}
	index.Lose()
	generate("C") // while lost: A is missed
	if got := chk.seen["alpha three"]; len(got) != 0 {
		t.Errorf("C's neighbours from a lost index = %v, want none", got)
	}
	if n := sweep(); n != 3 {
		t.Errorf("the sweep after the loss indexed %d texts, want A, B and C", n)
	}
	generate("D")
	if got := chk.seen["alpha four"]; !slices.Equal(got, []string{"A", "C"}) {
		t.Errorf("D's neighbours after the rebuild = %v, want [A C]", got)
	}
}

// generateSKU generates the one draft of sku in launch launchID.
func generateSKU(t *testing.T, svc *core.Service, launchID, sku string) {
	t.Helper()
	ctx := context.Background()
	ds, _, err := svc.ListDrafts(ctx, core.DraftFilter{LaunchID: launchID, SKU: sku}, "")
	if err != nil || len(ds) != 1 {
		t.Fatalf("%s: %v %v", sku, ds, err)
	}
	if err := svc.GenerateDraft(ctx, ds[0].ID, false); err != nil {
		t.Fatal(err)
	}
}
