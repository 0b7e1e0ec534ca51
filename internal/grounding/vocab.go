package grounding

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/maphash"
	"iter"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/copydesk/copydesk/internal/locales"
	utext "github.com/copydesk/copydesk/internal/text"
	"github.com/copydesk/copydesk/internal/yamlsnap"
)

// The vocabularies are data: each locale pack (internal/locales/packs/<tag>/)
// holds a vocab.yaml, or inherits its parent pack's, and grounding keeps
// one language-independent file of canonical relations (vocab/canon.yaml).
// Adding a locale is adding its pack folder; no code changes.
//
// A vocabulary file holds:
//   - terms: {kind, value, forms, [weak], [stone_only], [before], [after],
//     [not_before]}. kind is material, stone, colour, category, number,
//     karat, stonenoun or ignore (a look-alike that must not match
//     anything shorter, such as "diamond-cut"). value is the canonical
//     English fact the product data uses. forms are phrases matched on
//     folded words (case, accents, hyphens, apostrophes and full-width
//     forms do not matter); "{a,b}" expands; "stem*" and "*stem" match
//     compound heads and tails inside one word (German, Finnish, Turkish,
//     Korean particles, Arabic prefixes). The longest phrase wins.
//     Text in scripts written without spaces (Han, kana) is read one
//     character per token, so a form such as "ゴールド" matches as a run
//     of characters wherever it stands.
//   - negators (words before a fact that deny it or make it a comparison),
//     negators_after (words after it that do: Japanese "ではない", Korean
//     "없는", Chinese "以外"), negation_breaks (words a negation does not
//     reach across), negation_suffixes ("free" in "nickel-free"; braces give
//     inflections: "frei{,e,en}" for "nickelfreie"),
//   - cross_sell (verbs that make the rest of the clause about other items),
//     category_cross_sell (words that make a category word another item),
//   - count_stops and units (words that end or void a "twelve stones" count),
//     count_particles (particles between a stone and its following count:
//     Japanese "パールを5粒"),
//   - scope (what a fact word describes): clothing (nouns of what the
//     piece is worn with), other_nouns (nouns of other things, so "red
//     carpet", "blue moon", "tapis rouge" say nothing of the piece),
//     other_items (words that make their sentence about other items:
//     "also available in", "matching"), and modifier_order (before, the
//     default, or after: where adjectives stand, so "sapphire blue" and
//     "bleu saphir" are colours while "blue sapphire" and "saphir bleu"
//     are stones), components (nouns of the parts that hold or close a
//     piece: "ear wires", "posts", "Ohrhaken"; a metal word describing
//     one is the part's, not the piece's).
//   - rule_words (a regulation, directive, standard, limit, release or
//     test: "réglementation", "Grenzwert", 規制): in their sentence, or
//     inside the compound, a restricted metal (nickel, cadmium, lead) is
//     the rule's subject, not the piece's material (rulewords.go).
//   - allergy_words (an allergy, an allergic person: "allergic",
//     "Nickelallergie", 过敏): beside them, or inside their compound, a
//     restricted metal is the allergen, not the piece's material
//     (allergen.go).
//
//go:embed vocab/canon.yaml
var vocabFS embed.FS

// kind is what a matched phrase asserts.
type kind uint8

const (
	kindIgnore    kind = iota // look-alike ("gold-tone" is handled as colour; "diamond-cut" is nothing)
	kindMaterial              // metal, plating or other material
	kindStone                 // a stone type
	kindColour                // a colour word
	kindCategory              // a product category
	kindNumber                // a number word or numeral
	kindKarat                 // a gold fineness (9k, 18 carats)
	kindStoneNoun             // a generic noun for stones ("stones", "pierres")
)

var kindNames = map[string]kind{
	"ignore":    kindIgnore,
	"material":  kindMaterial,
	"stone":     kindStone,
	"colour":    kindColour,
	"category":  kindCategory,
	"number":    kindNumber,
	"karat":     kindKarat,
	"stonenoun": kindStoneNoun,
}

// form is one surface phrase of a fact, with optional context guards.
type form struct {
	kind  kind
	value string
	weak  bool // true when the word is also used in other senses: findings only warn
	// stoneOnly colours assert only right before a stone: "klare Zirkonia"
	// is a fact, "ein klarer Look" is not.
	stoneOnly bool
	// stress is 1 + the rune index of the stressed vowel every one-word
	// spelling of the term writes (Greek: κιτρίν{ης,η,ες} 5, κίτριν{ο,α,η,ες}
	// 2), 0 where none is written, -1 where the spellings differ; where
	// forms of one folded spelling differ in it, the text's mark picks
	// (pickForm; #13, vocab36).
	stress int8
	// A form with before or after guards matches only when the previous token
	// is in before or the next token is in after (French "or" is gold only in
	// "en or", "l'or", "or 18 carats"...). notBefore vetoes ("une rose" is a flower);
	// so does notAfter, a word right after the form ("Cerchi un regalo?": a
	// verb, not the hoops).
	before, after, notBefore, notAfter map[string]bool
	// address holds the form only where it opens a sentence and a clause
	// break follows it: a word of address (Finnish "Kulta, …", darling;
	// Czech "Zlato, …"), not the metal the same word names elsewhere.
	address bool
	// beforeEndings holds the form only after a word with one of these
	// endings (Turkish genitive "-ın": "yakanın altından", from under
	// the collar, where "altından" alone is "of gold").
	beforeEndings []string
	beforeNumber  bool // a numeral before satisfies before
	// adjective: the category word is also an adjective (pt "pendente",
	// es "colgante", it "pendente", en "pendant", el "κρεμαστός":
	// hanging); in the language's adjective position beside a stone it
	// describes the stone, no category (category_adjective.go; #13,
	// catadjective32).
	adjective bool
	// partSenses are the other categories a category word also names as a
	// part of other pieces (Dutch "ketting" is a necklace or a chain,
	// Polish "zawieszka" a pendant or an earring's drop): a product whose
	// own kind is related to one of them is not contradicted by it.
	partSenses []string
}

// possessiveHeads returns toks (a multi-word form, folded) with its last
// word bare of each of possessives (folded in use; CompoundPossessives)
// that it ends in, keeping three runes or more: "ay taşı" gives "ay taş",
// "laboratuvar elması" both "laboratuvar elma" and "laboratuvar elmas"
// (the suffix is -sI after a vowel, -I after a consonant). Nil for one
// word or none.
func possessiveHeads(toks, possessives []string) [][]string {
	if len(toks) < 2 || len(possessives) == 0 {
		return nil
	}
	last := toks[len(toks)-1]
	var out [][]string
	for _, p := range possessives {
		p = foldString(p)
		if !strings.HasSuffix(last, p) || utf8.RuneCountInString(last)-utf8.RuneCountInString(p) < 3 {
			continue
		}
		bare := slices.Clone(toks)
		bare[len(bare)-1] = strings.TrimSuffix(last, p)
		out = append(out, bare)
	}
	return out
}

// bnode is a node of a trie being built (addPhrase, phraseStemTrie); a
// built trie is frozen into a trie of flat arrays (freeze) before any
// check reads it.
type bnode struct {
	next  *bchildren // nil: a leaf
	forms []*form
}

// bchildren is a building node's children by word: up to maxEdges in a
// slice scanned in order, more in a map with their order kept in edges.
type bchildren struct {
	edges []bedge
	m     map[string]*bnode
}

type bedge struct {
	w string
	n *bnode
}

// maxEdges is the most children of a node read by a scan in order; a
// node with more is read through a map.
const maxEdges = 8

// child is n's child by word w, nil for none.
func (n *bnode) child(w string) *bnode {
	c := n.next
	if c == nil {
		return nil
	}
	if c.m != nil {
		return c.m[w]
	}
	for i := range c.edges {
		if c.edges[i].w == w {
			return c.edges[i].n
		}
	}
	return nil
}

// childOrNew is n's child by word w, made when there is none.
func (n *bnode) childOrNew(w string) *bnode {
	if c := n.child(w); c != nil {
		return c
	}
	c := &bnode{}
	switch k := n.next; {
	case k == nil:
		n.next = &bchildren{edges: []bedge{{w, c}}}
	case k.m != nil:
		k.m[w] = c
		k.edges = append(k.edges, bedge{w, c})
	case len(k.edges) < maxEdges:
		k.edges = append(k.edges, bedge{w, c})
	default:
		k.m = make(map[string]*bnode, 2*maxEdges)
		for _, e := range k.edges {
			k.m[e.w] = e.n
		}
		k.m[w] = c
		k.edges = append(k.edges, bedge{w, c})
	}
	return c
}

// trie is a frozen phrase trie as flat arrays (#17, perf62): a node is
// 16 bytes of offsets into the edge table and the forms array, an edge
// 12 bytes of offsets into one string of the trie's words, and a node of
// more than maxEdges children finds its child through an open-addressed
// table of edge numbers, not a map; of the trie only forms (pointers to
// the forms) holds pointers. The pointer trie it replaced cost 25 packs
// ~4.5 MB of small objects (a node, a children list, an edge array, a
// map for a wide node) that every collection marked.
type trie struct {
	nodes []tnode
	edges []tedge
	forms []*form
	words string
	// wide are the hash tables of the nodes with more than maxEdges
	// children (tnode.wide - 1), their slots in slots.
	wide []wideTable
	// slots hold 1 + the number of a child among its node's edges, 0 for
	// an empty slot.
	slots []uint32
	seed  maphash.Seed
}

// wideTable is a wide node's hash table: slots[off:off+mask+1], probed
// linearly from the word's hash.
type wideTable struct {
	off, mask uint32
}

// tnode is a frozen node: its children edges[e:e+ne] in the order they
// were added, its forms forms[f:f+nf].
type tnode struct {
	e, ne uint32
	f     uint32
	nf    uint16
	wide  uint16 // 1 + index into trie.wide; 0 for a node read in order
}

// tedge is a frozen edge: its word words[w:w+wn], its child nodes[c].
type tedge struct {
	w  uint32
	wn uint16
	_  uint16
	c  uint32
}

// node is a node of a frozen trie (its trie and index); the zero node is
// none, as a nil child was.
type node struct {
	t *trie
	i uint32
}

// ok reports whether n is a node (not none).
func (n node) ok() bool { return n.t != nil }

// forms are the forms ending at n.
func (n node) forms() []*form {
	if n.t == nil {
		return nil
	}
	d := &n.t.nodes[n.i]
	return n.t.forms[d.f : d.f+uint32(d.nf) : d.f+uint32(d.nf)]
}

// leaf reports whether n has no child.
func (n node) leaf() bool { return n.t == nil || n.t.nodes[n.i].ne == 0 }

// child is n's child by word w, none for none.
func (n node) child(w string) node {
	t := n.t
	if t == nil {
		return node{}
	}
	d := &t.nodes[n.i]
	if d.wide != 0 {
		wt := t.wide[d.wide-1]
		for h := uint32(maphash.String(t.seed, w)); ; h++ {
			k := t.slots[wt.off+h&wt.mask]
			if k == 0 {
				return node{}
			}
			if e := t.edges[d.e+k-1]; int(e.wn) == len(w) && t.words[e.w:e.w+uint32(e.wn)] == w {
				return node{t, e.c}
			}
		}
	}
	for _, e := range t.edges[d.e : d.e+d.ne] {
		if int(e.wn) == len(w) && t.words[e.w:e.w+uint32(e.wn)] == w {
			return node{t, e.c}
		}
	}
	return node{}
}

// children yields each child of n with its word, in the order they were
// added.
func (n node) children() iter.Seq2[string, node] {
	return func(yield func(string, node) bool) {
		t := n.t
		if t == nil {
			return
		}
		d := t.nodes[n.i]
		for _, e := range t.edges[d.e : d.e+d.ne] {
			if !yield(t.words[e.w:e.w+uint32(e.wn)], node{t, e.c}) {
				return
			}
		}
	}
}

// freeze makes the frozen trie of root, breadth first (a node's children
// are adjacent in nodes and in edges), and returns its root.
func freeze(root *bnode) node {
	t := &trie{seed: maphash.MakeSeed()}
	var words strings.Builder
	wordAt := map[string]uint32{}
	nNodes, nEdges, nForms := 0, 0, 0
	for q := []*bnode{root}; len(q) > 0; {
		b := q[0]
		q = q[1:]
		nNodes++
		nForms += len(b.forms)
		if b.next != nil {
			nEdges += len(b.next.edges)
			for _, e := range b.next.edges {
				q = append(q, e.n)
			}
		}
	}
	t.nodes = make([]tnode, 1, nNodes)
	t.edges = make([]tedge, 0, nEdges)
	t.forms = make([]*form, 0, nForms)
	queue := []*bnode{root}
	for i := 0; i < len(queue); i++ {
		b := queue[i]
		d := &t.nodes[i]
		if len(b.forms) > 0xffff {
			panic("grounding: a trie node with more than 65535 forms")
		}
		d.f, d.nf = uint32(len(t.forms)), uint16(len(b.forms))
		t.forms = append(t.forms, b.forms...)
		if b.next == nil {
			continue
		}
		d.e, d.ne = uint32(len(t.edges)), uint32(len(b.next.edges))
		if len(b.next.edges) > maxEdges {
			if len(t.wide) >= 0xffff {
				panic("grounding: a trie with more than 65535 wide nodes")
			}
			size := uint32(1)
			for size < 2*uint32(len(b.next.edges)) {
				size <<= 1
			}
			t.wide = append(t.wide, wideTable{off: uint32(len(t.slots)), mask: size - 1})
			t.slots = append(t.slots, make([]uint32, size)...)
			d.wide = uint16(len(t.wide))
		}
		for _, e := range b.next.edges {
			if len(e.w) > 0xffff {
				panic("grounding: a trie word longer than 65535 bytes")
			}
			off, seen := wordAt[e.w]
			if !seen {
				off = uint32(words.Len())
				words.WriteString(e.w)
				wordAt[e.w] = off
			}
			c := uint32(len(queue))
			queue = append(queue, e.n)
			t.nodes = append(t.nodes, tnode{})
			d = &t.nodes[i]
			t.edges = append(t.edges, tedge{w: off, wn: uint16(len(e.w)), c: c})
		}
	}
	t.words = strings.Clone(words.String()) // no builder's spare capacity
	t.slots = slices.Clip(slices.Clone(t.slots))
	for i := range t.nodes {
		d := &t.nodes[i]
		if d.wide == 0 {
			continue
		}
		wt := t.wide[d.wide-1]
		for k, e := range t.edges[d.e : d.e+d.ne] {
			h := uint32(maphash.String(t.seed, t.words[e.w:e.w+uint32(e.wn)]))
			for t.slots[wt.off+h&wt.mask] != 0 {
				h++
			}
			t.slots[wt.off+h&wt.mask] = uint32(k) + 1
		}
	}
	return node{t, 0}
}

type stem struct {
	s string
	f *form
}

// lexicon is the compiled vocabulary of one language.
type lexicon struct {
	// colourAdj are the vocabulary's one-word colour forms: a before word
	// of a stone holds across one of them ("and blue turquoise", "og blå
	// turkis", "und blauer Türkis": the colour makes the homograph a
	// noun, the stone), as across a prenominal adjective (pickForm).
	colourAdj map[string]bool
	// countAdj are the vocabulary's one-word number forms above one
	// ("five", "cinco", "iki"): a count before a stone form with before
	// words ("cinco turquesas", "five round turquoises") makes the colour
	// homograph the counted stone, as a numeral does (pickForm; #13,
	// misses49, probe 49C es-MX 49C103-3).
	countAdj map[string]bool
	root     node
	// phraseIx indexes the phrase sets by word id (phrase_ids.go).
	phraseIx *phraseIndex
	// build is the phrase trie while the lexicon is compiled (addPhrase),
	// nil once it is frozen into root.
	build *bnode
	// firsts has the bit utext.WordBit(w) of every word w of root.next set
	// (addPhrase): scan asks the trie's root about every token, and a
	// token whose bit is clear starts no phrase, known without the map
	// lookup (#17).
	firsts [1 << 16 / 64]uint64
	// colourHeadsSet: see colourHeads.
	colourHeadsOnce sync.Once
	colourHeadsSet  map[string]bool
	// beadWords and beadHeads: the pearl words that also name a bead,
	// whole and as compound heads (bead.go).
	beadWords map[string]bool
	beadHeads []string
	// beadBack: the words that refer a bead word back (BeadBack).
	beadBack map[string]bool
	// beadNouns, beadStarts: the bead and piece nouns a stone count may
	// head, by last and by first word (bead.go).
	beadNouns  phrases
	beadStarts startPhrases
	// shapeNouns, shapeStarts: the shape nouns a stone count may head,
	// by last and by first word (bead.go).
	shapeNouns  phrases
	shapeStarts startPhrases
	prefixes    []stem // compound heads ("silber*" in Silberanhänger), longest first
	suffixes    []stem // compound tails ("*anhänger"), longest first
	negators    phrases
	negAfter    phrases // negators that follow the fact (ja, ko, zh, tr, fi)
	// govBefore and govAfter are the prepositions and postpositions of
	// substitution and contrast ("instead of", "au lieu de", "sijaan",
	// "yerine", の代わりに, 대신): they deny the one noun phrase they govern,
	// never a fact farther off (scan.go governed).
	govBefore, govAfter phrases
	// finalNeg close a clause whose fronted fact they deny after one of
	// frontVerbs (de, nl, sv, da, nb: "Gold enthält es nicht"; scan.go
	// frontedNegated).
	finalNeg   phrases
	frontVerbs phrases
	// frontTails are the whole rest of a clause whose fronted fact it
	// denies: "Solid gold it is not", "Oro macizo no es", "Oro
	// massiccio non è" (scan.go frontedNegated; #13, facts67).
	frontTails phrases
	// negParens are sentence adverbs set off by commas that a denial
	// reaches over ("No se trata, por tanto, de oro macizo"; scan.go
	// negated; #13, facts67).
	negParens phrases
	// negatorWords is every word of the negators' phrases, the words a
	// denial may hold around a parenthetical (scan.go negBridge).
	negatorWords map[string]bool
	negSuff      []string        // "free" in "nickel-free", "frei" in "nickelfrei"
	negBreak     map[string]bool // "not gold but silver": a negation stops at "but"
	// negBreakNot: a negator that is a break after another negator in its
	// clause (sv "inte förgylld utan av guld": not gilded but of gold)
	negBreakNot map[string]bool
	cross       phrases         // cross-selling verbs: "pair it with a white shirt" says nothing of the product
	catCross    phrases         // words that make a category word another item: "wear it with hoops"
	stops       map[string]bool // tokens that end a count phrase ("two rows of stones")
	// nounStops are the stops listed capitalised, German nouns
	// ("Größe{,n}"): they end a count only written with a capital, so
	// that the adjective they fold with ("drei große Topase", große as
	// Größe) leaves the count to its stone (countStop; #13, misc51).
	nounStops map[string]bool
	proforms  map[string]bool // words for a noun elided after a number and a colour ("four blue ones")
	units     map[string]bool // "0.5 carat", "8 mm": a number that is no count
	// countWindow is how many tokens may stand between a number and the
	// stone it counts (more where a token is one character).
	countWindow int
	clothing    phrases // clothing nouns: "a navy jumper" describes the jumper
	// otherNouns are nouns of things that are not the piece: a colour or
	// metal word attached to one describes that thing ("red carpet",
	// "blue moon", "tapis rouge", "nozze d'oro").
	otherNouns phrases
	// formationEvents: vocabulary formation_events by event, folded
	// (formation.go).
	formationEvents map[string][]string
	// placeNouns are the lower-case nouns a place's name stands beside
	// ("ulicy Złotej", "náměstí Zlaté"): a capitalised fact word next to
	// one is the name's (inMultiWordName).
	placeNouns map[string]bool
	// placeNames are the vocabulary's place_names: proper names of places
	// and mines that hold a fact word, in a script without capitals to mark
	// them, masked as the product's own name is (placeName34).
	placeNames []string
	// otherItems make their whole sentence about other items ("also
	// available in", "the matching necklace").
	otherItems phrases
	// lookItems are the other_items that name a look, not an item: they
	// make only their clause about other pieces for a measure
	// (look_measure56.go).
	lookItems phrases
	// components are nouns of the parts that hold or close a piece (ear
	// wires, posts, backs, clasps): a metal word describing one is the
	// part's ("sterling silver ear wires" on a plated drop), not the
	// piece's, so plating checks leave it alone.
	components phrases
	// clothingTails are the single clothing words of five letters or more,
	// matched as the tail of a compound ("Strickpullover").
	clothingTails []string
	// adjAfter: adjectives follow their noun (French, Italian, Spanish,
	// Portuguese: "tapis rouge", "bleu saphir").
	adjAfter bool
	// scopeData is the rest of the scope vocabulary (scope.go).
	scopeData
	// lightData are the nouns of light a colour may describe (light.go).
	lightData
	// mat53Data are the words of the mat53 kinds (vocab_mat53.go).
	mat53Data
	// ruleWordsData are the words of rules and tests (rulewords.go).
	ruleWordsData
	// allergyData are the words of allergy (allergen.go).
	allergyData
	// ownCrystalData are the words of a stone's own crystals (own_crystal.go).
	ownCrystalData
	// senseData are the words of another sense (sense.go).
	senseData
	// stoneFamilyData are the words of a stone's nature and of a
	// crystal's growth (stone_family.go).
	stoneFamilyData
	// materialModalData are the words of what a material can take in
	// general (material_modal.go).
	materialModalData
	// treatmentData are the words that deny or disclose a stone's
	// treatment (treatment_denied.go).
	treatmentData
	// contrastData are the words of a comparison's or a contrast's arm
	// and of an alloy (contrast.go).
	contrastData
	// rankData are the words of a ranking's standard (ranking.go).
	rankData
	// valueData are the words that make a number a value (numbers.go).
	valueData
	// kindRankData are the words of a ranking of kinds (rank_set65.go).
	kindRankData
	// mineralData are the words of a mineral's chemistry (mineral_chem.go).
	mineralData
	// karatScaleData are the words of copy that explains the karat scale
	// (karat_scale.go).
	karatScaleData
	// shapeData are the words that make a cord word the shape of metal
	// links (link_shape.go).
	shapeData
	// attachData are the pronouns of the piece (attachment53.go).
	attachData
	// substanceLinks: vocabulary substance_links (substance.go).
	substanceLinks phrases
	// mountLinks: vocabulary mount_links (substance.go mountedOn).
	mountLinks phrases
	// solid are the words that call a metal solid or pure (plating.go).
	solid markedPhrases
	// platedWords are the words of the market's plating qualifiers
	// (locale pack qualifiers.plated), folded.
	platedWords map[string]bool
	// simulantWords are the market's simulant qualifiers (locale pack
	// qualifiers.simulant, and the English ones), as token sequences.
	simulantWords [][]string
	// simulantHyphened are the qualifiers written "-look", "-Optik" in
	// the pack: they qualify only glued to the stone by a hyphen
	// ("diamond-look", "Diamant-Optik"); "diamonds look" is a verb.
	simulantHyphened [][]string
	// labGrown are the market's lab-grown qualifiers (locale pack
	// qualifiers.lab_grown) as token sequences, for a count read across
	// them (count_qualifier.go).
	labGrown []qualifierSeq
	// labOrigin: the same qualifiers of one word or more, for a
	// natural stone called lab-grown (lab_origin63.go).
	labOrigin    []qualifierSeq
	platingWords phrases // vocabulary plating_words
	toneWords    phrases // vocabulary tone_words
	each         phrases // vocabulary each_words
	eachBefore   phrases // vocabulary each_before_words
	eachSubject  phrases // vocabulary each_subject_words
	// finenessWords and finenessPrefixes are the vocabulary's
	// fineness_words (fineness_number.go).
	finenessWords    phrases
	finenessStarts   startPhrases
	finenessPrefixes []string
	// hallmarkWords, hallmarkStarts and hallmarkPrefixes are the
	// vocabulary's hallmark_words (fineness_hallmark.go).
	hallmarkWords    phrases
	hallmarkStarts   startPhrases
	hallmarkPrefixes []string
	// counters are the classifier characters of Chinese and Japanese
	// (vocabulary counters).
	counters map[rune]bool
	// countPart are the particles between a stone and its following
	// count (vocabulary count_particles).
	countPart map[string]bool
	// pieceCounters and oneByOne: vocabulary piece_counters and
	// one_by_one, folded (count_idioms.go).
	pieceCounters []string
	// countParts and partNotBefore: vocabulary count_parts and
	// count_parts_not_before (count_idioms.go countsPart).
	countParts    phrases
	partNotBefore map[string]bool
	hang          phrases // vocabulary hang_words
	hangAfter     phrases // vocabulary hang_words_after
	hangParticles phrases // vocabulary hang_particles
	oneByOne      []string
	oneEach       []string
	everyOne      []string
	// alike and alikeNeg: vocabulary alike and alike_negators (no two
	// alike, count_idioms.go).
	alike, alikeNeg phrases
	// measure reads the language's unit words after a number (measure.go).
	measure   *regexp.Regexp
	unitFirst map[rune]bool // first letters of the unit words
	// dimensionBy are the words between the sides of a dimension ("7 by
	// 5 mm", "7 por 5 mm"; dimension.go).
	dimensionBy []string
	// metalNouns are the vocabulary's metal_nouns, folded (white_metal.go).
	metalNouns []string
	// resultNouns are the vocabulary's result_nouns (white_metal.go).
	resultNouns phrases
	// restWords are the vocabulary's rest_words (treatment_rest68.go).
	restWords phrases
	// cleftVerbs are the vocabulary's cleft_verbs (material_sentence.go).
	cleftVerbs phrases
	// mw holds how the language says measurements in words, hedges them
	// and lists or ranges sizes (measure_words.go).
	mw measureWords
	// inflection reads tokens that match no form without their endings,
	// clitic prefixes or through a stemmer (inflect.go); nil when the
	// language needs none.
	inflection *inflection
	// stoneEndings are the pack's StoneEndings, folded, longest first.
	stoneEndings []string
	// stoneTails are the pack's StoneCompoundTails, folded, longest first.
	stoneTails []string
	// dualEndings are the pack's DualEndings, folded, longest first.
	dualEndings [][2]string
	// metalHeads are the one-word gold and silver material forms by
	// their first two bytes, read as the head of a word glued to a
	// category word (metalCategory: "zilverring", 은반지, "hopeasormus").
	metalHeads map[[2]byte][]stem
	// homographHeads are the one-word colour homographs (stone forms
	// with before or after words), longest first: heads of a compound
	// with a shape, bead or stone noun (colour_homograph.go).
	homographHeads []stem
}

type vocabFile struct {
	Terms []struct {
		Kind      string   `yaml:"kind"`
		Value     string   `yaml:"value"`
		Weak      bool     `yaml:"weak"`
		StoneOnly bool     `yaml:"stone_only"`
		Forms     []string `yaml:"forms"`
		Before    []string `yaml:"before"`
		After     []string `yaml:"after"`
		NotBefore []string `yaml:"not_before"`
		// NotAfter: words that, right after the form, make it another
		// word (Italian "cerchi" before an article is "you look for").
		NotAfter []string `yaml:"not_after"`
		// PartSenses: other category values the word also names (a part).
		PartSenses []string `yaml:"part_senses"`
		// Address and BeforeEndings: see form.address, form.beforeEndings.
		Address       bool     `yaml:"address"`
		BeforeEndings []string `yaml:"before_endings"`
		// Adjective: a category word that is also an adjective (see
		// form.adjective).
		Adjective bool `yaml:"adjective"`
	} `yaml:"terms"`
	Negators      []string `yaml:"negators"`
	NegatorsAfter []string `yaml:"negators_after"`
	// NegatorsGoverned and NegatorsGovernedAfter: see lexicon.govBefore.
	NegatorsGoverned      []string `yaml:"negators_governed"`
	NegatorsGovernedAfter []string `yaml:"negators_governed_after"`
	FinalNegators         []string `yaml:"final_negators"`
	FrontVerbs            []string `yaml:"fronted_negation_verbs"`
	// FrontTails: see lexicon.frontTails.
	FrontTails []string `yaml:"fronted_negation_tails"`
	// NegParens: see lexicon.negParens.
	NegParens        []string `yaml:"negation_parentheticals"`
	NegationSuffixes []string `yaml:"negation_suffixes"`
	NegationBreaks   []string `yaml:"negation_breaks"`
	// NegationBreaksAfterNot are the words that are "but" after a negator
	// in their clause and a negator ("without") otherwise: sv "utan"
	// ("inte förgylld utan av guld", "utan nickel"; #13, hall60).
	NegationBreaksAfterNot []string `yaml:"negation_breaks_after_not"`
	CrossSell              []string `yaml:"cross_sell"`
	CategoryCrossSell      []string `yaml:"category_cross_sell"`
	CountStops             []string `yaml:"count_stops"`
	// CountProforms are the words that stand for a noun elided after a
	// number and a colour (en "four blue ones"; colour_group_count.go).
	CountProforms []string `yaml:"count_proforms"`
	// CountParticles are the case particles that may stand between a
	// stone and the number after it in languages with counters (Japanese
	// "パールを5粒": the stone, を, then the count).
	CountParticles []string `yaml:"count_particles"`
	CountWindow    int      `yaml:"count_window"`
	Units          []string `yaml:"units"`
	Clothing       []string `yaml:"clothing"`
	OtherNouns     []string `yaml:"other_nouns"`
	// FormationEvents are the words of an event in a stone's formation
	// (an impact, a crater, a meteorite that struck or fell), matched as
	// substrings of the folded sentence (formation.go).
	FormationEvents map[string][]string `yaml:"formation_events"`
	// SubstanceLinks are the words that may join a stone treatment's
	// material to its substance after it ("vidrio de plomo", "vetro al
	// piombo", "verre au plomb"): not a preposition of place ("vidrio en
	// plomo macizo"; substance.go, #13, adv42).
	SubstanceLinks []string `yaml:"substance_links"`
	// MountLinks are the words that put one thing on another ("on",
	// "sobre", "sur", "auf", "på", "na"): a material right after one,
	// after the product's own stone, is what the stone sits on, the
	// piece's, not the stone's substance ("El rubí … sobre plomo";
	// substance.go mountedOn, #13, open44b).
	MountLinks []string `yaml:"mount_links"`
	PlaceNouns []string `yaml:"place_nouns"`
	// PlaceNames are proper names of places and mines that hold a metal
	// or stone word where no capital marks them as names (Chinese 金奈,
	// Chennai; 刚果金, DR Congo, also written 刚果（金）): masked as the
	// product's own name is, so brackets inside one do not matter (#13,
	// placemetal34).
	PlaceNames        []string `yaml:"place_names"`
	OtherItems        []string `yaml:"other_items"`
	Components        []string `yaml:"components"`
	ModifierOrder     string   `yaml:"modifier_order"`
	scopeFile         `yaml:",inline"`
	lightFile         `yaml:",inline"`
	ruleWordsFile     `yaml:",inline"`
	allergyFile       `yaml:",inline"`
	ownCrystalFile    `yaml:",inline"`
	senseFile         `yaml:",inline"`
	stoneFamilyFile   `yaml:",inline"`
	treatmentFile     `yaml:",inline"`
	mat53File         `yaml:",inline"`
	materialModalFile `yaml:",inline"`
	contrastFile      `yaml:",inline"`
	rankFile          `yaml:",inline"`
	valueFile         `yaml:",inline"`
	kindRankFile      `yaml:",inline"`
	mineralFile       `yaml:",inline"`
	karatScaleFile    `yaml:",inline"`
	lookItemsFile     `yaml:",inline"`
	shapeFile         `yaml:",inline"`
	attachFile        `yaml:",inline"`
	// Numbers are the language's number-word systems (numbers.go): words
	// past the listed terms are composed from tens and units.
	Numbers []numberSystem `yaml:"numbers"`
	// BeadWords are the language's words for a pearl that also name a bead
	// (Danish and Norwegian "perle", Swedish "pärla", German "Perle",
	// Finnish "helmi", Italian and French "perla", "perle"; "*" ends a
	// compound head, "perlen*" of "Perlenarmband"): on a product made of
	// beads and without pearls they are its beads (bead.go).
	BeadWords []string `yaml:"bead_words"`
	// BeadBack are the definite articles and demonstratives that, one or
	// two words before a bead word, refer back to beads the copy has
	// named as made of a stone ("neun Perlen aus Bambuskoralle … Die
	// Perlen sind gefärbt", "le perle sono tinte"; #13, sense44): the
	// same beads, no pearl (bead.go beadBack).
	BeadBack []string `yaml:"bead_back"`
	// BeadNouns are the nouns of a bead or a cut piece of a stone that a
	// count may head ("beads", "cabochons", "cuentas", "contas", "kralen",
	// "Perlen", "korálky", "χάντρες", "خرزات", ビーズ, 비즈, 珠子): followed
	// by the stone they are made of ("fourteen beads of jet", "catorce
	// cuentas de azabache") or glued after it ("Gagatperlen",
	// "gagaattihelmeä", 제트 비즈 14개) the count is the stone's (bead.go).
	BeadNouns []string `yaml:"bead_nouns"`
	// ShapeNouns are the nouns of a shape a piece of a stone is cut or
	// carved to, or set as, that a count may head ("leaves", "drops",
	// "petals", "hearts", "hojas", "gouttes", "Tropfen", "kapky", "φύλλα",
	// "أوراق", 葉, 잎, 叶): followed by the stone they are made of ("three
	// leaves of jadeite", "tres hojas de jadeíta") or glued after it
	// ("ametistipisaraa", 비취 잎 세 개) the count is the least the stone
	// group holds, one stone or more a shape (bead.go).
	ShapeNouns []string `yaml:"shape_nouns"`
	// Solid words call a metal solid, pure or real ("solid", "massiv",
	// 無垢, الخالص): beside a metal the product only has as a plating or
	// a colour they are a plating misdescription (plating.go).
	Solid []string `yaml:"solid"`
	// Endings are inflectional endings and particles a word may carry
	// (Finnish and Turkish cases, Korean particles), prefixes the clitics
	// it may start with (Arabic al-, wa-, bi-): a token that matches no
	// form is read again without them (inflect.go).
	Endings  []string `yaml:"endings"`
	Prefixes []string `yaml:"prefixes"`
	// Stemmer names a Snowball stemmer (finnish, ...) whose stems of the
	// single-word forms are matched when nothing else matches; "endings"
	// is the light stemmer of languages Snowball lacks (Polish, Czech,
	// Greek): it strips the longest of StemEndings.
	Stemmer string `yaml:"stemmer"`
	// StemEndings are the inflectional endings (case, number, gender) the
	// "endings" stemmer strips from a word, keeping at least three
	// letters: Polish "ametystami" and "ametyst" are both "ametyst",
	// "fioletowymi" and "fioletowy" both "fioletow".
	StemEndings []string `yaml:"stem_endings"`
	// StemProbes are endings added to each single-word form before it is
	// stemmed, so that a form whose dictionary form the stemmer cuts
	// differently from its case forms is still found in them (Finnish
	// "sitriini" stems to "sitr", "sitriiniä" to "sitriin": the probe "ä"
	// registers "sitriin" too).
	StemProbes []string `yaml:"stem_probes"`
	// StoneEndings are the plural and case endings a one-word stone name
	// (or stone noun) takes where the vocabulary lists only its
	// dictionary form: a token matching no form is read as the stone
	// without one of them ("Rauchquarze", "Tigeraugen": German plurals
	// in -e, -en, -n, -s; Duden, "Die Pluralbildung der Substantive").
	// Only stones and stone nouns are read so, since the same endings on
	// a colour or category word make other words ("Rosen").
	StoneEndings []string `yaml:"stone_endings"`
	// StoneCompoundTails are the language's stone noun in its cases as
	// the tail of a compound whose head is a stone's name ("larimarkiviä",
	// "Larimarsteinen", "larimarstenar", "larimarstenen"): the word is
	// that stone (scan.go stoneCompound; #13, facts67).
	StoneCompoundTails []string `yaml:"stone_compound_tails"`
	// DualEndings are the endings of a noun in the dual number, each
	// with what replaces it in the singular ("تان": "ة" makes "ماستان"
	// "ماسة"; "ان": "" makes "حجران" "حجر"): a token matching no form
	// that is a one-word stone so is that stone counted two
	// (dual_count56.go).
	DualEndings [][2]string `yaml:"dual_endings"`
	// SoftenedFinals are a word's final consonants, each with the one it
	// turns into before an ending that starts with a vowel (Turkish
	// "zümrüt", "zümrüdü"; "çelik", "çeliği": [ğ, k], [d, t]; TDK Yazım
	// Kılavuzu, "Ünsüz yumuşaması"): a token read without such an ending
	// is read again with the final restored (softened61.go).
	SoftenedFinals [][2]string `yaml:"softened_finals"`
	// CompoundPossessives are the possessive suffixes that mark the head
	// of a noun compound (Turkish izafet: "ay taşı", "kaplan gözü",
	// "tatlı su incisi"; TDK Yazım Kılavuzu, "Birleşik kelimeler"). The
	// head drops it before the plural and the -lI suffix ("ay taşları",
	// "kaplan gözlü"), so each multi-word form whose last word ends in one
	// is also read with that word bare, and Endings then find its
	// inflected forms.
	CompoundPossessives []string `yaml:"compound_possessives"`
	// Counters are the classifier characters that follow a numeral in
	// Chinese and Japanese (颗, 粒, 個): a numeral before one is a count
	// even where the word segmenter joins them.
	Counters []string `yaml:"counters"`
	// PieceCounters are the counters and nouns a numeral is glued to when
	// it counts the piece itself, its rows, strands, sides or pairs, or
	// forms an idiom of time or degree (Japanese 一本 the bracelet, 一列 a
	// row, 一連 a strand, 一日中 all day, 一番, 一緒, 一生; Chinese 一条, 一排,
	// 一圈, 一整天, 一起; Korean 한 줄, 한 쌍, 한 번): a number right before one
	// is no count of stones (issue #13, rel9).
	PieceCounters []string `yaml:"piece_counters"`
	// CountParts are the nouns of the parts of a piece a number may
	// count: the prongs or claws of a setting (Krappen, griffes, garras,
	// kynnet, 爪, 발), its hooks, pins and links. With the vocabulary's
	// components, link_nouns and piece_parts, one that heads the number's
	// phrase makes it a count of parts, never of stones ("Vier Krappen
	// halten den Stein", "Neljä kynttä pitää kiven"; #13, thirteenth blind
	// set; count_idioms.go countsPart). CountPartsNotBefore are the words
	// that, right after a part noun, make it a modifier of the stone
	// ("twelve claw-set diamonds").
	CountParts          []string `yaml:"count_parts"`
	CountPartsNotBefore []string `yaml:"count_parts_not_before"`
	// HangWords are the verbs and prepositions of a part hanging from or
	// threaded on another ("hangs from", "suspendue à", "hängt an",
	// "numa", 下がる, 挂在): a category word after one in its clause names
	// the ring, loop or bail the part hangs from ("a small ring", "uma
	// fina argola", "حلقة صغيرة"), a component, not what the piece is
	// called (issue #13, rel9; component_nouns.go).
	HangWords []string `yaml:"hang_words"`
	// HangWordsAfter are the same where the verb follows its object
	// (ja リングから下がる, ko 고리에 매달려, tr halkadan sarkıyor).
	HangWordsAfter []string `yaml:"hang_words_after"`
	// HangParticles are the separable particles that make a hanging verb
	// of hang_words the verb of depending (de "hängt … ab" of abhängen,
	// nl "hangt … af" of afhangen: "Die Härte hängt von der Richtung ab",
	// "De hardheid hangt af van de richting"; Duden, "abhängen" 2;
	// Algemene Nederlandse Spraakkunst, separable verbs): a particle alone
	// where it is the last word of the verb's clause, a particle with its
	// preposition ("ab von", "af van") anywhere after the verb in its
	// clause (#13, depend33; checker.hangWordAt).
	HangParticles []string `yaml:"hang_particles"`
	// OneByOne are the words after "one" that make it "one at a time"
	// ("one at a time", "un à un", "uno a uno", "einer nach dem anderen",
	// "yksi kerrallaan"): no count (rel9).
	OneByOne []string `yaml:"one_by_one"`
	// OneEach are the words after "one" (and its counter) that say "one at
	// a time" or "one each" (Japanese 一つずつ, Korean 하나씩, 한 개씩): no
	// count, unless a word of parts or a category word stands before it in
	// its clause (左右に一粒ずつ, 양쪽에 하나씩: one on each side, compared per
	// part). A numeral and counter said twice (一つ一つ, 一颗颗, 一石一石) is
	// one at a time too (rel9).
	OneEach []string `yaml:"one_each"`
	// EveryOne are the words right before "one" that make it "every
	// single one" (Chinese 每一颗, 每一個): no count (rel9).
	EveryOne []string `yaml:"every_one"`
	// Alike and AlikeNegators make "no two stones are alike" (the numeral
	// two, a word of sameness and a negation in one clause, the negation
	// before the numeral or after it: "no two are alike", "kaksi tällaista
	// kiveä ei koskaan ... samalla tavalla", "同じ石は二つとありません",
	// "iki taş asla aynı olmaz"): each stone is unique, no count
	// (count_idioms.go; #13, no_two19).
	Alike         []string `yaml:"alike"`
	AlikeNegators []string `yaml:"alike_negators"`
	// MeasureUnits are the language's words for millimetres, centimetres,
	// inches, carats and grams (keys mm, cm, in, ct, g), read after a number
	// (measure.go).
	MeasureUnits map[string][]string `yaml:"measure_units"`
	// DimensionBy are the words said between the sides of a dimension
	// where a sign (×, x, *) is not ("7 by 5 mm", fr "7 sur 5 mm", es
	// "7 por 5 mm", nl "7 bij 5 mm", pl "7 na 5 mm"): the first side is a
	// size, never a count (dimension.go; #13, dims14).
	DimensionBy []string `yaml:"dimension_by"`
	// MetalNouns are the words for a metal in general ("metal",
	// "metall", "métal", 金属, 금속): white beside one is the colour of a
	// white metal (white_metal.go; #13, whitemetal14).
	MetalNouns []string `yaml:"metal_nouns"`
	// ResultNouns are the nouns of what making or alloying yields ("the
	// result", "o resultado", "das Ergebnis", 结果): white said of one,
	// after the piece's white metal is named, is the metal's colour
	// (white_metal.go whiteOfResult; #13, open43).
	ResultNouns []string `yaml:"result_nouns"`
	// RestWords set a noun apart from the things just named: the other
	// ones, the remaining ones, the rest ("the other stones", "les autres
	// pierres", "die übrigen Steine", "las demás piedras", 其他宝石). A
	// denial of a treatment whose clause opens on one and names no stone
	// of the product is said of the product's stones other than those the
	// sentence before names (treatment_rest68.go; #13, fbrule68).
	RestWords []string `yaml:"rest_words"`
	// CleftVerbs are the verbs a metal or stone does things by, which
	// after a demonstrative and the metal make a cleft ("To miedź nadaje
	// mu ciepły odcień"; material_sentence.go cleftOf; #13, open43).
	CleftVerbs       []string `yaml:"cleft_verbs"`
	measureWordsFile `yaml:",inline"`
	// PlatingWords say that a metal is a plating, a tone or a colour
	// ("plated", "belagt", "plattiert", メッキ): a bare gold or silver word
	// on a plated piece needs one somewhere in the text (plating.go).
	PlatingWords []string `yaml:"plating_words"`
	// ToneWords name a tone, colour or finish ("tone", "finish",
	// "afwerking", "couleur", 色): they say the metal is a look only beside
	// a metal word ("silver-tone", "zilveren afwerking", "couleur argent");
	// "a hammered finish" discloses nothing (plating.go).
	ToneWords []string `yaml:"tone_words"`
	// EachWords say that a weight is every stone's rather than the total
	// ("0.25 ct each", "0,5 quilates cada um", "je 0,25 Karat", 各0.25克拉):
	// read within three words after the weight or two before it, they
	// make the weight one stone's, to be multiplied by its group's count
	// before it is compared with the total carat weight (measure.go).
	EachWords []string `yaml:"each_words"`
	// EachBeforeWords say a weight is every stone's only right before its
	// number: Polish and Czech distributive "po" ("pięć rubinów po 0,35
	// karata", "pět rubínů po 0,35 karátu"), which elsewhere is "after"
	// (#13, open49).
	EachBeforeWords []string `yaml:"each_before_words"`
	// EachSubjectWords say a weight is every stone's only where they open
	// the weight's clause as its subject, beside each_words: "Jeder der
	// fünf Rubine wiegt 0,35 Karat", "Chaque rubis pèse", "Cada rubí
	// pesa", "Every ruby weighs"; after a weight they are no each ("0,35
	// Karat für jede Gelegenheit"; #13, open49).
	EachSubjectWords []string `yaml:"each_subject_words"`
	// FinenessWords name a metal's fineness ("fineness", "ayar", "próby",
	// "ryzosti", 純度, 品位): a millesimal number beside one is the
	// metal's purity, not a count (fineness_number.go; #13, fineness19).
	// A word ending in "*" is a prefix ("ayar*": ayarlık, ayarlı).
	FinenessWords []string `yaml:"fineness_words"`
	// HallmarkWords name the mark a metal's fineness is struck as
	// ("hallmark", "stamped", "Stempel", "poinçon", "punc", "damga",
	// دمغة, 刻印, 각인, 印记): a millesimal number beside one is the
	// piece's fineness (fineness_hallmark.go; #13, misc51). A word ending
	// in "*" is a prefix.
	HallmarkWords []string `yaml:"hallmark_words"`
}

var (
	lexMu    sync.Mutex
	lexCache = map[string]*lexicon{}
	lexErr   = map[string]error{}
)

// lexiconFor returns the compiled vocabulary of a locale pack, building it
// once per vocabulary (en-US shares en-GB's) on its first use. A locale
// without a pack of its language yields nil.
func lexiconFor(locale string) (*lexicon, error) {
	set, err := locales.Load()
	if err != nil {
		return nil, err
	}
	p, _ := set.Resolve(locale)
	if p == nil {
		return nil, nil
	}
	owner := p.VocabOwner()
	lexMu.Lock()
	defer lexMu.Unlock()
	if lx, ok := lexCache[owner]; ok {
		return lx, lexErr[owner]
	}
	data, _ := p.Vocab()
	lx, err := buildLexicon(set, data, owner)
	lexCache[owner], lexErr[owner] = lx, err
	return lx, err
}

// buildLexicon compiles the vocabulary data of the pack owner (its
// vocab.yaml) with the market's plating words.
func buildLexicon(set *locales.Set, data []byte, owner string) (*lexicon, error) {
	lexiconBuilds.Add(1)
	lx, err := compileLexicon(data)
	if err != nil {
		return nil, fmt.Errorf("grounding: locales/packs/%s/vocab.yaml: %w", owner, err)
	}
	if op, ok := set.Get(owner); ok {
		// The market's plating words (pack qualifiers) disclose a plating
		// as the vocabulary's plated forms do (plating.go).
		for _, q := range append(slices.Clone(op.Qualifiers.Simulant), simulantEnglish...) {
			if h, ok := strings.CutPrefix(q, "-"); ok {
				if ws := tokenStrings(h); len(ws) > 0 {
					lx.simulantHyphened = append(lx.simulantHyphened, ws)
				}
				continue
			}
			if ws := tokenStrings(q); len(ws) > 0 {
				lx.simulantWords = append(lx.simulantWords, ws)
			}
		}
		lx.labGrown = compileQualifierSeqs(op.Qualifiers.LabGrown)
		lx.labOrigin = compileLabOriginSeqs(op.Qualifiers.LabGrown)
		lx.platedWords = map[string]bool{}
		for _, q := range op.Qualifiers.Plated {
			for _, w := range tokenStrings(q) {
				if utf8.RuneCountInString(w) >= 4 {
					lx.platedWords[w] = true
				}
			}
		}
	}
	return lx, nil
}

// Validate checks that the vocabulary of every locale pack compiles, so
// that a broken pack stops a process at start instead of passing its copy
// unchecked. The compiled vocabularies are not kept: a process keeps only
// those of the locales it checks, compiled on first use (lexiconFor), so a
// worker checking two languages does not hold all 25 packs' (~9 MiB of
// heap, a tenth of its RSS; #17).
//
// A vocabulary is compiled once a process, at its first use: one whose
// bytes the snapshot marks as compiled (compilesKey: go generate's
// buildSnapshot marks the bytes it compiled without error, and writes no
// snapshot when any fails) is not compiled here (#17, perf55: the start
// compiled all 19, ~0.2 s, then each locale's first use its own again).
// A vocabulary the snapshot does not mark (edited since, or a stale
// snapshot) is compiled here as before, one at a time, so the start holds
// at most one beside the garbage collector's headroom.
func Validate() error {
	set, err := locales.Load()
	if err != nil {
		return err
	}
	return validateWith(set, snap)
}

// validateWith is Validate for the packs of set, with the marks of sn
// (nil: none, every vocabulary compiled).
func validateWith(set *locales.Set, sn *yamlsnap.Snapshot) error {
	var errs []error
	seen := map[string]bool{}
	for _, l := range set.Supported() {
		p, _ := set.Resolve(l)
		if p == nil {
			continue
		}
		owner := p.VocabOwner()
		if seen[owner] {
			continue
		}
		seen[owner] = true
		lexMu.Lock()
		_, cached := lexCache[owner]
		err := lexErr[owner]
		lexMu.Unlock()
		if !cached {
			data, _ := p.Vocab()
			if _, ok := sn.Raw(compilesKey(data)); !ok {
				_, err = buildLexicon(set, data, owner)
			}
		}
		if err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// lexiconCompilesFormat is part of compilesKey: changed, every mark of
// an older snapshot is ignored.
const lexiconCompilesFormat = "lexicon-compiles-1"

// compilesKey is the snapshot key of the mark that a vocabulary of these
// bytes (a pack's vocab.yaml) compiled without error when go generate
// built the snapshot (buildSnapshot). The mark is what the key names:
// its value is empty. compileLexicon reads nothing but the bytes and the
// code; a code change that compiles them otherwise changes the snapshot's
// decodings or fails buildSnapshot, so TestSnapshotIsCurrent fails until
// go generate runs.
func compilesKey(data []byte) string {
	sum := sha256.Sum256(data)
	return lexiconCompilesFormat + " " + hex.EncodeToString(sum[:])
}

// lexiconBuilds counts buildLexicon's compilations (tests).
var lexiconBuilds atomic.Int64

func compileLexicon(data []byte) (*lexicon, error) { return compileLexiconWith(data, snap) }

// compileLexiconWith is compileLexicon decoding the YAML through the
// snapshot sn (nil: parse it).
func compileLexiconWith(data []byte, sn *yamlsnap.Snapshot) (*lexicon, error) {
	lx, err := compileUnindexed(data, sn)
	if err != nil {
		return nil, err
	}
	lx.phraseIx = indexPhrases(lx)
	return lx, nil
}

// compileUnindexed is compileLexiconWith before indexPhrases: every
// phrase set read from its map.
func compileUnindexed(data []byte, sn *yamlsnap.Snapshot) (*lexicon, error) {
	var vf vocabFile
	if err := sn.Decode(data, &vf, true); err != nil {
		return nil, err
	}
	var errs []string
	lx := &lexicon{
		build:       &bnode{},
		negators:    phraseSet(vf.Negators),
		negAfter:    phraseSet(vf.NegatorsAfter),
		govBefore:   phraseSet(vf.NegatorsGoverned),
		govAfter:    phraseSet(vf.NegatorsGovernedAfter),
		finalNeg:    phraseSet(vf.FinalNegators),
		frontVerbs:  phraseSet(vf.FrontVerbs),
		frontTails:  phraseSet(vf.FrontTails),
		negParens:   phraseSet(vf.NegParens),
		cross:       phraseSet(vf.CrossSell),
		catCross:    phraseSet(vf.CategoryCrossSell),
		negBreak:    wordSet(vf.NegationBreaks, &errs),
		negBreakNot: wordSet(vf.NegationBreaksAfterNot, &errs),
		stops:       wordSet(vf.CountStops, &errs),
		nounStops:   wordSet(capitalised(vf.CountStops), &errs),
		proforms:    wordSet(vf.CountProforms, &errs),
		countPart:   wordSet(vf.CountParticles, &errs),
		units:       wordSet(vf.Units, &errs),
		countWindow: countLookahead,
		clothing:    phraseSet(vf.Clothing),
		otherNouns:  phraseSet(vf.OtherNouns),
		placeNouns:  wordSet(vf.PlaceNouns, &errs),
		placeNames:  foldedForms(vf.PlaceNames),
		otherItems:  phraseSet(vf.OtherItems),
		lookItems:   phraseSet(vf.LookItems),
		components:  phraseSet(vf.Components),
	}
	lx.negatorWords = phraseWords(lx.negators)
	lx.scopeData = compileScope(vf.scopeFile, &errs)
	lx.lightData = compileLight(vf.lightFile)
	lx.ruleWordsData = compileRuleWords(vf.ruleWordsFile)
	lx.allergyData = compileAllergy(vf.allergyFile)
	lx.ownCrystalData = compileOwnCrystal(vf.ownCrystalFile)
	lx.senseData = compileSense(vf.senseFile)
	lx.stoneFamilyData = compileStoneFamily(vf.stoneFamilyFile)
	lx.treatmentData = compileTreatment(vf.treatmentFile)
	lx.mat53Data = compileMat53(vf.mat53File)
	lx.materialModalData = compileMaterialModal(vf.materialModalFile)
	lx.contrastData = compileContrast(vf.contrastFile)
	lx.rankData = compileRank(vf.rankFile)
	lx.valueData = compileValue(vf.valueFile)
	lx.kindRankData = compileKindRank(vf.kindRankFile)
	lx.stoneFamilyData.marks = confusionMarks(lx.relation.ends, lx.looksLike)
	lx.mineralData = compileMineral(vf.mineralFile)
	lx.karatScaleData = compileKaratScale(vf.karatScaleFile)
	lx.shapeData = compileShape(vf.shapeFile)
	lx.attachData = attachData{piecePronouns: compileWordList(vf.PiecePronouns)}
	for w, ps := range lx.clothing.each() {
		for _, p := range ps {
			if len(p) == 1 && utf8.RuneCountInString(w) >= 5 {
				lx.clothingTails = append(lx.clothingTails, w)
			}
		}
	}
	// "*hemd": a short clothing word that is also a compound's tail
	// ("Leinenhemd"), named explicitly where the length rule is too strict.
	for _, c := range vf.Clothing {
		if strings.HasPrefix(c, "*") {
			for _, e := range expand(c[1:]) {
				lx.clothingTails = append(lx.clothingTails, foldString(e))
			}
		}
	}
	sort.Strings(lx.clothingTails)
	switch vf.ModifierOrder {
	case "", "before":
	case "after":
		lx.adjAfter = true
	default:
		return nil, fmt.Errorf("modifier_order %q: want before or after", vf.ModifierOrder)
	}
	if vf.CountWindow > 0 {
		lx.countWindow = vf.CountWindow
	}
	for _, s := range vf.NegationSuffixes {
		for _, e := range expand(s) { // "frei{,e,en}": nickelfreie, nickelfreien
			lx.negSuff = append(lx.negSuff, foldString(e))
		}
	}
	for _, t := range vf.Terms {
		k, ok := kindNames[t.Kind]
		if !ok {
			return nil, fmt.Errorf("unknown kind %q", t.Kind)
		}
		f := &form{kind: k, value: t.Value, weak: t.Weak, stoneOnly: t.StoneOnly}
		if len(t.Before) > 0 {
			// "#" stands for any numeral ("200 złotych" is a price).
			before := t.Before
			if i := slices.Index(before, "#"); i >= 0 {
				f.beforeNumber = true
				before = slices.Delete(slices.Clone(before), i, i+1)
			}
			f.before = wordSet(before, &errs)
		}
		if len(t.After) > 0 {
			f.after = wordSet(t.After, &errs)
		}
		if len(t.NotBefore) > 0 {
			f.notBefore = wordSet(t.NotBefore, &errs)
		}
		if len(t.NotAfter) > 0 {
			f.notAfter = wordSet(t.NotAfter, &errs)
		}
		f.partSenses = t.PartSenses
		f.address = t.Address
		f.adjective = t.Adjective
		for _, e := range t.BeforeEndings {
			f.beforeEndings = append(f.beforeEndings, foldString(e))
		}
		stressSeen := false
		for _, raw := range t.Forms {
			for _, s := range expand(raw) {
				switch {
				case strings.HasSuffix(s, "*"):
					lx.prefixes = append(lx.prefixes, stem{foldString(strings.TrimSuffix(s, "*")), f})
				case strings.HasPrefix(s, "*"):
					lx.suffixes = append(lx.suffixes, stem{foldString(strings.TrimPrefix(s, "*")), f})
				default:
					toks := tokenStrings(s)
					if len(toks) == 0 {
						return nil, fmt.Errorf("empty form in %q", t.Value)
					}
					if len(toks) == 1 {
						if st := stressAt(s); !stressSeen {
							f.stress, stressSeen = st, true
						} else if f.stress != st {
							f.stress = -1
						}
					}
					if k == kindColour && len(toks) == 1 && !t.Weak && f.before == nil && f.after == nil {
						if lx.colourAdj == nil {
							lx.colourAdj = map[string]bool{}
						}
						lx.colourAdj[toks[0]] = true
					}
					if k == kindNumber && len(toks) == 1 && f.before == nil && f.after == nil && t.Value != "" && t.Value != "0" && t.Value != "1" {
						if lx.countAdj == nil {
							lx.countAdj = map[string]bool{}
						}
						lx.countAdj[toks[0]] = true
					}
					lx.addPhrase(toks, f)
					for _, bare := range possessiveHeads(toks, vf.CompoundPossessives) {
						lx.addPhrase(bare, f)
					}
					// #13 (compound15): a hyphenated form ("paraiba-turmalin",
					// "mokume-gane") is also written closed, as one word, in the
					// compounding languages (nb "paraíbaturmalin", de
					// "Paraibaturmalin", nl "paraibatoermalijn"; accents fold as
					// ever): the closed form means the same thing.
					if closed := closedCompound(s); closed != "" {
						lx.addPhrase([]string{closed}, f)
					}
				}
			}
		}
	}
	if err := lx.compileNumbers(vf.Numbers); err != nil {
		return nil, err
	}
	lx.solid = markedPhraseSet(vf.Solid)
	lx.substanceLinks = phraseSet(vf.SubstanceLinks)
	lx.mountLinks = phraseSet(vf.MountLinks)
	lx.beadWords, lx.beadHeads = compileBeadWords(vf.BeadWords)
	lx.beadBack, _ = compileBeadWords(vf.BeadBack)
	lx.beadNouns, lx.beadStarts = phraseSet(vf.BeadNouns), startPhraseSet(vf.BeadNouns)
	lx.shapeNouns, lx.shapeStarts = phraseSet(vf.ShapeNouns), startPhraseSet(vf.ShapeNouns)
	lx.platingWords = phraseSet(vf.PlatingWords)
	lx.toneWords = phraseSet(vf.ToneWords)
	lx.each = phraseSet(vf.EachWords)
	lx.eachBefore = phraseSet(vf.EachBeforeWords)
	lx.eachSubject = phraseSet(vf.EachSubjectWords)
	fw, fp := splitPrefixWords(vf.FinenessWords)
	lx.finenessWords, lx.finenessStarts, lx.finenessPrefixes = phraseSet(fw), startPhraseSet(fw), fp
	hw, hp := splitPrefixWords(vf.HallmarkWords)
	lx.hallmarkWords, lx.hallmarkStarts, lx.hallmarkPrefixes = phraseSet(hw), startPhraseSet(hw), hp
	measure, err := compileMeasureUnits(vf.MeasureUnits)
	if err != nil {
		return nil, err
	}
	lx.measure = measure
	lx.dimensionBy = vf.DimensionBy
	lx.metalNouns = foldedForms(vf.MetalNouns)
	lx.resultNouns = phraseSet(vf.ResultNouns)
	lx.restWords = phraseSet(vf.RestWords)
	lx.cleftVerbs = phraseSet(vf.CleftVerbs)
	if lx.mw, err = compileMeasureWords(vf.measureWordsFile); err != nil {
		return nil, err
	}
	lx.unitFirst = unitFirstRunes(vf.MeasureUnits)
	for _, cw := range vf.Counters {
		for _, r := range cw {
			if lx.counters == nil {
				lx.counters = map[rune]bool{}
			}
			lx.counters[foldRune(r)] = true
		}
	}
	lx.pieceCounters = foldedList(vf.PieceCounters)
	lx.countParts = phraseSet(vf.CountParts)
	lx.partNotBefore = wordSet(vf.CountPartsNotBefore, &errs)
	lx.formationEvents = make(map[string][]string, len(vf.FormationEvents))
	for ev, ws := range vf.FormationEvents {
		lx.formationEvents[ev] = foldedList(ws)
	}
	lx.hang = phraseSet(vf.HangWords)
	lx.hangAfter = phraseSet(vf.HangWordsAfter)
	lx.hangParticles = phraseSet(vf.HangParticles)
	lx.oneByOne = foldedList(vf.OneByOne)
	lx.oneEach = foldedList(vf.OneEach)
	lx.everyOne = foldedList(vf.EveryOne)
	lx.alike = phraseSet(vf.Alike)
	lx.alikeNeg = phraseSet(vf.AlikeNegators)
	lx.root, lx.build = freeze(lx.build), nil
	if err := lx.compileInflection(vf.Endings, vf.Prefixes, vf.Stemmer, vf.StemEndings, vf.StemProbes); err != nil {
		return nil, err
	}
	lx.compileSoftened(vf.SoftenedFinals)
	lx.stoneEndings = foldedList(vf.StoneEndings)
	lx.stoneTails = foldedList(vf.StoneCompoundTails)
	sort.SliceStable(lx.stoneTails, func(i, j int) bool { return len(lx.stoneTails[i]) > len(lx.stoneTails[j]) })
	sort.SliceStable(lx.stoneEndings, func(i, j int) bool { return len(lx.stoneEndings[i]) > len(lx.stoneEndings[j]) })
	lx.dualEndings = foldedPairs(vf.DualEndings)
	if len(errs) > 0 {
		return nil, errors.New(strings.Join(errs, "; "))
	}
	byLen := func(s []stem) {
		sort.SliceStable(s, func(i, j int) bool { return len(s[i].s) > len(s[j].s) })
	}
	byLen(lx.prefixes)
	byLen(lx.suffixes)
	lx.metalHeads = metalHeads(lx.root)
	lx.homographHeads = homographHeadsOf(lx.root)
	return lx, nil
}

// metalHeads indexes the one-word, unguarded material forms of a gold or
// silver value (canon solid_metals) by their first two bytes, longest
// first within each.
func metalHeads(root node) map[[2]byte][]stem {
	solid := canonical().SolidMetals
	var out map[[2]byte][]stem
	for w, n := range root.children() {
		if len(w) < 2 {
			continue
		}
		for _, f := range n.forms() {
			if f.before != nil || f.after != nil || f.weak {
				continue
			}
			// A stone word of four bytes or more glued to a category word
			// names both too ("safiiririipus", "Saphiranhänger",
			// "rubinring", "saffierhanger", 진주목걸이), issue #13 ctx9.
			if !(f.kind == kindMaterial && solid[f.value] != "" || f.kind == kindStone && len(w) >= 4) {
				continue
			}
			if out == nil {
				out = map[[2]byte][]stem{}
			}
			k := [2]byte{w[0], w[1]}
			out[k] = append(out[k], stem{w, f})
			break
		}
	}
	for _, list := range out {
		sort.Slice(list, func(i, j int) bool {
			if len(list[i].s) != len(list[j].s) {
				return len(list[i].s) > len(list[j].s)
			}
			return list[i].s < list[j].s
		})
	}
	return out
}

// addPhrase adds a form under its token sequence to the phrase trie.
func (lx *lexicon) addPhrase(toks []string, f *form) {
	n := lx.build
	if len(toks) > 0 {
		w, b := utext.WordBit(toks[0])
		lx.firsts[w] |= b
	}
	for _, tk := range toks {
		n = n.childOrNew(tk)
	}
	n.forms = append(n.forms, f)
}

// startsPhrase reports whether w may be a word of the trie's root: false
// only where root.next has no w.
func (lx *lexicon) startsPhrase(w string) bool {
	k, b := utext.WordBit(w)
	return lx.firsts[k]&b != 0
}

// tokenWordPos is a token's wpos for its folded word w.
func tokenWordPos(w string) uint32 { return 1 + uint32(utext.WordPos(w)) }

// wordPosOf is utext.WordPos(w).
func wordPosOf(w string) uint16 { return utext.WordPos(w) }

// wordPos is utext.WordPos(t.s), kept with the token where tokenize set it.
func (t *token) wordPos() uint16 {
	if t.wpos != 0 {
		return uint16(t.wpos - 1)
	}
	return utext.WordPos(t.s)
}

// startsPhraseAt is startsPhrase(t.s), from the word's bit kept with the
// token where tokenize set it.
func (lx *lexicon) startsPhraseAt(t *token) bool {
	p := t.wordPos()
	return lx.firsts[p>>6]&(1<<(p&63)) != 0
}

// phrases are word sequences indexed by their last word, so asking "does a
// phrase end at this token" is one lookup in the lexicon's index, by the
// token's id where its lexicon stamped it (at; phrase_ids.go, #17
// perf63), or one map access while the set is built.
//
// A set is read through its methods (at, get, each, size, made): a
// lexicon's sets hold their phrases in its index once it is compiled, and
// their maps are dropped (#17, perf68: the maps, each phrase's own slice
// and its words' strings were ~3.4 MiB of the 25 locales' ~17.5 MiB of
// lexicons).
type phrases struct {
	// m is the phrases by last word while the set is built, nil once
	// its lexicon's index holds them (ix).
	m map[string][][]string
	// ix and no: see phraseIndex (phrase_ids.go); nil until the lexicon
	// holding the set indexes it, and then ps.m is nil.
	ix *phraseIndex
	no uint32
}

// get is the phrases ending in word w (ps.m[w] of the set as built).
func (ps phrases) get(w string) [][]string {
	if ps.ix != nil {
		return ps.ix.list(ps.no, ps.ix.number(w, wordPosOf(w)))
	}
	return ps.m[w]
}

// size is how many words the set's phrases end in (len(ps.m) of the set
// as built).
func (ps phrases) size() int {
	if ps.ix != nil {
		return int(ps.ix.setOff[ps.no+1] - ps.ix.setOff[ps.no])
	}
	return len(ps.m)
}

// made reports whether the set was built (phraseSet), though empty: the
// zero phrases is no set (ps.m != nil of the set as built).
func (ps phrases) made() bool { return ps.ix != nil || ps.m != nil }

// each yields every word the set's phrases end in with those phrases
// (range ps.m of the set as built); an indexed set in its index's word
// order.
func (ps phrases) each() iter.Seq2[string, [][]string] {
	return func(yield func(string, [][]string) bool) {
		if ix := ps.ix; ix != nil {
			for _, i := range ix.setWord[ix.setOff[ps.no]:ix.setOff[ps.no+1]] {
				if !yield(ix.words[i-1], ix.list(ps.no, uint32(i))) {
					return
				}
			}
			return
		}
		for w, list := range ps.m {
			if !yield(w, list) {
				return
			}
		}
	}
}

func phraseSet(list []string) phrases {
	ps := phrases{m: map[string][][]string{}}
	for _, n := range list {
		for _, e := range expand(n) {
			if toks := tokenStrings(e); len(toks) > 0 {
				last := toks[len(toks)-1]
				ps.m[last] = append(ps.m[last], toks)
			}
		}
	}
	return ps
}

// startPhrases are word sequences indexed by their first word: words said
// after what they mark (an honorific after a name, a verb after its
// object).
type startPhrases map[string][][]string

func startPhraseSet(list []string) startPhrases {
	ps := startPhrases{}
	for _, n := range list {
		for _, e := range expand(n) {
			if toks := tokenStrings(e); len(toks) > 0 {
				ps[toks[0]] = append(ps[toks[0]], toks)
			}
		}
	}
	return ps
}

// at yields each phrase that starts at token s and ends, whole, within
// toks, with the index of its last token.
func (ps startPhrases) at(toks []token, s int) iter.Seq2[[]string, int] {
	return func(yield func([]string, int) bool) {
		for _, p := range ps[toks[s].s] {
			if e := s + len(p) - 1; e < len(toks) && endsWith(toks, e, p) && !yield(p, e) {
				return
			}
		}
	}
}

// endsAt reports whether one of the phrases ends at token k (and lies in
// one clause).
func (ps phrases) endsAt(toks []token, k int) bool {
	for _, p := range ps.at(&toks[k]) {
		if k+1 >= len(p) && endsWith(toks, k, p) {
			return true
		}
	}
	return false
}

// startsAt reports whether one of the phrases starts at token k in its
// clause.
func (ps phrases) startsAt(toks []token, k int) bool {
	if k >= len(toks) || toks[k].brk {
		return false
	}
	for _, list := range ps.each() {
		for _, p := range list {
			if e := k + len(p) - 1; e < len(toks) && p[0] == toks[k].s && endsWith(toks, e, p) {
				return true
			}
		}
	}
	return false
}

// opensAt is startsAt for a phrase that may open a clause: token k may
// follow clause punctuation.
func (ps phrases) opensAt(toks []token, k int) bool {
	if k >= len(toks) {
		return false
	}
	for _, list := range ps.each() {
		for _, p := range list {
			if e := k + len(p) - 1; e < len(toks) && p[0] == toks[k].s && endsWith(toks, e, p) {
				return true
			}
		}
	}
	return false
}

// startOf is the first token of the longest phrase ending at token k, or
// -1 when none does.
func (ps phrases) startOf(toks []token, k int) int {
	best := -1
	for _, p := range ps.at(&toks[k]) {
		if k+1 >= len(p) && endsWith(toks, k, p) && (best < 0 || k-len(p)+1 < best) {
			best = k - len(p) + 1
		}
	}
	return best
}

// spans reports whether one of the phrases is exactly tokens s..e.
func (ps phrases) spans(toks []token, s, e int) bool {
	for _, p := range ps.at(&toks[e]) {
		if len(p) == e-s+1 && endsWith(toks, e, p) {
			return true
		}
	}
	return false
}

// hasWord reports whether w is one of the phrases as a single word.
func (ps phrases) hasWord(w string) bool {
	for _, p := range ps.get(w) {
		if len(p) == 1 {
			return true
		}
	}
	return false
}

// hasWordAt is hasWord(t.s), by t's word id where it has one (phrases.at).
func (ps phrases) hasWordAt(t *token) bool {
	for _, p := range ps.at(t) {
		if len(p) == 1 {
			return true
		}
	}
	return false
}

// wordSet compiles a list of single words. A list entry that is really a
// phrase ("portez-le") could never equal one token, so it is refused rather
// than silently ignored.
func wordSet(words []string, errs *[]string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		for _, e := range expand(w) {
			toks := tokenStrings(e)
			if len(toks) != 1 {
				*errs = append(*errs, fmt.Sprintf("%q is not one word", e))
				continue
			}
			m[toks[0]] = true
		}
	}
	return m
}

// closedCompound is a hyphenated form of two or more words written as one
// word ("paraiba-turmalin" -> "paraibaturmalin"), folded, or "" when s has
// no hyphen between letters or anything but letters and hyphens.
func closedCompound(s string) string {
	if !strings.Contains(s, "-") {
		return ""
	}
	parts := strings.Split(s, "-")
	for _, p := range parts {
		if p == "" {
			return ""
		}
		for _, r := range p {
			if !unicode.IsLetter(r) {
				return ""
			}
		}
	}
	return foldString(strings.Join(parts, ""))
}

// expand turns "doré{,e,s,es}" into doré, dorée, dorés, dorées, so that the
// vocabulary files can spell inflections compactly. Groups may repeat and nest.
func expand(s string) []string {
	i := strings.IndexByte(s, '{')
	if i < 0 {
		return []string{s}
	}
	depth, j := 0, -1
	var alts []string
	last := i + 1
	for k := i; k < len(s) && j < 0; k++ {
		switch s[k] {
		case '{':
			depth++
		case '}':
			depth--
			if depth == 0 {
				alts = append(alts, s[last:k])
				j = k
			}
		case ',':
			if depth == 1 {
				alts = append(alts, s[last:k])
				last = k + 1
			}
		}
	}
	if j < 0 {
		return []string{s}
	}
	var out []string
	for _, alt := range alts {
		out = append(out, expand(s[:i]+alt+s[j+1:])...)
	}
	return out
}

// foldTable maps a rune to its lower-case, accent-free form so that "Plaqué",
// "plaque" and "PLAQUÉ" meet, and Greek "Χρυσό" meets "χρυσο". Latin and
// Greek runes are folded (final sigma to sigma); each rune maps to exactly
// one rune, which keeps rune offsets of the text intact.
var foldTable = func() []rune {
	t := make([]rune, 0x400)
	for r := range t {
		lr := unicode.ToLower(rune(r))
		d := norm.NFD.String(string(lr))
		fr, _ := utf8.DecodeRuneInString(d)
		if r == 'ß' {
			fr = 'ß'
		}
		if fr == 'ς' {
			fr = 'σ'
		}
		if r == 'ı' {
			// Turkish dotless ı: capitals write it I, which lower-cases
			// as i ("KATIKSIZ ALTIN", katıksız altın); both are i, as
			// ş, ğ and ç are s, g and c (text.FoldRune, #13 open43).
			fr = 'i'
		}
		t[r] = fr
	}
	return t
}()

// foldRune folds one rune: the table above, full-width ASCII forms
// ("ＧＯＬＤ", "１８Ｋ") and Arabic-Indic digits to ASCII, everything else
// lower-cased.
func foldRune(r rune) rune {
	if r >= 0 && int(r) < len(foldTable) {
		return foldTable[r]
	}
	if r >= 0xFF01 && r <= 0xFF5E {
		return foldRune(r - 0xFF01 + 0x21)
	}
	if r >= 0x0660 && r <= 0x0669 { // Arabic-Indic digits
		return r - 0x0660 + '0'
	}
	if r >= 0x06F0 && r <= 0x06F9 { // Eastern Arabic-Indic digits
		return r - 0x06F0 + '0'
	}
	return utext.FoldRune(r) // Latin Extended Additional, Greek: one platform
}

func foldString(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		b.WriteRune(foldRune(r))
	}
	return b.String()
}

// foldsTo reports whether foldString(s) == folded, without making it
// (collections asks it of every guide collection on every check).
func foldsTo(s, folded string) bool {
	var buf [utf8.UTFMax]byte
	j := 0
	for _, r := range s {
		n := utf8.EncodeRune(buf[:], foldRune(r))
		if len(folded)-j < n || folded[j:j+n] != string(buf[:n]) {
			return false
		}
		j += n
	}
	return j == len(folded)
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// asciiTokenStrings is tokenStrings of an ASCII phrase, the most of a
// vocabulary's (compiling a language's vocabulary tokenises thousands):
// tokenize folds an ASCII letter to lower case and splits at every
// character but a letter or a digit, and nothing else of it (scripts read
// a character a token, Hangul, Arabic marks, look-alike letters) applies.
// ok is false for any other phrase.
func asciiTokenStrings(s string) (out []string, ok bool) {
	upper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return nil, false
		}
		upper = upper || 'A' <= c && c <= 'Z'
	}
	if upper {
		s = strings.ToLower(s)
	}
	out = []string{}
	for i := 0; i < len(s); {
		for i < len(s) && !isASCIIWordByte(s[i]) {
			i++
		}
		j := i
		for j < len(s) && isASCIIWordByte(s[j]) {
			j++
		}
		if j > i {
			out = append(out, s[i:j])
		}
		i = j
	}
	return out, true
}

// isASCIIWordByte is isWordRune of an ASCII letter or digit, in lower case.
func isASCIIWordByte(c byte) bool { return 'a' <= c && c <= 'z' || '0' <= c && c <= '9' }

// tokenStrings splits a vocabulary phrase into folded tokens the way text
// is split.
func tokenStrings(s string) []string {
	if out, ok := asciiTokenStrings(s); ok {
		return out
	}
	toks := tokenize(s, nil)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.s
	}
	return out
}

// markedPhrases are phrases whose one-word entries also keep the marks
// their spelling writes (token.marks): a word of the text that writes
// marks, where the entry writes other marks, is another word, though both
// fold to one spelling. Czech "právě" (just, a focus adverb) folds as
// "pravé" (genuine, a word of the solid list): "Právě měď dává růžovému
// zlatu jeho tón" calls no copper solid. A word written without marks
// ("prave", typed on an English keyboard) still matches, and so does an
// entry written without them (#13, czmarks; brass41's left wrong-depth
// fix).
type markedPhrases struct {
	phrases
	// marks maps a folded one-word entry to the marks of its spellings.
	marks map[string][]uint32
	// strict refuses a token that writes marks where an entry writes
	// none (strictMarkedPhraseSet).
	strict bool
}

// strictMarkedPhraseSet is markedPhraseSet whose one-word entries written
// without marks also refuse a word that writes them: a closed class of
// short function words, each listed with the marks it is spelt with, whose
// marked twins are other words. Spanish and Portuguese "está" (is) folds
// to the demonstrative "esta" (this), and "El oro blanco, en su mayoría,
// está rodiado" named the piece (#13, misc57; RAE, Ortografía 2010
// §3.4.3.3 on the diacritic accent).
func strictMarkedPhraseSet(list []string) markedPhrases {
	mp := markedPhraseSet(list)
	mp.strict = true
	return mp
}

func markedPhraseSet(list []string) markedPhrases {
	mp := markedPhrases{phrases: phraseSet(list)}
	for _, n := range list {
		for _, e := range expand(n) {
			if toks := tokenStrings(e); len(toks) == 1 {
				if m := marksOf(strings.TrimSpace(e)); m != 0 {
					if mp.marks == nil {
						mp.marks = map[string][]uint32{}
					}
					if !slices.Contains(mp.marks[toks[0]], m) {
						mp.marks[toks[0]] = append(mp.marks[toks[0]], m)
					}
				}
			}
		}
	}
	return mp
}

// otherWord reports whether token t writes marks no spelling of its
// one-word entry writes.
func (mp markedPhrases) otherWord(t *token) bool {
	if t.marks == 0 {
		return false
	}
	ms := mp.marks[t.s]
	return (len(ms) > 0 || mp.strict && len(mp.phrases.at(t)) > 0) && !slices.Contains(ms, t.marks)
}

// endsAt is phrases.endsAt, refusing a one-word match whose token writes
// other marks than the entry.
func (mp markedPhrases) endsAt(toks []token, k int) bool {
	for _, p := range mp.phrases.at(&toks[k]) {
		if k+1 >= len(p) && endsWith(toks, k, p) && (len(p) > 1 || !mp.otherWord(&toks[k])) {
			return true
		}
	}
	return false
}

// hasTok is phrases.hasWord for token t, refusing other marks.
func (mp markedPhrases) hasTok(t *token) bool {
	return mp.hasWord(t.s) && !mp.otherWord(t)
}

// phraseWords is the set of every word of ps's phrases.
func phraseWords(ps phrases) map[string]bool {
	words := map[string]bool{}
	for _, list := range ps.each() {
		for _, p := range list {
			for _, w := range p {
				words[w] = true
			}
		}
	}
	return words
}
