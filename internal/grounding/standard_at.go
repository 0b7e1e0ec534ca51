package grounding

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
// called a gem still are the piece's.
func ComparisonStandardAt(locale, text string, bs, be int) bool {
	lx, toks, i, j := tokensAt(locale, text, bs, be)
	if i < 0 {
		return false
	}
	c := checker{lx: lx, cn: canonical(), toks: toks, text: text}
	for k, n := i-1, 0; k >= 0 && n <= 2 && !toks[k+1].brk; k, n = k-1, n+1 {
		if c.thanEnd(k) >= 0 {
			return true
		}
		if t := toks[k].s; !lx.determiners[t] && !lx.thanFillers[t] && !linkArticles[t] && !lx.definites.endsAt(toks, k) {
			break
		}
	}
	return c.thanAfterAt(j)
}
