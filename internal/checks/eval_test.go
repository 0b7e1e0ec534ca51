package checks

import (
	"os"
	"path/filepath"
	"slices"
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
	pat := "*.jsonl"
	if f := os.Getenv("EVAL_FILES"); f != "" {
		pat = f
	}
	return loadJSONL(t, filepath.Join("eval", pat), func(c *evalCase, file string) { c.file = file })
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
	s := newScores()
	for _, ec := range loadEval(t) {
		var expect []string
		for _, e := range ec.Expect {
			if e == CatGrounding && c.Grounding == nil && c.Scoped == nil {
				continue
			}
			expect = append(expect, e)
		}
		var findings []core.Finding
		for _, f := range c.Check(core.CheckInput{Product: ec.Product, Locale: ec.Locale, Channel: ec.Channel, Text: ec.Text, Guide: g, Neighbours: ec.Neighbours}) {
			if f.Category == CatGrounding && c.Grounding == nil && c.Scoped == nil {
				continue
			}
			findings = append(findings, f)
		}
		s.add(judged{label: ec.name(), text: ec.Text, expect: expect, clean: len(ec.Expect) == 0, findings: findings})
	}
	for _, n := range s.falsePos {
		t.Log(n)
	}
	for _, n := range s.missed {
		t.Log(n)
	}
	for _, n := range s.blockedClean {
		t.Errorf("clean case %s is blocked", n)
	}
	for cat, n := range s.perCat {
		if !slices.Contains(styleguide.Categories, cat) {
			t.Errorf("unknown category %q", cat)
			continue
		}
		p, r := ratio(n.tp, n.tp+n.fp), ratio(n.tp, n.tp+n.fn)
		if p < precisionFloor {
			t.Errorf("%s: precision %.2f below %.2f", cat, p, precisionFloor)
		}
		if r < recallFloor {
			t.Errorf("%s: recall %.2f below %.2f", cat, r, recallFloor)
		}
	}
	t.Log(s.categoryTable())
}

func (ec evalCase) name() string { return ec.Name + " (" + ec.file + ")" }
