package sqlstore

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// groupBySorting is what nearScratch.group replaced: sort ns, count the
// runs, sort the counts (the most first, ties by cmp), keep limit.
func groupBySorting(ns []uint32, limit int, cmp func(a, b uint32) int) []nearCount {
	ns = slices.Clone(ns)
	slices.Sort(ns)
	var counts []nearCount
	for i := 0; i < len(ns); {
		j := i + 1
		for j < len(ns) && ns[j] == ns[i] {
			j++
		}
		counts = append(counts, nearCount{ns[i], int32(j - i)})
		i = j
	}
	slices.SortFunc(counts, func(a, b nearCount) int {
		if a.c != b.c {
			return int(b.c - a.c)
		}
		return cmp(a.n, b.n)
	})
	return counts[:min(len(counts), limit)]
}

// TestNearGroupAgreesWithSorting: the counting table and histogram give
// the numbers, counts and order the sort gave, for lookups of every shape
// (few and many numbers, many ties at the limit, numbers far apart), by
// number (SQLite's copy) and by ref (PostgreSQL's, refs not in number
// order), with one scratch reused throughout (its table must be left
// clear).
func TestNearGroupAgreesWithSorting(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	sc := &nearScratch{}
	refs := make([]string, 5000)
	for i := range refs {
		refs[i] = "r" + strconv.Itoa(r.IntN(1_000_000))
	}
	byNumber := func(a, b uint32) int { return int(int64(a) - int64(b)) }
	byRef := func(a, b uint32) int {
		if c := strings.Compare(refs[a], refs[b]); c != 0 {
			return c
		}
		return byNumber(a, b)
	}
	for round := range 3000 {
		universe := 1 + r.IntN(5000)
		keys := r.IntN(130)
		perKey := 1 + r.IntN(40)
		var ns []uint32
		for range keys {
			// a key's numbers are distinct
			seen := map[uint32]bool{}
			for range r.IntN(perKey + 1) {
				n := uint32(r.IntN(universe))
				if round%3 == 0 {
					n = uint32(r.IntN(min(universe, 80))) // many ties
				}
				if !seen[n] {
					seen[n] = true
					ns = append(ns, n)
				}
			}
		}
		limit := []int{1, 8, 64, 64, 1000}[r.IntN(5)]
		cmp := byNumber
		if round%2 == 1 {
			cmp = byRef
		}
		want := groupBySorting(ns, limit, cmp)
		got := slices.Clone(sc.group(slices.Clone(ns), limit, cmp))
		if len(want) == 0 && len(got) == 0 {
			continue
		}
		if !slices.Equal(got, want) {
			t.Fatalf("round %d (%d numbers, limit %d): got %v, want %v", round, len(ns), limit, got, want)
		}
		for n, c := range sc.tally {
			if c != 0 {
				t.Fatalf("round %d: tally[%d] = %d left", round, n, c)
			}
		}
		// In cmp's order alone (NearRefs): the same numbers and counts.
		wantIn := slices.Clone(want)
		slices.SortFunc(wantIn, func(a, b nearCount) int { return cmp(a.n, b.n) })
		if gotIn := sc.groupIn(slices.Clone(ns), limit, cmp, true); !slices.Equal(gotIn, wantIn) {
			t.Fatalf("round %d (%d numbers, limit %d) in cmp's order: got %v, want %v", round, len(ns), limit, gotIn, wantIn)
		}
	}
}

// BenchmarkNearGroup: one lookup's grouping, 128 keys of 32 numbers of
// 10,000 (ties by ref), against the sort it replaced.
func BenchmarkNearGroup(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 2))
	refs := make([]string, 10000)
	for i := range refs {
		refs[i] = "01J" + strconv.Itoa(1_000_000+r.IntN(1_000_000)) + "XYZXYZXYZXYZXYZ"
	}
	var ns []uint32
	for range 128 {
		base := r.IntN(9000)
		for j := range 32 {
			ns = append(ns, uint32(base+j*r.IntN(30)/10))
		}
	}
	byRef := func(a, b uint32) int { return strings.Compare(refs[a], refs[b]) }
	b.Run("group", func(b *testing.B) {
		sc := &nearScratch{}
		buf := make([]uint32, len(ns))
		for b.Loop() {
			copy(buf, ns)
			sc.group(buf, 64, byRef)
		}
	})
	b.Run("sort", func(b *testing.B) {
		buf := make([]uint32, len(ns))
		for b.Loop() {
			copy(buf, ns)
			oldRankSets(buf, func(n uint32) string { return refs[n] }, 64)
		}
	})
}

func oldRankSets(ns []uint32, refOf func(uint32) string, limit int) nearSetsCands {
	sc := nearScratchPool.Get().(*nearScratch)
	defer nearScratchPool.Put(sc)
	slices.Sort(ns)
	counts := sc.counts[:0]
	defer func() { sc.counts = counts[:0] }()
	for i := 0; i < len(ns); {
		j := i + 1
		for j < len(ns) && ns[j] == ns[i] {
			j++
		}
		counts = append(counts, nearCount{ns[i], int32(j - i)})
		i = j
	}
	byRef := func(a, b nearCount) int { return strings.Compare(refOf(a.n), refOf(b.n)) }
	if len(counts) > limit {
		slices.SortFunc(counts, func(a, b nearCount) int { return int(b.c - a.c) })
		edge := counts[limit-1].c
		lo, hi := limit-1, limit
		for lo > 0 && counts[lo-1].c == edge {
			lo--
		}
		for hi < len(counts) && counts[hi].c == edge {
			hi++
		}
		slices.SortFunc(counts[lo:hi], byRef)
		counts = counts[:limit]
	}
	slices.SortFunc(counts, func(a, b nearCount) int {
		if a.c != b.c {
			return int(b.c - a.c)
		}
		return byRef(a, b)
	})
	out := nearSetsCands{refs: make([]string, len(counts)), shared: make([]int, len(counts))}
	for i, c := range counts {
		out.refs[i], out.shared[i] = refOf(c.n), int(c.c)
	}
	return out
}

// selectLeast puts the k least in front for every k, whatever the input's
// order (sorted, reversed, random, few elements), as a sort would.
func TestSelectLeastAsSorting(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	cmp := func(a, b int) int { return a - b }
	for round := range 4000 {
		n := r.IntN(300)
		if round%10 == 0 {
			n = r.IntN(5000)
		}
		s := r.Perm(n)
		switch round % 4 {
		case 1:
			slices.Sort(s)
		case 2:
			slices.Sort(s)
			slices.Reverse(s)
		case 3: // organ pipe
			slices.Sort(s)
			slices.Reverse(s[n/2:])
		}
		k := 0
		if n > 0 {
			k = r.IntN(n + 1)
		}
		got := slices.Clone(s)
		selectLeast(got, k, cmp)
		if !slices.Equal(slices.Sorted(slices.Values(got)), slices.Sorted(slices.Values(s))) {
			t.Fatalf("round %d: not a permutation", round)
		}
		head := slices.Clone(got[:k])
		slices.Sort(head)
		want := slices.Sorted(slices.Values(s))[:k]
		if !slices.Equal(head, want) {
			t.Fatalf("round %d (n %d, k %d): the first k are %v, want %v", round, n, k, head, want)
		}
	}
}
