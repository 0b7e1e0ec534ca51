package core_test

import (
	"context"
	"errors"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/sqlite"
)

// gatedGenerator answers each call with its own text once release is
// closed, counting calls; started receives a value as each call begins.
type gatedGenerator struct {
	mu      sync.Mutex
	calls   int
	started chan int
	release map[int]chan struct{}
}

func (g *gatedGenerator) Generate(ctx context.Context, req core.GenerateRequest) (*core.Generation, error) {
	g.mu.Lock()
	g.calls++
	n := g.calls
	gate := g.release[n]
	g.mu.Unlock()
	g.started <- n
	if gate != nil {
		select {
		case <-gate:
		case <-ctx.Done():
			return nil, core.Wrap(core.CodeUnavailable, ctx.Err(), "cancelled")
		}
	}
	text := "A sterling silver charm, call " + string(rune('0'+n)) + "."
	return &core.Generation{Text: text, Model: "fake/m", Usage: core.Usage{PromptTokens: 100, CompletionTokens: 20, Cost: 0.01}}, nil
}

type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

// TestGenerationLease: a task rescued from a worker that is alive (the
// sweep re-enqueues a task whose queue lease lapsed, while its worker
// still waits on the model) finds the draft held and waits without a model
// call (core.ErrNoCall, not counted against the task's retries), so the
// draft is paid once; once the first worker's hold has lapsed (it died),
// the rescue takes the draft over, and the first worker, if it comes back,
// stores nothing.
func TestGenerationLease(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	store, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	clk := &clock{t: time.Date(2027, 2, 1, 9, 0, 0, 0, time.UTC)}
	gate1 := make(chan struct{})
	gen := &gatedGenerator{started: make(chan int, 8), release: map[int]chan struct{}{1: gate1}}
	svc := core.NewService(core.Deps{Store: store, Queue: &recordingQueue{}, Generator: gen, Checker: goldChecker{}, Now: clk.now},
		core.Config{AdminToken: "admin-secret", MaxAttempts: 3, GeneratorID: "fake"})
	if _, err := svc.InstallStyleGuide(ctx, []byte(guideYAML), false); err != nil {
		t.Fatal(err)
	}
	admin, _ := svc.Authenticate(ctx, "admin-secret")
	l, _, err := svc.SubmitLaunch(ctx, admin, launchInput("L1", "L2"), "")
	if err != nil {
		t.Fatal(err)
	}
	ds, _, _ := svc.ListDrafts(ctx, core.DraftFilter{LaunchID: l.ID}, "")
	id := ds[0].ID

	// Worker A takes the draft and waits on the model.
	first := make(chan error, 1)
	go func() { first <- svc.GenerateDraft(ctx, id, false) }()
	<-gen.started

	// The rescued copy, while A is alive: held, no model call, and even
	// on the task's last try the draft is not failed.
	for _, final := range []bool{false, true} {
		err := svc.GenerateDraft(ctx, id, final)
		var e *core.Error
		if !errors.As(err, &e) || e.Code != core.CodeUnavailable || !errors.Is(err, core.ErrNoCall) || e.RetryAfter <= 0 {
			t.Fatalf("rescue while held (final %v): %v, want unavailable with Retry-After, marked ErrNoCall", final, err)
		}
	}
	gen.mu.Lock()
	calls := gen.calls
	gen.mu.Unlock()
	if d, _ := svc.GetDraft(ctx, id); d.Status != core.StatusGenerating || calls != 1 {
		t.Fatalf("after the held rescues: %s, %d model calls; want generating, 1", d.Status, calls)
	}

	// A's hold lapses (it stopped renewing: dead, or stalled): the rescue
	// takes over and writes the draft.
	clk.add(core.GenerationLease + time.Second)
	if err := svc.GenerateDraft(ctx, id, false); err != nil {
		t.Fatalf("rescue after the hold lapsed: %v", err)
	}
	<-gen.started
	d, _ := svc.GetDraft(ctx, id)
	if d.Status != core.StatusInReview || d.Text != "A sterling silver charm, call 2." {
		t.Fatalf("after the take-over: %s %q, want in_review with the rescue's text", d.Status, d.Text)
	}

	// A comes back: it stores nothing and reports no error.
	close(gate1)
	if err := <-first; err != nil {
		t.Fatalf("the superseded round: %v", err)
	}
	d, _ = svc.GetDraft(ctx, id)
	if d.Text != "A sterling silver charm, call 2." || d.Version != 1 || d.LeaseToken != "" {
		t.Errorf("after the superseded round: %q version %d lease %q; want the rescue's text, version 1, no lease", d.Text, d.Version, d.LeaseToken)
	}

	// A round that ends with an error the queue retries releases its hold:
	// the retry need not wait for it to lapse.
	gen.mu.Lock()
	gen.release[3] = make(chan struct{})
	gen.mu.Unlock()
	cctx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- svc.GenerateDraft(cctx, ds[1].ID, false) }()
	<-gen.started
	cancel()
	<-done
	if err := svc.GenerateDraft(ctx, ds[1].ID, false); err != nil {
		t.Fatalf("retry after a cancelled round: %v", err)
	}
	<-gen.started
	if d, _ := svc.GetDraft(ctx, ds[1].ID); d.Status != core.StatusInReview {
		t.Errorf("retry after a cancelled round: %s, want in_review", d.Status)
	}
}

// scriptGenerator answers from a list of texts or errors in turn.
type scriptGenerator struct {
	mu    sync.Mutex
	steps []any // string or error
	calls int
}

func (g *scriptGenerator) Generate(context.Context, core.GenerateRequest) (*core.Generation, error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	step := g.steps[min(g.calls, len(g.steps)-1)]
	g.calls++
	if err, ok := step.(error); ok {
		return nil, err
	}
	return &core.Generation{Text: step.(string), Model: "fake/m", Usage: core.Usage{PromptTokens: 100, CompletionTokens: 20, Cost: 0.01}}, nil
}

// TestReaskWaitsOutAShortOutage: a re-ask that meets a provider cooling
// down (or rate limited) for a moment waits inside the round instead of
// ending it, so the attempt already paid for is not bought again by a
// retried round; a long outage still ends the round for the queue.
func TestReaskWaitsOutAShortOutage(t *testing.T) {
	t.Parallel()
	cooling := &core.Error{Code: core.CodeUnavailable, RetryAfter: 0.01, Err: core.ErrNoCall, Message: "cooling down"}
	long := &core.Error{Code: core.CodeUnavailable, RetryAfter: 600, Message: "down for ten minutes"}
	for _, c := range []struct {
		name     string
		steps    []any
		wantErr  bool
		calls    int
		status   core.Status
		attempts int
	}{
		{"short outage", []any{"A solid gold charm.", cooling, cooling, "A sterling silver charm."}, false, 4, core.StatusInReview, 2},
		{"long outage", []any{"A solid gold charm.", long}, true, 2, core.StatusGenerating, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			ctx := context.Background()
			store, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "t.db"))
			if err != nil {
				t.Fatal(err)
			}
			defer store.Close()
			gen := &scriptGenerator{steps: c.steps}
			svc := core.NewService(core.Deps{Store: store, Queue: &recordingQueue{}, Generator: gen, Checker: goldChecker{}},
				core.Config{AdminToken: "admin-secret", MaxAttempts: 3, GeneratorID: "fake"})
			if _, err := svc.InstallStyleGuide(ctx, []byte(guideYAML), false); err != nil {
				t.Fatal(err)
			}
			admin, _ := svc.Authenticate(ctx, "admin-secret")
			l, _, err := svc.SubmitLaunch(ctx, admin, launchInput("R1"), "")
			if err != nil {
				t.Fatal(err)
			}
			ds, _, _ := svc.ListDrafts(ctx, core.DraftFilter{LaunchID: l.ID}, "")
			err = svc.GenerateDraft(ctx, ds[0].ID, false)
			if (err != nil) != c.wantErr {
				t.Fatalf("GenerateDraft: %v, want error %v", err, c.wantErr)
			}
			d, _ := svc.GetDraft(ctx, ds[0].ID)
			if gen.calls != c.calls || d.Status != c.status || d.Attempts != c.attempts {
				t.Errorf("%d calls, %s, %d attempts; want %d, %s, %d", gen.calls, d.Status, d.Attempts, c.calls, c.status, c.attempts)
			}
		})
	}
}
