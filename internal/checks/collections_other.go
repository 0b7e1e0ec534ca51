package checks

import (
	"fmt"
	"slices"
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

// collectionSpellings are the sound changes collectionSkeletons tries,
// built once: a soft g before e or i read as j ("Heritage", ヘリテージ,
// هيريتيج) and as Greek τζ (Χέριτατζ), a t before u as ch (English
// "-ture": "Signature", シグネチャー, 시그니처, Σίγκνετσερ, سيغنتشر), and
// u and o written as Arabic و (لوميير, مومنتس).
var collectionSpellings = []*strings.Replacer{
	strings.NewReplacer("ge", "je", "gi", "ji"),
	strings.NewReplacer("ge", "tze", "gi", "tzi"),
	strings.NewReplacer("tu", "chu"),
	strings.NewReplacer("u", "w", "o", "w"),
}

// collectionSkeletons are a name's sound skeletons (scriptRuns) as
// written and with each of collectionSpellings; where l and r are merged
// (kana, Hangul) a final "-re" after the change is also tried silent, as
// kana and Hangul leave it (シグネチャー).
func collectionSkeletons(low string, merged bool) []string {
	out := []string{skeleton(low, merged)}
	add := func(s string) {
		if k := skeleton(s, merged); !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	for _, rp := range collectionSpellings {
		if soft := rp.Replace(low); soft != low {
			add(soft)
			if n := len(soft); merged && n > 2 && soft[n-1] == 'e' && soft[n-2] == 'r' {
				add(soft[:n-2]) // "signachure": シグネチャー
			}
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
		other, dnt := r.otherCollection(name), r.doNotTranslate(name)
		if !other && dnt == nil {
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
					if other {
						r.addBytes("grounding.collection", CatGrounding, core.SeverityBlock,
							fmt.Sprintf("%q spells the %s collection in another script; the product belongs to %s", text[s:e], name, orNone(r.in.Product.Collection)), s, e)
					}
					if dnt != nil {
						// A do-not-translate name transliterated (モーメンツ,
						// 모먼츠, Μόμεντς, مومنتس) is not "as written".
						r.addBytes("glossary.do_not_translate", CatGlossary, levelOr(dnt.Level, core.SeverityWarn),
							fmt.Sprintf("%q spells %q in another script; it must stay as written in every language", text[s:e], name), s, e)
					}
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
