package grounding

import "strings"

// probe61bFile holds a pack's words for probe 61b's kinds (#13,
// probe61b): object_endings, the endings of the accusative case that mark
// a noun as the verb's direct object (Turkish "sitrini", "yakutu",
// "topazları"; Korean 을/를), read before a comitative object
// (objectBeforeComitative).
type probe61bFile struct {
	ObjectEndings []string `yaml:"object_endings"`
}

type probe61bData struct {
	objectEnds []string // object_endings, folded, expanded
}

func compileProbe61b(f probe61bFile) probe61bData {
	return probe61bData{objectEnds: foldedForms(f.ObjectEndings)}
}

// objectBeforeComitative reports whether the fact m is the direct object
// of its clause's verb, written before a noun in the comitative case that
// a pairing word starting at token at closes ("sarı bir sitrini iki küçük
// pırlantayla birlikte … yerleştiriyor", sets a yellow citrine together
// with two small diamonds; #13, probe61b: probe 61D tr-TR 61D01-2): the
// word's object is that later noun, the fact is the piece's own. Only a
// fact whose last word carries an object ending (object_endings) on a
// word of the vocabulary (the case ending ends its noun phrase, so no
// modifier of the comitative noun can carry it), with a comitative token
// (comitative_endings) between it and the pairing word in its clause.
// The bare modifiers of the comitative noun ("som altın çubuklarla
// birlikte", with solid gold bars) stay that noun's.
func (c *checker) objectBeforeComitative(m match, at int) bool {
	d := &c.lx.probe61bData
	if len(d.objectEnds) == 0 || len(c.lx.comitative) == 0 || at-m.tj < 2 {
		return false
	}
	t := c.toks[m.tj].s
	bare := c.lx.formWord(t)
	object := false
	for _, e := range d.objectEnds {
		// "sitrini" (no form; its base "sitrin" is), "yakutu" (a form
		// the vocabulary lists, on the base "yakut"); not "inci", pearl
		if len(t) > len(e) && strings.HasSuffix(t, e) && (!bare || c.lx.formWord(t[:len(t)-len(e)])) {
			object = true
			break
		}
	}
	if !object {
		return false
	}
	for k := m.tj + 1; k < at; k++ {
		if c.toks[k].brk {
			return false
		}
		if c.comitativeToken(k) {
			return true
		}
	}
	return false
}

// formWord reports whether the one word w is a form of the vocabulary.
func (lx *lexicon) formWord(w string) bool {
	n := lx.root.child(w)
	return n.ok() && len(n.forms()) > 0
}

// concordNegWords is how many words before a word of negative concord
// the negator it agrees with may stand.
const concordNegWords = 4

// concordNegated reports whether token j opens a word of denial_concord
// that a word of treatment_negators before it in its clause, at most
// concordNegWords words away, negates: the concord word carries that
// negation on to the treatment after it, past the subject the verb-first
// clause puts between ("nebyl tento kámen nijak upravován", this stone
// was in no way treated; #13, probe61b: probe 61C cs-CZ 61C04-2).
func (c *checker) concordNegated(j int) bool {
	d := &c.lx.treatmentData
	if !d.concord.at(c.toks, j) {
		return false
	}
	for k := j - 1; k >= 0 && k >= j-concordNegWords; k-- {
		if c.toks[k+1].brk || c.toks[k+1].sbrk || c.lx.negBreak[c.toks[k].s] {
			return false
		}
		if d.treatNeg.at(c.toks, k) {
			return true
		}
	}
	return false
}
