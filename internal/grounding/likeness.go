package grounding

import "strings"

// Likeness and sameness (#13, imitate24). Copy that explains a material
// likens a quality of it to another stone's ("It has the green of an
// emerald", "das Grün eines Smaragds", "le vert d'une émeraude") and
// names the other variety of its own mineral ("o mesmo cristal de sílica
// do quartzo incolor", "le même minéral devient l'aigue-marine"), and then
// speaks of the two together ("İki taş da kırmızısını kroma borçludur",
// both stones owe their red to chromium). The stone likened, the colour of
// the variety compared and the count of the pair are not the piece's.

// indefiniteArticles are the indefinite articles of the languages that
// have one: a likeness names any stone of the kind ("the green of an
// emerald"), where "the green of the emerald" names one, the piece's.
var indefiniteArticles = map[string]bool{"a": true, "an": true, "un": true, "une": true, "uno": true, "una": true,
	"um": true, "uma": true, "een": true, "ein": true, "eine": true, "eines": true, "einer": true, "einem": true,
	"en": true, "ett": true, "et": true, "ei": true}

// likenessLinks join a quality to the thing it is likened to: "of", "d'",
// "de", "di", "van", "av", "af", "hos".
var likenessLinks = map[string]bool{"of": true, "hos": true, "d": true, "de": true, "di": true, "van": true, "av": true, "af": true}

// likenessOf reports whether the stone m is what a quality of the piece's
// material is likened to: a colour, light or look noun, a link and an
// indefinite article before it ("the green of an emerald", "le vert d'une
// émeraude", "il verde di uno smeraldo", "het groen van een smaragd",
// German "das Grün eines Smaragds" with the genitive article alone). The
// likeness names the kind of stone, not a stone of the piece (Huddleston
// and Pullum, The Cambridge Grammar of the English Language, ch. 5 on the
// non-specific indefinite). A diamond is still checked (16 CFR 23.25:
// a simulant likened to it is the regulatory check's).
func (c *checker) likenessOf(m match) bool {
	if m.negated || m.f.kind != kindStone || strings.Contains(m.f.value, "diamond") || contains(c.facts.stones, m.f.value) {
		return false
	}
	k := m.ti - 1
	if c.qualityOf(m) {
		return true
	}
	if k < 1 || c.toks[k+1].brk || !indefiniteArticles[c.toks[k].s] {
		return false
	}
	k--
	if c.toks[k+1].brk {
		return false
	}
	if likenessLinks[c.toks[k].s] {
		k--
		if k < 0 || c.toks[k+1].brk {
			return false
		}
	} else if c.toks[k+1].s != "eines" && c.toks[k+1].s != "einer" {
		return false
	}
	return c.colourToken(k) || c.lightEndsAt(k) > 0 || c.phraseEndsAt(c.lx.look, c.lx.lookTails, k) > 0
}

// qualityOf reports whether the stone m is named in general after a noun
// of a quality (quality_nouns) and a genitive link, with no article or
// only a definite one between ("the softness of pearls", "the toughness
// of sapphire", "de taaiheid van saffier", "la ténacité du saphir"): the
// kind whose quality is set beside the piece's. The nouns are mechanical
// properties, not light ("un minuscule éclat de moissanite" is a chip of
// it), and none after an indefinite article. A count or an indefinite
// article names stones ("the lustre of two pearls" is still read), and
// "The ring sits between two sapphires" has no quality noun (#13,
// explain49).
func (c *checker) qualityOf(m match) bool {
	if c.lx.qualityNouns.size() == 0 {
		return false
	}
	k := m.ti - 1
	if k >= 1 && !c.toks[k+1].brk && c.lx.determiners[c.toks[k].s] && !indefiniteArticles[c.toks[k].s] {
		k--
	}
	if k < 1 || c.toks[k+1].brk || !likenessLinks[c.toks[k].s] && c.toks[k].s != "du" && c.toks[k].s != "des" && c.toks[k].s != "del" && c.toks[k].s != "della" && c.toks[k].s != "dello" && c.toks[k].s != "do" && c.toks[k].s != "da" && c.toks[k].s != "dos" && c.toks[k].s != "das" {
		return false
	}
	k--
	n := c.phraseEndsAt(c.lx.qualityNouns, nil, k)
	if c.toks[k+1].brk || n == 0 {
		return false
	}
	// a quality noun after an indefinite article, an adjective between at
	// most, is a thing of its own ("un minuscule éclat de moissanite")
	for j := k - n; j >= 0 && j >= k-n-1 && !c.toks[j+1].brk; j-- {
		if indefiniteArticles[c.toks[j].s] {
			return false
		}
		if c.lx.determiners[c.toks[j].s] {
			break // "en de taaiheid": the definite article opens the phrase
		}
	}
	return true
}

// sameAsLinks are the words that join "the same" to the thing compared:
// "as", "que", "do", "da", "wie", "som", "als", "co", "jak", "kuin", "όπως".
var sameAsLinks = map[string]bool{"as": true, "que": true, "do": true, "da": true, "dos": true, "das": true, "del": true, "dello": true,
	"wie": true, "som": true, "als": true, "co": true, "jak": true, "jako": true, "kuin": true, "οπωσ": true, "με": true, "ως": true}

// sameAsCompared reports whether the stone n is the thing a word of
// sameness compares the material with: a comparison link right before it
// (at most an article between) and a word of sameness (the vocabulary's
// alike: same, même, mismo, mesmo, samma, sama) at most six words before
// in its clause: "o mesmo cristal de sílica do quartzo incolor", "the
// same silica as colourless quartz". A colour beside it is that stone's.
func (c *checker) sameAsCompared(n match) bool {
	if c.lx.alike.size() == 0 || n.negated {
		return false
	}
	k := n.ti - 1
	for k >= 0 && !c.toks[k+1].brk && c.colourToken(k) {
		k-- // "wie farbloser Quarz"
	}
	if k >= 0 && !c.toks[k+1].brk && c.lx.determiners[c.toks[k].s] && !sameAsLinks[c.toks[k].s] {
		k--
	}
	if k < 0 || c.toks[k+1].brk || !sameAsLinks[c.toks[k].s] {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		if c.toks[j+1].brk || c.toks[j+1].sbrk {
			return false
		}
		if c.lx.alike.endsAt(c.toks, j) {
			return true
		}
	}
	return false
}

// bothCompared reports whether the numeral m (two) counts the pair the
// copy has just compared, the product's stone and another ("İki taş da
// kırmızısını kroma borçludur" after "Spinel yüzyıllar boyunca yakutla
// karıştırıldı", "tous deux", "tutte e due", "둘 다"): a word of both_marks
// within two words before the numeral or after it in its clause, and a
// stone that is not the piece's (a look-alike, a compared or another
// thing's stone) named in its sentence or the two before. "Both stones are
// set in gold" on a piece with one stone, no stone compared, still
// blocks.
func (c *checker) bothCompared(m match, n int) bool {
	if n != 2 || c.lx.bothMarks.size() == 0 {
		return false
	}
	mark := false
	for k := m.ti - 2; k <= m.tj+2 && !mark; k++ {
		if k < 0 || k >= len(c.toks) || k >= m.ti && k <= m.tj {
			continue
		}
		if k < m.ti && !c.sameClause(k, m.ti) || k > m.tj && !c.sameClause(m.tj, k) {
			continue
		}
		mark = c.lx.bothMarks.endsAt(c.toks, k)
	}
	if !mark {
		return false
	}
	s, _ := c.sentenceOf(m.ti)
	for back := 0; back < 2 && s > 0; back++ {
		s, _ = c.sentenceOf(s - 1)
	}
	for j, o := range c.ms {
		if o.ti < s {
			continue
		}
		if o.ti > m.ti {
			break
		}
		if o.f.kind == kindStone && !o.negated && !contains(c.facts.stones, o.f.value) && c.scopes[j] != scopeProduct {
			return true
		}
	}
	return false
}
