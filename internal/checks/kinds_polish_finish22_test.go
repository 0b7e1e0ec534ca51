package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A polish that names the piece's finish is no care advice (#13,
// released22a en-US H22a03: "The high polish gives a mirror finish that
// stays bright forever, whatever you put it through" on a platinum band
// passed, the word "polish", listed among tarnish_proof's unless words for
// "polish it to keep its shine", excusing the claim). checks finishSense:
// an unless word right after a finish word ("high", "mirror", "satin") or
// right before one ("finish", "miroir") is the finish. Care advice with
// the verb still excuses; platinum's weak surface evidence still licenses
// a claim without an absolute word.
func TestKindsPolishFinish22(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	band := platinumBand22()
	silver := platinumBand22()
	silver.Materials, silver.Metals = []string{"sterling silver"}, []core.Metal{{Base: "sterling silver", Fineness: "925"}}
	checkKindRows(t, svc, "claim", []kindRow{
		// failed before: a finish polish excused the claim
		{"en-US", "The high polish gives a mirror finish that stays bright forever, whatever you put it through.", band, true},
		{"en-GB", "The high polish gives a mirror finish that stays bright forever.", silver, true},
		{"en-GB", "A mirror polish that stays bright for years.", silver, true},
		{"en-GB", "Its high-polish surface will stay shiny forever.", silver, true},
		{"fr-FR", "Un polissage miroir qui ne ternit jamais.", silver, true},
		// still blocked before and after
		{"en-GB", "The band never tarnishes.", silver, true},
		// care advice still excuses the claim
		{"en-GB", "Polish it with the cloth and it stays bright for years.", silver, false},
		{"fr-FR", "Polissez-la avec le chiffon et elle ne ternit jamais.", silver, false},
		// platinum's weak evidence, no absolute word
		{"en-US", "The high polish stays bright.", band, false},
	})
}

func platinumBand22() core.Product {
	return core.Product{SKU: "P22", Name: "Comfort Fit Band", Category: "ring", Collection: "Signature",
		Materials: []string{"platinum"}, Metals: []core.Metal{{Base: "platinum", Fineness: "900"}},
		Colours: []string{"white"}, Features: []string{"comfort fit", "polished finish"}}
}
