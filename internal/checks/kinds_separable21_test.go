package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A separable tarnish verb denied with words between the verb and its
// particle (#13, separable21; seen by the sixteenth session: "läuft es
// niemals an"): German anlaufen, nachdunkeln, ausbleichen and Dutch aanlopen
// were forms only as verb, negation and particle side by side, so "läuft es
// niemals an", "läuft auch nach Jahren nicht an", "loopt niet aan" passed.
// The verb and its negated particle are a pair (gap 3); a promise that the
// metal never tarnishes needs the product's evidence (FTC 16 CFR 23.1).
func TestKindsSeparable21(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	gold := core.Product{SKU: "S21", Name: "Almandine Tennis Bracelet", Category: "bracelet",
		Materials: []string{"9k yellow gold"}, Colours: []string{"yellow gold"}}
	coated := gold
	coated.Features = []string{"anti-tarnish e-coating"}
	checkKindRows(t, svc, "claim", []kindRow{
		// failed before
		{"de-DE", "Dank der Beschichtung läuft es niemals an.", gold, true},
		{"de-DE", "Es läuft garantiert niemals an.", gold, true},
		{"de-DE", "Die Kette läuft auch nach Jahren nicht an.", gold, true},
		{"de-DE", "Das Gold dunkelt auch nach Jahren nicht nach.", gold, true},
		{"de-DE", "Die Farbe bleicht garantiert nie aus.", gold, true},
		{"nl-NL", "Het goud loopt niet aan.", gold, true},
		{"nl-NL", "Het loopt gegarandeerd nooit aan.", gold, true},
		// blocked before
		{"de-DE", "Das Gold läuft niemals an.", gold, true},
		// licensed, or no claim
		{"de-DE", "Dank der Beschichtung läuft es niemals an.", coated, false},
		{"nl-NL", "Het goud loopt niet aan.", coated, false},
		{"de-DE", "Läuft es trotzdem einmal an, genügt ein Poliertuch.", gold, false},
		{"de-DE", "Die Kette läuft am Handgelenk entlang, ohne an der Haut zu ziehen.", gold, false},
		{"nl-NL", "De ketting loopt soepel om de pols.", gold, false},
	})
}
