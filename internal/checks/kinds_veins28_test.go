package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsVeins28: a stone named as part of the product's stone (veins,
// flecks, needles or inclusions of it in the piece's stone) is the piece's,
// wherever its sentence stands (#13, veins28; released 28's da-DK larimar
// "med bløde årer af malakit", with soft veins of malachite, passed: "der
// kun findes i" is also a word of other items in da, nb and sv, and a
// sentence saying where the stone is found was the material's in every
// language). Each row passes on a larimar whose stone type names the
// malachite ("larimar with malachite": the type licenses it) and blocks on
// released 28's larimar pendant, whose stone holds none (EU UCPD
// 2005/29/EC art. 6(1)(b): the product's composition; FTC Jewelry Guides
// 16 CFR 23.25: a stone's name must be true of it). A mineral the product's
// stone is known to hold (canon hosted_stones: calcite and pyrite in lapis
// lazuli) passes on the lapis, and malachite named so in it blocks.
func TestKindsVeins28(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	with := larimar28
	with.Stones = []core.Stone{{Type: "larimar with malachite", Colour: "blue", Count: 1, Origin: "natural"}}
	with.Colours = []string{"silver", "blue", "green"}
	rows := []kindRow{
		{"en-GB", "Larimar is a pale blue stone found only in the Dominican Republic, with soft veins of malachite.", with, false},
		{"en-US", "The pendant holds an oval larimar, a pale blue stone found only in the Dominican Republic, with soft veins of malachite.", with, false},
		{"en-AU", "The pendant holds an oval larimar with soft malachite veins.", with, false},
		{"de-DE", "Larimar ist ein hellblauer Stein, den es nur in der Dominikanischen Republik gibt, mit zarten Adern aus Malachit.", with, false},
		{"fr-FR", "Le larimar est une pierre bleu pâle que l'on trouve seulement en République dominicaine, aux douces veines de malachite.", with, false},
		{"fr-CA", "Le pendentif porte un larimar ovale, une pierre bleu pâle que l'on trouve seulement en République dominicaine, aux douces veines de malachite.", with, false},
		{"es-ES", "El larimar es una piedra azul claro que solo se encuentra en la República Dominicana, con suaves vetas de malaquita.", with, false},
		{"es-MX", "El dije lleva un larimar ovalado, una piedra azul claro que solo se encuentra en la República Dominicana, con suaves vetas de malaquita.", with, false},
		{"it-IT", "Il larimar è una pietra azzurra che si trova solo nella Repubblica Dominicana, con morbide venature di malachite.", with, false},
		{"pt-PT", "O pendente tem um larimar oval, uma pedra azul-clara que só se encontra na República Dominicana, com suaves veios de malaquite.", with, false},
		{"pt-BR", "O larimar é uma pedra azul-clara que só é encontrada na República Dominicana, com suaves veios de malaquita.", with, false},
		{"nl-NL", "Larimar is een lichtblauwe steen die alleen in de Dominicaanse Republiek voorkomt, met zachte aders van malachiet.", with, false},
		{"sv-SE", "Hänget har en oval larimar, en ljusblå sten som bara finns i Dominikanska republiken, med mjuka ådror av malakit.", with, false},
		{"da-DK", "Larimar-vedhænget fra kollektionen Essence har en oval larimar, en lyseblå sten, der kun findes i Den Dominikanske Republik, med bløde årer af malakit som lys på vand.", with, false},
		{"nb-NO", "Anhenget har en oval larimar, en lyseblå stein som bare finnes i Den dominikanske republikk, med myke årer av malakitt.", with, false},
		{"fi-FI", "Larimar on vaaleansininen kivi, jota löytyy vain Dominikaanisesta tasavallasta, ja siinä on pehmeitä malakiittisuonia.", with, false},
		{"pl-PL", "Larimar to jasnoniebieski kamień występujący tylko na Dominikanie, z delikatnymi żyłkami malachitu.", with, false},
		{"cs-CZ", "Larimar je světle modrý kámen, který se nachází jen v Dominikánské republice, s jemnými žilkami malachitu.", with, false},
		{"el-GR", "Το λαρίμαρ είναι μια γαλάζια πέτρα που βρίσκεται μόνο στη Δομινικανή Δημοκρατία, με απαλές νευρώσεις μαλαχίτη.", with, false},
		{"tr-TR", "Larimar, yalnızca Dominik Cumhuriyeti'nde bulunan, yumuşak malakit damarlı açık mavi bir taştır.", with, false},
		{"ar-AE", "اللاريمار حجر أزرق فاتح لا يوجد إلا في جمهورية الدومينيكان، تتخلله عروق ناعمة من الملكيت.", with, false},
		{"ja-JP", "ラリマーはドミニカ共和国だけで採れる淡い青の石で、やわらかなマラカイトの筋が入っています。", with, false},
		{"ko-KR", "라리마는 도미니카 공화국에서만 나는 연한 파란색 돌로, 부드러운 말라카이트 줄무늬가 있습니다.", with, false},
		{"zh-CN", "拉利玛是一种只产于多米尼加共和国的浅蓝色宝石，带有柔和的孔雀石纹理。", with, false},
		{"zh-TW", "拉利瑪是一種只產於多明尼加共和國的淺藍色寶石，帶有柔和的孔雀石紋理。", with, false},
	}
	checkOwnAndControl(t, svc, "grounding", rows, func(r kindRow) (core.Product, bool) { return larimar28, true })

	lapis := core.Product{SKU: "K28V1", Name: "Lapis Pendant", Category: "pendant", Collection: "Essence",
		Materials: []string{"sterling silver", "lapis lazuli"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "lapis lazuli", Colour: "blue", Count: 1, Origin: "natural"}},
		Colours: []string{"silver", "blue"}}
	checkKindRows(t, svc, "grounding", []kindRow{
		{"en-GB", "Lapis lazuli is a deep blue stone found in Afghanistan, with white veins of calcite.", lapis, false},
		{"en-GB", "Lapis lazuli is a deep blue stone found in Afghanistan, with green veins of malachite.", lapis, true},
		{"de-DE", "Lapislazuli ist ein tiefblauer Stein, den es in Afghanistan gibt, mit weißen Adern aus Calcit.", lapis, false},
		{"de-DE", "Lapislazuli ist ein tiefblauer Stein, den es in Afghanistan gibt, mit grünen Adern aus Malachit.", lapis, true},
		{"da-DK", "Lapis lazuli er en dybblå sten, der findes i Afghanistan, med hvide årer af calcit.", lapis, false},
		{"da-DK", "Lapis lazuli er en dybblå sten, der findes i Afghanistan, med grønne årer af malakit.", lapis, true},
		{"es-ES", "El lapislázuli es una piedra azul intenso que se encuentra en Afganistán, con vetas blancas de calcita.", lapis, false},
		{"es-ES", "El lapislázuli es una piedra azul intenso que se encuentra en Afganistán, con vetas verdes de malaquita.", lapis, true},
	})
}
