package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Products of TestKindsFineness46 (#13, fineness46), after probe 46D.
var (
	fineness46Palladium = core.Product{SKU: "F46P", Name: "Essence Band", Category: "ring", Collection: "Essence", Materials: []string{"palladium 500"},
		Metals: []core.Metal{{Base: "palladium", Fineness: "500"}}, Colours: []string{"white"},
		Measurements: []core.Measurement{{Name: "band width", Value: 4, Unit: "mm"}}}
	fineness46Platinum = core.Product{SKU: "F46T", Name: "Eternity Band", Category: "ring", Collection: "Essence", Materials: []string{"platinum 950"},
		Metals: []core.Metal{{Base: "platinum", Fineness: "950"}}, Colours: []string{"white"},
		Measurements: []core.Measurement{{Name: "band width", Value: 3, Unit: "mm"}}}
	fineness46Platinum900 = core.Product{SKU: "F46N", Name: "Pt900 Band", Category: "ring", Collection: "Essence", Materials: []string{"platinum 900"},
		Metals: []core.Metal{{Base: "platinum", Fineness: "900"}}, Colours: []string{"white"}}
	fineness46Silver800 = core.Product{SKU: "F46S", Name: "Heritage Bangle", Category: "bangle", Collection: "Heritage", Materials: []string{"silver 800"},
		Metals: []core.Metal{{Base: "silver", Fineness: "800"}}, Colours: []string{"silver"}}
	fineness46Sterling = core.Product{SKU: "F46G", Name: "Luna Pendant", Category: "pendant", Collection: "Heritage", Materials: []string{"sterling silver"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"silver"}}
	fineness46PalladiumPlain = core.Product{SKU: "F46Q", Name: "Essence Band", Category: "ring", Collection: "Essence", Materials: []string{"palladium"},
		Metals: []core.Metal{{Base: "palladium"}}, Colours: []string{"white"}}
	fineness46Vermeil = core.Product{SKU: "F46V", Name: "Luna Pendant", Category: "pendant", Collection: "Heritage", Materials: []string{"18k gold vermeil"},
		Metals: []core.Metal{{Base: "sterling silver", Plating: "gold", Fineness: "925", PlatingMicrons: 2.5}}, Colours: []string{"gold"}}
	fineness46RoseVermeil = core.Product{SKU: "F46R", Name: "Rose Vermeil Hoops", Category: "earrings", Collection: "Lumière", Materials: []string{"18k rose gold vermeil"},
		Metals: []core.Metal{{Base: "sterling silver", Plating: "rose gold", Fineness: "18k", PlatingMicrons: 5}}, Colours: []string{"rose gold"}}
	fineness46FineSilver = core.Product{SKU: "F46F", Name: "Luna Pendant", Category: "pendant", Collection: "Heritage", Materials: []string{"fine silver"},
		Metals: []core.Metal{{Base: "fine silver"}}, Colours: []string{"silver"}}
	fineness46Gold18 = core.Product{SKU: "F46A", Name: "Signature Ring", Category: "ring", Collection: "Signature", Materials: []string{"18k yellow gold"},
		Metals: []core.Metal{{Base: "yellow gold", Fineness: "18k"}}, Colours: []string{"gold"}}
	fineness46Gold14 = core.Product{SKU: "F46B", Name: "Signature Ring", Category: "ring", Collection: "Signature", Materials: []string{"14k yellow gold"},
		Metals: []core.Metal{{Base: "yellow gold", Fineness: "14k"}}, Colours: []string{"gold"}}
)

// TestKindsFineness46 (#13, fineness46): copy that states another
// fineness of the piece's own silver, platinum or palladium than the
// product's ("παλλάδιο 950" on palladium 500, "900 platinum" and Pt900 on
// platinum 950, "Silber 999" or "800 ayar gümüş" on sterling;
// grounding/fineness.go metalFineness). Every row of the first table
// failed on main; the guards blocked already; the clean twins pass.
func TestKindsFineness46(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	pd, pt := fineness46Palladium, fineness46Platinum
	checkKindRows(t, svc, "grounding", []kindRow{
		// failing before: the probe sentence and its en twin
		{"el-GR", "Η βέρα της συλλογής Essence είναι φτιαγμένη από παλλάδιο 950, με πλάτος 4 mm.", pd, true},
		{"en-GB", "The ring is made of palladium 950.", pd, true},
		// palladium 950 on palladium 500, every locale
		{"en-US", "The band is crafted in 950 palladium.", pd, true},
		{"en-AU", "This band is made from 950 palladium.", pd, true},
		{"es-ES", "La alianza está hecha de paladio 950.", pd, true},
		{"es-MX", "El anillo está hecho de paladio 950.", pd, true},
		{"fr-FR", "L'alliance est en palladium 950.", pd, true},
		{"fr-CA", "La bague est faite de palladium 950.", pd, true},
		{"it-IT", "La fede è realizzata in palladio 950.", pd, true},
		{"de-DE", "Der Ring ist aus Palladium 950 gefertigt.", pd, true},
		{"nl-NL", "De ring is gemaakt van palladium 950.", pd, true},
		{"pt-PT", "O anel é feito em paládio 950.", pd, true},
		{"pt-BR", "O anel é feito de paládio 950.", pd, true},
		{"sv-SE", "Ringen är tillverkad i palladium 950.", pd, true},
		{"da-DK", "Ringen er lavet af palladium 950.", pd, true},
		{"nb-NO", "Ringen er laget av palladium 950.", pd, true},
		{"fi-FI", "Sormus on valmistettu palladiumista 950.", pd, true},
		{"pl-PL", "Obrączka jest wykonana z palladu 950.", pd, true},
		{"cs-CZ", "Prsten je vyroben z palladia 950.", pd, true},
		{"tr-TR", "Yüzük 950 paladyumdan yapılmıştır.", pd, true},
		{"ar-AE", "صُنع الخاتم من البلاديوم 950.", pd, true},
		{"ja-JP", "このリングはパラジウム950で作られています。", pd, true},
		{"ko-KR", "이 반지는 팔라듐 950으로 만들어졌습니다.", pd, true},
		{"zh-CN", "这枚戒指以钯金950打造。", pd, true},
		{"zh-TW", "這枚戒指以鈀金950打造。", pd, true},
		// platinum 900 on platinum 950, Pt900 on 950
		{"en-GB", "The band is made of 900 platinum.", pt, true},
		{"de-DE", "Der Ring ist aus Platin 900 gefertigt.", pt, true},
		{"fr-FR", "L'alliance est en platine 900.", pt, true},
		{"ja-JP", "このリングはプラチナ900で作られています。", pt, true},
		{"ja-JP", "このリングはPt900で作られています。", pt, true},
		{"en-GB", "The band is stamped Pt900.", pt, true},
		{"ja-JP", "このリングはPt950で作られています。", fineness46Platinum900, true},
		// silver: 999 or 800 on sterling
		{"en-GB", "The pendant is made of 999 silver.", fineness46Sterling, true},
		{"de-DE", "Der Anhänger ist aus Silber 999.", fineness46Sterling, true},
		{"fr-FR", "Le pendentif est en argent 800.", fineness46Sterling, true},
		{"tr-TR", "Kolye ucu 800 ayar gümüşten yapılmıştır.", fineness46Sterling, true},
		{"pl-PL", "Wisiorek jest wykonany ze srebra próby 800.", fineness46Sterling, true},
		{"en-GB", "The pendant is made of 800 silver and plated in 18k gold.", fineness46Vermeil, true},
		{"sv-SE", "Vermeil i roséguld på 800 silver.", fineness46RoseVermeil, true},
	})
	// guards that blocked on main already and still do: gold's karat and
	// millesimal (fineness.go fineness, the karat rules), 925 and sterling
	// on 800 silver, plata 925 on fine silver (the material rules)
	checkKindRows(t, svc, "grounding", []kindRow{
		{"en-GB", "The bangle is made of 925 silver.", fineness46Silver800, true},
		{"en-GB", "The bangle is made of sterling silver.", fineness46Silver800, true},
		{"it-IT", "Il bracciale è in argento 925.", fineness46Silver800, true},
		{"de-DE", "Der Armreif ist aus Sterlingsilber.", fineness46Silver800, true},
		{"es-ES", "El colgante es de plata 925.", fineness46FineSilver, true},
		{"en-GB", "The ring is made of 14k gold.", fineness46Gold18, true},
		{"it-IT", "L'anello è in oro 18 carati.", fineness46Gold14, true},
		{"de-DE", "Der Ring ist aus 18 Karat Gold.", fineness46Gold14, true},
		{"ja-JP", "このリングは18金で作られています。", fineness46Gold14, true},
		{"ja-JP", "このリングはK18で作られています。", fineness46Gold14, true},
		{"zh-CN", "这枚戒指以18K金打造。", fineness46Gold14, true},
		{"en-GB", "The ring is made of 585 gold.", fineness46Gold18, true},
		{"de-DE", "Der Ring ist aus 750er Gold.", fineness46Gold14, true},
	})
	// clean twins: the piece's own fineness, a millesimal for its karat,
	// the hallmark explained, another piece's fineness, measures
	checkKindRows(t, svc, "", []kindRow{
		{"el-GR", "Η βέρα είναι φτιαγμένη από παλλάδιο 500.", pd, false},
		{"en-GB", "The ring is made of palladium 500.", pd, false},
		{"en-GB", "The band is made of 950 platinum.", pt, false},
		{"ja-JP", "このリングはPt950で作られています。", pt, false},
		{"ja-JP", "このリングはプラチナ950で作られています。", pt, false},
		{"en-GB", "The bangle is made of 800 silver.", fineness46Silver800, false},
		{"en-GB", "The pendant is made of 925 sterling silver.", fineness46Sterling, false},
		{"en-GB", "The ring is made of 750 gold.", fineness46Gold18, false},
		{"en-GB", "The ring is made of 585 gold.", fineness46Gold14, false},
		{"ja-JP", "このリングはK18で作られています。", fineness46Gold18, false},
		{"ja-JP", "このリングは18金で作られています。", fineness46Gold18, false},
		{"it-IT", "L'anello è in oro 750, cioè 18 carati.", fineness46Gold18, false},
		{"en-GB", "The 950 stamp means the metal is 95% platinum.", pt, false},
		{"en-GB", "It is cast in the same 950 platinum as our Eternity bands.", pt, false},
		{"en-GB", "The band is 4 mm wide.", pd, false},
		{"en-GB", "Pair it with our Luna ring in palladium 950.", pd, false},
		{"en-GB", "Pair it with our Luna ring in 900 platinum.", pt, false},
		{"de-DE", "Kombinieren Sie ihn mit unserem Luna-Ring aus Platin 900.", pt, false},
		{"en-GB", "The ring is made of palladium.", fineness46PalladiumPlain, false},
		{"en-GB", "The ring is made of palladium 950.", fineness46PalladiumPlain, false},
		{"tr-TR", "Kolye ucu 925 ayar gümüşten yapılmıştır.", fineness46Sterling, false},
		{"pl-PL", "Wisiorek jest wykonany ze srebra próby 925.", fineness46Sterling, false},
		{"en-GB", "The pendant is made of 925 silver and plated in 18k gold.", fineness46Vermeil, false},
		{"sv-SE", "Den rosa tonen kommer från vermeil i roséguld på 925 sterlingsilver.", fineness46RoseVermeil, false},
		{"es-ES", "El colgante es de plata 999.", fineness46FineSilver, false},
		{"tr-TR", "Kolye ucu 999 ayar saf gümüşten yapılmıştır.", fineness46FineSilver, false},
		{"en-GB", "Founded in 1950, our platinum workshop made this band.", pt, false},
	})
}

// TestKindsFineness46Open (#13, fineness46): "fine silver" on sterling
// silver still passes: the packs read "fine silver", "pure silver" and
// "solid silver" as one material (solid silver), and "solid silver" is
// true of sterling; splitting fine silver (999, Hallmarking Act 1973) out
// of it is a vocabulary change in every pack.
func TestKindsFineness46Open(t *testing.T) {
	t.Skip("fine silver is read as solid silver in every pack (#13, fineness46)")
	svc := checkService(t)
	checkKindRows(t, svc, "grounding", []kindRow{
		{"en-GB", "The pendant is made of fine silver.", fineness46Sterling, true},
		{"de-DE", "Der Anhänger ist aus Feinsilber.", fineness46Sterling, true},
	})
}
