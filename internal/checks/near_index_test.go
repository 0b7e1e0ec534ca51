package checks

import (
	"cmp"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/neardup"
	"github.com/copydesk/copydesk/internal/offline"
)

// TestIndexedNeighboursAgree writes a launch of 1,000 products in two
// locales with the offline writer (the bench's launch: the 24 sample
// products under new SKUs and names, so copy repeats a lot) and checks each
// text, in order, against its earlier siblings twice: all of them (what a
// launch read before the index) and the candidates the store's index gives
// (core's nearPerKey 32 and nearLimit 64 over NearKeys). The duplicate
// findings must agree for at least 99% of the texts; the rest differ only
// in which equally close product is named or by a point of similarity.
func TestIndexedNeighboursAgree(t *testing.T) {
	if testing.Short() {
		t.Skip("writes and checks 2,000 texts")
	}
	t.Parallel()
	const products, perKey, limit = 1000, 32, 64
	g := guide(t)
	src, err := os.ReadFile("../../testdata/sample-launch.json")
	if err != nil {
		t.Fatal(err)
	}
	var launch core.LaunchInput
	if err := json.Unmarshal(src, &launch); err != nil {
		t.Fatal(err)
	}
	c := New(nil)
	agree, total, found := 0, 0, 0
	for _, loc := range []string{"en-GB", "fr-FR"} {
		index := map[int64][]int{} // key -> texts, in order of writing
		var texts []string
		var prods []core.Product
		for k := range products {
			p := launch.Products[k%len(launch.Products)]
			p.SKU, p.Name = fmt.Sprintf("B%07d", k), fmt.Sprintf("%s %d", p.Name, k)
			text := offline.Write(core.GenerateRequest{Product: p, Locale: loc, Channel: "pdp", Guide: g, Attempt: 1})
			keys := neardup.Keys(c.NearKeys(text), "scope")
			// Candidates: at most perKey per key, the limit sharing most.
			shared := map[int]int{}
			for _, key := range keys {
				refs := index[key]
				for _, r := range refs[:min(len(refs), perKey)] {
					shared[r]++
				}
			}
			cands := make([]int, 0, len(shared))
			for r := range shared {
				cands = append(cands, r)
			}
			slices.SortFunc(cands, func(a, b int) int {
				if x := cmp.Compare(shared[b], shared[a]); x != 0 {
					return x
				}
				return cmp.Compare(a, b)
			})
			cands = cands[:min(len(cands), limit)]
			slices.Sort(cands)
			var all, near []core.Neighbour
			for j := range texts {
				all = append(all, core.Neighbour{SKU: prods[j].SKU, Text: texts[j]})
			}
			for _, j := range cands {
				near = append(near, core.Neighbour{SKU: prods[j].SKU, Text: texts[j]})
			}
			in := core.CheckInput{Product: p, Locale: loc, Channel: "pdp", Text: text, Guide: g, Neighbours: all}
			want := duplicateFinding(c.Check(in))
			in.Neighbours = near
			got := duplicateFinding(c.Check(in))
			total++
			if want != "" {
				found++
			}
			if got == want {
				agree++
			} else if testing.Verbose() {
				t.Logf("%s %s: indexed %q, all siblings %q", loc, p.SKU, got, want)
			}
			for _, key := range keys {
				index[key] = append(index[key], len(texts))
			}
			texts, prods = append(texts, text), append(prods, p)
		}
	}
	t.Logf("%d of %d texts agree (%d with a duplicate finding against all siblings)", agree, total, found)
	if agree*100 < total*99 {
		t.Errorf("only %d of %d texts get the same duplicate finding from the index", agree, total)
	}
}
