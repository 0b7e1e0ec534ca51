package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// "Lag på lag" (layer on layer) is no stock or offer phrase (#13, layer24;
// dev-probe25a nb-NO P25a02, "lag på lag med billakk", of fordite, was
// blocked banned_term.offer "på lag"). "På lager" (in stock) still blocks.
func TestKindsLayer24(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	pendant := core.Product{SKU: "K24L", Name: "Fordite", Category: "pendant", Collection: "Heritage",
		Materials: []string{"sterling silver", "fordite"},
		Metals:    []core.Metal{{Base: "sterling silver", Fineness: "925"}}}
	pass := func(loc, text string) kindRow { return kindRow{loc, text, pendant, false} }
	block := func(loc, text string) kindRow { return kindRow{loc, text, pendant, true} }
	checkKindRows(t, svc, "banned_term", []kindRow{
		pass("nb-NO", "Forditt oppsto i bilfabrikkene i Detroit: lag på lag med billakk bygde seg opp på stativene."),
		pass("da-DK", "Fordit opstod i bilfabrikkerne i Detroit: lag på lag af billak byggede sig op på stativerne."),
		block("nb-NO", "Anhenget er på lager og sendes i dag."),
		block("da-DK", "Vedhænget er på lager og sendes i dag."),
	})
}
