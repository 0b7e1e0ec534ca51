package memstore

import (
	"cmp"
	"context"
	"slices"

	"github.com/copydesk/copydesk/internal/core"
)

// PutNearKeys implements core.TxStore.
func (t *txStore) PutNearKeys(_ context.Context, ref string, keys []int64) error {
	if err := t.write(); err != nil {
		return err
	}
	st := t.st
	if st.nearKeys == nil {
		st.nearKeys, st.nearRefs = map[int64][]string{}, map[string][]int64{}
	}
	for _, k := range st.nearRefs[ref] {
		refs := slices.DeleteFunc(slices.Clone(st.nearKeys[k]), func(r string) bool { return r == ref })
		if len(refs) == 0 {
			delete(st.nearKeys, k)
		} else {
			st.nearKeys[k] = refs
		}
	}
	delete(st.nearRefs, ref)
	if len(keys) == 0 {
		return nil
	}
	keys = slices.Compact(slices.Sorted(slices.Values(keys)))
	st.nearRefs[ref] = keys
	for _, k := range keys {
		refs := slices.Clone(st.nearKeys[k])
		i, _ := slices.BinarySearch(refs, ref)
		st.nearKeys[k] = slices.Insert(refs, i, ref)
	}
	return nil
}

// NearTexts implements core.TxStore.
func (t *txStore) NearTexts(_ context.Context, keys []int64, perKey, limit int) ([]core.NearText, error) {
	out := []core.NearText{}
	if perKey <= 0 || limit <= 0 {
		return out, nil
	}
	shared := map[string]int{}
	for _, k := range keys {
		refs := t.st.nearKeys[k]
		for _, r := range refs[:min(len(refs), perKey)] {
			shared[r]++
		}
	}
	type hit struct {
		ref string
		n   int
	}
	var hits []hit
	for r, n := range shared {
		hits = append(hits, hit{r, n})
	}
	slices.SortFunc(hits, func(a, b hit) int {
		if c := cmp.Compare(b.n, a.n); c != 0 {
			return c
		}
		return cmp.Compare(a.ref, b.ref)
	})
	for _, h := range hits[:min(len(hits), limit)] {
		if d, ok := t.st.drafts[h.ref]; ok {
			out = append(out, core.NearText{Ref: h.ref, LaunchID: d.LaunchID, SKU: d.SKU, Locale: d.Locale,
				Channel: d.Channel, Text: d.Text, Status: d.Status, Shared: h.n})
		} else if e, ok := t.st.entries[h.ref]; ok {
			out = append(out, core.NearText{Ref: h.ref, Catalogue: true, LaunchID: e.LaunchID, SKU: e.SKU,
				Locale: e.Locale, Channel: e.Channel, Text: e.Text, Status: core.StatusPublished, Shared: h.n})
		}
	}
	return out, nil
}

// NearRefs implements core.TxStore.
func (t *txStore) NearRefs(ctx context.Context, keys []int64, perKey, limit int, f core.NearFilter) ([]core.NearRef, error) {
	found, err := t.NearTexts(ctx, keys, perKey, limit)
	out := []core.NearRef{}
	for _, n := range found {
		if n.SKU == f.SKU || n.Text == "" || n.Locale != f.Locale || n.Channel != f.Channel ||
			(!n.Catalogue && (n.LaunchID != f.LaunchID || n.Status == core.StatusFailed)) {
			continue
		}
		r := core.NearRef{Ref: n.Ref, Catalogue: n.Catalogue, SKU: n.SKU}
		if d, ok := t.st.drafts[n.Ref]; ok && !n.Catalogue {
			r.Version = d.Version
		}
		out = append(out, r)
	}
	return out, err
}

// NearRefsOf implements core.TxStore.
func (t *txStore) NearRefsOf(_ context.Context, refs []string, f core.NearFilter) ([]core.NearRef, error) {
	out := []core.NearRef{}
	for _, r := range refs {
		if d, ok := t.st.drafts[r]; ok {
			if d.LaunchID == f.LaunchID && d.Locale == f.Locale && d.Channel == f.Channel && d.SKU != f.SKU &&
				d.Status != core.StatusFailed && d.Text != "" {
				out = append(out, core.NearRef{Ref: r, SKU: d.SKU, Version: d.Version})
			}
		} else if e, ok := t.st.entries[r]; ok {
			if e.Locale == f.Locale && e.Channel == f.Channel && e.SKU != f.SKU && e.Text != "" {
				out = append(out, core.NearRef{Ref: r, Catalogue: true, SKU: e.SKU})
			}
		}
	}
	return out, nil
}

// NearRefsOf implements core.Store.
func (s *Store) NearRefsOf(ctx context.Context, refs []string, f core.NearFilter) ([]core.NearRef, error) {
	return do(s, func(tx *txStore) ([]core.NearRef, error) { return tx.NearRefsOf(ctx, refs, f) })
}

// NearTextsOf implements core.TxStore.
func (t *txStore) NearTextsOf(_ context.Context, refs []string) ([]core.NearRef, error) {
	out := []core.NearRef{}
	for _, r := range refs {
		if d, ok := t.st.drafts[r]; ok {
			out = append(out, core.NearRef{Ref: r, Text: d.Text, Version: d.Version, Sig: slices.Clone(d.NearSig)})
		} else if e, ok := t.st.entries[r]; ok {
			out = append(out, core.NearRef{Ref: r, Catalogue: true, Text: e.Text, Sig: slices.Clone(e.NearSig)})
		}
	}
	return out, nil
}

// NearRefs implements core.Store.
func (s *Store) NearRefs(ctx context.Context, keys []int64, perKey, limit int, f core.NearFilter) ([]core.NearRef, error) {
	return do(s, func(tx *txStore) ([]core.NearRef, error) { return tx.NearRefs(ctx, keys, perKey, limit, f) })
}

// NearTextsOf implements core.Store.
func (s *Store) NearTextsOf(ctx context.Context, refs []string) ([]core.NearRef, error) {
	return do(s, func(tx *txStore) ([]core.NearRef, error) { return tx.NearTextsOf(ctx, refs) })
}

// PutNearKeys implements core.Store.
func (s *Store) PutNearKeys(ctx context.Context, ref string, keys []int64) error {
	return do0(s, func(tx *txStore) error { return tx.PutNearKeys(ctx, ref, keys) })
}

// NearTexts implements core.Store.
func (s *Store) NearTexts(ctx context.Context, keys []int64, perKey, limit int) ([]core.NearText, error) {
	return do(s, func(tx *txStore) ([]core.NearText, error) { return tx.NearTexts(ctx, keys, perKey, limit) })
}

// LaunchWithProgress implements core.LaunchReader.
func (s *Store) LaunchWithProgress(ctx context.Context, id string) (*core.Launch, error) {
	return do(s, func(tx *txStore) (*core.Launch, error) {
		l, err := tx.GetLaunch(ctx, id)
		if err != nil {
			return nil, err
		}
		l.Counts, l.Usage, err = tx.LaunchProgress(ctx, id)
		return l, err
	})
}

// PutNearKeysMany implements core.TxStore.
func (t *txStore) PutNearKeysMany(ctx context.Context, items []core.NearKeys) error {
	for _, it := range items {
		if err := t.PutNearKeys(ctx, it.Ref, it.Keys); err != nil {
			return err
		}
	}
	return nil
}

// PutNearKeysMany implements core.Store.
func (s *Store) PutNearKeysMany(ctx context.Context, items []core.NearKeys) error {
	return do0(s, func(tx *txStore) error { return tx.PutNearKeysMany(ctx, items) })
}
