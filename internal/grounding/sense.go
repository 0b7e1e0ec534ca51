package grounding

// senseFile holds words read as a fact about the product that carry
// another sense (#13, sense28):
//
// one_of_a_kind are the words of the number one that also mean "one of a
// kind" (es "único", fr "unique", de "einzig", tr "tek"): such a word is a
// count only before the noun it counts ("un único diamante", "l'unique
// diamant"); after its noun or as a complement ("hacen que cada colgante
// sea único", "chaque pièce est unique") it says the piece is one of a
// kind (RAE, DLE "único": placed before the noun it means "solo", after
// it "singular, extraordinario"; Larousse "unique").
//
// brilliant_cut is the market's word for a brilliant that, right after the
// product's own stone noun in its noun phrase ("21 ζαφείρια μπριγιάν",
// "ζαφείρια εργαστηρίου, στρογγυλά μπριγιάν 2 mm"), names that stone's
// cut, listed only where no rule of the market reserves the word alone for
// a diamond: German "Brillant" (RAL-RG 560 A5; CIBJO Diamond Book, "the
// term brilliant without addition refers only to a round brilliant-cut
// diamond") and the brilliant words of the other markets stay a diamond on
// any piece. Apart are the words that, between the stone noun and the
// brilliant word, part them ("και", and): then the brilliant is another
// stone.
type senseFile struct {
	OneOfAKind []string `yaml:"one_of_a_kind"`
	// OneOfAKindAfter are the phrases after the number one that make it
	// "one of a kind" ("one of a kind", "one of its kind").
	OneOfAKindAfter []string `yaml:"one_of_a_kind_after"`
	// PronounOneAfter are the phrases after the word one that make it a
	// partitive pronoun ("of the", "des"), no count (pronoun_one58.go).
	PronounOneAfter []string `yaml:"pronoun_one_after"`
	BrilliantCut    struct {
		Words []string `yaml:"words"`
		Apart []string `yaml:"apart"`
	} `yaml:"brilliant_cut"`
}

type senseData struct {
	oneOfAKind      wordList
	oneOfAKindAfter []string
	pronounOneAfter []string
	brilliantCut    wordList
	brilliantApart  wordList
}

func compileSense(f senseFile) senseData {
	return senseData{
		oneOfAKind:      compileWordList(f.OneOfAKind),
		oneOfAKindAfter: foldedList(f.OneOfAKindAfter),
		pronounOneAfter: foldedList(f.PronounOneAfter),
		brilliantCut:    compileWordList(f.BrilliantCut.Words),
		brilliantApart:  compileWordList(f.BrilliantCut.Apart),
	}
}

// brilliantCutLookback is how many tokens may stand from the product's
// stone noun to the brilliant word: "ζαφείρια εργαστηρίου, στρογγυλά
// μπριγιάν" (a genitive, the apposition's comma, a shape);
// brilliantAppositionLookback is how many when the brilliant opens an
// apposition (the comma right before it or before its one adjective)
// after a relative clause on the stone: "ζαφείρια που δημιουργήθηκαν σε
// εργαστήριο, στρογγυλά μπριγιάν".
const (
	brilliantCutLookback        = 3
	brilliantAppositionLookback = 8
)

// oneOfAKind reports whether the number match m, whose value is n, is a
// lone word of one_of_a_kind, or one before a phrase of
// one_of_a_kind_after ("each pendant one of a kind"): called once it counts no stone after it, it is then "one
// of a kind", no count (#13, sense28: "La piedra procede de Argentina, y
// sus bandas hacen que cada colgante sea único" read as one stone per
// part).
func (c *checker) oneOfAKind(m match, n int) bool {
	if n == 1 && m.f != digitForm && len(c.lx.oneOfAKindAfter) > 0 && c.phraseAfter(m.tj, c.lx.oneOfAKindAfter) {
		return true
	}
	return m.f != digitForm && m.ti == m.tj && !c.lx.oneOfAKind.empty() && c.lx.oneOfAKind.at(c.toks, m.ti) && c.lx.oneOfAKind.span(c.toks, m.ti) == m.ti
}

// brilliantCutOfOwn reports whether the stone match m is a brilliant_cut
// word that follows one of the product's own stone nouns (not a diamond's)
// in its sentence, at most brilliantCutLookback tokens before it, across
// at most one clause break (an apposition's comma) and no word of apart:
// the brilliant names that stone's cut (#13, sense28; el-GR P17d04: "21
// ροζ συνθετικά ζαφείρια εργαστηρίου, στρογγυλά μπριγιάν 2 mm" on lab-grown
// sapphires). "ζαφείρια και μπριγιάν", and a brilliant alone, still block.
func (c *checker) brilliantCutOfOwn(m match) bool {
	if c.lx.brilliantCut.empty() || m.ti != m.tj || !c.lx.brilliantCut.at(c.toks, m.ti) || c.lx.brilliantCut.span(c.toks, m.ti) != m.ti {
		return false
	}
	apposition := c.toks[m.ti].brk || m.ti > 0 && c.toks[m.ti-1].brk && !c.stoneAt(m.ti-1)
	for _, n := range c.ms {
		if n.tj >= m.ti {
			break
		}
		if n.f.kind != kindStone || n.negated || n.f.value == "diamond" || !contains(c.facts.stones, n.f.value) {
			continue
		}
		if d := m.ti - n.tj; d > brilliantAppositionLookback || d > brilliantCutLookback && !apposition {
			continue
		}
		breaks, ok := 0, true
		for k := n.tj + 1; k <= m.ti; k++ {
			if c.toks[k].sbrk {
				ok = false
				break
			}
			if c.toks[k].brk {
				breaks++
			}
			if k < m.ti && (c.lx.brilliantApart.at(c.toks, k) || c.stoneAt(k)) {
				ok = false
				break
			}
		}
		if ok && breaks <= 1 {
			return true
		}
	}
	return false
}

// stoneAt reports whether a stone word covers token k.
func (c *checker) stoneAt(k int) bool {
	i := c.factAt(k)
	return i >= 0 && c.ms[i].f.kind == kindStone
}
