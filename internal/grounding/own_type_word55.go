package grounding

import "strings"

// A word of the product's own stone type, inflected or in another order
// (#13, scope55). A stone type of two or more words names its stone with
// a word that is itself a stone or a metal: tourmalinated quartz is quartz
// with tourmaline needles in it (GIA Gem Encyclopedia, "Quartz"), lead
// crystal glass is glass with lead oxide in it (Council Directive
// 69/493/EEC, Annex I). Each language says the compound its own way: fr
// "quartz tourmaliné", tr "turmalinli kuvars", es "cristal de plomo", it
// "cristallo al piombo". The tourmaline or the lead there is the product's
// own stone named, not a stone or material the piece is claimed to have.
//
// The rule: m's value is a word of one of the product's stone types of two
// or more words, or that word's stem ("tourmaline" of "tourmalinated",
// "rutile" of "rutilated": the English participle of the included
// mineral), and m stands right beside a match of another word of the same
// type, right before it ("turmalinli kuvars") or right after it ("quartz
// tourmaliné"), or after it past one substance link ("cristal de plomo",
// "cristallo al piombo"; substance_links), with no break. "Quartz and
// tourmaline" on a tourmalinated quartz, "cristal sobre plomo" and "un
// colgante de plomo" on lead crystal still block, as does "cristal de
// plomo" on a piece whose crystal is no lead crystal.
func (c *checker) ownTypeWord(m match) bool {
	if m.negated || (m.f.kind != kindMaterial && m.f.kind != kindStone) {
		return false
	}
	for _, st := range c.p.Stones {
		words := strings.Fields(strings.ToLower(st.Type))
		if len(words) < 2 {
			continue
		}
		for wi, w := range words {
			if !typeWordStem(m.f.value, w) {
				continue
			}
			for _, o := range c.ms {
				if o.negated || o.f.kind != kindStone || o.ti == m.ti || !otherTypeWord(o.f.value, words, wi) {
					continue
				}
				switch {
				case o.ti == m.tj+1 && !c.toks[o.ti].brk, o.tj == m.ti-1 && !c.toks[m.ti].brk:
					return true
				case o.tj == m.ti-2 && !c.brkBetween(o.tj, m.ti) && c.lx.substanceLinks.endsAt(c.toks, m.ti-1):
					return true
				}
			}
		}
	}
	return false
}

// typeWordStem reports whether the canonical value v is the type word w or
// its stem: "tourmaline" of "tourmalinated", "rutile" of "rutilated".
func typeWordStem(v, w string) bool {
	if v == w {
		return true
	}
	stem := strings.TrimSuffix(v, "e")
	return len(stem) >= 5 && strings.HasPrefix(w, stem) && len(w) > len(stem)
}

// otherTypeWord reports whether v is a word of the type words other than
// the one at index skip.
func otherTypeWord(v string, words []string, skip int) bool {
	for i, w := range words {
		if i != skip && w == v {
			return true
		}
	}
	return false
}
