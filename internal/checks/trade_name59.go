package checks

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tradeNameKeys are the product attribute keys (folded to lower case, "_"
// and "-" read as a space) whose value is the trade name of the stone or
// the material: "Aqua Aura", "Mystic Topaz", "Angel Aura".
var tradeNameKeys = map[string]bool{"trade name": true, "tradename": true, "trade mark": true, "trademark": true}

// attributeKey folds an attribute key for tradeNameKeys: lower case,
// trimmed, "_" and "-" read as a space.
func attributeKey(k string) string {
	return strings.Map(func(r rune) rune {
		if r == '_' || r == '-' {
			return ' '
		}
		return r
	}, strings.ToLower(strings.TrimSpace(k)))
}

// inTradeName reports whether a token of the concept match s..e-1 lies in
// an occurrence of the product's trade name (tradeNameKeys) written as a
// proper name in the copy: all its words in order, the first capitalised.
// "Aqua Aura begins as clear rock crystal" names the coated quartz by its
// trade name; its "Aura" is no aura the piece acts on (#13, rel59: probe
// 59C en-GB 59C03, the health pair "clear*" with "aura"). A trade name of
// one word is too often a plain word, and is none here; the aura said
// outside the name ("it cleanses your aura") stays the claim.
func (r *run) inTradeName(s, e int) bool {
	d := r.d
	for k, v := range r.in.Product.Attributes {
		if !tradeNameKeys[attributeKey(k)] {
			continue
		}
		words := productNameWords(v, d.seg)
		if len(words) < 2 {
			continue
		}
		for i := max(s-len(words)+1, 0); i < e && i+len(words) <= len(d.toks); i++ {
			ok := true
			for j, w := range words {
				if d.word(i+j) != w {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			first, _ := utf8.DecodeRuneInString(d.text[d.toks[i].bs:])
			if unicode.IsUpper(first) {
				return true
			}
		}
	}
	return false
}
