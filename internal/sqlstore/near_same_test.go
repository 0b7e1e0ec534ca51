package sqlstore

import (
	"slices"
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestNearSetsSameCandidates: a lookup whose statement found the copy
// lacking own commits keeps its answer only when the copy's changes since
// its candidates are those commits, each applied once and nothing else,
// and the candidates they give now are the same (refs and counts).
func TestNearSetsSameCandidates(t *testing.T) {
	newCopy := func() *nearSets {
		m := &nearSets{state: nearSetsOn, num: map[string]uint32{}}
		m.snap = pgSnapshot{xmin: 100, xmax: 100}
		m.mu.Lock()
		for i, ref := range []string{"a", "b", "c", "d"} {
			m.set(ref, []int64{1, 2, int64(10 + i)})
		}
		m.mu.Unlock()
		return m
	}
	commit := func(m *nearSets, xid int64, items ...core.NearKeys) {
		log := &nearSetsTx{xid: xid, items: items}
		m.beginCommit(log)
		m.applyOwn(log, true)
	}
	keys := []int64{1, 2, 3}
	for _, byRef := range []bool{true, false} {
		look := func(m *nearSets, limit int) (nearSetsCands, uint64) {
			m.mu.RLock()
			defer m.mu.RUnlock()
			return m.candidates(keys, 32, limit, byRef), m.changes
		}
		// A commit filing none of the candidates' keys' first refs'
		// ranks: same candidates.
		m := newCopy()
		c, at := look(m, 10)
		commit(m, 101, core.NearKeys{Ref: "e", Keys: []int64{99}})
		if !m.sameCandidates(at, []int64{101}, keys, 32, 10, byRef, c) {
			t.Errorf("byRef %v: an own commit away from the keys: not kept", byRef)
		}
		// Two commits, both named: kept; one of them not named: not.
		m = newCopy()
		c, at = look(m, 10)
		commit(m, 101, core.NearKeys{Ref: "e", Keys: []int64{99}})
		commit(m, 102, core.NearKeys{Ref: "f", Keys: []int64{98}})
		if !m.sameCandidates(at, []int64{102, 101}, keys, 32, 10, byRef, c) {
			t.Errorf("byRef %v: two own commits named: not kept", byRef)
		}
		if m.sameCandidates(at, []int64{101}, keys, 32, 10, byRef, c) {
			t.Errorf("byRef %v: an own commit the statement did not name: kept", byRef)
		}
		if m.sameCandidates(at, []int64{101, 102, 103}, keys, 32, 10, byRef, c) {
			t.Errorf("byRef %v: a named commit not applied: kept", byRef)
		}
		// A commit adding a candidate: not kept.
		m = newCopy()
		c, at = look(m, 10)
		commit(m, 101, core.NearKeys{Ref: "e", Keys: []int64{1, 3}})
		if m.sameCandidates(at, []int64{101}, keys, 32, 10, byRef, c) {
			t.Errorf("byRef %v: a new candidate: kept", byRef)
		}
		// A commit changing a candidate's count: not kept by count, and
		// not by ref either when it changes who is kept at the limit.
		m = newCopy()
		c, at = look(m, 2)
		commit(m, 101, core.NearKeys{Ref: "d", Keys: []int64{1, 2, 3}}) // d re-keyed: now shares 3 keys
		if m.sameCandidates(at, []int64{101}, keys, 32, 2, byRef, c) {
			t.Errorf("byRef %v: a re-keyed candidate taking the limit: kept", byRef)
		}
		// A catch-up (a change of no own commit) between: not kept.
		m = newCopy()
		c, at = look(m, 10)
		m.mu.Lock()
		m.set("g", []int64{97})
		m.changed(0)
		m.mu.Unlock()
		commit(m, 101, core.NearKeys{Ref: "e", Keys: []int64{99}})
		if m.sameCandidates(at, []int64{101}, keys, 32, 10, byRef, c) {
			t.Errorf("byRef %v: a catch-up between: kept", byRef)
		}
		// The same commit named twice, or 64 named (near_lacking's most):
		// not kept.
		m = newCopy()
		c, at = look(m, 10)
		commit(m, 101, core.NearKeys{Ref: "e", Keys: []int64{99}})
		if m.sameCandidates(at, []int64{101, 101}, keys, 32, 10, byRef, c) {
			t.Errorf("byRef %v: one commit named twice: kept", byRef)
		}
		many := make([]int64, 64)
		for i := range many {
			many[i] = int64(101 + i)
		}
		if m.sameCandidates(at, many, keys, 32, 10, byRef, c) {
			t.Errorf("byRef %v: 64 named: kept", byRef)
		}
		if m.sameCandidates(at, slices.Clone(many[:0]), keys, 32, 10, byRef, c) {
			t.Errorf("byRef %v: none named: kept", byRef)
		}
	}
}
