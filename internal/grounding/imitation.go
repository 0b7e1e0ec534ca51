package grounding

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The things an imitation relation names (#13, imitate24). Copy that
// explains a material says what imitates it and what its imitations are
// made of: "Moissanite and cubic zirconia only imitate that look",
// "Moissanit und Zirkonia ahmen ihn lediglich nach", "la moissanita, un
// carburo de silicio, y la circonita, en cambio, solo lo imitan" on a
// lab-grown diamond; "Le imitazioni in vetro o conchiglia hanno invece
// solo una vernice perlata", "Imitatieparels van glas of plastic",
// "Napodobeniny ze skla nebo plastu" on cultured pearls. The stones and
// materials in the arm of the relation are the imitations', not the
// piece's: the subject of a word of imitation (imitation_words: imitate,
// mimic, simulate, emulate, imitation, simulant, look-alike, fake;
// imitier*, Nachahmung; imit*; efterlign*; jäljit*; naślad*; napodob*;
// taklit; μιμ*, απομίμ*; يحاكي, تقليد; 模倣, 模造; 흉내, 모방; 模仿, 仿制),
// with the members of its list, its appositions and the adverbs before
// the verb, and the material an imitation is made of ("imitations in
// glass", "glass imitations", 유리로 만든 모조품), with the members of its
// list. The stone the imitation imitates is the object of the verb,
// read by light.go's imitated.
//
// The FTC Jewelry Guides' rules stay (16 CFR 23.12, 23.25: a simulant
// named as the piece's stone, a diamond named for a simulant): a sentence
// that names the piece (relationPiece: its category, a word that sets a
// stone, a noun or pronoun of the piece, "beside it", the product's name,
// a count of stones) keeps its stones the piece's ("The ring holds a
// cubic zirconia that imitates a diamond" on a diamond ring blocks), a
// diamond and a precious metal are checked wherever they stand (as
// materialSentence has it), and a product that is itself an imitation
// reads no material of an imitation as another thing's.

// imitatorGap is how many words may stand between a member of the
// imitating list and the word of imitation after it: adverbs ("only",
// "lediglich", "en cambio, solo"), an object pronoun ("lo", "ihn", "το"),
// the object before the verb where it comes first ("그 모습을 흉내 낼").
const imitatorGap = 6

// appositionWords is how long an apposition or adverb set off by commas
// between the members of the list and the verb may be.
const appositionWords = 5

// imitationArm reports whether the stone or material m (match i) is in
// the arm of a relation of imitation: what imitates the product's
// material, or what an imitation is made of.
func (c *checker) imitationArm(i int, m match) bool {
	if c.lx.imitation.empty() || m.negated || (m.f.kind != kindStone && m.f.kind != kindMaterial) {
		return false
	}
	if strings.Contains(m.f.value, "diamond") || m.f.kind == kindMaterial && c.cn.SolidMetals[m.f.value] != "" {
		return false
	}
	if m.f.kind == kindStone && contains(c.facts.stones, m.f.value) || m.f.kind == kindMaterial && contains(c.facts.materials, m.f.value) {
		return false
	}
	s, e := c.sentenceOf(m.ti)
	if c.relationPiece(s, e) {
		return false
	}
	if c.imitator(m, e) {
		return true
	}
	if hasSimulant(c.p) {
		return false
	}
	return c.imitationMaterial(m) || c.imitationListMember(i, m) || c.imitationListBefore(i, m)
}

// imitator reports whether the stone or material m stands before a word
// of imitation in its sentence (ending at token e), only members of its
// list (other stones and materials, not the product's), their colours,
// appositions and at most imitatorGap other words after the last member
// between: the subject of "imitate", or of "are imitations".
func (c *checker) imitator(m match, e int) bool {
	// gap and seg count in half words: a token of one Han or kana
	// character is half a word (その外観を, 只是).
	gap, seg := 0, -1 // seg: the words since a comma after the last member (-1: none)
	for k := m.tj + 1; k <= e; k++ {
		if c.toks[k].brk {
			if seg >= 0 && seg <= 2*appositionWords {
				// The words between two commas are an apposition or
				// an adverb set off ("la moissanita, un carburo de
				// silicio, y la circonita, en cambio, solo lo
				// imitan"): not counted.
				gap -= seg
			}
			seg = 0
		}
		if c.lx.imitation.at(c.toks, k) {
			return gap <= 2*imitatorGap
		}
		if j := c.factAt(k); j >= 0 {
			o := c.ms[j]
			switch o.f.kind {
			case kindStone, kindMaterial:
				if o.negated || o.f.kind == kindStone && contains(c.facts.stones, o.f.value) {
					return false
				}
				gap, seg = 0, -1
			case kindColour, kindIgnore:
			default:
				return false
			}
			k = o.tj
			continue
		}
		if c.lx.settingWords.at(c.toks, k) || c.pieceVerbAt(k) {
			return false
		}
		w := 2
		if r, n := utf8.DecodeRuneInString(c.toks[k].s); n == len(c.toks[k].s) && unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) {
			w = 1
		}
		if seg >= 0 {
			seg += w
		}
		if gap += w; gap > 2*(imitatorGap+appositionWords) {
			return false
		}
	}
	return false
}

// imitationMaterial reports whether the material or stone m is what an
// imitation is made of: after a word of imitation and at most two short
// link words in its clause ("imitations in glass", "Imitatieparels van
// glas", "napodobeniny ze skla", "imitaciones de vidrio"), or right
// before one, at most a link between, where the material comes first
// ("glass imitations", "camdan taklit", 玻璃仿制品, 유리 모조품).
func (c *checker) imitationMaterial(m match) bool {
	for e := m.ti - 1; e >= 0 && e >= m.ti-3; e-- {
		if c.toks[e+1].brk || c.toks[e+1].sbrk {
			return false
		}
		if c.lx.imitation.at(c.toks, e) {
			return true
		}
		if c.isFactToken(e) || utf8.RuneCountInString(c.toks[e].s) > 4 {
			return false
		}
	}
	for k := m.tj + 1; k < len(c.toks) && k <= m.tj+2; k++ {
		if c.toks[k].brk || c.toks[k].sbrk {
			return false
		}
		for end := k; end < len(c.toks) && end <= k+2; end++ {
			if end > k && c.toks[end].brk {
				break
			}
			if c.lx.imitation.span(c.toks, end) == k {
				return true
			}
		}
		if c.isFactToken(k) || utf8.RuneCountInString(c.toks[k].s) > 3 && !c.lx.headLinks.hasWordAt(&c.toks[k]) {
			return false
		}
	}
	return false
}

// imitationListMember reports whether the stone or material m (match i)
// is joined by a conjunction or a list's comma to one before it that an
// imitation is made of ("in vetro o conchiglia", "van glas of plastic",
// "ze skla nebo plastu"). Only articles, link words and colours stand
// between.
func (c *checker) imitationListMember(i int, m match) bool {
	for j := i - 1; j >= 0; j-- {
		p := c.ms[j]
		if p.f.kind == kindColour {
			continue
		}
		if p.f.kind != kindStone && p.f.kind != kindMaterial || m.ti-p.tj > 6 {
			return false
		}
		if !c.joinedBack(p.tj+1, m.ti, m, false) {
			return false
		}
		return c.imitationMaterial(p) || c.imitationListMember(j, p)
	}
	return false
}

// relationPiece reports whether the sentence s..e names the piece: a
// category or karat word, a count of stones, a word that sets a stone
// (setting_words), a noun of the piece (piece_nouns), a possessive or a
// demonstrative of the piece, a part of it, "beside it" (beside_piece),
// or the product's own name. A word of coating ("vernice", "laagje",
// "nátěr") is no word of the piece here: it tells what the imitation
// has.
func (c *checker) relationPiece(s, e int) bool {
	if c.pieceFactIn(s, e) {
		return true
	}
	lx := c.lx
	for k := s; k <= e; k++ {
		if c.toks[k].masked && !c.stoneNameAt(k) {
			return true
		}
		if lx.settingWords.at(c.toks, k) || lx.pieceNouns.at(c.toks, k) || lx.ours.endsAt(c.toks, k) ||
			lx.demonstr.endsAt(c.toks, k) && c.demonstrativeOfFact(k) || lx.besidePiece.endsAt(c.toks, k) ||
			c.piecePartAt(k) || lx.components.endsAt(c.toks, k) {
			return true
		}
	}
	return false
}

// imitationListBefore reports whether the stone or material m (match i)
// is the first of a list whose last member an imitation is made of, where
// the material comes before the noun ("camdan veya plastikten taklitler",
// 玻璃或塑料仿制品, "glass or plastic imitations").
func (c *checker) imitationListBefore(i int, m match) bool {
	j, q, ok := c.nextCoordinated(i, m, true)
	return ok && (c.imitationMaterial(q) || c.imitationListBefore(j, q))
}

// deniedImitationExample reports whether the stone m is one of the
// examples given of a word of imitation that a negator denies: "These are
// diamonds, not look-alikes such as moissanite or cubic zirconia", "To
// diamenty, nie imitacje takie jak moissanit czy cyrkonia", "nejde o
// napodobeniny jako moissanit nebo kubická zirkonie" on a lab-grown
// diamond (#13, stones39). The denial of the imitation denies the
// examples it names, as a negator before a list denies its members; the
// sentence's demonstrative ("These are diamonds") points at the piece's
// own stone, which is checked as before. Between the word of imitation
// and m stand only the other members of the list (stones, with their
// commas and conjunctions) and at most four other words ("such as",
// "takie jak", an article). A diamond is never read so (a diamond named
// for a simulant is the misuse 16 CFR 23.12 and 23.25 name), nor a stone
// of the piece's own.
func (c *checker) deniedImitationExample(m match) bool {
	if c.lx.imitation.empty() || m.negated || m.f.kind != kindStone || strings.Contains(m.f.value, "diamond") || contains(c.facts.stones, m.f.value) {
		return false
	}
	words := 0
	for k := m.ti - 1; k >= 0 && k >= m.ti-16; k-- {
		if c.toks[k+1].sbrk {
			return false
		}
		if st := c.lx.imitation.span(c.toks, k); st >= 0 {
			for n := st - 1; n >= 0 && n >= st-2; n-- {
				if c.toks[n+1].brk {
					return false
				}
				if c.lx.negators.endsAt(c.toks, n) {
					return true
				}
			}
			return false
		}
		fact := -1
		if i := c.factAt(k); i >= 0 && c.ms[i].f.kind == kindStone && !strings.Contains(c.ms[i].f.value, "diamond") {
			fact = i
		}
		// A comma between the members of the list, not another clause.
		if c.toks[k+1].brk && fact < 0 {
			return false
		}
		if fact < 0 {
			if words++; words > 4 {
				return false
			}
		}
	}
	return false
}
