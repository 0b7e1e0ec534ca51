package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The Polish lemon is no citrine (#13, probe17d: "kilka kropel soku z
// cytryny" in the care advice of a copper cuff blocked as the stone
// citrine). Polish citrine (cytryn) and lemon (cytryna) share the forms
// cytryny, cytryn and cytrynami; lemon juice, peel, slices, drops and a
// lemon's shape or colour name the fruit. The other packs' citrine words
// (citrine, Citrin, κιτρίνης, 黄水晶) are not the lemon's. Citrine named as
// a stone still blocks.
func TestKindsLemonCitrine17(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	copper := core.Product{SKU: "L17", Name: "Heritage Hammered Copper Cuff", Category: "bangle", Collection: "Heritage",
		Materials: []string{"copper"}, Metals: []core.Metal{{Base: "copper"}}, Colours: []string{"copper"}}
	checkKindRows(t, svc, "grounding", []kindRow{
		{"pl-PL", "Czyszczenie: miękka ściereczka i kilka kropel soku z cytryny.", copper, false},
		{"pl-PL", "Wypoleruj miedź sokiem z cytryny i solą.", copper, false},
		{"pl-PL", "Przetrzyj ją plasterkiem cytryny, a potem wodą.", copper, false},
		{"pl-PL", "Motyw w kształcie cytryny zdobi środek bransolety.", copper, false},
		// citrine still blocks
		{"pl-PL", "Bransoleta z cytrynem.", copper, true},
		{"pl-PL", "Oprawiono w nią trzy cytryny.", copper, true},
	})
}
