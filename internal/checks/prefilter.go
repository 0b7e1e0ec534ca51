package checks

import (
	"regexp/syntax"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"mvdan.cc/xurls/v2"
)

// Cheap pre-filters decide whether an expensive matcher can match at all,
// so that it runs only on the texts that may hold what it looks for. Each
// errs only one way: it may say yes where the matcher then finds nothing,
// never no where the matcher would find something (see prefilter_test.go).

// urlTLDs are the ASCII top-level domains xurls.Relaxed knows (public and
// pseudo), lower-cased.
var urlTLDs = sync.OnceValue(func() map[string]struct{} {
	m := make(map[string]struct{}, len(xurls.TLDs)+len(xurls.PseudoTLDs))
	for _, list := range [][]string{xurls.TLDs, xurls.PseudoTLDs} {
		for _, t := range list {
			if t[0] < utf8.RuneSelf {
				m[strings.ToLower(t)] = struct{}{}
			}
		}
	}
	return m
})

// noAuthoritySchemes are the schemes xurls matches without "//" ("tel:",
// "mailto:"), lower-cased with their colon.
var noAuthoritySchemes = func() []string {
	out := make([]string, len(xurls.SchemesNoAuthority))
	for i, s := range xurls.SchemesNoAuthority {
		out[i] = strings.ToLower(s) + ":"
	}
	return out
}()

// mayHoldURL reports whether xurls.Relaxed can match somewhere in text. The
// expression matches only (1) a scheme followed by "://", (2) a scheme
// without authority ("tel:", "mailto:"), (3) a host name ending in ".TLD"
// where TLD is a known top-level domain standing alone as an ASCII word,
// a Unicode TLD or punycode ("xn--"), (4) a dotted IPv4 address, or (5) an
// IPv6 address, which has "::" or at least six colons. E-mail addresses
// need a host name, so (3) covers them. Decimals and measurements ("1.5
// mm", "2,5 cm", "e.g.") pass none of these, so the expression (a large
// automaton) never runs on them.
func mayHoldURL(text string) bool {
	// Colons followed by a space are labels ("Material: silver", the
	// label style of the pack-written locales), never part of a URL or an
	// IPv6 address: counting them ran the URL expression on every such
	// Greek or Arabic text (≈ 2 ms a check).
	if colons := urlColons(text); colons > 0 {
		if colons >= 6 || strings.Contains(text, "::") || strings.Contains(text, "://") {
			return true
		}
		low := strings.ToLower(text)
		for _, s := range noAuthoritySchemes {
			if strings.Contains(low, s) {
				return true
			}
		}
	}
	tlds := urlTLDs()
	for i := strings.IndexByte(text, '.'); i >= 0; {
		if i > 0 && i+1 < len(text) {
			before, _ := utf8.DecodeLastRuneInString(text[:i])
			if unicode.IsLetter(before) || unicode.IsMark(before) || unicode.IsNumber(before) {
				rest := text[i+1:]
				if rest[0] >= utf8.RuneSelf || len(rest) >= 4 && strings.EqualFold(rest[:4], "xn--") {
					return true // a Unicode TLD or punycode may follow
				}
				j := 0
				for j < len(rest) && isASCIIWordByte(rest[j]) {
					j++
				}
				if j > 0 {
					if _, ok := tlds[strings.ToLower(rest[:j])]; ok {
						return true
					}
					if isDigit(text[i-1]) && dottedQuad(text, i) {
						return true
					}
				}
			}
		}
		k := strings.IndexByte(text[i+1:], '.')
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return false
}

// findURLs is urlPattern().FindAllStringIndex(text, -1), run only on the
// runs of text between ASCII blanks that mayHoldURL passes. No match of
// xurls.Relaxed holds an ASCII blank (none of its classes or literals
// does, TestURLExpressionHoldsNoBlank) and its only assertion is \b, for
// which a blank and the edge of the text are alike (neither is a word
// byte): so every match lies inside one run, and a run's matches are the
// whole text's there. The expression is an automaton of 16,000
// instructions that costs about 3 µs a byte: on the whole of a text with
// one URL it was 2.5 ms, most of a check's time on such a text (#17).
func findURLs(text string) [][]int {
	re := urlPattern()
	var out [][]int
	for s := 0; s < len(text); {
		if isASCIIBlank(text[s]) {
			s++
			continue
		}
		e := s + 1
		for e < len(text) && !isASCIIBlank(text[e]) {
			e++
		}
		if run := text[s:e]; mayHoldURL(run) {
			for _, loc := range re.FindAllStringIndex(run, -1) {
				out = append(out, []int{s + loc[0], s + loc[1]})
			}
		}
		s = e
	}
	return out
}

// isASCIIBlank is \s of RE2 but for the vertical tab: space, tab, line
// feed, form feed, carriage return (and \v, which no URL holds either).
func isASCIIBlank(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\f' || b == '\r' || b == '\v'
}

// dottedQuad reports whether the run of digits and dots around the dot at
// i holds at least three dots between digits, as an IPv4 address does.
func dottedQuad(text string, i int) bool {
	s := i
	for s > 0 && (isDigit(text[s-1]) || text[s-1] == '.') {
		s--
	}
	e := i
	for e < len(text) && (isDigit(text[e]) || text[e] == '.') {
		e++
	}
	return strings.Count(text[s:e], ".") >= 3
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// isASCIIWordByte is \w of RE2, which decides xurls' \b after a TLD.
func isASCIIWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || isDigit(b) || b == '_'
}

// ---- required literals of a regular expression ----

// needFilter holds what any match of a regular expression must contain:
// every clause must be met, and a clause is met when the text contains one
// of its strings. Strings marked fold are compared case-insensitively (on
// the text folded by foldKey); a filter with no clause always passes.
// Built once per expression, checked with a few strings.Contains.
type needFilter struct {
	clauses []needClause
}

type needClause struct {
	strs []string
	fold bool
}

// maxNeedStrings bounds a clause: a set larger than this filters little.
const maxNeedStrings = 64

// newNeedFilter analyses re. An expression it cannot analyse gets a filter
// that always passes.
func newNeedFilter(expr string) needFilter {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return needFilter{}
	}
	clauses := needOf(re.Simplify())
	for i := range clauses {
		clauses[i].strs = absorb(clauses[i].strs)
	}
	return needFilter{clauses: clauses}
}

// absorb drops from a clause's strings every one that holds another of
// them: a text that contains "$\t" contains "$", so the clause {"$",
// "$\t", " $"} is met exactly when {"$"} is. The currency pattern of the
// example guide asked 24 strings of every text, 21 of them holding one of
// the other three (#17). The order of what is kept is the clause's.
func absorb(strs []string) []string {
	out := strs[:0:0]
	for i, s := range strs {
		held := false
		for j, o := range strs {
			// o in s, o shorter (or equal and first: one of two equal
			// strings stays)
			if j != i && strings.Contains(s, o) && (len(o) < len(s) || j < i) {
				held = true
				break
			}
		}
		if !held {
			out = append(out, s)
		}
	}
	return out
}

// mayMatch reports whether text can hold a match; folded is foldKey(text),
// computed on first use.
func (f needFilter) mayMatch(text string, folded *string) bool {
	for _, c := range f.clauses {
		hay := text
		if c.fold {
			if *folded == "" {
				*folded = foldKey(text)
			}
			hay = *folded
		}
		met := false
		for _, s := range c.strs {
			if strings.Contains(hay, s) {
				met = true
				break
			}
		}
		if !met {
			return false
		}
	}
	return true
}

// needOf returns clauses every match of re satisfies.
func needOf(re *syntax.Regexp) []needClause {
	switch re.Op {
	case syntax.OpCapture:
		return needOf(re.Sub[0])
	case syntax.OpPlus:
		return needOf(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return needOf(re.Sub[0])
		}
		return nil
	case syntax.OpConcat:
		// Every part of a concatenation is in the match; a run of parts
		// whose strings are few makes one clause of longer strings.
		var out []needClause
		var run []*syntax.Regexp
		flush := func() {
			if len(run) == 0 {
				return
			}
			if c, ok := finiteClause(run); ok {
				out = append(out, c)
			} else {
				for _, sub := range run {
					out = append(out, needOf(sub)...)
				}
			}
			run = run[:0]
		}
		for _, sub := range re.Sub {
			if _, ok := finite(sub); ok {
				run = append(run, sub)
				continue
			}
			flush()
			out = append(out, needOf(sub)...)
		}
		flush()
		return out
	case syntax.OpAlternate:
		if c, ok := finiteClause([]*syntax.Regexp{re}); ok {
			return []needClause{c}
		}
		// One clause: the union of each branch's most selective clause.
		union := needClause{}
		for _, sub := range re.Sub {
			best := bestClause(needOf(sub))
			if best == nil {
				return nil
			}
			union.fold = union.fold || best.fold
			union.strs = append(union.strs, best.strs...)
		}
		if union.fold {
			for i, s := range union.strs {
				union.strs[i] = foldKey(s)
			}
		}
		if len(union.strs) > maxNeedStrings {
			return nil
		}
		return []needClause{union}
	case syntax.OpLiteral, syntax.OpCharClass:
		if c, ok := finiteClause([]*syntax.Regexp{re}); ok {
			return []needClause{c}
		}
	}
	return nil
}

// bestClause picks the clause whose shortest string is longest.
func bestClause(cs []needClause) *needClause {
	var best *needClause
	bestLen := 0
	for i := range cs {
		l := len(cs[i].strs[0])
		for _, s := range cs[i].strs {
			l = min(l, len(s))
		}
		if best == nil || l > bestLen {
			best, bestLen = &cs[i], l
		}
	}
	return best
}

// finiteClause is the clause of the strings the concatenation of parts can
// match, when they are few and none is empty.
func finiteClause(parts []*syntax.Regexp) (needClause, bool) {
	set := []piece{{}}
	for _, p := range parts {
		strs, ok := finite(p)
		if !ok {
			return needClause{}, false
		}
		var next []piece
		for _, a := range set {
			for _, b := range strs {
				next = append(next, piece{s: a.s + b.s, fold: a.fold || b.fold})
				if len(next) > maxNeedStrings {
					return needClause{}, false
				}
			}
		}
		set = next
	}
	c := needClause{}
	for _, p := range set {
		if p.s == "" {
			return needClause{}, false
		}
		c.fold = c.fold || p.fold
	}
	for _, p := range set {
		s := p.s
		if c.fold {
			s = foldKey(s)
		}
		c.strs = append(c.strs, s)
	}
	return c, len(c.strs) > 0
}

// piece is one string a finite expression matches.
type piece struct {
	s    string
	fold bool
}

// finite lists the strings re matches when they are few.
func finite(re *syntax.Regexp) ([]piece, bool) {
	switch re.Op {
	case syntax.OpEmptyMatch:
		return []piece{{}}, true
	case syntax.OpLiteral:
		return []piece{{s: string(re.Rune), fold: re.Flags&syntax.FoldCase != 0}}, true
	case syntax.OpCharClass:
		var out []piece
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				out = append(out, piece{s: string(r)})
				if len(out) > maxNeedStrings {
					return nil, false
				}
			}
		}
		return out, len(out) > 0
	case syntax.OpCapture:
		return finite(re.Sub[0])
	case syntax.OpQuest:
		sub, ok := finite(re.Sub[0])
		return append(sub, piece{}), ok
	case syntax.OpConcat, syntax.OpAlternate:
		out := []piece{{}}
		if re.Op == syntax.OpAlternate {
			out = nil
		}
		for _, sub := range re.Sub {
			strs, ok := finite(sub)
			if !ok {
				return nil, false
			}
			if re.Op == syntax.OpAlternate {
				out = append(out, strs...)
			} else {
				var next []piece
				for _, a := range out {
					for _, b := range strs {
						next = append(next, piece{s: a.s + b.s, fold: a.fold || b.fold})
					}
				}
				out = next
			}
			if len(out) > maxNeedStrings {
				return nil, false
			}
		}
		return out, true
	}
	return nil, false
}

// foldKey maps every rune to the smallest rune of its case-folding orbit
// (unicode.SimpleFold, as regexp's (?i) compares), so two strings that
// match case-insensitively have the same key.
func foldKey(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r < 0x80 {
			// The smallest case fold of an ASCII letter is its upper case
			// ("k" also folds to the Kelvin sign, "s" to "ſ": both larger).
			if 'a' <= r && r <= 'z' {
				r -= 'a' - 'A'
			}
			b.WriteByte(byte(r))
			continue
		}
		min := r
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			if f < min {
				min = f
			}
		}
		b.WriteRune(min)
	}
	return b.String()
}

// urlColons counts the colons of text that a URL or an IPv6 address could
// hold: those not followed by white space or the end.
func urlColons(text string) int {
	n := 0
	for i := strings.IndexByte(text, ':'); i >= 0; {
		if i+1 < len(text) && text[i+1] != ' ' && text[i+1] != '\n' && text[i+1] != '\t' && text[i+1] != '\r' {
			n++
		}
		j := strings.IndexByte(text[i+1:], ':')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return n
}

// roleRunes are the fewest and most runes of a chat role (chatRoles).
// Case folding maps a rune to a rune, so a role has as many runes in any
// case ("SYSTEM", "ſystem").
var roleRunes = func() (r [2]int) {
	r[0] = 1 << 30
	for _, s := range chatRoles {
		n := utf8.RuneCountInString(s)
		r[0], r[1] = min(r[0], n), max(r[1], n)
	}
	return r
}()

// isRESpace is \s of Go's regexp: tab, newline, form feed, carriage
// return and space.
func isRESpace(b byte) bool { return b == '\t' || b == '\n' || b == '\f' || b == '\r' || b == ' ' }

// mayHoldRoleLine reports whether roleLine can match in text. The
// expression is ^\s*(?:role|...)\s*[:：] in multi-line mode, so a match
// needs a colon (":" or "：") before which, across \s, stands a run of
// non-\s characters exactly a role long (a role is one word) and before
// that only \s back to a line's start (the text's, or just after "\n").
// Label colons in the middle of a line ("Bon à savoir : finition", "…
// 2,5 cm. Material: silver"), which the offline writer's copy of most
// locales holds, pass none of this, so the expression never runs there.
func mayHoldRoleLine(text string) bool {
	for i := 0; i < len(text); {
		j := indexColon(text[i:])
		if j < 0 {
			return false
		}
		c := i + j
		if roleAtLineStartBefore(text, c) {
			return true
		}
		_, size := utf8.DecodeRuneInString(text[c:])
		i = c + size
	}
	return false
}

// indexColon is strings.IndexAny(s, ":：") by two searches the runtime
// vectorises: IndexAny with a non-ASCII set decodes every rune of s and
// looks each up in the set, a tenth of the injection check's time.
func indexColon(s string) int {
	i := strings.IndexByte(s, ':')
	head := s
	if i >= 0 {
		head = s[:i]
	}
	if j := strings.Index(head, "："); j >= 0 {
		return j
	}
	return i
}

// roleAtLineStartBefore reports whether the colon at byte c has, before
// it, \s*, a non-\s run of a role's length in runes, and \s* back to a
// line start.
func roleAtLineStartBefore(text string, c int) bool {
	k := c
	for k > 0 && isRESpace(text[k-1]) {
		k--
	}
	n := 0
	for k > 0 && !isRESpace(text[k-1]) {
		_, size := utf8.DecodeLastRuneInString(text[:k])
		k -= size
		if n++; n > roleRunes[1] {
			return false
		}
	}
	if n < roleRunes[0] {
		return false
	}
	for k > 0 && isRESpace(text[k-1]) && text[k-1] != '\n' {
		k--
	}
	return k == 0 || text[k-1] == '\n'
}

// mayHoldPhone reports whether phonePattern can find a number checkSafety
// reports: the expression's match is a digit, then 7-18 bytes of digits,
// blanks and "().-/", then a digit (after an optional "+"), and only a
// match of eight digits or more is reported, so some maximal run of those
// bytes must hold eight ASCII digits ("\d" is ASCII in Go's expressions).
// A text's measurements ("1.5 cm across on a 45 cm chain, with a 2.5 mm
// clasp": six digits in all, runs of at most two) pass none, where the
// count of the text's digits let half of the corpus run the expression.
func mayHoldPhone(text string) bool {
	n := 0
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case c >= '0' && c <= '9':
			if n++; n >= 8 {
				return true
			}
		case c == ' ' || c == '\t' || c == '(' || c == ')' || c == '.' || c == '-' || c == '/':
		default:
			n = 0
		}
	}
	return false
}

// labelStops end a word for the prompt labels' pre-filter (labelLasts):
// what stands between a label's words ([ \t]+, [-‐ ]), before its first
// (a sentence end, blanks, a bullet, emphasis), after it (emphasis,
// blanks, the colon), and a line break.
const labelStops = " \t-‐*_•·.!?。！？\n\u00a0\u202f:："

// labelLasts are, per language key of promptLabelRes, the fold keys
// (foldKey) of the last word of every label its expression holds (the
// language's own and English), for findPromptLabel to skip a colon whose
// word before it is none of them; nil (no pre-filter) where a label's last
// word is empty or holds one of labelStops.
var labelLasts sync.Map // language -> map[string]struct{} (nil: none)

func promptLabelLasts(lang string) map[string]struct{} {
	if v, ok := labelLasts.Load(lang); ok {
		return v.(map[string]struct{})
	}
	raw := promptLabelRes.raw()
	m := map[string]struct{}{}
	for _, w := range append(slices.Clone(raw[lang]), raw["en"]...) {
		last := w[strings.LastIndexAny(w, " -")+1:]
		if last == "" || strings.ContainsAny(last, labelStops) {
			m = nil
			break
		}
		m[foldKey(last)] = struct{}{}
	}
	v, _ := labelLasts.LoadOrStore(lang, m)
	return v.(map[string]struct{})
}

// appendFoldKey is foldKey appended to b, for a key made without
// allocating.
func appendFoldKey(b []byte, s string) []byte {
	for _, r := range s {
		if r < 0x80 {
			if 'a' <= r && r <= 'z' {
				r -= 'a' - 'A'
			}
			b = append(b, byte(r))
			continue
		}
		m := r
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			m = min(m, f)
		}
		b = utf8.AppendRune(b, m)
	}
	return b
}

// labelWordBefore is the word findPromptLabel's pre-filter compares for the
// colon at text[c]: the text before it without the blanks and then the
// emphasis ("**", "__") a label may have before its colon, back to the
// nearest of labelStops.
func labelWordBefore(text string, c int) string {
	p := c
	for p > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:p])
		if r != ' ' && r != '\t' && r != '\u00a0' && r != '\u202f' {
			break
		}
		p -= size
	}
	if strings.HasSuffix(text[:p], "**") || strings.HasSuffix(text[:p], "__") {
		p -= 2
	}
	q := p
	for q > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:q])
		if strings.ContainsRune(labelStops, r) {
			break
		}
		q -= size
	}
	return text[q:p]
}
