package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The products of the constituents68 rows: a pinolith pendant, a
// septarian nodule pendant and a gem silica ring.
var (
	con68Pinolith = core.Product{SKU: "CON68A", Name: "Heritage", Category: "pendant", Collection: "Heritage",
		Metals:  []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "pinolith", Colour: "black and white", Count: 1, Origin: "natural", Treatment: "stabilised"}},
		Colours: []string{"black", "white", "silver"}}
	con68Septarian = core.Product{SKU: "CON68B", Name: "Reflexions", Category: "pendant", Collection: "Reflexions",
		Metals:  []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "septarian nodule", Colour: "brown", Count: 1, Origin: "natural", Treatment: "stabilised"}},
		Colours: []string{"brown", "yellow", "silver"}}
	con68GemSilica = core.Product{SKU: "CON68C", Name: "Reflexions", Category: "ring", Collection: "Reflexions",
		Metals:  []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "gem silica", Colour: "blue-green", Count: 1, Origin: "natural"}},
		Colours: []string{"blue", "green", "silver"}}
)

// con68PinolithOk: copy that says what pinolith is made of names its
// magnesite crystals (canon stone_families pinolith; Mindat.org,
// "Pinolite").
var con68PinolithOk = [][2]string{
	{"de-DE", "Pinolith besteht aus hellen Magnesitkristallen in dunklem Gestein. Weil Magnesit recht weich ist, wurde unser Stein stabilisiert."},
	{"ko-KR", "마그네사이트는 비교적 무른 광물이기 때문에, 이 24mm 스톤은 수지로 안정화 처리했습니다."},
}

// con68SeptarianOk: copy that says what a septarian nodule is made of
// names the calcite of its veins (canon stone_families septarian nodule;
// Mindat.org, "Septarian").
var con68SeptarianOk = [][2]string{
	{"en-GB", "The pendant shows the inside of a septarian nodule: grey-brown mudstone crossed by veins of honey-yellow calcite, framed in sterling silver."},
}

// TestKindsConstituents68 is the constituents68 kind (#13, late68): copy
// that explains what the piece's own stone is made of names its
// constituents, read as other stones on the piece (held-out 68A de-DE
// 68A03-3 "Weil Magnesit recht weich ist", ko-KR 68A03-3 마그네사이트는, probe 68C
// en-GB 68C04-3 "veins of honey-yellow calcite"). The constituents are
// data (canon stone_families: pinolith, septarian nodule).
func TestKindsConstituents68(t *testing.T) {
	var rows []kindRow
	rows = append(rows, pairRows(con68Pinolith, false, con68PinolithOk)...)
	rows = append(rows, pairRows(con68Septarian, false, con68SeptarianOk)...)
	checkKindRows(t, checkService(t), CatGrounding, rows)
}

// TestKindsConstituents68Bad: a constituent set on the piece, and a
// relative of the stone's family named as the piece's stone, still block
// (16 CFR 23.25: a stone's name describes only that stone; released 68A
// pt-PT 68A04-2, chrysoprase named on gem silica).
func TestKindsConstituents68Bad(t *testing.T) {
	checkKindRows(t, checkService(t), CatGrounding, []kindRow{
		{"en-GB", "The pendant is set with a calcite cabochon.", con68Septarian, true},
		{"de-DE", "Der Anhänger ist mit einem Magnesit-Cabochon besetzt.", con68Pinolith, true},
		{"en-GB", "The pendant is set with a 20 mm magnesite.", con68Pinolith, true},
		{"en-GB", "The ring is set with an 8 mm chrysoprase cabochon.", con68GemSilica, true},
	})
}
