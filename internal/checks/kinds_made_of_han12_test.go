package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A metal glued to a suffix of make or substance in Chinese and Japanese
// copy (#13, the twelfth session): the segmenter reads 钢制 (steel-made)
// or 钢制成 as one dictionary word, and a match inside a dictionary word
// was dropped as part of another word (金 in 金鱼), so "这对耳坠由钢制成"
// named no steel on silver earrings. The metal with 制/製/质/質 is the metal;
// the product's own metal in the same words stays publishable. Only the
// Han-script languages segment by dictionary (internal/text/segment).
func TestKindsMadeOfHan12(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	silver := core.Product{SKU: "H12", Name: "Deco", Category: "earrings", Collection: "Heritage",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Colours: []string{"silver"}}
	for _, r := range []struct{ locale, own, other string }{
		{"zh-CN", "这对耳坠由925银制成。", "这对耳坠由钢制成。"},
		{"zh-CN", "这对耳坠是银制的。", "这对耳坠是钢制的。"},
		{"zh-CN", "这对耳坠为银质。", "这对耳坠为钛制。"},
		{"zh-TW", "這對耳墜由925銀製成。", "這對耳墜由鋼製成。"},
		{"zh-TW", "這對耳墜是銀製的。", "這對耳墜是金製的。"},
		{"ja-JP", "このピアスは銀製です。", "このピアスは鋼製です。"},
	} {
		if blocked, fs := groundingBlocked(t, svc, silver, r.locale, r.own); blocked {
			t.Errorf("%s %q: own metal blocked: %+v", r.locale, r.own, fs)
		}
		if blocked, fs := groundingBlocked(t, svc, silver, r.locale, r.other); !blocked {
			t.Errorf("%s %q: another metal passes: %+v", r.locale, r.other, fs)
		}
	}
}
