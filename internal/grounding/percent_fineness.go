package grounding

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/copydesk/copydesk/internal/core"
)

// percentLexemes are the stems of the percent words of share_words
// (percent, per cent, Prozent, procent, pour cent, por ciento, per cento,
// prosent, prosenttia, τοις εκατό, بالمئة, 퍼센트, パーセント, yüzde): a
// share word holding one says a percentage, not thousandths or parts of 24.
var percentLexemes = []string{"cent", "procent", "prozent", "prosent", "εκατ", "مئة", "مائة", "퍼센트", "パーセント", "yuzde", "yüzde"}

// percentWordsAt is the last token of a percent word of share_words
// starting at token k, within three tokens, or -1.
func (c *checker) percentWordsAt(k int) int {
	w := c.lx.karatScaleData.shareWords
	if w.empty() {
		return -1
	}
	for j := k; j < len(c.toks) && j <= k+2; j++ {
		if j > k && c.toks[j].brk {
			return -1
		}
		if w.at(c.toks, j) {
			s := strings.ToLower(c.surface(c.toks[k].start, c.toks[j].end))
			for _, l := range percentLexemes {
				if strings.Contains(s, l) {
					return j
				}
			}
		}
	}
	return -1
}

// percentLinkBytes is the longest word (in bytes) percentFineness skips
// between a percentage and its metal: a preposition or article ("of",
// "de", "di", "af", "z", "ze", "du", "la").
const percentLinkBytes = 3

// percentFineness compares a percentage of a precious metal ("95 per cent
// palladium", "92.5% silver", "99,9 % Feinsilber", "75% de ouro", "%92,5
// gümüş", "yüzde 95 paladyum") with the product's fineness of that metal:
// a percentage of a metal is its fineness in hundredths (92.5% is 925 in
// parts per thousand: FTC Jewelry Guides 16 CFR 23.6, sterling silver
// 925/1000; ISO 9202:2019). The percentage stands right before the metal
// word, a pure word (pure_words) or one short link word between; the metal
// is the piece's (scope, not negated or compared). Where the product states
// a fineness of that metal (ownFinenesses, goldMillesimals for gold) and
// none is within the percentage's precision (a whole percent 10/1000, a
// decimal 3/1000), it blocks as grounding.karat (#13, claims52). A
// sentence with a karat (the karat's share of gold: the karat rules
// decide), another item, or a material of the same metal whose standard
// fineness (canon metal_finenesses) the share is ("sterling silver is
// 92.5% silver") is left alone.
func (c *checker) percentFineness() {
	for k := range c.toks {
		t := c.toks[k].s
		if t == "" || t[0] < '0' || t[0] > '9' || k > 0 && c.decimalBreak(k) {
			continue
		}
		ip, err := strconv.Atoi(t)
		if err != nil {
			continue
		}
		v, j, tol := float64(ip), k, 10.0
		if k+1 < len(c.toks) && c.decimalBreak(k+1) {
			d := c.toks[k+1].s
			if f, err := strconv.ParseFloat(t+"."+d, 64); err == nil {
				v, j, tol = f, k+1, 3
			}
		}
		if v <= 0 || v > 100 {
			continue
		}
		// the percent: a sign right after the number or right before it,
		// or a percent word after it (or Turkish "yüzde" before it)
		after := j + 1
		end := len(c.text)
		if j+1 < len(c.toks) {
			end = c.byteAt(c.toks[j+1].start)
		}
		sign := strings.ContainsAny(c.text[c.byteAt(c.toks[j].end):end], "%％٪")
		if !sign && k > 0 {
			sign = strings.ContainsAny(c.text[c.byteAt(c.toks[k-1].end):c.byteAt(c.toks[k].start)], "%％٪")
		}
		if !sign {
			if q := c.percentWordsAt(j + 1); q >= 0 {
				after = q + 1
			} else if k > 0 && !c.toks[k].brk && c.percentWordsAt(k-1) == k-1 {
				sign = true
			} else {
				continue
			}
		}
		mi := c.percentMetal(after)
		if mi < 0 {
			continue
		}
		m := c.ms[mi]
		metal := c.cn.PreciousMetals[m.f.value]
		var own []int
		if metal == "gold" {
			own = c.goldMillesimals()
		} else {
			own = c.ownFinenesses(metal)
		}
		mill := v * 10
		if v == 100 && c.cn.MetalFinenesses[m.f.value] > 0 {
			// "100% sterling silver": all of it that alloy, whose
			// fineness the material rules compare
			continue
		}
		near := func(n int) bool { return math.Abs(float64(n)-mill) <= tol }
		if len(own) == 0 || slices.ContainsFunc(own, near) || c.percentOther(mi, metal, near) {
			continue
		}
		span := match{start: c.toks[k].start, end: m.end}
		c.add(RuleKarat, core.SeverityBlock, span, fmt.Sprintf("mentions %q (%.0f/1000 %s); the product is %s", c.surface(span.start, span.end), mill, metal, c.materialsText()))
	}
}

// percentMetal is the index of the piece's precious metal match that a
// percentage ending before token k is of: starting at k, or after at most
// two pure words (pure_words) or short link words in the clause; -1 if
// none.
func (c *checker) percentMetal(k int) int {
	for n := 0; k < len(c.toks) && n <= 2; k, n = k+1, n+1 {
		if n > 0 && c.toks[k].brk {
			return -1
		}
		for i, m := range c.ms {
			if m.ti == k && m.f.kind == kindMaterial && c.cn.PreciousMetals[m.f.value] != "" {
				if m.negated || c.scopes[i] != scopeProduct || c.metalCompared(m) {
					return -1
				}
				return i
			}
		}
		if !c.lx.karatScaleData.pureWords.at(c.toks, k) && (len(c.toks[k].s) > percentLinkBytes || c.charTokens()) {
			// a word of its own ("100% recycled silver", 100%再生925银),
			// or any character where a character is a token (ja, zh)
			return -1
		}
	}
	return -1
}

// percentOther reports whether the sentence of metal match i makes the
// percentage another's: a karat in it, a material or category of another
// thing (otherInSentence), or another material of the same metal whose
// standard fineness the share is.
func (c *checker) percentOther(i int, metal string, near func(int) bool) bool {
	k := c.ms[i].ti
	if c.otherInSentence(k) {
		return true
	}
	s, e := c.sentenceOf(k)
	for j, o := range c.ms {
		if o.ti < s || o.tj > e {
			continue
		}
		if o.f.kind == kindKarat {
			return true
		}
		if j != i && o.f.kind == kindMaterial && c.cn.PreciousMetals[o.f.value] == metal {
			if n := c.cn.MetalFinenesses[o.f.value]; n > 0 && near(n) {
				return true
			}
		}
	}
	return false
}
