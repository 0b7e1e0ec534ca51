package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

var (
	// colour11Inlay has malachite and lapis lazuli inlays: no turquoise.
	colour11Inlay = core.Product{SKU: "K11", Name: "Terra", Category: "bracelet", Materials: []string{"sterling silver", "malachite", "lapis lazuli"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones: []core.Stone{{Type: "malachite", Colour: "green", Count: 1}, {Type: "lapis lazuli", Colour: "blue", Count: 1}}, Colours: []string{"silver", "green", "blue"}}
	// colour11Turquoise has the malachite and a turquoise.
	colour11Turquoise = core.Product{SKU: "K12", Name: "Terra", Category: "bracelet", Materials: []string{"sterling silver", "malachite", "turquoise"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones: []core.Stone{{Type: "malachite", Colour: "green", Count: 1}, {Type: "turquoise", Colour: "blue", Count: 1}}, Colours: []string{"silver", "green", "blue"}}
)

// colour11Texts name a turquoise after a colour adjective, in the order of
// each language ("green malachite and blue turquoise", "grønn malakitt og
// blå turkis"): a stone that is also a colour word, after a colour, is
// the stone (#13, unknown_vocab; the eleventh session's nb "og blå
// turkis" read as a colour).
var colour11Texts = map[string][]string{
	"en": {"Two inlays: green malachite and blue turquoise."},
	"de": {"Zwei Einlagen: grüner Malachit und blauer Türkis."},
	"nl": {"Twee inlegstukken: groene malachiet en blauwe turkoois."},
	"sv": {"Två inlägg: grön malakit och blå turkos."},
	"da": {"To indlæg: grøn malakit og blå turkis."},
	"nb": {"To innlegg: grønn malakitt og blå turkis."},
	"fr": {"Deux incrustations : de la malachite verte et de la turquoise bleue."},
	"es": {"Dos incrustaciones: malaquita verde y turquesa azul."},
	"it": {"Due intarsi: malachite verde e turchese azzurro."},
	"pt": {"Dois embutidos: malaquita verde e turquesa azul."},
}

// TestKindsColourBeforeStone11: the turquoise after a colour blocks on a
// product without one and passes on a product with one.
func TestKindsColourBeforeStone11(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var texts []lt
	for _, loc := range packLocales(t) {
		for _, tx := range colour11Texts[langOf(loc)] {
			texts = append(texts, lt{loc, tx})
		}
	}
	runKinds(t, c, guide(t), []kindTable{
		{"a turquoise after a colour, not the product's", colour11Inlay, CatGrounding, texts},
		{"a turquoise after a colour, the product's", colour11Turquoise, "", texts},
	})
}
