package grounding

// A look is no item (#13, look56; held-out 55 en-AU 55B01-3: "At 50 cm it
// sits just below the collarbone, so it works on its own or as the longer
// strand in a layered look" on a 45 cm chain). other_items cues make
// their whole sentence about other items, so a measure there is read as
// another item's ("wear it with our 40 cm chain for a layered look").
// The words of a styled look made of several pieces (look_items: layered
// look, stacked look, mixed metal look, mix and match, Lagenlook,
// Layering-Look, Metallmix, look superposé, effet superposé,
// accumulation, look por capas, efecto capas, look stratificato, effetto
// stratificato) name a way of wearing, not an item: the piece is one of
// the look's strands. They make only their own clause about other
// pieces; a measure in another clause of the sentence ("At 50 cm it sits
// just below the collarbone, so it works ... in a layered look", "Mit 50
// cm liegt sie knapp unter dem Schlüsselbein, daher passt sie in einen
// Lagenlook") is the piece's and is compared. A look cue in the measure's
// own clause ("Wear it with 40 and 50 cm chains for a layered look") and
// every other other_items cue ("also available in 50 cm") still make it
// another item's. The locales whose other_items hold no look word need
// none.

// lookItemsFile is the vocabulary's look_items, each also an other_items
// entry: a look word that is no other_items cue makes nothing other.
type lookItemsFile struct {
	LookItems []string `yaml:"look_items"`
}

// lookApart reports whether the other_items cue ending at token k is a
// look (look_items) standing in another clause of its sentence than m.
func (c *checker) lookApart(k int, m match) bool {
	if c.lx.lookItems.size() == 0 || !c.lx.lookItems.endsAt(c.toks, k) {
		return false
	}
	if k < m.ti {
		return !c.sameClause(k, m.ti)
	}
	return !c.sameClause(m.tj, k)
}
