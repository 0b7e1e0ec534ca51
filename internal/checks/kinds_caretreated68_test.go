package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The products of caretreated68's rows: a dyed onyx signet ring in sterling
// silver, and the same ring with an untreated onyx.
var (
	ct68Dyed = core.Product{SKU: "CT68", Name: "Heritage", Category: "ring", Collection: "Heritage",
		Metals:  []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "onyx", Colour: "black", Count: 1, Origin: "natural", Treatment: "dyed"}},
		Colours: []string{"black", "silver"}}
	ct68Plain = core.Product{SKU: "CT68P", Name: "Heritage", Category: "ring", Collection: "Heritage",
		Metals:  []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "onyx", Colour: "black", Count: 1, Origin: "natural", Treatment: "none"}},
		Colours: []string{"black", "silver"}}
)

// A stone's treatment said to need no care is no maintenance-free promise
// (#13, fbrule68, claim.tarnish_proof): probe 68D da-DK 68D01-1
// "Farvningen er en gammel og stabil behandling, som ikke kræver særlig
// pleje" and ar-AE 68D02-3 "والمعالجة ثابتة لا تحتاج إلى عناية خاصة" said
// the dyeing or heating of the stone asks nothing of the wearer: the
// treatment's disclosure and its permanence (FTC 16 CFR 23.22), not the
// claim that the metal will not tarnish (FTC 16 CFR 23.1). The care-free
// phrase's subject, read back from it, is a noun of the treatment
// (conceptDef.CareOthers, data/<lang>/concepts-caretreated68.yaml).
func TestKindsCareTreated68(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatClaim, pairRows(ct68Dyed, false, [][2]string{
		{"da-DK", "Farvningen er en gammel og stabil behandling, som ikke kræver særlig pleje."},
		{"ar-AE", "الأونيكس مصبوغ. والمعالجة ثابتة لا تحتاج إلى عناية خاصة."},
		{"en-GB", "The onyx is dyed. The treatment is stable and needs no special care."},
		{"de-DE", "Der Onyx ist gefärbt. Die Behandlung ist stabil und braucht keine besondere Pflege."},
		{"fr-FR", "L'onyx est teint ; ce traitement est stable et ne demande aucun soin particulier."},
		{"es-ES", "El ónix está teñido. El tratamiento es estable y no necesita ningún cuidado."},
		{"sv-SE", "Onyxen är färgad. Behandlingen är stabil och kräver ingen särskild skötsel."},
		{"nb-NO", "Onyksen er farget. Behandlingen er stabil og krever ingen spesiell pleie."},
	}))
}

// TestKindsCareTreated68Bad: the piece or its metal said to need no care,
// or a treatment on a piece whose stone is untreated (an anti-tarnish
// treatment of the metal), stays the claim.
func TestKindsCareTreated68Bad(t *testing.T) {
	t.Parallel()
	rows := pairRows(ct68Dyed, true, [][2]string{
		{"da-DK", "Ringen er i sølv, som ikke kræver særlig pleje."},
		{"en-GB", "The stone is dyed, and the silver ring needs no special care."},
		{"de-DE", "Der Ring braucht keine besondere Pflege."},
		{"ar-AE", "الخاتم لا يحتاج إلى عناية خاصة."},
	})
	rows = append(rows, pairRows(ct68Plain, true, [][2]string{
		{"en-GB", "A special treatment protects the surface, so it needs no special care."},
		{"da-DK", "Overfladen har fået en særlig behandling, som ikke kræver særlig pleje."},
	})...)
	checkKindRows(t, checkService(t), CatClaim, rows)
}
