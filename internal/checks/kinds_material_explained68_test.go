package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The products of fbmat68's rows: a nickel-free gold ring and a green
// basse-taille enamel pendant.
var (
	fm68NickelFree = core.Product{SKU: "FM68N", Name: "Trio", Category: "ring", Collection: "Signature",
		Metals:   []core.Metal{{Base: "yellow gold", Fineness: "14k"}},
		Features: []string{"nickel-free"}, Colours: []string{"gold"}}
	fm68Enamel = core.Product{SKU: "FM68E", Name: "Lake", Category: "pendant", Collection: "Heritage",
		Metals:    []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Materials: []string{"sterling silver", "basse-taille enamel"},
		Colours:   []string{"green", "silver"}}
)

// TestKindsMaterialExplained68: copy that explains the material names a
// metal or a colour that is not the piece's own: the allergen of a true
// nickel-free claim said with a word of sensitivity ("니켈에 민감한 분들도",
// "ニッケルに敏感な方"), and a clarity word right beside the piece's own
// hue ("透明綠色琺瑯", transparent green enamel: basse-taille enamel is a
// transparent coloured glass; Victoria and Albert Museum, "Enamels"), read
// as nickel in the piece and as a clear colour (#13, fbmat68: released 68A
// ko-KR 68A02-3, zh-TW 68A04-3).
func TestKindsMaterialExplained68(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, []kindRow{
		{"ko-KR", "트리오 링은 니켈이 들어가지 않은 니켈 프리 소재라 니켈에 민감한 분들도 편하게 착용하실 수 있습니다.", fm68NickelFree, false},
		{"ja-JP", "ニッケルフリーなので、ニッケルに敏感な方にも安心です。", fm68NickelFree, false},
		{"zh-TW", "湖光吊墜在925純銀上以手工雕刻紋樣，再覆上透明綠色琺瑯燒製。", fm68Enamel, false},
		{"zh-CN", "吊坠在925银上手工雕刻纹样，再覆上透明绿色珐琅烧制。", fm68Enamel, false},
	})
}

// TestKindsMaterialExplained68Bad: the allergen metal or the clear colour
// said of the piece itself still blocks.
func TestKindsMaterialExplained68Bad(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, []kindRow{
		{"ko-KR", "이 반지는 니켈로 만들었습니다.", fm68NickelFree, true},
		{"zh-TW", "這款吊墜是透明的。", fm68Enamel, true},
		{"zh-TW", "吊墜覆上透明和藍色琺瑯。", fm68Enamel, true},
	})
}
