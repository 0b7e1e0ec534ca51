package core

import (
	"context"
	"sync"
	"time"
)

// sharedRead coalesces reads of one value that every caller asks for (the
// current style guide's version, read for every draft a worker
// generates): a read that arrives while one is in flight waits for it to
// end and then shares the next one with every other read that arrived
// meanwhile, so each caller's answer comes from a read that began after
// it asked, as its own read would (the rule of launchReads, for one key).
// 50 drafts at a time cost about two reads at a time instead of 50.
type sharedRead[T any] struct {
	mu      sync.Mutex
	running *sharedCall[T]
	next    *sharedCall[T]
}

type sharedCall[T any] struct {
	done chan struct{}
	v    T
	err  error
}

// sharedReadTimeout bounds a shared read: it runs for several callers, so
// on none of their contexts.
const sharedReadTimeout = 30 * time.Second

// do answers read() from a read shared with concurrent callers that began
// after this call.
func (r *sharedRead[T]) do(ctx context.Context, read func(ctx context.Context) (T, error)) (T, error) {
	r.mu.Lock()
	var f, wait *sharedCall[T]
	lead := false
	switch {
	case r.running == nil:
		f, lead = &sharedCall[T]{done: make(chan struct{})}, true
		r.running = f
	case r.next == nil:
		// A read began before this call: the next one is this caller's to
		// start, once that one ends.
		f, wait, lead = &sharedCall[T]{done: make(chan struct{})}, r.running, true
		r.next = f
	default:
		f = r.next
	}
	r.mu.Unlock()
	if lead {
		if wait != nil {
			<-wait.done
			r.mu.Lock()
			r.next = nil
			r.running = f
			r.mu.Unlock()
		}
		rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), sharedReadTimeout)
		f.v, f.err = read(rctx)
		cancel()
		r.mu.Lock()
		if r.running == f {
			r.running = nil
		}
		r.mu.Unlock()
		close(f.done)
	} else {
		select {
		case <-f.done:
		case <-ctx.Done():
			var zero T
			return zero, Wrap(CodeUnavailable, ctx.Err(), "the read was cancelled")
		}
	}
	return f.v, f.err
}
