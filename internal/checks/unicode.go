package checks

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/text"
)

// maxUnicodeFindings bounds the safety findings of one kind: a text of
// ten thousand zero-width spaces is one problem, not ten thousand.
const maxUnicodeFindings = 20

// unicodeRules names the safety rule of each kind of unsafe character.
var unicodeRules = map[text.Kind]string{
	text.Control:      "safety.control",
	text.Escape:       "safety.escape",
	text.Bidi:         "safety.bidi",
	text.Invisible:    "safety.invisible",
	text.Noncharacter: "safety.invalid",
	text.LookAlike:    "safety.lookalike",
	text.Mark:         "safety.combining",
	text.Width:        "safety.fullwidth",
}

// checkUnicode reports, on the original text, the characters that hide,
// disguise or reorder copy (text.Unsafe) and the words written with
// look-alike letters of another script (found by text.Fold): block, since
// such copy shows readers something other than what was checked (issue
// #11; UAX #9, UTS #39).
func (r *run) checkUnicode(orig string, lookAlikes []text.Issue) {
	issues := text.Unsafe(orig)
	issues = append(issues, r.hiddenInScript(orig)...)
	if len(issues) == 0 && len(lookAlikes) == 0 {
		return
	}
	counts := map[text.Kind]int{}
	report := func(is text.Issue) {
		counts[is.Kind]++
		switch n := counts[is.Kind]; {
		case n < maxUnicodeFindings:
			r.add(unicodeRules[is.Kind], CatSafety, core.SeverityBlock, is.Describe(), is.Start, is.End)
		case n == maxUnicodeFindings:
			r.add(unicodeRules[is.Kind], CatSafety, core.SeverityBlock, fmt.Sprintf("%s; and more of its kind (only the first %d are listed)", is.Describe(), maxUnicodeFindings), is.Start, is.End)
		}
	}
	for i := 0; i < len(issues); i++ {
		is := issues[i]
		// One finding for a run of the same kind ("\u200b\u200b\u200b").
		for i+1 < len(issues) && issues[i+1].Kind == is.Kind && issues[i+1].Start == is.End {
			is.End = issues[i+1].End
			i++
		}
		report(is)
	}
	for _, is := range lookAlikes {
		report(is)
	}
}

// hiddenInScript is what hides a word in the locale's own script and
// text.Unsafe, which knows no locale, allows: a zero-width joiner or
// non-joiner between two Arabic letters in Arabic copy (Arabic spelling
// needs neither; Persian and Urdu write ZWNJ), and full-width Latin
// letters and digits in copy not written in Chinese, Japanese or Korean,
// where they are typography ("１８Ｋ"). Rune spans of orig.
func (r *run) hiddenInScript(orig string) []text.Issue {
	if r.pack == nil {
		return nil
	}
	script := r.pack.Script
	cjk := script == "Jpan" || script == "Hans" || script == "Hant" || script == "Kore"
	zw := r.pack.Language == "ar" && strings.ContainsAny(orig, "\u200c\u200d")
	if !zw && (cjk || !hasFullwidth(orig)) {
		return nil
	}
	var out []text.Issue
	prev, ri := rune(-1), 0
	rs := []rune(orig)
	for i, c := range rs {
		switch {
		case zw && (c == 0x200c || c == 0x200d) && i+1 < len(rs) && unicode.Is(unicode.Arabic, prev) && unicode.IsLetter(prev) && unicode.Is(unicode.Arabic, rs[i+1]) && unicode.IsLetter(rs[i+1]):
			out = append(out, text.Issue{Kind: text.Invisible, Start: ri, End: ri + 1, Rune: c})
		case !cjk && (c >= 0xFF10 && c <= 0xFF19 || c >= 0xFF21 && c <= 0xFF3A || c >= 0xFF41 && c <= 0xFF5A):
			if n := len(out); n > 0 && out[n-1].Kind == text.Width && out[n-1].End >= ri-1 {
				out[n-1].End = ri + 1
			} else {
				out = append(out, text.Issue{Kind: text.Width, Start: ri, End: ri + 1, Rune: c})
			}
		}
		if c != 0x200c && c != 0x200d {
			prev = c
		}
		ri++
	}
	return out
}

// hasFullwidth reports whether s may hold a full-width Latin letter or
// digit (U+FF10–U+FF5A, UTF-8 EF BC 90 – EF BD 9A): a byte test before
// the scan.
func hasFullwidth(s string) bool {
	return strings.Contains(s, "\xef\xbc") || strings.Contains(s, "\xef\xbd")
}

// foldProduct folds the product fields that are matched against the text
// (name, collection, keywords) the way the text was folded, so that the
// product's own name is still recognised in folded copy.
func foldProduct(p core.Product) core.Product {
	p.Name = text.Fold(p.Name).Text
	p.Collection = text.Fold(p.Collection).Text
	if len(p.Keywords) > 0 {
		kw := make([]string, len(p.Keywords))
		for i, k := range p.Keywords {
			kw[i] = text.Fold(k).Text
		}
		p.Keywords = kw
	}
	return p
}
