package core_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/copydesk/copydesk/internal/core"
)

// batchSpy is a store that records how many events each transaction
// appends, holds the first transaction that writes a generated draft until
// hold is closed (so that the other drafts' steps queue behind it and
// commit together), and fails the write of one draft's generated event.
type batchSpy struct {
	core.Store
	hold     chan struct{}
	held     atomic.Bool
	failID   string
	mu       sync.Mutex
	appended []int
	// keysMany and versionsMany are the sizes of each PutNearKeysMany and
	// PutDraftVersions; keysOne and versionsOne count the single writes.
	keysMany, versionsMany []int
	keysOne, versionsOne   int
}

func (s *batchSpy) Tx(ctx context.Context, fn func(core.TxStore) error) error {
	return s.Store.Tx(ctx, func(tx core.TxStore) error { return fn(batchSpyTx{tx, s}) })
}

type batchSpyTx struct {
	core.TxStore
	s *batchSpy
}

func (t batchSpyTx) AppendEvents(ctx context.Context, events []*core.Event) error {
	for _, e := range events {
		if e.Event == core.EventGenerated && e.DraftID == t.s.failID {
			return core.Errorf(core.CodeInvalid, "the store refuses draft %s", e.DraftID)
		}
		if e.Event == core.EventGenerated && t.s.held.CompareAndSwap(false, true) {
			<-t.s.hold
		}
	}
	t.s.mu.Lock()
	t.s.appended = append(t.s.appended, len(events))
	t.s.mu.Unlock()
	return t.TxStore.AppendEvents(ctx, events)
}

func (t batchSpyTx) PutNearKeysMany(ctx context.Context, items []core.NearKeys) error {
	t.s.mu.Lock()
	t.s.keysMany = append(t.s.keysMany, len(items))
	t.s.mu.Unlock()
	return t.TxStore.PutNearKeysMany(ctx, items)
}

func (t batchSpyTx) PutDraftVersions(ctx context.Context, vs []*core.DraftVersion) error {
	t.s.mu.Lock()
	t.s.versionsMany = append(t.s.versionsMany, len(vs))
	t.s.mu.Unlock()
	return t.TxStore.PutDraftVersions(ctx, vs)
}

func (t batchSpyTx) PutNearKeys(ctx context.Context, ref string, keys []int64) error {
	t.s.mu.Lock()
	t.s.keysOne++
	t.s.mu.Unlock()
	return t.TxStore.PutNearKeys(ctx, ref, keys)
}

func (t batchSpyTx) PutDraftVersion(ctx context.Context, v *core.DraftVersion) error {
	t.s.mu.Lock()
	t.s.versionsOne++
	t.s.mu.Unlock()
	return t.TxStore.PutDraftVersion(ctx, v)
}

// countingChecker counts checks: a draft checked is about to be written.
type countingChecker struct {
	goldChecker
	n atomic.Int64
}

func (c *countingChecker) Check(in core.CheckInput) []core.Finding {
	defer c.n.Add(1)
	return c.goldChecker.Check(in)
}

// barrierGenerator answers no call until n calls have begun: every draft
// has been taken (its generating step committed) before any is written.
type barrierGenerator struct {
	core.Generator
	n, started atomic.Int64
	all        chan struct{}
}

func (g *barrierGenerator) Generate(ctx context.Context, req core.GenerateRequest) (*core.Generation, error) {
	if g.started.Add(1) == g.n.Load() {
		close(g.all)
	}
	<-g.all
	return g.Generator.Generate(ctx, req)
}

// TestGroupCommit: drafts generated at the same moment are written in
// shared transactions (one outbox append for many drafts), each draft with
// its own result and events, and a draft whose write fails rolls only the
// batch back: it fails with the reason alone, and every other draft of the
// batch is written.
func TestGroupCommit(t *testing.T) {
	const n = 24
	f := newFixture(t, "A sterling silver charm.")
	ctx := context.Background()
	drafts := submitCharms(t, f, n)
	spy := &batchSpy{Store: f.store, hold: make(chan struct{}), failID: drafts[n/2].ID}
	checker := &countingChecker{}
	gen := &barrierGenerator{Generator: f.gen, all: make(chan struct{})}
	gen.n.Store(n)
	svc := core.NewService(core.Deps{Store: spy, Queue: f.queue, Generator: gen, Checker: checker},
		core.Config{MaxAttempts: 3, GeneratorID: "fake"})
	go func() {
		// Every draft checked: its step is on its way to the queue.
		for checker.n.Load() < n {
			time.Sleep(time.Millisecond)
		}
		time.Sleep(50 * time.Millisecond)
		close(spy.hold)
	}()
	var wg sync.WaitGroup
	errs := make([]error, n)
	for i, d := range drafts {
		wg.Go(func() { errs[i] = svc.GenerateDraft(ctx, d.ID, false) })
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("GenerateDraft(%s) = %v", drafts[i].ID, err)
		}
	}
	for _, d := range drafts {
		got, events := draftEvents(t, f, d.ID)
		want, status := "created generating generated", core.StatusInReview
		if d.ID == spy.failID {
			want, status = "created generating failed", core.StatusFailed
		}
		if got.Status != status || events != want {
			t.Errorf("draft %s: %s, events %v; want %s, %s", d.ID, got.Status, events, status, want)
		}
		if d.ID == spy.failID && !strings.Contains(got.Reason, "the store refuses") {
			t.Errorf("failed draft's reason %q", got.Reason)
		}
	}
	spy.mu.Lock()
	defer spy.mu.Unlock()
	most := 0
	for _, k := range spy.appended {
		most = max(most, k)
	}
	t.Logf("events appended per transaction: %v", spy.appended)
	if most < 2 {
		t.Errorf("events appended per transaction %v; want a batch of several drafts", spy.appended)
	}
	// A batch indexes its drafts' texts and keeps their versions in one
	// write each, not one a draft.
	t.Logf("index writes: batches %v and %d alone; version writes: batches %v and %d alone",
		spy.keysMany, spy.keysOne, spy.versionsMany, spy.versionsOne)
	for what, sizes := range map[string][]int{"index keys": spy.keysMany, "versions": spy.versionsMany} {
		if slices.Max(append([]int{0}, sizes...)) < 2 {
			t.Errorf("%s written in batches of %v; want one write for several drafts", what, sizes)
		}
	}
}

// inFlightStore takes concurrent write transactions (core.ConcurrentCommits)
// and holds its first transaction until a second one begins, or for at
// most a few seconds: a deadlock guard, not a timing.
type inFlightStore struct {
	core.Store
	entered   atomic.Int64
	held      atomic.Bool
	second    chan struct{}
	sawSecond atomic.Bool
}

func (s *inFlightStore) CommitsInFlight() int { return 2 }

func (s *inFlightStore) Tx(ctx context.Context, fn func(core.TxStore) error) error {
	if s.entered.Add(1) == 2 {
		close(s.second)
	}
	if s.held.CompareAndSwap(false, true) {
		select {
		case <-s.second:
			s.sawSecond.Store(true)
		case <-time.After(5 * time.Second):
		}
	}
	return s.Store.Tx(ctx, fn)
}

// TestGroupCommitsInFlight: on a store that takes concurrent write
// transactions, steps that arrive while a batch is open are committed in a
// second batch at the same time instead of waiting for the first; every
// draft is written with its own events.
func TestGroupCommitsInFlight(t *testing.T) {
	const n = 8
	f := newFixture(t, "A sterling silver charm.")
	ctx := context.Background()
	drafts := submitCharms(t, f, n)
	store := &inFlightStore{Store: f.store, second: make(chan struct{})}
	svc := core.NewService(core.Deps{Store: store, Queue: f.queue, Generator: f.gen, Checker: goldChecker{}},
		core.Config{MaxAttempts: 3, GeneratorID: "fake"})
	var wg sync.WaitGroup
	errs := make([]error, n)
	wg.Go(func() { errs[0] = svc.GenerateDraft(ctx, drafts[0].ID, false) })
	for !store.held.Load() { // the first batch is open: the others arrive behind it
		time.Sleep(time.Millisecond)
	}
	for i, d := range drafts[1:] {
		wg.Go(func() { errs[i+1] = svc.GenerateDraft(ctx, d.ID, false) })
	}
	wg.Wait()
	if !store.sawSecond.Load() {
		t.Errorf("no second batch began while the first was open")
	}
	for i, d := range drafts {
		if errs[i] != nil {
			t.Errorf("GenerateDraft(%s) = %v", d.ID, errs[i])
		}
		got, events := draftEvents(t, f, d.ID)
		if got.Status != core.StatusInReview || events != "created generating generated" {
			t.Errorf("draft %s: %s, events %v", d.ID, got.Status, events)
		}
	}
}

// submitCharms submits a launch of n charms (SKUs S00…) in one locale and
// returns its n drafts.
func submitCharms(t *testing.T, f *fixture, n int) []*core.Draft {
	t.Helper()
	ctx := context.Background()
	skus := make([]string, n)
	for i := range skus {
		skus[i] = fmt.Sprintf("S%02d", i)
	}
	l, _, err := f.svc.SubmitLaunch(ctx, f.admin, launchInput(skus...), "")
	if err != nil {
		t.Fatal(err)
	}
	drafts, _, err := f.svc.ListDrafts(ctx, core.DraftFilter{LaunchID: l.ID, Limit: n}, "")
	if err != nil || len(drafts) != n {
		t.Fatalf("%d drafts, %v", len(drafts), err)
	}
	return drafts
}

// draftEvents reads a draft and its history's events, space-separated.
func draftEvents(t *testing.T, f *fixture, id string) (*core.Draft, string) {
	t.Helper()
	got, err := f.svc.GetDraft(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	var events []string
	for _, e := range got.History {
		events = append(events, e.Event)
	}
	return got, strings.Join(events, " ")
}

// guideBodySpy counts reads of the current guide's whole document.
type guideBodySpy struct {
	core.Store
	bodies atomic.Int64
}

func (s *guideBodySpy) CurrentStyleGuide(ctx context.Context) (*core.StyleGuideDoc, error) {
	s.bodies.Add(1)
	return s.Store.CurrentStyleGuide(ctx)
}

// TestStyleGuideReadOncePerProcess: a process that lacks the current
// guide reads and parses it once, however many drafts ask for it at the
// same moment (a batch hands its version to all of its drafts at once).
func TestStyleGuideReadOncePerProcess(t *testing.T) {
	f := newFixture(t, "A sterling silver charm.")
	store := &guideBodySpy{Store: f.store}
	svc := core.NewService(core.Deps{Store: store, Queue: f.queue, Generator: f.gen, Checker: goldChecker{}},
		core.Config{MaxAttempts: 3, GeneratorID: "fake"})
	var wg sync.WaitGroup
	versions := make([]string, 20)
	for i := range versions {
		wg.Go(func() {
			doc, g, err := svc.CurrentStyleGuide(context.Background())
			if err != nil || g == nil {
				t.Errorf("CurrentStyleGuide: %v", err)
				return
			}
			versions[i] = doc.Version
		})
	}
	wg.Wait()
	if n := store.bodies.Load(); n != 1 {
		t.Errorf("the guide's document read %d times by 20 callers of a cold process, want 1", n)
	}
	for _, v := range versions {
		if v != versions[0] || v == "" {
			t.Errorf("versions %v, want one", versions)
			break
		}
	}
}

// pipeSpy is a store whose transactions send writes together
// (core.PipelinedTx): it records the batches written inside Pipelined and
// fails the first one after its writes, as a queued write's error comes
// back when the pipeline is sent.
type pipeSpy struct {
	core.Store
	mu              sync.Mutex
	pipelined       int
	inside, outside int // event appends of several events, inside Pipelined or not
	failedFirst     bool
}

func (s *pipeSpy) Tx(ctx context.Context, fn func(core.TxStore) error) error {
	return s.Store.Tx(ctx, func(tx core.TxStore) error { return fn(&pipeSpyTx{TxStore: tx, s: s}) })
}

type pipeSpyTx struct {
	core.TxStore
	s  *pipeSpy
	in bool
}

func (t *pipeSpyTx) Pipelined(ctx context.Context, fn func() error) error {
	t.in = true
	err := fn()
	t.in = false
	t.s.mu.Lock()
	defer t.s.mu.Unlock()
	t.s.pipelined++
	if err == nil && !t.s.failedFirst {
		t.s.failedFirst = true
		return core.Errorf(core.CodeInternal, "a queued write failed")
	}
	return err
}

func (t *pipeSpyTx) AppendEvents(ctx context.Context, events []*core.Event) error {
	t.s.mu.Lock()
	if len(events) > 1 {
		if t.in {
			t.s.inside++
		} else {
			t.s.outside++
		}
	}
	t.s.mu.Unlock()
	return t.TxStore.AppendEvents(ctx, events)
}

// A group commit writes its batch inside Pipelined where the transaction
// offers it, and an error the pipeline returns rolls the batch back and
// its steps are tried again as any failed batch's are: every draft is
// still generated once.
func TestGroupCommitPipelined(t *testing.T) {
	const n = 24
	f := newFixture(t, "A sterling silver charm.")
	ctx := context.Background()
	drafts := submitCharms(t, f, n)
	spy := &pipeSpy{Store: f.store}
	gen := &barrierGenerator{Generator: f.gen, all: make(chan struct{})}
	gen.n.Store(n)
	svc := core.NewService(core.Deps{Store: spy, Queue: f.queue, Generator: gen, Checker: &countingChecker{}},
		core.Config{MaxAttempts: 3, GeneratorID: "fake"})
	var wg sync.WaitGroup
	errs := make([]error, n)
	for i, d := range drafts {
		wg.Go(func() { errs[i] = svc.GenerateDraft(ctx, d.ID, false) })
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("GenerateDraft(%s) = %v", drafts[i].ID, err)
		}
	}
	for _, d := range drafts {
		if got, events := draftEvents(t, f, d.ID); got.Status != core.StatusInReview || events != "created generating generated" {
			t.Errorf("draft %s: %s, events %v; want in_review, created generating generated", d.ID, got.Status, events)
		}
	}
	spy.mu.Lock()
	defer spy.mu.Unlock()
	if spy.pipelined < 2 || !spy.failedFirst || spy.inside == 0 || spy.outside != 0 {
		t.Errorf("pipelined batches %d (first failed: %v), batch event appends inside %d, outside %d; want several, true, some, none",
			spy.pipelined, spy.failedFirst, spy.inside, spy.outside)
	}
}
