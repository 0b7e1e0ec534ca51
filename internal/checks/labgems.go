package checks

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// gemNames recognises one lab-grown coloured gemstone of the product in
// copy: the built-in words of gemWords (en, fr, de, it, es) plus the
// locale pack's own name for the stone (writer.stones: Turkish "yakut",
// Polish "rubin", Greek "ρουμπίνι", Japanese "ルビー"), matched with its
// inflections: by Snowball stem where the language has a stemmer
// ("yakutun" is "yakut"), and by the name's stem as a prefix with at most
// four more letters ("rubinem", "ρουμπίνια", Korean "루비를"); Arabic
// names also with the article and its prepositions ("الياقوت", "بالياقوت").
// Japanese and Chinese names are dictionary words, matched whole.
type gemNames struct {
	words wordSet
	lang  string
	name  string // the pack's name, folded ("" when it has none)
	stem  string // its Snowball stem, or ""
	base  string // the prefix its inflected forms share
	whole bool   // segmented language: whole dictionary words only
	// locale and stone: the product's stone type (folded); a word the
	// locale's grounding vocabulary reads as a stone that type names
	// ("moissanitt" for a lab-grown moissanite, "rubinem" for a lab-grown
	// ruby) is the stone too, so every lab-grown stone type is read under
	// the names grounding knows (#13, thirteenth session, lab13).
	locale, stone string
}

func (g gemNames) has(w string) bool {
	if g.words.has(w) || g.named(w) {
		return true
	}
	return g.typeWord(w) || g.compoundGem(w) || g.colourGem(w)
}

// typeWord reports whether the grounding vocabulary reads w as a stone the
// product's stone type names (not a diamond or a pearl).
func (g gemNames) typeWord(w string) bool {
	if g.stone == "" || w == "" {
		return false
	}
	for _, v := range grounding.StoneValues(g.locale, w) {
		if !strings.Contains(v, "diamond") && !strings.Contains(v, "pearl") && containsFold(g.stone, v) {
			return true
		}
	}
	return false
}

// named reports whether w is the pack's name of the stone, inflected.
func (g gemNames) named(w string) bool {
	if g.name == "" || w == "" {
		return false
	}
	if w == g.name {
		return true
	}
	if g.whole {
		return false
	}
	if g.lang == "ar" {
		for _, p := range []string{"وبال", "بال", "وال", "لل", "ال"} {
			if rest, ok := strings.CutPrefix(w, p); ok && rest == g.name {
				return true
			}
		}
	}
	if g.stem != "" && stemWord(g.lang, w) == g.stem {
		return true
	}
	rest, ok := strings.CutPrefix(w, g.base)
	return ok && utf8.RuneCountInString(rest) <= 4
}

// labGemsFor returns the product's lab-grown coloured gemstones (diamonds
// and cultured pearls have rules of their own) as the locale names them:
// every lab-grown stone type, by its built-in names, the pack's name and
// the grounding vocabulary's names.
func labGemsFor(locale, lang string, p *core.Product) []gemNames {
	var out []gemNames
	pack := packFor(locale)
	for _, s := range p.Stones {
		if !labGrownStone(s) || containsFold(s.Type, "diamond") || containsFold(s.Type, "pearl") {
			continue
		}
		found := false
		for gem, words := range gemWords {
			if !containsFold(s.Type, gem) {
				continue
			}
			found = true
			g := gemNames{words: words, lang: lang, whole: segmentedLang(lang), locale: locale, stone: strings.ToLower(s.Type)}
			if pack != nil && pack.Writer != nil {
				n := foldWord(strings.ToLower(pack.Writer.Stones[gem]))
				// A name of two words is its head noun where adjectives
				// follow it (Arabic "ياقوت أحمر", red corundum).
				if head, _, two := strings.Cut(n, " "); two && (lang == "ar" || lang == "pt") {
					n = head
				}
				if n != "" && !strings.ContainsRune(n, ' ') {
					g.name, g.base = n, n
					if _, ok := stemmers[lang]; ok {
						g.stem = stemWord(lang, n)
					}
					// A name ending in a vowel inflects on its stem
					// ("ρουμπίνι" -> "ρουμπίνια", "rubiini" -> "rubiinia").
					if r, size := utf8.DecodeLastRuneInString(n); utf8.RuneCountInString(n) >= 5 && strings.ContainsRune("aeiouyıöüäåæøιαοεηυω", r) {
						g.base = n[:len(n)-size]
					}
				}
			}
			out = append(out, g)
		}
		// A stone of no built-in name (moissanite, a lab-grown
		// tanzanite): the vocabulary's names alone (16 CFR 23.25(b): the
		// name of any precious or semi-precious stone).
		if !found {
			out = append(out, gemNames{lang: lang, whole: segmentedLang(lang), locale: locale, stone: strings.ToLower(s.Type)})
		}
	}
	return out
}

// labGrownStone reports whether the stone is lab-grown: its origin says
// so, or, where it has none, its type holds a lab mark as a word
// ("lab-grown", "Chatham-created"), never the "lab" of "labradorite".
func labGrownStone(s core.Stone) bool {
	if s.Origin != "" {
		return s.Origin == core.OriginLabGrown
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(s.Type), func(c rune) bool { return !unicode.IsLetter(c) }) {
		if slices.Contains(labStoneMarks, w) {
			return true
		}
	}
	return false
}

func segmentedLang(lang string) bool { return lang == "ja" || lang == "zh" }

// gemAt reports whether the stone g is named at token i: its word, or in
// Japanese and Chinese a run of up to four dictionary words written
// together that the vocabulary knows as the stone (莫桑石 is 莫, 桑, 石 to
// the segmenter's dictionary).
func (r *run) gemAt(g gemNames, i int) bool {
	d := r.d
	w := d.word(i)
	if g.has(w) {
		return true
	}
	if !g.whole || g.stone == "" {
		return false
	}
	for k := i + 1; k < len(d.toks) && k <= i+3 && d.toks[k].sent == d.toks[i].sent && d.toks[k].bs == d.toks[k-1].be; k++ {
		w += d.word(k)
		if g.has(w) {
			return true
		}
	}
	return false
}

// checkSegmentedGems is checkLabGems for Japanese and Chinese copy, on its
// dictionary words (as checkSegmentedDiamonds): the pack's name of a
// lab-grown gemstone (ルビー, 红宝石) needs a qualifier of the market
// within four words (ラボグロウン, 实验室培育, 合成) at its first mention.
func (r *run) checkSegmentedGems(gems []gemNames) {
	if len(gems) == 0 || !segmentedLang(r.lang) {
		return
	}
	defer r.useWords()()
	d := r.d
	for _, gem := range gems {
		first, intro, disclosed := -1, -1, false
		for i := range d.toks {
			if r.isMasked(i) || r.negated(i) {
				continue
			}
			if !r.gemAt(gem, i) {
				// ラボグロウンオパール: the qualifier and the stone's name
				// as one katakana word (qualifiedCompound).
				if r.labCompound(i, gem.has) {
					disclosed = true
					break
				}
				continue
			}
			if r.labQualified(i) {
				disclosed = true
				break
			}
			if first < 0 {
				first = i
			}
			if intro < 0 && r.introducesStone(i) {
				intro = i
			}
		}
		// As in checkLabGems: a bare mention that introduces the stone
		// (5mmのブルーサファイア, 一颗蓝色蓝宝石) before the qualified one
		// is not disclosed by it (#13, labfirst34).
		switch {
		case !disclosed && first >= 0:
			r.addTokens("regulatory.stone_qualifier", CatRegulatory, core.SeverityBlock,
				fmt.Sprintf("%q: the stone is lab-grown and must be named with its qualifier%s", d.orig(first, first+1), r.labSource()), first, first+1)
		case disclosed && intro >= 0:
			r.addTokens("regulatory.stone_qualifier", CatRegulatory, core.SeverityBlock,
				fmt.Sprintf("%q: the stone is lab-grown and its first mention must carry the qualifier, not only a later one%s", d.orig(intro, intro+1), r.labSource()), intro, intro+1)
		}
	}
}

// collectionPrefixes start the words for a collection in the supported
// languages, so that a name glued to one in any inflection is found
// ("Momentskolleksjonen", "Momentsmallistosta", "Momentskollektionen").
var collectionPrefixes = []string{"collection", "kollektion", "kolleksjon", "mallisto", "kolekc", "koleksiyon", "collectie", "collezion", "coleccion", "colecao", "colecoes"}

func collectionPrefix(w string) bool {
	if len(w) < 2 {
		return false
	}
	for _, p := range collectionPrefixIndex()[[2]byte{w[0], w[1]}] {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// collectionPrefixIndex holds collectionPrefixes and every language's
// collection_prefixes (data/<lang>/glossary.yaml) by their first two
// bytes: the spelling check asks about every token of a text.
var collectionPrefixIndex = sync.OnceValue(func() map[[2]byte][]string {
	_, more := dataCollectionWords()
	idx := map[[2]byte][]string{}
	for _, p := range append(append([]string(nil), collectionPrefixes...), more...) {
		if len(p) < 2 {
			continue
		}
		k := [2]byte{p[0], p[1]}
		if !slices.Contains(idx[k], p) {
			idx[k] = append(idx[k], p)
		}
	}
	return idx
})

// naturalAfterLangs put an adjective after its noun: a natural word right
// after the stone describes it there ("rubis véritable", "rubino vero",
// "مويسانيت حقيقي").
var naturalAfterLangs = map[string]bool{"fr": true, "it": true, "es": true, "pt": true, "ar": true}

// weightWords may stand between a natural word and the stone it
// describes without counting as words ("a genuine 1 ct moissanite").
var weightWords = newWordSet([]string{"ct", "cts", "carat", "carats", "karat", "karats", "karaat", "kt", "ctw", "quilate", "quilates", "carati", "kilate", "karaatin", "karátový", "karatowy"})

// checkNaturalLab blocks a word of the market's lab_grown.natural list
// (real, genuine, natural, authentic: "en ekte moissanitt", "un vrai
// rubis", 本物のモアサナイト) describing a lab-grown stone of the product,
// whether or not a qualifier stands beside it: 16 CFR 23.27 (it is
// deceptive to use "real", "genuine", "natural", "precious",
// "semi-precious" or similar terms of a product produced artificially),
// and every market's rule against misleading names (#13, thirteenth
// session, lab13). The word describes the stone when it stands up to two
// words before it in its clause (numbers and weights not counted; four
// before a qualified mention), or
// right after it where adjectives follow the noun. It blocks beside a
// mention qualified by its own qualifier ("a genuine lab-grown ruby": no
// other mention of the stone within six words), and beside an unqualified
// mention before the stone has been named with its qualifier ("en ekte
// moissanitt"); a natural stone named after the disclosure, unqualified or
// next to another mention's qualifier, is the mined stone the lab-grown
// one is compared with ("Chemisch entspricht er einem natürlichen Rubin",
// "الياقوت المُنمّى في المختبر يطابق الياقوت الطبيعي") and passes.
func (r *run) checkNaturalLab(gems []gemNames, labDiamond bool) {
	m := r.market()
	if m == nil || len(m.natural) == 0 || len(gems) == 0 && !labDiamond {
		return
	}
	if m.segmented {
		defer r.useWords()()
	}
	d := r.d
	isStone := func(i int) bool {
		w := d.word(i)
		for _, g := range gems {
			if r.gemAt(g, i) {
				return true
			}
		}
		switch {
		case !labDiamond:
			return false
		case m.segmented:
			return m.diamond.has(w)
		}
		return r.isDiamondAt(i)
	}
	// compound: the stone named glued to its qualifier ("ein echter
	// Laborrubin", 本物のラボグロウンオパール), a qualified mention
	// (qualifiedCompound; #13, qual28).
	compound := func(i int) bool {
		for _, g := range gems {
			if r.labCompound(i, g.has) {
				return true
			}
		}
		return labDiamond && r.labCompound(i, r.isDiamondWord)
	}
	disclosed := false
	for i := range d.toks {
		if r.isMasked(i) || r.negated(i) || r.isElsewhere(i) {
			continue
		}
		glued := !isStone(i) && compound(i)
		if !glued && !isStone(i) {
			continue
		}
		// A qualifier after the stone's shape and size names it too
		// ("alexandrites rondes de 5 mm créées en laboratoire"; #13,
		// qualifier47).
		qualified := glued || r.labQualified(i) || !m.segmented && r.qualifiedAfterWeight(i)
		own := qualified && !r.stoneNear(i, 6, isStone)
		k := r.naturalBeside(m, i)
		wasDisclosed := disclosed
		disclosed = disclosed || qualified
		if k < 0 || !own && wasDisclosed {
			continue
		}
		s, e := min(i, k), max(i, k)+1
		if wasDisclosed && r.comparedStone(s, e) {
			// The natural stone the disclosed lab-grown one is
			// compared with: 天然エメラルドと同じベリルの結晶 (#13,
			// claims49: probe 49D ja-JP 49D103).
			continue
		}
		r.addTokens("regulatory.stone_qualifier", CatRegulatory, core.SeverityBlock,
			fmt.Sprintf("%q: %q must never describe a lab-grown stone, even beside its qualifier (16 CFR 23.27)%s", d.orig(s, e), d.orig(k, k+1), r.labSource()), s, e)
	}
}

// stoneNear reports whether another mention of the stone stands within n
// tokens of i in its sentence: a qualifier near i may be that one's.
func (r *run) stoneNear(i, n int, isStone func(int) bool) bool {
	d := r.d
	for k := max(i-n, 0); k < len(d.toks) && k <= i+n; k++ {
		if k != i && d.toks[k].sent == d.toks[i].sent && isStone(k) {
			return true
		}
	}
	return false
}

// naturalBeside returns the token of a natural word describing the stone
// at i, or -1.
func (r *run) naturalBeside(m *market, i int) int {
	d := r.d
	sent := d.toks[i].sent
	// Two words before the stone, four before a qualified one: the
	// qualifier's words stand between ("a genuine lab-created ruby").
	limit := 2
	if r.labQualified(i) {
		limit = 4
	}
	n := 0
	for k := i - 1; k >= 0 && n < limit; k-- {
		if d.toks[k].sent != sent || r.clauseBreakBefore(k+1) {
			break
		}
		w := d.word(k)
		if isDigitWord(w) || weightWords.has(w) {
			continue
		}
		n++
		if r.phraseAt(k, m.natural) {
			return k
		}
	}
	if naturalAfterLangs[r.lang] {
		if k := i + 1; k < len(d.toks) && d.toks[k].sent == sent && !r.clauseBreakBefore(k) && r.phraseAt(k, m.natural) {
			return k
		}
	}
	return -1
}

// introWords are the words that introduce a stone as a new referent of
// the copy, by language: the indefinite articles and the numeral one (and
// in Japanese, Korean and Chinese the numeral with its counter). A bare
// name of the product's lab-grown stone after one ("a pink sapphire",
// "uno zaffiro blu", "einen blauen Saphir", 一颗蓝宝石), or after a
// number ("a 5 mm sapphire", 5mmのサファイア), is the stone's first
// mention, which must carry the qualifier (#13, labfirst34); a bare
// name without one may be the species in general ("Alexandrite is
// known for ...", "L'alexandrite est célèbre ...") or the piece's name.
var introWords = map[string]wordSet{
	"en": newWordSet([]string{"a", "an", "one"}),
	"de": newWordSet([]string{"ein", "eine", "einen", "einem", "einer", "eines"}),
	"fr": newWordSet([]string{"un", "une"}),
	"es": newWordSet([]string{"un", "una"}),
	"it": newWordSet([]string{"un", "uno", "una"}),
	"pt": newWordSet([]string{"um", "uma"}),
	"nl": newWordSet([]string{"een", "één"}),
	"sv": newWordSet([]string{"en", "ett"}),
	"da": newWordSet([]string{"en", "et"}),
	"nb": newWordSet([]string{"en", "ei", "et"}),
	"fi": newWordSet([]string{"yksi", "yhden", "yhtä"}),
	"pl": newWordSet([]string{"jeden", "jedna", "jedno", "jednym", "jedną"}),
	"cs": newWordSet([]string{"jeden", "jedna", "jedno", "jedním", "jednu"}),
	"tr": newWordSet([]string{"bir"}),
	"el": newWordSet([]string{"ένα", "ένας", "μια", "μία", "έναν", "ενός"}),
	"ar": newWordSet([]string{"واحد", "واحدا", "واحدة"}),
	"ja": newWordSet([]string{"一", "一つ", "1つ", "一粒", "一石"}),
	"ko": newWordSet([]string{"한", "하나", "하나의", "1개"}),
	"zh": newWordSet([]string{"一", "一颗", "一顆", "一枚", "一粒", "颗", "顆", "枚", "粒"}),
}

// articleless languages have no indefinite article: a number right after
// the stone's name ("szafir 5 mm", 사파이어 1개) introduces it too.
var articleless = map[string]bool{"fi": true, "pl": true, "cs": true, "ar": true, "ja": true, "ko": true, "zh": true}

// introducesStone reports whether the stone named at token i is introduced
// there: an introWords word or a number up to three words before it in
// its sentence ("a pink sapphire", "uno zaffiro", "5 mm blue sapphire"),
// or, in the articleless languages, a number up to three words after it.
func (r *run) introducesStone(i int) bool {
	d := r.d
	set := introWords[r.lang]
	sent := d.toks[i].sent
	intro := func(k int) bool {
		w := d.word(k)
		// a count word of the vocabulary ("two blue sapphires", "iki mavi
		// safir", "zwei blaue Saphire") introduces the piece's stones as
		// "a" and a digit do (#13, misses49, probe 49D tr-TR 49D104-2)
		return set.has(w) || startsDigit(w) || grounding.NumberWord(r.in.Locale, w)
	}
	for k := i - 1; k >= 0 && k >= i-3 && d.toks[k].sent == sent; k-- {
		if intro(k) {
			return true
		}
	}
	if articleless[r.lang] {
		for k := i + 1; k < len(d.toks) && k <= i+3 && d.toks[k].sent == sent; k++ {
			if startsDigit(d.word(k)) {
				return true
			}
		}
	}
	return false
}

func startsDigit(w string) bool {
	for _, c := range w {
		return unicode.IsDigit(c)
	}
	return false
}

// qualifiedAfterWeight reports whether the market's qualifier follows the
// stone at i after its weight or size, where the language puts the
// qualifier after the noun ("ένα σμαράγδι 1,20 ct δημιουργημένο σε
// εργαστήριο", "uno zaffiro di 5 mm creato in laboratorio"): the numbers
// and units are not counted in the qualifier's reach (#13, labfirst34).
func (r *run) qualifiedAfterWeight(i int) bool {
	m := r.market()
	if m == nil {
		return false
	}
	d := r.d
	sent := d.toks[i].sent
	k := i + 1
	for k < len(d.toks) && k <= i+5 && d.toks[k].sent == sent && (startsDigit(d.word(k)) || weightWords.has(d.word(k)) || d.word(k) == "mm") {
		k++
	}
	if k == i+1 {
		k = r.stoneModifiersEnd(i)
	}
	if k == i+1 {
		return false
	}
	for s := k; s < len(d.toks) && s <= k+1 && d.toks[s].sent == sent; s++ {
		if r.phraseAt(s, m.lab) && !r.negated(s) {
			return true
		}
	}
	return false
}

// shapeAfterLangs put a stone's shape and size after its noun, and the
// lab-grown qualifier after them: "deux alexandrites rondes de 5 mm
// créées en laboratoire", "dos alejandritas redondas de 5 mm creadas en
// laboratorio", "due zaffiri ovali di 1 ct creati in laboratorio".
var shapeAfterLangs = map[string]bool{"fr": true, "it": true, "es": true, "pt": true}

// stoneShapeWords are the shapes and cuts a stone's noun phrase holds
// after its noun in those languages (folded): the stone named with them
// and its size is still one name, and the qualifier right after them is
// in immediate conjunction with it (16 CFR 23.23(c); #13, qualifier47).
var stoneShapeWords = newWordSet([]string{
	"rond", "ronde", "ronds", "rondes", "ovale", "ovales", "carré", "carrée", "carrés", "carrées", "coussin", "poire", "marquise",
	"taillé", "taillée", "taillés", "taillées", "facetté", "facettée", "facettés", "facettées",
	"redondo", "redonda", "redondos", "redondas", "ovalado", "ovalada", "ovalados", "ovaladas", "oval", "ovales", "cuadrado", "cuadrada", "cuadrados", "cuadradas",
	"tallado", "tallada", "tallados", "talladas", "facetado", "facetada", "facetados", "facetadas",
	"rotondo", "rotonda", "rotondi", "rotonde", "tondo", "tonda", "tondi", "tonde", "ovali", "quadrato", "quadrata", "quadrati", "quadrate",
	"sfaccettato", "sfaccettata", "sfaccettati", "sfaccettate", "tagliato", "tagliata", "tagliati", "tagliate",
	"ovais", "quadrado", "quadrada", "quadrados", "quadradas", "lapidado", "lapidada", "lapidados", "lapidadas",
	// the noun of cut before its shape: "taille ronde", "taglio rotondo",
	// "talla redonda", "lapidação redonda" (#13, adv47a)
	"taille", "taglio", "talla", "lapidação",
})

// diameterWords are the nouns of a size's dimension after it ("de 5 mm de
// diamètre", "di 5 mm di diametro"): part of the size (#13, adv47a).
var diameterWords = newWordSet([]string{"diamètre", "diámetro", "diametro", "diâmetro", "largeur", "ancho", "larghezza", "largura"})

// sizeOf are the prepositions of a size or weight after a stone's noun
// ("de 5 mm", "di 1 ct", "da 5 mm").
var sizeOf = newWordSet([]string{"de", "di", "da", "do", "du"})

// stoneModifiersEnd is the token after the shape words and the size that
// follow the stone at i in its noun phrase, where the language puts them
// after the noun (shapeAfterLangs): at most two shape words
// (stoneShapeWords) and a size or weight ("de 5 mm", "di 1,2 ct"), with
// no punctuation between; i+1 where none follows. "alexandrites rondes de
// 5 mm, serties …" stops at the comma: no qualifier past it is the
// name's, and i+1 is returned.
func (r *run) stoneModifiersEnd(i int) int {
	if !shapeAfterLangs[r.lang] {
		return i + 1
	}
	d := r.d
	sent := d.toks[i].sent
	k, shapes := i+1, 0
	for k < len(d.toks) && k <= i+6 && d.toks[k].sent == sent {
		if strings.TrimSpace(d.gap(k-1)) != "" {
			return i + 1
		}
		w := d.word(k)
		switch {
		case stoneShapeWords.has(w) && shapes < 2:
			shapes++
			k++
		case sizeOf.has(w) && k+1 < len(d.toks) && startsDigit(d.word(k+1)):
			k++
		case sizeOf.has(w) && k > i+1 && k+1 < len(d.toks) && diameterWords.has(d.word(k+1)) && (startsDigit(d.word(k-1)) || weightWords.has(d.word(k-1)) || d.word(k-1) == "mm"):
			k += 2
		case startsDigit(w) || weightWords.has(w) || w == "mm":
			k++
		default:
			return k
		}
	}
	return k
}
