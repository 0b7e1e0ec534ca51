package checks

import (
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/copydesk/copydesk/internal/core"
)

// TestProductMisnomersAsJoined: productMisnomers, reading each field
// alone, finds the misnomers the joined fields found (productMisnomersJoined,
// as before perf40) for the sample launch, the evaluation set's products and
// products made to bear each misnomer, in upper and lower case, with and
// without its true material and simulant stones.
func TestProductMisnomersAsJoined(t *testing.T) {
	var ps []core.Product
	ps = append(ps, sampleLaunch(t).Products...)
	for _, ec := range loadEval(t) {
		ps = append(ps, ec.Product)
	}
	for _, m := range misnomers() {
		for _, is := range append([]string{""}, m.Is...) {
			for _, origin := range []string{"", core.OriginSimulant} {
				ps = append(ps,
					core.Product{Name: "The " + strings.ToUpper(m.Name) + " Charm", Stones: []core.Stone{{Type: m.Gem, Origin: origin}}, Materials: []string{is}},
					core.Product{Name: "Charm", Stones: []core.Stone{{Type: m.Name + " (" + is + ")", Origin: origin}}},
					core.Product{Name: "Charm", Keywords: []string{m.Name, is}, Materials: []string{"silver"}},
					core.Product{Name: "Charm", Materials: []string{"silver"}, Attributes: map[string]string{"a": m.Name, "b": strings.ToUpper(is)}},
				)
			}
		}
	}
	found := 0
	for _, p := range ps {
		got, want := productMisnomers(&p), productMisnomersJoined(&p)
		if !slices.EqualFunc(got, want, func(a, b misnomer) bool { return a.Name == b.Name && a.Gem == b.Gem }) {
			t.Errorf("%+v: got %v, want %v", p, got, want)
		}
		found += len(want)
	}
	if found == 0 {
		t.Fatal("no product bears a misnomer")
	}
	t.Logf("%d products, %d misnomers borne", len(ps), found)
}

// wordCountRunes is wordCount as it was before perf40: every rune decoded.
func wordCountRunes(s string) int {
	n, in := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}

// TestWordCountAsRunes: wordCount's ASCII path counts as decoding every
// rune did, on the evaluation set's texts and on every kind of space,
// invalid UTF-8 included.
func TestWordCountAsRunes(t *testing.T) {
	texts := []string{"", " ", "a", "a b", " a\tb\nc\vd\fe\rf ", "a\u0085b\u00a0c\u2003d\u3000e", "\xff\xfe a \xc3", "ü ü\x85ü", "x\x1cy\x1fz"}
	for _, ec := range loadEval(t) {
		texts = append(texts, ec.Text)
	}
	for _, s := range texts {
		if got, want := wordCount(s), wordCountRunes(s); got != want {
			t.Errorf("wordCount(%q) = %d, want %d", s, got, want)
		}
	}
}

func FuzzWordCountAsRunes(f *testing.F) {
	f.Add("a b\u00a0c\xff d")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := wordCount(s), wordCountRunes(s); got != want {
			t.Errorf("wordCount(%q) = %d, want %d", s, got, want)
		}
	})
}
