package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsAbbrevURL33: a dotted abbreviation whose last letters are a
// country's top-level domain is no URL (#13, abbrevurl33; released blind
// set 33, pl-PL 33B128 "m.in. w Meksyku" blocked as the URL "m.in").
// checks/url_abbrev.go isDottedAbbreviation, read from checkSafety. The
// pass rows failed before (pl "m.in.", "m.st.", it "p.es."); the other
// locales' abbreviations (e.g., z.B., bl.a., f.eks., p.ex.) passed before
// and are kept as rows. Blocking twins: a real host name in the same
// sentences ("www.x.pl", "shop.example.com", "pandora.net", "m.in.com").
func TestKindsAbbrevURL33(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := core.Product{SKU: "U33", Name: "Mgła", Category: "earrings", Collection: "Essence",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Colours: []string{"blue", "silver"}}
	checkKindRows(t, svc, CatSafety, []kindRow{
		{"pl-PL", "Hemimorfit powstaje m.in. w Meksyku i w Chinach.", p, false},
		{"pl-PL", "Kamień wydobywa się m.in. w Meksyku, np. w Chihuahua.", p, false},
		{"pl-PL", "Kolczyki powstały w pracowni w m.st. Warszawie.", p, false},
		{"it-IT", "Si abbinano a colori chiari, p.es. il grigio.", p, false},
		{"en-GB", "They suit light tones, e.g. grey, i.e. soft colours.", p, false},
		{"de-DE", "Sie passen z.B. zu Grau, u.a. zu Beige, d.h. zu hellen Tönen.", p, false},
		{"fr-FR", "Ils se portent avec des tons clairs, p.ex. le gris.", p, false},
		{"nl-NL", "Ze passen o.a. bij grijs, m.a.w. bij lichte tinten.", p, false},
		{"sv-SE", "De passar bl.a. till grått, t.ex. en ljus skjorta.", p, false},
		{"da-DK", "De passer bl.a. til grå, f.eks. en lys skjorte.", p, false},
		{"nb-NO", "De passer bl.a. til grått, f.eks. en lys skjorte.", p, false},
		{"es-ES", "Combinan con tonos claros, p.ej. el gris.", p, false},
		{"pl-PL", "Więcej na www.x.pl i m.in. w sklepie.", p, true},
		{"pl-PL", "Zobacz shop.example.com, m.in. nowości.", p, true},
		{"pl-PL", "Zobacz m.in.com po więcej.", p, true},
		{"it-IT", "Visita pandora.net, p.es. oggi.", p, true},
		{"en-GB", "See shop.example.com, e.g. today.", p, true},
	})
}
