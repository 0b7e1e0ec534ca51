package checks

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
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
	return loadJSONL(t, filepath.Join("cases", pattern), func(c *fieldCase, file string) { c.file = file })
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

// CurrentStyleGuideVersion is the version alone, which the service reads
// first to reuse a guide it has parsed (fd8efc1).
func (s guideStore) CurrentStyleGuideVersion(context.Context) (string, error) {
	return s.doc.Version, nil
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

// score judges every case through Service.CheckText, as POST /v1/checks does.
func score(t *testing.T, svc *core.Service, cases []fieldCase) *scores {
	t.Helper()
	s := newScores()
	for _, c := range cases {
		var p core.Product
		if err := json.Unmarshal(c.Product, &p); err != nil {
			t.Fatalf("%s: product: %v", c.file, err)
		}
		res, err := svc.CheckText(context.Background(), core.CheckRequest{Product: p, Locale: c.Locale, Channel: c.Channel, Text: c.Text})
		if err != nil {
			// Name the fields a malformed case gets wrong (a 422's
			// problem details), not only the summary.
			var ce *core.Error
			if errors.As(err, &ce) {
				t.Fatalf("%s: %v %+v", c.file, err, ce.Fields)
			}
			t.Fatalf("%s: %v", c.file, err)
		}
		s.add(judged{label: c.file + " " + c.ID, kind: c.Kind, text: c.Text, verdict: c.Expect.Verdict, expect: c.Expect.Categories, findings: res.Findings})
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

// TestCasesDev scores the development cases (every file but the held-out
// sets heldout*.jsonl and the released diagnostic released*.jsonl) and fails
// below the floors; every field case must pass.
func TestCasesDev(t *testing.T) {
	svc := checkService(t)
	var dev []fieldCase
	for _, c := range loadCases(t, "*.jsonl") {
		if !strings.HasPrefix(c.file, "heldout") && !strings.HasPrefix(c.file, "released") {
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
