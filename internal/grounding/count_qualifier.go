package grounding

import (
	"strings"
	"unicode/utf8"
)

// A count read across the market's lab-grown qualifier (#13, twenty-fifth
// session, qualcount25; released set 30: "yedi adet laboratuvarda
// üretilmiş pembe safir" on five sapphires passed). Where the qualifier
// stands before the noun as a phrase of its own ("sieben im Labor
// gezüchtete rosa Saphire", "zeven in het laboratorium gekweekte roze
// saffieren", "laboratuvarda üretilmiş"), its function words ("im", "in
// het") ended the count's look-ahead, so a wrong count of a lab-grown
// stone went unread in German, Dutch and Turkish. The qualifier is the
// stone's, as a colour is: countForward passes over it. The phrases are
// the pack's qualifiers.lab_grown (the words the regulatory check accepts
// as the market's lab-grown disclosure: 16 CFR 23.23(c), the French decree
// 2002-65 art. 3), so a market that adds a form adds it here too.

// qualifierSeq is one qualifier as folded tokens; pre[j] marks a token
// written with a trailing "*" in the pack (any inflection: "cread*").
type qualifierSeq struct {
	ws  []string
	pre []bool
}

// compileQualifierSeqs folds the pack's qualifier phrases into token
// sequences. A one-token qualifier is left out: a single word between a
// number and its stone is already passed over where it is no stop word.
func compileQualifierSeqs(list []string) []qualifierSeq {
	var out []qualifierSeq
	for _, q := range list {
		if seq := qualifierSeqOf(q); len(seq.ws) > 1 {
			out = append(out, seq)
		}
	}
	return out
}

// qualifierSeqOf folds one qualifier phrase into its token sequence: each
// word's tokens in order, and a word ending in "*" a prefix on its last
// token ("üretil*" reads "üretilmiş").
func qualifierSeqOf(q string) qualifierSeq {
	var seq qualifierSeq
	for _, w := range strings.Fields(q) {
		pre := strings.HasSuffix(w, "*")
		for _, t := range tokenStrings(strings.TrimSuffix(w, "*")) {
			seq.ws = append(seq.ws, t)
			seq.pre = append(seq.pre, false)
		}
		if pre && len(seq.pre) > 0 {
			seq.pre[len(seq.pre)-1] = true
		}
	}
	return seq
}

// labGrownAt returns how many tokens a lab-grown qualifier of the market
// covers from token k, in one clause, or 0. Its last word may be inflected
// ("gezüchtete", "gekweekte", "üretilmiş" of "üretil*").
func (c *checker) labGrownAt(k int) int {
	for _, q := range c.lx.labGrown {
		n := len(q.ws)
		if k+n > len(c.toks) {
			continue
		}
		ok := true
		for j, w := range q.ws {
			t := c.toks[k+j]
			if j > 0 && t.brk {
				ok = false
				break
			}
			if t.s == w || (q.pre[j] || j == n-1 && utf8.RuneCountInString(w) >= 5) && strings.HasPrefix(t.s, w) {
				continue
			}
			ok = false
			break
		}
		if ok {
			return n
		}
	}
	return 0
}

// labGrownEndingAt is the first token of a lab-grown qualifier of the
// market that ends at token k, or -1.
func (c *checker) labGrownEndingAt(k int) int {
	for st := k; st >= 0 && st >= k-5; st-- {
		if n := c.labGrownAt(st); n > 0 && st+n-1 == k {
			return st
		}
	}
	return -1
}
