package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Folded is a text prepared for matching, with the map back to the text
// it was folded from. Build it with Fold.
type Folded struct {
	// Text is the matching form: NFKC (full-width, mathematical and other
	// compatibility letters and digits become plain ones; spaces and the
	// ellipsis are kept as written, typography checks read them),
	// default-ignorable characters, controls and escape sequences removed,
	// combining marks that compose with nothing over Latin, Greek or
	// Cyrillic letters removed, and look-alike letters of another script
	// replaced by the Latin letters they imitate. Case is kept.
	Text string
	// LookAlikes are the words of the original (rune spans) whose
	// look-alike letters were replaced (LookAlike), and the combining
	// marks dropped from letters they form no letter with (Mark): a
	// safety finding each.
	LookAlikes []Issue

	// Kept reports a text that Fold returned as it was written although
	// NFKC alone would change it: it holds no-break or other spaces of
	// Unicode's Zs, or the ellipsis, which Fold keeps (French copy writes
	// a no-break space before ":", ";", "!" and "?"), and nothing else to
	// fold. Identity is true then; Kept tells it from a text NFKC would
	// leave alone (Fold built an identical copy with its offset map for
	// it before).
	Kept bool

	// start[i] and end[i] are the rune span in the original of rune i of
	// Text; both nil when Text is the original.
	start, end []int32
	runes      int // rune count of the original
}

// Identity reports whether Text is the original, unchanged.
func (f *Folded) Identity() bool { return f.start == nil }

// Span maps the rune span [start, end) of f.Text to the rune span of the
// original text that produced it. An empty span maps to an empty span at
// the corresponding position; offsets beyond Text are clamped.
func (f *Folded) Span(start, end int) (int, int) {
	if f.start == nil {
		return start, end
	}
	if end <= start {
		p := f.pos(start, false)
		return p, p
	}
	return f.pos(start, false), f.pos(end, true)
}

// pos maps a rune offset of Text (a start, or an end) to the original.
func (f *Folded) pos(i int, isEnd bool) int {
	n := len(f.start)
	switch {
	case i <= 0:
		if n == 0 {
			return 0
		}
		return int(f.start[0])
	case i >= n:
		if isEnd {
			return f.runes
		}
		return f.runes
	case isEnd:
		return int(f.end[i-1])
	}
	return int(f.start[i])
}

// foldNeeded reports whether Fold could change s: printable ASCII, tabs
// and newlines cannot, and neither can letters without look-alike
// prototypes, punctuation and symbols in a text already in NFKC (the
// usual "Pavé" or "’"), nor spaces of Zs and the ellipsis, which Fold
// keeps as written (kept: s holds one of those; see Folded.Kept).
//
// Those spaces and the ellipsis are starters that compose with nothing
// before them, so the runes around one are read by Fold as they would be
// without it: each rune foldNeeded passes is a starter alone in NFKC, and
// Fold's quick span from it reaches past it (TestFoldKeptAsWritten).
func foldNeeded(s string) (need, kept bool) {
	i := 0
	for i < len(s) {
		c := s[i]
		if c >= 0x80 {
			break
		}
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F {
			return true, false
		}
		i++
	}
	if i == len(s) {
		return false, false
	}
	for i < len(s) {
		c := s[i]
		if c < 0x80 {
			if c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F {
				return true, false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError, IsIgnorable(r), IsControl(r), isMark(r):
			return true, false
		case !norm.NFKC.PropertiesString(s[i:]).BoundaryBefore():
			return true, false // composes with what precedes it (Hangul jamo)
		case unicode.IsLetter(r):
			if _, ok := prototype(r); ok {
				return true, false
			}
		}
		// Marks after r were caught above, so r alone decides.
		if norm.NFKC.QuickSpanString(s[i:i+n]) != n {
			if !keptAsWritten(r) {
				return true, false
			}
			kept = true
		}
		i += n
	}
	return false, kept
}

// keptAsWritten reports whether Fold emits r as it is written wherever it
// stands although NFKC changes it: a space of Zs ("\u00a0" before a French
// colon, a thin space in "1 000") or the ellipsis (Folded.Text).
func keptAsWritten(r rune) bool {
	return r == '…' || unicode.Is(unicode.Zs, r)
}

// Fold returns the matching form of s (see Folded.Text) with its offset
// map. Text that folding leaves unchanged (printable ASCII, or NFKC
// without invisible characters and look-alikes) costs a scan and no
// allocation.
func Fold(s string) Folded {
	if need, kept := foldNeeded(s); !need {
		return Folded{Text: s, Kept: kept}
	}
	b := folder{src: s}
	b.run()
	return b.f
}

type folder struct {
	src   string
	out   []rune
	start []int32
	end   []int32
	f     Folded
}

func (b *folder) emit(r rune, s, e int) {
	b.out = append(b.out, r)
	b.start = append(b.start, int32(s))
	b.end = append(b.end, int32(e))
}

func (b *folder) run() {
	s := b.src
	b.out = make([]rune, 0, len(s))
	b.start = make([]int32, 0, len(s))
	b.end = make([]int32, 0, len(s))
	var nbuf [64]byte
	ri := 0
	quick := 0 // s[:quick] is known to be in NFKC
	for bi := 0; bi < len(s); {
		c := s[bi]
		if c < 0x80 && (bi+1 >= len(s) || s[bi+1] < 0x80 || bi+1 < quick) {
			switch {
			case c == 0x1B:
				nb, nr := escapeLen(s[bi:])
				bi, ri = bi+nb, ri+nr
			case c < 0x20 && c != '\t' && c != '\n' && c != '\r', c == 0x7F:
				bi, ri = bi+1, ri+1
			default:
				b.emit(rune(c), ri, ri+1)
				bi, ri = bi+1, ri+1
			}
			continue
		}
		if bi >= quick {
			quick = bi + norm.NFKC.QuickSpanString(s[bi:])
		}
		if bi < quick {
			// Already normal: no segment to compose.
			r, n := utf8.DecodeRuneInString(s[bi:])
			switch {
			case IsIgnorable(r) || IsControl(r) || r == 0x9B:
			case isMark(r) && len(b.out) > 0 && marksDropped(b.out[len(b.out)-1]):
				b.droppedMark(b.out[len(b.out)-1], r, ri, ri+1)
			default:
				b.emit(r, ri, ri+1)
			}
			bi, ri = bi+n, ri+1
			continue
		}
		r, n := utf8.DecodeRuneInString(s[bi:])
		switch {
		case r == utf8.RuneError && n <= 1:
			b.emit(utf8.RuneError, ri, ri+1)
			bi, ri = bi+1, ri+1
			continue
		case r == 0x9B:
			nb, nr := escapeLen(s[bi:])
			bi, ri = bi+nb, ri+nr
			continue
		case IsIgnorable(r) || IsControl(r):
			bi, ri = bi+n, ri+1
			continue
		case keptAsWritten(r) || keepForPrototype(r):
			b.emit(r, ri, ri+1)
			bi, ri = bi+n, ri+1
			continue
		}
		// One normalisation segment: a starter and the marks on it,
		// skipping ignorables between them ("e", ZWSP, U+0301).
		seg := nbuf[:0]
		segRunes := 0
		j := bi
		for j < len(s) {
			r2, n2 := utf8.DecodeRuneInString(s[j:])
			if j > bi && !IsIgnorable(r2) {
				if norm.NFKC.PropertiesString(s[j:]).BoundaryBefore() && !isMark(r2) {
					break
				}
			}
			if !IsIgnorable(r2) {
				seg = utf8.AppendRune(seg, r2)
			}
			j += n2
			segRunes++
			if len(seg) > 48 {
				break
			}
		}
		var obuf [96]byte
		normed := norm.NFKC.Append(obuf[:0], seg...)
		if r0, n0 := utf8.DecodeRune(normed); n0 < len(normed) || !orthographic(r0) {
			before := normed
			normed = recompose(normed)
			if len(normed) < len(before) {
				// marks written in the original that recompose dropped
				// (a precomposed "ḍ" folded to "d" is no disguise)
				for _, m := range string(seg) {
					if isMark(m) {
						b.droppedMark(r0, m, ri, ri+segRunes)
						break
					}
				}
			}
		}
		for len(normed) > 0 {
			r3, n3 := utf8.DecodeRune(normed)
			normed = normed[n3:]
			if isMark(r3) && len(b.out) > 0 && marksDropped(b.out[len(b.out)-1]) {
				b.droppedMark(b.out[len(b.out)-1], r3, ri, ri+segRunes)
				continue // a mark that composes with nothing: "g\u0308old"
			}
			if IsIgnorable(r3) {
				continue
			}
			b.emit(r3, ri, ri+segRunes)
		}
		bi, ri = j, ri+segRunes
	}
	b.f.runes = ri
	b.foldConfusables()
	b.f.Text = string(b.out)
	b.f.start, b.f.end = b.start, b.end
	if len(b.f.start) == 0 {
		b.f.start, b.f.end = []int32{}, []int32{}
	}
}

// droppedMark records mark m, dropped from base at rune span [s, e) of the
// original, as a Mark issue, one per run of marks; a dot above after i or
// j (U+0307, left by lower-casing Turkish İ) is none.
func (b *folder) droppedMark(base, m rune, s, e int) {
	if m == 0x0307 && (base == 'i' || base == 'j') {
		return
	}
	if n := len(b.f.LookAlikes); n > 0 && b.f.LookAlikes[n-1].Kind == Mark && b.f.LookAlikes[n-1].End >= s-1 {
		b.f.LookAlikes[n-1].End = e
		return
	}
	b.f.LookAlikes = append(b.f.LookAlikes, Issue{Kind: Mark, Start: s, End: e, Rune: m})
}

func isMark(r rune) bool {
	return r >= 0x300 && unicode.In(r, unicode.Mn, unicode.Me)
}

// keepForPrototype reports whether r is a letter of another script than
// Latin that imitates an ASCII letter: it is kept out of NFKC, which would
// turn some into letters that imitate nothing (Greek lunate sigma ϲ, a
// look-alike of c, becomes final sigma ς), and left to the confusable pass.
func keepForPrototype(r rune) bool {
	if _, ok := prototype(r); !ok {
		return false
	}
	return !unicode.In(r, unicode.Latin, unicode.Common)
}

// recompose rebuilds a letter and its marks keeping only the marks that
// compose, one by one, into a letter some orthography of ours writes:
// "í" + U+0323 stays "í", "ḍ" becomes "d", "g" + U+0308 becomes "g". A
// segment that is not one Latin, Greek or Cyrillic letter or a digit with
// marks is returned unchanged.
func recompose(seg []byte) []byte {
	d := norm.NFD.Bytes(seg)
	base, n := utf8.DecodeRune(d)
	if !marksDropped(base) {
		return seg
	}
	for _, m := range string(d[n:]) {
		if !isMark(m) {
			return seg
		}
	}
	cur := base
	var buf [16]byte
	for _, m := range string(d[n:]) {
		c := norm.NFC.Append(utf8.AppendRune(buf[:0], cur), []byte(string(m))...)
		if r, k := utf8.DecodeRune(c); k == len(c) && orthographic(r) {
			cur = r
		}
	}
	return utf8.AppendRune(nil, cur)
}

// orthographic reports whether r is a precomposed letter that the
// orthographies of copydesk's languages write as one letter: Latin-1,
// Latin Extended-A and -B, Greek and Cyrillic. Other compositions of a
// Latin letter and marks (Latin Extended Additional: "ḍ", "ẹ", "ỹ") are
// folded to their base letter.
func orthographic(r rune) bool {
	return r < 0x250 || (r >= 0x370 && r < 0x530) || !unicode.In(r, unicode.Latin)
}

// marksDropped reports whether combining marks that compose with nothing
// are dropped after r: after Latin, Greek and Cyrillic letters and after
// digits, where no orthography stacks them ("g̈old", "0̸20").
func marksDropped(r rune) bool {
	return isLGCLetter(r) || unicode.IsDigit(r)
}

func isLGCLetter(r rune) bool {
	if r < 0x80 {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r) && unicode.In(r, unicode.Latin, unicode.Greek, unicode.Cyrillic)
}

// foldConfusables replaces look-alike letters, word by word, in b.out:
// letters of another script inside a word with Latin letters, every
// look-alike of a word that mixes two non-Latin scripts (Greek and
// Cyrillic), every letter of a non-Latin word made only of look-alikes when
// the text is mostly Latin, and Latin-script look-alikes (small capitals,
// IPA) always.
func (b *folder) foldConfusables() {
	out := b.out
	latinText := -1 // unknown until a whole-script candidate needs it
	for i := 0; i < len(out); {
		if !isWordRune(out[i]) {
			i++
			continue
		}
		j := i
		latin, other, proto, otherNoProto := 0, 0, 0, 0
		var otherScripts uint8 // bit 0 Greek, bit 1 Cyrillic, bit 2 any other
		for j < len(out) && isWordRune(out[j]) {
			r := out[j]
			if r < 0x80 {
				if unicode.IsLetter(r) {
					latin++
				}
			} else if unicode.IsLetter(r) {
				_, hasProto := prototype(r)
				if unicode.Is(unicode.Latin, r) {
					latin++
					if hasProto {
						proto++
					}
				} else {
					other++
					switch {
					case unicode.Is(unicode.Greek, r):
						otherScripts |= 1
					case unicode.Is(unicode.Cyrillic, r):
						otherScripts |= 2
					default:
						otherScripts |= 4
					}
					if hasProto {
						proto++
					} else {
						otherNoProto++
					}
				}
			}
			j++
		}
		if proto > 0 {
			fold := false
			switch {
			case latin > 0:
				fold = true // mixed script, or Latin look-alikes
			case otherScripts&(otherScripts-1) != 0:
				// Greek and Cyrillic letters in one word: no orthography
				// mixes them (UTS #39 mixed-script), whatever the text's
				// main script.
				fold = true
			case other > 0 && otherNoProto == 0:
				if latinText < 0 {
					latinText = 0
					if mostlyLatin(out) {
						latinText = 1
					}
				}
				fold = latinText == 1
			}
			if fold && latin > 0 && other > latin && otherNoProto > 0 && otherScripts&(otherScripts-1) == 0 && otherScripts != 4 {
				// A Greek (or Cyrillic) word with Latin look-alikes in it
				// ("Χωpίς"): its own letters stay, and the Latin ones
				// become the letters of its script they imitate.
				script := unicode.Greek
				if otherScripts == 2 {
					script = unicode.Cyrillic
				}
				first := replaceRun(out[i:j], func(r rune) (rune, bool) {
					if r >= 0x80 {
						return 0, false
					}
					return reversePrototype(r, script)
				})
				if first != 0 {
					b.f.LookAlikes = append(b.f.LookAlikes, Issue{Kind: LookAlike, Start: int(b.start[i]), End: int(b.end[j-1]), Rune: first})
				}
				fold = false
			}
			if fold {
				first := replaceRun(out[i:j], func(r rune) (rune, bool) {
					if latin == 0 && unicode.Is(unicode.Latin, r) {
						return 0, false
					}
					return prototype(r)
				})
				if first != 0 {
					b.f.LookAlikes = append(b.f.LookAlikes, Issue{Kind: LookAlike, Start: int(b.start[i]), End: int(b.end[j-1]), Rune: first})
				}
			}
		}
		i = j
	}
}

func isWordRune(r rune) bool {
	if r < 0x80 {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// mostlyLatin reports whether rs reads as Latin text: Latin letters
// outnumber the letters of every other script, or nearly every letter of
// another script (all but one in 20) is a look-alike of a Latin one, as in
// English copy disguised letter by letter. Greek, Cyrillic, CJK or Arabic
// prose is far above that share of letters with no Latin look-alike.
func mostlyLatin(rs []rune) bool {
	var c ScriptCounts
	letters, foreign := 0, 0
	for _, r := range rs {
		c.add(r)
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		if r >= 0x80 && !unicode.Is(unicode.Latin, r) {
			if _, ok := prototype(r); !ok {
				foreign++
			}
		}
	}
	return c.Dominant() == "Latin" || letters > 0 && foreign*20 <= letters
}

// FoldRune is the one-rune matching fold of a word character: lower case,
// and the base letter of a precomposed Latin or Greek letter ("É" → "e",
// "ά" → "α"). ß, ø, æ, ł and Cyrillic letters (й, ё) are kept. One rune
// maps to one rune, so rune offsets survive.
func FoldRune(r rune) rune {
	if r < 0x80 {
		if 'A' <= r && r <= 'Z' {
			return r + 32
		}
		return r
	}
	if int(r) < len(accentTab) {
		return accentTab[r]
	}
	if r >= 0x1E00 && r <= 0x1EFF {
		lr := unicode.ToLower(r)
		d := norm.NFD.String(string(lr))
		fr, _ := utf8.DecodeRuneInString(d)
		return fr
	}
	return unicode.ToLower(r)
}

// accentTab is FoldRune's table below U+0400, built once.
var accentTab = buildAccentTable()

func buildAccentTable() []rune {
	t := make([]rune, 0x400)
	for r := range t {
		lr := unicode.ToLower(rune(r))
		fr := lr
		if (r >= 0xC0 && r < 0x250) || (r >= 0x370 && r < 0x400) {
			d := norm.NFD.String(string(lr))
			fr, _ = utf8.DecodeRuneInString(d)
		}
		t[r] = fr
	}
	return t
}

// FoldString applies Fold then FoldRune to every rune: the key under
// which two spellings of a word meet ("ＧＯＬＤ", "Gоld", "góld" → "gold").
func FoldString(s string) string {
	f := Fold(s)
	var b strings.Builder
	b.Grow(len(f.Text))
	for _, r := range f.Text {
		b.WriteRune(FoldRune(r))
	}
	return b.String()
}

// Key is the identity of a short value such as a SKU: Fold, lower case,
// surrounding space trimmed. Values that differ only by width, case,
// invisible characters or look-alike letters have one Key; accents are
// kept.
func Key(s string) string {
	f := Fold(s)
	return strings.ToLower(strings.TrimSpace(f.Text))
}

// replaceRun replaces each rune of run that conv maps, in place, and
// returns the first rune it replaced (0 when none was): the look-alike a
// finding names.
func replaceRun(run []rune, conv func(rune) (rune, bool)) rune {
	first := rune(0)
	for k, r := range run {
		if g, ok := conv(r); ok {
			if first == 0 {
				first = r
			}
			run[k] = g
		}
	}
	return first
}
