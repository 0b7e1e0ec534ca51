package checks

import "testing"

// TestIsSizeRun: evenly rising sizes are no phone number; phone numbers in
// the shapes of several countries stay phone numbers.
func TestIsSizeRun(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"48 50 52 54 56 58 60", true},
		{"48 - 50 - 52 - 54", true},
		{"48/50/52/54/56/58", true},
		{"10 11 12 13 14 15 16", true},
		{"5 5.5 6 6.5 7 7.5 8", true},
		{"16,5 17 17,5 18", true},
		{"06 12 34 56 78", false},
		{"020 7946 0958", false},
		{"44 20 7946 0958", false},
		{"0612345678", false},
		{"089 123 456", false},
		{"30 31 33 34 36", false},
	} {
		if got := isSizeRun(tc.s); got != tc.want {
			t.Errorf("isSizeRun(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}
