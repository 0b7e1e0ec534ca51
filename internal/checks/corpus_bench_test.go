package checks

import (
	"fmt"
	"syscall"
	"testing"
	"time"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
	"github.com/copydesk/copydesk/internal/offline"
)

// measurements are sentences with numbers, units and decimals, written the
// way each language writes them ("1.5 mm", "1,5 mm"): about half of real
// descriptions carry one.
var measurements = map[string]string{
	"en": " The heart measures 1.5 cm across on a 45 cm chain, with a 2.5 mm clasp.",
	"fr": " Le cœur mesure 1,5 cm sur une chaîne de 45 cm, avec un fermoir de 2,5 mm.",
	"de": " Das Herz misst 1,5 cm an einer 45 cm langen Kette mit einem 2,5-mm-Verschluss.",
	"it": " Il cuore misura 1,5 cm su una catena di 45 cm, con una chiusura di 2,5 mm.",
	"es": " El corazón mide 1,5 cm en una cadena de 45 cm, con un cierre de 2,5 mm.",
}

// corpusCase is one check of the realistic corpus.
type corpusCase struct {
	in core.CheckInput
}

// realisticCorpus is what a worker checks: the offline writer's copy of
// every sample product in six locales (half with measurements), the
// evaluation set's texts (good and bad, every category), each checked
// against the example guide with grounding on and with up to neighbours
// other texts of its locale as near-duplicate neighbours.
func realisticCorpus(tb testing.TB, neighbours int) []corpusCase {
	tb.Helper()
	g := guide(tb)
	launch := sampleLaunch(tb)
	var cases []corpusCase
	for _, loc := range []string{"en-GB", "en-US", "fr-FR", "de-DE", "it-IT", "es-ES"} {
		for i, p := range launch.Products {
			text := offline.Write(core.GenerateRequest{Product: p, Locale: loc, Channel: "pdp", Guide: g, Attempt: 1})
			if i%2 == 0 {
				text += measurements[g.Lang(loc)]
			}
			cases = append(cases, corpusCase{in: core.CheckInput{Product: p, Locale: loc, Channel: "pdp", Text: text, Guide: g}})
		}
	}
	for _, ec := range loadEval(tb) {
		cases = append(cases, corpusCase{in: core.CheckInput{Product: ec.Product, Locale: ec.Locale, Channel: ec.Channel,
			Text: ec.Text, Guide: g, Neighbours: ec.Neighbours}})
	}
	// Neighbours: other texts of the same locale, as a launch has them.
	byLocale := map[string][]core.Neighbour{}
	for i, c := range cases {
		byLocale[c.in.Locale] = append(byLocale[c.in.Locale], core.Neighbour{SKU: fmt.Sprintf("N%05d", i), Text: c.in.Text})
	}
	for i := range cases {
		c := &cases[i]
		if len(c.in.Neighbours) > 0 {
			continue // the evaluation set's own duplicate cases
		}
		for _, n := range byLocale[c.in.Locale] {
			if len(c.in.Neighbours) == neighbours {
				break
			}
			if n.Text != c.in.Text {
				c.in.Neighbours = append(c.in.Neighbours, n)
			}
		}
	}
	return cases
}

// BenchmarkCheckCorpus is one check as a worker pays it: a realistic
// corpus (see realisticCorpus) with grounding on, without neighbours and
// with 100 of them. ns/op is the mean over the corpus.
//
//	go test -run '^$' -bench CheckCorpus -benchmem ./internal/checks
func BenchmarkCheckCorpus(b *testing.B) {
	for _, nb := range []int{0, 100} {
		b.Run(fmt.Sprintf("neighbours=%d", nb), func(b *testing.B) {
			corpus := realisticCorpus(b, nb)
			c := NewScoped(grounding.CheckScoped)
			for _, cc := range corpus {
				c.Check(cc.in) // warm up: compile guides and expressions
			}
			b.ReportAllocs()
			cpu0 := processCPU()
			i := 0
			for b.Loop() {
				c.Check(corpus[i%len(corpus)].in)
				i++
			}
			// CPU time per check stays meaningful on a loaded machine,
			// where ns/op (wall time) does not.
			b.ReportMetric(float64(processCPU()-cpu0)/float64(i), "cpu-ns/op")
			b.ReportMetric(float64(len(corpus)), "texts")
		})
	}
}

// processCPU is the process's user + system CPU time so far.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
