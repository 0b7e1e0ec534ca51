package sqlstore

import (
	"context"
	"strconv"

	"github.com/copydesk/copydesk/internal/core"
)

// NearQuery is nearQuery for tests outside the package.
var NearQuery = nearQuery

// NearMemoryRefs is the statement NearRefs sends with the copy in memory.
const NearMemoryRefs = nearMemoryRefs

// NearSetsRefs and NearSetsTexts are the statements NearRefs and
// NearTexts send over the PostgreSQL copy's candidates.
const (
	NearSetsRefs  = nearSetsRefs
	NearSetsTexts = nearSetsTexts
)

// NearMemoryTexts is the statement NearTexts sends over its candidates.
const NearMemoryTexts = nearMemoryTexts

// NearRefsTable is NearRefs read from the stored lists (SQLite) or the
// table (PostgreSQL), never the copy in memory.
func (s *Store) NearRefsTable(ctx context.Context, keys []int64, perKey, limit int, f core.NearFilter) ([]core.NearRef, error) {
	if s.queries.nearNumbers() {
		return s.queries.nearRefsNumbers(ctx, keys, perKey, limit, f, false)
	}
	if s.queries.nearSetsOn() {
		return s.queries.nearRefsSets(ctx, keys, perKey, limit, f, false)
	}
	return s.queries.nearRefsTable(ctx, keys, perKey, limit, f)
}

// NearMemoryCaughtUp is how many changes of other processes the copy in
// memory has taken from the database.
func (s *Store) NearMemoryCaughtUp() int64 {
	if s.nearMem == nil {
		return 0
	}
	return s.nearMem.caughtUp.Load()
}

// NearMemoryOn reports whether the copy in memory is on, and its count.
func (s *Store) NearMemoryOn() (bool, int64) {
	if s.nearMem == nil {
		return false, 0
	}
	s.nearMem.mu.RLock()
	defer s.nearMem.mu.RUnlock()
	return s.nearMem.on, s.nearMem.clock
}

// NearMemoryLookups are the lookups the copy answered and those it left
// to the table.
func (s *Store) NearMemoryLookups() (answered, missed int64) {
	if s.nearMem == nil {
		return 0, 0
	}
	return s.nearMem.answered.Load(), s.nearMem.missed.Load()
}

// NearMemoryScanned are the lookups a copy in memory left to the lists.
func (s *Store) NearMemoryScanned() int64 {
	if s.nearMem == nil {
		return 0
	}
	return s.nearMem.scanned.Load()
}

// NearMemoryKeys is the copy in memory: each key's numbers.
func (s *Store) NearMemoryKeys() map[int64][]uint32 {
	m := s.nearMem
	m.mu.RLock()
	defer m.mu.RUnlock()
	out := make(map[int64][]uint32, len(m.keys))
	for k, v := range m.keys {
		if v&listBit == 0 {
			out[k] = []uint32{v}
		} else {
			out[k] = append([]uint32(nil), m.lists[v&^listBit]...)
		}
	}
	return out
}

// SetNearLogCut sets how many changes near_log keeps and how often it is
// cut, until the test ends.
func SetNearLogCut(t interface{ Cleanup(func()) }, keep, every int64) {
	k, e := nearLogKeep, nearLogPruneEvery
	nearLogKeep, nearLogPruneEvery = keep, every
	t.Cleanup(func() { nearLogKeep, nearLogPruneEvery = k, e })
}

// NearMemoryBuilds is how many times the copy in memory was built.
func (s *Store) NearMemoryBuilds() int64 {
	if s.nearMem == nil {
		return 0
	}
	return s.nearMem.builds.Load()
}

// NearSetsCounts are the PostgreSQL copy's lookups answered at once,
// those that caught it up first, those left to the rows, the refs taken
// from the database and its builds.
func (s *Store) NearSetsCounts() (answered, missed, scanned, caughtUp, builds int64) {
	m := s.nearSets
	return m.answered.Load(), m.missed.Load(), m.scanned.Load(), m.caughtUp.Load(), m.builds.Load()
}

// NearSetsKeys is the PostgreSQL copy: each key's refs, in the copy's
// order.
func (s *Store) NearSetsKeys() map[int64][]string {
	m := s.nearSets
	m.mu.RLock()
	defer m.mu.RUnlock()
	out := make(map[int64][]string, m.runs.keys)
	m.runs.each(func(k int64, run []uint32) {
		for _, n := range run {
			if !m.dead[n] {
				out[k] = append(out[k], m.refs[n])
			}
		}
	})
	return out
}

// NearSetsCandidates are the PostgreSQL copy's candidates of keys as
// "ref:shared", building the copy first if it has not been.
func (s *Store) NearSetsCandidates(ctx context.Context, keys []int64, perKey, limit int) ([]string, error) {
	m := s.nearSets
	if err := m.build(ctx, s); err != nil {
		return nil, err
	}
	m.mu.RLock()
	c := m.candidates(keys, perKey, limit, false)
	m.mu.RUnlock()
	out := make([]string, len(c.refs))
	for i, r := range c.refs {
		out[i] = r + ":" + strconv.Itoa(c.shared[i])
	}
	return out, nil
}

// SetNearSetsCompactAt sets the fewest dead numbers the PostgreSQL copy
// compacts for, until the test ends.
func SetNearSetsCompactAt(t interface{ Cleanup(func()) }, n int) {
	old := nearSetsCompactAt
	nearSetsCompactAt = n
	t.Cleanup(func() { nearSetsCompactAt = old })
}

// SetNearSetsApplyHook runs f as each of s's commits that filed keys
// reaches its copy (applyOwn), before the copy's lock, until the test
// ends.
func SetNearSetsApplyHook(t interface{ Cleanup(func()) }, s *Store, f func()) {
	h := func(m *nearSets) {
		if m == s.nearSets {
			f()
		}
	}
	nearSetsApplyHook.Store(&h)
	t.Cleanup(func() { nearSetsApplyHook.Store(nil) })
}

// NearSetsUnordered is how many of the PostgreSQL copy's own commits were
// left to a catch-up, another own commit of one of their refs applied
// first.
func (s *Store) NearSetsUnordered() int64 { return s.nearSets.unordered.Load() }

// SetNearBatchOff sends every lookup from the PostgreSQL copy as a
// statement of its own, until the test ends.
func SetNearBatchOff(t interface{ Cleanup(func()) }) {
	old := nearBatchOff
	nearBatchOff = true
	t.Cleanup(func() { nearBatchOff = old })
}

// NearTextsAlone is NearTextsOf in a statement of its own.
func (s *Store) NearTextsAlone(ctx context.Context, refs []string) ([]core.NearRef, error) {
	return s.queries.nearTextsOf(ctx, refs, nil)
}

// NearEntriesAlone is NearEntriesOf in a statement of its own.
func (s *Store) NearEntriesAlone(ctx context.Context, refs []string, dec core.NearEntryDecoder) ([]core.NearRef, error) {
	return s.queries.nearTextsOf(ctx, refs, dec)
}
