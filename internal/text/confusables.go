package text

import (
	"sync"
	"unicode"

	"github.com/mtibben/confusables"
)

// protoTable maps a letter to the ASCII letter it imitates (UTS #39
// confusables.txt, skeletons of one ASCII letter), built on first use
// (about 20 ms): Cyrillic о → o, Greek ο → o, Cherokee Ꭺ → A, Latin small
// capital ᴏ → o. Letters that languages use as letters of their own, such
// as Turkish dotless ı, are left out.
var protoTable = sync.OnceValue(func() map[rune]rune {
	m := make(map[rune]rune, 1200)
	for r := rune(0x80); r < 0x20000; r++ {
		if !unicode.IsLetter(r) || unicode.In(r, unicode.Han, unicode.Hangul, unicode.Yi, unicode.Hiragana, unicode.Katakana, unicode.Tangut) {
			continue
		}
		if r == 'ı' || r == 'ĸ' {
			continue
		}
		sk := confusables.Skeleton(string(r))
		if len(sk) != 1 {
			continue
		}
		p := rune(sk[0])
		if !('a' <= p && p <= 'z' || 'A' <= p && p <= 'Z') {
			continue
		}
		switch {
		case unicode.IsUpper(r) && p == 'l':
			p = 'I' // confusables.txt's prototype of I is l
		case unicode.IsLower(r) && p != 'I':
			p = unicode.ToLower(p)
		case unicode.IsUpper(r):
			p = unicode.ToUpper(p)
		}
		m[r] = p
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
