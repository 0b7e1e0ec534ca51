package core

import (
	"context"
	"time"
)

// QueueInspector is implemented by a Queue that can tell whether it still
// holds a draft's task, so that the sweep rescues only what is lost.
type QueueInspector interface {
	// RescueGenerate and RescuePublish enqueue the draft's task unless the
	// queue holds it (pending, scheduled, retrying or running) and report
	// whether they enqueued it. A task archived after spending its retries
	// is replaced.
	RescueGenerate(ctx context.Context, d *Draft) (bool, error)
	RescuePublish(ctx context.Context, d *Draft) (bool, error)
	// RescueOrphans enqueues a copy of every running task whose worker has
	// stopped renewing its lease (killed, partitioned), without waiting for
	// the queue's own recovery, and returns their draft IDs.
	RescueOrphans(ctx context.Context) ([]string, error)
}

// SweepReport says what one sweep did.
type SweepReport struct {
	// Stuck is how many drafts had sat unfinished for longer than the age.
	Stuck int
	// Enqueued is how many of them had lost their task and were enqueued.
	Enqueued int
	// Held is how many of them the queue still holds (waiting in a
	// backlog, retrying or running): they are not stuck, only slow.
	Held int
	// Orphans lists drafts whose running task's worker had died and whose
	// task was enqueued again.
	Orphans []string
	// Webhooks is how many pending webhook jobs (recorded by the relay,
	// not yet delivered) had lost their task and were enqueued again.
	Webhooks int
	// NearIndexed is how many texts were indexed again in the service's
	// own near-duplicate index, found lost (RebuildNearIndex).
	NearIndexed int
}

// Reconcile enqueues drafts that have sat in queued, rejected, generating
// or approved for longer than StuckAfter and lost their task: the database
// is the truth, and a flushed Redis or a killed worker must lose nothing.
// It returns how many tasks it enqueued.
func (s *Service) Reconcile(ctx context.Context) (int, error) {
	return s.ReconcileOlderThan(ctx, s.cfg.StuckAfter)
}

// ReconcileOlderThan is Reconcile with another age: zero considers every
// unfinished draft, which is right when the queue is known to be empty
// (an in-process Redis that has just started).
func (s *Service) ReconcileOlderThan(ctx context.Context, age time.Duration) (int, error) {
	r, err := s.Sweep(ctx, age)
	return r.Enqueued + len(r.Orphans) + r.Webhooks, err
}

// Sweep is one pass of the sweep. With a QueueInspector it first rescues
// the tasks of dead workers, then enqueues only the stuck drafts whose task
// the queue no longer holds; without one it enqueues every stuck draft
// (enqueueing is idempotent by task ID, so a held task is left as it is).
func (s *Service) Sweep(ctx context.Context, age time.Duration) (SweepReport, error) {
	var r SweepReport
	insp, inspects := s.queue.(QueueInspector)
	if inspects {
		orphans, err := insp.RescueOrphans(ctx)
		r.Orphans = orphans
		if err != nil {
			return r, err
		}
	}
	before := s.now().Add(-age)
	stuck, err := s.store.StuckDrafts(ctx, []Status{StatusQueued, StatusRejected, StatusGenerating, StatusApproved}, before, 1000)
	if err != nil {
		return r, err
	}
	r.Stuck = len(stuck)
	for _, d := range stuck {
		publish := d.Status == StatusApproved
		enqueued := true
		var err error
		switch {
		case inspects && publish:
			enqueued, err = insp.RescuePublish(ctx, d)
		case inspects:
			enqueued, err = insp.RescueGenerate(ctx, d)
		case publish:
			err = s.queue.EnqueuePublish(ctx, d)
		default:
			err = s.queue.EnqueueGenerate(ctx, d)
		}
		if err != nil {
			return r, err
		}
		if enqueued {
			r.Enqueued++
		} else {
			r.Held++
		}
	}
	if r.Webhooks, err = s.rescueWebhooks(ctx, before); err != nil {
		return r, err
	}
	r.NearIndexed, err = s.RebuildNearIndex(ctx)
	return r, err
}
