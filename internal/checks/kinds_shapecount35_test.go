package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsShapeCount35: a number heading a shape noun made of a stone
// counts that stone (#13, released 35's count miss blind35A-es-MX-35A104-3:
// "muestra tres hojas de jadeíta verde de 22 mm" passed on a pendant of one
// jadeite; grounding bead.go, vocabulary shape_nouns). The shape noun is
// followed by its stone ("three leaves of jadeite", "cinq gouttes
// d'améthyste", "fünf Tropfen aus Amethyst", "pět kapek ametystu"), glued
// after it ("viisi ametistipisaraa", "fem ametystdråber"), or stands between
// the stone and the number in the languages with counters (ヒスイの葉が三枚,
// 비취 잎 세 개). Each shape holds at least one stone, so the count is the
// least the group has: more shapes than stones block, fewer pass ("two
// hearts of diamonds" on a piece of 24 diamonds). Each blocking row has its
// pass twin at the right count; shapes of metal, sizes and a companion
// group's count keep passing.
func TestKindsShapeCount35(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	jade := core.Product{SKU: "SC35J", Name: "Leaf Pendant", Category: "necklace", Collection: "Heritage",
		Materials: []string{"18k yellow gold"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "18k"}},
		Stones:       []core.Stone{{Type: "jadeite jade", Colour: "green", Count: 1, Origin: core.OriginNatural}},
		Colours:      []string{"gold", "green"},
		Measurements: []core.Measurement{{Name: "pendant length", Value: 22, Unit: "mm"}}}
	ame := core.Product{SKU: "SC35A", Name: "Rain Pendant", Category: "necklace", Collection: "Timeless",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "amethyst", Colour: "purple", Count: 3, Origin: core.OriginNatural}},
		Colours: []string{"silver", "purple"}}
	type row struct {
		locale      string
		p           core.Product
		wrong, twin string
	}
	rows := []row{
		{"en-GB", jade, "The pendant shows three leaves of green jadeite.", "The pendant shows one leaf of green jadeite."},
		{"en-GB", ame, "Five drops of amethyst hang from the bar.", "Three drops of amethyst hang from the bar."},
		{"en-US", ame, "Five teardrops of purple amethyst sway below the chain.", "Three teardrops of purple amethyst sway below the chain."},
		{"en-AU", ame, "It carries five petals of amethyst.", "It carries three petals of amethyst."},
		{"de-DE", ame, "Der Anhänger trägt fünf Tropfen aus Amethyst.", "Der Anhänger trägt drei Tropfen aus Amethyst."},
		{"de-DE", jade, "Der Anhänger zeigt drei Blätter aus grüner Jade.", "Der Anhänger zeigt ein Blatt aus grüner Jade."},
		{"fr-FR", ame, "Le pendentif porte cinq gouttes d'améthyste.", "Le pendentif porte trois gouttes d'améthyste."},
		{"fr-CA", ame, "Cinq pétales d'améthyste ornent le pendentif.", "Trois pétales d'améthyste ornent le pendentif."},
		{"es-ES", ame, "El colgante luce cinco gotas de amatista.", "El colgante luce tres gotas de amatista."},
		{"es-MX", jade, "El dije Hoja muestra tres hojas de jadeíta verde de 22 mm.", "El dije Hoja muestra una hoja de jadeíta verde de 22 mm."},
		{"it-IT", ame, "Il ciondolo porta cinque gocce di ametista.", "Il ciondolo porta tre gocce di ametista."},
		{"it-IT", jade, "Il ciondolo mostra tre petali di giada.", "Il ciondolo mostra un petalo di giada."},
		{"pt-BR", ame, "O pingente traz cinco gotas de ametista.", "O pingente traz três gotas de ametista."},
		{"pt-PT", jade, "O pendente mostra três folhas de jade verde.", "O pendente mostra uma folha de jade verde."},
		{"nl-NL", ame, "De hanger draagt vijf druppels van amethist.", "De hanger draagt drie druppels van amethist."},
		{"sv-SE", ame, "Hänget bär fem droppar av ametist.", "Hänget bär tre droppar av ametist."},
		{"da-DK", ame, "Vedhænget bærer fem dråber af ametyst.", "Vedhænget bærer tre dråber af ametyst."},
		{"nb-NO", ame, "Anhenget bærer fem dråper av ametyst.", "Anhenget bærer tre dråper av ametyst."},
		{"fi-FI", ame, "Riipuksessa on viisi ametistipisaraa.", "Riipuksessa on kolme ametistipisaraa."},
		{"pl-PL", jade, "Zawieszka ma trzy listki z jadeitu.", "Zawieszka ma jeden listek z jadeitu."},
		{"pl-PL", ame, "Zawieszka ma pięć kropli z ametystu.", "Zawieszka ma trzy krople z ametystu."},
		{"cs-CZ", ame, "Přívěsek nese pět kapek ametystu.", "Přívěsek nese tři kapky ametystu."},
		{"tr-TR", jade, "Kolyede üç yaprak yeşim var.", "Kolyede bir yaprak yeşim var."},
		{"tr-TR", ame, "Kolyede beş ametist damla var.", "Kolyede üç ametist damla var."},
		{"el-GR", jade, "Το μενταγιόν έχει τρία φύλλα από νεφρίτη.", "Το μενταγιόν έχει ένα φύλλο από νεφρίτη."},
		{"el-GR", ame, "Το μενταγιόν έχει πέντε σταγόνες από αμέθυστο.", "Το μενταγιόν έχει τρεις σταγόνες από αμέθυστο."},
		{"ar-AE", jade, "تعرض القلادة ثلاث أوراق من اليشم.", "تعرض القلادة ورقة واحدة من اليشم."},
		{"ar-AE", ame, "تحمل القلادة خمس قطرات من الجمشت.", "تحمل القلادة ثلاث قطرات من الجمشت."},
		{"ja-JP", jade, "ペンダントにはヒスイの葉が三枚揺れます。", "ペンダントにはヒスイの葉が一枚揺れます。"},
		{"ja-JP", ame, "ペンダントにはアメジストのしずくが5つ揺れます。", "ペンダントにはアメジストのしずくが3つ揺れます。"},
		{"ko-KR", jade, "펜던트에는 비취 잎 세 개가 달려 있습니다.", "펜던트에는 비취 잎 한 개가 달려 있습니다."},
		{"ko-KR", ame, "펜던트에는 자수정 물방울 다섯 개가 달려 있습니다.", "펜던트에는 자수정 물방울 세 개가 달려 있습니다."},
		{"zh-CN", jade, "吊坠垂挂三片翡翠叶。", "吊坠垂挂一片翡翠叶。"},
		{"zh-CN", ame, "吊坠垂挂五滴紫水晶水滴。", "吊坠垂挂三滴紫水晶水滴。"},
		{"zh-TW", ame, "吊墜綴有紫水晶花瓣五片。", "吊墜綴有紫水晶花瓣三片。"},
	}
	var block, pass []kindRow
	for _, r := range rows {
		block = append(block, kindRow{r.locale, r.wrong, r.p, true})
		pass = append(pass, kindRow{r.locale, r.twin, r.p, false})
	}
	checkKindRows(t, svc, "grounding", block)
	checkKindRows(t, svc, "", pass)

	// Shapes of a metal count no stone, nor do a size and a chain; a shape
	// made of several stones holds at least one of them each, so fewer
	// shapes than stones pass; the companion group keeps its own count.
	dia := core.Product{SKU: "SC35D", Name: "Heart Pendant", Category: "necklace", Collection: "Timeless",
		Materials: []string{"18k white gold"}, Metals: []core.Metal{{Base: "white gold", Fineness: "18k"}},
		Stones:  []core.Stone{{Type: "diamond", Colour: "white", Count: 24, Origin: core.OriginNatural}},
		Colours: []string{"white gold", "white"}}
	pair := core.Product{SKU: "SC35P", Name: "Leaf Pendant", Category: "necklace", Collection: "Heritage",
		Materials: []string{"18k yellow gold"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "18k"}},
		Stones: []core.Stone{{Type: "jadeite jade", Colour: "green", Count: 1, Origin: core.OriginNatural},
			{Type: "diamond", Colour: "white", Count: 12, Origin: core.OriginNatural}},
		Colours: []string{"gold", "green", "white"}}
	checkKindRows(t, svc, "", []kindRow{
		{"en-GB", "The pendant shows three leaves of gold around one jadeite.", jade, false},
		{"en-GB", "Two hearts of diamonds frame the pendant.", dia, false},
		{"en-GB", "A leaf of jadeite sits among twelve diamonds.", pair, false},
		{"de-DE", "Drei Blätter aus Gold umrahmen die Jade.", jade, false},
		{"de-DE", "Zwei Herzen aus Diamanten zieren den Anhänger.", dia, false},
		{"fr-FR", "Trois feuilles d'or entourent le jade.", jade, false},
		{"fr-FR", "Deux cœurs de diamants ornent le pendentif.", dia, false},
		{"es-ES", "Tres hojas de oro rodean la jadeíta de 22 mm.", jade, false},
		{"es-MX", "Una hoja de jadeíta verde de 22 mm con doce diamantes.", pair, false},
		{"it-IT", "Tre foglie d'oro circondano la giada.", jade, false},
		{"pt-BR", "Três folhas de ouro cercam o jade.", jade, false},
		{"nl-NL", "Drie bladeren van goud omringen de jade.", jade, false},
		{"sv-SE", "Tre blad av guld omger jaden.", jade, false},
		{"pl-PL", "Trzy listki ze złota otaczają jadeit.", jade, false},
		{"cs-CZ", "Tři lístky ze zlata obklopují jadeit.", jade, false},
		{"el-GR", "Τρία φύλλα από χρυσό περιβάλλουν τον νεφρίτη.", jade, false},
		{"ar-AE", "ثلاث أوراق من الذهب تحيط باليشم.", jade, false},
		{"ja-JP", "金の葉が三枚、ヒスイを囲みます。", jade, false},
		{"ko-KR", "금 잎 세 개가 비취를 감쌉니다.", jade, false},
		{"zh-CN", "三片金叶环绕翡翠。", jade, false},
	})
}
