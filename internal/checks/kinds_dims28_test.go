package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsDims28 (#13, dims28; released 28's blind28B-pt-BR-28B109-3 and
// blind28B-tr-TR-28B110-3): in a dimension pair or triple only the last
// number carries the unit ("16 × 12 mm", "18 por 12 mm", "10 x 6 mm",
// 16×12毫米), and only that number was compared with the product's
// measurements, so "18 por 12 mm" on a 16 × 12 mm larimar and "10 x 6 mm"
// on an 8 × 6 mm opal passed. Every bare side now carries the pair's unit
// and is compared like a lone measurement (any of the product's lengths,
// in either order, with the unit conversion and rounding a lone
// measurement has), joined by a sign (×, x, X, *) or the language's
// dimension_by word (by, sur, por, per, mal, auf, bij, op, gånger, gange,
// ganger, kertaa, na, çarpı, επί, في, 乘). Each pass row has a control with
// one side wrong that blocks in grounding. Not compared, as before: a
// product without measurements, a pair without a unit, "3 x 5 mm" where 3
// is the count of a stone group (three 5 mm stones), a side with its own
// unit ("16 mm x 12 mm", compared on its own).
func TestKindsDims28(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	opal := core.Product{SKU: "D28", Name: "Opal Pendant", Category: "pendant", Collection: "Essence",
		Materials: []string{"sterling silver", "opal"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "opal", Colour: "white", Count: 1, Origin: core.OriginNatural}},
		Colours: []string{"silver", "white"},
		Measurements: []core.Measurement{{Name: "stone length", Value: 16, Unit: "mm"}, {Name: "stone width", Value: 12, Unit: "mm"},
			{Name: "chain length", Value: 45, Unit: "cm"}}}
	// Each pair: the truthful text and the same text with one side wrong.
	pairs := []struct{ locale, pass, block string }{
		{"en-US", "The oval opal measures 16 x 12 mm and hangs from a 45 cm chain.", "The oval opal measures 18 x 12 mm and hangs from a 45 cm chain."},
		{"en-US", "A 16x12mm oval opal in sterling silver.", "A 19x12mm oval opal in sterling silver."},
		{"en-GB", "The oval opal measures 16 by 12 mm, set in sterling silver.", "The oval opal measures 19 by 12 mm, set in sterling silver."},
		{"en-AU", "An oval opal of 12 × 16 mm, in sterling silver.", "An oval opal of 12 × 20 mm, in sterling silver."},
		{"fr-FR", "L'opale ovale mesure 16 sur 12 mm.", "L'opale ovale mesure 18 sur 12 mm."},
		{"fr-CA", "L'opale ovale de 16 x 12 mm est sertie dans l'argent sterling.", "L'opale ovale de 20 x 12 mm est sertie dans l'argent sterling."},
		{"es-ES", "El ópalo oval mide 16 por 12 mm.", "El ópalo oval mide 18 por 12 mm."},
		{"es-MX", "El ópalo ovalado de 16 × 12 mm va engastado en plata.", "El ópalo ovalado de 14 × 12 mm va engastado en plata."},
		{"pt-BR", "A pedra mede 16 por 12 mm e fica em uma corrente de 45 cm.", "A pedra mede 18 por 12 mm e fica em uma corrente de 45 cm."},
		{"pt-PT", "A opala oval mede 1,6 x 1,2 cm.", "A opala oval mede 2,6 x 1,2 cm."},
		{"it-IT", "L'opale ovale misura 16 per 12 mm.", "L'opale ovale misura 18 per 12 mm."},
		{"de-DE", "Der ovale Opal misst 16 auf 12 mm.", "Der ovale Opal misst 20 auf 12 mm."},
		{"de-DE", "Der ovale Opal misst 16 mal 12 mm.", "Der ovale Opal misst 18 mal 12 mm."},
		{"nl-NL", "De ovale opaal meet 16 bij 12 mm.", "De ovale opaal meet 18 bij 12 mm."},
		{"nl-NL", "De ovale opaal meet 16 op 12 mm.", "De ovale opaal meet 10 op 12 mm."},
		{"sv-SE", "Den ovala opalen mäter 16 x 12 mm.", "Den ovala opalen mäter 10 x 12 mm."},
		{"sv-SE", "Den ovala opalen mäter 16 gånger 12 mm.", "Den ovala opalen mäter 18 gånger 12 mm."},
		{"da-DK", "Den ovale opal måler 16 x 12 mm.", "Den ovale opal måler 18 x 12 mm."},
		{"da-DK", "Den ovale opal måler 16 gange 12 mm.", "Den ovale opal måler 20 gange 12 mm."},
		{"nb-NO", "Den ovale opalen måler 16 ganger 12 mm.", "Den ovale opalen måler 19 ganger 12 mm."},
		{"fi-FI", "Soikea opaali on kooltaan 16 x 12 mm.", "Soikea opaali on kooltaan 18 x 12 mm."},
		{"fi-FI", "Soikea opaali on kooltaan 16 kertaa 12 mm.", "Soikea opaali on kooltaan 20 kertaa 12 mm."},
		{"pl-PL", "Owalny opal ma wymiary 16 na 12 mm.", "Owalny opal ma wymiary 18 na 12 mm."},
		{"cs-CZ", "Oválný opál měří 16 × 12 mm.", "Oválný opál měří 18 × 12 mm."},
		{"cs-CZ", "Oválný opál měří 16 na 12 mm.", "Oválný opál měří 20 na 12 mm."},
		{"tr-TR", "Oval opal taş 16 x 12 mm boyutundadır.", "Oval opal taş 10 x 12 mm boyutundadır."},
		{"tr-TR", "Oval opal taş 16 çarpı 12 mm boyutundadır.", "Oval opal taş 18 çarpı 12 mm boyutundadır."},
		{"el-GR", "Το οβάλ οπάλιο έχει διαστάσεις 16 επί 12 mm.", "Το οβάλ οπάλιο έχει διαστάσεις 18 επί 12 mm."},
		{"el-GR", "Το οβάλ οπάλιο έχει διαστάσεις 16 x 12 χιλιοστά.", "Το οβάλ οπάλιο έχει διαστάσεις 20 x 12 χιλιοστά."},
		{"ar-AE", "يبلغ مقاس حجر الأوبال البيضاوي 16 × 12 مم.", "يبلغ مقاس حجر الأوبال البيضاوي 18 × 12 مم."},
		{"ar-AE", "يبلغ مقاس حجر الأوبال البيضاوي 16 في 12 مم.", "يبلغ مقاس حجر الأوبال البيضاوي 20 في 12 مم."},
		{"ja-JP", "16×12mmのオーバルのオパールをあしらいました。", "18×12mmのオーバルのオパールをあしらいました。"},
		{"ja-JP", "1.6×1.2センチのオーバルのオパールをあしらいました。", "2.6×1.2センチのオーバルのオパールをあしらいました。"},
		{"ko-KR", "16 x 12mm 크기의 오벌 오팔을 세팅했습니다.", "18 x 12mm 크기의 오벌 오팔을 세팅했습니다."},
		{"zh-CN", "椭圆形欧泊尺寸为16×12毫米。", "椭圆形欧泊尺寸为18×12毫米。"},
		{"zh-CN", "椭圆形欧泊尺寸为16乘12毫米。", "椭圆形欧泊尺寸为20乘12毫米。"},
		{"zh-TW", "橢圓形蛋白石尺寸為16 × 12 公釐。", "橢圓形蛋白石尺寸為18 × 12 公釐。"},
		// a triple: every side compared
		{"en-GB", "The opal measures 16 x 12 x 12 mm.", "The opal measures 16 x 14 x 12 mm."},
	}
	var pass, block []kindRow
	for _, x := range pairs {
		pass = append(pass, kindRow{x.locale, x.pass, opal, false})
		block = append(block, kindRow{x.locale, x.block, opal, true})
	}

	// Not compared, or not a side: each passes on its product and its
	// control blocks in grounding.
	none := opal
	none.Measurements = nil // no evidence: a lone measurement is not compared either
	pearls := core.Product{SKU: "D28P", Name: "Pearl Studs", Category: "earrings", Collection: "Essence",
		Materials: []string{"sterling silver", "freshwater pearl"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:       []core.Stone{{Type: "freshwater pearl", Colour: "white", Count: 3, Origin: core.OriginNatural}},
		Colours:      []string{"silver", "white"},
		Measurements: []core.Measurement{{Name: "pearl diameter", Value: 5, Unit: "mm"}}}
	pairOfPearls := pearls
	pairOfPearls.Stones = []core.Stone{{Type: "freshwater pearl", Colour: "white", Count: 2, Origin: core.OriginNatural}}
	chain := core.Product{SKU: "D28C", Name: "Curb Chain", Category: "necklace", Collection: "Essence",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Colours: []string{"silver"},
		Measurements: []core.Measurement{{Name: "chain length", Value: 40, Unit: "cm"}, {Name: "extender length", Value: 5, Unit: "cm"},
			{Name: "link width", Value: 3, Unit: "mm"}}}
	noExtender := chain
	noExtender.Measurements = []core.Measurement{{Name: "chain length", Value: 45, Unit: "cm"}, {Name: "link width", Value: 3, Unit: "mm"}}
	pass = append(pass,
		kindRow{"en-US", "The oval opal measures 18 x 12 mm.", none, false},
		kindRow{"pt-BR", "A pedra mede 18 por 12 mm.", none, false},
		kindRow{"en-US", "Freshwater pearls, 3 x 5 mm, in sterling silver.", pearls, false},
		kindRow{"de-DE", "Süßwasserperlen, 3 x 5 mm, in Sterlingsilber.", pearls, false},
		kindRow{"en-US", "A 40 + 5 cm curb chain with 3 mm links.", chain, false},
		kindRow{"fr-FR", "Une chaîne de 40 + 5 cm aux maillons de 3 mm.", chain, false},
		kindRow{"en-US", "The oval opal is a 16 x 12 cabochon.", opal, false},
		kindRow{"en-GB", "The opal measures 16 mm x 12 mm.", opal, false},
	)
	block = append(block,
		kindRow{"en-US", "The oval opal measures 18 x 12 mm.", opal, true},
		kindRow{"pt-BR", "A pedra mede 18 por 12 mm.", opal, true},
		kindRow{"en-US", "Freshwater pearls, 3 x 5 mm, in sterling silver.", pairOfPearls, true},
		kindRow{"de-DE", "Süßwasserperlen, 3 x 5 mm, in Sterlingsilber.", pairOfPearls, true},
		kindRow{"en-US", "A 40 + 5 cm curb chain with 3 mm links.", noExtender, true},
		kindRow{"fr-FR", "Une chaîne de 40 + 5 cm aux maillons de 3 mm.", noExtender, true},
		kindRow{"en-US", "The oval opal is a 18 x 12 mm cabochon.", opal, true},
		kindRow{"en-GB", "The opal measures 18 mm x 12 mm.", opal, true},
	)
	checkKindRows(t, svc, "", pass)
	checkKindRows(t, svc, "grounding", block)
}
