package core

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unsafe"

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
//
// With a checker that keeps neighbours' entries (NeighbourCache), the
// index is read without the texts and only the texts the checker lacks are
// read after (NearTextsOf): most of a launch's neighbours are the same few
// thousand texts, which would otherwise travel once for every draft they
// are a neighbour of.
func (s *Service) nearNeighbours(ctx context.Context, d *Draft, p *Product, text string) ([]Neighbour, []int64, error) {
	bands := s.nearBands(text)
	if len(bands) == 0 {
		return nil, nil, nil
	}
	own := draftNearKeys(d, bands)
	keys := append(slices.Clip(own), neardup.Keys(bands, catalogueScope(d.Locale, d.Channel, p.Category))...)
	if s.nearIndex != nil {
		out, err := s.indexedNeighbours(ctx, d, p, keys, len(own))
		return out, own, err
	}
	if cache, ok := s.checker.(NeighbourCache); ok {
		out, err := s.cachedNeighbours(ctx, cache, d, p, keys, len(own))
		return out, own, err
	}
	found, err := s.store.NearTexts(ctx, keys, nearPerKey, nearLimit)
	if err != nil {
		return nil, nil, err
	}
	// The order the checker sees is fixed (drafts, then published copy,
	// each by ID) so that ties name the same product every time.
	slices.SortFunc(found, func(a, b NearText) int { return compareRefs(a.Catalogue, b.Catalogue, a.Ref, b.Ref) })
	var out []Neighbour
	for _, t := range found {
		if t.SKU == d.SKU || t.Text == "" || t.Locale != d.Locale || t.Channel != d.Channel {
			continue
		}
		if !t.Catalogue && (t.LaunchID != d.LaunchID || t.Status == StatusFailed) {
			continue
		}
		out = append(out, s.neighbour(ctx, d, p, t.SKU, t.Text, t.Catalogue))
	}
	return out, own, nil
}

// compareRefs orders drafts before published copy, each by ID.
func compareRefs(aCat, bCat bool, a, b string) int {
	if aCat != bCat {
		if aCat {
			return 1
		}
		return -1
	}
	return strings.Compare(a, b)
}

// neighbour is a neighbour of d's product p: only a product with a variant
// group can have variants among its siblings, whose groups are looked up
// then.
func (s *Service) neighbour(ctx context.Context, d *Draft, p *Product, sku, text string, catalogue bool) Neighbour {
	n := Neighbour{SKU: sku, Text: text}
	if p.VariantGroup != "" && !catalogue {
		if sp, err := s.store.GetProduct(ctx, d.LaunchID, sku); err == nil {
			n.VariantGroup = sp.VariantGroup
		}
	}
	return n
}

// cachedNeighbours is nearNeighbours for a checker that keeps neighbours'
// entries (NeighbourCache): the index is read without the texts (NearRefs,
// which keeps the same neighbours as the filter above), the checker gives
// back the entries it keeps by key, and only the texts it lacks are read,
// in one statement (a draft rewritten meanwhile is compared as it is now,
// under its new version; one gone meanwhile is left out), each with the
// signature stored with it (Neighbour.Sig), so the checker need not
// tokenise it again.
func (s *Service) cachedNeighbours(ctx context.Context, cache NeighbourCache, d *Draft, p *Product, keys []int64, own int) ([]Neighbour, error) {
	found, err := s.store.NearRefs(ctx, keys, nearPerKey, nearLimit,
		NearFilter{LaunchID: d.LaunchID, Locale: d.Locale, Channel: d.Channel, SKU: d.SKU,
			Category: p.Category, CatalogueKeys: len(keys) - own})
	if err != nil {
		return nil, err
	}
	out, err := s.cachedNeighboursOf(ctx, cache, d, p, found)
	if g, ok := s.store.(NearRefsGiver); ok {
		g.GiveNearRefs(found)
	}
	return out, err
}

// indexedNeighbours is nearNeighbours with a NearIndex of its own
// (Deps.NearIndex): the candidates come from the index, the store keeps
// those the filter names (NearRefsOf: the same rows NearRefs keeps of the
// same candidates), and the texts are read as from the store's index.
//
// The published copy's keys (keys past own) are asked only when the
// scope's marker says some copy is filed under them (catalogueMarker): a
// launch in a new market or category, or with nothing published, reads
// half the keys.
func (s *Service) indexedNeighbours(ctx context.Context, d *Draft, p *Product, keys []int64, own int) ([]Neighbour, error) {
	if len(keys) > own {
		m, err := s.nearIndex.NearCandidates(ctx, []int64{catalogueMarker(d.Locale, d.Channel, p.Category)}, 1, 1)
		if err != nil {
			return nil, err
		}
		if len(m) == 0 {
			keys = keys[:own]
		}
	}
	cands, err := s.nearIndex.NearCandidates(ctx, keys, nearPerKey, nearLimit)
	if err != nil || len(cands) == 0 {
		return nil, err
	}
	refs := make([]string, len(cands))
	for i, c := range cands {
		refs[i] = c.Ref
	}
	found, err := s.store.NearRefsOf(ctx, refs, NearFilter{LaunchID: d.LaunchID, Locale: d.Locale, Channel: d.Channel, SKU: d.SKU})
	if err != nil {
		return nil, err
	}
	if cache, ok := s.checker.(NeighbourCache); ok {
		return s.cachedNeighboursOf(ctx, cache, d, p, found)
	}
	// A checker that keeps nothing is given every text, as NearTexts
	// gives them.
	slices.SortFunc(found, func(a, b NearRef) int { return compareRefs(a.Catalogue, b.Catalogue, a.Ref, b.Ref) })
	refs = refs[:0]
	for _, t := range found {
		refs = append(refs, t.Ref)
	}
	texts, err := s.store.NearTextsOf(ctx, refs)
	if err != nil {
		return nil, err
	}
	byRef := make(map[string]string, len(texts))
	for _, t := range texts {
		byRef[t.Ref] = t.Text
	}
	var out []Neighbour
	for _, t := range found {
		if text := byRef[t.Ref]; text != "" {
			out = append(out, s.neighbour(ctx, d, p, t.SKU, text, t.Catalogue))
		}
	}
	return out, nil
}

// cachedNeighboursOf is the rest of cachedNeighbours, from the refs the
// filter kept.
func (s *Service) cachedNeighboursOf(ctx context.Context, cache NeighbourCache, d *Draft, p *Product, found []NearRef) ([]Neighbour, error) {
	if len(found) == 0 {
		return nil, nil
	}
	slices.SortFunc(found, func(a, b NearRef) int { return compareRefs(a.Catalogue, b.Catalogue, a.Ref, b.Ref) })
	nn := takeNearNames()
	defer nn.give()
	entries := cache.NeighbourEntries(nn.names(found), nn.entries)
	nn.entries = entries
	var missing []string
	for i, t := range found {
		if i >= len(entries) || entries[i] == nil {
			missing = append(missing, t.Ref)
		}
	}
	var texts map[string]NearRef
	if len(missing) > 0 {
		read, err := s.nearTextsOf(ctx, missing)
		if err != nil {
			return nil, err
		}
		texts = make(map[string]NearRef, len(read))
		for _, t := range read {
			texts[t.Ref] = t
		}
	}
	out := takeNeighbours(len(found))
	for i, t := range found {
		n := s.neighbour(ctx, d, p, t.SKU, "", t.Catalogue)
		if i < len(entries) && entries[i] != nil {
			// The entry alone: the checker needs no name for it, and
			// the names are nn's, given back when this returns.
			n.Entry = entries[i]
		} else {
			r, ok := texts[t.Ref]
			switch {
			case ok && r.Entry != nil:
				// Made from its stored signature as it was read (the
				// checker's StoredEntry, kept under its name as the
				// checker keeps one given with Key and Sig).
				n.Entry = r.Entry
			case !ok || r.Text == "":
				continue
			default:
				n.Key, n.Text, n.Sig = nearTextKey(r.Ref, r.Catalogue, r.Version), r.Text, r.Sig
			}
		}
		out = append(out, n)
	}
	return out, nil
}

// nearTextsOf reads the texts of refs for cachedNeighboursOf: with their
// entries made as they are read where the store and the checker can
// (NearEntriesReader, StoredEntryMaker), else their texts and stored
// signatures (NearTextsOf).
func (s *Service) nearTextsOf(ctx context.Context, refs []string) ([]NearRef, error) {
	if r, ok := s.store.(NearEntriesReader); ok && s.nearDec != nil {
		return r.NearEntriesOf(ctx, refs, s.nearDec)
	}
	return s.store.NearTextsOf(ctx, refs)
}

// nearEntryDecoder is the checker's StoredEntryMaker as a
// NearEntryDecoder: a row's name is nearTextKey's, the name a neighbour
// given with its text has.
type nearEntryDecoder struct{ m StoredEntryMaker }

func (d *nearEntryDecoder) NearEntry(ref string, catalogue bool, version int, sig []byte) any {
	return d.m.StoredEntry(nearTextKey(ref, catalogue, version), sig)
}

// neighbourBufs hold the []Neighbour of checks done (giveNeighbours), for
// cachedNeighboursOf to fill again: up to nearLimit neighbours of 104
// bytes were made for every draft, 4% of a launch's worker allocations
// (#17, perf37).
var neighbourBufs sync.Pool

// takeNeighbours is an empty []Neighbour with room for n, from
// neighbourBufs when one there is large enough.
func takeNeighbours(n int) []Neighbour {
	if p, _ := neighbourBufs.Get().(*[]Neighbour); p != nil && cap(*p) >= n {
		return (*p)[:0]
	}
	return make([]Neighbour, 0, max(n, nearLimit))
}

// giveNeighbours gives ns back to neighbourBufs once its check is done
// (CheckInput.Neighbours: a Checker keeps no reference to the slice); its
// elements are cleared so that the pool keeps no text or entry alive.
func giveNeighbours(ns []Neighbour) {
	if cap(ns) < nearLimit {
		return
	}
	ns = ns[:cap(ns)]
	clear(ns)
	neighbourBufs.Put(&ns)
}

// nearTextKey names a draft's text (its ID and version) or a catalogue
// entry's (its ID: published text never changes) for a NeighbourCache.
func nearTextKey(ref string, catalogue bool, version int) string {
	if catalogue {
		return "c\x00" + ref
	}
	return "d\x00" + ref + "\x00" + strconv.Itoa(version)
}

// nearNames is a lookup's scratch for NeighbourCache.NeighbourEntries:
// its neighbours' nearTextKey names written into buf and read as strings
// over it (keys), and the entries the cache gives (entries), taken from
// nearNamesPool and given back once the neighbours are made. Each lookup
// made a string of its names, a slice of them and the cache's answer (an
// []any and two arrays of its own): ~8 kB a draft, 7% of a 10,000-draft
// launch's worker allocations (#17, perf38). The names live only for the
// call: NeighbourEntries keeps no key (the checker hashes them), and a
// neighbour given by its entry carries no Key.
type nearNames struct {
	buf     []byte
	keys    []string
	entries []any
}

var nearNamesPool = sync.Pool{New: func() any { return new(nearNames) }}

func takeNearNames() *nearNames { return nearNamesPool.Get().(*nearNames) }

// names writes found's names into buf and returns them, valid until give.
func (nn *nearNames) names(found []NearRef) []string {
	size := 0
	for _, t := range found {
		size += len(t.Ref) + 24
	}
	buf := slices.Grow(nn.buf[:0], size)
	var endsBuf [64]int
	ends := endsBuf[:0]
	for _, t := range found {
		if t.Catalogue {
			buf = append(buf, "c\x00"...)
			buf = append(buf, t.Ref...)
		} else {
			buf = append(buf, "d\x00"...)
			buf = append(buf, t.Ref...)
			buf = append(buf, 0)
			buf = strconv.AppendInt(buf, int64(t.Version), 10)
		}
		ends = append(ends, len(buf))
	}
	nn.buf = buf
	keys := nn.keys[:0]
	start := 0
	for _, end := range ends {
		keys = append(keys, unsafe.String(unsafe.SliceData(buf[start:]), end-start))
		start = end
	}
	nn.keys = keys
	return keys
}

// give clears nn's names and entries (the pool keeps no entry alive) and
// puts it back, unless a lookup of far more than nearLimit grew it.
func (nn *nearNames) give() {
	clear(nn.keys[:cap(nn.keys)])
	clear(nn.entries[:cap(nn.entries)])
	if cap(nn.buf) > 64<<10 {
		return
	}
	nn.keys, nn.entries = nn.keys[:0], nn.entries[:0]
	nearNamesPool.Put(nn)
}

// storedSig is what a NeighbourCache checker stores of text to compare
// with it later without tokenising it (Draft.NearSig, CatalogueEntry
// .NearSig); nil for another checker or no text.
func (s *Service) storedSig(text string) []byte {
	if cache, ok := s.checker.(NeighbourCache); ok && text != "" {
		return cache.StoredSignature(text)
	}
	return nil
}

// rememberText tells a NeighbourCache checker that d's text, just stored,
// is known by its ID and version: drafts checked after it find it as a
// neighbour without reading it back.
func (s *Service) rememberText(d *Draft) {
	if cache, ok := s.checker.(NeighbourCache); ok && d != nil && d.Text != "" {
		cache.RememberNeighbour(nearTextKey(d.ID, false, d.Version), d.Text)
	}
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
