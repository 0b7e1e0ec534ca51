package checks

import "slices"

// dedupeRecycled drops a finding of the data's recycled concept whose span
// overlaps another recycled finding: the guide's own claim
// ("claim.recycled", the example guide lists English, French, German,
// Italian, Spanish and Portuguese words) or the built-in word list
// (checkRegulatory). Where neither knows the language's words (Swedish
// "återvunnet", Japanese リサイクル) the concept's finding stands, so a
// recycled claim is checked in every language (FTC Green Guides 16 CFR
// 260.13).
func (r *run) dedupeRecycled() {
	if len(r.recycledConcept) == 0 {
		return
	}
	drop := map[int]bool{}
	for _, i := range r.recycledConcept {
		c := r.findings[i]
		for j, f := range r.findings {
			if j == i || slices.Contains(r.recycledConcept, j) || (f.Rule != "claim.recycled" && f.Rule != "regulatory.recycled") {
				continue
			}
			if f.Start < c.End && c.Start < f.End {
				drop[i] = true
				break
			}
		}
	}
	if len(drop) == 0 {
		return
	}
	out := r.findings[:0]
	for i, f := range r.findings {
		if !drop[i] {
			out = append(out, f)
		}
	}
	r.findings = out
}
