package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// vocabAudit37Product is a sterling silver pendant set with one natural
// stone of the given type and colour, or, with stone "", a pendant of the
// given metal alone.
func vocabAudit37Product(stone, colour string) core.Product {
	return core.Product{SKU: "VA37", Name: "Aurora Pendant", Category: "pendant", Collection: "Essence",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver"}},
		Stones:  []core.Stone{{Type: stone, Colour: colour, Count: 1, Origin: "natural"}},
		Colours: []string{"silver"}}
}

func vocabAudit37Metal(metal string) core.Product {
	return core.Product{SKU: "VA37M", Name: "Aurora Pendant", Category: "pendant", Collection: "Essence",
		Materials: []string{metal}, Metals: []core.Metal{{Base: metal}}, Colours: []string{"gold"}}
}

// TestKindsVocabAudit37: an audit of the stone and metal words of the 19
// vocabularies (#13, vocabaudit37; released 36b's blind36B-ar-AE-36B104-1).
// Arabic يشب (jasper) was read as jade (يشم), so copy on a red jasper
// blocked and jasper named on a jade passed; Greek μπρούντζος (bronze)
// was listed under brass first, so copy on a bronze piece blocked. Arabic
// العقيق الأحمر names garnet and carnelian, and حجر الدم and Turkish
// kantaşı hematite and bloodstone: each is a value of its own that either
// stone supports (canon), where before carnelian and hematite blocked.
// A product's English stone type that is a colour word after a colour
// ("red coral", "white turquoise", "black jet", "green amber") read as
// two colours and no stone, and "tigers eye" as no known stone, so the
// stone's name blocked in every language. Each row has its twin: the same
// words on a stone they do not name still block.
func TestKindsVocabAudit37(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := vocabAudit37Product
	type pair struct {
		locale, text             string
		right, rc, wrong, wrongC string
	}
	pairs := []pair{
		// Arabic jasper, read as jade before
		{"ar-AE", "قلادة تضم حجراً مستديراً من اليشب الأحمر، مثبتاً في إطار من الفضة الإسترلينية.", "jasper", "red", "jade", "green"},
		{"ar-AE", "اليشب حجر متين نسبيًا، ويكتسب لونه الأحمر الدافئ من أكاسيد الحديد.", "jasper", "red", "jade", "green"},
		{"ar-AE", "تتوسط القلادة قطعة من يشب أحمر مصقول.", "red jasper", "red", "nephrite", "red"},
		// Arabic red agate: garnet or carnelian; blood stone: hematite or bloodstone
		{"ar-AE", "تضم القلادة حجراً من العقيق الأحمر المصقول.", "carnelian", "orange", "ruby", "red"},
		{"ar-AE", "تتوسط القلادة قطعة من حجر الدم اللامع.", "hematite", "grey", "onyx", "black"},
		// Turkish kantaşı: hematite or bloodstone
		{"tr-TR", "Kolye ucunda parlak bir kantaşı var.", "hematite", "grey", "onyx", "black"},
		{"tr-TR", "Kolye ucunda cilalı bir kan taşı var.", "hematite", "grey", "obsidian", "black"},
		// a stone type that is a colour word after a colour
		{"en-GB", "The pendant is set with natural red coral.", "red coral", "red", "red jasper", "red"},
		{"en-US", "The pendant is set with natural red coral.", "red coral", "red", "red jasper", "red"},
		{"en-AU", "The pendant is set with genuine white turquoise.", "white turquoise", "white", "howlite", "white"},
		{"de-DE", "Der Anhänger ist mit natürlicher roter Koralle besetzt.", "red coral", "red", "red jasper", "red"},
		{"fr-FR", "Le pendentif est orné de corail rouge naturel.", "red coral", "red", "red jasper", "red"},
		{"fr-CA", "Le pendentif est orné d'une turquoise blanche naturelle.", "white turquoise", "white", "howlite", "white"},
		{"es-ES", "El colgante está engastado con coral rojo natural.", "red coral", "red", "red jasper", "red"},
		{"es-MX", "El dije está engastado con coral rojo natural.", "red coral", "red", "red jasper", "red"},
		{"it-IT", "Il ciondolo è impreziosito da corallo rosso naturale.", "red coral", "red", "red jasper", "red"},
		{"pt-PT", "O pendente é cravejado com coral vermelho natural.", "red coral", "red", "red jasper", "red"},
		{"pt-BR", "O pingente é cravejado com coral vermelho natural.", "red coral", "red", "red jasper", "red"},
		{"nl-NL", "De hanger is gezet met natuurlijk rood koraal.", "red coral", "red", "red jasper", "red"},
		{"sv-SE", "Hänget är prytt med naturlig röd korall.", "red coral", "red", "red jasper", "red"},
		{"da-DK", "Vedhænget er prydet med naturlig rød koral.", "red coral", "red", "red jasper", "red"},
		{"nb-NO", "Anhenget er prydet med naturlig rød korall.", "red coral", "red", "red jasper", "red"},
		{"fi-FI", "Riipuksessa on luonnon punaista korallia.", "red coral", "red", "red jasper", "red"},
		{"pl-PL", "Wisiorek zdobi naturalny czerwony koral.", "red coral", "red", "red jasper", "red"},
		{"cs-CZ", "Přívěsek zdobí přírodní červený korál.", "red coral", "red", "red jasper", "red"},
		{"tr-TR", "Kolye ucunda doğal kırmızı mercan var.", "red coral", "red", "red jasper", "red"},
		{"el-GR", "Το μενταγιόν κοσμείται με φυσικό κόκκινο κοράλλι.", "red coral", "red", "red jasper", "red"},
		{"ar-AE", "تتزين القلادة بالمرجان الأحمر الطبيعي.", "red coral", "red", "red jasper", "red"},
		{"ja-JP", "ペンダントには天然の赤い珊瑚があしらわれています。", "red coral", "red", "red jasper", "red"},
		{"ko-KR", "펜던트에는 천연 붉은 산호가 세팅되어 있습니다.", "red coral", "red", "red jasper", "red"},
		{"zh-CN", "吊坠镶嵌天然红色珊瑚。", "red coral", "red", "red jasper", "red"},
		{"zh-TW", "吊墜鑲嵌天然紅色珊瑚。", "red coral", "red", "red jasper", "red"},
		{"de-DE", "Der Anhänger trägt einen Cabochon aus grünem Bernstein.", "green amber", "green", "peridot", "green"},
		{"en-GB", "A polished piece of Whitby jet sits in the pendant.", "black jet", "black", "onyx", "black"},
		// "tigers eye" in product data
		{"de-DE", "Der Anhänger trägt ein poliertes Tigerauge.", "tigers eye", "brown", "hawk's eye", "blue"},
		{"fr-FR", "Le pendentif porte un œil de tigre poli.", "tigers eye", "brown", "hawk's eye", "blue"},
		{"es-ES", "El colgante lleva un ojo de tigre pulido.", "tigers eye", "brown", "hawk's eye", "blue"},
		{"ja-JP", "ペンダントにはタイガーアイがあしらわれています。", "tigereye", "brown", "hawk's eye", "blue"},
		{"zh-CN", "吊坠镶嵌一颗虎眼石。", "tigers eye", "brown", "hawk's eye", "blue"},
	}
	var rows []kindRow
	for _, r := range pairs {
		rows = append(rows, kindRow{r.locale, r.text, p(r.right, r.rc), false}, kindRow{r.locale, r.text, p(r.wrong, r.wrongC), true})
	}
	// kept: the other sense of a shared word, and jade named on jasper
	rows = append(rows,
		kindRow{"ar-AE", "تضم القلادة حجراً من العقيق الأحمر المصقول.", p("garnet", "red"), false},
		kindRow{"ar-AE", "تتوسط القلادة قطعة من حجر الدم اللامع.", p("bloodstone", "green"), false},
		kindRow{"tr-TR", "Kolye ucunda parlak bir kantaşı var.", p("bloodstone", "green"), false},
		kindRow{"ar-AE", "تتوسط القلادة قطعة من اليشم الأخضر.", p("jasper", "green"), true},
		kindRow{"ar-AE", "تتوسط القلادة قطعة من اليشم الأخضر.", p("jade", "green"), false},
	)
	// Greek bronze and brass
	rows = append(rows,
		kindRow{"el-GR", "Ο μπρούντζος δίνει ζεστό τόνο στο μενταγιόν.", vocabAudit37Metal("bronze"), false},
		kindRow{"el-GR", "Ο μπρούντζος δίνει ζεστό τόνο στο μενταγιόν.", vocabAudit37Metal("brass"), true},
		kindRow{"el-GR", "Ο ορείχαλκος δίνει ζεστό τόνο στο μενταγιόν.", vocabAudit37Metal("brass"), false},
		kindRow{"el-GR", "Ο μπρούντζος δίνει ζεστό τόνο στο μενταγιόν.", vocabAudit37Metal("sterling silver"), true},
	)
	// Finnish helmi is a pearl and a bead: on a product of beads its
	// possessive forms are the beads too; on a pendant they are pearls
	beads := core.Product{SKU: "VA37B", Name: "Jade Bead Bracelet", Category: "bracelet", Collection: "Heritage",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver"}},
		Stones:  []core.Stone{{Type: "nephrite jade", Colour: "green", Count: 20, Origin: "natural", Treatment: "none"}},
		Colours: []string{"silver", "green"}}
	rows = append(rows,
		kindRow{"fi-FI", "Helmemme ovat käsittelemättömiä: ei värjäystä eikä hartsia.", beads, false},
		kindRow{"fi-FI", "Helmensä on kiillotettu käsin.", beads, false},
		kindRow{"fi-FI", "Helmemme ovat käsittelemättömiä: ei värjäystä eikä hartsia.", p("nephrite jade", "green"), true},
	)
	checkKindRows(t, svc, CatGrounding, rows)
}
