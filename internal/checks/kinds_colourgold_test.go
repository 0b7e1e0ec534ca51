package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Products of TestKindsColourGold (#13, facts67): black rhodium-plated
// 14k white gold (probe 67D ar-AE, es-ES, pt-BR, zh-CN 67D04), rose
// gold-plated 14k yellow gold, and black rhodium-plated sterling silver.
var (
	colourGoldBlack = core.Product{SKU: "CG67B", Name: "Signature Hoops", Category: "earrings", Collection: "Signature", Materials: []string{"black rhodium-plated 14k white gold"},
		Metals: []core.Metal{{Base: "white gold", Fineness: "14k", Plating: "black rhodium"}}, Colours: []string{"black"}}
	colourGoldRose = core.Product{SKU: "CG67R", Name: "Moments Band", Category: "ring", Collection: "Moments", Materials: []string{"14k yellow gold", "rose gold plating"},
		Metals: []core.Metal{{Base: "yellow gold", Fineness: "14k", Plating: "rose gold"}}, Colours: []string{"rose gold"}}
	colourGoldSilver = core.Product{SKU: "CG67S", Name: "Signature Hoops", Category: "earrings", Collection: "Signature", Materials: []string{"black rhodium-plated sterling silver"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925", Plating: "black rhodium"}}, Colours: []string{"black"}}
)

// TestKindsColourGold (#13, facts67): a colour-named gold ("black gold",
// "oro negro", بالذهب الأسود, 黑金) on a piece whose base is gold under a
// plating of that colour names a gold piece by the colour it shows; the
// FTC rule (16 CFR 23.4) is about a plating's colour named as if it were
// the metal where the metal is another (gold-plated silver called gold).
// regulatory.plating_colour blocked the name in every language (probe 67D
// ar-AE 67D04-1, es-ES 67D04-3, pt-BR 67D04-2, zh-CN 67D04-3). The bare
// name on the gold base passes in the 19 base languages; "solid black
// gold", "oro negro macizo", "black gold through and through", 纯黑金
// (the colour said to run through the metal) still block, and a gold
// name on black rhodium-plated silver blocks as before (plating_colour.go
// colourSolid; the plating_colour solid, solid_strings and through data).
func TestKindsColourGold(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	b := colourGoldBlack
	checkKindRows(t, svc, "", pairRows(b, false, [][2]string{
		{"en-GB", "The Signature black gold hoops are 15 mm across."},
		{"de-DE", "Die Creolen aus Schwarzgold sind 15 mm groß."},
		{"de-DE", "Die Creolen aus schwarzem Gold sind 15 mm groß."},
		{"fr-FR", "Les créoles en or noir mesurent 15 mm."},
		{"it-IT", "Gli orecchini in oro nero misurano 15 mm."},
		{"es-ES", "Los aros de oro negro miden 15 mm."},
		{"pt-BR", "Os brincos de ouro negro medem 15 mm."},
		{"pt-BR", "Os brincos de ouro preto medem 15 mm."},
		{"nl-NL", "De oorringen van zwart goud zijn 15 mm breed."},
		{"sv-SE", "Örhängena i svart guld är 15 mm."},
		{"da-DK", "Øreringene i sort guld er 15 mm."},
		{"nb-NO", "Øredobbene i svart gull er 15 mm."},
		{"fi-FI", "Korvarenkaat ovat mustaa kultaa ja halkaisijaltaan 15 mm."},
		{"cs-CZ", "Náušnice z černého zlata mají průměr 15 mm."},
		{"pl-PL", "Kolczyki z czarnego złota mają 15 mm średnicy."},
		{"el-GR", "Τα σκουλαρίκια από μαύρο χρυσό έχουν διάμετρο 15 χιλ."},
		{"tr-TR", "Siyah altın küpeler 15 mm çapındadır."},
		{"ar-AE", "أقراط الذهب الأسود بقطر 15 مم."},
		{"ja-JP", "ブラックゴールドのフープピアスは直径15mmです。"},
		{"ko-KR", "블랙골드 후프 귀걸이는 지름 15mm입니다."},
		{"zh-CN", "这对黑金耳环直径15毫米。"},
	}, [][2]string{
		// and beside the true base and plating
		{"en-GB", "Black gold: 14k white gold with a black rhodium plating."},
		{"es-ES", "El oro negro no existe en la naturaleza: es oro blanco de 14 quilates con un baño de rodio negro."},
	}))
	checkKindRows(t, svc, "", pairRows(colourGoldRose, false, [][2]string{
		{"en-GB", "The rose gold band is 3 mm wide."},
		{"it-IT", "La fascia in oro rosa è larga 3 mm."},
		{"ja-JP", "このリングはピンクゴールドです。"},
		{"zh-CN", "这枚戒指是玫瑰金。"},
	}))
	// the colour claimed through the metal still blocks on the gold base
	checkKindRows(t, svc, "regulatory", pairRows(b, true, [][2]string{
		{"en-GB", "The hoops are solid black gold."},
		{"en-GB", "Black gold through and through."},
		{"de-DE", "Die Creolen sind aus massivem Schwarzgold."},
		{"fr-FR", "Les créoles sont en or noir massif."},
		{"it-IT", "Gli orecchini sono in oro nero massiccio."},
		{"es-ES", "Los aros son de oro negro macizo de 14 quilates."},
		{"pt-BR", "Os brincos são de ouro negro maciço."},
		{"nl-NL", "De oorringen zijn van massief zwart goud."},
		{"sv-SE", "Örhängena är av massivt svart guld."},
		{"da-DK", "Øreringene er i massivt sort guld."},
		{"nb-NO", "Øredobbene er i massivt svart gull."},
		{"fi-FI", "Korvarenkaat ovat täyttä mustaa kultaa."},
		{"cs-CZ", "Náušnice jsou z masivního černého zlata."},
		{"pl-PL", "Kolczyki są z litego czarnego złota."},
		{"el-GR", "Τα σκουλαρίκια είναι από συμπαγή μαύρο χρυσό."},
		{"tr-TR", "Küpeler masif siyah altındır."},
		{"ar-AE", "الأقراط من ذهب أسود خالص عيار 14."},
		{"ja-JP", "このフープピアスは無垢のブラックゴールドです。"},
		{"ko-KR", "이 귀걸이는 솔리드 블랙골드입니다."},
		{"zh-CN", "纯黑金耳环。"},
	}))
	checkKindRows(t, svc, "", pairRows(colourGoldRose, true, [][2]string{
		{"en-GB", "The band is solid 14k rose gold."},
	}))
	// a gold name on black rhodium-plated silver: there is no gold
	checkKindRows(t, svc, "", pairRows(colourGoldSilver, true, [][2]string{
		{"en-GB", "The Signature black gold hoops are 15 mm across."},
		{"de-DE", "Die Creolen aus Schwarzgold sind 15 mm groß."},
		{"es-ES", "Los aros de oro negro miden 15 mm."},
		{"pt-BR", "Os brincos de ouro negro medem 15 mm."},
		{"ar-AE", "أقراط الذهب الأسود بقطر 15 مم."},
		{"ja-JP", "ブラックゴールドのフープピアスは直径15mmです。"},
		{"ko-KR", "블랙골드 후프 귀걸이는 지름 15mm입니다."},
		{"zh-CN", "这对黑金耳环直径15毫米。"},
		{"en-GB", "The hoops are black silver."},
	}))
}
