package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A protective lacquer that slows the metal's darkening (#13,
// slows_tarnish19; released20b H20b05 es-ES, sv-SE, ja-JP): "una laca
// protectora transparente ralentiza el oscurecimiento natural del metal"
// blocked claim.tarnish_proof on a copper cuff whose features list a
// "clear protective lacquer". A lacquer in the product's data is weak
// tarnish evidence (like "tarnish-resistant"): it supports darkening
// slowed, delayed or reduced, not darkening prevented for good (an absolute
// word still blocks), and a piece without a lacquer still blocks the
// slowed claim (TestKindsClaims6Slowed).
func TestKindsSlowsTarnish19(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	cuff := core.Product{SKU: "T19", Name: "Hammered Copper Cuff", Category: "bracelet", Collection: "Essence",
		Materials: []string{"copper"}, Metals: []core.Metal{{Base: "copper"}}, Colours: []string{"copper"},
		Features:   []string{"solid copper", "clear protective lacquer", "natural patina"},
		Attributes: map[string]string{"finish": "hand-hammered, clear protective lacquer"}}
	silver := core.Product{SKU: "T19S", Name: "Arc Cuff", Category: "bracelet",
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"silver"},
		Features: []string{"lacquered finish"}}
	bare := cuff
	bare.Features, bare.Attributes = []string{"solid copper", "natural patina"}, nil
	var rows []kindRow
	// failed before: the released texts and the slowed claims of every
	// concept language, on a lacquered piece
	rows = append(rows,
		kindRow{"es-ES", "Una laca protectora transparente ralentiza el oscurecimiento natural del metal.", cuff, false},
		kindRow{"sv-SE", "En klar skyddslack bromsar metallens naturliga mörknande.", cuff, false},
		kindRow{"ja-JP", "透明な保護ラッカーが銅の自然な変色をゆるやかにします。", cuff, false},
	)
	for _, r := range claims6Slowed {
		rows = append(rows, kindRow{r.locale, r.text, silver, false})
	}
	// still blocks: the darkening prevented for good on a lacquered piece,
	// and slowed on a piece without a lacquer
	rows = append(rows,
		kindRow{"en-GB", "The lacquer means it will never tarnish.", cuff, true},
		kindRow{"es-ES", "Gracias a la laca, nunca se oscurece.", cuff, true},
		kindRow{"de-DE", "Dank des Lacks wird es niemals anlaufen.", cuff, true},
		kindRow{"fr-FR", "Grâce au vernis, il ne noircit jamais.", cuff, true},
		kindRow{"es-ES", "Una laca protectora transparente ralentiza el oscurecimiento natural del metal.", bare, true},
		kindRow{"sv-SE", "En klar skyddslack bromsar metallens naturliga mörknande.", bare, true},
		kindRow{"ja-JP", "透明な保護ラッカーが銅の自然な変色をゆるやかにします。", bare, true},
	)
	for _, r := range claims6Slowed {
		rows = append(rows, kindRow{r.locale, r.text, bare, true})
	}
	checkKindRows(t, svc, "claim", rows)
}
