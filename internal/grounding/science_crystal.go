package grounding

import "github.com/copydesk/copydesk/internal/core"

// The crystal of copy that explains how the product's own stone was grown
// or treated (#13, expl51: released 51B tr-TR 51B104, probe 51C nl-NL
// 51C102, probe 51D en-AU 51D103/51D104, fr-FR 51D101/51D103, pl-PL
// 51D102, tr-TR 51D104). A laboratory-grown alexandrite is a crystal
// grown slowly from a melt (GIA Gem Encyclopedia, "Alexandrite":
// Czochralski and flux-grown synthetics), and a topaz's irradiation, a
// zircon's heating or a sapphire's beryllium diffusion change the colour
// centres or the chemistry of the stone's own crystal (GIA Gem
// Encyclopedia, "Topaz", "Zircon", "Sapphire"; FTC Jewelry Guides 16 CFR
// 23.22 on disclosing such treatments). "Each crystal is grown slowly from
// a melt in a laboratory", "Le cristal est obtenu en laboratoire par une
// croissance lente", "Kristal, eriyikten … yavaşça büyütülür", "which
// alters the colour centres in the crystal", "które zmienia barwę
// kryształu" name that crystal; crystal is a stone of the piece only in the
// sense of cut glass, which is neither grown nor treated so. ownCrystal
// reads these only on a natural or laboratory-grown crystalline stone with
// no simulant.

// scienceSubjectReach is how many words may open the crystal word's clause
// before it when it is the subject of a verb of growth ("Each crystal",
// "these crystals", "Le cristal").
const scienceSubjectReach = 2

// scienceCrystal reports whether the crystal word m is the crystal of the
// product's own stone in a clause that tells its growth or a sentence
// that tells its treatment (grownCrystal, treatedCrystal). Not a crystal
// set on the piece (crystalOnPiece: a category after it, or beside the
// own stone) and not in a clause with a category, a piece noun, a word of
// setting or a bead noun right after it: "Crystals grown in a laboratory
// are set around the alexandrite", "Heat-treated crystals sparkle on the
// ring" still block.
func (c *checker) scienceCrystal(m match) bool {
	if m.negated || c.crystalOnPiece(m) {
		return false
	}
	return c.grownCrystal(m) || c.treatedCrystal(m)
}

// clauseFree reports whether tokens a..e, but the match m, hold no word of
// the piece: no category, piece noun or setting word, and no bead noun
// right after m ("crystal beads").
func (c *checker) clauseFree(a, e int, m match) bool {
	for k := a; k <= e; k++ {
		if k >= m.ti && k <= m.tj {
			continue
		}
		if c.categoryAt(k) || c.lx.pieceNouns.at(c.toks, k) || c.lx.settingWords.at(c.toks, k) || k == m.tj+1 && c.beadNounAt(k) >= 0 {
			return false
		}
	}
	return true
}

// grownCrystal reports whether the crystal word m opens its clause (at
// most scienceSubjectReach words before it: "Each crystal is grown") and
// that clause holds a word of growth (crystal_growth_words: croissance,
// büyütülür) or, on a laboratory-grown stone, of the laboratory
// (laboratory_words: "in a laboratory", "en laboratoire"). A crystal word
// that is its clause alone (the subject set off by a comma: "Kristal,
// eriyikten … büyütülür") reads the next clause. The clause is read up to
// a conjunction after the growth word ("… büyütülür ve aleksandritin …
// taşır": the next predicate says what the crystal carries), and no word
// of the piece and no stone may stand in what is read (a crystal beside a
// lab-grown ruby: "kristalli laboratoriossa kasvatetun rubiinin vieressä").
func (c *checker) grownCrystal(m match) bool {
	cs := m.ti
	for cs > 0 && !c.toks[cs].brk {
		cs--
	}
	if m.ti-cs > scienceSubjectReach {
		return false
	}
	last := len(c.toks) - 1
	ce := c.clauseEnd(m.tj, last)
	if ce == m.tj && ce < last && !c.toks[ce+1].sbrk {
		ce = c.clauseEnd(ce+1, last)
	}
	lab := false
	for _, st := range c.p.Stones {
		lab = lab || st.Origin == core.OriginLabGrown
	}
	grown := -1
	for k := cs; k <= ce; k++ {
		if k >= m.ti && k <= m.tj {
			continue
		}
		if grown >= 0 && c.conjAt(k) {
			ce = k - 1
			break
		}
		if grown < 0 && (c.lx.growthWords.at(c.toks, k) || lab && c.lx.labWords.at(c.toks, k)) {
			grown = k
		}
	}
	for _, n := range c.ms {
		// "kristalli laboratoriossa kasvatetun rubiinin vieressä": the
		// growth is the stone's named after the crystal, which stands
		// beside it
		if n.ti > m.tj && n.ti <= ce && (n.f.kind == kindStone || n.f.kind == kindStoneNoun) && n.f.value != "crystal" {
			return false
		}
	}
	return grown >= 0 && c.clauseFree(cs, ce, m)
}

// treatedCrystal reports whether the crystal word m stands in a sentence
// (joined over semicolons) that tells a treatment of one of the product's
// stones whose data disclose one: a word of a colour-changing treatment
// (treatment_cause_words: irradiating, wygrzewaniu, verhit) or of
// diffusion (diffusion_words), and no word of setting or of the piece's
// making in the sentence (as treatmentSource), nor a word of the piece in
// the crystal's clause.
func (c *checker) treatedCrystal(m match) bool {
	if c.lx.treatCause.empty() && c.lx.diffusion.empty() {
		return false
	}
	treated := false
	for i := range c.p.Stones {
		treated = treated || len(c.stoneTreatments(i)) > 0
	}
	if !treated {
		return false
	}
	if !c.treatmentSentence(m.ti, true) && !c.fillingSentence(m.ti) {
		return false
	}
	cs := m.ti
	for cs > 0 && !c.toks[cs].brk {
		cs--
	}
	return c.clauseFree(cs, c.clauseEnd(m.tj, len(c.toks)-1), m)
}
