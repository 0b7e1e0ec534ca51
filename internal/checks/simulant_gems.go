package checks

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
	"github.com/copydesk/copydesk/internal/text"
)

// Simulants presented as gems (issue #13, misses: simulant_as_gem). Glass,
// crystal, cubic zirconia and other imitations may not be described as
// gems or precious stones (US FTC Guides for the Jewelry Industry, 16 CFR
// 23.23 and 23.25; CIBJO Gemstone Book: an imitation must be disclosed and
// never called by a gem name; EU Unfair Commercial Practices Directive
// 2005/29/EC art. 6(1)(b) on a product's main characteristics). When every
// stone of the product is a simulant, a word for gem or precious stone in
// the copy blocks. The words are listed per language with their
// inflections; the Chinese and Japanese ones are matched in the text
// (no spaces), the others as token sequences.
var simulantGemWords = map[string][]string{
	"en": {"gem", "gems", "gemstone", "gemstones", "gem stone", "gem stones", "precious stone", "precious stones", "semi precious stone", "semi precious stones", "semiprecious stones", "semiprecious stone"},
	"fr": {"gemme", "gemmes", "pierre precieuse", "pierres precieuses", "pierre fine", "pierres fines", "pierre semi precieuse", "pierres semi precieuses"},
	"de": {"edelstein", "edelsteine", "edelsteinen", "edelsteins", "halbedelstein", "halbedelsteine", "halbedelsteinen"},
	"it": {"gemma", "gemme", "pietra preziosa", "pietre preziose", "pietra semipreziosa", "pietre semipreziose", "pietra semi preziosa", "pietre semi preziose"},
	"es": {"gema", "gemas", "piedra preciosa", "piedras preciosas", "piedra semipreciosa", "piedras semipreciosas"},
	"pt": {"gema", "gemas", "pedra preciosa", "pedras preciosas", "pedra semipreciosa", "pedras semipreciosas"},
	"nl": {"edelsteen", "edelstenen", "edelsteentje", "edelsteentjes", "halfedelsteen", "halfedelstenen"},
	"sv": {"adelsten", "adelstenar", "adelstenen", "adelstenarna", "halvadelsten", "halvadelstenar"},
	"da": {"aedelsten", "ædelsten", "ædelstene", "ædelstenen", "ædelstenene", "halvædelsten", "halvædelstene"},
	"nb": {"edelstein", "edelsteiner", "edelsteinen", "edelsteinene", "halvedelstein", "halvedelsteiner"},
	"fi": {"jalokivi", "jalokiven", "jalokiveä", "jalokivet", "jalokiviä", "jalokivillä", "jalokivien", "jalokivellä", "jalokiviin", "jalokiveen", "jalokivestä", "jalokivistä", "jalokivin", "puolijalokivi", "puolijalokiviä"},
	"pl": {"kamień szlachetny", "kamienie szlachetne", "kamieni szlachetnych", "kamieniami szlachetnymi", "kamieniem szlachetnym", "kamienia szlachetnego",
		"szlachetny kamień", "szlachetne kamienie", "szlachetnych kamieni", "szlachetnymi kamieniami", "szlachetnym kamieniem", "szlachetnego kamienia",
		"kamienie półszlachetne", "kamieni półszlachetnych", "półszlachetne kamienie", "półszlachetnymi kamieniami", "półszlachetnych kamieni"},
	"cs": {"drahokam", "drahokamy", "drahokamů", "drahokamem", "drahokamech", "drahokamu", "drahokamům", "polodrahokam", "polodrahokamy", "polodrahokamů",
		"drahý kámen", "drahé kameny", "drahými kameny", "drahých kamenů", "drahým kamenem"},
	"el": {"πολύτιμος λίθος", "πολύτιμοι λίθοι", "πολύτιμους λίθους", "πολύτιμων λίθων", "πολύτιμο λίθο", "πολύτιμη πέτρα", "πολύτιμες πέτρες", "πολύτιμων πετρών",
		"ημιπολύτιμοι λίθοι", "ημιπολύτιμες πέτρες", "ημιπολύτιμους λίθους", "ημιπολύτιμων λίθων"},
	"tr": {"değerli taş", "değerli taşlar", "değerli taşları", "değerli taşlarla", "değerli taşlı", "değerli taşın", "değerli taşla", "değerli taşıyla", "değerli taşlarıyla", "değerli taşa", "değerli taşlara", "kıymetli taş", "kıymetli taşlar", "kıymetli taşları", "kıymetli taşlarla", "yarı değerli taşlar", "mücevher taşı", "mücevher taşları"},
	"ar": {"حجر كريم", "أحجار كريمة", "احجار كريمة", "الأحجار الكريمة", "بأحجار كريمة", "حجارة كريمة", "الحجر الكريم", "أحجار شبه كريمة", "حجر شبه كريم",
		// the accusative of a counted noun (tamyiz after 11-99: "45 حجراً كريماً"), the dual, the clitic
		// preposition (#13, the seventeenth blind set's released half: a glass-crystal comb)
		"حجرا كريما", "حجران كريمان", "حجرين كريمين", "أحجارا كريمة", "بحجر كريم", "بحجارة كريمة", "بالأحجار الكريمة", "والأحجار الكريمة", "وأحجار كريمة", "حجرا شبه كريم"},
	"ko": {"보석", "보석이", "보석을", "보석으로", "보석의", "보석들", "보석들이", "보석처럼", "준보석", "원석", "원석이", "원석을"},
	"ja": {"宝石", "貴石", "半貴石", "天然石"},
	"zh": {"宝石", "寶石", "半宝石", "半寶石", "天然石"},
}

// roughGemWords are the gem words of simulantGemWords that name the rough
// or raw stone (ko 원석, 原石: the stone as mined, and in trade a gemstone):
// the stone a treatment word works on ("다공질 원석을 염색해 낸 색", the
// colour made by dyeing the porous rough; grounding.TreatedAt) is the raw
// material the colour was made of, no gem the piece is said to hold (#13,
// miss60: probe 58C ko-KR 58C01-3 on simulated magnesite). "원석 팔찌", the
// rough named alone, still presents the imitation as a gem.
var roughGemWords = map[string][]string{
	"ko": {"원석", "원석이", "원석을"},
}

// imitationWords are the words that disclose an imitation beside a gem
// word ("a simulated gemstone", "imitation de pierre précieuse", 仿宝石):
// the qualifiers the FTC Jewelry Guides ask of an imitation (16 CFR
// 23.25(e): "imitation", "simulated"; "faux" in trade) in each language,
// inflected. Stone names that some markets accept as qualifiers of a
// diamond word ("crystal", "cubic zirconia", market.yaml) are not here: "a
// crystal, a precious gemstone" still presents the crystal as a gem. Chinese
// and Japanese ones are matched in the few characters before the gem word
// (#13, the thirteenth session's imitation13).
var imitationWords = map[string][]string{
	"en": {"imitation", "imitations", "simulated", "simulant", "faux", "fake", "artificial"},
	"fr": {"imitation", "imitations", "simule", "simulee", "simules", "simulees", "fausse", "fausses", "factice", "factices", "artificielle", "artificielles"},
	"de": {"imitation", "imitiert", "imitierte", "imitierten", "imitiertem", "imitierter", "imitiertes", "kunstlich", "kunstliche", "kunstlichen", "kunstlicher", "simuliert", "simulierte", "simulierten"},
	"it": {"imitazione", "imitazioni", "simulata", "simulate", "simulato", "simulati", "finta", "finte", "artificiale", "artificiali"},
	"es": {"imitacion", "imitaciones", "simulada", "simuladas", "simulado", "simulados", "falsa", "falsas", "artificial", "artificiales"},
	"pt": {"imitacao", "imitacoes", "simulada", "simuladas", "simulado", "simulados", "falsa", "falsas", "artificial", "artificiais"},
	"nl": {"imitatie", "imitaties", "gesimuleerd", "gesimuleerde", "namaak", "kunstmatig", "kunstmatige", "nep"},
	"sv": {"imitation", "imitationer", "imiterad", "imiterade", "simulerad", "simulerade", "konstgjord", "konstgjorda", "falsk", "falska"},
	"da": {"imitation", "imitationer", "imiteret", "imiterede", "simuleret", "simulerede", "kunstig", "kunstige", "falsk", "falske"},
	"nb": {"imitasjon", "imitasjoner", "imitert", "imiterte", "simulert", "simulerte", "kunstig", "kunstige", "falsk", "falske"},
	"fi": {"jaljitelma", "jaljitelmia", "jaljitelman", "imitaatio", "imitaatiota", "keinotekoinen", "keinotekoisia"},
	"pl": {"imitacja", "imitacji", "imitacją", "imitacje", "imitujacy", "imitujaca", "imitujace", "symulowany", "symulowana", "symulowane", "sztuczny", "sztuczna", "sztuczne"},
	"cs": {"imitace", "imitaci", "imitujici", "simulovany", "simulovana", "simulovane", "umely", "umela", "umele"},
	"el": {"απομιμηση", "απομιμησεις", "απομιμησης", "ψευτικος", "ψευτικη", "ψευτικο", "τεχνητος", "τεχνητη", "τεχνητο"},
	"tr": {"imitasyon", "taklit", "yapay", "sahte"},
	"ar": {"مقلد", "مقلدة", "تقليد", "صناعي", "صناعية"},
	"ko": {"모조", "이미테이션", "인조"},
	"ja": {"イミテーション", "模造", "模擬", "人工", "フェイク"},
	"zh": {"仿", "人造", "模拟", "模擬"},
}

// simulantGemNotBefore: characters after a Chinese or Japanese gem word
// that make it another thing (宝石箱 jewellery box, 宝石蓝 sapphire blue).
const simulantGemNotBefore = "箱盒蓝藍绿綠红紅色商店店"

type gemPhrases struct {
	toks [][]string // folded token sequences (alphabetic scripts)
	subs []string   // substrings (Chinese, Japanese)
}

var imitationIndex = func() map[string]wordSet {
	out := map[string]wordSet{}
	for lang, ws := range imitationWords {
		if lang == "ja" || lang == "zh" {
			continue
		}
		folded := make([]string, len(ws))
		for i, w := range ws {
			folded[i] = foldWord(w)
		}
		out[lang] = newWordSet(folded)
	}
	return out
}()

// imitationBefore reports whether one of the language's imitation words
// ends within the four characters before byte offset bs of text (仿宝石,
// 仿制宝石, イミテーション宝石).
func imitationBefore(lang, text string, bs int) bool {
	start := bs
	for n := 0; n < 4 && start > 0; n++ {
		_, size := utf8.DecodeLastRuneInString(text[:start])
		start -= size
	}
	window := text[start:bs]
	for _, w := range imitationWords[lang] {
		// A word longer than the window (イミテーション) counts glued on.
		if strings.Contains(window, w) || strings.HasSuffix(text[:bs], w) {
			return true
		}
	}
	return false
}

// imitationBeside reports whether a word of imitationWords stands within
// two words before the gem phrase [i, e) or two words after it in its
// sentence ("a simulated gemstone", "imitacją kamienia szlachetnego",
// "gemma d'imitazione", Arabic "حجر كريم مقلد").
func (r *run) imitationBeside(i, e int) bool {
	set, ok := imitationIndex[r.lang]
	if !ok {
		return false
	}
	d := r.d
	sent := d.toks[i].sent
	for k := max(0, i-2); k < min(len(d.toks), e+2); k++ {
		if k >= i && k < e || d.toks[k].sent != sent {
			continue
		}
		if set.has(d.word(k)) {
			return true
		}
	}
	return false
}

var simulantGemIndex = func() map[string]gemPhrases {
	out := map[string]gemPhrases{}
	for lang, ws := range simulantGemWords {
		var g gemPhrases
		for _, w := range ws {
			if lang == "ja" || lang == "zh" {
				g.subs = append(g.subs, w)
				continue
			}
			var t []string
			for _, f := range strings.Fields(strings.ReplaceAll(w, "-", " ")) {
				t = append(t, gemWordKey(lang, foldWord(f)))
			}
			g.toks = append(g.toks, t)
		}
		out[lang] = g
	}
	return out
}()

// allSimulant reports whether the product has stones and every one is an
// imitation (origin simulant, or a simulant type such as glass or cubic
// zirconia). A product that lists no stones has as stones the simulant
// materials it lists ("black glass beads", "crystal beads", #13, the
// sixteenth released set): its beads are the imitation a gem word names.
// A lab-grown stone of a labSpecies type (moissanite) is no imitation.
func allSimulant(p *core.Product) bool {
	if len(p.Stones) == 0 {
		return simulantMaterials(p)
	}
	for _, s := range p.Stones {
		if s.Origin != core.OriginSimulant && !isSimulant(s.Type) || labSpeciesStone(s) {
			return false
		}
	}
	return true
}

// labSpecies are the stone types simulantMarks lists as a diamond's
// simulant that are also a mineral species of their own, found in nature:
// moissanite (silicon carbide; GIA Gem Encyclopedia, Mindat). Sold as a
// diamond simulant (origin simulant, or a type such as "moissanite
// simulant") it is an imitation of diamond; grown in a laboratory and sold
// as itself it is a laboratory-created stone of its own species, not an
// imitation of itself (16 CFR 23.23(c) and (d): a laboratory-created stone
// has essentially the same optical, physical and chemical properties as
// the stone named), and the gem word is governed by 23.25(b), not by the
// imitation rule (#13, claims45: probe 45C en-US 45C101-1/-3 "one of the
// hardest gem materials", zh-TW 45C102-3 "截然不同的寶石" on a lab-created
// moissanite).
var labSpecies = []string{"moissanite"}

// labSpeciesStone reports whether s is a lab-grown stone of a labSpecies
// type that names no other simulant mark (not "moissanite simulant", not
// "cubic zirconia").
func labSpeciesStone(s core.Stone) bool {
	if s.Origin != core.OriginLabGrown || !slices.ContainsFunc(labSpecies, func(w string) bool { return containsFold(s.Type, w) }) {
		return false
	}
	for _, w := range simulantMarks {
		if !slices.Contains(labSpecies, w) && containsFold(s.Type, w) {
			return false
		}
	}
	return true
}

// labSpeciesOnly reports whether the product's stones are all imitations
// or lab-grown stones of a labSpecies type, with at least one of the
// latter: the products allSimulant no longer counts as imitations only.
func labSpeciesOnly(p *core.Product) bool {
	n := 0
	for _, s := range p.Stones {
		switch {
		case labSpeciesStone(s):
			n++
		case s.Origin != core.OriginSimulant && !isSimulant(s.Type):
			return false
		}
	}
	return n > 0
}

// labGemsDisclosed reports whether the text names one of the product's
// lab-grown stones with a lab-grown qualifier of the market, as
// checkLabGems and checkSegmentedGems read a disclosure: beside the
// stone's name, glued to it, or after its weight.
func (r *run) labGemsDisclosed(p *core.Product) bool {
	gems := labGemsFor(r.in.Locale, r.lang, p)
	if len(gems) == 0 {
		return false
	}
	seg := segmentedLang(r.lang)
	if seg {
		defer r.useWords()()
	}
	d := r.d
	for _, gem := range gems {
		for i := range d.toks {
			if r.isMasked(i) || r.negated(i) {
				continue
			}
			if seg && !r.gemAt(gem, i) || !seg && !gem.has(d.word(i)) {
				if r.labCompound(i, gem.has) {
					return true
				}
				continue
			}
			if r.labQualified(i) || !seg && r.qualifiedAfterWeight(i) {
				return true
			}
		}
	}
	return false
}

// checkSimulantGems blocks a gem word on a product whose stones are all
// simulants; one finding is enough.
func (r *run) checkSimulantGems() {
	p := &r.in.Product
	lab := false
	if !allSimulant(p) {
		// A lab-created stone of its own species (labSpecies) may be
		// called a gem once the text discloses that it is lab-grown
		// (16 CFR 23.25(b)); undisclosed, the gem word blocks.
		if !labSpeciesOnly(p) || r.labGemsDisclosed(p) {
			return
		}
		lab = true
	}
	g, ok := simulantGemIndex[r.lang]
	if !ok {
		return
	}
	msg := func(w string) string {
		if lab {
			return fmt.Sprintf("%q: the product's stones are %s, laboratory-created, and a gem word needs them disclosed as lab-grown (FTC 16 CFR 23.25(b))", w, stoneTypes(p))
		}
		return fmt.Sprintf("%q: the product's stones are %s, imitations that may not be called gems or precious stones (FTC 16 CFR 23.25; CIBJO Gemstone Book)", w, stoneTypes(p))
	}
	for _, s := range g.subs {
		src := r.d.text
		for bs, be := range text.Occurrences(src, s) {
			if next := []rune(src[be:min(len(src), be+4)]); len(next) > 0 && strings.ContainsRune(simulantGemNotBefore, next[0]) {
				continue
			}
			// A gem word inside another piece's stone (红宝石 of the
			// matching earrings) is that piece's.
			if rs := utf8.RuneCountInString(src[:bs]); r.runesElsewhere(rs, rs+utf8.RuneCountInString(s)) {
				continue
			}
			// Disclosed as an imitation: 仿宝石.
			if imitationBefore(r.lang, src, bs) {
				continue
			}
			// Denied: 宝石ではありません, 并非宝石. Or the standard of a
			// comparison that sets the imitation apart: 比宝石软,
			// 宝石より柔らかい (#13, facts40).
			if grounding.NegatedAt(r.in.Locale, src, bs, be) || grounding.ComparisonStandardAt(r.in.Locale, src, bs, be) {
				continue
			}
			r.addBytes("regulatory.simulant_gem", CatRegulatory, core.SeverityBlock, msg(s), bs, be)
			return
		}
	}
	d := r.d
	for i := range d.toks {
		if r.isMasked(i) || r.isElsewhere(i) {
			continue
		}
		for _, t := range g.toks {
			if i+len(t) > len(d.toks) {
				continue
			}
			match := true
			for j, w := range t {
				if gemWordKey(r.lang, d.word(i+j)) != w {
					match = false
					break
				}
			}
			if match && !r.negated(i) && !r.imitationBeside(i, i+len(t)) && !r.denied(i, i+len(t)) && !r.comparisonStandard(i, i+len(t)) && !r.treatedRough(i, i+len(t)) {
				r.addTokens("regulatory.simulant_gem", CatRegulatory, core.SeverityBlock, msg(d.orig(i, i+len(t))), i, i+len(t))
				return
			}
		}
		if gemCompound(r.lang, d.word(i)) && !r.negated(i) && !r.imitationBeside(i, i+1) && !r.denied(i, i+1) && !r.comparisonStandard(i, i+1) {
			r.addTokens("regulatory.simulant_gem", CatRegulatory, core.SeverityBlock, msg(d.orig(i, i+1)), i, i+1)
			return
		}
	}
}

// treatedRough reports whether tokens [s, e) are a rough gem word
// (roughGemWords) that a treatment word works on (grounding.TreatedAt).
func (r *run) treatedRough(s, e int) bool {
	if e-s != 1 || !slices.Contains(roughGemWords[r.lang], r.d.word(s)) {
		return false
	}
	return grounding.TreatedAt(r.in.Locale, r.d.text, r.d.toks[s].bs, r.d.toks[e-1].be)
}

// gemWordKey is w as the gem phrases are compared: Arabic without its
// diacritics and tatweel (arabicMarks), which copy may or may not write
// ("حجراً كريماً", the accusative's tanween), other languages as folded.
func gemWordKey(lang, w string) string {
	if lang != "ar" {
		return w
	}
	return strings.Map(func(c rune) rune {
		if arabicMarks(c) {
			return -1
		}
		return c
	}, w)
}

func stoneTypes(p *core.Product) string {
	ts := make([]string, 0, len(p.Stones))
	for _, s := range p.Stones {
		ts = append(ts, s.Type)
	}
	return strings.Join(ts, ", ")
}

// simulantMaterialWords name an imitation stone or bead in a product's
// materials; naturalMaterialWords a stone or organic gem that is none
// ("rock crystal" and "quartz crystal" are quartz; "sapphire crystal" and
// "mineral glass" a watch's glass).
var simulantMaterialWords = []string{"glass", "crystal", "crystals", "zirconia", "cz", "acrylic", "resin", "plastic", "rhinestone", "rhinestones", "strass", "simulated", "imitation", "faux", "simulant"}
var naturalMaterialWords = []string{"pearl", "pearls", "rock", "quartz", "sapphire", "mineral", "shell", "amber", "coral", "jade", "onyx", "agate", "turquoise", "lapis", "jasper", "garnet", "amethyst", "moonstone", "diamond", "diamonds", "stone", "stones", "gemstone", "gemstones", "obsidian", "malachite", "hematite", "howlite", "labradorite", "tiger"}

// simulantMaterials reports whether a product without stones lists a
// simulant material and no natural stone among its materials.
func simulantMaterials(p *core.Product) bool {
	sim := false
	for _, m := range p.Materials {
		for _, w := range strings.FieldsFunc(strings.ToLower(m), func(r rune) bool { return !unicode.IsLetter(r) }) {
			if slices.Contains(naturalMaterialWords, w) {
				return false
			}
			if slices.Contains(simulantMaterialWords, w) {
				sim = true
			}
		}
	}
	return sim
}

// gemCompoundHeads: the gem words that lead a compound in the languages
// that write compounds as one word ("Edelsteinperlen", "edelsteenkralen",
// "ädelstenspärlor", "ædelstensperler", "edelsteinsperler",
// "jalokivihelmet", Czech "drahokamové korálky"): the compound is the gem
// word said of its head (#13, gem_beads17). gemCompoundNot: the second
// parts of look, likeness and colour that say no gem ("Edelsteinoptik",
// "Edelsteinfarben", "edelsteenkleurig", "jalokivenvärinen").
var gemCompoundHeads = map[string][]string{
	"de": {"edelstein", "halbedelstein"},
	"nl": {"edelsteen", "edelsten", "halfedelsteen", "halfedelsten"},
	"sv": {"ädelsten", "halvädelsten"},
	"da": {"ædelsten", "halvædelsten"},
	"nb": {"edelstein", "halvedelstein"},
	"fi": {"jalokiv", "puolijalokiv"},
	"cs": {"drahokam", "polodrahokam"},
}

var gemCompoundNot = []string{"optik", "look", "imitat", "farb", "kleur", "farg", "farv", "ahnlich", "artig", "achtig", "liknande", "lignende", "varinen", "savy", "vari", "imitac", "barv"}

var gemCompoundIndex = func() map[string][]string {
	out := map[string][]string{}
	for lang, ws := range gemCompoundHeads {
		for _, w := range ws {
			out[lang] = append(out[lang], foldWord(w))
		}
	}
	for i, w := range gemCompoundNot {
		gemCompoundNot[i] = foldWord(w)
	}
	return out
}()

// gemCompound reports whether the folded word w is a compound led by a
// gem word of lang and not one of look or colour.
func gemCompound(lang, w string) bool {
	for _, h := range gemCompoundIndex[lang] {
		if len(w) < len(h)+3 || !strings.HasPrefix(w, h) {
			continue
		}
		tail := strings.TrimLeft(w[len(h):], "sen")
		for _, n := range gemCompoundNot {
			if strings.HasPrefix(tail, n) || strings.HasPrefix(w[len(h):], n) {
				return false
			}
		}
		return true
	}
	return false
}

// imitatingStones reports whether every stone of the product imitates
// another: a simulant (glass, cubic zirconia, origin simulant) or a stone
// coloured by a dye or a coating (dyed howlite sold for its turquoise
// blue, coated quartz).
func imitatingStones(p *core.Product) bool {
	if len(p.Stones) == 0 {
		return false
	}
	for _, s := range p.Stones {
		t := strings.ToLower(s.Treatment)
		if s.Origin != core.OriginSimulant && !isSimulant(s.Type) && !strings.Contains(t, "dye") && !strings.Contains(t, "coat") {
			return false
		}
	}
	return true
}

// checkImitationNamed adds a regulatory finding to the first stone the
// grounding check blocked on a product whose stones all imitate (#13,
// probe17's imitation17): glass called "améthyste", "ametist", جمشت, a
// dyed howlite called "turquoise", "turquesa", 綠松石 is not only a stone the
// product lacks but an imitation named by the gem it imitates, with no
// qualifier (FTC Jewelry Guides 16 CFR 23.25(a): the name of a precious or
// semi-precious stone may not describe a product that is not that natural
// stone; (e): an imitation is named "imitation" or "simulated"; CIBJO
// Gemstone Book). A qualified name ("imitation ruby") is no grounding
// finding; a diamond word has the stone qualifier rule, a pearl word the
// pearl rule, and a simulant's own name ("crystal", "zirconia") imitates
// nothing.
func (r *run) checkImitationNamed() {
	p := &r.in.Product
	if !imitatingStones(p) {
		return
	}
	for _, f := range r.findings {
		if f.Category == CatRegulatory && f.Severity == core.SeverityBlock {
			return // the stone is already a regulatory fault (stone_qualifier, simulant_gem)
		}
	}
	var runes []rune // the text's, made on the first blocking stone finding
	for _, f := range r.findings {
		if f.Rule != grounding.RuleStone || f.Severity != core.SeverityBlock {
			continue
		}
		if runes == nil {
			runes = []rune(r.in.Text)
		}
		if f.Start < 0 || f.End > len(runes) || f.Start >= f.End {
			continue
		}
		w := string(runes[f.Start:f.End])
		if !imitatedGemName(r.in.Locale, w) {
			continue
		}
		r.findings = append(r.findings, core.Finding{Rule: "regulatory.imitation_named", Category: CatRegulatory, Severity: core.SeverityBlock,
			Message: fmt.Sprintf("%q: the product's stones are %s, which only imitate it; an imitation is not named by the gem it imitates without \"imitation\" or \"simulated\" (FTC 16 CFR 23.25(a), (e); CIBJO Gemstone Book)", w, stoneTypes(p)),
			Start:   f.Start, End: f.End})
		return
	}
}

// imitatedGemName reports whether the stone words w name a gem an
// imitation may copy: not a simulant's own name, a pearl (the imitation
// pearl rule) or a diamond (the stone qualifier rule). Words the
// vocabulary gives no value count as the gem the grounding check read.
func imitatedGemName(locale, w string) bool {
	var vals []string
	vals = append(vals, grounding.StoneValues(locale, strings.ToLower(w))...)
	if len(vals) == 0 {
		for _, part := range strings.Fields(w) {
			vals = append(vals, grounding.StoneValues(locale, strings.ToLower(part))...)
		}
	}
	if len(vals) == 0 {
		return true
	}
	for _, v := range vals {
		if !isSimulant(v) && !strings.Contains(v, "pearl") && !strings.Contains(v, "diamond") {
			return true
		}
	}
	return false
}

// comparisonStandard reports whether the gem words of tokens [i, e) are
// the standard of a comparison: "Kryształ jest bardziej miękki niż
// kamienie szlachetne", "softer than precious stones" set the imitation
// apart from gems, and call it none (grounding.ComparisonStandardAt; #13,
// facts40, released 40's pl-PL 40B104).
func (r *run) comparisonStandard(i, e int) bool {
	d := r.d
	return grounding.ComparisonStandardAt(r.in.Locale, d.text, d.toks[i].bs, d.toks[e-1].be)
}

// comparedStone reports whether the stone words of tokens [i, e) are the
// standard of a comparison or of an equative (grounding.EquativeStandardAt):
// "Moissanit är nästan lika hård som diamant", "almost as hard as
// diamond", 天然エメラルドと同じベリルの結晶 set the piece's stone beside
// the one compared with and name it none (#13, claims49: probe 49D sv-SE
// and ja-JP 49D103).
func (r *run) comparedStone(i, e int) bool {
	d := r.d
	bs, be := d.toks[i].bs, d.toks[e-1].be
	return grounding.ComparisonStandardAt(r.in.Locale, d.text, bs, be) || grounding.EquativeStandardAt(r.in.Locale, d.text, bs, be)
}
