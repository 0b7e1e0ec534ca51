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
)

// loadJSONL reads every file matching testdata/<pattern>, one JSON value
// a line (blank lines skipped); label gets each value's "file:line".
func loadJSONL[T any](t testing.TB, pattern string, label func(*T, string)) []T {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", pattern))
	if err != nil || len(files) == 0 {
		t.Fatalf("no files testdata/%s: %v", pattern, err)
	}
	var out []T
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
			var v T
			if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
				t.Fatalf("%s:%d: %v", f, line, err)
			}
			label(&v, fmt.Sprintf("%s:%d", filepath.Base(f), line))
			out = append(out, v)
		}
		fh.Close()
	}
	return out
}

// judged is one labelled case and the checker's findings on it: the one
// shape both evaluation sets (testdata/eval, testdata/cases) are scored in.
type judged struct {
	label, kind, text string
	// verdict is the expected verdict (block, warn, pass), or "" when the
	// case gives only its categories (testdata/eval).
	verdict string
	expect  []string // expected categories
	// clean marks a publishable case without a verdict (an evaluation-set
	// case that expects nothing).
	clean    bool
	findings []core.Finding
}

// scores are what one scorer measures on a set of judged cases: the three
// figures of issue #13 (cases with a verdict), results per kind, and
// precision and recall per category.
type scores struct {
	bad, blocked      int // cases a reviewer would block; of those, blocked
	clean, cleanBlock int // publishable cases (pass or warn, or no expected category); of those, blocked
	catWant, catFound int // expected categories of flagged cases; of those, found
	perKind           map[string]*kindScore
	perCat            map[string]*catCount
	failures          []string // cases not right, described
	blockedClean      []string // publishable cases blocked, described
	falsePos, missed  []string // per-category notes
}

type kindScore struct{ n, ok int }

type catCount struct{ tp, fp, fn int }

func newScores() *scores {
	return &scores{perKind: map[string]*kindScore{}, perCat: map[string]*catCount{}}
}

func (s *scores) cat(c string) *catCount {
	n := s.perCat[c]
	if n == nil {
		n = &catCount{}
		s.perCat[c] = n
	}
	return n
}

// add scores one case.
func (s *scores) add(j judged) {
	blocks := core.Blocks(j.findings)
	found := categories(j.findings)
	expect := map[string]bool{}
	for _, c := range j.expect {
		expect[c] = true
	}
	for c := range found {
		if expect[c] {
			s.cat(c).tp++
		} else {
			s.cat(c).fp++
			s.falsePos = append(s.falsePos, fmt.Sprintf("false positive %s in %s: %s", c, j.label, describe(j.findings, c, j.text)))
		}
	}
	for c := range expect {
		if !found[c] {
			s.cat(c).fn++
			s.missed = append(s.missed, fmt.Sprintf("missed %s in %s", c, j.label))
		}
	}
	ok := true
	switch {
	case j.verdict == core.SeverityBlock:
		s.bad++
		if blocks {
			s.blocked++
		} else {
			ok = false
		}
	case j.verdict != "" || j.clean:
		s.clean++
		if blocks {
			s.cleanBlock++
			ok = false
			s.blockedClean = append(s.blockedClean, fmt.Sprintf("%s: %s", j.label, describe(j.findings, "", j.text)))
		}
	}
	if j.verdict != "" && j.verdict != "pass" {
		for _, c := range j.expect {
			s.catWant++
			if found[c] {
				s.catFound++
			} else {
				ok = false
			}
		}
	}
	if j.verdict == "" {
		return // an evaluation-set case: per category only
	}
	kind := j.kind
	if len(kind) > 40 {
		kind = kind[:40]
	}
	ks := s.perKind[kind]
	if ks == nil {
		ks = &kindScore{}
		s.perKind[kind] = ks
	}
	ks.n++
	if ok {
		ks.ok++
	} else {
		got := "pass"
		if blocks {
			got = core.SeverityBlock
		} else if len(j.findings) > 0 {
			got = core.SeverityWarn
		}
		s.failures = append(s.failures, fmt.Sprintf("%s (%s): want %s %v, got %s %s", j.label, j.kind, j.verdict, j.expect, got, describe(j.findings, "", j.text)))
	}
}

func (s *scores) blockRecall() float64    { return ratio(s.blocked, s.bad) }
func (s *scores) falseBlockRate() float64 { return 1 - ratio(s.clean-s.cleanBlock, s.clean) }
func (s *scores) categoryRecall() float64 { return ratio(s.catFound, s.catWant) }

// String is the three figures and the results per kind.
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

// categoryTable is precision and recall per category.
func (s *scores) categoryTable() string {
	var b strings.Builder
	fmt.Fprintf(&b, "\n%-12s %4s %4s %4s %9s %7s\n", "category", "tp", "fp", "fn", "precision", "recall")
	for _, c := range slices.Sorted(mapKeys(s.perCat)) {
		n := s.perCat[c]
		fmt.Fprintf(&b, "%-12s %4d %4d %4d %9.2f %7.2f\n", c, n.tp, n.fp, n.fn, ratio(n.tp, n.tp+n.fp), ratio(n.tp, n.tp+n.fn))
	}
	fmt.Fprintf(&b, "clean cases: %d, blocked: %d\n", s.clean, s.cleanBlock)
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
