package grounding

// crossSellClause reports whether m stands in the clause of a
// cross-selling word further back than crossSellSentenceWindow (up to
// crossSellCoordinatedWindow words), with no clause break between, where
// the word's object names a piece of another kind than the product's
// before m: the facts of that clause describe the piece offered, however
// long its noun phrase grows. "Kombiner dem gjerne med det tynne kjedet
// vårt Vinter i 14 karat gult gull med en liten akvamarin" (pair them
// with our thin Vinter chain in 14k yellow gold with a small aquamarine;
// #13, explain68: released 67A nb-NO 67A04-1, where the aquamarine stood
// seventeen words after the cue and every shortened form passed). The
// same cues as crossSellSentence's are passed over (the piece as the
// verb's subject, its own parts or stones combined, our piece after the
// cue), and a category of the product's own kind in the object ("Pair
// them with the matching earrings…" on earrings) leaves m the piece's.
// The cue must open its sentence (an imperative to the shopper); a cue
// after the piece as its subject tells what the piece combines.
func (c *checker) crossSellClause(m match) bool {
	lo := m.ti - crossSellCoordinatedWindow
	for k := m.ti - 1; k >= 0 && k >= lo; k-- {
		if c.toks[k+1].brk {
			return false
		}
		if k >= m.ti-crossSellSentenceWindow {
			continue
		}
		if !c.lx.cross.endsAt(c.toks, k) || c.toks[k].masked || c.pieceSubjectCue(k, m) || c.besideOwnPart(k, m) || c.ownPartPaired(k, m) || c.ownPartsCombined(k, m) || c.besidePieceAt(k) || c.stoneObjectOf(k, m) || c.ownPieceAfterCue(k, m) || c.ownChainPaired(k) || c.madeWithOurs(k, m) {
			continue
		}
		// the cue opens its sentence, an imperative to the shopper: where
		// the piece is its subject ("De … oorhangers … combineren op
		// elke hanger … drie kleine robijnen") it tells what the piece
		// combines (probe 31C nl-NL P31C102-3)
		if st := k - c.phraseEndsAt(c.lx.cross, nil, k) + 1; st != c.sentenceOfStart(m.ti) {
			return false
		}
		return c.otherCategoryBetween(k, m.ti)
	}
	return false
}

// otherCategoryBetween reports whether a category word of another kind
// than the product's stands after token a and before token b, not negated.
func (c *checker) otherCategoryBetween(a, b int) bool {
	if c.facts.category == "" {
		return false
	}
	for _, o := range c.ms {
		if o.ti <= a {
			continue
		}
		if o.ti >= b {
			break
		}
		if o.f.kind == kindCategory && !o.negated && o.f.value != c.facts.category {
			return true
		}
	}
	return false
}
