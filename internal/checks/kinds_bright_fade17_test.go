package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The word for clear is also the word for bright (#13, left17a; probe17b
// fi-FI P17b02): "värjätty kirkkaan turkoosinsinisiksi" (dyed bright
// turquoise blue) read kirkkaan as the colour clear on a turquoise-blue
// howlite bracelet. Before a colour word, or a compound that starts with a
// colour or stone word, it grades the hue; alone or before a stone it is
// still the colour clear.
func TestKindsBrightColour17(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	how := core.Product{SKU: "B17", Name: "Howlite Bead Bracelet", Category: "bracelet", Collection: "Essence",
		Materials: []string{"howlite", "sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "howlite", Colour: "turquoise blue", Count: 21, Origin: core.OriginNatural, Treatment: "dyed"}},
		Colours: []string{"turquoise blue", "silver"}}
	checkKindRows(t, svc, "", []kindRow{
		// failed before
		{"fi-FI", "Howliittihelmet on värjätty kirkkaan turkoosinsinisiksi, ja välirengas on sterlinghopeaa.", how, false},
		{"fi-FI", "Kirkkaan siniset howliittihelmet ja sterlinghopeinen välirengas.", how, false},
		{"fi-FI", "Helmet on värjätty kirkkaan sinisiksi, ja välirengas on sterlinghopeaa.", how, false},
		{"en-GB", "Howlite beads dyed a clear turquoise blue, with a sterling silver spacer.", how, false},
		{"nl-NL", "Howlietkralen, helder turquoiseblauw geverfd, met een zilveren tussenring.", how, false},
		{"sv-SE", "Howlitpärlor färgade klar turkosblå, med en mellandel i sterlingsilver.", how, false},
		{"de-DE", "Howlith-Perlen, klar türkisblau gefärbt, mit einem Zwischenring aus Sterlingsilber.", how, false},
		// still blocks: clear as the beads' colour
		{"fi-FI", "Kirkkaat howliittihelmet ja sterlinghopeinen välirengas.", how, true},
		{"fi-FI", "Helmet ovat kirkkaita ja läpinäkyviä, välirengas sterlinghopeaa.", how, true},
	})
}
