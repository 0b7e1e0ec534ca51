package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// dyeFreeColourCuff is the product of the dye-free-colour rows: an open cuff
// in sterling silver set with three undyed spiny oyster shell pieces.
var dyeFreeColourCuff = core.Product{SKU: "OC1", Name: "Cortez", Category: "bracelet", Collection: "Heritage",
	Materials: []string{"sterling silver", "spiny oyster shell"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
	Stones:   []core.Stone{{Type: "spiny oyster shell", Colour: "orange", Count: 3, Origin: core.OriginNatural}},
	Features: []string{"undyed"}, Colours: []string{"orange", "silver"}}

// A material cut and polished without dye "to keep its colour" keeps the
// undyed material's colour, not the metal's or its finish's (#13, late67:
// released 67B ar-AE 67B03-2 "يُقص ويُصقل دون صبغ ليحافظ على لونه"): the
// dye noun joins the treatment words (dyed, dyeing) of the tarnish claim's
// other_subjects (stone12, sense44) in every language, read back from the
// match to the sentence's start. A stone named as the subject with no
// treatment word stays the claim (TestKindsNaturalColour19). The claim said of the silver still blocks
// (FTC Jewelry Guides 16 CFR 23.1: a durability claim needs substantiation).
func TestKindsDyeFreeColourOk(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), "claim", pairRows(dyeFreeColourCuff, false, [][2]string{
		{"ar-AE", "يأتي هذا الصدف من خليج كاليفورنيا في المكسيك، ثم يُقص ويُصقل دون صبغ ليحافظ على لونه البرتقالي الطبيعي."},
		{"en-GB", "The shell is cut and polished by hand, never dyed, so it keeps its natural colour."},
		{"en-GB", "The shell is cut and polished without dye to keep its colour."},
		{"de-DE", "Die Muschel wird ohne Farbstoff geschliffen, damit sie ihre Farbe behält."},
		{"fr-FR", "Le coquillage est poli sans teinture pour qu'il garde sa couleur."},
		{"es-ES", "La concha se pule sin tinte para que conserve su color."},
		{"it-IT", "La conchiglia è lucidata senza tintura perché mantenga il suo colore."},
		{"nl-NL", "De schelp wordt zonder kleurstof gepolijst, zodat het zijn kleur behoudt."},
	}))
}

// TestKindsDyeFreeColourBad: the colour promise said of the metal still blocks.
func TestKindsDyeFreeColourBad(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), "claim", pairRows(dyeFreeColourCuff, true, [][2]string{
		{"ar-AE", "الصدف طبيعي، والفضة تحافظ على لونها إلى الأبد."},
		{"en-GB", "The shell is natural; the silver will keep its colour."},
		{"en-GB", "The shell sits in plated silver that will keep its colour."},
		{"de-DE", "Die Muschel sitzt in Silber, das seine Farbe behält."},
		{"en-GB", "The shell keeps its natural colour forever."},
	}))
}
