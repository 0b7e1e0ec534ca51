package grounding

import "strings"

// accessoryData are the words of the part of another thing the copy names
// beside the piece (locale pack vocab.yaml, issue #13, accessory37):
//
//   - accessory_parts: the parts of a watch, a bag, a belt, shoes or
//     clothing that take a material or a colour of their own (a strap, a
//     band, a watch's "bracelet", a handle, a sole, a buckle: "strap",
//     "cinturino", "correa", "Armband", "pasek", "λουράκι", ベルト, 表带);
//   - accessory_links: the words that join such a part to its owner or
//     its material to it (prepositions and articles: "with a", "on a",
//     "con il", "au", "munie d'un", "mit einem", "z", "na", "の", "的");
//   - accessory_not_owners: the words of the clothing list that name the
//     body or a whole look (skin, hair, nails, a tan, an outfit: "la
//     peau", "der Haut", 肌): listed there for their colours, they own no
//     strap, and the part beside one is the piece's ("se pose sur la peau
//     avec sa lanière en cuir" on a silver bracelet still blocks).
//
// A material or colour in the noun phrase of such a part, the owner (a
// word of the pack's clothing list: a watch, a bag, shoes) named right
// before it through a link ("un orologio con il cinturino in pelle", "a
// watch with a brown leather strap", "une montre au bracelet en cuir",
// "un reloj con correa de piel", "zegarek na skórzanym pasku") or right
// after it through a genitive link or none ("the leather strap of your
// watch", "レザーストラップの腕時計", "皮革表带的手表", "가죽 스트랩 시계",
// "deri kayışlı bir saat"), is that thing's, not the piece's. Released
// blind set 36's it-IT 36A102 "insieme a un orologio con il cinturino in
// pelle" on a sterling silver bracelet blocked grounding.material.
type accessoryData struct {
	parts     phrases
	links     phrases
	notOwners phrases
	// tails are the single-word parts of four letters or more, the head
	// of a compound whose first part is the material ("Lederarmband",
	// "nahkaranneke").
	tails []string
}

type accessoryFile struct {
	AccessoryParts []string `yaml:"accessory_parts"`
	AccessoryLinks []string `yaml:"accessory_links"`
	NotOwners      []string `yaml:"accessory_not_owners"`
}

func compileAccessory(f accessoryFile) accessoryData {
	d := accessoryData{parts: phraseSet(f.AccessoryParts), links: phraseSet(f.AccessoryLinks), notOwners: phraseSet(f.NotOwners)}
	for _, ps := range d.parts.each() {
		for _, p := range ps {
			if len(p) == 1 && len([]rune(p[0])) >= 4 {
				d.tails = append(d.tails, p[0])
			}
		}
	}
	return d
}

// accessoryGap is how many words may stand between the fact and the part
// (another colour or material of the part: "a brown leather strap",
// "bracelet de cuir brun") and between the part's phrase and its owner
// (a link and articles: "munie d'un", "mit einem"); where a token is one
// character, accessoryCharGap.
const (
	accessoryGap     = 3
	accessoryCharGap = 6
)

// accessoryPart reports whether the material, fineness or colour m belongs to the
// part of another thing named beside the piece (accessoryData): a part
// noun joined to m, and the part's owner, a clothing word, joined to the
// part, all in one clause.
func (c *checker) accessoryPart(m match) bool {
	ad := &c.lx.accessory
	if ad.parts.size() == 0 || c.lx.clothing.size() == 0 {
		return false
	}
	switch m.f.kind {
	case kindMaterial, kindColour, kindKarat:
	default:
		return false
	}
	s, e, ps, pe, ok := c.accessoryPhrase(m)
	if !ok {
		return false
	}
	// The owner may open the part's own phrase ("a leather watch strap").
	for k := ps; k < pe; k++ {
		if c.clothingAt(k) && !c.colourOrMaterialToken(k) && !c.lx.accessory.notOwners.endsAt(c.toks, k) {
			return true
		}
	}
	return c.accessoryOwnerBefore(s) || c.accessoryOwnerAfter(e)
}

// accessoryPhrase finds the part noun of m's phrase and returns the
// phrase's first and last token and the part's first and last: the part after m (other colours or
// materials between: "brown leather strap", "skórzanym pasku"), the head
// of m's own compound ("Lederarmband"), or the part before m with links,
// articles, colours and materials between ("cinturino in pelle", "correa
// de cuero café", "armband i brunt läder").
func (c *checker) accessoryPhrase(m match) (s, e, ps, pe int, ok bool) {
	ad := &c.lx.accessory
	gap := accessoryGap
	if c.charTokens() {
		gap = accessoryCharGap
	}
	if m.ti == m.tj && c.accessoryCompound(m.ti) {
		return m.ti, m.tj, m.ti, m.ti, true
	}
	for k := m.tj + 1; k < len(c.toks) && k <= m.tj+gap+1; k++ {
		if c.toks[k].brk || c.toks[k].sbrk {
			break
		}
		if ad.parts.endsAt(c.toks, k) {
			if st := ad.parts.startOf(c.toks, k); st > m.tj && c.accessoryGlue(m.tj+1, st-1, true) {
				return m.ti, k, st, k, true
			}
		}
		if c.accessoryCompound(k) && c.accessoryGlue(m.tj+1, k-1, true) {
			return m.ti, k, k, k, true
		}
	}
	for k := m.ti - 1; k >= 0 && k >= m.ti-1-gap; k-- {
		if c.toks[k+1].brk || c.toks[k+1].sbrk {
			break
		}
		if ad.parts.endsAt(c.toks, k) && c.accessoryGlue(k+1, m.ti-1, true) {
			st := ad.parts.startOf(c.toks, k)
			return st, m.tj, st, k, true
		}
	}
	return 0, 0, 0, 0, false
}

// accessoryCompound reports whether token k is a compound whose head is
// a part of accessory_parts ("Lederarmband", "nahkaranneke").
func (c *checker) accessoryCompound(k int) bool {
	w := c.toks[k].s
	for _, t := range c.lx.accessory.tails {
		if len(w) > len(t)+2 && strings.HasSuffix(w, t) {
			return true
		}
	}
	return false
}

// accessoryGlue reports whether tokens a..b (inclusive; none when a > b)
// are all links or articles of accessory_links, piece_links or
// head_links, or, where facts is true, colour or material words.
func (c *checker) accessoryGlue(a, b int, facts bool) bool {
	for k := a; k <= b; k++ {
		if c.toks[k].brk || c.toks[k].sbrk {
			return false
		}
		if c.accessoryLink(k) || c.lx.determiners[c.toks[k].s] {
			continue
		}
		if facts && c.colourOrMaterialToken(k) {
			continue
		}
		return false
	}
	return true
}

// accessoryLink reports whether token k is a link of accessory_links,
// piece_links or head_links.
func (c *checker) accessoryLink(k int) bool {
	w := c.toks[k].s
	return c.lx.accessory.links.hasWord(w) || c.lx.pieceLinks.hasWord(w) || c.lx.headLinks.hasWord(w)
}

// colourOrMaterialToken reports whether token k lies in a colour,
// material or fineness match.
func (c *checker) colourOrMaterialToken(k int) bool {
	for _, o := range c.ms {
		if o.ti > k {
			break
		}
		if o.ti <= k && k <= o.tj && (o.f.kind == kindColour || o.f.kind == kindMaterial || o.f.kind == kindKarat) {
			return true
		}
	}
	return false
}

// accessoryOwnerBefore reports whether a clothing word ends before token s
// (the part's phrase) in its clause with only links, articles, colours or
// materials between: "a watch with a brown leather strap", "un reloj con
// correa", "une montre munie d'un bracelet", "Uhr mit braunem
// Lederarmband", "ساعة بسوار" (the link a prefix of the part).
func (c *checker) accessoryOwnerBefore(s int) bool {
	gap := accessoryGap
	if c.charTokens() {
		gap = accessoryCharGap
	}
	for j := s - 1; j >= 0 && j >= s-2-gap; j-- {
		if c.toks[j+1].brk || c.toks[j+1].sbrk {
			return false
		}
		if c.clothingAt(j) {
			return !c.lx.accessory.notOwners.endsAt(c.toks, j)
		}
		if !c.accessoryGlue(j, j, true) {
			return false
		}
	}
	return false
}

// accessoryOwnerAfter reports whether a clothing word starts after token e
// (the part's phrase) in its clause with nothing, articles or a genitive
// link (head_links, accessory_links) between: "leather strap of your
// watch", "レザーストラップの腕時計", "가죽 스트랩 시계". A piece link
// ("with") there would make the owner what the part holds ("a strap with
// a watch-style buckle"), so it does not count.
func (c *checker) accessoryOwnerAfter(e int) bool {
	gap := accessoryGap
	if c.charTokens() {
		gap = accessoryCharGap
	}
	for j := e + 1; j < len(c.toks) && j <= e+1+gap; j++ {
		if c.toks[j].brk || c.toks[j].sbrk {
			return false
		}
		if c.clothingFrom(j) {
			return !c.notOwnerFrom(j)
		}
		w := c.toks[j].s
		if c.lx.pieceLinks.hasWord(w) && !c.lx.headLinks.hasWord(w) {
			return false
		}
		if !c.lx.accessory.links.hasWord(w) && !c.lx.headLinks.hasWord(w) && !c.lx.determiners[w] {
			return false
		}
	}
	return false
}

// clothingAt reports whether a clothing word ends at token j (a phrase of
// clothing, a compound ending in one, or a stem of clothing_stems).
func (c *checker) clothingAt(j int) bool {
	return c.lx.clothing.endsAt(c.toks, j) || c.clothingCompound(j) || c.clothingStem(j)
}

// clothingFrom reports whether a clothing word starts at token j: a
// phrase of clothing, a compound ending in one or a stem of
// clothing_stems.
func (c *checker) clothingFrom(j int) bool {
	if c.clothingCompound(j) || c.clothingStem(j) {
		return true
	}
	for k := j; k < len(c.toks) && k < j+8; k++ {
		if k > j && (c.toks[k].brk || c.toks[k].sbrk) {
			return false
		}
		for _, p := range c.lx.clothing.at(&c.toks[k]) {
			if k-len(p)+1 == j && endsWith(c.toks, k, p) {
				return true
			}
		}
	}
	return false
}

// notOwnerFrom reports whether a word of accessory_not_owners starts at
// token j.
func (c *checker) notOwnerFrom(j int) bool {
	for k := j; k < len(c.toks) && k < j+8; k++ {
		if k > j && (c.toks[k].brk || c.toks[k].sbrk) {
			return false
		}
		for _, p := range c.lx.accessory.notOwners.at(&c.toks[k]) {
			if k-len(p)+1 == j && endsWith(c.toks, k, p) {
				return true
			}
		}
	}
	return false
}
