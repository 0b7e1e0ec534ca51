package grounding

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A category word that is also a verb is the verb where an article or an
// object follows it (issue #13, close7's report: Italian "Cerchi un
// regalo?", "are you looking for a gift?", opened a ring's copy and was
// read as hoops). not_after in the pack's vocabulary; the hoops themselves
// ("I cerchi in argento", "questi cerchi") are still a category of
// another kind on a ring.
func TestKindsCategoryVerbHomograph(t *testing.T) {
	t.Parallel()
	ring := core.Product{SKU: "V1", Name: "Luna", Category: "ring", Metals: []core.Metal{{Base: "sterling silver"}}}
	for _, tc := range []struct {
		text  string
		block bool
	}{
		{"Cerchi un regalo speciale? L'anello Luna è in argento sterling.", false},
		{"Cerchi il regalo perfetto? L'anello Luna è in argento sterling.", false},
		{"Cerchi qualcosa di speciale? L'anello Luna è in argento sterling.", false},
		{"I cerchi Luna sono in argento sterling.", true},
		{"Questi cerchi sono in argento sterling.", true},
	} {
		got := false
		for _, f := range CheckWith(ring.Resolved(), "it-IT", tc.text, Options{}) {
			got = got || f.Rule == RuleCategory && f.Severity == core.SeverityBlock
		}
		if got != tc.block {
			t.Errorf("%q: category block %v, want %v", tc.text, got, tc.block)
		}
	}
}
