package grounding

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Anchoring (issue #13, false blocks on unseen copy): a category word of
// another type, or a bare colour word, contradicts the product only when
// the copy attaches it to the piece. Elsewhere (clothing and accessories
// in styling sentences, other pieces suggested alongside, size talk,
// idioms) it is reported as a warning a reviewer sees, not a block.
//
// A category word is anchored to the piece (anchoredCategory) when it
// stands
//   - in the sentence that names the product (a word of its name or
//     collection, capitalised) or in the first sentence;
//   - as the subject of its sentence: in its opening noun phrase, with no
//     indefinite article or reader's possessive before it ("This bracelet
//     …", "Armbandet är …", "السوار …", "このブレスレットは…");
//   - as the predicate of a sentence whose subject is the piece: after a
//     copula ("it is a bracelet", "c'est un collier", "es un collar", "je
//     to náramek", "这是一条手链"), or before a copula that follows its
//     predicate (Japanese "ブレスレットです") or carrying one as its ending
//     (Korean "팔찌입니다", Turkish "bileziktir");
//   - with a definite article, demonstrative, definite ending or prefix
//     ("the bracelet", "ce collier", "armbandet", "السوار") where no other
//     piece has been introduced before it, so it refers back to this one;
//   - or more than once.
//
// A bare colour (not one beside a stone whose colour the product states,
// which always compares) is attached to the piece (attachedColour) when
// it stands in the noun phrase of the piece's category word, of a part of
// the piece (attribute_parts, components, link_nouns, piece_parts) or of
// a stone, in the language's modifier order (three words, seven
// characters where a token is one character) or right on the other side;
// or when it is the predicate of the piece ("it is black", "est noire",
// "黒です", "검은색입니다").
//
// The words are data in each pack's vocab.yaml:
//
//   - copulas: forms of "to be" that link a subject to its predicate, read
//     before the predicate ("is", "are", "'s" read as "s", "est", "ist",
//     "è", "es", "é", "is", "är", "er", "on", "jest", "je", "είναι",
//     "هو", "是"); a category word right after one, or after a determiner
//     or up to two words after one, is the predicate.
//   - copulas_after: copulas that follow their predicate (Japanese "です",
//     "である", "だ").
//   - copula_endings: the copula written as the predicate's ending (Korean
//     "입니다", "이에요", Turkish "dır", "tir").
//   - definites: definite articles and demonstratives ("the", "this", "le",
//     "cette", "der", "dieses", "il", "questo", "el", "este", "o", "esta",
//     "de", "het", "deze", "den", "detta", "tämä", "ten", "ta", "to", "το",
//     "αυτό", "bu", "هذا", "この", "その", "이", "这", "该").
//   - definite_endings: endings that make a noun definite (Swedish,
//     Danish, Norwegian "armbandet", "ringen", "armbåndene").
//   - definite_prefixes: prefixes that make a noun definite (Arabic "ال"
//     with its clitics "بال", "وال", "لل").
//   - indefinites: indefinite articles and the reader's possessives ("a",
//     "an", "your", "un", "votre", "ein", "dein", "een", "en", "ett", "bir",
//     "ένα"): a noun after one is a piece not yet known as this one.
//   - piece_parts: nouns of parts of a piece a colour may describe beyond
//     attribute_parts and components ("strap", "enamel", "bead", "band",
//     "thread", "tassel", "bezel", "Emaille", "émail", "smalto").
//   - piece_parts_not_before: the words right before which a piece_parts
//     word is the head of another word's name, no part: zh "石" (stone),
//     the ending of Chinese mineral names, in 硅线石/矽線石 (sillimanite,
//     whose 线 is a thread); a stone's name that begins there (石榴石
//     garnet, 石英 quartz after 绳 or 线) leaves the part a part (#13,
//     zhnature33; checker.piecePartAt).
//   - articles: true where nouns take articles (English, German, the
//     Romance and Scandinavian languages, Dutch, Greek, Arabic): there a
//     bare category noun opening a sentence is a label or a kind in
//     general ("Necklace length: 45 cm", "Bracelets are sized by the
//     wrist"), and the piece as subject is determined ("The necklace",
//     "Dieses Armband", "Halsbandet", "Our bracelet") or named.
type anchorFile struct {
	Copulas []string `yaml:"copulas"`
	// PredicateCopulas are words that link a subject to a predicate noun
	// without being the language's copula verb, which predicatedOfPiece
	// (referent.go) reads as copulas: Polish and Czech "to" ("Pod spodem
	// to miedź", underneath it is copper; Swan, A Grammar of Contemporary
	// Polish, on "to" as a copula in identifying sentences). Kept apart
	// from copulas, where "to" would also be the demonstrative pronoun.
	PredicateCopulas []string `yaml:"predicate_copulas"`
	// ColourCopulas are verbs that state a colour as their predicate
	// without being the copula, which copulaStone (colour_predicate.go)
	// alone reads as copulas: Chinese 呈 (shows, is in colour) and 为/為
	// (is, written style): 蓝宝石呈深黄色, 蓝宝石为黄色 (#13,
	// colourmiss47b). Kept apart from copulas, where 为 is also "for".
	ColourCopulas []string `yaml:"colour_copulas"`
	// ColourLinks and ColourChange are the links of a colour phrase said
	// of the stone before it (colour_link63.go): "in a", "of a", "d'un",
	// "di un", "in einem"; and the verbs of a colour-change stone's
	// change ("turns", "변합니다", "に変わります").
	ColourLinks  []string `yaml:"colour_links"`
	ColourChange []string `yaml:"colour_change_verbs"`
	// ColourVerbsAfter, ColourLinkEndings and CompoundColours are
	// colour64's (colour_link64.go): the words after a colour that state
	// it of the stone before it (tr "renkte", "tonlu", ja "をしています",
	// ko "띱니다"), the case endings that do so on the colour itself (fi
	// essive "sinisenä"), and whether colour words compound ("Waldgrün").
	ColourVerbsAfter  []string `yaml:"colour_verbs_after"`
	ColourLinkEndings []string `yaml:"colour_link_endings"`
	CompoundColours   bool     `yaml:"compound_colours"`
	CopulasAfter      []string `yaml:"copulas_after"`
	CopulaEndings     []string `yaml:"copula_endings"`
	Definites         []string `yaml:"definites"`
	DefiniteEndings   []string `yaml:"definite_endings"`
	DefinitePrefixes  []string `yaml:"definite_prefixes"`
	Indefinites       []string `yaml:"indefinites"`
	PieceParts        []string `yaml:"piece_parts"`
	PartsNotBefore    []string `yaml:"piece_parts_not_before"`
	Articles          bool     `yaml:"articles"`
}

type anchorData struct {
	copulas      map[string]bool // lower-cased, accents kept: Italian "è" is not "e"
	predCopulas  map[string]bool // predicate_copulas, lower-cased
	colourCops   map[string]bool // colour_copulas, lower-cased
	colourLinks  phrases         // colour_links
	colourChange phrases         // colour_change_verbs
	colourAfter  phrases         // colour_verbs_after
	colourEnds   []string        // colour_link_endings, folded
	compoundCols bool            // compound_colours
	copulasAfter phrases
	copulaEnds   []string // folded, expanded
	definites    phrases
	defEnds      []string // folded, expanded
	defPrefixes  []string // folded, expanded
	indefinites  phrases
	pieceParts   phrases
	partsBefore  map[string]bool // piece_parts_not_before, folded
	articles     bool
}

func compileAnchor(af anchorFile) anchorData {
	return anchorData{
		copulas:      rawWords(af.Copulas),
		predCopulas:  rawWords(af.PredicateCopulas),
		colourCops:   rawWords(af.ColourCopulas),
		colourLinks:  phraseSet(af.ColourLinks),
		colourChange: phraseSet(af.ColourChange),
		colourAfter:  phraseSet(af.ColourVerbsAfter),
		colourEnds:   foldedForms(af.ColourLinkEndings),
		compoundCols: af.CompoundColours,
		copulasAfter: phraseSet(af.CopulasAfter),
		copulaEnds:   foldedForms(af.CopulaEndings),
		definites:    phraseSet(af.Definites),
		defEnds:      foldedForms(af.DefiniteEndings),
		defPrefixes:  foldedForms(af.DefinitePrefixes),
		indefinites:  phraseSet(af.Indefinites),
		pieceParts:   phraseSet(af.PieceParts),
		partsBefore:  setOf(foldedForms(af.PartsNotBefore)),
		articles:     af.Articles,
	}
}

// rawWords lower-cases a list of single words, keeping their accents:
// copulas are told from conjunctions by them (Italian "è", Portuguese "é"
// against "e"; Spanish "está" against "esta").
func rawWords(list []string) map[string]bool {
	m := map[string]bool{}
	for _, w := range list {
		for _, e := range expand(w) {
			m[strings.ToLower(norm.NFC.String(e))] = true
		}
	}
	return m
}

// isCopula reports whether token k, as written, is a copula (copulas).
func (c *checker) isCopula(k int) bool {
	if len(c.lx.copulas) == 0 {
		return false
	}
	t := c.toks[k]
	return c.lx.copulas[strings.ToLower(norm.NFC.String(c.surface(t.start, t.end)))]
}

// charTokens reports whether the language is read one character per token
// (Chinese, Japanese), where windows are counted in characters.
func (c *checker) charTokens() bool {
	return c.lx.countWindow > countLookahead
}

// sentenceStart is the first token of token k's sentence.
func (c *checker) sentenceStart(k int) int {
	for k > 0 && !c.toks[k].sbrk {
		k--
	}
	return k
}

// clauseStart is the first token of token k's clause.
func (c *checker) clauseStart(k int) int {
	for k > 0 && !c.toks[k].brk {
		k--
	}
	return k
}

// matchAt returns the index of the fact match covering token k, or -1.
func (c *checker) matchAt(k int) int {
	for i, m := range c.ms {
		if m.ti <= k && k <= m.tj {
			return i
		}
		if m.ti > k {
			break
		}
	}
	return -1
}

// anchoredCategory reports whether the category match i names the piece
// itself (see the top of this file): then a type other than the
// product's is a contradiction that blocks.
func (c *checker) anchoredCategory(i int, m match) bool {
	return c.namingSentence(m.ti) || c.sentenceSubject(m) || c.predicateOfPiece(m) ||
		c.definiteReference(i, m) || c.repeatedCategory(m)
}

// namingSentence reports whether token k stands in the first sentence or
// in a sentence that names the product: one holding a capitalised word of
// its name or collection that is no fact word ("The Arc … is a slim
// bracelet", "La Cavigliera tennis Rivière…").
func (c *checker) namingSentence(k int) bool {
	s := c.sentenceStart(k)
	if s == 0 {
		return true
	}
	for j := s; j < len(c.toks) && (j == s || !c.toks[j].sbrk); j++ {
		t := c.toks[j]
		if utf8.RuneCountInString(t.s) < 3 || c.isFactToken(j) || !c.ownWord(t.s) {
			continue
		}
		if t.masked || c.capitalised(j) && (j > s || j+1 < len(c.toks) && c.ownWord(c.toks[j+1].s)) {
			return true
		}
	}
	return false
}

// capitalised reports whether token k is written with a capital first
// letter and a lower-case second one.
func (c *checker) capitalised(k int) bool {
	w := c.text[c.byteAt(c.toks[k].start):]
	r, n := utf8.DecodeRuneInString(w)
	r2, _ := utf8.DecodeRuneInString(w[n:])
	return unicode.IsUpper(r) && unicode.IsLower(r2)
}

// sentenceSubject reports whether the category match m opens its sentence
// as its subject: at most three words before it (eight where a token is
// one character), none an indefinite article, a reader's possessive, a
// clause break or another fact; where the language marks subjects
// (subject_markers: Japanese, Korean), marked as one in the sentence's
// first clause ("このネックレスは", "이 목걸이는"), not as an object
// ("긴 목걸이를").
func (c *checker) sentenceSubject(m match) bool {
	if c.possessiveS(m.tj + 1) {
		return false // "Our Luna ring's band…": the ring owns the subject
	}
	s := c.sentenceStart(m.ti)
	w := 3
	if c.charTokens() {
		w = 8
	}
	if m.ti-s <= w && len(c.lx.subjects) == 0 && c.clauseStart(m.ti) == s {
		ok := true
		for j := s; j < m.ti && ok; j++ {
			switch {
			case j > s && c.toks[j].brk:
				ok = false
			case c.lx.indefinites.endsAt(c.toks, j):
				ok = false
			case c.isFactToken(j) && !c.modifierFact(j):
				ok = false
			}
		}
		if ok && c.lx.articles && !c.definiteForm(m) {
			// A bare noun opening a sentence is a label or a kind in general
			// where nouns take articles ("Necklace length: 45 cm",
			// "Bracelets are sized by the wrist"): the piece is "the",
			// "this" or "our" one, or named.
			ok = false
			for j := s; j < m.ti && !ok; j++ {
				ok = c.lx.definites.endsAt(c.toks, j) || c.lx.ours.endsAt(c.toks, j) || c.toks[j].masked || c.ownWord(c.toks[j].s)
			}
		}
		if ok {
			return true
		}
	}
	if len(c.lx.subjects) > 0 && c.clauseStart(m.ti) == s && c.subjectParticle(m) {
		for j := s; j < m.ti; j++ {
			if c.lx.indefinites.endsAt(c.toks, j) {
				return false
			}
		}
		return true
	}
	return false
}

// subjectParticle reports whether the category match m carries a subject
// or topic marker (subject_markers): as the next token (Japanese は, が)
// or as an ending after a complete form of the word (Korean "목걸이는",
// "목걸이가"; the last syllable of "목걸이" itself is no marker).
func (c *checker) subjectParticle(m match) bool {
	if n := m.tj + 1; n < len(c.toks) && !c.toks[n].brk {
		for _, s := range c.lx.subjects {
			if c.toks[n].s == s {
				return true
			}
		}
	}
	if m.ti != m.tj {
		return false
	}
	t := c.toks[m.tj].s
	for _, s := range c.lx.subjects {
		if len(t) <= len(s) || !strings.HasSuffix(t, s) {
			continue
		}
		if n := c.lx.root.child(strings.TrimSuffix(t, s)); n.ok() {
			for _, f := range n.forms() {
				if f.kind == kindCategory {
					return true
				}
			}
		}
	}
	return false
}

// modifierFact reports whether token k belongs to a colour, material,
// karat or number fact, which may stand in the piece's own noun phrase
// ("This 18k gold bracelet", "Three-stone ring"), or to a look-alike the
// vocabulary ignores ("diamond-cut", Japanese の).
func (c *checker) modifierFact(k int) bool {
	i := c.matchAt(k)
	if i < 0 {
		return true
	}
	switch c.ms[i].f.kind {
	case kindColour, kindMaterial, kindKarat, kindNumber, kindIgnore:
		return true
	}
	return false
}

// predicateOfPiece reports whether the match m is the predicate of a
// sentence whose subject is the piece: after a copula (copulas), right
// after it or after a determiner and at most two more words (three words
// where a token is one character), with no other thing (clothing,
// another noun, a category word) in the copula's subject; or right before
// a copula that follows its predicate (copulas_after), or carrying one as
// its ending (copula_endings).
func (c *checker) predicateOfPiece(m match) bool {
	if c.copulaAfter(m) {
		return true
	}
	gap := 1
	if c.charTokens() {
		gap = 3
		// Noun phrases end with their noun where a token is one character:
		// the predicate closes the copula's clause ("这是一条适合日常佩戴的
		// 纤细项链").
		if e := m.tj + 1; e >= len(c.toks) || c.toks[e].brk {
			for k := m.ti - 1; k >= 0; k-- {
				if c.isCopula(k) {
					return c.subjectIsPiece(k)
				}
				if c.toks[k+1].brk || c.isFactToken(k) && !c.modifierFact(k) {
					break
				}
			}
		}
	}
	for k := m.ti - 1; k >= 0 && k >= m.ti-4; k-- {
		if c.toks[k+1].brk {
			return false
		}
		if !c.isCopula(k) {
			if i := c.matchAt(k); i >= 0 && !c.modifierFact(k) {
				return false
			}
			continue
		}
		between := m.ti - k - 1
		first := k + 1
		det := between > 0 && (c.lx.definites.endsAt(c.toks, first) || c.lx.indefinites.endsAt(c.toks, first) || c.lx.determiners[c.toks[first].s])
		if between > gap && !det {
			return false
		}
		return c.subjectIsPiece(k)
	}
	return false
}

// copulaAfter reports whether a copula follows the match m (copulas_after,
// within three tokens in its clause) or ends its last token
// (copula_endings).
func (c *checker) copulaAfter(m match) bool {
	t := c.toks[m.tj].s
	for _, e := range c.lx.copulaEnds {
		if len(t) > len(e) && strings.HasSuffix(t, e) {
			return true
		}
	}
	if c.lx.copulasAfter.size() == 0 {
		return false
	}
	for e := m.tj + 1; e < len(c.toks) && e <= m.tj+3; e++ {
		if c.toks[e].brk {
			return false
		}
		if c.lx.copulasAfter.spans(c.toks, m.tj+1, e) {
			return true
		}
	}
	return false
}

// subjectIsPiece reports whether the subject of the copula ending at
// token k (the words of its clause before it) names nothing but the
// piece: no clothing, no other noun, no category word of another type.
func (c *checker) subjectIsPiece(k int) bool {
	s := c.clauseStart(k)
	for j := s; j < k; j++ {
		if c.lx.clothing.endsAt(c.toks, j) || c.lx.otherNouns.endsAt(c.toks, j) || c.clothingStem(j) {
			return false
		}
		if i := c.matchAt(j); i >= 0 && c.ms[i].f.kind == kindCategory && !c.ownCategory(c.ms[i].f.value) {
			return false
		}
	}
	return true
}

// ownCategory reports whether v is the product's category or a related
// one (its chain, its charm).
func (c *checker) ownCategory(v string) bool {
	pc := c.facts.category
	return v == pc || contains(c.cn.Related[pc], v)
}

// definiteReference reports whether the category match i is definite (a
// definite article or demonstrative up to three words before it in its
// clause, a definite ending or prefix) while no other piece has been
// named before it: it refers back to the piece.
func (c *checker) definiteReference(i int, m match) bool {
	for j := 0; j < i; j++ {
		if o := c.ms[j]; o.f.kind == kindCategory && !c.ownCategory(o.f.value) {
			return false
		}
	}
	if first, _, named := c.nameAround(m); named && (!c.startsSentence(first) || c.possessiveS(m.tj+1)) {
		return false // "die Luna-Creolen", "the Orbit ring", "The Orbit bracelet's rubies": another piece's name
	}
	if c.definiteForm(m) {
		return true
	}
	for k := m.ti - 1; k >= 0 && k >= m.ti-3; k-- {
		if c.toks[k+1].brk {
			return false
		}
		if c.lx.definites.endsAt(c.toks, k) {
			return true
		}
		if c.isFactToken(k) && !c.modifierFact(k) {
			return false
		}
	}
	return false
}

// definiteForm reports whether the match m is written in a definite form:
// a definite ending on its last token or a definite prefix on its first
// ("halsbandet", "القلادة").
func (c *checker) definiteForm(m match) bool {
	t := c.toks[m.tj].s
	for _, e := range c.lx.defEnds {
		if len(t) > len(e)+2 && strings.HasSuffix(t, e) {
			return true
		}
	}
	t = c.toks[m.ti].s
	for _, p := range c.lx.defPrefixes {
		if len(t) > len(p)+2 && strings.HasPrefix(t, p) {
			return true
		}
	}
	return false
}

// repeatedCategory reports whether the category of m is named more than
// once in the piece's scope, neither cross-sold nor a part of the piece.
func (c *checker) repeatedCategory(m match) bool {
	n := 0
	for j, o := range c.ms {
		if o.f.kind != kindCategory || o.f.value != m.f.value || o.negated || c.scopes[j] != scopeProduct || c.categoryElsewhere(o) {
			continue
		}
		if n++; n >= 2 {
			return true
		}
	}
	return false
}

// categoryElsewhere reports whether a category match of another type is
// no statement of the piece's type at all: a suggestion ("pair it with
// hoops"), a part of the piece named after it, or the rings of a chain.
func (c *checker) categoryElsewhere(m match) bool {
	return c.crossSell(m, c.lx.catCross) || c.componentOfOwn(m) || c.partOfChain(m) || c.listedAfterWorn(m) || c.crossSoldAgain(m)
}

// crossSoldAgain reports whether the category match m names again, later
// in its sentence, a piece of the same category already cross-sold there
// (a word of category_cross_sell before it), with no word of the piece's
// own category between: "جرّبي معها أقراط Rose Vermeil Studs المرصعة
// بحجر زركونيا واحد في كل قرط" (try with it the Rose Vermeil Studs
// earrings, set with one zirconia in each earring; #13, other44: released
// 44B ar-AE 44B104-2). A demonstrative before it makes it the piece.
func (c *checker) crossSoldAgain(m match) bool {
	if c.afterDemonstrative(m) {
		return false
	}
	for _, o := range c.ms {
		if o.ti >= m.ti {
			break
		}
		if o.f.kind != kindCategory || o.f.value != m.f.value || c.sbrkBetween(o.tj, m.ti) || c.ownBetween(o.tj, m.ti) {
			continue
		}
		if c.crossSell(o, c.lx.catCross) {
			return true
		}
	}
	return false
}

// listedAfterWorn reports whether the category match m is a later member
// of a list in its clause that opens with a thing worn beside the piece: a
// clothing or accessory noun (clothing, other_nouns, clothing_stems, also
// as a compound's head: "teräskello") or a category word of another type,
// then a conjunction before m, within crossSellWindow words ("Teräskello ja
// pienet nappikorvakorut viimeistelevät kokonaisuuden", "Ocelové hodinky a
// drobné náušnice pecky stačí": a steel watch and small stud earrings
// finish the look). Such a list names what is worn with the piece, not the
// piece; where articles mark it ("A steel watch and small studs…") the
// indefinite one already did (sentenceSubject). #13, everyday37.
func (c *checker) listedAfterWorn(m match) bool {
	if c.afterDemonstrative(m) {
		return false // "a steel watch and this bracelet": the piece itself
	}
	conj := false
	for k := m.ti - 1; k >= 0 && k >= m.ti-crossSellWindow; k-- {
		if c.toks[k+1].brk {
			break
		}
		if c.conjAt(k) {
			conj = true
			continue
		}
		if !conj {
			continue
		}
		if c.lx.clothing.endsAt(c.toks, k) || c.lx.otherNouns.endsAt(c.toks, k) || c.clothingStem(k) || c.clothingStemInside(c.toks[k].s) {
			return true
		}
		if i := c.matchAt(k); i >= 0 && c.ms[i].f.kind == kindCategory && !c.ownCategory(c.ms[i].f.value) {
			return true
		}
	}
	return false
}

// attachedColour reports whether the colour match i describes the piece
// (see the top of this file): in the noun phrase of the piece's category
// word, of one of its parts or of a stone, or as the piece's predicate.
func (c *checker) attachedColour(i int, m match) bool {
	// A metal's colour ("gold-tone", "rose gold colour", "goldfarben") is a
	// claim about the finish of the piece wherever scope leaves it.
	if _, metal := c.cn.MaterialColours[m.f.value]; metal {
		return true
	}
	return c.pieceColour(m, true)
}

// pieceColour reports whether the colour match m stands in the noun
// phrase of the piece's category word, of one of its parts or (with
// stones) of a stone or material, or is the piece's predicate or
// apposition: attachedColour without its rule for metal colours.
func (c *checker) pieceColour(m match, stones bool) bool {
	w, chars := 3, c.charTokens()
	if chars {
		w = 7
	}
	after, before := w, 1
	if c.lx.adjAfter {
		after, before = 1, w
	}
	for k := m.tj + 1; k < len(c.toks) && k <= m.tj+after; k++ {
		if c.toks[k].brk {
			break
		}
		if c.pieceNounOf(k, true, stones) {
			return true
		}
		// An ignored cut between the colour and its stone ("pink
		// rose-cut garnets") is a modifier of the stone (#13, open44b).
		if stones && !c.lx.adjAfter && c.ignoredToken(k) {
			continue
		}
		if c.isFactToken(k) && !c.modifierFact(k) {
			break
		}
	}
	for k := m.ti - 1; k >= 0 && k >= m.ti-before; k-- {
		if c.toks[k+1].brk {
			break
		}
		if c.pieceNounOf(k, false, stones) {
			return true
		}
		if c.isFactToken(k) && !c.modifierFact(k) {
			break
		}
	}
	return c.predicativeColour(m) || c.appositiveColour(m) || stones && (c.colourAfterCut(m) || c.colourNounLinked(m))
}

// colourNounLinked reports whether the colour match m follows a noun of
// colour ("de color rosa", "w kolorze różowym", "de couleur rose", "in
// der Farbe Rosa", "بلون وردي") that follows, past at most two words (a
// preposition, an article) and a comma right after it, a noun of the
// piece or of a stone: "diament w kolorze różowym", "Cinco granates, de
// color rosa, adornan" say the stones are pink (#13, open44b; cut43 left
// pl-PL 43D101-3 warning).
func (c *checker) colourNounLinked(m match) bool {
	k := m.ti - 1
	if k < 1 || c.toks[m.ti].brk || !c.colourNounAt(k) {
		return false
	}
	// A modifier of the stone between (its weight, its origin's words:
	// "un diamante creado en laboratorio de 0,50 quilates en color rosa";
	// #13, colour62: probe 56D es-ES 56D01-2 warned only) counts no word:
	// at most three other words.
	words := 0
	for j := k - 1; j >= 0 && words < 3; j-- {
		if c.toks[j+1].sbrk {
			return false
		}
		if c.pieceNounOf(j, false, true) {
			return true
		}
		if c.toks[j+1].brk && !c.decimalBreak(j+1) {
			return false
		}
		if x := c.matchAt(j); x >= 0 {
			if k := c.ms[x].f.kind; k != kindNumber && k != kindKarat && k != kindIgnore {
				return false
			}
			continue
		}
		if st := c.labGrownEndingAt(j); st >= 0 {
			j = st
			continue
		}
		// the unit after a number ("0,50 quilates")
		if x := c.matchAt(j - 1); j > 0 && x >= 0 && c.ms[x].f.kind == kindNumber && !c.toks[j].brk {
			continue
		}
		words++
	}
	return false
}

// colourAfterCut reports whether the colour match m follows, within four
// words and at most a comma, the end of an ignored phrase (a cut named
// after a colour: "talla rosa", "taglio rosa", "taille rose") that itself
// follows a stone of the piece: "granates de talla rosa de color rosa",
// "granati taglio rosa color rosa", "grenats en taille rose, d'un rose
// tendre" say the stones are pink (#13, regress43: the cut's ignore had
// taken the colour's way back to the stone since cut43).
func (c *checker) colourAfterCut(m match) bool {
	if !c.lx.adjAfter {
		return false
	}
	for k := m.ti - 1; k >= 0 && k >= m.ti-4; k-- {
		if c.toks[k+1].sbrk {
			return false
		}
		i := c.matchAt(k)
		if i < 0 {
			continue
		}
		x := c.ms[i]
		if x.f.kind != kindIgnore || x.tj != k {
			return false
		}
		for j := x.ti - 1; j >= 0 && j >= x.ti-3; j-- {
			if c.toks[j+1].brk {
				return false
			}
			if c.pieceNounOf(j, false, true) {
				return true
			}
			if c.isFactToken(j) && !c.modifierFact(j) {
				return false
			}
		}
		return false
	}
	return false
}

// appositiveColour reports whether the colour match m stands in
// apposition to a noun of the piece (#13, eleventh session): it opens a
// clause right after the noun phrase of the piece, one of its parts or a
// stone (pieceNounAt), past at most a size ("of 7 mm", "på 7 mm", "de 7
// mm": numbers, units and count stops), and ends its own clause or is
// joined by a conjunction to what follows ("two akoya pearls of 7 mm,
// pink and with a soft lustre", "två odlade akoyapärlor på 7 mm, rosa och
// med en mjuk lyster"): the colour is predicated of them. A colour after
// a clothing noun ("a silk blouse, pink and airy") is not.
func (c *checker) appositiveColour(m match) bool {
	if m.ti == 0 || !c.toks[m.ti].brk || c.toks[m.ti].sbrk {
		return false
	}
	if e := m.tj + 1; e < len(c.toks) && !c.toks[e].brk && !conjunctions[c.toks[e].s] && !c.conjunctionClitic(c.toks[e].s) {
		return false
	}
	for k := m.ti - 1; k >= 0 && k >= m.ti-appositiveReach; k-- {
		if c.pieceNounAt(k, false) {
			return true
		}
		t := c.toks[k].s
		// The size's own preposition is any one word before its number
		// ("da 7 mm", "بقطر 7 مم").
		size := isDigits(t) || c.lx.units[t] || c.countStop(k) || k+1 < m.ti && isDigits(c.toks[k+1].s)
		if c.toks[k].brk || !size {
			return false
		}
	}
	return false
}

// conjunctionClitic reports whether w opens with the conjunction "and"
// written as a clitic of the vocabulary's prefixes (Arabic "و": "وبلمعان",
// and with a sheen).
func (c *checker) conjunctionClitic(w string) bool {
	in := c.lx.inflection
	if in == nil || !strings.HasPrefix(w, "و") || utf8.RuneCountInString(w) < 3 {
		return false
	}
	return slices.Contains(in.prefixes, "و")
}

// appositiveReach is how many tokens back from an appositive colour its
// noun may end: the noun right before the comma, or a size after it ("på
// 7 mm", three tokens).
const appositiveReach = 4

// pieceNounAt reports whether a noun of the piece starts (start) or ends
// at token k: the piece's own or a related category word (or one of
// another type that is anchored to it), a stone, stone noun or material
// of the piece, or a part (attribute_parts, components, link_nouns,
// piece_parts).
func (c *checker) pieceNounAt(k int, start bool) bool {
	return c.pieceNounOf(k, start, true)
}

// pieceNounOf is pieceNounAt; without stones it does not count a stone or
// a material as a noun of the piece.
func (c *checker) pieceNounOf(k int, start, stones bool) bool {
	if i := c.matchAt(k); i >= 0 && c.scopes[i] == scopeProduct {
		o := c.ms[i]
		if start && o.ti == k || !start && o.tj == k {
			switch o.f.kind {
			case kindCategory:
				if c.ownCategory(o.f.value) || !c.categoryElsewhere(o) && c.anchoredCategory(i, o) {
					return true
				}
			case kindStone, kindStoneNoun, kindMaterial:
				// "three red zirconia", "vetro di Murano rosso", "black enamel"
				return stones
			}
		}
	}
	for _, ps := range [...]phrases{c.lx.attrParts, c.lx.components, c.lx.linkNouns, c.lx.pieceParts} {
		if ps.size() == 0 {
			continue
		}
		if !start && ps.endsAt(c.toks, k) {
			return true
		}
		if start {
			for e := k; e < len(c.toks) && e <= k+3; e++ {
				if e > k && c.toks[e].brk {
					break
				}
				if ps.spans(c.toks, k, e) {
					return true
				}
			}
		}
	}
	return false
}

// predicativeColour reports whether the colour match m is the piece's
// predicate: a copula at most two words before it in its clause whose
// subject is the piece ("it is black", "est entièrement noire", "ist
// schwarz"), or a copula after it or as its ending ("黒です",
// "검은색입니다").
func (c *checker) predicativeColour(m match) bool {
	if c.copulaAfter(m) {
		return c.subjectIsPiece(m.ti)
	}
	for k := m.ti - 1; k >= 0 && k >= m.ti-3; k-- {
		if c.toks[k+1].brk {
			return false
		}
		if c.isCopula(k) {
			return c.subjectIsPiece(k)
		}
		if c.isFactToken(k) {
			return false
		}
	}
	return false
}

// piecePartAt reports whether a piece_parts word ends at token k and is
// not the head of a mineral's name (piece_parts_not_before: 硅线石,
// sillimanite, holds 线, thread) unless a stone's name begins after it
// ("红绳石榴石手链": a red cord and garnets; #13, zhnature33).
func (c *checker) piecePartAt(k int) bool {
	if !c.lx.pieceParts.endsAt(c.toks, k) {
		return false
	}
	if k+1 >= len(c.toks) || c.toks[k+1].brk || !c.lx.partsBefore[c.toks[k+1].s] {
		return true
	}
	for _, m := range c.ms {
		if m.ti == k+1 {
			return true
		}
	}
	return false
}

// setOf is the set of the words of list.
func setOf(list []string) map[string]bool {
	m := make(map[string]bool, len(list))
	for _, w := range list {
		m[w] = true
	}
	return m
}
