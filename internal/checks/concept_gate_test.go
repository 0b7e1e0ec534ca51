package checks

import (
	"slices"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/text/segment"
)

// TestGateIndexAsWalk checks eachConcept with its gateIndex against the
// walk of every candidate form it replaces (noGateIndex), in every
// language with concept data, on the texts TestConceptIndexFindsWhatAScanFinds
// reads (the forms' own words, and the evaluation cases): the same
// matches in the same order, on a first pass that fills the word cache
// and a second that reads it, every token of 8 candidate forms or more
// indexed whether the cache keeps its word or not. It also checks that the index answered for
// tokens of most languages, so the comparison is not vacuous.
func TestGateIndexAsWalk(t *testing.T) {
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
			ids := make(map[*conceptForm]int, len(cs.forms))
			for i := range cs.forms {
				ids[&cs.forms[i]] = i
			}
			matches := func(r *run, walk bool) []conceptMatch {
				r.stemmed, r.cands, r.candSet = nil, nil, nil
				r.lookupWords(cs)
				// Words the cache does not keep (numbers; every word once
				// the package's other tests have filled it) have no index
				// of their own: they get one here, so the comparison does
				// not depend on the cache's state.
				for i, g := range r.gates {
					if g == nil {
						r.gates[i] = newGateIndex(r.cands[i], cs.gates())
					}
				}
				r.noGateIndex = walk
				var out []conceptMatch
				r.eachConcept(cs, func(s, e int, f *conceptForm) {
					out = append(out, conceptMatch{s, e, ids[f]})
				})
				return out
			}
			all := append([]string{strings.Join(forms, ". ") + "."}, texts[lang]...)
			indexed, total := 0, 0
			for k, text := range all {
				d := newWordDocument(text, segment.For(lang))
				in := core.CheckInput{Locale: lang}
				r := &run{c: &Checker{}, in: &in, d: d, lang: lang, cg: compileGuide(nil)}
				for pass := range 2 {
					want := matches(r, true)
					got := matches(r, false)
					if !slices.Equal(got, want) {
						t.Fatalf("text %d, pass %d: %d matches, want %d: %s", k, pass, len(got), len(want), firstDiff(got, want, cs))
					}
					total += len(want)
					if r.bare == nil {
						for _, gx := range r.gates {
							if gx != nil {
								indexed++
							}
						}
					}
				}
			}
			if lang != "ar" && indexed == 0 {
				t.Errorf("no token's forms were indexed (%d matches): the comparison tests nothing", total)
			}
			t.Logf("%d matches, %d tokens answered by the index", total, indexed)
		})
	}
}

// TestGateIndexMarksAsSigMayMatch checks gateIndex.mark form by form
// against sigMayMatch on made-up entries: forms of every next kind and of
// nextN 0, 1, 2 and 10, with signatures shared, at every token of a text
// of several sentences.
func TestGateIndexMarksAsSigMayMatch(t *testing.T) {
	t.Parallel()
	d := newWordDocument("Gold ring with a diamond. The ring is gold and the gold is fine, a ring of gold! Rings: gold, silver, diamond gold ring", segment.For("en"))
	words := []string{"gold", "ring", "diamond", "the", "silver", "fine", "rings", "zzz"}
	st := make([]string, len(d.toks))
	ws, ss := make([]uint32, len(d.toks)), make([]uint32, len(d.toks))
	for j := range d.toks {
		st[j] = stemWord("en", d.words[j])
		ws[j], ss[j] = wordSig(d.words[j]), wordSig(st[j])
	}
	r := &run{d: d, lang: "en"}
	var gate []formGate
	var forms []int32
	for k := range 300 {
		g := formGate{sig: wordSig(words[k*7%len(words)]), next: uint8(k % 4), nextN: []uint8{0, 1, 2, 10, 1}[k%5]}
		gate = append(gate, g)
		forms = append(forms, int32(len(gate)-1))
	}
	slices.Reverse(forms)
	gx := newGateIndex(forms, gate)
	if gx == nil {
		t.Fatal("no index")
	}
	marks := make([]uint64, len(gx.open))
	for i := range d.toks {
		gx.mark(marks, d, i, d.toks[i].sent, ws, ss)
		for p, id := range forms {
			g := gate[id]
			want := g.next == nextAny || g.next == nextPrefix || r.sigMayMatch(g, i+1, d.toks[i].sent, ws, ss)
			if got := marks[p/64]&(1<<(p%64)) != 0; got != want {
				t.Fatalf("token %d (%q), form %d %+v: marked %v, sigMayMatch %v", i, d.words[i], p, g, got, want)
			}
		}
	}
	if newGateIndex(forms[:minGateIndex-1], gate) != nil {
		t.Error("an entry of fewer than minGateIndex forms is indexed")
	}
}
