package core

import (
	"context"
	"sync"
	"time"
)

// QueueInspector is implemented by a Queue that can tell whether it still
// holds a draft's task, so that the sweep rescues only what is lost.
type QueueInspector interface {
	// HoldsGenerate and HoldsPublish report whether the queue holds the
	// draft's task: pending, scheduled, retrying or running (or waiting in
	// the process to be fed to the queue, tasks.Window). A task archived
	// after spending its retries is not held.
	HoldsGenerate(ctx context.Context, d *Draft) (bool, error)
	HoldsPublish(ctx context.Context, d *Draft) (bool, error)
	// RescueGenerate and RescuePublish enqueue the draft's task under its
	// ID, replacing an archived one, and report whether they enqueued it:
	// false when the queue holds it already (another caller enqueued it
	// since the sweep asked).
	RescueGenerate(ctx context.Context, d *Draft) (bool, error)
	RescuePublish(ctx context.Context, d *Draft) (bool, error)
	// RescueOrphans enqueues a copy of every running task whose worker has
	// stopped renewing its lease (killed, partitioned), without waiting for
	// the queue's own recovery, and returns their draft IDs.
	RescueOrphans(ctx context.Context) ([]string, error)
}

// inFlight counts, by draft or launch ID, the enqueues this process has
// under way: drafts stored (or moved) whose task is not yet handed to the
// queue. It is taken before the store's commit and released once the
// queue has the tasks (or has refused them), so that no sweep of this
// process sees a draft between the two and takes it for lost.
type inFlight struct {
	mu  sync.Mutex
	ids map[string]int
}

// enqueueing marks ids (drafts, or a launch for all its drafts) as being
// enqueued until the returned func is called (once).
func (s *Service) enqueueing(ids ...string) (done func()) {
	f := &s.enqueues
	f.mu.Lock()
	if f.ids == nil {
		f.ids = map[string]int{}
	}
	for _, id := range ids {
		f.ids[id]++
	}
	f.mu.Unlock()
	var once sync.Once
	return func() {
		once.Do(func() {
			f.mu.Lock()
			for _, id := range ids {
				if f.ids[id]--; f.ids[id] <= 0 {
					delete(f.ids, id)
				}
			}
			f.mu.Unlock()
		})
	}
}

// beingEnqueued reports whether this process is enqueueing d's task (by
// draft, or by its launch while a submission enqueues it).
func (s *Service) beingEnqueued(d *Draft) bool {
	f := &s.enqueues
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.ids[d.ID] > 0 || (d.LaunchID != "" && f.ids[d.LaunchID] > 0)
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
	// Moving is how many of them were on their way while the sweep
	// looked, so not lost: their enqueue was under way in this process,
	// their task was enqueued by another caller after the sweep asked the
	// queue, or the draft changed after the sweep read it (its task ran).
	Moving int
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

// Sweep is one pass of the sweep over the drafts unchanged for longer than
// age: SweepBefore with the cutoff now - age.
func (s *Service) Sweep(ctx context.Context, age time.Duration) (SweepReport, error) {
	return s.SweepBefore(ctx, s.now().Add(-age))
}

// SweepBefore is one pass of the sweep over the drafts last changed before
// the cutoff. With a QueueInspector it first rescues the tasks of dead
// workers, then enqueues a stuck draft only when its task is truly lost:
//
//   - no enqueue of it is under way in this process (a submission between
//     its commit and its enqueue, a review action, the window's feed);
//   - the queue does not hold its task;
//   - the draft, read again after the queue was asked, has not changed
//     (else its task ran between the sweep's read and its question);
//   - and the enqueue under its task ID creates the task (else another
//     caller enqueued it meanwhile).
//
// Drafts that fail one of these are counted Held or Moving, never
// Enqueued; a task is enqueued under the ID every enqueuer of that draft
// version uses, so a sweep racing another enqueuer adds no second task.
// Without an inspector it enqueues every stuck draft not being enqueued
// (enqueueing is idempotent by task ID, so a held task is left as it is).
func (s *Service) SweepBefore(ctx context.Context, before time.Time) (SweepReport, error) {
	var r SweepReport
	insp, inspects := s.queue.(QueueInspector)
	if inspects {
		orphans, err := insp.RescueOrphans(ctx)
		r.Orphans = orphans
		if err != nil {
			return r, err
		}
	}
	stuck, err := s.store.StuckDrafts(ctx, []Status{StatusQueued, StatusRejected, StatusGenerating, StatusApproved}, before, 1000)
	if err != nil {
		return r, err
	}
	r.Stuck = len(stuck)
	for _, d := range stuck {
		if s.beingEnqueued(d) {
			r.Moving++
			continue
		}
		if !inspects {
			if d.Status == StatusApproved {
				err = s.queue.EnqueuePublish(ctx, d)
			} else {
				err = s.queue.EnqueueGenerate(ctx, d)
			}
			if err != nil {
				return r, err
			}
			r.Enqueued++
			continue
		}
		outcome, err := s.rescue(ctx, insp, d)
		if err != nil {
			return r, err
		}
		switch outcome {
		case rescueHeld:
			r.Held++
		case rescueMoving:
			r.Moving++
		default:
			r.Enqueued++
		}
	}
	if r.Webhooks, err = s.rescueWebhooks(ctx, before); err != nil {
		return r, err
	}
	r.NearIndexed, err = s.RebuildNearIndex(ctx)
	return r, err
}

// What the sweep found of one stuck draft.
const (
	rescueHeld     = iota // the queue holds its task
	rescueMoving          // on its way: enqueued by another, or changed since read
	rescueEnqueued        // its task was lost and is enqueued again
)

// rescue decides one stuck draft d (as the sweep read it): held, moving,
// or lost and enqueued again.
func (s *Service) rescue(ctx context.Context, insp QueueInspector, d *Draft) (int, error) {
	publish := d.Status == StatusApproved
	holds, enqueue := insp.HoldsGenerate, insp.RescueGenerate
	if publish {
		holds, enqueue = insp.HoldsPublish, insp.RescuePublish
	}
	held, err := holds(ctx, d)
	if err != nil || held {
		return rescueHeld, err
	}
	// The queue lacks the task. Read the draft again: if it changed since
	// the sweep's read, its task ran (and left the queue) or a caller moved
	// it and enqueues it; if an enqueue of it began meanwhile, that caller's.
	now, err := s.store.GetDraft(ctx, d.ID)
	if IsCode(err, CodeNotFound) {
		return rescueMoving, nil
	}
	if err != nil {
		return rescueHeld, err
	}
	if now.Status != d.Status || now.Version != d.Version || !now.UpdatedAt.Equal(d.UpdatedAt) || s.beingEnqueued(now) {
		return rescueMoving, nil
	}
	created, err := enqueue(ctx, now)
	if err != nil || !created {
		return rescueMoving, err
	}
	return rescueEnqueued, nil
}
