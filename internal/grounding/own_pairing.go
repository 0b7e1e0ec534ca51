package grounding

import "strings"

// ownPairingData are the words that describe a part the piece comes with
// rather than suggest another item (locale pack vocab.yaml, issue #13,
// left13):
//
//   - own_pairing: a pairing said of the piece as it is sold, a participle
//     or a bare verb of description ("paired with", "teamed with", 搭配,
//     配), not the imperative of a styling suggestion ("pair it with",
//     which stays a cross_sell phrase of its own);
//   - pairing_suggest: words right before such a pairing that make it a
//     suggestion after all ("can be paired with", "best paired with", 可搭配,
//     建议搭配).
//
// The object of such a pairing that is one of the attribute_parts (a chain,
// a cord) on a piece that has its own (a necklace, or a chain length among
// its measurements) is that part of the piece: "nine shell pearls, paired
// with a sterling silver chain" on silver-plated brass calls the piece's
// own chain sterling silver (16 CFR 23.4 and 23.6: a plated metal must not
// be called solid), while "pair it with our sterling silver chain" and
// "可搭配纯银链条" still suggest another item.
type ownPairingData struct {
	own, suggest phrases
}

type ownPairingFile struct {
	OwnPairing     []string `yaml:"own_pairing"`
	PairingSuggest []string `yaml:"pairing_suggest"`
}

func compileOwnPairing(f ownPairingFile) ownPairingData {
	return ownPairingData{own: phraseSet(f.OwnPairing), suggest: phraseSet(f.PairingSuggest)}
}

// ownPartPaired reports whether the cross-selling phrase ending at token k
// is an own_pairing word (ending at k, or at k+1 with its preposition:
// "paired" + "with"), not after a pairing_suggest word, whose object, the
// fact m, describes one of the attribute_parts, on a piece that has its
// own such part (ownChain).
func (c *checker) ownPartPaired(k int, m match) bool {
	op := &c.lx.ownPair
	if op.own.size() == 0 || !c.ownChain() {
		return false
	}
	e := -1
	for _, j := range [...]int{k, k + 1} {
		if j < m.ti && c.phraseEndsAt(op.own, nil, j) > 0 {
			e = j
			break
		}
	}
	if e < 0 {
		return false
	}
	s := e - c.phraseEndsAt(op.own, nil, e) + 1
	if s > 0 && !c.toks[s].brk && op.suggest.size() > 0 && c.phraseEndsAt(op.suggest, nil, s-1) > 0 {
		return false
	}
	return c.describesNoun(m, c.lx.attrParts) || c.chainNounAfter(m)
}

// chainNounAfter reports whether the number m (a length) stands
// before a necklace or chain word in its clause, with at most a unit and a
// head link between (Chinese "搭配 60 cm 項鍊", "搭配60厘米的项链"): on a
// piece that comes with its own chain (ownChain) that is the chain it is
// sold on, whose length the product states (#13, twenty-fourth session,
// probe 30's zh-TW 30C103-2: a 45 cm chain paired as "60 cm 項鍊" passed as
// another item).
func (c *checker) chainNounAfter(m match) bool {
	if !isDigits(c.toks[m.ti].s) {
		return false // a length only: "paired with a gold necklace" stays a suggestion
	}
	window := 3
	if c.lx.countWindow > countLookahead {
		window = 6 // Chinese, Japanese: a character is a token, 厘米的 are three
	}
	for k := m.tj + 1; k < len(c.toks) && k <= m.tj+window; k++ {
		if c.toks[k].brk {
			return false
		}
		for _, o := range c.ms {
			if o.ti > k {
				break
			}
			if k > o.tj || o.f.kind == kindIgnore {
				continue // an ignored filler (的) is passed over
			}
			return o.f.kind == kindCategory && (o.f.value == "necklace" || o.f.value == "chain")
		}
	}
	return false
}

// ownChain reports whether the piece comes with a chain of its own: a
// necklace, or a piece with a chain length among its measurements.
func (c *checker) ownChain() bool {
	if strings.EqualFold(c.p.Category, "necklace") {
		return true
	}
	for _, ms := range c.p.Measurements {
		if strings.Contains(strings.ToLower(ms.Name), "chain") {
			return true
		}
	}
	return false
}

// ownPartsCombined reports whether the cross-selling word ending at token
// k joins the product's own stone to a part of the piece in a description
// of how it is made, not a styling suggestion: one of the product's own
// stones (ownStoneIn) stands before the fact m in its sentence, and m
// describes one of the components (posts, butterfly backs, a clasp, a
// bail; within three words, describesNoun) that is not itself a category
// word ("The studs combine two freshwater pearls with posts of solid
// gold", "Die Ohrstecker kombinieren zwei Perlen mit Steckern aus
// massivem Gold", "combineren twee zoetwaterparels met steekjes van
// massief goud", "Cada pendiente combina una perla con un poste de oro
// macizo", "Dwie perły razem z sztyftami z litego złota"). Then m is the
// piece's own part and its metal the piece's (16 CFR 23.4 and 23.6: a
// plated or silver piece may not be called solid gold). A word of ours
// ("with our") or a category word from the word to three words after m,
// in m's clause, names another item ("pair the pearl studs with our
// necklace, its clasp in solid gold"; "with hoops on solid gold hooks"),
// and the word stays a suggestion, as it does where it opens its clause,
// an imperative (issue #13, pairparts36).
func (c *checker) ownPartsCombined(k int, m match) bool {
	if k+1 >= m.ti {
		return false
	}
	// An imperative opens its clause ("Combina las perlas con una
	// argolla de oro macizo", es-MX argolla, a band; "Kombinieren Sie
	// …"): a suggestion, whatever its object.
	if c.opensClause(k - c.phraseEndsAt(c.lx.cross, nil, k) + 1) {
		return false
	}
	return c.ownPartObject(k, m.tj+3, m)
}

// ownPartsCombinedAfter is ownPartsCombined for a cross_sell_after word
// ending at token k after m, which closes its object (Turkish "iki tatlı
// su incisi, som altın çubuklarla birlikte"): the object runs from m to
// the word.
func (c *checker) ownPartsCombinedAfter(k int, m match) bool {
	return k > m.tj && c.ownPartObject(m.ti, k, m)
}

// ownPartObject reports whether m, in tokens lo..hi of its clause,
// describes a component of the piece (describesNoun) with no word of
// ours and no category word in lo..hi (a piece of the product's own kind
// there is another one: "with hoops on solid gold hooks"; a component
// that is also another category's word, es-MX "argolla", a band, too;
// one that is also the product's own, Polish "sztyft", a post or a stud
// earring, is the part), after one of the product's own stones in its
// sentence.
func (c *checker) ownPartObject(lo, hi int, m match) bool {
	if c.lx.components.size() == 0 || !c.describesNoun(m, c.lx.components) {
		return false
	}
	for j := lo; j < len(c.toks) && j <= hi; j++ {
		if j > lo && j > m.tj && c.toks[j].brk {
			break
		}
		if c.lx.ours.endsAt(c.toks, j) || j > lo && c.categoryToken(j) && !(c.ownCategoryToken(j) && c.lx.components.endsAt(c.toks, j)) {
			return false
		}
	}
	return c.ownStoneIn(c.sentenceStart(m.ti), m.ti-1)
}
