package grounding

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsAlloyVerb37 reads 熔合 (fused, melted together) as a word of an
// alloy, as 合金 is: the copper of "9K玫瑰金含金37.5%，与铜熔合" is a member of
// the piece's rose gold, not copper on the piece (#13, alloyverb37; probe
// 37's rose gold ring blocked 铜 and 銅). The other locales' alloy words
// already read it ("alloyed with copper", "legiert mit Kupfer"): their
// rows are twins that must still pass; copper said of the piece, or cast
// (熔铸) rather than alloyed, still blocks.
func TestKindsAlloyVerb37(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		locale, text string
		block        bool
	}{
		{"zh-CN", "9K玫瑰金含金37.5%，与铜熔合，呈现粉色调并更加坚固。", false},
		{"zh-TW", "9K玫瑰金含金37.5%，與銅熔合，呈現粉色調也更堅固。", false},
		{"en-GB", "9k rose gold is 37.5% gold, alloyed with copper for its pink tone.", false},
		{"de-DE", "9 Karat Roségold enthält 37,5 % Gold, legiert mit Kupfer.", false},
		{"fr-FR", "L’or rose 9 carats contient 37,5 % d’or, allié au cuivre.", false},
		{"es-ES", "El oro rosa de 9 quilates contiene un 37,5 % de oro aleado con cobre.", false},
		{"ja-JP", "9金ローズゴールドは金を37.5%含み、銅との合金です。", false},
		// twins
		{"zh-CN", "戒指由铜熔铸而成。", true},
		{"zh-CN", "戒圈由铜制成，表面熔合了一层金。", true},
		{"zh-TW", "這枚戒指是銅製的。", true},
		{"en-GB", "The ring is made of copper.", true},
	} {
		p := core.Product{SKU: "R1", Name: "Ring", Category: "ring", Materials: []string{"9k rose gold"},
			Metals: []core.Metal{{Base: "rose gold", Fineness: "9k"}}, Colours: []string{"rose gold"}}
		got := false
		fs := CheckWith(p.Resolved(), tc.locale, tc.text, Options{})
		for _, f := range fs {
			got = got || f.Rule == RuleMaterial && f.Severity == core.SeverityBlock
		}
		if got != tc.block {
			t.Errorf("%s %q: material block %v, want %v; findings %+v", tc.locale, tc.text, got, tc.block, fs)
		}
	}
}
