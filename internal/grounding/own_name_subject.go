package grounding

import (
	"strings"
	"unicode"
)

// ownNameSubject reports whether the product's own name (product.name)
// stands after the cross-selling word ending at token k and before the
// fact m, in m's sentence, as the subject of m's clause: the clause
// states a fact of the piece itself, which the styling cue before it does
// not make another item's (#13, name51; adv50a's open leak: "Wear it with
// jeans, because the Linea Band is solid 18k yellow gold", "denn der
// Linea Band ist aus Gelbgold", sv/da/nb "för Linea Band är gjord i gult
// guld", fi "Linea Band -sormuksella, joka on keltakultaa", ko "Linea
// Band는 옐로 골드입니다" passed a false metal on a white gold band).
//
// The name is matched word by word, folded, with or without an article
// before it, written with a capital (a name, not the ordinary words it
// may share), its last word as written or with an ending the language's
// pack knows (ownNameEnd). It is the subject of m's clause when, with no
// clause break between it and m, and after it the product's own category
// word at most (fi "Linea Band -sormus", ja "Linea Bandリング"):
//
//   - it carries a subject marker (subject_markers: ja "は", "が" after it,
//     ko "는", "가" as its ending);
//   - a copula (copulas, colour_copulas: "is", "ist", "är", "on", "jest",
//     "είναι", "هو", zh "是", "为"), a word of being made of or holding
//     (made_of_words, contain_words: ar "مصنوع من", de "besteht aus") or
//     a verb of making the piece (piece_verbs: "was crafted in", pl
//     "został wykonany z") stands within three tokens after it;
//   - or m itself follows it, uninflected, where the language has no
//     copula before its predicate (Turkish "Linea Band sarı altından
//     yapılmıştır");
//
// The name's possessive before a part of the piece (its own category
// word or its own chain, a component or a piece part: "the Linea
// Necklace's chain is 18k gold")
// makes that part the subject, a part of the piece itself. Or when a
// relative pronoun (relative_pronouns: "which", "der", "joka",
// "który") opens the clause right after it and m stands in that clause,
// in any case of the name: the clause describes the piece the name names.
//
// A category word of another kind as m ("car la Linea Band est en or
// blanc et les créoles en or jaune") names another piece, whatever the
// name before it. Another item of ours is named by another name ("Pair it with our Linea
// Band in yellow gold" on the Linea Necklace), which is no word run of
// product.name and is left to the cue. A name followed by a category word
// of another kind ("the Linea Band earrings") names that other piece, and
// a reader's possessive, an indefinite article or a category word of
// another kind between the name and m leaves m to what they introduce.
func (c *checker) ownNameSubject(k int, m match) bool {
	words := nameWords(c.p.Name)
	if len(words) == 0 || m.f.kind == kindCategory && m.f.value != c.facts.category {
		return false // a category word of another kind names another piece
	}
	for i := k + 1; i < m.ti && i < len(c.toks); i++ {
		if c.toks[i].sbrk {
			return false
		}
		if c.toks[i].s != words[0] {
			continue
		}
		e, ending, ok := c.ownNameEnd(i, words)
		if !ok || e >= m.ti || !c.nameCapitalised(i) {
			continue
		}
		if c.ownNameClause(e, ending, m) {
			return true
		}
	}
	return false
}

// ownNameEnd matches the words of the product's name from token i: it
// returns the name's last token and the ending its last word carries ("",
// or a pack's ending: Korean "는", Turkish "in" after an apostrophe,
// Finnish or Polish case endings by the stemmer). The words before the
// last must be written as in the name, with no clause break inside.
func (c *checker) ownNameEnd(i int, words []string) (e int, ending string, ok bool) {
	last := len(words) - 1
	for j, w := range words {
		t := i + j
		if t >= len(c.toks) || j > 0 && (c.toks[t].brk || c.toks[t].sbrk) {
			return 0, "", false
		}
		s := c.toks[t].s
		if j < last {
			if s != w {
				return 0, "", false
			}
			continue
		}
		if s == w {
			// Turkish writes a name's case ending after an apostrophe
			// ("Linea Band'in"), a token of its own.
			if n := t + 1; n < len(c.toks) && !c.toks[n].brk && c.toks[n].start == c.toks[t].end+1 {
				if sep := c.surface(c.toks[t].end, c.toks[n].start); (sep == "'" || sep == "’") && c.packEnding(c.toks[n].s) {
					return n, c.toks[n].s, true
				}
			}
			return t, "", true
		}
		if !strings.HasPrefix(s, w) {
			return 0, "", false
		}
		x := s[len(w):]
		if contains(c.lx.subjects, x) || c.packEnding(x) {
			return t, x, true
		}
		if in := c.lx.inflection; in != nil && in.stem != nil && in.stemOf(s) == in.stemOf(w) {
			return t, x, true
		}
		return 0, "", false
	}
	return 0, "", false
}

// packEnding reports whether x is one of the language's inflection
// endings (endings: Korean particles, Turkish case endings).
func (c *checker) packEnding(x string) bool {
	in := c.lx.inflection
	if in == nil || x == "" {
		return false
	}
	for _, e := range in.endings {
		if e == x {
			return true
		}
	}
	return false
}

// nameCapitalised reports whether token i begins with a capital letter,
// or is written in a script without capitals: a name, not an ordinary
// word the name shares ("band", "heart").
func (c *checker) nameCapitalised(i int) bool {
	for _, r := range c.surface(c.toks[i].start, c.toks[i].end) {
		return unicode.IsUpper(r) || !unicode.IsLower(r)
	}
	return false
}

// ownNameClause reports whether the name ending at token e, with ending,
// is the subject of m's clause or heads a relative clause holding m
// (ownNameSubject).
func (c *checker) ownNameClause(e int, ending string, m match) bool {
	// the piece's own category word right after the name ("Linea Band
	// -sormuksella", "Linea Band yüzük", "Linea Bandリングは")
	marked := ending != "" && contains(c.lx.subjects, ending)
	if i := c.categoryMatchAt(e + 1); i >= 0 {
		o := c.ms[i]
		if o.f.value != c.facts.category || o.tj >= m.ti {
			return false // "the Linea Band earrings": another piece
		}
		e, ending, marked = o.tj, "", c.subjectParticle(o)
	}
	// a quoted name: its closing quote is no clause break ("the “Linea
	// Band” is")
	b := e
	if n := e + 1; n < m.ti && c.toks[n].brk && !c.toks[n].sbrk && closingQuote(c.surface(c.toks[e].end, c.toks[n].start)) {
		b = n
	}
	// a relative clause right after the name, m inside it
	if n := b + 1; n < m.ti && c.toks[n].brk && !c.toks[n].sbrk {
		for r := n; r <= n+1 && r < m.ti; r++ {
			if c.lx.relPronouns.endsAt(c.toks, r) && !c.brkBetween(r, m.ti) {
				return c.clearBetween(r, m)
			}
		}
		return false
	}
	// the name's possessive before a part of the piece ("the Linea
	// Necklace's chain is 18k gold"): the part's fact is the piece's
	if c.possessiveS(e+1) && !c.brkBetween(e+1, m.ti) {
		p := e + 2
		if i := c.categoryMatchAt(p); i >= 0 {
			// the piece's own category or its own chain; another
			// category ("the Linea Band's hoops") is another piece
			if o := c.ms[i]; o.f.value != c.facts.category && !(o.f.value == "chain" && c.ownChain()) {
				return false
			}
			p = c.ms[i].tj
		} else if !c.lx.components.endsAt(c.toks, p) && !c.piecePartAt(p) {
			return false
		}
		e, b = p, p
	}
	if c.brkBetween(b, m.ti) || !c.clearBetween(e, m) {
		return false
	}
	if marked {
		return true
	}
	if ending != "" {
		return false // a case of the name, no subject ("Linea Band'in")
	}
	if n := e + 1; n < len(c.toks) && contains(c.lx.subjects, c.toks[n].s) {
		return true
	}
	for j := e + 1; j <= e+3 && j <= m.ti; j++ {
		// a made-of phrase may end on m's first word, which m holds
		// (ar "مصنوع من" before "من الذهب الأصفر")
		if j < m.ti && (c.isCopula(j) || c.lx.colourCops[strings.ToLower(c.toks[j].s)] || c.pieceVerbAt(j)) ||
			c.phraseEndsAt(c.lx.madeOf, nil, j) > 0 || c.phraseEndsAt(c.lx.contain, nil, j) > 0 {
			return true
		}
	}
	return len(c.lx.copulas) == 0 && m.ti == e+1
}

// clearBetween reports whether no reader's possessive, indefinite
// article, word of ours or category word of another kind than the
// piece's stands after token e and before m: m is then not said of a
// piece they introduce.
func (c *checker) clearBetween(e int, m match) bool {
	for j := e + 1; j < m.ti; j++ {
		if c.lx.indefinites.endsAt(c.toks, j) || c.lx.ours.endsAt(c.toks, j) {
			return false
		}
	}
	for _, o := range c.ms {
		if o.ti >= m.ti {
			break
		}
		if o.ti > e && o.f.kind == kindCategory && o.f.value != c.facts.category {
			return false
		}
	}
	return true
}

// categoryMatchAt returns the index of the category match starting at token
// k, or -1.
func (c *checker) categoryMatchAt(k int) int {
	for i, o := range c.ms {
		if o.ti > k {
			break
		}
		if o.ti == k && o.f.kind == kindCategory {
			return i
		}
	}
	return -1
}

// closingQuote reports whether sep, the text between two tokens, is a
// closing quotation mark and spaces.
func closingQuote(sep string) bool {
	sep = strings.TrimSpace(sep)
	switch sep {
	case "\"", "”", "’", "'", "»", "」", "』", "“":
		return true
	}
	return false
}
