package grounding

import (
	"strings"
	"unicode"
)

// fillingMaterial reports whether the material m is the filler the
// product's stone treatment puts into it (canon treatment_fillings: a
// fracture-filled diamond's glass; GIA, "Fracture filling"), named in a
// sentence, joined over semicolons, that holds a word of filling
// (filling_words: "filled", 充填, 填充, "doldurul*"): "fine cracks … have
// been filled with a glass-like material", 以类玻璃材料填充, "cam benzeri
// bir malzemeyle doldurulmuştur" (#13, explain45: probe 45D en-AU, ja-JP,
// zh-CN, tr-TR). The product does not have the glass (its data list it
// nowhere), so the filler stays unlicensed everywhere else, and a sentence
// that says it of the piece still blocks, as glass presented as a gem must
// (FTC Jewelry Guides, 16 CFR 23.25): a category word, a noun of the
// piece, a part of it or a setting word in the sentence ("The ring is set
// with glass", "a glass ring"), or a stone noun or category word right
// after the material ("glass stones").
//
// The agent a diffusion treatment heats into the stone's surface (canon
// treatment_agents: a diffused blue sapphire's titanium; GIA, "Lattice
// diffusion") is read the same way beside a word of heating or diffusion
// (diffusion_words: "heated with titanium", "opvarmes med titanium", "se
// calienta junto con titanio", チタンとともに加熱; #13, contrast46: probe
// 46D da-DK 46D104, es-ES 46D101, ja-JP 46D102), with a stone noun allowed
// in its sentence (the stone heated: "stenen opvarmes med titanium"), since
// a metal is no imitation of a gem. "The ring is titanium", "heated and set
// in titanium" and the agent on an untreated stone still block.
//
// So is the material a stone's treatment names itself (facts.coatings:
// the titanium of a "titanium-coated" drusy quartz, vapour-deposited on
// its crystals to give "aura" quartz its iridescence; GIA Gem
// Encyclopedia, "Quartz": coated quartz; FTC 16 CFR 23.22 asks the
// coating disclosed), beside a word of coating (coating_words: "coated
// with a fine layer of titanium", "mit Titan bedampft", "rivestimento di
// titanio", "laagje titanium", "vrstvou titanu", 鍍上一層極薄的鈦金屬膜; #13,
// treat54: probe 54C en-US, de-DE, it-IT, nl-NL, cs-CZ, zh-TW). "A
// titanium pendant", "set in titanium" and titanium on a stone whose
// treatment does not name it still block.
func (c *checker) fillingMaterial(i int, m match) bool {
	if m.negated || m.f.kind != kindMaterial {
		return false
	}
	words := c.lx.filling
	agent, coat := false, false
	switch {
	case !words.empty() && c.cn.SolidMetals[m.f.value] == "" && c.treatmentFiller(c.cn.TreatmentFillings, m.f.value):
	case !c.lx.diffusion.empty() && c.treatmentFiller(c.cn.TreatmentAgents, m.f.value):
		words, agent = c.lx.diffusion, true
	case !c.lx.coating.empty() && contains(c.facts.coatings, m.f.value):
		words, agent, coat = c.lx.coating, true, true
	default:
		return false
	}
	if i+1 < len(c.ms) {
		if n := c.ms[i+1]; (n.f.kind == kindStoneNoun || n.f.kind == kindCategory) && n.ti <= m.tj+2 && !c.brkBetween(m.tj, n.ti) {
			return false
		}
	}
	s, e := c.joinedSentenceOf(m.ti)
	lx := c.lx
	filled := false
	later := -1 // the first token of a clause after m's that says nothing of the filler
	for k := s; k <= e; k++ {
		if k >= m.ti && k <= m.tj {
			continue
		}
		if later < 0 && !agent && k > m.tj && c.laterFillerClause(m, k) {
			later = k
		}
		if later >= 0 {
			continue
		}
		if c.categoryAt(k) || c.piecePartAt(k) || lx.settingWords.at(c.toks, k) || lx.pieceNouns.at(c.toks, k) {
			return false
		}
		// An agent's sentence names the piece by no other word either: the
		// product's name, ours, a demonstrative of the piece, a piece verb
		// right before the agent ("set in titanium", "cast in titanium").
		if agent && (c.toks[k].masked && !c.stoneNameAt(k) || lx.ours.endsAt(c.toks, k) || lx.demonstr.endsAt(c.toks, k) && c.demonstrativeOfPiece(k) ||
			k < m.ti && k >= m.ti-3 && c.pieceVerbAt(k)) {
			return false
		}
		if words.at(c.toks, k) && c.fillerNear(m, k) && (!coat || k < m.ti || k-m.tj <= coatingAfter || c.charToken(m.ti)) {
			filled = true
		}
	}
	if !filled {
		return false
	}
	if agent {
		return true
	}
	for _, o := range c.ms {
		if o.f.kind == kindStoneNoun && o.ti >= s && o.ti <= e && (o.ti < m.ti || o.ti > m.tj) && !c.laterClauseNoun(m, o) && !c.treatedStoneClause(m, o) {
			return false
		}
	}
	return true
}

// laterFillerClause reports whether token k, after the filler m, opens a
// clause of its own past a clause break: the ring or the stone named there
// is what the treatment's care is about ("… are filled with lead glass to
// improve its clarity, so keep the ring away from ultrasonic cleaners"),
// not a thing said to be the filler (#13, rel64a: probe 64C en-GB 64C03-2).
// A filler said of the piece ("The ring is glass, …", "a glass ring")
// keeps its clause and still blocks.
func (c *checker) laterFillerClause(m match, k int) bool {
	return c.toks[k].brk && !c.componentPredicated(m) && !c.predicatedOfPiece(m)
}

// treatedStoneClause reports whether the stone noun o stands before the
// filler m in an earlier clause, the stone the treatment is told of: "This
// stone is fracture-filled: fine fissures … have been filled with lead
// glass", "Esta pedra foi tratada por preenchimento de fissuras: … foram
// preenchidas com vidro de chumbo", "Tento kámen byl upraven vyplněním
// trhlin: … byly vyplněny olovnatým sklem" (#13, rel64a: probe 64C en-GB,
// pt-PT, cs-CZ 64C03; FTC 16 CFR 23.22 asks the treatment disclosed, and
// the filler named is that disclosure). "The stone is glass, filled with
// sparkle" says the stone is the material in m's own clause and still
// blocks.
func (c *checker) treatedStoneClause(m, o match) bool {
	return o.tj < m.ti && c.brkBetween(o.tj, m.ti) && !c.componentPredicated(m) && !c.predicatedOfPiece(m)
}

// laterClauseNoun reports whether the stone noun o stands after the
// filler m past a clause break, in a clause of its own that says no
// material: "les fissures ont été remplies d'une matière semblable au
// verre, un traitement qui … donne plus d'éclat aux pierres", "… simile
// al vetro, un trattamento che … dona alla pietra più luminosità" (the
// stones the treatment brightens, not the stones said to be glass; #13,
// material48: probe 48C fr-CA 48C102, it-IT 48C101). A stone noun before
// the filler or in its clause ("Der Stein ist aus Glas und mit Glanz
// gefüllt", "The stone is glass, filled with sparkle") still blocks.
func (c *checker) laterClauseNoun(m, o match) bool {
	return o.ti > m.tj && c.brkBetween(m.tj, o.ti) && !c.componentPredicated(m) && !c.predicatedOfPiece(m)
}

// fillerWindow is how many tokens may stand between the material and the
// word of filling that governs it ("filled with a glass-like material",
// "cam benzeri bir malzemeyle doldurulmuştur", "filled with a clear
// material similar to glass", "remplies d'une matière claire semblable au
// verre": eight, #13, material48); fillerWindowCJK where the text is cut
// into single characters (ガラス質の物質で埋めて).
const (
	fillerWindow    = 8
	fillerWindowCJK = 10
)

// coatingAfter is how many tokens a word of coating may stand after the
// coating's material it governs ("mit Titan bedampft", "titanium
// coating", "mit Titan im Vakuum bedampft"); before it the filler's window
// holds ("coated with a fine layer of titanium"). Further off it is
// another predicate's: "I gemelli in titanio hanno una drusa con
// rivestimento" still blocks (#13, treat54).
const coatingAfter = 3

// charToken reports whether token k is one character of a script cut
// into single characters (CJK).
func (c *checker) charToken(k int) bool {
	r := []rune(c.toks[k].s)
	return len(r) == 1 && r[0] > 0x2E80
}

// fillerNear reports whether the word of filling at k governs the
// material m: within fillerWindow tokens of it, with no break between.
// A filling word past a comma or far off is another clause's ("The centre
// stone is glass, filled with sparkle", "Filled with light, it is pure
// glass"), and a stone noun in the sentence is the stone said to be the
// material ("Der Stein ist aus Glas und mit Glanz gefüllt"): both still
// block as glass presented as a gem (16 CFR 23.25; #13, adv45).
func (c *checker) fillerNear(m match, k int) bool {
	w := fillerWindow
	if c.charToken(m.ti) {
		w = fillerWindowCJK
	}
	if k > m.tj {
		return k-m.tj <= w && !c.brkBetween(m.tj, k)
	}
	return m.ti-k <= w && (!c.brkBetween(k, m.ti) || c.likenedAfterBreak(k, m) || c.fillerAfterComma(k, m))
}

// fillerAfterComma reports whether the material m opens, after one
// preposition at most, the clause that follows the one clause break
// between the filling word at k and m: "foi tratado por preenchimento de
// fissuras, com vidro de chumbo nas pequenas fraturas", "treated by
// fracture filling, with lead glass in its fissures" name the filler the
// filling word governs (#13, rel64a: probe 64C pt-PT 64C03-3). "Filled
// with light, it is pure glass" has more than a preposition before the
// material and still blocks.
func (c *checker) fillerAfterComma(k int, m match) bool {
	j := -1
	for x := k + 1; x <= m.ti; x++ {
		if c.toks[x].sbrk {
			return false
		}
		if c.toks[x].brk {
			if j >= 0 {
				return false
			}
			j = x
		}
	}
	if j < 0 {
		return false
	}
	// a preposition, then at most the filler's other material and a link
	// ("com vidro de chumbo": the lead of the lead glass)
	words, mat := 0, false
	for x := j; x < m.ti; x++ {
		switch {
		case c.materialTokenAt(x):
			mat = true
		case len([]rune(c.toks[x].s)) > 4 || c.isFactToken(x):
			return false
		default:
			words++
		}
	}
	return words <= 1 || words == 2 && mat
}

// materialTokenAt reports whether token k is in a material match.
func (c *checker) materialTokenAt(k int) bool {
	for _, o := range c.ms {
		if o.ti <= k && k <= o.tj && o.f.kind == kindMaterial {
			return true
		}
	}
	return false
}

// likenedAfterBreak reports whether the material m is likened (resembled:
// looks_like, looks_like_after) in an appositive set off by the one
// comma between the filling word at k and m: "remplies d'une matière
// limpide, proche du verre", "preenchidas com um material transparente,
// semelhante ao vidro" name the filler by its likeness (#13, mat52:
// probe 52C fr-CA 52C104, pt-PT 52C102).
func (c *checker) likenedAfterBreak(k int, m match) bool {
	n := 0
	for j := k + 1; j <= m.ti; j++ {
		if c.toks[j].brk {
			n++
		}
	}
	return n == 1 && c.resembled(m)
}

// treatmentFiller reports whether a treatment of one of the product's
// stones may put the material v into it by table (canon
// treatment_fillings or treatment_agents).
func (c *checker) treatmentFiller(table map[string][]string, v string) bool {
	for _, st := range c.p.Stones {
		for _, w := range strings.FieldsFunc(strings.ToLower(st.Treatment), func(r rune) bool { return !unicode.IsLetter(r) }) {
			if contains(table[w], v) {
				return true
			}
		}
	}
	return false
}

// linkedOwnStoneColour reports whether the colour m stands before a stone
// of the product with one head link between (head_links: Turkish "bir",
// "renksiz bir topaz", a colourless topaz; ja の, zh 的, ko 의) and is a
// colour the product gives that stone, its treatment's body colour
// included (canon treatment_colours: the colourless topaz under a mystic
// coating; GIA Gem Encyclopedia, "Topaz"). Right beside the stone such a
// colour is compared with the stone's colours (colour); with the link
// between it was compared with the piece's and blocked (#13, explain45:
// probe 45D tr-TR 45D103, "kaplanmış renksiz bir topazdır"). Only true
// colours pass here: "renksiz bir yakut", "pembe bir topaz" on a blue
// topaz and "renksiz bir kolye" still go on to the piece's colours.
func (c *checker) linkedOwnStoneColour(i int, m match) bool {
	if m.negated || i+1 >= len(c.ms) || c.scopes[i] != scopeProduct {
		return false
	}
	j := i + 1
	// The link read as a match of its own (an ignore form of の: #13,
	// colour62, 無色のトパーズ) is no other fact between.
	if n := c.ms[j]; n.f.kind == kindIgnore && n.ti == m.tj+1 && n.tj == n.ti && j+1 < len(c.ms) {
		j++
	}
	n := c.ms[j]
	if n.f.kind != kindStone || n.negated && !c.negatedByColour(m, n) || c.scopes[j] != scopeProduct || n.ti != m.tj+2 || !c.besideTokens(m, n) {
		return false
	}
	for _, st := range c.facts.stoneInfo {
		if contains(st.types, n.f.value) && contains(st.colours, m.f.value) && !c.cn.componentOf(st.types, n.f.value) {
			return true
		}
	}
	return false
}
