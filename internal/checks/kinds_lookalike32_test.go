package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsLookalike32: a material that is no metal, joined to a
// look-alike stone after a word of confusion, is what the piece's stone is
// taken for, not its material (#13, lookalike32; blind set 31A's 31A110,
// Whitby jet in silver: "É muitas vezes confundido com ónix preto ou com
// vidro" blocked grounding.material on vidro). grounding/lookalike.go
// lookalikeMaterial, and coordinatedLookalike reading the preposition
// repeated after the conjunction ("or with glass"); da-DK's onyx form
// "onyks" and ko-KR's "혼동되지만" are vocabulary gaps closed here. Each row
// failed before; the other locales passed already. The blocking twins
// say the pendant is glass.
func TestKindsLookalike32(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	jet := core.Product{SKU: "J32", Name: "Whitby Jet Oval Pendant", Category: "necklace", Collection: "Heritage",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "Whitby jet", Colour: "black", Count: 1, Origin: core.OriginNatural}},
		Colours: []string{"black", "silver"}}
	checkKindRows(t, svc, "", []kindRow{
		{"en-GB", "Jet is often mistaken for black onyx or glass, but it feels warm.", jet, false},
		{"en-US", "Jet is often confused with black onyx or with glass, but it feels warm.", jet, false},
		{"pt-PT", "É muitas vezes confundido com ónix preto ou com vidro, mas é quente ao toque.", jet, false},
		{"nl-NL", "Git wordt vaak verward met zwarte onyx of glas, maar voelt warm aan.", jet, false},
		{"sv-SE", "Jet förväxlas ofta med svart onyx eller glas, men känns varm.", jet, false},
		{"da-DK", "Jet forveksles ofte med sort onyks eller glas, men føles varm.", jet, false},
		{"nb-NO", "Jet forveksles ofte med svart onyks eller glass, men føles varm.", jet, false},
		{"ko-KR", "제트는 흔히 블랙 오닉스나 유리와 혼동되지만 손에 닿으면 따뜻합니다.", jet, false},
	})
	checkKindRows(t, svc, CatGrounding, []kindRow{
		{"en-GB", "The pendant is made of glass.", jet, true},
		{"en-US", "The pendant is made of glass.", jet, true},
		{"pt-PT", "O pendente é de vidro.", jet, true},
		{"nl-NL", "De hanger is van glas.", jet, true},
		{"sv-SE", "Hänget är av glas.", jet, true},
		{"da-DK", "Vedhænget er af glas.", jet, true},
		{"nb-NO", "Anhenget er av glass.", jet, true},
		{"ko-KR", "이 펜던트는 유리로 만들어졌습니다.", jet, true},
		{"en-GB", "Jet is often mistaken for black onyx, and the pendant is glass.", jet, true},
	})
}
