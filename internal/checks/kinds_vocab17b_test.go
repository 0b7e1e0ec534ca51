package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Closed vocabularies, the words vocab17 left (#13, vocab17b): a stone or
// metal a vocabulary does not know is read as nothing or as another stone.
//   - Chinese and Japanese 水晶 is the crystalline quartz named by colour or
//     fruit (柠檬水晶 lemon quartz, 草莓水晶 strawberry quartz; GIA Gem
//     Encyclopedia, "Quartz") and, in Chinese trade copy, crystal glass: it
//     was read as crystal only, so a lemon quartz's own name blocked; bare
//     水晶 is now a value any quartz and a crystal piece support, and lemon
//     quartz a variety of its own (a quartz, no citrine).
//   - melanite (the black titanian andradite garnet; GIA, CIBJO Gemstone
//     Book), the collectors' species, tombac, pinchbeck and Nordic gold
//     (brasses and the euro coins' copper alloy, no gold) in the languages
//     that lacked them.
//   - "diamond" misnomers (FTC 16 CFR 23.12: "diamond" for a stone that is
//     not one is misleading): a Cape May or Arkansas diamond is rock crystal,
//     an Alaska black diamond hematite, a diamant d'Alençon smoky quartz; the
//     name on a diamond blocks, and on the stone it names passes.
func TestKindsVocab17b(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	stone := func(typ, colour string) core.Product {
		return core.Product{SKU: "V17B", Name: "Piece", Category: "ring", Collection: "Essence",
			Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
			Stones:  []core.Stone{{Type: typ, Colour: colour, Count: 1, Origin: core.OriginNatural}},
			Colours: []string{colour, "silver"}}
	}
	metal := func(base string) core.Product {
		return core.Product{SKU: "V17M", Name: "Band", Category: "ring", Collection: "Essence",
			Materials: []string{base}, Metals: []core.Metal{{Base: base}}, Colours: []string{"gold"}}
	}
	blackSpinel := stone("spinel", "black")
	blackSpinel.Stones[0].Count = 7
	melanite := stone("melanite", "black")
	melanite.Stones[0].Count = 7
	checkKindRows(t, svc, "", []kindRow{
		// the variety by its own name or its species: pass
		{"zh-CN", "主石为约4.2克拉的枕形柠檬水晶，棋盘格切工映出清新的柠檬黄。", stone("lemon quartz", "yellow"), false},
		{"zh-TW", "這顆檸檬水晶是一種石英，色調清新。", stone("lemon quartz", "yellow"), false},
		{"zh-CN", "一颗草莓水晶镶嵌在925银上。", stone("strawberry quartz", "pink"), false},
		{"zh-CN", "这枚粉水晶戒指温柔可人。", stone("rose quartz", "pink"), false},
		{"zh-CN", "天然水晶主石，镶嵌于925银。", stone("amethyst", "purple"), false},
		{"zh-CN", "闪耀的水晶戒指，点缀其间。", stone("crystal", "clear"), false},
		{"ja-JP", "レモン水晶をあしらったリングです。", stone("lemon quartz", "yellow"), false},
		{"ja-JP", "天然の水晶を一粒あしらいました。", stone("smoky quartz", "brown"), false},
		{"en-GB", "A lemon quartz, a greenish-yellow quartz, set in sterling silver.", stone("lemon quartz", "yellow"), false},
		{"de-DE", "In einer Kanalfassung sitzen sieben natürliche schwarze Melanite.", melanite, false},
		{"en-GB", "A melanite, the black andradite garnet, set in sterling silver.", stone("melanite", "black"), false},
		{"en-US", "A Cape May diamond, a clear quartz pebble from the Delaware Bay, set in sterling silver.", stone("cape may diamond", "clear"), false},
		{"en-US", "An Alaska black diamond, polished hematite, set in sterling silver.", stone("hematite", "black"), false},
		{"fr-FR", "Un diamant d'Alençon, un quartz fumé, serti d'argent.", stone("smoky quartz", "brown"), false},
		{"el-GR", "Δαχτυλίδι από τομπάκ με γυαλιστερό φινίρισμα.", metal("tombac"), false},
		{"tr-TR", "Nordik altın alaşımından yüzük.", metal("nordic gold"), false},
		{"zh-CN", "这枚戒指镶嵌一颗罕见的painite。", stone("painite", "red"), false},
		{"ja-JP", "紫水晶と黄水晶をあしらったリングです。", func() core.Product {
			p := stone("amethyst", "purple")
			p.Stones = append(p.Stones, core.Stone{Type: "citrine", Colour: "yellow", Count: 1, Origin: core.OriginNatural})
			return p
		}(), false},
		{"zh-CN", "金发晶戒指，金色针状包裹体清晰可见。", stone("rutilated quartz", "gold"), false},
		{"ko-KR", "황수정 한 알을 세팅한 반지입니다.", stone("citrine", "yellow"), false},
		{"ja-JP", "黒水晶をあしらったリングです。", stone("smoky quartz", "black"), false},
		// another stone or metal: block
		{"ja-JP", "紫水晶をあしらったリングです。", stone("citrine", "yellow"), true},
		{"zh-CN", "这枚粉水晶戒指温柔可人。", stone("amethyst", "pink"), true},
		{"ko-KR", "황수정 한 알을 세팅한 반지입니다.", stone("amethyst", "purple"), true},
		{"de-DE", "In einer Kanalfassung sitzen sieben natürliche schwarze Melanite von je 2 mm.", blackSpinel, true},
		{"zh-CN", "主石为一颗柠檬水晶。", stone("citrine", "yellow"), true},
		{"zh-CN", "主石为一颗天然水晶。", stone("diamond", "white"), true},
		{"zh-CN", "一颗草莓水晶镶嵌在925银上。", stone("agate", "red"), true},
		{"ja-JP", "天然の水晶を一粒あしらいました。", stone("diamond", "white"), true},
		{"en-GB", "A Cape May diamond set in sterling silver.", stone("diamond", "white"), true},
		{"en-US", "An Arkansas diamond set in sterling silver.", stone("diamond", "white"), true},
		{"en-GB", "An Alaska black diamond set in sterling silver.", stone("diamond", "black"), true},
		{"ar-AE", "خاتم من التومباك اللامع.", metal("yellow gold"), true},
		{"el-GR", "Δαχτυλίδι από σκανδιναβικό χρυσό.", metal("yellow gold"), true},
		{"tr-TR", "Nordik altın alaşımından yüzük.", metal("yellow gold"), true},
		{"ar-AE", "خاتم مرصع بحجر الهاوين الأزرق.", stone("sapphire", "blue"), true},
		{"el-GR", "Δαχτυλίδι με κορνερουπίνη.", stone("emerald", "green"), true},
		{"zh-CN", "这枚戒指镶嵌一颗罕见的painite。", stone("ruby", "red"), true},
		{"zh-TW", "鈮金屬戒指，拋光表面。", metal("tantalum"), true},
	})
}
