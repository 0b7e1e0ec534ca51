package core

import (
	"context"
	"time"

	"github.com/copydesk/copydesk/internal/neardup"
)

// NearIndexRestorer is implemented by a NearIndex of the service's own
// that can lose what it holds whole (Redis flushed, restarted without
// persistence, a new Redis), so that the sweep can tell and index every
// stored text again (RebuildNearIndex).
type NearIndexRestorer interface {
	// ClaimRebuild reports whether the index is not known complete (never
	// rebuilt, or lost since) and, if so, claims its rebuild for ttl:
	// another caller is answered false until the claim ends.
	ClaimRebuild(ctx context.Context, ttl time.Duration) (bool, error)
	// RebuildDone marks the index complete and ends the claim; false when
	// the claim was lost meanwhile (the index was lost again during the
	// rebuild), which the next claim redoes.
	RebuildDone(ctx context.Context) (bool, error)
}

// nearRebuildClaim bounds one rebuild's claim: another process rebuilds
// after it if this one died.
const nearRebuildClaim = 10 * time.Minute

// nearRebuildPage is how many drafts (entries) one rebuild step reads.
const nearRebuildPage = 500

// RebuildNearIndex indexes every stored text again in the service's own
// NearIndex when that index says it is not complete (NearIndexRestorer:
// never built, or lost), and returns how many texts it indexed (0 with
// nothing to do). Every draft with a text is indexed under its text's keys
// at its version (a draft rewritten meanwhile keeps its newer keys: the
// index keeps a ref's highest version), and every public catalogue entry
// under its category's (a withdrawn entry's copy is not indexed again).
// Until it ends, near-duplicate checks miss the texts it has not reached:
// near-duplicate findings are warnings unless the guide says otherwise.
// The sweep calls it.
func (s *Service) RebuildNearIndex(ctx context.Context) (int, error) {
	r, ok := s.nearIndex.(NearIndexRestorer)
	if !ok {
		return 0, nil
	}
	claimed, err := r.ClaimRebuild(ctx, nearRebuildClaim)
	if err != nil || !claimed {
		return 0, err
	}
	n := 0
	f := DraftFilter{Limit: nearRebuildPage}
	for {
		ds, err := s.store.ListDrafts(ctx, f)
		if err != nil {
			return n, err
		}
		items := make([]NearKeys, 0, len(ds))
		for _, d := range ds {
			if d.Text != "" {
				items = append(items, NearKeys{Ref: d.ID, Keys: draftNearKeys(d, s.nearBands(d.Text)), Version: d.Version})
			}
		}
		if err := s.nearIndex.PutNearKeys(ctx, items); err != nil {
			return n, err
		}
		n += len(items)
		if len(ds) < f.Limit {
			break
		}
		f.AfterID = ds[len(ds)-1].ID
	}
	cf := CatalogueFilter{Limit: nearRebuildPage}
	for {
		es, err := s.store.ListCatalogue(ctx, cf)
		if err != nil {
			return n, err
		}
		items := make([]NearKeys, 0, len(es))
		for _, e := range es {
			if e.Text != "" {
				items = append(items, NearKeys{Ref: e.ID, Keys: s.catalogueNearKeys(&e)})
			}
		}
		if err := s.nearIndex.PutNearKeys(ctx, items); err != nil {
			return n, err
		}
		n += len(items)
		if len(es) < cf.Limit {
			break
		}
		last := es[len(es)-1]
		cf.After = &CatalogueKey{PublishedAt: last.PublishedAt, ID: last.ID}
	}
	if done, err := r.RebuildDone(ctx); err != nil || !done {
		return n, err
	}
	if n > 0 {
		s.log.Info("near-duplicate index rebuilt from the stored texts", "texts", n)
	}
	return n, nil
}

// catalogueNearKeys are the keys a catalogue entry's text is indexed
// under: its bands in the scope of published copy (catalogueScope) and,
// in a NearIndex of the service's own, the scope's marker
// (catalogueMarker), which no lookup counts.
func (s *Service) catalogueNearKeys(e *CatalogueEntry) []int64 {
	keys := neardup.Keys(s.nearBands(e.Text), catalogueScope(e.Locale, e.Channel, e.Category))
	if s.nearIndex != nil && len(keys) > 0 {
		keys = append(keys, catalogueMarker(e.Locale, e.Channel, e.Category))
	}
	return keys
}

// catalogueMarker is the key every catalogue entry of a locale, channel
// and category is also filed under in a NearIndex of the service's own:
// a lookup asks it first (one key) and leaves the scope's 64 band keys out
// when nothing is filed under it. Catalogue entries' keys are never
// removed, and only catalogue entries are filed in that scope, so the refs
// found are the same (as NearFilter.CatalogueKeys lets the store do).
func catalogueMarker(locale, channel, category string) int64 {
	return neardup.Keys([]uint64{0}, "published\x00"+catalogueScope(locale, channel, category))[0]
}
