package checks

import (
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/locales"
	"github.com/copydesk/copydesk/internal/prompts"
)

// labelLineRe is the multi-line expression lineLabels stands for.
var labelLineRe = regexp.MustCompile(`(?m)^([A-Z][A-Za-z ]{2,40})(?: \([^)]*\))?:`)

func labelsByExpression(text string) []string {
	var out []string
	for _, m := range labelLineRe.FindAllStringSubmatch(text, -1) {
		out = append(out, m[1])
	}
	return out
}

// TestLineLabelsAgree: lineLabels finds what the multi-line expression
// finds, in order, in every prompt of the example guide (every supported
// locale and channel, plain and with every conditional block), in texts
// made to break it (a parenthesis across lines, a label after a match on
// the same line, labels at the text's start and end, lower-case and long
// labels) and in random texts of those pieces.
func TestLineLabelsAgree(t *testing.T) {
	g := guide(t)
	var texts []string
	channels := []string{"pdp", "email", "marketplace", "social", ""}
	for ch := range g.Channels {
		channels = append(channels, ch)
	}
	for _, loc := range locales.Must().Supported() {
		for _, ch := range channels {
			req := core.GenerateRequest{Guide: g, Locale: loc, Channel: ch}
			p := prompts.Build(req)
			req.Feedback, req.PreviousText = "·", "·"
			req.Findings = []core.Finding{{Rule: "·", Message: "·"}}
			req.Source = &core.SourceText{Locale: "en-GB", Text: "·"}
			req.Examples = []core.CatalogueEntry{{SKU: "\x00", Locale: loc, Channel: ch, Text: "·"}}
			f := prompts.Build(req)
			texts = append(texts, p.System+"\n"+p.User+"\n"+f.System+"\n"+f.User)
		}
	}
	texts = append(texts,
		"Brand voice: warm\nTone (see the notes\nbelow): calm\nNext: x",
		"Label: a Second: b\nThird:c",
		"Ab: too short\nAbc: fine\nabc: lower\n"+strings.Repeat("A", 42)+": long\nTrailing",
		"Open (never closed: x\nLabel: y\n",
		"\nAfter newline: x\n\n\nAnd (a)(b): y\nAnd (a):z",
		"", "A", "Ab", "Abc:", "Abc (:", "Abc ():",
	)
	pieces := []string{"Label", "Brand voice", "Tone", " (", ")", "(", ":", "\n", " ", "x", "Ab", "é", "A", "lower"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(30) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	for _, text := range texts {
		if got, want := lineLabels(text), labelsByExpression(text); !slices.Equal(got, want) {
			t.Fatalf("%q: got %q, want %q", text, got, want)
		}
	}
}
