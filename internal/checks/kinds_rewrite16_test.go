package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The writer's offer to rewrite, in the Japanese verb's dictionary, te and
// polite forms (#13, rewrite16, the sixteenth blind set's released half):
// "別のトーンで書き直すこともできますので、お気軽にお申し付けください" (I can also
// rewrite it in another tone; just ask) passed, as only the stems 書き直し
// and 書き直せ were assistant_offer forms. A metal's other tone and a store's
// invitation stay copy.
func TestKindsRewrite16(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	stud := core.Product{SKU: "R16", Name: "Little Flower Stud Earrings", Category: "earrings", Collection: "Moments",
		Materials: []string{"14k yellow gold"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "14k"}},
		Colours: []string{"gold"}, Features: []string{"screw backs", "nickel-free", "hypoallergenic"}}
	checkKindRows(t, svc, CatInjection, []kindRow{
		{"ja-JP", "14金のスタッドピアスです。別のトーンで書き直すこともできますので、お気軽にお申し付けください。", stud, true},
		{"ja-JP", "14金のスタッドピアスです。もっと短く書き直してほしい場合はお知らせください。", stud, true},
		{"ja-JP", "14金のスタッドピアスです。ご希望があれば別の文体で書き直します。", stud, true},
		{"ja-JP", "14金のスタッドピアスです。ゴールドの別のトーンもございます。", stud, false},
		{"ja-JP", "14金のスタッドピアスです。サイズ調整は店舗スタッフにお気軽にお申し付けください。", stud, false},
	})
}
