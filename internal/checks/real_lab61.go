package checks

// labRealDiamond reports whether the "real diamond" phrase ending at token
// i is said of the piece's lab-grown diamonds with their lab-grown
// qualifier in the same sentence, as labQualified reads one (beside the
// diamond word, as its predicate or the subject it is said of): "The
// lab-grown diamonds are real diamond crystal grown in a laboratory"
// (#13, probe61a: probe 61C en-US 61C03-1/3). A laboratory-grown diamond
// is a diamond, and may be called one with the qualifier (FTC Jewelry
// Guides, 16 CFR 23.12 and 23.23), so "real" is true of it. It needs a
// lab-grown diamond in the product and no negation in the sentence:
// "real diamonds, not lab-grown" and an unqualified "real diamonds" on a
// lab-grown-only piece still block.
func (r *run) labRealDiamond(i int) bool {
	if lab, _ := diamondLike(&r.in.Product); !lab || i < 0 || i >= len(r.d.toks) {
		return false
	}
	return r.labQualified(i) && !r.sentenceNegated(i)
}
