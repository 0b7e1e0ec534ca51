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
	data, err := dataFS.ReadFile("data/misnomers.yaml")
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
// stones simulants).
func productMisnomers(p *core.Product) []misnomer {
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
	sim := len(p.Stones) > 0
	for _, s := range p.Stones {
		sim = sim && s.Origin == core.OriginSimulant
	}
	var out []misnomer
	for _, m := range misnomers() {
		if !strings.Contains(all.String(), m.Name) {
			continue
		}
		ok := sim
		for _, is := range m.Is {
			ok = ok || strings.Contains(stones.String(), is)
		}
		if ok {
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
