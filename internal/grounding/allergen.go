package grounding

import "strings"

// allergyFile is the vocabulary of allergy: allergy_words are the words of
// an allergy, an allergic person or a sensitivity ("allergy", "allergic",
// "Allergiker", "alérgicas", "uczulonych", 过敏, アレルギー, 알레르기); a
// word ending in "*" is a prefix, and inside a compound ("Nickelallergie",
// "nikkeliallergisille") any part of it after its start (#13, probe17d).
type allergyFile struct {
	AllergyWords []string `yaml:"allergy_words"`
}

// allergyData is allergyFile compiled.
type allergyData struct {
	allergyEnds     phrases      // whole words or phrases by their last word
	allergyStarts   startPhrases // the same by their first word
	allergyPrefixes []string     // folded prefixes (and compound parts)
}

func compileAllergy(f allergyFile) allergyData {
	var d allergyData
	exact, prefixes := splitPrefixWords(f.AllergyWords)
	d.allergyPrefixes = prefixes
	d.allergyEnds = phraseSet(exact)
	d.allergyStarts = startPhraseSet(exact)
	return d
}

// allergenReach is how many words before or after a restricted substance
// an allergy word may stand in its clause and still make the substance its
// allergen: "allergisch zijn voor nikkel", "personas alérgicas al níquel",
// "nickel allergy", 对镍过敏, ニッケルアレルギー.
const allergenReach = 4

// asAllergen reports whether the restricted substance matched by m is
// named as what people are allergic to: an allergy word inside its
// compound ("Nickelallergie", "nikkelallergie") or beside it in its
// clause ("people allergic to nickel", "alergia al níquel", "nikel
// alerjisi", 镍过敏). Such a mention warns (REACH Annex XVII entry 27
// restricts nickel because of nickel allergy, EN 1811); it does not say
// the piece is made of the substance, which the product's data must
// support only where the copy says the piece contains it.
func (c *checker) asAllergen(m match) bool {
	lx := c.lx
	if !restrictedSubstances[m.f.value] {
		return false
	}
	toks := c.toks
	for k := m.ti; k <= m.tj; k++ {
		w := toks[k].s
		for _, p := range lx.allergyPrefixes {
			if len(w) > len(p) && strings.Contains(w[1:], p) {
				return true
			}
		}
	}
	word := func(k int) bool {
		for _, p := range lx.allergyPrefixes {
			if strings.HasPrefix(toks[k].s, p) {
				return true
			}
		}
		return false
	}
	// Before it: a word or phrase ending within reach.
	for k := m.ti - 1; k >= 0 && k >= m.ti-allergenReach && !toks[k+1].brk; k-- {
		if word(k) || lx.allergyEnds.endsAt(toks, k) {
			return true
		}
	}
	// After it: a word or phrase starting within reach.
	for k := m.tj + 1; k < len(toks) && k <= m.tj+allergenReach && !toks[k].brk; k++ {
		if word(k) {
			return true
		}
		for range lx.allergyStarts.at(toks, k) {
			return true
		}
	}
	return false
}

// contentWords are the words of a product attribute's key that say the
// piece contains what the key names ("contains_nickel", "nickel_content").
var contentWords = map[string]bool{"contains": true, "contain": true, "containing": true, "content": true, "contents": true}

// keySaysContent reports whether the attribute key of segment sg has a
// content word among its tokens.
func keySaysContent(toks []token, sg *segment) bool {
	for _, t := range toks {
		if t.start >= sg.start && t.end <= sg.end && contentWords[t.s] {
			return true
		}
	}
	return false
}

// denialValue reports an attribute value that denies its key
// ({"contains_nickel": "no"}, "none", "0 %").
func denialValue(v string) bool {
	f := strings.Trim(strings.ToLower(strings.TrimSpace(v)), ".")
	switch f {
	case "", "no", "false", "0", "0%", "0 %", "none", "n/a", "na", "nil", "not", "never":
		return true
	}
	return strings.HasPrefix(f, "no ") || strings.HasPrefix(f, "no,") || strings.HasPrefix(f, "no (") || strings.HasPrefix(f, "none ")
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
