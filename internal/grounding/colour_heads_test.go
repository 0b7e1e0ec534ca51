package grounding

import (
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/locales"
)

// TestColourHeadsAsTheVocabulary checks colourStemAt's heads against
// asking every word of the vocabulary's root, as it did before the heads
// were gathered (#17): for every supported locale, on every word of the
// root and on those words' heads, tails and case changes.
func TestColourHeadsAsTheVocabulary(t *testing.T) {
	t.Parallel()
	set, err := locales.Load()
	if err != nil {
		t.Fatal(err)
	}
	scan := func(lx *lexicon, w []rune) bool {
		if len(w) < 4 {
			return false
		}
		head := string(w[:4])
		for k, nd := range lx.root.children() {
			if !strings.HasPrefix(k, head) {
				continue
			}
			for _, f := range nd.forms() {
				if f.kind == kindColour && f.value != "clear" {
					return true
				}
			}
		}
		return false
	}
	checked, yes := 0, 0
	for _, loc := range set.Supported() {
		lx := mustLexicon(loc)
		if lx == nil {
			continue
		}
		c := &checker{lx: lx}
		// every fifth word of the root (the scan below asks all of them
		// for each word), with its variants
		var words []string
		n := 0
		for k := range lx.root.children() {
			if n++; n%5 != 0 {
				continue
			}
			words = append(words, k, k+"ksi", strings.ToUpper(k), "x"+k)
			if r := []rune(k); len(r) > 4 {
				words = append(words, string(r[:4]), string(r[1:]), string(r[:3]))
			}
		}
		for _, w := range words {
			got, want := c.colourStemAt([]rune(w)), scan(lx, []rune(w))
			if got != want {
				t.Errorf("%s: colourStemAt(%q) = %v, the vocabulary says %v", loc, w, got, want)
			}
			checked++
			if want {
				yes++
			}
		}
	}
	if yes == 0 {
		t.Fatalf("no word of %d starts like a colour word", checked)
	}
	t.Logf("%d words, %d with a colour head", checked, yes)
}
