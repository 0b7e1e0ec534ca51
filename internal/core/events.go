package core

import (
	"context"
)

// MaxEventPage caps one read of the event outbox.
const MaxEventPage = 1000

// Events reads one launch's events from the outbox: those with Seq
// greater than after, in Seq order, at most limit (clamped to
// 1..MaxEventPage, default 100). A reader passes the last Seq it saw as
// after to get the next ones, and misses none: Seq grows in commit order.
// An unknown or empty launch ID is not found.
//
// Events and AllEvents are the one reader of state changes: the review UI,
// Server-Sent Events, webhooks, metrics and feeds all consume them.
func (s *Service) Events(ctx context.Context, launchID string, after int64, limit int) ([]Event, error) {
	if _, err := s.store.GetLaunch(ctx, launchID); err != nil {
		return nil, err
	}
	return s.events(ctx, launchID, after, limit)
}

// AllEvents reads every launch's events with ID greater than after, in ID
// order (global, commit order), at most limit as for Events.
func (s *Service) AllEvents(ctx context.Context, after int64, limit int) ([]Event, error) {
	return s.events(ctx, "", after, limit)
}

func (s *Service) events(ctx context.Context, launchID string, after int64, limit int) ([]Event, error) {
	if after < 0 {
		return nil, Invalid("after must not be negative", FieldError{Field: "after", Message: "must be an event id, 0 or more"})
	}
	if limit <= 0 {
		limit = DefaultPageSize
	}
	limit = min(limit, MaxEventPage)
	events, err := s.store.ListEvents(ctx, EventFilter{LaunchID: launchID, After: after, Limit: limit})
	if err != nil {
		return nil, err
	}
	if events == nil {
		events = []Event{}
	}
	return events, nil
}

// Changed returns a channel that is closed when this process next commits
// events to the outbox (a transition, a submitted launch). A reader takes
// the channel first, then reads the outbox after its last id, and waits on
// the channel only if nothing new was there, so no commit slips between
// the read and the wait. Commits by other processes (a cmd/worker beside
// cmd/api) do not close it: readers across processes poll the outbox.
func (s *Service) Changed() <-chan struct{} {
	s.changedMu.Lock()
	defer s.changedMu.Unlock()
	return s.changed
}

// committed wakes every waiter of Changed.
func (s *Service) committed() {
	s.changedMu.Lock()
	close(s.changed)
	s.changed = make(chan struct{})
	s.changedMu.Unlock()
}

// Await calls done now and again after each commit of events by this
// process (see Changed) until it answers true or an error, or ctx ends
// (ctx's error). It is how an in-process reader (a test, the embedded
// demo) waits for the pipeline without polling on a timer; across
// processes, read the outbox instead.
func (s *Service) Await(ctx context.Context, done func(ctx context.Context) (bool, error)) error {
	for {
		ch := s.Changed()
		ok, err := done(ctx)
		if err != nil || ok {
			return err
		}
		select {
		case <-ch:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}
