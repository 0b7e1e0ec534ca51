package core

import (
	"context"
	"fmt"
)

// GetLaunch returns a launch with its progress: the counts of its drafts
// per status, their usage and the status derived from the counts, all
// from one snapshot.
func (s *Service) GetLaunch(ctx context.Context, id string) (*Launch, error) {
	return s.launchReads.coalesce(ctx, id, func(ctx context.Context) (*Launch, error) { return s.readLaunch(ctx, id) })
}

func (s *Service) readLaunch(ctx context.Context, id string) (*Launch, error) {
	if lr, ok := s.store.(LaunchReader); ok {
		l, err := lr.LaunchWithProgress(ctx, id)
		if err != nil {
			return nil, err
		}
		l.Status = DeriveLaunchStatus(l.Counts)
		return l, nil
	}
	var l *Launch
	err := s.store.View(ctx, func(tx TxStore) error {
		var err error
		if l, err = tx.GetLaunch(ctx, id); err != nil {
			return err
		}
		l.Counts, l.Usage, err = tx.LaunchProgress(ctx, id)
		return err
	})
	if err != nil {
		return nil, err
	}
	l.Status = DeriveLaunchStatus(l.Counts)
	return l, nil
}

// ListDrafts pages the drafts of one launch (f.LaunchID; an unknown or
// empty one is not found, never "every launch"). cursor is a previous
// page's next cursor ("" for the first page); a cursor this API did not
// return is an invalid error naming the "cursor" field.
func (s *Service) ListDrafts(ctx context.Context, f DraftFilter, cursor string) ([]*Draft, string, error) {
	if _, err := s.store.GetLaunch(ctx, f.LaunchID); err != nil {
		return nil, "", err
	}
	if f.Status != "" && !f.Status.Valid() {
		return nil, "", Invalid("unknown status", FieldError{Field: "status", Message: fmt.Sprintf("%q is not a draft status", f.Status)})
	}
	for i, l := range f.Locales {
		c, err := CanonicalLocale(l)
		if err != nil {
			return nil, "", Invalid("unknown locale", FieldError{Field: "locale", Message: err.Error()})
		}
		f.Locales[i] = c
	}
	return s.listDrafts(ctx, f, cursor)
}

func (s *Service) listDrafts(ctx context.Context, f DraftFilter, cursor string) ([]*Draft, string, error) {
	after, err := decodeDraftCursor(cursor)
	if err != nil {
		return nil, "", err
	}
	limit := PageLimit(f.Limit)
	f.AfterID, f.Limit = after, limit+1
	drafts, err := s.store.ListDrafts(ctx, f)
	if err != nil {
		return nil, "", err
	}
	drafts, next := page(drafts, limit, draftCursor)
	return drafts, next, nil
}

// GetDraft returns a draft with its history.
func (s *Service) GetDraft(ctx context.Context, id string) (*Draft, error) {
	var d *Draft
	err := s.store.View(ctx, func(tx TxStore) error {
		var err error
		if d, err = tx.GetDraft(ctx, id); err != nil {
			return err
		}
		d.History, err = tx.ListEvents(ctx, EventFilter{DraftID: id})
		return err
	})
	return d, err
}

// StatusCounts counts every draft per status over all launches (every
// status present): the drafts-by-state gauge of /metrics.
func (s *Service) StatusCounts(ctx context.Context) (map[Status]int, error) {
	return s.store.StatusCounts(ctx)
}
