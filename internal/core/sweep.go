package core

import (
	"context"
	"time"
)

// Reconcile enqueues drafts that have sat in queued, rejected, generating
// or approved for longer than StuckAfter: the database is the truth, and a
// flushed Redis or a killed worker must lose nothing. It returns how many
// drafts it enqueued.
func (s *Service) Reconcile(ctx context.Context) (int, error) {
	return s.ReconcileOlderThan(ctx, s.cfg.StuckAfter)
}

// ReconcileOlderThan is Reconcile with another age: zero enqueues every
// unfinished draft, which is right when the queue is known to be empty
// (an in-process Redis that has just started).
func (s *Service) ReconcileOlderThan(ctx context.Context, age time.Duration) (int, error) {
	before := s.now().Add(-age)
	stuck, err := s.store.StuckDrafts(ctx, []Status{StatusQueued, StatusRejected, StatusGenerating, StatusApproved}, before, 1000)
	if err != nil {
		return 0, err
	}
	n := 0
	for _, d := range stuck {
		var err error
		if d.Status == StatusApproved {
			err = s.queue.EnqueuePublish(ctx, d)
		} else {
			err = s.queue.EnqueueGenerate(ctx, d)
		}
		if err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}
