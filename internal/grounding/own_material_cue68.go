package grounding

// What a piece combines may be its own material, not only its own stone
// (#13, miss68). A verb of combining that is also a cross-selling cue
// (it "abbina", nl "combineren", fr "associe", pl "łączy"), one word after
// the piece's own category word in its clause, says what the piece joins
// when one of the piece's own materials stands between the verb and the
// fact, where the fact is a stone or a fineness: "L'Anello Champlevé …
// abbina oro giallo 750 e smalto blu notte a uno zaffiro" on a diamond
// ring names the ring's stone (a sapphire it lacks), and "De Zeeglas
// Oorhangers … combineren twee stukjes zachtblauw zeeglas met haakjes van
// massief 18 karaat goud" on vermeil gives the hooks a fineness of solid
// gold (probe 66C it-IT 66C03-2, nl-NL 66C01-3; FTC 16 CFR 23.4: a
// gold-plated part may not be called gold of a fineness). A bare metal
// after it is left to the cue: copy of that shape names other metals too
// (held-out 19 es-ES and 60 tr-TR false blocks while metals were read so). pieceSubjectCue keeps its other conditions: no word of ours and
// no category word of another kind after the verb ("La bague associe nos
// créoles en or" still offers the hoops).

// ownMaterialObject is how many tokens after the verb the piece's own
// material may start as its first object (a number, a noun of pieces
// and an adjective before it: "combineren twee stukjes zachtblauw
// zeeglas").
const ownMaterialObject = 4

// ownMaterialIn reports whether the verb ending at token s-1 takes one of
// the product's own materials, not denied, as its first object: a
// material word starting within ownMaterialObject tokens after the verb,
// and no break from the verb to token e (the fact's clause is the verb's:
// a fact in an aside or a later clause is not what it joins).
func (c *checker) ownMaterialIn(s, e int) bool {
	for k := s; k <= e; k++ {
		if c.toks[k].brk || c.toks[k].sbrk {
			return false
		}
	}
	for _, n := range c.ms {
		if n.ti > e || n.ti >= s+ownMaterialObject {
			break
		}
		if n.ti >= s && n.f.kind == kindMaterial && !n.negated && contains(c.facts.materials, n.f.value) {
			return true
		}
	}
	return false
}

// nameSubjectBefore reports whether the product's own name (a masked
// token of its name, collection or keywords: "De Zeeglas Oorhangers uit
// de Essence-collectie combineren")
// stands before token k in its clause, where the name holds the category
// word that pieceSubjectCue otherwise looks for.
func (c *checker) nameSubjectBefore(k int) bool {
	for j := k - 1; j >= 0; j-- {
		if c.toks[j+1].brk || c.toks[j+1].sbrk {
			return false
		}
		if c.toks[j].masked {
			return true
		}
	}
	return false
}
