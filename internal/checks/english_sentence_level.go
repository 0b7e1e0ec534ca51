package checks

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/styleguide"
)

// English sentences across their commas (issue #13, langfrag55: probe 53C
// es-MX, "… Su único tratamiento es una capa de cera tradicional que realza
// su brillo. Avoid heat, hard knocks and ultrasonic cleaners." published).
// The clause test of checkEnglishFragment, the run, sentence and clause
// tests of english_runs.go all stop at a comma, and the mixed-sentence test
// (checkMixedLanguage) wants three English function words: an English
// sentence of lists and short clauses ("Avoid heat, hard knocks and
// ultrasonic cleaners.", "Light, bright and easy to wear.") splits into
// clauses of two to five words, none of which passes any of them.
//
// checkEnglishWholeSentences reads each sentence whole, commas and all
// (split at the document's sentence ends and at a full stop it does not
// split at: Chinese and Japanese "。"). Its words are sorted:
//
//   - neutral, neither counted nor ending it: numbers and their units
//     ("50 cm", "18k"), the product's name, the product's keywords quoted
//     or not and the trade's English names (quotedKeywords,
//     namedSequenceTokens), the brand, a collection or a word of the
//     glossary (isNameWord), a do-not-translate term of several words as
//     it stands (a brand slogan: dntSlogans), a capitalised word
//     inside the sentence (a name: "Made in Italy"), a function word of
//     both languages ("on" in French, "in" in German, "a" in Spanish), an
//     English word other languages' copy borrows (englishLoanwords:
//     "design", "look", "chic", "piece") and a word joined to the next or
//     the last by a hyphen ("must-have", "eye-catcher", "It-Piece"): a
//     compound is borrowed whole;
//   - disqualifying: a function word of the locale's language alone, or a
//     word not written in plain Latin letters (the locale's own alphabet,
//     or accents no English word has): the sentence is not English whole;
//   - English: an English function word (stopwords, englishFunctionMore),
//     or a word of englishCopyWords or englishCareWords;
//   - other: any other word in Latin letters ("ultrasonic", "hard").
//
// A sentence of four counted words or more is untranslated English when
// two thirds of them at least are English, with an English function word
// among them (or every one a copy word: "Effortless, timeless, everyday,
// beautiful."), and, in copy written in Latin letters, lingua, asked
// between the locale's language and English alone, is sure (0.95) that
// its words are English: a second opinion that keeps loanword sentences
// ("Design, look, chic.") and shared words out. In Greek, Arabic,
// Japanese, Korean or Chinese copy a whole sentence in Latin letters is
// foreign as it stands.
//
// Mixed sentences (an English tag after the locale's own words) are left to
// the run and clause tests: a function word of the locale's language alone
// ends the reading here.
func (r *run) checkEnglishWholeSentences(own, en uint32) bool {
	latin := r.pack == nil || r.pack.Script == "" || r.pack.Script == "Latn"
	d := r.d
	if len(d.toks) == 0 {
		return false
	}
	masks := r.stopMasks()
	kw := r.quotedKeywords()
	dnt := r.namedSequenceTokens()
	from := 0
	for i := range d.toks {
		end := i+1 == len(d.toks) || d.toks[i+1].sent != d.toks[i].sent || strings.ContainsAny(d.gap(i), ".!?。！？")
		if !end {
			continue
		}
		s, e := from, i+1
		from = i + 1
		n, fn, cw, ok := 0, 0, 0, true
		var words []string
		for j := s; j < e && ok; j++ {
			o := d.orig(j, j+1)
			w := d.word(j)
			m := masks[j]
			switch {
			case r.numberOrUnit(j), r.isMasked(j), kw != nil && kw[j], dnt != nil && dnt[j]:
				continue
			case !latinWord(o):
				ok = false
				continue
			case m&own != 0 && m&en == 0:
				ok = false
				continue
			case r.isNameWord(w), j > s && startsUpper(o) && o != "I", m&own != 0, englishLoanwords[w], r.hyphenJoined(j):
				continue
			case m&en != 0 || englishFunctionMore[w]:
				fn++
			case englishCopyWords[w] || englishCareWords[w]:
				cw++
			}
			n++
			words = append(words, o)
		}
		if !ok || n < 4 || 3*(fn+cw) < 2*n || fn == 0 && cw < n {
			continue
		}
		if latin && !r.linguaEnglish(strings.Join(words, " ")) {
			continue
		}
		r.addTokens("locale.untranslated", CatLocale, core.SeverityBlock, fmt.Sprintf("%q is untranslated English", d.orig(s, e)), s, e)
		return true
	}
	return false
}

// englishLoanwords are English words that French, German, Dutch,
// Scandinavian, Italian, Spanish and Polish copy borrows as its own, or
// writes the same ("perfect" in Dutch): neither English nor the locale's
// in checkEnglishWholeSentences, so a line of them ("Design, look, chic
// piece.", "Must-have, eyecatcher, statement piece, perfect match." in
// Dutch copy) is no English sentence.
var englishLoanwords = wordSetOf(
	"design", "designs", "look", "looks", "chic", "piece", "pieces", "statement", "style", "styles", "styling",
	"layering", "stacking", "cool", "trendy", "fashion", "vintage", "basic", "basics", "oversized",
	"eyecatcher", "match", "perfect", "must", "glamour", "glam", "boho", "casual", "smart", "minimal",
	"classic", "elegant", "modern", "simple", "ideal", "unique", "charm", "collection", "mix", "top",
	"show", "fun", "star", "flash", "girly", "sexy", "punk", "rock", "easy", "feeling", "touch", "finish",
)

// hyphenJoined reports whether token j is joined to the token before or
// after it by a hyphen alone ("must-have", "It-Piece").
func (r *run) hyphenJoined(j int) bool {
	d := r.d
	return j > 0 && d.gap(j-1) == "-" || j+1 < len(d.toks) && d.gap(j) == "-"
}

// englishFunctionMore are English function words the shared list
// (stopwords) lacks, that no other supported language writes ("over",
// "under", "all", "also", "still", "even", "no", "me", "do", "i" are words
// of Dutch, the Scandinavian languages, German, Spanish, Portuguese,
// Polish or Czech, and are left out): English function words in
// checkEnglishWholeSentences ("Remove before swimming, showering or
// sleeping.").
var englishFunctionMore = wordSetOf(
	"before", "after", "above", "below", "away", "out", "up", "down", "off", "both", "once", "until", "without", "through",
	"around", "between", "during", "near", "across", "onto", "upon", "whether", "should", "would",
	"could", "might", "let", "us", "him", "himself", "herself", "itself", "whatever", "whenever",
)

// englishCareWords are words of the care, make and closing lines of English
// product copy ("Avoid heat, hard knocks and ultrasonic cleaners.", "Store
// it dry, away from perfume.") that no other supported language writes so:
// words such as "water", "pool", "flat" (Dutch), "store" (Danish and
// Norwegian "large"), "salt" (Scandinavian), "contact", "lotions",
// "fragrance", "lustre", "pair" (French), "perfume", "color" (Spanish and
// Portuguese), "damp" (Dutch "steam"), "tee" (German "tea") or the
// loanwords of fashion ("jeans", "shirt", "party", "weekend", "brunch",
// "make-up") are left out. They count as English in
// checkEnglishWholeSentences only, where a whole sentence's share decides,
// not in the run test.
var englishCareWords = wordSetOf(
	// care: what to keep away, how to clean and store
	"avoid", "avoiding", "heat", "knock", "knocks", "bump", "bumps", "scratch", "scratches", "scratching",
	"cleaner", "cleaners", "cleaning", "cloth", "cloths", "polish", "polishing", "wipe", "wiped", "rinse",
	"dry", "gently", "harsh", "chemicals", "chlorine", "solvents", "moisture", "sunlight", "swimming",
	"showering", "bathing", "sleeping", "exercising", "remove", "removing", "take", "separately",
	"tangling", "tarnish", "tarnishing", "pouch", "storing", "lying", "apply", "applying", "cosmetics",
	"sweat", "household", "exposure", "prolonged", "sharp", "blows", "dropping", "lukewarm", "soapy",
	"brush", "lasts", "longer", "shape", "colour", "glossy",
	// wear and closing lines
	"matches", "works", "suits", "styled", "layered", "stacked", "alone", "anything", "dresses", "knit",
	"holds", "sits", "falls", "catches", "moves", "move", "movement", "stays", "shines", "glows",
	"sparkles", "passed", "worn", "loved", "cherished", "daily", "dinner", "festive",
)

// namedSequenceTokens marks the tokens of each of the product's keywords
// and its collection where it stands, quoted or not ("layering necklace"
// on a piece whose keyword it is), nil when there is none.
func (r *run) namedSequenceTokens() []bool {
	p := &r.in.Product
	return r.markSequences(nil, append([]string{p.Collection}, p.Keywords...))
}

// dntSlogans are the guide's do-not-translate terms of two words or more
// (a brand slogan kept in English: "Light, bright, forever yours"), which
// quotedKeywords marks where they stand, for every English test: a
// single-word term is isNameWord's.
func (r *run) dntSlogans() []string {
	if r.g == nil {
		return nil
	}
	var out []string
	for k := range r.g.Glossary {
		if ge := &r.g.Glossary[k]; ge.Kind == styleguide.KindDoNotTranslate && strings.IndexFunc(strings.TrimSpace(ge.Term), isSpaceOrPunct) >= 0 {
			out = append(out, ge.Term)
		}
	}
	return out
}

func isSpaceOrPunct(c rune) bool { return unicode.IsSpace(c) || unicode.IsPunct(c) }

// markSequences marks in kw (made when nil) the tokens of each phrase of
// seqs where its words stand in order, and returns it.
func (r *run) markSequences(kw []bool, seqs []string) []bool {
	d := r.d
	for _, seq := range seqs {
		ws := splitWordsSeg(seq, d.seg)
		if len(ws) == 0 {
			continue
		}
		for i := 0; i+len(ws) <= len(d.toks); i++ {
			match := true
			for n, w := range ws {
				if d.word(i+n) != w {
					match = false
					break
				}
			}
			if !match {
				continue
			}
			if kw == nil {
				kw = make([]bool, len(d.toks))
			}
			for n := range ws {
				kw[i+n] = true
			}
		}
	}
	return kw
}
