package segment

import (
	"testing"
	"unicode/utf8"

	"github.com/copydesk/copydesk/internal/text"
)

// FuzzWords: dictionary segmentation never panics and its words are
// ordered, non-overlapping rune spans of the text that hold their text,
// whatever the input (invalid UTF-8, controls, marks, mixed scripts).
func FuzzWords(f *testing.F) {
	for _, s := range []string{"", "金", "金属アレルギーの方にも安心です。", "这款戒指为14K镀金925银。", "\xff\xfe金", "ゴ\u0301ールド", "𠮷野家の牛丼", "ａｂｃ１８Ｋ金", "\u200b金\u202e银", "ｰｰｰ", "々々々", "〇一二三", "😀金😀", "金\x00银"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, lang := range []string{"ja", "zh"} {
			rs := []rune(s)
			last := 0
			For(lang).Each(s, func(w text.Word) bool {
				if w.Start < last || w.End <= w.Start || w.End > len(rs) {
					t.Fatalf("%s %q: word %q at %d..%d after %d", lang, s, w.Text, w.Start, w.End, last)
				}
				if utf8.ValidString(s) && string(rs[w.Start:w.End]) != w.Text {
					t.Fatalf("%s %q: span %d..%d is %q, word %q", lang, s, w.Start, w.End, string(rs[w.Start:w.End]), w.Text)
				}
				last = w.End
				return true
			})
			For(lang).Count(s)
		}
	})
}
