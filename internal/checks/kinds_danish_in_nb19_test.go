package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Danish in Norwegian Bokmål copy (#13, probe19a nb-NO P19a02): "Det er
// trukket på en kraftig elastik, måler 19 cm indvendigt og glider lige over
// hånden uden lås." passed: the Danish markers did not know elastik
// (Bokmål elastikk) nor indvendig/udvendig (Bokmål innvendig, utvendig; Den
// Danske Ordbog, Bokmålsordboka). The Bokmål sentence still passes.
func TestKindsDanishInNb19(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	br := core.Product{SKU: "D19", Name: "Bead Bracelet", Category: "bracelet",
		Materials: []string{"sterling silver", "elastic cord"}, Colours: []string{"silver"}}
	checkKindRows(t, svc, "locale", []kindRow{
		{"nb-NO", "Armbåndet er laget av sølv. Det er trukket på en kraftig elastik, måler 19 cm indvendigt og glider lige over hånden uden lås.", br, true},
		{"nb-NO", "Armbåndet er laget av sølv. Det er tredd på en solid elastik og måler 19 cm indvendigt.", br, true},
		{"nb-NO", "Armbåndet er laget av sølv. Ringen er glat udvendig og blank indvendig.", br, true},
		// Bokmål
		{"nb-NO", "Armbåndet er laget av sølv. Det er tredd på en kraftig elastikk, måler 19 cm innvendig og glir rett over hånden uten lås.", br, false},
		{"nb-NO", "Armbåndet er laget av sølv. Ringen er glatt utvendig og blank innvendig.", br, false},
	})
}
