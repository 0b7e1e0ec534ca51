package grounding

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A Latin unit glued to the particle after it (issue #13, a miss of the
// sixth blind set's released half): Korean "길이는 20cm이며", Japanese
// "長さは20cmで", "4mmの" end the unit at the first letter of their own
// script, so the length is compared; the true length passes.
func TestKindsUnitBeforeParticle(t *testing.T) {
	t.Parallel()
	p := core.Product{SKU: "U1", Name: "Aurora Tennis Bracelet", Category: "bracelet",
		Metals:       []core.Metal{{Base: "white gold", Fineness: "18k"}},
		Measurements: []core.Measurement{{Name: "length", Value: 18, Unit: "cm"}, {Name: "width", Value: 4, Unit: "mm"}}}
	for _, tc := range []struct {
		loc, text string
		block     bool
	}{
		{"ko-KR", "길이는 18cm이며, 박스 잠금장치가 있습니다.", false},
		{"ko-KR", "길이는 20cm이며, 박스 잠금장치가 있습니다.", true},
		{"ko-KR", "폭은 6mm입니다.", true},
		{"ko-KR", "폭은 4mm입니다.", false},
		{"ja-JP", "長さは18cmで、ボックスクラスプ付きです。", false},
		{"ja-JP", "長さは20cmで、ボックスクラスプ付きです。", true},
		{"ja-JP", "幅6mmのブレスレットです。", true},
		{"zh-CN", "长度为20cm，配有盒式扣。", true},
		{"zh-TW", "寬度為4mm的手鍊。", false},
		{"ar-AE", "يبلغ طوله 20cm.", true},
	} {
		got := false
		fs := CheckWith(p.Resolved(), tc.loc, tc.text, Options{})
		for _, f := range fs {
			got = got || f.Rule == RuleMeasurement && f.Severity == core.SeverityBlock
		}
		if got != tc.block {
			t.Errorf("%s %q: measurement block %v, want %v; findings %+v", tc.loc, tc.text, got, tc.block, fs)
		}
	}
}
