package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A count with a size between it and its stones (#13, size_between24;
// released5b fi-FI H5B03-1 "seitsemän 4 mm:n viljeltyä makean veden
// helmeä", seven 4 mm cultured freshwater pearls on a piece of five): the
// size's number and unit (and the case ending a colon glues to the unit,
// Finnish "mm:n") are passed over, so the count is compared with the
// stones; "seven 4 mm" was read as a measure of seven, and the size's
// number stopped the look for the stone.
func TestKindsSizeBetween24(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	anklet := core.Product{SKU: "K24S", Name: "Tidal", Category: "anklet", Collection: "Essence",
		Materials: []string{"18k gold-plated stainless steel", "cultured freshwater pearl"},
		Metals:    []core.Metal{{Base: "stainless steel", Plating: "gold", Fineness: "18k", PlatingMicrons: 2.5}},
		Stones:    []core.Stone{{Type: "cultured freshwater pearl", Colour: "white", Count: 5, Origin: "natural"}}}
	pass := func(loc, text string) kindRow { return kindRow{loc, text, anklet, false} }
	block := func(loc, text string) kindRow { return kindRow{loc, text, anklet, true} }
	checkKindRows(t, svc, "grounding", []kindRow{
		block("en-GB", "The chain is set with seven 4 mm cultured freshwater pearls."),
		block("en-US", "It carries 7 4 mm freshwater pearls."),
		block("fi-FI", "Ketjua koristaa seitsemän 4 mm:n viljeltyä makean veden helmeä."),
		block("fi-FI", "Ketjua koristaa seitsemän 4 mm helmeä."),
		block("de-DE", "Die Kette schmücken sieben 4-mm-Süßwasserzuchtperlen."),
		block("de-DE", "Die Kette schmücken sieben 4 mm Süßwasserperlen."),
		block("sv-SE", "Kedjan pryds av sju 4 mm sötvattenspärlor."),
		block("da-DK", "Kæden er prydet med syv 4 mm ferskvandsperler."),
		block("nb-NO", "Kjedet er pyntet med sju 4 mm ferskvannsperler."),
		block("nl-NL", "De ketting is versierd met zeven 4 mm zoetwaterparels."),
		pass("en-GB", "The chain is set with five 4 mm cultured freshwater pearls."),
		pass("fi-FI", "Ketjua koristaa viisi 4 mm:n viljeltyä makean veden helmeä."),
		pass("de-DE", "Die Kette schmücken fünf 4-mm-Süßwasserzuchtperlen."),
		pass("sv-SE", "Kedjan pryds av fem 4 mm sötvattenspärlor."),
		pass("nl-NL", "De ketting is versierd met vijf 4 mm zoetwaterparels."),
		pass("en-GB", "Its 4 mm pearls catch the light."),
		pass("fi-FI", "Sen 4 mm:n helmet kimaltavat."),
	})
}
