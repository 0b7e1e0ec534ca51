package checks

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// dottedAbbreviations are the common abbreviations written with inner dots
// in the 25 locales, lower-cased, without their final dot (#13,
// abbrevurl33). Some end in a letter pair that is a country's top-level
// domain: Polish "m.in." (między innymi, ".in" India), "m.st." (miasto
// stołeczne, ".st" São Tomé), Italian "p.es." (per esempio, ".es" Spain),
// Danish, Swedish and Norwegian "f.Kr." and "e.Kr." (før/efter Kristus,
// ".kr" South Korea),
// so xurls.Relaxed reads them as host names. Sources: the languages'
// standard lists of abbreviations (Wielki słownik ortograficzny PWN
// "Skróty", Treccani "abbreviazioni", Duden "Abkürzungen", Språkrådet,
// Dansk Sprognævn, Kielitoimisto, Internetová jazyková příručka).
var dottedAbbreviations = map[string]bool{
	// en
	"e.g": true, "i.e": true, "a.m": true, "p.m": true, "n.b": true, "a.k.a": true,
	// de
	"z.b": true, "u.a": true, "d.h": true, "u.u": true, "z.t": true, "o.ä": true, "s.o": true,
	"s.u": true, "u.v.m": true, "v.a": true, "i.d.r": true, "u.ä": true,
	// fr, es, pt, it
	"p.ex": true, "c.-à-d": true, "p.ej": true, "p.es": true, "ee.uu": true,
	// nl
	"o.a": true, "m.a.w": true, "d.w.z": true, "i.p.v": true, "a.s": true, "z.g": true,
	// sv, da, nb
	"bl.a": true, "t.ex": true, "m.m": true, "s.k": true, "o.s.v": true, "m.fl": true, "t.o.m": true,
	"fr.o.m": true, "f.eks": true, "o.l": true, "m.v": true, "o.lign": true, "f.ex": true,
	// the era: "600 f.Kr.", "200 e.Kr." (".kr" is South Korea's domain; small62)
	"f.kr": true, "e.kr": true,
	// fi (ASCII-dotted ones; "mm." and "esim." hold no inner dot)
	"n.k": true, "t.s": true,
	// cs, pl
	"m.in": true, "m.st": true, "p.n.e": true, "n.e": true, "j.w": true, "b.r": true, "t.j": true,
	"př.n.l": true, "n.l": true,
	// el
	"π.χ": true, "κ.λπ": true, "κ.ά": true,
}

// isDottedAbbreviation reports whether the URL match loc in text is one of
// dottedAbbreviations written as a word with its final dot: the match is
// the abbreviation, a dot follows it, and no letter, digit, dot, slash or
// at sign stands right before it ("m.in. w Meksyku"). A host name that
// goes on after the dot ("m.in.com", "www.x.pl") is a longer match and
// still a URL.
func isDottedAbbreviation(text string, loc []int) bool {
	if loc[1] >= len(text) || text[loc[1]] != '.' {
		return false
	}
	if loc[1]+1 < len(text) {
		if r, _ := utf8.DecodeRuneInString(text[loc[1]+1:]); unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	if loc[0] > 0 {
		if r, _ := utf8.DecodeLastRuneInString(text[:loc[0]]); unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("./@:-_", r) {
			return false
		}
	}
	return dottedAbbreviations[strings.ToLower(text[loc[0]:loc[1]])]
}
