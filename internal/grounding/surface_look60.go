package grounding

// probe60File holds a pack's words for probe 60's kinds (#13, probe60):
// surface_look_words, the words of a stone's surface or texture (surface,
// finish, smooth; superficie, επιφάνεια) beside which a simile material
// is its look (surfaceLook); example_words, the words that introduce
// examples of a class ("such as", "wie", "comme", "como", "zoals", "som",
// "kuten", "όπως", مثل, 如) read after a metal noun compared
// (exampleCompared).
type probe60File struct {
	SurfaceLookWords []string `yaml:"surface_look_words"`
	ExampleWords     []string `yaml:"example_words"`
}

type probe60Data struct {
	surfaceLook  wordList // surface_look_words
	exampleWords wordList // example_words
}

func compileProbe60(f probe60File) probe60Data {
	return probe60Data{surfaceLook: compileWordList(f.SurfaceLookWords), exampleWords: compileWordList(f.ExampleWords)}
}

// surfaceLook reports whether the simile material m (canon
// simile_materials: porcelain, glass, silk, wax) names the texture of the
// surface of the product's stone rather than a material of the piece: a
// word of surface_look_words (surface, finish, texture, smooth; "surface",
// "superficie", "επιφάνεια", "aspect") right after it, a genitive link
// or a compound hyphen between ("a porcelain-smooth surface", "πορσελάνινη
// επιφάνεια"), or right before it, at most a genitive link between ("una
// superficie de porcelana", "une surface d'aspect porcelaine"). Melo and
// conch pearls are non-nacreous, with a porcelaneous surface (GIA Gem
// Encyclopedia, "Pearl": non-nacreous pearls, "porcelaneous"; #13,
// probe60: en-US, es-MX, fr-FR and el-GR 60C01, 60D01, 60D03). It needs a
// stone on the piece (the surface is a stone's); "a porcelain pendant"
// and "made of porcelain" still block.
func (c *checker) surfaceLook(m match) bool {
	if len(c.p.Stones) == 0 || c.lx.surfaceLook.empty() {
		return false
	}
	if m.ti == m.tj {
		t := c.toks[m.ti]
		if tail := runeTail(t.s, m.end-m.start); tail != "" && m.start == t.start && c.lx.surfaceLook.ends.hasWord(trimHyphen(tail)) {
			return true
		}
	}
	k := m.tj + 1
	if k < len(c.toks) && !c.toks[k].brk && (genitiveLinks[c.toks[k].s] || c.lx.headLinks.hasWord(c.toks[k].s)) {
		k++
	}
	if k < len(c.toks) && !c.toks[k].brk && c.lx.surfaceLook.at(c.toks, k) {
		return true
	}
	k = m.ti - 1
	if k >= 0 && !c.toks[k+1].brk && genitiveLinks[c.toks[k].s] {
		k--
	}
	return k >= 0 && !c.toks[k+1].brk && c.lx.surfaceLook.at(c.toks, k)
}

// trimHyphen is s without a leading hyphen ("-smooth" of
// "porcelain-smooth").
func trimHyphen(s string) string {
	if len(s) > 0 && (s[0] == '-') {
		return s[1:]
	}
	return s
}

// exampleCompared reports whether the metal m is an example of a class of
// metals compared with the piece's: after a metal noun (metal_nouns) and
// a word of example (example_words), with a comparative (comparatives,
// comparative_endings) up to two words before the metal noun or between
// it and the example word, in one clause; other metals listed with m may
// stand between ("resists the scratches that soon mark softer metals such
// as gold or silver", "weichere Metalle wie Gold oder Silber", "des
// métaux plus tendres comme l'or ou l'argent"; #13, probe60: en-AU
// 60D01-3 on tungsten carbide). "Made of precious metals such as silver"
// (no comparative) still blocks.
func (c *checker) exampleCompared(m match) bool {
	d := &c.lx.probe60Data
	if d.exampleWords.empty() || len(c.lx.metalNouns) == 0 {
		return false
	}
	k := m.ti - 1
	for k >= 0 && !(c.toks[k+1].brk && !c.listBreak(k)) && (c.lx.determiners[c.toks[k].s] || c.lx.mw.listWords[c.toks[k].s] || c.metalTokenAt(k)) {
		k--
	}
	if k < 0 || c.toks[k+1].brk && !c.listBreak(k) {
		return false
	}
	s := d.exampleWords.span(c.toks, k)
	if s < 0 {
		return false
	}
	for q := s - 1; q >= 0 && q >= s-3 && !c.toks[q+1].brk; q-- {
		if !contains(c.lx.metalNouns, c.toks[q].s) {
			continue
		}
		for p := q - 2; p < s; p++ {
			if p >= 0 && p != q && (p >= q || !c.brkBetween(p, q)) && c.comparativeAt(p) {
				return true
			}
		}
	}
	return false
}
