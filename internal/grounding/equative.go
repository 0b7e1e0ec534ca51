package grounding

import (
	"strings"
	"unicode/utf8"
)

// equativeFile holds the words of an equative comparison of the piece's
// metal with another (#13, the thirty-first session's equative37; probe
// 37's titanium earrings: "Titanium is as strong as steel", "zo sterk als
// staal", "lige så stærkt som stål", "yhtä lujaa kuin teräs", "forte como o
// aço", "wytrzymały jak stal", "çelik kadar sağlam", "متين كالفولاذ",
// "鋼と同じほど丈夫", "和钢一样坚固" blocked steel). An equative compares a
// property of one thing with another's to the same degree (Huddleston and
// Pullum, The Cambridge Grammar of the English Language, 2002, ch. 13 §4.2,
// "as ... as"); the standard compared with is no material of the piece.
//
//   - EquativeBefore are the words that open the standard after the
//     adjective where they are also other words (en "as": "sold as 18k
//     gold" names the piece's metal): read only with a word of
//     EquativeDegree one to three words before them ("as strong as", "just
//     as light as"). The bare words of likeness (like_before: als, som,
//     kuin, jak, como, wie) need no degree word.
//   - EquativeAfter are the words said after the standard (tr "kadar", ja
//     と同じほど, ほど, 並み, zh 一样), EquativeSuffixes the same glued to
//     it (ko 만큼).
//
// Either reads only where the thing compared, the nearest metal before in
// the sentence, is one of the product's materials: "Titanium is as strong
// as steel" on steel earrings is the titanium's claim, and on silver
// earrings titanium still blocks.
type equativeFile struct {
	EquativeBefore   []string `yaml:"equative_before"`
	EquativeDegree   []string `yaml:"equative_degree"`
	EquativeAfter    []string `yaml:"equative_after"`
	EquativeSuffixes []string `yaml:"equative_suffixes"`
	// QualityNouns are the nouns of a material's quality (softness,
	// hardness, toughness, lustre): a stone in general after one and a
	// genitive link ("between the softness of pearls and the toughness
	// of sapphire", "tussen de zachtheid van parels") is the kind whose
	// quality is set beside the piece's, not a stone of the piece
	// (likeness.go qualityOf; #13, explain49).
	QualityNouns []string `yaml:"quality_nouns"`
}

type equativeData struct {
	equativeBefore   phrases
	equativeDegree   phrases
	equativeAfter    startPhrases
	equativeSuffixes []string
	qualityNouns     phrases
}

func compileEquative(f equativeFile) equativeData {
	return equativeData{
		equativeBefore:   phraseSet(f.EquativeBefore),
		equativeDegree:   phraseSet(f.EquativeDegree),
		equativeAfter:    startPhraseSet(f.EquativeAfter),
		equativeSuffixes: foldedForms(f.EquativeSuffixes),
		qualityNouns:     phraseSet(f.QualityNouns),
	}
}

// metalEquated reports whether the metal m is the standard of an equative
// comparison whose other term is the product's own metal (see
// equativeFile).
func (c *checker) metalEquated(m match) bool {
	if m.negated || m.f.kind != kindMaterial || contains(c.facts.materials, m.f.value) || !c.ownMetalBefore(m) {
		return false
	}
	return c.equativeStandard(m)
}

// stoneEquated reports whether the stone m is the standard of an equative
// comparison whose other term is the product's own stone, named before it
// in its sentence or the one before ("Danburite … It is as clear as topaz,
// and the pendant's silver is plated with palladium", "Jest przejrzysty jak
// topaz, a srebro pokryto palladem"; #13, lead57: probing blind set 57's
// danburite, a simile of clarity blocked topaz where the clause also named
// the piece's metal). "The pendant is set with topaz" and a topaz named
// after another stone still block.
func (c *checker) stoneEquated(m match) bool {
	if m.negated || m.f.kind != kindStone || contains(c.facts.stones, m.f.value) || !c.ownStoneBefore(m) {
		return false
	}
	return c.equativeStandard(m)
}

// ownStoneBefore reports whether the nearest stone named before m in its
// sentence or the sentence before is one of the product's stones.
//
// A stone the copy likens or compares the piece's with is passed over
// (stoneStandard), and where only such stones stand in the two
// sentences, the nearest stone earlier in the text that is none decides
// (ownStoneEarlier): "Axinit … Stenen påminner om rökkvarts … Med en
// hårdhet på 7 är den nästan lika hård som kvarts" (#13, cmp63).
// A crystal word that defines the product's own stone (structureCrystal)
// is that stone.
func (c *checker) ownStoneBefore(m match) bool {
	passed, decided := false, false
	ok := c.nearestFactBefore(m, func(o match) (bool, bool) {
		if o.f.kind != kindStone || o.negated {
			return false, false
		}
		if c.stoneStandard(o) {
			passed = true
			return false, false
		}
		decided = true
		// the crystal that defines the product's own stone ("Cubic
		// zirconia er en krystal af zirkoniumdioxid, …, som bryder lyset
		// næsten lige så livligt som en diamant") is that stone
		// (structure_crystal68.go; #13, explain68)
		return true, contains(c.facts.stones, o.f.value) || strings.Contains(o.f.value, "crystal") && c.structureCrystal(o)
	})
	if decided || !passed {
		return ok
	}
	return c.ownStoneEarlier(m)
}

// nearestFactBefore calls fn with each fact named before m in its
// sentence and the sentence before, nearest first, until fn reports that
// it decided (done), and returns its answer then, or false where none
// decided: the walk ownMetalBefore and ownStoneBefore share.
func (c *checker) nearestFactBefore(m match, fn func(o match) (done, ok bool)) bool {
	s, _ := c.sentenceOf(m.ti)
	lo := s
	if s > 0 {
		lo, _ = c.sentenceOf(s - 1)
	}
	for j := m.ti - 1; j >= lo; j-- {
		i := c.factAt(j)
		if i < 0 || c.ms[i].ti == m.ti {
			continue
		}
		if done, ok := fn(c.ms[i]); done {
			return ok
		}
	}
	return false
}

// equativeStandard reports whether m follows a word of likeness or an
// equative's second word, or precedes an equative's word after the
// standard (see equativeFile).
func (c *checker) equativeStandard(m match) bool {
	// right before: a word of likeness or an equative's second word, a
	// determiner or a filler between ("forte como o aço", "as strong as
	// steel")
	k := m.ti - 1
	for n := 0; n < 2 && k >= 0 && !c.toks[k+1].brk && (c.lx.determiners[c.toks[k].s] || c.lx.thanFillers[c.toks[k].s]); n++ {
		k--
	}
	if k >= 0 && !c.toks[k+1].brk {
		if c.phraseEndsAt(c.lx.likeBefore, nil, k) > 0 {
			return true
		}
		if n := c.phraseEndsAt(c.lx.equativeBefore, nil, k); n > 0 {
			s := k - n + 1
			for j := s - 2; j >= 0 && j >= s-4 && !c.toks[j+1].brk; j-- {
				if c.phraseEndsAt(c.lx.equativeDegree, nil, j) > 0 {
					return true
				}
			}
		}
	}
	// Arabic كالـ glued to the standard ("متين كالفولاذ"): the prefixes of
	// two letters or more only, since a metal's own name may begin with ك
	if w := c.toks[m.ti].s; m.ti == m.tj {
		for _, p := range c.lx.likePrefixes {
			if utf8.RuneCountInString(p) > 1 && strings.HasPrefix(w, p) && utf8.RuneCountInString(w)-utf8.RuneCountInString(p) >= 3 {
				return true
			}
		}
	}
	// after: "çelik kadar", 鋼と同じほど, 钢一样, 강철만큼
	e := m.tj
	if e+1 < len(c.toks) && !c.toks[e+1].brk {
		for range c.lx.equativeAfter.at(c.toks, e+1) {
			return true
		}
	}
	w := c.toks[e].s
	for _, sfx := range c.lx.equativeSuffixes {
		if len(w) > len(sfx) && strings.HasSuffix(w, sfx) {
			return true
		}
		if e+1 < len(c.toks) && !c.toks[e+1].brk && c.toks[e+1].s == sfx {
			return true
		}
	}
	return false
}

// metalSameAs reports whether the metal m is the thing a word of
// sameness compares the product's own metal with ("Palladium has the same
// white colour as platinum", "lo stesso colore bianco del platino", "ten
// sam biały kolor co platyna"; sameAsCompared): the nearest material
// before it in its sentence is the product's (ownMetalBefore). "The band
// is platinum, the same white as our other rings" and the same words on a
// band of another metal still block (#13, explain49).
func (c *checker) metalSameAs(m match) bool {
	return !m.negated && m.f.kind == kindMaterial && !contains(c.facts.materials, m.f.value) && c.sameAsCompared(m) && c.ownMetalBefore(m)
}

// ownMetalBefore reports whether the nearest material named before m in
// its sentence is one of the product's: the other term of a comparison
// whose standard m is ("Titanium is as strong as steel" on titanium). A
// material denied on the way is passed over (it says what the piece does
// not need: "η βέρα δεν χρειάζεται επιμετάλλωση ροδίου όπως ο λευκός
// χρυσός"), and a sentence that names no material before m continues the
// one before it, whose subject it leaves out ("Es un metal blanco por
// naturaleza …", 金属そのものが白いため、ホワイトゴールドのような…; #13,
// contrast46: probe 46D el-GR 46D101, ja-JP 46D103). "The ring is steel,
// as light as titanium" on titanium still blocks: steel is nearest. A
// standard of a than-comparison is passed over as a denied one is
// ("Tantalum is heavier than titanium, almost as heavy as gold"; #13,
// fineness48).
func (c *checker) ownMetalBefore(m match) bool {
	return c.nearestFactBefore(m, func(o match) (bool, bool) {
		if o.f.kind != kindMaterial || o.negated {
			return false, false
		}
		// a standard of a comparison on the way is passed over too: "heavier
		// than titanium and almost as heavy as gold" compares the piece's
		// metal with both (#13, fineness48)
		if !contains(c.facts.materials, o.f.value) && c.metalCompared(o) {
			return false, false
		}
		return true, contains(c.facts.materials, o.f.value)
	})
}
