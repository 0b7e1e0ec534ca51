package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The shine said never to be lost (#13, lustre21; released21a zh-TW
// H21a01-1): "永遠不會失去光澤" (it will never lose its lustre) on a 9k gold
// tennis bracelet passed, and so did Japanese "輝きを失うことはありません"
// (the nominalised negation): Chinese took 失去光泽 only after a prevention
// verb, Japanese only the plain negative 失いません. A finish promised never
// to lose its shine is a durability claim the product's data must support
// (FTC 16 CFR 23.1); a tarnish-proof feature licenses it.
func TestKindsLustre21(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	bracelet := core.Product{SKU: "L21", Name: "Almandine Tennis Bracelet", Category: "bracelet",
		Materials: []string{"9k yellow gold", "almandine garnet"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "9k"}},
		Stones:  []core.Stone{{Type: "almandine garnet", Colour: "deep red", Count: 38}},
		Colours: []string{"yellow gold", "red"}, Features: []string{"four-claw settings"}}
	coated := bracelet
	coated.Features = []string{"four-claw settings", "anti-tarnish e-coating"}
	checkKindRows(t, svc, "claim", []kindRow{
		// failed before
		{"zh-TW", "箱式扣搭配八字安全扣，洗澡游泳都不必取下，永遠不會失去光澤。", bracelet, true},
		{"zh-TW", "這條手鍊絕不會失去光彩。", bracelet, true},
		{"zh-CN", "它永远不会失去光泽。", bracelet, true},
		{"zh-CN", "佩戴多年也不会失去光泽。", bracelet, true},
		{"zh-CN", "金色从不失去光彩。", bracelet, true},
		{"ja-JP", "輝きを失うことはありません。", bracelet, true},
		{"ja-JP", "光沢を失うことはない、毎日のためのブレスレットです。", bracelet, true},
		{"ja-JP", "ゴールドのツヤが失われることはありません。", bracelet, true},
		// blocked before, the same claim in other languages
		{"ja-JP", "決して輝きを失いません。", bracelet, true},
		{"ko-KR", "절대 광택을 잃지 않습니다.", bracelet, true},
		{"en-GB", "It will never lose its shine.", bracelet, true},
		{"de-DE", "Es verliert niemals seinen Glanz.", bracelet, true},
		{"fr-FR", "Il ne perdra jamais son éclat.", bracelet, true},
		{"es-ES", "Nunca perderá su brillo.", bracelet, true},
		{"tr-TR", "Parlaklığını asla kaybetmez.", bracelet, true},
		// licensed by the data
		{"zh-TW", "它永遠不會失去光澤。", coated, false},
		{"zh-CN", "它永远不会失去光泽。", coated, false},
		{"ja-JP", "輝きを失うことはありません。", coated, false},
		// no claim: the shine described, or compared
		{"zh-CN", "宝石在烛光下闪耀着深红色的光泽。", bracelet, false},
		{"ja-JP", "ガーネットの深い輝きが手元を彩ります。", bracelet, false},
	})
}
