package grounding

import (
	"slices"
	"unicode/utf8"

	"github.com/copydesk/copydesk/internal/core"
)

// Colours of light (issue #13, false blocks: colour words with another
// sense). A colour word that names the light a piece gives, not the piece
// ("flashes of blue and green" in an opal, "a bright white shine" from
// rhodium, "des éclats bleus et verts", "blaue und grüne Farbblitze",
// "glimt av blått og grønt", "jasně bílý lesk"), describes a phenomenon
// whose colours the product data do not list: the product's colours are
// those of its metal and stones. Its scope is uncertain, so a colour of
// light that the product does not list is a warning, never a block.
//
// lightFile is the vocabulary: light_nouns in the locale pack's vocab.yaml,
// the nouns of light, sheen and play of colour in the language with their
// inflections (flash, glint, gleam, glow, shimmer, sparkle, shine, sheen,
// lustre, fire, reflection, iridescence). A single noun of five letters
// or more is also matched as the tail of a compound ("Farbblitze",
// "kleurflitsen", "färgspel").
type lightFile struct {
	LightNouns []string `yaml:"light_nouns"`
}

type lightData struct {
	light      phrases
	lightTails []string
}

func compileLight(lf lightFile) lightData {
	d := lightData{light: phraseSet(lf.LightNouns)}
	for w, ps := range d.light {
		for _, p := range ps {
			if len(p) == 1 && utf8.RuneCountInString(w) >= 5 {
				d.lightTails = append(d.lightTails, w)
			}
		}
	}
	return d
}

// lightGap is how many tokens that are neither colour nor fact may stand
// between a light noun and the colours that qualify it: "flashes of |
// blue", "blue and | green flashes", "青や緑の | きらめき".
const lightGap = 2

// lightWindow bounds the scan on either side of a colour word.
const lightWindow = 8

// describesLight reports whether colour match i qualifies a light noun,
// alone or in a coordinated list of colours ("blue and green flashes",
// "flashes of blue and green").
func (c *checker) describesLight(i int, m match) bool {
	if len(c.lx.light) == 0 {
		return false
	}
	// Forward, where adjectives come before their noun: colours joined by
	// at most lightGap short words, then the noun. Where they follow it
	// ("un pendentif bleu au reflet doux"), a colour belongs to the noun
	// before it, so only the backward scan applies.
	if !c.lx.adjAfter && c.lightBefore(i, m) {
		return true
	}
	return c.lightAfter(i, m)
}

// lightBefore reports whether m, alone or with the colours coordinated
// after it, stands before a light noun ("blue and green flashes").
func (c *checker) lightBefore(i int, m match) bool {
	last := m.tj
	j := i + 1
	for k := m.tj + 1; k < len(c.toks) && k <= m.tj+lightWindow; k++ {
		if c.toks[k].brk && k > last+1 {
			break
		}
		for j < len(c.ms) && c.ms[j].tj < k {
			j++
		}
		if j < len(c.ms) && c.ms[j].ti <= k && c.ms[j].f.kind != kindIgnore {
			if !lightKind(c.ms[j].f.kind) {
				break
			}
			last = c.ms[j].tj
			k = last
			continue
		}
		if n := c.lightEndsAt(k); n > 0 && k-n+1 > last && k-n+1-last-1 <= lightGap {
			return true
		}
		if k-last > lightGap+3 {
			break
		}
	}
	return false
}

// lightAfter reports whether m, alone or with the colours coordinated
// before it, follows a light noun and at most lightGap linking words
// ("flashes of blue and green", "des éclats bleus et verts").
func (c *checker) lightAfter(i int, m match) bool {
	first := m.ti
	j := i - 1
	for k := m.ti - 1; k >= 0 && k >= m.ti-lightWindow; k-- {
		if c.toks[k+1].brk {
			break
		}
		for j >= 0 && c.ms[j].ti > k {
			j--
		}
		if j >= 0 && c.ms[j].tj >= k && c.ms[j].f.kind != kindIgnore {
			if !lightKind(c.ms[j].f.kind) {
				break
			}
			first = c.ms[j].ti
			k = first
			continue
		}
		if n := c.lightEndsAt(k); n > 0 && first-k-1 <= lightGap {
			return true
		}
		if first-k > lightGap {
			break
		}
	}
	return false
}

// lightEndsAt returns the length in tokens of a light noun ending at token
// k, or 0.
func (c *checker) lightEndsAt(k int) int {
	w := c.toks[k].s
	best := 0
	for _, p := range c.lx.light[w] {
		if len(p) > best && k+1 >= len(p) && endsWith(c.toks, k, p) {
			best = len(p)
		}
	}
	if best > 0 {
		return best
	}
	// A clitic glued before the noun (Arabic "بلمعان", with a sheen).
	if in := c.lx.inflection; in != nil {
		for _, p := range in.prefixes {
			if len(w) > len(p) && w[:len(p)] == p && slices.ContainsFunc(c.lx.light[w[len(p):]], func(ph []string) bool { return len(ph) == 1 }) {
				return 1
			}
		}
	}
	for _, t := range c.lx.lightTails {
		if len(w) > len(t)+2 && len(w) >= len(t) && w[len(w)-len(t):] == t {
			return 1
		}
	}
	return 0
}

// lightKind: colour words, and metal words in their colour sense ("a
// glint of blue and gold"), may name a light's colour.
func lightKind(k kind) bool { return k == kindColour || k == kindMaterial }

// lightColour compares a colour of light as colour (or material) does,
// as a warning.
func (c *checker) lightColour(i int, m match) {
	n := len(c.out)
	if m.f.kind == kindMaterial {
		c.material(m)
	} else {
		c.colour(i, m)
	}
	for j := n; j < len(c.out); j++ {
		c.out[j].Severity = core.SeverityWarn
		c.out[j].Message += " (a colour of the light it gives, not of the piece: check)"
	}
}

// coordinatedWithColour reports whether a metal word stands in a list with
// a colour word, at most lightGap tokens away ("a glint of blue and
// gold"): only there is it a colour of light; "a gold heart that glows"
// and "l'éclat de l'or" stay the metal.
func (c *checker) coordinatedWithColour(i int, m match) bool {
	if i > 0 && c.ms[i-1].f.kind == kindColour && m.ti-c.ms[i-1].tj-1 <= lightGap && !c.brkBetween(c.ms[i-1].tj, m.ti) {
		return true
	}
	return i+1 < len(c.ms) && c.ms[i+1].f.kind == kindColour && c.ms[i+1].ti-m.tj-1 <= lightGap && !c.brkBetween(m.tj, c.ms[i+1].ti)
}

// metalLook reports whether the gold or silver word m names the look of
// the piece's light rather than its metal (issue #13, ctx9: colour words
// against metal claims): the bare metal, on a piece whose colours include
// it, qualifying a light noun right after it ("a silver sheen", "zilveren
// glans", "hopeinen kiilto", "ασημένια λάμψη", "złoty połysk", "실버
// 광택", "シルバーの輝き"; one head link such as の, 的, 의 may stand
// between) or glued to one as the head of a compound ("silverglans",
// "sølvglans", "guldglans", "kullanhohde"). Where adjectives follow their
// noun a metal after a light noun is the metal's own ("l'éclat de l'or"),
// so only the compound applies there. An alloy or a solid metal
// ("sterling", "925", "fine silver") is never a look, and a metal the
// piece does not show in its colours stays a claim of its material.
func (c *checker) metalLook(m match) bool {
	if m.f.kind != kindMaterial || len(c.lx.light) == 0 {
		return false
	}
	v := m.f.value
	metal := c.cn.SolidMetals[v]
	if metal == "" || contains(c.cn.Alloys, v) || c.cn.isSolidValue(v) || !contains(c.facts.colours, metal) {
		return false
	}
	if _, plated := c.cn.Plated[v]; plated {
		return false
	}
	if m.ti == m.tj {
		t := c.toks[m.ti]
		if tail := runeTail(t.s, m.end-m.start); tail != "" && m.start == t.start {
			return c.lightWord(tail)
		}
	}
	if c.lx.adjAfter {
		return false
	}
	k := m.tj + 1
	if k < len(c.toks) && !c.toks[k].brk && c.lx.headLinks.hasWord(c.toks[k].s) {
		k++
	}
	if k >= len(c.toks) || c.toks[k].brk || c.toks[k].sbrk {
		return false
	}
	for e := k; e < len(c.toks) && e <= k+2; e++ {
		if n := c.lightEndsAt(e); n > 0 && e-n+1 == k {
			return true
		}
	}
	return false
}

// lightWord reports whether w, the rest of a compound after a metal word,
// is a light noun: one of the language's single light nouns, after at most
// one linking letter ("silver|glans", "kulla|n|hohde"), or ending in one
// of five letters or more.
func (c *checker) lightWord(w string) bool {
	if c.lx.light.hasWord(w) {
		return true
	}
	if _, n := utf8.DecodeRuneInString(w); n < len(w) && c.lx.light.hasWord(w[n:]) {
		return true
	}
	for _, t := range c.lx.lightTails {
		if len(w) > len(t) && w[len(w)-len(t):] == t {
			return true
		}
	}
	return false
}
