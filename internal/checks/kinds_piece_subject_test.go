package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The products of piece_subject66's rows: a champlevé ring with one
// diamond, champlevé studs in 18k gold, and sea glass drops on gold
// vermeil hooks.
var (
	pieceSubjRing = core.Product{SKU: "PS66R", Name: "Anello Champlevé", Category: "ring", Collection: "Heritage",
		Materials: []string{"18k yellow gold", "champlevé enamel"},
		Metals:    []core.Metal{{Base: "yellow gold", Fineness: "750"}},
		Stones:    []core.Stone{{Type: "diamond", Origin: "natural", Treatment: "none", Colour: "white", Count: 1}},
		Colours:   []string{"navy blue", "gold"}}
	pieceSubjStuds = core.Product{SKU: "PS66S", Name: "Champlevé-Ohrstecker", Category: "earrings", Collection: "Heritage",
		Materials: []string{"18k yellow gold", "champlevé enamel"},
		Metals:    []core.Metal{{Base: "yellow gold", Fineness: "750"}},
		Colours:   []string{"turquoise", "gold"}}
	pieceSubjVermeil = core.Product{SKU: "PS66V", Name: "Zeeglas Oorhangers", Category: "earrings", Collection: "Essence",
		Materials: []string{"sea glass", "18k gold vermeil"},
		Metals:    []core.Metal{{Base: "sterling silver", Plating: "18k gold", Fineness: "925", PlatingMicrons: 2.5}},
		Colours:   []string{"soft blue", "gold"}}
)

// A verb of combining whose subject is the piece, its category word or
// its own name ("L'Anello Champlevé della collezione Heritage abbina", "De
// Zeeglas Oorhangers ... combineren", "Die Ohrstecker kombinieren"), says
// what the piece combines, not what to wear it with: its object, right
// after the verb or after one of the piece's own materials, is the
// piece's own, and a wrong stone, metal or solid gold on vermeil blocks
// (grounding pieceSubjectCue, piece_subject.go; #13, piece_subject66:
// probe 66C it-IT 66C03-2, nl-NL 66C01-3).
func TestKindsPieceSubject(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), "", []kindRow{
		{"it-IT", "L'Anello Champlevé della collezione Heritage abbina oro giallo 750 e smalto blu notte a uno zaffiro taglio old mine.", pieceSubjRing, true},
		{"it-IT", "L'anello abbina oro giallo e smalto a uno zaffiro.", pieceSubjRing, true},
		{"es-ES", "El anillo combina oro amarillo y esmalte con un zafiro.", pieceSubjRing, true},
		{"de-DE", "Die Ohrstecker kombinieren Platin mit Email.", pieceSubjStuds, true},
		{"nl-NL", "De Zeeglas Oorhangers uit de Essence-collectie combineren twee stukjes zeeglas met haakjes van massief 18 karaat goud.", pieceSubjVermeil, true},
	})
}

// TestKindsPieceSubjectOk: a styling suggestion (an imperative, a
// reflexive, another item or ours after the verb) still names another
// item, and passes.
func TestKindsPieceSubjectOk(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, []kindRow{
		{"it-IT", "Abbina l'anello a un ciondolo con zaffiro.", pieceSubjRing, false},
		{"it-IT", "L'Anello Champlevé si abbina a un bracciale con zaffiri.", pieceSubjRing, false},
		{"de-DE", "Kombinieren Sie die Ohrstecker mit einem Armband aus Platin.", pieceSubjStuds, false},
		{"de-DE", "Die Ohrstecker kombinieren sich schön mit unserem Armband aus Platin.", pieceSubjStuds, false},
		{"nl-NL", "Combineer de oorhangers met een ketting van massief goud.", pieceSubjVermeil, false},
	})
}
