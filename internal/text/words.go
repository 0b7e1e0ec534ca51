package text

import (
	"unicode"
	"unicode/utf8"

	"github.com/rivo/uniseg"
)

// Word is one word of a text.
type Word struct {
	Text       string
	Start, End int    // rune offsets in the text
	Script     string // script of its first letter ("Common" for a number)
}

// Segmenter splits a run of text written in a script without spaces
// (Japanese, Chinese, Thai…) into words, for example by dictionary.
// Implementations must be comparable (a pointer or a struct of comparable
// fields): consecutive segments handled by the same segmenter are joined
// into one run.
type Segmenter interface {
	// Split returns the byte lengths of the consecutive words of run;
	// they add up to len(run). run holds no white space.
	Split(run string) []int
}

// Words segments text: UAX #29 word boundaries everywhere, and where a
// Dictionary segmenter is set for a script, that segmenter for runs of
// the script. The zero value is UAX #29 alone (each Han character is one
// word, a run of Thai one word).
type Words struct {
	// Dictionary maps a script name (see Script: "Han", "Hiragana",
	// "Katakana", "Thai"…) to its segmenter. Register one segmenter under
	// Han, Hiragana and Katakana for Japanese, so that mixed runs are
	// segmented together.
	Dictionary map[string]Segmenter
}

// Each calls fn for every word of s (segments holding a letter or digit;
// spaces and punctuation are not words) in order, until fn returns false.
func (w Words) Each(s string, fn func(Word) bool) {
	var (
		runSeg            Segmenter
		runStart, runRune int // byte and rune offset of the pending run
		runEnd            int
	)
	flush := func() bool {
		if runSeg == nil {
			return true
		}
		seg := runSeg
		runSeg = nil
		run := s[runStart:runEnd]
		off, roff := runStart, runRune
		for _, n := range seg.Split(run) {
			if n <= 0 || off+n > runEnd {
				break
			}
			t := s[off : off+n]
			rn := utf8.RuneCountInString(t)
			if isWordText(t) && !fn(Word{Text: t, Start: roff, End: roff + rn, Script: wordScript(t)}) {
				return false
			}
			off, roff = off+n, roff+rn
		}
		if off < runEnd { // a segmenter that stopped short: the rest is one word
			t := s[off:runEnd]
			if isWordText(t) {
				return fn(Word{Text: t, Start: roff, End: roff + utf8.RuneCountInString(t), Script: wordScript(t)})
			}
		}
		return true
	}
	state := -1
	bi, ri := 0, 0
	rest := s
	for len(rest) > 0 {
		var seg string
		seg, rest, state = uniseg.FirstWordInString(rest, state)
		rn := utf8.RuneCountInString(seg)
		script := wordScript(seg)
		var d Segmenter
		if w.Dictionary != nil {
			d = w.Dictionary[script]
		}
		if d != nil {
			if runSeg != nil && runSeg != d {
				if !flush() {
					return
				}
			}
			if runSeg == nil {
				runSeg, runStart, runRune = d, bi, ri
			}
			runEnd = bi + len(seg)
		} else {
			if !flush() {
				return
			}
			if isWordText(seg) && !fn(Word{Text: seg, Start: ri, End: ri + rn, Script: script}) {
				return
			}
		}
		bi, ri = bi+len(seg), ri+rn
	}
	flush()
}

func isWordText(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

func wordScript(s string) string {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return Script(r)
		}
	}
	return "Common"
}

// Counts are the measures of a text that length limits use.
type Counts struct {
	// Words counts white-space separated words in spaced scripts (so
	// "gold-plated" is one word, as a reader counts) plus the words of
	// runs in continuous scripts (Han, kana, Thai…) as segmented by Words.
	Words int
	// Chars counts user-perceived characters (UAX #29 grapheme clusters),
	// spaces included: "é" written as e + U+0301 is one, a flag emoji one.
	Chars int
	// Scripts counts letters per script.
	Scripts ScriptCounts
}

// CountsByChars reports whether a text of these counts is measured in
// characters rather than words: its dominant script is written without
// spaces (Japanese, Chinese, Thai).
func (c Counts) CountsByChars() bool { return Continuous(c.Scripts.Dominant()) }

// Count measures s with the zero Words (UAX #29 alone).
func Count(s string) Counts { return Words{}.Count(s) }

// Count measures s.
func (w Words) Count(s string) Counts {
	c := Counts{Scripts: ScriptCounts{}, Chars: uniseg.GraphemeClusterCount(s)}
	start := -1
	continuous := false
	field := func(end int) {
		if start < 0 {
			return
		}
		if !continuous {
			c.Words++
		} else {
			w.Each(s[start:end], func(Word) bool { c.Words++; return true })
		}
		start, continuous = -1, false
	}
	for i, r := range s {
		if unicode.IsSpace(r) {
			field(i)
			continue
		}
		if start < 0 {
			start = i
		}
		if unicode.IsLetter(r) {
			sc := Script(r)
			c.Scripts[sc]++
			if Continuous(sc) {
				continuous = true
			}
		}
	}
	field(len(s))
	return c
}
