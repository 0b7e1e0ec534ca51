package grounding

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/copydesk/copydesk/internal/core"
)

// Colours of light (issue #13, false blocks: colour words with another
// sense). A colour word that names the light a piece gives, not the piece
// ("flashes of blue and green" in an opal, "a bright white shine" from
// rhodium, "des éclats bleus et verts", "blaue und grüne Farbblitze",
// "glimt av blått og grønt", "jasně bílý lesk"), describes a phenomenon
// whose colours the product data do not list: the product's colours are
// those of its metal and stones. Its scope is uncertain, so a colour of
// light that the product does not list is a warning, never a block.
//
// lightFile is the vocabulary: light_nouns in the locale pack's vocab.yaml,
// the nouns of light, sheen and play of colour in the language with their
// inflections (flash, glint, gleam, glow, shimmer, sparkle, shine, sheen,
// lustre, fire, reflection, iridescence). A single noun of five letters
// or more is also matched as the tail of a compound ("Farbblitze",
// "kleurflitsen", "färgspel").
//
// The look of a metal (issue #13, ctx10) is read by three more lists of
// the same file: look_nouns, the nouns of appearance ("look",
// "appearance", "aspect", "Optik", "uitstraling", "görünüm", "ilme"),
// matched as light nouns are (a single noun of five letters or more also
// as the tail of a compound: "Silberoptik", "zilverlook"); looks_like,
// the verbs of resemblance that stand before what is resembled ("looks
// like", "sieht aus wie", "ressemble à", "wygląda jak", "看起来像"); and
// looks_like_after, the same after it (Turkish "gibi görünür").
type lightFile struct {
	LightNouns []string `yaml:"light_nouns"`
	// HueNouns are the nouns of a stone's or a pearl's seen colour that a
	// metal word may qualify as a colour ("silver overtones", "the
	// rose-gold blush of morganite", "reflet or rose", シルバーのオーバートーン;
	// metal_hue.go; #13, pearl50): overtone, lustre, blush, orient. Nouns
	// only, never a verb of light ("silver glows" is the metal).
	HueNouns       []string `yaml:"hue_nouns"`
	LookNouns      []string `yaml:"look_nouns"`
	LooksLike      []string `yaml:"looks_like"`
	LooksLikeAfter []string `yaml:"looks_like_after"`
	// ImitationOf are the nouns of imitation with the link that makes the
	// next noun what is imitated ("an imitation of turquoise", "une
	// imitation de turquoise", "imitación de", "imitatie van", "imitation
	// av", Polish and Czech "imitacja", "imitace" with the genitive right
	// after): a stone right after one, at most a determiner between, is
	// the gem imitated, not the piece's (#13, misc57). The material an
	// imitation is made of ("imitacje ze szkła", "imitations in glass")
	// follows another link and stays imitation.go's.
	ImitationOf []string `yaml:"imitation_of"`
	// LikeTails are the "-like" words glued after a stone, by a hyphen or
	// as the rest of its compound ("diamond-like", "diamantähnlich",
	// "diamantachtig"; #13, eleventh session).
	LikeTails []string `yaml:"like_tails"`
	// LikeBefore are the bare words of comparison that stand right before
	// what is compared, at most a determiner between ("glittrar som stål",
	// "brilham como o aço", "lśnią jak stal", 像钢一样; #13, simile12):
	// the metal is the light's or the look's, not the piece's. Only right
	// before: the same words also join clauses ("som är av silver").
	LikeBefore []string `yaml:"like_before"`
	// PieceLikeness are the words of likeness or matching that stand
	// before what is likened ("like", "matching", "matches", "wie",
	// "comme", "como", "zoals", "som", "jak", "όπως", "مثل", 像), and
	// PieceLikenessAfter those said after it (tr "gibi", ja "のような", ko
	// "처럼"): a metal in the clause of another product that is likened to
	// the piece is the piece's (piece_likeness52.go; #13, leak52).
	PieceLikeness      []string `yaml:"piece_likeness"`
	PieceLikenessAfter []string `yaml:"piece_likeness_after"`
	// LikePrefixes are the prefixes of comparison glued to the noun
	// compared (Arabic كـ: "كخيوط ذهبية", like golden threads; #13,
	// simile32): a colour after such a noun is a simile's (simile.go).
	LikePrefixes []string `yaml:"like_prefixes"`
	// ThanBefore are the words of a comparison with another thing that
	// stand right before it, at most a determiner between ("more fire than
	// a diamond", "plus de feu qu'un diamant", "meer vuur dan een diamant",
	// "compared with a diamond", 比钻石; #13, the thirteenth session's
	// than13): a stone after one is what the piece's stone is compared with,
	// not a stone it has. Not the words of "as" ("sold as a diamond" names
	// the stone), which like_before keeps to metals' looks.
	ThanBefore []string `yaml:"than_before"`
	// comparedFile: the same words of comparison before or after a metal
	// or a fineness (compared_metal.go; #13, the fourteenth session's
	// karatthan14).
	comparedFile `yaml:",inline"`
	// equativeFile: the words of an equative comparison of the piece's
	// metal with another (equative.go; #13, equative37).
	equativeFile `yaml:",inline"`
	// ContrastAfter are the words of a contrast where they
	// follow what is compared (Korean "다이아몬드와는 다른", Turkish
	// "pırlantalardan farklı": unlike diamonds). A form may begin with
	// the case ending the compared word then carries, written "-와는 다른",
	// "-dan farklı"; without one the word stands bare ("pırlanta
	// yerine"). A colour of the compared stone is that stone's (#13, the
	// fourteenth session's otherstone14).
	ContrastAfter []string `yaml:"contrast_after"`
	// InclusionNouns are the nouns of a stone's inclusions (veins, flecks,
	// specks, inclusions, needles: "żyłki", "Einschlüsse", "paillettes",
	// 内包物), InclusionMinerals the stems of the minerals that form them
	// (pyrite in lapis lazuli, rutile in quartz: "piryt", "Pyrit",
	// 黄铁矿), matched as the start of a word (inclusion.go).
	InclusionNouns    []string `yaml:"inclusion_nouns"`
	InclusionMinerals []string `yaml:"inclusion_minerals"`
}

type lightData struct {
	light          phrases
	lightTails     []string
	hue            phrases
	look           phrases
	lookTails      []string
	looksLike      phrases
	looksLikeAfter startPhrases
	imitationOf    phrases
	inclusion      phrases
	inclusionTails []string
	minerals       []string // folded stems
	likeTails      []string // folded
	likeBefore     phrases
	pieceLike      phrases
	pieceLikeAfter phrases
	likePrefixes   []string // folded
	thanBefore     phrases
	comparedData
	equativeData
	contrastAfter map[string]startPhrases // by the ending glued to the compared word ("" none)
}

func compileLight(lf lightFile) lightData {
	d := lightData{light: phraseSet(lf.LightNouns), look: phraseSet(lf.LookNouns),
		looksLike: phraseSet(lf.LooksLike), looksLikeAfter: startPhraseSet(lf.LooksLikeAfter)}
	d.lightTails = compoundTails(d.light)
	d.hue = phraseSet(lf.HueNouns)
	d.lookTails = compoundTails(d.look)
	d.likeTails = foldedForms(lf.LikeTails)
	d.likeBefore = phraseSet(lf.LikeBefore)
	d.imitationOf = phraseSet(lf.ImitationOf)
	d.pieceLike = phraseSet(lf.PieceLikeness)
	d.pieceLikeAfter = phraseSet(lf.PieceLikenessAfter)
	d.likePrefixes = foldedForms(lf.LikePrefixes)
	d.thanBefore = phraseSet(lf.ThanBefore)
	d.comparedData = compileCompared(lf.comparedFile)
	d.equativeData = compileEquative(lf.equativeFile)
	if len(lf.ContrastAfter) > 0 {
		by := map[string][]string{}
		for _, f := range lf.ContrastAfter {
			end := ""
			if rest, ok := strings.CutPrefix(f, "-"); ok {
				end, f, _ = strings.Cut(rest, " ")
				end = foldString(end)
			}
			by[end] = append(by[end], f)
		}
		d.contrastAfter = map[string]startPhrases{}
		for end, fs := range by {
			d.contrastAfter[end] = startPhraseSet(fs)
		}
	}
	d.inclusion = phraseSet(lf.InclusionNouns)
	d.inclusionTails = compoundTails(d.inclusion)
	for _, s := range lf.InclusionMinerals {
		if f := foldString(s); f != "" {
			d.minerals = append(d.minerals, f)
		}
	}
	return d
}

// compoundTails are the single nouns of ps of five letters or more, which
// are matched as the tail of a compound too.
func compoundTails(ps phrases) []string {
	var tails []string
	for w, l := range ps.each() {
		for _, p := range l {
			if len(p) == 1 && utf8.RuneCountInString(w) >= 5 {
				tails = append(tails, w)
			}
		}
	}
	slices.Sort(tails)
	return tails
}

// lightGap is how many tokens that are neither colour nor fact may stand
// between a light noun and the colours that qualify it: "flashes of |
// blue", "blue and | green flashes", "青や緑の | きらめき".
const lightGap = 2

// lightWindow bounds the scan on either side of a colour word.
const lightWindow = 8

// describesLight reports whether colour match i qualifies a light noun,
// alone or in a coordinated list of colours ("blue and green flashes",
// "flashes of blue and green").
func (c *checker) describesLight(i int, m match) bool {
	if c.lx.light.size() == 0 || c.besideStone(i, m) || c.besideStoneNoun(i, m) {
		return false
	}
	// Forward, where adjectives come before their noun: colours joined by
	// at most lightGap short words, then the noun. Where they follow it
	// ("un pendentif bleu au reflet doux"), a colour belongs to the noun
	// before it, so only the backward scan applies.
	if !c.lx.adjAfter && c.lightBefore(i, m, false) {
		return true
	}
	return c.lightAfter(i, m, false)
}

// lightBefore reports whether m, alone or with the colours coordinated
// after it, stands before a light noun ("blue and green flashes"), or
// with incl before a noun of inclusions ("złote żyłki").
func (c *checker) lightBefore(i int, m match, incl bool) bool {
	last := m.tj
	j := i + 1
	// The window runs from the last colour of the list, not from m: a
	// list of colours is as long as it is, and in Han and kana, where each
	// character is a token, "オレンジやグリーン、ゴールドの" fills eight tokens
	// before its noun (#13, the twenty-first session's iridescence27).
	for k := m.tj + 1; k < len(c.toks) && k <= last+lightWindow; k++ {
		if c.toks[k].brk && k > last+1 {
			break
		}
		for j < len(c.ms) && c.ms[j].tj < k {
			j++
		}
		// A clause break right after the colour continues a list of
		// colours ("blue, green and red flashes") only: a light noun
		// after it opens another clause ("珍珠，粉色，光泽柔和": pink
		// is said of the pearls, #13 eleventh session).
		if c.toks[k].brk && !(j < len(c.ms) && c.ms[j].ti == k && lightKind(c.ms[j].f.kind)) {
			break
		}
		if j < len(c.ms) && c.ms[j].ti <= k && c.ms[j].f.kind != kindIgnore {
			// A compound of a mineral and a noun of inclusions
			// ("kultaisia rikkikiisupilkkuja", golden pyrite flecks;
			// "valkoisia kalsiittisuonia", white calcite veins) is the
			// noun the colour qualifies (#13, constituent25).
			if incl && m.f.kind != kindStone && c.ms[j].ti-last-1 <= lightGap && c.inclusionCompound(c.ms[j]) {
				return true
			}
			if !lightKind(c.ms[j].f.kind) && !(incl && c.inclusionStone(c.ms[j])) {
				break
			}
			last = c.ms[j].tj
			k = last
			continue
		}
		if n := c.nounEndsAt(k, incl); n > 0 && k-n+1 > last && k-n+1-last-1 <= lightGap {
			return true
		}
		if k-last > lightGap+3 {
			break
		}
	}
	return false
}

// lightAfter reports whether m, alone or with the colours coordinated
// before it, follows a light noun and at most lightGap linking words
// ("flashes of blue and green", "des éclats bleus et verts"), or with
// incl a noun of inclusions ("paillettes dorées").
func (c *checker) lightAfter(i int, m match, incl bool) bool {
	first := m.ti
	j := i - 1
	for k := m.ti - 1; k >= 0 && k >= first-lightWindow; k-- {
		for j >= 0 && c.ms[j].ti > k {
			j--
		}
		// A clause break right before a colour of the list continues it
		// when a colour ends right before the break: "flashes of orange,
		// green and gold", "ljuset i blått, grönt och guld", "ışığı mavi,
		// yeşil ve altın tonlarına" (#13, iridescence27: the list's
		// later colours blocked as the piece's). Any other break ends
		// the clause the light noun stands in.
		if c.toks[k+1].brk && (c.toks[k+1].sbrk || k+1 != first || j < 0 || c.ms[j].tj != k || !lightKind(c.ms[j].f.kind)) {
			break
		}
		if j >= 0 && c.ms[j].tj >= k && c.ms[j].f.kind != kindIgnore {
			if !lightKind(c.ms[j].f.kind) && !(incl && c.inclusionStone(c.ms[j])) {
				break
			}
			first = c.ms[j].ti
			k = first
			continue
		}
		if n := c.nounEndsAt(k, incl); n > 0 && first-k-1 <= lightGap {
			return true
		}
		if first-k > lightGap {
			break
		}
	}
	return false
}

// nounEndsAt is lightEndsAt, or with incl the length of a noun of
// inclusions ending at token k.
func (c *checker) nounEndsAt(k int, incl bool) int {
	if incl {
		return c.phraseEndsAt(c.lx.inclusion, c.lx.inclusionTails, k)
	}
	n := c.lightEndsAt(k)
	if n > 0 && c.lightInStoneName(k-n+1, k) {
		return 0
	}
	return n
}

// besideStone reports whether the colour m stands right beside a stone
// word of the piece, before it or, where adjectives follow their noun,
// after it ("a blue fire agate", "ágata azul", "青色火玛瑙"): then it is the
// stone's colour, which colour compares with the stone's, not a colour of
// its light (#13, iridescence27: "the blue fire agate's play of colour"
// warned as light on a brown fire agate).
func (c *checker) besideStone(i int, m match) bool {
	if m.f.kind != kindColour {
		return false
	}
	if i+1 < len(c.ms) && c.ms[i+1].f.kind == kindStone && c.ms[i+1].ti == m.tj+1 && !c.toks[m.tj+1].brk {
		return true
	}
	return c.lx.adjAfter && i > 0 && c.ms[i-1].f.kind == kindStone && c.ms[i-1].tj+1 == m.ti && !c.toks[m.ti].brk
}

// lightInStoneName reports whether the light noun of tokens a..b is a word
// of a stone's name, not the head of a phrase of light: "fire agate",
// "fire opal", ファイアーアゲート (the stone word right after it, a long-vowel
// mark or hyphen between at most), and where adjectives follow their
// noun "ágata de fuego", "agate de feu", "agata di fuoco" (the stone word
// and one short link right before it). The colour before "fire" in "a blue
// fire agate" is the stone's (#13, iridescence27).
func (c *checker) lightInStoneName(a, b int) bool {
	stoneAt := func(k int, start bool) bool {
		for _, o := range c.ms {
			if o.f.kind == kindStone && (start && o.ti == k || !start && o.tj == k) {
				return true
			}
		}
		return false
	}
	if !c.lx.adjAfter {
		k := b + 1
		if k < len(c.toks) && !c.toks[k].brk && (c.toks[k].s == "ー" || c.toks[k].s == "・") {
			k++
		}
		return k < len(c.toks) && !c.toks[k].brk && stoneAt(k, true)
	}
	k := a - 1
	if k >= 0 && !c.toks[k+1].brk && utf8.RuneCountInString(c.toks[k].s) <= 3 && !c.isFactToken(k) {
		k--
	}
	return k >= 0 && !c.toks[k+1].brk && stoneAt(k, false)
}

// lightEndsAt returns the length in tokens of a light noun ending at token
// k, or 0.
func (c *checker) lightEndsAt(k int) int {
	w := c.toks[k].s
	best := 0
	for _, p := range c.lx.light.get(w) {
		if len(p) > best && k+1 >= len(p) && endsWith(c.toks, k, p) {
			best = len(p)
		}
	}
	if best > 0 {
		return best
	}
	// A clitic glued before the noun (Arabic "بلمعان", with a sheen).
	if in := c.lx.inflection; in != nil {
		for _, p := range in.prefixes {
			if len(w) > len(p) && w[:len(p)] == p && slices.ContainsFunc(c.lx.light.get(w[len(p):]), func(ph []string) bool { return len(ph) == 1 }) {
				return 1
			}
		}
	}
	for _, t := range c.lx.lightTails {
		if len(w) > len(t)+2 && len(w) >= len(t) && w[len(w)-len(t):] == t {
			return 1
		}
	}
	return 0
}

// lightKind: colour words, and metal words in their colour sense ("a
// glint of blue and gold"), may name a light's colour.
func lightKind(k kind) bool { return k == kindColour || k == kindMaterial }

// lightColour compares a colour of light as colour (or material) does,
// as a warning.
func (c *checker) lightColour(i int, m match) {
	c.warnColour(i, m, " (a colour of the light it gives, not of the piece: check)")
}

// warnColour compares colour (or material) m as colour or material does,
// and makes what it finds a warning with note.
func (c *checker) warnColour(i int, m match, note string) {
	n := len(c.out)
	if m.f.kind == kindMaterial {
		c.material(m)
	} else {
		c.colour(i, m)
	}
	for j := n; j < len(c.out); j++ {
		c.out[j].Severity = core.SeverityWarn
		c.out[j].Message += note
	}
}

// coordinatedWithColour reports whether a metal word stands in a list with
// a colour word, at most lightGap tokens away ("a glint of blue and
// gold"): only there is it a colour of light; "a gold heart that glows"
// and "l'éclat de l'or" stay the metal.
func (c *checker) coordinatedWithColour(i int, m match) bool {
	if i > 0 && c.ms[i-1].f.kind == kindColour && m.ti-c.ms[i-1].tj-1 <= lightGap && !c.brkBetween(c.ms[i-1].tj, m.ti) {
		return true
	}
	return i+1 < len(c.ms) && c.ms[i+1].f.kind == kindColour && c.ms[i+1].ti-m.tj-1 <= lightGap && !c.brkBetween(m.tj, c.ms[i+1].ti)
}

// metalLook reports whether the gold or silver word m names the look of
// the piece's light rather than its metal (issue #13, ctx9: colour words
// against metal claims): the bare metal, on a piece whose colours include
// it, qualifying a light noun right after it ("a silver sheen", "zilveren
// glans", "hopeinen kiilto", "ασημένια λάμψη", "złoty połysk", "실버
// 광택", "シルバーの輝き"; one head link such as の, 的, 의 may stand
// between) or glued to one as the head of a compound ("silverglans",
// "sølvglans", "guldglans", "kullanhohde"). Where adjectives follow their
// noun a metal after a light noun is the metal's own ("l'éclat de l'or"),
// so only the compound applies there. An alloy or a solid metal
// ("sterling", "925", "fine silver") is never a look, and a metal the
// piece does not show in its colours stays a claim of its material.
func (c *checker) metalLook(m match) bool {
	if m.f.kind != kindMaterial || c.lx.light.size() == 0 {
		return false
	}
	v := m.f.value
	metal := c.cn.SolidMetals[v]
	if metal == "" {
		// A base metal (steel, titanium) compared for its look or light:
		// "glitters like steel" on silver marcasite earrings (#13,
		// simile12), when the piece shows the metal's colour.
		for _, col := range c.cn.MaterialColours[v] {
			if contains(c.facts.colours, col) && (c.resembled(m) || c.likeBefore(m) || c.likeStone(m)) {
				return true
			}
		}
		return false
	}
	if contains(c.cn.Alloys, v) || c.cn.isSolidValue(v) || !contains(c.facts.colours, metal) && !c.baseAlloyMember(v) {
		return false
	}
	if _, plated := c.cn.Plated[v]; plated {
		return false
	}
	if m.ti == m.tj {
		t := c.toks[m.ti]
		if tail := runeTail(t.s, m.end-m.start); tail != "" && m.start == t.start {
			return c.lightWord(tail) || c.lookWord(tail)
		}
	}
	if c.resembled(m) || c.lookOf(m) || c.likeBefore(m) || c.likeStone(m) {
		return true
	}
	return c.lightNounAfter(m)
}

// baseAlloyMember reports whether the metal v is a member of a base-metal
// alloy of the piece's body (canon alloy_metals: shibuichi's silver; an
// alloy implying no precious metal, minorConstituent): its light is the
// alloy's, "a misty grey with a silver sheen", "zilveren glans",
// "hopeisen hohteen" on shibuichi, copper with 20-40 % silver that
// patinates to silvery greys (Hughes & Rowe, The Colouring, Bronzing and
// Patination of Metals, 1982; #13, probe60: nl-NL 60C02-1, fi-FI
// 60C01-2). "Solid silver" and "925" on it still block.
func (c *checker) baseAlloyMember(v string) bool {
	for _, alloy := range c.facts.body {
		if contains(c.cn.AlloyMetals[alloy], v) && minorConstituent(c.cn, c.facts.body, alloy, v) {
			return true
		}
	}
	return false
}

// materialLook reports whether a material that is not a metal (canon
// simile_materials: glass, porcelain, silk, ice) names the look or light of
// the piece's stone rather than what the piece is made of: likened to
// ("shines like glass", "brilha como vidro", "lśnią jak szkło", "cam
// gibi", "ガラスのように", "유리 같은", 像玻璃一样, "glass-like") or
// qualifying a light noun ("유리 광택", ガラス光沢, 玻璃光泽, "glass
// lustre": vitreous lustre, the mineralogist's name for a lustre like
// glass's; Mindat, "Lustre"; GIA, "Luster"). Glass said of the piece
// ("made of glass", "glass beads") still blocks (#13, the nineteenth
// session's vitreous25: an apophyllite pendant's "유리 같은 면들", glass-like
// faces, blocked as glass).
func (c *checker) materialLook(m match) bool {
	if m.f.kind != kindMaterial || !contains(c.cn.SimileMaterials, m.f.value) || c.lx.light.size() == 0 {
		return false
	}
	if m.ti == m.tj {
		t := c.toks[m.ti]
		if tail := runeTail(t.s, m.end-m.start); tail != "" && m.start == t.start {
			return c.lightWord(tail) || c.lookWord(tail) || c.likeStone(m)
		}
	}
	return c.resembled(m) || c.likeBefore(m) || c.likeStone(m) || c.lightNounAfter(m) || c.resembledNounOf(m) || c.resembledNounAfter(m)
}

// lightNounAfter reports whether a light or look noun follows m as its
// head ("a silver sheen", "유리 광택", "シルバーの輝き": one head link such as
// の, 的, 의 may stand between), where adjectives come before their noun:
// where they follow it, a word after a light noun is its own ("l'éclat de
// l'or"), so this never applies there.
func (c *checker) lightNounAfter(m match) bool {
	if c.lx.adjAfter {
		return false
	}
	k := m.tj + 1
	if k < len(c.toks) && !c.toks[k].brk && c.lx.headLinks.hasWordAt(&c.toks[k]) {
		k++
	}
	if k >= len(c.toks) || c.toks[k].brk || c.toks[k].sbrk {
		return false
	}
	for e := k; e < len(c.toks) && e <= k+2; e++ {
		if n := c.lightEndsAt(e); n > 0 && e-n+1 == k {
			return true
		}
		if n := c.phraseEndsAt(c.lx.look, c.lx.lookTails, e); n > 0 && e-n+1 == k {
			return true
		}
	}
	return false
}

// lookGap is how many short words (an article, a preposition: "of",
// "de la", "dell'") may stand between a noun of appearance or a verb of
// resemblance and the metal: "the look of silver", "l'aspect de
// l'argent", "ressemble à de l'argent".
const lookGap = 2

// shortLink reports whether tokens a..b (inclusive, possibly none) are
// short words of one clause: no break, no fact, none longer than five
// letters.
func (c *checker) shortLink(a, b int) bool {
	for k := a; k <= b; k++ {
		if c.toks[k].brk || c.toks[k].sbrk || utf8.RuneCountInString(c.toks[k].s) > 5 || c.isFactToken(k) {
			return false
		}
	}
	return b+1 >= len(c.toks) || !c.toks[b+1].brk
}

// resembled reports whether the metal m is what the piece is said to
// look like (issue #13, ctx10; 16 CFR 23.6 forbids calling a piece
// silver, not naming the colour it shows): a verb of resemblance before
// it ("looks like silver", "sieht aus wie Silber", "ziet eruit als
// zilver", "wygląda jak srebro", "看起来像银") or after it ("gümüş gibi
// görünür"), at most lookGap short words between.
func (c *checker) resembled(m match) bool {
	if c.lx.looksLike.size() > 0 {
		for e := m.ti - 1; e >= 0 && e >= m.ti-1-lookGap; e-- {
			if !c.shortLink(e+1, m.ti-1) {
				break
			}
			if c.phraseEndsAt(c.lx.looksLike, nil, e) > 0 {
				return true
			}
		}
	}
	if len(c.lx.looksLikeAfter) > 0 {
		for s := m.tj + 1; s < len(c.toks) && s <= m.tj+1+lookGap; s++ {
			if !c.shortLink(m.tj+1, s-1) || c.toks[s].brk || c.toks[s].sbrk {
				break
			}
			for range c.lx.looksLikeAfter.at(c.toks, s) {
				return true
			}
		}
	}
	return false
}

// likeBefore reports whether a like_before word of comparison stands right
// before m, at most a determiner between, in its clause ("som stål", "como
// o aço", 像钢).
func (c *checker) likeBefore(m match) bool {
	return c.phraseRightBefore(m, c.lx.likeBefore)
}

// phraseRightBefore reports whether a phrase of ps ends right before m, at
// most a determiner between, in its clause.
func (c *checker) phraseRightBefore(m match, ps phrases) bool {
	if ps.size() == 0 {
		return false
	}
	k := m.ti - 1
	if k >= 0 && !c.toks[k+1].brk && c.lx.determiners[c.toks[k].s] {
		k--
	}
	return k >= 0 && !c.toks[k+1].brk && c.phraseEndsAt(ps, nil, k) > 0
}

// comparedWith reports whether a than_before word of comparison stands
// right before the stone m, at most a determiner between, in its clause
// ("than a diamond", "qu'un diamant", "niż diament", 比钻石).
//
// A colour of the compared stone may stand between ("different from a
// clear diamond", "skiljer den från en klar diamant", 有別於透明鑽石), and
// where the word follows what is compared, the stone carries
// its case ending and the word comes next (contrast_after) ("다이아몬드와는 다른",
// "pırlantalardan farklı"; #13, otherstone14).
func (c *checker) comparedWith(m match) bool {
	if c.lx.thanBefore.size() > 0 {
		if c.phraseRightBefore(m, c.lx.thanBefore) {
			return true
		}
		if ti, ok := c.colourRightBefore(m.ti); ok && c.phraseRightBefore(match{ti: ti, tj: ti}, c.lx.thanBefore) {
			return true
		}
	}
	return c.comparedAfter(m)
}

// colourRightBefore returns the first token of a colour match that ends
// right before token ti in its clause.
func (c *checker) colourRightBefore(ti int) (int, bool) {
	if ti <= 0 || c.toks[ti].brk {
		return 0, false
	}
	for _, o := range c.ms {
		if o.ti >= ti {
			break
		}
		if o.f.kind == kindColour && o.tj == ti-1 {
			return o.ti, true
		}
	}
	return 0, false
}

// comparedAfter reports whether a contrast_after word follows the stone m,
// the stone's token ending as the form says (any ending for a bare form).
func (c *checker) comparedAfter(m match) bool {
	if len(c.lx.contrastAfter) == 0 || m.tj+1 >= len(c.toks) || c.toks[m.tj+1].brk {
		return false
	}
	// The ending may lie inside the match, where the vocabulary reads the
	// inflected word whole ("pırlantalardan"), or after it.
	w := c.toks[m.tj].s
	for end, ps := range c.lx.contrastAfter {
		if end != "" && (len(w) <= len(end) || !strings.HasSuffix(w, end)) {
			continue
		}
		for range ps.at(c.toks, m.tj+1) {
			return true
		}
	}
	return false
}

// imitated reports whether the stone word m names what the piece's stone
// imitates, mimics, rivals or resembles (issue #13, eleventh session:
// "etterligner diamantens glans", "pırlantanın ışıltısını taklit eden"
// read as diamonds on a cubic zirconia piece), not a stone the piece has:
// a verb of resemblance or imitation (looks_like, looks_like_after) next
// to it as resembled reads it ("mimics diamonds", "Diamanten
// nachempfunden"), or with the light or look it imitates between, each
// side at most lookGap short words away: "imitates the sparkle of
// diamond", "imite l'éclat du diamant", "naśladują blask diamentów",
// "pırlantanın ışıltısını taklit eden", "ダイヤモンドの輝きを模した",
// "다이아몬드의 광채를 모방한"; or after a noun of appearance ("the look of
// diamonds", lookOf). A stone word without such a verb ("38 diamonds")
// stays the piece's; naming a simulant as the gem it imitates is the
// regulatory check's (16 CFR 23.25(e), 23.26).
func (c *checker) imitated(m match) bool {
	if c.comparedWith(m) {
		return true
	}
	if c.lx.looksLike.size() == 0 && len(c.lx.looksLikeAfter) == 0 {
		return false
	}
	if c.resembled(m) || c.lookOf(m) || c.likeStone(m) || m.f.kind == kindStone && c.phraseRightBefore(m, c.lx.imitationOf) {
		return true
	}
	// verb … noun … stone: the noun ends at e, the verb before it.
	if c.lx.looksLike.size() > 0 {
		for e := m.ti - 1; e >= 0 && e >= m.ti-1-lookGap; e-- {
			if !c.imitationLink(e+1, m.ti-1) {
				break
			}
			n := c.imitatedNounEndsAt(e)
			if n == 0 {
				continue
			}
			s := e - n + 1
			for v := s - 1; v >= 0 && v >= s-1-lookGap; v-- {
				if !c.imitationLink(v+1, s-1) {
					break
				}
				if c.phraseEndsAt(c.lx.looksLike, nil, v) > 0 {
					return true
				}
			}
		}
	}
	// stone … noun … verb: the noun starts at s, the verb after it.
	if len(c.lx.looksLikeAfter) > 0 {
		for s := m.tj + 1; s < len(c.toks) && s <= m.tj+1+lookGap; s++ {
			if c.toks[s].brk || c.toks[s].sbrk || !c.imitationLink(m.tj+1, s-1) {
				break
			}
			for e := s; e < len(c.toks) && e <= s+2; e++ {
				if c.toks[e].brk && e > s || c.imitatedNounEndsAt(e) != e-s+1 {
					continue
				}
				for v := e + 1; v < len(c.toks) && v <= e+1+lookGap; v++ {
					if c.toks[v].brk || c.toks[v].sbrk || !c.imitationLink(e+1, v-1) {
						break
					}
					for range c.lx.looksLikeAfter.at(c.toks, v) {
						return true
					}
				}
			}
		}
	}
	return false
}

// likeStone reports whether the stone m is glued to a "-like" word
// (like_tails: "diamond-like", "diamantähnlich", "diamantachtige", Korean
// "다이아몬드처럼", like a diamond) or,
// where adjectives come first, followed by a noun of appearance ("a
// diamond look"): the look of the stone, not the stone.
func (c *checker) likeStone(m match) bool {
	t := c.toks[m.tj]
	if tail := runeTail(t.s, m.end-m.start); m.ti == m.tj && tail != "" && m.start == t.start {
		for _, l := range c.lx.likeTails {
			if strings.HasPrefix(tail, l) {
				return true
			}
		}
		if slices.ContainsFunc(c.lx.light.get(tail), func(ph []string) bool { return len(ph) == 1 }) {
			return true // "Diamantglanz": the lustre of its kind (#13, expl58)
		}
	}
	if m.ti == m.tj {
		// A form that takes the word's endings as its own (Korean
		// particles: "다이아몬드처럼" matched whole) ends with the tail.
		for _, l := range c.lx.likeTails {
			if len(t.s) > len(l) && strings.HasSuffix(t.s, l) {
				return true
			}
		}
	}
	k := m.tj + 1
	if k >= len(c.toks) || c.toks[k].brk || c.toks[k].sbrk {
		return false
	}
	if c.hyphenBefore(k) {
		for _, l := range c.lx.likeTails {
			if strings.HasPrefix(c.toks[k].s, l) {
				return true
			}
		}
	}
	if c.gluedTailAt(k) {
		return true
	}
	if c.lx.adjAfter {
		return false
	}
	for e := k; e < len(c.toks) && e <= k+1; e++ {
		if n := c.phraseEndsAt(c.lx.look, nil, e); n > 0 && e-n+1 == k {
			return true
		}
	}
	return false
}

// gluedTailAt reports whether a like_tails word starts at token k written
// against the token before it with no space, spelt over the one-character
// tokens of a script written without spaces: Chinese "玻璃般的光泽" (a
// glass-like lustre), "钻石似的" (#13, constituent35).
func (c *checker) gluedTailAt(k int) bool {
	for _, l := range c.lx.likeTails {
		j := k
		rest := l
		for rest != "" && j < len(c.toks) && c.toks[j].start == c.toks[j-1].end && !c.toks[j].brk && strings.HasPrefix(rest, c.toks[j].s) && c.toks[j].s != "" {
			rest = rest[len(c.toks[j].s):]
			j++
		}
		if rest == "" && j > k {
			return true
		}
	}
	return false
}

// imitationLink is shortLink for imitated: a word the vocabulary ignores
// (Japanese の and を, matched by look-alike entries) is a link too.
func (c *checker) imitationLink(a, b int) bool {
	for k := a; k <= b; k++ {
		if c.toks[k].brk || c.toks[k].sbrk || utf8.RuneCountInString(c.toks[k].s) > 5 || c.factTokenNotIgnored(k) {
			return false
		}
	}
	return b+1 >= len(c.toks) || !c.toks[b+1].brk
}

// factTokenNotIgnored reports whether token k is a word of a match that
// is not a look-alike the vocabulary ignores.
func (c *checker) factTokenNotIgnored(k int) bool {
	for _, m := range c.ms {
		if m.ti > k {
			break
		}
		if m.ti <= k && k <= m.tj && m.f.kind != kindIgnore {
			return true
		}
	}
	return false
}

// imitatedNounEndsAt returns the length in tokens of a light noun or a
// noun of appearance ending at token k ("sparkle", "éclat", "Glanz",
// "ışıltısını", 輝き), or 0.
func (c *checker) imitatedNounEndsAt(k int) int {
	if n := c.lightEndsAt(k); n > 0 {
		return n
	}
	return c.phraseEndsAt(c.lx.look, c.lx.lookTails, k)
}

// lookOf reports whether the metal m follows a noun of appearance and a
// link ("the look of silver", "l'aspect de l'argent", "o aspeto da
// prata"): the appearance of the metal, not the metal. One link word at
// least stands between.
func (c *checker) lookOf(m match) bool {
	if c.lx.look.size() == 0 {
		return false
	}
	for e := m.ti - 2; e >= 0 && e >= m.ti-1-lookGap; e-- {
		if !c.shortLink(e+1, m.ti-1) {
			return false
		}
		if c.phraseEndsAt(c.lx.look, nil, e) > 0 {
			return true
		}
	}
	return false
}

// phraseEndsAt returns the length in tokens of a phrase of ps ending at
// token k, or of a compound ending in one of tails, or 0.
func (c *checker) phraseEndsAt(ps phrases, tails []string, k int) int {
	w := c.toks[k].s
	best := 0
	for _, p := range ps.at(&c.toks[k]) {
		if len(p) > best && k+1 >= len(p) && endsWith(c.toks, k, p) {
			best = len(p)
		}
	}
	if best > 0 {
		return best
	}
	for _, t := range tails {
		if len(w) > len(t)+2 && w[len(w)-len(t):] == t {
			return 1
		}
	}
	return 0
}

// lookWord reports whether w, the rest of a compound after a metal word,
// is a noun of appearance ("Silber|optik", "zilver|look"), after at most
// one linking letter.
func (c *checker) lookWord(w string) bool {
	if c.lx.look.hasWord(w) {
		return true
	}
	if _, n := utf8.DecodeRuneInString(w); n < len(w) && c.lx.look.hasWord(w[n:]) {
		return true
	}
	for _, t := range c.lx.lookTails {
		if len(w) > len(t) && w[len(w)-len(t):] == t {
			return true
		}
	}
	return false
}

// lightWord reports whether w, the rest of a compound after a metal word,
// is a light noun: one of the language's single light nouns, after at most
// one linking letter ("silver|glans", "kulla|n|hohde"), or ending in one
// of five letters or more.
func (c *checker) lightWord(w string) bool {
	if c.lx.light.hasWord(w) {
		return true
	}
	if _, n := utf8.DecodeRuneInString(w); n < len(w) && c.lx.light.hasWord(w[n:]) {
		return true
	}
	for _, t := range c.lx.lightTails {
		if len(w) > len(t) && w[len(w)-len(t):] == t {
			return true
		}
	}
	return false
}

// inclusionStone reports whether m names a mineral that is a stone's
// inclusions (canon inclusion_stones: pyrite, rutile), which stands
// between a colour and the noun of the inclusions it colours ("kultaisia
// rikkikiisun pilkkuja", "altın pirit damarlı"; #13, cjk_mineral19 made
// them stones of the vocabularies).
// inclusionCompound reports whether the stone match m heads a compound
// word whose rest is a noun of inclusions ("rikkikiisu|pilkkuja",
// "kalsiitti|suonia", "Pyrit|einschlüsse").
func (c *checker) inclusionCompound(m match) bool {
	if m.f == nil || m.f.kind != kindStone || m.ti != m.tj {
		return false
	}
	t := c.toks[m.tj]
	if m.start != t.start || m.end >= t.end {
		return false
	}
	tail := runeTail(t.s, m.end-t.start)
	return tail != "" && c.inclusionWord(tail)
}

func (c *checker) inclusionStone(m match) bool {
	return m.f != nil && m.f.kind == kindStone && contains(c.cn.InclusionStones, m.f.value)
}
