package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// look56Chain is a 45 cm sterling silver chain necklace.
var look56Chain = core.Product{SKU: "LK56", Name: "Paperclip Chain Necklace", Category: "necklace", Collection: "Essence", Materials: []string{"sterling silver"},
	Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"silver"}, Features: []string{"lobster clasp"},
	Measurements: []core.Measurement{{Name: "chain length", Value: 45, Unit: "cm"}}}

// TestKindsLook56 (#13, look56; held-out 55 en-AU 55B01-3): the piece's
// own length in a sentence that also names a styled look ("so it works as
// the longer strand in a layered look", "in einen Lagenlook", "dans un
// look superposé") was read as another item's, as other_items make their
// whole sentence about other items; a look (look_items) makes only its
// own clause so (grounding/look_measure56.go). Every row blocks as
// grounding: the piece is 45 cm.
func TestKindsLook56(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "grounding", pairRows(look56Chain, true, [][2]string{
		{"en-AU", "At 50 cm it sits just below the collarbone, so it works as the longer strand in a layered look."},
		{"en-GB", "At 50 cm, it works as the longer strand in a stacked look."},
		{"en-US", "In a layered look it is the longest strand, at 50 cm."},
		{"de-DE", "Mit 50 cm liegt sie knapp unter dem Schlüsselbein, daher passt sie als längere Kette in einen Lagenlook."},
		{"fr-FR", "Avec ses 50 cm, il tombe juste sous la clavicule, et trouve sa place dans un look superposé."},
		{"es-ES", "Con 50 cm queda justo bajo la clavícula, así que funciona como la cadena más larga en un look por capas."},
		{"it-IT", "Con i suoi 50 cm cade appena sotto la clavicola, quindi funziona come filo più lungo in un look stratificato."},
	}))
}

// TestKindsLook56Bad: a look in the measure's own clause, and every other
// other_items cue, still make the measure another item's. Every row
// passes grounding.
func TestKindsLook56Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "grounding", pairRows(look56Chain, false, [][2]string{
		{"en-GB", "Wear it with 40 cm and 50 cm chains for a layered look."},
		{"en-GB", "It is 45 cm long, and also available in 50 cm."},
		{"de-DE", "Kombinieren Sie sie im Lagenlook mit einer 50 cm langen Kette."},
		{"fr-FR", "Pour un look superposé avec une chaîne de 50 cm."},
	}))
}
