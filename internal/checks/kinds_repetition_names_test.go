package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsRepetitionNames: a word doubled inside a name the product or the
// guide gives (a reduplicated gem, collection or keyword name) is not the
// repetition rule's slip; a doubled word elsewhere still is.
func TestKindsRepetitionNames(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	maw := core.Product{SKU: "R1", Name: "Maw-Sit-Sit Ring", Category: "ring", Materials: []string{"sterling silver", "maw sit sit"},
		Stones: []core.Stone{{Type: "maw sit sit", Colour: "green", Count: 1, Origin: "natural"}}}
	bora := core.Product{SKU: "N1", Name: "Shell Necklace", Category: "necklace", Collection: "Bora Bora", Materials: []string{"sterling silver"}}
	rows := []struct {
		locale, text string
		p            core.Product
		warn         bool
	}{
		{"en-GB", "This ring sets a cabochon of maw sit sit, a vivid green rock from Myanmar, in sterling silver.", maw, false},
		{"fr-FR", "Cette bague en argent sterling sertit un cabochon de maw sit sit, une roche d'un vert vif.", maw, false},
		{"de-DE", "Dieser Ring aus Sterlingsilber fasst einen Cabochon aus Maw Sit Sit, einem leuchtend grünen Gestein.", maw, false},
		{"en-US", "From the Bora Bora collection, this sterling silver necklace carries a small shell charm.", bora, false},
		{"es-ES", "De la colección Bora Bora, este collar de plata de ley lleva un pequeño colgante de concha.", bora, false},
		// Doubled words that are no name still warn.
		{"en-GB", "This ring sets a cabochon of maw sit sit in in sterling silver.", maw, true},
		{"en-US", "From the Bora Bora collection, this this sterling silver necklace carries a shell charm.", bora, true},
		{"de-DE", "Die Kette aus Sterlingsilber trägt trägt einen kleinen Anhänger.", bora, true},
	}
	for _, row := range rows {
		_, fs := blockedIn(t, svc, "", row.p, row.locale, row.text)
		if got := hasRule(fs, "no-repeat"); got != row.warn {
			t.Errorf("%s %q: repetition warning %v, want %v: %s", row.locale, row.text, got, row.warn, describe(fs, "", row.text))
		}
	}
}
