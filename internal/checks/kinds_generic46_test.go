package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

var (
	generic46Iolite = core.Product{SKU: "G46I", Name: "Reflexions Ring", Category: "ring", Collection: "Reflexions", Materials: []string{"sterling silver"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Stones: []core.Stone{{Type: "iolite", Colour: "violet", Count: 1, Origin: core.OriginNatural}}, Colours: []string{"violet", "silver"}}
	generic46Tahiti = core.Product{SKU: "G46H", Name: "Lumière Drops", Category: "earrings", Collection: "Lumière", Materials: []string{"18k white gold"},
		Metals: []core.Metal{{Base: "white gold", Fineness: "18k"}}, Stones: []core.Stone{{Type: "Tahitian cultured pearl", Colour: "black", Count: 2, Origin: core.OriginNatural}},
		Colours: []string{"black", "white"}}
	generic46Palladium = core.Product{SKU: "G46P", Name: "Essence Wedding Band", Category: "ring", Collection: "Essence", Materials: []string{"palladium 500"},
		Metals: []core.Metal{{Base: "palladium", Fineness: "500"}}, Colours: []string{"white"}, Measurements: []core.Measurement{{Name: "band width", Value: 4, Unit: "mm"}}}
	generic46Filled = core.Product{SKU: "G46F", Name: "Signature Solitaire Ring", Category: "ring", Collection: "Signature", Materials: []string{"14k white gold"},
		Metals: []core.Metal{{Base: "white gold", Fineness: "14k"}}, Stones: []core.Stone{{Type: "diamond", Colour: "clear", Count: 1, Origin: core.OriginNatural, Treatment: "fracture-filled"}},
		Colours: []string{"silver", "white"}}
)

func TestKindsGeneric46(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	io := generic46Iolite
	checkKindRows(t, svc, "", []kindRow{
		// failing on main 4855e594: probe 46D en-AU 46D102-3
		{"en-AU", "Iolite is strongly pleochroic. Tanzanite shows a similar shift, though it is a different mineral altogether.", io, false},
		{"en-GB", "Tanzanite shows a similar shift, though it is a different mineral altogether.", io, false},
		{"en-US", "Tanzanite shows a similar shift, although it is another mineral.", io, false},
		{"fr-FR", "La tanzanite montre un changement semblable, mais c'est un autre minéral.", io, false},
		{"de-DE", "Tansanit zeigt einen ähnlichen Wechsel, ist aber ein anderes Mineral.", io, false},
		{"es-ES", "La tanzanita muestra un cambio parecido, aunque es otro mineral.", io, false},
		{"it-IT", "La tanzanite mostra un cambiamento simile, anche se è un altro minerale.", io, false},
		{"nl-NL", "Tanzaniet vertoont een vergelijkbare kleurwissel, al is het een ander mineraal.", io, false},
	})
	// bad twins: the look-alike said of the piece, or no denial
	checkKindRows(t, svc, "grounding", []kindRow{
		{"en-AU", "Tanzanite crowns the ring.", io, true},
		{"en-AU", "Tanzanite shows its shift in this ring, though it is a different mineral altogether.", io, true},
		{"en-AU", "Tanzanite shows a similar shift beside the iolite, though it is a different mineral.", io, true},
		{"en-AU", "Tanzanite shows a similar shift.", io, true},
		{"fr-FR", "La tanzanite orne cette bague, mais c'est un autre minéral.", io, true},
		{"de-DE", "Tansanit schmückt den Ring, ist aber ein anderes Mineral.", io, true},
		{"es-ES", "La tanzanita adorna este anillo, aunque es otro mineral.", io, true},
	})
}

// TestKindsGeneric46Open (#13, generic46): rows left open.
func TestKindsGeneric46Open(t *testing.T) {
	t.Skip("open (#13, generic46): fr a detached pronoun of contrast (\"Les perles d'eau douce, elles, sont …\"), es a relative clause of habit (\"que suele llevar el oro blanco\"), " +
		"zh 无需 before 像…那样 not reaching 镀铑, en a stone as the object of \"common with\" after \"Unlike the heat treatment\", ja \"…のコーティングとは違い\"")
	svc := checkService(t)
	th, pd, ff := generic46Tahiti, generic46Palladium, generic46Filled
	checkKindRows(t, svc, "", []kindRow{
		{"fr-FR", "Les perles d'eau douce, elles, sont le plus souvent cultivées sans nucléus, dans des moules.", th, false},
		{"es-ES", "Es un metal blanco por naturaleza, así que no necesita el baño de rodio que suele llevar el oro blanco.", pd, false},
		{"zh-CN", "钯金本身呈白色，因此无需像白K金那样镀铑。", pd, false},
		{"en-AU", "This diamond is fracture-filled. Unlike the heat treatment common with rubies and sapphires, the filling is a separate material sitting inside the stone, and it is sensitive to heat.", ff, false},
		{"ja-JP", "このダイヤモンドには亀裂充填処理が施されています。表面を覆うミスティックトパーズのコーティングとは違い、処理は石の内部だけです。", ff, false},
	})
}
