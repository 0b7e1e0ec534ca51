package core

import (
	"context"
	"maps"
	"slices"
	"sync"
	"time"
)

// Reads of one launch's progress (GET /v1/launches/{id}, polled by every
// dashboard and client of a launch) are coalesced: a read that arrives
// while one for the same launch is in flight waits for it to end and then
// shares the next one with every other read that arrived meanwhile. Each
// caller's answer comes from a read that began after the caller asked, so
// a client that reads after its own write sees the write, exactly as
// without coalescing; 50 clients polling one launch cost the database
// about two reads at a time instead of 50.

// launchReadTimeout bounds a shared read: it runs for several callers,
// so on none of their contexts.
const launchReadTimeout = 30 * time.Second

type launchRead struct {
	done chan struct{}
	l    *Launch
	err  error
}

// launchReads is the reads in flight and the ones forming, by launch ID.
type launchReads struct {
	mu      sync.Mutex
	running map[string]*launchRead
	next    map[string]*launchRead
}

// coalesce answers read(id) from a read shared with concurrent callers
// that began after this call; each caller gets a copy of its own.
func (r *launchReads) coalesce(ctx context.Context, id string, read func(ctx context.Context) (*Launch, error)) (*Launch, error) {
	r.mu.Lock()
	if r.running == nil {
		r.running, r.next = map[string]*launchRead{}, map[string]*launchRead{}
	}
	var f, wait *launchRead
	lead := false
	switch {
	case r.running[id] == nil:
		f, lead = &launchRead{done: make(chan struct{})}, true
		r.running[id] = f
	case r.next[id] == nil:
		// A read began before this call: the next one is this caller's
		// to start, once that one ends.
		f, wait, lead = &launchRead{done: make(chan struct{})}, r.running[id], true
		r.next[id] = f
	default:
		f = r.next[id]
	}
	r.mu.Unlock()
	if lead {
		if wait != nil {
			<-wait.done
			r.mu.Lock()
			delete(r.next, id)
			r.running[id] = f
			r.mu.Unlock()
		}
		rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), launchReadTimeout)
		f.l, f.err = read(rctx)
		cancel()
		r.mu.Lock()
		if r.running[id] == f {
			delete(r.running, id)
		}
		r.mu.Unlock()
		close(f.done)
	} else {
		select {
		case <-f.done:
		case <-ctx.Done():
			return nil, Wrap(CodeUnavailable, ctx.Err(), "reading the launch was cancelled")
		}
	}
	if f.err != nil {
		return nil, f.err
	}
	return copyLaunch(f.l), nil
}

// copyLaunch copies l deeply enough that a caller may change it.
func copyLaunch(l *Launch) *Launch {
	c := *l
	c.Locales, c.Channels, c.Counts = slices.Clone(l.Locales), slices.Clone(l.Channels), maps.Clone(l.Counts)
	return &c
}
