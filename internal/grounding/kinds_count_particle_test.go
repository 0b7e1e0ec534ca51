package grounding

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A count after its stone with a case particle between (issue #13, a miss
// of the sixth blind set's released half): Japanese "パールを5粒" (the
// stone, を, the number and its counter), Korean "진주를 5개". The true
// count passes, a wrong one blocks, in every language that counts after
// the noun.
func TestKindsCountAfterParticle(t *testing.T) {
	t.Parallel()
	p := core.Product{SKU: "P2", Name: "Tide Anklet", Category: "anklet", Metals: []core.Metal{{Base: "titanium"}},
		Stones: []core.Stone{{Type: "freshwater pearl", Colour: "white", Count: 3, Treatment: "cultured"}}}
	for _, tc := range []struct {
		loc, text string
		block     bool
	}{
		{"ja-JP", "白い淡水パールを3粒あしらいました。", false},
		{"ja-JP", "白い淡水パールを5粒あしらいました。", true},
		{"ja-JP", "白い淡水養殖パールが5粒並びます。", true},
		{"ja-JP", "パールは3粒です。", false},
		{"ja-JP", "パールも5個あります。", true},
		{"ko-KR", "흰색 담수 진주를 3개 세팅했습니다.", false},
		{"ko-KR", "흰색 담수 진주를 5개 세팅했습니다.", true},
		{"zh-CN", "饰有三颗白色淡水珍珠。", false},
		{"zh-CN", "饰有五颗白色淡水珍珠。", true},
		{"zh-TW", "飾有五顆白色淡水珍珠。", true},
	} {
		got := false
		fs := CheckWith(p.Resolved(), tc.loc, tc.text, Options{})
		for _, f := range fs {
			got = got || f.Rule == RuleCount && f.Severity == core.SeverityBlock
		}
		if got != tc.block {
			t.Errorf("%s %q: count block %v, want %v; findings %+v", tc.loc, tc.text, got, tc.block, fs)
		}
	}
}
