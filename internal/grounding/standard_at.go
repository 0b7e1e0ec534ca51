package grounding

import (
	"strings"

	"github.com/copydesk/copydesk/internal/core"
)

// ComparisonStandardAt reports whether the words at text[bs:be] are the
// standard of a comparison (#13, facts40; released 40 pl-PL 40B104:
// "Kryształ jest bardziej miękki niż kamienie szlachetne" on man-made
// crystal): right after a word of comparison (than_before, or
// than_comparative after a comparative: "softer than gemstones", "weicher
// als Edelsteine", "plus tendre que les pierres précieuses", 比宝石软,
// "an alternative to precious stones"), only determiners and than_fillers between, or
// right before one said after it (than_after, than_suffixes: 宝石より,
// 보석보다, "değerli taşlardan daha"). A comparison that sets the piece's
// imitation apart from gems does not call it one (16 CFR 23.25 forbids
// the word "gem" for an imitation, not the comparison); "more brilliant
// than other gemstones" (a word such as "other" between) and the crystal
// called a gem still are the piece's. Up to five fillers stand between:
// a quantifier of several words with its articles ("que la mayoría de
// las piedras preciosas", "della maggior parte delle gemme"; #13,
// regclaim55: probe 55C es-MX 55C02).
func ComparisonStandardAt(locale, text string, bs, be int) bool {
	lx, toks, i, j := tokensAt(locale, text, bs, be)
	defer putTokens(toks)
	if i < 0 {
		return false
	}
	c := standaloneChecker(lx, toks, text)
	for k, n := i-1, 0; k >= 0 && n <= comparisonFillersMax && !toks[k+1].brk; k, n = k-1, n+1 {
		if c.thanEnd(k) >= 0 {
			return true
		}
		if t := toks[k].s; !lx.determiners[t] && !lx.thanFillers[t] && !linkArticles[t] && !lx.definites.endsAt(toks, k) {
			break
		}
	}
	return c.thanAfterAt(j)
}

// comparisonFillersMax is how many determiners and than_fillers may stand
// between a word of comparison and its standard, less one.
const comparisonFillersMax = 5

// EquativeStandardAt reports whether the words at text[bs:be] are the
// standard of an equative comparison (#13, claims49; probe 49D sv-SE
// 49D103 "Moissanit är nästan lika hård som diamant", ja-JP 49D103
// "天然エメラルドと同じベリルの結晶"): right after an equative_before word
// with a word of equative_degree up to three words before it ("almost as
// hard as diamond", "lika hård som diamant"), only determiners and
// than_fillers between, or right before an equative_after word or with an
// equative suffix (天然エメラルドと同じ, "elmas kadar", 다이아몬드만큼).
// The bare words of likeness (like_before) are not read: "sold as a
// diamond", "som diamant" may name the stone.
func EquativeStandardAt(locale, text string, bs, be int) bool {
	lx, toks, i, j := tokensAt(locale, text, bs, be)
	defer putTokens(toks)
	if i < 0 {
		return false
	}
	c := standaloneChecker(lx, toks, text)
	k := i - 1
	for n := 0; n < 2 && k >= 0 && !toks[k+1].brk && (lx.determiners[toks[k].s] || lx.thanFillers[toks[k].s]); n++ {
		k--
	}
	if k >= 0 && !toks[k+1].brk {
		if n := c.phraseEndsAt(lx.equativeBefore, nil, k); n > 0 {
			s := k - n + 1
			for q := s - 1; q >= 0 && q >= s-4 && !toks[q+1].brk; q-- {
				if c.phraseEndsAt(lx.equativeDegree, nil, q) > 0 {
					return true
				}
			}
		}
	}
	if j+1 < len(toks) && !toks[j+1].brk {
		for range lx.equativeAfter.at(toks, j+1) {
			return true
		}
	}
	w := toks[j].s
	for _, sfx := range lx.equativeSuffixes {
		if len(w) > len(sfx) && strings.HasSuffix(w, sfx) {
			return true
		}
		if j+1 < len(toks) && !toks[j+1].brk && toks[j+1].s == sfx {
			return true
		}
	}
	return false
}

// standaloneChecker is a checker of text with no product: the exported
// readers of a word's role (ComparisonStandardAt, EquativeStandardAt) ask
// the rules of the phrase, not the product's facts. Its product is empty,
// not nil: a rule that asks for the product's own name or stones (armStopAt
// and ownNameAt, through a comparison word's arm) reads none rather than
// dereference nothing (#13, gem51: "niż wiele kamieni szlachetnych" on a
// cubic zirconia piece panicked once the window reached the comparison
// word).
func standaloneChecker(lx *lexicon, toks []token, text string) checker {
	return checker{lx: lx, cn: canonical(), p: &core.Product{}, toks: toks, text: text}
}
