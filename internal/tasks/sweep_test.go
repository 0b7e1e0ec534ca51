package tasks_test

import (
	"context"
	"testing"
	"time"

	"github.com/alicebob/miniredis/v2"
	"github.com/hibiken/asynq"
	"github.com/redis/go-redis/v9"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/tasks"
)

// sweepFixture is a service whose clock can be moved past StuckAfter, over
// a miniredis whose keys a test can rearrange as a dead worker leaves them.
type sweepFixture struct {
	mr    *miniredis.Miniredis
	queue *tasks.Queue
	insp  *asynq.Inspector
	svc   *core.Service
	late  *core.Service // the same store and queue, an hour later
	admin *core.Token
}

func newSweepFixture(t *testing.T) *sweepFixture {
	t.Helper()
	ctx := context.Background()
	h := newHarness(t, &scriptedGenerator{})
	deps, mr, q, insp := h.deps, h.mr, h.q, h.insp
	svc := core.NewService(deps, core.Config{AdminToken: "admin-secret"})
	if _, err := svc.InstallStyleGuide(ctx, []byte(guideYAML), false); err != nil {
		t.Fatal(err)
	}
	deps.Now = func() time.Time { return time.Now().Add(time.Hour) }
	late := core.NewService(deps, core.Config{})
	admin, _ := svc.Authenticate(ctx, "admin-secret")
	return &sweepFixture{mr: mr, queue: q, insp: insp, svc: svc, late: late, admin: admin}
}

func (f *sweepFixture) submit(t *testing.T, skus ...string) []*core.Draft {
	t.Helper()
	in := core.LaunchInput{Name: "L", SourceLocale: "en-GB", Locales: []string{"en-GB"}, Channels: []string{"pdp"}}
	for _, s := range skus {
		in.Products = append(in.Products, core.Product{SKU: s, Name: "Heart Charm", Category: "charm"})
	}
	l, _, err := f.svc.SubmitLaunch(context.Background(), f.admin, in, "")
	if err != nil {
		t.Fatal(err)
	}
	drafts, _, err := f.svc.ListDrafts(context.Background(), core.DraftFilter{LaunchID: l.ID}, "")
	if err != nil || len(drafts) != len(skus) {
		t.Fatalf("drafts = %v, %v", drafts, err)
	}
	return drafts
}

// A draft waiting in a long, healthy backlog is older than StuckAfter but
// not stuck: the sweep leaves it, and enqueues (and reports) only drafts
// whose task is really gone.
func TestSweepEnqueuesOnlyWhatIsLost(t *testing.T) {
	f := newSweepFixture(t)
	drafts := f.submit(t, "S1", "S2", "S3")
	ctx := context.Background()
	r, err := f.late.Sweep(ctx, 5*time.Minute)
	if err != nil || r.Stuck != 3 || r.Held != 3 || r.Enqueued != 0 || len(r.Orphans) != 0 {
		t.Fatalf("sweep over a healthy backlog = %+v, %v; want 3 held, 0 enqueued", r, err)
	}
	// Redis loses one task.
	if err := f.insp.DeleteTask(tasks.QueueGenerate, tasks.GenerateTaskID(drafts[1])); err != nil {
		t.Fatal(err)
	}
	r, err = f.late.Sweep(ctx, 5*time.Minute)
	if err != nil || r.Held != 2 || r.Enqueued != 1 {
		t.Fatalf("sweep after a lost task = %+v, %v; want 1 enqueued, 2 held", r, err)
	}
	if _, err := f.insp.GetTaskInfo(tasks.QueueGenerate, tasks.GenerateTaskID(drafts[1])); err != nil {
		t.Fatalf("the lost task was not enqueued: %v", err)
	}
	// Redis flushed: everything is enqueued again.
	f.mr.FlushAll()
	if n, err := f.late.Reconcile(ctx); err != nil || n != 3 {
		t.Fatalf("reconcile after a flush = %d, %v; want 3", n, err)
	}
}

// A worker killed mid-task leaves its task active with a lease nobody
// renews. The sweep rescues it as soon as the lease has expired, without
// waiting for Asynq's recoverer (lease + 30 s + its 1 min poll) or for
// StuckAfter, and only once however often it runs.
func TestSweepRescuesADeadWorkersTasks(t *testing.T) {
	f := newSweepFixture(t)
	drafts := f.submit(t, "S1", "S2")
	ctx := context.Background()
	dead, alive := tasks.GenerateTaskID(drafts[0]), tasks.GenerateTaskID(drafts[1])
	// What a worker leaves in Redis when it dequeues: the task moves from
	// pending to active with a lease; a killed one stops renewing it.
	rdb := redis.NewClient(&redis.Options{Addr: f.mr.Addr()})
	defer rdb.Close()
	pending, active, lease := "asynq:{generate}:pending", "asynq:{generate}:active", "asynq:{generate}:lease"
	for _, tc := range []struct {
		id     string
		expiry time.Time
	}{{dead, time.Now().Add(-time.Second)}, {alive, time.Now().Add(30 * time.Second)}} {
		if err := rdb.LRem(ctx, pending, 0, tc.id).Err(); err != nil {
			t.Fatal(err)
		}
		if err := rdb.LPush(ctx, active, tc.id).Err(); err != nil {
			t.Fatal(err)
		}
		if err := rdb.ZAdd(ctx, lease, redis.Z{Score: float64(tc.expiry.Unix()), Member: tc.id}).Err(); err != nil {
			t.Fatal(err)
		}
		if err := rdb.HSet(ctx, "asynq:{generate}:t:"+tc.id, "state", "active").Err(); err != nil {
			t.Fatal(err)
		}
	}
	r, err := f.svc.Sweep(ctx, 5*time.Minute) // nothing is older than StuckAfter
	if err != nil || len(r.Orphans) != 1 || r.Orphans[0] != drafts[0].ID || r.Enqueued != 0 {
		t.Fatalf("sweep = %+v, %v; want the dead worker's draft rescued", r, err)
	}
	info, err := f.insp.GetTaskInfo(tasks.QueueGenerate, dead+":r")
	if err != nil || info.State != asynq.TaskStatePending {
		t.Fatalf("rescue task = %+v, %v", info, err)
	}
	r, err = f.svc.Sweep(ctx, 5*time.Minute)
	if err != nil || len(r.Orphans) != 0 {
		t.Fatalf("a second sweep = %+v, %v; want nothing rescued twice", r, err)
	}
	// The late sweep sees both drafts stuck but held (one running, one
	// rescued): it enqueues nothing.
	r, err = f.late.Sweep(ctx, 5*time.Minute)
	if err != nil || r.Enqueued != 0 || r.Held != 2 {
		t.Fatalf("late sweep = %+v, %v; want both held", r, err)
	}
}
