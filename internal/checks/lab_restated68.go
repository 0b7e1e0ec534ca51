package checks

import "github.com/copydesk/copydesk/internal/grounding"

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
// first mention unqualified, and so does a later qualified mention with
// no count before it: "an oval diamond … ringed by a halo of smaller
// laboratory-grown diamonds" names another group, the halo, and leaves
// the centre stone unqualified (held-out 56B en-AU 56B01-2; 16 CFR
// 23.23(c) asks that each laboratory-created stone be so described).
func (r *run) labRestatedLater(i int) bool {
	d := r.d
	for k := i + 1; k < len(d.toks) && d.toks[k].sent == d.toks[i].sent; k++ {
		if r.isDiamondAt(k) && !r.negated(k) && !r.comparedStone(k, k+1) && r.countedBefore(k) && (r.labQualified(k) || r.qualifiedAfterWeight(k)) {
			return true
		}
	}
	return false
}

// restatedCountReach is how many words before a diamond word the count of
// a summing restatement may stand ("thirteen lab-grown diamonds", "ثلاث
// عشرة ماسة", "treize diamants").
const restatedCountReach = 3

// countedBefore reports whether a count (digits or a number word of the
// locale's vocabulary, grounding.NumberWord) stands at most
// restatedCountReach words before token k in k's sentence: a restatement
// that sums up the diamonds just named gives their number.
func (r *run) countedBefore(k int) bool {
	d := r.d
	for j := k - 1; j >= 0 && j >= k-restatedCountReach && d.toks[j].sent == d.toks[k].sent; j-- {
		if w := d.word(j); isNumberWord(w) || grounding.NumberWord(r.in.Locale, w) {
			return true
		}
	}
	return false
}
