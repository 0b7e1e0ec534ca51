package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A natural glass named glass (#13, natural_glass19, the twentieth blind
// set's released half): "pale yellow glass" (en-AU) and "gennemskinneligt
// glas" (da-DK) on a Libyan desert glass pendant blocked grounding.material,
// the glass word being read as the piece's material. Libyan desert glass,
// tektites (moldavite) and obsidian are natural glasses (GIA Gem
// Encyclopedia; Mindat), like sea glass: the stone's substance is glass
// (vocab/canon.yaml stone_substances), so the glass word is true of it in
// every language. Glass named as the material of a piece with no such stone
// still blocks.
func TestKindsNaturalGlass19(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	ldg := core.Product{SKU: "G19", Name: "Libyan Desert Glass Pendant", Category: "pendant", Collection: "Heritage",
		Materials: []string{"14k yellow gold", "Libyan desert glass"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "14k"}},
		Stones:  []core.Stone{{Type: "Libyan desert glass", Colour: "pale yellow", Count: 1, Origin: core.OriginNatural}},
		Colours: []string{"pale yellow", "gold"}}
	obs := ldg
	obs.Name, obs.Materials = "Obsidian Pendant", []string{"14k yellow gold", "obsidian"}
	obs.Stones = []core.Stone{{Type: "obsidian", Colour: "black", Count: 1, Origin: core.OriginNatural}}
	obs.Colours = []string{"black", "gold"}
	mol := ldg
	mol.Name, mol.Materials = "Moldavite Pendant", []string{"14k yellow gold", "moldavite"}
	mol.Stones = []core.Stone{{Type: "moldavite", Colour: "green", Count: 1, Origin: core.OriginNatural}}
	mol.Colours = []string{"green", "gold"}
	qz := ldg
	qz.Name, qz.Materials = "Citrine Pendant", []string{"14k yellow gold", "citrine"}
	qz.Stones = []core.Stone{{Type: "citrine", Colour: "pale yellow", Count: 1, Origin: core.OriginNatural}}
	rows := []kindRow{
		{"en-AU", "The pendant holds a polished piece of softly translucent, pale yellow glass in a 14k yellow gold bezel.", ldg, false},
		{"da-DK", "Vedhænget rummer et poleret stykke lysegult, gennemskinneligt glas i en ramme af 14 karat guld.", ldg, false},
		{"de-DE", "Der Anhänger fasst ein poliertes Stück hellgelbes, durchscheinendes Glas in 14 Karat Gelbgold.", ldg, false},
		{"fr-FR", "Le pendentif enchâsse un morceau poli de verre jaune pâle, translucide, dans de l'or jaune 14 carats.", ldg, false},
		{"es-ES", "El colgante engasta una pieza pulida de vidrio amarillo pálido y translúcido en oro amarillo de 14 quilates.", ldg, false},
		{"it-IT", "Il pendente incastona un pezzo levigato di vetro giallo pallido e traslucido in oro giallo 14 carati.", ldg, false},
		{"nl-NL", "De hanger vat een gepolijst stuk lichtgeel, doorschijnend glas in 14 karaat geelgoud.", ldg, false},
		{"sv-SE", "Hänget fattar en polerad bit ljusgult, genomskinligt glas i 14 karat gult guld.", ldg, false},
		{"en-GB", "Obsidian is volcanic glass: this pendant sets a polished piece of black glass in 14k yellow gold.", obs, false},
		{"pl-PL", "Obsydian to szkło wulkaniczne, oprawione w 14-karatowe żółte złoto.", obs, false},
		{"en-US", "Moldavite is a natural green glass formed by an ancient impact.", mol, false},
		{"cs-CZ", "Vltavín je přírodní zelené sklo, zasazené do 14karátového žlutého zlata.", mol, false},
	}
	checkOwnAndControl(t, svc, "grounding", rows, func(r kindRow) (core.Product, bool) { return qz, r.p.Name == ldg.Name })
}
