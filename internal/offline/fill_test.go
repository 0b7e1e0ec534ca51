package offline

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/locales"
)

// TestFillAsReplacer: fill answers as strings.NewReplacer(kv...).Replace
// for the writer's placeholders, on the templates of every pack and on
// random strings of braces, placeholders and text (#17, perf59).
func TestFillAsReplacer(t *testing.T) {
	sets := [][]string{
		{"{karat}", "14k", "{plating}", "gold-plated", "{base}", "sterling silver"},
		{"{karat}", "", "{plating}", "{base}"},
		{"{count}", "3", "{colour}", "", "{stone}", "{colour} topaz"},
		{"{e}", "e", "{s}", "s"},
		{"{e}", "", "{s}", ""},
	}
	cases := []string{"", "{", "}", "{}", "{{karat}", "{karat}{karat}", "a {count} {colour} {stone}s", "{kar", "{e}{s}{x}", "petit{e}{s} {s}{e}", "{ {count} }", "（{stone}）"}
	set := locales.Must()
	for _, loc := range set.Supported() {
		if p, ok := set.Get(loc); ok && p.Writer != nil {
			w := p.Writer
			cases = append(cases, w.Plated, w.PlatedAlone, w.Stone, w.StoneNoCount, w.StoneNoColour, w.StoneNoCountNoColour)
		}
	}
	for _, w := range []string{"petit{e}{s}", "noir{e}{s}", "argenté{e}{s}"} {
		cases = append(cases, w)
	}
	rng := rand.New(rand.NewPCG(59, 17))
	pieces := []string{"{", "}", "{karat}", "{plating}", "{base}", "{count}", "{colour}", "{stone}", "{e}", "{s}", "a", " ", "é", "{kar", "at}"}
	for range 5000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		cases = append(cases, b.String())
	}
	for _, kv := range sets {
		r := strings.NewReplacer(kv...)
		for _, s := range cases {
			if got, want := fill(s, kv...), r.Replace(s); got != want {
				t.Fatalf("fill(%q, %q) = %q, want %q", s, kv, got, want)
			}
		}
	}
}
