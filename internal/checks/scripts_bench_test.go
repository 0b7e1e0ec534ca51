package checks

import (
	"runtime"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
	"github.com/copydesk/copydesk/internal/locales"
	"github.com/copydesk/copydesk/internal/offline"
)

// scriptLocales are one locale per script the packs write (#16): Latin,
// Greek, Arabic, Japanese, Korean, Chinese (no pack writes Cyrillic).
var scriptLocales = []struct{ script, locale string }{
	{"Latin", "en-GB"}, {"Latin-pl", "pl-PL"}, {"Greek", "el-GR"}, {"Arabic", "ar-AE"},
	{"Japanese", "ja-JP"}, {"Korean", "ko-KR"}, {"ChineseHans", "zh-CN"}, {"ChineseHant", "zh-TW"},
}

var scriptBenchProduct = core.Product{SKU: "190001C01", Name: "Pavé Heart Charm", Category: "charm", Collection: "Moments",
	Materials: []string{"sterling silver"}, Stones: []core.Stone{{Type: "cubic zirconia", Colour: "clear", Count: 12}},
	Colours: []string{"silver", "clear"}, Features: []string{"hand-finished"}, Occasions: []string{"mother's day"}}

// BenchmarkCheckScripts is the full check (grounding included) of a pdp
// text of about 120 words (about 300 characters where the locale counts
// characters), the distinct sentences of offline drafts joined, in each
// script:
//
//	go test -run '^$' -bench CheckScripts -benchmem ./internal/checks
//
// The first check of a Japanese or Chinese text loads its dictionary
// (outside the timed loop). It reports the text's length as words or
// chars.
func BenchmarkCheckScripts(b *testing.B) {
	g := guide(b)
	c := New(grounding.CheckCollections)
	set := locales.Must()
	for _, sl := range scriptLocales {
		b.Run(sl.script, func(b *testing.B) {
			// Drafts of several attempts, joined until the text is about
			// 120 words (300 characters where the locale counts them).
			p, _ := set.Get(sl.locale)
			sep := " "
			if p.CountsCharacters() {
				sep = ""
			}
			long := func(t string) bool {
				if p.CountsCharacters() {
					return utf8.RuneCountInString(t) >= 290
				}
				return wordCount(t) >= 115
			}
			var text string
			seen := map[string]bool{}
			for attempt := 1; attempt <= 12 && !long(text); attempt++ {
				t := offline.Write(core.GenerateRequest{Product: scriptBenchProduct, Locale: sl.locale, Channel: "pdp", Guide: g, Attempt: attempt})
				for _, sent := range sentences(t) {
					if seen[sent] || long(text) {
						continue
					}
					seen[sent] = true
					if text == "" {
						text = sent
					} else {
						text += sep + sent
					}
				}
			}
			in := core.CheckInput{Product: scriptBenchProduct, Locale: sl.locale, Channel: "pdp", Text: text, Guide: g}
			for _, f := range c.Check(in) {
				// Chinese counts 1.8 characters a word: 300 characters
				// pass the pdp's 216; a length finding costs nothing.
				if f.Severity == core.SeverityBlock && f.Category != CatLength {
					b.Fatalf("%s text blocks: %+v\n%s", sl.locale, f, text)
				}
			}
			b.ReportAllocs()
			for b.Loop() {
				c.Check(in)
			}
			if p.CountsCharacters() {
				b.ReportMetric(float64(utf8.RuneCountInString(text)), "chars")
			} else {
				b.ReportMetric(float64(wordCount(text)), "words")
			}
		})
	}
}

// TestWorkerMemory checks one text in every locale (all packs, both
// dictionaries, the language identifier loaded) and logs the live heap and
// the memory the runtime holds from the OS; /usr/bin/time -v on
// `go run ./cmd/api -demo -demo-exit -demo-locales all` gives the whole
// process's peak RSS.
//
//	go test -run TestWorkerMemory -v ./internal/checks
func TestWorkerMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("loads both dictionaries")
	}
	g := guide(t)
	c := New(grounding.CheckCollections)
	var m0, m1 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m0)
	for _, loc := range locales.Must().Supported() {
		text := offline.Write(core.GenerateRequest{Product: scriptBenchProduct, Locale: loc, Channel: "pdp", Guide: g, Attempt: 1})
		c.Check(core.CheckInput{Product: scriptBenchProduct, Locale: loc, Channel: "pdp", Text: text, Guide: g})
		c.Check(core.CheckInput{Product: scriptBenchProduct, Locale: loc, Channel: "pdp", Text: text + " Mixed English words here to wake the language identifier, the and with of.", Guide: g})
	}
	runtime.GC()
	runtime.ReadMemStats(&m1)
	t.Logf("all 25 locales checked: live heap %d MiB (before %d MiB), runtime holds %d MiB from the OS", m1.HeapAlloc>>20, m0.HeapAlloc>>20, m1.Sys>>20)
}

// sentences splits a draft after . ! ? 。！？ (with the mark).
func sentences(t string) []string {
	var out []string
	start := 0
	rs := []rune(t)
	for i, r := range rs {
		if r == '.' || r == '!' || r == '?' || r == '。' || r == '！' || r == '？' {
			if s := strings.TrimSpace(string(rs[start : i+1])); s != "" {
				out = append(out, s)
			}
			start = i + 1
		}
	}
	if s := strings.TrimSpace(string(rs[start:])); s != "" {
		out = append(out, s)
	}
	return out
}
