package locales

import "testing"

// TestCheckBoundsUseTheMeasuredRange: a pack with chars_per_word_range
// converts a word minimum at the range's low ratio and a maximum at its
// high one for the check, while the prompt's Bounds use chars_per_word;
// a stated character limit stays the stricter; word-counting packs are
// unchanged.
func TestCheckBoundsUseTheMeasuredRange(t *testing.T) {
	t.Parallel()
	ko := &Pack{Length: Length{Unit: UnitCharacters, CharsPerWord: 2.5, CharsPerWordRange: []float64{2.0, 3.0}, Spaces: true}}
	ja := &Pack{Length: Length{Unit: UnitCharacters, CharsPerWord: 2.5}}
	en := &Pack{Length: Length{Unit: UnitWords}}
	pdp := Bounds{MinWords: 40, MaxWords: 120}
	social := Bounds{MinWords: 40, MaxWords: 120, MaxChars: 280}
	for _, tc := range []struct {
		name        string
		p           *Pack
		b           Bounds
		prompt, chk Bounds
	}{
		{"ko pdp", ko, pdp, Bounds{MinChars: 100, MaxChars: 300}, Bounds{MinChars: 80, MaxChars: 360}},
		{"ko stated limit", ko, social, Bounds{MinChars: 100, MaxChars: 280}, Bounds{MinChars: 80, MaxChars: 280}},
		{"ja no range", ja, pdp, Bounds{MinChars: 100, MaxChars: 300}, Bounds{MinChars: 100, MaxChars: 300}},
		{"en words", en, pdp, pdp, pdp},
	} {
		if got := tc.p.Bounds("", tc.b); got != tc.prompt {
			t.Errorf("%s: Bounds = %+v, want %+v", tc.name, got, tc.prompt)
		}
		if got := tc.p.CheckBounds("", tc.b); got != tc.chk {
			t.Errorf("%s: CheckBounds = %+v, want %+v", tc.name, got, tc.chk)
		}
	}
}

// TestShippedCharacterPacksUseMeasuredRanges (issue #13, false blocks,
// released 10): a 93-character Japanese pdp text, about 40 English words
// at the 2.2-2.3 a translator measures, was blocked as under the 100
// characters that 40 words make at the prompt's 2.5. Each character locale
// now checks its channel limits at both ends of its measured spread.
func TestShippedCharacterPacksUseMeasuredRanges(t *testing.T) {
	t.Parallel()
	set := Must()
	pdp := Bounds{MinWords: 40, MaxWords: 120}
	for _, tc := range []struct {
		locale      string
		prompt, chk Bounds
	}{
		{"ja-JP", Bounds{MinChars: 100, MaxChars: 300}, Bounds{MinChars: 80, MaxChars: 360}},
		{"ko-KR", Bounds{MinChars: 100, MaxChars: 300}, Bounds{MinChars: 80, MaxChars: 360}},
		{"zh-CN", Bounds{MinChars: 72, MaxChars: 216}, Bounds{MinChars: 52, MaxChars: 216}},
		{"zh-TW", Bounds{MinChars: 72, MaxChars: 216}, Bounds{MinChars: 52, MaxChars: 216}},
	} {
		p, ok := set.Get(tc.locale)
		if !ok {
			t.Fatalf("%s: no pack", tc.locale)
		}
		if got := p.Bounds("", pdp); got != tc.prompt {
			t.Errorf("%s: Bounds = %+v, want %+v", tc.locale, got, tc.prompt)
		}
		if got := p.CheckBounds("", pdp); got != tc.chk {
			t.Errorf("%s: CheckBounds = %+v, want %+v", tc.locale, got, tc.chk)
		}
	}
}
