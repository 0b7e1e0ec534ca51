package checks

import (
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
	"github.com/copydesk/copydesk/internal/offline"
)

// TestFindingsDigest prints a digest of every finding (rule, category,
// severity, span, message) of the whole checker, grounding on, over the
// realistic corpus (with 100 neighbours), the offline writer's copy of the
// sample products in all 25 locales (half with measurements), and the
// dev, field and released case files, so that a change meant to make the
// checker cheaper can be shown to find exactly the same: run it on two
// builds and compare the lines. The held-out files are not read. It runs
// only when FINDINGS_DIGEST is set (FINDINGS_DIGEST=v also logs each
// finding, for a diff):
//
//	FINDINGS_DIGEST=1 go test -run TestFindingsDigest -v ./internal/checks
func TestFindingsDigest(t *testing.T) {
	mode := os.Getenv("FINDINGS_DIGEST")
	if mode == "" {
		t.Skip("set FINDINGS_DIGEST to print the digest")
	}
	g := guide(t)
	var ins []core.CheckInput
	for _, cc := range realisticCorpus(t, 100) {
		ins = append(ins, cc.in)
	}
	launch := sampleLaunch(t)
	for _, loc := range packLocales(t) {
		for i, p := range launch.Products {
			text := offline.Write(core.GenerateRequest{Product: p, Locale: loc, Channel: "pdp", Guide: g, Attempt: 1})
			if m, ok := measurements[g.Lang(loc)]; ok && i%2 == 0 {
				text += m
			}
			ins = append(ins, core.CheckInput{Product: p, Locale: loc, Channel: "pdp", Text: text, Guide: g})
		}
	}
	for _, pat := range []string{"dev*.jsonl", "field.jsonl", "released*.jsonl"} {
		files, _ := filepath.Glob(filepath.Join("testdata", "cases", pat))
		if len(files) == 0 {
			continue
		}
		for _, c := range loadCases(t, pat) {
			var p core.Product
			if err := json.Unmarshal(c.Product, &p); err != nil {
				t.Fatalf("%s: %v", c.file, err)
			}
			ins = append(ins, core.CheckInput{Product: p, Locale: c.Locale, Channel: c.Channel, Text: c.Text, Guide: g})
		}
	}
	c := NewScoped(grounding.CheckScoped)
	all, n := sha256.New(), 0
	for i, in := range ins {
		// Sorted per text: findings that tie on span, category and
		// severity come in the order of map iterations in some checks.
		var lines []string
		for _, f := range c.Check(in) {
			lines = append(lines, fmt.Sprintf("%d %s %s %s %s %d %d %s", i, in.Locale, f.Rule, f.Category, f.Severity, f.Start, f.End, f.Message))
		}
		slices.Sort(lines)
		for _, line := range lines {
			fmt.Fprintln(all, line)
			if mode == "v" {
				t.Log(line)
			}
			n++
		}
	}
	t.Logf("checked %d texts: %d findings (digest %x)", len(ins), n, all.Sum(nil)[:8])
}
