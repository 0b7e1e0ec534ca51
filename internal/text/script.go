package text

import "unicode"

// scripts are the scripts ScriptCounts tells apart, in order of lookup
// after the Latin/ASCII fast path.
var scripts = []struct {
	name string
	t    *unicode.RangeTable
}{
	{"Latin", unicode.Latin},
	{"Greek", unicode.Greek},
	{"Cyrillic", unicode.Cyrillic},
	{"Arabic", unicode.Arabic},
	{"Hebrew", unicode.Hebrew},
	{"Han", unicode.Han},
	{"Hiragana", unicode.Hiragana},
	{"Katakana", unicode.Katakana},
	{"Hangul", unicode.Hangul},
	{"Thai", unicode.Thai},
	{"Devanagari", unicode.Devanagari},
	{"Bengali", unicode.Bengali},
	{"Tamil", unicode.Tamil},
	{"Armenian", unicode.Armenian},
	{"Georgian", unicode.Georgian},
	{"Ethiopic", unicode.Ethiopic},
	{"Lao", unicode.Lao},
	{"Khmer", unicode.Khmer},
	{"Myanmar", unicode.Myanmar},
	{"Bopomofo", unicode.Bopomofo},
	{"Cherokee", unicode.Cherokee},
}

// Script returns the name of the script of letter or digit r ("Latin",
// "Cyrillic", "Han"…), "Common" for digits, punctuation and symbols shared
// by scripts, "Other" for a script not listed above.
func Script(r rune) string {
	if r < 0x80 {
		if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' {
			return "Latin"
		}
		return "Common"
	}
	for _, s := range scripts {
		if unicode.Is(s.t, r) {
			return s.name
		}
	}
	if unicode.In(r, unicode.Common, unicode.Inherited) {
		return "Common"
	}
	return "Other"
}

func scriptName(r rune) string { return Script(r) }

// ScriptCounts counts letters per script.
type ScriptCounts map[string]int

func (c *ScriptCounts) add(r rune) {
	if !unicode.IsLetter(r) {
		return
	}
	if *c == nil {
		*c = ScriptCounts{}
	}
	(*c)[Script(r)]++
}

// Scripts counts the letters of s per script.
func Scripts(s string) ScriptCounts {
	c := ScriptCounts{}
	latin := 0 // ASCII letters, counted without a map access each
	for _, r := range s {
		if r < 0x80 {
			if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' {
				latin++
			}
			continue
		}
		c.add(r)
	}
	if latin > 0 {
		c["Latin"] += latin
	}
	return c
}

// Dominant is the script with the most letters ("" for none). Japanese
// kana and Han count together as "Han" when Han or kana lead, so that
// mixed Japanese reads as one script.
func (c ScriptCounts) Dominant() string {
	best, n := "", 0
	cjk := c["Han"] + c["Hiragana"] + c["Katakana"]
	for name, k := range c {
		if name == "Han" || name == "Hiragana" || name == "Katakana" {
			continue
		}
		if k > n || (k == n && name < best) {
			best, n = name, k
		}
	}
	if cjk > n {
		return "Han"
	}
	return best
}

// Continuous reports whether script is written without spaces between
// words (Han, kana, Thai, Lao, Khmer, Myanmar), where length limits count
// characters and words need a dictionary.
func Continuous(script string) bool {
	switch script {
	case "Han", "Hiragana", "Katakana", "Thai", "Lao", "Khmer", "Myanmar":
		return true
	}
	return false
}
