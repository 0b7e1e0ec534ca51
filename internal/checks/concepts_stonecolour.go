package checks

// A stone's colour said to last (#13, claims53: probe 53C de-DE 53C101
// "Die Farbe bleibt dauerhaft", nb-NO 53C101 "Fargen er varig", zh-TW
// 53C103 顏色穩定持久, probe 53D en-AU 53D101 "so the colour stays bright",
// es-ES 53D103 "el color no se altera", pl-PL 53D104 "kolor nie zmienia
// się"). Copy that explains a heated citrine or an irradiated lemon quartz
// says that the colour the treatment gave is stable: that is the disclosure
// of the treatment and its permanence (FTC 16 CFR 23.22), not a promise
// that the metal will not tarnish, which is what tarnish_proof concerns.
// Its subject is a noun of colour with no metal before it, so the subject
// reading of otherSubject finds nothing; the stone or its treatment is the
// sentence's topic instead, named in the sentence (often after the match:
// "und mit der Härte von Quarz sind die Steine …") or in the sentence
// before it.

// stoneColourReach is how many words before a match stoneColourSaid reads
// for its noun of colour: the noun, a copula, an adjective, a conjunction
// and an auxiliary ("The colour is stable and does not fade").
const stoneColourReach = 5

// stoneColourSaid reports whether the match s..e speaks of a stone's
// colour: a word of colour (conceptDef.StoneColour) stands in the match or
// in the stoneColourReach words before it (the colour as the subject of a
// coordinated predicate: "Färgen är stabil och bleknar inte", "The colour is
// stable and does not fade"; #13, rel59: probe 59D sv-SE 59D03), the match's sentence names no word of
// subjects (the metal, a plating, a finish, the piece), and it names an
// other subject (a stone, a crystal, a treatment, hardness) or a stone of
// the locale's vocabulary, or, naming neither, follows a sentence that
// names one and no subject. "Die Vergoldung bleibt dauerhaft" (no colour
// word), "The colour of the gold plating stays bright" and "The plating is
// thin. The colour stays bright" stay the claim.
func (r *run) stoneColourSaid(s, e int, colour, subjects, others []formTok) bool {
	d := r.d
	sn := d.sents[d.toks[s].sent]
	st := r.stems()
	said := false
	for k := max(s-stoneColourReach, sn.ts); k < e && !said; k++ {
		said = r.anyTokAt(colour, k, st)
	}
	if !said || r.sentenceNames(s, subjects) {
		return false
	}
	if r.stoneTopic(sn.ts, sn.te, others) {
		return true
	}
	if sn.ts == 0 {
		return false
	}
	prev := d.sents[d.toks[sn.ts-1].sent]
	return !r.sentenceNames(prev.ts, subjects) && r.stoneTopic(prev.ts, prev.te, others)
}

// stoneTopic reports whether the tokens ts..te-1 name an other subject of
// the concept or a stone of the locale's vocabulary ("Quarz", "石英",
// "kwarc").
func (r *run) stoneTopic(ts, te int, others []formTok) bool {
	st := r.stems()
	for k := ts; k < te; k++ {
		if r.anyTokAt(others, k, st) || len(inflectedStoneValues(r.in.Locale, r.d.word(k))) > 0 {
			return true
		}
	}
	return false
}
