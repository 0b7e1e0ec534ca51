package sqlstore

import (
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestNearRunsAsMap files random keys' numbers into nearRuns and into a
// map of sorted slices, through splits (few numbers a bucket) and
// filters, and checks that every key's run, the absent keys, the counts
// and each's enumeration are the map's.
func TestNearRunsAsMap(t *testing.T) {
	first, per := nearRunsFirstBuckets, nearRunsPerBucket
	t.Cleanup(func() { nearRunsFirstBuckets, nearRunsPerBucket = first, per })
	for _, shape := range []struct{ first, per, keySpace int }{{1, 2, 50}, {2, 3, 1000}, {4, 8, 1 << 20}, {64, 192, 300}} {
		nearRunsFirstBuckets, nearRunsPerBucket = shape.first, shape.per
		rng := rand.New(rand.NewPCG(uint64(shape.first), uint64(shape.keySpace)))
		edge := []int64{0, 1, -1, math.MinInt64, math.MaxInt64, math.MinInt64 + 1, math.MaxInt64 - 1}
		key := func() int64 {
			switch rng.IntN(4) {
			case 0:
				return edge[rng.IntN(len(edge))]
			case 1:
				return int64(rng.Uint64()) // anywhere
			default:
				return int64(rng.IntN(shape.keySpace)) - int64(shape.keySpace/2)
			}
		}
		var r nearRuns
		want := map[int64][]uint32{}
		place := func(n uint32) func(run []uint32) (int, bool) {
			return func(run []uint32) (int, bool) {
				i, found := slices.BinarySearch(run, n)
				return i, !found
			}
		}
		check := func(step int) {
			t.Helper()
			nums := 0
			for k, w := range want {
				if got := r.run(k); !slices.Equal(got, w) {
					t.Fatalf("shape %v step %d: key %d files %v, want %v", shape, step, k, got, w)
				}
				nums += len(w)
			}
			if r.keys != len(want) || r.nums != nums {
				t.Fatalf("shape %v step %d: %d keys %d numbers, want %d and %d", shape, step, r.keys, r.nums, len(want), nums)
			}
			for range 20 {
				if k := key(); want[k] == nil && r.run(k) != nil {
					t.Fatalf("shape %v step %d: absent key %d files %v", shape, step, k, r.run(k))
				}
			}
			seen := 0
			r.each(func(k int64, run []uint32) {
				seen++
				if !slices.Equal(run, want[k]) {
					t.Fatalf("shape %v step %d: each gives key %d %v, want %v", shape, step, k, run, want[k])
				}
			})
			if seen != len(want) {
				t.Fatalf("shape %v step %d: each gave %d keys, want %d", shape, step, seen, len(want))
			}
		}
		next := uint32(0)
		for step := range 20000 {
			switch op := rng.IntN(100); {
			case op < 90:
				k := key()
				// Mostly a new number (at a run's end), sometimes one
				// already filed elsewhere or under this key.
				n := next
				if rng.IntN(4) == 0 && next > 0 {
					n = uint32(rng.IntN(int(next)))
				} else {
					next++
				}
				r.insert(k, n, place(n))
				if i, found := slices.BinarySearch(want[k], n); !found {
					want[k] = slices.Insert(want[k], i, n)
				}
			case op < 92 && next > 0:
				drop := uint32(rng.IntN(int(next)))
				keep := func(n uint32) bool { return n%7 != drop%7 }
				r.filter(keep)
				for k, w := range want {
					w = slices.DeleteFunc(w, func(n uint32) bool { return !keep(n) })
					if len(w) == 0 {
						delete(want, k)
					} else {
						want[k] = w
					}
				}
			}
			if step%97 == 0 {
				check(step)
			}
		}
		check(20000)
		if shape.per < 10 && len(r.buckets) <= shape.first {
			t.Errorf("shape %v: the buckets never split (%d)", shape, len(r.buckets))
		}
	}
}

// TestNearMixIsABijection: nearUnmix undoes nearMix (a bucket's hashes
// are its keys).
func TestNearMixIsABijection(t *testing.T) {
	if nearMixMul*nearMixInv != 1 {
		t.Fatalf("nearMixInv %#x is not nearMixMul's inverse", nearMixInv)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for _, k := range []int64{0, 1, -1, math.MinInt64, math.MaxInt64} {
		if got := nearUnmix(nearMix(k)); got != k {
			t.Fatalf("nearUnmix(nearMix(%d)) = %d", k, got)
		}
	}
	for range 100000 {
		k := int64(rng.Uint64())
		if got := nearUnmix(nearMix(k)); got != k {
			t.Fatalf("nearUnmix(nearMix(%d)) = %d", k, got)
		}
	}
}

// TestRefUUIDOrderAsStrings: canonical lower-case UUIDs compare as their
// strings do (random ones, and ones sharing long prefixes as a launch's
// UUIDv7s do); anything else is not read as one.
func TestRefUUIDOrderAsStrings(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	const hex = "0123456789abcdef"
	uuid := func(prefix string) string {
		b := []byte(prefix)
		for len(b) < 36 {
			if i := len(b); i == 8 || i == 13 || i == 18 || i == 23 {
				b = append(b, '-')
			} else {
				b = append(b, hex[rng.IntN(16)])
			}
		}
		return string(b)
	}
	var refs []string
	for range 300 {
		refs = append(refs, uuid(""), uuid("01a23b20-fd00-7"), uuid("01a23b20-fd00-7e3c-8318-1653667"))
	}
	refs = append(refs, "00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff", refs[0])
	for _, a := range refs {
		ua, ok := parseRefUUID(a)
		if !ok {
			t.Fatalf("%q not read", a)
		}
		for _, b := range refs[:200] {
			ub, _ := parseRefUUID(b)
			if got, want := ua.cmp(ub), strings.Compare(a, b); got != want {
				t.Fatalf("%q against %q: %d, strings %d", a, b, got, want)
			}
		}
	}
	for _, s := range []string{"", "a", "01A23B20-FD00-7E3C-8318-16536673271B", "01a23b20-fd00-7e3c-8318-16536673271B",
		"01a23b20fd007e3c831816536673271b", "01a23b20-fd00-7e3c-8318-16536673271", "01a23b20-fd00-7e3c-8318-16536673271bb",
		"01a23b20-fd00-7e3c-8318_16536673271b", "01a23b2g-fd00-7e3c-8318-16536673271b", "{1a23b20-fd00-7e3c-8318-16536673271b"} {
		if _, ok := parseRefUUID(s); ok {
			t.Errorf("%q read as a UUID", s)
		}
	}
}
