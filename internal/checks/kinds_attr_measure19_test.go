package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A measurement stated in an attribute whose unit is in the key is the
// product's (#13, attr_measure19, the probe 20b): "stone_size_mm": "18 x
// 13", "14 x 10", "25 x 18" were read as no measurement, because only a
// single number under a key ending "_mm" was, so the copy's "18 x 13 mm",
// "14 × 10 mm", "10毫米", "10 مم" blocked grounding.measurement on products
// whose structured measurements list the piece's, not the stone's, sizes.
// A key carries its unit as a word ("_mm", " (mm)", "size in mm",
// "_millimetres", "_ct", "carat", "_g"), and a value's dimension ("A x B x
// C", "A × B", "A*B", "A by B", "A por B", "A на B", "A乘B") or list or range
// gives every side. A length that is no side still blocks.
func TestKindsAttrMeasure19(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	pendant := core.Product{SKU: "M19", Name: "Anyolite Oval Pendant", Category: "pendant", Collection: "Essence",
		Materials: []string{"sterling silver", "anyolite"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:       []core.Stone{{Type: "anyolite", Colour: "green", Count: 1, Origin: core.OriginNatural}},
		Colours:      []string{"green", "silver"},
		Attributes:   map[string]string{"stone_cut": "oval cabochon", "stone_size_mm": "18 x 13"},
		Measurements: []core.Measurement{{Name: "pendant length", Value: 26, Unit: "mm"}, {Name: "chain length", Value: 45, Unit: "cm"}}}
	with := func(k, v string) core.Product {
		p := pendant
		p.Attributes = map[string]string{"stone_cut": "oval cabochon", k: v}
		return p
	}
	paren, inMM, star, by, triple, cm, rng := with("Stone size (mm)", "14 × 10"), with("stone size in mm", "14*10"),
		with("stone_size_mm", "14X10"), with("stone_dimensions_millimetres", "14 by 10"), with("stone_size_mm", "14 x 10 x 6"),
		with("stone_size_cm", "1.4 x 1"), with("bead_size_mm", "8-10")
	unitInValue := with("stone_size", "18 x 13 mm")
	carat := with("carat_weight", "2.5")
	carat.TotalCaratWeight = 3
	checkKindRows(t, svc, "", []kindRow{
		{"en-AU", "An anyolite cut as an 18 x 13 mm oval cabochon, in 925 sterling silver.", pendant, false},
		{"fr-FR", "Un cabochon ovale d'anyolite de 18 x 13 mm, en argent sterling 925.", pendant, false},
		{"es-ES", "Un cabujón oval de anyolita de 14 x 10 mm, en plata de ley 925.", paren, false},
		{"de-DE", "Ein ovaler Anyolith-Cabochon von 14 × 10 mm in 925er Sterlingsilber.", inMM, false},
		{"it-IT", "Un cabochon ovale di anyolite di 14 per 10 mm, in argento sterling 925.", star, false},
		{"pt-BR", "Um cabochão oval de anyolita de 14 por 10 mm, em prata 925.", by, false},
		{"pl-PL", "Owalny kaboszon z anyolitu o wymiarach 14 na 10 mm, w srebrze próby 925.", triple, false},
		{"zh-CN", "925银镶嵌一枚椭圆形安易石素面宝石，尺寸14 × 10毫米。", paren, false},
		{"ar-AE", "حجر أنيوليت بيضاوي بمقاس 14 × 10 مم في فضة إسترلينية عيار 925.", inMM, false},
		{"ja-JP", "14×10mmのオーバルのアニョライトを925スターリングシルバーに留めました。", triple, false},
		{"sv-SE", "En oval anyolit på 14 x 10 mm i 925 sterlingsilver.", cm, false},
		{"nl-NL", "Een ovale anyoliet van 10 mm in 925 sterling zilver.", rng, false},
		{"en-GB", "An oval anyolite cabochon, 18 mm long, in 925 sterling silver.", unitInValue, false},
		{"en-US", "An oval anyolite of 2.5 ct in 925 sterling silver.", carat, false},
		// a size that is no side of the stone still blocks
		{"en-AU", "An anyolite cut as a 20 x 15 mm oval cabochon, in 925 sterling silver.", pendant, true},
		{"es-ES", "Un cabujón oval de anyolita de 16 x 11 mm, en plata de ley 925.", paren, true},
		{"zh-CN", "925银镶嵌一枚椭圆形安易石素面宝石，尺寸12 × 9毫米。", paren, true},
		{"en-US", "An oval anyolite of 2.2 ct in 925 sterling silver.", carat, true},
		{"en-GB", "An oval anyolite cabochon, 20 mm long, in 925 sterling silver.", unitInValue, true},
	})
}
