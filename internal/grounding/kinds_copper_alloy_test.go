package grounding

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Arabic نحاس alone names copper and, in Gulf usage, brass (issue #13,
// seen by the comp6 helper: "نحاس مطلي بالذهب" on gold-plated brass was a
// wrong material). It is a copper alloy in the canon: brass, bronze and
// copper support it, silver does not.
func TestKindsArabicCopperAlloy(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		metal core.Metal
		text  string
		block bool
	}{
		{core.Metal{Base: "brass", Plating: "gold"}, "السوار من النحاس المطلي بالذهب.", false},
		{core.Metal{Base: "brass", Plating: "gold"}, "السوار من نحاس مطلي بالذهب.", false},
		{core.Metal{Base: "copper"}, "السوار من النحاس.", false},
		{core.Metal{Base: "bronze"}, "السوار من النحاس.", false},
		{core.Metal{Base: "sterling silver"}, "السوار من النحاس.", true},
	} {
		p := core.Product{SKU: "A1", Name: "Bar", Category: "bracelet", Metals: []core.Metal{tc.metal}}
		got := false
		fs := CheckWith(p.Resolved(), "ar-AE", tc.text, Options{})
		for _, f := range fs {
			got = got || f.Rule == RuleMaterial && f.Severity == core.SeverityBlock
		}
		if got != tc.block {
			t.Errorf("%s %q: material block %v, want %v; findings %+v", tc.metal.Base, tc.text, got, tc.block, fs)
		}
	}
}
