package core_test

import (
	"context"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/copydesk/copydesk/internal/core"
)

// gatedReader answers LaunchWithProgress with its call number as the
// launch's ProductCount, holding the first call until gate is closed.
type gatedReader struct {
	core.Store
	calls atomic.Int64
	gate  chan struct{}
}

func (g *gatedReader) LaunchWithProgress(ctx context.Context, id string) (*core.Launch, error) {
	n := g.calls.Add(1)
	if n == 1 {
		<-g.gate
	}
	return &core.Launch{ID: id, ProductCount: int(n), Counts: map[core.Status]int{core.StatusQueued: 1}}, nil
}

// TestLaunchReadsCoalesce: reads of one launch that arrive while one is in
// flight share the next read (one more, not one each), and none of them is
// answered by the read that began before it asked (a client reading after
// its own write sees it); each gets a copy of its own.
func TestLaunchReadsCoalesce(t *testing.T) {
	const n = 20
	store := &gatedReader{gate: make(chan struct{})}
	svc := core.NewService(core.Deps{Store: store}, core.Config{})
	ctx := context.Background()
	first := make(chan *core.Launch)
	go func() {
		l, err := svc.GetLaunch(ctx, "L1")
		if err != nil {
			t.Error(err)
		}
		first <- l
	}()
	for store.calls.Load() == 0 {
		time.Sleep(time.Millisecond)
	}
	var wg sync.WaitGroup
	var asked atomic.Int64
	got := make([]*core.Launch, n)
	for i := range n {
		wg.Go(func() {
			asked.Add(1)
			l, err := svc.GetLaunch(ctx, "L1")
			if err != nil {
				t.Error(err)
			}
			got[i] = l
		})
	}
	for asked.Load() < n {
		time.Sleep(time.Millisecond)
	}
	time.Sleep(50 * time.Millisecond) // the late readers are waiting
	close(store.gate)
	wg.Wait()
	if l := <-first; l.ProductCount != 1 {
		t.Errorf("the first reader got read %d, want 1", l.ProductCount)
	}
	for i, l := range got {
		if l.ProductCount != 2 {
			t.Errorf("late reader %d got read %d, want 2 (one shared read begun after it asked)", i, l.ProductCount)
		}
	}
	if c := store.calls.Load(); c != 2 {
		t.Errorf("%d reads for %d readers, want 2", c, n+1)
	}
	got[0].Counts[core.StatusQueued] = 99
	if got[1].Counts[core.StatusQueued] != 1 {
		t.Error("readers share one Counts map")
	}
}
