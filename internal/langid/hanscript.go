package langid

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed hanscript.txt
var hanScriptData string

// hanScripts holds the characters of one Chinese script only, from
// hanscript.txt (OpenCC's tables): 'S' for Simplified, 'T' for
// Traditional.
var hanScripts = sync.OnceValue(func() []byte {
	m := make([]byte, 0x9fff-0x4e00+1)
	for _, line := range strings.Split(hanScriptData, "\n") {
		kind, chars, ok := strings.Cut(line, " ")
		if !ok || strings.HasPrefix(line, "#") {
			continue
		}
		var b byte
		switch kind {
		case "simplified":
			b = 'S'
		case "traditional":
			b = 'T'
		default:
			continue
		}
		for _, r := range chars {
			if r >= 0x4e00 && r <= 0x9fff {
				m[r-0x4e00] = b
			}
		}
	}
	return m
})

// HanScript tells whether c is written in one Chinese script only:
// "Hans" for a character only Simplified Chinese writes (这, 银), "Hant"
// for one only Traditional writes (這, 銀), "" for a character both
// write (台, 的) or any other.
func HanScript(c rune) string {
	if c < 0x4e00 || c > 0x9fff {
		return ""
	}
	switch hanScripts()[c-0x4e00] {
	case 'S':
		return "Hans"
	case 'T':
		return "Hant"
	}
	return ""
}
