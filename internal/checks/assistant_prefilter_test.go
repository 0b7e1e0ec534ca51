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
		"\nTonalità: calda\n", "x: y. ", "Length: 45 cm. ", "2 for 1! ", "3 x 2 mm. ", "1+1 ", "2 με 1 ", "5 × 4 ", "Buy 3 per 2. ", "\t• __Kanal__ : pdp\n",
		"TONE OF VOICE : warm. ", "**Brand voice** :\u00a0warm. ", "· Brand-voice: x. ", "Brand‐voice: x. ", "KEYWORDS\u202f: x. ", "ſtyle: x. ",
		"Call +44 (0)20 7946 0958. ", "06 12 34 56 78 ", "Tel. 0612-345-678. ", "1.5 cm, 45 cm, 2.5 mm. ", "12345678 ",
		"2 µε 1 ", "3 FÜR 2. ", "4\tX\t3 ", "5pour4", "2,5 mm per 1 "}
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
		for _, lasts := range []map[string]struct{}{nil, promptLabelLasts(lang)} {
			s, e, ok := findPromptLabel(re, lasts, tx)
			if (want != nil) != ok || ok && (want[2] != s || want[3] != e) {
				t.Fatalf("%s %q: findPromptLabel (pre-filter %v) = %d %d %v, the expression %v", lang, tx, lasts != nil, s, e, ok, want)
			}
		}
		for _, loc := range phonePattern.FindAllStringIndex(tx, -1) {
			if digits(tx[loc[0]:loc[1]]) >= 8 && !mayHoldPhone(tx) {
				t.Fatalf("%q: mayHoldPhone false where phonePattern finds %q", tx, tx[loc[0]:loc[1]])
			}
		}
		if ratioOfferRe.MatchString(tx) && !mayHoldRatio(tx) {
			t.Fatalf("%q: mayHoldRatio false where ratioOfferRe matches", tx)
		}
	}
	filtered := 0
	for _, lang := range langs {
		if promptLabelLasts(lang) != nil {
			filtered++
		}
	}
	if filtered < len(langs)/2 {
		t.Errorf("the label pre-filter serves %d of %d languages", filtered, len(langs))
	}
	t.Logf("%d texts, %d languages' labels, %d with the pre-filter", len(texts), len(langs), filtered)
}

// FuzzPromptLabelPrefilter checks findPromptLabel with its pre-filter
// against the whole expression, mayHoldPhone against phonePattern and
// mayHoldRatio against ratioOfferRe, on any text.
func FuzzPromptLabelPrefilter(f *testing.F) {
	for _, s := range []string{"Tone: warm", "x. **Keywords** : y", "Ton : chaleureux", "TONE OF VOICE:", "ſtyle:", "Brand‐voice：", "\xffTone:", "+44 (0)20 7946 0958", "2 µε 1", "x 3 FÜR 2 y"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, lang := range []string{"en", "fr", "de", "zh"} {
			re := promptLabelRes.get(lang)
			if re == nil {
				continue
			}
			want := re.FindStringSubmatchIndex(s)
			st, e, ok := findPromptLabel(re, promptLabelLasts(lang), s)
			if (want != nil) != ok || ok && (want[2] != st || want[3] != e) {
				t.Fatalf("%s %q: findPromptLabel = %d %d %v, the expression %v", lang, s, st, e, ok, want)
			}
		}
		for _, loc := range phonePattern.FindAllStringIndex(s, -1) {
			if digits(s[loc[0]:loc[1]]) >= 8 && !mayHoldPhone(s) {
				t.Fatalf("%q: mayHoldPhone false where phonePattern finds %q", s, s[loc[0]:loc[1]])
			}
		}
		if ratioOfferRe.MatchString(s) && !mayHoldRatio(s) {
			t.Fatalf("%q: mayHoldRatio false where ratioOfferRe matches", s)
		}
	})
}
