package checks

import (
	"strings"
	"testing"
	"unicode"
)

// TestRomaniseNoneBelowGreek: romanise answers false, and writes nothing,
// for a rune whose lower case is below U+0370 without looking in its
// tables (perf56), so no table may hold a letter below it.
func TestRomaniseNoneBelowGreek(t *testing.T) {
	for name, m := range map[string]map[rune]string{"cyrillic": cyrillicLatin, "greek": greekLatin, "arabic": arabicLatin, "kana": kanaLatin} {
		for c := range m {
			if c < 0x0370 {
				t.Errorf("%s table holds %U, below the shortcut", name, c)
			}
		}
	}
	for c := rune(0); c <= unicode.MaxRune; c++ {
		if unicode.ToLower(c) >= 0x0370 {
			continue
		}
		var b strings.Builder
		if romanise(&b, c) || b.Len() > 0 {
			t.Errorf("romanise(%U) = true or %q", c, b.String())
		}
	}
}
