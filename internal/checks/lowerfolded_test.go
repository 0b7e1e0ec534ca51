package checks

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestLowerFoldedAsMade: lowerFolded gives what it is a cache of, asked
// once and again, past the cache's bound.
func TestLowerFoldedAsMade(t *testing.T) {
	alphabet := []string{"a", "H", "é", "É", "ß", "İ", "ı", "Ο", "ё", "日", "각", " ", "-", "\xff", "Ǆ", "ﬁ"}
	r := rand.New(rand.NewPCG(17, 31))
	for range 3 * maxLowerFolded {
		s := ""
		for range r.IntN(7) {
			s += alphabet[r.IntN(len(alphabet))]
		}
		want := foldWord(strings.ToLower(s))
		for range 2 {
			if got := lowerFolded(s); got != want {
				t.Fatalf("lowerFolded(%q) = %q, want %q", s, got, want)
			}
		}
	}
}
