package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

var (
	// vf13Silver is a plain silver ring: nothing licenses a tarnish claim.
	vf13Silver = core.Product{SKU: "VF13", Name: "Arc", Category: "ring", Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"silver"}}
	// vf13Resistant is steel with a tarnish-resistant feature: the claim
	// said plainly passes, said absolutely it blocks.
	vf13Resistant = core.Product{SKU: "VF13R", Name: "Wave", Category: "bracelet", Materials: []string{"316L stainless steel"}, Colours: []string{"silver"},
		Features: []string{"tarnish-resistant"}}
	// vf13Topaz is a silver ring with an irradiated blue topaz: the stone's
	// colour kept is no tarnish claim (stone12).
	vf13Topaz = core.Product{SKU: "VF13T", Name: "Nova", Category: "ring", Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"silver", "blue"},
		Stones: []core.Stone{{Type: "topaz", Colour: "blue", Count: 1, Treatment: "irradiated"}}}
)

// TestKindsVerbFinal13: the colour or shine kept or never lost with the
// verb last, as German and Dutch subordinate clauses put it ("ein Ring, der
// seine Farbe für immer behält", "een ring die zijn glans altijd behoudt",
// "die nooit dof wordt"), is the tarnish claim of the main-clause forms
// (#13, left13; concepts-verbfinal13.yaml of de and nl). Rows marked
// "before" passed before the change; care advice, a stone's colour kept
// and the plain claim on a tarnish-resistant piece still pass.
func TestKindsVerbFinal13(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	runKinds(t, c, guide(t), []kindTable{
		{"the claim with the verb last", vf13Silver, CatClaim, []lt{
			{"de-DE", "Ein Ring, der seine Farbe für immer behält."},              // before
			{"de-DE", "Ein Ring, der seinen Glanz immer behält."},                 // before
			{"de-DE", "Ein Ring, der seine Farbe niemals verliert."},              // before
			{"de-DE", "Sie werden sehen, dass er seinen Glanz für immer behält."}, // blocked before
			{"de-DE", "Wir versprechen, dass der Ring niemals anläuft."},          // blocked before
			{"de-DE", "Ein Ring, der auch nach Jahren nicht anläuft."},            // blocked before
			{"nl-NL", "Een ring die zijn glans altijd behoudt."},                  // before
			{"nl-NL", "Een ring die zijn kleur voor altijd behoudt."},             // before
			{"nl-NL", "Een ring die nooit dof wordt."},                            // before
			{"nl-NL", "Een ring die zijn glans nooit verliest."},                  // before
			{"nl-NL", "Een ring die zijn glans altijd houdt."},                    // before
			{"nl-NL", "Een ring die niet aanslaat."},                              // before
			{"nl-NL", "Een ring die nooit aanslaat."},                             // before
			{"nl-NL", "Ik beloof je dat deze ring zijn kleur nooit verliest."},    // before
			{"nl-NL", "Een ring die nooit verkleurt."},                            // blocked before
			{"nl-NL", "De ring behoudt altijd zijn glans."},                       // blocked before
		}},
		{"said absolutely on a tarnish-resistant piece", vf13Resistant, CatClaim, []lt{
			{"de-DE", "Ein Armband, das seinen Glanz für immer behält."},
			{"nl-NL", "Een armband die zijn glans altijd behoudt."},
		}},
		{"said plainly on a tarnish-resistant piece", vf13Resistant, "", []lt{
			{"de-DE", "Ein Armband, das seinen Glanz behält."},
			{"nl-NL", "Een armband die zijn glans behoudt."},
		}},
		{"care advice and a stone's colour", vf13Silver, "", []lt{
			{"de-DE", "Damit der Ring seinen Glanz behält, wischen Sie ihn mit einem weichen Tuch ab."},
			{"de-DE", "Wische ihn nach dem Tragen mit einem Tuch ab, damit er seinen Glanz behält."},
			{"nl-NL", "Bewaar de ring droog, zodat hij zijn glans behoudt."},
			{"nl-NL", "Poets de ring met een zachte doek zodat hij zijn glans altijd behoudt."},
			{"de-DE", "Ein Ring, der die Farbe deines Outfits aufnimmt und behält."},
		}},
		{"a treated stone's colour", vf13Topaz, "", []lt{
			{"de-DE", "Ein bestrahlter Topas, der seine Farbe für immer behält."},
			{"nl-NL", "Een bestraalde topaas die zijn kleur altijd behoudt."},
		}},
	})
}
