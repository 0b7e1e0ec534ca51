package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A decimal's whole part is no count (#13, probe17c: "A strand of 63
// cultured freshwater pearls, each 6.5 to 7 mm" read "each 6" as six
// pearls per part). A number right before a decimal point or comma and a
// digit is the whole part of a measure ("6.5 mm", "6,5 mm"), as a number
// right after one is its fraction. A count still blocks.
func TestKindsDecimalCount17(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	strand := core.Product{SKU: "D17", Name: "Freshwater Pearl Strand", Category: "necklace", Collection: "Timeless",
		Materials: []string{"cultured freshwater pearls", "14k yellow gold", "silk thread"},
		Metals:    []core.Metal{{Base: "yellow gold", Fineness: "14k"}},
		Stones:    []core.Stone{{Type: "cultured freshwater pearl", Colour: "white", Count: 63, Origin: core.OriginNatural}},
		Colours:   []string{"white", "yellow gold"}}
	checkKindRows(t, svc, "grounding", []kindRow{
		{"en-GB", "A strand of 63 cultured freshwater pearls, each 6.5 to 7 mm, near-round.", strand, false},
		{"en-US", "63 freshwater pearls, each one 6.5 mm across.", strand, false},
		{"fr-FR", "Un rang de 63 perles de culture d'eau douce, chacune de 6,5 à 7 mm.", strand, false},
		{"de-DE", "Ein Strang aus 63 Süßwasser-Zuchtperlen, jede 6,5 bis 7 mm groß.", strand, false},
		{"es-ES", "Un collar de 63 perlas cultivadas de agua dulce, cada una de 6,5 a 7 mm.", strand, false},
		{"it-IT", "Un filo di 63 perle coltivate d'acqua dolce, ciascuna di 6,5-7 mm.", strand, false},
		{"nl-NL", "Een streng van 63 zoetwaterparels, elk 6,5 tot 7 mm.", strand, false},
		{"pl-PL", "Sznur 63 pereł słodkowodnych, każda 6,5–7 mm.", strand, false},
		// a count still blocks
		{"en-GB", "A strand of 6 cultured freshwater pearls.", strand, true},
		{"en-GB", "A strand of 61 cultured freshwater pearls, each 6.5 mm.", strand, true},
		{"fr-FR", "Un rang de 6 perles de culture.", strand, true},
	})
}
