package tasks_test

import (
	"context"
	"encoding/json"
	"errors"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/alicebob/miniredis/v2"
	"github.com/hibiken/asynq"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/postgres"
	"github.com/copydesk/copydesk/internal/sqlite"
	"github.com/copydesk/copydesk/internal/tasks"
	"github.com/copydesk/copydesk/internal/testutil"
)

// racingStore lets a test act between the sweep's reads, as another
// process would at that moment: afterStuck runs once after StuckDrafts
// answers (the sweep has read the stuck drafts, not yet asked the queue),
// afterGet once after GetDraft answers.
type racingStore struct {
	core.Store
	mu         sync.Mutex
	afterStuck func()
	afterGet   func(id string)
}

func (s *racingStore) StuckDrafts(ctx context.Context, statuses []core.Status, before time.Time, n int) ([]*core.Draft, error) {
	ds, err := s.Store.StuckDrafts(ctx, statuses, before, n)
	s.mu.Lock()
	hook := s.afterStuck
	s.afterStuck = nil
	s.mu.Unlock()
	if hook != nil {
		hook()
	}
	return ds, err
}

func (s *racingStore) GetDraft(ctx context.Context, id string) (*core.Draft, error) {
	d, err := s.Store.GetDraft(ctx, id)
	s.mu.Lock()
	hook := s.afterGet
	s.afterGet = nil
	s.mu.Unlock()
	if hook != nil {
		hook(id)
	}
	return d, err
}

// gatedQueue is the Asynq queue whose next batch enqueue (a submission's,
// after its commit) waits at a gate until the test opens it.
type gatedQueue struct {
	*tasks.Queue
	mu      sync.Mutex
	arrived chan struct{} // closed when the batch reaches the gate
	open    chan struct{} // closed by the test
}

func (q *gatedQueue) hold() (arrived, open chan struct{}) {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.arrived, q.open = make(chan struct{}), make(chan struct{})
	return q.arrived, q.open
}

func (q *gatedQueue) EnqueueGenerateBatch(ctx context.Context, drafts []*core.Draft) (int, error) {
	q.mu.Lock()
	arrived, open := q.arrived, q.open
	q.arrived, q.open = nil, nil
	q.mu.Unlock()
	if arrived != nil {
		close(arrived)
		<-open
	}
	return q.Queue.EnqueueGenerateBatch(ctx, drafts)
}

// raceFixture is one service (one process: the API's submissions and its
// sweep share it) over a racing store and a gated queue, with a clock the
// test can move past STUCK_AFTER.
type raceFixture struct {
	svc      *core.Service
	store    *racingStore
	queue    *gatedQueue
	handlers *tasks.Handlers
	insp     *asynq.Inspector
	admin    *core.Token
	ahead    atomic.Int64 // the service's clock runs this far ahead
	mu       sync.Mutex
	runs     map[string]int // generation tasks delivered, by draft
}

// raceBackends are the store and Redis the race tests run on: SQLite and
// miniredis always; PostgreSQL and Redis from TEST_DATABASE_URL and
// TEST_REDIS_URL (skipped without them, failed under CI).
var raceBackends = []struct {
	name string
	open func(t *testing.T) (core.Store, asynq.RedisConnOpt)
}{
	{"sqlite+miniredis", func(t *testing.T) (core.Store, asynq.RedisConnOpt) {
		store, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "t.db"))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { store.Close() })
		return store, asynq.RedisClientOpt{Addr: miniredis.RunT(t).Addr()}
	}},
	{"postgres+redis", func(t *testing.T) (core.Store, asynq.RedisConnOpt) {
		dbURL := testutil.FreshSchema(t, "sweeprace")
		// This package's own Redis database, emptied of an earlier run's
		// keys (testutil.RedisDB).
		redisURL := testutil.RedisDB(t, testutil.RedisDBTasks)
		store, err := postgres.Open(context.Background(), dbURL)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { store.Close() })
		opt, err := asynq.ParseRedisURI(redisURL)
		if err != nil {
			t.Fatal(err)
		}
		return store, opt
	}},
}

func newRaceFixture(t *testing.T, open func(t *testing.T) (core.Store, asynq.RedisConnOpt)) *raceFixture {
	t.Helper()
	ctx := context.Background()
	store, conn := open(t)
	q := tasks.NewQueue(conn)
	t.Cleanup(func() { q.Close() })
	insp := asynq.NewInspector(conn)
	t.Cleanup(func() { insp.Close() })
	f := &raceFixture{store: &racingStore{Store: store}, queue: &gatedQueue{Queue: q}, insp: insp, runs: map[string]int{}}
	f.svc = core.NewService(core.Deps{Store: f.store, Queue: f.queue, Generator: &scriptedGenerator{}, Checker: noFindings{},
		Now: func() time.Time { return time.Now().Add(time.Duration(f.ahead.Load())) }},
		core.Config{AdminToken: "admin-secret", StuckAfter: 5 * time.Minute})
	if _, err := f.svc.InstallStyleGuide(ctx, []byte(guideYAML), false); err != nil {
		t.Fatal(err)
	}
	admin, err := f.svc.Authenticate(ctx, "admin-secret")
	if err != nil {
		t.Fatal(err)
	}
	f.admin, f.handlers = admin, tasks.NewHandlers(f.svc, nil)
	return f
}

func (f *raceFixture) submit(t *testing.T, n int) []*core.Draft {
	t.Helper()
	in := core.LaunchInput{Name: "L", SourceLocale: "en-GB", Locales: []string{"en-GB"}, Channels: []string{"pdp"}}
	for i := range n {
		in.Products = append(in.Products, core.Product{SKU: "S" + string(rune('1'+i)), Name: "Heart Charm", Category: "charm"})
	}
	l, _, err := f.svc.SubmitLaunch(context.Background(), f.admin, in, "")
	if err != nil {
		t.Error(err)
		return nil
	}
	drafts, _, err := f.svc.ListDrafts(context.Background(), core.DraftFilter{LaunchID: l.ID}, "")
	if err != nil || len(drafts) != n {
		t.Errorf("drafts = %v, %v", drafts, err)
	}
	return drafts
}

// drain is a worker: it delivers every pending generation task to its
// handler and completes it (Asynq keeps no completed task: it is gone).
func (f *raceFixture) drain(t *testing.T) {
	t.Helper()
	ctx := context.Background()
	pending, err := f.insp.ListPendingTasks(tasks.QueueGenerate)
	if err != nil && !errors.Is(err, asynq.ErrQueueNotFound) {
		t.Fatal(err)
	}
	for _, ti := range pending {
		var p struct {
			DraftID string `json:"draft_id"`
		}
		_ = json.Unmarshal(ti.Payload, &p)
		f.mu.Lock()
		f.runs[p.DraftID]++
		f.mu.Unlock()
		if err := f.handlers.HandleGenerate(ctx, asynq.NewTask(ti.Type, ti.Payload)); err != nil {
			t.Fatalf("generate %s: %v", p.DraftID, err)
		}
		if err := f.insp.DeleteTask(tasks.QueueGenerate, ti.ID); err != nil {
			t.Fatal(err)
		}
	}
}

// checkRunOnce fails unless every draft reached review and its generation
// task was delivered exactly once.
func (f *raceFixture) checkRunOnce(t *testing.T, drafts []*core.Draft) {
	t.Helper()
	for _, d := range drafts {
		got, err := f.svc.Store().GetDraft(context.Background(), d.ID)
		if err != nil {
			t.Fatal(err)
		}
		f.mu.Lock()
		runs := f.runs[d.ID]
		f.mu.Unlock()
		if runs != 1 || got.Status != core.StatusInReview {
			t.Errorf("draft %s: generation task delivered %d times, status %s; want once, in_review", d.SKU, runs, got.Status)
		}
	}
}

// TestSweepLeavesWhatIsOnItsWay is issue #17's start-up report ("sweep
// enqueued drafts that had lost their task","count":16,"held":53 on the
// demo's own fresh launch) as the races that make it, each with the sweep
// reading the drafts as older than STUCK_AFTER (the clock moved an hour):
// a draft whose task is being enqueued, or ran, or was enqueued by
// another caller while the sweep looked is never counted lost, and no
// task is delivered twice. Before the fix the sweep enqueued all of them
// again and each ran twice.
func TestSweepLeavesWhatIsOnItsWay(t *testing.T) {
	ctx := context.Background()
	for _, b := range raceBackends {
		t.Run(b.name, func(t *testing.T) {
			t.Run("stored, its enqueue under way", func(t *testing.T) {
				f := newRaceFixture(t, b.open)
				arrived, open := f.queue.hold()
				done := make(chan []*core.Draft)
				go func() { done <- f.submit(t, 3) }()
				<-arrived // committed; the batch enqueue waits at the gate
				f.ahead.Store(int64(time.Hour))
				r, err := f.svc.Sweep(ctx, 5*time.Minute)
				if err != nil || r.Stuck != 3 || r.Moving != 3 || r.Enqueued != 0 {
					t.Errorf("sweep during the submission's enqueue = %+v, %v; want 3 stuck, 3 moving, 0 enqueued", r, err)
				}
				f.drain(t) // what the sweep enqueued would run here
				close(open)
				drafts := <-done
				f.drain(t)
				f.checkRunOnce(t, drafts)
			})
			t.Run("its task ran after the sweep read it", func(t *testing.T) {
				f := newRaceFixture(t, b.open)
				drafts := f.submit(t, 3)
				f.ahead.Store(int64(time.Hour))
				f.store.afterStuck = func() { f.drain(t) } // a worker runs them all meanwhile
				r, err := f.svc.Sweep(ctx, 5*time.Minute)
				if err != nil || r.Stuck != 3 || r.Moving != 3 || r.Enqueued != 0 {
					t.Errorf("sweep racing the worker = %+v, %v; want 3 stuck, 3 moving, 0 enqueued", r, err)
				}
				f.drain(t)
				f.checkRunOnce(t, drafts)
			})
			t.Run("another enqueued it after the sweep asked", func(t *testing.T) {
				f := newRaceFixture(t, b.open)
				drafts := f.submit(t, 2)
				lost := drafts[0]
				if err := f.insp.DeleteTask(tasks.QueueGenerate, tasks.GenerateTaskID(lost)); err != nil {
					t.Fatal(err)
				}
				f.ahead.Store(int64(time.Hour))
				f.store.afterGet = func(string) { // e.g. another API replica's late enqueue
					if err := f.queue.EnqueueGenerate(ctx, lost); err != nil {
						t.Error(err)
					}
				}
				r, err := f.svc.Sweep(ctx, 5*time.Minute)
				if err != nil || r.Stuck != 2 || r.Held != 1 || r.Moving != 1 || r.Enqueued != 0 {
					t.Errorf("sweep racing another enqueuer = %+v, %v; want 1 held, 1 moving, 0 enqueued", r, err)
				}
				f.drain(t)
				f.checkRunOnce(t, drafts)
			})
			t.Run("truly lost", func(t *testing.T) {
				f := newRaceFixture(t, b.open)
				drafts := f.submit(t, 2)
				if err := f.insp.DeleteTask(tasks.QueueGenerate, tasks.GenerateTaskID(drafts[1])); err != nil {
					t.Fatal(err)
				}
				f.ahead.Store(int64(time.Hour))
				r, err := f.svc.Sweep(ctx, 5*time.Minute)
				if err != nil || r.Stuck != 2 || r.Held != 1 || r.Enqueued != 1 || r.Moving != 0 {
					t.Errorf("sweep after a lost task = %+v, %v; want 1 held, 1 enqueued", r, err)
				}
				f.drain(t)
				f.checkRunOnce(t, drafts)
			})
		})
	}
}
