package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// spared56Chain is a plain sterling silver chain with no tarnish feature.
var spared56Chain = core.Product{SKU: "SP56", Name: "Link Bracelet", Category: "bracelet", Collection: "Heritage", Materials: []string{"sterling silver"},
	Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"silver"}}

// TestKindsSpared56 (#13, spared56; held-out 55 nl-NL 55A01-2): a
// tarnish claim whose care word stands in a clause a without word opens
// ("zonder dat je het ooit hoeft te poetsen", "ohne dass du es jemals
// polieren musst") is the care the claim spares, which excused the claim
// as care advice when the without word stood more than four words back
// (care_spared56.go). Every row blocks as a claim.
func TestKindsSpared56(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "claim", pairRows(spared56Chain, true, [][2]string{
		{"nl-NL", "Het zilver wordt nooit dof, zonder dat je het ooit hoeft te poetsen."},
		{"nl-NL", "De schakels verkleuren niet, zonder dat je ze ooit hoeft op te poetsen."},
		{"de-DE", "Das Silber läuft nie an, ohne dass du es jemals polieren musst."},
		{"fr-FR", "L'argent ne ternit jamais, sans que vous ayez besoin de le polir."},
		{"pt-BR", "A prata nunca escurece, sem que você precise polir a peça."},
		{"sv-SE", "Silvret mörknar aldrig, utan att du någonsin behöver putsa det."},
		{"da-DK", "Sølvet anløber aldrig, uden at du nogensinde skal pudse det."},
	}))
}

// TestKindsSpared56Bad: care advice still excuses: a care word before the
// without word ("Polish it with a soft cloth without chemicals"), a
// without word heading a noun phrase ("zonder andere sieraden ... in een
// zakje"). Every row passes as a claim.
func TestKindsSpared56Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "claim", pairRows(spared56Chain, false, [][2]string{
		{"en-GB", "Polish it with a soft cloth without chemicals so it keeps its shine."},
		{"nl-NL", "Bewaar hem zonder andere sieraden in een zakje, zodat hij zijn glans behoudt."},
		{"de-DE", "Bewahre es ohne andere Schmuckstücke in einem Beutel auf, damit es nicht anläuft."},
	}))
}
