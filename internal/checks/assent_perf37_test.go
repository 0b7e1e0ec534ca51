package checks

import (
	"maps"
	"math/rand"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/text"
)

// TestLowerBareAsReplaced checks appendLowerBare against what assentEnd
// made before (#17, perf37): strings.ReplaceAll(strings.ToLower(s), " ",
// ""), on random strings of ASCII, accented, Greek, Turkish, CJK and
// Hangul letters, spaces and invalid bytes.
func TestLowerBareAsReplaced(t *testing.T) {
	parts := []string{"A", "z", " ", "  ", "É", "ß", "İ", "I", "Σ", "ς", "Ω", "もちろん", "当然", "물론", "Ä", "\xff", "\xe2\x82", "ǅ", "Ⅻ", "\u00a0", "!", "K", "\u212a"}
	rng := rand.New(rand.NewSource(37))
	for i := 0; i < 100000; i++ {
		var b strings.Builder
		for n := rng.Intn(8); n >= 0; n-- {
			b.WriteString(parts[rng.Intn(len(parts))])
		}
		s := b.String()
		want := strings.ReplaceAll(strings.ToLower(s), " ", "")
		if got := string(appendLowerBare(nil, s)); got != want {
			t.Fatalf("appendLowerBare(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestAssentSetsAsLeads checks that assentSets hold every lead of
// assentLeads and its form without spaces, and nothing else.
func TestAssentSetsAsLeads(t *testing.T) {
	sets := assentSets()
	for lang, ws := range assentLeads() {
		words, bare := map[string]bool{}, map[string]bool{}
		for _, w := range ws {
			words[w], bare[strings.ReplaceAll(w, " ", "")] = true, true
		}
		a := sets[lang]
		if len(a.words) != len(words) || len(a.bare) != len(bare) {
			t.Fatalf("%s: %d words, %d bare; want %d, %d", lang, len(a.words), len(a.bare), len(words), len(bare))
		}
		for w := range words {
			if !a.words[w] {
				t.Errorf("%s: %q missing", lang, w)
			}
		}
		for w := range bare {
			if !a.bare[w] {
				t.Errorf("%s: bare %q missing", lang, w)
			}
		}
	}
	if len(sets) != len(assentLeads()) {
		t.Errorf("%d languages, want %d", len(sets), len(assentLeads()))
	}
}

// TestScriptsWithoutAsReplaced checks scriptsWithout against the
// strings.ReplaceAll of each name in turn it replaced (#17, perf37), on
// random texts and names that overlap, repeat, nest and run together.
func TestScriptsWithoutAsReplaced(t *testing.T) {
	parts := []string{"a", "ab", "b", " ", "Aurora", "Luna", "Ω", "月", "ß", "\xff", "-", "aa"}
	rng := rand.New(rand.NewSource(37))
	pick := func(k int) string {
		var b strings.Builder
		for n := rng.Intn(k); n >= 0; n-- {
			b.WriteString(parts[rng.Intn(len(parts))])
		}
		return b.String()
	}
	for i := 0; i < 100000; i++ {
		src := pick(16)
		names := make([]string, rng.Intn(4))
		for j := range names {
			names[j] = pick(3)
		}
		want := src
		for _, n := range names {
			if n = strings.TrimSpace(n); n != "" {
				want = strings.ReplaceAll(want, n, " ")
			}
		}
		b := []byte(src)
		for _, n := range names {
			if n = strings.TrimSpace(n); n != "" {
				b = blankAll(b, n)
			}
		}
		if got := string(b); got != want {
			t.Fatalf("blanking %q in %q: %q, want %q", names, src, got, want)
		}
		if a, w := scriptsWithout(src, names), text.Scripts(want); !maps.Equal(a, w) {
			t.Fatalf("scriptsWithout(%q, %q) = %v, want %v", src, names, a, w)
		}
	}
}
