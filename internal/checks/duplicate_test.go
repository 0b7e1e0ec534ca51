package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

func duplicateFinding(fs []core.Finding) string {
	for _, f := range fs {
		if f.Category == CatDuplicate {
			return f.Severity + " " + f.Message
		}
	}
	return ""
}

// TestDuplicateSignaturesMatchExact runs the realistic corpus with
// neighbours, and pairs made similar on purpose, through the checker and
// through the exhaustive comparison (every neighbour compared exactly):
// the findings must agree.
func TestDuplicateSignaturesMatchExact(t *testing.T) {
	t.Parallel()
	corpus := realisticCorpus(t, 60)
	// Near copies at every level of similarity: a text with its first k
	// sentences swapped for another text's.
	for i := 0; i+1 < len(corpus) && i < 200; i += 2 {
		a, b := corpus[i].in, corpus[i+1].in
		da, db := newDocument(a.Text), newDocument(b.Text)
		for cut := 1; cut < len(da.sents) && cut < len(db.sents); cut++ {
			mixed := a.Text[:da.toks[da.sents[cut].ts].bs] + b.Text[db.toks[db.sents[cut].ts].bs:]
			in := a
			in.Neighbours = []core.Neighbour{{SKU: "MIX", Text: mixed}, {SKU: "B", Text: b.Text}}
			corpus = append(corpus, corpusCase{in: in})
		}
	}
	c, ref := &Checker{}, &Checker{exhaustive: true}
	found := 0
	for i, cc := range corpus {
		want := duplicateFinding(ref.Check(cc.in))
		if want != "" {
			found++
		}
		if got := duplicateFinding(c.Check(cc.in)); got != want {
			t.Errorf("case %d (%s): duplicate finding %q, the exhaustive comparison says %q", i, cc.in.Locale, got, want)
		}
	}
	if found < 50 {
		t.Errorf("only %d cases with a duplicate finding; the test needs more near copies", found)
	}
}
