package checks

import (
	"math/rand/v2"
	"testing"
)

// damerauFull is damerau as it was before the band (#17): every cell of
// the table, rows copied. Kept to show the banded one agrees with it.
func damerauFull(a, b string, max int) int {
	ar, br, na, nb, ok := damerauRunes(a, b, max)
	if !ok {
		return max + 1
	}
	var prev2, prev, cur [33]int
	for j := 0; j <= nb; j++ {
		prev[j] = j
	}
	for i := 1; i <= na; i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= nb; j++ {
			cost := 1
			if ar[i-1] == br[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ar[i-1] == br[j-2] && ar[i-2] == br[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			best = min(best, v)
		}
		if best > max {
			return max + 1
		}
		prev2, prev = prev, cur
	}
	return prev[nb]
}

// same reports whether the two answers say the same to a caller: the
// distance when it is within max, "more than max" otherwise.
func sameDistance(got, want, max int) bool {
	if want > max {
		return got > max
	}
	return got == want
}

func TestDamerauAgreesWithFullTable(t *testing.T) {
	for _, c := range []struct {
		a, b string
		max  int
		want int
	}{
		{"moments", "moments", 2, 0},
		{"moments", "momnets", 2, 1}, // a transposition
		{"moments", "moment", 2, 1},
		{"moments", "momenti", 2, 1},
		{"moments", "momentos", 2, 1},
		{"heritage", "heritgae", 1, 1},
		{"lumiere", "lumière", 2, 1},
		{"abc", "cab", 2, 2},
		{"abcdef", "fedcba", 2, 3},
		{"", "ab", 2, 2},
		{"", "abc", 2, 3},
		{"signature", "signatures", 1, 1},
	} {
		if got := damerau(c.a, c.b, c.max); got != c.want || !sameDistance(got, damerauFull(c.a, c.b, c.max), c.max) {
			t.Errorf("damerau(%q, %q, %d) = %d, want %d (full table %d)", c.a, c.b, c.max, got, c.want, damerauFull(c.a, c.b, c.max))
		}
	}
	rng := rand.New(rand.NewPCG(17, 17))
	word := func(alpha []rune) string {
		n := rng.IntN(12)
		r := make([]rune, n)
		for i := range r {
			r[i] = alpha[rng.IntN(len(alpha))]
		}
		return string(r)
	}
	// Small alphabets, so that words are often within a few edits; one
	// with multi-byte letters.
	for _, alpha := range [][]rune{[]rune("ab"), []rune("abc"), []rune("aeiouy"), []rune("éèaøß")} {
		for range 50000 {
			a, b := word(alpha), word(alpha)
			if rng.IntN(2) == 0 { // a few edits of a
				r := []rune(a)
				for range rng.IntN(4) {
					if len(r) > 1 {
						k := rng.IntN(len(r) - 1)
						r[k], r[k+1] = r[k+1], r[k]
					}
				}
				b = string(r)
			}
			for max := 0; max <= 3; max++ {
				if got, want := damerau(a, b, max), damerauFull(a, b, max); !sameDistance(got, want, max) {
					t.Fatalf("damerau(%q, %q, %d) = %d, the full table %d", a, b, max, got, want)
				}
			}
		}
	}
}

func FuzzDamerau(f *testing.F) {
	f.Add("moments", "momnets", 2)
	f.Add("heritage", "heritgae", 1)
	f.Fuzz(func(t *testing.T, a, b string, max int) {
		max = max & 3
		if got, want := damerau(a, b, max), damerauFull(a, b, max); !sameDistance(got, want, max) {
			t.Fatalf("damerau(%q, %q, %d) = %d, the full table %d", a, b, max, got, want)
		}
	})
}

// damerauWords are the benchmarks' words: collection names and the words
// beside them in copy, as the trademark check compares them.
var damerauWords = []string{"moments", "collection", "heritage", "signature", "timeless", "lumière", "kollektion", "collezione", "pendant", "necklace"}

func BenchmarkDamerau(b *testing.B) {
	for b.Loop() {
		for _, w := range damerauWords {
			for _, n := range damerauWords[:5] {
				damerau(w, n, 2)
			}
		}
	}
}

func BenchmarkDamerauFull(b *testing.B) {
	for b.Loop() {
		for _, w := range damerauWords {
			for _, n := range damerauWords[:5] {
				damerauFull(w, n, 2)
			}
		}
	}
}
