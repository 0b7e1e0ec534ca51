package sqlstore

import (
	"math"
	"math/rand/v2"
	"slices"
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
