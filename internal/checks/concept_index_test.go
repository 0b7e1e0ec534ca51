package checks

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/text/segment"
)

// conceptMatch is one match of eachConcept: tokens [s, e) and the form.
type conceptMatch struct{ s, e, form int }

// scanConcepts is the reference matcher: every form of cs tried at every
// token, with stems computed afresh, no index and no cache.
func scanConcepts(r *run, cs *conceptSet) []conceptMatch {
	st := make([]string, len(r.d.toks))
	for i := range st {
		st[i] = stemWord(r.lang, r.d.word(i))
	}
	var out []conceptMatch
	for i := range r.d.toks {
		for id := range cs.forms {
			if e, ok := r.matchForm(cs.formToks(&cs.forms[id]), i, st); ok {
				out = append(out, conceptMatch{i, e, id})
			}
		}
	}
	return out
}

// indexedConcepts is eachConcept's matches, sorted as scanConcepts gives
// them.
func indexedConcepts(r *run, cs *conceptSet) []conceptMatch {
	ids := make(map[*conceptForm]int, len(cs.forms))
	for i := range cs.forms {
		ids[&cs.forms[i]] = i
	}
	var out []conceptMatch
	r.eachConcept(cs, func(s, e int, f *conceptForm) {
		out = append(out, conceptMatch{s, e, ids[f]})
	})
	slices.SortStableFunc(out, func(a, b conceptMatch) int {
		if a.s != b.s {
			return a.s - b.s
		}
		return a.form - b.form
	})
	return out
}

// TestConceptIndexFindsWhatAScanFinds checks the concept matcher's word
// cache and first-token index (lookupWords) against trying every form at
// every token, in every language with concept data, on texts made of the
// forms' own words (each form's words as written, so every form can
// match) and on the evaluation cases of that language; each text is
// matched twice, so that the second pass reads the cache the first one
// filled.
func TestConceptIndexFindsWhatAScanFinds(t *testing.T) {
	t.Parallel()
	texts := evalTextsByLang(t)
	for _, lang := range conceptDataLangs() {
		t.Run(lang, func(t *testing.T) {
			t.Parallel()
			cs, err := loadConcepts(lang, nil)
			if err != nil {
				t.Fatal(err)
			}
			forms := conceptFormWords(lang)
			all := append([]string{strings.Join(forms, ". ") + "."}, texts[lang]...)
			for k, text := range all {
				d := newWordDocument(text, segment.For(lang))
				in := core.CheckInput{Locale: lang}
				r := &run{c: &Checker{}, in: &in, d: d, lang: lang, cg: compileGuide(nil)}
				want := scanConcepts(r, cs)
				for pass := range 2 {
					r.stemmed, r.cands, r.candSet = nil, nil, nil
					got := indexedConcepts(r, cs)
					if !slices.Equal(got, want) {
						t.Fatalf("text %d, pass %d: %d matches, want %d: %s", k, pass, len(got), len(want), firstDiff(got, want, cs))
					}
				}
				if k == 0 && len(want) < len(forms)/2 {
					t.Errorf("the forms' own words match %d forms of %d: the reference finds too little to compare", len(want), len(forms))
				}
			}
		})
	}
}

func firstDiff(got, want []conceptMatch, cs *conceptSet) string {
	for i := range min(len(got), len(want)) {
		if got[i] != want[i] {
			return fmt.Sprintf("at %d got %+v want %+v (form %v)", i, got[i], want[i], cs.formToks(&cs.forms[want[i].form]))
		}
	}
	return ""
}

// evalTextsByLang groups the evaluation cases' texts by language.
func evalTextsByLang(t *testing.T) map[string][]string {
	t.Helper()
	texts := map[string][]string{}
	for _, c := range loadEval(t) {
		lang := langOf(c.Locale)
		texts[lang] = append(texts[lang], c.Text)
	}
	return texts
}

// conceptFormWords returns every form of the language's concept files as
// written, its markers (~ ^ = * ...) removed, so a text of them lets every
// form match.
func conceptFormWords(lang string) []string {
	f, _ := readConceptFiles(lang)
	unmark := strings.NewReplacer("~", "", "^", "", "=", "", "*", "", "...", "")
	var forms []string
	for _, d := range f.Concepts {
		for _, form := range d.Forms {
			forms = append(forms, unmark.Replace(form))
		}
	}
	return forms
}
