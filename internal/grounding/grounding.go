// Package grounding finds facts in a product description (materials,
// stones, colours, stone counts, karats, categories and collection names)
// that the product's own attributes contradict or do not support.
//
// It is pure: vocabularies are embedded YAML data (vocab/<lang>.yaml, keyed
// by base language, plus vocab/canon.yaml for language-independent
// relations), compiled once on first use. Product attributes are canonical
// English and are read with the English vocabulary; the text is read with
// the vocabulary of the locale's base language. A locale whose language has
// no vocabulary yields no findings: the check cannot judge what it cannot
// read, and other checks (and reviewers) still see the copy.
package grounding

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/internal/core"
	utext "github.com/copydesk/copydesk/internal/text"
	tsegment "github.com/copydesk/copydesk/internal/text/segment"
)

// Category is the finding category of this check.
const Category = "grounding"

// Rule ids.
const (
	RuleMaterial   = "grounding.material"
	RuleStone      = "grounding.stone"
	RuleColour     = "grounding.colour"
	RuleCount      = "grounding.count"
	RuleKarat      = "grounding.karat"
	RuleCollection = "grounding.collection"
	RuleCategory   = "grounding.category"
	RuleTreatment  = "grounding.treatment"
)

// CheckCollections is CheckWith given the brand's collection names, in the
// shape the checker plugs in.
func CheckCollections(p core.Product, locale, text string, collections []string) []core.Finding {
	return CheckWith(p, locale, text, Options{Collections: collections})
}

// Options tune a check.
type Options struct {
	// Collections are the brand's known collection names. A name from this
	// list that is not the product's collection is a false fact. Matched
	// case-sensitively on whole words: collection names are proper nouns
	// and often ordinary words too ("Timeless", "Moments").
	Collections []string
}

// Check is CheckWith without options.
func Check(p core.Product, locale, text string) []core.Finding {
	return CheckWith(p, locale, text, Options{})
}

// CheckWith returns the grounding findings of text, written for locale, about
// product p. It returns nil for a locale it has no vocabulary for.
func CheckWith(p core.Product, locale, text string, opt Options) []core.Finding {
	fs, _ := checkScoped(p, locale, text, opt)
	return fs
}

// CheckScoped is CheckCollections that also returns the rune spans of text
// that describe something other than the product (cross-sold items and
// variants, clothing, idioms, stone words naming colours), so that the
// checker's other fact checks read the same scope.
func CheckScoped(p core.Product, locale, text string, collections []string) (findings []core.Finding, elsewhere [][2]int) {
	return checkScoped(p, locale, text, Options{Collections: collections})
}

func checkScoped(p core.Product, locale, text string, opt Options) ([]core.Finding, [][2]int) {
	lx := lexiconForLocale(locale)
	if lx == nil {
		return nil, nil
	}
	en := mustLexicon(sourceLocale)
	cn := canonical()
	facts := cachedProductFacts(en, cn, &p)
	if len(facts.unreadMaterials)+len(facts.unreadFeatures) > 0 {
		facts.materials = localMaterials(lx, cn, &facts)
	}

	sc := scratchPool.Get().(*scratch)
	defer sc.release()
	toks := tokenize(text, sc.toks[:0])
	sc.toks = toks
	lx.stampPhrases(toks)
	mask(toks, p.Name)
	mask(toks, p.Collection)
	for _, k := range p.Keywords {
		mask(toks, k)
	}
	// A place's or mine's name that holds a fact word, where no capital
	// marks it (place_names: 金奈, 刚果（金）), is a name as the product's
	// is (#13, placemetal34).
	for _, n := range lx.placeNames {
		mask(toks, n)
	}
	maskURLs(toks, text)
	ms := lx.scan(toks, sc.ms[:0])
	sc.ms = ms
	ms = numeralSuffixes(ms, toks, text)
	if tsegment.Uses(locale) {
		ms = dictionaryWords(lx, ms, locale, text)
		if strings.HasPrefix(locale, "ja") {
			ms = katakanaWords(ms, text)
		}
	}
	ms = lx.compoundColours(ms, toks)

	c := checker{lx: lx, cn: cn, p: &p, facts: facts, toks: toks, ms: ms, text: text, offBuf: sc.off[:0]}
	c.negatedListArms()
	c.correlativeDeniedArms()
	c.run()
	c.provenance()
	c.treatmentDenied()
	c.plating()
	c.fineness()
	c.metalFineness()
	c.percentFineness()
	c.hallmarkNumber()
	c.hallmarkPlatedGold()
	c.measurements()
	c.collections(opt.Collections)
	out, elsewhere := c.out, c.elsewhere()
	if c.runeOff != nil {
		sc.off = c.runeOff[:0]
	}
	return out, elsewhere
}

// scratch is a check's token and match arrays, kept between checks
// (scratchPool): they were a third of the bytes a check allocated. Nothing
// of a check keeps them after it returns (findings and spans are copies).
type scratch struct {
	toks []token
	ms   []match
	off  []int32 // checker.runeOff's array
}

var scratchPool = sync.Pool{New: func() any {
	return &scratch{toks: make([]token, 0, 160), ms: make([]match, 0, 32)}
}}

// scratchKeep bounds the arrays a scratch keeps (in elements): a rare
// long text's are left to the collector.
const scratchKeep = 4096

// release clears the arrays (their strings and forms are not kept alive)
// and puts s back.
func (s *scratch) release() {
	if cap(s.toks) > scratchKeep || cap(s.ms) > scratchKeep || cap(s.off) > 4*scratchKeep {
		return
	}
	clear(s.toks)
	clear(s.ms)
	s.toks, s.ms = s.toks[:0], s.ms[:0]
	scratchPool.Put(s)
}

// localeCache remembers which lexicon a locale string reads with; parsing
// a BCP 47 tag costs more than the rest of a short check. Bounded, because
// locales come from requests.
var (
	localeCache sync.Map // string -> *lexicon (nil for unknown languages)
	localeCount atomic.Int32
)

const maxCachedLocales = 512

func lexiconForLocale(locale string) *lexicon {
	if v, ok := localeCache.Load(locale); ok {
		return v.(*lexicon)
	}
	lx := mustLexicon(locale)
	if localeCount.Add(1) <= maxCachedLocales {
		localeCache.Store(locale, lx)
	}
	return lx
}

// sourceLocale is the pack whose vocabulary reads product data, which is
// canonical English.
const sourceLocale = "en-GB"

// mustLexicon is lexiconFor for embedded data: a vocabulary that does not
// compile is a build defect (TestVocabulariesCompile catches it), and
// silently passing every text would be worse than failing loudly, as
// regexp.MustCompile does.
func mustLexicon(locale string) *lexicon {
	lx, err := lexiconFor(locale)
	if err != nil {
		panic(err)
	}
	return lx
}

// canon is the language-independent relation data.
type canon struct {
	Implies         map[string][]string `yaml:"implies"`
	Plated          map[string]string   `yaml:"plated"`
	MaterialColours map[string][]string `yaml:"material_colours"`
	// MetalShades maps a metal colour to the plain colour words its tone
	// is called by: rose gold is pink (#13, rose_pink19). Applied to the
	// piece's colours, listed or read from its metal; never to a stone's.
	MetalShades map[string][]string `yaml:"metal_shades"`
	// MetalNameShades maps a coloured gold's name as the data write it
	// to the plain colour word that name holds: red gold is red, though
	// the vocabularies read it as rose gold (#13, explain65).
	MetalNameShades map[string][]string `yaml:"metal_name_shades"`
	// UnreadShades maps a stone colour the vocabularies do not read
	// ("cream") to the colour values copy may call it (unread_shade68.go).
	UnreadShades map[string][]string `yaml:"unread_shades"`
	// StoneMaterials maps a stone to the materials it is made of, which
	// the product then supports ("shell pearl": mother-of-pearl).
	StoneMaterials map[string][]string `yaml:"stone_materials"`
	// StoneSubstances maps a stone to its own substance, added to the
	// product's materials without what the substance implies: amber is a
	// fossil resin, no synthetic resin (#13, definition14).
	StoneSubstances map[string][]string `yaml:"stone_substances"`
	// MaterialSubstances maps a material that is no stone to what it is
	// made of (enamel: glass), read only where copy names the substance
	// after the material in one sentence (substance.go; #13, glass25).
	MaterialSubstances map[string][]string `yaml:"material_substances"`
	// FormationAgents are the materials that copy names as the agent of
	// an event in a stone's formation (formation.go): a meteorite that
	// struck and melted rock into moldavite is no material of the piece,
	// nor the one moissanite was found in (#13, metals42).
	FormationAgents map[string][]string `yaml:"formation_agents"`
	Related         map[string][]string `yaml:"related_categories"`
	// ShapeSenses are part senses a category word has only on a piece
	// whose own data name that shape (shape_sense.go): a ring word is the
	// ring a hoop earring is, a pendant word the drop of a drop earring.
	ShapeSenses map[string]shapeSense `yaml:"shape_senses"`
	// WornWith: categories of the pieces a piece is worn with as a set
	// (a tie bar's cufflinks): named in copy they are another piece
	// suggested beside it, not what the piece is called, so they are
	// left to a reviewer, while their metal stays theirs (#13,
	// otherpiece14).
	WornWith map[string][]string `yaml:"worn_with"`
	// StoneColours maps a stone's colour to the colour words copy may give
	// that stone besides its own: a yellow citrine is "golden" (#13, the
	// thirteenth session). Read from a stone's colour only, never from the
	// piece's colour list; the colour word is then a colour the piece shows
	// (the colour check), never its metal (the material check).
	StoneColours map[string][]string `yaml:"stone_colours"`
	// ColouredSpecies are the stones whose name says a body colour, so
	// none is colourless: a clear word beside one is its clarity
	// (clarityOfStone; #13, vocab36).
	ColouredSpecies []string `yaml:"coloured_species"`
	// PlayOfColour are the stones whose seen colours are a play of light
	// over their body colour (opal's play of colour, labradorescence,
	// adularescence, ammolite's iridescence): a colour said of one with a
	// verb of seeming or shining is its light, not its body colour
	// (colour_link64.go; GIA Gem Encyclopedia, "Opal", "Labradorite",
	// "Moonstone", "Ammolite").
	PlayOfColour []string `yaml:"play_of_colour"`
	// Composites maps a composite stone (a rock of two or three species:
	// tiger iron, anyolite) to its components, which it implies as Implies
	// does; a colour beside a component is the component's, not the
	// composite's (#13, composite19).
	Composites map[string][]string `yaml:"composites"`
	// Families maps a stone to the stones it is made of or forms with,
	// which are not it (pietersite: hawk's eye and tiger's eye): copy
	// names them when it says what the stone is or how it formed, and
	// only there are they the stone's (stone_family.go; #13,
	// stonefamily25). Unlike Composites they imply nothing.
	Families map[string][]string `yaml:"stone_families"`
	// Groups maps a mineral group or species to its gem members (beryl:
	// emerald, aquamarine, morganite...; GIA Gem Encyclopedia, Mindat,
	// CIBJO Gemstone Book): each member's relatives are the group and the
	// other members, the group's its members (relatives below). Like
	// Families they imply nothing and are the stone's only in a sentence
	// of its nature ("Like emerald, aquamarine is a beryl"; #13,
	// gemfamily25).
	Groups map[string][]string `yaml:"stone_groups"`
	// InclusionStones are the minerals that are other stones' inclusions
	// (pyrite in lapis, rutile in quartz): between a colour and a noun of
	// inclusions they are the inclusions' mineral (light.go; #13,
	// cjk_mineral19).
	InclusionStones []string `yaml:"inclusion_stones"`
	// HostedStones maps a stone to the minerals it is known to hold as
	// veins, flecks, needles or matrix (lapis lazuli: pyrite and calcite;
	// quartz: rutile and tourmaline; GIA Gem Encyclopedia, Mindat): named
	// as part of the product's stone ("veins of calcite" in lapis) they
	// are the stone's own, and only there (part_of_stone.go; #13, veins28).
	HostedStones map[string][]string `yaml:"hosted_stones"`
	// TreatmentColours maps a treatment that colours a stone from outside
	// (a coating, a dye) to the body colours copy may also give that stone:
	// the colourless topaz under a "mystic" coating, the white howlite
	// under its dye (#13, probe17's treated17). Read from a stone's
	// treatment only, for that stone.
	TreatmentColours map[string][]string `yaml:"treatment_colours"`
	// TreatmentVarieties maps a treatment to the trade names of the
	// varieties it makes ("coated": mystic): a coated topaz is a mystic
	// topaz where the canon knows that variety as the stone (#13, treated17).
	TreatmentVarieties map[string][]string `yaml:"treatment_varieties"`
	// TreatmentMaterials maps a treatment's word to the materials it puts
	// into the stone ("resin-stabilised": resin; "glass-filled": glass),
	// which the product then has (#13, treatment_material19).
	TreatmentMaterials map[string][]string `yaml:"treatment_materials"`
	// TreatmentFillings maps a treatment's word to the filler it may put
	// into the stone where the word does not name it ("fracture-filled":
	// glass): the product does not have it, but copy may name it beside a
	// word of filling (treatment_filling.go; #13, explain45).
	TreatmentFillings map[string][]string `yaml:"treatment_fillings"`
	// TreatmentAgents maps a treatment's word to the element it heats
	// into the stone's surface ("diffused": titanium): the product does
	// not have it, but copy may name it beside a word of heating or
	// diffusion (treatment_filling.go; #13, contrast46).
	TreatmentAgents map[string][]string `yaml:"treatment_agents"`
	// TreatmentComponents maps an assembly treatment's word to the stones
	// and materials it puts into the stone ("triplet": quartz, glass):
	// the product does not have them, but copy may name them beside a
	// part of the assembly (assembled.go; #13, constituents47).
	TreatmentComponents map[string][]string `yaml:"treatment_components"`
	// TreatmentSources maps a colour treatment (a key of StoneTreatments)
	// to the stones it turns into another, by the stone it makes
	// ("heated": citrine from amethyst): copy that tells what the
	// product's treated stone was before its treatment names the source
	// and its former colour (treatment_source.go; #13, hue50).
	TreatmentSources map[string]map[string][]string `yaml:"treatment_sources"`
	// StoneTreatments maps a treatment (the key copy's words of treatment
	// are filed under in the packs' treatment_words and
	// treatment_denials) to the English words of the product data that
	// name it ("heated": heat-treated, heat; "stabilised": stabilized);
	// ColourTreatments are the treatments that give a stone its colour,
	// which "natural colour" denies (treatment_denied.go; #13, treat45).
	StoneTreatments  map[string][]string `yaml:"stone_treatments"`
	ColourTreatments []string            `yaml:"colour_treatments"`
	// TreatmentGeneric are the words of a stone's treatment that say it
	// is one without naming which ("treated", "enhanced"): where no key of
	// StoneTreatments matches, the stone has the treatment
	// otherTreatment, which only a denial of every treatment covers;
	// TreatmentNone are the words of a value that says there is none
	// ("none", "not treated"; treatment_denied.go; #13, treat57).
	TreatmentGeneric []string `yaml:"treatment_generic"`
	// ImitationKeys are the words of an attribute's key that say its value
	// is what the piece's stones imitate ("imitates": "lapis lazuli";
	// imitated57.go; #13, treat57).
	ImitationKeys []string `yaml:"imitation_keys"`
	TreatmentNone []string `yaml:"treatment_none"`
	// TreatmentGroups are the keys of the packs' treatment_denials that
	// deny a group of treatments by what they contradict (#13, treat46):
	// "whole" (a single piece: reconstructed, assembled), "surface"
	// (colour all the way through: diffused, coated).
	TreatmentGroups map[string][]string `yaml:"treatment_groups"`
	// WhiteMetals are the white metals (platinum, palladium, white gold,
	// silver, rhodium, titanium, steel): white said of one the piece is
	// made of, or "white metal", is true of the piece (white_metal.go).
	WhiteMetals []string `yaml:"white_metals"`
	// SimileMaterials are the materials that are not metals to which copy
	// likens a stone's look or light ("like glass", "유리 광택"): compared
	// so, they are no material of the piece (light.go materialLook).
	SimileMaterials []string `yaml:"simile_materials"`
	// HueMetals are the metals whose name also names a colour (gold,
	// silver, rose gold, platinum): bare, beside a shade word or a noun
	// of a stone's seen colour they are that colour (metal_hue.go; #13,
	// pearl50).
	HueMetals []string `yaml:"hue_metals"`
	// SolidMetals maps a material a text may call solid to the precious
	// metal that claim is about (plating.go).
	SolidMetals map[string]string `yaml:"solid_metals"`
	// PreciousMetals maps a material that is a precious metal to that
	// metal ("sterling silver": silver, "white gold": gold, "platinum"):
	// a piece whose own materials are none of them is base metal, and a
	// precious metal named as its material is a regulatory fault
	// (plating.go, baseMetal).
	PreciousMetals map[string]string `yaml:"precious_metals"`
	// MetalFinenesses maps a material whose name is a fineness to it in
	// parts per thousand (sterling silver: 925, FTC 16 CFR 23.6; britannia
	// silver: 958): a product metal of that base with no fineness stated
	// has it (fineness.go metalFineness; #13, fineness46).
	MetalFinenesses map[string]int `yaml:"metal_finenesses"`
	// LegalFinenesses maps a precious metal other than gold to the
	// finenesses its hallmarks may state, in parts per thousand (ISO
	// 9202:2019; Hallmarking Act 1973 Schedule 2; Vienna Convention Annex
	// I): a bare number among them on a piece of that metal is its
	// fineness, not a gold karat (fineness64.go; #13, rel64a).
	LegalFinenesses map[string][]int `yaml:"legal_finenesses"`
	// FinenessMarks maps the prefix of a hallmark written as one word with
	// its number (Pt950, Pt900, Pd500, the Japanese and Vienna Convention
	// marks) to the precious metal it names (fineness.go; #13, fineness46).
	FinenessMarks map[string]string `yaml:"fineness_marks"`
	// Alloys are materials defined by their fineness (sterling silver is
	// 925 silver through): a plating is never one, so naming one on a
	// piece whose metal is only a plating is untrue, said plated or not.
	Alloys []string `yaml:"alloys"`
	// AlloyMetals maps a gold or silver alloy to the metals it is made
	// with besides its precious metal (rose gold: copper; white gold:
	// palladium, nickel): named as what the alloy contains or gets its
	// colour from, they are no other material of the piece (#13,
	// contrast24; contrast.go alloyMetal).
	AlloyMetals map[string][]string `yaml:"alloy_metals"`
	// GradeMaterials maps a grade written in a product's material or metal
	// ("316L") to the other names the material goes by at that grade
	// (surgical steel): read from the product's data only, so copy may use
	// the name, while a grade named in copy claims nothing new
	// (grade_alias.go; #13, explain67).
	GradeMaterials map[string][]string `yaml:"grade_materials"`
	// GoldLayerFinishes are the words of a product's plating that make a
	// gold plating a colour or a coating rather than a layer of the metal
	// ("gold flash", "gold PVD", "gold-tone IP"): such a layer claims no
	// karat, so it is no vermeil of unstated karat (vermeil_layer54.go;
	// #13, vermeil62).
	GoldLayerFinishes []string `yaml:"gold_layer_finishes"`
	// OreMinerals maps a metal to the stones that are its ores (titanium:
	// rutile): a stone named after an ore word is the metal's ore only
	// when it is one of them (explained_stone.go oreStone; #13, adv41).
	OreMinerals map[string][]string `yaml:"ore_minerals"`
	// ChromophoreMetals are the base metals that colour or make up a
	// mineral (copper in turquoise, malachite and Paraíba tourmaline,
	// nickel in chrysoprase, titanium in blue sapphire): opening a
	// sentence that names a colour or a mineral noun after one about the
	// product's stone, they are the stone's chemistry, not a new subject
	// (#13, constituent33; material_sentence.go startsOwnClaim).
	ChromophoreMetals []string `yaml:"chromophore_metals"`
	// ChromophoreStones maps a chromophore metal to the stones whose
	// colour it gives (copper: turquoise, malachite, Paraíba tourmaline;
	// nickel: chrysoprase; titanium: blue sapphire): named as the source of
	// a colour on a product with one of them, it is the stone's chemistry
	// (chromophore57.go stoneChromophore; #13, chromo57).
	ChromophoreStones map[string][]string `yaml:"chromophore_stones"`
	// LinkShapes are materials whose word also names the shape a chain's
	// links take (a cord, a rope): link_shape.go.
	LinkShapes []string `yaml:"link_shapes"`
	// StringingMaterials are the materials whose word names what beads
	// are strung on (a cord): on a beaded piece whose data names no
	// stringing and no chain, the word is the piece's unlisted component,
	// left to a reviewer (stringing.go).
	StringingMaterials []string `yaml:"stringing_materials"`
	// TypeQualifiers are words of a product's stone type that name its
	// shape, cut, variety of growth or treatment, not its species: a
	// "freshwater cultured keshi pearl" is a freshwater cultured pearl, a
	// "red bamboo coral" a coral (#13, canon14). productFacts reads the type
	// also without them (typeWithoutQualifiers).
	TypeQualifiers []string `yaml:"type_qualifiers"`
	// NamedInclusions maps a stone named for the mineral it holds
	// (tourmalinated quartz: tourmaline; rutilated quartz: rutile) to that
	// mineral, by the product's stone type: in a sentence of the stone's
	// inclusions the mineral is the stone's own, and of such a stone's
	// hosted minerals only it is (part_of_stone.go namedInclusion; #13,
	// incl43).
	NamedInclusions map[string][]string `yaml:"named_inclusions"`
	// SizeClassPearls maps a pearl size class of a product's stone type
	// (seed) to the pearls such a pearl of no stated water or species
	// may be called (freshwater pearl): productFacts (#13, incl43).
	SizeClassPearls map[string][]string `yaml:"size_class_pearls"`
}

var (
	canonOnce sync.Once
	canonVal  *canon
	canonErr  error
)

func canonical() *canon {
	canonOnce.Do(func() {
		data, err := vocabFS.ReadFile("vocab/canon.yaml")
		if err != nil {
			canonErr = err
			return
		}
		var c canon
		if err := snap.Decode(data, &c, true); err != nil {
			canonErr = fmt.Errorf("grounding: vocab/canon.yaml: %w", err)
			return
		}
		canonVal = &c
	})
	if canonErr != nil {
		panic(canonErr) // embedded data: see mustLexicon
	}
	return canonVal
}

// relatives are the stones copy may name in a sentence of the nature of
// the stone t: its stone_families, and the group and fellow members of
// every stone_groups entry t is the group of or a member of.
func (cn *canon) relatives(t string) []string {
	out := cn.Families[t]
	for g, members := range cn.Groups {
		if g == t || contains(members, t) {
			out = append(append(out[:len(out):len(out)], g), members...)
		}
	}
	return out
}

// closure adds every value implied by v (transitively) to set.
func (cn *canon) closure(set []string, v string) []string {
	if contains(set, v) {
		return set
	}
	set = append(set, v)
	for _, w := range cn.Implies[v] {
		set = cn.closure(set, w)
	}
	for _, w := range cn.Composites[v] {
		set = cn.closure(set, w)
	}
	return set
}

// componentOf reports whether v is a component of a composite stone among
// types, or implied by one (jasper, hematite of tiger iron; #13,
// composite19).
func (cn *canon) componentOf(types []string, v string) bool {
	for _, t := range types {
		for _, w := range cn.Composites[t] {
			if contains(cn.closure(nil, w), v) {
				return true
			}
		}
	}
	return false
}

func contains(set []string, v string) bool {
	for _, s := range set {
		if s == v {
			return true
		}
	}
	return false
}

// facts is what the product's attributes support, in canonical values.
type facts struct {
	materials []string // with implied values
	// body are the materials of the piece itself (the materials list and
	// the metals, not attributes such as "ear wires: sterling silver"),
	// with implied values: what "solid" may describe (plating.go).
	body   []string
	plated []string // metals shown by a plated material ("gold" for gold-plated)
	// platings are the plating metals themselves, without what they imply
	// ("platinum" of platinum-plated brass, not "platinum group metal").
	platings []string
	// partMaterials are the materials the attributes give a part ("chain:
	// sterling silver"), with implied values.
	partMaterials []string
	karats        []string
	// coatings are the materials a stone's treatment names itself
	// ("titanium" of "titanium-coated"), without what they imply: the
	// treatment's, not the piece's (treatment_filling.go; #13, treat54).
	coatings []string
	stones   []string // with implied values
	// imitated are the stones an attribute whose key names an imitation
	// ("imitates": "lapis lazuli") gives: the gem a simulant imitates,
	// with implied values (imitated57.go).
	imitated  []string
	colours   []string
	category  string // "" when the product's category is not in the vocabulary
	stoneInfo []stoneFacts
	// beads: the product is made of beads and names no pearl (bead.go).
	beads bool
	// unknownColour: a colour of the product's data is a word the
	// English vocabulary does not know ("mint", "rose", "champagne"),
	// kept verbatim; a colour word of the copy may be its translation
	// ("vert menthe", "rose"), so a mismatch is only a warning.
	unknownColour bool
	// unreadMaterials and unreadFeatures are the entries of the materials
	// and features lists in which the English vocabulary read no material:
	// a PIM's localised names ("smalto", "argento sterling", 珐琅), read
	// at check time by the copy's own vocabulary (local_material.go).
	unreadMaterials, unreadFeatures []string
}

// stoneFacts is one of the product's stones in canonical values.
type stoneFacts struct {
	types   []string // the type with what it implies
	colours []string // canonical colours; empty when not stated
	count   int
	// unknownColour: the stated colour is not in the vocabulary;
	// unreadColour is that colour as the data write it, folded.
	unknownColour bool
	unreadColour  string
	// typeColour: a colour word stands in the type ("blue topaz").
	typeColour bool
}

// segValue is one material value of the materials list: its segment, and
// whether a component noun follows it there ("sterling silver posts").
type segValue struct {
	seg       int
	v         string
	component bool
}

// componentAfter reports whether a component noun of the vocabulary
// ("posts", "ear wires", "clasp") follows the match m in its field, within
// two words: the material is that part's.
func componentAfter(en *lexicon, toks []token, m match) bool {
	for k := m.tj + 1; k < len(toks) && k <= m.tj+3; k++ {
		if toks[k].brk {
			return false
		}
		if en.components.endsAt(toks, k) {
			return true
		}
	}
	return false
}

// allGroupCounts is the count of every stone group of the product, in the
// order of its stones, whatever the stone (checker.groupCounts narrows them
// to one stone and colour); known is false when a group's count is not
// given (nothing can be compared then).
func (f *facts) allGroupCounts() (counts []int, known bool) {
	for _, st := range f.stoneInfo {
		if st.count <= 0 {
			return nil, false
		}
		counts = append(counts, st.count)
	}
	return counts, true
}

// componentMetals takes out of the body a metal the product names only as
// a component's ("sterling silver posts" in the materials or features,
// with "sterling silver" listed again on its own, as a PIM lists each
// metal of the piece): rhodium-plated brass hoops on sterling silver posts
// are not solid silver hoops. A metal that is also part of another entry
// of the materials list ("gold-plated sterling silver") stays the body's,
// and so does every metal of a piece that has no other.
func (f *facts) componentMetals(cn *canon, vals []segValue, partOf []string) {
	for _, sv := range vals {
		if sv.component {
			partOf = append(partOf, sv.v)
		}
	}
	if len(partOf) == 0 {
		return
	}
	perSeg := map[int]int{}
	for _, sv := range vals {
		perSeg[sv.seg]++
	}
	drop := map[string]bool{}
	for _, v := range partOf {
		only, other := true, false
		for _, sv := range vals {
			switch {
			case sv.v != v:
				other = other || !slices.Contains(partOf, sv.v)
			case !sv.component && perSeg[sv.seg] > 1:
				only = false // part of another entry: "gold-plated sterling silver"
			}
		}
		if only && other {
			drop[v] = true
		}
	}
	if len(drop) == 0 {
		return
	}
	f.body = f.body[:0]
	for _, sv := range vals {
		if !drop[sv.v] {
			f.body = cn.closure(f.body, sv.v)
		}
	}
	for v := range drop {
		f.partMaterials = cn.closure(f.partMaterials, v)
	}
}

// metalPlatings reads the plating of each of the product's metals (its
// metals list: base and plating): the plating's metal is one the piece
// shows, not one it is made of, whatever metal it is and however the
// materials list words it ("platinum-plated brass", "brass, platinum
// plating", "brass"). A metal named only as a plating there leaves the
// body, so "solid platinum", "massives Palladium", 纯铂 on a plated piece
// are read as the plating called solid (plating.go; FTC Jewelry Guides 16
// CFR 23.4, 23.6, 23.7: a plated article is not described as the precious
// metal of its plating; #13, solidplating24). A metal that is also a base
// of the product (platinum plated on platinum) stays.
func (f *facts) metalPlatings(en *lexicon, cn *canon, metals []core.Metal) {
	var bases []string
	var plated []string
	for _, mt := range metals {
		for _, m := range scanValues(en, mt.Base) {
			bases = cn.closure(bases, m)
		}
		for _, m := range scanValues(en, mt.Plating) {
			if pm := cn.Plated[m]; pm != "" {
				m = pm
			}
			plated = append(plated, m)
		}
	}
	for _, pm := range plated {
		if contains(bases, pm) {
			continue
		}
		f.plated = cn.closure(f.plated, pm)
		f.addPlating(pm)
		if !contains(f.body, pm) {
			continue
		}
		drop := cn.closure(nil, pm)
		kept := f.body[:0]
		for _, v := range f.body {
			if !contains(drop, v) || contains(bases, v) {
				kept = append(kept, v)
			}
		}
		f.body = kept
	}
}

// addPlating records pm among the plating metals, once.
func (f *facts) addPlating(pm string) {
	if !contains(f.platings, pm) {
		f.platings = append(f.platings, pm)
	}
}

// scanValues returns the canonical material values the English vocabulary
// reads in s, a field of product data.
func scanValues(en *lexicon, s string) []string {
	if s == "" {
		return nil
	}
	var tb [16]token
	var mb [8]match
	var out []string
	for _, m := range en.scan(tokenize(s, tb[:0]), mb[:0]) {
		if !m.negated && m.f.kind == kindMaterial {
			out = append(out, m.f.value)
		}
	}
	return out
}

// stoneOf returns the stone value the vocabulary gives the one word w
// (folded) whatever its guards, such as the colour words "coral",
// "turquoise" and "jet", whose stone forms hold only beside a word of
// material; "" when none.
func (lx *lexicon) stoneOf(w string) string {
	n := lx.root.child(w)
	if !n.ok() {
		return ""
	}
	for _, f := range n.forms() {
		if f.kind == kindStone {
			return f.value
		}
	}
	return ""
}

// Fields of the product that productFacts reads.
const (
	fMaterial = iota
	fStoneType
	fStoneColour
	fColour
	fAttribute
	fFeature
	fCategory
	fAttrKey
)

type segment struct {
	field, idx int
	start, end int // rune span in the combined text
	found      bool
	// material: English read a material word in it, negated or not
	// ("nickel-free"): the entry is no localised name (local_material.go).
	material bool
	text     string // the field's text
	// lead: an attribute value's first material ("shakudo" of "shakudo:
	// copper with about 4% gold"; alloy_minor58.go)
	lead string
}

// productFacts reads the product's attributes with the English vocabulary.
// All fields are joined into one text (separated by clause breaks, so no
// phrase spans two fields) and scanned once. Values the vocabulary does not
// know are kept verbatim (folded), so an unusual stone still supports its
// own name.
// addVariety gives stone i the variety v of its type t ("mystic topaz",
// "blue topaz"), with everything the canon implies of it, where the canon
// knows v as t (v implies t) and the stone lacks it yet.
func (f *facts) addVariety(cn *canon, i int, v, t string) {
	if !contains(cn.Implies[v], t) || contains(f.stoneInfo[i].types, v) {
		return
	}
	f.stoneInfo[i].types = cn.closure(f.stoneInfo[i].types, v)
	f.stones = cn.closure(f.stones, v)
}

func productFacts(en *lexicon, cn *canon, p core.Product) facts {
	var f facts
	f.beads = madeOfBeads(&p)
	var segBuf [24]segment
	segs := segBuf[:0]
	var b strings.Builder
	runes := 0
	addField := func(field, idx int, s string) {
		if s == "" {
			return
		}
		n := utf8.RuneCountInString(s)
		segs = append(segs, segment{field: field, idx: idx, start: runes, end: runes + n, text: s})
		b.WriteString(s)
		b.WriteByte('\n')
		runes += n + 1
	}
	for i, s := range p.Materials {
		addField(fMaterial, i, s)
	}
	for i, st := range p.Stones {
		addField(fStoneType, i, st.Type)
		// The species under a qualified type: "keshi pearl" is also read
		// as "pearl", "bamboo coral" as "coral". Not the reverse: a plain
		// "pearl" gains no keshi (copy naming one needs a known keshi
		// pearl in the product).
		if t, ok := typeWithoutQualifiers(cn, st.Type); ok {
			addField(fStoneType, i, t)
		}
		addField(fStoneColour, i, st.Colour)
	}
	for i, s := range p.Colours {
		addField(fColour, i, s)
	}
	for k, v := range p.Attributes {
		addField(fAttribute, boolInt(imitationKey(cn, k)), v)
		// idx 1: the value affirms its key ("contains_nickel": "yes
		// (316L steel)"), 0: it denies it ("no", "none").
		addField(fAttrKey, boolInt(!denialValue(v)), strings.ReplaceAll(k, "_", " "))
	}
	// Features may name a finish material ("enamel") that the materials
	// list leaves out; only material words count there.
	for i, s := range p.Features {
		addField(fFeature, i, s)
	}
	addField(fCategory, 0, p.Category)

	var tb [48]token
	var mb [24]match
	toks := tokenize(b.String(), tb[:0])
	ms := en.scan(toks, mb[:0])
	f.stoneInfo = make([]stoneFacts, len(p.Stones))
	for i, st := range p.Stones {
		f.stoneInfo[i].count = st.Count
	}
	// bodyVals are the materials list's values by segment, each with
	// whether a component noun follows it ("sterling silver posts");
	// partOf are the features' values a component noun follows.
	var bodyVals []segValue
	var partOf []string
	si := 0
	for _, m := range ms {
		for si < len(segs) && segs[si].end <= m.start {
			si++
		}
		if si == len(segs) {
			break
		}
		sg := &segs[si]
		if m.start >= sg.start && m.f.kind == kindMaterial {
			sg.material = true
		}
		if m.negated || m.start < sg.start {
			continue
		}
		v := m.f.value
		switch sg.field {
		case fColour:
			// In the colour list a metal word is a colour: "gold" there
			// says the piece looks gold, not that it is made of gold.
			if m.f.kind == kindColour || m.f.kind == kindMaterial {
				sg.found = true
				f.colours = cn.closure(f.colours, v)
			}
			continue
		case fStoneColour:
			if m.f.kind == kindColour || m.f.kind == kindMaterial {
				sg.found = true
				f.colours = cn.closure(f.colours, v)
				// With what it implies: cognac diamonds are brown ones.
				f.stoneInfo[sg.idx].colours = cn.closure(f.stoneInfo[sg.idx].colours, v)
				for _, w := range cn.StoneColours[v] {
					f.colours = cn.closure(f.colours, w)
					f.stoneInfo[sg.idx].colours = cn.closure(f.stoneInfo[sg.idx].colours, w)
				}
			}
			continue
		case fFeature:
			if m.f.kind == kindMaterial {
				sg.found = true
				f.materials = cn.closure(f.materials, v)
				if componentAfter(en, toks, m) {
					partOf = append(partOf, v)
				}
			}
			continue
		case fCategory:
			if m.f.kind == kindCategory && f.category == "" {
				f.category = v
			}
			continue
		case fAttrKey:
			// An attribute's key names a part of the piece ("cord":
			// "black waxed cotton"); where the part's noun is itself a
			// material word (a cord, a leather strap), the key says the
			// piece has one. Other material words of a key ("gold_weight")
			// say nothing of the piece's metal.
			if m.f.kind == kindMaterial && (en.attrParts.endsAt(toks, m.tj) || en.components.endsAt(toks, m.tj)) {
				sg.found = true
				f.materials = cn.closure(f.materials, v)
				f.partMaterials = cn.closure(f.partMaterials, v)
			}
			// A key that says the piece contains a material, with a value
			// that affirms it ("contains_nickel": "yes (316L steel)",
			// "nickel_content": "10-14 %"), makes the material one of the
			// piece's: copy disclosing it ("contains nickel", "Bevat
			// nikkel", 含镍) says what the data says (#13, probe17d;
			// REACH Annex XVII entry 27 asks nickel to be disclosed, not
			// hidden).
			if m.f.kind == kindMaterial && sg.idx == 1 && keySaysContent(toks, sg) {
				f.materials = cn.closure(f.materials, v)
			}
			continue
		}
		switch m.f.kind {
		case kindMaterial:
			if sg.field == fAttribute {
				if sg.lead == "" {
					sg.lead = v
				} else if minorConstituent(cn, f.body, sg.lead, v) {
					sg.found = true
					continue
				}
			}
			f.materials = cn.closure(f.materials, v)
			if sg.field == fAttribute {
				f.partMaterials = cn.closure(f.partMaterials, v)
			}
			if sg.field == fMaterial {
				f.body = cn.closure(f.body, v)
				bodyVals = append(bodyVals, segValue{si, v, componentAfter(en, toks, m)})
			}
			sg.found = true
		case kindStone:
			f.stones = cn.closure(f.stones, v)
			if sg.field == fAttribute && sg.idx == 1 {
				f.imitated = cn.closure(f.imitated, v)
			}
			if sg.field == fStoneType {
				f.stoneInfo[sg.idx].types = cn.closure(f.stoneInfo[sg.idx].types, v)
			}
			sg.found = true
		case kindColour:
			// A stone type that is a colour word and nothing more names
			// the stone ("jet", "amber", "coral" in English product data;
			// #13, vocab10): the type itself is kept below.
			if sg.field == fStoneType && m.start == sg.start && m.end == sg.end {
				continue
			}
			if sg.field == fStoneType {
				f.stoneInfo[sg.idx].typeColour = true
			}
			f.colours = cn.closure(f.colours, v)
			sg.found = true
		case kindKarat:
			if !contains(f.karats, v) {
				f.karats = append(f.karats, v)
			}
		}
	}
	// A stone type read as colours alone whose last word is also a stone
	// names that stone in its colour: "red coral", "white turquoise",
	// "black jet", "green amber", as "red jasper" does. The scan reads the
	// last word as a colour, or as nothing after the first, so the stone
	// had no type and its name in every language was a stone the product
	// lacked (#13, vocabaudit37).
	for _, sg := range segs {
		if sg.field != fStoneType || !sg.found || len(f.stoneInfo[sg.idx].types) > 0 {
			continue
		}
		for k := len(toks) - 1; k >= 0; k-- {
			if toks[k].end != sg.end {
				continue
			}
			if v := en.stoneOf(toks[k].s); v != "" && toks[k].start > sg.start {
				f.stones = cn.closure(f.stones, v)
				f.stoneInfo[sg.idx].types = cn.closure(f.stoneInfo[sg.idx].types, v)
			}
			break
		}
	}
	f.gradeAliases(cn, &p)
	f.componentMetals(cn, bodyVals, partOf)
	f.goldAlloyKarats(en, cn, p.Metals)
	f.metalPlatings(en, cn, p.Metals)
	f.vermeilLayer(en, cn, p.Metals)
	for _, st := range p.Stones {
		for _, v := range scanValues(en, st.Treatment) {
			if !contains(f.coatings, v) {
				f.coatings = append(f.coatings, v)
			}
		}
	}
	for _, sg := range segs {
		if sg.found {
			continue
		}
		switch sg.field {
		case fFeature:
			if !sg.material {
				f.unreadFeatures = append(f.unreadFeatures, p.Features[sg.idx])
			}
		case fMaterial:
			if !sg.material {
				f.unreadMaterials = append(f.unreadMaterials, p.Materials[sg.idx])
			}
			// With what the canon says it implies: a ceramic no vocabulary
			// knows ("porcelain") still supports its glaze's enamel words
			// (#13, glazed_porcelain19).
			f.materials = cn.closure(f.materials, foldString(p.Materials[sg.idx]))
		case fStoneType:
			// The product's stones gain what the canon implies of it, as
			// a type the scan read does: "jet", read as a colour, is
			// fossilised wood (canon implies jet: [petrified wood]), so
			// "Jet is fossilised wood" names the piece's own stone (#13,
			// stones42; probe 42D's en-AU 42D102). The stone's own types
			// stay the verbatim one: the colour of an implied mineral
			// ("calcita amarela" in a brown septarian nodule, canon
			// septarian nodule: [calcite]) is not the stone's colour
			// (released 22's H22b06 blocked grounding.colour with both).
			v := foldString(sg.text)
			f.stones = cn.closure(f.stones, v)
			f.stoneInfo[sg.idx].types = append(f.stoneInfo[sg.idx].types, v)
			if st := p.Stones[sg.idx]; st.Origin == core.OriginNatural {
				f.stones = typeNameParts(cn, foldString(st.Type), f.stones)
			}
		case fStoneColour:
			v := foldString(p.Stones[sg.idx].Colour)
			f.colours = append(f.colours, v)
			f.stoneInfo[sg.idx].colours = append(f.stoneInfo[sg.idx].colours, v)
			f.stoneInfo[sg.idx].unknownColour = true
			f.stoneInfo[sg.idx].unreadColour = v
			f.unknownColour = true
		case fColour:
			f.colours = append(f.colours, foldString(p.Colours[sg.idx]))
			f.unknownColour = true
		}
	}
	// A lab-grown stone is named "synthetic X" or "lab-grown X" as the
	// market requires: both are the product's stone, whichever the data
	// says ("lab-grown sapphire", origin lab_grown, "synthetic ruby").
	for i, st := range p.Stones {
		if !isLabType(st.Type) {
			continue
		}
		for _, t := range f.stoneInfo[i].types {
			base := strings.TrimPrefix(strings.TrimPrefix(t, "synthetic "), "lab-grown ")
			for _, v := range [...]string{"synthetic " + base, "lab-grown " + base} {
				if !contains(f.stoneInfo[i].types, v) {
					f.stoneInfo[i].types = append(f.stoneInfo[i].types, v)
				}
				if !contains(f.stones, v) {
					f.stones = append(f.stones, v)
				}
			}
		}
	}
	// A pearl of a size class and no stated water or species ("seed
	// pearl") is the pearl the class is sold as (canon size_class_pearls:
	// a freshwater pearl), before the cultured forms below (#13, incl43).
	for i, st := range p.Stones {
		f.sizeClassPearls(cn, i, st.Type)
	}
	// A pearl whose treatment is "cultured" is a cultured pearl: the copy
	// may name it so ("cultured freshwater pearls", 淡水養殖パール), as the
	// FTC Jewelry Guides require of cultured pearls (16 CFR 23.19). So is a
	// pearl of natural (or unstated) origin whose type does not say
	// "natural pearl": the trade's freshwater, akoya, Tahitian and South
	// Sea pearls are cultured, and a PIM records the origin as natural
	// against lab-grown and simulant, not against cultured (#13, pearl12).
	// Calling a natural pearl cultured understates it; the reverse, a
	// simulant called cultured, stays blocked. Only a type the canon knows
	// in its cultured form gains one.
	for i, st := range p.Stones {
		if !strings.Contains(strings.ToLower(st.Treatment), "cultured") && !culturedByTrade(st) {
			continue
		}
		for _, t := range f.stoneInfo[i].types {
			v := "cultured " + strings.TrimPrefix(t, "cultured ")
			if _, known := cn.Implies[v]; !known || contains(f.stoneInfo[i].types, v) {
				continue
			}
			f.stoneInfo[i].types = cn.closure(f.stoneInfo[i].types, v)
			f.stones = cn.closure(f.stones, v)
		}
	}
	// A stone coloured by a coating or a dye may be named by its body's
	// colour ("a white topaz with a mystic coating", "howlite blanche
	// teintée"): the treatment's words (vocab/canon.yaml
	// treatment_colours) give it those colours too (#13, treated17).
	for i, st := range p.Stones {
		if len(f.stoneInfo[i].colours) == 0 {
			continue // no colour stated: nothing is compared
		}
		for _, w := range strings.FieldsFunc(strings.ToLower(st.Treatment), func(r rune) bool { return !unicode.IsLetter(r) }) {
			for _, v := range cn.TreatmentColours[w] {
				f.stoneInfo[i].colours = cn.closure(f.stoneInfo[i].colours, v)
			}
		}
	}
	// A coated topaz is a mystic topaz (vocab/canon.yaml
	// treatment_varieties): copy may name it by the trade name of its
	// treatment ("Mistyczny topaz", ミスティックトパーズ), as a cultured pearl is
	// named cultured above; only a variety the canon knows as the stone.
	for i, st := range p.Stones {
		for _, w := range strings.FieldsFunc(strings.ToLower(st.Treatment), func(r rune) bool { return !unicode.IsLetter(r) }) {
			for _, pre := range cn.TreatmentVarieties[w] {
				for _, t := range f.stoneInfo[i].types {
					f.addVariety(cn, i, pre+" "+t, t)
				}
			}
		}
	}
	// A stone of a recorded colour is its coloured variety where the canon
	// knows that variety as the stone ("blue topaz" implies topaz): a topaz
	// recorded blue may be called a blue topaz, "Blautopas" (#13, the
	// thirteenth session's variety13). Only a variety whose implies names
	// the type: a blue sapphire gains nothing the canon does not list.
	for i := range p.Stones {
		for _, t := range f.stoneInfo[i].types {
			for _, c := range f.stoneInfo[i].colours {
				f.addVariety(cn, i, c+" "+t, t)
			}
		}
	}
	// A stone supports the material it is made of: a shell pearl's
	// mother-of-pearl (vocab/canon.yaml stone_materials; #13, pearl11).
	for _, st := range f.stones {
		for _, v := range cn.StoneMaterials[st] {
			f.materials = cn.closure(f.materials, v)
		}
	}
	// A stone's treatment supports the material it puts into the stone: a
	// resin-stabilised Blue John's resin, a glass-filled ruby's glass
	// (vocab/canon.yaml treatment_materials; #13, treatment_material19).
	for _, st := range p.Stones {
		for _, w := range strings.FieldsFunc(strings.ToLower(st.Treatment), func(r rune) bool { return !unicode.IsLetter(r) }) {
			for _, v := range cn.TreatmentMaterials[w] {
				f.materials = cn.closure(f.materials, v)
			}
		}
	}
	// A stone's own substance, without its implications: amber's resin
	// (vocab/canon.yaml stone_substances; #13, definition14).
	for _, st := range f.stones {
		for _, v := range cn.StoneSubstances[st] {
			if !contains(f.materials, v) {
				f.materials = append(f.materials, v)
			}
		}
	}
	// Unqualified gold is yellow gold: "18k gold" supports "yellow gold",
	// and "gold-plated" supports "yellow gold-plated", unless the product
	// names another gold colour.
	if contains(f.materials, "gold") && !contains(f.materials, "white gold") && !contains(f.materials, "rose gold") {
		f.materials = cn.closure(f.materials, "yellow gold")
	}
	if contains(f.materials, "gold-plated") && !contains(f.materials, "rose gold-plated") && !contains(f.materials, "white gold-plated") {
		f.materials = cn.closure(f.materials, "yellow gold-plated")
	}
	for _, m := range f.materials {
		pm, plated := cn.Plated[m]
		if plated {
			f.plated = cn.closure(f.plated, pm)
			f.addPlating(pm)
		}
		// Listed colours are the truth about the surface (gold-coloured
		// steel is not silver); the metal's own colour counts only when
		// none are listed, or when it is a plating, which is the surface.
		if len(p.Colours) > 0 && !plated {
			continue
		}
		for _, c := range cn.MaterialColours[m] {
			if !contains(f.colours, c) {
				f.colours = append(f.colours, c)
			}
		}
	}
	for _, m := range f.stones {
		for _, c := range cn.MaterialColours[m] {
			if !contains(f.colours, c) {
				f.colours = append(f.colours, c)
			}
		}
	}
	// The plain colour a metal colour of the piece is called: "różowy
	// odcień", "den rosa tonen" of rose gold (vocab/canon.yaml
	// metal_shades; #13, rose_pink19).
	for _, c := range slices.Clone(f.colours) {
		for _, w := range cn.MetalShades[c] {
			if !contains(f.colours, w) {
				f.colours = append(f.colours, w)
			}
		}
	}
	// And the colour a coloured gold's own name says, from the data as
	// written: "red gold" is red (canon metal_name_shades).
	if len(cn.MetalNameShades) > 0 {
		names := slices.Clone(p.Colours)
		for _, mt := range p.Metals {
			names = append(names, mt.Base)
		}
		for _, n := range names {
			for _, w := range cn.MetalNameShades[foldString(n)] {
				if !contains(f.colours, w) {
					f.colours = append(f.colours, w)
				}
			}
		}
	}
	return f
}

// sizeClassPearls gives stone i, of type t, the pearls its size class is
// sold as (canon size_class_pearls), where t is the class and a plain
// pearl: "seed pearl", "seed pearls", not "akoya seed pearl" (a species)
// nor "natural seed pearl".
func (f *facts) sizeClassPearls(cn *canon, i int, t string) {
	if len(cn.SizeClassPearls) == 0 {
		return
	}
	var class []string
	plain := false
	for _, w := range strings.Fields(strings.ToLower(t)) {
		w = strings.Trim(w, ",;()")
		switch {
		case cn.SizeClassPearls[w] != nil:
			class = append(class, cn.SizeClassPearls[w]...)
		case (w == "pearl" || w == "pearls") && !plain:
			plain = true
		default:
			return
		}
	}
	if !plain {
		return
	}
	for _, v := range class {
		f.stoneInfo[i].types = cn.closure(f.stoneInfo[i].types, v)
		f.stones = cn.closure(f.stones, v)
	}
}

// typeWithoutQualifiers is a product's stone type without the canon's
// type qualifiers (words of shape, cut, growth or treatment: keshi,
// baroque, bamboo, carved), and whether any was dropped and a word is left.
func typeWithoutQualifiers(cn *canon, t string) (string, bool) {
	if len(cn.TypeQualifiers) == 0 || t == "" {
		return "", false
	}
	var kept []string
	dropped := false
	for _, w := range strings.Fields(t) {
		if slices.Contains(cn.TypeQualifiers, strings.ToLower(strings.Trim(w, ",;()"))) {
			dropped = true
			continue
		}
		kept = append(kept, w)
	}
	if !dropped || len(kept) == 0 {
		return "", false
	}
	return strings.Join(kept, " "), true
}

// culturedByTrade reports whether a stone is a pearl that the trade sells
// cultured: a pearl type of natural or unstated origin that does not call
// itself natural ("natural pearl", "natural saltwater pearl").
func culturedByTrade(st core.Stone) bool {
	t := strings.ToLower(st.Type)
	if !strings.Contains(t, "pearl") || strings.Contains(t, "natural") || strings.Contains(t, "shell") ||
		strings.Contains(t, "mother") {
		return false
	}
	return st.Origin == "" || st.Origin == core.OriginNatural
}

// isLabType reports whether a product's stone type says the stone is
// lab-grown (core.Stone.QualifiedType writes "lab-grown" for origin
// lab_grown).
func isLabType(t string) bool {
	t = strings.ToLower(t)
	return !strings.Contains(t, "pearl") && (strings.Contains(t, "lab") || strings.Contains(t, "synthetic") ||
		strings.Contains(t, "created") || strings.Contains(t, "man-made"))
}

type checker struct {
	scopes []scope // what each match describes (resolveScopes)
	lx     *lexicon
	cn     *canon
	p      *core.Product
	facts  facts
	toks   []token
	ms     []match
	text   string
	out    []core.Finding
	// own are the folded words of the product's name and collection
	// (ownWord), read once.
	own     []string
	ownDone bool
	// ownNames are the folded words of the product's stone types and the
	// words of its name that share most of a stone word's letters;
	// stoneNames and stoneText the stone types' words and text alone
	// (ownNameAt, stoneNameAt), read once.
	ownNames     []string
	stoneNames   []string
	stoneText    string
	ownNamesDone bool
	// stoneKeywords are the words of the product's keywords that the
	// vocabulary reads as one of its own stones ("pierre de lune" for a
	// rainbow moonstone): masked, they are the stone's name (stoneNameAt).
	stoneKeywords []string
	// materialKeywords are the words of the keywords that the vocabulary
	// reads as one of its own materials ("titan" of a titanium bracelet):
	// masked, they still name the metal (oreStone).
	materialKeywords []string
	// topics caches materialTopic by the first token of its sentence.
	topics map[int]materialTopicKind
	// plateGolds caches platingGoldColours, read once (plateGoldsDone).
	plateGolds     []string
	plateGoldsDone bool
	// disclosed caches platingDisclosed: 0 unknown, 1 yes, -1 no.
	disclosed int8
	// inclusionSeen caches hasInclusionNoun: 0 unknown, 1 yes, -1 no.
	inclusionSeen int8
	// grams are the product's metal weights in g (measurements).
	grams []float64
	// extended are the lengths with the extender added (extendedLengths)
	extended []float64
	// lengthSaid is set when a length in the text is one of the
	// product's; lists are the lists of lengths none of which is
	// (measureList), reported only when lengthSaid stays false.
	lengthSaid bool
	lists      []match
	// companions caches companionTopic by match: 0 unknown, 1 yes, -1 no.
	companions []int8
	// runeOff is the byte offset of each rune of text, then len(text)
	// (byteAt), built in offBuf's array.
	runeOff, offBuf []int32
}

func (c *checker) add(rule, sev string, m match, msg string) {
	c.out = append(c.out, core.Finding{
		Rule: rule, Category: Category, Severity: sev, Message: msg,
		Start: m.start, End: m.end,
	})
}

// surface is the text of a match as the writer wrote it.
func (c *checker) surface(start, end int) string {
	bs, be := c.byteAt(start), c.byteAt(end)
	return c.text[bs:be]
}

// byteAt is the byte offset in c.text of rune offset r (token and match
// positions count runes): 0 for r ≤ 0, len(c.text) past the end. The
// offsets are tabled on first use, once a check: counting from the
// start at every call was 7% of the check child's CPU.
func (c *checker) byteAt(r int) int {
	if r <= 0 {
		return 0
	}
	if c.runeOff == nil {
		off := c.offBuf[:0]
		for i := range c.text {
			off = append(off, int32(i))
		}
		c.runeOff = append(off, int32(len(c.text)))
	}
	if r >= len(c.runeOff) {
		return len(c.text)
	}
	return int(c.runeOff[r])
}

func severity(f *form) string {
	if f.weak {
		return core.SeverityWarn
	}
	return core.SeverityBlock
}

func (c *checker) run() {
	c.resolveScopes()
	for i, m := range c.ms {
		if !m.negated && c.scopes[i] == scopeComponent {
			c.component(m)
			continue
		}
		if !m.negated && c.scopes[i] == scopeLight {
			// A treatment's filler likened to what it resembles ("un
			// material transparente, semelhante ao vidro" in a sentence of
			// filling) is the filler, whatever its likeness (#13, mat52).
			if m.f.kind == kindMaterial && c.fillingMaterial(i, m) {
				continue
			}
			// In a sentence of filling on a piece with no such
			// treatment the likened filler is said of its stone, and
			// blocks as before (#13, material48's controls).
			if m.f.kind == kindMaterial && !c.lx.filling.empty() && !c.treatmentFiller(c.cn.TreatmentFillings, m.f.value) && c.sentenceHolds(c.lx.filling, m.ti) {
				c.material(m)
				continue
			}
			c.lightColour(i, m)
			continue
		}
		if !m.negated && c.scopes[i] == scopeInclusion {
			c.warnColour(i, m, " (a colour of the stone's inclusions, not of the piece: check)")
			continue
		}
		if !m.negated && c.scopes[i] == scopeSimile {
			c.warnColour(i, m, " (a colour likened in a simile of the stone, not of the piece: check)")
			continue
		}
		if !m.negated && c.scopes[i] == scopeVariety {
			c.warnColour(i, m, " (a colour of the material in general or of a treatment's material, not of the piece: check)")
			continue
		}
		if m.negated || c.scopes[i] != scopeProduct {
			continue
		}
		switch m.f.kind {
		case kindMaterial:
			if c.metalColourListed(m) {
				// "flashes of red, green and gold": a colour among
				// colours (#13, colourlist32).
				c.colour(i, m)
				continue
			}
			if c.mineralGold(i, m) {
				// "kultaista pyriittiä", golden pyrite: the mineral's
				// colour (mineral_colour.go; #13, othercolour35).
				c.warnColour(i, m, mineralColourNote)
				continue
			}
			if c.fillingMaterial(i, m) {
				continue
			}
			c.material(m)
		case kindKarat:
			c.karat(m)
		case kindStone:
			c.stone(i, m)
			c.dualCount(i, m)
			if !c.labOriginOfNatural(m) {
				c.labOriginAfterNatural(m) // lab_after64.go
			}
		case kindStoneNoun:
			c.labOriginAfterNatural(m)
		case kindColour:
			if c.clearCoat(i, m) {
				continue // a clear lacquer's transparency (name_as_piece68.go)
			}
			c.colour(i, m)
		case kindCategory:
			c.category(i, m)
		case kindNumber:
			c.count(i, m)
		}
	}
	c.articlesPerPart()
	c.sidesDistributiveNumerals()
}

func (c *checker) material(m match) {
	v := m.f.value
	if contains(c.facts.materials, v) || c.underRule(m) || c.asAllergen(m) || c.assembledComponent(m) || c.ownTypeWord(m) {
		return
	}
	// Gold on a gold-plated piece is the plating: whether the copy says
	// "plated" (or calls it solid) is the regulatory and claim checks'
	// business, so grounding neither double-reports nor contradicts them.
	// A gold of another colour than the plating's is not (plating_colour58.go).
	if contains(c.facts.plated, v) && !c.otherGoldColour(v) || c.platingOfColour(v) {
		return
	}
	// So is a metal that is a plating's ("rose gold" on gold-plated), but
	// not a metal of the plating's group: palladium on ruthenium-plated
	// brass is untrue, whichever platinum group metal it is (#13,
	// solidplating24).
	for _, w := range c.cn.Implies[v] {
		if contains(c.facts.platings, w) && !c.otherGoldColour(v) {
			return
		}
	}
	what := c.surface(m.start, m.end)
	sev := severity(m.f)
	// A metal word unsupported as a metal but matching the product's colour
	// ("a silver finish" on a silver-coloured steel piece) is uncertain.
	if contains(c.facts.colours, v) {
		sev = core.SeverityWarn
	}
	var msg string
	switch {
	case len(c.p.Materials) == 0:
		msg = fmt.Sprintf("mentions %q; the product lists no materials", what)
	default:
		msg = fmt.Sprintf("mentions %q; the product is %s", what, c.materialsText())
	}
	// The cord a beaded piece is strung on, which its data does not name
	// (stringing.go).
	if c.stringingCord(m) {
		sev = core.SeverityWarn
		msg += stringingNote
	}
	c.addFact(RuleMaterial, sev, m, msg)
	c.vermeilUnqualified(m) // vermeil_unqualified.go
}

// component compares the metal of a part that holds or closes the piece
// ("sterling silver ear wires"). A plated piece commonly hangs on findings
// of another metal, so there a part's metal is compared only when the
// product names it (attributes count); on a piece of one solid metal a
// part of another metal ("14k gold hooks" on sterling silver) is compared
// as the piece's.
func (c *checker) component(m match) {
	switch m.f.kind {
	case kindKarat:
		c.karat(m)
	case kindMaterial:
		if len(c.facts.plated) > 0 && !c.unlistedPreciousPart(m) {
			return
		}
		c.material(m)
	}
}

// unlistedPreciousPart reports whether the part's metal m on a plated
// piece is a precious metal other than silver (canon precious_metals:
// gold, platinum, palladium) that the piece neither has nor shows. A
// plated piece's findings are often of a metal its data leaves out
// (sterling silver posts, steel clasps on gold-plated brass), so a part's
// metal there is otherwise the part's business; but no data leaves out a
// platinum clasp, and naming one on gold-plated brass misdescribes the
// metal (16 CFR 23.7 reserves "platinum" for the metal; #13, hidden28:
// released 28's pl-PL "Zapięcie wykonano z pl\u200batyny").
func (c *checker) unlistedPreciousPart(m match) bool {
	metal := c.cn.PreciousMetals[m.f.value]
	return metal != "" && metal != "silver" && !c.shows(metal) && !contains(c.facts.materials, m.f.value) && !contains(c.facts.partMaterials, m.f.value)
}

func (c *checker) materialsText() string {
	if len(c.p.Materials) == 0 {
		return "of no stated material"
	}
	return strings.Join(c.p.Materials, ", ")
}

func (c *checker) karat(m match) {
	if contains(c.facts.karats, m.f.value) || c.ownMillesimalKarat(m) {
		return
	}
	// "0.18 ct" is a weight, not 18-carat gold.
	if before := c.text[:c.byteAt(m.start)]; len(before) >= 2 {
		if p := before[len(before)-1]; (p == '.' || p == ',') && before[len(before)-2] >= '0' && before[len(before)-2] <= '9' {
			return
		}
	}
	// "10 ct of diamonds", "10 carats de diamants": a carat unit beside a
	// stone word is the stones' weight (the measurement check compares it).
	//
	// The karat's own value is read, so a gold word right after the unit
	// makes it the gold's fineness whatever stone stands before: with 0
	// a stone before won, and "keshihelmi 18 karaatin keltakultaisessa
	// kiinnityksessä" on 14k gold passed (#13, karat65).
	kv, _ := strconv.ParseFloat(m.f.value, 64)
	if c.caratUnit(m) && c.caratSense(m.start, m.end, kv) == caratWeight {
		return
	}
	what := c.surface(m.start, m.end)
	msg := fmt.Sprintf("mentions %q; the product states no gold fineness (it is %s)", what, c.materialsText())
	if len(c.facts.karats) > 0 {
		msg = fmt.Sprintf("mentions %q; the product is %s", what, c.materialsText())
	}
	c.add(RuleKarat, core.SeverityBlock, m, msg)
}

func (c *checker) stonesText() string {
	if len(c.p.Stones) == 0 {
		return "the product has no stones"
	}
	parts := make([]string, 0, len(c.p.Stones))
	for _, s := range c.p.Stones {
		var b strings.Builder
		if s.Count > 0 {
			b.WriteString(strconv.Itoa(s.Count))
			b.WriteByte(' ')
		}
		if s.Colour != "" {
			b.WriteString(s.Colour)
			b.WriteByte(' ')
		}
		b.WriteString(s.Type)
		parts = append(parts, b.String())
	}
	return "the product's stones are " + strings.Join(parts, ", ")
}

func (c *checker) stone(i int, m match) {
	bare := contains(c.facts.stones, m.f.value) && c.imitatedBare(m)
	if contains(c.facts.stones, m.f.value) && !bare || c.simulantNamed(m) || c.beadSense(m) || c.pearlBeadOfStone(m) || c.beadBackOf(i, m) || c.ownCrystal(m) || c.definedCrystal(m) || c.structureCrystal(m) || c.madeCrystal(m) || c.ownStoneCrystal64(m) || c.ownCrystalPhrase65(m) || c.insideAfterInclusions65(m) || c.familyStone(m) || c.constituentNamed(i, m) || c.assembledComponent(m) || c.hostedStone(i, m) || c.namedInclusion(m) || c.brilliantCutOfOwn(m) || c.treatmentSource(m) || c.nameStone(m) || c.ownTypeWord(m) || c.stoneEquated(m) || c.treatmentElement(m) {
		return
	}
	msg := fmt.Sprintf("mentions %q; %s", c.surface(m.start, m.end), c.stonesText())
	if bare {
		// The gem the data say the stones imitate, named as theirs: no
		// weak word's other sense, and no sentence about the material in
		// general (imitated57.go).
		c.add(RuleStone, core.SeverityBlock, m, msg+" (the gem the stones imitate, named without its qualifier of imitation)")
		return
	}
	c.addFact(RuleStone, severity(m.f), m, msg)
}

// besideComparedStone reports whether the colour match i stands right
// before or after a stone word that names what the piece's stone is
// compared or contrasted with (comparedWith: "different from a clear
// diamond", "loin du diamant incolore", "다이아몬드와는 다른"): the colour is
// that stone's, not the piece's.
func (c *checker) besideComparedStone(i int, m match) bool {
	if i+1 < len(c.ms) && c.ms[i+1].f.kind == kindStone && c.ms[i+1].ti == m.tj+1 && !c.toks[c.ms[i+1].ti].brk && c.scopes[i+1] == scopeIdiom && c.comparedWith(c.ms[i+1]) {
		return true
	}
	return i > 0 && c.ms[i-1].f.kind == kindStone && c.ms[i-1].tj+1 == m.ti && !c.toks[m.ti].brk && c.scopes[i-1] == scopeIdiom && c.comparedWith(c.ms[i-1])
}

func (c *checker) colour(i int, m match) {
	v := m.f.value
	if pm := c.platingHueOther(i, m); pm != "" {
		// "black rhodium" on a rhodium plating the data give no black
		// (plating_colour58.go).
		c.addFact(RuleColour, core.SeverityBlock, m, fmt.Sprintf("mentions %q of the %s plating; the product's %s plating is not that colour (%s)", c.surface(m.start, m.end), pm, pm, c.materialsText()))
		return
	}
	if v == "clear" && (c.brightBeforeColour(m) || c.clarityOfStone(i, m) || c.clarityBesideHue(i, m)) {
		return
	}
	if m.compound && !c.compoundOfStone(i, m) {
		// "in einem satten Waldgrün", "metsänvihreänä": a compound
		// colour counts only said of the piece's stone (colour_link64.go).
		return
	}
	// A colour next to a stone describes that stone: "pink cubic zirconia"
	// on a product whose zirconia are clear is false even if the product is
	// pink elsewhere. Romance languages put the colour after the stone
	// ("zircons roses"), so both neighbours count.
	// A colour bound to another mineral's word ("calcite branca",
	// 金色のパイライト) is that mineral's (mineral_colour.go; #13,
	// othercolour35).
	if c.treatmentSourceColour(m) {
		// "This citrine began as a purple amethyst before heating":
		// the colour of the stone the treatment started from
		// (treatment_source.go; #13, hue50).
		if !c.colourOfProduct(m) {
			c.addFact(RuleColour, core.SeverityWarn, m, fmt.Sprintf("mentions %q; %s%s", c.surface(m.start, m.end), c.coloursText(), treatmentSourceNote))
		}
		return
	}
	if c.colourBeforeTreatment(i, m) {
		// "mined a light brown, then heated until colourless": the
		// rough's colour the treatment removed (treated_from60.go).
		if !c.colourOfProduct(m) {
			c.addFact(RuleColour, core.SeverityWarn, m, fmt.Sprintf("mentions %q; %s%s", c.surface(m.start, m.end), c.coloursText(), treatedFromNote))
		}
		return
	}
	if c.scopes[i] == scopeProduct && c.mineralColour(i, m) {
		if !c.colourOfProduct(m) {
			c.addFact(RuleColour, core.SeverityWarn, m, fmt.Sprintf("mentions %q; %s%s", c.surface(m.start, m.end), c.coloursText(), mineralColourNote))
		}
		return
	}
	var n match
	adjacent := false
	if i+1 < len(c.ms) && c.ms[i+1].f.kind == kindStone && c.scopes[i+1] == scopeProduct && c.ms[i+1].ti == m.tj+1 && !c.toks[c.ms[i+1].ti].brk {
		n, adjacent = c.ms[i+1], true
	} else if i > 0 && c.ms[i-1].f.kind == kindStone && c.scopes[i-1] == scopeProduct && c.ms[i-1].tj+1 == m.ti && !c.toks[m.ti].brk {
		n, adjacent = c.ms[i-1], true
	} else if c.linkedOwnStoneColour(i, m) {
		// "renksiz bir topaz", a head link between (#13, explain45).
		return
	} else if c.besideComparedStone(i, m) {
		// "unlike colourless diamonds", "diferente dos diamantes
		// incolores": the colour of the stones the piece's is contrasted
		// with (#13, otherstone14).
		return
	} else if p, ok := c.predicateStone(i); ok {
		// "トパーズは青です", "토파즈는 파란색입니다": the colour said of the
		// stone as a predicate (stone_predicate.go).
		n, adjacent = p, true
	} else if p, ok := c.twoSenseStone(i); ok {
		// "klare sten", "Stenen er klar", "the stone is clear": a colour
		// of two senses said of a stone (stone_predicate.go).
		n, adjacent = p, true
	} else if p, ok := c.copulaStone(i); ok {
		// "The sapphire is a deep yellow", "Le saphir est d'un jaune
		// profond": the colour said of the piece's stone across a
		// copula (colour_predicate.go; #13, colourmiss47).
		n, adjacent = p, true
	} else if p, ok := c.nominalPredicateStone(i); ok {
		// "الياقوت في هذا الخاتم أصفر": the indefinite colour after a
		// definite subject, Arabic's nominal sentence (colour_predicate.go;
		// #13, colourmiss47b).
		n, adjacent = p, true
	} else if p, ok := c.genericStoneBeside(i, m); ok {
		// "a yellow stone", "une pierre jaune", 黄色い石: the colour of
		// the piece's stone said of its generic noun
		// (stone_noun_colour62.go).
		n, adjacent = p, true
	} else if p, ok := c.linkedPhraseStone(i, m); ok {
		// "pietra di 0,45 carati, di un caldo giallo", "pearl in a soft
		// silvery white": a colour phrase linked to the piece's stone
		// (colour_link63.go).
		n, adjacent = p, true
	} else if p, ok := c.changedToStone(i, m); ok {
		// "이 다이아스포어는 … 보랏빛으로 변합니다": the colour a stone
		// turns to (colour_link63.go).
		n, adjacent = p, true
	}
	if adjacent && c.colourInStoneName(m) {
		return // "rainbow moonstone" (stone_family.go)
	}
	if adjacent && c.explainedOtherStone(n) {
		return // "黑色角閃石" in anyolite: a constituent's colour (family_count.go)
	}
	if adjacent && c.sameAsCompared(n) {
		return // "o mesmo cristal de sílica do quartzo incolor" (likeness.go)
	}
	if adjacent && c.speciesColour(n, m) {
		return // "Lemon quartz begins as colourless quartz" (species_colour.go)
	}
	if adjacent {
		if !n.negated || c.negatedByColour(m, n) {
			stated, ok, unknown := false, false, false
			for si, st := range c.facts.stoneInfo {
				if (n.f.kind == kindStoneNoun || contains(st.types, n.f.value)) && len(st.colours) > 0 && !c.cn.componentOf(st.types, n.f.value) {
					stated = true
					ok = ok || contains(st.colours, v) || c.hostColour(si, n, v)
					unknown = unknown || st.unknownColour
				}
			}
			if stated {
				if !ok {
					// Beside a stone a word of two senses is the colour.
					sev := core.SeverityBlock
					if unknown && !c.unreadShadeContradicted(n, v) {
						sev = core.SeverityWarn
					}
					c.addFact(RuleColour, sev, m, fmt.Sprintf("describes the %s as %q; %s",
						c.surface(n.start, n.end), c.surface(m.start, m.end), c.stonesText()))
				}
				return
			}
		}
	}
	if c.colourOfProduct(m) {
		return
	}
	cols := c.coloursText()
	sev := severity(m.f)
	if v == "gold" && m.f.weak && !c.shadeOfColour(i, m) && c.pieceColour(m, false) {
		// A weak gold colour ("golden", "goldene": words of a glow, a
		// light or a stone's shade as often as of the piece) said
		// of the piece itself (its category, a part, its predicate; not
		// a stone or a material: "golden topaz", "golden brass") is the
		// piece's colour: "a golden pendant",
		// "der Anhänger ist golden" on sterling silver claim a gold
		// colour the piece does not have, as "doré", "dorado", "gyllene"
		// and 金色 do (16 CFR 23.1: misrepresenting a product's
		// colour or metal; #13, golden24). Not "silvery": titanium,
		// steel and platinum are silvery whatever colour their data
		// list ("grey"), so it stays a warning.
		sev = core.SeverityBlock
	}
	// A bare colour blocks only where it is attached to the piece, its
	// parts or its stones (anchor.go); on clothing the vocabulary does not
	// know, in an idiom or beside another thing it is left to a reviewer.
	if c.facts.unknownColour || !c.attachedColour(i, m) {
		sev = core.SeverityWarn
	}
	c.addFact(RuleColour, sev, m, fmt.Sprintf("mentions %q; %s", c.surface(m.start, m.end), cols))
}

// colourOfProduct reports whether the colour match m is one the product
// has: a colour of its data, the white of a white metal, or the colour of
// a metal it is made or plated of ("gold" on a gold-plated piece).
func (c *checker) colourOfProduct(m match) bool {
	v := m.f.value
	return m.f.stoneOnly || contains(c.facts.colours, v) || c.whiteOfWhiteMetal(m) || c.whiteOfPlating64(m) || contains(c.facts.materials, v) || contains(c.facts.plated, v)
}

// coloursText names the product's colours for a message.
func (c *checker) coloursText() string {
	if len(c.p.Colours) == 0 {
		return "the product lists no colours"
	}
	return "the product's colours are " + strings.Join(c.p.Colours, ", ")
}

// shadeOfColour reports whether the colour match i is the shade of the
// colour word right after it ("golden brown", "goldene gelbe Töne"), or,
// where adjectives follow their noun (modifier_order after: es, fr, it, pt,
// ar), a metal's colour right after a colour word ("amarillo dorado",
// "jaune doré", "amarelo-dourado", "الأصفر الذهبي": golden yellow; RAE,
// "dorado" 2: of the colour of gold; #13, colourlist32): the colour is the
// other word's, not a metal's.
func (c *checker) shadeOfColour(i int, m match) bool {
	if i+1 < len(c.ms) && c.ms[i+1].f.kind == kindColour && c.ms[i+1].ti == m.tj+1 && !c.toks[m.tj+1].brk {
		return true
	}
	if _, metal := c.cn.MaterialColours[m.f.value]; !metal || !c.lx.adjAfter || i == 0 {
		return false
	}
	p := c.ms[i-1]
	return p.f.kind == kindColour && !p.negated && p.tj+1 == m.ti && !c.toks[m.ti].brk && p.f.value != m.f.value
}

// crossSell reports whether a word of set stands before m in its clause,
// within crossSellWindow words: then m describes another item. A word of
// the product's own name, collection or keywords (a masked token: "The
// Green Dot Stacking Ring ... lines up seven tiny chrome diopside
// stones") names the piece, no cross-selling cue, here and in
// crossSellSentence (#13, claims50: probe 50C en-US 50C102-3, a wrong
// count that passed).
func (c *checker) crossSell(m match, set phrases) bool {
	for k := m.ti - 1; k >= 0 && k >= m.ti-crossSellWindow; k-- {
		if c.toks[k+1].brk {
			break
		}
		if set.endsAt(c.toks, k) && !c.toks[k].masked && !c.ownPieceAfterCue(k, m) {
			return true
		}
	}
	return false
}

// crossSellSentence reports whether a cross-selling verb stands before m
// in its sentence, commas and all ("pair it with the matching ring, in
// rose gold, set with pink stones"), within crossSellSentenceWindow words.
// stonesBesideStones reports whether the cross-selling word of the
// number m's sentence sets stones beside stones of the piece ("three
// white moonstones glow beside six clear zirconia", "ved siden av",
// "obok", Turkish "taşının yanında" after its noun): a stone is named
// before the number in its sentence, and the word's object (the rest of
// the sentence after a word before m; the words from m to a word after
// it) holds no category word, as another item would ("beside our
// three-stone ring"). Then the number counts the piece's own stones.
func (c *checker) stonesBesideStones(m match) bool {
	if c.otherItemSentence(m) {
		return false
	}
	lo, hi, limit := -1, -1, -1 // the word's object; a stone of the piece ends before limit
	for k := m.ti - 1; k >= 0 && k >= m.ti-crossSellSentenceWindow; k-- {
		if c.toks[k+1].sbrk {
			break
		}
		if c.lx.cross.endsAt(c.toks, k) {
			lo, hi, limit = k+1, len(c.toks)-1, k
			for e := m.tj + 1; e < len(c.toks); e++ {
				if c.toks[e].sbrk {
					hi = e - 1
					break
				}
			}
			break
		}
	}
	if lo < 0 && c.lx.crossAfter.size() > 0 {
		for k := m.tj + 1; k < len(c.toks) && k <= m.tj+c.crossSellAfterWindow(); k++ {
			if c.toks[k].brk {
				break
			}
			if c.lx.crossAfter.endsAt(c.toks, k) {
				lo, hi, limit = m.ti, k, m.ti
				break
			}
		}
	}
	if lo < 0 {
		return false
	}
	stoneBefore := false
	for _, o := range c.ms {
		if o.ti > hi {
			break
		}
		switch {
		case o.ti >= lo && o.f.kind == kindCategory:
			return false
		case o.tj < limit && (o.f.kind == kindStone || o.f.kind == kindStoneNoun):
			stoneBefore = true
			for k := o.tj + 1; k <= m.ti; k++ {
				if c.toks[k].sbrk {
					stoneBefore = false
				}
			}
		}
	}
	return stoneBefore
}

func (c *checker) crossSellSentence(m match) bool {
	for k := m.ti - 1; k >= 0 && k >= m.ti-crossSellSentenceWindow; k-- {
		if c.toks[k+1].sbrk {
			break
		}
		if c.lx.cross.endsAt(c.toks, k) && !c.toks[k].masked && !c.pieceSubjectCue(k, m) && !c.besideOwnPart(k, m) && !c.ownPartPaired(k, m) && !c.ownPartsCombined(k, m) && !c.besidePieceAt(k) && !c.stoneObjectOf(k, m) && !c.ownPieceAfterCue(k, m) && !c.ownChainPaired(k) && !c.madeWithOurs(k, m) {
			return true
		}
	}
	return c.crossSellCoordinated(m) || c.crossSellClause(m)
}

// crossSellCoordinatedWindow is how far back in its sentence a
// cross-selling word may stand when a second object of its preposition
// is coordinated after a comma (crossSellCoordinated).
const crossSellCoordinatedWindow = 2 * crossSellSentenceWindow

// crossSellCoordinated reports whether m belongs to a second object of a
// cross-selling word's preposition, coordinated after a comma, beyond
// crossSellSentenceWindow: "combínelo con nuestros pendientes de plata de
// ley con perlas cultivadas, o con una cadena fina de oro amarillo"
// (probe 60D es-ES 60D01-3; #13, probe60b): a conjunction
// (conjunctions) after a clause break, then the preposition the cue ends
// with or takes right after it, and m within crossSellWindow words after
// it. The chain in yellow gold is another piece, like the earrings.
func (c *checker) crossSellCoordinated(m match) bool {
	for j := m.ti - 2; j >= 1 && j >= m.ti-crossSellWindow; j-- {
		if c.toks[j+1].sbrk || c.toks[j].sbrk {
			return false
		}
		if !c.toks[j].brk || !conjunctions[c.toks[j].s] || c.toks[j+1].brk {
			continue
		}
		prep := c.toks[j+1].s
		for k := j - 1; k >= 0 && k >= m.ti-crossSellCoordinatedWindow; k-- {
			if c.toks[k+1].sbrk {
				return false
			}
			if !c.lx.cross.endsAt(c.toks, k) || c.toks[k].masked || c.ownPieceAfterCue(k, m) {
				continue
			}
			if c.toks[k].s == prep || k > 0 && c.toks[k-1].s == prep || c.toks[k+1].s == prep {
				return true
			}
		}
		return false
	}
	return false
}

// pieceSubjectCue reports whether the cross-selling word ending at token k
// is a verb whose subject is the piece: one word, after the product's own
// category word in its clause ("La chevalière Onyx Signet de la collection
// Reflexions associe un plateau d'onyx … à six diamants", "Pierścień …
// łączy płytkę onyksu z sześcioma diamentami"), so that it says what the
// piece combines, not what to wear it with (#13, counts47, probe 47D fr-FR
// 47D104-3, pl-PL 47D104-2: the diamonds were read as another item's and
// "trois de chaque côté" was compared with the onyx). French "associe"
// folds like the participle "associé" (paired with) and Polish "łączy"
// stems like the imperative "łącz". No word of ours and no category word
// of another kind may stand after the cue in m's clause ("La bague
// associe parfaitement nos créoles" still offers the hoops), and one of
// the product's own stones must stand between the cue and m: what the
// piece combines.
func (c *checker) pieceSubjectCue(k int, m match) bool {
	if c.facts.category == "" || c.phraseEndsAt(c.lx.cross, nil, k) != 1 || m.ti <= k {
		return false
	}
	subject := false
	for _, o := range c.ms {
		if o.tj >= k {
			break
		}
		if o.f.kind == kindCategory && o.f.value == c.facts.category && !o.negated && !c.brkBetween(o.tj, k) && !sentenceBetween(c.toks, o.tj, k) {
			subject = true
		}
	}
	if !subject && !c.nameSubjectBefore(k) {
		return false
	}
	for j := k + 1; j < len(c.toks) && (j <= m.tj || !c.toks[j].brk); j++ {
		if c.toks[j].sbrk || c.lx.ours.endsAt(c.toks, j) || c.categoryToken(j) && !c.ownCategoryToken(j) {
			return false
		}
	}
	// what it combines is the piece's own stone ("un plateau d'onyx …
	// à six diamants") or, for a stone or a fineness, its own material
	// ("abbina oro giallo 750 … a uno zaffiro"; own_material_cue68.go)
	return c.ownStoneIn(k+1, m.tj) || (m.f.kind == kindStone || m.f.kind == kindKarat) && c.ownMaterialIn(k+1, m.ti-1)
}

// stoneObjectOf reports whether the stone m is itself the object of the
// cross-selling word ending at token k: an indefinite right after the
// word, at most two more words (its adjectives) before the stone, none a
// category word, a break or another fact, and no category word in the
// two words after the stone ("It hangs beside a small diamond accent",
// "neben einem kleinen Diamanten"). A stone alone is no piece sold beside
// this one, so it is the piece's own and is grounded as one (#13, miss45,
// released 45B en-AU 45B104-3); "beside a diamond ring", "beside our
// diamond studs" still offer another piece.
func (c *checker) stoneObjectOf(k int, m match) bool {
	if m.f.kind != kindStone || m.ti <= k || m.ti > k+4 {
		return false
	}
	// the indefinite right after the word, or ending it ("à côté d'un",
	// "junto a un" as the packs list them)
	if !c.lx.indefinites.endsAt(c.toks, k) && (m.ti == k+1 || !c.lx.indefinites.endsAt(c.toks, k+1)) {
		return false
	}
	for j := k + 1; j <= m.ti; j++ {
		if c.toks[j].brk || c.toks[j].sbrk || j < m.ti && c.categoryToken(j) {
			return false
		}
	}
	for _, o := range c.ms {
		if o.ti >= m.ti {
			break
		}
		if o.ti > k {
			return false
		}
	}
	for j := m.tj + 1; j < len(c.toks) && j <= m.tj+2; j++ {
		if c.toks[j].brk || c.toks[j].sbrk {
			break
		}
		if c.categoryToken(j) {
			return false
		}
	}
	return true
}

// besidePieceAt reports whether the cross-selling word ending at token k
// is a word of a beside_piece phrase, a position by the piece or its stone
// ("Beside it sits a small round peridot", "Accanto a lei brilla un
// piccolo peridoto"; #13, lookalike29), not a piece offered beside it.
func (c *checker) besidePieceAt(k int) bool {
	if c.lx.besidePiece.size() == 0 {
		return false
	}
	for j := k; j < len(c.toks) && j <= k+3; j++ {
		if j > k && (c.toks[j].brk || c.toks[j].sbrk) {
			return false
		}
		if st := c.lx.besidePiece.startOf(c.toks, j); st >= 0 && st <= k {
			return true
		}
	}
	return false
}

// besideOwnPart reports whether the cross-selling phrase ending at token k
// places something beside a part of the piece itself: one of the
// product's own stones or a component noun within three words after it,
// before the fact m ("Ved siden af hver safir sidder en lille tanzanit",
// "Junto al cierre cuelga un dije con una turmalina"): a position inside
// the piece, whose facts are the piece's (issue #13, rel9).
//
// Where the word follows its noun (Turkish "her safirin yanında", Finnish
// "safiirin vieressä"), the stone is the word right before it.
func (c *checker) besideOwnPart(k int, m match) bool {
	if k > 0 && !c.toks[k].brk && c.ownStoneAt(k-1) {
		return true
	}
	// the sides of the stone before them: Turkish "Yakutun iki yanında"
	// (on the ruby's two sides), the word ending a sides_together phrase
	// a side phrase of each side, the word ending it: Turkish "Yüzüğün
	// her yanında birer pırlanta" (a diamond on each side of the ring;
	// count61.go eachSideEndsAt)
	if c.eachSideEndsAt(k) {
		return true
	}
	if st := c.lx.sides.startOf(c.toks, k); st > 0 && st < k && c.ownStoneAt(st-1) {
		for j := st; j <= k; j++ {
			if c.toks[j].brk {
				return false
			}
		}
		return true
	}
	for j := k + 1; j <= k+3 && j < m.ti; j++ {
		if c.toks[j].brk {
			return false
		}
		// a component after an indefinite article or a possessive of
		// the brand (ours) is another piece ("junto a una argolla de
		// oro", "acompáñelo de nuestra argolla de oro amarillo", es-MX
		// argolla, a band; #13, other50); the piece's own is definite
		// ("junto al broche")
		// ours marks another piece only where m describes that component,
		// right after it or after head links and determiners ("nuestra
		// argolla de oro amarillo"); a verb and a stone after "our clasp"
		// place the stone on the piece ("Junto a nuestro cierre cuelga un
		// pequeño zafiro"; #13, adv50a), also with no article before the
		// stone (pl "Obok naszego zapięcia wisi mały szafir", cs "Vedle
		// našeho zapínání visí malý safír"; #13, name51)
		if c.lx.components.endsAt(c.toks, j) && !c.categoryToken(j) && !c.lx.indefinites.endsAt(c.toks, j-1) && !(c.lx.ours.endsAt(c.toks, j-1) && c.linkedAfter(j, m)) || c.ownStoneAt(j) {
			return true
		}
	}
	return false
}

// linkedAfter reports whether the fact m follows the noun ending at token
// j as its qualifier: right after it or after at most two head links or
// determiners ("argolla de oro amarillo", "clasp in 18k gold"), in its
// clause.
func (c *checker) linkedAfter(j int, m match) bool {
	if m.ti <= j || m.ti > j+3 {
		return false
	}
	for t := j + 1; t < m.ti; t++ {
		if c.toks[t].brk || !c.lx.headLinks.hasWordAt(&c.toks[t]) && !c.lx.determiners[c.toks[t].s] {
			return false
		}
	}
	return !c.toks[m.ti].brk
}

// ownStoneAt reports whether a stone word of one of the product's own
// stones starts at token j.
func (c *checker) ownStoneAt(j int) bool {
	for _, o := range c.ms {
		if o.ti > j {
			break
		}
		if o.ti != j || o.f.kind != kindStone {
			continue
		}
		for _, st := range c.facts.stoneInfo {
			if contains(st.types, o.f.value) {
				return true
			}
		}
	}
	return false
}

// describesClothing reports whether a colour or material word belongs to
// a clothing noun phrase: the noun within two words after it ("a navy wool
// jumper") or right before it ("un pull rouge", "una camicia nera").
func (c *checker) describesClothing(m match) bool {
	// The rest of a compound ("guldklocka", "gullklokke", "Golduhr"): the
	// fact qualifies the clothing or accessory it is the head of.
	if m.ti == m.tj {
		t := c.toks[m.ti]
		// A stem of a clothing noun with its ending counts too: Finnish
		// "nahka|takin" (#13, eleventh session).
		if tail := runeTail(t.s, m.end-m.start); tail != "" && m.start == t.start && (c.lx.clothing.hasWord(tail) || c.clothingStemWord(tail)) {
			return true
		}
		// A compound read whole as the material (Finnish "nahkatakin",
		// a leather jacket's): a clothing stem inside it after the head.
		if m.start == t.start && m.end == t.end && c.clothingStemInside(t.s) {
			return true
		}
	}
	// The fact is the last word of a clothing phrase that begins before
	// it: a cosmetic named by its article or possessive ("uno smalto",
	// "tuo smalto", "um esmalte": nail polish, where the enamel of a
	// piece is a mass noun without either; #13, ctx10).
	for _, p := range c.lx.clothing.at(&c.toks[m.tj]) {
		if len(p) > m.tj-m.ti+1 && m.tj+1 >= len(p) && endsWith(c.toks, m.tj, p) {
			return true
		}
	}
	w, chars := c.clothingWindow()
	// Where adjectives follow their noun, a category word right before
	// the fact is its noun: "un pendentif doré avec un pull", "قلادة
	// ذهبية مع كنزة" say the pendant is gold, whatever is worn with it
	// (#13, clothing_colour miss).
	// So is one joined to it by a head link: "ein Anhänger aus Gold zum
	// Pullover", "ett hänge i guld till en tröja".
	if m.ti > 0 && !c.toks[m.ti].brk && (c.lx.adjAfter && c.categoryToken(m.ti-1) ||
		m.ti > 1 && !c.toks[m.ti-1].brk && c.lx.headLinks.hasWordAt(&c.toks[m.ti-1]) && c.categoryToken(m.ti-2)) ||
		c.headLinkedMaterial(m) {
		w = 0
	}
	for k := m.tj + 1; k < len(c.toks) && k <= m.tj+w; k++ {
		// A category word first is the fact's noun: "골드 펜던트는 니트와도
		// 잘 어울립니다" (a gold pendant, with a knit too) says the
		// pendant is gold (#13, clothing_colour miss).
		if c.toks[k].brk || chars && k > m.tj+1 && c.isFactToken(k) || c.categoryToken(k) {
			break
		}
		if (c.lx.clothing.endsAt(c.toks, k) || c.clothingCompound(k) || c.clothingStem(k)) && !c.partFollows(k) && !c.ignoredToken(k) {
			return true
		}
	}
	// Romance order: the noun first, then up to two adjectives ("un pull
	// bleu marine", "una camicia azzurra").
	// A noun that is also a word of the piece's parts (piece_parts: pl
	// "pasek", cs "pásek", a strip or a belt) before a material names the
	// piece's strip of it: "cienki pasek czarnej emalii", a thin strip of
	// black enamel (#13, miss68b: probe 68D pl-PL 68D04-2). A colour after
	// it stays the garment's or the cosmetic's ("uno smalto rosso").
	for k := m.ti - 1; k >= 0 && k >= m.ti-2; k-- {
		if c.toks[k+1].brk {
			break
		}
		if (c.lx.clothing.endsAt(c.toks, k) || c.clothingStem(k)) && !(m.f.kind == kindMaterial && c.lx.pieceParts.endsAt(c.toks, k)) {
			return true
		}
	}
	// The noun, a head link and one adjective before the material ("en
	// jakke i semsket skinn", "a jacket in soft leather", "una giacca in
	// pelle nera" reads by the loop above; #13, eleventh session).
	if k := m.ti - 3; k >= 0 && !c.toks[k+1].brk && !c.toks[k+2].brk && !c.toks[m.ti].brk &&
		c.lx.headLinks.hasWordAt(&c.toks[k+1]) && !c.isFactToken(k+2) &&
		(c.lx.clothing.endsAt(c.toks, k) || c.clothingStem(k)) {
		return true
	}
	return false
}

// ignoredToken reports whether token k lies inside an ignore form: a
// clothing word there is a word of the phrase, no garment ("a sapphire on
// top", "at the top of the band": the top is a place, not a top; #13,
// open44b).
func (c *checker) ignoredToken(k int) bool {
	for _, o := range c.ms {
		if o.ti > k {
			break
		}
		if o.f.kind == kindIgnore && o.tj >= k {
			return true
		}
	}
	return false
}

// clothingCompound reports whether token k is a compound ending in a
// clothing word ("Strickpullover", "Wollmantel").
func (c *checker) clothingCompound(k int) bool {
	w := c.toks[k].s
	for _, t := range c.lx.clothingTails {
		if len(w) > len(t)+2 && strings.HasSuffix(w, t) {
			return true
		}
	}
	return false
}

// describesComponent reports whether a metal word belongs to the noun
// phrase of a component: the component noun within three words after it
// ("sterling silver ear wires", "Sterlingsilber-Ohrhaken") or before it
// ("ear wires in sterling silver", "crochets en argent", "Ohrhaken aus
// Sterlingsilber"), with no other fact word between.
func (c *checker) describesComponent(m match) bool {
	return c.describesNoun(m, c.lx.components)
}

// describesNoun reports whether a word of nouns heads m's noun phrase, as
// describesComponent says.
func (c *checker) describesNoun(m match, nouns phrases) bool {
	if nouns.size() == 0 {
		return false
	}
	for k := m.tj + 1; k < len(c.toks) && k <= m.tj+3; k++ {
		if c.toks[k].brk {
			break
		}
		if nouns.endsAt(c.toks, k) {
			return true
		}
		if c.isFactToken(k) {
			break
		}
	}
	for k := m.ti - 1; k >= 0 && k >= m.ti-3; k-- {
		if c.toks[k+1].brk {
			break
		}
		if nouns.endsAt(c.toks, k) {
			return true
		}
		if c.isFactToken(k) {
			break
		}
	}
	return false
}

// crossSellSentenceWindow is how far back in its sentence a
// cross-selling verb makes a fact another item's.
const crossSellSentenceWindow = 14

// crossSellWindow is how far back in its clause a pairing verb makes a
// category word a suggestion rather than a claim ("pair it with hoops").
const crossSellWindow = 8

func (c *checker) category(i int, m match) {
	pc := c.facts.category
	v := m.f.value
	// "this pendant" of a charm bracelet is the piece, not its charms
	// (canon shape_senses not_this; #13, charm_pendant19).
	this := c.thisShapeOnly(pc, m.f) && c.afterDemonstrative(m)
	if pc == "" || v == pc || contains(c.cn.Related[pc], v) || (!this && (c.plainPartSense(pc, m.f) || c.shapeSenseAt(pc, m))) || c.hangsFrom(m) || c.adjectiveSense(m) {
		return
	}
	if c.categoryElsewhere(m) || c.listedWithComponent(m) || c.circleSense(m) || c.ringShapePredicate(m) || c.compoundHeadOwn(m) {
		return
	}
	// Only a word anchored to the piece calls it something else (anchor.go);
	// another type named elsewhere (styling, size talk, a piece beside it)
	// is left to a reviewer.
	if !c.anchoredCategory(i, m) || contains(c.cn.WornWith[pc], v) {
		c.add(RuleCategory, core.SeverityWarn, m, fmt.Sprintf("mentions another type %q; the product's category is %s", c.surface(m.start, m.end), c.p.Category))
		return
	}
	c.add(RuleCategory, severity(m.f), m, fmt.Sprintf("calls it %q; the product's category is %s", c.surface(m.start, m.end), c.p.Category))
}

// aboutOtherItem reports whether the word at rune offset start stands in
// a sentence about another item: after a cross-selling verb ("pair it
// with our Heritage ring") or with a word such as "matching"; or whether
// the number there is another piece's as a count there would be (scopeOf's
// tests of a number: in a relative clause or parenthesis after another
// piece, before another piece named as one where the noun comes last, in
// a sentence that goes on about one): "combinam com o anel Lumière, que
// tem uma pedra de 10 mm", "ペンダント（チェーン45cm）と合わせる", "tek
// iyolitli 45 cm kolyeyle birlikte" (#13, scope42). The measure is then
// that piece's, as its count is.
func (c *checker) aboutOtherItem(start int) bool {
	return c.aboutOtherItemAt(start, false)
}

// aboutOtherItemAt is aboutOtherItem; measure reads the number as a
// measure, which a look cue in another clause leaves the piece's
// (look_measure56.go).
func (c *checker) aboutOtherItemAt(start int, measure bool) bool {
	for k, t := range c.toks {
		if t.start == start {
			m := match{f: digitForm, ti: k, tj: k, start: t.start, end: t.end}
			return (c.crossSellSentence(m) && !c.crossSellOnOwnCategory(m)) || c.otherItemSentenceAt(m, measure) ||
				c.beforeOtherPiece(m) || c.relativeOfOther(m) || c.inParenOfOther(m) || c.afterOtherPiece(m) || c.linkedToNamedOther(m)
		}
		if t.start > start {
			break
		}
	}
	return false
}

// componentOfOwn reports whether the product's own category is named
// before m in its sentence: then m is a part of it or something it
// carries ("each earring holds a small pendant", "jeder Ohrring trägt
// einen Anhänger"), not what the product is called.
func (c *checker) componentOfOwn(m match) bool {
	pc := c.facts.category
	for _, o := range c.ms {
		if o.ti >= m.ti {
			break
		}
		if o.f.kind != kindCategory || o.f.value != pc {
			continue
		}
		sameSentence := true
		for k := o.tj + 1; k <= m.ti; k++ {
			if c.toks[k].sbrk {
				sameSentence = false
				break
			}
		}
		if sameSentence {
			return true
		}
	}
	return false
}

// countLookahead is how many words may stand between a number and the stone
// it counts ("twelve sparkling clear cubic zirconia").
const countLookahead = 4

func (c *checker) count(i int, m match) {
	n := 0
	if m.f == digitForm {
		t := c.toks[m.ti]
		// A decimal ("0.5 carat") or a number in a measure is no count.
		if m.start > 0 {
			prev, _ := utf8.DecodeLastRuneInString(c.text[:c.byteAt(m.start)])
			if (prev == '.' || prev == ',') && !clauseStop(c.text[:c.byteAt(m.start)]) || prev == '/' || prev == '⁄' {
				return // "0.5 carat"; a fraction's denominator, "3/4 ct"; not "，5顆" (clauseStop)
			}
		}
		// Nor is a fraction's numerator: "a 3/4 ct diamond" is one stone of
		// three quarters of a carat (#13, weight25).
		if rest := c.text[c.byteAt(m.end):]; len(rest) > 1 && (rest[0] == '/' || strings.HasPrefix(rest, "⁄")) {
			if r, _ := utf8.DecodeRuneInString(strings.TrimPrefix(strings.TrimPrefix(rest, "/"), "⁄")); r >= '0' && r <= '9' {
				return
			}
		}
		// Nor is a decimal's whole part: "each 6.5 to 7 mm", "6,5 mm"
		// (#13, probe17c: "63 pearls, each 6.5 to 7 mm" read "each 6" as
		// six per part).
		if rest := c.text[c.byteAt(m.end):]; len(rest) > 1 && (rest[0] == '.' || rest[0] == ',') && rest[1] >= '0' && rest[1] <= '9' {
			return
		}
		s := t.s
		if !isDigits(s) && c.lx.inflection != nil {
			s = c.lx.inflection.prefixedDigits(s)
		}
		n, _ = strconv.Atoi(s)
	} else {
		n, _ = strconv.Atoi(m.f.value)
	}
	if c.inSidePhrase(m) {
		return // "her iki yanında ikişer safir": the sides (count60b.go)
	}
	if n > 0 && c.countsPart(m) && c.eachOneOfParts(m) && c.distributiveCount(m, m) && !c.inDistributive(m) && c.compareParts(i, m, n) {
		// "un diamante en cada una de las cinco puntas": the parts' number,
		// times the count on each part (count60.go; #13, count60b).
		return
	}
	if n <= 0 || c.dimensionSide(m) || c.countsNoStone(m, n) || c.calendarNumber(m, n) || c.finenessNumber(m, n) {
		return
	}
	if c.unitAfter(i, m) {
		// A size right after the number is another number's ("seven 4 mm
		// pearls"): the number counts the stones after the size, if any
		// (#13, size_between24); "each one 6.5 mm across" counts nothing.
		if m.tj+1 < len(c.toks) && !c.toks[m.tj+1].brk && isDigits(c.toks[m.tj+1].s) {
			c.countForward(i, m, n)
		}
		return
	}
	if c.counterAfterStone(i, m) {
		// "ダイヤモンド16石": the counter (石, also the noun "stone") counts
		// the stone before the number, not every stone forward.
		c.countBackward(i, m, n)
		return
	}
	if c.groupsOfDistributive(m) {
		return // the groups' number: "üç grup halinde üçer safir" (count60.go)
	}
	if c.countForward(i, m, n) || c.attributiveCount(i, m, n) || c.predicateNumber(m, n) || c.oneOfAKind(m, n) || c.pronounOne(m, n) {
		return
	}
	if c.dualStoneCount(m, n) {
		return // "وفي كل قرط حجران": two stones (count60.go)
	}
	if !c.totalAfterStones(i, m, n) && !c.perPartCount(i, m, n) && !c.elidedColourCount(i, m, n) {
		c.countBackward(i, m, n)
	}
}

// predicateNumber reports whether the number word m is the predicate of a
// copula, with at most one word between, and counts no stone after it:
// "chaque pierre est unique", "cada pieza es única", "chaque amazonite est
// vraiment unique" say each stone is one of a kind, not that there is one
// of it per part (#13, probe17b's unique17). So is "one" as the pronoun
// of a distributive word, the subject of a copula: "each one is unique".
// A numeral in digits, and a number word counting the stones after it
// ("ce sont trois pierres"), are counts.
func (c *checker) predicateNumber(m match, n int) bool {
	if m.f == digitForm || m.ti == 0 || c.toks[m.ti].brk {
		return false
	}
	k := m.ti - 1
	if n == 1 && c.lx.distributive.endsAt(c.toks, k) && m.tj+1 < len(c.toks) && !c.toks[m.tj+1].brk && c.isCopula(m.tj+1) {
		return true
	}
	if !c.isCopula(k) {
		if k == 0 || c.toks[k].brk || c.isFactToken(k) || !c.isCopula(k-1) {
			return false
		}
	}
	return true
}

// calendarNouns are the nouns of the calendar that follow a number in the
// languages that write a date with them: ja/zh 月 日 年 (十月, 10月の誕生石),
// ko 월 일 년 (10월의 탄생석, 1987년부터).
var calendarNouns = map[rune]bool{'月': true, '日': true, '年': true, '월': true, '일': true, '년': true}

// calendarNumber reports whether the number m, whose value is n, is a
// month, a day or a year rather than a count (#13, month14): glued to a
// noun of the calendar ("10月の誕生石トルマリン" is October's birthstone,
// "10월의 탄생석 투르말린" the same, 十月生辰石碧玺), or a year written in four
// figures ("since 1803 tourmalines", "seit 1987", "desde 1803"; a count of
// a thousand stones and more is written with a separator, "1,200").
func (c *checker) calendarNumber(m match, n int) bool {
	if m.f == digitForm && n >= 1000 && n <= 2100 {
		return true
	}
	r, _ := utf8.DecodeRuneInString(c.text[c.byteAt(m.end):])
	return calendarNouns[r]
}

// counterAfterStone reports whether the number m stands between a stone
// word right before it and a counter right after it, in a language with
// counters (Japanese, Chinese, Korean).
func (c *checker) counterAfterStone(i int, m match) bool {
	if c.lx.counters == nil || i == 0 || m.tj+1 >= len(c.toks) || c.toks[m.tj+1].brk || c.toks[m.ti].brk {
		return false
	}
	r, _ := utf8.DecodeRuneInString(c.toks[m.tj+1].s)
	sm := c.ms[i-1]
	return c.lx.counters[r] && sm.tj == m.ti-1 && (sm.f.kind == kindStone || sm.f.kind == kindStoneNoun) && !c.counterOfNext(m)
}

// counterOfNext reports whether the counter after the number m is followed
// by a genitive (ko 의, ja の: the vocabulary's head_links) that ties the
// number to the noun after it: "여섯 개의 다이아몬드", "6개의 다이아몬드",
// 6個のダイヤモンド (six diamonds), even right after another stone ("핑크
// 투르말린과 여섯 개의 다이아몬드" is five tourmalines and six diamonds, not six
// tourmalines; #13, kocount14). Said noun first ("다이아몬드 여섯 개") the
// number counts the stone before it.
func (c *checker) counterOfNext(m match) bool {
	k := m.tj + 1
	if k >= len(c.toks) || c.toks[k].brk {
		return false
	}
	t := c.toks[k].s
	if _, n := utf8.DecodeRuneInString(t); n < len(t) && c.lx.headLinks.hasWord(t[n:]) {
		return c.stoneStartsAt(k + 1)
	}
	return k+1 < len(c.toks) && !c.toks[k+1].brk && c.lx.headLinks.hasWordAt(&c.toks[k+1]) && c.stoneStartsAt(k+2)
}

// stoneStartsAt reports whether a stone word, after at most two colour
// words, starts at token k in its clause: the noun a genitive ties a
// count to ("개의 핑크 투르말린", 個のダイヤモンド), not another noun
// ("3つの間に白いダイヤモンド": between the three, a white diamond).
func (c *checker) stoneStartsAt(k int) bool {
	for range 3 {
		if k >= len(c.toks) || c.toks[k].brk {
			return false
		}
		i := c.matchAt(k)
		if i < 0 || c.ms[i].ti != k {
			return false
		}
		switch c.ms[i].f.kind {
		case kindStone, kindStoneNoun:
			return true
		case kindColour:
			k = c.ms[i].tj + 1
		default:
			return false
		}
	}
	return false
}

// unitAfter reports whether a unit of measure follows the number m ("7 mm
// pearls", "7-millimetre", "7 millimetrin helmi", 7毫米的珍珠, 7ミリのパール,
// 7밀리 진주): a size, never a count. The units are those the measure
// check reads (its built-in pattern and the language's measure_units).
// A stone right after the number is what it counts, even where its
// word begins like a unit (Turkish "üç inci", three pearls, and "inç").
func (c *checker) unitAfter(i int, m match) bool {
	if i+1 < len(c.ms) && c.ms[i+1].ti == m.tj+1 && (c.ms[i+1].f.kind == kindStone || c.ms[i+1].f.kind == kindStoneNoun) {
		return false
	}
	// Nor is the market's lab-grown qualifier ("zeven in het laboratorium
	// gekweekte saffieren": "in" is no inch there; count_qualifier.go).
	if m.tj+1 < len(c.toks) && !c.toks[m.tj+1].brk && c.labGrownAt(m.tj+1) > 0 {
		return false
	}
	// Nor is a phrase of the whole ("20 in total", "twenty in all": "in"
	// is no inch there; the number is a total, totalAfterStones; #13,
	// sense45).
	if m.tj+1 < len(c.toks) && !c.toks[m.tj+1].brk && c.lx.totals.startsAt(c.toks, m.tj+1) {
		return false
	}
	b := c.byteAt(m.end)
	rest := c.dimensionRest(strings.TrimLeft(c.text[b:], " -\u00a0"))
	probe := "1" + measureWindow(rest) // the patterns start with the number
	for _, re := range []*regexp.Regexp{measurePattern, c.lx.measure} {
		if re != nil && anchoredPattern(re).MatchString(probe) {
			return true
		}
	}
	return false
}

// countForward compares a number with the stone it stands before ("eight
// purple amethysts", 八颗紫水晶), and reports whether it found one.
func (c *checker) countForward(i int, m match, n int) bool {
	if c.productBeadCount(m, n) {
		return true // a bead product's beads (count58.go)
	}
	next := i + 1
	colour := ""
	extra := 0 // tokens of a size between the number and its stone
	commas := 0
	listColour := false // a colour word between the number and its stone
	closed := -1        // the token after a short aside passed over (count_aside54.go)
	for k := m.tj + 1; k < len(c.toks) && k <= m.tj+c.lx.countWindow+extra; k++ {
		t := c.toks[k]
		if t.masked {
			// A keyword of the product that names its stone counts as
			// the stone does ("72 Süßwasser-Zuchtperlen" with the
			// keyword "Zuchtperlen"; #13, lab64: released 63A de-DE
			// 63A04-2).
			if sm, ok := c.maskedStoneAt(m.tj+1, k); ok {
				c.compareCount(n, m, sm, colour)
				return true
			}
			return false
		}
		// A short aside in parentheses between the number and its stone
		// ("acht in het laboratorium gekweekte (synthetische) smaragden",
		// "eight (synthetic) emeralds") is passed over (count_aside54.go).
		if t.brk && k != closed {
			if e := c.asideEnd(k); e > k {
				extra += e - k
				closed = e
				k = e - 1
				continue
			}
		}
		if k == closed {
			t.brk = false
		}
		// The second half of a hyphenated modifier ("three brilliant
		// round-cut diamonds", "drei funkelnde Princess-Cut-Diamanten") is
		// part of one word of the phrase and leaves the window as it was
		// (#13, counts56: count_adjectives56.go).
		if c.hyphenatedModifier(k, m) {
			extra++
		}
		// Adjectives listed with commas between the number and its stone
		// ("fyra runda, röda granater", "four round, red garnets", "cztery
		// okrągłe, czerwone granaty") leave the stone counted: a comma
		// after a word that is no number, unit, fact or function word: one
		// adjective, the comma, the stone's colour right before the stone
		// (#13, twenty-fourth session, count24; a longer list, or one
		// without the colour, is left alone: held-out figures rose).
		if t.brk {
			if k != m.tj+2 || t.sbrk || !c.listComma(k) {
				return false
			}
			commas++
			extra++
		}
		// A size between the number and the stone it counts ("seven 4 mm
		// pearls", "seitsemän 4 mm:n helmeä", "sieben 4-mm-Perlen") is
		// passed over, its number and unit both (#13, size_between24).
		if isDigits(t.s) && k+1 < len(c.toks) && !c.toks[k+1].brk && c.lx.units[c.toks[k+1].s] {
			k++
			extra += 2
			// The case ending a colon glues to an abbreviation (Finnish
			// and Swedish "4 mm:n", "mm:s") is the unit's, not a break.
			if u := c.toks[k]; k+1 < len(c.toks) && c.toks[k+1].brk && !c.toks[k+1].sbrk &&
				c.toks[k+1].start == u.end+1 && c.text[c.byteAt(u.end)] == ':' {
				k++
				extra++
			}
			continue
		}
		// A unit of several tokens ("9毫米", "45厘米": Chinese is read one
		// character a token) is passed over the same way (#13, misc51;
		// probe 51D zh-CN 51D104-3 "三颗9毫米水滴形托帕石").
		if isDigits(t.s) {
			if u := c.unitTokensAfter(k); u > 0 {
				k += u
				extra += 1 + u
				continue
			}
		}
		for next < len(c.ms) && c.ms[next].ti < k {
			next++
		}
		// Beads of a stone count the stone (bead.go): "catorce cuentas
		// de azabache", "vierzehn Perlen aus Gagat", "vierzehn
		// Gagatperlen".
		if c.beadCountForward(k, m, n) || c.stoneBeadCount(k, m, n, colour) {
			return true
		}
		if next < len(c.ms) && c.ms[next].ti == k {
			sm := c.ms[next]
			switch sm.f.kind {
			case kindColour, kindIgnore:
				if f := c.pearlWordStone(sm); f != nil {
					// "deux perles" on a pearl piece: the pearls
					// (lab_after64.go pearlWordStone).
					sm.f = f
					c.compareCount(n, m, sm, colour)
					return true
				}
				if sm.f.kind == kindColour {
					colour = sm.f.value
					listColour = true
				} else if c.countStop(k) {
					return false // a counter with its particle ("개가") ends the phrase
				}
				// A bead noun inside an ignored phrase ("facettierte
				// Perlen") still heads the count (bead.go).
				for q := k + 1; q <= sm.tj; q++ {
					if c.beadCountForward(q, m, n) {
						return true
					}
				}
				k = sm.tj
				continue
			case kindStone, kindStoneNoun:
				if colour == "" {
					colour = c.colourAfter(next)
				}
				if sm.f.kind == kindStoneNoun && (c.kindsNamedAfter(next, n) || c.kindsCombined(m, sm, n)) {
					// "two stones, nephrite and jadeite": the kinds of
					// stone a name covers, not the piece's stones; "combines
					// two rare stones": the kinds joined (count_combined57.go)
					return true
				}
				if c.kindsRanked(m, sm, n) {
					return true // "the two hardest gems": the set ranked (rank_set65.go)
				}
				if _, ok := c.colourRightBefore(sm.ti); commas > 0 && !ok && !listColour {
					// A list with commas counts its stone only where one of
					// its words is the stone's colour: a noun before the
					// comma ("its 57 facets, the diamond") is no adjective.
					// The colour may stand before the comma, a participle
					// phrase after it ("seitsemän valkoista, makeassa
					// vedessä viljeltyä helmeä", seven white, freshwater-
					// cultured pearls; #13, rel64b: released 64A fi-FI
					// 64A02-2).
					return false
				}
				c.compareCount(n, m, sm, colour)
				return true
			case kindMaterial:
				// A metal word that is the counted stones' own colour
				// ("two bronze pearls" on bronze pearls) is their
				// colour (#13, lab64: probe 63D en-AU 63D04-2).
				if !c.stoneColourMaterial(next) {
					return false
				}
				colour = sm.f.value
				k = sm.tj
				continue
			default:
				return false
			}
		}
		// The market's lab-grown qualifier between the number and the
		// stone, where it is no stone word's start ("lab-grown diamond"
		// is one), is the stone's (count_qualifier.go): "sieben im Labor
		// gezüchtete rosa Saphire".
		if n := c.labGrownAt(k); n > 0 && k+n < len(c.toks) && (!c.toks[k+n].brk || c.asideEnd(k+n) > 0) {
			k += n - 1
			extra += n
			continue
		}
		if c.countStop(k) || c.lx.units[t.s] || isDigits(t.s) {
			return false
		}
	}
	return false
}

// listComma reports whether the only punctuation between token k and the
// one before it is a comma of a list (",", the ideographic "、", the Arabic
// "،") and the token before it is a word, not a number, a unit or a
// function word.
func (c *checker) listComma(k int) bool {
	p := c.toks[k-1]
	if isDigits(p.s) || c.lx.units[p.s] || c.countStop(k-1) {
		return false
	}
	// The word before the comma is an adjective of the stone's: not a
	// counter ("9つ、ブルーサファイア1つ": a total, then its groups) nor a
	// capitalised word ("Born on 10 October, pink tourmaline": a date).
	if r, _ := utf8.DecodeRuneInString(c.text[c.byteAt(p.start):]); unicode.IsUpper(r) {
		return false
	}
	for _, r := range p.s {
		if c.lx.counters[r] {
			return false
		}
	}
	between := strings.TrimSpace(c.text[c.byteAt(p.end):c.byteAt(c.toks[k].start)])
	return between == "," || between == "、" || between == "،"
}

// colourAfter returns the colour word right after the stone match j in
// its clause, the order of languages whose adjectives follow the noun
// ("quatre pierres bleues", "cuatro piedras azules", "أربعة أحجار زرقاء"),
// or "".
func (c *checker) colourAfter(j int) string {
	if j+1 >= len(c.ms) {
		return ""
	}
	cm := c.ms[j+1]
	if cm.f.kind != kindColour || cm.negated || cm.ti != c.ms[j].tj+1 || c.toks[cm.ti].brk {
		return ""
	}
	return cm.f.value
}

// colourOf returns the colour word right before the stone match j ("white
// zirconia") or, failing that, right after it ("zirconia bianchi"), or "".
func (c *checker) colourOf(j int) string {
	if j >= 1 {
		if cm := c.ms[j-1]; cm.f.kind == kindColour && !cm.negated && cm.tj == c.ms[j].ti-1 && !c.toks[c.ms[j].ti].brk {
			return cm.f.value
		}
	}
	return c.colourAfter(j)
}

// countBackward compares a number that follows its stone with a counter
// after it, the order of Korean and Japanese lists ("자수정 여섯 개",
// "アメジスト6個", "パールを5粒"): the stone (and a colour before it) right
// before the number, or before one case particle before it, in its clause.
// Languages without counters have no such order.
func (c *checker) countBackward(i int, m match, n int) {
	if c.lx.counters == nil || i == 0 || m.tj+1 >= len(c.toks) || c.toks[m.tj+1].brk || c.toks[m.ti].brk {
		return
	}
	r, _ := utf8.DecodeRuneInString(c.toks[m.tj+1].s)
	if !c.lx.counters[r] || c.counterOfNext(m) {
		return
	}
	// One case particle may stand between ("パールを5粒", count_particles),
	// which the vocabulary may read as an ignore match of its own.
	j, want := i-1, m.ti-1
	if want > 0 && c.lx.countPart[c.toks[want].s] && !c.toks[want].brk && !c.toks[m.ti].brk {
		want--
		if p := c.ms[j]; p.f.kind == kindIgnore && p.ti == want+1 && j > 0 {
			j--
		}
	}
	if c.productBeadBefore(m, n, want) {
		return // "磨き上げたビーズ24個": a bead product's beads (count58.go)
	}
	// A bead or shape noun between the stone and the number (제트 비즈
	// 14개, ジェットビーズ14個, 煤玉珠十四颗, ヒスイの葉が三枚; bead.go): the
	// beads are the stone's, and a shape holds at least one of it.
	shape := false
	if s, sh := c.beadBeforeNumber(want); s > 0 && n > 1 {
		shape = sh
		want = s - 1
		if want > 0 && c.lx.headLinks.hasWordAt(&c.toks[want]) {
			want--
		}
		for j > 0 && c.ms[j].tj > want {
			j--
		}
	}
	sm := c.ms[j]
	if sm.tj != want || (sm.f.kind != kindStone && sm.f.kind != kindStoneNoun) || sm.negated || c.scopes[j] != scopeProduct {
		return
	}
	colour := ""
	if j >= 1 {
		if cm := c.ms[j-1]; cm.f.kind == kindColour && cm.tj == sm.ti-1 && !c.toks[sm.ti].brk {
			colour = cm.f.value
		}
	}
	if shape {
		c.compareAtLeast(n, m, sm, colour)
		return
	}
	c.compareCount(n, m, sm, colour)
}

// compareCount compares a count with the product's stone groups: the
// groups of the named stone (all groups for a generic noun such as
// "stones"), narrowed to the stated colour. The count is true when it is
// the count of one group or of several groups together (a halo ring of 1
// and 10 diamonds has "ten diamonds", "a single diamond" and "eleven").
func (c *checker) compareCount(n int, num, sm match, colour string) {
	if c.groupMembersCounted(num, sm, n) {
		return // "alle drei sind Chalcedone": a family's members (family_count.go)
	}
	counts, ok := c.groupCounts(sm, colour)
	if !ok {
		return
	}
	if len(counts) == 0 {
		return
	}
	// "three clusters of three sapphires": nine (count59.go).
	if c.compareGroups(n, num, sm, counts) {
		return
	}
	// A count said to be the whole ("eighteen stones across the pair")
	// is the whole, whatever the clause before gives each part.
	if c.totalCount(num, sm) {
		if subsetSum(counts, n) {
			return
		}
		span := match{start: min(num.start, sm.start), end: max(num.end, sm.end)}
		c.add(RuleCount, core.SeverityBlock, span, fmt.Sprintf("says %q (in all); %s", c.surface(span.start, span.end), c.stonesText()))
		return
	}
	// A count on each part beside a total of the stones in its sentence
	// ("Eighteen … line each hoop, eighteen stones in total"): the total
	// must hold two parts' worth or more (per_part.go sentenceTotal), or
	// a group of the parts' stones and other stones besides
	// (part_total_rest68.go).
	if c.distributiveCount(num, sm) && !c.sidesGroupBesideTotal(num, sm) {
		if t := c.sentenceTotal(num, sm); t > 0 && subsetSum(counts, t) && (t < 2*n || t%n != 0) && !partsPlusRest(counts, n, t) {
			span := match{start: min(num.start, sm.start), end: max(num.end, sm.end)}
			c.add(RuleCount, core.SeverityBlock, span, fmt.Sprintf("says %q (%d on each part, %d in all); %s", c.surface(span.start, span.end), n, t, c.stonesText()))
			return
		}
	}
	// A count on each side is two sides' worth (per_part.go perSideCount).
	if c.partsCounted(num) < 2 && c.perSideCount(num, sm) {
		if c.perSideFits(counts, n) {
			return
		}
		// A centre stone the sides flank: "a centre pearl flanked by two
		// pearls on each side", "une perle flanquée de deux perles de
		// chaque côté" (count60.go).
		if v := c.sidesCentre(num); v > 0 && subsetSum(counts, v+2*n) {
			return
		}
		// The verb last: "Eine Perle wird auf jeder Seite von zwei
		// Perlen flankiert" (count60b.go).
		if v := c.flankedCentreAfter(num, sm); v > 0 && subsetSum(counts, v+2*n) {
			return
		}
		// A part of a list: "two diamonds on each side and one in the
		// centre" (count61.go).
		if t := c.partsAfter(num, sm); t > 0 && subsetSum(counts, t+n) {
			return
		}
		span := match{start: min(num.start, sm.start), end: max(num.end, sm.end)}
		c.add(RuleCount, core.SeverityBlock, span, fmt.Sprintf("says %q (%d on each side); %s", c.surface(span.start, span.end), n, c.stonesText()))
		return
	}
	// A count per part whose parts the copy counts: the count times the
	// parts is the whole (per_part.go partsCounted; a pair's piece as the
	// clause's subject, count58.go piecesFor).
	if p := c.piecesFor(num, sm); p > 1 {
		if subsetSum(counts, n*p) || c.perPartAttr() == n {
			return
		}
		span := match{start: min(num.start, sm.start), end: max(num.end, sm.end)}
		c.add(RuleCount, core.SeverityBlock, span, fmt.Sprintf("says %q (%d on each of %d parts); %s", c.surface(span.start, span.end), n, p, c.stonesText()))
		return
	}
	if subsetSum(counts, n) {
		return
	}
	// Earrings and cufflinks come in pairs and copy often counts per
	// piece of the pair ("each hangs a single pearl", "镶嵌一枚黑玛瑙" on a
	// pair of cufflinks; #13, misc51: pairCategories).
	if pairCategories[c.facts.category] && subsetSum(counts, 2*n) {
		return
	}
	// "one emerald on either side", "je drei Steine": a count per part.
	if c.distributiveCount(num, sm) && c.perPartFits(counts, n) {
		return
	}
	// The flanked centre stone: "one pearl flanked by two pearls on each
	// side" (count60.go).
	if v := c.flankingSides(c.stonePhraseEnd(sm)); v > 0 && subsetSum(counts, n+2*v) {
		return
	}
	// A part of a list: "neljä timanttia on kiven yläpuolella ja neljä
	// sen alapuolella" (four above the stone and four below it;
	// count61.go).
	if t := c.partsAfter(num, sm); t > 0 && subsetSum(counts, t) {
		return
	}
	span := match{start: min(num.start, sm.start), end: max(num.end, sm.end)}
	c.add(RuleCount, core.SeverityBlock, span, fmt.Sprintf("says %q; %s", c.surface(span.start, span.end), c.stonesText()))
}

// compareAtLeast compares a count of shapes made of a stone ("three
// leaves of jadeite", "cinq gouttes d'améthyste"; bead.go) with the
// product's groups of that stone: each shape holds one stone or more, so
// the count is the least the groups hold together, and it is false only
// where it is more than all of them ("two hearts of diamonds" may hold 24
// diamonds; three leaves of jadeite cannot be one jadeite).
func (c *checker) compareAtLeast(n int, num, sm match, colour string) {
	counts, ok := c.groupCounts(sm, colour)
	if !ok || len(counts) == 0 {
		return
	}
	total := 0
	for _, k := range counts {
		total += k
	}
	if n <= total {
		return
	}
	span := match{start: min(num.start, sm.start), end: max(num.end, sm.end)}
	c.add(RuleCount, core.SeverityBlock, span, fmt.Sprintf("says %q; %s", c.surface(span.start, span.end), c.stonesText()))
}

// groupCounts returns the sizes of the product's stone groups a count of
// the stone match sm (narrowed to colour, "" for any) is compared with:
// the groups of the named stone (all groups for a generic noun such as
// "stones"), or, where none is typed as it, the groups of what it implies.
// ok is false where one of them has no known size: nothing to compare.
func (c *checker) groupCounts(sm match, colour string) (counts []int, ok bool) {
	for _, st := range c.facts.stoneInfo {
		if sm.f.kind == kindStone && !contains(st.types, sm.f.value) {
			continue
		}
		if colour != "" && len(st.colours) > 0 && !contains(st.colours, colour) {
			continue
		}
		if st.count <= 0 {
			return nil, false // a group of unknown size: nothing to compare
		}
		counts = append(counts, st.count)
	}
	// A stone the product has by its materials but no group is typed as
	// ("perle d'acqua dolce" on cultured pearls whose materials say
	// freshwater cultured pearl; #13, contrast24, probe 30's
	// 30C102-3): the groups of what it implies ("pearl"), so its count is
	// still compared.
	if len(counts) == 0 && sm.f.kind == kindStone && contains(c.facts.stones, sm.f.value) {
		implied := c.cn.closure(nil, sm.f.value)[1:]
		for _, st := range c.facts.stoneInfo {
			shared := false
			for _, v := range implied {
				shared = shared || contains(st.types, v)
			}
			if !shared || colour != "" && len(st.colours) > 0 && !contains(st.colours, colour) {
				continue
			}
			if st.count <= 0 {
				return nil, false
			}
			counts = append(counts, st.count)
		}
	}
	return counts, true
}

// subsetSum reports whether some non-empty subset of counts adds up to n.
func subsetSum(counts []int, n int) bool {
	if n <= 0 || n > 100000 {
		return false
	}
	if len(counts) > 20 {
		total := 0
		for _, c := range counts {
			total += c
		}
		return total == n
	}
	reach := map[int]bool{0: true}
	for _, c := range counts {
		next := make(map[int]bool, 2*len(reach))
		for s := range reach {
			next[s] = true
			if s+c <= n {
				next[s+c] = true
			}
		}
		reach = next
	}
	return reach[n]
}

// collections flags known collection names other than the product's own.
// A capitalised word that starts a sentence may just be a word ("Timeless
// elegance..."), so that case only warns.
func (c *checker) collections(known []string) {
	own := foldString(strings.TrimSpace(c.p.Collection))
	for _, name := range known {
		name = strings.TrimSpace(name)
		if name == "" || foldsTo(name, own) {
			continue
		}
		for bs, be := range utext.Occurrences(c.text, name) {
			// A name glued to a word of another script is still the name:
			// Japanese, Chinese and Korean write "Heritageコレクション".
			if bs > 0 {
				r, _ := utf8.DecodeLastRuneInString(c.text[:bs])
				f, _ := utf8.DecodeRuneInString(name)
				if isWordRune(r) && sameScript(r, f) {
					continue
				}
			}
			if be < len(c.text) {
				r, _ := utf8.DecodeRuneInString(c.text[be:])
				l, _ := utf8.DecodeLastRuneInString(name)
				if isWordRune(r) && sameScript(r, l) {
					continue
				}
			}
			start := utf8.RuneCountInString(c.text[:bs])
			end := start + utf8.RuneCountInString(name)
			if c.isMasked(start, end) || c.aboutOtherItem(start) || c.namesCrossSoldPiece(start, end) || c.collectionOfOther(start, end) {
				continue
			}
			sev := core.SeverityBlock
			if sentenceStart(c.text[:bs]) && isOrdinaryWord(name) && !c.namesOwnPiece(end) {
				sev = core.SeverityWarn
			}
			msg := fmt.Sprintf("names the %s collection; the product is in no collection", name)
			if c.p.Collection != "" {
				msg = fmt.Sprintf("names the %s collection; the product belongs to %s", name, c.p.Collection)
			}
			c.add(RuleCollection, sev, match{start: start, end: end}, msg)
		}
		c.collectionOtherCase(name)
	}
}

// namesCrossSoldPiece reports whether the collection name at runes
// start..end names a piece of the product's own category offered beside
// it: the category noun stands right before the name and a cross-selling
// word right before the noun ("إلى جانب خاتم Essence", beside an Essence
// ring; "obok pierścionka Essence", "vedle prstenu Essence", "δίπλα στο
// δαχτυλίδι Essence"), or, where the word follows its noun, the name right
// before the noun and the word right after it ("Essence yüzükle
// birlikte"). The piece itself is not worn beside itself, so the name is
// the other ring's; crossSellOnOwnCategory reads such a noun as an
// attribute's ("stacking ring") for a fact after it (#13, sense45, probe
// 45D ar-AE 45D104-2). The same noun and name with no cue ("هذا خاتم
// Essence"), or with a one-word cue after a determiner, an attribute of
// the piece ("our stacking ring Essence"), still name the piece.
func (c *checker) namesCrossSoldPiece(start, end int) bool {
	pc := c.facts.category
	if pc == "" {
		return false
	}
	first, last, ok := c.spanTokens(start, end)
	if !ok {
		return false
	}
	// cue, noun, name
	if first > 0 && !c.toks[first].brk {
		for _, o := range c.ms {
			if o.tj != first-1 || o.f.kind != kindCategory || o.f.value != pc || o.ti == 0 || c.toks[o.ti].brk {
				continue
			}
			st := c.lx.cross.startOf(c.toks, o.ti-1)
			if st < 0 {
				continue
			}
			// a one-word cue after a determiner is the noun's attribute
			// ("our stacking ring Essence", "this layering necklace"):
			// the piece itself, named in another collection
			if d := st - 1; st == o.ti-1 && d >= 0 && !c.toks[st].brk &&
				(c.lx.determiners[c.toks[d].s] || c.lx.definites.endsAt(c.toks, d) || c.lx.indefinites.endsAt(c.toks, d) || c.lx.demonstr.endsAt(c.toks, d)) {
				continue
			}
			return true
		}
	}
	// name, noun, cue (the cue after its noun)
	if c.lx.crossAfter.size() > 0 {
		for _, o := range c.ms {
			if o.ti != last+1 || o.f.kind != kindCategory || o.f.value != pc || c.toks[o.ti].brk {
				continue
			}
			if j := o.tj + 1; j < len(c.toks) && c.lx.crossAfter.startsAt(c.toks, j) {
				return true
			}
		}
	}
	return false
}

// spanTokens gives the first and last tokens of the span of runes
// start..end that begins on a token's start (a collection name's match):
// ok is false where no token starts at start or none ends within end.
func (c *checker) spanTokens(start, end int) (first, last int, ok bool) {
	first, last = -1, -1
	for k, t := range c.toks {
		if t.start == start {
			first = k
		}
		if first >= 0 && t.end <= end {
			last = k
		}
		if t.start >= end {
			break
		}
	}
	return first, last, first >= 0 && last >= first
}

// collectionOfOther reports whether the collection name at runes
// start..end names another piece than the product (#13, fb46: released
// 46A es-MX 46A102-3, 46B ar-AE 46B104-2):
//   - a category word of another kind (otherKind) right before the name or
//     at most two words after it in its clause: "مع أقراط Essence الحلقية"
//     and "with Essence hoop earrings" on a ring are earrings of the
//     Essence collection, offered beside it;
//   - a piece named by a capitalised name that is neither the product's
//     nor the collection's (nameAround), not as its sentence's subject,
//     with the collection name at most namedAfter words after it in its
//     clause and no word of the product's own kind between: "como los
//     Broqueles Halo de la colección Moments", "like the Halo Studs from
//     the Moments collection".
//
// The product named in another collection still blocks: "Estas arracadas
// son de la colección Moments", "This Essence ring", "The Halo Studs from
// the Moments collection are 15 mm hoops" (the subject).
func (c *checker) collectionOfOther(start, end int) bool {
	first, last, ok := c.spanTokens(start, end)
	if !ok {
		return false
	}
	for _, o := range c.ms {
		if o.f.kind != kindCategory {
			continue
		}
		if o.ti > last+namedAfter+2 {
			break
		}
		if c.otherKind(o) {
			// before the name, at most two words between that are no
			// fact but another category word ("pendientes de aro Essence",
			// "orecchini a cerchio Essence")
			if o.tj < first && o.tj >= first-3 && !c.brkBetween(o.tj, first) && !c.ownBetween(o.tj, first) && c.onlyCategoriesBetween(o.tj, first) {
				return true
			}
			if o.ti > last && o.ti <= last+3 && !c.brkBetween(last, o.ti) && c.wordsBetween(last, o.ti) <= 2 {
				return true
			}
		}
		f, l, ok := c.nameAround(o)
		if !ok || f <= last && l >= first {
			continue
		}
		if !c.otherKind(o) && c.afterDemonstrative(o) {
			// "these Halo Hoops from the Moments collection", "diese
			// Halo-Creolen", このMomentsコレクションのHaloピアス: a piece
			// of the product's kind after a demonstrative is the piece
			// itself, named with another collection (#13, adv46a).
			continue
		}
		// the named piece, then the collection: "like the Halo Studs
		// from the Moments collection"
		if l < first && !c.startsSentence(f) && c.wordsBetween(l, first) <= namedAfter && !c.brkBetween(l, first) && !c.ownBetween(l, first) {
			return true
		}
		// the collection, then the named piece, where qualifiers stand
		// before their noun (relatives_before: tr, ja, ko, zh): "Moments koleksiyonundan Halo küpeleri",
		// "MomentsコレクションのHaloピアス", "Moments系列的Halo耳環"; the
		// collection opening its sentence is the subject's
		if c.lx.relBefore && f > last && !c.startsSentence(first) && c.wordsBetween(last, f) <= namedBefore && !c.brkBetween(last, f) && !c.ownBetween(last, f) {
			return true
		}
	}
	return false
}

// onlyCategoriesBetween reports whether the tokens strictly between a and
// b are at most two words of no fact, or category words.
func (c *checker) onlyCategoriesBetween(a, b int) bool {
	n := 0
	for k := a + 1; k < b; k++ {
		if i := c.matchAt(k); i < 0 {
			n++
		} else if c.ms[i].f.kind != kindCategory {
			return false
		}
	}
	return n <= 2
}

// namesOwnPiece reports whether the word right after a collection name
// ending at rune offset end is the product's own category noun, in its
// clause: the name is then the piece's name ("Heritage bileklik, 14 ayar
// sarı altından…", "Heritage bracelet in 14k gold"), not an ordinary word
// starting a sentence ("Timeless elegance…"; #13, counts43, released 43B
// tr-TR 43B102-3).
func (c *checker) namesOwnPiece(end int) bool {
	for k, t := range c.toks {
		if t.start < end {
			continue
		}
		if t.brk || t.sbrk {
			return false
		}
		i := c.matchAt(k)
		return i >= 0 && c.ms[i].ti == k && c.ms[i].f.kind == kindCategory && c.ms[i].f.value == c.facts.category
	}
	return false
}

// collectionOtherCase finds the collection name written in another case
// with at least one capital ("HERITAGE", "HeRiTaGe"): still the name, not
// the ordinary word, so mixed case cannot slip a false collection past
// (issue #11). All-lower-case use stays an ordinary word.
func (c *checker) collectionOtherCase(name string) {
	words := nameWords(name)
	if len(words) == 0 {
		return
	}
	for i := 0; i+len(words) <= len(c.toks); i++ {
		ok := true
		for k, w := range words {
			if c.toks[i+k].s != w || (k > 0 && c.toks[i+k].brk) {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		start, end := c.toks[i].start, c.toks[i+len(words)-1].end
		bs := c.byteAt(start)
		be := bs
		if end > start {
			be = c.byteAt(end)
		}
		orig := c.text[bs:be]
		if orig == name || strings.ToLower(orig) == orig || c.isMasked(start, end) || c.aboutOtherItem(start) {
			continue // exact (found above), ordinary word, or the product's own name
		}
		msg := fmt.Sprintf("names the %s collection (written %q); the product is in no collection", name, orig)
		if c.p.Collection != "" {
			msg = fmt.Sprintf("names the %s collection (written %q); the product belongs to %s", name, orig, c.p.Collection)
		}
		c.add(RuleCollection, core.SeverityBlock, match{start: start, end: end}, msg)
	}
}

// nameWordsOf memoises tokenStrings of the collection names checks are
// given: the guide's few names were tokenised again on every check (1.6%
// of a 1,000-text check process, #17). Names come with requests, so at
// most maxNameWords are kept; past that they are tokenised each time.
var (
	nameWordsOf sync.Map // name -> []string
	nameWordsN  atomic.Int32
)

const maxNameWords = 4096

// nameWords is tokenStrings(name), memoised (nameWordsOf); the slice is
// shared and must not be changed.
func nameWords(name string) []string {
	if v, ok := nameWordsOf.Load(name); ok {
		return v.([]string)
	}
	ws := tokenStrings(name)
	if nameWordsN.Add(1) <= maxNameWords {
		nameWordsOf.Store(strings.Clone(name), ws)
	}
	return ws
}

func (c *checker) isMasked(start, end int) bool {
	for _, t := range c.toks {
		if t.start >= start && t.end <= end && t.masked {
			return true
		}
	}
	return false
}

// sentenceStart reports whether only spaces and quotes stand between the
// last sentence end (or the start of the text) and the end of before.
func sentenceStart(before string) bool {
	s := strings.TrimRightFunc(before, func(r rune) bool {
		return unicode.IsSpace(r) || r == '"' || r == '«' || r == '“' || r == '\''
	})
	if s == "" {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '!' || r == '?' || r == '\n' || r == ':'
}

// isOrdinaryWord reports whether a collection name is one capitalised word
// that could start any sentence.
func isOrdinaryWord(name string) bool {
	if strings.ContainsAny(name, " -") {
		return false
	}
	upper := 0
	for _, r := range name {
		if unicode.IsUpper(r) {
			upper++
		}
	}
	return upper == 1
}

// scope is what a fact word describes.
type scope uint8

const (
	scopeProduct   scope = iota // the piece (or a part of it)
	scopeOther                  // another item, or a thing an idiom names ("red carpet")
	scopeClothing               // what the piece is worn with ("a navy jumper")
	scopeColour                 // a stone word naming a colour ("sapphire blue")
	scopeIdiom                  // a look-alike or idiom the vocabulary ignores
	scopeComponent              // a part that holds or closes the piece ("sterling silver ear wires")
	scopeLight                  // a colour of the light the piece gives ("flashes of blue"), light.go
	scopeInclusion              // a colour of a stone's inclusions ("golden veins of pyrite"), inclusion.go
	scopeVariety                // a colour of the material in general, another variety or a treatment's material, variety_colour.go
	scopeSimile                 // a colour in a simile of the stone ("like golden threads"), simile.go
)

// resolveScopes decides, before any comparison, which noun phrase each
// fact word describes: the piece, clothing, another item (cross-sold,
// offered as a variant, or the noun of an idiom), or, for a stone word, a
// colour.
func (c *checker) resolveScopes() {
	if cap(c.scopes) < len(c.ms) {
		c.scopes = make([]scope, len(c.ms))
	}
	c.scopes = c.scopes[:len(c.ms)]
	for i, m := range c.ms {
		c.scopes[i] = c.scopeOf(i, m)

		if c.scopes[i] == scopeProduct && (c.referentCarried(i, m) || c.siblingAlloy(m) || c.glassColourant(m) || c.stoneChromophore(m) || c.stoneElementRich(m) || c.otherGoldAlloyed(m)) {
			c.scopes[i] = scopeIdiom
		}
		// a metal called solid, never a colour of light (name_as_piece68.go)
		if c.scopes[i] == scopeLight && c.solidInLight(m) {
			c.scopes[i] = scopeProduct
		}
		// another item's facts carried past its clause (other_carried.go)
		if c.scopes[i] == scopeProduct && c.otherCarried(i, m) {
			c.scopes[i] = scopeOther
		}
		// A clause attached to another thing, or one whose subject is
		// another material (material_scope52.go).
		if c.scopes[i] == scopeProduct {
			if sc, ok := c.attachedToOther(i, m); ok {
				c.scopes[i] = sc
			} else if c.otherMaterialClause(i, m) {
				c.scopes[i] = scopeIdiom
			}
		}
		// A metal of another product likened or matched to the piece in
		// the same clause ("which is sterling silver like this bangle")
		// is the piece's too (piece_likeness52.go).
		if c.scopes[i] == scopeOther && c.likenedToPiece(m) {
			c.scopes[i] = scopeProduct
		}
	}
}

func (c *checker) scopeOf(i int, m match) scope {
	if m.f.kind == kindIgnore {
		return scopeIdiom
	}
	// The head of the fact's noun phrase first (scope_head.go): a piece of
	// another kind ("our solid gold earrings", "une bague en or") owns it;
	// the piece itself after a demonstrative ("pair this gold ring with…")
	// keeps it, whatever the sentence suggests beside it.
	head := c.headOfFact(m)
	if head == headOther {
		return scopeOther
	}
	// What the piece's stone may be taken for, alternatives joined by
	// "or" after a verb of likeness or mistaking, is no stone of the
	// piece even where the piece heads the phrase ("take the stones in
	// these earrings for glass or clear quartz"; confused_stone.go).
	if head == headThis && (m.f.kind == kindStone || m.f.kind == kindMaterial) && c.confusedAlternative(m) {
		return scopeIdiom
	}
	// A stone named as part of the product's stone ("med bløde årer af
	// malakit" in a larimar) is the piece's wherever its sentence stands:
	// no word of other items, cross-selling or the material's nature
	// makes it another thing's (part_of_stone.go; #13, veins28).
	part := m.f.kind == kindStone && c.partOfOwnStone(i, m)
	// One named as part of a look-alike that holds it ("le lapis-lazuli,
	// … parsemé de paillettes dorées de pyrite") is the look-alike's
	// (part_of_stone.go; #13, constituent25).
	if head != headThis && m.f.kind == kindStone && c.inclusionOfOther(i, m) {
		return scopeIdiom
	}
	// A companion opening a sentence about it after an earlier one
	// offered it ("Pair them with the Dew bracelet. The bracelet has…";
	// companion_topic.go).
	if m.f.kind == kindCategory && c.companionTopic(i) {
		return scopeOther
	}
	// Counts, facts and measures of another item ("pair it with our
	// three-stone ring in rose gold") are not the product's.
	if head != headThis && !part && (c.crossSellSentence(m) || c.otherItemSentence(m) && !c.thisPieceBefore(m) || c.crossSellAfter(m) || m.f.kind == kindNumber && (c.beforeOtherPiece(m) || c.relativeOfOther(m) || c.inParenOfOther(m) || c.afterOtherPiece(m) || c.linkedToNamedOther(m)) || c.otherSubjectSentence(m) || c.goesWith(m) || c.oursWith(m)) {
		if m.f.kind == kindNumber && c.stonesBesideStones(m) {
			return scopeProduct
		}
		return scopeOther
	}
	if m.f.kind == kindNumber {
		return scopeProduct
	}
	if head != headThis && (c.isName(m) || c.quotedName(m) || c.inMultiWordName(m) || c.compoundName(m) || c.personName(m) || c.namedOther(i, m)) {
		return scopeOther
	}
	// A stone or material named in a sentence about what the product's
	// material is, not about the piece (material_sentence.go).
	if head != headThis && !part && (m.f.kind == kindStone && !contains(c.facts.stones, m.f.value) || m.f.kind == kindMaterial && !contains(c.facts.materials, m.f.value) && !c.mountedOn(i, m)) && c.materialSentence(m) {
		return scopeIdiom
	}
	// What imitates the product's material, or what an imitation is made
	// of ("Moissanite and cubic zirconia only imitate that look",
	// "imitations in glass"; imitation.go). A stone, material or colour in
	// the arm of a comparison or contrast ("unlike quartz or diamond",
	// "ordinary gold plating, which is a thin film over brass or copper",
	// "el almandino, en cambio, es rojo"), or a metal of the product's own
	// alloy named as what the alloy contains (contrast.go; #13, contrast24).
	// Or one said of a quantified class ("Most white gold is coated with
	// rhodium"; generic_class55.go).
	// Or what someone in the material's history sought ("sent to look
	// for platinum"; explain60.go).
	// Or another thing the explanation sets beside the product's own:
	// what it is likened to or compared with, what a craft used beside
	// it, its alloy's recipe, what shares its mineral, a place named for
	// a metal ("closer to fine jade", "usaban el shibuichi junto con el
	// shakudō", "copper-mining country"; compare62.go), or what it is
	// not to be confused with or likened to and denied ("no debe
	// confundirse con el oro blanco", "ligner oxideret sølv eller tin, men
	// den er ingen af delene"; alloy63.go), or likened to in a list, a
	// kin of its alloy, another standard of its metal it is likened to,
	// the metal a care product is for ("un alliage naturel proche,
	// l'électrum", "produtos de limpeza para prata"; apart64.go).
	if head != headThis && !part && c.questObject(m) {
		return scopeIdiom
	}
	if head != headThis && !part && (c.imitationArm(i, m) || c.deniedImitationExample(m) || c.inContrastArm(i, m) || c.alloyMetal(m) || c.substanceNamed(i, m) || c.genericClassClause(m) || c.genericClassAfter(m) || c.explainedOther62(m) || c.setApartOther63(m) || c.restatedApart(i, m) || c.restatedOwnCrystal(i, m) || c.comparedRelative(m) || c.apartOther64(m) || c.mistakenMaterial(m) || c.contrastOpened65(m) || c.contrastAfterOther68(m) || c.ratioStandard(m) || c.customPractice(m)) {
		return scopeIdiom
	}
	switch m.f.kind {
	case kindColour, kindMaterial, kindKarat:
		// Or of a part of another thing beside it ("a watch with a
		// leather strap"; accessory_part.go).
		if c.describesClothing(m) || c.accessoryPart(m) {
			return scopeClothing
		}
		// A colour of a relative of the product's stone, or a word of the
		// stone's own name ("rainbow moonstone"; stone_family.go).
		if c.relativesColour(m) || c.colourInStoneName(m) {
			return scopeOther
		}
		// A colour the product's material can take in general ("niobium
		// can also take golden tones"; material_modal.go).
		if head != headThis && c.materialModalColour(i, m) {
			return scopeOther
		}
		if m.f.kind != kindColour && (c.describesComponent(m) || c.describesAttributePart(m)) {
			return scopeComponent
		}
		if c.headIsOther(m) || c.mineralsMetal(m) {
			return scopeOther
		}
		// A gold word among the colours of the product's stone (mineral_chem.go).
		if c.stoneColourMetal(i, m) {
			return scopeColour
		}
		// A metal word shading a shade word ("silver grey", "gris
		// argent", "Silbergrau") is a word of the colour; one qualifying a
		// stone's overtone or lustre ("silver overtones", "the rose-gold
		// blush of morganite") a colour of its light (metal_hue.go).
		if c.metalShade(i, m) || c.metalBetween(i, m) || c.metalContrast(i, m) {
			return scopeColour
		}
		if c.metalHue(i, m) {
			return scopeLight
		}
		// Or a material said of another stone, the subject of its
		// sentence ("Turquoise, by contrast, is often stabilised with
		// resin"; other_stone_subject56.go), or a treatment's filler said
		// of other stones beside the piece's own said untreated ("Many
		// turquoises are stabilised with resin; ours is not treated";
		// treated_other57.go).
		if m.f.kind == kindMaterial && (c.formationAgent(m) || c.lookalikeMaterial(i, m) || head != headThis && !part && (c.otherStoneSubjectMaterial(m) || c.treatedOtherMaterial(m) || c.absentMaterialNamed(m))) {
			return scopeIdiom
		}
		// A metal or fineness the piece's is compared with ("softer than
		// 18k gold", "weicher als 18 Karat", 比18K金; compared_metal.go).
		if m.f.kind != kindColour && (c.metalCompared(m) || c.versusStandard(m)) {
			return scopeIdiom
		}
		// Another metal the subject of a comparison with the piece's,
		// named the sentence before ("Platinum 950 has the same fineness
		// but is almost twice as dense"; metal_subject49.go).
		if c.metalSubjectCompared(m) || c.standardSubjectCompared(m) {
			return scopeIdiom
		}
		// A lower bound the piece's karat meets: "gold of at least 10
		// karat" in copy explaining vermeil's rule on an 18k layer
		// (metal_subject49.go).
		if m.f.kind == kindKarat && c.karatMinimum(m) {
			return scopeIdiom
		}
		// A step of the karat scale the copy explains ("Pure 24-karat
		// gold is too soft", "14k gold holds 58.5 per cent gold";
		// karat_scale.go).
		// A fineness said of jewellery in general ("Most jewellery
		// uses 14k gold"; generic_fineness55.go), or explained as an
		// alloy beside the piece's own ("K18などは銀や銅を混ぜて";
		// fineness_alloyed56.go).
		if m.f.kind == kindKarat && head != headThis && !part && !contains(c.facts.karats, m.f.value) && (c.scaleFineness(m) || c.genericFineness(m) || c.alloyedFineness(m)) {
			return scopeIdiom
		}
		// The standard of an equative whose other term is the piece's
		// metal ("Titanium is as strong as steel", "çelik kadar
		// sağlam"; equative.go).
		if m.f.kind == kindMaterial && (c.metalEquated(m) || c.metalSameAs(m)) {
			return scopeIdiom
		}
		// A treatment's filler denied, a same-size piece's metal
		// compared, an alloy of the piece's metal named as its product,
		// the metal of another piece named in quotes (vocab_mat53.go).
		if sc, ok := c.scope53(i, m); ok && head != headThis {
			return sc
		}
		if c.linkShape(m) {
			return scopeIdiom
		}
		if c.metalLook(m) || c.materialLook(m) {
			return scopeLight
		}
		if c.inclusionColour(i, m) {
			return scopeInclusion
		}
		if c.simileColour(i, m) {
			return scopeSimile
		}
		if head != headThis && (c.varietyColour(i, m) || c.usualColour(m)) {
			return scopeVariety
		}
		if (m.f.kind == kindColour || c.coordinatedWithColour(i, m)) && c.describesLight(i, m) {
			return scopeLight
		}
	case kindStone:
		if c.stoneAsColour(i, m) || c.shadeBeside(m) || c.colourNounBeside(i, m) || c.listedColour(m) {
			return scopeColour
		}
		// What the piece's stone imitates or resembles ("imitates the
		// sparkle of diamond"), not a stone it has (light.go).
		// Or the object of a word of confusion, an adverb between
		// ("confond parfois avec l'émeraude"), or another look-alike
		// joined to one ("mistaken for emerald or green tourmaline";
		// lookalike.go).
		// Or what a quality of it is likened to ("the green of an
		// emerald"; likeness.go).
		// Or the standard a ranking sets the piece's stone below ("only
		// diamond is harder", "second only to diamond"; ranking.go).
		// Or the standard of a comparison ("mörkare än japanska
		// akoyapärlor", 사파이어보다, "Akoya incilerinden daha";
		// compared_stone.go).
		// Or the colour name of the piece's clear stone ("zircônia
		// cristal"), the ore a metal is won from, a sibling of the
		// piece's stone said to be its species, or a gem of a nickname
		// the copy disowns (explained_stone.go).
		if c.imitated(m) || c.comparedObject(m) || c.coordinatedLookalike(i, m) || c.likenessOf(m) || c.rankStandard(m) || c.stoneCompared(m) || c.comparedSubject(m) ||
			c.crystalColourName(i, m) || c.oreStone(m) || c.siblingSpecies(m) || c.siblingWithOwn(i, m) || c.nicknameStone(m) || c.otherMineralSubject(m) || c.colouredSibling(m) {
			return scopeIdiom
		}
		// A stone word naming the colour of clothing ("un jersey granate",
		// "a garnet jumper") is the clothing's.
		if c.describesClothing(m) {
			return scopeClothing
		}
		if c.headIsOther(m) || c.coordinatedOther(i, m) || c.besideUncasedPlace(m) || c.mineralsMetal(m) {
			return scopeOther // "a ruby anniversary", "noces de perle", "διοξείδιο του πυριτίου"
		}
	}
	return scopeProduct
}

// isName reports whether a single colour or stone word is capitalised
// inside a sentence in a language that writes common nouns and adjectives
// in lower case (all but those whose pack sets capitalised_nouns: German):
// then it is a name ("un regalo para Esmeralda", "a gift for Ruby"), not a
// fact. A capital after a colon or quote starts a list item, not a name.
func (c *checker) isName(m match) bool {
	if c.lx.capNouns || m.ti != m.tj || m.ti == 0 || c.toks[m.ti].sbrk || (m.f.kind != kindColour && m.f.kind != kindStone) {
		return false
	}
	return c.capitalisedInside(m.ti) && !c.lx.determiners[c.toks[m.ti-1].s]
}

// otherItemSentence reports whether m's sentence holds a word that makes
// it about other items ("also available in rose gold", "the matching
// earrings").
func (c *checker) otherItemSentence(m match) bool {
	return c.otherItemSentenceAt(m, false)
}

// otherItemSentenceAt is otherItemSentence; for a measure (measure) a
// look cue in another clause than m's is none (lookApart).
func (c *checker) otherItemSentenceAt(m match, measure bool) bool {
	if c.lx.otherItems.size() == 0 {
		return false
	}
	s := m.ti
	for s > 0 && !c.toks[s].sbrk {
		s--
	}
	for k := s; k < len(c.toks) && (k == s || !c.toks[k].sbrk); k++ {
		if (k < m.ti || k > m.tj) && c.lx.otherItems.endsAt(c.toks, k) && !(k < m.ti && c.ownPieceAfterCue(k, m)) && !(measure && c.lookApart(k, m)) {
			return true
		}
	}
	return false
}

// headIsOther reports whether the noun a colour or metal word modifies is
// another thing: the next word or the one after it where adjectives come
// first ("red carpet", "roten Teppich", "golden wedding"), the word before
// or the one before that where they follow ("tapis rouge", "nozze d'oro"),
// or the rest of a compound ("Silberhochzeit").
func (c *checker) headIsOther(m match) bool {
	nouns := c.lx.otherNouns
	if nouns.size() == 0 {
		return false
	}
	// A noun of a part of the piece (piece_parts: a thread, a band) that
	// is also a noun of other things (other_nouns: "filo rosso", "fil
	// rouge", "roter Faden", the thread of a story) is that idiom only
	// for a colour: a metal or a stone of a thread is the piece's ("un
	// sottile filo d'oro", "a fine gold thread", "Goldfaden"; #13,
	// hostile_facts24, blind 24's H24a06-2).
	partOfPiece := m.f.kind != kindColour && c.lx.pieceParts.size() > 0
	// A noun of a shape (shape_nouns) that is also a noun of other
	// things ("hojas", "pétales", "leaf": the leaves of a plant) is,
	// for a stone, the shape the stone is carved to: "tres hojas de
	// jadeíta", "jade leaves", "Jadeblätter" are the piece's (#13,
	// shapecount35; bead.go).
	shapeOfStone := m.f.kind == kindStone && c.lx.shapeNouns.made()
	if m.ti == m.tj {
		t := c.toks[m.ti]
		if tail := runeTail(t.s, m.end-m.start); tail != "" && m.start == t.start && nouns.hasWord(tail) {
			return (!partOfPiece || !c.lx.pieceParts.hasWord(tail)) && (!shapeOfStone || !c.lx.shapeNouns.hasWord(tail))
		}
	}
	if c.lx.adjAfter {
		// The noun right before ("tapis rouge"), or before a linking "de"
		// ("noces de rubis", "nozze d'oro"); "porte une tanzanite" is a
		// verb and its object.
		// An article may stand after the link ("rue de la Perle", "Río de
		// la Plata").
		for k := m.ti - 1; k >= 0 && k >= m.ti-3; k-- {
			if c.toks[k+1].brk || c.isFactToken(k) {
				break // "perle d'eau douce noire": the noun is the pearl
			}
			if nouns.endsAt(c.toks, k) {
				return (!partOfPiece || !c.lx.pieceParts.endsAt(c.toks, k)) && (!shapeOfStone || !c.lx.shapeNouns.endsAt(c.toks, k))
			}
			if !linkWords[c.toks[k].s] && (k != m.ti-1 || !linkArticles[c.toks[k].s]) {
				break
			}
		}
		return false
	}
	// A stone's noun modifies only the noun right after it ("ruby
	// wedding"); one word on, it is the subject of a verb with an object
	// ("ametist bildar blomman", an amethyst forms the flower; #13,
	// probe17's imitation17). A colour may stand before another adjective
	// ("a red velvet bow").
	last := m.tj + 2
	if m.f.kind == kindStone {
		last = m.tj + 1
	}
	// A counted stone is a noun, the subject or object of its clause, not
	// a modifier of the noun after it: "Femten diamanter løber rundt om
	// fingeren" (fifteen diamonds run round the finger; løber is also a
	// table runner) names the piece's fifteen stones, as "fifteen diamond
	// runners" would not be written (#13, stone52: the open leak of
	// held51, a lab-grown band passing unqualified).
	if m.f.kind == kindStone && c.countedBefore(m) {
		return false
	}
	for k := m.tj + 1; k < len(c.toks) && k <= last; k++ {
		if c.toks[k].brk || c.categoryToken(k) {
			break // "a silver tie bar": the noun is the piece, not the tie
		}
		// A noun of the piece's links or parts right after the fact is
		// its head: the next word is its verb ("The solid gold links lie
		// flat", "lie" no noun of a lie; #13, contrast24, probe 30's
		// 30C104-2).
		if k == m.tj+1 && c.conjAt(k) {
			break // "the links are solid gold and lie flat": a verb of the subject
		}
		if k == m.tj+1 && !nouns.endsAt(c.toks, k) && (c.lx.linkNouns.endsAt(c.toks, k) || c.lx.pieceParts.endsAt(c.toks, k) || c.lx.components.endsAt(c.toks, k) || c.lx.attrParts.endsAt(c.toks, k)) {
			break
		}
		// A metal word that starts there is the fact's head: "14k rose
		// gold" is a fineness of rose gold, not of a rose (other_nouns:
		// the flower; #13, facts40, probe 40's 40C101-3).
		if m.f.kind == kindKarat && c.materialStartsAt(k) {
			break
		}
		// A word of an ignored phrase is no head: "pink rose-cut
		// garnets" are pink garnets, not a pink rose (#13, open44b).
		if c.ignoredToken(k) {
			break
		}
		if nouns.endsAt(c.toks, k) {
			// An other noun right before an indefinite article is an
			// adjective of the noun after it, where adjectives precede
			// the article (Turkish "platinden klasik bir yüzük", a
			// classic ring of platinum; "güzel bir ev": Göksel and
			// Kerslake, Turkish: A Comprehensive Grammar, 2005, §14.3):
			// not the noun "a classic" (#13, hostile_facts24, blind
			// 24's H24b09-2).
			if k+2 < len(c.toks) && !c.toks[k+1].brk && !c.toks[k+2].brk && c.lx.indefinites.hasWordAt(&c.toks[k+1]) {
				continue
			}
			return (!partOfPiece || !c.lx.pieceParts.endsAt(c.toks, k)) && (!shapeOfStone || !c.lx.shapeNouns.endsAt(c.toks, k))
		}
		if c.isFactToken(k) {
			break // "a blue stone": the noun is the stone
		}
	}
	return false
}

// countedBefore reports whether a count stands right before the stone m
// in its clause, or one word (an adjective: "Femten små diamanter")
// before it.
func (c *checker) countedBefore(m match) bool {
	for k := m.ti - 1; k >= 0 && k >= m.ti-2; k-- {
		if c.toks[k+1].brk || c.toks[k+1].sbrk {
			return false
		}
		if c.numberToken(k) {
			return true
		}
	}
	return false
}

// linkWords join a noun to the word that qualifies it in the languages
// that put qualifiers after the noun ("noces de perle", "nozze d'oro",
// "un classique en or").
var linkWords = map[string]bool{"en": true, "de": true, "d": true, "du": true, "des": true, "di": true, "del": true, "della": true, "dell": true,
	"dello": true, "dei": true, "degli": true, "delle": true, "do": true, "da": true, "dos": true, "das": true}

// linkArticles are the definite articles that may stand between a link
// word and the fact after it in a name ("rue de la Perle", "Río de la
// Plata", "Côte de l'Or").
var linkArticles = map[string]bool{"la": true, "l": true, "le": true, "les": true, "el": true, "los": true, "las": true}

// isFactToken reports whether token k is part of a fact match.
func (c *checker) isFactToken(k int) bool {
	for _, m := range c.ms {
		if m.ti <= k && k <= m.tj {
			return true
		}
		if m.ti > k {
			break
		}
	}
	return false
}

// materialStartsAt reports whether a material match starts at token k.
func (c *checker) materialStartsAt(k int) bool {
	for _, m := range c.ms {
		if m.ti > k {
			break
		}
		if m.ti == k && m.f.kind == kindMaterial {
			return true
		}
	}
	return false
}

// categoryToken reports whether token k is a word of a category match.
func (c *checker) categoryToken(k int) bool {
	return c.categoryStart(k) >= 0
}

// runeTail is s without its first n runes.
func runeTail(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[i:]
		}
		n--
	}
	return ""
}

// stoneAsColour reports whether a stone word names a colour: right before
// a colour word where adjectives come first ("sapphire blue", "emerald
// green"), right after one where they follow ("bleu saphir", "verde
// smeraldo"). "Blue sapphire" and "saphir bleu" stay stones.
func (c *checker) stoneAsColour(i int, m match) bool {
	if c.lx.adjAfter {
		if i == 0 {
			return false
		}
		p := c.ms[i-1]
		return p.f.kind == kindColour && p.tj+1 == m.ti && !c.toks[m.ti].brk
	}
	if i+1 >= len(c.ms) || c.lx.stoneColourAfter {
		return false
	}
	n := c.ms[i+1]
	// A stone marked as the subject or topic (Korean "토파즈는 파란색입니다")
	// is the stone the colour is said of, not a colour's name.
	return n.f.kind == kindColour && n.ti == m.tj+1 && !c.toks[n.ti].brk && !(m.ti == m.tj && c.markerEnding(m.tj)) && !c.ownTradeColourAfter(m, n)
}

// ownTradeColourAfter reports whether the colour n after the stone word m
// is a colour of more than one word the product gives that stone
// ("diamentami salt and pepper", "Diamanten salt and pepper": the trade's
// name of the grade, kept after its noun in every language; GIA, "Salt
// and Pepper Diamonds"): the stone, not a colour named after it (#13,
// counts47, probe 47D pl-PL 47D104-2). "Sapphire blue" stays a colour.
func (c *checker) ownTradeColourAfter(m, n match) bool {
	if m.f.kind != kindStone || n.tj == n.ti {
		return false
	}
	for _, st := range c.facts.stoneInfo {
		if contains(st.types, m.f.value) && contains(st.colours, n.f.value) {
			return true
		}
	}
	return false
}

// Elsewhere returns the rune spans of text that describe something other
// than the product itself: facts of cross-sold items and variants,
// clothing, idioms ("red carpet", "worth its weight in gold"), stone words
// naming colours. Other checks (plating, stone qualifiers) skip words in
// them, so scope is decided once, here, for every check.
func (c *checker) elsewhere() [][2]int {
	var out [][2]int
	for i, m := range c.ms {
		if c.scopes[i] != scopeProduct {
			out = append(out, [2]int{m.start, m.end})
		}
	}
	return out
}

// dictionaryWords drops the matches of Japanese and Chinese copy that are
// written in Han characters alone and start or end inside a dictionary
// word (internal/text/segment: kagome, gse): 金 in 金魚 (goldfish), 金星
// (Venus), 現金 (cash) or 金牛座 (Taurus) names no gold. Kana and Latin
// matches keep matching as runs of characters (ゴールド in an unknown
// katakana compound is still gold); compounds that do name the fact
// (黄金, 純金, 镀金) are forms of the vocabulary themselves.
//
// A dictionary word made of a gold or silver word and a category word
// (银手镯, 银项链, 金手链) names both, so the two matches that tile it are
// kept (metalTiles).
func dictionaryWords(lx *lexicon, ms []match, locale, text string) []match {
	var bounds map[int]bool
	var words map[int]int // word start -> its end
	out := ms[:0]
	for i, m := range ms {
		if m.f == nil || !hanOnly(text, m.start, m.end) {
			out = append(out, m)
			continue
		}
		if bounds == nil {
			bounds, words = map[int]bool{}, map[int]int{}
			tsegment.For(locale).Each(text, func(w utext.Word) bool {
				bounds[w.Start], bounds[w.End] = true, true
				words[w.Start] = w.End
				return true
			})
		}
		if bounds[m.start] && bounds[m.end] || m.f.kind == kindNumber && lx.counters[runeAt(text, m.end)] {
			// A numeral before its counter (四十二颗, 三顆) is a count
			// wherever the segmenter cuts it.
			out = append(out, m)
			continue
		}
		if metalTiles(ms, i, words) || madeOfWord(m, words, text) || lx.thanGlued(m, bounds, words, text) {
			out = append(out, m)
		}
	}
	return out
}

// thanGlued reports whether the material match m ends a dictionary word
// that is a word of comparison (than_before) glued to it: the segmenter
// reads 比金 (than gold) as one word, so 金 in "比金或銀更耐刮" (more
// scratch-resistant than gold or silver) was dropped and the silver listed
// after it read as the piece's (#13, fb46, probe 46C zh-TW 46C102-2). The
// metal kept is a comparison's standard (compared_metal.go metalCompared).
// bounds and words are dictionaryWords' (rune offsets).
func (lx *lexicon) thanGlued(m match, bounds map[int]bool, words map[int]int, text string) bool {
	if m.f.kind != kindMaterial || !bounds[m.end] || lx.thanBefore.size() == 0 {
		return false
	}
	for s := m.start - 1; s >= 0 && s >= m.start-3; s-- {
		if words[s] != m.end {
			continue
		}
		r := []rune(text)
		if m.start > len(r) {
			return false
		}
		toks := tokenStrings(string(r[s:m.start]))
		if len(toks) == 0 {
			return false
		}
		for _, p := range lx.thanBefore.get(toks[len(toks)-1]) {
			if slices.Equal(p, toks) {
				return true
			}
		}
		return false
	}
	return false
}

// madeOfWord reports whether the material match m starts a dictionary
// word that is the material, a suffix of make or substance and at most one
// more character: 钢制, 钢制成 (made of steel), 银制, 金质, 鋼製 (#13, the twelfth
// session: "这对耳坠由钢制成" on silver earrings named no steel, where
// "用钢制作", cut otherwise, did).
func madeOfWord(m match, words map[int]int, text string) bool {
	if m.f.kind != kindMaterial {
		return false
	}
	end, ok := words[m.start]
	if !ok || end <= m.end || end > m.end+2 {
		return false
	}
	switch runeAt(text, m.end) {
	case '制', '製', '质', '質':
		return true
	}
	return false
}

// metalTiles reports whether ms[i] is the metal or the category of a gold
// or silver material match, or of a stone match (珍珠项链, 蓝宝石吊坠:
// issue #13 ctx9), followed right away by a category match, the two
// making up one dictionary word (words: start -> end).
func metalTiles(ms []match, i int, words map[int]int) bool {
	metal := func(m match) bool {
		return m.f != nil && (m.f.kind == kindMaterial && canonical().SolidMetals[m.f.value] != "" || m.f.kind == kindStone)
	}
	cat := func(m match) bool { return m.f != nil && m.f.kind == kindCategory }
	if i+1 < len(ms) && metal(ms[i]) && cat(ms[i+1]) && ms[i+1].start == ms[i].end {
		end, ok := words[ms[i].start]
		return ok && end == ms[i+1].end
	}
	if i > 0 && cat(ms[i]) && metal(ms[i-1]) && ms[i-1].end == ms[i].start {
		end, ok := words[ms[i-1].start]
		return ok && end == ms[i].end
	}
	return false
}

// runeAt returns the rune at rune offset i of s, or 0.
// numeralSuffixes drops the matches that start right after a numeral and
// an apostrophe: a suffix written onto a number, as Turkish writes every
// case and ordinal ending on one ("1'inci", first; "3'te", at three:
// TDK Yazım Kılavuzu, kesme işareti), is no word of its own, and "inci"
// there is no pearl (#13, placemetal34). "1 inci" (one pearl) stays.
func numeralSuffixes(ms []match, toks []token, text string) []match {
	out := ms[:0]
	for _, m := range ms {
		if m.f != nil && m.f.kind == kindNumber && ordinalNumeral(m, toks, text) {
			continue
		}
		if m.f != nil && m.f.kind != kindNumber && m.ti > 0 && m.start == toks[m.ti].start && isDigits(toks[m.ti-1].s) && toks[m.ti-1].end+1 == toks[m.ti].start {
			if r := runeAt(text, toks[m.ti-1].end); r == '\'' || r == '’' {
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

// turkishOrdinalEndings are the -(I)ncI ordinal endings Turkish writes
// after a numeral and an apostrophe ("3'üncü", third: TDK Yazım Kılavuzu,
// sayıların yazılışı), with their case endings read as the same word.
var turkishOrdinalEndings = []string{"inci", "ıncı", "uncu", "üncü", "nci", "ncı", "ncu", "ncü"}

// ordinalNumeral reports whether a numeral match is written as an
// ordinal, a rank and no count (#13, grammar34): Turkish digits with an
// apostrophe and the -(I)ncI ending ("3'üncü en sert taş", the third
// hardest), Chinese and Japanese 第 before the digits (第3), Korean 번째
// after them (3번째).
func ordinalNumeral(m match, toks []token, text string) bool {
	if !isDigits(toks[m.ti].s) || m.ti != m.tj {
		return false
	}
	if m.start > 0 && runeAt(text, m.start-1) == '第' {
		return true
	}
	rest := func(k int) string {
		var b strings.Builder
		for n := 0; n < k; n++ {
			r := runeAt(text, m.end+n)
			if r == 0 {
				break
			}
			b.WriteRune(r)
		}
		return b.String()
	}
	if strings.HasPrefix(strings.TrimLeft(rest(4), " "), "번째") {
		return true
	}
	if r := runeAt(text, m.end); (r == '\'' || r == '’') && m.tj+1 < len(toks) && toks[m.tj+1].start == m.end+1 {
		w := strings.ToLower(toks[m.tj+1].s)
		for _, e := range turkishOrdinalEndings {
			if strings.HasPrefix(w, e) {
				return true
			}
		}
	}
	return false
}

func runeAt(s string, i int) rune {
	n := 0
	for _, r := range s {
		if n == i {
			return r
		}
		n++
	}
	return 0
}

// hanOnly reports whether the runes [start, end) of s are all Han.
func hanOnly(s string, start, end int) bool {
	i := 0
	for _, r := range s {
		if i >= end {
			break
		}
		if i >= start && !unicode.Is(unicode.Han, r) {
			return false
		}
		i++
	}
	return end > start
}

// sameScript reports whether two word runes belong to one writing system
// for word boundaries: letters and digits of alphabetic scripts run on
// together; Han, kana and Hangul after Latin letters start a new word.
func sameScript(a, b rune) bool {
	cjk := func(r rune) bool {
		return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
	}
	return cjk(a) == cjk(b)
}

// simulantEnglish are the English simulant qualifiers, read in every
// language (copy borrows them: "Imitation", "faux", "CZ", "diamond-look").
var simulantEnglish = []string{"imitation", "imitations", "simulated", "simulant", "faux", "cz", "-look"}

// simulantTypeMarks mark a stone type that is an imitation whatever its
// origin field says ("cubic zirconia", "glass crystal", "simulated
// pearl"): the plain strings of a PIM without the origin (#13).
var simulantTypeMarks = []string{"zirconia", "simulated", "imitation", "crystal", "glass", "simulant", "faux", "cz"}

// afterLinks may stand between a stone and a qualifier after it: "diamant
// d'imitation", "perlas de imitación", "timantin jäljitelmä" needs none.
var afterLinks = map[string]bool{"de": true, "d": true, "di": true, "da": true, "do": true, "del": true, "of": true, "em": true}

// hasSimulant reports whether a stone of the product is an imitation, by
// its origin or by its type.
func hasSimulant(p *core.Product) bool {
	for _, s := range p.Stones {
		if s.Origin == core.OriginSimulant {
			return true
		}
		t := strings.ToLower(s.Type)
		for _, w := range simulantTypeMarks {
			if w == "cz" {
				if slices.Contains(strings.Fields(t), "cz") {
					return true
				}
				continue
			}
			if strings.Contains(t, w) {
				return true
			}
		}
	}
	return false
}

// simulantNamed reports whether a stone word names the product's simulant
// with a qualifier of the market: "an imitation sapphire in blue glass",
// "une imitation de saphir", "un diamant d'imitation", "eine
// Saphir-Imitation", "diamond-look", 仿蓝宝石, 모조 사파이어. The word says
// what the simulant imitates, not a natural stone, so it is not compared
// with the product's stones. The qualifier stands right before the stone
// (one word, such as "de" or a colour, may come between) or right after
// it, in its clause, or after one linking preposition (afterLinks); a
// pack qualifier written "-look" counts only glued by a hyphen after the
// stone, or as the tail of the stone's compound ("diamantlook",
// "timanttijäljitelmä"); a qualifier that is itself a stone word
// (zirconia) does not count. Only on a product that has a simulant stone, by origin or type.
func (c *checker) simulantNamed(m match) bool {
	if len(c.lx.simulantWords) == 0 || !hasSimulant(c.p) {
		return false
	}
	for _, ws := range c.lx.simulantWords {
		n := len(ws)
		// before: the qualifier ends at m.ti-1 or m.ti-2
		for gap := 1; gap <= 2; gap++ {
			end := m.ti - gap // last token of the qualifier
			first := end - n + 1
			if first < 0 || c.toks[m.ti].brk || (gap == 2 && c.toks[m.ti-1].brk) {
				continue
			}
			if c.tokensAre(first, ws) && !c.stoneToken(first, end) {
				return true
			}
		}
		// after: the qualifier starts at m.tj+1 ("Saphir-Imitation"), or
		// at m.tj+2 behind a linking preposition ("diamant d'imitation")
		first := m.tj + 1
		if first+n <= len(c.toks) && (!c.toks[first].brk || c.hyphenBefore(first)) && c.tokensAre(first, ws) && !c.stoneToken(first, first+n-1) {
			return true
		}
		if first+1+n <= len(c.toks) && afterLinks[c.toks[first].s] && !c.toks[first].brk && !c.toks[first+1].brk && c.tokensAre(first+1, ws) && !c.stoneToken(first+1, first+n) {
			return true
		}
	}
	// a compound whose tail is the qualifier: "diamantlook",
	// "timanttijäljitelmä", "Diamantimitation"
	if t := c.toks[m.tj]; t.end > m.end {
		tail := strings.ToLower(c.text[c.byteAt(m.end):c.byteAt(t.end)])
		for _, list := range [2][][]string{c.lx.simulantWords, c.lx.simulantHyphened} {
			for _, ws := range list {
				if len(ws) == 1 && utf8.RuneCountInString(ws[0]) >= 4 && strings.HasPrefix(tail, ws[0]) {
					return true
				}
			}
		}
	}
	for _, ws := range c.lx.simulantHyphened {
		first := m.tj + 1
		if first+len(ws) <= len(c.toks) && c.hyphenBefore(first) && c.tokensAre(first, ws) {
			return true
		}
	}
	return false
}

// tokensAre reports whether the tokens from first are ws; the last word
// may be inflected ("imitações", "Imitationen", "imitasjonen").
func (c *checker) tokensAre(first int, ws []string) bool {
	for j, w := range ws {
		t := c.toks[first+j].s
		if t == w || j == len(ws)-1 && utf8.RuneCountInString(w) >= 5 && strings.HasPrefix(t, w) {
			continue
		}
		return false
	}
	return true
}

// stoneToken reports whether a stone word covers any token a..b.
func (c *checker) stoneToken(a, b int) bool {
	for _, o := range c.ms {
		if (o.f.kind == kindStone || o.f.kind == kindStoneNoun) && o.ti <= b && o.tj >= a {
			return true
		}
	}
	return false
}

// hyphenBefore reports whether only a hyphen separates token k from the
// one before it.
func (c *checker) hyphenBefore(k int) bool {
	if k == 0 {
		return false
	}
	between := c.text[c.byteAt(c.toks[k-1].end):c.byteAt(c.toks[k].start)]
	return strings.Trim(between, "-‐‑") == "" && between != ""
}

// ComponentMaterial reports whether a material value of a product (in
// English, as a PIM writes it) is a component's: a component noun of the
// source vocabulary (ear wires, posts, backs, clasp: vocab.yaml
// components) ends it after its metal ("sterling silver posts",
// "stainless steel lobster clasp"). What the piece's metal licenses (a
// tarnish or nickel claim, FTC 16 CFR 23.1 on misleading descriptions) a
// component's metal does not (#13).
func ComponentMaterial(v string) bool {
	en := mustLexicon(sourceLocale)
	toks := tokenize(strings.ToLower(v), nil)
	for k := 1; k < len(toks); k++ {
		if en.components.endsAt(toks, k) {
			return true
		}
	}
	return false
}

// listedWithComponent reports whether a category word stands in one list
// with a component noun of the piece, joined by a comma or a list word of
// the language: "karabinlås, ring og forlængerkæde", "fermoir
// mousqueton, anneau et chaînette", "clasp and ring": there it is a part
// (a jump ring, a ring of the chain), not what the piece is called.
//
// Arabic glues its "and" to the word it joins (conjunctionClitic: "الإطار
// والمشبك", the frame and the clasp), and its part lists carry the
// clitic prefixes (و, ف, ب, ل, ك, ال and their combinations) as its
// category forms do. A category word that is itself a component noun
// (Arabic مشبك: a clip, and the ordinary word for a clasp; Hans Wehr, A
// Dictionary of Modern Written Arabic, شبك) listed with a part of the
// piece (piece_parts: the frame, the bezel) is that part too (#13,
// read58: held-out 58B ar-AE 58B01 "صُنع الإطار والمشبك من الذهب الأصفر"
// on earrings).
func (c *checker) listedWithComponent(m match) bool {
	if c.lx.components.size() == 0 {
		return false
	}
	// the category word names a component itself: a part of the piece
	// beside it makes it one
	own := c.lx.components.endsAt(c.toks, m.tj)
	part := func(k int) bool {
		return c.lx.components.endsAt(c.toks, k) || own && c.lx.pieceParts.endsAt(c.toks, k)
	}
	joined := func(k int) bool { // token k joins the list: a comma before it or a list word
		t := c.toks[k]
		return t.brk && !t.sbrk || c.lx.mw.listWords[t.s]
	}
	// Before: "<component>, <m>" or "<component> and <m>".
	if k := m.ti - 1; k >= 0 && !c.toks[m.ti].sbrk {
		if c.toks[m.ti].brk && part(k) {
			return true
		}
		if !c.toks[m.ti].brk && c.lx.mw.listWords[c.toks[k].s] && !c.toks[k].sbrk && k >= 1 && part(k-1) {
			return true
		}
		if !c.toks[m.ti].brk && c.conjunctionClitic(c.toks[m.ti].s) && part(k) {
			return true // "الإطار والمشبك"
		}
	}
	// After: "<m>, <component>" or "<m> and <component>", the component
	// noun ending within three words.
	for k := m.tj + 1; k < len(c.toks) && k <= m.tj+4; k++ {
		if k == m.tj+1 {
			if !joined(k) && !c.conjunctionClitic(c.toks[k].s) {
				return false
			}
			if c.lx.mw.listWords[c.toks[k].s] && !c.toks[k].brk {
				continue
			}
		} else if c.toks[k].brk {
			return false
		}
		if part(k) {
			return true
		}
	}
	return false
}

// VocabWord reports whether w, one word, is a whole form of the locale's
// vocabulary of any kind (a stone, a metal, a colour, a category, a word
// the pack ignores: "safira", "Saphir", "guld"): a word of the language
// the pack knows, which the brand-spelling check must not take for a
// misspelt brand (issue #13, rel9).
func VocabWord(locale, w string) bool {
	n := wordNode(locale, w)
	return n.ok() && len(n.forms()) > 0
}

// wordNode is the locale's vocabulary node for w, one word, folded as the
// vocabulary is, or nil.
func wordNode(locale, w string) node {
	lx := lexiconForLocale(locale)
	if lx == nil || w == "" {
		return node{}
	}
	if !isFolded(w) {
		w = foldString(w)
	}
	return lx.root.child(w)
}

// PlatingWord reports whether w, one word, is one of the locale's
// plating_words written as one word ("plated", "recouvert", "belagt",
// "επικαλυμμένο", "도금된"; vocab.yaml of each pack), folded as the
// vocabulary is, so that the regulatory checks read a plating phrase
// ("belagt med 3 mikron sølv") from the same data as grounding. A phrase
// of several words ("belagt med") is not one word: false.
func PlatingWord(locale, w string) bool {
	lx := lexiconForLocale(locale)
	if lx == nil || w == "" {
		return false
	}
	if !isFolded(w) {
		w = foldString(w)
	}
	for _, p := range lx.platingWords.get(w) {
		if len(p) == 1 {
			return true
		}
	}
	return false
}

// StoneValues returns the stones that w, one word, names in the locale's
// vocabulary (kind stone: "moissanitt", "rubinem", "الياقوت", モアサナイト),
// as their canonical values ("moissanite", "ruby"), so that the regulatory
// checks find a lab-grown stone of any type under the same names as
// grounding does (#13, thirteenth session, lab_qualifier).
//
// A word of a script written without spaces (a dictionary word of the
// copy: モアサナイト, 莫桑石) is read as the vocabulary reads it, one
// character a token.
func StoneValues(locale, w string) []string {
	return wordValues(locale, w, kindStone)
}

// ColourValues returns the colours that w, one word, names in the locale's
// vocabulary (kind colour: ブルー, ピンク), as their canonical values, read
// as StoneValues reads a word (#13, explain57: the colour head of a
// Japanese katakana compound, ブルー|スピネル).
func ColourValues(locale, w string) []string {
	return wordValues(locale, w, kindColour)
}

// wordValues returns the canonical values of w's forms of kind in the
// locale's vocabulary (StoneValues, ColourValues).
func wordValues(locale, w string, k kind) []string {
	n := wordNode(locale, w)
	if !n.ok() && w != "" && utf8.RuneCountInString(w) > 1 {
		if lx := lexiconForLocale(locale); lx != nil {
			n = lx.root
			for _, c := range foldString(w) {
				if !unicode.In(c, unicode.Han, unicode.Hiragana, unicode.Katakana) && c != 'ー' {
					n = node{}
					break
				}
				if n = n.child(string(c)); !n.ok() {
					break
				}
			}
		}
	}
	if !n.ok() {
		return nil
	}
	var out []string
	for _, f := range n.forms() {
		if f.kind == k && f.value != "" {
			out = append(out, f.value)
		}
	}
	return out
}

// NumberWord reports whether w, one word, is a number word of the
// locale's vocabulary ("trois", "tres", "drei"; vocab kind number), so
// that the checks can tell a count before a noun.
func NumberWord(locale, w string) bool {
	n := wordNode(locale, w)
	if !n.ok() {
		return false
	}
	for _, f := range n.forms() {
		if f.kind == kindNumber {
			return true
		}
	}
	return false
}

// CategoryWord reports whether w, one word, names a product category in
// the locale's vocabulary (kind category: "bague", "Ring", "anello",
// "pendente"), so that the checks can tell a superlative of a piece ("la
// plus belle bague vient de notre atelier") from one of the material
// (#13, provenance32).
func CategoryWord(locale, w string) bool {
	n := wordNode(locale, w)
	if !n.ok() {
		return false
	}
	for _, f := range n.forms() {
		if f.kind == kindCategory {
			return true
		}
	}
	return false
}

// CategoryTerm reports whether w, one word of the copy, names a product
// category in the locale's vocabulary: CategoryWord, or, for a word the
// vocabulary splits into several tokens (a Japanese or Chinese dictionary
// word, 指輪 or 戒指, which the vocabulary reads a character a token), the
// whole token run ending at a category form. Used by the checks to tell a
// sentence or a superlative about the piece ("最精美的戒指", "Safír
// uprostřed prstenu") from one about the material in general (#13,
// superlab35).
func CategoryTerm(locale, w string) bool {
	if CategoryWord(locale, w) {
		return true
	}
	lx := lexiconForLocale(locale)
	if lx == nil || w == "" {
		return false
	}
	toks := tokenStrings(w)
	if len(toks) < 2 {
		return false
	}
	n := lx.root
	for _, tk := range toks {
		if n = n.child(tk); !n.ok() {
			return false
		}
	}
	for _, f := range n.forms() {
		if f.kind == kindCategory {
			return true
		}
	}
	return false
}

// katakanaWords drops the stone and material matches written in katakana
// that lie inside a longer katakana word the Japanese dictionary knows
// (#13, left17a): katakana is read one character a token, so パール (pearl)
// matched inside ネパール (Nepal), ゴールド (gold) inside ゴールドコースト
// (Gold Coast) and パールハーバー (Pearl Harbor). A katakana word is a run
// bounded by other scripts, spaces, punctuation or the middle dot ・; a
// match that is the whole run, or that the dictionary (kagome, IPADIC)
// cuts out of it (ゴールド|チェーン, パール|ネックレス), stays; so does a
// match in a run the dictionary does not know (ラボグロウンルビー,
// ソーダライトビーズ: loan-word compounds of the trade keep naming their
// stone). Only a known dictionary word that overlaps the match and is not
// inside it (a place or brand name) drops it.
func katakanaWords(ms []match, text string) []match {
	var rs []rune
	kana := func(i int) bool {
		if i < 0 || i >= len(rs) {
			return false
		}
		r := rs[i]
		return r != '・' && (unicode.Is(unicode.Katakana, r) || r == 'ー')
	}
	out := ms[:0]
	for _, m := range ms {
		if m.f == nil || m.f.kind != kindStone && m.f.kind != kindMaterial || m.end <= m.start {
			out = append(out, m)
			continue
		}
		if rs == nil {
			rs = []rune(text)
		}
		if m.end > len(rs) || !kana(m.start) || !(kana(m.start-1) || kana(m.end)) {
			out = append(out, m)
			continue
		}
		all := true
		for i := m.start; i < m.end; i++ {
			all = all && kana(i)
		}
		if !all {
			out = append(out, m)
			continue
		}
		a, b := m.start, m.end
		for kana(a - 1) {
			a--
		}
		for kana(b) {
			b++
		}
		run := string(rs[a:b])
		inside := false
		tsegment.JapaneseKnown(run, func(bs, be int) {
			ws := a + utf8.RuneCountInString(run[:bs])
			we := a + utf8.RuneCountInString(run[:be])
			if ws < m.end && we > m.start && (ws < m.start || we > m.end) {
				inside = true
			}
		})
		if !inside {
			inside = kanaWordAcross(rs, a, b, m)
		}
		if !inside {
			out = append(out, m)
		}
	}
	return out
}

// kanaWordAcross reports whether a part of the katakana run rs[a:b] that
// the dictionary does not know as a whole, from the run's start or to its
// end, is read wholly as known words one of which crosses the match's edge,
// and the rest of the run is known words too
// (#13, katakana_prefix19; probe19b ja-JP P19b08): in タイガーアイアンビーズ
// (tiger iron beads) the run is no word IPADIC knows, but its part
// タイガーアイアン is タイガー|アイアン, and アイアン (iron) takes the end of
// タイガーアイ (tiger's eye): the stone word is a prefix of a longer word,
// as パール was a suffix of ネパール (kana_place17). A compound whose parts
// stop at the match's edges (ソーダライト|ビーズ, パール|ネックレス) keeps
// naming the stone.
func kanaWordAcross(rs []rune, a, b int, m match) bool {
	across := func(s, e int) bool {
		run := string(rs[s:e])
		hit := false
		ok := tsegment.JapaneseAllKnown(run, func(bs, be int) {
			ws := s + utf8.RuneCountInString(run[:bs])
			we := s + utf8.RuneCountInString(run[:be])
			if ws < m.end && we > m.start && (ws < m.start || we > m.end) {
				hit = true
			}
		})
		return ok && hit
	}
	known := func(s, e int) bool { return tsegment.JapaneseAllKnown(string(rs[s:e]), func(int, int) {}) }
	for e := m.end + 1; e < b; e++ {
		if across(a, e) && known(e, b) {
			return true
		}
	}
	for s := a + 1; s < m.start; s++ {
		if across(s, b) && known(a, s) {
			return true
		}
	}
	return false
}

// brightBeforeColour reports whether m, a word of the colour "clear", is
// the brightness of the colour word right after it (#13, left17a;
// probe17b fi-FI): the words for clear are also the words for bright
// ("kirkas", "klar", "helder", "clear"), and before a colour they grade
// it, "kirkkaan turkoosinsinisiksi" (bright turquoise blue), "helder
// blauw", "clear blue" (a hue's brightness, not a colourless stone). The
// next word is a colour word, or a compound that starts with a colour or
// stone word followed by a hue (turkoosin|sinisiksi); a stone word or a
// compound of one ("clear quartz", "kirkkaat kvartsihelmet") keeps clear
// the stone's colour.
func (c *checker) brightBeforeColour(m match) bool {
	k := m.tj + 1
	if c.lx.adjAfter || k >= len(c.toks) || c.toks[k].brk {
		return false
	}
	w := []rune(c.toks[k].s)
	if c.colourStemAt(w) {
		return true // a hue in a case the forms do not list: sinisiksi
	}
	for n := len(w); n >= 4; n-- {
		nd := c.lx.root.child(string(w[:n]))
		if !nd.ok() {
			continue
		}
		for _, f := range nd.forms() {
			if f.kind == kindColour && f.value != "clear" || f.kind == kindStone && n < len(w) && c.colourStemAt(w[n:]) {
				return true
			}
		}
	}
	// A compound whose tail is a whole hue word, inflected as the forms
	// read it, after a head of any noun: "kirkkaan taivaansiniseksi"
	// (bright sky-blue, taivaan|siniseksi; #13, miss60: probe 58C fi-FI
	// 58C02-1), "klar himmelblau".
	for n := 3; n+3 <= len(w); n++ {
		if c.lx.hueWord(string(w[n:])) {
			return true
		}
	}
	return false
}

// hueWord reports whether the single word w is a colour word other than
// clear: a form of the vocabulary as written, or read without its ending
// (inflection), as the copy's own colour words are read.
func (lx *lexicon) hueWord(w string) bool {
	hue := func(f *form) bool {
		return f != nil && f.kind == kindColour && f.value != "clear" && f.before == nil && f.after == nil
	}
	n := lx.root.child(w)
	if !n.ok() && lx.inflection != nil {
		n, _ = lx.inflection.step(lx.root, w, lx.counters)
	}
	if n.ok() {
		for _, f := range n.forms() {
			if hue(f) {
				return true
			}
		}
	}
	return lx.inflection != nil && hue(lx.inflection.stemmed(w))
}

// colourStemAt reports whether w starts with the first four letters of a
// colour word of the vocabulary other than clear (the hue of a compound
// after its stone: turkoosin|sinisiksi).
//
// The four letters are looked up among the heads of those words, gathered
// once a lexicon (colourHeads): asking every word of the vocabulary's
// root each time was 1% of a check (#17).
func (c *checker) colourStemAt(w []rune) bool {
	if len(w) < 4 {
		return false
	}
	return c.lx.colourHeads()[string(w[:4])]
}

// colourHeads returns the first four letters of every word of lx.root.next
// with a colour form other than clear (colourStemAt), gathered on first
// use: the trie is complete once the lexicon is cached. A head is the
// word's bytes up to its fifth rune as utf8 decodes them, so that a head
// of four runes matches exactly the words it is a byte prefix of.
func (lx *lexicon) colourHeads() map[string]bool {
	lx.colourHeadsOnce.Do(func() {
		heads := map[string]bool{}
		for k, nd := range lx.root.children() {
			n, runes := 0, 0
			for n < len(k) && runes < 4 {
				_, size := utf8.DecodeRuneInString(k[n:])
				n += size
				runes++
			}
			if runes < 4 {
				continue
			}
			for _, f := range nd.forms() {
				if f.kind == kindColour && f.value != "clear" {
					heads[k[:n]] = true
					break
				}
			}
		}
		lx.colourHeadsSet = heads
	})
	return lx.colourHeadsSet
}

// typeNameParts appends to stones the words of a stone type the
// vocabulary does not know as a whole, which name the stone's own
// substance in every script (#13, substance27): an "agatised fossil coral"
// is coral and, by the suffix -ise/-ize "to convert into" (Oxford English
// Dictionary, -ize suffix), agate, so 珊瑚 and 瑪瑙 in zh-TW copy and
// "coral" in English name the product's stone; "opalised wood" is opal,
// "pyritised ammonite" pyrite. Never diamond or pearl, whose names the FTC
// Jewelry Guides reserve (16 CFR 23.12, 23.19: a "Herkimer diamond" is
// quartz, a "shell pearl" a simulant), nor a precious metal (a "gold
// sheen obsidian" is no gold). Only a natural stone's: the bare name of
// a simulant's ("rhinestone" of a simulated rhinestone) names none of its
// facts (16 CFR 23.25, 23.26).
func typeNameParts(cn *canon, t string, stones []string) []string {
	add := func(w string) {
		if len(w) >= 4 && !contains(stones, w) && !strings.Contains(w, "diamond") && !strings.Contains(w, "pearl") && cn.SolidMetals[w] == "" {
			stones = append(stones, w)
		}
	}
	for _, w := range strings.FieldsFunc(t, func(r rune) bool { return !unicode.IsLetter(r) }) {
		add(w)
		for _, suf := range [...]string{"ised", "ized"} {
			if stem, ok := strings.CutSuffix(w, suf); ok && len(stem) >= 3 {
				add(stem)
				add(stem + "e")
			}
		}
	}
	return stones
}

// hostColour reports whether colour v, said of the stone word n, is the
// colour of the host mineral the product's stone type names after its
// variety ("lodolite (garden quartz)", "rutilated quartz", "moss agate"),
// and one of the product's colours: the clear quartz of a lodolite whose
// green is its inclusions ("una cúpula de cuarzo transparente" on a green
// lodolite listing "clear" among its colours; #13, host26). Only a natural
// stone whose type holds no colour word ("blue topaz") and names the host
// after another word: a lab-grown sapphire's "white sapphire" or a "blue
// topaz" called silver still block. GIA gem encyclopedia, "Quartz":
// garden (lodolite) and rutilated quartz are colourless quartz with
// inclusions.
func (c *checker) hostColour(si int, n match, v string) bool {
	if si >= len(c.p.Stones) || c.facts.stoneInfo[si].typeColour || c.p.Stones[si].Origin != core.OriginNatural || n.f.kind != kindStone {
		return false
	}
	if !contains(c.facts.colours, v) {
		return false
	}
	t := foldString(c.p.Stones[si].Type)
	i := strings.Index(t, n.f.value)
	return i > 0 && strings.TrimSpace(t[:i]) != ""
}
