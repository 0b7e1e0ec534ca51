package checks

import (
	"fmt"

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
}

// checkUnicode reports, on the original text, the characters that hide,
// disguise or reorder copy (text.Unsafe) and the words written with
// look-alike letters of another script (found by text.Fold): block, since
// such copy shows readers something other than what was checked (issue
// #11; UAX #9, UTS #39).
func (r *run) checkUnicode(orig string, lookAlikes []text.Issue) {
	issues := text.Unsafe(orig)
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
