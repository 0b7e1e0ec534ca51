package grounding

import (
	"reflect"
	"regexp"
	"testing"

	"github.com/copydesk/copydesk/internal/locales"
)

// measurePatterns are the shared measure pattern and every locale's unit
// words pattern.
func measurePatterns(t testing.TB) []*regexp.Regexp {
	res := []*regexp.Regexp{measurePattern}
	for _, loc := range locales.Must().Supported() {
		lx, err := lexiconFor(loc)
		if err != nil {
			t.Fatal(err)
		}
		if lx != nil && lx.measure != nil {
			res = append(res, lx.measure)
		}
	}
	return res
}

var findNumberedSeeds = []string{
	"", "5", "5 mm", "1.5 cm across on a 45 cm chain, with a 2.5 mm clasp.", "Le cœur mesure 1,5 cm sur une chaîne de 45 cm",
	"5 mm5 mm", "12345mm", "1.2.3 mm", "45-50 cm", "55, 58, 60 and 62 mm", "0.25 ct", "18 carats", "2 in.", "3\"", "3″ long",
	"2,5-mm-Verschluss", "a 16 in chain 2in", "10 senttimetriä 3 senttimetrin", "7 سم", "3厘米", "2 캐럿", "x9mmx", "9 MM", "1,5cm.",
	"٣ سم", "1 1 1 1 mm", "1.5.5 cm", "5 ct\n6 ctw", "Größe 52 und 54 mm",
}

// TestFindNumberedMatchesFindAll: trying the anchored pattern where runs
// of digits start finds what FindAllStringSubmatchIndex finds.
func TestFindNumberedMatchesFindAll(t *testing.T) {
	t.Parallel()
	pats := measurePatterns(t)
	for _, s := range findNumberedSeeds {
		for _, re := range pats {
			if got, want := findNumbered(re, s), re.FindAllStringSubmatchIndex(s, -1); !reflect.DeepEqual(got, want) {
				t.Errorf("%q on %q: %v, want %v", re, s, got, want)
			}
		}
	}
}

func FuzzFindNumbered(f *testing.F) {
	for _, s := range findNumberedSeeds {
		f.Add(s)
	}
	pats := measurePatterns(f)
	f.Fuzz(func(t *testing.T, s string) {
		for _, re := range pats {
			if got, want := findNumbered(re, s), re.FindAllStringSubmatchIndex(s, -1); !reflect.DeepEqual(got, want) {
				t.Errorf("%q on %q: %v, want %v", re, s, got, want)
			}
		}
	})
}
