package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsEra62: the Scandinavian era abbreviations "f.Kr." (før/före
// Kristus) and "e.Kr." (efter/etter Kristus) end in ".kr", South Korea's
// top-level domain, and Dutch, Swedish and Norwegian abbreviations such as
// "m.b.t." (.bt), "d.m.v." (.mv), "o.b.v." (.bv), "p.g.a." (.ga) and
// "m.a.o." (.ao) end in others, so the URL matcher read them as host names
// (#13, small62; released blind set 62, da-DK 62B04-1 "omkring år 600
// f.Kr." blocked as the URL "f.Kr"). Sources: Dansk Sprognævn's and
// Språkrådet's lists of abbreviations, Svenska skrivregler, Taalunie's
// "afkortingen". Blocking twins: real host names beside them.
func TestKindsEra62(t *testing.T) {
	t.Parallel()
	p := core.Product{SKU: "E62", Name: "Lydia", Category: "earrings", Collection: "Essence",
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"silver"}}
	checkKindRows(t, checkService(t), CatSafety, []kindRow{
		{"da-DK", "Allerede omkring år 600 f.Kr. prægede man de første mønter i Lydien.", p, false},
		{"da-DK", "Teknikken kendes fra omkring 200 e.Kr. og bruges stadig.", p, false},
		{"nb-NO", "Allerede rundt år 600 f.Kr. preget man de første myntene i Lydia.", p, false},
		{"nb-NO", "Teknikken er kjent fra rundt 200 e.Kr., og den brukes fortsatt.", p, false},
		{"sv-SE", "Redan omkring år 600 f.Kr. präglade man de första mynten i Lydien.", p, false},
		{"sv-SE", "Örhängena är matta p.g.a. den borstade ytan.", p, false},
		{"nb-NO", "Overflaten er matt, m.a.o. den reflekterer lite lys.", p, false},
		{"nl-NL", "Meer informatie m.b.t. onderhoud vindt u in de doos.", p, false},
		{"nl-NL", "De oorbellen zijn d.m.v. een schroefsluiting te bevestigen.", p, false},
		{"nl-NL", "De vorm is o.b.v. een oude munt ontworpen.", p, false},
		{"da-DK", "Se mere på shop.example.kr, omkring 600 f.Kr.", p, true},
		{"sv-SE", "Besök f.kr.se för mer.", p, true},
		{"nl-NL", "Kijk op m.b.t.nl voor meer.", p, true},
	})
}
