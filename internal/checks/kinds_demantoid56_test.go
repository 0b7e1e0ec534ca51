package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// demantoid56Pendant is an 18k gold pendant with one sphene (titanite).
var demantoid56Pendant = core.Product{SKU: "DM56", Name: "Sfeen Hanger", Category: "pendant", Collection: "Reflexions", Materials: []string{"18k yellow gold", "sphene"},
	Metals: []core.Metal{{Base: "yellow gold", Fineness: "18k"}}, Stones: []core.Stone{{Type: "sphene", Colour: "green", Count: 1, Origin: core.OriginNatural}}, Colours: []string{"green", "gold"}}

// TestKindsDemantoid56 (#13, demantoid56; held-out 55 nl-NL 55A03-2): the
// Dutch pack knew demantoid only with a final -e ("demantoïde"), so the
// common Dutch spelling "demantoïd" was unknown vocabulary and a stone
// the piece lacks passed (nl-NL vocab.yaml). Every row blocks as
// grounding; the other Latin-script packs already read their spellings.
func TestKindsDemantoid56(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "grounding", pairRows(demantoid56Pendant, true, [][2]string{
		{"nl-NL", "De hanger draagt een druppelvormige demantoïd van 1 karaat."},
		{"nl-NL", "Twee kleine demantoïden flankeren de steen."},
		{"nl-NL", "De hanger draagt een demantoid."},
	}))
}

// TestKindsDemantoid56Bad: the piece's own sphene still passes, and a
// diamond it is compared with is the compared stone's. Every row passes
// grounding.
func TestKindsDemantoid56Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "grounding", pairRows(demantoid56Pendant, false, [][2]string{
		{"nl-NL", "De hanger draagt een groene sfeen in 18 karaat geelgoud."},
		{"nl-NL", "Sfeen heeft meer vuur dan diamant."},
	}))
}
