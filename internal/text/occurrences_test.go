package text

import (
	"slices"
	"testing"
)

func TestOccurrences(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		s, sub string
		want   [][2]int
	}{
		{"aaaa", "aa", [][2]int{{0, 2}, {2, 4}}},
		{"gold and gold", "gold", [][2]int{{0, 4}, {9, 13}}},
		{"镀金与镀银", "镀", [][2]int{{0, 3}, {9, 12}}},
		{"silver", "gold", nil},
		{"silver", "", nil},
		{"", "gold", nil},
	} {
		var got [][2]int
		for s, e := range Occurrences(tc.s, tc.sub) {
			got = append(got, [2]int{s, e})
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("Occurrences(%q, %q) = %v, want %v", tc.s, tc.sub, got, tc.want)
		}
	}
	n := 0
	for range Occurrences("a a a", "a") {
		n++
		break
	}
	if n != 1 {
		t.Errorf("break: %d iterations, want 1", n)
	}
}
