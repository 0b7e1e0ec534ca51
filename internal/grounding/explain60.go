package grounding

import "strings"

// Stones, metals and crystals named inside an explanation of the piece's
// material (#13, explain60: held-out 59A en-US 59A03, released 59A pt-PT
// 59A04, released 59B ja-JP 59B04, probe 58C/58D and 59C/59D): the quest
// of the material's history ("sent to North Carolina to look for
// platinum", "nach Platin suchen"), the gems that the element colouring
// the piece's stone colours too ("el mismo elemento que colorea la
// esmeralda y el rubí", "에메랄드와 루비를 물들이는"), the rough crystal a
// cutter orients ("the cutter orients each crystal"), the crystals of the
// mineral said to be small or old ("Os cristais límpidos são quase sempre
// pequenos"), and the verb of making said of a denied look-alike ("Zirkon
// må ikke forveksles med kubisk zirkonia, som er fremstillet
// zirkoniumoxid"). None is a stone or metal of the piece; each reading
// needs its construction and no word of the piece, so the same words
// claiming the stone or metal for the piece still block.

// explain60File is the vocabulary of explain60: quest_words stand right
// before what was sought ("look for", "in search of", "buscar", "szukać",
// 寻找), quest_words_after right after it where the verb follows its
// object ("zu suchen", "etsimään", "aramak", を探, 찾*); colouring_words
// are the verbs by which an element colours a gem ("colours", "färbt",
// "colorea", "barwi", 물들이*, 着色).
type explain60File struct {
	QuestWords      []string `yaml:"quest_words"`
	QuestWordsAfter []string `yaml:"quest_words_after"`
	ColouringWords  []string `yaml:"colouring_words"`
	// MetalCrystalAdjectives are the adjectives of a base metal that
	// grows crystals in a glass or a stone ("měděných krystalků",
	// "miedzianych kryształków", "χάλκινοι κρύσταλλοι", "بلورات نحاسية"),
	// read by metalLedCrystal beside a crystal word.
	MetalCrystalAdjectives []string `yaml:"metal_crystal_adjectives"`
}

type explain60Data struct {
	questBefore wordList // quest_words
	questAfter  wordList // quest_words_after
	colouring   wordList // colouring_words
	metalAdjs   wordList // metal_crystal_adjectives
}

func compileExplain60(f explain60File) explain60Data {
	return explain60Data{questBefore: compileWordList(f.QuestWords), questAfter: compileWordList(f.QuestWordsAfter), colouring: compileWordList(f.ColouringWords), metalAdjs: compileWordList(f.MetalCrystalAdjectives)}
}

// questLinkReach is how many articles, partitives or link words may stand
// between a quest word and what it seeks ("chercher du platine", "en
// busca de la plata").
const questLinkReach = 2

// questObject reports whether the metal or stone m is what someone in the
// material's history sought (quest_words right before it, at most
// questLinkReach determiners or link words between; quest_words_after
// right after it): "William Earl Hidden, who was sent to North Carolina
// to look for platinum and found these green crystals" on a 14k white
// gold hiddenite pendant names what the prospector looked for, not the
// piece's metal (GIA Gem Encyclopedia, "Hiddenite": found in 1879 by
// W. E. Hidden, sent to find platinum for Thomas Edison). It needs a
// sentence after the first, m no material or stone of the product, no
// category word, stone noun or piece part right after m ("looking for a
// platinum ring?") and no category or setting word in m's sentence: "The
// ring you were looking for is set in platinum" still blocks.
func (c *checker) questObject(m match) bool {
	if m.negated || m.f.kind != kindMaterial && m.f.kind != kindStone {
		return false
	}
	d := &c.lx.explain60Data
	if d.questBefore.empty() && d.questAfter.empty() {
		return false
	}
	if m.f.kind == kindMaterial && contains(c.facts.materials, m.f.value) || m.f.kind == kindStone && contains(c.facts.stones, m.f.value) {
		return false
	}
	s, e := c.sentenceOf(m.ti)
	if s == 0 {
		return false
	}
	found := false
	for back := 1; back <= questLinkReach+1 && m.ti-back >= s; back++ {
		k := m.ti - back
		if c.toks[k+1].brk {
			break
		}
		if d.questBefore.at(c.toks, k) {
			found = true
			break
		}
		w := c.toks[k].s
		if !c.lx.determiners[w] && !linkWords[w] && !linkArticles[w] && !c.lx.definites.endsAt(c.toks, k) && !c.lx.indefinites.endsAt(c.toks, k) {
			break
		}
	}
	if !found && !d.questAfter.empty() {
		reach := 3
		if c.charTokens() {
			reach = 6
		}
		for k := m.tj + 1; k <= e && k <= m.tj+reach; k++ {
			if c.toks[k].brk {
				break
			}
			if st := d.questAfter.span(c.toks, k); st >= 0 && st <= m.tj+2 && st > m.tj {
				found = true
				break
			}
		}
	}
	if !found {
		return false
	}
	for _, n := range c.ms {
		if n.ti <= m.tj {
			continue
		}
		if n.ti > m.tj+2 || c.brkBetween(m.tj, n.ti) {
			break
		}
		if n.f.kind == kindCategory || n.f.kind == kindStoneNoun {
			return false
		}
	}
	if m.tj+1 <= e && c.piecePartAt(m.tj+1) {
		return false
	}
	for k := s; k <= e; k++ {
		if k >= m.ti && k <= m.tj {
			continue
		}
		if c.categoryAt(k) || c.lx.settingWords.at(c.toks, k) {
			return false
		}
	}
	return true
}

// colouringReach is how many words may stand between a colouring word and
// the gem it colours ("colorea la esmeralda y el rubí").
const colouringReach = 6

// colouredSibling reports whether the stone m is a gem that the element
// colouring the product's stone colours too, named as what that element
// colours (colouring_words within colouringReach words of m in its
// clause): "El cromo, el mismo elemento que colorea la esmeralda y el
// rubí, explica su cambio de color" and "에메랄드와 루비를 물들이는 원소이기도
// 한 미량의 크롬 덕분에" on an alexandrite. Chromium colours alexandrite,
// emerald and ruby alike (canon chromophore_stones; GIA Gem
// Encyclopedia, "Alexandrite": chromium causes its colour change), so the
// sentence explains the piece's colour by the gems that share its cause.
// It needs a stone that shares a chromophore with one of the product's
// stones, no article or count right before m ("a ruby coloured by
// chromium"), a sentence after the first and no word of the piece in m's
// sentence (pieceWordInSentence): "The ring is set with a ruby that
// chromium colours" still blocks.
func (c *checker) colouredSibling(m match) bool {
	if m.negated || m.f.kind != kindStone || contains(c.facts.stones, m.f.value) || c.lx.explain60Data.colouring.empty() {
		return false
	}
	if !c.sharesChromophore(m.f.value) {
		return false
	}
	s, e := c.sentenceOf(m.ti)
	if s == 0 || m.ti > 0 && (c.lx.indefinites.endsAt(c.toks, m.ti-1) || c.numberToken(m.ti-1)) {
		return false
	}
	reach := colouringReach
	if c.charTokens() {
		reach *= 3
	}
	found := false
	for k := m.ti - 1; k >= s && k >= m.ti-reach && !c.toks[k+1].brk; k-- {
		if c.lx.explain60Data.colouring.at(c.toks, k) {
			found = true
			break
		}
	}
	for k := m.tj + 1; !found && k <= e && k <= m.tj+reach && !c.toks[k].brk; k++ {
		if c.lx.explain60Data.colouring.at(c.toks, k) {
			found = true
		}
	}
	return found && !c.pieceWordInSentence(m)
}

// sharesChromophore reports whether an element colours both the stone v
// and one of the product's stones (canon chromophore_stones).
func (c *checker) sharesChromophore(v string) bool {
	for _, stones := range c.cn.ChromophoreStones {
		if !contains(stones, v) {
			continue
		}
		for _, st := range c.facts.stoneInfo {
			for _, t := range st.types {
				if contains(stones, t) {
					return true
				}
			}
		}
	}
	return false
}

// eachOwnCrystal reports whether the each word ending at token k is said
// of a crystal word right after it (a determiner between at most) on a
// piece whose every stone is natural or lab-grown (allStonesMineral):
// "the cutter orients each crystal to show the deepest colour" names each
// rough crystal of the mineral as it is cut, not each stone of the piece,
// so the word makes no sentence the piece's (classifyTopic). "Each
// crystal is set by hand" holds a setting word and stays the piece's.
func (c *checker) eachOwnCrystal(k int) bool {
	if !c.allStonesMineral() {
		return false
	}
	for _, n := range c.ms {
		if n.ti <= k {
			continue
		}
		if n.ti > k+2 || c.brkBetween(k, n.ti) {
			return false
		}
		if n.f.kind != kindStone || n.negated || !strings.Contains(n.f.value, "crystal") || n.ti != k+1 && !c.lx.determiners[c.toks[k+1].s] {
			return false
		}
		// Crystals beside the product's own stone named after them in
		// the sentence ("Each crystal is set by hand around the
		// hiddenite") are crystals set in the piece.
		_, e := c.sentenceOf(k)
		for _, o := range c.ms {
			if o.ti > n.tj && o.ti <= e && o.f.kind == kindStone && contains(c.facts.stones, o.f.value) {
				return false
			}
		}
		return true
	}
	return false
}

// crystalPredicated reports whether the crystal word o, opening its
// sentence, is the subject of a copula within two words after it, on a
// piece whose every stone is natural or lab-grown: "Os cristais límpidos
// são quase sempre pequenos" (clear crystals are almost always small) says
// what the mineral's crystals are like and starts no subject of its own
// (startsOwnClaim), in a sentence that goes on about the product's stone.
// "Crystals line it" has no copula; a sentence with a word of the piece is
// the piece's before this is asked (classifyTopic).
func (c *checker) crystalPredicated(o match) bool {
	if o.negated || o.f.kind != kindStone || !strings.Contains(o.f.value, "crystal") || !c.allStonesMineral() {
		return false
	}
	for k := o.tj + 1; k < len(c.toks) && k <= o.tj+2; k++ {
		if c.toks[k].brk {
			return false
		}
		if c.isCopula(k) {
			return true
		}
	}
	return false
}

// lookalikeVerb reports whether the verb of the piece ending at token k
// stands in a relative clause of a look-alike the sentence denies or
// names as what the stone is confused with: the nearest fact before k in
// the sentence is a stone that is not the product's nor its group's,
// denied or after a word of relation (material_relation_words: "må ikke
// forveksles med"), and a relative opener stands between it and k: "Zirkon
// må ikke forveksles med kubisk zirkonia, som er fremstillet
// zirkoniumoxid" says that cubic zirconia is made, not the piece (#13,
// explain60; probe 58D da-DK 58D04-3).
func (c *checker) lookalikeVerb(s, k int) bool {
	var last *match
	for i := range c.ms {
		n := &c.ms[i]
		if n.ti < s {
			continue
		}
		if n.tj >= k {
			break
		}
		last = n
	}
	if last == nil || last.f.kind != kindStone || contains(c.facts.stones, last.f.value) || c.genusOfOwn(last.f.value) {
		return false
	}
	if !last.negated {
		rel := false
		for j := s; j < last.ti; j++ {
			if c.lx.relation.at(c.toks, j) {
				rel = true
				break
			}
		}
		if !rel {
			return false
		}
	}
	if k-last.tj > 4 {
		return false
	}
	for j := last.tj + 1; j < k; j++ {
		if c.lx.relOpeners.endsAt(c.toks, j) {
			return true
		}
	}
	return false
}

// metalAdjectiveCrystal reports whether a word of metal_crystal_adjectives
// stands right before the crystal word m in its clause, or right after it
// where modifiers follow their noun: "tisíce drobných měděných krystalků"
// (thousands of tiny copper crystals) in goldstone, a glass in which copper
// crystallises as it cools (GIA Gem Encyclopedia, "Aventurine"; #13,
// explain60: probe 58C cs-CZ 58C01-1), as metalLedCrystal reads "tiny
// copper crystals". A gold or silver adjective is no word of the list.
func (c *checker) metalAdjectiveCrystal(m match) bool {
	w := c.lx.explain60Data.metalAdjs
	if w.empty() || m.f.value != "crystal" {
		return false
	}
	if m.ti > 0 && !c.toks[m.ti].brk && w.at(c.toks, m.ti-1) {
		return true
	}
	return c.lx.adjAfter && m.tj+1 < len(c.toks) && !c.toks[m.tj+1].brk && w.at(c.toks, m.tj+1)
}

// resembledNounReach is how many words (the likened noun and its links)
// may stand between a verb of resemblance and the material whose noun it
// likens ("připomíná letokruhy dřeva", "recalls the growth rings of wood").
const resembledNounReach = 3

// resembledNounOf reports whether the material m (a simile material: wood,
// glass, silk, canon simile_materials) qualifies a noun that a verb of
// resemblance (looks_like) likens the piece's pattern or look to:
// "se vzorem, který připomíná letokruhy dřeva nebo vlny na vodě" (a
// pattern that recalls the growth rings of wood or waves on water) on a
// Damascus steel ring, whose pattern of folded and etched layers is
// likened to wood grain (#13, explain60: probe 58C cs-CZ 58C02; left by
// expl58). resembled reads only short words between the verb and the
// material. Up to resembledNounReach words, none a fact, a category word
// or a piece part, in one clause: "připomíná prsten ze dřeva" still
// blocks.
func (c *checker) resembledNounOf(m match) bool {
	if c.lx.looksLike.size() == 0 || m.negated {
		return false
	}
	for e := m.ti - 2; e >= 0 && e >= m.ti-1-resembledNounReach; e-- {
		k := e + 1
		if c.toks[k].brk || c.toks[k].sbrk || c.isFactToken(k) || c.categoryAt(k) || c.piecePartAt(k) {
			return false
		}
		if c.phraseEndsAt(c.lx.looksLike, nil, e) > 0 {
			return true
		}
	}
	return false
}
