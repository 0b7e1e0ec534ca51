package grounding

import "strings"

// treatment_pronoun53.go (#13, miss53; probe 53D pl-PL 53D104-2): a
// demonstrative that opens its clause as a bare pronoun subject, the
// copula right after it or the demonstrative itself the copula of a
// Polish identity sentence, with no stone, material, category or part of
// the piece in the clause ("To powszechna i trwała metoda
// uszlachetniania", "This is a common, stable treatment", "Questo è un
// trattamento comune", "这是常见的处理方法"), takes up the previous
// sentence's treatment or method, not the piece. Such a clause does not
// set the piece's own disclosure against a denial of the material in
// general: "Kwarc cytrynowy to bezbarwny kwarc, którego … odcień żółci
// jest w pełni naturalny i nieuszlachetniony. To powszechna i trwała
// metoda uszlachetniania" denies the irradiation of the piece's lemon
// quartz and still blocks. "Ten kamień jest uszlachetniany", "This
// stone is heated", "ours is heated" name the piece and keep explaining it.

// disclosureNamesPiece is pieceCue for the clause s..e of a disclosure
// that would explain a denial (treatmentExplained): ours, or a
// demonstrative that is not a bare pronoun subject (bareDemonstrative).
func (c *checker) disclosureNamesPiece(s, e int) bool {
	return c.pieceCueIn(s, e, true)
}

// bareDemonstrative reports whether the demonstrative ending at token j
// opens the clause s..e as a bare pronoun subject: the copula right after
// it, or itself a predicate copula ("To powszechna metoda"), and no fact
// or word of the piece after it in the clause.
func (c *checker) bareDemonstrative(j, s, e int) bool {
	if c.lx.demonstr.startOf(c.toks, j) != s {
		return false
	}
	if !c.lx.predCopulas[strings.ToLower(c.toks[j].s)] && !(j+1 <= e && c.isCopula(j+1)) {
		return false
	}
	for k := j + 1; k <= e; k++ {
		if c.isFactToken(k) || c.piecePartAt(k) || c.comparedHeadAt(k) {
			return false
		}
	}
	return true
}
