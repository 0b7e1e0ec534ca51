package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// durableMetalEmerald is the oiled emerald ring in 585 gold of probe 67C
// fi-FI 67C01.
var durableMetalEmerald = core.Product{SKU: "DM67", Name: "Smaragdi-sormus", Category: "ring", Collection: "Timeless", Materials: []string{"14k yellow gold", "emerald"},
	Metals: []core.Metal{{Base: "yellow gold", Fineness: "585"}}, Stones: []core.Stone{{Type: "emerald", Colour: "green", Count: 1, Origin: core.OriginNatural, Treatment: "oiled"}}, Colours: []string{"green", "gold"}}

// TestKindsDurableMetal (#13, facts67): Finnish "kestävä" is durable and
// sustainable; said of the metal ("585-kulta eli 14 karaatin kulta on
// kestävä valinta jokapäiväiseen käyttöön", probe 67C fi-FI 67C01-1) it
// is durability and no environmental claim (data/fi/
// concepts-durablemetal.yaml idiom_pairs). The piece itself or the
// planet called a "kestävä valinta" and "ekologisesti kestävä" stay the
// generic green claim.
func TestKindsDurableMetal(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := durableMetalEmerald
	checkKindRows(t, svc, "regulatory", pairRows(p, false, [][2]string{
		{"fi-FI", "585-kulta eli 14 karaatin kulta on kestävä valinta jokapäiväiseen käyttöön."},
		{"fi-FI", "Kulta on kestävä valinta sormukseen."},
		{"fi-FI", "Kestävä valinta kulutusta vastaan: kova 14 karaatin kulta."},
	}))
	checkKindRows(t, svc, "regulatory", pairRows(p, true, [][2]string{
		{"fi-FI", "Sormus on kestävä valinta."},
		{"fi-FI", "Tämä sormus on ekologisesti kestävä valinta."},
		{"fi-FI", "Kestävä valinta jokapäiväiseen käyttöön."},
	}))
}
