package grounding

import (
	"math/rand/v2"
	"testing"
)

// TestFoldsToAsFoldString: foldsTo(s, f) is foldString(s) == f, for f the
// fold of s, of a string near it, and of another, over random strings of
// letters, cases, accents, look-alikes, other scripts and invalid bytes.
func TestFoldsToAsFoldString(t *testing.T) {
	alphabet := []string{"a", "A", "é", "É", "ß", "ı", "İ", "о", "Ο", "ё", "日", "ー", "각", "ا", " ", "-", "'", "’", "\xff", "\xc3", "1", "Ǆ", "ﬁ"}
	r := rand.New(rand.NewPCG(17, 29))
	gen := func() string {
		s := ""
		for range r.IntN(8) {
			s += alphabet[r.IntN(len(alphabet))]
		}
		return s
	}
	for range 100000 {
		s, o := gen(), gen()
		for _, f := range []string{foldString(s), foldString(o), foldString(s) + "a", o, s} {
			if got, want := foldsTo(s, f), foldString(s) == f; got != want {
				t.Fatalf("foldsTo(%q, %q) = %v, want %v", s, f, got, want)
			}
		}
	}
}
