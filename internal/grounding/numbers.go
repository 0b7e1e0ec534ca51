package grounding

import (
	"fmt"
	"strconv"
	"strings"
)

// numberSystem is one way a language writes numbers in words, as data in
// a vocabulary's numbers list (issue #13: number words past 24 in every
// language). Standalone words are listed in words; tens (20, 30, ... and,
// where a language composes teens the same way, 10) stand alone and
// combine with units through each compose pattern, whose value is the
// sum: "{tens}-{units}" reads "thirty-eight" as 38, "{units}und{tens}"
// reads "achtunddreißig", "{tens}{units}" reads 三十八, "서른여덟" and
// "trettioåtta", "{units} و{tens}" reads "ثمانية وثلاثون". Units never
// stand alone here (many are also articles: "en", "un", "ein"); single
// numbers stay in terms, with their guards.
//
// A units map may hold any value: French composes 71 as 60 + 11
// ("soixante et onze") and 90 as 80 + 10 ("quatre-vingt-dix").
//
// #13 (dozen43): a counting noun that is a number times another (times:
// "12": dozen, Dutzend, douzaines, docenas, dozzine, dúzias, dussin,
// dusin, tusinaa, tuziny, tucty, düzine, ντουζίνες) combines with units
// through each multiply pattern, whose value is the product: "{units}
// {times}" reads "two dozen" and "deux douzaines" as 24, "dva tucty"
// as 24. The counting noun alone stays in terms ("a dozen" is 12), and
// its vague plural ("dozens of", "des douzaines de") is no number.
//
// #13 (fb46): a count said as a sum of two units (sum: "{units} plus
// {addend}", "{units} más {addend}", "{units}加{addend}") is the sum:
// "three plus three" and 三加三 read as 6, the six stones of a pair of
// hoops with three each (released 46A zh-TW 46A102-2, "兩只合計三加三顆").
type numberSystem struct {
	Words    map[string][]string `yaml:"words"`
	Tens     map[string][]string `yaml:"tens"`
	Units    map[string][]string `yaml:"units"`
	Compose  []string            `yaml:"compose"`
	Times    map[string][]string `yaml:"times"`
	Multiply []string            `yaml:"multiply"`
	Sum      []string            `yaml:"sum"`
}

// compileNumbers adds every number word of the systems to the phrase trie.
// An explicit term of the same phrase keeps precedence (its guards), as
// it was added first and pickForm takes the first form that fits.
func (lx *lexicon) compileNumbers(systems []numberSystem) error {
	forms := map[int]*form{}
	formFor := func(v int) *form {
		f := forms[v]
		if f == nil {
			f = &form{kind: kindNumber, value: strconv.Itoa(v)}
			forms[v] = f
		}
		return f
	}
	add := func(phrase string, v int) error {
		for _, s := range expand(phrase) {
			toks := tokenStrings(s)
			if len(toks) == 0 {
				return fmt.Errorf("numbers: empty phrase for %d", v)
			}
			lx.addPhrase(toks, formFor(v))
		}
		return nil
	}
	parse := func(k string) (int, error) {
		v, err := strconv.Atoi(k)
		if err != nil || v <= 0 {
			return 0, fmt.Errorf("numbers: %q is not a positive number", k)
		}
		return v, nil
	}
	// addPairs adds every pattern of pats with slot and {units} filled by
	// each word of firsts and units, as the number v: the tens and units
	// of "{tens}-{units}" (compose), two units of "{units} plus {addend}"
	// (sum), or a counting noun times a unit of "{units} {times}"
	// (multiply).
	addPairs := func(name string, pats []string, slot string, firsts, units []string, v int) error {
		for _, pat := range pats {
			if !strings.Contains(pat, slot) || !strings.Contains(pat, "{units}") {
				return fmt.Errorf("numbers: %s %q needs %s and {units}", name, pat, slot)
			}
			for _, fw := range firsts {
				for _, uw := range units {
					if err := add(strings.ReplaceAll(strings.ReplaceAll(pat, slot, fw), "{units}", uw), v); err != nil {
						return err
					}
				}
			}
		}
		return nil
	}
	// pairsOver adds addPairs for every number of firsts with every number
	// of units, as combine(first, unit): tens plus units (compose), a unit
	// plus a unit (sum), a counting noun times a unit (multiply).
	pairsOver := func(name string, pats []string, slot string, firsts, units map[string][]string, combine func(a, u int) int) error {
		for fk, fws := range firsts {
			f, err := parse(fk)
			if err != nil {
				return err
			}
			for uk, uws := range units {
				u, err := parse(uk)
				if err != nil {
					return err
				}
				if err := addPairs(name, pats, slot, fws, uws, combine(f, u)); err != nil {
					return err
				}
			}
		}
		return nil
	}
	for _, sys := range systems {
		for k, ws := range sys.Words {
			v, err := parse(k)
			if err != nil {
				return err
			}
			for _, w := range ws {
				if err := add(w, v); err != nil {
					return err
				}
			}
		}
		for tk, tws := range sys.Tens {
			t, err := parse(tk)
			if err != nil {
				return err
			}
			for _, tw := range tws {
				if err := add(tw, t); err != nil {
					return err
				}
			}
		}
		plus := func(a, u int) int { return a + u }
		times := func(m, u int) int { return m * u }
		if err := pairsOver("compose", sys.Compose, "{tens}", sys.Tens, sys.Units, plus); err != nil {
			return err
		}
		if err := pairsOver("sum", sys.Sum, "{addend}", sys.Units, sys.Units, plus); err != nil {
			return err
		}
		if err := pairsOver("multiply", sys.Multiply, "{times}", sys.Times, sys.Units, times); err != nil {
			return err
		}
	}
	return nil
}

// valueFile holds the words that make a number a value rather than a count
// (#13, hardness32): the units of time an age or a span is given in
// (time_units: "years", "million years", "Millionen Jahre", "millones de
// años", "anni", "vuotta", "yıl", "سنة", 万年, 년). The nouns of hardness
// are the ranking's (hardness_nouns, ranking.go).
type valueFile struct {
	TimeUnits []string `yaml:"time_units"`
}

type valueData struct {
	timeUnits wordList
}

func compileValue(f valueFile) valueData {
	return valueData{timeUnits: compileWordList(f.TimeUnits)}
}

// timeUnitGap is how many tokens a unit of time may span after its number
// ("millones de años", "mil millones de años").
const timeUnitGap = 4

// valueNumber reports whether the number match m is the value of a
// property of a material, not a count of stones nor a fact of the piece
// (#13, hardness32):
//
//   - a hardness: a noun of hardness or of its scale (hardness_nouns:
//     hardness, Mohs, Härte, dureza, durezza, dureté, hardheid, kovuus,
//     twardość, tvrdost, sertlik, σκληρότητα, صلابة, 硬度, 경도, 모스) stands
//     before it in its sentence, with no word of the piece between ("a
//     hardness of 4.5 along the crystal and 7 across it", "Härte ...
//     längs des Kristalls etwa 4,5, quer dazu fast 7", 硬度は4前後, "경도
//     5"), or after it in its clause ("9 on the Mohs scale"). Mohs's
//     scale runs from 1 (talc) to 10 (diamond): its figures rank
//     minerals by which scratches which (GIA, "Mohs scale of hardness";
//     16 CFR 23.12(a));
//   - an age or a span: a unit of time follows it in its clause
//     (time_units: "180 million years", "70 millones de años", 1億年);
//   - a year: four figures from 1000 to 2100, or a figure glued to a
//     noun of the calendar (calendarNumber, as count reads it).
func (c *checker) valueNumber(m match) bool {
	n := c.numberValue(m)
	return c.calendarNumber(m, n) || c.timeAfter(m) || c.hardnessOf(m)
}

// numberValue returns the value of the number match m (a figure the
// text writes, or a number word's value), or 0 for anything else.
func (c *checker) numberValue(m match) int {
	if m.f == digitForm {
		if isDigits(c.toks[m.ti].s) {
			n, _ := strconv.Atoi(c.toks[m.ti].s)
			return n
		}
		return 0
	}
	if m.f.kind != kindNumber {
		return 0
	}
	n, _ := strconv.Atoi(m.f.value)
	return n
}

// timeAfter reports whether a unit of time starts right after the number
// m, in its clause.
func (c *checker) timeAfter(m match) bool {
	w := c.lx.timeUnits
	if w.empty() {
		return false
	}
	for e := m.tj + 1; e < len(c.toks) && e <= m.tj+timeUnitGap; e++ {
		if c.toks[e].brk && (e > m.tj+1 || !c.ordinalDotAfter(m)) {
			return false // not "19. století", an ordinal (ordinal_date65.go)
		}
		if w.span(c.toks, e) == m.tj+1 {
			return true
		}
	}
	return false
}

// hardnessOf reports whether a noun of hardness governs the number m: one
// before it in its sentence with no word or fact of the piece between, or
// one after it in its clause.
func (c *checker) hardnessOf(m match) bool {
	w := c.lx.rankData.hardness
	if w.empty() {
		return false
	}
	s, e := c.sentenceOf(m.ti)
	for k := m.ti - 1; k >= s; k-- {
		if w.at(c.toks, k) {
			return true
		}
		if c.pieceWordAt(k) {
			return false
		}
	}
	for k := m.tj + 1; k <= e && !c.toks[k].brk; k++ {
		if w.at(c.toks, k) {
			return true
		}
	}
	return false
}

// pieceWordAt reports whether token k is a word of the piece that ends a
// hardness's reach: the piece's own name, a category word, a word of
// setting or a verb of the piece ("set with", "holds").
func (c *checker) pieceWordAt(k int) bool {
	lx := c.lx
	if c.toks[k].masked && !c.stoneNameAt(k) || c.kindTokenAt(k, kindCategory) {
		return true
	}
	return lx.settingWords.at(c.toks, k) || c.pieceVerbAt(k) || lx.pieceNouns.at(c.toks, k) || lx.ours.endsAt(c.toks, k)
}
