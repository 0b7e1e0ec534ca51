package checks

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/locales"
	"github.com/copydesk/copydesk/internal/text/segment"
)

// TestTokMemoAnswers: a tokMemo gives back the answer kept for a token of
// the document it was given for, and nothing for a token not yet worked
// out, out of range, or of another document (whose put starts it again).
func TestTokMemoAnswers(t *testing.T) {
	short := newDocument("Solid gold ring, not plated.")
	other := newDocument("Another text of its own words here.")
	long := newDocument(strings.Repeat("word ", 300)) // past the first memo buffer
	type op struct {
		put    bool // put v, else get
		d      *document
		i      int
		v      bool // put: the answer; get: the answer wanted
		wantOK bool // get: whether an answer is wanted
	}
	memoRows := []struct {
		name string
		ops  []op
	}{
		{"empty memo answers nothing", []op{{d: short, i: 0}, {d: short, i: 3}}},
		{"a true answer read back", []op{{put: true, d: short, i: 2, v: true}, {d: short, i: 2, v: true, wantOK: true}}},
		{"a false answer read back as one", []op{{put: true, d: short, i: 1}, {d: short, i: 1, wantOK: true}}},
		{"another token of the document still unknown", []op{{put: true, d: short, i: 1, v: true}, {d: short, i: 0}, {d: short, i: 4}}},
		{"each token its own answer", []op{
			{put: true, d: short, i: 0, v: true}, {put: true, d: short, i: 1}, {put: true, d: short, i: 4, v: true},
			{d: short, i: 0, v: true, wantOK: true}, {d: short, i: 1, wantOK: true}, {d: short, i: 4, v: true, wantOK: true}, {d: short, i: 3},
		}},
		{"an answer put again replaced", []op{{put: true, d: short, i: 2, v: true}, {put: true, d: short, i: 2}, {d: short, i: 2, wantOK: true}}},
		{"out of range: no answer, put ignored", []op{
			{put: true, d: short, i: 0, v: true}, {d: short, i: -1}, {d: short, i: len(short.toks)},
			{put: true, d: short, i: len(short.toks), v: true}, {d: short, i: len(short.toks)}, {d: short, i: 0, v: true, wantOK: true},
		}},
		{"another document's token not answered", []op{{put: true, d: short, i: 1, v: true}, {d: other, i: 1}}},
		{"another document's put forgets the first's", []op{
			{put: true, d: short, i: 1, v: true}, {put: true, d: other, i: 2, v: true},
			{d: short, i: 1}, {d: other, i: 2, v: true, wantOK: true}, {d: other, i: 1},
		}},
		{"back to the first document starts again", []op{
			{put: true, d: short, i: 1, v: true}, {put: true, d: other, i: 2, v: true}, {put: true, d: short, i: 3},
			{d: short, i: 1}, {d: short, i: 3, wantOK: true}, {d: other, i: 2},
		}},
		{"a long document past the first buffer", []op{
			{put: true, d: long, i: 299, v: true}, {put: true, d: long, i: 200},
			{d: long, i: 299, v: true, wantOK: true}, {d: long, i: 200, wantOK: true}, {d: long, i: 0},
		}},
		{"short after long: the long one's answers gone", []op{
			{put: true, d: long, i: 2, v: true}, {put: true, d: short, i: 0}, {d: short, i: 2}, {d: long, i: 2},
		}},
	}
	for _, row := range memoRows {
		t.Run(row.name, func(t *testing.T) {
			var m tokMemo
			for k, o := range row.ops {
				if o.put {
					if got := m.put(o.d, o.i, o.v); got != o.v {
						t.Fatalf("op %d: put returned %v, want %v", k, got, o.v)
					}
					continue
				}
				v, ok := m.get(o.d, o.i)
				if ok != o.wantOK || ok && v != o.v {
					t.Fatalf("op %d: get(%d) = %v, %v; want %v, %v", k, o.i, v, ok, o.v, o.wantOK)
				}
			}
		})
	}
}

// TestTokMemoPredicatesAsWorkedOut: isDiamondAt, coordNegated and negated,
// kept by token, answer as the predicates worked out on a fresh run, for
// every token of the evaluation texts and of texts made for them, asked
// backwards, forwards and again (so that a kept answer is read back), and
// across a switch to another document of the same copy (the dictionary
// segmentation, in the languages that have one).
func TestTokMemoPredicatesAsWorkedOut(t *testing.T) {
	t.Parallel()
	byLocale := map[string][]string{}
	for _, c := range loadEval(t) {
		byLocale[c.Locale] = append(byLocale[c.Locale], c.Text)
	}
	memoTexts := []struct{ locale, text string }{
		{"en-GB", "Not gold or silver, and neither plated nor filled. A ring with 5 diamonds and no brilliant cut."},
		{"fr-FR", "Cinq grenats et un brillant ornent la bague, ni plaquée ni dorée, sans diamant."},
		{"es-ES", "Un anillo delicado y brillantes de talla redonda; no es de oro ni de plata."},
		{"de-DE", "Fünf Granate und ein Brillant zieren den Ring, nicht vergoldet oder versilbert."},
		{"sv-SE", "Inte förgylld utan av guld, och inga briljanter."},
		{"pl-PL", "Pierścionek ze szlifem brylantowym, nie złocony ani posrebrzany."},
		{"ja-JP", "ダイヤモンドではなく、ラボグロウンダイヤモンドです。金メッキでもありません。"},
		{"zh-CN", "这不是钻石，也不是镀金的，而是培育钻石。"},
	}
	for _, m := range memoTexts {
		byLocale[m.locale] = append(byLocale[m.locale], m.text)
	}
	asked, trues := 0, 0
	for locale, texts := range byLocale {
		lang := langOf(locale)
		for k, text := range texts {
			in := core.CheckInput{Locale: locale, Text: text}
			docs := []*document{newDocument(text)}
			if segment.Uses(lang) {
				docs = append(docs, newWordDocument(text, segment.For(lang)))
			}
			kept := &run{c: &Checker{}, in: &in, lang: lang, cg: compileGuide(nil)}
			for pass := range 2 {
				for _, d := range docs {
					fresh := &run{c: &Checker{}, in: &in, d: d, lang: lang, cg: compileGuide(nil)}
					kept.d, kept.masks, kept.words = d, nil, nil
					n := len(d.toks)
					for step := range 2 * n {
						i := n - 1 - step // backwards first
						if step >= n {
							i = step - n
						}
						for name, pair := range map[string][2]bool{
							"isDiamondAt":  {kept.isDiamondAt(i), fresh.diamondAtWord(i)},
							"coordNegated": {kept.coordNegated(i), fresh.coordNegatedAt(i)},
							"negated":      {kept.negated(i), fresh.negatedWord(i)},
						} {
							asked++
							if pair[1] {
								trues++
							}
							if pair[0] != pair[1] {
								t.Fatalf("%s text %d pass %d: %s(%d) %q = %v kept, %v worked out", locale, k, pass, name, i, d.word(i), pair[0], pair[1])
							}
						}
					}
				}
			}
		}
	}
	if trues == 0 {
		t.Fatalf("no predicate was true in %d answers: the comparison tests nothing", asked)
	}
	t.Logf("%d answers, %d true", asked, trues)
}

// numberOrUnitBefore is numberOrUnit as it was before perf65 read the word
// before a unit ahead of the unit map.
func (r *run) numberOrUnitBefore(j int) bool {
	o := r.d.orig(j, j+1)
	if o == "" {
		return false
	}
	if c, _ := utf8.DecodeRuneInString(o); c >= '0' && c <= '9' {
		rest := strings.ToLower(strings.TrimLeft(o, "0123456789.,'’ "))
		return rest == "" || latinWord(rest)
	}
	if j == 0 || !unitAbbrevs[r.d.word(j)] {
		return false
	}
	p := r.d.orig(j-1, j)
	c, _ := utf8.DecodeRuneInString(p)
	return c >= '0' && c <= '9' && strings.TrimSpace(r.d.gap(j-1)) == ""
}

// TestNumberOrUnitAsBefore: numberOrUnit answers as before for every token
// of the evaluation texts and of texts of units after numbers.
func TestNumberOrUnitAsBefore(t *testing.T) {
	t.Parallel()
	unitRows := []struct {
		text  string
		units int // tokens answered true
	}{
		{"A 3 mm band", 2},
		{"3mm band", 1},
		{"18 ct gold, 0,5 ct diamond", 5}, // 0 and 5 two tokens
		{"mm ct g", 0},
		{"Size 7 - 2 g", 3},
		{"A band 3 (mm)", 1},
		{"Ring 14 k gold", 2},
		{"10をご紹介します", 0},
	}
	for _, row := range unitRows {
		d := newDocument(row.text)
		r := &run{d: d, lang: "en"}
		n := 0
		for i := range d.toks {
			if r.numberOrUnit(i) != r.numberOrUnitBefore(i) {
				t.Fatalf("%q token %d %q: %v, before %v", row.text, i, d.word(i), r.numberOrUnit(i), r.numberOrUnitBefore(i))
			}
			if r.numberOrUnit(i) {
				n++
			}
		}
		if n != row.units {
			t.Errorf("%q: %d tokens a number or unit, want %d", row.text, n, row.units)
		}
	}
	for _, c := range loadEval(t) {
		d := newDocument(c.Text)
		r := &run{d: d, lang: langOf(c.Locale)}
		for i := range d.toks {
			if r.numberOrUnit(i) != r.numberOrUnitBefore(i) {
				t.Fatalf("%s %q token %d %q: %v, before %v", c.Locale, c.Text, i, d.word(i), r.numberOrUnit(i), r.numberOrUnitBefore(i))
			}
		}
	}
}

// TestRunMarketAsMarketFor: a check's market, read once, is marketFor its
// locale, for every locale of the packs and one without data.
func TestRunMarketAsMarketFor(t *testing.T) {
	locs := append(locales.Must().Supported(), "xx-XX")
	for _, loc := range locs {
		in := core.CheckInput{Locale: loc}
		r := &run{in: &in}
		if got, want := r.market(), marketFor(loc); got != want {
			t.Errorf("%s: market %p, marketFor %p", loc, got, want)
		}
		if r.market() != r.market() {
			t.Errorf("%s: market read twice differs", loc)
		}
	}
}

// TestMemoSlabs: a document's memo slabs are zeroed, n bytes long, never
// overlap a slab handed out before in the same check (each filled and
// checked after the rest), and start again from the buffer's first byte
// after prepare, zeroed though the last check wrote there.
func TestMemoSlabs(t *testing.T) {
	slabRows := []struct {
		name  string
		sizes []int
	}{
		{"one small", []int{5}},
		{"several in the first buffer", []int{100, 100, 100}},
		{"past the first buffer", []int{300, 300, 300}},
		{"one larger than the buffer", []int{4000}},
		{"small after large", []int{2000, 1, 2, 3}},
		{"empty", []int{0, 7, 0}},
	}
	for _, row := range slabRows {
		t.Run(row.name, func(t *testing.T) {
			d := newDocument("A short text.")
			for check := range 2 {
				var slabs [][]uint8
				for k, n := range row.sizes {
					s := d.memoSlab(n)
					if len(s) != n || cap(s) != n {
						t.Fatalf("check %d slab %d: len %d cap %d, want %d", check, k, len(s), cap(s), n)
					}
					for j, b := range s {
						if b != 0 {
							t.Fatalf("check %d slab %d: byte %d is %d, want 0", check, k, j, b)
						}
					}
					for j := range s {
						s[j] = uint8(k + 1)
					}
					slabs = append(slabs, s)
				}
				for k, s := range slabs {
					for j, b := range s {
						if b != uint8(k+1) {
							t.Fatalf("check %d slab %d: byte %d is %d, another slab's", check, k, j, b)
						}
					}
				}
				d.prepare() // the pooled document's next check
				if d.memoUsed != 0 {
					t.Fatalf("after prepare %d bytes taken", d.memoUsed)
				}
			}
		})
	}
}
