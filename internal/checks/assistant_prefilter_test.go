package checks

import (
	"strings"
	"testing"
)

// TestPrefiltersAgreeWithTheExpressions checks that the colon-by-colon
// search for prompt labels (findPromptLabel) and the pre-filter of
// "two for one" offers (mayHoldRatio) find what the expressions find run
// over the whole text: on every text of the findings corpus, and on each
// with labels, colons, bullets, emphasis and ratios put at its line
// starts, sentence starts and mid-sentence, in every language's labels.
func TestPrefiltersAgreeWithTheExpressions(t *testing.T) {
	t.Parallel()
	var texts []string
	for _, cc := range realisticCorpus(t, 0) {
		texts = append(texts, cc.in.Text)
	}
	for _, pat := range []string{"dev*.jsonl", "field.jsonl", "released*.jsonl"} {
		for _, c := range loadCases(t, pat) {
			texts = append(texts, c.Text)
		}
	}
	inserts := []string{"Tone: warm. ", "- **Keywords**: gift. ", "Ton : chaleureux. ", "语气：温暖。", "톤: 따뜻함. ",
		"\nTonalità: calda\n", "x: y. ", "Length: 45 cm. ", "2 for 1! ", "3 x 2 mm. ", "1+1 ", "2 με 1 ", "5 × 4 ", "Buy 3 per 2. ", "\t• __Kanal__ : pdp\n"}
	base := len(texts)
	for k, tx := range texts[:min(base, 400)] {
		ins := inserts[k%len(inserts)]
		texts = append(texts, ins+tx, tx+" "+ins, strings.Replace(tx, ". ", ". "+ins, 1), strings.Replace(tx, " ", " "+ins, 1))
	}
	langs := promptLabelRes.langs()
	for k, tx := range texts {
		lang := langs[k%len(langs)]
		re := promptLabelRes.get(lang)
		want := re.FindStringSubmatchIndex(tx)
		s, e, ok := findPromptLabel(re, tx)
		if (want != nil) != ok || ok && (want[2] != s || want[3] != e) {
			t.Fatalf("%s %q: findPromptLabel = %d %d %v, the expression %v", lang, tx, s, e, ok, want)
		}
		if ratioOfferRe.MatchString(tx) && !mayHoldRatio(tx) {
			t.Fatalf("%q: mayHoldRatio false where ratioOfferRe matches", tx)
		}
	}
	t.Logf("%d texts, %d languages' labels", len(texts), len(langs))
}
