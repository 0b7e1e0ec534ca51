package checks

import (
	"fmt"
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// v10Stones are the stones and organics of the vocab10 tables (issue #13,
// closed vocabularies): words that most vocabularies did not know, so a
// turquoise, coral, jet, mother-of-pearl or amber named on a piece that has
// none passed, and named pearl kinds (Akoya, Tahitian, South Sea) that
// were read as any pearl, so "Akoya pearls" on a freshwater pearl passed.
var v10Stones = []string{"turquoise", "coral", "jet", "mother-of-pearl", "amber", "moonstone", "malachite", "tourmaline", "akoya pearl", "tahitian pearl", "south sea pearl"}

// v10StoneText is one language's sentence frame and the stone words in the
// case the frame asks for (Polish and Czech instrumental, Finnish
// partitive, Arabic with its preposition, French and Portuguese with
// their article), in the order of v10Stones; "" where the language has no
// common word for the stone.
type v10StoneText struct {
	frame string
	words []string
}

var v10StoneTexts = map[string]v10StoneText{
	"en":    {"The pendant is set with %s.", []string{"turquoise", "coral", "Whitby jet", "mother-of-pearl", "Baltic amber", "a moonstone", "malachite", "a tourmaline", "Akoya pearls", "Tahitian pearls", "South Sea pearls"}},
	"fr":    {"Le pendentif est orné %s.", []string{"d'une turquoise", "de corail", "de jais", "d'un cabochon en nacre", "d'ambre", "d'une pierre de lune", "de malachite", "d'une tourmaline", "de perles Akoya", "de perles de Tahiti", "de perles des mers du Sud"}},
	"de":    {"Der Anhänger ist mit %s besetzt.", []string{"Türkisen", "Koralle", "Gagat", "Perlmutt", "Bernstein", "Mondsteinen", "Malachit", "Turmalinen", "Akoya-Perlen", "Tahiti-Perlen", "Südseeperlen"}},
	"it":    {"Il ciondolo è impreziosito da %s.", []string{"un turchese", "corallo", "giaietto", "madreperla", "ambra", "una pietra di luna", "malachite", "una tormalina", "perle Akoya", "perle di Tahiti", "perle dei Mari del Sud"}},
	"es":    {"El colgante está adornado con %s.", []string{"una turquesa", "coral", "azabache", "nácar", "ámbar", "una piedra luna", "malaquita", "una turmalina", "perlas Akoya", "perlas de Tahití", "perlas de los Mares del Sur"}},
	"pt":    {"A peça é adornada com %s.", []string{"uma turquesa", "coral", "azeviche", "madrepérola", "âmbar", "uma pedra da lua", "malaquita", "uma turmalina", "pérolas Akoya", "pérolas do Taiti", "pérolas dos Mares do Sul"}},
	"nl":    {"De hanger is versierd met %s.", []string{"een turkoois", "bloedkoraal", "git", "parelmoer", "barnsteen", "maanstenen", "malachiet", "een toermalijn", "Akoya-parels", "Tahiti-parels", "zuidzeeparels"}},
	"sv":    {"Hänget är prytt med %s.", []string{"en turkos", "korall", "gagat", "pärlemor", "bärnsten", "månstenar", "malakit", "en turmalin", "akoyapärlor", "tahitipärlor", "söderhavspärlor"}},
	"da":    {"Vedhænget er prydet med %s.", []string{"en turkis", "koral", "gagat", "perlemor", "rav", "månesten", "malakit", "en turmalin", "akoyaperler", "tahitiperler", "sydhavsperler"}},
	"nb":    {"Anhenget er prydet med %s.", []string{"en turkis", "korall", "gagat", "perlemor", "rav", "månesteiner", "malakitt", "en turmalin", "akoyaperler", "tahitiperler", "sørhavsperler"}},
	"fi":    {"Riipuksessa on %s.", []string{"turkoosi", "korallia", "gagaattia", "helmiäistä", "meripihkaa", "kuukiviä", "malakiittia", "turmaliineja", "akoyahelmiä", "tahitinhelmiä", "Etelämeren helmiä"}},
	"pl":    {"Wisiorek jest ozdobiony %s.", []string{"turkusem", "koralem", "gagatem", "masą perłową", "bursztynem", "kamieniem księżycowym", "malachitem", "turmalinem", "perłami Akoya", "perłami z Tahiti", "perłami z Mórz Południowych"}},
	"cs":    {"Přívěsek je zdobený %s.", []string{"tyrkysem", "korálem", "gagátem", "perletí", "jantarem", "měsíčním kamenem", "malachitem", "turmalínem", "perlami Akoya", "tahitskými perlami", "perlami z Jižních moří"}},
	"tr":    {"Kolye ucu %s ile süslenmiş.", []string{"turkuaz", "mercan", "oltu taşı", "sedef", "kehribar", "ay taşı", "malakit", "turmalin", "Akoya incileri", "Tahiti incileri", "Güney Denizi incileri"}},
	"el":    {"Το μενταγιόν είναι διακοσμημένο με %s.", []string{"τιρκουάζ", "κοράλλι", "γαγάτη", "σεντέφι", "κεχριμπάρι", "φεγγαρόπετρα", "μαλαχίτη", "τουρμαλίνη", "μαργαριτάρια Akoya", "μαργαριτάρια Ταϊτής", "μαργαριτάρια των Νότιων Θαλασσών"}},
	"ar":    {"القلادة مزينة %s.", []string{"بالفيروز", "بالمرجان", "", "بعرق اللؤلؤ", "بالكهرمان", "بحجر القمر", "بالملكيت", "بالتورمالين", "بلآلئ أكويا", "بلآلئ تاهيتي", "بلآلئ البحار الجنوبية"}},
	"ja":    {"このペンダントには%sがあしらわれています。", []string{"ターコイズ", "珊瑚", "ジェット", "マザーオブパール", "琥珀", "ムーンストーン", "マラカイト", "トルマリン", "あこや真珠", "タヒチ真珠", "南洋真珠"}},
	"ko":    {"이 펜던트는 %s 장식이 특징입니다.", []string{"터키석", "산호", "흑옥", "자개", "호박석", "문스톤", "말라카이트", "투르말린", "아코야 진주", "타히티 진주", "남양 진주"}},
	"zh":    {"吊坠镶嵌%s。", []string{"绿松石", "珊瑚", "煤精", "珍珠母", "琥珀", "月光石", "孔雀石", "碧玺", "Akoya珍珠", "大溪地珍珠", "南洋珍珠"}},
	"zh-TW": {"吊墜鑲嵌%s。", []string{"綠松石", "珊瑚", "煤精", "珍珠母", "琥珀", "月光石", "孔雀石", "碧璽", "Akoya珍珠", "大溪地珍珠", "南洋珍珠"}},
}

// v10WithStone is a silver pendant whose one stone (or, for
// mother-of-pearl, whose inlay material) is s.
func v10WithStone(s string) core.Product {
	p := core.Product{SKU: "V10-" + s, Name: "Vela", Category: "pendant",
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"silver"}}
	if s == "mother-of-pearl" {
		p.Materials = []string{"mother-of-pearl"}
	} else {
		p.Stones = []core.Stone{{Type: s, Count: 1}}
	}
	return p
}

// v10FreshwaterPendant is a silver pendant with one freshwater pearl: a
// named saltwater kind on it is another pearl.
var v10FreshwaterPendant = v10WithStone("freshwater pearl")

// TestKindsUnknownStone10 (issue #13: closed vocabularies, stone_wrong) in
// every supported locale: a stone or organic gem named in the copy that
// the product does not have blocks as grounding, in the language's own
// word and case; a named pearl kind (Akoya, Tahitian, South Sea) blocks
// on a freshwater pearl. The product's own stone in the same sentence
// passes.
func TestKindsUnknownStone10(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var wrong, pearlKind []lt
	own := make([][]lt, len(v10Stones))
	perLocale(t, v10StoneTexts, "stone", func(loc string, x v10StoneText, _ func([]string) []lt) {
		if len(x.words) != len(v10Stones) {
			t.Fatalf("%s: %d stone words for %d stones", loc, len(x.words), len(v10Stones))
		}
		for i, w := range x.words {
			if w == "" {
				continue
			}
			row := lt{loc, fmt.Sprintf(x.frame, w)}
			wrong = append(wrong, row)
			own[i] = append(own[i], row)
			if i >= len(v10Stones)-3 {
				pearlKind = append(pearlKind, row)
			}
		}
	})
	tables := []kindTable{
		{"a stone or organic the piece lacks", c9ZirconiaPendant, CatGrounding, wrong},
		{"a saltwater pearl kind on a freshwater pearl", v10FreshwaterPendant, CatGrounding, pearlKind},
	}
	for i, s := range v10Stones {
		tables = append(tables, kindTable{"the piece's own " + s, v10WithStone(s), "", own[i]})
	}
	runKinds(t, c, guide(t), tables)
}
