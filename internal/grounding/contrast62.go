package grounding

import (
	"unicode"
	"unicode/utf8"
)

// A metal named as one colour of a contrast (#13, probe62: probe 62D ja-JP
// 62D04-1 on a palladium ring, "K18イエローゴールドのリングと重ね着けすると、
// 白と金のコントラストが楽しめます": layered with an 18k yellow gold ring, white
// and gold make a contrast). The gold is the colour the other piece brings,
// set beside the piece's white, as "white and gold" names two colours, not
// a metal of the piece; it blocked as grounding.material. The same in
// "a contrast of white and gold", "contraste entre blanco y oro",
// "kontrast mellan vitt och guld", "화이트와 골드의 대비", "白与金的对比".
// "The ring is gold" names no contrast and still blocks (16 CFR 23.4: gold
// said of the piece is a claim of its metal).

// contrast62File holds a pack's nouns of a contrast of colours
// (contrast_nouns: "contrast", "Kontrast", "contraste", "contrasto",
// "kontrast", "kontrasti", "αντίθεση", "تباين", コントラスト, 대비, 对比, 反差).
type contrast62File struct {
	ContrastNouns []string `yaml:"contrast_nouns"`
}

type contrast62Data struct {
	contrastNouns phrases
}

func compileContrast62(f contrast62File) contrast62Data {
	return contrast62Data{contrastNouns: phraseSet(f.ContrastNouns)}
}

// contrastGap is how many words metalContrast reads between the hue metal
// and the contrast noun: the other colour, its conjunction, an article or
// a word of "between" ("a contrast between white and gold", "白と金の
// コントラスト").
const contrastGap = 4

// metalContrast reports whether the hue metal m (hueMetal) is one colour
// of a contrast: a contrast noun (contrast_nouns) at most contrastGap
// words before or after it in its clause, an inflected noun read by the
// word it begins ("kontrastin", "kontrastu"), and a colour word within two
// words of it on the side away from the noun, or between them: the other
// colour ("white and gold", "bianco e oro", 白と金).
func (c *checker) metalContrast(i int, m match) bool {
	d := &c.lx.contrast62Data
	if d.contrastNouns.size() == 0 || !c.hueMetal(i, m) {
		return false
	}
	noun := false
	for k := m.ti - 1; k >= 0 && k >= m.ti-1-contrastGap && !c.toks[k+1].brk; k-- {
		if d.contrastNouns.endsAt(c.toks, k) || c.gluedWord(d.contrastNouns, c.toks[k].s) {
			noun = true
			break
		}
	}
	for k := m.tj + 1; !noun && k < len(c.toks) && k <= m.tj+1+contrastGap && !c.toks[k].brk; k++ {
		if d.contrastNouns.endsAt(c.toks, k) || c.gluedWord(d.contrastNouns, c.toks[k].s) {
			noun = true
		}
	}
	if !noun {
		return false
	}
	for k := m.ti - 1; k >= 0 && k >= m.ti-3 && !c.toks[k+1].brk; k-- {
		if c.contrastColourAt(k) {
			return true
		}
	}
	for k := m.tj + 1; k < len(c.toks) && k <= m.tj+3 && !c.toks[k].brk; k++ {
		if c.contrastColourAt(k) {
			return true
		}
	}
	return false
}

// contrastColourAt reports whether token k is a colour word (colourTokenAt),
// white read as "clear" too: the white of "white and gold" ("vitt och
// guld", 白と金) is a colour of the contrast, though the vocabulary reads
// it as a clear stone's colour.
func (c *checker) contrastColourAt(k int) bool {
	if o, ok := c.listMatchAt(k); ok && o.f.kind == kindColour {
		return true
	}
	// A Han colour morpheme without its 色 (白 of 白色).
	w := c.toks[k].s
	if r, size := utf8.DecodeRuneInString(w); size == len(w) && unicode.Is(unicode.Han, r) {
		if nd := c.lx.root.child(w); nd.ok() {
			if nd = nd.child("色"); nd.ok() {
				for _, f := range nd.forms() {
					if f.kind == kindColour {
						return true
					}
				}
			}
		}
	}
	return c.colourTokenAt(k)
}
