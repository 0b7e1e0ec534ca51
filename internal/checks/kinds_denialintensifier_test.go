package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// denialIntensifierTurquoise is the stabilised turquoise pendant of probe
// 67D el-GR 67D02.
var denialIntensifierTurquoise = core.Product{SKU: "DI67", Name: "Turquoise Pendant", Category: "pendant", Collection: "Heritage", Materials: []string{"sterling silver", "turquoise"},
	Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Stones: []core.Stone{{Type: "turquoise", Colour: "blue", Count: 1, Origin: core.OriginNatural, Treatment: "stabilised"}}, Colours: []string{"silver", "blue"}}

// TestKindsDenialIntensifier (#13, facts67): a treatment denied with an
// intensifier inside the denial ("χωρίς καμία απολύτως επεξεργασία",
// without absolutely any treatment; "utan någon som helst behandling",
// "bez absolutnie żadnej obróbki") passed on a stabilised turquoise
// (probe 67D el-GR 67D02-1): the intensifiers are now denial_determiners,
// left out when the denial is matched (grounding treatment_denied.go
// denialView). The stone's true treatment said passes.
func TestKindsDenialIntensifier(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := denialIntensifierTurquoise
	checkKindRows(t, svc, "grounding", pairRows(p, true, [][2]string{
		{"el-GR", "Η πέτρα είναι εντελώς φυσική, χωρίς καμία απολύτως επεξεργασία."},
		{"el-GR", "Η πέτρα είναι φυσική, χωρίς απολύτως καμία επεξεργασία."},
		{"en-GB", "The stone is natural, without absolutely any treatment."},
		{"it-IT", "La pietra è naturale, senza assolutamente alcun trattamento."},
		{"es-ES", "La piedra es natural, sin absolutamente ningún tratamiento."},
		{"pt-BR", "A pedra é natural, sem absolutamente nenhum tratamento."},
		{"fr-FR", "La pierre est naturelle, sans absolument aucun traitement."},
		{"pl-PL", "Kamień jest naturalny, bez absolutnie żadnej obróbki."},
		{"cs-CZ", "Kámen je přírodní, bez absolutně jakékoli úpravy."},
		{"sv-SE", "Stenen är naturlig, utan någon som helst behandling."},
		{"da-DK", "Stenen er naturlig, uden nogen som helst behandling."},
		{"nb-NO", "Steinen er naturlig, uten noen som helst behandling."},
		{"nl-NL", "De steen is natuurlijk, zonder ook maar enige behandeling."},
	}))
	checkKindRows(t, svc, "grounding", pairRows(p, false, [][2]string{
		{"el-GR", "Το τιρκουάζ είναι σταθεροποιημένο."},
		{"en-GB", "The turquoise is stabilised."},
		{"sv-SE", "Turkosen är stabiliserad."},
	}))
}
