package checks

import (
	"cmp"
	"fmt"
	"reflect"
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
	launch := sampleLaunch(t)
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

// TestNeighbourEntriesFindTheSame checks 600 of the bench's texts (the
// offline writer's copy of the sample products in two locales, up to 40
// earlier siblings each) twice: with every neighbour's text, and as core
// gives them to a core.NeighbourCache (the entry kept under a draft's key
// when there is one, remembered after each check; the text and key when
// not, as after an eviction or in another process). Every finding must be
// the same.
func TestNeighbourEntriesFindTheSame(t *testing.T) {
	t.Parallel()
	g := guide(t)
	launch := sampleLaunch(t)
	plain, cached := New(nil), New(nil)
	fromCache, given := 0, 0
	for _, loc := range []string{"en-GB", "fr-FR"} {
		var texts, keys []string
		var prods []core.Product
		for k := range 300 {
			p := launch.Products[k%len(launch.Products)]
			p.SKU, p.Name = fmt.Sprintf("B%07d", k), fmt.Sprintf("%s %d", p.Name, k)
			text := offline.Write(core.GenerateRequest{Product: p, Locale: loc, Channel: "pdp", Guide: g, Attempt: 1})
			var byText, byKey []core.Neighbour
			var names []string
			for j := max(0, len(texts)-40); j < len(texts); j++ {
				byText = append(byText, core.Neighbour{SKU: prods[j].SKU, Text: texts[j]})
				names = append(names, keys[j])
			}
			entries := cached.NeighbourEntries(names, nil)
			for i, n := range byText {
				n.Key = names[i]
				if entries[i] != nil && k%7 != 0 { // every 7th text: all given as text
					n.Entry, n.Text = entries[i], ""
					fromCache++
				} else {
					given++
				}
				byKey = append(byKey, n)
			}
			in := core.CheckInput{Product: p, Locale: loc, Channel: "pdp", Text: text, Guide: g, Neighbours: byText}
			want := plain.Check(in)
			cached.NearKeys(text) // as core does before the check
			in.Neighbours = byKey
			got := cached.Check(in)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%s %s: findings with kept entries %+v, with texts %+v", loc, p.SKU, got, want)
			}
			key := fmt.Sprintf("d\x00%s-%s\x001", loc, p.SKU)
			cached.RememberNeighbour(key, text)
			texts, keys, prods = append(texts, text), append(keys, key), append(prods, p)
		}
	}
	if fromCache == 0 || given == 0 {
		t.Errorf("%d neighbours from the cache, %d given as text: want some of each", fromCache, given)
	}
}
