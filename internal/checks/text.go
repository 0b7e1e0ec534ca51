package checks

import (
	"github.com/copydesk/copydesk/internal/grounding"
	"strings"
	"unicode"
	"unicode/utf8"

	utext "github.com/copydesk/copydesk/internal/text"
)

// token is one word of a text: a maximal run of letters, digits and
// combining marks, so word boundaries are Unicode-aware. Hyphens and
// apostrophes split words: "gold-plated" is two tokens, which lets the
// phrase "gold plated" match both spellings.
type token struct {
	rs, re int // rune offsets in the original text
	bs, be int // byte offsets in the original text
	ls, le int // byte offsets in the lower-cased text
	sent   int // index of the sentence holding the token
}

// sentence is a span of tokens [ts, te) and its rune span.
type sentence struct {
	ts, te int
	rs, re int
}

// document is a text prepared once per check: folded by text.FoldRune
// (lower case, accents off Latin and Greek letters: "Plaqué" meets
// "plaque", and a combining mark cannot hide a word; rune for rune, so
// rune offsets agree), split into tokens and sentences.
type document struct {
	text  string
	lower string
	runes int
	toks  []token
	// words are the tokens' folded texts (slices of lower), made once in
	// prepare: word(i) is the hottest call of a check.
	words []string
	// wpos are the words' bits in the 64 Kbit word filters
	// (utext.WordPos), made with words: a check asks several filters of
	// each word (#17, perf40).
	wpos  []uint16
	sents []sentence
	// stemBuf and candBuf back a check's per-token stems and concept
	// candidates (lookupWords), reused with the pooled document.
	stemBuf []string
	candBuf [][]int32
	gateBuf []*gateIndex
	bareBuf []string
	// memoBuf backs a check's tokMemos, memoUsed bytes of it taken since
	// prepare (memoSlab), reused with the pooled document.
	memoBuf  []uint8
	memoUsed int
	// seg, when it has a dictionary (Japanese, Chinese), splits runs of
	// those scripts into dictionary words, and 。！？ end sentences;
	// the zero value keeps a run of letters one token.
	seg utext.Words
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func newDocument(text string) *document {
	d := &document{text: text}
	d.prepare()
	return d
}

// newWordDocument is newDocument with dictionary segmentation (see
// document.seg).
func newWordDocument(text string, seg utext.Words) *document {
	d := &document{text: text, seg: seg}
	d.prepare()
	return d
}

// prepare tokenises d.text; it reuses d's slices so a pooled document
// allocates little.
func (d *document) prepare() {
	text := d.text
	var lb strings.Builder
	lb.Grow(len(text))
	d.toks = d.toks[:0]
	d.sents = d.sents[:0]
	d.memoUsed = 0
	inWord := false
	var cur token
	sent := 0
	sentStartTok, sentStartRune := 0, 0
	pendingEnd := false // saw . ! ? and wait for a space to end the sentence
	ri := 0
	for bi, r := range text {
		lstart := lb.Len()
		var isWord bool
		if r < utf8.RuneSelf {
			// ASCII, most of most texts: FoldRune and isWordRune inline.
			c := byte(r)
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			lb.WriteByte(c)
			isWord = 'a' <= c && c <= 'z' || '0' <= c && c <= '9'
		} else {
			lb.WriteRune(utext.FoldRune(r))
			isWord = isWordRune(r)
		}
		if isWord {
			if pendingEnd {
				d.sents = append(d.sents, sentence{ts: sentStartTok, te: len(d.toks), rs: sentStartRune, re: ri})
				sent++
				sentStartTok, sentStartRune = len(d.toks), ri
				pendingEnd = false
			}
			if !inWord {
				cur = token{rs: ri, bs: bi, ls: lstart, sent: sent}
				inWord = true
			}
			cur.re, cur.be, cur.le = ri+1, bi+utf8.RuneLen(r), lb.Len()
		} else {
			if inWord {
				d.addToken(cur, &lb)
				inWord = false
			}
			switch r {
			case '。', '！', '？', '．':
				if d.seg.Dictionary != nil {
					pendingEnd = true
				}
			case '.', '!', '?', '…':
				// "2.5" and "e.g" keep going: only a following space or
				// the end closes a sentence.
				nxt, _ := utf8.DecodeRuneInString(text[bi+utf8.RuneLen(r):])
				if bi+utf8.RuneLen(r) >= len(text) || unicode.IsSpace(nxt) || nxt == '"' || nxt == '\'' || nxt == '»' || nxt == '“' || nxt == '”' {
					pendingEnd = true
				}
			case '\n':
				pendingEnd = true
			}
		}
		ri++
	}
	if inWord {
		d.addToken(cur, &lb)
	}
	if len(d.toks) > sentStartTok || len(d.sents) == 0 {
		d.sents = append(d.sents, sentence{ts: sentStartTok, te: len(d.toks), rs: sentStartRune, re: ri})
	}
	d.lower = lb.String()
	d.runes = ri
	d.words = d.words[:0]
	d.wpos = d.wpos[:0]
	for _, t := range d.toks {
		w := d.lower[t.ls:t.le]
		d.words = append(d.words, w)
		d.wpos = append(d.wpos, utext.WordPos(w))
	}
}

// addToken appends t, split into dictionary words when d.seg has a
// dictionary for a script of t (a run such as "金属アレルギーの方にも" is
// one run of letters, and its words are 金属|アレルギー|の|方|に|も).
func (d *document) addToken(t token, lb *strings.Builder) {
	if d.seg.Dictionary == nil {
		d.toks = append(d.toks, t)
		return
	}
	src := d.text[t.bs:t.be]
	split := false
	for _, r := range src {
		if r >= 0x2E80 && utext.Continuous(utext.Script(r)) {
			split = true
			break
		}
	}
	if !split {
		d.toks = append(d.toks, t)
		return
	}
	low := lb.String()[t.ls:t.le] // rune for rune with src
	var ob, lo []int              // byte offset of each rune, and the end
	for i := range src {
		ob = append(ob, i)
	}
	ob = append(ob, len(src))
	for i := range low {
		lo = append(lo, i)
	}
	lo = append(lo, len(low))
	if len(lo) != len(ob) {
		d.toks = append(d.toks, t)
		return
	}
	d.seg.Each(src, func(w utext.Word) bool {
		d.toks = append(d.toks, token{rs: t.rs + w.Start, re: t.rs + w.End, bs: t.bs + ob[w.Start], be: t.bs + ob[w.End], ls: t.ls + lo[w.Start], le: t.ls + lo[w.End], sent: t.sent})
		return true
	})
}

// word is the lower-cased text of token i.
func (d *document) word(i int) string { return d.words[i] }

// orig is the original text of tokens [s, e).
func (d *document) orig(s, e int) string { return d.text[d.toks[s].bs:d.toks[e-1].be] }

// gap is the original text between token i and token i+1.
func (d *document) gap(i int) string {
	if i+1 >= len(d.toks) {
		return d.text[d.toks[i].be:]
	}
	return d.text[d.toks[i].be:d.toks[i+1].bs]
}

// span is the rune span of tokens [s, e).
func (d *document) span(s, e int) (int, int) { return d.toks[s].rs, d.toks[e-1].re }

// wordCount counts whitespace-separated words, as a reader (and a channel
// limit) would: "gold-plated" is one word.
func wordCount(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); {
		// ASCII without decoding (unicode.IsSpace's ASCII spaces; #17, perf40)
		if b := s[i]; b < utf8.RuneSelf {
			i++
			if b == ' ' || b-'\t' <= '\r'-'\t' {
				in = false
			} else if !in {
				in = true
				n++
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if unicode.IsSpace(r) {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}

// splitWords tokenises a phrase the way documents are tokenised, after
// the same folding.
func splitWords(phrase string) []string {
	return splitWordsSeg(phrase, utext.Words{})
}

// splitWordsSeg is splitWords with the dictionary segmentation of a
// language that needs one (segment.For).
func splitWordsSeg(phrase string, seg utext.Words) []string {
	d := newWordDocument(utext.Fold(phrase).Text, seg) // as the checked text is folded

	out := make([]string, len(d.toks))
	for i := range d.toks {
		out[i] = d.word(i)
	}
	return out
}

// phraseMatcher finds word sequences in a document in one pass: phrases
// are indexed by their first word, so each token costs one map lookup.
// It is the word-level equivalent of Aho-Corasick for short phrase lists.
type phraseMatcher struct {
	byFirst map[string][]int
	phrases [][]string
	payload []int
	// firsts holds every first word of byFirst: a token not in it starts
	// no phrase, known without a map lookup (most tokens; #17).
	firsts wordBits
}

// wordBits is a filter of a set of words, 64 Kbit: may(w) is true for
// every word added and for few others (a word's bit is a hash of its
// length and its first, second and last bytes, no pass over the word).
// It stands before a map lookup that most words miss.
type wordBits [1 << 16 / 64]uint64

func (b *wordBits) add(w string) {
	k, m := utext.WordBit(w)
	b[k] |= m
}

// may reports whether w may have been added: false only for a word never
// added.
func (b *wordBits) may(w string) bool {
	k, m := utext.WordBit(w)
	return b[k]&m != 0
}

// mayPos is may for the word whose utext.WordPos is p (a document's
// wpos).
func (b *wordBits) mayPos(p uint16) bool { return b[p>>6]&(1<<(p&63)) != 0 }

func newPhraseMatcher() *phraseMatcher { return &phraseMatcher{byFirst: map[string][]int{}} }

// add registers phrase with a payload (an index into the caller's table).
func (m *phraseMatcher) add(phrase string, payload int) {
	m.addWords(splitWords(phrase), payload)
}

// addWords registers a phrase already split into folded words.
func (m *phraseMatcher) addWords(words []string, payload int) {
	if len(words) == 0 {
		return
	}
	id := len(m.phrases)
	m.phrases = append(m.phrases, words)
	m.payload = append(m.payload, payload)
	m.byFirst[words[0]] = append(m.byFirst[words[0]], id)
	m.firsts.add(words[0])
}

// each calls fn for every match: tokens [s, e) within one sentence.
func (m *phraseMatcher) each(d *document, fn func(s, e, payload int)) {
	for i := range d.toks {
		if !m.firsts.mayPos(d.wpos[i]) {
			continue
		}
		ids, ok := m.byFirst[d.word(i)]
		if !ok {
			continue
		}
	next:
		for _, id := range ids {
			words := m.phrases[id]
			if i+len(words) > len(d.toks) {
				continue
			}
			for k := 1; k < len(words); k++ {
				if d.toks[i+k].sent != d.toks[i].sent || d.word(i+k) != words[k] {
					continue next
				}
			}
			fn(i, i+len(words), m.payload[id])
		}
	}
}

// foldWord folds w as document words are folded (utext.FoldRune).
func foldWord(w string) string {
	return strings.Map(utext.FoldRune, w)
}

// wordSet is a set of folded words.
type wordSet map[string]struct{}

func newWordSet(lists ...[]string) wordSet {
	s := wordSet{}
	for _, l := range lists {
		for _, w := range l {
			s[foldWord(w)] = struct{}{}
		}
	}
	return s
}

func (s wordSet) has(w string) bool { _, ok := s[w]; return ok }

// anyNear reports whether a token in [i-before, i+after] (excluding
// [s, e)) of the same sentence is in set.
func (d *document) anyNear(s, e, before, after int, set wordSet) bool {
	sent := d.toks[s].sent
	for k := s - before; k < e+after; k++ {
		if k < 0 || k >= len(d.toks) || (k >= s && k < e) || d.toks[k].sent != sent {
			continue
		}
		if set.has(d.word(k)) {
			return true
		}
	}
	return false
}

// negatedInClause reports whether a negation word stands up to before
// words before token k in its sentence, not across a comma or a clause
// mark: "non è impermeabile: toglilo prima di nuotare", "No es
// impermeable, quítalo antes de nadar" leave the care advice unnegated
// (#13, thirteenth blind set), "without polishing" negates it.
func (d *document) negatedInClause(lang string, k, before int) bool {
	sent := d.toks[k].sent
	for j := k - 1; j >= 0 && j >= k-before; j-- {
		if d.toks[j].sent != sent || strings.ContainsAny(d.gap(j), ",;:()—–") {
			return false
		}
		if isNegation(lang, d.word(j)) {
			return true
		}
	}
	return false
}

// damerau returns the optimal-string-alignment distance between a and b
// when it is at most max, and max+1 otherwise (callers ask only whether a
// word is within max edits). Short words only (32 runes).
//
// Only the band of cells within max of the diagonal is computed (Ukkonen
// 1985: a cell further from it costs more than max, so no path through it
// ends within max), and the three rows rotate in place instead of being
// copied each row: a check asks this of every word beside a word for a
// collection, for each of the guide's collections (#17).
// damerauRunes holds a and b as runes for damerau: ok is false when
// either is longer than 32 runes or their lengths differ by more than max
// (the distance then exceeds max).
func damerauRunes(a, b string, max int) (ar, br [32]rune, na, nb int, ok bool) {
	for _, r := range a {
		if na == len(ar) {
			return ar, br, na, nb, false
		}
		ar[na] = r
		na++
	}
	for _, r := range b {
		if nb == len(br) {
			return ar, br, na, nb, false
		}
		br[nb] = r
		nb++
	}
	d := na - nb
	return ar, br, na, nb, d <= max && -d <= max
}

func damerau(a, b string, max int) int {
	ar, br, na, nb, ok := damerauRunes(a, b, max)
	if !ok {
		return max + 1
	}
	// Cells outside the band hold far: more than max, and far+1 cannot
	// overflow.
	const far = 1 << 20
	var rows [3][33]int
	prev2, prev, cur := &rows[0], &rows[1], &rows[2]
	for j := 0; j <= nb; j++ {
		prev[j] = j
	}
	for i := 1; i <= na; i++ {
		lo, hi := max2(1, i-max), min(nb, i+max)
		cur[0] = i
		if lo > 1 {
			cur[lo-1] = far
		}
		best := far
		if i <= max {
			best = i
		}
		for j := lo; j <= hi; j++ {
			cost := 1
			if ar[i-1] == br[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ar[i-1] == br[j-2] && ar[i-2] == br[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			best = min(best, v)
		}
		if hi < nb {
			cur[hi+1] = far // the next row reads it as prev[j] at its band's end
		}
		if best > max {
			return max + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	if prev[nb] > max {
		return max + 1
	}
	return prev[nb]
}

// max2 is the larger of two ints (the builtin max is shadowed in damerau).
func max2(a, b int) int {
	if a > b {
		return a
	}
	return b
}

// platingPhraseReach is how many words of a plating phrase may stand
// between its plating word and its metal word: a preposition, an article,
// a karat in one or two words and a tone ("plated in the 18 karat rose
// gold", "vergoldet mit 18 Karat Roségold"), or the plating's thickness
// with its layer word ("recouvert d'une couche de 3 microns d'argent").
const platingPhraseReach = 8

// inPlatingPhrase reports whether the metal word at token i ends or
// begins a plating phrase, "plated in/with [karat] [tone] gold" in the
// language's word order: walking from i over the phrase's filler words
// (prepositions and articles, karats and their numerals, tones of gold)
// reaches a plating word in the same sentence, before the metal ("plated
// with 18ct rose gold", "banhado a ouro rosé 18k") or after it in the
// languages that put the verb last ("mit 18 Karat Roségold vergoldet").
// Any other word ends the phrase, so "18k gold" that no plating word
// reaches this way is still unqualified. A plating word is one of the
// checks' own lists or one of the locale's vocabulary plating_words
// (grounding.PlatingWord: "belagt", "bedekt", "recouvert"). Shape: token
// index and locale in, bool out.
func (d *document) inPlatingPhrase(i int, locale string) bool {
	return d.inPlatingPhraseUnless(i, locale, nil)
}

// inPlatingPhraseUnless is inPlatingPhrase with the plating words for
// which denied (when not nil) reports true read as no plating: the walk
// stops there (#13, plate60: "inte förgylld utan av guld").
func (d *document) inPlatingPhraseUnless(i int, locale string, denied func(k int) bool) bool {
	sent := d.toks[i].sent
	for _, step := range [2]int{-1, 1} {
		for k, n := i+step, 0; k >= 0 && k < len(d.toks) && d.toks[k].sent == sent && n <= platingPhraseReach; k = k + step {
			w := d.word(k)
			// The words of a thickness are not counted: "plated with at
			// least 2.5 microns of 18-carat gold" (#13, metals41).
			if !platingThickness.has(w) && !isNumberWord(w) {
				n++
			}
			if platingDisclosure.has(w) || platingWords.has(w) && !platingToneWords.has(w) || grounding.PlatingWord(locale, d.orig(k, k+1)) {
				if denied != nil && denied(k) {
					break
				}
				return true
			}
			// A thickness in micrometres, a number right before its
			// unit: only a layer is measured so ("2,5 mícrons de ouro
			// rosé 18k", "2.5 microns of 18k rose gold"; #13, alloy44:
			// released 44B pt-BR 44B104 on rose gold vermeil). "2,5
			// mícrons de ouro maciço" is still called solid.
			if platingUnits.has(w) && k > 0 && d.toks[k-1].sent == sent && isNumberWord(d.word(k-1)) {
				return true
			}
			if !platingPhraseFiller.has(w) && !platingThickness.has(w) && !karatWords.has(w) && !isNumberWord(w) {
				break
			}
		}
	}
	return false
}

// isNumberWord reports whether w is a numeral written with ASCII digits,
// with at most one decimal point or comma inside ("18", "2.5", "2,5"; a
// plating's thickness in microns).
func isNumberWord(w string) bool {
	if a, b, ok := strings.Cut(w, "."); ok {
		return isDigitWord(a) && isDigitWord(b)
	}
	if a, b, ok := strings.Cut(w, ","); ok {
		return isDigitWord(a) && isDigitWord(b)
	}
	return isDigitWord(w)
}

// isDigitWord reports whether w is all ASCII digits ("18" of "18 Karat").
func isDigitWord(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}
