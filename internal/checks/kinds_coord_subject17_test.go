package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A claim whose subject is a metal coordinated with a stone is the metal's
// (#13, claim_tarnish, the seventeenth blind set's released half): "Zlato i
// kámen si navždy uchovají svůj lesk bez jakékoli péče" (gold and stone
// keep their shine forever without any care) passed on a 14k gold pendant
// because reading back from the claim the nearest subject word was the
// stone (stone12's other subjects), so the claim seemed the stone's. A
// stone joined by "and" to a metal before it leaves the claim the metal's
// (coordinatedSubject, 19 languages); a stone alone, or a stone after a
// metal with no conjunction, is still the stone's (FTC 16 CFR 23.1: no
// unqualified durability claim for a metal).
func TestKindsCoordSubject17(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := core.Product{SKU: "S17", Name: "Sunstone Pendant", Category: "pendant", Collection: "Lumière",
		Materials: []string{"14k yellow gold", "Oregon sunstone"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "14k"}},
		Stones:  []core.Stone{{Type: "sunstone", Colour: "peach", Count: 1, Origin: core.OriginNatural, Treatment: "none"}},
		Colours: []string{"gold", "peach"}, Features: []string{"untreated natural stone", "bezel setting"}}
	checkKindRows(t, svc, "claim", []kindRow{
		{"cs-CZ", "Zlato i kámen si navždy uchovají svůj lesk bez jakékoli péče.", p, true},
		{"en-GB", "The gold and the stone will keep their shine forever without any care.", p, true},
		{"de-DE", "Das Gold und der Stein behalten für immer ihren Glanz, ganz ohne Pflege.", p, true},
		{"fr-FR", "L'or et la pierre garderont leur éclat pour toujours, sans aucun entretien.", p, true},
		{"es-ES", "El oro y la piedra conservarán su brillo para siempre, sin ningún cuidado.", p, true},
		{"it-IT", "L'oro e la pietra conserveranno per sempre la loro lucentezza, senza alcuna cura.", p, true},
	})
	checkKindRows(t, svc, "", []kindRow{
		{"en-GB", "Set in gold, the stone is untreated and keeps its colour forever.", p, false},
		{"cs-CZ", "Kámen si navždy uchová svou barvu, protože není nijak upravován.", p, false},
		{"de-DE", "Der Stein ist unbehandelt und behält für immer seine Farbe.", p, false},
	})
}
