package grounding

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// Stone names that are also colour words (#13, colour50): coral,
// turquoise, amber, jet and their kin in every language (nb "turkis", de
// "Türkis", fi "turkoosi", el "τιρκουάζ", it "turchese") are read as the
// stone only after a word of material or setting (a form's before words)
// or, since misses49, after a count ("cinco turquesas", "five round
// turquoises"). A count before the colour word is not the stone's where
// the colour word describes the noun after it in its clause (the noun the
// count counts): "two coral hearts", "tre turkis emaljehjerter", "kolme
// turkoosia emalisydäntä", "τρεις τιρκουάζ καρδιές", "two turquoise and
// coral shades", "two amber-coloured enamel drops" on a stone-less enamel
// piece. A colour adjective stands before its noun in the languages that
// put modifiers first (Quirk et al., A Comprehensive Grammar of the English
// Language, 1985, §17.3 on premodifying adjectives; Duden-Grammatik §479;
// Faarlund et al., Norsk referansegrammatikk, 1997, on the attributive
// adjective): the head is the noun after it. A noun that is the stone's
// own (stones, beads, cabochons: the count counts the stone's pieces)
// keeps the stone ("set with three turquoise stones", "two coral beads").
//
// A colour word glued to a shape, bead or stone noun in the compounding
// languages names the stone's pieces, as "Amethysttropfen" does
// (homographPiece): "Türkistropfen", "turkoosipisaraa", "turkosdroppar",
// "turkisdråper". Such a compound is written for a stone; the colour of
// an enamel drop is written with a colour word ("türkisfarbene Tropfen").

// colourBeforeNoun reports whether the colour homograph ending at token j
// describes a noun after it in its clause (describedNounAt): right after
// it, or after a list of such colours joined to it by a conjunction, each
// with its own count or none ("two coral and three turquoise hearts",
// "two turquoise and coral shades", "to korall og tre turkis hjerter").
func (lx *lexicon) colourBeforeNoun(toks []token, j int) bool {
	k := j + 1
	for hop := 0; hop < 3; hop++ {
		if k >= len(toks) || toks[k].brk {
			return false
		}
		if lx.describedNounAt(toks, k) {
			return true
		}
		if !conjunctions[toks[k].s] {
			return false
		}
		k++
		if k < len(toks) && !toks[k].brk && (isDigits(toks[k].s) || lx.countAdj[toks[k].s]) {
			k++
		}
		if k >= len(toks) || toks[k].brk {
			return false
		}
		// the next member: a colour word or another colour homograph,
		// whose own not_after word counts as the described noun
		if f := lx.homographWord(toks[k].s); f != nil {
			if k+1 < len(toks) && !toks[k+1].brk && f.notAfter[toks[k+1].s] {
				return true
			}
		} else if !lx.colourAdj[toks[k].s] {
			return false
		}
		k++
	}
	return false
}

// describedNounAt reports whether token k is a noun (or a word of colour)
// a colour word right before it describes: a shape noun ("hearts",
// "hjerter", "καρδιές"), a colour or tone noun ("shades", "coloured"), a
// part of the piece not made of stone ("enamel", "thread"), a material of
// the vocabulary, clothing, a colour word ("turquoise blue"), or a compound
// ending in a shape noun or opening with a part or material word
// ("emaljehjerter", "Emailleherzen", "emalisydäntä"). A bead noun or a
// stone noun ("beads", "stones", "kiveä") is the stone's own: no.
func (lx *lexicon) describedNounAt(toks []token, k int) bool {
	if k >= len(toks) || toks[k].brk {
		return false
	}
	w := toks[k].s
	if lx.beadStarts != nil {
		for range lx.beadStarts.at(toks, k) {
			return false
		}
	}
	if n := lx.root.child(w); n.ok() {
		for _, f := range n.forms() {
			switch f.kind {
			case kindStone, kindStoneNoun:
				return false
			case kindMaterial, kindColour:
				if f.before == nil && f.after == nil {
					return true
				}
			}
		}
	}
	if lx.shapeStarts != nil {
		for range lx.shapeStarts.at(toks, k) {
			return true
		}
	}
	if lx.colourAdj[w] || lx.colourNouns.startsAt(toks, k) || lx.toneWords.startsAt(toks, k) || lx.pieceParts.startsAt(toks, k) || lx.clothing.startsAt(toks, k) {
		return true
	}
	for _, ps := range [...]phrases{lx.shapeNouns, lx.pieceParts} {
		for last := range ps.each() {
			if len(last) >= 4 && len(w) >= len(last)+3 && strings.HasSuffix(w, last) {
				return true
			}
		}
	}
	for last, list := range lx.pieceParts.each() {
		for _, p := range list {
			if len(p) == 1 && len(last) >= 4 && len(w) >= len(last)+3 && strings.HasPrefix(w, last) {
				return true
			}
		}
	}
	for _, st := range lx.prefixes {
		if st.f.kind == kindMaterial && len(st.s) >= 4 && len(w) > len(st.s)+2 && strings.HasPrefix(w, st.s) {
			return true
		}
	}
	return false
}

// homographWord returns the stone form of the one-word colour homograph
// w (a stone form read only beside its before or after words), or nil.
func (lx *lexicon) homographWord(w string) *form {
	n := lx.root.child(w)
	if !n.ok() {
		return nil
	}
	for _, f := range n.forms() {
		if f.kind == kindStone && (f.before != nil || f.after != nil) && !f.weak {
			return f
		}
	}
	return nil
}

// homographHeadsOf indexes the one-word colour homographs of root (stone
// forms of four bytes or more with before or after words), longest first.
func homographHeadsOf(root node) []stem {
	var out []stem
	for w, n := range root.children() {
		if len(w) < 4 {
			continue
		}
		for _, f := range n.forms() {
			if f.kind == kindStone && (f.before != nil || f.after != nil) && !f.weak && f.value != "pearl" {
				out = append(out, stem{w, f})
				break
			}
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if len(out[i].s) != len(out[j].s) {
			return len(out[i].s) > len(out[j].s)
		}
		return out[i].s < out[j].s
	})
	return out
}

// homographPiece reads w as a colour homograph glued to a shape, bead or
// stone noun ("türkistropfen", "turkoosipisaraa", "turkosdroppar",
// "turkisdråper", "turkisstein"), with a linking letter or not, and
// returns the stone's form and the head's length in bytes, or nil.
func (lx *lexicon) homographPiece(w string) (*form, int) {
	if len(w) < 8 || len(lx.homographHeads) == 0 {
		return nil, 0
	}
	for _, h := range lx.homographHeads {
		if len(w) <= len(h.s) || !strings.HasPrefix(w, h.s) {
			continue
		}
		rest := w[len(h.s):]
		if utf8.RuneCountInString(rest) < 3 {
			continue
		}
		if lx.pieceNounWord(rest) || strings.IndexByte("sne", rest[0]) >= 0 && utf8.RuneCountInString(rest) > 3 && lx.pieceNounWord(rest[1:]) {
			return h.f, len(h.s)
		}
	}
	return nil, 0
}

// pieceNounWord reports whether w is, as one word, a shape noun, a bead
// noun or a generic stone noun of the vocabulary.
func (lx *lexicon) pieceNounWord(w string) bool {
	if lx.shapeNouns.hasWord(w) || lx.beadNouns.hasWord(w) {
		return true
	}
	if n := lx.root.child(w); n.ok() {
		for _, f := range n.forms() {
			if f.kind == kindStoneNoun && f.before == nil && f.after == nil {
				return true
			}
		}
	}
	return false
}
