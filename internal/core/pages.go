package core

import (
	"context"
	"strconv"
)

// StyleGuideVersionsPage pages the stored guide versions (current first,
// then by when each was last saved) with an opaque cursor ("" for the
// first page); a cursor this API did not return, or one whose version is
// gone, is an invalid error naming "cursor".
func (s *Service) StyleGuideVersionsPage(ctx context.Context, cursor string, limit int) ([]StyleGuideDoc, string, error) {
	docs, err := s.StyleGuideVersions(ctx)
	if err != nil {
		return nil, "", err
	}
	return pageList(docs, "g", func(d StyleGuideDoc) string { return d.Version }, cursor, limit)
}

// VersionsPage pages a draft's versions, oldest first, with an opaque
// cursor as StyleGuideVersionsPage does. An unknown draft is not found.
func (s *Service) VersionsPage(ctx context.Context, id, cursor string, limit int) ([]DraftVersion, string, error) {
	vs, err := s.Versions(ctx, id)
	if err != nil {
		return nil, "", err
	}
	if vs == nil {
		vs = []DraftVersion{}
	}
	return pageList(vs, "v", func(v DraftVersion) string { return strconv.Itoa(v.Version) }, cursor, limit)
}

// ListLaunches pages every launch in creation order (oldest first), with
// counts, status and usage, optionally only those with drafts in one of
// locales. cursor is a previous page's next cursor; any other is invalid,
// naming "cursor"; a bad locale is invalid, naming "locale".
func (s *Service) ListLaunches(ctx context.Context, locales []string, cursor string, limit int) ([]*Launch, string, error) {
	f := LaunchFilter{ByID: true}
	for _, l := range locales {
		c, err := CanonicalLocale(l)
		if err != nil {
			return nil, "", Invalid("unknown locale", FieldError{Field: "locale", Message: err.Error()})
		}
		f.Locales = append(f.Locales, c)
	}
	if cursor != "" {
		parts, err := decodeCursor(cursor, "l", 1)
		if err != nil {
			return nil, "", err
		}
		f.AfterID = parts[0]
	}
	limit = PageLimit(limit)
	f.Limit = limit + 1
	ls, err := s.store.ListLaunches(ctx, f)
	if err != nil {
		return nil, "", err
	}
	ls, next := page(ls, limit, func(l *Launch) string { return encodeCursor("l", l.ID) })
	for _, l := range ls {
		if l.Counts, l.Usage, err = s.store.LaunchProgress(ctx, l.ID); err != nil {
			return nil, "", err
		}
		l.Status = DeriveLaunchStatus(l.Counts)
	}
	return ls, next, nil
}
