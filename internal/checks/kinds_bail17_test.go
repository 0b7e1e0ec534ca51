package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A pendant's bail named with a category word (#13, left17a; probe17b
// pt-PT P17b06): "quatro pequenos diamantes … acompanham a argola" (four
// small diamonds line the bail) blocked grounding.category as the pendant
// called hoop earrings. On a piece that hangs from a bail (a pendant, a
// charm) a ring-shaped part word after a definite article is that bail; the
// word as the piece (a demonstrative, a bare plural) still blocks.
func TestKindsBail17(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	op := core.Product{SKU: "O17", Name: "Boulder Opal Pendant", Category: "pendant", Collection: "Signature",
		Materials: []string{"18k yellow gold", "boulder opal", "diamond"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "18k"}},
		Stones: []core.Stone{{Type: "boulder opal", Colour: "multicolour", Count: 1, Origin: core.OriginNatural},
			{Type: "diamond", Colour: "white", Count: 4, Origin: core.OriginNatural}},
		Colours: []string{"multicolour", "yellow gold"}}
	neck := op
	neck.Name, neck.Category = "Boulder Opal Necklace", "necklace"
	checkKindRows(t, svc, "", []kindRow{
		{"pt-PT", "Quatro pequenos diamantes redondos acompanham a argola, e o pendente usa-se numa corrente de 42 cm.", neck, false},
		// failed before
		{"pt-PT", "A opala está cravada em ouro amarelo de 18 quilates, e quatro pequenos diamantes redondos acompanham a argola.", op, false},
		{"pt-BR", "A opala está cravada em ouro amarelo 18k, e quatro pequenos diamantes enfeitam a argolinha.", op, false},
		{"es-ES", "El ópalo va engastado en oro amarillo de 18 quilates y cuatro pequeños diamantes adornan la anilla.", op, false},
		// still blocks: the word as the piece
		{"pt-PT", "Esta argola em ouro amarelo de 18 quilates tem uma opala boulder.", op, true},
		{"pt-BR", "Argolas de ouro amarelo 18k com opala boulder e diamantes.", op, true},
		{"pt-PT", "Esta argola em ouro amarelo de 18 quilates tem uma opala boulder.", neck, true},
	})
}
