package grounding

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Scope vocabulary beyond clothing, other nouns, other items and
// components (issue #13, false blocks). Each list is data in the locale
// pack's vocab.yaml:
//
//   - prenominal: adjectives that stand between a determiner and its noun
//     ("una piccola rosa", "une petite rose"), so that a not_before guard
//     of a colour word ("una rosa" is a flower) reaches across one of them.
//   - capitalised_nouns: the language capitalises every noun (German), so
//     a capital inside a sentence does not make a colour or stone word a
//     name; elsewhere "a gift for Ruby" names a person, not a stone.
//   - cross_sell_after: words after a fact, in its clause, that make it
//     another item's where the verb follows its object (Korean "… 반지와
//     함께 착용", Japanese "…リングと重ね付け", Turkish "… yüzükle
//     birlikte", Chinese "与…一起佩戴").
//   - distributive: words that make a count one per part ("each", "on
//     either side", "je", "各", "ずつ"): "one emerald on either side" of a
//     ring with two is true, and is compared as a multiple.
//   - category_cross_sell_after: words right after a category word of
//     another kind that make it a piece worn beside this one, where the
//     verb or postposition follows ("korvakorujen kanssa", "ピアスとも").
//   - determiners: words before a common noun but not a name ("a", "the",
//     "un", "ein"): a capitalised stone or colour word after one is still
//     a fact ("set with a Ruby").
//   - attribute_parts: nouns of parts that the product's attributes may
//     describe on their own ("chain", "cord"): a metal word of one is the
//     part's when the attributes name that metal ("a sterling silver
//     chain" on a plated pendant whose chain is silver), and the piece's
//     otherwise, so "an 18k gold chain" on a gold-plated necklace stays a
//     plating question.
type scopeFile struct {
	Prenominal       []string `yaml:"prenominal"`
	CapitalisedNouns bool     `yaml:"capitalised_nouns"`
	// StoneColourAfter: a colour right after a stone describes it, as
	// before it, though adjectives come first (Greek "διαμάντια μαύρα"):
	// no stone word before a colour names that colour (stone_predicate.go).
	StoneColourAfter bool     `yaml:"stone_colour_after"`
	CrossSellAfter   []string `yaml:"cross_sell_after"`
	Distributive     []string `yaml:"distributive"`
	// SidesTogether: distributive phrases that name the sides or parts of
	// the piece together ("on both sides", "zu beiden Seiten", "po obou
	// stranách", "po bokach", 양쪽에, 両側, 两侧): with one of them and no
	// word of "each" ("on each side", 씩, 各), a count may be the group's
	// whole across the sides ("a centre diamond and eight smaller ones on
	// both sides" of a ring with eight) as well as one per side.
	SidesTogether []string `yaml:"sides_together"`
	// PerSide: distributive phrases that give a count to each of the
	// piece's two sides ("on each side", "de chaque côté", "auf jeder
	// Seite", "على كل جانب", 片側, 每侧): a count with one is two parts'
	// worth (per_part.go perSideCount), "three on each side" of a ring
	// with six, not any divisor of a group.
	PerSide []string `yaml:"per_side"`
	// CountTotals: phrases that make a count in their clause the whole
	// of its stones ("eighteen stones across the pair", "in total", "au
	// total", "insgesamt", "إجمالًا", 合計, 共), though a distributive word
	// stands in the clause before it ("nine on each hoop, eighteen stones
	// across the pair"; per_part.go totalCount).
	CountTotals    []string `yaml:"count_totals"`
	AttributeParts []string `yaml:"attribute_parts"`
	// CategoryCrossSellAfter: words right after a category word (within
	// three tokens) that make it another piece worn with this one ("…
	// korvakorujen kanssa", "ピアスとも", "küpelerle harika görünür").
	CategoryCrossSellAfter []string `yaml:"category_cross_sell_after"`
	// OwnKindBesideAfter: words right after a category word of the
	// piece's own kind (at most one word between, in its clause) that make
	// it another piece worn beside this one, where the postposition or
	// case follows its noun (fi "vihkisormuksen rinnalla", ko "결혼반지
	// 옆에", ja "リングの隣"): a wedding ring beside an engagement ring is
	// another ring, and the metal of its noun phrase is that ring's (#13,
	// homograph35). "With" words stay out: "リングとネックレス" is the piece
	// and another.
	OwnKindBesideAfter []string `yaml:"own_kind_beside_after"`
	// Determiners: words that stand before a common noun but not before a
	// name, so "set with a Ruby" is still a stone.
	Determiners []string `yaml:"determiners"`
	// Ours: first-person plural possessives standing next to a noun ("our",
	// "notre", "unserem", "naszym", "μας" after it, 我们的, 저희); a
	// category of another kind in such a noun phrase is another piece of
	// the brand offered beside this one ("on our 9k gold bracelet").
	Ours []string `yaml:"ours"`
	// OursSuffixes: the same possessive written as an ending of the noun,
	// with any case ending after it (Finnish -mme, Turkish -ımız/-imizle,
	// Arabic -نا).
	OursSuffixes []string `yaml:"ours_suffixes"`
	// OwnPieceWords: third-person "own" phrases ("its own", "son propre",
	// "sin egen", "الخاصة بها"): after a cross-selling word they name the
	// piece's own part, so the cross-sold phrase ends there ("Pair it
	// with its own 45 cm chain"; #13, sense45).
	OwnPieceWords []string `yaml:"own_piece_words"`
	// InspirationWords: "inspired by", "inspiré par", "inspirado en": a
	// piece named right after them is what the piece is modelled on, so an
	// apposition after it describes the piece (#13, sense45).
	InspirationWords []string `yaml:"inspiration_words"`
	// ComitativeEndings: endings that put a noun in the case of "with"
	// (Korean 팔찌와, Turkish küpelerle): a category of another kind in that
	// case is a piece worn with this one.
	ComitativeEndings []string `yaml:"comitative_endings"`
	// SubjectMarkers: particles that mark a noun as the subject or topic
	// (Japanese は and が after it, Korean 은/는/이/가 as its ending). Where
	// they are given, a possessive phrase opening its sentence is its
	// subject only with one ("当店のブレスレットは…"), not as the goal of a
	// verb ("当店の…ブレスレットに付けられます").
	SubjectMarkers []string `yaml:"subject_markers"`
	// PartWords: category words that also name the rings a chain is made
	// of (plural "rings", "anneaux", "Ringe", "anelli", "argolas"): after
	// the piece's own or a related category (its chain) in the sentence,
	// they are parts of the piece, not its type.
	PartWords []string `yaml:"part_words"`
	// LinkNouns: nouns of the links of a chain ("links", "maillons",
	// "Glieder", "eslabones", コマ): any category word after one in its
	// sentence describes the links ("ses maillons sont de petits anneaux").
	LinkNouns []string `yaml:"link_nouns"`
	// ShadeWords: colour names the vocabulary does not compare (grey,
	// beige, cream): beside one a stone word names a colour ("pearl grey",
	// "grigio perla", "inci grisi", パールグレー, 珍珠灰), as "sapphire blue"
	// does beside a colour word.
	ShadeWords []string `yaml:"shade_words"`
	// ColourNouns: nouns of colour, shade or tone ("colour", "couleur",
	// "Farbe", "kolorze", "barvě", "renginde", "لون", 色): a stone word
	// right before one, or right after one (a link word such as "of" may
	// stand between), names a colour ("emerald colour", "couleur
	// émeraude", "w kolorze szmaragdu", "v barvě smaragdu"), as beside a
	// shade word.
	ColourNouns []string `yaml:"colour_nouns"`
	// ClothingStems: stems of clothing nouns matched with any ending, for
	// languages that decline them and whose vocabulary has no inflection
	// data (Polish "dżinsów", Czech "džínám", Greek "πουκάμισα", Finnish
	// "mekolla"); four letters or more.
	ClothingStems []string `yaml:"clothing_stems"`
	// HeadLinks: words that join a noun to the metal, stone or colour
	// that qualifies it after it ("earrings in rose gold", "une bague en
	// or", "Ohrringe aus Gold", "ring i guld", "خاتم من الذهب"), and
	// particles between a qualifier and the noun it comes before (の, 的,
	// 의): a fact's noun phrase runs through them to its head (scope_head.go).
	HeadLinks []string `yaml:"head_links"`
	// Demonstratives: words that point at the piece itself ("this",
	// "cette", "dieser", "questo", この, 这款): the product's own category
	// after one is the piece, and the facts of its noun phrase are
	// compared even in a sentence that suggests another piece ("pair this
	// 18k gold ring with our hoops").
	Demonstratives []string `yaml:"demonstratives"`
	// OtherPieceBefore: words before a category word of another kind, up
	// to four words between in its clause, that make it another piece
	// named without a verb of pairing: a comparison ("like our", "as our",
	// "the same as", "wie unser", "comme notre"), kinship ("sister",
	// "twin", "matching", "Schwester-", "jumelle"), a set ("from the set",
	// "in the gift set"). The facts of its phrase are that piece's.
	OtherPieceBefore []string `yaml:"other_piece_before"`
	// OtherPieceAfter: words after a category word of another kind, in its
	// clause, that make it another piece sold or given beside this one
	// ("… sold separately", "… from the same collection", "… separat
	// erhältlich", "… vendues séparément", "…は別売り", "…单独出售").
	OtherPieceAfter []string `yaml:"other_piece_after"`
	// OtherPieceEndings: the same cue written as an ending of the category
	// word (Korean "반지처럼", like a ring), with any ending after it.
	OtherPieceEndings []string `yaml:"other_piece_endings"`
	// PartnerWords: words that make a category word, even one of the
	// product's own kind, another piece: another person's ("partner ring",
	// "Partnerring", "la fede del partner", "l'alliance de votre
	// partenaire") or others of its kind ("other bracelets", "outras
	// pulseiras", "andere Armbänder", ほかのブレスレット). Up to two words
	// before it, up to three after it in its clause, or the first part of
	// its compound; the facts of its phrase are that piece's (#13, the
	// fourteenth session's otherpiece14: "Schön auch im Kontrast zu einem
	// Partnerring in Gelbgold" on a palladium band).
	PartnerWords []string `yaml:"partner_words"`
	// anchorFile: copulas, definites and piece parts that anchor a
	// category or colour word to the piece (anchor.go).
	anchorFile `yaml:",inline"`
	// PieceLinks: words that join a piece to what it holds or is set with
	// ("the Orbit ring with rubies", "der Ring Orbit mit Rubinen", "la
	// bague Orbit avec rubis", "δαχτυλίδι με ρουμπίνια"): after a category
	// word, a fact beyond one is that piece's, as beyond a head link, where
	// the piece is another (scope_head.go linked). Not head links: "a
	// necklace with…" said of the product keeps its facts either way, but
	// "with" does not join a qualifier to a noun after it.
	PieceLinks []string `yaml:"piece_links"`
	// RelativesBefore: relative clauses and qualifiers stand before their
	// noun (Japanese, Korean, Chinese, Turkish: "ルビーをセットしたLunaピアス",
	// "루비가 세팅된 Luna 귀걸이"): a fact before a category word of another
	// kind in its clause, named as another piece, is that piece's
	// (beforeOtherPiece).
	RelativesBefore bool `yaml:"relatives_before"`

	// RelativeOpeners: words that open a relative or participle clause
	// after a comma ("set with", "which", "qui", "die", "jossa", "który",
	// "που", "المرصعة"): right after another piece, the clause describes
	// it ("the Nova charm, set with green emeralds, …").
	RelativeOpeners []string `yaml:"relative_openers"`
	// PieceVerbs: the words beyond setting_words (stone_family.go) that
	// put, cut or treat a material or a stone on the piece ("mounted",
	// "framed", "inlaid", "crafted in", "strung", "faceted", "dyed",
	// gefasst, engastado): a sentence with one is about the piece, never
	// only about what its material is (material_sentence.go; #13,
	// generic26).
	PieceVerbs []string `yaml:"piece_verbs"`

	// OtherSubjects: words that open a sentence whose subject is several
	// things, a plural pronoun or a plural verb where the subject is
	// dropped ("they", "these", "ils", "elles", "sie sind", "son", "sono",
	// "są", 它们): after a sentence that offers another piece beside a
	// single one, the subject is that piece (pronoun_other.go).
	OtherSubjects []string `yaml:"other_subjects"`

	// GenericQuantifiers: words of a part of a kind, said right before a
	// plural stone noun ("few", "most", "many", "wenige", "pochissimi",
	// "la plupart des", "de flesta", "قليل من"): the stones in general, not
	// the piece's ("Very few rubies on the market have not undergone any
	// treatment"; treatment_denied.go, #13, adv47b). Not "all", "every":
	// "All our rubies are untreated" includes the piece's.
	GenericQuantifiers []string `yaml:"generic_quantifiers"`

	// GenericQuantifiersAfter: words of a part of a kind said after the
	// class they quantify ("for the most part", "größtenteils",
	// "en su mayoría", "çoğu", "suurin osa", の多く): the class in
	// general, not the piece (generic_after56.go; #13, counts56).
	GenericQuantifiersAfter []string `yaml:"generic_quantifiers_after"`

	// CombineVerbs: verbs of combining or pairing ("combines", "unites",
	// "vereint", "łączy", "förenar"): a generic stone noun they count is
	// the kinds of stone joined (count_combined57.go; #13, rel57).
	CombineVerbs []string `yaml:"combine_verbs"`

	// goesWithFile: verbs of matching or going with something (goes_with.go).
	goesWithFile `yaml:",inline"`
	// oursWithFile: the words that make a phrase of ours what the piece
	// is worn with (ours_with56.go).
	oursWithFile `yaml:",inline"`
	// accessoryFile: the parts of another thing and their links (accessory_part.go).
	accessoryFile `yaml:",inline"`
	// ownPairingFile: pairings that describe a part the piece comes with (own_pairing.go).
	ownPairingFile `yaml:",inline"`
	// personNameFile: the markers of a person's name (person_name.go).
	personNameFile `yaml:",inline"`
	// count59File: centre words, groups, each-of links (count59.go).
	count59File `yaml:",inline"`
	// count63File: the fittings of a pair's piece (count63.go).
	count63File `yaml:",inline"`
	// lab64File: lab-grown qualifiers said after the stone (lab_after64.go).
	lab64File `yaml:",inline"`
	// partGoldFile: links of a part to its material (part_gold60.go).
	partGoldFile `yaml:",inline"`
	// count60File: distributive numerals (count60.go).
	count60File `yaml:",inline"`
	// count60bFile: side phrases before a count (count60b.go).
	count60bFile `yaml:",inline"`
	// gradeFile: the words of a material's grade (quality_grade59.go).
	gradeFile `yaml:",inline"`
	// explain60File: quests and colouring verbs of explanations (explain60.go).
	explain60File `yaml:",inline"`
	// customFile: the words of a past custom (custom_practice68.go).
	customFile `yaml:",inline"`
	// probe60File: the words of an example (compared_example60.go).
	probe60File `yaml:",inline"`
	// between61File: the words of "between" (metal_between61.go).
	between61File `yaml:",inline"`
	// contrast62File: the nouns of a contrast of colours (contrast62.go).
	contrast62File `yaml:",inline"`
	// probe61bFile: object endings before a comitative (probe61b.go).
	probe61bFile `yaml:",inline"`
	// colour62File: the words of clarity (colour62.go).
	colour62File `yaml:",inline"`
	// compare62File: likeness, use beside and trade words (compare62.go).
	compare62File `yaml:",inline"`
	// compare63File: list particles, same-principle and lacking words (compare63.go).
	compare63File `yaml:",inline"`
	// elementRichFile: the words of an element a stone is rich in (element_rich.go).
	elementRichFile `yaml:",inline"`
	// alloy63File: the words that set another metal apart (alloy63.go).
	alloy63File `yaml:",inline"`
	// appositionFile: the words of restatement (apposition.go).
	appositionFile `yaml:",inline"`
	// apart64File: likeness of kin, contrast and care words (apart64.go).
	apart64File `yaml:",inline"`
	// like64File: likeness, sold-as and mistaken-for words after a stone (like64.go).
	like64File `yaml:",inline"`
	// confusedFile: the disjunctions and split verbs of what a stone is
	// taken for (confused_stone.go).
	confusedFile `yaml:",inline"`
	// prov64File: the gazetteer of gem sources and the words that say
	// one (prov64.go).
	prov64File `yaml:",inline"`
	// ratio64File: the fraction and multiple words of a ratio (ratio64.go).
	ratio64File `yaml:",inline"`
	// caratLinkFile: the links between a carat number and its stone or
	// gold (carat_link.go).
	caratLinkFile `yaml:",inline"`
	// materialDeniedFile: correlative negators and words of mistaking
	// (material_denied.go).
	materialDeniedFile `yaml:",inline"`
}

type scopeData struct {
	prenominal       map[string]bool
	capNouns         bool
	stoneColourAfter bool
	crossAfter       phrases
	distributive     phrases
	sides            phrases
	perSide          phrases
	totals           phrases
	attrParts        phrases
	catAfter         phrases
	ownKindBeside    phrases
	determiners      map[string]bool
	ours             phrases
	oursSuffixes     []string // folded, expanded
	ownPiece         phrases
	inspiration      phrases
	comitative       []string // folded, expanded
	subjects         []string // folded, expanded
	partWords        phrases
	linkNouns        phrases
	shades           phrases
	colourNouns      phrases
	clothStems       []string // folded, expanded
	headLinks        phrases
	demonstr         markedPhrases
	otherBefore      phrases
	otherAfter       phrases
	otherEndings     []string // folded, expanded
	partner          phrases
	anchorData
	relOpeners    phrases
	pieceVerbs    phrases
	pieceLinks    phrases
	relBefore     bool
	otherSubj     phrases
	genericQ      phrases
	genericQAfter phrases
	combineVerbs  phrases
	goesWith      goesWithData
	oursWith      oursWithData
	accessory     accessoryData
	ownPair       ownPairingData
	personNameData
	count59Data
	count63Data
	lab64Data
	partGoldData
	count60Data
	count60bData
	gradeData
	explain60Data
	customData
	probe60Data
	between61Data
	contrast62Data
	probe61bData
	colour62Data
	compare62Data
	compare63Data
	elementRichData
	alloy63Data
	appositionData
	apart64Data
	like64Data
	confusedData
	prov64Data
	ratio64Data
	caratLinkData
	materialDeniedData
}

func compileScope(sf scopeFile, errs *[]string) scopeData {
	return scopeData{
		prenominal:         wordSet(sf.Prenominal, errs),
		capNouns:           sf.CapitalisedNouns,
		stoneColourAfter:   sf.StoneColourAfter,
		crossAfter:         phraseSet(sf.CrossSellAfter),
		distributive:       phraseSet(sf.Distributive),
		sides:              phraseSet(sf.SidesTogether),
		perSide:            phraseSet(sf.PerSide),
		totals:             phraseSet(sf.CountTotals),
		attrParts:          phraseSet(sf.AttributeParts),
		catAfter:           phraseSet(sf.CategoryCrossSellAfter),
		ownKindBeside:      phraseSet(sf.OwnKindBesideAfter),
		determiners:        wordSet(sf.Determiners, errs),
		ours:               phraseSet(sf.Ours),
		oursSuffixes:       foldedForms(sf.OursSuffixes),
		ownPiece:           phraseSet(sf.OwnPieceWords),
		inspiration:        phraseSet(sf.InspirationWords),
		comitative:         foldedForms(sf.ComitativeEndings),
		subjects:           foldedForms(sf.SubjectMarkers),
		partWords:          phraseSet(sf.PartWords),
		linkNouns:          phraseSet(sf.LinkNouns),
		shades:             phraseSet(sf.ShadeWords),
		colourNouns:        phraseSet(sf.ColourNouns),
		clothStems:         foldedForms(sf.ClothingStems),
		headLinks:          phraseSet(sf.HeadLinks),
		demonstr:           strictMarkedPhraseSet(sf.Demonstratives),
		otherBefore:        phraseSet(sf.OtherPieceBefore),
		otherAfter:         phraseSet(sf.OtherPieceAfter),
		otherEndings:       foldedForms(sf.OtherPieceEndings),
		partner:            phraseSet(sf.PartnerWords),
		anchorData:         compileAnchor(sf.anchorFile),
		relOpeners:         phraseSet(sf.RelativeOpeners),
		pieceVerbs:         phraseSet(sf.PieceVerbs),
		pieceLinks:         phraseSet(sf.PieceLinks),
		relBefore:          sf.RelativesBefore,
		otherSubj:          phraseSet(sf.OtherSubjects),
		genericQ:           phraseSet(sf.GenericQuantifiers),
		genericQAfter:      phraseSet(sf.GenericQuantifiersAfter),
		combineVerbs:       phraseSet(sf.CombineVerbs),
		goesWith:           compileGoesWith(sf.goesWithFile),
		count59Data:        compileCount59(sf.count59File),
		count63Data:        count63Data{pairPieceParts: phraseSet(sf.PairPieceParts)},
		lab64Data:          lab64Data{labGrownAfter: phraseSet(sf.LabGrownAfter)},
		partGoldData:       compilePartGold(sf.partGoldFile),
		count60Data:        compileCount60(sf.count60File, errs),
		count60bData:       compileCount60b(sf.count60bFile),
		gradeData:          compileGrade(sf.gradeFile),
		explain60Data:      compileExplain60(sf.explain60File),
		customData:         compileCustom(sf.customFile),
		probe60Data:        compileProbe60(sf.probe60File),
		between61Data:      compileBetween61(sf.between61File),
		contrast62Data:     compileContrast62(sf.contrast62File),
		probe61bData:       compileProbe61b(sf.probe61bFile),
		colour62Data:       compileColour62(sf.colour62File),
		compare62Data:      compileCompare62(sf.compare62File),
		compare63Data:      compileCompare63(sf.compare63File),
		elementRichData:    compileElementRich(sf.elementRichFile),
		alloy63Data:        compileAlloy63(sf.alloy63File),
		appositionData:     compileApposition(sf.appositionFile),
		apart64Data:        compileApart64(sf.apart64File),
		like64Data:         compileLike64(sf.like64File),
		confusedData:       compileConfused(sf.confusedFile),
		prov64Data:         compileProv64(sf.prov64File),
		ratio64Data:        compileRatio64(sf.ratio64File),
		caratLinkData:      compileCaratLink(sf.caratLinkFile),
		materialDeniedData: compileMaterialDenied(sf.materialDeniedFile),
		oursWith:           compileOursWith(sf.oursWithFile),
		accessory:          compileAccessory(sf.accessoryFile),
		ownPair:            compileOwnPairing(sf.ownPairingFile),
		personNameData:     compilePersonName(sf.personNameFile),
	}
}

// clothingStem reports whether token k starts with a clothing stem
// (clothing_stems) and is at least as long.
func (c *checker) clothingStem(k int) bool {
	w := c.toks[k].s
	for _, st := range c.lx.clothStems {
		if strings.HasPrefix(w, st) {
			return true
		}
	}
	return false
}

// clothingStemWord reports whether w begins with a stem of a clothing
// noun (clothing_stems): the rest of a compound after a material word.
func (c *checker) clothingStemWord(w string) bool {
	for _, st := range c.lx.clothStems {
		if strings.HasPrefix(w, st) {
			return true
		}
	}
	return false
}

// clothingStemInside reports whether a stem of a clothing noun
// (clothing_stems) stands inside w after its first three bytes: the head
// of a compound whose first part is a material ("nahka|takin").
func (c *checker) clothingStemInside(w string) bool {
	for _, st := range c.lx.clothStems {
		if i := strings.Index(w, st); i >= 3 {
			return true
		}
	}
	return false
}

// shadeBeside reports whether a shade word (shade_words) stands right
// after the stone match m, or right before it where adjectives follow
// their noun ("grigio perla"), in its clause: then the stone word names a
// colour.
func (c *checker) shadeBeside(m match) bool {
	if c.lx.shades.size() == 0 {
		return false
	}
	if c.lx.adjAfter {
		return m.ti > 0 && !c.toks[m.ti].brk && c.lx.shades.endsAt(c.toks, m.ti-1)
	}
	for e := m.tj + 1; e < len(c.toks) && e <= m.tj+4; e++ {
		if c.toks[e].brk {
			return false
		}
		if c.lx.shades.spans(c.toks, m.tj+1, e) {
			return true
		}
	}
	return false
}

// colourNounBeside reports whether a colour noun (colour_nouns) stands
// right after the stone match m, or right before it with at most two link
// words between ("the colour of emerald", "w kolorze szmaragdu"), in its
// clause: then the stone word names a colour.
func (c *checker) colourNounBeside(i int, m match) bool {
	if c.lx.colourNouns.size() == 0 {
		return false
	}
	// A colour noun that begins a colour word of several ("cor-de-rosa",
	// pink) is that colour's: "uma kunzite cor-de-rosa" is a pink kunzite
	// (#13, released 7 unknown_vocab).
	if i+1 < len(c.ms) {
		if n := c.ms[i+1]; n.f.kind == kindColour && n.ti == m.tj+1 && n.tj > n.ti {
			return false
		}
	}
	for e := m.tj + 1; e < len(c.toks) && e <= m.tj+4; e++ {
		if c.toks[e].brk {
			break
		}
		if c.lx.colourNouns.spans(c.toks, m.tj+1, e) {
			// A colour right after the colour noun is the stone's own:
			// "أحجار غارنت بلون وردي" (garnets in a pink colour) names
			// garnets, not a garnet colour (#13, open44b). So is one a
			// link word after it, where the colour noun is the participle
			// of dyeing it shares its form with ("agata tinta di blu",
			// "agate teinte en bleu": agate dyed blue; #13, treat57: probe
			// 57C it-IT 57C02-2).
			// In the Romance languages (adjectives after their noun,
			// Latin script) any word right after the colour noun is its
			// complement, the colour it names, a shade the vocabulary
			// may lack ("perle de culture Akoya couleur pêche", a peach
			// Akoya pearl: #13, rel60, released 60A fr-CA 60A02-3).
			// Arabic's colour noun after the stone is its tamyiz, the
			// stone's colour ("زمردي اللون", emerald-coloured), and stays.
			if c.lx.adjAfter && latinWord(c.toks[e].s) && e+1 < len(c.toks) && !c.toks[e+1].brk && !linkWords[c.toks[e+1].s] && !c.lx.headLinks.hasWordAt(&c.toks[e+1]) {
				return false
			}
			return !c.colourStartsAt(e+1) && !(e+2 < len(c.toks) && linkWords[c.toks[e+1].s] && !c.toks[e+2].brk && c.colourStartsAt(e+2))
		}
	}
	if c.sharedColourNoun(i, m) {
		return true
	}
	// Before it only where a noun precedes its complement: "粉色锆石" is a
	// pink zircon (relatives_before).
	for k := m.ti - 1; k >= 0 && k >= m.ti-3 && !c.lx.relBefore; k-- {
		if c.toks[k+1].brk {
			return false
		}
		if c.lx.colourNouns.endsAt(c.toks, k) {
			return true
		}
		// No article: "the colour of the ruby" is a stone's colour.
		if s := c.toks[k].s; !linkWords[s] && !c.lx.headLinks.hasWord(s) {
			return false
		}
	}
	return false
}

// foldedForms expands and folds a list of word pieces (endings).
func foldedForms(list []string) []string {
	var out []string
	for _, s := range list {
		for _, e := range expand(s) {
			if f := foldString(e); f != "" {
				out = append(out, f)
			}
		}
	}
	return out
}

// crossSellAfterWindow is how many tokens after a fact a following
// cross-selling word may end (more where a token is one character).
func (c *checker) crossSellAfterWindow() int {
	return max(8, c.lx.countWindow)
}

// crossSellAfter reports whether a word of cross_sell_after follows m in
// its clause: then m describes the item it is worn with, unless the words
// up to it name a part of the piece itself (ownPartsCombinedAfter).
func (c *checker) crossSellAfter(m match) bool {
	if c.lx.crossAfter.size() == 0 {
		return false
	}
	w := c.crossSellAfterWindow()
	for k := m.tj + 1; k < len(c.toks) && w > 0; k++ {
		if c.toks[k].brk || c.charTokens() && c.subjectMarkerAt(k) {
			// "このイエローゴールドのリングは結婚指輪のそばに": the topic is
			// the piece, what it is beside comes after the marker
			break
		}
		if c.lx.crossAfter.endsAt(c.toks, k) {
			return !c.objectBeforeComitative(m, k-c.phraseEndsAt(c.lx.crossAfter, nil, k)+1) && !c.ownPartsCombinedAfter(k, m)
		}
		// a katakana word and a fact written in one-character tokens
		// count once ("K18ホワイトゴールドのシンプルなリングと合わせ":
		// #13, left59)
		if !c.katakanaRun(k) && !(c.charTokens() && c.isFactToken(k) && c.isFactToken(k-1)) {
			w--
		}
	}
	return false
}

// namedOther reports whether m belongs to the name of another product or
// stands in its noun phrase: a category word next to a capitalised word
// that is not the product's own name ("the Orbit Ring in rose gold", "la
// Bague Étoile en or rose", "ringen Luna i roséguld", "玫瑰金Luna戒指"),
// or a category word of another kind offered beside the piece ("zu einem
// Armband aus Gold").
// The facts of that phrase are up to namedAfter tokens after the name in
// its clause, or up to namedBefore tokens before it.
func (c *checker) namedOther(i int, m match) bool {
	for k, o := range c.ms {
		if o.f.kind != kindCategory || o.ti > m.tj+namedBefore+1 {
			if o.ti > m.tj+namedBefore+1 {
				break
			}
			continue
		}
		first, last, ok := c.nameAround(o)
		if ok && c.startsSentence(first) {
			ok = false // the subject: "The Aurelia pendant is crafted in…"
		}
		if !ok && c.crossSoldCategory(o) {
			first, last, ok = o.ti, o.tj, true
			// "our 9k yellow gold curb bracelet": the phrase runs from
			// the possessive.
			if st, ours := c.oursStart(o); ours && st < first {
				first = st
			}
		}
		if !ok {
			continue
		}
		if k == i || m.ti >= first && m.tj <= last {
			return true
		}
		if m.ti > last && c.wordsBetween(last, m.ti) <= namedAfter && !c.brkBetween(last, m.ti) && !c.ownBetween(last, m.ti) {
			return true
		}
		if m.tj < first && m.tj >= first-namedBefore && (!c.brkBetween(m.tj, first) || c.listedBeforeOther(m, first)) {
			return true
		}
	}
	return false
}

// listedBeforeOther reports whether the fact m is the first of the
// modifiers listed before another piece's noun at first, where a
// language puts them before it with a comma between and marks the noun's
// case (comitative_endings): "Aynı koleksiyondaki 14 ayar altın, inci
// detaylı bilezikle birlikte takabilirsiniz" (wear it with the 14k gold,
// pearl-detailed bangle; #13, othertr43: probe 43D tr-TR 43D102-2). Only
// one comma, right after m, with a word after it before the noun; m not
// a predicate (copula_endings, anchor.go: "14 ayar altındır, …") and no word of the
// piece before m in its clause ("Küpeler 14 ayar altın, …" says the
// earrings are).
func (c *checker) listedBeforeOther(m match, first int) bool {
	if len(c.lx.comitative) == 0 || first-m.tj < 2 {
		return false
	}
	k := m.tj + 1
	if !c.toks[k].brk || c.toks[k].sbrk || c.brkBetween(k, first) {
		return false
	}
	rs := []rune(c.text)
	if c.toks[m.tj].end > c.toks[k].start || c.toks[k].start > len(rs) || strings.TrimSpace(string(rs[c.toks[m.tj].end:c.toks[k].start])) != "," {
		return false
	}
	t := c.toks[m.tj].s
	for _, s := range c.lx.copulaEnds {
		if len(t) > len(s) && strings.HasSuffix(t, s) {
			return false
		}
	}
	for j := m.ti - 1; j >= 0 && !c.toks[j+1].brk && !c.toks[j+1].sbrk; j-- {
		if c.pieceWordAt(j) {
			return false
		}
	}
	return true
}

// crossSoldCategory reports whether o is a category other than the
// product's, named as something to wear it with ("zu einem Armband aus
// Gold", "with a bangle in rose gold"): the facts of its noun phrase are
// that item's.
func (c *checker) crossSoldCategory(o match) bool {
	pc := c.facts.category
	if pc == "" {
		return false
	}
	if o.f.value == pc {
		return c.ownKindBeside(o) || c.pairedOther(o)
	}
	// Ours is another piece even of a related kind: "on our 9k gold
	// bracelet" of a charm names the bracelet the brand sells beside it.
	if _, ours := c.oursStart(o); ours {
		return true
	}
	if contains(c.cn.Related[pc], o.f.value) || c.partSenseOf(pc, o.f) {
		return c.namedCompanion(o) || c.pairedOther(o) || c.coordinatedCrossSold(o)
	}
	if c.crossSell(o, c.lx.catCross) || c.componentOfOwn(o) || c.otherPieceCue(o) {
		return true
	}
	return c.catAfterNear(o) || c.coordinatedCrossSold(o)
}

// ownKindBeside reports whether the category match o, of the piece's own
// kind, is followed in its clause, at most one word between, by a word of
// own_kind_beside_after: another piece of that kind worn beside this one
// ("se kulkee luontevasti valkokultaisen vihkisormuksen rinnalla", "화이트
// 골드 결혼반지 옆에"), whose noun phrase's facts are that piece's (#13,
// homograph35: released 35's fi-FI 35A102-2). The piece itself is never
// said to be beside itself.
func (c *checker) ownKindBeside(o match) bool {
	if c.lx.ownKindBeside.size() == 0 {
		return false
	}
	for k := o.tj + 1; k < len(c.toks) && k <= o.tj+2; k++ {
		if c.toks[k].brk {
			break
		}
		if n := c.phraseEndsAt(c.lx.ownKindBeside, nil, k); n > 0 && k-n+1 > o.tj && k-n+1 <= o.tj+2 && !c.eachSideEndsAt(k) {
			return true
		}
	}
	return false
}

// namedCompanion reports whether the category match o, of a kind related
// to the piece's (an earring's chain, a pendant's necklace), is a named
// piece of the brand offered with this one: a word of
// category_cross_sell ("with") stands before it in its clause and a
// name, capitalised inside the sentence and no fact (a collection's, the
// product's own included: "the Essence chain" of Essence hoops), stands
// right beside it or is joined to it by a hyphen ("με την αλυσίδα
// Essence", "com a corrente Essence", "met de Essence-ketting"). Unnamed,
// a related kind after "with" is as likely the piece's own part
// ("σκουλαρίκια με αλυσίδα", earrings with a chain) and stays the piece's
// (#13, homograph35: released 35's el-GR 35B102-3).
func (c *checker) namedCompanion(o match) bool {
	if !c.crossSell(o, c.lx.catCross) {
		return false
	}
	// The product's own name and collection are masked as names
	// (capitalisedInside leaves masked words out), so a capital is read
	// here from the text itself.
	named := func(k int) bool {
		if k <= 0 || k >= len(c.toks) || c.toks[k].sbrk || c.isFactToken(k) {
			return false
		}
		r, n := utf8.DecodeRuneInString(c.text[c.byteAt(c.toks[k].start):])
		r2, _ := utf8.DecodeRuneInString(c.text[c.byteAt(c.toks[k].start)+n:])
		return unicode.IsUpper(r) && unicode.IsLower(r2)
	}
	if c.lx.capNouns {
		return o.ti > 0 && c.hyphenBefore(o.ti) && named(o.ti-1)
	}
	return o.tj+1 < len(c.toks) && !c.toks[o.tj+1].brk && named(o.tj+1) || o.ti > 0 && !c.toks[o.ti].brk && named(o.ti-1)
}

// catAfterNear reports whether a word of category_after (a word that
// makes the category word before it another item) ends within three
// words after o, in its clause.
func (c *checker) catAfterNear(o match) bool {
	from := o.tj + 1
	if q := c.afterQuotedName(o.tj); q > 0 {
		from = q // ブレスレット「しずく」と: the name in quotes is the item's
	}
	for k := from; k < len(c.toks) && k <= from+2 && c.lx.catAfter.size() > 0; k++ {
		if c.toks[k].brk && k != from {
			break
		}
		if c.lx.catAfter.endsAt(c.toks, k) {
			return true
		}
	}
	return false
}

// maxQuotedName is how many tokens a quoted design name may have (one a
// character in Han and kana).
const maxQuotedName = 12

// afterQuotedName returns the token after a name in quotes that opens
// right after token j ("ブレスレット「しずく」と", "the bracelet “Dew” with"),
// or -1: the quotes hold the item's name, so what follows it is said of
// the item as if the name were absent (#13, stonenoun35's companions).
func (c *checker) afterQuotedName(j int) int {
	if j+1 >= len(c.toks) || !c.toks[j+1].brk {
		return -1
	}
	closing := openingQuote(c.text[c.byteAt(c.toks[j].end):c.byteAt(c.toks[j+1].start)])
	if closing == 0 {
		return -1
	}
	for k := j + 2; k < len(c.toks) && k <= j+1+maxQuotedName; k++ {
		if !c.toks[k].brk {
			continue
		}
		gap := c.text[c.byteAt(c.toks[k-1].end):c.byteAt(c.toks[k].start)]
		if strings.ContainsRune(gap, closing) {
			return k
		}
		return -1 // other punctuation inside: no name
	}
	return -1
}

// openingQuote returns the closing quote of the opening quote gap holds
// (「 」, 『 』, “ ”, „ “, « », " "), or 0.
func openingQuote(gap string) rune {
	for _, r := range gap {
		switch r {
		case '「':
			return '」'
		case '『':
			return '』'
		case '“':
			return '”'
		case '„':
			return '“'
		case '«':
			return '»'
		case '"':
			return '"'
		}
	}
	return 0
}

// wordsBetween counts the tokens strictly between a and b that belong to
// no fact: "la bague Luna en or rose sertie de trois rubis" has three
// words (en, sertie, de) between the name and "rubis". A category word
// between ends the name's phrase ("wie unsere Ohrringe trägt diese Kette
// einen Rubin"): it counts as the whole window.
func (c *checker) wordsBetween(a, b int) int {
	n := 0
	for k := a + 1; k < b; k++ {
		if i := c.matchAt(k); i < 0 {
			n++
		} else if c.ms[i].f.kind == kindCategory {
			return namedAfter + 1
		}
	}
	return n
}

const (
	namedAfter  = 5
	namedBefore = 3
)

// nameAround reports whether the category match o is part of a product
// name: a capitalised, unmasked word right before or after it that is no
// fact word, does not start its sentence and is no word of the product's
// own name or collection. It returns the name's first and last token.
func (c *checker) nameAround(o match) (first, last int, ok bool) {
	// Where every noun is capitalised a capital is no name ("Anhänger
	// Herz aus Gold" is the piece); pairing words decide there, but a
	// capitalised word joined to the noun by a hyphen is one
	// ("Luna-Creolen", "Orbit-Armband").
	if c.lx.capNouns {
		if o.ti > 0 && c.hyphenBefore(o.ti) && c.isNameWord(o.ti-1) {
			return o.ti - 1, o.tj, true
		}
		return 0, 0, false
	}
	// A name stands in the noun's sentence: "…jen v Oregonu. Náušnice
	// jsou z mědi" is a place, then the piece (#13, twenty-fifth
	// session, namestop25).
	if o.tj+1 < len(c.toks) && !c.toks[o.tj+1].sbrk && c.isNameWord(o.tj+1) {
		return o.ti, o.tj + 1, true
	}
	if o.ti > 0 && !c.toks[o.ti].sbrk && c.isNameWord(o.ti-1) {
		return o.ti - 1, o.tj, true
	}
	return 0, 0, false
}

func (c *checker) isNameWord(k int) bool {
	return k > 0 && k < len(c.toks) && !c.isFactToken(k) && !c.ownWord(c.toks[k].s) && c.capitalisedInside(k)
}

// capitalisedInside reports whether token k is capitalised inside its
// sentence, as a name is, and unmasked.
func (c *checker) capitalisedInside(k int) bool {
	if k <= 0 || k >= len(c.toks) {
		return false
	}
	t := c.toks[k]
	if t.masked || t.sbrk {
		return false
	}
	// Capitalised, not written in capitals ("ΑΥΤΟ ΤΟ ΔΑΧΤΥΛΙΔΙ" shouts).
	w := c.text[c.byteAt(t.start):]
	r, n := utf8.DecodeRuneInString(w)
	r2, _ := utf8.DecodeRuneInString(w[n:])
	if !unicode.IsUpper(r) || !unicode.IsLower(r2) {
		return false
	}
	// A capital after a colon, quote or bullet starts a list item, not a
	// name ("Metal: Silver").
	before := strings.TrimRightFunc(c.text[:c.byteAt(t.start)], unicode.IsSpace)
	p, _ := utf8.DecodeLastRuneInString(before)
	return before != "" && (isWordRune(p) || p == ',' || p == '-' || p == '\'' || p == '’')
}

// ownWord reports whether w (folded) is a word of the product's own name
// or collection: "the Orbit ring" of a product named "Orbit Trilogy Ring"
// is the product.
func (c *checker) ownWord(w string) bool {
	if !c.ownDone {
		c.ownDone = true
		for _, s := range [...]string{c.p.Name, c.p.Collection} {
			for rest := foldString(s); ; {
				var x string
				if x, rest = nextWord(rest); x == "" {
					break
				}
				c.own = append(c.own, x)
			}
		}
	}
	return contains(c.own, w)
}

// brkBetween reports whether clause punctuation stands between tokens a
// and b (a < b).
func (c *checker) brkBetween(a, b int) bool {
	for k := a + 1; k <= b && k < len(c.toks); k++ {
		if c.toks[k].brk {
			return true
		}
	}
	return false
}

// distributiveCount reports whether the count at num, of the stone at sm,
// is one per part: a distributive word within distributiveWindow tokens
// before the number or after the stone, in its clause.
func (c *checker) distributiveCount(num, sm match) bool {
	if c.lx.distributive.size() == 0 {
		return false
	}
	w := c.distributiveReach()
	for k := num.ti - 1; k >= 0 && k >= num.ti-w; k-- {
		if c.lx.distributive.endsAt(c.toks, k) {
			// "four clear on each side and three pink": the side
			// phrase is the four's (count65.go).
			if c.sidePhraseNotOfCountEnding(c.lx.distributive, k, num.ti) {
				break
			}
			return true
		}
		if c.toks[k].brk {
			break
		}
	}
	if e, _ := c.sidePhraseAfterColour(num); num == sm && e >= 0 {
		return true // "neuf incolores de part et d'autre" (count65.go)
	}
	if d, _ := c.clauseDistributive64(num); d >= 0 && num != sm {
		return true // "每颗星星中央镶嵌一颗" (count64.go): a count of a stone
	}
	for k := sm.tj + 1; k < len(c.toks) && k <= sm.tj+w; k++ {
		if c.toks[k].brk {
			break
		}
		if c.lx.distributive.endsAt(c.toks, k) {
			return true
		}
		// Another count first: the word is that count's ("yksi keskellä
		// ja yksi kummallakin puolella", one in the centre and one on
		// each side; #13, other44).
		if num == sm && c.kindTokenAt(k, kindNumber) && !c.inDistributiveAt(k) {
			break
		}
	}
	return false
}

// inDistributiveAt reports whether token k is a word of a distributive
// phrase ("each of the two", Turkish "her iki").
func (c *checker) inDistributiveAt(k int) bool {
	for e := k; e < len(c.toks) && e <= k+4; e++ {
		for _, p := range c.lx.distributive.at(&c.toks[e]) {
			if e+1 >= len(p) && e-len(p)+1 <= k && endsWith(c.toks, e, p) {
				return true
			}
		}
	}
	return false
}

const distributiveWindow = 4

// distributiveReach is how many tokens from a count its distributive word
// may stand: distributiveWindow, or half the count window where a
// language's words are short tokens (Japanese, Chinese).
func (c *checker) distributiveReach() int {
	if c.lx.countWindow > countLookahead {
		return c.lx.countWindow / 2
	}
	return distributiveWindow
}

// multipleSum reports whether n times some number of parts (two to
// twelve) is the count of some of the groups.
func multipleSum(counts []int, n int) bool {
	for k := 2; k <= 12; k++ {
		if subsetSum(counts, n*k) {
			return true
		}
	}
	return false
}

// describesAttributePart reports whether a metal word belongs to the noun
// phrase of a part the product's attributes describe, in the metal they
// give it ("a sterling silver chain", "une chaîne en argent").
func (c *checker) describesAttributePart(m match) bool {
	if c.lx.attrParts.size() == 0 || !contains(c.facts.partMaterials, m.f.value) {
		return false
	}
	return c.describesNoun(m, c.lx.attrParts)
}

// partFollows reports whether the word after token k names a part of the
// piece or a piece: then a fabric before it is the piece's material, not
// clothing ("a navy cotton cord", "un cordon de soie rouge").
func (c *checker) partFollows(k int) bool {
	n := k + 1
	if n >= len(c.toks) || c.toks[n].brk {
		return false
	}
	for _, ps := range [...]phrases{c.lx.attrParts, c.lx.components} {
		if ps.endsAt(c.toks, n) || n+1 < len(c.toks) && !c.toks[n+1].brk && ps.endsAt(c.toks, n+1) {
			return true
		}
	}
	for _, o := range c.ms {
		if o.ti == n {
			return o.f.kind == kindCategory
		}
		if o.ti > n {
			break
		}
	}
	return false
}

// clothingWindow is how many tokens after a colour its clothing noun may
// end: three words, or seven where a token is one character ("ブラックの
// ドレス"), and then no other fact may stand between.
func (c *checker) clothingWindow() (n int, chars bool) {
	if c.lx.countWindow > countLookahead {
		return 7, true
	}
	return 3, false
}

// startsSentence reports whether token k is among the first two of its
// sentence: a name there is the sentence's subject, usually the piece
// itself under another name ("The Aurelia pendant…", "This Heart Pendant…"),
// while another product is named later, after a verb or preposition.
func (c *checker) startsSentence(k int) bool {
	for j := k; j >= 0 && j >= k-1; j-- {
		if j == 0 || c.toks[j].sbrk {
			return true
		}
	}
	return false
}

// oursStart reports whether the category match o is "ours": a
// first-person plural possessive right before it (up to four words
// between: "our 9k gold curb bracelet", "nuestro anillo"; more where a
// token is one character: 我们的14K金手链), right after it (Greek "το
// βραχιόλι μας"), or as its ending (Finnish "sormuksemme", Turkish
// "bileziğimizle", Arabic "سوارنا"); start is the phrase's first token.
// The brand's other piece is then offered beside this one. So is a
// category in the comitative case (comitative_endings: Korean "팔찌와",
// Turkish "küpelerle"). A possessive phrase that opens its sentence is its
// subject ("Our Luna bracelet is crafted in…") and stays the piece's, as a
// name there does (namedOther).
func (c *checker) oursStart(o match) (start int, ok bool) {
	t := c.toks[o.tj].s
	for _, s := range c.lx.comitative {
		if len(t) > len(s)+2 && strings.HasSuffix(t, s) {
			return o.ti, true
		}
	}
	if c.lx.ours.size() == 0 && len(c.lx.oursSuffixes) == 0 {
		return 0, false
	}
	for _, s := range c.lx.oursSuffixes {
		if len(t) > len(s)+2 && strings.HasSuffix(t, s) {
			return o.ti, !c.startsSentence(o.ti)
		}
	}
	w := 5
	if c.lx.countWindow > countLookahead {
		w = 8
	}
	for k := o.ti - 1; k >= 0 && k >= o.ti-w; k-- {
		if c.toks[k+1].brk {
			break
		}
		if c.lx.ours.endsAt(c.toks, k) {
			return k, !c.sentenceOpens(k) || !c.subjectMarked(o)
		}
	}
	if k := o.tj + 1; k < len(c.toks) && !c.toks[k].brk && c.lx.ours.endsAt(c.toks, k) {
		return o.ti, !c.startsSentence(o.ti)
	}
	return 0, false
}

// subjectMarked reports whether the category match o carries a subject
// or topic marker (subject_markers), as its ending or as the next token;
// true where the language lists none.
func (c *checker) subjectMarked(o match) bool {
	if len(c.lx.subjects) == 0 {
		return true
	}
	t := c.toks[o.tj].s
	for _, s := range c.lx.subjects {
		if strings.HasSuffix(t, s) && len(t) > len(s) || o.tj+1 < len(c.toks) && !c.toks[o.tj+1].brk && c.toks[o.tj+1].s == s {
			return true
		}
	}
	return false
}

// sentenceOpens reports whether the phrase ending at token k starts its
// sentence (no word of the sentence before it but an article or a
// preposition-free determiner: "Our", "Unsere", "La nostra").
func (c *checker) sentenceOpens(k int) bool {
	for j := k; j >= 0; j-- {
		if j == 0 || c.toks[j].sbrk {
			return j >= k-2
		}
	}
	return true
}

// partOfChain reports whether the category match m names parts of the
// piece: a link noun ("maillons", "Glieder") before it in its sentence,
// or, for a word that also names a chain's rings (part_words: "anneaux",
// "Ringe", "argolas", リング), the piece's own or a related category (its
// chain) anywhere in its sentence ("une chaîne … de petits anneaux",
// "小さなリングをつないだチェーン").
func (c *checker) partOfChain(m match) bool {
	if c.lx.linkNouns.size() == 0 && c.lx.partWords.size() == 0 {
		return false
	}
	s, e := m.ti, m.tj+1
	for s > 0 && !c.toks[s].sbrk {
		s--
	}
	for e < len(c.toks) && !c.toks[e].sbrk {
		e++
	}
	for k := s; k < m.ti; k++ {
		if c.lx.linkNouns.endsAt(c.toks, k) {
			return true
		}
	}
	if !c.lx.partWords.endsAt(c.toks, m.tj) {
		return false
	}
	if c.bailOfPendant(m) {
		return true
	}
	pc := c.facts.category
	for _, o := range c.ms {
		if o.ti >= e {
			break
		}
		if o.ti < s || o.ti == m.ti || o.f.kind != kindCategory {
			continue
		}
		if o.f.value == pc || contains(c.cn.Related[pc], o.f.value) || c.partSenseOf(pc, o.f) {
			return true
		}
	}
	for k := m.tj + 1; k < e; k++ {
		if c.lx.linkNouns.endsAt(c.toks, k) {
			return true
		}
	}
	return false
}

// coordinatedOther reports whether m is joined by a conjunction to the
// fact before it, of the same kind, that describes another thing ("noces
// de rubis ou de perle", "a ruby or pearl anniversary"): it shares that
// thing.
func (c *checker) coordinatedOther(i int, m match) bool {
	if i == 0 || c.scopes[i-1] != scopeOther {
		return false
	}
	p := c.ms[i-1]
	if p.f.kind != m.f.kind || m.ti-p.tj > 3 {
		return false
	}
	conj := false
	for k := p.tj + 1; k < m.ti; k++ {
		if c.toks[k].brk {
			return false
		}
		switch {
		case conjunctions[c.toks[k].s]:
			conj = true
		case linkWords[c.toks[k].s]:
		default:
			return false
		}
	}
	return conj
}

// conjunctions join two facts of one noun phrase ("rubis ou perle").
var conjunctions = map[string]bool{"and": true, "or": true, "et": true, "ou": true, "und": true, "oder": true,
	"e": true, "o": true, "y": true, "u": true, "en": true, "of": true, "och": true, "eller": true, "og": true,
	"ja": true, "tai": true, "i": true, "lub": true, "albo": true, "a": true, "nebo": true, "ve": true, "veya": true,
	"και": true, "ή": true, "η": true}

// bailArticles are the definite articles (and a preposition fused with
// one) that make a ring-shaped part word singular and known: "a argola",
// "la anilla", "l'anneau", "l'anello".
var bailArticles = map[string]bool{"a": true, "à": true, "da": true, "na": true, "pela": true, "la": true, "al": true, "del": true, "l": true, "il": true, "della": true, "dalla": true, "alla": true, "sulla": true, "o": true, "do": true, "no": true}

// bailOfPendant reports whether the part word m (part_words: a ring's
// word that also names hoop earrings or a ring) is, on a piece that hangs
// from a bail (a pendant, a charm, a necklace sold with its pendant), that bail (#13, left17a; probe17b
// pt-PT P17b06: "quatro pequenos diamantes … acompanham a argola", four
// small diamonds line the bail, read as the pendant called hoop earrings):
// after a definite article, the piece's own ring, a component named with a
// category word. "Esta argola" (a demonstrative) is still the piece.
func (c *checker) bailOfPendant(m match) bool {
	switch c.facts.category {
	case "pendant", "charm", "necklace": // a necklace's pendant hangs from its bail
	default:
		return false
	}
	if m.ti == 0 || c.toks[m.ti].brk || c.afterDemonstrative(m) {
		return false
	}
	return bailArticles[c.toks[m.ti-1].s]
}

// cjkCoordinators join two nouns in Chinese, Japanese and Korean (与, 和,
// 及, 跟, 與, や, と, 및, 와, 과).
var cjkCoordinators = map[string]bool{"与": true, "和": true, "及": true, "跟": true, "與": true, "同": true, "や": true, "と": true, "및": true, "와": true, "과": true}

// sharedColourNoun reports whether the stone word m is the first of two
// colour names sharing one colour noun (#13, cjk_colour_compound19):
// "琥珀与焦糖色" is 琥珀色与焦糖色, amber and caramel colours, as 琥珀色 is a
// colour (Xiandai Hanyu Cidian; Kōjien "琥珀色"). Only where the piece's
// own colours name the stone's value (amber hoops of resin), the
// coordinator stands right after the stone, the colour noun ends the
// second name within eight tokens (a Han or kana character is one) with no stone or material between, and
// no stone follows the colour noun ("琥珀与黑色玛瑙" is amber and a black
// agate).
func (c *checker) sharedColourNoun(i int, m match) bool {
	if m.f.kind != kindStone || !contains(c.p.Colours, m.f.value) && !containsFold(c.p.Colours, m.f.value) {
		return false
	}
	k := m.tj + 1
	if k >= len(c.toks) || c.toks[k].brk || !cjkCoordinators[c.toks[k].s] {
		return false
	}
	for e := k + 1; e < len(c.toks) && e <= k+8; e++ {
		if c.toks[e].brk {
			return false
		}
		for _, n := range c.ms[i+1:] {
			if n.ti > e {
				break
			}
			if n.ti > k && (n.f.kind == kindStone || n.f.kind == kindMaterial) && n.tj < e {
				return false
			}
		}
		if !c.lx.colourNouns.endsAt(c.toks, e) {
			continue
		}
		for _, n := range c.ms[i+1:] {
			if n.ti == e+1 && n.f.kind == kindStone {
				return false
			}
		}
		return true
	}
	return false
}

// containsFold reports whether list holds v, case folded.
func containsFold(list []string, v string) bool {
	for _, s := range list {
		if strings.EqualFold(strings.TrimSpace(s), v) {
			return true
		}
	}
	return false
}

// colourStartsAt reports whether a colour match starts at token k, in the
// clause of the token before it.
func (c *checker) colourStartsAt(k int) bool {
	if k >= len(c.toks) || c.toks[k].brk {
		return false
	}
	for _, o := range c.ms {
		if o.ti == k && o.f.kind == kindColour {
			return true
		}
		if o.ti > k {
			break
		}
	}
	return false
}

// ownPieceAfterCue reports whether a word of the piece's own stands after
// the cross-selling word ending at token k and before m, in m's clause: an
// own phrase ("its own", "son propre", "sin egen"), a demonstrative
// before the product's own category noun ("these 45 mm earrings", "ce
// collier") or right before the category word m ("este collar"). The piece itself is named there, not another item, so the
// cue does not make m another item's (#13, sense45: "Pair it with its own
// 45 cm chain", "Pair them with the Luna pendant, a match for these 45 mm
// earrings", "Descubra también este collar"), or the piece's own category
// noun opening the clause after a colon that ends the cue ("Complete o
// visual: o colar vem com…"). A demonstrative before no
// category noun ("this season's ring") or before another category noun
// further on ("Pair it with this bracelet, 18 cm") ends nothing.
func (c *checker) ownPieceAfterCue(k int, m match) bool {
	for j := k + 1; j < m.ti && j < len(c.toks); j++ {
		if c.toks[j].sbrk {
			return false
		}
		if c.lx.ownPiece.endsAt(c.toks, j) {
			return true
		}
		// the cue ends at a colon and the clause after it opens with the
		// piece's own category noun, bare or after an article ("Complete
		// o visual: o colar vem com corrente de 50 cm")
		if c.toks[j].brk && strings.TrimSpace(c.text[c.byteAt(c.toks[j-1].end):c.byteAt(c.toks[j].start)]) == ":" &&
			(c.ownCategoryAt(j) || c.lx.definites.endsAt(c.toks, j) && c.ownCategoryAt(j+1)) {
			return true
		}
		if !c.lx.demonstr.endsAt(c.toks, j) {
			continue
		}
		for _, o := range c.ms {
			if o.ti > j+4 {
				break
			}
			if o.ti > j && o.f.kind == kindCategory && o.f.value == c.facts.category && !c.brkBetween(j, o.ti) {
				return true
			}
		}
	}
	// the piece's own category word as the subject of a copula between
	// the cue and m, not after an indefinite or ours: a clause about the
	// piece itself that the styling cue does not cover ("Wear it with
	// jeans, because the Linea Band is solid yellow gold", "Ergänzen Sie
	// ihn mit Jeans, denn der Ring ist aus Gelbgold"; #13, adv50a)
	for _, o := range c.ms {
		if o.ti >= m.ti {
			break
		}
		if o.ti <= k || o.f.kind != kindCategory || o.f.value != c.facts.category || o.negated ||
			c.lx.indefinites.endsAt(c.toks, o.ti-1) || c.lx.ours.endsAt(c.toks, o.ti-1) {
			continue
		}
		for j := o.tj + 1; j <= o.tj+3 && j < m.ti; j++ {
			if c.toks[j].brk || c.toks[j].sbrk {
				break
			}
			if c.isCopula(j) {
				return true
			}
		}
	}
	// the product's own name as the subject of m's clause (#13, name51)
	if c.ownNameSubject(k, m) {
		return true
	}
	// the category word m itself, right after the demonstrative
	return m.f.kind == kindCategory && m.ti > k+1 && m.ti-1 > k && c.lx.demonstr.endsAt(c.toks, m.ti-1)
}

// inspiredBy reports whether an inspiration word ("inspired by", "inspiré
// par") ends within three tokens before the category match o, in its
// clause: o is what the piece is modelled on ("Inspired by the Aurora
// Pendant, a slim bar on a 50 cm chain": the bar is the piece's; #13,
// sense45).
func (c *checker) inspiredBy(o match) bool {
	for k := o.ti - 1; k >= 0 && k >= o.ti-4; k-- {
		if c.toks[k+1].brk || c.toks[k+1].sbrk {
			return false
		}
		if c.lx.inspiration.endsAt(c.toks, k) {
			return true
		}
	}
	return false
}

// latinWord reports whether w begins with a letter of the Latin script.
func latinWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return r < 0x250 && unicode.IsLetter(r)
}
