package grounding

import "strings"

// restrictedSubstances are the metals a jewellery rule restricts, named in
// copy as the subject of that rule or its test rather than as a material
// of the piece: nickel (REACH Annex XVII entry 27, release tested by EN
// 1811), cadmium (entry 23) and lead (entry 63).
var restrictedSubstances = map[string]bool{"nickel": true, "cadmium": true, "lead": true}

// ruleWordsFile is the vocabulary of rules: rule_words are the words of a
// regulation, a directive, a standard, a limit, a release or a test
// ("regulation", "réglementation", "Verordnung", "libération", 規制, 标准);
// a word ending in "*" is a prefix, and inside a compound ("Nickelabgabe",
// "nikkelimääräykset") any part of it (#13, f2).
type ruleWordsFile struct {
	RuleWords []string `yaml:"rule_words"`
}

// ruleWordsData is ruleWordsFile compiled.
type ruleWordsData struct {
	rulePhrases  phrases  // whole words or phrases, Han and kana as characters
	rulePrefixes []string // folded prefixes (and compound parts)
}

func compileRuleWords(f ruleWordsFile) ruleWordsData {
	var d ruleWordsData
	exact, prefixes := splitPrefixWords(f.RuleWords)
	d.rulePhrases, d.rulePrefixes = phraseSet(exact), prefixes
	return d
}

// splitPrefixWords splits a pack's word list into whole words or phrases
// and prefixes: an entry ending in "*" is a prefix (and compound part),
// expanded ("{a,b}") and folded; the others are returned as written, for
// phraseSet and startPhraseSet.
func splitPrefixWords(words []string) (exact, prefixes []string) {
	for _, w := range words {
		if p, ok := strings.CutSuffix(w, "*"); ok {
			for _, e := range expand(p) {
				if s := foldString(e); s != "" {
					prefixes = append(prefixes, s)
				}
			}
			continue
		}
		exact = append(exact, w)
	}
	return exact, prefixes
}

// underRule reports whether the restricted substance matched by m is the
// subject of a rule: a rule word stands in its sentence, or is a part of
// the compound it is written in ("réglementation sur le nickel", "EU
// nickel regulations", "Nickelabgabe", ニッケル規制). Such a sentence
// states compliance, not the piece's material; a true material claim
// ("made of nickel") has no rule word.
func (c *checker) underRule(m match) bool {
	lx := c.lx
	if !restrictedSubstances[m.f.value] || lx.rulePhrases.size() == 0 && len(lx.rulePrefixes) == 0 {
		return false
	}
	toks := c.toks
	if m.ti == m.tj {
		w := toks[m.ti].s
		for _, p := range lx.rulePrefixes {
			if len(w) > len(p) && strings.Contains(w[1:], p) {
				return true
			}
		}
	}
	from, to := m.ti, m.tj+1
	for from > 0 && !toks[from].sbrk {
		from--
	}
	for to < len(toks) && !toks[to].sbrk {
		to++
	}
	for k := from; k < to; k++ {
		if k >= m.ti && k <= m.tj {
			continue
		}
		if lx.rulePhrases.endsAt(toks, k) {
			return true
		}
		for _, p := range lx.rulePrefixes {
			if strings.HasPrefix(toks[k].s, p) {
				return true
			}
		}
	}
	return false
}
