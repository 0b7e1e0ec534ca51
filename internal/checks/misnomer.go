package checks

import (
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
	"gopkg.in/yaml.v3"
)

// Trade misnomers (#13, misnomer19, the probe 20b): "cherry quartz" is
// glass, yet "un quartz cerise, une pierre …", "quartzo cereja", "kiraz
// kırmızısı kuvars" on the glass beads passed, because the product's own
// stone type ("cherry quartz (glass)") grounds the gem word. A gem named
// by a trade misnomer of the product (data/misnomers.yaml) must be said
// with what the stone is: a simulant qualifier within four words, the
// true material in its sentence, or a negation (FTC 16 CFR 23.25(a),
// (e); CIBJO Gemstone Book).

type misnomer struct {
	Name string   `yaml:"name"`
	Gem  string   `yaml:"gem"`
	Is   []string `yaml:"is"`
}

var misnomers = sync.OnceValue(func() []misnomer {
	var f struct {
		Misnomers []misnomer `yaml:"misnomers"`
	}
	data, err := readData("data/misnomers.yaml")
	if err != nil {
		panic(err)
	}
	if err := yaml.Unmarshal(data, &f); err != nil {
		panic(err) // embedded data: TestKindsMisnomer19 reports it
	}
	return f.Misnomers
})

// productMisnomers returns the misnomers the product bears: the name in
// its data, and the true material in its stones or materials (or its
// stones simulants). It reads each field lower-cased once, without
// joining them (productMisnomersJoined, which it replaced, built two
// strings of every field a check; #17, perf40): a misnomer's name or true
// material with no "|" and no space at either end is in the joined string
// exactly when it is in one of its fields.
func productMisnomers(p *core.Product) []misnomer {
	var fb [16]string
	all := append(fb[:0], strings.ToLower(p.Name)) // all: the name, then stones' fields
	for _, s := range p.Stones {
		all = append(all, strings.ToLower(s.Type))
	}
	for _, m := range p.Materials {
		all = append(all, strings.ToLower(m))
	}
	nStones := len(all) // all[1:nStones]: stones and materials
	for _, k := range p.Keywords {
		all = append(all, strings.ToLower(k))
	}
	kwEnd := len(all)
	for _, v := range p.Attributes {
		all = append(all, strings.ToLower(v))
	}
	// stones: the stones, materials and attributes, not the name or keywords
	inStones := func(w string) bool {
		return anyContains(all[1:nStones], w) || anyContains(all[kwEnd:], w)
	}
	sim := len(p.Stones) > 0
	for _, s := range p.Stones {
		sim = sim && s.Origin == core.OriginSimulant
	}
	var out []misnomer
	for _, m := range misnomers() {
		if !splitSafe(m.Name) || slices.ContainsFunc(m.Is, func(is string) bool { return !splitSafe(is) }) {
			if productBearsJoined(p, m, sim) {
				out = append(out, m)
			}
			continue
		}
		if !anyContains(all, m.Name) {
			continue
		}
		ok := sim
		for _, is := range m.Is {
			ok = ok || inStones(is)
		}
		if ok {
			out = append(out, m)
		}
	}
	return out
}

// splitSafe reports whether w is found in fields joined by " | " exactly
// where it is found in one of them: not empty, no "|", no space at
// either end.
func splitSafe(w string) bool {
	return w != "" && !strings.Contains(w, "|") && w[0] != ' ' && w[len(w)-1] != ' '
}

func anyContains(fields []string, w string) bool {
	for _, f := range fields {
		if strings.Contains(f, w) {
			return true
		}
	}
	return false
}

// productBearsJoined is productMisnomersJoined's test for one misnomer.
func productBearsJoined(p *core.Product, m misnomer, sim bool) bool {
	all, stones := joinedProductFields(p)
	if !strings.Contains(all, m.Name) {
		return false
	}
	ok := sim
	for _, is := range m.Is {
		ok = ok || strings.Contains(stones, is)
	}
	return ok
}

// joinedProductFields is the product's fields lower-cased and joined by
// " | ": all of them (the name first), and the stones', materials' and
// attributes' alone.
func joinedProductFields(p *core.Product) (string, string) {
	var all, stones strings.Builder
	all.WriteString(strings.ToLower(p.Name))
	for _, s := range p.Stones {
		all.WriteString(" | " + strings.ToLower(s.Type))
		stones.WriteString(" | " + strings.ToLower(s.Type))
	}
	for _, m := range p.Materials {
		all.WriteString(" | " + strings.ToLower(m))
		stones.WriteString(" | " + strings.ToLower(m))
	}
	for _, k := range p.Keywords {
		all.WriteString(" | " + strings.ToLower(k))
	}
	for _, v := range p.Attributes {
		all.WriteString(" | " + strings.ToLower(v))
		stones.WriteString(" | " + strings.ToLower(v))
	}
	return all.String(), stones.String()
}

// productMisnomersJoined is productMisnomers as it was before perf40:
// every field joined, then searched (TestProductMisnomersAsJoined).
func productMisnomersJoined(p *core.Product) []misnomer {
	sim := len(p.Stones) > 0
	for _, s := range p.Stones {
		sim = sim && s.Origin == core.OriginSimulant
	}
	var out []misnomer
	for _, m := range misnomers() {
		if productBearsJoined(p, m, sim) {
			out = append(out, m)
		}
	}
	return out
}

// checkMisnomers blocks the first gem word of a misnomer the product bears
// said without what the stone is (a simulant qualifier beside it or anywhere in its sentence, the true material in its sentence, a negation).
func (r *run) checkMisnomers() {
	p := &r.in.Product
	if len(p.Stones) == 0 && len(p.Materials) == 0 {
		return
	}
	ms := productMisnomers(p)
	if len(ms) == 0 {
		return
	}
	d := r.d
	values := func(i int) []string { return inflectedStoneValues(r.in.Locale, d.word(i)) }
	for _, m := range ms {
		for i := range d.toks {
			if r.isMasked(i) || r.isElsewhere(i) || !slices.Contains(values(i), m.Gem) {
				continue
			}
			if r.negated(i) || r.denied(i, i+1) || r.simulantQualified(i) || r.d.anyNear(i, i+1, 64, 64, stoneQualifiers) || r.trueMaterialInSentence(i, m) {
				continue
			}
			r.addTokens("regulatory.misnomer", CatRegulatory, core.SeverityBlock,
				fmt.Sprintf("%q: the product's %q is %s, not %s; the gem's name needs what the stone is (FTC 16 CFR 23.25(a), (e); CIBJO Gemstone Book)", d.orig(i, i+1), m.Name, strings.Join(m.Is, " or "), m.Gem), i, i+1)
			return
		}
	}
}

// trueMaterialInSentence reports whether the sentence of token i names
// what the misnomer's stone is ("… de verre teinté, vendu sous le nom
// « cherry quartz »").
func (r *run) trueMaterialInSentence(i int, m misnomer) bool {
	d := r.d
	sent := d.toks[i].sent
	for k := range d.toks {
		if d.toks[k].sent != sent || k == i {
			continue
		}
		if slices.Contains(m.Is, d.word(k)) {
			return true // the English name, which copy in every language may write
		}
		for _, v := range inflectedStoneValues(r.in.Locale, d.word(k)) {
			for _, is := range m.Is {
				if v == is || strings.Contains(v, is) {
					return true
				}
			}
		}
	}
	return false
}

// inflectedStoneValues is grounding.StoneValues, read also on the word
// less an ending of up to four letters where the word itself is none
// ("kuvarstan", "kvartsen", "kwarcu"): the misnomer's gem in an inflected
// form.
func inflectedStoneValues(locale, w string) []string {
	if vs := grounding.StoneValues(locale, w); len(vs) > 0 {
		return vs
	}
	rs := []rune(w)
	for cut := 1; cut <= 4 && len(rs)-cut >= 4; cut++ {
		if vs := grounding.StoneValues(locale, string(rs[:len(rs)-cut])); len(vs) > 0 {
			return vs
		}
	}
	return nil
}
