package grounding

import (
	"strings"

	"github.com/copydesk/copydesk/internal/core"
)

// Beads and pearls (#13, thirteenth blind set: Danish "sorte keramikperler
// og perler i 925 sterlingsølv" blocked as pearls on a ceramic and silver
// bead bracelet). Several languages name a bead and a pearl with one word
// (Danish and Norwegian perle, Swedish pärla, German Perle, Finnish helmi,
// Italian and French perla/perle; Dutch parel for glass and metal beads):
// on a product made of beads and without pearls that word is its beads. A
// named pearl (freshwater, cultured, Akoya, a shell pearl) is never a bead,
// and on a product without beads the word keeps its pearl sense.

// compileBeadWords folds and expands the bead words: whole words, and
// compound heads (a form ending in "*").
func compileBeadWords(list []string) (map[string]bool, []string) {
	if len(list) == 0 {
		return nil, nil
	}
	words := map[string]bool{}
	var heads []string
	for _, raw := range list {
		for _, e := range expand(raw) {
			if h, ok := strings.CutSuffix(e, "*"); ok {
				heads = append(heads, foldString(h))
				continue
			}
			words[foldString(e)] = true
		}
	}
	return words, heads
}

// beadSense reports whether the stone match m is the language's word for
// a pearl that also names a bead, said of a product of beads without
// pearls: the product's beads, not a pearl it lacks.
func (c *checker) beadSense(m match) bool {
	if !c.facts.beads || m.f.value != "pearl" || m.ti != m.tj || c.lx.beadWords == nil && c.lx.beadHeads == nil {
		return false
	}
	w := c.toks[m.ti].s
	if c.lx.beadWords[w] {
		return true
	}
	for _, h := range c.lx.beadHeads {
		if strings.HasPrefix(w, h) {
			return true
		}
	}
	return false
}

// beadWordsEN are the English words of product data that say the piece
// is made of beads.
var beadWordsEN = map[string]bool{"bead": true, "beads": true, "beaded": true}

// madeOfBeads reports whether the product's data say it is made of beads
// (its name, category, materials, stone types, features, keywords or a
// measurement or attribute such as "bead diameter") and name no pearl:
// a pearl product keeps the pearl sense of the shared word.
func madeOfBeads(p *core.Product) bool {
	beads, pearl := false, false
	see := func(f string) {
		if pearl || f == "" {
			return
		}
		f = strings.ToLower(f)
		if strings.Contains(f, "pearl") {
			pearl = true
			return
		}
		if beads || !strings.Contains(f, "bead") {
			return
		}
		for _, w := range strings.FieldsFunc(f, func(r rune) bool { return r < 'a' || r > 'z' }) {
			if beadWordsEN[w] {
				beads = true
				return
			}
		}
	}
	see(p.Name)
	see(p.Category)
	for _, s := range p.Materials {
		see(s)
	}
	for _, s := range p.Features {
		see(s)
	}
	for _, s := range p.Keywords {
		see(s)
	}
	for _, s := range p.Stones {
		see(s.Type)
	}
	for _, m := range p.Measurements {
		see(m.Name)
	}
	for k, v := range p.Attributes {
		see(k)
		see(v)
	}
	return beads && !pearl
}
