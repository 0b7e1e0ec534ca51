// Package langid identifies the language of a text among the languages
// copydesk has locale packs for, plus their close neighbours that copy
// must not be written in by mistake (Catalan beside Spanish, Nynorsk
// beside Bokmål). It wraps github.com/pemistahl/lingua-go, restricted to
// those languages and in its low-accuracy mode (trigram models only),
// which keeps the models' memory small and is accurate on texts of a
// sentence or more; shorter texts are left alone.
package langid

import (
	"strings"
	"sync"

	"github.com/pemistahl/lingua-go"
)

// Result is an identification: the ISO 639-1 code ("nb" for Bokmål, "nn"
// for Nynorsk) and lingua's confidence in it (0..1).
type Result struct {
	Lang       string
	Confidence float64
}

// Detector identifies languages; it is safe for concurrent use.
type Detector struct {
	d     lingua.LanguageDetector
	codes map[lingua.Language]string
}

var (
	once sync.Once
	def  *Detector
)

// neighbours are languages copy may slip into, identified so that it is
// reported rather than taken for its neighbour.
var neighbours = []string{"ca", "nn", "sk"}

// Default returns the detector over the given languages (ISO 639-1 codes,
// typically every locale pack's) and their neighbours, built once.
func Default(langs []string) *Detector {
	once.Do(func() { def = New(langs) })
	return def
}

// New builds a detector over langs and their neighbours. Codes lingua does
// not know are ignored.
func New(langs []string) *Detector {
	dt := &Detector{codes: map[lingua.Language]string{}}
	var ls []lingua.Language
	seen := map[string]bool{}
	for _, c := range append(append([]string{}, langs...), neighbours...) {
		c = strings.ToLower(c)
		if seen[c] {
			continue
		}
		seen[c] = true
		l := fromCode(c)
		if l == lingua.Unknown {
			continue
		}
		ls = append(ls, l)
		dt.codes[l] = c
	}
	if len(ls) < 2 {
		ls = append(ls, lingua.English, lingua.French)
		dt.codes[lingua.English], dt.codes[lingua.French] = "en", "fr"
	}
	// Models load on first use, per language: lingua first narrows a
	// text's candidates by its letters ("ñ", "ø", a script), so a process
	// loads the few languages its copy can be in. Preloading every
	// language's models cost the first doubtful text of a process about
	// 0.3 s of CPU and their memory, whatever its language; the answers
	// are the same either way.
	dt.d = lingua.NewLanguageDetectorBuilder().
		FromLanguages(ls...).
		WithLowAccuracyMode().
		Build()
	return dt
}

func fromCode(c string) lingua.Language {
	switch c {
	case "nb", "no":
		return lingua.Bokmal
	case "nn":
		return lingua.Nynorsk
	}
	return lingua.GetLanguageFromIsoCode639_1(lingua.GetIsoCode639_1FromValue(c))
}

// Identify returns the most likely language of text and its confidence;
// Lang is "" when lingua cannot decide.
func (dt *Detector) Identify(text string) Result {
	vals := dt.d.ComputeLanguageConfidenceValues(text)
	if len(vals) == 0 || vals[0].Value() == 0 {
		return Result{}
	}
	return Result{Lang: dt.codes[vals[0].Language()], Confidence: vals[0].Value()}
}

// Confidence returns lingua's confidence that text is in lang.
func (dt *Detector) Confidence(text, lang string) float64 {
	l := fromCode(strings.ToLower(lang))
	if l == lingua.Unknown {
		return 0
	}
	return dt.d.ComputeLanguageConfidence(text, l)
}
