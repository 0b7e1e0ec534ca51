package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A close language's sentence in copy (#13, close_language, the seventeenth
// and eighteenth blind sets' released halves): a Danish sentence in nb-NO
// copy ("De er nemme at bære hele dagen, og de klæder både hverdagen og
// festen") and a Slovak one in cs-CZ copy ("Neobsahuje nikel, je
// hypoalergénny a odolný voči černaniu") passed: the packs lacked Danish
// "nem", "klæder" and Slovak "voči", the verbal nouns in -anie/-aniu (Czech
// -ání) and the adjectives in -énny (Czech -enní). Bokmål and Czech
// sentences with the same meaning pass.
func TestKindsClose17(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := core.Product{SKU: "C17", Name: "Argentium Chain", Category: "necklace", Collection: "Essence",
		Materials: []string{"Argentium silver 935"}, Metals: []core.Metal{{Base: "Argentium silver", Fineness: "935"}},
		Colours: []string{"silver"}, Features: []string{"tarnish-resistant", "hypoallergenic", "nickel-free"}}
	const nbHead = "Kjedet er laget av sølv og har en lås som er lett å åpne. "
	const csHead = "Řetízek je vyroben ze stříbra Argentium ryzosti 935 a měří 50 cm. "
	checkKindRows(t, svc, "locale", []kindRow{
		{"nb-NO", nbHead + "De er nemme at bære hele dagen, og de klæder både hverdagen og festen.", p, true},
		{"nb-NO", nbHead + "Kjedet er nemt at style og klæder en hvid skjorte.", p, true},
		{"cs-CZ", csHead + "Neobsahuje nikel, je hypoalergénny a odolný voči černaniu.", p, true},
		{"cs-CZ", csHead + "Je odolný voči škrabaniu a vhodný na každodenné nosenie.", p, true},
	})
	checkKindRows(t, svc, "", []kindRow{
		{"nb-NO", nbHead + "De er lette å bære hele dagen, og de kler både hverdagen og festen.", p, false},
		{"nb-NO", nbHead + "Kjedet er enkelt å style og kler en hvit skjorte.", p, false},
		{"cs-CZ", csHead + "Neobsahuje nikl, je hypoalergenní a odolný vůči černání.", p, false},
		{"cs-CZ", csHead + "Je odolný vůči poškrábání a vhodný pro každodenní nošení.", p, false},
		{"cs-CZ", csHead + "Kolekce Stephanie nese jméno po naší zakladatelce a hodí se ke všemu.", p, false},
	})
}
