// Package checkcorpus is the check process of the check comparison with
// Vale (internal/bench): it checks every text of a corpus directory with
// the full checker, grounding on, as a worker does. It imports the checker
// and nothing of the service around it (stores, queue, HTTP, exports), so
// that cmd/checkcorpus, like Vale's own binary, links only what checks:
// the bench binary's other modules' package initialisers were ~40 ms of a
// ~105 ms process start (#17).
package checkcorpus

import (
	"crypto/sha256"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	jsonv2 "github.com/go-json-experiment/json"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/checks"
	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
	"github.com/copydesk/copydesk/internal/styleguide"
)

// Entry is one text of a check corpus, named in the directory's
// corpus.json.
type Entry struct {
	File    string       `json:"file"`
	Product core.Product `json:"product"`
	Locale  string       `json:"locale"`
}

// readEntries decodes corpus.json with github.com/go-json-experiment/json
// (the prototype of encoding/json/v2, as internal/yamlsnap reads its
// snapshots): one pass over the bytes where encoding/json validates them
// first and decodes them again, about a third of its CPU on the bench's
// 1,000 entries (BenchmarkReadEntries). The bench writes the file with
// encoding/json from the same Entry values, so it reads back the same
// (TestReadEntriesAsEncodingJSON) (#17).
func readEntries(b []byte) ([]Entry, error) {
	var entries []Entry
	if err := jsonv2.Unmarshal(b, &entries); err != nil {
		return nil, err
	}
	return entries, nil
}

// newChecker is the service's checker, as app.NewChecker builds it: the
// checks with grounding in scope.
func newChecker() core.Checker {
	return checks.NewScoped(grounding.CheckScoped)
}

// Run loads the example guide and the corpus in dir (corpus.json and the
// files it names) and checks every text with the full checker (grounding
// on) against up to 100 neighbours of its locale, as a worker does, then
// prints the number of findings and a digest of every finding (file,
// rule, category, severity, span, message), so two builds can be shown to
// find the same.
func Run(dir string, stdout io.Writer) error { return RunWith(dir, newChecker(), stdout) }

// RunWith is Run with checker in place of the service's.
func RunWith(dir string, checker core.Checker, stdout io.Writer) error {
	guide, err := styleguide.Parse(copydesk.ExampleStyleGuide)
	if err != nil {
		return err
	}
	b, err := os.ReadFile(filepath.Join(dir, "corpus.json"))
	if err != nil {
		return err
	}
	entries, err := readEntries(b)
	if err != nil {
		return err
	}
	texts := make([]string, len(entries))
	byLocale := map[string][]core.Neighbour{}
	for i, e := range entries {
		t, err := os.ReadFile(filepath.Join(dir, e.File))
		if err != nil {
			return err
		}
		texts[i] = strings.TrimSpace(string(t))
		byLocale[e.Locale] = append(byLocale[e.Locale], core.Neighbour{SKU: e.Product.SKU, Text: texts[i]})
	}
	findings := 0
	digest := sha256.New()
	for i, e := range entries {
		nb := byLocale[e.Locale]
		// The up to 100 texts before this one in its locale, as a
		// launch's siblings already written.
		k := 0
		for k < len(nb) && nb[k].SKU != e.Product.SKU {
			k++
		}
		from := max(0, k-100)
		fs := checker.Check(core.CheckInput{Product: e.Product, Locale: e.Locale, Channel: "pdp", Text: texts[i],
			Guide: guide, Neighbours: nb[from:k]})
		findings += len(fs)
		for _, f := range fs {
			fmt.Fprintf(digest, "%s\x00%s\x00%s\x00%s\x00%d\x00%d\x00%s\n", e.File, f.Rule, f.Category, f.Severity, f.Start, f.End, f.Message)
		}
	}
	fmt.Fprintf(stdout, "checked %d texts: %d findings (digest %x)\n", len(entries), findings, digest.Sum(nil)[:8])
	return nil
}
