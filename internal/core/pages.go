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
