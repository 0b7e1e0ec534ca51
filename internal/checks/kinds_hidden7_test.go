package checks

import (
	"strings"
	"testing"
	"unicode"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// hide7 returns s with every word of four letters or more hidden by mode:
// an invisible or bidi character in its middle, its letters swapped for
// look-alikes of another script, written in full-width forms, or with a
// combining mark after each letter. ok is false where the mode does not
// apply to the script (look-alikes in Arabic, full width in CJK).
func hide7(s, mode string) (string, bool) {
	rs := []rune(s)
	var b strings.Builder
	changed := false
	for i := 0; i < len(rs); {
		if !unicode.IsLetter(rs[i]) {
			b.WriteRune(rs[i])
			i++
			continue
		}
		j := i
		for j < len(rs) && unicode.IsLetter(rs[j]) {
			j++
		}
		w := rs[i:j]
		i = j
		if len(w) < 4 {
			b.WriteString(string(w))
			continue
		}
		mid := len(w) / 2
		switch mode {
		case "zwsp", "zwnj", "zwj", "wj", "bom", "shy", "lrm", "rlm":
			h := map[string]string{"zwsp": "\u200b", "zwnj": "\u200c", "zwj": "\u200d", "wj": "\u2060", "bom": "\ufeff", "shy": "\u00ad", "lrm": "\u200e", "rlm": "\u200f"}[mode]
			b.WriteString(string(w[:mid]) + h + string(w[mid:]))
			changed = true
		case "isolate":
			b.WriteString(string(w[:mid]) + "\u2066" + string(w[mid:]) + "\u2069")
			changed = true
		case "override":
			b.WriteString(string(w[:mid]) + "\u202d" + string(w[mid:]) + "\u202c")
			changed = true
		case "lookalike":
			out := make([]rune, len(w))
			copy(out, w)
			for k, r := range w {
				if l, ok := lookAlike7[r]; ok {
					out[k] = l
					changed = true
					break // one letter per word
				}
			}
			b.WriteString(string(out))
		case "fullwidth":
			for _, r := range w {
				if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' {
					b.WriteRune(r - 'A' + 'Ａ')
					changed = true
				} else {
					b.WriteRune(r)
				}
			}
		case "combining":
			for k, r := range w {
				b.WriteRune(r)
				if k == mid && (unicode.In(r, unicode.Latin, unicode.Greek, unicode.Cyrillic)) {
					b.WriteRune('\u0336')
					changed = true
				}
			}
		default:
			panic(mode)
		}
	}
	return b.String(), changed
}

// lookAlike7 are look-alikes of another script: Cyrillic for Latin letters
// (UTS #39 confusables), and Latin for Greek ones.
var lookAlike7 = map[rune]rune{
	'a': 'а', 'e': 'е', 'o': 'о', 'p': 'р', 'c': 'с', 'x': 'х', 'y': 'у', 'i': 'і', 's': 'ѕ',
	'ο': 'o', 'α': 'a', 'ι': 'i', 'ν': 'v', 'ρ': 'p', 'Τ': 'T', 'Κ': 'K',
}

// TestKindsHiddenChars7 (#13, hidden_chars): a claim the product does not
// license (skin, tarnish) hidden in every word by a zero-width character,
// a word joiner, a BOM, a soft hyphen, bidi marks, isolates or overrides,
// look-alike letters of another script, full-width forms or combining
// marks still blocks as a claim, and the hiding is a finding of its own
// (safety); the clean text passes. Greek copy with its own letters passes.
func TestKindsHiddenChars7(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	g := guide(t)
	modes := []string{"zwsp", "zwnj", "zwj", "wj", "bom", "shy", "lrm", "rlm", "isolate", "override", "lookalike", "fullwidth", "combining"}
	for _, loc := range packLocales(t) {
		ct, ok := claimsByLang[loc]
		if !ok {
			ct = claimsByLang[langOf(loc)]
		}
		host := lang6ByLang[langOf(loc)].host
		if y, ok := lang6ByLang[loc]; ok {
			host = y.host
		}
		sep := " "
		if strings.HasPrefix(loc, "zh") || strings.HasPrefix(loc, "ja") {
			sep = ""
		}
		for _, fault := range []string{ct.skin[0], ct.tarnish[0]} {
			for _, mode := range modes {
				hidden, ok := hide7(fault, mode)
				if !ok {
					continue
				}
				text := host + sep + hidden
				fs := c.Check(core.CheckInput{Product: plainCuff, Locale: loc, Channel: "marketplace", Text: text, Guide: g})
				cats := map[string]bool{}
				for _, f := range fs {
					if f.Severity == core.SeverityBlock {
						cats[f.Category] = true
					}
				}
				if !cats[CatClaim] || !cats[CatSafety] {
					t.Errorf("hidden claim %s %s %q: want blocking claim and safety: %s", mode, loc, text, describe(fs, "", text))
				}
			}
		}
	}
	runKindsChannel(t, c, g, "marketplace", []kindTable{
		{"Greek copy in its own letters", plainCuff, "", []lt{
			{"el-GR", lang6ByLang["el"].host + " Ο κρίκος του είναι απλός και κομψός, ιδανικός για κάθε μέρα."},
			{"el-GR", lang6ByLang["el"].host + " ΑΣΗΜΙ 925, ΚΟΜΨΟ ΚΑΙ ΑΠΛΟ: ΕΝΑ ΚΟΣΜΗΜΑ ΓΙΑ ΚΑΘΕ ΜΕΡΑ."},
			{"el-GR", lang6ByLang["el"].host + " Ταιριάζει με το Arc Ring της ίδιας σειράς και με ένα απλό T-shirt."},
		}},
	})
}
