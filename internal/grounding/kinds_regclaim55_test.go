package grounding

import (
	"strings"
	"testing"
)

// TestKindsRegclaim55: the standard of a comparison after a quantifier of
// several words ("que la mayoría de las piedras preciosas", "della maggior
// parte delle gemme") and after an Arabic quantifier ("من معظم الأحجار
// الكريمة"): up to five fillers between the word of comparison and the
// gem words, which ComparisonStandardAt reads as the compared thing, not
// the piece (#13, regclaim55: probe 55C es-MX 55C02, glass "más blando que
// la mayoría de las piedras preciosas" blocked regulatory.simulant_gem).
func TestKindsRegclaim55(t *testing.T) {
	t.Parallel()
	for _, r := range []struct{ locale, text, gem string }{
		{"es-MX", "Como el vidrio es más blando que la mayoría de las piedras preciosas, guárdelo aparte.", "piedras preciosas"},
		{"es-ES", "El vidrio es más blando que la mayoría de las piedras preciosas.", "piedras preciosas"},
		{"ar-AE", "الزجاج أكثر ليونة من معظم الأحجار الكريمة، لذا احفظي القلادة منفصلة.", "الأحجار الكريمة"},
	} {
		bs := strings.Index(r.text, r.gem)
		if !ComparisonStandardAt(r.locale, r.text, bs, bs+len(r.gem)) {
			t.Errorf("%s %q: %q not read as a comparison's standard", r.locale, r.text, r.gem)
		}
	}
}

// TestKindsRegclaim55Bad: the gem words said of the piece, or after
// "other", are no comparison's standard.
func TestKindsRegclaim55Bad(t *testing.T) {
	t.Parallel()
	for _, r := range []struct {
		locale, text, gem string
		want              bool
	}{
		{"es-MX", "Esta gota es una de las piedras preciosas más bellas.", "piedras preciosas", false},
		{"es-MX", "Es más brillante que otras piedras preciosas.", "piedras preciosas", false},
		{"ar-AE", "هذه القلادة مرصعة بالأحجار الكريمة.", "الأحجار الكريمة", false},
		{"es-ES", "El vidrio es más blando que las piedras preciosas.", "piedras preciosas", true},
		{"en-US", "Glass is softer than most precious stones.", "precious stones", true},
	} {
		bs := strings.Index(r.text, r.gem)
		if got := ComparisonStandardAt(r.locale, r.text, bs, bs+len(r.gem)); got != r.want {
			t.Errorf("%s %q: standard %v, want %v", r.locale, r.text, got, r.want)
		}
	}
}
