package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A discount noun in any of its cases is an offer (#13, left17b's
// offer_case17; probe17c cs-CZ P17c09 offer_words): "Jen tento týden ho
// pořídíte se slevou dvacet procent" (with a twenty per cent discount, the
// instrumental) passed: the Czech forms held the nominative "sleva*" and the
// genitive "slevy" only (data/cs/concepts-paraphrase.yaml now holds every
// case). The guide bans prices and offers in copy. Rows failing before: 4.
func TestKindsOfferCase17(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := core.Product{SKU: "OC17", Name: "Verdelite Ring", Category: "ring", Collection: "Timeless",
		Materials: []string{"14k yellow gold"}, Metals: []core.Metal{{Base: "gold", Fineness: "585"}},
		Colours: []string{"green", "yellow gold"}}
	checkKindRows(t, svc, "banned_term", []kindRow{
		{"cs-CZ", "Jen tento týden ho pořídíte se slevou dvacet procent.", p, true},
		{"cs-CZ", "Tento týden nabízíme slevu dvacet procent.", p, true},
		{"cs-CZ", "Při slevě dvaceti procent je to skvělá koupě.", p, true},
		{"cs-CZ", "Využijte slev až do neděle.", p, true},
		{"cs-CZ", "Sleva 20 % platí do neděle.", p, true},
		// the same words without an offer
		{"cs-CZ", "Prsten nabízíme v amerických velikostech 5 až 8,5.", p, false},
		{"cs-CZ", "Zlato s puncem 585 obsahuje padesát osm procent zlata.", p, false},
	})
}
