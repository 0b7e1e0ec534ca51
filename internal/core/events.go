package core

import "context"

// MaxEventPage caps one read of the event outbox.
const MaxEventPage = 1000

// Events reads the event outbox: with a launch ID, that launch's events
// with Seq greater than after, in Seq order; with launchID "", every
// launch's events with ID greater than after, in ID order. At most limit
// (clamped to 1..MaxEventPage, default 100) are returned; a reader passes
// the last Seq (or ID) it saw as after to get the next ones, and misses
// none: both grow in commit order. An unknown launch is not found.
//
// This is the one reader of state changes: the review UI, Server-Sent
// Events, webhooks, metrics and feeds all consume it.
func (s *Service) Events(ctx context.Context, launchID string, after int64, limit int) ([]Event, error) {
	if after < 0 {
		return nil, Invalid("after must not be negative", FieldError{Field: "after", Message: "must be an event id, 0 or more"})
	}
	if launchID != "" {
		if _, err := s.store.GetLaunch(ctx, launchID); err != nil {
			return nil, err
		}
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
