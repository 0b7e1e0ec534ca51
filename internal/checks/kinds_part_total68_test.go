package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The products of count68's rows: stud earrings of 2 + 12 cubic zirconia
// (a centre stone and six around it on each earring) and a ring of 1 + 6
// lab-grown diamonds (a centre stone and three on each side).
var (
	c68Studs = core.Product{SKU: "C68E", Name: "Flor", Category: "earrings", Collection: "Lumière",
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones: []core.Stone{{Type: "cubic zirconia", Origin: "simulant", Colour: "clear", Count: 2},
			{Type: "cubic zirconia", Origin: "simulant", Colour: "clear", Count: 12}},
		Colours: []string{"silver"}}
	c68Ring = core.Product{SKU: "C68R", Name: "Star", Category: "ring", Collection: "Signature",
		Metals: []core.Metal{{Base: "white gold", Fineness: "18k"}},
		Stones: []core.Stone{{Type: "lab-grown diamond", Origin: "lab_grown", Colour: "clear", Count: 1},
			{Type: "lab-grown diamond", Origin: "lab_grown", Colour: "clear", Count: 6}},
		Colours: []string{"white"}}
)

// A count on each part beside a total that also counts stones outside the
// parts' group (#13, count68): "Cada pendiente tiene seis circonitas que
// rodean a una central ... catorce piedras en total" on 2 + 12 cubic
// zirconia (released68b blind68B-es-ES-68B02-1) and "中央鑲嵌一顆…兩側各鑲
// 三顆…共七顆" on 1 + 6 lab-grown diamonds (probe68c probe68C-zh-TW-68C01-1)
// blocked as "6 on each part, 14 in all": the total was read as the parts'
// stones alone. Twelve is six on each of two earrings and the total adds
// the two centre stones; 16 CFR 23.1 asks only that the count be true.
func TestKindsPartTotal68(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, []kindRow{
		{"es-ES", "Cada pendiente tiene seis circonitas que rodean a una central, de modo que el par reúne catorce piedras en total.", c68Studs, false},
		{"en-GB", "Each earring has six cubic zirconia around a central one, fourteen stones in total.", c68Studs, false},
		{"fr-FR", "Chaque boucle porte six zircons autour d'un zircon central, soit quatorze pierres au total.", c68Studs, false},
		{"zh-TW", "中央鑲嵌一顆實驗室培育鑽石，兩側各鑲三顆較小的實驗室培育鑽石，共七顆。", c68Ring, false},
		{"en-GB", "A lab-grown diamond sits at the centre with three smaller lab-grown diamonds on each side, seven in total.", c68Ring, false},
	})
}

// TestKindsPartTotal68Bad: a count on each part that no group of the
// product holds, or a total the product does not have, still blocks.
func TestKindsPartTotal68Bad(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, []kindRow{
		{"es-ES", "Cada pendiente tiene cinco circonitas que rodean a una central, de modo que el par reúne catorce piedras en total.", c68Studs, true},
		{"en-GB", "Each earring has five cubic zirconia around a central one, fourteen stones in total.", c68Studs, true},
		{"es-ES", "Cada pendiente tiene seis circonitas que rodean a una central, de modo que el par reúne dieciséis piedras en total.", c68Studs, true},
		{"zh-TW", "中央鑲嵌一顆實驗室培育鑽石，兩側各鑲四顆較小的實驗室培育鑽石，共九顆。", c68Ring, true},
	})
}
