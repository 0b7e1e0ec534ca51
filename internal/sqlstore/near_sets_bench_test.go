package sqlstore

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"syscall"
	"testing"
	"time"

	"github.com/copydesk/copydesk/internal/core"
)

// nearSetsLaunch is a copy filed as a launch files it: n drafts' refs
// (UUIDv7-like, sharing their first 13 characters), 64 keys each, a
// draft's keys shared with others of its template as the offline
// writer's copy shares them (some with every draft of the template, some
// with a few), filed in a shuffled order; with each draft's keys.
func nearSetsLaunch(n int) (*nearSets, [][]int64) {
	rng := rand.New(rand.NewPCG(5, 6))
	m := &nearSets{state: nearSetsOn, num: map[string]uint32{}}
	refs := make([]string, n)
	keys := make([][]int64, n)
	for i := range n {
		refs[i] = fmt.Sprintf("01a23b20-fd00-7%03x-%04x-%012x", i>>16, rng.IntN(1<<16), rng.Uint64()>>16)
		tmpl := i % 48
		for j := range 64 {
			var k int64
			switch {
			case j < 8: // the template's own words
				k = int64(tmpl<<8 | j)
			case j < 28: // shared with a few of the template's drafts
				k = int64(1<<40 | tmpl<<20 | j<<12 | rng.IntN(40))
			default: // the draft's own
				k = int64(rng.Uint64())
			}
			keys[i] = append(keys[i], k)
		}
	}
	order := rng.Perm(n)
	m.mu.Lock()
	for _, i := range order {
		m.set(refs[i], distinctKeys(keys[i]))
	}
	m.mu.Unlock()
	return m, keys
}

// BenchmarkNearSetsCandidates is one lookup of the PostgreSQL copy at
// 10,000 drafts, by ref (NearRefs' candidates).
func BenchmarkNearSetsCandidates(b *testing.B) {
	m, keys := nearSetsLaunch(10000)
	b.ReportAllocs()
	b.ResetTimer()
	cpu0, i := processCPU(), 0
	for ; b.Loop(); i++ {
		m.mu.RLock()
		m.candidates(keys[(i*7919)%len(keys)], 32, 64, true)
		m.mu.RUnlock()
	}
	b.ReportMetric(float64(processCPU()-cpu0)/float64(i), "cpu-ns/op")
}

// processCPU is this process's CPU time (user and system): a benchmark's
// figure that a loaded machine distorts less than wall time.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkNearSetsFile files 2,000 drafts' keys into a copy of 10,000
// (a launch's own commits, applyOwn's set).
func BenchmarkNearSetsFile(b *testing.B) {
	var cpu time.Duration
	n := 0
	for b.Loop() {
		b.StopTimer()
		m, keys := nearSetsLaunch(10000)
		more := make([][]int64, 2000)
		for i := range more {
			more[i] = distinctKeys(slices.Clone(keys[(i*31)%len(keys)]))
			more[i][0]++ // not the same set
		}
		refs := make([]string, len(more))
		for i := range refs {
			refs[i] = fmt.Sprintf("01a23b20-fd00-7fff-%04x-%012x", i, i)
		}
		b.StartTimer()
		cpu0 := processCPU()
		m.mu.Lock()
		for i, ks := range more {
			m.set(refs[i], ks)
		}
		m.mu.Unlock()
		cpu += processCPU() - cpu0
		n++
	}
	b.ReportMetric(float64(cpu)/float64(n), "cpu-ns/op")
}

// nearSetsOwnLog is a group commit's near_put as sendNearSets leaves it:
// 16 drafts' distinct keys (new refs) under transaction ID xid.
func nearSetsOwnLog(keys [][]int64, xid int64) *nearSetsTx {
	log := &nearSetsTx{xid: xid}
	for j := range 16 {
		ks := distinctKeys(keys[(int(xid)*16+j)%len(keys)])
		ks[len(ks)-1]++ // not the same set
		log.items = append(log.items, core.NearKeys{Ref: fmt.Sprintf("01a23b20-fd00-7fff-%04x-%012x", j, xid), Keys: ks})
	}
	return log
}

// BenchmarkNearSetsApplyOwn gives a copy of 10,000 drafts a group
// commit's 16 new drafts' keys (applyOwn), as a worker's commits do
// (perf39: its keys' array for the lookups' untouched test).
func BenchmarkNearSetsApplyOwn(b *testing.B) {
	m, keys := nearSetsLaunch(10000)
	logs := make([]*nearSetsTx, 0, 4096)
	for x := range 4096 {
		logs = append(logs, nearSetsOwnLog(keys, int64(x+1)))
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if i == len(logs) {
			b.StopTimer()
			m, _ = nearSetsLaunch(10000)
			i = 0
			b.StartTimer()
		}
		m.applyOwn(logs[i], true)
		i++
	}
}

// TestApplyOwnTouchedAsBefore: an own commit's touched keys are its
// items' keys, ascending, each once, as distinctKeys of their
// concatenation gave them; none for a commit that re-keyed a ref.
func TestApplyOwnTouchedAsBefore(t *testing.T) {
	m, keys := nearSetsLaunch(2000)
	for x := int64(1); x <= 50; x++ {
		log := nearSetsOwnLog(keys, x)
		var all []int64
		for _, it := range log.items {
			all = append(all, it.Keys...)
		}
		want := distinctKeys(all)
		m.applyOwn(log, true)
		if got := m.touched[x]; !slices.Equal(got, want) {
			t.Fatalf("commit %d touched %v, want %v", x, got, want)
		}
	}
	// The first commit's refs again, re-keyed: no touched keys kept.
	log := nearSetsOwnLog(keys, 1)
	log.xid = 51
	m.applyOwn(log, true)
	if got, ok := m.touched[51]; ok {
		t.Fatalf("a re-keying commit touched %v", got)
	}
}
