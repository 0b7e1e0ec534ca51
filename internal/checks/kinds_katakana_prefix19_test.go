package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A katakana stone word that is the start of a longer katakana word (#13,
// katakana_prefix19; probe19b ja-JP P19b08): katakana is read one
// character a token, so タイガーアイ (tiger's eye) matched inside
// タイガーアイアンビーズ (tiger iron beads) and blocked grounding.stone on a
// tiger iron bracelet. The fifteenth session's kana_place17 dropped a match
// a longer dictionary word overlaps (ネパール, ゴールドコースト), but only
// where IPADIC reads the whole katakana run; タイガーアイアンビーズ is no
// word it knows. Now a part of the run from its start or to its end that
// the dictionary reads wholly as known words (タイガー|アイアン) drops the
// match when one of them crosses its edge; compounds whose parts stop at
// the stone word's edges (ソーダライト|ビーズ, パール|ネックレス) still
// name the stone.
func TestKindsKatakanaPrefix19(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	ti := core.Product{SKU: "P19b08", Name: "Tiger Iron Bead Bracelet", Category: "bracelet", Collection: "Moments",
		Materials: []string{"tiger iron", "gold-plated brass", "elastic cord"},
		Metals:    []core.Metal{{Base: "brass", Plating: "gold", Fineness: "18k", PlatingMicrons: 1.0}},
		Stones:    []core.Stone{{Type: "tiger iron", Colour: "brown", Count: 21, Origin: core.OriginNatural}},
		Colours:   []string{"brown", "gold", "red", "black"}}
	ky := core.Product{SKU: "K19", Name: "Kyanite Bead Bracelet", Category: "bracelet", Collection: "Moments",
		Materials: []string{"kyanite", "sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "kyanite", Colour: "blue", Count: 19, Origin: core.OriginNatural}},
		Colours: []string{"blue", "silver"}}
	checkKindRows(t, svc, CatGrounding, []kindRow{
		// failed before: the stone word at the start of a longer word
		{"ja-JP", "Momentsコレクションのブレスレットは、8mmのタイガーアイアンビーズ21粒で仕立てました。", ti, false},
		{"ja-JP", "タイガーアイアンブレスレットは、ゴールドとレッドとブラックの縞模様が美しい天然石のブレスレットです。", ti, false},
		{"ja-JP", "天然のタイガーアイアンビーズを21粒つなぎました。", ti, false},
		// still blocks: the stone word, alone or in a compound cut at its edges
		{"ja-JP", "天然のタイガーアイビーズを19粒つなぎました。", ky, true},
		{"ja-JP", "天然のソーダライトビーズを19粒つなぎました。", ky, true},
		{"ja-JP", "パールネックレスにも合わせやすいブレスレットです。", ky, true},
		{"ja-JP", "ラボグロウンルビーを添えたブレスレットです。", ky, true},
	})
}
