package grounding

import (
	"strings"
	"unicode/utf8"
)

// material_scope52.go (#13, mat52): a metal or material word that copy
// names to explain the piece's material, or as the material of another
// product, is not the piece's. Three readings of where such a word
// stands, each read after scopeOf has found no other owner for it
// (resolveScopes):
//
//   - attachedToOther: in a clause attached by a comma, a colon or a dash
//     to a noun phrase that is not the piece's (another product offered
//     beside it, a material denied or compared): a relative clause
//     (relative_pronouns, arm_relatives: "a prata de lei, que leva cobre",
//     "nejde o vermeil, který vyžaduje stříbrný základ", "z kolczykami
//     Iskra, w których … w białym złocie") or an appositive opened by an
//     indefinite article or a number ("vårt Polstjärna-halsband, en
//     droppformad safir … i 18 karat roséguld", "au pendentif Flamme, une
//     opale … en argent sterling", "junto al Colgante Destello: una
//     moissanita … en oro amarillo de 18 quilates"). The clause describes
//     its head (Huddleston and Pullum, The Cambridge Grammar of the English
//     Language, ch. 12 on relative clauses and ch. 15 on supplements), so
//     its facts take the head's scope.
//   - otherMaterialClause: in a clause whose subject is another material,
//     opening it, in a sentence that names the piece's own material in
//     another clause: "Sterling silver is alloyed with copper for
//     strength; fine silver is left almost unalloyed", "스털링 실버는 …
//     구리를 섞지만, 순은은 …", "Zum Vergleich: Vermeil verlangt mindestens
//     2,5 Mikron Gold auf Sterling-Silber, und massives Gold ist durch und
//     durch Edelmetall; diese Kette ist ehrlich vergoldetes Messing". The
//     other material is the standard the piece's is explained against.
//
// Neither reading applies where a word of the piece stands in the clause
// before the fact (its own category word, name, a demonstrative of it,
// ours; a setting or piece verb, a part of it in otherMaterialClause), so
// "The ring is made of sterling silver", "Sterling silver makes this
// bangle strong; fine silver …" and "Pair it with the Luna ring, which
// matches this pendant's rose gold" still block.

// attachedToOther reports whether the material or karat m (match i) stands
// in a clause attached to a noun phrase that is not the piece's, and the
// scope it takes from that phrase's head. The clause starts after a
// comma, colon or dash; a relative pronoun or arm_relatives word (one
// preposition before it at most: "w których", "in which") opens it, or an
// indefinite article or a number. The head is the fact that ends at most
// two tokens before the break (a name between: "kolczykami Iskra"): a
// category word, material or stone already scoped as another thing's
// (scopeOther, scopeIdiom), or a material or stone denied ("nejde o
// vermeil"). No break but a decimal one stands between the opener and m,
// and no word of the piece (ownPieceWordAt) between the head and the end
// of m's clause ("…, which is 18k gold like this bangle" is the piece's).
func (c *checker) attachedToOther(i int, m match) (scope, bool) {
	if m.negated || m.f.kind != kindMaterial && m.f.kind != kindKarat || contains(c.facts.materials, m.f.value) {
		return scopeProduct, false
	}
	s, _ := c.sentenceOf(m.ti)
	k := m.ti
	for k > s && (!c.toks[k].brk || c.decimalBreak(k)) {
		k--
	}
	if k <= s || k == m.ti {
		return scopeProduct, false
	}
	if gap := c.gapBefore(k); gap != "," && gap != ":" && gap != "–" && gap != "—" && gap != "-" && gap != "،" && gap != "，" && gap != "：" {
		return scopeProduct, false
	}
	if !c.relativeOpens(k, m.ti) && !c.appositiveOpens(k) {
		return scopeProduct, false
	}
	h := -1
	for j := i - 1; j >= 0; j-- {
		o := c.ms[j]
		if o.tj >= k {
			continue
		}
		if o.tj < k-3 || o.f.kind == kindColour || o.f.kind == kindNumber || o.f.kind == kindIgnore {
			break
		}
		h = j
		break
	}
	if h < 0 || c.brkBetween(c.ms[h].tj, k-1) {
		return scopeProduct, false
	}
	// the head named by the product's own name ("Linea Band -sormuksella,
	// joka on keltakultaa") is the piece
	for j := c.ms[h].ti - 1; j >= 0 && j >= c.ms[h].ti-3 && !c.toks[j+1].brk; j-- {
		if c.toks[j].masked && !c.stoneNameAt(j) {
			return scopeProduct, false
		}
	}
	_, b := c.clauseOfMatch(m)
	made := c.lx.contrastData.made
	for j := c.ms[h].tj + 1; j <= b; j++ {
		if (j < m.ti || j > m.tj) && (c.ownPieceWordAt(j) || !made.empty() && made.at(c.toks, j)) {
			return scopeProduct, false
		}
	}
	o := c.ms[h]
	switch {
	case o.negated && (o.f.kind == kindMaterial || o.f.kind == kindStone || o.f.kind == kindCategory):
		return scopeIdiom, true
	case o.negated:
		return scopeProduct, false
	case c.scopes[h] == scopeOther && (o.f.kind == kindCategory || o.f.kind == kindMaterial || o.f.kind == kindStone || o.f.kind == kindKarat):
		return scopeOther, true
	case c.scopes[h] == scopeIdiom && (o.f.kind == kindMaterial || o.f.kind == kindStone):
		return scopeIdiom, true
	}
	return scopeProduct, false
}

// gapBefore is the text between token k-1 and token k, spaces trimmed.
func (c *checker) gapBefore(k int) string {
	if k <= 0 {
		return ""
	}
	g := c.text[c.byteAt(c.toks[k-1].end):c.byteAt(c.toks[k].start)]
	out := make([]byte, 0, len(g))
	for i := 0; i < len(g); i++ {
		if g[i] != ' ' && g[i] != '\t' && g[i] != '\n' {
			out = append(out, g[i])
		}
	}
	return string(out)
}

// relativeOpens reports whether a relative pronoun or an arm_relatives
// word ends at token k, k+1 or k+2 (a preposition or an article before
// it: "w których", "em que", "in which", "dans lequel"), before token
// limit and with no break inside.
func (c *checker) relativeOpens(k, limit int) bool {
	d := &c.lx.contrastData
	for j := k; j <= k+2 && j < limit && j < len(c.toks); j++ {
		if j > k && c.toks[j].brk {
			return false
		}
		if c.lx.relPronouns.endsAt(c.toks, j) || d.armRel.span(c.toks, j) >= k {
			return true
		}
	}
	return false
}

// appositiveOpens reports whether token k opens an appositive noun
// phrase: an indefinite article (indefinites), a number, or, where a
// language writes no article before it (pl "szafirem w kształcie
// kropli", fi "pisaranmuotoinen safiiri"), a stone, material, karat or
// colour starting at k or right after one word (its adjective), no break
// between.
func (c *checker) appositiveOpens(k int) bool {
	if c.lx.indefinites.endsAt(c.toks, k) {
		return true
	}
	t := c.toks[k].s
	if t != "" && t[0] >= '0' && t[0] <= '9' {
		return true
	}
	if r, _ := utf8.DecodeRuneInString(t); r >= 0x2E80 {
		return false // no article-less apposition read in CJK ("，以黄铜制成")
	}
	for _, o := range c.ms {
		if o.ti > k+1 {
			break
		}
		if o.ti < k || o.ti == k+1 && (c.toks[k+1].brk || c.isCopula(k)) {
			continue
		}
		switch o.f.kind {
		case kindStone, kindMaterial, kindKarat, kindColour:
			return true
		}
	}
	return false
}

// ownPieceWordAt reports whether token k names the piece itself: its own
// name (masked, not a word of its stone), its own category word, ours,
// a demonstrative before a word of the piece, or a verb of making it
// ("which is why it is made of brass"). A setting word is none: the
// clause of another thing says what that thing holds ("que leva cobre",
// "w których … osadzono").
func (c *checker) ownPieceWordAt(k int) bool {
	lx := c.lx
	if c.toks[k].masked && !c.stoneNameAt(k) || c.ownCategoryToken(k) {
		return true
	}
	return lx.ours.endsAt(c.toks, k) || lx.demonstr.endsAt(c.toks, k) && c.demonstrativeOfPiece(k) || c.pieceVerbAt(k)
}

// negatorBefore reports whether a negator ends within two tokens before
// token k in its clause ("nicht Silber", "nicht nur vergoldet").
func (c *checker) negatorBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-2 && !c.toks[j+1].brk; j-- {
		if c.phraseEndsAt(c.lx.negators, nil, j) > 0 {
			return true
		}
	}
	return false
}

// otherMaterialClause reports whether the material or karat m, not the
// piece's, stands in a clause whose subject is a material the piece does
// not have, opening the clause (articles or a conjunction before it at
// most: ", und massives Gold ist …"), with no word of the piece in the
// clause (otherClausePieceWord), in a sentence (joined over semicolons:
// joinedSentenceOf) that names one of the piece's own materials outside
// the clause (denied or not: "순은은 거의 섞지 않아").
// The clause runs between breaks; a decimal comma is none.
func (c *checker) otherMaterialClause(i int, m match) bool {
	if m.negated || m.f.kind != kindMaterial && m.f.kind != kindKarat || contains(c.facts.materials, m.f.value) {
		return false
	}
	a, b := c.clauseOfMatch(m)
	o := c.subjectFact(a, b, true)
	if o == nil || o.f.kind != kindMaterial || c.hasFact(o) || o.ti > m.ti {
		return false
	}
	// A word of comparison may open the clause ("Som jämförelse kräver
	// vermeil …", "while sterling silver …", "mientras que la plata de
	// ley …": versus_words), with one word after it (a verb-second
	// language's verb) before the subject.
	p, extra, versus := a, 0, false
	if vs := c.lx.comparedData.versus; !vs.empty() {
		for k := a; k < o.ti; k++ {
			if vs.span(c.toks, k) == a {
				p, extra, versus = k+1, 1, true
			}
		}
	}
	// The clause opens its sentence (or the half after a semicolon or a
	// colon); after a comma only with a conjunction or a word of
	// comparison ("…, und massives Gold ist …"): a comma may also close
	// a subject ("İnce bakır teller, som gümüş bir gövde üzerinde …
	// çizer") or a measure ("지름 15mm로, 순수 티타늄으로 만들었습니다"),
	// and the clause after it is the piece's.
	if s, _ := c.sentenceOf(m.ti); a > s {
		g := c.gapBefore(a)
		// a comma after a fronted word of comparison ("By comparison,
		// vermeil needs …", "Per confronto, il vermeil richiede …")
		fronted := g == "," && !c.lx.comparedData.versus.empty() && c.lx.comparedData.versus.span(c.toks, a-1) == s
		if g != ":" && g != "：" && !versus && !fronted && !c.conjAt(a) {
			return false
		}
	}
	// Before the subject only articles, determiners and conjunctions (no
	// other short word: "It is steel", "Er ist aus Kupfer", "素材は純金で"
	// say what the piece is).
	for k := p; k < o.ti; k++ {
		w := c.toks[k].s
		if !c.lx.determiners[w] && !linkArticles[w] && !c.conjAt(k) && !c.lx.indefinites.endsAt(c.toks, k) {
			if extra == 0 {
				return false
			}
			extra--
		}
	}
	if c.otherClausePieceWord(a, b) {
		return false
	}
	// The subject says something in its clause: a word after it that is
	// no fact, and no word of making or copula ending on it ("Valkokultainen
	// tuliakaatti: …" is a title, "Bakırdandır, …" and "銅製で、…" say what
	// the piece is made of).
	said := false
	made := c.lx.contrastData.made
	for k := o.tj + 1; k <= b; k++ {
		if !made.empty() && made.at(c.toks, k) && k <= o.tj+2 {
			return false
		}
		if !c.isFactToken(k) {
			said = true
		}
	}
	for _, e := range c.lx.copulaEnds {
		if t := c.toks[o.tj].s; len(t) > len(e) && strings.HasSuffix(t, e) {
			return false
		}
	}
	if !said {
		return false
	}
	s, e := c.joinedSentenceOf(m.ti)
	for j, x := range c.ms {
		if x.ti > e {
			break
		}
		if x.ti < s || x.ti >= a && x.tj <= b || x.f.kind != kindMaterial {
			continue
		}
		// the own material as the piece's, not a colour of its light
		// ("… hohtaa oranssina, vihreänä ja kultaisena")
		if j < len(c.scopes) && j < i && c.scopes[j] != scopeProduct || j > i && c.scopeOf(j, x) != scopeProduct {
			continue
		}
		// not denied right before it ("Gold enthält es, nicht Silber",
		// "Massives Gold, nicht vergoldet": the piece's own material
		// denied is the claim, not a contrast)
		if contains(c.facts.materials, x.f.value) && !c.negatorBefore(x.ti) {
			return true
		}
	}
	return false
}

// fragmentOfMaterial reports whether the piece noun at token k (piece_nouns:
// "piece", "parça", "Stück", "morceau") names a fragment of a material or
// stone the product does not have, not the piece: the material right
// before it in its clause, as its possessor ("bir göktaşının
// parçalarında", in the fragments of a meteorite; Göksel and Kerslake,
// Turkish: A Comprehensive Grammar, ch. 14 on the genitive-possessive
// construction), or right after "of" and its like ("pieces of a
// meteorite", "morceaux de météorite"; an article between at most)
// (#13, mat52: probe 52D tr-TR 52D102, where Moissan found moissanite in
// a meteorite's fragments, read as a sentence about the niobium piece).
func (c *checker) fragmentOfMaterial(k int) bool {
	other := func(o match) bool {
		return !o.negated && (o.f.kind == kindMaterial || o.f.kind == kindStone) && !c.hasFact(&o)
	}
	if k > 0 && !c.toks[k].brk {
		if i := c.factAt(k - 1); i >= 0 && c.ms[i].tj == k-1 && other(c.ms[i]) {
			return true
		}
	}
	j := k + 1
	if j >= len(c.toks) || c.toks[j].brk || !linkWords[c.toks[j].s] && c.toks[j].s != "of" {
		return false
	}
	j++
	if j < len(c.toks) && !c.toks[j].brk && (c.lx.determiners[c.toks[j].s] || linkArticles[c.toks[j].s] || c.lx.indefinites.endsAt(c.toks, j)) {
		j++
	}
	if j >= len(c.toks) || c.toks[j].brk {
		return false
	}
	i := c.factAt(j)
	return i >= 0 && c.ms[i].ti == j && other(c.ms[i])
}

// otherClausePieceWord is alloyPieceWord for the clause a..b of another
// material: a setting word there ("lleva", "holds", "carries") says what
// the material holds ("La plata de ley lleva un 7,5 % de cobre"), not
// what the piece is set with, unless the clause names a stone too
// ("Sterling silver holds the opal") or the word is also a verb of the
// piece.
func (c *checker) otherClausePieceWord(a, b int) bool {
	stone := false
	for _, o := range c.ms {
		if o.ti > b {
			break
		}
		if o.ti >= a && (o.f.kind == kindStone || o.f.kind == kindStoneNoun) {
			stone = true
		}
	}
	lx := c.lx
	for k := a; k <= b && k < len(c.toks); k++ {
		if c.piecePartAt(k) || lx.components.endsAt(c.toks, k) {
			return true
		}
		if !c.armStopAt(k, true) {
			continue
		}
		if !stone && lx.settingWords.at(c.toks, k) && !c.pieceVerbAt(k) && !c.hangAt(k) && !c.categoryToken(k) && !lx.pieceNouns.at(c.toks, k) && !(c.toks[k].masked && !c.stoneNameAt(k)) {
			continue
		}
		return true
	}
	return false
}
