package core

import (
	"github.com/rivo/uniseg"
	"github.com/sergi/go-diff/diffmatchpatch"
)

// Diff operations of a word diff.
const (
	DiffEqual  = "equal"
	DiffInsert = "insert"
	DiffDelete = "delete"
)

// DiffOp is one run of a word diff: text kept, inserted or deleted.
type DiffOp struct {
	Op   string `json:"op"`
	Text string `json:"text"`
}

// WordDiff compares two texts word by word: both are cut at Unicode word
// boundaries (UAX #29, so words, spaces and punctuation are separate
// tokens in every script), each distinct token becomes one symbol, and
// Myers' diff (go-diff's diff-match-patch) runs over the symbols, so a
// changed word is replaced whole rather than letter by letter. Joining the
// equal and delete runs gives a; equal and insert runs give b.
func WordDiff(a, b string) []DiffOp {
	index := map[string]rune{}
	var tokens []string
	encode := func(s string) []rune {
		var out []rune
		state := -1
		for len(s) > 0 {
			var tok string
			tok, s, state = uniseg.FirstWordInString(s, state)
			r, ok := index[tok]
			if !ok {
				r = tokenRune(len(tokens))
				index[tok] = r
				tokens = append(tokens, tok)
			}
			out = append(out, r)
		}
		return out
	}
	ra, rb := encode(a), encode(b)
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 0 // exact: texts are at most a few thousand words
	diffs := dmp.DiffCleanupSemantic(dmp.DiffMainRunes(ra, rb, false))
	ops := make([]DiffOp, 0, len(diffs))
	for _, d := range diffs {
		var text []byte
		for _, r := range d.Text {
			text = append(text, tokens[runeToken(r)]...)
		}
		op := DiffEqual
		switch d.Type {
		case diffmatchpatch.DiffInsert:
			op = DiffInsert
		case diffmatchpatch.DiffDelete:
			op = DiffDelete
		}
		if n := len(ops); n > 0 && ops[n-1].Op == op {
			ops[n-1].Text += string(text)
			continue
		}
		ops = append(ops, DiffOp{Op: op, Text: string(text)})
	}
	return ops
}

// tokenRune maps the i-th distinct token to a symbol: a valid rune that
// survives go-diff's string conversions (the surrogate range is skipped).
func tokenRune(i int) rune {
	r := rune(i + 1)
	if r >= 0xD800 {
		r += 0x800
	}
	return r
}

func runeToken(r rune) int {
	if r >= 0xE000 {
		r -= 0x800
	}
	return int(r) - 1
}
