package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The crystal that holds a stone's trace elements (#13, lead36, the
// thirtieth session).
//
// Copy that explains a stone's colour names the elements in its crystal:
// "Sa teinte framboise provient du fer et du manganèse contenus dans le
// cristal" on rhodolite garnet (released 36's fr-FR 36B104-1) blocked
// grounding.stone as a glass crystal set in the piece, in 11 of 17
// locales. A crystal word in a sentence that names an element of the
// pack's element_words, on a natural crystalline stone and not in a
// sentence about the piece, is that stone's lattice
// (grounding/own_crystal.go elementCrystal). Twins: crystals set in the
// piece still block, with or without an element.
func TestKindsElementCrystal36(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	rhodolite := core.Product{SKU: "EC36", Name: "Puces Rhodolite", Category: "earrings", Collection: "Lumière",
		Materials: []string{"18k yellow gold"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "18k"}},
		Stones:  []core.Stone{{Type: "rhodolite garnet", Colour: "purplish red", Count: 2, Origin: "natural"}},
		Colours: []string{"red", "purple", "gold"}, Features: []string{"stud fastening"}}
	ruby := core.Product{SKU: "EC36R", Name: "Rubis", Category: "ring", Collection: "Signature",
		Materials: []string{"18k white gold"}, Metals: []core.Metal{{Base: "white gold", Fineness: "18k"}},
		Stones:  []core.Stone{{Type: "ruby", Colour: "red", Count: 1, Origin: "natural"}},
		Colours: []string{"red", "silver"}}
	checkKindRows(t, svc, CatGrounding, []kindRow{
		{"fr-FR", "Sa teinte framboise provient du fer et du manganèse contenus dans le cristal.", rhodolite, false},
		{"en-GB", "Its raspberry colour comes from the iron and manganese held within the crystal.", rhodolite, false},
		{"en-US", "Traces of iron and manganese inside the crystal give it a raspberry tone.", rhodolite, false},
		{"de-DE", "Der himbeerrote Ton stammt von Eisen und Mangan im Kristall.", rhodolite, false},
		{"es-ES", "Su tono frambuesa se debe al hierro y al manganeso presentes en el cristal.", rhodolite, false},
		{"it-IT", "La tonalità lampone deriva dal ferro e dal manganese contenuti nel cristallo.", rhodolite, false},
		{"pt-BR", "O tom framboesa vem do ferro e do manganês presentes no cristal.", rhodolite, false},
		{"nl-NL", "De frambozenkleur komt van ijzer en mangaan in het kristal.", rhodolite, false},
		{"cs-CZ", "Malinový odstín pochází ze železa a manganu obsaženého v krystalu.", rhodolite, false},
		{"tr-TR", "Ahududu rengi, kristalin içindeki demir ve manganezden gelir.", rhodolite, false},
		{"el-GR", "Η απόχρωση βατόμουρου οφείλεται στον σίδηρο και το μαγγάνιο μέσα στον κρύσταλλο.", rhodolite, false},
		{"en-GB", "A trace of chromium in the crystal gives the ruby its red.", ruby, false},
		{"de-DE", "Spuren von Chrom im Kristall geben dem Rubin sein Rot.", ruby, false},
		{"es-MX", "Las trazas de cromo dentro del cristal le dan al rubí su rojo intenso.", ruby, false},
		// Twins: crystals set in the piece.
		{"en-GB", "The studs are also set with sparkling crystals.", rhodolite, true},
		{"en-GB", "The earrings are set with crystals tinted by iron.", rhodolite, true},
		{"de-DE", "Die Ohrstecker sind zusätzlich mit funkelnden Kristallen besetzt.", rhodolite, true},
		{"es-ES", "El anillo está adornado con cristales teñidos con hierro.", ruby, true},
	})
}
