package grounding

import (
	"slices"
	"testing"
)

// tokenStringsSlow is tokenStrings without its ASCII fast path.
func tokenStringsSlow(s string) []string {
	toks := tokenize(s, nil)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.s
	}
	return out
}

// TestASCIITokenStrings: the ASCII fast path of tokenStrings splits and
// folds as tokenize does (#17).
func TestASCIITokenStrings(t *testing.T) {
	for _, s := range []string{"", " ", "Gold", "18K GOLD-plated", "e.g. 2.5 mm", "rose_gold", "it's", "A-B", "  x  y ", "Sterling Silver 925", "a\\tb\\nc", "one;two,three", "#1 best!", "12ct", "ÉTÉ", "dorée"} {
		want := tokenStringsSlow(s)
		got := tokenStrings(s)
		if !slices.Equal(got, want) || got == nil {
			t.Errorf("tokenStrings(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzASCIITokenStrings(f *testing.F) {
	f.Add("18K Gold-plated, 2.5 mm")
	f.Fuzz(func(t *testing.T, s string) {
		if got, ok := asciiTokenStrings(s); ok && !slices.Equal(got, tokenStringsSlow(s)) {
			t.Errorf("asciiTokenStrings(%q) = %q, want %q", s, got, tokenStringsSlow(s))
		}
	})
}
