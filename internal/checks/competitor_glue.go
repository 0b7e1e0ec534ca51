package checks

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/internal/core"
)

// ---- competitors glued to a particle of another script ----
//
// A competitor's Latin name is a whole word where its script ends, even
// when no space parts it from the next letter: Korean case particles
// ("Kendra Scott의", "Tiffany를", "Cartier처럼"), an Arabic preposition
// joined by a tatweel ("كـTiffany", "بـCartier") or a Japanese or Chinese
// particle where the copy is read without a dictionary are letters of
// another script, so the tokeniser keeps them in the name's token and the
// guide's phrase matcher never sees the name (#13, competitorglue32). The
// grounding package reads a collection name the same way
// ("Heritageコレクション").

// latinLetter reports whether c is a letter of the Latin script (or a
// digit, which a Latin name's run keeps).
func latinLetter(c rune) bool {
	if c < utf8.RuneSelf {
		return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return unicode.Is(unicode.Latin, c)
}

// latinRuns calls fn with the rune offsets [s, e) of each maximal run of
// Latin letters in the folded word w, and whether a letter of another
// script stands before it (before) or after it (after).
func latinRuns(w string, fn func(run string, s, e int, before, after bool)) {
	rs := []rune(w)
	for i := 0; i < len(rs); {
		if !latinLetter(rs[i]) {
			i++
			continue
		}
		j := i
		for j < len(rs) && latinLetter(rs[j]) {
			j++
		}
		fn(string(rs[i:j]), i, j, i > 0, j < len(rs))
		i = j
	}
}

// mixedScript reports whether the folded word w holds a Latin letter and
// a letter of another script.
func mixedScript(w string) bool {
	latin, other := false, false
	for _, c := range w {
		if latinLetter(c) {
			latin = true
		} else {
			other = true
		}
	}
	return latin && other
}

// tokenByteAt is the byte offset in the original text of rune k of token
// i (the folded word and the original are rune for rune).
func (d *document) tokenByteAt(i, k int) int {
	t := d.toks[i]
	b := t.bs
	for n := 0; n < k && b < t.be; n++ {
		_, sz := utf8.DecodeRuneInString(d.text[b:])
		b += sz
	}
	return b
}

// checkCompetitorGlued finds a guide competitor whose Latin name, or the
// first or last word of it, is glued to letters of another script inside
// one token: the name's words are matched as the Latin run at the token's
// end (the first word), whole tokens (the middle), and the Latin run at
// the next token's start (the last word).
func (r *run) checkCompetitorGlued() {
	if r.g == nil || r.cg == nil || len(r.cg.competitors) == 0 {
		return
	}
	d := r.d
	mixed := false
	for i := range d.toks {
		if mixedScript(d.word(i)) {
			mixed = true
			break
		}
	}
	if !mixed {
		return
	}
	for _, name := range r.cg.competitors {
		cw := splitWords(name)
		n := len(cw)
		if n == 0 {
			continue
		}
		for i := range d.toks {
			w := d.word(i)
			if !strings.Contains(w, cw[0]) && !strings.Contains(w, inscriptionalFold(cw[0])) || r.inLink(i) {
				continue
			}
			latinRuns(w, func(run string, s, e int, before, after bool) {
				if !before && !after && n == 1 {
					return // the whole token: the phrase matcher's
				}
				if run != cw[0] && !inscriptional(run, cw[0], d.text[d.tokenByteAt(i, s):d.tokenByteAt(i, e)]) {
					return // the whole token: the phrase matcher's
				}
				if n == 1 {
					bs, be := d.tokenByteAt(i, s), d.tokenByteAt(i, e)
					r.addBytes("competitor", CatCompetitor, core.SeverityBlock, fmt.Sprintf("%q names the competitor %s", d.text[bs:be], name), bs, be)
					return
				}
				if after || i+n-1 >= len(d.toks) {
					return // the first word must end its token
				}
				for k := 1; k < n-1; k++ {
					if d.word(i+k) != cw[k] {
						return
					}
				}
				last := i + n - 1
				lw := d.word(last)
				if !strings.HasPrefix(lw, cw[n-1]) || d.toks[last].sent != d.toks[i].sent {
					return
				}
				rest, _ := utf8.DecodeRuneInString(lw[len(cw[n-1]):])
				if len(lw) > len(cw[n-1]) && latinLetter(rest) {
					return
				}
				if !before && len(lw) == len(cw[n-1]) {
					return // whole tokens: the phrase matcher's
				}
				end := d.tokenByteAt(last, utf8.RuneCountInString(cw[n-1]))
				bs := d.tokenByteAt(i, s)
				r.addBytes("competitor", CatCompetitor, core.SeverityBlock, fmt.Sprintf("%q names the competitor %s", d.text[bs:end], name), bs, end)
			})
		}
	}
}

// inscriptionalFold writes a name as Latin inscriptions do, V for U
// ("bulgari" -> "bvlgari"): the style a brand may take as its own
// (BVLGARI) and copy copies, in capitals.
func inscriptionalFold(w string) string { return strings.ReplaceAll(w, "u", "v") }

// inscriptional reports whether the Latin run (folded; orig as written) is
// the name word in the inscriptional style: written with a capital (all in
// capitals as the brand writes itself, or "Bvlgari") and V for a U
// ("BVLGARIのハイジュエリー", "BVLGARI高级珠宝", "BVLGARI의"; #13,
// colourclaims42, probe 42D ja-JP 42D104-2). A separate Latin word in that
// style is checkCompetitorSpelling's.
func inscriptional(run, word, orig string) bool {
	first, _ := utf8.DecodeRuneInString(orig)
	if !strings.Contains(word, "u") || !unicode.IsUpper(first) {
		return false
	}
	return strings.ReplaceAll(run, "v", "u") == strings.ReplaceAll(word, "v", "u")
}
