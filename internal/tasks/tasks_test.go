package tasks_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/copydesk/copydesk/internal/locales"

	"github.com/alicebob/miniredis/v2"
	"github.com/hibiken/asynq"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/sqlite"
	"github.com/copydesk/copydesk/internal/tasks"
)

const guideYAML = `brand: Aurelia
version: "t1"
voice: Warm.
channels:
  pdp: {min_words: 1, max_words: 120}
`

// scriptedGenerator returns its next error (if any) and then a fixed text.
type scriptedGenerator struct {
	errs  []error
	calls atomic.Int32
}

func (g *scriptedGenerator) Generate(ctx context.Context, req core.GenerateRequest) (*core.Generation, error) {
	n := int(g.calls.Add(1)) - 1
	if n < len(g.errs) && g.errs[n] != nil {
		return nil, g.errs[n]
	}
	return &core.Generation{Text: "A sterling silver charm for " + req.Product.Name + ".", Model: "fake/model",
		Usage: core.Usage{PromptTokens: 10, CompletionTokens: 5}}, nil
}

// noFindings is a checker that finds nothing: these tests are about the
// queue, not the checks.
type noFindings struct{}

// SupportedLocales implements core.LocaleLister: the locales with a pack,
// as the real checker lists them (core refuses every locale when nothing
// lists).
func (noFindings) SupportedLocales() []string {
	set, err := locales.Load()
	if err != nil {
		panic(err)
	}
	return set.Supported()
}

func (noFindings) Check(core.CheckInput) []core.Finding { return nil }

type fixture struct {
	svc      *core.Service
	queue    *tasks.Queue
	handlers *tasks.Handlers
	insp     *asynq.Inspector
	gen      *scriptedGenerator
	admin    *core.Token
}

// harness is what every tasks test runs on: a SQLite store in a temporary
// directory, a miniredis, a queue and an inspector over it, all closed with
// the test, and the service's dependencies with gen as the generator and a
// checker that finds nothing.
type harness struct {
	deps core.Deps
	mr   *miniredis.Miniredis
	q    *tasks.Queue
	insp *asynq.Inspector
}

func newHarness(t *testing.T, gen *scriptedGenerator) harness {
	t.Helper()
	store, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	mr := miniredis.RunT(t)
	redis := asynq.RedisClientOpt{Addr: mr.Addr()}
	q := tasks.NewQueue(redis)
	t.Cleanup(func() { q.Close() })
	insp := asynq.NewInspector(redis)
	t.Cleanup(func() { insp.Close() })
	return harness{deps: core.Deps{Store: store, Queue: q, Generator: gen, Checker: noFindings{}}, mr: mr, q: q, insp: insp}
}

func newFixture(t *testing.T, genErrs ...error) *fixture {
	t.Helper()
	ctx := context.Background()
	gen := &scriptedGenerator{errs: genErrs}
	h := newHarness(t, gen)
	q, insp := h.q, h.insp
	svc := core.NewService(h.deps, core.Config{AdminToken: "admin-secret"})
	if _, err := svc.InstallStyleGuide(ctx, []byte(guideYAML), false); err != nil {
		t.Fatal(err)
	}
	admin, err := svc.Authenticate(ctx, "admin-secret")
	if err != nil {
		t.Fatal(err)
	}
	return &fixture{svc: svc, queue: q, handlers: tasks.NewHandlers(svc, nil), insp: insp, gen: gen, admin: admin}
}

func (f *fixture) submit(t *testing.T) *core.Draft {
	t.Helper()
	l, _, err := f.svc.SubmitLaunch(context.Background(), f.admin, core.LaunchInput{
		Name: "L", SourceLocale: "en-GB", Locales: []string{"en-GB"}, Channels: []string{"pdp"},
		Products: []core.Product{{SKU: "S1", Name: "Heart Charm", Category: "charm", Materials: []string{"sterling silver"}}},
	}, "")
	if err != nil {
		t.Fatal(err)
	}
	drafts, _, err := f.svc.ListDrafts(context.Background(), core.DraftFilter{LaunchID: l.ID}, "")
	if err != nil || len(drafts) != 1 {
		t.Fatalf("drafts = %v, %v", drafts, err)
	}
	return drafts[0]
}

func task(typ, draftID string) *asynq.Task {
	body, _ := json.Marshal(map[string]string{"draft_id": draftID})
	return asynq.NewTask(typ, body)
}

func TestSubmitEnqueuesOneTaskPerDraftKeyedByDraft(t *testing.T) {
	f := newFixture(t)
	d := f.submit(t)
	info, err := f.insp.GetTaskInfo(tasks.QueueGenerate, tasks.GenerateTaskID(d))
	if err != nil {
		t.Fatalf("the generate task is not in the queue: %v", err)
	}
	if info.State != asynq.TaskStatePending {
		t.Fatalf("state = %v", info.State)
	}
	// Enqueueing the same draft again (the sweep does) is a no-op.
	if err := f.queue.EnqueueGenerate(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	pending, err := f.insp.ListPendingTasks(tasks.QueueGenerate)
	if err != nil || len(pending) != 1 {
		t.Fatalf("pending = %d tasks, %v; want 1", len(pending), err)
	}
}

func TestHandleGenerateIsIdempotent(t *testing.T) {
	f := newFixture(t)
	d := f.submit(t)
	ctx := context.Background()
	for i := range 2 {
		if err := f.handlers.HandleGenerate(ctx, task(tasks.TypeGenerate, d.ID)); err != nil {
			t.Fatalf("delivery %d: %v", i+1, err)
		}
	}
	got, err := f.svc.GetDraft(ctx, d.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Status != core.StatusInReview || got.Version != 1 || got.Attempts != 1 {
		t.Fatalf("draft = %s v%d attempts %d; want in_review v1 after one attempt", got.Status, got.Version, got.Attempts)
	}
	if n := f.gen.calls.Load(); n != 1 {
		t.Fatalf("generator called %d times for a task delivered twice", n)
	}
}

func TestHandleGenerateRetriesWhenTheProviderIsUnavailable(t *testing.T) {
	unavailable := &core.Error{Code: core.CodeUnavailable, Message: "rate limited", RetryAfter: 7}
	f := newFixture(t, unavailable)
	d := f.submit(t)
	ctx := context.Background()
	err := f.handlers.HandleGenerate(ctx, task(tasks.TypeGenerate, d.ID))
	if err == nil || errors.Is(err, asynq.SkipRetry) {
		t.Fatalf("err = %v; want a retryable error", err)
	}
	if delay := tasks.RetryDelay(1, err, nil); delay < 7*time.Second || delay > 8*time.Second {
		t.Fatalf("retry delay = %s; want the provider's Retry-After of 7s plus a little jitter", delay)
	}
	got, _ := f.svc.GetDraft(ctx, d.ID)
	if got.Status != core.StatusGenerating || got.Attempts != 0 {
		t.Fatalf("draft = %s, %d attempts; a rate-limit wait must not spend attempts", got.Status, got.Attempts)
	}
	// The retry takes the draft over and finishes it.
	if err := f.handlers.HandleGenerate(ctx, task(tasks.TypeGenerate, d.ID)); err != nil {
		t.Fatal(err)
	}
	got, _ = f.svc.GetDraft(ctx, d.ID)
	if got.Status != core.StatusInReview {
		t.Fatalf("status = %s after the retry", got.Status)
	}
}

func TestHandlersSkipRetryOnBadTasks(t *testing.T) {
	f := newFixture(t)
	tests := []struct {
		name string
		task *asynq.Task
		run  func(context.Context, *asynq.Task) error
	}{
		{"malformed payload", asynq.NewTask(tasks.TypeGenerate, []byte("{")), f.handlers.HandleGenerate},
		{"empty draft id", asynq.NewTask(tasks.TypePublish, []byte(`{}`)), f.handlers.HandlePublish},
		{"unknown draft", task(tasks.TypeGenerate, "no-such-draft"), f.handlers.HandleGenerate},
		{"unknown draft publish", task(tasks.TypePublish, "no-such-draft"), f.handlers.HandlePublish},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := tt.run(context.Background(), tt.task); !errors.Is(err, asynq.SkipRetry) {
				t.Fatalf("err = %v; want SkipRetry", err)
			}
		})
	}
}

func TestHandlePublishTwicePublishesOnce(t *testing.T) {
	f := newFixture(t)
	d := f.submit(t)
	ctx := context.Background()
	if err := f.handlers.HandleGenerate(ctx, task(tasks.TypeGenerate, d.ID)); err != nil {
		t.Fatal(err)
	}
	// Publishing a draft that is not approved does nothing.
	if err := f.handlers.HandlePublish(ctx, task(tasks.TypePublish, d.ID)); err != nil {
		t.Fatal(err)
	}
	if _, err := f.svc.Catalogue(ctx, d.SKU); !core.IsCode(err, core.CodeNotFound) {
		t.Fatalf("an unapproved draft reached the catalogue: %v", err)
	}
	approved, err := f.svc.Approve(ctx, f.admin, d.ID, "")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.insp.GetTaskInfo(tasks.QueuePublish, tasks.PublishTaskID(approved)); err != nil {
		t.Fatalf("approval did not enqueue publishing: %v", err)
	}
	for i := range 2 {
		if err := f.handlers.HandlePublish(ctx, task(tasks.TypePublish, d.ID)); err != nil {
			t.Fatalf("delivery %d: %v", i+1, err)
		}
	}
	entries, _, err := f.svc.CatalogueFeed(ctx, core.CatalogueFilter{}, "")
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 || entries[0].Version != 1 || entries[0].DraftID != d.ID {
		t.Fatalf("catalogue = %+v; want exactly one entry, version 1", entries)
	}
}

func TestReconcileReenqueuesAfterRedisIsEmptied(t *testing.T) {
	f := newFixture(t)
	d := f.submit(t)
	ctx := context.Background()
	if _, err := f.insp.DeleteAllPendingTasks(tasks.QueueGenerate); err != nil {
		t.Fatal(err)
	}
	svc := f.svc
	// With StuckAfter in the future relative to the draft, nothing is due.
	n, err := svc.Reconcile(ctx)
	if err != nil || n != 0 {
		t.Fatalf("reconcile = %d, %v; want nothing due yet", n, err)
	}
	late := core.NewService(core.Deps{Store: svc.Store(), Queue: f.queue, Generator: f.gen, Checker: noFindings{},
		Now: func() time.Time { return time.Now().Add(time.Hour) }}, core.Config{})
	n, err = late.Reconcile(ctx)
	if err != nil || n != 1 {
		t.Fatalf("reconcile = %d, %v; want the lost draft enqueued", n, err)
	}
	if _, err := f.insp.GetTaskInfo(tasks.QueueGenerate, tasks.GenerateTaskID(d)); err != nil {
		t.Fatalf("the lost draft was not enqueued again: %v", err)
	}
}

func TestIsFailureSparesWaitsWithoutACall(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		err  error
		want bool
	}{
		{core.Errorf(core.CodeUnavailable, "provider failed (502)"), true},
		{&core.Error{Code: core.CodeUnavailable, Message: "every LLM provider is cooling down", Err: core.ErrNoCall}, false},
		{fmt.Errorf("round: %w", &core.Error{Code: core.CodeUnavailable, Err: core.ErrNoCall}), false},
		{errors.New("anything else"), true},
	} {
		if got := tasks.IsFailure(c.err); got != c.want {
			t.Errorf("IsFailure(%v) = %v, want %v", c.err, got, c.want)
		}
	}
}

// A launch's drafts are enqueued in parallel batches: every draft once,
// keyed by draft; enqueueing them again adds nothing; a Redis that is gone
// stops the batch with an error and a count of what was enqueued.
func TestEnqueueGenerateBatch(t *testing.T) {
	ctx := context.Background()
	mr := miniredis.RunT(t)
	redis := asynq.RedisClientOpt{Addr: mr.Addr()}
	q := tasks.NewQueue(redis)
	defer q.Close()
	insp := asynq.NewInspector(redis)
	defer insp.Close()
	var drafts []*core.Draft
	for i := range 300 {
		drafts = append(drafts, &core.Draft{ID: fmt.Sprintf("d%03d", i)})
	}
	for range 2 {
		n, err := q.EnqueueGenerateBatch(ctx, drafts)
		if err != nil || n != len(drafts) {
			t.Fatalf("enqueued %d of %d: %v", n, len(drafts), err)
		}
		info, err := insp.GetQueueInfo(tasks.QueueGenerate)
		if err != nil || info.Pending != len(drafts) {
			t.Fatalf("pending %+v, %v; want %d", info, err, len(drafts))
		}
	}
	if _, err := insp.GetTaskInfo(tasks.QueueGenerate, tasks.GenerateTaskID(drafts[299])); err != nil {
		t.Errorf("draft d299's task: %v", err)
	}
	mr.Close()
	n, err := q.EnqueueGenerateBatch(ctx, []*core.Draft{{ID: "x1"}, {ID: "x2"}})
	if err == nil || n != 0 || !core.IsCode(err, core.CodeUnavailable) {
		t.Errorf("with Redis gone: %d, %v", n, err)
	}
}
