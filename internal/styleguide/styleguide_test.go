package styleguide_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/styleguide"
)

const minimal = `brand: Aurelia
version: "1"
channels:
  pdp: {min_words: 40, max_words: 120}
`

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string // substrings of the error, all required
	}{
		{"empty", "", []string{"empty"}},
		{"unknown top-level key", minimal + "colour: blue\n", []string{"line 5", "colour"}},
		{"unknown rule key", minimal + "rules:\n  - {id: a, type: existence, level: warn, tokens: [x], tokenz: [y]}\n", []string{"line 6", "tokenz"}},
		{"unknown rule type", minimal + "rules:\n  - {id: a, type: existance, level: warn, tokens: [x]}\n  - {id: no-cheap, type: spelling, level: warn}\n",
			[]string{"line 6: rules[0] (id a): unknown rule type \"existance\"", "line 7: rules[1] (id no-cheap): unknown rule type \"spelling\""}},
		{"bad level", minimal + "rules:\n  - id: no-cheap\n    type: existence\n    level: error\n    tokens: [cheap]\n", []string{"line 8: rules[0] (id no-cheap): bad level \"error\""}},
		{"missing tokens", minimal + "rules:\n  - {id: no-cheap, type: existence, level: block}\n", []string{"line 6: rules[0] (id no-cheap): existence needs tokens or patterns"}},
		{"bad regexp", minimal + "rules:\n  - id: price\n    type: existence\n    level: block\n    patterns: ['[£$']\n", []string{"line 9: rules[0] (id price): bad regexp"}},
		{"duplicate id", minimal + "rules:\n  - {id: a, type: occurrence, level: warn, token: '!', max: 1}\n  - {id: a, type: occurrence, level: warn, token: '?', max: 1}\n", []string{"line 7", "duplicate id"}},
		{"capitalization expect", minimal + "rules:\n  - {id: c, type: capitalization, level: block, match: aurelia, expect: Aurora}\n", []string{"line 6", "not a casing"}},
		{"bad category", minimal + "rules:\n  - {id: c, type: occurrence, level: warn, token: '!', max: 1, category: style}\n", []string{"line 6", "unknown category \"style\""}},
		{"readability without limits", minimal + "rules:\n  - {id: r, type: readability, level: warn}\n", []string{"line 6", "readability needs"}},
		{"conditional", minimal + "rules:\n  - {id: v, type: conditional, level: warn, first: vermeil}\n", []string{"line 6", "first and second"}},
		{"glossary kind", minimal + "glossary:\n  - {term: Moments, kind: keep}\n", []string{"line 6: glossary[0] (term Moments): unknown kind \"keep\""}},
		{"glossary level", minimal + "glossary:\n  - {term: zircon, kind: forbidden, level: fatal}\n", []string{"line 6", "bad level \"fatal\""}},
		{"claim without requires", minimal + "claims:\n  - {text: waterproof}\n", []string{"line 6: claims[0] (text waterproof): requires is required"}},
		{"claim unknown field", minimal + "claims:\n  - text: waterproof\n    requires: {feature: [waterproof]}\n", []string{"line 7", "unknown product field \"feature\""}},
		{"no brand", "version: \"1\"\nchannels: {pdp: {max_words: 10}}\n", []string{"brand: is required"}},
		{"channel band", "brand: A\nversion: \"1\"\nchannels:\n  pdp: {min_words: 50, max_words: 10}\n", []string{"line 4: channels.pdp: min_words 50 is above max_words 10"}},
		{"spelling", minimal + "locales:\n  en-GB: {spelling: posh}\n", []string{"line 6", "spelling \"posh\""}},
		{"bad yaml", "brand: [\n", []string{"style guide"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := styleguide.Parse([]byte(tc.src))
			if err == nil {
				t.Fatal("want an error")
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
		})
	}
}

func TestParseJSONAndDefaults(t *testing.T) {
	g, err := styleguide.Parse([]byte(`{"brand": "Aurelia", "version": "2", "channels": {"pdp": {"max_words": 120}},
		"locales": {"de-CH": {"language": "de"}},
		"rules": [{"id": "x", "type": "existence", "level": "warn", "tokens": ["cheap"]}]}`))
	if err != nil {
		t.Fatal(err)
	}
	if !g.HasChannel("pdp") || g.HasChannel("social") {
		t.Error("HasChannel")
	}
	if got := g.Rules[0].CategoryOrDefault(); got != "banned_term" {
		t.Errorf("existence category %q", got)
	}
	if g.Lang("de-CH") != "de" || g.Lang("fr-FR") != "fr" {
		t.Error("Lang")
	}
	r := styleguide.Rule{Locales: []string{"en-GB", "fr"}}
	if !r.AppliesTo("en-GB") || !r.AppliesTo("fr-CA") || r.AppliesTo("en-US") {
		t.Error("AppliesTo")
	}
}

func TestLimits(t *testing.T) {
	many := func(n int, f func(i int) string) string {
		var b strings.Builder
		for i := range n {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(f(i))
		}
		return b.String()
	}
	word := func(i int) string { return fmt.Sprintf("w%d", i) }
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{"empty pattern", minimal + "rules:\n  - {id: e, type: existence, level: block, patterns: ['']}\n", []string{"line 6", "matches the empty string"}},
		{"pattern matching empty", minimal + "rules:\n  - id: e\n    type: existence\n    level: block\n    patterns: ['x', '\\b', 'a*']\n", []string{"line 9", `"\\b" matches the empty string`, `"a*" matches the empty string`}},
		{"empty token", minimal + "rules:\n  - {id: e, type: existence, level: block, tokens: [cheap, '  ']}\n", []string{"line 6", "empty token"}},
		{"empty occurrence token", minimal + "rules:\n  - {id: o, type: occurrence, level: warn, token: ' ', max: 1}\n", []string{"line 6", "occurrence needs token"}},
		{"empty swap", minimal + "rules:\n  - id: s\n    type: substitution\n    level: warn\n    swap: {color: ''}\n", []string{"line 9", "both sides need words"}},
		{"oversized pattern", minimal + "rules:\n  - {id: p, type: existence, level: block, patterns: ['" + strings.Repeat("a", 600) + "']}\n", []string{"line 6", "pattern of 600 bytes"}},
		{"oversized token", minimal + "rules:\n  - {id: p, type: existence, level: block, tokens: [" + strings.Repeat("a", 300) + "]}\n", []string{"line 6", "300 characters"}},
		{"rule of 200,000 tokens", minimal + "rules:\n  - {id: big, type: existence, level: block, tokens: [" + many(200000, func(int) string { return "x" }) + "]}\n", []string{"line 6", "200000 tokens", "at most 1000"}},
		{"too many rules", minimal + "rules:\n" + strings.ReplaceAll(many(501, func(i int) string {
			return fmt.Sprintf("  - {id: r%d, type: occurrence, level: warn, token: '!', max: 1}\n", i)
		}), "\n, ", "\n"), []string{"line 6: rules: 501 rules"}},
		{"many problems are capped", minimal + "rules:\n" + strings.Repeat("  - {id: r, type: occurrence, level: warn, token: '!', max: 1}\n", 400), []string{"and more problems"}},
		{"too many terms", minimal + "competitors: [" + many(20001, word) + "]\n", []string{"20001 words and phrases"}},
		{"invisible token", minimal + "rules:\n  - {id: e, type: existence, level: block, tokens: [\"che\\u200bap\"]}\n", []string{"line 6", "invisible character"}},
		{"multi-document", minimal + "---\nbrand: Other\n", []string{"line 6", "second YAML document"}},
		{"multi-document empty second", minimal + "---\n---\nbrand: Other\n", []string{"second YAML document"}},
		{"oversized guide", minimal + "voice: |\n  " + strings.Repeat("x", styleguide.MaxGuideBytes) + "\n", []string{"bytes; at most"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := styleguide.Parse([]byte(tc.src))
			if err == nil {
				t.Fatal("want an error")
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
		})
	}
	// At the limits a guide is accepted.
	src := minimal + "rules:\n  - {id: big, type: existence, level: block, tokens: [" + many(styleguide.MaxRuleTerms, word) + "]}\n"
	if _, err := styleguide.Parse([]byte(src)); err != nil {
		t.Errorf("a rule of %d tokens: %v", styleguide.MaxRuleTerms, err)
	}
	if _, err := styleguide.Parse([]byte(minimal + "---\n")); err != nil {
		t.Errorf("a trailing document separator: %v", err)
	}
}
