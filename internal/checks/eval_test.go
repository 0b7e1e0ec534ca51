package checks

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
	"github.com/copydesk/copydesk/internal/styleguide"
)

// evalCase is one line of testdata/eval/*.jsonl.
type evalCase struct {
	Name       string           `json:"name"`
	Locale     string           `json:"locale"`
	Channel    string           `json:"channel"`
	Product    core.Product     `json:"product"`
	Text       string           `json:"text"`
	Expect     []string         `json:"expect"`
	Neighbours []core.Neighbour `json:"neighbours"`
	file       string
}

func loadEval(t testing.TB) []evalCase {
	t.Helper()
	pat := "testdata/eval/*.jsonl"
	if f := os.Getenv("EVAL_FILES"); f != "" {
		pat = "testdata/eval/" + f
	}
	files, err := filepath.Glob(pat)
	if err != nil || len(files) == 0 {
		t.Fatalf("no eval files: %v", err)
	}
	var cases []evalCase
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for line := 1; sc.Scan(); line++ {
			if strings.TrimSpace(sc.Text()) == "" {
				continue
			}
			var c evalCase
			if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
				t.Fatalf("%s:%d: %v", f, line, err)
			}
			c.file = fmt.Sprintf("%s:%d", filepath.Base(f), line)
			cases = append(cases, c)
		}
		fh.Close()
	}
	return cases
}

// Floors per category, set from the measured figures with a little room;
// raise them as the checks improve, never lower them to make a change pass.
const (
	precisionFloor = 0.9
	recallFloor    = 0.85
)

// TestEval runs the evaluation set and reports precision and recall per
// category: a case counts as a true positive for a category when the case
// expects it and the checker finds it.
func TestEval(t *testing.T) {
	runEval(t, &Checker{}) // no Grounding: "grounding" expectations are skipped
}

// TestEvalWithGrounding runs the same set with the grounding package
// plugged in, as the wiring does, so the floors hold for the whole checker.
func TestEvalWithGrounding(t *testing.T) {
	runEval(t, NewScoped(grounding.CheckScoped))
}

func runEval(t *testing.T, c *Checker) {
	g := guide(t)
	type counts struct{ tp, fp, fn int }
	per := map[string]*counts{}
	for _, cat := range styleguide.Categories {
		per[cat] = &counts{}
	}
	clean, cleanBlocked := 0, 0
	for _, ec := range loadEval(t) {
		expect := map[string]bool{}
		for _, e := range ec.Expect {
			if e == CatGrounding && c.Grounding == nil {
				continue
			}
			expect[e] = true
		}
		findings := c.Check(core.CheckInput{Product: ec.Product, Locale: ec.Locale, Channel: ec.Channel, Text: ec.Text, Guide: g, Neighbours: ec.Neighbours})
		found := map[string]bool{}
		for _, f := range findings {
			if f.Category == CatGrounding && c.Grounding == nil {
				continue
			}
			found[f.Category] = true
		}
		for cat := range found {
			if _, ok := per[cat]; !ok {
				t.Errorf("%s: unknown category %q", ec.name(), cat)
				continue
			}
			if expect[cat] {
				per[cat].tp++
			} else {
				per[cat].fp++
				t.Logf("false positive %s in %s: %s", cat, ec.name(), describe(findings, cat, ec.Text))
			}
		}
		for cat := range expect {
			if !found[cat] {
				per[cat].fn++
				t.Logf("missed %s in %s", cat, ec.name())
			}
		}
		if len(ec.Expect) == 0 {
			clean++
			if core.Blocks(findings) {
				cleanBlocked++
				t.Errorf("clean case %s is blocked: %s", ec.name(), describe(findings, "", ec.Text))
			}
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "\n%-12s %4s %4s %4s %9s %7s\n", "category", "tp", "fp", "fn", "precision", "recall")
	cats := slices.Sorted(func(yield func(string) bool) {
		for k := range per {
			if !yield(k) {
				return
			}
		}
	})
	for _, cat := range cats {
		n := per[cat]
		if n.tp+n.fp+n.fn == 0 {
			continue
		}
		p, r := ratio(n.tp, n.tp+n.fp), ratio(n.tp, n.tp+n.fn)
		fmt.Fprintf(&b, "%-12s %4d %4d %4d %9.2f %7.2f\n", cat, n.tp, n.fp, n.fn, p, r)
		if p < precisionFloor {
			t.Errorf("%s: precision %.2f below %.2f", cat, p, precisionFloor)
		}
		if r < recallFloor {
			t.Errorf("%s: recall %.2f below %.2f", cat, r, recallFloor)
		}
	}
	fmt.Fprintf(&b, "clean cases: %d, blocked: %d\n", clean, cleanBlocked)
	t.Log(b.String())
}

func (ec evalCase) name() string { return ec.Name + " (" + ec.file + ")" }

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

func describe(fs []core.Finding, cat, text string) string {
	var parts []string
	runes := []rune(text)
	for _, f := range fs {
		if cat != "" && f.Category != cat {
			continue
		}
		s := ""
		if f.End > f.Start && f.End <= len(runes) {
			s = string(runes[f.Start:f.End])
		}
		parts = append(parts, fmt.Sprintf("[%s %s %s %q: %s]", f.Category, f.Severity, f.Rule, s, f.Message))
	}
	return strings.Join(parts, " ")
}
