package grounding

import (
	"strconv"
	"strings"
)

// stringingNote is appended to the message of a stringing cord's warning.
const stringingNote = " (the cord a beaded piece is strung on, which its data does not name: check)"

// stringingCord reports whether the material m is a word of what beads are
// strung on (canon stringing_materials: a cord) on a strung piece
// (strungPiece): then it names a component the product data leaves out,
// not a material the piece lacks, and is a warning for a reviewer (#13,
// accessory37: released 33B108 "sept perles d'hémimorphite … enfilées sur
// un cordon élastique" on a sterling silver bracelet of seven hemimorphite
// beads blocked grounding.material "cordon"). A material the copy gives
// the cord ("a leather cord", "un cordón de cuero") is compared as before:
// a beaded piece on leather lists it.
func (c *checker) stringingCord(m match) bool {
	return m.f.kind == kindMaterial && contains(c.cn.StringingMaterials, m.f.value) && c.strungPiece()
}

// strungPiece reports whether the product data describes beads strung on
// something it does not name: a bracelet, necklace or anklet with beads
// (a measurement or attribute whose name says bead: "bead diameter",
// "bead_count") and more than one of them (a stone group counting more
// than one, or a bead count attribute above one), and no chain anywhere in
// its name, materials, features, measurements or attributes. A single bead
// hangs from something (a cord there is a material to compare), and a cord
// on a piece that lists a chain contradicts it.
func (c *checker) strungPiece() bool {
	switch strings.ToLower(c.p.Category) {
	case "bracelet", "necklace", "anklet":
	default:
		return false
	}
	chain := func(s string) bool { return strings.Contains(strings.ToLower(s), "chain") }
	bead := func(s string) bool { return strings.Contains(strings.ToLower(s), "bead") }
	if chain(c.p.Name) {
		return false
	}
	for _, l := range [][]string{c.p.Materials, c.p.Features, c.p.Keywords} {
		for _, s := range l {
			if chain(s) {
				return false
			}
		}
	}
	beads, many := false, false
	for _, ms := range c.p.Measurements {
		if chain(ms.Name) {
			return false
		}
		beads = beads || bead(ms.Name)
	}
	for k, v := range c.p.Attributes {
		if chain(k) || chain(v) {
			return false
		}
		if bead(k) {
			beads = true
			if n, err := strconv.Atoi(strings.TrimSpace(v)); err == nil && n > 1 {
				many = true
			}
		}
	}
	for _, st := range c.p.Stones {
		many = many || st.Count > 1
	}
	return beads && many
}
