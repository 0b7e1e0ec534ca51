package checks

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// fieldCase is one line of testdata/cases/*.jsonl, in the shape of the
// shared field cases: {id, locale, channel, product, text, expect: {verdict,
// categories}, kind}.
type fieldCase struct {
	ID      string          `json:"id"`
	Locale  string          `json:"locale"`
	Channel string          `json:"channel"`
	Product json.RawMessage `json:"product"`
	Text    string          `json:"text"`
	Expect  struct {
		Verdict    string   `json:"verdict"`
		Categories []string `json:"categories"`
	} `json:"expect"`
	Kind string `json:"kind"`
	file string
}

func loadCases(t *testing.T, pattern string) []fieldCase {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata/cases", pattern))
	if err != nil || len(files) == 0 {
		t.Fatalf("no case files %s: %v", pattern, err)
	}
	var out []fieldCase
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
			var c fieldCase
			if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
				t.Fatalf("%s:%d: %v", f, line, err)
			}
			c.file = fmt.Sprintf("%s:%d", filepath.Base(f), line)
			out = append(out, c)
		}
		fh.Close()
	}
	return out
}

// guideStore is the one store method POST /v1/checks needs: the current
// style guide. Any other call panics (nil embedded interface), which would
// show that the check path grew a dependency.
type guideStore struct {
	core.Store
	doc core.StyleGuideDoc
}

func (s guideStore) CurrentStyleGuide(context.Context) (*core.StyleGuideDoc, error) {
	d := s.doc
	return &d, nil
}

// checkService is core.Service wired as the API wires it, with the example
// guide: the eval goes through the same code path as POST /v1/checks.
func checkService(t *testing.T) *core.Service {
	t.Helper()
	body, err := os.ReadFile("../../testdata/styleguide.yaml")
	if err != nil {
		t.Fatal(err)
	}
	g := guide(t)
	store := guideStore{doc: core.StyleGuideDoc{Version: g.Version, Body: string(body)}}
	return core.NewService(core.Deps{Store: store, Checker: NewScoped(grounding.CheckScoped)}, core.Config{})
}

// scores are the three figures of issue #13.
type scores struct {
	bad, blocked      int // cases a reviewer would block; of those, blocked
	clean, cleanBlock int // publishable cases (pass or warn); of those, blocked
	catWant, catFound int // expected categories of flagged cases; of those, found
	perKind           map[string]*kindScore
	failures          []string
}

type kindScore struct{ n, ok int }

func (s *scores) blockRecall() float64    { return ratio(s.blocked, s.bad) }
func (s *scores) falseBlockRate() float64 { return 1 - ratio(s.clean-s.cleanBlock, s.clean) }
func (s *scores) categoryRecall() float64 { return ratio(s.catFound, s.catWant) }

func (s *scores) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "block recall %.2f (%d/%d), false blocks %.2f (%d/%d), category recall %.2f (%d/%d)\n",
		s.blockRecall(), s.blocked, s.bad, s.falseBlockRate(), s.cleanBlock, s.clean, s.categoryRecall(), s.catFound, s.catWant)
	for _, k := range slices.Sorted(mapKeys(s.perKind)) {
		ks := s.perKind[k]
		fmt.Fprintf(&b, "  %-22s %2d/%2d\n", k, ks.ok, ks.n)
	}
	return b.String()
}

func mapKeys[V any](m map[string]V) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

// score judges every case through Service.CheckText, as POST /v1/checks does.
func score(t *testing.T, svc *core.Service, cases []fieldCase) *scores {
	t.Helper()
	s := &scores{perKind: map[string]*kindScore{}}
	for _, c := range cases {
		var p core.Product
		if err := json.Unmarshal(c.Product, &p); err != nil {
			t.Fatalf("%s: product: %v", c.file, err)
		}
		res, err := svc.CheckText(context.Background(), core.CheckRequest{Product: p, Locale: c.Locale, Channel: c.Channel, Text: c.Text})
		if err != nil {
			t.Fatalf("%s: %v", c.file, err)
		}
		kind := c.Kind
		if len(kind) > 40 {
			kind = kind[:40]
		}
		ks := s.perKind[kind]
		if ks == nil {
			ks = &kindScore{}
			s.perKind[kind] = ks
		}
		ks.n++
		ok := true
		found := categories(res.Findings)
		switch c.Expect.Verdict {
		case core.SeverityBlock:
			s.bad++
			if res.Verdict == core.SeverityBlock {
				s.blocked++
			} else {
				ok = false
			}
		default:
			s.clean++
			if res.Verdict == core.SeverityBlock {
				s.cleanBlock++
				ok = false
			}
		}
		if c.Expect.Verdict != "pass" {
			for _, cat := range c.Expect.Categories {
				s.catWant++
				if found[cat] {
					s.catFound++
				} else {
					ok = false
				}
			}
		}
		if ok {
			ks.ok++
		} else {
			s.failures = append(s.failures, fmt.Sprintf("%s %s (%s): want %s %v, got %s %s", c.file, c.ID, c.Kind, c.Expect.Verdict, c.Expect.Categories, res.Verdict, describe(res.Findings, "", c.Text)))
		}
	}
	return s
}

// Floors of issue #13 on the development cases (field cases and the cases
// the checker was tuned on). Never lower them to make a change pass.
const (
	floorBlockRecall    = 0.95
	ceilingFalseBlocks  = 0.05
	floorCategoryRecall = 0.90
)

// TestCasesDev scores the development cases (every file but heldout.jsonl)
// and fails below the floors; every field case must pass.
func TestCasesDev(t *testing.T) {
	svc := checkService(t)
	var dev []fieldCase
	for _, c := range loadCases(t, "*.jsonl") {
		if !strings.HasPrefix(c.file, "heldout") {
			dev = append(dev, c)
		}
	}
	s := score(t, svc, dev)
	t.Logf("dev (%d cases): %s", len(dev), s)
	for _, f := range s.failures {
		if strings.HasPrefix(f, "field.jsonl") {
			t.Errorf("field case fails: %s", f)
		} else {
			t.Logf("miss: %s", f)
		}
	}
	if s.blockRecall() < floorBlockRecall {
		t.Errorf("block recall %.2f below %.2f", s.blockRecall(), floorBlockRecall)
	}
	if s.falseBlockRate() > ceilingFalseBlocks {
		t.Errorf("false blocks %.2f above %.2f", s.falseBlockRate(), ceilingFalseBlocks)
	}
	if s.categoryRecall() < floorCategoryRecall {
		t.Errorf("category recall %.2f below %.2f", s.categoryRecall(), floorCategoryRecall)
	}
}

// TestCasesHeldOut reports the held-out cases, written before the checker
// was tuned for issue #13 and never tuned on: it only logs the figures (run
// with -v), so that they are reported honestly rather than made to pass.
// HELDOUT_FAILURES=1 lists the failing cases (for the report, not tuning).
func TestCasesHeldOut(t *testing.T) {
	s := score(t, checkService(t), loadCases(t, "heldout.jsonl"))
	t.Logf("held-out: %s", s)
	if os.Getenv("HELDOUT_FAILURES") != "" {
		for _, f := range s.failures {
			t.Log(f)
		}
	}
}
