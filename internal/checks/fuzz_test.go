package checks

import (
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/copydesk/copydesk/internal/core"
)

// FuzzCheck: any text, in any locale, yields findings with valid rune
// spans, sorted, and never panics.
func FuzzCheck(f *testing.F) {
	for _, s := range []string{"", "A solid gold charm!", "Or, en or 18 carats ; «ok» „gut“ \"x\"", "<b>x</b> [a](b) a@b.co +44 20 7946 0958", "İstanbul ÅURELIA aurelia Aurellia", "diamond-cut diamants de laboratoire ###"} {
		f.Add(s, "fr-FR")
		f.Add(s, "en-GB")
	}
	g := guide(f)
	c := &Checker{}
	f.Fuzz(func(t *testing.T, text, locale string) {
		fs := c.Check(core.CheckInput{Product: platedHoops, Locale: locale, Channel: "pdp", Text: text, Guide: g,
			Neighbours: []core.Neighbour{{SKU: "x", Text: text}}})
		n := utf8.RuneCountInString(text)
		for i, f := range fs {
			if f.Start < 0 || f.End < f.Start || f.End > n {
				t.Fatalf("bad span %+v in %q", f, text)
			}
			if i > 0 && f.Start < fs[i-1].Start {
				t.Fatalf("unsorted %+v", fs)
			}
		}
	})
}

func TestConcurrentChecks(t *testing.T) {
	g := guide(t)
	c := &Checker{}
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			text := benchText
			if i%2 == 0 {
				text = "Un bijou pas cher en or massif!"
			}
			for range 20 {
				c.Check(core.CheckInput{Product: silverHeart, Locale: "fr-FR", Channel: "pdp", Text: text, Guide: g})
			}
		}()
	}
	wg.Wait()
}
