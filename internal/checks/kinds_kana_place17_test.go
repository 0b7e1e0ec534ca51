package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A stone or metal word read inside a longer word of a script written
// without spaces (#13, left17a; probe17d ja-JP P17d09): katakana is read
// one character a token, so パール (pearl) matched inside ネパール (Nepal)
// and ゴールド (gold) inside ゴールドコースト (Gold Coast), blocking
// grounding on a kyanite pendant and on a silver ring. A katakana match
// inside a longer katakana word that the Japanese dictionary (IPADIC) knows
// as a word of its own (a place or brand name) names no stone; a compound
// the dictionary cuts (ゴールド|チェーン, パール|ネックレス) or does not
// know (ラボグロウンルビー) still names it.
func TestKindsKanaPlace17(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	ky := core.Product{SKU: "K17", Name: "Kyanite Drop Pendant", Category: "pendant", Collection: "Lumière",
		Materials: []string{"14k rose gold", "kyanite", "diamond"}, Metals: []core.Metal{{Base: "rose gold", Fineness: "14k"}},
		Stones: []core.Stone{{Type: "kyanite", Colour: "blue", Count: 1, Origin: core.OriginNatural},
			{Type: "diamond", Colour: "white", Count: 3, Origin: core.OriginNatural}},
		Colours: []string{"blue", "rose gold"}}
	sil := core.Product{SKU: "S17", Name: "Wave Ring", Category: "ring", Collection: "Shore",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Colours: []string{"silver"}}
	checkKindRows(t, svc, "", []kindRow{
		// failed before: the stone or metal word inside a place name
		{"ja-JP", "ネパール産の天然カイヤナイトを、14金ローズゴールドのペンダントに仕立てました。", ky, false},
		{"ja-JP", "ゴールドコーストの海を思わせる、925シルバーのリングです。", sil, false},
		{"ja-JP", "ネパールの山々の青を映したカイヤナイトのペンダントです。", ky, false},
		// still blocks: the stone or metal as a word or a known compound
		{"ja-JP", "ネパール産のパールを、14金ローズゴールドのペンダントに仕立てました。", ky, true},
		{"ja-JP", "ゴールドチェーンを合わせた925シルバーのリングです。", sil, true},
		{"ja-JP", "14金ローズゴールドのパールペンダントです。", ky, true},
		{"ja-JP", "ラボグロウンルビーを留めた925シルバーのリングです。", sil, true},
		{"ja-JP", "ゴールドの輝きが美しいリングです。", sil, true},
	})
}
