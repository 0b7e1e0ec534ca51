package grounding

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// inMultiWordName reports whether the fact match m is a word of a
// multi-word proper name ("the Gold Coast", "Silver Lake", "Golden Gate",
// "the Rose Bowl"), issue #13: m is capitalised inside its sentence and the
// word right after or right before it is too, and that word is no fact
// word, no word of the product's own name or collection and does not start
// the sentence (isNameWord). In languages that capitalise every noun
// (German) a capital says nothing, so the fact stays a fact there unless
// the pack lists the name.
func (c *checker) inMultiWordName(m match) bool {
	if c.lx.capNouns || m.ti <= 0 || m.f.kind == kindCategory || m.f.kind == kindNumber {
		return false
	}
	for k := m.ti; k <= m.tj; k++ {
		if !c.capitalisedInside(k) {
			return false
		}
	}
	return c.isNameWord(m.tj+1) || c.isNameWord(m.ti-1) || c.linkedNameWord(m.ti) || c.metalColourName(m) || c.besidePlaceNoun(m)
}

// besidePlaceNoun reports whether a lower-case place noun of the
// vocabulary (place_nouns: a street, square, hill, lake or bay) stands
// right before or right after the capitalised match m in its clause:
// a street or place named by one fact word ("przy ulicy Złotej",
// "na náměstí Zlatém"), issue #13, proper_noun.
func (c *checker) besidePlaceNoun(m match) bool {
	if len(c.lx.placeNouns) == 0 {
		return false
	}
	if m.ti > 0 && !c.toks[m.ti].brk && c.lx.placeNouns[c.toks[m.ti-1].s] {
		return true
	}
	return m.tj+1 < len(c.toks) && !c.toks[m.tj+1].brk && c.lx.placeNouns[c.toks[m.tj+1].s]
}

// metalColourName reports whether m is a metal word and a colour word
// written after it, both capitalised inside the sentence, in a language
// that puts qualifiers after the noun: a place's name made of two fact
// words ("Ouro Preto", "inspiradas em Ouro Preto"), issue #13,
// proper_noun. A metal the vocabulary reads with its colour ("Ouro
// Branco", white gold) is one fact and no name; "em ouro preto" and "de
// Ouro" stay facts.
func (c *checker) metalColourName(m match) bool {
	if !c.lx.adjAfter {
		return false
	}
	metal, colour := m, m
	var other int
	switch m.f.kind {
	case kindMaterial:
		other = m.tj + 1
	case kindColour:
		other = m.ti - 1
	default:
		return false
	}
	if other <= 0 || other >= len(c.toks) || !c.capitalisedInside(other) || c.ownWord(c.toks[other].s) {
		return false
	}
	found := false
	for _, o := range c.ms {
		if o.ti == other && o.tj == other {
			if m.f.kind == kindMaterial {
				colour = o
			} else {
				metal = o
			}
			found = true
			break
		}
	}
	return found && metal.f.kind == kindMaterial && colour.f.kind == kindColour && metal.tj+1 == colour.ti
}

// nameLinks are the linking words of a place's name that hold an article
// ("Río de la Plata", "Costa do Ouro", "Conca dell'Oro", "Côte des
// Blancs"): a material is written without one ("anel de ouro", "anillo
// de oro"), so a capitalised fact word after them is a name's.
var nameLinks = map[string]bool{
	"la": true, "le": true, "les": true, "el": true, "l": true, "du": true, "des": true,
	"del": true, "della": true, "dell": true, "dello": true, "dei": true, "degli": true, "delle": true,
	"do": true, "da": true, "dos": true, "das": true,
	// Greek's genitive articles ("Ακτή του Χρυσού", the Gold Coast; #13,
	// placemetal34): a material is named without one ("από χρυσό").
	"του": true, "της": true, "των": true,
}

// linkedNameWord reports whether the capitalised fact word at token k
// ends a place's name joined to a capitalised name word before it by
// one or two lower-case linking words, one of them elided onto the
// fact ("Val-d'Or", "Conca d'Oro", "Côte d'Argent") or holding an
// article (nameLinks: "Río de la Plata", "Costa do Ouro"), issue #13,
// released 7 proper_noun. "en Or", "in Gold", "de Oro" alone stay facts:
// a material is named with them.
func (c *checker) linkedNameWord(k int) bool {
	linked := false
	j := k - 1
	for n := 0; n < 2 && j > 0; n++ {
		t := c.toks[j]
		if t.sbrk || t.brk || c.toks[j+1].brk || c.capitalisedInside(j) || c.isFactToken(j) || utf8.RuneCountInString(t.s) > 5 {
			break
		}
		if nameLinks[t.s] || c.elidedOnto(j) {
			linked = true
		}
		j--
		if c.isNameWord(j) {
			return linked
		}
	}
	return false
}

// elidedOnto reports whether token j is joined to the next token by an
// apostrophe alone, as an elided article or preposition is ("d'Or").
func (c *checker) elidedOnto(j int) bool {
	between := c.text[c.byteAt(c.toks[j].end):c.byteAt(c.toks[j+1].start)]
	return between == "'" || between == "’"
}

// compoundName reports whether the fact match m is the first part of a
// capitalised compound inside its sentence, in a language that writes
// common nouns in lower case: a place or street name ("Guldgränd",
// "Gullhaug", "Kultarannassa", "Goudstraat"), not a fact (#13,
// proper_noun). Where every noun is capitalised (German) a compound
// says nothing; other_nouns names its places there ("Goldgasse").
func (c *checker) compoundName(m match) bool {
	if c.lx.capNouns || m.ti != m.tj || m.f.kind == kindCategory || m.f.kind == kindNumber {
		return false
	}
	t := c.toks[m.ti]
	if m.start != t.start || m.end >= t.end || t.end-m.end < 3 {
		return false
	}
	return c.capitalisedInside(m.ti)
}

// partSenseOf reports whether the category form f also names, as a part,
// a category the product's own category pc is or is related to: Dutch
// "ketting" (necklace, chain) said of an anklet of chain, Polish
// "zawieszka" (pendant, an earring's drop) said of drop earrings (#13);
// or a shape the product's own data give it (shapeSenseOf).
func (c *checker) partSenseOf(pc string, f *form) bool {
	return c.plainPartSense(pc, f) || c.shapeSenseOf(pc, f)
}

// plainPartSense reports whether the category form f names, as a part,
// the product's category or a related one, on every piece of it.
func (c *checker) plainPartSense(pc string, f *form) bool {
	for _, v := range f.partSenses {
		if v == pc || contains(c.cn.Related[pc], v) {
			return true
		}
	}
	return false
}

// besideUncasedPlace reports whether the stone match m, in a script
// without capitals (Arabic), stands right before or after a place noun of
// the vocabulary: a district, island or city's name is known there by its
// word, not its capital ("لؤلؤة جميرا", Pearl Jumeirah, an island of
// Dubai; #13, the sixteenth released set, proper_noun). Cased scripts
// read a place's name by its capitals (inMultiWordName, besidePlaceNoun).
func (c *checker) besideUncasedPlace(m match) bool {
	r, _ := utf8.DecodeRuneInString(c.toks[m.ti].s)
	if unicode.IsUpper(r) || unicode.IsLower(r) || unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hangul, r) || unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hiragana, r) {
		return false
	}
	return c.besidePlaceNoun(m)
}

// nameQuotes pairs each opening quotation mark with the marks that close
// it, as the 25 locales write them: „“ (de, cs, pl), « » (fr, es, it,
// ru, el), 「」 『』 (ja, zh-TW), “ ” ‘ ’ and "…" (en, zh-CN, ko).
var nameQuotes = map[rune]string{
	'«': "»", '»': "«", '„': "“”", '“': "”“", '‘': "’", '「': "」", '『': "』", '"': "\"", '‹': "›",
}

// quotedName reports whether the stone word m stands inside a quoted
// proper name of a famous gem or object with at least one other word
// («Rubí del Príncipe Negro», “黑王子红宝石”, „Timur-Rubin“, "the Hope
// Diamond" quoted): a stone word in a name is the name's, not a fact of
// the piece (#13, names27; a proper noun names one thing, Chicago Manual
// of Style 8.1). In a script with capitals the quoted span starts with
// one; a quoted stone word alone ("a «ruby» red") stays a fact.
func (c *checker) quotedName(m match) bool {
	_, ok := c.quotedNameEnd(m)
	return ok
}

// quotedNameEnd is quotedName, with the byte offset just after the
// name's closing mark.
func (c *checker) quotedNameEnd(m match) (int, bool) {
	if m.f.kind != kindStone {
		return 0, false
	}
	start := c.byteAt(c.toks[m.ti].start)
	end := c.byteAt(c.toks[m.tj].end)
	// The opening mark: back to the sentence's start or a closing mark.
	open, openAt := rune(0), -1
	for i := start; i > 0; {
		r, n := utf8.DecodeLastRuneInString(c.text[:i])
		i -= n
		if r == '.' || r == '。' || r == '!' || r == '?' || r == '\n' {
			break
		}
		if _, ok := nameQuotes[r]; ok {
			open, openAt = r, i
			break
		}
		if strings.ContainsRune("”’」』›", r) {
			// A closing mark first: the word stands after a quote.
			return 0, false
		}
	}
	if openAt < 0 {
		return 0, false
	}
	closeAt, closeLen := -1, 0
	for i := end; i < len(c.text); {
		r, n := utf8.DecodeRuneInString(c.text[i:])
		if r == '.' || r == '。' || r == '!' || r == '?' || r == '\n' {
			break
		}
		if strings.ContainsRune(nameQuotes[open], r) {
			closeAt, closeLen = i, n
			break
		}
		i += n
	}
	if closeAt < 0 {
		return 0, false
	}
	_, on := utf8.DecodeRuneInString(c.text[openAt:])
	inner := strings.TrimSpace(c.text[openAt+on : closeAt])
	// Another word in the span beside the stone word.
	other := strings.TrimSpace(c.text[openAt+on:start]) + strings.TrimSpace(c.text[end:closeAt])
	if strings.IndexFunc(other, func(r rune) bool { return unicode.IsLetter(r) }) < 0 {
		return 0, false
	}
	first, _ := utf8.DecodeRuneInString(inner)
	if unicode.IsLower(first) {
		return 0, false
	}
	if unicode.IsUpper(first) {
		// A cased script: a capitalised word beside the stone word
		// (not the stone word alone capitalised).
		caps := 0
		for _, w := range strings.FieldsFunc(inner, func(r rune) bool { return !unicode.IsLetter(r) }) {
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
				caps++
			}
		}
		return closeAt + closeLen, caps >= 2
	}
	return closeAt + closeLen, true
}

// partOfName reports whether the piece part ending at token k belongs to
// the object a quoted name before it names: at most two lower-case words
// join it to the name's closing mark ("el «Rubí del Príncipe Negro» de la
// corona británica", the Imperial State Crown, not a setting's crown;
// #13, names27b).
func (c *checker) partOfName(s, k int) bool {
	for _, o := range c.ms {
		if o.ti < s || o.tj >= k {
			continue
		}
		end, ok := c.quotedNameEnd(o)
		if !ok {
			continue
		}
		gap := c.text[end:c.byteAt(c.toks[k].start)]
		words := strings.Fields(gap)
		if len(words) > 2 || strings.ContainsAny(gap, ",;:.!?()") {
			continue
		}
		lower := true
		for _, w := range words {
			if strings.IndexFunc(w, unicode.IsUpper) >= 0 {
				lower = false
			}
		}
		if lower {
			return true
		}
	}
	return false
}
