package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
	"github.com/copydesk/copydesk/internal/locales"
)

// Every supported locale has its own market rules with the source they
// follow (data/<locale>/market.yaml or the pack's qualifiers): a child
// pack that names only its pearl rule (fr-CA, es-MX, en-AU) must not fall
// back to the built-in qualifier list, which lacked "de synthèse" (issue
// #13, a legal qualifier blocked on fr-CA).
func TestMarketRulesEveryLocale(t *testing.T) {
	t.Parallel()
	for _, loc := range locales.Must().Supported() {
		m := marketFor(loc)
		if m == nil || m.LabGrown.Source == "" || len(m.lab) == 0 {
			t.Errorf("%s: no market rules of its own", loc)
		}
	}
}

// The child markets accept their legal qualifiers and still block a bare
// stone name.
func TestMarketChildQualifiers(t *testing.T) {
	t.Parallel()
	ring := core.Product{SKU: "M1", Name: "Aster", Category: "ring", Metals: []core.Metal{{Base: "platinum"}},
		Stones: []core.Stone{{Type: "diamond", Colour: "white", Count: 1, Origin: core.OriginLabGrown}}}
	c := NewScoped(grounding.CheckScoped)
	runKinds(t, c, guide(t), []kindTable{
		{"child market qualifiers", ring, "", []lt{
			{"fr-CA", "La bague porte un diamant de synthèse."},
			{"fr-CA", "La bague porte un diamant cultivé en laboratoire."},
			{"es-MX", "El anillo lleva un diamante creado en laboratorio."},
			{"es-MX", "El anillo lleva un diamante de síntesis."},
			{"en-AU", "The ring holds a laboratory-grown diamond."},
		}},
		{"child market bare stone", ring, CatRegulatory, []lt{
			{"fr-CA", "La bague porte un diamant."},
			{"es-MX", "El anillo lleva un diamante."},
			{"en-AU", "The ring holds a diamond."},
		}},
	})
}
