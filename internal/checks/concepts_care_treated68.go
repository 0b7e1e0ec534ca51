package checks

import "github.com/copydesk/copydesk/internal/core"

// A stone's treatment said to need no care (#13, fbrule68: probe 68D
// ar-AE 68D02-3 "حجرا أقراط ... معالجان بالحرارة، والمعالجة ثابتة لا تحتاج
// إلى عناية خاصة", da-DK 68D01-1 "Farvningen er en gammel og stabil
// behandling, som ikke kræver særlig pleje"). Copy that discloses a heated
// citrine or a dyed onyx says the treatment is stable and asks nothing of
// the wearer: that is the disclosure of a treatment and its permanence
// (FTC 16 CFR 23.22), not the maintenance-free promise of tarnish_proof,
// which concerns the metal and its finish (FTC 16 CFR 23.1). The care
// words (conceptDef.CareNouns) make the match a need for care denied; its
// subject, read back from it as otherSubject reads, is a noun of the
// treatment (conceptDef.CareOthers) and not the metal, a plating or the
// piece. "The anti-tarnish treatment needs no care" on a piece with no
// treated stone, and "the silver needs no care" beside a treated stone,
// stay the claim.

// treatmentCareFree reports whether the match s..e, on product p, denies a
// need for care to a stone's treatment: p has a treated stone
// (treatedStone), a word of care stands in the match, and otherSubject,
// reading back with the treatment nouns others, finds one of them before
// any word of subjects.
func (r *run) treatmentCareFree(p *core.Product, s, e int, care, others, subjects []formTok) bool {
	if len(care) == 0 || !treatedStone(p) || !r.windowHas(s, e, 0, care, nil) {
		return false
	}
	return r.otherSubject(s, e, subjects, others)
}
