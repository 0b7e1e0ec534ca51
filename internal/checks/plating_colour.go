package checks

import (
	"fmt"
	"strings"
	"sync"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/text"
)

// A plating's colour named as the solid metal (#13, plate45): "solid 18k
// black gold" on 18k white gold with a black rhodium plating, "ouro negro
// maciço", "schwarzes Gold", 黑金. The FTC Jewelry Guides (16 CFR 23.4)
// call it misrepresentation to describe a plated article as if the metal
// itself had the plating's colour or quality; the colour lives in the
// plating, so the piece is "white gold with black rhodium plating", not
// black gold. checkGoldPlating covers gold plated over another base; this
// reading covers a plating of another colour over the piece's own metal.
//
// The rule is about a name for a metal the piece is not. On a gold base the
// gold is real: "black gold" on black rhodium-plated 14k white gold names
// a gold piece by the colour it shows (the trade's name for it, as "rose
// gold" on rose-plated yellow gold), so there the name blocks only when
// the copy says the colour runs through the metal itself: a solid word
// beside it ("solid 18k black gold", "oro negro macizo", "الذهب الأسود
// الخالص", 纯黑金) or a through phrase after it ("black gold through and
// through"), the plating_colour solid, solid_strings and through data
// (#13, facts67: probe 67D). On a silver base the name blocks as it
// stands ("black silver"; 黑金 on black rhodium-plated silver, which has
// no gold at all).

// platingColour gives the colour a plating shows ("black rhodium": black,
// "rose gold": rose, "gold": yellow), "" when the plating shows the base's
// own colour or none this reading knows.
func platingColour(plating string) string {
	p := strings.ToLower(strings.TrimSpace(plating))
	switch {
	case p == "":
		return ""
	case strings.Contains(p, "black") || strings.Contains(p, "ruthenium"):
		return "black"
	case strings.Contains(p, "rose") || strings.Contains(p, "pink") || strings.Contains(p, "red gold"):
		return "rose"
	case strings.Contains(p, "gold") && !strings.Contains(p, "white"):
		return "yellow"
	case strings.Contains(p, "rhodium") || strings.Contains(p, "platinum") || strings.Contains(p, "palladium") || strings.Contains(p, "white"):
		return "white"
	}
	return ""
}

// baseColour gives the colour of the base metal itself.
func baseColour(base string) string {
	b := strings.ToLower(base)
	switch {
	case strings.Contains(b, "black"):
		return "black"
	case strings.Contains(b, "rose") || strings.Contains(b, "pink") || strings.Contains(b, "red gold"):
		return "rose"
	case strings.Contains(b, "white"):
		return "white"
	case strings.Contains(b, "gold"):
		return "yellow"
	}
	return "white" // silver, platinum, palladium, steel
}

// colourMetal holds, per plating colour, how copy names a metal of that
// colour: a colour word before the metal word ("black gold", "schwarzes
// Gold", "czarne złoto"), after it ("ouro negro", "or noir", "oro nero",
// "الذهب الأسود"), one glued word ("Schwarzgold", "svartguld") and, for
// the languages written without spaces, the string itself (黑金, ブラック
// ゴールド, 블랙골드).
type colourMetal struct {
	before, after, glued map[string]bool
	cjk                  []string
}

func wordMap(ws ...string) map[string]bool {
	m := map[string]bool{}
	for _, w := range ws {
		m[foldWord(w)] = true // document words are folded ("černého": "cerneho")
	}
	return m
}

// platingColourData is every language's words of a plating's colour
// named as the metal: the plating_colour block of data/<lang>/glossary.yaml
// (gold and silver words, and by colour the before, after, glued words
// and strings), read together as one set in every locale.
type platingColourData struct {
	// gold and silver name the metal in the 25 locales' languages, as a
	// token (Arabic, glued articles and prepositions, is read by its
	// end in checkPlatingColour).
	gold, silver map[string]bool
	colours      map[string]colourMetal // by plating colour
	// solid holds the words, solidStrings the strings (ja, zh, ko) and
	// through the phrases after the name that claim the colour is the
	// metal's own (solid, solid_strings, through).
	solid                 wordSet
	solidStrings, through []string
	// marksBefore and marksAfter name the plating beside a string of
	// colours' cjk (marks_before, marks_after: 镀, メッキ, 도금).
	marksBefore, marksAfter []string
}

// platingColourWords reads the plating_colour blocks of every
// data/<lang>/glossary.yaml once, in name order.
var platingColourWords = sync.OnceValue(func() platingColourData {
	files, err := glossaryFiles()
	if err != nil {
		panic(err) // embedded data: TestGlossaryFormsCompile reports it
	}
	var gold, silver, marksBefore, marksAfter, solid, solidStrings, through []string
	by := map[string]*[4][]string{}
	for _, gf := range files {
		pc := gf.f.PlatingColour
		gold = append(gold, pc.Gold...)
		silver = append(silver, pc.Silver...)
		marksBefore = append(marksBefore, pc.MarksBefore...)
		marksAfter = append(marksAfter, pc.MarksAfter...)
		solid = append(solid, pc.Solid...)
		solidStrings = append(solidStrings, pc.SolidStrings...)
		through = append(through, pc.Through...)
		for c, w := range pc.Colours {
			if by[c] == nil {
				by[c] = &[4][]string{}
			}
			by[c][0] = append(by[c][0], w.Before...)
			by[c][1] = append(by[c][1], w.After...)
			by[c][2] = append(by[c][2], w.Glued...)
			by[c][3] = append(by[c][3], w.Strings...)
		}
	}
	out := platingColourData{gold: wordMap(gold...), silver: wordMap(silver...), colours: map[string]colourMetal{},
		marksBefore: marksBefore, marksAfter: marksAfter, solid: newWordSet(solid), solidStrings: solidStrings, through: through}
	for c, w := range by {
		out.colours[c] = colourMetal{before: wordMap(w[0]...), after: wordMap(w[1]...), glued: wordMap(w[2]...), cjk: w[3]}
	}
	return out
})

// checkPlatingColour flags a plating's colour named as the metal.
func (r *run) checkPlatingColour() {
	p := &r.in.Product
	want := map[string]map[string]bool{} // colour -> metal set ("gold", "silver")
	// goldOnSilver holds the colours of a plating that is no gold over a
	// silver base (black rhodium): a gold string of that colour names a
	// metal the piece has none of.
	goldOnSilver := map[string]bool{}
	for _, m := range p.Metals {
		c := platingColour(m.Plating)
		if c == "" || c == baseColour(m.Base) {
			continue
		}
		metal := "silver"
		if containsFold(m.Base, "gold") {
			metal = "gold"
		} else if !containsFold(m.Base, "silver") {
			continue
		} else if !containsFold(m.Plating, "gold") {
			goldOnSilver[c] = true
		}
		if want[c] == nil {
			want[c] = map[string]bool{}
		}
		want[c][metal] = true
	}
	if len(want) == 0 {
		return
	}
	// The product's own metal in that colour (a rose gold ring with a
	// rose gold plating) makes the name true.
	for _, m := range p.Metals {
		delete(want, baseColour(m.Base))
	}
	d := r.d
	msg := func(orig string) string {
		return fmt.Sprintf("%q names the plating's colour as the metal: the product is %s (16 CFR 23.4)", orig, strings.Join(p.Materials, ", "))
	}
	words := platingColourWords()
	if r.lang == "ja" || r.lang == "zh" || r.lang == "ko" {
		low := strings.ToLower(d.text)
		for c, metals := range want {
			if !metals["gold"] && !goldOnSilver[c] {
				continue // the strings name gold; gold over silver is checkRegulatory's
			}
			for _, s := range words.colours[c].cjk {
				for bs, be := range text.Occurrences(low, s) {
					tail := low[be:min(len(low), be+24)]
					head := low[max(0, bs-6):bs]
					if containsAnyOf(head, words.marksBefore) || containsAnyOf(tail, words.marksAfter) {
						continue // 黑色镀层, ブラックゴールドメッキ: the plating named
					}
					// On a gold base only a solid string beside the name
					// claims the colour as the metal's (纯黑金, 無垢の
					// ブラックゴールド, 솔리드 블랙골드).
					if metals["gold"] && !goldOnSilver[c] && !containsAnyOf(low[max(0, bs-12):bs], words.solidStrings) && !containsAnyOf(low[be:min(len(low), be+12)], words.solidStrings) {
						continue
					}
					if len(low) == len(d.text) {
						r.addBytes("regulatory.plating_colour", CatRegulatory, core.SeverityBlock, msg(d.text[bs:be]), bs, be)
					}
				}
			}
		}
		return
	}
	isMetal := func(w, metal string) bool {
		if metal == "gold" {
			return words.gold[w] || w == "or" && r.lang == "fr" || strings.HasSuffix(w, "ذهب") && len(w) <= len("بالذهب")
		}
		return words.silver[w] || strings.HasSuffix(w, "فضة") && len(w) <= len("بالفضة")
	}
	for i := range d.toks {
		if r.isMasked(i) || r.isElsewhere(i) {
			continue
		}
		w := d.word(i)
		for c, metals := range want {
			cm := words.colours[c]
			s, e := -1, -1
			gold := false // the name is a gold's
			switch {
			case cm.glued[w] && metals["gold"]:
				s, e, gold = i, i+1, true
			case i+1 < len(d.toks) && d.toks[i+1].sent == d.toks[i].sent && cm.before[w]:
				for m := range metals {
					if isMetal(d.word(i+1), m) {
						s, e, gold = i, i+2, m == "gold"
					}
				}
			case i+1 < len(d.toks) && d.toks[i+1].sent == d.toks[i].sent && cm.after[d.word(i+1)]:
				for m := range metals {
					if isMetal(w, m) {
						s, e, gold = i, i+2, m == "gold"
					}
				}
			}
			if s < 0 {
				continue
			}
			// On a gold base a gold's name blocks only where the colour
			// is said to be the metal's own (solid words, through
			// phrases).
			if gold && !r.colourSolid(s, e, words) {
				continue
			}
			// "black gold plating", "ouro negro banhado": the plating named
			// (the next word only: "black gold, never plated" claims it).
			if d.anyNear(s, e, 0, 1, platingWords) || d.inPlatingPhrase(s, r.in.Locale) || r.negated(s) || r.denied(s, e) {
				continue
			}
			r.addTokens("regulatory.plating_colour", CatRegulatory, core.SeverityBlock, msg(d.orig(s, e)), s, e)
		}
	}
}

// containsAnyOf reports whether s contains one of subs.
func containsAnyOf(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// colourSolid reports whether the coloured gold name on tokens [s, e)
// is said to be the colour of the metal itself: a plating_colour solid
// word within three words before it or two after it in its sentence
// ("solid 18k black gold", "ouro negro maciço 18k", "الذهب الأسود
// الخالص"), or a through phrase within its sentence after it ("black
// gold through and through").
func (r *run) colourSolid(s, e int, words platingColourData) bool {
	d := r.d
	if d.anyNear(s, e, 3, 2, words.solid) {
		return true
	}
	var b strings.Builder
	for k := e; k < len(d.toks) && k < e+6 && d.toks[k].sent == d.toks[s].sent; k++ {
		b.WriteString(" ")
		b.WriteString(d.word(k))
	}
	tail := b.String() + " "
	for _, t := range words.through {
		if strings.Contains(tail, " "+foldWord(t)+" ") {
			return true
		}
	}
	return false
}
