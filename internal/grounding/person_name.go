package grounding

import (
	"unicode"
	"unicode/utf8"
)

// Person names that hold metal or stone words (issue #13, ctx9,
// proper_noun): "designed by Jade Goldmann", "diseñado por Esmeralda
// Oro", "navrhla Rubína Zlatá", "المصممة ياقوت الذهبي", 设计师金先生,
// 黄金凤女士. The vocabulary (locale pack vocab.yaml) names the markers:
//
//   - name_titles: words before a name (titles and roles: "Mr", "Mrs",
//     "designer", "founder", "Frau", "Designerin", "Madame", "señora",
//     المصممة, السيد); a capitalised run right after one (in a script
//     without case, the next two words) is the name.
//   - name_by: words of the agent before a name ("by", "von", "par",
//     "por", "door", "av", "przez", "από"): a run of two capitalised words
//     or more right after one is a person's name, as one word may be a
//     material ("made by hand in Gold" stays the gold).
//   - name_honorifics: words after a name (氏, さん, 様, 先生, 씨, 님,
//     女士, 小姐, "Hanım", "Bey"): a fact up to two words before one is the
//     name's, unless a category word follows the honorific (黄金女士手链
//     is a ladies' gold bracelet).
//
// In a language that writes common nouns in lower case, two capitalised
// fact words of different kinds side by side inside a sentence (a stone
// and a metal or colour: "Esmeralda Oro", "Rubína Zlatá", "Ρουμπίνη
// Χρυσού") are a name too, unless a category word follows them ("a Ruby
// Gold pendant" stays facts).
type personNameFile struct {
	NameTitles     []string `yaml:"name_titles"`
	NameBy         []string `yaml:"name_by"`
	NameHonorifics []string `yaml:"name_honorifics"`
}

type personNameData struct {
	nameTitles phrases
	nameBy     phrases
	honorifics startPhrases
}

func compilePersonName(f personNameFile) personNameData {
	return personNameData{nameTitles: phraseSet(f.NameTitles), nameBy: phraseSet(f.NameBy), honorifics: startPhraseSet(f.NameHonorifics)}
}

// personName reports whether the fact m is a word of a person's name.
func (c *checker) personName(m match) bool {
	if m.f.kind == kindCategory || m.f.kind == kindNumber {
		return false
	}
	return c.afterNameMarker(m) || c.beforeHonorific(m) || c.factPairName(m)
}

// caseless reports whether token k is written in a script without case
// (Arabic, Han, kana, Hangul).
func (c *checker) caseless(k int) bool {
	r, _ := utf8.DecodeRuneInString(c.text[c.byteAt(c.toks[k].start):])
	return !unicode.IsUpper(r) && !unicode.IsLower(r) && unicode.IsLetter(r)
}

// personToken reports whether token k may be a word of a name written with
// case: capitalised (inside its sentence or opening it), no category word
// and unmasked.
func (c *checker) personToken(k int) bool {
	if k < 0 || k >= len(c.toks) || c.toks[k].masked || c.categoryToken(k) {
		return false
	}
	w := c.text[c.byteAt(c.toks[k].start):]
	r, n := utf8.DecodeRuneInString(w)
	r2, _ := utf8.DecodeRuneInString(w[n:])
	return unicode.IsUpper(r) && unicode.IsLower(r2)
}

// afterNameMarker reports whether m stands in the name that follows a
// title or an agent word (name_titles, name_by).
func (c *checker) afterNameMarker(m match) bool {
	d := &c.lx.personNameData
	if d.nameTitles.size() == 0 && d.nameBy.size() == 0 {
		return false
	}
	if c.caseless(m.ti) {
		// The title and at most one word before the fact, then at most
		// one word after it, in its clause.
		for k := m.ti - 1; k >= 0 && k >= m.ti-2; k-- {
			if c.toks[k+1].brk || c.toks[k+1].sbrk {
				return false
			}
			if d.nameTitles.endsAt(c.toks, k) {
				return true
			}
		}
		return false
	}
	for k := m.ti; k <= m.tj; k++ {
		if !c.personToken(k) {
			return false
		}
	}
	first := m.ti
	for first > 0 && first > m.ti-3 && !c.toks[first].brk && !c.toks[first].sbrk && c.personToken(first-1) {
		first--
	}
	last := m.tj
	for last+1 < len(c.toks) && last < m.tj+2 && !c.toks[last+1].brk && !c.toks[last+1].sbrk && c.personToken(last+1) {
		last++
	}
	if last+1 < len(c.toks) && !c.toks[last+1].brk && c.categoryToken(last+1) {
		return false // "by Gold Pendant…": a product's name, not a person
	}
	for s := m.ti; s >= first; s-- {
		k := s - 1
		if k < 0 || c.toks[s].brk || c.toks[s].sbrk {
			continue
		}
		if d.nameTitles.endsAt(c.toks, k) {
			return true
		}
		if last-s >= 1 && d.nameBy.endsAt(c.toks, k) {
			return true
		}
	}
	return false
}

// beforeHonorific reports whether an honorific (name_honorifics) follows
// m within two words in its clause, with no category word after it.
func (c *checker) beforeHonorific(m match) bool {
	hs := c.lx.personNameData.honorifics
	if len(hs) == 0 {
		return false
	}
	for s := m.tj + 1; s < len(c.toks) && s <= m.tj+3; s++ {
		if c.toks[s].brk || c.toks[s].sbrk {
			return false
		}
		if s > m.tj+1 && (c.isFactToken(s-1) || c.categoryToken(s-1)) {
			return false
		}
		for _, e := range hs.at(c.toks, s) {
			if e+1 < len(c.toks) && !c.toks[e+1].brk && c.categoryToken(e+1) {
				return false
			}
			return true
		}
	}
	return false
}

// factPairName reports whether m and a fact word of another kind right
// beside it are both capitalised inside their sentence, in a language that
// writes common nouns in lower case, with no category word after them:
// "Esmeralda Oro", "Rubína Zlatá".
func (c *checker) factPairName(m match) bool {
	if c.lx.capNouns || m.ti != m.tj || !c.capitalisedInside(m.ti) || c.ownWord(c.toks[m.ti].s) {
		return false
	}
	for _, o := range c.ms {
		if o.ti > m.tj+1 {
			break
		}
		if o.ti != o.tj || (o.ti != m.ti-1 && o.ti != m.tj+1) || c.toks[max(o.ti, m.ti)].brk {
			continue
		}
		if !c.capitalisedInside(o.ti) || c.ownWord(c.toks[o.ti].s) || o.f.kind == kindCategory || o.f.kind == kindNumber {
			continue
		}
		if (o.f.kind == kindStone) == (m.f.kind == kindStone) {
			continue
		}
		end := max(o.tj, m.tj)
		if end+1 < len(c.toks) && !c.toks[end+1].brk && c.categoryToken(end+1) {
			continue
		}
		return true
	}
	return false
}
