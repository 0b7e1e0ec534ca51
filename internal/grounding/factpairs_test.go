package grounding

import (
	"slices"
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/locales"
)

// checkFactPairs runs a two-sentence table in every supported locale: for
// each language one text that must pass and one that must block (blocked
// is the index of the blocking one) under one of rules, checked against p.
func checkFactPairs(t *testing.T, p core.Product, texts map[string][2]string, blocked int, rules ...string) {
	t.Helper()
	for _, loc := range locales.Must().Supported() {
		key, ok := factLang(texts, loc)
		if !ok {
			t.Errorf("no sentences for %s", loc)
			continue
		}
		for i, text := range texts[key] {
			want := i == blocked
			got := false
			fs := CheckWith(p.Resolved(), loc, text, Options{})
			for _, f := range fs {
				got = got || f.Severity == core.SeverityBlock && slices.Contains(rules, f.Rule)
			}
			if got != want {
				t.Errorf("%s %q: %v block %v, want %v; findings %+v", loc, text, rules, got, want, fs)
			}
		}
	}
}
