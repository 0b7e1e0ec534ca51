package checks

import (
	"bytes"
	"fmt"
	"strings"
	"sync"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
	"github.com/copydesk/copydesk/internal/text/segment"
	"gopkg.in/yaml.v3"
)

// superlativeFile is data/<lang>/superlatives.yaml: the unsubstantiated
// superlatives a guide forbids in the language (DESIGN.md section 4,
// claim: "the best", "the finest", "unbeatable", "unrivalled", "second to
// none", "number one", "best ever", "the most beautiful in the world"),
// after the UK CAP Code rule 3.7 and 3.33 and Directive 2005/29/EC art. 6
// (an objective claim needs evidence held before it is made; a claim of
// being the best needs proof against every rival) and the FTC's
// substantiation doctrine (16 CFR 23 holds no exception for them).
type superlativeFile struct {
	// Phrases are matched as whole words, folded as the copy is, never
	// stemmed: write each inflection ("le meilleur", "la meilleure").
	Phrases []string `yaml:"phrases"`
	// NotBefore are words that, right after a phrase, make an idiom that
	// claims nothing ("the best friend", "die beste Freundin", "de beste
	// wensen").
	NotBefore []string `yaml:"not_before"`
	// Idioms are phrases that hold a superlative's words in another sense
	// ("parasta ennen", best before; "من الأفضل", it is better to): a
	// match lying wholly inside one, in its sentence, is no superlative.
	Idioms []string `yaml:"idioms"`
	// Manner are idioms of manner or sense that hold a superlative's
	// words ("in the best way", "in the best sense", "på den beste
	// måten", "auf die beste Art", "dans le meilleur sens du terme"): a
	// match wholly inside one is no superlative when a word of Modest (an
	// adjective of plainness: simple, understated, classic; enkel,
	// schlicht, sobre) stands right before it, a comma allowed between
	// ("enkelt på den beste måten": plain, pleasantly so; #13, sense44,
	// released 44A nb-NO 44A102). The idiom praises the plainness it
	// follows and ranks nothing; after any other word ("made in the best
	// way", "laget på den beste måten") it grades the piece and blocks.
	Manner []string `yaml:"manner"`
	Modest []string `yaml:"modest"`
	// Graded are superlatives of beauty or refinement that grade a piece
	// only when one is named right after them: a category word of the
	// locale's vocabulary or one of Pieces within the next two words of
	// the sentence, or the collection the piece belongs to ("die
	// schönsten Ringe", "de mooiste ring", "en güzel yüzüğü", 最精美的戒指,
	// "i più belli della collezione"; #13, superlab35). Before another
	// noun they grade a moment or a look, not the product ("für die
	// schönsten Momente", "en güzel anlarınız", 最美的时刻), and stay out.
	Graded []string `yaml:"graded"`
	// GradedAfter are the same superlatives where the adjective follows
	// its noun: a phrase right after a piece's noun ("l'anello più
	// bello", "la bague la plus belle", "el anillo más bonito").
	GradedAfter []string `yaml:"graded_after"`
	// Pieces are the general nouns of a piece of jewellery the
	// vocabulary's categories do not hold ("piece", "Schmuckstücke",
	// "bijoux", "gioielli", "sieraden", ジュエリー, 首饰), and inflections
	// of the category words it does not read ("yüzüğü").
	Pieces []string `yaml:"pieces"`
	// Provenance words make a superlative alone, or before one stone
	// word, the subject of where the material comes from ("The finest
	// comes from the cliffs around Whitby"): a trade fact about the
	// material in general, not a grade of the product (#13, released 29;
	// materialProvenance). Verbs follow at once; an auxiliary takes one
	// of the participles after it ("is found", "se trouve", "on peräisin").
	//
	// Nouns are the material's specimens in general (specimens, stones,
	// crystals, exemplares, eksemplarer, okazy, 標本), which may head the
	// superlative as the stone word does ("the finest specimens come from
	// Bahia", "de fineste sten findes i Utah"), Of the words joining them
	// to the stone named after ("the finest specimens of rutilated quartz"),
	// NotAfter the possessives and demonstratives that, right before a
	// superlative of a language without an article ("nasze najlepsze",
	// 当店の), make it a grade of the brand's own stones (#13,
	// provenance32). A verb-final language (Japanese, Korean) lists its
	// predicates of origin in Final (産, 採れ, 산출됩니다), found anywhere
	// later in the sentence, after one of the Topic particles (は, が)
	// where the language writes them apart.
	Provenance struct {
		Verbs       []string `yaml:"verbs"`
		Aux         []string `yaml:"aux"`
		Participles []string `yaml:"participles"`
		Nouns       []string `yaml:"nouns"`
		Of          []string `yaml:"of"`
		NotAfter    []string `yaml:"not_after"`
		Final       []string `yaml:"final"`
		Topic       []string `yaml:"topic"`
		// Own are the brand's possessives and pronouns (our, notre,
		// unsere) that, in the few words after the verb, make the source
		// the brand's own ("the finest pieces come from our workshop"):
		// a grade of the range, not where a material is found (#13,
		// materialsuperlative34).
		Own []string `yaml:"own"`
	} `yaml:"provenance"`
	// General are superlatives of the material in general or of a
	// method, no grade of the piece (#13, claims48): a phrase right
	// before one of Method ("the best way to clean silver", "la meilleure
	// façon d'entretenir l'argent", "Paras tapa puhdistaa hopea"), or
	// before one or two stone words and one of Verbs ("The best
	// tsavorites are a pure green", "Die besten Tsavorite zeigen ein
	// reines Grün", 最好的沙弗莱石呈纯正的绿色: a trade grade of the stone),
	// in a sentence that holds no piece word (pieceWord), no word of
	// NotWith (our, we, this: the brand's own or this piece) and no
	// collection word, and not inside a Manner idiom ("made in the best
	// way" still grades the making).
	General struct {
		Method  []string `yaml:"method"`
		Verbs   []string `yaml:"verbs"`
		NotWith []string `yaml:"not_with"`
	} `yaml:"general"`
}

// superlativeSet is a language's superlatives compiled: the phrases and
// idioms split into words as the copy is read there (by the dictionary
// segmentation in Japanese and Chinese).
type superlativeSet struct {
	phrases                 *phraseMatcher
	idioms                  *phraseMatcher
	manner                  *phraseMatcher
	modest                  wordSet
	notBefore               wordSet
	verbs, aux, participles wordSet
	nouns, of, notAfter     wordSet
	final, topic, own       wordSet
	graded, gradedAfter     *phraseMatcher
	pieces                  wordSet
	method, gradeVerbs      wordSet
	notWith                 wordSet
}

var superlativeSets sync.Map // language -> *superlativeSet, nil where it has no file

// superlativesFor returns lang's superlatives, compiled on the language's
// first use, nil where data/<lang>/superlatives.yaml is absent. It panics
// on a file that does not parse: the data is embedded, and
// TestSuperlativeDataCompiles loads every language's.
func superlativesFor(lang string) *superlativeSet {
	if v, ok := superlativeSets.Load(lang); ok {
		return v.(*superlativeSet)
	}
	s, err := loadSuperlatives(lang)
	if err != nil {
		panic(err)
	}
	v, _ := superlativeSets.LoadOrStore(lang, s)
	return v.(*superlativeSet)
}

// loadSuperlatives reads and compiles data/<lang>/superlatives.yaml (nil,
// nil where it is absent); unknown fields are an error.
func loadSuperlatives(lang string) (*superlativeSet, error) {
	name := "data/" + lang + "/superlatives.yaml"
	data, err := readData(name)
	if err != nil {
		return nil, nil
	}
	var f superlativeFile
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("checks: %s: %w", name, err)
	}
	seg := segment.For(lang)
	s := &superlativeSet{phrases: newPhraseMatcher(), idioms: newPhraseMatcher(),
		manner: newPhraseMatcher(), modest: newWordSet(f.Modest),
		notBefore: newWordSet(f.NotBefore), verbs: newWordSet(f.Provenance.Verbs),
		aux: newWordSet(f.Provenance.Aux), participles: newWordSet(f.Provenance.Participles),
		nouns: newWordSet(f.Provenance.Nouns), of: newWordSet(f.Provenance.Of),
		notAfter: newWordSet(f.Provenance.NotAfter), final: newWordSet(f.Provenance.Final),
		topic: newWordSet(f.Provenance.Topic), own: newWordSet(f.Provenance.Own),
		graded: newPhraseMatcher(), gradedAfter: newPhraseMatcher(), pieces: newWordSet(f.Pieces),
		method: newWordSet(f.General.Method), gradeVerbs: newWordSet(f.General.Verbs), notWith: newWordSet(f.General.NotWith)}
	for i, p := range f.Phrases {
		w := splitWordsSeg(p, seg)
		if len(w) == 0 {
			return nil, fmt.Errorf("checks: %s: phrase %q has no words", name, p)
		}
		s.phrases.addWords(w, i)
	}
	for i, p := range f.Idioms {
		s.idioms.addWords(splitWordsSeg(p, seg), i)
	}
	for i, p := range f.Manner {
		s.manner.addWords(splitWordsSeg(p, seg), i)
	}
	for _, g := range []struct {
		m     *phraseMatcher
		list  []string
		field string
	}{{s.graded, f.Graded, "graded"}, {s.gradedAfter, f.GradedAfter, "graded_after"}} {
		for i, p := range g.list {
			w := splitWordsSeg(p, seg)
			if len(w) == 0 {
				return nil, fmt.Errorf("checks: %s: %s phrase %q has no words", name, g.field, p)
			}
			g.m.addWords(w, i)
		}
	}
	return s, nil
}

// checkSuperlatives reports the language's superlatives (claim.superlative)
// outside the product's name, an idiom ("the best friend", "beste
// wensen", "parasta ennen") and the material's provenance ("The finest
// comes from Whitby").
func (r *run) checkSuperlatives() {
	sup := superlativesFor(r.lang)
	if sup == nil {
		return
	}
	if segment.Uses(r.lang) {
		defer r.useWords()()
	}
	var idioms, manners [][2]int
	sup.idioms.each(r.d, func(s, e, _ int) { idioms = append(idioms, [2]int{s, e}) })
	sup.manner.each(r.d, func(s, e, _ int) {
		manners = append(manners, [2]int{s, e})
		if s > 0 && r.d.toks[s-1].sent == r.d.toks[s].sent && sup.modest.has(r.d.word(s-1)) &&
			!strings.ContainsAny(r.d.text[r.d.toks[s-1].be:r.d.toks[s].bs], ";:()–—") {
			idioms = append(idioms, [2]int{s, e})
		}
	})
	var found [][2]int
	report := func(s, e int, graded bool) {
		if r.isMasked(s) || e < len(r.d.toks) && sup.notBefore.has(r.d.word(e)) {
			return
		}
		for _, id := range idioms {
			if id[0] <= s && e <= id[1] {
				return
			}
		}
		// A graded phrase inside or around one already reported ("der
		// schönste Ring") is the same claim.
		for _, f := range found {
			if graded && (f[0] <= s && e <= f[1] || s <= f[0] && f[1] <= e) {
				return
			}
		}
		if r.materialProvenance(sup, s, e) || r.generalSuperlative(sup, s, e, manners) {
			return
		}
		found = append(found, [2]int{s, e})
		orig := r.d.orig(s, e)
		r.addTokens("claim.superlative", CatClaim, core.SeverityBlock, fmt.Sprintf("%q is a superlative the guide forbids: it cannot be substantiated", orig), s, e)
	}
	sup.phrases.each(r.d, func(s, e, _ int) { report(s, e, false) })
	sup.graded.each(r.d, func(s, e, _ int) {
		if r.pieceAfter(sup, e) {
			report(s, e, true)
		}
	})
	sup.gradedAfter.each(r.d, func(s, e, _ int) {
		if s > 0 && r.d.toks[s-1].sent == r.d.toks[s].sent && !r.clauseBreakBefore(s) && r.pieceWord(sup, s-1) {
			report(s, e, true)
		}
	})
}

// generalSuperlative reports whether the superlative of tokens s..e
// grades a method or the material in general, not the piece (#13,
// claims48; superlativeFile.General): right before a method noun ("the
// best way to clean silver is a soft cloth", "la mejor manera de limpiar
// la plata", "Nejlepší způsob, jak čistit stříbro") or before one or two
// stone words and a verb of description ("The best tsavorites are a pure
// green", "Les meilleures tsavorites sont d'un vert pur"), outside a
// manner idiom, in a sentence with no piece word, no collection word and
// no word of the brand or this piece (general.not_with: "our", "this",
// "notre", "dieser"). "The best way to treat yourself is our curb chain",
// "the best tsavorites are set in this ring", "made in the best way" and
// "It is the best choice" still block.
func (r *run) generalSuperlative(sup *superlativeSet, s, e int, manners [][2]int) bool {
	d := r.d
	n := len(d.toks)
	if e == 0 || e >= n || len(sup.method) == 0 && len(sup.gradeVerbs) == 0 {
		return false
	}
	for _, m := range manners {
		if m[0] <= s && e <= m[1] {
			return false
		}
	}
	sent := d.toks[s].sent
	same := func(i int) bool { return i < n && d.toks[i].sent == sent }
	general := sup.method.has(d.word(e)) && r.methodOfMaterial(sup, s, e)
	if !sup.method.has(d.word(e)) {
		j := e
		stone := func(i int) bool { return len(grounding.StoneValues(r.in.Locale, d.word(i))) > 0 }
		for k := 0; k < 2 && same(j) && stone(j) && !grounding.CategoryWord(r.in.Locale, d.word(j)); k++ {
			j++
		}
		general = j > e && same(j) && sup.gradeVerbs.has(d.word(j))
	}
	if !general {
		return false
	}
	for i := s - 1; i >= 0 && d.toks[i].sent == sent; i-- {
		if w := d.word(i); sup.notWith.has(w) || r.pieceWord(sup, i) || collectionPrefix(w) {
			return false
		}
	}
	for i := e; same(i); i++ {
		if w := d.word(i); sup.notWith.has(w) || r.pieceWord(sup, i) || collectionPrefix(w) {
			return false
		}
	}
	return true
}

// methodOfMaterial reports whether the method noun at token e is a method
// for a material (#13, adv48a): a metal or stone word between it and the
// first verb of description ("The best way to clean silver is", "Die
// beste Methode, Silber zu reinigen, ist", "Paras tapa puhdistaa hopea
// on") or before the superlative of tokens s..e in its sentence
// (清洁银饰最好的方法是). A method of nothing named is the brand's own
// recommendation: "The best way to treat yourself is with sterling
// silver", "Handcrafted using the finest methods", "Made the best way: by
// hand", "Die beste Methode, sich etwas zu gönnen, ist Sterlingsilber"
// still block.
func (r *run) methodOfMaterial(sup *superlativeSet, s, e int) bool {
	d := r.d
	sent := d.toks[s].sent
	named := func(a, b int) bool {
		if a > b {
			return false
		}
		for i := a; i <= b; i++ {
			if len(grounding.StoneValues(r.in.Locale, d.word(i))) > 0 {
				return true
			}
		}
		return len(grounding.MaterialsNamed(r.in.Locale, d.text[d.toks[a].bs:d.toks[b].be])) > 0
	}
	a := s
	for a > 0 && d.toks[a-1].sent == sent {
		a--
	}
	if named(a, s-1) {
		return true
	}
	if segment.Uses(r.lang) {
		// 犒赏自己最好的方法就是纯银: the purpose stands before the
		// superlative; what follows is the answer.
		return false
	}
	b := e + 1
	for b < len(d.toks) && d.toks[b].sent == sent && !sup.gradeVerbs.has(d.word(b)) {
		b++
	}
	return named(e+1, b-1)
}

// pieceWord reports whether token i names a piece: a category word of the
// locale's vocabulary (grounding.CategoryTerm) or one of the language's
// superlatives.yaml pieces.
func (r *run) pieceWord(sup *superlativeSet, i int) bool {
	w := r.d.word(i)
	return sup.pieces.has(w) || grounding.CategoryTerm(r.in.Locale, w)
}

// pieceAfter reports whether a graded superlative ending before token e
// grades a piece: a piece's word (pieceWord) among the next two words of
// its clause, or the word for a collection (collectionPrefix) among the
// next three ("die schönsten der Kollektion", "les plus beaux de la
// collection"; #13, superlab35).
func (r *run) pieceAfter(sup *superlativeSet, e int) bool {
	d := r.d
	for j := e; j < len(d.toks) && j <= e+2; j++ {
		if d.toks[j].sent != d.toks[e-1].sent || r.clauseBreakBefore(j) {
			return false
		}
		if j <= e+1 && r.pieceWord(sup, j) || collectionPrefix(d.word(j)) {
			return true
		}
	}
	return false
}

// materialProvenance reports whether the superlative of tokens s..e is
// the subject of a verb of provenance, alone, before a stone word or
// two, or before a noun of the material's specimens (with "of" and the
// stone after it): "The finest comes from the cliffs around Whitby",
// "Der feinste (Gagat) stammt von den Klippen bei Whitby", "the finest
// specimens of rutilated quartz come from Brazil", "Os melhores
// exemplares vêm da Bahia", "de fineste sten findes i Utah", 最高の結晶は
// バイーア州で採れます (#13, released 29 and 31b, provsuper29 and
// provenance32). The sentence says where the best of the material in
// general comes from, a trade fact, not a grade of this product; "the
// finest jet bracelet you will own", "this is the finest jet", "the
// finest bracelet comes from our workshop", "la plus belle bague vient
// de notre atelier" (a piece, not a stone: the phrase ends in a
// category word), "the best stones we have ever set come from Bahia"
// and "nasze najlepsze kamienie" (the brand's own) still block.
func (r *run) materialProvenance(sup *superlativeSet, s, e int) bool {
	n := len(r.d.toks)
	if e == 0 || e > n || grounding.CategoryWord(r.in.Locale, r.d.word(e-1)) {
		return false
	}
	if s > 0 && r.d.toks[s-1].sent == r.d.toks[s].sent && sup.notAfter.has(r.d.word(s-1)) {
		return false
	}
	sent := r.d.toks[e-1].sent
	same := func(i int) bool { return i < n && r.d.toks[i].sent == sent }
	stone := func(i int) bool { return len(grounding.StoneValues(r.in.Locale, r.d.word(i))) > 0 }
	head := false
	for k := 0; k < 2 && same(e) && stone(e); k++ {
		e++
		head = true
	}
	// a noun of specimens, or two ("the finest gem material", the
	// first naming the grade of the second; #13, rel60)
	nouns := 0
	for ; nouns < 2 && same(e) && sup.nouns.has(r.d.word(e)); nouns++ {
		e++
	}
	if nouns > 0 {
		head = true
		if same(e) && sup.of.has(r.d.word(e)) {
			last := -1
			for j := e + 1; j <= e+3 && same(j); j++ {
				if stone(j) {
					last = j
				}
			}
			if last < 0 {
				return false
			}
			e = last + 1
		}
	}
	// The verb of provenance right before the superlative, the subject
	// after it (a verb-second clause after a fronted adverbial: "i dag
	// kommer de finaste stenarna från Mexiko", "Heute kommen die feinsten
	// Steine aus Mexiko"; #13, rel57): the head must be a stone or a noun
	// of the material's specimens, the source no place of the brand's,
	// and no word of the brand or this piece (general.not_with: "we",
	// "only", "chosen") in the rest of the sentence.
	if len(sup.final) == 0 && head && s > 0 && r.d.toks[s-1].sent == sent && sup.verbs.has(r.d.word(s-1)) {
		for j := e; same(j); j++ {
			if sup.notWith.has(r.d.word(j)) {
				return false
			}
		}
		return !r.provenanceOwn(sup, e-1, same)
	}
	if !same(e) {
		return false
	}
	if len(sup.final) > 0 {
		// A verb-final language: the head, then its topic particle where
		// the language writes one apart, then the predicate of origin.
		if len(sup.topic) > 0 {
			if !sup.topic.has(r.d.word(e)) {
				return false
			}
			e++
		} else if !head {
			return false
		}
		for j := e; same(j); j++ {
			if sup.final.has(r.d.word(j)) {
				return true
			}
		}
		return false
	}
	w := r.d.word(e)
	if !sup.verbs.has(w) {
		// An auxiliary, or a chain of them ("have been"), then a
		// participle: "the finest pieces have come from the Urals".
		if !sup.aux.has(w) {
			return false
		}
		for e++; same(e) && sup.aux.has(r.d.word(e)) && !sup.participles.has(r.d.word(e)); e++ {
		}
		if !same(e) || !sup.participles.has(r.d.word(e)) {
			return false
		}
	}
	return !r.provenanceOwn(sup, e, same)
}

// provenanceOwn reports whether one of the four words after token e, in
// its sentence (same), is the brand's own (superlativeFile.Provenance.Own):
// the source is the brand's ("come from our workshop"), a grade of the
// range.
func (r *run) provenanceOwn(sup *superlativeSet, e int, same func(int) bool) bool {
	for j := e + 1; j <= e+4 && same(j); j++ {
		if sup.own.has(r.d.word(j)) {
			return true
		}
	}
	return false
}
