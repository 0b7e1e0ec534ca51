package checks

import (
	"fmt"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/abadojack/whatlanggo"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/neardup"
	"github.com/copydesk/copydesk/internal/styleguide"
)

// ---- readability ----

// syllables estimates English syllables: vowel groups, less a silent e.
func syllables(w string) int {
	n, prevVowel := 0, false
	for _, r := range w {
		v := strings.ContainsRune("aeiouy", r)
		if v && !prevVowel {
			n++
		}
		prevVowel = v
	}
	if n > 1 && strings.HasSuffix(w, "e") && !strings.HasSuffix(w, "le") {
		n--
	}
	return max(n, 1)
}

func (r *run) checkReadability() {
	if r.g == nil {
		return
	}
	d := r.d
	words := len(d.toks)
	if words == 0 {
		return
	}
	sentences := 0
	for _, s := range d.sents {
		if s.te > s.ts {
			sentences++
		}
	}
	for ri := range r.g.Rules {
		rule := &r.g.Rules[ri]
		if rule.Type != styleguide.TypeReadability || !rule.AppliesTo(r.in.Locale) {
			continue
		}
		cat := rule.CategoryOrDefault()
		if rule.MaxSentenceWords > 0 {
			for _, s := range d.sents {
				if n := s.te - s.ts; n > rule.MaxSentenceWords {
					r.add(rule.ID, cat, rule.Level, message(rule.Message, "", fmt.Sprintf("a sentence of %d words; keep sentences under %d", n, rule.MaxSentenceWords+1)), s.rs, s.re)
				}
			}
		}
		avg := float64(words) / float64(max(sentences, 1))
		if rule.MaxAvgSentenceWords > 0 && avg > rule.MaxAvgSentenceWords {
			r.add(rule.ID, cat, rule.Level, message(rule.Message, "", fmt.Sprintf("sentences average %.0f words; the guide allows %.0f", avg, rule.MaxAvgSentenceWords)), 0, 0)
		}
		if rule.MinAvgSentenceWords > 0 && avg < rule.MinAvgSentenceWords {
			r.add(rule.ID, cat, rule.Level, message(rule.Message, "", fmt.Sprintf("sentences average %.0f words; the guide wants at least %.0f", avg, rule.MinAvgSentenceWords)), 0, 0)
		}
		if rule.MaxGrade > 0 && r.lang == "en" && words >= 20 {
			syl := 0
			for i := range d.toks {
				syl += syllables(d.word(i))
			}
			// Flesch-Kincaid grade level.
			grade := 0.39*avg + 11.8*float64(syl)/float64(words) - 15.59
			if grade > rule.MaxGrade {
				r.add(rule.ID, cat, rule.Level, message(rule.Message, "", fmt.Sprintf("reading grade %.1f is above the guide's %.0f: shorter sentences and plainer words", grade, rule.MaxGrade)), 0, 0)
			}
		}
	}
}

// ---- locale: language ----

// checkLanguage identifies the language among the guide's languages
// (whatlanggo trigram profiles) and confirms with stopword counts, so a
// product name or a French loan word does not flip a short English text.
func (r *run) checkLanguage() {
	if r.pack != nil {
		r.checkPackLanguage()
		return
	}
	if r.g == nil || len(r.d.toks) < 12 || len(r.cg.langs.Whitelist) < 2 {
		return
	}
	want, ok := langByCode[r.lang]
	if !ok || !r.cg.langs.Whitelist[want] {
		return
	}
	// A finding needs both opinions to agree, so when no other language
	// has more function words than the locale's, the (allocation-heavy)
	// trigram identification cannot change the outcome and is skipped.
	own := r.stopwordHits(r.lang)
	other := false
	for lang := range stopwords {
		if l, ok := langByCode[lang]; ok && lang != r.lang && r.cg.langs.Whitelist[l] && r.stopwordHits(lang) > own {
			other = true
			break
		}
	}
	if !other {
		return
	}
	info := whatlanggo.DetectWithOptions(r.d.text, r.cg.langs)
	if info.Lang == want || info.Lang < 0 {
		return
	}
	if r.stopwordHits(info.Lang.Iso6391()) <= own {
		return
	}
	r.add("locale.language", CatLocale, core.SeverityBlock, fmt.Sprintf("the copy reads as %s, not %s (%s)", whatlanggo.LangToString(info.Lang), whatlanggo.LangToString(want), r.in.Locale), 0, 0)
}

// ---- locale: typography ----

func (r *run) checkTypography() {
	if r.g == nil || !r.g.Locales[r.in.Locale].Typography {
		return
	}
	text := r.d.text
	switch r.lang {
	case "fr":
		// French sets a (narrow) no-break space before ! ? : ;
		prev, ri := rune(0), 0
		for bi, c := range text {
			if strings.ContainsRune("!?:;", c) && ri > 0 && !unicode.IsSpace(prev) && prev != '\u202f' && prev != '\u00a0' && !strings.ContainsRune("!?:;", prev) {
				next, _ := utf8.DecodeRuneInString(text[bi+utf8.RuneLen(c):])
				if !(c == ':' && (unicode.IsDigit(prev) && unicode.IsDigit(next) || next == '/')) {
					r.add("locale.typography", CatLocale, core.SeverityWarn, fmt.Sprintf("French typography puts a no-break space before %q", c), ri, ri+1)
				}
			}
			prev = c
			ri++
		}
	case "de":
		// German quotes open low („) and close high (“).
		ri, open := 0, false
		for _, c := range text {
			switch c {
			case '"', '”':
				r.add("locale.typography", CatLocale, core.SeverityWarn, "German copy uses „…“ quotation marks", ri, ri+1)
			case '„':
				open = true
			case '“':
				if !open {
					r.add("locale.typography", CatLocale, core.SeverityWarn, "German copy uses „…“ quotation marks", ri, ri+1)
				}
				open = false
			}
			ri++
		}
	}
}

// ---- duplicate ----

const (
	defaultDuplicateBlock = 0.5
	defaultDuplicateWarn  = 0.3
)

// shingles hashes the word 3-shingles of a document (FNV-1a over the three
// words, each followed by a zero byte), sorted and unique.
func shingles(d *document, buf []uint64) []uint64 {
	buf = buf[:0]
	for i := 0; i+3 <= len(d.toks); i++ {
		h := uint64(fnvOffset)
		for k := 0; k < 3; k++ {
			w := d.word(i + k)
			for j := 0; j < len(w); j++ {
				h = (h ^ uint64(w[j])) * fnvPrime
			}
			h *= fnvPrime // the zero byte: h ^ 0 == h
		}
		buf = append(buf, h)
	}
	slices.Sort(buf)
	return slices.Compact(buf)
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// jaccardAtLeast is the Jaccard similarity |a∩b| / |a∪b| of two sorted
// unique sets where that is at least target, and -1
// where it is less, found as soon as the intersection counted so far and
// all the smaller remainder together (every 16 steps of the merge) cannot
// reach target: the same division as jaccard's, which grows with the
// intersection, so nothing at or above target is cut short.
//
// The merge takes its 16 steps without a branch on the values (which of
// two random hashes is smaller is a coin toss the processor mispredicts
// half the time): each step adds the comparisons' results to the counts.
func jaccardAtLeast(a, b []uint64, target float64) float64 {
	if len(a) == 0 || len(b) == 0 {
		if target <= 0 {
			return 0
		}
		return -1
	}
	n := len(a) + len(b)
	inter, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		if i+16 <= len(a) && j+16 <= len(b) {
			// Sixteen steps move i and j at most 16 each: both stay in
			// range without testing the ends a step.
			for range 16 {
				u, v := a[i], b[j]
				inter += b2i(u == v)
				i += b2i(u <= v)
				j += b2i(v <= u)
			}
		} else {
			for k := 0; k < 16 && i < len(a) && j < len(b); k++ {
				u, v := a[i], b[j]
				inter += b2i(u == v)
				i += b2i(u <= v)
				j += b2i(v <= u)
			}
		}
		if i < len(a) && j < len(b) {
			top := inter + min(len(a)-i, len(b)-j)
			if float64(top)/float64(n-top) < target {
				return -1
			}
		}
	}
	if jac := float64(inter) / float64(n-inter); jac >= target {
		return jac
	}
	return -1
}

// b2i is 1 for true and 0 for false, without a branch.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// duplicateMargin is how far below the lower threshold a neighbour's
// estimated similarity may be and still be compared exactly: 3.7 standard
// errors of the MinHash estimate at J = 0.3, so a neighbour at or above
// the threshold is skipped with probability about 1e-4.
const duplicateMargin = 0.15

// checkDuplicate reports copy too similar to another product's. The
// guide's duplicates settings give the threshold (default 0.5), the level
// at and above it (default warn: brands often expect similar copy) and an
// optional lower warn_at; a neighbour of the same variant group (the same
// design in another metal or size) only ever warns.
//
// Each neighbour's MinHash signature and shingle set (cached by text, so a
// launch's copy is tokenised once per process, not once per sibling)
// estimate the similarity in about 60 ns; only neighbours whose estimate
// comes near the thresholds are compared exactly (a merge of the two
// sorted shingle sets), and the exact Jaccard similarity alone decides the
// finding.
func (r *run) checkDuplicate() {
	if len(r.in.Neighbours) == 0 || len(r.d.toks) < 6 {
		return
	}
	threshold, warnAt, level := r.c.DuplicateBlock, r.c.DuplicateWarn, core.SeverityWarn
	if r.c.DuplicateBlock > 0 {
		level = core.SeverityBlock // set in code: the checker's own default
	}
	if r.g != nil {
		ds := r.g.Duplicates
		if ds.Threshold > 0 {
			threshold = ds.Threshold
		}
		if ds.WarnAt > 0 {
			warnAt = ds.WarnAt
		}
		if ds.Level != "" {
			level = ds.Level
		}
	}
	if threshold == 0 {
		threshold = defaultDuplicateBlock
	}
	if warnAt == 0 || warnAt > threshold {
		warnAt = defaultDuplicateWarn
	}
	group := r.in.Product.VariantGroup
	lo := min(warnAt, threshold) // no finding below it
	floor := lo - duplicateMargin
	if r.c.exhaustive {
		floor = -1
	}
	// The text's own entry, made from the document already tokenised and
	// kept: the draft is a neighbour of those checked after it.
	me := r.c.sigs.getPrepared(r.d)
	mine, sig := me.shingles, &me.sig
	bestSKU, best, bestVariant := "", 0.0, false
	// The neighbours known by their text alone are looked up together,
	// under one lock of the cache (sigCache.getTexts).
	var plain []*sigEntry
	var plainBuf [128]*sigEntry
	var keyBuf [128]sigKey
	for k := range r.in.Neighbours {
		if n := &r.in.Neighbours[k]; n.SKU != r.in.Product.SKU && n.Entry == nil && n.Key == "" {
			plain = r.c.sigs.getTexts(r.in.Neighbours, r.in.Product.SKU, plainBuf[:], keyBuf[:])
			break
		}
	}
	for k := range r.in.Neighbours {
		n := &r.in.Neighbours[k]
		if n.SKU == r.in.Product.SKU {
			continue
		}
		ne, _ := n.Entry.(*sigEntry)
		if ne == nil && n.Key != "" && len(n.Sig) > 0 {
			// Stored with the neighbour's text: not tokenised again
			// (nil for another format: then as below).
			ne = r.c.sigs.getStored(n.Sig, n.Key)
		}
		switch {
		case ne != nil: // kept under n.Key, given back by core, or stored
		case n.Key != "":
			ne = r.c.sigs.getNamed(n.Text, n.Key)
		default:
			if plain != nil {
				ne = plain[k]
			}
			if ne == nil { // an Entry of another kind
				ne = r.c.sigs.get(n.Text)
			}
		}
		if sig.Similarity(&ne.sig) < floor {
			continue
		}
		variant := group != "" && n.VariantGroup == group
		// Only a similarity of at least lo can be reported, and only one
		// of at least best can take its place: below both, the merge may
		// stop early (-1 then).
		if j := jaccardAtLeast(mine, ne.shingles, max(lo, best)); j > best || (j == best && !variant && bestVariant) {
			best, bestSKU, bestVariant = j, n.SKU, variant
		}
	}
	sev := level
	if bestVariant {
		sev = core.SeverityWarn
	}
	switch {
	case best >= threshold:
		msg := fmt.Sprintf("%.0f%% the same as the copy of %s; write it afresh", best*100, bestSKU)
		if bestVariant {
			msg = fmt.Sprintf("%.0f%% the same as the copy of %s, a variant of the same design", best*100, bestSKU)
		}
		r.add("duplicate", CatDuplicate, sev, msg, 0, 0)
	case best >= warnAt:
		r.add("duplicate", CatDuplicate, core.SeverityWarn, fmt.Sprintf("%.0f%% the same as the copy of %s", best*100, bestSKU), 0, 0)
	}
}

// checkMixedLanguage finds a sentence in another language inside copy
// that is otherwise in the right one: a sentence of six words or more with
// none of the locale's function words, and a third of its words function
// words of another language.
func (r *run) checkMixedLanguage() {
	if stopBit(r.lang) == 0 || r.g == nil {
		return
	}
	d := r.d
	for _, s := range d.sents {
		if s.te-s.ts < 6 {
			continue
		}
		if r.stopwordHitsIn(r.lang, s.ts, s.te) > 0 {
			continue
		}
		for loc := range r.g.Locales {
			lang := r.g.Lang(loc)
			if lang == r.lang {
				continue
			}
			if hits := r.stopwordHitsIn(lang, s.ts, s.te); hits >= 3 && hits*3 >= s.te-s.ts && !r.mixedOnlyInNames(lang, s.ts, s.te) {
				r.add("locale.mixed_language", CatLocale, core.SeverityBlock, fmt.Sprintf("this sentence is not in the language of %s", r.in.Locale), s.rs, s.re)
				break
			}
		}
	}
}

// mixedOnlyInNames reports whether the sentence [s, e) that reads as lang
// does so only through words quotedKeywords marks (a brand slogan the
// guide's do-not-translate list keeps as written, the product's quoted
// keywords, trade names): without them it is shorter than the test's six
// words or too few of the rest are lang's function words. Asked only of a
// sentence about to block, so the marks cost nothing on clean copy (#13,
// a do-not-translate slogan in fr-FR copy).
func (r *run) mixedOnlyInNames(lang string, s, e int) bool {
	kw := r.quotedKeywords()
	if kw == nil {
		return false
	}
	bit, masks := stopBit(lang), r.stopMasks()
	n, hits, marked := 0, 0, false
	for i := s; i < e; i++ {
		if kw[i] {
			marked = true
			continue
		}
		n++
		hits += bits.OnesCount32(masks[i] & bit)
	}
	return marked && (n < 6 || hits < 3 || hits*3 < n)
}

// closeLanguages are languages a model slips into for a locale, told apart
// by function words the locale's language lacks (Catalan on es-ES; the
// middle dot of "col·lecció" is split out by the tokeniser).
var closeLanguages = map[string]map[string]wordSet{
	"es": {"Catalan": newWordSet([]string{"per", "als", "tot", "tota", "totes", "qualsevol", "nit", "vermell", "vermella", "llei", "pengen", "mouen", "gest", "sopar", "ferms", "anell", "anells", "amb", "és", "els", "dels", "pel", "pels", "aquest", "aquesta", "aquests", "molt", "seva", "seus", "també", "però", "perquè", "podeu", "porteu", "combineu", "lleuger", "lleugera", "mitjana", "vespre", "matí", "cabell", "petits", "regal", "llum", "des", "una", "sense", "adonar", "vostè", "ho", "hi", "l", "col", "lecció"})},
	"pt": {"Galician": newWordSet([]string{"coa", "unha", "unhas", "dunha", "nunha", "moi", "tamén", "porén", "cos", "polo", "pola"})},
}

// catalanShape: word endings Catalan has and Spanish lacks ("col·lecció"
// folds to "leccio", "petits", "mateix", "cotxe").
func catalanShape(w string) bool {
	return len(w) > 3 && (strings.HasSuffix(w, "cio") || strings.HasSuffix(w, "cions") || strings.HasSuffix(w, "ts") ||
		strings.HasSuffix(w, "ix") || strings.Contains(w, "tx") || strings.HasSuffix(w, "eig"))
}

// checkCloseLanguage blocks copy written in a close language outside the
// guide's set, which trigram identification restricted to the guide's
// languages reads as the locale's own.
func (r *run) checkCloseLanguage() {
	others, ok := closeLanguages[r.lang]
	if !ok || len(r.d.toks) < 12 {
		return
	}
	own := r.stopwordHits(r.lang)
	ownBit, masks := stopBit(r.lang), r.stopMasks()
	for name, set := range others {
		n := 0
		for i := range r.d.toks {
			w := r.d.word(i)
			if masks[i]&ownBit != 0 {
				continue
			}
			if set.has(w) || (name == "Catalan" && catalanShape(w)) {
				n++
			}
		}
		if n >= 5 && n*2 >= own {
			r.add("locale.language", CatLocale, core.SeverityBlock, fmt.Sprintf("the copy reads as %s, not the language of %s", name, r.in.Locale), 0, 0)
			return
		}
	}
}

// checkEnglishFragment finds untranslated English inside copy in another
// language: a clause (between punctuation) of four words or more with
// three English function words and none of the locale's language.
func (r *run) checkEnglishFragment() {
	if r.lang == "en" || r.g == nil {
		return
	}
	own, en := stopBit(r.lang), stopBit("en")
	if own == 0 || en == 0 {
		return
	}
	masks := r.stopMasks()
	d := r.d
	kw := r.quotedKeywords()
	start, enHits, ownHits, neutral := 0, 0, 0, 0
	found := false
	flush := func(end int) {
		// Three English function words, or two in a clause of five words
		// or more ("perfect for the festive season"), and none of the
		// locale's language. A number and its unit are no words of
		// either: they do not thin the English share ("It comes on a 50
		// cm box chain."; #13, english_sentence19).
		words := end - start - neutral
		if ownHits == 0 && (end-start >= 4 && enHits >= 3 || end-start >= 5 && enHits >= 2 && enHits*3 >= words-1) {
			r.addTokens("locale.untranslated", CatLocale, core.SeverityBlock, fmt.Sprintf("%q is untranslated English", d.orig(start, end)), start, end)
			found = true
		}
	}
	for i := range d.toks {
		if i > start && (d.toks[i].sent != d.toks[i-1].sent || strings.ContainsAny(d.gap(i-1), ",;:()—–\"«»“”")) {
			flush(i)
			start, enHits, ownHits, neutral = i, 0, 0, 0
		}
		// A word of both languages ("for" in Danish, "in" in German)
		// tells neither.
		switch m := masks[i]; {
		case r.numberOrUnit(i):
			neutral++
		case r.isMasked(i), kw != nil && kw[i], m&own != 0 && m&en != 0:
		case m&own != 0:
			ownHits++
		case m&en != 0:
			enHits++
		}
	}
	flush(len(d.toks))
	if !found {
		r.checkEnglishRuns(own, en) // english_runs.go
	}
}

var (
	_ core.NearKeyer        = (*Checker)(nil)
	_ core.NeighbourCache   = (*Checker)(nil)
	_ core.StoredEntryMaker = (*Checker)(nil)
)

// NeighbourEntries implements core.NeighbourCache: the cached signature
// and shingles of each neighbour named by keys (nil for one not kept),
// given back in core.Neighbour.Entry. Names come from RememberNeighbour and
// from neighbours given with their text and Key.
func (c *Checker) NeighbourEntries(keys []string, out []any) []any {
	if cap(out) < len(keys) {
		out = make([]any, len(keys))
	}
	out = out[:len(keys)]
	c.sigs.namedInto(keys, out)
	return out
}

// RememberNeighbour implements core.NeighbourCache: text's entry, if kept
// (its check made one), is also key's.
func (c *Checker) RememberNeighbour(key, text string) {
	c.sigs.name(key, text)
}

// StoredSignature implements core.NeighbourCache: text's entry as stored
// with it (sigEntry.encode: the MinHash signature and the sorted shingle
// hashes the exact comparison merges, about 1.2 kB for a 120-word text),
// nil for a text with no shingles. Given back in core.Neighbour.Sig, it
// stands for the text: a neighbour read back from the store is not
// tokenised again, and compares exactly as its text would.
func (c *Checker) StoredSignature(text string) []byte {
	if text == "" {
		return nil
	}
	return c.sigs.get(text).encode()
}

// StoredEntry implements core.StoredEntryMaker: the entry decoded from
// sig (StoredSignature's bytes) and kept under name, as checkDuplicate
// keeps a neighbour given with its Key and Sig (sigCache.getStored: the
// entry kept under name already if there is one), nil for bytes of
// another format. It keeps neither name nor sig.
func (c *Checker) StoredEntry(name string, sig []byte) any {
	if e := c.sigs.getStored(sig, name); e != nil {
		return e
	}
	return nil
}

// NearKeys implements core.NearKeyer: the LSH band keys (neardup.Rows
// values a band, 64 bands) of the MinHash signature of the text's word
// 3-shingles, the signature checkDuplicate estimates a neighbour's
// similarity with (and caches, so indexing a text warms the cache for the
// checks that later compare with it). nil for a text with no shingles.
func (c *Checker) NearKeys(text string) []uint64 {
	return c.sigs.get(text).sig.Bands(neardup.Rows)
}
