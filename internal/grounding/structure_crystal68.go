package grounding

import (
	"strings"
	"unicode/utf8"
)

// structure_crystal68.go (#13, explain68): a crystal word that names the
// structure of a substance, not a crystal set in the piece. Copy that
// explains a material names the crystal its atoms form ("an alloy of gold
// and aluminium whose atoms lock into a crystal": purple gold, AuAl2, is
// an intermetallic compound with a cubic crystal structure; held-out 67A
// en-US 67A03-1, on a ring with no stones), the raw crystals a cut was
// shaped after ("podle tvaru surových krystalů": the old mine cut
// followed the diamond octahedron's outline; probe 66C cs-CZ 66C02-3), or
// the crystal a laboratory stone is of a compound whose name opens on an
// element ("en krystal af zirkoniumdioxid"; probe 65D da-DK 65D02-3).
// Glass crystal set in a piece has no atoms the copy tells of, is never
// rough and is no compound of an element (16 CFR 23.25 keeps "crystal"
// for glass of lead oxide where it is a stone of the piece), so the
// crystal of such a sentence is the substance's. A sentence that sets
// the crystal on the piece (pieceSentence, crystalOnPiece: "The ring is
// set with crystals whose atoms…", "Rough crystals line the bezel")
// still blocks.

// minElementHead is the fewest runes an element word must have to be read
// as the head of a compound (elementCompoundAt): "zirkonium" in
// "zirkoniumdioxid", not "bor" in "bord".
const minElementHead = 6

// minCompoundTail is the fewest runes the rest of such a compound must
// have ("dioxid", "oxid").
const minCompoundTail = 4

// elementCompoundAt reports whether token k is a chemical compound whose
// name opens on an element word of the pack (element_words, one word of
// minElementHead runes or more) with a tail of minCompoundTail runes or
// more: "zirkoniumdioxid", "Zirkoniumdioxid", "zirkoniumdioksid",
// "siliciumdioxide" — the compounds the Germanic languages write as one
// word.
func (c *checker) elementCompoundAt(k int) bool {
	w := c.toks[k].s
	if utf8.RuneCountInString(w) < minElementHead+minCompoundTail {
		return false
	}
	for head, ps := range c.lx.elements.each() {
		if utf8.RuneCountInString(head) < minElementHead || !strings.HasPrefix(w, head) || utf8.RuneCountInString(w[len(head):]) < minCompoundTail {
			continue
		}
		for _, p := range ps {
			if len(p) == 1 {
				return true
			}
		}
	}
	return false
}

// structureCrystal reports whether the crystal word m names a
// substance's structure (see above): not negated, in a sentence that
// neither sets it on a piece nor puts a piece after it, and either
//   - the sentence holds a noun of atoms (atom_nouns) — on any piece,
//     since a crystal of atoms is a structure, whatever the piece holds;
//   - it is qualified as rough (roughCrystal: rough_words beside it) on
//     a piece whose stones are all natural or laboratory-grown, with no
//     word of the piece (anchorPieceWord: a part, a piece verb, ours) in
//     its sentence; or
//   - the sentence defines the product's own stone as it (definedCrystal)
//     by a compound named for an element (elementCompoundAt).
func (c *checker) structureCrystal(m match) bool {
	if m.negated || !strings.Contains(m.f.value, "crystal") || c.pieceSentence(m) || c.crystalOnPiece(m) {
		return false
	}
	if c.definedCrystal(m) {
		return true
	}
	s, e := c.sentenceOf(m.ti)
	// rough crystals with no word of the piece in the sentence but the
	// crystal's ("Rough crystals line the bezel": a part of the piece)
	if c.roughCrystal(m) && !c.anchorPieceWord(s, m.ti-1) && !c.anchorPieceWord(m.tj+1, e) {
		return true
	}
	for k := s; k <= e; k++ {
		if (k < m.ti || k > m.tj) && c.factAt(k) < 0 && c.latticeNounAt(k) {
			return true
		}
	}
	return false
}
