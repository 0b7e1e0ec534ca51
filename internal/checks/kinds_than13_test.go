package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A stone compared with the gem it resembles (#13, the thirteenth
// session, found by probing fresh copy for the lab-grown moissanite):
// "Moissanite has more fire than a diamond", "compared with a diamond",
// "an alternative to a diamond", es "más fuego que un diamante", nl "meer
// vuur dan een diamant", zh 比钻石 were read as a diamond of the piece and
// blocked twice (grounding.stone and an unqualified diamond simulant). The
// stone after a word of comparison (than_before in vocab.yaml) is what the
// piece's stone is compared with; a diamond named as the piece's stone,
// or "sold as a diamond", still blocks.
func TestKindsThan13(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	ring := core.Product{SKU: "H13T", Name: "Moissanite Solitaire Ring", Category: "ring", Collection: "Timeless",
		Materials: []string{"14k yellow gold"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "14k"}},
		Stones: []core.Stone{{Type: "moissanite", Colour: "colourless", Count: 1, Origin: core.OriginLabGrown}}, Colours: []string{"gold"}}
	for _, r := range []struct {
		locale, text string
		block        bool
	}{
		{"en-US", "A lab-grown moissanite in six prongs. Moissanite has more fire than a diamond and is nearly as hard.", false},
		{"en-US", "A lab-grown moissanite in six prongs. Compared with a diamond, it shows more fire.", false},
		{"en-GB", "A lab-grown moissanite in six claws, a brilliant alternative to a diamond.", false},
		{"es-ES", "Una moissanita creada en laboratorio en seis garras. Tiene más fuego que un diamante.", false},
		{"nl-NL", "Een in het lab gekweekte moissaniet in zes griffen. Hij heeft meer vuur dan een diamant.", false},
		{"sv-SE", "En labbodlad moissanit i sex klor. Den har mer eld än en diamant.", false},
		{"pl-PL", "Moissanit laboratoryjny w sześciu łapkach. Ma więcej ognia niż diament.", false},
		{"zh-CN", "实验室培育莫桑石，六爪镶嵌。它的火彩比钻石更强。", false},
		{"en-US", "A lab-grown moissanite ring with a diamond on each side.", true},
		{"en-US", "A moissanite ring, sold as a diamond.", true},
		{"es-ES", "Un anillo con un diamante talla brillante.", true},
	} {
		blocked, fs := blockedIn(t, svc, "", ring, r.locale, r.text)
		if blocked != r.block {
			t.Errorf("%s %q: blocked %v, want %v: %+v", r.locale, r.text, blocked, r.block, fs)
		}
	}
}
