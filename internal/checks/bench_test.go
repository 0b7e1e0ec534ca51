package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// benchText is a 120-word pdp description.
const benchText = "Celebrate the people you love with the Pavé Heart Charm from the Aurelia Moments collection. Crafted in sterling silver, the heart is set with twelve clear cubic zirconia stones that catch the light from every angle. Slide it onto your favourite bracelet and wear it every day, or save it for an evening out. It is a thoughtful gift for Mother's Day and a small reminder of the moments that matter most. The charm is polished by hand and finished with a secure clip, so it stays where you place it. Pair it with other charms from the collection to tell your own story, one memory at a time, and keep it safe in its Aurelia gift box."

func BenchmarkCheck(b *testing.B) {
	g := guide(b)
	c := &Checker{}
	in := core.CheckInput{
		Product: core.Product{SKU: "190001C01", Name: "Pavé Heart Charm", Category: "charm", Collection: "Moments",
			Materials: []string{"sterling silver"}, Stones: []core.Stone{{Type: "cubic zirconia", Colour: "clear", Count: 12}}},
		Locale: "en-GB", Channel: "pdp", Text: benchText, Guide: g,
	}
	if n := wordCount(benchText); n < 115 || n > 120 {
		b.Fatalf("bench text has %d words", n)
	}
	if fs := c.Check(in); core.Blocks(fs) {
		b.Fatalf("bench text blocks: %+v", fs)
	}
	b.ReportAllocs()
	cpu0, n := processCPU(), 0
	for b.Loop() {
		c.Check(in)
		n++
	}
	// CPU per check: wall time (ns/op) means little on a loaded machine.
	b.ReportMetric(float64(processCPU()-cpu0)/float64(n), "cpu-ns/op")
}

// BenchmarkLoadConcepts compiles a language's concept data, as each
// process does once a language on first use:
//
//	go test -run '^$' -bench LoadConcepts -benchmem ./internal/checks
func BenchmarkLoadConcepts(b *testing.B) {
	for _, lang := range []string{"en", "de"} {
		b.Run(lang, func(b *testing.B) {
			for b.Loop() {
				if _, err := loadConcepts(lang, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkDecodeConcepts decodes a language's compiled concept set from
// the snapshot, as each process now does once a language on first use
// (BenchmarkLoadConcepts is the compilation it replaces):
//
//	go test -run '^$' -bench 'LoadConcepts|DecodeConcepts' -benchmem ./internal/checks
func BenchmarkDecodeConcepts(b *testing.B) {
	for _, lang := range []string{"en", "de"} {
		b.Run(lang, func(b *testing.B) {
			files := conceptFileData(lang)
			for b.Loop() {
				if compiledConcepts(lang, files) == nil {
					b.Fatal("not shipped: go generate ./internal/checks")
				}
			}
		})
	}
}
