package checks

import (
	"fmt"
	"strings"

	"github.com/copydesk/copydesk/internal/core"
)

// A collection of the brand that the product is not in, named in the copy
// (issue #13, collection_wrong), is a grounding error in every form:
// grounding finds the name as written; the checker finds it glued into a
// compound or declined ("Heritagekollektion", "Heritagen mallisto",
// checkCollectionSpelling) and spelt in another script (ヘリテージ,
// 헤리티지, Χέριτατζ, هيريتيج) beside the language's word for a
// collection (checkCollectionScripts).

// otherCollection reports whether a guide collection is not the product's.
func (r *run) otherCollection(name string) bool {
	own := strings.TrimSpace(r.in.Product.Collection)
	return own == "" || !strings.EqualFold(foldWord(strings.ToLower(own)), foldWord(strings.ToLower(name)))
}

func (r *run) wrongCollection(name, how string, s, e int) {
	msg := fmt.Sprintf("names the %s collection (%s); the product is in no collection", name, how)
	if c := strings.TrimSpace(r.in.Product.Collection); c != "" {
		msg = fmt.Sprintf("names the %s collection (%s); the product belongs to %s", name, how, c)
	}
	r.addTokens("grounding.collection", CatGrounding, core.SeverityBlock, msg, s, e)
}

// scriptCollectionWords are the words for a collection or a line in the
// scripts scriptRuns reads; a transliterated name counts beside one.
var scriptCollectionWords = []string{"コレクション", "シリーズ", "ライン", "컬렉션", "콜렉션", "시리즈", "라인", "συλλογή", "συλλογής", "συλλογη", "σειρά", "σειράς", "مجموعة", "المجموعة", "مجموعه", "تشكيلة", "коллекция", "коллекции", "коллекцию"}

// softG are the soft g's readings collectionSkeletons tries, built once.
var softG = []*strings.Replacer{strings.NewReplacer("ge", "je", "gi", "ji"), strings.NewReplacer("ge", "tze", "gi", "tzi")}

// collectionSkeletons are a name's sound skeletons (scriptRuns), with a
// soft g before e or i also read as j ("Heritage", ヘリテージ, هيريتيج)
// and as Greek τζ (Χέριτατζ).
func collectionSkeletons(low string, merged bool) []string {
	out := []string{skeleton(low, merged)}
	for _, rp := range softG {
		if soft := rp.Replace(low); soft != low {
			out = append(out, skeleton(soft, merged))
		}
	}
	return out
}

// checkCollectionScripts finds another collection of the brand spelt in
// katakana, Hangul, Greek, Arabic or Cyrillic beside a word for a
// collection: the run's sound skeleton is the name's.
func (r *run) checkCollectionScripts() {
	if r.g == nil || !hasSoundScript(r.d.text) {
		return
	}
	text := r.d.text
	var near []int // byte spans of collection words
	masked := []byte(text)
	for _, w := range scriptCollectionWords {
		for off := 0; ; {
			k := strings.Index(text[off:], w)
			if k < 0 {
				break
			}
			s, e := off+k, off+k+len(w)
			near = append(near, s, e)
			for b := s; b < e; b++ {
				masked[b] = ' ' // the word ends the run before it (ヘリテージコレクション)
			}
			off = e
		}
	}
	if len(near) == 0 {
		return
	}
	beside := func(s, e int) bool {
		for k := 0; k < len(near); k += 2 {
			if near[k] >= e && near[k]-e <= 12 || near[k+1] <= s && s-near[k+1] <= 12 {
				return true
			}
		}
		return false
	}
	for _, name := range r.g.Collections {
		if !r.otherCollection(name) {
			continue
		}
		low := foldWord(strings.ToLower(name))
		if strings.ContainsRune(low, ' ') || len(low) < 4 {
			continue
		}
		sk := [2][]string{collectionSkeletons(low, false), collectionSkeletons(low, true)}
		found := false
		scriptRuns(string(masked), func(s, e int, run string, merged bool) {
			if found || len(run) < 3 || !beside(s, e) {
				return
			}
			want := sk[0]
			if merged {
				want = sk[1]
			}
			for _, w := range want {
				if len(w) >= 3 && run == w {
					r.addBytes("grounding.collection", CatGrounding, core.SeverityBlock,
						fmt.Sprintf("%q spells the %s collection in another script; the product belongs to %s", text[s:e], name, orNone(r.in.Product.Collection)), s, e)
					found = true
					return
				}
			}
		})
	}
}

func orNone(s string) string {
	if strings.TrimSpace(s) == "" {
		return "no collection"
	}
	return s
}
