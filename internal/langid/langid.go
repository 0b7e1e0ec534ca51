// Package langid identifies the language of a text among the languages
// copydesk has locale packs for, plus their close neighbours that copy
// must not be written in by mistake (Catalan beside Spanish, Nynorsk
// beside Bokmål). It wraps github.com/pemistahl/lingua-go, restricted to
// those languages and in its low-accuracy mode (trigram models only),
// which keeps the models' memory small and is accurate on texts of a
// sentence or more; shorter texts are left alone.
package langid

import (
	"slices"
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
	// among caches the detectors over subsets of codes (Among), by their
	// sorted codes joined with ",".
	among sync.Map
}

var (
	once sync.Once
	def  *Detector
)

// neighbours are languages copy may slip into, identified so that it is
// reported rather than taken for its neighbour.
var neighbours = []string{"ca", "nn", "sk"}

// neighbourOf gives, for each of neighbours, the languages whose copy it is
// mistaken for or slips into: Catalan beside Spanish, Nynorsk beside
// Bokmål and Danish, Slovak beside Czech.
var neighbourOf = map[string][]string{"ca": {"es"}, "nn": {"nb", "da"}, "sk": {"cs"}}

// NeighboursOf returns the neighbours (of those every detector knows
// besides the languages it is built over) that are close to one of
// langs: ["ca"] for ["es"], ["nn"] for ["da", "nb"]; ISO 639-1 codes.
func NeighboursOf(langs ...string) []string {
	var out []string
	for _, n := range neighbours {
		for _, l := range neighbourOf[n] {
			if slices.Contains(langs, l) {
				out = append(out, n)
				break
			}
		}
	}
	return out
}

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

// Among returns a detector over langs alone (ISO 639-1 codes; those
// lingua does not know are dropped), built once per set and cached, or dt
// itself when fewer than two remain. It answers among those languages
// only, and loads only their models: a question between a language and
// its close neighbours (Spanish or Catalan) costs two models' loading, not
// every language's. Confidences are relative to the set, so they are at
// least those of dt for the same text.
func (dt *Detector) Among(langs []string) *Detector {
	codes := make([]string, 0, len(langs))
	for _, c := range langs {
		c = strings.ToLower(c)
		if fromCode(c) != lingua.Unknown && !slices.Contains(codes, c) {
			codes = append(codes, c)
		}
	}
	if len(codes) < 2 {
		return dt
	}
	slices.Sort(codes)
	key := strings.Join(codes, ",")
	if v, ok := dt.among.Load(key); ok {
		return v.(*Detector)
	}
	sub := &Detector{codes: map[lingua.Language]string{}}
	var ls []lingua.Language
	for _, c := range codes {
		l := fromCode(c)
		ls = append(ls, l)
		sub.codes[l] = c
	}
	sub.d = lingua.NewLanguageDetectorBuilder().FromLanguages(ls...).WithLowAccuracyMode().Build()
	v, _ := dt.among.LoadOrStore(key, sub)
	return v.(*Detector)
}

// Knows reports whether lingua identifies the language of ISO 639-1 code
// c ("gl", Galician, and "fy", West Frisian, it does not).
func Knows(c string) bool { return fromCode(strings.ToLower(c)) != lingua.Unknown }

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
