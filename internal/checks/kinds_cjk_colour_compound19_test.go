package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A stone name as a colour with the colour suffix (#13,
// cjk_colour_compound19, the nineteenth blind set's released half):
// "琥珀与焦糖色玳瑁纹亚克力树脂" (amber- and caramel-coloured tortoiseshell
// acrylic) on resin hoops with no stones blocked grounding.stone, 琥珀 read
// as the stone amber. In Chinese, Japanese and Korean a stone name with the
// colour suffix 色/색 is a colour (琥珀色, 翡翠色, 珊瑚色, 象牙色, 호박색;
// Xiandai Hanyu Cidian "琥珀色"; Kōjien "琥珀色"; Standard Korean Dictionary
// "호박색"), and coordinated with another colour the suffix is shared:
// "琥珀与焦糖色" is 琥珀色与焦糖色. The stone with no suffix still blocks.
func TestKindsCJKColourCompound19(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	hoops := core.Product{SKU: "T19", Name: "Tortoiseshell Resin Hoops", Category: "earrings", Collection: "Moments",
		Materials: []string{"acrylic resin", "gold-plated brass"}, Metals: []core.Metal{{Base: "brass", Plating: "gold", Fineness: "18k", PlatingMicrons: 1}},
		Colours:  []string{"amber", "caramel", "gold"},
		Features: []string{"tortoiseshell-effect resin"}}
	green := hoops
	green.Name, green.Colours = "Green Resin Hoops", []string{"green", "gold"}
	ivory := hoops
	ivory.Name, ivory.Colours = "Ivory Resin Hoops", []string{"ivory", "gold"}
	jade := hoops
	jade.Name, jade.Colours = "Jade Green Resin Hoops", []string{"jade", "mint", "gold"}
	coralPeach := hoops
	coralPeach.Name, coralPeach.Colours = "Coral Resin Hoops", []string{"coral", "peach", "gold"}
	coral := hoops
	coral.Name, coral.Colours = "Coral Resin Hoops", []string{"coral", "gold"}
	checkKindRows(t, svc, "", []kindRow{
		{"zh-CN", "这对圈形耳环复古而不刻意：琥珀与焦糖色玳瑁纹亚克力树脂，搭配18K镀金黄铜内圈。", hoops, false},
		{"zh-CN", "琥珀和焦糖色的亚克力树脂圈形耳环。", hoops, false},
		{"zh-TW", "琥珀與焦糖色的壓克力樹脂圈形耳環。", hoops, false},
		{"zh-TW", "琥珀色的壓克力樹脂圈形耳環。", hoops, false},
		{"ja-JP", "琥珀色の樹脂フープピアス。", hoops, false},
		{"ja-JP", "琥珀とキャラメル色の樹脂フープピアス。", hoops, false},
		{"zh-CN", "翡翠与薄荷色的亚克力树脂圈形耳环。", jade, false},
		{"ja-JP", "翡翠とミント色の樹脂フープピアス。", jade, false},
		{"zh-TW", "珊瑚和蜜桃色的壓克力樹脂圈形耳環。", coralPeach, false},
	})
	// Already passing before: the suffix itself, the guard of the kind.
	checkKindRows(t, svc, "", []kindRow{
		{"ko-KR", "호박색 레진 후프 귀걸이입니다.", hoops, false},
		{"zh-CN", "翡翠色的亚克力树脂圈形耳环。", green, false},
		{"ja-JP", "翡翠色の樹脂フープピアス。", green, false},
		{"zh-TW", "翡翠色的壓克力樹脂圈形耳環。", green, false},
		{"ko-KR", "비취색 레진 후프 귀걸이입니다.", green, false},
		{"zh-CN", "象牙色的亚克力树脂圈形耳环。", ivory, false},
		{"ja-JP", "象牙色の樹脂フープピアス。", ivory, false},
		{"ko-KR", "상아색 레진 후프 귀걸이입니다.", ivory, false},
		{"zh-TW", "珊瑚色的壓克力樹脂圈形耳環。", coral, false},
		{"ja-JP", "珊瑚色の樹脂フープピアス。", coral, false},
	})
	checkKindRows(t, svc, "grounding", []kindRow{
		{"zh-CN", "耳环上镶嵌着天然琥珀。", hoops, true},
		{"zh-TW", "耳環鑲嵌天然琥珀。", hoops, true},
		{"ja-JP", "天然の琥珀をあしらったピアス。", hoops, true},
		{"zh-CN", "耳环镶嵌一颗翡翠。", green, true},
		{"ja-JP", "翡翠をあしらったピアス。", green, true},
		{"zh-CN", "琥珀与黑色玛瑙镶嵌在耳环上。", hoops, true},
		{"zh-CN", "翡翠与薄荷色的亚克力树脂圈形耳环。", green, true},
		{"ja-JP", "琥珀とキャラメル色の樹脂フープピアス。", green, true},
	})
}
