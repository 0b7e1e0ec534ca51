package text

import "sync"

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
