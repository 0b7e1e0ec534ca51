package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// One sentence of Norwegian Bokmål in Danish copy, and of Danish in
// Bokmål (#13, close_da24; released10a da-DK H10a08-3 "Hengslet lukkes med
// et lite klikk, og øreringene sitter tett inntil øreflippen hele dagen."):
// the words the two spell apart (Bokmål lite, klikk, tett, inntil, hengsel;
// Danish klik, tæt, indtil, hængsel; Den Danske Ordbog, Bokmålsordboka) mark
// the sentence as the other language's.
func TestKindsCloseDa24(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	hoops := core.Product{SKU: "K24D", Name: "Huggie Hoop", Category: "earrings", Collection: "Essence",
		Materials: []string{"18k gold-plated stainless steel", "cubic zirconia"},
		Metals:    []core.Metal{{Base: "stainless steel", Plating: "gold", Fineness: "18k", PlatingMicrons: 1}},
		Stones:    []core.Stone{{Type: "cubic zirconia", Colour: "white", Count: 10, Origin: "simulant"}}}
	da := "Huggie Hoop-øreringene fra Essence-kollektionen er små creoler på 12 mm i rustfrit stål belagt med 18 karat guld. Forsiden af hver ørering er besat med fem kubiske zirkonia, ti i alt, som fanger lyset, når du bevæger dig. "
	nb := "Huggie Hoop-øredobbene fra Essence-kolleksjonen er små creoler på 12 mm i rustfritt stål belagt med 18 karat gull. Forsiden av hver ørering er besatt med fem kubiske zirkonia, ti i alt, som fanger lyset når du beveger deg. "
	pass := func(loc, text string) kindRow { return kindRow{loc, text, hoops, false} }
	block := func(loc, text string) kindRow { return kindRow{loc, text, hoops, true} }
	checkKindRows(t, svc, "locale", []kindRow{
		block("da-DK", da+"Hengslet lukkes med et lite klikk, og øreringene sitter tett inntil øreflippen hele dagen."),
		block("da-DK", da+"Lukkes med et lite klikk og sitter tett inntil øret."),
		block("nb-NO", nb+"Hængslet lukkes med et lille klik, og øreringene sidder tæt indtil øreflippen hele dagen."),
		pass("da-DK", da+"Hængslet lukkes med et lille klik, og øreringene sidder tæt ind til øreflippen hele dagen."),
		pass("nb-NO", nb+"Hengselet lukkes med et lite klikk, og øredobbene sitter tett inntil øreflippen hele dagen."),
	})
}
