package neardup

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// sets returns two sets of hashes of about n elements with Jaccard
// similarity j.
func sets(r *rand.Rand, n int, j float64) ([]uint64, []uint64, float64) {
	shared := int(math.Round(float64(2*n) * j / (1 + j)))
	var a, b []uint64
	for range shared {
		x := r.Uint64()
		a, b = append(a, x), append(b, x)
	}
	for range n - shared {
		a = append(a, r.Uint64())
		b = append(b, r.Uint64())
	}
	return a, b, float64(shared) / float64(2*n-shared)
}

func TestSimilarityEstimatesJaccard(t *testing.T) {
	t.Parallel()
	r := rand.New(rand.NewPCG(1, 2))
	for _, j := range []float64{0, 0.1, 0.3, 0.5, 0.8, 1} {
		var sumErr float64
		const trials = 200
		for range trials {
			a, b, exact := sets(r, 120, j)
			sa, sb := Of(a), Of(b)
			est := sa.Similarity(&sb)
			sumErr += (est - exact) * (est - exact)
		}
		rmse := math.Sqrt(sumErr / trials)
		// The standard error is sqrt(J(1-J)/K) <= 0.045; allow for noise.
		if rmse > 0.06 {
			t.Errorf("J=%.1f: RMSE %.3f of the estimate, want <= 0.06", j, rmse)
		}
	}
}

func TestIdenticalAndEmpty(t *testing.T) {
	t.Parallel()
	a := []uint64{1, 2, 3, 4, 5}
	sa, sb := Of(a), Of([]uint64{5, 4, 3, 2, 1, 1})
	if got := sa.Similarity(&sb); got != 1 {
		t.Errorf("same set: similarity %v, want 1", got)
	}
	e := Of(nil)
	if !e.Empty() || e.Similarity(&sa) != 0 || sa.Similarity(&e) != 0 {
		t.Errorf("an empty set must be similar to nothing")
	}
	if e.Bands(2) != nil || e.Bytes() != nil {
		t.Errorf("an empty set has no bands and no bytes")
	}
}

func TestBytesRoundTrip(t *testing.T) {
	t.Parallel()
	s := Of([]uint64{10, 20, 30})
	back := FromBytes(s.Bytes())
	if back != s {
		t.Fatalf("round trip changed the signature")
	}
	if bad := FromBytes([]byte{1, 2, 3}); !bad.Empty() {
		t.Errorf("short bytes must decode as empty")
	}
}

// TestBandsFindSimilar checks the banding's S-curve: pairs at J >= 0.3
// share a band key almost always, pairs at J <= 0.05 rarely.
func TestBandsFindSimilar(t *testing.T) {
	t.Parallel()
	r := rand.New(rand.NewPCG(3, 4))
	share := func(j float64) float64 {
		hits := 0
		const trials = 300
		for range trials {
			a, b, _ := sets(r, 120, j)
			sa, sb := Of(a), Of(b)
			keys := map[uint64]bool{}
			for _, k := range sa.Bands(2) {
				keys[k] = true
			}
			for _, k := range sb.Bands(2) {
				if keys[k] {
					hits++
					break
				}
			}
		}
		return float64(hits) / trials
	}
	if p := share(0.3); p < 0.97 {
		t.Errorf("J=0.3: candidates in %.2f of pairs, want >= 0.97", p)
	}
	if p := share(0.02); p > 0.1 {
		t.Errorf("J=0.02: candidates in %.2f of pairs, want <= 0.1", p)
	}
}

func BenchmarkOf(b *testing.B) {
	r := rand.New(rand.NewPCG(5, 6))
	a, _, _ := sets(r, 120, 0)
	for b.Loop() {
		Of(a)
	}
}

func BenchmarkSimilarity(b *testing.B) {
	r := rand.New(rand.NewPCG(7, 8))
	a, c, _ := sets(r, 120, 0.3)
	sa, sc := Of(a), Of(c)
	for b.Loop() {
		sa.Similarity(&sc)
	}
}

// TestSimilarityCountsAgreeingValues: the four-lanes-at-a-time count
// equals counting the agreeing values one by one, at every number of
// agreements and for values that differ in one bit, the top bit or all.
func TestSimilarityCountsAgreeingValues(t *testing.T) {
	t.Parallel()
	r := rand.New(rand.NewPCG(9, 10))
	for trial := range 2000 {
		var a, b Signature
		var av, bv [K]uint16
		for i := range av {
			av[i] = uint16(r.Uint32())
			bv[i] = av[i]
			switch r.IntN(5) {
			case 0:
				bv[i] ^= 1 << r.IntN(16)
			case 1:
				bv[i] ^= 0x8000
			case 2:
				bv[i] = uint16(r.Uint32())
			case 3:
				bv[i] = ^av[i]
			}
			if trial%7 == 0 {
				bv[i] = av[i] // identical
			}
			a.set(i, av[i])
			b.set(i, bv[i])
		}
		n := 0
		for i := range av {
			if a.at(i) != av[i] || b.at(i) != bv[i] {
				t.Fatalf("value %d not kept", i)
			}
			if av[i] == bv[i] {
				n++
			}
		}
		if got, want := a.Similarity(&b), float64(n)/K; got != want {
			t.Fatalf("trial %d: Similarity = %v, want %v", trial, got, want)
		}
	}
}

// TestOfMatchesDefinition: Of gives, value for value, the top 16 bits of
// each hash function's minimum over the set, for sets of every size up to
// 300 (signatures are stored as band keys, so they must never change).
func TestOfMatchesDefinition(t *testing.T) {
	t.Parallel()
	r := rand.New(rand.NewPCG(11, 12))
	for n := 1; n <= 300; n += 7 {
		set := make([]uint64, n)
		for i := range set {
			set[i] = r.Uint64()
		}
		got := Of(set)
		for i := range K {
			m := ^uint64(0)
			for _, x := range set {
				m = min(m, seeds[i][0]*x+seeds[i][1])
			}
			if want := uint16(m >> 48); got.at(i) != want {
				t.Fatalf("n=%d: value %d is %#x, want %#x", n, i, got.at(i), want)
			}
		}
	}
}

// keysWithMap is Keys as it was: duplicates dropped through a map.
func keysWithMap(bands []uint64, scope string) []int64 {
	if len(bands) == 0 {
		return nil
	}
	h := uint64(0xcbf29ce484222325)
	for i := 0; i < len(scope); i++ {
		h = (h ^ uint64(scope[i])) * 0x100000001b3
	}
	out := make([]int64, 0, len(bands))
	seen := make(map[int64]struct{}, len(bands))
	for _, b := range bands {
		x := b ^ h
		x = splitmix(&x)
		k := int64(x)
		if _, dup := seen[k]; dup {
			continue
		}
		seen[k] = struct{}{}
		out = append(out, k)
	}
	return out
}

// TestKeysAsWithAMap: the same keys in the same order as the map gave,
// with and without duplicate bands, and past the stack buffer's 128.
func TestKeysAsWithAMap(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for round := range 2000 {
		n := r.IntN(200)
		bands := make([]uint64, n)
		for i := range bands {
			bands[i] = r.Uint64()
			if round%2 == 0 && i > 0 && r.IntN(8) == 0 {
				bands[i] = bands[r.IntN(i)]
			}
		}
		got, want := Keys(bands, "draft\x00L\x00en-GB\x00pdp"), keysWithMap(bands, "draft\x00L\x00en-GB\x00pdp")
		if !slices.Equal(got, want) {
			t.Fatalf("round %d: %v, want %v", round, got, want)
		}
	}
}
