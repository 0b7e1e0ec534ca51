package checks

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/internal/core"
)

// ---- competitors transliterated into other scripts ----
//
// A competitor named in katakana (スワロフスキー), Hangul (스와로브스키),
// Cyrillic (Сваровски), Greek (Σβαρόφσκι) or Arabic (سواروفسكي) shares no
// letter with the guide's Latin name. Each run of one of those scripts is
// romanised with a table per script (Hepburn-like kana, Revised
// Romanization jamo, ISO 9-like Cyrillic, ELOT 743-like Greek, a
// consonantal Arabic table) and both sides are reduced to a consonant
// skeleton of sound classes (labials b p f v w, dentals d t, sibilants s z
// c(e), velars k g q c, liquids l r, m, n, j; vowels, h and y dropped,
// repeats merged), which the scripts keep: Swarovski, スワロフスキー,
// 스와로브스키 and Сваровски are all SBRBSK. A run matches a competitor
// of five classes or more whose skeleton it equals, or is one edit from
// (six or more, for a dropped or added w only: oneLabialApart). Shorter skeletons (Tiffany TBN,
// Cartier KRTR) are those of ordinary words (ゴールド, أقراط) and are not
// compared. Chinese names are not sound-spelt this way: they are
// the names in data/zh/glossary.yaml (competitors).

// skeleton reduces romanised lower-case ASCII to its sound classes; l and
// r are one class (R) when merged, for the scripts that do not tell them
// apart (kana, Hangul), and L and R otherwise.
func skeleton(s string, merged bool) string {
	return soundClasses(s, merged, noVowels)
}

// What soundClasses writes for vowels.
const (
	noVowels  = iota // none: the skeleton
	vowelRuns        // V for each run of them
	silentEs         // V, and E for a lone e after a consonant, which English leaves silent ("timeless", "essence")
	// vowelRuns writes U for u, eu and o after t or d: the vowels kana
	// and Hangul add after a consonant that has none (ス su, 스 seu, ト to).
)

// soundClasses is skeleton, and with vowelRuns or silentEs also the
// vowels: a run of them is V (or E), and parts two consonants of one class
// ("moments" is MVMVNS, its skeleton MNS); an upper-case W (an Arabic و, a
// vowel or a w) stays W, an X (a sound no Latin name has) X.
func soundClasses(s string, merged bool, vowels int) string {
	var b strings.Builder
	last := byte(0)
	put := func(c byte) {
		if c != last {
			b.WriteByte(c)
		}
		last = c
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		next := byte(0)
		if i+1 < len(s) {
			next = s[i+1]
		}
		switch {
		case c == 'p' && next == 'h':
			put('B')
			i++
		case c == 't' && next == 'h', c == 'd' && next == 'h':
			put('T')
			i++
		case (c == 's' || c == 'c') && next == 'h', c == 't' && next == 's':
			put('S')
			i++
		case c == 'z' && next == 'h':
			put('J')
			i++
		case c == 'c' && next == 'k', c == 'q' && next == 'u':
			put('K')
			i++
		case c == 'c':
			if next == 'e' || next == 'i' || next == 'y' {
				put('S')
			} else {
				put('K')
			}
		case c == 'x':
			put('K')
			put('S')
		case strings.IndexByte("bpfvw", c) >= 0:
			put('B')
		case c == 'd' || c == 't':
			put('T')
		case c == 's' || c == 'z':
			put('S')
		case c == 'k' || c == 'g' || c == 'q':
			put('K')
		case c == 'l' && !merged:
			put('L')
		case c == 'l' || c == 'r':
			put('R')
		case c == 'm':
			put('M')
		case c == 'n':
			put('N')
		case c == 'j':
			put('J')
		case vowels != noVowels && strings.IndexByte("aeiouy", c) >= 0:
			j := i + 1
			for j < len(s) && strings.IndexByte("aeiouy", s[j]) >= 0 {
				j++
			}
			switch run := s[i:j]; {
			case last == 'V' || last == 'E' || last == 'U':
				// one vowel with the one before an h between
			case vowels == silentEs && run == "e" && last != 0:
				put('E')
			case vowels == vowelRuns && (run == "u" || run == "eu" || run == "o" && last == 'T'):
				put('U')
			default:
				put('V')
			}
			i = j - 1
		case vowels != noVowels && (c == 'W' || c == 'X'):
			put(c)
		default: // vowels, h, y: not a class; the same class on both
			// sides merges, as a double letter does ("Thomas Sabo" is
			// TMSB, トーマス・サボ too, whose kana put a vowel between)
		}
	}
	return b.String()
}

var cyrillicLatin = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'ґ': "g", 'д': "d", 'е': "e", 'ё': "e", 'є': "e", 'ж': "zh", 'з': "z", 'и': "i", 'і': "i", 'ї': "i",
	'й': "y", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o", 'п': "p", 'р': "r", 'с': "s", 'т': "t", 'у': "u", 'ф': "f",
	'х': "h", 'ц': "ts", 'ч': "ch", 'ш': "sh", 'щ': "sh", 'ъ': "", 'ы': "y", 'ь': "", 'э': "e", 'ю': "yu", 'я': "ya",
}

var greekLatin = map[rune]string{
	'α': "a", 'ά': "a", 'β': "v", 'γ': "g", 'δ': "d", 'ε': "e", 'έ': "e", 'ζ': "z", 'η': "i", 'ή': "i", 'θ': "th", 'ι': "i", 'ί': "i",
	'ϊ': "i", 'ΐ': "i", 'κ': "k", 'λ': "l", 'μ': "m", 'ν': "n", 'ξ': "x", 'ο': "o", 'ό': "o", 'π': "p", 'ρ': "r", 'σ': "s", 'ς': "s",
	'τ': "t", 'υ': "i", 'ύ': "i", 'ϋ': "i", 'ΰ': "i", 'φ': "f", 'χ': "h", 'ψ': "ps", 'ω': "o", 'ώ': "o",
}

var arabicLatin = map[rune]string{
	'ا': "a", 'أ': "a", 'إ': "i", 'آ': "a", 'ٱ': "a", 'ب': "b", 'ت': "t", 'ث': "s", 'ج': "j", 'ح': "h", 'خ': "k", 'د': "d", 'ذ': "z",
	'ر': "r", 'ز': "z", 'س': "s", 'ش': "sh", 'ص': "s", 'ض': "d", 'ط': "t", 'ظ': "z", 'ع': "", 'غ': "g", 'ف': "f", 'ق': "k",
	'ك': "k", 'ل': "l", 'م': "m", 'ن': "n", 'ه': "h", 'ة': "", 'و': "w", 'ي': "y", 'ى': "a", 'ء': "", 'ؤ': "", 'ئ': "",
	'پ': "p", 'چ': "ch", 'ژ': "zh", 'گ': "g", 'ڤ': "v", 'ک': "k", 'ی': "y",
}

// kanaLatin romanises katakana by syllable; small kana add their vowel or
// glide, ッ and ー add nothing.
var kanaLatin = func() map[rune]string {
	m := map[rune]string{}
	rows := []struct {
		kana string
		syl  []string
	}{
		{"アイウエオ", []string{"a", "i", "u", "e", "o"}},
		{"カキクケコ", []string{"ka", "ki", "ku", "ke", "ko"}}, {"ガギグゲゴ", []string{"ga", "gi", "gu", "ge", "go"}},
		{"サシスセソ", []string{"sa", "shi", "su", "se", "so"}}, {"ザジズゼゾ", []string{"za", "ji", "zu", "ze", "zo"}},
		{"タチツテト", []string{"ta", "chi", "tsu", "te", "to"}}, {"ダヂヅデド", []string{"da", "ji", "zu", "de", "do"}},
		{"ナニヌネノ", []string{"na", "ni", "nu", "ne", "no"}},
		{"ハヒフヘホ", []string{"ha", "hi", "fu", "he", "ho"}}, {"バビブベボ", []string{"ba", "bi", "bu", "be", "bo"}},
		{"パピプペポ", []string{"pa", "pi", "pu", "pe", "po"}}, {"マミムメモ", []string{"ma", "mi", "mu", "me", "mo"}},
		{"ヤユヨ", []string{"ya", "yu", "yo"}}, {"ラリルレロ", []string{"ra", "ri", "ru", "re", "ro"}},
		{"ワヲンヴ", []string{"wa", "o", "n", "vu"}},
		{"ァィゥェォャュョヮ", []string{"a", "i", "u", "e", "o", "ya", "yu", "yo", "wa"}},
		{"ッー", []string{"", ""}},
	}
	for _, row := range rows {
		i := 0
		for _, k := range row.kana {
			m[k] = row.syl[i]
			i++
		}
	}
	return m
}()

var (
	hangulInitial = []string{"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"}
	hangulVowel   = []string{"a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "ui", "yu", "eu", "ui", "i"}
	hangulFinal   = []string{"", "k", "k", "ks", "n", "nj", "n", "t", "l", "lk", "lm", "lb", "ls", "lt", "lp", "l", "m", "p", "ps", "t", "t", "n", "t", "t", "k", "t", "p", "t"}
)

// romanise writes the Latin spelling of one rune of a sound-spelt script,
// and reports whether the rune is of one.
func romanise(b *strings.Builder, c rune) bool {
	c = unicode.ToLower(c)
	switch {
	case c >= 0xAC00 && c <= 0xD7A3:
		i := int(c - 0xAC00)
		b.WriteString(hangulInitial[i/588])
		b.WriteString(hangulVowel[i%588/28])
		b.WriteString(hangulFinal[i%28])
		return true
	case c >= 'ァ' && c <= 'ヺ' || c == 'ー':
		s, ok := kanaLatin[c]
		b.WriteString(s)
		return ok
	}
	if c < 0x0370 { // below Greek: no table's letter (Latin, digits, spaces)
		return false
	}
	for _, m := range [...]map[rune]string{cyrillicLatin, greekLatin, arabicLatin} {
		if s, ok := m[c]; ok {
			b.WriteString(s)
			return true
		}
	}
	return false
}

// scriptRuns calls fn with the byte span [s, e) and skeleton of every run
// of sound-spelt letters in text, and of each run glued to the next when
// one space, middle dot or hyphen parts them (トーマス・サボ). Particles
// and clitics glued to a name are read off: a Hangul run is also tried
// without its last one to three syllables (티파니처럼, 까르띠에를), an
// Arabic one without a leading conjunction, preposition or article
// (بكارتييه, والتيفاني).
func scriptRuns(text string, fn func(s, e int, skel string, merged bool)) {
	var b strings.Builder
	type run struct {
		s, e int
		lat  string
	}
	var prev run
	// cuts are the byte offsets in text and in the romanised run after
	// each rune of the current run.
	type cut struct{ t, l int }
	var cuts []cut
	flush := func(cur run) {
		if cur.lat == "" {
			prev = run{}
			return
		}
		first, _ := utf8.DecodeRuneInString(text[cur.s:])
		merged := first >= 0xAC00 && first <= 0xD7A3 || first >= 0x30A0 && first <= 0x30FF
		skeleton := func(s string) string { return skeleton(s, merged) }
		if !hangulVerbEnding(text[cur.s:cur.e]) {
			fn(cur.s, cur.e, skeleton(cur.lat), merged)
		}
		switch {
		case first >= 0xAC00 && first <= 0xD7A3:
			for k := len(cuts) - 2; k >= 1 && k >= len(cuts)-4; k-- {
				fn(cur.s, cuts[k].t, skeleton(cur.lat[:cuts[k].l]), merged)
			}
		case first >= 0x0600 && first <= 0x06FF:
			for k := 0; k < 3 && k < len(cuts)-2; k++ {
				c, _ := utf8.DecodeRuneInString(text[cuts[k].t-utf8.RuneLen(c0(text, cuts[k].t)):])
				if !strings.ContainsRune("وفبلكا", c) {
					break
				}
				fn(cuts[k].t, cur.e, skeleton(cur.lat[cuts[k].l:]), merged)
			}
		}
		if prev.lat != "" && prev.e <= cur.s && cur.s-prev.e <= 3 && strings.Trim(text[prev.e:cur.s], " ・·-‐") == "" && !hangulParticleEnd(text[prev.s:prev.e]) {
			fn(prev.s, cur.e, skeleton(prev.lat+cur.lat), merged)
		}
		prev = cur
	}
	start := -1
	for i, c := range text {
		if romanise(&b, c) {
			if start < 0 {
				start = i
				cuts = cuts[:0]
			}
			cuts = append(cuts, cut{i + utf8.RuneLen(c), b.Len()})
			continue
		}
		if start >= 0 {
			flush(run{start, i, b.String()})
			b.Reset()
			start = -1
		} else if !strings.ContainsRune(" ・·-‐", c) {
			prev = run{}
		}
	}
	if start >= 0 {
		flush(run{start, len(text), b.String()})
	}
}

// hangulVerbEndings are the endings of a Korean verb or copula in the
// polite registers (입니다, 합니다, 하세요, 해요): a run that ends with one
// is a predicate, never a name, so it is compared only without its last
// syllables ("문구입니다", "is a phrase", is one edit from Monica
// Vinader's skeleton as a whole).
var hangulVerbEndings = []string{"니다", "니까", "세요", "어요", "아요", "해요", "에요", "예요"}

func hangulVerbEnding(run string) bool {
	for _, e := range hangulVerbEndings {
		if strings.HasSuffix(run, e) {
			return true
		}
	}
	return false
}

// hangulParticles are the Korean case particles a noun ends with
// ("사파이어를", "반지의"): a word that carries one has ended its noun phrase,
// so it is never the first half of a name spelt in two words ("사파이어를
// 하나씩", sapphires one by one, is one edit from Swarovski's skeleton
// joined; issue #13, rel9).
var hangulParticles = []string{"를", "을", "가", "는", "은", "의", "에", "와", "과", "로", "도", "만"}

func hangulParticleEnd(run string) bool {
	last, _ := utf8.DecodeLastRuneInString(run)
	if last < 0xAC00 || last > 0xD7A3 || utf8.RuneCountInString(run) < 2 {
		return false
	}
	for _, p := range hangulParticles {
		if strings.HasSuffix(run, p) {
			return true
		}
	}
	return false
}

// c0 returns the rune that ends at byte offset end of text.
func c0(text string, end int) rune {
	c, _ := utf8.DecodeLastRuneInString(text[:end])
	return c
}

// competitorSkel is a competitor's skeleton with l and r merged or not,
// and without a final r after a vowel, which is silent where the name is
// said without it (Cartier: カルティエ, Καρτιέ, كارتييه), or "".
type competitorSkel struct{ merged, distinct, mergedAlt, distinctAlt string }

// competitorSkeletons are the skeletons of the guide's competitors, by
// index (computed once per compiled guide).
func (c *compiled) competitorSkeletons() []competitorSkel {
	c.skelOnce.Do(func() {
		for _, k := range c.competitorKeys {
			cs := competitorSkel{merged: skeleton(k, true), distinct: skeleton(k, false)}
			if n := len(k); n > 2 && k[n-1] == 'r' && strings.IndexByte("aeiouy", k[n-2]) >= 0 {
				cs.mergedAlt, cs.distinctAlt = skeleton(k[:n-1], true), skeleton(k[:n-1], false)
			}
			c.skels = append(c.skels, cs)
		}
	})
	return c.skels
}

// oneLabialApart reports whether skeletons a and b differ by one labial
// (B) only, present in one and absent from the other: the w that one
// script writes and another drops (Arabic و for the vowel of "Scott",
// سكوت; "Swarovski" without its w). Any other one-class difference is an
// ordinary word's (コントラスト, "contrast", is KNTRST, one K from Kendra
// Scott's KNTRSKT; released36 ja-JP).
func oneLabialApart(a, b string) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	if len(a) != len(b)+1 {
		return false
	}
	for i := 0; i < len(a); i++ {
		if a[i] == 'B' && a[:i]+a[i+1:] == b {
			return true
		}
	}
	return false
}

// hasSoundScript reports whether text holds a letter of a script that
// scriptRuns reads, so that Latin-only copy costs one scan.
func hasSoundScript(text string) bool {
	for i := 0; i < len(text); {
		if text[i] < utf8.RuneSelf {
			i++
			continue
		}
		c, n := utf8.DecodeRuneInString(text[i:])
		if c >= 0x0370 && c <= 0x06FF || c >= 0x30A0 && c <= 0x30FF || c >= 0xAC00 && c <= 0xD7A3 {
			return true
		}
		i += n
	}
	return false
}

// checkCompetitorScripts finds competitors spelt in another script.
func (r *run) checkCompetitorScripts() {
	if r.g == nil || len(r.cg.competitorKeys) == 0 {
		return
	}
	text := r.d.text
	if hasSoundScript(text) {
		skels := r.cg.competitorSkeletons()
		seen := -1
		scriptRuns(text, func(s, e int, sk string, merged bool) {
			if len(sk) < 3 || s < seen {
				return
			}
			for ci, cs := range skels {
				if ci >= r.cg.ownCompetitors {
					break // default houses: by their established names only
				}
				want, alt := cs.distinct, cs.distinctAlt
				if merged {
					want, alt = cs.merged, cs.mergedAlt
				}
				// Skeletons of four classes or fewer (Tiffany TBN, Cartier
				// KRTR, Bulgari BLKR) are those of ordinary words too (ゴールド,
				// أقراط, パールグレー): only longer ones are compared.
				if len(want) < 5 || sk[0] != want[0] {
					continue
				}
				// alt is the name without a final r after a vowel, which
				// kana and Hangul leave silent (モニカ・ヴィナダー, MNKBNT).
				if sk == want || alt != "" && len(alt) >= 5 && sk == alt || len(want) >= 6 && oneLabialApart(sk, want) {
					r.addBytes("competitor.script", CatCompetitor, core.SeverityBlock, fmt.Sprintf("%q spells the competitor %s in another script", text[s:e], r.cg.competitors[ci]), s, e)
					seen = e
					return
				}
			}
		})
	}
	r.checkCompetitorNames()
}

// checkCompetitorNames finds the competitors' established names in
// scripts that do not spell sounds (Chinese 施华洛世奇, 蒂芙尼), from
// data/<lang>/glossary.yaml, in copy of that language.
func (r *run) checkCompetitorNames() {
	names := competitorNames()[r.lang]
	if len(names) == 0 {
		return
	}
	text := r.d.text
	for ci, key := range r.cg.competitorKeys {
		for _, n := range names[key] {
			if i := strings.Index(text, n); i >= 0 {
				r.addBytes("competitor.script", CatCompetitor, core.SeverityBlock, fmt.Sprintf("%q names the competitor %s", n, r.cg.competitors[ci]), i, i+len(n))
				break
			}
		}
	}
}
