package text

import (
	"sync"
	"unicode"
)

// protoTable maps a letter to the ASCII letter it imitates (UTS #39
// confusables.txt, skeletons of one ASCII letter): Cyrillic о → o, Greek
// ο → o, Cherokee Ꭺ → A, Latin small capital ᴏ → o. Letters that languages
// use as letters of their own, such as Turkish dotless ı, are left out.
// It is built on first use from prototypePairs (prototypes_table.go),
// which the tests derive from the confusables data (buildPrototypes in
// prototypes_test.go): deriving it at run time cost every process about
// 15 ms of CPU, a skeleton for each of 100,000 letters, and the
// confusables package's own start-up; TestPrototypeTableIsCurrent keeps
// the two the same.
var protoTable = sync.OnceValue(func() map[rune]rune {
	m := make(map[rune]rune, len(prototypePairs)/2)
	for i := 0; i+1 < len(prototypePairs); i += 2 {
		m[prototypePairs[i]] = prototypePairs[i+1]
	}
	return m
})

// prototype returns the ASCII letter r imitates, if any.
func prototype(r rune) (rune, bool) {
	if r < 0x80 {
		return 0, false
	}
	p, ok := protoTable()[r]
	return p, ok
}

// Prototype returns the ASCII letter that r imitates (Cyrillic а → a) and
// true, or 0 and false.
func Prototype(r rune) (rune, bool) { return prototype(r) }

// reverseTables map an ASCII letter to the letter of Greek or Cyrillic
// that imitates it (the inverse of protoTable in the basic block of each
// script, the lowest code point where several do: o → ο, not σ).
var reverseTables = sync.OnceValue(func() map[*unicode.RangeTable]map[rune]rune {
	out := map[*unicode.RangeTable]map[rune]rune{unicode.Greek: {}, unicode.Cyrillic: {}}
	for i := 0; i+1 < len(prototypePairs); i += 2 {
		r, p := prototypePairs[i], prototypePairs[i+1]
		var t *unicode.RangeTable
		switch {
		case r >= 0x391 && r <= 0x3C9:
			t = unicode.Greek
		case r >= 0x400 && r <= 0x45F:
			t = unicode.Cyrillic
		default:
			continue
		}
		if old, ok := out[t][p]; !ok || r < old {
			out[t][p] = r
		}
	}
	return out
})

// reversePrototype returns the letter of script (Greek or Cyrillic) that
// ASCII letter a imitates in a word of that script, if any.
func reversePrototype(a rune, script *unicode.RangeTable) (rune, bool) {
	r, ok := reverseTables()[script][a]
	return r, ok
}
