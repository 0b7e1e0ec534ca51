package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A banned form matching another language's word by folded diacritics
// (#13, the seventeenth blind set's released half): the guide's no-cheap
// rule bans Spanish "ganga" (a bargain), and the matcher, which folds
// diacritics, found it in Swedish "gänga", the thread a belly bar's ball
// screws into, blocking two truthful sv-SE texts. Neither a stem nor a
// prefix: the letters differ only by the diacritic folding removed. A
// token another language's data lists (data/<lang>/glossary.yaml) matches
// in copy of a third language only as written, diacritics and all; in
// copy of its own language folding still finds it, and loans written as
// the token still block.
func TestKindsFoldedBanned17(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	bar := core.Product{SKU: "B17", Name: "Navel Bar", Category: "body jewellery", Collection: "Essence",
		Materials: []string{"titanium", "cubic zirconia"}, Metals: []core.Metal{{Base: "titanium"}},
		Stones:   []core.Stone{{Type: "cubic zirconia", Colour: "clear", Count: 3, Origin: core.OriginSimulant}},
		Features: []string{"internally threaded"}, Colours: []string{"silver", "clear"}}
	checkKindRows(t, svc, "", []kindRow{
		{"sv-SE", "Kulan på 4 mm skruvas i en invändig gänga i staven av titan.", bar, false},
		{"sv-SE", "Gänga och kula är av titan, och staven har en invändig gänga.", bar, false},
		{"sv-SE", "Med invändig gänga sitter kulan säkert på staven av titan.", bar, false},
		{"sv-SE", "Gängan är invändig, så kulan sitter säkert på staven av titan.", bar, false},
		{"da-DK", "Stangen af titan er et gunstigt valg til daglig brug.", bar, false},
		{"nb-NO", "Staven av titan er et gunstig valg til hverdags bruk.", bar, false},
		// the banned words still block in their languages, folded or not,
		// and as loans written as the token
		{"es-ES", "Una ganga: barra de titanio con tres circonitas.", bar, true},
		{"es-MX", "¡Una auténtica ganga en titanio!", bar, true},
		{"de-DE", "Das Piercing aus Titan ist günstig.", bar, true},
		{"de-DE", "Das Piercing aus Titan ist gunstig.", bar, true},
		{"sv-SE", "Ett billigt smycke av titan.", bar, true},
		{"sv-SE", "En riktig ganga i titan.", bar, true},
		{"en-GB", "A cheap titanium navel bar.", bar, true},
	})
}
