package grounding

// mat53File holds the words of the mat53 kinds (#13, mat53): a piece of
// the same size in another metal set as the standard of a comparison
// (standard_piece53.go) and an alloy named as what the piece's metal is
// the base of (alloy_source53.go).
type mat53File struct {
	// SameSizeWords say that a piece compared is of the piece's size
	// ("of the same size", "identico", "like stor", 同尺寸): a hypothetical
	// piece, the standard of a comparison of weight or price.
	SameSizeWords []string `yaml:"same_size_words"`
	// FractionWords are the fractions and multiples a comparison of
	// measure states (half, "la metà", halvparten, 一半, twice): with
	// comparatives, than and equative words they are the cue of the
	// comparison standardPiece reads.
	FractionWords []string `yaml:"fraction_words"`
	// AlloySourceBefore are the nouns that make the piece's metal the base
	// or raw material of what follows ("base del", "the base of",
	// "Grundlage von"); AlloySourceAfter the same said after it (ja
	// の原料, zh 的原料, ko 의 원료).
	AlloySourceBefore []string `yaml:"alloy_source_before"`
	AlloySourceAfter  []string `yaml:"alloy_source_after"`
	// AtomNouns are the nouns of a crystal's atoms ("atomes", "átomos",
	// 原子): a crystal word in a sentence that names one is the stone's
	// lattice, as one that names an element is (elementCrystal;
	// crystal_lattice53.go). Not "crystal lattice" itself: crystals of
	// their own have one ("des cristaux au réseau cristallin",
	// kinds_open44b).
	AtomNouns []string `yaml:"atom_nouns"`
	// RequirementWords are the words of what a standard requires ("qu'exige
	// le vermeil", "exigida para o vermeil", "vermeil requires"): a
	// plating standard beside one is the rule the piece is measured
	// against (plating_standard53.go).
	RequirementWords []string `yaml:"requirement_words"`
}

type mat53Data struct {
	sameSize    phrases
	fractions   phrases
	alloySrc    phrases
	alloySrcAft startPhrases
	lattice     phrases
	requirement phrases
}

func compileMat53(f mat53File) mat53Data {
	return mat53Data{
		sameSize:    phraseSet(f.SameSizeWords),
		fractions:   phraseSet(f.FractionWords),
		alloySrc:    phraseSet(f.AlloySourceBefore),
		alloySrcAft: startPhraseSet(f.AlloySourceAfter),
		lattice:     phraseSet(f.AtomNouns),
		requirement: phraseSet(f.RequirementWords),
	}
}

// scope53 is the scope of the material or fineness m by one of the mat53
// readings, and whether one applies: the filler of a denied treatment
// (denied_filler53.go), the metal of a same-size piece compared
// (standard_piece53.go), an alloy the piece's metal is the base of
// (alloy_source53.go), a plating standard named by what it requires
// (plating_standard53.go) are no material of the piece's; a metal that
// modifies another piece named in quotes is that piece's
// (quoted_other53.go).
func (c *checker) scope53(i int, m match) (scope, bool) {
	if m.negated || m.f.kind != kindMaterial && m.f.kind != kindKarat {
		return scopeProduct, false
	}
	if c.quotedOtherPiece(m) {
		return scopeOther, true
	}
	if m.f.kind == kindMaterial && (c.deniedFiller(m) || c.standardPiece(m) || c.equatedInList(i, m) || c.alloySource(i, m) || c.platingStandard(m)) {
		return scopeIdiom, true
	}
	return scopeProduct, false
}
