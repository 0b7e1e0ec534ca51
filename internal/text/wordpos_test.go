package text

import "testing"

// TestWordPosAsWordBit: WordPos names the bit WordBit sets.
func TestWordPosAsWordBit(t *testing.T) {
	for _, w := range []string{"", "a", "ab", "gold", "sølv", "金", "Silberanhänger", "\xff", "the", "zirconia"} {
		k, m := WordBit(w)
		p := WordPos(w)
		if int(p>>6) != k || uint64(1)<<(p&63) != m {
			t.Errorf("WordPos(%q) = %d, WordBit = %d, %x", w, p, k, m)
		}
	}
}

func FuzzWordPosAsWordBit(f *testing.F) {
	f.Add("gold")
	f.Fuzz(func(t *testing.T, w string) {
		k, m := WordBit(w)
		p := WordPos(w)
		if int(p>>6) != k || uint64(1)<<(p&63) != m {
			t.Errorf("WordPos(%q) = %d, WordBit = %d, %x", w, p, k, m)
		}
	})
}
