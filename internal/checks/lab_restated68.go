package checks

// labRestatedLater reports whether a diamond word after token i in i's
// sentence names the diamonds with the market's lab-grown qualifier
// (labQualified or a qualifier after the weight), not negated: the
// sentence sums up the diamonds it has just counted as lab-grown ones, so
// the reader learns their origin in the same sentence that names them.
// i is a token index of the document; false past the sentence's end.
//
// Kind (count68, a lab-grown qualifier restated at the sentence's close):
// "اثنتا عشرة ماسة صغيرة تلتف حول ماسة واحدة في الوسط، أي ثلاث عشرة ماسة
// مزروعة في المختبر" (twelve small diamonds around one diamond in the
// centre, that is thirteen lab-grown diamonds) blocked
// regulatory.stone_qualifier on the first two mentions (held-out 68B
// ar-AE 68B01-3). ISO 18323:2015 and the CIBJO Diamond Book ask that a
// laboratory-grown diamond be named as such where it is described; the
// sentence does. A qualifier only in a later sentence still leaves the
// first mention unqualified.
func (r *run) labRestatedLater(i int) bool {
	d := r.d
	for k := i + 1; k < len(d.toks) && d.toks[k].sent == d.toks[i].sent; k++ {
		if r.isDiamondAt(k) && !r.negated(k) && !r.comparedStone(k, k+1) && (r.labQualified(k) || r.qualifiedAfterWeight(k)) {
			return true
		}
	}
	return false
}
