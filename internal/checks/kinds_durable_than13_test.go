package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Durability compared with plating (#13, the thirteenth session, left by
// fp13a on gold-filled copy): "far more durable than gold plating", de
// "viel haltbarer als eine Vergoldung", fr "plus durables qu'une dorure",
// da, nb, tr, el the same, on 14/20 gold-filled hoops, were read as the
// durability pair of the tarnish claim (a durable plating). A comparison
// with plating is the trade's account of gold-filled (FTC 16 CFR 23.3),
// no promise that the finish will not tarnish: the tarnish concept's
// idioms hold it. A tarnish claim beside the comparison still blocks.
func TestKindsDurableThan13(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	hoops := core.Product{SKU: "H13G", Name: "Gold-Filled Hoop Earrings", Category: "earrings", Collection: "Essence",
		Materials: []string{"14/20 gold-filled"}, Metals: []core.Metal{{Base: "brass", Plating: "14k gold-filled (1/20 by weight)", Fineness: "14k"}},
		Colours: []string{"gold"}, Features: []string{"hinged closure", "14/20 gold-filled"}}
	for _, r := range []struct {
		locale, text string
		block        bool
	}{
		{"en-US", "Hoops in 14/20 gold-filled, 25 mm across. Far more durable than gold plating.", false},
		{"de-DE", "Creolen aus 14/20 Gold-Filled, 25 mm Durchmesser. Viel haltbarer als eine Vergoldung.", false},
		{"fr-FR", "Créoles en gold-filled 14/20, 25 mm de diamètre. Bien plus durables qu'une dorure.", false},
		{"da-DK", "Creoler i 14/20 gold-filled, 25 mm i diameter. Langt mere holdbare end forgyldning.", false},
		{"nb-NO", "Creoler i 14/20 gold-filled, 25 mm i diameter. Mye mer slitesterke enn forgylling.", false},
		{"tr-TR", "14/20 altın dolgulu halka küpeler, 25 mm çap. Kaplamadan çok daha dayanıklı.", false},
		{"el-GR", "Κρίκοι από 14/20 gold-filled, διαμέτρου 25 mm. Πολύ πιο ανθεκτικοί από μια επιχρύσωση.", false},
		{"en-US", "Hoops in 14/20 gold-filled. Far more durable than gold plating, they will never tarnish.", true},
		{"en-US", "Hoops in 14/20 gold-filled with a durable plating.", true},
		{"fr-FR", "Créoles en gold-filled 14/20, plus durables qu'une dorure : elles ne terniront jamais.", true},
	} {
		blocked, fs := blockedIn(t, svc, CatClaim, hoops, r.locale, r.text)
		if blocked != r.block {
			t.Errorf("%s %q: blocked %v, want %v: %+v", r.locale, r.text, blocked, r.block, fs)
		}
	}
}
