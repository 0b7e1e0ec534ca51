package bench

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/checkcorpus"
	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/styleguide"
)

func TestLaunchesSplitAtTheProductCap(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		drafts, locales, launches, want int
	}{
		{1000, 2, 1, 1000},
		{10000, 2, 1, 10000},
		{100000, 2, 10, 100000},
		{1001, 2, 1, 1000},
		{30000, 3, 2, 30000},
	} {
		locs := []string{"en-GB", "fr-FR", "de-DE"}[:tc.locales]
		ls, err := Launches(tc.drafts, locs)
		if err != nil {
			t.Fatal(err)
		}
		if len(ls) != tc.launches {
			t.Errorf("%d drafts: %d launches, want %d", tc.drafts, len(ls), tc.launches)
		}
		total, skus := 0, map[string]bool{}
		for _, l := range ls {
			if len(l.Products) > MaxProductsPerLaunch {
				t.Errorf("%d drafts: a launch of %d products", tc.drafts, len(l.Products))
			}
			if err := core.ValidateLaunch(&l, func(string) bool { return true }); err != nil {
				t.Errorf("%d drafts: invalid launch: %v", tc.drafts, err)
			}
			for _, p := range l.Products {
				if skus[p.SKU] {
					t.Fatalf("%d drafts: SKU %s twice", tc.drafts, p.SKU)
				}
				skus[p.SKU] = true
			}
			total += len(l.Products) * len(l.Locales) * len(l.Channels)
		}
		if total != tc.want {
			t.Errorf("%d drafts: %d made, want %d", tc.drafts, total, tc.want)
		}
	}
}

func TestExpandLocales(t *testing.T) {
	t.Parallel()
	got, err := ExpandLocales([]string{"all"})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 25 || !slices.Contains(got, "zh-TW") || !slices.Contains(got, "ja-JP") || !slices.Contains(got, "en-GB") {
		t.Errorf("all: %v, want the 25 locale packs", got)
	}
	if got, _ := ExpandLocales([]string{"en-GB", "fr-FR"}); !slices.Equal(got, []string{"en-GB", "fr-FR"}) {
		t.Errorf("a list: %v", got)
	}
}

func TestWriteValeStyles(t *testing.T) {
	t.Parallel()
	g, err := styleguide.Parse(copydesk.ExampleStyleGuide)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	n, ini, err := WriteValeStyles(dir, g, corpusLocales)
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*", "*.yml"))
	if n == 0 || len(files) != n {
		t.Fatalf("%d rules written, %d files", n, len(files))
	}
	extends := map[string]int{}
	for _, f := range files {
		b, _ := os.ReadFile(f)
		var rule map[string]any
		if err := yaml.Unmarshal(b, &rule); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		e, _ := rule["extends"].(string)
		extends[e]++
		if rule["message"] == "" || (rule["level"] != "error" && rule["level"] != "warning") {
			t.Errorf("%s: message or level missing: %v", f, rule)
		}
	}
	for _, e := range []string{"existence", "substitution", "occurrence", "repetition", "conditional", "readability", "metric"} {
		if extends[e] == 0 {
			t.Errorf("no %s rule written from the example guide", e)
		}
	}
	// Locale-scoped rules go to their locale's style only.
	for _, f := range []string{"Copydesk-en-GB/british-spelling.yml", "Copydesk-en-US/american-spelling.yml", "Copydesk-fr-FR/glossary.yml", "Copydesk/competitors.yml", "Copydesk/no-cheap.yml"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Errorf("%s not written: %v", f, err)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "Copydesk-fr-FR", "british-spelling.yml")); err == nil {
		t.Error("british-spelling written for fr-FR")
	}
	if !strings.Contains(ini, "[*.en-GB.txt]\nBasedOnStyles = Copydesk, Copydesk-en-GB\n") {
		t.Errorf("ini:\n%s", ini)
	}
}

func TestWriteCorpus(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	if err := WriteCorpus(dir, 24); err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	if err := checkcorpus.Run(dir, &out); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(out.String(), "checked 24 texts:") {
		t.Errorf("check child said %q", out.String())
	}
}

func TestPrintFailuresGroupsByRuleAndLocale(t *testing.T) {
	t.Parallel()
	block := func(rule string) core.Finding {
		return core.Finding{Rule: rule, Severity: core.SeverityBlock, Message: "m", Start: 0, End: 4}
	}
	fs := []Failure{
		{SKU: "A", Locale: "fr-FR", Text: "Une bague", Blocks: []core.Finding{block("claims.skin"), block("claims.skin")}},
		{SKU: "B", Locale: "fr-FR", Text: "Une broche", Blocks: []core.Finding{block("claims.skin")}},
		{SKU: "C", Locale: "en-GB", Text: "A ring", Blocks: []core.Finding{block("grounding.stone")}},
		{SKU: "D", Locale: "en-GB", Reason: "generation failed: timeout"},
	}
	var b strings.Builder
	printFailures(&b, fs)
	out := b.String()
	for _, want := range []string{
		"failed drafts: 4",
		"  2  claims.skin fr-FR\n", // one a draft, however many findings
		"  1  grounding.stone en-GB\n",
		"  1  (no blocking finding) en-GB\n",
		`D: reason "generation failed: timeout"`,
		`[0:4 "Une"]`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("printFailures: no %q in\n%s", want, out)
		}
	}
	if strings.Index(out, "claims.skin") > strings.Index(out, "grounding.stone") {
		t.Errorf("printFailures: the largest group is not first:\n%s", out)
	}
	b.Reset()
	printFailures(&b, nil)
	if b.Len() != 0 {
		t.Errorf("printFailures(nil) printed %q", b.String())
	}
}
