package grounding

import "strings"

// denied_filler53.go (#13, mat53): the filler of a treatment named in a
// list of treatments the copy denies is no material of the piece. Type A
// jadeite copy says what its stone has not had done to it: "it has not
// been bleached, filled with resin or dyed", "with no bleaching, resin or
// dye", "no ha sido blanqueada, impregnada con resina ni teñida", "sitä
// ei ole valkaistu, kyllästetty hartsilla eikä värjätty", "nebyly bělené,
// plněné pryskyřicí ani barvené" (probe 53C en-GB, en-US, es-MX, pt-PT,
// fi-FI, cs-CZ); resin (a value of canon treatment_materials, the
// materials a treatment puts into a stone) blocked as the piece's
// material. The denial is read from the treatment machinery
// (treatmentHits: a word of treatment_words negated by
// treatment_negators) or a negator (negators, treatment_negators) that
// opens the list: walking back from the material over the list (commas,
// list words, determiners, other words of treatment, at most
// deniedFillerOther words of its own such as "with", "bleaching"), the
// first denial reached denies the material with its list. A negation
// break ("but"), a sentence or clause end other than a list's comma, or a
// fact word on the way ends the walk: "It is not dyed but filled with
// resin" and "The stone is filled with resin" still block on an untreated
// stone, as does resin said of the piece ("a resin pendant").

// deniedFillerReach is how many tokens the walk back from the material
// may take; deniedFillerOther how many of them may be words that are no
// list word, determiner, negator or word of treatment.
const (
	deniedFillerReach = 8
	deniedFillerOther = 2
)

// deniedFiller reports whether the material m, not the product's and a
// material a treatment puts into a stone, stands in a list of treatments
// a negation denies (see above).
func (c *checker) deniedFiller(m match) bool {
	if m.negated || m.f.kind != kindMaterial || contains(c.facts.materials, m.f.value) || !c.anyTreatmentMaterial(m.f.value) {
		return false
	}
	var hits []treatHit
	if len(c.lx.treatmentData.treatWords) > 0 {
		hits = c.treatmentHits()
	}
	other := 0
	for k := m.ti - 1; k >= 0 && k >= m.ti-deniedFillerReach; k-- {
		if c.toks[k+1].sbrk || c.toks[k+1].brk && !c.listCommaBefore(k+1) {
			return false
		}
		t := c.toks[k].s
		if c.lx.negBreak[t] {
			return false
		}
		if c.phraseEndsAt(c.lx.negators, nil, k) > 0 || c.lx.treatmentData.treatNeg.at(c.toks, k) {
			return true
		}
		if h, ok := hitEndingAt(hits, k); ok {
			if h.denied {
				return true
			}
			k = h.a
			continue
		}
		if c.lx.mw.listWords[t] || c.conjAt(k) || c.lx.determiners[t] {
			continue
		}
		if c.factAt(k) >= 0 || c.toks[k].masked {
			return false
		}
		if other++; other > deniedFillerOther {
			return false
		}
	}
	return false
}

// anyTreatmentMaterial reports whether v is a material a treatment puts into
// a stone (a value of canon treatment_materials or treatment_fillings).
func (c *checker) anyTreatmentMaterial(v string) bool {
	for _, table := range []map[string][]string{c.cn.TreatmentMaterials, c.cn.TreatmentFillings} {
		for _, vs := range table {
			if contains(vs, v) {
				return true
			}
		}
	}
	return false
}

// hitEndingAt is the treatment hit of hits that ends at token k.
func hitEndingAt(hits []treatHit, k int) (treatHit, bool) {
	for _, h := range hits {
		if h.b == k {
			return h, true
		}
	}
	return treatHit{}, false
}

// listCommaBefore reports whether the break before token k is a comma
// alone (a list's: ",", "、", "，"), not a semicolon, colon or dash.
func (c *checker) listCommaBefore(k int) bool {
	if k < 1 || k >= len(c.toks) || c.toks[k].sbrk {
		return false
	}
	gap := strings.TrimSpace(c.text[c.byteAt(c.toks[k-1].end):c.byteAt(c.toks[k].start)])
	return gap == "," || gap == "、" || gap == "，"
}
