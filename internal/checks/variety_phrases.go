package checks

import (
	"maps"
	"slices"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/copydesk/copydesk/internal/locales"
)

// Phrases of another variety (#13, var63). identity.foreign names a
// variety's markers word by word, and the document splits its words at
// blanks, hyphens and apostrophes, so a marker of more than one word never
// met a token: pt-PT "à volta de" (about), "casa de banho", "pequeno-almoço"
// on pt-BR; pt-BR "a gente", "café da manhã" on pt-PT; es-MX "lentes de
// sol" on es-ES; fr-CA "fins de semaine" on fr-FR; fr-FR "week-end",
// "e-mail" on fr-CA (listed since variety26 and claims40, and never read).
// A key of identity.foreign with a blank, a hyphen or an apostrophe is
// such a phrase: its words are matched in a row, in one sentence, each as
// written (lower case, accents kept: "à volta de" is Portugal's, Brazil's
// "a volta de" is the return of), with the key's own separator between
// them (one or more blanks for a blank, "-" for a hyphen, ' or ’ for an
// apostrophe). It counts as a word of the variety (weak, or strong when
// identity.foreign_strong lists it), and the words inside it are not read
// again on their own ("e-mail" is one marker, not "e-mail" and "mail").
// Chinese and Japanese packs match their forms as runs of characters
// already (checkVariants).

// foreignPhrase is one phrase key of identity.foreign: its words, the
// separator after each but the last, its owner.
type foreignPhrase struct {
	key   string
	words []string
	seps  []byte // ' ', '-', '\''
	owner string
}

var foreignPhraseCache sync.Map // *locales.Pack -> map[string][]foreignPhrase

// isPhraseSep reports whether r splits a phrase key into words.
func isPhraseSep(r rune) bool { return unicode.IsSpace(r) || r == '-' || r == '\'' || r == '’' }

// foreignPhrases indexes a pack's phrase keys by their first word, folded
// (the form document words are read in), longest phrase first.
func foreignPhrases(p *locales.Pack) map[string][]foreignPhrase {
	if m, ok := foreignPhraseCache.Load(p); ok {
		return m.(map[string][]foreignPhrase)
	}
	m := map[string][]foreignPhrase{}
	for _, k := range slices.Sorted(maps.Keys(p.Identity.Foreign)) {
		if !strings.ContainsFunc(k, isPhraseSep) {
			continue
		}
		key := norm.NFC.String(strings.ToLower(strings.TrimSpace(k)))
		ph := foreignPhrase{key: key, owner: p.Identity.Foreign[k]}
		var cur strings.Builder
		pending := byte(0)
		for _, r := range key {
			if !isPhraseSep(r) {
				if pending != 0 && cur.Len() > 0 {
					ph.words = append(ph.words, cur.String())
					ph.seps = append(ph.seps, pending)
					cur.Reset()
				}
				pending = 0
				cur.WriteRune(r)
				continue
			}
			switch {
			case r == '-':
				pending = '-'
			case r == '\'' || r == '’':
				pending = '\''
			case pending == 0:
				pending = ' '
			}
		}
		if cur.Len() > 0 {
			ph.words = append(ph.words, cur.String())
		}
		if len(ph.words) < 2 {
			continue
		}
		first := foldWord(ph.words[0])
		m[first] = append(m[first], ph)
	}
	for _, phs := range m {
		slices.SortStableFunc(phs, func(a, b foreignPhrase) int { return len(b.words) - len(a.words) })
	}
	foreignPhraseCache.Store(p, m)
	return m
}

// phraseGapSep reads the gap between two tokens as a phrase separator:
// a blank for blanks only, a hyphen or an apostrophe for a lone one, 0
// for anything else (a comma, a full stop, a dash between blanks).
func phraseGapSep(g string) byte {
	switch g {
	case "-":
		return '-'
	case "'", "’":
		return '\''
	}
	if g != "" && strings.TrimSpace(g) == "" {
		return ' '
	}
	return 0
}

// matchForeignPhrases reports each phrase of the pack's identity.foreign
// found in the text through report and returns the tokens the phrases
// cover, which the word-by-word reading of checkVariants then skips.
func (r *run) matchForeignPhrases(report func(word, owner string, s, e int)) []bool {
	idx := foreignPhrases(r.pack)
	if len(idx) == 0 {
		return nil
	}
	var covered []bool
	for i := 0; i < len(r.d.toks); i++ {
		phs, ok := idx[r.d.word(i)]
		if !ok {
			continue
		}
		for _, ph := range phs {
			e, ok := r.foreignPhraseAt(i, ph)
			if !ok {
				continue
			}
			s, se := r.d.span(i, e)
			report(ph.key, ph.owner, s, se)
			if covered == nil {
				covered = make([]bool, len(r.d.toks))
			}
			for k := i; k < e; k++ {
				covered[k] = true
			}
			i = e - 1
			break
		}
	}
	return covered
}

// foreignPhraseAt reports whether ph's words stand at token i on, as written
// (lower case), in one sentence with ph's separators between, and where
// the phrase ends.
func (r *run) foreignPhraseAt(i int, ph foreignPhrase) (int, bool) {
	e := i + len(ph.words)
	if e > len(r.d.toks) {
		return 0, false
	}
	for k, w := range ph.words {
		t := i + k
		if r.d.toks[t].sent != r.d.toks[i].sent || norm.NFC.String(r.lowerWord(t)) != w {
			return 0, false
		}
		if k+1 < len(ph.words) && phraseGapSep(r.d.gap(t)) != ph.seps[k] {
			return 0, false
		}
	}
	return e, true
}
