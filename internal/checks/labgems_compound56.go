package checks

import (
	"unicode/utf8"

	"github.com/copydesk/copydesk/internal/grounding"
)

// A lab-grown gem named by a compound of its variety and its species
// (#13, treat56). The languages that write compounds as one word name a
// variety of the product's stone with its species glued on:
// "padparadschasafir" (sv, da, nb), "padparadschasaffier" (nl),
// "padparadschasafiiri" (fi), "Padparadschasaphir" (de). Read word by
// word, neither half is the whole word, so "labbodlad
// padparadschasafir" went unread as the gem and its qualifier with it,
// and a later bare "Padparadscha", the variety's name explained, blocked
// as the first unqualified mention; and a bare "padparadschasafir" on a
// lab-grown stone passed unqualified. The FTC Jewelry Guides (16 CFR
// 23.23(c)) ask the qualifier of the stone's name whatever its form.
//
// compoundGem reads a word of compoundGemMin runes or more as the gem
// where it splits into two parts of compoundPartMin runes or more, one
// the gem's own name (its built-in words or the pack's name, inflected)
// and the other a name the grounding vocabulary gives a value of the
// product's stone type (the variety, "padparadscha" of a "lab-grown
// padparadscha sapphire", or the species): the compound names the stone.
// Segmented languages (ja, zh) read dictionary words and have none.

const (
	compoundGemMin  = 9
	compoundPartMin = 4
)

// compoundGem reports whether the folded word w is a compound of the gem
// g by the rules above.
func (g gemNames) compoundGem(w string) bool {
	if g.whole || g.stone == "" || utf8.RuneCountInString(w) < compoundGemMin {
		return false
	}
	own := func(s string) bool { return g.words.has(s) || g.named(s) }
	n := 0
	for k := range w {
		if n >= compoundPartMin && utf8.RuneCountInString(w[k:]) >= compoundPartMin {
			head, tail := w[:k], w[k:]
			if own(head) && g.typeWord(tail) || own(tail) && g.typeWord(head) {
				return true
			}
		}
		n++
	}
	return false
}

// colourGem reports whether w, a dictionary word of Japanese or Chinese,
// is the stone's name after a colour word written as one word with it
// (ブルー|スピネル, ピンク|サファイア; #13, explain57, probe 57D ja-JP
// 57D01 "ラボグロウン ブルースピネル"): the colour is the stone's, so the
// word names the stone, and a qualifier before it is the stone's as
// before 青いスピネル. The colour is a colour word of the locale's
// grounding vocabulary of two or more runes.
func (g gemNames) colourGem(w string) bool {
	if !g.whole || g.stone == "" || utf8.RuneCountInString(w) < 4 {
		return false
	}
	n := 0
	for k := range w {
		if n >= 2 && utf8.RuneCountInString(w[k:]) >= 2 {
			head, tail := w[:k], w[k:]
			if len(grounding.ColourValues(g.locale, head)) > 0 && (g.words.has(tail) || g.named(tail) || g.typeWord(tail)) {
				return true
			}
		}
		n++
	}
	return false
}
