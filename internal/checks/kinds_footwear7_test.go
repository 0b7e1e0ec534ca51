package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/grounding"
)

// TestKindsFootwear7 (issue #13, false blocks, clothing_colour): shoes are
// worn with the piece too, so a colour or metal word said of sneakers,
// espadrilles or pumps describes the outfit (clothing), not the charm; the
// same word said of the charm still blocks on gold-plated steel.
func TestKindsFootwear7(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	shoes := []lt{
		{"en-GB", "A gold-plated stainless steel initial charm to wear with silver sneakers or grey ballet flats."},
		{"en-US", "A gold-plated stainless steel initial charm; pair it with silver heels or a gray hoodie."},
		{"fr-FR", "Une breloque en acier inoxydable plaqué or, superbe avec des baskets argentées."},
		{"fr-CA", "Une breloque en acier inoxydable plaqué or, superbe avec des espadrilles argentées ou un coton ouaté gris."},
		{"de-DE", "Ein vergoldeter Anhänger aus Edelstahl, schön zu silbernen Sneakern oder einem grauen Hoodie."},
		{"it-IT", "Un ciondolo in acciaio inossidabile placcato oro, perfetto con stivaletti argentati."},
		{"es-ES", "Un colgante de acero inoxidable con baño de oro, ideal con zapatillas plateadas."},
		{"es-MX", "Un dije de acero inoxidable con baño de oro, ideal con tenis plateados o una sudadera gris."},
		{"pt-BR", "Um pingente de aço inoxidável com banho de ouro, lindo com tênis prateados."},
		{"pt-PT", "Um pendente em aço inoxidável com banho de ouro, perfeito com ténis prateados."},
		{"nl-NL", "Een vergulde bedel van roestvrij staal, mooi bij zilveren sneakers of een grijze hoodie."},
	}
	charm := []lt{
		{"en-GB", "A silver charm to wear with sneakers."},
		{"fr-FR", "Une breloque argentée, superbe avec des baskets."},
		{"de-DE", "Ein silberner Anhänger, schön zu Sneakern."},
		{"es-ES", "Un colgante plateado, ideal con zapatillas."},
		{"nl-NL", "Een zilveren bedel, mooi bij sneakers."},
	}
	runKinds(t, c, guide(t), []kindTable{
		{"clothing colour: shoes", pcCharm, "", shoes},
		{"clothing colour: the charm itself", pcCharm, CatGrounding, charm},
	})
}
