package checks

import (
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/styleguide"
	"github.com/copydesk/copydesk/internal/text"
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
	return own == "" || !strings.EqualFold(lowerFolded(own), lowerFolded(name))
}

// lowerFoldedCache keeps lowerFolded by name: otherCollection asks it of
// the product's collection and each of the guide's on every check, four
// strings made each time (#17).
var lowerFoldedCache struct {
	sync.RWMutex
	m map[string]string
}

// maxLowerFolded bounds lowerFoldedCache (names come from requests); a
// full cache starts again empty.
const maxLowerFolded = 4096

// lowerFolded is foldWord(strings.ToLower(s)), from lowerFoldedCache.
func lowerFolded(s string) string {
	lowerFoldedCache.RLock()
	v, ok := lowerFoldedCache.m[s]
	lowerFoldedCache.RUnlock()
	if ok {
		return v
	}
	v = foldWord(strings.ToLower(s))
	lowerFoldedCache.Lock()
	if lowerFoldedCache.m == nil || len(lowerFoldedCache.m) >= maxLowerFolded {
		lowerFoldedCache.m = map[string]string{}
	}
	lowerFoldedCache.m[strings.Clone(s)] = v
	lowerFoldedCache.Unlock()
	return v
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
	var out []string
	for _, v := range collectionVariants(low, merged) {
		if k := skeleton(v, merged); !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	return out
}

// collectionVariants are the name as written and with each of
// collectionSpellings (collectionSkeletons).
func collectionVariants(low string, merged bool) []string {
	out := []string{low}
	for _, rp := range collectionSpellings {
		if soft := rp.Replace(low); soft != low {
			out = append(out, soft)
			if n := len(soft); merged && n > 2 && soft[n-1] == 'e' && soft[n-2] == 'r' {
				out = append(out, soft[:n-2]) // "signachure": シグネチャー
			}
		}
	}
	return out
}

// vowelWriting is how a sound-spelt script writes vowels.
type vowelWriting uint8

const (
	vowelsWritten vowelWriting = iota // Greek, Cyrillic: each vowel, none added
	vowelsAdded                       // kana, Hangul: also one after a consonant that has none (エッセンス, 에센스: essensu)
	vowelsLong                        // Arabic: the long ones only (إسنس: isns)
)

// spelledAs reports whether the run run (text[s:e]), whose consonant
// skeleton is the name's, also spells the name's vowels where its script
// writes them: a transliteration of the whole name (Έσενς, エッセンス,
// 에센스, إسنس for Essence), not an ordinary word whose consonants happen to
// be the name's (Greek συνεχής, "continuous", is SNS as Essence is, but
// sinehis has no vowel before its s and one between n and s; Japanese
// センス, "sense", no vowel before its s either). A name is one word, so
// never two words joined (Greek "όλη μέρα", Arabic "لم أر"), nor a Korean
// word with its case particle (the word without it is tried apart:
// 아이올라이트가, "iolite" with 가, is not Heritage); a lone e after a
// consonant, which English leaves silent ("timeless", "essence"), may go
// unwritten (타임리스); Arabic ع, ح and a bare hamza spell no sound of a
// Latin name (لأحمر, "red", is not Lumière).
func spelledAs(low, run string, merged bool) bool {
	if strings.ContainsRune(run, ' ') || hangulParticleEnd(run) {
		return false
	}
	var b strings.Builder
	how := vowelsWritten
	for i, c := range run {
		if i == 0 {
			switch {
			case c >= 0xAC00 && c <= 0xD7A3 || c >= 0x30A0 && c <= 0x30FF:
				how = vowelsAdded
			case c >= 0x0600 && c <= 0x06FF:
				how = vowelsLong
			}
		}
		switch c {
		case 'д':
			if strings.HasPrefix(run[i+len("д"):], "ж") {
				continue // дж is j (Херитидж)
			}
			romanise(&b, c)
		case 'و':
			b.WriteByte('W') // a long u or o, or a w
		case 'ع', 'ح', 'ء', 'ؤ', 'ئ':
			b.WriteByte('X')
		case 'أ', 'إ', 'آ':
			if i > 0 {
				b.WriteByte('X') // a glottal stop inside the word (لأمر: li-amr)
				continue
			}
			romanise(&b, c)
		default:
			romanise(&b, c)
		}
	}
	q := soundClasses(b.String(), merged, vowelRuns)
	for _, v := range collectionVariants(low, merged) {
		if vowelsFit(soundClasses(v, merged, silentEs), q, how) {
			return true
		}
	}
	return false
}

// vowelsFit aligns a name's sound classes with vowels (p, silentEs) and a
// run's (q, vowelRuns): each consonant class and vowel of one is the
// other's, except that a silent E of the name may go unwritten; a script
// of vowelsAdded may add its U after a consonant (シグネチャー shi-gu-ne,
// not 착용하세 cha-gyong-ha-se); one of vowelsLong may
// leave a vowel of the name unwritten, but not the first (Arabic writes
// it, إ), and writes و for a vowel or a w.
func vowelsFit(p, q string, how vowelWriting) bool {
	// at[i*(m+1)+j]: p[:i] and q[:j] align; names and runs are short.
	var buf [24 * 24]bool
	n, m := len(p), len(q)
	if (n+1)*(m+1) > len(buf) {
		return false
	}
	at := func(i, j int) *bool { return &buf[i*(m+1)+j] }
	*at(0, 0) = true
	for i := 0; i <= n; i++ {
		for j := 0; j <= m; j++ {
			if !*at(i, j) {
				continue
			}
			if i < n && j < m {
				a, b := p[i], q[j]
				vowel := b == 'V' || b == 'U'
				if a == b || a == 'V' && vowel || b == 'W' && (a == 'V' || a == 'B') || a == 'E' && vowel {
					*at(i+1, j+1) = true
				}
			}
			if i < n && (p[i] == 'E' || p[i] == 'V' && how == vowelsLong && i > 0) {
				*at(i+1, j) = true
			}
			if j > 0 && j < m && q[j] == 'U' && how == vowelsAdded && q[j-1] != 'V' && q[j-1] != 'U' {
				*at(i, j+1) = true
			}
		}
	}
	return *at(n, m)
}

// checkCollectionScripts finds another collection of the brand spelt in
// katakana, Hangul, Greek, Arabic or Cyrillic beside a word for a
// collection: the run's sound skeleton is the name's. The text's runs are
// romanised once, those beside a collection word kept, and each name
// compared with them (#17: a run a name romanised the text again, six or
// seven times a Greek, Arabic, Japanese or Korean draft).
func (r *run) checkCollectionScripts() {
	if r.g == nil || !hasSoundScript(r.d.text) {
		return
	}
	src := r.d.text
	var near []int // byte spans of collection words
	masked := []byte(src)
	for _, w := range scriptCollectionWords {
		for s, e := range text.Occurrences(src, w) {
			near = append(near, s, e)
			for b := s; b < e; b++ {
				masked[b] = ' ' // the word ends the run before it (ヘリテージコレクション)
			}
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
	var runs []soundRun // beside a collection word, skeleton of three classes or more
	read := false
	for _, sc := range r.cg.scriptCollections(r.g) {
		name := sc.name
		other, dnt := r.otherCollection(name), sc.dnt
		if !other && dnt == nil {
			continue
		}
		if !read {
			scriptRuns(string(masked), func(s, e int, skel string, merged bool) {
				if len(skel) >= 3 && beside(s, e) {
					runs = append(runs, soundRun{s, e, skel, merged})
				}
			})
			read = true
		}
	runs:
		for _, rn := range runs {
			want := sc.skels[0]
			if rn.merged {
				want = sc.skels[1]
			}
			for _, w := range want {
				if len(w) >= 3 && rn.skel == w && spelledAs(sc.low, src[rn.s:rn.e], rn.merged) {
					s, e := rn.s, rn.e
					if other {
						r.addBytes("grounding.collection", CatGrounding, core.SeverityBlock,
							fmt.Sprintf("%q spells the %s collection in another script; the product belongs to %s", src[s:e], name, orNone(r.in.Product.Collection)), s, e)
					}
					if dnt != nil {
						// A do-not-translate name transliterated (モーメンツ,
						// 모먼츠, Μόμεντς, مومنتس) is not "as written".
						r.addBytes("glossary.do_not_translate", CatGlossary, levelOr(dnt.Level, core.SeverityWarn),
							fmt.Sprintf("%q spells %q in another script; it must stay as written in every language", src[s:e], name), s, e)
					}
					break runs
				}
			}
		}
	}
}

// soundRun is one of scriptRuns' calls: a run's byte span, its skeleton,
// and whether l and r are one class in its script.
type soundRun struct {
	s, e   int
	skel   string
	merged bool
}

// scriptCollection is one of the guide's collection names as
// checkCollectionScripts compares it: one word of four letters or more,
// folded, with its skeletons with l and r distinct and merged
// (collectionSkeletons) and its do-not-translate entry, if any.
type scriptCollection struct {
	name, low string
	skels     [2][]string
	dnt       *styleguide.GlossaryEntry
}

// scriptCollections are the guide's collections as checkCollectionScripts
// compares them, in the guide's order, made once per compiled guide.
func (c *compiled) scriptCollections(g *styleguide.Guide) []scriptCollection {
	c.scriptCollOnce.Do(func() {
		for _, name := range g.Collections {
			low := foldWord(strings.ToLower(name))
			if strings.ContainsRune(low, ' ') || len(low) < 4 {
				continue
			}
			c.scriptColls = append(c.scriptColls, scriptCollection{name: name, low: low,
				skels: [2][]string{collectionSkeletons(low, false), collectionSkeletons(low, true)},
				dnt:   glossaryDoNotTranslate(g, name)})
		}
	})
	return c.scriptColls
}

func orNone(s string) string {
	if strings.TrimSpace(s) == "" {
		return "no collection"
	}
	return s
}
