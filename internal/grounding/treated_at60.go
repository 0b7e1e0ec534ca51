package grounding

// TreatedAt reports whether the words of text on bytes [bs, be) are the
// stone a treatment works on: a word of treatment_words (a treatment
// done: "염색해", "dyed", "gefärbt", "teinte") begins within two words
// after them in their clause ("다공질 원석을 염색해 낸 색", the colour made
// by dyeing the porous rough stone), or ends right before them ("dyed
// rough"). The regulatory check of a simulant called a gem reads a word of
// the rough stone (ko 원석, rough or raw stone) so as the raw material the
// colour was made of, not the piece's stones presented as gems (#13,
// miss60: probe 58C ko-KR 58C01-3).
func TreatedAt(locale, text string, bs, be int) bool {
	lx, toks, i, j := tokensAt(locale, text, bs, be)
	defer putTokens(toks)
	if i < 0 || len(lx.treatmentData.treatWords) == 0 {
		return false
	}
	c := standaloneChecker(lx, toks, text)
	for k := j + 1; k < len(toks) && k <= j+2; k++ {
		if toks[k].brk {
			break
		}
		if c.treatmentWordStarts(k) {
			return true
		}
	}
	if i > 0 && !toks[i].brk {
		for _, l := range lx.treatmentData.treatWords {
			if l.words.span(toks, i-1) >= 0 {
				return true
			}
		}
	}
	return false
}
