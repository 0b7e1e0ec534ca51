package grounding

import (
	"strconv"
	"testing"
)

// TestAtoiTokenAsAtoi: atoiToken answers as strconv.Atoi for numbers,
// signs, spaces, non-ASCII digits, overflow and words (#17, perf52).
func TestAtoiTokenAsAtoi(t *testing.T) {
	for _, s := range []string{"", "0", "950", "0950", "+950", "-950", "+", "-", "+-1", "9 5", " 950", "950 ",
		"٩٥٠", "９５０", "1.5", "1,5", "18k", "99999999999999999999", "-9223372036854775808", "9223372036854775808",
		"ring", "x", "0x10", "1_000"} {
		n, ok := atoiToken(s)
		want, err := strconv.Atoi(s)
		if ok != (err == nil) || ok && n != want {
			t.Errorf("atoiToken(%q) = %d, %v; Atoi %d, %v", s, n, ok, want, err)
		}
	}
}

// FuzzAtoiTokenAsAtoi: the same for any string.
func FuzzAtoiTokenAsAtoi(f *testing.F) {
	f.Add("950")
	f.Add("+0")
	f.Fuzz(func(t *testing.T, s string) {
		n, ok := atoiToken(s)
		want, err := strconv.Atoi(s)
		if ok != (err == nil) || ok && n != want {
			t.Errorf("atoiToken(%q) = %d, %v; Atoi %d, %v", s, n, ok, want, err)
		}
	})
}
