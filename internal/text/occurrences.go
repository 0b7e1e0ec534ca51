package text

import (
	"iter"
	"strings"
)

// Occurrences yields the byte offsets [start, end) of every occurrence of
// sub in s, left to right and not overlapping: after a match the search
// goes on at its end ("aaaa", "aa" yields 0-2 and 2-4). An empty sub
// yields nothing. Breaking out of the loop stops the search.
func Occurrences(s, sub string) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		if sub == "" {
			return
		}
		for off := 0; ; {
			k := strings.Index(s[off:], sub)
			if k < 0 {
				return
			}
			bs, be := off+k, off+k+len(sub)
			if !yield(bs, be) {
				return
			}
			off = be
		}
	}
}
