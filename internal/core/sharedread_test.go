package core

import (
	"context"
	"sync"
	"sync/atomic"
	"testing"
)

// TestSharedReadBeginsAfterTheCaller: concurrent callers share reads, and a
// caller that asks while a read is in flight
// gets the answer of a read that began after it asked.
func TestSharedReadBeginsAfterTheCaller(t *testing.T) {
	ctx := context.Background()
	var r sharedRead[int64]
	var value, reads atomic.Int64
	gate, entered := make(chan struct{}), make(chan struct{}, 64)
	read := func(context.Context) (int64, error) {
		reads.Add(1)
		entered <- struct{}{}
		<-gate
		return value.Load(), nil
	}
	first := make(chan int64)
	go func() { v, _ := r.do(ctx, read); first <- v }()
	<-entered // a read in flight, begun before the change
	value.Store(1)
	var wg sync.WaitGroup
	got := make([]int64, 20)
	for i := range got {
		wg.Go(func() { got[i], _ = r.do(ctx, read) })
	}
	close(gate)
	if v := <-first; v != 0 && v != 1 {
		t.Errorf("first read %d", v)
	}
	wg.Wait()
	for i, v := range got {
		if v != 1 {
			t.Errorf("caller %d, who asked after the change, got %d", i, v)
		}
	}
	// Callers that arrive after a read ended start another: at most one
	// read a caller, fewer when they overlap.
	if n := reads.Load(); n > 21 {
		t.Errorf("%d reads for 21 callers", n)
	}
}
