package core

import (
	"context"
	"fmt"
)

// GetLaunch returns a launch with its progress.
func (s *Service) GetLaunch(ctx context.Context, id string) (*Launch, error) {
	return s.store.GetLaunch(ctx, id)
}

// ListDrafts pages the drafts of a launch.
func (s *Service) ListDrafts(ctx context.Context, f DraftFilter) ([]*Draft, string, error) {
	if f.LaunchID != "" {
		if _, err := s.store.GetLaunch(ctx, f.LaunchID); err != nil {
			return nil, "", err
		}
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
	return s.store.ListDrafts(ctx, f)
}

// GetDraft returns a draft with its history.
func (s *Service) GetDraft(ctx context.Context, id string) (*Draft, error) {
	return s.store.GetDraft(ctx, id)
}
