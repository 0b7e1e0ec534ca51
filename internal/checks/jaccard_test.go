package checks

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// jaccardSets are two sorted unique sets of about n random hashes, the
// given share of them in both.
func jaccardSets(r *rand.Rand, n int, share float64) ([]uint64, []uint64) {
	var a, b []uint64
	for range n {
		x := r.Uint64()
		a = append(a, x)
		if r.Float64() < share {
			b = append(b, x)
		} else {
			b = append(b, r.Uint64())
		}
	}
	slices.Sort(a)
	slices.Sort(b)
	return slices.Compact(a), slices.Compact(b)
}

// TestJaccardCountsTheIntersection checks the merge against counting the
// intersection through a map, on sets of every overlap and of equal and
// unequal sizes, small values included (ties at the sets' ends).
func TestJaccardCountsTheIntersection(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for k := range 3000 {
		a, b := jaccardSets(r, r.IntN(150), float64(k%11)/10)
		if k%3 == 0 {
			b = b[:len(b)/2]
		}
		if k%7 == 0 {
			for i := range a {
				a[i] %= 64
			}
			slices.Sort(a)
			a = slices.Compact(a)
		}
		in := map[uint64]bool{}
		for _, x := range a {
			in[x] = true
		}
		inter := 0
		for _, x := range b {
			if in[x] {
				inter++
			}
		}
		want := 0.0
		if len(a) > 0 && len(b) > 0 {
			want = float64(inter) / float64(len(a)+len(b)-inter)
		}
		if got := jaccard(a, b); got != want {
			t.Fatalf("jaccard of %d and %d with %d shared = %v, want %v", len(a), len(b), inter, got, want)
		}
	}
}

// BenchmarkJaccard merges two 110-shingle sets sharing 40% of them.
func BenchmarkJaccard(b *testing.B) {
	x, y := jaccardSets(rand.New(rand.NewPCG(1, 2)), 110, 0.4)
	for b.Loop() {
		jaccard(x, y)
	}
}

// TestJaccardAtLeastAgrees checks the merge that stops early against
// jaccard: the same value wherever that is at least the target (the
// target itself included), -1 wherever it is less.
func TestJaccardAtLeastAgrees(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for k := range 5000 {
		a, b := jaccardSets(r, r.IntN(200), float64(k%11)/10)
		if k%3 == 0 {
			b = b[:len(b)/2]
		}
		want := jaccard(a, b)
		for _, target := range []float64{0, 0.1, 0.35, 0.5, 0.65, 0.8, 1, want, math.Nextafter(want, 2), math.Nextafter(want, -1)} {
			got := jaccardAtLeast(a, b, target)
			if old := jaccardAtLeastBranching(a, b, target); got != old {
				t.Fatalf("jaccardAtLeast(%d, %d shingles, %v) = %v, the branching merge %v", len(a), len(b), target, got, old)
			}
			switch {
			case want >= target && got != want:
				t.Fatalf("jaccardAtLeast(%d, %d shingles, %v) = %v, want %v", len(a), len(b), target, got, want)
			case want < target && got != -1:
				t.Fatalf("jaccardAtLeast(%d, %d shingles, %v) = %v, want -1 (jaccard %v)", len(a), len(b), target, got, want)
			}
		}
	}
}

// jaccard of two sorted unique sets, the whole merge: the reference
// jaccardAtLeast must agree with (TestJaccardAtLeastAgrees).
func jaccard(a, b []uint64) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	inter, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			inter++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return float64(inter) / float64(len(a)+len(b)-inter)
}

// BenchmarkJaccardAtLeast is the merge checkDuplicate runs, over 1,000
// pairs of about 110-shingle sets sharing 40% of them (different pairs,
// as a check's neighbours are, so the processor cannot learn one merge's
// branches), against a target they reach (0.2) and one they cannot (0.5,
// stopped early).
func BenchmarkJaccardAtLeast(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 2))
	var pairs [][2][]uint64
	for range 1000 {
		x, y := jaccardSets(r, 100+r.IntN(20), 0.4)
		pairs = append(pairs, [2][]uint64{x, y})
	}
	for _, target := range []float64{0.2, 0.5} {
		for _, f := range []struct {
			name string
			fn   func(a, b []uint64, target float64) float64
		}{{"", jaccardAtLeast}, {"branching/", jaccardAtLeastBranching}} {
			b.Run(fmt.Sprintf("%starget=%v", f.name, target), func(b *testing.B) {
				i := 0
				for b.Loop() {
					p := &pairs[i%len(pairs)]
					f.fn(p[0], p[1], target)
					i++
				}
			})
		}
	}
}

// jaccardAtLeastBranching is jaccardAtLeast as it was before its merge
// lost its branches (#17), for BenchmarkJaccardAtLeast to compare.
func jaccardAtLeastBranching(a, b []uint64, target float64) float64 {
	if len(a) == 0 || len(b) == 0 {
		if target <= 0 {
			return 0
		}
		return -1
	}
	n := len(a) + len(b)
	inter, i, j := 0, 0, 0
	for step := 0; i < len(a) && j < len(b); step++ {
		if step&15 == 15 {
			top := inter + min(len(a)-i, len(b)-j)
			if float64(top)/float64(n-top) < target {
				return -1
			}
		}
		switch {
		case a[i] == b[j]:
			inter++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	if jac := float64(inter) / float64(n-inter); jac >= target {
		return jac
	}
	return -1
}
