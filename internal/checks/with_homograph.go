package checks

import (
	"slices"
	"strings"

	"golang.org/x/text/unicode/norm"
)

// withSaid reports whether a `with` word of a concept (toks) stands in the
// sentence of the match [s, e), not negated, as sentenceHas reads it for
// context, except a word that the copy writes as one of homographs (lower
// case, diacritics kept: conceptDef.Homographs): the fold of Danish,
// Norwegian and Swedish "både" (both) is "bade", which the water word
// "bad*" (bath, bathe) takes, so "et smykke du kan have på hver dag, til
// både strik og skjorte" named no water beside "have ... på" (#13,
// with_homograph66: probe 66D da-DK 66D02-1). own is the form's tokens,
// which never count as context.
func (r *run) withSaid(s, e int, toks, own []formTok, homographs []string) bool {
	if len(homographs) == 0 {
		return r.sentenceHas(s, e, toks, own, false)
	}
	if len(toks) == 0 {
		return false
	}
	st := r.stems()
	sn := r.d.sents[r.d.toks[s].sent]
	for k := sn.ts; k < sn.te; k++ {
		if k >= s && k < e && r.formWord(own, k, st) {
			continue
		}
		if slices.Contains(homographs, strings.ToLower(norm.NFC.String(r.d.orig(k, k+1)))) {
			continue
		}
		for _, t := range toks {
			if r.tokMatches(t, k, st) && !r.d.negatedInClause(r.lang, k, 4) && !r.d.sparedByWithout(r.lang, k) {
				return true
			}
		}
	}
	return false
}
