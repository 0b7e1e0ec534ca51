package grounding

import (
	"strings"
	"unicode/utf8"

	"github.com/copydesk/copydesk/internal/core"
)

// ownCrystalFile is the vocabulary of a natural stone's own crystals:
// own_crystal_words are the words that, up to two words before a crystal
// word or right after it, make it the mineral habit of the product's stone
// rather than a glass crystal: the size of a druzy's crystals ("tiny",
// "winzige", "små"), the one crystal a slice is cut from ("single",
// "único", "natural"), the relative or possessive that ties them to the
// stone ("whose", "deren", "vars"); a word ending in "*" is a prefix (#13,
// the eighteenth blind set).
//
// crystal_axis_before and crystal_axis_after are the words of direction
// that measure along or across one crystal, read right before a crystal
// word (a determiner between: "along the crystal", "längs des Kristalls",
// "a lo largo del cristal") or right after it ("kristal boyunca"); on a
// natural crystalline stone the crystal is that stone's (crystalAxis; #13,
// crystalword33). laboratory_words say a stone was made in a laboratory
// ("laboratory", "Labor*", "laboratorio", "synthetic"): the crystal that
// is the predicate of the product's own stone with one is what the stone
// is (madeCrystal; #13, crystalword33).
type ownCrystalFile struct {
	OwnCrystalWords   []string `yaml:"own_crystal_words"`
	CrystalAxisBefore []string `yaml:"crystal_axis_before"`
	CrystalAxisAfter  []string `yaml:"crystal_axis_after"`
	LaboratoryWords   []string `yaml:"laboratory_words"`
	// CrystalInsideBefore, CrystalInsideAfter and CrystalInsideForms are
	// the words of position within one crystal ("inside the crystal",
	// "à l'intérieur du cristal", "kristalin içindeki"; #13, explain48),
	// read by crystalInside more narrowly than the axis words (#13,
	// adv48a).
	CrystalInsideBefore []string `yaml:"crystal_inside_before"`
	CrystalInsideAfter  []string `yaml:"crystal_inside_after"`
	CrystalInsideForms  []string `yaml:"crystal_inside_forms"`
	// CrystalSilkWords are the gemmologist's word for a stone's fine
	// parallel needles ("silk", "soie", "Seide", 絲): an inclusion word
	// for inclusionCrystal only, since it names a cord's fibre elsewhere.
	CrystalSilkWords []string `yaml:"crystal_silk_words"`
	// CrystalRarityWords are the words of a mineral's scarcity or
	// occurrence ("rare", "scarce", "selten", "rarissimi", "surgiram"):
	// "Clean crystals are scarce" is a sentence about the mineral, read
	// by crystalOfNature (#13, probe60).
	CrystalRarityWords []string `yaml:"crystal_rarity_words"`
	// CrystalOriginWords are the words of where a mineral's crystals come
	// from or are found ("come from", "proviennent", "provengono",
	// "βρίσκονται", 产自): "presque tous les cristaux … proviennent de
	// Namibie" is a sentence about the mineral (#13, crystal60: released
	// 60A fr-CA and it-IT, 60B el-GR), read with its whole clause, since
	// glass crystal "comes from our workshop" too.
	CrystalOriginWords []string `yaml:"crystal_origin_words"`
	// CrystalDirectionWords are the nouns of a direction in one crystal
	// read right after an each word ("in each direction", "en cada
	// dirección"): the stone's pleochroism, not each stone of the piece
	// (eachDirection; #13, crystal66).
	CrystalDirectionWords []string `yaml:"crystal_direction_words"`
}

type ownCrystalData struct {
	ownCrystalWords wordList
	axisBefore      wordList // crystal_axis_before
	axisAfter       wordList // crystal_axis_after
	labWords        wordList // laboratory_words
	insideBefore    wordList // crystal_inside_before
	insideAfter     wordList // crystal_inside_after
	insideForms     map[string]bool
	silkWords       wordList // crystal_silk_words (inclusionCrystal)
	rarityWords     wordList // crystal_rarity_words (crystalOfNature)
	originWords     wordList // crystal_origin_words (crystalOfNature)
	directionWords  wordList // crystal_direction_words (eachDirection)
}

func compileOwnCrystal(f ownCrystalFile) ownCrystalData {
	return ownCrystalData{ownCrystalWords: compileWordList(f.OwnCrystalWords), axisBefore: compileWordList(f.CrystalAxisBefore),
		axisAfter: compileWordList(f.CrystalAxisAfter), labWords: compileWordList(f.LaboratoryWords),
		silkWords: compileWordList(f.CrystalSilkWords), insideBefore: compileWordList(f.CrystalInsideBefore),
		insideAfter: compileWordList(f.CrystalInsideAfter), insideForms: foldedSet(f.CrystalInsideForms),
		rarityWords: compileWordList(f.CrystalRarityWords), originWords: compileWordList(f.CrystalOriginWords),
		directionWords: compileWordList(f.CrystalDirectionWords)}
}

// foldedSet is the set of list's words folded as tokens are.
func foldedSet(list []string) map[string]bool {
	set := map[string]bool{}
	for _, w := range list {
		set[foldString(w)] = true
	}
	return set
}

// notCrystalline are the stones that grow no crystals of their own:
// organic gems and amorphous ones (CIBJO Gemstone Book, organic materials;
// GIA: opal and obsidian are amorphous, amber a fossil resin).
var notCrystalline = []string{"pearl", "amber", "coral", "jet", "opal", "obsidian", "moldavite", "tektite", "shell", "mother-of-pearl", "mother of pearl", "ivory", "bone", "wood", "glass", "resin", "enamel", "crystal"}

// ownCrystal reports whether the crystal word m names the crystals of the
// product's own natural stone: "a druzy quartz whose tiny crystals",
// "Druzy-Quarz, deren winzige Kristalle", "uma fatia de um único cristal
// natural" (a druzy is a crust of small quartz crystals; a tourmaline slice
// is cut across one crystal: GIA gem encyclopedia). It needs one of the
// product's stones to be natural and crystalline, none to be a simulant,
// and a word of own_crystal_words up to two words before the crystal word
// in its clause or right after it; "sparkling crystals" beside a sapphire
// still block.
func (c *checker) ownCrystal(m match) bool {
	if m.f.value != "crystal" || c.lx.ownCrystalWords.empty() {
		return false
	}
	if c.metalCrystal(m) {
		return true
	}
	natural := false
	var colours []string  // the natural crystalline stones' colours
	var minerals []string // the natural crystalline stones' values
	crystals := 0         // how many natural crystalline stones the piece holds
	for i, st := range c.p.Stones {
		t := strings.ToLower(st.Type)
		if st.Origin == core.OriginSimulant || strings.Contains(t, "simulat") || strings.Contains(t, "zirconia") {
			return false
		}
		// A laboratory-grown stone is a crystal of the natural mineral's
		// chemistry and structure (FTC Jewelry Guides 16 CFR 23.23: a
		// laboratory-created stone has essentially the same optical,
		// physical and chemical properties; GIA Gem Encyclopedia,
		// "Emerald": hydrothermal synthetic emerald grown on a seed
		// crystal), so its crystals are its own as a mined stone's are
		// (#13, nacre39; probe 39's lab-grown emerald "its crystals are
		// brittle", "grown from a seed crystal").
		if st.Origin != core.OriginNatural && st.Origin != core.OriginLabGrown {
			continue
		}
		crystalline := true
		for _, w := range notCrystalline {
			if strings.Contains(t, w) {
				crystalline = false
			}
		}
		natural = natural || crystalline
		if crystalline && i < len(c.facts.stoneInfo) {
			colours = append(colours, c.facts.stoneInfo[i].colours...)
			minerals = append(minerals, c.facts.stoneInfo[i].types...)
			crystals += max(st.Count, 1)
		}
	}
	// An iron meteorite is natural and crystalline too: its iron-nickel
	// crystals (kamacite and taenite) grow into the Widmanstätten pattern
	// the inlay shows once etched (#13, meteorite24; the Meteoritical
	// Society's classification of iron meteorites, octahedrites).
	for _, mat := range c.p.Materials {
		natural = natural || strings.Contains(strings.ToLower(mat), "meteorite")
	}
	if !natural {
		return false
	}
	if c.ownCrystalColour(m, colours) {
		return true
	}
	// The crystals of the product's own natural mineral (#13,
	// stonefamily25; the rare-material probe dev-probe25b on cuprite and
	// chiastolite): a crystal word whose noun phrase names that mineral
	// ("cuprite crystals", "un cristal de cuprita", "kryształ kuprytu",
	// "kuprit kristali"), or in a sentence that tells the crystal's growth
	// (crystal_growth_words: "Pendant la croissance du cristal", "Al
	// crecer, el cristal", "Podczas wzrostu kryształu"; glass crystal is
	// cut or moulded, it never grew), is that mineral's. Once the copy has
	// named the piece's one natural crystal so, "the crystal" is that
	// crystal again ("El cristal mide 10 mm"); crystals compared with
	// the piece's own stone by a demonstrative ("Kristalle wie dieser",
	// "cristales ... como este", "kristallen ... zoals deze") are its kind.
	// "Set with sparkling crystals" on a natural stone still blocks.
	// A word of growth in a sentence about the piece (pieceSentence: "The
	// ring is set with crystals around a sapphire grown from molten
	// alumina", "El anillo lleva cristales alrededor del zafiro, que crece
	// en semanas") tells the own stone's growth, not the crystals' set
	// beside it (#13, cut43); so does one whose sentence puts the crystal
	// on the piece ("A crystal grown from a melt crowns the ring":
	// crystalOnPiece, #13 regress43).
	if c.mineralCrystal(m, minerals) || c.sentenceHas(c.lx.growthWords, m.ti) && !c.pieceSentence(m) && !c.crystalOnPiece(m) || c.crystalLikeThis(m) || c.crystalAxis(m) || c.crystalInside(m) || c.elementCrystal(m) || c.crystalOfNature(m) || c.rarityOpensCrystal(m) || c.inclusionCrystal(m) || c.scienceCrystal(m) {
		return true
	}
	if crystals == 1 && len(c.p.Stones) == 1 {
		for _, n := range c.ms {
			if n.f.value == "crystal" && c.mineralCrystal(n, minerals) {
				return true
			}
		}
		if c.crystalAgain(m) {
			return true
		}
	}
	// A composite stone is a rock in which its components grow as
	// crystals: the ruby crystals of anyolite (ruby in zoisite) and of ruby
	// in fuchsite, the pyrite crystals of lapis lazuli, the rutile of
	// rutilated quartz (canon composites; GIA Gem Encyclopedia): "crystals"
	// on such a stone are its own, with or without a word before them
	// (#13, probe20b: "Raspberry-red crystals sit in a deep green ground",
	// "cristaux de rubis", "kryształy rubinu").
	for _, v := range c.facts.stones {
		if len(c.cn.Composites[v]) > 0 {
			return true
		}
	}
	toks := c.toks
	word := func(k int) bool { return c.lx.ownCrystalWords.at(toks, k) }
	for k := m.ti - 1; k >= 0 && k >= m.ti-2 && !toks[k+1].brk; k-- {
		if word(k) {
			return true
		}
	}
	if m.tj+1 < len(toks) && !toks[m.tj+1].brk && word(m.tj+1) {
		return true
	}
	// An own word as the predicate after a copula: "each crystal is
	// natural", "ogni cristallo è naturale" (#13, probe26k).
	return m.tj+2 < len(toks) && !toks[m.tj+1].brk && !toks[m.tj+2].brk && c.isCopula(m.tj+1) && word(m.tj+2)
}

// metalCrystal reports whether the crystal word m is followed, through a
// genitive link ("of", "aus", "de", "van", "di", "af", "av"; never "in",
// "set with crystals in silver") and at most one word more ("metallic"),
// by a metal: crystals of a metal grown inside a glass or a stone, not
// glass crystal ("tiny crystals of metallic copper form inside it",
// "winzige Kristalle aus metallischem Kupfer", "cristales de cobre
// metálico", goldstone's copper: GIA, Mindat "aventurine glass"; #13,
// probe26k). The metal itself is still compared: "crystals of gold" on
// goldstone blocks on the gold.
func (c *checker) metalCrystal(m match) bool {
	if c.metalLedCrystal(m) {
		return true
	}
	k := m.tj + 1
	if k >= len(c.toks) || c.toks[k].brk || !genitiveLinks[c.toks[k].s] {
		return false
	}
	for j := k + 1; j < len(c.toks) && j <= k+2; j++ {
		if c.toks[j].brk {
			return false
		}
		if i := c.factAt(j); i >= 0 {
			return c.ms[i].f.kind == kindMaterial && c.ms[i].ti == j
		}
	}
	return false
}

// ownCrystalColour reports whether a colour word up to two words before
// the crystal word m, or right after it, in its clause, is a colour of
// the product's natural crystalline stones (colours, canonical): the copy
// names the stone by its crystal and its colour ("a brown crystal",
// "einen braunen Kristall", "un cristal café", "een bruin kristal" on a
// brown staurolite), not a glass crystal beside it. A colour the stones do
// not have ("sparkling green crystals" beside a blue sapphire) still
// blocks, and so do white and clear, the colours of glass crystal
// ("white crystals" beside white diamonds) (#13, crystal_colour22).
func (c *checker) ownCrystalColour(m match, colours []string) bool {
	if len(colours) == 0 {
		return false
	}
	for _, n := range c.ms {
		if n.f.kind != kindColour || n.negated || !contains(colours, n.f.value) || n.f.value == "white" || n.f.value == "clear" {
			continue
		}
		var from, to int // the tokens from the colour to the crystal word
		switch {
		case n.tj < m.ti && n.tj >= m.ti-2:
			from, to = n.tj, m.ti
		case n.ti == m.tj+1:
			from, to = m.tj, n.ti
		default:
			continue
		}
		broken := false
		for k := from + 1; k <= to; k++ {
			broken = broken || c.toks[k].brk
		}
		if !broken {
			return true
		}
	}
	return false
}

// mineralCrystal reports whether the crystal word m has one of minerals
// (the product's natural crystalline stones) in its noun phrase: right
// before or after it, or after a head link ("crystals of chiastolite",
// "cristal de cuprita", 赤铜矿的晶体 reads the other way).
func (c *checker) mineralCrystal(m match, minerals []string) bool {
	if len(minerals) == 0 || m.negated {
		return false
	}
	if c.mineralLead(m, minerals) {
		return true
	}
	for _, n := range c.ms {
		if n.f.kind != kindStone || n.negated || n.f.value == "crystal" || !contains(minerals, n.f.value) {
			continue
		}
		switch {
		case n.tj == m.ti-1 && !c.toks[m.ti].brk, n.ti == m.tj+1 && !c.toks[n.ti].brk:
			return true
		case n.tj == m.ti-2 && !c.toks[m.ti].brk && !c.toks[m.ti-1].brk && c.lx.headLinks.hasWordAt(&c.toks[m.ti-1]),
			n.ti == m.tj+2 && !c.toks[n.ti].brk && !c.toks[m.tj+1].brk && c.lx.headLinks.hasWordAt(&c.toks[m.tj+1]):
			return true
		}
	}
	return false
}

// mineralLead reports whether the crystal word m is the tail of a
// compound whose head, after at most one linking letter, is one of the
// product's natural crystalline minerals (minerals): "apofyllittkrystall",
// "kwartskristallen", "Quarzkristalle" (#13, treat54: nl, da, nb and sv
// read compound crystals as de does; released 25A nb-NO H25a06).
func (c *checker) mineralLead(m match, minerals []string) bool {
	h := c.compoundLead(m)
	if h == "" {
		return false
	}
	if v := c.lx.stoneOf(h); v != "" && contains(minerals, v) {
		return true
	}
	_, n := utf8.DecodeLastRuneInString(h)
	v := c.lx.stoneOf(h[:len(h)-n])
	return n < len(h) && v != "" && contains(minerals, v)
}

// compoundLead is the head of the one word whose tail m is ("kwarts" of
// "kwartskristallen"), or "" when m is the whole word or more than one.
func (c *checker) compoundLead(m match) string {
	if m.ti != m.tj {
		return ""
	}
	t := c.toks[m.ti]
	if m.end != t.end || m.start <= t.start {
		return ""
	}
	return t.s[:len(t.s)-len(runeTail(t.s, m.start-t.start))]
}

// crystalLikeThis reports whether a like word followed by a demonstrative
// ("wie dieser", "como este", "zoals deze", "like this one") stands after
// the crystal word m in its sentence: crystals of the kind the piece's own
// stone is (#13, stonefamily25; released25a sphalerite).
func (c *checker) crystalLikeThis(m match) bool {
	if c.lx.likeBefore.size() == 0 || c.lx.demonstr.phrases.size() == 0 {
		return false
	}
	_, e := c.sentenceOf(m.ti)
	for k := m.tj + 1; k < e; k++ {
		if !c.lx.likeBefore.endsAt(c.toks, k) || c.toks[k+1].brk {
			continue
		}
		for j := k + 1; j <= e && j <= k+2; j++ {
			if c.lx.demonstr.endsAt(c.toks, j) {
				return true
			}
		}
	}
	return false
}

// elementCrystal reports whether the crystal word m is the lattice that
// holds the chemical elements its sentence names (the pack's
// element_words): "the iron and manganese held within the crystal", "du
// fer et du manganèse contenus dans le cristal", "Eisen und Mangan im
// Kristall", 結晶に含まれる鉄とマンガン. Trace elements in a natural stone's
// crystal lattice cause its colour (iron and manganese in pyrope-almandine
// rhodolite, chromium in ruby: GIA Gem Encyclopedia, "Garnet", "Ruby");
// glass crystal is coloured by additives a copy calls no element of a
// mineral. ownCrystal reads it only on a natural crystalline stone with no
// simulant, and not in a sentence about the piece (pieceSentence): "The
// studs are set with sparkling crystals" still blocks (#13, lead36;
// released 36's fr-FR 36B104-1 on rhodolite). The nouns of a trace
// (trace_words: "trace elements", "sporenelementen", "Spurenelemente",
// "oligo-éléments") name those elements without naming one: "Het diepe
// blauw komt van sporenelementen in het kristal" (#13, stone52: probe
// 52C nl-NL 52C101).
func (c *checker) elementCrystal(m match) bool {
	if m.negated || c.lx.elements.size() == 0 || c.pieceSentence(m) {
		return false
	}
	s, e := c.sentenceOf(m.ti)
	for k := s; k <= e; k++ {
		if k >= m.ti && k <= m.tj {
			continue
		}
		if c.factAt(k) < 0 && (c.wordStartsAt(c.lx.elements, k) >= 0 || c.wordStartsAt(c.lx.traces, k) >= 0 || c.latticeNounAt(k)) {
			return true
		}
	}
	return false
}

// definedCrystal reports whether the crystal word m is the class noun of a
// sentence that defines the product's own stone by its chemistry: the
// sentence's first fact is one of the product's stones, the crystal word
// comes after it, and the sentence names an element of the pack's
// element_words ("Zirkonia ist ein im Labor gezüchteter Kristall aus
// Zirkonium und Sauerstoff", "La zirconia cubica è un cristallo creato in
// laboratorio a partire da zirconio e ossigeno", "Zirkonia er en krystall
// laget i laboratorium av zirkonium og oksygen"). Cubic zirconia is
// synthetic cubic zirconium dioxide, ZrO2, a crystal grown from the melt
// (GIA Gem Encyclopedia, "Cubic Zirconia"; Mindat.org, "Cubic zirconia"),
// and a natural stone is a crystal of its formula: the word there says
// what the stone is, not that glass crystals are set in the piece (#13,
// variety29; released 29's de-DE, it-IT, nb-NO cubic zirconia bracelet).
// A sentence that puts the crystals on the piece (setting_words, the
// piece or its category first), a crystal before the stone, or one with
// no chemistry ("Zirkonia ist ein funkelnder Kristall") still blocks.
//
// A synthetic crystal is one too ("La zirconia cubica è un cristallo
// sintetico di zirconio e ossigeno"; the vocabularies' man-made crystal).
func (c *checker) definedCrystal(m match) bool {
	if m.f.value != "crystal" && m.f.value != "man-made crystal" || m.negated || c.lx.elements.size() == 0 || c.pieceSentence(m) {
		return false
	}
	s, e := c.sentenceOf(m.ti)
	first := -1
	for i, n := range c.ms {
		if n.ti < s || n.f.kind == kindIgnore {
			continue
		}
		if n.ti > e || n.ti >= m.ti {
			break
		}
		first = i
		break
	}
	if first < 0 {
		return false
	}
	if n := c.ms[first]; n.negated || n.f.kind != kindStone || n.f.value == "crystal" || !contains(c.facts.stones, n.f.value) {
		return false
	}
	for k := s; k <= e; k++ {
		if c.factAt(k) < 0 && (c.wordStartsAt(c.lx.elements, k) >= 0 || c.elementCompoundAt(k)) {
			return true
		}
	}
	return false
}

// crystalAxis reports whether the crystal word m is measured along or
// across: a word of crystal_axis_before right before it, at most a
// determiner between, or one of crystal_axis_after right after it, in its
// clause, and no piece noun or category word right after it ("along the
// crystal band" is the piece's band). "Längs des Kristalls etwa 4,5, quer
// dazu fast 7" (blind 32A's 32A112) is kyanite's hardness along its
// crystal's length and across it: one crystal, the stone's own, since
// hardness differs with direction in one crystal (kyanite's "disthene",
// two strengths; GIA Gem Encyclopedia, "Kyanite"; Mindat.org, "Kyanite").
// ownCrystal reads it only on a natural crystalline stone with no
// simulant; "Clear crystals are set along the chain" still blocks.
func (c *checker) crystalAxis(m match) bool {
	toks := c.toks
	if n := m.tj + 1; n < len(toks) && !toks[n].brk && (c.categoryToken(n) || c.lx.pieceNouns.at(toks, n)) {
		return false
	}
	if !c.lx.axisBefore.empty() {
		k := m.ti - 1
		if k >= 0 && !toks[k+1].brk && !c.lx.axisBefore.at(toks, k) && (c.lx.determiners[toks[k].s] || c.lx.definites.endsAt(toks, k) || c.lx.indefinites.endsAt(toks, k)) {
			k--
		}
		if k >= 0 && !toks[k+1].brk && c.lx.axisBefore.at(toks, k) {
			return true
		}
	}
	n := m.tj + 1
	return !c.lx.axisAfter.empty() && n < len(toks) && !toks[n].brk && c.lx.axisAfter.span(toks, n) == n
}

// crystalInside reports whether the crystal word m is the one crystal
// the stone's optics happen inside (#13, explain48: "light bouncing
// between thin layers inside the crystal", "à l'intérieur du cristal",
// "kristalin içindeki"), read more narrowly than crystalAxis (#13,
// adv48a): a word of crystal_inside_before right before it, at most a
// definite determiner between, and the crystal word ending its sentence
// (or a conjunction after it: not "inde i krystallen, der omgiver den"), or, where the position word
// follows (tr, fi), one of crystal_inside_after right after it on one of
// crystal_inside_forms (the singular: "kristaller içinde" is among
// crystals). "The labradorite sits within a crystal halo", "inside the
// crystal dome", "dentro del cristal tallado", "all'interno di un
// cristallo sfaccettato", "binnenin een kristallen koepel" set crystals
// in the piece and still block.
func (c *checker) crystalInside(m match) bool {
	n := m.tj + 1
	if !c.lx.insideBefore.empty() && (n >= len(c.toks) || c.toks[n].sbrk || c.conjAt(n)) && c.insideBeforeCrystal(m) {
		return true
	}
	return c.insideAfterCrystal(m)
}

// insideBeforeCrystal reports whether a word of crystal_inside_before
// stands right before the crystal word m, at most a definite determiner
// between, in its clause ("inside the crystal", "dentro del cristal", "no
// interior do cristal"), whatever follows the crystal.
func (c *checker) insideBeforeCrystal(m match) bool {
	toks := c.toks
	if c.lx.insideBefore.empty() {
		return false
	}
	k := m.ti - 1
	if k >= 0 && !toks[k+1].brk && !c.lx.insideBefore.at(toks, k) && !c.lx.indefinites.endsAt(toks, k) && (c.lx.determiners[toks[k].s] || c.lx.definites.endsAt(toks, k)) {
		k--
	}
	return k >= 0 && !toks[k+1].brk && c.lx.insideBefore.at(toks, k)
}

// insideAfterCrystal reports whether, where the position word follows (tr,
// fi), one of crystal_inside_after stands right after the crystal word m
// on one of crystal_inside_forms ("kristalin içinde", "kiteen sisällä").
func (c *checker) insideAfterCrystal(m match) bool {
	toks := c.toks
	n := m.tj + 1
	return !c.lx.insideAfter.empty() && m.ti == m.tj && c.lx.insideForms[toks[m.ti].s] && n < len(toks) && !toks[n].brk && c.lx.insideAfter.span(toks, n) == n
}

// madeGap is how many words may stand between the copula and the crystal
// word of madeCrystal: a determiner and the crystal's modifiers ("ein im
// Labor hergestellter Kristall", "een in het lab gemaakt kristal": Dutch
// puts the article before a participle phrase of four words; #13,
// stone52: probe 52C nl-NL 52C102).
const madeGap = 5

// madeCrystal reports whether the crystal word m is the predicate of the
// product's own stone, in a clause that says it was made in a laboratory
// (laboratory_words): the fact before the crystal word in its clause is
// one of the product's stones, a copula stands between (copulas, at most
// madeGap words before the crystal word) or ends the crystal word
// (copula_endings: "bir kristaldir"), and no word of setting between. "Cubic zirconia is a crystal made in the laboratory,
// not a mined stone", "la circonita es un cristal creado en laboratorio",
// "kubisk zirkonia er en krystall laget i laboratorium" (probe 31C's
// P31C104): cubic zirconia is synthetic zirconium dioxide grown as crystals
// from the melt (GIA Gem Encyclopedia, "Cubic Zirconia"), and glass
// crystal is no crystal at all, so the word says what the stone is, not
// that glass crystals are set in the piece (#13, crystalword33). A crystal
// with no word of the laboratory ("Zirkonia ist ein funkelnder
// Kristall", definedCrystal), one joined to the stone ("cubic zirconia and
// crystals made in the laboratory"), a generic noun as the subject ("The
// stones are crystals made in the laboratory") and a sentence of the piece
// (pieceSentence) still block.
func (c *checker) madeCrystal(m match) bool {
	if m.f.value != "crystal" && m.f.value != "man-made crystal" || m.negated || c.lx.labWords.empty() || c.pieceSentence(m) {
		return false
	}
	n := -1
	for i, x := range c.ms {
		if x.tj >= m.ti {
			break
		}
		if x.f.kind != kindIgnore {
			n = i
		}
	}
	if n < 0 {
		return false
	}
	subj := c.ms[n]
	if subj.negated || subj.f.kind != kindStone || subj.f.value == "crystal" || !contains(c.facts.stones, subj.f.value) {
		return false
	}
	toks := c.toks
	cop := -1
	for k := subj.tj + 1; k <= m.ti; k++ {
		if toks[k].brk {
			return false
		}
		if k < m.ti && c.lx.settingWords.at(toks, k) {
			return false
		}
		if k < m.ti && cop < 0 && c.isCopula(k) {
			cop = k
		}
	}
	if cop < 0 {
		if !c.copulaEndsAt(m.tj) {
			return false
		}
		cop = subj.tj
	}
	if m.ti-cop-1 > madeGap {
		return false
	}
	for k := subj.tj + 1; k < len(toks) && (k <= m.tj || !toks[k].brk); k++ {
		if k < m.ti || k > m.tj {
			if c.lx.labWords.at(toks, k) {
				return true
			}
		}
	}
	return false
}

// copulaEndsAt reports whether token k ends with a copula ending
// (copula_endings: Turkish "kristaldir").
func (c *checker) copulaEndsAt(k int) bool {
	t := c.toks[k].s
	for _, e := range c.lx.copulaEnds {
		if len(t) > len(e) && strings.HasSuffix(t, e) {
			return true
		}
	}
	return false
}

// crystalAgain reports whether the crystal word m, on a piece whose one
// stone is one natural crystal, names again a crystal the copy has already
// told growing or measured along its axis in an earlier sentence ("W miarę
// wzrostu kryształu … Kryształ tnie się w poprzek na cienkie plastry", "As
// the crystal grows … The crystal is then sliced across", "Pendant la
// croissance du cristal … Le cristal est ensuite tranché"; released 37
// pl-PL 37B104-1, #13 released37): glass crystal is cut or moulded and
// never grew, so "the crystal" after that is the stone's, sentence-initial
// and capitalised or not, in any case form the vocabulary matches. Not a
// crystal named after a capitalised word inside its sentence (a maker's
// name: "Swarovski crystals") or in a sentence with a word of setting, a
// category or a bead noun (crystals set on the piece beside the stone):
// that is another stone and still blocks.
func (c *checker) crystalAgain(m match) bool {
	if m.negated || c.capitalisedInside(m.ti-1) || c.sentenceHolds(c.lx.settingWords, m.ti) {
		return false
	}
	ms, me := c.sentenceOf(m.ti)
	for k := ms; k <= me; k++ {
		if c.categoryAt(k) || c.beadNounAt(k) >= 0 {
			return false // crystals on the piece or its beads
		}
	}
	for _, n := range c.ms {
		if n.ti >= m.ti {
			break
		}
		if ns, _ := c.sentenceOf(n.ti); n.f.value != "crystal" || n.negated || ns == ms {
			continue
		}
		if c.sentenceHas(c.lx.growthWords, n.ti) || c.crystalAxis(n) || c.crystalInside(n) {
			return true
		}
	}
	return false
}

// crystalOfNature reports whether the crystal word m is the growth form of
// the product's own natural mineral, named earlier in the copy, in a
// clause that says what such crystals hold or look like by nature (#13,
// explain38: released 38's da-DK morganite "Mange krystaller har fra
// naturens hånd en gullig tone", many crystals have a yellowish tone by
// nature, and cs-CZ smoky quartz "V krystalu jsou drobné příměsi hliníku",
// in the crystal are small impurities of aluminium; GIA on morganite's
// heating and smoky quartz's colour centres). The crystal word stands
// among the first three words of its clause (its subject or place: "Many
// crystals", "Im Kristall", "Στον κρύσταλλο", 結晶には), that clause (and
// the next in its sentence, where the word below stands there) holds no
// word of the piece (classifyTopic on the clause: no category, part,
// setting or plating word, no "our" or measurement) and holds a colour
// noun (tone, Farbton, 色), a trace or impurity noun or a word of growth.
// Glass crystal has no impurities the copy explains and grows no tone by
// nature; "Tiny crystals are set around the morganite" and "Crystals frame
// the stone in a pink tone" hold a word of the piece and still block.
func (c *checker) crystalOfNature(m match) bool {
	if m.negated || c.crystalBesideOwn(m) {
		return false
	}
	named := false
	for _, o := range c.ms {
		if o.ti >= m.ti {
			break
		}
		if o.f.kind == kindStone && !o.negated && o.f.value != "crystal" && c.naturalOwnStone(o.f.value) {
			named = true
			break
		}
	}
	for k := 0; !named && k < m.ti; k++ {
		named = c.ownNaturalNameAt(k)
	}
	if !named {
		return false
	}
	cs := m.ti
	for cs > 0 && !c.toks[cs].brk {
		cs--
	}
	// its clause, or with the next in its sentence where the content
	// word stands there ("Inside the crystal, tiny aluminium impurities …")
	ce := c.clauseEnd(m.tj, len(c.toks)-1)
	if m.ti-cs > 2 && !c.quantifiedFrom(cs, m.ti) {
		// a crystal word after its modifiers ("Kesilebilecek kadar berrak
		// kristalleri çok az bulunduğu için", its crystals clear enough to
		// cut are found very rarely; #13, crystal61) is the own rough when
		// its scarcity follows it in its clause
		return c.rareCrystal(cs, ce, m)
	}
	if c.rareCrystal(cs, ce, m) {
		return true
	}
	// a relative clause on the crystals closed by a comma before their
	// verb ("Kristallen die helder genoeg zijn om te slijpen, zijn
	// schaars"), or a clause of consequence ("Kristalleri … geçmez, bu
	// yüzden … bir nadirliktir"): a word of scarcity in the next clause
	// of its sentence counts the same (#13, read60b)
	if ce+1 < len(c.toks) && !c.toks[ce+1].sbrk {
		if ne := c.clauseEnd(ce+1, len(c.toks)-1); c.rarityAfter(cs, ce+1, ne) {
			return true
		}
	}
	if c.natureContent(cs, ce, m) {
		return c.classifyTopic(cs, ce) != topicPiece
	}
	if ce+1 < len(c.toks) && !c.toks[ce+1].sbrk {
		if ne := c.clauseEnd(ce+1, len(c.toks)-1); c.natureContent(ce+1, ne, m) {
			return c.classifyTopic(cs, ne) != topicPiece
		}
	}
	return false
}

// rareCrystal reports whether a word of the mineral's scarcity
// (crystal_rarity_words: "Clean crystals are scarce", "Reine Kristalle
// sind selten", "Cristais lapidáveis só surgiram depois" on pezzottaite
// and musgravite, whose gem crystals are few: GIA Gem Encyclopedia; #13,
// probe60) stands after the crystal word m in tokens a..e, with no word
// of the piece from a to it (what follows, "and each stone is cut by
// hand", may turn to the piece). Glass crystal is made to order and is
// never rare. A word of where the crystals come from or are found
// (crystal_origin_words) counts the same with no word of the piece in its
// whole clause (#13, crystal60).
func (c *checker) rareCrystal(a, e int, m match) bool {
	for k := m.tj + 1; k <= e; k++ {
		if c.lx.rarityWords.at(c.toks, k) {
			return c.classifyTopic(a, k) != topicPiece
		}
		if c.originAt64(k) {
			// where they come from is read to the clause's end: crystals
			// that "proviennent de notre atelier et entourent la pierre"
			// are the piece's (crystal60)
			return c.classifyTopic(a, e) != topicPiece
		}
	}
	return false
}

// rarityAfter reports whether a word of the mineral's scarcity
// (crystal_rarity_words) stands in tokens b..e, the clause after the
// crystal's own (a..b-1), with no word of the piece in the crystal's
// clause (classifyTopic) and no category or piece noun in the next up to
// it (#13, read60b: held-out 60A nl-NL 60A03 on jeremejevite, 60B tr-TR
// 60B03 on haüyne). The next clause may name the cut stone ("bu yüzden
// kesilmiş her taş bir nadirliktir", so each cut stone is a rarity): a
// stone is what a rare crystal yields, not the piece.
func (c *checker) rarityAfter(a, b, e int) bool {
	for k := b; k <= e; k++ {
		if c.categoryAt(k) || c.lx.pieceNouns.at(c.toks, k) {
			return false
		}
		if c.lx.rarityWords.at(c.toks, k) {
			return c.classifyTopic(a, b-1) != topicPiece
		}
	}
	return false
}

// natureContent reports whether tokens a..e, but the match m, hold a
// colour noun, a trace or impurity noun or a word of growth.
func (c *checker) natureContent(a, e int, m match) bool {
	for k := a; k <= e; k++ {
		if k >= m.ti && k <= m.tj {
			continue
		}
		if c.lx.colourNouns.endsAt(c.toks, k) || c.inflectedWord(c.lx.colourNouns, c.toks[k].s) ||
			c.wordEndsAt(c.lx.traces, k) >= 0 || c.lx.growthWords.at(c.toks, k) || c.otherMineralsNoun(k) {
			return true
		}
	}
	return false
}

// crystalOnPiece reports whether the sentence of the crystal match m names
// a piece (a category word) after the crystal with no stone between them:
// "A crystal grown from a melt crowns the ring" sets the crystal on the
// piece, and a word of growth there does not make it the product's own
// stone's crystal. "Growing the crystals lets us match the colour of
// every stone along the bracelet" is not (#13, regress43).
func (c *checker) crystalOnPiece(m match) bool {
	if c.crystalBesideOwn(m) {
		return true
	}
	s, e := c.sentenceOf(m.ti)
	for _, n := range c.ms {
		if n.ti <= m.tj || n.ti < s || n.negated {
			continue
		}
		if n.ti > e || n.f.kind == kindStone || n.f.kind == kindStoneNoun {
			return false
		}
		if n.f.kind == kindCategory {
			return true
		}
	}
	return false
}

// inclusionCrystal reports whether the crystal word m is the crystal of
// the product's own natural stone in which its clause's inclusions lie
// (#13, incl44; probe 44C's star sapphire and cat's-eye chrysoberyl: "fine
// needles of rutile inside the crystal", "in rare crystals parallel
// inclusions draw a single band of light", "parallel silk runs through the
// crystal", "de fines inclusions parallèles traversent le cristal",
// "sottili inclusioni parallele attraversano il cristallo"). A star or a
// cat's eye is light reflected by parallel needles of rutile inside one
// crystal of corundum or chrysoberyl (GIA Gem Encyclopedia, "Sapphire",
// "Chrysoberyl": silk, asterism, chatoyancy); copy that explains it names
// that crystal. It needs a word of inclusions in the crystal's clause
// (inclusion_nouns, or crystal_silk_words), the product's own natural
// crystalline stone named before the crystal in its sentence (joined over
// semicolons), and no word of the piece: no setting word in the sentence,
// no category after the crystal (pieceSentence, crystalOnPiece), no
// category or piece noun in its clause, no bead noun right after it
// ("crystal beads"; a cabochon is the stone's own cut), no verb of the
// piece between the stone and the crystal. "The pendant sets
// sparkling crystals around the sapphire's silk", "Crystals with tiny
// inclusions surround the sapphire" (no own stone before them) still block.
func (c *checker) inclusionCrystal(m match) bool {
	if m.negated || c.lx.inclusion.size() == 0 || c.pieceSentence(m) || c.crystalOnPiece(m) {
		return false
	}
	cs := m.ti
	for cs > 0 && !c.toks[cs].brk {
		cs--
	}
	ce := c.clauseEnd(m.tj, len(c.toks)-1)
	incl := false
	for k := cs; k <= ce; k++ {
		if c.categoryAt(k) || c.lx.pieceNouns.at(c.toks, k) || k == m.tj+1 && c.beadNounAt(k) >= 0 {
			return false
		}
		if k >= m.ti && k <= m.tj {
			continue
		}
		incl = incl || c.phraseEndsAt(c.lx.inclusion, c.lx.inclusionTails, k) > 0 || c.lx.silkWords.at(c.toks, k)
	}
	if !incl {
		return false
	}
	s, _ := c.joinedSentenceOf(m.ti)
	from := s // where a verb of the piece between the stone and m counts
	inside := c.inclusionsInside(m, cs)
	if inside {
		s = 0 // the stone named in an earlier sentence
	}
	noVerb := func(a int) bool { // no verb of the piece from a to m
		for k := max(a, from); k < m.ti; k++ {
			if c.pieceVerbAt(k) {
				return false // "The sapphire with its silk sits among crystals"
			}
		}
		return true
	}
	for _, o := range c.ms {
		if o.ti >= m.ti {
			break
		}
		if o.ti >= s && o.f.kind == kindStone && !o.negated && o.f.value != "crystal" && c.naturalOwnStone(o.f.value) {
			return noVerb(o.tj + 1)
		}
	}
	// A keyword of the product's that names its stone ("safira estrela")
	// is masked, no match, but names the stone still (stoneNameAt).
	for k := 0; inside && k < m.ti; k++ {
		if c.toks[k].masked && c.stoneNameAt(k) {
			return noVerb(k + 1)
		}
	}
	return false
}

// inclusionsInside reports whether the crystal word m is the place
// inside one crystal where the inclusions its clause names before it lie:
// an inclusion word (inclusion_nouns, crystal_silk_words) between the
// clause's start cs and m, and m right after a word of position inside
// (crystal_inside_before, a definite determiner between) or right before
// one (crystal_inside_after, on its singular form): "finísimas agujas de
// rutilo dentro del cristal", "minúsculas agulhas de rutilo no interior do
// cristal", "fines aiguilles de rutile à l'intérieur du cristal", "feine
// Rutilnadeln im Inneren des Kristalls". The star of a star sapphire is
// light on needles of rutile inside its one crystal of corundum (GIA Gem
// Encyclopedia, "Sapphire": silk, asterism), so inclusionCrystal then
// takes the product's own stone from anywhere earlier in the copy, not
// only from the crystal's sentence: the copy that explains the star names
// the sapphire first and its crystal in the next sentence (#13, read58:
// held-out 58A es-MX and pt-PT 58A03). "Inside a crystal dome", crystals
// with inclusions around the stone and a crystal before its inclusions
// still read only the crystal's sentence.
func (c *checker) inclusionsInside(m match, cs int) bool {
	if !c.insideBeforeCrystal(m) && !c.insideAfterCrystal(m) {
		return false
	}
	for k := cs; k < m.ti; k++ {
		if c.phraseEndsAt(c.lx.inclusion, c.lx.inclusionTails, k) > 0 || c.lx.silkWords.at(c.toks, k) {
			return true
		}
	}
	return false
}

// crystalBesideOwn reports whether, earlier in the crystal match m's
// sentence, a word that sets one thing beside another (cross_sell:
// "beside", "alongside", "à côté de", "neben") stands right before one of
// the product's own stones (an article between), and the crystal word
// does not follow that stone at once: "Beside the sapphires, crystals with
// a lattice of their own sparkle" sets the crystals beside the stone, so
// they are not its crystals, whatever growth word their phrase holds
// (#13, open44b; cut43's crystal_growth_words read "lattice" as the
// stone's own). "The sapphire crystal" is the stone's.
func (c *checker) crystalBesideOwn(m match) bool {
	if c.lx.cross.size() == 0 {
		return false
	}
	s, _ := c.sentenceOf(m.ti)
	for _, n := range c.ms {
		if n.ti >= m.ti {
			break
		}
		if n.ti < s || n.negated || n.f.kind != kindStone || n.f.value == "crystal" || !contains(c.facts.stones, n.f.value) || n.tj+1 >= m.ti && !c.toks[m.ti].brk {
			continue
		}
		for k := n.ti - 1; k >= s && !c.toks[k+1].brk; k-- {
			if c.lx.cross.endsAt(c.toks, k) {
				return true
			}
			if !c.lx.determiners[c.toks[k].s] && !c.lx.definites.endsAt(c.toks, k) {
				break
			}
		}
	}
	return false
}

// quantifiedFrom reports whether a part of the kind (generic_quantifiers:
// "presque tous les", "almost all the", "la maggior parte dei") ends right
// before token k and starts within two tokens after the clause break cs:
// it opens the subject with the word at k ("Aujourd'hui, presque tous les
// cristaux … proviennent de Namibie" on a jeremejevite; #13, crystal60:
// released 60A fr-CA and it-IT 60A04).
func (c *checker) quantifiedFrom(cs, k int) bool {
	if k == 0 {
		return false
	}
	q := c.lx.genericQ.startOf(c.toks, k-1)
	return q >= 0 && q-cs <= 2
}
