package core

import (
	"context"
	"fmt"
)

// ReviewFilter selects a reviewer's queue. Locales narrows the caller's own
// locales (a reviewer never sees others; an admin sees every locale when it
// is empty); Status defaults to in_review.
type ReviewFilter struct {
	LaunchID string
	Locales  []string
	Status   Status
	Cursor   string
	Limit    int
}

// ReviewPage is one page of a reviewer's queue with the launches its drafts
// belong to (for their names, go-live dates and progress).
type ReviewPage struct {
	Drafts     []*Draft
	Launches   map[string]*Launch
	NextCursor string
}

// Reviews lists the drafts a caller may review, narrowed by f, earliest
// go-live first (launches without a go-live date last), then by draft id.
// The store sorts, so the order holds across pages: NextCursor (opaque,
// kind "r") resumes after the last draft of this page. A reviewer asking
// for a locale it does not review gets CodeForbidden; an unknown locale or
// status, or a cursor this list did not return, is CodeInvalid; an unknown
// launch CodeNotFound.
func (s *Service) Reviews(ctx context.Context, caller *Token, f ReviewFilter) (*ReviewPage, error) {
	if err := requireRole(caller, RoleReviewer); err != nil {
		return nil, err
	}
	if f.Status == "" {
		f.Status = StatusInReview
	}
	if !f.Status.Valid() {
		return nil, Invalid("unknown status", FieldError{Field: "status", Message: fmt.Sprintf("%q is not a draft status", f.Status)})
	}
	locales, err := scopeLocales(caller, f.Locales)
	if err != nil {
		return nil, err
	}
	after, err := decodeReviewCursor(f.Cursor)
	if err != nil {
		return nil, err
	}
	page := &ReviewPage{Launches: map[string]*Launch{}}
	if f.LaunchID != "" {
		l, err := s.GetLaunch(ctx, f.LaunchID)
		if err != nil {
			return nil, err
		}
		page.Launches[l.ID] = l
	}
	limit := PageLimit(f.Limit)
	drafts, err := s.store.ListDrafts(ctx, DraftFilter{LaunchID: f.LaunchID, Locales: locales,
		Status: f.Status, Limit: limit + 1, ByGoLive: true, After: after})
	if err != nil {
		return nil, err
	}
	for _, d := range drafts {
		if _, ok := page.Launches[d.LaunchID]; ok {
			continue
		}
		l, err := s.GetLaunch(ctx, d.LaunchID)
		if err != nil {
			return nil, err
		}
		page.Launches[l.ID] = l
	}
	if len(drafts) > limit {
		last := drafts[limit-1]
		page.NextCursor = reviewCursor(page.Launches[last.LaunchID].GoLive)(last)
		drafts = drafts[:limit]
	}
	page.Drafts = drafts
	return page, nil
}

// ReviewLaunches lists the launches a caller reviews drafts of (for a
// reviewer, those with drafts in its locales; for an admin, every launch),
// earliest go-live first, then by name, at most MaxPageSize. Launch rows
// only: no Counts (see ReviewProgress).
func (s *Service) ReviewLaunches(ctx context.Context, caller *Token) ([]*Launch, error) {
	if err := requireRole(caller, RoleReviewer); err != nil {
		return nil, err
	}
	locales, err := scopeLocales(caller, nil)
	if err != nil {
		return nil, err
	}
	if caller.Role != RoleAdmin && len(locales) == 0 {
		return []*Launch{}, nil
	}
	return s.store.ListLaunches(ctx, LaunchFilter{Locales: locales, Limit: MaxPageSize})
}

// ReviewProgress counts the drafts of each launch per status in the
// locales the caller reviews, narrowed to locales when given (each one the
// caller must review): a reviewer's progress bar shows its own share of a
// launch. Every status is present, zero included.
func (s *Service) ReviewProgress(ctx context.Context, caller *Token, launchIDs, locales []string) (map[string]map[Status]int, error) {
	if err := requireRole(caller, RoleReviewer); err != nil {
		return nil, err
	}
	scope, err := scopeLocales(caller, locales)
	if err != nil {
		return nil, err
	}
	out := make(map[string]map[Status]int, len(launchIDs))
	if caller.Role != RoleAdmin && len(scope) == 0 {
		scope = []string{""} // a reviewer of no locale sees none
	}
	counts, err := s.store.DraftCounts(ctx, launchIDs, scope)
	if err != nil {
		return nil, err
	}
	for _, id := range launchIDs {
		c := make(map[Status]int, len(Statuses))
		for _, st := range Statuses {
			c[st] = counts[id][st]
		}
		out[id] = c
	}
	return out, nil
}

// scopeLocales returns the locales a caller's queue covers: the asked ones,
// each of which the caller must review, or all of the caller's own. An
// admin asking for none covers every locale (nil).
func scopeLocales(caller *Token, asked []string) ([]string, error) {
	if len(asked) == 0 {
		if caller.Role == RoleAdmin {
			return nil, nil
		}
		return append([]string(nil), caller.Locales...), nil
	}
	out := make([]string, 0, len(asked))
	for _, l := range asked {
		c, err := CanonicalLocale(l)
		if err != nil {
			return nil, Invalid("unknown locale", FieldError{Field: "locale", Message: err.Error()})
		}
		if !caller.CanReview(c) {
			return nil, Errorf(CodeForbidden, "you do not review %s", c)
		}
		out = append(out, c)
	}
	return out, nil
}

// ReviewContext is everything a reviewer needs beside a draft to judge it.
type ReviewContext struct {
	Draft   *Draft
	Launch  *Launch
	Product *Product
	// Source is the source-locale draft of the same SKU and channel; nil
	// when Draft is itself in the source locale.
	Source *Draft
}

// ReviewDraft returns a draft with its launch, product facts and
// source-locale draft, for a caller who reviews the draft's locale
// (CodeForbidden otherwise).
func (s *Service) ReviewDraft(ctx context.Context, caller *Token, id string) (*ReviewContext, error) {
	d, err := s.GetDraft(ctx, id)
	if err != nil {
		return nil, err
	}
	if err := requireReviewer(caller, d.Locale); err != nil {
		return nil, err
	}
	l, err := s.GetLaunch(ctx, d.LaunchID)
	if err != nil {
		return nil, err
	}
	p, err := s.store.GetProduct(ctx, d.LaunchID, d.SKU)
	if err != nil {
		return nil, err
	}
	rc := &ReviewContext{Draft: d, Launch: l, Product: p}
	if d.Locale != l.SourceLocale {
		found, err := s.store.ListDrafts(ctx, DraftFilter{LaunchID: d.LaunchID, SKU: d.SKU, Channel: d.Channel,
			Locales: []string{l.SourceLocale}, Limit: 1})
		if err != nil {
			return nil, err
		}
		if len(found) > 0 {
			rc.Source = found[0]
		}
	}
	return rc, nil
}
