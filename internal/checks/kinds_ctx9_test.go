package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// Products of the ctx9 tables (issue #13, fact kinds on real copy): a
// sterling silver pendant and its twin with one white cubic zirconia.
var (
	c9SilverPendant = core.Product{SKU: "C91", Name: "Vela", Category: "pendant",
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"silver"}}
	c9ZirconiaPendant = core.Product{SKU: "C92", Name: "Vela", Category: "pendant",
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"silver"},
		Stones: []core.Stone{{Type: "cubic zirconia", Count: 1, Colour: "white"}}}
)

// c9GoesWithLang is one language's texts of the goes-with kind: a metal
// or stone named as what the piece is worn with ("goes beautifully with
// white gold", "passt zu Weißgold", "يتماشى مع الذهب الأبيض",
// "ホワイトゴールドにも合う") passes on the silver pendant; the piece's own
// gold, said before or beside a verb of matching, still blocks. Before
// ctx9 the goes-with rows blocked in 14 languages (the verbs were
// cross-selling words only in some and only next to the fact).
type c9GoesWithLang struct {
	metal, stone, own []string
}

var c9GoesWithTexts = map[string]c9GoesWithLang{
	"en": {metal: []string{"The pendant goes beautifully with white gold.", "It also works with yellow gold and rose gold."},
		stone: []string{"It goes well with sapphires."},
		own:   []string{"The pendant is made of white gold and goes with everything.", "This white gold pendant pairs with any outfit."}},
	"fr": {metal: []string{"Ce pendentif se marie à merveille avec l'or jaune.", "Il s'accorde avec l'or blanc."},
		stone: []string{"Il s'accorde avec les saphirs."},
		own:   []string{"Ce pendentif en or jaune s'accorde avec tout.", "Ce pendentif est en or jaune et va avec tout."}},
	"de": {metal: []string{"Der Anhänger passt wunderbar zu Weißgold.", "Der Anhänger passt auch zu Gelbgold und Roségold."},
		stone: []string{"Er passt zu Saphiren."},
		own:   []string{"Der Anhänger ist aus Weißgold und passt zu allem.", "Der Anhänger aus Weißgold passt zu jedem Outfit."}},
	"it": {metal: []string{"Il ciondolo si abbina splendidamente all'oro bianco.", "Il ciondolo sta bene con l'oro giallo."},
		stone: []string{"Si abbina con gli zaffiri."},
		own:   []string{"Il ciondolo in oro bianco si abbina a tutto.", "Il ciondolo è in oro bianco e si abbina a tutto."}},
	"es": {metal: []string{"El colgante combina de maravilla con el oro blanco.", "El colgante queda precioso con oro blanco."},
		stone: []string{"Combina con zafiros."},
		own:   []string{"El colgante de oro blanco combina con todo.", "El colgante es de oro blanco y combina con todo."}},
	"pt": {metal: []string{"O pingente combina lindamente com ouro branco.", "O pendente fica lindo com ouro branco."},
		stone: []string{"Combina com safiras."},
		own:   []string{"O pingente de ouro branco combina com tudo.", "O pingente é de ouro branco e combina com tudo."}},
	"nl": {metal: []string{"De hanger past mooi bij witgoud.", "De hanger staat prachtig bij geelgoud."},
		stone: []string{"Hij past bij saffieren."},
		own:   []string{"De hanger is van witgoud en past bij alles.", "De witgouden hanger past bij elke outfit."}},
	"sv": {metal: []string{"Hänget passar fint till vitguld.", "Hänget passar också till gult guld."},
		stone: []string{"Det passar till safirer."},
		own:   []string{"Hänget i vitguld passar till allt.", "Hänget är av vitguld och passar till allt."}},
	"da": {metal: []string{"Vedhænget passer smukt til hvidguld.", "Vedhænget går godt med gult guld."},
		stone: []string{"Det passer til safirer."},
		own:   []string{"Vedhænget i hvidguld passer til alt.", "Vedhænget er af hvidguld og passer til alt."}},
	"nb": {metal: []string{"Anhenget passer fint til hvitt gull.", "Anhenget går godt med gult gull."},
		stone: []string{"Det passer til safirer."},
		own:   []string{"Anhenget i hvitt gull passer til alt.", "Anhenget er av hvitt gull og passer til alt."}},
	"fi": {metal: []string{"Riipus sopii kauniisti valkokullan kanssa.", "Riipus sopii hyvin keltakullan kanssa."},
		stone: []string{"Se sopii safiirien kanssa."},
		own:   []string{"Riipus on valkokultaa ja sopii kaikkeen.", "Valkokultariipus sopii kaikkeen."}},
	"pl": {metal: []string{"Wisiorek pięknie pasuje do białego złota.", "Wisiorek współgra z żółtym złotem."},
		stone: []string{"Pasuje do szafirów."},
		own:   []string{"Wisiorek z białego złota pasuje do wszystkiego.", "Wisiorek jest z białego złota i pasuje do wszystkiego."}},
	"cs": {metal: []string{"Přívěsek se krásně hodí k bílému zlatu.", "Přívěsek ladí se žlutým zlatem."},
		stone: []string{"Hodí se k safírům."},
		own:   []string{"Přívěsek z bílého zlata se hodí ke všemu.", "Přívěsek je z bílého zlata a hodí se ke všemu."}},
	"tr": {metal: []string{"Kolye ucu beyaz altınla uyum içindedir.", "Kolye ucu beyaz altınla çok yakışır."},
		stone: []string{"Safirlerle çok yakışır."},
		own:   []string{"Beyaz altın kolye ucu her kombine yakışır.", "Kolye ucu beyaz altındır ve her kombine yakışır."}},
	"el": {metal: []string{"Το μενταγιόν ταιριάζει όμορφα με λευκό χρυσό.", "Το μενταγιόν δένει με κίτρινο χρυσό."},
		stone: []string{"Ταιριάζει με ζαφείρια."},
		own:   []string{"Το μενταγιόν από λευκό χρυσό ταιριάζει με όλα.", "Το μενταγιόν είναι από λευκό χρυσό και ταιριάζει με όλα."}},
	"ar": {metal: []string{"يتماشى مع الذهب الأبيض.", "هذه القلادة تتماشى مع الذهب الأبيض."},
		stone: []string{"تتماشى مع الياقوت الأزرق."},
		own:   []string{"القلادة من الذهب الأبيض وتتماشى مع كل إطلالة.", "قلادة من الذهب الأبيض تتناسب مع كل إطلالة."}},
	"ja": {metal: []string{"ホワイトゴールドにも合うペンダントです。", "このペンダントはホワイトゴールドによく合います。"},
		stone: []string{"サファイアにもよく合います。"},
		own:   []string{"ホワイトゴールドのペンダントはどんな服にも合います。", "このペンダントはホワイトゴールド製で、どんな服にも合います。"}},
	"ko": {metal: []string{"이 펜던트는 화이트 골드와 잘 어울립니다.", "이 펜던트는 옐로우 골드와도 잘 어울립니다."},
		stone: []string{"사파이어와 잘 어울립니다."},
		own:   []string{"화이트 골드 펜던트는 어떤 옷과도 잘 어울립니다.", "이 펜던트는 화이트 골드로 만들어 어떤 옷에도 잘 어울립니다."}},
	"zh-CN": {metal: []string{"这款吊坠与白金也很搭配。", "这款吊坠和黄金也很相配。"},
		stone: []string{"与蓝宝石也很搭配。"},
		own:   []string{"这款白金吊坠很百搭。", "这款吊坠由白金制成，与任何服装都很搭配。"}},
	"zh-TW": {metal: []string{"這款吊墜與白金也很搭配。", "這款吊墜和黃金也很相配。"},
		stone: []string{"與藍寶石也很搭配。"},
		own:   []string{"這款白金吊墜很百搭。", "這款吊墜由白金製成，與任何服裝都很搭配。"}},
}

// TestKindsGoesWith (issue #13: cross_sell, a metal or stone named as what
// the piece goes with) in every supported locale.
func TestKindsGoesWith(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var metal, stone, own []lt
	perLocale(t, c9GoesWithTexts, "ctx9 goes-with", func(loc string, x c9GoesWithLang, in func([]string) []lt) {
		metal = append(metal, in(x.metal)...)
		stone = append(stone, in(x.stone)...)
		own = append(own, in(x.own)...)
	})
	runKinds(t, c, guide(t), []kindTable{
		{"goes with another metal", c9SilverPendant, "", metal},
		{"goes with a stone", c9ZirconiaPendant, "", stone},
		{"the piece's own metal beside a verb of matching", c9SilverPendant, CatGrounding, own},
	})
}
