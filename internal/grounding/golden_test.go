package grounding

import (
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/copydesk/copydesk/internal/testutil"
)

type goldenFinding struct {
	Rule     string `json:"rule"`
	Severity string `json:"severity"`
	Span     string `json:"span"`
	Message  string `json:"message"`
}

// TestGolden pins the exact findings (rule, severity, span text, message)
// for every case of the evaluation file, so a reviewer sees in a diff how
// a vocabulary change moves them. Run with -update to accept changes.
func TestGolden(t *testing.T) {
	cases := readEval(t, filepath.Join(evalDir, "grounding.jsonl"))
	got := map[string][]goldenFinding{}
	for _, c := range cases {
		out := []goldenFinding{}
		r := []rune(c.Text)
		for _, f := range Check(c.Product, c.Locale, c.Text) {
			if f.Start < 0 || f.End > len(r) || f.Start > f.End {
				t.Fatalf("%s: bad span %d..%d", c.Name, f.Start, f.End)
			}
			out = append(out, goldenFinding{f.Rule, f.Severity, string(r[f.Start:f.End]), f.Message})
		}
		got[c.Name] = out
	}
	data, err := json.MarshalIndent(got, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	data = append(data, '\n')
	testutil.Golden(t, filepath.Join("testdata", "eval.golden.json"), data)
}
