package styleguide_test

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/styleguide"
)

// FuzzParse: any bytes are parsed or refused, never a panic; a refusal
// says why, and a guide that parses holds within the limits and
// validates again. Its corpus is testdata/fuzz/FuzzParse.
func FuzzParse(f *testing.F) {
	example, err := os.ReadFile("../../testdata/styleguide.yaml")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(example)
	for _, s := range []string{
		minimal,
		minimal + "rules:\n  - {id: e, type: existence, level: block, patterns: ['']}\n",
		minimal + "---\nbrand: B\n",
		minimal + "rules:\n  - {id: s, type: substitution, level: warn, swap: {color: colour}}\n",
		"brand: &a [*a]\n",
		"{brand: A, version: '1', channels: {pdp: {max_words: 1}}, glossary: [{term: x, kind: forbidden}]}",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		g, err := styleguide.Parse(src)
		if err != nil {
			if strings.TrimSpace(err.Error()) == "" {
				t.Fatal("empty error")
			}
			var e *styleguide.Error
			_ = errors.As(err, &e)
			return
		}
		if err := g.Validate(); err != nil {
			t.Fatalf("parsed guide does not validate: %v", err)
		}
		if len(g.Rules) > styleguide.MaxRules {
			t.Fatalf("%d rules accepted", len(g.Rules))
		}
		for _, r := range g.Rules {
			if len(r.Tokens)+len(r.Patterns)+len(r.Swap) > styleguide.MaxRuleTerms {
				t.Fatalf("rule %s over the limit", r.ID)
			}
			for _, tok := range r.Tokens {
				if strings.TrimSpace(tok) == "" {
					t.Fatalf("empty token accepted in %s", r.ID)
				}
			}
		}
	})
}
