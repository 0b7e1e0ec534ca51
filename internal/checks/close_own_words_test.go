package checks

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/locales"
	"unicode"
)

// TestCloseWordsAreNotWordsOfTheLocale (issue #13, close_language; #17,
// the check's cost): a word listed as evidence of a close language must
// not be a word of the locale's own language. Swedish "efter", "når" and
// "kvar" were listed as Danish or Norwegian in sv-SE, Italian "quando" and
// "nostra" as Portuguese and Catalan in it-IT, Spanish and Portuguese "une"
// as French, Dutch "iets" and "mei" as Afrikaans and Frisian, German
// "enger" as Luxembourgish, Turkish "boyu" as Azerbaijani: each sent a
// truthful sentence to the language identifier (a false block where it
// wavers, ~30 ms of model loading a process where it does not). The
// locale's own words are read from every publishable case of the
// development and released sets in that locale (never the held-out ones),
// written in lower case (a capitalised word may be a name or a size letter).
func TestCloseWordsAreNotWordsOfTheLocale(t *testing.T) {
	t.Parallel()
	set := locales.Must()
	own := map[string]map[string]int{}
	// ownClitic matches, by language, a hyphen and one of the clitics
	// any pack lists for that language as a close language of its own.
	ownClitic := map[string]*regexp.Regexp{}
	{
		byLang := map[string][]string{}
		for _, loc := range set.Supported() {
			q, _ := set.Get(loc)
			for code, cl := range q.Identity.Close {
				for _, w := range cl.Clitics {
					if !slices.Contains(byLang[code], w) {
						byLang[code] = append(byLang[code], w)
					}
				}
			}
		}
		for code, ws := range byLang {
			slices.Sort(ws)
			ownClitic[code] = regexp.MustCompile(`(\pL)-(?:` + strings.Join(ws, "|") + `)\b`)
		}
	}
	for _, pattern := range []string{"dev*.jsonl", "released*.jsonl", "field.jsonl"} {
		for _, c := range loadCases(t, pattern) {
			if c.Expect.Verdict != "pass" {
				continue
			}
			if own[c.Locale] == nil {
				own[c.Locale] = map[string]int{}
			}
			// A pronoun joined to its verb by a hyphen is the clitic of
			// the locale's language (Portuguese "usá-las"), which
			// closeSet reads as its own beside the close language
			// (closeLang.ownClitics), not the close language's bare word.
			text := c.Text
			if re := ownClitic[locLang(set, c.Locale)]; re != nil {
				text = re.ReplaceAllString(text, "$1")
			}
			words := strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsMark(r) })
			upper := func(w string) bool { return unicode.IsUpper([]rune(w)[0]) }
			for i, w := range words {
				if upper(w) {
					continue // a name or a size letter ("Nova", "tallas H, I, J")
				}
				if i > 0 && i+1 < len(words) && upper(words[i-1]) && upper(words[i+1]) {
					continue // a particle of a name ("Torre del Greco", "Côte d'Émeraude")
				}
				own[c.Locale][w]++
			}
		}
	}
	for _, loc := range set.Supported() {
		p, _ := set.Get(loc)
		for _, lang := range slices.Sorted(mapKeys(p.Identity.Close)) {
			for _, w := range p.Identity.Close[lang].Words {
				if n := own[loc][strings.ToLower(w)]; n > 0 {
					t.Errorf("%s: %q is listed as %s (%s) but is a word of the locale: %d publishable case(s) use it",
						loc, w, lang, p.Identity.Close[lang].Name, n)
				}
			}
		}
	}
}

// locLang is the language of the locale loc's pack ("pt" for pt-PT).
func locLang(set *locales.Set, loc string) string {
	p, _ := set.Get(loc)
	if p == nil {
		return ""
	}
	return p.Language
}
