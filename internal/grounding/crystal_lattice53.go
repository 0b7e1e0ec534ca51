package grounding

// crystal_lattice53.go (#13, mat53): the crystal of a stone's atoms is a
// science word. "Ce traitement déplace quelques atomes dans le cristal,
// qui absorbe alors la lumière rouge et paraît vert" (irradiation of a
// green diamond; probe 53C fr-CA 53C104, pt-PT 53C104-3 "átomos") blocked
// crystal as a stone of the piece. elementCrystal reads a crystal word in
// a sentence that names a chemical element or a trace as the stone's
// lattice; the nouns of its atoms (atom_nouns, 19 packs) name its
// structure the same way. Not the words of a crystal lattice: "Alongside
// the sapphires, crystals with a crystal lattice of their own sparkle"
// still blocks (TestKindsOpen44Grounding). The same gates hold: a natural
// crystalline stone, no simulant, no sentence about the piece ("The
// earrings are set with crystals whose atoms …" still blocks).

// latticeNounAt reports whether a noun of atom_nouns starts at token k
// (as a word or an inflected form).
func (c *checker) latticeNounAt(k int) bool {
	return c.lx.mat53Data.lattice.size() > 0 && c.wordStartsAt(c.lx.mat53Data.lattice, k) >= 0
}
