package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// late62c's products: gahnite earrings (heldout 62A 62A03) and a
// gold-plated sterling silver ring (heldout 62B 62B01).
var (
	l62Gahnite = core.Product{SKU: "B62A03", Name: "Lumière", Category: "earrings", Collection: "Lumière",
		Metals:  []core.Metal{{Base: "yellow gold", Fineness: "14k"}},
		Stones:  []core.Stone{{Type: "gahnite", Colour: "dark blue-green", Count: 2, Origin: "natural"}},
		Colours: []string{"gold", "blue-green"}}
	l62Plated = core.Product{SKU: "B62B01", Name: "Aurora", Category: "ring", Collection: "Aurora",
		Metals:  []core.Metal{{Base: "sterling silver", Fineness: "925", Plating: "yellow gold", PlatingMicrons: 0.5}},
		Colours: []string{"gold"}, Features: []string{"hand-finished"}}
)

// A stone whose own name holds another stone's, and the group its own
// mineral belongs to, are the piece's stone, not another (#13, late62c;
// heldout 62A zh-TW 62A03-1/3 "鋅尖晶石是含鋅的尖晶石族礦物", gahnite is a
// zinc-bearing mineral of the spinel group, blocked as spinel). Gahnite is
// now a stone of every pack's vocabulary (the longer name wins) and the
// spinel group holds it (vocab/canon.yaml stone_groups; Mindat.org,
// "Gahnite", "Spinel Group").
func TestKindsGroup62(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, pairRows(l62Gahnite, false, [][2]string{
		{"zh-TW", "兩顆4 mm天然鋅尖晶石鑲嵌於14K黃金中。鋅尖晶石是含鋅的尖晶石族礦物，硬度7.5至8。"},
		{"zh-TW", "這種寶石屬於尖晶石家族，含有鋅元素。"},
		{"zh-CN", "两颗4 mm天然锌尖晶石镶嵌于14K黄金中。锌尖晶石是含锌的尖晶石族矿物。"},
		{"ja-JP", "14Kゴールドに天然のガーナイトを2石あしらいました。ガーナイトは亜鉛を含むスピネルグループの鉱物です。"},
		{"en-GB", "Two natural gahnites are set in 14k gold. Gahnite is a zinc-bearing member of the spinel group."},
		{"de-DE", "Zwei natürliche Gahnite sind in 14 Karat Gold gefasst. Gahnit ist ein zinkhaltiges Mineral der Spinellgruppe."},
		{"fr-FR", "Deux gahnites naturelles serties dans l'or 14 carats. La gahnite est un minéral du groupe du spinelle."},
	}))
}

// TestKindsGroup62Bad: another spinel set in the piece still blocks.
func TestKindsGroup62Bad(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, pairRows(l62Gahnite, true, [][2]string{
		{"zh-TW", "耳環鑲嵌兩顆紅色尖晶石。"},
		{"zh-CN", "耳环镶嵌两颗红色尖晶石。"},
		{"en-GB", "The earrings are set with two red spinels."},
		{"de-DE", "Die Ohrringe sind mit zwei roten Spinellen besetzt."},
	}))
}

// A durability word said of the piece's base, backing or frame is that
// noun's strength, no promise the finish lasts (#13, late62c; heldout 62B
// pl-PL 62B01-1 "ciepły kolor złota na trwałej srebrnej bazie", the warm
// colour of gold on a durable silver base, blocked as tarnish_proof): the
// base nouns join head_owners (data/*/concepts-ownedhead61.yaml) and a
// material word may stand between the word and its noun (concepts.go
// ownedHead). FTC 16 CFR 23.1: the finish's durability is the claim.
func TestKindsBase62(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatClaim, pairRows(l62Plated, false, [][2]string{
		{"pl-PL", "Pierścionek łączy ciepły kolor złota na trwałej srebrnej bazie."},
		{"pl-PL", "Ciepły kolor złota na trwałej podstawie ze srebra."},
		{"en-GB", "A warm gold colour on a durable silver base."},
		{"de-DE", "Eine warme goldene Farbe auf einem langlebigen silbernen Sockel."},
		{"sv-SE", "En varm guldfärg på en slitstark bas av silver."},
		{"fi-FI", "Lämmin kullanvärinen sävy kestävällä pohjalla."},
	}))
}

// TestKindsBase62Bad: the durability said of the colour or the plating
// still blocks, a base named beside it or not.
func TestKindsBase62Bad(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatClaim, pairRows(l62Plated, true, [][2]string{
		{"pl-PL", "Kolor złota jest trwały."},
		{"pl-PL", "Trwały kolor złota na srebrnej bazie."},
		{"en-GB", "A durable gold colour on a silver base."},
		{"en-GB", "Its gold colour is durable, like its base."},
	}))
}
