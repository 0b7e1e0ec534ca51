package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Products of TestKindsPlate45 (#13, plate45), after probe 45D.
var (
	plate45Silver = core.Product{SKU: "P45S", Name: "Reflexions Pendant", Category: "pendant", Collection: "Reflexions", Materials: []string{"sterling silver", "black rhodium plating"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925", Plating: "black rhodium", PlatingMicrons: 0.5}}, Colours: []string{"black"}}
	plate45Rose = core.Product{SKU: "P45R", Name: "Moments Band", Category: "ring", Collection: "Moments", Materials: []string{"14k yellow gold", "rose gold plating"},
		Metals: []core.Metal{{Base: "yellow gold", Fineness: "14k", Plating: "rose gold", PlatingMicrons: 0.5}}, Colours: []string{"rose gold"}}
)

// TestKindsPlate45 (#13, plate45): a plating's colour named as the solid
// metal (16 CFR 23.4): "solid 18k black gold" on 18k white gold with a
// black rhodium plating (probe 45D en-AU 45D102-3, pt-BR 45D103-2, moved
// from TestKindsMiss45Open), in the 25 locales (plating_colour.go
// checkPlatingColour). The plating named as a plating, the base named as
// the base, and the plating's colour said of the plating pass.
func TestKindsPlate45(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	b := miss45Black
	checkKindRows(t, svc, "regulatory", []kindRow{
		{"en-AU", "These Reflexions hoops are solid 18k black gold, 15 mm across.", b, true},
		{"pt-BR", "O anel Reflexions é um aro largo de 6 mm em ouro negro maciço 18k.", b, true},
		{"en-GB", "The hoops are made of black gold.", b, false}, // facts67: the gold is real; only a solid word or through phrase claims the colour (TestKindsColourGold)
		{"en-US", "These hoops are solid black gold, never plated.", b, true},
		{"de-DE", "Die Creolen sind aus massivem schwarzem Gold.", b, true},
		{"de-DE", "Die Creolen sind aus 18 Karat Schwarzgold.", b, false}, // facts67: the gold is real; only a solid word or through phrase claims the colour (TestKindsColourGold)
		{"fr-FR", "Les créoles sont en or noir massif 18 carats.", b, true},
		{"fr-CA", "Les anneaux sont en or noir 18 carats.", b, false}, // facts67: the gold is real; only a solid word or through phrase claims the colour (TestKindsColourGold)
		{"it-IT", "Gli orecchini sono in oro nero massiccio 18 carati.", b, true},
		{"es-ES", "Los aros son de oro negro macizo de 18 quilates.", b, true},
		{"es-MX", "Los aretes son de oro negro de 18 quilates.", b, false}, // facts67: the gold is real; only a solid word or through phrase claims the colour (TestKindsColourGold)
		{"pt-PT", "Os brincos são em ouro preto maciço de 18 quilates.", b, true},
		{"nl-NL", "De oorringen zijn van massief zwart goud.", b, true},
		{"sv-SE", "Örhängena är av massivt svart guld.", b, true},
		{"da-DK", "Øreringene er i massivt sort guld.", b, true},
		{"nb-NO", "Øredobbene er i massivt svart gull.", b, true},
		{"fi-FI", "Korvarenkaat ovat mustaa kultaa.", b, false}, // facts67: the gold is real; only a solid word or through phrase claims the colour (TestKindsColourGold)
		{"cs-CZ", "Náušnice jsou z masivního černého zlata.", b, true},
		{"pl-PL", "Kolczyki są wykonane z litego czarnego złota.", b, true},
		{"el-GR", "Τα σκουλαρίκια είναι από συμπαγή μαύρο χρυσό.", b, true},
		{"tr-TR", "Küpeler masif siyah altından yapılmıştır.", b, true},
		{"ar-AE", "الأقراط مصنوعة من الذهب الأسود الخالص.", b, true},
		{"ko-KR", "이 후프 귀걸이는 18K 블랙 골드로 만들었습니다.", b, false}, // facts67: the gold is real; only a solid word or through phrase claims the colour (TestKindsColourGold)
		{"ja-JP", "このフープピアスはK18ブラックゴールドです。", b, false},      // facts67: the gold is real; only a solid word or through phrase claims the colour (TestKindsColourGold)
		{"zh-CN", "这对耳环采用18K黑金打造。", b, false},               // facts67: the gold is real; only a solid word or through phrase claims the colour (TestKindsColourGold)
		{"zh-TW", "這對耳環採用18K黑金打造。", b, false},               // facts67: the gold is real; only a solid word or through phrase claims the colour (TestKindsColourGold)
		// the same kind on a silver base and a rose gold plating
		{"en-GB", "The pendant is solid black silver.", plate45Silver, true},
		{"de-DE", "Der Anhänger ist aus schwarzem Silber.", plate45Silver, true},
		{"en-GB", "The band is solid 14k rose gold.", plate45Rose, true},
		{"it-IT", "La fascia è in oro rosa massiccio 14 carati.", plate45Rose, true},
	})
	// clean twins: the base named, the plating named as a plating
	checkKindRows(t, svc, "", []kindRow{
		{"en-AU", "These hoops are 18k white gold with black rhodium plating.", b, false},
		{"en-GB", "Black rhodium-plated 18k white gold hoops, 15 mm across.", b, false},
		{"en-US", "These hoops are solid 18k white gold.", b, false},
		{"en-GB", "The black-plated hoops are 15 mm across.", b, false},
		{"pt-BR", "O anel é de ouro branco 18k com banho de ródio negro.", b, false},
		{"de-DE", "Die Creolen sind aus 18 Karat Weißgold mit schwarzer Rhodiumbeschichtung.", b, false},
		{"fr-FR", "Les créoles sont en or blanc 18 carats avec un placage de rhodium noir.", b, false},
		// the plating's own word beside the string (marks_before,
		// marks_after in data/<lang>/glossary.yaml): the string names
		// the plating
		{"ja-JP", "このリングはK14イエローゴールドにピンクゴールドメッキを施しています。", plate45Rose, false},
		{"ko-KR", "이 반지는 14K 옐로 골드에 로즈골드 도금을 했습니다.", plate45Rose, false},
		{"zh-CN", "这枚戒指采用14K黄金，表面镀玫瑰金。", plate45Rose, false},
		{"zh-TW", "這枚戒指採用14K黃金，表面鍍玫瑰金。", plate45Rose, false},
		// and without it the string is the metal's, but the base is
		// gold: the name alone claims no colour of the metal (facts67)
		{"ja-JP", "このリングはピンクゴールドです。", plate45Rose, false}, // facts67: the gold is real; only a solid word or through phrase claims the colour (TestKindsColourGold)
		{"ko-KR", "이 반지는 로즈골드입니다.", plate45Rose, false},   // facts67: the gold is real; only a solid word or through phrase claims the colour (TestKindsColourGold)
		{"zh-CN", "这枚戒指是玫瑰金。", plate45Rose, false},        // facts67: the gold is real; only a solid word or through phrase claims the colour (TestKindsColourGold)
		{"en-GB", "The band is 14k yellow gold with a rose gold plating.", plate45Rose, false},
	})
}
