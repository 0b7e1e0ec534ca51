package memstore

import (
	"cmp"
	"context"
	"slices"
	"sync"
	"time"

	"github.com/copydesk/copydesk/internal/core"
)

// NearIndex is core.NearIndex in memory: the hand-written fake the Redis
// index (internal/nearredis) is held to by the same conformance suite
// (storetest.RunNearIndex), and the index core's tests run with.
type NearIndex struct {
	mu   sync.Mutex
	keys map[int64][]string // key -> refs, in byte order
	refs map[string]nearEntry
	// claimed: a rebuild is under way; complete: the last one ended.
	claimed, complete bool
}

type nearEntry struct {
	version int
	keys    []int64
}

// NewNearIndex returns an empty index.
func NewNearIndex() *NearIndex {
	return &NearIndex{keys: map[int64][]string{}, refs: map[string]nearEntry{}}
}

// PutNearKeys implements core.NearIndex.
func (x *NearIndex) PutNearKeys(_ context.Context, items []core.NearKeys) error {
	x.mu.Lock()
	defer x.mu.Unlock()
	for _, it := range items {
		old, seen := x.refs[it.Ref]
		if seen && old.version > it.Version {
			continue
		}
		for _, k := range old.keys {
			refs := slices.DeleteFunc(x.keys[k], func(r string) bool { return r == it.Ref })
			if len(refs) == 0 {
				delete(x.keys, k)
			} else {
				x.keys[k] = refs
			}
		}
		keys := slices.Compact(slices.Sorted(slices.Values(it.Keys)))
		x.refs[it.Ref] = nearEntry{version: it.Version, keys: keys}
		for _, k := range keys {
			refs := x.keys[k]
			i, _ := slices.BinarySearch(refs, it.Ref)
			x.keys[k] = slices.Insert(refs, i, it.Ref)
		}
	}
	return nil
}

// NearCandidates implements core.NearIndex.
func (x *NearIndex) NearCandidates(_ context.Context, keys []int64, perKey, limit int) ([]core.NearCandidate, error) {
	out := []core.NearCandidate{}
	if perKey <= 0 || limit <= 0 {
		return out, nil
	}
	x.mu.Lock()
	shared := map[string]int{}
	for _, k := range keys {
		refs := x.keys[k]
		for _, r := range refs[:min(len(refs), perKey)] {
			shared[r]++
		}
	}
	x.mu.Unlock()
	for r, n := range shared {
		out = append(out, core.NearCandidate{Ref: r, Shared: n})
	}
	slices.SortFunc(out, func(a, b core.NearCandidate) int {
		return cmp.Or(cmp.Compare(b.Shared, a.Shared), cmp.Compare(a.Ref, b.Ref))
	})
	return out[:min(len(out), limit)], nil
}

// ClaimRebuild implements core.NearIndexRestorer.
func (x *NearIndex) ClaimRebuild(_ context.Context, _ time.Duration) (bool, error) {
	x.mu.Lock()
	defer x.mu.Unlock()
	if x.complete || x.claimed {
		return false, nil
	}
	x.claimed = true
	return true, nil
}

// RebuildDone implements core.NearIndexRestorer.
func (x *NearIndex) RebuildDone(context.Context) (bool, error) {
	x.mu.Lock()
	defer x.mu.Unlock()
	if !x.claimed {
		return false, nil
	}
	x.claimed, x.complete = false, true
	return true, nil
}

// Lose empties the index as a flushed Redis is emptied (claims and the
// mark of completeness go too).
func (x *NearIndex) Lose() {
	x.mu.Lock()
	defer x.mu.Unlock()
	x.keys, x.refs = map[int64][]string{}, map[string]nearEntry{}
	x.claimed, x.complete = false, false
}
