package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsNameStop25: a capitalised word that ends one sentence is no
// name of the category noun that opens the next ("…jen v Oregonu.
// Náušnice jsou z mědi": a place, then the piece), so the piece's metal
// after it is compared (#13, twenty-fifth session, namestop25; seen by
// constituent25: copper earrings on 14k gold passed in cs-CZ, read as a
// product named "Oregonu Náušnice"). grounding nameAround reads a name
// only within the noun's sentence. Rows in the languages whose category
// noun opens a sentence with no article; pass twins with the true metal.
// Left: sv-SE "…i Oregon. Örhängena är av koppar" passes for another cause.
func TestKindsNameStop25(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	studs := core.Product{SKU: "NS25", Name: "Lumière Studs", Category: "earrings",
		Materials: []string{"14k yellow gold", "sunstone"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "14k"}},
		Stones:  []core.Stone{{Type: "sunstone", Colour: "peach", Count: 2, Origin: core.OriginNatural}},
		Colours: []string{"peach", "gold"}}
	rows := [][3]string{
		{"cs-CZ", "Tento živec se těží jen v Oregonu. Náušnice jsou z mědi.", "Tento živec se těží jen v Oregonu. Náušnice jsou ze 14karátového zlata."},
		{"pl-PL", "Ten skaleń wydobywa się tylko w Oregonie. Kolczyki są z miedzi.", "Ten skaleń wydobywa się tylko w Oregonie. Kolczyki są z 14-karatowego złota."},
		{"en-GB", "This feldspar is mined only in Oregon. Earrings like these are made of copper.", "This feldspar is mined only in Oregon. Earrings like these are made of 14k gold."},
		{"fi-FI", "Tätä maasälpää louhitaan vain Oregonissa. Korvakorut ovat kuparia.", "Tätä maasälpää louhitaan vain Oregonissa. Korvakorut ovat 14 karaatin kultaa."},
		{"tr-TR", "Bu feldispat yalnızca Oregon'da çıkarılır. Küpeler bakırdan yapılmıştır.", "Bu feldispat yalnızca Oregon'da çıkarılır. Küpeler 14 ayar altından yapılmıştır."},
	}
	var block, pass []kindRow
	for _, r := range rows {
		block = append(block, kindRow{r[0], r[1], studs, true})
		pass = append(pass, kindRow{r[0], r[2], studs, false})
	}
	checkKindRows(t, svc, "grounding", block)
	checkKindRows(t, svc, "grounding", pass)
}
