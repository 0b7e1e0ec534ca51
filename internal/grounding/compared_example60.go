package grounding

// probe60File holds a pack's words for probe 60's kinds (#13, probe60):
// example_words, the words that introduce examples of a class ("such
// as", "wie", "comme", "como", "zoals", "som", "kuten", "όπως", مثل, 如)
// read after a metal noun compared (exampleCompared).
type probe60File struct {
	ExampleWords []string `yaml:"example_words"`
}

type probe60Data struct {
	exampleWords wordList // example_words
}

func compileProbe60(f probe60File) probe60Data {
	return probe60Data{exampleWords: compileWordList(f.ExampleWords)}
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
