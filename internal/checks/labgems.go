package checks

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/copydesk/copydesk/internal/core"
)

// gemNames recognises one lab-grown coloured gemstone of the product in
// copy: the built-in words of gemWords (en, fr, de, it, es) plus the
// locale pack's own name for the stone (writer.stones: Turkish "yakut",
// Polish "rubin", Greek "ρουμπίνι", Japanese "ルビー"), matched with its
// inflections: by Snowball stem where the language has a stemmer
// ("yakutun" is "yakut"), and by the name's stem as a prefix with at most
// four more letters ("rubinem", "ρουμπίνια", Korean "루비를"); Arabic
// names also with the article and its prepositions ("الياقوت", "بالياقوت").
// Japanese and Chinese names are dictionary words, matched whole.
type gemNames struct {
	words wordSet
	lang  string
	name  string // the pack's name, folded ("" when it has none)
	stem  string // its Snowball stem, or ""
	base  string // the prefix its inflected forms share
	whole bool   // segmented language: whole dictionary words only
}

func (g gemNames) has(w string) bool {
	if g.words.has(w) {
		return true
	}
	if g.name == "" || w == "" {
		return false
	}
	if w == g.name {
		return true
	}
	if g.whole {
		return false
	}
	if g.lang == "ar" {
		for _, p := range []string{"وبال", "بال", "وال", "لل", "ال"} {
			if rest, ok := strings.CutPrefix(w, p); ok && rest == g.name {
				return true
			}
		}
	}
	if g.stem != "" && stemWord(g.lang, w) == g.stem {
		return true
	}
	rest, ok := strings.CutPrefix(w, g.base)
	return ok && utf8.RuneCountInString(rest) <= 4
}

// labGemsFor returns the product's lab-grown coloured gemstones (diamonds
// and cultured pearls have rules of their own) as the locale names them.
func labGemsFor(locale, lang string, p *core.Product) []gemNames {
	var out []gemNames
	pack := packFor(locale)
	for _, s := range p.Stones {
		if !isLabStone(s.Type) || containsFold(s.Type, "diamond") || containsFold(s.Type, "pearl") {
			continue
		}
		for gem, words := range gemWords {
			if !containsFold(s.Type, gem) {
				continue
			}
			g := gemNames{words: words, lang: lang, whole: segmentedLang(lang)}
			if pack != nil && pack.Writer != nil {
				n := foldWord(strings.ToLower(pack.Writer.Stones[gem]))
				// A name of two words is its head noun where adjectives
				// follow it (Arabic "ياقوت أحمر", red corundum).
				if head, _, two := strings.Cut(n, " "); two && (lang == "ar" || lang == "pt") {
					n = head
				}
				if n != "" && !strings.ContainsRune(n, ' ') {
					g.name, g.base = n, n
					if _, ok := stemmers[lang]; ok {
						g.stem = stemWord(lang, n)
					}
					// A name ending in a vowel inflects on its stem
					// ("ρουμπίνι" -> "ρουμπίνια", "rubiini" -> "rubiinia").
					if r, size := utf8.DecodeLastRuneInString(n); utf8.RuneCountInString(n) >= 5 && strings.ContainsRune("aeiouyıöüäåæøιαοεηυω", r) {
						g.base = n[:len(n)-size]
					}
				}
			}
			out = append(out, g)
		}
	}
	return out
}

func segmentedLang(lang string) bool { return lang == "ja" || lang == "zh" }

// checkSegmentedGems is checkLabGems for Japanese and Chinese copy, on its
// dictionary words (as checkSegmentedDiamonds): the pack's name of a
// lab-grown gemstone (ルビー, 红宝石) needs a qualifier of the market
// within four words (ラボグロウン, 实验室培育, 合成) at its first mention.
func (r *run) checkSegmentedGems(gems []gemNames) {
	if len(gems) == 0 || !segmentedLang(r.lang) {
		return
	}
	defer r.useWords()()
	d := r.d
	for _, gem := range gems {
		first := -1
		for i := range d.toks {
			if r.isMasked(i) || !gem.has(d.word(i)) || r.negated(i) {
				continue
			}
			if r.labQualified(i) {
				first = -1
				break
			}
			if first < 0 {
				first = i
			}
		}
		if first >= 0 {
			r.addTokens("regulatory.stone_qualifier", CatRegulatory, core.SeverityBlock,
				fmt.Sprintf("%q: the stone is lab-grown and must be named with its qualifier%s", d.orig(first, first+1), r.labSource()), first, first+1)
		}
	}
}

// collectionPrefixes start the words for a collection in the supported
// languages, so that a name glued to one in any inflection is found
// ("Momentskolleksjonen", "Momentsmallistosta", "Momentskollektionen").
var collectionPrefixes = []string{"collection", "kollektion", "kolleksjon", "mallisto", "kolekc", "koleksiyon", "collectie", "collezion", "coleccion", "colecao", "colecoes"}

func collectionPrefix(w string) bool {
	if len(w) < 2 {
		return false
	}
	for _, p := range collectionPrefixIndex()[[2]byte{w[0], w[1]}] {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// collectionPrefixIndex holds collectionPrefixes and every language's
// collection_prefixes (data/<lang>/glossary.yaml) by their first two
// bytes: the spelling check asks about every token of a text.
var collectionPrefixIndex = sync.OnceValue(func() map[[2]byte][]string {
	_, more := dataCollectionWords()
	idx := map[[2]byte][]string{}
	for _, p := range append(append([]string(nil), collectionPrefixes...), more...) {
		if len(p) < 2 {
			continue
		}
		k := [2]byte{p[0], p[1]}
		if !slices.Contains(idx[k], p) {
			idx[k] = append(idx[k], p)
		}
	}
	return idx
})
