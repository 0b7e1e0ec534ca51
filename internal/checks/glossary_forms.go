package checks

import (
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"sync"
)

// glossaryFormsFile is data/<lang>/glossary.yaml: the language's words for
// glossary terms a guide names in English, inflections written out
// ({zircon: [zircón, zircones, circón, circones]}).
type glossaryFormsFile struct {
	Terms map[string][]string `yaml:"terms"`
	// RightAfter lists, by term, what makes a form right after it part of
	// another, right word: Chinese 方晶锆石 and 立方锆石 are cubic
	// zirconia, which the segmentation splits before 锆石 (zircon).
	RightAfter map[string][]string `yaml:"right_after"`
	// Competitors are the established names of competitors in a script
	// that does not spell their sounds (Chinese 施华洛世奇 for
	// Swarovski), by Latin name: a guide competitor with the same
	// letters (competitorKey) is found by them in copy of the language.
	Competitors map[string][]string `yaml:"competitors"`
	// OtherSenses are words of the language written like a word another
	// language's data lists (Portuguese "ganga", denim, where Spanish
	// "ganga" is a bargain): a style-guide token of that other language
	// is not matched on them in copy of this one (addExistenceTokens).
	OtherSenses []string `yaml:"other_senses"`
	// CollectionWords are the language's words for a collection, a line,
	// a range or a series, inflected ("serisinden", "sarjasta", 系列): a
	// brand's collection name beside one is used as a name (#13,
	// collection_wrong, glossary_dnt). CollectionPrefixes start such
	// words, so that a name glued to one in any inflection is found
	// ("Signatureserien", "Momentslijn").
	CollectionWords    []string `yaml:"collection_words"`
	CollectionPrefixes []string `yaml:"collection_prefixes"`
	// CollectionNouns are the words for the collection itself (not a
	// line, range or series of things): copy about the product's
	// do-not-translate collection that uses one without the name has
	// translated or dropped it (checkGlossaryDoNotTranslate). The
	// built-in collectionWords hold the alphabetic languages'.
	CollectionNouns []string `yaml:"collection_nouns"`
	// CollectionSame are the language's words for "the same" right
	// before a collection noun, CollectionSameAfter those right after it
	// (Arabic "المجموعة نفسها"): "from the same collection", "uit
	// dezelfde collectie", 同系列 point back to a collection known from
	// elsewhere, the product's own, and translate no collection's name
	// (checkGlossaryDoNotTranslate; #13, samecollection38).
	CollectionSame      []string `yaml:"collection_same"`
	CollectionSameAfter []string `yaml:"collection_same_after"`
	// NameEndings are the case endings the language glues to a foreign
	// name without an apostrophe (Finnish "Cartierin", Polish
	// "Cartierem"): a capitalised word that is a guide competitor's name
	// and one of them names the competitor (checkCompetitorSpelling;
	// #13, competitorglue32).
	NameEndings []string `yaml:"name_endings"`
	// NameStemEndings are the case endings that replace a foreign name's
	// final letter, by that letter: Czech declines a name in -i or -y
	// as the adjective "mladý" ("Swarovski" -> "Swarovského",
	// "Swarovskému"; Internetová jazyková příručka, ÚJČ AV ČR, cizí
	// příjmení na -i, -y) and Czech and Polish a name in -a as a
	// feminine noun ("Pandora" -> "Pandory", "Pandorou"): a capitalised
	// word that is a guide competitor's name less that letter and one of
	// them names the competitor (checkCompetitorSpelling; #13,
	// brandinflect33).
	NameStemEndings map[string][]string `yaml:"name_stem_endings"`
	// PlatingColour holds the language's words of a plating's colour
	// named as the metal (checkPlatingColour, plating_colour.go; #13,
	// plate45): its gold and silver words and, by plating colour
	// (black, rose, white, yellow), the colour words written before the
	// metal word ("schwarzes Gold"), after it ("ouro negro"), glued to it
	// ("Schwarzgold") and, in the languages written without spaces, the
	// strings themselves (黑金, ブラックゴールド, 블랙골드).
	PlatingColour struct {
		Gold   []string `yaml:"gold"`
		Silver []string `yaml:"silver"`
		// MarksBefore and MarksAfter, in the languages written without
		// spaces, name the plating itself right before (within two
		// characters) or after (within eight) a colour string, so the
		// string is the plating's name, not the metal's (镀, メッキ, 도금).
		MarksBefore []string `yaml:"marks_before"`
		MarksAfter  []string `yaml:"marks_after"`
		// Solid holds the words that say the colour runs through the
		// metal itself ("solid", "massivem", "macizo", "خالص") and
		// SolidStrings, in the languages written without spaces, the
		// strings (无垢, 纯, 솔리드): on a gold base the name of a
		// coloured gold blocks only beside one of them (#13, facts67).
		// Through holds the phrases after the name that say the same
		// ("through and through").
		Solid        []string `yaml:"solid"`
		SolidStrings []string `yaml:"solid_strings"`
		Through      []string `yaml:"through"`
		Colours      map[string]struct {
			Before  []string `yaml:"before"`
			After   []string `yaml:"after"`
			Glued   []string `yaml:"glued"`
			Strings []string `yaml:"strings"`
		} `yaml:"colours"`
	} `yaml:"plating_colour"`
}

// glossaryForm is one form of a term in one language.
type glossaryForm struct {
	lang, form string
	// notAfter: the form is another word when the text right before it
	// ends with one of these.
	notAfter []string
}

// glossaryForms returns, by term (lower case), the forms of every
// language with data, in a stable order. A guide's forbidden entry whose
// term is listed matches them in every locale of their language (the
// guide translates a term for a few locales; the term is forbidden in all
// of them), and the inflections of its own translations with them
// ("zircones" where the guide gives es-ES "zircón").
func glossaryForms() map[string][]glossaryForm { return glossaryData().forms }

// competitorNames returns, by language and competitorKey, the
// competitors' names of data/<lang>/glossary.yaml.
func competitorNames() map[string]map[string][]string { return glossaryData().competitors }

// otherSenses returns, by language, the folded words of its other_senses.
func otherSenses() map[string]map[string]bool { return glossaryData().senses }

type glossaryDataSet struct {
	forms       map[string][]glossaryForm
	competitors map[string]map[string][]string
	senses      map[string]map[string]bool
}

var glossaryData = sync.OnceValue(func() glossaryDataSet {
	out, comp, err := loadGlossaryForms()
	if err != nil {
		panic(err) // embedded data: TestGlossaryFormsCompile reports it
	}
	senses, err := loadOtherSenses()
	if err != nil {
		panic(err)
	}
	return glossaryDataSet{out, comp, senses}
})

// dataCollectionWords returns the collection_words and the
// collection_prefixes of every data/<lang>/glossary.yaml, folded.
var dataCollectionWords = sync.OnceValues(func() (words, prefixes []string) {
	files, err := glossaryFiles()
	if err != nil {
		panic(err) // embedded data: TestGlossaryFormsCompile reports it
	}
	for _, gf := range files {
		words = append(words, gf.f.CollectionWords...)
		for _, p := range gf.f.CollectionPrefixes {
			prefixes = append(prefixes, foldWord(strings.ToLower(p)))
		}
	}
	return words, prefixes
})

// nameEndings returns, by language, the folded name_endings of
// data/<lang>/glossary.yaml.
var nameEndings = sync.OnceValue(func() map[string][]string {
	files, err := glossaryFiles()
	if err != nil {
		panic(err) // embedded data: TestGlossaryFormsCompile reports it
	}
	out := map[string][]string{}
	for _, gf := range files {
		for _, e := range gf.f.NameEndings {
			out[gf.lang] = append(out[gf.lang], foldWord(strings.ToLower(e)))
		}
	}
	return out
})

// nameStemEndings returns, by language, the folded name_stem_endings of
// data/<lang>/glossary.yaml: by a name's folded final letter, the
// endings that replace it.
var nameStemEndings = sync.OnceValue(func() map[string]map[string][]string {
	files, err := glossaryFiles()
	if err != nil {
		panic(err) // embedded data: TestGlossaryFormsCompile reports it
	}
	out := map[string]map[string][]string{}
	for _, gf := range files {
		for last, ends := range gf.f.NameStemEndings {
			if out[gf.lang] == nil {
				out[gf.lang] = map[string][]string{}
			}
			last = foldWord(strings.ToLower(last))
			for _, e := range ends {
				out[gf.lang][last] = append(out[gf.lang][last], foldWord(strings.ToLower(e)))
			}
		}
	}
	return out
})

// langGlossary is one language's data/<lang>/glossary.yaml.
type langGlossary struct {
	lang string
	f    glossaryFormsFile
}

// glossaryFiles reads every data/<lang>/glossary.yaml once, in name
// order; data that does not parse is an error naming the file.
var glossaryFiles = sync.OnceValues(func() ([]langGlossary, error) {
	entries, err := fs.ReadDir(dataFS, "data")
	if err != nil {
		return nil, err
	}
	var out []langGlossary
	for _, e := range entries {
		data, err := readData("data/" + e.Name() + "/glossary.yaml")
		if err != nil {
			continue
		}
		var f glossaryFormsFile
		if err := snap.Decode(data, &f, false); err != nil {
			return nil, fmt.Errorf("checks: data/%s/glossary.yaml: %w", e.Name(), err)
		}
		out = append(out, langGlossary{e.Name(), f})
	}
	return out, nil
})

// collectionNouns is collectionWords without "line" and "range" (words
// for other things too) and with every language's collection_nouns.
var collectionNouns = sync.OnceValue(func() wordSet {
	out := wordSet{}
	for w := range collectionWords {
		if w != "line" && w != "range" {
			out[w] = struct{}{}
		}
	}
	files, err := glossaryFiles()
	if err != nil {
		panic(err) // embedded data
	}
	for _, gf := range files {
		for _, w := range gf.f.CollectionNouns {
			out[foldWord(strings.ToLower(w))] = struct{}{}
		}
	}
	return out
})

// sameWords are one language's collection_same and collection_same_after,
// folded.
type sameWords struct{ before, after wordSet }

// collectionSame returns, by language, the folded words for "the same"
// before and after a collection noun of data/<lang>/glossary.yaml.
var collectionSame = sync.OnceValue(func() map[string]sameWords {
	files, err := glossaryFiles()
	if err != nil {
		panic(err) // embedded data: TestGlossaryFormsCompile reports it
	}
	out := map[string]sameWords{}
	fold := func(ws []string) wordSet {
		s := wordSet{}
		for _, w := range ws {
			s[foldWord(strings.ToLower(w))] = struct{}{}
		}
		return s
	}
	for _, gf := range files {
		if len(gf.f.CollectionSame)+len(gf.f.CollectionSameAfter) > 0 {
			out[gf.lang] = sameWords{fold(gf.f.CollectionSame), fold(gf.f.CollectionSameAfter)}
		}
	}
	return out
})

// collectionWordsAll is collectionWords with every language's
// collection_words: the words beside which a brand's collection name is a
// name. The do-not-translate check, which needs a word for the
// collection itself ("the collection" without its name), keeps
// collectionWords: "a series of links" names no collection.
var collectionWordsAll = sync.OnceValue(func() wordSet {
	words, _ := dataCollectionWords()
	all := newWordSet(words)
	for w := range collectionWords {
		all[w] = struct{}{}
	}
	return all
})

// loadOtherSenses reads other_senses of every data/<lang>/glossary.yaml,
// folded, by language.
func loadOtherSenses() (map[string]map[string]bool, error) {
	files, err := glossaryFiles()
	if err != nil {
		return nil, err
	}
	out := map[string]map[string]bool{}
	for _, gf := range files {
		for _, w := range gf.f.OtherSenses {
			if out[gf.lang] == nil {
				out[gf.lang] = map[string]bool{}
			}
			out[gf.lang][strings.Join(splitWords(w), " ")] = true
		}
	}
	return out, nil
}

func loadGlossaryForms() (map[string][]glossaryForm, map[string]map[string][]string, error) {
	out := map[string][]glossaryForm{}
	comp := map[string]map[string][]string{}
	entries, err := fs.ReadDir(dataFS, "data")
	if err != nil {
		return nil, nil, err
	}
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		lang := e.Name()
		data, err := readData("data/" + lang + "/glossary.yaml")
		if err != nil {
			continue // no glossary forms for this language
		}
		var f glossaryFormsFile
		if err := snap.Decode(data, &f, true); err != nil {
			return nil, nil, fmt.Errorf("checks: data/%s/glossary.yaml: %w", lang, err)
		}
		for _, term := range slices.Sorted(func(yield func(string) bool) {
			for k := range f.Terms {
				if !yield(k) {
					return
				}
			}
		}) {
			key := strings.ToLower(term)
			for _, form := range f.Terms[term] {
				if len(splitWords(form)) == 0 {
					return nil, nil, fmt.Errorf("checks: data/%s/glossary.yaml: %s: form %q has no word", lang, term, form)
				}
				out[key] = append(out[key], glossaryForm{lang: lang, form: form, notAfter: f.RightAfter[term]})
			}
		}
		for name, ns := range f.Competitors {
			if comp[lang] == nil {
				comp[lang] = map[string][]string{}
			}
			k := competitorKey(name)
			comp[lang][k] = append(comp[lang][k], ns...)
		}
	}
	return out, comp, nil
}

// rightAfter reports whether the text right before token s (spaces
// aside) ends with one of prefixes.
func (r *run) rightAfter(s int, prefixes []string) bool {
	if len(prefixes) == 0 {
		return false
	}
	before := strings.TrimRight(r.d.text[:r.d.toks[s].bs], " \u00a0")
	for _, p := range prefixes {
		if strings.HasSuffix(before, p) {
			return true
		}
	}
	return false
}
