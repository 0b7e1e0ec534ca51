package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Inner harmony, peace or balance brought to the wearer, or helped to, is a
// claim of benefit to the mind (#13, left17b's harmony17; probe17a pl-PL
// P17a04: "przynosi spokój i pomaga odnaleźć wewnętrzną harmonię"; FTC Act §5).
// data/<lang>/concepts-harmony17.yaml in 15 languages (tr, ko, zh blocked
// already; ja left). Harmony brought to an outfit or a design stays copy.
// Rows failing before: 16.
func TestKindsHarmony17(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := core.Product{SKU: "H17", Name: "Mystic Topaz Ring", Category: "ring", Collection: "Lumière",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "topaz", Colour: "white", Count: 1, Origin: core.OriginNatural}},
		Colours: []string{"white", "silver"}}
	checkKindRows(t, svc, "claim", []kindRow{
		{"en-GB", "The stone brings calm and inner harmony.", p, true},
		{"fr-FR", "La pierre apporte calme et harmonie intérieure.", p, true},
		{"de-DE", "Der Stein bringt Ruhe und innere Harmonie.", p, true},
		{"it-IT", "La pietra porta calma e armonia interiore.", p, true},
		{"es-ES", "La piedra aporta calma y armonía interior.", p, true},
		{"pt-PT", "A pedra traz calma e harmonia interior.", p, true},
		{"nl-NL", "De steen brengt rust en innerlijke harmonie.", p, true},
		{"sv-SE", "Stenen ger lugn och inre harmoni.", p, true},
		{"da-DK", "Stenen giver ro og indre harmoni.", p, true},
		{"nb-NO", "Steinen gir ro og indre harmoni.", p, true},
		{"fi-FI", "Kivi tuo rauhaa ja sisäistä harmoniaa.", p, true},
		{"pl-PL", "Kamień przynosi spokój i wewnętrzną harmonię.", p, true},
		{"pl-PL", "Mistyczny topaz przynosi spokój i pomaga odnaleźć wewnętrzną harmonię.", p, true},
		{"cs-CZ", "Kámen přináší klid a vnitřní harmonii.", p, true},
		{"el-GR", "Η πέτρα φέρνει ηρεμία και εσωτερική αρμονία.", p, true},
		{"ar-AE", "يجلب الحجر الهدوء والانسجام الداخلي.", p, true},
		// blocked before and still
		{"tr-TR", "Taş huzur ve iç uyum getirir.", p, true},
		{"zh-CN", "这块石头带来平静与内心的和谐。", p, true},
		// harmony of a design or an outfit
		{"en-GB", "The design brings calm and harmony to the outfit.", p, false},
		{"pl-PL", "Projekt zachwyca harmonią proporcji.", p, false},
		{"de-DE", "Die Form bringt Harmonie in jedes Outfit.", p, false},
		{"fr-FR", "Le dessin apporte de l'harmonie à votre tenue.", p, false},
	})
}
