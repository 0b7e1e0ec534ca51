package grounding

import "testing"

// TestWordListAffixes: "x*" is a prefix, "*x" a suffix of a longer token,
// anything else a phrase ending at the token.
func TestWordListAffixes(t *testing.T) {
	t.Parallel()
	w := compileWordList([]string{"kann", "je nach", "fossil*", "*abilir"})
	tok := func(words ...string) []token {
		out := make([]token, len(words))
		for i, s := range words {
			out[i] = token{s: s}
		}
		return out
	}
	tests := []struct {
		name  string
		toks  []token
		k     int
		at    bool
		start int
	}{
		{"exact word", tok("es", "kann"), 1, true, 1},
		{"phrase end", tok("je", "nach"), 1, true, 0},
		{"phrase middle", tok("je", "nach"), 0, false, -1},
		{"prefix", tok("fossilised"), 0, true, 0},
		{"suffix glued", tok("alabilir"), 0, true, 0},
		{"suffix alone is no match", tok("abilir"), 0, false, -1},
		{"neither", tok("kannte"), 0, false, -1},
	}
	for _, tt := range tests {
		if got := w.at(tt.toks, tt.k); got != tt.at {
			t.Errorf("%s: at = %v, want %v", tt.name, got, tt.at)
		}
		if got := w.span(tt.toks, tt.k); got != tt.start {
			t.Errorf("%s: span = %d, want %d", tt.name, got, tt.start)
		}
	}
	if !compileWordList(nil).empty() || compileWordList([]string{"*x"}).empty() {
		t.Error("empty(): a list of one suffix is not empty, a nil list is")
	}
}
