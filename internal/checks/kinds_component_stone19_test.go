package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A stone named as the material of a component of the piece must be a
// stone the product has (#13, component_stone19, the probe 20b): sv
// "tillsammans med två mellanpärlor av lapis lazuli" (together with two
// spacer beads of lapis lazuli) on a ruby in fuchsite bracelet passed,
// because "tillsammans med" is a cross-selling phrase (another item) and
// spacer beads were no component word, so the lapis was read as another
// piece's. Spacer beads are now components in the packs (sv da nb de nl fr
// es it pt pl cs fi tr en), and a component after the phrase keeps the
// sentence about the piece (besideOwnPart). Spacers of the product's own
// stone or metal still pass.
func TestKindsComponentStone19(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := core.Product{SKU: "C19", Name: "Ruby in Fuchsite Bead Bracelet", Category: "bracelet", Materials: []string{"ruby in fuchsite", "sterling silver", "elastic cord"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Stones: []core.Stone{{Type: "ruby in fuchsite", Colour: "green and pink", Count: 19, Origin: core.OriginNatural}},
		Colours: []string{"green", "pink", "silver"}, Features: []string{"two sterling silver spacer beads"}}
	checkKindRows(t, svc, "", []kindRow{
		{"sv-SE", "Nitton pärlor av rubin i fuchsit, tillsammans med två mellanpärlor av lapis lazuli.", p, true},
		{"de-DE", "Neunzehn Perlen aus Rubin in Fuchsit, zusammen mit zwei Zwischenperlen aus Lapislazuli.", p, true},
		{"pt-BR", "Dezenove contas de rubi em fucsita, junto com duas contas separadoras de lápis-lazúli.", p, true},
		{"nl-NL", "Negentien kralen van robijn in fuchsiet, samen met twee tussenkralen van lapis lazuli.", p, true},
		{"da-DK", "Nitten perler af rubin i fuchsit, sammen med to mellemperler af lapis lazuli.", p, true},
		{"nb-NO", "Nitten perler av rubin i fuksitt, sammen med to mellomperler av lapis lazuli.", p, true},
		// spacers of the product's own metal pass
		{"sv-SE", "Nitton pärlor av rubin i fuchsit, tillsammans med två mellanpärlor i sterlingsilver.", p, false},
		{"de-DE", "Neunzehn Perlen aus Rubin in Fuchsit, zusammen mit zwei Zwischenperlen aus Sterlingsilber.", p, false},
		{"da-DK", "Nitten perler af rubin i fuchsit, sammen med to mellemperler i sterlingsølv.", p, false},
		{"nl-NL", "Negentien kralen van robijn in fuchsiet, samen met twee tussenkralen van sterling zilver.", p, false},
	})
}
