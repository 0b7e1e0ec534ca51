package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// An each-word belongs to the number it follows (#13, the eighteenth blind
// set's released half): "two round rhodolite garnets, 5 mm each and 1.1 ct
// together" on studs of 1.1 ct total weight blocked grounding.measurement
// in en-AU, because the "each" of the stone diameter, two words before the
// weight, was read as the weight's, which was then multiplied by the pair
// (2.2 ct). An each-word right after another number and its unit is that
// number's; an each-word scan stops at another number. A weight said per
// stone still multiplies (CIBJO Diamond Book: total carat weight, "ct tw",
// is the sum of the stones' weights; FTC 16 CFR 23.17).
func TestKindsCaratEach18(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	studs := core.Product{SKU: "C18", Name: "Rhodolite Stud Earrings", Category: "earrings", Collection: "Essence",
		Materials: []string{"14k white gold", "rhodolite garnet"}, Metals: []core.Metal{{Base: "white gold", Fineness: "14k"}},
		Stones:  []core.Stone{{Type: "rhodolite garnet", Colour: "red", Count: 2, Origin: core.OriginNatural}},
		Colours: []string{"white", "red"}, TotalCaratWeight: 1.1,
		Measurements: []core.Measurement{{Name: "stone diameter", Value: 5, Unit: "mm"}}}
	checkKindRows(t, svc, "", []kindRow{
		{"en-AU", "Two round rhodolite garnets, 5 mm each and 1.1 ct together, in 14k white gold.", studs, false},
		{"en-GB", "Two rhodolite garnets of 5 mm each and 1.1 ct in total, in 14k white gold.", studs, false},
		{"de-DE", "Zwei Rhodolith-Granate mit je 5 mm und 1,1 ct zusammen, in 14 Karat Weißgold.", studs, false},
		{"fr-FR", "Deux grenats rhodolite de 5 mm chacun et 1,1 ct au total, en or blanc 14 carats.", studs, false},
		{"es-ES", "Dos granates rodolita de 5 mm cada uno y 1,1 ct en total, en oro blanco de 14 quilates.", studs, false},
		{"sv-SE", "Två rhodolitgranater, 5 mm styck och 1,1 ct tillsammans, i 14 karat vitt guld.", studs, false},
		{"en-US", "Two rhodolite garnets, 0.55 ct each, in 14k white gold.", studs, false},
		// the weight of one stone said as the total, or the total as each, still blocks
		{"en-AU", "Two round rhodolite garnets, 5 mm each and 1.1 ct each, in 14k white gold.", studs, true},
		{"en-GB", "Two rhodolite garnets of 2.2 ct together, in 14k white gold.", studs, true},
		{"en-US", "Two rhodolite garnets, 1.1 ct each, in 14k white gold.", studs, true},
	})
}
