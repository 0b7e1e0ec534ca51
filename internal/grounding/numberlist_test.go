package grounding

import (
	"strings"
	"testing"
)

var numberListSeeds = []string{
	"", "5", "55, ", "55, 58,", "60 and ", "60and ", "60 AND  \t", "size 60 et", "60 ou ", "60 und", "60 oder ", "60 e", "60 o ",
	"60 y", "60 u", "60 / ", "60;", "x60 or", "60\u00a0and ", "60 \v and ", "Ring 52 band ", "ein 5 Oder\n", "tamaño 7 y 8 o ",
	"é5 et ", "5 \u212aand", "5 sand ", "5, and ", "12\r\n,\r\n", "  ", "and", "5 e5 ", "£5 or",
}

// listBeforeAll is the expression on the whole prefix, the reference.
func listBeforeAll(s string) bool { return listBefore.MatchString(s) }

// TestInNumberListTail: running the expression on the tail answers as on
// the whole prefix.
func TestInNumberListTail(t *testing.T) {
	t.Parallel()
	cases := append([]string{}, numberListSeeds...)
	for _, s := range numberListSeeds {
		for _, pre := range []string{"Le cœur mesure ", "de 1,5 cm ", "x", "3", " ", "ü"} {
			cases = append(cases, pre+s, s+pre, strings.Repeat(s, 3))
		}
	}
	for _, s := range cases {
		if got, want := inNumberList(s), listBeforeAll(s); got != want {
			t.Errorf("inNumberList(%q) = %v, want %v", s, got, want)
		}
	}
}

func FuzzInNumberList(f *testing.F) {
	for _, s := range numberListSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := inNumberList(s), listBeforeAll(s); got != want {
			t.Errorf("inNumberList(%q) = %v, want %v", s, got, want)
		}
	})
}
