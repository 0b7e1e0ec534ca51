package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Products of TestKindsTreat45 (#13, treat45): stones whose data disclose
// a treatment, one beside an untreated stone, and an untreated one.
var (
	treat45Coral = core.Product{SKU: "T45C", Name: "Bamboo Coral Bracelet", Category: "bracelet", Collection: "Heritage",
		Materials: []string{"sterling silver", "bamboo coral"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "bamboo coral", Colour: "pink", Count: 9, Origin: core.OriginNatural, Treatment: "dyed"}},
		Colours: []string{"pink", "silver"}}
	treat45Sapphire = core.Product{SKU: "T45S", Name: "Solitaire Ring", Category: "ring", Collection: "Essence",
		Materials: []string{"18k white gold"}, Metals: []core.Metal{{Base: "white gold", Fineness: "18k"}},
		Stones:  []core.Stone{{Type: "sapphire", Colour: "blue", Count: 1, Origin: core.OriginNatural, Treatment: "heated"}},
		Colours: []string{"blue", "silver"}}
	treat45Turquoise = core.Product{SKU: "T45T", Name: "Turquoise Pendant", Category: "pendant", Collection: "Heritage",
		Materials: []string{"sterling silver", "turquoise"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "turquoise", Colour: "blue", Count: 1, Origin: core.OriginNatural, Treatment: "stabilised"}},
		Colours: []string{"blue", "silver"}}
	treat45CoralDiamond = core.Product{SKU: "T45D", Name: "Coral Cluster Ring", Category: "ring", Collection: "Heritage",
		Materials: []string{"14k yellow gold", "coral"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "14k"}},
		Stones: []core.Stone{{Type: "coral", Colour: "red", Count: 1, Origin: core.OriginNatural, Treatment: "dyed"},
			{Type: "diamond", Colour: "clear", Count: 6, Origin: core.OriginNatural, Treatment: "none"}},
		Colours: []string{"red", "gold"}}
	treat45Untreated = core.Product{SKU: "T45U", Name: "Bamboo Coral Bracelet", Category: "bracelet", Collection: "Heritage",
		Materials: []string{"sterling silver", "bamboo coral"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "bamboo coral", Colour: "pink", Count: 9, Origin: core.OriginNatural, Treatment: "none"}},
		Colours: []string{"pink", "silver"}}
)

// TestKindsTreat45 (#13, treat45): a denial of the treatment the product's
// data disclose (grounding treatment_denied.go).
func TestKindsTreat45(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "grounding", []kindRow{
		// moved from TestKindsAdv44Open
		{"da-DK", "Ni runde perler af bambuskoral. Perlerne er naturligt lyserøde og aldrig farvet.", treat45Coral, true},
		{"de-DE", "Neun Perlen aus Bambuskoralle. Die Perlen sind unbehandelt.", treat45Coral, true},
		{"de-DE", "Neun Perlen aus Bambuskoralle. Die Perlen sind nicht gefärbt.", treat45Coral, true},
		{"en-GB", "The bamboo coral is untreated.", treat45Coral, true},
		// English shapes
		{"en-GB", "Its colour is entirely natural.", treat45Coral, true},
		{"en-US", "The coral is just as nature made it.", treat45Coral, true},
		{"en-GB", "The coral has no enhancement of any kind.", treat45Coral, true},
		{"en-AU", "A 100% natural, unheated sapphire.", treat45Sapphire, true},
		{"en-GB", "The sapphire has never been heated.", treat45Sapphire, true},
		{"en-GB", "The turquoise is not stabilised.", treat45Turquoise, true},
		{"en-GB", "The coral is naturally red.", treat45CoralDiamond, true},
		{"en-GB", "Ours is untreated; most turquoise is stabilised.", treat45Turquoise, true},
		{"en-GB", "Unlike dyed coral, ours is untreated.", treat45Coral, true},
		{"en-GB", "The coral is not dyed but left as it is.", treat45Coral, true},
	})
	checkKindRows(t, svc, "grounding", []kindRow{
		{"en-GB", "The bamboo coral is dyed to a deep pink.", treat45Coral, false},
		{"en-GB", "The sapphire is heat-treated to bring out its blue.", treat45Sapphire, false},
		{"en-GB", "The turquoise is stabilised with resin for durability.", treat45Turquoise, false},
		{"en-GB", "A natural sapphire, heated to deepen its colour.", treat45Sapphire, false},
		{"en-GB", "The sapphire is unheated? No: it is heated, and we say so.", treat45Sapphire, true},
		{"en-GB", "The diamonds are untreated; the coral is dyed.", treat45CoralDiamond, false},
		{"en-GB", "Unlike untreated coral, this coral is dyed.", treat45Coral, false},
		{"en-GB", "Natural turquoise is rarely used untreated; ours is stabilised.", treat45Turquoise, false},
		{"en-GB", "The bamboo coral is untreated.", treat45Untreated, false},
		{"en-GB", "The coral is unheated.", treat45Coral, false},
		{"en-GB", "The sterling silver is left untreated.", treat45Coral, false},
		{"en-GB", "The sapphire is not dyed.", treat45Sapphire, false},
	})
}
