package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// hang11Pendant is a pearl pendant on a chain: a necklace.
var hang11Pendant = core.Product{SKU: "H11", Name: "Perla Drop Pendant", Category: "necklace", Materials: []string{"gold-plated sterling silver", "freshwater pearl"},
	Metals: []core.Metal{{Base: "sterling silver", Plating: "gold", Fineness: "18k"}},
	Stones: []core.Stone{{Type: "freshwater pearl", Count: 1, Colour: "white"}}, Colours: []string{"gold", "white"}}

// TestKindsHangsFromLongClause11: the ring or hoop a pearl hangs from, far
// in the hanging verb's clause behind the pearl's colour, size and kind
// ("suspende uma única pérola de água doce branca de 8 mm numa fina
// argola", released 9 pt-PT, 13 words from the verb), is the pendant's
// part, not the necklace called a ring or hoop earrings (#13, rel9's
// hangsFrom with hangWindow 12 → 16); the ring word in a clause of its
// own still names the piece.
func TestKindsHangsFromLongClause11(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	runKinds(t, c, guide(t), []kindTable{
		{"the part a pearl hangs from", hang11Pendant, "", []lt{
			{"pt-PT", "O pendente suspende uma única pérola de água doce branca de 8 mm numa fina argola em prata de lei banhada a ouro."},
			{"pt-BR", "O pingente suspende uma única pérola de água doce branca de 8 mm numa fina argola de prata banhada a ouro."},
		}},
		{"a ring word in its own clause", hang11Pendant, CatGrounding, []lt{
			{"pt-PT", "O pendente suspende uma pérola de água doce. Esta argola é um presente perfeito."},
		}},
	})
}
