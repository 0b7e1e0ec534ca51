package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// organicColourCuff is the product of the organic-colour rows: an open cuff
// in sterling silver set with three undyed spiny oyster shell pieces.
var organicColourCuff = core.Product{SKU: "OC1", Name: "Cortez", Category: "bracelet", Collection: "Heritage",
	Materials: []string{"sterling silver", "spiny oyster shell"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
	Stones:   []core.Stone{{Type: "spiny oyster shell", Colour: "orange", Count: 3, Origin: core.OriginNatural}},
	Features: []string{"undyed"}, Colours: []string{"orange", "silver"}}

// A shell, coral, nacre or amber cut and polished without dye "to keep its
// colour" is said of the organic material, not of the metal or its finish
// (#13, late67: released 67B ar-AE 67B03-2 "يُقص ويُصقل دون صبغ ليحافظ على
// لونه"): these words and the dye word join the tarnish claim's
// other_subjects (stone12, sense44) in every language, read back from the
// match to the sentence's start. The claim said of the silver still blocks
// (FTC Jewelry Guides 16 CFR 23.1: a durability claim needs substantiation).
func TestKindsOrganicColourOk(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), "claim", pairRows(organicColourCuff, false, [][2]string{
		{"ar-AE", "يأتي هذا الصدف من خليج كاليفورنيا في المكسيك، ثم يُقص ويُصقل دون صبغ ليحافظ على لونه البرتقالي الطبيعي."},
		{"ar-AE", "يُصقل الصدف بعناية ليحافظ على لونه."},
		{"en-GB", "The shell is cut and polished by hand, never dyed, so it keeps its natural colour."},
		{"en-GB", "The shell is cut and polished without dye to keep its colour."},
		{"de-DE", "Die Muschel wird ohne Farbstoff geschliffen, damit sie ihre Farbe behält."},
		{"fr-FR", "Le coquillage est poli sans teinture pour qu'il garde sa couleur."},
		{"es-ES", "La concha se pule sin tinte para que conserve su color."},
		{"it-IT", "La conchiglia è lucidata senza tintura perché mantenga il suo colore."},
		{"nl-NL", "De schelp wordt zonder kleurstof gepolijst, zodat het zijn kleur behoudt."},
	}))
}

// TestKindsOrganicColourBad: the colour promise said of the metal still blocks.
func TestKindsOrganicColourBad(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), "claim", pairRows(organicColourCuff, true, [][2]string{
		{"ar-AE", "الصدف طبيعي، والفضة تحافظ على لونها إلى الأبد."},
		{"en-GB", "The shell is natural; the silver will keep its colour."},
		{"en-GB", "The shell sits in plated silver that will keep its colour."},
		{"de-DE", "Die Muschel sitzt in Silber, das seine Farbe behält."},
	}))
}
