package grounding

// Pearls counted by a piece noun and its link (#13, miss68). Arabic
// counts pearls by the grain: "أربعون حبة من لؤلؤ البذور" (forty grains
// of seed pearl) is forty seed pearls, as "أربعون حبة لؤلؤ" is. The bead
// nouns' reading (bead.go stoneAfterBead) left a pearl after a bead noun
// alone, since in many languages the bead noun and the pearl are one word
// (Perle, perle, pärla, helmi) and "Perlen aus Perlmutt" are no pearls;
// so the count of forty passed on a bracelet of thirty seed pearls and
// one cultured pearl (probe 65D ar-AE 65D04-2). A pearl after a bead or
// piece noun that is no pearl word itself, joined to it by a head link
// ("حبة من", "grains of"), is what the noun counts.

// pearlOfCounter reports whether the bead noun ending at token e counts
// the pearl after it: a head link between (linked), and the noun no word
// of the language's that also names a pearl (bead_words).
func (c *checker) pearlOfCounter(e int, linked bool) bool {
	return linked && !c.beadWordAt(e)
}
