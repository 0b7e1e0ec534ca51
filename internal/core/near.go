package core

import (
	"context"
	"slices"

	"github.com/copydesk/copydesk/internal/neardup"
)

// Near-duplicate candidates come from the store's index of LSH band keys
// (NearTexts), so that checking a draft costs the same in a launch of a
// hundred drafts as in one of a hundred thousand: at most nearPerKey texts
// per key and nearLimit texts in all are read, and only those the
// checker's signature estimate puts near its thresholds are compared
// exactly.
const (
	// nearPerKey bounds the texts one band key contributes; a key that
	// boilerplate shares with much of a launch stops growing the lookup.
	nearPerKey = 32
	// nearLimit bounds the candidates read for one check: those sharing
	// the most band keys (an estimate of similarity) first.
	nearLimit = 64
)

// draftScope is the near-duplicate scope of a launch's drafts: other
// products' copy in the same launch, locale and channel.
func draftScope(launchID, locale, channel string) string {
	return "draft\x00" + launchID + "\x00" + locale + "\x00" + channel
}

// catalogueScope is the scope of published copy: the same locale, channel
// and category, whichever launch published it.
func catalogueScope(locale, channel, category string) string {
	return "catalogue\x00" + locale + "\x00" + channel + "\x00" + category
}

// nearBands is the checker's band keys of text (nil when the checker does
// not index texts).
func (s *Service) nearBands(text string) []uint64 {
	nk, ok := s.checker.(NearKeyer)
	if !ok || text == "" {
		return nil
	}
	return nk.NearKeys(text)
}

// draftNearKeys are the keys a draft's text is indexed under.
func draftNearKeys(d *Draft, bands []uint64) []int64 {
	return neardup.Keys(bands, draftScope(d.LaunchID, d.Locale, d.Channel))
}

// nearNeighbours returns the copy near-duplicate detection compares text
// (the draft d's new or current text) with: other products' drafts of the
// same launch, locale and channel, and published copy of the same locale,
// channel and category, found through the index; failed drafts are left
// out. It also returns the keys text is to be indexed under as d's.
func (s *Service) nearNeighbours(ctx context.Context, d *Draft, p *Product, text string) ([]Neighbour, []int64, error) {
	bands := s.nearBands(text)
	if len(bands) == 0 {
		return nil, nil, nil
	}
	own := draftNearKeys(d, bands)
	keys := append(slices.Clip(own), neardup.Keys(bands, catalogueScope(d.Locale, d.Channel, p.Category))...)
	found, err := s.store.NearTexts(ctx, keys, nearPerKey, nearLimit)
	if err != nil {
		return nil, nil, err
	}
	// The order the checker sees is fixed (drafts, then published copy,
	// each by ID) so that ties name the same product every time.
	slices.SortFunc(found, func(a, b NearText) int {
		if a.Catalogue != b.Catalogue {
			if a.Catalogue {
				return 1
			}
			return -1
		}
		switch {
		case a.Ref < b.Ref:
			return -1
		case a.Ref > b.Ref:
			return 1
		}
		return 0
	})
	var out []Neighbour
	for _, t := range found {
		if t.SKU == d.SKU || t.Text == "" || t.Locale != d.Locale || t.Channel != d.Channel {
			continue
		}
		if !t.Catalogue && (t.LaunchID != d.LaunchID || t.Status == StatusFailed) {
			continue
		}
		n := Neighbour{SKU: t.SKU, Text: t.Text}
		// Only a product with a variant group can have variants among
		// its siblings; look their groups up then.
		if p.VariantGroup != "" && !t.Catalogue {
			if sp, err := s.store.GetProduct(ctx, d.LaunchID, t.SKU); err == nil {
				n.VariantGroup = sp.VariantGroup
			}
		}
		out = append(out, n)
	}
	return out, own, nil
}

// examples returns up to two approved catalogue texts of the product's
// category for few-shot prompting: of its collection when the category has
// 20 or more published texts, else any.
func (s *Service) examples(ctx context.Context, d *Draft, p *Product) ([]CatalogueEntry, error) {
	published, err := s.store.ListCatalogue(ctx, CatalogueFilter{Locale: d.Locale, Channel: d.Channel, Category: p.Category, Limit: 20})
	if err != nil {
		return nil, err
	}
	if len(published) == 20 && p.Collection != "" {
		published, err = s.store.ListCatalogue(ctx, CatalogueFilter{Locale: d.Locale, Channel: d.Channel,
			Category: p.Category, Collection: p.Collection, Limit: 3})
		if err != nil {
			return nil, err
		}
	}
	var examples []CatalogueEntry
	for _, e := range published {
		if e.SKU != d.SKU && len(examples) < 2 {
			examples = append(examples, e)
		}
	}
	return examples, nil
}

// launchCacheSize bounds the launch settings cache; when full it is
// dropped whole (the launches being worked on come back at once).
const launchCacheSize = 4096

// launchSettings returns a launch row whose mode, source locale and budget
// are right (they never change after submission), read once per process
// and launch through tx (a TxStore, or the store). Spent changes: a launch
// with a budget is read afresh every time, so the budget check sees it.
func (s *Service) launchSettings(ctx context.Context, tx TxStore, id string) (*Launch, error) {
	s.mu.Lock()
	l, ok := s.launches[id]
	s.mu.Unlock()
	if ok && l.Budget <= 0 {
		return l, nil
	}
	l, err := tx.GetLaunch(ctx, id)
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	if s.launches == nil || len(s.launches) >= launchCacheSize {
		s.launches = map[string]*Launch{}
	}
	s.launches[id] = l
	s.mu.Unlock()
	return l, nil
}
