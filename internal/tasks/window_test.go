package tasks_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/alicebob/miniredis/v2"
	"github.com/hibiken/asynq"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/tasks"
)

// waitFor polls cond every 5 ms for up to 10 s.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func windowDrafts(n int, prefix string) []*core.Draft {
	drafts := make([]*core.Draft, n)
	for i := range drafts {
		drafts[i] = &core.Draft{ID: fmt.Sprintf("%s%04d", prefix, i), Version: 1}
	}
	return drafts
}

// A window never lets more than its size wait in the generate queue: a
// launch larger than the window is held, fed as the queue drains, in
// order, every task once, each carrying the submitting request's id; and
// the sweep sees a held draft as held, not lost.
func TestWindowFeedsABoundedQueue(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	mr := miniredis.RunT(t)
	conn := asynq.RedisClientOpt{Addr: mr.Addr()}
	w, err := tasks.NewWindow(conn, 10, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	insp := asynq.NewInspector(conn)
	defer insp.Close()

	drafts := windowDrafts(35, "d")
	rctx := core.WithRequestID(ctx, "req-1")
	n, err := w.EnqueueGenerateBatch(rctx, drafts)
	if err != nil || n != len(drafts) {
		t.Fatalf("batch = %d, %v", n, err)
	}
	// The same drafts again (a retried submission) add nothing.
	if n, err := w.EnqueueGenerateBatch(rctx, drafts[:5]); err != nil || n != 5 {
		t.Fatalf("batch again = %d, %v", n, err)
	}
	pending := func() int {
		info, err := insp.GetQueueInfo(tasks.QueueGenerate)
		if err != nil {
			return 0
		}
		return info.Pending
	}
	// The feed enqueues its batch, then forgets it as held: wait for both,
	// or a check between the two sees 35 held (CI at 1b819d24).
	waitFor(t, "the first feed", func() bool { return pending() == 10 && w.Held() == 25 })
	if got := w.Held(); got != 25 {
		t.Fatalf("held = %d, want 25", got)
	}
	// The sweep: a held draft is held, a fed one held by Asynq, and a
	// draft the window never had is enqueued.
	for _, d := range []*core.Draft{drafts[0], drafts[34]} {
		if enq, err := w.RescueGenerate(ctx, d); err != nil || enq {
			t.Fatalf("rescue %s = %v, %v; want held", d.ID, enq, err)
		}
	}
	if enq, err := w.RescueGenerate(ctx, &core.Draft{ID: "lost", Version: 1}); err != nil || !enq {
		t.Fatalf("rescue of a lost draft = %v, %v; want enqueued", enq, err)
	}

	// A worker drains the queue; the window keeps it topped up.
	var got []string
	srv := asynq.NewServer(conn, asynq.Config{Concurrency: 1, Queues: map[string]int{tasks.QueueGenerate: 1}, LogLevel: asynq.FatalLevel})
	mux := asynq.NewServeMux()
	seen := make(chan string, 100)
	mux.HandleFunc(tasks.TypeGenerate, func(ctx context.Context, t *asynq.Task) error {
		seen <- string(t.Payload())
		return nil
	})
	maxPending := 0
	if err := srv.Start(mux); err != nil {
		t.Fatal(err)
	}
	defer srv.Shutdown()
	timeout := time.After(20 * time.Second)
	for len(got) < 36 {
		select {
		case p := <-seen:
			got = append(got, p)
			maxPending = max(maxPending, pending())
		case <-timeout:
			t.Fatalf("ran %d tasks of 36", len(got))
		}
	}
	if maxPending > 10 {
		t.Errorf("%d tasks pending at once; the window is 10", maxPending)
	}
	// The last batch is forgotten as held just after it is enqueued.
	waitFor(t, "nothing held after the launch", func() bool { return w.Held() == 0 })
	want := map[string]bool{`{"draft_id":"lost"}`: true}
	for _, d := range drafts {
		want[`{"draft_id":"`+d.ID+`","request_id":"req-1"}`] = true
	}
	for _, p := range got {
		if !want[p] {
			t.Errorf("unexpected or repeated task %s", p)
		}
		delete(want, p)
	}
	if len(want) != 0 {
		t.Errorf("tasks never run: %v", want)
	}
}

// A Redis that goes away keeps the window's tasks held (nothing is
// dropped while the process lives), and they are fed once it is back.
func TestWindowHoldsThroughARedisOutage(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	mr := miniredis.RunT(t)
	addr := mr.Addr()
	conn := asynq.RedisClientOpt{Addr: addr}
	w, err := tasks.NewWindow(conn, 4, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	mr.Close()
	if n, err := w.EnqueueGenerateBatch(ctx, windowDrafts(6, "o")); err != nil || n != 6 {
		t.Fatalf("batch = %d, %v", n, err)
	}
	time.Sleep(100 * time.Millisecond)
	if got := w.Held(); got != 6 {
		t.Fatalf("held = %d while Redis is gone, want 6", got)
	}
	mr2 := miniredis.NewMiniRedis()
	if err := mr2.StartAddr(addr); err != nil {
		t.Skipf("cannot restart Redis on %s: %v", addr, err)
	}
	defer mr2.Close()
	waitFor(t, "the feed after the outage", func() bool { return w.Held() == 2 })
	insp := asynq.NewInspector(conn)
	defer insp.Close()
	info, err := insp.GetQueueInfo(tasks.QueueGenerate)
	if err != nil || info.Pending != 4 {
		t.Fatalf("pending = %+v, %v; want 4", info, err)
	}
}

// A closed window refuses new batches with unavailable (503).
func TestWindowClosed(t *testing.T) {
	t.Parallel()
	mr := miniredis.RunT(t)
	w, err := tasks.NewWindow(asynq.RedisClientOpt{Addr: mr.Addr()}, 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := w.EnqueueGenerateBatch(context.Background(), windowDrafts(1, "c")); !core.IsCode(err, core.CodeUnavailable) {
		t.Fatalf("batch on a closed window: %v", err)
	}
}
