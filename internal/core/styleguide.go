package core

import (
	"context"
	"crypto/sha256"
	"encoding/hex"

	"github.com/copydesk/copydesk/internal/styleguide"
)

// guideVersion names a stored guide by its declared version and a hash of
// its exact source, so that two edits that forget to bump "version" still
// get distinct, reproducible names.
func guideVersion(g *styleguide.Guide, body []byte) string {
	sum := sha256.Sum256(body)
	return g.Version + "+" + hex.EncodeToString(sum[:4])
}

// ParseStyleGuide parses a guide and turns its error into an invalid error.
func ParseStyleGuide(body []byte) (*styleguide.Guide, error) {
	if p := StringProblem(string(body), MultiLine); p != "" {
		return nil, &Error{Code: CodeInvalid, Message: "the style guide " + p,
			Fields: []FieldError{{Field: "body", Message: p}}}
	}
	g, err := styleguide.Parse(body)
	if err != nil {
		return nil, &Error{Code: CodeInvalid, Message: "the style guide is not valid: " + err.Error(),
			Fields: []FieldError{{Field: "body", Message: err.Error()}}}
	}
	return g, nil
}

// InstallStyleGuide records body as a guide version. With onlyIfEmpty it
// does nothing when the store already has a guide: that is how the bundled
// default is installed without overriding a guide an admin has put since.
func (s *Service) InstallStyleGuide(ctx context.Context, body []byte, onlyIfEmpty bool) (*StyleGuideDoc, error) {
	if onlyIfEmpty {
		doc, err := s.store.CurrentStyleGuide(ctx)
		if err == nil {
			return doc, nil
		}
		if !IsCode(err, CodeNotFound) {
			return nil, err
		}
	}
	g, err := ParseStyleGuide(body)
	if err != nil {
		return nil, err
	}
	doc := StyleGuideDoc{Version: guideVersion(g, body), Body: string(body), CreatedAt: StoreTime(s.now())}
	if err := s.store.SaveStyleGuide(ctx, doc); err != nil {
		return nil, err
	}
	s.mu.Lock()
	s.guides[doc.Version] = g
	s.mu.Unlock()
	return &doc, nil
}

// StyleGuideVersions lists the stored guide versions, the current one
// first and marked; PUTting a listed version's body again makes it current.
func (s *Service) StyleGuideVersions(ctx context.Context) ([]StyleGuideDoc, error) {
	return s.store.ListStyleGuides(ctx)
}

// PutStyleGuide replaces the guide for new work (admin only). A body that
// is a stored version makes that version current again (a rollback).
func (s *Service) PutStyleGuide(ctx context.Context, caller *Token, body []byte) (*StyleGuideDoc, error) {
	if err := requireRole(caller, RoleAdmin); err != nil {
		return nil, err
	}
	return s.InstallStyleGuide(ctx, body, false)
}

// CurrentStyleGuide returns the latest guide, parsed once per version.
//
// A version's body and time never change once stored, so the document read
// for a version is kept with its parsed guide: a worker reads the current
// version alone for every draft (one short row), not the ~9 kB body.
func (s *Service) CurrentStyleGuide(ctx context.Context) (*StyleGuideDoc, *styleguide.Guide, error) {
	v, err := s.guideVersion.do(ctx, s.store.CurrentStyleGuideVersion)
	return s.styleGuideAt(ctx, v, err)
}

// styleGuideAt is CurrentStyleGuide for the current version v as read
// (err the read's: a CodeNotFound when no guide is stored).
func (s *Service) styleGuideAt(ctx context.Context, v string, err error) (*StyleGuideDoc, *styleguide.Guide, error) {
	if err != nil && !IsCode(err, CodeNotFound) {
		return nil, nil, err
	}
	cached := func() (*StyleGuideDoc, *styleguide.Guide, bool) {
		if err != nil {
			return nil, nil, false
		}
		s.mu.Lock()
		defer s.mu.Unlock()
		doc, okDoc := s.guideDocs[v]
		g, ok := s.guides[v]
		return &doc, g, okDoc && ok
	}
	if doc, g, ok := cached(); ok {
		return doc, g, nil
	}
	// One caller at a time reads and parses a version the process lacks;
	// the others find it kept (a cold worker's concurrent drafts each read
	// the ~9 kB body and parsed it).
	s.guideFill.Lock()
	defer s.guideFill.Unlock()
	if doc, g, ok := cached(); ok {
		return doc, g, nil
	}
	doc, err := s.store.CurrentStyleGuide(ctx)
	if err != nil {
		if IsCode(err, CodeNotFound) {
			return nil, nil, Errorf(CodeUnavailable, "no style guide is installed")
		}
		return nil, nil, err
	}
	s.mu.Lock()
	g, ok := s.guides[doc.Version]
	s.mu.Unlock()
	if !ok {
		if g, err = ParseStyleGuide([]byte(doc.Body)); err != nil {
			return nil, nil, Wrap(CodeInternal, err, "the stored style guide does not parse")
		}
	}
	s.mu.Lock()
	s.guides[doc.Version] = g
	if s.guideDocs == nil {
		s.guideDocs = map[string]StyleGuideDoc{}
	}
	s.guideDocs[doc.Version] = *doc
	s.mu.Unlock()
	return doc, g, nil
}
