package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsLayerOffer33: Swedish "i lager" is both "in stock" (an offer
// term) and "in layers"; worn or laid in layers after a verb of wearing,
// laying or combining is styling (#13, layeroffer33; released blind set
// 33, sv-SE 33B118 "lägg det i lager med en längre kedja" blocked as
// banned_term.offer). data/sv/concepts-stocklayer33.yaml (offer idioms).
// da and nb "på lager" has no such sense ("lag på lag" is layers, kept by
// stocklayer24); the other languages' stock phrases ("in stock", "auf
// Lager", "en stock", "op voorraad") are no homographs. Every pass row
// failed before; blocking twins: "finns i lager", "i lager nu", "kvar i
// lager", and a verb of laying with the cart ("Lägg det i varukorgen, det
// finns i lager").
func TestKindsLayerOffer33(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := core.Product{SKU: "L33", Name: "Nordljus", Category: "necklace", Collection: "Lumière",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Colours: []string{"purple", "silver"}}
	checkKindRows(t, svc, CatBannedTerm, []kindRow{
		{"sv-SE", "Bär halsbandet ensamt eller lägg det i lager med en längre kedja för mer djup.", p, false},
		{"sv-SE", "Kombinera halsbandet i lager med ett kortare.", p, false},
		{"sv-SE", "Halsbandet finns i lager och skickas i dag.", p, true},
		{"sv-SE", "Finns i lager nu.", p, true},
		{"sv-SE", "Det finns bara få kvar i lager.", p, true},
		{"sv-SE", "Lägg det i varukorgen, det finns i lager.", p, true},
		{"da-DK", "Halskæden er på lager nu.", p, true},
		{"nb-NO", "Kjedet er på lager nå.", p, true},
	})
}
