package checks

import (
	"slices"
	"strings"
	"sync"

	"github.com/copydesk/copydesk/internal/styleguide"
)

// houseSpellings returns data/houses.yaml: the major jewellery houses,
// by Latin name, with their further Latin spellings ("Bvlgari", "Van
// Cleef").
var houseSpellings = sync.OnceValue(func() map[string][]string { return langLists("data/houses.yaml") })

// defaultHouses are the houses of data/houses.yaml that g does not list
// among its competitors nor name as its brand, in a stable order: every
// guide's competitors include them (#13, competitor65). A guide names its
// own rivals; it cannot list every jewellery house, and copy that compares
// the piece with Mikimoto's or Van Cleef & Arpels' is copy a reviewer
// blocks.
func defaultHouses(g *styleguide.Guide) []string {
	have := map[string]bool{}
	for _, c := range g.Competitors {
		have[competitorKey(c)] = true
	}
	brand := competitorKey(g.Brand)
	var out []string
	for _, name := range houseNames() {
		k := competitorKey(name)
		if have[k] || brand != "" && (strings.Contains(brand, k) || strings.Contains(k, brand)) {
			continue
		}
		also := false
		for _, a := range houseSpellings()[name] {
			if have[competitorKey(a)] {
				also = true
			}
		}
		if !also {
			out = append(out, name)
		}
	}
	return out
}

// houseNames are the Latin names of data/houses.yaml, sorted.
var houseNames = sync.OnceValue(func() []string {
	var out []string
	for n := range houseSpellings() {
		out = append(out, n)
	}
	slices.Sort(out)
	return out
})
